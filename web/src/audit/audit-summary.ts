/** Renders a value from an audit summary as short text: strings as they are, the rest as JSON. */
function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Turns an audit entry's summary into short lines a person can read:
 * { before: { name: 'A' }, after: { name: 'B' } } → ['name: A → B'];
 * { after: { username: 'x', role: 'viewer' } } → ['username: x', 'role: viewer'];
 * { method: 'GET', route: '/api/units/:code' } → ['GET /api/units/:code'].
 * The refusal `reason` is left out: the caller shows it in words.
 */
export function describeAuditSummary(summary: Record<string, unknown>): string[] {
  const lines: string[] = [];
  const before = isRecord(summary.before) ? summary.before : {};
  const after = isRecord(summary.after) ? summary.after : {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    lines.push(key in before ? `${key}: ${show(before[key])} → ${show(after[key])}` : `${key}: ${show(after[key])}`);
  }
  if (typeof summary.method === 'string' || typeof summary.route === 'string') {
    lines.push([summary.method, summary.route].filter((part) => typeof part === 'string').join(' '));
  }
  for (const [key, value] of Object.entries(summary)) {
    if (!['before', 'after', 'method', 'route', 'reason'].includes(key)) lines.push(`${key}: ${show(value)}`);
  }
  return lines;
}
