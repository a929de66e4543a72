import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout606-kit.js';

/**
 * Held-out batch 606, file e2: a local news article on a Next.js news site (CSS-module class names, __NEXT_DATA__, ad slots,
 * an inline "Read more" link and newsletter box inside the article, a most-read rail and a topic tag list).
 */
const nTitle = 'Town hall clock strikes again after two-year restoration';
const nDek = 'Volunteers and a family firm of clockmakers have brought Wexcombe’s 1862 clock back to working order.';
const nParas = [
  j(
    'The clock on Wexcombe Town Hall struck noon on Saturday for the first time since the spring of 2024, as around three hundred',
    'people gathered in the market square to hear it.',
  ),
  j(
    'The four-dial clock, installed when the town hall opened in 1862, stopped after a winding cable snapped and the falling weight',
    'damaged the floor of the clock chamber. An inspection then found that the going train was badly worn and the dials were letting',
    'in water.',
  ),
  j(
    'The restoration was carried out by Pellow &amp; Daughters, a clockmaking firm based in the town since 1931, and cost £86,000.',
    'Most of the money came from a heritage grant, with £14,000 raised by residents through a sponsor-a-minute scheme.',
  ),
  '“We took the whole movement out in pieces down a ladder, which is not something I want to do again,” said Ruth Pellow, who led the work.',
  j(
    '“But it was in better shape than it looked. Most of what you see now is the original 1862 clock, just cleaned and re-bushed and',
    'given a new set of dials.”',
  ),
  j(
    'The clock will be wound by hand twice a week by a team of eight volunteers. Town clerk Simon Adebayo said the council had',
    'decided against an electric winder so that the clock would stay “exactly as the Victorians intended”.',
  ),
  j(
    'The clock chamber will open to visitors on the town’s heritage open day in September, when the volunteers will demonstrate',
    'the winding. Places are limited and must be booked through the town council.',
  ),
];
const nNav = ['News', 'Sport', 'What’s On', 'Property', 'Jobs', 'Announcements'];
const nMost = [
  'Bypass roadworks to close Mill Lane for six weeks',
  'Wexcombe Rovers sign former academy striker',
  'New bakery opens in the old post office',
  'Parking charges to rise at Station Road car park',
];
const nFoot = ['About us', 'Contact us', 'Advertise', 'Privacy notice', 'Cookie settings', 'Terms'];
const nReadMore = 'Read more: Heritage grant saves Wexcombe’s bandstand';
const nData = JSON.stringify({
  props: { pageProps: { article: { id: 'a-771', headline: nTitle, section: 'news', published: '2026-05-18T06:00:00Z' } } },
  page: '/[section]/[slug]',
  query: { section: 'news', slug: 'town-hall-clock-strikes-again' },
  buildId: 'p7Xq2aY',
  isFallback: false,
  gssp: true,
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width">
<title>${nTitle} | Wexcombe Courier</title>
<meta name="description" content="${nDek}"><meta property="og:type" content="article"><meta property="article:published_time" content="2026-05-18T06:00:00Z">
<link rel="canonical" href="https://www.wexcombecourier.example/news/town-hall-clock-strikes-again"><meta name="next-head-count" content="9">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-05-18T06:00:00Z",
"dateModified":"2026-05-18T09:12:00Z","author":[{"@type":"Person","name":"Hannah Pryce"}],"publisher":{"@type":"Organization",
"name":"Wexcombe Courier"}}</script>
<link rel="preload" href="/_next/static/css/8a1f0c2b3d4e5f60.css" as="style"><link rel="stylesheet" href="/_next/static/css/8a1f0c2b3d4e5f60.css" data-n-g="">
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-3f1a2b.js" defer=""></script>
<script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bslug%5D-9e8d7c.js" defer=""></script></head>
<body><div id="__next"><a href="#main" class="SkipLink_skip__k2LmQ">Skip to main content</a>
<div class="AdSlot_wrapper__Qd7hT AdSlot_leaderboard__b1x9Z"><span class="AdSlot_label__0pQwe">Advertisement</span>
<div id="div-gpt-ad-leaderboard" data-ad-unit="/2218/courier/news"></div></div>
<header class="Header_header__Xk81p"><div class="Header_inner__3dPz9"><a class="Header_logo__Zw2aa" href="/" aria-label="Wexcombe Courier home">
<svg viewBox="0 0 220 40"
role="img"><title>Wexcombe Courier</title><path d="M0 0h220v40H0z"></path></svg></a><button class="Header_menuButton__mM1sL" aria-expanded="false">Menu</button>
<form class="Search_form__y8A2c" role="search" action="/search"><label class="Search_label__Hh3ka" for="q">Search the Courier</label>
<input id="q" name="q" type="search"></form>
<a class="Header_subscribe__a0Lk2" href="/subscribe">Subscribe</a></div><nav class="Nav_nav__p9PqB" aria-label="Sections">
<ul class="Nav_list__1vN0c">${links(nNav, 'Nav_item__kQ2cT')}</ul>
</nav></header>
<main id="main" class="Layout_main__2Ma9d"><div class="Layout_grid__bK3sQ"><article class="Article_article__uR5tN"><nav class="Breadcrumbs_crumbs__a7SdE"
aria-label="Breadcrumb"><ol><li><a href="/news">News</a></li><li><a href="/news/wexcombe">Wexcombe</a></li></ol></nav>
<h1 class="Article_headline__0hYbq">${nTitle}</h1><p class="Article_standfirst__L3kWn">${nDek}</p>
<div class="Byline_byline__p2Xc0"><div class="Byline_author__F0g1H">
<img class="Byline_avatar__3KwaQ" src="/_next/image?url=%2Fstaff%2Fhpryce.jpg&amp;w=64&amp;q=75" alt="">
<div><span class="Byline_name__Y9tLm">By <a href="/author/hannah-pryce">Hannah Pryce</a></span>
<span class="Byline_role__w8Npq">Local Democracy Reporter</span></div></div>
<div class="Byline_dates__r5TnB"><time dateTime="2026-05-18T06:00:00Z">Published 18 May 2026, 7:00am</time>
<time dateTime="2026-05-18T09:12:00Z">Updated 18 May 2026,
10:12am</time></div></div>
<div class="Share_share__yq1Pd"><span class="Share_label__v6Ntb">Share</span>
<a class="Share_button__h4Bcd" href="https://www.facebook.com/sharer/sharer.php?u=x"
aria-label="Share on Facebook">Facebook</a><a class="Share_button__h4Bcd" href="https://wa.me/?text=x" aria-label="Share on WhatsApp">WhatsApp</a><button
class="Share_button__h4Bcd" type="button">Copy link</button></div>
<figure class="Article_hero__t1Wq8">
<img alt="The restored town hall clock" src="/_next/image?url=%2Fimg%2Fclock.jpg&amp;w=1200&amp;q=75" width="1200" height="800"
decoding="async" data-nimg="1" loading="eager"><figcaption class="Article_caption__b8RnY">The clock’s new dials were made to the 1862 design.<span
class="Article_credit__Sd0lP"> (Photo: Tom Ferris)</span></figcaption></figure>
<div class="Article_body__x5QmS">
${ps(nParas.slice(0, 3))}
<p class="RelatedInline_link__T7uYw"><a href="/news/bandstand-grant">${nReadMore}</a></p>
${ps(nParas.slice(3, 5))}
<div class="AdSlot_wrapper__Qd7hT AdSlot_inArticle__jJ4kW"><span class="AdSlot_label__0pQwe">Advertisement</span><div id="div-gpt-ad-mpu-1"></div></div>
${ps(nParas.slice(5))}
<aside class="Newsletter_box__Ua9Ps"><h2 class="Newsletter_title__uT1K2">Get the Courier Daily</h2><p>The day’s Wexcombe news in your inbox every morning.</p>
<form><label for="nl-email" class="Newsletter_label__cE4mH">Email address</label><input id="nl-email" type="email">
<button type="submit">Sign up</button></form></aside>
</div>
<ul class="Tags_tags__Rr4xQ" aria-label="Topics">${links(['Wexcombe', 'Heritage', 'Town council'], 'Tags_tag__lQ1sE')}</ul></article>
<aside class="Rail_rail__Fv1Mp"><section class="MostRead_mostRead__Eo3v8"><h2 class="MostRead_title__Hs2rW">Most read</h2>
<ol>${links(nMost, 'MostRead_item__c2zPq')}</ol></section>
<div class="AdSlot_wrapper__Qd7hT AdSlot_mpu__v9Lx1"><span class="AdSlot_label__0pQwe">Advertisement</span><div id="div-gpt-ad-mpu-2"></div></div>
</aside></div></main>
<footer class="Footer_footer__Cq4Nj"><ul class="Footer_links__Tk2bA">${links(nFoot)}</ul>
<p class="Footer_copy__Aa8Yx">© 2026 Wexcombe Courier Ltd. Registered in England
and Wales No. 04417723.</p></footer>
<div class="ConsentBanner_banner__m6XyZ" role="dialog" aria-label="Cookie consent"><p>We and our partners use cookies to personalise content and ads and to
measure how the site is used.</p><button type="button">Accept all</button><button type="button">Reject all</button>
<button type="button">Manage options</button></div>
</div><script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout606-nextjs-town-hall-clock-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([nDek, ...nParas]),
  bylines: ['By Hannah Pryce', 'Local Democracy Reporter', 'Published 18 May 2026, 7:00am', 'Updated 18 May 2026, 10:12am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Advertisement', 'Menu', 'Search the Courier', 'Subscribe', ...nNav, 'Share', 'Facebook', 'WhatsApp', 'Copy link',
    'The clock’s new dials were made to the 1862 design.', '(Photo: Tom Ferris)', nReadMore, 'Get the Courier Daily',
    'The day’s Wexcombe news in your inbox every morning.', 'Email address', 'Sign up', 'Most read', ...nMost, ...nFoot,
    '© 2026 Wexcombe Courier Ltd. Registered in England and Wales No. 04417723.',
    'We and our partners use cookies to personalise content and ads and to measure how the site is used.', 'Accept all', 'Reject all', 'Manage options',
  ],
};

export const HELDOUT606_E2: readonly TestPage[] = [nextjs];
