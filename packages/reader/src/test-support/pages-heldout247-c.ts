import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout247-kit.js';

/**
 * Held-out batch 247, file c: a county council's roadworks notice on LocalGov Drupal (Civic Cookie Control banner,
 * header with search, breadcrumb, service-page sidebar "Related pages", "Was this page helpful?" feedback, footer) and a
 * bike-share system's blog post on Ghost's Casper theme (byline with reading time, feature image with caption, callout
 * and bookmark cards, "Read more" inline promo, subscribe CTA, "You might also like" rail, Ghost Portal, footer).
 */
const wTitle = 'A617 Tollbar Road resurfacing: overnight closures from 9 March';
const wH = ['Why we are doing this work', 'Closure times and diversion', 'Access for residents and businesses', 'Contact us about the work'];
const wLead = [
  j(
    'We will resurface a 1.8 km stretch of the A617 Tollbar Road between the Pinfold roundabout and the junction with Mill Hey',
    'Lane. The work will take about three weeks and will be carried out overnight to keep disruption to a minimum.',
  ),
];
const wWhy = [
  j(
    'This section of road carries more than 19,000 vehicles a day and its surface has worn badly since it was last relaid in',
    '2009. Patching has become a frequent and costly repair. The new surface will last around 15 years and will include',
    'improved anti-skid material on the approach to the Pinfold roundabout, where there have been several collisions.',
  ),
];
const wTimes = [
  'The road will be closed from 8pm to 6am, Monday to Friday nights only, from 9 March to 27 March.',
  'It will be open as normal at weekends and during the day, with temporary 30 mph limits on the finished sections.',
  'The signed diversion runs via the B6051 through Brackenthwaite and Old Hall Road, adding about 4 miles.',
];
const wTimes2 = [
  j(
    'Dates may change if there is heavy rain, as the new surface cannot be laid on a wet road. Any changes will be shown on the',
    'roadside signs at least two days in advance.',
  ),
];
const wAccess = [
  j(
    'Residents on Tollbar Road will be able to reach their homes at all times, although there may be short waits while machinery',
    'is moved. Please speak to the traffic marshals at the closure points. Emergency services will be let through without delay.',
  ),
  j(
    'Bin collections will not be affected, as they take place in the daytime. The two bus stops outside Tollbar Garage will not be',
    'served at night during the closure; the operator will use a temporary stop on Mill Hey Lane instead.',
  ),
];
const wContact = [
  'For questions about the work, contact our contractor, Brindle Surfacing, on 01632 960 418 (24 hours).',
  'To report a problem with a road elsewhere in the county, use the online form.',
];
const wNav = ['Roads and transport', 'Bins and recycling', 'Council tax', 'Schools and learning', 'Adult social care', 'Planning'];
const wSide = ['Current roadworks', 'Apply for a road closure', 'Gritting routes', 'Potholes and road defects'];
const wFoot = ['Accessibility statement', 'Contact the council', 'Cookies', 'Privacy notice', 'Jobs'];
const wHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${wTitle} | Westerby County Council</title>
<meta name="description" content="Overnight closures of the A617 Tollbar Road for resurfacing from 9 March to 27 March.">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="canonical"
href="https://www.westerby.gov.example/roads/a617-tollbar-road-resurfacing">
<script src="https://cc.cdn.civiccomputing.example/9/cookieControl-9.x.min.js"></script>
<script>CookieControl.load({apiKey:"a7f3",product:"PRO_MULTISITE",text:{title:"This site uses cookies to store information on your computer."}});</script>
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css"></head>
<body class="lgd-page path-node page-node-type-localgov-services-page"><a href="#main-content" class="skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-container">
<header class="lgd-header"><div class="lgd-header__inner"><div class="lgd-header__site-branding"><a href="/" rel="home">Westerby County Council</a></div>
<div class="lgd-header__search"><form action="/search" method="get"><label for="edit-s">Search this site</label><input id="edit-s" name="s" type="search">
<button>Search</button></form></div>
<nav class="lgd-header__nav lgd-header__nav--primary" aria-label="Main"><ul class="lgd-header__nav-list">${links(wNav, 'lgd-header__nav-item')}</ul></nav>
</div></header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/roads">Roads and transport</a></li>
<li><a href="/roads/roadworks">Roadworks and closures</a></li></ol></nav></div>
<main class="main" id="main-content"><div class="lgd-row"><div class="lgd-row__two-thirds"><div class="lgd-region lgd-region--content">
<div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title"><span class="field field--name-title">${wTitle}</span></h1></div>
<article class="localgov-services-page localgov-services-page--full"><div class="localgov-services-page__meta">
<p class="localgov-services-page__date">Published: 24 February 2026</p></div>
<div class="field field--name-body field--type-text-with-summary">
${ps(wLead)}
<h2>${wH[0]}</h2>
${ps(wWhy)}
<h2>${wH[1]}</h2>
<ul>
${lis(wTimes)}
</ul>
${ps(wTimes2)}
<h2>${wH[2]}</h2>
${ps(wAccess)}
<h2>${wH[3]}</h2>
${ps(wContact)}
</div>
<div class="localgov-services-page__call-to-action"><a class="button button--action" href="/report-road-problem">Report a road problem</a></div></article>
<div class="lgd-page-feedback"><h2>Was this page helpful?</h2><form class="page-feedback"><button name="helpful" value="yes">Yes</button>
<button name="helpful" value="no">No</button></form><p>Do not include personal information. We cannot reply to comments made here.</p></div>
</div></div>
<aside class="lgd-row__one-third lgd-region lgd-region--sidebar"><nav class="localgov-services-sublanding__related"><h2>Related pages</h2>
<ul>${links(wSide)}</ul></nav><div class="block-localgov-alert-banner"><h3>Travel updates by email</h3><p>Sign up to hear about planned closures near you.</p>
</div></aside></div></main>
<footer class="lgd-footer"><div class="lgd-footer__inner"><ul class="lgd-footer__links">${links(wFoot)}</ul>
<p class="lgd-footer__copyright">© Westerby County Council 2026</p><p>County Hall, Marlbury, WB1 2QA</p></div></footer></div></div>
<div id="ccc" role="region" aria-label="Cookie Control"><div id="ccc-overlay"></div><div class="ccc-module--popup" id="ccc-module"><div id="ccc-content">
<h2 id="ccc-title">This site uses cookies to store information on your computer.</h2><p id="ccc-intro">Some of these cookies are essential, while others help
us to improve your experience.</p><button id="ccc-recommended-settings" class="ccc-notify-button">Accept recommended settings</button>
<button id="ccc-reject-settings" class="ccc-notify-button">I do not accept</button></div></div></div>
<script src="/core/misc/drupal.js"></script></body></html>`;
const roads: TestPage = {
  name: 'heldout247-localgov-drupal-roadworks-notice',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([...wLead, ...wWhy, ...wTimes, ...wTimes2, ...wAccess, ...wContact]),
  bylines: ['Published: 24 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Westerby County Council', 'Search this site', ...wNav, 'Roadworks and closures', 'Report a road problem',
    'Was this page helpful?', 'Do not include personal information. We cannot reply to comments made here.', 'Related pages', ...wSide,
    'Travel updates by email', 'Sign up to hear about planned closures near you.',
    ...wFoot, '© Westerby County Council 2026', 'County Hall, Marlbury, WB1 2QA',
    'This site uses cookies to store information on your computer.',
    'Some of these cookies are essential, while others help us to improve your experience.', 'Accept recommended settings', 'I do not accept',
  ],
};

const gTitle = 'What 400 new e-bikes taught us about where Ostmere rides';
const gH = ['The hills were never the problem', 'Longer trips, fewer cars', 'What we are changing this spring'];
const gLead = [
  j(
    'Last September we added 400 electric bikes to the Tallow fleet, bringing the total to just over 1,600. Six months and',
    '212,000 e-bike trips later, we have enough data to see how they have changed the way people use the system, and a few',
    'results surprised us.',
  ),
];
const gHills = [
  j(
    'We expected e-bikes to be most popular in the hilly neighbourhoods north of the river, where classic bikes have always been',
    'hard to sell. They are popular there, but the biggest jump in trips came from somewhere else: the flat, long corridor',
    'between the harbour and the university campus at Kestrel Park.',
  ),
  j(
    'The answer turned out to be distance rather than gradient. That corridor is 6 km long, and on a classic bike many riders',
    'simply did not consider it. On an e-bike it takes about 18 minutes, door to door faster than the bus.',
  ),
];
const gQuote = j(
  '“I used to take two buses to the lab. Now I ride in, and it is the best part of my day,” one rider, a postdoctoral researcher,',
  'wrote in our winter survey.',
);
const gLonger = [
  'The average e-bike trip is 4.3 km, against 2.1 km on a classic bike.',
  'One in five e-bike riders told us the trip replaced a car journey or a taxi.',
  'E-bike trips are spread more evenly through the day, with a second peak in the early afternoon.',
];
const gChange = [
  j(
    'We are moving 60 e-bikes to six new stations along the harbour to campus corridor in April, and adding charging docks at',
    'Kestrel Park and Harbour Square. We are also lowering the per-minute price of e-bikes for members from 15 to 12 cents,',
    'because the survey showed price was the main reason members chose a classic bike for longer trips.',
  ),
  j(
    'We will publish the full trip data for the six months, as always, on our open data page. If you spot something we missed,',
    'we would love to hear about it.',
  ),
];
const gRelated = ['Station map update: 14 new docks in the west end', 'Meet the mechanics who keep 1,600 bikes rolling', 'Winter riding tips from our crew'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=6f1a2b">
<meta name="description" content="Six months of e-bike data from the Tallow bike share system."><link rel="canonical"
href="https://blog.tallowbikes.example/ebike-data/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-10T09:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Tallow Bikes Blog"},
"author":{"@type":"Person","name":"Ines Varro"},"headline":"${gTitle}","datePublished":"2026-03-10T09:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.80"><script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js"
data-ghost="https://blog.tallowbikes.example/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{text-align:center}</style></head>
<body class="post-template tag-data tag-ebikes is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="https://blog.tallowbikes.example">
Tallow Bikes Blog</a></div><nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-data"><a
href="/tag/data/">Data</a>
</li><li class="nav-stations"><a href="/tag/stations/">Stations</a></li><li class="nav-get-a-pass"><a href="https://tallowbikes.example/pass">Get a
pass</a></li></ul>
</nav><div class="gh-head-actions"><a href="#/portal/signin" data-portal="signin">Sign in</a><a href="#/portal/signup" data-portal="signup"
class="gh-head-button">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-data tag-ebikes">
<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/data/">Data</a></span>
</section><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">Six months of trips on the electric fleet, and what we are changing
because of them.</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/ines/"
class="author-avatar"><img class="author-profile-image" src="/content/images/ines.jpg" alt="Ines Varro"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/ines/">Ines Varro</a></h4><div class="byline-meta-content"><time class="byline-meta-date"
datetime="2026-03-10">Mar 10, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/03/ebikes-harbour.jpg" alt="E-bikes docked at Harbour Square"><figcaption>E-bikes at the
Harbour Square station. <span style="white-space: pre-wrap;">Photo by Ruth Abend</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gLead)}
<h2 id="the-hills-were-never-the-problem">${gH[0]}</h2>
${ps(gHills)}
<blockquote>${gQuote}</blockquote>
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">📖</div><div class="kg-callout-text">Read more: How we chose the
locations for our first 40 stations</div></div>
<h2 id="longer-trips-fewer-cars">${gH[1]}</h2>
<ul>
${lis(gLonger)}
</ul>
<h2 id="what-we-are-changing-this-spring">${gH[2]}</h2>
${ps(gChange)}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://data.tallowbikes.example"><div class="kg-bookmark-content">
<div class="kg-bookmark-title">Tallow open trip data</div><div class="kg-bookmark-description">Monthly trip files and station status feeds.</div></div></a>
</figure>
</section>
<section class="article-comments gh-canvas"></section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal>Enter your email<span>Subscribe</span></a></div></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">You might also like</h3>
${gRelated.map((t) => `<article class="post-card post"><div class="post-card-content"><h2 class="post-card-title">${t}</h2></div></article>`).join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Tallow Bikes Blog</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li><a href="https://tallowbikes.example/privacy">Privacy</a></li><li><a href="/rss/">RSS</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.example/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=6f1a2b"></script></body></html>`;
const bikes: TestPage = {
  name: 'heldout247-ghost-casper-bikeshare-blog',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gH,
  body: texts([...gLead, ...gHills, gQuote, ...gLonger, ...gChange]),
  bylines: ['Ines Varro', 'Mar 10, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tallow Bikes Blog', 'Home', 'Data', 'Stations', 'Get a pass', 'Sign in', 'Subscribe',
    'Six months of trips on the electric fleet, and what we are changing because of them.', 'E-bikes at the Harbour Square station.',
    'Photo by Ruth Abend', 'Read more: How we chose the locations for our first 40 stations', 'Tallow open trip data',
    'Monthly trip files and station status feeds.', 'Sign up for more like this.', 'Enter your email', 'You might also like', ...gRelated, '© 2026',
    'Privacy', 'RSS', 'Powered by Ghost',
  ],
};

export const HELDOUT247_C: readonly TestPage[] = [roads, bikes];
