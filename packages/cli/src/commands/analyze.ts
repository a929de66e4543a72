import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyze,
  analyzeCorpus,
  barsSvg,
  corpusMarkdown,
  loadSae,
  loadWordDictionary,
  scatterSvg,
  type AnalysisReport,
  type CorpusReport,
  type LassoFit,
  type WordEquation,
} from '@vecsum/analysis';
import { readJsonlDataset, sentenceImportance } from '@vecsum/eval';
import { numberFlag, parse } from '../args.js';
import { createEmbedder, loadDefaultVectors, resolveCacheDir } from '../config.js';
import { CliError, EXIT, messageOf } from '../errors.js';
import { createProgress } from '../io/progress.js';
import { HTML_FLAG_HELP, readDocumentInput } from '../io/read-input.js';
import { SUMMARY_FLAGS, summarizeOptionsFromFlags } from './summarize.js';

export const ANALYZE_HELP = `vecsum analyze FILE|- [options]

The dimension report of a summary: which embedding dimensions drive each picked sentence's
cosine and the summary's (each dimension labelled by the words loading most on it), the gap
between document and summary, and word equations (sparse signed sums of basis words plus
syntactic atoms) of the document, each pick, pick minus document and the remaining gap; for
each selector step, the gap's equation and how the next pick loads on it.

  --sentences N | --words N | ...   budget, as for summarize (default 3 sentences)
  --selector NAME        default auto, the summary that summarize gives (greedy: its steps show
                         the gap being filled)
  --vector-function F    mean, sif or arora (default arora; GloVe only: the word
                         equations live in the GloVe space)
  --basis B              words of the equations and dimension labels: text (default: the
                         text's own content words) or vocab (a fixed 2,000-word vocabulary;
                         * marks a word that is not in the text)
  --alpha A              word-equation sparsity (default 0.1; lower: more atoms)
  --top N                dimensions listed per vector (default 8)
  --sae FILE             a model from vecsum sae --out: list the top active features
  --format F             text (default) or json
  --cache-dir DIR        cache folder (the basis-word dictionary is cached there)
${HTML_FLAG_HELP}`;

export const ANALYZE_CORPUS_HELP = `vecsum analyze-corpus DATA.jsonl [options]

On a JSONL dataset with references: the correlation of cos(sentence, document) with
sentence importance log(1 + ROUGE-1 recall of the sentence alone) for mean, sif and arora,
with and without controlling for log sentence length; the lasso that finds the dimensions of
(sentence - document) linked to important sentences, each with its words; the same lasso
over the word-equation atoms, so the features arrive labelled.

  --limit N        first N records
  --keep N         dimensions the lasso keeps (default 6, as the paper found)
  --alpha A        word-equation sparsity for the atom features (default 0.1)
  --out DIR        also write NAME.md, NAME.json and SVG plots (importance scatter per
                   vector function, coefficient bars) there
  --format F       markdown (default) or json
  --cache-dir DIR  cache folder
`;

const signed = (w: number, label: string) => `${w >= 0 ? '+' : '-'} ${Math.abs(w).toFixed(2)}·${label}`;
/** The mark after a word that is not in the analysed text. */
const OUTSIDE = '*';

/** One line: the top atoms (a word not in the text marked *), the larger syntactic coefficients, reconstruction cosine and L0. */
export function formatEquation(e: WordEquation): string {
  const syn = e.syntactic.filter((s) => Math.abs(s.weight) >= 0.1).map((s) => signed(s.weight, s.name));
  const atoms = e.atoms.map((a) => signed(a.weight, a.inText === false ? `${a.word}${OUTSIDE}` : a.word));
  return `${[...atoms, ...syn].join(' ')}  (cos ${e.reconstructionCosine.toFixed(2)}, L0 ${e.l0})`;
}

/** Top dimensions with their values and labels (positive end | negative end; a word not in the text marked *). */
function formatDimensions(list: AnalysisReport['summaryContributions']): string {
  return list
    .slice(0, 5)
    .map((c) => {
      const mark = (w: string) => (c.notInText?.includes(w) === true ? `${w}${OUTSIDE}` : w);
      const label = c.words === undefined ? '' : ` (${c.words.positive.slice(0, 3).map(mark).join('/')} | ${c.words.negative.slice(0, 2).map(mark).join('/')})`;
      return `d${c.dimension} ${c.value >= 0 ? '+' : ''}${c.value.toFixed(3)}${label}`;
    })
    .join(', ');
}

