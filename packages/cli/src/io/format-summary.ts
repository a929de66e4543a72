import type { Summary } from '@vecsum/summarizer';

export type OutputFormat = 'text' | 'json' | 'markdown';

const snippet = (t: string, n = 72): string => {
  const one = t.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

/** How auto decided, in one line (nothing for the paper's selectors). */
function planLine(summary: Summary): string[] {
  const plan = summary.meta.plan;
  if (plan === undefined) return [];
  const weights = Object.entries(plan.weights)
    .map(([f, w]) => `${f} x ${w}`)
    .join(' + ');
  const extra = [plan.gap !== 0 ? `gap x ${plan.gap}` : '', plan.redundancy < 1 ? `skip repeats above cosine ${plan.redundancy}` : '']
    .filter(Boolean)
    .join(', ');
  return [`auto chose the "${plan.kind}" plan: ${plan.why}.`, `  score = ${weights}${extra === '' ? '' : `; ${extra}`}`, ''];
}

function explainText(summary: Summary): string {
  // Sentences are numbered from 1 in everything a person reads (the JSON index is 0-based).
  const lines = [
    '',
    ...planLine(summary),
    'Why each sentence (* picked; cosine: to the whole text; score rank: by the score that decides):',
    '    #  cosine  score rank',
  ];
  for (const s of summary.sentences) {
    lines.push(
      `${s.picked ? '*' : ' '} ${String(s.index + 1).padStart(3)}  ${s.cosine.toFixed(3).padStart(6)} ` +
        ` ${String(s.rank ?? '-').padStart(10)}  ${snippet(s.text)}`,
      `        ${s.explanation}`,
    );
  }
  lines.push('', 'Selector trace (cos(summary, document) after each pick):');
  for (const t of summary.trace) lines.push(`  step ${t.step}: #${t.index + 1} -> ${t.similarity.toFixed(4)}`);
  const m = summary.meta;
  lines.push(
    '',
    `selector ${m.selectorUsed}${m.selector === 'auto' ? ' (auto)' : ''}, model ${m.embedderId}, ${m.used}/${m.limit} ${m.unit}, ` +
      `similarity ${m.similarity.toFixed(4)}, ${m.timings.totalMs.toFixed(1)} ms`,
  );
  return `${lines.join('\n')}\n`;
}

function markdown(summary: Summary, explain: boolean): string {
  const out = ['## Summary', '', ...summary.text.split('\n').map((l) => `- ${l}`), ''];
  if (explain) {
    out.push('## Sentences', '', ...planLine(summary), '| # | picked | cosine | score rank | why | sentence |', '|---:|:---:|---:|---:|---|---|');
    for (const s of summary.sentences) {
      out.push(
        `| ${s.index + 1} | ${s.picked ? 'yes' : ''} | ${s.cosine.toFixed(3)} | ${s.rank ?? ''} |` +
          ` ${s.explanation.replace(/\|/g, '\\|')} | ${snippet(s.text, 100).replace(/\|/g, '\\|')} |`,
      );
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
