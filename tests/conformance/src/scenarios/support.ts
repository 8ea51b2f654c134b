import { type CreateUserInput, createHttpClient, isAdminClient, type UserAdminOperations } from '@profilekit/core';
import type { ScenarioContext } from '../scenario';

/** Every field a create may set, valid on any app (`role` is set per scenario). */
export const everyField = {
  avatar: 'https://example.com/profilekit/avatar.png',
  link: 'https://example.com/profilekit/profile',
  metadata: { plan: 'pro', visits: 3, flags: { beta: true } },
  statusMessage: 'Testing profilekit',
  tags: ['conformance', 'beta'],
} satisfies Partial<CreateUserInput>;

/** Other values for every field a logged-in user may change. */
export const otherValues = {
  name: 'Changed Name',
  avatar: 'https://example.com/profilekit/other.png',
  link: 'https://example.com/profilekit/other',
  metadata: { plan: 'free' },
  statusMessage: 'Changed status',
  tags: ['changed'],
};

/** Creates a user with the REST admin client (set-up, not the subject of the scenario). */
export async function given(context: ScenarioContext, name: string, fields: Partial<CreateUserInput> = {}) {
  const uid = context.uid(name);
  await context.admin.createUser({ uid, name: `Conformance ${name}`, ...fields });
  return uid;
}

/** Creates a user and logs the transport's client in as them. */
export async function loggedIn(context: ScenarioContext, name: string, fields: Partial<CreateUserInput> = {}) {
  const uid = await given(context, name, fields);
  await context.client.login(uid, context.authKey);
  return uid;
}

/** The transport's own admin operations when it has them (the REST client), the REST admin client's otherwise. */
export const adminOf = (context: ScenarioContext): UserAdminOperations =>
  isAdminClient(context.client) ? context.client : context.admin;

/** The uids of this run in a listing (a real app has other users), sorted. */
export const ours = (context: ScenarioContext, users: { uid: string }[]) =>
  users
    .map((user) => user.uid)
    .filter((uid) => uid.startsWith(context.ledger.prefix))
    .sort();

/** Logs a user in on a client of its own (online, as seen by others), leaving the transport's session alone. */
export async function online(context: ScenarioContext, uid: string) {
  await createHttpClient(context.target.where).login(uid, context.authKey);
}

/**
 * Logs the transport in as a viewer outside the listed users: a listing as the logged-in user leaves
 * that user out (as CometChat's client API does), so the viewer must not be one of them.
 */
export const asViewer = (context: ScenarioContext, scenario: string) => loggedIn(context, `viewer-${scenario}`);
