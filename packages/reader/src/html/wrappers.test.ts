import { splitSentences } from '@vecsum/embeddings';
import { describe, expect, it } from 'vitest';
import { harbourStory, present } from '../test-support/page-kit.js';
import { norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';
import { parseDocument } from './parse-linkedom.js';
import { unwrapHeadings } from './wrappers.js';

/** A section heading as GitBook sets it: a wrapper with the permalink icon, the heading's text in a <div> inside the <h2>. */
const gitbookHeading = (text: string, id: string) =>
  `<div class="flex items-baseline scroll-mt-(--content-scroll-margin) mt-[1.25em] max-w-3xl mx-auto" id="${id}">` +
  `<div class="relative grid -ml-6"><a href="#${id}" aria-label="Direct link to heading" class="flex opacity-0"><svg class="size-3"></svg></a></div>` +
  `<h2 class="flex-1 text-2xl font-semibold"><div class="flex-1">${text}</div></h2></div>`;
const paragraph = (t: string) => `<p class="blocks w-full leading-normal max-w-3xl mx-auto">${t.repeat(3)}</p>`;

describe('heading wrappers (wrappers.ts, round 8)', () => {
  it('replaces a permalink wrapper by its heading and unwraps the <div> inside the heading (Readability 0.6 drops both divs)', () => {
    const doc = parseDocument(`<html><body><main><div class="grid">${gitbookHeading('Retries', 'retries')}<p>Text.</p></div></main></body></html>`);
    unwrapHeadings(doc);
    const h2 = Array.from(doc.querySelectorAll('h2'))[0];
    expect(h2?.parentNode).toBe(Array.from(doc.querySelectorAll('div.grid'))[0]);
    expect([h2?.querySelectorAll('div').length, h2?.textContent]).toEqual([0, 'Retries']);
  });

  it('leaves a wrapper that holds more than the heading', () => {
    const doc = parseDocument('<html><body><div class="card"><h2>Retries</h2><p>Three days of retries.</p></div></body></html>');
    unwrapHeadings(doc);
    expect(Array.from(doc.querySelectorAll('h2'))[0]?.parentNode).toBe(Array.from(doc.querySelectorAll('div.card'))[0]);
  });

  it("keeps a documentation page's section headings set in permalink wrappers, as headings", () => {
    const body = [
      paragraph('Every request carries a signature header computed from the timestamp and the raw body of the request. '),
      gitbookHeading('Verifying signatures', 'verifying-signatures'),
      paragraph('Compute the same value with your signing secret and compare the two before you trust the payload. '),
      gitbookHeading('Retries', 'retries'),
      paragraph('If your endpoint does not answer with a success status, the service retries for up to three days. '),
    ].join('\n');
    const html = `<html><body><main><h1>Webhooks</h1><div class="grid whitespace-pre-wrap">${body}</div></main></body></html>`;
    const sentences = splitSentences(extractArticle(html).text);
    for (const h of ['Verifying signatures', 'Retries']) expect(sentences.find((s) => s.text === h)).toMatchObject({ heading: true });
  });

  it('drops the feedback prompt under a help page and a count heading over answers', () => {
    const text = extractArticle(harbourStory('<div class="flex gap-4"><p class="text-tint">Was this page helpful?</p></div>')).text;
    expect(present(text)('Was this page helpful?')).toBe(false);
    const answers = extractArticle(harbourStory('<div id="answers-header"><h2>2 Answers</h2><div>Sorted by: votes</div></div>')).text;
    expect(answers).not.toContain('2 Answers');
  });
});

describe("a page builder's text widgets and testimonials (names.ts, wrappers.ts, round 9)", () => {
  const widget = (type: string, inner: string) =>
    `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget">` +
    `<div class="elementor-widget-container">${inner}</div></div>`;
  const read = (inner: string) => extractArticle(harbourStory(inner)).text;

  it('reads a heading widget and a short text widget, and drops a testimonial carousel with its heading', () => {
    const step =
      widget('heading', '<h2 class="elementor-heading-title">Step one: clear the rubble</h2>') + widget('text-editor', '<p>We cleared the rubble by hand.</p>');
    const text = read(step);
    expect(text).toContain('## Step one: clear the rubble');
    expect(text).toContain('We cleared the rubble by hand.');
    const quotes =
      widget('heading', '<h2>What our clients say</h2>') +
      widget(
        'testimonial-carousel',
        '<div class="swiper"><div class="elementor-testimonial"><div class="elementor-testimonial__text">' +
          'Tidy work, and they told us honestly that it would take a year.</div>' +
          '<cite class="elementor-testimonial__cite"><span class="elementor-testimonial__name">Tom Baptiste</span></cite></div></div>',
      );
    expect(norm(read(quotes))).not.toMatch(/clients say|tidy work|baptiste/);
  });

  it('keeps a headline whole when its first part before a colon is no one- or two-word label', () => {
    const wall = 'The harbour wall was rebuilt over the winter at a cost of two million pounds. '.repeat(6);
    const html = `<html><head><title>How we rebuilt the wall - Quay Builders</title></head><body><article>
<h1>From rubble to quay: how we rebuilt the wall</h1><p>${wall}</p></article></body></html>`;
    expect(extractArticle(html).title).toBe('From rubble to quay: how we rebuilt the wall');
    const thread = `<html><head><title>Moorings for winter - Harbour Forum</title></head><body><article>
<h1>Thread: Moorings for winter</h1><p>${wall}</p></article></body></html>`;
    expect(extractArticle(thread).title).toBe('Moorings for winter');
  });

  it("reads a live blog's update headlines set in each update's <header> with its time, and a standfirst named on the box around it", () => {
    const update = (h: string, p: string) =>
      `<article class="block"><header class="block-header"><time class="block-time">11:05 GMT</time><h2 class="block-title">${h}</h2></header>` +
      `<div class="block-elements"><p>${p.repeat(3)}</p></div></article>`;
    const html = `<html><body><main><div class="liveblog-header"><h1>Storm over the harbour</h1>
<div class="standfirst"><p>Gusts brought down trees and power lines across the west.</p></div></div><div class="liveblog-blocks">
${update('Harbour wall closed', 'The harbour wall was closed to walkers at noon as waves broke over it. ')}
${update('Ferries cancelled', 'All ferries to the islands were cancelled for the rest of the day. ')}</div></main></body></html>`;
    const text = extractArticle(html).text;
    expect(splitSentences(text).find((s) => s.text === 'Ferries cancelled')).toMatchObject({ heading: true });
    expect(text).toContain('## Harbour wall closed');
    expect(text).toContain('Gusts brought down trees and power lines across the west.');
    expect(text).not.toContain('11:05');
  });

  it("drops an author's 'More articles by ...' rail with its 'See all articles' link, and keeps a heading that only starts alike", () => {
    const rail =
      '<section class="reader-more-articles"><h2>More articles by Graham Okafor</h2><ul><li><a href="/a/1">Why tide tables still matter</a></li>' +
      '<li><a href="/a/2">Five winters on the quay</a></li></ul><a href="/in/graham-okafor/articles/">See all articles</a></section>';
    const text = norm(extractArticle(harbourStory(rail)).text);
    expect(text).not.toMatch(/more articles by|tide tables|see all articles/);
    expect(norm(extractArticle(harbourStory('<h2>Articles by the harbour master</h2><p>The harbour master wrote two notices this week.</p>')).text)).toContain(
      'articles by the harbour master',
    );
  });

  it('reads a dek set as a short list in a box named as the summary under the headline (SCMP; round 25)', () => {
    const html = `<html><head><title>Harbour news</title></head><body><main><article><div class="header"><h1>Harbour wall reopens</h1>
<div data-qa="ContentSummary-ContentSummary"><ul><li><p>The wall cost two million pounds to rebuild over the winter</p></li>
<li><p>Boats returned to the inner basin a month earlier than planned</p></li></ul></div><span>By Ann Lee</span></div>
<div class="body"><p>${'The council said on Tuesday that the harbour wall had reopened after the repairs. '.repeat(5)}</p></div>
</article></main></body></html>`;
    const text = norm(extractArticle(html).text);
    expect(text).toContain('- the wall cost two million pounds to rebuild over the winter');
    expect(text).toContain('- boats returned to the inner basin a month earlier than planned');
  });

  it("reads a subtitle named two boxes above its paragraph under a wrapped <h1> (tagDiv; round 28), and a 'Key Highlights' list", () => {
    const wrap = (cls: string, inner: string) => `<div class="td_block_wrap ${cls}"><div class="tdb-block-inner">${inner}</div></div>`;
    const html = `<html><head><title>Ferry dock</title></head><body><div class="col">${wrap('tdb_title', '<h1>Ferry dock rebuilt</h1>')}
${wrap('tdb_single_subtitle', '<p>Construction starts in March and will close the ferry for six weeks.</p>')}</div>
<div class="content"><p>${'The county board voted on Thursday to rebuild the dock at the point. '.repeat(5)}</p>
<div class="box"><h3>Key Highlights</h3><ul><li>The dock will cost four million.</li><li>Work ends in May.</li></ul></div></div></body></html>`;
    const text = norm(extractArticle(html).text);
    expect(text).toContain('construction starts in march');
    expect(text).toContain('- the dock will cost four million.');
    expect(text).not.toContain('key highlights');
  });
});
