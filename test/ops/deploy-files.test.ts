import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configKeys } from '../../src/platform/config.ts';

type Service = {
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  deploy?: { replicas?: number };
  volumes?: string[];
  depends_on?: Record<string, { condition: string }> | string[];
  stop_grace_period?: string;
};
const compose = parse(readFileSync('deploy/compose.yaml', 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};
const services = compose.services;

describe('deploy/compose.yaml', () => {
  it('runs every part of the stack', () => {
    expect(Object.keys(services).sort()).toEqual(
      [
        'api',
        'grafana',
        'jaeger',
        'migrate',
        'nginx',
        'postgres',
        'prometheus',
        'redis',
        'worker',
      ].sort(),
    );
    expect(services.api!.deploy?.replicas).toBeGreaterThanOrEqual(2);
    expect(services.api!.command).toEqual(['node', 'bin/haat.js', 'serve', '--roles', 'api']);
    expect(services.worker!.command).toEqual(['node', 'bin/haat.js', 'serve', '--roles', 'worker']);
  });

  it('gives every long-running service a healthcheck', () => {
    for (const [name, service] of Object.entries(services)) {
      if (name === 'migrate') continue;
      expect(service.healthcheck?.test, name).toBeDefined();
    }
    expect(services.api!.healthcheck!.test.join(' ')).toContain('/ready');
  });

  it('sets only variables Haat reads (or the OpenTelemetry SDK)', () => {
    for (const name of ['api', 'worker', 'migrate']) {
      const keys = Object.keys(services[name]!.environment ?? {});
      expect(keys.length).toBeGreaterThan(5);
      const unknown = keys.filter((k) => !configKeys.includes(k) && !k.startsWith('OTEL_'));
      expect(unknown, name).toEqual([]);
      expect(services[name]!.environment!.REDIS_URL).toBe('redis://redis:6379');
    }
  });

  it('gives a draining process more time than its own shutdown limit', () => {
    const env = services.api!.environment!;
    const needed = Number(env.SHUTDOWN_DRAIN_MS) + Number(env.SHUTDOWN_TIMEOUT_MS);
    expect(Number.parseInt(services.api!.stop_grace_period!, 10) * 1000).toBeGreaterThan(needed);
  });

  it('mounts files that exist in the repository', () => {
    for (const service of Object.values(services)) {
      for (const volume of service.volumes ?? []) {
        const source = volume.split(':')[0]!;
        if (source.startsWith('.'))
          expect(existsSync(path.join('deploy', source)), source).toBe(true);
      }
    }
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync('Dockerfile', 'utf8');
  it('builds in stages and runs as an unprivileged user', () => {
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^RUN npm ci /m);
    expect(dockerfile).toMatch(/npm run build:web/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^CMD \["node", "bin\/haat.js", "serve"\]$/m);
  });
  it('keeps local state out of the build context', () => {
    const ignored = readFileSync('.dockerignore', 'utf8').split('\n');
    for (const entry of ['node_modules', '.git', '.env', '.haat']) expect(ignored).toContain(entry);
  });
});
