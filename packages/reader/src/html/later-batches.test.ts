import { describe, expect, it } from 'vitest';
import { present, score } from '../test-support/page-kit.js';
import { LATER_BATCHES } from '../test-support/measured-leaks-later.js';
import { extractArticle } from './extract.js';

/**
 * Batches 116 to 715 (sessions 23 to 46) as the reader read them when last recorded (measured-leaks-*.ts): each set keeps its mean precision and
 * recall (rounded down to half a point, 97 % at most) and each page leaks exactly the gold texts recorded for it (their first 100
 * characters). A regression guard, not a target: a rule that changes a page's leaks must record the change here, in
 * test-support/measured-leaks-later*.ts, and say why in its commit.
 */
describe('the later held-out and training batches, as last recorded', () => {
  it.each(LATER_BATCHES.map((b) => [b.batch, b] as const))('batch %i: its precision and recall floors and its recorded leaks', (_n, b) => {
    const read = b.pages.map((page) => ({ page, text: extractArticle(page.html).text }));
    const mean = (f: (s: ReturnType<typeof score>) => number) => read.reduce((a, r) => a + f(score(r.page, r.text)), 0) / read.length;
    expect(mean((s) => s.precision)).toBeGreaterThanOrEqual(b.precision);
    expect(mean((s) => s.recall)).toBeGreaterThanOrEqual(b.recall);
    for (const { page, text } of read) {
      const leaked = [...page.bylines, ...page.furniture].filter(present(text)).map((t) => t.slice(0, 100));
      expect({ page: page.name, leaked }).toEqual({ page: page.name, leaked: b.leaks[page.name] ?? [] });
    }
  });
});
