import { links, ps, type TestPage, texts } from './page-kit.js';
import { clean, j, lis } from './pages-heldout678-kit.js';

/**
 * Held-out batch 678, file e: an observatory news post on Hugo (Ananke theme) with a share bar, a figure shortcode whose caption
 * is an h4 and a related-posts aside, and an astronomy group's event article on Joomla 5 (Cassiopeia) with an info block,
 * tags, prev / next buttons and a sidebar module.
 */
const hTitle = 'Mount Orrin students find a planet around a nearby red dwarf';
const hParas = [
  j(
    'A team of undergraduate students working with the Mount Orrin Observatory’s 1-metre telescope has found a planet about twice',
    'the mass of Earth orbiting the red dwarf LHS 4471, 31 light years from the Sun. The discovery was published this week in the',
    '<em>Journal of Small Telescope Astronomy</em>.',
  ),
  j(
    'The planet was spotted as a tiny dip in the star’s light, 0.4 percent deep, repeating every 3.7 days as the planet passes in',
    'front of its star. The students checked 212 nights of archive images before they were sure the signal was real.',
  ),
];
const hQuote = j(
  '“Most of the work was ruling things out: a passing asteroid, a faulty pixel, a background star. When the dip turned up again on',
  'exactly the night we predicted, the whole room went quiet.” – Priya Halvorsen, student team lead',
);
const hParas2 = [
  j(
    'At that distance from its star the planet is far too hot for liquid water, with a surface temperature estimated at around 380 °C.',
    'But because the star is small and close to us, the planet is a good target for larger telescopes that can study its atmosphere.',
  ),
  j(
    'Observatory director Dr Lionel Achebe-Ward said the result showed what a modest telescope and a patient team could still do.',
    'The students will present their work at the public open evening on 24 April.',
  ),
];
const hNav = ['News', 'Research', 'Visiting', 'Contact'];
const hRel = ['New spectrograph arrives at Mount Orrin', 'Open evenings return for spring', 'Comet Kerrigan imaged from the west dome'];
const hHtml = `<!DOCTYPE html>
<html lang="en-us"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><title>${hTitle} | Mount Orrin Observatory</title>
<meta name="viewport" content="width=device-width,minimum-scale=1"><meta name="description"
content="Students using the 1-metre telescope found a planet around LHS 4471.">
<meta name="generator" content="Hugo 0.125.4"><meta name="robots" content="index, follow">
<link rel="stylesheet" href="/ananke/css/main.min.css"><link rel="canonical" href="https://mountorrin.org/news/2026/students-find-planet/">
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article"><meta property="article:section" content="news">
<meta property="article:published_time" content="2026-03-19T09:00:00+00:00"><meta itemprop="wordCount" content="310"></head>
<body class="ma0 avenir bg-near-white production"><header><div class="bg-navy"><nav class="pv3 ph3 ph4-ns" role="navigation">
<div class="flex-l justify-between items-center center"><a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Mount Orrin Observatory</a>
<div class="flex-l items-center"><ul class="pl0 mr3">${hNav
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90"
href="/${t.toLowerCase()}/" title="${t} page">${t}</a></li>`,
  )
  .join('\n')}</ul><div class="ananke-socials"></div></div></div></nav></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignoref b helvetica tracked ttu">News</aside><div id="sharing" class="mt3 ananke-socials"><a href="mailto:?subject=${hTitle}"
