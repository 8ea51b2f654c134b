import { getConnInfo } from '@hono/node-server/conninfo';
import type { RestClient } from '@profilekit/core/rest';
import { createDiskAvatarStorage, createProfileKitHandler, type ProfileKitHandlerOptions } from '@profilekit/server';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { accountHooks } from './accountHooks';
import type { AccountStore } from './accounts';
import type { BackendTarget } from './env';
import { type FaultPoint, type Faults, faultPoints } from './faults';
import { localOnly } from './localOnly';

/** Options of {@link createBackendApp}. */
export interface BackendAppOptions extends BackendTarget {
  accounts: AccountStore;
  faults: Faults;
  /** `false` turns the rate limits off (load and durability tests only). */
  rateLimit?: ProfileKitHandlerOptions['rateLimit'];
  /** One line per request: method, path, status, milliseconds. Never bodies (passwords) or headers (keys). */
  log?: (line: string) => void;
  /** A REST client in place of one made from the target (tests that inject faults into CometChat's answers). */
  restClient?: RestClient;
  /** The folder of uploaded avatars (served at `/api/avatars/:name`). */
  avatarsDir: string;
  /** CometChat's (or the emulator's) webhooks at `POST /api/webhooks/cometchat`, with these Basic credentials. */
  webhooks?: ProfileKitHandlerOptions['webhooks'];
}

/**
 * "Your backend": `@profilekit/server` mounted at `/api` over the demo's account table (avatars uploaded to
 * `POST /api/avatars`, stored in `avatarsDir`, served at `GET /api/avatars/:name`; live events at
 * `GET /api/events`; with `webhooks`, CometChat's webhooks at `POST /api/webhooks/cometchat`), plus
 * `GET /api/health` and, with faults enabled, `POST /api/test/fail-next-register`.
 *
 * @example
 * ```ts
 * const app = createBackendApp({ kind: 'emulator', target, restApiKey, accounts, faults: createFaults(false), avatarsDir });
 * serve({ fetch: app.fetch, port: 3940 });
 * ```
 */
export function createBackendApp(options: BackendAppOptions): Hono {
  const { accounts, faults, log, kind, target, restApiKey, rateLimit, restClient, avatarsDir, webhooks } = options;
  const profilekit = createProfileKitHandler({
    target,
    restApiKey,
    basePath: '/api',
    ...accountHooks(accounts, faults),
    rateLimit,
    log,
    restClient,
    // Sign-up takes an avatar before the person has a token: anonymous uploads, rate-limited per IP.
    avatars: { storage: createDiskAvatarStorage({ directory: avatarsDir }), anonymous: true },
    // Presence and blocks: `pnpm dev` points the emulator's webhooks here with a random user:pass.
    ...(webhooks && { webhooks }),
  });
  const app = new Hono();
  app.use(secureHeaders());
  // Only this machine's names and pages: no DNS rebinding, no other site's page.
  app.use(...localOnly());
  app.get('/api/health', (c) => c.json({ data: { ok: true, backend: kind, accounts: accounts.count() } }));
  if (faults.enabled) {
    app.post('/api/test/fail-next-register', async (c) => {
      const body = c.req.header('content-type') ? await c.req.json().catch(() => ({})) : {};
      const { after = 'account' } = (body ?? {}) as { after?: FaultPoint };
      if (!faultPoints.includes(after))
        return c.json({ error: { code: 'ERR_BAD_REQUEST', message: `after: one of ${faultPoints.join(', ')}` } }, 400);
      faults.failNextRegister(after);
      return c.json({ data: { armed: after } });
    });
  }
  app.all('/api/*', (c) => profilekit(c.req.raw, { clientIp: getConnInfo(c).remote.address }));
  app.all('*', (c) => c.json({ error: { code: 'ERR_ROUTE_NOT_FOUND', message: 'Not found' } }, 404));
  return app;
}
