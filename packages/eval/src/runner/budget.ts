import type { SummaryBudget } from '../datasets/standard-setting.js';

/** Whitespace-separated words (the unit of ROUGE `-l` and of word budgets). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

const utf8 = new TextEncoder();

/** The longest prefix of `text` within `bytes` UTF-8 bytes (never splits a character). */
function cutBytes(text: string, bytes: number): string {
  let used = 0;
  let out = '';
  for (const ch of text) {
    const n = utf8.encode(ch).length;
    if (used + n > bytes) break;
    used += n;
    out += ch;
  }
  return out;
}

const firstWords = (text: string, n: number): string => text.split(/\s+/).filter(Boolean).slice(0, n).join(' ');

/**
 * Sentences taken in the given (ranked) order until the budget is used: the first sentence
 * that does not fit a word, character or byte budget is cut to fill it exactly (the paper's
 * stopping rule, as LEAD's "first 100 words"); a sentence budget takes the first k; a ratio
 * takes that share of the given sentences (at least one). With `indices` (each sentence's
 * position in the document) the result is in document order, otherwise in the given order.
 */
export function fitRanked(ranked: readonly string[], budget: SummaryBudget, indices?: readonly number[]): string[] {
  const taken: { text: string; at: number }[] = [];
  const at = (k: number): number => indices?.[k] ?? k;
  if ('sentences' in budget || 'ratio' in budget) {
    const k = 'sentences' in budget ? budget.sentences : Math.max(1, Math.round(budget.ratio * ranked.length));
    ranked.slice(0, k).forEach((text, i) => taken.push({ text, at: at(i) }));
  } else {
    const unit = 'words' in budget ? 'words' : 'chars' in budget ? 'chars' : 'bytes';
    const limit = 'words' in budget ? budget.words : 'chars' in budget ? budget.chars : budget.bytes;
    // Characters and bytes count the line break between sentences; words do not.
    const sep = unit === 'words' ? 0 : 1;
    const cost = (s: string): number => (unit === 'words' ? countWords(s) : unit === 'chars' ? s.length : utf8.encode(s).length);
    let used = 0;
    for (let i = 0; i < ranked.length; i++) {
      const text = (ranked[i] as string).trim();
      if (text === '') continue;
      const extra = taken.length > 0 ? sep : 0;
      const room = limit - used - extra;
      if (room <= 0) break;
      const c = cost(text);
      if (c <= room) {
        taken.push({ text, at: at(i) });
        used += c + extra;
        continue;
      }
      const cut = unit === 'words' ? firstWords(text, room) : unit === 'chars' ? text.slice(0, room) : cutBytes(text, room);
      if (cut.trim() !== '') taken.push({ text: cut, at: at(i) });
      break;
    }
  }
  if (indices !== undefined) taken.sort((a, b) => a.at - b.at);
  return taken.map((t) => t.text);
}

/**
 * Holds a finished summary (one sentence per line) to a budget: a sentence budget keeps the
 * first k lines; a word, character or byte budget cuts at the limit, keeping the line breaks
 * before it. Ratio budgets are not enforced (the input length is not known here).
 * `cut` tells whether anything was removed.
 */
export function enforceBudget(summary: string, budget: SummaryBudget): { text: string; cut: boolean } {
  const lines = summary.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const joined = lines.join('\n');
  if ('ratio' in budget) return { text: joined, cut: false };
  const kept = fitRanked(lines, budget).join('\n');
  return { text: kept, cut: kept !== joined };
}
