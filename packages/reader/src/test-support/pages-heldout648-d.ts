import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout648-kit.js';

/**
 * Held-out batch 648, file d: a ceilidh dance's article on a MediaWiki wiki (Vector 2022 skin, infobox, table of contents,
 * edit links, categories), and a tap studio's summer intensive announcement on Webflow (CMS template page with a form).
 */
const mTitle = 'Strip the Willow';
const mHeads = ['Formation', 'The dance', 'Music', 'Variations', 'Orcadian version', 'Teaching notes'];
const mIntro = [
  j(
    '<b>Strip the Willow</b> is a progressive country dance for sets of four to six couples, danced at ceilidhs throughout',
    'Scotland and the north of England. It is known for its fast birls and is usually one of the last dances of the evening.',
  ),
];
const mForm = [
  j(
    'Couples stand in two lines facing their partners, men with their left shoulders to the band and women opposite. The',
    'first couple is the couple nearest the band.',
  ),
];
const mSteps = [
  'Bars 1–8: the first couple birl each other with a right-hand or elbow grip.',
  'Bars 9–16: the first woman turns the second man by the left arm, then her partner by the right, and so on down the line of men.',
  'Bars 17–24: on reaching the bottom, the first couple birl once more, and the first man works his way back up the women\u2019s line.',
  'Bars 25–32: the first couple meet at the top and strip down the set together, each turning the dancers on their own side.',
];
const mAfter = [
  j(
    'When the first couple reach the bottom they stay there, and the new first couple begin at once. The dance continues until',
    'every couple has had a turn, which in a long set can take twenty minutes.',
  ),
];
const mMusic = [
  j(
    'The dance is normally played in 6/8 jig time, at a brisk tempo of about 120 beats a minute. Bands often choose a set of',
    'three or four jigs, such as "The Lass o\u2019 Glenbuie" and "Calum\u2019s Road", and raise the key for the final tune.',
  ),
];
const mVar = [
  j(
    'In Orkney and parts of Caithness the dance is done with the lines turned so that couples start side by side facing the',
    'band, and the stripping is done by both partners at once.',
  ),
];
const mTeach = [
  j(
    'Callers usually walk the first couple through the pattern before the music starts. Dancers new to the dance are advised',
    'to take the second or third place rather than first, so that they can watch one couple go through it.',
  ),
  j(
    'Because of the speed of the birls, dancers should keep their grips short and their arms firm. Callers at crowded events',
    'often ask sets to keep well apart.',
  ),
];
const mInfo = [
  ['Type', 'Progressive jig'],
  ['Bars', '32 per turn'],
  ['Formation', 'Longways, 4–6 couples'],
];
const mCats = ['Progressive dances', 'Jigs', 'Scottish country dances'];
const mToc = mHeads.map(
  (h, i) => `<li class="vector-toc-list-item vector-toc-level-${i === 4 ? 2 : 1}"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i < 4 ? i + 1 : i === 4 ? '4.1' : 5}</span><span>${h}</span></div></a></li>`,
);
const mH = (h: string, lv: number, n: number): string => `<div class="mw-heading mw-heading${lv}"><h${lv} id="${h.replace(/ /g, '_')}">${h}</h${lv}>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Strip_the_Willow&amp;action=edit&amp;section=${n}"
title="Edit section: ${h}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1
vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Strip the Willow - Ceilidh Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Strip_the_Willow","wgTitle":"Strip the Willow","wgCurRevisionId":4817,"wgArticleId":233,
"wgIsArticle":true,"wgAction":"view"};RLSTATE={"skins.vector.styles":"ready","mediawiki.page.gallery.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.icons%2Cstyles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><meta name="format-detection" content="telephone=no"><meta name="viewport" content="width=1120">
<link rel="edit" title="Edit" href="/index.php?title=Strip_the_Willow&amp;action=edit"><link rel="canonical"
href="https://ceilidhwiki.org/wiki/Strip_the_Willow"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Strip_the_Willow rootpage-Strip_the_Willow
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right" title="Main menu">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--weight-quiet cdx-button--icon-only" aria-hidden="true"><span
class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container" class="vector-unpinned-container"><div id="vector-main-menu"
class="vector-main-menu vector-pinnable-element">
<div class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-unpinned" data-feature-name="main-menu-pinned"
data-pinnable-element-id="vector-main-menu"><div class="vector-pinnable-header-label">Main menu</div></div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">
${links(['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'], 'mw-list-item')}</ul></div></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">Ceilidh Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box">
<div class="vector-typeahead-search-container"><div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail"><form action="/index.php"
id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved"><div class="cdx-text-input cdx-text-input--has-start-icon">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Ceilidh Wiki" aria-label="Search Ceilidh Wiki" autocapitalize="sentences"
title="Search Ceilidh Wiki [f]" accesskey="f" id="searchInput"><span class="cdx-text-input__icon cdx-text-input__start-icon"></span></div></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div
class="vector-menu-content"><ul class="vector-menu-content-list">
${links(['Create account', 'Log in'], 'user-links-collapsible-item mw-list-item')}</ul></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel" class="vector-main-menu-landmark"
aria-label="Site"><div id="vector-main-menu-pinned-container" class="vector-pinned-container"></div></nav></div></div>
<div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc"
class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned" data-feature-name="toc-pinned"
data-pinnable-element-id="vector-toc"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-toc.pin">move to sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>
${mToc.join('\n')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div
id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Strip_the_Willow" title="View the content page [c]" accesskey="c">
<span>Page</span></a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/index.php?title=Talk:Strip_the_Willow&amp;action=edit&amp;redlink=1" rel="discussion">
<span>Discussion</span></a></li></ul></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><div
class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Strip_the_Willow"><span>Read</span></a></li><li id="ca-edit"
class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Strip_the_Willow&amp;action=edit" accesskey="e"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Strip_the_Willow&amp;action=history" accesskey="h">
<span>View history</span></a></li></ul></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div
class="mw-indicators"></div>
<div id="siteSub" class="noprint">From Ceilidh Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox" style="width:22em"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(mIntro)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Strip_the_willow_hall.jpg" class="mw-file-description"><img
src="/images/thumb/a/a4/Strip_the_willow_hall.jpg/250px-Strip_the_willow_hall.jpg" decoding="async" width="250" height="167" class="mw-file-element"></a>
<figcaption>A set stripping the willow at a village hall ceilidh</figcaption></figure>
${mH(at(mHeads, 0), 2, 1)}${ps(mForm)}
${mH(at(mHeads, 1), 2, 2)}<ol>${lis(mSteps)}</ol>${ps(mAfter)}
${mH(at(mHeads, 2), 2, 3)}${ps(mMusic)}
${mH(at(mHeads, 3), 2, 4)}${mH(at(mHeads, 4), 3, 5)}${ps(mVar)}
${mH(at(mHeads, 5), 2, 6)}${ps(mTeach)}
<!-- NewPP limit report Parsed by mw1 Cached time: 20260503211402 -->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1" style="border: none; position: absolute;">
</noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://ceilidhwiki.org/index.php?title=Strip_the_Willow&amp;oldid=4817">
https://ceilidhwiki.org/index.php?title=Strip_the_Willow&amp;oldid=4817</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div>
</div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 May 2026, at 21:14.</li>
<li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow"
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(['Privacy policy', 'About Ceilidh Wiki', 'Disclaimers'])}</ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const wikiStrip: TestPage = {
  name: 'heldout648-ceilidh-strip-willow-mediawiki',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([...mIntro, ...mForm, ...mSteps, ...mAfter, ...mMusic, ...mVar, ...mTeach]),
  bylines: ['This page was last edited on 3 May 2026, at 21:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', 'Main page', 'Recent changes', 'Random page', 'Help about MediaWiki', 'Ceilidh Wiki', 'Search',
    'Create account', 'Log in', 'Contents', 'move to sidebar', 'hide', '(Top)', '2', '3', '4', '4.1', '5', 'Page', 'Discussion', 'Read', 'Edit',
    'View history', 'From Ceilidh Wiki', 'Type', 'Progressive jig', '32 per turn', 'Longways, 4–6 couples',
    'A set stripping the willow at a village hall ceilidh',
    'Retrieved from "https://ceilidhwiki.org/index.php?title=Strip_the_Willow&oldid=4817"', 'Categories', ...mCats.filter((c) => c !== 'Jigs'),
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About Ceilidh Wiki', 'Disclaimers',
  ],
};

const fTitle = 'Summer Tap Intensive 2026';
const fIntro = 'Five days of rhythm tap for teens and adults, with guest teacher Cyrus Obeng and a Friday night jam.';
const fFacts = [
  ['Dates', 'Monday 27 – Friday 31 July 2026'],
  ['Times', '10am – 4pm daily'],
  ['Levels', 'Intermediate and advanced, age 14+'],
  ['Price', '£285, or £260 if booked before 1 June'],
];
const fBody = [
  j(
    'Our summer intensive is back for its sixth year. Each day starts with a technique class, moves on to musicality and',
    'improvisation after lunch, and ends with repertoire. By Friday every group will have a short piece to show at the jam.',
  ),
  j(
    'This year we are thrilled to welcome Cyrus Obeng, who has taught rhythm tap across Europe and danced in the touring',
    'production of Steps in Time. Cyrus will lead the improvisation sessions and a masterclass on trading fours with a live trio.',
  ),
  'What to bring',
  'Tap shoes, plus trainers for the warm-up',
  'A packed lunch and a water bottle (there is a café next door)',
  'A notebook for the musicality sessions',
  j(
    'Places are limited to 36 dancers so that each group stays small. Payment secures your place; we can offer payment in two',
    'instalments if you ask when you book.',
  ),
];
const fNav = ['Classes', 'Workshops', 'Teachers', 'Studio Hire', 'Contact'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Apr 14 2026 09:21:44 GMT+0000
(Coordinated Universal Time) -->
<html data-wf-domain="www.ironheeltap.com" data-wf-page="65f1c2a3b4d5e6f708192a3b" data-wf-site="65f1c2a3b4d5e6f708192a10"
data-wf-collection="65f1c2a3b4d5e6f708192a44" data-wf-item-slug="summer-tap-intensive-2026">
<head><meta charset="utf-8"><title>${fTitle} | Iron Heel Tap</title><meta content="${fIntro}" name="description">
<meta content="${fTitle} | Iron Heel Tap" property="og:title"><meta property="og:type" content="website"><meta content="summary_large_image"
name="twitter:card">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f1c2a3b4d5e6f708192a10/css/iron-heel-tap.webflow.2b7c1d.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"${fTitle}","startDate":"2026-07-27","endDate":"2026-07-31",
"location":{"@type":"Place","name":"Iron Heel Tap Studio"}}</script></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img
src="https://assets-global.website-files.com/65f1c2a3b4d5e6f708192a10/logo-ironheel.svg" loading="lazy" alt="Iron Heel Tap" class="logo"></a>
<nav role="navigation"
class="nav-menu w-nav-menu">${fNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="/book" class="nav-button w-button">Book now</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-hero event-hero"><div class="container-narrow w-container"><a href="/workshops" class="back-link w-inline-block">
<div>← All workshops</div></a>
<div class="event-tag">Workshop</div><h1 class="heading-event">${fTitle}</h1><p class="event-intro">${fIntro}</p></div></div>
<div class="section"><div class="container-narrow w-container"><div class="w-layout-grid event-details-grid">
${fFacts.map(([k, v]) => `<div class="event-detail"><div class="label-small">${k}</div>\n<div class="detail-text">${v}</div></div>`).join('\n')}</div>
<div class="rich-text-block w-richtext">${ps(fBody.slice(0, 2))}<h3>${at(fBody, 2)}</h3><ul
role="list">${lis(fBody.slice(3, 6))}</ul>${ps([at(fBody, 6)])}</div>
<div class="form-block w-form"><h3 class="form-heading">Join the waiting list</h3><form id="wf-form-Waiting-list" name="wf-form-Waiting-list"
data-name="Waiting list" method="get" class="waiting-form" data-wf-page-id="65f1c2a3b4d5e6f708192a3b" data-wf-element-id="b1c2d3e4">
<label for="Name">Name</label><input class="text-field w-input" maxlength="256" name="Name" data-name="Name" placeholder="" type="text" id="Name" required="">
<label for="Email">Email address</label><input class="text-field w-input" maxlength="256" name="Email" data-name="Email" placeholder="" type="email"
id="Email" required="">
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Add me to the list"></form>
<div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Waiting list success">
<div>Thank you! We will email you as soon as a place opens up.</div></div>
<div class="error-message w-form-fail" tabindex="-1" role="region" aria-label="Waiting list failure">
<div>Oops! Something went wrong while submitting the form.</div></div></div></div></div>
<div class="section more-events"><div class="container w-container"><h2 class="section-heading">More workshops</h2><div class="w-dyn-list"><div role="list"
class="events-list w-dyn-items">
<div role="listitem" class="w-dyn-item"><a href="/workshops/improv-saturday-june" class="event-card w-inline-block"><div class="card-date">13 June 2026</div>
<h4 class="card-title">Improv Saturday</h4></a></div>
<div role="listitem" class="w-dyn-item"><a href="/workshops/cramp-roll-clinic" class="event-card w-inline-block"><div class="card-date">4 July 2026</div><h4
class="card-title">Cramp Roll Clinic for Beginners</h4></a></div>
</div></div></div></div>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-col"><div class="footer-heading">Iron Heel Tap</div>
<p class="footer-text">Unit 4, Foundry Yard, Coldharbour Road, Bristow BS9 7QA</p></div><div class="footer-col"><div class="footer-heading">Follow</div>
<a href="https://instagram.com/ironheeltap" class="footer-link">Instagram</a><a href="https://youtube.com/@ironheeltap" class="footer-link">YouTube</a></div>
</div>
<div class="footer-bottom"><div class="small-text">© 2026 Iron Heel Tap Ltd. All rights reserved.</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1c2a3b4d5e6f708192a10" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65f1c2a3b4d5e6f708192a10/js/webflow.4c1b2a.js" type="text/javascript"></script></body></html>`;
const webflowIntensive: TestPage = {
  name: 'heldout648-tap-intensive-webflow',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: [at(fBody, 2)],
  body: texts([fIntro, ...fFacts.map(([k, v]) => `${k} ${v}`), ...fBody.filter((_, i) => i !== 2)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Classes', 'Workshops', 'Teachers', 'Studio Hire', 'Contact', 'Book now', '← All workshops', 'Workshop', 'Join the waiting list', 'Name', 'Email address',
    'Thank you! We will email you as soon as a place opens up.', 'Oops! Something went wrong while submitting the form.', 'More workshops',
    '13 June 2026', 'Improv Saturday', '4 July 2026', 'Cramp Roll Clinic for Beginners', 'Iron Heel Tap',
    'Unit 4, Foundry Yard, Coldharbour Road, Bristow BS9 7QA',
    'Follow', 'Instagram', 'YouTube', '© 2026 Iron Heel Tap Ltd. All rights reserved.',
  ],
};

export const HELDOUT648_D: readonly TestPage[] = [wikiStrip, webflowIntensive];
