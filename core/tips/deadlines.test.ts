import { describe, expect, it } from 'vitest';
import {
  addDays, addMonths, addWorkingDays, daysBetween, deadlineState, defaultDeadlineRules, dueDate, extensionsLeft, type DeadlineRule,
} from './deadlines.ts';

const crime = defaultDeadlineRules.criminal_tip;
const complaint = defaultDeadlineRules.complaint;
const plain = { remote: false, extensionsGranted: 0 };

describe('the 20-day rule for a tip about a crime (Criminal Procedure Code art. 147)', () => {
  it('counts from the day after receipt: received 01/03/2026, due 21/03/2026', () => {
    expect(dueDate(crime, '2026-03-01', plain)).toBe('2026-03-21');
  });

  it('does not skip weekends unless the rule says so', () => {
    // 01/03/2026 is a Sunday; 20 calendar days lands on Saturday 21/03, and stays there.
    expect(new Date('2026-03-21T00:00:00Z').getUTCDay()).toBe(6);
    expect(dueDate(crime, '2026-03-01', plain)).toBe('2026-03-21');
  });

  it('skips Saturdays and Sundays with workingDaysOnly', () => {
    const working: DeadlineRule = { ...crime, workingDaysOnly: true };
    // Four whole weeks of working days from Sunday 01/03: Friday 27/03.
    expect(dueDate(working, '2026-03-01', plain)).toBe('2026-03-27');
    // From a Friday, one working day is the Monday.
    expect(addWorkingDays('2026-03-06', 1)).toBe('2026-03-09');
    expect(addWorkingDays('2026-03-06', 0)).toBe('2026-03-06');
  });

  it('extends to 2 months from receipt, then by 2 months more, and no further', () => {
    expect(dueDate(crime, '2026-03-01', { remote: false, extensionsGranted: 1 })).toBe('2026-05-01');
    expect(dueDate(crime, '2026-03-01', { remote: false, extensionsGranted: 2 })).toBe('2026-07-01');
    expect(extensionsLeft(crime, 0)).toBe(2);
    expect(extensionsLeft(crime, 2)).toBe(0);
    expect(extensionsLeft(crime, 3)).toBe(0);
    // A third extension the rule does not have changes nothing.
    expect(dueDate(crime, '2026-03-01', { remote: false, extensionsGranted: 3 })).toBe('2026-07-01');
  });

  it('never shortens a limit with an extension smaller than the base', () => {
    const odd: DeadlineRule = { ...crime, baseDays: 90, extensions: [{ mode: 'total', days: 30 }] };
    expect(dueDate(odd, '2026-03-01', { remote: false, extensionsGranted: 1 })).toBe(dueDate(odd, '2026-03-01', plain));
  });
});

describe('complaints (Law on Complaints art. 28)', () => {
  it('gives 30 days, 45 when complex', () => {
    expect(dueDate(complaint, '2026-03-01', plain)).toBe('2026-03-31');
    expect(dueDate(complaint, '2026-03-01', { remote: false, extensionsGranted: 1 })).toBe('2026-04-15');
  });

  it('gives 45 days in remote areas, 60 when complex', () => {
    expect(dueDate(complaint, '2026-03-01', { remote: true, extensionsGranted: 0 })).toBe('2026-04-15');
    expect(dueDate(complaint, '2026-03-01', { remote: true, extensionsGranted: 1 })).toBe('2026-04-30');
  });

  it('ignores the remote flag where the rule has no remote figure', () => {
    expect(dueDate(crime, '2026-03-01', { remote: true, extensionsGranted: 0 })).toBe('2026-03-21');
  });
});

describe('denunciations of administrative violations (Law on Denunciations art. 30)', () => {
  it('gives 30 days, then 30 more twice', () => {
    const rule = defaultDeadlineRules.administrative_violation;
    expect(dueDate(rule, '2026-03-01', plain)).toBe('2026-03-31');
    expect(dueDate(rule, '2026-03-01', { remote: false, extensionsGranted: 1 })).toBe('2026-04-30');
    expect(dueDate(rule, '2026-03-01', { remote: false, extensionsGranted: 2 })).toBe('2026-05-30');
  });
});

describe('calendar arithmetic', () => {
  it('clamps a day the target month lacks to its last day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2026-01-15', 12)).toBe('2027-01-15');
  });

  it('an extension in months from 31/12 lands on the end of February', () => {
    expect(dueDate(crime, '2025-12-31', { remote: false, extensionsGranted: 1 })).toBe('2026-02-28');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-25', 20)).toBe('2027-01-14');
    expect(addDays('2028-02-20', 10)).toBe('2028-03-01');
  });

  it('counts whole days between two dates, either way', () => {
    expect(daysBetween('2026-03-01', '2026-03-21')).toBe(20);
    expect(daysBetween('2026-03-21', '2026-03-01')).toBe(-20);
    expect(daysBetween('2026-03-28', '2026-04-02')).toBe(5);
  });
});

describe('deadlineState', () => {
  it('tells on time from late once resolved', () => {
    expect(deadlineState('2026-03-21', '2026-04-30', '2026-03-21', 5)).toBe('resolved_on_time');
    expect(deadlineState('2026-03-21', '2026-04-30', '2026-03-22', 5)).toBe('resolved_late');
  });

  it('is overdue the day after the due date, due soon within the window, open before', () => {
    expect(deadlineState('2026-03-21', '2026-03-22', null, 5)).toBe('overdue');
    expect(deadlineState('2026-03-21', '2026-03-21', null, 5)).toBe('due_soon');
    expect(deadlineState('2026-03-21', '2026-03-16', null, 5)).toBe('due_soon');
    expect(deadlineState('2026-03-21', '2026-03-15', null, 5)).toBe('open');
  });
});
