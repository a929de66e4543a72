import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, analyzeCorpus, loadSae, barsSvg, corpusMarkdown, loadWordDictionary, scatterSvg, type AnalysisReport, type WordEquation } from '@vecsum/analysis';
import { createWordVectorEmbedder } from '@vecsum/embeddings';
import { readJsonlDataset } from '@vecsum/eval';
import type { SelectorChoice } from '@vecsum/summarizer';
import { numberFlag, parse } from '../args.js';
import { loadDefaultVectors, resolveCacheDir } from '../config.js';
import { CliError } from '../errors.js';
import { readTextInput } from '../io/read-input.js';

export const ANALYZE_HELP = `vecsum analyze FILE|- [options]

The dimension report of a summary: which embedding dimensions drive each picked sentence
and the summary, the gap between summary and document, and word equations (sparse sums of
basis words) of the document, each pick and the remaining gap, step by step.

  --sentences N | --words N   budget (default 3 sentences)
  --selector NAME             default greedy (its steps show the gap being filled)
  --alpha A                   word-equation sparsity (default 0.1)
  --sae FILE                  a model from vecsum sae --out: list the top active features
  --format F                  text (default) or json
  --cache-dir DIR             cache folder (the basis-word dictionary is cached there)
`;

export const ANALYZE_CORPUS_HELP = `vecsum analyze-corpus DATA.jsonl [options]

Correlation of cos(sentence, document) with sentence importance (log(1 + ROUGE-1 recall))
for mean, sif and arora, with and without controlling for length; the lasso that finds
the dimensions (and basis-word directions) linked to important sentences.

  --limit N        first N records
  --out DIR        also write report.md, report.json and SVG plots there
  --format F       markdown (default) or json
  --cache-dir DIR  cache folder
`;

const equation = (e: WordEquation) =>
  `${e.atoms.map((a) => `${a.weight >= 0 ? '+' : '-'} ${Math.abs(a.weight).toFixed(2)}·${a.word}`).join(' ')}  ${e.syntactic.map((s) => `${s.weight >= 0 ? '+' : '-'} ${Math.abs(s.weight).toFixed(2)}·${s.name}`).join(' ')}  (cos ${e.reconstructionCosine.toFixed(2)}, L0 ${e.l0})`;

function reportText(r: AnalysisReport): string {
  const feats = (f?: readonly { feature: number; activation: number }[]) => (f === undefined ? '' : `  SAE features: ${f.map((a) => `#${a.feature} ${a.activation.toFixed(2)}`).join(', ')}`);
  const out = [`model ${r.model}, selector ${r.selector}, summary similarity ${r.summary.similarity.toFixed(3)}`, '', `document = ${equation(r.document.equation)}`, feats(r.document.features), ''];
  for (const s of r.sentences) {
    out.push(`#${s.index} (cos ${s.cosine.toFixed(3)}, ${s.reason}): ${s.text.replace(/\s+/g, ' ').slice(0, 100)}`);
    out.push(`  = ${equation(s.equation)}`);
    out.push(`  minus document = ${equation(s.minusDocument)}`);
    if (s.features !== undefined) out.push(feats(s.features));
    out.push(`  top dimensions of its cosine: ${s.contributions.slice(0, 5).map((c) => `d${c.dimension} ${c.value.toFixed(3)} (${c.words.positive.slice(0, 3).join('/')})`).join(', ')}`);
  }
  out.push('', `gap (document - summary), norm ${r.gap.norm.toFixed(3)} = ${equation(r.gap.equation)}`);
  for (const st of r.steps) {
    out.push(`step ${st.step}: missing before it = ${equation(st.gap)}`, `  picked #${st.next}: cos(next, gap) ${st.nextCosineToGap.toFixed(3)}; shared atoms: ${st.shared.join(', ') || '-'}`);
  }
  return `${out.join('\n')}\n`;
}

const OPTIONS = {
  sentences: { type: 'string' },
  words: { type: 'string' },
  selector: { type: 'string' },
  alpha: { type: 'string' },
  format: { type: 'string' },
  'cache-dir': { type: 'string' },
  limit: { type: 'string' },
  out: { type: 'string' },
  sae: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runAnalyze(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values: v, positionals } = parse(argv, OPTIONS);
  if (v.help === true) {
    out.write(ANALYZE_HELP);
    return 0;
  }
  const format = v.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new CliError('INVALID_OPTION', '--format must be text or json');
  const text = readTextInput(positionals[0]);
  const cacheDir = resolveCacheDir(v['cache-dir']);
  const vectors = loadDefaultVectors(cacheDir);
  const dict = loadWordDictionary(vectors, cacheDir);
  const words = numberFlag('words', v.words, true);
  const budget = words !== undefined ? { words } : { sentences: numberFlag('sentences', v.sentences, true) ?? 3 };
  const alpha = numberFlag('alpha', v.alpha);
  const report = await analyze(text, createWordVectorEmbedder(vectors, { function: 'arora' }), vectors, dict, {
    budget,
    ...(v.selector === undefined ? {} : { selector: v.selector as SelectorChoice }),
    ...(alpha === undefined ? {} : { alpha }),
    ...(v.sae === undefined ? {} : { sae: loadSae(v.sae) }),
  });
  out.write(format === 'json' ? `${JSON.stringify(report)}\n` : reportText(report));
  return 0;
}

export async function runAnalyzeCorpus(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values: v, positionals } = parse(argv, OPTIONS);
  if (v.help === true) {
    out.write(ANALYZE_CORPUS_HELP);
    return 0;
  }
  const file = positionals[0];
  if (file === undefined) throw new CliError('USAGE', 'give a JSONL dataset');
  const cacheDir = resolveCacheDir(v['cache-dir']);
  const vectors = loadDefaultVectors(cacheDir);
  const dict = loadWordDictionary(vectors, cacheDir);
  const records = (await readJsonlDataset(file)).slice(0, numberFlag('limit', v.limit, true));
  const report = await analyzeCorpus(records, vectors, dict);
  const name = file.replace(/^.*\//, '').replace(/\.jsonl$/, '');
  const md = corpusMarkdown(name, report);
  const { points, ...summary } = report;
  if (v.out !== undefined) {
    mkdirSync(v.out, { recursive: true });
    writeFileSync(join(v.out, `${name}.md`), md);
    writeFileSync(join(v.out, `${name}.json`), JSON.stringify(summary, null, 2));
    for (const [fn, p] of Object.entries(points)) writeFileSync(join(v.out, `${name}-scatter-${fn}.svg`), scatterSvg(`${name}: cos(sentence, document) vs importance (${fn})`, p.cos, p.importance, 'cos(sentence, document)', 'log(1 + ROUGE-1 recall)'));
    writeFileSync(join(v.out, `${name}-dimensions.svg`), barsSvg(`${name}: lasso coefficients on (sentence - document), arora`, report.dimensions.map((d) => ({ label: `${d.feature} ${d.words?.positive.slice(0, 2).join('/') ?? ''}`, value: d.weight }))));
  }
  out.write(v.format === 'json' ? `${JSON.stringify(summary)}\n` : md);
  return 0;
}
