import { randomUUID } from 'node:crypto';
import { type ProfileKitHandlerOptions, uidTaken } from '@profilekit/server';

/**
 * An app's account table in memory for tests of `@profilekit/server`: `{ password }` is the proof a
 * retrying person gives; `authenticate` takes `{ login, password }`.
 *
 * @example
 * ```ts
 * createProfileKitHandler({ target, restApiKey, ...memoryAccounts() });
 * ```
 */
export function memoryAccounts(): Pick<
  ProfileKitHandlerOptions,
  'onSignup' | 'onSignupComplete' | 'onSignupDiscard' | 'isUidReserved' | 'authenticate'
> & { rows: Map<string, { password: string; accountId: string; complete: boolean }> } {
  const rows = new Map<string, { password: string; accountId: string; complete: boolean }>();
  return {
    rows,
    async onSignup({ user, account }) {
      const password = String(account.password ?? '');
      const row = rows.get(user.uid);
      if (row) {
        if (row.password !== password) throw uidTaken(user.uid);
        return { status: row.complete ? 'completed' : 'pending', accountId: row.accountId };
      }
      const created = { password, accountId: randomUUID(), complete: false };
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
      const { login, password } = (body ?? {}) as { login?: string; password?: string };
      const row = login === undefined ? undefined : rows.get(login.toLowerCase());
      return row?.complete && row.password === password ? { uid: login?.toLowerCase() as string } : null;
    },
  };
}
