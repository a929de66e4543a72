import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout251-kit.js';

/**
 * Held-out batch 251, file e2: a regimental museum's history page on Joomla 4 with the Cassiopeia template (header
 * with brand and menu, mod_breadcrumbs, com-content-article with the article-info block "Written by", "Category",
 * "Published", "Hits", a figure with caption, a timeline table, the pagenavigation Prev / Next, the sidebar modules for
 * opening hours and latest articles, and the footer).
 */
const mTitle = 'The Ostmark Rifles at the Siege of Varrel, 1871';
const mHeads = ['Raising the regiment', 'The winter siege', 'Legacy'];
const mBody = [
  j(
    'The 2nd Ostmark Rifles were raised in the spring of 1869 from volunteer companies in the river towns of the Tarrow valley. Most of the',
    'first recruits were boatmen, millworkers and farm labourers, and the regiment kept a reputation for plain speaking long after its founders',
    'had gone.',
  ),
  j(
    'Their first commanding officer, Colonel Edwin Harrowgate, insisted that every rifleman learn to swim and to handle a boat, a skill the',
    'regiment would need sooner than anyone expected.',
  ),
  j(
    'In December 1870 the regiment was ordered to hold the river crossing at Varrel while the main army withdrew to the north. Cut off by ice',
    'and snow, about 640 officers and men held the town for seven weeks against repeated attacks.',
  ),
  j(
    'Diaries in the museum’s collection describe the men breaking the ice on the river each night to stop the enemy from crossing on foot.',
    'Private Thomas Gale wrote on 14 January: “We are cold past feeling, but the river is ours for another night.”',
  ),
  '1869: regiment raised at Halden',
  '1870: ordered to Varrel in December',
  '1871: siege lifted on 2 February',
  '1873: regimental colours presented by the city of Halden',
  j(
    'The defence of Varrel became the regiment’s battle honour and is still remembered each February with a parade in Halden. The colours',
    'carried at Varrel, repaired many times, hang in the museum’s main gallery beside Gale’s diary and the colonel’s field telescope.',
  ),
];
const mMenu = ['Home', 'Visit', 'Collections', 'History', 'Research', 'Support Us'];
const mCrumbs = ['Home', 'History', 'Campaigns'];
const mLatest = ['New display: uniforms of the 1880s', 'Volunteer guides wanted for summer', 'Family history research service reopens'];
const mCap = 'The regimental colours carried at Varrel, on display in the main gallery.';
const mHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>${mTitle} – Ostmark Rifles Museum</title><meta name="description" content="How the 2nd Ostmark Rifles held the crossing at Varrel for seven weeks.">
<meta name="author" content="Helena Brisk"><link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.3" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error"},"system.paths":{"root":"","base":""}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${mTitle}","author":{"@type":"Person",
"name":"Helena Brisk"}}</script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-142 has-sidebar-right"><header class="header container-header full-width">
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">Ostmark Rifles Museum</a><div class="site-description">Keeping the regiment’s
story since 1921</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md"><ul class="mod-menu mod-list nav ">${links(mMenu, 'nav-item')}</ul></nav>
</div></header>
<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol
class="mod-breadcrumbs breadcrumb px-3 py-2">
<li class="mod-breadcrumbs__here float-start">You are here: &#160;</li>${links(mCrumbs, 'mod-breadcrumbs__item breadcrumb-item')}
</ol></nav>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${mTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author" itemscope
itemtype="https://schema.org/Person">Written by: <span itemprop="name">Helena Brisk</span></dd>
<dd class="category-name">Category: <a href="/history/campaigns" itemprop="genre">Campaigns</a></dd>
<dd class="published"><time datetime="2025-11-04T09:00:00+00:00" itemprop="datePublished">Published: 04 November 2025</time></dd>
<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:2318">Hits: 2318</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
<h2>${mHeads[0]}</h2>${ps(mBody.slice(0, 2))}
<figure class="image"><img src="/images/colours-varrel.jpg" alt="Regimental colours" width="600" height="400"><figcaption>${mCap}</figcaption></figure>
<h2>${mHeads[1]}</h2>${ps(mBody.slice(2, 4))}
<table class="table"><tbody>${mBody
  .slice(4, 8)
  .map((t) => `<tr><td>${t.split(': ').join(':</td> <td>')}</td></tr>`)
  .join('')}</tbody></table>
<h2>${mHeads[2]}</h2><p>${mBody[8]}</p></div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="#" rel="prev">
<span class="visually-hidden">Previous article: The Fenwick Medal</span> <span aria-hidden="true">Prev</span></a><a class="btn btn-sm btn-secondary next"
href="#" rel="next"><span class="visually-hidden">Next article: Life in the Halden Barracks</span> <span aria-hidden="true">Next</span></a></span></nav>
</div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Opening hours</h3><div class="card-body"><p>Tuesday
to Sunday, 10:00 to 16:30. Free entry.</p></div></div>
<div class="sidebar-right card"><h3 class="card-header">Latest articles</h3><div class="card-body">
<ul class="mod-articleslatest">${links(mLatest)}</ul></div></div>
</div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><p>Ostmark Rifles Museum, The Old Armoury, Halden. Registered charity 1099123.</p>
<p><a href="/privacy">Privacy notice</a> · <a href="/accessibility">Accessibility</a></p></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top">Back to Top</a>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4.4.3" defer></script></body></html>`;
export const joomlaMuseum: TestPage = {
  name: 'heldout251-joomla-regimental-museum-history',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts(mBody),
  bylines: ['Written by: Helena Brisk', 'Published: 04 November 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ostmark Rifles Museum', 'Keeping the regiment’s story since 1921', ...mMenu, 'You are here:', 'Campaigns', 'Details', 'Category: Campaigns',
    'Hits: 2318', mCap, 'Previous article: The Fenwick Medal', 'Prev', 'Next article: Life in the Halden Barracks', 'Next', 'Opening hours',
    'Tuesday to Sunday, 10:00 to 16:30. Free entry.', 'Latest articles', ...mLatest,
    'Ostmark Rifles Museum, The Old Armoury, Halden. Registered charity 1099123.',
    'Privacy notice', 'Accessibility', 'Back to Top',
  ],
};
