import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowText, trs } from './pages-heldout577-kit.js';

/**
 * Held-out batch 577, file e: a food truck lot article on a local MediaWiki wiki (Vector 2022: infobox, TOC, edit links, vendor
 * table, categories, "last edited" footer), and a local news story on food truck hours on a Next.js news site (ads, related rail).
 */
const mTitle = 'Fernhill Street Food Lot';
const mLead = j(
  'The <b>Fernhill Street Food Lot</b> is a permanent food truck park on the corner of Fernhill Road and Quarry Lane in the',
  'Eastbank neighbourhood of Kestrel Bay. It opened in 2019 on the site of a former tyre depot and hosts between six and ten',
  'trucks a day, with covered seating for about 120 people.',
);
const mHist = [
  j(
    'The lot was proposed by the Eastbank Traders’ Association in 2017 after the tyre depot closed. The city leased the land',
    'for a nominal sum on the condition that the association paved it, installed water and grey-water points, and kept it open',
    'at least five days a week.',
  ),
  'A timber canopy designed by students from Kestrel Bay Polytechnic was added in 2021 and won a regional design award the following year.',
];
const mRules = j(
  'Trucks rent a pitch by the day or the month through the association. Every truck must hold a county mobile food licence, and',
  'generators are not allowed on site; each pitch has a 32-amp hook-up. Music is allowed until 9pm on weekdays and 10pm at weekends.',
);
const mHead = ['Truck', 'Food', 'Days'];
const mRows = [
  ['Bao Wow', 'Steamed buns', 'Tue–Sat'],
  ['La Reina Verde', 'Tacos and tamales', 'Daily'],
  ['Smokestack Sisters', 'Barbecue', 'Thu–Sun'],
  ['The Pie Cart', 'Savoury pies', 'Mon–Fri'],
];
const mBox = [
  ['Address', 'Fernhill Road and Quarry Lane'],
  ['Opened', 'June 2019'],
  ['Operator', 'Eastbank Traders’ Association'],
  ['Pitches', '10'],
];
const mToc = ['(Top)', 'History', 'Rules for vendors', 'Regular trucks'];
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mCats = ['Food trucks', 'Eastbank', 'Buildings and structures opened in 2019'];
const mFoot = ['Privacy policy', 'About Kestrel Bay Wiki', 'Disclaimers'];
const mH2 = (id: string, t: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${id}">${t}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Fernhill_Street_Food_Lot&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Kestrel Bay Wiki</title>
<script>document.documentElement.className="client-js vector-toc-available";RLCONF={"wgPageName":"Fernhill_Street_Food_Lot","wgTitle":"${mTitle}",
"wgCurRevisionId":20417,"wgCategories":["Food trucks","Eastbank"]};RLSTATE={"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.1"><link rel="canonical" href="https://wiki.kestrelbay.org/wiki/Fernhill_Street_Food_Lot"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Fernhill_Street_Food_Lot
 rootpage-Fernhill_Street_Food_Lot
 skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
 aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"><input type="checkbox"
 id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label for="vector-main-menu-dropdown-checkbox"
 class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--icon-only" aria-hidden="true"><span
 class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">Kestrel Bay Wiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform"
 class="cdx-search-input">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Kestrel Bay Wiki" aria-label="Search Kestrel Bay Wiki" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(
  ['Create account', 'Log in'],
  'user-links-collapsible-item mw-list-item',
)}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc" class="vector-toc
 vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">${mToc
  .map(
    (t) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#"><div
 class="vector-toc-text">${t}</div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul>${links(
  ['Page', 'Discussion'],
  'mw-list-item',
)}</ul></nav>
<nav aria-label="Views"><ul>${links(['Read', 'Edit', 'View history'], 'mw-list-item')}</ul></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Kestrel Bay Wiki</div>
<div id="contentSub"></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><img src="/images/thumb/fernhill.jpg/250px-fernhill.jpg" width="250" height="167"
 alt=""></span>
<div class="infobox-caption">The canopy in 2022</div></td></tr>
${mBox.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${mLead}</p>
${mH2('History', 'History')}
${ps(mHist)}
${mH2('Rules_for_vendors', 'Rules for vendors')}
${ps([mRules])}
${mH2('Regular_trucks', 'Regular trucks')}
<table class="wikitable sortable"><tbody>${trs([mHead], 'th')}
${trs(mRows)}</tbody></table>
<!-- NewPP limit report Parsed by mw1 Cached time: 20260503141210 -->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
 title="Special:Categories">Categories</a>:
<ul>${mCats.map((c) => `<li><a href="/wiki/Category:${c.replace(/ /g, '_')}">${c}</a></li>`).join('')}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 May 2026, at 14:12.</li>
<li id="footer-info-copyright">Content is available under <a
 href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout577-mediawiki-food-lot',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: ['History', 'Rules for vendors', 'Regular trucks'],
  body: texts([mLead, ...mHist, mRules, ...mRows.map(rowText)]),
  bylines: ['This page was last edited on 3 May 2026, at 14:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...mNav, 'Kestrel Bay Wiki', 'Search', 'Create account', 'Log in', 'Contents', '(Top)', 'Page', 'Discussion', 'Read',
    'Edit', 'View history', 'From Kestrel Bay Wiki', 'The canopy in 2022', 'June 2019', 'Operator', 'Pitches', '10', 'Categories:',
    ...mCats.filter((t) => t !== 'Eastbank'), 'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...mFoot,
  ],
};

const nTitle = 'Council extends food truck hours at Pelham Square after six-month trial';
const nDek = 'Trucks will be able to serve until 11pm on Fridays and Saturdays, but a cap of eight vendors stays in place.';
const nParas = [
  j(
    'Food trucks at Pelham Square will be allowed to stay open two hours later on weekend nights after the Marlow City Council',
    'voted 6-1 on Tuesday to make permanent a trial that began in November.',
  ),
  j(
    'Under the old rules, trucks had to close their windows by 9pm. During the trial, city staff counted an average of 340',
    'customers an hour between 9pm and 11pm on Saturdays and received four noise complaints over six months, all from the same',
    'block of Linford Street.',
  ),
  j(
    '“The square used to empty out at nine and the only people left were the ones we did not want there,” said council member',
    'Odette Faraji, who proposed the trial. “Now there are families and night-shift workers eating dinner under the lights.”',
  ),
  j(
    'The lone vote against came from council member Graham Pettibone, who said he supported the longer hours but wanted the',
    'city to add more trash cans and a second portable restroom before the change takes effect.',
  ),
  j(
    'City Manager Ruth Alvesson said both would be in place by March 1, when the new hours begin. Vendors will pay an extra',
    '$45 a month for the permit to cover the cost of late-night cleaning.',
  ),
  j(
    'The eight-truck cap, set in 2022 to protect parking on the square’s east side, was not changed. There are currently 23',
    'trucks on the waiting list for a Pelham Square permit, according to the city’s licensing office.',
  ),
  j(
    'Ana Belmonte, who runs the Arepa Lady truck, said the extra two hours had become her busiest of the week. “I make more',
    'between nine and eleven on a Saturday than I do at lunch on a Tuesday,” she said.',
  ),
];
const nCaption = 'Customers line up at the Arepa Lady truck on Pelham Square on a Saturday night in January.';
const nCredit = 'Photo: Marcus Ebi / The Marlow Ledger';
const nRel = [
  'Marlow weighs paid parking on Pelham Square’s east side',
  'New night bus route links downtown and the hospital',
  'Linford Street residents push for noise study',
];
const nNav = ['Local', 'Politics', 'Business', 'Food', 'Sports', 'Opinion'];
const nFoot = ['About us', 'Contact', 'Advertise', 'Terms of use', 'Privacy policy'];
const nAd = (id: string): string =>
  `<div class="AdSlot_wrapper__Hk2p1"><p class="AdSlot_label__xR8aA">Advertisement</p><div id="${id}" class="AdSlot_slot__pQ0vd"
 data-ad-unit="/2214/marlow/news"></div></div>`;
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport"
 content="width=device-width"><title>${nTitle} | The Marlow Ledger</title>
<meta name="description" content="${nDek}"><meta property="og:title" content="${nTitle}"><meta property="og:type" content="article">
<meta name="next-head-count" content="6"><link rel="preload" href="/_next/static/css/6f1d2e0b.css" as="style"><link rel="stylesheet"
 href="/_next/static/css/6f1d2e0b.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-01-28T18:40:00-05:00",
"author":[{"@type":"Person","name":"Talia Brennan-Osei"}],"publisher":{"@type":"Organization","name":"The Marlow Ledger"}}</script>
<script src="/_next/static/chunks/webpack-3a9c.js" defer=""></script><script src="/_next/static/chunks/pages/_app-81b2.js" defer=""></script></head>
<body><div id="__next"><a href="#main" class="SkipLink_skip__u1Z9a">Skip to main content</a>
<div class="Banner_banner__7Kq2v" role="region" aria-label="Subscription offer"><p>Read local. Get your first month for $1.</p><a
 href="/subscribe">Subscribe</a></div>
