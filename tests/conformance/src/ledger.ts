import type { RestClient } from '@profilekit/core/rest';

/**
 * Every uid a run creates, all under one prefix (`pkc<time><random>_`), so the run can delete them
 * permanently at the end, whatever happened in between.
 */
export interface Ledger {
  prefix: string;
  uids: Set<string>;
}

/** A new ledger with a prefix no other run shares. */
export function createLedger(): Ledger {
  const random = Math.random().toString(36).slice(2, 6);
  return { prefix: `pkc${Date.now().toString(36)}${random}_`, uids: new Set() };
}

/**
 * Deletes every user of the run permanently: the uids it recorded, and any other uid under its prefix
 * that a listing still shows (deactivated included). Reactivates first, since a deactivated user is
 * invisible to the delete endpoint; lists again at the end. Never throws; answers how many users it removed
 * and which are still there.
 */
export async function deleteEverything(
  ledger: Ledger,
  admin: RestClient,
): Promise<{ deleted: number; left: string[] }> {
  const uids = [...new Set([...ledger.uids, ...(await listed(ledger, admin))])];
  await admin.reactivateUsers(uids).catch(() => undefined);
  let deleted = 0;
  const left: string[] = [];
  for (const uid of uids) {
    const outcome = await admin.deleteUser(uid, { permanent: true }).then(
      () => 'deleted',
      (error: { code?: string }) => error.code,
    );
    if (outcome === 'deleted') deleted++;
    else if (outcome !== 'ERR_UID_NOT_FOUND') left.push(uid);
  }
  for (const uid of await listed(ledger, admin)) if (!left.includes(uid)) left.push(uid);
  return { deleted, left };
}

/** The uids under the run's prefix a listing shows, deactivated included. */
const listed = (ledger: Ledger, admin: RestClient) =>
  admin
    .listUsers({ searchKeyword: ledger.prefix, searchIn: ['uid'], withDeactivated: true, limit: 1000 })
    .then((page) => page.users.map((user) => user.uid).filter((uid) => uid.startsWith(ledger.prefix)))
    .catch(() => [] as string[]);
