import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT617_PAGES } from '../test-support/pages-heldout617.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe('a heading that rates and counts reviews ("★ 4.9 · 132 reviews") heads furniture (round 155)', () => {
  it("leaves out an experience listing's reviews and keeps its description", () => {
    const p = pageNamed(HELDOUT617_PAGES, 'heldout617-nextjs-llama-tea');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('Fran is a natural storyteller and the llamas were gentle and funny.'));
    for (const line of p.body) expect(text).toContain(norm(line));
  });
});
