import { describe, expect, it } from 'vitest';
import type { HotspotValues } from '../../storage/hotspots.ts';
import { afterWatchVisit, applyHotspotChange, hotspotIssues, newHotspotValues, watchVisitIssues } from './hotspot-rules.ts';

const today = '2025-07-15';

const active: HotspotValues = {
  unitId: '16681', address: 'Vỉa hè đường Lê Mao, đoạn gần chợ Vinh', kind: 'street', latitude: null, longitude: null,
  description: null, identifiedOn: '2025-01-10', status: 'active', eliminatedOn: null, statusChangedOn: null,
};
const eliminated: HotspotValues = { ...active, status: 'eliminated', eliminatedOn: '2025-03-01', statusChangedOn: '2025-03-01' };

const fields = (issues: { field: string }[]) => issues.map((issue) => issue.field);

describe('hotspot rules', () => {
  it('accept a plain active hotspot and an eliminated one with its date', () => {
    expect(hotspotIssues(active, today)).toEqual([]);
    expect(hotspotIssues(eliminated, today)).toEqual([]);
  });

  it('refuse days after today, naming each field with today as dd/mm/yyyy', () => {
    const issues = hotspotIssues({ ...eliminated, identifiedOn: '2025-07-16', eliminatedOn: '2025-08-01' }, today);
    expect(fields(issues)).toEqual(['identifiedOn', 'eliminatedOn']);
    expect(issues[0]!.message).toBe('Ngày không được sau hôm nay (15/07/2025) | The date cannot be after today (15/07/2025)');
  });

  it('want an elimination date exactly when eliminated, not before the hotspot was found', () => {
    expect(hotspotIssues({ ...active, status: 'eliminated' }, today)[0]!.message).toMatch(/^Tụ điểm đã triệt xóa phải có ngày triệt xóa/);
    expect(fields(hotspotIssues({ ...active, status: 'under_watch', eliminatedOn: '2025-03-01' }, today))).toEqual(['eliminatedOn']);
    expect(hotspotIssues({ ...eliminated, eliminatedOn: '2025-01-09' }, today)[0]!.message)
      .toMatch(/^Ngày triệt xóa không được trước ngày phát hiện/);
  });

  it('want coordinates inside Vietnam and in pairs, pointing at swapped figures', () => {
    expect(hotspotIssues({ ...active, latitude: 18.6796, longitude: 105.6813 }, today)).toEqual([]);
    // The Trường Sa special zone is a commune too.
    expect(hotspotIssues({ ...active, latitude: 8.6455, longitude: 111.92 }, today)).toEqual([]);
    const swapped = hotspotIssues({ ...active, latitude: 105.6813, longitude: 18.6796 }, today);
    expect(fields(swapped)).toEqual(['latitude', 'longitude']);
    expect(swapped[0]!.message).toContain('nhầm chỗ vĩ độ với kinh độ');
    expect(hotspotIssues({ ...active, latitude: 18.6796 }, today)).toEqual([
      { field: 'longitude', message: 'Hãy nhập kinh độ cùng với vĩ độ, hoặc bỏ trống cả hai | Give the longitude with the latitude, or leave both empty' },
    ]);
    expect(fields(hotspotIssues({ ...active, longitude: 105.6813 }, today))).toEqual(['latitude']);
  });

  it('keep an elimination date before the visits that watched it and after a visit that found it re-formed', () => {
    const visits = [{ visitedOn: '2025-04-01', reformed: false }, { visitedOn: '2025-05-01', reformed: false }];
    const history = { previousEliminatedOn: '2025-03-01', visits };
    expect(hotspotIssues({ ...eliminated, eliminatedOn: '2025-03-31' }, today, history)).toEqual([]);
    const late = hotspotIssues({ ...eliminated, eliminatedOn: '2025-04-01' }, today, history);
    expect(late.map((issue) => issue.message.split(' | ')[0])).toEqual(['Đã có lần theo dõi ngày 01/04/2025 sau khi triệt xóa; ngày triệt xóa phải trước ngày đó']);

    const reformed = { previousEliminatedOn: null, visits: [{ visitedOn: '2025-04-01', reformed: false }, { visitedOn: '2025-06-01', reformed: true }] };
    expect(fields(hotspotIssues({ ...eliminated, eliminatedOn: '2025-05-20' }, today, reformed))).toEqual(['eliminatedOn']);
    expect(hotspotIssues({ ...eliminated, eliminatedOn: '2025-06-10' }, today, reformed)).toEqual([]);
  });

  it('date an eliminated hotspot\'s status by its elimination', () => {
    expect(newHotspotValues({ ...eliminated, statusChangedOn: '2025-02-01' }).statusChangedOn).toBe('2025-03-01');
    expect(newHotspotValues(active).statusChangedOn).toBeNull();
  });

  it('date a change of status today unless told, and drop the elimination date when it is left', () => {
    expect(applyHotspotChange(active, { status: 'under_watch' }, today)).toMatchObject({ status: 'under_watch', statusChangedOn: today });
    expect(applyHotspotChange(active, { status: 'eliminated', eliminatedOn: '2025-07-01' }, today))
      .toMatchObject({ status: 'eliminated', eliminatedOn: '2025-07-01', statusChangedOn: '2025-07-01' });
    expect(applyHotspotChange(eliminated, { status: 'active', statusChangedOn: '2025-06-20' }, today))
      .toMatchObject({ status: 'active', eliminatedOn: null, statusChangedOn: '2025-06-20' });
    expect(applyHotspotChange(eliminated, { eliminatedOn: '2025-02-20' }, today))
      .toMatchObject({ eliminatedOn: '2025-02-20', statusChangedOn: '2025-02-20' });
    expect(applyHotspotChange(active, { description: null, address: 'Công viên Trung tâm' }, today))
      .toEqual({ ...active, description: null, address: 'Công viên Trung tâm' });
  });

  it('take watch visits only after the elimination and not after today', () => {
    expect(watchVisitIssues('2025-03-01', { visitedOn: '2025-03-02' }, today)).toEqual([]);
    expect(watchVisitIssues('2025-03-01', { visitedOn: '2025-03-01' }, today)).toEqual([
      { field: 'visitedOn', message: 'Lần theo dõi phải sau ngày triệt xóa (01/03/2025) | A watch visit must come after the elimination date (01/03/2025)' },
    ]);
    expect(watchVisitIssues('2025-03-01', { visitedOn: '2025-07-16' }, today)[0]!.message).toMatch(/^Ngày theo dõi không được sau hôm nay \(15\/07\/2025\)/);
  });

  it('make a re-formed hotspot active again from the day of the visit', () => {
    expect(afterWatchVisit(eliminated, { visitedOn: '2025-05-01', reformed: false })).toBe(eliminated);
    expect(afterWatchVisit(eliminated, { visitedOn: '2025-05-01', reformed: true }))
      .toEqual({ ...eliminated, status: 'active', eliminatedOn: null, statusChangedOn: '2025-05-01' });
  });
});
