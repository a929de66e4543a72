import type { Sentence } from '@vecsum/embeddings';
import { SummarizerError } from './errors.js';

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

/** A budget resolved to a unit and a limit for a given document. */
export interface ResolvedBudget {
  readonly unit: BudgetUnit;
  readonly limit: number;
}

/** Separator between summary sentences in `Summary.text`. Counted by chars and bytes budgets. */
export const SENTENCE_SEPARATOR = '\n';

/** Validates a budget; throws INVALID_BUDGET naming what is wrong. */
export function resolveBudget(budget: Budget, sentenceCount: number): ResolvedBudget {
  if (budget === null || typeof budget !== 'object') {
    throw new SummarizerError('INVALID_BUDGET', `budget must be an object with one of ${BUDGET_KINDS.join(', ')}`);
  }
  const keys = Object.keys(budget).filter((k) => (budget as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !(BUDGET_KINDS as readonly string[]).includes(keys[0] as string)) {
    throw new SummarizerError('INVALID_BUDGET', `budget must have exactly one of ${BUDGET_KINDS.join(', ')}; got ${JSON.stringify(keys)}`);
  }
  const kind = keys[0] as (typeof BUDGET_KINDS)[number];
  const value = (budget as Record<string, unknown>)[kind];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new SummarizerError('INVALID_BUDGET', `budget ${kind} must be a finite number, got ${JSON.stringify(value)}`);
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

const encoder = new TextEncoder();
const countWords = (text: string): number => {
  const t = text.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
};

/** What one text costs under a unit (without separators). */
export function costOf(text: string, unit: BudgetUnit): number {
  switch (unit) {
    case 'sentences':
      return 1;
    case 'words':
      return countWords(text);
    case 'chars':
      return text.length;
    case 'bytes':
      return encoder.encode(text).length;
  }
}

/** Cost of the separator added before every sentence but the first. */
export const separatorCost = (unit: BudgetUnit): number => (unit === 'chars' || unit === 'bytes' ? SENTENCE_SEPARATOR.length : 0);

/** Total cost of a summary made of these texts, separators included. */
export function summaryCost(texts: readonly string[], unit: BudgetUnit): number {
  let total = 0;
  texts.forEach((t, i) => {
    total += costOf(t, unit) + (i > 0 ? separatorCost(unit) : 0);
  });
  return total;
}

/**
 * Cuts `text` to at most `limit` units (words, chars or bytes), at a word boundary when the
 * unit is words, never splitting a UTF-8 sequence or surrogate pair. Returns '' when nothing fits.
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
        const b = encoder.encode(ch).length;
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
  return sentences.map((s) => costOf(s.text, unit));
}
