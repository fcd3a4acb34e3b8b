import { describe, expect, it } from 'vitest';
import { findIndicator, getIndicator, indicatorCatalogue } from './catalogue.ts';
import { indicatorKinds, recordSources, referenceFigureKinds } from './indicator.ts';

/**
 * Terms the interface must never use for people who sell sex; the neutral term is "người bán dâm".
 * Compared case-insensitively on the NFC form.
 */
const stigmatisingTerms = ['gái mại dâm', 'gái điếm', 'gái bán hoa', 'gái làng chơi', 'gái gọi', 'điếm', 'đĩ', 'cave', 'phò', 'kỹ nữ', 'đối tượng mại dâm'];

function words(text: string): string {
  return ` ${text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
}

function containsTerm(text: string, term: string): boolean {
  return words(text).includes(` ${term.normalize('NFC')} `);
}

describe('indicatorCatalogue', () => {
  it('has unique codes in the stable format', () => {
    const codes = indicatorCatalogue.map((definition) => definition.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9_.]+$/);
  });

  it('uses known kinds, sources and reference figures, and positive versions', () => {
    for (const definition of indicatorCatalogue) {
      expect(indicatorKinds).toContain(definition.kind);
      expect(recordSources).toContain(definition.source);
      if (definition.referenceFigure !== undefined) expect(referenceFigureKinds).toContain(definition.referenceFigure);
      expect(Number.isInteger(definition.version) && definition.version >= 1).toBe(true);
    }
  });

  it('gives every share of a population the reference figure that is its denominator', () => {
    const populations = indicatorCatalogue.filter((definition) => definition.kind === 'share_of_population');
    expect(populations.length).toBeGreaterThan(0);
    for (const definition of populations) {
      expect(definition.referenceFigure, definition.code).toBeDefined();
      expect(definition.denominator, definition.code).not.toBeNull();
    }
  });

  it('names every indicator, its numerator and its denominator in both languages', () => {
    for (const definition of indicatorCatalogue) {
      expect(definition.name.vi.trim(), definition.code).not.toBe('');
      expect(definition.name.en.trim(), definition.code).not.toBe('');
      expect(definition.numerator.vi.trim(), definition.code).not.toBe('');
      expect(definition.numerator.en.trim(), definition.code).not.toBe('');
      if (definition.denominator) {
        expect(definition.denominator.vi.trim(), definition.code).not.toBe('');
        expect(definition.denominator.en.trim(), definition.code).not.toBe('');
      }
    }
  });

  it('uses no stigmatising term in its Vietnamese texts', () => {
    for (const definition of indicatorCatalogue) {
      const texts = [definition.name.vi, definition.numerator.vi, definition.denominator?.vi ?? ''];
      for (const text of texts) {
        for (const term of stigmatisingTerms) expect(containsTerm(text, term), `${definition.code}: "${term}"`).toBe(false);
      }
    }
  });

  it('the term check catches a stigmatising term and lets the neutral one through', () => {
    expect(containsTerm('Tỷ lệ gái mại dâm được hỗ trợ', 'gái mại dâm')).toBe(true);
    expect(containsTerm('Số Điếm được hỗ trợ', 'điếm')).toBe(true);
    expect(stigmatisingTerms.some((term) => containsTerm('Tỷ lệ người bán dâm có nhu cầu được tiếp cận', term))).toBe(false);
    // Whole words only: "phò" must not match inside "phòng, chống".
    expect(containsTerm('Kế hoạch phòng, chống mại dâm', 'phò')).toBe(false);
  });

  it('speaks of sex workers with the neutral term', () => {
    expect(getIndicator('support.access_share').name.vi).toContain('người bán dâm');
  });

  it('has an indicator for every kind of target', () => {
    const kinds = new Set(indicatorCatalogue.map((definition) => definition.kind));
    for (const kind of indicatorKinds) expect(kinds, kind).toContain(kind);
  });

  it('finds indicators by code', () => {
    expect(findIndicator('inspections.count')?.kind).toBe('count');
    expect(findIndicator('nope')).toBeUndefined();
    expect(() => getIndicator('nope')).toThrow(RangeError);
  });
});