<header class="Header_header__Q3m8z"><div class="Header_top__1bX0c"><a href="/" class="Header_logo__zP4sT" aria-label="The Marlow Ledger home"><svg viewBox="0
 0 200 32"></svg></a>
<button class="Header_search__bV9dx" aria-label="Search"><span>Search</span></button><a href="/login" class="Header_login__c9sW1">Sign in</a></div>
<nav class="Nav_nav__hT5Lw" aria-label="Sections"><ul class="Nav_list__aZ2kE">${links(nNav, 'Nav_item__pQ4mr')}</ul></nav></header>
${nAd('div-gpt-top')}
<main id="main" class="Layout_main__Uy6tI"><article class="Article_article__0fX2m"><header class="ArticleHeader_header__Jk7gS">
<a class="ArticleHeader_section__d2LqV" href="/local">Local</a><h1 class="ArticleHeader_headline__3kF9x">${nTitle}</h1>
<p class="ArticleHeader_dek__mN1rb">${nDek}</p><div class="Byline_byline__Yt0cW"><span class="Byline_author__Xe8mJ">By <a href="/staff/talia-brennan-osei">Talia
 Brennan-Osei</a></span><time class="Byline_time__a3LpQ" dateTime="2026-01-28T18:40:00-05:00">Jan. 28, 2026 at 6:40 p.m. EST</time></div>
