import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the line between a client and the emulator behaves. */
export type LineMode = 'up' | 'down' | 'hang';

/** One request that reached the line. */
export interface SeenRequest {
  method: string;
  path: string;
  status?: number;
  /** `true` when the client closed the connection before an answer (it cancelled the request). */
  cancelled: boolean;
}

/**
 * A real HTTP hop between a client and the emulator that a test can cut (`down`: connections are
 * reset) or stall (`hang`: requests are held, never answered). It records what went through.
 */
export interface Line {
  url: string;
  mode: LineMode;
  seen: SeenRequest[];
  close(): Promise<void>;
}

/**
 * Opens a {@link Line} to `target` (the emulator's URL).
 *
 * @example
 * ```ts
 * const line = await openLine(server.url);
 * line.mode = 'down';
 * ```
 */
export async function openLine(target: string): Promise<Line> {
  const held = new Set<ServerResponse>();
  const line: Line = { url: '', mode: 'up', seen: [], close: async () => {} };

  async function forward(request: IncomingMessage, response: ServerResponse, seen: SeenRequest) {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name))
        headers.set(name, value);
    }
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    const answer = await fetch(target + (request.url ?? '/'), { method: request.method, headers, body });
    seen.status = answer.status;
    const outgoing: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (name !== 'content-encoding' && name !== 'content-length') outgoing[name] = value;
    });
    response.writeHead(answer.status, outgoing).end(Buffer.from(await answer.arrayBuffer()));
  }

  const server = createServer((request, response) => {
    const seen: SeenRequest = { method: request.method ?? 'GET', path: request.url ?? '/', cancelled: false };
    line.seen.push(seen);
    response.on('close', () => {
      if (!response.writableEnded) seen.cancelled = true;
    });
    if (line.mode === 'down') return request.socket.destroy();
    if (line.mode === 'hang') return void held.add(response);
    forward(request, response, seen).catch(() => request.socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  line.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  line.close = () =>
    new Promise<void>((resolve) => {
      for (const response of held) response.socket?.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return line;
}
