// Next.js App Router: save as app/api/[...profilekit]/route.ts. Route handlers take a web Request and
// return a Response, so the handler mounts as it is.
import { createProfileKitHandler } from '@profilekit/server';
import { accounts } from './accounts.js';

const profilekit = createProfileKitHandler({
  target: { appId: process.env.COMETCHAT_APP_ID ?? '', region: process.env.COMETCHAT_REGION ?? 'eu' },
  restApiKey: process.env.COMETCHAT_REST_API_KEY ?? '',
  basePath: '/api',
  // Behind one proxy (Vercel, a load balancer) that appends the client's address to X-Forwarded-For: take
  // the entry it wrote. Entries left of it are the client's own words. Count your proxies, or list their ranges.
  // (Next.js fills the header in only when a request has none: do not expose it without that proxy.)
  trustedProxies: 1,
  ...accounts,
});

const handle = (request: Request) => profilekit(request);

export { handle as DELETE, handle as GET, handle as PATCH, handle as POST };
