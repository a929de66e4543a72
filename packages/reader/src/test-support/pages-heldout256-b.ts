import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout256-kit.js';

/**
 * Held-out batch 256, file b: a Sphinx reference page in the Furo theme (autodoc class and method entries, sidebar tree,
 * theme toggle, "On this page" toc, prev/next links, footer with "Made with Sphinx and Furo") and a GitBook help-center page
 * (space header, sidebar, hint block, page "Last updated" line, "Was this helpful?", next page link, "Powered by GitBook").
 */
const sTitle = 'fernlog.handlers — Rotating handlers';
const sIntro = [
  j(
    'Handlers are attached to loggers with Logger.add_handler and can be given their own formatter and level. The examples on this page assume',
    'the default formatter from fernlog.format, which writes one line per record.',
  ),
  j(
    'This module provides handlers that write log records to files and rotate those files by size or by time. Every handler',
    'here is safe to share between threads; none of them is safe to share between processes.',
  ),
];
const sClass = [
  'Write records to <em>path</em> and start a new file when the current one would grow past <em>max_bytes</em>.',
  'Old files are renamed with a numeric suffix, the newest being .1. At most <em>keep</em> old files are kept; older ones are deleted.',
];
const sParams = [
  '<strong>path</strong> (str) – The file to write to. Its folder must exist.',
  '<strong>max_bytes</strong> (int) – The size at which the file is rotated. Zero disables rotation.',
  '<strong>keep</strong> (int) – How many rotated files to keep. Defaults to 5.',
];
const sRollover = [
  'Close the current file, rename it and the older files, and open a new empty file. Called by the handler itself; call it by hand to force a rotation.',
];
const sTimed = [
  j(
    'The first rotation happens on the first boundary after the handler is created, not after a full interval. A handler created at 23:50 with',
    'when="day" rotates ten minutes later.',
  ),
  j(
    'Rotated files get a date suffix in ISO format, such as app.log.2026-03-01, so they sort correctly in a directory listing. The',
    '<em>keep</em> argument works as it does for SizeRotatingHandler.',
  ),
  j(
    'Like SizeRotatingHandler, but rotate at fixed intervals. <em>when</em> is one of "hour", "day" or "week", and rotation happens on the',
    'boundary in local time.',
  ),
];
const sNoteP = 'Rotation by time checks the clock only when a record is written. A quiet application may rotate late.';
const sSide = ['Quickstart', 'Configuration', 'fernlog.core — Loggers', 'fernlog.format — Formatters', sTitle, 'fernlog.filters — Filters', 'Changelog'];
const sToc = ['SizeRotatingHandler', 'SizeRotatingHandler.do_rollover()', 'TimedRotatingHandler'];
const sHtml = `<!doctype html>
<html class="no-js" lang="en" data-content_root="../"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark"><link rel="index" title="Index" href="../genindex.html"><link rel="search" title="Search" href="../search.html">
<link rel="next" title="fernlog.filters — Filters" href="filters.html"><link rel="prev" title="fernlog.format — Formatters" href="format.html">
<meta name="generator" content="sphinx-8.1.3, furo 2024.08.06"><title>fernlog.handlers — Rotating handlers - fernlog 2.3 documentation</title>
<link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=8f2a1f02"><link rel="stylesheet" type="text/css"
href="../_static/styles/furo.css?v=354aac6f">
<script>document.body.dataset.theme = localStorage.getItem("theme") || "auto";</script></head>
<body><svg xmlns="http://www.w3.org/2000/svg" style="display: none;"><symbol id="svg-toc" viewBox="0 0 24 24"><title>Contents</title></symbol></svg>
<input type="checkbox" class="sidebar-toggle" name="__navigation" id="__navigation"><input type="checkbox" class="sidebar-toggle" name="__toc" id="__toc">
<label class="overlay sidebar-overlay" for="__navigation"><div class="visually-hidden">Hide navigation sidebar</div></label>
<a class="skip-to-content muted-link" href="#furo-main-content">Skip to content</a>
<div class="page"><header class="mobile-header"><div class="header-left"><label class="nav-overlay-icon" for="__navigation"><div class="visually-hidden">Toggle
site navigation sidebar</div></label></div><div class="header-center"><a href="../index.html"><div class="brand">fernlog 2.3 documentation</div></a></div>
</header><aside class="sidebar-drawer"><div class="sidebar-container"><div class="sidebar-sticky"><a class="sidebar-brand" href="../index.html"><span
class="sidebar-brand-text">fernlog 2.3 documentation</span></a><form class="sidebar-search-container" method="get" action="../search.html" role="search">
<input class="sidebar-search" placeholder="Search" name="q" aria-label="Search"></form><div id="searchbox"></div><div class="sidebar-scroll"><div
class="sidebar-tree"><p class="caption" role="heading"><span class="caption-text">Reference</span></p><ul class="current">
${links(sSide, 'toctree-l1')}</ul></div></div></div></div></aside>
<div class="main"><div class="content"><div class="article-container"><a href="#" class="back-to-top muted-link"><span>Back to top</span></a>
<div class="content-icon-container"><div class="edit-this-page"><a class="muted-link" href="https://git.example/fernlog/edit/main/docs/api/handlers.rst"
title="Edit this page"><span class="visually-hidden">Edit this page</span></a></div><div class="theme-toggle-container theme-toggle-content"><button
class="theme-toggle"><div class="visually-hidden">Toggle Light / Dark / Auto color theme</div></button></div></div>
<article role="main" id="furo-main-content"><section id="module-fernlog.handlers"><span id="fernlog-handlers-rotating-handlers"></span>
<h1>${sTitle}<a class="headerlink" href="#module-fernlog.handlers" title="Link to this heading">¶</a></h1>
${ps(sIntro)}
<dl class="py class"><dt class="sig sig-object py" id="fernlog.handlers.SizeRotatingHandler"><em class="property"><span class="k"><span
class="pre">class</span></span><span class="w"> </span></em><span class="sig-prename descclassname"><span class="pre">fernlog.handlers.</span></span><span
class="sig-name descname"><span class="pre">SizeRotatingHandler</span></span><span class="sig-paren">(</span><em class="sig-param"><span class="n"><span
class="pre">path</span></span></em>, <em class="sig-param"><span class="n"><span class="pre">max_bytes</span></span></em>, <em class="sig-param"><span
class="n"><span class="pre">keep=5</span></span></em><span class="sig-paren">)</span><a class="reference internal"
href="../_modules/fernlog/handlers.html"><span
class="viewcode-link"><span class="pre">[source]</span></span></a><a class="headerlink" href="#fernlog.handlers.SizeRotatingHandler" title="Link to this
definition">¶</a></dt>
<dd>${ps(sClass)}
<dl class="field-list simple"><dt class="field-odd">Parameters<span class="colon">:</span></dt><dd class="field-odd"><ul class="simple">
${lis(sParams.map((p) => `<p>${p}</p>`))}</ul></dd></dl>
<dl class="py method"><dt class="sig sig-object py" id="fernlog.handlers.SizeRotatingHandler.do_rollover"><span class="sig-name descname"><span
class="pre">do_rollover</span></span><span class="sig-paren">(</span><span class="sig-paren">)</span><a class="headerlink" href="#x" title="Link to this
definition">¶</a></dt><dd>${ps(sRollover)}</dd></dl></dd></dl>
<dl class="py class"><dt class="sig sig-object py" id="fernlog.handlers.TimedRotatingHandler"><em class="property"><span class="pre">class</span> </em><span
class="sig-prename descclassname"><span class="pre">fernlog.handlers.</span></span><span class="sig-name descname"><span class="pre">TimedRotatingHandler</span>
</span><span class="sig-paren">(</span><em class="sig-param"><span class="pre">path</span></em>, <em class="sig-param"><span
class="pre">when='day'</span></em><span
class="sig-paren">)</span><a class="headerlink" href="#x" title="Link to this definition">¶</a></dt>
<dd>${ps(sTimed)}
<div class="admonition note"><p class="admonition-title">Note</p><p>${sNoteP}</p></div></dd></dl></section></article></div>
<footer><div class="related-pages"><a class="next-page" href="filters.html"><div class="page-info"><div class="context"><span>Next</span></div><div
class="title">fernlog.filters — Filters</div></div></a><a class="prev-page" href="format.html"><div class="page-info"><div class="context"><span>Previous</span>
</div><div class="title">fernlog.format — Formatters</div></div></a></div><div class="bottom-of-page"><div class="left-details"><div class="copyright">Copyright
© 2026, Ottilie Brandvold and contributors</div>Made with <a href="https://www.sphinx-doc.org/">Sphinx</a> and <a class="muted-link"
href="https://pradyunsg.me">@pradyunsg</a>'s <a href="https://github.com/pradyunsg/furo">Furo</a><div class="last-updated">Last updated on Mar 02,
2026</div></div></div></footer></div>
<aside class="toc-drawer"><div class="toc-sticky toc-scroll"><div class="toc-title-container"><span class="toc-title">On this page</span></div><div
class="toc-tree-container"><div class="toc-tree"><ul><li><a class="reference internal" href="#">fernlog.handlers — Rotating handlers</a><ul>
${sToc
  .map(
    (t) => `<li><a class="reference internal" href="#x">
