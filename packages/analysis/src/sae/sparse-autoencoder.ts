import { readFileSync, writeFileSync } from 'node:fs';
import { createRandom, norm } from '@vecsum/embeddings/math';
import { AnalysisError } from '../errors.js';
import { adamStep, createAdam, type Gradients } from './adam.js';

/**
 * A sparse autoencoder as in "Scaling Monosemanticity", at our scale: f = ReLU(W_enc x + b_enc),
 * x̂ = W_dec f + b_dec, loss = ‖x − x̂‖² + λ Σ f_i ‖W_dec,i‖ (decoder norms not constrained).
 * Inputs are scaled by one scalar so their mean squared norm equals the dimension. As in the
 * paper there is no pre-encoder subtraction of b_dec (models saved before version 2 had one:
 * `preEncoderBias`).
 */
export interface SparseAutoencoder {
  readonly features: number;
  readonly dimensions: number;
  /** features x dimensions. */
  readonly encoder: Float32Array;
  readonly encoderBias: Float32Array;
  /** features x dimensions: row i is feature i's decoder direction. */
  readonly decoder: Float32Array;
  readonly decoderBias: Float32Array;
  /** Input scale applied before encoding. */
  readonly scale: number;
  /** Encoder sees x − b_dec (version-1 files); false for models trained now. */
  readonly preEncoderBias?: boolean;
}

export interface TrainOptions {
  /** Features (default 4 x dimensions). */
  features?: number;
  /** Final sparsity weight lambda (default 2), warmed up linearly over the first 5 % of steps. */
  lambda?: number;
  epochs?: number;
  batchSize?: number;
  /** Adam learning rate (default 3e-3), decayed linearly to 0 over the last 20 % of steps. */
  learningRate?: number;
  seed?: number;
  onProgress?: (step: number, steps: number, loss: number) => void;
}

export interface SaeMetrics {
  /** Mean number of active features per input. */
  readonly l0: number;
  /** 1 - residual variance / total variance. */
  readonly varianceExplained: number;
  /** Share of features never active on the evaluation set. */
  readonly deadShare: number;
  readonly loss: number;
}

/** Feature activations of one input (scaled internally). */
export function encode(sae: SparseAutoencoder, x: ArrayLike<number>, out = new Float32Array(sae.features)): Float32Array {
  const { dimensions: d, features: f, encoder, encoderBias, decoderBias, scale } = sae;
  const centre = sae.preEncoderBias === true ? 1 : 0;
  for (let i = 0; i < f; i++) {
    let s = encoderBias[i]!;
    const base = i * d;
    for (let j = 0; j < d; j++) s += encoder[base + j]! * (x[j]! * scale - centre * decoderBias[j]!);
    out[i] = s > 0 ? s : 0;
  }
  return out;
}

/** Reconstruction (in input units) from activations. */
export function decode(sae: SparseAutoencoder, f: ArrayLike<number>): Float32Array {
  const { dimensions: d, decoder, decoderBias, scale } = sae;
  const out = Float32Array.from(decoderBias);
  for (let i = 0; i < sae.features; i++) {
    const a = f[i]!;
    if (a === 0) continue;
    for (let j = 0; j < d; j++) out[j] = out[j]! + a * decoder[i * d + j]!;
  }
  for (let j = 0; j < d; j++) out[j] = out[j]! / scale;
  return out;
}

/** The untrained model: input scale from the data, decoder rows random with norm 0.1, encoder tied (its transpose). */
function initialModel(data: readonly Float32Array[], d: number, f: number, rnd: () => number): SparseAutoencoder {
  const meanSq = data.reduce((a, v) => a + v.reduce((s, x) => s + x * x, 0), 0) / data.length;
  const scale = Math.sqrt(d / (meanSq || 1));
  const gauss = () => Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd());
  const decoder = new Float32Array(f * d).map(() => gauss());
  for (let i = 0; i < f; i++) {
    const row = decoder.subarray(i * d, (i + 1) * d);
    const n = norm(row) || 1;
    for (let j = 0; j < d; j++) row[j] = (row[j]! / n) * 0.1;
  }
  const encoder = new Float32Array(f * d);
  for (let i = 0; i < f; i++) for (let j = 0; j < d; j++) encoder[i * d + j] = decoder[i * d + j]!; // tied init (transpose)
  return { features: f, dimensions: d, encoder, encoderBias: new Float32Array(f), decoder, decoderBias: new Float32Array(d), scale };
}

/** Per-example buffers of the backward pass. */
interface Scratch {
  readonly act: Float32Array<ArrayBuffer>;
  readonly xs: Float64Array;
  readonly r: Float64Array;
}

/**
 * One example's forward and backward pass: adds its loss ‖x̂ − x‖² + lam Σ f_i ‖W_dec,i‖ (input
 * scaled) to `loss` and its gradients to `grads`; returns the new loss.
 */
function backpropagate(sae: SparseAutoencoder, x: Float32Array, lam: number, grads: Gradients, s: Scratch, loss: number): number {
  const { dimensions: d, features: f, scale, decoder } = sae;
  const [gEnc, gEncB, gDec, gDecB] = grads;
  const { act, xs, r } = s;
  for (let j = 0; j < d; j++) xs[j] = x[j]! * scale;
  encode(sae, x, act);
  for (let j = 0; j < d; j++) r[j] = sae.decoderBias[j]! - x[j]! * scale;
  for (let i = 0; i < f; i++) {
    const a = act[i]!;
    if (a === 0) continue;
    for (let j = 0; j < d; j++) r[j] = r[j]! + a * decoder[i * d + j]!;
  }
  for (let j = 0; j < d; j++) loss += r[j]! ** 2;
  for (let j = 0; j < d; j++) gDecB[j] = gDecB[j]! + 2 * r[j]!;
  for (let i = 0; i < f; i++) {
    const a = act[i]!;
    if (a === 0) continue;
    let dn = 0;
    let rd = 0;
    for (let j = 0; j < d; j++) {
      const w = decoder[i * d + j]!;
      dn += w * w;
      rd += r[j]! * w;
    }
    dn = Math.sqrt(dn) || 1e-12;
    loss += lam * a * dn;
    for (let j = 0; j < d; j++) gDec[i * d + j] = gDec[i * d + j]! + 2 * r[j]! * a + lam * a * (decoder[i * d + j]! / dn);
    const gPre = 2 * rd + lam * dn;
    gEncB[i] = gEncB[i]! + gPre;
    for (let j = 0; j < d; j++) gEnc[i * d + j] = gEnc[i * d + j]! + gPre * xs[j]!;
  }
  return loss;
}

