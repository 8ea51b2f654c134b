/**
 * Keeps the first four characters of a secret, masks the rest: `"0123456789abcdef"` → `"0123************"`.
 *
 * @example
 * ```ts
 * maskSecret('0123456789abcdef'); // '0123************'
 * ```
 */
export function maskSecret(secret: string): string {
  const visible = Math.min(4, Math.floor(secret.length / 4));
  return secret.slice(0, visible) + '*'.repeat(Math.max(secret.length - visible, 4));
}

/**
 * Long runs of hex (CometChat keys are 40 hex characters; auth tokens are `uid_` + a timestamp and hex),
 * and `key=value` / `key: value` pairs whose key names a credential.
 */
const TOKEN_LIKE = /\b[A-Za-z0-9-]*_?\d{10,}[0-9a-f]{20,}\b|\b[0-9a-f]{32,}\b/gi;
const CREDENTIAL_PAIR =
  /\b(api_?key|auth_?key|auth_?token|rest_?api_?key|token|secret|password)(["']?\s*[:=]\s*["']?)([^\s"'&,}]+)/gi;

/**
 * Removes credentials from a text: every listed secret, anything shaped like a CometChat key or
 * auth token, and the value of any `apikey=…`/`authToken: …` pair.
 *
 * @example
 * ```ts
 * redactSecrets('apikey 0f1e2d… not found', ['0f1e2d…']); // 'apikey 0f1e**** not found'
 * ```
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join(maskSecret(secret));
  }
  out = out.replace(CREDENTIAL_PAIR, (_match, key: string, sep: string, value: string) =>
    value.includes('****') ? `${key}${sep}${value}` : `${key}${sep}${maskSecret(value)}`,
  );
  return out.replace(TOKEN_LIKE, (token) => (token.includes('****') ? token : maskSecret(token)));
}
