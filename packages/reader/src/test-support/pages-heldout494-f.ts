import { links, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rowTexts, settle, trs } from './pages-heldout494-kit.js';

/**
 * Held-out batch 494, file f: a tennis club's summer league round-up on Ghost with the Casper theme (primary tag, excerpt,
 * byline with reading time, feature image caption, a league table, the members' sign-up box and read-more cards), and a golf
 * club's local rules on Joomla 5 with the Cassiopeia template (article info block, hits, prev / next, right sidebar modules).
 */
const gTitle = 'Summer league round-up: the first team goes up';
const gDek = 'A last-night win at Fenwick Road sealed promotion, and the ladies\u2019 second team finished unbeaten.';
const gBody = [
  j(
    'It came down to the final rubber. With the match tied at four each, Owen Brightwater and Sadia Marr came back from a set',
    'down to beat Fenwick Road\u2019s first pair 4–6, 6–3, 10–7 in the match tie-break, and the first team finished top of',
    'Division 2 by a single point.',
  ),
  j(
    'It is the first time in nine years that Westmarch will play in Division 1. Captain Luke Pemberton thanked the fourteen',
    'players who turned out over the season, and especially the juniors who stepped in when holidays left us short in July.',
  ),
];
const gTable = [
  ['Westmarch', '10', '7', '1', '2', '52'],
  ['Fenwick Road', '10', '7', '0', '3', '51'],
  ['Castle Mead', '10', '6', '1', '3', '47'],
  ['St Audrey\u2019s', '10', '3', '0', '7', '33'],
];
const gMore = [
  'Ladies\u2019 teams',
  j(
    'The ladies\u2019 second team won all eight of their matches in Division 4, dropping only five rubbers all summer. The first',
    'team finished fourth in Division 1 after a difficult start.',
  ),
  'Winter league',
  'The winter doubles league starts on 4 October. Put your name on the sheet in the pavilion by 20 September if you would like to play.',
];
const gNav = ['Home', 'Club news', 'Teams', 'Coaching', 'About'];
const gCards: [string, string, string, string][] = [
  ['Club championship finals: the results', 'Two new names on the singles boards.', '16 Aug 2026', '3 min read'],
  ['New floodlights for courts 3 and 4', 'Play on until 10pm from September.', '2 Aug 2026', '2 min read'],
];
const gCaption = 'The first team after the final match at Fenwick Road.';
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8d7e3f"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://news.westmarchtennis.club/summer-league-round-up/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Westmarch Tennis Club"><meta property="og:type" content="article"><meta property="article:published_time"
content="2026-08-30T18:20:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Westmarch Tennis Club"},
"author":{"@type":"Person","name":"Priya Castellane"},"headline":"${gTitle}","datePublished":"2026-08-30T18:20:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://news.westmarchtennis.club/" data-key="4c1b" data-api="https://news.westmarchtennis.club/ghost/api/content/" crossorigin="anonymous">
</script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center;}</style></head>
<body class="post-template tag-club-news tag-teams is-head-left-logo has-sans-body"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://news.westmarchtennis.club">Westmarch Tennis Club</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button><button class="gh-burger" aria-label="Main Menu">
</button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="/${t.toLowerCase()}/">${t}</a>
</li>`,
  )
  .join('')}</ul>
</nav><div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-club-news tag-teams ">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/club-news/">Club news</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content">
<ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/priya/" class="author-avatar"
aria-label="Read more of Priya Castellane">
<img class="author-profile-image" src="/content/images/size/w100/2026/01/priya.jpg" alt="Priya Castellane"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/priya/">Priya Castellane</a></h4><div class="byline-meta-content"><time class="byline-meta-date"
datetime="2026-08-30">Aug 30, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/08/first-team.jpg 600w" sizes="(min-width: 1400px) 1400px, 92vw"
src="/content/images/size/w2000/2026/08/first-team.jpg" alt="${gCaption}"><figcaption><span style="white-space: pre-wrap;">${gCaption}</span></figcaption>
</figure>
</header><section class="gh-content gh-canvas">
${gBody.map((t) => `<p>${t}</p>`).join('\n')}
<h2 id="final-table">Division 2: final table</h2><div class="kg-card kg-html-card"><table><thead><tr><th>Team</th><th>P</th><th>W</th><th>D</th><th>L</th>
<th>Pts</th>
</tr></thead><tbody>${trs(gTable)}</tbody></table></div>
<h2 id="ladies-teams">${at(gMore, 0)}</h2><p>${at(gMore, 1)}</p><h2 id="winter-league">${at(gMore, 2)}</h2><p>${at(gMore, 3)}</p>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gCards
  .map(
    ([t, ex, d, r]) => `<article class="post-card post">
