import { links, ps, type TestPage } from './page-kit.js';
import { j, page, row, tr } from './pages-heldout688-kit.js';

/**
 * Held-out batch 688, file f: a home care agency's monthly newsletter post on Ghost (Casper theme) with a callout card and
 * read-more cards, and a care home's dining article on Joomla 5 (Cassiopeia) with article info, a menu table and a sidebar.
 */
const gTitle = 'June at Meadowbank: new faces, a new van and the summer rota';
const gDek = 'Our monthly round-up for clients, families and the care team.';
const gBody = [
  j(
    'Hello everyone, and welcome to the June newsletter. It has been a busy month, with three new carers joining the team and',
    'our first electric car arriving, so here is what you need to know.',
  ),
  'New faces',
  j(
    'Please give a warm welcome to Tomasz, Grace and Anita, who finished their induction on 28 May. Tomasz and Grace will be',
    'working mainly in Lowbridge and Anita in the villages to the north. You may see them shadowing a regular carer first.',
  ),
  'Going electric',
  j(
    'Our first electric car is on the road, thanks to a grant from the Lowbridge Community Energy fund. It will be used for',
    'the longer village runs, which should save around 4,000 miles of petrol a year.',
  ),
  'The summer rota',
  j(
    'Summer holidays mean some changes to who visits you. We will always tell you in advance if your regular carer is away,',
    'and where we can we will send someone you have met before.',
  ),
  'The summer rota for July and August goes out by post and on the client app on Friday 20 June.',
];
const gNav = ['Home', 'Our care', 'Newsletter', 'Work with us', 'Contact'];
const gMore: [string, string, string, string][] = [
  ['May at Meadowbank: dementia awareness week', 'How we marked the week, and our new memory café.', 'May 5, 2026', '3 min read'],
  ['Staying cool in a heatwave', 'Simple tips from our senior carers for the hot days ahead.', 'Apr 28, 2026', '2 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=6a1f2c0b3d"><link rel="canonical" href="https://news.meadowbankcare.co.uk/june-2026/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:type" content="article"><meta name="generator" content="Ghost 5.82">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Meadowbank Home Care"},
"author":{"@type":"Person","name":"Helen Pryce"},"headline":"${gTitle}","datePublished":"2026-06-02T08:00:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://news.meadowbankcare.co.uk/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex}</style></head>
<body class="post-template tag-newsletter has-sans-body"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://news.meadowbankcare.co.uk">Meadowbank Home Care</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button>
<button class="gh-burger"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-newsletter">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/newsletter/">Newsletter</a>
</span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/helen/" class="author-avatar" aria-label="Read more of Helen Pryce"><img class="author-profile-image" src="/content/images/helen.jpg"
alt="Helen Pryce"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/helen/">Helen Pryce</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-06-02">Jun 2, 2026</time><span class="byline-reading-time">
<span class="bull">&bull;</span> 4 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/06/van.jpg 600w" src="/content/images/2026/06/van.jpg" alt="The new electric car">
<figcaption><span style="white-space: pre-wrap;">Our new car outside the Lowbridge office</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps([gBody[0] ?? ''])}
<h2 id="new-faces">${gBody[1]}</h2>${ps([gBody[2] ?? ''])}
<h2 id="going-electric">${gBody[3]}</h2>${ps([gBody[4] ?? ''])}
<h2 id="the-summer-rota">${gBody[5]}</h2>${ps([gBody[6] ?? ''])}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">📅</div><div class="kg-callout-text">${gBody[7]}</div></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    ([t, s, d, r]) => `<article class="post-card post"><a class="post-card-image-link" href="/more/"><img class="post-card-image" src="/content/images/m.jpg"
alt="" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/more/"><header class="post-card-header">
<h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${s}</div></a><footer class="post-card-meta">
<time class="post-card-meta-date" datetime="2026-05-05">${d}</time><span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://news.meadowbankcare.co.uk">Meadowbank Home Care</a> &copy; 2026
</section><nav class="site-footer-nav"><ul class="nav">${links(['Privacy', 'Contact'], 'nav-item')}</ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=6a1f2c0b3d"></script></body></html>`;
const ghost: TestPage = page({
  name: 'heldout688-ghost-newsletter',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gBody[1] ?? '', gBody[3] ?? '', gBody[5] ?? ''],
  body: [gDek, ...gBody.filter((_, i) => ![1, 3, 5].includes(i))],
  bylines: ['Helen Pryce', 'Jun 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Meadowbank Home Care', ...gNav, 'Subscribe', 'Newsletter', '• 4 min read', 'Our new car outside the Lowbridge office',
    'Sign up for more like this.', 'Enter your email', ...gMore.flat(), 'Meadowbank Home Care © 2026', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
});

const jTitle = 'Mealtimes at St Columba’s';
const jBody = [
  j(
    'Good food is one of the pleasures of the day, and at St Columba’s it is all cooked in our own kitchen by Morven and her',
    'team, using meat from the butcher in Dunmore and vegetables from the garden when they are in season.',
  ),
  j(
    'There are always two choices at lunch and supper, and the kitchen will happily make something else if neither appeals.',
    'Soft and pureed meals are prepared for residents who need them, and look as good as everyone else’s.',
  ),
  'A week from our spring menu',
];
const jRows = [
  ['Monday', 'Cottage pie or cheese and onion tart', 'Lentil soup and sandwiches'],
  ['Tuesday', 'Roast chicken or vegetable lasagne', 'Scrambled eggs on toast'],
  ['Wednesday', 'Haddock in a light batter or macaroni cheese', 'Scotch broth and oatcakes'],
  ['Thursday', 'Beef stew with dumplings or stuffed peppers', 'Baked potatoes with fillings'],
  ['Friday', 'Fish pie or cauliflower cheese', 'Homemade pizza'],
];
const jAfter = j(
  'Families are welcome to join a resident for lunch for £6.50. Please let the office know by 10 o’clock on the day so',
  'that the kitchen can set a place.',
);
const jNav = ['Home', 'About us', 'Life at St Columba’s', 'Visiting', 'Fees', 'Contact'];
const jHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management"><title>${jTitle} - St Columba's House</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4f1c2a" rel="stylesheet"><link href="/media/system/css/joomla-fontawesome.min.css?4f1c2a"
rel="stylesheet"><script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error"},"system.paths":{"root":""}}</script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4f1c2a" defer></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"item":{"@id":"https://www.stcolumbashouse.org.uk/","name":"Home"}}]}</script></head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-112 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span
title="St Columba's House">St Columba's House</span></a><div class="site-description">A care home in the heart of Dunmore</div></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav ">${links(jNav, 'nav-item')}</ul><div class="container-search">
<form class="mod-finder js-finder-searchform form-search" action="/search" method="get" role="search"><label for="mod-finder-searchword117"
class="visually-hidden finder">Search</label><input type="text" name="q" id="mod-finder-searchword117" class="js-finder-search-query form-control"
placeholder="Search ..."></form></div></div></header>
<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope
itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
<li class="mod-breadcrumbs__here float-start">You are here: &#160;</li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/"
class="pathway"><span itemprop="name">Home</span></a><meta itemprop="position" content="1"></li><li class="mod-breadcrumbs__item breadcrumb-item"><a
href="/life" class="pathway"><span itemprop="name">Life at St Columba’s</span></a></li><li aria-current="page" class="mod-breadcrumbs__item breadcrumb-item
active"><span itemprop="name">${jTitle}</span></li></ol></nav>
<div id="system-message-container" aria-live="polite"></div>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${jTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author" itemscope
itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Written by: <span itemprop="name">Fiona Macrae</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/life" itemprop="genre">Life at St
Columba’s</a></dd><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-02-10T09:00:00+00:00"
itemprop="datePublished">Published: 10 February 2026</time></dd><dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta
itemprop="interactionCount" content="UserPageVisits:412">Hits: 412</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
${ps(jBody.slice(0, 2))}
<h3>${jBody[2]}</h3><table class="table table-striped"><thead><tr><th scope="col">Day</th><th scope="col">Lunch</th><th scope="col">Supper</th></tr></thead>
<tbody>${jRows.map(tr).join('\n')}</tbody></table>
${ps([jAfter])}
</div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/life/garden"
rel="prev"><span class="visually-hidden">Previous article: Our garden</span><span class="icon-chevron-left" aria-hidden="true"></span> <span
aria-hidden="true">Prev</span></a><a class="btn btn-sm btn-secondary next" href="/life/activities" rel="next"><span class="visually-hidden">Next article:
Activities and outings</span><span aria-hidden="true">Next</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>
</div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Visiting hours</h3><div class="card-body">
<div id="mod-custom118" class="mod-custom custom"><p>Visitors are welcome between 10am and 8pm. Please ring the bell at the front door.</p></div></div></div>
</div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div id="mod-custom120" class="mod-custom custom"><p>St Columba's House, 3 Kirk
Brae, Dunmore DN6 4PJ. Registered charity SC041234.</p></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body></html>`;
const joomla: TestPage = page({
  name: 'heldout688-joomla-mealtimes',
  kind: 'blog',
  html: jHtml,
  title: jTitle,
  headings: [jBody[2] ?? ''],
  body: [jBody[0] ?? '', jBody[1] ?? '', ...jRows.map(row), jAfter],
  bylines: ['Written by: Fiona Macrae', 'Published: 10 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "St Columba's House", 'A care home in the heart of Dunmore', ...jNav, 'Search', 'You are here:', 'Details', 'Category: Life at St Columba’s',
    'Hits: 412', 'Previous article: Our garden', 'Prev', 'Next article: Activities and outings', 'Next', 'Visiting hours',
    'Visitors are welcome between 10am and 8pm. Please ring the bell at the front door.',
    "St Columba's House, 3 Kirk Brae, Dunmore DN6 4PJ. Registered charity SC041234.",
  ],
});

export const HELDOUT688_F: readonly TestPage[] = [ghost, joomla];
