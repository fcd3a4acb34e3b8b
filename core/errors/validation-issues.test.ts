import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toFieldIssues } from './validation-issues.ts';

const schema = z.strictObject({
  username: z.string().min(3),
  age: z.number().int().max(120),
  level: z.enum(['province', 'commune']),
  note: z.string().refine((value) => !value.includes('<'), 'Không được chứa "<" | Must not contain "<"'),
});

function issuesOf(input: unknown, language: 'vi' | 'en') {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) throw new Error('expected a failure');
  return toFieldIssues(language, result.error.issues);
}

describe('toFieldIssues', () => {
  it('names the field and says what is wrong in Vietnamese', () => {
    const issues = issuesOf({ username: 'ab', age: '30', level: 'district', note: '<b>', extra: 1 }, 'vi');
    expect(issues).toEqual(
      expect.arrayContaining([
        { field: 'username', message: 'Phải có ít nhất 3 ký tự.' },
        { field: 'age', message: 'Phải là số, không phải chuỗi ký tự.' },
        { field: 'level', message: 'Giá trị không hợp lệ; chọn một trong: province, commune.' },
        { field: 'note', message: 'Không được chứa "<"' },
        { field: '(body)', message: 'Có trường không được phép: extra. Hãy bỏ các trường này.' },
      ]),
    );
  });

  it('speaks English when asked and reports missing fields as required', () => {
    const issues = issuesOf({}, 'en');
    expect(issues.find((issue) => issue.field === 'username')?.message).toBe('Required.');
    expect(issues.find((issue) => issue.field === 'note')?.message).toBe('Required.');
  });

  it('reports numbers out of range with the bound', () => {
    const issues = issuesOf({ username: 'abc', age: 200, level: 'commune', note: '' }, 'en');
    expect(issues).toEqual([{ field: 'age', message: 'Must be at most 120.' }]);
  });
});
