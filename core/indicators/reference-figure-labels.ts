import type { Bilingual, ReferenceFigureKind } from './indicator.ts';

/**
 * What each reference figure counts, as a unit declares it for a year (DOMAIN.md §3). The words are
 * neutral: people are named by their situation and needs, never by a stigmatising term.
 */
export const referenceFigureLabels: Record<ReferenceFigureKind, Bilingual> = {
  officials_province: {
    vi: 'Số cán bộ, công chức cấp tỉnh liên quan đến công tác phòng, chống mại dâm',
    en: 'Province-level officials working on prostitution prevention',
  },
  officials_district: {
    vi: 'Số cán bộ, công chức cấp huyện liên quan đến công tác phòng, chống mại dâm',
    en: 'District-level officials working on prostitution prevention',
  },
  officials_commune: {
    vi: 'Số cán bộ, công chức cấp xã liên quan đến công tác phòng, chống mại dâm',
    en: 'Commune-level officials working on prostitution prevention',
  },
  establishment_workers: {
    vi: 'Số người lao động tại các cơ sở kinh doanh dịch vụ dễ bị lợi dụng để hoạt động mại dâm',
    en: 'Workers at business establishments at risk of misuse for prostitution',
  },
  industrial_zone_workers: {
    vi: 'Số người lao động trong các khu công nghiệp',
    en: 'Workers in industrial zones',
  },
  students: {
    vi: 'Số học sinh, sinh viên',
    en: 'Enrolled students',
  },
  sex_workers_in_need: {
    vi: 'Ước tính số người bán dâm có nhu cầu và đủ điều kiện tiếp cận dịch vụ',
    en: 'Estimated number of sex workers who need and qualify for services',
  },
};
