import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../core/api/common.ts';
import {
  publicTipAddition, publicTipCreate, publicTipLookup, publicTipReceipt, publicTipStatusView, publicTipSubmissionHeaders, publicUnit, publicUnitQuery,
} from '../../core/api/tips.ts';
import { createPublicLimiter, withRetryAfter, type PublicTipLimitOptions } from '../http/public-limits.ts';
import {
  parseTipFields, readTipSubmission, submissionKeyOf, TIP_SUBMISSION_BODY_LIMIT,
} from '../http/tip-submission.ts';
import {
  addToPublicTip, isRepeatSubmission, lookUpPublicTip, searchPublicUnits, submitPublicTip, SUBMISSION_REPLAY_HOURS,
} from '../services/tips/public-tip-service.ts';
import type { AppDependencies } from '../app.ts';

const failures = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 413: errorResponse, 415: errorResponse, 429: errorResponse };

/**
 * The public page's API: no sign-in, no cookie set, no address kept. `config.public` lets these
 * routes through without a session or CSRF token. CSRF is no risk here: a forged cross-site
 * request carries nothing the forger lacks (no cookie or other ambient credential is used — the
 * receipt code travels in the body, which another site cannot read or supply), so it can do only
 * what its author could do directly. Writes from another site's page are refused anyway by the
 * Origin check every write passes (server/http/auth-hooks.ts). A signed-in officer's cookie, if
 * the browser sends it, is ignored: nothing here reads the actor.
 *
 * Limits are checked before the body is read, so a flood costs no parsing; the per-code limit is
 * checked once the code is read (server/http/public-limits.ts).
 */
export const publicTipRoutes = (deps: AppDependencies, limitOptions: PublicTipLimitOptions = {}): FastifyPluginAsyncZod => async (app) => {
  const limits = createPublicLimiter(limitOptions);
  // request.ip: the socket's address, or the proxy's X-Forwarded-For when trustProxy is on.
  const limited = (take: (address: string) => void) => async (request: FastifyRequest, reply: Parameters<typeof withRetryAfter>[0]) =>
    withRetryAfter(reply, () => take(request.ip));

  app.get('/api/public/units', {
    config: { public: true },
    onRequest: limited(limits.unitSearch),
    schema: {
      tags: ['public'],
      description: 'No sign-in. Today\'s provinces and communes whose name contains `q` (accents and case ignored), at most 20, with the province they belong to.',
      querystring: publicUnitQuery, response: { 200: z.array(publicUnit), ...failures },
    },
  }, async (request) => searchPublicUnits(deps.database, request.query));

  app.post('/api/public/tips', {
    config: { public: true, auditAction: 'tip.public_submit' },
    bodyLimit: TIP_SUBMISSION_BODY_LIMIT,
    // A repeat of a saved submission counts as a lookup (it shows a receipt code again), not as a new
    // tip, so a reporter retrying on a weak connection is not locked out of sending.
    onRequest: async (request, reply) => withRetryAfter(reply, async () => {
      const key = submissionKeyOf(request);
      const repeat = key !== undefined && await isRepeatSubmission(deps.database, key);
      (repeat ? limits.lookup : limits.submission)(request.ip);
    }),
    schema: {
      tags: ['public'],
      description: 'No sign-in. A tip from the public page, as multipart/form-data: `tip` = the JSON of PublicTipCreate, `attachments` = up to 5 files '
        + '(images, PDF, audio; judged by content). A JSON body of PublicTipCreate is accepted too. Returns the receipt code, formatted '
        + 'XXXX-XXXX-XXXX-XXXX-XXXX: it is shown this once and stored only as a hash. Limited per client and overall (429 `rate_limited`).\n\n'
        + '**Idempotency.** Send an `Idempotency-Key` header (16–100 letters, digits, `-` or `_`, e.g. a UUID; quoted or not) made once per '
        + 'filled-in form and kept for every try of it, including after a network failure; make a new one for the next form. A repeat of the '
        + `same key and content within ${SUBMISSION_REPLAY_HOURS} hours records nothing and gets the first answer again, the same receipt code `
        + 'included, with the header `Idempotent-Replayed: true`; it counts as a lookup, not a submission, against the limits. The same key with '
        + 'different content: 409 `tip_submission_key_reused`. The same key and content after the window: 409 `tip_already_submitted` (the code '
        + 'cannot be shown again). A malformed key: 400 naming `headers.idempotency-key`. Without the header every submission is a new tip.',
      headers: publicTipSubmissionHeaders,
      response: { 201: publicTipReceipt, ...failures, 409: errorResponse },
    },
  }, async (request, reply) => {
    const submission = await readTipSubmission(request);
    const input = parseTipFields(publicTipCreate, submission.fields);
    const { receipt, replayed } = await submitPublicTip(deps.database, input, submission.files, submissionKeyOf(request));
    if (replayed) reply.header('idempotent-replayed', 'true');
    return reply.status(201).send(receipt);
  });

  app.post('/api/public/tips/status', {
    config: { public: true },
    onRequest: limited(limits.lookup),
    schema: {
      tags: ['public'],
      description: 'No sign-in. The status of a tip from its receipt code (in the body, never in a URL; case, spaces and dashes ignored). '
        + 'A wrong code and a malformed one get the same 404 `receipt_code_not_matched`. Limited per client and per code (429 `rate_limited`).',
      body: publicTipLookup, response: { 200: publicTipStatusView, ...failures },
    },
  }, async (request, reply) => withRetryAfter(reply, () => lookUpPublicTip(deps.database, limits, request.body.receiptCode)));

  app.post('/api/public/tips/additions', {
    config: { public: true, auditAction: 'tip.public_addition' },
    bodyLimit: TIP_SUBMISSION_BODY_LIMIT,
    onRequest: limited(limits.lookup),
    schema: {
      tags: ['public'],
      description: 'No sign-in. Adds information to a tip, as multipart/form-data: `addition` = the JSON of PublicTipAddition (receipt code and text), '
        + '`attachments` = up to 5 files; or a JSON body of PublicTipAddition. Counts as a try of the code; at most 10 additions a day per tip.',
      response: { 201: publicTipStatusView, ...failures },
    },
  }, async (request, reply) => {
    const submission = await readTipSubmission(request, 'addition');
    const input = parseTipFields(publicTipAddition, submission.fields);
    return reply.status(201).send(await withRetryAfter(reply, () => addToPublicTip(deps.database, limits, input, submission.files)));
  });
};
