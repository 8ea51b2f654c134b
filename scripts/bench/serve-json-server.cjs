// The baseline: json-server 0.17 (lowdb, the whole database rewritten as one JSON file on every write),
// seeded with the same N users. Prints one JSON line: { url }.
const { writeFileSync } = require('node:fs');
const { parseArgs } = require('node:util');
const jsonServer = require('json-server');

const { values } = parseArgs({ options: { users: { type: 'string', default: '100' }, db: { type: 'string' } } });
const count = Number(values.users);
const now = Math.floor(Date.now() / 1000);
const users = Array.from({ length: count }, (_, i) => ({
  id: `user${i}`,
  name: `User ${i}`,
  role: i % 50 === 0 ? 'admin' : 'default',
  status: i % 10 === 0 ? 'online' : 'offline',
  tags: ['bench', `team${i % 100}`],
  metadata: { plan: 'free', index: i },
  createdAt: now,
}));
writeFileSync(values.db, JSON.stringify({ users }));

const app = jsonServer.create();
app.use(jsonServer.bodyParser);
app.use(jsonServer.router(values.db));
const server = app.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` }));
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
