import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { createProfileKitHandler } from '@profilekit/server';
import { createNodeServer, toNodeHandler } from '@profilekit/server/node';
import { afterAll, describe, expect, it } from 'vitest';

const closing: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const close of closing) await close();
});

const handler = () =>
  createProfileKitHandler({
    target: { baseUrl: 'http://127.0.0.1:9', appId: 'app' },
    restApiKey: 'f00dfeed0123456789abcdef0123456789abcdef',
    rateLimit: false,
    authenticate: async () => null,
  });

async function listening(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closing.push(() => new Promise((resolve) => server.close(resolve)));
  return (server.address() as AddressInfo).port;
}

/**
 * A slowloris client: sends `head` at once, then one byte of `drip` every 200 ms, and resolves with the
 * seconds until the server closed the connection (or `giveUpMs` passed: then `Infinity`).
 */
function slowClient(
  port: number,
  head: string,
  drip: string,
  giveUpMs: number,
): Promise<{ seconds: number; answer: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let sent = 0;
    const timer = setInterval(() => {
      if (sent < drip.length && socket.writable) socket.write(drip[sent++] as string);
    }, 200);
    const done = (seconds: number) => {
      clearInterval(timer);
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ seconds, answer });
    };
    const giveUp = setTimeout(() => done(Number.POSITIVE_INFINITY), giveUpMs);
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
    });
    socket.on('close', () => done((performance.now() - started) / 1000));
    socket.on('error', () => undefined);
    socket.write(head);
  });
}

const slowHeaders = ['GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n', `X-Slow: ${'a'.repeat(200)}`];
const slowBody = (path: string) => [
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n`,
  `{"login":"${'a'.repeat(180)}"}`,
];

describe('slow requests are cut off (slowloris)', () => {
  it('@profilekit/server createNodeServer: headers sent byte by byte are cut off within headersTimeoutMs', async () => {
    const port = await listening(createNodeServer(handler(), { headersTimeoutMs: 2000, requestTimeoutMs: 3000 }));
    const [head, drip] = slowHeaders;
    const { seconds } = await slowClient(port, head as string, drip as string, 10_000);
    expect(seconds).toBeLessThan(5);
  });

  it('@profilekit/server toNodeHandler: a body sent byte by byte is cut off within requestTimeoutMs', async () => {
    const port = await listening(createServer(toNodeHandler(handler(), { requestTimeoutMs: 2000 })));
    const [head, drip] = slowBody('/session');
    const { seconds, answer } = await slowClient(port, head as string, drip as string, 10_000);
    expect(seconds).toBeLessThan(5);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('@profilekit/server defaults: 10 s for headers, 30 s for the whole request', () => {
    const server = createNodeServer(handler());
    expect(server.headersTimeout).toBe(10_000);
    expect(server.requestTimeout).toBe(30_000);
  });

  it('the emulator cuts off slow headers and slow bodies within its timeouts', async () => {
    const emulator: RunningEmulator = await startEmulator({ port: 0, headersTimeoutMs: 2000, requestTimeoutMs: 3000 });
    closing.push(() => emulator.close());
    const port = Number(new URL(emulator.url).port);
    const [head, drip] = slowHeaders;
    expect((await slowClient(port, head as string, drip as string, 10_000)).seconds).toBeLessThan(4);
    const [bodyHead, bodyDrip] = slowBody('/v3/users');
    expect((await slowClient(port, bodyHead as string, bodyDrip as string, 10_000)).seconds).toBeLessThan(5);
  });

  it('the emulator’s default cuts off slow headers within 10 s', async () => {
    const emulator = await startEmulator({ port: 0 });
    closing.push(() => emulator.close());
    const [head, drip] = slowHeaders;
    const { seconds } = await slowClient(Number(new URL(emulator.url).port), head as string, `${drip}${drip}`, 20_000);
    expect(seconds).toBeGreaterThan(9);
    expect(seconds).toBeLessThan(12);
  });
});
