import { redactSecrets } from '@profilekit/core/internal';
import { Hono } from 'hono';
import type { EmulatorConfig } from './config';
import { cors } from './cors';
import { ApiError } from './errors';
import { createRateLimiter, tooManyRequests } from './rateLimit';
import { blockedRoutes } from './routes/blocked';
import { meRoutes } from './routes/me';
import { telemetryRoutes } from './routes/telemetry';
import { tokenRoutes } from './routes/tokens';
import { userRoutes } from './routes/users';

/** `/v3/users`, `/v3.0/users` and `/users` are one endpoint; a trailing slash is ignored. */
export function apiPath(pathname: string): string {
  const path = pathname.replace(/^\/v3(\.0)?(?=\/|$)/, '').replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

function errorResponse(error: ApiError): Response {
  return Response.json(error.toBody(), { status: error.status, headers: error.headers });
}

/** The emulator's HTTP app: CORS, per-credential rate limiting, the user endpoints, CometChat-shaped errors. */
export function createApp(config: EmulatorConfig): Hono {
  const app = new Hono({ getPath: (request) => apiPath(new URL(request.url).pathname) });
  app.use(cors());
  if (config.rateLimit) {
    const count = createRateLimiter(config.rateLimit, config.now);
    app.use(async (c, next) => {
      const verdict = count(c.req.header('apikey') || c.req.header('authToken') || 'anonymous');
      if (!verdict.allowed) throw tooManyRequests(verdict.headers);
      await next();
      for (const [name, value] of Object.entries(verdict.headers)) c.res.headers.set(name, value);
    });
  }
  app.get('/', (c) => c.json({ data: { name: '@profilekit/emulator', appId: config.appId } }));
  app.route('/', userRoutes(config));
  app.route('/', tokenRoutes(config));
  app.route('/', meRoutes(config));
  app.route('/', blockedRoutes(config));
  app.route('/', telemetryRoutes());
  app.notFound((c) =>
    errorResponse(
      new ApiError(404, 'ERR_ROUTE_NOT_FOUND', `No endpoint ${c.req.method} ${new URL(c.req.url).pathname}.`),
    ),
  );
  app.onError((error) => {
    if (error instanceof ApiError) return errorResponse(error);
    const secrets = [config.authKey, config.restApiKey];
    const message = `The emulator failed: ${redactSecrets(error.message, secrets)}`;
    return errorResponse(new ApiError(500, 'ERR_INTERNAL', message));
  });
  return app;
}
