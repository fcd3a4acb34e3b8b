import { vietnameseHeader } from './document-header.ts';
import { lowerFirst, withTerminal } from './docx-styles.ts';
import type { ReportWording } from './report-language.ts';
import {
  authorityOfName, dataPeriodLine, formatFigure, periodPhrase, reportAuthority, reportFileNames, reportStatusLabels, reportSubject,
  targetStatusLabels, unitAuthority,
} from './report-wording.ts';
import { vietnameseSignature } from './signature-block.ts';

/**
 * The official document's words, as the seeds' reports write them: "BÁO CÁO Kết quả thực hiện
 * công tác phòng, chống mại dâm 6 tháng đầu năm 2024", "Thực hiện chế độ báo cáo của …", "Nơi nhận:".
 */

const NO_DATA = 'Không có số liệu trong kỳ.';
const TARGETS = 'Kết quả thực hiện các chỉ tiêu';

/** The first letter lowered, as the service has always written a unit's name after "Ủy ban nhân dân". */
const lowerInitial = (text: string) => `${text.charAt(0).toLocaleLowerCase('vi')}${text.slice(1)}`;

export const vietnameseWording: ReportWording = {
  language: 'vi',
  languageTag: 'vi-VN',
  translationNotice: null,
  header: vietnameseHeader,
  signature: vietnameseSignature,
  committeeLines: () => undefined,
  documentKind: 'BÁO CÁO',
  subject: reportSubject,
  dataPeriod: dataPeriodLine,
  authority: reportAuthority,
  unitAuthority,
  opening: ({ request, issuerName, authority }) => {
    const asked = issuerName ? authorityOfName(issuerName) : null;
    const basis = request.kind === 'ad_hoc'
      ? (asked ? `Thực hiện yêu cầu của ${asked}, ` : '')
      : (asked ? `Thực hiện chế độ báo cáo của ${asked}, ` : '');
    const lead = basis ? `${basis}${authority}` : authority;
    return `${lead} báo cáo ${lowerFirst(reportSubject(request))} như sau:`;
  },
  closing: ({ request, authority }) => `Trên đây là báo cáo ${lowerFirst(reportSubject(request))} của ${authority}./.`,
  metadata: (request, consolidated) => ({
    title: `Báo cáo ${lowerFirst(reportSubject(request))}`,
    description: consolidated ? 'Báo cáo tổng hợp' : 'Báo cáo',
  }),
  sections: { results: 'KẾT QUẢ THỰC HIỆN', difficulties: 'KHÓ KHĂN, VƯỚNG MẮC', proposals: 'ĐỀ XUẤT, KIẾN NGHỊ' },
  parts: {
    duties: 'Nhiệm vụ được giao theo kế hoạch',
    implementation: 'Tình hình triển khai thực hiện',
    specificResults: 'Kết quả cụ thể',
    targets: TARGETS,
  },
  letters: 'abcdđeghiklmnopqrstuvxy',
  formatFigure,
  tableTitle: (table) => table.title,
  figureLabel: (_table, column) => column.label,
  noData: NO_DATA,
  figureHeaders: (consolidated) => ['STT', 'Nội dung', consolidated ? 'Tổng số' : 'Số liệu'],
  correctionNote: ({ index, label, computed, value, reason }) =>
    `(${index}) ${label}: số liệu đã điều chỉnh từ ${formatFigure(computed)} thành ${formatFigure(value)}. ${withTerminal(reason, '.')}`,
  targetHeaders: ['STT', 'Chỉ tiêu', 'Kết quả', 'Đánh giá'],
  targetStatus: targetStatusLabels,
  measure: (text) => text,
  indicatorName: (name) => name,
  consolidation: ({ reported, expected, ownAuthority, withAgencies }) => {
    const own = ownAuthority ? ` và số liệu của ${ownAuthority}` : '';
    const who = withAgencies ? 'cơ quan, đơn vị' : 'đơn vị';
    return `Số liệu tổng hợp từ báo cáo đã được chấp nhận của ${reported}/${expected} ${who}${own}; chi tiết từng ${who} tại Phụ lục số liệu kèm theo.`;
  },
  missingUnits: (names, withAgencies) => {
    const who = withAgencies ? 'cơ quan, đơn vị' : 'đơn vị';
    return `Các ${who} chưa có báo cáo được chấp nhận, số liệu chưa được tổng hợp (${names.length} ${who}): ${names.join(', ')}.`;
  },
  none: 'Không có.',
  notWritten: '(Chưa có nội dung.)',
  reportStatus: reportStatusLabels,
  annex: {
    coverSheet: 'Thông tin chung',
    targetsSheet: 'Chỉ tiêu',
    total: 'Tổng cộng',
    noData: NO_DATA,
    sheetNames: {
      establishments: 'Cơ sở, tụ điểm',
      inspections: 'Kiểm tra, xử lý vi phạm',
      tips: 'Tin báo, tố giác',
      communication: 'Tuyên truyền',
      training: 'Tập huấn',
      support: 'Hỗ trợ, giảm hại',
      crime: 'Tội phạm, xử phạt',
    },
    fallbackSheet: 'Biểu',
    sourceNotes: { own: 'Số liệu của đơn vị tổng hợp', report: '', missing: 'Chưa có báo cáo được chấp nhận' },
    tableTitle: (index, title, noData) => `Biểu ${index}. ${title}${noData ? ` — ${NO_DATA}` : ''}`,
    figureHeaders: { number: 'STT', unit: 'Đơn vị', notes: 'Ghi chú' },
    targetsTitle: (hasTargets) => (hasTargets ? TARGETS : `${TARGETS} — kỳ báo cáo không gắn với chỉ tiêu của kế hoạch`),
    targetHeaders: ['STT', 'Chỉ tiêu', 'Chỉ số', 'Mục tiêu', 'Kết quả', 'Đánh giá'],
    heading: 'PHỤ LỤC SỐ LIỆU',
    attachedTo: (request, authority) => {
      const subject = reportSubject(request);
      return `Kèm theo Báo cáo ${subject.charAt(0).toLocaleLowerCase('vi')}${subject.slice(1)} của ${authority}`;
    },
    labels: {
      report: 'Báo cáo', period: 'Kỳ báo cáo', dataRange: 'Phạm vi số liệu', unit: 'Đơn vị báo cáo', kind: 'Loại báo cáo', status: 'Trạng thái',
      deadline: 'Hạn gửi báo cáo', reported: 'Số đơn vị đã báo cáo', missing: 'Đơn vị chưa có báo cáo', computedAt: 'Số liệu tính đến',
      exportedAt: 'Ngày xuất tệp', tables: 'Các biểu', targets: 'Chỉ tiêu',
    },
    unitName: (unit) => unit.name,
    tableLabel: (index) => `Biểu ${index}`,
    periodLine: (request) => `${periodPhrase(request.periodCode) ?? request.title} (${request.periodCode})`,
    kindOf: (consolidated) => (consolidated ? 'Báo cáo tổng hợp' : 'Báo cáo của đơn vị'),
    statusLine: (status, version) => `${status} (phiên bản ${version})`,
    none: 'Không có',
    tableLine: (title, sheet) => `${title} (trang "${sheet}")`,
    targetsLine: (sheet) => `${TARGETS} (trang "${sheet}")`,
    workbookTitle: (subject) => `Phụ lục số liệu — ${subject}`,
  },
  addresses: {
    committeeOf: (unitName) => `Ủy ban nhân dân ${lowerInitial(unitName)}`,
    committeeOver: (unitName) => `Ủy ban nhân dân ${unitName}`,
    forConsolidation: (recipient) => `${recipient} (để tổng hợp)`,
    forReport: (recipient) => `${recipient} (để báo cáo)`,
  },
  fileNames: (input, format) => reportFileNames(input, format === 'docx' ? 'Báo cáo' : 'Phụ lục số liệu báo cáo', format),
};