class="ananke-social-link email no-underline" title="Share on Email" aria-label="Share on Email" rel="noopener noreferrer" target="_blank"><span class="icon">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M64 112c-8.8 0-16 7.2-16 16v22.1L220.5 291.7"/></svg></span></a><a
href="https://bsky.app/intent/compose?text=${hTitle}" class="ananke-social-link bluesky no-underline" title="Share on Bluesky" aria-label="Share on Bluesky"
rel="noopener noreferrer" target="_blank"><span class="icon"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 576 512"><path
d="M407.8 294.7"/></svg></span></a></div>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1><p class="tracked">By <strong>Mount Orrin press office</strong></p>
<time class="f6 mv4 dib tracked" datetime="2026-03-19T09:00:00Z">March 19, 2026</time></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">${ps(hParas)}
<figure><img src="/images/lhs4471-light-curve.png" alt="Light curve of LHS 4471"><figcaption><h4>The dip in LHS 4471’s light, combined from 14 transits.</h4>
</figcaption></figure>
<blockquote><p>${hQuote}</p></blockquote>
<h2 id="a-hot-world">A hot world</h2>
${ps(hParas2)}
</div><aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p>
<ul class="pa0 list">${links(hRel, 'mb2')}</ul></div></aside></article></main>
<footer class="bg-navy bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between"><a
class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3"
href="https://mountorrin.org/">&copy; 2026 Mount Orrin Observatory</a><div></div></div></footer></body></html>`;
const hugoNews: TestPage = clean({
  name: 'heldout678-hugo-ananke-planet-news',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: ['A hot world'],
  body: [...texts(hParas), hQuote, ...texts(hParas2)],
  bylines: ['By Mount Orrin press office', 'March 19, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Mount Orrin Observatory', ...hNav, 'The dip in LHS 4471’s light, combined from 14 transits.', 'Related', ...hRel, '© 2026 Mount Orrin Observatory',
  ],
});

const kTitle = 'Messier Marathon 2026 at Thornbury Field';
const kParas = [
  j(
    'Once a year the sky lines up so that all 110 objects in Charles Messier’s catalogue can, in theory, be seen in a single night.',
    'This year the best weekend falls at new Moon, and the group will hold its marathon at Thornbury Field on Saturday 21 March.',
  ),
  j(
    'Nobody is expected to see all 110. Most first-timers manage between 40 and 70, and plenty of people simply come for the early',
    'evening galaxies and go home before midnight. Hot soup is served at 10 pm and again at 3 am for the stalwarts.',
  ),
];
const kPlan = [
  '6:45 pm: site opens, set up before dark',
  '7:30 pm: M77 and M74 low in the west, the hardest pair of the night',
  '9:00 pm to 2:00 am: the Virgo and Coma galaxy fields',
  '5:15 am: M30 in the dawn twilight, if you are still awake',
];
const kBring = j(
  'Bring warm clothes, a red torch and something to sit on. Star charts are provided, and there will be a 10-inch Dobsonian for',
  'anyone without a telescope of their own. The field has no toilets; the Thornbury Arms opposite lets us use theirs until 11 pm.',
);
const kNav = ['Home', 'Events', 'Observing', 'Beginners', 'Membership', 'Contact'];
const kUp = ['Talk: Mapping the Milky Way with radio', 'Beginners’ night: using a planisphere', 'Solar observing at the Saltmarsh show'];
const kHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="author" content="Martin Oduya"><meta name="generator" content="Joomla! - Open Source Content Management"><title>${kTitle} – Saltmarsh AAG</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4f9a2c" rel="stylesheet"><link href="/media/system/css/joomla-fontawesome.min.css?4f9a2c"
rel="stylesheet">
<script type="application/json"
class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},"system.paths":{"root":"","base":""}}</script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4f9a2c" type="module"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[
{"@type":"ListItem","position":1,"name":"Home"}]}</script>
</head><body class="site com_content wrapper-static view-article no-layout no-task itemid-114 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span
title="Saltmarsh Amateur Astronomy Group">Saltmarsh AAG</span></a><div class="site-description">Dark skies on the estuary</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-lg" aria-label="Main Menu"><button class="navbar-toggler navbar-toggler-right"
type="button"
data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Toggle Navigation"><span class="icon-menu"
aria-hidden="true"></span></button><div class="collapse navbar-collapse" id="navbar1"><ul
class="mod-menu mod-list nav ">${links(kNav, 'nav-item')}</ul></div></nav>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/component/finder/search" method="get" role="search">
<label for="mod-finder-searchword117" class="finder">Search</label><div class="mod-finder__search input-group"><input type="text" name="q"
id="mod-finder-searchword117"
class="js-finder-search-query form-control" value="" placeholder="Search ..."><button class="btn btn-primary" type="submit"><span class="icon-search icon-white"
aria-hidden="true"></span> Search</button></div></form></div></div></header>
<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope
itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">You are here:
&#160;</li>
${links(['Home', 'Events'], 'mod-breadcrumbs__item breadcrumb-item')}<li
class="mod-breadcrumbs__item breadcrumb-item active"><span>${kTitle}</span></li></ol></nav>
<div id="system-message-container" aria-live="polite"></div><main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="en-GB"><div class="page-header"><h1 itemprop="headline">${kTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author" itemscope
itemtype="https://schema.org/Person">
<span class="icon-user icon-fw" aria-hidden="true"></span>Written by: <span itemprop="name">Martin Oduya</span></dd><dd class="category-name"><span
class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/events" itemprop="genre">Events</a></dd><dd class="published"><span
class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-02-20T18:00:00+00:00" itemprop="datePublished">Published: 20 February
2026</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:318">Hits: 318</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">${ps(kParas)}
<h3>The plan for the night</h3><ul>${lis(kPlan)}</ul>
<h3>What to bring</h3>${ps([kBring])}
<p><strong>If it is cloudy</strong>, the reserve date is Saturday 28 March. Check this page after 4 pm on the day.</p></div>
<ul class="tags list-inline"><li class="list-inline-item tag-3 tag-list0" itemprop="keywords"><a href="/component/tags/tag/messier"
class="btn btn-sm btn-info">Messier</a>
</li><li class="list-inline-item tag-5 tag-list1" itemprop="keywords"><a href="/component/tags/tag/star-party" class="btn btn-sm btn-info">Star
party</a></li></ul>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/events/radio-talk"
rel="prev">
<span class="visually-hidden">Previous article: ${kUp[0]}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span
aria-hidden="true">Prev</span></a>
<a class="btn btn-sm btn-secondary next" href="/events/planisphere-night" rel="next"><span class="visually-hidden">Next article: ${kUp[1]}</span><span
aria-hidden="true">Next</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Upcoming Events</h3><div class="card-body">
<ul class="mod-articleslatest latestnews mod-list">${links(kUp)}</ul></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p>Saltmarsh Amateur Astronomy Group meets on the
second
Thursday of each month at Marsh Lane Village Hall.</p></div><div class="mod-footer"><div class="footer1">Copyright &#169; 2026 Saltmarsh AAG. All Rights
Reserved.</div>
<div class="footer2"><a href="https://www.joomla.org">Joomla!</a> is Free Software released under the <a href="https://www.gnu.org/licenses/gpl-2.0.html">GNU
General Public License.</a></div></div></div></footer><a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span
class="icon-arrow-up icon-fw"
aria-hidden="true"></span></a></body></html>`;
const joomlaEvent: TestPage = clean({
  name: 'heldout678-joomla-messier-marathon',
  kind: 'news',
  html: kHtml,
  title: kTitle,
  headings: ['The plan for the night', 'What to bring'],
  body: [...texts(kParas), ...kPlan, kBring, 'If it is cloudy, the reserve date is Saturday 28 March. Check this page after 4 pm on the day.'],
  bylines: ['Written by: Martin Oduya', 'Published: 20 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Saltmarsh AAG', 'Dark skies on the estuary', ...kNav, 'Search', 'You are here:', 'Details', 'Category: Events', 'Hits: 318', 'Messier', 'Star party',
    `Previous article: ${kUp[0]}`, `Next article: ${kUp[1]}`, 'Upcoming Events', ...kUp,
    'Saltmarsh Amateur Astronomy Group meets on the second Thursday of each month at Marsh Lane Village Hall.',
    'Copyright © 2026 Saltmarsh AAG. All Rights Reserved.', 'Joomla! is Free Software released under the GNU General Public License.',
  ],
});

export const HELDOUT678_E: readonly TestPage[] = [hugoNews, joomlaEvent];
