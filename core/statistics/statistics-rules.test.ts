import { describe, expect, it } from 'vitest';
import { statisticsPeriodOfDates } from '../api/crime-statistics.ts';
import { crimeLineIssues, crimePeriodIssues, type CrimeLineFigures } from './crime-rules.ts';
import { referenceFigureIssues, supportFigureIssues, supportMonthIssues, type SupportFigures } from './support-rules.ts';

const noServices = {
  hivStiTesting: 0, hivStiTreatment: 0, methadone: 0, condoms: 0, counselling: 0, legalAid: 0, vocationalTraining: 0,
  jobPlacement: 0, loans: 0, socialAssistance: 0,
};
const aMonth = (overrides: Partial<SupportFigures> = {}): SupportFigures => ({
  peopleInNeed: 10, peopleEligible: 8, peopleServed: 6, peopleNewlyServed: 2, services: { ...noServices, condoms: 6, counselling: 6 },
  referralsMade: 3, referralsCompleted: 2, ...overrides,
});
const aLine = (overrides: Partial<CrimeLineFigures> = {}): CrimeLineFigures => ({
  article: '327', casesHandled: 3, defendants: 4, casesProsecuted: 2, defendantsProsecuted: 3, casesTried: 1, defendantsTried: 2,
  peopleFined: 0, establishmentsFined: 0, amountFined: 0, ...overrides,
});
const fields = (issues: { field: string }[]) => issues.map((issue) => issue.field).sort();

describe('support rules', () => {
  it('accepts overlapping service counts each within people served', () => {
    expect(supportFigureIssues(aMonth())).toEqual([]);
  });

  it('names each broken rule by its field', () => {
    expect(fields(supportFigureIssues(aMonth({
      peopleEligible: 11, peopleNewlyServed: 7, services: { ...noServices, methadone: 7 }, referralsCompleted: 4,
    })))).toEqual(['peopleEligible', 'peopleNewlyServed', 'referralsCompleted', 'services.methadone']);
  });

  it('takes the current month and refuses the next', () => {
    expect(supportMonthIssues('2026-11', '2026-11-24')).toEqual([]);
    expect(fields(supportMonthIssues('2026-12', '2026-11-24'))).toEqual(['month']);
  });

  it('compares people in need and served with the declared figure only when there is one', () => {
    expect(referenceFigureIssues({ peopleInNeed: 12, peopleServed: 9 }, 2026, undefined)).toEqual([]);
    expect(fields(referenceFigureIssues({ peopleInNeed: 12, peopleServed: 9 }, 2026, 10))).toEqual(['peopleInNeed']);
  });
});

describe('crime rules', () => {
  it('accepts a consistent line, and more cases tried than prosecuted', () => {
    expect(crimeLineIssues(aLine())).toEqual([]);
    expect(crimeLineIssues(aLine({ casesProsecuted: 0, defendantsProsecuted: 0, casesTried: 3, defendantsTried: 3 }))).toEqual([]);
  });

  it('refuses fines on an article and prosecutions on the administrative line before comparing counts', () => {
    expect(fields(crimeLineIssues(aLine({ peopleFined: 1, amountFined: 100 })))).toEqual(['amountFined', 'peopleFined']);
    expect(fields(crimeLineIssues(aLine({ article: 'administrative', casesProsecuted: 9 })))).toEqual(['casesProsecuted', 'casesTried', 'defendantsProsecuted', 'defendantsTried']);
  });

  it('ties fines and their amount together', () => {
    const sanctions = aLine({ article: 'administrative', casesProsecuted: 0, defendantsProsecuted: 0, casesTried: 0, defendantsTried: 0 });
    expect(fields(crimeLineIssues({ ...sanctions, establishmentsFined: 1 }))).toEqual(['amountFined']);
    expect(fields(crimeLineIssues({ ...sanctions, amountFined: 1 }))).toEqual(['peopleFined']);
    expect(crimeLineIssues({ ...sanctions, peopleFined: 4, establishmentsFined: 3, amountFined: 12_000_000 })).toEqual([]);
  });

  it('refuses a period starting after today', () => {
    expect(crimePeriodIssues('2026-11-01', '2026-11-24')).toEqual([]);
    expect(fields(crimePeriodIssues('2027-01-01', '2026-11-24'))).toEqual(['period']);
  });
});

describe('statisticsPeriodOfDates', () => {
  it('finds calendar and reporting periods, and nothing for other dates', () => {
    expect(statisticsPeriodOfDates('2026-01-01', '2026-03-31')?.code).toBe('Q2026-1');
    expect(statisticsPeriodOfDates('2026-01-01', '2026-12-31')?.code).toBe('Y2026');
    expect(statisticsPeriodOfDates('2025-12-15', '2026-06-14')?.code).toBe('RH2026-1');
    expect(statisticsPeriodOfDates('2026-02-01', '2026-02-28')?.code).toBe('M2026-02');
    expect(statisticsPeriodOfDates('2026-02-03', '2026-02-20')).toBeUndefined();
  });
});
