import type { Generated } from 'kysely';

export interface ProductSearchTable {
  product_id: string;
  shop_id: string;
  /** Matching forms of the names (folded Bengali stems, singular English) and their synonyms. */
  names: string;
  names_phonetic: string;
  /** Category path, generic name, brand, manufacturer, strength: weaker evidence than the name. */
  extra: string;
  extra_phonetic: string;
  /** " 500 500mg 5 5kg ": numbers and quantities of the name, strength and variant labels. */
  numbers: string;
  source_updated_at: Date;
  /** The text pipeline version that built the document (migration 0020; TEXT_PIPELINE). */
  pipeline: Generated<number>;
  indexed_at: Generated<Date>;
  // Copies kept by triggers (migration 0011); never written by application code.
  visible: Generated<boolean>;
  min_price: Generated<string | null>;
  in_stock: Generated<boolean>;
  shop_type: Generated<string | null>;
  lat: Generated<number | null>;
  lng: Generated<number | null>;
  category_id: Generated<string | null>;
  created_at: Generated<Date | null>;
  // Generated columns (migration 0013).
  /** The distinct words of names, names_phonetic, extra and extra_phonetic (GIN, `terms && $1`). */
  terms: Generated<string[]>;
  /** ll_to_earth(lat, lng) (GiST, near me). */
  location: Generated<string | null>;
}

/** Every word that has appeared in a search document; kept by a trigger (migration 0013). */
export interface SearchTermsTable {
  term: string;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    product_search: ProductSearchTable;
    search_terms: SearchTermsTable;
  }
}
