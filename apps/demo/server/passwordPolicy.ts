import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

/** The smallest and largest password the demo accepts. */
export const PASSWORD_LENGTH = { min: 8, max: 200 } as const;

/** zxcvbn's score (0–4) a password needs: 2 resists unthrottled online guessing; failed logins are throttled on top. */
const MIN_SCORE = 2;

let configured = false;

/**
 * Why a password is refused, or `undefined` when it is fine: a length check, then zxcvbn's estimate
 * against common passwords, English words, names, keyboard patterns and repeats, with its own hint
 * ("This is a commonly used password.").
 *
 * @example
 * ```ts
 * passwordProblem('password1'); // 'This password is too easy to guess: This is a commonly used password. …'
 * ```
 */
export function passwordProblem(password: unknown, userInputs: string[] = []): string | undefined {
  if (typeof password !== 'string' || password.length === 0) return 'Password is required';
  if (password.length < PASSWORD_LENGTH.min) return `Password must be at least ${PASSWORD_LENGTH.min} characters`;
  if (password.length > PASSWORD_LENGTH.max) return `Password must be at most ${PASSWORD_LENGTH.max} characters`;
  if (!configured) {
    zxcvbnOptions.setOptions({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    });
    configured = true;
  }
  // zxcvbn's cost grows with length; past 100 characters the first 100 decide.
  const result = zxcvbn(password.slice(0, 100), userInputs);
  if (result.score >= MIN_SCORE) return undefined;
  const why = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  return `This password is too easy to guess.${why ? ` ${why}` : ''}`;
}
