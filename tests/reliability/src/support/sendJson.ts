import { Agent, request } from 'node:http';

/** Keep-alive connections shared by every request of a test file. */
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** A JSON answer: status, headers and the parsed body (`undefined` when empty, the text when not JSON). */
export interface JsonAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  // biome-ignore lint/suspicious/noExplicitAny: the body is arbitrary JSON
  body: any;
  text: string;
}

/**
 * Sends one request over a keep-alive `node:http` agent — several times the throughput of `fetch`
 * for tens of thousands of small requests — and reads the answer as JSON.
 *
 * @example
 * ```ts
 * const { status, body } = await sendJson(`${url}/v3/users`, 'POST', { apikey }, JSON.stringify({ uid, name }));
 * ```
 */
export function sendJson(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: string | Buffer,
): Promise<JsonAnswer> {
  return new Promise((resolve, reject) => {
    // An explicit length: Node sends a DELETE body neither chunked nor sized otherwise.
    const length = body === undefined ? undefined : String(Buffer.byteLength(body));
    const outgoing = length ? { 'content-type': 'application/json', 'content-length': length, ...headers } : headers;
    const req = request(url, { method, headers: outgoing, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = text === '' ? undefined : text;
        try {
          parsed = JSON.parse(text);
        } catch {}
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed, text });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
