import path from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  trustProxy: boolean;
}

/** Reads the environment: PORT, HOST, DATABASE_URL, PCMD_DATA_DIR, PCMD_TRUST_PROXY. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.PCMD_DATA_DIR ?? 'data'),
    trustProxy: env.PCMD_TRUST_PROXY === 'true' || env.PCMD_TRUST_PROXY === '1',
  };
}
