import { defaultFormMessages, type ProfileKitLocale } from '@profilekit/react';

const accents: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  s: 'š',
  z: 'ž',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ø',
  U: 'Û',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
  S: 'Š',
  Z: 'Ž',
};

/** English made ~40% longer and accented, bracketed so a cut-off end shows: "[Ñáméé ~~~]". */
export function pseudo(text: string): string {
  const accented = text.replace(/[a-zA-Z]/g, (letter) => accents[letter] ?? letter);
  const padding = '~'.repeat(Math.ceil(text.length * 0.4));
  return `[${accented} ${padding}]`;
}

type Messages = Record<string, unknown>;

function pseudoMessages(messages: Messages): Messages {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [
      key,
      typeof value === 'string'
        ? pseudo(value)
        : typeof value === 'function'
          ? (...args: unknown[]) => pseudo(value(...args))
          : pseudoMessages(value as Messages),
    ]),
  );
}

/**
 * A pseudo-locale for catching truncation and layout breaks: every English string accented and ~40% longer
 * (relative times too). `en-XA` is the tag CLDR reserves for it.
 */
export const pseudoLocale: ProfileKitLocale = {
  tag: 'en-XA',
  dir: 'ltr',
  messages: pseudoMessages(defaultFormMessages as unknown as Messages) as unknown as ProfileKitLocale['messages'],
};
