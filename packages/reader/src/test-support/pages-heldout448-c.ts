import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout448-kit.js';

/**
 * Held-out batch 448, file c: a BIOS update page in a Confluence Cloud space published to the web (space sidebar with the page
 * tree, breadcrumbs, "Created by ... last updated" line, info and warning macros, page properties, labels, like and comment
 * areas) and a SourceForge project summary / download page (a product page: download button, stats, screenshots, ratings,
 * "Other Useful Business Software" ad, project categories, "Related projects" and footer).
 */
const cTitle = 'BIOS 1.22 update for the Barrowfield B650 workstation board';
const cIntro = [
  j(
    'BIOS 1.22 adds support for the new 9000-series processors and corrects a memory training fault that could make the board restart',
    'three times before starting with four DIMMs installed. Update the BIOS before you install a new processor.',
  ),
];
const cInfo = ['You need a USB stick of at least 2 GB formatted as FAT32, and about 15 minutes.'];
const cWarn = [
  j(
    'Do not switch off the workstation or remove the USB stick while the update runs. If power fails during the update, the board starts',
    'from the backup BIOS chip; follow the recovery steps at the end of this page.',
  ),
];
const cSteps = [
  'Download the file B650WS_122.zip and unpack it to the root of the USB stick.',
  'Restart the workstation and press F2 to open the setup screen.',
  'Open the Tools tab and select Flash Utility.',
  'Choose the file B650WS_122.CAP on the USB stick and confirm.',
  'Wait until the board restarts by itself. The fans run at full speed for a few minutes; this is expected.',
  'Open the setup screen again, load the optimised defaults with F7 and set your boot order.',
];
const cAfter = [
  j(
    'After updating, the memory profile is switched off again. If you use memory above 5600 MT/s, enable the profile on the Memory tab',
    'and test the system before you return it to production.',
  ),
];
const cRecovery = [
  j(
    'If the board does not start after an interrupted update, switch it off, set the BIOS_SEL jumper to position 2-3 and start again. The',
    'board boots from the backup chip, and you can repeat the update from the Tools tab. Set the jumper back to 1-2 afterwards.',
  ),
];
const cProps = [
  ['Version', '1.22'],
  ['Release date', '17 February 2026'],
  ['Previous version', '1.19'],
];
const cTree = ['Barrowfield Workstations', 'B650 workstation board', 'BIOS updates', 'Chipset drivers', 'Known issues'];
const cCrumbs = ['Barrowfield Workstations', 'B650 workstation board', 'BIOS updates'];
const cLabels = ['bios', 'b650', 'firmware'];
const cHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${cTitle} - Barrowfield Workstations - Confluence</title>
<meta name="ajs-page-id" content="884211"><meta name="ajs-space-key" content="BWS"><meta name="ajs-content-type" content="page">
<meta name="confluence-request-time" content="1772550000000"><link rel="stylesheet" href="/wiki/s/d41d8cd9/batch.css?locale=en-GB" media="all">
<script>window.__APP_INITIAL_STATE__ = {"spaceKey":"BWS","pageId":"884211","anonymous":true};</script></head>
<body id="com-atlassian-confluence" class="theme-default aui-layout aui-theme-default">
<div id="page"><header id="header" role="banner"><nav class="aui-header aui-dropdown2-trigger-group" role="navigation"><div class="aui-header-primary">
<span id="logo" class="aui-header-logo"><a href="/wiki/"><span class="aui-header-logo-device">Confluence</span></a></span><ul class="aui-nav">
${links(['Spaces', 'People', 'Create'])}</ul></div><div class="aui-header-secondary"><ul class="aui-nav"><li><a href="/wiki/login.action">Log
in</a></li></ul></div>
</nav></header>
<div id="main" class="aui-page-panel"><div class="ia-splitter"><div class="ia-splitter-left"><div class="acs-side-bar ia-scrollable-section">
<div class="acs-side-bar-space-info"><div class="name"><a href="/wiki/spaces/BWS">Barrowfield Workstations</a></div></div>
<div class="acs-nav-wrapper"><div class="acs-nav-sections"><a class="acs-nav-item pages" href="/wiki/spaces/BWS/pages">Pages</a>
<a class="acs-nav-item blog" href="/wiki/spaces/BWS/blog">Blog</a></div></div>
<div class="ia-secondary-container"><div class="ia-secondary-header"><h5 class="ia-secondary-header-title">Page tree</h5></div><ul
class="plugin_pagetree_children_list">
${links(cTree.slice(1), 'plugin_pagetree_children_content')}</ul></div></div></div>
<div class="ia-splitter-right"><div id="main-content-wrapper"><div id="breadcrumb-section"><ol id="breadcrumbs">${links(cCrumbs)}</ol></div>
<div id="title-heading" class="pagetitle with-breadcrumbs"><h1 id="title-text"><a href="/wiki/spaces/BWS/pages/884211">${cTitle}</a></h1></div>
<div class="page-metadata"><ul><li class="page-metadata-modification-info">Created by <span class="author"><a href="/wiki/people/55">Tamsin Oyelaran</a></span>,
last updated by <span class="editor"><a href="/wiki/people/61">Gregor Wilk</a></span> on <a class="last-modified" href="#">Feb 19, 2026</a></li>
<li class="page-metadata-item">3 min read</li></ul></div>
<div id="main-content" class="wiki-content">
<div class="table-wrap"><table class="confluenceTable"><tbody>
${cProps.map(([k, v]) => `<tr>\n<th class="confluenceTh">${k}</th>\n<td class="confluenceTd">${v}</td>\n</tr>`).join('\n')}</tbody></table></div>
${ps(cIntro)}
<div class="confluence-information-macro confluence-information-macro-information"><p class="title">Before you start</p>
<span class="aui-icon aui-icon-small aui-iconfont-info confluence-information-macro-icon"></span><div
class="confluence-information-macro-body">${ps(cInfo)}</div></div>
<div class="confluence-information-macro confluence-information-macro-warning"><span class="aui-icon aui-icon-small aui-iconfont-error"></span>
<div class="confluence-information-macro-body">${ps(cWarn)}</div></div>
<h2 id="BIOS-Updatesteps">Update steps</h2><ol>
${lis(cSteps)}</ol>
<h2 id="BIOS-Aftertheupdate">After the update</h2>
${ps(cAfter)}
<h2 id="BIOS-Recovery">Recovery from a failed update</h2>
${ps(cRecovery)}
<p><span class="confluence-embedded-file-wrapper"><a class="confluence-embedded-file" href="/wiki/download/attachments/884211/B650WS_122.zip">B650WS_122.zip</a>
</span></p></div>
<div id="labels-section" class="pageSection group"><div class="labels-section-content content-column"><div class="labels-content"><ul class="label-list">
${cLabels
  .map(
    (l) => `<li class="aui-label"><a class="aui-label-split-main" href="/wiki/label/BWS/${l}"
rel="tag">${l}</a></li>`,
  )
  .join('\n')}</ul></div></div></div>
