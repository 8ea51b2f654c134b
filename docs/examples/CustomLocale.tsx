import type { ProfileKitLocale } from '@profilekit/react';
import { en } from '@profilekit/react/locales/en';

// A language profilekit does not ship yet: start from English (or any shipped locale) and replace every
// message; `satisfies ProfileKitLocale` makes a missing key a compile error. Dates use `Intl` with your tag.
const time = new Intl.RelativeTimeFormat('nl', { numeric: 'auto' });

export const dutch = {
  tag: 'nl',
  dir: 'ltr',
  messages: {
    ...en.messages,
    labels: { ...en.messages.labels, name: 'Naam', statusMessage: 'Statusbericht' },
    submitUpdateCurrent: 'Profiel opslaan',
    saved: 'Je wijzigingen zijn opgeslagen.',
    relativeTime: (date, now) => time.format(Math.round((date.getTime() - now.getTime()) / 60_000), 'minute'),
  },
} satisfies ProfileKitLocale;
