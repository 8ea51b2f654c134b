import type { ListUsersQuery } from '@profilekit/core';
import type { Scenario, ScenarioContext } from '../scenario';
import { asViewer, given, online, ours } from './support';

/**
 * Three users under one scenario prefix: `a` online (role `otherRole`, tag `vip`), `b` and `c` offline
 * with the defaults; the transport logged in as a viewer outside them. Answers the prefix and the uids.
 */
async function threeUsers(context: ScenarioContext, name: string) {
  const prefix = context.uid(name);
  const a = await given(context, `${name}-a`, { role: context.target.otherRole, tags: ['vip'] });
  const b = await given(context, `${name}-b`);
  const c = await given(context, `${name}-c`);
  await online(context, a);
  await asViewer(context, name);
  return { prefix, a, b, c };
}

/** Our users in a listing scoped to a scenario prefix (searchKey on the uid). */
async function list(context: ScenarioContext, prefix: string, query: ListUsersQuery = {}) {
  const page = await context.client.listUsers({ searchKeyword: prefix, limit: 100, ...query });
  return ours(context, page.users);
}

/** `listUsers` filters, search semantics and paging, through each transport. */
export const listScenarios: Scenario[] = [
  {
    id: 'list: status online (sent as status=available)',
    async run(context) {
      const { prefix, a } = await threeUsers(context, 'ls-on');
      return { expected: [a], observed: await list(context, prefix, { status: 'online' }) };
    },
  },
  {
    id: 'list: status offline',
    async run(context) {
      const { prefix, b, c } = await threeUsers(context, 'ls-off');
      return { expected: [b, c], observed: await list(context, prefix, { status: 'offline' }) };
    },
  },
  {
    id: 'list: roles filter',
    async run(context) {
      const { prefix, a } = await threeUsers(context, 'ls-role');
      return { expected: [a], observed: await list(context, prefix, { roles: [context.target.otherRole] }) };
    },
  },
  {
    id: 'list: tags filter',
    async run(context) {
      const { prefix, a } = await threeUsers(context, 'ls-tag');
      return { expected: [a], observed: await list(context, prefix, { tags: ['vip'] }) };
    },
  },
  {
    id: 'search: the start of a uid, any case',
    async run(context) {
      const { prefix, a, b, c } = await threeUsers(context, 'ls-uid');
      return { expected: [a, b, c], observed: await list(context, prefix.toUpperCase()) };
    },
  },
  {
    id: 'search: the start of the name, any case',
    async run(context) {
      const marker = `Zq${context.ledger.prefix.slice(3, 9)}${context.transport}`;
      const uid = await given(context, 'srch-name', {});
      await context.admin.updateUser({ uid, name: `${marker} Lovelace` });
      await asViewer(context, 'srch-name');
      const page = await context.client.listUsers({ searchKeyword: marker.toLowerCase(), limit: 100 });
      return { expected: [uid], observed: ours(context, page.users) };
    },
  },
  {
    id: 'search: a word inside the name does not match (LIKE key%)',
    async run(context) {
      const marker = `Zw${context.ledger.prefix.slice(3, 9)}${context.transport}`;
      const uid = await given(context, 'srch-word', {});
      await context.admin.updateUser({ uid, name: `Ada ${marker}` });
      await asViewer(context, 'srch-word');
      const page = await context.client.listUsers({ searchKeyword: marker, limit: 100 });
      return { expected: [], observed: ours(context, page.users) };
    },
  },
  {
    id: 'list: paging totals (5 users, 2 per page)',
    async run(context) {
      const prefix = context.uid('ls-page');
      for (const n of [1, 2, 3, 4, 5]) await given(context, `ls-page-${n}`);
      await asViewer(context, 'ls-page');
      const pages = [];
      for (const page of [1, 2, 3])
        pages.push(await context.client.listUsers({ searchKeyword: prefix, limit: 2, page }));
      return {
        expected: { total: 5, totalPages: 3, perPage: 2, sizes: [2, 2, 1], distinct: 5 },
        observed: {
          total: pages[0]?.total ?? null,
          totalPages: pages[0]?.totalPages ?? null,
          perPage: pages[0]?.perPage ?? null,
          sizes: pages.map((page) => page.users.length),
          distinct: new Set(pages.flatMap((page) => page.users.map((user) => user.uid))).size,
        },
      };
    },
  },
];
