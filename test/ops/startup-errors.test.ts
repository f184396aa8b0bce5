import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runHaat, until } from '../helpers/processes.ts';

/**
 * A start that cannot go on prints one line naming the cause and the setting to change, and exits
 * non-zero: never `undefined`, never a hang.
 */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'haat-startup-'));
  await chmod(dir, 0o755); // the embedded server may run as the unprivileged postgres user
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const base = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'warn',
  HOST: '127.0.0.1',
  PORT: '0',
  METRICS_PORT: '0',
};

/** A port something else listens on, for as long as the returned server is open. */
async function busyPort(): Promise<net.Server & { port: number }> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(server, { port: (server.address() as net.AddressInfo).port });
}

function expectOneClearLine(output: string, ...parts: (string | RegExp)[]) {
  expect(output).not.toMatch(/undefined|\(unknown\)/);
  const lines = output.trim().split('\n');
  const last = lines.at(-1)!;
  for (const part of parts) expect(last).toMatch(part);
}

describe('start-up errors', () => {
  it('an unreachable DATABASE_URL: names the server and DATABASE_URL, exits 1', async () => {
    const { code, output } = await runHaat(['serve'], {
      ...base,
      DATABASE_URL: 'postgres://postgres:secret@127.0.0.1:1/haat',
    });
    expect(code).toBe(1);
    expectOneClearLine(output, 'Cannot reach PostgreSQL at 127.0.0.1:1/haat', 'DATABASE_URL');
    expect(output).not.toContain('secret');
  });

  it('an unreachable REDIS_URL: names the server and REDIS_URL, exits 1 instead of waiting', async () => {
    const { code, output } = await runHaat(['serve'], {
      ...base,
      DATABASE_URL: inject('databaseUrl'),
      REDIS_URL: 'redis://127.0.0.1:1',
    });
    expect(code).toBe(1);
    expectOneClearLine(output, 'Cannot reach Redis at 127.0.0.1:1', 'REDIS_URL');
  });

  it('a busy HTTP port: names the port and PORT, exits 1', async () => {
    const server = await busyPort();
    try {
      const { code, output } = await runHaat(['serve'], {
        ...base,
        DATABASE_URL: inject('databaseUrl'),
        PORT: String(server.port),
      });
      expect(code).toBe(1);
      expectOneClearLine(output, `Port ${server.port}`, 'PORT');
    } finally {
      server.close();
    }
  });

  it(
    'a second start on the same embedded database, then a busy embedded port: each named, exit 1',
    { timeout: 240_000 },
    async () => {
      const embedded = {
        ...base,
        EMBEDDED_PG_DIR: path.join(dir, 'pg'),
        EMBEDDED_PG_PORT: String(40000 + Math.floor(Math.random() * 5000)),
        STORAGE_DIR: path.join(dir, 'files'),
        LOG_LEVEL: 'info',
      };
      const first = spawn(process.execPath, ['bin/haat.js', 'serve'], {
        env: { PATH: process.env.PATH, ...embedded },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let firstOutput = '';
      first.stdout.on('data', (d: Buffer) => (firstOutput += d.toString()));
      first.stderr.on('data', (d: Buffer) => (firstOutput += d.toString()));
      const firstExited = new Promise<number | null>((r) => first.once('exit', r));
      try {
        await until(
          () => /listening on/.test(firstOutput) || first.exitCode !== null,
          'the first Haat to listen',
          180_000,
        );
        expect(firstOutput).toMatch(/listening on/);
        const second = await runHaat(['serve'], embedded);
        expect(second.code).toBe(1);
        expectOneClearLine(second.output, 'already running', 'EMBEDDED_PG_DIR');
      } finally {
        first.kill('SIGTERM');
        expect(await firstExited).toBe(0);
      }

      const server = await busyPort();
      try {
        const busy = await runHaat(['serve'], {
          ...embedded,
          EMBEDDED_PG_PORT: String(server.port),
        });
        expect(busy.code).toBe(1);
        expectOneClearLine(busy.output, `Port ${server.port}`, 'EMBEDDED_PG_PORT');
      } finally {
        server.close();
      }
    },
  );
});

describe('.env', () => {
  it('is read from the working directory; the real environment wins over it', async () => {
    const cwd = path.join(dir, 'checkout');
    await import('node:fs/promises').then((fs) => fs.mkdir(cwd, { recursive: true }));
    await writeFile(
      path.join(cwd, '.env'),
      'DATABASE_URL=postgres://postgres@127.0.0.1:1/from_env_file\nLOG_LEVEL=loud\n',
    );
    // No NODE_ENV=test here: tests otherwise get exactly the environment they pass.
    const { code, output } = await runHaat(['migrate'], { LOG_LEVEL: 'warn' }, { cwd });
    expect(output).toContain('Cannot reach PostgreSQL at 127.0.0.1:1/from_env_file');
    expect(output).not.toContain('LOG_LEVEL');
    expect(code).toBe(1);
  });
});
