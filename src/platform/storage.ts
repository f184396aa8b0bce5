import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

/**
 * Where uploaded files live. Keys are relative paths like `products/<id>/<image>/600.webp`.
 * Local disk by default; an S3-compatible implementation can replace it without touching modules.
 */
export interface Storage {
  put(key: string, data: Buffer): Promise<void>;
  /** The file's bytes, or null when there is no such key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes one key, or every key under a prefix ending in `/`. Missing keys are not an error. */
  delete(keyOrPrefix: string): Promise<void>;
}

const safeKey = /^[a-zA-Z0-9][a-zA-Z0-9._-]*(\/[a-zA-Z0-9][a-zA-Z0-9._-]*)*\/?$/;

export class LocalDiskStorage implements Storage {
  private readonly root: string;
  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private resolve(key: string): string {
    // Keys come from our own ids, but refuse anything that could climb out of the root anyway.
    if (!safeKey.test(key) || key.split('/').includes('..')) {
      throw new Error(`Invalid storage key: ${key}`);
    }
    return path.join(this.root, key);
  }

  async put(key: string, data: Buffer) {
    const file = this.resolve(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Write then rename, so a reader never sees half a file.
    const temp = `${file}.${randomUUID()}.tmp`;
    await writeFile(temp, data);
    await rename(temp, file);
  }

  async get(key: string) {
    try {
      return await readFile(this.resolve(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(keyOrPrefix: string) {
    await rm(this.resolve(keyOrPrefix), { recursive: true, force: true });
  }
}

const byRoot = new Map<string, Storage>();

/** The storage for a STORAGE_DIR (one instance per directory). */
export function storageFor(config: { STORAGE_DIR: string }): Storage {
  const root = path.resolve(config.STORAGE_DIR);
  let storage = byRoot.get(root);
  if (!storage) {
    storage = new LocalDiskStorage(root);
    byRoot.set(root, storage);
  }
  return storage;
}
