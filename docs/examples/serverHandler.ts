// server.ts — @profilekit/server in a Hono app: sign-up, session and admin routes under /api, REST API key on the server.
import { randomBytes, randomUUID, scryptSync, timingSafeEqual } from 'node:crypto';
import { createProfileKitHandler, uidTaken } from '@profilekit/server';
import { Hono } from 'hono';

// Your accounts table; here a Map. `accountId` is stable and unguessable: profilekit marks the CometChat
// user it creates with a hash of it, so a retried sign-up adopts its own user and never someone else's.
interface Account {
  uid: string;
  accountId: string;
  email: string;
  salt: Buffer;
  passwordHash: Buffer;
  complete: boolean;
}
const accounts = new Map<string, Account>();
const hash = (password: string, salt: Buffer) => scryptSync(password, salt, 32);
const text = (value: unknown) => (typeof value === 'string' ? value : '');

const profilekit = createProfileKitHandler({
  target: { appId: process.env.COMETCHAT_APP_ID ?? '', region: 'eu' },
  restApiKey: process.env.COMETCHAT_REST_API_KEY ?? '',
  basePath: '/api',
  // POST /api/signup { user: { uid, name }, account: { email, password } } → { data: { user, authToken } }
  async onSignup({ user, account }) {
    const row = accounts.get(user.uid);
    if (row) {
      if (row.email !== text(account.email)) throw uidTaken(user.uid); // somebody else's uid
      return { status: row.complete ? 'completed' : 'pending', accountId: row.accountId };
    }
    const accountId = randomUUID();
    const salt = randomBytes(16);
    const email = text(account.email);
    accounts.set(user.uid, {
      uid: user.uid,
      accountId,
      email,
      salt,
      passwordHash: hash(text(account.password), salt),
      complete: false,
    });
    return { status: 'created', accountId };
  },
  onSignupComplete: ({ uid }) => {
    const row = accounts.get(uid);
    if (row) row.complete = true;
  },
  onSignupDiscard: ({ uid }) => void accounts.delete(uid),
  isUidReserved: (uid) => accounts.has(uid),
  // POST /api/session { login, password } → { data: { user, authToken } }: your own login, then a CometChat token.
  async authenticate({ body }) {
    const { login, password } = (body ?? {}) as Record<string, unknown>;
    const row =
      accounts.get(text(login).toLowerCase()) ?? [...accounts.values()].find((account) => account.email === login);
    if (!row || !timingSafeEqual(row.passwordHash, hash(text(password), row.salt))) return null;
    return { uid: row.uid };
  },
  adminRoles: ['admin', 'moderator'],
});

export const app = new Hono();
app.all('/api/*', (c) => profilekit(c.req.raw));
