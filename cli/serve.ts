import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/app.ts';
import { readConfig, type ServerConfig } from '../server/config.ts';
import { ensureDemoAccounts } from '../server/demo/demo-accounts.ts';
import { ensureDemoPlans } from '../server/demo/demo-plans.ts';
import { openConfiguredDatabase, prepareDatabase, type Log } from '../server/setup.ts';
import type { Database } from '../server/storage/database.ts';
import { deleteExpiredSessions } from '../server/storage/sessions.ts';

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
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://localhost:${port}`;
    return {
      app,
      database,
      url,
      async stop() {
        clearInterval(sweeper);
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}
