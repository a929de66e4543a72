import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createWordVectorEmbedder, defaultCacheDir, loadGloveVectors } from '@vecsum/embeddings';
import { summarize, type Budget, type Summary } from '@vecsum/summarizer';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeExplanation, explanationOf, namedNumbers, ordinal } from '../src/explain-text.js';
import { shades } from '../src/shading.js';
import { plainWarning, WARNING_TEXT } from '../src/messages.js';

// The page's words for a summary, on real summaries of our own example article.
const ROOT = join(import.meta.dirname, '..', '..', '..');
const EXAMPLE = readFileSync(join(ROOT, 'examples', 'river-restoration.txt'), 'utf8');
let embedder: ReturnType<typeof createWordVectorEmbedder>;
const run = (selector: string, budget: Record<string, number>, text = EXAMPLE): Promise<Summary> =>
  summarize(text, embedder, { budget: budget as Budget, selector: selector as 'auto', factor: 3 });

beforeAll(() => {
  embedder = createWordVectorEmbedder(loadGloveVectors({ cacheDir: defaultCacheDir() }));
});

describe('explanations in words', () => {
  it('says why every sentence was or was not picked, numbering sentences from 1 and never "#"', async () => {
    for (const [selector, budget] of [
      ['auto', { sentences: 3 }],
      ['greedy', { words: 60 }],
      ['mmr', { sentences: 4 }],
      ['lead', { sentences: 2 }],
      ['near-nonredundant', { sentences: 5 }],
    ] as const) {
      const summary = await run(selector, budget);
      for (const s of summary.sentences) {
        const text = composeExplanation(s, summary);
        expect(text, `${selector} sentence ${s.index}`).toMatch(s.picked ? /^Picked/ : /^Not picked: /);
        expect(text).not.toMatch(/#\d|not selected|[Ss]entence 0\b/);
        for (const m of text.matchAll(/sentence (\d+)/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('names the numbers that decided a skip: the score against the lowest pick, the repeat, the budget', async () => {
    const auto = await run('auto', { sentences: 3 });
    const lowest = Math.min(...auto.sentences.filter((s) => s.picked).map((s) => s.importance));
    const below = auto.sentences.find((s) => !s.picked && s.rank !== null && s.importance < lowest)!;
    expect(composeExplanation(below, auto)).toContain(`it scored ${below.importance.toFixed(2)} (${ordinal(below.rank!)} of`);
    expect(composeExplanation(below, auto)).toContain(`below the lowest-scoring pick`);
    const nonred = await run('near-nonredundant', { sentences: 8 });
    const repeat = nonred.sentences.find((s) => s.reason === 'redundant' && s.redundantWith !== null);
    if (repeat !== undefined) expect(composeExplanation(repeat, nonred)).toContain(`it repeats sentence ${repeat.redundantWith! + 1}`);
    const words = await run('near', { words: 40 });
    const budget = words.sentences.find((s) => s.reason === 'budget');
    if (budget !== undefined)
      expect(composeExplanation(budget, words)).toMatch(new RegExp(`it has ${budget.words} words, and the summary already uses \\d+ of its 40`));
    expect(repeat ?? budget).toBeDefined();
  });

  it("says in words why a line the reader doubts was not picked: it reads like the page's furniture", async () => {
    const note = 'Parts of this story first appeared in our weekly river newsletter.';
    const [title, ...rest] = EXAMPLE.split('\n\n');
    const summary = await summarize([title, note, ...rest].join('\n\n'), embedder, { budget: { sentences: 3 }, doubtfulLines: [note] });
    const s = summary.sentences.find((x) => x.text === note)!;
    expect(s.reason).toBe('doubtful');
    expect(composeExplanation(s, summary)).toBe("Not picked: it reads like the page's furniture (a notice or a promo) rather than the article.");
  });

  it('prefers the summary’s own `explanation` text when a sentence carries one', async () => {
    const summary = await run('auto', { sentences: 3 });
    const s = summary.sentences[4]!;
    expect(explanationOf(s, summary)).toBe(s.explanation);
    expect(s.explanation).toMatch(/^(Picked|Not picked|Not a candidate)/);
    expect(explanationOf({ ...s, explanation: 'From the server.' } as typeof s, summary)).toBe('From the server.');
    expect(explanationOf({ ...s, explanation: '  ' } as typeof s, summary)).toBe(composeExplanation(s, summary));
  });

  it('labels every number for what it is, with ranks as ordinals of the candidates', async () => {
    const summary = await run('auto', { sentences: 3 });
    const first = summary.sentences.find((s) => s.rank === 1)!;
    const rows = new Map(namedNumbers(first, summary));
    expect(rows.get('Rank by score')).toBe(`1st of ${summary.sentences.filter((s) => s.rank !== null).length} candidates`);
    expect([...rows.keys()].every((k) => k.split(' ').length >= 2)).toBe(true);
  });

  it('writes ordinals correctly for any number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (n) => {
        const o = ordinal(n);
        expect(o.startsWith(String(n))).toBe(true);
        const suffix = o.slice(String(n).length);
        const expected = [11, 12, 13].includes(n % 100) ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
        expect(suffix).toBe(expected);
      }),
    );
  });
});

describe('shading', () => {
  it('by score, the picks of a score-ranked selector are never paler than a sentence left out', async () => {
    for (const selector of ['auto', 'near', 'lexrank']) {
      const summary = await run(selector, { sentences: 3 });
      const shade = shades(summary, 'score');
      const picked = summary.sentences.filter((s) => s.picked).map((s) => shade[s.index]!);
      const out = summary.sentences.filter((s) => !s.picked && s.rank !== null).map((s) => shade[s.index]!);
      expect(Math.min(...picked), selector).toBeGreaterThanOrEqual(Math.max(...out));
    }
  });

  it('stays in [0, 1], spans the whole range, and leaves non-candidates unshaded', async () => {
    const summary = await run('greedy', { sentences: 3 });
    for (const mode of ['score', 'cosine'] as const) {
      const shade = shades(summary, mode);
      const values = shade.filter((v): v is number => v !== null);
      expect(Math.min(...values)).toBe(0);
      expect(Math.max(...values)).toBe(1);
      summary.sentences.forEach((s) => expect(shade[s.index] === null).toBe(s.rank === null));
    }
  });
});

describe('warnings in words', () => {
  it('has a plain sentence for every warning code the summarizer and the embedder can emit', () => {
    const sources = ['packages/summarizer/src/summarize.ts', 'packages/embeddings/src/embed/embed-document.ts'].map((p) => readFileSync(join(ROOT, p), 'utf8'));
    const codes = sources.flatMap((src) => [...src.matchAll(/warnings\.push\('([A-Z_]+)'\)/g)].map((m) => m[1]!));
    expect(codes.length).toBeGreaterThanOrEqual(5);
    for (const code of codes) {
      expect(Object.keys(WARNING_TEXT), code).toContain(code);
      expect(plainWarning(code)).not.toContain(code);
    }
    expect(plainWarning('SOMETHING_NEW')).toMatch(/^The summarizer noted .+ \(code SOMETHING_NEW\)\.$/);
  });
});
