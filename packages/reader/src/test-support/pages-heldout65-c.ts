import { links, type TestPage, texts } from './page-kit.js';
import { mashableArticle } from './pages-heldout65-c2.js';

/**
 * Held-out batch 65, file c: an Engadget news article (the site header with "Engadget" nav, search and "Sign in", the topic
 * kicker, headline, the author row with role, "Updated" date and reading time, the share row with a comment count, the
 * lead image with caption and credit, the body with an inline image, a commerce module ("$229 at Papyra") and ad slots,
 * the "In this article:" topic chips, the "Popular" rail, the newsletter signup, the Yahoo consent notice, the footer and
 * the Yahoo rapid/analytics scripts).
 */
const egTitle = 'Papyra’s first color e-reader brings back physical page-turn buttons';
const egBody1 = [
  'Papyra, the small Danish company behind last year’s surprisingly good Flow e-reader, is back with a color version — and this ' +
    'time it has put physical page-turn buttons on the side, something readers have been asking for since the original launched.',
  'The Flow C uses a 7.8-inch color E Ink panel with a resolution of 300 pixels per inch for black-and-white text and 150 ppi ' +
    'for color. That’s the same screen technology most color e-readers use right now, so don’t expect magazine-quality images, ' +
    'but comics and book covers look noticeably better than on grayscale models.',
  'The bigger change is the redesigned body. The Flow C has an asymmetric shape with a thicker grip on one side, where the two ' +
    'buttons sit. Papyra says the device detects which hand you’re holding it in and flips the screen and button functions ' +
    'automatically, so left-handed readers don’t have to dig through settings.',
];
const egBody2 = [
  'Papyra has also added a warm front light with 24 brightness levels and a new “paper mode” that slightly reduces contrast, ' +
    'which the company says makes long reading sessions easier on the eyes. I haven’t used one long enough to judge that claim, ' +
    'but in a short hands-on session the screen looked even and page turns were quick, with only faint ghosting when switching ' +
    'between color illustrations.',
  'Like its predecessor, the Flow C doesn’t lock you into a single bookstore. It supports EPUB, PDF, CBZ and MOBI files, syncs ' +
    'with a library of your choice through the open OPDS standard and can borrow books from public libraries in 14 countries. ' +
    'It also has a USB-C port, Wi-Fi and Bluetooth for audiobooks, plus 32GB of storage.',
  'The catch is the price. The Flow C costs $229, $60 more than the original Flow, which Papyra will continue to sell. It goes ' +
    'on sale in the US, UK and EU on November 20, with a stylus-compatible version expected early next year.',
];
const egNav = ['News', 'Gaming', 'Gear', 'Entertainment', 'Tomorrow', 'Deals', 'Buyer’s Guide', 'Video', 'Podcasts'];
const egTopics = ['Gear', 'Papyra', 'e-reader', 'E Ink', 'Tablets'];
const egPopular = [
  'The best gaming handhelds for 2025',
  'Sony’s next PlayStation showcase is reportedly set for February',
  'The best e-readers for 2025',
  'Apple’s AirPods Pro 3 are on sale for a record low price',
];
const egFoot = [
  'About Engadget',
  'Advertise',
  'Brand Kit',
  'Buyer’s Guides',
  'Contact Us',
  'Send Us a Tip',
  'Licensing',
  'Suggestion Box',
  'Terms and Privacy Policy',
  'Privacy Dashboard',
  'Your Privacy Choices',
];
const egLeadCap = 'The Papyra Flow C has two page-turn buttons on its thicker side.';
const egInlineCap = 'Color illustrations show some ghosting when you switch pages quickly.';
const egHtml = `<!DOCTYPE html>
<html lang="en-US" class="no-js" data-color-theme="light"><head><meta charset="utf-8"><title>${egTitle}</title>
<meta name="description" content="The Flow C costs $229 and goes on sale November 20.">
<meta property="og:site_name" content="Engadget"><link rel="canonical" href="https://www.engadget.com/mobile/papyra-flow-c-color-e-reader-163000123.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${egTitle}","dateModified":"2025-11-12T16:15:00.000Z",
"author":[{"@type":"Person","name":"Nadia Fenwick","jobTitle":"Contributing Reporter"}],"publisher":{"@type":"Organization","name":"Engadget"}}</script>
<script>window.YAHOO = window.YAHOO || {}; YAHOO.context = {"site":"engadget","lang":"en-US","region":"US","spaceid":"1197803361","bucket":"seamless"};</script>
<style>.article-text p{margin:0 0 24px}.caas-figure figcaption{font-size:14px;color:#6e7780}</style></head>
<body class="engadget article"><div id="app"><header class="site-header" role="banner"><div class="site-header__inner">
<a class="site-header__logo" href="https://www.engadget.com/" aria-label="Engadget"><svg aria-hidden="true" focusable="false"></svg></a>
<nav class="site-nav" aria-label="Main navigation"><ul>${links(egNav, 'site-nav__item')}</ul></nav>
<button class="site-header__search" aria-label="Search"><svg aria-hidden="true"></svg></button>
<a class="site-header__signin" href="https://login.yahoo.com/?.src=engadget">Sign in</a></div></header>
<div class="ad-slot ad-slot--top" data-ad-loc="top"><div class="ad-slot__label">Advertisement</div></div>
<main id="main" class="article-main"><article class="article" data-uuid="d8a0f6e1-3c41-3b6c-9a2e-2f1e7b0d7c55">
<header class="article-header"><a class="article-kicker" href="https://www.engadget.com/gear/">Gear</a>
<h1 class="article-title" data-test-locator="headline">${egTitle}</h1>
<div class="article-byline"><img class="article-byline__avatar" src="https://s.yimg.com/uu/api/res/1.2/nadia-fenwick.jpg" alt="">
<div class="article-byline__meta"><a class="article-byline__author" href="https://www.engadget.com/about/editors/nadia-fenwick/">Nadia Fenwick</a>
<span class="article-byline__role">Contributing Reporter</span>
<div class="article-byline__date"><time datetime="2025-11-12T16:15:00.000Z">Updated Wed, November 12, 2025 at 4:15 PM UTC</time>
<span class="article-byline__readtime">2 min read</span></div></div></div>
<div class="article-share"><button class="article-share__button" aria-label="Share"><span>Share</span></button>
<a class="article-share__comments" href="#comments" aria-label="View comments"><span>12</span></a></div></header>
<figure class="caas-figure caas-figure--lead"><div class="caas-img-container"><img src="https://s.yimg.com/ny/api/res/1.2/papyra-flow-c.jpg"
 alt="Papyra Flow C e-reader held in one hand" loading="eager"></div>
<figcaption class="caption-collapse"><p>${egLeadCap}</p><span class="caption-credit">Papyra</span></figcaption></figure>
<div class="article-text caas-body" data-article-body="true">
${egBody1.map((p) => `<p>${p}</p>`).join('\n')}
<div class="ad-slot ad-slot--mid" data-ad-loc="mid"><div class="ad-slot__label">Advertisement</div></div>
<figure class="caas-figure"><div class="caas-img-container"><img src="https://s.yimg.com/ny/api/res/1.2/papyra-flow-c-comics.jpg" alt=""
 loading="lazy"></div><figcaption class="caption-collapse"><p>${egInlineCap}</p><span class="caption-credit">Nadia Fenwick for Engadget</span>
</figcaption></figure>
${egBody2
  .slice(0, 2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<div class="commerce-module" data-component="commerce"><div class="commerce-module__product"><span class="commerce-module__name">Papyra Flow C</span>
<a class="commerce-module__cta" href="https://shopping.yahoo.com/rdlw?merchantName=Papyra" rel="nofollow sponsored">$229 at Papyra</a></div>
<p class="commerce-module__disclosure">If you buy something through a link in this article, we may earn commission.</p></div>
${egBody2
  .slice(2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
</div>
<div class="article-topics"><span class="article-topics__label">In this article:</span><ul>${links(egTopics, 'article-topics__chip')}</ul></div>
<div id="comments" class="article-comments" data-component="comments"><button class="article-comments__open">View comments (12)</button></div>
</article>
<aside class="article-rail"><section class="rail-popular"><h2 class="rail-popular__title">Popular</h2><ol>${links(egPopular, 'rail-popular__item')}</ol>
</section><div class="ad-slot ad-slot--rail"><div class="ad-slot__label">Advertisement</div></div></aside></main>
<section class="newsletter-signup"><h2>Get the Engadget newsletter</h2><p>The day’s top tech news, reviews and deals, delivered to your inbox.</p>
<form><input type="email" aria-label="Email address" placeholder="Enter your email"><button type="submit">Subscribe</button></form></section>
<footer class="site-footer" role="contentinfo"><ul class="site-footer__links">${links(egFoot, 'site-footer__link')}</ul>
<p class="site-footer__copyright">© 2025 Yahoo. All rights reserved.</p></footer>
<div class="consent-notice" id="consent-notice" hidden><p>Yahoo is part of the Yahoo family of brands. We and our partners use cookies to
 provide our sites and apps.</p><button>Accept all</button><button>Reject all</button><button>Manage privacy settings</button></div></div>
<script>(function(){var r=window.rapidInstance;if(r){r.beaconPageview({"pt":"content","pct":"story","ver":"engadget"});}})();</script>
<noscript><img src="https://sb.scorecardresearch.com/p?c1=2&amp;c2=7241469&amp;c7=https%3A%2F%2Fwww.engadget.com%2F&amp;cv=2.0&amp;cj=1" alt=""></noscript>
</body></html>`;
const engadgetArticle: TestPage = {
  html: egHtml,
  name: 'heldout65-engadget-article',
  kind: 'news',
  // no dek and no section headings: six body paragraphs. Bylines: the author, her role and the "Updated" date. Furniture:
  // the kicker "Gear" (also a nav item and a topic chip: once), the reading time, share and comment counts, both captions
  // with their credits, the commerce module (product name, "$229 at Papyra", the disclosure), ad labels (once), "In this
  // article:" and its chips, "View comments (12)", the "Popular" rail, the newsletter box, the consent notice (hidden:
  // furniture all the same), header, nav and footer. Left out as words of the body or title: the chips "Papyra" (also the
  // lead caption's credit), "e-reader" and "E Ink", the share "Share", the commerce module's "Papyra Flow C" and the count "12"
  title: egTitle,
  headings: [],
  body: [...texts(egBody1), ...texts(egBody2)],
  bylines: ['Nadia Fenwick', 'Contributing Reporter', 'Updated Wed, November 12, 2025 at 4:15 PM UTC'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...egNav, 'Sign in', 'Advertisement', '2 min read', egLeadCap, egInlineCap, 'Nadia Fenwick for Engadget', '$229 at Papyra',
    'If you buy something through a link in this article, we may earn commission.', 'In this article:',
    ...egTopics.filter((t) => !['Gear', 'Papyra', 'e-reader', 'E Ink'].includes(t)), 'View comments (12)', 'Popular', ...egPopular,
    'Get the Engadget newsletter', 'The day’s top tech news, reviews and deals, delivered to your inbox.', 'Subscribe', ...egFoot,
    '© 2025 Yahoo. All rights reserved.', 'Yahoo is part of the Yahoo family of brands. We and our partners use cookies to provide our sites and apps.',
    'Accept all', 'Reject all', 'Manage privacy settings',
  ],
};

export const HELDOUT65_C: readonly TestPage[] = [engadgetArticle, mashableArticle];
