import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis, rowTexts, trs } from './pages-heldout520-kit.js';

/**
 * Held-out batch 520, file e: a car club's blog post on Ghost (Casper theme, image card with caption, callout card, read-more
 * cards and the footer sign-up), and an operator-facing docs page on slow and no-parking zones built with Hugo (Docsy).
 */
const gTitle = "Why we're putting car club cars on Ashbridge's new estates";
const gDek = 'From June, every new street in Ashbridge Fields will have a Greenbay car within a five-minute walk. Here is how it came about.';
const gSecs = [
  {
    h: '',
    ps: [
      j(
        'When the first residents moved into Ashbridge Fields last autumn, many of them arrived with one car fewer than they used to',
        'own. The estate was planned with a single parking space per home, and the nearest supermarket is a 20-minute walk away.',
      ),
      j(
        'Ashbridge District Council asked us whether a car club could fill the gap. After six months of talks with the council and the',
        'three housebuilders, we are placing 14 cars in dedicated bays across the estate, including six electric cars with their own chargers.',
      ),
    ],
  },
  {
    h: 'How the bays were chosen',
    ps: [
      j(
        'We mapped every front door on the estate and placed the bays so that no home is more than 400 metres from a car. Two bays sit',
        'next to the new primary school and one at the community hall, where the residents association asked for a van for moving furniture.',
      ),
    ],
  },
  {
    h: 'Free membership for the first year',
    ps: [
      j(
        'Every household that buys or rents a new home in Ashbridge Fields gets a year of free Greenbay membership, paid for by the',
        'housebuilders as part of their planning agreement. Members still pay for the time they book and the miles they drive.',
      ),
      j(
        'Our research on other new estates suggests that each shared car replaces between eight and twelve private cars.',
        'We will publish the figures for Ashbridge Fields after the first full year.',
      ),
    ],
  },
];
const gCallout = 'Residents can sign up at the drop-in session at Ashbridge Fields community hall on Saturday 7 June, from 10am to 2pm.';
const gFig = 'One of the new electric car bays on Heronsgate Way. Photo: Dan Ockley';
const gNav = ['Home', 'Find a car', 'Prices', 'Blog', 'About'];
const gRead = [
  { tag: 'Community', t: 'What 600 members taught us about booking a van', meta: 'Mar 3, 2027 · 4 min read' },
  { tag: 'Electric', t: 'Charging a Greenbay electric car: a step-by-step guide', meta: 'Feb 11, 2027 · 6 min read' },
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://blog.greenbay.coop/assets/built/screen.css?v=8e1a2b3c4d">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://blog.greenbay.coop/ashbridge-fields-car-club/">
<meta property="og:site_name" content="Greenbay Car Club blog"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2027-04-22T08:15:00.000Z"><meta property="article:tag" content="Partnerships">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Greenbay Car Club blog"},
"author":{"@type":"Person","name":"Nadia Fairholme"},"headline":"${gTitle.replace(/'/g, '\\u0027')}","datePublished":"2027-04-22T08:15:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://blog.greenbay.coop/" data-key="1c2d3e4f5a6b7c8d9e0f" data-api="https://blog.greenbay.coop/ghost/api/content/" crossorigin="anonymous">
</script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column}</style></head>
<body class="post-template tag-partnerships is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://blog.greenbay.coop">
Greenbay Car Club blog</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${gNav
  .map((t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="https://greenbay.coop/${t.toLowerCase()}">${t}</a></li>`)
  .join('')}</ul></nav><div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-partnerships">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/partnerships/">Partnerships</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/nadia/" class="author-avatar"><img class="author-profile-image" src="/content/images/2026/nadia.jpg" alt="Nadia Fairholme"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/nadia/">Nadia Fairholme</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-04-22">Apr 22, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2027/04/ashbridge.jpg 300w" src="/content/images/size/w2000/2027/04/ashbridge.jpg"
alt="${gTitle.replace(/'/g, '&#39;')}"></figure></header>
<section class="gh-content gh-canvas">
${ps(gSecs[0]?.ps ?? [])}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="https://blog.greenbay.coop/content/images/2027/04/heronsgate-bay.jpg" class="kg-image"
alt="" loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">${gFig}</span></figcaption></figure>
${gSecs
  .slice(1)
  .map((s) => `<h2 id="${s.h.toLowerCase().replace(/ /g, '-')}">${s.h}</h2>\n${ps(s.ps)}`)
  .join('\n')}
<div class="kg-card kg-callout-card kg-callout-card-green"><div class="kg-callout-emoji">📅</div><div class="kg-callout-text">${gCallout}</div></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button"
href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>${gRead
  .map(
    (r) => `<article class="post-card post"><a class="post-card-image-link" href="/"><img class="post-card-image" src="/content/images/r.jpg" alt=""></a>
<div class="post-card-content"><a class="post-card-content-link" href="/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">${r.tag}</span></div><h2 class="post-card-title">${r.t}</h2></header></a><footer class="post-card-meta">
${r.meta}</footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://blog.greenbay.coop">Greenbay Car Club blog</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Greenbay.coop', 'Privacy', 'Contact'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/"
target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://blog.greenbay.coop/assets/built/casper.js?v=8e1a2b3c4d"></script></body></html>`;
const greenbay: TestPage = finish({
  name: 'heldout520-ghost-car-club-estates',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gSecs.slice(1).map((s) => s.h),
  body: texts([gDek, ...gSecs.flatMap((s) => s.ps), gCallout]),
  bylines: ['Nadia Fairholme', 'Apr 22, 2027', '• 3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Greenbay Car Club blog', ...gNav, 'Sign in', 'Subscribe', 'Partnerships', gFig, 'Sign up for more like this.', 'Enter your email', 'Read more',
    ...gRead.flatMap((r) => [r.tag, r.t, r.meta]), 'Greenbay Car Club blog © 2027', 'Greenbay.coop', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
});

const hTitle = 'Slow zones and no-parking zones';
const hLead = 'How the Ortherby mobility data service publishes zones that limit where hire vehicles can go, how fast, and where rides may end.';
const hIntro = [
  j(
    'Every licensed operator in Ortherby must read the zones feed at least once every 15 minutes and apply each zone to its fleet',
    'within 30 minutes of the zone becoming active. Zones are published as GeoJSON polygons with a set of rules attached.',
  ),
];
const hTypesH = 'Zone types';
const hTypes = [
  ['<code>slow</code>', 'Vehicles must not go faster than <code>max_speed_kph</code> inside the zone.'],
  ['<code>no_parking</code>', 'Rides must not end inside the zone. Vehicles may pass through.'],
  ['<code>no_riding</code>', 'Vehicles must stop and may only be walked through the zone.'],
  ['<code>event</code>', 'A temporary zone with its own start and end times, used for markets, races and road closures.'],
];
const hFetchH = 'Fetching the feed';
const hFetch = [
  j(
    'Request the feed with your operator token. Responses are cached for 60 seconds, so polling more often than once a minute',
    'returns the same data. Use the <code>If-None-Match</code> header to avoid downloading an unchanged feed.',
  ),
];
const hCode = `curl -H "Authorization: Bearer $ORTHERBY_TOKEN" \\
  https://data.ortherby.gov.example/mds/v2/zones?active=true`;
const hNote = j(
  'Event zones are published at least 48 hours before they start. Operators must not rely on the <code>active=true</code> filter',
  'alone for event zones, because vehicles already inside a zone when it starts must be moved out by the operator.',
);
const hConfH = 'Confirming compliance';
const hConf = [
  j(
    'After applying a zone, send a <code>zone_applied</code> event to the events endpoint with the zone ID and the time it took effect.',
    'The city uses these events to check the 30-minute rule each month.',
  ),
];
const hNav = ['Documentation', 'API reference', 'Data licence', 'Status'];
const hSide = ['Getting started', 'Operator licence conditions', 'Vehicle status', 'Trips', 'Slow zones and no-parking zones', 'Events'];
const hCrumbs = ['Docs', 'Operator API'];
const hToc = [hTypesH, hFetchH, hConfH];
const hMeta = ['View page source', 'Edit this page', 'Create documentation issue'];
const hHtml = `<!doctype html><html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.125.4">
<link rel="canonical" type="text/html" href="https://docs.ortherby-mobility.example/docs/operator-api/zones/"><title>${hTitle} | Ortherby Mobility Data</title>
<meta name="description" content="${hLead}"><meta property="og:title" content="${hTitle}"><meta property="article:section" content="docs">
<meta property="article:modified_time" content="2027-03-09T14:22:05+00:00"><link rel="preload" href="/scss/main.min.3b7c.css" as="style">
<link href="/scss/main.min.3b7c.css" rel="stylesheet" integrity=""><script src="https://code.jquery.com/jquery-3.7.1.min.js" crossorigin="anonymous"></script>
</head><body class="td-page td-documentation"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column
flex-md-row"><a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span>
<span class="navbar-brand__name">Ortherby Mobility Data</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">${hNav
  .map((t) => `<li class="nav-item"><a class="nav-link" href="/${t.toLowerCase().replace(/ /g, '-')}/"><span>${t}</span></a></li>`)
  .join('')}</ul></div><div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div>
<input type="search" class="td-search__input form-control" placeholder="Search this site…" aria-label="Search this site…"
autocomplete="off"></div></div></div>
</nav></header><div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav"
id="td-section-nav"><ul class="td-sidebar-nav__section pe-md-3 ul-0"><li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child">
<a href="/docs/operator-api/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root"><span>Operator API</span></a>
<ul class="ul-1">${hSide
  .map(
    (t) =>
      `<li class="td-sidebar-nav__section-title td-sidebar-nav__section without-child"><a class="align-left ps-0 td-sidebar-link td-sidebar-link__page${
        t === hTitle ? ' active' : ''
      }" href="#"><span class="${t === hTitle ? 'td-sidebar-nav-active-item' : ''}">${t}</span></a></li>`,
  )
  .join('\n')}</ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">${hMeta
  .map(
    (t) => `<a href="https://git.example/ortherby/docs/${t.split(' ')[0]?.toLowerCase()}" target="_blank"><i class="fa-solid fa-pen-to-square fa-fw"></i>
${t}</a>`,
  )
  .join('\n')}</div><div class="td-toc"><nav id="TableOfContents"><ul>${hToc.map((t) => `<li><a href="#${t}">${t}</a></li>`).join('')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">${links(
  hCrumbs,
  'breadcrumb-item',
)}<li class="breadcrumb-item active" aria-current="page">Zones</li></ol></nav>
<div class="td-content"><h1>${hTitle}</h1><div class="lead">${hLead}</div>
<header class="article-meta"></header>
${ps(hIntro)}
<h2 id="zone-types">${hTypesH}</h2><table><thead><tr><th>Type</th><th>Rule</th></tr></thead><tbody>${trs(hTypes)}</tbody></table>
<h2 id="fetching-the-feed">${hFetchH}</h2>${ps(hFetch)}
<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-shell" data-lang="shell">${hCode}</code></pre></div>
<div class="alert alert-warning" role="alert"><h4 class="alert-heading">Note</h4>${hNote}</div>
<h2 id="confirming-compliance">${hConfH}</h2>${ps(hConf)}
<div class="td-page-meta__lastmod">Last modified March 9, 2027: <a
href="https://git.example/ortherby/docs/commit/9f3c2e1">clarify event zone timing (9f3c2e1)</a>
</div><div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button><button class="btn btn-primary mb-4 feedback--answer
feedback--answer-no">No</button></div></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1">
<ul class="td-footer__links-list">${links(['Mailing list', 'Issue tracker'], 'td-footer__links-item')}</ul></div>
<div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2"><span class="td-footer__copyright">&copy; 2027 Ortherby City Council. Content licensed under
the Open Government Licence.</span></div></div></div></footer></div>
<script src="/js/main.min.7a1d.js" integrity="" crossorigin="anonymous"></script></body></html>`;
const ortherby: TestPage = finish({
  name: 'heldout520-hugo-docsy-zones',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [hTypesH, hFetchH, hConfH],
  body: texts([hLead, ...hIntro, ...rowTexts(hTypes), ...hFetch, hNote, ...hConf]),
  bylines: ['Last modified March 9, 2027: clarify event zone timing (9f3c2e1)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ortherby Mobility Data', ...hNav, 'Operator API', ...hSide, ...hMeta, ...hToc, ...hCrumbs, 'Zones', 'Note', 'Feedback', 'Was this page helpful?',
    'Yes', 'No', 'Mailing list', 'Issue tracker', '© 2027 Ortherby City Council. Content licensed under the Open Government Licence.',
  ],
});

export const HELDOUT520_E: readonly TestPage[] = [greenbay, ortherby];