/** Fisher-Yates shuffle in place. */
function shuffle(order: number[], rnd: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

/** Trains on a set of vectors with Adam, lambda warm-up, LR decay and gradient-norm clipping at 1. */
export function trainSparseAutoencoder(data: readonly Float32Array[], options: TrainOptions = {}): SparseAutoencoder {
  const first = data[0];
  if (first === undefined) throw new AnalysisError('EMPTY_INPUT', 'no vectors to train on');
  const d = first.length;
  const lambda = options.lambda ?? 2;
  const epochs = options.epochs ?? 3;
  const batch = options.batchSize ?? 64;
  const lr0 = options.learningRate ?? 3e-3;
  const rnd = createRandom(options.seed ?? 1);
  const sae = initialModel(data, d, options.features ?? 4 * d, rnd);
  const adam = createAdam(sae);
  const scratch: Scratch = { act: new Float32Array(sae.features), xs: new Float64Array(d), r: new Float64Array(d) };
  const steps = Math.max(1, Math.floor((epochs * data.length) / batch));
  const order = data.map((_, i) => i);
  for (let step = 0; step < steps; step++) {
    if ((step * batch) % data.length < batch) shuffle(order, rnd);
    const lam = lambda * Math.min(1, step / Math.max(1, steps * 0.05));
    for (const g of adam.grads) g.fill(0);
    let loss = 0;
    for (let b = 0; b < batch; b++) loss = backpropagate(sae, data[order[(step * batch + b) % order.length]!]!, lam, adam.grads, scratch, loss);
    adamStep(adam, step > steps * 0.8 ? lr0 * ((steps - step) / (steps * 0.2)) : lr0, batch);
    options.onProgress?.(step + 1, steps, loss / batch);
  }
  return sae;
}

/** L0, variance explained, dead-feature share and loss on a set of vectors. */
export function evaluateSae(sae: SparseAutoencoder, data: readonly Float32Array[], lambda = 2): SaeMetrics {
  const d = sae.dimensions;
  const mean = new Float64Array(d);
  for (const x of data) for (let j = 0; j < d; j++) mean[j] = mean[j]! + x[j]! / data.length;
  let active = 0;
  let residual = 0;
  let total = 0;
  let loss = 0;
  const ever = new Uint8Array(sae.features);
  const f = new Float32Array(sae.features);
  for (const x of data) {
    encode(sae, x, f);
    const xh = decode(sae, f);
    for (let i = 0; i < sae.features; i++) {
      if (f[i]! > 0) {
        active++;
        ever[i] = 1;
        let dn = 0;
        for (let j = 0; j < d; j++) dn += sae.decoder[i * d + j]! ** 2;
        loss += lambda * f[i]! * Math.sqrt(dn);
      }
    }
    for (let j = 0; j < d; j++) {
      residual += (x[j]! - xh[j]!) ** 2;
      total += (x[j]! - mean[j]!) ** 2;
      loss += ((x[j]! - xh[j]!) * sae.scale) ** 2;
    }
  }
  return {
    l0: active / data.length,
    varianceExplained: total === 0 ? 0 : 1 - residual / total,
    deadShare: 1 - ever.reduce((a, b) => a + b, 0) / sae.features,
    loss: loss / data.length,
  };
}

/** Saves a model as JSON (arrays of numbers). */
export function saveSae(sae: SparseAutoencoder, path: string): void {
  const { encoder, encoderBias, decoder, decoderBias, ...rest } = sae;
  writeFileSync(
    path,
    JSON.stringify({
      version: 2,
      ...rest,
      preEncoderBias: sae.preEncoderBias === true,
      encoder: Array.from(encoder),
      encoderBias: Array.from(encoderBias),
      decoder: Array.from(decoder),
      decoderBias: Array.from(decoderBias),
    }),
  );
}

export function loadSae(path: string): SparseAutoencoder {
  try {
    const j = JSON.parse(readFileSync(path, 'utf8')) as {
      version?: number;
      preEncoderBias?: boolean;
      features: number;
      dimensions: number;
      scale: number;
      encoder: number[];
      encoderBias: number[];
      decoder: number[];
      decoderBias: number[];
    };
    if (j.encoder.length !== j.features * j.dimensions || j.decoder.length !== j.features * j.dimensions) throw new Error('shape mismatch');
    return {
      features: j.features,
      dimensions: j.dimensions,
      scale: j.scale,
      // version-1 files (no version field) were trained with the encoder seeing x − b_dec
      preEncoderBias: j.version === undefined ? true : j.preEncoderBias === true,
      encoder: Float32Array.from(j.encoder),
      encoderBias: Float32Array.from(j.encoderBias),
      decoder: Float32Array.from(j.decoder),
      decoderBias: Float32Array.from(j.decoderBias),
    };
  } catch (cause) {
    throw new AnalysisError('INVALID_ARGUMENT', `${path} is not a vecsum sparse autoencoder`, { cause });
  }
}
