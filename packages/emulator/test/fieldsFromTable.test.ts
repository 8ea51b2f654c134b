import { readFileSync } from 'node:fs';
import { type FieldRule, type UserField, userFieldNames, userFields } from '@profilekit/core';
import { describe, expect, it } from 'vitest';
import { createAndLogin, useEmulator } from './helpers';

const ctx = useEmulator();

/** A valid value of a rule a request may carry (any field a new one might add, by its rule's kind). */
function sampleOf(rule: FieldRule, field: string): unknown {
  switch (rule.kind) {
    case 'uid':
      return 'fields-1';
    case 'url':
      return `https://example.com/${field}`;
    case 'json':
      return { [field]: 'x' };
    case 'tags':
      return [field, 'two'];
    case 'role':
      return 'moderator';
    default:
      return `${field} value`;
  }
}

const sent = (field: UserField) => {
  const access = userFields[field].create;
  return access === 'required' || access === 'optional';
};
const relative = (field: UserField) => 'relative' in userFields[field];
const kept = userFieldNames.filter((field) => !relative(field));

describe('the emulator stores and answers every field of the policy table, field by field', () => {
  it('a created user comes back with every field the request set, and each serverDefault it left out', async () => {
    const request = Object.fromEntries(
      userFieldNames.filter(sent).map((field) => [field, sampleOf(userFields[field].rule, field)]),
    );
    const created = await ctx.api.authKey('POST', '/v3/users', request);
    expect(created.status).toBe(200);
    const read = await ctx.api.admin('GET', `/v3/users/${request.uid}`);
    for (const field of kept) {
      const { serverDefault } = userFields[field] as { serverDefault?: string };
      const expected = field in request ? request[field] : serverDefault;
      if (expected !== undefined) expect({ field, value: read.body.data[field] }).toEqual({ field, value: expected });
    }
    for (const field of userFieldNames.filter(relative)) expect(read.body.data).not.toHaveProperty(field);

    const bare = await ctx.api.authKey('POST', '/v3/users', { uid: 'fields-bare', name: 'Bare' });
    for (const field of kept) {
      const { serverDefault } = userFields[field] as { serverDefault?: string };
      if (serverDefault !== undefined) expect(bare.body.data[field]).toBe(serverDefault);
    }
  });

  it('the fields relative to a viewer come from the viewer, for another user only', async () => {
    const token = await createAndLogin(ctx.api, 'fields-viewer');
    await ctx.api.authKey('POST', '/v3/users', { uid: 'fields-other', name: 'Other' });
    const other = await ctx.api.user(token)('GET', '/v3/users/fields-other');
    const self = await ctx.api.user(token)('GET', '/v3/users/fields-viewer');
    for (const field of userFieldNames.filter(relative)) {
      expect(other.body.data[field]).toBe(false);
      expect(self.body.data).not.toHaveProperty(field);
    }
  });

  it('the presenter and the stored user name no field of the table but the uid (adding a field needs no edit there)', () => {
    for (const file of ['../src/users/present.ts', '../src/store/types.ts', '../src/users/storedUser.ts']) {
      const code = readFileSync(new URL(file, import.meta.url), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '')
        .replace(/kind === '\w+'/g, ''); // a rule's kind (`'tags'`) is not the field of that name
      const named = userFieldNames.filter((field) => field !== 'uid' && new RegExp(`\\b${field}\\b`).test(code));
      expect({ file, named }).toEqual({ file, named: [] });
    }
  });
});
