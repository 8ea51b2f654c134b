import type { CometChatTarget, SignupInput, TransportOptions } from '@profilekit/core';
import type { RestClient } from '@profilekit/core/rest';
import type { AvatarUploadOptions } from './avatars/AvatarUploadOptions';
import type { ReplayWindow } from './events/eventHub';
import type { TrustedProxies } from './limits/clientAddress';
import type { RateLimits } from './limits/rateLimits';
import type { WebhookOptions } from './routes/webhooks';
import type { ProfileKitStore } from './store/ProfileKitStore';

/** Who calls an admin route: a CometChat uid and its CometChat role. */
export interface Caller {
  uid: string;
  role: string;
}

/** The actions the handler rate-limits. */
export type RateLimitedAction = keyof RateLimits;

/** What {@link ProfileKitHandlerOptions.onSignup} receives. */
export interface SignupContext {
  /** The CometChat user the person asks for, validated with the policy table's `signup` column; uid lowercased. */
  user: SignupInput;
  /** Your app's own fields (email, password…), as sent: validate them yourself. */
  account: Record<string, unknown>;
  request: Request;
}

/**
 * What your `onSignup` hook did with the account:
 * - `created`: stored a new account row for this uid;
 * - `pending`: found this person's own row (the proof matched) whose sign-up has not completed;
 * - `completed`: found this person's own row whose sign-up completed (a repeated submit).
 *
 * `accountId` is a stable, unguessable id of the row (the same on every retry). profilekit marks the
 * CometChat user it creates with a hash of it, and adopts an existing user only when the mark matches.
 */
export interface SignupOutcome {
  status: 'created' | 'pending' | 'completed';
  accountId: string;
}

/** What the sign-up hooks after `onSignup` receive. */
export interface SignupStepContext {
  uid: string;
  accountId: string;
  request: Request;
}

/** What {@link ProfileKitHandlerOptions.onUserDeleted} receives. */
export interface UserDeletedContext {
  uid: string;
  /** `true`: CometChat forgot the uid (it may be signed up again); `false`: a soft delete. */
  permanent: boolean;
  /** The admin who deleted the user. */
  caller: Caller;
  request: Request;
}

/** What {@link ProfileKitHandlerOptions.onUserDeactivated} and `onUserReactivated` receive. */
export interface UsersChangedContext {
  uids: string[];
  caller: Caller;
  request: Request;
}

