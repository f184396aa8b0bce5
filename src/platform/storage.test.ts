import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDiskStorage } from './storage.ts';

let root: string;
let storage: LocalDiskStorage;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'haat-storage-'));
  storage = new LocalDiskStorage(root);
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('local disk storage', () => {
  it('puts, gets and deletes files and folders', async () => {
    await storage.put('products/a/b/thumb.webp', Buffer.from('one'));
    await storage.put('products/a/b/large.webp', Buffer.from('two'));
    expect((await storage.get('products/a/b/thumb.webp'))?.toString()).toBe('one');
    expect(await storage.get('products/a/missing.webp')).toBeNull();
    await storage.delete('products/a/b/thumb.webp');
    expect(await storage.get('products/a/b/thumb.webp')).toBeNull();
    await storage.delete('products/a/');
    expect(await readdir(path.join(root, 'products'))).toEqual([]);
    await expect(storage.delete('products/never-existed/')).resolves.toBeUndefined();
  });

  it('refuses keys that could escape the storage folder', async () => {
    for (const key of ['../etc/passwd', 'a/../../x', '/abs/path', 'a//b', '.hidden/x']) {
      await expect(storage.put(key, Buffer.from('x')), key).rejects.toThrow(/Invalid storage key/);
    }
  });
});
