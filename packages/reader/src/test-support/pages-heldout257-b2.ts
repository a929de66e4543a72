import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, tds } from './pages-heldout257-kit.js';

/**
 * Held-out batch 257, file b2: a public Confluence Data Center page read anonymously (AUI header, space sidebar with
 * the page tree, breadcrumbs, page metadata line, info macro, confluenceTable, likes and labels, comments section,
 * the "Powered by" footer and the agency's cookie notice).
 */
const cTitle = 'Field survey data handover checklist';
const cInfo = 'This checklist applies to every survey run from the Lowmere and Callan estuary stations from the 2026 season onwards.';
const cPurpose = [
  j(
    'Survey teams collect water quality, sediment and bird count data on paper sheets and on the field tablets. Most of the problems',
    'we have had in past seasons did not come from the fieldwork itself but from the handover: missing sheets, tablets returned',
    'without a sync, and files named in three different ways. This page sets out what has to happen before a survey counts as done.',
  ),
];
const cBefore = [
  'Photograph every paper sheet on the tablet before leaving the site, even if the sheet is complete.',
  'Check that the tablet shows a green sync tick for each sampling point you visited.',
  'Write the sonde serial number and the last calibration date on the front of the run sheet.',
  'Put the paper sheets in the waterproof wallet, not loose in the kit bag.',
];
const cUpload = [
  j(
    'Back at the station, connect the tablet to the office network and run the export from the survey app. The export creates one',
    'folder per run. Copy that folder to the shared drive under <code>Surveys / 2026 / Station</code> and do not rename anything inside it.',
  ),
  j(
    'Then scan the paper sheets on the station copier using the <em>Survey sheets</em> button, which files them in the same place.',
    'The data officer checks new folders every Monday and Thursday and will email the team leader if anything is missing.',
  ),
];
const cTable = [
  ['Water quality', 'WQ_station_date_run', 'WQ_LOW_20260314_02'],
  ['Sediment cores', 'SED_station_date_core', 'SED_CAL_20260316_C4'],
  ['Bird counts', 'BIRD_station_date_observer', 'BIRD_LOW_20260315_MT'],
];
const cContact = [
  j(
    'For questions about the tablets or the export, contact the data officer, Hanne Voskuil. For anything about sampling methods,',
    'ask your station lead before the survey, not afterwards.',
  ),
  j(
    'If a tablet is lost or damaged in the field, report it the same day. The paper sheets then become the only record of the run,',
    'so scan them before anything else and mark the folder as paper only.',
  ),
];
const cNav = ['Spaces', 'People', 'Calendars', 'Create'];
const cTree = ['Estuary Monitoring Programme', 'Station guides', 'Sampling protocols', 'Field survey data handover checklist', 'Equipment loans'];
const cCrumbs = ['Pages', 'Estuary Monitoring Programme', 'Data management'];
const cComments = [
  'Can we add the sonde battery level to the run sheet as well? We lost a morning at Callan last week because of a flat one.',
  'Good idea, I will put it on the next version of the sheet.',
];
const cHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><title>${cTitle} - Estuary Monitoring Programme - Confluence</title>
<meta http-equiv="X-UA-Compatible" content="IE=EDGE,chrome=IE7"><meta charset="UTF-8"><meta id="confluence-context-path" name="confluence-context-path"
content="">
<meta id="confluence-base-url" name="confluence-base-url" content="https://wiki.callanwater.example"><meta name="ajs-page-id" content="88312744">
<meta name="ajs-space-key" content="EMP"><meta name="ajs-page-title" content="${cTitle}"><meta name="ajs-remote-user" content="">
<meta name="ajs-version-number" content="8.5.4"><meta name="ajs-build-number" content="9012">
<link rel="stylesheet" href="/s/en_GB/9012/batch.css?media=all"><script>window.WRM=window.WRM||{};WRM._unparsedData=WRM._unparsedData||{};
WRM._unparsedData["com.atlassian.confluence.plugins.confluence-license-banner:confluence-license-banner-resources.license-details"]="{}";</script>
</head><body id="com-atlassian-confluence" class="theme-default aui-layout aui-theme-default">
<ul id="assistive-skip-links" class="assistive"><li><a href="#title-heading">Skip to content</a></li><li><a href="#breadcrumbs">Skip to breadcrumbs</a></li>
</ul><div id="page"><div id="full-height-container"><div id="header-precursor"><div class="cell"></div></div>
<header id="header" role="banner"><nav class="aui-header aui-dropdown2-trigger-group" aria-label="Site"><div class="aui-header-inner">
<div class="aui-header-primary"><span id="logo" class="aui-header-logo aui-header-logo-custom"><a href="/"><img src="/download/attachments/logo.png"
alt="Callan Water Authority"><span class="aui-header-logo-text">Callan Water Wiki</span></a></span><ul class="aui-nav">${links(cNav)}</ul></div>
<div class="aui-header-secondary"><ul class="aui-nav"><li><form id="quick-search" class="aui-quicksearch dont-default-focus header-quicksearch">
<input id="quick-search-query" class="quick-search-query" type="text" placeholder="Search" name="queryString"></form></li>
<li><a href="/login.action" class="aui-nav-link login-link">Log in</a></li></ul></div></div></nav></header>
<div id="main" class="aui-page-panel"><div class="ia-splitter"><div class="ia-splitter-left"><div class="acs-side-bar ia-scrollable-section">
<div class="acs-side-bar-space-info tipsy-enabled"><div class="name"><a href="/display/EMP">Estuary Monitoring Programme</a></div></div>
<div class="acs-nav-wrapper"><div class="acs-nav-sections"><ul class="acs-nav-list"><li><a href="/collector/pages.action?key=EMP">Pages</a></li>
<li><a href="/pages/viewrecentblogposts.action?key=EMP">Blog</a></li></ul></div></div>
<div class="ia-secondary-container"><div class="ia-secondary-header"><h5 class="ia-secondary-header-title page-tree"><span class="label">Page
tree</span></h5></div>
<div class="plugin_pagetree"><ul class="plugin_pagetree_children_list">${links(cTree, 'plugin_pagetree_children_list_item')}</ul></div></div></div></div>
<div id="content" class="page view"><div id="main-header"><div id="navigation" class="content-navigation view"><ul class="ajs-menu-bar">
<li class="normal ajs-menu-item"><a id="action-menu-link" class="action aui-dropdown2-trigger-arrowless" href="#"><span>Page actions</span></a></li>
<li class="ajs-button normal"><a href="/spaces/flyingpdf/pdfpageexport.action?pageId=88312744" rel="nofollow">Export to PDF</a></li></ul></div>
<div id="breadcrumb-section"><nav aria-label="Breadcrumbs"><ol id="breadcrumbs">${links(cCrumbs)}</ol></nav></div>
<h1 id="title-heading" class="pagetitle with-breadcrumbs"><span id="title-text"><a href="/display/EMP/Field+survey+data+handover+checklist">${cTitle}</a>
</span></h1></div>
<div id="main-content" class="wiki-content" data-index-for-search="true"><div class="page-metadata"><ul>
<li class="page-metadata-modification-info">Created by <span class="author"><a href="/display/~mtoller" class="url fn confluence-userlink">Mira
Toller</a></span>,
last modified by <span class="editor"><a href="/display/~hvoskuil" class="url fn confluence-userlink">Hanne Voskuil</a></span> on
<a class="last-modified" href="/pages/diffpagesbyversion.action?pageId=88312744">Mar 03, 2026</a></li></ul></div>
<div class="confluence-information-macro confluence-information-macro-information"><span class="aui-icon aui-icon-small aui-iconfont-info
confluence-information-macro-icon"></span><div class="confluence-information-macro-body"><p>${cInfo}</p></div></div>
<h2 id="Fieldsurveydatahandoverchecklist-Purpose">Purpose</h2>
${ps(cPurpose)}
<h2 id="Fieldsurveydatahandoverchecklist-Beforeyouleavethesite">Before you leave the site</h2>
<ul class="inline-task-list" data-inline-tasks-content-id="88312744">${cBefore.map((b, i) => `<li data-inline-task-id="${i + 1}">${b}</li>`).join('\n')}</ul>
<h2 id="Fieldsurveydatahandoverchecklist-Uploadingthedata">Uploading the data</h2>
${ps(cUpload)}
<h2 id="Fieldsurveydatahandoverchecklist-Filenames">File names</h2>
<div class="table-wrap"><table class="wrapped confluenceTable"><colgroup><col><col><col></colgroup><tbody>
<tr><th class="confluenceTh">Data set</th><th class="confluenceTh">Pattern</th><th class="confluenceTh">Example</th></tr>
${cTable.map(tds).join('\n').replace(/<td>/g, '<td class="confluenceTd">')}</tbody></table></div>
<h2 id="Fieldsurveydatahandoverchecklist-Whotocontact">Who to contact</h2>
${ps(cContact)}</div>
<div id="likes-and-labels-container"><div id="likes-section"><a href="" class="like-button"><span class="aui-icon aui-icon-small aui-iconfont-like"></span>
<span>Like</span></a><div class="like-summary">Be the first to like this</div></div><div id="labels-section" class="pageSection group">
<div class="labels-section-content content-column"><div class="labels-content"><ul class="label-list"><li class="no-labels-message">No labels</li></ul></div>
</div></div></div>
<div id="comments-section" class="pageSection group"><div class="section-header"><h2 id="comments-section-title" class="section-title">2 Comments</h2></div>
<ol class="comment-threads top-level" id="page-comments">
${cComments
  .map(
    (c, i) => `<li id="comment-thread-${9120 + i}" class="comment-thread"><div class="comment" id="comment-${9120 + i}">
<div class="comment-header"><h4 class="author"><a href="/display/~u${i}" class="url fn confluence-userlink">${['Tomas Reyl', 'Hanne Voskuil'][i]}</a></h4></div>
<div class="comment-body"><div class="comment-content wiki-content"><p>${c}</p></div><div class="comment-actions"><ul class="comment-actions-primary">
<li class="comment-date"><a href="?focusedCommentId=${9120 + i}">${['Mar 04, 2026', 'Mar 05, 2026'][i]}</a></li></ul></div></div></div></li>`,
  )
  .join('\n')}
