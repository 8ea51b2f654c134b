import {
  type CometChatTarget,
  createHttpClient,
  memoryTokenStore,
  normalizeUid,
  type TransportOptions,
} from '@profilekit/core';
import type { Caller } from '../options';
import type { ProfileKitStore } from '../store/ProfileKitStore';
import { failOpen } from '../store/storeUnavailable';

/** Checks CometChat auth tokens, remembering the answers for a few seconds. */
export interface TokenVerifier {
  /** The token's user and role, or `null` for a token CometChat does not know (revoked, expired, deactivated user). */
  verify(authToken: string): Promise<Caller | null>;
  /** Forgets the cached answers for these users (after a role change, deactivation or deletion). */
  forget(uids: readonly string[]): Promise<void>;
  /** Forgets one token's cached answer (its session ended). */
  forgetToken(authToken: string): Promise<void>;
}

/** A token's SHA-256 (base64url): what a shared store or channel holds instead of a usable token. */
export async function tokenDigest(authToken: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(authToken));
  return Buffer.from(digest).toString('base64url');
}

/** The cache key of a token: its digest. */
const tokenKey = async (authToken: string) => `token:${await tokenDigest(authToken)}`;

const forgottenKey = (uid: string) => `tokensForgotten:${normalizeUid(uid)}`;

/**
 * Verifies a Bearer token by asking CometChat who it belongs to (`GET /me` with the token, as the
 * official SDK does) and caches the caller in `store` for `cacheSeconds`, under the token's hash.
 * Unknown tokens are not cached, so a flood of forged ones cannot push real ones out. Forgetting a user
 * marks the time in the store, so every instance stops trusting answers cached before it. A store that
 * is down is a cache miss (fail open: CometChat is asked).
 *
 * @example
 * ```ts
 * const verifier = createTokenVerifier({ appId: 'APP_ID', region: 'eu' }, {}, createMemoryStore(), 10);
 * await verifier.verify(authToken); // { uid: 'ada', role: 'admin' }
 * ```
 */
export function createTokenVerifier(
  target: CometChatTarget,
  transport: TransportOptions,
  store: ProfileKitStore,
  cacheSeconds: number,
  now: () => number = Date.now,
): TokenVerifier {
  const cached = async (key: string): Promise<Caller | undefined> => {
    const entry = JSON.parse((await store.get(key)) ?? 'null') as { caller: Caller; at: number } | null;
    if (!entry) return undefined;
    const forgottenAt = Number((await store.get(forgottenKey(entry.caller.uid))) ?? 0);
    return forgottenAt >= entry.at ? undefined : entry.caller;
  };
  return {
    async verify(authToken) {
      const key = await tokenKey(authToken);
      if (cacheSeconds > 0) {
        const hit = await failOpen(() => cached(key), undefined);
        if (hit) return hit;
      }
      const tokenStore = memoryTokenStore();
      await tokenStore.set(authToken);
      const user = await createHttpClient(target, { ...transport, tokenStore }).getLoggedInUser();
      if (!user) return null;
      const caller = { uid: user.uid, role: user.role ?? 'default' };
      if (cacheSeconds > 0) {
        const entry = JSON.stringify({ caller, at: now() });
        await failOpen(() => store.set(key, entry, cacheSeconds * 1000), undefined);
      }
      return caller;
    },
    async forget(uids) {
      const at = String(now());
      for (const uid of uids)
        await failOpen(() => store.set(forgottenKey(uid), at, cacheSeconds * 1000 + 1000), undefined);
    },
    async forgetToken(authToken) {
      const key = await tokenKey(authToken);
      await failOpen(() => store.delete(key), undefined);
    },
  };
}

/**
 * The auth token of an `Authorization: Bearer <token>` header, or `undefined`.
 *
 * @example
 * ```ts
 * bearerToken(new Request('https://x', { headers: { authorization: 'Bearer abc' } })); // 'abc'
 * ```
 */
export function bearerToken(request: Request): string | undefined {
  const match = /^Bearer\s+(\S{1,512})\s*$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1];
}
