import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT343_PAGES } from '../test-support/pages-heldout343.js';
import { norm } from '../test-support/page-kit.js';
import { leakedTexts as leaked, pageNamed as page } from '../test-support/round-kit.js';

const PAGE = (aside: string): string => `<!DOCTYPE html><html><head><title>The Harbour Ferry at Dawn - Painting by Ines Marr</title></head>
<body><header><a href="/">Gallery</a></header><main><div class="images"><img src="/ferry.jpg" alt=""></div>${aside}</main>
<footer><p>© Gallery</p></footer></body></html>`;
const DESCRIPTION = `<p>A study of the first ferry leaving the harbour, painted over three mornings from the sea wall while the light was still
grey.</p><p>I kept the palette to four colours so that the lamp on the wheelhouse would be the only warm note in the whole picture.</p>`;

describe('batch 343 (round 90)', () => {
  it('reads an artwork page whose title and description sit in an <aside> beside the images', () => {
    const art = page(HELDOUT343_PAGES, 'heldout343-artstation-artwork-blog');
    expect(art.body.length).toBeGreaterThan(3);
    expect(leaked(art, art.body)).toEqual(art.body);
    const text = norm(
      extractArticle(
        PAGE(`<aside class="project-sidebar"><div class="sidebar-inner"><h1>The Harbour Ferry at Dawn</h1>
${DESCRIPTION}</div><ul class="stats"><li>Likes 212</li></ul></aside>`),
      ).text,
    );
    expect(text).toContain('a study of the first ferry leaving the harbour');
    expect(text).toContain('the only warm note in the whole picture');
  });

  it('still drops an <aside> without the headline, and one whose only prose is a line', () => {
    const rail = norm(
      extractArticle(
        PAGE(`<article><h1>The Harbour Ferry at Dawn</h1>${DESCRIPTION}</article><aside class="sidebar">
<h2>More from the gallery</h2><p>Our spring exhibition of harbour paintings opens in April, with a talk by the painters on the first evening.</p>
<p>Members may book tickets for the talk from the first of March, and everyone else from the fifteenth.</p></aside>`),
      ).text,
    );
    expect(rail).toContain('a study of the first ferry');
    expect(rail).not.toContain('our spring exhibition');
  });
});
