import { isProfileKitError } from '@profilekit/core';
import { assertServerSide, isBrowser } from '@profilekit/core/internal';
import { createRestClient } from '@profilekit/core/rest';
import { afterEach, describe, expect, it } from 'vitest';
import { EMULATOR_URL, openInProcess } from './inProcess';

let close: (() => void) | undefined;
afterEach(() => close?.());

function open() {
  const { emulator, fetch, seen } = openInProcess();
  close = () => emulator.close();
  const admin = createRestClient({ baseUrl: EMULATOR_URL }, { apiKey: emulator.restApiKey, fetch });
  return { emulator, admin, seen };
}

describe('createRestClient', () => {
  it('reads with the REST API key: no login needed', async () => {
    const { admin, seen } = open();
    await admin.createUser({ uid: 'ann', name: 'Ann' });
    expect(await admin.getUser('ann')).toMatchObject({ uid: 'ann' });
    expect((await admin.listUsers()).users.map((user) => user.uid)).toEqual(['ann']);
    expect(seen.every((request) => request.headers.get('apikey') !== null)).toBe(true);
    expect(seen.some((request) => request.headers.has('authtoken'))).toBe(false);
  });

  it('deleteUser: soft keeps the uid taken, permanent frees it', async () => {
    const { admin } = open();
    await admin.createUser({ uid: 'soft1', name: 'Soft' });
    await admin.deleteUser('soft1');
    await expect(admin.getUser('soft1')).rejects.toMatchObject({ code: 'ERR_UID_NOT_FOUND' });
    await expect(admin.createUser({ uid: 'soft1', name: 'Again' })).rejects.toMatchObject({
      code: 'ERR_UID_ALREADY_EXISTS',
    });
    await admin.createUser({ uid: 'hard1', name: 'Hard' });
    await admin.deleteUser('hard1', { permanent: true });
    expect(await admin.createUser({ uid: 'hard1', name: 'Again' })).toMatchObject({ uid: 'hard1', name: 'Again' });
  });

  it('deactivateUsers / reactivateUsers, and listUsers with the deactivated filters', async () => {
    const { admin } = open();
    for (const uid of ['u1', 'u2', 'u3']) await admin.createUser({ uid, name: uid });
    await admin.deactivateUsers(['u2', 'u3']);
    await expect(admin.getUser('u2')).rejects.toMatchObject({ code: 'ERR_UID_NOT_FOUND' });
    const uids = async (query: object) => (await admin.listUsers(query)).users.map((user) => user.uid).sort();
    expect(await uids({})).toEqual(['u1']);
    expect(await uids({ onlyDeactivated: true })).toEqual(['u2', 'u3']);
    expect(await uids({ withDeactivated: true })).toEqual(['u1', 'u2', 'u3']);
    const [deactivated] = (await admin.listUsers({ onlyDeactivated: true })).users;
    expect(deactivated?.deactivatedAt).toEqual(expect.any(Number));
    await admin.reactivateUsers(['u2']);
    expect(await admin.getUser('u2')).toMatchObject({ uid: 'u2' });
  });

  it('createAuthToken / listAuthTokens / deleteAuthToken', async () => {
    const { admin } = open();
    await admin.createUser({ uid: 'tok1', name: 'Tok' });
    const first = await admin.createAuthToken('tok1');
    const second = await admin.createAuthToken('tok1');
    expect(first.authToken).toMatch(/^tok1_/);
    const listed = (await admin.listAuthTokens('tok1')).map((token) => token.authToken);
    expect(listed).toEqual(expect.arrayContaining([first.authToken, second.authToken]));
    await admin.deleteAuthToken('tok1', first.authToken);
    expect((await admin.listAuthTokens('tok1')).map((token) => token.authToken)).toEqual([second.authToken]);
    const error = await admin.deleteAuthToken('tok1', first.authToken).catch((e: unknown) => e);
    expect(isProfileKitError(error)).toBe(true);
    expect(JSON.stringify(error)).not.toContain(first.authToken);
  });

  it('login(uid, key) acts as that user for updateCurrentUserDetails and blocking', async () => {
    const { admin, emulator } = open();
    await admin.createUser({ uid: 'support1', name: 'Support' });
    await admin.createUser({ uid: 'other1', name: 'Other' });
    await admin.login('support1', emulator.restApiKey);
    expect(await admin.updateCurrentUserDetails({ statusMessage: 'Helping' })).toMatchObject({
      uid: 'support1',
      statusMessage: 'Helping',
    });
    expect(await admin.blockUsers(['other1'])).toMatchObject({ other1: { success: true } });
  });
});

describe('the REST client stays on servers', () => {
  it('a browser page is refused with a message that says why', () => {
    const page = { window: {}, document: {} };
    expect(isBrowser(page)).toBe(true);
    expect(() => assertServerSide(page)).toThrow(/REST API key .*must stay on your server/);
    try {
      assertServerSide(page);
    } catch (error) {
      expect(error).toMatchObject({ name: 'ProfileKitError', code: 'ERR_REST_CLIENT_IN_BROWSER' });
    }
  });

  it('Node is a server, even with browser globals installed (jsdom, SSR shims, the SDK loader)', () => {
    expect(isBrowser(globalThis as never)).toBe(false);
    expect(isBrowser({ window: {}, document: {}, process: { versions: { node: '20.20.2' } } })).toBe(false);
    expect(isBrowser({})).toBe(false);
    expect(() => createRestClient({ baseUrl: EMULATOR_URL }, { apiKey: 'k' })).not.toThrow();
  });
});
