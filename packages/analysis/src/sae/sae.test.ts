import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWordVectorEmbedder, embedDocument, loadGloveVectors, splitDocuments } from '@vecsum/embeddings';
import { readFileSync } from 'node:fs';
import { loadWordDictionary } from '../word-equations/dictionary.js';
import { evaluateSae, loadSae, saveSae, trainSparseAutoencoder } from './sparse-autoencoder.js';
import { interpretFeatures, steer } from './interpret.js';

const cacheDir = process.env['VECSUM_CACHE_DIR'] as string;
const DATA = new URL('../../../../../shared/data/cnndm-dev.jsonl', import.meta.url);

describe('sparse autoencoder on real sentence embeddings', () => {
  it('loss falls, L0 stays in a sparse band, features are alive and interpretable, and it round-trips a file', async () => {
    const glove = loadGloveVectors({ cacheDir });
    const embedder = createWordVectorEmbedder(glove, { function: 'arora' });
    const records = readFileSync(DATA, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { documents: string[] });
    const texts = records.flatMap((r) => splitDocuments(r.documents).filter((s) => s.words >= 5 && s.words <= 60).map((s) => s.text));
    const { vectors, empty } = await embedder.embed(texts);
    const keep = vectors.map((_, i) => i).filter((i) => !empty.includes(i));
    const data = keep.map((i) => vectors[i] as Float32Array);
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
    expect(evaluateSae(back, data.slice(0, 50)).l0).toBeCloseTo(evaluateSae(sae, data.slice(0, 50)).l0, 6);

    const dict = loadWordDictionary(glove, cacheDir);
    const features = interpretFeatures(sae, data.slice(0, 500), keep.slice(0, 500).map((i) => texts[i] as string), dict, { top: 3 });
    expect(features).toHaveLength(3);
    for (const f of features) {
      expect(f.examples.length).toBeGreaterThan(0);
      expect(f.equation.atoms.length).toBeGreaterThan(0);
    }
    const doc = await embedDocument(splitDocuments(records[0]?.documents ?? []), embedder);
    const s = steer(sae, doc.documentVector, doc.vectors as Float32Array[], features[0]?.feature ?? 0, features[0]?.maxActivation ?? 1, 3, 5);
    expect(s.before).toHaveLength(3);
    expect(s.targetCosine).toBeLessThan(1);
    const { analyze } = await import('../report/analyze.js');
    const report = await analyze(records[0]?.documents.join(' ') ?? '', embedder, glove, dict, { sae, budget: { sentences: 2 } });
    expect(report.document.features?.length).toBeGreaterThan(0);
    for (const p of report.sentences) expect(p.features?.[0]?.activation).toBeGreaterThan(0);
  });
});
