import type { Hono, MiddlewareHandler } from 'hono';
import { basicAuth } from 'hono/basic-auth';
import { HTTPException } from 'hono/http-exception';
import type { HandlerEnv, RouteDeps } from '../context';
import { meaningOf } from '../events/cometChatWebhook';
import { ProfileKitHttpError } from '../httpError';
import { jsonBody } from '../jsonBody';
import { storeUnavailable } from '../store/storeUnavailable';

/** Where CometChat's webhooks are received, under `basePath`. */
export const WEBHOOK_PATH = '/webhooks/cometchat';

/** Options of the webhook receiver (`webhooks` of `createProfileKitHandler`). */
export interface WebhookOptions {
  /** The Basic auth user name you set on the webhook in CometChat's dashboard. */
  username: string;
  /** The Basic auth password you set there. Compared in constant time. */
  password: string;
  /** Seconds a delivery is remembered, so CometChat's retries of it are ignored; default 3600. */
  dedupeSeconds?: number;
}

/**
 * `POST /webhooks/cometchat`: CometChat's webhooks, authenticated with HTTP Basic (`hono/basic-auth`, constant-time
 * comparison; 401 otherwise). `user_connection_status_changed`, `user_blocked` and `user_unblocked` become
 * `presence`, `user.blocked` and `user.unblocked` events; a retried delivery (same de-duplication key, counted
 * in the store so every instance agrees) and any other trigger are answered 200 and ignored.
 */
export function webhookRoutes(app: Hono<HandlerEnv>, deps: RouteDeps, options: WebhookOptions) {
  const dedupeMs = (options.dedupeSeconds ?? 3600) * 1000;
  app.post(WEBHOOK_PATH, webhookCredentials(options), async (c) => {
    const meaning = meaningOf(await jsonBody(c.req.raw));
    if (!meaning) return c.json({ data: { ignored: true } });
    const key = `webhook:${meaning.dedupeKey}`;
    const deliveries = await deps.store.increment(key, dedupeMs).catch(() => {
      throw storeUnavailable();
    });
    if (deliveries > 1) return c.json({ data: { duplicate: true } });
    try {
      for (const event of meaning.events) await deps.events.publish(event);
    } catch {
      // Not published: forget the delivery, so CometChat's retry is not taken for a duplicate.
      await deps.store.delete(key).catch(() => {});
      throw storeUnavailable();
    }
    return c.json({ data: { published: meaning.events.length } });
  });
}

/** `hono/basic-auth` (constant-time comparison), refusing with the handler's error shape. */
function webhookCredentials({ username, password }: WebhookOptions): MiddlewareHandler<HandlerEnv> {
  const check = basicAuth({ username, password });
  return async (c, next) => {
    let allowed = false;
    try {
      await check(c, async () => {
        allowed = true;
      });
    } catch (error) {
      if (!(error instanceof HTTPException && error.status === 401)) throw error;
    }
    if (!allowed) {
      c.header('WWW-Authenticate', 'Basic realm="CometChat webhooks"');
      throw new ProfileKitHttpError(401, 'AUTH_ERR_WEBHOOK', 'Send the webhook Basic credentials.');
    }
    await next();
  };
}
