import { links, ps, type TestPage, texts } from './page-kit.js';
import { outline } from './pages-heldout257-e2.js';
import { j, tds } from './pages-heldout257-kit.js';

/**
 * Held-out batch 257, file e: a water charity's XWiki page on the Flamingo skin (navbar with the drawer and search,
 * hierarchy breadcrumb, content menu, document title, "Last modified by" line, info box, the right panels whose titles are
 * h1 too, the document footer with creation line and tags, the Comments / Attachments / History / Information tabs with
 * two comments, the licence footer) and, from file e2, an Outline shared document.
 */
const xTitle = 'Procurement rules for field equipment';
const xInfo = 'These rules replace the 2023 purchasing note. Orders placed before 1 March 2026 follow the old note.';
const xScope = [
  j(
    'The rules apply to everything bought for use in the field programmes: pumps, pipe and fittings, water testing kits, vehicles and',
    'their spare parts, and protective clothing. Office supplies and travel are covered by the general finance manual instead.',
  ),
  j(
    'They apply whoever pays. Equipment bought with a donor grant follows these rules unless the grant agreement sets stricter ones,',
    'in which case the grant agreement wins.',
  ),
];
const xThresh = [
  j(
    'How many quotes you need depends on the total value of the order, not on the value of each item. Splitting one order into',
    'several smaller ones to stay under a threshold is not allowed and will be treated as a breach of these rules.',
  ),
];
const xTable = [
  ['Up to 2,000', 'One quote', 'Programme manager'],
  ['2,000 to 15,000', 'Three written quotes', 'Country director'],
  ['Above 15,000', 'Open tender', 'Procurement committee'],
];
const xSupp = [
  j(
    'The approved supplier list is kept by the logistics officer in each country office. A supplier joins the list after one',
    'satisfactory order and a check of its registration papers. Buying from a supplier who is not on the list needs a short written',
    'reason, signed by the programme manager.',
  ),
];
const xRecv = [
  "Check the delivery against the purchase order and the supplier's delivery note.",
  'Record any shortfall or damage on the delivery note before signing it.',
  'Attach an asset tag to every item worth more than 500 and enter it in the asset register.',
  'Send the signed delivery note to finance within five working days.',
];
const xExc = [
  j(
    'In an emergency response the country director may waive the quote requirement for up to thirty days. Every waived order must',
    'still be recorded, and the waiver itself is reported to the procurement committee at its next meeting.',
  ),
  'If you are unsure whether a purchase counts as an emergency, ask before you buy. A late answer is easier to fix than a wrong order.',
];
const xCrumbs = ['Home', 'Operations hub', 'Supply chain'];
const xPanels = ['Supply chain', 'Vehicle fleet', 'Warehouse stock counts', 'Procurement rules for field equipment', 'Shipping to field offices'];
const xTabs = ['Comments (2)', 'Attachments (1)', 'History', 'Information'];
const xComments = [
  'Does the 500 threshold for asset tags include tax? The Kalimbo office has been tagging on the net price.',
  'Net price. I will add a line to the rules to make that clear.',
];
const xH = (id: string, t: string): string => `<h2 id="H${id}" class="wikigeneratedid"><span>${t}</span></h2>`;
const xHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en" data-xwiki-paged-media="paper"
data-xwiki-reference="xwiki:Programmes.Logistics.Procurement.WebHome"
data-xwiki-document="Programmes.Logistics.Procurement.WebHome" data-xwiki-wiki="xwiki" data-xwiki-space="Programmes.Logistics.Procurement"
data-xwiki-page="WebHome" data-xwiki-isnew="false" data-xwiki-version="14.1" data-xwiki-rest-url="/rest/wikis/xwiki/spaces/Programmes"
data-xwiki-locale="" data-xwiki-form-token="mG3kQ"><head><title>${xTitle} - Brightwell Water Trust Wiki</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="language" content="en"><meta name="viewport"
content="width=device-width, initial-scale=1">
<link rel="stylesheet" type="text/css" href="/bin/skin/skins/flamingo/style.min.css?cache-version=1740000000">
<script src="/webjars/wiki%3Axwiki/requirejs/2.3.7/require.min.js?r=1" data-wysiwyg="true"></script>
<script>// <![CDATA[
require(['jquery', 'xwiki-meta'], function($, xm) { xm.refreshVersion(); });
// ]]></script></head>
<body id="body" class="skin-flamingo wiki-xwiki space-Programmes.Logistics.Procurement viewbody panel-left-width-Medium panel-right-width-Medium drawer-nav">
<div id="xwikimaincontainer"><div id="xwikimaincontainerinner"><div id="menuview"><nav class="navbar navbar-default actionmenu">
<div class="container-fluid"><div class="navbar-header"><a class="navbar-brand" href="/bin/view/Main/" title="Home"><img
src="/bin/download/FlamingoThemes/logo.png"
alt="Brightwell Water Trust"></a></div><div id="xwikimainmenu" class="navbar-collapse collapse"><ul class="nav navbar-nav navbar-right">
<li><form class="navbar-form globalsearch" id="globalsearch" action="/bin/view/Main/Search" role="search"><input type="text" name="text" placeholder="Search…"
aria-label="Search"></form></li><li><a href="/bin/login/XWiki/XWikiLogin" id="tmLogin" rel="nofollow">Log-in</a></li>
<li class="drawer-toggle"><button type="button" class="btn btn-link drawer-opener">Drawer</button></li></ul></div></div></nav></div>
<div class="content" id="contentcontainer"><div id="contentcontainerinner"><div class="leftsidecolumns"><div id="contentcolumn"><div class="main">
<div id="hierarchy_breadcrumb" class="breadcrumb-expandable"><ol id="hierarchy" class="breadcrumb breadcrumb-expandable">
${links(xCrumbs)}<li class="active"><a href="/bin/view/Programmes/Logistics/Procurement/">Procurement rules</a></li></ol></div>
<div id="contentmenu" class="bottombuttons actionmenu"><div class="btn-group" id="tmMoreActions"><button class="btn btn-default dropdown-toggle"
title="More actions">More actions</button><ul class="dropdown-menu dropdown-menu-right"><li><a href="?xpage=print">Print preview</a></li>
<li><a href="/bin/export/Programmes/Logistics/Procurement/WebHome?format=pdf">Export</a></li></ul></div></div>
<div id="document-title"><h1>${xTitle}</h1></div>
<div id="document-info" class="row"><div class="xdocLastModification col-xs-12">Last modified by <a href="/bin/view/XWiki/GretaOdum"
class="wikilink">Greta Odum</a> on 2026/03/02 09:41</div></div><hr>
<div id="xwikicontent" class="col-xs-12">
<div class="box infomessage"><div><p>${xInfo}</p></div></div>
${xH('Scope', 'Scope')}
${ps(xScope)}
${xH('Thresholds', 'Thresholds')}
${ps(xThresh)}
<table><tr><th scope="col">Order value (USD)</th><th scope="col">Quotes needed</th><th scope="col">Approved by</th></tr>
${xTable.map(tds).join('\n')}</table>
${xH('Approvedsuppliers', 'Approved suppliers')}
${ps(xSupp)}
${xH('Receivinganddtagging', 'Receiving and tagging')}
<ol>${xRecv.map((r) => `<li>${r}</li>`).join('\n')}</ol>
${xH('Exceptions', 'Exceptions')}
${ps(xExc)}
</div>
<div id="xdocFooter" class="row"><div class="xdocCreation col-xs-12 col-md-7">Created by <a href="/bin/view/XWiki/IvoMarsh" class="wikilink">Ivo Marsh</a>
on 2024/11/18 14:02</div><div id="xdocTags" class="doc-tags col-xs-12 col-md-5"><div class="xdocTags">Tags:</div><span class="tag-wrapper">
<span class="tag"><a href="/bin/view/Main/Tags?do=viewTag&amp;tag=buying-rules">buying-rules</a></span></span><span class="tag-wrapper"><span class="tag">
<a href="/bin/view/Main/Tags?do=viewTag&amp;tag=field-ops">field-ops</a></span></span></div></div>
<div id="docextraanchors"><div class="xwikitabbar"><ul>${xTabs
  .map(
    (t, i) => `<li id="${['Comments', 'Attachments', 'History', 'Information'][i]}tab">
<a href="#${t.split(' ')[0]}">${t}</a></li>`,
  )
  .join('\n')}</ul></div></div>
