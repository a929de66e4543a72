import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 104, file d2: a Docusaurus 3 docs page (the announcement bar, the navbar with the version dropdown and
 * DocSearch button, the docs sidebar, breadcrumbs, the mobile "On this page" toggle, a caution admonition "This page is a
 * work in progress ... Help us improve this page" at the top of the markdown, code blocks with copy buttons, heading hash
 * links, "Edit this page" and "Last updated", the prev/next pagination, the desktop table of contents and the footer).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' '));
const dTitle = 'Retrying failed webhook deliveries';
const dWip = 'This page is a work in progress. Some options described here may change before the 4.0 release. Help us improve this page by opening an issue.';
const dP1 = paras(`
When Pelican sends a webhook and your endpoint does not answer with a 2xx status code within ten seconds, the delivery is marked
as failed. Pelican then retries it on a schedule, so that a short outage on your side does not mean lost events.

This page explains how the retry schedule works, how to change it for a single endpoint, and how to replay deliveries by hand
once the schedule has run out.`);
const dH1 = 'The default schedule';
const dP2 = paras(`
By default, a failed delivery is retried up to eight times over roughly 27 hours. The wait between attempts doubles each time,
starting at one minute, and a small random delay is added so that many retries do not arrive at the same moment.`);
const dList = [
  'Attempts 1 to 3 happen within the first ten minutes.',
  'Attempts 4 to 6 are spread over the next six hours.',
  'The last two attempts happen roughly 12 and 24 hours after the first failure.',
];
const dP3 = paras(`
After the final attempt the delivery moves to the dead-letter list, where it is kept for 14 days.`);
const dH2 = 'Changing the schedule for an endpoint';
const dP4 = paras(`
You can set a shorter or longer schedule for each endpoint with the retry block in its configuration. The maximum number of
attempts is 15 and the longest wait between attempts is 12 hours.`);
const dCode1 = `endpoints:
  - url: https://example.com/hooks/pelican
    retry:
      max_attempts: 5
      initial_delay: 30s
      max_delay: 1h`;
