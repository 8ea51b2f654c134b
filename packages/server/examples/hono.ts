// Mounting @profilekit/server in a Hono app (Node, Bun, Deno, Cloudflare Workers…).
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createProfileKitHandler } from '@profilekit/server';
import { Hono } from 'hono';
import { accounts } from './accounts.js';

const profilekit = createProfileKitHandler({
  target: { appId: process.env.COMETCHAT_APP_ID ?? '', region: process.env.COMETCHAT_REGION ?? 'eu' },
  restApiKey: process.env.COMETCHAT_REST_API_KEY ?? '',
  basePath: '/api',
  ...accounts,
});

const app = new Hono();
// Pass the peer address along so the per-IP rate limits see each client.
app.all('/api/*', (c) => profilekit(c.req.raw, { clientIp: getConnInfo(c).remote.address }));

serve({ fetch: app.fetch, port: 3000 });
