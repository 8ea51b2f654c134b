import {
  type CometChatTarget,
  createHttpClient,
  memoryTokenStore,
  normalizeUid,
  type TransportOptions,
} from '@profilekit/core';
import type { Caller } from './options';

/** Checks CometChat auth tokens, remembering the answers for a few seconds. */
export interface TokenVerifier {
  /** The token's user and role, or `null` for a token CometChat does not know (revoked, expired, deactivated user). */
  verify(authToken: string): Promise<Caller | null>;
  /** Forgets the cached answers for these users (after a role change, deactivation or deletion). */
  forget(uids: readonly string[]): void;
  /** Forgets one token's cached answer (its session ended). */
  forgetToken(authToken: string): void;
}

const MAX_ENTRIES = 10_000;

/**
 * Verifies a Bearer token by asking CometChat who it belongs to (`GET /me` with the token, as the
 * official SDK does) and caches the caller for `cacheSeconds`. Unknown tokens are not cached, so a
 * flood of forged ones cannot push real ones out.
 *
 * @example
 * ```ts
 * const verifier = createTokenVerifier({ appId: 'APP_ID', region: 'eu' }, {}, 10);
 * await verifier.verify(authToken); // { uid: 'ada', role: 'admin' }
 * ```
 */
export function createTokenVerifier(
  target: CometChatTarget,
  transport: TransportOptions,
  cacheSeconds: number,
  now: () => number = Date.now,
): TokenVerifier {
  const cache = new Map<string, { caller: Caller; expiresAt: number }>();
  return {
    async verify(authToken) {
      const cached = cache.get(authToken);
      if (cached && cached.expiresAt > now()) return cached.caller;
      cache.delete(authToken);
      const tokenStore = memoryTokenStore();
      await tokenStore.set(authToken);
      const user = await createHttpClient(target, { ...transport, tokenStore }).getLoggedInUser();
      if (!user) return null;
      const caller = { uid: user.uid, role: user.role ?? 'default' };
      if (cacheSeconds > 0) {
        if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
        cache.set(authToken, { caller, expiresAt: now() + cacheSeconds * 1000 });
      }
      return caller;
    },
    forget(uids) {
      const gone = new Set(uids.map(normalizeUid));
      for (const [token, entry] of cache) if (gone.has(normalizeUid(entry.caller.uid))) cache.delete(token);
    },
    forgetToken(authToken) {
      cache.delete(authToken);
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
