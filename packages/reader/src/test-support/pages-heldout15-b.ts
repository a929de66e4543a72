import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 15, file b: a Fandom-style game wiki article (portable-infobox, "Contents" toc, ad slots, navbox,
 * licence line, global nav and "Fan Feed") and a university library LibGuides research guide (guide tabs, boxes with
 * "Loading...", librarian profile box, "Last Updated", "Print Page", "Report a problem").
 */
const faLead = [
  'The <b>Glasswing Lantern</b> is a utility item in <i>Hollowmere</i>. It lights a small radius around the player ' +
    'and reveals hidden glyphs on walls, which are needed to open several optional vaults in the Sunken Quarter.',
  'Unlike ordinary torches, the lantern never burns out, but its light shrinks when the player is standing in deep ' +
    'water or under the effect of the Dread status.',
];
const faObtain = [
  'The lantern is given by Orsolya the glassblower after the player returns her stolen bellows from the Rookery. If the ' +
    'bellows are sold to a merchant instead, the lantern can still be bought from Orsolya for 1,200 shards, but only ' +
    'after the second bell has been rung.',
  'A cracked version of the item can also be found in a chest behind the waterfall in Brinewatch. The cracked lantern ' +
    'has half the light radius and does not reveal glyphs until it is repaired at any glassblower’s bench.',
];
const faUsage = [
  'Holding the lantern occupies the off-hand slot, so it cannot be used together with a shield or a second weapon.',
  'Glyphs revealed by the lantern stay visible for thirty seconds after the light moves away.',
  'Moths are drawn to the light and will swarm the player in the Mothwood unless the lantern is dimmed with the interact key.',
  'The lantern can be upgraded twice with Prism Dust, each upgrade widening its light radius by about a fifth.',
];
const faTrivia = [
  'In early builds of the game the lantern was called the Moth Jar, and its light flickered whenever a moth was nearby. ' +
    'The effect was removed before release because playtesters found it distracting during boss fights.',
  'The engraving on the lantern’s base reads “for the long dark” in the game’s invented script, a line also found on the final vault’s door.',
];
const faToc = ['Obtaining', 'Usage', 'Trivia', 'Gallery'];
const faInfobox: [string, string][] = [
  ['Type', 'Utility'],
  ['Slot', 'Off-hand'],
  ['Sell value', '300 shards'],
  ['Upgrades', 'Prism Dust (x2)'],
];
const faNavItems = ['Bone Whistle', 'Tidecaller Horn', 'Ember Flask', 'Rope of Returning', 'Cartographer’s Quill'];
const faGlobal = ['Games', 'Movies', 'TV', 'Video', 'Wikis'];
const faFeed = ['Every boss in Hollowmere ranked by difficulty', 'The hidden ending explained'];
const fandomHtml = `<!DOCTYPE html>
<html class="client-js" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Glasswing Lantern | Hollowmere Wiki | Fandom</title>
<meta name="description" content="The Glasswing Lantern is a utility item in Hollowmere."><meta property="og:site_name" content="Hollowmere Wiki">
<meta property="og:type" content="article"><meta name="generator" content="MediaWiki 1.39.7">
<script>var fandomContext={"site":{"wikiId":2281945,"siteName":"Hollowmere Wiki"},"page":{"articleId":5512,"ns":0}};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"Glasswing Lantern","about":{"@type":"Thing","name":"Glasswing
Lantern"},
"author":{"@type":"Organization","name":"Hollowmere Wiki Community"},"publisher":{"@type":"Organization","name":"Fandom"}}</script>
<link rel="stylesheet" href="https://hollowmere.fandom.example/load.php?lang=en&amp;modules=site.styles&amp;only=styles&amp;skin=fandomdesktop"></head>
<body class="mediawiki ltr sitedir-ltr skin-fandomdesktop rootpage-Glasswing_Lantern page-Glasswing_Lantern">
<div class="global-navigation" data-tracking-label="global-navigation"><a class="global-navigation__logo" href="https://www.fandom.example">FANDOM</a>
<nav class="global-navigation__links"><ul>${links(faGlobal, 'global-navigation__link')}</ul></nav>
<a class="wds-button global-navigation__signin" href="/signin">Sign In</a><a class="wds-button" href="/register">Register</a></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a class="fandom-community-header__community-name" href="/wiki/Hollowmere_Wiki">Hollowmere Wiki</a>
<div class="fandom-community-header__top-container"><span class="fandom-community-header__stats">1,482 pages</span></div>
<nav class="fandom-community-header__local-navigation">
<ul class="wds-tabs">${links(['Explore', 'Items', 'Areas', 'Bosses', 'Community'], 'wds-tabs__tab')}</ul></nav></header></div>
<div class="page has-right-rail"><main class="page__main" id="content"><div class="page-header" id="PageHeader">
<div class="page-header__categories"><span class="page-header__categories-in">in:</span><a href="/wiki/Category:Items">Items</a>,
<a href="/wiki/Category:Utility_items">Utility items</a></div>
<div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading"><span class="mw-page-title-main">Glasswing Lantern</span></h1></div>
<div class="page-header__actions"><a class="wds-button wds-is-text page-header__action-button" href="?action=edit">Edit</a></div></div>
<div class="top-ads-container"><div id="top_leaderboard" class="gpt-ad" data-slot-name="top_leaderboard">
</div><span class="ae-translatable-label">ADVERTISEMENT</span></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-item pi-layout-default">
<h2 class="pi-item pi-item-spacing pi-title pi-secondary-background" data-source="title">Glasswing Lantern</h2>
<figure class="pi-item pi-image" data-source="image"><a href="/wiki/File:Glasswing_Lantern.png" class="image image-thumbnail">
<img src="https://static.wikia.example/lantern.png" alt="Glasswing Lantern" class="pi-image-thumbnail"></a>
<figcaption class="pi-item-spacing pi-caption">The lantern after both upgrades</figcaption></figure>
<section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">Details</h2>
${faInfobox
  .map(
    ([k, v]) => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${k.toLowerCase()}">
<h3 class="pi-data-label pi-secondary-font">${k}</h3><div class="pi-data-value pi-font">${v}</div></div>`,
  )
  .join('\n')}
