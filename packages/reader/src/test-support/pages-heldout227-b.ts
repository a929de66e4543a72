import { links, ps, type TestPage, texts } from './page-kit.js';
import { golfPreview } from './pages-heldout227-b2.js';

/**
 * Held-out batch 227, file b: a tennis tournament's official site news story (the Grand-Slam-style site: the live-scores
 * ticker, the header nav with "Tickets" and "Watch", the partner strip, the article's category label, "Words by" and date,
 * hero photo with its credit, a "RELATED:" promo paragraph and a pull quote in the body, the share bar, tags, the "More news"
 * cards, the newsletter signup, the partner logos' alt texts and the footer with the Cookiebot banner) and, from file b2, a
 * golf tour's event preview.
 */
const tnTitle = 'Okafor saves three match points to reach first quarter-final at Harbourside';
const tnP = [
  'Adaeze Okafor had never won a match at the Harbourside Open before this week. On Wednesday night she saved three match ' +
    'points against the seventh seed, Lotte van Rijsbergen, and came through 4-6 7-6(9) 6-3 to reach the quarter-finals on Rod ' +
    'Stanley Arena.',
  'The 21-year-old qualifier, ranked 118th in the world, trailed 5-4 in the second set tie-break and faced three more match ' +
    'points at 6-5, 8-7 and 9-8. She saved the first with a backhand winner down the line and the last two with serves that van ' +
    'Rijsbergen could only block into the net.',
];
const tnRelated = 'RELATED: Seeds tumble on a wild day three at Harbourside';
const tnP2 = [
  '“I honestly don’t know how I did that,” Okafor said on court, still holding her racquet. “At 9-8 I just told myself to hit ' +
    'the ball as hard as I could. If I miss, I miss. I didn’t miss.”',
  'Van Rijsbergen, who reached the semi-finals here last year, had looked in control for almost two hours. She broke twice in the ' +
    'first set with deep returns to the Okafor forehand and served for the match at 5-4 in the second before a double fault let ' +
    'her opponent back in.',
];
const tnQuote = 'At 9-8 I just told myself to hit the ball as hard as I could. If I miss, I miss.';
const tnP3 = [
  'The third set was played at a different pace. Okafor, serving at close to 190km/h, won 14 of her 16 first-serve points and ' +
    'broke for 4-2 when van Rijsbergen, by now struggling with the heat still rising off the court at 9pm, sent a forehand long.',
  'Okafor came through three rounds of qualifying to reach the main draw, and her run is already worth more in prize money than ' +
    'she earned in the whole of last season. She will play either the second seed, Marisol Quintero, or the unseeded Czech Klara ' +
    'Dvorska for a place in the semi-finals.',
  'Earlier on Wednesday, the men’s top seed, Henrik Aalto, needed just 78 minutes to beat Tomas Ferreyra 6-2 6-3 and will face ' +
    'the Australian wildcard Jack Penhaligon on Thursday. Penhaligon is the first home player to reach the men’s quarter-finals ' +
    'since 2019.',
  'Play on Thursday begins at 11am on all courts, with the men’s doubles semi-finals scheduled for the evening session on Rod ' + 'Stanley Arena.',
];
const tnTicker = ['Live scores', 'Okafor d. van Rijsbergen 4-6 7-6(9) 6-3', 'Aalto d. Ferreyra 6-2 6-3', 'Order of play'];
const tnNav = ['Tickets', 'Schedule', 'Draws', 'Scores', 'News', 'Watch', 'Visit', 'Shop'];
const tnTags = ['Women’s singles', 'Adaeze Okafor', 'Lotte van Rijsbergen'];
const tnMore = [
  'Aalto cruises past Ferreyra in 78 minutes',
  'Penhaligon: “I grew up watching from the hill”',
  'Seeds tumble on a wild day three at Harbourside',
  'Order of play: Thursday 15 January',
];
const tnMoreDates = ['15 January 2026', '14 January 2026', '13 January 2026', '14 January 2026'];
const tnNews = ['Be the first to know', 'Get ticket releases, player news and exclusive offers straight to your inbox.', 'Subscribe'];
const tnPartners = ['Meridian Bank', 'Solace Water', 'Kite Motors', 'Tasman Air'];
const tnFoot = ['Contact us', 'Accessibility', 'Careers', 'Media', 'Terms of use', 'Privacy policy', 'Cookie settings'];
const tnCookie =
  'We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. You consent to ' +
  'our cookies if you continue to use our website.';
