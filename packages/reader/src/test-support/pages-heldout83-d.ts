import { links, ps, type TestPage, texts } from './page-kit.js';
import { docusaurusDoc } from './pages-heldout83-d2.js';

/**
 * Held-out batch 83, file d: a GitHub repository wiki page as a signed-out visitor saves it (skip link, the marketing header
 * with "Sign in" / "Sign up", the hidden stale-session flash messages, the repository header with owner, name, "Public",
 * "Notifications", "Fork" and "Star" counts, the repository tabs with counters, the gh-header with "Jump to bottom", the
 * "edited this page" meta line with the revision count, the gollum markdown body with markdown-heading wrappers and permalink
 * anchors, a GitHub "Note" alert, a code block, a table, the custom _Footer, the "Pages" box with the current page's
 * headings, the custom _Sidebar, "Clone this wiki locally" and the site footer) and, from file d2, a Docusaurus docs page.
 */
const ghwTitle = 'Migrating from v1 to v2';
const ghwP1 = [
  'Tidewater 2.0 is the first major release in three years. Most projects can upgrade in under an hour, but a few changes will break ' +
    'existing builds without any code changes on your side. This page lists everything that changed, in the order you are likely to run ' +
    'into it.',
];
const ghwNote = 'Version 1.9 will keep receiving security fixes until 30 June 2026. There is no need to upgrade in a hurry if your build works.';
const ghwH1 = 'Before you start';
const ghwList = [
  'Make sure you are on Node.js 20 or later. Tidewater 2.0 no longer runs on Node.js 18.',
  'Upgrade to the latest 1.x release first and fix any deprecation warnings it prints. Every warning in 1.9 corresponds to something that ' +
    'was removed in 2.0.',
  'Commit or stash your work, so you can compare the output of the old and new versions.',
];
const ghwH2 = 'Configuration file changes';
const ghwP2 = [
  'The configuration file is now called <code>tidewater.config.js</code> instead of <code>.tidewaterrc</code>. The old name is still read, ' +
    'but a warning is printed on every run. The format has also changed from a plain object to a function call, which lets your editor ' +
    'check the options:',
];
const ghwCode = `import { defineConfig } from 'tidewater';

export default defineConfig({
  input: 'src/images',
  outDir: 'dist/images',
  formats: ['avif', 'jpeg'],
  quality: 80,
});`;
const ghwP3 = [
  'Two options changed meaning. <code>quality</code> used to be a number from 1 to 10 and is now a percentage from 1 to 100, to match what ' +
    'most image tools use. Multiply your old value by ten. The <code>cache</code> option now defaults to <code>true</code>, and the cache ' +
    'lives in <code>node_modules/.cache/tidewater</code> instead of the project root.',
];
const ghwH3 = 'Renamed command-line flags';
const ghwRows: [string, string, string][] = [
  ['--out', '--out-dir', 'The short form -o still works.'],
  ['--no-webp', '--formats', 'List the formats you want, for example --formats avif,jpeg.'],
  ['--silent', '--log-level=error', 'Also accepts warn, info and debug.'],
];
const ghwH4 = 'Plugins';
const ghwP4 = [
  'Plugins written for 1.x need one change: the <code>transform</code> hook now receives an object instead of three separate arguments, and ' +
    'must return a promise. Most community plugins have already been updated. If one you depend on has not, check the ' +
    '<a href="/tidewater-dev/tidewater/wiki/Plugin-compatibility">Plugin compatibility</a> page or open an issue on the plugin’s repository ' +
    'rather than here.',
];
const ghwH5 = 'Getting help';
const ghwP5 = [
  'If something on this page is wrong or missing, please open a discussion in the Q&amp;A category with the output of ' +
    '<code>tidewater --version</code> and your configuration file. Bugs in 2.0 itself belong in the issue tracker.',
];
const ghwHeads = [ghwH1, ghwH2, ghwH3, ghwH4, ghwH5];
const ghwMktg = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const ghwFlash = [
  'You signed in with another tab or window. Reload to refresh your session.',
  'You signed out in another tab or window. Reload to refresh your session.',
  'You switched accounts on another tab or window. Reload to refresh your session.',
];
const ghwTabs: [string, string][] = [
  ['Code', ''],
  ['Issues', '48'],
  ['Pull requests', '7'],
  ['Discussions', ''],
  ['Actions', ''],
  ['Projects', ''],
  ['Wiki', ''],
  ['Security', ''],
  ['Insights', ''],
];
const ghwPages = ['Home', 'CLI reference', 'Configuration', 'FAQ', 'Installation', 'Plugin compatibility', 'Quick start', 'Recipes', 'Writing plugins'];
const ghwSide: [string, string[]][] = [
  ['Getting started', ['Installation', 'Quick start', 'Upgrading to 2.0']],
  ['Using Tidewater', ['Configuration', 'CLI reference', 'Recipes']],
  ['Extending', ['Writing plugins', 'Plugin compatibility']],
];
const ghwWikiFoot = 'Found a mistake? This wiki is editable by any signed-in GitHub user. See Contributing to the wiki before large changes.';
const ghwFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Community', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const ghwSlug = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const ghwH = (t: string): string => `<div class="markdown-heading" dir="auto"><h2 class="heading-element" dir="auto">${t}</h2><a id="user-content-${ghwSlug(t)}"
class="anchor" aria-label="Permalink: ${t}" href="#${ghwSlug(t)}"><svg class="octicon octicon-link" viewBox="0 0 16 16" width="16" height="16"
aria-hidden="true"><path d="m7.775 3.275 1.25-1.25a3.5 3.5 0 1 1 4.95 4.95l-2.5 2.5"></path></svg></a></div>`;
const ghwPs = (a: readonly string[]): string => ps(a, ' dir="auto"');
const ghwHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system" data-a11y-link-underlines="true">
<head><meta charset="utf-8"><link rel="dns-prefetch"
href="https://github.githubassets.example"><title>Migrating from v1 to v2 · tidewater-dev/tidewater Wiki · GitHub</title>
<meta name="description"
content="Fast image optimisation for static sites. Contribute to tidewater-dev/tidewater development by creating an account on GitHub.">
<meta property="og:title" content="Migrating from v1 to v2"><meta property="og:type" content="object"><meta name="route-pattern"
content="/:user_id/:repository/wiki/:id">
<meta name="route-controller" content="wiki"><meta name="route-action" content="show"><meta name="octolytics-dimension-repository_nwo"
content="tidewater-dev/tidewater">
<link crossorigin="anonymous" rel="stylesheet" href="https://github.githubassets.example/assets/primer-primitives-8500dc4a.css">
<link crossorigin="anonymous" rel="stylesheet" href="https://github.githubassets.example/assets/github-9d7c4e51.css">
<script crossorigin="anonymous" defer="defer" type="application/javascript"
src="https://github.githubassets.example/assets/wp-runtime-3b1c0a.js"></script></head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;"><div data-turbo-body class="logged-out env-production page-responsive">
<div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis
show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner" data-color-mode="light">
<div class="container-xl mx-auto d-flex flex-items-stretch px-3"><a class="mr-lg-3 color-fg-inherit flex-order-2" href="https://github.com/"
aria-label="Homepage">
<svg height="32" aria-hidden="true" viewBox="0 0 24 24" class="octicon octicon-mark-github"></svg></a>
<nav class="mt-0 px-3 px-lg-0 mb-3 mb-lg-0" aria-label="Global"><ul class="d-lg-flex list-style-none">
${ghwMktg
  .map(
    (
      t,
    ) => `<li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center">
