import type { LocalText } from '../../../core/errors/app-error.ts';
import type { TipClassification, TipStatus } from '../../../core/tips/tip-kinds.ts';
import type { TipActionType } from '../../../core/tips/workflow.ts';

/**
 * The words error messages put in their {action}, {status} and {classification} placeholders.
 * Actions are verbs ("before you resolve", "không thể giải quyết"); the web UI has its own labels.
 */
export const actionLabels: Readonly<Record<TipActionType, LocalText>> = {
  classify: { vi: 'phân loại', en: 'classify it' },
  assign: { vi: 'giao xử lý', en: 'assign it' },
  start_verification: { vi: 'bắt đầu xác minh', en: 'start verification' },
  extend: { vi: 'gia hạn', en: 'extend the deadline' },
  resolve: { vi: 'giải quyết', en: 'resolve it' },
  transfer: { vi: 'chuyển đơn vị khác', en: 'transfer it' },
  reopen: { vi: 'mở lại', en: 'reopen it' },
};

export const statusLabels: Readonly<Record<TipStatus, LocalText>> = {
  received: { vi: 'đã tiếp nhận', en: 'received' },
  classified: { vi: 'đã phân loại', en: 'classified' },
  assigned: { vi: 'đã giao xử lý', en: 'assigned' },
  verifying: { vi: 'đang xác minh', en: 'verifying' },
  resolved: { vi: 'đã giải quyết', en: 'resolved' },
};

export const classificationLabels: Readonly<Record<TipClassification | 'unclassified', LocalText>> = {
  criminal_tip: { vi: 'tin báo về tội phạm', en: 'crime tip' },
  administrative_violation: { vi: 'tố giác vi phạm hành chính', en: 'administrative violation' },
  complaint: { vi: 'khiếu nại', en: 'complaint' },
  outside_scope: { vi: 'ngoài phạm vi', en: 'outside scope' },
  unclassified: { vi: 'chưa phân loại', en: 'unclassified' },
};
