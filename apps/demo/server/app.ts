import { getConnInfo } from '@hono/node-server/conninfo';
import type { RestClient } from '@profilekit/core/rest';
import {
  type AvatarStorage,
  createProfileKitHandler,
  type ProfileKitHandlerOptions,
  type ProfileKitStore,
} from '@profilekit/server';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { accountHooks } from './accountHooks';
import type { AccountRepository } from './accounts/AccountRepository';
import type { BackendTarget } from './env';
import { type FaultPoint, type Faults, faultPoints } from './faults';
import { localOnly } from './localOnly';

/** Options of {@link createBackendApp}. */
export interface BackendAppOptions extends BackendTarget {
  accounts: AccountRepository;
  faults: Faults;
  /** `false` turns the rate limits off (load and durability tests only). */
  rateLimit?: ProfileKitHandlerOptions['rateLimit'];
  /** One line per request: method, path, status, milliseconds. Never bodies (passwords) or headers (keys). */
  log?: (line: string) => void;
  /** A REST client in place of one made from the target (tests that inject faults into CometChat's answers). */
  restClient?: RestClient;
  /** Where uploaded avatars go (served at `/api/avatars/:name`): the disk folder, or a bucket in a cluster. */
  avatarStorage: AvatarStorage;
  /** The limits' and caches' store; default the handler's memory store (one process). */
  store?: ProfileKitStore;
  /** What `/api/health` says about this instance (`pnpm dev:cluster` runs two). */
  health?: Record<string, string>;
  /** CometChat's (or the emulator's) webhooks at `POST /api/webhooks/cometchat`, with these Basic credentials. */
  webhooks?: ProfileKitHandlerOptions['webhooks'];
}

/**
 * "Your backend": `@profilekit/server` mounted at `/api` over the demo's account table (avatars uploaded to
 * `POST /api/avatars`, kept by `avatarStorage`, served at `GET /api/avatars/:name`; live events at
 * `GET /api/events`; with `webhooks`, CometChat's webhooks at `POST /api/webhooks/cometchat`), plus
 * `GET /api/health` and, with faults enabled, `POST /api/test/fail-next-register`.
 *
 * @example
 * ```ts
 * const app = createBackendApp({ kind: 'emulator', target, restApiKey, accounts, faults: createFaults(false), avatarStorage });
 * serve({ fetch: app.fetch, port: 3940 });
 * ```
 */
export function createBackendApp(options: BackendAppOptions): Hono {
  const {
    accounts,
    faults,
    log,
    kind,
    target,
    restApiKey,
    rateLimit,
    restClient,
    avatarStorage,
    store,
    health,
    webhooks,
  } = options;
  const profilekit = createProfileKitHandler({
    target,
    restApiKey,
    basePath: '/api',
    ...accountHooks(accounts, faults),
    rateLimit,
    log,
    restClient,
    store,
    // Sign-up takes an avatar before the person has a token: anonymous uploads, rate-limited per IP.
    avatars: { storage: avatarStorage, anonymous: true },
    // Presence and blocks: `pnpm dev` points the emulator's webhooks here with a random user:pass.
    ...(webhooks && { webhooks }),
  });
  const app = new Hono();
  app.use(secureHeaders());
  // Only this machine's names and pages: no DNS rebinding, no other site's page.
  app.use(...localOnly());
  app.get('/api/health', async (c) =>
    c.json({ data: { ok: true, backend: kind, accounts: await accounts.count(), database: accounts.kind, ...health } }),
  );
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
