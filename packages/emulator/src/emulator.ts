import type { Hono } from 'hono';
import type { EmulatorConfig } from './config';
import {
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_RATE_LIMIT,
  DEFAULT_ROLES,
  DEV_APP_ID,
  DEV_AUTH_KEY,
  DEV_REST_API_KEY,
} from './constants';
import { createApp } from './http/app';
import { createRateLimiter, type RateLimit } from './http/rateLimit';
import { observePresence } from './presence/observePresence';
import { createWebhookSender, parseBasicAuth } from './presence/webhookSender';
import { createMemoryStore } from './store/memory';
import type { UserStore } from './store/types';

/** How to set up an emulator. Every option has a default that needs no configuration. */
export interface EmulatorOptions {
  /** The app id it answers to (checked against an `appId` header when one is sent). Default {@link DEV_APP_ID}. */
  appId?: string;
  /** The Auth Key (authOnly scope). Default {@link DEV_AUTH_KEY} in process; `startEmulator` and the CLI make random keys. */
  authKey?: string;
  /** The REST API key (full access). Default {@link DEV_REST_API_KEY} in process; `startEmulator` and the CLI make random keys. */
  restApiKey?: string;
  /** Where users live. Default: a new memory store. */
  store?: UserStore;
  /** The roles that exist; a user's role must be one of them. Default `default`, `admin`, `moderator`. */
  roles?: string[];
  /**
   * Refuse what profilekit's own rules refuse where they are stricter than CometChat's docs: avatar and link other
   * than http(s), a status message over 1000 characters. Default `false`: accept what CometChat documents as
   * acceptable, so data exported from a real app seeds the emulator (the CLI's `--strict`).
   */
  strict?: boolean;
  /**
   * Requests per window per identity — a key, a logged-in user, or the client's address for anonymous and
   * failed attempts — with at most `maxBuckets` identities tracked; or `false` for none. Default 10,000 per minute.
   */
  rateLimit?: RateLimit | false;
  /**
   * Host names accepted in a `Host` header besides `localhost`, `127.0.0.1` and `[::1]` (any port), or `'*'`
   * for any. Other names get 403 (DNS rebinding). In-process requests carry no `Host` header and are not checked.
   */
  allowedHosts?: readonly string[] | '*';
  /**
   * Page origins allowed besides pages on `localhost`, `127.0.0.1` and `[::1]` (any port, http or https),
   * or `'*'` for any page (answered `Access-Control-Allow-Origin: *`, never with credentials). Other origins get 403.
   */
  corsOrigins?: readonly string[] | '*';
  /** The largest request body accepted; bigger ones get 413. Default 64 KiB. */
  maxBodyBytes?: number;
  /** The clock, in milliseconds. Default `Date.now`. */
  now?: () => number;
  /**
   * Where to POST CometChat's webhooks (`user_connection_status_changed`, `user_blocked`, `user_unblocked`, in
   * CometChat's documented shape; retried 3 times; never delaying a request), e.g. `@profilekit/server`'s
   * `http://127.0.0.1:8787/api/webhooks/cometchat`. Default: none sent.
   */
  webhookUrl?: string;
  /** `user:pass` sent as HTTP Basic with each webhook, as CometChat sends the credentials set in its dashboard. */
  webhookBasicAuth?: string;
  /**
   * Seconds without a request after which an online user goes offline (CometChat: a user whose connection
   * dropped). Default {@link DEFAULT_PRESENCE_TIMEOUT_SECONDS} (5 minutes); `0` never.
   */
  presenceTimeout?: number;
}

/** How long an online user stays online without a request, by default: 5 minutes. */
export const DEFAULT_PRESENCE_TIMEOUT_SECONDS = 300;

/** A running emulator app: a `fetch` handler plus its credentials and store. */
export interface Emulator {
  /** Answers one request, like a server would; mount it in Node, a test, a service worker or Vite. */
  fetch(request: Request): Promise<Response>;
  readonly appId: string;
  readonly authKey: string;
  readonly restApiKey: string;
  readonly store: UserStore;
  /** How many identities the rate limiter holds a window for now (at most its `maxBuckets`; 0 without a limit). */
  rateLimitBuckets(): number;
  /** Closes the store. */
  close(): void;
  /** Resolves when every webhook sent so far was delivered or given up (tests). */
  webhooksSettled(): Promise<void>;
}

/**
 * Creates a CometChat-compatible user server as a `fetch(Request) → Response` handler — no socket needed.
 *
 * @example
 * ```ts
 * import { createEmulator } from '@profilekit/emulator';
 * const emulator = createEmulator();
 * const response = await emulator.fetch(
 *   new Request('http://emulator/v3/users', {
 *     method: 'POST',
 *     headers: { apikey: emulator.authKey, 'content-type': 'application/json' },
 *     body: JSON.stringify({ uid: 'superhero1', name: 'Iron Man' }),
 *   }),
 * );
 * (await response.json()).data.uid; // 'superhero1'
 * ```
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  return createEmulatorApp(options).emulator;
}

/** {@link createEmulator}, plus its Hono app (whose `fetch` takes the Node server's `env`: the client's address). */
export function createEmulatorApp(options: EmulatorOptions): { emulator: Emulator; app: Hono } {
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const now = options.now ?? Date.now;
  const appId = options.appId ?? DEV_APP_ID;
  const timeoutSeconds = options.presenceTimeout ?? DEFAULT_PRESENCE_TIMEOUT_SECONDS;
  if (!(Number.isFinite(timeoutSeconds) && timeoutSeconds >= 0)) {
    throw new Error(`presenceTimeout must be 0 or more seconds, got ${timeoutSeconds}`);
  }
  const webhooks = options.webhookUrl
    ? createWebhookSender({
        url: options.webhookUrl,
        ...(options.webhookBasicAuth !== undefined && { basicAuth: parseBasicAuth(options.webhookBasicAuth) }),
      })
    : undefined;
  const presence = observePresence(options.store ?? createMemoryStore(), { appId, webhooks, timeoutSeconds, now });
  // The sweep runs a few times per timeout (at least every 5 s) and never keeps the process alive.
  const sweepEveryMs = Math.max(250, Math.min(timeoutSeconds * 250, 5000));
  const sweeper = timeoutSeconds > 0 ? setInterval(presence.sweep, sweepEveryMs) : undefined;
  sweeper?.unref?.();
  const config: EmulatorConfig = {
    appId,
    authKey: options.authKey ?? DEV_AUTH_KEY,
    restApiKey: options.restApiKey ?? DEV_REST_API_KEY,
    store: presence.store,
    roles: options.roles ?? DEFAULT_ROLES,
    strict: options.strict ?? false,
    rateLimit,
    rateLimiter: rateLimit ? createRateLimiter(rateLimit, now) : undefined,
    allowedHosts: options.allowedHosts ?? [],
    corsOrigins: options.corsOrigins ?? [],
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    now,
  };
  const app = createApp(config);
  const emulator: Emulator = {
    fetch: async (request) => app.fetch(request),
    appId: config.appId,
    authKey: config.authKey,
    restApiKey: config.restApiKey,
    store: config.store,
    rateLimitBuckets: () => config.rateLimiter?.size() ?? 0,
    close: () => {
      clearInterval(sweeper);
      config.store.close();
    },
    webhooksSettled: () => webhooks?.settled() ?? Promise.resolve(),
  };
  return { emulator, app };
}
