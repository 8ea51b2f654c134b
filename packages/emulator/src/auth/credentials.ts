import { type EmulatorConfig, nowSeconds } from '../config';
import { AUTH_TOKENS_PER_USER } from '../constants';
import type { StoredAuthToken } from '../store/types';

function randomHex(bytes: number): string {
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(values, (value) => value.toString(16).padStart(2, '0')).join('');
}

/** A new random key shaped like CometChat's: 40 lowercase hex characters (160 bits). */
export function randomKey(): string {
  return randomHex(20);
}

/**
 * Issues an auth token for a user, shaped like CometChat's (`<uid>_<unix seconds><40 hex>`), and keeps only
 * the user's newest {@link AUTH_TOKENS_PER_USER}.
 */
export function issueAuthToken(config: EmulatorConfig, uid: string): StoredAuthToken {
  const createdAt = nowSeconds(config);
  const token = { uid, authToken: `${uid}_${createdAt}${randomHex(20)}`, createdAt };
  config.store.addAuthToken(token, AUTH_TOKENS_PER_USER);
  return token;
}
