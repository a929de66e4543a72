import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout621-kit.js';

/**
 * Held-out batch 621, file f: a local history wiki article on a Victorian ironmonger's shop (MediaWiki, Vector 2022 skin,
 * with infobox, contents and references), and a hardware buying group's stock guide for winter on HubSpot CMS.
 */
const mTitle = 'Gedge &amp; Sons, Ironmongers';
const mLead = j(
  '<b>Gedge &amp; Sons</b> was an ironmongery and agricultural hardware shop on Fore Street, Kessingford, trading from 1868 until',
  '1987. Its cast-iron shopfront, with the firm&#39;s name in raised letters, survives and is locally listed.<sup id="cite_ref-1" class="reference">',
  '<a href="#cite_note-1">[1]</a></sup>',
);
const mH = ['History', 'The shop', 'Closure', 'References'];
const mP = [
  j(
    'The business was founded by Josiah Gedge, a blacksmith from Wethercombe, who opened a shop selling nails, tools and stove parts',
    'next to the corn exchange. By 1890 it also sold seed drills and ploughs made under licence, and employed eleven men.',
  ),
  j(
    'His grandson Walter Gedge added a plumbing and oil-lamp department in the 1920s and, after 1945, one of the first paraffin',
    'delivery rounds in the district, using a converted army lorry.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
  j(
    'The shop kept its original fittings: a long mahogany counter, more than four hundred small oak drawers labelled by hand, and a',
    'set of brass scales used for selling nails by weight. Customers were served from behind the counter until the shop closed.',
  ),
  j(
    'The last members of the family retired in 1987. The drawers and scales were given to Kessingford Museum, where part of the counter',
    'is displayed in a reconstructed shop.<sup id="cite_ref-3" class="reference"><a href="#cite_note-3">[3]</a></sup>',
  ),
];
const mRefs = [
  '<a href="#cite_ref-1">↑</a> <span class="reference-text">Kessingford Town Council, <i>Local List of Heritage Assets</i> (2011), p. 14.</span>',
  '<a href="#cite_ref-2">↑</a> <span class="reference-text">&quot;Paraffin by the gallon&quot;, <i>Kessingford Gazette</i>, 3 March 1951.</span>',
  '<a href="#cite_ref-3">↑</a> <span class="reference-text">Kessingford Museum accession record 1988.41.</span>',
];
const mInfo: [string, string][] = [
  ['Founded', '1868'],
  ['Closed', '1987'],
  ['Location', 'Fore Street, Kessingford'],
  ['Founder', 'Josiah Gedge'],
];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled" lang="en-GB" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - Kessingford Local History Wiki</title><script>(function(){var className="client-js";document.documentElement.className=className;}());
RLCONF={"wgCanonicalNamespace":"","wgPageName":"Gedge_&amp;_Sons,_Ironmongers","wgTitle":"Gedge &amp; Sons, Ironmongers","wgCurRevisionId":4812};</script>
<link rel="stylesheet" href="/load.php?lang=en-gb&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
<link rel="canonical" href="https://wiki.kessingfordhistory.org.uk/wiki/Gedge_%26_Sons,_Ironmongers"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Gedge_Sons_Ironmongers
rootpage-Gedge_Sons_Ironmongers
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container">
<header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="n-mainpage-description" class="mw-list-item"><a href="/wiki/Main_Page"><span>Main page</span></a></li>
<li id="n-recentchanges" class="mw-list-item"><a href="/wiki/Special:RecentChanges"><span>Recent changes</span></a></li>
<li id="n-randompage" class="mw-list-item"><a href="/wiki/Special:Random"><span>Random page</span></a></li></ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">Kessingford Local History Wiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><div>
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<div id="simpleSearch" class="cdx-search-input__input-wrapper">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Kessingford Local History Wiki"
aria-label="Search Kessingford Local History Wiki"
id="searchInput"></div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet">
<div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin">
<span>Log in</span>
</a></li></ul></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-main-menu-container"></div>
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents
</h2></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mH
  .map(
    (h, i) => `<li id="toc-${h}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n')}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected
vector-tab-noicon mw-list-item"><a href="/wiki/Gedge_%26_Sons"><span>Page</span></a></li><li id="ca-talk" class="new vector-tab-noicon mw-list-item">
<a href="/index.php?title=Talk:Gedge&amp;action=edit&amp;redlink=1"><span>Discussion</span></a></li></ul></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet">
<div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Gedge"><span>Read</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Gedge&amp;action=history"><span>View history</span></a></li></ul></div>
</div></nav></div>
</div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
<div id="siteSub" class="noprint">From Kessingford Local History Wiki</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en-GB" dir="ltr">
<div class="mw-parser-output"><table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">Gedge &amp; Sons</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><a href="/wiki/File:Gedge_shopfront.jpg" class="mw-file-description">
<img src="/images/thumb/Gedge_shopfront.jpg/220px.jpg"
width="220" height="160" class="mw-file-element"></a></span><div class="infobox-caption">The shopfront in 1962</div></td></tr>
${mInfo.map((r) => `<tr><th scope="row" class="infobox-label">${r[0]}</th><td class="infobox-data">${r[1]}</td></tr>`).join('\n')}</tbody></table>
<p>${mLead}</p>
<div class="mw-heading mw-heading2"><h2 id="History">${at(mH, 0)}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Gedge&amp;action=edit&amp;section=1" title="Edit section: History"><span>edit</span></a><span class="mw-editsection-bracket">]</span>
</span></div>
${ps([at(mP, 0), at(mP, 1)])}
<div class="mw-heading mw-heading2"><h2 id="The_shop">${at(mH, 1)}</h2></div>
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Gedge_drawers.jpg" class="mw-file-description">
<img src="/images/thumb/Gedge_drawers.jpg/250px.jpg"
class="mw-file-element" width="250" height="180"></a><figcaption>Part of the drawer wall, now in Kessingford Museum</figcaption></figure>
${ps([at(mP, 2)])}<div class="mw-heading mw-heading2"><h2 id="Closure">${at(mH, 2)}</h2></div>${ps([at(mP, 3)])}
<div class="mw-heading mw-heading2"><h2 id="References">${at(mH, 3)}</h2></div><div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}">
<span class="mw-cite-backlink">${r.slice(0, r.indexOf('</a>') + 4)}</span> ${r.slice(r.indexOf('</a>') + 5)}</li>`,
  )
  .join('\n')}
