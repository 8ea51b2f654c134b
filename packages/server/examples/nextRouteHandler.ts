// Next.js App Router: save as app/api/[...profilekit]/route.ts. Route handlers take a web Request and
// return a Response, so the handler mounts as it is.
import { createProfileKitHandler } from '@profilekit/server';
import { accounts } from './accounts.js';

const profilekit = createProfileKitHandler({
  target: { appId: process.env.COMETCHAT_APP_ID ?? '', region: process.env.COMETCHAT_REGION ?? 'eu' },
  restApiKey: process.env.COMETCHAT_REST_API_KEY ?? '',
  basePath: '/api',
  // Behind your own proxy (Vercel, a load balancer), the client's address is the first x-forwarded-for entry.
  clientIp: (request) => request.headers.get('x-forwarded-for')?.split(',')[0]?.trim(),
  ...accounts,
});

const handle = (request: Request) => profilekit(request);

export { handle as DELETE, handle as GET, handle as PATCH, handle as POST };
