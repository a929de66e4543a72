/**
 * Budgets: the one place where a summary's length is defined, counted, cut and fitted. The
 * session (`select/session.ts`) and the final cut (`select/finalize.ts`) use it, and so do
 * @vecsum/eval (baselines, the oracle, holding summaries to a budget) and bench/peers.
 *
 * ROUGE's own `-l` / `-b` cut of the scored text is not this: it follows ROUGE-1.5.5's Perl
 * (`readText`: line by line, ASCII whitespace, line breaks not counted) and lives in
 * `eval/src/rouge/truncate.ts`.
 */
import { wordCount, type Sentence } from '@vecsum/embeddings';
import { SummarizerError } from './errors.js';
import { isRecord, memberOf } from './guards.js';

/**
 * A summary length limit. Exact: the summary text never exceeds it.
 * - `sentences`: at most N sentences.
 * - `words`: at most N whitespace-separated words (the paper: 100).
 * - `chars`: at most N UTF-16 code units of the summary text, newlines between sentences included.
 * - `bytes`: at most N UTF-8 bytes of the summary text, newlines included (DUC 2004: 665).
 * - `ratio`: a fraction in (0, 1] of the document's sentences (rounded, at least one).
 */
export type Budget =
  | { readonly sentences: number }
  | { readonly words: number }
  | { readonly chars: number }
  | { readonly bytes: number }
  | { readonly ratio: number };

export type BudgetUnit = 'sentences' | 'words' | 'chars' | 'bytes';
export const BUDGET_KINDS = ['sentences', 'words', 'chars', 'bytes', 'ratio'] as const;
const isBudgetKind = memberOf(BUDGET_KINDS);

/** A budget resolved to a unit and a limit for a given document. */
export interface ResolvedBudget {
  readonly unit: BudgetUnit;
  readonly limit: number;
}

/** Separator between summary sentences in `Summary.text`. Counted by chars and bytes budgets. */
export const SENTENCE_SEPARATOR = '\n';

/** Validates a budget; throws INVALID_BUDGET naming what is wrong. */
export function resolveBudget(budget: Budget, sentenceCount: number): ResolvedBudget {
  const given: unknown = budget;
  if (!isRecord(given)) {
    throw new SummarizerError('INVALID_BUDGET', `budget must be an object with one of ${BUDGET_KINDS.join(', ')}`);
  }
  const keys = Object.keys(given).filter((k) => given[k] !== undefined);
  const kind = keys[0];
  if (keys.length !== 1 || kind === undefined || !isBudgetKind(kind)) {
    throw new SummarizerError('INVALID_BUDGET', `budget must have exactly one of ${BUDGET_KINDS.join(', ')}; got ${JSON.stringify(keys)}`);
  }
  const value = given[kind];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    // String(): JSON.stringify would print Infinity (JSON's 1e400) and NaN as "null"
    throw new SummarizerError(
      'INVALID_BUDGET',
      `budget ${kind} must be a finite number, got ${typeof value === 'number' ? String(value) : JSON.stringify(value)}`,
    );
  }
  if (kind === 'ratio') {
    if (!(value > 0 && value <= 1)) throw new SummarizerError('INVALID_BUDGET', `budget ratio must be in (0, 1], got ${value}`);
    return { unit: 'sentences', limit: Math.max(1, Math.round(value * sentenceCount)) };
  }
  if (!Number.isInteger(value) || value <= 0) {
    throw new SummarizerError('INVALID_BUDGET', `budget ${kind} must be a positive integer, got ${value}`);
  }
  return { unit: kind, limit: value };
}

/**
 * UTF-8 length of a string as TextEncoder writes it (a lone surrogate becomes U+FFFD, 3 bytes),
 * counted without encoding it (no buffer per sentence).
 */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** What one text costs under a unit (without separators): `costOf(text, 'words')` is its word count. */
export function costOf(text: string, unit: BudgetUnit): number {
  switch (unit) {
    case 'sentences':
      return 1;
    case 'words':
      return wordCount(text);
    case 'chars':
      return text.length;
    case 'bytes':
      return utf8Length(text);
  }
}

/** Cost of the separator added before every sentence but the first. */
export const separatorCost = (unit: BudgetUnit): number => (unit === 'chars' || unit === 'bytes' ? SENTENCE_SEPARATOR.length : 0);

