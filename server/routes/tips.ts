import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../core/api/common.ts';
import {
  deadlineRuleBody, deadlineRuleParams, deadlineRuleView, tip, tipActionRequest, tipAssignmentOptions, tipAttachmentParams, tipCreate,
  tipListQuery, tipPage, tipParams, tipReporterView,
} from '../../core/api/tips.ts';
import { getActor } from '../http/auth-hooks.ts';
import { requestLanguage } from '../http/language.ts';
import { RequestValidationError } from '../http/request-validation.ts';
import { parseTipFields, readTipSubmission, TIP_SUBMISSION_BODY_LIMIT } from '../http/tip-submission.ts';
import { actOnTip, tipAssignmentOptions as assignmentOptions } from '../services/tips/tip-actions.ts';
import { changeDeadlineRule, listDeadlineRules } from '../services/tips/tip-rule-service.ts';
import {
  addTipAttachments, createTip, getTip, getTipReporter, readTipAttachment, searchTips,
} from '../services/tips/tip-service.ts';
import type { AppDependencies } from '../app.ts';

const failures = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const fileFailures = { ...failures, 413: errorResponse, 415: errorResponse };

/** `filename*` in RFC 5987 form: any name, Vietnamese included, and nothing a header could be split on. */
export function contentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename*=UTF-8''${encoded}`;
}

export const tipRoutes = (deps: AppDependencies): FastifyPluginAsyncZod => async (app) => {
  const context = (request: FastifyRequest) => ({ database: deps.database, actor: getActor(request), language: requestLanguage(request) });

  app.get('/api/tips', {
    config: { permission: 'tip.read', auditAction: 'tip.read' },
    schema: {
      tags: ['tips'],
      description: 'The tips queue within the caller\'s scope (`unit` narrows it to a unit\'s subtree): open tips first, nearest due date first. '
        + '`due=overdue|due_soon` (within `withinDays`, default 5). Items never carry the description or the reporter. `counts` are over the '
        + 'same scope and unit, whatever the other filters.',
      querystring: tipListQuery, response: { 200: tipPage, ...failures },
    },
  }, async (request) => searchTips(context(request), request.query));

  app.post('/api/tips', {
    config: { permission: 'tip.write', auditAction: 'tip.create' },
    bodyLimit: TIP_SUBMISSION_BODY_LIMIT,
    schema: {
      tags: ['tips'],
      description: 'Records a tip received by staff, as multipart/form-data: `tip` = the JSON of TipCreate, `attachments` = up to 5 files '
        + '(images, PDF, audio; judged by their content, at most 10 MB each). A JSON body of TipCreate is accepted too. The receiving unit must '
        + 'be a current unit in the caller\'s scope; `receivedAt` not in the future. The reporter\'s identity is stored apart and never returned here.',
      response: { 201: tip, ...fileFailures },
    },
  }, async (request, reply) => {
    const submission = await readTipSubmission(request);
    const input = parseTipFields(tipCreate, submission.fields);
    return reply.status(201).send(await createTip(context(request), input, submission.files));
  });

  app.get('/api/tips/deadline-rules', {
    config: { permission: 'tip.read', auditAction: 'tip.read' },
    schema: {
      tags: ['tips'],
      description: 'The deadline rule of each classification (and of unclassified tips): the law\'s default unless an administrator changed it.',
      response: { 200: z.array(deadlineRuleView), ...failures },
    },
  }, async (request) => listDeadlineRules(context(request)));

  app.put('/api/tips/deadline-rules/:classification', {
    config: { permission: 'tip.rules.write', auditAction: 'tip.rules_update' },
    schema: {
      tags: ['tips'],
      description: 'Changes the deadline rule of a classification. Each extension gives `days` or `months` (exactly one). Tips keep the due dates '
        + 'already set; the rule applies from their next classification, extension or transfer. Audited as `tip.rules_update`.',
      params: deadlineRuleParams, body: deadlineRuleBody, response: { 200: deadlineRuleView, ...failures },
    },
  }, async (request) => changeDeadlineRule(context(request), request.params.classification, request.body));

  app.get('/api/tips/:id', {
    config: { permission: 'tip.read', auditAction: 'tip.read' },
    schema: {
      tags: ['tips'],
      description: 'A tip of a unit in the caller\'s scope, with its attachments (described, not their content), its timeline, and the actions '
        + 'the caller may take now. Never the reporter\'s identity: see `/api/tips/{id}/reporter`.',
      params: tipParams, response: { 200: tip, ...failures },
    },
  }, async (request) => getTip(context(request), request.params.id));

  app.post('/api/tips/:id/actions', {
    config: { permission: 'tip.write', auditAction: 'tip.update' },
    schema: {
      tags: ['tips'],
      description: 'One step of the workflow: classify, assign, start_verification, extend (with the decision\'s reference), resolve, transfer, '
        + 'reopen (with a reason). Out of order: 409 `tip_not_classified` or `tip_transition_not_allowed`; someone else changed the tip meanwhile: '
        + '409 `tip_changed_meanwhile`. A transfer hands the tip to another current unit, where its legal time starts again from the transfer day.',
      params: tipParams, body: tipActionRequest, response: { 200: tip, ...failures },
    },
  }, async (request) => actOnTip(context(request), request.params.id, request.body));

  app.get('/api/tips/:id/assignment-options', {
    config: { permission: 'tip.write', auditAction: 'tip.read' },
    schema: {
      tags: ['tips'],
      description: 'Whom the tip can be assigned to: active agencies of its unit and of the units below, and the unit\'s officers who handle tips.',
      params: tipParams, response: { 200: tipAssignmentOptions, ...failures },
    },
  }, async (request) => assignmentOptions(context(request), request.params.id));

  app.get('/api/tips/:id/reporter', {
    config: { permission: 'tip.reporter.read', auditAction: 'tip.view_reporter' },
    schema: {
      tags: ['tips'],
      description: 'Who reported the tip, for a tip custodian of the unit holding it only (403 `tip_reporter_restricted` otherwise). Every view '
        + 'and every refusal is audited as `tip.view_reporter`.',
      params: tipParams, response: { 200: tipReporterView, ...failures },
    },
  }, async (request) => getTipReporter(context(request), request.params.id));

  app.get('/api/tips/:id/attachments/:attachmentId', {
    config: { permission: 'tip.read', auditAction: 'tip.read_attachment' },
    schema: {
      tags: ['tips'],
      description: 'An attachment\'s bytes, as the type its content was recognised as, to download (never rendered in the page: '
        + '`Content-Security-Policy: sandbox`). Audited as `tip.read_attachment`.',
      params: tipAttachmentParams, response: { 200: z.any().meta({ description: 'The file' }), ...failures },
    },
  }, async (request, reply) => {
    const file = await readTipAttachment(context(request), request.params.id, request.params.attachmentId);
    return reply
      .type(file.media_type)
      .header('content-disposition', contentDisposition(file.file_name))
      .header('content-security-policy', 'sandbox')
      .header('x-content-type-options', 'nosniff')
      .send(file.content);
  });

  app.post('/api/tips/:id/attachments', {
    config: { permission: 'tip.write', auditAction: 'tip.update' },
    bodyLimit: TIP_SUBMISSION_BODY_LIMIT,
    schema: {
      tags: ['tips'],
      description: 'Adds files to a tip, as multipart/form-data: `attachments` = up to 5 files (images, PDF, audio; judged by their content, '
        + 'at most 10 MB each). Recorded in the timeline and audited as `tip.update`.',
      params: tipParams, response: { 201: tip, ...fileFailures },
    },
  }, async (request, reply) => {
    if (!request.isMultipart()) throw notMultipart();
    const submission = await readTipSubmission(request, 'tip', { fieldRequired: false });
    if (submission.fields !== undefined) throw new RequestValidationError([{ code: 'custom', path: ['tip'], message: 'Trường không được hỗ trợ | Unsupported field', input: 'tip' }], 'body');
    return reply.status(201).send(await addTipAttachments(context(request), request.params.id, submission.files));
  });
};

function notMultipart() {
  return new RequestValidationError([{
    code: 'custom', path: ['attachments'], message: 'Hãy gửi tệp dưới dạng multipart/form-data | Send the files as multipart/form-data', input: undefined,
  }], 'body');
}
