import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA_DIR } from '../test-support/shared-data.js';
import { roundAsRouge155 } from './aggregate.js';
import { createRougeScorer } from './rouge.js';
import type { RougeMetric, RougeOptions } from './types.js';

/*
 * Official ROUGE-1.5.5 figures, item by item: `../shared/rouge/expected/<setting>.jsonl` (see
 * its README) holds, for LEAD, RANDOM and ORACLE on every dev record, the exact lines given to
 * the Perl scorer, its command line and the R/P/F it printed for each measure. Every figure of
 * every item must come out of `createRougeScorer` within 0.001 (the percentages are printed to
 * 3 decimals). The options are read from each item's own command line, not from this file.
 */
const EXPECTED_DIR = join(SHARED_DATA_DIR, '..', 'rouge', 'expected');
const HAS_EXPECTED = existsSync(EXPECTED_DIR);
const TOLERANCE = 0.001;

type Triple = { readonly R: number; readonly P: number; readonly F: number };

interface ExpectedItem {
  readonly setting: string;
  readonly system: string;
  readonly id: string;
  readonly peer: readonly string[];
  readonly models: readonly (readonly string[])[];
  readonly official: Readonly<Record<string, Triple>>;
  readonly flags: string;
}

/** ROUGE-1.5.5's command line as scorer options, and the measures it prints. */
function optionsFromFlags(flags: string): { options: RougeOptions<RougeMetric>; printed: Map<string, RougeMetric> } {
  const args = flags.split(/\s+/);
  const value = (flag: string): string | undefined => {
    const i = args.indexOf(flag);
    return i < 0 ? undefined : args[i + 1];
  };
  const printed = new Map<string, RougeMetric>();
  for (let n = 1; n <= Number(value('-n') ?? 0); n++) printed.set(`ROUGE-${n}`, `rouge${n}`);
  if (!args.includes('-x')) printed.set('ROUGE-L', 'rougeLsum');
  const gap = value('-2');
  if (gap !== undefined) printed.set(`ROUGE-S${args.includes('-u') ? 'U' : ''}${gap}`, `rouge${args.includes('-u') ? 'SU' : 'S'}${Number(gap)}`);
  const words = value('-l');
  const bytes = value('-b');
  const limit = words !== undefined ? { words: Number(words) } : bytes !== undefined ? { bytes: Number(bytes) } : undefined;
  const options: RougeOptions<RougeMetric> = {
    metrics: [...printed.values()],
    stem: args.includes('-m'),
    removeStopwords: args.includes('-s'),
    aggregate: value('-f') === 'B' ? 'best' : 'average',
    alpha: Number(value('-p') ?? 0.5),
    ...(limit === undefined ? {} : { limit }),
  };
  return { options, printed };
}

interface Agreement {
  readonly items: number;
  readonly figures: number;
  readonly exact: number;
  readonly misses: readonly string[];
  /** Figures that would miss without ROUGE's printed rounding (`roundAsRouge155`). */
  readonly unroundedMisses: number;
}

/** Scores every item of one setting and compares each printed figure. */
function compare(items: readonly ExpectedItem[], extra: Partial<RougeOptions<RougeMetric>> = {}): Agreement {
  let figures = 0;
  let exact = 0;
  let unroundedMisses = 0;
  const misses: string[] = [];
  for (const item of items) {
    const { options, printed } = optionsFromFlags(item.flags);
    const merged = { ...options, ...extra };
    const scores = createRougeScorer(
      item.models.map((lines) => lines.join('\n')),
      merged,
    ).score(item.peer.join('\n'));
    for (const [measure, official] of Object.entries(item.official)) {
      const metric = printed.get(measure);
      if (metric === undefined) throw new Error(`${item.id}: ${measure} is not printed under "${item.flags}"`);
      const score = scores[metric];
      if (score === undefined) throw new Error(`${item.id}: no ${metric} score`);
      const ours = roundAsRouge155(score, merged.alpha);
      const triples = [
        ['R', ours.recall, score.recall],
        ['P', ours.precision, score.precision],
        ['F', ours.f1, score.f1],
      ] as const;
      for (const [key, mine, unrounded] of triples) {
        figures++;
        if (Math.abs(100 * unrounded - official[key]) > TOLERANCE + 1e-9) unroundedMisses++;
        const diff = Math.abs(100 * mine - official[key]);
        if (diff < 1e-9) exact++;
        if (diff > TOLERANCE + 1e-9) misses.push(`${item.system} ${item.id} ${measure} ${key}: ${(100 * mine).toFixed(3)} vs ${official[key]}`);
      }
    }
  }
  return { items: items.length, figures, exact, misses, unroundedMisses };
}

const readSetting = (file: string): ExpectedItem[] =>
  readFileSync(join(EXPECTED_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as ExpectedItem);

const FILES = HAS_EXPECTED
  ? readdirSync(EXPECTED_DIR)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()
  : [];

const TITLE = HAS_EXPECTED
  ? 'agreement with the official ROUGE-1.5.5 per-item figures'
  : `ROUGE-1.5.5 agreement SKIPPED: ${EXPECTED_DIR} (official per-item figures, research data kept outside the repository) is absent`;

describe.skipIf(!HAS_EXPECTED)(TITLE, () => {
  it('covers the seven settings', () => {
    expect(FILES).toEqual(['bbc.jsonl', 'cnndm.jsonl', 'duc2004-665b.jsonl', 'duc2004.jsonl', 'opinosis.jsonl', 'summeval.jsonl', 'xsum.jsonl']);
  });

  it.each(FILES)('%s: every R, P and F of every item and measure within 0.001', (file) => {
    const items = readSetting(file);
    const agreement = compare(items);
    expect(agreement.items).toBeGreaterThan(0);
    const measures = items.reduce((sum, item) => sum + Object.keys(item.official).length, 0);
    expect(agreement.figures).toBe(3 * measures);
    expect(agreement.misses.slice(0, 10)).toEqual([]);
    console.info(
      `${file}: ${agreement.items} items, ${agreement.figures} figures, ${agreement.figures - agreement.misses.length} ` +
        `within ${TOLERANCE}, ${agreement.exact} identical; unrounded: ${agreement.unroundedMisses} would miss`,
    );
  });

  it.each(FILES)('%s: misses without the WordNet exception table (said -> say, went -> go, ...)', (file) => {
    const agreement = compare(readSetting(file), { stemExceptions: new Map() });
    console.info(`${file} without the exception table: ${agreement.misses.length} of ${agreement.figures} figures miss`);
    expect(agreement.misses.length).toBeGreaterThan(0);
  });
});
