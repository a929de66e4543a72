import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string) => norm(extractArticle(harbourStory(inner)).text);

describe('quotes of other posts (quotes.ts)', () => {
  const said = 'The harbour master said the stone for the wall came late from the quarry at Penryn.';

  it('drops a forum quote header ("Clanger wrote: ↑ date") and keeps a quote of text the page does not print elsewhere', () => {
    const header = '<cite><a href="#">Clanger</a> wrote: <a href="#p1">↑</a><span>Sun Mar 09, 2025 7:02 pm</span></cite>';
    const quote = `<blockquote><div>${header}${said}</div></blockquote>`;
    const text = read(quote);
    expect(text).not.toMatch(/clanger|wrote/);
    expect(text).toContain('came late from the quarry');
    expect(read(`<blockquote><p>Originally Posted by mopedmick</p><p>${said}</p></blockquote>`)).not.toContain('originally posted');
  });

  it('drops a blockquote that repeats a paragraph printed elsewhere on the page, and keeps the paragraph', () => {
    const text = read(`<p>${said}</p><blockquote><cite>Clanger wrote:</cite>${said}</blockquote>`);
    expect(text.split('came late from the quarry')).toHaveLength(2);
    // a header that is a sentence of its own stays: only "<name> wrote:" and a date are a header
    expect(read(`<blockquote><p>The harbour master wrote: the stone came late and the wall will finish in May.</p></blockquote>`)).toContain(
      'harbour master wrote',
    );
  });

  it("reads a quote box named as one, not a <blockquote> (vBulletin 5's bbcode quote; round 33): its header and repeat go", () => {
    const box =
      '<div class="bbcode_container"><div class="bbcode_quote"><div class="quote_container"><div class="bbcode_quote_container"></div>' +
      `<div class="bbcode_postedby">Originally posted by <strong>Clanger</strong></div><div class="message">${said}</div></div></div></div>`;
    const text = read(`<p>${said}</p>${box}<p>Thanks, that explains why the wall was finished late.</p>`);
    expect(text).not.toMatch(/originally posted|clanger/);
    expect(text.split('came late from the quarry')).toHaveLength(2);
    expect(text).toContain('explains why the wall was finished late');
  });
});
