// Node's http module and Express, through the small adapter in @profilekit/server/node
// (it needs @hono/node-server, an optional peer dependency).
import { createProfileKitHandler } from '@profilekit/server';
import { createNodeServer, toNodeHandler } from '@profilekit/server/node';
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
app.all('/api/{*route}', toNodeHandler(profilekit)); // a body slower than 30 s gets 408
const server = app.listen(3000);
server.headersTimeout = 10_000; // slow headers never reach a handler: the server cuts them off
server.requestTimeout = 30_000;

// Plain node:http, with those timeouts set.
createNodeServer(profilekit).listen(3001);
