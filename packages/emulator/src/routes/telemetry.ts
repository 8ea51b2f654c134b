import { Hono } from 'hono';

/** `POST /user_sessions`: the SDK's session telemetry, posted a few seconds after a browser login. Accepted, dropped. */
export function telemetryRoutes(): Hono {
  const app = new Hono();
  app.post('/user_sessions', (c) => c.json({ data: { success: true } }));
  return app;
}
