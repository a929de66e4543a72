import { fitRanked, type Budget } from '@vecsum/summarizer';

/**
 * Holds a finished summary (one sentence per line) to a budget with the summarizer's fitter
 * (`fitRanked`): blank lines go, a sentence budget keeps the first k lines; a word, character
 * or byte budget cuts at the limit, keeping the line breaks before it. Ratio budgets are not
 * enforced (the input length is not known here). `cut` tells whether anything was removed.
 * (ROUGE's own `-l` / `-b` cut of the scored text is separate: `rouge/truncate.ts`.)
 */
export function enforceBudget(summary: string, budget: Budget): { text: string; cut: boolean } {
  const lines = summary
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const joined = lines.join('\n');
  if ('ratio' in budget) return { text: joined, cut: false };
  const kept = fitRanked(lines, budget).join('\n');
  return { text: kept, cut: kept !== joined };
}
