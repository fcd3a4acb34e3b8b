import type { FastifyRequest } from 'fastify';
import type { Language } from '../../core/errors/messages.ts';

/** Vietnamese unless the request's first preference is English. */
export function requestLanguage(request: FastifyRequest): Language {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string' || header.trim() === '') return 'vi';
  const preferred = header
    .split(',')
    .map((part) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const quality = parameters.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { tag: tag.toLowerCase(), quality: quality ? Number(quality) : 1 };
    })
    .sort((a, b) => b.quality - a.quality)
    .find((entry) => entry.tag.startsWith('vi') || entry.tag.startsWith('en'));
  return preferred?.tag.startsWith('en') ? 'en' : 'vi';
}
