import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string): string => norm(extractArticle(harbourStory(inner)).text);

describe('furniture headings and labels (furniture-headings.ts)', () => {
  it('drops a furniture heading with the small section it opens', () => {
    const text = read('<div class="box"><h3>Who is online</h3><p>Users browsing this forum: no registered users and 3 guests</p></div>');
    expect(text).not.toMatch(/who is online|3 guests/);
  });

  it("drops a furniture label set as text and left alone in its box once its tag list is gone (round 14: 'Explore more on these topics')", () => {
    const submeta =
      '<div class="submeta"><span class="submeta-label">Explore more on these topics</span>' +
      '<ul class="keywords"><li><a href="/harbours">Harbours</a></li><li><a href="/councils">Councils</a></li></ul></div>';
    expect(read(submeta)).not.toContain('explore more on these topics');
  });

  it("keeps a label-like line that opens its section ('Discussion' in bold over a paper's paragraph)", () => {
    const section =
      '<div class="section"><p><b>Discussion</b></p><p>The rebuilt wall held through three storms, which suggests that the new ' +
      'foundations were deep enough for the winter swells of this coast.</p></div>';
    expect(read(section)).toContain('discussion');
  });
});

describe("a medical article's sources box (clean.ts: 'sources' names furniture, round 14)", () => {
  it("drops 'How we reviewed this article:' with its note and its sources list, keeps the story", () => {
    const box =
      '<section class="css-sources"><h2>How we reviewed this article:</h2><p>Our experts continually monitor the health and wellness space, ' +
      'and we update our articles when new information becomes available.</p><ul><li>Haverly J, et al. (2025). Post-dinner walking and ' +
      'overnight glycemia in middle-aged adults: a randomized trial.</li></ul></section>';
    const text = read(box);
    expect(text).not.toMatch(/how we reviewed|continually monitor|haverly/);
    expect(text).toMatch(/harbour wall was rebuilt.*fishing boats returned/);
  });

  it("drops a rail of other posts that a wrapped 'More from ...' heading opens, with its excerpts and 'Read More' links (round 15)", () => {
    const item = (t: string, x: string) =>
      `<div class="summary-item"><div class="summary-title"><a href="/j/x">${t}</a></div><div class="summary-excerpt"><p>${x}</p></div>` +
      '<a class="summary-read-more-link" href="/j/x">Read More →</a></div>';
    const rail =
      '<div class="summary-block"><div class="summary-block-header"><h3>More from the journal</h3></div><div class="summary-item-list">' +
      item('Why we stopped dredging', 'Four reasons, and what we do instead in small harbours.') +
      `${item('A new slipway', 'Built in one weekend by volunteers.')}</div></div>`;
    const text = read(rail);
    expect(text).not.toMatch(/more from the journal|four reasons|built in one weekend|read more/);
    expect(text).toMatch(/harbour wall was rebuilt.*fishing boats returned/);
  });

  it("drops a book page's widget titles and labels: 'Ratings & Reviews', 'Readers also enjoyed', 'Genres', a format line (round 15)", () => {
    const page =
      '<ul class="CollapsableList"><span class="genreLabel">Genres</span><span><a class="Button Button--tag" href="/g">Mystery</a></span></ul>' +
      '<div class="FeaturedDetails"><p>384 pages, Hardcover</p></div><div class="s"><h2>Readers also enjoyed</h2></div><h2>Ratings &amp; Reviews</h2>';
    expect(read(page)).not.toMatch(/genres|384 pages|readers also enjoyed|ratings & reviews/);
  });

  it("drops 'Your Answer' over an answer form and a small 'Rights and Reproduction' section (round 16)", () => {
    const text = read('<h2>Your Answer</h2><div><h2>Rights and Reproduction</h2><p>Public Domain. This image may be used without restriction.</p></div>');
    expect(text).not.toMatch(/your answer|rights and reproduction|public domain/);
  });

  it("drops a recap's 'Game Information' card, venue and city too (round 19), and keeps a 'Game plan' section of prose", () => {
    const card =
      '<section class="Card GameInfo"><div class="Card__Header"><h2>Game Information</h2></div><div class="GameInfo__Location">' +
      '<span>Harbour Arena</span><span>7:00 PM, November 11, 2025</span><span>Portmere, CA</span></div></section>';
    expect(read(card)).not.toMatch(/game information|harbour arena|portmere/);
    const plan = '<h2>Game plan</h2><p>The coach said the team would press high from the first whistle and keep the ball away from the harbour end.</p>';
    expect(read(plan)).toContain('keep the ball away');
  });

  it("drops a folded table of contents' summary label once its links are gone (just-the-docs; round 20)", () => {
    const toc =
      '<details open><summary class="text-delta">Table of contents</summary>' +
      '<ol><li><a href="#a">Moorings</a></li><li><a href="#b">Fees</a></li></ol></details>';
    expect(read(toc)).not.toContain('table of contents');
  });

  it("drops a panel that repeats the accepted answer under 'Accepted Solutions' (Khoros; round 27), keeps the answer in the thread", () => {
    const answer = 'Pin the router radio to channel 44 and the satellite stays on the fast link from then on.';
    const panel = `<div class="lia-panel"><div class="bar"><span>Accepted Solutions</span></div><div class="content"><p>${answer}</p></div></div>`;
    const text = norm(extractArticle(harbourStory(`${panel}<p>Reply: ${answer}</p>`)).text);
    expect(text).not.toContain('accepted solutions');
    expect(text.split('pin the router radio').length).toBe(2);
  });

  it("keeps a paper's 'Discussion' section beside its 'Results', drops a forum's 'News:' box and a 'Keywords' box (round 28)", () => {
    const prose = 'The stretch signal reached the forebrain within four seconds of the start of drinking in every mouse. ';
    const paper = `<h2>Results</h2><p>${prose}</p><h2>Discussion</h2><p>${prose}</p>`;
    expect(norm(extractArticle(harbourStory(paper)).text)).toContain('## discussion');
    const boxes =
      '<div class="news"><h2>News: </h2><p>The 2026 weekend is now taking bookings.</p></div><div class="kw"><h2>Keywords</h2><span>Canal seepage</span></div>';
    expect(norm(extractArticle(harbourStory(boxes)).text)).not.toMatch(/news:|taking bookings|keywords|canal seepage/);
  });

  it('round 29: drops a thread’s counters heading and a launch page’s "Meet the team" with its names, and keeps the replies', () => {
    const text = read(
      '<h2>3 comments · 3 replies</h2><div class="reply"><p>Same here: builds went from a minute to four on a smaller site, watching this.</p></div>' +
        '<section><h2>Meet the team</h2><ul><li><a href="/@nora">Nora Pellegrini</a></li><li><a href="/@sami">Sami Okafor</a></li></ul></section>',
    );
    expect(text).not.toMatch(/3 comments|meet the team|nora pellegrini/);
    expect(text).toContain('builds went from a minute to four');
  });

  it('round 32: drops a "Go deeper" rail of story cards', () => {
    const rail = '<section><h2>Go deeper</h2><a href="/a"><span>Columbus’ housing levy pays for its first homes</span></a></section>';
    expect(read(rail)).not.toMatch(/go deeper|housing levy/);
  });
});

describe("a how-to's questions from its readers (furniture-headings.ts, round 46)", () => {
  it('drops the section under "Community Q&A", questions and answers, and keeps the steps above it', () => {
    const qa =
      '<ol><li>Slide the boat onto the trailer at high water, bow first, and winch it up slowly.</li></ol>' +
      '<div id="qa" class="section qa"><h2><span class="mw-headline">Community Q&amp;A</span></h2><div class="section_text"><ul class="qa_list">' +
      '<li class="qa_li"><div class="qa_q">Should I winch the boat at low water when the ramp is dry and the tide is out?</div>' +
      '<div class="qa_answer">No. The keel drags on the concrete at low water and the hull scrapes on the ramp.</div></li></ul></div></div>';
    const text = read(qa);
    expect(text).toContain('slide the boat onto the trailer');
    expect(text).not.toMatch(/community q|should i winch|the keel drags/);
  });
});
