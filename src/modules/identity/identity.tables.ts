import type { ColumnType, Generated } from 'kysely';
import type { Role } from '../../platform/http/auth.ts';

export interface UsersTable {
  id: Generated<string>;
  name: string;
  phone: string | null;
  email: string | null;
  password_hash: string;
  role: ColumnType<Role, Role | undefined, Role>;
  locale: ColumnType<'bn' | 'en', 'bn' | 'en' | undefined, 'bn' | 'en'>;
  phone_verified_at: Date | null;
  email_verified_at: Date | null;
  /** Blocked by an admin (or deleted) since then. */
  disabled_at: Date | null;
  blocked_reason: string | null;
  /** A tombstone: personal data erased, orders kept (docs/privacy.md). */
  deleted_at: Date | null;
  /** Access tokens carry it (`ver`); bumping it ends every token issued before. */
  token_version: Generated<number>;
  last_login_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    users: UsersTable;
  }
}

export interface RefreshTokensTable {
  id: string;
  user_id: string;
  family_id: string;
  token_hash: string;
  expires_at: Date;
  created_at: Generated<Date>;
  rotated_at: Date | null;
  revoked_at: Date | null;
  replaced_by: string | null;
}

export type OtpPurpose = 'phone_verify' | 'password_reset' | 'unlock';

export interface OtpCodesTable {
  id: string;
  user_id: string;
  purpose: OtpPurpose;
  phone: string;
  code_hash: string;
  attempts: Generated<number>;
  expires_at: Date;
  consumed_at: Date | null;
  created_at: Generated<Date>;
}

export type LinkPurpose = 'email_verify' | 'password_reset' | 'unlock';

export interface LinkTokensTable {
  id: string;
  user_id: string;
  purpose: LinkPurpose;
  email: string;
  token_hash: string;
  expires_at: Date;
  used_at: Date | null;
  created_at: Generated<Date>;
}

/** A registration waiting for its code (see identity.registration.ts). */
export interface PendingRegistrationsTable {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  password_hash: string;
  role: 'customer' | 'seller';
  locale: 'bn' | 'en';
  channel: 'phone' | 'email';
  code_hash: string;
  attempts: Generated<number>;
  expires_at: Date;
  consumed_at: Date | null;
  created_at: Generated<Date>;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    pending_registrations: PendingRegistrationsTable;
    refresh_tokens: RefreshTokensTable;
    otp_codes: OtpCodesTable;
    link_tokens: LinkTokensTable;
  }
}
