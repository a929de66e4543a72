import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const message = (name: string, lines: string[]) =>
  `<div class="ptW7te" role="listitem"><div class="LgTg2b"><h3>${name}</h3></div>
<div class="bDEGz">${lines.map((l) => `<p dir="ltr">${l}</p>`).join('')}</div></div>`;
const page = (list: string) => `<html><head><title>Keeping time offline - Groups</title></head><body><main><div class="Lc6yHc">
<h1>Keeping time offline</h1>${list}</div></main></body></html>`;
const threadHtml = page(`<div role="list">
${message('Elspeth Varga', [
  'We run the timing system on a small computer at the finish line, and it has lost about four seconds over a two-hour event.',
  'Is there a sensible way to keep the time accurate with no network at the course?',
])}
${message('Dmitri Loukas', [
  'A small board has no real-time clock, so once it loses the network it drifts at whatever rate its crystal runs.',
  'The proper fix is a GPS receiver with a pulse-per-second output, which locks the clock within a minute of a fix.',
])}
${message('Harriet Sowande', [
  'Seconding the GPS suggestion. We use a cheap receiver and it has been fine even under trees along the course.',
  'If you cannot add hardware, record the start gun on the same machine so that the drift cancels out over a race.',
])}
</div>`);

describe('a message list (message-list.ts)', () => {
  it('reads every message of an ARIA list of messages, not the one Readability picks', () => {
    const text = norm(extractArticle(threadHtml).text);
    for (const words of ['four seconds', 'no real-time clock', 'seconding the gps', 'record the start gun']) expect(text).toContain(words);
  });
});

const handle = (name: string): string => `@${name.split(' ')[0]?.toLowerCase()}@quay.social`;
/** A post as Mastodon's web client renders it: name and handle, time, the text, an action bar. */
const post = (name: string, paragraphs: string[]) =>
  `<article aria-posinset="1" aria-setsize="3"><div tabindex="-1"><div class="status__wrapper focusable" tabindex="0"><div class="status status-reply">` +
  `<div class="status__info"><a href="/@ines/1" class="status__relative-time"><time datetime="2025-03-02T21:20:00.000Z">Mar 2</time></a>` +
  `<a href="/@x" class="status__display-name"><span class="display-name"><bdi><strong class="display-name__html">${name}</strong></bdi> ` +
  `<span class="display-name__account">${handle(name)}</span></span></a></div><div class="status__content status__content--with-action">` +
  `<div class="status__content__text translate" lang="en">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></div>` +
  '<div class="status__action-bar"><button aria-label="Reply" class="icon-button"><span class="icon-button__counter">1</span></button></div>' +
  '</div></div></div></article>';
const opening = 'Some notes from the harbour users meeting tonight, for those who missed it. A short thread.';
const first = [
  'The harbour master said the dredging of the inner basin will start in May and take about six weeks, weather permitting. The contract went to ' +
    'the firm that did the outer channel in 2019, and the spoil will go out to the licensed ground beyond the bar, as it did then.',
  "The cost is a little over four hundred thousand pounds. The users' committee asked for the survey figures and will get them at the April meeting.",
];
export const feedHtml = `<html><head><title>Ines Moreau: "Some notes from the harbour users meeting tonight…" - Quay Social</title>
<meta property="og:title" content="Ines Moreau (@ines@quay.social)"></head>
<body><div class="column" role="region" aria-label="Post"><div class="scrollable item-list">
<div class="focusable detailed-status__wrapper" tabindex="0"><div class="detailed-status">
<a href="/@ines" class="detailed-status__display-name">
<span class="display-name"><bdi><strong class="display-name__html">Ines Moreau</strong></bdi>
<span class="display-name__account">@ines@quay.social</span></span></a>
<div class="status__content"><div class="status__content__text translate" lang="en"><p>${opening}</p><p>${first.join('</p><p>')}</p></div></div>
<div class="detailed-status__meta"><time datetime="2025-03-02T21:14:08.000Z">Mar 2, 2025, 21:14</time></div></div></div>
<div role="feed">
${post('Ines Moreau', ['Moorings on the north wall will move to the visitor pontoon while the dredger works, at no extra charge to holders.'])}
${post('Ines Moreau', ['The slipway stays open throughout, though launching will be limited to two hours either side of high water.'])}
${post('Colm Ryder', ['Thanks for this. Did they say anything about the fuel berth, which has been closed since the storm in February?'])}
</div></div></div><aside><p>A friendly server for people who live and work around the harbour and the estuary.</p></aside></body></html>`;

describe('a thread as an ARIA feed of posts (message-list.ts, round 8)', () => {
  const { title, text } = extractArticle(feedHtml);

  it('reads the first post and every post of the feed, not only the post Readability picks', () => {
    for (const words of ['dredging of the inner basin', 'visitor pontoon', 'slipway stays open', 'the fuel berth']) expect(norm(text)).toContain(words);
  });

  it("drops the posts' display names and handles", () => {
    expect(text).not.toMatch(/Colm Ryder|@ines@quay\.social|^Ines Moreau$/m);
  });

  it('takes the title from the post the <title> quotes, not from og:title (the author)', () => {
    expect(title).toBe(opening);
    expect(text.split('\n')[0]).toBe(`# ${opening}`);
  });

  it('reads one block when the feed holds little of the page prose (a timeline beside an article)', () => {
    const paragraph = '<p>The harbour master confirmed the dredging plan at the meeting, and the council will pay for it out of reserves this year.</p>';
    const feed = [
      post('Colm Ryder', ['Good news for the fuel berth at last, and about time too.']),
      post('Ann Bell', ['Will the visitor pontoon stay open all summer?']),
    ];
    const html = `<html><body><article><h1>Dredging starts in May</h1>${paragraph.repeat(8)}</article><div role="feed">${feed.join('')}</div></body></html>`;
    expect(extractArticle(html).text).not.toContain('fuel berth');
  });
});
