import { describeReason, type Summary } from '@vecsum/summarizer';

export type OutputFormat = 'text' | 'json' | 'markdown';

const snippet = (t: string, n = 72): string => {
  const one = t.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

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
