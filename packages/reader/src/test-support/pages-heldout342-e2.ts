import { ps, type TestPage, texts } from './page-kit.js';
import { j, type Row, rowTexts, trs } from './pages-heldout342-kit.js';

/**
 * Held-out batch 342, file e2: a fantasy basketball rankings post on a Squarespace 7.1 blog (site header with nav and button,
 * blog item with title, author and date meta, content blocks in the sqs-layout grid with an HTML table in a code block, share
 * buttons, tags and categories, previous / next pagination, the comments link, newsletter block and footer section).
 */
const qTitle = 'Rest-of-season fantasy basketball rankings: the top 12 guards';
const qIntro = [
  j(
    'We are past the midway point of the Coastal Hoops League season, which means sample sizes are finally big enough to trust.',
    'These rankings are for nine-category head-to-head leagues and weigh the next eight weeks only, so a player who started slowly',
    'but has a clear role now will rank ahead of someone coasting on an October hot streak.',
  ),
];
const qH = ['The rankings', 'Risers', 'Fallers', 'How to use these rankings'];
const qRows: Row[] = [
  ['1', 'Desmond Achterberg', 'Lakeshore Herons', 'PG', '—'],
  ['2', 'Malik Threlkeld', 'Brightwater Owls', 'SG', '+1'],
  ['3', 'Jovan Pereira-Sands', 'Iron Bay Pilots', 'PG', '-1'],
  ['4', 'Tre Okonkwo-Vail', 'Granite City Forge', 'PG/SG', '+4'],
  ['5', 'Ansel Duquette', 'Lakeshore Herons', 'SG', '—'],
  ['6', 'Rory Kettleby', 'Marlin Coast Tide', 'PG', '+2'],
  ['7', 'Luka Stanhope', 'Brightwater Owls', 'SG/SF', '-3'],
  ['8', 'Denzel Farrow', 'Iron Bay Pilots', 'SG', '+5'],
  ['9', 'Cyrus Albright', 'Pinecrest Rangers', 'PG', '-2'],
  ['10', 'Keanu Lindqvist', 'Granite City Forge', 'SG', 'new'],
  ['11', 'Pascal Mbeki-Rowe', 'Marlin Coast Tide', 'PG', '-4'],
  ['12', 'Emmett Varnum', 'Pinecrest Rangers', 'SG', '—'],
];
const qRise = [
  j(
    'Tre Okonkwo-Vail has been a different player since Granite City moved him into the starting five. He is averaging 2.1 steals',
    'and 3.4 made threes over his last fifteen games, and his free-throw percentage has climbed to 88. That profile wins categories.',
  ),
  j(
    'Denzel Farrow jumps five spots because Iron Bay traded away their backup guard. His minutes are up from 26 to 33 a night and',
    'he no longer shares the ball-handling duties.',
  ),
];
const qFall = [
  j(
    'Luka Stanhope is still a fine player, but a sore ankle has cost him four of the last ten games, and Brightwater are being',
    'careful with him. Pascal Mbeki-Rowe falls furthest: his shooting has dropped off badly and his turnovers are a real drag in',
    'nine-category leagues.',
  ),
];
const qHow = [
  j(
    'Use the list as a tiebreaker rather than a rule. If you are already strong in assists and weak in threes, Malik Threlkeld at',
    'number two may be worth more to you than the top pick. And always check the schedule: teams with four games in a week are',
    'worth a small bump in weekly leagues.',
  ),
];
const qNav = ['Rankings', 'Waiver Wire', 'Trade Analyzer', 'Podcast', 'About'];
const sq = (
  inner: string,
  type = 'html',
  n = 2,
): string => `<div class="sqs-block ${type}-block sqs-block-${type}" data-block-type="${n}"><div class="sqs-block-content">
${inner}</div></div>`;
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Rest-of-season fantasy basketball rankings: the top 12 guards — Box Score Brain</title>
<meta property="og:site_name" content="Box Score Brain"><meta property="og:type" content="article"><meta itemprop="author" content="Priya Castellane">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule"
src="//assets.squarespace.example/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT =
{"website":{"id":"5f2a9c","siteTitle":"Box Score Brain"},"templateId":"5c5a519771c10ba3470d8101",
"pageType":50,"collection":{"title":"Blog","typeName":"blog"}};</script>
<script type="application/ld+json">{"url":"https://boxscorebrain.example/blog/guard-rankings","name":"Box Score
Brain","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.example/static/versioned-site-css/5f2a9c/12/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-65c1f0" class="header-layout-nav-right tweak-blog-item-width-medium tweak-blog-item-show-author-name tweak-blog-item-show-date view-item
collection-type-blog">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/">Box Score
Brain</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${qNav
  .map(
    (t) => `<div
class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/premium">Go Premium</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65c1f0"><section
class="page-section content-collection full-bleed-section collection-type-blog-basic-grid">
<div class="content-wrapper"><div class="content"><div class="blog-basic-grid collection-content-wrapper"><article
class="entry hentry h-entry category-guards tag-rankings author-priya-castellane post-type-text article-index-1" id="article-65c1f0">
<div class="blog-item-wrapper"><div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-title"><h1
class="entry-title entry-title--large p-name"
data-content-field="title">${qTitle}</h1></div>
<div class="blog-meta-section"><span class="blog-author">Priya Castellane</span><span class="blog-meta-delimiter"></span><time
class="dt-published blog-meta-item blog-meta-item--date"
datetime="2026-02-03" pubdate>February 3, 2026</time></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
id="item-65c1f0">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sq(`<div class="sqs-html-content">${ps(qIntro)}\n<h2>${qH[0]}</h2></div>`)}
${sq(
  `<table class="bsb-rankings"><thead><tr><th>Rank</th><th>Player</th><th>Team</th><th>Pos</th><th>Change</th></tr></thead><tbody>
${trs(qRows)}
</tbody></table>`,
  'code',
  23,
)}
${sq(`<div class="sqs-html-content"><h2>${qH[1]}</h2>\n${ps(qRise)}\n<h2>${qH[2]}</h2>\n${ps(qFall)}\n<h2>${qH[3]}</h2>\n${ps(qHow)}</div>`)}
${sq('<div class="sqs-html-content"><p class="sqsrte-small"><em>Stats through February 1. Rankings update every Tuesday.</em></p></div>')}
</div></div></div></div>
<div class="blog-item-comments"><a href="#comments" class="blog-item-comments-link">Comments (3)</a></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--categories"><a href="/blog?category=Guards"
class="blog-item-category">Guards</a></div>
<div class="blog-meta-item blog-meta-item--tags"><a href="/blog?tag=rankings" class="blog-item-tag">rankings</a>, <a href="/blog?tag=9-cat"
class="blog-item-tag">9-cat</a></div>
<div class="blog-item-share"><div class="sqs-simple-share"><span class="share-button"><a href="#">Facebook</a></span><span class="share-button"><a
href="#">Twitter</a></span>
<span class="share-button"><a href="#">LinkedIn</a></span></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid"><a
class="item-pagination-link item-pagination-link--prev" href="#">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Waiver wire: three forwards to stream this week</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="#"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">Trade
targets before the deadline</h2></a></section>
</div></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div
class="sqs-block newsletter-block sqs-block-newsletter">
<div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Get the Tuesday rankings by email</h2><form class="newsletter-form"><input
type="email" placeholder="Email Address">
<button type="submit" class="newsletter-form-button"><span class="newsletter-form-button-label">Sign Up</span></button></form>
<div class="newsletter-form-footnote">We respect your privacy.</div></div></div>
<div class="sqs-html-content"><p>© 2026 Box Score Brain. Not affiliated with any league or team.</p></div></div></section></footer></div>
<script defer="defer" src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
export const squarespace: TestPage = {
  name: 'heldout342-squarespace-fantasy-basketball-rankings-blog',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: qH,
  body: texts([...qIntro, ...rowTexts(qRows), ...qRise, ...qFall, ...qHow]),
  bylines: ['Priya Castellane', 'February 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Box Score Brain', ...qNav, 'Go Premium', 'Stats through February 1. Rankings update every Tuesday.', 'Comments (3)', 'Guards', '9-cat',
    'Facebook', 'Twitter', 'LinkedIn', 'Previous', 'Waiver wire: three forwards to stream this week', 'Next', 'Trade targets before the deadline',
    'Get the Tuesday rankings by email', 'Sign Up', 'We respect your privacy.', '© 2026 Box Score Brain. Not affiliated with any league or team.',
  ],
};