<div class="ShareBar_bar__Fz3rT"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on
 X">X</button><button>Copy link</button></div></header>
<figure class="ArticleImage_figure__sB9cL"><img alt="Food trucks on Pelham Square at night" src="/_next/image?url=%2Fimg%2Fpelham.jpg&amp;w=1200&amp;q=75"
 width="1200" height="800">
<figcaption class="ArticleImage_caption__Zr3Pn"><span>${nCaption}</span> <span class="ArticleImage_credit__L0g9s">${nCredit}</span></figcaption></figure>
<div class="ArticleBody_body__Hq8dT">${ps(nParas.slice(0, 3), ' class="ArticleBody_paragraph__Vp2sN"')}
${nAd('div-gpt-mid')}
<aside class="NewsletterInline_box__mR7tW"><h2
 class="NewsletterInline_title__Pc5xE">The Ledger Morning</h2><p>Marlow’s news in five minutes, every weekday at 6am.</p>
<form><label for="nl-email" class="sr-only">Email address</label><input id="nl-email" type="email" placeholder="you@example.com"><button
 type="submit">Sign up</button></form></aside>
${ps(nParas.slice(3), ' class="ArticleBody_paragraph__Vp2sN"')}</div>
<footer class="ArticleFooter_footer__Wm4Yd"><p
 class="ArticleFooter_correction__Ke2hT">Have a tip or a correction? Email newsroom@marlowledger.com.</p></footer></article>
<aside class="Related_rail__r6DkQ"><h2 class="Related_title__qP0sA">More from Local</h2><ul>${links(nRel, 'Related_item__b8YxN')}</ul></aside></main>
<footer class="Footer_footer__nE4hS"><ul>${links(nFoot)}</ul><p>© 2026 The Marlow Ledger. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__"
 type="application/json">{"props":{"pageProps":{"article":{"id":"pelham-hours","section":"local"}}},"page":"/[section]/[slug]","buildId":"k2Jd9x"}</script>
</body></html>`;
const nextjs: TestPage = {
  name: 'heldout577-nextjs-truck-hours',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([nDek, ...nParas]),
  bylines: ['By Talia Brennan-Osei', 'Jan. 28, 2026 at 6:40 p.m. EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Read local. Get your first month for $1.', 'Subscribe', 'Search', 'Sign in', ...nNav.filter((t) => t !== 'Food'),
      'Advertisement', 'Facebook', 'X',
    'Copy link', nCaption, nCredit, 'The Ledger Morning', 'Marlow’s news in five minutes, every weekday at 6am.', 'Email address', 'Sign up',
    'Have a tip or a correction? Email newsroom@marlowledger.com.', 'More from Local', ...nRel, ...nFoot, '© 2026 The Marlow Ledger. All rights reserved.',
  ],
};

export const HELDOUT577_E: readonly TestPage[] = [mediawiki, nextjs];
