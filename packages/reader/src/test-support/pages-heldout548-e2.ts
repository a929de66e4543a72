import { links, type TestPage, texts } from './page-kit.js';
import { j, outside } from './pages-heldout548-kit.js';

/**
 * Held-out batch 548, file e2: a local history wiki article on MediaWiki (Vector legacy skin) about a Sunday flea market,
 * with an infobox, contents box, edit links, references, categories and the side panel.
 */
const mTitle = 'Wendlebury Sunday Market';
const mLead = j(
  'The Wendlebury Sunday Market is a weekly flea market and car boot sale held on the former cattle market site off Tanners Lane,',
  'Wendlebury. It has run almost without a break since 1971 and is one of the oldest Sunday markets in the district.',
);
const mSections: readonly (readonly [string, readonly string[]])[] = [
  [
    'History',
    [
      j(
        'The market was started by the Wendlebury Round Table as a one-off "junk sale" to raise money for the cottage hospital. It was',
        'so popular that the auctioneers who owned the cattle market agreed to let the site every Sunday for a nominal rent.',
      ),
      j(
        'Cattle sales ended in 1988, and the pens were taken down in 1994. The district council bought the site in 2003 and has let it',
        'to a succession of operators since then, most recently the Tanners Lane Markets company.',
      ),
    ],
  ],
  [
    'Trading',
    [
      j(
        'On a typical summer Sunday around 150 pitches are taken, falling to about 40 in winter. Antiques and collectables dealers',
        'trade from the covered sheds at the north end, while private sellers use the open yard.',
      ),
      j(
        'Pitch fees in 2025 were £15 for a car and £22 for a van. Dealers may book a shed bay by the month, and the early trade hour',
        'before the public are admitted has been a feature of the market since the 1980s.',
      ),
    ],
  ],
  ['In popular culture', ['The market appears in the 1997 television film The Last Auction, in which it stands in for a market in the north of England.']],
];
const mInfo = [
  ['Location', 'Tanners Lane, Wendlebury'],
  ['Opened', '1971'],
  ['Days', 'Sundays, 7am – 1pm'],
  ['Operator', 'Tanners Lane Markets'],
];
const mRefs = [
  '"Sunday sale is here to stay". Wendlebury Gazette. 14 June 1972.',
  'Ashworth District Council, minutes of the Estates Committee, 9 September 2003.',
  'Tanners Lane Markets: pitch prices 2025 (leaflet).',
];
const mToc = ['1 History', '2 Trading', '3 In popular culture', '4 References'];
const mNavPortal = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mTabs = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const mFoot = ['Privacy policy', 'About Ashworth Local History Wiki', 'Disclaimers'];
const editLink = (h: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Wendlebury_Sunday_Market&amp;action=edit" title="Edit section: ${h}">edit</a><span class="mw-editsection-bracket">]</span></span>`;
const mSectionHtml = ([h, paras]: readonly [string, readonly string[]], i: number): string =>
  `<h2><span class="mw-headline" id="${h.replace(/ /g, '_')}">${h}</span>${editLink(h)}</h2>\n${paras
    .map((p, k) => `<p>${p}${k === 0 && i < 3 ? `<sup id="cite_ref-${i + 1}" class="reference"><a href="#cite_note-${i + 1}">[${i + 1}]</a></sup>` : ''}</p>`)
    .join('\n')}`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mTitle} - Ashworth Local History Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Wendlebury_Sunday_Market","wgTitle":"Wendlebury Sunday Market",
"wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.6">
<link rel="edit" title="Edit" href="/index.php?title=Wendlebury_Sunday_Market&amp;action=edit"></head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Wendlebury_Sunday_Market rootpage-Wendlebury_Sunday_Market
skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Ashworth Local History Wiki</div><div id="contentSub"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><img alt="" src="/images/thumb/5/5a/Tanners_Lane_yard.jpg/220px-Tanners_Lane_yard.jpg" width="220" height="147">
<div class="infobox-caption">The open yard in 2019</div></td></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}
</tbody></table>
<p>The <b>${mTitle}</b>${mLead.slice(mTitle.length + 4)}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading">
<input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>
${mToc
  .map(
    (t, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#"><span class="tocnumber">${i + 1}</span> <span
class="toctext">${t.slice(2)}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
${mSections.map(mSectionHtml).join('\n')}
<h2><span class="mw-headline" id="References">References</span>${editLink('References')}</h2>
<div class="reflist"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span
class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div></div></div>
<div class="printfooter">Retrieved from "<a dir="ltr"
href="https://ashworthhistory.example/index.php?oldid=4120">https://ashworthhistory.example/index.php?oldid=4120</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Markets">Markets</a></li><li><a href="/wiki/Category:Wendlebury">Wendlebury</a></li></ul></div></div></div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head"><nav id="p-personal" class="vector-menu mw-portlet" aria-labelledby="p-personal-label">
<h3 id="p-personal-label" class="vector-menu-heading"><span>Personal tools</span></h3><div class="vector-menu-content"><ul class="vector-menu-content-list">
${links(['Not logged in', 'Talk', 'Contributions', 'Log in'], 'mw-list-item')}</ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu-tabs">
<ul class="vector-menu-content-list">${links(mTabs.slice(0, 2), 'selected mw-list-item')}</ul></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu-tabs"><ul class="vector-menu-content-list">${links(mTabs.slice(2), 'mw-list-item')}</ul></nav>
<div id="p-search" role="search"><h3><label for="searchInput">Search</label></h3><form action="/index.php" id="searchform"><input type="search" name="search"
placeholder="Search Ashworth Local History Wiki" id="searchInput"><input type="submit" name="go" value="Go" id="searchButton"></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu mw-portlet"><h3 class="vector-menu-heading"><span>Navigation</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mNavPortal, 'mw-list-item')}</ul></div></nav>
<nav id="p-tb" class="vector-menu mw-portlet"><h3 class="vector-menu-heading"><span>Tools</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 9 January 2026, at 14:12.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mHeads = mSections.map(([h]) => h);
const mBody = texts([mLead, ...mSections.flatMap(([, p]) => p)]);
const wendlebury: TestPage = {
  name: 'heldout548-mediawiki-sunday-market',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: mBody,
  bylines: ['This page was last edited on 9 January 2026, at 14:12.'],
  furniture: outside(
    [mTitle, ...mHeads, ...mBody],
    // biome-ignore format: the furniture texts are packed several to a line to keep the file short
    [
      'From Ashworth Local History Wiki', 'Jump to navigation', 'Jump to search', 'The open yard in 2019', ...mInfo.flat(), 'Contents', ...mToc, 'edit',
      'References', ...mRefs, 'Retrieved from "https://ashworthhistory.example/index.php?oldid=4120"', 'Categories',
      'Markets', 'Wendlebury', 'Navigation menu', 'Personal tools', 'Not logged in', 'Talk', 'Contributions', 'Log in', ...mTabs, 'Search', 'Navigation',
      ...mNavPortal, 'Tools', ...mTools, ...mFoot,
    ],
  ),
};

export const HELDOUT548_E2: readonly TestPage[] = [wendlebury];
