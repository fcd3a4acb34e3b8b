import { describe, expect, it } from 'vitest';
import { findIndicator } from '../../../core/indicators/catalogue.ts';
import { planContent, type PlanContent, type PlanContentInput } from '../../../core/plans/plan.ts';
import { validatePlanContent } from '../../services/plans/plan-validation.ts';
import { seedPlans } from './index.ts';

function planById(id: string): PlanContentInput {
  const plan = seedPlans.find((seed) => seed.id === id);
  if (!plan) throw new Error(`No seed plan ${id}`);
  return plan.content;
}

function parsed(id: string): PlanContent {
  return planContent.parse(planById(id));
}

/** Every string in a value, with where it is. */
function stringsIn(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** What pins each transcription: counts read off the seed (targets after splitting, see the fixtures). */
const expectedCounts = {
  'nghe-an-2024': { targets: 14, taskGroups: 6, tasks: 20, assignments: 15, duties: 22, reportingRules: 3, recipients: 10, budget: 5, legalBasis: 2 },
  'trieu-son-2021-2025': { targets: 26, taskGroups: 9, tasks: 37, assignments: 15, duties: 37, reportingRules: 4, recipients: 6, budget: 3, legalBasis: 1 },
  'phu-thu-2023': { targets: 3, taskGroups: 6, tasks: 13, assignments: 9, duties: 21, reportingRules: 0, recipients: 4, budget: 2, legalBasis: 2 },
} as const;

describe('seed plans', () => {
  it('are the three seeds, with unique ids', () => {
    expect(seedPlans.map((seed) => seed.id)).toEqual(['nghe-an-2024', 'trieu-son-2021-2025', 'phu-thu-2023']);
  });

  describe.each(seedPlans.map((seed) => [seed.id, seed.content] as const))('%s', (id, content) => {
    it('parses with the plan schema', () => {
      expect(() => planContent.parse(content)).not.toThrow();
    });

    it('passes the plan validation (periods, indicators, values, keys, one lead)', () => {
      expect(validatePlanContent(planContent.parse(content), new Map())).toEqual([]);
    });

    it('sets every target on a catalogue indicator', () => {
      for (const target of content.targets ?? []) expect(findIndicator(target.indicatorCode), target.key).toBeDefined();
    });

    it('has unique target keys', () => {
      const keys = (content.targets ?? []).map((target) => target.key);
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('has exactly one lead assignment', () => {
      expect((content.assignments ?? []).filter((assignment) => assignment.role === 'lead')).toHaveLength(1);
    });

    it('keeps the counts of the transcription', () => {
      const plan = planContent.parse(content);
      const counts = expectedCounts[id as keyof typeof expectedCounts];
      expect({
        targets: plan.targets.length,
        taskGroups: plan.taskGroups.length,
        tasks: plan.taskGroups.reduce((sum, group) => sum + group.tasks.length, 0),
        assignments: plan.assignments.length,
        duties: plan.assignments.reduce((sum, assignment) => sum + assignment.duties.length, 0),
        reportingRules: plan.reportingRules.length,
        recipients: plan.recipients.length,
        budget: plan.budget.length,
        legalBasis: plan.legalBasis.length,
      }).toEqual(counts);
    });

    it('has clean text: no line breaks, no double or edge spaces, NFC', () => {
      const strings = stringsIn(content);
      expect(strings.length).toBeGreaterThan(50);
      for (const { path, text } of strings) {
        expect(text, path).not.toContain('\n');
        expect(text, path).not.toMatch(/ {2}/);
        expect(text, path).toBe(text.trim());
        expect(text.normalize('NFC'), path).toBe(text);
      }
    });

    it('keeps no list or bullet marks at the edges of its texts', () => {
      for (const { path, text } of stringsIn(content)) {
        expect(text, path).not.toMatch(/^[-•.]\s/);
        expect(text, path).not.toMatch(/;$/);
      }
    });
  });

  it('Nghệ An 2024: the province plan, its targets and the requested bodies', () => {
    const plan = parsed('nghe-an-2024');
    expect(plan).toMatchObject({ issuerUnitId: 'pre2025-p-nghe-an', number: null, issueDate: null, periodCode: 'Y2024', issuePlace: 'Nghệ An' });
    expect(plan.title).toBe('Thực hiện phòng, chống mại dâm trên địa bàn tỉnh Nghệ An năm 2024');
    const byKey = new Map(plan.targets.map((target) => [target.key, target]));
    expect(byKey.get('crimes-handled-growth')).toMatchObject({ indicatorCode: 'enforcement.crimes_handled_growth', comparator: 'range', value: 3, valueHigh: 5 });
    expect(byKey.get('inspections-registry-share')).toMatchObject({ indicatorCode: 'inspections.registry_share', comparator: 'gte', value: 20, periodCode: 'Y2024' });
    expect(['training-province', 'training-district', 'training-commune'].map((key) => byKey.get(key)?.value)).toEqual([70, 50, 50]);
    expect(['reach-establishment-workers', 'reach-industrial-workers', 'reach-students'].map((key) => byKey.get(key)?.value)).toEqual([70, 60, 70]);
    expect(plan.targets.every((target) => target.periodCode === 'Y2024')).toBe(true);
    expect(plan.assignments.filter((assignment) => assignment.isRequest).map((assignment) => assignment.agencyKind))
      .toEqual(['procuracy', 'court', 'fatherland_front']);
    expect(plan.assignments.find((assignment) => assignment.role === 'lead')?.agencyName).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(plan.reportingRules.map((rule) => rule.kind)).toEqual(['half_year', 'annual', 'ad_hoc']);
    expect(plan.signer).toEqual({ authority: 'TM. ỦY BAN NHÂN DÂN', onBehalf: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Bùi Đình Long' });
  });

  it('Triệu Sơn 2021–2025: phase targets, yearly targets split by year, and the seed’s reporting deadlines', () => {
    const plan = parsed('trieu-son-2021-2025');
    expect(plan).toMatchObject({ issuerUnitId: 'pre2025-d-thanh-hoa-huyen-trieu-son', number: null, issueDate: null, periodCode: 'P2021-2025' });
    const byKey = new Map(plan.targets.map((target) => [target.key, target]));
    expect(byKey.get('inspections-phase-coverage')).toMatchObject({ indicatorCode: 'inspections.phase_coverage', comparator: 'gte', value: 100, periodCode: 'P2021-2025' });
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      expect(byKey.get(`crimes-handled-growth-${year}`)).toMatchObject({ comparator: 'range', value: 5, valueHigh: 8, periodCode: `Y${year}` });
      expect(byKey.get(`inspections-registry-share-${year}`)).toMatchObject({ comparator: 'gte', value: 20, periodCode: `Y${year}` });
    }
    expect(plan.targets.filter((target) => target.indicatorCode === 'planning.annual_plan_on_time').map((target) => target.periodCode))
      .toEqual(['Y2022', 'Y2023', 'Y2024', 'Y2025']);
    expect(plan.reportingRules.map(({ kind, reporterDeadline, consolidatorDeadline, reporterDeadlineDate }) => ({ kind, reporterDeadline, consolidatorDeadline, reporterDeadlineDate }))).toEqual([
      { kind: 'half_year', reporterDeadline: { day: 20, month: 6 }, consolidatorDeadline: { day: 25, month: 6 }, reporterDeadlineDate: null },
      { kind: 'annual', reporterDeadline: { day: 20, month: 12 }, consolidatorDeadline: { day: 25, month: 12 }, reporterDeadlineDate: null },
      { kind: 'ad_hoc', reporterDeadline: null, consolidatorDeadline: null, reporterDeadlineDate: null },
      { kind: 'phase_end', reporterDeadline: null, consolidatorDeadline: null, reporterDeadlineDate: '2025-11-05' },
    ]);
    expect(plan.signer).toEqual({ authority: 'TM. ỦY BAN NHÂN DÂN', onBehalf: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Lê Quang Trung' });
  });

  it('Phú Thứ 2023: the dated ward plan', () => {
    const plan = parsed('phu-thu-2023');
    expect(plan).toMatchObject({ issuerUnitId: 'pre2025-10714', number: null, issueDate: '2023-03-16', periodCode: 'Y2023', issuePlace: 'Phú Thứ' });
    expect(plan.targets.map((target) => [target.indicatorCode, target.comparator, target.value])).toEqual([
      ['communication.activities', 'gte', 1],
      ['tips.handled_on_time', 'gte', 100],
      ['training.officials_commune', 'gte', 20],
    ]);
    expect(plan.assignments.find((assignment) => assignment.role === 'lead')?.agencyKind).toBe('labour_social_affairs');
    expect(plan.signer).toEqual({ authority: 'TM. ỦY BAN NHÂN DÂN PHƯỜNG', onBehalf: null, position: 'PHÓ CHỦ TỊCH', name: 'Vũ Văn Khôi' });
  });

  it('use the neutral term for sex workers throughout', () => {
    for (const seed of seedPlans) {
      const text = stringsIn(seed.content).map((entry) => entry.text).join(' ').toLocaleLowerCase('vi');
      expect(text, seed.id).toContain('người bán dâm');
      expect(text, seed.id).not.toMatch(/gái mại dâm|gái bán dâm|đĩ|điếm/);
    }
  });
});
