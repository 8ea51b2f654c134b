// A benchmark target: the emulator on a SQLite file seeded with N users, in its own process.
// Users vary like a real app's: 1 in 50 is an admin, 1 in 10 online, each in one of 100 teams (a tag).
// Prints one JSON line: { url, restApiKey, authToken, uid, seedMs, seedCpuMs }.
import { parseArgs } from 'node:util';
import { createSqliteStore, type StoredUser, startEmulator } from '../../packages/emulator/src/index.ts';

const { values } = parseArgs({ options: { users: { type: 'string', default: '100' }, db: { type: 'string' } } });
const count = Number(values.users);
if (!values.db) throw new Error('--db <file> is required');

const started = performance.now();
const cpu = process.cpuUsage();
const store = createSqliteStore(values.db);
const now = Math.floor(Date.now() / 1000);
const users: StoredUser[] = Array.from({ length: count }, (_, i) => ({
  uid: `user${i}`,
  name: `User ${i}`,
  role: i % 50 === 0 ? 'admin' : 'default',
  status: i % 10 === 0 ? 'online' : 'offline',
  tags: ['bench', `team${i % 100}`],
  metadata: { plan: 'free', index: i },
  createdAt: now,
}));
store.insertUsers(users);
const seedMs = Math.round(performance.now() - started);
const seedCpu = process.cpuUsage(cpu);
const seedCpuMs = Math.round((seedCpu.user + seedCpu.system) / 1000);

const server = await startEmulator({ port: 0, store, rateLimit: false });
const login = await fetch(`${server.url}/users/user0/auth_tokens`, {
  method: 'POST',
  headers: { apikey: server.restApiKey, 'content-type': 'application/json' },
  body: '{}',
});
const { data } = (await login.json()) as { data: { authToken: string } };
console.log(
  JSON.stringify({
    url: server.url,
    appId: server.appId,
    restApiKey: server.restApiKey,
    authToken: data.authToken,
    uid: 'user0',
    seedMs,
    seedCpuMs,
  }),
);
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
