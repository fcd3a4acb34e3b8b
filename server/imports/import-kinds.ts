import type { ImportKindDefinition } from './import-kind.ts';
import { communicationActivityImport } from './kinds/communication-activities.ts';
import { crimeStatisticsImport } from './kinds/crime-statistics.ts';
import { establishmentImport } from './kinds/establishments.ts';
import { harmReductionModelImport } from './kinds/harm-reduction-models.ts';
import { hotspotImport } from './kinds/hotspots.ts';
import { inspectionImport } from './kinds/inspections.ts';
import { programmeIntegrationImport } from './kinds/programme-integrations.ts';
import { supportStatisticsImport } from './kinds/support-statistics.ts';
import { trainingCourseImport } from './kinds/training-courses.ts';

export type AnyImportKind = ImportKindDefinition<unknown, unknown>;

/** Forgets a kind's input and filter types: the framework only hands a kind values its own schemas produced. */
const register = <Input, Filters>(definition: ImportKindDefinition<Input, Filters>) => definition as unknown as AnyImportKind;

/**
 * The kinds of record that can be imported and exported, by URL segment. Adding a kind: write its
 * definition in ./kinds/ (see establishments.ts) and list it here; the routes, template, preview,
 * commit and export follow from it.
 */
export const importKinds: readonly AnyImportKind[] = [
  register(establishmentImport),
  register(communicationActivityImport),
  register(trainingCourseImport),
  register(hotspotImport),
  register(inspectionImport),
  register(programmeIntegrationImport),
  register(harmReductionModelImport),
  register(supportStatisticsImport),
  register(crimeStatisticsImport),
];

export function findImportKind(kind: string): AnyImportKind | undefined {
  return importKinds.find((definition) => definition.kind === kind);
}
