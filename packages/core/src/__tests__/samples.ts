import type { FieldRule } from '../policy';

/** Valid and invalid values for a rule, derived from its bounds so the tests follow the table. */
export function samplesFor(rule: FieldRule): { valid: unknown[]; invalid: unknown[] } {
  switch (rule.kind) {
    case 'uid':
      return {
        valid: ['usr1', 'A_b-9', 'x'.repeat(rule.maxLength)],
        invalid: ['', 'usr 1', 'usr!', 'ümlaut', 'a/b', 'x'.repeat(rule.maxLength + 1), 42],
      };
    case 'text':
      return {
        valid: ['Kevin', 'x'.repeat(rule.maxLength), ...(rule.minLength === 0 ? [''] : [])],
        invalid: ['x'.repeat(rule.maxLength + 1), 7, ...(rule.minLength > 0 ? [''] : [])],
      };
    case 'role':
      return { valid: ['default', 'x'.repeat(rule.maxLength)], invalid: ['', 'x'.repeat(rule.maxLength + 1), {}] };
    case 'url': {
      const base = 'https://example.com/';
      return {
        valid: [base, 'http://a.example/k.png?size=2', base + 'x'.repeat(rule.maxLength - base.length)],
        invalid: [
          'javascript:alert(1)',
          'data:image/png;base64,AAAA',
          '/relative/path.png',
          'example.com/a.png',
          'https://',
          'http:/one-slash.example',
          'https://exa mple.com',
          'ftp://example.com/a',
          base + 'x'.repeat(rule.maxLength - base.length + 1),
        ],
      };
    }
    case 'json':
      return {
        valid: [{}, { plan: 'pro', nested: { list: [1, 'two', null, true] } }, { pad: 'x'.repeat(rule.maxBytes - 10) }],
        invalid: [[], 'text', null, 3, { when: new Date(0) }, { f: () => 1 }, { pad: 'x'.repeat(rule.maxBytes) }],
      };
    case 'tags':
      return {
        valid: [[], ['beta'], Array.from({ length: rule.maxItems }, (_, i) => `t${i}`), ['x'.repeat(rule.maxLength)]],
        invalid: [
          'beta',
          [''],
          ['x'.repeat(rule.maxLength + 1)],
          Array.from({ length: rule.maxItems + 1 }, (_, i) => `t${i}`),
          [1],
        ],
      };
    case 'enum':
      return { valid: [...rule.values], invalid: ['away'] };
    case 'timestamp':
      return { valid: [0, 1_700_000_000], invalid: [-1, 1.5] };
    case 'flag':
      return { valid: [true, false], invalid: ['yes'] };
  }
}
