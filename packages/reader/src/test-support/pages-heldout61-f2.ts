import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 61, file f2: a Confluence Data Center (8.5) page on an open-source foundation's public wiki, seen anonymously
 * (skip links, the AUI header with Spaces/People, search, help and "Log in", the site announcement banner, the space sidebar
 * with space name, shortcuts and page tree, the page toolbar with its hidden Tools menu, breadcrumbs, the title, the "Created
 * by ..., last modified by ... on ..." line, the wiki content with a TOC macro, an info macro, code panels and lists, likes
 * and labels, the comments section with a reply, and the "Powered by Atlassian Confluence" footer).
 */
const cfTitle = 'Verifying a Release Candidate';
const cfIntro =
  'Every Lantern release is voted on by the community before it is published. A release candidate only passes if at least ' +
  'three PMC members have checked it and voted +1, but we encourage every contributor to verify candidates, because each extra ' +
  'pair of eyes catches different problems. This page explains what to check and how to report the result.';
const cfInfo =
  'You do not need to be a committer to vote. Non-binding votes from users are counted in the thread, and they are often the ' +
  'first to spot packaging mistakes on less common platforms.';
const cfH1 = 'Download the candidate';
const cfDownload =
  'The release manager announces each candidate on the dev mailing list with a link to the staging directory. Download the ' +
  'source archive, its signature and its checksum file into an empty directory:';
const cfH2 = 'Check the signature and checksum';
const cfCheck = [
  'Import the KEYS file from the Lantern distribution site if you have not done so already, then verify that the archive was ' +
    'signed by the release manager and that the checksum matches:',
  'A good signature that is not certified with a trusted key is normal for most people and is not a reason to vote -1. A bad ' +
    'signature or a checksum mismatch always is.',
];
const cfH3 = 'Build and test';
const cfSteps = [
  'Unpack the archive and check that the <code>LICENSE</code> and <code>NOTICE</code> files are present and up to date.',
  'Build from source with the documented command and run the unit tests.',
  'Start a single broker with the default configuration and run the quick-start example from the documentation.',
  'If you run Lantern in production, try the candidate against your own workload, even briefly.',
];
const cfH4 = 'Casting your vote';
const cfVote =
  'Reply to the vote thread on the dev list within 72 hours. Start with +1, 0 or -1, say which checks you ran and on what ' +
  'platform, and describe any problem in enough detail for the release manager to reproduce it. A vote without any description ' +
  'of what was checked still counts, but it is much less useful.';
const cfComments = [
  [
    'Priya Raman',
    'Oct 30, 2025',
    'Could we add a step for the Docker images? Several people voted +1 on the last candidate without pulling the image, and the ' +
      'arm64 build turned out to be broken.',
  ],
  ['Jonas Brandt', 'Oct 31, 2025', 'Good point. I will add a section once the image signing work in LAN-2231 is merged, since the steps will change.'],
];
const cfTree = ['Lantern Home', 'Developer Guide', 'Building Lantern', 'Release Process', cfTitle, 'Release Manager Checklist', 'Community'];
const cfTools = ['Page History', 'Page Information', 'Resolved comments', 'View in Hierarchy', 'View Source', 'Export to PDF', 'Export to Word'];
const cfCode = (brush: string, code: string): string =>
  `<div class="code panel pdl conf-macro output-block" style="border-width: 1px;" data-hasbody="true" data-macro-name="code"><div class="codeContent ` +
  `panelContent pdl"><pre class="syntaxhighlighter-pre" data-syntaxhighlighter-params="brush: ${brush}; gutter: false; theme: Confluence" ` +
  `data-theme="Confluence">${code}</pre></div></div>`;
