import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout331-kit.js';

/**
 * Held-out batch 331, file d2: a bird club's winter count results page on Jekyll with the Minimal Mistakes theme (greedy-nav
 * masthead, the author-profile sidebar with its links, the page meta with the date and reading time, the right-hand "On this
 * page" table of contents, a results table, a notice box (body: it speaks of the results), tags and categories, the "Updated:" date, the share buttons, the
 * previous / next pager, "You may also enjoy" and the footer with "Follow:" and "Powered by Jekyll"). The table's caption and
 * each data row (its cells read as one line) are body; its header cells are in neither list, nor are the table of contents'
 * entries, which repeat the headings.
 */
const kTitle = 'Winter Waterbird Count 2026: the results';
const kHeads = ['How the count works', 'Headline numbers', 'Species by species', 'Thank you'];
const kIntro = [
  j(
    'Sixty-three volunteers braved a bitter north-easterly on Sunday 18 January to count the waterbirds of the Tallow Valley,',
    'covering all fourteen lakes and pits and nineteen kilometres of the river between Ashby Weir and the estuary mouth.',
  ),
];
const kNote = '<strong>Note:</strong> full site-by-site results are in the club bulletin, sent to members in March.';
const kHow = [
  j(
    'Each site is counted by the same team at the same time of day, within two hours either side of high tide on the estuary,',
    'so that birds moving between sites are not counted twice. Counters record every waterbird they see, and gulls are counted',
    'only at the three roost sites.',
  ),
  j(
    'The results are checked by the county recorder before they are sent on to the national monitoring scheme, so a few numbers',
    'below may still change slightly.',
  ),
];
const kHeadline = ['This year’s total was 14,208 birds of 41 species, the third-highest count since the club began in 1994.'];
const kHeadList = [
  'Wigeon passed 3,000 for the first time, almost all of them on the grazing marsh at Pennock Flats.',
  'Coot numbers fell again, to the lowest total in twenty years.',
  'A single drake Smew at Kestle Pit was only the fourth record for the count.',
  'No Bewick’s Swans were seen for the second winter running.',
];
const kCaption = 'Selected species, Tallow Valley Winter Waterbird Count, January 2026 and January 2025';
const kRows = [
  ['Wigeon', '3,142', '2,487', '+26%'],
  ['Teal', '1,906', '2,210', '-14%'],
  ['Mallard', '1,288', '1,301', '-1%'],
  ['Tufted Duck', '944', '812', '+16%'],
  ['Coot', '611', '803', '-24%'],
  ['Great Crested Grebe', '87', '92', '-5%'],
  ['Little Egret', '64', '41', '+56%'],
] as const;
const kRowHtml = kRows.map((r) => `<tr>\n${r.map((c) => `<td>${c}</td>`).join('\n')}\n</tr>`);
const kSpecies = [
  j(
    'The rise in Wigeon follows a mild, wet autumn that left the grazing marsh flooded for most of December. Teal were down on',
    'last year but still well above the long-term average, and Little Egrets continue their steady climb, with a roost of 38 on',
    'the heronry island at Marden.',
  ),
  j(
    'The continuing fall in Coot is harder to explain. Water quality on the larger pits has improved and the weed beds are',
    'recovering, so the club will add a second autumn count of the three main Coot sites to see whether birds are arriving later.',
  ),
];
const kThanks = [
  j(
    'Thank you to every counter, and especially to the landowners at Pennock Flats and Kestle Pit for access. The 2027 count',
    'will be on Sunday 17 January. New counters are always welcome, and you do not need to be an expert to join a team.',
  ),
];
const kNav = ['Counts', 'Records', 'Walks', 'Join', 'About'];
const kHtml = `<!doctype html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8">
<!-- begin _includes/seo.html --><title>${kTitle} - Tallow Valley Bird Club</title>
<meta name="description" content="Results of the 2026 Tallow Valley Winter Waterbird Count."><meta name="author" content="Gwen Harrow">
<meta property="article:author" content="Gwen Harrow"><meta property="og:type" content="article"><meta property="og:locale" content="en_GB">
<meta property="og:site_name" content="Tallow Valley Bird Club"><meta property="article:published_time" content="2026-02-02T00:00:00+00:00">
<link rel="canonical" href="https://tallowvalleybirds.example/counts/2026-winter-waterbird-count/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Tallow Valley Bird Club"
,"url":"https://tallowvalleybirds.example/"}</script>
<!-- end _includes/seo.html --><link href="/feed.xml" type="application/atom+xml" rel="alternate" title="Tallow Valley Bird Club Feed">
<script>document.documentElement.className = document.documentElement.className.replace(/\\bno-js\\b/g, '') + ' js ';</script>
<link rel="stylesheet" href="/assets/css/main.css"></head>
<body class="layout--single wide">
<nav class="skip-links"><ul><li><a href="#site-nav" class="screen-reader-shortcut">Skip to primary navigation</a></li>
<li><a href="#main" class="screen-reader-shortcut">Skip to content</a></li><li><a href="#footer" class="screen-reader-shortcut">Skip to footer</a></li>
</ul></nav>
<div class="masthead"><div class="masthead__inner-wrap"><div class="masthead__menu"><nav id="site-nav" class="greedy-nav">
<a class="site-title" href="/">Tallow Valley Bird Club</a><ul class="visible-links">${links(kNav, 'masthead__menu-item')}</ul>
<button class="greedy-nav__toggle hidden" type="button"><span class="visually-hidden">Toggle menu</span></button><ul class="hidden-links hidden"></ul>
</nav></div></div></div>
<div class="initial-content"><div id="main" role="main">
<div class="sidebar sticky"><div itemscope itemtype="https://schema.org/Person" class="h-card"><div class="author__content">
<h3 class="author__name p-name" itemprop="name"><a class="u-url" rel="me" href="/">Tallow Valley Bird Club</a></h3>
<div class="author__bio p-note" itemprop="description"><p>Birding the river, pits and estuary since 1994.</p></div></div>
<div class="author__urls-wrapper"><button class="btn btn--inverse">Follow</button><ul class="author__urls social-icons">
<li itemprop="homeLocation"><span itemprop="name" class="p-locality">Westshire, England</span></li>${links(['Email', 'Mastodon'])}</ul></div></div></div>
<article class="page h-entry" itemscope itemtype="https://schema.org/CreativeWork"><meta itemprop="headline" content="${kTitle}">
<div class="page__inner-wrap"><header><h1 id="page-title" class="page__title p-name" itemprop="headline">
<a href="https://tallowvalleybirds.example/counts/2026-winter-waterbird-count/" class="u-url" itemprop="url">${kTitle}</a></h1>
<p class="page__meta"><span class="page__meta-date"><i class="far fa-calendar-alt" aria-hidden="true"></i>
<time datetime="2026-02-02T00:00:00+00:00">February 2, 2026</time></span><span class="page__meta-sep"></span>
<span class="page__meta-readtime"><i class="far fa-clock" aria-hidden="true"></i> 4 minute read</span></p></header>
<section class="page__content e-content" itemprop="text"><aside class="sidebar__right sticky"><nav class="toc"><header><h4 class="nav__title">
<i class="fas fa-file-alt"></i> On this page</h4></header><ul class="toc__menu">${kHeads.map((h) => `<li><a href="#x">${h}</a></li>`).join('')}</ul></nav>
</aside>
${ps(kIntro)}
${ps([kNote], ' class="notice--info"')}
<h2 id="how-the-count-works">${kHeads[0]}</h2>
${ps(kHow)}
<h2 id="headline-numbers">${kHeads[1]}</h2>
${ps(kHeadline)}
<ul>
${lis(kHeadList)}
</ul>
<h2 id="species-by-species">${kHeads[2]}</h2>
<table><caption>${kCaption}</caption><thead><tr><th>Species</th><th>2026</th><th>2025</th><th>Change</th></tr></thead><tbody>
${kRowHtml.join('\n')}
</tbody></table>
${ps(kSpecies)}
<h2 id="thank-you">${kHeads[3]}</h2>
${ps(kThanks)}
</section>
<footer class="page__meta"><p class="page__taxonomy"><strong><i class="fas fa-fw fa-tags" aria-hidden="true"></i> Tags: </strong>
<span itemprop="keywords"><a href="/tags/#waterfowl" class="page__taxonomy-item p-category" rel="tag">waterfowl</a><span class="sep">, </span>
<a href="/tags/#wetlands" class="page__taxonomy-item p-category" rel="tag">wetlands</a></span></p>
<p class="page__taxonomy"><strong><i class="fas fa-fw fa-folder-open" aria-hidden="true"></i> Categories: </strong><span itemprop="keywords">
<a href="/categories/#counts" class="page__taxonomy-item p-category" rel="tag">counts</a></span></p>
<p class="page__date"><strong><i class="fas fa-fw fa-calendar-alt" aria-hidden="true"></i> Updated:</strong> <time class="dt-published"
datetime="2026-02-09">February 9, 2026</time></p></footer>
<section class="page__share"><h4 class="page__share-title">Share on</h4><a href="#" class="btn btn--twitter" title="Share on Twitter"><span> Twitter</span></a>
<a href="#" class="btn btn--facebook" title="Share on Facebook"><span> Facebook</span></a><a href="#" class="btn btn--linkedin"><span> LinkedIn</span></a>
</section>
<nav class="pagination"><a href="/counts/2025-breeding-survey/" class="pagination--pager" title="Breeding survey 2025">Previous</a>
<a href="#" class="pagination--pager disabled">Next</a></nav></div></article>
<div class="page__related"><h2 class="page__related-title">You may also enjoy</h2><div class="grid__wrapper">
${['Breeding Survey 2025: a good year for Lapwing', 'Autumn walk at Pennock Flats']
  .map(
    (t) => `<div class="grid__item"><article class="archive__item">
