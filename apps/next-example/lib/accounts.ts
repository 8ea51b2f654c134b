import 'server-only';
import { randomUUID } from 'node:crypto';
import { type ProfileKitHandlerOptions, uidTaken } from '@profilekit/server';
import { cookies } from 'next/headers';

/**
 * Your app's own accounts, as @profilekit/server's sign-up hooks see them. This example keeps them in
 * memory, one row per uid, and ties each row to the browser that asked for it through an httpOnly
 * cookie: a retry from that browser (its answer was lost) continues its own sign-up; anyone else finds
 * the uid taken. Use your database and your own proof of identity (a password, a magic link, an OAuth
 * subject) instead.
 */
interface AccountRow {
  accountId: string;
  owner: string;
  complete: boolean;
}

const rows = new Map<string, AccountRow>();
const OWNER_COOKIE = 'signup-owner';

/** This browser's sign-up owner id; a new one is set on the answer when it has none. */
async function signupOwner(request: Request): Promise<string> {
  const jar = await cookies();
  const known = jar.get(OWNER_COOKIE)?.value;
  if (known) return known;
  const owner = randomUUID();
  jar.set(OWNER_COOKIE, owner, {
    httpOnly: true,
    sameSite: 'strict',
    secure: new URL(request.url).protocol === 'https:',
    path: '/api/signup',
    maxAge: 60 * 60,
  });
  return owner;
}

export const accounts: Pick<
  ProfileKitHandlerOptions,
  'onSignup' | 'onSignupComplete' | 'onSignupDiscard' | 'isUidReserved' | 'onUserDeleted'
> = {
  async onSignup({ user, request }) {
    const owner = await signupOwner(request);
    const row = rows.get(user.uid);
    if (row) {
      if (row.owner !== owner) throw uidTaken(user.uid);
      return { status: row.complete ? 'completed' : 'pending', accountId: row.accountId };
    }
    const created: AccountRow = { accountId: randomUUID(), owner, complete: false };
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
  // An admin deleted the user. Permanently: this app frees the uid (a later sign-up is a new account);
  // otherwise the row stays, so the uid stays taken. An app with logins would freeze the row instead.
  onUserDeleted({ uid, permanent }) {
    if (permanent) rows.delete(uid);
  },
};
