import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../core/api/common.ts';
import { childPlanCreate, childPlanStatus, planDetail, planIssue, planList, planListQuery, planParams, planWrite } from '../../core/api/plans.ts';
import { planProgress, progressQuery } from '../../core/api/progress.ts';
import { getActor } from '../http/auth-hooks.ts';
import { requestLanguage } from '../http/language.ts';
import { computePlanProgress } from '../services/progress/progress-service.ts';
import { exportPlanDocument } from '../services/plans/plan-document-service.ts';
import { reportDocumentQuery as documentLanguageQuery } from './report-documents.ts';
import { createChildPlan, listChildPlanStatus } from '../services/plans/plan-cascade-service.ts';
import { amendPlan, createPlan, getPlanDetail, issuePlan, searchPlans, updatePlan } from '../services/plans/plan-service.ts';
import type { AppDependencies } from '../app.ts';

const failures = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

export const planRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  const context = (request: Parameters<typeof getActor>[0]) => ({ database: deps.database, actor: getActor(request) });

  app.get('/api/plans', {
    config: { auditAction: 'plan.read' },
    schema: { tags: ['plans'], querystring: planListQuery, response: { 200: planList, ...failures } },
  }, async (request) => ({ plans: await searchPlans(context(request), request.query) }));

  app.post('/api/plans', {
    config: { permission: 'plan.write', auditAction: 'plan.create' },
    schema: { tags: ['plans'], body: planWrite, response: { 201: planDetail, ...failures } },
  }, async (request, reply) => reply.status(201).send(await createPlan(context(request), request.body)));

  app.get('/api/plans/:id', {
    config: { auditAction: 'plan.read' },
    schema: { tags: ['plans'], params: planParams, response: { 200: planDetail, ...failures } },
  }, async (request) => getPlanDetail(context(request), request.params.id));

  app.put('/api/plans/:id', {
    config: { permission: 'plan.write', auditAction: 'plan.update' },
    schema: { tags: ['plans'], params: planParams, body: planWrite, response: { 200: planDetail, ...failures } },
  }, async (request) => updatePlan(context(request), request.params.id, request.body));

  app.post('/api/plans/:id/issue', {
    config: { permission: 'plan.issue', auditAction: 'plan.issue' },
    schema: { tags: ['plans'], params: planParams, body: planIssue, response: { 200: planDetail, ...failures } },
  }, async (request) => issuePlan(context(request), request.params.id, request.body));

  app.post('/api/plans/:id/amend', {
    config: { permission: 'plan.write', auditAction: 'plan.create' },
    schema: { tags: ['plans'], params: planParams, response: { 201: planDetail, ...failures } },
  }, async (request, reply) => reply.status(201).send(await amendPlan(context(request), request.params.id)));

  app.post('/api/plans/:id/children', {
    config: { permission: 'plan.write', auditAction: 'plan.create' },
    schema: {
      tags: ['plans'], params: planParams, body: childPlanCreate,
      response: { 201: planDetail.extend({ omitted: z.array(z.string()) }), ...failures },
    },
  }, async (request, reply) => reply.status(201).send(await createChildPlan(context(request), request.params.id, request.body.unitId)));

  app.get('/api/plans/:id/children', {
    config: { auditAction: 'plan.read' },
    schema: { tags: ['plans'], params: planParams, response: { 200: childPlanStatus, ...failures } },
  }, async (request) => listChildPlanStatus(context(request), request.params.id));

  app.get('/api/plans/:id/progress', {
    config: { auditAction: 'plan.read' },
    schema: {
      tags: ['plans'],
      description: 'Per target: value, numerator, denominator, status (met, on_track, at_risk, not_met, no_data) and each child unit\'s figures.',
      params: planParams, querystring: progressQuery, response: { 200: planProgress, ...failures },
    },
  }, async (request) => computePlanProgress(context(request), request.params.id, request.query, requestLanguage(request)));

  app.get('/api/plans/:id/document.docx', {
    config: { auditAction: 'plan.read' },
    schema: {
      tags: ['plans'],
      description: 'The plan as a Word document in the format of Decree 30/2020/NĐ-CP. '
        + '`?lang=en` gives an unofficial English translation, marked as such, with the same structure; '
        + 'the default `?lang=vi` is the official Vietnamese document (the Accept-Language header does not change it).',
      // The reports' `?lang=`, with the same values and message.
      params: planParams, querystring: documentLanguageQuery,
      response: { 200: z.any().meta({ description: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }), ...failures },
    },
  }, async (request, reply) => {
    const { file, fileName } = await exportPlanDocument(context(request), request.params.id, request.query.lang);
    return reply
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .send(file);
  });
};
