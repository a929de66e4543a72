import { createWordVectorEmbedder, splitDocuments } from '@vecsum/embeddings';
import { evaluateSae, interpretFeatures, loadWordDictionary, saveSae, steerSummary, trainSparseAutoencoder } from '@vecsum/analysis';
import { readJsonlDataset } from '@vecsum/eval';
import { numberFlag, parse } from '../args.js';
import { loadDefaultVectors, resolveCacheDir } from '../config.js';
import { CliError } from '../errors.js';
import { createProgress } from '../io/progress.js';

export const SAE_HELP = `vecsum sae DATA.jsonl [options]

Train a sparse autoencoder on the arora sentence embeddings of a corpus, report L0, variance
explained and dead features on held-out sentences (every 10th), interpret the most frequent
features (top sentences, word equation of the decoder direction) and run a steering check:
the most frequent feature clamped to 5x its maximum in the first record's document vector
(error term kept), greedy re-run on that target, picks compared.

  --features N    dictionary size (default 400)
  --lambda L      sparsity weight (default 2)
  --epochs N      (default 3)
  --out FILE      save the model (JSON)
  --format F      text (default) or json
  --cache-dir DIR cache folder
`;

const OPTIONS = {
  features: { type: 'string' },
  lambda: { type: 'string' },
  epochs: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  'cache-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Flags = ReturnType<typeof parse<typeof OPTIONS>>['values'];
type Embedder = ReturnType<typeof createWordVectorEmbedder>;

/** The sentences embedded; the non-empty ones split into training and held out (every 10th). */
async function embedCorpus(texts: readonly string[], embedder: Embedder) {
  const { vectors: all, empty } = await embedder.embed(texts);
  const idx = all.map((_, i) => i).filter((i) => !empty.includes(i));
  const trainIdx = idx.filter((_, k) => k % 10 !== 0);
  const heldIdx = idx.filter((_, k) => k % 10 === 0);
  return { all, trainIdx, heldIdx };
}

/** Trains the SAE with a progress line; the model and its training time. */
function train(data: Float32Array[], v: Flags, lambda: number) {
  const progress = createProgress('training SAE');
  const t = performance.now();
  const sae = trainSparseAutoencoder(data, {
    features: numberFlag('features', v.features, true) ?? 400,
    lambda,
    epochs: numberFlag('epochs', v.epochs, true) ?? 3,
    onProgress: (step, steps) => progress({ phase: 'steps', done: step, total: steps }),
  });
  progress.done();
  return { sae, trainMs: performance.now() - t };
}

export async function runSae(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values: v, positionals } = parse(argv, OPTIONS);
  if (v.help === true) {
    out.write(SAE_HELP);
    return 0;
  }
  const file = positionals[0];
  if (file === undefined) throw new CliError('USAGE', 'give a JSONL dataset to train on');
  const cacheDir = resolveCacheDir(v['cache-dir']);
  const vectors = loadDefaultVectors(cacheDir);
  const embedder = createWordVectorEmbedder(vectors, { function: 'arora' });
  const records = await readJsonlDataset(file);
  const texts = records.flatMap((r) =>
    splitDocuments(r.documents)
      .filter((s) => s.words >= 5 && s.words <= 60)
      .map((s) => s.text),
  );
  const { all, trainIdx, heldIdx } = await embedCorpus(texts, embedder);
  const lambda = numberFlag('lambda', v.lambda) ?? 2;
  const { sae, trainMs } = train(
    trainIdx.map((i) => all[i]!),
    v,
    lambda,
  );
  const held = heldIdx.map((i) => all[i]!);
  const metrics = evaluateSae(sae, held, lambda);
  if (v.out !== undefined) saveSae(sae, v.out);
  const dict = loadWordDictionary(vectors, cacheDir);
  const heldTexts = heldIdx.map((i) => texts[i]!);
  const features = interpretFeatures(sae, held, heldTexts, dict, { top: 8 });
  const first = records[0];
  const top = features[0];
  const steering =
    first === undefined || top === undefined
      ? null
      : await steerSummary({ documents: first.documents }, embedder, sae, top.feature, {
          maxActivation: top.maxActivation,
          times: 5,
          summarize: { budget: { sentences: 3 }, selector: 'greedy' },
        });
  const result: SaeResult = {
    sentences: { train: trainIdx.length, heldOut: heldIdx.length },
    features: sae.features,
    trainMs,
    metrics,
    topFeatures: features,
    steering,
  };
  out.write(v.format === 'json' ? `${JSON.stringify(result)}\n` : textReport(result));
  return 0;
}

interface SaeResult {
  readonly sentences: { readonly train: number; readonly heldOut: number };
  readonly features: number;
  readonly trainMs: number;
  readonly metrics: ReturnType<typeof evaluateSae>;
  readonly topFeatures: ReturnType<typeof interpretFeatures>;
  readonly steering: Awaited<ReturnType<typeof steerSummary>> | null;
}

/** The text form of a training run: metrics, each feature's word equation and examples, the steering check. */
function textReport(r: SaeResult): string {
  const lines = [
    `trained on ${r.sentences.train} sentences (${r.sentences.heldOut} held out), ${r.features} features, ${(r.trainMs / 1000).toFixed(1)} s`,
    `held out: L0 ${r.metrics.l0.toFixed(1)}, variance explained ${(100 * r.metrics.varianceExplained).toFixed(1)} %, dead` +
      ` ${(100 * r.metrics.deadShare).toFixed(1)} %`,
    '',
  ];
  for (const f of r.topFeatures) {
    lines.push(
      `feature ${f.feature} (fires on ${(100 * f.frequency).toFixed(1)} %): ${f.equation.atoms
        .slice(0, 6)
        .map((a) => `${a.weight >= 0 ? '+' : '-'}${Math.abs(a.weight).toFixed(2)}·${a.word}`)
        .join(' ')}`,
    );
    for (const e of f.examples.slice(0, 2)) lines.push(`    ${e.activation.toFixed(2)}  ${e.text.replace(/\s+/g, ' ').slice(0, 100)}`);
  }
  const steering = r.steering;
  if (steering !== null) {
    lines.push(
      '',
      `steering: feature ${steering.feature} clamped to ${steering.clampedTo.toFixed(2)} in the first record's document vector (cos` +
        ` to original ${steering.targetCosine.toFixed(3)}): ${steering.selector} picks ${steering.before.join(',')} ->` +
        ` ${steering.after.join(',')} (added ${steering.added.join(',') || '-'}, removed ${steering.removed.join(',') || '-'})`,
    );
  }
  return `${lines.join('\n')}\n`;
}
