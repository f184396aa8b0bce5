import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import sharp from 'sharp';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { storageFor } from '../../platform/storage.ts';
import { inspectImage } from '../catalog/index.ts';
import type { PrescriptionFileType } from './prescriptions.tables.ts';

export const MAX_PRESCRIPTION_BYTES = 10 * 1024 * 1024;
/** Files per order (or per request), over every upload. */
export const MAX_PRESCRIPTION_FILES = 5;

/** The type a file really is, from its first bytes (the declared type and name are ignored). */
export function sniffType(data: Buffer): PrescriptionFileType | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff)
    return 'image/jpeg';
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (
    data.length >= 12 &&
    data.toString('latin1', 0, 4) === 'RIFF' &&
    data.toString('latin1', 8, 12) === 'WEBP'
  )
    return 'image/webp';
  if (data.toString('latin1', 0, 5) === '%PDF-') return 'application/pdf';
  return null;
}

export type CheckedFile = { type: PrescriptionFileType; data: Buffer };

/**
 * Checks one upload by its content: a photo must decode (within the pixel limit) and is re-encoded
 * in its own format, which drops EXIF (a phone's GPS position) and applies its rotation; a PDF must
 * start and end like one. Anything else is refused.
 */
export async function checkFile(data: Buffer): Promise<CheckedFile> {
  if (data.length > MAX_PRESCRIPTION_BYTES) {
    throw new AppError('PRESCRIPTION_FILE_TOO_LARGE', {
      maxMb: MAX_PRESCRIPTION_BYTES / 1024 / 1024,
    });
  }
  const type = sniffType(data);
  if (!type) throw new AppError('PRESCRIPTION_FILE_INVALID');
  if (type === 'application/pdf') {
    const tail = data.toString('latin1', Math.max(0, data.length - 1024));
    if (!tail.includes('%%EOF')) throw new AppError('PRESCRIPTION_FILE_INVALID');
    return { type, data };
  }
  try {
    await inspectImage(data);
  } catch {
    throw new AppError('PRESCRIPTION_FILE_INVALID');
  }
  const image = sharp(data, { failOn: 'error' }).rotate();
  const clean =
    type === 'image/jpeg'
      ? image.jpeg({ quality: 90 })
      : type === 'image/png'
        ? image.png()
        : image.webp({ quality: 90 });
  try {
    return { type, data: await clean.toBuffer() };
  } catch {
    throw new AppError('PRESCRIPTION_FILE_INVALID');
  }
}

/**
 * Reads every file part of a multipart request (field name free), each within the size limit, at
 * most MAX_PRESCRIPTION_FILES of them. Other fields are returned as text.
 */
export async function readUploads(
  request: FastifyRequest,
): Promise<{ files: Buffer[]; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const files: Buffer[] = [];
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts({
      limits: { fileSize: MAX_PRESCRIPTION_BYTES, files: MAX_PRESCRIPTION_FILES, fields: 5 },
    })) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        if (data.length > 0) files.push(data);
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('PRESCRIPTION_FILE_TOO_LARGE', {
        maxMb: MAX_PRESCRIPTION_BYTES / 1024 / 1024,
      });
    }
    if (code === 'FST_FILES_LIMIT') {
      throw new AppError('PRESCRIPTION_FILE_LIMIT', { max: MAX_PRESCRIPTION_FILES });
    }
    throw new AppError('VALIDATION_FAILED', { reason: 'malformed multipart body' });
  }
  if (files.length === 0) throw new AppError('FILE_MISSING');
  return { files, fields };
}

/** Writes checked files under fresh random keys; returns the keys (for the rows, or to undo). */
export async function storeFiles(ctx: AppContext, files: CheckedFile[]) {
  const storage = storageFor(ctx.config);
  const stored: { key: string; file: CheckedFile }[] = [];
  try {
    for (const file of files) {
      const key = `prescriptions/${randomUUID()}/${randomUUID()}`;
      await storage.put(key, file.data);
      stored.push({ key, file });
    }
  } catch (error) {
    await removeFiles(
      ctx,
      stored.map((s) => s.key),
    );
    throw error;
  }
  return stored;
}

export async function removeFiles(ctx: AppContext, keys: string[]) {
  const storage = storageFor(ctx.config);
  for (const key of keys) {
    await storage.delete(`${key.split('/').slice(0, 2).join('/')}/`).catch(() => undefined);
  }
}

export async function readStored(ctx: AppContext, key: string) {
  return storageFor(ctx.config).get(key);
}
