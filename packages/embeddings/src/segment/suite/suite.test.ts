import { describe, expect, it } from 'vitest';
import { splitSentences } from '../split-sentences.js';
import { SEGMENTATION_CASES, passes, scoreSegmenter } from './index.js';

const ours = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('the segmentation suite', () => {
  it('has a few hundred cases of every kind the splitter handles', () => {
    expect(SEGMENTATION_CASES.length).toBeGreaterThanOrEqual(240);
    const kinds = new Set(SEGMENTATION_CASES.map((c) => c.kind));
    for (const k of [
      'abbreviations',
      'acronyms',
      'initials',
      'numbers',
      'quotes',
      'brackets',
      'punctuation',
      'news',
      'legal',
      'science',
      'transcripts',
      'web',
      'lists',
      'lines',
      'wrapped',
      'captions',
      'glued',
      'headings',
    ])
      expect(kinds.has(k), k).toBe(true);
  });

  it('splitSentences passes at least 97% of it, and every case of lists, wrapped text, captions and headings', () => {
    const { passed, total, failed } = scoreSegmenter(ours);
    const misses = failed.map((c) => `${c.kind}: ${JSON.stringify(c.text.slice(0, 80))} -> ${JSON.stringify(ours(c.text))}`).join('\n');
    expect(passed / total, misses).toBeGreaterThanOrEqual(0.97);
    for (const c of SEGMENTATION_CASES.filter((x) => ['lists', 'wrapped', 'captions', 'headings'].includes(x.kind))) expect(passes(ours, c), c.text).toBe(true);
  });

  it('the scorer fails a segmenter that never splits and one that splits at every period', () => {
    expect(scoreSegmenter((t) => [t]).passed / SEGMENTATION_CASES.length).toBeLessThan(0.5);
    expect(scoreSegmenter((t) => t.split(/(?<=[.!?])\s+/)).passed / SEGMENTATION_CASES.length).toBeLessThan(0.7);
  });
});
