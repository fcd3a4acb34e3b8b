import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/app.ts';
import { readConfig, type ServerConfig } from '../server/config.ts';
import { ensureDemoAccounts } from '../server/demo/demo-accounts.ts';
import { ensureDemoPlans } from '../server/demo/demo-plans.ts';
import { openConfiguredDatabase, prepareDatabase, type Log } from '../server/setup.ts';
import type { Database } from '../server/storage/database.ts';
import { deleteExpiredSessions } from '../server/storage/sessions.ts';
import { createMailerFromEnv } from '../server/services/reports/mailer.ts';
import { scheduleReminders } from '../server/services/reports/reminder-service.ts';

const SESSION_SWEEP_MS = 60 * 60 * 1000;

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/** Opens the database, brings it up to date, and serves the API and the web UI. */
export async function startServer(options: { demo: boolean; config?: ServerConfig; log?: Log; logRequests?: boolean }): Promise<RunningServer> {
  const config = options.config ?? readConfig();
  const log = options.log ?? ((line: string) => console.log(line));
  // A malformed SMTP_URL stops the start here, before anything is opened.
  const mailer = createMailerFromEnv();
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database, log);
    if (options.demo) {
      await ensureDemoAccounts(database, log);
      await ensureDemoPlans(database, log);
    }
    const app = await buildApp({
      database,
      demoMode: options.demo,
      logger: options.logRequests ?? false,
      trustProxy: config.trustProxy,
    });
    await app.listen({ port: config.port, host: config.host });
    // Expired sessions are refused anyway; sweeping them keeps the table small.
    const sweep = () => deleteExpiredSessions(database.db, new Date()).catch((error: unknown) => app.log.error(error));
    await sweep();
    const sweeper = setInterval(sweep, SESSION_SWEEP_MS);
    sweeper.unref();
    // Report reminders by e-mail, only when an SMTP server is configured: now, then every 6 hours.
    const stopReminders = mailer ? scheduleReminders(database, mailer, log) : undefined;
    if (mailer) log('Thư nhắc hạn báo cáo được gửi qua SMTP_URL (mỗi 6 giờ).');
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://localhost:${port}`;
    return {
      app,
      database,
      url,
      async stop() {
        clearInterval(sweeper);
        stopReminders?.();
        mailer?.close();
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}
