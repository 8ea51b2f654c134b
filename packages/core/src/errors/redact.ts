/** What every secret becomes in a message. The same for every secret: neither its first characters nor its length show. */
export const SECRET_MASK = '****';

/**
 * Masks a secret for a message. Every secret gets the same mask, so a message tells nothing of it —
 * not its first characters, not its length.
 *
 * @example
 * ```ts
 * `The apikey ${maskSecret(apiKey)} does not exist.`; // 'The apikey **** does not exist.'
 * ```
 */
export function maskSecret(_secret: string): string {
  return SECRET_MASK;
}

/**
 * Runs of characters a key or token can be made of. Each pattern here is linear: the runs are maximal
 * (no backtracking between them) and what they contain is checked by {@link hidesSecret} in one pass —
 * `redactSecrets` runs inside every error, on any text.
 */
const WORD = /[A-Za-z0-9_-]+/g;
const HEX_RUN = /[0-9a-f]{32,}/gi;
const CREDENTIAL_PAIR =
  /\b(api_?key|auth_?key|auth_?token|rest_?api_?key|token|secret|password)(["']?\s*[:=]\s*["']?)([^\s"'&,}]+)/gi;

const isDigit = (code: number) => code >= 48 && code <= 57;
const isHex = (code: number) => isDigit(code) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);

/**
 * `true` for a CometChat auth token: `<uid>_<unix seconds><hex>`, that is, a word ending in ten digits and
 * then at least twenty hex characters (uids may hold `_` and `-`).
 */
function isAuthToken(word: string): boolean {
  let hexStart = word.length;
  while (hexStart > 0 && isHex(word.charCodeAt(hexStart - 1))) hexStart -= 1;
  let digits = 0;
  for (let i = hexStart; i <= word.length - 20; i += 1) {
    if (digits >= 10) return true;
    digits = isDigit(word.charCodeAt(i)) ? digits + 1 : 0;
  }
  return false;
}

/** A word with secrets masked: a whole auth token, or each run of 32+ hex characters (CometChat keys are 40). */
function hidesSecret(word: string): string {
  if (word.length < 30) return word;
  return isAuthToken(word) ? SECRET_MASK : word.replace(HEX_RUN, SECRET_MASK);
}

/**
 * Removes credentials from a text: every listed secret, anything shaped like a CometChat key or
 * auth token, and the value of any `apikey=…`/`authToken: …` pair. Linear in the text's length.
 *
 * @example
 * ```ts
 * redactSecrets(`apikey ${restApiKey} not found`, [restApiKey]); // 'apikey **** not found'
 * ```
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join(SECRET_MASK);
  }
  out = out.replace(CREDENTIAL_PAIR, (_match, key: string, sep: string, value: string) =>
    value.includes(SECRET_MASK) ? `${key}${sep}${value}` : `${key}${sep}${SECRET_MASK}`,
  );
  return out.replace(WORD, hidesSecret);
}
