import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';
import { isFurnitureByName } from './furniture-names.js';
import { parseDocument } from './parse-linkedom.js';

const read = (inner: string): string => norm(extractArticle(harbourStory(inner)).text);
/** Whether the page's element with id "x" is furniture by its name. */
const named = (html: string): boolean => {
  const el = parseDocument(`<html><body>${html}</body></html>`).querySelectorAll('#x')[0];
  if (el === undefined) throw new Error('no #x');
  return isFurnitureByName(el);
};
const REPLY = 'That is almost certainly the one. Very large videos can fail repeatedly if the upload is interrupted, so copy it out first.';

describe('boxes by their names (round 44, after batches 90 and 93)', () => {
  it("drops an affiliate plugin's product box, a review plugin's score box and a finance site's partner card", () => {
    const text = read(
      '<div class="lasso-container"><div class="lasso-description">54 mm steel conical burrs and a bellows lid for low retention dosing.</div>' +
        '<a class="lasso-button-1">Check Price</a></div><div class="review-wrapper wp-review-2214"><ul class="review-list"><li><span>Grind ' +
        'quality - 4.5/5</span></li></ul><div class="review-desc"><p>A compact, well built grinder that makes excellent espresso for the price.</p>' +
        '</div></div><div class="gb-container partner-offer-card"><p>Featured partner offer</p><p>Northvale Bank High-Yield Savings</p></div>',
    );
    expect(text).not.toMatch(/bellows lid|check price|grind quality|well built grinder|partner offer|northvale/);
    expect(text).toContain('fishing boats returned');
  });

  it("drops a Q&A site's bounty notice, a forum's notice over a post, an issue's sidebar, its locked banner and a thread's More link", () => {
    expect(named('<div id="x" class="s-notice js-bounty-notification" role="status"><p>The bounty expires in 3 days.</p></div>')).toBe(true);
    expect(named('<div id="x" class="post-notice returning-user"><p>It’s been a while since we’ve seen vesna.</p></div>')).toBe(true);
    expect(named('<div id="x" class="IssueViewer-module__metadataPane"><h3>Assignees</h3><a href="/j">jbreuer</a></div>')).toBe(true);
    expect(named('<div id="x" class="LockedBanner-module__lockedBanner"><p>This conversation has been locked.</p></div>')).toBe(true);
    expect(named('<a id="x" class="morelink" href="?p=2">More</a>')).toBe(true);
    expect(named('<a id="x" class="status-card expanded" href="/g"><span>Everything we use to run a seed library.</span></a>')).toBe(true);
  });

  it('keeps a reply whose box is marked helpful by a modifier, and drops a helpful-votes widget', () => {
    expect(named(`<li id="x" class="reply reply--helpful"><article><div class="post-body"><p>${REPLY}</p></div></article></li>`)).toBe(false);
    expect(named('<div id="x" class="helpful-votes"><p>Was this reply helpful? Yes No</p></div>')).toBe(true);
    expect(named(`<div id="x" class="panel panel--helpful"><p>${REPLY}</p></div>`)).toBe(true);
  });

  it("keeps the writer's TL;DR set in an aside over the post", () => {
    const text = read(
      '<aside class="callout callout--tldr" role="note"><p><strong>TL;DR:</strong> Our failovers were slow because clients kept retrying a ' +
        'dead primary, not because promotion was slow.</p></aside>',
    );
    expect(text).toContain('clients kept retrying a dead primary');
  });
});

