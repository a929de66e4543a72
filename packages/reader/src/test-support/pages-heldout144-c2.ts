import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 144, file c2: a Prisma documentation page on the Docusaurus docs site (skip link, the announcement bar,
 * the navbar with product links, "Ask AI", the search button and "Log in", the doc sidebar with categories, breadcrumbs
 * with the home icon, the collapsed mobile "On this page", headings with "Direct link to" hash links (zero-width space),
 * info and warning admonitions with their labels, code blocks with file titles and copy buttons, "Edit this page",
 * the pager, the desktop table of contents, the footer with the newsletter form and the cookie banner).
 */
const prTitle = 'Pagination';
const prLead = [
  `Prisma Client supports two ways of paging through results: offset pagination, which skips a number of rows, and cursor-based
pagination, which starts after a row you already have. Both use the <code>take</code> option to set the page size.`,
];
const prH1 = 'Offset pagination';
const prP1 = [
  `Offset pagination uses <code>skip</code> and <code>take</code>. To show the third page of a list with 20 posts per page, skip
the first 40 posts and take the next 20:`,
  `Offset pagination is simple and lets users jump straight to any page, which suits tables in an admin tool or search results
with numbered pages.`,
];
const prH2 = 'Drawbacks of offset pagination';
const prP2 = [
  `The database still has to read every row it skips. Skipping 200,000 rows to show one page is slow even with an index, and it
gets slower the further a user goes.`,
  `Results can also shift between requests. If a post is added while someone is reading page one, the last post of page one
appears again at the top of page two.`,
];
const prInfo = `If you only need the number of pages, use <code>count()</code> with the same <code>where</code> filter rather than
fetching every row.`;
const prH3 = 'Cursor-based pagination';
const prP3 = [
  `Cursor-based pagination uses <code>cursor</code> and <code>take</code>. The cursor is a unique, sequential field of the last
record on the previous page, usually its <code>id</code>. Pass it with <code>skip: 1</code> so that the cursor record itself is
not returned again:`,
  `Because the database can find the cursor with an index and read forward from there, the query is equally fast on the first page
and the thousandth. This makes cursor-based pagination the better choice for infinite scroll and for jobs that walk through a
whole table in batches.`,
];
const prH4 = 'Sorting and cursors';
const prP4 = [
  `The cursor must match the order of the results. If you sort posts by <code>createdAt</code>, two posts created in the same
millisecond could appear in either order, and a page boundary between them would skip or repeat one of them.`,
  'To avoid this, sort by a unique field as well:',
];
const prList = [
  'Sort by <code>createdAt</code> first and by <code>id</code> second.',
  'Use a compound cursor, or the <code>id</code> alone if it increases over time.',
  'Keep the same <code>orderBy</code> for every page of a query.',
];
const prWarn = `Cursor-based pagination cannot jump to an arbitrary page. To show page numbers, combine it with a count, or use offset
pagination for the first few pages only.`;
const prCode1 = `const page = await prisma.post.findMany({
  skip: 40,
  take: 20,
  where: { published: true },
  orderBy: { createdAt: 'desc' },
})`;
const prCode2 = `const next = await prisma.post.findMany({
  take: 20,
  skip: 1,
  cursor: { id: lastPostId },
  orderBy: { id: 'asc' },
})`;
const prBar = 'Prisma Postgres is now available in 12 regions. See what changed in the launch post.';
const prNav = ['Get Started', 'ORM', 'Postgres', 'Studio', 'Optimize', 'Accelerate', 'Guides'];
const prSide = ['Overview', 'Prisma Schema', 'Prisma Client', 'Setup & configuration', 'Queries', 'CRUD', 'Select fields', 'Relation queries'];
const prSide2 = ['Filtering and Sorting', 'Aggregation, grouping, and summarizing', 'Transactions and batch queries', 'Full-text search'];
const prFoot: [string, string[]][] = [
  ['Product', ['Prisma ORM', 'Prisma Studio', 'Prisma Postgres', 'Pricing', 'Changelog', 'Data Platform status']],
  ['Resources', ['Docs', 'Ecosystem', 'Playground', 'Customer stories', 'Data guide']],
  ['Contact us', ['Community', 'Support', 'Enterprise', 'Partners', 'OSS Friends']],
  ['Company', ['About', 'Blog', 'Careers', 'Security & Compliance', 'Legal']],
];
const prNews = ['Newsletter', 'Stay up to date with the latest features and changes to Prisma', 'Email address', 'Subscribe'];
const prCookie = 'We use cookies to give you the best experience on our website. You can accept them or change your preferences.';
const prH = (id: string, t: string): string => `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="${id}">${t}<a href="#${id}" class="hash-link"
aria-label="Direct link to ${t}" title="Direct link to ${t}">\u200b</a></h2>`;
const prAdm = (kind: string, label: string, text: string): string => `<div class="theme-admonition theme-admonition-${kind} admonition_xJq3
alert alert--${kind === 'warning' ? 'warning' : 'info'}"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 14 16">
</svg></span>${label}</div><div class="admonitionContent_BuS1"><p>${text}</p></div></div>`;
const prCode = (title: string, code: string): string => `<div class="language-ts codeBlockContainer_Ckt0 theme-code-block"><div class="codeBlockTitle_Ktv7">
${title}</div><div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-ts codeBlock_bY9V thin-scrollbar">
<code class="codeBlockLines_e6Vv">${code
  .split('\n')
  .map((l) => `<span class="token-line">${l}</span>`)
  .join('<br>')}</code></pre><div class="buttonGroup__atx"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn">
<span class="copyButtonIcons_eSgA" aria-hidden="true"><svg></svg></span></button></div></div></div>`;
const prIds = ['offset-pagination', 'drawbacks-of-offset-pagination', 'cursor-based-pagination', 'sorting-and-cursors'];
const prTocItems = [prH1, prH2, prH3, prH4].map((t, i) => `<li><a href="#${prIds[i]}" class="table-of-contents__link toc-highlight">${t}</a></li>`).join('');
const prHtml = `<!doctype html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page" data-has-hydrated="false"><head>
<meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.8.1"><title data-rh="true">Pagination | Prisma Documentation</title>
<meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1">
<meta data-rh="true" property="og:title" content="Pagination | Prisma Documentation">
<meta data-rh="true" name="description" content="Page through query results with offset or cursor-based pagination in Prisma Client.">
<meta data-rh="true" name="docusaurus_version" content="current"><meta data-rh="true" name="docusaurus_tag" content="docs-default-current">
<link data-rh="true" rel="canonical" href="https://www.prisma.io/docs/orm/prisma-client/queries/pagination">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"ORM","item":"https://www.prisma.io/docs/orm"},
{"@type":"ListItem","position":2,"name":"Prisma Client","item":"https://www.prisma.io/docs/orm/prisma-client"}]}
</script><link rel="stylesheet" href="/docs/assets/css/styles.4f1b7c2e.css"><script src="/docs/assets/js/runtime~main.9a3d51e0.js" defer></script>
<script src="/docs/assets/js/main.c6e2f804.js" defer></script></head>
<body class="navigation-with-keyboard"><script>!function(){var t=localStorage.getItem("theme");document.documentElement.setAttribute("data-theme",t||"light")}()
</script><div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">
Skip to main content</a></div><div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="announcementBarPlaceholder_vyr4"></div>
<div class="content_knG7 announcementBarContent_xLdY"><a href="https://www.prisma.io/blog">${prBar}</a></div><button type="button" aria-label="Close"
class="clean-btn close closeButton_CVFx announcementBarClose_gvF7"><svg viewBox="0 0 15 15" width="14" height="14"></svg></button></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><button aria-label="Toggle navigation bar"
aria-expanded="false" class="navbar__toggle clean-btn" type="button"><svg width="30" height="30"></svg></button><a class="navbar__brand" href="/docs">
<div class="navbar__logo"><img src="/docs/img/logo.svg" alt="Prisma logo" class="themedComponent_mlkZ themedComponent--light_NVdE"></div></a>
${prNav.map((t) => `<a class="navbar__item navbar__link${t === 'ORM' ? ' navbar__link--active' : ''}" href="/docs/${t.toLowerCase()}">${t}</a>`).join('\n')}
</div><div class="navbar__items navbar__items--right"><button type="button" class="kapa-ask-ai navbar__item">Ask AI</button>
<div class="navbarSearchContainer_Bca1">
<button type="button" class="DocSearch DocSearch-Button" aria-label="Search (Ctrl+K)"><span class="DocSearch-Button-Container"><svg></svg>
<span class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key">Ctrl</kbd>
<kbd class="DocSearch-Button-Key">K</kbd></span></button></div><a class="navbar__item navbar__link" href="https://console.prisma.io/login">Log in</a></div>
</div>
<div role="presentation" class="navbar-sidebar__backdrop"></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><div class="docRoot_UBD9">
<aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd"><nav aria-label="Docs sidebar"
class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list">${links(prSide, 'theme-doc-sidebar-item-link menu__list-item')}
<li class="theme-doc-sidebar-item-link menu__list-item">
<a class="menu__link menu__link--active" aria-current="page" href="/docs/orm/prisma-client/queries/pagination">
${prTitle}</a></li>${links(prSide2, 'theme-doc-sidebar-item-link menu__list-item')}</ul></nav></div></div></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn">
<div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul class="breadcrumbs">
<li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/docs"><svg viewBox="0 0 24 24" class="breadcrumbHomeIcon_YNFT"></svg>
</a></li>
<li class="breadcrumbs__item"><a class="breadcrumbs__link" href="/docs/orm"><span>ORM</span></a></li><li class="breadcrumbs__item">
<a class="breadcrumbs__link" href="/docs/orm/prisma-client"><span>Prisma Client</span></a></li><li class="breadcrumbs__item">
<span class="breadcrumbs__link">Queries</span>
</li><li class="breadcrumbs__item breadcrumbs__item--active"><span class="breadcrumbs__link">${prTitle}</span></li></ul></nav>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button" class="clean-btn tocCollapsibleButton_TO0P">On this page</button>
</div>
<div class="theme-doc-markdown markdown"><header><h1>${prTitle}</h1></header>
${ps(prLead)}
${prH('offset-pagination', prH1)}
${ps(prP1.slice(0, 1))}
${prCode('offset.ts', prCode1)}
${ps(prP1.slice(1))}
<h3 class="anchor anchorWithStickyNavbar_LWe7" id="${prIds[1]}">${prH2}<a href="#${prIds[1]}" class="hash-link" aria-label="Direct link to ${prH2}"
title="Direct link to ${prH2}">\u200b</a></h3>
${ps(prP2)}
${prAdm('info', 'info', prInfo)}
${prH('cursor-based-pagination', prH3)}
${ps(prP3.slice(0, 1))}
${prCode('cursor.ts', prCode2)}
${ps(prP3.slice(1))}
${prH('sorting-and-cursors', prH4)}
${ps(prP4)}
<ul>${prList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${prAdm('warning', 'warning', prWarn)}
</div><footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-edit-meta-row"><div class="col">
<a href="https://github.com/prisma/docs/edit/main/content/200-orm/200-prisma-client/100-queries/055-pagination.mdx" target="_blank" rel="noopener noreferrer"
class="theme-edit-this-page"><svg class="iconEdit_Z9Sw"></svg>Edit this page</a></div><div class="col lastUpdated_JAkA"></div></div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages">
<a class="pagination-nav__link pagination-nav__link--prev" href="/docs/orm/prisma-client/queries/select-fields">
<div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Select fields</div></a>
<a class="pagination-nav__link pagination-nav__link--next"
href="/docs/orm/prisma-client/queries/filtering-and-sorting"><div class="pagination-nav__sublabel">Next</div>
<div class="pagination-nav__label">Filtering and Sorting
</div></a></nav></div></div><div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop">
<p class="tocTitle_k2xe">On this page</p>
<ul class="table-of-contents table-of-contents__left-border">${prTocItems}</ul></div></div></div></div></main></div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">${prFoot
  .map(
    ([h, items]) =>
      `<div class="col footer__col"><div class="footer__title">${h}</div><ul class="footer__items clean-list">${links(items, 'footer__item')}</ul></div>`,
  )
  .join('\n')}
<div class="col footer__col newsletter_Sx2p"><div class="footer__title">${prNews[0]}</div><p>${prNews[1]}</p><form class="newsletterForm_p0Lm">
<label for="nl-email" class="sr-only">${prNews[2]}</label><input id="nl-email" type="email" placeholder="you@example.com">
<button type="submit">${prNews[3]}</button>
</form></div></div><div class="footer__bottom text--center"><div class="footer__copyright">© 2025 Prisma Data, Inc.</div></div></div></footer></div>
<div class="cookie-banner_M1ns" role="dialog" aria-label="Cookie consent"><p>${prCookie}</p><button type="button">Accept all</button>
<button type="button">Preferences</button></div></body></html>`;
export const prismaDocs: TestPage = {
  html: prHtml,
  name: 'heldout144-prisma-docs',
  kind: 'docs',
  // admonition texts are body, their labels ("info", "warning") and the code blocks' file titles in neither list; the
  // sidebar entry and breadcrumb repeating the title and the table-of-contents links are left out; no date on the page
  title: prTitle,
  headings: [prH1, prH2, prH3, prH4],
  body: texts([...prLead, ...prP1, ...prP2, prInfo, ...prP3, ...prP4, ...prList, prWarn]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', prBar, ...prNav, 'Ask AI', 'Search', 'Ctrl', 'Log in', ...prSide, ...prSide2, 'On this page', 'Edit this page',
    'Previous', 'Next', ...prFoot.flatMap(([h, items]) => [h, ...items]), ...prNews, '© 2025 Prisma Data, Inc.', prCookie,
    'Accept all', 'Preferences',
  ],
};
