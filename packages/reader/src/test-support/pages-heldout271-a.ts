import { links, ps, type TestPage, texts } from './page-kit.js';
import { arcPage } from './pages-heldout271-a2.js';
import { ld, paras } from './pages-heldout271-kit.js';

/**
 * Held-out batch 271, file a: a regional daily's story under a Piano (TinyPass) metered paywall, cut after three paragraphs
 * with the "Subscribe to continue reading" box, and, from file a2, an Arc XP story behind a hard paywall with its teaser.
 */
const pTitle = 'County water board approves $48 million reservoir lining after two dry summers';
const pBody = paras(`
  The Harlow County Water Authority voted 5-2 on Tuesday night to line the Owen Creek reservoir with a synthetic membrane,
  ending a three-year argument over how much of the basin's water is lost to the sandy ground beneath it before it ever
  reaches a tap.

  Engineers hired by the authority estimate that the unlined basin loses between 9 and 14 percent of its stored water each
  summer through seepage. In each of the last two dry seasons that loss was larger than the shortfall that forced the county
  to impose outdoor watering limits in August.

  "We have been pouring water into a sieve and then asking people not to wash their cars," said board chair Delphine Auclair,
  who voted for the project. The two members who opposed it, both from the county's eastern district, said the cost should
  have gone to a ballot measure.
`);
const pNav = ['News', 'Local', 'Sports', 'Business', 'Opinion', 'Obituaries', 'Things to Do', 'e-Edition'];
const pTop = ['Subscribe', 'Sign In', 'Newsletters'];
const pTrending = [
  'Harlow schools post later start times for fall semester',
  'Route 9 bridge to close nightly for deck repairs',
  'Ridgeline Farmers Market moves to Saturdays',
];
const pFoot = ['About Us', 'Contact Us', 'Advertise', 'Careers', 'Privacy Policy', 'Terms of Service', 'Manage Subscription'];
const pHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
<title>${pTitle} | Harlow Ridge Ledger</title>
<meta name="description" content="The board voted 5-2 to line the Owen Creek reservoir with a synthetic membrane.">
<meta property="og:type" content="article"><meta property="og:title" content="${pTitle}">
<meta property="article:published_time" content="2026-06-17T05:30:00-06:00"><meta name="author" content="Marisol Tenney">
${ld({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: pTitle,
  isAccessibleForFree: false,
  hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywalled-content' },
  author: [{ '@type': 'Person', name: 'Marisol Tenney' }],
})}
<script>(function(src){var a=document.createElement("script");a.type="text/javascript";a.async=true;a.src=src;
var b=document.getElementsByTagName("script")[0];b.parentNode.insertBefore(a,b)})(
"https://experience.tinypass.example/xbuilder/experience/load?aid=Hr7Ld2X9pu");
tp = window.tp || []; tp.push(["setAid", "Hr7Ld2X9pu"]); tp.push(["setTags", ["local", "water", "metered"]]);
tp.push(["setContentCreated", "2026-06-17T05:30:00"]); tp.push(["init", function(){ tp.experience.init(); }]);</script>
</head><body class="single-article tp-modal-open">
<header class="site-header"><div class="top-bar"><ul class="top-bar__links">${links(pTop)}</ul></div>
<a class="site-logo" href="/"><img src="/img/ledger-logo.svg" alt="Harlow Ridge Ledger"></a>
<nav class="main-nav" aria-label="Main"><ul>${links(pNav, 'main-nav__item')}</ul></nav></header>
<main id="main" class="article-page"><article class="article" data-article-id="88213">
<div class="article__kicker"><a href="/news/local/">Local News</a></div>
<h1 class="article__headline">${pTitle}</h1>
<div class="article__meta"><span class="article__byline">By <a href="/staff/marisol-tenney">Marisol Tenney</a></span>
<span class="article__byline-title">Staff Writer</span>
<time class="article__date" datetime="2026-06-17T05:30:00-06:00">Jun 17, 2026</time>
<span class="article__updated">Updated Jun 17, 2026 at 9:12 a.m.</span></div>
<div class="share-bar"><button class="share-bar__btn share-bar__btn--fb">Facebook</button>
<button class="share-bar__btn share-bar__btn--x">Share on X</button><button class="share-bar__btn share-bar__btn--mail">Email</button>
<button class="share-bar__btn share-bar__btn--print">Print</button></div>
<figure class="article__lead-image"><img src="/img/2026/06/owen-creek.jpg" alt="" width="1200" height="800">
<figcaption><span class="caption">The Owen Creek reservoir at 41 percent capacity on June 9.</span>
<span class="credit">Ledger photo / Tomas Ferrante</span></figcaption></figure>
<div class="article__body">
${ps(pBody, ' class="article__p"')}
<div class="paywalled-content truncated" aria-hidden="true"></div>
<div id="piano-inline" class="piano-inline-offer"><div class="tp-container-inner"><div class="paywall-offer">
<h3 class="paywall-offer__title">Subscribe to continue reading</h3>
<p class="paywall-offer__text">You have reached your limit of 3 free articles this month.</p>
<p class="paywall-offer__price">Get unlimited digital access for $1 for your first 3 months.</p>
<a class="paywall-offer__button" href="/subscribe/?src=meter">Subscribe now</a>
<p class="paywall-offer__login">Already a subscriber? <a href="/login">Log in</a></p></div></div></div>
</div></article>
<aside class="rail"><h2 class="rail__title">Trending</h2><ol class="rail__list">${links(pTrending)}</ol>
<div class="ad-slot"><span class="ad-slot__label">Advertisement</span><div id="div-gpt-ad-rail1"></div></div></aside></main>
<div class="tp-modal" style="display:block;z-index:1000" role="dialog"><div class="tp-close tp-active" aria-label="Close"></div>
<div class="tp-iframe-wrapper tp-active"><iframe id="offer_6c1e2a0b3f-0" class="tp-iframe" title="Subscription offer"
src="https://buy.tinypass.example/checkout/template/cacheableShow?aid=Hr7Ld2X9pu&amp;templateId=OTQ2FQJ1"></iframe></div></div>
<div class="tp-backdrop tp-active"></div>
<footer class="site-footer"><ul class="site-footer__links">${links(pFoot)}</ul>
<p class="site-footer__copy">© 2026 Harlow Ridge Ledger, a Pinecrest Media newspaper. All rights reserved.</p></footer>
</body></html>`;
const piano: TestPage = {
  name: 'heldout271-piano-metered-news',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pBody),
  bylines: ['Marisol Tenney', 'Jun 17, 2026', 'Updated Jun 17, 2026 at 9:12 a.m.'],
  furniture: [
    ...pNav,
    ...pTop,
    'Local News',
    'Staff Writer',
    'Facebook',
    'Share on X',
    'Email',
    'Print',
    'The Owen Creek reservoir at 41 percent capacity on June 9.',
    'Ledger photo / Tomas Ferrante',
    'Subscribe to continue reading',
    'You have reached your limit of 3 free articles this month.',
    'Get unlimited digital access for $1 for your first 3 months.',
    'Subscribe now',
    'Already a subscriber?',
    'Log in',
    'Trending',
    ...pTrending,
    'Advertisement',
    ...pFoot,
    '© 2026 Harlow Ridge Ledger, a Pinecrest Media newspaper. All rights reserved.',
  ],
};

export const HELDOUT271_A: readonly TestPage[] = [piano, arcPage];