</ol></div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Shops">Shops</a></li><li><a href="/wiki/Category:Fore_Street">Fore Street</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 9 November 2024,
at 16:20.</li></ul><ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Project:Privacy_policy">Privacy policy</a></li>
<li id="footer-places-about">
<a href="/wiki/Project:About">About Kessingford Local History Wiki</a></li><li id="footer-places-disclaimers">
<a href="/wiki/Project:General_disclaimer">Disclaimers</a></li>
</ul><ul id="footer-poweredbyico"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout621-mediawiki-gedge-sons',
  kind: 'wiki',
  html: mHtml,
  title: 'Gedge & Sons, Ironmongers',
  headings: mH,
  body: texts([mLead.replace(/<sup.*<\/sup>/, ''), ...mP.map((p) => p.replace(/<sup.*<\/sup>/, '')), ...mRefs.map((r) => r.slice(r.indexOf('</a>') + 5))]),
  bylines: ['This page was last edited on 9 November 2024, at 16:20.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', 'Main page', 'Recent changes', 'Random page', 'Kessingford Local History Wiki', 'Search', 'Log in',
    'Contents', '(Top)', 'Page', 'Discussion', 'Read', 'View history', 'From Kessingford Local History Wiki', '1', '2', '3', '4', 'The shopfront in 1962',
    ...mInfo.map((r) => r[0]), '[', 'edit', ']', 'Part of the drawer wall, now in Kessingford Museum', 'Categories', 'Shops', 'Privacy policy',
    'About Kessingford Local History Wiki', 'Disclaimers', '[1]', '[2]', '[3]', '↑',
  ],
};

