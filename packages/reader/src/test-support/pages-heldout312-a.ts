import { links, ps, type TestPage, texts } from './page-kit.js';
import { owid } from './pages-heldout312-a2.js';
import { j, lis } from './pages-heldout312-kit.js';

/**
 * Held-out batch 312, file a: a regional newspaper's data story on Arc XP (Fusion) with a Datawrapper map and a Flourish
 * line chart embedded (masthead and section nav, breadcrumb, byline with timestamps, share bar, "Read more" promo,
 * newsletter box, "Most read" rail, OneTrust banner, footer) and, from file a2, an Our World in Data-style article.
 */
const aTitle = 'Bus routes lost a third of their riders in a decade. These are the ones that grew';
const aP1 = [
  j(
    'Across the Harrowgate region, weekday bus ridership has fallen by 34 percent since 2015, according to ticketing data obtained by',
    'the Ledger through a records request. But the decline has been anything but even: eleven of the region’s 86 routes carry more',
    'people today than they did ten years ago.',
  ),
  j(
    'The Ledger analyzed more than 41 million tap-on records from the Harrowgate Area Transit Authority, matching each trip to the',
    'route and stop where it began. The figures cover every weekday from January 2015 through December 2025, excluding school',
    'specials and holiday shuttles.',
  ),
];
const aH1 = 'Where riders stayed';
const aP2 = [
  j(
    'The routes that held on share a pattern. Most run every 12 minutes or better through the whole day, and most connect two',
    'places people need to reach without a car: a hospital campus, a college, a large grocery store, a factory with shift work.',
  ),
  j(
    'Route 14, which links the Millbrook housing estates to Saint Aldric’s Hospital, gained 19 percent. Route 31, extended to the',
    'Corran Valley distribution park in 2021, now carries nearly twice as many people as it did before the extension.',
  ),
  j(
    '“When the bus comes often enough that you don’t have to check the timetable, people stop treating it as a last resort,” said',
    'Nell Abernathy, a planner at the transit authority who worked on the 2021 network redesign.',
  ),
];
const aH2 = 'Where they left';
const aP3 = [
  j(
    'The steepest losses came on long suburban routes that run hourly or less. Seven routes lost more than half their riders, and',
    'all seven had their frequency cut at least once during the decade, usually after a budget shortfall.',
  ),
  'The authority’s own documents describe the cycle plainly. Fewer riders justify fewer buses, and fewer buses drive away more riders.',
  'Three factors stood out in the routes that declined fastest:',
];
const aList = [
  'Service every 60 minutes or worse for most of the day',
  'No evening trips after 7 p.m. on weekdays',
  'A route length of more than 20 miles with no stop within walking distance of a major employer',
];
const aP4 = [
  j(
    'The authority’s board will vote in April on a plan that would move buses from four of the weakest routes onto the busiest',
    'corridors. Supporters say it follows the evidence; critics say it would leave older residents in outlying villages with no',
    'service at all.',
  ),
  j(
    'Board chair Tobias Wren said no decision had been made. “We owe people in every part of the county a way to get around,” he said.',
    '“The question is what that looks like when the money is fixed.”',
  ),
];
const aH3 = 'How we did this analysis';
const aP5 = [
  j(
    'Tap-on records were provided as monthly files. The Ledger removed duplicate taps within 90 seconds at the same stop, which the',
    'authority says are usually fare errors, and counted each remaining tap as one trip. Cash fares, about 6 percent of trips, are',
    'not included; their share did not change much over the period.',
  ),
];
const aNav = ['News', 'Local', 'Politics', 'Business', 'Sports', 'Opinion', 'Data', 'Obituaries', 'E-Edition'];
const aMostRead = [
  'County approves new library hours after months of debate',
  'Harrowgate’s oldest bakery closes after 92 years',
  'Storm knocks out power to 8,000 homes in Corran Valley',
  'School board delays vote on later start times',
];
const aFoot = ['About Us', 'Contact Us', 'Careers', 'Advertise', 'Subscribe', 'Manage Subscription', 'Privacy Policy', 'Terms of Service'];
const aFurn = [
  'Skip to main content',
  'Sign In',
  'Subscribe for $1',
  ...aNav,
  'Transportation',
  'Share on Facebook',
  'Share on X',
  'Copy link',
  'Gift this article',
  'Weekday boardings by route, change from 2015 to 2025. Tap a route for details.',
  'Source: Harrowgate Area Transit Authority ticketing data • Graphic: Priya Castellanos',
  'Read more: Transit authority proposes fare cap for seniors',
  'Average weekday boardings, region-wide and on the 11 routes that grew.',
  'Graphic: Priya Castellanos / The Ledger',
  'The Morning Brief',
  'Get the day’s top Harrowgate stories in your inbox every weekday at 6 a.m.',
  'Sign up',
  'Most Read',
  ...aMostRead,
  'ADVERTISEMENT',
  ...aFoot,
  '© 2026 The Harrowgate Ledger. All rights reserved.',
  'We use cookies to personalize content and ads and to analyze our traffic.',
  'Accept All Cookies',
  'Cookie Settings',
];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${aTitle} – The Harrowgate Ledger</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<meta property="og:title" content="${aTitle}"><meta property="article:section" content="Transportation">
<meta name="description" content="Ticketing data shows weekday bus ridership fell 34 percent, but eleven routes grew.">
<link rel="canonical" href="https://www.harrowgateledger.example/news/transportation/2026/03/04/bus-ridership-routes-data/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}",
"author":[{"@type":"Person","name":"Marta Quill"},{"@type":"Person","name":"Priya Castellanos"}],"datePublished":"2026-03-04T10:00:00Z"}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="harrowgate-ledger";Fusion.deployment="1412";</script>
<link rel="stylesheet" href="/pf/resources/dist/harrowgate-ledger/css/style.css?d=1412"></head>
<body><div id="fusion-app" class="layout-section"><a class="skip-main" href="#main">Skip to main content</a>
<header class="b-header-nav-chain"><div class="b-header-nav-chain__top-layout"><a class="b-header-nav-chain__logo" href="/">
<img src="/pf/resources/images/ledger-logo.svg" alt="The Harrowgate Ledger"></a>
<div class="b-header-nav-chain__buttons"><a class="c-button c-button--small" href="/account/login/">Sign In</a>
<a class="c-button c-button--primary" href="/subscribe/">Subscribe for $1</a></div></div>
<nav class="b-header-nav-chain__nav" aria-label="Sections Menu"><ul class="c-stack b-header-nav-chain__links">${links(aNav, 'b-links-bar__item')}</ul>
</nav></header>
<main id="main" class="b-right-rail__main"><div class="b-right-rail__full-width-1">
<nav class="b-overline" aria-label="Breadcrumb"><a class="c-link b-overline__link" href="/news/transportation/">Transportation</a></nav>
<h1 class="b-headline">${aTitle}</h1>
<h2 class="b-subheadline">Ticket data shows where ridership held up, and what those routes have in common</h2>
<div class="b-byline"><span class="c-attribution">By <a class="c-link" href="/people/marta-quill/">Marta Quill</a>
 and <a class="c-link" href="/people/priya-castellanos/">Priya Castellanos</a></span></div>
