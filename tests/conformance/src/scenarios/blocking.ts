import type { Scenario, ScenarioContext } from '../scenario';
import { given } from './support';

/**
 * The flags relative to the logged-in user. The REST client reads on the admin API, which has no
 * logged-in user: it carries neither flag (documented), so its expected flags are `null`.
 */
const relative = (context: ScenarioContext, value: boolean) => (context.transport === 'rest' ? null : value);

/** Blocks `b` as `a` through the transport; answers both uids and the block outcome. */
async function aBlocksB(context: ScenarioContext, name: string) {
  const a = await given(context, `${name}-a`);
  const b = await given(context, `${name}-b`);
  await context.client.login(a, context.authKey);
  const outcome = await context.client.blockUsers([b]);
  return { a, b, blocked: outcome[b]?.success ?? null };
}

/** Blocking and unblocking through each transport. */
export const blockingScenarios: Scenario[] = [
  {
    id: 'block: blockedByMe for the blocker, hasBlockedMe for the blocked',
    async run(context) {
      const { a, b, blocked } = await aBlocksB(context, 'blk');
      const seenByA = await context.client.getUser(b);
      await context.client.logout();
      await context.client.login(b, context.authKey);
      const seenByB = await context.client.getUser(a);
      return {
        expected: { blocked: true, blockedByMe: relative(context, true), hasBlockedMe: relative(context, true) },
        observed: { blocked, blockedByMe: seenByA.blockedByMe ?? null, hasBlockedMe: seenByB.hasBlockedMe ?? null },
      };
    },
  },
  {
    id: 'unblock: both flags false again',
    async run(context) {
      const { b } = await aBlocksB(context, 'ublk');
      const outcome = await context.client.unblockUsers([b]);
      const seen = await context.client.getUser(b);
      return {
        expected: { unblocked: true, blockedByMe: relative(context, false) },
        observed: { unblocked: outcome[b]?.success ?? null, blockedByMe: seen.blockedByMe ?? null },
      };
    },
  },
];
