import { relativeTimeFormat } from './intlFormats';

const words: Partial<Record<Intl.RelativeTimeFormatUnit, [last: string, current: string, next: string]>> = {
  second: ['1 second ago', 'now', 'in 1 second'],
  minute: ['1 minute ago', 'this minute', 'in 1 minute'],
  hour: ['1 hour ago', 'this hour', 'in 1 hour'],
  day: ['yesterday', 'today', 'tomorrow'],
  week: ['last week', 'this week', 'next week'],
  month: ['last month', 'this month', 'next month'],
  year: ['last year', 'this year', 'next year'],
};

const grouped = (count: number) => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * What `new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(value, unit)` says, for whole
 * numbers, without touching Intl: the first Intl formatter a page builds loads ICU's locale data, which
 * costs 100–300 ms of a slow phone's main thread — too much for one "5 minutes ago" at mount.
 *
 * @example
 * ```ts
 * englishRelativeTime(-5, 'minute'); // '5 minutes ago'
 * englishRelativeTime(-1, 'day'); // 'yesterday'
 * ```
 */
export function englishRelativeTime(value: number, unit: Intl.RelativeTimeFormatUnit): string {
  const singular = unit.replace(/s$/, '') as Intl.RelativeTimeFormatUnit;
  const named = words[singular];
  if (named === undefined || !Number.isInteger(value)) return relativeTimeFormat('en').format(value, unit);
  if (value === -1 || value === 0 || value === 1) return named[value + 1] as string;
  const count = `${grouped(Math.abs(value))} ${singular}s`;
  return value < 0 ? `${count} ago` : `in ${count}`;
}
