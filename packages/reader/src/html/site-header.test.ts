import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const body = 'The signatures are sewn to each other with a curved needle and waxed linen thread, two stations at a time. '.repeat(6);
const page = (title: string) =>
  `<html><head><title>${title}</title></head><body><header><h1><a href="/">marginalia press</a></h1>
<p>bookbinding, paper, the occasional cat</p></header><article><h2>how I bind the field notebooks</h2><p>${body}</p></article></body></html>`;

describe('a site-name <h1> (site-header.ts)', () => {
  it('drops the blog name set as the <h1> and its header, and takes the post title from the <h2> the <title> names', () => {
    const got = extractArticle(page('marginalia press — how I bind the field notebooks'));
    expect(got.title).toBe('how I bind the field notebooks');
    expect(norm(got.text)).not.toMatch(/marginalia|occasional cat/);
    expect(norm(got.text)).toContain('curved needle');
  });

  it('keeps the <h1> when the <title> does not name an <h2> beside it', () => {
    expect(extractArticle(page('marginalia press')).title).toBe('marginalia press');
  });

  it('drops the section link set just above the headline (a kicker), and keeps a longer link there', () => {
    const story = (kicker: string) =>
      `<html><head><title>Ferry</title></head><body><article><header>${kicker}<h1>Kessick ferry to run year-round</h1></header>` +
      `<p>${body}</p></article></body></html>`;
    expect(norm(extractArticle(story('<a href="/news/local/">Local News</a>')).text)).not.toContain('local news');
    expect(norm(extractArticle(story('<p><a href="/news/local/">Local News</a></p>')).text)).not.toContain('local news');
    expect(norm(extractArticle(story('<p><a href="/x">The county board voted on Tuesday to fund the ferry.</a></p>')).text)).toContain('county board');
  });
});

describe('a word-processor document published as a page (site-header.ts, round 9)', () => {
  it("takes the Title-styled paragraph as the title, drops the document's header line and a 'Prepared by' byline", () => {
    const section = (h: string) =>
      `<h1 class="c5"><span>${h}</span></h1><p class="c2"><span>${'The survey reached 212 of the 300 flats. '.repeat(6)}</span></p>`;
    const html = `<html><head><title>Heating survey results (public)</title></head><body>
<div id="header"><div id="title">Heating survey results (public)</div></div>
<div id="contents"><div class="doc-content"><div><p class="c2"><span class="c11">Northgate Tenants’ Association · Working document</span></p></div>
<p class="c2 title"><span>Heating Survey: What Tenants Told Us</span></p>
<p class="c2"><span class="c0 c9">Prepared by the survey working group, 3 February 2025</span></p>
${section('Who we asked')}${section('What we found')}</div></div></body></html>`;
    const article = extractArticle(html);
    expect(article.title).toBe('Heating Survey: What Tenants Told Us');
    expect(article.text).toContain('# Who we asked');
    expect(article.text).not.toMatch(/Working document|Prepared by|\(public\)/);
  });
});

describe("a thread's title from the <title> (article.ts, round 9)", () => {
  it('takes the part of the <title> the page shows when a thread is read whole and no <h1> names it', () => {
    const comment = (who: string, text: string) => `<div class="comment"><span class="user">${who}</span><p>${text.repeat(3)}</p></div>`;
    const html = `<html><head><title>SQLite VACUUM made my queries slower | Lobsters</title></head><body>
<div class="story"><a class="u-url" href="https://example.org/vacuum">SQLite VACUUM made my queries slower</a> <a href="/t/databases">databases</a></div>
<div class="comments">${comment('ella', 'The page cache is the real story here, since every warm page belongs to the old file. ')}
${comment('tomasz', 'I would like to see the benchmark rerun after reading the whole file once. ')}</div></body></html>`;
    const article = extractArticle(html);
    expect(article.title).toBe('SQLite VACUUM made my queries slower');
    expect(article.text).toContain('The page cache is the real story here');
  });

  it("drops a tracker item's label on the line before its title ('Bug 48213 -'), and keeps a number inside a sentence", () => {
    const comment = (text: string) => `<div class="comment"><p>${text.repeat(3)}</p></div>`;
    const html = `<html><head><title>48213 – Printing a rotated page crops the margin</title></head><body>
<div id="bug"><div class="summary"><a href="show_bug.cgi?id=48213"><b>Bug 48213</b></a> -
<span id="short_desc">Printing a rotated page crops the margin</span></div>
<div class="comments">${comment('Confirmed on Fedora 41, and bug 48213 is a regression from 3.1. ')}${comment('Fixed on main with the attached patch. ')}</div>
</div></body></html>`;
    const article = extractArticle(html);
    expect(article.title).toBe('Printing a rotated page crops the margin');
    expect(article.text).not.toMatch(/Bug 48213 -/);
    expect(article.text).toContain('bug 48213 is a regression');
  });
});

