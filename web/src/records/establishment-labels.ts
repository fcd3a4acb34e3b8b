import { formatDate } from '../../../core/dates/format.ts';
import type { Establishment } from '../api/establishments.ts';

/** The day the current status began: the closing day for a closed establishment, else the recorded change. */
export function statusDate(establishment: Pick<Establishment, 'status' | 'closedOn' | 'statusChangedOn'>): string | null {
  const date = establishment.status === 'closed' ? establishment.closedOn ?? establishment.statusChangedOn : establishment.statusChangedOn;
  return date ? formatDate(date) : null;
}

/** 'YYYY-MM-DD' (or null) as the form shows it: dd/mm/yyyy, or empty. */
export const dateText = (value: string | null) => (value ? formatDate(value) : '');
