import { assignableRoles, hasPermission, type Role } from '../../../core/auth/roles.ts';
import { isUnitInScope } from '../../../core/auth/scope.ts';
import type { UserCreate, UserSummary, UserUpdate } from '../../../core/api/users.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Database } from '../../storage/database.ts';
import type { Executor } from '../../storage/executor.ts';
import { findAgency } from '../../storage/agencies.ts';
import { appendAuditEntry } from '../../storage/audit-log.ts';
import { findUnit } from '../../storage/units.ts';
import { deleteSessionsOfUser } from '../../storage/sessions.ts';
import {
  findUserById, findUserByUsername, findUserListing, insertUser, listUsersUnder, updateUser, type UserListingRow, type UserRow,
} from '../../storage/users.ts';
import { hashPassword } from '../auth/passwords.ts';
import { auditSuccess } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';

function toSummary(row: UserListingRow): UserSummary {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    unitId: row.unit_id,
    unitName: row.unit_name,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    email: row.email,
    isDisabled: row.is_disabled,
    isDemo: row.is_demo,
    lockedUntil: row.locked_until?.toISOString() ?? null,
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
  };
}

export async function listUsers(context: ServiceContext): Promise<UserSummary[]> {
  const { scope } = context.actor;
  const rows = await listUsersUnder(context.database.db, scope.kind === 'country' ? null : scope.unitPath);
  return rows.map(toSummary);
}

interface CheckedUser {
  input: UserCreate;
  unitId: string | null;
}

/** An agency officer writes their agency's reports: without an agency they could write none. */
const agencyRequired = () => new AppError('validation_failed', 400, {}, [
  { field: 'agencyId', message: 'Cán bộ cơ quan, ban, ngành cần chọn cơ quan của mình (để soạn báo cáo của cơ quan). | An agency officer needs their agency (to write its reports).' },
]);

const agencyOutsideUnit = (message: string) => new AppError('validation_failed', 400, {}, [{ field: 'agencyId', message }]);

/** Reads an account back with its unit's and agency's names, as the users page shows it. */
async function summaryOf(db: Executor, userId: string): Promise<UserSummary> {
  const row = await findUserListing(db, userId);
  if (!row) throw new AppError('not_found', 404, { entity: 'user', id: userId });
  return toSummary(row);
}

/** Validates a new account against the database: unit and agency exist, name is free. */
async function checkNewUser(database: Database, input: UserCreate): Promise<CheckedUser & { unitPath: string | null }> {
  const db = database.db;
  if (input.role !== 'system_admin' && input.unitId === null) {
    throw new AppError('validation_failed', 400, {}, [{ field: 'unitId', message: 'Bắt buộc phải có. | Required.' }]);
  }
  const unit = input.unitId ? await findUnit(db, input.unitId) : undefined;
  if (input.unitId && !unit) throw new AppError('unit_not_found', 404, { code: input.unitId });
  if (unit && unit.valid_to !== null) {
    throw new AppError('validation_failed', 400, {}, [
      { field: 'unitId', message: 'Đơn vị này đã giải thể ngày 01/07/2025; hãy chọn đơn vị hiện hành. | This unit ceased on 01/07/2025; choose a current unit.' },
    ]);
  }
  if (input.agencyId) {
    const agency = await findAgency(db, input.agencyId);
    if (!agency || agency.unit_id !== unit?.id) {
      throw agencyOutsideUnit('Cơ quan không thuộc đơn vị đã chọn. | The agency does not belong to the chosen unit.');
    }
  }
  if (await findUserByUsername(db, input.username)) throw new AppError('username_taken', 409, { username: input.username });
  return { input, unitId: unit?.id ?? null, unitPath: unit?.path ?? null };
}

export async function createUser(context: ServiceContext, input: UserCreate): Promise<UserSummary> {
  const { actor, database } = context;
  if (!hasPermission(actor.role, 'user.write')) throw new AppError('forbidden', 403);
  if (!assignableRoles(actor.role).includes(input.role)) throw new AppError('role_not_assignable', 403, { role: input.role });
  if (input.role === 'agency_officer' && !input.agencyId) throw agencyRequired();
  const checked = await checkNewUser(database, input);
  if (checked.unitPath === null ? actor.scope.kind !== 'country' : !isUnitInScope(actor.scope, checked.unitPath)) {
    throw new AppError('out_of_scope', 403, { unit: input.unitId ?? '—', unitId: input.unitId ?? '' });
  }
  const passwordHash = await hashPassword(input.password);
  return database.db.transaction().execute(async (trx) => {
    const row = await insertUser(trx, {
      username: input.username, displayName: input.displayName, passwordHash, role: input.role,
      unitId: checked.unitId, agencyId: input.agencyId, email: input.email ?? null, isDemo: false,
    });
    await auditSuccess(trx, actor, {
      action: 'user.create',
      unitId: checked.unitId,
      targetType: 'user',
      targetId: row.id,
      // Whether an address was given, never the address: the audit log keeps no personal data.
      summary: { after: { username: row.username, role: row.role, unitId: row.unit_id, agencyId: row.agency_id, hasEmail: row.email !== null } },
    });
    return summaryOf(trx, row.id);
  });
}

