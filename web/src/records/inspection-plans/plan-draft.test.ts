import { describe, expect, it } from 'vitest';
import { newPlanItem, readPlanDraft, type PlanDraft } from './plan-draft.ts';

const messages = {
  required: 'required', yearInvalid: 'yearInvalid', monthRequired: 'monthRequired', dateInvalid: 'dateInvalid',
  dateOutsideYear: 'dateOutsideYear', windowBackwards: 'windowBackwards',
};
const hotel = (id: string) => newPlanItem({ id, name: `Cơ sở ${id}`, address: 'Số 5 Trường Thi', unitName: 'Phường Thành Vinh' }, 3);

const aDraft = (overrides: Partial<PlanDraft> = {}): PlanDraft => ({
  unit: { id: '16681', name: 'Phường Thành Vinh' }, year: '2026', title: ' Kế hoạch kiểm tra năm 2026 ', notes: '', items: [hotel('a')],
  ...overrides,
});

describe('reading the inspection plan form', () => {
  it('turns months, windows and agencies into the API\'s items', () => {
    const { values, errors } = readPlanDraft(aDraft({
      items: [
        hotel('a'),
        { ...hotel('b'), mode: 'window', windowStart: '01/06/2026', windowEnd: '30/06/2026', agencyId: 'agency-1' },
      ],
    }), messages);
    expect(errors).toEqual({});
    expect(values).toEqual({
      unitId: '16681', year: 2026, title: 'Kế hoạch kiểm tra năm 2026', notes: null,
      items: [
        { establishmentId: 'a', plannedMonth: 3, windowStart: null, windowEnd: null, teamKind: 'inter_agency', agencyId: null },
        { establishmentId: 'b', plannedMonth: null, windowStart: '2026-06-01', windowEnd: '2026-06-30', teamKind: 'single_agency', agencyId: 'agency-1' },
      ],
    });
    expect(hotel('a').establishmentDetail).toBe('Số 5 Trường Thi, Phường Thành Vinh');
  });

  it('names each field the server would refuse, keyed as the server names it', () => {
    const { errors } = readPlanDraft(aDraft({
      year: '26', title: '',
      items: [
        { ...hotel('a'), plannedMonth: '' },
        { ...hotel('b'), mode: 'window', windowStart: '31/02/2026', windowEnd: '' },
        { ...hotel('c'), mode: 'window', windowStart: '20/08/2026', windowEnd: '01/08/2026' },
      ],
    }), messages);
    expect(errors).toEqual({
      year: 'yearInvalid', title: 'required', 'items.0.plannedMonth': 'monthRequired',
      'items.1.windowStart': 'dateInvalid', 'items.1.windowEnd': 'required', 'items.2.windowEnd': 'windowBackwards',
    });
  });

  it('refuses a window outside the plan\'s year, and ignores the window of an item planned by month', () => {
    const { errors, values } = readPlanDraft(aDraft({
      items: [
        { ...hotel('a'), mode: 'window', windowStart: '01/12/2026', windowEnd: '15/01/2027' },
        { ...hotel('b'), windowStart: 'garbage' },
      ],
    }), messages);
    expect(errors).toEqual({ 'items.0.windowEnd': 'dateOutsideYear' });
    expect(values.items[1]).toMatchObject({ plannedMonth: 3, windowStart: null, windowEnd: null });
  });
});
