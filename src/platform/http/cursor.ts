import { z } from 'zod';
import { AppError } from '../errors.ts';

/**
 * Keyset cursors for every list (`?limit=&cursor=`, answer `{ items, nextCursor }`).
 *
 * A cursor is opaque to clients: the sort key of the last row of a page, as JSON, in base64url. Each list
 * declares the shape of its key with a zod schema; a cursor that does not decode to exactly that shape is
 * refused with `INVALID_CURSOR` (400) before any SQL runs, so nothing a client sends is ever cast in SQL
 * unchecked. See docs/decisions/0012-one-cursor-format-and-module-imports.md.
 */
export type KeysetCursor<T> = {
  encode(key: T): string;
  /** `undefined` for the first page; the decoded key, or `AppError('INVALID_CURSOR')`. */
  decode(cursor: string | undefined | null): T | undefined;
};

export function keysetCursor<S extends z.ZodType>(schema: S): KeysetCursor<z.output<S>> {
  return {
    encode: (key) => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url'),
    decode(cursor) {
      if (cursor === undefined || cursor === null || cursor === '') return undefined;
      if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) throw new AppError('INVALID_CURSOR');
      let json: unknown;
      try {
        json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      } catch {
        throw new AppError('INVALID_CURSOR');
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) throw new AppError('INVALID_CURSOR');
      return parsed.data;
    },
  };
}

/** The `cursor` query parameter of every list. */
export const cursorParam = z
  .string()
  .max(400)
  .optional()
  .describe('Opaque: the `nextCursor` of the previous page');

/** Building blocks for cursor keys. */
export const keyPart = {
  /** A row id (uuid, any version: PostgreSQL accepts them all). */
  id: z.guid(),
  /** A bigserial id. */
  serial: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  /** A finite sort value (ranks, distances). */
  number: z.number().finite(),
  /**
   * A `timestamptz` as PostgreSQL prints it (`created_at::text`, microseconds kept, which a JS Date would
   * lose), checked to be a real calendar time so the cast in SQL cannot fail.
   */
  pgTimestamp: z.string().max(40).refine(isPgTimestamp, { message: 'not a timestamp' }),
};

const PG_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?[+-](\d{2})(?::(\d{2}))?$/;

function isPgTimestamp(text: string): boolean {
  const m = PG_TIMESTAMP.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second, offH, offM] = m.slice(1).map(Number) as number[];
  if (year! < 1 || hour! > 23 || minute! > 59 || second! > 59) return false;
  if (offH! > 15 || (offM ?? 0) > 59) return false;
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return date.getUTCMonth() === month! - 1 && date.getUTCDate() === day;
}

/** The key is a row id; the list reads the row's exact sort values back in SQL (`(created_at, id) < (SELECT …)`). */
export const idCursor = keysetCursor(z.tuple([keyPart.id]));
/** The key is a bigserial id (newest first: `id < key`). */
export const serialCursor = keysetCursor(z.tuple([keyPart.serial]));
