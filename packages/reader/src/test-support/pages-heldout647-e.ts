import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout647-kit.js';

/**
 * Held-out batch 647, file e: a local history wiki's article on an ice arena on MediaWiki (Vector 2022 skin) with an infobox,
 * table of contents, references and categories, and a roller rink's birthday party page on Webflow with package cards and a form.
 */
const kTitle = 'Millbrook Ice Arena';
const kHeads = ['History', 'Early years', 'Renovation and the Millbrook Mariners', 'Facilities', 'References'];
const kLead = [
  j(
    '<b>Millbrook Ice Arena</b> is a public ice rink on Canal Street in Millbrook, Northvale. Opened in 1974, it is the oldest',
    'operating indoor rink in the county and the home venue of the Millbrook Mariners ice hockey club.<sup id="cite_ref-1" class="reference">',
    '<a href="#cite_note-1">[1]</a></sup>',
  ),
];
const kEarly = [
  j(
    'The arena was built by the Millbrook Borough Council on the site of a former grain warehouse, at a cost of £410,000. It was',
    'designed by the borough architect, Walter Pennick, with a barrel-vaulted timber roof that was unusual for rinks of the period.',
    'The first public session was held on 2 March 1974 and attracted more than 1,300 skaters in a single day.<sup id="cite_ref-2" class="reference">',
    '<a href="#cite_note-2">[2]</a></sup>',
  ),
  j(
    'Through the late 1970s the rink hosted a weekly ice disco and an annual pantomime on ice, which ran for eighteen seasons.',
    'Figure skating lessons were introduced in 1976 and led to the founding of the Millbrook Skating Club two years later.',
  ),
];
const kReno = [
  j(
    'By the early 1990s the original refrigeration plant was failing, and the rink closed for the whole of the 1993 season. A',
    'campaign by local skaters raised £120,000 towards a new plant, and the council agreed to fund the rest of the work, which also',
    'added a second floor of changing rooms and a café overlooking the ice.<sup id="cite_ref-3" class="reference"><a href="#cite_note-3">[3]</a></sup>',
  ),
  j(
    'The Millbrook Mariners were founded in 1995 and moved into the renovated arena the same year. The club won the regional league',
    'in 2004 and 2011, and its junior section now fields teams at five age levels.',
  ),
];
const kFac = [
  'The ice pad measures 56 by 26 metres, slightly smaller than a standard international rink.',
  'Spectator seating for 820, most of it on the east side.',
  'A skate hire counter with around 600 pairs of skates.',
  'A café, a small pro shop and a first aid room.',
];
const kRefs = [
  '"New rink opens to crowds". <i>Northvale Gazette</i>. 3 March 1974.',
  'Pennick, Walter (1975). <i>Building for Leisure in Millbrook</i>. Millbrook Borough Council.',
  '"Skaters save the ice". <i>Millbrook Weekly</i>. 18 August 1994.',
];
const kInfo = [
  ['Address', 'Canal Street, Millbrook'],
  ['Opened', '2 March 1974'],
  ['Renovated', '1994'],
  ['Owner', 'Millbrook Borough Council'],
  ['Capacity', '820'],
  ['Tenants', 'Millbrook Mariners (1995 to present)'],
];
const kMain = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const kTabs = ['Article', 'Talk', 'Read', 'Edit', 'View history', 'Tools'];
const kCats = ['Ice rinks in Northvale', 'Buildings in Millbrook', 'Sports venues opened in 1974'];
const kFoot = ['Privacy policy', 'About Northvale Wiki', 'Disclaimers'];
const kId = (h: string): string => h.replace(/ /g, '_');
const kEdit = (n: number, h: string): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Millbrook_Ice_Arena&amp;action=edit&amp;section=${n}"
title="Edit section: ${h}"><span>edit</span></a><span class="mw-editsection-bracket">]</span></span>`;
const kH = (lvl: number, n: number, h: string): string => `<div class="mw-heading mw-heading${lvl}"><h${lvl} id="${kId(h)}">${h}</h${lvl}>${kEdit(n, h)}</div>`;
const kToc = kHeads
  .map(
    (h, i) => `<li id="toc-${kId(h)}" class="vector-toc-list-item vector-toc-level-${i === 1 || i === 2 ? 2 : 1}"><a class="vector-toc-link" href="#${kId(h)}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('\n');
const kHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available skin-theme-clientpref-day"
lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${kTitle} - Northvale Wiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Millbrook_Ice_Arena","wgTitle":"Millbrook Ice Arena","wgCurRevisionId":20417,"wgNamespaceNumber":0,"wgAction":"view","wgIsArticle":true};
RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="canonical" href="https://wiki.northvalehistory.org/wiki/Millbrook_Ice_Arena"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Millbrook_Ice_Arena
rootpage-Millbrook_Ice_Arena skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--icon-only"
aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div id="p-navigation"
class="vector-menu mw-portlet">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(
  kMain,
  'mw-list-item',
)}</ul></div></div>
</div></div></div></nav><a href="/wiki/Main_Page"
class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Northvale Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search Northvale Wiki [f]" accesskey="f">
<span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a><form action="/index.php" id="searchform"
class="cdx-search-input cdx-search-input--has-end-button">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Northvale Wiki" aria-label="Search Northvale Wiki" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links"
aria-label="Personal tools"><ul><li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>${kToc}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${kTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav aria-label="Namespaces"><ul>${links(
  kTabs.slice(0, 2),
  'vector-tab-noicon mw-list-item',
)}</ul></nav>
<nav aria-label="Views"><ul>${links(kTabs.slice(2, 5), 'vector-tab-noicon mw-list-item')}</ul></nav>
<div class="vector-dropdown vector-page-tools-dropdown"><label class="vector-dropdown-label"><span
class="vector-dropdown-label-text">${kTabs[5]}</span></label></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub"
class="noprint">From Northvale Wiki</div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${kTitle}</th></tr>
<tr><td colspan="2" class="infobox-image"><span typeof="mw:File"><img src="/images/thumb/a/a4/Millbrook_arena_1975.jpg/250px-Millbrook_arena_1975.jpg"
width="250" height="167"
alt=""></span><div class="infobox-caption">The arena in 1975</div></td></tr>
${kInfo.map(([l, v]) => `<tr><th scope="row" class="infobox-label">${l}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${ps(kLead)}
<meta property="mw:PageProp/toc">
${kH(2, 1, kHeads[0] ?? '')}${kH(3, 2, kHeads[1] ?? '')}${ps(kEarly)}${kH(3, 3, kHeads[2] ?? '')}${ps(kReno)}
${kH(2, 4, kHeads[3] ?? '')}<ul>${lis(kFac)}</ul>
${kH(2, 5, kHeads[4] ?? '')}<div class="mw-references-wrap"><ol class="references">
${kRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span>
<span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div></div></div><div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.northvalehistory.org/index.php?title=Millbrook_Ice_Arena&amp;oldid=20417">
https://wiki.northvalehistory.org/index.php?title=Millbrook_Ice_Arena&amp;oldid=20417</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul>${links(kCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod">
This page was last edited on 11 February 2026, at 16:08.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>
unless otherwise noted.</li></ul>
<ul id="footer-places">${links(kFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const mediaWiki: TestPage = {
  name: 'heldout647-mediawiki-ice-arena',
  kind: 'wiki',
  html: kHtml,
  title: kTitle,
  headings: kHeads.slice(0, 4),
  body: texts([...kLead, ...kEarly, ...kReno, ...kFac]),
  bylines: ['This page was last edited on 11 February 2026, at 16:08.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...kMain, 'Northvale Wiki', 'Search', 'Log in', 'Contents', '(Top)', ...kTabs, 'From Northvale Wiki',
    'The arena in 1975', ...kInfo.map(([l, v]) => `${l} ${v}`), 'References', ...texts(kRefs), 'Categories', ...kCats,
    'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...kFoot,
  ],
};

const bTitle = 'Birthday Parties at Rollerworks';
const bDek = 'Two hours of skating, a private party room and a host who does the running around, so you can enjoy the day too.';
const bIntro = [
  j(
    'Our parties are for ages 5 and up and run on Saturday and Sunday afternoons. Every package includes skate hire, safety gear',
    'for the little ones, and a party host who meets you at the door, gets everyone skated up and looks after the room.',
  ),
];
const bPacks: { name: string; price: string; items: string[] }[] = [
  { name: 'Rink Party', price: '$18 per skater', items: ['90 minutes of public skating', 'Reserved party table', 'Minimum 8 skaters'] },
  {
    name: 'Disco Party',
    price: '$24 per skater',
    items: ['2 hours of skating with the disco lights on', 'Private party room for 45 minutes', 'Pizza and juice for every skater'],
  },
  {
    name: 'Ultimate Party',
    price: '$32 per skater',
    items: ['Everything in the Disco Party', 'A 20-minute lesson with a roller coach', 'Birthday shout-out from the DJ booth'],
  },
];
const bGood = [
  j(
    'A deposit of $60 secures your date and comes off the final bill. Final numbers are due five days before the party. Parents',
    'and guardians who are not skating are welcome to watch from the party room free of charge.',
  ),
  'You are welcome to bring your own cake. Other outside food is not allowed because of our café licence.',
];
const bHeads = ['Party packages', ...bPacks.map((p) => p.name), 'Good to know', 'Ask about a date'];
const bNav = ['Sessions', 'Lessons', 'Parties', 'Roller Derby', 'Visit'];
const bForm = ['Your name', 'Email', 'Preferred date', 'Number of skaters'];
const bPack = (p: (typeof bPacks)[number]): string => `<div class="package-card"><h3 class="heading-card">${p.name}</h3><div class="price-text">${p.price}</div>
<ul role="list" class="package-list w-list-unstyled">${lis(p.items, 'package-list-item')}</ul></div>`;
const bHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Feb 09 2026 17:22:04 GMT+0000
(Coordinated Universal Time) -->
<html data-wf-domain="www.rollerworks.rocks" data-wf-page="65a1f0c2e4b9d3a1c8f7e210" data-wf-site="65a1f0c2e4b9d3a1c8f7e1f4"><head><meta charset="utf-8">
<title>Birthday Parties | Rollerworks Skate Center</title><meta content="${bDek}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1f0c2e4b9d3a1c8f7e1f4/css/rollerworks.webflow.3f2a1c.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t="
w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
</head><body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="container w-container"><a href="/"
class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65a1f0c2e4b9d3a1c8f7e1f4/logo.svg" loading="lazy"
alt="Rollerworks" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${bNav.map((n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link${n === 'Parties' ? ' w--current' : ''}">${n}</a>`).join('\n')}
<a href="https://rollerworks.gorollerfit.com/book" class="button nav-button w-button">Buy Tickets</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-parties"><div class="w-layout-blockcontainer container w-container"><div class="hero-content"><h1 class="heading-xl">${bTitle}</h1>
<p class="paragraph-lg">${bDek}</p><a href="#enquiry" class="button w-button">Check availability</a></div></div></section>
<section class="section"><div class="w-layout-blockcontainer container narrow w-container"><div class="rich-text w-richtext">${ps(bIntro)}</div>
<h2 class="heading-lg">${bHeads[0]}</h2><div class="w-layout-grid grid-3">${bPacks.map(bPack).join('\n')}</div>
<h2 class="heading-lg">${bHeads[4]}</h2><div class="rich-text w-richtext">${ps(bGood)}</div></div></section>
<section id="enquiry" class="section section-dark"><div class="w-layout-blockcontainer container narrow w-container"><h2 class="heading-lg">${bHeads[5]}</h2>
<div class="form-block w-form"><form id="wf-form-Party-Enquiry" name="wf-form-Party-Enquiry" data-name="Party Enquiry" method="get" class="form"
data-wf-page-id="65a1f0c2e4b9d3a1c8f7e210" data-wf-element-id="c1d2e3f4-aa01">
${bForm
  .map(
    (f, i) => `<label for="field-${i}" class="field-label">${f}</label><input class="text-field w-input" maxlength="256" name="field-${i}"
data-name="${f}" type="text" id="field-${i}">`,
  )
  .join('\n')}
<input type="submit" data-wait="Please wait..." class="button w-button" value="Send enquiry"></form>
<div class="success-message w-form-done" tabindex="-1" role="region"
aria-label="Party Enquiry success"><div>Thanks! We will get back to you within two working days.</div></div>
<div class="error-message w-form-fail" tabindex="-1" role="region"
aria-label="Party Enquiry failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-col"><div class="footer-heading">Rollerworks Skate
Center</div>
<p class="footer-text">4410 Industrial Pkwy, Cedar Hollow</p><p class="footer-text">(555) 014-2290</p></div><div class="footer-col"><div
class="footer-heading">Follow us</div>
<a href="https://instagram.com/rollerworks" class="footer-link">Instagram</a><a href="https://facebook.com/rollerworks"
class="footer-link">Facebook</a></div></div>
<div class="footer-bottom"><div class="copyright">© 2026 Rollerworks Skate Center LLC</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c2e4b9d3a1c8f7e1f4" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65a1f0c2e4b9d3a1c8f7e1f4/js/webflow.a7c1e3.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout647-webflow-birthday-parties',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: bHeads.slice(0, 5),
  body: [bDek, ...bIntro, ...bPacks.flatMap((p) => [p.price, ...p.items]), ...bGood],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bNav.filter((n) => n !== 'Parties'), 'Buy Tickets', 'Check availability', bHeads[5] ?? '', ...bForm,
    'Rollerworks Skate Center', '4410 Industrial Pkwy, Cedar Hollow', '(555) 014-2290', 'Follow us', 'Instagram', 'Facebook',
    '© 2026 Rollerworks Skate Center LLC',
  ],
};

export const HELDOUT647_E: readonly TestPage[] = [mediaWiki, webflow];
