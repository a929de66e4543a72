import { links, ps, type TestPage } from './page-kit.js';
import { at, j, lis, row, tr } from './pages-heldout690-kit.js';

/**
 * Held-out batch 690, file d: a cycling club wiki page on MediaWiki (Vector legacy skin) with a table of signals, and a wheel
 * building service page on Webflow with an enquiry form.
 */
const mTitle = 'Group riding signals';
const mSignals = [
  ['Arm pointing down to the left or right', 'Pothole, drain or debris on that side', 'Every rider passes it back'],
  ['Flat hand waved behind the back', 'Move over: parked car or obstacle ahead', 'Front riders, before the group moves out'],
  ['Raised open hand', 'Slowing or stopping', 'Anyone braking harder than normal'],
  ['Finger circling above the head', 'Change of pace line or rotation', 'Ride leader only'],
];
const mBody = [
  j(
    'On Kestrel CC rides the group talks with its hands as well as its voice. Calls are easy to lose in the wind, so every',
    'warning is also given as a signal, and every signal is passed back down the line until it reaches the last rider.',
  ),
  j(
    'This page lists the signals the club uses. They follow the common British conventions, with one or two local habits.',
    'New members are shown them on their first ride; if you are unsure, ask the ride leader before the start.',
  ),
  'Hand signals',
  ...mSignals.map(row),
  'Spoken calls',
  '"Car back": a vehicle is coming up behind the group. Ride single file if the leader says so.',
  '"Car up": a vehicle is coming towards the group on a narrow lane.',
  '"Clear": said at junctions only by the rider who can see. Everyone still checks for themselves.',
  '"Stopping": the group is about to stop, usually for a puncture or a regroup.',
  'Passing signals back',
  j(
    'Signals are only useful if they travel. Each rider repeats a signal as soon as they see it, even if they think the rider',
    'behind has seen the original. On fast descents, calls replace hand signals, as riders should keep both hands on the bars.',
  ),
  'See also',
  'Club ride guidelines',
  'Winter riding',
];
const mToc = ['1 Hand signals', '2 Spoken calls', '3 Passing signals back', '4 See also'];
const mEdit = `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Group_riding_signals&amp;action=edit&amp;section=1" title="Edit section">edit</a>
<span class="mw-editsection-bracket">]</span></span>`;
const mH2 = (t: string): string => `<h2><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span>${mEdit}</h2>`;
const mNav = ['Main page', 'Ride calendar', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mFoot = ['Privacy policy', 'About Kestrel CC Wiki', 'Disclaimers'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${mTitle} - Kestrel CC Wiki</title>
<script>document.documentElement.className="client-js";RLCONF={"wgBreakFrames":false,"wgSeparatorTransformTable":["",""],"wgCanonicalNamespace":"",
"wgPageName":"Group_riding_signals","wgTitle":"Group riding
signals","wgCurRevisionId":1842,"wgRevisionId":1842,"wgArticleId":212,"wgIsArticle":true,"wgAction":"view","wgUserName":null,"wgCategories":["Riding
skills","Club
rides"]};RLSTATE={"site.styles":"ready","skins.vector.styles.legacy":"ready"};RLPAGEMODULES=["site","mediawiki.page.ready","mediawiki.toc",
"skins.vector.legacy.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.39.6"><meta name="viewport" content="width=1000">
<link rel="search" type="application/opensearchdescription+xml" href="/opensearch_desc.php" title="Kestrel CC Wiki (en)">
<link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">
<link rel="canonical" href="https://wiki.kestrelcc.org/index.php/Group_riding_signals">
</head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Group_riding_signals rootpage-Group_riding_signals skin-vector
action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"></div><div class="mw-indicators"></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="contentSub"></div><div id="contentSub2"></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
${ps(mBody.slice(0, 2))}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading">
<input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none" />
<div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div>
<ul>${mToc
  .map(
    (t, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${t.slice(2).replace(/ /g, '_')}">
<span class="tocnumber">${t.slice(0, 1)}</span> <span class="toctext">${t.slice(2)}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${mH2(at(mBody, 2))}
<table class="wikitable"><tbody><tr><th>Signal</th><th>Meaning</th><th>Who gives it</th></tr>
${mSignals.map((r) => tr(r)).join('\n')}
</tbody></table>
${mH2(at(mBody, 7))}
<ul>${lis(mBody.slice(8, 12))}</ul>
${mH2(at(mBody, 12))}
${ps([at(mBody, 13)])}
${mH2(at(mBody, 14))}
<ul>${mBody
  .slice(15)
  .map((t) => `<li><a href="/index.php/${t.replace(/ /g, '_')}" title="${t}">${t}</a></li>`)
  .join('\n')}</ul>
<!-- NewPP limit report Parsed by mw1 Cached time: 20260303211402 Cache expiry: 86400 CPU time usage: 0.021 seconds -->
</div><div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr"
href="https://wiki.kestrelcc.org/index.php?title=Group_riding_signals&amp;oldid=1842">
https://wiki.kestrelcc.org/index.php?title=Group_riding_signals&amp;oldid=1842</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/index.php/Special:Categories" title="Special:Categories">Categories</a>:
<ul><li><a href="/index.php/Category:Riding_skills" title="Category:Riding skills">Riding skills</a></li><li>
<a href="/index.php/Category:Club_rides" title="Category:Club rides">Club rides</a></li></ul></div></div>
</div></div>
<div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head">
<nav id="p-personal" class="vector-menu mw-portlet mw-portlet-personal vector-user-menu-legacy" aria-labelledby="p-personal-label" role="navigation">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="pt-anonuserpage" class="mw-list-item"><span>Not logged in</span></li>
<li id="pt-anontalk" class="mw-list-item"><a href="/index.php/Special:MyTalk" title="Discussion about edits from this IP address [n]" accesskey="n">
<span>Talk</span></a></li>
<li id="pt-login" class="mw-list-item"><a href="/index.php?title=Special:UserLogin&amp;returnto=Group+riding+signals"
title="You are encouraged to log in; however, it is not mandatory [o]" accesskey="o"><span>Log in</span></a></li></ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu mw-portlet mw-portlet-namespaces vector-menu-tabs vector-menu-tabs-legacy"
aria-labelledby="p-namespaces-label" role="navigation">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected mw-list-item">
<a href="/index.php/Group_riding_signals" title="View the content page [c]" accesskey="c"><span>Page</span></a></li>
<li id="ca-talk" class="new mw-list-item">
<a href="/index.php?title=Talk:Group_riding_signals&amp;action=edit&amp;redlink=1" rel="discussion"
title="Discussion about the content page (page does not exist) [t]" accesskey="t"><span>Discussion</span></a></li></ul></div></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu mw-portlet mw-portlet-views vector-menu-tabs vector-menu-tabs-legacy"
aria-labelledby="p-views-label" role="navigation">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected mw-list-item">
<a href="/index.php/Group_riding_signals"><span>Read</span></a></li>
<li id="ca-viewsource" class="mw-list-item">
<a href="/index.php?title=Group_riding_signals&amp;action=edit" title="This page is protected.&#10;You can view its source [e]" accesskey="e">
<span>View source</span></a></li>
<li id="ca-history" class="mw-list-item">
<a href="/index.php?title=Group_riding_signals&amp;action=history" title="Past revisions of this page [h]" accesskey="h"><span>View history</span>
</a></li></ul></div></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><div>
<form action="/index.php" id="searchform" class="vector-search-box-form">
<div id="simpleSearch" class="vector-search-box-inner">
<input class="vector-search-box-input" type="search" name="search" placeholder="Search Kestrel CC Wiki" aria-label="Search Kestrel CC Wiki"
autocapitalize="sentences" title="Search Kestrel CC Wiki [f]" accesskey="f" id="searchInput">
<input type="hidden" value="Special:Search" name="title">
<input class="searchButton" type="submit" name="go" title="Go to a page with this exact name if it exists" id="searchButton" value="Go"></div></form>
</div></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/index.php/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation vector-menu-portal portal" aria-labelledby="p-navigation-label"
role="navigation"><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mNav, 'mw-list-item')}</ul></div></nav>
<nav id="p-tb" class="vector-menu mw-portlet mw-portlet-tb vector-menu-portal portal" aria-labelledby="p-tb-label" role="navigation">
<h3 id="p-tb-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Tools</span></h3>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 March 2026, at 21:14.</li>
<li id="footer-info-copyright">Content is available under <a class="external" rel="nofollow"
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki_88x31.png" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script>
</body></html>`;
const wiki: TestPage = {
  name: 'heldout690-group-signals-mediawiki',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [2, 7, 12, 14].map((i) => at(mBody, i)),
  body: mBody.filter((_, i) => ![2, 7, 12, 14].includes(i)),
  bylines: ['This page was last edited on 3 March 2026, at 21:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to navigation', 'Jump to search', 'Contents', '1', '2', '3', '4', 'edit', 'Categories', 'Riding skills', 'Club rides',
    'Navigation menu', 'Not logged in', 'Talk', 'Log in', 'Discussion', 'Read', 'View source', 'View history', ...mNav, 'Tools', ...mTools,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

const bTitle = 'Hand-built wheels, laced in Kirkby Vale';
const bDek = 'Every wheel we build is trued, tensioned and stress-relieved by hand, then checked again after its first 200 km.';
const bBody = [
  j(
    'Factory wheels are built by machines to a price. Ours are built one at a time by Ana Ferreira, who has been lacing wheels',
    'in our workshop since 2014. She picks the hub, rim and spokes for your weight, your riding and your budget, and then',
    'builds them to an even tension that keeps a wheel true for years.',
  ),
  'How it works',
  'Tell us about your riding using the form below: your weight, the bike, and what you want the wheels to do.',
  'We send you two or three builds with prices, usually within two working days.',
  'Once you choose, we order the parts and build the wheels in about ten working days.',
  'Collect them from the workshop, or we post them to you fully insured.',
  'Prices',
  j(
    'A pair of hand-built road or gravel wheels starts at £420 with alloy rims and sealed-bearing hubs. Dynamo front wheels',
    'start at £260. Labour alone, with your own parts, is £70 a wheel. Every build comes with a free re-tension within six months.',
  ),
];
const bNav = ['Wheels', 'Servicing', 'Journal', 'About', 'Contact'];
const bHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Tue Oct 13 2026 09:21:44 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.valewheelworks.com" data-wf-page="64f0c1a2b3d4e5f6a7b8c9d0" data-wf-site="64f0c1a2b3d4e5f6a7b8c9a1" lang="en"><head>
<meta charset="utf-8"/>
<title>Hand-built Wheels | Vale Wheelworks</title><meta content="Custom hand-built bicycle wheels from Kirkby Vale." name="description"/>
<meta content="Hand-built Wheels | Vale Wheelworks" property="og:title"/><meta content="width=device-width, initial-scale=1" name="viewport"/>
<meta content="Webflow" name="generator"/>
<link href="https://assets-global.website-files.com/64f0c1a2b3d4e5f6a7b8c9a1/css/vale-wheelworks.webflow.shared.8a7b6c5d4.css" rel="stylesheet"
type="text/css"/>
<script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js" type="text/javascript"></script>
<script type="text/javascript">WebFont.load({google:{families:["Inter:400,600,700"]}});</script>
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c
instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://assets-global.website-files.com/64f0c1a2b3d4e5f6a7b8c9a1/favicon.png" rel="shortcut icon" type="image/x-icon"/></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand w--current">
<img src="https://assets-global.website-files.com/64f0c1a2b3d4e5f6a7b8c9a1/logo.svg" loading="lazy" alt="Vale Wheelworks" class="logo"/></a>
<nav role="navigation" class="nav-menu w-nav-menu">${bNav
  .map(
    (t) => `<a href="/${t.toLowerCase()}"
class="nav-link w-nav-link${t === 'Wheels' ? ' w--current' : ''}">${t}</a>`,
  )
  .join('')}
<a href="#enquire" class="nav-button w-button">Start a build</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="hero-section"><div class="hero-container w-container"><h1 class="hero-heading">${bTitle}</h1><p class="hero-paragraph">${bDek}</p>
</div></section>
<section class="content-section"><div class="w-layout-blockcontainer container-narrow w-container"><div class="rich-text-block w-richtext">
${ps(bBody.slice(0, 1))}
<h2>${at(bBody, 1)}</h2><ol role="list">${lis(bBody.slice(2, 6))}</ol>
<h2>${at(bBody, 6)}</h2>${ps(bBody.slice(7))}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/64f0c1a2b3d4e5f6a7b8c9a1/truing-stand.jpg" loading="lazy" alt="Wheel in a truing stand"/></div>
<figcaption>A 32-spoke dynamo wheel on the truing stand.</figcaption></figure></div></div></section>
<section id="enquire" class="form-section"><div class="w-container"><h2 class="form-heading">Start a build</h2><div class="form-block w-form">
<form id="wf-form-Wheel-Enquiry" name="wf-form-Wheel-Enquiry" data-name="Wheel Enquiry" method="get" class="enquiry-form" aria-label="Wheel Enquiry">
<label for="name" class="field-label">Name</label>
<input class="text-field w-input" maxlength="256" name="name" data-name="Name" placeholder="" type="text" id="name" required=""/>
<label for="email" class="field-label">Email</label>
<input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="" type="email" id="email" required=""/>
<label for="wheel-type" class="field-label">What are the wheels for?</label>
<select id="wheel-type" name="wheel-type" data-name="Wheel type" class="select-field w-select">
<option value="">Select one...</option><option value="Road">Road</option><option value="Gravel">Gravel</option>
<option value="Touring">Touring</option><option value="Dynamo">Dynamo</option></select>
<label for="message" class="field-label">Tell us about your riding</label>
<textarea id="message" name="message" maxlength="5000" data-name="Message" class="textarea w-input"></textarea>
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Send enquiry"/></form>
<div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Wheel Enquiry success">
<div>Thank you! Ana will be in touch within two working days.</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Wheel Enquiry failure">
<div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="w-container"><div class="footer-grid w-layout-grid"><div><div class="footer-title">Vale Wheelworks</div>
<p class="footer-text">Unit 4, Tannery Yard, Kirkby Vale</p></div>
<div><div class="footer-title">Opening hours</div><p class="footer-text">Mon-Fri 10-6 and by appointment</p></div></div>
<div class="footer-copyright">© 2026 Vale Wheelworks. All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64f0c1a2b3d4e5f6a7b8c9a1" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/64f0c1a2b3d4e5f6a7b8c9a1/js/webflow.4e3d2c1b.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout690-wheel-building-webflow',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: [at(bBody, 1), at(bBody, 6)],
  body: [bDek, ...bBody.filter((_, i) => ![1, 6].includes(i))],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bNav.filter((t) => !['Wheels', 'About'].includes(t)), 'Start a build', 'A 32-spoke dynamo wheel on the truing stand.', 'Name', 'Email',
    'What are the wheels for?', 'Vale Wheelworks', 'Unit 4, Tannery Yard, Kirkby Vale', 'Opening hours', 'Mon-Fri 10-6 and by appointment',
    '© 2026 Vale Wheelworks. All rights reserved.',
  ],
};

export const HELDOUT690_D: readonly TestPage[] = [wiki, webflow];
