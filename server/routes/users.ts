import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponse } from '../../core/api/common.ts';
import { userCreate, userList, userParams, userSummary, userUpdate } from '../../core/api/users.ts';
import { getActor } from '../http/auth-hooks.ts';
import { changeUser, createUser, listUsers } from '../services/users/user-service.ts';
import type { AppDependencies } from '../app.ts';

export const userRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  const context = (request: Parameters<typeof getActor>[0]) => ({ database: deps.database, actor: getActor(request) });

  app.get('/api/users', {
    config: { permission: 'user.read', auditAction: 'user.read' },
    schema: { tags: ['users'], response: { 200: userList, 403: errorResponse } },
  }, async (request) => ({ users: await listUsers(context(request)) }));

  app.post('/api/users', {
    config: { permission: 'user.write', auditAction: 'user.create' },
    schema: {
      tags: ['users'], body: userCreate,
      response: { 201: userSummary, 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse },
    },
  }, async (request, reply) => reply.status(201).send(await createUser(context(request), request.body)));

  app.patch('/api/users/:id', {
    config: { permission: 'user.write', auditAction: 'user.update' },
    schema: {
      tags: ['users'], params: userParams, body: userUpdate,
      response: { 200: userSummary, 400: errorResponse, 403: errorResponse, 404: errorResponse },
    },
  }, async (request) => changeUser(context(request), request.params.id, request.body));
};
