import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout257-kit.js';

/**
 * Held-out batch 257, file d2: a GitHub repository wiki page, short (app header, repository header with Public label and
 * Notifications / Fork / Star, the repository tabs, the wiki header with "Jump to bottom" and the "edited this page ·
 * revisions" line, markdown-heading anchors, a code block, the Pages box with "Show more pages", the custom sidebar,
 * "Clone this wiki locally", the footer and the cookie consent banner).
 */
const gTitle = 'Migrating from 2.x to 3.0';
const gIntro = [
  j(
    'Version 3.0 of tallyho changes how ballots are read and drops several flags that had been deprecated since 2.4. Most projects can',
    'upgrade in an afternoon. This page lists what you need to touch.',
  ),
];
const gConfig = [
  j(
    'The configuration file moves from <code>.tallyhorc</code> in your user directory to <code>tallyho.toml</code> next to the ballot',
    'files. Run the converter once in each project and commit the result:',
  ),
];
const gCode = 'tallyho config migrate --from ~/.tallyhorc';
const gFlags = [
  '<code>--legacy-csv</code> is gone; CSV ballots are now detected from the header row.',
  '<code>--quiet</code> is replaced by <code>--log-level=error</code>.',
  '<code>--round-robin</code> moved to the separate tallyho-extras package.',
];
const gCount = [
  j(
    'Ties in ranked-choice counts are now broken by the earliest first-preference lead instead of at random. If you relied on the old',
    'behaviour, pass <code>--tiebreak=random</code> and set a seed so that results can be reproduced.',
  ),
];
const gHelp = [
  j(
    'If something on this page is wrong or missing, open an issue with the label <code>migration</code> rather than editing the page,',
    'so that the maintainers see it. Patches that fix the converter for unusual configuration files are especially welcome.',
  ),
];
const gGlobal = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const gTabs = ['Code', 'Issues', 'Pull requests', 'Discussions', 'Actions', 'Wiki', 'Security', 'Insights'];
const gPages = ['Home', 'Ballot formats', 'Configuration reference', 'Counting methods', 'FAQ'];
const gSidebar = ['Getting started', 'Writing a plugin', 'Release process'];
const gFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const gh = (id: string, t: string): string => `<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">${t}</h2>
<a id="user-content-${id}" class="anchor" aria-label="Permalink: ${t}" href="#${id}"><svg class="octicon octicon-link" viewBox="0 0 16 16" width="16"
height="16"
aria-hidden="true"></svg></a></div>`;
const gHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system"><head><meta charset="utf-8">
<link rel="dns-prefetch" href="https://github.githubassets.com"><link crossorigin="anonymous" media="all" rel="stylesheet"
href="https://github.githubassets.com/assets/light-0eace2597ca3.css"><title>${gTitle} · quillmesh/tallyho Wiki · GitHub</title>
<meta name="description" content="Count ranked ballots from CSV and JSON. Contribute to quillmesh/tallyho development by creating an account on GitHub.">
<meta property="og:title" content="${gTitle}"><meta property="og:site_name" content="GitHub"><meta name="octolytics-url"
content="https://collector.github.com/github/collect">
<script type="application/json" id="client-env">{"locale":"en","featureFlags":["primer_react_select_panel_ignore_fetch"]}</script>
<script crossorigin="anonymous" defer type="application/javascript" src="https://github.githubassets.com/assets/wp-runtime-4f1e2b.js"></script></head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;"><div class="logged-out env-production page-responsive">
<div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis
show-on-focus js-skip-to-content">Skip to content</a><header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner">
<div class="container-xl d-flex flex-column flex-lg-row flex-items-center p-responsive height-full"><a class="mr-lg-3 color-fg-inherit flex-order-2"
href="https://github.com/" aria-label="Homepage"><svg height="32" class="octicon octicon-mark-github" viewBox="0 0 24 24" width="32"></svg></a>
<nav class="mt-0 px-3 px-lg-0 mb-3 mb-lg-0" aria-label="Global"><ul class="d-lg-flex list-style-none">${links(
  gGlobal,
  'HeaderMenu-item position-relative',
)}</ul>
</nav><div class="d-lg-flex flex-items-center mb-3 mb-lg-0 text-center text-lg-left ml-3"><qbsearch-input class="search-input"><button type="button"
class="header-search-button placeholder input-button form-control"><span class="flex-1">Search or jump to...</span></button></qbsearch-input>
<a href="/login?return_to=https%3A%2F%2Fgithub.com%2Fquillmesh%2Ftallyho%2Fwiki" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a>
<a href="/signup?ref_cta=Sign+up" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a></div></div></header></div>
<div class="application-main " data-commit-hovercards-enabled data-discussion-hovercards-enabled><main id="js-repo-pjax-container">
<div id="repository-container-header" class="pt-3 hide-full-screen" style="background-color: var(--page-header-bgColor);"><div class="d-flex flex-nowrap
flex-justify-end mb-3 px-3 px-lg-5"><div class="flex-auto min-width-0 width-fit"><div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal">
<span class="author flex-self-stretch" itemprop="author"><a class="url fn" rel="author" href="/quillmesh">quillmesh</a></span><span class="mx-1
flex-self-stretch color-fg-muted">/</span><strong itemprop="name" class="mr-2 flex-self-stretch"><a href="/quillmesh/tallyho">tallyho</a></strong>
<span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div><div id="repository-details-container" class="flex-shrink-0">
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline"><li><a href="/login" class="tooltipped tooltipped-s btn-sm btn"
aria-label="You must be signed in to
change notification settings">Notifications</a></li><li><a href="/login" class="btn-sm
btn">Fork <span id="repo-network-counter" class="Counter">38</span></a></li>
<li><a href="/login" class="btn-sm btn">Star <span id="repo-stars-counter-star" class="Counter js-social-count">612</span></a></li></ul></div></div>
<nav data-pjax="#js-repo-pjax-container" aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden
UnderlineNav px-3 px-md-4 px-lg-5"><ul class="UnderlineNav-body list-style-none">${links(gTabs, 'd-inline-flex')}</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top" class=""><div id="repo-content-pjax-container" class="repository-content ">
<div class="clearfix container-xl px-md-4 px-lg-5 px-3"><div id="wiki-wrapper" class="page"><div class="d-flex flex-column flex-md-row gh-header">
<h1 class="flex-auto min-width-0 mb-2 mb-md-0 mr-0 mr-md-2 gh-header-title">${gTitle}</h1><div class="mt-0 mt-lg-1 flex-shrink-0 gh-header-actions">
<a href="#wiki-pages-box" class="btn btn-sm">Jump to bottom</a></div></div>
<div class="mt-2 mt-md-1 pb-3 gh-header-meta"><a class="Link--secondary text-bold" href="/bertrand-okk">Bertrand Okk</a> edited this page <relative-time
datetime="2026-02-27T10:12:03Z" class="no-wrap">Feb 27, 2026</relative-time> · <a href="/quillmesh/tallyho/wiki/Migrating-from-2.x-to-3.0/_history"
class="Link--secondary">9 revisions</a></div>
<div id="wiki-content" class="mt-4"><div class="Layout Layout--flowRow-until-md Layout--gutter-condensed Layout--sidebarPosition-end
Layout--sidebarPosition-flowRow-end"><div class="Layout-main"><div id="wiki-body" class="gollum-markdown-content"><div class="markdown-body">
${ps(gIntro, ' dir="auto"')}
${gh('configuration', 'Configuration')}
${ps(gConfig, ' dir="auto"')}
<div class="highlight highlight-source-shell notranslate position-relative overflow-auto" dir="auto"><pre>${gCode}</pre><div class="zeroclipboard-container">
<clipboard-copy aria-label="Copy" class="ClipboardButton btn js-clipboard-copy m-2 p-0" data-copy-feedback="Copied!"
value="${gCode}"></clipboard-copy></div></div>
${gh('removed-flags', 'Removed flags')}
<ul dir="auto">${gFlags.map((f) => `<li>${f}</li>`).join('\n')}</ul>
${gh('counting-changes', 'Counting changes')}
${ps(gCount, ' dir="auto"')}
${gh('found-a-problem', 'Found a problem?')}
${ps(gHelp, ' dir="auto"')}
</div></div></div>
<div class="Layout-sidebar"><div class="wiki-rightbar"><div class="Box Box--condensed mb-4 js-wiki-pages-box" id="wiki-pages-box"><div class="Box-header">
<h2 class="Box-title">Pages <span title="12" class="Counter Counter--primary">12</span></h2></div><ul class="filterable-active">
${links(gPages, 'Box-row')}</ul><div class="Box-footer"><button type="button" class="Link--muted js-wiki-more-pages-link btn-link mx-auto f6">Show 7 more pages…
</button></div></div><div class="Box Box--condensed mb-4"><div class="Box-body wiki-custom-sidebar markdown-body"><p dir="auto"><strong>Guides</strong></p>
<ul dir="auto">${links(gSidebar)}</ul></div></div>
<h5 class="mt-0 mb-2">Clone this wiki locally</h5><div class="width-full input-group"><input id="wiki-clone-url" type="text" readonly
class="form-control input-sm text-small color-fg-muted input-monospace" value="https://github.com/quillmesh/tallyho.wiki.git"></div></div></div></div></div>
</div></div></div></turbo-frame></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="d-flex flex-justify-center
flex-items-center flex-column-reverse flex-lg-row flex-wrap flex-lg-nowrap"><div class="d-flex flex-items-center flex-shrink-0
mx-2"><span>© 2026 GitHub,&nbsp;Inc.
</span></div><nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3><ul class="list-style-none d-flex flex-justify-center
flex-wrap mb-2 mb-lg-0" aria-labelledby="sr-footer-heading">${links(gFoot, 'mx-2')}</ul></nav></div></footer>
<ghcc-consent id="ghcc" class="position-fixed bottom-0 left-0" style="z-index: 999999"><div class="cookie-consent-banner" role="dialog"><p>We use optional
cookies
to improve your experience and to measure how the site is used. You can change your choice at any time from Manage cookies.</p><button
class="btn">Accept</button>
<button class="btn">Reject</button></div></ghcc-consent>
<div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden><button type="button" class="flash-close js-ajax-error-dismiss"
aria-label="Dismiss error"></button>You can’t perform that action at this time.</div></div></body></html>`;
export const github: TestPage = {
  name: 'heldout257-github-wiki',
  kind: 'wiki',
  html: gHtml,
  title: gTitle,
  headings: ['Configuration', 'Removed flags', 'Counting changes', 'Found a problem?'],
  body: texts([...gIntro, ...gConfig, gCode, ...gFlags, ...gCount, ...gHelp]),
  bylines: ['Bertrand Okk', 'edited this page', 'Feb 27, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...gGlobal, 'Search or jump to...', 'Sign in', 'Sign up', 'quillmesh', 'Public', 'Notifications', 'Fork',
    'Star', '612', ...gTabs, 'Jump to bottom', '9 revisions', 'Pages', ...gPages, 'Show 7 more pages…', 'Guides', ...gSidebar,
    'Clone this wiki locally', 'Footer', '© 2026 GitHub, Inc.', 'Footer navigation', ...gFoot,
    'We use optional cookies to improve your experience and to measure how the site is used. You can change your choice at any time from Manage cookies.',
    'Accept', 'Reject', 'You can’t perform that action at this time.',
  ],
};
