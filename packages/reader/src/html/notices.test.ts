import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string): string => norm(extractArticle(harbourStory(inner)).text);
/** The text's lines, trimmed, lower-cased, Markdown marks off. */
const lines = (inner: string): string[] =>
  extractArticle(harbourStory(inner))
    .text.split('\n')
    .map((l) => norm(l.replace(/^(?:#{1,6}|-) /, '')));

describe('notices over a text (round 43, after batches 72, 73 and 75)', () => {
  it("drops a post's age notice, and keeps a sentence about an old post", () => {
    expect(
      read('<div class="notice" role="note"><p><strong>Heads up!</strong> This post is over 3 years old; some information may be out of date.</p></div>'),
    ).not.toMatch(/years old|heads up/);
    expect(read('<p>This article is more than 2 years old</p>')).not.toContain('2 years old');
    expect(read('<p>This post is over 3 years old, and the harbour wall it describes has been rebuilt twice since then.</p>')).toContain(
      'rebuilt twice since then',
    );
  });

  it('drops an old version’s banner over the docs and a spoiler warning, and keeps sentences that share their words', () => {
    const text = read(
      '<div class="admonition warning"><p class="first admonition-title">Note</p><p class="last">You are not reading the most recent version ' +
        'of this documentation. <a href="/latest/">3.1</a> is the latest version available.</p></div>' +
        '<table class="article-notice"><tr><td><b>Spoiler warning!</b><br>This article contains major plot details from Ashfall II.</td></tr></table>',
    );
    expect(text).not.toMatch(/most recent version|spoiler|plot details/);
    expect(lines('<p><b>Spoiler warning!</b></p><p>The harbour wall was finished in March, a month early.</p>')).not.toContain('spoiler warning!');
    expect(read('<p>The harbour guide warns that this section contains spoilers for anyone who has not yet seen the wall, and says why.</p>')).toContain(
      'contains spoilers',
    );
  });

  it('drops a metered count, an affiliate disclosure set after another sentence and a sponsor line, and keeps a story about commissions', () => {
    const text = read(
      '<p>You’ve read 9 articles in the last year</p><div class="css-box"><p>We include products we think are useful for our readers. If you buy ' +
        'through links on this page, we may earn a small commission. <a href="/p">Here’s our process.</a></p></div><p>Supported by</p>',
    );
    expect(text).not.toMatch(/read 9 articles|small commission|supported by/);
    const story =
      '<p>If you buy through links the council publishes, we may earn nothing, the harbour trust said of its fundraising, which pays for repairs.</p>';
    expect(read(story)).toContain('harbour trust said');
  });

  it("drops a wire story's source line, an agency photo's caption and its coverage line, and keeps a sentence that names the agency", () => {
    const text = read(
      '<div class="source"><cite><span>Lisbon, Portugal</span> <span>CNN</span> —</cite></div>' +
        '<p>FILE - A bathtub ring marks the former waterline at Lake Tamarack, Aug. 12, 2024. (AP Photo/Gina Castellano, File)</p>' +
        '<p>Follow AP’s coverage of the drought in the West at https://apnews.com/hub/drought.</p>',
    );
    expect(text).not.toMatch(/lisbon|bathtub ring|follow ap/);
    expect(read('<p>The AP photo of the bathtub ring at Lake Tamarack, taken in August, was shown to the council before the vote.</p>')).toContain('ap photo');
  });

  it("drops a Q&A site's counters without a number and its list of other answers", () => {
    const text = lines('<div><span>18.2K views</span><span> · </span><span>View upvotes</span></div><div><div>More answers below</div></div>');
    expect(text.some((l) => /view upvotes|more answers below/.test(l))).toBe(false);
  });

  it('drops boxes by their names: an appeal by its label, a billboard, an "I made it" box and an appointment box', () => {
    const text = read(
      '<section aria-label="Contributions appeal"><p>Before you go: the harbour paper has no owner, and readers pay for this reporting.</p></section>' +
        '<div class="crayons-story__billboard"><p>Ship background jobs without the pager duty.</p></div>' +
        '<section class="i-made-it"><p>Did you make this project? Share it with us!</p></section>' +
        '<div class="cmp-request-appointment"><p>Book a visit with one of our harbour clinics online today.</p></div>',
    );
    expect(text).not.toMatch(/before you go|pager duty|make this project|book a visit/);
  });

  it('drops the headings of a sponsor box, vetting notes and an account table, and keeps a heading on how a story was tested', () => {
    const text = lines(
      '<h3>Did you find this article valuable?</h3><p>Sponsor us.</p><h3>How we vetted this article:</h3><h3>Compare Accounts</h3>' +
        '<table><tr><td>Northbank</td><td>Savings with no monthly fee</td></tr></table>' +
        '<h2>How we tested the wall</h2><p>We pumped the basin dry and measured the wall’s lean at low tide on three mornings in March.</p>',
    );
    expect(text).not.toContain('did you find this article valuable?');
    expect(text).not.toContain('how we vetted this article:');
    expect(text).not.toContain('compare accounts');
    expect(lines('<h2>Comments Section</h2><ul><li>Great write-up.</li></ul>')).not.toContain('comments section');
    expect(text).toContain('how we tested the wall');
  });
});

describe('notices and credits of batches 78 and 79 (round 43)', () => {
  it("drops a docs version's banner, and keeps a sentence about maintaining the docs", () => {
    const text = read(
      '<div class="pageinfo"><h3>Kubernetes v1.29 documentation is no longer actively maintained</h3><p>The version you are currently viewing ' +
        'is a static snapshot. For up-to-date information, see the <a href="/docs/">latest version</a>.</p></div>',
    );
    expect(text).not.toMatch(/no longer actively maintained|static snapshot/);
    expect(read('<p>The harbour trust said its documentation is no longer maintained by volunteers, and a clerk now keeps the records.</p>')).toContain(
      'no longer maintained by volunteers',
    );
  });

  it("drops a tabloid's call for tips, a first publisher's note, an audio offer, a co-reporting line, a source code line and a trademark notice", () => {
    const text = read(
      '<p><strong>We pay for your stories!</strong></p><p>Email us at tips@sun.example or call 020 7946 0123. You can WhatsApp us on 07700 900 415.</p>' +
        '<p><em>This article was originally published by The Prairie Health Desk, a nonprofit newsroom.</em></p>' +
        '<p>NEW You can now listen to Fox News articles!</p><p>Contributing: Sam Ortiz, Riverbend Gazette</p><p>Source: CNA/lw(ac)</p>' +
        '<p>IBM, the IBM logo, and ibm.com are trademarks or registered trademarks of International Business Machines Corp.</p>',
    );
    expect(text).not.toMatch(/pay for your stories|whatsapp|originally published|listen to fox|sam ortiz|cna\/lw|trademarks/);
    for (const line of ['<p class="gnt_ar_b_p"><em>Contributing: Sam Ortiz, Riverbend Gazette</em></p>', '<div class="source"><p>Source: CNA/lw(ac)</p></div>'])
      expect(read(line)).not.toMatch(/sam ortiz|cna\/lw/);
    expect(read('<p>This article was originally published by the harbour trust in 1912, and the council reprinted it last spring.</p>')).toContain(
      'reprinted it last spring',
    );
  });

  it("drops the legend under MDN's browser-compatibility table, and keeps the table", () => {
    const table =
      '<div class="bc-data"><table class="bc-table bc-table-web"><tr><th>Chrome</th><th>Firefox</th></tr><tr><td>Version 124</td>' +
      '<td>Version 120</td></tr></table><section class="bc-legend"><h3>Legend</h3><dl><dt>Full support</dt><dd>Full support</dd></dl>' +
      '<p>Tip: you can click/tap on a cell for more information.</p></section></div>';
    const text = read(table);
    expect(text).not.toMatch(/full support|legend|click\/tap/);
    expect(text).toContain('version 124');
  });

  it("drops a Q&A site's helpfulness count, Hacker News's banner in its <center>, and new Reddit's vote row and promoted post", () => {
    const text = read(
      '<p>5 people found this answer helpful.</p><center><a href="/apply">Applications are open for YC Summer 2025</a></center>' +
        '<shreddit-comment-action-row><faceplate-number>212</faceplate-number></shreddit-comment-action-row>' +
        '<shreddit-ad-post><h2>Switch your current account in seven days, no paperwork</h2></shreddit-ad-post>',
    );
    expect(text).not.toMatch(/found this answer helpful|applications are open|\b212\b|switch your current account/);
    expect(read('<p>Five people found this answer helpful at the council meeting, and the harbour master thanked them for it.</p>')).toContain(
      'harbour master thanked',
    );
  });

  it("drops a help centre's notice bar by its label and its who-can-do-this box", () => {
    const text = read(
      '<div class="bl-notice" role="region" aria-label="Service notice"><p>Our phone lines are closed from 24 to 26 December.</p></div>' +
        '<div class="panel"><h3>Who can do this?</h3><p><strong>Role:</strong> Project admin</p></div>',
    );
    expect(text).not.toMatch(/phone lines|who can do this|project admin/);
  });
});

describe('notices of batch 85 (round 43)', () => {
  it('drops a content warning, an opinion disclaimer, a release mark, an update note, a preview notice and a locked-thread notice', () => {
    const text = read(
      '<div class="warning"><p>Warning: This story contains references to suicide.</p></div>' +
        '<p><em>The views expressed in this article are the author’s own and do not necessarily reflect the paper’s editorial stance.</em></p>' +
        '<p><strong>FOR IMMEDIATE RELEASE</strong></p><div class="kg-callout-card"><p>This post was updated on 14 March 2025. The campsite now ' +
        'needs booking in advance.</p></div><div class="admonition"><p>This feature is in limited availability. Request access from the Labs ' +
        'page.</p></div><p>Locked post. New comments cannot be posted.</p>',
    );
    expect(text).not.toMatch(/references to suicide|views expressed|immediate release|was updated on|limited availability|locked post/);
    expect(read('<p>The views expressed at the harbour meeting were mixed, and the board promised to publish every letter it received.</p>')).toContain(
      'views expressed at the harbour meeting',
    );
  });

  it("drops a wiki's stub notice set in a one-row table of an icon's cell and the notice's cell, and keeps a two-row table", () => {
    const stub =
      '<table class="notice"><tbody><tr><td><img src="stub.png" alt=""></td><td><b>This article is a stub.</b> You can help the wiki by ' +
      '<a href="?action=edit">expanding it</a>.</td></tr></tbody></table>';
    expect(read(stub)).not.toContain('stub');
    const data = '<table><tr><td>Tide</td><td>This article is a stub of the tide table.</td></tr><tr><td>Low</td><td>06:12</td></tr></table>';
    expect(read(data)).toContain('06:12');
  });
});

describe('help-centre lines of batch 86 (round 43)', () => {
  it("drops a help centre's closing offer, its plan label and a heading's anchor mark, and keeps the heading", () => {
    const text = lines(
      '<div class="plan"><p>Plan availability</p><p>Scheduling is available on every plan.</p></div>' +
        '<h2>Can’t find the answers you’re looking for?</h2><p>We’re here to help you.</p>' +
        '<h3>Backoff <a class="Documentation-idLink" href="#hdr-Backoff">¶</a></h3><p>The wait doubles after each failed attempt, up to a minute.</p>',
    );
    expect(text).not.toContain('plan availability');
    expect(text).not.toContain('can’t find the answers you’re looking for?');
    expect(text).not.toContain('we’re here to help you.');
    expect(text).toContain('backoff');
  });
});

describe("a paywalled paragraph that ends on a number (round 43, after batch 72's Bloomberg story)", () => {
  it('keeps a paragraph of the story marked as behind the paywall whose last sentence ends on a year', () => {
    const p =
      'Charter rates for ice-class tankers have more than doubled since 2022, as new terminals compete for a small number of ' +
      'suitable ships. Several owners have ordered new vessels, but most will not be delivered before 2028.';
    expect(read(`<p class="paywall">${p}</p>`)).toContain('delivered before 2028');
  });
});

describe('an FAQ block is no Q&A page (round 43, after batch 73)', () => {
  const prose = 'The Gust is the blower we kept reaching for: light enough for one hand, and strong enough for damp leaves in a corner. ';
  const faq = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `<div id="faq-question-${i}" class="rank-math-list-item"><h3 class="rank-math-question">Question ${i + 1} about blowers?</h3>
<div class="rank-math-answer"><p>Answer ${i + 1}: only the stronger blowers lift wet leaves, so rake the worst patches first.</p></div></div>`,
    ).join('\n');
  const page = (block: string) =>
    `<html><head><title>Best blowers</title></head><body><article><h1>Best blowers</h1><p>${prose.repeat(4)}</p><p>${prose.repeat(3)}</p>
<h2>Questions</h2><div class="rank-math-list">${block}</div></article></body></html>`;

  it('reads the review above an FAQ block whose items each hold their answer', () => {
    const text = norm(extractArticle(page(faq(3))).text);
    expect(text).toContain(norm(prose.repeat(3)));
    expect(text).toContain('answer 3: only the stronger blowers');
  });

  it('still reads a question with its answers beside it as a thread', () => {
    const qa = `<html><head><title>Q</title></head><body><div class="question-page"><div class="question"><h1>Why do my blowers stall?</h1>
<p>${prose}</p></div><div id="answers"><div class="answer"><p>Answer one: ${prose}</p></div><div class="answer"><p>Answer two: ${prose}</p></div></div>
</div></body></html>`;
    const text = norm(extractArticle(qa).text);
    expect(text).toContain('answer one');
    expect(text).toContain('answer two');
  });
});
