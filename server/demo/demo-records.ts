import { insertTip } from '../storage/tips.ts';
import { toSearchText } from '../../core/text/search-text.ts';
import type { Database } from '../storage/database.ts';
import type { Executor } from '../storage/executor.ts';
import { establishmentDuplicateKey } from '../storage/establishments.ts';
import { insertDemoFieldRecords } from './demo-field-records.ts';

/** A small deterministic generator (mulberry32): the demo looks the same on every machine. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const day = (year: number, month: number, dayOfMonth: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(Math.min(dayOfMonth, 28)).padStart(2, '0')}`;

/**
 * A year of plausible records for a province's communes, up to last month: establishments and
 * inspections, communication with reach, training courses, tips, reference figures. Aggregate
 * figures only: no person appears in demo data.
 */
export async function insertDemoRecords(database: Database, provinceId: string, year: number): Promise<number> {
  const next = random(2026);
  const db = database.db;
  const communes = await db.selectFrom('admin_units').select('id').where('parent_id', '=', provinceId).where('valid_to', 'is', null).orderBy('id').execute();
  const lastMonth = 10;
  let count = 0;
  // The agency that leads each unit's activities: its culture and social affairs office, else its first.
  const agencies = await db.selectFrom('agencies').select(['id', 'unit_id', 'kind']).where('unit_id', 'in', [provinceId, ...communes.map((commune) => commune.id)])
    .orderBy('sort_order').execute();
  const agencyOf = (unitId: string, kinds: string[]) => {
    const own = agencies.filter((agency) => agency.unit_id === unitId);
    return (kinds.map((kind) => own.find((agency) => agency.kind === kind)).find(Boolean) ?? own[0])?.id ?? null;
  };
  const activityTitle = 'Tuyên truyền phòng, chống mại dâm tại khu dân cư';
  const pressTitle = 'Tin bài về phòng, chống mại dâm trên Báo Nghệ An';
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('reference_figures').values([
      { unit_id: provinceId, year, kind: 'students', value: 120_000 },
      { unit_id: provinceId, year, kind: 'industrial_zone_workers', value: 45_000 },
      { unit_id: provinceId, year, kind: 'establishment_workers', value: 9_000 },
      { unit_id: provinceId, year, kind: 'officials_province', value: 400 },
      { unit_id: provinceId, year, kind: 'officials_commune', value: 2_600 },
      { unit_id: provinceId, year, kind: 'sex_workers_in_need', value: 600 },
    ]).execute();
    for (const commune of communes) {
      const establishments = await trx.insertInto('establishments').values(Array.from({ length: 3 + Math.floor(next() * 8) }, (_, index) => ({
        unit_id: commune.id, name: `Cơ sở lưu trú ${index + 1}`, type: index % 3 === 0 ? 'karaoke' : 'accommodation', workers: 2 + Math.floor(next() * 10), opened_on: '2022-01-01',
        search_text: toSearchText(`Cơ sở lưu trú ${index + 1}`), duplicate_key: establishmentDuplicateKey(`Cơ sở lưu trú ${index + 1}`, ''),
      }))).returning('id').execute();
      count += establishments.length;
      const activeMonths = Array.from({ length: lastMonth }, (_, index) => index + 1).filter(() => next() < 0.55);
      for (const month of activeMonths) {
        const { id } = await trx.insertInto('communication_activities').values({
          unit_id: commune.id, occurred_on: day(year, month, 1 + Math.floor(next() * 27)), form: 'residential_meeting', title: activityTitle,
          lead_agency_id: agencyOf(commune.id, ['culture_social_affairs']), search_text: toSearchText(activityTitle),
        })
          .returning('id').executeTakeFirstOrThrow();
        await trx.insertInto('communication_reach').values([
          { activity_id: id, audience: 'public', people_reached: 30 + Math.floor(next() * 120) },
          { activity_id: id, audience: 'students', people_reached: Math.floor(next() * 150) },
        ]).execute();
        count += 1;
      }
      if (next() < 0.7 && establishments.length > 0) {
        const { id } = await trx.insertInto('inspections').values({ unit_id: commune.id, inspected_on: day(year, 1 + Math.floor(next() * lastMonth), 10), team: 'Đội kiểm tra liên ngành' })
          .returning('id').executeTakeFirstOrThrow();
        await trx.insertInto('inspection_visits').values(establishments.slice(0, 1 + Math.floor(next() * 2)).map((establishment) => ({ inspection_id: id, establishment_id: establishment.id, outcome: 'no_violation' }))).execute();
        count += 1;
      }
      if (next() < 0.3) {
        const month = 1 + Math.floor(next() * lastMonth);
        const resolvedDay = next() < 0.85 ? 15 : 28;
        const receivedOn = day(year, month, 1);
        const { id } = await insertTip(trx, {
          unitId: commune.id, receivingUserId: null, channel: 'hotline', receivedAt: new Date(`${receivedOn}T02:00:00Z`), receivedOn, subjects: ['selling_buying_sex'],
          establishmentId: null, hotspotId: null, address: null, onlineAccount: null, happenedOn: null, description: 'Tin báo qua đường dây nóng (dữ liệu trình diễn).',
          anonymous: true, dueOn: day(year, month, 21), receiptCodeHash: null,
        });
        await trx.updateTable('tips').set({ status: 'resolved', classification: 'criminal_tip', resolved_on: day(year, month, resolvedDay), substantiated: false, outcome: 'no_basis' })
          .where('id', '=', id).execute();
        count += 1;
      }
    }
    for (let month = 1; month <= lastMonth; month += 1) {
      if (next() < 0.8) {
        await trx.insertInto('communication_activities').values({
          unit_id: provinceId, occurred_on: day(year, month, 5), form: 'press_article', title: pressTitle,
          lead_agency_id: agencyOf(provinceId, ['newspaper', 'radio_television', 'culture_sports_tourism']), search_text: toSearchText(pressTitle),
        }).execute();
        count += 1;
      }
    }
    count += await insertDemoTraining(trx, provinceId, communes.map((commune) => commune.id), year, lastMonth, agencyOf);
    count += await insertDemoFieldRecords(trx, provinceId, communes.map((commune) => commune.id), year, lastMonth, agencyOf, random(2028));
  });
  return count;
}

