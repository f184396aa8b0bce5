import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './services.ts';
import { probe, until } from './processes.ts';

export const NGINX = '/usr/sbin/nginx';
export const nginxAvailable = existsSync(NGINX);
const shipped = path.resolve('deploy/nginx/haat.conf');

/**
 * The shipped haat.conf, included from a throwaway main config in `dir`. Only what must differ on
 * a test machine is replaced: the listen address (loopback, `port`) and the cache directory.
 */
export async function writeNginxConfig(dir: string, upstreams: string[], port: number) {
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

export function runNginx(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const p = spawn(NGINX, args);
    let output = '';
    p.stdout.on('data', (d: Buffer) => (output += d.toString()));
    p.stderr.on('data', (d: Buffer) => (output += d.toString()));
    p.on('exit', (code) => resolve({ code, output }));
  });
}

export type RunningNginx = { base: string; stop: () => Promise<void> };

/** The shipped config in front of `upstreams` (host:port), on a free loopback port. */
export async function startNginx(upstreams: string[]): Promise<RunningNginx> {
  const dir = await mkdtemp(path.join(tmpdir(), 'haat-nginx-'));
  const port = await freePort();
  const conf = await writeNginxConfig(dir, upstreams, port);
  const child: ChildProcess = spawn(NGINX, ['-c', conf, '-p', dir], { stdio: 'ignore' });
  const exited = new Promise((r) => child.once('exit', r));
  const base = `http://127.0.0.1:${port}`;
  await until(async () => (await probe(`${base}/health`)) === 200, 'nginx to proxy');
  return {
    base,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGQUIT');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
