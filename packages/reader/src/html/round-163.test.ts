import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT660_PAGES } from '../test-support/pages-heldout660.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe('testimonials under a title set as a paragraph go with it (round 163)', () => {
  it('drops a Squarespace list section\'s "What clients say" carousel and keeps the services', () => {
    const p = pageNamed(HELDOUT660_PAGES, 'heldout660-squarespace-services');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('They caught things three beta readers missed.'));
    expect(text).not.toContain(norm('What clients say'));
    for (const line of p.body) expect(text).toContain(norm(line));
  });
});
