import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { NGINX, nginxAvailable, runNginx, writeNginxConfig } from '../helpers/nginx.ts';
import {
  dropRedisNamespace,
  probe,
  startHaat,
  until,
  type HaatChild,
} from '../helpers/processes.ts';
import { freePort } from '../helpers/services.ts';

if (!nginxAvailable) {
  console.warn(`nginx-lb.test: skipped, ${NGINX} is missing (apt-get install -y nginx-light)`);
}

let dir: string | undefined;
let nginx: ChildProcess | undefined;
const children: HaatChild[] = [];
const namespace = `haat-ops-${randomUUID()}`;
afterAll(async () => {
  for (const c of children) if (c.child.exitCode === null) c.child.kill('SIGKILL');
  nginx?.kill('SIGQUIT');
  await dropRedisNamespace(process.env.REDIS_URL, namespace);
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function writeConfig(upstreams: string[], port: number) {
  dir ??= await mkdtemp(path.join(tmpdir(), 'haat-nginx-'));
  return writeNginxConfig(dir, upstreams, port);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
type Result = { status: number; sentId: string; requestId: string | undefined };
function get(url: string): Promise<Result> {
  const sentId = randomUUID();
  return new Promise((resolve) => {
    const req = http.get(url, { agent, headers: { 'x-request-id': sentId } }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          sentId,
          requestId: res.headers['x-request-id'] as string | undefined,
        }),
      );
    });
    req.on('error', () => resolve({ status: 0, sentId, requestId: undefined }));
  });
}

describe.skipIf(!nginxAvailable)('nginx in front of two API processes', () => {
  it('accepts the shipped config (nginx -t)', async () => {
    const conf = await writeConfig(['127.0.0.1:3001', '127.0.0.1:3002'], await freePort());
    const result = await runNginx(['-t', '-c', conf, '-p', dir!]);
    expect(result.output).toContain('syntax is ok');
    expect(result.code).toBe(0);
  });

  it('loses no request when one API process dies mid-stream', { timeout: 180_000 }, async () => {
    const env = { REDIS_URL: process.env.REDIS_URL, REDIS_NAMESPACE: namespace };
    const apis = [startHaat('api', env), startHaat('api', env)];
    const worker = startHaat('worker', env);
    children.push(...apis, worker);
    const urls = await Promise.all(apis.map((a) => a.url));
    await worker.workerStarted;

    const port = await freePort();
    const conf = await writeConfig(
      urls.map((u) => new URL(u).host),
      port,
    );
    nginx = spawn(NGINX, ['-c', conf, '-p', dir!], { stdio: 'ignore' });
    const base = `http://127.0.0.1:${port}`;
    await until(async () => (await probe(`${base}/health`)) === 200, 'nginx to proxy');

    const total = 240;
    const results: Result[] = [];
    let sent = 0;
    const client = async () => {
      while (sent < total) {
        sent++;
        if (sent === total / 3) apis[0]!.child.kill('SIGKILL');
        results.push(await get(`${base}/api/v1/config`));
      }
    };
    await Promise.all([client(), client(), client(), client()]);

    expect(await apis[0]!.exited).toBeNull(); // it really died
    expect(results).toHaveLength(total);
    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    // The caller's X-Request-Id reaches the API (which echoes it) through nginx.
    expect(results.filter((r) => r.requestId !== r.sentId)).toEqual([]);
    // Both processes served traffic before the kill (round robin).
    for (const api of apis) expect(api.output()).toContain('/api/v1/config');
  });
});