const dP5 = paras(`
Changes apply to new deliveries only. Deliveries that are already waiting for a retry keep the schedule they started with.`);
const dH3 = 'Replaying deliveries by hand';
const dP6 = paras(`
Use the CLI to send deliveries from the dead-letter list again, for example after you have fixed a bug in your handler. You
can replay a single delivery by its ID, or every delivery for an endpoint within a time range.`);
const dCode2 = `pelican webhooks replay --endpoint ep_81f2 --since 2025-05-01T00:00:00Z`;
const dP7 = paras(`
Replayed deliveries keep their original event ID, so a handler that already ignores duplicate IDs will not process the same
event twice.`);
const dNav = ['Docs', 'API Reference', 'Blog', 'Changelog', 'GitHub'];
const dSide = ['Introduction', 'Quickstart', 'Queues', 'Consumers', 'Webhooks', 'Sending webhooks', 'Verifying signatures', 'Retrying failed deliveries'];
const dSide2 = ['Dead-letter list', 'Self-hosting', 'Upgrading to 4.0'];
const dFoot = ['Getting started', 'Webhooks', 'Community', 'Discord', 'Stack Overflow', 'More', 'Status', 'Privacy'];
const zw = '&#8203;';
const anchor = (id: string, t: string): string =>
  `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="${id}">${t}<a href="#${id}" class="hash-link" aria-label="Direct link to ${t}"
title="Direct link to ${t}">${zw}</a></h2>`;
const code = (lang: string, c: string): string => `<div class="language-${lang} codeBlockContainer_Ckt0 theme-code-block" style="--prism-color:#393A34">
<div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-${lang} codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv">${c
  .split('\n')
  .map((l) => `<span class="token-line"><span class="token plain">${l}</span><br></span>`)
  .join('')}</code></pre><div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn">
<span class="copyButtonIcons_eSgA" aria-hidden="true"></span></button></div></div></div>`;
const dHtml = `<!doctype html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page docs-doc-id-webhooks/retries"
data-has-hydrated="false">
<head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.7.0"><title data-rh="true">${dTitle} | Pelican Docs</title>
<meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1"><meta data-rh="true" property="og:title" content="${dTitle} | Pelican Docs">
<meta data-rh="true" name="docusaurus_version" content="current"><meta data-rh="true" name="docsearch:version" content="current">
<link data-rh="true" rel="canonical" href="https://docs.pelicanqueue.example/docs/webhooks/retries">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Webhooks",
"item":"https://docs.pelicanqueue.example/docs/category/webhooks"},{"@type":"ListItem","position":2,"name":"${dTitle}"}]}</script>
<link rel="stylesheet" href="/assets/css/styles.7b1e4f0a.css"><script src="/assets/js/runtime~main.93a2c1d8.js" defer="defer"></script></head>
<body class="navigation-with-keyboard"><script>!function(){var t=localStorage.getItem("theme");
document.documentElement.setAttribute("data-theme",t||"light")}()</script>
<div id="__docusaurus"><div role="region" aria-label="Skip to main content">
<a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>
<div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="announcementBarContent_xLdY">Pelican 4.0 beta is out.
<a href="/blog/4-0-beta">Read the announcement</a></div><button type="button" aria-label="Close" class="clean-btn close closeButton_CVFx">×</button></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/">
<b class="navbar__title text--truncate">Pelican</b></a>${dNav
  .slice(0, 2)
  .map((t) => `<a class="navbar__item navbar__link" href="/docs/${t}">${t}</a>`)
  .join('')}</div>
<div class="navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable dropdown--right">
<a class="navbar__link" aria-haspopup="true"
aria-expanded="false" role="button" href="/docs/next">Next (4.0)</a><ul class="dropdown__menu"><li><a class="dropdown__link" href="/docs/next">Next (4.0)</a>
</li>
<li><a class="dropdown__link" href="/docs">3.6</a></li><li><a class="dropdown__link" href="/versions">All versions</a></li></ul></div>
${dNav
  .slice(2)
  .map((t) => `<a class="navbar__item navbar__link" href="/${t}">${t}</a>`)
  .join('')}<div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search (Command+K)">
<span class="DocSearch-Button-Placeholder">Search</span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key">⌘</kbd><kbd>K</kbd></span>
</button>
</div></div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG">
<ul class="theme-doc-sidebar-menu menu__list">${links(dSide, 'theme-doc-sidebar-item-link menu__list-item')}${links(dSide2, 'menu__list-item')}</ul></nav>
</aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn">
<div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs">
<li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/"><svg viewBox="0 0 24 24" class="breadcrumbHomeIcon_YNFT"></svg>
</a></li>
<li class="breadcrumbs__item"><a class="breadcrumbs__link" href="/docs/category/webhooks"><span>Webhooks</span></a></li>
<li class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link">Retrying failed deliveries</span></li></ul></nav>
<span class="theme-doc-version-badge badge badge--secondary">Version: Next (4.0)</span>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this page</button>
</div>
<div class="theme-doc-markdown markdown"><header><h1>${dTitle}</h1></header>
<div class="theme-admonition theme-admonition-caution admonition_xJq3 alert alert--warning"><div class="admonitionHeading_Gvgb">
<span class="admonitionIcon_Rf37"><svg viewBox="0 0 16 16"></svg></span>caution</div><div class="admonitionContent_BuS1"><p>${dWip.replace(
  'Help us improve this page',
  '<a href="https://github.example/pelicanqueue/pelican/issues/new?template=docs.yml">Help us improve this page</a>',
)}</p></div></div>
${ps(dP1)}
${anchor('the-default-schedule', dH1)}
${ps(dP2)}
<ul>${dList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(dP3)}
${anchor('changing-the-schedule-for-an-endpoint', dH2)}
${ps(dP4)}
${code('yaml', dCode1)}
${ps(dP5)}
${anchor('replaying-deliveries-by-hand', dH3)}
${ps(dP6)}
${code('bash', dCode2)}
${ps(dP7)}
</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="theme-doc-footer-edit-meta-row row"><div class="col">
<a href="https://github.example/pelicanqueue/pelican/tree/main/website/docs/webhooks/retries.md" target="_blank" rel="noopener noreferrer"
class="theme-edit-this-page"><svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw"></svg>Edit this page</a></div>
<div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated<!-- --> on <b><time datetime="2025-06-02T00:00:00.000Z"
itemprop="dateModified">Jun 2, 2025</time></b></span></div></div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages">
<a class="pagination-nav__link pagination-nav__link--prev" href="/docs/webhooks/signatures">
<div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Verifying signatures</div></a>
<a class="pagination-nav__link pagination-nav__link--next" href="/docs/webhooks/dead-letter"><div class="pagination-nav__sublabel">Next</div>
<div class="pagination-nav__label">Dead-letter list</div></a></nav></div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">
<li><a href="#the-default-schedule" class="table-of-contents__link toc-highlight">${dH1}</a></li>
<li><a href="#changing-the-schedule-for-an-endpoint" class="table-of-contents__link toc-highlight">${dH2}</a></li>
<li><a href="#replaying-deliveries-by-hand" class="table-of-contents__link toc-highlight">${dH3}</a></li></ul></div></div></div></div></main></div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">
${dFoot
  .map(
    (t) => `<div class="col footer__col"><ul class="footer__items clean-list"><li class="footer__item">
<a class="footer__link-item" href="/${t}">${t}</a></li></ul></div>`,
  )
  .join('\n')}
</div><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2025 Pelican Queue Ltd. Built with Docusaurus.</div></div></div>
</footer></div>
</body></html>`;
export const docusaurusWip: TestPage = {
  name: 'heldout104-docusaurus-wip-docs',
  kind: 'docs',
  html: dHtml,
  // the caution admonition (its "caution" label and its work-in-progress text with the "Help us improve this page" link)
  // is furniture though it sits inside the markdown; the desktop table of contents repeats the headings and is left out;
  // code blocks are in neither list; "Last updated on ..." is a byline
  title: dTitle,
  headings: [dH1, dH2, dH3],
  body: texts([...dP1, ...dP2, ...dList, ...dP3, ...dP4, ...dP5, ...dP6, ...dP7]),
  bylines: ['Last updated on Jun 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Pelican 4.0 beta is out.', 'Read the announcement', 'Pelican', ...dNav, 'Next (4.0)', '3.6', 'All versions', 'Search', ...dSide,
    ...dSide2, 'Version: Next (4.0)', 'On this page', 'caution', dWip, 'Edit this page', 'Previous', 'Verifying signatures', 'Next', 'Dead-letter list',
    ...dFoot, 'Copyright © 2025 Pelican Queue Ltd. Built with Docusaurus.',
  ],
};
