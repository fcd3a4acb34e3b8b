import type { HotspotKind, HotspotStatus } from '../../api/hotspots.ts';
import type { CodeOption, ImportColumn } from '../columns.ts';

/** The labels of the hotspot screens (web/src/i18n/modules/hotspots.*.json), so a file reads as the screens do. */
export const hotspotKindOptions: readonly (CodeOption & { code: HotspotKind })[] = [
  { code: 'street', label: { vi: 'Đường phố, vỉa hè', en: 'Street, pavement' } },
  { code: 'park', label: { vi: 'Công viên, vườn hoa, quảng trường', en: 'Park, garden, square' } },
  { code: 'establishment_surroundings', label: { vi: 'Khu vực quanh cơ sở kinh doanh', en: 'Around a business establishment' } },
  { code: 'transport_hub', label: { vi: 'Bến xe, nhà ga, bến tàu', en: 'Bus or railway station, port' } },
  { code: 'other', label: { vi: 'Khác', en: 'Other' } },
];

export const hotspotStatusOptions: readonly (CodeOption & { code: HotspotStatus })[] = [
  { code: 'active', label: { vi: 'Đang hoạt động', en: 'Active' } },
  { code: 'under_watch', label: { vi: 'Đang theo dõi, xác minh', en: 'Under watch, being verified' } },
  { code: 'eliminated', label: { vi: 'Đã triệt xóa', en: 'Eliminated' } },
];

/**
 * A hotspot's columns in the order of the template; each key is a field of the create input.
 * Coordinates are text columns: the framework has no decimal type, the kind reads them (with a
 * decimal point or comma). Watch visits are not imported: they are recorded one by one on the screen.
 */
export const hotspotColumns: readonly ImportColumn[] = [
  {
    key: 'unitId', header: { vi: 'Xã, phường', en: 'Commune, ward' }, required: true,
    type: { kind: 'unit', levels: ['commune'] }, example: 'Phường Thành Vinh (16681)', aliases: ['Xã/phường', 'Xã, phường, đặc khu', 'Đơn vị', 'Mã xã'],
    description: {
      vi: 'Xã, phường hoặc đặc khu hiện nay nơi có tụ điểm, chọn trong danh sách (trang "Danh mục"); có thể ghi mã đơn vị.',
      en: 'The current commune, ward or special zone where the hotspot is, from the list (sheet "Danh mục"); the unit code alone also works.',
    },
  },
  {
    key: 'address', header: { vi: 'Địa chỉ, vị trí', en: 'Address, location' }, required: true, type: { kind: 'text', maxLength: 300 },
    example: 'Vỉa hè đường Lê Mao, đoạn gần chợ Vinh', aliases: ['Địa chỉ', 'Vị trí', 'Địa điểm'],
    description: {
      vi: 'Số nhà, tên đường, khu vực hoặc mốc dễ nhận biết (không cần ghi lại tên xã).',
      en: 'House number, street, area or an easy landmark (no need to repeat the commune).',
    },
  },
  {
    key: 'kind', header: { vi: 'Loại địa điểm', en: 'Kind of place' }, required: false, type: { kind: 'code', options: hotspotKindOptions },
    example: 'Đường phố, vỉa hè', aliases: ['Loại tụ điểm'],
    description: { vi: 'Chọn trong danh sách; để trống là "Khác".', en: 'Choose from the list; empty means "Other".' },
  },
  {
    key: 'description', header: { vi: 'Mô tả', en: 'Description' }, required: false, type: { kind: 'text', maxLength: 2000 },
    example: 'Hoạt động về đêm, từ 21 giờ', aliases: ['Mô tả tụ điểm', 'Tình hình'],
    description: {
      vi: 'Mô tả địa điểm và tình hình (thời gian, cách thức hoạt động). Không ghi tên hay đặc điểm nhận dạng của người nào.',
      en: 'The place and what happens there (times, how). No one\'s name or identifying details.',
    },
  },
  {
    key: 'latitude', header: { vi: 'Vĩ độ', en: 'Latitude' }, required: false, type: { kind: 'text', maxLength: 30 }, example: '18.6796',
    description: {
      vi: 'Không bắt buộc. Độ thập phân (có thể dùng dấu phẩy thập phân), từ 6 đến 24; ghi cùng kinh độ.',
      en: 'Optional. Decimal degrees (a decimal comma works too), from 6 to 24; together with the longitude.',
    },
  },
  {
    key: 'longitude', header: { vi: 'Kinh độ', en: 'Longitude' }, required: false, type: { kind: 'text', maxLength: 30 }, example: '105.6813',
    description: {
      vi: 'Không bắt buộc. Độ thập phân, từ 102 đến 118; ghi cùng vĩ độ.',
      en: 'Optional. Decimal degrees, from 102 to 118; together with the latitude.',
    },
  },
  {
    key: 'identifiedOn', header: { vi: 'Ngày phát hiện', en: 'Date found' }, required: false, type: { kind: 'date' }, example: '10/01/2025',
    description: { vi: 'Dạng dd/mm/yyyy, không sau hôm nay.', en: 'As dd/mm/yyyy, not after today.' },
  },
  {
    key: 'status', header: { vi: 'Trạng thái', en: 'Status' }, required: false, type: { kind: 'code', options: hotspotStatusOptions },
    example: 'Đang hoạt động',
    description: { vi: 'Chọn trong danh sách; để trống là "Đang hoạt động".', en: 'Choose from the list; empty means "Active".' },
  },
  {
    key: 'eliminatedOn', header: { vi: 'Ngày triệt xóa', en: 'Date eliminated' }, required: false, type: { kind: 'date' }, example: '',
    description: {
      vi: 'Bắt buộc khi trạng thái là "Đã triệt xóa", và chỉ khi đó; không trước ngày phát hiện.',
      en: 'Required when the status is "Eliminated", and only then; not before the date found.',
    },
  },
  {
    key: 'statusChangedOn', header: { vi: 'Ngày chuyển trạng thái', en: 'Status changed on' }, required: false, type: { kind: 'date' }, example: '',
    description: {
      vi: 'Ngày bắt đầu trạng thái hiện tại, nếu biết; tụ điểm đã triệt xóa lấy ngày triệt xóa.',
      en: 'The day the current status began, if known; an eliminated hotspot takes its elimination date.',
    },
  },
];
