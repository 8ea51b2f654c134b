import {
  formatRelativeTime,
  fullDateTimeFormat,
  pluralRules,
  relativeTimeFormat,
  sizeFormat,
} from '../messages/intlFormats';

/** The forms of a message by `Intl.PluralRules` category; `other` is the fallback every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Formatting in one language, for writing a locale's messages. Every `Intl` object is made on first use and reused. */
export interface LocaleFormats {
  /** "5 minutes ago", in the largest unit that fits. */
  relativeTime(date: Date, now: Date): string;
  /** The full date and time, e.g. for a tooltip. */
  exactTime(date: Date): string;
  /** A size in bytes: "512 B" below 1 KB, else kilobytes with at most one decimal ("4,9 kB" in German). */
  size(bytes: number): string;
  /** The form of a message for the count `n` (`one`, `few`, `other`…) chosen by `Intl.PluralRules`. */
  plural(n: number, forms: PluralForms): string;
}

/**
 * The formatting helpers of one language (BCP-47 tag), for the messages of a {@link ProfileKitLocale}.
 *
 * @example
 * ```ts
 * const f = localeFormats('de');
 * const tagsCount = (count: number, max: number) => f.plural(count, { one: `1 von ${max} Tags`, other: `${count} von ${max} Tags` });
 * ```
 */
export function localeFormats(tag: string): LocaleFormats {
  return {
    relativeTime: (date, now) =>
      formatRelativeTime(date, now, (value, unit) => relativeTimeFormat(tag).format(value, unit)),
    exactTime: (date) => fullDateTimeFormat(tag).format(date),
    size: (bytes) =>
      !Number.isFinite(bytes)
        ? '∞'
        : bytes < 1024
          ? sizeFormat(tag, 'byte').format(bytes)
          : sizeFormat(tag, 'kilobyte').format(bytes / 1024),
    plural: (n, forms) => forms[pluralRules(tag).select(n)] ?? forms.other,
  };
}
