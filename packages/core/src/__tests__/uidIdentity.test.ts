import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeUid, sameUid } from '../uid';

const uids = fc.stringMatching(/^[A-Za-z0-9_-]{1,100}$/);

describe('uid identity', () => {
  it('gives every spelling of a uid the one lowercased form CometChat stores', () => {
    expect(normalizeUid('Kevin_B-2')).toBe('kevin_b-2');
    fc.assert(
      fc.property(uids, (uid) => {
        expect(normalizeUid(uid.toUpperCase())).toBe(normalizeUid(uid));
        expect(normalizeUid(normalizeUid(uid))).toBe(normalizeUid(uid));
      }),
    );
  });

  it('matches uids that differ only in case, and no others', () => {
    expect(sameUid('Bob', 'bob')).toBe(true);
    expect(sameUid('bob', 'bob2')).toBe(false);
    fc.assert(
      fc.property(uids, uids, (a, b) => {
        expect(sameUid(a, b)).toBe(a.toLowerCase() === b.toLowerCase());
      }),
    );
  });
});
