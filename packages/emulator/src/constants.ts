/**
 * The app id the emulator answers to when none is given. CometChat app ids are opaque strings; this one
 * is readable on purpose.
 */
export const DEV_APP_ID = 'profilekit-dev';

/**
 * The development Auth Key (authOnly scope: create users, update users, create auth tokens),
 * 40 lowercase hex characters like CometChat's. Deterministic, so demos and tests need no configuration.
 */
export const DEV_AUTH_KEY = 'fca09dc6898fb18cfb4d353fefd8c4de3649f24d';

/** The development REST API key (full access). Deterministic; never use it outside your machine. */
export const DEV_REST_API_KEY = 'dbf71c02a47185c513bfd975d10e1e2e9450d186';

/** The roles an emulated app has unless told otherwise. CometChat apps start with `default`. */
export const DEFAULT_ROLES: readonly string[] = ['default', 'admin', 'moderator'];

/** Generous: ten thousand requests a minute per key or token. */
export const DEFAULT_RATE_LIMIT = { requests: 10_000, windowMs: 60_000 };

/** Request bodies above this many bytes get 413. Ample for a user (metadata ≤ 5 KB, URLs ≤ 3000 chars). */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/** Valid auth tokens kept per user; creating one more drops the oldest. */
export const AUTH_TOKENS_PER_USER = 100;

/** Users per page when none is asked for. */
export const DEFAULT_PER_PAGE = 100;
