import type { PublicTipCreate, PublicUnit } from '../../../core/api/tips.ts';
import { parseVietnameseDate, todayInVietnam } from '../../../core/dates/format.ts';
import { formatReceiptCode, normaliseReceiptCode } from '../../../core/tips/receipt-code.ts';
import type { TipSubject } from '../../../core/tips/tip-kinds.ts';

/**
 * The public report form as typed, and the pure rules that turn it into the request
 * (`publicTipCreate` of core/api/tips.ts). The server checks everything again; these checks only
 * spare a reporter on a weak connection a round trip for what the page can see by itself.
 */

/** The contract's limits (core/api/tips.ts), repeated so the public page does not load the schemas; a test keeps them equal. */
export const publicLimits = {
  descriptionMax: 5_000,
  additionMax: 5_000,
  addressMax: 300,
  onlineAccountMax: 500,
  fullNameMax: 200,
  phoneMax: 30,
  emailMax: 200,
  maxFiles: 5,
  maxFileBytes: 10 * 1024 * 1024,
  maxTotalBytes: 25 * 1024 * 1024,
} as const;

/** What the file chooser offers; the server judges files by their content, whatever their type says. */
export const attachmentAccept = 'image/*,application/pdf,audio/*';

export interface PublicTipDraft {
  unit: PublicUnit | null;
  address: string;
  onlineAccount: string;
  subjects: TipSubject[];
  /** dd/mm/yyyy, or empty. */
  happenedOn: string;
  description: string;
  anonymous: boolean;
  fullName: string;
  phone: string;
  email: string;
  contactAddress: string;
  wantsFeedback: boolean;
}

export const emptyPublicTipDraft: PublicTipDraft = {
  unit: null, address: '', onlineAccount: '', subjects: [], happenedOn: '', description: '',
  anonymous: true, fullName: '', phone: '', email: '', contactAddress: '', wantsFeedback: false,
};

/** Field names as the server names them in its error details, so both land in the same place. */
export type PublicTipField =
  | 'unitId' | 'subjects' | 'address' | 'onlineAccount' | 'happenedOn' | 'description' | 'reporter'
  | 'reporter.fullName' | 'reporter.phone' | 'reporter.email' | 'reporter.address' | 'attachments';

export type FieldErrors = Partial<Record<PublicTipField, string>>;

export interface DraftMessages {
  unitRequired: string;
  subjectsRequired: string;
  descriptionRequired: string;
  /** With {{max}}. */
  tooLong: (max: number) => string;
  dateInvalid: string;
  dateInFuture: string;
  contactRequired: string;
  phoneInvalid: string;
  emailInvalid: string;
}

/** The length the server measures: NFC-normalised and trimmed. */
export const textLength = (text: string) => text.normalize('NFC').trim().length;

const orNull = (text: string) => {
  const trimmed = text.normalize('NFC').trim();
  return trimmed === '' ? null : trimmed;
};

/** A phone number as people write it: digits with spaces, dots, dashes or a leading +; 8 to 15 digits. */
export function isPlausiblePhone(text: string): boolean {
  if (!/^\+?[\d\s.\-()]+$/.test(text)) return false;
  const digits = text.replace(/\D/g, '').length;
  return digits >= 8 && digits <= 15;
}

export const isPlausibleEmail = (text: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);

/** Checks the draft; returns the request when nothing is wrong, else the problems by field. */
export function readPublicTipDraft(
  draft: PublicTipDraft, messages: DraftMessages, today: string = todayInVietnam(),
): { value: PublicTipCreate; errors: FieldErrors } | { value: null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const limit = (field: PublicTipField, text: string, max: number) => {
    if (textLength(text) > max) errors[field] = messages.tooLong(max);
  };
  if (!draft.unit) errors.unitId = messages.unitRequired;
  if (draft.subjects.length === 0) errors.subjects = messages.subjectsRequired;
  limit('address', draft.address, publicLimits.addressMax);
  limit('onlineAccount', draft.onlineAccount, publicLimits.onlineAccountMax);
  if (textLength(draft.description) === 0) errors.description = messages.descriptionRequired;
  else limit('description', draft.description, publicLimits.descriptionMax);

  let happenedOn: string | null = null;
  if (draft.happenedOn.trim() !== '') {
    const parsed = parseVietnameseDate(draft.happenedOn);
    if (!parsed) errors.happenedOn = messages.dateInvalid;
    else if (parsed > today) errors.happenedOn = messages.dateInFuture;
    else happenedOn = parsed;
  }

  if (!draft.anonymous) {
    const given = [draft.fullName, draft.phone, draft.email, draft.contactAddress].some((text) => text.trim() !== '');
    if (!given) errors.reporter = messages.contactRequired;
    limit('reporter.fullName', draft.fullName, publicLimits.fullNameMax);
    limit('reporter.address', draft.contactAddress, publicLimits.addressMax);
    if (draft.phone.trim() !== '' && !isPlausiblePhone(draft.phone.trim())) errors['reporter.phone'] = messages.phoneInvalid;
    if (draft.email.trim() !== '' && !isPlausibleEmail(draft.email.trim())) errors['reporter.email'] = messages.emailInvalid;
    else limit('reporter.email', draft.email, publicLimits.emailMax);
  }

  if (Object.keys(errors).length > 0 || !draft.unit) return { value: null, errors };
  return {
    value: {
      unitId: draft.unit.id,
      subjects: [...draft.subjects],
      address: orNull(draft.address),
      onlineAccount: orNull(draft.onlineAccount),
      description: draft.description.normalize('NFC').trim(),
      happenedOn,
      anonymous: draft.anonymous,
      // An anonymous report carries nothing of its reporter, even what was typed before choosing anonymity.
      reporter: draft.anonymous ? null : {
        fullName: orNull(draft.fullName),
        phone: orNull(draft.phone),
        email: orNull(draft.email),
        address: orNull(draft.contactAddress),
        wantsFeedback: draft.wantsFeedback,
      },
    },
    errors,
  };
}

