import { links, ps, type TestPage, texts } from './page-kit.js';
import { squarespace } from './pages-heldout342-e2.js';
import { j, lis } from './pages-heldout342-kit.js';

/**
 * Held-out batch 342, file e: a golf tournament betting preview on an Arc XP news site with the Arc Themes blocks (fusion
 * metadata, header nav chain, section overline, headline and subheadline, attribution and date, share bar, lead art caption and
 * credit, article body with headings, a picks list and an inline "Read more" link, responsible-gaming note, "Most read" card
 * list, newsletter block and footer) and, from file e2, a fantasy basketball rankings post on Squarespace.
 */
const aTitle = 'Marsh Links Open betting preview: why the wind makes Kirsten Vale our pick';
const aSub = ['A links course, a strong forecast and a field missing two of the top five. Here is where we see value this week.'];
const aH = ['Course and conditions', 'The favourite', 'Our picks', 'A long shot to consider'];
const aIntro = [
  j(
    'The Marsh Links Open returns to the Solway coast on Thursday with a field of 144 and a forecast that tournament officials have',
    'described as "lively". Gusts of 35 mph are expected on the first two days, and that changes how this event should be bet.',
  ),
];
const aP1 = [
  j(
    'Marsh Links plays just over 7,100 yards as a par 71, but length matters far less than control of ball flight. The fairways are',
    'firm and the greens are small and exposed. Over the last five editions, the winning score has ranged from 14 under in calm',
    'weather to two over when the wind blew.',
  ),
  j(
    'Players who grew up on links courses, or who have a record in the coastal events of the spring swing, have a clear edge. Those',
    'who rely on high, soft approach shots tend to struggle.',
  ),
];
const aP2 = [
  j(
    'Hendrik Aalsgaard is the 6/1 favourite after two wins in his last four starts. He is the best player in the field on current',
    'form, but his record in wind is poor: he has missed the cut in both of his previous visits here. At that price, we are happy',
    'to let him beat us.',
  ),
];
const aPicks = ['Kirsten Vale, 14/1 each-way (six places)', 'Tobias Mwangi-Hart, 28/1 each-way', 'Lucan Ferreira, top-10 finish at 4/1'];
const aP3 = [
  j(
    'Vale finished second here two years ago and leads the tour in strokes gained approaching the green on courses with a',
    'wind rating above 20 mph. Her putting has been the weak point of her season, but the slower links greens suit her.',
  ),
  j(
    'Mwangi-Hart is a proven links player who has been building form quietly, with three top-20 finishes in a row. Ferreira has',
    'not won for two seasons but has finished inside the top ten in four of his last six starts in bad weather.',
  ),
];
const aP4 = [
  j(
    'If you want a bigger price, Orla Deverin at 80/1 is worth a small each-way stake. She qualified through the regional event',
    'played on this course last month and shot the only bogey-free round of the week in the worst of the conditions.',
  ),
];
const aChain = ['Sports', 'Golf', 'Betting', 'Fantasy', 'Racing'];
const aMost = ['Aalsgaard withdraws from pro-am with back stiffness', 'Five things to watch at the Marsh Links Open', 'Tee times for the first round'];
const aFoot = ['About us', 'Contact us', 'Terms of use', 'Privacy policy', 'Ad choices'];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Marsh Links Open betting preview: why the wind makes Kirsten Vale our pick | The Coastline Courier</title>
<meta name="description" content="${aSub[0]}"><meta property="og:type" content="article"><meta name="author" content="Gideon Ashworth-Pryce">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}","datePublished":"2026-07-14T10:00:00Z",
"author":[{"@type":"Person","name":"Gideon Ashworth-Pryce"}],"publisher":{"@type":"Organization","name":"The Coastline Courier"}}</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="coastline-courier";Fusion.deployment="1114";
Fusion.globalContent={"_id":"ZK3QFJ2R7NEXAMPLE","type":"story","headlines":{"basic":"Marsh Links Open betting preview"}};</script>
<link rel="stylesheet" href="/pf/resources/styles/coastline-courier/css/style.css?d=1114"></head>
<body><div id="fusion-app" class="layout-section"><div class="b-right-rail-advanced"><header class="b-single-chain">
<nav id="main-nav" class="b-header-nav-chain" aria-label="Sections Menu"><div class="b-header-nav-chain__top-layout"><a class="b-header-nav-chain__logo"
href="/">
<img src="/pf/resources/images/courier-logo.svg" alt="The Coastline Courier"></a><button class="c-button b-header-nav-chain__sections-button">Sections</button>
<a class="c-button b-header-nav-chain__subscribe" href="/subscribe">Subscribe</a></div>
<div class="b-header-nav-chain__links-list"><ul>${links(aChain, 'b-links-bar__item')}</ul></div></nav></header>
<div class="b-ad-block"><div class="b-ad-block__label">ADVERTISEMENT</div></div>
<main class="b-right-rail-advanced__main"><article class="b-article"><div class="b-overline"><a class="c-overline" href="/sports/golf/">Golf</a></div>
<h1 class="b-headline">${aTitle}</h1>
<h2 class="b-subheadline">${aSub[0]}</h2>
<section class="c-attribution b-byline"><span class="c-attribution__by">By </span><a class="c-link" href="/people/gideon-ashworth-pryce/">Gideon
Ashworth-Pryce</a></section>
<div class="b-date"><time class="c-date" datetime="2026-07-14T10:00:00Z">July 14, 2026 at 10:00 a.m. UTC</time></div>
<div class="b-share-bar"><button class="c-button" aria-label="Share on Facebook">Facebook</button><button class="c-button" aria-label="Share on X">Share on
X</button>
<button class="c-button" aria-label="Share via email">Email</button></div>
<figure class="b-lead-art c-media-item"><img class="c-image" src="/resizer/v2/MARSH18TH.jpg?auth=ab12&amp;width=800" alt="The 18th green at Marsh Links">
<figcaption class="c-media-item__fig-caption"><span class="c-media-item__title">The 18th green at Marsh Links, where the final hole plays into the
prevailing wind.</span>
<span class="c-media-item__credit">(Ines Carrow/The Coastline Courier)</span></figcaption></figure>
<div class="b-article-body">
${ps(aIntro, ' class="c-paragraph"')}
<h2 class="c-heading">${aH[0]}</h2>
${ps(aP1, ' class="c-paragraph"')}
<p class="c-paragraph c-interstitial-link"><b>Read more:</b> <a href="/sports/golf/2026/07/13/tee-times/">Tee times and pairings for the first two
rounds</a></p>
<h2 class="c-heading">${aH[1]}</h2>
${ps(aP2, ' class="c-paragraph"')}
<h2 class="c-heading">${aH[2]}</h2>
<ul class="c-list">${lis(aPicks)}</ul>
${ps(aP3, ' class="c-paragraph"')}
<h2 class="c-heading">${aH[3]}</h2>
${ps(aP4, ' class="c-paragraph"')}
<p class="c-paragraph b-rg-note"><i>Odds as of Tuesday morning. If you or someone you know has a gambling problem, call the free helpline at 1-800-555-0199.
21+.</i></p>
</div></article></main>
<aside class="b-right-rail-advanced__rail"><div class="b-card-list"><h2 class="b-card-list__title">Most
read</h2><ul>${links(aMost, 'b-card-list__secondary-item')}</ul></div>
<div class="b-newsletter"><h3>Sports Betting Daily</h3><p>Lines, picks and analysis in your inbox every morning.</p><button class="c-button">Sign
up</button></div></aside>
<footer class="b-footer"><ul class="b-footer__links">${links(aFoot)}</ul><p class="b-footer__copyright">© 1996-2026 The Coastline
Courier</p></footer></div></div>
<script src="/pf/dist/engine/react.js?d=1114" defer></script></body></html>`;
const arc: TestPage = {
  name: 'heldout342-arcxp-themes-golf-betting-preview-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: texts([...aSub, ...aIntro, ...aP1, ...aP2, ...aPicks, ...aP3, ...aP4]),
  bylines: ['Gideon Ashworth-Pryce', 'July 14, 2026 at 10:00 a.m. UTC'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sections', 'Subscribe', ...aChain, 'ADVERTISEMENT', 'Facebook', 'Share on X', 'Email',
    'The 18th green at Marsh Links, where the final hole plays into the prevailing wind.', '(Ines Carrow/The Coastline Courier)',
    'Read more: Tee times and pairings for the first two rounds',
    'Odds as of Tuesday morning. If you or someone you know has a gambling problem, call the free helpline at 1-800-555-0199. 21+.', 'Most read',
    ...aMost, 'Sports Betting Daily', 'Lines, picks and analysis in your inbox every morning.', 'Sign up', ...aFoot, '© 1996-2026 The Coastline Courier',
  ],
};

export const HELDOUT342_E: readonly TestPage[] = [arc, squarespace];
