import { readFileSync } from 'node:fs';
import { createEmulator } from '@profilekit/emulator';
import { createProfileKitHandler, type ProfileKitHandlerOptions } from '@profilekit/server';
import { describe, expect, it } from 'vitest';

// Issue 25, finding 5: our docs took the first X-Forwarded-For entry, so per-IP limits fell to a forged header.
function backend(options: Partial<ProfileKitHandlerOptions>) {
  const emulator = createEmulator({ rateLimit: false });
  const handler = createProfileKitHandler({
    target: { baseUrl: 'http://emulator.test', appId: emulator.appId },
    restApiKey: emulator.restApiKey,
    transport: { fetch: (input, init) => emulator.fetch(new Request(input, init)) },
    rateLimit: { uidCheck: { perIp: 3, perKey: 100, windowMs: 60_000 } },
    ...options,
  });
  /** A uid check from `peer` (the TCP peer) carrying `forwardedFor`. */
  return async (peer: string, forwardedFor?: string) => {
    const headers: Record<string, string> = forwardedFor ? { 'x-forwarded-for': forwardedFor } : {};
    const request = new Request('http://backend.test/signup/uids/not.valid', { headers });
    return (await handler(request, { clientIp: peer })).status;
  };
}

const proxy = '10.0.0.1';

describe('issue 25 finding 5: trustedProxies picks the X-Forwarded-For entry your proxies vouch for', () => {
  it('one proxy (hop count 1): forged entries left of it are ignored; two clients behind it count apart', async () => {
    const check = backend({ trustedProxies: 1 });
    const statuses: number[] = [];
    for (let n = 0; n < 5; n++) statuses.push(await check(proxy, `192.0.2.${n}, 198.51.100.7`));
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(await check(proxy, '198.51.100.8')).toBe(200);
  });

  it('a CIDR list walks left past trusted proxies only; an untrusted peer’s header is ignored', async () => {
    const check = backend({ trustedProxies: ['10.0.0.0/8', 'fd00::/8'] });
    const statuses: number[] = [];
    for (let n = 0; n < 4; n++) statuses.push(await check(proxy, `192.0.2.${n}, 198.51.100.7, 10.9.9.9`));
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(await check('fd00::5', '198.51.100.8, 10.1.1.1')).toBe(200);
    // Not our proxy: whatever it claims, it is the client.
    const direct: number[] = [];
    for (let n = 0; n < 4; n++) direct.push(await check('203.0.113.9', `192.0.2.${n}`));
    expect(direct).toEqual([200, 200, 200, 429]);
  });

  it('without trustedProxies X-Forwarded-For is ignored', async () => {
    const check = backend({});
    const statuses: number[] = [];
    for (let n = 0; n < 4; n++) statuses.push(await check('203.0.113.9', `192.0.2.${n}`));
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('IPv6 clients are limited per /64: new addresses in one network share a bucket', async () => {
    const check = backend({});
    const statuses: number[] = [];
    for (let n = 1; n <= 4; n++) statuses.push(await check(`2001:db8:1:2::${n.toString(16)}`));
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(await check('2001:db8:1:3::1')).toBe(200);
    expect(await check('::ffff:198.51.100.9')).toBe(200);
  });

  it('the README, docs/Server.mdx and the Next example no longer take the first X-Forwarded-For entry', () => {
    for (const file of [
      '../../../../packages/server/README.md',
      '../../../../docs/Server.mdx',
      '../../../../apps/next-example/app/api/[...profilekit]/route.ts',
      '../../../../packages/server/examples/nextRouteHandler.ts',
    ]) {
      const text = readFileSync(new URL(file, import.meta.url), 'utf8');
      expect(text, file).not.toMatch(/x-forwarded-for['"]\)\?\.split\(['"],['"]\)\[0\]/i);
    }
  });
});
