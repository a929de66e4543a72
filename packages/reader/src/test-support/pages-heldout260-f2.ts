import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout260-kit.js';

/**
 * Held-out batch 260, file f2: a Jekyll post on the Minimal Mistakes theme (masthead with the greedy nav, breadcrumbs,
 * the author sidebar with bio and "Follow" links, page__title with the reading time, the "On this page" table of
 * contents, page__taxonomy tags and categories, "Updated:" date, "Share on" buttons, pagination, "You may also enjoy"
 * and the page footer with "Follow:" and "Powered by Jekyll & Minimal Mistakes").
 */
const kTitle = 'A Year of Rock-Pool Counts at Sennet Point';
const kH = ['Method', 'What we found', 'Caveats'];
const kP0 = [
  j(
    'From March 2025 to February 2026, a group of six volunteers visited the same twelve rock pools at Sennet Point on the',
    'lowest spring tide of each month. This post summarises what we counted and what we think it means, with the raw',
    'sheets linked at the end for anyone who wants to check our arithmetic.',
  ),
];
const kP1 = [
  j(
    'Each pool was marked with a small brass pin in the rock so that we could find it again. We spent exactly ten minutes',
    'at each one, counting every animal we could see without lifting stones, and recorded the water temperature.',
  ),
  'We counted four groups that are easy to identify without handling:',
];
const kList = [
  'shore crabs, of any size;',
  'beadlet anemones, open or closed;',
  'common prawns, counted in a white tray held at the surface for one minute;',
  'blennies and gobies, counted together because they are hard to tell apart at speed.',
];
const kP2 = ['The totals across all twelve pools, by season, were as follows.'];
const kRows = [
  ['Spring', '212', '388', '141', '37'],
  ['Summer', '305', '402', '266', '58'],
  ['Autumn', '247', '395', '198', '44'],
  ['Winter', '118', '371', '63', '21'],
];
const kP2b = [
  j(
    'Anemones barely changed through the year, which is what you would expect of an animal that rarely moves. Prawns and',
    'fish followed the water temperature closely: the summer count of prawns was more than four times the winter one.',
  ),
  j(
    'The surprise was pool seven, the deepest, which held a third of all the fish we counted in winter. It seems to act as',
    'a refuge when the shallower pools get cold.',
  ),
];
const kQuote = 'Twelve pools and six people cannot describe a coastline, but they can describe twelve pools very well.';
const kP3 = [
  j(
    'Our counts depend on who was counting, and two of the six volunteers joined halfway through the year. Visibility also',
    'varied with the weather, and on two winter visits rain on the surface made the prawn counts unreliable.',
  ),
  j(
    'We plan to repeat the survey next year with the same pools, and we would welcome anyone who can spare a morning a',
    'month. No experience is needed, only boots with a good grip.',
  ),
];
const kNav = ['Posts', 'Surveys', 'Species list', 'About'];
const kRelated = ['Barnacle density on the harbour steps', 'Ten years of strandline litter picks', 'How to make a cheap viewing tube'];
const kShare = ['Twitter', 'Facebook', 'LinkedIn'];
const kHtml = `<!doctype html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>${kTitle} - Sennet Shore Watch</title>
<meta name="description" content="Twelve rock pools, twelve months, four groups of animals.">
<meta name="author" content="Coralie Brandt"><meta property="article:author" content="Coralie Brandt"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-08T00:00:00+00:00"><link rel="canonical" href="https://sennetshore.example/surveys/rock-pool-year/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Sennet Shore Watch","url":"https://sennetshore.example/"}</script>
<link rel="stylesheet" href="/assets/css/main.css"><script>document.documentElement.className = document.documentElement.className.replace(/\\bno-js\\b/g,
'') + ' js ';</script>
</head><body class="layout--single wide"><nav class="skip-links"><ul><li><a href="#site-nav" class="screen-reader-shortcut">Skip to primary navigation</a></li>
<li><a href="#main" class="screen-reader-shortcut">Skip to content</a></li><li><a href="#footer" class="screen-reader-shortcut">Skip to
footer</a></li></ul></nav>
<div class="masthead"><div class="masthead__inner-wrap"><div class="masthead__menu"><nav id="site-nav" class="greedy-nav">
<a class="site-title" href="/">Sennet Shore Watch</a><ul class="visible-links">${links(kNav, 'masthead__menu-item')}</ul>
<button class="search__toggle" type="button"><span class="visually-hidden">Toggle search</span></button><button class="greedy-nav__toggle hidden" type="button">
<span class="visually-hidden">Toggle menu</span><div class="navicon"></div></button><ul class="hidden-links hidden"></ul></nav></div></div></div>
<div class="initial-content"><nav class="breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope
itemtype="https://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">Home</span></a><meta itemprop="position" content="1"></li>
<span class="sep">/</span><li itemprop="itemListElement"><a href="/surveys/" itemprop="item"><span itemprop="name">Surveys</span></a></li>
<span class="sep">/</span><li class="current">${kTitle}</li></ol></nav>
<div id="main" role="main"><div class="sidebar sticky"><div itemscope itemtype="https://schema.org/Person" class="h-card"><div class="author__avatar">
<a href="/"><img src="/assets/images/coralie.jpg" alt="Coralie Brandt" itemprop="image" class="u-photo"></a></div><div class="author__content">
<h3 class="author__name p-name" itemprop="name"><a class="u-url" rel="me" href="/" itemprop="url">Coralie Brandt</a></h3>
<div class="author__bio p-note" itemprop="description"><p>Retired biology teacher and coordinator of the Sennet Point shore survey.</p></div></div>
<div class="author__urls-wrapper"><button class="btn btn--inverse">Follow</button><ul class="author__urls social-icons"><li itemprop="homeLocation">
<span itemprop="name" class="p-locality">North Sennet</span></li><li><a href="mailto:survey@sennetshore.example" rel="nofollow me"><span
class="label">Email</span></a>
</li><li><a href="https://mastodon.example/@sennetshore" rel="nofollow me"><span class="label">Mastodon</span></a></li></ul></div></div></div>
<article class="page h-entry" itemscope itemtype="https://schema.org/CreativeWork"><meta itemprop="headline" content="${kTitle}">
<meta itemprop="datePublished" content="2026-03-08T00:00:00+00:00"><div class="page__inner-wrap"><header><h1 id="page-title" class="page__title p-name"
itemprop="headline"><a href="https://sennetshore.example/surveys/rock-pool-year/" class="u-url" itemprop="url">${kTitle}</a></h1>
<div class="page__meta"><span class="page__meta-date"><i class="far fa-calendar-alt" aria-hidden="true"></i> <time class="dt-published"
datetime="2026-03-08T00:00:00+00:00">March 8, 2026</time></span><span class="page__meta-sep"></span><span class="page__meta-readtime">
<i class="far fa-clock" aria-hidden="true"></i> 5 minute read</span></div></header>
<section class="page__content e-content" itemprop="text"><aside class="sidebar__right sticky"><nav class="toc"><header><h4 class="nav__title">
<i class="fas fa-file-alt"></i> On this page</h4></header><ul class="toc__menu">${kH
  .map(
    (t) => `<li><a