const tnHtml = `<!DOCTYPE html>
<html lang="en-AU" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${tnTitle} | Harbourside Open</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description"
content="Adaeze Okafor saved three match points against Lotte van Rijsbergen.">
<meta property="og:title" content="${tnTitle}"><meta property="og:type" content="article"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<link rel="canonical" href="https://harboursideopen.example/news/okafor-saves-three-match-points">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${tnTitle}",
"datePublished":"2026-01-14T12:58:00+1100","author":{"@type":"Person","name":"Phoebe Markham"},"publisher":{"@type":"Organization","name":"Harbourside
Open"}}]}</script>
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="9a1f" type="text/javascript" async></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"contentType":"article","section":"news"});</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_h3k1.css"></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="live-scores-ticker" data-component="ticker" aria-label="Live scores"><span class="ticker__label">${tnTicker[0]}</span>
<ul class="ticker__matches"><li class="ticker__match">${tnTicker[1]}</li><li class="ticker__match">${tnTicker[2]}</li></ul>
<a class="ticker__link" href="/order-of-play">${tnTicker[3]}</a></div>
<header class="site-header" role="banner"><a class="site-logo" href="/" rel="home"><img src="/themes/custom/hbo/logo.svg" alt="Harbourside Open"></a>
<nav role="navigation" aria-labelledby="block-main-menu" id="block-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-main-menu-title">Main navigation</h2><ul class="menu">${links(tnNav, 'menu-item')}</ul></nav>
<a class="btn btn--tickets" href="/tickets">Buy tickets</a></header>
<div class="partner-strip"><span class="partner-strip__label">Presented by</span><img src="/partners/meridian.svg" alt="Meridian Bank"></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content">
<article data-history-node-id="48211" class="node node--type-article node--view-mode-full article">
<div class="article__header"><span class="article__category"><a href="/news">News</a></span><h1 class="article__title"><span
class="field field--name-title">${tnTitle}</span></h1>
<div class="article__meta"><span class="article__author">Words by: Phoebe Markham</span><time class="article__date" datetime="2026-01-14T12:58:00+1100">
Wednesday 14 January 2026</time></div></div>
<figure class="article__hero"><img src="/sites/default/files/2026-01/okafor-qf.jpg" alt="Adaeze Okafor celebrates">
<figcaption class="article__hero-caption">Adaeze Okafor celebrates victory on Rod Stanley Arena. <span class="credit">Photo: Getty
Images</span></figcaption></figure>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(tnP)}
<p><strong><a href="/news/seeds-tumble-day-three">${tnRelated}</a></strong></p>
${ps(tnP2)}
<blockquote class="pull-quote"><p>${tnQuote}</p></blockquote>
${ps(tnP3)}
</div>
<div class="share-bar"><span class="share-bar__label">Share</span><a href="#" class="share-bar__link share-bar__link--facebook">Facebook</a>
<a href="#" class="share-bar__link share-bar__link--x">X</a><a href="#" class="share-bar__link share-bar__link--email">Email</a>
<button class="share-bar__copy">Copy link</button></div>
<div class="field field--name-field-tags field--type-entity-reference"><div class="field__label">Tags</div><div class="field__items">
${tnTags.map((t) => `<div class="field__item"><a href="/tags">${t}</a></div>`).join('\n')}</div></div></article>
<section class="more-news"><h2 class="more-news__title">More news</h2><div class="more-news__grid">
${tnMore
  .map(
    (t, i) => `<a class="card" href="/news/${i}"><h3 class="card__title">${t}</h3><span
class="card__date">${tnMoreDates[i]}</span></a>`,
  )
  .join('\n')}</div>
<a class="more-news__all" href="/news">View all news</a></section>
<section class="newsletter-signup"><h2>${tnNews[0]}</h2><p>${tnNews[1]}</p><form><label for="nl-email">Email address</label><input id="nl-email" type="email">
<button type="submit">${tnNews[2]}</button></form></section></div></main>
<footer class="site-footer" role="contentinfo"><div class="footer__partners"><h2 class="footer__partners-title">Official partners</h2>
<ul>${tnPartners.map((t) => `<li><img src="/partners/${t.length}.svg" alt="${t}"><span class="visually-hidden">${t}</span></li>`).join('')}</ul></div>
<ul class="footer__menu">${links(tnFoot)}</ul><p class="footer__copyright">© 2026 Harbourside Tennis Ltd</p></footer></div>
<div id="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-label="Cookie consent"><h2 id="CybotCookiebotDialogBodyContentTitle">This website uses
cookies</h2><div id="CybotCookiebotDialogBodyContentText">${tnCookie}</div><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div>
<script src="/core/misc/drupal.js" defer></script></body></html>`;
const tennis: TestPage = {
  html: tnHtml,
  name: 'heldout227-tennis-tournament-news',
  kind: 'news',
  // the pull quote repeats a line of the story and is in neither list; the "RELATED:" promo paragraph in the body is furniture
  title: tnTitle,
  headings: [],
  body: [...texts(tnP), ...texts(tnP2), ...texts(tnP3)],
  bylines: ['Words by: Phoebe Markham', 'Wednesday 14 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...tnTicker, 'Main navigation', ...tnNav, 'Buy tickets', 'Presented by', 'Meridian Bank', 'News',
    'Adaeze Okafor celebrates victory on Rod Stanley Arena.', 'Photo: Getty Images', tnRelated, 'Share', 'Facebook', 'X', 'Email', 'Copy link',
    'Tags', ...tnTags, 'More news', ...tnMore, ...tnMoreDates, 'View all news', ...tnNews, 'Email address', 'Official partners', ...tnPartners, ...tnFoot,
    '© 2026 Harbourside Tennis Ltd', 'This website uses cookies', tnCookie, 'Deny', 'Allow all',
  ],
};

export const HELDOUT227_B: readonly TestPage[] = [tennis, golfPreview];
