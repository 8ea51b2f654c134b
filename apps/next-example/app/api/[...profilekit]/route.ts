import { createProfileKitHandler } from '@profilekit/server';
import { accounts } from '../../../lib/accounts';
import { cometChat } from '../../config';

/**
 * Your backend's half of profilekit, mounted as a catch-all route handler: `POST /api/signup`,
 * `GET /api/signup/uids/:uid`, and the admin routes under `/api/users` (role-gated by the caller's
 * CometChat token). The REST API key is read on the server only — no `NEXT_PUBLIC_` prefix — and never
 * leaves it: not in an answer, an error or a log line.
 */
const profilekit = createProfileKitHandler({
  target: cometChat,
  restApiKey: process.env.PROFILEKIT_REST_API_KEY ?? '',
  basePath: '/api',
  // Behind one proxy (Vercel, a load balancer) that appends the client's address to X-Forwarded-For: take
  // the entry it wrote. Entries left of it are the client's own words. Count your proxies, or list their ranges.
  // (Next.js fills the header in only when a request has none: do not expose it without that proxy.)
  trustedProxies: 1,
  ...accounts,
});

const handle = (request: Request) => profilekit(request);

export { handle as DELETE, handle as GET, handle as PATCH, handle as POST };
