import { costOf } from '@vecsum/summarizer';
import type { DatasetRecord } from './read-jsonl.js';

/** Mean line count of the references (one sentence a line in every dataset), rounded, at least 1. */
export function referenceSentences(record: DatasetRecord): number {
  const lines = record.references.reduce((n, r) => n + r.split('\n').filter((l) => l.trim() !== '').length, 0);
  return Math.max(1, Math.round(lines / Math.max(1, record.references.length)));
}

/** Mean word count of the references (the summarizer's word count), rounded, at least 1. */
export function referenceWords(record: DatasetRecord): number {
  return Math.max(1, Math.round(record.references.reduce((n, r) => n + costOf(r, 'words'), 0) / Math.max(1, record.references.length)));
}
