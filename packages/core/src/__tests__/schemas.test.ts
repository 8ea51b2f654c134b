import { describe, expect, it } from 'vitest';
import { createUserSchemas, isHttpUrl, isJsonObject, jsonByteLength, validateUserInput } from '../schemas';

describe('messages a user can act on', () => {
  it.each(['usr 1', 'usr!', 'a.b', 'üser'])('the uid %j names the allowed characters', (uid) => {
    const result = validateUserInput('create', { uid, name: 'Kevin' });
    expect(result).toEqual({
      success: false,
      details: {
        uid: ['UID may contain only letters, digits, underscore and hyphen (no spaces or other punctuation)'],
      },
    });
  });

  it('reports every invalid field at once', () => {
    const result = validateUserInput('create', {
      uid: 'ok',
      name: '',
      avatar: 'javascript:alert(1)',
      metadata: [],
      tags: Array.from({ length: 26 }, (_, i) => `t${i}`),
    });
    expect(result).toEqual({
      success: false,
      details: {
        name: ['Name cannot be empty'],
        avatar: ['Avatar must be a full http:// or https:// URL'],
        metadata: ['Metadata must be a JSON object, like {"plan": "pro"}'],
        tags: ['Tags may have at most 25 entries'],
      },
    });
  });

  it('reports tags as zod arrays did: the count alone when there are too many, else each kind of bad tag once', () => {
    const many = Array.from({ length: 26 }, (_, i) => `t${i}`);
    const tags = (value: unknown, unset?: unknown) =>
      validateUserInput('update', { uid: 'u', name: 'N', tags: value, unset });
    expect(tags([...many, 'x'.repeat(101), 3])).toEqual({
      success: false,
      details: { tags: ['Tags may have at most 25 entries'] },
    });
    expect(tags(['ok', '', 'x'.repeat(101), 7])).toEqual({
      success: false,
      details: { tags: ['Each of the tags must be 1–100 characters'] },
    });
    expect(tags('a, b')).toEqual({ success: false, details: { tags: ['Tags must be a list'] } });
    // A wrongly typed unset entry stops the request's own check (set and unset), as it did.
    expect(tags(['a'], ['name', 3])).toEqual({
      success: false,
      details: { unset: ['Unset may list only avatar, link, metadata'] },
    });
  });

  it('says how large oversized metadata is', () => {
    const result = validateUserInput('update', { uid: 'u', metadata: { pad: 'x'.repeat(6000) } });
    expect(result).toEqual({
      success: false,
      details: { metadata: ['Metadata must be at most 5 KB as JSON (it is 5.9 KB)'] },
    });
  });

  it('refuses a body that is not an object', () => {
    for (const body of [null, [], 'uid=usr1', 3]) {
      expect(validateUserInput('create', body)).toEqual({
        success: false,
        details: { body: ['The request body must be a JSON object'] },
      });
    }
  });

  it('refuses a field that is both set and unset, and unset of a field that cannot be unset', () => {
    expect(validateUserInput('update', { uid: 'u', avatar: 'https://a.example/x.png', unset: ['avatar'] })).toEqual({
      success: false,
      details: { avatar: ['Avatar cannot be both set and unset'] },
    });
    const result = validateUserInput('updateCurrent', { unset: ['name'] });
    expect(result).toEqual({ success: false, details: { unset: ['Unset may list only avatar, link, metadata'] } });
  });

  it('drops what the logged-in user may not change, and unknown fields', () => {
    const result = validateUserInput('updateCurrent', {
      uid: 'someone-else',
      role: 'admin',
      status: 'online',
      name: 'Kev',
      hasBlockedMe: true,
      extra: 1,
    });
    expect(result).toEqual({ success: true, data: { name: 'Kev' } });
  });

  it('keeps each field’s issues under its name, nested ones included, and checks every field', () => {
    const result = validateUserInput('update', { uid: 'u', name: 7, tags: ['ok', ''], link: 'ftp://x', extra: 1 });
    expect(result).toEqual({
      success: false,
      details: {
        name: ['Name must be text'],
        link: ['Link must be a full http:// or https:// URL'],
        tags: ['Each of the tags must be 1–100 characters'],
      },
    });
  });

  it('lets an app replace the words', () => {
    const schemas = createUserSchemas({ required: ({ label }) => `${label} fehlt` });
    expect(validateUserInput('create', { uid: 'u' }, schemas)).toEqual({
      success: false,
      details: { name: ['Name fehlt'] },
    });
  });
});

describe('createUserSchemas', () => {
  it('offers every operation and builds each schema once, when it is first used', () => {
    const schemas = createUserSchemas();
    expect(Object.keys(schemas).sort()).toEqual(['create', 'signup', 'update', 'updateCurrent']);
    expect(schemas.update).toBe(schemas.update);
    expect(schemas.signup.safeParse({ uid: 'usr1', name: 'Kevin', role: 'admin' })).toEqual({
      success: true,
      data: { uid: 'usr1', name: 'Kevin' },
    });
  });
});

describe('isHttpUrl', () => {
  it.each([
    ['https://example.com', true],
    ['HTTP://EXAMPLE.COM/a', true],
    ['https://127.0.0.1:8080/x?y#z', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    [' https://example.com', false],
    ['https://example.com/\n', false],
    ['data:text/html,<script>', false],
    ['//example.com/a', false],
    ['https:example.com', false],
    ['mailto:a@b.c', false],
  ])('%j → %s', (url, expected) => {
    expect(isHttpUrl(url)).toBe(expected);
  });
});

describe('metadata', () => {
  it('is a plain JSON object only', () => {
    expect(isJsonObject({ a: [1, { b: null }] })).toBe(true);
    expect(isJsonObject(Object.create(null))).toBe(true);
    expect(isJsonObject({ n: Number.NaN })).toBe(false);
    expect(isJsonObject({ u: undefined })).toBe(false);
    expect(isJsonObject(new Map())).toBe(false);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(isJsonObject(cyclic)).toBe(false);
  });

  it('counts UTF-8 bytes, not characters', () => {
    expect(jsonByteLength({ e: 'é' })).toBe(JSON.stringify({ e: 'é' }).length + 1);
    const atLimit = { s: 'é'.repeat(2556) };
    expect(jsonByteLength(atLimit)).toBe(5 * 1024);
    expect(validateUserInput('create', { uid: 'u', name: 'n', metadata: atLimit }).success).toBe(true);
    expect(validateUserInput('create', { uid: 'u', name: 'n', metadata: { s: `${'é'.repeat(2556)}x` } }).success).toBe(
      false,
    );
  });

  it('keeps __proto__ and constructor keys as plain data', () => {
    const metadata = JSON.parse('{"__proto__": {"polluted": true}, "constructor": "x"}');
    const result = validateUserInput('create', { uid: 'u', name: 'n', metadata });
    expect(result.success).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
