import { describe, expect, it } from 'vitest';
import { emptyInspectionDraft, emptyVisit, readInspectionDraft, type InspectionDraft } from './inspection-draft.ts';
import { parseMoney } from './inspection-labels.ts';

const messages = {
  required: 'required', dateInvalid: 'dateInvalid', dateFuture: 'dateFuture', followUpBefore: 'followUpBefore',
  amountInvalid: 'amountInvalid', agenciesSingle: 'agenciesSingle', agenciesInter: 'agenciesInter',
  visitsRequired: 'visitsRequired', violationsRequired: 'violationsRequired',
};

const aDraft = (overrides: Partial<InspectionDraft> = {}): InspectionDraft => ({
  ...emptyInspectionDraft({ id: '16681', name: 'Phường Thành Vinh' }),
  inspectedOn: '15/03/2026',
  team: 'Đoàn kiểm tra liên ngành phường Thành Vinh',
  memberAgencyIds: ['a', 'b'],
  visits: [{ ...emptyVisit({ id: 'e1', name: 'Nhà nghỉ Hoa Sen' }), outcome: 'no_violation' }],
  ...overrides,
});

describe('reading the inspection form', () => {
  it('turns a complete draft into the API\'s values, dates as ISO and a fine as a number', () => {
    const { values, errors } = readInspectionDraft(aDraft({
      visits: [{
        ...emptyVisit({ id: 'e1', name: 'Nhà nghỉ Hoa Sen' }), outcome: 'fine', violations: ' Không ghi sổ lưu trú ',
        fineAmount: '3.000.000', legalBasis: 'Nghị định 144/2021/NĐ-CP', followUpDue: '15/04/2026',
      }],
    }), '2026-11-24', messages);
    expect(errors).toEqual({});
    expect(values).toEqual({
      unitId: '16681', inspectedOn: '2026-03-15', team: 'Đoàn kiểm tra liên ngành phường Thành Vinh', teamKind: 'inter_agency',
      memberAgencyIds: ['a', 'b'], notes: null,
      visits: [{
        establishmentId: 'e1', findings: '', violations: 'Không ghi sổ lưu trú', outcome: 'fine', fineAmount: 3_000_000,
        legalBasis: 'Nghị định 144/2021/NĐ-CP', followUpDue: '2026-04-15',
      }],
    });
  });

  it('names each field the server would refuse, keyed as the server names it', () => {
    const { errors } = readInspectionDraft(aDraft({
      inspectedOn: '31/02/2026', teamKind: 'single_agency', team: ' ',
      visits: [
        { ...emptyVisit({ id: 'e1', name: 'A' }), outcome: 'fine', fineAmount: '0' },
        { ...emptyVisit({ id: 'e2', name: 'B' }), outcome: 'warning', followUpDue: '1/13/2026' },
        emptyVisit({ id: 'e3', name: 'C' }),
      ],
    }), '2026-11-24', messages);
    expect(errors).toEqual({
      inspectedOn: 'dateInvalid', team: 'required', memberAgencyIds: 'agenciesSingle',
      'visits.0.fineAmount': 'amountInvalid', 'visits.0.legalBasis': 'required', 'visits.0.violations': 'violationsRequired',
      'visits.1.violations': 'violationsRequired', 'visits.1.followUpDue': 'dateInvalid',
      'visits.2.outcome': 'required',
    });
  });

  it('refuses a day after today, a follow-up before the inspection, no agencies for a team and no establishment', () => {
    expect(readInspectionDraft(aDraft({ inspectedOn: '25/11/2026' }), '2026-11-24', messages).errors).toEqual({ inspectedOn: 'dateFuture' });
    const { errors } = readInspectionDraft(aDraft({
      memberAgencyIds: ['a'], visits: [],
    }), '2026-11-24', messages);
    expect(errors).toEqual({ memberAgencyIds: 'agenciesInter', visits: 'visitsRequired' });
    const early = readInspectionDraft(aDraft({
      visits: [{ ...emptyVisit({ id: 'e1', name: 'A' }), outcome: 'no_violation', followUpDue: '14/03/2026' }],
    }), '2026-11-24', messages);
    expect(early.errors).toEqual({ 'visits.0.followUpDue': 'followUpBefore' });
  });

  it('drops the amount and legal basis typed before the outcome changed from a fine', () => {
    const { values } = readInspectionDraft(aDraft({
      visits: [{ ...emptyVisit({ id: 'e1', name: 'A' }), outcome: 'warning', violations: 'Quá giờ', fineAmount: '500000', legalBasis: 'NĐ 144' }],
    }), '2026-11-24', messages);
    expect(values.visits[0]).toMatchObject({ outcome: 'warning', fineAmount: null, legalBasis: null });
  });
});

describe('amounts of đồng as typed', () => {
  it('read digits grouped by dots, commas or spaces, and nothing else', () => {
    expect(parseMoney('3.000.000')).toBe(3_000_000);
    expect(parseMoney(' 2 500 000 ')).toBe(2_500_000);
    expect(parseMoney('750000')).toBe(750_000);
    expect(parseMoney('3tr')).toBeUndefined();
    expect(parseMoney('-5')).toBeUndefined();
    expect(parseMoney('')).toBeUndefined();
  });
});
