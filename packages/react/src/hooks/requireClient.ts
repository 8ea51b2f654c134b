import {
  type AdminUserClient,
  isAdminClient,
  type SignupRequest,
  type SignupResult,
  type UserClient,
} from '@profilekit/core';

const adminOperations = ['deleteUser', 'deactivateUsers', 'reactivateUsers'] as const;

/** A client that can sign a new person up through your backend. */
export type SignupClient = UserClient & { signup(request: SignupRequest): Promise<SignupResult> };

/** The provider's client as an {@link AdminUserClient}, or a clear error naming what it lacks. */
export function requireAdminClient(client: UserClient, hook: string): AdminUserClient {
  if (isAdminClient(client)) return client;
  const missing = adminOperations.filter(
    (name) => typeof (client as never as Record<string, unknown>)[name] !== 'function',
  );
  throw new Error(
    `profilekit: ${hook} needs an admin client, and the provider's client has no ${missing.join(', ')}. ` +
      'In a browser pass the client composed with createBackendClient (your backend holds the REST API key); ' +
      'on a server, createRestClient.',
  );
}

/** The provider's client as a {@link SignupClient}, or a clear error naming what it lacks. */
export function requireSignupClient(client: UserClient, hook: string): SignupClient {
  if (typeof (client as Partial<SignupClient>).signup === 'function') return client as SignupClient;
  throw new Error(
    `profilekit: ${hook} needs a client with signup(request), and the provider's client has none. ` +
      'Pass the client composed with createBackendClient: sign-up runs on your backend (POST /signup).',
  );
}
