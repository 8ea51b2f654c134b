import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../src/cli/args';
import { createAndLogin, useEmulator } from './helpers';

/** What CometChat documents as acceptable and profilekit's own rules refuse. */
const beyondTheKit = {
  avatar: 'ftp://files.example.com/ada.png',
  link: 'mailto:ada@example.com',
  statusMessage: 'x'.repeat(1001),
};

describe('CometChat’s rules by default', () => {
  const ctx = useEmulator();

  it('accepts a URL of another scheme and a status message over the kit’s 1000 characters', async () => {
    const created = await ctx.api.authKey('POST', '/v3/users', { uid: 'loose1', name: 'Ada', ...beyondTheKit });
    expect(created.status).toBe(200);
    expect(created.body.data).toMatchObject(beyondTheKit);
    const token = await createAndLogin(ctx.api, 'loose2');
    const updated = await ctx.api.user(token)('PUT', '/v3/me', { link: 'javascript:alert(1)' });
    expect(updated.body.data.link).toBe('javascript:alert(1)');
  });

  it('still refuses what is not a URL at all', async () => {
    const answer = await ctx.api.authKey('POST', '/v3/users', { uid: 'loose3', name: 'A', avatar: 'not a url' });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details).toEqual({ avatar: ['Avatar must be a full http:// or https:// URL'] });
  });
});

describe('strict: profilekit’s own rules', () => {
  const ctx = useEmulator({ strict: true });

  it('refuses the same body, naming each field', async () => {
    const answer = await ctx.api.authKey('POST', '/v3/users', { uid: 'strict1', name: 'Ada', ...beyondTheKit });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details).toEqual({
      avatar: ['Avatar must be a full http:// or https:// URL'],
      link: ['Link must be a full http:// or https:// URL'],
      statusMessage: ['Status message must be at most 1000 characters'],
    });
    expect((await ctx.api.admin('GET', '/v3/users/strict1')).status).toBe(404);
  });

  it('is the CLI’s --strict', () => {
    expect(parseCliArgs(['--strict'])).toMatchObject({ strict: true });
    expect(parseCliArgs([])).toMatchObject({ strict: false });
  });
});