<div id="likes-and-labels-container"><div id="likes-section"><span class="like-summary">Be the first to like this</span></div></div>
<div id="comments-section" class="pageSection group"><div class="section-header"><h2 id="comments-section-title" class="section-title">No comments</h2></div>
<p class="comments-login">Log in to add a comment.</p></div></div></div></div></div>
<div id="footer" role="contentinfo"><section class="footer-body"><ul id="poweredby"><li class="noprint">Powered by Atlassian Confluence 9.2</li>
<li class="print-only">Printed by Atlassian Confluence 9.2</li></ul><ul>${links(['Report a bug', 'Atlassian News'])}</ul></section></div></div>
<script src="/wiki/s/d41d8cd9/batch.js?locale=en-GB"></script></body></html>`;
const confluence: TestPage = {
  name: 'heldout448-confluence-bios-update',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['Update steps', 'After the update', 'Recovery from a failed update'],
  body: texts([...cProps.map(([k, v]) => `${k} ${v}`), ...cIntro, ...cInfo, ...cWarn, ...cSteps, ...cAfter, ...cRecovery]),
  bylines: ['Created by Tamsin Oyelaran, last updated by Gregor Wilk on Feb 19, 2026', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Confluence', 'Spaces', 'People', 'Create', 'Log in', ...cTree, 'Pages', 'Blog', 'Page tree', 'Before you start', ...cLabels,
    'Be the first to like this', 'No comments', 'Log in to add a comment.', 'Powered by Atlassian Confluence 9.2', 'Printed by Atlassian Confluence 9.2',
    'Report a bug', 'Atlassian News',
  ],
};

const sTitle = 'Quillmark';
const sTag = 'A lightweight Markdown note-taking app with local folders and fast search';
const sDesc = [
  j(
    'Quillmark is a desktop note-taking app that keeps every note as a plain Markdown file in a folder you choose. There is no account',
    'and no cloud service: sync your folder with any tool you already use, and your notes stay readable in any text editor.',
  ),
  j(
    'The app opens a folder of ten thousand notes in under a second and searches them as you type. Links between notes are written',
    'with double square brackets and shown as a graph, and a daily note is created from a template when you start the app.',
  ),
  'Version 3.4 adds tabs, a distraction-free writing mode and export to PDF with your own CSS.',
];
const sFeatures = [
  'Notes are plain Markdown files in ordinary folders',
  'Full-text search with filters for tags, dates and folders',
  'Back-links and a graph view of linked notes',
  'Daily notes and templates',
  'Themes and plugins written in JavaScript',
  'Runs on Windows, macOS and Linux',
];
const sNav = ['Open Source Software', 'Business Software', 'For Vendors', 'Blog', 'About', 'More'];
const sCrumbs = ['Home', 'Browse', 'Office/Business', 'Note-Taking', 'Quillmark'];
const sTabs = ['Summary', 'Files', 'Reviews', 'Support', 'Tickets', 'Code'];
const sCats = ['Note-Taking', 'Text Editors', 'Office Suites'];
const sRelated = ['Inkwell Notes', 'TreeLine Outliner', 'Marginalia Wiki'];
const sFoot = ['Create a Project', 'Open Source Software', 'Business Software', 'Top Downloaded Projects', 'Terms', 'Privacy', 'Opt Out'];
const sHtml = `<!DOCTYPE html>
<html class="no-js" lang="en"><head><meta charset="utf-8"><title>Quillmark download | SourceForge.net</title>
<meta name="description" content="Download Quillmark for free. ${sTag}."><meta property="og:type" content="website">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="canonical" href="https://sourceforge.net/projects/quillmark/">
<link rel="stylesheet" href="https://a.fsdn.example/allura/nf/1771234567/_ew_/theme/sftheme/css/forge.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"SoftwareApplication","name":"Quillmark","operatingSystem":["Windows","Mac","Linux"],
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.8","ratingCount":"37"}}</script>
<script>var SF = {"ads":{"adblock":false},"user":{"logged_in":false},"project_name":"quillmark"};</script></head>
<body class="sf-project project-summary" id="pg_project"><div id="busy-spinner"></div>
<header class="header sandiego" role="banner"><section class="sticky-top-nav"><div class="row"><a href="/" class="sf-logo" title="Home">SourceForge</a>
<nav class="main-nav"><ul class="dropdown menu">${links(sNav, 'main-nav-item')}</ul></nav>
<div class="auth-links"><a href="/auth/">Log In</a><a href="/user/registration" class="button">Join</a></div></div></section></header>
<div id="overlay-blockthrough"></div><div class="l-two-column-page"><div class="l-content-column l-has-sidebar">
<nav class="breadcrumbs" aria-label="breadcrumbs"><ul itemscope itemtype="http://schema.org/BreadcrumbList">${links(sCrumbs)}</ul></nav>
<section class="project-masthead" itemscope itemtype="http://schema.org/SoftwareApplication"><div class="project-header">
<div class="project-icon"><img itemprop="image" alt="Quillmark Icon" src="https://a.fsdn.example/allura/p/quillmark/icon"></div>
<div class="title"><h1 itemprop="name">${sTitle}</h1><h2 class="summary">${sTag}</h2>
<div class="as-h2 brought-by">Brought to you by: <a href="/u/nilsbergqvist/">nilsbergqvist</a>, <a href="/u/ada-mwangi/">ada-mwangi</a></div></div></div>
<div class="project-tools"><ul class="dropdown-tabs">${links(sTabs, 'tab')}</ul></div></section>
<div class="download-bar"><a href="/projects/quillmark/files/latest/download" class="button green big-text download with-sub-label" title="Download Quillmark">
<span>Download</span><span class="sub-label">Quillmark-3.4.1-setup.exe</span></a>
<div class="or-browse">Get Updates</div><a class="button share" href="#">Share This</a></div>
<section class="project-description"><div class="description" itemprop="description">
${ps(sDesc)}</div>
<h3 class="features-title">Features</h3><ul class="features">
${lis(sFeatures)}</ul></section>
<section class="project-info"><h4>Project Activity</h4><a href="/p/quillmark/activity/">See All Activity &gt;</a>
<div class="stats"><div class="stat"><span class="label">Downloads:</span> 1,214 This Week</div><div class="stat"><span class="label">Last Update:</span>
<time datetime="2026-02-20">2026-02-20</time></div></div>
<h4>Categories</h4><ul class="project-categories">${links(sCats)}</ul>
<h4>License</h4><p><a href="/directory/license:mit/">MIT License</a></p></section>
<section class="ratings"><h4>User Ratings</h4><div class="rating-score">4.8 out of 5 stars</div><a href="/projects/quillmark/reviews/">Write a Review</a>
<div class="review"><p class="review-text">Fast and simple, and my notes stay in plain files. Exactly what I wanted.</p><span class="reviewer">tomhal,
2026-01-30</span></div>
</section></div>
<aside class="l-sidebar" role="complementary"><div class="sf-ad"><span class="ad-label">Other Useful Business Software</span><div class="sf-ad-body">
<p class="sf-ad-title">Team wiki software that your whole company will actually use</p><a class="button"
href="/software/product/teamwiki/">Learn More</a></div></div>
<h4>Related projects</h4><ul class="related-projects">${links(sRelated)}</ul></aside></div>
<footer class="sandiego"><div class="footer-wrapper"><ul class="footer-links">${links(sFoot)}</ul>
<p class="copyright">© 2026 Slashdot Media. All Rights Reserved.</p></div></footer>
<div id="cmp-banner" class="truste_box_overlay"><p>We and our partners use cookies to personalise content and ads.</p><button id="cmp-accept">Accept</button>
<button id="cmp-options">Manage choices</button></div>
<script src="https://a.fsdn.example/allura/nf/1771234567/_ew_/theme/sftheme/js/sftheme/shared_head.js"></script></body></html>`;
const sourceforge: TestPage = {
  name: 'heldout448-sourceforge-project-download',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Features'],
  body: texts([sTag, ...sDesc, ...sFeatures]),
  bylines: ['Brought to you by: nilsbergqvist, ada-mwangi', '2026-02-20'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'SourceForge', ...sNav, 'Note-Taking', 'Log In', 'Join', 'Browse', 'Office/Business', ...sTabs, 'Download', 'Quillmark-3.4.1-setup.exe', 'Get Updates',
    'Share This', 'Project Activity', 'See All Activity >', 'Downloads:', '1,214 This Week', 'Last Update:', 'Categories', ...sCats.slice(1), 'License',
    'MIT License', 'User Ratings', '4.8 out of 5 stars', 'Write a Review', 'Fast and simple, and my notes stay in plain files. Exactly what I wanted.',
    'tomhal, 2026-01-30', 'Other Useful Business Software', 'Team wiki software that your whole company will actually use', 'Learn More',
    'Related projects', ...sRelated, 'Create a Project', 'Top Downloaded Projects', 'Terms', 'Privacy', 'Opt Out',
    '© 2026 Slashdot Media. All Rights Reserved.', 'We and our partners use cookies to personalise content and ads.', 'Accept', 'Manage choices',
  ],
};

export const HELDOUT448_C: readonly TestPage[] = [confluence, sourceforge];
