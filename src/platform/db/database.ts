/**
 * The database schema as Kysely sees it. Each module adds its own tables by declaration merging
 * from its `<name>.tables.ts`:
 *
 *   declare module '../../platform/db/database.ts' { interface Database { users: UsersTable } }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database {}
