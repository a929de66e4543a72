import { links, type TestPage } from './page-kit.js';
import { furnish } from './pages-heldout145-kit.js';

/**
 * Held-out batch 145, file c2: an Encyclopedia.com topic page with two source entries on a made-up labour organizer (the
 * OneTrust consent banner, the header with search and the subject menu, breadcrumbs, the h1, per entry the "views
 * updated" line, the entry title, the text with its own subheadings, the contributor line, the bibliography, the source
 * name and the "Cite this article" block with its style tabs and the long notes on citing; ad slots between entries,
 * "More From encyclopedia.com", "About this article", "You Might Also Like" and "Nearby Terms" rails, and the footer).
 */
const T = 'Hollis, Marguerite Ann (1884–1961)';
const e1 = 'Hollis, Marguerite Ann (1884–1961)';
const e1sub = 'American labor organizer and educator who led the 1912 Ashby mill walkout and later founded a workers’ college in Ohio.';
const e1h = ['Early life', 'The Ashby walkout', 'The Cuyahoga Labor College'];
const e1p = [
  [
    'Marguerite Ann Hollis was born in Ashby, Massachusetts, the third of seven children of Irish immigrants who both worked in the town’s cotton mills. ' +
      'She left school at twelve to work as a bobbin girl, and by sixteen she was running four looms on the night shift at the Merritt Company mill.',
    'Hollis later said that she learned to read properly only at nineteen, from a Sunday class run by a Quaker schoolteacher who lent her newspapers ' +
      'from Boston. It was in those papers that she first read about the garment workers’ strikes in New York.',
  ],
  [
    'In January 1912 the Merritt Company cut piece rates by a tenth without notice. Hollis, then twenty-seven, called a meeting in the basement of St. ' +
      'Brendan’s church that drew more than four hundred workers, most of them women. The walkout that followed lasted eleven weeks and spread to three ' +
      'other mills in the valley.',
    'Hollis insisted that the strike committee include a speaker for each language group in the mills, and she organized soup kitchens and a relief ' +
      'fund run by the strikers themselves rather than by outside charities. The mill owners restored the old rates in April and agreed to a ' +
      'fifty-four-hour week, a settlement that Hollis called “half a loaf, but our own half.”',
  ],
  [
    'Blacklisted in Massachusetts, Hollis moved to Cleveland in 1915. In 1921 she opened the Cuyahoga Labor College in two rooms above a hardware store, ' +
      'offering evening courses in economics, English and public speaking to working men and women. By 1930 it had more than six hundred students a year.',
    'She ran the college until her retirement in 1954 and died in Cleveland in 1961. Her papers are held by the Western Reserve Historical Collection.',
  ],
] as const;
const e1by = 'Dorothy K. Vance, freelance writer, Akron, Ohio';
const e1bib = ['Carmody, Ellen. <i>Looms and Ballots: Women in the New England Mills</i>. Boston: Harbor Lane Press, 1988.'];
const e1src = 'Women in American Labor: A Biographical Dictionary';
const e2 = 'Hollis, Marguerite';
const e2p = [
  'HOLLIS, MARGUERITE (1884–1961), labor organizer and founder of the Cuyahoga Labor College in Cleveland. After leading a successful strike in the ' +
    'Massachusetts cotton mills in 1912, Hollis came to Cleveland, where she worked as a clerk and as a volunteer for the Women’s Trade Union League.',
  'The college she founded in 1921 held classes in the evenings and on Sundays and charged fees of fifty cents a term. Its debating society became ' +
    'well known in the city, and several of its students later served on the city council. The college closed in 1958, four years after Hollis retired.',
];
const e2src = 'Encyclopedia of Cleveland History';
const date1 = 'May 18 2018';
const date2 = 'May 29 2018';
const cite = (e: string, src: string): string[] => [
  `"${e}." ${src}. . Encyclopedia.com. 4 Nov. 2025 <https://www.encyclopedia.com>.`,
  `"${e}." ${src}. . Encyclopedia.com. (November 4, 2025). https://www.encyclopedia.com/women/hollis-marguerite`,
  `"${e}." ${src}. . Retrieved November 04, 2025 from Encyclopedia.com: https://www.encyclopedia.com/women/hollis-marguerite`,
];
const citeNotes = [
  'Encyclopedia.com lets you cite reference entries and articles in the common styles of the Modern Language Association (MLA), The Chicago ' +
    'Manual of Style, and the American Psychological Association (APA).',
  'In the “Cite this article” tool, choose a style to see how the available information looks in that style, then copy the text into your ' +
    'bibliography or works cited list.',
  'Each style has its own rules, which change over time, and not every entry has all the information a citation needs, so Encyclopedia.com cannot ' +
    'guarantee every citation it generates. Use them as a starting point and check them against the latest guidance and your school’s requirements.',
  'Most online reference entries do not have page numbers, so that information is not available for most Encyclopedia.com content. The date ' +
    'you retrieved the entry is often important; follow each style’s rules for page numbers and retrieval dates.',
];
const nav = ['Subjects', 'Reference', 'Citations', 'About'];
const crumbs = ['Social sciences and the law', 'Economics, business, and labor', 'Labor and unions', 'Biographies'];
const more = ['Women’s Trade Union League', 'Bread and Roses Strike', 'Company town', 'Piecework'];
const like = ['Lowell Mill Girls', 'Settlement houses', 'Workers’ education movement', 'Hull House', 'Textile industry', 'Strikes'];
const nearby = ['Hollis, Jeremiah', 'Hollis, Christopher', 'Hollinshead, Mary', 'Hollister, Aurelia', 'Hollis, Marguerite', 'Hollman, Ruth'];
const foot = ['About', 'Privacy Policy', 'Terms of Use', 'Cookie Settings'];
const consent = [
  'We use cookies and similar technologies to personalize content and ads, provide social media features and analyze our traffic.',
  'Accept All Cookies',
  'Cookie Settings',
  'Reject All',
];
const ad = `<div class="adinsert adinsert-inline" data-ad-slot="ency_incontent"><div class="adlabel">ADVERTISEMENT</div><div id="div-gpt-ad-incontent"
style="min-height:250px;"></div></div>`;
const citeBox = (e: string, src: string, n: number): string => `<div class="citation-tool" id="cite-${n}"><h3 class="cite-heading">Cite this article</h3>
<p class="cite-lead">Pick a style below, and copy the text for your bibliography.</p><ul class="nav nav-tabs cite-tabs" role="tablist">
<li class="active"><a href="#mla-${n}" role="tab">MLA</a></li><li><a href="#chicago-${n}" role="tab">Chicago</a></li><li><a href="#apa-${n}"
role="tab">APA</a></li></ul>
<div class="tab-content">${cite(e, src)
  .map(
    (c, i) => `<div class="tab-pane${i === 0 ? ' active' : ''}" id="${['mla', 'chicago', 'apa'][i]}-${n}"><p
