import { links, ps, type TestPage, texts } from './page-kit.js';
import { devsitePage } from './pages-heldout115-c2.js';

/**
 * Held-out batch 115, file c: a Docusaurus 3 documentation page whose content opens with a "danger" admonition saying the
 * feature is deprecated and will be removed in version 5 (announcement bar, navbar with version dropdown and search, the
 * sidebar menu, breadcrumbs, the "On this page" TOC, code blocks with copy buttons, "Edit this page", last-updated line,
 * previous/next pagination and the footer link columns) and, from file c2, a devsite-style docs page opened by an
 * "Important: Starting on ..." announcement.
 */
const t = 'Legacy webhooks';
const notice = 'This feature is deprecated and will be removed in version 5.0. Use event subscriptions instead.';
const pA = [
  'Legacy webhooks send an HTTP POST request to a URL you choose whenever a job in your Tally workspace changes state. Each ' +
    'request carries a JSON body describing the job and the change. They were the first way to integrate Tally with other ' +
    'systems, and many older setups still rely on them.',
  'This page describes how legacy webhooks behave in version 4 so that you can keep existing integrations running while you ' + 'migrate.',
];
const hA = 'Registering a webhook';
const pB = ['Register a webhook with the CLI. The URL must use HTTPS and must answer within ten seconds, or the delivery is counted as a ' + 'failure.'];
const hB = 'Payload format';
const pC = ['Every payload has the same top-level fields. The job object matches the one returned by the jobs API at the time of the ' + 'event.'];
const lC = [
  'event: the name of the state change, such as job.finished or job.failed.',
  'sent_at: when Tally sent the request, as an ISO 8601 timestamp in UTC.',
  'job: the job as it was after the change.',
  'attempt: the delivery attempt number, starting at 1.',
];
const hC = 'Retries and failures';
const pD = [
  'If your endpoint returns a status outside the 2xx range, or does not answer in time, Tally retries the delivery up to five ' +
    'times with exponential backoff, starting at thirty seconds. After the fifth failure the webhook is disabled and workspace ' +
    'owners receive an email.',
  'Legacy webhooks are not signed. If you need to verify that a request came from Tally, move to event subscriptions, which ' +
    'include an HMAC signature header on every request.',
];
const hD = 'Migrating to event subscriptions';
const pE = [
  'Event subscriptions accept the same events and send a compatible payload, with two changes: timestamps move from sent_at ' +
    'to a nested meta object, and each request carries a signature header. Most integrations need only a few lines changed.',
  'To migrate, create an event subscription for the same URL, check that deliveries arrive, then remove the legacy webhook ' + 'with tally webhooks remove.',
];
const nav = ['Docs', 'API', 'Blog', 'Changelog'];
const side = ['Getting started', 'Workspaces', 'Jobs', 'Integrations', 'Event subscriptions', 'Slack', 'GitHub'];
const foot = ['Docs', 'Tutorial', 'Community', 'Discord', 'Forum', 'More', 'Status', 'Copyright © 2025 Tally Labs. Built with Docusaurus.'];
const adm = (title: string, text: string): string => `<div class="theme-admonition theme-admonition-danger admonition_xJq3 alert alert--danger">
<div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 12 16"><path fill-rule="evenodd"
d="M5.05.31c.81"></path></svg></span>${title}</div>
<div class="admonitionContent_BuS1"><p>${text.replace(
  'event subscriptions',
  '<a href="/docs/integrations/event-subscriptions">event subscriptions</a>',
)}</p></div></div>`;
const code = (c: string): string => `<div class="language-bash codeBlockContainer_Ckt0 theme-code-block"><div class="codeBlockContent_biex"><pre tabindex="0"
class="prism-code language-bash">
<code class="codeBlockLines_e6Vv"><span class="token-line">${c}</span></code></pre><div class="buttonGroup__atx"><button type="button"
aria-label="Copy code to clipboard"
title="Copy" class="clean-btn"><span class="copyButtonIcons_eSgA" aria-hidden="true"></span></button></div></div></div>`;
const hd = (id: string, x: string): string =>
  `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="${id}">${x}<a href="#${id}" class="hash-link" aria-label="Direct link to ${x}" title="Direct
link to ${x}">&#8203;</a></h2>`;
const html = `<!doctype html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-4.x docs-doc-page" data-has-hydrated="false">
<head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.7.0"><title data-rh="true">${t} | Tally Docs</title>
<meta data-rh="true" name="docusaurus_version" content="4.x"><meta data-rh="true" name="docsearch:version" content="4.x">
<meta data-rh="true" property="og:title" content="${t} | Tally Docs"><meta data-rh="true" name="description" content="How legacy webhooks work in Tally 4.">
<link data-rh="true" rel="canonical" href="https://docs.tally.example/docs/integrations/legacy-webhooks">
<link rel="stylesheet" href="/assets/css/styles.6f1c2d0e.css"><script src="/assets/js/runtime~main.8e4b1a2c.js" defer="defer"></script>
<script src="/assets/js/main.2c9d7e51.js" defer="defer"></script></head>
<body class="navigation-with-keyboard"><script>!function(){var
t=localStorage.getItem("theme");document.documentElement.setAttribute("data-theme",t||"light")}()</script>
<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn"
href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>
<div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="content_knG7 announcementBarContent_xLdY">Tally 4.6 is out! Read the
<a href="/blog/tally-4-6">release notes</a>.</div><button type="button" aria-label="Close" class="clean-btn close closeButton_CVFx
announcementBarClose_gvF7"></button></div>
<nav aria-label="Main" class="theme-layout-navbar navbar navbar--fixed-top"><div class="navbar__inner"><div class="theme-layout-navbar-left navbar__items">
<button aria-label="Toggle navigation bar" aria-expanded="false" class="navbar__toggle clean-btn" type="button"></button>
<a class="navbar__brand" href="/"><b class="navbar__title text--truncate">Tally</b></a>${nav
  .map((n) => `<a class="navbar__item navbar__link" href="/${n.toLowerCase()}">${n}</a>`)
  .join('')}</div>
<div class="theme-layout-navbar-right navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable dropdown--right">
<a class="navbar__link" aria-haspopup="true" aria-expanded="false" role="button" href="/docs/integrations/legacy-webhooks">4.x</a><ul class="dropdown__menu">
<li><a class="dropdown__link" href="/docs/next/intro">Next</a></li><li><a class="dropdown__link dropdown__link--active" href="/docs/intro">4.x</a></li>
<li><a class="dropdown__link" href="/docs/3.x/intro">3.x</a></li></ul></div>
<div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search (Command+K)"><span
class="DocSearch-Button-Placeholder">Search</span></button></div>
</div></div><div role="presentation" class="navbar-sidebar__backdrop"></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="theme-layout-main main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd">
<nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list">${links(
  side,
  'theme-doc-sidebar-item-link menu__list-item',
)}
<li class="menu__list-item"><a class="menu__link menu__link--active" aria-current="page"
href="/docs/integrations/legacy-webhooks">${t}</a></li></ul></nav></div></div></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn"><div
class="docItemContainer_Djhp">
<article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs">
<li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/"></a></li><li class="breadcrumbs__item"><span
class="breadcrumbs__link">Integrations</span></li>
<li class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link">${t}</span></li></ul></nav>
<span class="theme-doc-version-badge badge badge--secondary">Version: 4.x</span>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this
page</button></div>
<div class="theme-doc-markdown markdown"><header><h1>${t}</h1></header>
${adm('deprecated', notice)}
${ps(pA)}
${hd('registering-a-webhook', hA)}
${ps(pB)}
${code('tally webhooks add --url https://example.test/hooks/tally --events job.finished,job.failed')}
${hd('payload-format', hB)}
${ps(pC)}
<ul>${lC.map((x) => `<li>${x}</li>`).join('\n')}</ul>
${hd('retries-and-failures', hC)}
${ps(pD)}
${hd('migrating-to-event-subscriptions', hD)}
${ps(pE)}
</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-edit-meta-row"><div class="col">
<a href="https://github.example/tally/docs/edit/main/docs/integrations/legacy-webhooks.md" target="_blank" rel="noopener noreferrer"
class="theme-edit-this-page">Edit this page</a></div>
<div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated on
<b><time datetime="2025-08-19T09:12:00.000Z" itemprop="dateModified">Aug 19, 2025</time></b></span></div>
</div></footer></article>
<nav class="docusaurus-mt-lg pagination-nav" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev"
href="/docs/integrations/github">
<div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">GitHub</div></a>
<a class="pagination-nav__link pagination-nav__link--next" href="/docs/integrations/slack"><div class="pagination-nav__sublabel">Next</div><div
class="pagination-nav__label">Slack</div></a></nav>
</div></div><div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents
table-of-contents__left-border">
${[hA, hB, hC, hD]
  .map(
    (x) => `<li><a href="#" class="table-of-contents__link
