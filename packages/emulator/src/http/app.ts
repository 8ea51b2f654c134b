import { redactSecrets } from '@profilekit/core/internal';
import { Hono } from 'hono';
import type { EmulatorConfig } from '../config';
import { blockedRoutes } from '../routes/blocked';
import { meRoutes } from '../routes/me';
import { settingsRoutes } from '../routes/settings';
import { telemetryRoutes } from '../routes/telemetry';
import { tokenRoutes } from '../routes/tokens';
import { userRoutes } from '../routes/users';
import { ApiError } from './errors';
import { localOnly } from './localOnly';
import { rateLimited } from './rateLimited';

/** `/v3/users`, `/v3.0/users` and `/users` are one endpoint; a trailing slash is ignored. */
export function apiPath(pathname: string): string {
  const path = pathname.replace(/^\/v3(\.0)?(?=\/|$)/, '').replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

/**
 * The emulator's HTTP app: security headers, local names and pages only, CORS, rate limiting on the
 * identity that authenticated, the user endpoints, CometChat-shaped errors.
 */
export function createApp(config: EmulatorConfig): Hono {
  const app = new Hono({ getPath: (request) => apiPath(new URL(request.url).pathname) });
  app.use(...localOnly(config));
  app.use(rateLimited(config));
  app.get('/', (c) => c.json({ data: { name: '@profilekit/emulator', appId: config.appId } }));
  app.route('/', userRoutes(config));
  app.route('/', tokenRoutes(config));
  app.route('/', meRoutes(config));
  app.route('/', blockedRoutes(config));
  app.route('/', telemetryRoutes());
  app.route('/', settingsRoutes(config));
  app.notFound((c) =>
    new ApiError(
      404,
      'ERR_ROUTE_NOT_FOUND',
      `No endpoint ${c.req.method} ${new URL(c.req.url).pathname}.`,
    ).toResponse(),
  );
  app.onError((error) => {
    if (error instanceof ApiError) return error.toResponse();
    const secrets = [config.authKey, config.restApiKey];
    const message = `The emulator failed: ${redactSecrets(error.message, secrets)}`;
    return new ApiError(500, 'ERR_INTERNAL', message).toResponse();
  });
  return app;
}
