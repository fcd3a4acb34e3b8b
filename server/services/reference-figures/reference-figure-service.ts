import { hasPermission } from '../../../core/auth/roles.ts';
import type { ReferenceFigureSet, ReferenceFiguresPut } from '../../../core/api/reference-figures.ts';
import { formatDate } from '../../../core/dates/format.ts';
import { AppError } from '../../../core/errors/app-error.ts';
import { referenceFigureKinds, type ReferenceFigureKind } from '../../../core/indicators/indicator.ts';
import { deleteReferenceFigures, listReferenceFigures, upsertReferenceFigures, type ReferenceFigureRow } from '../../storage/reference-figures.ts';
import type { UnitRow } from '../../storage/units.ts';
import { auditSuccess } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { getVisibleUnit } from '../units/unit-service.ts';

/** The year in Vietnam now (UTC+7): a figure is declared at the latest for next year, when plans for it are drafted. */
const currentYearInVietnam = () => new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();

function toFigureSet(unitId: string, year: number, rows: ReferenceFigureRow[]): ReferenceFigureSet {
  const figures = Object.fromEntries(referenceFigureKinds.map((kind) => [kind, null])) as Record<ReferenceFigureKind, number | null>;
  const updatedAt = Object.fromEntries(referenceFigureKinds.map((kind) => [kind, null])) as Record<ReferenceFigureKind, string | null>;
  for (const row of rows) {
    const kind = row.kind as ReferenceFigureKind;
    figures[kind] = row.value;
    updatedAt[kind] = row.updated_at.toISOString();
  }
  return { unitId, year, figures, updatedAt };
}

/** The figures the unit itself declared for the year; the units below it keep their own. */
export async function getReferenceFigures(context: ServiceContext, unitCode: string, year: number): Promise<ReferenceFigureSet> {
  const unit = await getVisibleUnit(context, unitCode);
  return toFigureSet(unit.id, year, await listReferenceFigures(context.database.db, unit.id, year));
}

/**
 * Which years a unit's figures may be written for: none beyond next year, and for a unit that
 * ceased in the reform (pre-reform communes, districts) none after the year it ceased.
 */
function assertYearWritable(unit: UnitRow, year: number): void {
  const latest = currentYearInVietnam() + 1;
  if (year > latest) {
    throw new AppError('validation_failed', 400, {}, [{
      field: 'params.year',
      message: `Chỉ khai báo số liệu đến năm ${latest} | Figures can be declared up to ${latest}`,
    }]);
  }
  if (unit.valid_to !== null && year > Number(unit.valid_to.slice(0, 4))) {
    const ended = formatDate(unit.valid_to);
    throw new AppError('validation_failed', 400, {}, [{
      field: 'params.year',
      message: `Đơn vị này chỉ tồn tại đến ngày ${ended}; hãy khai báo cho đơn vị kế thừa | This unit existed until ${ended}; declare figures for the unit that succeeded it`,
    }]);
  }
}

/** Sets and removes (null) figures of a unit for a year in one transaction, audited kind by kind. */
export async function putReferenceFigures(
  context: ServiceContext, unitCode: string, year: number, input: ReferenceFiguresPut,
): Promise<ReferenceFigureSet> {
  if (!hasPermission(context.actor.role, 'reference_figure.write')) throw new AppError('forbidden', 403);
  const unit = await getVisibleUnit(context, unitCode);
  assertYearWritable(unit, year);
  return context.database.db.transaction().execute(async (trx) => {
    const existing = new Map((await listReferenceFigures(trx, unit.id, year, { forUpdate: true })).map((row) => [row.kind, row.value]));
    const before: Record<string, number | null> = {};
    const after: Record<string, number | null> = {};
    const upserts: Array<{ kind: string; value: number }> = [];
    const deletions: string[] = [];
    for (const kind of referenceFigureKinds) {
      const value = input.figures[kind];
      if (value === undefined) continue;
      const previous = existing.get(kind) ?? null;
      if (value === previous) continue;
      before[kind] = previous;
      after[kind] = value;
      if (value === null) deletions.push(kind);
      else upserts.push({ kind, value });
    }
    await upsertReferenceFigures(trx, unit.id, year, upserts);
    await deleteReferenceFigures(trx, unit.id, year, deletions);
    await auditSuccess(trx, context.actor, {
      action: 'reference_figure.update',
      unitId: unit.id,
      targetType: 'reference_figures',
      targetId: `${unit.id}/${year}`,
      summary: { year, before, after },
    });
    return toFigureSet(unit.id, year, await listReferenceFigures(trx, unit.id, year));
  });
}
