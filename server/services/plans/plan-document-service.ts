import { planWording, type PlanLanguage } from '../../documents/plan-language.ts';
import { renderPlanDocument } from '../../documents/plan-document.ts';
import type { ServiceContext } from '../context.ts';
import { getPlanDetail, getPlanIssuer, getVisiblePlan } from './plan-service.ts';

/**
 * The plan as a Decree 30/2020 .docx, with a file name that survives every browser and mail client;
 * in English on request, as an unofficial translation (the Vietnamese is the official document).
 */
export async function exportPlanDocument(context: ServiceContext, id: string, language: PlanLanguage = 'vi'): Promise<{ file: Buffer; fileName: string }> {
  const plan = await getPlanDetail(context, id);
  const issuer = await getPlanIssuer(context, await getVisiblePlan(context, id));
  const file = await renderPlanDocument({
    plan,
    issuer: { name: issuer.name, kind: issuer.kind, shortName: issuer.short_name, level: issuer.level },
  }, language);
  return { file, fileName: planWording(language).fileName(plan.number, plan.periodCode) };
}