describe("a journal's name over an entry the og:title names (site-header.ts, round 12)", () => {
  const journal = (og: string) => `<html><head><title>fenlark: how I bind the field notebooks</title>
<meta property="og:title" content="${og}"></head><body><div id="header"><h1 id="title"><span>fenlark’s workbench</span></h1></div>
<div class="entry"><h3 class="entry-title"><a href="/1.html">how I bind the field notebooks</a></h3>
<div class="entry-content">${body}</div></div></body></html>`;

  it('takes the entry heading as the title and drops the journal name', () => {
    const out = extractArticle(journal('how I bind the field notebooks'));
    expect(out.title).toBe('how I bind the field notebooks');
    expect(norm(out.text)).not.toContain('workbench');
  });

  it('keeps the <h1> when the og:title names no heading below it', () => {
    expect(extractArticle(journal('something else entirely')).title).toBe('fenlark’s workbench');
  });

  it("takes the <h1> that is a part of the <title> when a page has several (a docs site's banner h1; round 20)", () => {
    const prose = `<p>${'The harbour wall was rebuilt over the winter at a cost of two million pounds. '.repeat(6)}</p>`;
    const page = (title: string) =>
      `<html><head><title>${title}</title></head><body><div class="banner"><h1><a href="/docs/">Documentation</a></h1></div>` +
      `<article><h1>Harbour moorings</h1>${prose}</article><footer><h1 class="visuallyhidden">Harbour links</h1></footer></body></html>`;
    expect(extractArticle(page('Harbour moorings | Harbour documentation | Harbour')).title).toBe('Harbour moorings');
    expect(extractArticle(page('Harbour documentation')).title).not.toBe('Documentation');
  });

  it("takes the <h1> over the page's first paragraph when the <title> names none of several (a model card; round 24)", () => {
    const prose = `<p>${'Tidepool Sentiment sorts short reviews of harbour equipment by tone before anyone reads them. '.repeat(4)}</p>`;
    const page = (card: string) =>
      '<html><head><title>fernhill/tidepool-sentiment · Hub</title></head><body><header><h1><a href="/fernhill">fernhill</a> / ' +
      `<a href="/fernhill/tidepool">tidepool</a> <span>Fernhill Labs</span></h1></header><section>${card}${prose}</section></body></html>`;
    expect(extractArticle(page('<h1>Tidepool Sentiment</h1>')).title).toBe('Tidepool Sentiment');
    expect(extractArticle(page('<h2>Tidepool Sentiment</h2>')).title).not.toBe('Tidepool Sentiment');
  });

  it("keeps a section heading made of title words, drops an <h2> that echoes the title (Readability's check narrowed; round 26)", () => {
    const prose = `<p>${'The wall was rebuilt over the winter at a cost of two million pounds, and the quay reopened in March. '.repeat(4)}</p>`;
    const html =
      '<html><head><title>Running the harbour on a secondhand thin budget</title></head><body><article>' +
      `<h2>Why a thin budget</h2>${prose}<h2>The quay</h2>${prose}</article></body></html>`;
    expect(norm(extractArticle(html).text)).toContain('## why a thin budget');
    const echo =
      '<html><head><title>Harbour: Documentation: 27.4. Berth monitoring</title></head><body><article>' +
      `<h2>27.4. Berth monitoring</h2>${prose}<h2>The quay</h2>${prose}</article></body></html>`;
    expect(norm(extractArticle(echo).text)).not.toContain('## 27.4. berth monitoring');
  });

  it("takes an <h2> that is the <title> whole over an <h1> the <title> does not name (an office's name; round 26)", () => {
    const prose = `<p>${'Lake-effect snow develops along the harbour shore tonight and continues into Thursday morning. '.repeat(4)}</p>`;
    const page = (title: string) =>
      `<html><head><title>${title}</title></head><body><header><h1>Duluth, MN</h1></header>` +
      `<main><h2>Area Forecast Discussion</h2>${prose}</main></body></html>`;
    expect(extractArticle(page('Area Forecast Discussion')).title).toBe('Area Forecast Discussion');
    expect(extractArticle(page('Duluth, MN')).title).toBe('Duluth, MN');
  });

  it('drops a site-name <h1> that is the middle part of a three-part <title>, and titles the page from an <h2> (TiddlyWiki; round 27)', () => {
    const prose = `<p>${'The bentwood case came with the key still in the lock, and the shuttle was seized with old oil. '.repeat(4)}</p>`;
    const html =
      '<html><head><title>Restoring a Harwood 41 — Marta’s Workbench: notes from the shed</title></head><body>' +
      '<div class="site"><h1 class="tc-site-title">Marta’s Workbench</h1></div>' +
      `<div class="tiddler"><h2>Restoring a Harwood 41</h2>${prose}</div></body></html>`;
    expect(extractArticle(html).title).toBe('Restoring a Harwood 41');
  });

  it('round 29: reads the <h1> as the headline when it is the first of three <title> parts, and drops a thread prefix before it', () => {
    const launch =
      '<html><head><title>Tidewell: Plan your days around tides | Product Hunt</title></head><body><section><h1>Tidewell</h1>' +
      `<h2>Plan your days around tides</h2></section><article><p>${body}</p></article></body></html>`;
    expect(extractArticle(launch).title).toBe('Tidewell');
    const thread = (title: string) =>
      `<html><head><title>${title} | HomeHeat Talk</title></head><body><h1><span class="label">Air source</span> Heat pump short cycling</h1>` +
      `<article><p>${body}</p></article></body></html>`;
    expect(extractArticle(thread('Heat pump short cycling')).title).toBe('Heat pump short cycling');
    // a prefix that is the <title>'s other part is the site's name, kept with the headline
    expect(extractArticle(thread('Heat pump short cycling | Air source')).title).toBe('Air source Heat pump short cycling');
  });

  it('round 30: reads the headline from an <h2> of a kicker and a headline that the <title> joins with a colon', () => {
    const html =
      '<html><head><title>Rural Germany: The Village That Bought Its Station - DER SPIEGEL</title></head><body><article><header><h2>' +
      `<span class="block">Rural Germany</span> <span>The Village That Bought Its Station</span></h2></header><p>${body}</p></article></body></html>`;
    expect(extractArticle(html).title).toBe('The Village That Bought Its Station');
  });

  it('round 31: reads the title from a box named "title" that the <title> shows after a project’s name (Doxygen), with sections in <h1>s', () => {
    const html =
      '<html><head><title>libtessel: Thread safety</title></head><body><div class="headertitle"><div class="title">Thread safety</div></div>' +
      `<h1>Objects you may share</h1><p>${body}</p><h1>Initialization</h1><p>${body}</p></body></html>`;
    expect(extractArticle(html).title).toBe('Thread safety');
  });

  it('round 32: takes the post’s <h2> over a blog-name <h1> that is the first part of the <title>', () => {
    const html =
      '<html><head><title>marginalia &amp; moss — On Keeping a Commonplace Book</title></head><body><header><h1><a href="/">marginalia ' +
      `&amp; moss</a></h1></header><article><h2 class="title"><a href="/post/1">On Keeping a Commonplace Book</a></h2><p>${body}</p></article></body></html>`;
    expect(extractArticle(html).title).toBe('On Keeping a Commonplace Book');
  });
});
