import { describe, expect, it } from 'vitest';
import { englishRelativeTime } from '../../messages/englishRelativeTime';

const intl = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const units: Intl.RelativeTimeFormatUnit[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'days'];
const values = [-1_234_567, -1234, -1000, -999, -59, -2, -1, -0, 0, 1, 2, 45, 1000, 20_000];

describe('englishRelativeTime', () => {
  it.each(units)('says what Intl.RelativeTimeFormat("en", { numeric: "auto" }) says, in %s', (unit) => {
    for (const value of values)
      expect(englishRelativeTime(value, unit), `${value} ${unit}`).toBe(intl.format(value, unit));
  });

  it('hands what it does not spell out to Intl (fractions, quarters)', () => {
    expect(englishRelativeTime(-1.5, 'hour')).toBe(intl.format(-1.5, 'hour'));
    expect(englishRelativeTime(-1, 'quarter')).toBe(intl.format(-1, 'quarter'));
  });
});
