import { describe, expect, it } from 'vitest';
import { daysBetween, dueReminders, reminderMessage, type ReminderReport } from './reminders.ts';

const report = (overrides: Partial<ReminderReport> & Pick<ReminderReport, 'id' | 'unitId'>): ReminderReport => ({
  requestId: 'req-1', unitName: `Xã ${overrides.unitId}`, role: 'reporter', status: 'not_started',
  deadline: '2026-06-20', title: 'Báo cáo 6 tháng đầu năm 2026', ...overrides,
});

const consolidator = report({ id: 'c', unitId: '40', unitName: 'Tỉnh Nghệ An', role: 'consolidator', deadline: '2026-06-25' });

describe('daysBetween', () => {
  it('counts calendar days, across months and years', () => {
    expect(daysBetween('2026-06-18', '2026-06-20')).toBe(2);
    expect(daysBetween('2026-06-20', '2026-06-20')).toBe(0);
    expect(daysBetween('2026-06-21', '2026-06-20')).toBe(-1);
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});

describe('dueReminders', () => {
  it('reminds a reporter within 3 days of the deadline and on the day, not before', () => {
    const reports = [report({ id: 'a', unitId: '1' })];
    expect(dueReminders(reports, '2026-06-16')).toEqual([]);
    expect(dueReminders(reports, '2026-06-17')).toMatchObject([{ kind: 'due_soon', reportId: 'a', unitId: '1', daysToDeadline: 3 }]);
    expect(dueReminders(reports, '2026-06-18')).toMatchObject([{ kind: 'due_soon', daysToDeadline: 2 }]);
    expect(dueReminders(reports, '2026-06-20')).toMatchObject([{ kind: 'due_soon', daysToDeadline: 0 }]);
  });

  it('takes the number of days before from the options', () => {
    const reports = [report({ id: 'a', unitId: '1' })];
    expect(dueReminders(reports, '2026-06-13', { daysBefore: 7 })).toMatchObject([{ kind: 'due_soon', daysToDeadline: 7 }]);
    expect(dueReminders(reports, '2026-06-19', { daysBefore: 0 })).toEqual([]);
  });

  it('reminds an overdue reporter every day, up to the overdue limit', () => {
    const reports = [report({ id: 'a', unitId: '1', status: 'draft' })];
    expect(dueReminders(reports, '2026-06-21')).toMatchObject([{ kind: 'overdue', reportId: 'a', daysToDeadline: -1 }]);
    expect(dueReminders(reports, '2026-07-20')).toMatchObject([{ kind: 'overdue', daysToDeadline: -30 }]);
    expect(dueReminders(reports, '2026-07-21')).toEqual([]);
    expect(dueReminders(reports, '2026-07-21', { overdueForDays: 60 })).toHaveLength(1);
  });

  it('gives submitted and accepted reports none, returned ones still', () => {
    const reports = [
      report({ id: 's', unitId: '1', status: 'submitted' }),
      report({ id: 'a', unitId: '2', status: 'accepted' }),
      report({ id: 'r', unitId: '3', status: 'returned' }),
    ];
    expect(dueReminders(reports, '2026-06-19').map((reminder) => reminder.reportId)).toEqual(['r']);
    expect(dueReminders(reports, '2026-06-22').map((reminder) => reminder.reportId)).toEqual(['r']);
  });

  it('tells the consolidator once per request which units are overdue, by name', () => {
    const reports = [
      consolidator,
      report({ id: 'b', unitId: '2', unitName: 'Xã Yên Thành' }),
      report({ id: 'a', unitId: '1', unitName: 'Xã Diễn Châu', status: 'returned' }),
      report({ id: 's', unitId: '3', status: 'submitted' }),
    ];
    const reminders = dueReminders(reports, '2026-06-22');
    expect(reminders.map((reminder) => [reminder.kind, reminder.reportId])).toEqual([['overdue', 'a'], ['overdue', 'b'], ['overdue_units', 'c']]);
    expect(reminders[2]).toMatchObject({
      unitId: '40', deadline: '2026-06-20', daysToDeadline: -2,
      overdueUnits: [{ unitId: '1', unitName: 'Xã Diễn Châu' }, { unitId: '2', unitName: 'Xã Yên Thành' }],
    });
  });

  it('does not remind the consolidator before the deadline, nor once its own report is in', () => {
    const reports = [consolidator, report({ id: 'a', unitId: '1' })];
    expect(dueReminders(reports, '2026-06-20').map((reminder) => reminder.kind)).toEqual(['due_soon']);
    expect(dueReminders([{ ...consolidator, status: 'submitted' }, report({ id: 'a', unitId: '1' })], '2026-06-22').map((reminder) => reminder.kind)).toEqual(['overdue']);
  });

  it('keeps requests apart', () => {
    const reports = [
      consolidator, report({ id: 'a', unitId: '1' }),
      { ...consolidator, id: 'c2', requestId: 'req-2' }, report({ id: 'x', unitId: '1', requestId: 'req-2', deadline: '2026-07-01' }),
    ];
    const reminders = dueReminders(reports, '2026-06-22');
    expect(reminders.map((reminder) => [reminder.requestId, reminder.kind])).toEqual([['req-1', 'overdue'], ['req-1', 'overdue_units']]);
  });
});

describe('reminderMessage', () => {
  const [dueSoon] = dueReminders([report({ id: 'a', unitId: '1', unitName: 'Xã Diễn Châu' })], '2026-06-18');

  it('words a coming deadline in Vietnamese, then English, dates as dd/mm/yyyy', () => {
    const message = reminderMessage(dueSoon!, 'Nguyễn Văn An');
    expect(message.subject).toBe('[PCMD] Báo cáo 6 tháng đầu năm 2026 đến hạn ngày 20/06/2026 | Report due 20/06/2026');
    expect(message.text).toMatch(/^Kính gửi Nguyễn Văn An,/);
    expect(message.text).toContain('Báo cáo 6 tháng đầu năm 2026 của Xã Diễn Châu đến hạn gửi ngày 20/06/2026 (còn 2 ngày)');
    expect(message.text.indexOf('Dear Nguyễn Văn An,')).toBeGreaterThan(message.text.indexOf('Kính gửi'));
    expect(message.text).toContain('is due on 20/06/2026 (in 2 days)');
    expect(message.text).not.toContain('2026-06-20');
  });

  it('prefixes a title that does not say "Báo cáo", and says "today" on the day', () => {
    const [today] = dueReminders([report({ id: 'a', unitId: '1', title: 'Tình hình tụ điểm quý II' })], '2026-06-20');
    const message = reminderMessage(today!, 'An');
    expect(message.subject).toBe('[PCMD] Báo cáo Tình hình tụ điểm quý II đến hạn ngày 20/06/2026 | Report due 20/06/2026');
    expect(message.text).toContain('(hôm nay)');
    expect(message.text).toContain('(today)');
  });

  it('words an overdue report and the consolidator\'s list of overdue units', () => {
    const reminders = dueReminders([consolidator, report({ id: 'a', unitId: '1', unitName: 'Xã Diễn Châu' }), report({ id: 'b', unitId: '2', unitName: 'Phường Vinh Phú' })], '2026-06-21');
    const overdue = reminderMessage(reminders[0]!, 'An');
    expect(overdue.subject).toBe('[PCMD] Báo cáo 6 tháng đầu năm 2026 đã quá hạn ngày 20/06/2026 | Report overdue since 20/06/2026');
    expect(overdue.text).toContain('đã quá hạn gửi 1 ngày (hạn ngày 20/06/2026)');
    expect(overdue.text).toContain('is 1 day overdue');
    const units = reminderMessage(reminders[2]!, 'Bình');
    expect(units.subject).toBe('[PCMD] Báo cáo 6 tháng đầu năm 2026: 2 đơn vị chưa gửi, quá hạn ngày 20/06/2026 | 2 units overdue');
    expect(units.text).toContain('  - Phường Vinh Phú\n  - Xã Diễn Châu');
    expect(units.text).toContain('2 units have not submitted the report, 1 day overdue');
  });
});