<a class="post-card-image-link" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/"><img class="post-card-image" src="/content/images/2026/08/card.jpg"
alt="${t}"
loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/">
<header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Club news</span></div><h2 class="post-card-title">${t}</h2>
</header>
<div class="post-card-excerpt">${ex}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-08-01">${d}</time>
<span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://news.westmarchtennis.club">Westmarch Tennis Club</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li><li class="nav-contact"><a
href="/contact/">Contact</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8d7e3f"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout494-ghost-casper-league',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: ['Division 2: final table', at(gMore, 0), at(gMore, 2)],
  body: texts([gDek, ...gBody, ...rowTexts(gTable), at(gMore, 1), at(gMore, 3)]),
  bylines: ['Priya Castellane', 'Aug 30, 2026', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Westmarch Tennis Club', ...gNav, 'Sign in', 'Subscribe', gCaption, 'Sign up for more like this.', 'Enter your email', ...gCards.flat(),
    'Westmarch Tennis Club © 2026', 'Sign up', 'Contact', 'Powered by Ghost',
  ],
};

const lTitle = 'Local Rules';
const lIntro = j(
  'The following Local Rules apply in all competitions and general play at Bramblecote, in addition to the Rules of Golf and',
  'the Model Local Rules adopted by the club. Please read them before your first round.',
);
const lRules = [
  'Out of bounds is defined by the white stakes and the inside edge of the boundary fence along Mill Lane (holes 1, 2 and 18).',
  'The pond on the 7th is a red penalty area. A dropping zone is provided to the left of the green.',
  'Young trees identified by a stake or a blue tie are no play zones. Relief must be taken under Rule 16.1f.',
  'Ground under repair is marked by white lines. Areas of bare earth in the rough are not ground under repair unless marked.',
  'Stones in bunkers are movable obstructions and may be removed without penalty.',
  'The cart paths and the service road behind the 11th green are immovable obstructions from which free relief is available.',
];
const lWinter = j(
  'From 1 November to 31 March, preferred lies are in force on closely mown areas through the green: a ball may be placed once,',
  'within six inches of where it lay and not nearer the hole.',
);
const lEnd = 'Penalty for breach of a Local Rule: general penalty (two strokes in stroke play, loss of hole in match play).';
const lNav = ['Home', 'Course', 'Membership', 'Competitions', 'Visitors', 'Contact'];
const lUpcoming = ['Sat 18 Apr – Spring Stableford', 'Sun 26 Apr – Mixed Foursomes', 'Sat 2 May – Monthly Medal'];
const lHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="author" content="Club Secretary"><meta name="viewport" content="width=device-width,
initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management"><title>${lTitle} - Bramblecote Golf Club</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?5a1e" rel="stylesheet"><link
href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.4.1" rel="stylesheet">
<style>:root{--hue:214;--template-bg-light:#f0f4fb;--template-text-dark:#495057;--cassiopeia-color-primary:#1d5e3a;--cassiopeia-color-link:#1d5e3a;}</style>
<script type="application/json" class="joomla-script-options new">
{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},"system.paths":{"root":"","base":""}}</script>
<script src="/media/system/js/core.min.js?2cb912"></script><script src="/media/templates/site/cassiopeia/js/template.min.js?5a1e" type="module"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article",
"headline":"${lTitle}","author":{"@type":"Person","name":"Club Secretary"}}]}</script>
</head><body class="site com_content wrapper-static view-article no-layout no-task itemid-112 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">
<span title="Bramblecote Golf Club">Bramblecote Golf Club</span></a><div class="site-description">Parkland golf since 1911</div></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav "><li class="nav-item item-101 default"><a href="/">Home</a></li></ul>
<nav class="navbar navbar-expand-md" aria-label="Main Menu"><button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse"
data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Toggle Navigation"><span class="icon-menu" aria-hidden="true"></span>
</button>
<div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">${links(lNav.slice(1), 'nav-item')}</ul></div></nav>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/component/finder/search" method="get" role="search">
<label for="mod-finder-searchword117" class="visually-hidden finder">Search</label><div class="mod-finder__search input-group"><input type="text" name="q"
id="mod-finder-searchword117" class="js-finder-search-query form-control" value="" placeholder="Search ..."><button class="btn btn-primary" type="submit">
<span class="icon-search icon-white" aria-hidden="true"></span> Search</button></div></form></div></div></header>
<div class="site-grid"><div class="grid-child container-top-a"><div class="top-a card "><div class="card-body"><nav class="mod-breadcrumbs__wrapper"
aria-label="Breadcrumbs">
<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">
You are here: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item">
<a itemprop="item" href="/" class="pathway"><span itemprop="name">Home</span></a><meta itemprop="position" content="1"></li><li
itemprop="itemListElement" itemscope
itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/course" class="pathway"><span
itemprop="name">Course</span>
</a><meta itemprop="position" content="2"></li><li aria-current="page" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"
class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">${lTitle}</span><meta itemprop="position" content="3"></li></ol></nav></div></div>
</div>
<div class="grid-child container-component"><div id="system-message-container" aria-live="polite"></div><main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${lTitle}</h1></div><dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>
Written by: <span itemprop="name">Club Secretary</span></dd><dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>
Category: <a href="/course" itemprop="genre">Course</a></dd><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>
<time datetime="2026-04-01T09:00:00+01:00" itemprop="datePublished">Published: 01 April 2026</time></dd><dd class="hits"><span class="icon-eye icon-fw"
aria-hidden="true">
</span><meta itemprop="interactionCount" content="UserPageVisits:812">Hits: 812</dd></dl>
<div itemprop="articleBody" class="com-content-article__body"><p>${lIntro}</p><ol>${lis(lRules)}</ol><h3>Winter rules</h3><p>${lWinter}</p>
<p><strong>${lEnd}</strong></p></div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous"
href="/course/course-planner" rel="prev">
<span class="visually-hidden">Previous article: Course Planner</span><span class="icon-chevron-left" aria-hidden="true"></span> <span
aria-hidden="true">Prev</span></a>
<a class="btn btn-sm btn-secondary next" href="/course/dress-code" rel="next"><span class="visually-hidden">Next article: Dress Code</span>
<span aria-hidden="true">Next</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Course Status</h3><div class="card-body">
<div id="mod-custom118" class="mod-custom custom"><p><strong>Course open.</strong> Buggies on paths only. Temporary green on the 5th.</p>
<p>Updated 07:15 today</p></div></div></div><div class="sidebar-right card "><h3 class="card-header ">Upcoming Competitions</h3><div class="card-body">
<ul class="mod-articles-category category-module mod-list">${lis(lUpcoming)}</ul></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom">
<p>Bramblecote Golf Club · Cotterell Road, Bramblecote, WR11 7JP ·
01386 552 090</p><p>© 2026 Bramblecote Golf Club. Affiliated to England Golf.</p></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a></body>
</html>`;
const joomla: TestPage = {
  name: 'heldout494-joomla-local-rules',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: ['Winter rules'],
  body: texts([lIntro, ...lRules, lWinter, lEnd]),
  bylines: ['Written by: Club Secretary', 'Published: 01 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bramblecote Golf Club', 'Parkland golf since 1911', ...lNav, 'Search', 'You are here:', 'Details', 'Category: Course', 'Hits: 812',
    'Previous article: Course Planner', 'Prev', 'Next article: Dress Code', 'Next',
    'Course Status', 'Course open. Buggies on paths only. Temporary green on the 5th.',
    'Updated 07:15 today', 'Upcoming Competitions', ...lUpcoming, 'Bramblecote Golf Club · Cotterell Road, Bramblecote, WR11 7JP · 01386 552 090',
    '© 2026 Bramblecote Golf Club. Affiliated to England Golf.',
  ],
};

export const HELDOUT494_F: readonly TestPage[] = [ghost, joomla].map(settle);
