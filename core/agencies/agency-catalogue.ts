/**
 * The catalogue of agencies an administrative unit starts with, derived from the "Tổ chức thực hiện"
 * sections of the seed plans (see SEED-AGENCIES.md) and from the 2025 reorganisation of local
 * government. Pure data and functions: the unit's admin edits the agencies after they are created.
 */

/** Agency kinds in display rank order: government bodies first, requested (đề nghị) bodies last. */
export const agencyKinds = [
  'labour_social_affairs', 'health', 'culture_social_affairs', 'police', 'border_guard', 'military',
  'home_affairs', 'health_station', 'culture_sports_tourism', 'tourism', 'information_communications',
  'science_technology', 'education', 'school', 'justice', 'finance', 'economy_infrastructure',
  'radio_television', 'newspaper', 'inspection_team', 'other',
  // Request-only: the issuing People's Committee cannot command these.
  'procuracy', 'court', 'fatherland_front', 'womens_union', 'youth_union', 'labour_federation',
  'veterans_association', 'farmers_association',
] as const;
export type AgencyKind = (typeof agencyKinds)[number];

export type AdminLevel = 'province' | 'district' | 'commune';
export type ReformEra = 'pre_reform' | 'post_reform';

/** Districts were abolished by the reform, so there is no post-reform district slot. */
type UnitSlot = 'province:pre_reform' | 'province:post_reform' | 'district:pre_reform' | 'commune:pre_reform' | 'commune:post_reform';

/** The first day of two-level local government (Resolution 202/2025/QH15). */
export const reformEffectiveDate = '2025-07-01';

export interface UnitForAgencies {
  level: AdminLevel;
  /** The unit's kind as written in its name: 'Tỉnh', 'Thành phố', 'Huyện', 'Xã', 'Phường', 'Đặc khu', … */
  kind: string;
  /** The name without its kind, e.g. 'Bình Lư'. */
  shortName: string;
  /** null for a current unit; a pre-reform unit ended on or before 2025-06-30. */
  validTo: string | null;
}

export interface DefaultAgency {
  kind: AgencyKind;
  name: string;
  nameEn: string;
  isLead: boolean;
  isRequestOnly: boolean;
  sortOrder: number;
}

/** What a name rule sees of the unit: `place` is the unit as written after an agency's title, 'xã Bình Lư'. */
interface NamingContext {
  level: AdminLevel;
  era: ReformEra;
  unitKind: string;
  shortName: string;
  place: string;
}

/** Returns the agency's Vietnamese name, or undefined when no such body exists at that level and era. */
type NameRule = (unit: NamingContext) => string | undefined;

interface AgencyKindDefinition {
  nameEn: string;
  /** Bodies the People's Committee cannot command: plans "request" (đề nghị) them instead of assigning. */
  isRequestOnly: boolean;
  name: NameRule;
  /** Where the kind is created with a new unit. Lead agencies are decided by `leadKindBySlot`. */
  createdAt: readonly UnitSlot[];
}

const everySlot: readonly UnitSlot[] = [
  'province:pre_reform', 'province:post_reform', 'district:pre_reform', 'commune:pre_reform', 'commune:post_reform',
];
const provinceAndDistrict: readonly UnitSlot[] = ['province:pre_reform', 'province:post_reform', 'district:pre_reform'];

/** Bodies named after their territory: 'Công an xã Bình Lư', 'Tòa án nhân dân tỉnh Nghệ An'. */
const territorial = (title: string, levels: readonly AdminLevel[] = ['province', 'district', 'commune']): NameRule =>
  (unit) => (levels.includes(unit.level) ? `${title} ${unit.place}` : undefined);

/**
 * The unit's own specialised office, named without the unit as the seeds write it ('Sở Y tế',
 * 'Phòng Tư pháp'). Pre-reform communes had no offices, only civil servants with a portfolio.
 */
const office = (names: { province?: string; district?: string; communePreReform?: string; communePostReform?: string }): NameRule =>
  (unit) => {
    if (unit.level === 'commune') return unit.era === 'pre_reform' ? names.communePreReform : names.communePostReform;
    return names[unit.level];
  };

