import { maskSecret } from '@profilekit/core/internal';
import { describe, expect, it } from 'vitest';
import { call, createAndLogin, useEmulator } from './helpers';

const ctx = useEmulator({ maxBodyBytes: 2048 });

const errorShape = (code: string) => ({
  error: { code, message: expect.any(String), devMessage: expect.any(String), source: 'profilekit-emulator' },
});

describe('error rows of DESIGN.md', () => {
  it('400 ERR_UID_ALREADY_EXISTS for a taken uid in any case', async () => {
    await ctx.api.authKey('POST', '/v3/users', { uid: 'taken', name: 'A' });
    const answer = await ctx.api.authKey('POST', '/v3/users', { uid: 'TAKEN', name: 'B' });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject(errorShape('ERR_UID_ALREADY_EXISTS'));
    expect(answer.body.error.details.uid[0]).toContain('taken');
  });

  it('404 ERR_UID_NOT_FOUND for an unknown uid', async () => {
    for (const [method, path] of [
      ['GET', '/v3/users/nobody'],
      ['PUT', '/v3/users/nobody'],
      ['DELETE', '/v3/users/nobody'],
      ['POST', '/v3/users/nobody/auth_tokens'],
    ] as const) {
      const answer = await ctx.api.admin(method, path, method === 'GET' ? undefined : {});
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject(errorShape('ERR_UID_NOT_FOUND'));
    }
  });

  it("400 ERR_BAD_REQUEST with details in @profilekit/core's words", async () => {
    const answer = await ctx.api.authKey('POST', '/v3/users', {
      uid: 'has space',
      name: '',
      avatar: 'not-a-url',
      metadata: [1],
      tags: ['ok', ''],
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject(errorShape('ERR_BAD_REQUEST'));
    expect(answer.body.error.details).toEqual({
      uid: ['UID may contain only letters, digits, underscore and hyphen (no spaces or other punctuation)'],
      name: ['Name cannot be empty'],
      avatar: ['Avatar must be a full http:// or https:// URL'],
      metadata: ['Metadata must be a JSON object, like {"plan": "pro"}'],
      tags: ['Each of the tags must be 1–100 characters'],
    });
    expect(answer.body.error.message).toBe(
      'UID may contain only letters, digits, underscore and hyphen (no spaces or other punctuation) (and 4 more)',
    );
  });

  it('400 ERR_BAD_REQUEST for a role that does not exist, an empty name on update, a bad unset', async () => {
    const role = await ctx.api.authKey('POST', '/v3/users', { uid: 'r1', name: 'R', role: 'superuser' });
    expect(role.body.error.details.role[0]).toContain('"superuser" does not exist');
    const name = await ctx.api.authKey('PUT', '/v3/users/taken', { name: '' });
    expect(name.body.error.details).toEqual({ name: ['Name cannot be empty'] });
    const unset = await ctx.api.authKey('PUT', '/v3/users/taken', { unset: ['name'] });
    expect(unset.body.error.details.unset).toEqual(['Unset may list only avatar, link, metadata']);
    const both = await ctx.api.authKey('PUT', '/v3/users/taken', { avatar: 'https://a.b/c.png', unset: ['avatar'] });
    expect(both.body.error.details.avatar).toEqual(['Avatar cannot be both set and unset']);
  });

  it('400 for bad list parameters, naming the parameter', async () => {
    const answer = await ctx.api.admin('GET', '/v3/users?perPage=1001&status=sleeping');
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.error.details).sort()).toEqual(['perPage', 'status']);
  });

  it('401 AUTH_ERR_EMPTY_APIKEY without a key', async () => {
    const answer = await ctx.api.anonymous('POST', '/v3/users', { uid: 'x', name: 'x' });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject(errorShape('AUTH_ERR_EMPTY_APIKEY'));
  });

  it('401 AUTH_ERR_APIKEY_NOT_FOUND for an unknown key, masked in the message', async () => {
    const key = '0123456789abcdef0123456789abcdef01234567';
    const answer = await call(ctx.server, 'GET', '/v3/users', { headers: { ApiKey: key } });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject(errorShape('AUTH_ERR_APIKEY_NOT_FOUND'));
    expect(JSON.stringify(answer.body)).not.toContain(key);
    expect(answer.body.error.message).toContain(maskSecret(key));
  });

  it('403 AUTH_ERR_NO_ACCESS for the Auth Key outside its scope, the key masked', async () => {
    for (const [method, path, body] of [
      ['GET', '/v3/users', undefined],
      ['GET', '/v3/users/taken', undefined],
      ['DELETE', '/v3/users/taken', {}],
      ['DELETE', '/v3/users', { uidsToDeactivate: ['taken'] }],
      ['PUT', '/v3/users', { uidsToActivate: ['taken'] }],
      ['GET', '/v3/users/taken/auth_tokens', undefined],
    ] as const) {
      const answer = await ctx.api.authKey(method, path, body);
      expect(answer.status, `${method} ${path}`).toBe(403);
      expect(answer.body).toMatchObject(errorShape('AUTH_ERR_NO_ACCESS'));
      expect(JSON.stringify(answer.body)).not.toContain(ctx.server.authKey);
    }
    expect((await ctx.api.admin('GET', '/v3/users/taken')).status).toBe(200);
  });

  it('401 AUTH_ERR_AUTH_TOKEN_NOT_FOUND for an unknown or revoked token, masked', async () => {
    const token = await createAndLogin(ctx.api, 'revoked1');
    expect((await ctx.api.user(token)('GET', '/v3/me')).status).toBe(200);
    await ctx.api.admin('DELETE', `/v3/users/revoked1/auth_tokens/${token}`);
    const answer = await ctx.api.user(token)('GET', '/v3/me');
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject(errorShape('AUTH_ERR_AUTH_TOKEN_NOT_FOUND'));
    expect(JSON.stringify(answer.body)).not.toContain(token);
    const unknown = await ctx.api.user('nobody_1700000000abcdefabcdefabcdefabcdefabcdefabcdefabcd')('GET', '/v3/users');
    expect(unknown.body.error.code).toBe('AUTH_ERR_AUTH_TOKEN_NOT_FOUND');
  });

  it("401 AUTH_ERR_AUTH_TOKEN_NOT_FOUND for a deactivated user's token; it works again after reactivation", async () => {
    const token = await createAndLogin(ctx.api, 'sleeper');
    await ctx.api.admin('DELETE', '/v3/users/sleeper');
    expect((await ctx.api.user(token)('GET', '/v3/me')).body.error.code).toBe('AUTH_ERR_AUTH_TOKEN_NOT_FOUND');
    await ctx.api.admin('PUT', '/v3/users', { uidsToActivate: ['sleeper'] });
    expect((await ctx.api.user(token)('GET', '/v3/me')).body.data.uid).toBe('sleeper');
  });

  it('401 AUTH_ERR_EMPTY_AUTH_TOKEN on a client endpoint without a token', async () => {
    const answer = await ctx.api.anonymous('GET', '/v3/me');
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject(errorShape('AUTH_ERR_EMPTY_AUTH_TOKEN'));
  });

  it('401 AUTH_ERR_INVALID_APPID when an appId header names another app', async () => {
    const answer = await ctx.api.admin('GET', '/v3/users', undefined, { appId: 'someone-elses-app' });
    expect(answer.status).toBe(401);
    expect(answer.body.error.code).toBe('AUTH_ERR_INVALID_APPID');
  });
});

