import { ApiError } from './errors';

/**
 * Reads a request's JSON body, refusing more than `maxBytes` (413 `ERR_PAYLOAD_TOO_LARGE`), a body that is
 * not JSON (400 `ERR_INVALID_JSON`) or not sent as JSON (400 `ERR_INVALID_CONTENT_TYPE`). An empty body is `{}`.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const text = await readText(request, maxBytes);
  if (text.trim() === '') return {};
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type.trim())) {
    const message = `Send the body as JSON with "Content-Type: application/json" (got ${type ? `"${type}"` : 'none'}).`;
    throw new ApiError(400, 'ERR_INVALID_CONTENT_TYPE', message, { body: [message] });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = `The request body is not valid JSON: ${(error as Error).message}`;
    throw new ApiError(400, 'ERR_INVALID_JSON', message, { body: [message] });
  }
}

async function readText(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function tooLarge(maxBytes: number): ApiError {
  const message = `The request body is larger than ${maxBytes} bytes, the most this server accepts.`;
  return new ApiError(413, 'ERR_PAYLOAD_TOO_LARGE', message, { body: [message] });
}

/** A string list from a JSON array or a comma-separated string; `undefined` for anything else. */
export function stringList(value: unknown): string[] | undefined {
  if (typeof value === 'string')
    return value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  return undefined;
}

/** The object members of a parsed body (`{}` for a non-object). */
export function bodyObject(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}
