/**
 * A record's body (agency) in its history: it reads by name (agencyName, null for the People's
 * Committee); its id, which changes with it, is shown short.
 */
export function formatBodyValue(field: string, value: unknown, peoplesCommittee: string): string | undefined {
  if (field === 'agencyName' && value === null) return peoplesCommittee;
  if (field === 'agencyId') return typeof value === 'string' ? value.slice(0, 8) : '—';
  return undefined;
}
