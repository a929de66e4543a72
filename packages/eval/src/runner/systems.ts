import { splitDocuments, type SentenceEmbedder } from '@vecsum/embeddings';
import { summarize, type SummarizeOptions } from '@vecsum/summarizer';
import type { DatasetRecord } from '../datasets/read-jsonl.js';
import type { SummaryBudget } from '../datasets/standard-setting.js';
import { greedyOracle } from '../oracle.js';
import { createRandom } from '../stats/prng.js';

/** Anything that turns a record into a summary (one sentence per line) under a budget. */
export interface System {
  readonly name: string;
  summarize(record: DatasetRecord, budget: SummaryBudget): Promise<string>;
}

/** A vecsum configuration as a system. */
export function vecsumSystem(name: string, embedder: SentenceEmbedder, options: Omit<SummarizeOptions, 'budget'> = {}): System {
  return {
    name,
    async summarize(record, budget) {
      return (await summarize({ documents: record.documents }, embedder, { ...options, budget } as SummarizeOptions)).text;
    },
  };
}

const wordsOf = (s: string) => s.trim().split(/\s+/).filter(Boolean);

/** Whole sentences of `sentences` in order while they fit the budget (the last one cut for word/byte budgets). */
function takeInOrder(sentences: readonly string[], budget: SummaryBudget): string {
  if ('sentences' in budget) return sentences.slice(0, budget.sentences).join('\n');
  if ('ratio' in budget) return sentences.slice(0, Math.max(1, Math.round(budget.ratio * sentences.length))).join('\n');
  if ('words' in budget) {
    const out: string[] = [];
    let left = budget.words;
    for (const s of sentences) {
      if (left <= 0) break;
      const w = wordsOf(s);
      out.push(w.slice(0, left).join(' '));
      left -= w.length;
    }
    return out.join('\n');
  }
  const limit = 'chars' in budget ? budget.chars : budget.bytes;
  return sentences.join('\n').slice(0, limit);
}

/**
 * LEAD: the first sentences in document order. Multi-document input (DUC 2004) follows the
 * official DUC baseline: the most recent document (the last one; documents are oldest first).
 */
export const leadSystem: System = {
  name: 'LEAD',
  async summarize(record, budget) {
    const docs = record.documents.length > 1 ? [record.documents[record.documents.length - 1] as string] : record.documents;
    return takeInOrder(splitDocuments(docs).map((s) => s.text), budget);
  },
};

/** RANDOM: sentences in a seeded random order (seed derived from the record id). */
export function randomSystem(seed = 1): System {
  return {
    name: 'RANDOM',
    async summarize(record, budget) {
      let h = seed;
      for (const ch of record.id) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
      const rnd = createRandom(h);
      const sentences = splitDocuments(record.documents).map((s) => s.text);
      for (let i = sentences.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [sentences[i], sentences[j]] = [sentences[j] as string, sentences[i] as string];
      }
      return takeInOrder(sentences, budget);
    },
  };
}

/** ORACLE: greedy ROUGE-2 extract against the references (the extractive ceiling). */
export const oracleSystem: System = {
  name: 'ORACLE',
  async summarize(record, budget) {
    const sentences = splitDocuments(record.documents).map((s) => s.text).filter((s) => wordsOf(s).length <= 100);
    const limits = 'sentences' in budget ? { maxSentences: budget.sentences } : 'words' in budget ? { maxWords: budget.words } : {};
    const { indices } = greedyOracle(sentences, record.references, limits);
    return takeInOrder([...indices].sort((a, b) => a - b).map((i) => sentences[i] as string), budget);
  },
};
