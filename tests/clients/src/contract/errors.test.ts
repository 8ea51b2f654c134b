import { isAuthError, isNotFoundError, isValidationError } from '@profilekit/core';
import { describe, expect, it } from 'vitest';
import { failure, useEnvironment } from './harness';
import { clientKinds } from './implementations';

const open = useEnvironment();

describe.each(clientKinds)('UserClient contract: errors (%s)', (kind) => {
  it('uid taken: ValidationError ERR_UID_ALREADY_EXISTS on the uid field', async () => {
    const { client, adminKey, admin } = await open(kind);
    await admin.createUser({ uid: 'taken1', name: 'First' });
    const error = await failure(client.createUser({ uid: 'TAKEN1', name: 'Second' }, adminKey));
    expect(isValidationError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'ERR_UID_ALREADY_EXISTS', status: 400 });
    expect(error.details.uid?.[0]).toMatch(/taken1/i);
  });

  it('uid unknown: NotFoundError ERR_UID_NOT_FOUND for getUser and updateUser', async () => {
    const { client, adminKey, authKey, admin } = await open(kind);
    await admin.createUser({ uid: 'reader', name: 'Reader' });
    await client.login('reader', authKey);
    const read = await failure(client.getUser('nobody'));
    expect(isNotFoundError(read)).toBe(true);
    expect(read).toMatchObject({ code: 'ERR_UID_NOT_FOUND', status: 404 });
    const write = await failure(client.updateUser({ uid: 'nobody', name: 'X' }, adminKey));
    expect(write).toMatchObject({ name: 'NotFoundError', code: 'ERR_UID_NOT_FOUND' });
  });

  it('invalid field: refused before any request, the message names the field', async () => {
    const { client, adminKey, line } = await open(kind);
    const before = line.seen.length;
    const error = await failure(
      client.createUser({ uid: 'bad uid!', name: 'X', avatar: 'javascript:alert(1)' }, adminKey),
    );
    expect(isValidationError(error)).toBe(true);
    expect(error.code).toBe('ERR_BAD_REQUEST');
    expect(error.details.uid?.[0]).toMatch(/^UID /);
    expect(error.details.avatar?.[0]).toMatch(/^Avatar .*http/);
    expect(line.seen.length, 'no request was sent').toBe(before);
  });

  it('invalid field found by the server: its details name the field', async () => {
    const { client, adminKey } = await open(kind);
    const error = await failure(client.createUser({ uid: 'roleless', name: 'X', role: 'no-such-role' }, adminKey));
    expect(isValidationError(error)).toBe(true);
    // CometChat's error guide names an unknown role ERR_ROLE_NOT_FOUND; still a field error on `role`.
    expect(error).toMatchObject({ code: 'ERR_ROLE_NOT_FOUND', status: 400 });
    expect(error.details.role?.[0]).toMatch(/role/i);
  });

  it('wrong key: AuthError, and the key is masked in everything the error carries', async () => {
    const { client } = await open(kind);
    const wrongKey = '0123456789abcdef0123456789abcdef01234567';
    const error = await failure(client.createUser({ uid: 'keyless', name: 'X' }, wrongKey));
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'AUTH_ERR_APIKEY_NOT_FOUND', status: 401 });
    expect(JSON.stringify(error)).not.toContain(wrongKey);
    expect(error.message).not.toContain(wrongKey);
    expect(String((error.cause as Error | undefined)?.message ?? '')).not.toContain(wrongKey);
  });

  it('revoked token: AuthError AUTH_ERR_AUTH_TOKEN_NOT_FOUND, the token masked', async () => {
    const { client, admin } = await open(kind);
    await admin.createUser({ uid: 'revoked1', name: 'R' });
    const { authToken } = await admin.createAuthToken('revoked1');
    await client.login(authToken);
    await admin.deleteAuthToken('revoked1', authToken);
    const error = await failure(client.updateCurrentUserDetails({ statusMessage: 'still here?' }));
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'AUTH_ERR_AUTH_TOKEN_NOT_FOUND', status: 401 });
    expect(JSON.stringify(error)).not.toContain(authToken);
    expect(error.message).not.toContain(authToken);
  });

  it('nobody logged in: AuthError USER_NOT_LOGGED_IN before any request', async () => {
    const { client, line } = await open(kind);
    const before = line.seen.length;
    const error = await failure(client.updateCurrentUserDetails({ statusMessage: 'hi' }));
    expect(error).toMatchObject({ name: 'AuthError', code: 'USER_NOT_LOGGED_IN', status: 401 });
    expect(line.seen.length).toBe(before);
  });
});