/**
 * Creates an account without a signed-in actor: the CLI's first admin and the demo accounts.
 * Stands out on purpose: it is the one way to create a user that skips the permission check.
 */
export async function createUserAsSystem(
  database: Database,
  input: UserCreate & { isDemo?: boolean },
  origin: 'cli' | 'demo',
): Promise<UserSummary> {
  const checked = await checkNewUser(database, input);
  const passwordHash = await hashPassword(input.password);
  return database.db.transaction().execute(async (trx) => {
    const row = await insertUser(trx, {
      username: input.username, displayName: input.displayName, passwordHash, role: input.role,
      unitId: checked.unitId, agencyId: input.agencyId, email: input.email ?? null, isDemo: input.isDemo ?? false,
    });
    await appendAuditEntry(trx, {
      actorUserId: null,
      actorUsername: `system:${origin}`,
      actorRole: null,
      unitId: checked.unitId,
      action: 'user.create',
      outcome: 'success',
      targetType: 'user',
      targetId: row.id,
      summary: {
        after: { username: row.username, role: row.role, unitId: row.unit_id, agencyId: row.agency_id, isDemo: row.is_demo, hasEmail: row.email !== null },
      },
    });
    return summaryOf(trx, row.id);
  });
}

/**
 * Changes an account: name, role, agency, e-mail, disabled, lock-out, password. The admin must have the account's
 * unit in scope and be allowed to grant the role it has and the role it gets.
 */
export async function changeUser(context: ServiceContext, userId: string, input: UserUpdate): Promise<UserSummary> {
  const { actor, database } = context;
  if (!hasPermission(actor.role, 'user.write')) throw new AppError('forbidden', 403);
  const existing = await findUserById(database.db, userId);
  if (!existing) throw new AppError('not_found', 404, { entity: 'user', id: userId });
  const unit = existing.unit_id ? await findUnit(database.db, existing.unit_id) : undefined;
  const inScope = unit ? isUnitInScope(actor.scope, unit.path) : actor.scope.kind === 'country';
  if (!inScope) throw new AppError('out_of_scope', 403, { unit: existing.unit_id ?? '—', unitId: existing.unit_id ?? '' });
  const grantable = assignableRoles(actor.role);
  if (!grantable.includes(existing.role as Role)) throw new AppError('role_not_assignable', 403, { role: existing.role });
  if (input.role && !grantable.includes(input.role)) throw new AppError('role_not_assignable', 403, { role: input.role });
  if (input.role === 'system_admin' && existing.unit_id !== null) {
    throw new AppError('validation_failed', 400, {}, [
      { field: 'role', message: 'Quản trị hệ thống không thuộc đơn vị nào; hãy tạo tài khoản mới. | A system admin belongs to no unit; create a new account.' },
    ]);
  }
  await checkAgencyChange(database.db, existing, input);
  if (existing.id === actor.userId && (input.isDisabled || (input.role && input.role !== existing.role))) {
    throw new AppError('cannot_change_self', 403);
  }
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  const emailChanged = input.email !== undefined && input.email !== existing.email;
  return database.db.transaction().execute(async (trx) => {
    const updated = await updateUser(trx, userId, { ...input, passwordHash });
    // A disabled account or a reset password must not stay signed in elsewhere.
    if (input.isDisabled || passwordHash) await deleteSessionsOfUser(trx, userId);
    await auditSuccess(trx, actor, {
      action: 'user.update',
      unitId: existing.unit_id,
      targetType: 'user',
      targetId: userId,
      summary: {
        // Agency ids name an organisation, not a person: they are kept, unlike the e-mail address.
        before: {
          displayName: existing.display_name, role: existing.role, agencyId: existing.agency_id,
          isDisabled: existing.is_disabled, lockedUntil: existing.locked_until,
        },
        after: {
          displayName: updated.display_name, role: updated.role, agencyId: updated.agency_id,
          isDisabled: updated.is_disabled, lockedUntil: updated.locked_until,
        },
        ...(passwordHash ? { passwordReset: true } : {}),
        // That the address changed, never the address: the audit log keeps no personal data.
        ...(emailChanged ? { emailChanged: true } : {}),
      },
    });
    return summaryOf(trx, userId);
  });
}

/**
 * A new agency must be one of the account's own unit. The role and agency after the change are
 * judged together: an agency officer left without an agency could write no report. An account
 * already in that state (from before agencies were required) can still be changed otherwise.
 */
async function checkAgencyChange(db: Executor, existing: UserRow, input: UserUpdate): Promise<void> {
  if (input.agencyId && input.agencyId !== existing.agency_id) {
    const agency = await findAgency(db, input.agencyId);
    if (!agency || agency.unit_id !== existing.unit_id) {
      throw agencyOutsideUnit('Cơ quan không thuộc đơn vị của tài khoản. | The agency does not belong to the account\'s unit.');
    }
  }
  const roleAfter = input.role ?? existing.role;
  const agencyAfter = input.agencyId === undefined ? existing.agency_id : input.agencyId;
  const pairChanged = roleAfter !== existing.role || agencyAfter !== existing.agency_id;
  if (pairChanged && roleAfter === 'agency_officer' && agencyAfter === null) throw agencyRequired();
}
