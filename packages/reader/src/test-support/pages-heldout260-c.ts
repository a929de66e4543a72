import { links, ps, type TestPage, texts } from './page-kit.js';
import { ghost } from './pages-heldout260-c2.js';
import { j } from './pages-heldout260-kit.js';

/**
 * Held-out batch 260, file c: a Substack post (navbar with Subscribe and Sign in, h1.post-title with h3.subtitle, byline
 * with the author and date, like / comment / restack / share bar, the subscription widget inside and after the post, a
 * captioned image, the "Discussion about this post" comments and the footer) and, from file c2, a Ghost post on Casper.
 */
const sTitle = 'The Bus That Only Runs on Market Day';
const sSub = 'A county timetable, one driver, and what a town loses when a route becomes a footnote.';
const sP = [
  j(
    'The 47 leaves Cardle Green at 8.10 on Thursdays and at no other time. It is not on the council’s journey planner, it has',
    'no number on the front, and it is the only way eleven of the people I interviewed for this piece get to the doctor.',
  ),
  j(
    'I rode it four weeks running this winter. The driver, a former dairy hand called Ewan Tulloch, knows which passengers',
    'need the ramp, who will be waiting at the phone box and who only comes if it is dry.',
  ),
];
const sH = ['How a route shrinks', 'Who rides it', 'What would help'];
const sP1 = [
  j(
    'Nobody decided to reduce the 47 to one day a week. In 2019 it ran daily; then the Saturday run went in a budget round,',
    'then the early service, then Mondays and Wednesdays when the contract was retendered. Each cut saved a small sum and',
    'was noted in an appendix.',
  ),
  j(
    'The result is a bus designed around the market and nothing else. If your hospital appointment is on a Tuesday, you',
    'pay for a taxi or you ask a neighbour, and many people told me they simply stopped asking.',
  ),
];
const sP2 = [
  'Pensioners without a car, who made up most of the riders on each of my four trips.',
  'Two teenagers doing a college course in town, who use it for their one day of lessons.',
  'A care worker who rides in, works a double shift and gets a lift home.',
];
const sQuote = 'It’s not a bus any more. It’s an appointment you have with the whole valley.';
const sP3 = [
  j(
    'Ewan said that to me on the last trip, as the bus idled at the market cross. He is not sentimental about the route;',
    'he thinks it should run three days a week and be listed properly, so that people can plan around it.',
  ),
  j(
    'The cheapest fix is the listing. A route that does not appear in the journey planner does not appear in anyone’s',
    'plans either, and the next budget round will find it easy to cut a service nobody seems to use.',
  ),
  'Next week: the volunteer car scheme that has quietly become the valley’s second bus.',
];
const sFoot = ['Privacy', 'Terms', 'Collection notice'];
const sCmts = [
  ['Gwen Abernethy', 'Mar 12', 'My mother relied on this bus for years. Thank you for writing about it with such care.'],
  ['Callum R', 'Mar 12', 'Has anyone asked the council why it is missing from the planner? That seems like an easy win.'],
];
const subWidget = (label: string): string => `<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe">
<div class="preamble"><p class="cta-caption">${label}</p></div><form class="subscription-widget-subscribe" action="/api/v1/free" method="post">
<input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input tabindex="-1" type="submit" class="button primary"
value="Subscribe"></form></div></div>`;
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sTitle} - by Nia Carrow - Valley Lines</title><meta property="og:title" content="${sTitle}"><meta name="description" content="${sSub}">
<meta name="author" content="Nia Carrow"><meta property="og:site_name" content="Valley Lines"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${sTitle}","datePublished":"2026-03-11T07:00:00+00:00",
"author":[{"@type":"Person","name":"Nia Carrow"}],"publisher":{"@type":"Organization","name":"Valley Lines"}}</script>
<link rel="stylesheet" href="https://substackcdn.example/bundle/theme/main.css">
<script>window._preloads = JSON.parse("{\\"pub\\":{\\"name\\":\\"Valley Lines\\"},\\"post\\":{\\"id\\":149220731}}")</script></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu-content">
<div class="topbar-content"><div class="navbar-left-container"><a href="/" class="navbar-title-link">Valley Lines</a></div>
<div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button><button class="button sign-in-link">Sign
in</button></div></div></div>
<div class="container"><div class="single-post-container"><div class="container"><div class="single-post"><div class="post typography" role="article">
<div class="post-header"><h1 class="post-title published title-X77sOw">${sTitle}</h1><h3 class="subtitle subtitle-HEEcLo">${sSub}</h3>
<div class="byline-wrapper"><div class="pencraft pc-display-flex pc-gap-12"><div class="profile-hover-card-target"><a href="https://substack.example/@niacarrow"
class="pencraft pc-reset">Nia Carrow</a></div><div class="pencraft pc-display-flex pc-gap-4 pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">
<div class="pencraft pc-reset">Mar 11, 2026</div></div></div></div>
<div class="post-ufi style-large-on-narrow themed"><div class="like-button-container post-ufi-button"><a class="post-ufi-button state-disabled" role="button"
aria-label="Like (212)"><div class="label">212</div></a></div><a href="#discussion" class="post-ufi-button post-ufi-comment-button"><div
class="label">Comments</div></a>
<a class="post-ufi-button restack-button" role="button"><div class="label">Restack</div></a><a class="post-ufi-button share"><div
class="label">Share</div></a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(sP)}
${subWidget('Valley Lines is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.')}
<h2 class="header-anchor-post">${sH[0]}</h2>
${ps(sP1)}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="https://substackcdn.example/image/47.jpeg">
<div class="image2-inset"><picture><img src="https://substackcdn.example/image/47-w1456.jpeg" width="1456" height="970" alt="" class="sizing-normal"
loading="lazy"></picture></div></a><figcaption class="image-caption">The 47 waiting at the market cross. Photo: Nia Carrow</figcaption></figure></div>
<h2 class="header-anchor-post">${sH[1]}</h2>
<ul>${sP2.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
<blockquote><p>${sQuote}</p></blockquote>
<h2 class="header-anchor-post">${sH[2]}</h2>
${ps(sP3)}
</div></div>
${subWidget('Thanks for reading Valley Lines! Subscribe for free to receive new posts and support my work.')}
<div class="post-footer"><div class="post-ufi"><div class="label">212</div><div class="label">Comments</div><div class="label">Restack</div>
<a class="button share"><div class="label">Share</div></a></div></div></div></div></div>
<div id="discussion" class="comments-page"><div class="container"><h4 class="comments-heading">Discussion about this post</h4>
<div class="comments-list">${sCmts
  .map(
    (c) => `<div class="comment"><div class="comment-content"><div class="comment-meta"><span class="commenter-name">
<a href="#">${c[0]}</a></span><a href="#" class="comment-timestamp">${c[1]}</a></div><div class="comment-body"><p>${c[2]}</p></div>
<div class="comment-actions"><span>Like</span><span>Reply</span><span>Share</span></div></div></div>`,
  )
  .join('\n')}</div></div></div>
<div class="post-page-recommendations"><h4>Ready for more?</h4>${subWidget('Type your email to get the next post.')}</div></div>
<div class="footer-wrap publication-footer"><div class="footer-section"><div class="footer-copyright">© 2026 Nia Carrow</div>
<ul class="footer-terms">${links(sFoot)}</ul><div class="footer-buttons"><a href="https://substack.example/signup" class="footer-substack-cta">Start writing</a>
<a href="https://substack.example/app" class="footer-app-cta">Get the app</a></div><div class="footer-substack-tagline"><a
href="https://substack.example">Substack</a>
is the home for great culture</div></div></div></div></div>
<script src="https://substackcdn.example/bundle/static/js/main.b1d3ee.js" charset="utf-8" async></script></body></html>`;
const substack: TestPage = {
  name: 'heldout260-substack-post-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([sSub, ...sP, ...sP1, ...sP2, sQuote, ...sP3]),
  bylines: ['Nia Carrow', 'Mar 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Valley Lines', 'Subscribe', 'Sign in', '212', 'Comments', 'Restack', 'Share',
    'Valley Lines is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.',
    'The 47 waiting at the market cross. Photo: Nia Carrow', 'Thanks for reading Valley Lines! Subscribe for free to receive new posts and support my work.',
    'Discussion about this post', 'Gwen Abernethy', 'Callum R', 'Mar 12', ...sCmts.map((c) => c[2] ?? ''), 'Like', 'Reply', 'Ready for more?',
    'Type your email to get the next post.', '© 2026 Nia Carrow', ...sFoot, 'Start writing', 'Get the app', 'Substack is the home for great culture',
  ],
};

export const HELDOUT260_C: readonly TestPage[] = [substack, ghost];
