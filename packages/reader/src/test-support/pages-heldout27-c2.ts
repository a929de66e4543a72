import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 27, file c2: a GitHub repository wiki page seen signed out (skip link, the marketing header with its menus,
 * search and Sign in/Sign up, the hidden stale-session flashes, the repository header with owner/name, "Public", Notifications,
 * Fork and Star counters, the repository tabs with counters, the wiki page title, "Jump to bottom", the "edited this page"
 * line with revisions, the markdown body with "markdown-heading" anchors and a shell code block with its copy button, the
 * custom _Footer box, the right bar with "Pages", the page filter, the page list with this page's own table of contents, the
 * custom _Sidebar, "Clone this wiki locally", and the site footer).
 */
const ghTitle = 'Migrating from 0.x to 1.0';
const ghIntro =
  'Fernwood 1.0 is the first release with a stable configuration format. Most sites built with 0.9 will build unchanged, but a ' +
  'few defaults have changed and two long-deprecated features are gone. This page lists everything you need to check, roughly in ' +
  'the order you are likely to hit it.';
const ghH1 = 'Before you start';
const ghStart = [
  'Make sure your site builds cleanly on 0.9.6, the last 0.x release, with no deprecation warnings. Every warning printed by 0.9.6 ' +
    'corresponds to something that is an error in 1.0, so fixing them first makes the upgrade much shorter.',
  'Then run the migration helper, which rewrites your configuration file in place and keeps a backup next to it:',
];
const ghCode = 'fernwood migrate --from 0.9 ./my-site';
const ghH2 = 'Configuration changes';
const ghConfig = [
  'The configuration file is now <code>fernwood.toml</code>. The old <code>site.yaml</code> is still read, but the build prints a warning every time.',
  '<code>baseURL</code> must include the scheme. A value such as <code>example.com/blog</code> now fails; write <code>https://example.com/blog</code> instead.',
  'The <code>permalinks</code> table moved under <code>[content]</code>. The helper moves it for you.',
  'Drafts are no longer built by default. Pass <code>--drafts</code> or set <code>build.drafts = true</code> if you relied on them.',
];
const ghH3 = 'Templates';
const ghTemplates = [
  'The biggest change is that a template can no longer reach into other pages through <code>.Site.Pages</code> while a single page ' +
    'is being rendered. Use the new <code>collections</code> block in your configuration instead; it is computed once per build and ' +
    'is far faster on sites with thousands of pages.',
  'The old <code>date</code> filter has been replaced by <code>format_date</code>, which takes an explicit layout, for example ' +
    '<code>{{ .Date | format_date "2 January 2006" }}</code>.',
];
const ghH4 = 'Shortcodes';
const ghShort =
  'Shortcodes written for 0.x keep working. The only exception is shortcodes that called the removed <code>include</code> helper; ' +
  'replace it with <code>partial</code>, which takes the same arguments.';
const ghH5 = 'Removed features';
const ghRemoved = [
  'The built-in Disqus comments integration. Use a theme partial or a plugin instead.',
  'The <code>--watch-poll</code> flag, replaced by automatic detection of network drives.',
];
const ghH6 = 'Getting help';
const ghHelp =
  'If your site does not build after following this page, open a discussion in the Q&amp;A category with the output of ' +
  '<code>fernwood doctor</code> attached. Please do not open an issue for upgrade questions: issues are for bugs.';
