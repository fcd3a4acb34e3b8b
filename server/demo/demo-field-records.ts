import { toSearchText } from '../../core/text/search-text.ts';
import type { Executor } from '../storage/executor.ts';

type AgencyOf = (unitId: string, kinds: string[]) => string | null;

const day = (year: number, month: number, dayOfMonth: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(Math.min(dayOfMonth, 28)).padStart(2, '0')}`;

/** The ward whose demo accounts sign in (thanhvinh.canbo, thanhvinh.congan): its tabs should not be empty. */
const DEMO_WARD = '16681';

/**
 * The records of the other tabs, so that every target of the demo plan has something to show:
 * hotspots, the ward's inspection plan, integrations, pilot models, monthly support figures and
 * crime statistics (last year's too, for the growth target). Places and counts only: no person.
 */
export async function insertDemoFieldRecords(
  db: Executor, provinceId: string, communeIds: string[], year: number, lastMonth: number, agencyOf: AgencyOf, next: () => number,
): Promise<number> {
  let count = 0;
  count += await insertHotspots(db, communeIds, year, next);
  count += await insertInspectionPlan(db, year, agencyOf);
  count += await insertIntegrations(db, provinceId, communeIds, year, agencyOf, next);
  count += await insertModels(db, communeIds, year, agencyOf, next);
  count += await insertSupport(db, communeIds, year, lastMonth, next);
  count += await insertCrimeStatistics(db, provinceId, year, lastMonth, next);
  return count;
}

async function insertHotspots(db: Executor, communeIds: string[], year: number, next: () => number): Promise<number> {
  const places = [
    { unitId: DEMO_WARD, address: 'Khu vực vườn hoa đường Trường Thi', kind: 'park', description: 'Tụ tập môi giới vào buổi tối; cần tuần tra thường xuyên.' },
    { unitId: DEMO_WARD, address: 'Bến xe khách phía Bắc, cổng phụ', kind: 'transport_hub', description: 'Có dấu hiệu chèo kéo khách vào ban đêm.' },
    ...communeIds.filter(() => next() < 0.05).map((unitId) => ({
      unitId, address: 'Đoạn đường ven quốc lộ 1A', kind: 'street', description: 'Điểm dừng xe có dấu hiệu hoạt động mại dâm.',
    })),
  ];
  for (const [index, place] of places.entries()) {
    const eliminated = index === 1;
    const { id } = await db.insertInto('hotspots').values({
      unit_id: place.unitId, address: place.address, kind: place.kind, description: place.description,
      identified_on: day(year - 1, 9, 15), status: eliminated ? 'eliminated' : 'active',
      eliminated_on: eliminated ? day(year, 3, 20) : null, status_changed_on: eliminated ? day(year, 3, 20) : day(year - 1, 9, 15),
      search_text: toSearchText(`${place.address} ${place.description}`),
    }).returning('id').executeTakeFirstOrThrow();
    if (eliminated) {
      await db.insertInto('hotspot_watch_visits').values([
        { hotspot_id: id, visited_on: day(year, 5, 10), reformed: false, notes: 'Không phát hiện tụ tập trở lại.' },
        { hotspot_id: id, visited_on: day(year, 8, 12), reformed: false, notes: null },
      ]).execute();
    }
  }
  return places.length;
}

/** The ward's plan for the year: its first establishments, one a quarter, by the inter-agency team. */
async function insertInspectionPlan(db: Executor, year: number, agencyOf: AgencyOf): Promise<number> {
  const establishments = await db.selectFrom('establishments').select('id').where('unit_id', '=', DEMO_WARD).where('deleted_at', 'is', null)
    .orderBy('created_at').orderBy('id').limit(4).execute();
  if (establishments.length === 0) return 0;
  const { id } = await db.insertInto('inspection_plans').values({
    unit_id: DEMO_WARD, year, title: `Kế hoạch kiểm tra các cơ sở kinh doanh dịch vụ dễ bị lợi dụng năm ${year}`,
    notes: 'Đoàn kiểm tra liên ngành phường chủ trì; Công an phường phối hợp.',
  }).returning('id').executeTakeFirstOrThrow();
  const police = agencyOf(DEMO_WARD, ['police']);
  await db.insertInto('inspection_plan_items').values(establishments.map((establishment, index) => ({
    plan_id: id, establishment_id: establishment.id, planned_month: 2 + index * 3, window_start: null, window_end: null,
    team_kind: index === 3 && police ? 'single_agency' as const : 'inter_agency' as const, agency_id: index === 3 ? police : null, sort_order: index,
  }))).execute();
  return 1;
}

async function insertIntegrations(db: Executor, provinceId: string, communeIds: string[], year: number, agencyOf: AgencyOf, next: () => number): Promise<number> {
  const rows = [
    { unitId: provinceId, agency: ['fatherland_front'], programme: 'Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"', kind: 'cultural_movement' },
    { unitId: provinceId, agency: ['womens_union'], programme: 'Chương trình phòng, chống tội phạm mua bán người', kind: 'human_trafficking' },
    { unitId: provinceId, agency: ['health'], programme: 'Chương trình phòng, chống HIV/AIDS', kind: 'hiv_aids' },
    ...communeIds.filter((unitId) => unitId === DEMO_WARD || next() < 0.4).map((unitId) => ({
      unitId, agency: ['fatherland_front', 'womens_union'], programme: `Kế hoạch phát triển kinh tế - xã hội năm ${year}`, kind: 'socio_economic_development',
    })),
  ];
  for (const row of rows) {
    const agencyId = agencyOf(row.unitId, row.agency);
    await db.insertInto('programme_integrations').values({
      unit_id: row.unitId, year, agency_id: agencyId, programme: row.programme, programme_kind: row.kind,
      search_text: toSearchText(row.programme),
    }).execute();
  }
  return rows.length;
}

async function insertModels(db: Executor, communeIds: string[], year: number, agencyOf: AgencyOf, next: () => number): Promise<number> {
  const running = communeIds.filter((unitId) => unitId === DEMO_WARD || next() < 0.15);
  for (const unitId of running) {
    const name = 'Nhóm tự lực hỗ trợ người bán dâm hòa nhập cộng đồng';
    await db.insertInto('harm_reduction_models').values({
      unit_id: unitId, name, kind: 'community_support_group', started_on: day(year - 1, 6, 1), ended_on: null,
      agency_id: agencyOf(unitId, ['culture_social_affairs', 'womens_union']),
      description: 'Tư vấn, giới thiệu dịch vụ y tế, học nghề và vay vốn; sinh hoạt hằng tháng.',
      search_text: toSearchText(name),
    }).execute();
  }
  return running.length;
}

/** Monthly support figures in the communes that run a service: small counts, consistent with each other. */
async function insertSupport(db: Executor, communeIds: string[], year: number, lastMonth: number, next: () => number): Promise<number> {
  const serving = communeIds.filter((unitId) => unitId === DEMO_WARD || next() < 0.3);
  const rows = serving.flatMap((unitId) => Array.from({ length: lastMonth }, (_, index) => {
    const served = Math.floor(next() * 5);
    const reached = served + Math.floor(next() * 6);
    const newly = index === 0 ? served : Math.min(served, Math.floor(next() * 2));
    const referrals = Math.min(served, Math.floor(next() * 3));
    return {
      unit_id: unitId, month: day(year, index + 1, 1), people_reached: reached, people_in_need: reached, people_eligible: reached,
      people_served: served, people_newly_served: newly,
      service_hiv_sti_testing: Math.min(served, 1 + Math.floor(next() * 3)) * (served > 0 ? 1 : 0), service_condoms: served,
      service_counselling: Math.floor(served / 2), referrals_made: referrals, referrals_completed: Math.floor(referrals / 2),
      peer_groups_active: unitId === DEMO_WARD ? 1 : 0,
    };
  }));
  if (rows.length > 0) await db.insertInto('support_statistics').values(rows).execute();
  return rows.length;
}

/** The province police's quarterly lines for last year and this year so far (article 327, harbouring; 328, brokering). */
async function insertCrimeStatistics(db: Executor, provinceId: string, year: number, lastMonth: number, next: () => number): Promise<number> {
  const quarters = [
    ...[1, 2, 3, 4].map((quarter) => ({ year: year - 1, quarter })),
    ...[1, 2, 3].filter((quarter) => quarter * 3 <= lastMonth).map((quarter) => ({ year, quarter })),
  ];
  const rows = quarters.flatMap(({ year: quarterYear, quarter }) => {
    const start = day(quarterYear, quarter * 3 - 2, 1);
    const end = new Date(Date.UTC(quarterYear, quarter * 3, 0)).toISOString().slice(0, 10);
    return ['327', '328'].map((article) => {
      const cases = 2 + Math.floor(next() * 5);
      const prosecuted = Math.max(1, cases - 1);
      return {
        unit_id: provinceId, period_start: start, period_end: end, article, cases_handled: cases, defendants: cases + 1,
        cases_prosecuted: prosecuted, defendants_prosecuted: prosecuted, cases_tried: Math.floor(prosecuted / 2), defendants_tried: Math.floor(prosecuted / 2),
      };
    });
  });
  await db.insertInto('crime_statistics').values(rows).execute();
  return rows.length;
}
