import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWordVectorEmbedder, defaultCacheDir, embedDocument, loadGloveVectors, splitDocuments } from '@vecsum/embeddings';
import { existsSync, readFileSync } from 'node:fs';
import { loadWordDictionary, type WordDictionary } from '../word-equations/dictionary.js';
import { encode, evaluateSae, loadSae, saveSae, trainSparseAutoencoder } from './sparse-autoencoder.js';
import { interpretFeatures, steer, steerSummary } from './interpret.js';

const cacheDir = defaultCacheDir();
const DATA = new URL('../../../../../shared/data/cnndm-dev.jsonl', import.meta.url);

let dict: WordDictionary;
// the basis-word dictionary is built once (about 10 s on a cold cache) and cached beside the pack
beforeAll(() => {
  dict = loadWordDictionary(loadGloveVectors({ cacheDir }), cacheDir);
}, 120_000);

// Needs ../shared/data (research data beside the repository); skipped without it.
describe.skipIf(!existsSync(DATA))('sparse autoencoder on real sentence embeddings', () => {
  it('loss falls, L0 stays in a sparse band, features are alive and interpretable, and it round-trips a file', async () => {
    const glove = loadGloveVectors({ cacheDir });
    const embedder = createWordVectorEmbedder(glove, { function: 'arora' });
    const records = readFileSync(DATA, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { documents: string[] });
    const texts = records.flatMap((r) =>
      splitDocuments(r.documents)
        .filter((s) => s.words >= 5 && s.words <= 60)
        .map((s) => s.text),
    );
    const { vectors, empty } = await embedder.embed(texts);
    const keep = vectors.map((_, i) => i).filter((i) => !empty.includes(i));
    const data = keep.map((i) => vectors[i]!);
    const losses: number[] = [];
    const sae = trainSparseAutoencoder(data, { features: 200, epochs: 2, onProgress: (_s, _n, l) => losses.push(l) });
    const early = losses.slice(5, 15).reduce((a, b) => a + b, 0) / 10;
    const late = losses.slice(-10).reduce((a, b) => a + b, 0) / 10;
    expect(late).toBeLessThan(early);
    const m = evaluateSae(sae, data);
    expect(m.l0).toBeGreaterThan(1);
    expect(m.l0).toBeLessThan(100); // of 200 features
    expect(m.varianceExplained).toBeGreaterThan(0.2);
    expect(m.deadShare).toBeLessThan(0.5);

    const path = join(mkdtempSync(join(tmpdir(), 'vecsum-sae-')), 'sae.json');
    saveSae(sae, path);
    const back = loadSae(path);
    expect(back.preEncoderBias).toBe(false);
    for (const x of data.slice(0, 20)) {
      const a = encode(sae, x);
      const b = encode(back, x);
      for (let i = 0; i < a.length; i++) expect(b[i]).toBeCloseTo(a[i]!, 5);
    }
    // a version-1 file (no version field) was trained with the encoder seeing x - b_dec
    const v1 = join(mkdtempSync(join(tmpdir(), 'vecsum-sae-')), 'v1.json');
    const {
      version: _v,
      preEncoderBias: _p,
      ...old
    } = JSON.parse(
      JSON.stringify({ ...sae, encoder: [...sae.encoder], encoderBias: [...sae.encoderBias], decoder: [...sae.decoder], decoderBias: [...sae.decoderBias] }),
    ) as Record<string, unknown>;
    writeFileSync(v1, JSON.stringify(old));
    expect(loadSae(v1).preEncoderBias).toBe(true);
    expect(() => loadSae(path.replace('sae.json', 'missing.json'))).toThrow(/not a vecsum sparse autoencoder/);

    const features = interpretFeatures(
      sae,
      data.slice(0, 500),
      keep.slice(0, 500).map((i) => texts[i]!),
      dict,
      { top: 3 },
    );
    expect(features).toHaveLength(3);
    for (const f of features) {
      expect(f.examples.length).toBeGreaterThan(0);
      expect(f.equation.atoms.length).toBeGreaterThan(0);
    }
    const doc = await embedDocument(splitDocuments(records[0]?.documents ?? []), embedder);
    const s = steer(sae, doc.documentVector, doc.vectors as Float32Array[], features[0]?.feature ?? 0, features[0]?.maxActivation ?? 1, 3, 5);
    expect(s.before).toHaveLength(3);
    expect(s.targetCosine).toBeLessThan(1);
    // the steering check through the real summarizer: clamping far beyond the feature's range changes the picks
    const input = records[0]?.documents.join(' ') ?? '';
    const steered = await steerSummary(input, embedder, sae, features[0]?.feature ?? 0, {
      maxActivation: features[0]?.maxActivation ?? 1,
      times: 50,
      summarize: { budget: { sentences: 3 }, selector: 'greedy' },
    });
    expect(steered.before).toHaveLength(3);
    expect(steered.targetCosine).toBeLessThan(0.99);
    expect(steered.added.length).toBeGreaterThan(0);
    expect(steered.after).not.toEqual(steered.before);
    // clamping to 0 a feature that is off for this input leaves the target and the picks unchanged
    const inputVector = (await embedDocument(splitDocuments([input]), embedder)).documentVector;
    const off = encode(sae, inputVector).indexOf(0);
    expect(off).toBeGreaterThanOrEqual(0);
    const none = await steerSummary(input, embedder, sae, off, { maxActivation: 0, times: 1, summarize: { budget: { sentences: 3 }, selector: 'greedy' } });
    expect(none.targetCosine).toBeCloseTo(1, 6);
    expect(none.after).toEqual(none.before);
    const { analyze } = await import('../report/analyze.js');
    const report = await analyze(records[0]?.documents.join(' ') ?? '', embedder, glove, dict, { sae, budget: { sentences: 2 } });
    expect(report.document.features?.length).toBeGreaterThan(0);
    for (const p of report.sentences) expect(p.features?.[0]?.activation).toBeGreaterThan(0);
  });
});
