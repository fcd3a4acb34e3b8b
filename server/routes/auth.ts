import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loginRequest, sessionResponse, type CurrentUser } from '../../core/api/auth.ts';
import { errorResponse } from '../../core/api/common.ts';
import type { Actor } from '../services/context.ts';
import { login, logout } from '../services/auth/auth-service.ts';
import { getActor, SESSION_COOKIE } from '../http/auth-hooks.ts';
import type { AppDependencies } from '../app.ts';

function toCurrentUser(actor: Actor): CurrentUser {
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    unit: actor.unitId ? { id: actor.unitId, name: actor.unitName ?? '', level: actor.unitLevel ?? '' } : null,
    agencyId: actor.agencyId,
  };
}

export const authRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  app.post('/api/auth/login', {
    // Account lock-out stops guessing one password; this stops one client trying many accounts.
    config: { public: true, auditAction: 'auth.login', rateLimit: { max: 30, timeWindow: 60_000 } },
    schema: {
      tags: ['auth'],
      body: loginRequest,
      response: { 200: sessionResponse, 401: errorResponse, 423: errorResponse, 429: errorResponse },
    },
  }, async (request, reply) => {
    const signedIn = await login({
      database: deps.database,
      username: request.body.username,
      password: request.body.password,
      demoMode: deps.demoMode,
    });
    reply.setCookie(SESSION_COOKIE, signedIn.token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: request.protocol === 'https',
      expires: signedIn.expiresAt,
    });
    return { user: toCurrentUser(signedIn.actor), csrfToken: signedIn.csrfToken, expiresAt: signedIn.expiresAt.toISOString() };
  });

  app.get('/api/auth/session', {
    schema: { tags: ['auth'], response: { 200: sessionResponse, 401: errorResponse } },
  }, async (request) => {
    const actor = getActor(request);
    return { user: toCurrentUser(actor), csrfToken: request.csrfToken ?? '', expiresAt: request.sessionExpiresAt!.toISOString() };
  });

  app.post('/api/auth/logout', {
    config: { auditAction: 'auth.logout' },
    schema: { tags: ['auth'], response: { 204: z.null() } },
  }, async (request, reply) => {
    await logout(deps.database, request.sessionToken!, getActor(request));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });
};

