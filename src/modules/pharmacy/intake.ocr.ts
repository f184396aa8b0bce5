import { spawn } from 'node:child_process';
import sharp from 'sharp';
import { AppError } from '../../platform/errors.ts';
import { Semaphore } from '../../platform/semaphore.ts';
import { imageWork } from '../catalog/index.ts';

/** One photo's OCR may take this long; past it the process is killed and OCR_FAILED answered. */
const OCR_TIMEOUT_MS = 60_000;
const MAX_OUTPUT_BYTES = 1024 * 1024;
/** Tesseract uses a few cores and ~200 MB per photo: one process reads one photo at a time. */
export const ocrWork = new Semaphore(1);

type RunResult = { code: number | null; stdout: string; stderr: string; missing: boolean };

function run(program: string, args: string[], input?: Buffer): Promise<RunResult> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let settled = false;
    const done = (result: RunResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const child = spawn(program, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      // One thread per page: OpenMP threads spin and slow tesseract many times over on a busy
      // machine; the semaphore above limits pages at once.
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), OCR_TIMEOUT_MS);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (stdout.length > MAX_OUTPUT_BYTES) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 10_000) stderr += chunk;
    });
    child.on('error', (error: NodeJS.ErrnoException) =>
      done({
        code: null,
        stdout,
        stderr: error.message,
        missing: error.code === 'ENOENT' || error.code === 'EACCES',
      }),
    );
    child.on('close', (code) => done({ code, stdout, stderr, missing: false }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

const availability = new Map<string, Promise<boolean>>();

/** Whether `program` runs and has Bengali and English data (asked once per process). */
export function ocrAvailable(program: string): Promise<boolean> {
  let known = availability.get(program);
  if (!known) {
    known = run(program, ['--list-langs']).then((r) => {
      if (r.missing || r.code !== 0) return false;
      const langs = new Set(`${r.stdout}\n${r.stderr}`.split(/\s+/));
      return langs.has('ben') && langs.has('eng');
    });
    availability.set(program, known);
  }
  return known;
}

/**
 * The text of a photographed list or invoice: the photo is turned upright (EXIF), made grey,
 * scaled to a width tesseract reads well, then read with Bengali and English (`-l ben+eng`,
 * one block of text). The photo has been checked by content before (catalog's inspectImage).
 */
export async function readImageText(program: string, image: Buffer): Promise<string> {
  if (!(await ocrAvailable(program))) throw new AppError('OCR_UNAVAILABLE');
  const png = await imageWork.run(async () => {
    const pipeline = sharp(image, { limitInputPixels: 25_000_000 }).rotate().grayscale();
    const meta = await sharp(image, { limitInputPixels: 25_000_000 }).metadata();
    const width = meta.autoOrient?.width ?? meta.width ?? 0;
    const target = width < 1200 ? 1800 : width > 3000 ? 3000 : null;
    if (target) pipeline.resize({ width: target });
    return pipeline.normalise().png().toBuffer();
  });
  const result = await ocrWork.run(() =>
    run(program, ['stdin', 'stdout', '-l', 'ben+eng', '--psm', '6'], png),
  );
  if (result.missing) {
    availability.delete(program);
    throw new AppError('OCR_UNAVAILABLE');
  }
  if (result.code !== 0) throw new AppError('OCR_FAILED');
  return result.stdout;
}
