import { describe, expect, it } from 'vitest';
import { createClientAddress, limitKeyOfAddress } from '../limits/clientAddress';

describe('createClientAddress', () => {
  it('without trusted proxies: the peer, whatever X-Forwarded-For says', () => {
    expect(createClientAddress(undefined)('203.0.113.9', '192.0.2.1')).toBe('203.0.113.9');
  });

  it('a hop count takes the entry that many from the right; short headers fall back to the leftmost', () => {
    const two = createClientAddress(2);
    expect(two('10.0.0.1', 'forged, 198.51.100.7, 10.0.0.2')).toBe('198.51.100.7');
    expect(two('10.0.0.1', '198.51.100.7')).toBe('198.51.100.7');
    expect(two('10.0.0.1', null)).toBe('10.0.0.1');
  });

  it('a range list skips trusted hops (IPv4-mapped ones too) and stops at the first other address', () => {
    const ranges = createClientAddress(['10.0.0.0/8', '::1']);
    expect(ranges('::ffff:10.0.0.1', 'forged, 198.51.100.7, 10.1.2.3')).toBe('198.51.100.7');
    expect(ranges('::1', '2001:db8::7')).toBe('2001:db8::7');
    expect(ranges('203.0.113.9', '198.51.100.7')).toBe('203.0.113.9');
  });

  it('refuses a bad option up front, naming it', () => {
    expect(() => createClientAddress(['10.0.0.0/33'])).toThrow(
      'trustedProxies: "10.0.0.0/33" is not an IP address or a CIDR range (e.g. "10.0.0.0/8").',
    );
    expect(() => createClientAddress(1.5)).toThrow('trustedProxies: a hop count must be a whole number ≥ 0, got 1.5.');
  });
});

describe('limitKeyOfAddress', () => {
  it('keeps IPv4, groups IPv6 by /64, unwraps IPv4-mapped addresses', () => {
    expect(limitKeyOfAddress('198.51.100.7')).toBe('198.51.100.7');
    expect(limitKeyOfAddress('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(limitKeyOfAddress('[2001:db8:1:2::9]')).toBe('2001:db8:1:2::/64');
    expect(limitKeyOfAddress('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(limitKeyOfAddress('unknown')).toBe('unknown');
  });
});
