import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout357-kit.js';

/**
 * Held-out batch 357, file f2: a photography magazine's gear news on a Future plc-style template (trending bar, breadcrumb,
 * strapline, author byline with "published" date, social share, hero image caption and credit, "Jump to" links, an inline
 * "Read more" promo, Hawk price widget, newsletter sign-up, "You might also like" and "Most popular" rails, OpenWeb comments
 * button, publisher footer) (see file f).
 */
const mTitle = 'Sekka P3 brings a stacked 1-inch sensor and a built-in ND filter to a pocket compact';
const mStrap = 'The third P-series compact adds a faster sensor, a 24-100mm equivalent zoom and a three-stop ND filter';
const mBody = [
  j(
    'Sekka has announced the P3, the third generation of its premium pocket compact. The new model keeps the size and the fixed zoom',
    'of the P2 but replaces the sensor with a 1-inch stacked design, which the company says reads out three times faster.',
  ),
  j(
    'The faster readout should make the electronic shutter much more usable for moving subjects, and it allows 4K video at up to',
    '120 frames per second. The P2 was limited to 30 frames per second in 4K and showed noticeable rolling-shutter skew.',
  ),
];
const mKey = [
  '20.1MP 1-inch stacked CMOS sensor',
  '24-100mm equivalent f/1.8-2.8 zoom lens',
  'Built-in three-stop ND filter',
  '4K/120p video with 10-bit log recording',
  'Tilting 3-inch touchscreen and pop-up 2.36M-dot viewfinder',
];
const mQuote = j(
  '"Our customers told us they wanted to shoot wide open in bright light without carrying filters," said Akiko Marune, product',
  'manager for the P series. "The ND filter was the single most requested feature on the P2."',
);
const mBody2 = [
  j(
    'Battery life has improved a little, to a CIPA rating of 290 shots, and the camera now charges over USB-C while it is switched',
    'on. The body is not weather-sealed, which may disappoint travel photographers hoping for a tougher P-series.',
  ),
  j(
    'Autofocus gets an update too. The P3 uses phase-detection points across almost the whole frame and can now recognise animals,',
    'birds and vehicles as well as people. Sekka claims focus is acquired about forty per cent faster than on the outgoing model.',
  ),
];
const mPrice = [
  j(
    'The Sekka P3 goes on sale in late April at $1,099 / £999. An optional shooting grip will cost $79 / £69. Existing P2 owners',
    "can claim a $150 trade-in credit through Sekka's own store until the end of June.",
  ),
  j(
    'We expect to have a production sample in the office shortly, and will publish our full review once we have tested it. Until',
    'then, the P2 remains on sale at a reduced price.',
  ),
];
const mHeads = ['Key specifications', 'Price and availability'];
const mTrending = ['Best cameras 2026', 'Camera rumors', 'Best film cameras', 'Photo competitions'];
const mCrumbs = ['Cameras', 'Compact cameras'];
const mShare = ['Share this article', 'Share on Facebook', 'Share on X', 'Share by email'];
const mAlso = ['Sekka P2 review', 'The best compact cameras for travel', 'Orrin confirms a new 1-inch sensor for 2027'];
const mPopular = ['Halden Vira X7 hands-on', 'Why film sales rose again this winter', 'The best tripods for travel'];
const mHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>${mTitle} | Shutterline</title>
<meta name="description" content="${mStrap}"><meta property="og:type" content="article"><meta name="parsely-metadata" content='{"type":"news"}'>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mTitle}","datePublished":"2026-03-04T13:00:00Z",
"author":[{"@type":"Person","name":"Rhiannon Tay",
"url":"https://www.shutterline.example/author/rhiannon-tay"}],"publisher":{"@type":"Organization","name":"Shutterline"}}</script>
<script>window.ffte = {"vertical":"photography","articleId":"Ztn8kXq4"}; window.vanilla = {"page":"article"};</script></head>
<body class="news-article-template"><div class="header-wrapper"><header class="site-header"><a href="/" class="logo" aria-label="Shutterline">Shutterline</a>
<nav class="site-header__nav"><ul class="primary-nav">${links(['Cameras', 'Lenses', 'Techniques', 'Reviews', 'Buying guides'], 'primary-nav__item')}</ul></nav>
<a class="subscribe-link" href="/subscribe">Subscribe</a></header>
<div class="trending-bar"><span class="trending-bar__label">Trending</span><ul>${links(mTrending, 'trending__link')}</ul></div></div>
<div id="main" class="main-content"><article class="news-article" data-id="Ztn8kXq4"><header><nav class="breadcrumb" aria-label="Breadcrumbs">
<ol class="breadcrumb__list">
${links(mCrumbs, 'breadcrumb__item')}</ol></nav><h1>${mTitle}</h1><p class="strapline">${mStrap}</p>
<div class="byline-social"><div class="byline"><div class="author-byline"><span class="author-byline__author-name">By <a href="/author/rhiannon-tay"
rel="author">Rhiannon Tay</a></span> <span class="author-byline__date">published <time datetime="2026-03-04T13:00:00Z">4 March 2026</time></span></div></div>
<div class="social-share"><span class="social-share__label">${mShare[0] ?? ''}</span><ul>${mShare
  .slice(1)
  .map((s) => `<li><button class="social-share__button" aria-label="${s}"><span class="social-share__text">${s}</span></button></li>`)
  .join('')}</ul></div>
