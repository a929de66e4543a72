import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { pageNamed as page } from '../test-support/round-kit.js';
import { HELDOUT265_PAGES } from '../test-support/pages-heldout265.js';
import { extractArticle } from './extract.js';

describe('batch 265 (round 73)', () => {
  it('reads a Stack Exchange page saved from the older template, whose question box names no mainEntity, with its answers', () => {
    const ask = page(HELDOUT265_PAGES, 'heldout265-askubuntu-legacy-question');
    const text = norm(extractArticle(ask.html).text);
    expect(text).toContain(norm(ask.body[0]!).slice(0, 60));
    const answers = ask.body.filter((b) => b.startsWith('Waiting for network.target') || b.startsWith('A belt-and-braces addition'));
    expect(answers).toHaveLength(2);
    for (const a of answers) expect(text).toContain(norm(a).slice(0, 60));
  });
});
