import { describe, expect, it } from 'vitest';
import {
  agencyKinds,
  agencyKindsAvailableFor,
  defaultAgenciesFor,
  findAgencyName,
  isRequestOnlyAgencyKind,
  reformEraOf,
  type AgencyKind,
  type UnitForAgencies,
} from './agency-catalogue.ts';

const current = { validTo: null };
const preReform = { validTo: '2025-06-30' };

const units = {
  communeBinhLu: { level: 'commune', kind: 'Xã', shortName: 'Bình Lư', ...current },
  wardBaDinh: { level: 'commune', kind: 'Phường', shortName: 'Ba Đình', ...current },
  specialZoneConDao: { level: 'commune', kind: 'Đặc khu', shortName: 'Côn Đảo', ...current },
  provinceNgheAn: { level: 'province', kind: 'Tỉnh', shortName: 'Nghệ An', ...current },
  cityHaNoi: { level: 'province', kind: 'Thành phố', shortName: 'Hà Nội', ...current },
  provinceNgheAnPreReform: { level: 'province', kind: 'Tỉnh', shortName: 'Nghệ An', ...preReform },
  districtTrieuSon: { level: 'district', kind: 'Huyện', shortName: 'Triệu Sơn', ...preReform },
  townKinhMon: { level: 'district', kind: 'Thị xã', shortName: 'Kinh Môn', ...preReform },
  wardPhuThuPreReform: { level: 'commune', kind: 'Phường', shortName: 'Phú Thứ', ...preReform },
  townshipPreReform: { level: 'commune', kind: 'Thị trấn', shortName: 'Triệu Sơn', ...preReform },
} satisfies Record<string, UnitForAgencies>;

const everyUnit = Object.entries(units);

function nameOf(unit: UnitForAgencies, kind: AgencyKind): string | undefined {
  return defaultAgenciesFor(unit).find((agency) => agency.kind === kind)?.name;
}

function leadOf(unit: UnitForAgencies) {
  const leads = defaultAgenciesFor(unit).filter((agency) => agency.isLead);
  expect(leads).toHaveLength(1);
  return leads[0]!;
}

describe('reformEraOf', () => {
  it('puts units that ended before 1/7/2025 and every district before the reform', () => {
    expect(reformEraOf({ level: 'commune', validTo: '2025-06-30' })).toBe('pre_reform');
    expect(reformEraOf({ level: 'province', validTo: '2019-12-31' })).toBe('pre_reform');
    expect(reformEraOf({ level: 'district', validTo: null })).toBe('pre_reform');
  });

  it('puts current units and units still valid on 1/7/2025 after it', () => {
    expect(reformEraOf({ level: 'commune', validTo: null })).toBe('post_reform');
    expect(reformEraOf({ level: 'province', validTo: '2025-07-01' })).toBe('post_reform');
  });
});