// Pre-reform communes had one or two culture and social-affairs civil servants, each with a portfolio.
const culturalCivilServant = 'Công chức Văn hóa - Xã hội phụ trách';

const catalogue: Record<AgencyKind, AgencyKindDefinition> = {
  labour_social_affairs: {
    nameEn: 'Labour, Invalids and Social Affairs',
    isRequestOnly: false,
    // The line was dissolved in 2025; it stays nameable for pre-reform units only.
    name: (unit) => unit.era === 'post_reform' ? undefined : office({
      province: 'Sở Lao động - Thương binh và Xã hội',
      district: 'Phòng Lao động - Thương binh và Xã hội',
      communePreReform: `${culturalCivilServant} lĩnh vực Lao động - Thương binh và Xã hội`,
    })(unit),
    createdAt: ['province:pre_reform', 'district:pre_reform', 'commune:pre_reform'],
  },
  health: {
    nameEn: 'Health department',
    isRequestOnly: false,
    name: office({ province: 'Sở Y tế', district: 'Phòng Y tế' }),
    createdAt: provinceAndDistrict,
  },
  culture_social_affairs: {
    nameEn: 'Commune Culture and Social Affairs Office',
    isRequestOnly: false,
    // Decree 150/2025: one commune office now covers labour, social protection, health, education and culture.
    name: office({ communePostReform: 'Phòng Văn hóa - Xã hội' }),
    createdAt: ['commune:post_reform'],
  },
  police: { nameEn: 'Police', isRequestOnly: false, name: territorial('Công an'), createdAt: everySlot },
  border_guard: {
    nameEn: 'Border guard',
    isRequestOnly: false,
    // Only border and coastal provinces have one, which the catalogue cannot know: never a default.
    name: (unit) => unit.level === 'province' ? `Bộ Chỉ huy Bộ đội Biên phòng ${unit.place}`
      : unit.level === 'commune' ? `Đồn Biên phòng ${unit.shortName}` : undefined,
    createdAt: [],
  },
  military: {
    nameEn: 'Military command',
    isRequestOnly: false,
    name: (unit) => unit.level === 'province' ? `Bộ Chỉ huy Quân sự ${unit.place}` : `Ban Chỉ huy Quân sự ${unit.place}`,
    createdAt: [],
  },
  home_affairs: {
    nameEn: 'Home affairs department',
    isRequestOnly: false,
    // Took over labour and employment (jobs, vocational training for sex workers) from 1/3/2025.
    name: office({ province: 'Sở Nội vụ', district: 'Phòng Nội vụ' }),
    createdAt: ['province:post_reform'],
  },
  health_station: { nameEn: 'Commune health station', isRequestOnly: false, name: territorial('Trạm Y tế', ['commune']), createdAt: ['commune:pre_reform', 'commune:post_reform'] },
  culture_sports_tourism: {
    nameEn: 'Culture, sports and tourism',
    isRequestOnly: false,
    name: office({
      province: 'Sở Văn hóa, Thể thao và Du lịch',
      district: 'Phòng Văn hóa - Thông tin',
      communePreReform: `${culturalCivilServant} lĩnh vực Văn hóa, Thông tin và Thể thao`,
    }),
    createdAt: ['province:pre_reform', 'province:post_reform', 'district:pre_reform', 'commune:pre_reform'],
  },
  tourism: {
    nameEn: 'Tourism department',
    isRequestOnly: false,
    // Only some provinces had a separate Sở Du lịch before 2025 (Nghệ An did): added by hand.
    name: office({ province: 'Sở Du lịch' }),
    createdAt: [],
  },
  information_communications: {
    nameEn: 'Information and communications',
    isRequestOnly: false,
    name: (unit) => unit.level === 'province' && unit.era === 'pre_reform' ? 'Sở Thông tin và Truyền thông' : undefined,
    createdAt: ['province:pre_reform'],
  },
  science_technology: {
    nameEn: 'Science and technology (incl. press and online information since 2025)',
    isRequestOnly: false,
    name: office({ province: 'Sở Khoa học và Công nghệ' }),
    createdAt: ['province:post_reform'],
  },
  education: { nameEn: 'Education and training', isRequestOnly: false, name: office({ province: 'Sở Giáo dục và Đào tạo', district: 'Phòng Giáo dục và Đào tạo' }), createdAt: provinceAndDistrict },
  school: {
    nameEn: 'Schools in the commune',
    isRequestOnly: false,
    name: (unit) => unit.level === 'commune' ? `Các nhà trường trên địa bàn ${unit.place}` : undefined,
    createdAt: ['commune:pre_reform', 'commune:post_reform'],
  },
  justice: {
    nameEn: 'Justice',
    isRequestOnly: false,
    // After the reform the commune's justice work sits in the office of its council and committee.
    name: office({
      province: 'Sở Tư pháp',
      district: 'Phòng Tư pháp',
      communePreReform: 'Công chức Tư pháp - Hộ tịch',
      communePostReform: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
    }),
    createdAt: everySlot,
  },
  finance: {
    nameEn: 'Finance',
    isRequestOnly: false,
    // Post-reform communes budget through their economic office (economy_infrastructure).
    name: office({ province: 'Sở Tài chính', district: 'Phòng Tài chính - Kế hoạch', communePreReform: 'Công chức Tài chính - Kế toán' }),
    createdAt: ['province:pre_reform', 'province:post_reform', 'district:pre_reform', 'commune:pre_reform'],
  },
  economy_infrastructure: {
    nameEn: 'Economy and infrastructure',
    isRequestOnly: false,
    name: (unit) => {
      if (unit.level === 'district') return unit.unitKind === 'huyện' ? 'Phòng Kinh tế và Hạ tầng' : 'Phòng Quản lý đô thị';
      if (unit.level !== 'commune' || unit.era === 'pre_reform') return undefined;
      return unit.unitKind === 'phường' ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : 'Phòng Kinh tế';
    },
    createdAt: ['commune:post_reform'],
  },
  radio_television: {
    nameEn: 'Radio and television',
    isRequestOnly: false,
    name: (unit) => ({
      province: `Đài Phát thanh và Truyền hình ${unit.shortName}`,
      district: `Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch ${unit.place}`,
      commune: `Đài truyền thanh ${unit.place}`,
    })[unit.level],
    createdAt: ['province:pre_reform', 'district:pre_reform', 'commune:pre_reform', 'commune:post_reform'],
  },
  newspaper: {
    nameEn: 'Provincial newspaper',
    isRequestOnly: false,
    // In 2025 most provinces merged their newspaper and radio-TV station into one press body.
    name: (unit) => unit.level !== 'province' ? undefined
      : unit.era === 'pre_reform' ? `Báo ${unit.shortName}` : `Báo và Đài Phát thanh - Truyền hình ${unit.shortName}`,
    createdAt: ['province:pre_reform', 'province:post_reform'],
  },
  inspection_team: { nameEn: 'Inter-agency inspection team (Team 178)', isRequestOnly: false, name: territorial('Đội Kiểm tra liên ngành 178'), createdAt: everySlot },
  other: { nameEn: 'Other agency', isRequestOnly: false, name: () => undefined, createdAt: [] },
  procuracy: { nameEn: "People's Procuracy", isRequestOnly: true, name: territorial('Viện Kiểm sát nhân dân', ['province', 'district']), createdAt: provinceAndDistrict },
  court: { nameEn: "People's Court", isRequestOnly: true, name: territorial('Tòa án nhân dân', ['province', 'district']), createdAt: provinceAndDistrict },
  fatherland_front: { nameEn: 'Fatherland Front Committee', isRequestOnly: true, name: territorial('Ủy ban Mặt trận Tổ quốc Việt Nam'), createdAt: everySlot },
  womens_union: { nameEn: "Women's Union", isRequestOnly: true, name: territorial('Hội Liên hiệp Phụ nữ'), createdAt: everySlot },
  youth_union: { nameEn: 'Ho Chi Minh Communist Youth Union', isRequestOnly: true, name: territorial('Đoàn Thanh niên Cộng sản Hồ Chí Minh'), createdAt: everySlot },
  labour_federation: { nameEn: 'Labour Federation', isRequestOnly: true, name: territorial('Liên đoàn Lao động', ['province', 'district']), createdAt: provinceAndDistrict },
  veterans_association: { nameEn: "Veterans' Association", isRequestOnly: true, name: territorial('Hội Cựu chiến binh'), createdAt: everySlot },
  farmers_association: { nameEn: "Farmers' Association", isRequestOnly: true, name: territorial('Hội Nông dân'), createdAt: everySlot },
};

