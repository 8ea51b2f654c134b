import { type HandlerContext, ipKeyOf, type RouteDeps, refuseIfAny } from '../http/context';
import { failClosed } from '../store/storeUnavailable';

/** The counters of one login attempt: the IP, the account from that IP, and the account from anywhere. */
function loginKeys(deps: RouteDeps, c: HandlerContext, account: string | undefined) {
  if (!deps.rules) return [];
  const { perIp, perAccountAndIp, windowMs, perAccount, accountWindowMs } = deps.rules.failedLogin;
  const ip = ipKeyOf(c, deps);
  const keys = [{ key: `failedLogin:ip:${ip}`, limit: { windowMs, max: perIp } }];
  if (account === undefined) return keys;
  return [
    ...keys,
    { key: `failedLogin:pair:${account}|${ip}`, limit: { windowMs, max: perAccountAndIp } },
    { key: `failedLogin:account:${account}`, limit: { windowMs: accountWindowMs, max: perAccount } },
  ];
}

/**
 * The account a login name belongs to, for counting failures: your `accountOf` (so the uid and the email
 * of one account share one counter), else the name itself; lowercased.
 */
export async function accountOfLogin(deps: RouteDeps, loginName: string | undefined): Promise<string | undefined> {
  if (loginName === undefined) return undefined;
  const account = (await deps.options.accountOf?.(loginName)) ?? loginName;
  return account.toLowerCase();
}

/** Refuses (429 + `Retry-After`; 503 when the store is down) while the IP, the account from this IP, or the account has failed too often. */
export async function refuseWhileLocked(deps: RouteDeps, c: HandlerContext, account: string | undefined) {
  const decisions = [];
  for (const { key, limit } of loginKeys(deps, c, account))
    decisions.push(await failClosed(() => deps.store.peek(key, limit)));
  refuseIfAny(decisions);
}

/** Counts a failed login (a wrong password, or a sign-up's wrong proof) for the IP, the pair and the account. */
export async function countFailedLogin(deps: RouteDeps, c: HandlerContext, account: string | undefined) {
  for (const { key, limit } of loginKeys(deps, c, account)) await failClosed(() => deps.store.consume(key, limit));
}

/** A proof matched: the account's consecutive failures from this IP start again (the global count stays). */
export async function loginSucceeded(deps: RouteDeps, c: HandlerContext, account: string) {
  const pair = `failedLogin:pair:${account}|${ipKeyOf(c, deps)}`;
  if (deps.rules) await failClosed(() => deps.store.reset(pair));
}
