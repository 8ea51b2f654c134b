// A benchmark target: the emulator on a SQLite file seeded with N users, in its own process.
// Prints one JSON line: { url, restApiKey, authToken, uid }.
import { parseArgs } from 'node:util';
import { createSqliteStore, type StoredUser, startEmulator } from '../../packages/emulator/src/index.ts';

const { values } = parseArgs({ options: { users: { type: 'string', default: '100' }, db: { type: 'string' } } });
const count = Number(values.users);
if (!values.db) throw new Error('--db <file> is required');

const store = createSqliteStore(values.db);
const now = Math.floor(Date.now() / 1000);
const users: StoredUser[] = Array.from({ length: count }, (_, i) => ({
  uid: `user${i}`,
  name: `User ${i}`,
  role: 'default',
  status: 'offline',
  tags: ['bench'],
  metadata: { plan: 'free', index: i },
  createdAt: now,
}));
store.insertUsers(users);

const server = await startEmulator({ port: 0, store, rateLimit: false });
const login = await fetch(`${server.url}/users/user0/auth_tokens`, {
  method: 'POST',
  headers: { apikey: server.restApiKey, 'content-type': 'application/json' },
  body: '{}',
});
const { data } = (await login.json()) as { data: { authToken: string } };
console.log(
  JSON.stringify({ url: server.url, restApiKey: server.restApiKey, authToken: data.authToken, uid: 'user0' }),
);
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
