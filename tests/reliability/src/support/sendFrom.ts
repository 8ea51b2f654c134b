import { Agent, request } from 'node:http';

/**
 * Sends `addresses × perAddress` GET requests, each from its own loopback source address
 * (127.1.x.y: Linux routes all of 127.0.0.0/8 to the loopback interface), as that many clients would.
 * Returns the statuses. `headers(n)` gives the n-th request's headers.
 */
export async function sendFrom({
  url,
  addresses,
  perAddress,
  headers,
  concurrency = 8,
}: {
  url: string;
  addresses: number;
  perAddress: number;
  headers: (n: number) => Record<string, string>;
  concurrency?: number;
}): Promise<number[]> {
  const statuses: number[] = [];
  let nextAddress = 0;
  const one = (agent: Agent, localAddress: string, n: number) =>
    new Promise<number>((resolve, reject) => {
      const req = request(url, { agent, localAddress, headers: headers(n) }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end();
    });
  async function worker() {
    while (nextAddress < addresses) {
      const index = nextAddress++;
      const localAddress = `127.1.${Math.floor(index / 250)}.${(index % 250) + 1}`;
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      for (let i = 0; i < perAddress; i += 1) statuses.push(await one(agent, localAddress, index * perAddress + i));
      agent.destroy();
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return statuses;
}