<button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex flex-items-center"
aria-expanded="false">${t}</button></li>`,
  )
  .join('\n')}
</ul></nav><div class="d-lg-flex flex-items-center mb-3 mb-lg-0 text-center text-lg-left ml-3"><qbsearch-input class="search-input"
data-scope="repo:tidewater-dev/tidewater">
<button type="button"
class="header-search-button placeholder input-button form-control d-flex flex-1 flex-self-stretch flex-items-center no-wrap width-full py-0 pl-2 pr-0
text-left border-0 box-shadow-none"><span class="flex-1" data-target="qbsearch-input.inputButtonText">Search or jump to...</span></button></qbsearch-input>
<a href="/login?return_to=https%3A%2F%2Fgithub.com%2Ftidewater-dev%2Ftidewater%2Fwiki%2FMigrating-from-v1-to-v2" class="HeaderMenu-link HeaderMenu-link--sign-in
HeaderMenu-button flex-shrink-0 no-underline d-none d-lg-inline-flex border border-lg-0 rounded px-2 py-1">Sign in</a>
<a href="/signup?ref_cta=Sign+up" class="HeaderMenu-link HeaderMenu-link--sign-up HeaderMenu-button flex-shrink-0 d-flex d-lg-inline-flex no-underline border
color-border-default rounded px-2 py-1">Sign up</a></div></div></header>
<div hidden="hidden" data-view-component="true" class="js-stale-session-flash stale-session-flash flash flash-warn flash-full">
<span class="js-stale-session-flash-signed-in" hidden>${ghwFlash[0]}</span><span class="js-stale-session-flash-signed-out" hidden>${ghwFlash[1]}</span>
<span class="js-stale-session-flash-switched" hidden>${ghwFlash[2]}</span><button class="flash-close js-flash-close" type="button"
aria-label="Close">Dismiss alert</button></div></div>
<div id="start-of-content" class="show-on-focus"></div><div class="application-main" data-commit-hovercards-enabled data-discussion-hovercards-enabled>
<main id="js-repo-pjax-container"><div id="repository-container-header" class="pt-3 hide-full-screen" data-turbo-replace>
<div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5" style="gap: 1rem;"><div class="flex-auto min-width-0 width-fit">
<div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal"><svg aria-hidden="true" class="octicon octicon-repo color-fg-muted mr-2"></svg>
<span class="author flex-self-stretch" itemprop="author"><a class="url fn" rel="author" href="/tidewater-dev">tidewater-dev</a></span>
<span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name" class="mr-2 flex-self-stretch"><a
href="/tidewater-dev/tidewater">tidewater</a></strong>
<span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div>
<div id="repository-details-container" class="flex-shrink-0"><ul class="pagehead-actions flex-shrink-0 d-none d-md-inline" style="padding: 2px 0;">
<li><a href="/login" class="tooltipped tooltipped-s btn-sm btn" aria-label="You must be signed in to change notification settings"><svg
class="octicon octicon-bell mr-2">
</svg>Notifications</a></li><li><a id="fork-button" href="/login" class="btn-sm btn"><svg class="octicon octicon-repo-forked mr-2"></svg>Fork
<span id="repo-network-counter" class="Counter" title="212">212</span></a></li><li><div class="BtnGroup d-flex"><a href="/login"
class="tooltipped tooltipped-sw btn-sm btn"
aria-label="You must be signed in to star a repository"><svg class="octicon octicon-star d-inline-block mr-2"></svg><span class="d-inline">Star</span>
<span id="repo-stars-counter-star" aria-label="3104 users starred this repository" class="Counter js-social-count"
title="3,104">3.1k</span></a></div></li></ul></div></div>
<nav aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5">
<ul class="UnderlineNav-body list-style-none">${ghwTabs
  .map(
    ([t, n]) => `<li class="d-inline-flex"><a href="/tidewater-dev/tidewater/${ghwSlug(t)}" class="UnderlineNav-item no-wrap js-responsive-underlinenav-item${
      t === 'Wiki' ? ' selected" aria-current="page' : ''
    }"><svg class="octicon UnderlineNav-octicon d-none d-sm-inline"></svg><span data-content="${t}">${t}</span>
