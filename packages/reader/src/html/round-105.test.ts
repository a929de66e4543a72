import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT468_PAGES } from '../test-support/pages-heldout468.js';
import { norm } from '../test-support/page-kit.js';
import { leakedTexts, pageNamed } from '../test-support/round-kit.js';

const LINES = ['The spring show is on Saturday 14 March at the village hall, doors at two.', 'Costumes go home with the dancers after the dress rehearsal.'];
const POST = `<div class="post-body" itemprop="articleBody">${LINES.map((l) => `<div>${l}</div>`).join('<div><br></div>')}</div>`;
const PAGE = (columns: string): string => `<!DOCTYPE html><html><head><title>Spring show | Miss Gwen's Dance Diary</title></head><body>
<header><h1>Miss Gwen's Dance Diary</h1></header>${columns}<footer><p>Powered by Blogger</p></footer></body></html>`;

describe('batch 468 (round 105)', () => {
  it('reads a post inside a layout box named for its sidebar, when the box holds the article body', () => {
    const p = pageNamed(HELDOUT468_PAGES, 'heldout468-blogger-dance-school-post');
    expect(leakedTexts(p, p.body)).toEqual(p.body);
    const text = norm(extractArticle(PAGE(`<div class="main-inner columns-fix-sidebar"><h3>Spring show</h3>${POST}</div>`)).text);
    expect(text).toContain(norm(LINES[0]!));
  });

  it('still drops a sidebar that holds no article body', () => {
    const side = `<div class="sidebar"><h2>About me</h2><div>I teach tap and ballet in Corrie Mews.</div></div>`;
    const text = norm(extractArticle(PAGE(`<div class="main"><h3>Spring show</h3>${POST}</div>${side}`)).text);
    expect(text).toContain(norm(LINES[1]!));
    expect(text).not.toContain('i teach tap and ballet');
  });
});
