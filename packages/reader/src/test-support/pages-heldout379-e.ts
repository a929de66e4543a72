import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout379-kit.js';

/**
 * Held-out batch 379, file e: a fixtures listing on a Nuxt 2 club site (`__nuxt` / `__layout` roots, `data-v-` scoped
 * attributes, a competition filter, month groups of fixture rows with ticket and broadcast buttons, a sticky "Next match"
 * card, the footer and the `window.__NUXT__` state), and a women's team signing announcement on Joomla 4.
 */
const xTitle = 'Fixtures';
const xIntro = [
  j(
    'All dates and kick-off times are subject to change for television coverage. Cup fixtures are confirmed once the previous round',
    'has been played. Times are UK time.',
  ),
];
const xMonths: readonly (readonly [string, readonly string[]])[] = [
  [
    'March 2026',
    [
      'Sat 21 Mar · Thornbury Dale (H) · League One · 15:00',
      'Tue 24 Mar · Castlereagh Town (A) · League One · 19:45',
      'Sat 28 Mar · Elsworth Rovers (H) · League Trophy semi-final · 15:00',
    ],
  ],
  [
    'April 2026',
    [
      'Fri 3 Apr · Gillingford (A) · League One · 20:00',
      'Mon 6 Apr · Haxby Borough (H) · League One · 15:00',
      'Sat 11 Apr · Redmarsh United (A) · League One · 12:30',
      'Sat 18 Apr · Lowther Park (H) · League One · 15:00',
      'Sat 25 Apr · Sedgemoor City (A) · League One · 15:00',
    ],
  ],
  ['May 2026', ['Sat 2 May · Coldharbour Athletic (H) · League One · 12:30']],
];
const xFilters = ['All competitions', 'League One', 'League Trophy', 'FA Cup'];
const xMenu = ['Latest News', 'Fixtures & Results', 'Teams', 'Tickets', 'Commercial', 'Community Trust'];
const xFoot = ['Club Charter', 'Supporter Liaison', 'Anti-Discrimination Policy', 'Privacy', 'Cookie Settings'];
const row = (r: string, i: number): string => `<li data-v-7e3c2a1f class="fixture-row${r.includes('(H)') ? ' fixture-row--home' : ''}">
<div data-v-7e3c2a1f class="fixture-row__crest"><img data-v-7e3c2a1f src="/_nuxt/img/crest-${i}.png" alt=""></div>
<div data-v-7e3c2a1f class="fixture-row__info">${r}</div><div data-v-7e3c2a1f class="fixture-row__actions">
${
  r.includes('(H)')
    ? '<a data-v-7e3c2a1f href="/tickets" class="btn btn--primary">Buy tickets</a>'
    : '<a data-v-7e3c2a1f href="/tickets/away" class="btn btn--ghost">Away ticket info</a>'
}
<a data-v-7e3c2a1f href="/tv" class="btn btn--link">Watch on StagTV</a></div></li>`;
const xHtml = `<!doctype html><html data-n-head-ssr lang="en" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22en%22%7D%7D"><head>
<title>Fixtures | Harrowgate Stags</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport"
content="width=device-width, initial-scale=1">
<meta data-n-head="ssr" data-hid="description" name="description" content="Upcoming Harrowgate Stags fixtures in all competitions.">
<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="Fixtures | Harrowgate Stags">
<link data-n-head="ssr" rel="canonical" href="https://www.harrowgatestags.example/fixtures"><link rel="preload" href="/_nuxt/4f1a2c3.js" as="script">
<link rel="stylesheet" href="/_nuxt/css/a91c2e0.css">
<script data-n-head="ssr" type="application/ld+json">{"@context":"https://schema.org","@type":"SportsEvent","name":"Harrowgate Stags v Thornbury Dale",
"startDate":"2026-03-21T15:00:00Z","location":{"@type":"Place","name":"The Paddock"}}</script></head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div data-v-1b2c3d4e class="app">
<header data-v-5a6b7c8d data-v-1b2c3d4e class="site-header"><a data-v-5a6b7c8d href="/" class="site-header__logo nuxt-link-active"
aria-label="Harrowgate Stags"></a><nav data-v-5a6b7c8d class="site-header__nav"><ul data-v-5a6b7c8d>${links(xMenu, 'site-header__item')}</ul></nav>
<a data-v-5a6b7c8d href="https://shop.harrowgatestags.example" class="site-header__shop">Shop</a></header>
<main data-v-1b2c3d4e class="page page--fixtures"><div data-v-7e3c2a1f class="fixtures"><div data-v-7e3c2a1f class="fixtures__header">
<h1 data-v-7e3c2a1f class="fixtures__title">${xTitle}</h1>
<div data-v-7e3c2a1f class="fixtures__tabs" role="tablist"><a data-v-7e3c2a1f href="/fixtures" aria-current="page" class="nuxt-link-exact-active">Fixtures</a>
<a data-v-7e3c2a1f href="/results">Results</a><a data-v-7e3c2a1f href="/table">Table</a></div>
<label data-v-7e3c2a1f class="fixtures__filter">Competition <select data-v-7e3c2a1f>${xFilters.map((f) => `<option>${f}</option>`).join('')}</select></label>
<button data-v-7e3c2a1f class="fixtures__calendar">Add to calendar</button></div>
<div data-v-7e3c2a1f class="fixtures__intro">${ps(xIntro, ' data-v-7e3c2a1f')}</div>
${xMonths
  .map(
    ([m, rows]) => `<section data-v-7e3c2a1f class="fixtures__month"><h2 data-v-7e3c2a1f class="fixtures__month-title">${m}</h2>