function reportText(r: AnalysisReport): string {
  const feats = (f?: readonly { feature: number; activation: number }[]) =>
    `  SAE features: ${(f ?? []).map((a) => `#${a.feature} ${a.activation.toFixed(2)}`).join(', ') || '-'}`;
  const basis = r.basis.kind === 'text' ? `the text's ${r.basis.words} content words` : `a ${r.basis.words}-word vocabulary`;
  const out = [`model ${r.model}, selector ${r.selector}, cos(summary, document) ${r.summary.similarity.toFixed(3)}, basis: ${basis}`, r.note];
  if (r.basis.kind === 'vocab') out.push(`${OUTSIDE} = not in the text`);
  out.push('', `document = ${formatEquation(r.document.equation)}`);
  if (r.document.features !== undefined) out.push(feats(r.document.features));
  out.push('');
  for (const s of r.sentences) {
    out.push(`#${s.index} (cos ${s.cosine.toFixed(3)}, ${s.reason}): ${s.text.replace(/\s+/g, ' ').slice(0, 110)}`);
    out.push(`  = ${formatEquation(s.equation)}`);
    out.push(`  minus document = ${formatEquation(s.minusDocument)}`);
    if (s.features !== undefined) out.push(feats(s.features));
    out.push(`  dimensions of its cosine: ${formatDimensions(s.contributions)}`);
  }
  out.push('', `summary: dimensions of its cosine: ${formatDimensions(r.summaryContributions)}`);
  out.push(
    `gap (document - summary), norm ${r.gap.norm.toFixed(3)} = ${formatEquation(r.gap.equation)}`,
    `  top dimensions: ${formatDimensions(r.gap.dimensions)}`,
  );
  for (const st of r.steps) {
    out.push(
      `step ${st.step}: missing before it = ${formatEquation(st.gap)}`,
      `  picked #${st.next}: cos(next, gap) ${st.nextCosineToGap.toFixed(3)} (rank ${st.gapCosineRank} of ${st.candidates}); shared` +
        ` atoms: ${st.shared.join(', ') || '-'}`,
    );
  }
  return `${out.join('\n')}\n`;
}