toc-highlight">${x}</a></li>`,
  )
  .join('')}</ul></div></div></div></div></main></div></div></div>
<footer class="theme-layout-footer footer footer--dark"><div class="container container-fluid"><div class="row footer__links">
<div class="theme-layout-footer-column col footer__col"><div class="footer__title">${foot[0]}</div><ul class="footer__items
clean-list">${links([foot[1]!], 'footer__item')}</ul></div>
<div class="theme-layout-footer-column col footer__col"><div class="footer__title">${foot[2]}</div><ul class="footer__items
clean-list">${links(foot.slice(3, 5), 'footer__item')}</ul></div>
<div class="theme-layout-footer-column col footer__col"><div class="footer__title">${foot[5]}</div><ul class="footer__items
clean-list">${links(['Blog', foot[6]!], 'footer__item')}</ul></div>
</div><div class="footer__bottom text--center"><div class="footer__copyright">Copyright &#169; 2025 Tally Labs. Built with
Docusaurus.</div></div></div></footer></div>
</body></html>`;

export const HELDOUT115_C: readonly TestPage[] = [
  {
    name: 'heldout115-docusaurus-deprecated-docs',
    kind: 'docs',
    html,
    title: t,
    headings: [hA, hB, hC, hD],
    body: texts([...pA, ...pB, ...pC, ...lC, ...pD, ...pE]),
    bylines: ['Last updated on Aug 19, 2025'],
    furniture: [
      'Skip to main content',
      'Tally 4.6 is out! Read the release notes.',
      'Tally',
      ...nav,
      '4.x',
      'Next',
      '3.x',
      'Search',
      ...side,
      'Integrations',
      'Version: 4.x',
      'On this page',
      'deprecated',
      notice,
      'Edit this page',
      'Previous',
      ...foot,
    ],
  },
  devsitePage,
];
