/**
 * A user's administrative scope: the subtree of units they may see and act in. System admins
 * have the whole country; everyone else has their unit and the units below it.
 */
export type Scope = { kind: 'country' } | { kind: 'subtree'; unitId: string; unitPath: string };

/** Whether a unit, given by its materialised path ('/40/16681/'), lies within the scope. */
export function isUnitInScope(scope: Scope, unitPath: string): boolean {
  if (scope.kind === 'country') return true;
  return unitPath.startsWith(scope.unitPath);
}
