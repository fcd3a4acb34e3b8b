import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '../core/auth/roles.ts';
import { buildApp } from '../server/app.ts';
import { createUserAsSystem } from '../server/services/users/user-service.ts';
import { openTestDatabase, type TestDatabase } from './test-database.ts';

export const TEST_PASSWORD = 'mat-khau-thu-nghiem-1';

export interface TestSession {
  username: string;
  cookie: string;
  csrfToken: string;
}

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  /** Creates a user with readable defaults and signs them in. */
  signIn(options: { role: Role; unitId: string | null; username?: string; agencyId?: string | null }): Promise<TestSession>;
  /** A request as a signed-in user (cookie and CSRF header set), in Vietnamese unless told otherwise. */
  request(session: TestSession | null, options: RequestOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

interface RequestOptions {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  language?: 'vi' | 'en';
}

let userCounter = 0;

export async function startTestApp(options: { demoMode?: boolean } = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const app = await buildApp({ database, demoMode: options.demoMode ?? false, webRoot: null });
  await app.ready();

  const request: TestApp['request'] = (session, { method, url, body, headers = {}, language = 'vi' }) =>
    app.inject({
      method,
      url,
      headers: {
        'accept-language': language,
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });

  return {
    app,
    database,
    request,
    async signIn({ role, unitId, username, agencyId = null }) {
      userCounter += 1;
      const name = username ?? `${role.replace(/_/g, '')}.${unitId ?? 'vn'}.${userCounter}`.toLowerCase();
      await createUserAsSystem(
        database,
        { username: name, displayName: `Người dùng thử ${userCounter}`, password: TEST_PASSWORD, role, unitId, agencyId },
        'cli',
      );
      const response = await request(null, { method: 'POST', url: '/api/auth/login', body: { username: name, password: TEST_PASSWORD } });
      if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((candidate) => candidate.name === 'pcmd_session');
      return { username: name, cookie: `pcmd_session=${cookie!.value}`, csrfToken: response.json().csrfToken };
    },
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}
