import type { TipActionRequest, TipCreate } from '../../core/api/tips.ts';
import { todayInVietnam } from '../../core/dates/format.ts';
import { addDays } from '../../core/tips/deadlines.ts';
import { buildActor } from '../services/auth/auth-service.ts';
import { actOnTip } from '../services/tips/tip-actions.ts';
import { createTip } from '../services/tips/tip-service.ts';
import type { Database } from '../storage/database.ts';
import { findUserByUsername } from '../storage/users.ts';

const DEMO_WARD = '16681';

/**
 * The ward's queue of tips as its police would find it: one just received, one classified, one
 * under verification and due soon, one overdue, and one resolved on time. Entered through the services, so each has its timeline and audit.
 * Places and descriptions are invented; no reporter identity is stored except one marked demo.
 */
export async function insertDemoTips(database: Database): Promise<number> {
  const officer = await findUserByUsername(database.db, 'thanhvinh.congan');
  if (!officer) throw new Error('The demo tips need the demo accounts: run ensureDemoAccounts first.');
  const context = { database, actor: await buildActor(database, officer), language: 'vi' as const };
  const agency = await database.db.selectFrom('agencies').select('id').where('unit_id', '=', DEMO_WARD).where('kind', '=', 'police').executeTakeFirstOrThrow();
  const today = todayInVietnam();
  const receivedAt = (daysAgo: number, hour: number) => new Date(`${addDays(today, -daysAgo)}T${String(hour).padStart(2, '0')}:30:00+07:00`).toISOString();
  const base = { unitId: DEMO_WARD, establishmentId: null, hotspotId: null, onlineAccount: null, reporter: null, anonymous: true } as const;

  const tips: { input: TipCreate; steps: TipActionRequest[] }[] = [
    {
      input: { ...base, channel: 'hotline', receivedAt: receivedAt(1, 21), subjects: ['selling_buying_sex', 'brokering'], address: 'Ngõ 12 đường Trường Thi',
        description: 'Người dân báo có xe ôm đưa đón khách đến một nhà trọ trong ngõ vào buổi tối, nghi môi giới mại dâm.' },
      steps: [],
    },
    {
      input: { ...base, channel: 'letter', receivedAt: receivedAt(4, 9), subjects: ['harbouring'], address: 'Đường Lê Mao, khu vực chợ',
        description: 'Đơn phản ánh một cơ sở massage hoạt động quá giờ, có dấu hiệu chứa mại dâm.' },
      steps: [{ type: 'classify', classification: 'administrative_violation', remoteArea: false, note: 'Phản ánh vi phạm tại cơ sở kinh doanh dịch vụ.' }],
    },
    {
      input: { ...base, channel: 'in_person', receivedAt: receivedAt(16, 10), subjects: ['organising', 'protection_racket'], address: 'Khu vực bến xe phía Bắc',
        description: 'Công dân đến trụ sở trình báo có nhóm đối tượng bảo kê, tổ chức hoạt động mại dâm quanh bến xe.' },
      steps: [
        { type: 'classify', classification: 'criminal_tip', remoteArea: false, note: null },
        { type: 'assign', agencyId: agency.id, assigneeUserId: officer.id, note: 'Giao tổ trinh sát xác minh.' },
        { type: 'start_verification', note: null },
      ],
    },
    {
      input: { ...base, channel: 'social_media', receivedAt: receivedAt(26, 15), subjects: ['online_advertising'], address: null, onlineAccount: 'Trang mạng xã hội "Thư giãn Vinh"',
        description: 'Bài đăng quảng cáo dịch vụ "thư giãn" có dấu hiệu mua bán dâm, kèm số điện thoại liên hệ.' },
      steps: [{ type: 'classify', classification: 'criminal_tip', remoteArea: false, note: null }],
    },
    {
      input: { ...base, channel: 'agency_referral', receivedAt: receivedAt(40, 8), subjects: ['selling_buying_sex'], address: 'Nhà nghỉ trên đường Nguyễn Du',
        description: 'Đội kiểm tra liên ngành chuyển thông tin về dấu hiệu mua bán dâm tại một nhà nghỉ.' },
      steps: [
        { type: 'classify', classification: 'criminal_tip', remoteArea: false, note: null },
        { type: 'assign', agencyId: agency.id, assigneeUserId: null, note: null },
        { type: 'start_verification', note: null },
        { type: 'resolve', substantiated: true, outcome: 'administrative_sanction', resolvedOn: addDays(today, -25), note: 'Lập biên bản, xử phạt vi phạm hành chính cơ sở kinh doanh.' },
      ],
    },
  ];
  for (const { input, steps } of tips) {
    const tip = await createTip(context, input, []);
    for (const step of steps) await actOnTip(context, tip.id, step);
  }
  return tips.length;
}
