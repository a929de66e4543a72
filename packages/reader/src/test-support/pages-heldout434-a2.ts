import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout434-kit.js';

/**
 * Held-out batch 434, file a2: a volcano observatory's weekly activity update on Joomla 4 (Cassiopeia template: header
 * with the site brand and main menu, breadcrumbs, article info block with author, category and dates, alert-level box,
 * figure with caption and credit, tags, prev / next pager, sidebar modules with latest updates and a newsletter form,
 * cookie notice, footer).
 */
const hTitle = 'Mount Orrin weekly update: tremor rises as lava lake level drops';
const hAlert = ['Volcano Alert Level: WATCH', 'Aviation Color Code: ORANGE'];
const hP1 = [
  j(
    'Activity at Mount Orrin increased slightly over the past week. Continuous volcanic tremor, which had been low and steady since',
    'early January, rose on Tuesday and remained elevated through Sunday. The lava lake in the summit crater dropped by about 14 m',
    'over the same period, and is now roughly 60 m below the crater rim.',
  ),
  j(
    'Observatory staff interpret the combination of rising tremor and a falling lake as a sign that magma is draining into the',
    'shallow conduit system rather than leaving the volcano. There is no indication of a new vent opening on the flanks.',
  ),
];
const hP2 = [
  j(
    'Sulfur dioxide emission rates measured on Wednesday and Friday averaged 2,100 tonnes per day, close to the values seen',
    'in December. Trade winds carried the plume to the southwest; the vog advisory for the Lower Selwyn district remains in place.',
  ),
  j(
    'The tiltmeter at the Orrin summit station recorded about 4 microradians of deflation, the largest weekly change since',
    'the eruption began. GPS stations on the upper east rift show no significant motion.',
  ),
];
const hWatch = [
  'A sudden drop of the lava lake of more than 30 m in a day.',
  'Earthquake swarms beneath the east rift zone, especially at depths shallower than 3 km.',
  'New ground cracks or steaming along the Kaihe road.',
];
const hP3 = [
  j(
    'The summit area remains closed to the public. Visitors to the overlook at Pohue Point should expect elevated gas levels on',
    'days with light winds, and people with respiratory conditions should limit outdoor exertion.',
  ),
  'The observatory will issue its next weekly update on Thursday, or sooner if conditions change.',
];
const hNav = ['Home', 'Volcanoes', 'Activity Updates', 'Hazards', 'Maps & Data', 'About the Observatory'];
const hCrumbs = ['Home', 'Activity Updates', 'Mount Orrin'];
const hTags = ['Mount Orrin', 'Lava lakes', 'Gas emissions'];
const hLatest = ['Saddle Peak: seismicity at background levels', 'Annual report of the observatory now available', 'How we measure sulfur dioxide'];
const hFoot = ['Contact', 'Accessibility', 'Privacy', 'Data policy'];
const hHtml = `<!DOCTYPE html><html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Weekly activity update for Mount Orrin"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>${hTitle} - Kessra Volcano Observatory</title><link href="/media/templates/site/cassiopeia/css/template.min.css?4c1d" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{"system.paths":{"root":"","rootFull":"https://kvo.example/","base":""}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${hTitle}","datePublished":"2026-02-16T09:00:00+00:00",
"author":{"@type":"Person","name":"Talia Renquist"},"publisher":{"@type":"Organization","name":"Kessra Volcano Observatory"}}</script>
<script src="/media/system/js/core.min.js?3b2f" defer></script></head>
<body class="site com_content wrapper-static view-article layout-blog no-task itemid-112 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">
<span title="Kessra Volcano Observatory">Kessra Volcano Observatory</span></a>
<div class="site-description">Monitoring the volcanoes of the Kessra islands</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-lg" aria-label="Main Menu">
<button class="navbar-toggler navbar-toggler-right" type="button"
aria-label="Toggle Navigation"><span class="icon-menu" aria-hidden="true"></span></button>
<div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">${links(hNav, 'nav-item')}</ul></div></nav></div></header>
<div class="site-grid"><div class="grid-child container-top-a"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
<ol class="mod-breadcrumbs breadcrumb px-3 py-2">${links(hCrumbs, 'mod-breadcrumbs__item breadcrumb-item')}</ol></nav></div>
<div class="grid-child container-component"><main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="en-GB"><div class="page-header"><h1 itemprop="headline">${hTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Written by: <span itemprop="name">Talia Renquist</span></dd>
<dd class="category-name">Category: <a href="/activity-updates" itemprop="genre">Activity Updates</a></dd>
<dd class="published"><time datetime="2026-02-16T09:00:00+00:00" itemprop="datePublished">Published: 16 February 2026</time></dd>
<dd class="modified"><time datetime="2026-02-16T15:22:00+00:00" itemprop="dateModified">Last Updated: 16 February 2026</time></dd></dl>
<div class="alert alert-warning alert-level-box"><ul>${lis(hAlert)}</ul></div>
<div itemprop="articleBody" class="com-content-article__body">
${ps(hP1)}
<figure class="image"><img src="/images/updates/orrin-lake-2026-02-14.jpg" alt="Lava lake in the summit crater" width="900" height="600">
<figcaption>The lava lake on 14 February, seen from the north rim. <em>Photo: KVO / Benedikt Saar</em></figcaption></figure>
<h2>Gas and deformation</h2>
${ps(hP2)}
<h2>What we are watching for</h2>
<ul>${lis(hWatch)}</ul>
<h2>Hazards and closures</h2>
${ps(hP3)}
</div><ul class="tags list-inline">${links(hTags, 'list-inline-item tag-list0')}</ul>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/prev"
rel="prev">Prev</a><a class="btn btn-sm btn-secondary next" href="/next" rel="next">Next</a></span></nav></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Latest updates</h3>
<div class="card-body"><ul class="mod-articleslatest latestnews mod-list">${links(hLatest)}</ul></div></div>
<div class="sidebar-right card"><h3 class="card-header">Get the weekly update by email</h3><div class="card-body">
<form class="acym_module_form"><label for="em">Email address</label><input id="em" type="email"><button type="submit">Subscribe</button></form></div>
</div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><ul class="mod-menu nav">${links(hFoot)}</ul>
<p>© 2026 Kessra Volcano Observatory. Funded by the Kessra Islands Civil Protection Agency.</p></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
<div id="cookie-notice" class="cookie-notice"><p>We use only the cookies needed to run this site and count visits anonymously.</p>
<button class="btn btn-primary">OK</button><a href="/privacy">More information</a></div></body></html>`;
export const hvo: TestPage = {
  name: 'heldout434-joomla-volcano-observatory-news',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: ['Gas and deformation', 'What we are watching for', 'Hazards and closures'],
  body: texts([...hP1, ...hP2, ...hWatch, ...hP3]),
  bylines: ['Written by: Talia Renquist', 'Published: 16 February 2026', 'Last Updated: 16 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kessra Volcano Observatory', 'Monitoring the volcanoes of the Kessra islands', ...hNav, 'Details', 'Category: Activity Updates',
    ...hAlert, 'The lava lake on 14 February, seen from the north rim.', 'Photo: KVO / Benedikt Saar', ...hTags.slice(1), 'Prev', 'Next',
    'Latest updates', ...hLatest, 'Get the weekly update by email', 'Email address', 'Subscribe', ...hFoot,
    '© 2026 Kessra Volcano Observatory. Funded by the Kessra Islands Civil Protection Agency.',
    'We use only the cookies needed to run this site and count visits anonymously.', 'More information',
  ],
};
