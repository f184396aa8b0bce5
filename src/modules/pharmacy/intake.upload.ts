import { AppError } from '../../platform/errors.ts';
import { inspectImage, type UploadedFile } from '../catalog/index.ts';
import type { IntakeSource } from './intake.tables.ts';
import {
  decodeListFile,
  MAX_INTAKE_FILE_BYTES,
  MAX_INTAKE_LINES,
  parseListText,
  type IntakeLine,
} from './intake.parse.ts';
import { readImageText } from './intake.ocr.ts';

const imageName = /\.(jpe?g|png|webp|gif|heic|heif|avif|bmp|tiff?)$/i;

/**
 * The lines of an uploaded list, decided by the file's content (never by its name alone): a
 * raster photo is read with OCR; text is a list or a spreadsheet export. A file that calls itself
 * an image but is none is IMAGE_INVALID; other binary files INTAKE_FILE_UNSUPPORTED.
 */
export async function linesOfUpload(
  file: UploadedFile,
  tesseract: string,
): Promise<{ source: IntakeSource; lines: IntakeLine[] }> {
  const claimsImage = file.mimetype.startsWith('image/') || imageName.test(file.filename);
  let isImage = true;
  try {
    await inspectImage(file.data);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'IMAGE_INVALID' || claimsImage) throw error;
    isImage = false;
  }
  if (isImage) {
    const text = await readImageText(tesseract, file.data);
    const { lines } = parseListText(text);
    if (lines.length === 0) throw new AppError('OCR_FAILED');
    return { source: 'photo', lines };
  }
  if (file.data.length > MAX_INTAKE_FILE_BYTES) {
    throw new AppError('INTAKE_TOO_LARGE', { maxLines: MAX_INTAKE_LINES });
  }
  const { lines, delimited } = parseListText(decodeListFile(file.data));
  return { source: delimited ? 'csv' : 'text', lines };
}