const cfId = (h: string): string => `VerifyingaReleaseCandidate-${h.replace(/ /g, '')}`;
const cfHtml = `<!DOCTYPE html>
<html>
<head>
<title>${cfTitle} - Lantern - Harbour Software Foundation</title>
<meta http-equiv="X-UA-Compatible" content="IE=EDGE,chrome=IE7">
<meta charset="UTF-8">
<meta id="confluence-context-path" name="confluence-context-path" content="/confluence">
<meta id="confluence-base-url" name="confluence-base-url" content="https://cwiki.harbour.example/confluence">
<meta name="ajs-page-id" content="268437512"><meta name="ajs-space-key" content="LANTERN"><meta name="ajs-page-title" content="${cfTitle}">
<meta name="ajs-remote-user" content=""><meta name="ajs-version-number" content="8.5.16"><meta name="ajs-build-number" content="9012">
<link type="text/css" rel="stylesheet" href="/confluence/s/d41d8cd98f00b204e9800998ecf8427e-CDN/-5f2f1e/9012/_/download/contextbatch/css/_super/batch.css"
media="all">
<script type="text/javascript" src="/confluence/s/d41d8cd98f00b204e9800998ecf8427e-CDN/-5f2f1e/9012/_/download/contextbatch/js/_super/batch.js"
 data-wrm-key="_super"></script>
<link rel="canonical" href="https://cwiki.harbour.example/confluence/display/LANTERN/Verifying+a+Release+Candidate">
</head>
<body id="com-atlassian-confluence" class="theme-default aui-layout aui-theme-default">
<div id="stp-licenseStatus-banner"></div>
<ul id="assistive-skip-links" class="assistive"><li><a href="#title-heading">Skip to content</a></li><li><a href="#breadcrumbs">Skip to
breadcrumbs</a></li><li><a
 href="#header-menu-bar">Skip to header menu</a></li><li><a href="#navigation">Skip to action menu</a></li><li><a href="#quick-search-query">Skip to quick
search</a></li></ul>
<div id="page"><div id="full-height-container"><div id="header-precursor"><div class="cell"></div></div>
<header id="header" role="banner"><nav class="aui-header aui-dropdown2-trigger-group" aria-label="Site"><div class="aui-header-inner"><div
class="aui-header-primary">
<span id="logo" class="aui-header-logo aui-header-logo-custom"><a href="/confluence/" aria-label="Go to home page"><img src="/confluence/download/attachments/
327681/atl.site.logo?version=2&amp;modificationDate=1698331113000" alt="Harbour Software Foundation"><span class="aui-header-logo-text">Harbour Software
 Foundation</span></a></span><ul class="aui-nav"><li><a href="/confluence/spacedirectory/view.action" id="space-directory-link">Spaces</a></li><li><a
 href="/confluence/browsepeople.action" id="people-directory-link">People</a></li></ul></div>
<div class="aui-header-secondary"><ul class="aui-nav"><li><form id="quick-search" class="aui-quicksearch dont-default-focus header-quicksearch"
action="/confluence/dosearchsite.action"
 method="get"><fieldset><label class="assistive" for="quick-search-query">Quick Search</label><input id="quick-search-query" class="quick-search-query"
 type="text" accessKey="q" autocomplete="off" name="queryString" size="25" placeholder="Search"><input id="quick-search-submit" class="quick-search-submit"
 type="submit" value="Search"></fieldset></form></li><li><a id="help-menu-link" class="aui-dropdown2-trigger aui-dropdown2-trigger-arrowless" href="#"
 aria-haspopup="true" title="Help"><span class="aui-icon aui-icon-small aui-iconfont-question-filled">Help</span></a></li><li><a
 href="/confluence/login.action?os_destination=%2Fdisplay%2FLANTERN%2FVerifying%2Ba%2BRelease%2BCandidate" class="user-item login-link">Log
in</a></li></ul></div>
</div></nav></header>
<div id="main-header-placeholder"></div>
<div class="aui-message aui-message-info closeable" id="announcement-banner"><p>This wiki will be read-only on Saturday 15 November from 08:00 to 12:00 UTC
 while we upgrade the server.</p></div>
<div id="main-content-container" class="ia-splitter"><div class="ia-splitter-left"><div class="ia-fixed-sidebar"><div class="acs-side-bar
ia-scrollable-section">
<div class="acs-side-bar-space-info tipsy-enabled" data-configure-tooltip="Edit space details"><div class="avatar"><div class="space-logo"
 data-key="LANTERN" data-name="Lantern" data-entity-type="confluence.space"><div class="avatar-inner"><a href="/confluence/display/LANTERN/Lantern+Home"><img
 src="/confluence/download/attachments/2686977/LANTERN?version=1" alt=""></a></div></div></div><div class="space-information-container"><div class="name"><a
 href="/confluence/display/LANTERN/Lantern+Home" title="Lantern">Lantern</a></div><div class="flyout-handle icon aui-icon aui-icon-small
aui-iconfont-edit"></div></div></div>
<div class="acs-side-bar-content"><div class="acs-nav-wrapper"><div class="acs-nav" data-has-create-permission="false"><div class="acs-nav-sections"><div
 class="ia-secondary-header"><a class="acs-nav-item pages" href="/confluence/collector/pages.action?key=LANTERN"><span class="icon"></span><span
 class="acs-nav-item-label">Pages</span></a><a class="acs-nav-item blog" href="/confluence/pages/viewrecentblogposts.action?key=LANTERN"><span
class="icon"></span><span
 class="acs-nav-item-label">Blog</span></a></div></div></div></div>
<div class="ia-secondary-container tipsy-enabled" data-tree-type="page-tree"><div class="ia-secondary-header"><h5 class="ia-secondary-header-title
 page-tree"><span class="label">Space shortcuts</span></h5></div><div class="ia-secondary-content"><ul class="quick-links-section"><li><a
 href="https://lantern.harbour.example/download">Download Lantern</a></li><li><a href="https://issues.harbour.example/projects/LAN">Issue
tracker</a></li></ul></div>
<div class="ia-secondary-header"><h5 class="ia-secondary-header-title page-tree"><span class="label">Page tree</span></h5></div><div
 class="ia-secondary-content"><div class="plugin_pagetree conf-macro output-block"><ul class="plugin_pagetree_children_list">
${cfTree
  .map(
    (t, i) =>
      `<li><div class="plugin_pagetree_children_content"><span class="plugin_pagetree_children_span${t === cfTitle ? ' plugin_pagetree_current' : ''}" ` +
      `style="padding-left: ${[0, 1, 2, 2, 3, 3, 0][i] ?? 0}em;"><a href="/confluence/display/LANTERN/${t.replace(/ /g, '+')}">${t}</a></span></div></li>`,
  )
  .join('\n')}
</ul></div></div></div>
<div class="hidden"><a href="/confluence/collector/pages.action?key=LANTERN" id="space-pages-link"></a></div>
</div><div class="acs-side-bar-flyout"><ul class="acs-side-bar-flyout-menu"><li><a href="/confluence/spaces/viewspacesummary.action?key=LANTERN">Space
 tools</a></li></ul></div></div></div></div>
<div class="ia-splitter-right"><div id="main" class="aui-page-panel"><div id="main-header">
<div id="navigation" class="content-navigation view" role="region" aria-label="Page tools"><ul class="ajs-menu-bar"><li class="normal ajs-menu-item"><a
 id="action-menu-link" class="action aui-dropdown2-trigger-arrowless aui-button aui-button-subtle ajs-menu-title aui-dropdown2-trigger" href="#"
 aria-haspopup="true" aria-label="More options"><span><span class="aui-icon aui-icon-small aui-iconfont-more">Tools</span></span></a><div id="action-menu"
 class="aui-dropdown2 aui-style-default" role="menu" aria-hidden="true"><div class="aui-dropdown2-section"><ul class="section-primary first">
${cfTools.map((t) => `<li><a href="#" class="action-${t.toLowerCase().replace(/ /g, '-')}" role="menuitem"><span>${t}</span></a></li>`).join('')}
</ul></div></div></li></ul></div>
<div id="breadcrumb-section"><nav aria-label="Breadcrumbs"><ol id="breadcrumbs"><li class="first"><span class=""><a
href="/confluence/collector/pages.action?key=LANTERN">Pages</a></span></li>
<li><span class=""><a href="/confluence/display/LANTERN/Lantern+Home">Lantern Home</a></span></li><li><span class=""><a
 href="/confluence/display/LANTERN/Developer+Guide">Developer Guide</a></span></li><li id="ellipsis" title="Show all
breadcrumbs"><span><strong>…</strong></span></li></ol></nav></div>
<h1 id="title-heading" class="pagetitle with-breadcrumbs"><span id="title-text"><a
href="/confluence/display/LANTERN/Verifying+a+Release+Candidate">${cfTitle}</a></span></h1></div>
<div id="content" class="page view"><div id="action-messages"></div>
<div class="page-metadata"><ul><li class="page-metadata-modification-info"><span class="author"> Created by <a href="/confluence/display/~hokafor"
 class="url fn confluence-userlink" data-username="hokafor">Hannah Okafor</a></span>, last modified by <span class="editor"><a
href="/confluence/display/~jbrandt"
 class="url fn confluence-userlink" data-username="jbrandt">Jonas Brandt</a></span> on <a class="last-modified" title="Show changes"
 href="/confluence/pages/diffpagesbyversion.action?pageId=268437512&amp;selectedPageVersions=11&amp;selectedPageVersions=12">Oct 28, 2025</a></li></ul></div>
<div id="main-content" class="wiki-content">
<div class="toc-macro client-side-toc-macro conf-macro output-block" data-headerelements="H1,H2,H3" data-hasbody="false" data-macro-name="toc"><ul>${[
  cfH1,
  cfH2,
  cfH3,
  cfH4,
]
  .map((h) => `<li><span class="toc-item-body" data-outline="1"><a href="#${cfId(h)}" class="toc-link">${h}</a></span></li>`)
  .join('')}</ul></div>
<p>${cfIntro}</p>
<div class="confluence-information-macro confluence-information-macro-information conf-macro output-block" data-hasbody="true" data-macro-name="info"><span
 class="aui-icon aui-icon-small aui-iconfont-info confluence-information-macro-icon"></span><div
class="confluence-information-macro-body"><p>${cfInfo}</p></div></div>
<h2 id="${cfId(cfH1)}">${cfH1}</h2>
<p>${cfDownload}</p>
${cfCode('bash', 'wget https://dist.harbour.example/dev/lantern/3.2.0-rc2/lantern-3.2.0-src.tar.gz{,.asc,.sha512}')}
<h2 id="${cfId(cfH2)}">${cfH2}</h2>
<p>${cfCheck[0]}</p>
${cfCode('bash', 'gpg --import KEYS\ngpg --verify lantern-3.2.0-src.tar.gz.asc\nsha512sum -c lantern-3.2.0-src.tar.gz.sha512')}
<p>${cfCheck[1]}</p>
<h2 id="${cfId(cfH3)}">${cfH3}</h2>
<ol>${cfSteps.map((t) => `<li>${t}</li>`).join('')}</ol>
<h2 id="${cfId(cfH4)}">${cfH4}</h2>
<p>${cfVote}</p>
</div>
<div id="likes-and-labels-container"><div id="likes-section"><a href="#" class="like-button"><span class="aui-icon aui-icon-small
aui-iconfont-like"></span><span
 class="like-button-text">Like</span></a><div class="like-summary">Be the first to like this</div></div><div id="labels-section" class="pageSection group"><div
 class="labels-section-content content-column" entityid="268437512" entitytype="page"><div class="labels-content"><ul class="label-list"><li
class="aui-label"><a
 class="aui-label-split-main" href="/confluence/label/LANTERN/release" rel="tag">release</a></li><li class="aui-label"><a class="aui-label-split-main"
 href="/confluence/label/LANTERN/voting" rel="tag">voting</a></li></ul></div></div></div></div>
<div id="comments-section" class="pageSection group"><div class="section-header"><h2 id="comments-section-title" class="section-title">2 Comments</h2></div>
<ol class="comment-threads top-level" id="page-comments">
<li id="comment-thread-268437601" class="comment-thread"><div class="comment" id="comment-268437601"><p class="comment-user-logo"><a class="userLogoLink"
 data-username="praman" href="/confluence/display/~praman"><img class="userLogo logo" src="/confluence/images/icons/profilepics/default.svg" alt="User icon:
praman"
 title="praman"></a></p><div class="comment-header"><h4 class="author"><a href="/confluence/display/~praman" class="url fn
confluence-userlink">${cfComments[0]?.[0]}</a></h4></div>
<div class="comment-body"><div class="comment-content wiki-content"><p>${cfComments[0]?.[2]}</p></div><div class="comment-actions"><ul
 class="comment-actions-primary"><li class="comment-action-reply"><a href="#"><span>Reply</span></a></li><li class="comment-action-like"><a
href="#"><span>Like</span></a></li></ul><ul
 class="comment-actions-secondary"><li class="comment-date"><a href="#comment-268437601"><span>${cfComments[0]?.[1]}</span></a></li></ul></div></div></div>
<ol class="comment-threads"><li id="comment-thread-268437644" class="comment-thread"><div class="comment" id="comment-268437644"><div class="comment-header"><h4
 class="author"><a href="/confluence/display/~jbrandt" class="url fn confluence-userlink">${cfComments[1]?.[0]}</a></h4></div><div class="comment-body"><div
 class="comment-content wiki-content"><p>${cfComments[1]?.[2]}</p></div><div class="comment-actions"><ul class="comment-actions-primary"><li
 class="comment-action-reply"><a href="#"><span>Reply</span></a></li><li class="comment-action-like"><a href="#"><span>Like</span></a></li></ul><ul
 class="comment-actions-secondary"><li class="comment-date"><a
href="#comment-268437644"><span>${cfComments[1]?.[1]}</span></a></li></ul></div></div></div></li></ol></li>
</ol></div>
</div></div>
<div id="footer" role="contentinfo"><section class="footer-body"><ul id="poweredby"><li class="noprint">Powered by <a
href="https://www.atlassian.com/software/confluence"
 class="hover-footer-link" rel="nofollow">Atlassian Confluence</a> <span id="footer-build-information">8.5.16</span></li><li class="print-only">Printed by
Atlassian
 Confluence 8.5.16</li><li class="noprint"><a href="https://support.atlassian.com/help/confluence" class="hover-footer-link" rel="nofollow">Report a
bug</a></li><li
 class="noprint"><a href="https://www.atlassian.com/company/news" class="hover-footer-link" rel="nofollow">Atlassian News</a></li></ul><div id="footer-logo"><a
 href="https://www.atlassian.com/" rel="nofollow">Atlassian</a></div></section></div>
</div></div></div></div>
</body>
</html>
`;
export const confluenceDc: TestPage = {
  html: cfHtml,
  name: 'heldout61-confluence-dc',
  kind: 'wiki',
  // the page title h1 is the title and the h2s the headings; the intro, the info macro (a callout of the page's own, it has no
  // label word), the paragraphs and the numbered steps are body, the code panels are in neither; in the modification line the two
  // names and the date are the bylines ("Created by" and "last modified by" furniture); the comments (texts, commenters and
  // dates: reader comments on a page that is not a thread), "2 Comments", Like/Reply buttons, likes and labels, the TOC macro
  // (its items are the headings: left out), breadcrumbs, the hidden Tools menu, the space sidebar (its page tree's current item
  // is the title), announcement banner, header, skip links and footer are furniture; "Jonas Brandt" is the last editor and one
  // of the commenters, listed once as a byline; the label "release", the space name "Lantern", the header's "People", the tree's
  // "Community" and the comments' "Reply" are words of the body: left out
  title: cfTitle,
  headings: [cfH1, cfH2, cfH3, cfH4],
  body: texts([cfIntro, cfInfo, cfDownload, ...cfCheck, ...cfSteps, cfVote]),
  bylines: ['Hannah Okafor', 'Jonas Brandt', 'Oct 28, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Skip to breadcrumbs', 'Skip to header menu', 'Skip to action menu', 'Skip to quick search', 'Harbour Software Foundation', 'Spaces',
    'Quick Search', 'Help', 'Log in', 'This wiki will be read-only on Saturday 15 November from 08:00 to 12:00 UTC while we upgrade the server.',
    'Pages', 'Blog', 'Space shortcuts', 'Download Lantern', 'Issue tracker', 'Page tree',
    ...cfTree.filter((t) => t !== cfTitle && t !== 'Community'), 'Space tools',
    'Tools', ...cfTools, 'Created by', 'last modified by', 'Like', 'Be the first to like this', 'voting', '2 Comments', 'Priya Raman', 'Oct 30, 2025',
    cfComments[0]?.[2] ?? '', 'Oct 31, 2025', cfComments[1]?.[2] ?? '', 'Powered by', 'Atlassian Confluence', '8.5.16',
    'Printed by Atlassian Confluence 8.5.16', 'Report a bug', 'Atlassian News', 'Atlassian',
  ],
};
