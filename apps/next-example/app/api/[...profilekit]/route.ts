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
  // Behind your own proxy (Vercel, a load balancer), the client's address is the first x-forwarded-for entry.
  clientIp: (request) => request.headers.get('x-forwarded-for')?.split(',')[0]?.trim(),
  ...accounts,
});

const handle = (request: Request) => profilekit(request);

export { handle as DELETE, handle as GET, handle as PATCH, handle as POST };
