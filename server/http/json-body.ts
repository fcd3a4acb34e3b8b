import type { FastifyInstance } from 'fastify';
import { AppError } from '../../core/errors/app-error.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parses JSON bodies after checking they are valid UTF-8: Node would otherwise replace bad bytes
 * with U+FFFD and store mangled Vietnamese without a word.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const buffer = body as Buffer;
    if (buffer.length === 0) return done(null, undefined);
    let text: string;
    try {
      text = strictUtf8.decode(buffer);
    } catch {
      return done(new AppError('invalid_utf8', 400), undefined);
    }
    parseJson(request, text, (error, value) => {
      if (error) return done(new AppError('invalid_json', 400, { reason: error.message.slice(0, 120) }), undefined);
      done(null, value);
    });
  });
}
