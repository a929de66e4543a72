import { links, ps, type TestPage, texts } from './page-kit.js';
import { elementor } from './pages-heldout311-d2.js';
import { j, lis } from './pages-heldout311-kit.js';

/**
 * Held-out batch 311, file d: a Squarespace 7.1 blog post announcing a festival line-up, mostly a listing of acts per day
 * (header nav, author and date meta, share buttons, tags, newsletter block, previous / next pagination, footer, the cookie
 * banner) and a WordPress trade-show site built with Elementor, with an exhibitor news post (top bar, mega menu, post title
 * and post info widgets, image with caption, share buttons, booth box, related posts widget, Complianz cookie banner, footer).
 */
const sTitle = 'Lanternfield 2026: the first twenty-one acts';
const sIntro = [
  j(
    'It has been a long winter of emails, but we can finally tell you who is coming to the meadow this summer. Lanternfield returns',
    'to Orrin Park from 17 to 19 July, and here are the first twenty-one acts, with more to be announced in April.',
  ),
  j(
    'As always, we have tried to mix bands you already love with names you will be telling your friends about next year. Half of',
    'this first announcement are playing a festival for the first time.',
  ),
  j(
    'Friday night belongs to the guitars, Saturday to the brass and the big choruses, and Sunday is slower and folkier, as the',
    'meadow starts to look like a picnic. Stage times will follow in June, once the last acts are confirmed.',
  ),
];
const sFri = ['The Hollow Reeds', 'Marguerite Sol', 'Kiln', 'Ada & the Tidewater Choir', 'Basement Orchard', 'Neon Curlew', 'Tamsin Varo (DJ set)'];
const sSat = ['Oskar Lindh Quartet', 'Paper Lanterns', 'Yewbarrow', 'Juno Ashby', 'The Quiet Engines', 'Selkie Static', 'Fennmoor Brass Band'];
const sSun = ['Hazel Ortega', 'Little Fathom', 'The Drovers', 'Mossgrove Community Choir', 'Tessellate', 'Bramble & Pike', 'Cora Idowu'];
const sMore = [
  j(
    'Sunday is family day again, with a children’s field, a storytelling tent and the return of the lantern parade at dusk. Under-12s',
    'go free with a paying adult.',
  ),
  j(
    'Weekend tickets go on general sale on Friday 6 March at 10:00. Newsletter subscribers get a 48-hour presale from Wednesday; the',
    'link will arrive by email on Wednesday morning. Early bird tickets are priced at 115 pounds, rising to 135 pounds in May.',
  ),
  j(
    'We are keeping the festival at 4,000 people a day. It makes the queues shorter, the sound better and the toilets, we are told,',
    'noticeably nicer. The campsite is limited to 1,200 pitches, and camping tickets are sold only with a weekend ticket.',
  ),
  j(
    'Thank you to everyone who filled in last year’s survey. You asked for more water points, more shade and a quieter field for',
    'families, and all three are in the plan. See you in the meadow.',
  ),
];
const sNav = ['Tickets', 'Line-up', 'Info', 'Journal', 'Volunteer', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${sTitle} — Lanternfield Festival</title>
<meta property="og:site_name" content="Lanternfield Festival"><meta property="og:title" content="${sTitle} — Lanternfield Festival">
<meta property="og:type" content="article"><meta itemprop="author" content="Lanternfield Festival"><meta name="twitter:card" content="summary">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f0c","siteTitle":"Lanternfield Festival"},"templateId":"5c5a"};</script>
<script type="application/ld+json">{"url":"https://www.lanternfield.example","name":"Lanternfield Festival",
"@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.example/static/versioned-site-css/5f0c/52/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-65c0aa" class="primary-button-style-solid header-layout-nav-right tweak-blog-item-width-medium view-item collection-type-blog-basic">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-inner container--fluid"><div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img src="//images.squarespace-cdn.example/logo.png" alt="Lanternfield Festival"></a></div></div>
<div class="header-nav"><nav class="header-nav-list">${sNav
  .map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}">${n}</a></div>`)
  .join('\n')}</nav></div></div><div class="header-actions"><a href="/tickets" class="btn btn--border theme-btn--primary-inverse">Buy tickets</a></div>
</div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65c0aa">
<section class="page-section layout-engine-section"><div class="content-wrapper"><div class="content"><article
class="entry h-entry blog-item hentry tag-line-up author-lanternfield-festival post-type-text" data-item-id="65c0aa"><div class="blog-item-wrapper">
<div class="blog-item-top-wrapper"><div class="blog-meta-section"><span class="blog-meta-primary"><span class="blog-author">Rosa Penhale</span>
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2026-02-24">2/24/26</time></span></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2">
<div class="sqs-block-content"><div class="sqs-html-content">${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}
<h3>Friday</h3><ul data-rte-list="default">${lis(sFri)}</ul><h3>Saturday</h3><ul data-rte-list="default">${lis(sSat)}</ul>
<h3>Sunday</h3><ul data-rte-list="default">${lis(sSun)}</ul><h3>Tickets and the small print</h3>
${ps(sMore, ' class="" style="white-space:pre-wrap;"')}</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Get the presale link</h2><div class="newsletter-form-header-description">
<p>Join our mailing list and hear about new acts before anyone else.</p></div></div><form class="newsletter-form"><div class="newsletter-form-body">
<input aria-label="Email Address" type="email" name="email" placeholder="Email Address"></div><div class="newsletter-form-button-wrapper">
<button class="newsletter-form-button sqs-system-button" type="submit"><span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div></div></div></div></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--tags"><a href="/journal?tag=line-up" class="blog-item-tag">line-up</a>,
<a href="/journal?tag=2026" class="blog-item-tag">festival 2026</a></div>
<div class="blog-item-share"><span class="share-label">Share</span><a class="share-button" href="https://www.facebook.example/sharer">Facebook</a>
<a class="share-button" href="https://x.example/intent/tweet">X</a><a class="share-button" href="mailto:?subject=Lanternfield">Email</a></div></div>
</div></div></article>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic"><a href="/journal/volunteer-applications-open"
class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">Volunteer applications are open</h2></a><a href="/journal/a-greener-meadow" class="item-pagination-link
item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">A greener meadow: our 2025 report</h2></a></section>
</div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content">
<p>Lanternfield Festival · Orrin Park · 17–19 July 2026</p><p>© 2026 Lanternfield Events CIC</p>${links(['Terms', 'Accessibility', 'Privacy'])}</div>
</section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text"><p>This site uses cookies
to make your visit work better and to understand how it is used.</p></div><div class="sqs-cookie-banner-v2-cta-container">
<button class="sqs-cookie-banner-v2-accept">Accept all</button><button class="sqs-cookie-banner-v2-deny">Decline all</button></div></div></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a/scripts/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout311-squarespace-festival-lineup',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: ['Friday', 'Saturday', 'Sunday', 'Tickets and the small print'],
  body: texts([...sIntro, ...sFri, ...sSat, ...sSun, ...sMore]),
  bylines: ['Rosa Penhale', '2/24/26'],
  furniture: [
    ...sNav.filter((n) => n !== 'Tickets'),
    'Buy tickets',
    'Get the presale link',
    'Join our mailing list and hear about new acts before anyone else.',
    'Sign Up',
    'We respect your privacy.',
    'line-up',
    'festival 2026',
    'Share',
    'Facebook',
    'Email',
    'Previous',
    'Volunteer applications are open',
    'Next',
    'A greener meadow: our 2025 report',
    'Lanternfield Festival · Orrin Park · 17–19 July 2026',
    '© 2026 Lanternfield Events CIC',
    'Terms',
    'Accessibility',
    'Privacy',
    'This site uses cookies to make your visit work better and to understand how it is used.',
    'Accept all',
    'Decline all',
  ],
};

export const HELDOUT311_D: readonly TestPage[] = [squarespace, elementor];
