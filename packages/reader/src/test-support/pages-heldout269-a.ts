import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout269-kit.js';
import { chromeBlog } from './pages-heldout269-a2.js';

/**
 * Held-out batch 269, file a: a SingleFile save of a regional news article (the SingleFile comment at the top, inline styles,
 * data: URI images, cookie banner, masthead menu, breadcrumbs, byline and dateline, share bar, figure with caption and credit,
 * an inline "Read more" promo, a newsletter box, a most-read rail and the footer) and, from file a2, a Chrome "Webpage,
 * Complete" save of a WordPress blog post.
 */
const title = 'Tidal turbines return to Carrow Sound after a two-year pause';
const lead = [
  j(
    'The first of six tidal turbines was lowered back onto its seabed frame in Carrow Sound on Tuesday, ending a two-year pause',
    'that followed the failure of a gearbox seal in the winter of 2024.',
  ),
  j(
    'Engineers from Ardlow Marine Power worked through two slack tides to seat the 180-tonne nacelle, which had been towed from the',
    'fitting yard at Port Semmick on Monday evening. A second unit is due to follow before the end of the month.',
  ),
];
const s1 = [
  j(
    'The original array was switched off in February 2024 after seawater reached the gearbox of the northernmost machine. An',
    'inspection found that the seal had been fitted with the wrong grade of elastomer, which hardened in the cold water and cracked.',
  ),
  j(
    'Rather than repair the units one at a time, the company brought all six ashore. Each now carries a direct-drive generator with',
    'no gearbox at all, a change that its chief engineer, Maren Tollis, described as "removing the part that let us down".',
  ),
];
const s2 = [
  j(
    'Harbour businesses in Semmick say the restart matters beyond the electricity. The fitting yard employed 40 people during the',
    'rebuild, and the maintenance contract that follows is expected to keep around 15 of them in work for a decade.',
  ),
  j(
    'The array is smaller than the tidal farms planned further north, but it sits in one of the fastest channels in the region, with',
    'spring tides running at more than four metres a second.',
  ),
];
const quote = j(
  'We learned more from two years of failure than from the five years of planning before it. The machines going in now are simpler,',
  'and simple machines are the ones that survive in a place like this.',
);
const s3 = [
  j(
    "Not everyone is convinced. The Carrow Sound Fishermen's Association has asked for the exclusion zone around the frames to be",
    'reviewed, arguing that it closes off a stretch of water used for creel fishing since the 1950s.',
  ),
  j(
    'Ardlow says the zone will be reviewed after a year of operation. If the six turbines run as planned, they will supply enough',
    'electricity for about 7,000 homes, roughly the whole population of the Semmick peninsula.',
  ),
];
const dek = 'The rebuilt array drops its gearboxes, and harbour jobs come back with it';
const heads = ['Why the array stopped', 'What it means for the harbour', 'Questions over fishing grounds'];
const nav = ['News', 'Sport', 'Business', 'Opinion', 'Environment', 'Culture', 'Obituaries', 'Puzzles'];
const crumbs = ['Home', 'Environment', 'Energy'];
const mostRead = [
  'Ferry timetable cut for the winter as crew shortage bites',
  'Semmick school wins national chess title for third time',
  'Council approves 120 homes on former creamery site',
  'Storm damage closes coastal path near Garvie Point',
];
const foot = ['About us', 'Contact the newsroom', 'Complaints', 'Advertise with us', 'Privacy notice', 'Cookie settings', 'Terms of use'];
const px = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const html = `<!DOCTYPE html> <html lang="en-GB"><!--
 Page saved with SingleFile 
 url: https://www.rivertonledger.co.uk/environment/energy/tidal-turbines-return-carrow-sound-2026
 saved date: Wed Mar 11 2026 08:42:17 GMT+0000 (Greenwich Mean Time)
--><head><meta charset="utf-8">
<title>${title} | The Riverton Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="The first of six rebuilt tidal turbines has been lowered back onto its frame in Carrow Sound.">
<meta property="og:title" content="${title}"><meta property="og:type" content="article"><meta property="og:site_name" content="The Riverton Ledger">
<meta property="article:published_time" content="2026-03-10T17:05:00+00:00"><meta name="author" content="Callum Restorick">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}",
"datePublished":"2026-03-10T17:05:00+00:00","dateModified":"2026-03-10T19:20:00+00:00","author":[{"@type":"Person","name":"Callum Restorick"}],
"publisher":{"@type":"NewsMediaOrganization","name":"The Riverton Ledger"}}</script>
<style>.sf-hidden{display:none!important}body{margin:0;font-family:Georgia,serif}.masthead{background:#0b2a4a;color:#fff}
.article-body p{font-size:1.1rem;line-height:1.6}</style>
<meta name="referrer" content="no-referrer">
<link rel="canonical" href="https://www.rivertonledger.co.uk/environment/energy/tidal-turbines-return-carrow-sound-2026">
</head>
<body class="template-article section-environment" style="margin:0">
<div id="cookie-notice" class="cookie-notice" role="dialog" aria-live="polite" 
style="position:fixed;bottom:0;left:0;right:0;background:#111;color:#fff;padding:12px">
<p class="cookie-notice__text">We use cookies to make our site work and to understand how you use it.</p>
<button class="cookie-notice__accept" style="background:#f5c400">Accept cookies</button> <button class="cookie-notice__manage">Manage preferences</button></div>
<header class="masthead" style="background:#0b2a4a">
<a class="masthead__skip" href="#main" style="position:absolute;left:-999px">Skip to content</a>
<a class="masthead__logo" href="/"><img src="${px}" alt="The Riverton Ledger" width="220" height="40"></a>
<span class="masthead__date">Wednesday 11 March 2026</span>
<a class="masthead__subscribe" href="/subscribe" style="background:#f5c400;color:#000">Subscribe from £1 a week</a>
<nav class="primary-nav" aria-label="Sections"><ul class="primary-nav__list">${links(nav, 'primary-nav__item')}</ul></nav></header>
<main id="main" class="layout layout--article">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(crumbs, 'breadcrumbs__item')}</ol></nav>
<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<header class="article__header"><span class="article__kicker">Renewable energy</span>
<h1 class="article__headline" itemprop="headline">${title}</h1>
<p class="article__standfirst">${dek}</p>
<div class="article__meta"><span class="article__byline">By <a rel="author" href="/authors/callum-restorick">Callum Restorick</a></span>
<span class="article__role">Environment correspondent</span>
<time class="article__date" datetime="2026-03-10T17:05:00+00:00">Tuesday 10 March 2026, 5.05pm</time>
<span class="article__updated">Updated 7.20pm</span></div>
<div class="share-bar" style="display:flex;gap:8px"><span class="share-bar__label">Share this article</span>
<a class="share-bar__link share-bar__link--facebook" href="#">Facebook</a><a class="share-bar__link" href="#">WhatsApp</a>
<a class="share-bar__link" href="#">Email</a><button class="share-bar__copy">Copy link</button></div></header>
<figure class="article__figure"><img src="${px}" alt="" width="1200" height="675" style="width:100%;height:auto">
<figcaption class="article__caption">The nacelle of the first rebuilt turbine is lowered from the jack-up barge in Carrow Sound.
<span class="article__credit">Photograph: Isla Penwarden</span></figcaption></figure>
<div class="article-body" itemprop="articleBody">
${ps(lead)}
<h2>${heads[0]}</h2>
${ps(s1)}
<aside class="inline-promo" style="border-left:4px solid #f5c400;padding-left:12px"><p class="inline-promo__text"><strong>Read more:</strong>
<a href="/environment/wave-energy-test-site">Wave energy test site moves a step closer at Garvie Point</a></p></aside>
<h2>${heads[1]}</h2>
${ps(s2)}
<blockquote class="article__quote"><p>${quote}</p><cite>Maren Tollis, Ardlow Marine Power</cite></blockquote>
<h2>${heads[2]}</h2>
${ps(s3)}
<div class="ad-slot ad-slot--inarticle sf-hidden" style="display:none"><span class="ad-slot__label">Advertisement</span></div>
</div>
<div class="article__tags"><span class="article__tags-label">Topics</span><a href="/topic/tidal">Tidal power</a>
<a href="/topic/semmick">Semmick</a></div></article>
<section class="newsletter-box" style="background:#eef3f8;padding:20px"><h3 class="newsletter-box__title">The Ledger Morning Briefing</h3>
<p class="newsletter-box__text">The day's essential stories from across the peninsula, in your inbox before 7am.</p>
<form><input type="email" placeholder="Your email address"><button type="submit">Sign me up</button></form></section>
<aside class="rail rail--most-read"><h3 class="rail__title">Most read</h3><ol>${links(mostRead, 'rail__item')}</ol></aside>
</main>
<footer class="site-footer" style="background:#0b2a4a;color:#ccd"><ul class="site-footer__links">${links(foot)}</ul>
<p class="site-footer__copy">© 2026 Riverton Ledger Media Ltd. Registered in England No. 04418823.</p></footer>
<script data-template-shadow-root="">window.__ledgerAnalytics={section:"environment",id:"art-88121"};</script>
</body></html>`;
const singleFile: TestPage = {
  name: 'heldout269-singlefile-news',
  kind: 'news',
  html,
  title,
  headings: heads,
  body: texts([dek, ...lead, ...s1, ...s2, quote, ...s3]),
  bylines: ['Callum Restorick', 'Environment correspondent', 'Tuesday 10 March 2026, 5.05pm', 'Updated 7.20pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to make our site work and to understand how you use it.', 'Accept cookies', 'Manage preferences', 'Skip to content',
    'Wednesday 11 March 2026', 'Subscribe from £1 a week', ...nav, ...crumbs, 'Renewable energy',
    'Share this article', 'Email', 'Facebook', 'WhatsApp', 'Copy link',
    'The nacelle of the first rebuilt turbine is lowered from the jack-up barge in Carrow Sound.', 'Photograph: Isla Penwarden',
    'Read more:', 'Wave energy test site moves a step closer at Garvie Point', 'Maren Tollis, Ardlow Marine Power', 'Advertisement', 'Topics',
    'Tidal power', 'The Ledger Morning Briefing', "The day's essential stories from across the peninsula, in your inbox before 7am.", 'Sign me up',
    'Most read', ...mostRead, ...foot, '© 2026 Riverton Ledger Media Ltd. Registered in England No. 04418823.',
  ],
};

export const HELDOUT269_A: readonly TestPage[] = [singleFile, chromeBlog];
