const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** One `Intl.RelativeTimeFormat` per locale (`numeric: 'auto'`), made on first use and reused: building one costs far more than formatting. */
export function relativeTimeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(locale, format);
  }
  return format;
}

/** One full date-and-time `Intl.DateTimeFormat` per locale, made on first use and reused. */
export function fullDateTimeFormat(locale: string): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'long' });
    dateTimeFormats.set(locale, format);
  }
  return format;
}
