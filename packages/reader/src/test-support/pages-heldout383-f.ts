import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout383-kit.js';

/**
 * Held-out batch 383, file f: a weekly fact-check roundup on Substack (navbar with Subscribe / Sign in, subtitle, post meta with
 * author and date, like / comment / restack / share buttons, subscription widgets, a captioned image, the "Discussion about
 * this post" comments and the Substack footer) and a fact-check database search result page built with Angular.
 */
const wrTitle = 'The Weekly Check: recall rumors, a fake heron and a budget that did not do what the mailer said';
const wrSub = 'Five claims we looked at this week, and what we found.';
const wrBody = [
  j(
    'Good morning. It was a busy week for rumors with pictures attached. Two of the five claims below spread mainly as images, which is',
    'a reminder that a screenshot is not a source. As always, each item links to the full check.',
  ),
  j(
    'A screenshot of a recall notice said all cartons of Velmora Oat Barista were being pulled because customers found glass in them. The',
    'company told us no recall had been issued, and the notice was an edited copy of a 2024 alert about a different drink.',
  ),
  "Verdict: fake. If you see a recall on social media, check the regulator's website before you pass it on.",
  j(
    'The image of a huge ice heron stretching across the Kestrel Bridge was made with an AI tool by a local artist, who labeled it as',
    'such. Organizers said the biggest sculpture this year was a 12-foot ice castle in Harbor Park. The real bridge has six lamp posts a',
    'side; the picture has three on one side and four on the other.',
  ),
  j(
    'A mailer claimed the city of Marlow Falls raised property taxes 40% in a year. The rate went up 4.1%. Some bills rose much more',
    'because of a county revaluation, but the median bill rose about 15%.',
  ),
  j(
    'A post claimed the regional water board had approved adding a "mood-altering" chemical to tap water. The board approved a routine',
    'change from one approved disinfectant to another, which is already used in most of the state.',
  ),
  j(
    "A video of a flooded market, shared as this week's storm, was filmed in 2019 in another country. Our colleagues at a wire service",
    "traced it to a local news channel's upload.",
  ),
  j(
    'That is it for this week. If you spotted a claim you want us to look at, reply to this email or leave a comment. We read all of',
    'them, even when we cannot answer each one.',
  ),
];
const wrHeadings = [
  '1. The oat milk recall that never happened',
  '2. The ice heron on the bridge',
  '3. Marlow Falls taxes, again',
  '4. The water board and the "mood chemical"',
  '5. The flooded market video',
];
const wrCap = 'The AI-generated heron image, with the mismatched lamp posts circled. Screenshot and annotation by The Weekly Check.';
const wrComments = [
  ['Della Ormsby', 'Mar 7', 'Thank you for the lamp post detail, I sent this to my mother who had shared the heron picture twice.'],
  ['rkessler', 'Mar 7', 'Could you look at the claim going around about the school bus contract? I keep seeing different numbers.'],
  ['Hollis Varn', 'Mar 8', 'Keep it up. The roundup format is the only fact-check I actually read every week.'],
] as const;
const wrCommentsHtml = wrComments
  .map(
    ([who, when, text]) => `<div class="comment"><div class="comment-content"><div class="comment-meta"><span class="commenter-name">
<a href="https://substack.example/@${who.toLowerCase().replace(/ /g, '')}">${who}</a></span><a class="comment-timestamp" href="#">${when}</a></div>
<div class="comment-body"><p>${text}</p></div><div class="comment-actions"><button class="like-button">Like</button><button>Reply</button></div></div></div>`,
  )
  .join('\n');
