import { codeOf, isCleared, pick } from '../observe';
import type { Scenario } from '../scenario';
import { everyField } from './support';

const fields = ['uid', 'name', 'avatar', 'link', 'role', 'metadata', 'statusMessage', 'tags', 'status'] as const;

/** `createUser` through each transport: every field, the defaults, uid case folding. */
export const createScenarios: Scenario[] = [
  {
    id: 'create: every field of the User class is stored as sent',
    async run(context) {
      const uid = context.uid('create-every');
      const input = { uid, name: 'Every Field', role: 'default', ...everyField };
      const created = await context.client.createUser(input, context.adminKey);
      const stored = await context.admin.getUser(uid);
      const expected = { ...input, status: 'offline' };
      return {
        expected: { created: expected, stored: expected, createdAt: true },
        observed: {
          created: pick(created, [...fields]),
          stored: pick(stored, [...fields]),
          createdAt: typeof created.createdAt === 'number',
        },
      };
    },
  },
  {
    id: 'create: uid and name only: role default, offline, nothing else set',
    async run(context) {
      const uid = context.uid('create-min');
      const created = await context.client.createUser({ uid, name: 'Minimal' }, context.adminKey);
      const empty = ['avatar', 'link', 'metadata', 'statusMessage'] as const;
      return {
        expected: { role: 'default', status: 'offline', othersEmpty: true },
        observed: {
          role: created.role ?? null,
          status: created.status ?? null,
          othersEmpty: empty.every((field) => isCleared(created[field])),
        },
      };
    },
  },
  {
    id: 'create: uid is case-insensitive, stored lowercased',
    async run(context) {
      const uid = context.uid('create-case');
      const mixed = uid.replace('case', 'CaSe').toUpperCase();
      const created = await context.client.createUser({ uid: mixed, name: 'Case' }, context.adminKey);
      const found = await context.admin.getUser(mixed).then((user) => user.uid);
      const again = await codeOf(context.client.createUser({ uid, name: 'Again' }, context.adminKey));
      return {
        expected: { created: uid, foundByUpperCase: uid, createLowerCaseAgain: 'ERR_UID_ALREADY_EXISTS' },
        observed: { created: created.uid, foundByUpperCase: found, createLowerCaseAgain: again },
      };
    },
  },
];
