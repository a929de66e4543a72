import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 268, file b2: a news article served from the Google AMP cache (cdn.ampproject.org), saved after the AMP runtime
 * ran (i-amphtml classes and sizers): amp-sidebar menu, header, amp-consent banner, breadcrumb, byline and time, amp-social-share
 * bar, amp-img figure with caption and credit, amp-ad slots with their label, an inline "Read more" link, a newsletter box, a
 * "Most read" list and the footer.
 */
const cache = 'https://www-dunmorepost-com.cdn.ampproject.org/c/s/www.dunmorepost.com/news/libraries-sunday-opening-5521.amp';
const title = 'Dunmore libraries to open on Sundays from March in budget U-turn';
const p1 = [
  `Five of Dunmore's branch libraries will open on Sunday afternoons from March, reversing cuts made four years ago, after
councillors agreed a revised budget for the coming year on Tuesday night.`,
  `The change will cost about £310,000 a year and will be paid for from savings on the council's energy bills, which have
fallen since solar panels were fitted to twelve council buildings last summer.`,
  `Central Library and the branches at Kelvinside, Marsh Road, Orchard Green and Holme Park will open from 12pm to 4pm. The
council said it had chosen the five busiest branches, based on visits and loans before the cuts.`,
];
const h1 = 'Staff and volunteers';
const p2 = [
  `The service will recruit eleven part-time staff to cover the extra hours. Volunteers from the Friends of Dunmore Libraries,
who have run a Sunday reading club in Central Library's foyer since 2021, will be invited to continue it inside the building.`,
  `Library services manager Priya Lindgren said Sunday was the day families most often asked about. "We hear it every week.
Parents who work Saturdays want somewhere warm and free to take their children, and students want a quiet place to study
before the week starts."`,
];
const h2 = 'What else is in the budget';
const p3 = [
  'Alongside the library hours, the revised budget includes:',
  'A freeze on parking charges in district car parks until April next year',
  'An extra £150,000 for pothole repairs on rural roads',
  'Funding for two more school crossing patrols near Marsh Road',
  `Opposition councillors backed the library plan but questioned whether the energy savings would last. Councillor Tom
Ashdown said the authority should publish the figures each quarter "so we know the Sunday hours are safe".`,
  `Council leader Meera Joshi said the savings were "locked in" by the panels themselves and would grow as more buildings were
added. The full budget will be put to the council for a final vote on 27 February.`,
];
const menu = ['Home', 'News', 'Sport', 'Business', 'Whats On', 'Opinion', 'Contact us'];
const most = ['Bypass roadworks to start on Monday night', 'Dunmore Rovers sign keeper on loan', 'New bakery opens in the old bank on High Street'];
const ad = (slot: string): string => `<div class="ad-container"><span class="ad-label">Advertisement</span>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/8841/dunmorepost/amp/${slot}" data-multi-size="320x50" layout="fixed"
class="i-amphtml-element i-amphtml-layout-fixed i-amphtml-layout-size-defined i-amphtml-built" style="width:300px;height:250px;">
<div fallback="" class="i-amphtml-fallback"></div></amp-ad></div>`;
const html = `<!DOCTYPE html>
<html ⚡="" lang="en" class="i-amphtml-singledoc i-amphtml-standalone" amp-version="2311171939000"><head>
<meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<title>${title} - Dunmore Evening Post</title><link rel="canonical" href="https://www.dunmorepost.com/news/libraries-sunday-opening-5521">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>
<style amp-custom>.header{background:#b00020}.article-body p{font-size:18px}.ad-label{font-size:10px;text-transform:uppercase}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2024-01-17T06:00:00Z",
"author":{"@type":"Person","name":"Hollie Marr"},"publisher":{"@type":"Organization","name":"Dunmore Evening Post"}}</script></head>
<body class="amp-mode-mouse" style="opacity:1;visibility:visible;animation:none;">
<amp-consent id="consent" layout="nodisplay" class="i-amphtml-element i-amphtml-layout-nodisplay i-amphtml-built">
<script type="application/json">{"consentInstanceId":"dep-consent","consentRequired":true,"promptUI":"consent-ui"}</script>
<div id="consent-ui" class="consent-ui"><p>We use cookies to personalise content and ads and to analyse our traffic.</p>
<button on="tap:consent.accept" role="button">Accept</button> <button on="tap:consent.reject" role="button">Reject</button>
<button on="tap:consent.prompt(consent=dep-consent)" role="button">Manage preferences</button></div></amp-consent>
<amp-sidebar id="sidebar" layout="nodisplay" side="left" class="i-amphtml-element i-amphtml-layout-nodisplay i-amphtml-built" role="menu" tabindex="-1">
<button on="tap:sidebar.close" class="close-btn">Close</button><nav class="sidebar-nav"><ul>${links(menu, 'nav-item')}</ul></nav></amp-sidebar>
<header class="header"><button on="tap:sidebar.toggle" class="menu-btn" aria-label="Open menu">☰</button>
<a href="https://www.dunmorepost.com/" class="logo"><amp-img src="https://www.dunmorepost.com/logo.svg" width="180" height="32" alt="Dunmore Evening Post"
class="i-amphtml-element i-amphtml-layout-fixed i-amphtml-built"><img decoding="async" alt="Dunmore Evening Post" src="https://www.dunmorepost.com/logo.svg"
class="i-amphtml-fill-content i-amphtml-replaced-content"></amp-img></a></header>
<main id="content"><article class="article"><nav class="breadcrumbs"><a href="/news">News</a> <a href="/news/local-news">Local News</a></nav>
<h1 class="article-headline">${title}</h1>
<p class="article-standfirst">Five branches will open from 12pm to 4pm after councillors found savings on energy bills</p>
<div class="article-meta"><span class="author">By <a href="/authors/hollie-marr">Hollie Marr</a></span> <span class="role">Local Democracy Reporter</span>
<time datetime="2024-01-17T06:00:00Z">06:00, 17 JAN 2024</time><span class="updated">Updated 09:42, 17 JAN 2024</span></div>
<div class="share-bar"><span class="share-label">Share</span>
<amp-social-share type="facebook" data-param-app_id="2841" width="32" height="32" class="i-amphtml-element i-amphtml-layout-fixed i-amphtml-built
amp-social-share-facebook" role="button" tabindex="0" aria-label="Share by facebook"></amp-social-share>
<amp-social-share type="twitter" width="32" height="32" class="i-amphtml-element amp-social-share-twitter" role="button" aria-label="Share by twitter">
</amp-social-share>
<amp-social-share type="whatsapp" width="32" height="32" class="i-amphtml-element amp-social-share-whatsapp" role="button" aria-label="Share by whatsapp">
</amp-social-share><amp-social-share type="email" width="32" height="32" class="i-amphtml-element amp-social-share-email" role="button"></amp-social-share>
</div>
<figure class="lead-image"><amp-img src="https://i2.dunmorepost.com/incoming/library-5521.jpg" width="1200" height="675" layout="responsive"
alt="Central Library" class="i-amphtml-element i-amphtml-layout-responsive i-amphtml-layout-size-defined i-amphtml-built">
<i-amphtml-sizer slot="i-amphtml-svc" style="padding-top: 56.25%;"></i-amphtml-sizer><img decoding="async" alt="Central Library"
src="https://i2.dunmorepost.com/incoming/library-5521.jpg" class="i-amphtml-fill-content i-amphtml-replaced-content"></amp-img>
<figcaption><span class="caption">Central Library on Castle Street will be among the branches opening on Sundays</span>
<span class="credit">(Image: Dunmore Evening Post)</span></figcaption></figure>
<div class="article-body">
${ps(p1)}
${ad('inarticle1')}
<p class="read-more"><strong>Read more:</strong> <a href="https://www.dunmorepost.com/news/council-solar-panels-4410.amp">Council solar panels
cut energy bills by a third</a></p>
<h2>${h1}</h2>
${ps(p2)}
<h2>${h2}</h2>
${ps(p3.slice(0, 1))}
<ul>${p3
  .slice(1, 4)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
${ps(p3.slice(4))}
${ad('inarticle2')}
</div>
<div class="newsletter-signup"><h3>Get the latest Dunmore news sent to your inbox</h3><p>Sign up to our free daily newsletter.</p>
<a href="https://www.dunmorepost.com/newsletter" class="btn">Subscribe</a></div>
<div class="tags"><a href="/all-about/dunmore-council">Dunmore Council</a> <a href="/all-about/council-budget">Council budget 2024</a></div></article>
<section class="most-read"><h2 class="section-title">Most Read</h2><ol>${links(most)}</ol></section></main>
<footer class="footer"><ul>${links(['About us', 'Contact us', 'Privacy notice', 'Cookie notice', 'Terms and conditions'])}</ul>
<p>© 2024 Dunmore Evening Post. All rights reserved.</p>
<a href="https://www.dunmorepost.com/news/libraries-sunday-opening-5521" class="full-site">View full site</a>
</footer>
<amp-analytics type="googleanalytics" class="i-amphtml-element i-amphtml-layout-fixed i-amphtml-built" style="width:1px;height:1px;" aria-hidden="true">
<script type="application/json">{"vars":{"account":"UA-1182-4"},"triggers":{"trackPageview":{"on":"visible","request":"pageview"}}}</script></amp-analytics>
</body></html>
<!-- cache: ${cache} -->`;
export const ampCache: TestPage = {
  name: 'heldout268-google-amp-cache-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  body: texts([...p1, ...p2, ...p3]),
  bylines: ['By Hollie Marr', 'Local Democracy Reporter', '06:00, 17 JAN 2024', 'Updated 09:42, 17 JAN 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to personalise content and ads and to analyse our traffic.', 'Accept', 'Reject', 'Manage preferences', 'Close', ...menu,
    'Local News', 'Share', 'Central Library on Castle Street will be among the branches opening on Sundays', '(Image: Dunmore Evening Post)',
    'Advertisement', 'Read more:', 'Council solar panels cut energy bills by a third', 'Get the latest Dunmore news sent to your inbox',
    'Sign up to our free daily newsletter.', 'Subscribe', 'Dunmore Council', 'Council budget 2024', 'Most Read', ...most, 'About us', 'Privacy notice',
    'Cookie notice', 'Terms and conditions', '© 2024 Dunmore Evening Post. All rights reserved.', 'View full site',
  ],
};
