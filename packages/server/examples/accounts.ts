// The hooks the examples share: your app's own accounts. This one keeps them in memory with scrypt
// password hashes; use your database.
import { randomUUID, scryptSync, timingSafeEqual } from 'node:crypto';
import { type ProfileKitHandlerOptions, ProfileKitHttpError, uidTaken } from '@profilekit/server';

interface Row {
  accountId: string;
  salt: string;
  hash: Buffer;
  complete: boolean;
}

const rows = new Map<string, Row>();
const hashOf = (password: string, salt: string) => scryptSync(password.normalize('NFKC'), salt, 32);
const matches = (row: Row, password: string) => timingSafeEqual(hashOf(password, row.salt), row.hash);

export const accounts: Pick<
  ProfileKitHandlerOptions,
  'onSignup' | 'onSignupComplete' | 'onSignupDiscard' | 'isUidReserved' | 'authenticate'
> = {
  async onSignup({ user, account }) {
    const password = account.password;
    if (typeof password !== 'string' || password.length < 12) {
      throw new ProfileKitHttpError(400, 'ERR_BAD_REQUEST', 'Check the password.', {
        password: ['Use at least 12 characters'],
      });
    }
    const row = rows.get(user.uid);
    if (row) {
      // The same person retrying proves it with the password; anyone else finds the uid taken.
      if (!matches(row, password)) throw uidTaken(user.uid);
      return { status: row.complete ? 'completed' : 'pending', accountId: row.accountId };
    }
    const salt = randomUUID();
    const created: Row = { accountId: randomUUID(), salt, hash: hashOf(password, salt), complete: false };
    rows.set(user.uid, created);
    return { status: 'created', accountId: created.accountId };
  },
  onSignupComplete({ uid }) {
    const row = rows.get(uid);
    if (row) row.complete = true;
  },
  onSignupDiscard({ uid }) {
    rows.delete(uid);
  },
  isUidReserved: (uid) => rows.has(uid),
  async authenticate({ body }) {
    const { login, password } = (body ?? {}) as { login?: unknown; password?: unknown };
    if (typeof login !== 'string' || typeof password !== 'string') return null;
    const row = rows.get(login.toLowerCase());
    return row?.complete && matches(row, password) ? { uid: login.toLowerCase() } : null;
  },
};
