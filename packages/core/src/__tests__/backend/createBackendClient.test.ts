import { describe, expect, it, vi } from 'vitest';
import { createBackendClient, withBackend } from '../../backend';
import type { UserClient } from '../../client';
import { isValidationError } from '../../errors';
import { createHttpClient } from '../../http';

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A fake network: records each request and answers with the next queued response. */
function network(...answers: { status?: number; body: unknown }[]) {
  const seen: Seen[] = [];
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    seen.push({
      method: init?.method ?? 'GET',
      url: String(url),
      headers: Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>)),
      body: init?.body === undefined ? undefined : JSON.parse(String(init.body)),
    });
    const answer = answers.shift() ?? { body: { data: {} } };
    return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200 });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, seen };
}

describe('createBackendClient', () => {
  it('sends admin calls to the backend routes with the Bearer token', async () => {
    const net = network(
      { body: { data: { uid: 'kevin', name: 'Kevin', role: 'moderator' } } },
      { body: { data: { uid: 'kevin', deleted: true, permanent: true } } },
      { body: { data: { uids: ['a', 'b'] } } },
      {
        body: {
          data: [{ uid: 'a', name: 'A' }],
          meta: { pagination: { total: 1, per_page: 10, current_page: 1, total_pages: 1 } },
        },
      },
    );
    const backend = createBackendClient({ baseUrl: '/api/', fetch: net.fetch, getAuthToken: () => 'tok_123' });
    expect(await backend.updateUser({ uid: 'kevin', role: 'moderator' })).toMatchObject({ role: 'moderator' });
    await backend.deleteUser('kevin', { permanent: true });
    await backend.deactivateUsers(['a', 'b']);
    const page = await backend.listUsers({ withDeactivated: true, limit: 10 });
    expect(page).toMatchObject({ total: 1, users: [{ uid: 'a' }] });
    expect(net.seen.map(({ method, url }) => `${method} ${url}`)).toEqual([
      'PATCH /api/users/kevin',
      'DELETE /api/users/kevin?permanent=true',
      'POST /api/users/deactivate',
      'GET /api/users?withDeactivated=1&perPage=10&page=1&withTags=1',
    ]);
    expect(net.seen[0]?.body).toEqual({ role: 'moderator' });
    expect(net.seen[2]?.body).toEqual({ uids: ['a', 'b'] });
    for (const request of net.seen) expect(request.headers.authorization).toBe('Bearer tok_123');
  });

  it('validates a sign-up with the signup column before any request: a role never leaves the browser', async () => {
    const net = network({ body: { data: { user: { uid: 'kevin', name: 'Kevin' }, authToken: 'kevin_1' } } });
    const backend = createBackendClient({ baseUrl: '/api', fetch: net.fetch });
    const bad = await backend.signup({ user: { uid: 'no spaces', name: '' } }).catch((error: unknown) => error);
    expect(isValidationError(bad) && Object.keys(bad.details).sort()).toEqual(['name', 'uid']);
    expect(net.seen).toHaveLength(0);
    const asAdmin = { uid: 'kevin', name: 'Kevin', role: 'admin' } as never;
    expect(await backend.signup({ user: asAdmin, account: { password: 'x' } })).toEqual({
      user: { uid: 'kevin', name: 'Kevin' },
      authToken: 'kevin_1',
    });
    expect(net.seen[0]?.body).toEqual({ user: { uid: 'kevin', name: 'Kevin' }, account: { password: 'x' } });
    expect(net.seen[0]?.headers.authorization).toBeUndefined();
  });

  it("turns the backend's errors into profilekit errors with field details, never echoing the token", async () => {
    const details = { uid: ['The UID kevin is taken.'] };
    const net = network({
      status: 400,
      body: { error: { code: 'ERR_UID_ALREADY_EXISTS', message: 'taken', details } },
    });
    const backend = createBackendClient({
      baseUrl: '/api',
      fetch: net.fetch,
      getAuthToken: () => 'secret-token-abcdef',
    });
    const error = await backend.createUser({ uid: 'kevin', name: 'Kevin' }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'ERR_UID_ALREADY_EXISTS', status: 400, details });
  });
});

describe('withBackend', () => {
  it('sends self-service calls to CometChat and privileged ones to the backend', async () => {
    const cometNet = network({ body: { data: { uid: 'me', name: 'Me' } } }, { body: { data: [], meta: {} } });
    const backendNet = network({ body: { data: { uid: 'x', name: 'X' } } }, { body: { data: [], meta: {} } });
    const cometChat: UserClient = createHttpClient({ baseUrl: 'https://cometchat.test' }, { fetch: cometNet.fetch });
    await cometChat.login('tok_me').catch(() => undefined);
    const client = withBackend(cometChat, createBackendClient({ baseUrl: '/api', fetch: backendNet.fetch }));
    await client.createUser({ uid: 'x', name: 'X' });
    await client.listUsers({ onlyDeactivated: true });
    await client.listUsers({});
    expect(backendNet.seen.map(({ method, url }) => `${method} ${url.split('?')[0]}`)).toEqual([
      'POST /api/users',
      'GET /api/users',
    ]);
    expect(cometNet.seen.map(({ method, url }) => `${method} ${url.split('?')[0]}`)).toEqual([
      'PUT https://cometchat.test/me',
      'GET https://cometchat.test/users',
    ]);
  });

  it('reports a self-update that went straight to CometChat to the backend, which re-reads the user', async () => {
    const cometNet = network(
      { body: { data: { uid: 'me', name: 'Me' } } },
      { body: { data: { uid: 'me', name: 'New' } } },
    );
    const backendNet = network({ body: { data: {} } });
    const cometChat: UserClient = createHttpClient({ baseUrl: 'https://cometchat.test' }, { fetch: cometNet.fetch });
    await cometChat.login('tok_me').catch(() => undefined);
    const backend = createBackendClient({ baseUrl: '/api', fetch: backendNet.fetch, getAuthToken: () => 'tok_me' });
    const client = withBackend(cometChat, backend);
    expect(await client.updateCurrentUserDetails({ name: 'New' })).toMatchObject({ name: 'New' });
    await vi.waitFor(() => expect(backendNet.seen).toHaveLength(1));
    expect(backendNet.seen[0]).toMatchObject({ method: 'POST', url: '/api/events/user-changed', body: { uid: 'me' } });
    expect(backendNet.seen[0]?.headers.authorization).toBe('Bearer tok_me');
    expect(client.subscribeToEvents).toBeTypeOf('function');
  });

  it('keeps a self-update that succeeded even when the backend cannot be told', async () => {
    const cometNet = network(
      { body: { data: { uid: 'me', name: 'Me' } } },
      { body: { data: { uid: 'me', name: 'New' } } },
    );
    const backendNet = network({ status: 503, body: { error: { code: 'ERR_STORE_UNAVAILABLE' } } });
    const cometChat: UserClient = createHttpClient({ baseUrl: 'https://cometchat.test' }, { fetch: cometNet.fetch });
    await cometChat.login('tok_me').catch(() => undefined);
    const client = withBackend(cometChat, createBackendClient({ baseUrl: '/api', fetch: backendNet.fetch }));
    expect(await client.updateCurrentUserDetails({ name: 'New' })).toMatchObject({ name: 'New' });
  });
});