<span class="Counter"${n === '' ? ' hidden="hidden"' : ` title="${n}"`}>${n}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top" data-turbo-action="advance"><div id="repo-content-pjax-container" class="repository-content">
<div class="clearfix container-xl px-md-4 px-lg-5 px-3"><div id="wiki-wrapper" class="page"><div class="d-flex flex-column flex-md-row gh-header">
<h1 class="flex-auto min-width-0 mb-2 mb-md-0 mr-0 mr-md-2 gh-header-title">${ghwTitle}</h1>
<div class="mt-0 mt-lg-1 flex-shrink-0 gh-header-actions"><a class="btn btn-sm" href="#wiki-pages-box">Jump to bottom</a></div></div>
<div class="mt-2 mt-md-1 pb-3 gh-header-meta"><a class="author Link--secondary" href="/marta-k">marta-k</a> edited this page
<relative-time datetime="2025-03-03T10:41:22Z" class="no-wrap">Mar 3, 2025</relative-time> · <a
href="/tidewater-dev/tidewater/wiki/Migrating-from-v1-to-v2/_history"
class="Link--muted">14 revisions</a></div>
<div id="wiki-content" class="mt-4"><div class="Layout Layout--flowRow-until-md Layout--sidebarPosition-end Layout--sidebarPosition-flowRow-end">
<div class="Layout-main"><div id="wiki-body" class="gollum-markdown-content"><div class="markdown-body">
${ghwPs(ghwP1)}
<div class="markdown-alert markdown-alert-note" dir="auto"><p class="markdown-alert-title" dir="auto"><svg class="octicon octicon-info mr-2"></svg>Note</p>
<p dir="auto">${ghwNote}</p></div>
${ghwH(ghwH1)}
<ol dir="auto">${ghwList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${ghwH(ghwH2)}
${ghwPs(ghwP2)}
<div class="highlight highlight-source-js notranslate position-relative overflow-auto" dir="auto"><pre>${ghwCode}</pre><div class="zeroclipboard-container">
<clipboard-copy aria-label="Copy" class="ClipboardButton btn btn-invisible js-clipboard-copy m-2 p-0 d-flex flex-justify-center flex-items-center" tabindex="0"
role="button">
<svg class="octicon octicon-copy js-clipboard-copy-icon"></svg></clipboard-copy></div></div>
${ghwPs(ghwP3)}
${ghwH(ghwH3)}
<markdown-accessiblity-table><table><thead><tr><th>Old flag</th><th>New flag</th><th>Notes</th></tr></thead><tbody>
${ghwRows.map((r) => `<tr><td><code>${r[0]}</code></td><td><code>${r[1]}</code></td><td>${r[2]}</td></tr>`).join('\n')}
</tbody></table></markdown-accessiblity-table>
${ghwH(ghwH4)}
${ghwPs(ghwP4)}
${ghwH(ghwH5)}
${ghwPs(ghwP5)}
</div></div>
<div id="wiki-footer" class="mt-5 mb-0 wiki-footer gollum-markdown-content"><div class="Box Box--condensed color-bg-subtle color-shadow-small">
<div class="Box-body markdown-body"><p dir="auto">${ghwWikiFoot}</p></div></div></div></div>
<div class="Layout-sidebar"><div class="wiki-rightbar"><div id="wiki-pages-box" class="mb-4 wiki-pages-box js-wiki-pages-box" role="navigation">
<div class="Box Box--condensed color-shadow-small"><div class="Box-header px-2 py-1 js-wiki-toggle-collapse" style="cursor: pointer"><h2
class="Box-title px-2 py-1">
<svg class="octicon octicon-triangle-down js-wiki-sidebar-pages-toggle-chevron"></svg> Pages <span title="18"
class="Counter Counter--primary">18</span></h2></div>
<div class="filter-bar"><input type="text" id="wiki-pages-filter" class="form-control input-sm input-block js-filterable-field" placeholder="Find a page…"
aria-label="Find a page…"></div><ul class="m-0 p-0 list-style-none" data-filterable-for="wiki-pages-filter" data-filterable-type="substring" data-pjax>
${ghwPages
  .map(
    (t) => `<li class="Box-row px-2 py-2"><details class="details-reset"><summary><div class="d-flex flex-items-start">
<div class="p-2 mt-n1 mb-n1 ml-n1 btn btn-octicon js-wiki-sidebar-toc-toggle-chevron-button" role="button" aria-label="Toggle table of contents"></div>
<span class="text-bold"><a class="flex-1 py-1 text-bold" href="/tidewater-dev/tidewater/wiki/${ghwSlug(t)}">${t}</a></span></div></summary></details></li>`,
  )
  .join('\n')}
<li class="Box-row px-2 py-2"><details class="details-reset" open><summary><div class="d-flex flex-items-start"><span class="text-bold">
<a class="flex-1 py-1 text-bold" href="/tidewater-dev/tidewater/wiki/Migrating-from-v1-to-v2">${ghwTitle}</a></span></div></summary>
<ul class="list-style-none mb-1 ml-3">${ghwHeads.map((h) => `<li class="ml-0 mb-1"><a href="#${ghwSlug(h)}">${h}</a></li>`).join('')}</ul></details></li>
<li class="Box-row wiki-more-pages-link"><button type="button"
class="f6 Link--muted js-wiki-more-pages-link btn-link mx-auto">Show 8 more pages…</button></li>
</ul></div></div>
<div class="Box Box--condensed mb-4"><div class="Box-body wiki-custom-sidebar markdown-body">
${ghwSide
  .map(
    ([h, items]) =>
      `<h3 dir="auto">${h}</h3><ul dir="auto">${items
        .map(
          (t) => `<li><a
href="/tidewater-dev/tidewater/wiki/${ghwSlug(t)}">${t}</a></li>`,
        )
        .join('')}</ul>`,
  )
  .join('\n')}
</div></div><h5 class="mt-0 mb-2">Clone this wiki locally</h5><div class="width-full input-group"><input id="wiki-clone-url" type="text" data-autoselect
class="form-control input-sm input-monospace" aria-label="Clone URL for this wiki" value="https://github.com/tidewater-dev/tidewater.wiki.git"
readonly="readonly">
<span class="input-group-button"><clipboard-copy for="wiki-clone-url" aria-label="Copy to clipboard"
class="btn btn-sm"></clipboard-copy></span></div></div></div>
</div></div></div></div></div></turbo-frame></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2>
<div class="d-flex flex-justify-center flex-items-center flex-column-reverse flex-lg-row flex-wrap flex-lg-nowrap"><div
class="d-flex flex-items-center flex-shrink-0 mx-2">
<a aria-label="Homepage" title="GitHub" class="footer-octicon mr-2" href="https://github.com"><svg class="octicon octicon-mark-github"></svg></a>
<span>© 2025 GitHub, Inc.</span></div><nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3>
<ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0" aria-labelledby="sr-footer-heading">${links(
  ghwFoot,
  'mx-2',
)}</ul></nav></div></footer>
<div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden><svg class="octicon octicon-alert"></svg>
<button type="button" class="flash-close js-ajax-error-dismiss" aria-label="Dismiss error"></button>You can’t perform that action at this time.</div></div>
</body></html>`;

const githubWiki: TestPage = {
  name: 'heldout83-github-wiki-docs',
  kind: 'docs',
  html: ghwHtml,
  // the note alert's text is body, its "Note" title furniture; table data cells are body; the Pages box entry of this page
  // (the title) and its heading list are left out; the custom _Sidebar (with its h3s) and the _Footer are furniture
  title: ghwTitle,
  headings: ghwHeads,
  body: [...ghwP1, ghwNote, ...ghwList, ...texts(ghwP2), ...texts(ghwP3), ...ghwRows.flat(), ...texts(ghwP4), ...texts(ghwP5)],
  bylines: ['marta-k', 'edited this page', 'Mar 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', ...ghwMktg, 'Search or jump to...', 'Sign in', 'Sign up', ...ghwFlash, 'Dismiss alert', 'tidewater-dev', 'tidewater', 'Public',
    'Notifications', 'Fork', '212', 'Star', '3.1k', ...ghwTabs.flatMap(([t, n]) => (n === '' ? [t] : [t, n])), 'Jump to bottom', '14 revisions',
    'Note', ghwWikiFoot, 'Pages', '18', ...ghwPages, 'Show 8 more pages…', ...ghwSide.flatMap(([h, items]) => [h, ...items]), 'Clone this wiki locally',
    'Footer', '© 2025 GitHub, Inc.', 'Footer navigation', ...ghwFoot, 'You can’t perform that action at this time.',
  ])],
};

export const HELDOUT83_D: readonly TestPage[] = [githubWiki, docusaurusDoc];
