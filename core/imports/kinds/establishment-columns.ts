import type { EstablishmentStatus, EstablishmentType, RiskClass } from '../../api/establishments.ts';
import type { CodeOption, ImportColumn } from '../columns.ts';

/** The labels the registry screens use, so a file reads as the screens do. */
export const establishmentTypeOptions: readonly (CodeOption & { code: EstablishmentType })[] = [
  { code: 'accommodation', label: { vi: 'Khách sạn/nhà nghỉ/nhà trọ', en: 'Hotel/guesthouse/motel' } },
  { code: 'karaoke', label: { vi: 'Karaoke', en: 'Karaoke' } },
  { code: 'dance_club', label: { vi: 'Vũ trường', en: 'Dance club' } },
  { code: 'bar', label: { vi: 'Quán bar', en: 'Bar' } },
  { code: 'massage', label: { vi: 'Xoa bóp/thư giãn', en: 'Massage/relaxation' } },
  { code: 'spa', label: { vi: 'Spa', en: 'Spa' } },
  { code: 'barber', label: { vi: 'Cắt tóc/gội đầu', en: 'Barber/hair wash' } },
  { code: 'restaurant', label: { vi: 'Nhà hàng', en: 'Restaurant' } },
  { code: 'other', label: { vi: 'Khác', en: 'Other' } },
];

export const establishmentStatusOptions: readonly (CodeOption & { code: EstablishmentStatus })[] = [
  { code: 'active', label: { vi: 'Đang hoạt động', en: 'Operating' } },
  { code: 'suspended', label: { vi: 'Tạm ngừng hoạt động', en: 'Suspended' } },
  { code: 'closed', label: { vi: 'Đã đóng cửa', en: 'Closed' } },
];

export const riskClassOptions: readonly (CodeOption & { code: RiskClass })[] = [
  { code: 'low', label: { vi: 'Thấp', en: 'Low' } },
  { code: 'medium', label: { vi: 'Trung bình', en: 'Medium' } },
  { code: 'high', label: { vi: 'Cao', en: 'High' } },
];

