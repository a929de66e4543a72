import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout279-kit.js';

/**
 * Held-out batch 279, file c2: a Wikidot page of an SCP-style archive (site header, top-bar menus, side bar, the
 * page-title div instead of an h1, breadcrumbs, the rating module with its credit button and hidden author box, bold-label
 * paragraphs, a collapsible addendum, the wiki-walk navigation, tags, page info, page options and the Wikidot footer).
 */
const wTitle = 'LCP-1193';
const wBody = [
  '<strong>Item #:</strong> LCP-1193',
  '<strong>Object Class:</strong> Euclid',
  j(
    '<strong>Special Containment Procedures:</strong> LCP-1193 is kept in a locked filing cabinet in Records Room 4 at Site-31.',
    'The cabinet’s bottom drawer must remain empty at all times. Personnel opening the cabinet are to count the folders before',
    'and after access, and any difference in the count is to be reported to the archivist on duty.',
  ),
  j('No more than one person may be present in Records Room 4 while the cabinet is open. Conversations within the room are', 'prohibited during access.'),
  j(
    '<strong>Description:</strong> LCP-1193 is a grey steel four-drawer filing cabinet of a common office model. When the cabinet',
    'is opened by a single person in silence, a new manila folder is found in the bottom drawer. Each folder contains a typed',
    'report on an event that has not yet happened, written in the style and format of the Archive’s own incident reports.',
  ),
  j(
    'To date, 212 folders have been recovered. Of the reports whose described dates have passed, 61% correspond closely to real',
    'events, 27% partially, and 12% not at all. No report has described an event more than nine days in the future.',
  ),
  j(
    'The reports are signed with the names of real Archive staff, who have no memory of writing them. In every case, the named',
    'author later wrote a report on the same event that was nearly identical to the folder’s text.',
  ),
];
const wAddendum = [
  '<strong>Addendum 1193-2:</strong> Excerpt from Folder 188, recovered 14/11/2025.',
  j(
    '<em>At 09:40 the cabinet in Records Room 4 was opened by two people at once. The bottom drawer was found to contain a folder',
    'with no report inside, only a sheet reading "please do not do that again".</em>',
  ),
  j(
    '<strong>Note:</strong> The event described in Folder 188 had not occurred at the time of recovery. The two-person rule above was',
    'added the same day and has not been broken since.',
  ),
];
const wTop = ['LCP Series', 'Tales', 'Guides', 'Community', 'Random'];
const wTopSub = ['Series I', 'Series II', 'Series III', 'Recent Additions', 'Top Rated'];
const wSide = ['Main', 'About the Archive', 'Object Classes', 'Site Rules', 'Join the Site!', 'Forum', 'Recent Posts', 'Chat'];
const wTags = ['euclid', 'document', 'precognitive', 'archive', 'lcp'];
const wOpts = ['Edit', 'Rate (+214)', 'Tags', 'Discuss (31)', 'History', 'Files', 'Print', 'Site tools', '+ Options'];
const wFoot = ['Help', 'Terms of Service', 'Privacy', 'Report a bug', 'Flag as objectionable'];
const wHtml = `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>
<script type="text/javascript" src="https://d3g0gp89917ko0.cloudfront.example/v--3e3a6f7dbcc9/common--javascript/init.combined.js"></script>
<script type="text/javascript">var URL_HOST='latticearchive.wikidot.com';var URL_DOMAIN='wikidot.com';var USE_SSL=true;
var WIKIREQUEST={};WIKIREQUEST.info={};WIKIREQUEST.info.domain="latticearchive.wikidot.com";WIKIREQUEST.info.siteId=1887241;
WIKIREQUEST.info.pageUnixName="lcp-1193";WIKIREQUEST.info.pageId=1620338419;WIKIREQUEST.info.lang="en";</script>
<title>LCP-1193 - Lattice Archive</title><meta http-equiv="content-type" content="text/html;charset=UTF-8">
<meta http-equiv="content-language" content="en"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/component:theme/code/1"><style type="text/css" id="internal-style">#page-content .collapsible-block-content
{padding-left:1em}</style></head>
<body id="html-body"><div id="skrollr-body"><a name="page-top"></a>
<div id="container-wrap-wrap"><div id="container-wrap"><div id="container"><div id="header"><h1><a href="/"><span>Lattice Archive</span></a></h1>
<h2><span>Catalogue. Record. Keep.</span></h2>
<div id="search-top-box" class="form-search"><form id="search-top-box-form" action="dummy"><input id="search-top-box-input" class="text empty search-query"
type="text" size="15" name="query" value="Search this site"><input class="button btn" type="submit" name="search" value="Search"></form></div>
<div id="login-status"><a href="javascript:;" onclick="WIKIDOT.page.listeners.createAccount(event)" class="login-status-create-account btn">Create
account</a> <span>or</span> <a href="javascript:;" onclick="WIKIDOT.page.listeners.loginClick(event)" class="login-status-sign-in btn btn-primary">Sign
in</a></div>
<div id="top-bar"><div class="top-bar"><ul><li><a href="/lcp-series">LCP Series</a><ul>${links(wTopSub)}</ul></li>
${links(wTop.slice(1))}</ul></div></div></div>
<div id="content-wrap"><div id="side-bar"><div class="side-block"><div class="heading">Navigation</div><ul>${links(wSide, 'menu-item')}</ul></div>
<div class="side-block"><div class="heading">Site Members Online</div><p>14 members online</p></div></div>
<div id="main-content"><div id="action-area-top"></div><div id="page-title">${wTitle}</div>
<div id="breadcrumbs"><a href="/lcp-series-2">LCP Series II</a> » LCP-1193</div>
<div id="page-content">
<div class="creditRate"><div class="rate-box-with-credit-button"><div class="page-rate-widget-box"><span class="rate-points">rating:&nbsp;<span
class="number prw54353">+214</span></span><span class="rateup btn btn-default"><a title="I like it" href="javascript:;">+</a></span><span
class="ratedown btn btn-default"><a title="I don't like it" href="javascript:;">–</a></span><span class="cancel btn btn-default"><a
title="Cancel my vote" href="javascript:;">x</a></span></div>
<div class="creditButton"><a href="javascript:;" class="btn">Info</a></div></div>
<div class="modalbox" style="display:none"><div class="modal-content"><div class="credit-title">Author Information</div><p>Written by
<span class="printuser avatarhover"><a href="http://www.wikidot.example/user:info/teodor-vinter">Teodor Vinter</a></span></p><p>Posted 12
November 2025</p></div></div></div>
${ps(wBody)}
<div class="collapsible-block"><div class="collapsible-block-folded"><a class="collapsible-block-link" href="javascript:;">+ Access Addendum 1193-2</a></div>
<div class="collapsible-block-unfolded" style="display:none"><div class="collapsible-block-unfolded-link"><a class="collapsible-block-link"
href="javascript:;">- Close Addendum 1193-2</a></div><div class="collapsible-block-content">
<p>${wAddendum[0]}</p><blockquote><p>${wAddendum[1]}</p></blockquote><p>${wAddendum[2]}</p></div></div></div>
<div class="footer-wikiwalk-nav"><div style="text-align: center;"><p>« <a href="/lcp-1192">LCP-1192</a> | <a href="/lcp-series-2">LCP-1193</a> | <a
href="/lcp-1194">LCP-1194</a> »</p></div></div>
</div>
<div class="page-tags"><span>${wTags.map((t) => `<a href="/system:page-tags/tag/${t}#pages">${t}</a>`).join('\n')}</span></div>
<div style="clear:both; height:1px; font-size:1px;"></div>
<div id="page-info">page revision: 14, last edited: 03 Mar 2026 18:20</div>
<div id="page-options-bottom" class="page-options-bottom">
${wOpts.map((o, i) => `<a href="javascript:;" class="btn btn-default" id="opt-${i}">${o}</a>`).join('\n')}</div>
<div id="action-area" style="display: none;"></div></div></div>
<div id="footer" style="display: block; visibility: visible;"><div class="options" style="display: block; visibility: visible;">
${wFoot.map((f) => `<a href="http://www.wikidot.example/${f.replace(/ /g, '-')}">${f}</a>`).join(' | ')}</div>
Powered by <a href="http://www.wikidot.example">Wikidot.com</a></div>
<div id="license-area" class="license-area">Unless otherwise stated, the content of this page is licensed under <a rel="license"
href="http://creativecommons.example/licenses/by-sa/3.0/">Creative Commons Attribution-ShareAlike 3.0 License</a></div>
</div></div></div></div>
<script type="text/javascript">OZONE.dom.onDomReady(function(){WIKIDOT.modules.PageRateWidgetModule.init();},"dummy-ondomready-block");</script></body></html>`;
export const wikidot: TestPage = {
  name: 'heldout279-wikidot-lcp-entry',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts([...wBody, ...wAddendum]),
  bylines: ['Written by Teodor Vinter', 'Posted 12 November 2025', 'page revision: 14, last edited: 03 Mar 2026 18:20'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Lattice Archive', 'Catalogue. Record. Keep.', 'Create account', 'Sign in', ...wTop, ...wTopSub, 'Navigation', ...wSide, 'Site Members Online',
    '14 members online', 'LCP Series II', 'rating: +214', 'Info', 'Author Information', '+ Access Addendum 1193-2', '- Close Addendum 1193-2',
    'LCP-1192', 'LCP-1194', ...wTags, ...wOpts, ...wFoot, 'Powered by Wikidot.com',
    'Unless otherwise stated, the content of this page is licensed under Creative Commons Attribution-ShareAlike 3.0 License',
  ],
};
