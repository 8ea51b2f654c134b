import type { FieldErrors } from '@profilekit/core';
import {
  invalidInput,
  type ProfileKitHandlerOptions,
  ProfileKitHttpError,
  type SignupContext,
  type SignupOutcome,
  uidTaken,
} from '@profilekit/server';
import type { Account, AccountRepository } from './accounts/AccountRepository';
import type { Faults } from './faults';
import { passwordProblem } from './passwordPolicy';
import { hashPassword, verifyPassword } from './passwords';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function parseAccount({ user, account }: SignupContext): { email: string | null; password: string } {
  const { password, email } = account;
  const details: FieldErrors = {};
  const emailText = typeof email === 'string' ? email.trim().toLowerCase() : '';
  if (emailText !== '' && (emailText.length > 254 || !EMAIL.test(emailText))) {
    details.email = ['Email must look like name@example.com'];
  }
  const badPassword = passwordProblem(password, [user.uid, user.name, emailText].filter(Boolean));
  if (badPassword) details.password = [badPassword];
  if (Object.keys(details).length > 0) throw invalidInput(details);
  return { email: emailText || null, password: password as string };
}

const emailTaken = () => invalidInput({ email: ['This email belongs to another account'] });

/** Told only to the account's owner (the password matched): an admin froze it. */
const accountClosed = (account: Account) =>
  new ProfileKitHttpError(
    403,
    'ERR_ACCOUNT_CLOSED',
    account.state === 'deleted'
      ? 'An administrator deleted this account.'
      : 'An administrator deactivated this account.',
  );

let dummyHash: Promise<string> | undefined;

/**
 * The demo's side of `@profilekit/server`: its account table ("your database", passwords hashed with
 * scrypt, a zxcvbn password policy) behind the handler's `onSignup`, `onSignupComplete`,
 * `onSignupDiscard`, `isUidReserved`, `authenticate` and `accountOf` hooks, with the test faults. An
 * admin's delete or deactivation freezes the row (`onUserDeleted`, `onUserDeactivated`): it keeps the
 * uid and email reserved, and neither a login nor a new sign-up of the uid gets a token.
 *
 * @example
 * ```ts
 * createProfileKitHandler({ target, restApiKey, basePath: '/api', ...accountHooks(accounts, faults) });
 * ```
 */
export function accountHooks(
  accounts: AccountRepository,
  faults: Faults,
): Pick<
  ProfileKitHandlerOptions,
  | 'onSignup'
  | 'onSignupComplete'
  | 'onSignupDiscard'
  | 'isUidReserved'
  | 'authenticate'
  | 'accountOf'
  | 'onUserDeleted'
  | 'onUserDeactivated'
  | 'onUserReactivated'
> {
  return {
    async onSignup(context): Promise<SignupOutcome> {
      const { user } = context;
      const { email, password } = parseAccount(context);
      for (;;) {
        const existing = await accounts.findByUid(user.uid);
        if (existing) {
          // The same person retrying proves it with the password; anyone else finds the uid taken.
          if (!(await verifyPassword(password, existing.passwordHash))) throw uidTaken(user.uid);
          if (existing.state !== 'active') throw accountClosed(existing);
          if ((await accounts.updateDetails(user.uid, { name: user.name, email })) === 'emailTaken') throw emailTaken();
          faults.check('account');
          return { status: existing.hasCometChatUser ? 'completed' : 'pending', accountId: existing.accountId };
        }
        const passwordHash = await hashPassword(password);
        const outcome = await accounts.insert({ uid: user.uid, name: user.name, email, passwordHash });
        if (outcome === 'emailTaken') throw emailTaken();
        if (outcome === 'inserted') {
          faults.check('account');
          return { status: 'created', accountId: (await accounts.findByUid(user.uid))?.accountId ?? '' };
        }
        // 'uidTaken': a concurrent sign-up stored it first; look again.
      }
    },
    async onSignupComplete({ uid }) {
      await accounts.markCometChatUser(uid);
      faults.check('cometchatUser');
    },
    async onSignupDiscard({ uid }) {
      await accounts.remove(uid);
    },
    isUidReserved: async (uid) => (await accounts.findByUid(uid)) !== undefined,
    // Logging in by uid or by email: one account, one failed-login count.
    accountOf: async (login) => (await accounts.findByLogin(login.trim()))?.uid,
    async onUserDeleted({ uid }) {
      await accounts.setState([uid], 'deleted');
    },
    async onUserDeactivated({ uids }) {
      await accounts.setState(uids, 'deactivated');
    },
    async onUserReactivated({ uids }) {
      await accounts.setState(uids, 'active');
    },
    async authenticate({ body }) {
      const { login, password } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
      if (typeof login !== 'string' || login.trim() === '' || typeof password !== 'string' || password === '') {
        throw invalidInput({
          ...(typeof login === 'string' && login.trim() !== '' ? {} : { login: ['Enter your UID or email'] }),
          ...(typeof password === 'string' && password !== '' ? {} : { password: ['Enter your password'] }),
        });
      }
      const account = await accounts.findByLogin(login.trim());
      dummyHash ??= hashPassword('not a real password');
      // Hash even for an unknown login, so the answer takes as long either way.
      const matches = await verifyPassword(password.slice(0, 200), account?.passwordHash ?? (await dummyHash));
      if (!account || !matches) return null;
      if (account.state !== 'active') throw accountClosed(account);
      if (!account.hasCometChatUser) {
        throw new ProfileKitHttpError(409, 'ERR_SIGNUP_INCOMPLETE', 'Finish signing up: send the sign-up form again.');
      }
      return { uid: account.uid };
    },
  };
}
