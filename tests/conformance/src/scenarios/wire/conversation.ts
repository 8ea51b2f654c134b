import type { Scenario } from '../../scenario';
import { rawLogin, rawUser, wireOnly } from './support';

/**
 * A one-to-one conversation has one id, whichever of the two users reads the other: both uids in order,
 * joined by `_user_` (`conversationId` on a user as another logged-in user reads it).
 */
export const wireConversationScenarios: Scenario[] = [
  {
    id: 'wire: both users of a pair read the same conversationId',
    transports: wireOnly,
    async run(context) {
      // `…_a-…` sorts before `…_z-…`: the first reader's uid is the smaller one, the second's the larger.
      const first = await rawUser(context, 'a-wc-pair');
      const second = await rawUser(context, 'z-wc-pair');
      const read = async (reader: string, other: string) => {
        const answer = await context.wire.asUser(await rawLogin(context, reader), 'GET', `/users/${other}`);
        return (answer.data as { conversationId?: string } | null)?.conversationId ?? null;
      };
      const expected = `${first}_user_${second}`;
      return {
        expected: { byFirst: expected, bySecond: expected },
        observed: { byFirst: await read(first, second), bySecond: await read(second, first) },
      };
    },
  },
];
