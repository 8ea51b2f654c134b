/** How many requests one key may make per window. */
export interface RateLimitRule {
  /** Requests per window for one IP address (IPv6: one /64). */
  perIp: number;
  /** Requests per window for one caller, account or uid. */
  perKey: number;
  windowMs: number;
}

/**
 * Failed logins (`POST /session`, and `POST /signup` naming an existing account with a wrong proof), as
 * `rate-limiter-flexible`'s login-protection recipe counts them.
 */
export interface FailedLoginRule {
  /** Failed logins from one IP address (IPv6: one /64), any account, per `windowMs`. */
  perIp: number;
  /** Consecutive failed logins of one account from one IP per `windowMs`; a success starts again. */
  perAccountAndIp: number;
  windowMs: number;
  /** Failed logins of one account from every IP per `accountWindowMs`: the slow, global limit. */
  perAccount: number;
  accountWindowMs: number;
}

/** Every limit of the handler. */
export interface RateLimits {
  signup: RateLimitRule;
  uidCheck: RateLimitRule;
  session: RateLimitRule;
  adminWrite: RateLimitRule;
  avatarUpload: RateLimitRule;
  /** `POST /events/user-changed`: each report costs the backend one REST read. */
  userChanged: RateLimitRule;
  failedLogin: FailedLoginRule;
}

/** Default limits: generous for people, tight for scripts. */
export const defaultRateLimits: RateLimits = {
  signup: { perIp: 20, perKey: 10, windowMs: 60_000 },
  uidCheck: { perIp: 120, perKey: 30, windowMs: 60_000 },
  session: { perIp: 60, perKey: 20, windowMs: 60_000 },
  failedLogin: { perIp: 30, perAccountAndIp: 5, windowMs: 15 * 60_000, perAccount: 100, accountWindowMs: 60 * 60_000 },
  adminWrite: { perIp: 300, perKey: 120, windowMs: 60_000 },
  avatarUpload: { perIp: 60, perKey: 20, windowMs: 60_000 },
  userChanged: { perIp: 120, perKey: 30, windowMs: 60_000 },
};
