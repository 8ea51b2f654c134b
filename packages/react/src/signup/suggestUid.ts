import { isValidUid, userFields } from '@profilekit/core';

const isAscii = /^[ -~]*$/;

/**
 * A uid suggested from a display name: accents dropped, lowercased, words joined with `-`, cut to
 * the table's maximum length. Returns `""` when nothing valid remains (e.g. a name in a non-Latin script).
 *
 * @example
 * ```ts
 * suggestUid('Zoë O’Brien'); // 'zoe-o-brien'
 * ```
 */
export function suggestUid(name: string): string {
  // Plain ASCII needs no Unicode normalization (its first use loads ICU data: slow on a phone's first keystroke).
  const latin = isAscii.test(name) ? name : name.normalize('NFKD').replace(/\p{Mark}/gu, '');
  const uid = latin
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, userFields.uid.rule.maxLength)
    .replace(/^-+|-+$/g, '');
  return isValidUid(uid) ? uid : '';
}