<code class="docutils literal notranslate"><span class="pre">${t}</span></code></a></li>`,
  )
  .join('\n')}
</ul></li></ul></div></div></div></aside></div></div>
<script src="../_static/documentation_options.js?v=1b7a1c2e"></script><script src="../_static/scripts/furo.js?v=5fa4622c"></script></body></html>`;
const sphinx: TestPage = {
  name: 'heldout256-sphinx-furo-reference',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([...sIntro, ...sClass, ...sParams, ...sRollover, ...sTimed, sNoteP]),
  bylines: ['Last updated on Mar 02, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hide navigation sidebar', 'Skip to content', 'fernlog 2.3 documentation', 'Reference', ...sSide.filter((s) => s !== sTitle), 'Back to top',
    'Edit this page', 'Toggle Light / Dark / Auto color theme', 'Next', 'Previous', 'Copyright © 2026, Ottilie Brandvold and contributors',
    "Made with Sphinx and @pradyunsg's Furo", 'On this page',
  ],
};

const gTitle = 'Set up single sign-on with SAML';
const gLead = 'Connect Harbourline to your identity provider so your team signs in with their work accounts.';
const gIntro = [
  j(
    'Single sign-on is available on the Business and Enterprise plans. Once it is on, members sign in through your identity provider',
    'and Harbourline creates their account the first time they arrive, in the default team you choose.',
  ),
];
const gHint = 'You need the Owner role in Harbourline and an administrator account at your identity provider to finish these steps.';
const gBefore = ['Collect the following from your identity provider before you start:'];
const gCollect = ['The single sign-on URL (sometimes called the SAML endpoint).', 'The entity ID or issuer.', 'The X.509 signing certificate, in PEM format.'];
const gSteps = [
  'In Harbourline, open Settings, then Security, then Single sign-on.',
  'Copy the Assertion Consumer Service URL and the audience shown there into a new SAML application at your identity provider.',
  'Map the email attribute to NameID, and add first_name and last_name attributes if you want names filled in.',
  'Paste the three values you collected into Harbourline and select Test connection.',
  'When the test succeeds, select Enforce to make single sign-on the only way to sign in.',
];
const gAfter = [
  j(
    'Members who were invited before single sign-on was turned on keep their history, comments and dashboards. Harbourline matches them to',
    'their identity provider account by email address the first time they sign in.',
  ),
  j(
    'If a member’s email address changes at the identity provider, update it in Harbourline first. Otherwise the next sign-in creates a',
    'second, empty account for the new address.',
  ),
  j(
    'Enforcing single sign-on signs out every member who used a password. Owners keep a recovery link by email, so a broken',
    'certificate at the identity provider cannot lock the whole workspace out.',
  ),
  'Certificates usually expire after one to three years. Harbourline emails every Owner thirty days before the expiry date it reads from the certificate.',
];
const gSide = ['Welcome', 'Invite your team', 'Roles and permissions', gTitle, 'Provision users with SCIM', 'Audit log', 'Billing questions'];
const gToc = ['Before you begin', 'Configure the connection', 'After you enforce'];
const gHtml = `<!DOCTYPE html><html lang="en" class="sidebar-filled theme-clean tint"><head><meta charSet="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Set up single sign-on with SAML | Harbourline Help Center</title>
<meta name="description" content="${gLead}"><meta property="og:title" content="Set up single sign-on with SAML | Harbourline Help Center">
<meta name="generator" content="GitBook (8f1c2d4)"><link rel="stylesheet" href="https://static.gitbook.example/_next/static/css/7ac0a5e1d.css">
<script src="https://static.gitbook.example/_next/static/chunks/webpack-3e1f0c.js" async=""></script></head>
<body><div class="scroll-nojump"><header id="site-header" class="flex flex-col h-[64px] sticky top-0 z-30 w-full"><div class="gutter-stable px-4 flex
items-center"><a class="group/headerlogo flex items-center" href="/"><div class="text-pretty line-clamp-2 tracking-tight">Harbourline Help Center</div></a>
<div class="flex gap-2"><a class="button" href="https://harbourline.example">Back to Harbourline</a><a class="button" href="https://status.harbourline.example">
Status</a></div><div class="flex"><button class="flex flex-1 items-center gap-2 search-input"><span class="flex-1">Ask or search…</span><div
class="shortcut">Ctrl K</div></button></div></div></header>
<div class="flex flex-col lg:flex-row"><aside data-testid="table-of-contents" class="group page-no-toc:hidden flex flex-col basis-full"><div
class="overflow-y-auto"><ul class="flex flex-col gap-y-0.5">${links(gSide, 'flex flex-col')}</ul></div>
<div class="mt-auto"><a href="https://www.gitbook.com/?utm_source=content" target="_blank" class="text-sm">Powered by GitBook</a></div></aside>
<div class="flex-1 relative"><main class="relative min-w-0 flex-1 page-api-block:xl:max-2xl:pr-0"><header class="max-w-3xl page-full-width:max-w-full
mx-auto mb-6 space-y-3"><nav aria-label="Breadcrumb"><ol class="flex flex-wrap items-center gap-2"><li><a href="/admin">Admin guides</a></li></ol></nav>
<h1 class="text-4xl font-bold flex items-center gap-4">${gTitle}</h1><p class="text-lg">${gLead}</p></header>
<div class="whitespace-pre-wrap [&amp;>*+*]:mt-5 grid">${ps(gIntro, ' class="blocks mx-auto w-full"')}
<div class="hint-info rounded-md" role="note"><div class="flex"><svg class="gb-icon size-4"></svg><div class="flex-1"><p class="blocks">${gHint}</p></div>
</div></div><h2 id="before-you-begin" class="group relative grid scroll-m-12 text-2xl"><div class="hash"><a href="#before-you-begin" aria-label="Direct link
to heading"></a></div><div class="text-pretty">Before you begin</div></h2>
${ps(gBefore, ' class="blocks"')}<ul class="blocks list-disc">${lis(gCollect.map((c) => `<div class="w-full"><p>${c}</p></div>`))}</ul>
<h2 id="configure-the-connection" class="group relative grid scroll-m-12 text-2xl"><div class="text-pretty">Configure the connection</div></h2>
<ol class="blocks list-decimal">${lis(gSteps.map((c) => `<div class="w-full"><p>${c}</p></div>`))}</ol>
<div class="blocks w-full"><picture><img alt="The Single sign-on settings page with the Test connection button" src="https://files.gitbook.example/sso.png"
width="1280" height="720"></picture><figcaption><p>The Single sign-on page in Settings</p></figcaption></div>
<h2 id="after-you-enforce" class="group relative grid scroll-m-12 text-2xl"><div class="text-pretty">After you enforce</div></h2>
${ps(gAfter, ' class="blocks"')}</div>
<div class="flex flex-col md:flex-row mt-6 gap-2 max-w-3xl mx-auto"><a class="group text-sm flex" href="/admin/roles"><span class="flex flex-col"><span
class="text-xs">Previous</span><span class="text-base">Roles and permissions</span></span></a><a class="group text-sm flex" href="/admin/scim"><span
class="flex flex-col"><span class="text-xs">Next</span><span class="text-base">Provision users with SCIM</span></span></a></div>
<div class="flex flex-row items-center mt-6 max-w-3xl mx-auto"><div class="flex-1"><p class="text-sm">Last updated <time datetime="2026-02-20">2 weeks
ago</time></p></div><div class="flex items-center gap-2"><p class="text-sm">Was this helpful?</p><button aria-label="Yes">🙂</button><button
aria-label="No">🙁</button></div></div></main>
<aside class="group/aside hidden xl:flex"><div class="flex flex-col"><div class="text-xs tracking-wide font-semibold uppercase">On this page</div><ul>
${links(gToc)}</ul></div></aside></div></div></div>
<script>self.__next_f.push([1,"0:[\\"$\\",\\"$L1\\",null,{\\"siteId\\":\\"site_h41b\\",\\"spaceId\\":\\"sp_77qk\\"}]"])</script></body></html>`;
const gitbook: TestPage = {
  name: 'heldout256-gitbook-help-page',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gToc,
  body: texts([gLead, ...gIntro, gHint, ...gBefore, ...gCollect, ...gSteps, ...gAfter]),
  bylines: ['Last updated 2 weeks ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harbourline Help Center', 'Back to Harbourline', 'Status', 'Ask or search…', 'Ctrl K', ...gSide.filter((s) => s !== gTitle), 'Powered by GitBook',
    'Admin guides', 'The Single sign-on page in Settings', 'Previous', 'Next', 'Was this helpful?', 'On this page',
  ],
};

export const HELDOUT256_B: readonly TestPage[] = [sphinx, gitbook];