/** The registry's columns in the order of the template; each key is a field of the create input. */
export const establishmentColumns: readonly ImportColumn[] = [
  {
    key: 'unitId', header: { vi: 'Xã, phường', en: 'Commune / ward' }, required: true,
    type: { kind: 'unit', levels: ['commune'] }, example: 'Phường Thành Vinh (16681)', aliases: ['Xã/phường', 'Xã, phường, đặc khu', 'Đơn vị', 'Mã xã'],
    description: {
      vi: 'Xã, phường hoặc đặc khu hiện nay nơi cơ sở kinh doanh, chọn trong danh sách (trang "Danh mục"); có thể ghi mã đơn vị.',
      en: 'The current commune, ward or special zone where it trades, from the list (sheet "Danh mục"); the unit code alone also works.',
    },
  },
  {
    key: 'name', header: { vi: 'Tên cơ sở', en: 'Name' }, required: true, type: { kind: 'text', maxLength: 200 },
    example: 'Nhà nghỉ Hoa Hồng', aliases: ['Tên cơ sở kinh doanh'],
    description: { vi: 'Tên biển hiệu của cơ sở.', en: 'The name on its sign.' },
  },
  {
    key: 'type', header: { vi: 'Loại hình', en: 'Type' }, required: true, type: { kind: 'code', options: establishmentTypeOptions },
    example: 'Karaoke', aliases: ['Loại hình kinh doanh', 'Ngành nghề'],
    description: { vi: 'Chọn trong danh sách.', en: 'Choose from the list.' },
  },
  {
    key: 'address', header: { vi: 'Địa chỉ', en: 'Address' }, required: true, type: { kind: 'text', maxLength: 300 },
    example: 'Số 5 ngõ 7 đường Nguyễn Du, khối 3',
    description: { vi: 'Số nhà, đường, thôn/xóm/khối (không cần ghi lại tên xã).', en: 'House number, street, hamlet or block (no need to repeat the commune).' },
  },
  {
    key: 'businessOwner', header: { vi: 'Doanh nghiệp / hộ kinh doanh', en: 'Company / household business' }, required: false,
    type: { kind: 'text', maxLength: 200 }, example: 'Hộ kinh doanh Hoa Hồng', aliases: ['Chủ cơ sở', 'Doanh nghiệp, hộ kinh doanh'],
    description: {
      vi: 'Tên doanh nghiệp hoặc hộ kinh doanh đứng tên; không ghi thông tin cá nhân (số CCCD, ngày sinh, điện thoại).',
      en: 'The company or household business that runs it; no personal data (ID number, birth date, phone).',
    },
  },
  {
    key: 'licenceNumber', header: { vi: 'Số giấy phép', en: 'Licence number' }, required: false, type: { kind: 'text', maxLength: 60 },
    example: 'KD-16681-015', aliases: ['Số giấy chứng nhận đăng ký kinh doanh', 'Số GPKD'],
    description: { vi: 'Số giấy phép kinh doanh; mỗi số chỉ ghi cho một cơ sở.', en: 'The business licence number; each number belongs to one establishment.' },
  },
  {
    key: 'licenceDate', header: { vi: 'Ngày cấp giấy phép', en: 'Licence date' }, required: false, type: { kind: 'date' }, example: '15/08/2022',
    description: { vi: 'Ngày cấp, dạng dd/mm/yyyy.', en: 'Date of issue, as dd/mm/yyyy.' },
  },
  {
    key: 'workers', header: { vi: 'Số người lao động', en: 'Number of workers' }, required: false, type: { kind: 'integer', min: 0, max: 100_000 },
    example: '6', description: { vi: 'Số nguyên, không âm.', en: 'A whole number, not below zero.' },
  },
  {
    key: 'openedOn', header: { vi: 'Ngày bắt đầu hoạt động', en: 'Opened on' }, required: false, type: { kind: 'date' }, example: '01/09/2022',
    description: { vi: 'Dạng dd/mm/yyyy, không sau hôm nay.', en: 'As dd/mm/yyyy, not after today.' },
  },
  {
    key: 'status', header: { vi: 'Trạng thái', en: 'Status' }, required: false, type: { kind: 'code', options: establishmentStatusOptions },
    example: 'Đang hoạt động', description: { vi: 'Chọn trong danh sách; để trống là "Đang hoạt động".', en: 'Choose from the list; empty means "Operating".' },
  },
  {
    key: 'statusChangedOn', header: { vi: 'Ngày chuyển trạng thái', en: 'Status since' }, required: false, type: { kind: 'date' }, example: '',
    description: { vi: 'Ngày bắt đầu trạng thái hiện tại, nếu biết.', en: 'The day the current status began, if known.' },
  },
  {
    key: 'closedOn', header: { vi: 'Ngày đóng cửa', en: 'Closed on' }, required: false, type: { kind: 'date' }, example: '',
    description: {
      vi: 'Bắt buộc khi trạng thái là "Đã đóng cửa", và chỉ khi đó; không trước ngày bắt đầu hoạt động.',
      en: 'Required when the status is "Closed", and only then; not before the opening date.',
    },
  },
  {
    key: 'riskClass', header: { vi: 'Mức nguy cơ', en: 'Risk class' }, required: false, type: { kind: 'code', options: riskClassOptions },
    example: 'Trung bình', description: { vi: 'Chọn trong danh sách; để trống nếu chưa phân loại.', en: 'Choose from the list; empty when not yet classified.' },
  },
  {
    key: 'riskReviewedOn', header: { vi: 'Ngày rà soát, đánh giá', en: 'Reviewed on' }, required: false, type: { kind: 'date' }, example: '10/03/2025',
    description: { vi: 'Bắt buộc khi có mức nguy cơ.', en: 'Required with a risk class.' },
  },
  {
    key: 'riskReason', header: { vi: 'Căn cứ phân loại nguy cơ', en: 'Grounds for the risk class' }, required: false,
    type: { kind: 'text', maxLength: 1000 }, example: 'Đã bị xử phạt năm 2024',
    description: { vi: 'Chỉ ghi khi có mức nguy cơ.', en: 'Only with a risk class.' },
  },
];
