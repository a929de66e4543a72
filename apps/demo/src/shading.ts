import type { Summary } from '@vecsum/summarizer';

/** What the shading of the text shows: the score the selector ranked by, or closeness to the document. */
export type ShadeMode = 'score' | 'cosine';

export const SHADE_MODES: Readonly<Record<ShadeMode, { label: string; low: string; high: string; meaning: string }>> = {
  score: {
    label: 'Score (what decided the picks)',
    low: 'lower score',
    high: 'higher score',
    meaning: 'Darker sentences scored higher with the selector that made this summary.',
  },
  cosine: {
    label: 'Closeness to the whole document',
    low: 'less alike',
    high: 'more alike',
    meaning: 'Darker sentences are closer in meaning to the document as a whole (cosine).',
  },
};

export const isShadeMode = (v: string): v is ShadeMode => Object.hasOwn(SHADE_MODES, v);

/**
 * One shade in [0, 1] per sentence, scaled over this summary's candidates; null for a sentence
 * that was never a candidate (a heading, no known words, too long), which stays unshaded.
 */
export function shades(summary: Summary, mode: ShadeMode): (number | null)[] {
  const value = (i: number): number => {
    const s = summary.sentences[i];
    return s === undefined ? 0 : mode === 'score' ? s.importance : s.cosine;
  };
  const candidates = summary.sentences.filter((s) => s.rank !== null).map((s) => value(s.index));
  const lo = Math.min(...candidates);
  const hi = Math.max(...candidates);
  return summary.sentences.map((s) => {
    if (s.rank === null) return null;
    return hi > lo ? (value(s.index) - lo) / (hi - lo) : 0.5;
  });
}