/**
 * The programme's lead agency per level and era: the labour/social-affairs line until the reform,
 * then Sở Y tế at province and the commune's Phòng Văn hóa - Xã hội (with the health station).
 * One entry per slot is what makes "exactly one lead per unit" hold.
 */
const leadKindBySlot: Record<UnitSlot, AgencyKind> = {
  'province:pre_reform': 'labour_social_affairs',
  'province:post_reform': 'health',
  'district:pre_reform': 'labour_social_affairs',
  'commune:pre_reform': 'labour_social_affairs',
  'commune:post_reform': 'culture_social_affairs',
};

/** A unit is post-reform when it is still valid on 2025-07-01; districts never are. */
export function reformEraOf(unit: Pick<UnitForAgencies, 'level' | 'validTo'>): ReformEra {
  if (unit.level === 'district') return 'pre_reform';
  if (unit.validTo === null) return 'post_reform';
  return unit.validTo.slice(0, 10) >= reformEffectiveDate ? 'post_reform' : 'pre_reform';
}

function namingContext(unit: UnitForAgencies): NamingContext {
  const unitKind = unit.kind.normalize('NFC').trim().toLocaleLowerCase('vi');
  const shortName = unit.shortName.normalize('NFC').trim();
  return { level: unit.level, era: reformEraOf(unit), unitKind, shortName, place: `${unitKind} ${shortName}` };
}

