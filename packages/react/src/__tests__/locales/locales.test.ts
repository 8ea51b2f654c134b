import { describe, expect, it } from 'vitest';
import manifest from '../../../package.json';
import { en } from '../../locales/en';
import type { ProfileKitLocale } from '../../locales/ProfileKitLocale';
import { counts, formSamples, type Sample, validationSamples } from './localeSamples';

// Every locale the package publishes (its `exports`), so a new entry is checked without editing this file.
const entries = Object.keys(manifest.exports).filter((subpath) => subpath.startsWith('./locales/'));
const locales: ProfileKitLocale[] = await Promise.all(
  entries.map(async (subpath) => {
    const module: Record<string, ProfileKitLocale> = await import(
      `../../locales/${subpath.slice('./locales/'.length)}.ts`
    );
    const [locale, ...more] = Object.values(module);
    if (!locale || more.length > 0) throw new Error(`${subpath} must export exactly one locale`);
    return locale;
  }),
);
// English with the avatar editor's messages, which a locale carries too (the page loads them lazily).
const english = en.messages;
type Messages = Record<string, unknown>;

/** Every problem of one message set against English's: a missing, extra or differently typed key, an empty text. */
function shapeProblems(messages: Messages, reference: Messages, path: string): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(reference)) {
    if (!(key in messages)) problems.push(`${path}${key}: missing`);
    else if (typeof messages[key] !== typeof reference[key])
      problems.push(`${path}${key}: not a ${typeof reference[key]}`);
    else if (typeof messages[key] === 'string' && (messages[key] as string).trim() === '')
      problems.push(`${path}${key}: empty`);
  }
  for (const key of Object.keys(messages)) if (!(key in reference)) problems.push(`${path}${key}: not in English`);
  return problems;
}

/** What a message was called with, as the texts that must show: strings as given, numbers raw or as `Intl` writes them. */
function expectedArguments(tag: string, sample: Sample<unknown[]>, englishText: string): string[][] {
  const expected: string[][] = [];
  sample.args.forEach((arg, index) => {
    if (sample.free?.includes(index)) return;
    const values = Array.isArray(arg) ? arg : [arg];
    for (const value of values) {
      const text =
        typeof value === 'object' && value !== null && 'label' in value ? (value as { label: string }).label : value;
      if (typeof text === 'string' && englishText.toLowerCase().includes(text.toLowerCase())) expected.push([text]);
      if (typeof text === 'number' && englishText.includes(String(text)))
        expected.push([String(text), new Intl.NumberFormat(tag).format(text)]);
    }
  });
  return expected;
}

function argumentProblems(
  tag: string,
  messages: Messages,
  reference: Messages,
  samples: Record<string, Sample<unknown[]>>,
  path: string,
) {
  const problems: string[] = [];
  for (const [key, sample] of Object.entries(samples)) {
    const message = messages[key];
    if (typeof message !== 'function') continue; // reported by shapeProblems
    const text: string = message(...sample.args);
    const englishText: string = (reference[key] as (...args: unknown[]) => string)(...sample.args);
    if (typeof text !== 'string' || text.trim() === '') problems.push(`${path}${key}(): empty`);
    else if (/undefined|NaN|\[object /.test(text)) problems.push(`${path}${key}(): "${text}"`);
    for (const forms of expectedArguments(tag, sample, englishText)) {
      if (!forms.some((form) => text.toLowerCase().includes(form.toLowerCase())))
        problems.push(`${path}${key}(): "${text}" lacks ${JSON.stringify(forms[0])}, which English shows`);
    }
    // Each plural form, with every count in place of each numeric argument.
    sample.args.forEach((arg, index) => {
      if (typeof arg !== 'number') return;
      for (const count of counts) {
        const args = sample.args.with(index, count);
        const counted = message(...args);
        if (typeof counted !== 'string' || counted.trim() === '' || /undefined|NaN/.test(counted))
          problems.push(`${path}${key}() with ${count}: "${counted}"`);
      }
    });
  }
  return problems;
}

describe.each(locales.map((locale) => [locale.tag, locale] as const))('locale %s', (tag, locale) => {
  it('has a canonical BCP-47 tag and a direction', () => {
    expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
    expect(locale.dir).toBe(['ar', 'he'].includes(tag) ? 'rtl' : 'ltr');
  });

  it('has every key English has, and nothing empty', () => {
    const { messages } = locale;
    const problems = [
      ...shapeProblems(messages as unknown as Messages, english as unknown as Messages, ''),
      ...shapeProblems(messages.labels ?? {}, english.labels, 'labels.'),
      ...shapeProblems(
        (messages.validation ?? {}) as unknown as Messages,
        english.validation as unknown as Messages,
        'validation.',
      ),
    ];
    expect(problems).toEqual([]);
  });

  it('shows every argument English shows, with every plural form', () => {
    const { messages } = locale;
    const problems = [
      ...argumentProblems(
        tag,
        messages as unknown as Messages,
        english as unknown as Messages,
        formSamples as never,
        '',
      ),
      ...argumentProblems(
        tag,
        (messages.validation ?? {}) as unknown as Messages,
        english.validation as unknown as Messages,
        validationSamples as never,
        'validation.',
      ),
    ];
    expect(problems).toEqual([]);
  });

  if (tag === 'en') return;
  it('is translated: most texts differ from English', () => {
    const texts = (messages: Messages) => Object.values(messages).filter((value) => typeof value === 'string');
    const mine = [...texts(locale.messages as unknown as Messages), ...texts(locale.messages.labels)];
    const theirs = new Set([...texts(english as unknown as Messages), ...texts(english.labels)]);
    const same = mine.filter((text) => theirs.has(text));
    expect(same.length / mine.length).toBeLessThan(0.15);
  });
});

it('covers every locale the package publishes, English included', () => {
  expect(locales.map((locale) => locale.tag).sort()).toEqual(
    ['ar', 'de', 'en', 'es', 'fr', 'he', 'hi', 'it', 'ja', 'ko', 'pt-BR', 'zh-CN'].sort(),
  );
});
