import type { FieldRule } from '@profilekit/core';
import fc from 'fast-check';

/**
 * Values for one rule of the policy table, valid and invalid, with the rule's own bounds as boundaries.
 * Nothing here restates a rule: lengths and counts come from the rule, and whether a value is valid is
 * decided by the core's `validateUserInput` in the test, never here.
 */

/** Text a person (or an attacker) might type: every plane of Unicode, combining marks, RTL, controls, NUL. */
const anyText = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength, unit: 'grapheme' }),
    fc.string({ maxLength, unit: 'binary' }),
    fc.string({
      maxLength,
      unit: fc.constantFrom('a', ' ', '\u0000', '\t', '\n', '\u202e', 'é', 'e\u0301', '😀', '<', '"', "'", '\\'),
    }),
  );

/** A string of exactly `length` UTF-16 units, in ASCII or in astral characters (two units each). */
const exactly = (length: number) =>
  fc.oneof(
    fc.constant('x'.repeat(length)),
    fc.constant('😀'.repeat(Math.floor(length / 2)) + (length % 2 ? 'y' : '')),
    fc.string({ minLength: length, maxLength: length }),
  );

/** Lengths at and around a bound. */
const around = (bound: number) => [bound - 1, bound, bound + 1].filter((length) => length >= 0);

/** Values of the wrong JSON type for any field. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

const oddUrls = (maxLength: number) => {
  const base = 'https://example.com/';
  return fc.constantFrom(
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/png;base64,AAAA',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/a',
    'mailto:a@example.com',
    '//example.com/a.png',
    '/relative/a.png',
    'example.com',
    'http://',
    'https://',
    'http:/one-slash.example',
    'https:example.com',
    'https://exa mple.com',
    'https://example.com/\u0000',
    'https://example.com/a\tb',
    'https://example.com/\n',
    'HTTPS://EXAMPLE.COM/UP',
    'https://例え.jp/パス',
    'https://xn--r8jz45g.jp/',
    'http://[::1]:8080/a',
    'http://127.0.0.1/a',
    'https://user:pass@example.com/',
    'https://example.com:99999/',
    'https://example.com/%zz',
    'https://example.com/?q=<script>',
    'https://example.com/#"><img src=x>',
    'http://a',
    '',
    base + 'x'.repeat(maxLength - base.length),
    base + 'x'.repeat(maxLength - base.length + 1),
    base + '😀'.repeat(Math.floor((maxLength - base.length) / 2)),
  );
};

const jsonLeaf = fc.oneof(
  fc.string({ maxLength: 20, unit: 'grapheme' }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);

/** A JSON value nested `depth` levels deep (built without recursion: depths in the thousands too). */
const nested = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = { level: value };
  return value;
};

/** Objects whose serialized size lands around `maxBytes`, padded in 1-, 2-, 3- or 4-byte characters. */
const sizedObject = (maxBytes: number) =>
  fc
    .record({
      char: fc.constantFrom('x', 'é', '€', '😀'),
      slack: fc.integer({ min: -8, max: 8 }),
    })
    .map(({ char, slack }) => {
      const bytesPerChar = new TextEncoder().encode(char).length;
      const overhead = '{"pad":""}'.length;
      const count = Math.max(0, Math.floor((maxBytes - overhead + slack) / bytesPerChar));
      return { pad: char.repeat(count) };
    });

const metadataValues = (maxBytes: number) =>
  fc.oneof(
    {
      weight: 24,
      arbitrary: fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 8 }),
    },
    { weight: 12, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), jsonLeaf, { maxKeys: 4 }) },
    { weight: 2, arbitrary: sizedObject(maxBytes) },
    { weight: 1, arbitrary: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constantFrom(600, 1500)).map(nested) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        JSON.parse('{"__proto__":{"polluted":true}}'),
        JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
        JSON.parse('{"a":{"__proto__":{"isAdmin":true}}}'),
        { toString: 'x', valueOf: 1, hasOwnProperty: null },
        { '': '', ' ': ' ', '\u0000': '\u0000' },
        { 'a.b': { $where: '1==1' } },
      ),
    },
    {
      weight: 1,
      arbitrary: fc.oneof(fc.array(jsonLeaf, { maxLength: 3 }), fc.string(), fc.integer(), fc.constant(null)),
    },
  );

const tagValues = (maxItems: number, maxLength: number) => {
  const tag = fc.oneof(
    { weight: 60, arbitrary: fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }) },
    { weight: 2, arbitrary: fc.constantFrom(...around(maxLength), 1).chain(exactly) },
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: wrongType },
  );
  return fc.oneof(
    { weight: 30, arbitrary: fc.array(tag, { maxLength: 6 }) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(...around(maxItems))
        .chain((n) =>
          fc.array(fc.constant('t'), { minLength: n, maxLength: n }).map((tags) => tags.map((t, i) => `${t}${i}`)),
        ),
    },
    { weight: 1, arbitrary: fc.constant(['dup', 'dup']) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );
};

/**
 * Values for a rule: mostly valid-looking ones (so a good share of payloads is accepted), boundary
 * lengths from the rule, hostile and malformed strings, and wrong types.
 */
export function valuesFor(rule: FieldRule, knownValues: readonly string[] = []): fc.Arbitrary<unknown> {
  switch (rule.kind) {
    case 'uid':
      return fc.oneof(
        { weight: 40, arbitrary: fc.stringMatching(new RegExp(`^[A-Za-z0-9_-]{1,${Math.min(rule.maxLength, 40)}}$`)) },
        { weight: 2, arbitrary: fc.constantFrom(...around(rule.maxLength), 0).chain(exactly) },
        { weight: 2, arbitrary: anyText(30) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            '../etc/passwd',
            "a'; DROP TABLE users;--",
            'a%2Fb',
            'a b',
            'ümlaut',
            'a.b',
            'a@b',
          ),
        },
        { weight: 1, arbitrary: wrongType },
      );
    case 'text':
      return fc.oneof(
        { weight: 40, arbitrary: anyText(Math.min(rule.maxLength, 60)) },
        { weight: 3, arbitrary: fc.constantFrom(...around(rule.maxLength), ...around(rule.minLength)).chain(exactly) },
        { weight: 1, arbitrary: fc.constantFrom('<script>alert(1)</script>', '   ', "Robert'); DROP TABLE users;--") },
        { weight: 1, arbitrary: wrongType },
      );
    case 'role':
      return fc.oneof(
        { weight: 40, arbitrary: fc.constantFrom(...knownValues) },
        { weight: 1, arbitrary: fc.constantFrom(...around(rule.maxLength), 0).chain(exactly) },
        { weight: 1, arbitrary: anyText(20) },
        { weight: 1, arbitrary: wrongType },
      );
    case 'url':
      return fc.oneof(
        {
          weight: 40,
          arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ['http', 'https'] }),
        },
        { weight: 3, arbitrary: oddUrls(rule.maxLength) },
        { weight: 1, arbitrary: anyText(40) },
        { weight: 1, arbitrary: wrongType },
      );
    case 'json':
      return metadataValues(rule.maxBytes);
    case 'tags':
      return tagValues(rule.maxItems, rule.maxLength);
    case 'enum':
      return fc.oneof(fc.constantFrom(...rule.values), wrongType);
    case 'timestamp':
      return fc.oneof(fc.nat(), wrongType);
    case 'flag':
      return fc.oneof(fc.boolean(), wrongType);
  }
}
