import { splitDocuments, type SentenceEmbedder } from '@vecsum/embeddings';
import { createRandom } from '@vecsum/embeddings/math';
import { costOf, fitRanked, resolveBudget, roomLeft, summarize, summaryCost, type Budget, type SummarizeOptions } from '@vecsum/summarizer';
import type { DatasetRecord } from '../datasets/read-jsonl.js';
import type { StandardSetting } from '../datasets/standard-setting.js';
import { greedyOracle } from '../oracle.js';
import { createRougeScorer } from '../rouge/rouge.js';

/**
 * Anything that turns a record into a summary (one sentence per line): vecsum configurations,
 * baselines, npm peers. `budget` is the dataset's standard budget resolved for this record;
 * `setting` is the whole protocol, for systems that need it (the oracle).
 */
export interface System {
  readonly name: string;
  summarize(record: DatasetRecord, budget: Budget, setting: StandardSetting): Promise<string>;
}

/**
 * A vecsum configuration as a system: `summarize({ documents }, embedder, { ...options, budget })`.
 * `options` may depend on the record (e.g. `withCrossValidatedModel`).
 *
 * @example vecsumSystem('arora/greedy', embedder, { selector: 'greedy', truncate: true })
 */
export function vecsumSystem(
  name: string,
  embedder: SentenceEmbedder,
  options: SystemOptions | ((record: DatasetRecord, setting: StandardSetting) => SystemOptions) = {},
): System {
  return {
    name,
    async summarize(record, budget, setting) {
      const own = typeof options === 'function' ? options(record, setting) : options;
      return (await summarize({ documents: record.documents }, embedder, { ...own, budget } as SummarizeOptions)).text;
    },
  };
}

/** Summarize options of a vecsum system, all but the budget (the dataset's). */
export type SystemOptions = Omit<SummarizeOptions, 'budget'>;

const sentencesOf = (documents: readonly string[]): string[] => splitDocuments(documents).map((s) => s.text);

/**
 * LEAD: the first sentences in document order, the last one cut to fill a word budget.
 * Multi-document records (DUC 2004) follow the official DUC baseline: the first words of the
 * most recent document, `documents[documents.length - 1]` (the data files order documents
 * oldest first).
 */
export const leadSystem: System = {
  name: 'LEAD',
  async summarize(record, budget) {
    const docs = record.documents.length > 1 ? [record.documents[record.documents.length - 1]!] : record.documents;
    return fitRanked(sentencesOf(docs), budget).join('\n');
  },
};

/** Seed of one record: the run seed mixed with the record id, so items are independent of order. */
function recordSeed(seed: number, id: string): number {
  let h = seed | 0;
  for (const ch of id) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h;
}

/**
 * RANDOM: sentences in a seeded random order until the budget is used (the last one cut to
 * fill a word budget), output in document order. Deterministic per (seed, record id).
 */
export function randomSystem(seed = 1): System {
  return {
    name: 'RANDOM',
    async summarize(record, budget) {
      const sentences = sentencesOf(record.documents);
      const order = sentences.map((_, i) => i);
      const rnd = createRandom(recordSeed(seed, record.id));
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      return fitRanked(
        order.map((i) => sentences[i]!),
        budget,
        order,
      ).join('\n');
    },
  };
}

/** Candidates of the oracle: as vecsum's default, sentences over 100 words are left out. */
const ORACLE_MAX_SENTENCE_WORDS = 100;

/**
 * ORACLE: the greedy ROUGE-2 extract against the references (the extractive ceiling, and the
 * paper's `find_summary`), scored with the dataset's own ROUGE options. The greedy search adds
 * whole sentences that fit the budget (a ratio is of the document's sentences); under a word,
 * character or byte budget it then fills what is left with the prefix of the sentence that
 * raises ROUGE-2 (then ROUGE-1) F1 most, cut by the summarizer's fitter as the other systems
 * cut their last sentence. Output in document order.
 */
export const oracleSystem: System = {
  name: 'ORACLE',
  async summarize(record, budget, setting) {
    const all = sentencesOf(record.documents);
    const candidates = all.map((s, i) => [s, i] as const).filter(([s]) => costOf(s, 'words') <= ORACLE_MAX_SENTENCE_WORDS);
    const sentences = candidates.map(([s]) => s);
    const { metrics: _metrics, ...rouge } = setting.rouge;
    const fixed: Budget = 'ratio' in budget ? { sentences: resolveBudget(budget, all.length).limit } : budget;
    const { indices, rouge2F1, rouge1F1 } = greedyOracle(sentences, record.references, { budget: fixed, rouge });
    const picked = indices.map((i) => sentences[i]!);
    const resolved = resolveBudget(fixed, all.length);
    if (resolved.unit === 'sentences' || roomLeft(resolved, summaryCost(picked, resolved.unit), picked.length) <= 0) return picked.join('\n');
    // Fill the rest with the best cut of one more sentence, kept in document order.
    const scorer = createRougeScorer(record.references, { ...rouge, metrics: ['rouge1', 'rouge2'] });
    const chosen = new Set(indices);
    let best: { text: string; r2: number; r1: number } = { text: picked.join('\n'), r2: rouge2F1, r1: rouge1F1 };
    for (let i = 0; i < sentences.length; i++) {
      if (chosen.has(i)) continue;
      const text = fitRanked([...picked, sentences[i]!], fixed, [...indices, i]).join('\n');
      const s = scorer.score(text);
      if (s.rouge2.f1 > best.r2 + 1e-12 || (Math.abs(s.rouge2.f1 - best.r2) <= 1e-12 && s.rouge1.f1 > best.r1 + 1e-12)) {
        best = { text, r2: s.rouge2.f1, r1: s.rouge1.f1 };
      }
    }
    return best.text;
  },
};
