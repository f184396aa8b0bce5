import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { normalizeText } from '../../platform/text.ts';
import { assertShopAccess } from '../shops/index.ts';
import './match.errors.ts';
import { shopType } from './match.repo.ts';
import { MAX_LINE_LENGTH, MAX_MATCH_LINES, type MatchResponse } from './match.schema.ts';
import { matcherFor } from './matcher/matcher.cache.ts';

/** Checks the list's size before any work: one error code per limit, with the limit in it. */
export function checkLines(lines: string[]): void {
  if (lines.length === 0) throw new AppError('MEDICINE_MATCH_NO_LINES');
  if (lines.length > MAX_MATCH_LINES) {
    throw new AppError('MEDICINE_MATCH_TOO_MANY_LINES', { max: MAX_MATCH_LINES });
  }
  const long = lines.findIndex((l) => [...l].length > MAX_LINE_LENGTH);
  if (long >= 0) {
    throw new AppError('MEDICINE_MATCH_LINE_TOO_LONG', { line: long + 1, max: MAX_LINE_LENGTH });
  }
}

/**
 * Matches a pharmacy's messy lines against the master catalog. Only the shop's owner or an admin;
 * another seller's shop is as missing as an unknown one.
 */
export async function matchLines(
  ctx: AppContext,
  user: AuthUser,
  shopId: string,
  lines: string[],
): Promise<MatchResponse> {
  checkLines(lines);
  await assertShopAccess(ctx.db, user, shopId);
  if ((await shopType(ctx.db, shopId)) !== 'pharmacy') {
    throw new AppError('MEDICINE_MATCH_NOT_PHARMACY');
  }
  const matcher = await matcherFor(ctx);
  // Answers echo each line as sent; the matcher normalizes on its own.
  const results = matcher.match(lines.map((l) => normalizeText(l)));
  return { results: results.map((r, i) => ({ ...r, line: lines[i]! })) };
}
