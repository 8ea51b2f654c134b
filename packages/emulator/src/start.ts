import { randomKey } from './auth/credentials';
import { createEmulatorApp, type Emulator, type EmulatorOptions } from './emulator';
import { openStore } from './store/openStore';

/** An emulator listening on a port. */
export interface RunningEmulator {
  /** Where it listens, without a path: `http://127.0.0.1:3939`. */
  url: string;
  appId: string;
  authKey: string;
  restApiKey: string;
  emulator: Emulator;
  /** Stops listening (open connections are closed) and closes the store. */
  close(): Promise<void>;
}

/** Options of {@link startEmulator}: the emulator's, plus where to listen and which database to use. */
export type StartEmulatorOptions = EmulatorOptions & {
  /** `0` picks a free port. Default `0`. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** A SQLite file to use as the store, when no `store` is given; `:memory:` is a memory store. Default: a memory store. */
  db?: string;
  /** Milliseconds a client may take to send its request headers; default 10 000 (slowloris). */
  headersTimeoutMs?: number;
  /** Milliseconds a whole request (headers and body) may take to arrive; default 30 000 (Node's own: 300 000). */
  requestTimeoutMs?: number;
};

/**
 * Starts the emulator as an HTTP server (Node). Unless given keys, it makes random ones (read them from the
 * result): a server on a socket never answers to the keys published in the source. It answers only to
 * `Host` names of this machine and pages served from it (plus `allowedHosts` and `corsOrigins`). A client that
 * sends its headers or body too slowly is cut off (`headersTimeoutMs`, `requestTimeoutMs`).
 *
 * @example
 * ```ts
 * const server = await startEmulator({ port: 0 });
 * CometChat.init(server.appId, settingsFor(server.url));
 * // …
 * await server.close();
 * ```
 */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const { serve } = await import('@hono/node-server');
  const {
    port = 0,
    host = '127.0.0.1',
    db,
    headersTimeoutMs = 10_000,
    requestTimeoutMs = 30_000,
    ...emulatorOptions
  } = options;
  const store = emulatorOptions.store ?? (db ? openStore(db) : undefined);
  const { emulator, app } = createEmulatorApp({
    ...emulatorOptions,
    authKey: emulatorOptions.authKey ?? randomKey(),
    restApiKey: emulatorOptions.restApiKey ?? randomKey(),
    store,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const serverOptions = {
      headersTimeout: headersTimeoutMs,
      requestTimeout: Math.max(requestTimeoutMs, headersTimeoutMs),
      connectionsCheckingInterval: Math.min(1000, headersTimeoutMs),
    };
    const started = serve({ fetch: app.fetch, port, hostname: host, serverOptions }, () => resolve(started));
    started.once('error', reject);
  });
  // Idle keep-alive sockets stay open longer than clients keep them (undici: 4 s), so a client never
  // reuses a socket in the moment the server closes it (a spurious "socket hang up" under load).
  if ('keepAliveTimeout' in server) server.keepAliveTimeout = 65_000;
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${urlHost}:${boundPort}`,
    appId: emulator.appId,
    authKey: emulator.authKey,
    restApiKey: emulator.restApiKey,
    emulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          emulator.close();
          if (error) reject(error);
          else resolve();
        });
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