class="citation">${c.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>
</div>`,
  )
  .join('')}</div>
<div class="cite-notes collapse"><p>${citeNotes[0]}</p><p>${citeNotes[1]}</p><p>${citeNotes[2]}</p><p class="cite-notes-title"><strong>Notes:</strong></p>
<ul><li>${citeNotes[3]}</li></ul></div></div>`;
const entry1 = `<div class="doccontentwrapper" id="entry-1"><div class="doc-meta"><span class="views-label">views</span> <span class="updated">updated
${date1}</span></div>
<h2 class="doctitle">${e1}</h2><div class="doccontent"><p class="subtitle"><em>${e1sub}</em></p>
${e1h.map((h, i) => `<h3>${h}</h3>\n${e1p[i]?.map((p) => `<p>${p}</p>`).join('\n')}`).join('\n')}
<p class="contributor"><strong>${e1by}</strong></p><h4>Sources:</h4><ul class="bibliography">${e1bib.map((b) => `<li>${b}</li>`).join('')}</ul></div>
<p class="source"><em>${e1src}</em></p><div class="article-actions"><a href="#about-1" class="about-link">About this
article</a></div>${citeBox(e1, e1src, 1)}</div>`;
const entry2 = `<div class="doccontentwrapper" id="entry-2"><div class="doc-meta"><span class="views-label">views</span> <span class="updated">updated
${date2}</span></div>
<h2 class="doctitle">${e2}</h2><div class="doccontent">${e2p.map((p) => `<p>${p}</p>`).join('\n')}</div><p class="source"><em>${e2src}</em></p>
${citeBox(e2, e2src, 2)}</div>`;
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ og: http://ogp.me/ns#"><head><meta charset="utf-8">
<title>Hollis, Marguerite Ann (1884–1961) | Encyclopedia.com</title><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="Hollis, Marguerite Ann (1884–1961) American labor organizer and educator who led the 1912 Ashby mill walkout.">
<link rel="canonical" href="https://www.encyclopedia.com/women/encyclopedias-almanacs-transcripts-and-maps/hollis-marguerite-ann-1884-1961">
<meta property="og:type" content="article"><meta property="og:title" content="${T}"><meta property="og:site_name" content="Encyclopedia.com">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${T}","publisher":{"@type":"Organization",
"name":"Encyclopedia.com"}}</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="8c1e0f7a-ency" async></script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<link rel="stylesheet" href="/sites/all/themes/encyclopedia/css/styles.css?s5k2lq"></head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-2294871 node-type-topic">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<header id="header" role="banner"><div class="container"><a href="/" title="Home" rel="home" id="logo"><img src="/sites/all/themes/encyclopedia/logo.png"
alt="Encyclopedia.com -- Online dictionary and encyclopedia of facts, information, and biographies"></a>
<form class="search-form" action="/gsearch" method="get" id="search-block-form"><label class="element-invisible" for="edit-search-block-form">Search
form</label>
<input type="text" id="edit-search-block-form" name="q" placeholder="Search" size="15"><button type="submit" class="btn btn-search">Search</button></form>
<nav class="navbar" role="navigation"><ul class="menu nav navbar-nav">${links(nav, 'leaf')}</ul></nav></div></header>
<div class="container main-container"><ol class="breadcrumb">${crumbs
  .map(
    (c) => `<li><a
href="/${c.toLowerCase().replace(/[^a-z]+/g, '-')}">${c}</a></li>`,
  )
  .join('')}
