// Node's http module and Express, through the small adapter in @profilekit/server/node
// (it needs @hono/node-server, an optional peer dependency).
import { createServer } from 'node:http';
import { createProfileKitHandler } from '@profilekit/server';
import { toNodeHandler } from '@profilekit/server/node';
import express from 'express';
import { accounts } from './accounts.js';

const profilekit = createProfileKitHandler({
  target: { appId: process.env.COMETCHAT_APP_ID ?? '', region: process.env.COMETCHAT_REGION ?? 'eu' },
  restApiKey: process.env.COMETCHAT_REST_API_KEY ?? '',
  basePath: '/api',
  ...accounts,
});

// Express: mount it before any body parser (the handler reads the body itself); req.url keeps /api.
const app = express();
app.all('/api/{*route}', toNodeHandler(profilekit));
app.listen(3000);

// Plain node:http works the same way.
createServer(toNodeHandler(profilekit)).listen(3001);