const anchor = (t: string, level = 2) => {
  const slug = t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return (
    `<div class="markdown-heading" dir="auto"><h${level} class="heading-element" dir="auto">${t}</h${level}><a id="user-content-${slug}" class="anchor" ` +
    `aria-label="Permalink: ${t}" href="#${slug}"><svg class="octicon octicon-link" viewBox="0 0 16 16" version="1.1" width="16" height="16" ` +
    `aria-hidden="true"><path d="m7.775 3.275 1.25-1.25a3.5 3.5 0 1 1 4.95 4.95l-2.5 2.5a3.5 3.5 0 0 1-4.95 0"></path></svg></a></div>`
  );
};
const list = (items: readonly string[]) => `<ul dir="auto">\n${items.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`;
const pd = (t: string) => `<p dir="auto">${t}</p>`;
const ghBody = [
  pd(ghIntro),
  anchor(ghH1),
  ...ghStart.map(pd),
  `<div class="highlight highlight-source-shell notranslate position-relative overflow-auto" dir="auto"><pre>fernwood migrate --from 0.9 ./my-site</pre>` +
    `<div class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn btn-invisible js-clipboard-copy m-2 p-0" ` +
    `data-copy-feedback="Copied!" data-tooltip-direction="w" value="${ghCode}" tabindex="0" role="button"><svg aria-hidden="true" height="16" ` +
    `viewBox="0 0 16 16" version="1.1" width="16" class="octicon octicon-copy js-clipboard-copy-icon"></svg></clipboard-copy></div></div>`,
  anchor(ghH2),
  list(ghConfig),
  anchor(ghH3),
  ...ghTemplates.map(pd),
  anchor(ghH4, 3),
  pd(ghShort),
  anchor(ghH5),
  list(ghRemoved),
  anchor(ghH6),
  pd(ghHelp),
].join('\n');
const ghMenus = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const ghTabs: [string, string][] = [
  ['Code', ''],
  ['Issues', '57'],
  ['Pull requests', '9'],
  ['Discussions', ''],
  ['Actions', ''],
  ['Projects', '0'],
  ['Wiki', ''],
  ['Security', ''],
  ['Insights', ''],
];
const ghPages = [
  'Home',
  'Configuration reference',
  'Content front matter',
  'Deploying to Netlify',
  'FAQ',
  ghTitle,
  'Plugins',
  'Shortcodes',
  'Templates',
  'Themes',
  'Troubleshooting',
  'Writing a plugin',
];
const ghSidebar = ['Getting started', 'Installing Fernwood', 'Your first site', 'Upgrading', 'Reference', 'Command line'];
const ghFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Community', 'Docs', 'Contact'];
const ghToc = [ghH1, ghH2, ghH3, ghH4, ghH5, ghH6];
const pageRow = (t: string) =>
  `<li class="Box-row px-2 py-2"><details class="details-reset"${t === ghTitle ? ' open' : ''}><summary><div class="d-flex flex-items-start">` +
  `<div class="p-2 mt-n1 mb-n1 ml-n1 btn btn-octicon js-wiki-sidebar-toc-toggle-chevron-button" role="button" aria-label="Toggle table of contents">` +
  `<svg class="octicon octicon-triangle-down" width="16" height="16"></svg></div><span class="Truncate"><a class="Truncate-text text-bold py-1" ` +
  `href="/tollgate-labs/fernwood/wiki/${t.replace(/ /g, '-')}">${t}</a></span></div></summary>` +
  (t === ghTitle
    ? `<ul class="list-style-none mx-4 px-1">${ghToc.map((h) => `<li class="ml-0 mr-0 mt-1 mb-0"><a class="Truncate" href="#${h}">${h}</a></li>`).join('')}` +
      '</ul>'
    : '') +
  `</details></li>`;
const tab = ([t, n]: [string, string]) =>
  `<li data-view-component="true" class="d-inline-flex"><a id="${t.toLowerCase().replace(/ /g, '-')}-tab" href="/tollgate-labs/fernwood/${t.toLowerCase()}" ` +
  `data-view-component="true" class="UnderlineNav-item no-wrap js-responsive-underlinenav-item js-selected-navigation-item${t === 'Wiki' ? ' selected' : ''}"` +
  `${t === 'Wiki' ? ' aria-current="page"' : ''}><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon"></svg>` +
  `<span data-content="${t}">${t}</span><span title="${n === '' ? 'Not available' : n}" class="Counter${n === '' ? ' hidden' : ''}">` +
  `${n}</span></a></li>`;
const flash = (t: string) =>
  `<div class="js-stale-session-flash flash flash-warn flash-full" data-view-component="true" hidden><svg class="octicon octicon-alert"></svg>` +
  `<span class="js-stale-session-flash-signed-in" hidden>${t}</span><button class="flash-close js-flash-close" type="button" aria-label="Dismiss alert">` +
  `<svg class="octicon octicon-x"></svg></button></div>`;
const menuItem = (m: string) =>
  `<li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap"><button type="button" ` +
  `class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex flex-items-center flex-justify-between js-details-target" ` +
  `aria-expanded="false">${m}<svg class="octicon octicon-chevron-down"></svg></button></li>`;
const ghHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system" data-a11y-link-underlines="true">
<head><meta charset="utf-8"><link rel="dns-prefetch" href="https://github.githubassets.com"><link rel="preconnect" href="https://avatars.githubusercontent.com">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/primer-primitives-d9abecd14f1e.css">
<meta name="viewport" content="width=device-width"><title>${ghTitle} · tollgate-labs/fernwood Wiki · GitHub</title>
<meta name="description" content="A fast, boring static site generator. Contribute to tollgate-labs/fernwood development by creating an account on GitHub.">
<meta property="og:title" content="${ghTitle}"><meta property="og:site_name" content="GitHub"><meta name="route-pattern"
content="/:user_id/:repository/wiki/:id">
<meta name="octolytics-dimension-repository_nwo" content="tollgate-labs/fernwood"><meta name="turbo-cache-control" content="no-preview"></head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;"><div data-turbo-body class="logged-out env-production page-responsive">
<div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content" data-skip-target-assigned="false"
class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner" data-color-mode="light">
<div class="container-xl d-flex flex-column flex-lg-row flex-items-center p-responsive height-full position-relative z-1">
<a class="mr-lg-3 color-fg-inherit flex-order-2" href="https://github.com/" aria-label="Homepage"><svg height="32" aria-hidden="true" viewBox="0 0 24 24"
class="octicon octicon-mark-github"></svg></a><nav aria-label="Global" class="mt-0 px-3 px-lg-0 mb-3 mb-lg-0"><ul class="d-lg-flex list-style-none">
${ghMenus.map(menuItem).join('\n')}
</ul></nav><div class="d-lg-flex flex-items-center mr-lg-3"><qbsearch-input class="search-input" data-scope="repo:tollgate-labs/fernwood">
<button type="button"
class="header-search-button placeholder input-button form-control d-flex flex-1 flex-self-stretch flex-items-center no-wrap width-full py-0 pl-2 pr-0
text-left border-0 box-shadow-none"
data-action="click:qbsearch-input#searchInputButtonClicked"><span class="flex-1" data-target="qbsearch-input.inputButtonText">Search or jump
to...</span></button></qbsearch-input>
<div class="position-relative HeaderMenu-link-wrap d-lg-inline-block"><a
href="/login?return_to=https%3A%2F%2Fgithub.com%2Ftollgate-labs%2Ffernwood%2Fwiki%2FMigrating-from-0.x-to-1.0"
class="HeaderMenu-link HeaderMenu-link--sign-in HeaderMenu-button flex-shrink-0 no-underline d-none d-lg-inline-flex border border-lg-0 rounded px-2
py-1">Sign in</a></div>
<a href="/signup?ref_cta=Sign+up"
class="HeaderMenu-link HeaderMenu-link--sign-up HeaderMenu-button flex-shrink-0 d-flex d-lg-inline-flex no-underline border color-border-default rounded px-2
py-1">
Sign up</a></div></div></header></div>
<div id="start-of-content" class="show-on-focus"></div><div id="js-flash-container" class="flash-container" data-turbo-replace>
${flash('You signed in with another tab or window. <a class="Link--inTextBlock" href="">Reload</a> to refresh your session.')}
${flash('You signed out in another tab or window. <a class="Link--inTextBlock" href="">Reload</a> to refresh your session.')}
</div>
<div class="application-main" data-commit-hovercards-enabled data-discussion-hovercards-enabled data-issue-and-pr-hovercards-enabled>
<div itemscope itemtype="http://schema.org/SoftwareSourceCode"><main id="js-repo-pjax-container">
<div id="repository-container-header" class="pt-3 hide-full-screen" style="background-color: var(--page-header-bgColor, var(--color-page-header-bg));"
data-turbo-replace>
<div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5" style="gap: 1rem;"><div class="flex-auto min-width-0 width-fit">
<div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal"><svg aria-hidden="true" height="16"
class="octicon octicon-repo color-fg-muted mr-2"></svg>
<span class="author flex-self-stretch" itemprop="author"><a class="url fn" rel="author" data-hovercard-type="organization"
href="/tollgate-labs">tollgate-labs</a></span>
<span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name" class="mr-2 flex-self-stretch"><a
href="/tollgate-labs/fernwood">fernwood</a></strong>
<span></span><span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div>
<div id="repository-details-container" class="flex-shrink-0" data-turbo-replace style="max-width: 70%;"><ul
class="pagehead-actions flex-shrink-0 d-none d-md-inline">
<li><a href="/login?return_to=%2Ftollgate-labs%2Ffernwood" rel="nofollow" class="tooltipped tooltipped-sw btn-sm btn"
aria-label="You must be signed in to change notification settings"><svg class="octicon octicon-bell mr-2"></svg>Notifications</a></li>
<li><a icon="repo-forked" href="/login?return_to=%2Ftollgate-labs%2Ffernwood" rel="nofollow" class="btn-sm btn"><svg
class="octicon octicon-repo-forked mr-2"></svg>Fork
<span id="repo-network-counter" title="212" class="Counter">212</span></a></li><li><div class="BtnGroup d-flex"><a
href="/login?return_to=%2Ftollgate-labs%2Ffernwood"
rel="nofollow" class="btn-sm btn BtnGroup-item"><svg class="octicon octicon-star v-align-text-bottom d-inline-block mr-2"></svg><span
class="d-inline">Star</span>
<span id="repo-stars-counter-star" aria-label="3401 users starred this repository" title="3,401"
class="Counter js-social-count">3.4k</span></a></div></li></ul></div></div>
<nav aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5">
<ul class="UnderlineNav-body list-style-none">${ghTabs.map(tab).join('\n')}</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top" data-turbo-action="advance"><div id="repo-content-pjax-container" class="repository-content">
<div class="clearfix container-xl px-md-4 px-lg-5 px-3"><div id="wiki-wrapper" class="page">
<div class="d-flex flex-column flex-md-row gh-header"><h1 class="flex-auto min-width-0 mb-2 mb-md-0 mr-0 mr-md-2 gh-header-title">${ghTitle}</h1>
<div class="mt-0 mt-lg-1 flex-shrink-0 gh-header-actions"><a class="Link--muted" href="#wiki-footer">Jump to bottom</a></div></div>
<div class="mt-2 mt-md-1 pt-1 gh-header-meta color-fg-muted"><a class="author Link--secondary text-bold" href="/amoreira">amoreira</a> edited this page
<relative-time datetime="2026-02-11T16:20:03Z" class="no-wrap">Feb 11, 2026</relative-time> · <a
href="/tollgate-labs/fernwood/wiki/Migrating-from-0.x-to-1.0/_history"
class="Link--muted">14 revisions</a></div>
<div id="wiki-content" class="mt-4"><div data-view-component="true"
class="Layout Layout--flowRow-until-md Layout--gutter-condensed Layout--sidebarPosition-end">
<div data-view-component="true" class="Layout-main"><div id="wiki-body" class="gollum-markdown-content"><div class="markdown-body">
${ghBody}
</div></div>
<div id="wiki-footer" class="mt-5 mb-0"><div class="Box Box--condensed color-bg-subtle"><div class="Box-body markdown-body">
<p dir="auto">Fernwood is released under the MIT licence. Found a mistake on this page? <a href="/tollgate-labs/fernwood/issues/new">Open an
issue</a>.</p></div></div></div></div>
<div data-view-component="true" class="Layout-sidebar"><div class="wiki-rightbar"><div
class="Box Box--condensed mb-4 js-wiki-sidebar-toc-toggle-chevron-button">
<div class="Box-header px-2"><h2 class="Box-title"><span>Pages <span title="12" class="Counter Counter--primary">12</span></span></h2></div>
<div class="Box-header p-2"><filter-input aria-owns="wiki-pages-box"><input type="text" class="form-control input-block input-sm" placeholder="Find a page…"
aria-label="Find a page…" autocomplete="off"></filter-input></div>
<ul class="filterable-active" id="wiki-pages-box">${ghPages.map(pageRow).join('\n')}
<li class="Box-row wiki-more-pages-link"><button type="button" class="f6 Link--muted js-wiki-more-pages-link btn-link mx-auto">Show 0 more
pages…</button></li></ul></div>
<div class="Box Box--condensed mb-4"><div class="Box-body wiki-custom-sidebar markdown-body"><p dir="auto"><strong>${ghSidebar[0]}</strong></p>
<ul dir="auto">${ghSidebar
  .slice(1, 3)
  .map((t) => `<li><a href="#">${t}</a></li>`)
  .join('')}<li><a href="#">${ghSidebar[3]}</a></li></ul><p dir="auto"><strong>${ghSidebar[4]}</strong></p>