</section></aside>
${ps(faLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading">
<input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none">
<div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div>
<ul>${faToc
  .map(
    (t, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${t}">
<span class="tocnumber">${i + 1}</span> <span class="toctext">${t}</span></a></li>`,
  )
  .join('')}</ul></div>
<h2><span class="mw-headline" id="Obtaining">Obtaining</span>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="?action=edit&amp;section=1">edit</a><span class="mw-editsection-bracket">]</span></span></h2>
${ps(faObtain)}
<div id="incontent_player" class="gpt-ad incontent-ad" data-slot-name="incontent_player"><span class="ae-translatable-label">ADVERTISEMENT</span></div>
<h2><span class="mw-headline" id="Usage">Usage</span>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="?action=edit&amp;section=2">edit</a><span class="mw-editsection-bracket">]</span></span></h2>
<ul>${faUsage.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2><span class="mw-headline" id="Trivia">Trivia</span>
<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="?action=edit&amp;section=3">edit</a><span class="mw-editsection-bracket">]</span></span></h2>
${ps(faTrivia)}
<h2><span class="mw-headline" id="Gallery">Gallery</span></h2>
<div id="gallery-0" class="wikia-gallery wikia-gallery-caption-below"><div class="wikia-gallery-item">
<div class="lightbox-caption">Concept art by the studio</div></div>
<div class="wikia-gallery-item"><div class="lightbox-caption">The Moth Jar in the 2021 alpha</div></div></div>
<table class="navbox" cellspacing="0"><tbody><tr>
<th class="navbox-title" colspan="2"><span class="navbox-vde"><a href="/wiki/Template:Items">v</a> · <a href="/wiki/Template_talk:Items">d</a> ·
<a href="?action=edit">e</a></span>
<span class="navbox-heading">Items in Hollowmere</span></th></tr>
<tr><th class="navbox-group">Utility</th>
<td class="navbox-list">${faNavItems.map((t) => `<a href="/wiki/${encodeURIComponent(t)}">${t}</a>`).join(' • ')}</td></tr></tbody></table>
</div></div>
<div class="page-footer"><div class="page-footer__categories"><span>Categories</span>
<ul>${links(['Items', 'Utility items', 'Community content'], 'category-page__member')}</ul></div>
<div class="license-description">Community content is available under <a href="https://www.fandom.example/licensing">CC-BY-SA</a> unless otherwise
noted.</div></div></div>
</main>
<aside class="page__right-rail"><div id="WikiaRail"><div class="rail-module recent-wiki-activity"><h2 class="rail-module__header">Recent Wiki Activity</h2><ul>
<li><a href="/wiki/Bone_Whistle">Bone Whistle</a><span class="recent-wiki-activity__meta">edited by Quillfern 2 hours ago</span></li></ul></div>
<div id="top_boxad" class="gpt-ad" data-slot-name="top_boxad"><span class="ae-translatable-label">ADVERTISEMENT</span></div></div></aside></div>
<section class="fandom-fan-feed"><h2 class="fan-feed__title">Fan Feed</h2><ul>${links(faFeed, 'fan-feed__item')}</ul></section></div></div>
<footer class="global-footer"><h2 class="global-footer__header">Explore properties</h2>
<ul>${links(['Fandom', 'Muthead', 'Futhead', 'Fanatical'])}</ul>
<p class="global-footer__copyright">Copyright © 2025 Fandom, Inc.</p></footer>
<script src="https://static.wikia.example/mw/resources/startup.js" async></script>
</body></html>`;
const fandom: TestPage = {
  html: fandomHtml,
  name: 'heldout15-fandom-wiki',
  kind: 'wiki',
  // the infobox (title, caption, label/value rows) is furniture, a data sheet beside the prose; the toc repeats the
  // headings word for word and is in neither list (its numbers too); "Gallery" is a real section heading although it holds
  // only captions (furniture); "Items"/"Utility items" categories and the navbox are furniture; "[edit]" links are furniture;
  // the infobox values "Utility", "Slot", "Off-hand" are words of the body: left out
  title: 'Glasswing Lantern',
  headings: ['Obtaining', 'Usage', 'Trivia', 'Gallery'],
  body: [...texts(faLead), ...texts(faObtain), ...texts(faUsage), ...texts(faTrivia)],
  bylines: ['edited by Quillfern 2 hours ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'FANDOM', ...faGlobal, 'Sign In', 'Register', 'Hollowmere Wiki', '1,482 pages', 'Explore', 'Items', 'Areas', 'Bosses', 'Community', 'in:',
    'Utility items', 'Edit', 'ADVERTISEMENT', 'The lantern after both upgrades', 'Details', 'Type', 'Sell value', '300 shards', 'Upgrades',
    'Prism Dust (x2)', 'Contents', 'edit', 'Concept art by the studio', 'The Moth Jar in the 2021 alpha', 'Items in Hollowmere', ...faNavItems,
    'Categories', 'Community content', 'Community content is available under CC-BY-SA unless otherwise noted.', 'Recent Wiki Activity', 'Fan Feed',
    ...faFeed, 'Explore properties', 'Muthead', 'Futhead', 'Fanatical', 'Copyright © 2025 Fandom, Inc.',
  ],
};

const lgIntro = [
  'This guide brings together the library’s main sources for finding peer-reviewed research in public health, from ' +
    'the large subject databases to grey literature from governments and international agencies.',
  'If you are starting a literature review, begin with the search strategy tab before you open any database. A ' +
    'written plan of your concepts and synonyms will save you hours and makes your search easy to report in a methods section.',
];
const lgDb = [
  'MEDLINE (via Ovid) is the best starting point for clinical and epidemiological topics. Use the subject headings ' +
    'as well as keywords, since indexers apply them consistently across decades of records.',
  'CINAHL Complete covers nursing and allied health journals that MEDLINE indexes only partly, and it is strong on ' +
    'health promotion and community practice.',
  'Global Health indexes a large share of research from low- and middle-income countries, including reports and ' +
    'conference papers that never reach the major journals.',
  'Scopus is useful for citation searching: once you have a key paper, look at who has cited it since to find newer work on the same question.',
];
const lgGrey = [
  'Grey literature is research published outside commercial journals: government reports, working papers, theses and ' +
    'the publications of charities and international bodies. It matters in public health because much of the evidence ' +
    'on programmes and policy is never submitted to a journal at all.',
  'Search the websites of national public health agencies directly, and use the advanced search of a general search ' +
    'engine restricted to their domains. Record the date of each search, because these sites change without notice.',
];
const lgTabs = ['Home', 'Search strategy', 'Databases', 'Grey literature', 'Citing & managing references'];
const lgHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Home - Public Health: Finding the Evidence - LibGuides at Eastmoor University</title>
<meta name="description" content="Guide to databases and grey literature for public health research.">
<meta name="robots" content="noarchive"><meta property="og:title" content="Public Health: Finding the Evidence">
<link rel="stylesheet" href="https://libapps.s3.amazonaws.example/web/css2.18.4/lib/bootstrap.min.css">
<script src="https://libapps.s3.amazonaws.example/web/js2.18.4/lib/jquery.min.js"></script>
<script>springSpace.Common=springSpace.Common||{};springSpace.Common.baseURL="https://guides.eastmoor.example/";springSpace.site_id=1183;</script>
<style>#s-lg-guide-main{padding-top:10px}.s-lib-box .s-lib-box-title{background-color:#1d3c6e;color:#fff}</style></head>
<body class="s-lg-guide-body"><a id="s-lg-public-skiplink" class="alert-info" href="#s-lg-guide-main">Skip to Main Content</a>
<div id="s-lib-bc"><ol class="breadcrumb" id="s-lib-bc-list"><li><a href="https://library.eastmoor.example">Eastmoor Library</a></li>
<li><a href="https://guides.eastmoor.example/">LibGuides</a></li><li><a href="/publichealth">Public Health: Finding the Evidence</a></li>
<li class="active">Home</li></ol></div>
<div id="s-lg-tabs-container" class="container s-lib-side-borders"><div id="s-lg-guide-header" class="row">
<div class="col-md-12"><h1 id="s-lg-guide-name">Public Health: Finding the Evidence</h1>
<div id="s-lg-guide-desc-container"><span id="s-lg-guide-desc">Databases, grey literature and search help for students and staff in public health.</span></div>
<div id="s-lg-guide-header-info"><span id="s-lg-guide-header-updated"><span class="s-lg-text-greyout">Last Updated:</span> Sep 8, 2025 2:14 PM</span>
<span id="s-lg-guide-header-url"><span class="s-lg-text-greyout">URL:</span> https://guides.eastmoor.example/publichealth</span>
<a id="s-lg-guide-print-url" href="javascript:window.print();"><i class="fa fa-print"></i> Print Page</a></div>
<div id="s-lg-guide-search-box"><form><label for="s-lg-srch-cols" class="sr-only">Search this Guide</label>
<input id="s-lg-srch-cols" placeholder="Search this Guide"><button>Search</button></form></div></div></div>
<nav id="s-lg-guide-tabs" aria-label="Guide Pages"><ul class="nav nav-pills nav-stacked split-button-nav">${links(lgTabs, 's-lg-tab-top-link')}</ul></nav>
<div id="s-lg-guide-main" class="row s-lg-guide-main-page"><div id="s-lg-col-1" class="col-md-8"><div class="s-lg-col-boxes">
<div id="s-lg-box-wrapper-2284410" class="s-lg-box-wrapper-2284410"><div class="s-lib-box s-lib-box-std">
<h2 class="s-lib-box-title">Welcome</h2><div id="s-lg-box-collapse-2284410"><div class="s-lib-box-content">
<div id="s-lg-content-17719021" class="  clearfix">${ps(lgIntro)}</div></div></div></div></div>
<div id="s-lg-box-wrapper-2284411" class="s-lg-box-wrapper-2284411"><div class="s-lib-box s-lib-box-std">
<h2 class="s-lib-box-title">Key databases</h2><div class="s-lib-box-content"><div id="s-lg-content-17719022" class="s-lg-az-result">
<ul class="s-lg-link-list">${lgDb.map((t) => `<li><div class="s-lg-database-description">${t}</div></li>`).join('\n')}</ul></div></div></div></div>
<div id="s-lg-box-wrapper-2284412" class="s-lg-box-wrapper-2284412"><div class="s-lib-box s-lib-box-std">
<h2 class="s-lib-box-title">Grey literature</h2><div class="s-lib-box-content"><div id="s-lg-content-17719023" class="clearfix">${ps(lgGrey)}</div></div>
</div></div>
<div id="s-lg-box-wrapper-2284413"><div class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">Latest journal articles</h2>
<div class="s-lib-box-content"><div id="s-lg-rss-17719024" class="s-lg-rss"><span class="s-lg-rss-loading">Loading...</span></div></div></div></div>
</div></div>
<div id="s-lg-col-2" class="col-md-4"><div class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">Subject Librarian</h2>
<div class="s-lib-profile-container"><div class="s-lib-profile-image"><img src="https://libapps.s3.amazonaws.example/accounts/219/profile.jpg" alt=""></div>
<div class="s-lib-profile-name">Dr Priyanka Sethuraman</div><div class="s-lib-profile-email"><a href="mailto:p.sethuraman@eastmoor.example">Email Me</a></div>
<div class="s-lib-profile-widget"><button class="btn btn-default">Schedule Appointment</button></div>
<div class="s-lib-profile-contact"><span class="s-lib-profile-div-label">Contact:</span> Harland Library, Room 2.14, 0161 555 0192</div>
<div class="s-lib-profile-subjects"><span class="s-lib-profile-div-label">Subjects:</span> <a href="/sb.php?subject_id=4410">Nursing</a>,
<a href="/sb.php?subject_id=4411">Public Health</a></div></div></div>
<div class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">Ask a Librarian</h2><div class="s-lib-box-content">
<div id="libchat_8b12a"><span>Loading...</span></div></div></div></div></div>
<div id="s-lg-guide-prev-next" class="pull-right">
<a href="/publichealth/search-strategy">Next: Search strategy &gt;&gt;</a></div></div>
<div id="s-lg-guide-tags" class="s-lg-tags"><span class="s-lg-tags-label">Tags:</span>
<a href="/srch.php?tag=epidemiology">epidemiology</a>, <a href="/srch.php?tag=systematic%20reviews">systematic reviews</a></div>
<div id="s-lib-footer-public" class="s-lib-footer">
<div id="s-lib-footer-brand">Powered by Springshare.</div>
<div id="s-lib-footer-rights">All rights reserved.</div>
<div id="s-lib-footer-report-problem"><a href="/problem?guide=1183">Report a problem.</a></div>
<div id="s-lib-footer-login-link"><a href="https://eastmoor.libapps.example/libapps/login.php?site_id=1183">Login to LibApps</a></div></div>
<script type="text/javascript">jQuery(document).ready(function(){springSpace.UI.initPopOvers();});</script>
</body></html>`;
const libguide: TestPage = {
  html: lgHtml,
  name: 'heldout15-libguides-guide',
  kind: 'docs',
  // the guide name (h1) is the title, and the box titles are the section headings; "Latest journal articles" and the
  // librarian's boxes hold only widgets (Loading..., profile): their titles are furniture; the guide description line
  // under the title is the guide's own summary but a template field repeated on every page of the guide: furniture;
  // "Last Updated: ..." is a dateline (byline), and the librarian's name a byline; the tabs "Search strategy" and
  // "Databases" and the "Search" button are words of the body: left out
  title: 'Public Health: Finding the Evidence',
  headings: ['Welcome', 'Key databases', 'Grey literature'],
  body: [...texts(lgIntro), ...texts(lgDb), ...texts(lgGrey)],
  bylines: ['Last Updated: Sep 8, 2025 2:14 PM', 'Dr Priyanka Sethuraman'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Eastmoor Library', 'LibGuides', 'Databases, grey literature and search help for students and staff in public health.',
    'URL: https://guides.eastmoor.example/publichealth', 'Print Page', 'Search this Guide', 'Citing & managing references', 'Latest journal articles',
    'Loading...', 'Subject Librarian', 'Email Me', 'Schedule Appointment', 'Contact: Harland Library, Room 2.14, 0161 555 0192',
    'Subjects: Nursing, Public Health', 'Ask a Librarian', 'Next: Search strategy >>', 'Powered by Springshare.', 'All rights reserved.',
    'Report a problem.', 'Login to LibApps', 'Tags: epidemiology, systematic reviews',
  ],
};

export const HELDOUT15_B: readonly TestPage[] = [fandom, libguide];