describe('notices of docs, health and news pages (round 44, after batches 97, 98 and 99)', () => {
  it("drops a callout titled with the product's stage or a legal notice, and keeps a note callout", () => {
    const callout = (title: string, body: string) =>
      `<div class="paste-callout" role="note"><span class="icon"></span><div><strong class="paste-callout-title">${title}</strong>` +
      `<div class="paste-callout-body"><p>${body}</p></div></div></div>`;
    const text = read(
      callout('Public Beta', 'Call summaries are currently available as a Public Beta product and may change before general availability.') +
        callout('Legal notice', 'Call summaries use machine learning, and you acknowledge that their output may be inaccurate.'),
    );
    expect(text).not.toMatch(/public beta|legal notice|call summaries/);
    expect(read(callout('Note', 'The ferry timetable changes in June, so check the board at the quay before you travel.'))).toContain(
      'ferry timetable changes in june',
    );
  });

  it('drops a folded section by its summary and a box its furniture label opens, and keeps a long box under such a label', () => {
    const text = read(
      `<details><summary>How we vet brands and products</summary><p>${'We only show brands that we stand behind and check every claim. '.repeat(4)}` +
        '</p></details><div class="css-review"><p>How we reviewed this article:</p><div role="tabpanel"><p>We ' +
        'rely on peer-reviewed studies.</p></div></div>',
    );
    expect(text).not.toMatch(/stand behind|how we reviewed|peer-reviewed/);
    const tides = 'The harbour trust kept every tide table it printed since 1890, and the wall’s builders used them. '.repeat(4);
    const long = `<div><p>Sources</p><p>${tides}</p></div>`;
    expect(read(long)).toContain('every tide table it printed');
  });

  it("drops an old version's banner, a free-to-read note, a live blog's line, a trust link, a sign-off's helpers and review dates", () => {
    const text = read(
      '<div id="outdated-warning">This document is for an insecure version of Django that is no longer supported. Please upgrade to a ' +
        'newer release!</div><p>This article is free to read as part of our coverage of heavy snow on the coast.</p><p>The Harbour ' +
        'Times is liveblogging Tuesday’s events as they unfold.</p><div><a href="/trust">Why you can trust Harbour News</a></div>' +
        '<p>— With assistance from Tom Whitaker</p><p>Media last reviewed: 2 June 2023<br>Media review due: 2 June 2026</p>' +
        '<div class="reviewed">Last reviewed on Mon Feb 28 2022</div><p>Join HT’s Telegram channel and get the latest news.</p>',
    );
    expect(text).not.toMatch(/insecure version|free to read|liveblogging|can trust|assistance|reviewed|review due|telegram/);
    expect(read('<p>The trust said the harbour is free to read about in the library, where its records are kept.</p>')).toContain('free to read about');
  });
});

describe("a magazine's reader-revenue ask in the text (round 44, after batch 104)", () => {
  it('drops the ask by its name', () => {
    expect(named('<div id="x" class="duet--ledes--contribution-ask"><p>Our work is supported by readers like you.</p></div>')).toBe(true);
  });
});

describe('a Q&A page declared on the whole page (round 44, after batch 111)', () => {
  it("reads a QAPage's question with its answers when the page's <html> carries the type, not the question and its comments alone", () => {
    const answer = 'That smell is ethyl acetate, a normal sign of a hungry starter: feed it at a higher ratio or twice a day and it goes.';
    const html =
      '<html itemscope itemtype="https://schema.org/QAPage"><head><title>Starter smells of nail polish</title></head><body><div id="mainbar">' +
      '<h1>Why does my starter smell of nail polish?</h1><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">' +
      '<div class="question"><div class="post-layout"><div class="s-prose" itemprop="text"><p>My rye starter doubles in eight hours but ' +
      'smells of nail polish remover just before each feed. Is it spoiled?</p></div><div class="comments"><ul><li class="comment">' +
      '<span class="comment-copy">Does it smell right after feeding, or only before the next feed?</span></li><li class="comment">' +
      '<span class="comment-copy">Only just before; right after feeding it smells of yoghurt.</span></li></ul></div></div></div>' +
      `<div id="answers"><div class="answer" itemprop="acceptedAnswer"><div class="s-prose" itemprop="text"><p>${answer}</p></div></div>` +
      '</div></div></div><div id="sidebar"><div class="question-summary"><p>How long can a rye starter sit in the fridge between feeds before ' +
      'it needs two feeds to wake up again?</p></div></div></body></html>';
    expect(norm(extractArticle(html).text)).toContain('ethyl acetate');
  });
});