<a class="jump-to-comments" href="#article-comments"><span class="comment-count">Comments (37)</span></a></div></header>
<section class="content-wrapper"><div class="hero-image-wrapper"><figure class="van-image-figure inline-layout" data-bordeaux-image-check>
<div class="image-full-width-wrapper">
<img src="https://cdn.mos.shutterline.example/sekka-p3-1200-80.jpg" alt="Sekka P3 compact camera on a table"></div>
<figcaption itemprop="caption description"><span class="caption-text">The Sekka P3 in black; a silver version follows in May </span><span class="credit"
itemprop="copyrightHolder">(Image credit: Sekka)</span></figcaption></figure></div>
<div id="article-body" class="text-copy bodyCopy auto"><div class="fancy-box"><div class="fancy_box-title">Jump to:</div><ul>${links(mHeads)}</ul></div>
${ps(mBody)}
<h2 id="section-key-specifications">${mHeads[0] ?? ''}</h2><ul>${lis(mKey)}</ul>
<p class="see-more"><strong>Read more:</strong> <a href="/buying-guides/best-compact-cameras">The best compact cameras for travel</a></p>
<p>${mQuote}</p>
${ps(mBody2)}
<div class="hawk-wrapper" data-widget-type="price"><div class="hawk-title">Today's best Sekka P2 deals</div><div class="hawk-merchant">Ferrow Camera</div>
<div class="hawk-price">$899</div><a class="hawk-button" href="#">View at Ferrow Camera</a></div>
<h2 id="section-price-and-availability">${mHeads[1] ?? ''}</h2>
${ps(mPrice)}
</div>
<div class="newsletter-form__wrapper"><div class="newsletter-form__strapline">Get the Shutterline Newsletter</div>
<p class="newsletter-form__description">The best camera deals, reviews, product advice, and unmissable photography news, direct to your inbox!</p>
<input type="email" placeholder="Your Email Address"><button class="newsletter-form__button">Sign me up</button></div>
<div id="article-comments" class="comments-wrapper"><button class="comments-button">Show comments</button></div>
<div class="slice-container"><h2 class="slice-title">You might also like</h2><ul>${links(mAlso)}</ul></div></section></article>
<aside class="sidebar"><div class="popular-box"><h3 class="popular-box__title">Most popular</h3><ol>${links(mPopular)}</ol></div>
<div class="ad-unit"><span class="ad-unit__label">Advertisement</span></div></aside></div>
<footer class="site-footer">
<p class="site-footer__publisher">Shutterline is part of Future US Inc, an international media group and leading digital publisher.</p>
<ul class="site-footer__links">${links(['Contact Future experts', 'Terms and conditions', 'Privacy policy', 'Cookies policy', 'Accessibility Statement'])}</ul>
<p class="site-footer__copyright">© Future US, Inc. Full 7th Floor, 130 West 42nd Street, New York, NY 10036.</p></footer>
<div id="cmp-container"><div class="cmp-banner"><p class="cmp-banner__text">We value your privacy. We and our partners store and access information on your
device.</p><button class="cmp-accept">Accept All</button><button class="cmp-reject">Reject All</button><button class="cmp-options">Show Purposes</button>
</div></div>
</body></html>`;
export const magazine: TestPage = {
  name: 'heldout357-future-magazine-gear-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([mStrap, ...mBody, ...mKey, mQuote, ...mBody2, ...mPrice]),
  bylines: ['By Rhiannon Tay', 'published 4 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Shutterline', 'Cameras', 'Lenses', 'Techniques', 'Reviews', 'Buying guides', 'Subscribe', 'Trending', ...mTrending, ...mCrumbs, ...mShare, 'Comments (37)',
    'The Sekka P3 in black; a silver version follows in May', '(Image credit: Sekka)', 'Jump to:', 'Read more: The best compact cameras for travel',
    "Today's best Sekka P2 deals", 'Ferrow Camera', '$899', 'View at Ferrow Camera', 'Get the Shutterline Newsletter',
    'The best camera deals, reviews, product advice, and unmissable photography news, direct to your inbox!', 'Sign me up', 'Show comments',
    'You might also like', ...mAlso, 'Most popular', ...mPopular, 'Advertisement',
    'Shutterline is part of Future US Inc, an international media group and leading digital publisher.', 'Contact Future experts', 'Terms and conditions',
    'Privacy policy', 'Cookies policy', 'Accessibility Statement', '© Future US, Inc. Full 7th Floor, 130 West 42nd Street, New York, NY 10036.',
    'We value your privacy. We and our partners store and access information on your device.', 'Accept All', 'Reject All', 'Show Purposes',
  ],
};
