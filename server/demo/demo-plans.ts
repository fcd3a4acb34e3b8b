import { planContent, type PlanContent } from '../../core/plans/plan.ts';
import type { Database } from '../storage/database.ts';
import { findUserByUsername } from '../storage/users.ts';
import { buildActor } from '../services/auth/auth-service.ts';
import { createChildPlan } from '../services/plans/plan-cascade-service.ts';
import { createPlan, issuePlan } from '../services/plans/plan-service.ts';
import type { Log } from '../setup.ts';
import { insertDemoRecords } from './demo-records.ts';
import { insertDemoTips } from './demo-tips.ts';
import { seedPlans } from './plans/index.ts';

/** Current Nghệ An communes the demo cascades the province's plans to; the first three issue theirs. */
export const demoCascadeCommunes = ['16681', '16690', '16702', '16708', '16732'] as const;

/** Wards of Vinh as they were in 2024 (Đông Vĩnh, Lê Lợi, Hưng Bình), below the pre-reform province. */
const preReformVinhWards = ['pre2025-16663', 'pre2025-16669', 'pre2025-16672'];

/**
 * The three seed plans, as drafts: the source documents lost their numbers, so they are not
 * shown as issued. The Nghệ An 2024 plan is cascaded to wards of Vinh as they were in 2024, and a
 * 2026 plan of today's Nghệ An (the 2024 plan carried forward) is issued and cascaded to today's
 * communes, with a year of demo records so that its progress board has something to show.
 */
export async function ensureDemoPlans(database: Database, log: Log): Promise<void> {
  const existing = await database.db.selectFrom('plans').select('id').limit(1).execute();
  if (existing.length > 0) return;
  const admin = await findUserByUsername(database.db, 'admin');
  if (!admin) throw new Error('The demo plans need the demo accounts: run ensureDemoAccounts first.');
  const context = { database, actor: await buildActor(database, admin) };

  const created: Record<string, string> = {};
  for (const seed of seedPlans) {
    created[seed.id] = (await createPlan(context, { content: planContent.parse(seed.content), parentPlanIds: [] })).id;
  }
  const ngheAn2024 = created['nghe-an-2024']!;
  for (const ward of preReformVinhWards) {
    await createChildPlan(context, ngheAn2024, ward);
  }

  const province2026 = await createPlan(context, { content: carriedForward(planContent.parse(seedPlans[0]!.content)), parentPlanIds: [] });
  await issuePlan(context, province2026.id, { number: '15/KH-UBND', issueDate: '2026-01-20' });
  for (const [index, commune] of demoCascadeCommunes.entries()) {
    const child = await createChildPlan(context, province2026.id, commune);
    if (index < 3) await issuePlan(context, child.id, { number: `${index + 3}/KH-UBND`, issueDate: `2026-02-0${index + 2}` });
  }
  const records = await insertDemoRecords(database, '40', 2026) + await insertDemoTips(database);
  log(`Đã tạo ${seedPlans.length} kế hoạch mẫu, kế hoạch năm 2026 của tỉnh Nghệ An với ${demoCascadeCommunes.length} kế hoạch cấp xã, và ${records} bản ghi hoạt động demo.`);
}

/** The Nghệ An 2024 plan as today's province would issue it for 2026. */
function carriedForward(plan: PlanContent): PlanContent {
  return {
    ...plan,
    issuerUnitId: '40',
    title: plan.title.replace('năm 2024', 'năm 2026'),
    periodCode: 'Y2026',
    // Districts were abolished on 1/7/2025: a 2026 plan sets no target on district officials.
    targets: plan.targets
      .filter((target) => target.indicatorCode !== 'training.officials_district')
      .map((target) => ({ ...target, periodCode: target.periodCode.replace('2024', '2026') })),
    assignments: plan.assignments.map((assignment) =>
      assignment.role === 'lead' ? { ...assignment, agencyKind: 'health', agencyName: 'Sở Y tế' } : assignment,
    ),
  };
}
