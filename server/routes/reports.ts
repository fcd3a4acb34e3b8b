import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../core/api/common.ts';
import {
  adHocRequestCreate, adHocRequestCreated, completenessBoard, report, reportListQuery, reportPage, reportParams, reportReturn, reportSave,
  reportRequestListQuery, reportRequestPage, reportScheduleResult, requestParams,
} from '../../core/api/reports.ts';
import { getActor } from '../http/auth-hooks.ts';
import { requestLanguage } from '../http/language.ts';
import { acceptReport, getReport, returnReport, saveReport, searchReports, submitReport } from '../services/reports/report-service.ts';
import { listIssuedReportRequests } from '../services/reports/request-list-service.ts';
import { createAdHocRequest, getCompletenessBoard, refreshPlanSchedule } from '../services/reports/request-service.ts';
import type { AppDependencies } from '../app.ts';

const failures = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

export const reportRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  const context = (request: Parameters<typeof getActor>[0]) => ({ database: deps.database, actor: getActor(request) });

  app.get('/api/reports', {
    config: { auditAction: 'report.read' },
    schema: {
      tags: ['reports'],
      description: 'The reports a unit owes or consolidates (default: the caller\'s unit), those still to write first (nearest deadline first), with their deadline, timeliness and days to the deadline (today in Vietnam).',
      querystring: reportListQuery, response: { 200: reportPage, ...failures },
    },
  }, async (request) => searchReports(context(request), request.query));

  app.get('/api/reports/:id', {
    config: { auditAction: 'report.read' },
    schema: {
      tags: ['reports'],
      description: 'A report with its content. Until it is submitted, its figures are computed now from the records of its period (Decree 09/2019 cut-off) with the unit\'s corrections; a consolidated report adds up its units\' accepted reports and lists the missing ones. Readable in the report\'s unit\'s scope or by its consolidator.',
      params: reportParams, response: { 200: report, ...failures },
    },
  }, async (request) => getReport(context(request), request.params.id, requestLanguage(request)));

  app.put('/api/reports/:id', {
    config: { permission: 'report.write', auditAction: 'report.update' },
    schema: {
      tags: ['reports'],
      description: 'Saves the narrative and figure corrections (each with a note) of the caller\'s unit\'s report as a new version; the report becomes a draft. Refused with 409 once submitted (`report_not_editable`) or accepted (`report_locked`).',
      params: reportParams, body: reportSave, response: { 200: report, ...failures },
    },
  }, async (request) => saveReport(context(request), request.params.id, request.body, requestLanguage(request)));

  app.post('/api/reports/:id/submit', {
    config: { permission: 'report.write', auditAction: 'report.submit' },
    schema: {
      tags: ['reports'],
      description: 'Freezes the figures as computed now into a new version and sends the report to the unit that asked for it.',
      params: reportParams, response: { 200: report, ...failures },
    },
  }, async (request) => submitReport(context(request), request.params.id, requestLanguage(request)));

  app.post('/api/reports/:id/return', {
    config: { permission: 'report.review', auditAction: 'report.return' },
    schema: {
      tags: ['reports'],
      description: 'Returns a submitted report to its unit with comments. The requesting unit (or one above it) only.',
      params: reportParams, body: reportReturn, response: { 200: report, ...failures },
    },
  }, async (request) => returnReport(context(request), request.params.id, request.body.comment, requestLanguage(request)));

  app.post('/api/reports/:id/accept', {
    config: { permission: 'report.review', auditAction: 'report.accept' },
    schema: {
      tags: ['reports'],
      description: 'Accepts a submitted report: it is locked, and its figures feed the consolidated report. The requesting unit (or one above it) only.',
      params: reportParams, response: { 200: report, ...failures },
    },
  }, async (request) => acceptReport(context(request), request.params.id, requestLanguage(request)));

  app.post('/api/report-requests', {
    config: { permission: 'report.review', auditAction: 'report_request.create' },
    schema: {
      tags: ['reports'],
      description: 'An ad hoc request from the caller\'s unit to current units below it and/or agencies of the caller\'s unit (not its lead agency), at least one of the two: each owes one report by the deadline (not in the past), and the caller\'s unit gets the consolidated report.',
      body: adHocRequestCreate, response: { 201: adHocRequestCreated, ...failures },
    },
  }, async (request, reply) => reply.status(201).send(await createAdHocRequest(context(request), request.body)));

  app.get('/api/report-requests', {
    config: { auditAction: 'report.read' },
    schema: {
      tags: ['reports'],
      description: 'The report requests a unit issued (default: the caller\'s unit; another unit in the caller\'s scope with `unit`), newest period first, each with its expected reports of units and agencies, those submitted, accepted and on time, and its consolidated report.',
      querystring: reportRequestListQuery, response: { 200: reportRequestPage, ...failures },
    },
  }, async (request) => listIssuedReportRequests(context(request), request.query));

  app.get('/api/report-requests/:id/board', {
    config: { auditAction: 'report.read' },
    schema: {
      tags: ['reports'],
      description: 'The consolidator\'s completeness board: every expected report with its status and timeliness, and the shares of complete and on-time reports. The issuer or a unit above it only.',
      params: requestParams, response: { 200: completenessBoard, ...failures },
    },
  }, async (request) => getCompletenessBoard(context(request), request.params.id));

  app.post('/api/plans/:id/report-schedule', {
    config: { permission: 'report.review', auditAction: 'report_request.create' },
    schema: {
      tags: ['reports'],
      description: 'Generates the reports an issued plan\'s reporting regime expects that do not exist yet (issuing the plan does it too). Idempotent.',
      params: z.strictObject({ id: z.uuid() }), response: { 200: reportScheduleResult, ...failures },
    },
  }, async (request) => refreshPlanSchedule(context(request), request.params.id));
};
