import type { Executor } from './executor.ts';

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  unit_id: string | null;
  agency_id: string | null;
  /** Where report reminders go (migration 0018). */
  email: string | null;
  is_demo: boolean;
  is_disabled: boolean;
  failed_logins: number;
  locked_until: Date | null;
  last_login_at: Date | null;
}

const userColumns = [
  'users.id', 'users.username', 'users.display_name', 'users.password_hash', 'users.role', 'users.unit_id',
  'users.agency_id', 'users.email', 'users.is_demo', 'users.is_disabled', 'users.failed_logins', 'users.locked_until',
  'users.last_login_at',
] as const;

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .select(userColumns)
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
}

export interface NewUser {
  username: string;
  displayName: string;
  passwordHash: string;
  role: string;
  unitId: string | null;
  agencyId: string | null;
  email?: string | null | undefined;
  isDemo: boolean;
}

export async function insertUser(db: Executor, user: NewUser): Promise<UserRow> {
  return db
    .insertInto('users')
    .values({
      username: user.username,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      role: user.role,
      unit_id: user.unitId,
      agency_id: user.agencyId,
      email: user.email ?? null,
      is_demo: user.isDemo,
    })
    .returning(userColumns)
    .executeTakeFirstOrThrow();
}

export async function recordFailedLogin(db: Executor, id: string, lockUntil: Date | null): Promise<number> {
  const row = await db
    .updateTable('users')
    .set((eb) => ({
      failed_logins: eb('failed_logins', '+', 1),
      ...(lockUntil ? { locked_until: lockUntil } : {}),
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .returning('failed_logins')
    .executeTakeFirstOrThrow();
  return row.failed_logins;
}

export async function recordSuccessfulLogin(db: Executor, id: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: null, last_login_at: new Date(), updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export interface UserChanges {
  displayName?: string | undefined;
  role?: string | undefined;
  /** Another agency, or null for none; the service checks it belongs to the user's unit. */
  agencyId?: string | null | undefined;
  /** A new address, or null to remove it. */
  email?: string | null | undefined;
  isDisabled?: boolean | undefined;
  unlock?: boolean | undefined;
  passwordHash?: string | undefined;
}

export async function updateUser(db: Executor, id: string, changes: UserChanges): Promise<UserRow> {
  return db
    .updateTable('users')
    .set({
      ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
      ...(changes.role !== undefined ? { role: changes.role } : {}),
      ...(changes.agencyId !== undefined ? { agency_id: changes.agencyId } : {}),
      ...(changes.email !== undefined ? { email: changes.email } : {}),
      ...(changes.isDisabled !== undefined ? { is_disabled: changes.isDisabled } : {}),
      ...(changes.unlock ? { failed_logins: 0, locked_until: null } : {}),
      ...(changes.passwordHash !== undefined ? { password_hash: changes.passwordHash } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .returning(userColumns)
    .executeTakeFirstOrThrow();
}

/** A user as the users page shows them: with the names of their unit and agency. */
export interface UserListingRow extends UserRow {
  unit_name: string | null;
  agency_name: string | null;
}

function selectListing(db: Executor) {
  return db
    .selectFrom('users')
    .leftJoin('admin_units', 'admin_units.id', 'users.unit_id')
    .leftJoin('agencies', 'agencies.id', 'users.agency_id')
    .select(userColumns)
    .select(['admin_units.name as unit_name', 'agencies.name as agency_name']);
}

export async function listUsersUnder(db: Executor, unitPathPrefix: string | null): Promise<UserListingRow[]> {
  let query = selectListing(db).orderBy('users.username');
  if (unitPathPrefix !== null) query = query.where('admin_units.path', 'like', `${unitPathPrefix}%`);
  return query.limit(1000).execute();
}

export async function findUserListing(db: Executor, id: string): Promise<UserListingRow | undefined> {
  return selectListing(db).where('users.id', '=', id).executeTakeFirst();
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