/** Total cost of a summary made of these texts, separators included. */
export function summaryCost(texts: readonly string[], unit: BudgetUnit): number {
  return totalCost(
    texts.map((t) => costOf(t, unit)),
    unit,
  );
}

/** Total cost of sentences that cost `costs` each, separators included. */
export function totalCost(costs: readonly number[], unit: BudgetUnit): number {
  let total = 0;
  costs.forEach((c, i) => {
    total += c + (i > 0 ? separatorCost(unit) : 0);
  });
  return total;
}

/**
 * Cuts `text` to at most `limit` units (words, chars or bytes), at a word boundary when the
 * unit is words, never splitting a UTF-8 sequence or surrogate pair. Returns '' when nothing fits.
 * (Not ROUGE's `-l` / `-b` cut: see the note at the top of this file.)
 */
export function truncateText(text: string, unit: BudgetUnit, limit: number): string {
  if (limit <= 0) return '';
  if (costOf(text, unit) <= limit) return text;
  switch (unit) {
    case 'sentences':
      return text;
    case 'words':
      return text.trim().split(/\s+/).slice(0, limit).join(' ');
    case 'chars': {
      let cut = text.slice(0, limit);
      const last = cut.charCodeAt(cut.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
      return cut;
    }
    case 'bytes': {
      let out = '';
      let used = 0;
      for (const ch of text) {
        const b = utf8Length(ch);
        if (used + b > limit) break;
        out += ch;
        used += b;
      }
      return out;
    }
  }
}

/** Per-sentence costs for a document. */
export function sentenceCosts(sentences: readonly Sentence[], unit: BudgetUnit): number[] {
  // a sentence's word count is the splitter's (`Sentence.words`, counted as wordCount does)
  return unit === 'words' ? sentences.map((s) => s.words) : sentences.map((s) => costOf(s.text, unit));
}

/** Room left for one more sentence after `count` sentences costing `used`: its separator is paid first. */
export const roomLeft = (budget: ResolvedBudget, used: number, count: number): number => budget.limit - used - (count > 0 ? separatorCost(budget.unit) : 0);

/** `text` cut to fill `room` ({@link truncateText}), or null when the cut is empty. */
export function cutToRoom(text: string, unit: BudgetUnit, room: number): string | null {
  const cut = truncateText(text, unit, room);
  return cut.trim() === '' ? null : cut;
}

/**
 * The fitter of ranked sentences (baselines, the oracle's last cut, npm peers, summaries held to a
 * budget): sentences taken in the given order until the budget is used. A sentence budget
 * takes the first k (a ratio: that share of the given sentences, at least one); under a word,
 * character or byte budget, blank sentences are skipped, the rest are trimmed, and the first one
 * that does not fit is cut to fill the budget exactly (the paper's stopping rule, as LEAD's
 * "first 100 words") and ends the summary. With `indices` (each sentence's position in the
 * document) the result is in document order, otherwise in the given order. Joined with
 * {@link SENTENCE_SEPARATOR}, the result never exceeds the budget.
 *
 * @throws SummarizerError `INVALID_BUDGET` (see {@link resolveBudget})
 */
export function fitRanked(ranked: readonly string[], budget: Budget, indices?: readonly number[]): string[] {
  const resolved = resolveBudget(budget, ranked.length);
  const { unit } = resolved;
  const at = (k: number): number => indices?.[k] ?? k;
  const taken: { text: string; at: number }[] = [];
  if (unit === 'sentences') {
    ranked.slice(0, resolved.limit).forEach((text, i) => taken.push({ text, at: at(i) }));
  } else {
    let used = 0;
    for (const [i, raw] of ranked.entries()) {
      const text = raw.trim();
      if (text === '') continue;
      const room = roomLeft(resolved, used, taken.length);
      if (room <= 0) break;
      const cost = costOf(text, unit);
      if (cost > room) {
        const cut = cutToRoom(text, unit, room);
        if (cut !== null) taken.push({ text: cut, at: at(i) });
        break;
      }
      used += cost + (taken.length > 0 ? separatorCost(unit) : 0);
      taken.push({ text, at: at(i) });
    }
  }
  if (indices !== undefined) taken.sort((a, b) => a.at - b.at);
  return taken.map((t) => t.text);
}