/** Options of `createProfileKitHandler`. */
export interface ProfileKitHandlerOptions {
  /** Your CometChat app (`{ appId, region }`), or the emulator (`{ baseUrl, appId }`). */
  target: CometChatTarget;
  /** The REST API key. It stays in this process: never in an answer, an error or a log line. */
  restApiKey: string;
  /** How the handler reaches CometChat (`fetch`, timeout, retries of reads). */
  transport?: TransportOptions;
  /** Where the handler is mounted, e.g. `'/api'`; default `''`. */
  basePath?: string;
  /**
   * Stores the new person's account in your database — or recognises the same person retrying (their
   * proof, e.g. the password, matches the stored row). Throw a `ProfileKitHttpError` (e.g. `uidTaken(uid)`,
   * or 400 with field details) to refuse. Without it, `POST /signup` answers 404.
   */
  onSignup?: (context: SignupContext) => Promise<SignupOutcome>;
  /** The CometChat user of this account exists now: mark the row complete. */
  onSignupComplete?: (context: SignupStepContext) => Promise<void> | void;
  /** The uid belongs to another CometChat user: remove the row `onSignup` stored (it can never complete). */
  onSignupDiscard?: (context: SignupStepContext) => Promise<void> | void;
  /** `true` when your own database holds this uid (availability checks). */
  isUidReserved?: (uid: string) => Promise<boolean> | boolean;
  /**
   * Your app's own login: check the body (e.g. `{ login, password }`) and return the account's uid, or `null`.
   * Without it, `POST /session` answers 404.
   */
  authenticate?: (input: { body: unknown; request: Request }) => Promise<{ uid: string } | null>;
  /** Which account a login body names, for throttling failed logins per account; default `body.login ?? body.uid ?? body.email`. */
  loginName?: (body: unknown) => string | undefined;
  /**
   * The account a login name belongs to (e.g. the uid of an email), so that logging in by uid and by email
   * count against one account's failed-login limits; `undefined` for an unknown name. Default: the name itself.
   */
  accountOf?: (loginName: string) => Promise<string | undefined> | string | undefined;
  /**
   * An admin deleted a user through the handler (CometChat already has): remove or freeze the account row,
   * or a sign-up of the uid by the same person would find it. Throwing answers 500.
   */
  onUserDeleted?: (context: UserDeletedContext) => Promise<void> | void;
  /** An admin deactivated users: freeze their accounts (CometChat already refuses them tokens). */
  onUserDeactivated?: (context: UsersChangedContext) => Promise<void> | void;
  /** An admin reactivated users: unfreeze their accounts. */
  onUserReactivated?: (context: UsersChangedContext) => Promise<void> | void;
  /** Who calls, or `null`. Default: the `Authorization: Bearer <CometChat auth token>` verified with CometChat. */
  authorize?: (request: Request) => Promise<Caller | null>;
  /** CometChat roles that may use the admin routes; default `['admin']`. */
  adminRoles?: readonly string[];
  /** Seconds a verified auth token is trusted before it is checked again; default 10. */
  tokenCacheSeconds?: number;
  /** Seconds a uid availability answer is reused; default 5. */
  availabilityCacheSeconds?: number;
  /** Limits per action (per IP and per caller/account/uid), or `false` to turn them off (tests only). */
  rateLimit?: false | Partial<RateLimits>;
  /**
   * Where limits, lockouts, the token cache, the availability cache and the avatar quota live; default
   * one process's memory (`createMemoryStore()`). Behind several instances give them one shared store
   * (`createRedisStore` from `@profilekit/server/redis`), or each instance's limits count on their own.
   */
  store?: ProfileKitStore;
  /**
   * The proxies in front of this backend, whose `X-Forwarded-For` entries are believed: their number
   * (e.g. `1` behind one load balancer) or their addresses and CIDR ranges (`['10.0.0.0/8']`). Default:
   * none — the peer's address counts and `X-Forwarded-For` is ignored (a client can write anything there).
   */
  trustedProxies?: TrustedProxies;
  /** The client's IP address, overriding the adapter's peer and `trustedProxies`. */
  clientIp?: (request: Request) => string | undefined;
  /** Largest request body in bytes; default 64 KB. */
  maxBodyBytes?: number;
  /** Origins allowed to call from a browser (CORS); default: same-origin only (no CORS headers). */
  allowedOrigins?: readonly string[];
  /** `Host` header values accepted (guards against DNS rebinding); default: any. */
  allowedHosts?: readonly string[];
  /** One line per request (method, path, status, ms) and per failure (error code only); control characters are escaped. */
  log?: (line: string) => void;
  /**
   * Avatar uploads: `POST /avatars` for any signed-in caller (checked, re-encoded with `sharp`, stored) and
   * `GET /avatars/:name` serving stored files. Off when absent.
   */
  avatars?: AvatarUploadOptions;
  /**
   * Live profiles: `GET /events` streams each caller the events they may see (Server-Sent Events, resumable
   * with `Last-Event-ID` within the replay window: by default the last 1,000 events of the last 5 minutes;
   * a heartbeat every 25 s). Always on; these tune it.
   */
  events?: {
    /** Seconds between heartbeats on a quiet stream; default 25. */
    heartbeatSeconds?: number;
    /** How long and how many events stay replayable in the store; default 300 s, 1,000 events. */
    replay?: ReplayWindow;
    /**
     * Seconds between checks of an open stream's caller (at a heartbeat): a token revoked outside your backend
     * (CometChat's dashboard, its REST API) or a changed role shows within this; default 300. Logging out
     * through the handler, deactivation and deletion close a stream at once, and a role change the handler
     * makes applies with its `user.updated` event.
     */
    recheckSeconds?: number;
  };
  /**
   * CometChat's webhooks (`POST /webhooks/cometchat`) with the Basic credentials you set in CometChat's
   * dashboard: presence and blocking become live events. Off when absent (the route answers 404).
   */
  webhooks?: WebhookOptions;
  /** The REST admin client to use instead of one made from `target` and `restApiKey` (tests, wrappers). */
  restClient?: RestClient;
}

/** What an adapter may tell the handler about the connection. */
export interface ConnectionInfo {
  /** The peer's IP address, for per-IP rate limits. */
  clientIp?: string;
}

/** A web-standard request handler: Hono, Next.js route handlers, edge runtimes, Node through `toNodeHandler`. */
export type ProfileKitHandler = (request: Request, connection?: ConnectionInfo) => Promise<Response>;
