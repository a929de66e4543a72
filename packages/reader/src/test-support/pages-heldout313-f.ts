import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout313-kit.js';

/**
 * Held-out batch 313, file f: a cargo tracking help article on a Zendesk Help Center with the Copenhagen theme (header with
 * "Submit a request", search, breadcrumbs, the "Articles in this section" sidebar, author avatar and "Updated" line, follow
 * button, share links, article votes, related and recently viewed articles, "Have more questions?" and the footer) and a
 * pilot's blog post on Ghost with the Casper theme (primary tag, custom excerpt, byline with reading time, image cards with
 * captions, the member sign-up CTA, "Read more" posts and the "Powered by Ghost" footer).
 */
const zTitle = 'How do I track my air cargo shipment?';
const zP1 = [
  j(
    'You can follow every shipment booked with Aeralis Cargo from acceptance to delivery using its air waybill (AWB) number.',
    'Tracking is free, needs no login and is updated each time the shipment is scanned at a handling point.',
  ),
];
const zH = ['Tracking a shipment', 'What the status codes mean', 'When tracking shows no update'];
const zSteps = [
  'Go to the Track &amp; trace page on our cargo website or open the Aeralis Cargo app.',
  'Enter the 11-digit air waybill number, for example 317-12345675. The first three digits are our airline prefix.',
  'Select <strong>Track</strong>. The latest status is shown at the top, with the full history below it.',
  'To receive updates by email, select <strong>Notify me</strong> and enter up to three addresses.',
];
const zCodes = [
  'RCS: the shipment has been received from the shipper and accepted.',
  'MAN: the shipment has been manifested on a flight.',
  'DEP: the flight carrying the shipment has departed.',
  'RCF: the shipment has been received from the flight at the destination.',
  'NFD: the consignee has been notified that the shipment is ready for collection.',
  'DLV: the shipment has been delivered to the consignee.',
];
const zP2 = [
  j(
    'Shipments moved by truck between airports, for example from Hollin to Vessmark, are scanned only at departure and arrival,',
    'so there may be no update for up to 24 hours. This is normal.',
  ),
  j(
    'If your shipment shows no new status for more than 48 hours, or shows a status of DIS (discrepancy), contact the cargo',
    'service centre with the AWB number. Please have the number of pieces and the weight on the waybill ready.',
  ),
  j(
    'A status of DIS does not always mean that something is wrong. It is often recorded when part of a consignment arrives on one',
    'flight and the rest on the next; the status changes back once all pieces have been counted at the destination.',
  ),
];
const zNote = 'Note: tracking for shipments booked through a forwarder may show the forwarder’s house waybill only after the master AWB is linked.';
const zSection = ['How do I track my air cargo shipment?', 'Booking dangerous goods', 'Opening hours of the cargo terminals', 'Claims for damaged cargo'];
const zRelated = ['Why does my AWB number show as invalid?', 'Collecting a shipment at Vessmark cargo terminal'];
const zRecent = ['Booking dangerous goods'];
const zHtml = `<!DOCTYPE html><html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><title>${zTitle} – Aeralis Cargo Help Centre</title>
<meta name="csrf-param" content="authenticity_token"><meta name="description" content="Follow a shipment from acceptance to delivery.">
<meta property="og:type" content="website"><meta property="og:site_name" content="Aeralis Cargo Help Centre"><meta property="og:title" content="${zTitle}">
<link rel="canonical" href="https://cargohelp.aeralis.example/hc/en-gb/articles/4417201-How-do-I-track-my-air-cargo-shipment">
<link rel="stylesheet" media="all" href="//static.zdassets.example/hc/assets/application-4f6a.css"><link rel="stylesheet" href="/hc/theming_assets/style.css">
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"aeraliscargo","environment":"production"}; HelpCenter.user = {"role":"anonymous"};</script>
</head><body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="/hc/theming_assets/logo.png" alt="Aeralis Cargo Help Centre home page">
</a></div>
<div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li><li><a class="sign-in" href="/hc/en-gb/signin">Sign in</a></li></ul>
</nav></div>
</header><main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav">
<nav aria-label="Current location"><ol class="breadcrumbs">${links(['Cargo Help Centre', 'Tracking and booking', 'Track and trace'])}</ol></nav>
<div class="search-container"><form role="search" class="search" data-search="" action="/hc/en-gb/search" method="get"><input type="search" name="query"
id="query" placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title"></button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
${zSection.map((t, i) => `<li><a href="/hc/en-gb/articles/${4417201 + i}" class="sidenav-item${i === 0 ? ' current-article' : ''}">${t}</a></li>`).join('\n')}
</ul><a href="/hc/en-gb/sections/360001" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="/system/photos/avatar.png" alt="" class="user-avatar"></div>
<div class="article-meta"><span>Sanna Virtanen</span><ul class="meta-group"><li class="meta-data"><time datetime="2026-02-27T13:40:11Z" title="2026-02-27 13:40"
data-datetime="relative">Updated 9 days ago</time></li></ul></div></div>
<div class="article-subscribe"><button class="button" data-selected="false" aria-label="Follow this article">Follow</button></div></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zP1)}
<h2>${zH[0]}</h2>
<ol>${zSteps.map((s) => `<li>${s}</li>`).join('\n')}</ol>
<h2>${zH[1]}</h2>
<ul>${zCodes.map((s) => `<li>${s}</li>`).join('\n')}</ul>
<h2>${zH[2]}</h2>
${ps(zP2)}
<p class="wysiwyg-callout">${zNote}</p>
</div><div class="article-attachments"></div></div>
<footer><div class="article-footer"><div class="article-share"><ul class="share">${links(['Facebook', 'X Corp', 'LinkedIn'])}</ul></div>
<div class="article-comment-count"></div></div><div class="article-votes">
<h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group">
<button type="button" class="button article-vote article-vote-up" aria-label="This article was helpful">Yes</button>
<button type="button" class="button article-vote article-vote-down" aria-label="This article was not helpful">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">41 out of 47 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<div class="article-relatives"><section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>${links(zRelated)}</ul></section>
<section class="recent-articles"><h2 class="recent-articles-title">Recently viewed articles</h2><ul>${links(zRecent)}</ul></section></div>
</section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Aeralis Cargo Help Centre</a><div class="footer-language-selector">
<button class="dropdown-toggle" aria-haspopup="true">English (GB)</button></div></div></footer>
<script src="//static.zdassets.example/hc/assets/hc_enduser-2f1a.js"></script></body></html>`;
const zendesk: TestPage = {
  name: 'heldout313-zendesk-cargo-tracking-docs',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zH,
  body: texts([...zP1, ...zSteps, ...zCodes, ...zP2, zNote]),
  bylines: ['Sanna Virtanen', 'Updated 9 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', 'Cargo Help Centre', 'Tracking and booking', 'Track and trace', 'Articles in this section',
    ...zSection.slice(1), 'See more', 'Follow', 'Facebook', 'X Corp', 'LinkedIn', 'Was this article helpful?', 'Yes', '41 out of 47 found this helpful',
    'Have more questions?', 'Return to top', 'Related articles', ...zRelated, 'Recently viewed articles', 'Aeralis Cargo Help Centre', 'English (GB)',
  ],
};