<div id="commentscontent" class="xwikiintracontent"><div id="_comments">
${xComments
  .map(
    (c, i) => `<div class="reply" id="xwikicomment_${i}"><div class="xwikicomment"><div class="commentavatar"><img class="avatar" alt=""
src="/skins/flamingo/icons/xwiki/noavatar.png"></div><div class="commentheader"><span class="commentauthor"><a href="/bin/view/XWiki/u${i}">${
      ['Samir Otieno', 'Greta Odum'][i]
    }</a></span> <span class="commentdate">${['2026/03/03 11:10', '2026/03/03 16:25'][i]}</span></div><div class="commentcontent"><p>${c}</p></div>
</div></div>`,
  )
  .join('\n')}
</div><form id="AddComment" class="xwikiintracontent"><label for="XWiki.XWikiComments_comment">Comment</label><textarea id="XWiki.XWikiComments_comment"
name="XWiki.XWikiComments_comment" rows="5"></textarea><input type="submit" value="Add comment" class="button"></form></div>
</div></div></div>
<div id="rightPanels" class="panels right panel-width-Medium"><div class="panel expanded NavigationPanel"><h1 class="xwikipaneltitle">Navigation</h1>
<div class="xwikipanelcontents"><ul class="xtree">${links(xPanels, 'jstree-node')}</ul></div></div><div class="panel expanded QuickLinks">
<h1 class="xwikipaneltitle">Quick Links</h1><div class="xwikipanelcontents"><ul>${links(['Staff directory', 'Forms and templates'])}</ul></div></div></div>
</div></div>
<footer id="footerglobal"><div id="xwikilicence">This wiki is licensed under a Creative Commons 2.0 license</div>
<div id="xwikiplatformversion"><a href="https://extensions.xwiki.org?id=org.xwiki.platform:xwiki-platform-distribution-war:16.10.2">XWiki 16.10.2</a></div>
</footer></div></div></body></html>`;
const xwiki: TestPage = {
  name: 'heldout257-xwiki-flamingo-wiki',
  kind: 'wiki',
  html: xHtml,
  title: xTitle,
  headings: ['Scope', 'Thresholds', 'Approved suppliers', 'Receiving and tagging', 'Exceptions'],
  body: texts([xInfo, ...xScope, ...xThresh, ...xTable.flat(), ...xSupp, ...xRecv, ...xExc]),
  bylines: ['Last modified by Greta Odum on 2026/03/02 09:41', 'Created by Ivo Marsh on 2024/11/18 14:02'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log-in', 'Drawer', 'Home', 'Operations hub', 'Procurement rules', 'More actions', 'Print preview', 'Export', 'Tags:', 'buying-rules', 'field-ops',
    ...xTabs, ...xComments, 'Samir Otieno', '2026/03/03 11:10', '2026/03/03 16:25', 'Comment', 'Navigation', 'Supply chain', 'Vehicle fleet',
    'Warehouse stock counts', 'Shipping to field offices', 'Quick Links', 'Staff directory', 'Forms and templates',
    'This wiki is licensed under a Creative Commons 2.0 license', 'XWiki 16.10.2',
  ],
};

export const HELDOUT257_E: readonly TestPage[] = [xwiki, outline];