const uTitle = 'Stocking for winter: what independent hardware stores sold last year';
const uP = [
  j(
    'Last winter our members&#39; tills told a clear story. The first frost moved more stock in a single week than the whole of October,',
    'and stores that had ordered early sold through; stores that waited spent December apologising for empty pallets.',
  ),
  j(
    'We pulled the sales data from 214 member stores for November 2024 to February 2025. Below are the lines that moved fastest,',
    'when the rush started and how much you should have on the shelf before it does.',
  ),
];
const uH = ['The big four', 'When to order', 'Don&#39;t forget the small stuff'];
const uFour = [
  '<strong>De-icing salt.</strong> Sales rose eightfold in the week of the first forecast frost. Stores with a pallet outside the door sold twice as much as ' +
    'those with bags inside.',
  '<strong>Pipe lagging and tap covers.</strong> Steady from late October, then a second peak after the first burst-pipe stories in the local news.',
  '<strong>Draught-proofing.</strong> Brush strips and letterbox seals outsold foam strip for the first time.',
  '<strong>Torches and batteries.</strong> Up 60% in areas with storm warnings, almost flat elsewhere.',
];
const uRows: [string, string, string][] = [
  ['De-icing salt', 'Mid-October', '8x in frost week'],
  ['Pipe lagging', 'Early October', '3x'],
  ['Draught excluders', 'Late September', '2.5x'],
  ['Snow shovels', 'Early November', '12x in snow week'],
];
const uSmall = j(
  'The lines that ran out most often were not the big ones. Lock de-icer, radiator keys, bleed valves and replacement thermostatic',
  'valve heads all sold out in more than half of stores. They take up almost no space; put them by the till.',
);
const uNav = ['Members', 'Suppliers', 'Events', 'Insights', 'Join'];
const uRel = ['Five things customers ask about heat pumps', 'Making the most of your shop window in spring', 'Our 2025 supplier conference: the highlights'];
const uHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${uTitle}</title>
<meta name="description" content="Sales data from 214 member stores shows what sold, and when, last winter.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://insights.northvalehardware.org/blog/stocking-for-winter">
<link rel="stylesheet" href="//7052064.fs1.hubspotusercontent-na1.net/hubfs/7052064/hub_generated/template_assets/1/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${uTitle}","author":{"@type":"Person",
"name":"Sunita Abernethy"}}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-171220 hs-blog-post hs-blog-id-16822">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"
data-hs-cos-general-type="widget" data-hs-cos-type="logo">
<a href="https://www.northvalehardware.org" id="hs-link-site_logo" style="border-width:0px;border:0px;">
<img src="https://insights.northvalehardware.org/hubfs/nv-logo.svg" class="hs-image-widget" height="48" style="height:auto;width:180px;" width="180"
alt="Northvale Hardware Buying Group"></a></span></div><div class="header__column"><div class="header__row-1"><div class="header__search header--toggle">
<div class="hs-search-field"><div class="hs-search-field__bar"><form data-hs-do-not-collect="true" action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="site_search-input">Search</label><input type="text" id="site_search-input" class="hs-search-field__input"
name="term" autocomplete="off" placeholder="Search"><button class="hs-search-field__button" aria-label="Search"></button></form></div></div></div></div>
<div class="header__row-2"><div class="header__menu header--toggle"><span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_menu"><nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">
${uNav.map((t) => `<li class="no-submenu menu-item hs-skip-lang-url-rewrite"><a href="/${t.toLowerCase()}" class="menu-link">${t}</a></li>`).join('\n')}
</ul></nav></span></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name"
class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${uTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/sunita-abernethy" rel="author">Sunita Abernethy</a>
<time datetime="2025-08-12 09:00:00" class="blog-post__timestamp">Aug 12, 2025 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(uP)}<!--more-->
<h2>${at(uH, 0)}</h2><ol>${lis(uFour)}</ol><h2>${at(uH, 1)}</h2>
<div data-hs-responsive-table="true" style="overflow-x:auto;max-width:100%;width:100%;margin-left:auto;margin-right:auto;">
<table style="border-collapse:collapse;
table-layout:fixed;width:100%;"><tbody><tr><td><strong>Category</strong></td><td><strong>Order by</strong></td><td><strong>Peak week vs average</strong></td>
</tr>
${uRows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td><td>${r[2]}</td></tr>`).join('\n')}</tbody></table></div>
<h2>${at(uH, 2)}</h2>${ps([uSmall])}
<p style="text-align:center;"><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-4f1a"><span class="hs-cta-node hs-cta-4f1a"
id="hs-cta-4f1a"><a href="https://cta-redirect.hubspot.com/cta/redirect/7052064/4f1a" class="cta_button">Download the winter order sheet</a></span></span>
<!-- end HubSpot Call-to-Action Code --></p></span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g></g></svg>
<a class="blog-post__tag-link" href="/blog/tag/seasonal-stock" rel="tag">Seasonal stock</a>,
<a class="blog-post__tag-link" href="/blog/tag/sales-data" rel="tag">Sales data</a></div></article>
<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_comments">
<div class="section post-footer"><div id="comments-listing" class="new-comments"></div><div id="hs_form_target_blog_comments"></div></div></div></section>
</div></div>
<div class="blog-related-posts"><div class="content-wrapper"><h3>Related posts</h3><div class="blog-related-posts__list">
${uRel
  .map(
    (t) => `<article class="blog-related-posts__post"><a class="blog-related-posts__post-image-wrapper" href="/blog/x"><img class="blog-related-posts__image"
src="/hubfs/x.jpg" alt="${t}"></a><div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link"
href="/blog/x">${t}</a></h3></div></article>`,
  )
  .join('\n')}</div></div></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="container-fluid footer__container">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid"><div class="span12 widget-span widget-type-cell dnd-column">
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text"><span id="hs_cos_wrapper_footer-module-1"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text"><p>Northvale Hardware Buying Group, Unit 9, Calder Park, Wakefield</p>
<p>© 2025 Northvale Hardware Buying Group</p></span></div></div></div></div></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-statusqueue="cookie-banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>This website stores cookies on your
computer. These cookies are used to improve your website experience and provide more personalised services to you.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button"
href="#">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="//js.hs-scripts.com/7052064.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout621-hubspot-winter-stock',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: texts(uH),
  body: texts([...uP, ...uFour, ...uRows.map((r) => r.join(' ')), uSmall]),
  bylines: ['Sunita Abernethy', 'Aug 12, 2025 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', ...uNav, 'Download the winter order sheet', 'Seasonal stock', 'Sales data', 'Related posts', ...uRel,
    'Northvale Hardware Buying Group, Unit 9, Calder Park, Wakefield', '© 2025 Northvale Hardware Buying Group',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT621_F: readonly TestPage[] = [mediawiki, hubspot];
