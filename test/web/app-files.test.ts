/**
 * The installable app's files as the API serves them from the build: the service worker is
 * checked with the server on every use (a cached copy would keep phones on an old version), the
 * manifest has its own content type, hashed assets are cached for a year (docs/web.md "Offline").
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/platform/context.ts';
import type { HttpApp } from '../../src/platform/http/types.ts';
import { buildServer } from '../../src/server.ts';
import { createTestContext } from '../helpers/app.ts';

let webDir: string;
let ctx: AppContext;
let app: HttpApp;

beforeAll(async () => {
  webDir = await mkdtemp(path.join(tmpdir(), 'haat-web-files-'));
  await mkdir(path.join(webDir, 'assets'));
  await writeFile(path.join(webDir, 'index.html'), '<!doctype html><title>হাট</title>');
  const worker = `self.addEventListener("fetch", () => {});${' '.repeat(2048)}`;
  await writeFile(path.join(webDir, 'sw.js'), worker);
  // The build may write a compressed copy beside it, as for every text file.
  await writeFile(path.join(webDir, 'sw.js.br'), brotliCompressSync(worker));
  await writeFile(path.join(webDir, 'manifest.webmanifest'), '{"name":"হাট","start_url":"/"}');
  await writeFile(path.join(webDir, 'assets', 'index-abc123.js'), 'console.log(1);');
  ctx = await createTestContext({ WEB_DIST_DIR: webDir });
  app = await buildServer(ctx);
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await ctx?.close();
  await rm(webDir, { recursive: true, force: true });
});

describe('the installable app files', () => {
  it('serves the service worker as JavaScript that the browser revalidates every time', async () => {
    const res = await app.inject({ url: '/sw.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toContain('addEventListener');
    const compressed = await app.inject({ url: '/sw.js', headers: { 'accept-encoding': 'br' } });
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(compressed.headers['cache-control']).toBe('no-cache');
  });

  it('serves the manifest as application/manifest+json, revalidated', async () => {
    const res = await app.inject({ url: '/manifest.webmanifest' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/manifest\+json/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.json()).toMatchObject({ name: 'হাট', start_url: '/' });
  });

  it('keeps a year of caching for hashed assets only', async () => {
    const asset = await app.inject({ url: '/assets/index-abc123.js' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
