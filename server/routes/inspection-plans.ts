import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../core/api/common.ts';
import {
  inspectionPlan, inspectionPlanCreate, inspectionPlanDelete, inspectionPlanListQuery, inspectionPlanPage, inspectionPlanParams,
  inspectionPlanUpdate,
} from '../../core/api/inspection-plans.ts';
import { getActor } from '../http/auth-hooks.ts';
import {
  changeInspectionPlan, createInspectionPlan, deleteInspectionPlan, getInspectionPlan, searchInspectionPlans,
} from '../services/inspection-plans/inspection-plan-service.ts';
import type { AppDependencies } from '../app.ts';

const failures = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

export const inspectionPlanRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  const context = (request: Parameters<typeof getActor>[0]) => ({ database: deps.database, actor: getActor(request) });

  app.get('/api/inspection-plans', {
    config: { permission: 'enforcement.read', auditAction: 'inspection_plan.read' },
    schema: {
      tags: ['inspection-plans'],
      description: 'The yearly inspection plans within the caller\'s scope, newest year first, each with its totals (planned, done, late) as of today.',
      querystring: inspectionPlanListQuery, response: { 200: inspectionPlanPage, ...failures },
    },
  }, async (request) => searchInspectionPlans(context(request), request.query));

  app.get('/api/inspection-plans/:id', {
    config: { permission: 'enforcement.read', auditAction: 'inspection_plan.read' },
    schema: {
      tags: ['inspection-plans'],
      description: 'A plan with its establishments and its progress, computed now from the year\'s inspections by teams of the plan unit\'s subtree.',
      params: inspectionPlanParams, response: { 200: inspectionPlan, ...failures },
    },
  }, async (request) => getInspectionPlan(context(request), request.params.id));

  app.post('/api/inspection-plans', {
    config: { permission: 'enforcement.write', auditAction: 'inspection_plan.create' },
    schema: {
      tags: ['inspection-plans'],
      description: 'One live plan per unit and year (409 otherwise). Planned establishments must be live, open and in the unit\'s subtree.',
      body: inspectionPlanCreate, response: { 201: inspectionPlan, ...failures },
    },
  }, async (request, reply) => reply.status(201).send(await createInspectionPlan(context(request), request.body)));

  app.patch('/api/inspection-plans/:id', {
    config: { permission: 'enforcement.write', auditAction: 'inspection_plan.update' },
    schema: {
      tags: ['inspection-plans'],
      description: 'Changes any field but the unit; `items`, when given, replaces the whole list.',
      params: inspectionPlanParams, body: inspectionPlanUpdate, response: { 200: inspectionPlan, ...failures },
    },
  }, async (request) => changeInspectionPlan(context(request), request.params.id, request.body));

  app.delete('/api/inspection-plans/:id', {
    config: { permission: 'enforcement.write', auditAction: 'inspection_plan.delete' },
    schema: {
      tags: ['inspection-plans'],
      description: 'Soft deletion with a reason: the plan leaves every list, the audit log keeps its content.',
      params: inspectionPlanParams, body: inspectionPlanDelete,
      response: { 204: z.null().meta({ description: 'Deleted' }), ...failures },
    },
  }, async (request, reply) => {
    await deleteInspectionPlan(context(request), request.params.id, request.body.reason);
    return reply.status(204).send(null);
  });
};
