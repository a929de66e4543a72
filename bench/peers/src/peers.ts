import { createRequire } from 'node:module';
import type { System } from '@vecsum/eval';

const require = createRequire(import.meta.url);
type Budget = Parameters<System['summarize']>[1];

/** Sentence count a peer is asked for: its only knob. Word budgets ask for 5 (cut to length by ROUGE -l). */
const sentencesFor = (budget: Budget): number => ('sentences' in budget ? budget.sentences : 'words' in budget ? Math.max(1, Math.round(budget.words / 20)) : 3);
const joined = (docs: readonly string[]) => docs.join('\n\n');

/** `lexrank` (npm): LexRank with its own tokenizer; callback API. */
export const lexrankPeer: System = {
  name: 'npm:lexrank',
  summarize: (record, budget) =>
    new Promise((resolve, reject) => {
      const lexrank = require('lexrank') as { summarize(text: string, n: number, cb: (err: unknown, top: { text: string }[]) => void): void };
      lexrank.summarize(joined(record.documents), sentencesFor(budget), (err, top) => (err ? reject(err) : resolve(top.map((t) => t.text.trim()).join('\n'))));
    }),
};

/** `node-summarizer` (npm): TextRank-style ranking (getSummaryByRank). */
export const nodeSummarizerPeer: System = {
  name: 'npm:node-summarizer',
  async summarize(record, budget) {
    const { SummarizerManager } = require('node-summarizer') as { SummarizerManager: new (text: string, n: number) => { getSummaryByRank(): Promise<{ summary: string }> } };
    const out = await new SummarizerManager(joined(record.documents), sentencesFor(budget)).getSummaryByRank();
    return out.summary;
  },
};

/** `sum` (npm): frequency-based sentence scoring. */
export const sumPeer: System = {
  name: 'npm:sum',
  async summarize(record, budget) {
    const sum = require('sum') as (opts: { corpus: string; nSentences: number }) => { sentences: string[] };
    return sum({ corpus: joined(record.documents), nSentences: sentencesFor(budget) }).sentences.join('\n');
  },
};

/** `text-summarization` (npm): tf-idf plus heuristics (extractive output). */
export const textSummarizationPeer: System = {
  name: 'npm:text-summarization',
  async summarize(record, budget) {
    const summarize = require('text-summarization') as (opts: { text: string; minNumSentences: number; maxNumSentences: number; media: boolean }) => Promise<{ extractive: string[] }>;
    const n = sentencesFor(budget);
    return (await summarize({ text: joined(record.documents), minNumSentences: n, maxNumSentences: n, media: false })).extractive.join('\n');
  },
};

/** `node-summary` (npm): one best sentence per paragraph; ignores the length asked. */
export const nodeSummaryPeer: System = {
  name: 'npm:node-summary',
  summarize: (record) =>
    new Promise((resolve, reject) => {
      const tool = require('node-summary') as { summarize(title: string, content: string, cb: (err: unknown, s: string) => void): void };
      tool.summarize('', joined(record.documents), (err, s) => (err ? reject(err) : resolve(s)));
    }),
};

export const PEERS: readonly System[] = [lexrankPeer, nodeSummarizerPeer, sumPeer, textSummarizationPeer, nodeSummaryPeer];
