/**
 * Per-item time of vecsum and the two npm peers the targets name, on the same records,
 * interleaved item by item in one process (each round visits every item, and every system on
 * it, in turn), median over rounds and items. The peers are timed on their library call alone
 * (text in, ranked sentences out), vecsum on the whole `summarize` (split, embed, score,
 * select, explain), so the comparison does not flatter vecsum.
 */
import { createRequire } from 'node:module';
import type { SentenceEmbedder } from '@vecsum/embeddings';
import { resolveStandardBudget, standardSetting, type DatasetRecord } from '@vecsum/eval';
import { summarize, type SelectorChoice } from '@vecsum/summarizer';
import { sentencesToRequest, textOf } from '../peers.js';
import { median as medianOf } from '@vecsum/embeddings/math';

export interface Timed {
  readonly system: string;
  /** Median wall ms per item; NaN when the system could not run. */
  readonly ms: number;
  /** Median CPU ms per item (user + system of this process: less sensitive to other load). */
  readonly cpuMs: number;
  readonly note?: string;
}

type Run = (record: DatasetRecord) => Promise<unknown> | unknown;

interface LexrankModule {
  summarize(text: string, lines: number, callback: (err: unknown, lines: unknown[]) => void): void;
}
type NodeSummarizerModule = { SummarizerManager: new (text: string, sentences: number) => { getSummaryByFrequency(): unknown } };

/**
 * The systems timed, by name: vecsum's selectors, then (unless `withPeers` is false, and only
 * then are they loaded) `lexrank (npm)` and `node-summarizer frequency (npm)`.
 */
export function itemSystems(embedder: SentenceEmbedder, dataset: string, selectors: readonly SelectorChoice[], withPeers = true): Map<string, Run> {
  const setting = standardSetting(dataset);
  const systems = new Map<string, Run>();
  for (const selector of selectors) {
    systems.set(`vecsum ${selector}`, (r) =>
      summarize({ documents: r.documents }, embedder, { budget: resolveStandardBudget(setting, r), selector, truncate: true }),
    );
  }
  if (!withPeers) return systems;
  const req = createRequire(import.meta.url);
  const lexrank = req('lexrank') as LexrankModule;
  systems.set(
    'lexrank (npm)',
    (r) => new Promise((resolve, reject) => lexrank.summarize(textOf(r), 1_000_000, (err, lines) => (err ? reject(err) : resolve(lines)))),
  );
  const ns = req('node-summarizer') as NodeSummarizerModule;
  const k = new WeakMap<DatasetRecord, number>();
  systems.set('node-summarizer frequency (npm)', (r) => {
    // how many sentences to ask for is worked out once, outside the timed call
    let n = k.get(r);
    if (n === undefined) k.set(r, (n = sentencesToRequest(textOf(r), resolveStandardBudget(setting, r))));
    return new ns.SummarizerManager(textOf(r), n).getSummaryByFrequency();
  });
  return systems;
}

const median = (xs: number[]): number => (xs.length === 0 ? NaN : medianOf(xs));

/** Median ms per item of every system, `rounds` interleaved rounds (the first one a warm-up, not counted). */
export async function timeItems(records: readonly DatasetRecord[], systems: Map<string, Run>, rounds: number): Promise<Timed[]> {
  const times = new Map<string, number[]>([...systems.keys()].map((name) => [name, []]));
  const cpu = new Map<string, number[]>([...systems.keys()].map((name) => [name, []]));
  const failed = new Map<string, string>();
  for (const r of records) for (const run of systems.values()) await run(r); // warm-up (and the sentence counts)
  for (let round = 0; round < rounds; round++) {
    for (const r of records) {
      for (const [name, run] of systems) {
        if (failed.has(name)) continue;
        const t = performance.now();
        const c = process.cpuUsage();
        try {
          await run(r);
        } catch (e) {
          failed.set(name, e instanceof Error ? e.message.split('\n')[0]! : String(e));
          continue;
        }
        times.get(name)?.push(performance.now() - t);
        const used = process.cpuUsage(c);
        cpu.get(name)?.push((used.user + used.system) / 1000);
      }
    }
  }
  return [...systems.keys()].map((system) => {
    const note = failed.get(system);
    return note === undefined ? { system, ms: median(times.get(system) ?? []), cpuMs: median(cpu.get(system) ?? []) } : { system, ms: NaN, cpuMs: NaN, note };
  });
}
