import { links, ps, type TestPage, texts } from './page-kit.js';
import { learnPage } from './pages-heldout112-d2.js';

/**
 * Held-out batch 112, file d: a Docusaurus 3 docs page (the announcement bar, the navbar with version dropdown, the
 * search button and GitHub link, the docs sidebar, the breadcrumbs, the "Version: 2.x" badge, an admonition inside the
 * article, code blocks with "Copy" buttons, the "Edit this page" and "Last updated" footer, the pagination and the
 * "On this page" TOC) and, from file d2, a Microsoft Learn docs page. An admonition's title is furniture and its text body.
 */
const title = 'Configuring retries';
const p1 = [
  'Quillpipe retries a failed task automatically before marking it as failed. This page explains how the retry policy works, ' +
    'how to change it for a single task or a whole pipeline, and how to tell a retry apart from a fresh run in the logs.',
];
const h1 = 'Default behaviour';
const p2 = [
  'By default every task is retried up to three times with exponential backoff, starting at two seconds and doubling each time. ' +
    'Only errors that Quillpipe considers transient are retried: network timeouts, HTTP 429 and 5xx responses, and worker restarts.',
  'Errors raised by your own code are not retried unless you mark them as retryable, because retrying a bug usually just fails ' + 'three more times.',
];
const admonTitle = 'note';
const admon = 'Retries count against the pipeline’s concurrency limit. A task waiting to retry still holds its slot.';
const h2 = 'Changing the policy';
const p3 = [
  'Set a policy for the whole pipeline in quillpipe.config.ts. Every task inherits it unless it sets its own.',
  'To override the policy for a single task, pass a retry option when you define it. Setting attempts to 1 disables retries for that task.',
];
const code1 = `export default defineConfig({
  retry: { attempts: 5, backoff: 'exponential', initialDelay: '2s', maxDelay: '1m' },
});`;
const code2 = `task('send-invoice', { retry: { attempts: 1 } }, async (ctx) => {
  await ctx.mailer.send(ctx.input);
});`;
const h3 = 'Options';
const opts = [
  'attempts: the total number of tries, including the first. Defaults to 3.',
  'backoff: fixed or exponential. Defaults to exponential.',
  'initialDelay: the wait before the first retry. Defaults to 2s.',
  'maxDelay: the longest wait between two tries. Defaults to 30s.',
  'retryOn: a function that receives the error and returns true if the task should be retried.',
];
const h4 = 'Retries in the logs';
const p4 = [
  'Each attempt is logged with an attempt number, so a task that succeeded on its second try shows two entries with the same run ' +
    'ID. In the dashboard, retried tasks have a small circular arrow next to their status, and hovering over it lists the error ' +
    'from each failed attempt.',
  'If you need to act on the final failure only, for example to send an alert, use the onFinalFailure hook rather than catching ' +
    'errors inside the task, which would stop retries from happening at all.',
];
const announce = '⭐️ If you like Quillpipe, give it a star on GitHub! ⭐️';
const navbar = ['Docs', 'API', 'Blog', 'Community', '2.x', 'GitHub', 'Search'];
const sidebar = ['Introduction', 'Getting started', 'Pipelines', 'Tasks', 'Scheduling', 'Error handling', 'Configuring retries', 'Timeouts', 'Deployment'];
const crumbs = ['Error handling'];
const misc = ['Version: 2.x', 'Copy', 'Edit this page', 'Previous', 'Timeouts', 'Next', 'Scheduling'];
const footer = ['Docs', 'Community', 'More', 'Discord', 'Stack Overflow', 'Changelog', 'Copyright \u00a9 2025 Quillpipe contributors. Built with Docusaurus.'];
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page" data-has-hydrated="false">
<head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.6.3"><title data-rh="true">${title} | Quillpipe</title>
<meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1"><meta data-rh="true" property="og:title" content="${title} | Quillpipe">
<meta data-rh="true" name="docusaurus_version" content="current"><meta data-rh="true" name="docsearch:version" content="current">
<link data-rh="true" rel="canonical" href="https://quillpipe.example/docs/error-handling/retries">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Error handling"}]}</script>
<link rel="stylesheet" href="/assets/css/styles.8e2c1f.css"><script src="/assets/js/runtime~main.3c1f.js" defer></script>
<script src="/assets/js/main.f81d.js" defer></script></head>
<body class="navigation-with-keyboard"><div id="__docusaurus"><div role="region" aria-label="Skip to main content">
<a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>
<div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="content_knG7 announcementBarContent_xLdY">${announce}</div>
<button type="button" aria-label="Close" class="clean-btn close closeButton_CVFx"></button></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/">
<b class="navbar__title text--truncate">Quillpipe</b></a>
${navbar
  .slice(0, 4)
  .map((n) => `<a class="navbar__item navbar__link" href="/${n.toLowerCase()}">${n}</a>`)
  .join('')}</div>
