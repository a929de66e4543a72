import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWordVectorEmbedder, ENGLISH_STOPWORDS, loadGloveVectors, type SentenceEmbedder, type WordVectors } from '@vecsum/embeddings';
import { analyze, type AnalysisReport } from '../report/analyze.js';
import { compareBases } from '../report/basis-fit.js';
import { loadWordDictionary, type WordDictionary } from './dictionary.js';
import { textDictionary, textWords } from './text-basis.js';
import type { Atom } from './word-equation.js';

const EXAMPLE = fileURLToPath(new URL('../../../../examples/river-restoration.txt', import.meta.url));
const cacheDir = process.env['VECSUM_CACHE_DIR']!;
let glove: WordVectors;
let dict: WordDictionary;
let embedder: SentenceEmbedder;
let article: string;
beforeAll(() => {
  glove = loadGloveVectors({ cacheDir });
  dict = loadWordDictionary(glove, cacheDir);
  embedder = createWordVectorEmbedder(glove, { function: 'arora' });
  article = readFileSync(EXAMPLE, 'utf8');
}, 120_000);

/** Whether `word` occurs in `text` as a whole word (letters on neither side), read independently of the tokenizer. */
function occurs(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u').test(text.toLowerCase().replace(/[’‘]/g, "'"));
}

/** Every atom listed anywhere in a report. */
function listedAtoms(r: AnalysisReport): Atom[] {
  return [r.document.equation, r.gap.equation, ...r.sentences.flatMap((s) => [s.equation, s.minusDocument]), ...r.steps.map((s) => s.gap)]
    .flatMap((e) => e.atoms)
    .concat(r.steps.flatMap((s) => s.nextLoadings));
}

/** Every dimension label word of a report, with whether the report marks it outside the text. */
function labelWords(r: AnalysisReport): { word: string; marked: boolean }[] {
  const shares = [...r.sentences.flatMap((s) => s.contributions), ...r.summaryContributions, ...r.gap.dimensions];
  return shares.flatMap((c) => {
    expect(c.words).toBeDefined();
    return [...(c.words?.positive ?? []), ...(c.words?.negative ?? [])].map((word) => ({ word, marked: c.notInText?.includes(word) === true }));
  });
}

describe('the text basis on the bundled example article', () => {
  it('by default every word of every equation and every dimension label is in the text', async () => {
    const r = await analyze(article, embedder, glove, dict, { budget: { sentences: 3 }, selector: 'greedy' });
    expect(r.basis.kind).toBe('text');
    expect(r.basis.words).toBeGreaterThan(100);
    expect(r.basis.words).toBeLessThan(dict.atoms);
    const atoms = listedAtoms(r);
    expect(atoms.length).toBeGreaterThan(40);
    for (const a of atoms) {
      expect(occurs(article, a.word), a.word).toBe(true);
      expect(a.inText).toBe(true);
      expect(ENGLISH_STOPWORDS.has(a.word)).toBe(false);
    }
    const labels = labelWords(r);
    expect(labels.length).toBeGreaterThan(50);
    for (const l of labels) {
      expect(occurs(article, l.word), l.word).toBe(true);
      expect(l.marked).toBe(false);
    }
    expect(r.document.equation.atoms.slice(0, 3).map((a) => a.word)).toContain('river');
    expect(r.note).toMatch(/this text's own words/);
  });

  it('with the vocab basis, words from outside the text are marked, and only those', async () => {
    const r = await analyze(article, embedder, glove, dict, { budget: { sentences: 3 }, basis: 'vocab' });
    expect(r.basis).toEqual({ kind: 'vocab', words: dict.atoms });
    const atoms = listedAtoms(r);
    for (const a of atoms) expect(a.inText, a.word).toBe(occurs(article, a.word));
    const outside = atoms.filter((a) => a.inText === false);
    expect(outside.length).toBeGreaterThan(atoms.length / 2); // most of a fixed vocabulary's words are not in one article
    expect(atoms.some((a) => a.inText === true)).toBe(true);
    for (const l of labelWords(r)) expect(l.marked, l.word).toBe(!occurs(article, l.word));
    expect(r.note).toMatch(/marked when not in this text/);
  });

  it('reports the reconstruction quality of both bases for the same summary', async () => {
    const [text, vocab] = await compareBases(article, embedder, glove, dict);
    expect(text?.basis).toBe('text');
    expect(vocab?.basis).toBe('vocab');
    for (const fit of [text, vocab]) {
      for (const c of [fit?.document, fit?.picks, fit?.minusDocument, fit?.gap]) {
        expect(c).toBeGreaterThan(0.8);
        expect(c).toBeLessThanOrEqual(1 + 1e-9);
      }
    }
    expect(text?.listedInText).toBe(1);
    expect(vocab?.listedInText).toBeLessThan(0.5);
    // the document vector is a weighted sum of the text's words: its own words fit it at least as well
    expect(text?.document).toBeGreaterThan(vocab!.document - 0.01);
  });
});

describe('text basis words', () => {
  // real words, stopwords, numbers, names, compounds, contractions, unknown strings, punctuation
  const pool = [
    'river',
    'Flood',
    'the',
    'of',
    'and',
    "don't",
    "O'Neill's",
    'well-known',
    'cross-zzqborder',
    '48',
    '$10.9bn',
    'U.S.',
    'Ortiz',
    'qzxwv',
    'café',
    'rain.',
    'banks,',
    '"water"',
    'it',
    'is',
    'a',
    '—',
    'voted',
    'plants;',
    'wetlands',
    '(2010)',
    'x',
  ];
  const text = fc.array(fc.constantFrom(...pool), { minLength: 0, maxLength: 40 }).map((ws) => ws.join(' '));

  it('are always a subset of the document tokens the embedder reads, without stopwords', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        const words = textWords(texts, glove);
        const basis = textDictionary(words, glove, dict);
        expect(new Set(basis.words).size).toBe(basis.words.length);
        for (const w of basis.words) {
          expect(words.all.has(w)).toBe(true);
          expect(
            texts.some((t) => occurs(t, w)),
            w,
          ).toBe(true);
          expect(ENGLISH_STOPWORDS.has(w)).toBe(false);
        }
        expect(words.counts.every((c) => c >= 1)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('are the only words of every equation and label of a report on any text', async () => {
    const sentences = fc.array(text, { minLength: 1, maxLength: 4 }).map((ss) => `The river rose. ${ss.map((x) => `${x}.`).join(' ')}`);
    await fc.assert(
      fc.asyncProperty(sentences, async (t) => {
        const r = await analyze(t, embedder, glove, dict, { budget: { sentences: 2 }, top: 3 });
        const words = textWords([t], glove);
        const basis = new Set(words.rows.map((row) => glove.word(row)));
        expect(r.basis.words).toBe(basis.size);
        for (const a of listedAtoms(r)) {
          expect(basis.has(a.word), a.word).toBe(true);
          expect(a.inText).toBe(true);
        }
        for (const l of labelWords(r)) expect(basis.has(l.word), l.word).toBe(true);
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
