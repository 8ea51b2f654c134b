/** C0 and C1 control characters, DEL, and the Unicode line and paragraph separators. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * A log line that stays one line: every control character (a newline, a carriage return, an ANSI
 * escape…) written as `\xNN` or `\uNNNN`, so a request path like `/x%0aGET /admin 200` cannot forge
 * a second line in your log.
 *
 * @example
 * ```ts
 * const log = (line: string) => console.log(safeLogLine(line));
 * log(`GET ${decodeURIComponent('/x%0aforged')} 404`); // GET /x\x0aforged 404
 * ```
 */
export function safeLogLine(line: string): string {
  return line.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}