const ANALYZE_OPTIONS = {
  ...SUMMARY_FLAGS,
  model: { type: 'string' },
  alpha: { type: 'string' },
  basis: { type: 'string' },
  top: { type: 'string' },
  sae: { type: 'string' },
  format: { type: 'string' },
  html: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runAnalyze(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values: v, positionals } = parse(argv, ANALYZE_OPTIONS);
  if (v.help === true) {
    out.write(ANALYZE_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new CliError('USAGE', `analyze takes one file, got ${positionals.length}`);
  const format = v.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new CliError('INVALID_OPTION', `--format must be text or json, got ${JSON.stringify(format)}`);
  if (v.model !== undefined && v.model !== 'glove' && v.model !== 'glove-6b-100d') {
    throw new CliError('INVALID_OPTION', 'analyze needs the GloVe model: word equations and dimension labels live in its space');
  }
  const options = summarizeOptionsFromFlags(v);
  const alpha = numberFlag('alpha', v.alpha);
  if (alpha !== undefined && !(alpha >= 0)) throw new CliError('INVALID_OPTION', `--alpha must be >= 0, got ${alpha}`);
  const basis = v.basis ?? 'text';
  if (basis !== 'text' && basis !== 'vocab') throw new CliError('INVALID_OPTION', `--basis must be text or vocab, got ${JSON.stringify(basis)}`);
  const top = numberFlag('top', v.top, true);
  if (top !== undefined && top < 1) throw new CliError('INVALID_OPTION', `--top must be at least 1, got ${top}`);
  const { text } = await readDocumentInput(positionals[0], v.html);
  const cacheDir = resolveCacheDir(v['cache-dir']);
  const embedder = await createEmbedder({ model: 'glove', vectorFunction: v['vector-function'], cacheDir: v['cache-dir'] });
  const vectors = loadDefaultVectors(cacheDir);
  const dict = loadWordDictionary(vectors, cacheDir);
  const report = await analyze(text, embedder, vectors, dict, {
    ...options,
    selector: options.selector ?? 'auto',
    basis,
    ...(alpha === undefined ? {} : { alpha }),
    ...(top === undefined ? {} : { top }),
    ...(v.sae === undefined ? {} : { sae: loadSae(v.sae) }),
  });
  out.write(format === 'json' ? `${JSON.stringify(report)}\n` : reportText(report));
  return 0;
}

const CORPUS_OPTIONS = {
  limit: { type: 'string' },
  keep: { type: 'string' },
  alpha: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  'cache-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const fitBars = (f: LassoFit) =>
  f.features.map((c) => ({
    label: c.words === undefined ? c.feature : `${c.feature} (${c.words.positive.slice(0, 2).join('/')} | ${c.words.negative.slice(0, 2).join('/')})`,
    value: c.weight,
  }));

/** Writes NAME.md, NAME.json and the SVG plots of a corpus report into `dir`; returns the file names. */
export function writeCorpusReport(dir: string, name: string, report: CorpusReport, markdown: string): string[] {
  mkdirSync(dir, { recursive: true });
  const { points, ...summary } = report;
  const files: [string, string][] = [
    [`${name}.md`, markdown],
    [`${name}.json`, `${JSON.stringify(summary, null, 2)}\n`],
    [`${name}-dimensions.svg`, barsSvg(`${name}: lasso weights on (sentence - document) dimensions, arora, length controlled`, fitBars(report.dimensions))],
  ];
  if (report.atoms !== null)
    files.push([
      `${name}-atoms.svg`,
      barsSvg(`${name}: lasso weights on word-equation atoms of (sentence - document), length controlled`, fitBars(report.atoms)),
    ]);
  for (const [fn, p] of Object.entries(points)) {
    files.push([
      `${name}-scatter-${fn}.svg`,
      scatterSvg(`${name}: cos(sentence, document) vs importance (${fn})`, p.cos, p.importance, 'cos(sentence, document)', 'log(1 + ROUGE-1 recall)'),
    ]);
  }
  for (const [file, body] of files) writeFileSync(join(dir, file), body);
  return files.map(([f]) => f);
}

export async function runAnalyzeCorpus(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values: v, positionals } = parse(argv, CORPUS_OPTIONS);
  if (v.help === true) {
    out.write(ANALYZE_CORPUS_HELP);
    return 0;
  }
  const file = positionals[0];
  if (file === undefined) throw new CliError('MISSING_INPUT', 'give a JSONL dataset with references');
  if (positionals.length > 1) throw new CliError('USAGE', `analyze-corpus takes one file, got ${positionals.length}`);
  const format = v.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'json') throw new CliError('INVALID_OPTION', `--format must be markdown or json, got ${JSON.stringify(format)}`);
  const limit = numberFlag('limit', v.limit, true);
  const keep = numberFlag('keep', v.keep, true);
  if (keep !== undefined && keep < 1) throw new CliError('INVALID_OPTION', `--keep must be at least 1, got ${keep}`);
  const alpha = numberFlag('alpha', v.alpha);
  const cacheDir = resolveCacheDir(v['cache-dir']);
  let records: Awaited<ReturnType<typeof readJsonlDataset>>;
  try {
    records = (await readJsonlDataset(file)).slice(0, limit);
  } catch (cause) {
    throw new CliError('INPUT_NOT_READABLE', `cannot read ${file}: ${messageOf(cause)}`, EXIT.input, { cause });
  }
  if (records.length === 0) throw new CliError('EMPTY_INPUT', `${file} has no records`, EXIT.input);
  const vectors = loadDefaultVectors(cacheDir);
  const dict = loadWordDictionary(vectors, cacheDir);
  const progress = createProgress('analyze-corpus');
  const report = await analyzeCorpus(records, vectors, dict, sentenceImportance, {
    ...(keep === undefined ? {} : { keep }),
    ...(alpha === undefined ? {} : { alpha }),
    onProgress: (phase, done, total) => progress({ phase, done, total }),
  });
  progress.done();
  const name = file.replace(/^.*[\\/]/, '').replace(/\.jsonl$/, '');
  const md = corpusMarkdown(name, report);
  if (v.out !== undefined) writeCorpusReport(v.out, name, report, md);
  const { points: _points, ...summary } = report;
  out.write(format === 'json' ? `${JSON.stringify(summary)}\n` : md);
  return 0;
}
