import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { planContent } from '../../../../core/plans/plan.ts';
import { aPlanContent, aTarget } from '../../../../test-support/plan-factory.ts';
import { translations } from '../../i18n/resources.ts';
import { describeField, messagesFor, nextTargetKey, otherMessages, parseDayMonth, parseNumber, toContent, toForm } from './editor-state.ts';

const messages = { notANumber: 'số?', badDayMonth: 'ngày?', chooseIndicator: 'chỉ số?' };
const instance = i18next.createInstance();
beforeAll(async () => {
  await instance.init({ resources: { vi: { translation: translations.vi } }, lng: 'vi', interpolation: { escapeValue: false } });
});

describe('the plan form', () => {
  it('gives back the content it was made from', () => {
    const content = planContent.parse(aPlanContent({
      targets: [aTarget({ key: 'a', section: '2. Chỉ tiêu' }), aTarget({ key: 'b', comparator: 'range', value: 3, valueHigh: 5, parentTargetKey: 'x', looserReason: 'Địa bàn nhỏ' })],
      budget: [{ source: 'province', amount: 1_000_000, notes: null }],
    }));
    const form = toForm(content, { id: '40', name: 'Tỉnh Nghệ An' }, []);
    const { content: back, problems } = toContent(form, messages);
    expect(problems).toEqual([]);
    expect(planContent.parse(back)).toEqual(content);
  });

  it('reports numbers, deadlines and indicators it cannot read, named like the server names fields', () => {
    const form = toForm(planContent.parse(aPlanContent()), { id: '40', name: 'Tỉnh Nghệ An' }, []);
    form.targets[1] = { ...form.targets[1]!, value: 'bảy mươi', indicatorCode: '' };
    form.reportingRules[0] = { ...form.reportingRules[0]!, reporterDeadline: '31/02' };
    expect(toContent(form, messages).problems).toEqual([
      { field: 'content.targets.1.indicatorCode', message: 'chỉ số?' },
      { field: 'content.targets.1.value', message: 'số?' },
      { field: 'content.reportingRules.0.reporterDeadline', message: 'ngày?' },
    ]);
  });

  it('reads numbers with a decimal comma and days of the year', () => {
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber(' 70 ')).toBe(70);
    expect(parseNumber('')).toBeUndefined();
    expect(parseDayMonth('20/6')).toEqual({ day: 20, month: 6 });
    expect(parseDayMonth('')).toBeNull();
    expect(parseDayMonth('32/01')).toBeUndefined();
  });

  it('makes target keys no other target uses', () => {
    expect(nextTargetKey([{ key: 'chi-tieu-2' }, { key: 'x' }])).toBe('chi-tieu-3');
    expect(nextTargetKey([{ key: 'chi-tieu-2' }])).toBe('chi-tieu-3');
  });
});

describe('server errors in the form', () => {
  const details = [
    { field: 'content.targets.2.value', message: 'Tỷ lệ phải nằm trong khoảng 0–100%' },
    { field: 'content.targets.2.key', message: 'Mã chỉ tiêu bị trùng' },
    { field: 'content.legalBasis.1', message: 'Không được để trống.' },
  ];

  it('puts each message next to its field, row-level ones beside the row', () => {
    expect(messagesFor(details, 'content.targets.2.value')).toBe('Tỷ lệ phải nằm trong khoảng 0–100%');
    expect(messagesFor(details, 'content.legalBasis')).toBe('Không được để trống.');
    expect(messagesFor(details, 'content.targets.1.value')).toBeUndefined();
    expect(otherMessages(details, 'content.targets.2', ['value', 'text'])).toBe('Mã chỉ tiêu bị trùng');
  });

  it('names the field in the user\'s words for the summary', () => {
    const t = instance.getFixedT('vi');
    expect(describeField('content.targets.2.value', t)).toBe('Chỉ tiêu 3 – Giá trị');
    expect(describeField('content.taskGroups.0.title', t)).toBe('Nhóm nhiệm vụ 1 – Tên nhóm nhiệm vụ');
    expect(describeField('content.signer.position', t)).toBe('Người ký – Chức vụ');
    expect(describeField('content.periodCode', t)).toBe('Kỳ');
  });
});
