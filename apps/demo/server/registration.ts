import {
  type CreateUserInput,
  type FieldErrors,
  isNotFoundError,
  isProfileKitError,
  validateUserInput,
} from '@profilekit/core';
import type { RestClient } from '@profilekit/core/rest';
import type { Account, AccountStore } from './accounts';
import type { Faults } from './faults';
import { HttpError, invalidInput, uidTaken } from './httpError';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';

/** What the backend's account routes work with. */
export interface AccountDeps {
  accounts: AccountStore;
  /** The REST admin client: the REST API key stays in this process. */
  cometchat: RestClient;
  faults: Faults;
}

/** A session for the browser: it calls `login(authToken)`. */
export interface Session {
  uid: string;
  authToken: string;
}

interface Registration {
  user: CreateUserInput;
  email: string | null;
  password: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function parseRegistration(body: unknown): Registration {
  const { password, email, ...fields } = (typeof body === 'object' && body !== null ? body : {}) as Record<
    string,
    unknown
  >;
  const result = validateUserInput('create', fields);
  const details: FieldErrors = result.success ? {} : { ...result.details };
  const badPassword = passwordProblem(password);
  if (badPassword) details.password = [badPassword];
  const emailText = typeof email === 'string' ? email.trim().toLowerCase() : '';
  if (emailText !== '' && (emailText.length > 254 || !EMAIL.test(emailText))) {
    details.email = ['Email must look like name@example.com'];
  }
  if (!result.success || Object.keys(details).length > 0) throw invalidInput(details);
  const user = { ...result.data, uid: result.data.uid.toLowerCase() };
  return { user, email: emailText || null, password: password as string };
}

async function cometChatUserExists(cometchat: RestClient, uid: string): Promise<boolean> {
  try {
    await cometchat.getUser(uid);
    return true;
  } catch (error) {
    if (isNotFoundError(error)) return false;
    throw error;
  }
}

/** The account for this registration: the stored one when the same person retries, else a new row. */
async function claimAccount({ accounts, cometchat }: AccountDeps, { user, email, password }: Registration) {
  for (;;) {
    const existing = accounts.findByUid(user.uid);
    if (existing) {
      if (!(await verifyPassword(password, existing.passwordHash))) throw uidTaken(user.uid);
      if (accounts.updateDetails(user.uid, { name: user.name, email }) === 'emailTaken') throw emailTaken();
      return existing;
    }
    // A uid someone already uses in CometChat (created outside this backend) is not free to claim.
    if (await cometChatUserExists(cometchat, user.uid)) throw uidTaken(user.uid);
    const passwordHash = await hashPassword(password);
    const outcome = accounts.insert({ uid: user.uid, name: user.name, email, passwordHash });
    if (outcome === 'emailTaken') throw emailTaken();
    if (outcome === 'inserted') return accounts.findByUid(user.uid) as Account;
    // 'uidTaken': a concurrent registration stored it first; look again.
  }
}

const emailTaken = () => invalidInput({ email: ['This email belongs to another account'] });

/** Creates the CometChat user of an account unless it exists; an existing user of this account's uid is this account's. */
async function ensureCometChatUser({ accounts, cometchat }: AccountDeps, account: Account, user?: CreateUserInput) {
  if (account.hasCometChatUser) return;
  try {
    await cometchat.createUser(user ?? { uid: account.uid, name: account.name });
  } catch (error) {
    // The uid was free when this account was stored, so a user with it now is the one an earlier attempt created.
    if (!(isProfileKitError(error) && error.code === 'ERR_UID_ALREADY_EXISTS')) throw error;
  }
  accounts.markCometChatUser(account.uid);
}

/**
 * Registers an account: validate (core's create rules plus a password), store the account in your
 * database, create the CometChat user with the REST API key, issue an auth token. Idempotent: the same
 * person retrying after any failed step resumes where it failed and never creates a second account or user.
 *
 * @example
 * ```ts
 * const { authToken } = await register(deps, { uid: 'kevin', name: 'Kevin', password: 'correct horse' });
 * ```
 */
export async function register(deps: AccountDeps, body: unknown): Promise<Session> {
  const registration = parseRegistration(body);
  const account = await claimAccount(deps, registration);
  deps.faults.check('account');
  await ensureCometChatUser(deps, account, registration.user);
  deps.faults.check('cometchatUser');
  const { authToken } = await deps.cometchat.createAuthToken(account.uid);
  return { uid: account.uid, authToken };
}

const WRONG_LOGIN = 'The UID or email and password do not match an account.';
let dummyHash: Promise<string> | undefined;

/**
 * Logs in with a uid (or email) and password and returns an auth token; completes the CometChat user of
 * an account whose registration was interrupted.
 *
 * @example
 * ```ts
 * const { authToken } = await login(deps, { login: 'kevin', password: 'correct horse' });
 * ```
 */
export async function login(deps: AccountDeps, body: unknown): Promise<Session> {
  const { login: name, password } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '' || typeof password !== 'string' || password === '') {
    throw invalidInput({
      ...(typeof name === 'string' && name.trim() !== '' ? {} : { login: ['Enter your UID or email'] }),
      ...(typeof password === 'string' && password !== '' ? {} : { password: ['Enter your password'] }),
    });
  }
  const account = deps.accounts.findByLogin(name.trim());
  dummyHash ??= hashPassword('not a real password');
  // Hash even for an unknown login, so the answer takes as long either way.
  const matches = await verifyPassword(password, account?.passwordHash ?? (await dummyHash));
  if (!account || !matches) throw new HttpError(401, 'ERR_WRONG_LOGIN', WRONG_LOGIN);
  await ensureCometChatUser(deps, account);
  const { authToken } = await deps.cometchat.createAuthToken(account.uid);
  return { uid: account.uid, authToken };
}

/** `true` when neither an account nor a CometChat user has this uid. */
export async function isUidAvailable({ accounts, cometchat }: AccountDeps, uid: string): Promise<boolean> {
  if (!validateUserInput('create', { uid, name: 'x' }).success) return false;
  return !accounts.findByUid(uid) && !(await cometChatUserExists(cometchat, uid.toLowerCase()));
}
