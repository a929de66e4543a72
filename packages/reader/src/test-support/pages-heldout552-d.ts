import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, tidy } from './pages-heldout552-kit.js';

/**
 * Held-out batch 552, file d: a community wiki article on a snooker hall on MediaWiki 1.42 with the Vector 2022 skin (infobox,
 * table of contents, edit links, categories), and a darts league's "join the league" page built with Webflow (hero, rich text,
 * team enquiry form, footer).
 */
const mTitle = 'Meadowgate Snooker Hall';
const mLead = [
  j(
    '<b>Meadowgate Snooker Hall</b> is a snooker and billiards hall on Canal Street in Hollinford. It opened in 1931 above a',
    'row of shops and is the oldest hall in the town still in use. It has ten full-size tables and is the home venue of the',
    'Hollinford and District Snooker League.',
  ),
];
const mHistory = [
  j(
    'The hall was opened by Albert Swire, a former cotton mill manager, with eight second-hand tables bought from a hotel in',
    'Blackpool. In its first years it was open only to men over eighteen and closed on Sundays.',
  ),
  j(
    'During the Second World War the hall was used as a store for the Home Guard, and play moved to two tables in the back room.',
    'It reopened fully in 1946. Two more tables were added in 1958, when the hall took over the floor of the neighbouring shop.',
  ),
  j(
    'The Swire family sold the hall in 1987 to a group of members, who formed the Meadowgate Snooker Club Ltd to run it. The club',
    'still owns the lease, and any player can become a shareholder for a one-off fee of £50.',
  ),
];
const mBuilding = [
  j(
    'The hall is reached by a stone staircase from a narrow door between two shops. The main room has its original cast iron',
    'columns and a pressed tin ceiling, painted green in 1972. The tables are lit by the original brass light shades, rewired',
    'in 2008.',
  ),
  'A small bar at the far end was added in 1963. The hall has no lift, which has been the subject of several planning applications.',
];
const mPlayers = [
  j(
    'Several well-known local players learned the game at the hall. The hall hosted the county amateur championship every year from',
    '1962 to 1979, and the final of the Hollinford Open is still played on table one.',
  ),
  'The highest break made at the hall is 141, by Derek Lomas in a league match in 2011.',
];
const mToday = [
  'the Hollinford and District Snooker League, on Monday and Wednesday nights',
  'a junior section on Saturday mornings',
  'a monthly handicap tournament for club members',
];
const mHeads = ['History', 'Building', 'Notable players and matches', 'The hall today'];
const mInfo = [
  ['Address', '14a Canal Street, Hollinford'],
  ['Opened', '1931'],
  ['Tables', '10 (snooker), 1 (pool)'],
  ['Owner', 'Meadowgate Snooker Club Ltd'],
];
const mCats = ['Snooker halls', 'Buildings in Hollinford', 'Sports venues opened in 1931'];
const mMenu = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFoot = ['Privacy policy', 'About Cue Sports Wiki', 'Disclaimers'];
const mH2 = (t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Meadowgate_Snooker_Hall&amp;action=edit&amp;section=1" title="Edit section: ${t}">
<span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>`;
const mToc = mHeads
  .map(
    (t, i) => `<li id="toc-${t.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${t}</span></div></a></li>`,
  )
  .join('\n');
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Cue Sports Wiki</title>
<script>(function(){var className="client-js vector-toc-available";var cookie=document.cookie.match(/(?:^|; )cuewiki_mwclientpreferences=([^;]+)/);
document.documentElement.className=className;}());RLCONF={"wgCanonicalNamespace":"","wgPageName":"Meadowgate_Snooker_Hall","wgTitle":"Meadowgate Snooker Hall",
"wgCurRevisionId":4812,"wgArticleId":377,"wgIsArticle":true,"wgAction":"view","wgCategories":["Snooker halls","Buildings in Hollinford"]};
RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.42.3"><meta name="viewport" content="width=1120"><link rel="edit" title="Edit" href="/index.php?action=edit">
<link rel="canonical" href="https://wiki.cuesports-north.org/wiki/Meadowgate_Snooker_Hall"></head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Meadowgate_Snooker_Hall
rootpage-Meadowgate_Snooker_Hall skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button
cdx-button--icon-only" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu">
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mMenu, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container skin-invert"><strong class="mw-logo-wordmark">Cue Sports Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail
vector-search-box"><a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle"
title="Search Cue Sports Wiki [f]"
accesskey="f"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span><span>Search</span></a>
<div class="vector-typeahead-search-container"><div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail"><form action="/index.php" id="searchform"
class="cdx-search-input cdx-search-input--has-end-button"><div id="simpleSearch" class="cdx-search-input__input-wrapper" data-search-loc="header-moved">
<div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search Cue Sports Wiki"
aria-label="Search Cue Sports Wiki" autocapitalize="sentences" title="Search Cue Sports Wiki [f]" accesskey="f" id="searchInput"></div></div>
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><div
class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a
href="/index.php?title=Special:CreateAccount">
<span>Create account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin"
accesskey="o"><span>Log in</span></a></li></ul></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-main-menu-container"></div><nav id="mw-panel-toc" aria-label="Contents" data-event-name="ui.sidebar-toc"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc"
class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"
data-feature-name="toc-pinned"
data-pinnable-element-id="vector-toc"><h2 class="vector-pinnable-header-label">Contents</h2><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-toc.unpin">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a>
</li>
${mToc}</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"><div class="vector-menu-content"><ul
class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Meadowgate_Snooker_Hall" title="View the content page [c]" accesskey="c">
<span>Page</span></a></li><li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a
href="/index.php?title=Talk:Meadowgate_Snooker_Hall&amp;action=edit&amp;redlink=1"
rel="discussion" title="Discussion about the content page (page does not exist) [t]" accesskey="t"><span>Discussion</span></a></li></ul></div></div></nav></div>
<div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><div id="p-views"
class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views">
<div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-view" class="selected vector-tab-noicon mw-list-item">
<a href="/wiki/Meadowgate_Snooker_Hall"><span>Read</span></a></li><li id="ca-edit" class="vector-tab-noicon mw-list-item">
<a href="/index.php?title=Meadowgate_Snooker_Hall&amp;action=edit" title="Edit this page [e]" accesskey="e"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Meadowgate_Snooker_Hall&amp;action=history" accesskey="h">
<span>View history</span></a></li></ul></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div class="mw-indicators"></div><div id="siteSub" class="noprint">From Cue Sports Wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div>
</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr>
${mInfo.map((r) => `<tr><th scope="row" class="infobox-label">${r[0]}</th><td class="infobox-data">${r[1]}</td></tr>`).join('\n')}</tbody></table>
${ps(mLead)}
<meta property="mw:PageProp/toc" />
${mH2(mHeads[0] ?? '')}
${ps(mHistory)}
${mH2(mHeads[1] ?? '')}
${ps(mBuilding)}
${mH2(mHeads[2] ?? '')}
${ps(mPlayers)}
${mH2(mHeads[3] ?? '')}
<p>The hall is open every day from noon. It is used by:</p><ul>${lis(mToday)}</ul>
<!--
NewPP limit report
Parsed by mw1
Cached time: 20250304211702
-->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://wiki.cuesports-north.org/index.php?title=Meadowgate_Snooker_Hall&amp;oldid=4812">
https://wiki.cuesports-north.org/index.php?title=Meadowgate_Snooker_Hall&amp;oldid=4812</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on
4 March 2025, at 21:17.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button cdx-button--size-large cdx-button--fake-button--enabled">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const wikiHall: TestPage = tidy({
  name: 'heldout552-mediawiki-snooker-hall',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: [...texts(mLead), ...mHistory, ...mBuilding, ...mPlayers, 'The hall is open every day from noon. It is used by:', ...mToday],
  bylines: ['This page was last edited on 4 March 2025, at 21:17.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Navigation', ...mMenu, 'Cue Sports Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', '1', '2', '3', '4',
    'Page', 'Discussion', 'Read', 'Edit', 'View history', 'From Cue Sports Wiki', ...mInfo.flat(), 'edit', 'Categories', ...mCats, ...mFoot,
  ],
});

