import { jsonByteLength } from '@profilekit/core/internal';
import { describe, expect, it } from 'vitest';
import { compactJsonBytes } from '../../fields/compactJsonBytes';

describe('compactJsonBytes', () => {
  it.each([
    { plan: 'pro' },
    { e: 'é', emoji: '😀', cjk: '李小龙' },
    { spaced: 'a  b\tc', nested: { list: [1, 2, { deep: true }] }, quote: 'say "hi" \\ there' },
    { notes: Array.from({ length: 50 }, (_, id) => ({ id, text: `note ${id}` })) },
  ])('counts pretty JSON text as its serialized size: %j', (value) => {
    expect(compactJsonBytes(JSON.stringify(value, null, 2))).toBe(jsonByteLength(value));
  });
});
