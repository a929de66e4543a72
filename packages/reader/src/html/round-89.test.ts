import { describe, expect, it } from 'vitest';
import { HELDOUT337_PAGES } from '../test-support/pages-heldout337.js';
import { HELDOUT339_PAGES } from '../test-support/pages-heldout339.js';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';

const ANSWER = 'Orders placed before noon on a weekday leave the harbour depot the same afternoon by tracked post.';

describe('batches 337 and 339 (round 89)', () => {
  it('opens an FAQ answer that its question names by aria-controls, however the answer is collapsed, and keeps the question', () => {
    const faq = page(HELDOUT339_PAGES, 'heldout339-wix-faq-accordion');
    const questions = faq.body.filter((b) => b.endsWith('?'));
    expect(questions.length).toBeGreaterThan(4);
    expect(leaked(faq, questions)).toEqual(questions);
    const text = read(`${STORY}<ul><li><div role="button" aria-expanded="false" aria-controls="a1"><span>When will my order leave?</span></div>
<div id="a1" class="collapsed" style="height:0;overflow:hidden"><p>${ANSWER}</p></div></li></ul>`);
    expect(text).toContain('when will my order leave?');
    expect(text).toContain(ANSWER.slice(0, 50).toLowerCase());
  });

  it('still drops a menu button and its panel of links', () => {
    const text = read(`${STORY}<nav><button aria-expanded="false" aria-controls="m1">Timetables</button><div id="m1"><ul>
<li><a href="/a">Summer sailings</a></li><li><a href="/b">Winter sailings</a></li></ul></div></nav>`);
    expect(text).not.toContain('timetables');
    expect(text).not.toContain('summer sailings');
  });

  it('reads a cookie policy’s declaration of cookies, and still drops the consent banner', () => {
    const policy = page(HELDOUT339_PAGES, 'heldout339-elementor-cookiebot-cookie-policy');
    const purposes = policy.body.filter((b) => /^(?:Keeps|Registers|Used)\b/.test(b));
    expect(purposes.length).toBeGreaterThan(2);
    expect(leaked(policy, purposes)).toEqual(purposes);
    const banner = policy.furniture.filter((f) => f.length > 60 && /cookies/i.test(f));
    expect(leaked(policy, banner)).toEqual([]);
    const text = read(`${STORY}<div class="cookie-banner"><p>We use cookies to count visits to the harbour pages and to remember your choices.</p>
<button>Accept</button></div>`);
    expect(text).not.toContain('we use cookies to count visits');
  });
  it('reads a box whose name starts with "extra" as a longer word (a book’s extract), and still drops an extra box', () => {
    const book = page(HELDOUT337_PAGES, 'heldout337-drupal-publisher-book-extract-blog');
    const extract = book.body.filter((b) => b.startsWith('Our father died') || b.startsWith('Hester found') || b.includes('said Hester'));
    expect(extract.length).toBeGreaterThan(2);
    expect(leaked(book, extract)).toEqual(extract);
    const text = read(`${STORY}<section class="book__extract" id="extract"><h2>Read an extract</h2><p>The ferry left at dawn with the mail
and three passengers, and the harbour master watched it round the point before he went back to his tea.</p><p>By noon the wind had
turned, and the boats that had gone out for mackerel came back early with empty boxes and wet crews.</p></section>
<div class="extra"><p>Also in this series: twelve more stories from the harbour, each one read aloud by its author.</p></div>`);
    expect(text).toContain('the ferry left at dawn');
    expect(text).not.toContain('also in this series');
  });
});
