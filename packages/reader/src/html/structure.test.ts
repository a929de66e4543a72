import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';
import { isDateOnly } from './structure.js';

const story = (inner: string, before = '') => harbourStory(inner, { before });
const read = (inner: string, before = '') => norm(extractArticle(story(inner, before)).text);

describe('furniture by shape (structure.ts)', () => {
  it('drops a line of links separated by bars or dots, whatever the words', () => {
    expect(read('<div><a href="/s">Symptoms</a>| <a href="/d">Doctors</a>| <a href="/h">Health Care Reform</a></div>')).not.toContain('doctors');
    expect(read('<p><a>Skip to content</a> · <a>Accessibility Help</a> · <a>Sign in</a></p>')).not.toContain('accessibility help');
    expect(read('<p>Filed under: <a>Ports</a>, <a>Weather</a>, <a>Fishing</a></p>')).not.toContain('filed under');
  });

  it('keeps prose that has links in it, and a linked phrase inside a sentence', () => {
    const prose = 'The works were paid for by the <a>port authority</a> and the <a>county council</a>, which shared the cost equally.';
    expect(read(`<p>${prose}</p>`)).toContain('which shared the cost equally');
    expect(read('<p>Boats from <span><a>Brixham</a> and <a>Looe</a></span> moored there all summer.</p>')).toContain('from brixham and looe moored');
  });

  it('drops blocks that are only a date, a time or a reading time; keeps a year inside a sentence', () => {
    for (const t of ['Jan 9, 2024', '10:42 BST', '6 min read', '11-03-2023, 07:52 AM', 'Oct 17, 2023, 8:00 AM PDT', '2 days ago', '06:00, 14 MAR 2024']) {
      expect([t, isDateOnly(t)]).toEqual([t, true]);
    }
    for (const t of ['Jan 9 was cold', 'Possession 58% - 42%', '2 replies', 'Route 66', 'May the fourth']) expect([t, isDateOnly(t)]).toEqual([t, false]);
    expect(read('<div class="x"><span>6 min read</span><span>·</span><span>Jan 9, 2024</span></div>')).not.toMatch(/min read|jan 9/);
    expect(read('<p>In <span>2024</span>, the wall was finished.</p>')).toContain('in 2024, the wall was finished');
    // a transcript's timestamps, in brackets, on a line of their own
    const turn = '<div class="segment"><span class="ts">[00:01:22]</span>\n<p><strong>Ana:</strong> The wall took a winter to rebuild.</p></div>';
    expect(isDateOnly('[00:01:22]')).toBe(true);
    expect(read(turn)).not.toContain('00 01 22');
    expect(read(turn)).toContain('the wall took a winter');
  });

  it('drops controls by ARIA role and blocks hidden by an inline style', () => {
    expect(read('<div role="button">Play</div><div role="slider">0:00 / 2:31</div>')).not.toMatch(/play|2 31/);
    expect(read('<div class="overlay" style="display: none"><p>Never miss a story from the harbour</p></div>')).not.toContain('never miss');
  });

  it('names furniture by test hooks and components too (data-testid, data-component)', () => {
    expect(read('<span data-testid="storyReadTime">Six minutes</span>')).not.toContain('six minutes');
    expect(read('<div data-component="share-tools"><p>Copy the link to this page</p></div>')).not.toContain('copy the link');
  });

  it('never drops a heading for its styling class ("anchorWithStickyNavbar" is not a navbar)', () => {
    const text = extractArticle(story('<h2 class="anchor anchorWithStickyNavbar_LWe7">The new wall</h2><p>It is two metres higher than the old one.</p>')).text;
    expect(text).toContain('## The new wall');
    // nor Readability ("header" in the class is one of its unlikely-candidate words)
    const card =
      '<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header wprm-recipe-ingredients-header">Ingredients</h3><ul ' +
      'class="wprm-recipe-ingredients"><li>225 g self-raising flour</li><li>4 eggs</li><li>zest and juice of 2 lemons</li></ul></div>';
    expect(extractArticle(story(card)).text).toContain('### Ingredients');
  });

  it('reads the standfirst under the headline when Readability leaves it in the header block', () => {
    const html = `<html><body><div class="top"><h1>Harbour works</h1><p class="article-standfirst">Boats return a month early after the winter rebuild</p></div>
<div class="body"><p>${'The harbour wall was rebuilt over the winter at a cost of two million pounds. '.repeat(6)}</p>\
<p>${'Fishing boats returned in March. '.repeat(8)}</p></div></body></html>`;
    expect(extractArticle(html).text).toMatch(/^# Harbour works\n\nBoats return a month early after the winter rebuild\n\nThe harbour wall/);
    // not twice when Readability keeps it
    const kept = extractArticle(html.replace('<div class="top">', '<div class="body">'));
    expect(kept.text.split('Boats return a month early').length).toBe(2);
  });

  it("reads a standfirst with no class word when it is the page's description (the Guardian's data-gu-name, Distill's d-title)", () => {
    const dek = 'Boats return a month early after the winter rebuild';
    const page = (description: string) => `<html><head><meta name="description" content="${description}"></head><body><article>
<div data-gu-name="headline"><h1>Harbour works</h1></div><div data-gu-name="standfirst"><div class="dcr-1whrqs1"><p>${dek}</p></div></div>
<div data-gu-name="body"><p>${'The harbour wall was rebuilt over the winter at a cost of two million pounds. '.repeat(6)}</p>\
<p>${'Fishing boats returned in March. '.repeat(8)}</p></div></article></body></html>`;
    expect(extractArticle(page(dek)).text).toMatch(/^# Harbour works\n\nBoats return a month early after the winter rebuild\n\nThe harbour wall/);
    // a line next to the headline that is not the page's description is not taken for one
    expect(extractArticle(page('News from the harbour and the fish market')).text).not.toContain('Boats return');
  });

  it('takes an issue number after the headline out of the title, once (GitHub, Jira)', () => {
    const html = `<html><head><title>Harbour wall leaks at high tide · Issue #2817 · port/works</title></head><body><div class="gh-header">\
<h1><bdi>Harbour wall leaks at high tide</bdi> <span class="f1-light">#2817</span></h1></div><div class="body">\
<p>${'Water comes through the new wall at every spring tide, near the ferry berth. '.repeat(6)}</p></div></body></html>`;
    const text = extractArticle(html).text;
    expect(text).toMatch(/^# Harbour wall leaks at high tide\n\nWater comes through/);
    expect(text).not.toContain('2817');
  });

  it('drops a call-to-action link by its class (the NHS action link)', () => {
    expect(read('<p class="nhsuk-action-link"><a href="/service-search/harbour">Find a harbour office</a></p>')).not.toContain('find a harbour');
  });

  it("reads GOV.UK's lead paragraph after the headline, in a header row whose print class is styling", () => {
    const paragraphs = [
      'The harbour wall was rebuilt over the winter at a cost of two million pounds, paid by the port trust and the council. ',
      'Fishing boats returned to the inner basin in March, a month earlier than planned, and the fish market has reopened. ',
      'The slipway will reopen to the public in May, once the new railings have been fitted along the north quay. ',
    ];
    const html = `<html><head><title>Harbour works - GOV.UK</title></head><body><main><div class="govuk-grid-row gem-print-columns-none"><div\
 class="govuk-grid-column-two-thirds"><span class="govuk-caption-xl">Press release</span><h1 class="gem-c-title__text">Harbour works</h1>
<p class="gem-c-lead-paragraph">Boats return a month early after the winter rebuild.</p></div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds"><div class="govspeak">${paragraphs.map((p) => `<p>${p.repeat(3)}</p>`).join('')}\
</div></div></div></main></body></html>`;
    expect(extractArticle(html).text).toMatch(/^# Harbour works\n\nBoats return a month early after the winter rebuild\.\n\nThe harbour wall/);
    // a print link is still furniture
    expect(read('<div class="print-link"><a>Print this page</a></div>')).not.toContain('print this page');
  });

  it('reads a standfirst set as an <h6> under the headline (Patch.com; round 15)', () => {
    const html = `<html><body><div class="top"><h1>Harbour works</h1>
<h6 class="styles_Dek__gX0Yu">Boats return a month early after the winter rebuild</h6></div>
<div class="body"><p>${'The harbour wall was rebuilt over the winter at a cost of two million pounds. '.repeat(6)}</p>\
<p>${'Fishing boats returned in March. '.repeat(8)}</p></div></body></html>`;
    expect(extractArticle(html).text).toMatch(/^# Harbour works\n\nBoats return a month early after the winter rebuild\n\nThe harbour wall/);
  });

  it("drops a group of controls with its short label ('Show:' over tab buttons; round 15), keeps a group that holds text", () => {
    const tabs = '<div role="group" aria-label="Activity"><span>Show:</span><button>All</button><button>Comments</button><button>History</button></div>';
    expect(read(tabs)).not.toContain('show:');
    const slide =
      '<div role="group" aria-roledescription="slide"><p>The new slipway opened on the first of May to the whole fleet.</p><button>Next</button></div>';
    expect(read(slide)).toContain('the new slipway opened on the first of may');
  });

  it("drops a keyboard hint of the page's own controls ('Pro tip: press M to comment'; round 15), keeps an instruction", () => {
    const text = read('<p class="tip"><strong>Pro tip:</strong> press <kbd>M</kbd> to comment</p><p>Press the red button to open the lock gate.</p>');
    expect(text).not.toContain('pro tip');
    expect(text).toContain('press the red button to open the lock gate.');
  });

  it("drops a tab's label (role='tab': Docusaurus's 'TypeScript' / 'JavaScript'; round 16) and keeps its panel", () => {
    const tabs =
      '<ul role="tablist"><li role="tab">TypeScript</li><li role="tab">JavaScript</li></ul>' +
      '<div role="tabpanel"><p>Both versions of the mooring script read the tide table before they book a berth.</p></div>';
    const text = read(tabs);
    expect(text).not.toMatch(/typescript|javascript/);
    expect(text).toContain('both versions of the mooring script');
  });

  it("drops a contributor line, a funder's note, a museum object's location and Stack Overflow's ask prompt (round 16)", () => {
    const lines =
      '<p>Associated Press writer Rebecca Boone in Boise contributed to this report.</p>' +
      '<p>The Associated Press receives support from the Walton Family Foundation for coverage of water and environmental policy. The AP is ' +
      'solely responsible for all content. For all of AP’s environment coverage, visit https://apnews.example/hub/climate-and-environment</p>' +
      '<div><span>On view at Riverton Museum of Art in</span> <a href="/g">Gallery 741</a></div><p>Start asking to get answers</p>' +
      '<p>The harbour trust contributed to the cost of the new wall, and the council paid the rest.</p>';
    const text = read(lines);
    expect(text).not.toMatch(/contributed to this report|receives support|on view|start asking/);
    expect(text).toContain('the harbour trust contributed to the cost of the new wall');
  });

  it("reads the standfirst under an <h2> title on a page with no <h1>, when the <h2> is the page's og:title (Kickstarter; round 16)", () => {
    const dek = 'Keep every light burning through the winter in a board game for one to four players.';
    const page = (og: string) => `<html><head><meta property="og:title" content="${og}"></head><body><div class="top">
<h2 class="project-name">Harbour Lights</h2><p class="project-description">${dek}</p></div>
<div class="body"><p>${'The harbour wall was rebuilt over the winter at a cost of two million pounds. '.repeat(6)}</p>\
<p>${'Fishing boats returned in March. '.repeat(8)}</p></div></body></html>`;
    expect(extractArticle(page('Harbour Lights')).text).toContain(dek);
    expect(extractArticle(page('Another project')).text).not.toContain(dek);
  });

  it("reads the standfirst under an <h2> headline that is the <title>'s part before the site's name (Politico; round 19)", () => {
    const dek = 'Skippers warn that the winter berths could close on Jan. 1 if the council lets the harbour lease lapse again.';
    const page = (title: string) => `<html><head><title>${title}</title></head><body><article><header class="summary-header">
<h2 class="headline">Harbour lease runs out</h2><p class="dek">${dek}</p></header>
<div class="story-text"><p>${'The harbour wall was rebuilt over the winter at a cost of two million pounds. '.repeat(6)}</p>\
<p>${'Fishing boats returned in March. '.repeat(8)}</p></div></article></body></html>`;
    expect(extractArticle(page('Harbour lease runs out - The Harbour Post')).text).toContain(dek);
    expect(extractArticle(page('The Harbour Post - Home')).text).not.toContain(dek);
  });

  it("drops a print-edition note, a reporter's bio line and a web component named as a button (round 17), keeps a sentence about coverage", () => {
    const lines =
      '<p>A version of this article appears in print on Nov. 9, 2025, Section A, Page 18 of the New York edition.</p>' +
      '<p>Josephine Albright covers rural New England for the National desk. She is based in Boston.</p><award-button>Award</award-button>' +
      '<p>Local radio covers the harbour works every morning, and the council posts a weekly update.</p>';
    const text = read(lines);
    expect(text).not.toMatch(/appears in print|josephine albright|award/);
    expect(text).toContain('local radio covers the harbour works');
  });

  it("keeps a docs callout marked role=alert ('Note: ...'; Docsy) and a heading whose anchor link holds its whole text (Rails; round 20)", () => {
    const note =
      '<div class="alert alert-info note callout" role="alert"><strong>Note:</strong> Moorings are let by the year, and the fee is paid in April.</div>';
    const head = '<h2 id="moorings"><a class="anchorlink" href="#moorings"><span>2</span> Moorings and berths</a></h2>';
    const text = read(note + head);
    expect(text).toContain('moorings are let by the year');
    expect(text).toContain('## 2 moorings and berths');
    expect(read('<div role="alert"><p>Your session has expired. Please sign in again.</p></div>')).not.toContain('session has expired');
  });

  it("drops a pull request's merge box and diff table, Launchpad's side portlets, Gitea's issue sidebar, IPS's guest teaser (round 21)", () => {
    const boxes =
      '<div class="merge-status-list"><h3>All checks have passed</h3><div>CI / lint (pull_request)</div></div>' +
      '<table class="diff-table"><tr><td>@@ -12,6 +12,18 @@ export class RetryPolicy</td></tr></table>' +
      '<div id="side-portlets"><h2>Other bug subscribers</h2><a href="#">Subscribe someone else</a></div>' +
      '<div class="issue-content-right ui segment"><strong>Due date</strong><p>No due date set.</p></div>' +
      '<div class="cGuestTeaser"><h2>Create an account or sign in to comment</h2><p>You need to be a member in order to leave a comment</p></div>';
    expect(read(boxes)).not.toMatch(/checks have passed|retrypolicy|subscribers|due date|create an account|member in order/);
  });

  it("reads the page's own description under a title set in a <div> (Wiki.js), though the box is named a caption (round 21)", () => {
    const desc = 'Weekly checks, oil changes and winter operation of the harbour generator in the plant room.';
    const page = (meta: string) => `<html><head><title>Generator care</title><meta property="og:title" content="Generator care">${meta}</head>
<body><div class="page-header"><div class="headline">Generator care</div><div class="caption grey--text">${desc}</div></div>
<div class="contents"><h1>Weekly checks</h1><p>${'The harbour wall was rebuilt over the winter at a cost of two million pounds. '.repeat(6)}</p>\
<h1>Oil changes</h1><p>${'Fishing boats returned in March. '.repeat(8)}</p></div></body></html>`;
    expect(norm(extractArticle(page(`<meta property="og:description" content="${desc}">`)).text)).toContain(norm(desc));
    expect(norm(extractArticle(page('')).text)).not.toContain(norm(desc));
  });

  it("keeps a line opening 'By default' or 'By the numbers:' and drops a byline, in capitals too (round 22)", () => {
    const text = read(
      '<p>By default berths are let by the year, and a skipper can ask for a season:</p><p>By the numbers:</p><p>By Jane Doe</p><p>BY ANNA KOWALSKI</p>',
    );
    expect(text).toContain('by default berths are let by the year');
    expect(text).toContain('by the numbers:');
    expect(text).not.toMatch(/jane doe|kowalski/);
  });

  it("reads the article's opening set in its <header> with the headline (Rails guides; round 22), not a widget there", () => {
    const intro = 'This guide covers how the harbour lets its berths, who may book one and what a season costs a skipper.';
    const page = `<html><body><article><header id="feature"><div class="wrapper"><h1>Harbour berths</h1><p>${intro}</p>
<p>After reading this guide, you will know:</p><ul><li>Who may book a berth.</li><li>What a season costs.</li></ul>
<details><summary>Baseline</summary><p>This feature is well established and works across many harbours and boats.</p></details></div></header>
<div class="wrapper"><div id="column-side"><nav><ol><li><a href="#a">Booking</a></li></ol></nav></div><div id="column-main">
<h2>Booking</h2><p>${'The harbour wall was rebuilt over the winter at a cost of two million pounds. '.repeat(6)}</p>
<p>${'Fishing boats returned in March. '.repeat(8)}</p></div></div></article></body></html>`;
    const text = norm(extractArticle(page).text);
    expect(text).toContain(norm(intro));
    expect(text).toContain('- who may book a berth.');
    expect(text).not.toContain('well established');
  });

  it("drops a listen time ('Estimated 4 minutes'), a caption and a short link by their class words, and a co-reporting line (round 25)", () => {
    const bits =
      '<div class="tts"><span class="ttsDuration">Estimated 4 minutes</span></div><div class="img_cptn">Boats in the inner basin</div>' +
      '<a class="short-url" href="https://s.example/p/4lX">https://s.example/p/4lX</a><p>With files from Jonas Lindgren</p>';
    expect(read(bits)).not.toMatch(/estimated 4 minutes|boats in the inner basin|s\.example|with files from/);
    expect(read('<p>With files from the archive, the council showed how the wall was built in 1902.</p>')).toContain('with files from the archive');
  });

  it("keeps a name set with an empty anchor link beside it (TypeDoc's member index; round 26), and a labelled note whatever its class", () => {
    const index =
      '<dl><dt><span class="tsd-member-summary-name"><a href="/c/Berth.html">BerthPolicy</a><a href="#berthpolicy" class="anchor"></a></span>' +
      '</dt><dd><p>How many boats to admit, and how long to hold each one.</p></dd></dl>';
    expect(read(index)).toContain('berthpolicy');
    const note = '<div class="docs-alert docs-alert-helpful"><p>HELPFUL: the berth list is refreshed every hour, so a new booking shows up soon.</p></div>';
    expect(read(note)).toContain('helpful: the berth list is refreshed every hour');
    const demo =
      '<div class="docs-story"><div class="sb-story"><p>Your changes were saved.</p></div></div><div class="microblog_conversation"><p>@ann Love it!</p></div>';
    expect(read(demo)).not.toMatch(/your changes were saved|love it/);
  });

  it("keeps a post's text in a box named as a widget (Khoros; round 27), drops a social post's link card, and reads a list whose id is its own words", () => {
    const post = '<div class="lia-message-view-widget-body"><div itemprop="text"><p>Same here, it started with the update.</p></div></div>';
    expect(read(post)).toContain('same here, it started with the update.');
    const card = '<a data-testid="externalLinkCard" href="https://x.example/p"><span>Hedges and bees: the paper</span></a>';
    expect(read(card)).not.toContain('hedges and bees');
    const list = '<ol id="bkmrk-switch-on-the-extrac"><li>Switch on the extraction fan before you cut.</li><li>Check the air assist.</li></ol>';
    expect(read(list)).toContain('switch on the extraction fan');
  });

  it("keeps steps in boxes classed 'overflow-hidden', a heading whose id says 'header', and a report's statistic blocks (round 28)", () => {
    const steps =
      '<div class="steps"><div class="w-full overflow-hidden pl-8"><p>Create an endpoint</p>' +
      '<div><p>Add a route that accepts POST requests.</p></div></div></div>';
    expect(read(steps)).toContain('add a route that accepts post requests.');
    const jimdo = '<div id="cc-m-1" class="j-module n j-header"><h2 id="cc-m-header-1">Early years, 1790–1850</h2></div><p>The ropewalk opened in 1790.</p>';
    expect(read(jimdo)).toContain('## early years, 1790–1850');
    const stats =
      '<div class="stats-row"><div class="stat"><p class="stat-number">5 years</p>' +
      '<p class="stat-label">the average age at which a pump first broke down</p></div></div>';
    expect(read(stats)).toContain('5 years');
    expect(read(stats)).toContain('the average age at which a pump first broke down');
  });

  it("drops an SMF poster column, who is viewing, a page index, a download link and a 'Text:' credit line (round 28)", () => {
    const bits =
      '<div class="poster"><h4>bobbin_lass</h4><ul><li>Newbie</li><li>Posts: 12</li><li>Logged</li></ul></div>' +
      '<p>0 Members and 3 Guests are viewing this topic.</p><div class="pagelinks"><span>Pages</span><span>1</span></div>' +
      '<span><a href="#">Download: Download high-res image (412KB)</a></span><p><em>Text: Margaret Elkin, Trust archivist</em></p>';
    expect(read(bits)).not.toMatch(/bobbin_lass|posts: 12|guests are viewing|pages 1|download high-res|margaret elkin/);
  });
});
