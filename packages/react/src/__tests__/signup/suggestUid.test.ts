import { describe, expect, it } from 'vitest';
import { suggestUid } from '../../signup/suggestUid';

describe('suggestUid', () => {
  it('derives a valid uid from a name, or nothing', () => {
    expect(suggestUid('  Kevin   Bäcker ')).toBe('kevin-backer');
    expect(suggestUid('李小龙')).toBe('');
    expect(suggestUid('a'.repeat(150))).toHaveLength(100);
  });
});
