import type { Scenario } from '../scenario';
import { given } from './support';

/** Logging in and out through each transport. */
export const sessionScenarios: Scenario[] = [
  {
    id: 'login with uid and Auth Key: the user, online',
    async run(context) {
      const uid = await given(context, 'login-key');
      const user = await context.client.login(uid, context.authKey);
      const current = await context.client.getLoggedInUser();
      return {
        expected: { uid, status: 'online', loggedIn: uid },
        observed: { uid: user.uid, status: user.status ?? null, loggedIn: current?.uid ?? null },
      };
    },
  },
  {
    id: 'login with an auth token from the backend',
    async run(context) {
      const uid = await given(context, 'login-token');
      const { authToken } = await context.admin.createAuthToken(uid);
      const user = await context.client.login(authToken);
      return { expected: { uid, status: 'online' }, observed: { uid: user.uid, status: user.status ?? null } };
    },
  },
  {
    id: 'logout: nobody logged in, the user offline',
    async run(context) {
      const uid = await given(context, 'logout');
      await context.client.login(uid, context.authKey);
      await context.client.logout();
      const current = await context.client.getLoggedInUser();
      const stored = await context.admin.getUser(uid);
      return {
        expected: { loggedIn: null, status: 'offline' },
        observed: { loggedIn: current?.uid ?? null, status: stored.status ?? null },
      };
    },
  },
];
