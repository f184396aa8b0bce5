import type { UserRow } from './identity.repo.ts';
import type { UserDto } from './identity.schema.ts';

export function presentUser(row: UserRow): UserDto {
  return {
    id: row.id,
    name: row.name,
    phone: row.phone,
    email: row.email,
    role: row.role,
    locale: row.locale,
    phoneVerified: row.phone_verified_at !== null,
    emailVerified: row.email_verified_at !== null,
    createdAt: row.created_at.toISOString(),
  };
}