describe('defaultAgenciesFor', () => {
  it.each(everyUnit)('gives %s exactly one lead, listed first', (_label, unit) => {
    const agencies = defaultAgenciesFor(unit);
    expect(agencies.filter((agency) => agency.isLead)).toHaveLength(1);
    expect(agencies[0]!.isLead).toBe(true);
    expect(agencies[0]!.isRequestOnly).toBe(false);
  });

  it('makes the labour and social-affairs line the lead before the reform', () => {
    expect(leadOf(units.provinceNgheAnPreReform)).toMatchObject({ kind: 'labour_social_affairs', name: 'Sở Lao động - Thương binh và Xã hội' });
    expect(leadOf(units.districtTrieuSon)).toMatchObject({ kind: 'labour_social_affairs', name: 'Phòng Lao động - Thương binh và Xã hội' });
    expect(leadOf(units.wardPhuThuPreReform)).toMatchObject({
      kind: 'labour_social_affairs',
      name: 'Công chức Văn hóa - Xã hội phụ trách lĩnh vực Lao động - Thương binh và Xã hội',
    });
  });

  it('makes Sở Y tế the province lead and Phòng Văn hóa - Xã hội the commune lead after the reform', () => {
    expect(leadOf(units.provinceNgheAn)).toMatchObject({ kind: 'health', name: 'Sở Y tế' });
    expect(leadOf(units.cityHaNoi)).toMatchObject({ kind: 'health', name: 'Sở Y tế' });
    for (const unit of [units.communeBinhLu, units.wardBaDinh, units.specialZoneConDao]) {
      expect(leadOf(unit)).toMatchObject({ kind: 'culture_social_affairs', name: 'Phòng Văn hóa - Xã hội' });
    }
    // The health station works beside the lead, not as a second lead.
    expect(defaultAgenciesFor(units.communeBinhLu).find((agency) => agency.kind === 'health_station'))
      .toMatchObject({ name: 'Trạm Y tế xã Bình Lư', isLead: false });
  });

  it('drops the dissolved labour line and the separate information department after the reform', () => {
    const kinds = defaultAgenciesFor(units.provinceNgheAn).map((agency) => agency.kind);
    expect(kinds).not.toContain('labour_social_affairs');
    expect(kinds).not.toContain('information_communications');
    expect(kinds).toEqual(expect.arrayContaining(['home_affairs', 'science_technology']));
    expect(defaultAgenciesFor(units.communeBinhLu).map((agency) => agency.kind)).not.toContain('labour_social_affairs');
  });

  it('names commune bodies after the commune, with its kind in lower case', () => {
    expect(nameOf(units.communeBinhLu, 'police')).toBe('Công an xã Bình Lư');
    expect(nameOf(units.wardBaDinh, 'police')).toBe('Công an phường Ba Đình');
    expect(nameOf(units.specialZoneConDao, 'police')).toBe('Công an đặc khu Côn Đảo');
    expect(nameOf(units.communeBinhLu, 'fatherland_front')).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam xã Bình Lư');
    expect(nameOf(units.wardBaDinh, 'womens_union')).toBe('Hội Liên hiệp Phụ nữ phường Ba Đình');
    expect(nameOf(units.specialZoneConDao, 'health_station')).toBe('Trạm Y tế đặc khu Côn Đảo');
    expect(nameOf(units.wardPhuThuPreReform, 'school')).toBe('Các nhà trường trên địa bàn phường Phú Thứ');
    expect(nameOf(units.townshipPreReform, 'police')).toBe('Công an thị trấn Triệu Sơn');
  });

  it('names the post-reform economic office by the kind of commune (Decree 150/2025)', () => {
    expect(nameOf(units.communeBinhLu, 'economy_infrastructure')).toBe('Phòng Kinh tế');
    expect(nameOf(units.specialZoneConDao, 'economy_infrastructure')).toBe('Phòng Kinh tế');
    expect(nameOf(units.wardBaDinh, 'economy_infrastructure')).toBe('Phòng Kinh tế, Hạ tầng và Đô thị');
  });

  it('names province bodies as the seeds do', () => {
    expect(nameOf(units.provinceNgheAn, 'police')).toBe('Công an tỉnh Nghệ An');
    expect(nameOf(units.cityHaNoi, 'police')).toBe('Công an thành phố Hà Nội');
    expect(nameOf(units.cityHaNoi, 'procuracy')).toBe('Viện Kiểm sát nhân dân thành phố Hà Nội');
    expect(nameOf(units.provinceNgheAn, 'court')).toBe('Tòa án nhân dân tỉnh Nghệ An');
    expect(nameOf(units.provinceNgheAn, 'fatherland_front')).toBe('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An');
    expect(nameOf(units.provinceNgheAnPreReform, 'newspaper')).toBe('Báo Nghệ An');
    expect(nameOf(units.provinceNgheAnPreReform, 'radio_television')).toBe('Đài Phát thanh và Truyền hình Nghệ An');
    expect(nameOf(units.provinceNgheAnPreReform, 'inspection_team')).toBe('Đội Kiểm tra liên ngành 178 tỉnh Nghệ An');
    expect(nameOf(units.provinceNgheAnPreReform, 'information_communications')).toBe('Sở Thông tin và Truyền thông');
  });

  it('names district bodies as the Triệu Sơn plan does', () => {
    expect(nameOf(units.districtTrieuSon, 'police')).toBe('Công an huyện Triệu Sơn');
    expect(nameOf(units.districtTrieuSon, 'finance')).toBe('Phòng Tài chính - Kế hoạch');
    expect(nameOf(units.districtTrieuSon, 'culture_sports_tourism')).toBe('Phòng Văn hóa - Thông tin');
    expect(nameOf(units.districtTrieuSon, 'youth_union')).toBe('Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Triệu Sơn');
    expect(nameOf(units.townKinhMon, 'court')).toBe('Tòa án nhân dân thị xã Kinh Môn');
  });

  it.each(everyUnit)('gives %s only NFC names, none of them twice', (_label, unit) => {
    const names = defaultAgenciesFor(unit).map((agency) => agency.name);
    for (const name of names) expect(name).toBe(name.normalize('NFC'));
    // The database's unique index is on lower(name); compare the same way.
    const folded = names.map((name) => name.toLocaleLowerCase('vi'));
    expect(new Set(folded).size).toBe(folded.length);
  });

  it('returns NFC names even when the unit name arrives decomposed', () => {
    const decomposed = { ...units.wardBaDinh, kind: 'Phường'.normalize('NFD'), shortName: 'Ba Đình'.normalize('NFD') };
    expect(nameOf(decomposed, 'police')).toBe('Công an phường Ba Đình'.normalize('NFC'));
    for (const agency of defaultAgenciesFor(decomposed)) expect(agency.name).toBe(agency.name.normalize('NFC'));
  });

  it('marks the procuracy, court, Fatherland Front and mass organisations as request-only', () => {
    const requested: AgencyKind[] = ['procuracy', 'court', 'fatherland_front', 'womens_union', 'youth_union',
      'labour_federation', 'veterans_association', 'farmers_association'];
    expect(agencyKinds.filter(isRequestOnlyAgencyKind)).toEqual(requested);
    const agencies = defaultAgenciesFor(units.provinceNgheAnPreReform);
    for (const agency of agencies) expect(agency.isRequestOnly).toBe(requested.includes(agency.kind));
    expect(agencies.find((agency) => agency.kind === 'police')?.isRequestOnly).toBe(false);
  });

  it.each(everyUnit)('orders %s: lead, then government bodies, then requested bodies', (_label, unit) => {
    const agencies = defaultAgenciesFor(unit);
    const firstRequested = agencies.findIndex((agency) => agency.isRequestOnly);
    expect(firstRequested).toBeGreaterThan(0);
    expect(agencies.slice(firstRequested).every((agency) => agency.isRequestOnly)).toBe(true);
    const sortOrders = agencies.map((agency) => agency.sortOrder);
    expect(sortOrders).toEqual([...sortOrders].sort((first, second) => first - second));
    expect(new Set(sortOrders).size).toBe(sortOrders.length);
  });

  it('leaves the border guard out of the defaults but lets an admin add it', () => {
    for (const [, unit] of everyUnit) {
      expect(defaultAgenciesFor(unit).map((agency) => agency.kind)).not.toContain('border_guard');
    }
    expect(agencyKindsAvailableFor(units.provinceNgheAn)).toContain('border_guard');
    expect(findAgencyName('border_guard', units.provinceNgheAnPreReform)).toBe('Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An');
  });

  it('offers only the bodies that exist at the level, plus a free-named one', () => {
    expect(findAgencyName('court', units.communeBinhLu)).toBeUndefined();
    expect(findAgencyName('labour_social_affairs', units.provinceNgheAn)).toBeUndefined();
    expect(findAgencyName('tourism', units.provinceNgheAnPreReform)).toBe('Sở Du lịch');
    expect(findAgencyName('other', units.communeBinhLu)).toBeUndefined();
    expect(agencyKindsAvailableFor(units.communeBinhLu)).toContain('other');
    expect(agencyKindsAvailableFor(units.communeBinhLu)).not.toContain('procuracy');
  });
});
