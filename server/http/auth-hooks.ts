import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasPermission, type Permission } from '../../core/auth/roles.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { Database } from '../storage/database.ts';
import type { Actor } from '../services/context.ts';
import { resolveSession } from '../services/auth/auth-service.ts';
import { tokensEqual } from '../services/auth/tokens.ts';

export const SESSION_COOKIE = 'pcmd_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
    sessionToken?: string;
    csrfToken?: string;
    sessionExpiresAt?: Date;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in. Routes are private unless they say so. */
    public?: boolean;
    /** The permission the route needs, checked before the handler runs. */
    permission?: Permission;
    /** The `entity.action` name under which a refusal of this route is audited. */
    auditAction?: string;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The signed-in actor; throws 401 when there is none. */
export function getActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 401);
  return request.actor;
}

export function registerAuthHooks(app: FastifyInstance, database: Database): void {
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await resolveSession(database, token);
    if (!session) return;
    request.actor = session.actor;
    request.sessionToken = token;
    request.csrfToken = session.csrfToken;
    request.sessionExpiresAt = session.expiresAt;
  });

  app.addHook('preHandler', async (request: FastifyRequest, _reply: FastifyReply) => {
    const config = request.routeOptions.config;
    if (!SAFE_METHODS.has(request.method)) checkOrigin(request);
    // The web UI's files hold no data; everything behind a sign-in lives under /api/.
    if (config.public || request.is404 || !request.url.startsWith('/api/')) return;
    const actor = getActor(request);
    // Cookies ride along on cross-site requests; the token in a header does not.
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !request.csrfToken || !tokensEqual(sent, request.csrfToken)) {
        throw new AppError('csrf_failed', 403);
      }
    }
    if (config.permission && !hasPermission(actor.role, config.permission)) throw new AppError('forbidden', 403);
  });
}

/** Refuses writes whose Origin names another site (the browser sets it; forms from elsewhere cannot hide it). */
function checkOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (typeof origin !== 'string' || origin === '') return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new AppError('csrf_failed', 403);
  }
  if (host !== request.headers.host) throw new AppError('csrf_failed', 403);
}
