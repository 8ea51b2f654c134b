import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  AuthError,
  errorFromWire,
  isAuthError,
  isNetworkError,
  isNotFoundError,
  isProfileKitError,
  isRateLimitError,
  isValidationError,
  maskSecret,
  NetworkError,
  ProfileKitError,
  RateLimitError,
  redactSecrets,
  ValidationError,
} from '../errors';

const authKey = '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567';
const token = 'usr1_1700000000a1b2c3d4e5f60718293a4b5c6d7e8f9';

describe('errorFromWire', () => {
  it.each([
    [400, 'ERR_UID_ALREADY_EXISTS', ValidationError, isValidationError],
    [400, 'ERR_BAD_REQUEST', ValidationError, isValidationError],
    [401, 'AUTH_ERR_APIKEY_NOT_FOUND', AuthError, isAuthError],
    [401, 'AUTH_ERR_AUTH_TOKEN_NOT_FOUND', AuthError, isAuthError],
    [403, 'AUTH_ERR_NO_ACCESS', AuthError, isAuthError],
    [404, 'ERR_UID_NOT_FOUND', ProfileKitError, isNotFoundError],
    [429, 'ERR_TOO_MANY_REQUESTS', RateLimitError, isRateLimitError],
  ] as const)('%i %s', (status, code, Class, guard) => {
    const error = errorFromWire({ status, error: { code, message: `m ${code}` } });
    expect(error).toBeInstanceOf(Class);
    expect(guard(error)).toBe(true);
    expect(error).toMatchObject({ status, code, message: `m ${code}` });
  });

  it('puts a taken uid on the uid field', () => {
    const error = errorFromWire({
      status: 400,
      error: { code: 'ERR_UID_ALREADY_EXISTS', message: 'The UID usr1 already exists.' },
    });
    expect(error.details).toEqual({ uid: ['The UID usr1 already exists.'] });
  });

  it('keeps the field details of a validation error', () => {
    const details = { avatar: ['The avatar must be a valid URL.'] };
    const error = errorFromWire({
      status: 400,
      error: { code: 'ERR_BAD_REQUEST', message: 'Failed validation', details },
    });
    expect(error.details).toEqual(details);
  });

  it('carries Retry-After on a rate limit', () => {
    const error = errorFromWire({ status: 429, error: undefined, retryAfterMs: 2500 });
    expect(error).toMatchObject({ code: 'ERR_TOO_MANY_REQUESTS', retryAfterMs: 2500 });
  });

  it('names an unknown failure by its status, in words a user can act on', () => {
    const error = errorFromWire({ status: 502, error: undefined });
    expect(error).toMatchObject({
      code: 'HTTP_502',
      status: 502,
      message: 'CometChat is not available right now (HTTP 502). Try again in a moment.',
    });
    expect(errorFromWire({ status: 418, error: undefined }).message).toBe('CometChat answered 418 (HTTP_418)');
  });
});

describe('redaction', () => {
  it('masks listed secrets and anything shaped like a key or token', () => {
    const text = `apikey ${authKey} and authToken=${token} and a hex ${'f'.repeat(40)}`;
    const redacted = redactSecrets(text, [authKey]);
    expect(redacted).not.toContain(authKey);
    expect(redacted).not.toContain(token);
    expect(redacted).not.toContain('f'.repeat(40));
    // Not even a hint: no first characters, no length.
    expect(redacted).toBe('apikey **** and authToken=**** and a hex ****');
  });

  it('reaches the message, details and cause of an error', () => {
    const cause = new TypeError(`fetch failed for ${token}`);
    const error = new ProfileKitError(`The apikey ${authKey} is not found.`, {
      code: 'AUTH_ERR_APIKEY_NOT_FOUND',
      status: 401,
      details: { apikey: [`unknown ${authKey}`] },
      cause,
      secrets: [authKey, token],
    });
    const everything = JSON.stringify([error.message, error.details, String(error.cause), error.toJSON()]);
    expect(everything).not.toContain(authKey);
    expect(everything).not.toContain(token);
    expect(error.message).toBe(`The apikey ${maskSecret(authKey)} is not found.`);
  });

  it('leaves ordinary text alone', () => {
    expect(redactSecrets('UID usr1 does not exist; token count 3')).toBe('UID usr1 does not exist; token count 3');
  });
});

describe('guards', () => {
  it('recognise errors from another realm by brand and name', () => {
    const foreign = runInNewContext(
      `const e = new Error('x'); e.name = 'NetworkError'; e.code = 'ERR_NETWORK'; e.status = 0;
       e[Symbol.for('@profilekit/error')] = true; e`,
    );
    expect(foreign instanceof ProfileKitError).toBe(false);
    expect(isProfileKitError(foreign)).toBe(true);
    expect(isNetworkError(foreign)).toBe(true);
    expect(isValidationError(foreign)).toBe(false);
  });

  it('refuse look-alikes without the brand', () => {
    expect(isProfileKitError({ name: 'ProfileKitError', code: 'X' })).toBe(false);
    expect(isProfileKitError(new Error('x'))).toBe(false);
    expect(isProfileKitError(null)).toBe(false);
  });

  it('give network failures status 0 and keep the original as cause', () => {
    const cause = new TypeError('fetch failed');
    const error = new NetworkError('CometChat could not be reached', { code: 'ERR_NETWORK', cause });
    expect(error.status).toBe(0);
    expect(error.cause).toBe(cause);
  });

  it('summarise a validation error by its first message', () => {
    const error = new ValidationError({ uid: ['UID is required'], name: ['Name is required'] });
    expect(error.message).toBe('UID is required (and 1 more)');
    expect(error).toMatchObject({ status: 400, code: 'ERR_BAD_REQUEST' });
  });
});
