import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 161, file c2: an Engadget story on the Yahoo-era template (the Yahoo consent redirect notice, header nav with
 * "Buyer's Guide" and "Deals", the category eyebrow, h1 and dek, author with role, "Updated" time and read time, the
 * affiliate disclosure at the top of the story, lead image caption with credit, an in-story ad label, "Read more:" link line,
 * the share row, the "Latest" and "Trending" rails, the newsletter promo and the footer).
 */
const egTitle = 'Halvard’s Pocket 2 handheld ditches the joysticks for trackpads';
const egDek = 'The $399 PC handheld is built around Steam Input rather than fighting it.';
const egP = [
  `Halvard, the small Oslo company behind last year’s surprisingly good Pocket handheld, is back with a sequel that makes a bold
  bet: there are no analog sticks at all. In their place are two square, haptic trackpads, each a little larger than a postage stamp,
  which the company says are better suited to the mouse-driven PC games that most people actually play on the go.`,
  `It sounds mad, and it might be. But Halvard’s founder Sigrid Aune told Engadget that more than half of the play time logged on the
  first Pocket was in strategy games, point-and-click adventures and older shooters, all designed around a mouse. “People were
  fighting the sticks,” she said. “We watched testers play with the trackpads for ten minutes and they did not want to go back.”`,
  `The rest of the hardware is a modest update. The Pocket 2 uses the same eight-core chip as its predecessor, now paired with 24GB of
  memory rather than 16GB, and a 7-inch 1,920 x 1,200 display that refreshes at up to 120Hz. Battery capacity rises to 60Wh, which
  Halvard says is good for around three hours in demanding games and far longer in the indie titles it expects people to favor.`,
  `Games that need sticks are not entirely left out. Each trackpad can emulate a joystick, with a raised ring around the edge to tell
  your thumb where the center is, and the device works with any Bluetooth controller. I had about half an hour with a prototype, and
  while driving in a racing game felt clumsy, a turn-based strategy game was the most comfortable I have ever played on a handheld.`,
  `The Pocket 2 goes on preorder today for $399 with 512GB of storage, or $499 with 1TB. Halvard expects to ship the first units in May.`,
];
const egNav = ["Buyer's Guide", 'Deals', 'Gaming', 'Gear', 'Entertainment', 'Tech', 'AI', 'Science'];
const egAff =
  'Engadget has been testing and reviewing consumer tech since 2004. Our stories may include affiliate links; if you buy something ' +
  'through a link, we may earn a commission. Read more about how we evaluate products.';
