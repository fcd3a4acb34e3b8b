import { describe, expect, it } from 'vitest';
import { figureKeys, figureTables, sumFigure } from './figures.ts';

describe('figure tables', () => {
  it('gives every figure a unique key and a label in both languages', () => {
    expect(new Set(figureKeys).size).toBe(figureKeys.length);
    for (const table of figureTables) {
      expect(table.title.vi && table.title.en).toBeTruthy();
      for (const figure of table.figures) expect(figure.label.vi && figure.label.en).toBeTruthy();
    }
    expect(figureTables.map((table) => table.key)).toEqual(['establishments', 'inspections', 'tips', 'communication', 'training', 'support', 'crime']);
  });
});

describe('sumFigure', () => {
  it('adds known values exactly and is unknown only when every value is', () => {
    expect(sumFigure([3, null, 4])).toBe(7);
    expect(sumFigure([null, null])).toBeNull();
    expect(sumFigure([])).toBeNull();
    expect(sumFigure([0, 0])).toBe(0);
    // Fines in đồng stay exact well beyond a billion.
    expect(sumFigure([1_500_000_000, 2_750_000_000, 1])).toBe(4_250_000_001);
  });
});
