import { type FieldPolicy, isValidUid, type UserOperation, userFieldNames, userFields } from '@profilekit/core';
import { fieldsSentBy, unsettableFields } from '@profilekit/core/internal';
import fc from 'fast-check';
import { valuesFor, wrongType } from './values';

/** Fields the emulator takes from the URL rather than the body: the uid of an admin update. */
const fromPath: Partial<Record<UserOperation, string>> = { update: 'uid' };

/** Keys the official SDK or a confused client sends that are not the operation's to set. */
const strayKeys = ['platform', 'deviceId', 'appInfo', 'withAuthToken', 'hasBlockedMe', 'deactivatedAt', 'createdAt'];

function unsetValues(): fc.Arbitrary<unknown> {
  const names = [...unsettableFields, 'name', 'uid', 'role', 'tags', 'statusMessage', 'bogus'];
  return fc.oneof(
    { weight: 6, arbitrary: fc.subarray(unsettableFields as string[]) },
    { weight: 2, arbitrary: fc.subarray(names) },
    { weight: 1, arbitrary: wrongType },
  );
}

/** `arbitrary`'s value in `percent` of the cases, `undefined` otherwise. */
const sometimes = <T>(percent: number, arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 100 - percent, arbitrary: fc.constant(undefined) }, { weight: percent, arbitrary });

/**
 * Request bodies for an operation: each field the operation sends (from the policy table) present or
 * not, valid or not; sometimes `unset`, fields the operation may not set (`role` of the logged-in user,
 * read-only fields), stray keys, a missing required field, or a body that is not an object at all.
 */
export function payloadArb(operation: UserOperation, roles: readonly string[]): fc.Arbitrary<unknown> {
  const sent = fieldsSentBy(operation).filter((field) => field !== fromPath[operation]);
  const others = userFieldNames.filter((field) => !sent.includes(field) && field !== fromPath[operation]);
  const valuesOf = (field: (typeof userFieldNames)[number]) => {
    const policy: FieldPolicy = userFields[field];
    return valuesFor(policy.rule, roles);
  };
  const required = sent.filter((field) => userFields[field][operation] === 'required');
  const body = fc
    .record({
      fields: fc.record(Object.fromEntries(sent.map((field) => [field, valuesOf(field)])), {
        requiredKeys: required,
      }),
      dropRequired: sometimes(1, fc.constantFrom(...(required.length > 0 ? required : ['none']))),
      unset: operation === 'create' ? fc.constant(undefined) : sometimes(6, unsetValues()),
      other: sometimes(
        3,
        fc.record(Object.fromEntries(others.map((field) => [field, valuesOf(field)])), { requiredKeys: [] }),
      ),
      stray: sometimes(4, fc.dictionary(fc.constantFrom(...strayKeys), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 })),
    })
    .map(({ fields, dropRequired, unset, other, stray }) => {
      const payload: Record<string, unknown> = { ...stray, ...other, ...fields };
      if (dropRequired) delete payload[dropRequired];
      if (unset !== undefined) payload.unset = unset;
      return payload;
    });
  return fc.oneof(
    { weight: 80, arbitrary: body },
    { weight: 1, arbitrary: fc.oneof(wrongType, fc.string({ maxLength: 10 })) },
  );
}

/**
 * Makes every well-formed uid unique (case-insensitively, as CometChat compares them) so an accepted
 * create never collides with an earlier one; a uid the rule refuses is left as generated.
 */
export function withUniqueUids(payloads: unknown[]): unknown[] {
  const seen = new Set<string>();
  let counter = 0;
  const { maxLength } = userFields.uid.rule;
  return payloads.map((payload) => {
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return payload;
    const generated = (payload as { uid?: unknown }).uid;
    if (typeof generated !== 'string' || !isValidUid(generated)) return payload;
    let uid = generated;
    while (seen.has(uid.toLowerCase())) {
      const suffix = `_${(counter++).toString(36)}`;
      uid = (uid.length + suffix.length <= maxLength ? uid : uid.slice(0, maxLength - suffix.length)) + suffix;
    }
    seen.add(uid.toLowerCase());
    return { ...payload, uid };
  });
}
