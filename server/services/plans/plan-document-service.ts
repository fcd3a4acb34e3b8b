import { renderPlanDocument } from '../../documents/plan-document.ts';
import type { ServiceContext } from '../context.ts';
import { getPlanDetail, getPlanIssuer, getVisiblePlan } from './plan-service.ts';

/** The plan as a Decree 30/2020 .docx, with a file name that survives every browser and mail client. */
export async function exportPlanDocument(context: ServiceContext, id: string): Promise<{ file: Buffer; fileName: string }> {
  const plan = await getPlanDetail(context, id);
  const issuer = await getPlanIssuer(context, await getVisiblePlan(context, id));
  const file = await renderPlanDocument({
    plan,
    issuer: { name: issuer.name, kind: issuer.kind, shortName: issuer.short_name, level: issuer.level },
  });
  const number = plan.number ? plan.number.replace(/[^0-9A-Za-z]+/g, '-') : 'du-thao';
  return { file, fileName: `ke-hoach-${number}-${plan.periodCode}.docx` };
}