const gTitle = 'Crosswind season: what ten winters on the island routes taught me';
const gExcerpt = 'Gusts, short runways and the art of going around without feeling you have failed.';
const gP1 = [
  j(
    'Every October the wind changes its mind about which way to blow over the Skerrow Islands, and for the next five months',
    'my colleagues and I fly some of the most demanding approaches in the network. After ten winters as a captain on the',
    'island routes, I want to write down what I wish someone had told me in my first season.',
  ),
];
const gH = ['The limit is not a target', 'Ask for the wind again', 'Going around is a normal landing', 'Passengers notice more than you think'];
const gP2 = [
  j(
    'Our aircraft has a demonstrated crosswind limit, and the company sets its own, lower limits for wet and contaminated runways.',
    'In my first winter I treated those numbers as the line I was allowed to fly up to. That is the wrong way round. The limit',
    'tells you where the test pilots stopped; it says nothing about how much margin you have left on a gusty day on a narrow strip.',
  ),
];
const gP3 = [
  j(
    'The wind report you received at four miles is history by the time you are over the threshold. On airfields with one',
    'controller, I have learned to ask for a fresh wind check at 500 feet, even if the frequency is busy. A controller has never',
    'once complained, and twice the answer has sent me around.',
  ),
];
const gQuote = 'A go-around is not a failed landing. It is a landing you decided not to make yet.';
const gP4 = [
  j(
    'My first training captain said that to me on a dark afternoon at Hollin, and it changed how I felt about the manoeuvre.',
    'We brief the go-around on every approach, we practise it in the simulator twice a year, and yet many pilots still feel',
    'a small sting of embarrassment when they fly one for real. That feeling is dangerous, because it makes us press on.',
  ),
];
const gList = [
  'Brief the go-around as the expected outcome on gusty days, not the exception.',
  'Say the decision out loud: “Go around, flaps.” Nobody has to guess.',
  'After landing, talk about it with the first officer while it is fresh.',
];
const gP5 = [
  j(
    'The islanders who fly with us every week are experienced passengers. They feel every gust, and they notice when we are',
    'tense. A short announcement before the approach, explaining that it will be bumpy and that we may go around, does more for',
    'their comfort than a smooth landing. Winter starts again next month. I am looking forward to it.',
  ),
];
const gRead = ['A night stop on Greyness', 'Learning the T-78: first impressions from the simulator', 'Why we still carry paper charts'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${gTitle}</title>
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://rightseat.example/crosswind-season/">
<meta property="og:site_name" content="Right Seat Notes"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-09-14T07:12:00.000Z">
<meta name="generator" content="Ghost 5.96">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization",
"name":"Right Seat Notes"},"author":{"@type":"Person","name":"Halvor Lindstad"},"headline":"${gTitle}","datePublished":"2026-09-14T07:12:00.000Z"}</script>
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1b2c3">
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.44/umd/portal.min.js"
data-i18n="true" data-ghost="https://rightseat.example/" crossorigin="anonymous"></script></head>
<body class="post-template tag-flying tag-winter is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://rightseat.example">
Right Seat Notes</a></div><nav class="gh-head-menu"><ul class="nav">${links(['Home', 'About', 'Flying', 'Aircraft'], 'nav-item')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-flying tag-winter">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/flying/">Flying</a></span>
</div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/halvor/" class="author-avatar"><img class="author-profile-image" src="/content/images/halvor.jpg" alt="Halvor Lindstad"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/halvor/">Halvor Lindstad</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-09-14">Sep 14, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 5 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/09/approach-hollin.jpg" alt="Approach to Hollin in winter">
<figcaption>Short final at Hollin, runway 27, on a calmer day. Photo: the author</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gP1)}
<h2 id="the-limit-is-not-a-target">${gH[0]}</h2>
${ps(gP2)}
<h2 id="ask-for-the-wind-again">${gH[1]}</h2>
${ps(gP3)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/09/windsock.jpg" class="kg-image" alt="" loading="lazy">
<figcaption><span style="white-space: pre-wrap;">The windsock at Greyness, which tells the truth faster than any report.</span></figcaption></figure>
<h2 id="going-around-is-a-normal-landing">${gH[2]}</h2>
<blockquote class="kg-blockquote-alt">${gQuote}</blockquote>
${ps(gP4)}
<ul>${lis(gList)}</ul>
<h2 id="passengers-notice-more-than-you-think">${gH[3]}</h2>
${ps(gP5)}
</section>
<section class="article-comments gh-canvas"><div id="ghost-comments-root"></div></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal=""><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>
${gRead
  .map(
    (t) => `<article class="post-card post"><a class="post-card-content-link" href="/${t.length}/">
<h2 class="post-card-title">${t}</h2></a></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://rightseat.example">Right Seat Notes</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Data & privacy'])}</ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=a1b2c3"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout313-ghost-pilot-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([gExcerpt, ...gP1, ...gP2, ...gP3, gQuote, ...gP4, ...gList, ...gP5]),
  bylines: ['Halvor Lindstad', 'Sep 14, 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Right Seat Notes', 'Home', 'About', 'Flying', 'Aircraft', 'Sign in', 'Subscribe', 'Short final at Hollin, runway 27, on a calmer day. Photo: the author',
    'The windsock at Greyness, which tells the truth faster than any report.', 'Sign up for more like this.', 'Enter your email', 'Read more', ...gRead,
    'Right Seat Notes © 2026', 'Sign up', 'Data & privacy', 'Powered by Ghost',
  ],
};

export const HELDOUT313_F: readonly TestPage[] = [zendesk, ghost];