href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}
</ul></nav></aside>
${ps(kP0)}
<h2 id="method">${kH[0]}</h2>
${ps(kP1)}
<ul>${kList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="what-we-found">${kH[1]}</h2>
${ps(kP2)}
<table><thead><tr><th>Season</th><th>Crabs</th><th>Anemones</th><th>Prawns</th><th>Fish</th></tr></thead><tbody>
${kRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('\n')}</tr>`).join('\n')}
</tbody></table>
${ps(kP2b)}
<blockquote><p>${kQuote}</p></blockquote>
<h2 id="caveats">${kH[2]}</h2>
${ps(kP3)}
</section>
<footer class="page__meta"><p class="page__taxonomy"><strong><i class="fas fa-fw fa-tags" aria-hidden="true"></i> Tags: </strong><span itemprop="keywords">
<a href="/tags/#intertidal" class="page__taxonomy-item p-category" rel="tag">intertidal</a><span class="sep">, </span>
<a href="/tags/#citizen-science" class="page__taxonomy-item p-category" rel="tag">citizen science</a></span></p>
<p class="page__taxonomy"><strong><i class="fas fa-fw fa-folder-open" aria-hidden="true"></i> Categories: </strong><span itemprop="keywords">
<a href="/categories/#surveys" class="page__taxonomy-item p-category" rel="tag">surveys</a></span></p>
<p class="page__date"><strong><i class="fas fa-fw fa-calendar-alt" aria-hidden="true"></i> Updated:</strong> <time class="dt-published"
datetime="2026-03-10T00:00:00+00:00">March 10, 2026</time></p></footer>
<section class="page__share"><h4 class="page__share-title">Share on</h4>${kShare
  .map(
    (s) => `<a href="#" class="btn btn--${s.toLowerCase()}" title="Share on ${s}">
<span> ${s}</span></a>`,
  )
  .join('\n')}</section>
<nav class="pagination"><a href="/surveys/barnacles/" class="pagination--pager" title="Barnacle density on the harbour steps">Previous</a>
<a href="#" class="pagination--pager disabled">Next</a></nav></div></article>
<div class="page__related"><h2 class="page__related-title">You may also enjoy</h2><div class="grid__wrapper">${kRelated
  .map(
    (t) => `<div class="grid__item">
<article class="archive__item"><h2 class="archive__item-title no_toc" itemprop="headline"><a href="#" rel="permalink">${t}</a></h2>
<p class="page__meta"><span class="page__meta-readtime">3 minute read</span></p></article></div>`,
  )
  .join('\n')}</div></div></div></div>
<div id="footer" class="page__footer"><footer><div class="page__footer-follow"><ul class="social-icons"><li><strong>Follow:</strong></li>
<li><a href="/feed.xml"><i class="fas fa-fw fa-rss-square" aria-hidden="true"></i> Feed</a></li></ul></div>
<div class="page__footer-copyright">© 2026 Sennet Shore Watch. Powered by <a href="https://jekyllrb.example" rel="nofollow">Jekyll</a> &amp;
<a href="https://mademistakes.example/work/minimal-mistakes-jekyll-theme/" rel="nofollow">Minimal Mistakes</a>.</div></footer></div>
<script src="/assets/js/main.min.js"></script></body></html>`;
export const jekyll: TestPage = {
  name: 'heldout260-jekyll-minimal-mistakes-blog',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kH,
  body: texts([...kP0, ...kP1, ...kList, ...kP2, ...kRows.map((r) => r.join(' ')), ...kP2b, kQuote, ...kP3]),
  bylines: ['Coralie Brandt', 'March 8, 2026', 'Updated: March 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to primary navigation', 'Skip to content', 'Skip to footer', 'Sennet Shore Watch', ...kNav, 'Toggle search', 'Toggle menu', 'Home',
    'Retired biology teacher and coordinator of the Sennet Point shore survey.', 'Follow', 'North Sennet', 'Email', 'Mastodon', '5 minute read', 'On this page',
    'Tags:', 'intertidal', 'citizen science', 'Categories:', 'Share on', ...kShare, 'Previous', 'Next', 'You may also enjoy', ...kRelated, '3 minute read',
    'Follow:', 'Feed', '© 2026 Sennet Shore Watch. Powered by Jekyll & Minimal Mistakes.',
  ],
};
