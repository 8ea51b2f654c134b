import type { Scenario } from '../../scenario';
import { listed, rawLogin, rawUser, wireOnly } from './support';

/**
 * A deactivated user is invisible to the client API: a logged-in user's `GET /users` never lists one, whatever
 * `withDeactivated`/`onlyDeactivated` it sends (those are the REST API's, with its key).
 */
export const wireDeactivatedScenarios: Scenario[] = [
  {
    id: 'wire: a logged-in user never lists deactivated users, even asking withDeactivated',
    transports: wireOnly,
    async run(context) {
      const prefix = context.uid('wd-hidden');
      const active = await rawUser(context, 'wd-hidden-active');
      const gone = await rawUser(context, 'wd-hidden-gone');
      await context.admin.deactivateUsers([gone]);
      const token = await rawLogin(context, await rawUser(context, 'viewer-wd-hidden'));
      const list = `/users?searchKey=${prefix}&perPage=100&sortBy=name`;
      const seen = async (params: string) =>
        listed(context, await context.wire.asUser(token, 'GET', `${list}${params}`)).includes(gone);
      return {
        expected: { admin: [active, gone], withDeactivated: false, onlyDeactivated: false },
        observed: {
          admin: listed(context, await context.wire.asAdmin('GET', `${list}&withDeactivated=true`)).sort(),
          withDeactivated: await seen('&withDeactivated=true'),
          onlyDeactivated: await seen('&onlyDeactivated=true'),
        },
      };
    },
  },
];
