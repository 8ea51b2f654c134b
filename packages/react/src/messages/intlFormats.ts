const formats = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat>();

function cached<F extends Intl.RelativeTimeFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
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