const sub = `<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">The Weekly
Check is a reader-supported publication. To receive new posts and support our work, consider becoming a free or paid subscriber.</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…">
<input type="submit" class="button primary" value="Subscribe"></form></div></div>`;
const wrFoot = ['Privacy', 'Terms', 'Collection notice'];
const wrHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title data-preact-helmet="true">${wrTitle}</title>
<meta data-preact-helmet="true" name="description" content="${wrSub}"><meta property="og:type" content="article">
<meta property="og:site_name" content="The Weekly Check"><link rel="alternate" type="application/rss+xml" href="https://weeklycheck.substack.example/feed">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"url":"https://weeklycheck.substack.example/p/the-weekly-check-recall",
"headline":"The Weekly Check: recall rumors, a fake heron and a budget","datePublished":"2026-03-07T11:02:33+00:00",
"author":[{"@type":"Person","name":"Juno Marchetti","url":"https://substack.example/@junomarchetti"}]}</script>
<script>window._preloads=JSON.parse("{\\"isEU\\":false,\\"language\\":\\"en\\",\\"post\\":{\\"id\\":158810442,\\"audience\\":\\"everyone\\"}}")</script>
<link rel="stylesheet" href="https://substackcdn.example/bundle/theme/main.css"></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu-content"><div class="topbar-content"><a class="navbar-title-link" href="/">The Weekly Check</a>
<div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button><button class="button sign-in-link">Sign in</button></div>
</div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published">${wrTitle}</h1><h3 dir="auto" class="subtitle">${wrSub}</h3>
<div class="post-meta"><div class="profile-hover-card-target"><a href="https://substack.example/@junomarchetti">Juno Marchetti</a></div>
<div class="pencraft pc-display-flex pc-gap-4 color-pub-secondary-text-hGQ02T">Mar 07, 2026</div></div>
<div class="post-ufi"><button class="like-button-container">12</button><a class="post-ufi-comment-button" href="#comments">3</a>
<button class="restack-button">Restack</button><button class="post-ufi-button share">Share</button></div></div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(wrBody.slice(0, 1))}
${sub}
<h2 class="header-anchor-post">${wrHeadings[0]}</h2>
${ps(wrBody.slice(1, 3))}
<h2 class="header-anchor-post">${wrHeadings[1]}</h2>
${ps(wrBody.slice(3, 4))}
<div class="captioned-image-container"><figure>
<a class="image-link image2 is-viewable-img" target="_blank" href="https://substackcdn.example/image/fetch/heron.png">
<div class="image2-inset"><picture><img src="https://substackcdn.example/image/fetch/w_1456/heron.png" width="1456" height="970" alt=""></picture></div></a>
<figcaption class="image-caption">${wrCap}</figcaption></figure></div>
<h2 class="header-anchor-post">${wrHeadings[2]}</h2>
${ps(wrBody.slice(4, 5))}
<h2 class="header-anchor-post">${wrHeadings[3]}</h2>
${ps(wrBody.slice(5, 6))}
<h2 class="header-anchor-post">${wrHeadings[4]}</h2>
${ps(wrBody.slice(6))}
${sub}
</div></div>
<div class="post-footer"><button class="like-button-container">12</button><button class="post-ufi-button share">Share</button></div></article>
<div id="comments" class="comments-section"><div class="comments-heading"><h4>Discussion about this post</h4></div>
<div class="comments-section-tabs"><button class="active">Comments</button><button>Restacks</button></div>
<div class="comment-input"><textarea placeholder="Write a comment..."></textarea></div>
<div class="comments-list">${wrCommentsHtml}</div></div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="copyright">© 2026 Juno Marchetti</div>
<ul class="footer-terms">${links(wrFoot)}</ul><a class="footer-substack-cta" href="https://substack.example/signup">Start writing</a>
<a href="https://substack.example/app">Get the app</a><p class="footer-slogan">Substack is the home for great culture</p></div></div></div></div>
<script src="https://substackcdn.example/bundle/assets/entry-5a1e.js" charset="utf-8"></script></body></html>`;
const substack: TestPage = {
  name: 'heldout383-substack-roundup-news',
  kind: 'news',
  html: wrHtml,
  title: wrTitle,
  headings: wrHeadings,
  body: texts([wrSub, ...wrBody]),
  bylines: ['Juno Marchetti', 'Mar 07, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Weekly Check', 'Subscribe', 'Sign in', 'Restack', 'Share',
    'The Weekly Check is a reader-supported publication. To receive new posts and support our work, consider becoming a free or paid subscriber.',
    wrCap, 'Discussion about this post', 'Comments', 'Restacks', ...wrComments.flatMap((c) => [...c]), 'Like', 'Reply', '© 2026 Juno Marchetti',
    ...wrFoot, 'Start writing', 'Get the app', 'Substack is the home for great culture',
  ],
};
const exTitle = 'Fact checks for "flood video"';
type Result = readonly [claimant: string, date: string, claim: string, publisher: string, rating: string, review: string];
const exResults: readonly Result[] = [
  [
    'Facebook posts',
    'Mar 1, 2026',
    "Video shows the central market in Port Selwyn flooded during this week's storm.",
    'AVP Fact Check',
    'Misleading',
    "Video of flooded market shows 2019 storm in another country, not this week's rains in Port Selwyn",
  ],
  [
    'Viral video',
    'Feb 18, 2026',
    'A shark was filmed swimming along a flooded highway near Corran Bay after the February storms.',
    'Daily Meridian Press',
    'False',
    'Fact check: Shark on flooded highway video is digitally altered',
  ],
  [
    'Multiple sources',
    'Jan 30, 2026',
    'Footage shows a dam bursting above the town of Eskvale in January 2026.',
    'Plain Facts',
    'Incorrect',
    'This video shows a controlled release at a different dam in 2022',
  ],
  [
    'Instagram user',
    'Jan 12, 2026',
    'A clip shows cars floating through an underground car park in Lake Arden after heavy rain.',
    'VeriMeter',
    'Mostly True',
    'Yes, the car park flooded, but the clip is from the 2025 storm',
  ],
  [
    'TikTok video',
    'Dec 4, 2025',
    'Video shows a bridge in the Ostrava Valley collapsing into a flooded river.',
    'Lumen Facts',
    'False',
    'The collapsing bridge video was filmed abroad during a 2021 earthquake',
  ],
  [
    'X posts',
    'Nov 21, 2025',
    'Floodwater reached the second floor of the Dunmore veterans clinic, according to a widely shared video.',
    'FactWatch.org',
    'Out of context',
    'Flood video is from a different clinic, and the Dunmore building was not damaged',
  ],
  [
    'Telegram channel',
    'Nov 2, 2025',
    'Drone footage shows a whole village under water after the autumn floods in the southern valleys.',
    'Snoopfax',
    'Correct Attribution',
    'Is the Drone Video of a Village Underwater Real?',
  ],
  [
    'Facebook page',
    'Oct 9, 2025',
    'The government released water from reservoirs on purpose to flood farmland, a video claims.',
    'Meridian Verify',
    'Unsupported',
    'No evidence that reservoirs were opened to flood farms, despite viral video',
  ],
  [
    'Local news page',
    'Sep 15, 2025',
    'A video shows rescue boats on the main street of Verano Alto during the September floods, the first there since 2019.',
    'AVP Fact Check',
    'True',
    'Yes, this video of rescue boats in Verano Alto was filmed during the September floods',
  ],
  [
    'WhatsApp message',
    'Aug 28, 2025',
    'A forwarded clip claims to show a tidal wave hitting the Harbor Park seafront, with a warning that another wave is coming tonight.',
    'Plain Facts',
    'Incorrect',
    'The seafront wave clip is a scene from a 2017 disaster film, and no warning has been issued',
  ],
];
const exBody = exResults.flatMap(([, , claim, publisher, rating, review]) => [claim, `${publisher} rating: ${rating}`, review]);
const exNav = ['Explorer', 'Markup Tool', 'Latest', 'About', 'Help'];
const exChips = ['Any language', 'Any publisher', 'Past year'];
const exFoot = ['Privacy', 'Terms', 'Send feedback'];
const ng = '_ngcontent-ng-c2471337';
const card = ([claimant, date, claim, publisher, rating, review]: Result): string => `<fc-search-result ${ng}="" _nghost-ng-c3108827=""
class="ng-star-inserted"><div _ngcontent-ng-c3108827="" class="result-card mat-mdc-card mdc-card"><div _ngcontent-ng-c3108827="" class="claim-header">
<span _ngcontent-ng-c3108827="" class="claimant">Claim by ${claimant}:</span><span _ngcontent-ng-c3108827="" class="claim-date">${date}</span></div>
<div _ngcontent-ng-c3108827="" class="claim-text">${claim}</div><div _ngcontent-ng-c3108827="" class="review"><img _ngcontent-ng-c3108827=""
class="publisher-logo" src="https://logo.claimlens.example/${publisher.length}.png" alt="">
<div _ngcontent-ng-c3108827="" class="review-rating"><span _ngcontent-ng-c3108827="" class="publisher-name">${publisher}</span> rating:
<span _ngcontent-ng-c3108827="" class="rating-text">${rating}</span></div>
<a _ngcontent-ng-c3108827="" class="review-link" target="_blank" href="https://claimlens.example/r/${date.replace(/\W/g, '')}">${review}</a></div></div>
</fc-search-result>`;
const exHtml = `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>ClaimLens Explorer</title><base href="/explorer/">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="styles.8f31c2.css" media="all">
<style ng-app-id="ng">.result-card[_ngcontent-ng-c3108827]{margin:12px 0}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebApplication",
"name":"ClaimLens Explorer","applicationCategory":"Reference"}</script>
</head><body><fc-explorer-root ng-version="17.3.2" _nghost-ng-c2471337="" ng-server-context="ssr">
<header ${ng}="" class="app-bar mat-toolbar mat-toolbar-single-row"><a ${ng}="" class="logo" href="/explorer/">ClaimLens Explorer</a>
<nav ${ng}="" class="app-nav"><ul ${ng}="">${links(exNav, 'app-nav-item')}</ul></nav></header>
<main ${ng}="" class="content"><fc-search-box ${ng}="" class="search"><form class="ng-untouched ng-pristine ng-valid"><input type="search" class="search-input"
aria-label="Search for a topic or claim" value="flood video"><button class="mat-mdc-icon-button" aria-label="Search">search</button></form>
<div class="filters">${exChips.map((c) => `<button class="mat-mdc-chip filter-chip">${c}</button>`).join('')}</div></fc-search-box>
<h1 ${ng}="" class="results-heading">${exTitle}</h1><div ${ng}="" class="results-count">About 40 results</div>
<div ${ng}="" class="results-list">
${exResults.map(card).join('\n')}
<!--container--></div>
<div ${ng}="" class="pager"><button class="mat-mdc-button" disabled>Previous</button><span class="page-label">Page 1 of 5</span>
<button class="mat-mdc-button">Next</button></div>
<p ${ng}="" class="disclaimer">Ratings are written by the listed publishers. ClaimLens does not review or endorse them.</p></main>
<footer ${ng}="" class="app-footer"><ul ${ng}="">${links(exFoot)}</ul><span>© 2026 ClaimLens, an invented project</span></footer>
</fc-explorer-root><script src="runtime.2ac1.js" type="module"></script><script src="main.9fd0.js" type="module"></script></body></html>`;
const explorer: TestPage = {
  name: 'heldout383-angular-factcheck-search-news',
  kind: 'news',
  html: exHtml,
  title: exTitle,
  headings: [],
  body: texts(exBody),
  bylines: exResults.flatMap(([claimant, date]) => [`Claim by ${claimant}:`, date]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'ClaimLens Explorer', ...exNav, ...exChips, 'About 40 results', 'Previous', 'Page 1 of 5', 'Next',
    'Ratings are written by the listed publishers. ClaimLens does not review or endorse them.', ...exFoot, '© 2026 ClaimLens, an invented project',
  ],
};

export const HELDOUT383_F: readonly TestPage[] = [substack, explorer];