<div class="b-date"><time datetime="2026-03-04T10:00:00Z">March 4, 2026 at 5:00 a.m. EST</time></div>
<div class="b-date b-date--updated">Updated March 4, 2026 at 9:42 a.m. EST</div>
<div class="b-share-bar"><button class="c-button b-share-bar__facebook" aria-label="Share on Facebook">Share on Facebook</button>
<button class="c-button b-share-bar__x">Share on X</button><button class="c-button b-share-bar__copy">Copy link</button>
<button class="c-button b-gift-article">Gift this article</button></div></div>
<div class="b-right-rail__main-interior-item"><article class="b-article-body">
${ps(aP1, ' class="c-paragraph"')}
<h2 class="c-heading">${aH1}</h2>
<div class="b-html-block"><figure class="c-media-item"><div class="dw-chart"><iframe title="Bus ridership change by route, 2015–2025" aria-label="Map"
id="datawrapper-chart-hR7kQ" src="https://datawrapper.dwcdn.net/hR7kQ/4/" scrolling="no" frameborder="0"
style="width: 0; min-width: 100% !important; border: none;" height="612" data-external="1"></iframe>
<script type="text/javascript">!function(){"use strict";window.addEventListener("message",(function(a){if(void 0!==a.data["datawrapper-height"]){
var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r=0;r<e.length;r++)if(e[r].contentWindow===a.source){
var i=a.data["datawrapper-height"][t]+"px";e[r].style.height=i}}}))}();</script></div>
<figcaption class="c-media-item__caption">Weekday boardings by route, change from 2015 to 2025. Tap a route for details.
<span class="c-media-item__credit">Source: Harrowgate Area Transit Authority ticketing data • Graphic: Priya Castellanos</span></figcaption></figure></div>
${ps(aP2, ' class="c-paragraph"')}
<div class="b-interstitial-link"><p class="c-paragraph"><strong><a href="/news/transportation/2026/02/11/fare-cap-seniors/">Read more: Transit
authority proposes fare cap for seniors</a></strong></p></div>
<h2 class="c-heading">${aH2}</h2>
${ps(aP3, ' class="c-paragraph"')}
<ul class="c-list">${lis(aList)}</ul>
<div class="b-html-block"><figure><div class="flourish-embed flourish-chart" data-src="visualisation/19384756">
<script src="https://public.flourish.studio/resources/embed.js"></script><noscript><img
src="https://public.flourish.studio/visualisation/19384756/thumbnail" width="100%" alt="chart visualization" /></noscript></div>
<figcaption class="c-media-item__caption">Average weekday boardings, region-wide and on the 11 routes that grew.
<span class="c-media-item__credit">Graphic: Priya Castellanos / The Ledger</span></figcaption></figure></div>
<div class="arcad b-ad" data-ad-slot="inline-1"><p class="arcad__label">ADVERTISEMENT</p><div id="arcad_inline1"></div></div>
${ps(aP4, ' class="c-paragraph"')}
<h2 class="c-heading">${aH3}</h2>
${ps(aP5, ' class="c-paragraph"')}
</article>
<div class="b-newsletter-signup"><h3 class="b-newsletter-signup__title">The Morning Brief</h3>
<p>Get the day’s top Harrowgate stories in your inbox every weekday at 6 a.m.</p>
<form><input type="email" placeholder="Email address"><button type="submit" class="c-button">Sign up</button></form></div></div>
<aside class="b-right-rail__rail"><div class="b-top-table-list"><h2 class="b-header">Most Read</h2><ol>${links(aMostRead, 'c-stack')}</ol></div>
</aside></main>
<footer class="b-footer"><nav><ul class="b-footer__links">${links(aFoot)}</ul></nav>
<p class="b-footer__copyright">© 2026 The Harrowgate Ledger. All rights reserved.</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otCenterRounded" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">We use cookies to personalize content and ads and to analyze our traffic.</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
<script id="fusion-metadata" type="application/javascript">Fusion.globalContent={"_id":"K3QZ7","type":"story"};</script></body></html>`;
const arcNews: TestPage = {
  name: 'heldout312-arc-xp-datawrapper-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [aH1, aH2, aH3],
  body: texts([...aP1, ...aP2, ...aP3, ...aList, ...aP4, ...aP5]),
  bylines: ['By Marta Quill and Priya Castellanos', 'March 4, 2026 at 5:00 a.m. EST', 'Updated March 4, 2026 at 9:42 a.m. EST'],
  furniture: aFurn,
};

export const HELDOUT312_A: readonly TestPage[] = [arcNews, owid];
