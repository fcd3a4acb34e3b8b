import { describe, expect, it } from 'vitest';
import { referenceFigureKinds } from './indicator.ts';
import { referenceFigureLabels } from './reference-figure-labels.ts';

describe('referenceFigureLabels', () => {
  it('names every kind in Vietnamese and English', () => {
    expect(Object.keys(referenceFigureLabels).sort()).toEqual([...referenceFigureKinds].sort());
    for (const kind of referenceFigureKinds) {
      expect(referenceFigureLabels[kind].vi, kind).toMatch(/\S/);
      expect(referenceFigureLabels[kind].en, kind).toMatch(/\S/);
    }
  });

  it('use no stigmatising words for people who sell sex', () => {
    const stigmatising = /gái mại dâm|gái bán dâm|gái điếm|\bđĩ\b|cave|prostitutes?\b|whores?/i;
    for (const label of Object.values(referenceFigureLabels)) {
      expect(label.vi).not.toMatch(stigmatising);
      expect(label.en).not.toMatch(stigmatising);
    }
  });
});
