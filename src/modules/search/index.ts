import type { HaatModule } from '../../platform/http/types.ts';
import { reindexProducts } from './search.document.ts';
import { searchRoutes } from './search.routes.ts';
import './search.errors.ts';
import './search.tables.ts';

export {
  refreshProductSearch,
  refreshProductSearchBySku,
  reindexProducts,
} from './search.document.ts';
export { search, suggest } from './search.service.ts';
export { phoneticKey } from './text/phonetic.ts';
export {
  basicNormalize,
  foldBengali,
  singularizeEnglish,
  tokenize,
  type Token,
} from './text/normalize.ts';
export { detectLatinLanguage } from './text/analyze.ts';
export { GROCERY_SYNONYMS, isKnownEnglishWord } from './text/synonyms.ts';

// The text pipeline itself, for other text that Bengali, English and Banglish must meet in.
export { analyzeDocument, analyzeQuery, type AnalyzedQuery } from './text/analyze.ts';

export const searchModule: HaatModule = {
  name: 'search',
  routes: searchRoutes,
  // Seeds write products directly; this indexes whatever has no up-to-date document, and every
  // document when some were built by an older text pipeline (without loose keys).
  seed: async (ctx) => {
    await reindexProducts(ctx.db);
    return [];
  },
};
