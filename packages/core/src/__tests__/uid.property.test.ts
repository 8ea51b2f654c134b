import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { userFields } from '../policy';
import { validateUserInput } from '../schemas';

/** An oracle written independently of the schema: code points, not a regular expression. */
function uidAllowed(uid: string): boolean {
  const allowed = (code: number) =>
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 45;
  return (
    uid.length >= 1 &&
    uid.length <= userFields.uid.rule.maxLength &&
    [...uid].every((c) => allowed(c.codePointAt(0) ?? -1))
  );
}

const uidCandidates = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.stringMatching(/^[A-Za-z0-9_-]{0,110}$/),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,50}[ !.@#/\\'"<>%&;:,?*]{1,2}[A-Za-z0-9_-]{0,10}$/),
);

describe('the uid rule', () => {
  it('accepts exactly ASCII letters, digits, underscore and hyphen, 1–100 long', () => {
    fc.assert(
      fc.property(uidCandidates, (uid) => {
        const result = validateUserInput('create', { uid, name: 'Kevin' });
        expect(result.success).toBe(uidAllowed(uid));
        if (!result.success) expect(Object.keys(result.details)).toEqual(['uid']);
      }),
      { numRuns: 3000 },
    );
  });

  it('treats the uid as given (CometChat lowercases it when storing)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{1,100}$/), (uid) => {
        const result = validateUserInput('create', { uid, name: 'Kevin' });
        expect(result).toEqual({ success: true, data: { uid, name: 'Kevin' } });
      }),
    );
  });
});
