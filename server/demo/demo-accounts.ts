import type { AgencyKind } from '../../core/agencies/agency-catalogue.ts';
import type { Role } from '../../core/auth/roles.ts';
import { listAgencies } from '../storage/agencies.ts';
import type { Database } from '../storage/database.ts';
import { findUserByUsername } from '../storage/users.ts';
import { createUserAsSystem } from '../services/users/user-service.ts';
import type { Log } from '../setup.ts';

export const DEMO_PASSWORD = 'pcmd-demo';

/** The documented demo accounts (README). They are refused when the server is not in demo mode. */
export const demoAccounts: ReadonlyArray<{ username: string; displayName: string; role: Role; unitId: string | null; agencyKind?: AgencyKind }> = [
  { username: 'admin', displayName: 'Quản trị hệ thống (demo)', role: 'system_admin', unitId: null },
  { username: 'nghean.quantri', displayName: 'Quản trị viên tỉnh Nghệ An (demo)', role: 'unit_admin', unitId: '40' },
  { username: 'nghean.canbo', displayName: 'Cán bộ Sở Y tế Nghệ An (demo)', role: 'programme_officer', unitId: '40' },
  { username: 'nghean.congan', displayName: 'Cán bộ Công an tỉnh Nghệ An (demo)', role: 'agency_officer', unitId: '40', agencyKind: 'police' },
  { username: 'thanhvinh.canbo', displayName: 'Cán bộ phường Thành Vinh (demo)', role: 'programme_officer', unitId: '16681' },
  { username: 'thanhvinh.congan', displayName: 'Công an phường Thành Vinh (demo)', role: 'inspector', unitId: '16681' },
  { username: 'thanhvinh.tiepnhan', displayName: 'Cán bộ tiếp nhận tin báo phường Thành Vinh (demo)', role: 'tip_custodian', unitId: '16681' },
];

/** Creates the demo accounts that do not exist yet. */
export async function ensureDemoAccounts(database: Database, log: Log): Promise<void> {
  let created = 0;
  for (const { agencyKind, ...account } of demoAccounts) {
    if (await findUserByUsername(database.db, account.username)) continue;
    const agencies = agencyKind && account.unitId ? await listAgencies(database.db, account.unitId) : [];
    const agencyId = agencies.find((agency) => agency.kind === agencyKind)?.id ?? null;
    await createUserAsSystem(
      database,
      { ...account, password: DEMO_PASSWORD, agencyId, isDemo: true },
      'demo',
    );
    created += 1;
  }
  if (created > 0) log(`Đã tạo ${created} tài khoản demo (mật khẩu: ${DEMO_PASSWORD}).`);
}
