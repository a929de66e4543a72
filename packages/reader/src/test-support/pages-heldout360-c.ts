import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout360-kit.js';

/**
 * Held-out batch 360, file c: a WordPress.org plugin directory page on its Changelog tab (wporg header and menu, plugin banner,
 * byline, tabs, the meta sidebar with version, installs and tags, ratings, contributors, support and donate boxes, footer) and
 * a Jira Server "Release Notes" page (AUI header and navigation, the format and version pickers, issue lists by type, the
 * "Edit/Copy Release Notes" box and the footer).
 */
const wpTitle = 'Quillgate Forms &amp; Surveys';
const wpVersions: readonly [string, string[]][] = [
  [
    '5.3.0 – 2026-02-24',
    [
      'New: conditional logic can now compare two fields with each other, not only a field with a fixed value.',
      'New: a “Save and continue later” link that emails the visitor a resume link valid for 14 days.',
      'Improvement: the entries screen loads 40 entries at a time and keeps your filters when you come back from an entry.',
      'Fix: file upload fields rejected HEIC photos from phones even when images were allowed.',
      'Fix: the honeypot field was announced by some screen readers.',
    ],
  ],
  [
    '5.2.2 – 2026-01-30',
    [
      'Security: escaped the form title on the entries export screen. Thanks to Halvard Mbeki for the responsible disclosure.',
      'Fix: the date picker showed the wrong first day of the week for Portuguese sites.',
    ],
  ],
  [
    '5.2.1 – 2026-01-12',
    [
      'Fix: a fatal error on PHP 8.4 when a form had no fields yet.',
      'Fix: the block preview in the editor no longer triggers a real submission when a field is clicked.',
    ],
  ],
  [
    '5.2.0 – 2025-12-09',
    [
      'New: payment fields for Stripe and Mollie, with test mode on by default until you add live keys.',
      'New: survey results can be shown to visitors as a bar chart after they submit.',
      'Improvement: email notifications use the site’s logo and colours from the block theme’s global styles.',
      j(
        'Improvement: spam checks run before file uploads are stored, which cuts the disk space used by bot submissions on busy sites',
        'by more than half in our tests.',
      ),
      'Tweak: the minimum WordPress version is now 6.4.',
    ],
  ],
  [
    '5.1.4 – 2025-11-03',
    [
      'Fix: entries with more than 255 characters in a single-line field were cut off in CSV exports.',
      'Fix: duplicated forms kept the original form’s notification recipients instead of copying them.',
      'Developer: new <code>quillgate_before_entry_save</code> filter.',
    ],
  ],
];
const wpNote = [
  j(
    'Older entries are listed in <code>changelog.txt</code> inside the plugin folder. Before updating a live site that takes payments,',
    'we recommend testing the update on a staging copy first.',
  ),
];
const wpMenu = ['Plugins', 'Themes', 'Patterns', 'Learn', 'Documentation', 'Forums', 'News', 'About', 'Get WordPress'];
const wpTabs = ['Details', 'Reviews', 'Installation', 'Development'];
const wpMeta: readonly [string, string][] = [
  ['Version', '5.3.0'],
  ['Last updated', '1 week ago'],
  ['Active installations', '90,000+'],
  ['WordPress version', '6.4 or higher'],
  ['Tested up to', '6.8.1'],
  ['PHP version', '7.4 or higher'],
  ['Languages', 'See all 19'],
];
const wpTags = ['contact form', 'form builder', 'surveys', 'payment form', 'quiz'];
const wpFoot = ['About', 'News', 'Hosting', 'Privacy', 'Showcase', 'Themes', 'Plugins', 'Patterns', 'Learn', 'Documentation', 'Developers', 'WordPress.tv'];
const wpHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Quillgate Forms &amp; Surveys – WordPress plugin | WordPress.org</title>
<meta name="description" content="Drag-and-drop forms, surveys and payments for WordPress."><link rel="canonical"
href="https://wordpress.example/plugins/quillgate-forms/">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["SoftwareApplication","Product"],"applicationCategory":"Plugin",
"name":"Quillgate Forms & Surveys","softwareVersion":"5.3.0","aggregateRating":{"@type":"AggregateRating","ratingValue":4.6,"ratingCount":712}}]</script>
<link rel="stylesheet" id="wporg-plugins-style-css" href="https://wordpress.example/plugins/wp-content/themes/pub/wporg-plugins/css/style.css"></head>
<body id="wordpress-org" class="plugin-template-default single single-plugin postid-188213 wp-custom-logo">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header class="wp-block-group global-header"><nav class="wp-block-navigation global-header__navigation" aria-label="Main menu">
<ul class="wp-block-navigation__container">${links(wpMenu, 'wp-block-navigation-item')}</ul></nav>
<form class="global-header__search"><input type="search" placeholder="Search plugins" aria-label="Search plugins"></form></header>
<div id="page" class="site"><div id="content" class="site-content"><main id="main" class="site-main" role="main">
<article id="post-188213" class="post-188213 plugin type-plugin status-publish plugin_section-forms">
<div class="entry-thumbnail"><div class="plugin-banner" id="plugin-banner-quillgate-forms"></div></div>
<div class="plugin-header"><div class="entry-thumbnail"><img class="plugin-icon" src="https://ps.w.org.example/quillgate-forms/assets/icon-256x256.png"
alt=""></div>
<div class="plugin-actions"><a class="plugin-download button download-button button-large"
href="https://downloads.wordpress.example/plugin/quillgate-forms.5.3.0.zip">
Download</a></div>
<h1 class="plugin-title">${wpTitle}</h1>
<span class="byline">By <span class="author vcard"><a class="url fn n" rel="nofollow" href="https://quillgate.example">Quillgate Labs</a></span></span></div>
<ul class="tabs clear"><li id="tablink-description"><a href="#description">Details</a></li><li id="tablink-reviews"><a href="#reviews">Reviews</a></li>
<li id="tablink-installation"><a href="#installation">Installation</a></li><li id="tablink-developers"><a href="#developers">Development</a></li></ul>
<div class="entry-content"><div id="tab-changelog" class="plugin-changelog section read-more expanded">
<h2 id="changelog-header">Changelog</h2>
${wpVersions.map(([v, items]) => `<h4>${v}</h4>\n<ul>\n${items.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`).join('\n')}
${ps(wpNote)}
</div></div>
<div class="entry-meta"><div class="widget plugin-meta"><h3 class="screen-reader-text">Meta</h3><ul>
${wpMeta.map(([k, v]) => `<li>${k} <strong>${v}</strong></li>`).join('\n')}
<li class="clear">Tags <div class="tags">${wpTags.map((t) => `<a href="/plugins/tags/${t.length}/" rel="tag">${t}</a>`).join('\n')}</div></li></ul>
<p class="aligncenter"><a class="plugin-admin" href="/plugins/quillgate-forms/advanced/">Advanced View</a></p></div>
<div class="widget plugin-ratings"><h3 class="widget-title">Ratings</h3><a class="reviews-link" href="/support/plugin/quillgate-forms/reviews/">See all</a>
<div class="rating"><div class="wporg-ratings" title="4.6 out of 5 stars">4.6 out of 5 stars.</div></div>
<ul class="ratings-list"><li class="counter-container">5 stars <span class="counter-count">604</span></li>
<li class="counter-container">1 star <span class="counter-count">58</span></li></ul>
<div class="user-rating"><a href="/support/plugin/quillgate-forms/reviews/#new-post">Add my review</a></div></div>
<div class="widget plugin-contributors"><h3 class="widget-title">Contributors</h3><ul id="contributors-list" class="contributors-list">
<li><a href="https://profiles.wordpress.example/quillgate/">Quillgate Labs</a></li><li><a href="https://profiles.wordpress.example/teodoraw/">Teodora
Wiśniak</a></li></ul></div>
<div class="widget plugin-support"><h3 class="widget-title">Support</h3><p class="aside">Issues resolved in last two months:</p>
<p class="counter-container"><span class="counter-count">21 out of 27</span></p><p><a class="button"
href="/support/plugin/quillgate-forms/">View support forum</a></p></div>
<div class="widget plugin-donate"><h3 class="widget-title">Donate</h3><p class="aside">Would you like to support the advancement of this plugin?</p>
<p><a class="button button-secondary" href="https://quillgate.example/donate/" rel="nofollow">Donate to this plugin</a></p></div></div>
</article></main></div></div>
<footer class="wp-block-group global-footer"><ul class="global-footer__navigation-list">${links(wpFoot, 'wp-block-navigation-item')}</ul>
<p class="global-footer__code_is_poetry">Code is Poetry</p></footer>
<script src="https://wordpress.example/plugins/wp-content/themes/pub/wporg-plugins/js/theme.js"></script></body></html>`;
const wpPlugin: TestPage = {
  name: 'heldout360-wordpress-org-plugin-changelog-docs',
  kind: 'docs',
  html: wpHtml,
  title: 'Quillgate Forms & Surveys',
  headings: ['Changelog', ...wpVersions.map(([v]) => v)],
  body: texts([...wpVersions.flatMap(([, items]) => items), ...wpNote]),
  bylines: ['By Quillgate Labs'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...wpMenu, 'Download', ...wpTabs, 'Meta', ...wpMeta.map(([k, v]) => `${k} ${v}`), 'Tags', ...wpTags, 'Advanced View', 'Ratings',
    'See all', '4.6 out of 5 stars.', '5 stars', '604', '1 star', 'Add my review', 'Contributors', 'Teodora Wiśniak', 'Support',
    'Issues resolved in last two months:', '21 out of 27', 'View support forum', 'Donate', 'Would you like to support the advancement of this plugin?',
    'Donate to this plugin', ...wpFoot, 'Code is Poetry',
  ],
};

const jrTitle = 'Release Notes - Driftline Mobile - Version 4.2';
const jrGroups: readonly [string, readonly [string, string][]][] = [
  [
    'Bug',
    [
      ['DRM-1182', 'Export to CSV drops rows whose notes field contains a line break'],
      ['DRM-1190', 'Push notification opens the wrong vessel when two vessels share a call sign prefix'],
      ['DRM-1203', 'Tide chart shows yesterday’s curve for harbours east of the date line'],
      ['DRM-1211', 'App freezes for several seconds when the crew list has more than 300 entries'],
      ['DRM-1219', 'Offline logbook entries are saved twice if the app is closed during sync'],
    ],
  ],
  [
    'Story',
    [
      ['DRM-1044', 'As a skipper, I can attach up to ten photos to a logbook entry so that damage reports include evidence'],
      ['DRM-1101', 'As a harbour master, I can see the expected arrival time of every vessel in my berth plan'],
      ['DRM-1126', 'As a crew member, I receive a reminder 24 hours before my safety certificate expires'],
    ],
  ],
  [
    'Improvement',
    [
      ['DRM-1150', 'Reduce the size of the offline chart package for the North Sea region from 1.2 GB to 640 MB'],
      ['DRM-1163', 'Show the last successful sync time on the logbook screen instead of a spinner'],
      ['DRM-1171', 'Use the device’s dark mode setting for the night-watch theme by default'],
      ['DRM-1198', 'Sort the berth list by arrival time, then by vessel length'],
    ],
  ],
  [
    'Task',
    [
      ['DRM-1077', 'Upgrade the map rendering library to version 11 and remove the deprecated tile cache'],
      ['DRM-1140', 'Move crash reporting to the EU data region for all accounts created after 1 January'],
      ['DRM-1207', 'Write the migration guide for fleets still on logbook format 2'],
    ],
  ],
];
const jrLi = (key: string, summary: string): string => `<li>[<a href='https://jira.driftline.example/browse/${key}'>${key}</a>] -         ${summary}\n</li>`;
const jrNav = ['Dashboards', 'Projects', 'Issues', 'Boards', 'Plans', 'Create'];
const jrHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"><title>Release Notes - Driftline Jira</title>
<meta name="application-name" content="JIRA" data-name="jira" data-version="9.12.8"><meta name="ajs-remote-user" content="">
<meta name="ajs-version-number" content="9.12.8"><link rel="shortcut icon" href="/s/-yhg7xp/9120008/1dlckms/_/images/fav-jsw.png">
<link type="text/css" rel="stylesheet" href="/s/d41d8cd98f00b204e9800998ecf8427e-CDN/-yhg7xp/9120008/_/download/contextbatch/css/_super/batch.css" media="all">
<script>window.WRM=window.WRM||{};WRM._unparsedData=WRM._unparsedData||{};WRM._unparsedData["jira.core:user-message-flags-data.adminLockout"]="{}";</script>
</head><body id="jira" class="aui-layout aui-theme-default page-type-releasenotes" data-version="9.12.8"><div id="page">
<header id="header" role="banner"><a class="aui-skip-link" href="#main">Skip to main content</a>
<nav class="aui-header aui-dropdown2-trigger-group" role="navigation"><div class="aui-header-inner"><div class="aui-header-primary">
<span id="logo" class="aui-header-logo aui-header-logo-custom"><a href="https://jira.driftline.example/secure/MyJiraHome.jspa">
<span class="aui-header-logo-device">Driftline Jira</span></a></span>
<ul class="aui-nav">${links(jrNav, 'aui-nav-item')}</ul></div>
<div class="aui-header-secondary"><ul class="aui-nav"><li><form id="quicksearch" class="aui-quicksearch dont-default-focus ajs-dirty-warning-exempt">
<input id="quickSearchInput" class="search" type="text" placeholder="Search" name="searchString"></form></li>
<li id="user-options"><a class="aui-nav-link login-link" href="/login.jsp">Log In</a></li></ul></div></div></nav></header>
<div id="announcement-banner" class="alertHeader">Scheduled maintenance: Jira will be read-only on Saturday from 06:00 to 08:00 UTC.</div>
<section id="content" role="main"><div class="aui-page-panel"><div class="aui-page-panel-inner"><section class="aui-page-panel-content">
<form action="ReleaseNote.jspa" method="get" name="jiraform" class="aui">
<div class="field-group"><label for="styleName">Format:</label><select id="styleName" name="styleName"><option value="Html" selected>Html</option>
<option value="Text">Text</option></select></div>
<div class="field-group"><label for="version">Version:</label><select id="version" name="version"><option value="14402" selected>4.2</option>
<option value="14311">4.1.3</option></select></div><input class="aui-button" type="submit" value="Configure Release Notes"></form>
<title>${jrTitle}</title>
<body>
<h1>${jrTitle}</h1>
${jrGroups.map(([type, items]) => `<h2>        ${type}\n</h2>\n<ul>\n${items.map(([k, s]) => jrLi(k, s)).join('')}</ul>`).join('\n')}
</body>
<hr><h2>Edit/Copy Release Notes</h2>
<p>The text area below allows the project release notes to be edited and copied to another document.</p>
<textarea rows="40" cols="120" id="editcopy" class="textarea" readonly>&lt;h1&gt;${jrTitle}&lt;/h1&gt;</textarea>
</section></div></div></section>
<footer id="footer" role="contentinfo"><section class="footer-body"><ul class="atlassian-footer">
<li>Atlassian Jira <a class="seo-link" rel="nofollow" href="https://www.atlassian.example/software/jira">Project Management Software</a></li>
<li><a id="about-link" rel="nofollow" href="/secure/AboutPage.jspa/secure/AboutPage.jspa">About Jira</a></li>
<li><a id="footer-report-problem-link" rel="nofollow" href="/secure/CreateIssue!default.jspa">Report a problem</a></li></ul>
<p class="atlassian-footer"><span class="licensemessage">Powered by a free Atlassian Jira community license for Driftline Marine Software.</span></p>
</section></footer></div>
<script type="text/javascript"
src="/s/d41d8cd98f00b204e9800998ecf8427e-CDN/-yhg7xp/9120008/_/download/contextbatch/js/_super/batch.js"></script></body></html>`;
const jira: TestPage = {
  name: 'heldout360-jira-server-release-notes-docs',
  kind: 'docs',
  html: jrHtml,
  title: jrTitle,
  headings: jrGroups.map(([type]) => type),
  body: jrGroups.flatMap(([, items]) => items.map(([k, s]) => `[${k}] - ${s}`)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Release Notes - Driftline Jira', 'Skip to main content', 'Driftline Jira', ...jrNav, 'Log In',
    'Scheduled maintenance: Jira will be read-only on Saturday from 06:00 to 08:00 UTC.', 'Format:', 'Html', 'Text', 'Version:', '4.1.3',
    'Edit/Copy Release Notes', 'The text area below allows the project release notes to be edited and copied to another document.',
    'Atlassian Jira Project Management Software', 'About Jira', 'Report a problem',
    'Powered by a free Atlassian Jira community license for Driftline Marine Software.',
  ],
};

export const HELDOUT360_C: readonly TestPage[] = [wpPlugin, jira];
