import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT598_PAGES } from '../test-support/pages-heldout598.js';
import { HELDOUT621_PAGES } from '../test-support/pages-heldout621.js';
import { norm } from '../test-support/page-kit.js';
import { pageNamed } from '../test-support/round-kit.js';

describe('a caption Wix sets as a text element after its image goes (round 156)', () => {
  it("leaves out a drain survey page's photo caption and keeps its text", () => {
    const p = pageNamed(HELDOUT598_PAGES, 'heldout598-wix-cctv-survey');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('Our crawler camera inside a 150mm clay pipe.'));
    for (const line of p.body) expect(text).toContain(norm(line));
  });

  it("leaves out an ironmonger's archive photo caption from its story", () => {
    const p = pageNamed(HELDOUT621_PAGES, 'heldout621-wix-our-story');
    const text = norm(extractArticle(p.html).text);
    expect(text).not.toContain(norm('The shop in 1923, with Alexander at the door.'));
    for (const line of p.body) expect(text).toContain(norm(line));
  });
});
