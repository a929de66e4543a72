import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout288-kit.js';

/**
 * Held-out batch 288, file e2: a village hall's booking news on Joomla 5 with the Cassiopeia template, a page whose main text
 * is short (the header with brand and description, the mod-menu, the "You are here" breadcrumbs, the article-info block with
 * "Details", written by, category, published date and hits, the article body, the Prev / Next page navigation, the right
 * sidebar modules "Book the Hall" and "Latest Articles", the footer and "Back to Top").
 */
const hTitle = 'New online booking calendar from 1 April';
const hBody = [
  j(
    'From Wednesday 1 April the hall will take all new bookings through our online calendar. You will be able to see which rooms are',
    'free, choose a time and pay your deposit by card, without waiting for a phone call back.',
  ),
  'Regular hirers do not need to do anything: your existing weekly and monthly bookings have been copied across.',
  j(
    'Hire charges for 2026/27 are unchanged: the main hall is £14 an hour and the committee room £8 an hour, with a 20% discount for',
    'village groups and charities. Parties on Saturday evenings must finish by 11pm.',
  ),
  j('If you would rather not book online, ring Pauline on the bookings line as before. She will add your booking to the calendar for you.'),
];
const hNav = ['Home', 'About the Hall', 'Hire Charges', 'News', 'Gallery', 'Contact Us'];
const hLatest = ['Spring jumble sale raises £612', 'Car park resurfacing: hall closed 16 to 18 March', 'Annual General Meeting 2026'];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="author" content="Pauline Godsell"><meta name="viewport"
content="width=device-width, initial-scale=1">
<meta name="description" content="Bookings and news from Lower Fennick Village Hall."><meta name="generator" content="Joomla! - Open Source Content Management">
<title>${hTitle} - Lower Fennick Village Hall</title><link href="/media/templates/site/cassiopeia/css/template.min.css?5d9b3e" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},"system.paths":{"root":"",
"base":""}}</script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?5d9b3e" type="module"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${hTitle}",
"datePublished":"2026-03-02T10:21:00+00:00",
"author":{"@type":"Person","name":"Pauline Godsell"}}]}</script></head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-112 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">
<span title="Lower Fennick Village Hall">Lower Fennick Village Hall</span></a><div class="site-description">At the heart of the village since 1929</div></div>
</div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu"><button class="navbar-toggler navbar-toggler-right"
type="button"
aria-controls="navbar1" aria-expanded="false" aria-label="Toggle Navigation"><span class="icon-menu" aria-hidden="true"></span></button>
<div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">${links(hNav, 'nav-item')}</ul></div></nav></div></header>
<div class="site-grid"><div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">
You are here: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Home</span></a></li>
<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/news" class="pathway"><span>News</span></a></li>
<li class="mod-breadcrumbs__item breadcrumb-item active"><span>${hTitle}</span></li></ol></nav>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${hTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>
Written by: <span itemprop="name">Pauline Godsell</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/news" itemprop="genre">Hall News</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-03-02T10:21:00+00:00" itemprop="datePublished">
Published: 02 March 2026</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:57">Hits: 57</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
${ps(hBody.slice(0, 3))}
<p>${hBody[3]}</p>
</div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/news/agm-2026"
rel="prev">
<span class="visually-hidden">Previous article: Annual General Meeting 2026</span><span class="icon-chevron-left" aria-hidden="true"></span> <span
aria-hidden="true">Prev</span></a>
<a class="btn btn-sm btn-secondary next" href="/news/jumble-sale" rel="next"><span class="visually-hidden">Next article: Spring jumble sale raises £612</span>
<span aria-hidden="true">Next</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Book the Hall</h3><div class="card-body">
<div id="mod-custom118" class="mod-custom custom"><p>Bookings line: 01632 960 535 (Mon to Fri, 9am to 1pm)</p><p><a href="/calendar">Check availability</a>
</p></div></div></div>
<div class="sidebar-right card "><h3 class="card-header ">Latest Articles</h3><div class="card-body"><ul
class="mod-articleslatest latestnews mod-list">${links(hLatest)}</ul>
</div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom">
<p>Lower Fennick Village Hall, Church Street, Lower Fennick.
Registered charity 301884.</p></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a></body>
</html>`;
export const joomlaHall: TestPage = {
  name: 'heldout288-joomla-cassiopeia-village-hall-news',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: texts(hBody),
  bylines: ['Written by: Pauline Godsell', 'Published: 02 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lower Fennick Village Hall', 'At the heart of the village since 1929', ...hNav, 'You are here:', 'Details', 'Category: Hall News', 'Hits: 57',
    'Previous article: Annual General Meeting 2026', 'Prev', 'Next article: Spring jumble sale raises £612', 'Next', 'Book the Hall',
    'Bookings line: 01632 960 535 (Mon to Fri, 9am to 1pm)', 'Check availability', 'Latest Articles', ...hLatest,
    'Lower Fennick Village Hall, Church Street, Lower Fennick. Registered charity 301884.',
  ],
};
