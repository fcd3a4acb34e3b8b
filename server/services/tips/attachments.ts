import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { attachmentLimits } from '../../../core/api/tips.ts';
import { AppError } from '../../../core/errors/app-error.ts';

/** A file a reporter or officer sent, checked: its type read from its content, its digest taken. */
export interface CheckedAttachment {
  fileName: string;
  mediaType: string;
  content: Buffer;
  sha256: string;
}

/**
 * What the content sniffer may report, and the type the file is kept and served as. Phones record
 * audio as M4A or WebM; a WebM or MP4 container is taken as the recording it usually is. Anything
 * else — executables, archives, office files, HTML, script — is refused whatever it is named.
 */
const accepted: Readonly<Record<string, string>> = {
  'image/jpeg': 'image/jpeg', 'image/png': 'image/png', 'image/webp': 'image/webp', 'image/heic': 'image/heic', 'image/heif': 'image/heic',
  'application/pdf': 'application/pdf',
  'audio/mpeg': 'audio/mpeg', 'audio/x-m4a': 'audio/mp4', 'audio/mp4': 'audio/mp4', 'audio/ogg': 'audio/ogg', 'audio/opus': 'audio/ogg',
  'audio/wav': 'audio/wav', 'audio/vnd.wave': 'audio/wav', 'audio/x-wav': 'audio/wav', 'audio/webm': 'audio/webm', 'video/webm': 'audio/webm',
  'audio/aac': 'audio/aac',
};

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** A file name safe to show and to put in a Content-Disposition: no path, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|*?:]/g, '_').trim().slice(0, 200);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'tep-dinh-kem' : cleaned;
}

/**
 * Checks every file of a submission: how many, how large, and what the content really is.
 * Throws on the first bad one, naming the file, so nothing of a bad submission is saved.
 */
export async function checkAttachments(files: readonly { fileName: string; content: Buffer }[]): Promise<CheckedAttachment[]> {
  if (files.length > attachmentLimits.maxFiles) throw new AppError('attachment_too_many', 400, { max: attachmentLimits.maxFiles });
  let total = 0;
  const checked: CheckedAttachment[] = [];
  for (const file of files) {
    const fileName = cleanFileName(file.fileName);
    if (file.content.length === 0) throw new AppError('attachment_empty', 400, { file: fileName });
    total += file.content.length;
    if (file.content.length > attachmentLimits.maxFileBytes || total > attachmentLimits.maxTotalBytes) {
      throw new AppError('attachment_too_large', 413, tooLarge(fileName));
    }
    const detected = await fileTypeFromBuffer(file.content);
    const mediaType = detected ? accepted[detected.mime] : undefined;
    if (!mediaType) {
      throw new AppError('attachment_type_refused', 415, {
        file: fileName,
        type: detected ? { vi: `"${detected.mime}"`, en: `"${detected.mime}"` } : { vi: 'không xác định được', en: 'not recognisable' },
      });
    }
    checked.push({ fileName, mediaType, content: file.content, sha256: createHash('sha256').update(file.content).digest('hex') });
  }
  return checked;
}

export function tooLarge(fileName: string) {
  return { file: fileName, limit: megabytes(attachmentLimits.maxFileBytes), total: megabytes(attachmentLimits.maxTotalBytes) };
}
