import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 92, file b2: a Confluence Data Center 8.5 page as a logged-in user saves it (the AUI header with Spaces,
 * People, Create and the search box, the space sidebar with shortcuts and the page tree, the page toolbar, breadcrumbs, the
 * "Created by ..., last modified by ... on ..." line, a Note macro at the top of the text, timeline and action tables,
 * the like button and labels, two page comments with the comment editor placeholder, and the "Powered by" footer).
 */
const cfTitle = 'Search outage on 14 May 2025';
const cfH = ['Summary', 'Timeline', 'Root cause', 'What went well', 'What went wrong', 'Action items'];
const cfSummary = [
  'On 14 May 2025, product search on the storefront returned no results for 47 minutes, from 13:12 to 13:59 UTC. Shoppers could still browse ' +
    'categories and check out, but anyone who typed into the search box saw an empty results page. We estimate the outage cost around 2,300 orders.',
  'The cause was an index alias that pointed at an empty index after a failed nightly rebuild was retried during the working day.',
];
const cfNoteTitle = 'Times are in UTC';
const cfNote = ['The customer status page showed times in BST, one hour later than the times below. Use UTC when you quote this review.'];
const cfTimeline = [
  ['13:05', 'The retried index rebuild starts and creates a new, empty index.'],
  ['13:12', 'The alias switch runs before any documents are written. Search returns no results.'],
  ['13:31', 'Support escalates the first customer reports to the on-call engineer.'],
  ['13:57', 'The on-call engineer finds the alias pointing at the new index.'],
  ['13:59', 'The alias is pointed back at the previous index and search recovers.'],
];
const cfRoot = [
  'The nightly rebuild writes a fresh index and, when it finishes, moves the <code>products</code> alias to it. On 13 May the rebuild failed halfway ' +
    'because a catalogue export timed out. The job was retried by hand the next day with an older script that switched the alias at the start of the run ' +
    'instead of the end.',
  'Our monitoring checked that the search service answered, not that its answers contained anything. The service returned quick, well-formed, empty ' +
    'responses, so no alert fired.',
];
const cfWell = [
  'Support spotted the pattern in customer chats quickly and escalated with clear examples.',
  'Rolling the alias back took under two minutes once the cause was known.',
];
const cfWrong = [
  'Nobody was paged for nineteen minutes after the outage began.',
  'The old rebuild script was still in the repository and nothing marked it as unsafe.',
  'The status page was updated only after the fix, so customers saw no acknowledgement while search was broken.',
];
const cfActions = [
  ['Delete the old rebuild script and refuse to switch the alias to an index with no documents', 'Search team', '30 May 2025', 'Done'],
  ['Add a synthetic check that fails when common queries return zero results', 'SRE', '6 Jun 2025', 'In progress'],
  ['Add the status page update to the incident checklist', 'Support operations', '30 May 2025', 'Done'],
];
const cfByline = 'Created by Marta Oyelaran, last modified by Jonas Feld on Jun 02, 2025';
const cfHeaderNav = ['Spaces', 'People', 'Calendars', 'Create', 'Search', 'Help', 'Marta Oyelaran'];
const cfSpace = 'Platform Engineering';
const cfShortcuts = ['Pages', 'Blog', 'Space shortcuts', 'Runbook index', 'On-call rota', 'Page tree'];
const cfTree = ['Architecture decisions', 'Incident reviews', 'Checkout latency, 2 April 2025', 'Search outage on 14 May 2025', 'Runbooks', 'Onboarding'];
const cfTools = ['Edit', 'Save for later', 'Watch', 'Share'];
const cfCrumbs = ['Platform Engineering', 'Incident reviews'];
const cfLabels = ['incident-review', 'elasticsearch', 'postmortem'];
const cfComments = [
  {
    who: 'Tomasz Reyne',
    when: 'Jun 01, 2025',
    text: 'Can we also alert when the index document count drops by more than half? That would have caught this within a minute.',
  },
  { who: 'Marta Oyelaran', when: 'Jun 02, 2025', text: 'Good idea, added to the synthetic check ticket.' },
];
const cfCommentUi = ['2 Comments', 'Reply', 'Like', 'Write a comment…'];
const cfFooter = ['Powered by Atlassian Confluence 8.5.11', 'Report a bug', 'Atlassian News'];
const cfPanelTitle = (t: string): string => `<h2 id="${t.replace(/ /g, '')}" class="auto-cursor-target">${t}</h2>`;
const cfLi = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const cfTable = (head: readonly string[], rows: readonly string[][]): string => `<div class="table-wrap"><table class="wrapped confluenceTable"><colgroup>
${head.map(() => '<col>').join('')}</colgroup><tbody><tr>${head.map((h) => `<th class="confluenceTh">${h}</th>`).join('')}</tr>
${rows.map((r) => `<tr>${r.map((c) => `<td class="confluenceTd">${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>`;
const cfComment = (c: (typeof cfComments)[number], i: number): string => `<li id="comment-thread-88310${i}" class="comment-thread"><div class="comment  "
id="comment-88310${i}"><p class="comment-user-logo"><a class="userLogoLink" data-username="${c.who.toLowerCase().replace(/ /g, '.')}"><img class="userLogo logo"
src="/images/icons/profilepics/default.svg" alt="User icon: ${c.who}" title="${c.who}"></a></p><div class="comment-header"><h4 class="author">
<a href="/display/~${c.who.split(' ')[0]!.toLowerCase()}" class="url fn confluence-userlink">${c.who}</a></h4></div><div class="comment-body"><div
class="comment-content wiki-content">
<p>${c.text}</p></div><div class="comment-actions"><ul class="comment-actions-primary"><li class="first action-reply-comment"><a href="#">Reply</a></li>
<li class="comment-like"><a class="like-button" href="#">Like</a></li></ul><ul class="comment-actions-secondary"><li class="first comment-date">
<a href="?focusedCommentId=88310${i}#comment-88310${i}">${c.when}</a></li></ul></div></div></div></li>`;
const cfHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><title>Search outage on 14 May 2025 - Platform Engineering - Confluence</title>
<meta http-equiv="X-UA-Compatible" content="IE=EDGE,chrome=IE7"><meta charset="UTF-8"><meta id="confluence-context-path" name="confluence-context-path"
content="">
<meta id="confluence-base-url" name="confluence-base-url" content="https://confluence.quillon.example"><meta name="ajs-page-id" content="88241765">
<meta name="ajs-space-key" content="PLAT"><meta name="ajs-space-name" content="Platform Engineering"><meta name="ajs-page-title" content="${cfTitle}">
<meta name="ajs-remote-user" content="moyelaran"><meta name="ajs-version-number" content="8.5.11"><meta name="ajs-build-number" content="9012">
<meta name="ajs-latest-published-page-title" content="${cfTitle}"><meta name="ajs-content-type" content="page">
<link type="text/css" rel="stylesheet"
href="/s/d41d8cd98f00b204e9800998ecf8427e-CDN/-u9x2g/9012/1/8.5.11/_/download/batch/confluence.web.resources:view-content/view-content.css">
<script type="text/javascript" src="/s/d41d8cd98f00b204e9800998ecf8427e-CDN/-u9x2g/9012/1/8.5.11/_/download/contextbatch/js/main,atl.general/batch.js"></script>
<script>window.WRM=window.WRM||{};window.WRM._unparsedData=window.WRM._unparsedData||{};
WRM._unparsedData[
"com.atlassian.confluence.plugins.confluence-license-banner:confluence-license-banner-resources.license-details"]=
"{\\"daysBeforeLicenseExpiry\\":0,\\"showLicenseExpiryBanner\\":false}";</script>
<link rel="canonical" href="https://confluence.quillon.example/display/PLAT/Search+outage+on+14+May+2025"></head>
<body id="com-atlassian-confluence" class="theme-default aui-layout aui-theme-default synchrony-active" data-aui-version="9.8.4">
<div id="stp-licenseStatus-banner"></div><ul id="assistive-skip-links" class="assistive"><li><a href="#title-heading">Skip to content</a></li>
<li><a href="#breadcrumbs">Skip to breadcrumbs</a></li><li><a href="#header-menu-bar">Skip to header menu</a></li><li><a href="#navigation">Skip to action
menu</a></li>
<li><a href="#quick-search-query">Skip to quick search</a></li></ul>
<div id="page"><div id="full-height-container"><div id="header-precursor"><div class="cell"></div></div>
<header id="header" role="banner"><nav class="aui-header aui-dropdown2-trigger-group" aria-label="Site"><div class="aui-header-inner"><div
class="aui-header-before">
<button class=" aui-dropdown2-trigger app-switcher-trigger aui-dropdown2-trigger-arrowless" aria-controls="app-switcher"><span class="aui-icon aui-icon-small
aui-iconfont-appswitcher">Linked Applications</span></button></div><div class="aui-header-primary"><span id="logo"
class="aui-header-logo aui-header-logo-custom">
<a href="/" aria-label="Go to home page"><img src="/download/attachments/393217/atl.site.logo" alt="Quillon Confluence"></a></span>
<ul class="aui-nav">${cfHeaderNav
  .slice(0, 3)
  .map((t) => `<li><a href="/${t.toLowerCase()}" class="aui-nav-link aui-dropdown2-trigger" aria-haspopup="true">${t}</a></li>`)
  .join('\n')}<li class="aui-buttons"><a href="#" id="quick-create-page-button" class="aui-button aui-button-primary">${cfHeaderNav[3]}</a></li></ul></div>
<div class="aui-header-secondary"><ul class="aui-nav"><li><div id="search-ui" class="aui-header-quicksearch dont-default-focus header-quicksearch">
<button id="quick-search-query-button" aria-label="${cfHeaderNav[4]}">${cfHeaderNav[4]}</button><input id="quick-search-query" aria-label="Search"
placeholder="Search"
type="text"></div></li><li><a id="help-menu-link" class="aui-nav-link aui-dropdown2-trigger" href="#" title="${cfHeaderNav[5]}"><span
class="aui-icon aui-icon-small
aui-iconfont-question-filled">${cfHeaderNav[5]}</span></a></li><li><a id="user-menu-link" class="aui-dropdown2-trigger aui-dropdown2-trigger-arrowless" href="#"
title="${cfHeaderNav[6]}"><span class="aui-avatar aui-avatar-small"><span class="aui-avatar-inner"><img src="/images/icons/profilepics/default.svg"
alt="User icon: moyelaran"></span></span><span class="aui-icon-dropdown">${cfHeaderNav[6]}</span></a></li></ul></div></div></nav></header>
<div id="main-content-splitter" class="ia-splitter"><div id="splitter"><div id="splitter-sidebar" class="ia-splitter-left"><div class="ia-fixed-sidebar"
role="complementary"
aria-label="Sidebar"><div class="acs-side-bar ia-scrollable-section"><div class="acs-side-bar-space-info tipsy-enabled"><div class="avatar"><div
class="space-logo"
data-key="PLAT" data-name="${cfSpace}"><div class="avatar-img-container"><img class="avatar-img" src="/download/attachments/393219/PLAT"
alt="${cfSpace}"></div></div></div>
<div class="space-information-container"><a href="/display/PLAT" title="${cfSpace}"><div class="name">${cfSpace}</div></a></div></div>
<div class="acs-side-bar-content"><div class="acs-nav-wrapper"><div class="acs-nav" data-has-create-permission="true" data-quick-links-state="show"
data-page-tree-state="show"><div class="acs-nav-sections"><div class="main-links-section"><ul><li class="ia-secondary-header-title wiki current-item">
<a href="/collector/pages.action?key=PLAT"><span class="icon"></span><span class="label">${cfShortcuts[0]}</span></a></li><li
class="ia-secondary-header-title blog">
<a href="/pages/viewrecentblogposts.action?key=PLAT"><span class="icon"></span><span class="label">${cfShortcuts[1]}</span></a></li></ul></div>
<div class="quick-links-wrapper"><h5 class="ia-quick-links-header-title">${cfShortcuts[2]}</h5><div class="quick-links-section tipsy-enabled">
<ul class="acs-nav-list">${links(cfShortcuts.slice(3, 5), 'acs-nav-item')}</ul></div></div></div></div></div>
<div class="ia-secondary-container tipsy-enabled" data-tree-type="page-tree"><div class="ia-secondary-header"><h5 class="ia-secondary-header-title page-tree">
${cfShortcuts[5]}</h5></div><div class="ia-secondary-content"><div class="plugin_pagetree conf-macro output-inline" data-hasbody="false"
data-macro-name="pagetree">
<ul class="plugin_pagetree_children_list plugin_pagetree_children_list_noleftspace"><li><div class="plugin_pagetree_childtoggle_container"></div>
<div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a
href="/display/PLAT/Architecture+decisions">${cfTree[0]}</a></span></div></li>
<li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a
href="/display/PLAT/Incident+reviews">${cfTree[1]}</a></span></div>
<ul class="plugin_pagetree_children_list">${cfTree
  .slice(2, 4)
  .map(
    (t, i) => `<li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span${i === 1 ? ' plugin_pagetree_current' : ''}"
aria-current="${i === 1 ? 'page' : 'false'}"><a href="/pages/viewpage.action?pageId=8824176${i}">${t}</a></span></div></li>`,
  )
  .join('\n')}</ul></li>${cfTree
  .slice(4)
  .map(
    (t) =>
      `<li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span"><a href="/display/PLAT/${t}">${t}</a></span></div></li>`,
  )
  .join('\n')}</ul></div></div></div></div></div></div></div>
<div id="splitter-content" class="ia-splitter-right"><div id="main" class="aui-page-panel"><div id="main-header"><div id="navigation"
class="content-navigation view"
role="region" aria-label="Page tools"><ul class="ajs-menu-bar">${cfTools
  .map((t) => `<li class="ajs-button normal"><a href="#" rel="nofollow" class="aui-button aui-button-subtle"><span>${t}</span></a></li>`)
  .join('')}</ul></div><div id="title-heading" class="pagetitle with-breadcrumbs"><div id="breadcrumb-section"><nav aria-label="Breadcrumbs">
<ol id="breadcrumbs">${cfCrumbs
  .map(
    (t, i) => `<li${i === 0 ? ' class="first"' : ''}><span><a
href="/display/PLAT/${t.replace(/ /g, '+')}">${t}</a></span></li>`,
  )
  .join('')}
</ol></nav></div><h1 id="title-text" class="with-breadcrumbs"><a href="/display/PLAT/Search+outage+on+14+May+2025">${cfTitle}</a></h1></div></div>
<div id="sidebar-container"></div><div id="content" class="page view"><div id="action-messages"></div><div class="page-metadata"><ul>
<li class="page-metadata-modification-info"><span class="author">Created by <a href="/display/~moyelaran" class="url fn confluence-userlink">Marta
Oyelaran</a></span>,
last modified by <span class="editor"><a href="/display/~jfeld" class="url fn confluence-userlink">Jonas Feld</a></span> on <a class="last-modified"
title="Show changes" href="/pages/diffpagesbyversion.action?pageId=88241765&amp;selectedPageVersions=6&amp;selectedPageVersions=7">Jun 02,
2025</a></li></ul></div>
<div id="main-content" class="wiki-content">
${cfPanelTitle(cfH[0]!)}
${cfSummary.map((p) => `<p>${p}</p>`).join('\n')}
<div class="confluence-information-macro confluence-information-macro-note conf-macro output-block" data-hasbody="true" data-macro-name="note">
<p class="title conf-macro-render">${cfNoteTitle}</p><span class="aui-icon aui-icon-small aui-iconfont-warning confluence-information-macro-icon"></span>
<div class="confluence-information-macro-body">${cfNote.map((p) => `<p>${p}</p>`).join('')}</div></div>
${cfPanelTitle(cfH[1]!)}
${cfTable(['Time (UTC)', 'Event'], cfTimeline)}
${cfPanelTitle(cfH[2]!)}
${cfRoot.map((p) => `<p>${p}</p>`).join('\n')}
${cfPanelTitle(cfH[3]!)}
${cfLi(cfWell)}
${cfPanelTitle(cfH[4]!)}
${cfLi(cfWrong)}
${cfPanelTitle(cfH[5]!)}
${cfTable(['Action', 'Owner', 'Due', 'Status'], cfActions)}
</div><div id="likes-and-labels-container"><div id="likes-section" class="no-print"><a href="#" class="like-button"><span class="aui-icon aui-icon-small
aui-iconfont-like"></span><span class="like-button-text">Like</span></a><div class="like-summary">Be the first to like this</div></div>
<div id="labels-section" class="pageSection group"><div class="labels-section-content content-column" entityid="88241765" entitytype="page"><div
class="labels-content">
<ul class="label-list label-list-editable">${cfLabels
  .map((t) => `<li class="aui-label" data-label-id="1933${t.length}"><a class="aui-label-split-main" href="/label/PLAT/${t}" rel="tag">${t}</a></li>`)
  .join('')}</ul></div></div></div></div>
<div id="comments-section" class="pageSection group"><div class="section-header"><h2 id="comments-section-title"
class="section-title">${cfCommentUi[0]}</h2></div>
<ol class="comment-threads top-level" id="page-comments">${cfComments.map(cfComment).join('\n')}</ol><div class="bottom-comment-panels comment-panels">
<div class="quick-comment-container comment add"><div class="quick-comment-body"><div class="quick-comment-loading-container" style="display:none"></div>
<form class="quick-comment-form aui" method="post" name="inlinecommentform"><div
class="quick-comment-prompt"><span>${cfCommentUi[3]}</span></div></form></div></div></div>
</div></div></div></div></div></div>
<div id="footer" role="contentinfo"><section class="footer-body"><ul id="poweredby"><li class="noprint">Powered by <a
href="https://www.atlassian.com/software/confluence"
class="hover-footer-link">Atlassian Confluence</a> <span id="footer-build-information">8.5.11</span></li><li class="print-only">Printed by Atlassian Confluence
8.5.11</li>
<li class="noprint"><a href="https://support.atlassian.com/help/confluence" class="hover-footer-link">${cfFooter[1]}</a></li><li class="noprint">
<a href="https://www.atlassian.com/company" class="hover-footer-link">${cfFooter[2]}</a></li></ul><div id="footer-logo"><a
href="https://www.atlassian.com/">Atlassian</a></div>
</section></div></div></div></body></html>`;

export const confluencePage: TestPage = {
  html: cfHtml,
  name: 'heldout92-confluence-incident-review',
  kind: 'docs',
  // the Note macro is part of the page text: its body is body, its title in neither list; table data cells are body;
  // page comments (authors, dates, texts), labels, the page tree and the breadcrumbs are furniture; the header's "Search"
  // button is left out (a word of the title)
  title: cfTitle,
  headings: cfH,
  body: texts([...cfSummary, ...cfNote, ...cfTimeline.flat(), ...cfRoot, ...cfWell, ...cfWrong, ...cfActions.flat()]),
  bylines: [cfByline],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Skip to breadcrumbs', 'Skip to header menu', 'Skip to action menu', 'Skip to quick search', 'Linked Applications',
    ...cfHeaderNav.filter((t) => t !== 'Search'),
    ...cfShortcuts, ...cfTree.filter((t) => t !== cfTitle), ...cfTools, ...cfCrumbs, 'Be the first to like this', ...cfLabels,
    ...cfComments.flatMap((c) => [c.who, c.when, c.text]), ...cfCommentUi, ...cfFooter, 'Printed by Atlassian Confluence 8.5.11',
  ],
};