<div class="navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable dropdown--right">
<a class="navbar__link" role="button">${navbar[4]}</a></div>
<a class="navbar__item navbar__link header-github-link" href="https://github.com/quillpipe/quillpipe">${navbar[5]}</a>
<button type="button" class="DocSearch DocSearch-Button" aria-label="Search"><span class="DocSearch-Button-Placeholder">${navbar[6]}</span></button></div>
</div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG">
<ul class="theme-doc-sidebar-menu menu__list">
${links(sidebar, 'theme-doc-sidebar-item-link menu__list-item')}</ul></nav></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn">
<div class="docItemContainer_Djhp">
<article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs"><li class="breadcrumbs__item">
<a aria-label="Home page" class="breadcrumbs__link" href="/"><svg></svg></a></li>
<li class="breadcrumbs__item"><span class="breadcrumbs__link">${crumbs[0]}</span></li><li class="breadcrumbs__item breadcrumbs__item--active">
<span class="breadcrumbs__link">${title}</span></li></ul></nav>
<span class="theme-doc-version-badge badge badge--secondary">${misc[0]}</span><div class="tocCollapsible_ETCw theme-doc-toc-mobile">
<button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this page</button></div>
<div class="theme-doc-markdown markdown"><header><h1>${title}</h1></header>${ps(p1)}
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="default-behaviour">${h1}<a href="#default-behaviour" class="hash-link"
aria-label="Direct link to ${h1}">\u200b</a></h2>${ps(p2)}
<div class="theme-admonition theme-admonition-note admonition_xJq3 alert alert--secondary"><div class="admonitionHeading_Gvgb">
<span class="admonitionIcon_Rf37"><svg></svg></span>${admonTitle}</div>
<div class="admonitionContent_BuS1"><p>${admon}</p></div></div>
<h2 class="anchor" id="changing-the-policy">${h2}<a href="#changing-the-policy" class="hash-link">\u200b</a></h2>${ps(p3.slice(0, 1))}
<div class="language-ts codeBlockContainer_Ckt0 theme-code-block"><div class="codeBlockContent_biex"><pre class="prism-code language-ts codeBlock_bY9V">
<code class="codeBlockLines_e6Vv">${code1}</code></pre>
<div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" class="clean-btn">${misc[1]}</button></div></div>
</div>${ps(p3.slice(1))}
<div class="language-ts codeBlockContainer_Ckt0 theme-code-block"><pre class="prism-code language-ts"><code>${code2}</code></pre></div>
<h2 class="anchor" id="options">${h3}<a href="#options" class="hash-link">\u200b</a></h2><ul>${opts.map((o) => `<li>${o}</li>`).join('\n')}</ul>
<h2 class="anchor" id="retries-in-the-logs">${h4}<a href="#retries-in-the-logs" class="hash-link">\u200b</a></h2>${ps(p4)}</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-edit-meta-row row"><div class="col">
<a href="https://github.com/quillpipe/quillpipe/edit/main/docs/retries.md"
class="theme-edit-this-page">${misc[2]}</a></div><div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated on <b>
<time datetime="2025-05-30T12:04:11.000Z">May 30, 2025</time></b></span></div></div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev" href="/docs/scheduling">
<div class="pagination-nav__sublabel">${misc[5]}</div>
<div class="pagination-nav__label">${misc[6]}</div></a><a class="pagination-nav__link pagination-nav__link--next" href="/docs/timeouts">
<div class="pagination-nav__sublabel">${misc[3]}</div>
<div class="pagination-nav__label">${misc[4]}</div></a></nav></div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">
${[h1, h2, h3, h4].map((h) => `<li><a href="#" class="table-of-contents__link toc-highlight">${h}</a></li>`).join('')}</ul></div></div></div></div></main>
</div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links"><div class="col footer__col">
<div class="footer__title">${footer[0]}</div></div>
<div class="col footer__col"><div class="footer__title">${footer[1]}</div>
<ul class="footer__items clean-list">${links(footer.slice(3, 5), 'footer__item')}</ul></div>
<div class="col footer__col"><div class="footer__title">${footer[2]}</div><ul>${links(footer.slice(5, 6), 'footer__item')}</ul></div></div>
<div class="footer__bottom text--center"><div class="footer__copyright">${footer[6]}</div></div></div></footer></div></body></html>`;

export const docusaurusPage: TestPage = {
  name: 'heldout112-docusaurus-docs',
  kind: 'docs',
  html,
  title,
  headings: [h1, h2, h3, h4],
  body: texts([...p1, ...p2, admon, ...p3, ...opts, ...p4]),
  bylines: ['Last updated on May 30, 2025'],
  furniture: [
    ...new Set([
      'Skip to main content',
      announce,
      'Quillpipe',
      ...navbar,
      ...sidebar.filter((s) => s !== title),
      ...crumbs,
      ...misc,
      'On this page',
      admonTitle,
      ...footer,
    ]),
  ],
};

export const HELDOUT112_D: readonly TestPage[] = [docusaurusPage, learnPage];