/** The English name of an agency kind. */
export function agencyKindNameEn(kind: AgencyKind): string {
  return catalogue[kind].nameEn;
}

/** Whether plans address this kind with "đề nghị" (requested) rather than assigning it. */
export function isRequestOnlyAgencyKind(kind: AgencyKind): boolean {
  return catalogue[kind].isRequestOnly;
}

/** The default Vietnamese name of an agency of this kind in the unit, or undefined when none exists there. */
export function findAgencyName(kind: AgencyKind, unit: UnitForAgencies): string | undefined {
  return catalogue[kind].name(namingContext(unit))?.normalize('NFC');
}

/** The kinds an admin can add to this unit: those with a body at its level and era, and 'other'. */
export function agencyKindsAvailableFor(unit: UnitForAgencies): AgencyKind[] {
  return agencyKinds.filter((kind) => kind === 'other' || findAgencyName(kind, unit) !== undefined);
}

/** The agencies created with a new unit: the lead first, then government bodies, then requested bodies. */
export function defaultAgenciesFor(unit: UnitForAgencies): DefaultAgency[] {
  const context = namingContext(unit);
  const slot = `${context.level}:${context.era}` as UnitSlot;
  const leadKind = leadKindBySlot[slot];
  const rank = (kind: AgencyKind) =>
    (kind === leadKind ? 0 : catalogue[kind].isRequestOnly ? 2000 : 1000) + agencyKinds.indexOf(kind);
  return agencyKinds
    .filter((kind) => catalogue[kind].createdAt.includes(slot))
    .sort((first, second) => rank(first) - rank(second))
    .map((kind, index) => {
      const name = catalogue[kind].name(context);
      if (name === undefined) throw new Error(`Agency catalogue: ${kind} is a default at ${slot} but has no name there`);
      return {
        kind,
        name: name.normalize('NFC'),
        nameEn: catalogue[kind].nameEn,
        isLead: kind === leadKind,
        isRequestOnly: catalogue[kind].isRequestOnly,
        // Gaps of ten let an admin slot an agency in between without renumbering.
        sortOrder: (index + 1) * 10,
      };
    });
}
