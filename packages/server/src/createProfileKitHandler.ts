import { createRestClient } from '@profilekit/core/rest';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { createTokenVerifier } from './auth/tokenVerifier';
import { createEventHub } from './events/eventHub';
import { createSessionEnds } from './events/sessionEnds';
import type { HandlerEnv, RouteDeps } from './http/context';
import { errorAnswer, errorLogLine } from './http/errorResponse';
import { safeLogLine } from './http/logLine';
import { createClientAddress } from './limits/clientAddress';
import { defaultRateLimits } from './limits/rateLimits';
import { hostGuard } from './middleware/hostGuard';
import type { ProfileKitHandler, ProfileKitHandlerOptions } from './options';
import { AVATAR_UPLOAD_PATH, avatarRoutes } from './routes/avatars';
import { eventRoutes } from './routes/events';
import { logoutRoutes } from './routes/logout';
import { sessionRoutes } from './routes/session';
import { signupRoutes } from './routes/signup';
import { userRoutes } from './routes/users';
import { webhookRoutes } from './routes/webhooks';
import { createMemoryStore } from './store/createMemoryStore';

const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/**
 * Your backend's profilekit routes as one web-standard handler `(request) => Promise<Response>`: sign-up
 * (`POST /signup`, `GET /signup/uids/:uid`), login (`POST /session`), logout (`DELETE /session`: revokes the
 * Bearer token) and the admin routes (`GET|POST /users`, `POST /users/bulk`,
 * `GET|PATCH|DELETE /users/:uid`, `POST /users/deactivate|reactivate`) and, with `avatars`, avatar uploads
 * (`POST /avatars`, `GET /avatars/:name`), live events (`GET /events`, `POST /events/user-changed`) and, with
 * `webhooks`, CometChat's webhooks (`POST /webhooks/cometchat`). It talks to CometChat with the REST
 * API key through `createRestClient`; the key never leaves this process.
 *
 * Admin routes need a caller whose CometChat role is in `adminRoles`: by default the
 * `Authorization: Bearer <CometChat auth token>` is verified with CometChat. Every answer carries
 * security headers (`hono/secure-headers`); bodies are JSON only and size-capped (`hono/body-limit`);
 * sign-up, login and admin writes are rate-limited per IP and per caller (429 + `Retry-After`).
 *
 * @example
 * ```ts
 * import { createProfileKitHandler, uidTaken } from '@profilekit/server';
 *
 * export const profilekit = createProfileKitHandler({
 *   target: { appId: process.env.COMETCHAT_APP_ID!, region: 'eu' },
 *   restApiKey: process.env.COMETCHAT_REST_API_KEY!,
 *   basePath: '/api',
 *   onSignup: async ({ user, account }) => accounts.signUp(user.uid, account), // your database
 *   onSignupComplete: ({ uid }) => accounts.markComplete(uid),
 *   authenticate: async ({ body }) => accounts.logIn(body),
 * });
 * // Hono: app.all('/api/*', (c) => profilekit(c.req.raw));  Next.js: export const GET = profilekit, POST = profilekit…
 * ```
 */
export function createProfileKitHandler(options: ProfileKitHandlerOptions): ProfileKitHandler {
  const transport = options.transport ?? {};
  const store = options.store ?? createMemoryStore();
  const deps: RouteDeps = {
    options,
    rest: options.restClient ?? createRestClient(options.target, { ...transport, apiKey: options.restApiKey }),
    verifier: createTokenVerifier(options.target, transport, store, options.tokenCacheSeconds ?? 10),
    store,
    clientAddress: createClientAddress(options.trustedProxies),
    rules: options.rateLimit === false ? false : { ...defaultRateLimits, ...options.rateLimit },
    events: createEventHub(store, options.events?.replay),
    sessions: createSessionEnds(store),
  };
  const log = options.log && ((line: string) => options.log?.(safeLogLine(line)));
  const app = new Hono<HandlerEnv>().basePath(options.basePath ?? '');
  // A route may choose its own Cross-Origin-Resource-Policy (served avatars are `cross-origin`): secureHeaders
  // sets its headers after the route and would overwrite it, so the default is filled in only when absent.
  app.use(async (c, next) => {
    await next();
    if (!c.res.headers.has('Cross-Origin-Resource-Policy')) c.header('Cross-Origin-Resource-Policy', 'same-origin');
  });
  app.use(
    secureHeaders({
      crossOriginResourcePolicy: false,
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    }),
  );
  if (log) {
    app.use(async (c, next) => {
      const started = performance.now();
      await next();
      log(`${c.req.method} ${c.req.path} ${c.res.status} ${Math.round(performance.now() - started)}ms`);
    });
  }
  if (options.allowedHosts) app.use(hostGuard(options.allowedHosts));
  if (options.allowedOrigins) {
    const origins = [...options.allowedOrigins];
    app.use(cors({ origin: origins, allowHeaders: ['Authorization', 'Content-Type'], maxAge: 600 }));
  }
  const maxSize = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const jsonBodyLimit = bodyLimit({
    maxSize,
    onError: (c) =>
      c.json(
        { error: { code: 'ERR_PAYLOAD_TOO_LARGE', message: `The request body must be at most ${maxSize} bytes.` } },
        413,
      ),
  });
  const avatarUpload = `${options.basePath ?? ''}${AVATAR_UPLOAD_PATH}`;
  app.use((c, next) => (options.avatars && c.req.path === avatarUpload ? next() : jsonBodyLimit(c, next)));
  app.onError((error, c) => {
    const { status, body, retryAfterSeconds } = errorAnswer(error);
    if (status >= 500) log?.(`error: ${c.req.method} ${c.req.path}: ${errorLogLine(error)}`);
    if (retryAfterSeconds !== undefined) c.header('Retry-After', String(retryAfterSeconds));
    return c.json(body, status as 400);
  });
  signupRoutes(app, deps);
  sessionRoutes(app, deps);
  logoutRoutes(app, deps);
  userRoutes(app, deps);
  if (options.avatars) avatarRoutes(app, deps, options.avatars);
  eventRoutes(app, deps);
  if (options.webhooks) webhookRoutes(app, deps, options.webhooks);
  app.all('*', (c) =>
    c.json({ error: { code: 'ERR_ROUTE_NOT_FOUND', message: `No route ${c.req.method} ${c.req.path}` } }, 404),
  );
  return async (request, connection) => app.fetch(request, connection);
}
