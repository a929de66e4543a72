import type { JoinComposer, Vector } from '@vecsum/embeddings';
import { dot } from '@vecsum/embeddings/math';

/**
 * cos(sentence, the rest of the text): the document vector composed without the sentence's own
 * part. The plain cosine counts a sentence's own words in the vector it is compared with, which
 * favours long sentences and the words only they use; leaving the sentence out asks how close it
 * is to everything else (exact for word-vector models, whose document vector is the sum of the
 * parts; for other models, the mean of the other sentences' vectors). O(n x d).
 */
export function restCosines(vectors: readonly Vector[], join: JoinComposer, candidates: readonly number[]): Float64Array {
  const n = vectors.length;
  const out = new Float64Array(n);
  const d = join.parts[0]?.length ?? 0;
  const total = new Float64Array(d);
  for (const part of join.parts) for (let k = 0; k < d; k++) total[k] = total[k]! + part[k]!;
  const rest = new Float32Array(d);
  const unit = new Float32Array(d);
  for (const i of candidates) {
    const own = join.parts[i]!;
    for (let k = 0; k < d; k++) rest[k] = total[k]! - own[k]!;
    const u = join.finish(rest, unit);
    out[i] = dot(vectors[i]!, u);
  }
  return out;
}
