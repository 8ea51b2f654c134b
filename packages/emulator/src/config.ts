import type { LocalOnlyOptions } from './http/localOnly';
import type { RateLimit, RateLimiter } from './http/rateLimit';
import type { UserStore } from './store/types';

/** What the emulator needs at run time: {@link EmulatorOptions} with every default filled in. */
export interface EmulatorConfig extends LocalOnlyOptions {
  appId: string;
  authKey: string;
  restApiKey: string;
  store: UserStore;
  roles: readonly string[];
  /** Apply profilekit's stricter rules (the policy table's `rule`) instead of CometChat's documented ones. */
  strict: boolean;
  rateLimit: RateLimit | false;
  /** The limiter of `rateLimit`; none when it is `false`. */
  rateLimiter?: RateLimiter;
  maxBodyBytes: number;
  /** Milliseconds since the epoch. */
  now: () => number;
}

/** Who is calling: a key (with its scope) or a logged-in user (by auth token). */
export type Caller =
  | { kind: 'key'; scope: 'fullAccess' | 'authOnly'; key: string }
  | { kind: 'user'; uid: string; authToken: string };

/** Unix seconds of the emulator's clock. */
export function nowSeconds(config: EmulatorConfig): number {
  return Math.floor(config.now() / 1000);
}
