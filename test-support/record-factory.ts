import { insertTip } from '../server/storage/tips.ts';
import { toSearchText } from '../core/text/search-text.ts';
import { establishmentDuplicateKey } from '../server/storage/establishments.ts';
import type { Executor } from '../server/storage/executor.ts';

/** Test records with readable defaults, inserted straight into the tables the indicators read. */
export function recordFactory(db: Executor) {
  return {
    async establishments(unitId: string, count: number, overrides: { openedOn?: string | null; closedOn?: string | null } = {}): Promise<string[]> {
      const rows = await db.insertInto('establishments').values(Array.from({ length: count }, (_, index) => {
        const name = `Nhà nghỉ thử ${unitId}-${index + 1}`;
        const closedOn = overrides.closedOn ?? null;
        return {
          unit_id: unitId, name, type: 'accommodation', workers: 3, opened_on: overrides.openedOn ?? '2020-01-01', closed_on: closedOn,
          status: closedOn ? 'closed' : 'active', status_changed_on: closedOn,
          search_text: toSearchText(name), duplicate_key: establishmentDuplicateKey(name, ''),
        };
      })).returning('id').execute();
      return rows.map((row) => row.id);
    },
    /** By the unit's inter-agency team, or by one agency alone when `agencyId` is given. */
    async inspection(unitId: string, inspectedOn: string, establishmentIds: string[], agencyId: string | null = null): Promise<void> {
      const team = agencyId ? { team: 'Tổ công tác', team_kind: 'single_agency' as const, member_agency_ids: [agencyId] } : { team: 'Đội kiểm tra liên ngành' };
      const { id } = await db.insertInto('inspections').values({ unit_id: unitId, inspected_on: inspectedOn, ...team })
        .returning('id').executeTakeFirstOrThrow();
      await db.insertInto('inspection_visits').values(establishmentIds.map((establishmentId) => ({ inspection_id: id, establishment_id: establishmentId, outcome: 'no_violation' }))).execute();
    },
    async communication(unitId: string, occurredOn: string, reach: Record<string, number> = {}, form = 'residential_meeting', leadAgencyId: string | null = null): Promise<void> {
      const title = 'Tuyên truyền phòng, chống mại dâm';
      const { id } = await db.insertInto('communication_activities')
        .values({ unit_id: unitId, occurred_on: occurredOn, form, title, search_text: toSearchText(title), lead_agency_id: leadAgencyId })
        .returning('id').executeTakeFirstOrThrow();
      const rows = Object.entries(reach).map(([audience, people]) => ({ activity_id: id, audience, people_reached: people }));
      if (rows.length > 0) await db.insertInto('communication_reach').values(rows).execute();
    },
    /** A course with participants by level only, as courses were recorded before agencies were kept. */
    async training(unitId: string, heldOn: string, level: string, participantsByLevel: Record<string, number>): Promise<string> {
      const topic = 'Tập huấn phòng, chống mại dâm';
      const { id } = await db.insertInto('training_courses').values({ unit_id: unitId, held_on: heldOn, level, topic, search_text: toSearchText(topic) })
        .returning('id').executeTakeFirstOrThrow();
      const rows = Object.entries(participantsByLevel).map(([participantLevel, participants]) => ({ course_id: id, level: participantLevel, participants, agency_kind: null }));
      if (rows.length > 0) await db.insertInto('training_participants').values(rows).execute();
      return id;
    },
    async tip(unitId: string, receivedOn: string, dueOn: string, resolvedOn: string | null, assignedAgencyId: string | null = null): Promise<void> {
      const { id } = await insertTip(db, {
        unitId, receivingUserId: null, channel: 'hotline', receivedAt: new Date(`${receivedOn}T02:00:00Z`), receivedOn, subjects: ['other'],
        establishmentId: null, hotspotId: null, address: null, onlineAccount: null, happenedOn: null, description: 'Tin báo thử', anonymous: true,
        dueOn, receiptCodeHash: null,
      });
      if (assignedAgencyId) await db.updateTable('tips').set({ assigned_agency_id: assignedAgencyId }).where('id', '=', id).execute();
      if (resolvedOn) {
        await db.updateTable('tips').set({ status: 'resolved', classification: 'criminal_tip', resolved_on: resolvedOn, substantiated: false, outcome: 'no_basis' })
          .where('id', '=', id).execute();
      }
    },
    async referenceFigure(unitId: string, year: number, kind: string, value: number): Promise<void> {
      await db.insertInto('reference_figures').values({ unit_id: unitId, year, kind, value }).execute();
    },
    async crimes(unitId: string, periodStart: string, periodEnd: string, cases: number): Promise<void> {
      await db.insertInto('crime_statistics').values({ unit_id: unitId, period_start: periodStart, period_end: periodEnd, article: '327', cases_handled: cases }).execute();
    },
  };
}
