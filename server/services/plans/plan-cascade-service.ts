import { isUnitInScope } from '../../../core/auth/scope.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { deriveChildPlanContent, type CascadeUnit } from '../../../core/plans/cascade.ts';
import { listChildPlans } from '../../storage/plans.ts';
import { countChildren, listUnits, type UnitRow } from '../../storage/units.ts';
import type { ServiceContext } from '../context.ts';
import { getVisibleUnit } from '../units/unit-service.ts';
import { createPlan, getPlanDetail, getPlanIssuer, getVisiblePlan, type PlanDetail } from './plan-service.ts';

async function toCascadeUnit(context: ServiceContext, unit: UnitRow): Promise<CascadeUnit> {
  return {
    id: unit.id, name: unit.name, level: unit.level, kind: unit.kind, shortName: unit.short_name, validTo: unit.valid_to,
    hasChildren: (await countChildren(context.database.db, unit.id)) > 0,
  };
}

/** "Create from parent plan": a draft for a unit below the parent's issuer, derived from the parent. */
export async function createChildPlan(context: ServiceContext, parentPlanId: string, unitId: string): Promise<PlanDetail & { omitted: string[] }> {
  const parent = await getPlanDetail(context, parentPlanId);
  const parentUnit = await getPlanIssuer(context, await getVisiblePlan(context, parentPlanId));
  const child = await getVisibleUnit(context, unitId);
  if (child.id === parentUnit.id || !isUnitInScope({ kind: 'subtree', unitId: parentUnit.id, unitPath: parentUnit.path }, child.path)) {
    throw new AppError('not_a_child_unit', 400, { unit: child.name });
  }
  const existing = await listChildPlans(context.database.db, parentPlanId);
  if (existing.some((plan) => plan.issuer_unit_id === child.id && plan.status !== 'superseded')) {
    throw new AppError('child_plan_exists', 409, { unit: child.name });
  }
  const { content, omitted } = deriveChildPlanContent(
    { content: parent.content, number: parent.number, issueDate: parent.issueDate },
    await toCascadeUnit(context, parentUnit),
    await toCascadeUnit(context, child),
  );
  const created = await createPlan(context, { content, parentPlanIds: [parentPlanId] });
  return { ...created, omitted };
}

/** For each unit directly below the issuer: its plan made from this one, if any, and whether it is issued. */
export async function listChildPlanStatus(context: ServiceContext, parentPlanId: string) {
  const parent = await getPlanDetail(context, parentPlanId);
  const units = await listUnits(context.database.db, {
    scope: context.actor.scope, parentId: parent.issuerUnitId, includeFormer: true, limit: 5000,
  });
  const plans = await listChildPlans(context.database.db, parentPlanId);
  const children = units.map((unit) => {
    const plan = plans.find((candidate) => candidate.issuer_unit_id === unit.id && candidate.status !== 'superseded')
      ?? plans.find((candidate) => candidate.issuer_unit_id === unit.id);
    return {
      unitId: unit.id, unitName: unit.name, planId: plan?.id ?? null, status: plan?.status ?? null,
      number: plan?.number ?? null, issueDate: plan?.issue_date ?? null,
    };
  });
  return { children, issuedCount: children.filter((child) => child.status === 'issued').length, childCount: children.length };
}
