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
    expect(text).toContain('how we tested the wall');
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