const wTitle = 'Join the League';
const wDek = 'Eight divisions, forty-six pubs and clubs, and room for new teams every September. Here is how to get your team on the oche.';
const wSecs: [string, string[]][] = [
  [
    'Who can enter',
    [
      j(
        'Any pub, club or social venue within ten miles of Brackenford town centre can enter a team, as long as it has a board set up',
        'to league standard: the bull at 5 ft 8 in from the floor and the throw line 7 ft 9¼ in from the face of the board.',
      ),
      'A team needs at least six registered players. Players must be 16 or over, and under-18s must play in venues where they are allowed by the licence.',
    ],
  ],
  [
    'Fees for the 2025–26 season',
    [
      'Team entry is £60, which includes the handbook, the score sheets and the end-of-season presentation night.',
      'Each player pays a £5 registration fee. Players can be added at any time until the end of January.',
    ],
  ],
  [
    'Key dates',
    [
      j(
        'Entries close on Friday 29 August. The AGM and fixture meeting is on Tuesday 2 September at the Brackenford Cricket Club,',
        'and the season starts on Monday 15 September.',
      ),
    ],
  ],
];
const wNav = ['Home', 'Fixtures', 'Results', 'Join', 'Contact'];
const wForm = ['Team name', 'Venue', 'Captain’s name', 'Email'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Jul 07 2025 18:20:41 GMT+0000
(Coordinated Universal Time) --><html data-wf-domain="www.brackenforddarts.co.uk" data-wf-page="6650e1a9c3b2f40012ab34cd"
data-wf-site="6650e1a9c3b2f40012ab3400"
lang="en"><head><meta charset="utf-8"><title>Join the League | Brackenford Darts League</title>
<meta content="How to enter a team in the Brackenford Darts League: who can enter, fees and key dates." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/6650e1a9c3b2f40012ab3400/css/brackenford-darts.webflow.shared.9c1e2a4f.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/6650e1a9c3b2f40012ab3400/logo.svg"
loading="lazy" alt="Brackenford Darts League" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((t) => `<a href="/${t === 'Home' ? '' : t.toLowerCase()}" class="nav-link w-nav-link${t === 'Join' ? ' w--current' : ''}">${t}</a>`).join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="hero-section"><div class="w-layout-blockcontainer container w-container"><h1 class="heading-xl">${wTitle}</h1>
<p class="hero-paragraph">${wDek}</p><a href="#enquiry" class="button w-button">Register your team</a></div></section>
<section class="section"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid grid-2col">
<div class="rich-text w-richtext">${wSecs.map(([h, p]) => `<h2>${h}</h2>${ps(p)}`).join('\n')}</div>
<div id="enquiry" class="form-card"><h3 class="form-heading">Team enquiry</h3><div class="form-block w-form"><form id="wf-form-Team-Enquiry"
name="wf-form-Team-Enquiry" data-name="Team Enquiry" method="get" class="form" data-wf-page-id="6650e1a9c3b2f40012ab34cd" data-wf-element-id="b1c2d3e4">
${wForm
  .map(
    (t, i) => `<label for="field-${i}" class="field-label">${t}</label><input class="text-field w-input" maxlength="256" name="field-${i}" type="text"
id="field-${i}" required>`,
  )
  .join('\n')}<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Send enquiry"></form>
<div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Team Enquiry success">
<div>Thank you! Your submission has been received!</div></div>
<div class="error-message w-form-fail" tabindex="-1" role="region" aria-label="Team Enquiry failure"><div>Oops! Something went wrong while submitting the form.
</div></div></div></div></div></div></section>
<section class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid"><div class="footer-col">
<div class="footer-heading">Brackenford Darts League</div><p class="footer-text">Affiliated to the county darts organisation since 1968.</p></div>
<div class="footer-col"><div class="footer-heading">Get in touch</div><a href="mailto:secretary@brackenforddarts.co.uk"
class="footer-link">secretary@brackenforddarts.co.uk
</a><a href="https://www.facebook.com/brackenforddarts" class="footer-link">Facebook</a></div></div>
<div class="footer-copyright">© 2025 Brackenford Darts League. All rights reserved.</div></div></section>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6650e1a9c3b2f40012ab3400" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.com/6650e1a9c3b2f40012ab3400/js/webflow.4b8f2c1a.js" type="text/javascript"></script></body></html>`;
const webflowJoin: TestPage = tidy({
  name: 'heldout552-webflow-darts-join-league',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wSecs.map((s) => s[0]),
  body: [wDek, ...wSecs.flatMap((s) => s[1])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Register your team', 'Team enquiry', ...wForm, 'Brackenford Darts League', 'Affiliated to the county darts organisation since 1968.',
    'Get in touch', 'secretary@brackenforddarts.co.uk', 'Facebook', '© 2025 Brackenford Darts League. All rights reserved.',
  ],
});

export const HELDOUT552_D: readonly TestPage[] = [wikiHall, webflowJoin];
