import { describe, expect, it } from 'vitest';
import { currentUserBody, currentUserChanges } from '../http/currentUserBody';
import { SERVER_FIELDS, toUser } from '../http/wireUser';
import { unsettableFields, userFieldNames, userFields } from '../policy';
import type { ClearableField } from '../types';
import { samplesFor } from './samples';

/** A user with a value for every field of the table, the last valid sample of each rule. */
const everyField = Object.fromEntries(
  userFieldNames.map((field) => [field, samplesFor(userFields[field].rule).valid.at(-1)]),
);

describe('the wire user mapping follows the policy table', () => {
  it('toUser keeps every field of the table and the server fields, and nothing else', () => {
    const server = Object.fromEntries(SERVER_FIELDS.map((field, index) => [field, index + 1]));
    const wire = { ...everyField, ...server, authToken: 'usr1_1767225600abc', shoeSize: 44 };
    expect(toUser(wire)).toEqual({ ...everyField, ...server });
  });

  it("PUT /me empties each clearable field as the SDK's setter does, and a server reads it back as unset", () => {
    const unset = unsettableFields as ClearableField[];
    const body = currentUserBody({ unset });
    expect(Object.keys(body).sort()).toEqual([...unset].sort());
    for (const field of unset) expect(body[field]).toEqual(userFields[field].rule.kind === 'json' ? {} : '');
    expect(currentUserChanges(body)).toEqual({ unset });
  });
});
