import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DB, DEFAULT_PORT, parseCliArgs } from '../src/cli/args';
import { startEmulatorProcess } from '../src/testing/process';

const dir = mkdtempSync(join(tmpdir(), 'profilekit-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseCliArgs', () => {
  it('needs no flags', () => {
    expect(parseCliArgs([])).toMatchObject({ port: DEFAULT_PORT, host: '127.0.0.1', db: DEFAULT_DB, help: false });
    expect(DEFAULT_PORT).toBe(3939);
  });

  it('reads every flag', () => {
    const options = parseCliArgs([
      ...'--port 0 --host 0.0.0.0 --db :memory: --app-id a1 --auth-key k1 --rest-api-key k2 --roles x,y'.split(' '),
      ...'--rate-limit 5 --seed s.json --allowed-host devbox.lan --cors-origin http://devbox.lan:5173'.split(' '),
    ]);
    expect(options).toEqual({
      port: 0,
      host: '0.0.0.0',
      db: ':memory:',
      appId: 'a1',
      authKey: 'k1',
      restApiKey: 'k2',
      allowedHosts: ['devbox.lan'],
      corsOrigins: ['http://devbox.lan:5173'],
      roles: ['x', 'y'],
      rateLimit: { requests: 5, windowMs: 60_000 },
      seed: 's.json',
      strict: false,
      help: false,
      publishedDevKeys: false,
    });
    expect(parseCliArgs(['--rate-limit', 'off']).rateLimit).toBe(false);
    expect(parseCliArgs(['--cors-origin', 'http://a.lan', '--cors-origin', '*']).corsOrigins).toBe('*');
  });

  it('reads flags after the `--` that `pnpm emulator -- --port 4000` passes on', () => {
    expect(parseCliArgs(['--', '--port', '4000', '--db', ':memory:'])).toMatchObject({ port: 4000, db: ':memory:' });
  });

  it('refuses bad values and unknown flags, naming them', () => {
    expect(() => parseCliArgs(['--port', 'http'])).toThrow('--port');
    expect(() => parseCliArgs(['--rate-limit', '-1'])).toThrow('--rate-limit');
    expect(() => parseCliArgs(['--prot', '1'])).toThrow('--prot');
    expect(() => parseCliArgs(['--cors-origin', 'devbox'])).toThrow('--cors-origin');
  });
});

describe('profilekit-emulator', () => {
  it('seeds users, prints its URL and keys, and stops cleanly on SIGINT', async () => {
    const seed = join(dir, 'users.json');
    writeFileSync(
      seed,
      JSON.stringify({
        users: [
          { uid: 'Seeded1', name: 'Seeded One', role: 'admin' },
          { uid: 'seeded2', name: 'Two' },
        ],
      }),
    );
    const db = join(dir, 'cli.sqlite');
    const cli = await startEmulatorProcess(['--port', '0', '--db', db, '--seed', seed]);
    try {
      expect(cli.output()).toContain('Seeded 2 users');
      expect(cli.authKey).toMatch(/^[0-9a-f]{40}$/);
      expect(cli.output()).toContain(`REST API key  ${cli.restApiKey}`);
      const response = await fetch(`${cli.url}/v3/users/seeded1`, { headers: { apikey: cli.restApiKey } });
      expect((await response.json()).data).toMatchObject({ uid: 'seeded1', name: 'Seeded One', role: 'admin' });
    } finally {
      cli.child.kill('SIGINT');
    }
    expect(await cli.exited).toBe(0);
    const again = await startEmulatorProcess(['--port', '0', '--db', db, '--seed', seed]);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
    expect(again.output()).toContain('Seeded 0 users from');
    expect(again.output()).toContain('(2 existed)');
  });

  it('refuses an invalid seed file, naming the user and the field', async () => {
    const seed = join(dir, 'bad.json');
    writeFileSync(
      seed,
      JSON.stringify([
        { uid: 'ok', name: 'OK' },
        { uid: 'not ok', name: 'Bad' },
      ]),
    );
    await expect(startEmulatorProcess(['--port', '0', '--db', ':memory:', '--seed', seed])).rejects.toThrow(
      /Seed user #2 is invalid.*uid/,
    );
  });

  it('writes a .gitignore of * into the data directory it creates, and none into one that exists', async () => {
    const project = join(dir, 'fresh-project');
    const cli = await startEmulatorProcess(['--port', '0', '--db', join(project, '.data/emulator.sqlite')]);
    expect(await cli.stop()).toBe(0);
    expect(readFileSync(join(project, '.data/.gitignore'), 'utf8').split('\n')).toContain('*');
    expect(existsSync(join(project, '.data/emulator-keys.json'))).toBe(true);

    const existing = join(dir, 'existing-data');
    mkdirSync(existing);
    const again = await startEmulatorProcess(['--port', '0', '--db', join(existing, 'emulator.sqlite')]);
    expect(await again.stop()).toBe(0);
    expect(existsSync(join(existing, '.gitignore'))).toBe(false);
  });

  it('a failed start (port taken) leaves no keys file and no data directory behind', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = String((taken.address() as { port: number }).port);
    try {
      const project = join(dir, 'failed-project');
      await expect(
        startEmulatorProcess(['--port', port, '--db', join(project, '.data/emulator.sqlite')]),
      ).rejects.toThrow(/EADDRINUSE/);
      expect(existsSync(join(project, '.data'))).toBe(false);

      const existing = join(dir, 'failed-existing');
      mkdirSync(existing);
      writeFileSync(join(existing, 'notes.txt'), 'mine');
      await expect(startEmulatorProcess(['--port', port, '--db', join(existing, 'emulator.sqlite')])).rejects.toThrow(
        /EADDRINUSE/,
      );
      expect(readdirSync(existing)).not.toContain('emulator-keys.json');
      expect(readdirSync(existing)).toContain('notes.txt');
    } finally {
      taken.close();
    }
  });
});
