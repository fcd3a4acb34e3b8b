import { expect } from 'vitest';
import type { ImportIssue, ImportPreview } from '../core/api/imports.ts';
import { XLSX_TYPE } from './import-files.ts';
import type { TestApp, TestSession } from './test-app.ts';

/**
 * Upload, preview and commit of one kind's import, as the web page does them. `app` is read at
 * call time: test files start their app in beforeAll.
 */
export function importClient(app: () => TestApp, kind: string) {
  const upload = (session: TestSession, body: Buffer, fileName: string, contentType = XLSX_TYPE) =>
    app().app.inject({
      method: 'POST', url: `/api/imports/${kind}`, payload: body,
      headers: {
        'accept-language': 'vi', 'content-type': contentType, 'x-file-name': encodeURIComponent(fileName),
        cookie: session.cookie, 'x-csrf-token': session.csrfToken,
      },
    });
  return {
    upload,
    async preview(session: TestSession, body: Buffer, fileName: string): Promise<ImportPreview> {
      const response = await upload(session, body, fileName);
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as ImportPreview;
    },
    commit: (session: TestSession, batchId: string, mode: 'all' | 'valid_only') =>
      app().request(session, { method: 'POST', url: `/api/imports/${batchId}/commit`, body: { mode } }),
    /** A row's problems as [column, message] pairs. */
    issuesOf: (issues: readonly ImportIssue[], row: number) =>
      issues.filter((issue) => issue.row === row).map((issue) => [issue.column, issue.message]),
  };
}