<ul data-v-7e3c2a1f class="fixtures__list">${rows.map(row).join('\n')}</ul></section>`,
  )
  .join('\n')}
</div>
<aside data-v-9d8c7b6a class="next-match"><p data-v-9d8c7b6a class="next-match__label">Next match</p><p data-v-9d8c7b6a
class="next-match__teams">Stags v Thornbury Dale</p>
<p data-v-9d8c7b6a class="next-match__countdown">6 days 4 hours</p><a data-v-9d8c7b6a href="/match-centre" class="btn">Match Centre</a></aside>
<div data-v-2e4f6a8c class="partner-strip"><span data-v-2e4f6a8c>Official partners</span><ul data-v-2e4f6a8c>${lis(['Brindle Energy', 'Cask & Barrel'])}</ul>
</div></main>
<footer data-v-3c5e7a9b data-v-1b2c3d4e class="site-footer"><ul data-v-3c5e7a9b>${links(xFoot)}</ul>
<p data-v-3c5e7a9b class="site-footer__legal">Harrowgate Stags AFC Ltd. Company number 01927730. © 2026</p></footer></div></div></div>
<script>window.__NUXT__=(function(a,b,c){return {layout:"default",data:[{fixtures:[{id:8812,home:a,opponent:"Thornbury Dale",kickoff:"2026-03-21T15:00:00Z"},
{id:8813,home:b,opponent:"Castlereagh Town",kickoff:"2026-03-24T19:45:00Z"}]}],fetch:{},error:c,serverRendered:a,routePath:"\\u002Ffixtures",
config:{apiBase:"https:\\u002F\\u002Fapi.harrowgatestags.example"}}}(true,false,null));</script>
<script src="/_nuxt/4f1a2c3.js" defer></script><script src="/_nuxt/b7e0d91.js" defer></script></body></html>`;
const nuxt: TestPage = {
  name: 'heldout379-nuxt-fixtures',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: xMonths.map(([m]) => m),
  body: texts([...xIntro, ...xMonths.flatMap(([, rows]) => rows)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...xMenu, 'Shop', 'Results', 'Table', 'Competition', 'All competitions', 'FA Cup', 'Add to calendar', 'Buy tickets',
    'Away ticket info', 'Watch on StagTV', 'Next match', 'Stags v Thornbury Dale', '6 days 4 hours', 'Match Centre', 'Official partners', 'Brindle Energy',
    'Cask & Barrel', ...xFoot, 'Harrowgate Stags AFC Ltd. Company number 01927730. © 2026',
  ],
};

/**
 * A women's team signing announcement on Joomla 4 with the Cassiopeia template: `com_content` article view with
 * `item-page`, the article info block (written by, category, published, hits), the intro image with caption, `itemprop=
 * "articleBody"`, tags, the previous / next pager, module positions for the sidebar ("Latest signings", a banner) and
 * the footer module, and a cookie consent module.
 */
const mTitle = 'Rangers Women sign Norwegian forward Sunniva Haugland';
const mBody1 = [
  j(
    'Tollmere Rangers Women have completed the signing of Norwegian forward Sunniva Haugland from Bergvik IL on a contract until the',
    'summer of 2028, subject to international clearance.',
  ),
  j(
    "The 23-year-old scored 14 goals in 22 league matches for Bergvik last season, finishing as the club's top scorer for the second",
    'year in a row, and she made her senior international debut against Iceland in October.',
  ),
];
const mBody2 = [
  j(
    'Haugland is comfortable across the front line but has mostly played as a central striker who drops deep to link the play.',
    'Rangers have scored fewer goals than any side in the top half of the table, and head coach Agnes Mbeki has been open about',
    'wanting more movement in the final third.',
  ),
];
const mQuote1 = j(
  'I watched Rangers play twice on television before I spoke to the coach, and I liked how brave the team is with the ball.',
  'I want to score goals, of course, but I also want to help the younger players the way older players helped me in Bergvik.',
);
const mQuote2 = j(
  'Sunniva is exactly the profile we have been looking for since the autumn. She is quick, she is clever and she works incredibly',
  'hard for the team. We are delighted that she has chosen us.',
);
const mFacts = ['Position: forward', 'Age: 23', 'Previous club: Bergvik IL', 'Squad number: 19'];
const mBody3 = [
  j(
    "Haugland becomes the third arrival of the winter window, following goalkeeper Beatriz Falcão's new contract and the loan signing",
    'of defender Orla Fennessy from Corrington Ladies. The club has not disclosed the fee.',
  ),
  j(
    'Haugland will train with her new team-mates from Monday and could make her debut in the league game against Corrington Ladies',
    'at Abbey Meadow on Sunday 22 March, if her clearance comes through in time.',
  ),
];
const mMenu = ['Home', "Men's First Team", 'Women & Girls', 'Academy', 'Matchday', 'Club Info'];
const mLatest = ['Keeper Beatriz Falcão extends contract', 'Defender Orla Fennessy joins on loan', 'Mbeki: "We want to build, not patch"'];
const mFoot = ['Tollmere Rangers FC · Abbey Meadow, Tollmere', 'Privacy Policy', 'Safeguarding', 'Contact'];
const mHtml = `<!DOCTYPE html><html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="author" content="Hollie Danesford">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"
content="Tollmere Rangers Women sign Sunniva Haugland from Bergvik IL.">
<meta name="generator" content="Joomla! - Open Source Content Management"><title>${mTitle} - Tollmere Rangers FC</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4b2c1e" rel="stylesheet"><link href="/media/system/css/joomla-fontawesome.min.css"
rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},"system.paths":{"root":"",
"base":""}}</script>
<script src="/media/system/js/core.min.js?83f2c9"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mTitle}","author":{"@type":"Person",
"name":"Hollie Danesford"},
"datePublished":"2026-03-11T12:00:00+00:00"}</script></head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-118 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">
<img loading="eager" decoding="async" src="/images/logo/tollmere-crest.png" alt="Tollmere Rangers FC"></a>
<div class="site-description">The official website of Tollmere Rangers</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu"><ul class="mod-menu mod-list nav ">
${links(mMenu, 'nav-item')}</ul></nav></div></header>
<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li
class="mod-breadcrumbs__here float-start">You are here: &#160;</li>
<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway">Home</a></li><li class="mod-breadcrumbs__item breadcrumb-item">
<a href="/women" class="pathway">Women &amp; Girls</a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>Haugland signs</span></li></ol></nav>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${mTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>
Written by: <span itemprop="name">Hollie Danesford</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/women/news"
itemprop="genre">Women's News</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-03-11T12:00:00+00:00" itemprop="datePublished">
Published: 11 March 2026</time></dd><dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount"
content="UserPageVisits:1873">
Hits: 1873</dd></dl>
<figure class="left item-image"><img src="/images/news/2026/haugland-signing.jpg" itemprop="image" alt="Sunniva Haugland" width="960" height="640"
loading="lazy">
<figcaption class="caption">Sunniva Haugland at Abbey Meadow after putting pen to paper</figcaption></figure>
<div itemprop="articleBody" class="com-content-article__body">
${ps(mBody1)}
<h3>A new focal point</h3>
${ps(mBody2)}
<blockquote><p>${mQuote1}</p></blockquote>
<p>Mbeki added:</p>
<blockquote><p>${mQuote2}</p></blockquote>
<h3>Fact file</h3>
<ul>${lis(mFacts)}</ul>
${ps(mBody3)}
</div>
<ul class="tags list-inline"><li class="list-inline-item tag-14 tag-list0" itemprop="keywords"><a href="/tags/signings"
class="btn btn-sm btn-info">Signings 2026</a></li>
<li class="list-inline-item tag-7 tag-list1" itemprop="keywords"><a href="/tags/women" class="btn btn-sm btn-info">Women's squad</a></li></ul>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous"
href="/women/news/falcao-extends"
rel="prev"><span class="visually-hidden">Previous article: Keeper Beatriz Falcão extends contract</span><span class="icon-chevron-left"
aria-hidden="true"></span>
<span aria-hidden="true">Prev</span></a></span></nav></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Latest signings</h3><div class="card-body">
<ul class="mod-articleslatest latestnews mod-list">${links(mLatest)}</ul></div></div>
<div class="sidebar-right card "><div class="card-body"><div class="mod-banners bannergroup"><div class="mod-banners__item banneritem">
<a href="/component/banners/click/3" target="_blank" rel="noopener noreferrer" title="Abbey Meadow Season Tickets">
<img src="/images/banners/season-tickets.jpg" alt="Season tickets on sale"></a></div><div class="bannerfooter">Sponsored</div></div></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><ul class="mod-menu mod-list nav">${links(mFoot.slice(1), 'nav-item')}</ul>
<div class="mod-custom custom"><p>${mFoot[0]}</p></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
<div id="cookieBanner" class="cookiesjoomla"><div
class="cookiesjoomla__text">We use essential cookies to make this site work, and optional ones to understand how it is used.</div>
<button class="btn btn-primary cookiesjoomla__accept">Allow cookies</button><button
class="btn btn-secondary cookiesjoomla__reject">Refuse</button></div></body></html>`;
const joomla: TestPage = {
  name: 'heldout379-joomla-women-signing',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: ['A new focal point', 'Fact file'],
  body: texts([...mBody1, ...mBody2, mQuote1, 'Mbeki added:', mQuote2, ...mFacts, ...mBody3]),
  bylines: ['Written by: Hollie Danesford', 'Published: 11 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The official website of Tollmere Rangers', ...mMenu, 'You are here:', 'Haugland signs', 'Details', "Category: Women's News", 'Hits: 1873',
    'Sunniva Haugland at Abbey Meadow after putting pen to paper', 'Signings 2026', "Women's squad", 'Previous article: Keeper Beatriz Falcão extends contract',
    'Latest signings', ...mLatest, 'Sponsored', ...mFoot, 'We use essential cookies to make this site work, and optional ones to understand how it is used.',
    'Allow cookies', 'Refuse',
  ],
};

export const HELDOUT379_E: readonly TestPage[] = [nuxt, joomla];