<h2 class="archive__item-title no_toc" itemprop="headline"><a href="/x/">${t}</a></h2></article></div>`,
  )
  .join('\n')}
</div></div></div></div>
<div id="footer" class="page__footer"><footer><div class="page__footer-follow"><ul class="social-icons"><li><strong>Follow:</strong></li>
<li><a href="/feed.xml"><i class="fas fa-fw fa-rss-square" aria-hidden="true"></i> Feed</a></li></ul></div>
<div class="page__footer-copyright">© 2026 Tallow Valley Bird Club. Powered by Jekyll &amp; Minimal Mistakes.</div></footer></div>
<script src="/assets/js/main.min.js"></script>
</body></html>`;
export const jekyllCount: TestPage = {
  name: 'heldout331-jekyll-minimal-mistakes-bird-count',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: kHeads,
  body: [...texts([...kIntro, kNote, ...kHow, ...kHeadline, ...kHeadList, kCaption]), ...texts(kRowHtml), ...texts([...kSpecies, ...kThanks])],
  bylines: ['February 2, 2026', '4 minute read', 'February 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to primary navigation', 'Skip to content', 'Skip to footer', 'Tallow Valley Bird Club', ...kNav, 'Toggle menu',
    'Birding the river, pits and estuary since 1994.', 'Follow', 'Westshire, England', 'Email', 'Mastodon', 'On this page', 'Tags:', 'waterfowl',
    'wetlands', 'Categories:', 'counts',
    'Updated:', 'Share on', 'Twitter', 'Facebook', 'LinkedIn', 'Previous', 'Next', 'You may also enjoy', 'Breeding Survey 2025: a good year for Lapwing',
    'Autumn walk at Pennock Flats', 'Follow:', 'Feed', '© 2026 Tallow Valley Bird Club. Powered by Jekyll & Minimal Mistakes.',
  ],
};
