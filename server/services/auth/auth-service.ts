import type { Role } from '../../../core/auth/roles.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import type { Database } from '../../storage/database.ts';
import { appendAuditEntry } from '../../storage/audit-log.ts';
import { deleteSession, findSession, insertSession, touchSession } from '../../storage/sessions.ts';
import { findUnit } from '../../storage/units.ts';
import { findUserById, findUserByUsername, recordFailedLogin, recordSuccessfulLogin, type UserRow } from '../../storage/users.ts';
import { scopeFor, type Actor } from '../context.ts';
import { verifyAgainstDummy, verifyPassword } from './passwords.ts';
import { hashToken, newToken } from './tokens.ts';

export const sessionPolicy = {
  /** A session ends after this long without a request. */
  idleMinutes: 120,
  /** …and in any case this long after sign-in. */
  absoluteHours: 12,
  /** Failed sign-ins in a row that lock the account… */
  maxFailedLogins: 5,
  /** …for this long. */
  lockoutMinutes: 15,
} as const;

export interface SignedIn {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  actor: Actor;
}

export async function buildActor(database: Database, user: UserRow): Promise<Actor> {
  const unit = user.unit_id ? await findUnit(database.db, user.unit_id) : undefined;
  const role = user.role as Role;
  return {
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    role,
    unitId: unit?.id ?? null,
    unitName: unit?.name ?? null,
    unitLevel: unit?.level ?? null,
    agencyId: user.agency_id,
    isDemo: user.is_demo,
    scope: scopeFor(role, unit ?? null),
  };
}

interface LoginInput {
  database: Database;
  username: string;
  password: string;
  demoMode: boolean;
  now?: Date;
}

/** Checks a password and opens a session. Every outcome, good or bad, lands in the audit log. */
export async function login({ database, username, password, demoMode, now = new Date() }: LoginInput): Promise<SignedIn> {
  const db = database.db;
  const user = await findUserByUsername(db, username);
  const fail = async (reason: string, error: AppError) => {
    await appendAuditEntry(db, {
      actorUserId: user?.id ?? null,
      // What was typed for an unknown user may be a password typed in the wrong field: keep none of it.
      actorUsername: user?.username ?? null,
      actorRole: user?.role ?? null,
      unitId: user?.unit_id ?? null,
      action: 'auth.login',
      outcome: 'failed',
      summary: { reason },
    });
    return error;
  };

  if (!user) {
    await verifyAgainstDummy(password);
    throw await fail('unknown_user', new AppError('invalid_credentials', 401));
  }
  if (user.locked_until && user.locked_until > now) {
    const minutes = Math.ceil((user.locked_until.getTime() - now.getTime()) / 60_000);
    throw await fail('locked', new AppError('account_locked', 423, { minutes }));
  }
  if (!(await verifyPassword(user.password_hash, password))) {
    const failures = user.failed_logins + 1;
    const lock = failures >= sessionPolicy.maxFailedLogins
      ? new Date(now.getTime() + sessionPolicy.lockoutMinutes * 60_000)
      : null;
    await recordFailedLogin(db, user.id, lock);
    if (lock) throw await fail('wrong_password_locked', new AppError('account_locked', 423, { minutes: sessionPolicy.lockoutMinutes }));
    throw await fail('wrong_password', new AppError('invalid_credentials', 401));
  }
  if (user.is_disabled) throw await fail('disabled', new AppError('account_disabled', 403));
  if (user.is_demo && !demoMode) throw await fail('demo_account_outside_demo', new AppError('demo_account_refused', 403));

  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = sessionExpiry(now, now);
  const actor = await buildActor(database, user);
  await db.transaction().execute(async (trx) => {
    await recordSuccessfulLogin(trx, user.id);
    await insertSession(trx, { tokenHash: hashToken(token), userId: user.id, csrfToken, expiresAt });
    await appendAuditEntry(trx, {
      actorUserId: user.id,
      actorUsername: user.username,
      actorRole: user.role,
      unitId: user.unit_id,
      action: 'auth.login',
      outcome: 'success',
    });
  });
  return { token, csrfToken, expiresAt, actor };
}

function sessionExpiry(createdAt: Date, now: Date): Date {
  const idle = now.getTime() + sessionPolicy.idleMinutes * 60_000;
  const absolute = createdAt.getTime() + sessionPolicy.absoluteHours * 3_600_000;
  return new Date(Math.min(idle, absolute));
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  expiresAt: Date;
}

/** The actor behind a session token, or undefined when the session is unknown, expired or its user barred. */
export async function resolveSession(database: Database, token: string, now = new Date()): Promise<ResolvedSession | undefined> {
  const db = database.db;
  const tokenHash = hashToken(token);
  const session = await findSession(db, tokenHash);
  if (!session) return undefined;
  if (session.expires_at <= now) {
    await deleteSession(db, tokenHash);
    return undefined;
  }
  const user = await findUserById(db, session.user_id);
  if (!user || user.is_disabled) return undefined;
  let expiresAt = session.expires_at;
  // Sliding expiry, but written at most once a minute so reads stay reads.
  if (now.getTime() - session.last_seen_at.getTime() > 60_000) {
    expiresAt = sessionExpiry(session.created_at, now);
    await touchSession(db, tokenHash, expiresAt);
  }
  return { actor: await buildActor(database, user), csrfToken: session.csrf_token, expiresAt };
}

export async function logout(database: Database, token: string, actor: Actor): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    await deleteSession(trx, hashToken(token));
    await appendAuditEntry(trx, {
      actorUserId: actor.userId,
      actorUsername: actor.username,
      actorRole: actor.role,
      unitId: actor.unitId,
      action: 'auth.logout',
      outcome: 'success',
    });
  });
}
