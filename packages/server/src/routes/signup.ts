import {
  isProfileKitError,
  isValidUid,
  normalizeUid,
  type SignupInput,
  type User,
  validateUserInput,
} from '@profilekit/core';
import type { Hono } from 'hono';
import { cachedAvailability, forgetAvailability, rememberAvailability } from '../availabilityCache';
import { enforceLimit, type HandlerContext, type HandlerEnv, type RouteDeps } from '../context';
import { publishEvents } from '../events/publishEvents';
import { findUser } from '../findUser';
import { invalidInput, ProfileKitHttpError, uidTaken } from '../httpError';
import { asObject, jsonBody } from '../jsonBody';
import { countFailedLogin, loginSucceeded, refuseWhileLocked } from '../limits/loginThrottle';
import type { SignupContext, SignupOutcome } from '../options';
import { hasSignupMark, signupMark, withoutSignupMark, withSignupMark } from '../signupMark';

const signedUpAlready = () =>
  new ProfileKitHttpError(
    409,
    'ERR_SIGNUP_COMPLETED',
    'This account has signed up already: log in with your password.',
  );

const notEnabled = (route: string) =>
  new ProfileKitHttpError(404, 'ERR_ROUTE_NOT_FOUND', `${route} is not enabled on this backend.`);

/** The sign-up's CometChat user, as the policy table's `signup` column allows it — never a role. */
function parseSignup(body: unknown): { user: SignupInput; account: Record<string, unknown> } {
  const fields = asObject(asObject(body)?.user);
  const account = asObject(asObject(body)?.account) ?? {};
  if (!fields) throw invalidInput({ user: ['Send the new user as an object: { "user": { "uid", "name" } }'] });
  if ('role' in fields) throw invalidInput({ role: ['A new user cannot choose their role.'] });
  const result = validateUserInput('signup', fields);
  if (!result.success) throw invalidInput(result.details);
  return { user: { ...result.data, uid: normalizeUid(result.data.uid) }, account };
}

/** `true` when a valid uid is held by nobody: no CometChat user (deactivated included), no account of yours. */
async function isAvailable(deps: RouteDeps, uid: string): Promise<boolean> {
  if (!isValidUid(uid)) return false;
  const cached = await cachedAvailability(deps, uid);
  if (cached !== undefined) return cached;
  const available = !(await deps.options.isUidReserved?.(uid)) && !(await findUser(deps.rest, uid));
  await rememberAvailability(deps, uid, available);
  return available;
}

/**
 * Creates the CometChat user of a stored account, or adopts the one an earlier attempt of this same
 * account created (it carries the account's mark). A user without the mark is somebody else's: the
 * account row is discarded and the uid is taken.
 */
async function ensureUser(deps: RouteDeps, signup: SignupContext, outcome: SignupOutcome) {
  const { user, request } = signup;
  const mark = await signupMark(outcome.accountId);
  const step = { uid: user.uid, accountId: outcome.accountId, request };
  /** Ours when it carries the mark, or when this account completed meanwhile (a concurrent attempt of the same
   * person finished and removed the mark): asked again, the account says so. */
  const ours = async (existing: User) =>
    hasSignupMark(existing, mark) || (await deps.options.onSignup?.(signup))?.status === 'completed';
  const refuse = async () => {
    await deps.options.onSignupDiscard?.(step);
    return uidTaken(user.uid);
  };
  const existing = await findUser(deps.rest, user.uid);
  if (existing) {
    if (await ours(existing)) return;
    throw await refuse();
  }
  try {
    await deps.rest.createUser({ ...user, metadata: withSignupMark(user.metadata, mark) });
  } catch (error) {
    if (!(isProfileKitError(error) && error.code === 'ERR_UID_ALREADY_EXISTS')) throw error;
    // Created meanwhile: by a concurrent retry of this account (marked, or completed since), or by someone else.
    const now = await findUser(deps.rest, user.uid);
    if (!now || !(await ours(now))) throw await refuse();
  }
}

/**
 * The completed sign-up's user without the mark: the account is complete, so no retry needs it, and the
 * person's own profile form should never show it. A failure here leaves the mark (harmless) in place.
 */
async function unmarked(deps: RouteDeps, user: User, outcome: SignupOutcome): Promise<User> {
  if (!hasSignupMark(user, await signupMark(outcome.accountId))) return user;
  const metadata = withoutSignupMark(user.metadata);
  return deps.rest
    .updateUser(metadata ? { uid: user.uid, metadata } : { uid: user.uid, unset: ['metadata'] })
    .catch(() => user);
}

/**
 * Your `onSignup`, counted as a login attempt when the uid names an existing account: refused while the
 * account is locked, a wrong proof (`ERR_UID_ALREADY_EXISTS` from the hook) counts as a failed login, a
 * matching one as a success.
 */
async function storeAccount(
  deps: RouteDeps,
  c: HandlerContext,
  onSignup: (context: SignupContext) => Promise<SignupOutcome>,
  signup: SignupContext,
): Promise<SignupOutcome> {
  const { uid } = signup.user;
  await refuseWhileLocked(deps, c, uid);
  const outcome = await onSignup(signup).catch(async (error: unknown) => {
    if (error instanceof ProfileKitHttpError && error.code === 'ERR_UID_ALREADY_EXISTS') {
      await countFailedLogin(deps, c, uid);
    }
    throw error;
  });
  if (outcome.status !== 'created') await loginSucceeded(deps, c, uid);
  return outcome;
}

/**
 * `POST /signup` and `GET /signup/uids/:uid`. A sign-up: validate with the `signup` column; your
 * `onSignup` stores the account (or recognises the same person retrying: throttled as a login); the
 * CometChat user is created with the REST API key (or the one a lost answer created is adopted); an auth
 * token is issued; your `onSignupComplete` marks the account. A sign-up that completed before answers
 * 409 `ERR_SIGNUP_COMPLETED` with no token: the person logs in with `POST /session`. Rate-limited per IP
 * and per uid.
 */
export function signupRoutes(app: Hono<HandlerEnv>, deps: RouteDeps) {
  app.post('/signup', async (c) => {
    const { onSignup } = deps.options;
    if (!onSignup) throw notEnabled('POST /signup');
    const { user, account } = parseSignup(await jsonBody(c.req.raw));
    await enforceLimit(deps, c, 'signup', `uid:${user.uid}`);
    const request = c.req.raw;
    const signup = { user, account, request };
    const outcome = await storeAccount(deps, c, onSignup, signup);
    await forgetAvailability(deps, user.uid);
    if (outcome.status === 'completed') throw signedUpAlready();
    await ensureUser(deps, signup, outcome);
    // The token before the account is marked complete: a lost answer leaves the sign-up retryable.
    const { authToken } = await deps.rest.createAuthToken(user.uid);
    await deps.options.onSignupComplete?.({ uid: user.uid, accountId: outcome.accountId, request });
    const created = await unmarked(deps, await deps.rest.getUser(user.uid), outcome);
    await publishEvents(deps, [{ type: 'user.created', user: created }]);
    return c.json({ data: { user: created, authToken } });
  });

  app.get('/signup/uids/:uid', async (c) => {
    const uid = normalizeUid(c.req.param('uid'));
    await enforceLimit(deps, c, 'uidCheck');
    return c.json({ data: { available: await isAvailable(deps, uid) } });
  });
}