</ol></div></div></div></div>
<div id="footer" role="contentinfo"><section class="footer-body"><ul id="poweredby"><li class="noprint">Powered by <a
href="https://www.atlassian.com/software/confluence"
class="hover-footer-link">Atlassian Confluence</a> <span id="footer-build-information">8.5.4</span></li>
<li class="print-only">Printed by Atlassian Confluence 8.5.4</li><li class="noprint"><a href="https://support.atlassian.com/help/confluence">Report a
bug</a></li>
<li class="noprint"><a href="https://www.atlassian.com/company/news">Atlassian News</a></li></ul>
<div id="footer-logo"><a href="http://www.atlassian.com/">Atlassian</a></div></section></div></div></div>
<div id="cwa-cookie-notice" class="cookie-notice" role="dialog"><p>We use essential cookies to keep you signed in and optional cookies to understand how the
wiki is used.</p><button class="aui-button aui-button-primary">Accept all</button><button class="aui-button">Essential only</button></div>
<script>require(['confluence/page-loading-indicator'],function(i){i.init()});</script></body></html>`;
export const confluence: TestPage = {
  name: 'heldout257-confluence-datacenter-wiki',
  kind: 'wiki',
  html: cHtml,
  title: cTitle,
  headings: ['Purpose', 'Before you leave the site', 'Uploading the data', 'File names', 'Who to contact'],
  body: texts([cInfo, ...cPurpose, ...cBefore, ...cUpload, ...cTable.flat(), ...cContact]),
  bylines: ['Created by Mira Toller', 'last modified by Hanne Voskuil on Mar 03, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Skip to breadcrumbs', 'Callan Water Wiki', ...cNav, 'Log in', 'Blog', 'Page tree', 'Station guides',
    'Sampling protocols', 'Equipment loans', 'Page actions', 'Export to PDF', 'Data management', 'Like', 'Be the first to like this', 'No labels',
    '2 Comments', ...cComments, 'Tomas Reyl', 'Mar 04, 2026', 'Mar 05, 2026', 'Powered by Atlassian Confluence 8.5.4', 'Printed by Atlassian Confluence 8.5.4',
    'Report a bug', 'Atlassian News', 'We use essential cookies to keep you signed in and optional cookies to understand how the wiki is used.',
    'Accept all', 'Essential only',
  ],
};