const egCaption = 'The Halvard Pocket 2 replaces analog sticks with two haptic trackpads.';
const egReadMore = 'Read more: The best handheld gaming PCs for 2026';
const egShare = ['Share', 'Copy link', 'Facebook', 'X', 'Reddit'];
const egLatest = [
  'The best wireless earbuds for 2026',
  'Sonar Labs’ new smart ring tracks blood oxygen overnight',
  'A budget e-reader with a color screen is finally here',
  'Redwell’s electric cargo bike now folds in half',
];
const egTrending = ['The best gaming laptops for 2026', 'How to turn off AI summaries in your email app', 'Everything announced at GameFest'];
const egNews = ['Subscribe to the Engadget Newsletter', 'Get our latest news, deals and reviews straight to your inbox.', 'Sign up'];
const egFoot = [
  'About Engadget',
  'Advertise',
  'Contact Us',
  'Tips',
  'Reprints and Permissions',
  'Terms and Privacy Policy',
  'Privacy Dashboard',
  'About Our Ads',
];
const egConsent = 'Yahoo is part of the Yahoo family of brands. We use cookies to provide our sites and apps to you.';
const egHtml = `<!DOCTYPE html>
<html lang="en-US" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Halvard’s Pocket 2 handheld ditches the joysticks for trackpads</title><meta name="description" content="${egDek}">
<meta property="og:site_name" content="Engadget"><meta property="og:title" content="${egTitle}"><meta name="twitter:site" content="@engadget">
<link rel="canonical" href="https://www.engadget.com/gaming/pc/halvards-pocket-2-handheld-ditches-the-joysticks-for-trackpads-150012345.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${egTitle}","dateModified":"2026-03-03T16:12:00.000Z",
"datePublished":"2026-03-03T15:00:12.000Z","author":[{"@type":"Person","name":"Callum Reyes"}],"publisher":{"@type":"Organization","name":"Engadget"}}</script>
<link rel="stylesheet" href="https://s.yimg.example/cv/apiv2/engadget/main.min.css">
<script>window.YAHOO = window.YAHOO || {}; YAHOO.context = {"site":"engadget","lang":"en-US","region":"US"};</script></head>
<body class="engadget article">
<div id="consent-notice" class="consent-hidden" style="display:none"><p>${egConsent}</p><button>Accept all</button><button>Reject all</button></div>
<header id="module-header" class="header" role="banner"><a href="https://www.engadget.com/" class="header-logo" aria-label="Engadget">
<svg aria-hidden="true" class="logo"></svg></a><nav aria-label="Primary"><ul class="header-nav">${links(egNav, 'header-nav-item')}</ul></nav>
<a href="https://login.yahoo.example/" class="header-signin">Sign In</a></header>
<main id="main" class="main"><div class="article-wrap"><article class="caas-container" data-uuid="c41e6f8a-2d11-3c55-8b2e-1f7d2a6c0e31">
<header class="caas-header"><a class="caas-eyebrow" href="https://www.engadget.com/gaming/">Gaming</a>
<h1 class="caas-title-wrapper" data-test-locator="headline">${egTitle}</h1>
<p class="caas-subheadline">${egDek}</p></header>
<div class="caas-attr"><div class="caas-attr-meta"><div class="caas-attr-item-author"><a href="https://www.engadget.com/about/editors/callum-reyes/"
class="caas-attr-provider">Callum Reyes</a><span class="caas-attr-role">Contributing Reporter</span></div>
<div class="caas-attr-time-style"><time datetime="2026-03-03T16:12:00.000Z">Updated Tue, March 3, 2026 at 4:12 PM UTC</time>
<span class="caas-attr-mins-read">2 min read</span></div></div>
<div class="caas-share-buttons" aria-label="Share">${egShare.map((t) => `<button class="caas-share-button" title="${t}"><span>${t}</span></button>`).join('')}
</div></div>
<div class="caas-body"><p class="caas-affiliate-disclaimer"><em>${egAff}</em></p>
<figure class="caas-figure"><div class="caas-img-container"><img class="caas-img" alt="Halvard Pocket 2"
src="https://s.yimg.example/ny/api/res/1.2/pocket2.jpg"></div><figcaption class="caption-collapse"><span>${egCaption}</span>
<span class="caas-img-credit">(Halvard)</span></figcaption></figure>
${egP
  .slice(0, 3)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<div class="caas-da" data-ad="inbody-1"><span class="ad-label">Advertisement</span><div id="sda-INARTICLE"></div></div>
<p><strong>Read more: </strong><a href="https://www.engadget.com/gaming/best-handheld-gaming-pcs.html">The best handheld gaming PCs for 2026</a></p>
${egP
  .slice(3)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
</div></article>
<aside class="article-rail"><section class="rail-module"><h2 class="rail-title">Latest</h2><ul>${links(egLatest, 'rail-item')}</ul></section>
<div class="rail-ad"><span class="ad-label">Advertisement</span><div id="sda-LREC"></div></div>
<section class="rail-module"><h2 class="rail-title">Trending</h2><ol>${links(egTrending, 'rail-item')}</ol></section></aside></div>
<section class="newsletter-promo"><h2>${egNews[0]}</h2><p>${egNews[1]}</p><a href="https://www.engadget.com/newsletter/" class="btn">${egNews[2]}</a></section>
</main>
<footer class="footer" role="contentinfo"><ul class="footer-links">${links(egFoot, 'footer-link')}</ul>
<p class="footer-copy">© 2026 Yahoo. All rights reserved.</p></footer>
<script src="https://s.yimg.example/aaq/engadget/main.min.js" defer></script></body></html>`;
export const engadgetNews: TestPage = {
  html: egHtml,
  name: 'heldout161-engadget-news',
  kind: 'news',
  // the dek is body; the affiliate disclosure at the top of the caas-body and the "Read more:" line are furniture
  title: egTitle,
  headings: [],
  body: texts([egDek, ...egP]),
  bylines: ['Callum Reyes', 'Updated Tue, March 3, 2026 at 4:12 PM UTC', '2 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    egConsent, 'Accept all', 'Reject all', ...egNav, 'Sign In', 'Contributing Reporter', ...egShare, egAff, egCaption, '(Halvard)', 'Advertisement',
    egReadMore, 'Latest', ...egLatest, 'Trending', ...egTrending, ...egNews, ...egFoot, '© 2026 Yahoo. All rights reserved.',
  ],
};