describe('request bodies', () => {
  it('413 ERR_PAYLOAD_TOO_LARGE above the body limit', async () => {
    const answer = await ctx.api.authKey('POST', '/v3/users', {
      uid: 'big',
      name: 'Big',
      statusMessage: 'x'.repeat(3000),
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject(errorShape('ERR_PAYLOAD_TOO_LARGE'));
    expect(answer.body.error.message).toContain('2048 bytes');
  });

  it('400 ERR_INVALID_JSON for a body that is not JSON', async () => {
    const answer = await ctx.api.authKey('POST', '/v3/users', '{"uid": "x",');
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject(errorShape('ERR_INVALID_JSON'));
  });

  it('400 ERR_INVALID_CONTENT_TYPE for a body not sent as JSON', async () => {
    const answer = await call(ctx.server, 'POST', '/v3/users', {
      body: 'uid=x&name=y',
      headers: { apikey: ctx.server.authKey, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject(errorShape('ERR_INVALID_CONTENT_TYPE'));
  });

  it('400 ERR_BAD_REQUEST for a JSON body that is not an object', async () => {
    const answer = await ctx.api.authKey('POST', '/v3/users', [1, 2]);
    expect(answer.body.error.details).toEqual({ body: ['The request body must be a JSON object'] });
  });

  it('404 ERR_ROUTE_NOT_FOUND for an unknown endpoint', async () => {
    const answer = await ctx.api.admin('GET', '/v3/groups');
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject(errorShape('ERR_ROUTE_NOT_FOUND'));
  });
});
