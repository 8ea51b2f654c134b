// server.ts — @profilekit/server in a Hono app: sign-up, session and admin routes under /api, REST API key on the server.
import { randomUUID } from 'node:crypto';
import { createProfileKitHandler, uidTaken } from '@profilekit/server';
import { Hono } from 'hono';

// Your accounts table; here a Map. `accountId` is stable and unguessable: profilekit marks the CometChat
// user it creates with a hash of it, so a retried sign-up adopts its own user and never someone else's.
const accounts = new Map<string, { accountId: string; email: string; complete: boolean }>();

const profilekit = createProfileKitHandler({
  target: { appId: process.env.COMETCHAT_APP_ID ?? '', region: 'eu' },
  restApiKey: process.env.COMETCHAT_REST_API_KEY ?? '',
  basePath: '/api',
  async onSignup({ user, account }) {
    const email = typeof account.email === 'string' ? account.email : '';
    const row = accounts.get(user.uid);
    if (row) {
      if (row.email !== email) throw uidTaken(user.uid); // somebody else's uid
      return { status: row.complete ? 'completed' : 'pending', accountId: row.accountId };
    }
    const accountId = randomUUID();
    accounts.set(user.uid, { accountId, email, complete: false });
    return { status: 'created', accountId };
  },
  onSignupComplete: ({ uid }) => {
    const row = accounts.get(uid);
    if (row) row.complete = true;
  },
  onSignupDiscard: ({ uid }) => void accounts.delete(uid),
  isUidReserved: (uid) => accounts.has(uid),
  adminRoles: ['admin', 'moderator'],
});

export const app = new Hono();
app.all('/api/*', (c) => profilekit(c.req.raw));