<li class="active">${T}</li></ol>
<div class="row"><section class="col-sm-8" id="main-content"><a id="main-content"></a><h1 class="page-header doctitle">${T}</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="topic-entries">
${entry1}
${ad}
${entry2}
</div></div>
<div class="about-article" id="about-1"><h2>About this article</h2><p class="about-title">${e1}</p><div class="about-actions"><span>Updated</span>
<a href="/about">About <strong>encyclopedia.com content</strong></a> <a href="javascript:window.print()" class="print-article">Print Article</a></div></div>
<div class="more-from"><h2 class="block-title">More From encyclopedia.com</h2><ul>${links(more)}</ul></div></div></section>
<aside class="col-sm-4" role="complementary"><div class="region region-sidebar-second">${ad.replace('ency_incontent', 'ency_rail_top')}
<section class="block related-topics"><h2 class="block-title">You Might Also Like</h2><ul>${links(like)}</ul></section>
<section class="block nearby-terms"><h2 class="block-title">NEARBY TERMS</h2><ul>${links(nearby)}</ul></section></div></aside></div></div>
<footer class="footer container"><ul class="menu nav">${links(foot)}</ul><p class="copyright">© 2019 Encyclopedia.com | All rights reserved.</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><div
class="ot-sdk-row">
<div id="onetrust-group-container"><div id="onetrust-policy"><p id="onetrust-policy-text">${consent[0]}</p></div></div><div id="onetrust-button-group-parent">
<div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">${consent[1]}</button><button id="onetrust-pc-btn-handler">${consent[2]}</button>
<button id="onetrust-reject-all-handler">${consent[3]}</button></div></div></div></div></div></div>
<script src="/sites/all/themes/encyclopedia/js/cite.js?s5k2lq"></script></body></html>`;
const headings = [e1, ...e1h, e2];
const body = [e1sub, ...e1p[0], ...e1p[1], ...e1p[2], ...e2p];
export const encyclopediaPage: TestPage = {
  html,
  name: 'heldout145-encyclopedia-com-topic',
  kind: 'wiki',
  // the h1 names the topic and each source entry has its own h2 title (the first repeats the h1 and is a heading); the
  // italic dek of the first entry is body; bibliographies are in neither list; each entry's "updated" date and the
  // contributor line are bylines; the source names, the cite tool (tabs, citations, notes), ads, about box and rails
  // are furniture
  title: T,
  headings,
  body,
  bylines: [`updated ${date1}`, e1by, `updated ${date2}`],
  furniture: furnish(
    [T, ...headings, ...body],
    [
      'Skip to main content',
      'Search form',
      'Search',
      ...nav,
      ...crumbs,
      'views',
      'Sources:',
      e1src,
      e2src,
      'Cite this article',
      'Pick a style below, and copy the text for your bibliography.',
      'MLA',
      'Chicago',
      'APA',
      ...cite(e1, e1src),
      ...cite(e2, e2src),
      ...citeNotes,
      'Notes:',
      'About this article',
      'ADVERTISEMENT',
      'Updated',
      'About encyclopedia.com content',
      'Print Article',
      'More From encyclopedia.com',
      ...more,
      'You Might Also Like',
      ...like,
      'NEARBY TERMS',
      ...nearby,
      ...foot,
      '© 2019 Encyclopedia.com | All rights reserved.',
      ...consent,
    ],
  ),
};
