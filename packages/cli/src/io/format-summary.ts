import type { ScoredSentence, Summary } from '@vecsum/summarizer';

export type OutputFormat = 'text' | 'json' | 'markdown';

const REASON_TEXT: Readonly<Record<string, string>> = {
  importance: 'picked: closest to the document',
  gap: 'picked: fills the gap between summary and document',
  nonredundant: 'picked: important and not redundant',
  diversity: 'picked: relevant and novel (MMR)',
  centrality: 'picked: central (LexRank)',
  cluster: 'picked: represents a cluster',
  component: 'picked: strongest on a principal component',
  combination: 'picked: part of the best combination',
  position: 'picked: position (lead)',
  random: 'picked: at random',
  far: 'picked: farthest from the document',
  context: 'picked: context for the next sentence',
  truncated: 'picked, cut to fit the budget',
  redundant: 'skipped: redundant with',
  budget: 'skipped: did not fit the budget',
  'not-selected': 'not selected',
  'no-vector': 'skipped: no known words',
  'too-long': 'skipped: too long',
  duplicate: 'skipped: duplicate of',
};

const snippet = (t: string, n = 72): string => {
  const one = t.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

export function describeReason(s: ScoredSentence): string {
  let r = REASON_TEXT[s.reason] ?? s.reason;
  if (s.redundantWith !== null) r += ` #${s.redundantWith}`;
  if (s.reason === 'gap' && s.gain !== null) r += ` (gain ${s.gain >= 0 ? '+' : ''}${s.gain.toFixed(3)})`;
  if (s.dangling && s.picked) r += '; opens with a dangling reference';
  return r;
}

function explainText(summary: Summary): string {
  const lines = ['', 'Why each sentence:', '  #    cos    rank  reason'];
  for (const s of summary.sentences) {
    lines.push(
      `${s.picked ? '*' : ' '} ${String(s.index).padStart(3)}  ${s.cosine.toFixed(3).padStart(6)}  ${String(s.rank ?? '-').padStart(4)}  ${describeReason(s)}`,
      `        ${snippet(s.text)}`,
    );
  }
  lines.push('', 'Selector trace (cos(summary, document) after each pick):');
  for (const t of summary.trace) lines.push(`  step ${t.step}: #${t.index} -> ${t.similarity.toFixed(4)}`);
  const m = summary.meta;
  lines.push(
    '',
    `selector ${m.selectorUsed}${m.selector === 'auto' ? ' (auto)' : ''}, model ${m.embedderId}, ${m.used}/${m.limit} ${m.unit}, ` +
      `similarity ${m.similarity.toFixed(4)}, ${m.timings.totalMs.toFixed(1)} ms` + (m.warnings.length > 0 ? `, warnings: ${m.warnings.join(', ')}` : ''),
  );
  return `${lines.join('\n')}\n`;
}

function markdown(summary: Summary, explain: boolean): string {
  const out = ['## Summary', '', ...summary.text.split('\n').map((l) => `- ${l}`), ''];
  if (explain) {
    out.push('## Sentences', '', '| # | picked | cosine | rank | reason | sentence |', '|---:|:---:|---:|---:|---|---|');
    for (const s of summary.sentences) {
      out.push(`| ${s.index} | ${s.picked ? 'yes' : ''} | ${s.cosine.toFixed(3)} | ${s.rank ?? ''} | ${describeReason(s)} | ${snippet(s.text, 100).replace(/\|/g, '\\|')} |`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/** Renders a summary for the terminal, as JSON (one object), or as Markdown. */
export function formatSummary(summary: Summary, format: OutputFormat, explain: boolean): string {
  if (format === 'json') return `${JSON.stringify(summary)}\n`;
  if (format === 'markdown') return markdown(summary, explain);
  return `${summary.text}\n${explain ? explainText(summary) : ''}`;
}
