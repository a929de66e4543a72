import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout673-kit.js';

/**
 * Held-out batch 673, file e: a volunteer surf club's members' handbook page on Hugo (Docsy theme, section sidebar, page TOC,
 * alert shortcode, feedback widget) and a local news article on a windsurf school's new base, served by Next.js.
 */
const hTitle = 'Beach safety briefing';
const hLead = 'Every new member goes through this briefing with a coach before their first club session. Read it again at the start of each season.';
const hSecs: [string, string, string[]][] = [
  ['flags', 'Flags', ['The club only runs sessions on lifeguarded beaches, and the lifeguards’ flags always take priority over club plans.']],
  [
    'rips',
    'Rip currents',
    [
      j(
        'Kelder Point has two permanent rips: one beside the slipway and one against the rocks at the south end. On big tides a',
        'third often forms in the middle of the beach. If you are caught in a rip, do not swim against it. Float, raise one arm',
        'and shout, or paddle parallel to the beach until you are out of the current.',
      ),
    ],
  ],
  [
    'buddy',
    'The buddy system',
    [
      j(
        'Every member is paired with a buddy at the start of the session and checks in with the coach on the beach when they',
        'come out of the water, even for a short break. Nobody leaves the beach without telling the session leader.',
      ),
    ],
  ],
];
const hFlags = [
  'Red and yellow: swim and bodyboard between these flags.',
  'Black and white chequered: surfboards and other craft use this zone.',
  'Red: danger, do not enter the water.',
];
const hAlert = 'Under-16s must wear a club rash vest in a bright colour at every session, so coaches can spot them from the beach.';
const hNav = ['Handbook', 'Sessions', 'Committee', 'Join'];
const hSide = ['Joining the club', 'Beach safety briefing', 'Session levels', 'Kit store', 'Juniors'];
const hHtml = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Hugo 0.126.1"><meta name="robots" content="index, follow"><title>${hTitle} | Kelder Point Surf Club</title>
<meta name="description" content="${hLead}"><meta property="og:title" content="${hTitle}"><meta property="og:type" content="article">
<meta property="article:modified_time" content="2026-05-02T19:40:11+01:00"><link rel="preload" href="/scss/main.min.7c3f0a.css" as="style">
<link href="/scss/main.min.7c3f0a.css" rel="stylesheet" integrity=""><script src="/js/jquery-3.7.1.min.js"></script></head>
<body class="td-page"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">Kelder Point Surf Club</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">${hNav
  .map(
    (n) => `<li class="nav-item"><a class="nav-link${n === 'Handbook' ? ' active' : ''}"
href="/${n.toLowerCase()}/"><span>${n}</span></a></li>`,
  )
  .join('')}</ul></div>
<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div><input type="search"
class="td-search__input form-control"
placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"
data-offline-search-index-json-src="/offline-search-index.json"></div></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap"><aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none">
<div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav collapse td-sidebar-nav--search-disabled foldable-nav" id="td-section-nav">
<ul class="td-sidebar-nav__section pe-md-3 ul-0"><li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child active-path" id="m-handbook-li">
<a href="/handbook/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root" id="m-handbook"><span>Members’ handbook</span></a><ul
class="ul-1">
${hSide
  .map(
    (s) => `<li class="td-sidebar-nav__section-title td-sidebar-nav__section without-child"><a href="/handbook/${s.toLowerCase().replace(/ /g, '-')}/"
class="align-left ps-0 td-sidebar-link td-sidebar-link__page${s === hTitle ? ' active' : ''}"><span${
      s === hTitle ? ' class="td-sidebar-nav-active-item"' : ''
    }>${s}</span></a></li>`,
  )
  .join('\n')}
</ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://github.com/kelderpointsc/handbook/edit/main/content/en/handbook/safety.md" class="td-page-meta--edit td-page-meta__edit" target="_blank"
rel="noopener">
<i class="fa-solid fa-pen-to-square fa-fw"></i> Edit this page</a><a href="https://github.com/kelderpointsc/handbook/issues/new?title=Beach%20safety%20briefing"
class="td-page-meta--issue td-page-meta__issue" target="_blank" rel="noopener"><i class="fa-solid fa-list-check fa-fw"></i> Create documentation issue</a>
<a id="print" href="/handbook/_print/"><i class="fa-solid fa-print fa-fw"></i> Print entire section</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul>${hSecs.map(([id, h]) => `<li><a href="#${id}">${h}</a></li>`).join('')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/handbook/">Members’ handbook</a></li><li class="breadcrumb-item active" aria-current="page">${hTitle}</li></ol></nav>
<div class="td-content"><h1>${hTitle}</h1><div class="lead">${hLead}</div>
<h2 id="flags">Flags</h2>${ps(hSecs[0]?.[2] ?? [])}<ul>${lis(hFlags)}</ul>
<div class="alert alert-warning" role="alert"><h4 class="alert-heading">Juniors</h4>${hAlert}</div>
${hSecs
  .slice(1)
  .map(([id, h, p]) => `<h2 id="${id}">${h}</h2>\n${ps(p)}`)
  .join('\n')}
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button><button
class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button>
<p class="feedback--response feedback--response-yes">Glad to hear it! Please <a href="https://github.com/kelderpointsc/handbook/issues/new">tell us how we can
improve</a>.</p></div>
<br><div class="td-page-meta__lastmod">Last modified May 2, 2026: <a href="https://github.com/kelderpointsc/handbook/commit/9c1e2f4">Add third rip to safety
page (9c1e2f4)</a></div>
</div></main></div></div><footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2">
<div class="td-footer__left col-6 col-sm-4 order-sm-1"><ul class="td-footer__links-list"><li class="td-footer__links-item" data-bs-toggle="tooltip"
title="Instagram"
aria-label="Instagram"><a target="_blank" rel="noopener" href="https://instagram.com/kelderpointsc" aria-label="Instagram"><i
class="fab fa-instagram"></i></a></li></ul></div>
<div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2"><span class="td-footer__copyright">&copy; 2026 <span class="td-footer__authors">Kelder Point
Surf Club</span>
| <span class="td-footer__license">Documentation Distributed under CC BY 4.0</span></span><span class="td-footer__all_rights_reserved">All Rights
Reserved</span></div>
</div></div></footer></div><script src="/js/main.min.3f8a2e.js" integrity="" crossorigin="anonymous"></script></body></html>`;
const hugoHandbook: TestPage = {
  name: 'heldout673-hugo-docsy-safety',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['Flags', 'Juniors', 'Rip currents', 'The buddy system'],
  body: texts([hLead, ...(hSecs[0]?.[2] ?? []), ...hFlags, hAlert, ...hSecs.slice(1).flatMap(([, , p]) => p)]),
  bylines: ['Last modified May 2, 2026: Add third rip to safety page (9c1e2f4)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kelder Point Surf Club', 'Handbook', 'Committee', 'Join', 'Members’ handbook', ...hSide.filter((s) => s !== hTitle && s !== 'Juniors'), 'Edit this page',
    'Create documentation issue',
    'Print entire section', 'Feedback', 'Was this page helpful?', 'Yes', 'No',
    '© 2026 Kelder Point Surf Club | Documentation Distributed under CC BY 4.0', 'All Rights Reserved',
  ],
};

const nTitle = 'Windsurf school wins approval for new base at Marrow Water after two-year row';
const nDek = 'Councillors back plans for a timber clubhouse and boat store despite objections from anglers and some residents.';
const nBody = [
  j(
    'A windsurf and sailing school has been given permission to build a permanent base on the shore of Marrow Water,',
    'ending a two-year dispute over access to the reservoir.',
  ),
  j(
    'Breakwind Watersports, which has taught from a pair of shipping containers at the western car park since 2019, plans a',
    'single-storey timber building with changing rooms, a classroom and a store for up to 60 boards and dinghies.',
  ),
  j(
    'The planning committee of Halvern District Council approved the application by seven votes to two on Tuesday evening,',
    'after a debate lasting more than an hour.',
  ),
  j(
    'Owner Priya Castell said the decision would let the school offer lessons all year round. "At the moment we shut in',
    'October because there is nowhere warm for people to change," she said. "This lets us run winter courses for schools',
    'and youth groups, which is what we have wanted to do from the start."',
  ),
  j(
    'The Marrow Water Angling Association had objected, arguing that more boards on the water would disturb fish and',
    'that the building would block the view from the western bank. Thirty-one residents also wrote to the council,',
    'most of them about traffic on the narrow lane to the car park.',
  ),
  j(
    'Council officers said the school’s lease limits it to the western third of the reservoir and that the new building',
    'would replace the containers on the same footprint. A condition of the approval caps lessons at 40 people on the',
    'water at any one time.',
  ),
  j('Work is expected to start in September, with the base open by Easter next year.'),
];
const nSections = ['News', 'Sport', 'What’s On', 'Business', 'Opinion', 'Obituaries'];
const nMost = ['Road to reopen after six months of bridge works', 'Halvern bakery shortlisted for national award', 'Why the ferry timetable is changing again'];
const nTopics = ['Reservoirs', 'Leisure', 'Council decisions'];
const nFoot = ['About us', 'Contact', 'Advertise', 'Terms', 'Privacy', 'Cookie settings'];
const cls = (n: string, h: string): string => `${n}_${n.charAt(0).toLowerCase()}${n.slice(1)}__${h}`;
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"><title>${nTitle} | Halvern
Courier</title>
<meta name="description" content="${nDek}"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-06-17T06:00:00.000Z">
<link rel="canonical" href="https://www.halverncourier.co.uk/news/windsurf-school-marrow-water-approval"><meta name="next-head-count" content="9">
<link rel="preload" href="/_next/static/css/4d2a8b1e0c7f.css" as="style"><link rel="stylesheet" href="/_next/static/css/4d2a8b1e0c7f.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","author":[{"@type":"Person",
"name":"Owen Barraclough"}],
"datePublished":"2026-06-17T06:00:00.000Z","publisher":{"@type":"Organization","name":"Halvern Courier"}}</script>
<script src="/_next/static/chunks/webpack-9a8b7c6d.js" defer=""></script><script src="/_next/static/chunks/pages/news/%5Bslug%5D-2f1e0d.js"
defer=""></script></head>
<body><div id="__next"><a href="#main" class="${cls('SkipLink', 'x1Pq2')}">Skip to main content</a>
<div class="${cls('Banner', 'k9Lm3')}" role="region" aria-label="Cookie consent"><p>We and our partners use cookies to personalise ads and measure how our
site is used.</p>
<button class="${cls('Banner', 'accept__p0Qw')}">Accept all</button><button class="${cls('Banner', 'manage__r2Ty')}">Manage preferences</button></div>
<header class="${cls('Header', 'h7Bn4')}"><div class="${cls('Header', 'top__j3Ks')}"><a href="/" class="${cls('Header', 'logo__m8Vc')}"
aria-label="Halvern Courier home">
<svg viewBox="0 0 200 40" role="img"><title>Halvern Courier</title></svg></a><div class="${cls('Header', 'actions__t5Rx')}"><a href="/subscribe"
class="${cls('Button', 'primary__q1Za')}">Subscribe</a><a href="/login" class="${cls('Button', 'ghost__e4Ws')}">Sign in</a><button aria-label="Search"
class="${cls('Header', 'search__d7Ux')}"><svg aria-hidden="true"></svg></button></div></div><nav aria-label="Sections" class="${cls('Nav', 'n2Gh5')}">
<ul>${links(nSections, cls('Nav', 'item__y6Io'))}</ul></nav></header>
<main id="main" class="${cls('Layout', 'main__c4Fv')}"><article class="${cls('Article', 'a1Sd2')}"><div class="${cls('Article', 'kicker__w3Er')}"><a
href="/news/environment">Environment</a></div>
<h1 class="${cls('Article', 'headline__u7Ji')}">${nTitle}</h1><p class="${cls('Article', 'standfirst__o9Kl')}">${nDek}</p>
<div class="${cls('Byline', 'b5Nm6')}"><span class="${cls('Byline', 'name__z8Xc')}">By <a href="/authors/owen-barraclough">Owen Barraclough</a>, Local
Democracy Reporter</span>
<time dateTime="2026-06-17T06:00:00.000Z" class="${cls('Byline', 'date__v1Bn')}">17 June 2026, 7:00am</time></div>
<div class="${cls('ShareBar', 's3Dg7')}"><button aria-label="Share on Facebook"><svg aria-hidden="true"></svg></button><button aria-label="Share on X"><svg
aria-hidden="true"></svg></button>
<button class="${cls('ShareBar', 'copy__f6Hj')}">Copy link</button></div>
<figure class="${cls('Article', 'hero__g2Lk')}"><img alt="Boards stacked beside shipping containers at Marrow Water"
src="/_next/image?url=%2Fimages%2Fmarrow.jpg&amp;w=1200&amp;q=75"
loading="eager" decoding="async"><figcaption>The school’s current base, two containers at the western car park. <span
class="${cls('Article', 'credit__h5Zx')}">Photo: Halvern Courier</span></figcaption></figure>
<div class="${cls('ArticleBody', 'body__p8Mn')}">${ps(nBody.slice(0, 3))}
<aside class="${cls('AdSlot', 'ad__q2We')}" data-slot="mpu-1"><span class="${cls('AdSlot', 'label__r4Ty')}">Advertisement</span><div
id="div-gpt-ad-mpu-1"></div></aside>
${ps(nBody.slice(3, 5))}
<p class="${cls('ArticleBody', 'related__t9Ui')}"><strong>Read more:</strong> <a href="/news/marrow-water-angling-row">Anglers and boarders clash over
reservoir access</a></p>
${ps(nBody.slice(5))}</div>
<div class="${cls('Topics', 'tp3As')}"><h2 class="${cls('Topics', 'title__v4Df')}">Topics</h2><ul>${links(nTopics, cls('Topics', 'tag__b6Gh'))}</ul></div>
<div class="${cls('Comments', 'cm1Jk')}"><button class="${cls('Comments', 'open__n2Lq')}">View 14 comments</button></div></article>
<aside class="${cls('Rail', 'r8Zx')}"><section><h2 class="${cls('Rail', 'title__c3Vb')}">Most
read</h2><ol>${links(nMost, cls('Rail', 'item__m5Nq'))}</ol></section>
<section class="${cls('Newsletter', 'nl4We')}"><h2>The Courier Daily</h2><p>The day’s top stories from Halvern and the valley, in your inbox by 7am.</p>
<form><label for="nl-email">Email address</label><input id="nl-email" type="email"><button type="submit">Sign up</button></form></section></aside></main>
<footer class="${cls('Footer', 'f6Rt')}"><ul>${links(nFoot)}</ul><p>© 2026 Halvern Courier Ltd. Registered in England and Wales.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"slug":"windsurf-school-marrow-water-approval","headline":"${nTitle}",
"section":"environment","wordCount":372}}},"page":"/news/[slug]","query":{"slug":"windsurf-school-marrow-water-approval"},"buildId":"b7YtW2kqP",
"isFallback":false,"gssp":true}</script>
</body></html>`;
const nextNews: TestPage = {
  name: 'heldout673-nextjs-news-base',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([nDek, ...nBody]),
  bylines: ['By Owen Barraclough, Local Democracy Reporter', '17 June 2026, 7:00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We and our partners use cookies to personalise ads and measure how our site is used.', 'Accept all', 'Manage preferences',
    'Subscribe', 'Sign in', ...nSections, 'Environment', 'Copy link', 'The school’s current base, two containers at the western car park.',
    'Photo: Halvern Courier', 'Advertisement', 'Read more: Anglers and boarders clash over reservoir access', 'Topics', ...nTopics, 'View 14 comments',
    'Most read', ...nMost, 'The Courier Daily', 'The day’s top stories from Halvern and the valley, in your inbox by 7am.', 'Email address', 'Sign up',
    ...nFoot,
    '© 2026 Halvern Courier Ltd. Registered in England and Wales.',
  ],
};

export const HELDOUT673_E: readonly TestPage[] = [hugoHandbook, nextNews];
