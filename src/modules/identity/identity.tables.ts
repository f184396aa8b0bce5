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
  disabled_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

declare module '../../platform/db/database.ts' {
  interface Database {
    users: UsersTable;
  }
}
