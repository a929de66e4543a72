import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';
import { elementNames } from './names.js';
import { parseDocument } from './parse-linkedom.js';

const element = (html: string) => {
  const el = parseDocument(`<html><body>${html}</body></html>`).body?.firstElementChild;
  if (el === null || el === undefined) throw new Error('no element');
  return el;
};

describe('element names (names.ts)', () => {
  it("leaves out an id made from the section's own heading, keeps one that names the box", () => {
    expect(elementNames(element('<section id="changes-and-contact" class="clause"><h2>6. Changes and contact</h2><p>x</p></section>'))).toBe('clause');
    expect(elementNames(element('<section id="contact-details"><h2>Our offices</h2></section>'))).toBe('contact-details');
    // one word: "comments" over "Comments" still names the comment box
    expect(elementNames(element('<div id="comments"><h3>Comments</h3></div>'))).toBe('comments');
  });

  it("keeps a terms page's short last section whose anchor holds the word 'contact'", () => {
    const clause = '<p>6.1 These Terms are governed by the law of Scotland. Questions about them can be sent to our legal team.</p>';
    const html = harbourStory(`<section id="changes-and-contact"><h2>6. Changes and contact</h2>${clause}</section>`);
    expect(norm(extractArticle(html).text)).toContain('governed by the law of scotland');
  });
});

describe('Docutils and Sphinx links (names.ts, round 12)', () => {
  it("keeps a cross-reference link's words in its sentence ('reference internal' is a link's kind, not a references list)", () => {
    const p =
      '<p>Use <a class="reference internal" href="#tides.fetch"><code class="xref py py-func docutils literal"><span class="pre">fetch()</span></code>' +
      '</a> to read the tide table, or see <a class="reference external" href="https://example.org/manual">the harbour manual</a> for more.</p>';
    expect(norm(extractArticle(harbourStory(p)).text)).toContain('use fetch() to read the tide table, or see the harbour manual for more.');
  });

  it('round 29: drops a paywall vendor’s offer slot, a Discourse moderation event, a solution banner and a forum board label', () => {
    const boxes =
      '<div class="tpl-article__offer piano-inline"><p>The Harbour, for less</p><p>Subscribe today and get your first month free.</p></div>' +
      '<div class="small-action"><p>Closed on <span>Mar 9</span></p></div>' +
      '<div class="AcceptedSolutionBanner_lia-solution-banner__3kQeT"><span>Solution</span></div>' +
      '<span class="ThreadHeader_lia-board__J0oN8">Excel</span>';
    expect(norm(extractArticle(harbourStory(boxes)).text)).not.toMatch(/for less|first month|closed on|solution|excel/);
  });

  it('round 29: reads an aria-label as a name only when it is short (Mastodon labels a status with its own text)', () => {
    const status =
      '<div class="status__wrapper" aria-label="Marta Solberg, My grandfather placed the ad for his bakery in that…, Oct 2, marta">' +
      '<p>My grandfather placed the ad for his bakery in that paper every week for forty years.</p></div>';
    expect(norm(extractArticle(harbourStory(status)).text)).toContain('placed the ad for his bakery');
    expect(norm(extractArticle(harbourStory('<div aria-label="Sponsored ad"><p>Buy a boat today.</p></div>')).text)).not.toContain('buy a boat');
  });

  it('round 29: keeps the headline, dek and body lines of a short meta box that holds the page’s <h1>', () => {
    const wall = 'The harbour wall was rebuilt over the winter at a cost of two million pounds. '.repeat(6);
    const html =
      '<html><head><title>Railways warn of ticket rules – POLITICO</title></head><body><article><div class="article-meta">' +
      '<p><a href="/mobility">Mobility</a></p><h1>Railways warn of ticket rules</h1>' +
      '<p class="hero__excerpt">Railways in Austria and Italy warn the rules would hand ticket sales to platforms.</p></div>' +
      `<div class="article__content"><p>${wall}</p></div></article></body></html>`;
    expect(norm(extractArticle(html).text)).toContain('railways in austria and italy warn');
  });

  it('round 30: keeps paragraphs marked as behind the paywall, and drops the fly-title over a headline', () => {
    const text = norm(
      extractArticle(
        harbourStory(
          '<p class="paywall">The system was written by a small firm in Ohio that went out of business in 1997, and nobody maintains it.</p>' +
            '<span data-test-id="article-fly-title">Portugal’s cork forests</span>',
        ),
      ).text,
    );
    expect(text).toContain('small firm in ohio');
    expect(text).not.toContain('cork forests');
    expect(norm(extractArticle(harbourStory('<div class="paywall"><p>Subscribe to keep reading.</p></div>')).text)).not.toContain('keep reading');
  });

  it('round 31: keeps a thread author’s reply in a <blockquote> named "author", and drops a post’s flair label', () => {
    const reply =
      '<blockquote class="section subject author"><p>The report does mention it: one full-time mechanic, shared with the bus depot. ' +
      'Not sure that is enough either.</p></blockquote>';
    expect(norm(extractArticle(harbourStory(reply)).text)).toContain('one full-time mechanic');
    expect(norm(extractArticle(harbourStory('<p><span class="linkflairlabel">Question - Beginner</span></p>')).text)).not.toContain('beginner');
  });

  it('round 32: drops a Notion page’s property table (author, date, tags, reading time) over its text', () => {
    const props =
      '<div class="notion-page__properties"><div><span>Tags</span></div><div class="notion-pill">Community</div>' +
      '<div><span>Reading time</span></div><div><span>6 min</span></div></div>';
    expect(norm(extractArticle(harbourStory(props)).text)).not.toMatch(/community|reading time/);
  });
});
