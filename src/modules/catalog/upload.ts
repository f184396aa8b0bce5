import type { FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from '../../platform/errors.ts';
import { MAX_IMAGE_BYTES } from './images.service.ts';

/** One uploaded file: its bytes and what the client claimed about it (never trusted alone). */
export type UploadedFile = { data: Buffer; filename: string; mimetype: string };

/**
 * Reads the single file part of a multipart request into memory, stopping at maxBytes. A larger
 * file is refused with `tooLarge`; a request without a file with FILE_MISSING; a broken multipart
 * body with VALIDATION_FAILED (not a 500).
 */
export async function readSingleFilePart(
  request: FastifyRequest,
  maxBytes: number,
  tooLarge: { code: ErrorCode; details: Record<string, unknown> },
): Promise<UploadedFile> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  try {
    const part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
    if (!part) throw new AppError('FILE_MISSING');
    const data = await part.toBuffer();
    return { data, filename: part.filename, mimetype: part.mimetype };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError(tooLarge.code, tooLarge.details);
    }
    throw new AppError('VALIDATION_FAILED', { reason: 'malformed multipart body' });
  }
}

/** `readSingleFilePart`, the bytes only. */
export async function readSingleFile(
  request: FastifyRequest,
  maxBytes: number,
  tooLarge: { code: ErrorCode; details: Record<string, unknown> },
): Promise<Buffer> {
  return (await readSingleFilePart(request, maxBytes, tooLarge)).data;
}

/** One uploaded photo (a product image or a review photo), within the image size limit. */
export function readImageFile(request: FastifyRequest): Promise<Buffer> {
  return readSingleFile(request, MAX_IMAGE_BYTES, {
    code: 'IMAGE_TOO_LARGE',
    details: { maxMb: MAX_IMAGE_BYTES / 1024 / 1024 },
  });
}
