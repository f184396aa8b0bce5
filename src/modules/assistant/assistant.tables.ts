import type { ColumnType, Generated } from 'kysely';
import type { AssistantAction, AssistantCard, AssistantLang } from './assistant.types.ts';

type Json<T> = ColumnType<T, string | undefined, string>;

export interface AssistantSessionsTable {
  id: Generated<string>;
  user_id: string | null;
  /** sha256 of the guest token (the token itself is only in the guest's browser). */
  guest_token_hash: string | null;
  lang: Generated<AssistantLang>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export type MessageRole = 'user' | 'assistant' | 'agent';

export interface AssistantMessagesTable {
  id: Generated<string>;
  session_id: string;
  role: MessageRole;
  text: string;
  lang: AssistantLang;
  intent: string | null;
  confidence: number | null;
  cards: Json<AssistantCard[]>;
  actions: Json<AssistantAction[]>;
  created_at: Generated<Date>;
}

/** A product the conversation last showed ("ওটা", "2 ta dao" point at the first one). */
export type ShownProduct = {
  productId: string;
  variantId: string;
  name: string;
  price: number;
  shopId: string;
};
export type LastSearch = { product: string; priceMax?: number; lat?: number; lng?: number };

export interface AssistantDialogueStateTable {
  session_id: string;
  last_products: Json<ShownProduct[]>;
  last_search: Json<LastSearch | null>;
  pending_slot: string | null;
  previous_intent: string | null;
  failures: Generated<number>;
  updated_at: Generated<Date>;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    assistant_sessions: AssistantSessionsTable;
    assistant_messages: AssistantMessagesTable;
    assistant_dialogue_state: AssistantDialogueStateTable;
  }
}
