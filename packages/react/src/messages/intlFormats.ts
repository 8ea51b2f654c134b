type Format = Intl.RelativeTimeFormat | Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules;

const formats = new Map<string, Format>();

function cached<F extends Format>(key: string, make: () => F): F {
  let format = formats.get(key) as F | undefined;
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

/** One `Intl.RelativeTimeFormat` per locale (`numeric: 'auto'`), made on first use and reused: building one costs far more than formatting. */
export const relativeTimeFormat = (locale: string) =>
  cached(`r${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

/** One full date-and-time `Intl.DateTimeFormat` per locale, made on first use and reused. */
export const fullDateTimeFormat = (locale: string) =>
  cached(`d${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'long' }));

/** One `Intl.NumberFormat` per locale and unit (`byte`, `kilobyte`), at most one decimal. */
export const sizeFormat = (locale: string, unit: 'byte' | 'kilobyte') =>
  cached(`${unit}${locale}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }));

/** One `Intl.PluralRules` per locale. */
export const pluralRules = (locale: string) => cached(`p${locale}`, () => new Intl.PluralRules(locale));

const relativeUnits: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/** "5 minutes ago": `date` relative to `now` in the largest unit that fits, worded by `format`. */
export function formatRelativeTime(
  date: Date,
  now: Date,
  format: (value: number, unit: Intl.RelativeTimeFormatUnit) => string,
): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  for (const [unit, size] of relativeUnits) {
    if (Math.abs(seconds) >= size || unit === 'second') return format(Math.round(seconds / size), unit);
  }
  return format(0, 'second');
}
