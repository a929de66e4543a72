import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWordVectorEmbedder, defaultCacheDir, loadGloveVectors, type WordVectors } from '@vecsum/embeddings';
import { dot, norm } from '@vecsum/embeddings/math';
import { fista } from '../lasso/fista.js';
import { DEFAULT_DICTIONARY_SIZE, dictionaryFile, loadWordDictionary, tagVocabulary, type WordDictionary } from './dictionary.js';
import { sparseCode, wordEquation } from './word-equation.js';

const cacheDir = defaultCacheDir();
let glove: WordVectors;
let dict: WordDictionary;

beforeAll(() => {
  glove = loadGloveVectors({ cacheDir });
  dict = loadWordDictionary(glove, cacheDir); // built once (about 10 s), then read from the cache
}, 120_000);

describe('basis-word dictionary', () => {
  it('has the default size, orthonormal syntactic atoms, and basis atoms orthogonal to them', () => {
    expect(dict.atoms).toBe(DEFAULT_DICTIONARY_SIZE);
    expect(dict.words).toHaveLength(dict.atoms);
    expect(new Set(dict.words).size).toBe(dict.atoms);
    const names = dict.syntactic.map((s) => s.name);
    expect(names[0]).toBe('C0');
    expect(names).toEqual(expect.arrayContaining(['POS-NOUN', 'POS-VERB', 'POS-ADJ', 'PLURAL-NOUN', 'PAST-TENSE', 'PARTICIPLE']));
    dict.syntactic.forEach((a, i) => dict.syntactic.forEach((b, j) => expect(dot(a.vector, b.vector)).toBeCloseTo(i === j ? 1 : 0, 4)));
    for (let k = 0; k < dict.atoms; k += 97) {
      const row = dict.matrix.subarray(k * dict.dimensions, (k + 1) * dict.dimensions);
      expect(norm(row)).toBeCloseTo(1, 4);
      for (const s of dict.syntactic) expect(Math.abs(dot(row, s.vector))).toBeLessThan(1e-4);
    }
    expect(dict.info?.buildMs).toBeGreaterThan(0);
    expect(dict.info?.candidates).toBeGreaterThan(dict.atoms);
  });

  it('chooses frequent content words: no function words or common names, one form per lemma', () => {
    const words = new Set(dict.words);
    for (const w of ['the', 'which', 'they', 'john', 'china', 'washington', 'also', 'very']) expect(words.has(w)).toBe(false);
    const lemmaClash = dict.words.filter((w) => words.has(`${w}s`) && !w.endsWith('s'));
    expect(lemmaClash.length).toBeLessThan(dict.atoms * 0.01);
    for (const r of dict.rows) expect(r).toBeLessThan(30_000);
  });

  it('tags bare words with compromise (POS, inflection, lemma)', () => {
    const rows = ['river', 'rivers', 'flooded', 'running', 'beautiful', 'john', 'the'].map((w) => glove.indexOf(w));
    const tags = tagVocabulary(glove, 20_000);
    const [river, rivers, flooded, running, beautiful, john, the] = rows.map((r) => tags.get(r));
    expect(river?.pos).toBe('NOUN');
    expect(rivers).toMatchObject({ pos: 'NOUN', form: 'PLURAL', root: 'river' });
    expect(flooded).toMatchObject({ pos: 'VERB', form: 'PAST', root: 'flood' });
    expect(running).toMatchObject({ pos: 'VERB', form: 'GERUND', root: 'run' });
    expect(beautiful?.pos).toBe('ADJ');
    expect(john?.pos).toBe('PROPN');
    expect(the?.pos).toBe('FUNCTION');
  });

  it('reads the cached file back to the same dictionary, without rebuilding it', () => {
    // a copy of the cache file with a marker in its info: only a dictionary read from it has the marker
    const name = dictionaryFile(glove);
    const saved = JSON.parse(readFileSync(join(cacheDir, name), 'utf8')) as { info: object };
    const dir = mkdtempSync(join(tmpdir(), 'vecsum-dictionary-'));
    writeFileSync(join(dir, name), JSON.stringify({ ...saved, info: { ...saved.info, marker: 'read from the cache' } }));
    const again = loadWordDictionary(glove, dir);
    const { marker, ...info } = again.info as NonNullable<typeof again.info> & { marker?: string };
    expect(marker).toBe('read from the cache');
    expect(again.words).toEqual(dict.words);
    again.syntactic.forEach((s, i) => expect(dot(s.vector, dict.syntactic[i]?.vector ?? [])).toBeCloseTo(1, 5));
    expect(info).toEqual(dict.info);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('word equations on GloVe', () => {
  it('a basis word recovers itself when not excluded, and is absent when excluded', () => {
    for (const k of [0, 10, 500, 1500]) {
      const word = dict.words[k]!;
      const v = glove.row(glove.indexOf(word));
      const own = wordEquation(v, dict);
      expect(own.atoms[0]?.word).toBe(word);
      expect(own.reconstructionCosine).toBeGreaterThan(0.95);
      const excluded = wordEquation(v, dict, { excludeWord: word, top: 1000 });
      expect(excluded.atoms.map((a) => a.word)).not.toContain(word);
      expect(excluded.reconstructionCosine).toBeLessThan(own.reconstructionCosine);
    }
  });

  it('reconstruction improves as alpha falls, at the cost of more atoms', () => {
    for (const word of ['election', 'river', 'hospital']) {
      const v = glove.row(glove.indexOf(word));
      const eqs = [0.3, 0.1, 0.03, 0.01].map((alpha) => wordEquation(v, dict, { alpha, excludeWord: word }));
      for (let i = 1; i < eqs.length; i++) expect(eqs[i]?.reconstructionCosine).toBeGreaterThan(eqs[i - 1]!.reconstructionCosine);
      expect(eqs[1]?.l0).toBeGreaterThan(eqs[0]!.l0);
      expect(eqs[3]?.l0).toBeGreaterThan(eqs[1]!.l0);
    }
  });

  it('the working-set solve reaches the same optimum as the full solve', () => {
    const code = sparseCode(glove.row(glove.indexOf('storm')), dict, { excludeWord: 'storm' });
    const rest = Float32Array.from(code.reconstruction); // any vector in the span will do
    const opts = { alpha: 0.05, tolerance: 1e-7, maxIterations: 20_000, threshold: 0 };
    const full = fista(rest, dict, opts);
    const ws = fista(rest, dict, { ...opts, workingSet: 128 });
    let diff = 0;
    for (let a = 0; a < dict.atoms; a++) diff = Math.max(diff, Math.abs(full.weights[a]! - ws.weights[a]!));
    expect(diff).toBeLessThan(1e-3);
  });

  it('names water words for river-and-flood sentences, and syntactic atoms by projection', async () => {
    const e = createWordVectorEmbedder(glove, { function: 'arora' });
    const { vectors } = await e.embed([
      'Heavy rain flooded the river valley and forced families from their homes.',
      'The river burst its banks and water poured into the streets of the town.',
    ]);
    for (const v of vectors) {
      const eq = wordEquation(v, dict, { top: 10 });
      expect(eq.atoms.map((a) => a.word).join(' ')).toMatch(/flood|water|rain|river|creek|lake|stream|mud|wet/);
      expect(eq.reconstructionCosine).toBeGreaterThan(0.8);
      // an arora vector has its common component removed: C0's coefficient is about 0
      expect(Math.abs(eq.syntactic.find((s) => s.name === 'C0')?.weight ?? 1)).toBeLessThan(0.05);
    }
  });
});
