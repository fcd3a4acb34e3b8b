import { toSearchText } from '../text/search-text.ts';
import type { Parsed, RawCell } from './cell-values.ts';
import { parseText } from './cell-values.ts';

export type UnitLevel = 'province' | 'district' | 'commune';

/** An administrative unit as an import resolves it. */
export interface DirectoryUnit {
  id: string;
  name: string;
  shortName: string;
  level: UnitLevel;
  /** Today's unit (not one dissolved by the 2025 reform). */
  current: boolean;
  /** Whether the importing user's scope holds it. */
  inScope: boolean;
}

/** How a unit reads in a template drop-down and in a preview: "Phường Thành Vinh (16681)". */
export const unitLabel = (unit: Pick<DirectoryUnit, 'id' | 'name'>) => `${unit.name} (${unit.id})`;

const levelNames = {
  province: { vi: 'tỉnh, thành phố', en: 'province or city' },
  district: { vi: 'huyện (cấp đã bỏ)', en: 'district (a level abolished in 2025)' },
  commune: { vi: 'xã, phường, đặc khu', en: 'commune, ward or special zone' },
} as const;

/**
 * Every unit an import may name, to resolve a cell to one: by "Name (code)" as the template's
 * list writes it, by code alone (Excel drops leading zeros: 4 is commune 00004), or by name when
 * the name is unique among the user's units.
 */
export class UnitDirectory {
  readonly #byId = new Map<string, DirectoryUnit>();
  readonly #byName = new Map<string, DirectoryUnit[]>();

  constructor(units: Iterable<DirectoryUnit>) {
    for (const unit of units) {
      this.#byId.set(unit.id, unit);
      if (!unit.current || !unit.inScope) continue;
      for (const name of new Set([toSearchText(unit.name), toSearchText(unit.shortName)])) {
        const list = this.#byName.get(name) ?? [];
        list.push(unit);
        this.#byName.set(name, list);
      }
    }
  }

  find(id: string): DirectoryUnit | undefined {
    return this.#byId.get(id);
  }

  /** Units the user may import into at these levels, by name: the template's drop-down list. */
  listInScope(levels: readonly UnitLevel[]): DirectoryUnit[] {
    return [...this.#byId.values()]
      .filter((unit) => unit.current && unit.inScope && levels.includes(unit.level))
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  #byCode(code: string, levels: readonly UnitLevel[]): DirectoryUnit | undefined {
    const exact = this.#byId.get(code);
    if (exact) return exact;
    const widths = levels.map((level) => (level === 'province' ? 2 : level === 'district' ? 3 : 5));
    for (const width of widths) {
      const unit = this.#byId.get(code.padStart(width, '0'));
      if (unit) return unit;
    }
    return undefined;
  }

  /** What a cell as typed resolved to, by levels: a file names the same few units on every row. */
  readonly #resolved = new Map<string, Parsed<string>>();

  resolve(cell: RawCell, levels: readonly UnitLevel[]): Parsed<string> {
    if (typeof cell !== 'string' && typeof cell !== 'number') return this.#resolve(cell, levels);
    const key = `${levels.join(',')}|${cell}`;
    let result = this.#resolved.get(key);
    if (!result) {
      result = this.#resolve(cell, levels);
      if (this.#resolved.size < 20_000) this.#resolved.set(key, result);
    }
    return result;
  }

  #resolve(cell: RawCell, levels: readonly UnitLevel[]): Parsed<string> {
    const text = parseText(typeof cell === 'number' ? String(cell) : cell);
    if (text.issue || text.value === null) return text;
    const wanted = levels.map((level) => levelNames[level]);
    const code = /\(\s*(\d{1,5})\s*\)\s*$/.exec(text.value)?.[1] ?? (/^\d{1,5}$/.test(text.value) ? text.value : undefined);
    let unit: DirectoryUnit | undefined;
    if (code) {
      unit = this.#byCode(code, levels);
      if (!unit) {
        return { issue: { vi: `Không có đơn vị hành chính mã ${code}`, en: `No administrative unit has the code ${code}` } };
      }
    } else {
      const matches = (this.#byName.get(toSearchText(text.value)) ?? []).filter((candidate) => levels.includes(candidate.level));
      if (matches.length > 1) {
        const codes = matches.map(unitLabel).join('; ');
        return { issue: { vi: `Có nhiều đơn vị tên "${text.value}": ${codes}; hãy ghi kèm mã`, en: `Several units are named "${text.value}": ${codes}; add the code` } };
      }
      unit = matches[0];
      if (!unit) {
        return {
          issue: {
            vi: `Không có ${wanted.map((name) => name.vi).join(' hoặc ')} nào tên "${text.value.slice(0, 60)}" trong phạm vi quản lý của bạn; hãy chọn trong danh sách của tệp mẫu (trang "Danh mục")`,
            en: `No ${wanted.map((name) => name.en).join(' or ')} named "${text.value.slice(0, 60)}" is within your scope; choose one from the template's list (sheet "Danh mục")`,
          },
        };
      }
    }
    // Only the code the user wrote is repeated: the names of units outside their scope are not theirs to learn.
    if (!unit.inScope) {
      return { issue: { vi: `Đơn vị mã ${unit.id} nằm ngoài phạm vi quản lý của bạn`, en: `The unit with code ${unit.id} is outside your scope` } };
    }
    if (!unit.current) {
      return {
        issue: {
          vi: `${unitLabel(unit)} là đơn vị cũ, không còn sau khi sắp xếp đơn vị hành chính năm 2025; hãy ghi đơn vị hiện nay`,
          en: `${unitLabel(unit)} no longer exists after the 2025 reorganisation of units; give today's unit`,
        },
      };
    }
    if (!levels.includes(unit.level)) {
      return {
        issue: {
          vi: `${unitLabel(unit)} là cấp ${levelNames[unit.level].vi}; ở đây phải là ${wanted.map((name) => name.vi).join(' hoặc ')}`,
          en: `${unitLabel(unit)} is a ${levelNames[unit.level].en}; this column needs a ${wanted.map((name) => name.en).join(' or ')}`,
        },
      };
    }
    return { value: unit.id };
  }
}