export interface FileMessages {
  /** With {{max}}. */
  tooMany: (max: number) => string;
  /** With the file's name. */
  tooLarge: (name: string) => string;
  totalTooLarge: string;
  wrongType: (name: string) => string;
  empty: (name: string) => string;
}

const acceptedExtensions = /\.(jpe?g|png|webp|heic|heif|pdf|mp3|m4a|mp4|aac|ogg|oga|opus|wav|webm|amr|3gp)$/i;

/** Whether a file looks like an image, a PDF or a recording. Browsers sometimes give no type: the name decides then. */
export function looksAcceptable(file: { name: string; type: string }): boolean {
  if (file.type) return file.type.startsWith('image/') || file.type.startsWith('audio/') || file.type === 'application/pdf';
  return acceptedExtensions.test(file.name);
}

/** The first problem with a set of files, or undefined. The server checks their content again. */
export function checkFiles(files: readonly { name: string; size: number; type: string }[], messages: FileMessages): string | undefined {
  if (files.length > publicLimits.maxFiles) return messages.tooMany(publicLimits.maxFiles);
  for (const file of files) {
    if (!looksAcceptable(file)) return messages.wrongType(file.name);
    if (file.size === 0) return messages.empty(file.name);
    if (file.size > publicLimits.maxFileBytes) return messages.tooLarge(file.name);
  }
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > publicLimits.maxTotalBytes) return messages.totalTooLarge;
  return undefined;
}

/** A size as people read it: 512 KB, 3,4 MB (Vietnamese decimal comma) or 3.4 MB. */
export function formatBytes(bytes: number, language: 'vi' | 'en'): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const megabytes = (bytes / 1024 / 1024).toFixed(1);
  return `${language === 'vi' ? megabytes.replace('.', ',') : megabytes} MB`;
}

/** What newSubmissionKey needs of Web Crypto (a test gives its own). */
export interface RandomSource {
  getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
  randomUUID?: () => string;
}

/**
 * A random key for one filled-in form, sent as `Idempotency-Key` with every try of it until one
 * succeeds: a repeat after a lost answer then gets the first answer, receipt code included,
 * instead of recording the tip twice. It lives only in the form's state, like the draft itself.
 * crypto.randomUUID exists only on HTTPS pages and localhost; elsewhere the same kind of UUID
 * (version 4, 122 random bits) is made from crypto.getRandomValues, which every browser has.
 */
export function newSubmissionKey(random: RandomSource = globalThis.crypto): string {
  if (typeof random.randomUUID === 'function') return random.randomUUID();
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The answers to a repeated key that mean "start a new tip": the page then makes a new key. */
export const submissionKeySpent = (code: string) => code === 'tip_submission_key_reused' || code === 'tip_already_submitted';

/** A receipt code in its groups of four, however the server or the reporter wrote it. */
export function receiptGroups(code: string): string[] {
  return code.toUpperCase().replace(/[^0-9A-Z]/g, '').match(/.{1,4}/g) ?? [];
}

/** What a reporter typed, as the server will read it (`ABCD-EFGH-…`), or undefined when it cannot be a code. */
export function typedReceiptCode(input: string): string | undefined {
  const normalised = normaliseReceiptCode(input);
  return normalised ? formatReceiptCode(normalised) : undefined;
}

/** A server's field name, matched to one of ours: `subjects.0` is about `subjects`. */
export function fieldOf(serverField: string, fields: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const field of fields) {
    if ((serverField === field || serverField.startsWith(`${field}.`)) && (!best || field.length > best.length)) best = field;
  }
  return best;
}