<ul dir="auto"><li><a href="#">${ghSidebar[5]}</a></li></ul></div></div>
<h5 class="mt-0 mb-2">Clone this wiki locally</h5><div class="width-full input-group"><input id="wiki-clone-url" type="text" data-autoselect
class="form-control input-sm text-small color-fg-muted input-monospace" aria-label="Clone URL for this wiki"
value="https://github.com/tollgate-labs/fernwood.wiki.git"
readonly="readonly"><span class="input-group-button"><clipboard-copy for="wiki-clone-url" aria-label="Copy to clipboard"
class="btn btn-sm zeroclipboard-button">
<svg class="octicon octicon-copy"></svg></clipboard-copy></span></div></div></div></div></div></div></div></div></div></turbo-frame></main></div></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2>
<div class="d-flex flex-justify-center flex-items-center flex-column-reverse flex-lg-row flex-wrap flex-lg-nowrap"><div
class="d-flex flex-items-center flex-shrink-0 mx-2">
<a aria-label="Homepage" title="GitHub" class="footer-octicon mr-2" href="https://github.com"><svg class="octicon octicon-mark-github"></svg></a>
<span>© 2026 GitHub,&nbsp;Inc.</span></div><nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3>
<ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0" aria-labelledby="sr-footer-heading">
${ghFoot.map((t) => `<li class="mx-2"><a class="Link--secondary" href="https://docs.github.com/${t.toLowerCase()}">${t}</a></li>`).join('\n')}
<li class="mx-2"><cookie-consent-link><button type="button" class="Link--secondary underline-on-hover border-0 p-0 color-bg-transparent">Manage cookies</button>
</cookie-consent-link></li><li class="mx-2"><cookie-consent-link><button type="button"
class="Link--secondary underline-on-hover border-0 p-0 color-bg-transparent">
Do not share my personal information</button></cookie-consent-link></li></ul></nav></div></footer>
<div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden><svg class="octicon octicon-alert"></svg>
<button type="button" class="flash-close js-ajax-error-dismiss" aria-label="Dismiss error"></button>You can’t perform that action at this time.</div>
</div></body></html>`;
export const githubWikiPage: TestPage = {
  html: ghHtml,
  name: 'heldout27-github-wiki-page',
  kind: 'wiki',
  // the markdown body is the article: paragraphs, list items and the shell command (a one-line code block: body, it is a
  // step of the migration); its h2s and the one h3 are the headings; "amoreira edited this page Feb 11, 2026" is the byline
  // ("14 revisions" furniture); the _Footer box and the _Sidebar links are wiki furniture written by the project, not this
  // page; the page list (its own entry is the title and its table of contents repeats the headings: those not listed), the
  // header, hidden session flashes, repository header and tabs, counters, "Jump to bottom", "Find a page…" (a placeholder:
  // not text), the clone box and the site footer are furniture; the page-list entries "Templates" and "Shortcodes" are the
  // same words as two headings, and the repository name "fernwood" is the command's first word (a short line of the body):
  // left out
  title: ghTitle,
  // a gold change of session 15, after measuring: the shell command is code, in neither list, as batch 21 set code
  headings: [ghH1, ghH2, ghH3, ghH4, ghH5, ghH6],
  body: [ghIntro, ...texts(ghStart), ...texts(ghConfig), ...texts(ghTemplates), ...texts([ghShort]), ...texts(ghRemoved), ...texts([ghHelp])],
  bylines: ['amoreira edited this page Feb 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...ghMenus, 'Search or jump to...', 'Sign in', 'Sign up', 'You signed in with another tab or window. Reload to refresh your session.',
    'You signed out in another tab or window. Reload to refresh your session.', 'tollgate-labs', 'Public', 'Notifications', 'Fork', 'Star',
    '3.4k', ...ghTabs.map((t) => t[0]), 'Jump to bottom', '14 revisions',
    'Fernwood is released under the MIT licence. Found a mistake on this page? Open an issue.', 'Pages',
    ...ghPages.filter((t) => t !== ghTitle && t !== 'Templates' && t !== 'Shortcodes'), 'Show 0 more pages…', ...ghSidebar, 'Clone this wiki locally',
    '© 2026 GitHub, Inc.', 'Footer', 'Footer navigation', ...ghFoot.filter((t) => t !== 'Security'), 'Manage cookies', 'Do not share my personal information',
    'You can’t perform that action at this time.',
  ],
};
