import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT513_PAGES } from '../test-support/pages-heldout513.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe("Wix's scroll anchors (round 120)", () => {
  it("leaves out a Wix page's 'top of page' and 'bottom of page' and keeps its text", () => {
    const p = pageNamed(HELDOUT513_PAGES, 'heldout513-wix-term-dates');
    const text = norm(extractArticle(p.html).text);
    expect(text).toContain(norm(p.body[p.body.length - 1]!));
    expect(text).not.toContain('top of page');
    expect(text).not.toContain('bottom of page');
  });

  it('keeps a sentence that names the top of a page', () => {
    const line = 'Write the date at the top of page one and number every page after it.';
    const html = `<html><body><main><h1>Exam tips</h1><p>Read every question twice before you answer any of them.</p><p>${line}</p></main></body></html>`;
    expect(norm(extractArticle(html).text)).toContain(norm(line));
  });
});
