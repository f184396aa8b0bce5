import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import {
  dropRedisNamespace,
  probe,
  startHaat,
  until,
  type HaatChild,
} from '../helpers/processes.ts';

const NGINX = '/usr/sbin/nginx';
const shipped = path.resolve('deploy/nginx/haat.conf');
if (!existsSync(NGINX)) {
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

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/**
 * The shipped haat.conf, included from a throwaway main config. Only what must differ on a test
 * machine is replaced: the listen address (loopback, free port) and the cache directory.
 */
async function writeConfig(upstreams: string[], port: number) {
  dir ??= await mkdtemp(path.join(tmpdir(), 'haat-nginx-'));
  const site = (await readFile(shipped, 'utf8'))
    .replace('listen 80;', `listen 127.0.0.1:${port};`)
    .replace('/var/cache/nginx/haat', path.join(dir, 'cache'));
  await writeFile(path.join(dir, 'haat.conf'), site);
  await writeFile(
    path.join(dir, 'haat-upstream.conf'),
    upstreams.map((u) => `server ${u} max_fails=3 fail_timeout=10s;`).join('\n'),
  );
  const main = `
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/haat.conf;
}`;
  await writeFile(path.join(dir, 'nginx.conf'), main);
  return path.join(dir, 'nginx.conf');
}

function run(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const p = spawn(NGINX, args);
    let output = '';
    p.stdout.on('data', (d: Buffer) => (output += d.toString()));
    p.stderr.on('data', (d: Buffer) => (output += d.toString()));
    p.on('exit', (code) => resolve({ code, output }));
  });
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

describe.skipIf(!existsSync(NGINX))('nginx in front of two API processes', () => {
  it('accepts the shipped config (nginx -t)', async () => {
    const conf = await writeConfig(['127.0.0.1:3001', '127.0.0.1:3002'], await freePort());
    const result = await run(['-t', '-c', conf, '-p', dir!]);
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
