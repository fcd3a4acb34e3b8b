import { describe, expect, it } from 'vitest';
import { describeAuditSummary } from './audit-summary.ts';

describe('describeAuditSummary', () => {
  it('shows a change as before → after', () => {
    expect(describeAuditSummary({ before: { name: 'Công an xã A', isLead: false }, after: { name: 'Công an phường A', isLead: true } }))
      .toEqual(['name: Công an xã A → Công an phường A', 'isLead: false → true']);
  });

  it('shows a creation as its values', () => {
    expect(describeAuditSummary({ after: { username: 'canbo.a', role: 'viewer', unitId: null } }))
      .toEqual(['username: canbo.a', 'role: viewer', 'unitId: —']);
  });

  it('shows a refused request as its method and route, leaving the reason to the caller', () => {
    expect(describeAuditSummary({ reason: 'out_of_scope', method: 'GET', route: '/api/units/:code' }))
      .toEqual(['GET /api/units/:code']);
  });

  it('keeps any other key', () => {
    expect(describeAuditSummary({ count: 3 })).toEqual(['count: 3']);
  });
});
