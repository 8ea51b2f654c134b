import { isAdminClient } from '@profilekit/core';
import { codeOf } from '../observe';
import type { Scenario } from '../scenario';
import { adminOf, given, loggedIn, ours } from './support';

/**
 * Deactivate, reactivate and delete, with the transport's own admin operations where it has them (the REST
 * client); the SDK and the HTTP client have none, so for them those steps — and listing deactivated users,
 * which the client API never shows — go through the REST admin client. Every read that judges the outcome
 * is made through the transport under test, logged in as a viewer.
 */
export const lifecycleScenarios: Scenario[] = [
  {
    id: 'deactivate: hidden and unable to log in; reactivate: back',
    async run(context) {
      const uid = await given(context, 'deact');
      await adminOf(context).deactivateUsers([uid]);
      const login = await codeOf(context.client.login(uid, context.authKey));
      await loggedIn(context, 'deact-viewer');
      const read = await codeOf(context.client.getUser(uid));
      const lister = isAdminClient(context.client) ? context.client : context.admin;
      const listed = await lister.listUsers({ searchKeyword: uid, onlyDeactivated: true });
      await adminOf(context).reactivateUsers([uid]);
      const back = await codeOf(context.client.getUser(uid));
      return {
        expected: { login: 'ERR_UID_NOT_FOUND', read: 'ERR_UID_NOT_FOUND', onlyDeactivated: [uid], reactivated: 'ok' },
        observed: { login, read, onlyDeactivated: ours(context, listed.users), reactivated: back },
      };
    },
  },
  {
    id: 'delete (soft): gone, and the uid stays taken',
    async run(context) {
      const uid = await given(context, 'del-soft');
      await adminOf(context).deleteUser(uid);
      await loggedIn(context, 'del-soft-viewer');
      const read = await codeOf(context.client.getUser(uid));
      await context.client.logout();
      const again = await codeOf(context.client.createUser({ uid, name: 'Again' }, context.adminKey));
      return {
        expected: { read: 'ERR_UID_NOT_FOUND', createAgain: 'ERR_UID_ALREADY_EXISTS' },
        observed: { read, createAgain: again },
      };
    },
  },
  {
    id: 'delete (permanent): the uid can be used again',
    async run(context) {
      const uid = await given(context, 'del-perm');
      await adminOf(context).deleteUser(uid, { permanent: true });
      await loggedIn(context, 'del-perm-viewer');
      const read = await codeOf(context.client.getUser(uid));
      await context.client.logout();
      const again = await context.client.createUser({ uid, name: 'Reborn' }, context.adminKey);
      return {
        expected: { read: 'ERR_UID_NOT_FOUND', createAgain: { uid, name: 'Reborn' } },
        observed: { read, createAgain: { uid: again.uid, name: again.name } },
      };
    },
  },
];
