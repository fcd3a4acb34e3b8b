import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler } from 'fastify-type-provider-zod';
import { AppError } from '../core/errors/app-error.ts';
import type { Database } from './storage/database.ts';
import { registerAuthHooks } from './http/auth-hooks.ts';
import { registerErrorHandler } from './http/error-handler.ts';
import type { PublicTipLimitOptions } from './http/public-limits.ts';
import { registerJsonBodyParser } from './http/json-body.ts';
import { validatorCompiler } from './http/request-validation.ts';
import { agencyRoutes } from './routes/agencies.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { communicationActivityRoutes } from './routes/communication-activities.ts';
import { crimeStatisticsRoutes } from './routes/crime-statistics.ts';
import { establishmentRoutes } from './routes/establishments.ts';
import { exportRoutes } from './routes/exports.ts';
import { harmReductionModelRoutes } from './routes/harm-reduction-models.ts';
import { healthRoutes } from './routes/health.ts';
import { importRoutes } from './routes/imports.ts';
import { hotspotRoutes } from './routes/hotspots.ts';
import { inspectionPlanRoutes } from './routes/inspection-plans.ts';
import { inspectionRoutes } from './routes/inspections.ts';
import { planRoutes } from './routes/plans.ts';
import { programmeIntegrationRoutes } from './routes/programme-integrations.ts';
import { publicTipRoutes } from './routes/public-tips.ts';
import { recordHistoryRoutes } from './routes/record-history.ts';
import { referenceFigureRoutes } from './routes/reference-figures.ts';
import { reportRoutes } from './routes/reports.ts';
import { reportDocumentRoutes } from './routes/report-documents.ts';
import { supportStatisticsRoutes } from './routes/support-statistics.ts';
import { tipRoutes } from './routes/tips.ts';
import { trainingCourseRoutes } from './routes/training-courses.ts';
import { unitRoutes } from './routes/units.ts';
import { userRoutes } from './routes/users.ts';

export interface AppDependencies {
  database: Database;
  demoMode: boolean;
}

export interface AppOptions extends AppDependencies {
  logger?: boolean;
  /** Where the built web UI lives; the UI is not served when it is missing (API-only tests). */
  webRoot?: string | null;
  /** Trust X-Forwarded-* from a reverse proxy (so cookies are Secure behind HTTPS). */
  trustProxy?: boolean;
  /** The public tip page's abuse limits, when not the defaults (benchmarks, tests). */
  publicTipLimits?: PublicTipLimitOptions;
}

export const defaultWebRoot = fileURLToPath(new URL('../dist/web/', import.meta.url));
export const BODY_LIMIT_BYTES = 1_048_576;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy ?? false,
    // Request logs carry method, route and status only: never bodies, which may hold personal data,
    // nor the client's address (the public tip page promises reporters it is not kept).
    logger: options.logger ? { level: 'info', redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'req.remoteAddress', 'req.remotePort'] } : false,
  });
  const deps: AppDependencies = { database: options.database, demoMode: options.demoMode };

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerJsonBodyParser(app);
  registerErrorHandler(app, deps.database);
  // Officials work on weak connections: pages, scripts and JSON go compressed when the client accepts it.
  await app.register(fastifyCompress, { global: true, threshold: 1024 });
  await app.register(fastifyCookie);
  // Only tips take files (server/http/tip-submission.ts); each route sets its own limits when reading.
  await app.register(fastifyMultipart, { limits: { fileSize: 0, files: 0 } });
  // Limits are declared per route (sign-in); the error goes through the one error shape.
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => new AppError('rate_limited', 429, { seconds: Math.ceil(context.ttl / 1000) }),
  });
  registerAuthHooks(app, deps.database);

  app.addHook('onSend', async (request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'same-origin');
    reply.header('X-Frame-Options', 'DENY');
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    else reply.header('Content-Security-Policy', "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'PCMD API',
        version: '0.1.0',
        description: 'Hệ thống thông tin phòng, chống mại dâm — PCMD information system. Errors: {"error":{"code","message","details"}} in the language of Accept-Language (vi, en).',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'pcmd_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  await app.register(healthRoutes(deps));
  await app.register(authRoutes(deps));
  await app.register(unitRoutes(deps));
  await app.register(agencyRoutes(deps));
  await app.register(userRoutes(deps));
  await app.register(auditRoutes(deps));
  await app.register(planRoutes(deps));
  await app.register(reportDocumentRoutes(deps));
  await app.register(establishmentRoutes(deps));
  await app.register(referenceFigureRoutes(deps));
  await app.register(inspectionRoutes(deps));
  await app.register(inspectionPlanRoutes(deps));
  await app.register(hotspotRoutes(deps));
  await app.register(communicationActivityRoutes(deps));
  await app.register(trainingCourseRoutes(deps));
  await app.register(supportStatisticsRoutes(deps));
  await app.register(crimeStatisticsRoutes(deps));
  await app.register(programmeIntegrationRoutes(deps));
  await app.register(harmReductionModelRoutes(deps));
  await app.register(recordHistoryRoutes(deps));
  await app.register(importRoutes(deps));
  await app.register(exportRoutes(deps));
  await app.register(tipRoutes(deps));
  await app.register(reportRoutes(deps));
  await app.register(publicTipRoutes(deps, options.publicTipLimits));

  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  const webRoot = options.webRoot === undefined ? defaultWebRoot : options.webRoot;
  if (webRoot && existsSync(webRoot)) {
    await app.register(fastifyStatic, {
      root: webRoot, wildcard: false, index: ['index.html'], cacheControl: false,
      // Built assets carry their content's hash in their names: kept a year. The page itself is
      // checked every time, so an upgrade reaches everyone at once.
      setHeaders: (response, filePath) => {
        const hashed = /[\\/]assets[\\/]/.test(filePath);
        response.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    // The web UI routes on the client: any other non-API GET gets the app's page.
    app.get('/*', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
      // A missing file (an old asset after an upgrade) is a 404, not the app's page posing as script.
      if (request.url.startsWith('/api/') || /\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '')) {
        return reply.callNotFound();
      }
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    });
  }
  return app;
}
