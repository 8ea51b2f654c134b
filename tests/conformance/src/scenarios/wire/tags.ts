import type { Scenario } from '../../scenario';
import type { WireAnswer } from '../../wire';
import { rawLogin, rawUser, wireOnly } from './support';

/** The tags of our one user in a raw listing: `absent` when the answer leaves the field out. */
function tagsIn(answer: WireAnswer, uid: string) {
  const users = Array.isArray(answer.data) ? (answer.data as { uid?: string; tags?: string[] }[]) : [];
  const user = users.find((listed) => listed.uid === uid);
  if (!user) return `not listed (${answer.status} ${answer.code ?? ''})`.trim();
  return user.tags ?? 'absent';
}

/**
 * Lists carry tags only when asked: the SDK's `UsersRequestBuilder.withTags(true)` sends `withTags=1` "to fetch
 * tags data along with the list of users"; the REST API's List Users takes `withTags` the same way.
 */
export const wireTagScenarios: Scenario[] = [
  {
    id: 'wire: GET /users carries tags only with withTags, for a logged-in user and the REST API',
    transports: wireOnly,
    async run(context) {
      const uid = await rawUser(context, 'wt-tags', { tags: ['conformance'] });
      const viewer = await rawUser(context, 'viewer-wt-tags');
      const token = await rawLogin(context, viewer);
      const list = (params: string) => `/users?searchKey=${uid}&searchIn=uid&perPage=10${params}`;
      return {
        expected: {
          user: { without: 'absent', with: ['conformance'] },
          admin: { without: 'absent', with: ['conformance'] },
        },
        observed: {
          user: {
            without: tagsIn(await context.wire.asUser(token, 'GET', list('')), uid),
            with: tagsIn(await context.wire.asUser(token, 'GET', list('&withTags=true')), uid),
          },
          admin: {
            without: tagsIn(await context.wire.asAdmin('GET', list('')), uid),
            with: tagsIn(await context.wire.asAdmin('GET', list('&withTags=true')), uid),
          },
        },
      };
    },
  },
];