/**
 * Training courses: two at the province for province and commune officials, one in about a third
 * of the communes. A generator of their own, so that the other demo records stay as they were.
 */
async function insertDemoTraining(
  db: Executor, provinceId: string, communeIds: string[], year: number, lastMonth: number,
  agencyOf: (unitId: string, kinds: string[]) => string | null,
): Promise<number> {
  const next = random(2027);
  const courses: { unitId: string; level: string; month: number; topic: string; participants: [string, string, number][] }[] = [
    { unitId: provinceId, level: 'province', month: 3, topic: 'Tập huấn nghiệp vụ phòng, chống mại dâm cho cán bộ cấp tỉnh', participants: [
      ['province', 'police', 40], ['province', 'health', 25], ['province', 'culture_sports_tourism', 20], ['province', 'womens_union', 15]] },
    { unitId: provinceId, level: 'commune', month: 6, topic: 'Tập huấn kỹ năng hỗ trợ người bán dâm hòa nhập cộng đồng cho cán bộ cấp xã', participants: [
      ['commune', 'culture_social_affairs', 260], ['commune', 'police', 130], ['commune', 'womens_union', 130]] },
  ];
  for (const communeId of communeIds) {
    if (next() >= 0.35) continue;
    courses.push({ unitId: communeId, level: 'commune', month: 1 + Math.floor(next() * lastMonth), topic: 'Tập huấn phòng, chống mại dâm cho cán bộ xã, phường', participants: [
      ['commune', 'police', 3 + Math.floor(next() * 6)], ['commune', 'culture_social_affairs', 2 + Math.floor(next() * 4)], ['commune', 'youth_union', 1 + Math.floor(next() * 5)]] });
  }
  for (const course of courses) {
    const { id } = await db.insertInto('training_courses').values({
      unit_id: course.unitId, held_on: day(year, course.month, 12), level: course.level, topic: course.topic, search_text: toSearchText(course.topic),
      organiser_agency_id: agencyOf(course.unitId, ['health', 'culture_social_affairs']),
    }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('training_participants').values(course.participants.map(([level, agencyKind, participants]) => ({
      course_id: id, level, agency_kind: agencyKind, participants,
    }))).execute();
  }
  return courses.length;
}
