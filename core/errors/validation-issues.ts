import type { z } from 'zod';
import type { FieldIssue } from './app-error.ts';
import type { Language } from './messages.ts';

type Issue = z.core.$ZodIssue & { input?: unknown };

const typeNames: Record<Language, Record<string, string>> = {
  vi: { string: 'chuỗi ký tự', number: 'số', boolean: 'đúng/sai', object: 'đối tượng', array: 'danh sách', null: 'null', int: 'số nguyên' },
  en: { string: 'text', number: 'a number', boolean: 'true/false', object: 'an object', array: 'a list', null: 'null', int: 'a whole number' },
};

function describeType(language: Language, type: string): string {
  return typeNames[language][type] ?? type;
}

function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

/** Turns one schema issue into a sentence a user can act on, in their language. */
function describeIssue(language: Language, issue: Issue): string {
  // A schema that says more than the generic sentence writes its own message as 'vi | en'.
  if (issue.message.includes(' | ')) return pickLanguage(language, issue.message);
  const vi = language === 'vi';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return vi ? 'Bắt buộc phải có.' : 'Required.';
      return vi
        ? `Phải là ${describeType(language, issue.expected)}, không phải ${describeType(language, receivedType(issue.input))}.`
        : `Must be ${describeType(language, issue.expected)}, not ${describeType(language, receivedType(issue.input))}.`;
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? (vi ? 'Không được để trống.' : 'Must not be empty.')
          : (vi ? `Phải có ít nhất ${issue.minimum} ký tự.` : `Must have at least ${issue.minimum} characters.`);
      }
      if (issue.origin === 'array') return vi ? `Phải có ít nhất ${issue.minimum} mục.` : `Must have at least ${issue.minimum} items.`;
      return vi ? `Phải lớn hơn hoặc bằng ${issue.minimum}.` : `Must be at least ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string') return vi ? `Tối đa ${issue.maximum} ký tự.` : `At most ${issue.maximum} characters.`;
      if (issue.origin === 'array') return vi ? `Tối đa ${issue.maximum} mục.` : `At most ${issue.maximum} items.`;
      return vi ? `Phải nhỏ hơn hoặc bằng ${issue.maximum}.` : `Must be at most ${issue.maximum}.`;
    case 'invalid_value':
      return vi
        ? `Giá trị không hợp lệ; chọn một trong: ${issue.values.map(String).join(', ')}.`
        : `Invalid value; choose one of: ${issue.values.map(String).join(', ')}.`;
    case 'unrecognized_keys':
      return vi
        ? `Có trường không được phép: ${issue.keys.join(', ')}. Hãy bỏ các trường này.`
        : `Unknown field(s): ${issue.keys.join(', ')}. Remove them.`;
    case 'invalid_format':
      if (issue.format === 'regex') return vi ? 'Sai định dạng.' : 'Wrong format.';
      return vi ? `Sai định dạng (${issue.format}).` : `Wrong format (${issue.format}).`;
    default:
      return vi ? 'Giá trị không hợp lệ.' : 'Invalid value.';
  }
}

/** Custom schema messages are written 'Vietnamese | English'; this picks the user's half. */
export function pickLanguage(language: Language, message: string): string {
  const [vi, en] = message.split(' | ');
  return (language === 'en' ? en : vi) ?? message;
}

/** Converts schema issues into the `details` of a validation error. */
export function toFieldIssues(language: Language, issues: readonly Issue[]): FieldIssue[] {
  return issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)',
    message: describeIssue(language, issue),
  }));
}
