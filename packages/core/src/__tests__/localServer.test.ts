import { describe, expect, it } from 'vitest';
import { isAllowedHost, isAllowedOrigin } from '../localServer';

describe('isAllowedHost', () => {
  it.each(['localhost', 'LOCALHOST:3939', '127.0.0.1', '127.0.0.1:1', '[::1]', '[::1]:6006'])('takes %s', (host) => {
    expect(isAllowedHost(host)).toBe(true);
  });

  it.each([
    'attacker.example',
    'localhost.attacker.example',
    '127.0.0.1.nip.io',
    '0.0.0.0:3939',
    'localhost:port',
    'localhost:3939:1',
    '[::1',
    '',
  ])('refuses %s', (host) => {
    expect(isAllowedHost(host)).toBe(false);
  });

  it('takes configured names at any port, or anything for *', () => {
    expect(isAllowedHost('DevBox.lan:5173', ['devbox.lan'])).toBe(true);
    expect(isAllowedHost('other.lan', ['devbox.lan'])).toBe(false);
    expect(isAllowedHost('attacker.example', '*')).toBe(true);
  });

  it('reads a name:port entry as that port only, and leaves loopback out when asked', () => {
    expect(isAllowedHost('api.example:8443', ['api.example:8443'])).toBe(true);
    expect(isAllowedHost('api.example:9000', ['api.example:8443'])).toBe(false);
    expect(isAllowedHost('localhost:3940', [], { loopback: false })).toBe(false);
    expect(isAllowedHost('localhost:3940', ['localhost:3940'], { loopback: false })).toBe(true);
    expect(isAllowedHost('api.example:8443/x', ['api.example:8443'])).toBe(false);
  });
});

describe('isAllowedOrigin', () => {
  it.each(['http://localhost:5173', 'https://127.0.0.1:4173', 'http://[::1]:6006', 'http://LOCALHOST'])(
    'takes a page of this machine: %s',
    (origin) => expect(isAllowedOrigin(origin)).toBe(true),
  );

  it.each(['https://attacker.example', 'null', 'file://', 'http://localhost.attacker.example', 'chrome-extension://x'])(
    'refuses %s',
    (origin) => expect(isAllowedOrigin(origin)).toBe(false),
  );

  it('takes configured origins exactly, or anything for *', () => {
    expect(isAllowedOrigin('https://devbox.lan:5173', ['https://devbox.lan:5173/'])).toBe(true);
    expect(isAllowedOrigin('https://devbox.lan:5174', ['https://devbox.lan:5173'])).toBe(false);
    expect(isAllowedOrigin('null', '*')).toBe(true);
  });
});
