import type { TestPage } from './page-kit.js';
import { Art, anchor } from './pages-heldout126-kit.js';
import { adm, code, tok } from './pages-heldout126-d4.js';

/**
 * Held-out batch 126, file d2: a Docusaurus v3 documentation page (as saved: skip link, the dismissible announcement bar, the
 * navbar with docs, API and blog links, version dropdown, GitHub link, colour-mode toggle and DocSearch button, the docs
 * sidebar, breadcrumbs, the version badge, the mobile "On this page" toggle, tip and warning admonitions, package-manager
 * tabs with hidden panels, code blocks with copy buttons, the tags row, "Edit this page" and the "Last updated on ... by ..."
 * line, the previous / next pagination, the right-hand table of contents and the footer).
 */
const title = 'Caching responses';
const h2 = (t: string): string => `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="${anchor(t)}">${t}<a href="#${anchor(t)}" class="hash-link"
aria-label="Direct link to ${t}" title="Direct link to ${t}">\u200b</a></h2>`;
const pm = ['npm', 'Yarn', 'pnpm'];
const current = ' menu__link--active" aria-current="page';
const j = (...parts: string[]): string => parts.join('');
const P = (s: string): string => tok('punctuation', s);
const S = (s: string): string => tok('string', s);
const K = (s: string): string => tok('keyword', s);
const F = (s: string): string => tok('function', s);
const N = (s: string): string => tok('number', s);
const install = `<div class="tabs-container tabList__CuJ"><ul role="tablist" aria-orientation="horizontal" class="tabs">${pm
  .map(
    (t, i) => `<li role="tab" tabindex="${i === 0 ? 0 : -1}" aria-selected="${i === 0}" class="tabs__item
tabItem_LNqP${i === 0 ? ' tabs__item--active' : ''}">${t}</li>`,
  )
  .join('')}</ul><div class="margin-top--md">${pm
  .map(
    (t, i) =>
      `<div role="tabpanel" class="tabItem_Ymn6"${i === 0 ? '' : ' hidden=""'}>${code('bash', [
        `${t.toLowerCase()} ${t === 'npm' ? 'install' : 'add'} @wavelet/cache`,
      ])}</div>`,
  )
  .join('')}</div></div>`;
const art = new Art()
  .p([
    `Wavelet can cache the responses of route handlers in memory or in an external store, so that repeated requests for the same resource
skip the handler entirely.`,
    'Caching is opt-in. Nothing is cached until you add the <code>cache()</code> middleware to a route or to a router.',
  ])
  .h('Installation', h2)
  .p(['The cache middleware ships as a separate package:'])
  .raw(install)
  .h('Caching a route', h2)
  .p(['Pass a time-to-live in seconds. The response is stored the first time the route runs and served from the cache until it expires:'])
  .raw(
    code(
      'js',
      [
        j(K('import'), ' ', P('{'), ' cache ', P('}'), ' ', K('from'), ' ', S("'@wavelet/cache'"), P(';')),
        '',
        j('app', P('.'), F('get'), P('('), S("'/products/:id'"), ', ', F('cache'), '(', P('{'), ' ttl: ', N('300'), ' ', P('}'), '), getProduct);'),
      ],
      'src/routes/products.js',
    ),
  )
  .p([
    `Cached responses carry an <code>Age</code> header and an <code>X-Cache: HIT</code> header, so you can tell from the browser's network panel
whether a response came from the handler or from the cache.`,
  ])
  .p(
    [
      `Only cache responses that are the same for every user. For personalised pages, include the user in the cache key (see below) or leave
the route uncached.`,
    ],
    adm('tip', 'tip', 'success'),
  )
  .h('Cache keys', h2)
  .p(['By default the cache key is built from three parts of the request:'])
  .list(['the HTTP method,', 'the path, with route parameters filled in,', 'the query string, with its parameters sorted by name.'])
  .p([
    `Headers are not part of the key. If a route returns different content depending on a header such as <code>Accept-Language</code>, list
it in <code>vary</code>:`,
  ])
  .raw(
    code('js', [
      j('app.', F('get'), '(', S("'/help'"), ', cache(', P('{'), ' ttl: ', N('600'), ', vary: [', S("'accept-language'"), '] ', P('}'), '), helpPage);'),
    ]),
  )
  .h('Invalidation', h2)
  .p([
    `Entries expire on their own when their time-to-live runs out. To remove them earlier, for example after a product is edited, tag the
cached route and invalidate the tag:`,
  ])
  .raw(
    code('js', [
      j(
        'app.',
        F('get'),
        '(',
        S("'/products/:id'"),
        ', cache(',
        P('{'),
        ' ttl: ',
        N('300'),
        ', tags: (req) ',
        tok('operator', '=&gt;'),
        ' [',
        S('`product:&#36;{req.params.id}`'),
        '] ',
        P('}'),
        '), getProduct);',
      ),
      '',
      j(K('await'), ' app.cache.', F('invalidate'), '(', S('`product:&#36;{id}`'), ');'),
    ]),
  )
  .p(['Invalidation is immediate in the memory store. In shared stores it takes effect on every instance within a second.'])
  .h('Using Redis', h2)
  .p([
    `The memory store is per process, so each instance of your app keeps its own copy. To share one cache between instances, pass a Redis
store when you create the app:`,
  ])
  .raw(
    code('js', [
      j(K('import'), ' ', P('{'), ' redisStore ', P('}'), ' ', K('from'), ' ', S("'@wavelet/cache/redis'"), ';'),
      j(K('const'), ' app = ', F('wavelet'), '(', P('{'), ' cache: ', F('redisStore'), '(', P('{'), ' url: process.env.REDIS_URL ', P('}'), ') ', P('}'), ');'),
    ]),
  )
  .p(['The Redis store uses the same key format as the memory store, so you can switch between the two without changing any routes.'])
  .p(
    [
      `Responses are serialised before they are stored. Streaming responses and responses larger than 1 MB are never cached, and a warning
is logged the first time a route tries.`,
    ],
    adm('warning', 'warning', 'warning'),
  );
const nav = ['Docs', 'API', 'Blog'];
const versions = ['3.x', 'Next', '2.x', 'All versions'];
const side: [string, string[]][] = [
  ['Getting started', ['Introduction', 'Installation guide', 'Project structure']],
  ['Guides', ['Routing', title, 'Middleware', 'Error handling', 'Testing']],
  ['Deployment', ['Docker', 'Serverless']],
];
const sideText = side.flatMap(([c, items]) => [c, ...items.filter((t) => t !== title)]);
const foot: [string, string[]][] = [
  ['Docs', ['Getting started', 'API reference']],
  ['Community', ['Discord', 'Stack Overflow', 'Mastodon']],
  ['More', ['Blog', 'GitHub', 'Changelog']],
];
const copyright = 'Copyright © 2025 Wavelet contributors. Built with Docusaurus.';
const announce = '⭐️ If you like Wavelet, give it a star on GitHub!';
const tags = ['performance', 'middleware'];
const updated = 'Last updated on Feb 27, 2025 by Priya Venkataraman';
const html = `<!doctype html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-current docs-doc-page docs-doc-id-guides/caching"
data-has-hydrated="false"><head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.7.0"><title data-rh="true">${title} | Wavelet</title>
<meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1"><meta data-rh="true" name="twitter:card" content="summary_large_image">
<meta data-rh="true" property="og:image" content="https://wavelet.example/img/social-card.png"><meta data-rh="true" property="og:url"
content="https://wavelet.example/docs/guides/caching">
<meta data-rh="true" property="og:locale" content="en"><meta data-rh="true" name="docusaurus_locale" content="en"><meta data-rh="true"
name="docsearch:language" content="en">
<meta data-rh="true" name="docusaurus_version" content="current"><meta data-rh="true" name="docusaurus_tag" content="docs-default-current">
<meta data-rh="true" name="docsearch:version" content="current"><meta data-rh="true" name="docsearch:docusaurus_tag" content="docs-default-current">
<meta data-rh="true" property="og:title" content="${title} | Wavelet"><meta data-rh="true" name="description" content="Wavelet can cache the responses of route
handlers in memory or in an external store."><link data-rh="true" rel="icon" href="/img/favicon.ico"><link data-rh="true" rel="canonical"
href="https://wavelet.example/docs/guides/caching">
<link rel="alternate" type="application/rss+xml" href="/blog/rss.xml" title="Wavelet RSS Feed"><link rel="preconnect"
href="https://W4V3L3T-dsn.algolia.net" crossorigin="anonymous">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem",
"position":1,"name":"Guides",
"item":"https://wavelet.example/docs/category/guides"},{"@type":"ListItem","position":2,"name":"${title}",
"item":"https://wavelet.example/docs/guides/caching"}]}</script>
<link rel="stylesheet" href="/assets/css/styles.4b1e2c3f.css"><script src="/assets/js/runtime~main.8c1a0d2e.js" defer="defer"></script>
<script src="/assets/js/main.1f3b5c7d.js" defer="defer"></script></head>
<body class="navigation-with-keyboard"><script>!function(){function t(t){document.documentElement.setAttribute("data-theme",t)}var e=function(){try{return new
URLSearchParams(window.location.search).get("docusaurus-theme")}catch(t){}}()||function(){try{return
window.localStorage.getItem("theme")}catch(t){}}();t(null!==e?e:"light")}()</script>
<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn"
href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>
<div class="theme-announcement-bar announcementBar_mb4j" style="background-color:#20232a;color:#fff" role="banner"><div
class="announcementBarPlaceholder_vyr4"></div>
<div class="content_knG7 announcementBarContent_xLdY">⭐️ If you like Wavelet, give it a star on <a target="_blank" rel="noopener noreferrer"
href="https://github.com/wavelet-js/wavelet">GitHub</a>!</div><button type="button" aria-label="Close" class="clean-btn close
closeButton_CVFx announcementBarClose_gvF7">
<svg viewBox="0 0 15 15" width="14" height="14"><g stroke="currentColor" stroke-width="3.1"><path d="M.75.75l13.5 13.5M14.25.75L.75
14.25"></path></g></svg></button></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><button aria-label="Toggle
navigation bar" aria-expanded="false"
class="navbar__toggle clean-btn" type="button"><svg width="30" height="30" viewBox="0 0 30 30" aria-hidden="true"><path
stroke="currentColor" d="M4 7h22M4 15h22M4 23h22"></path>
</svg></button><a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="Wavelet Logo"
class="themedComponent_mlkZ themedComponent--light_NVdE">
</div><b class="navbar__title text--truncate">Wavelet</b></a>${nav
  .map(
    (t, i) => `<a class="navbar__item navbar__link${i === 0 ? ' navbar__link--active' : ''}"
href="/${t === 'Docs' ? 'docs/intro' : t.toLowerCase()}">${t}</a>`,
  )
  .join('')}</div><div class="navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable dropdown--right"><a
href="#" aria-haspopup="true"
aria-expanded="false" role="button" class="navbar__link">${versions[0]}</a><ul class="dropdown__menu">${versions
  .slice(1)
  .map((t) => `<li><a class="dropdown__link" href="/docs/${anchor(t)}/guides/caching">${t}</a></li>`)
  .join('')}</ul></div><a href="https://github.com/wavelet-js/wavelet" target="_blank" rel="noopener noreferrer" class="navbar__item
navbar__link">GitHub<svg width="13.5"
height="13.5" aria-hidden="true" viewBox="0 0 24 24" class="iconExternalLink_nPIU"><path fill="currentColor" d="M21
13v10h-21v-19h12v2h-10v15h17v-8h2z"></path></svg></a>
<div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn toggleButton_gllP" type="button" title="Switch between dark and light
mode (currently light mode)"
aria-label="Switch between dark and light mode (currently light mode)" aria-live="polite"><svg viewBox="0 0 24 24" width="24" height="24"
class="lightToggleIcon_pyhR">
<path fill="currentColor" d="M12,9c1.65,0,3,1.35,3,3s-1.35,3-3,3"></path></svg></button></div><div class="navbarSearchContainer_Bca1"><button type="button"
class="DocSearch DocSearch-Button" aria-label="Search (Command+K)"><span class="DocSearch-Button-Container"><svg width="20" height="20"
class="DocSearch-Search-Icon"
viewBox="0 0 20 20" aria-hidden="true"><path d="M14.386 14.386l4.0877 4.0877" stroke="currentColor" fill="none"></path></svg><span
class="DocSearch-Button-Placeholder">Search</span>
</span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key">⌘</kbd><kbd
class="DocSearch-Button-Key">K</kbd></span></button></div></div></div>
<div role="presentation" class="navbar-sidebar__backdrop"></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB"><button aria-label="Scroll back to top"
class="clean-btn theme-back-to-top-button backToTopButton_sjWU" type="button"></button><div class="docRoot_UBD9"><aside class="theme-doc-sidebar-container
docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd"><nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG">
<ul class="theme-doc-sidebar-menu menu__list">${side
  .map(
    ([c, items]) => `<li class="theme-doc-sidebar-item-category theme-doc-sidebar-item-category-level-1 menu__list-item"><div
class="menu__list-item-collapsible">
<a class="menu__link menu__link--sublist menu__link--sublist-caret${items.includes(title) ? ' menu__link--active' : ''}"
aria-expanded="true" href="/docs/category/${anchor(c)}">${c}</a>
</div><ul style="display:block;overflow:visible;height:auto" class="menu__list">${items
      .map(
        (t) => `<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-2 menu__list-item"><a
class="menu__link${t === title ? current : ''}" tabindex="0" href="/docs/guides/${anchor(t)}">${t}</a></li>`,
      )
      .join('')}</ul></li>`,
  )
  .join('\n')}</ul></nav><button type="button" title="Collapse sidebar" aria-label="Collapse sidebar" class="button button--secondary button--outline
collapseSidebarButton_PEFL"><svg width="20" height="20" aria-hidden="true" class="collapseSidebarButtonIcon_kv0_"><g fill="#7a7a7a"><path
d="M9.992 10.023c0"></path></g></svg>
</button></div></div></aside><main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div
class="row"><div class="col docItemCol_VOVn">
<div class="docItemContainer_c0TR"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs"><ul
class="breadcrumbs" itemscope=""
itemtype="https://schema.org/BreadcrumbList"><li class="breadcrumbs__item"><a aria-label="Home page" class="breadcrumbs__link" href="/"><svg viewBox="0 0 24 24"
class="breadcrumbHomeIcon_YNFT"><path d="M10 19v-5h4v5c0 .55.45 1 1 1h3" fill="currentColor"></path></svg></a></li><li itemscope="" itemprop="itemListElement"
itemtype="https://schema.org/ListItem" class="breadcrumbs__item"><a class="breadcrumbs__link" itemprop="item"
href="/docs/category/guides"><span itemprop="name">Guides</span>
</a><meta itemprop="position" content="1"></li><li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item
breadcrumbs__item--active"><span class="breadcrumbs__link" itemprop="name">${title}</span><meta itemprop="position" content="2"></li></ul></nav>
<span class="theme-doc-version-badge badge badge--secondary">Version: 3.x</span><div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button
type="button" class="clean-btn tocCollapsibleButton_TO0P">On this page</button></div><div class="theme-doc-markdown markdown"><header><h1>${title}</h1></header>
${art.html}
</div><footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-tags-row"><div
class="col"><b>Tags:</b><ul class="tags_jXut
padding--none margin-left--sm">${tags
  .map((t) => `<li class="tag_QGVx"><a class="tag_zVej tagRegular_sFm0" href="/docs/tags/${t}">${t}</a></li>`)
  .join('')}</ul></div></div><div class="theme-doc-footer-edit-meta-row row"><div class="col"><a
href="https://github.com/wavelet-js/wavelet/edit/main/website/docs/guides/caching.md"
target="_blank" rel="noopener noreferrer" class="theme-edit-this-page"><svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw"
aria-hidden="true"><g><path d="m34.5 11.7l-3 3.1-6.3-6.3 3.1-3"></path></g></svg>Edit this page</a></div><div class="col lastUpdated_JAkA"><span
class="theme-last-updated">Last updated<!-- --> on <b><time datetime="2025-02-27T14:03:11.000Z" itemprop="dateModified">Feb 27, 2025</time></b><!-- --> by
<b>Priya Venkataraman</b></span></div></div></footer></article><nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a
class="pagination-nav__link
pagination-nav__link--prev" href="/docs/guides/routing"><div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Routing</div></a>
<a class="pagination-nav__link pagination-nav__link--next" href="/docs/guides/middleware"><div class="pagination-nav__sublabel">Next</div><div
class="pagination-nav__label">Middleware</div></a></nav></div></div><div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar
theme-doc-toc-desktop">
<ul class="table-of-contents table-of-contents__left-border">${art.headings
  .map((t) => `<li><a href="#${anchor(t)}" class="table-of-contents__link toc-highlight">${t}</a></li>`)
  .join('')}</ul></div></div></div></div></main></div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">${foot
  .map(
    ([h, items]) =>
      `<div class="col footer__col"><div class="footer__title">${h}</div><ul class="footer__items clean-list">${items
        .map((t) => `<li class="footer__item"><a class="footer__link-item" href="/${anchor(t)}">${t}</a></li>`)
        .join('')}</ul></div>`,
  )
  .join('')}</div><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2025 Wavelet contributors. Built with
Docusaurus.</div></div>
</div></footer></div></body></html>`;
export const docusaurusPage: TestPage = {
  name: 'heldout126-docusaurus-docs',
  kind: 'docs',
  html,
  // admonition labels ("tip", "warning"), package-manager tab labels and code blocks are in neither list; the admonitions'
  // text is body; the sidebar entry and breadcrumb of the current page repeat the title and the table of contents repeats
  // the headings, so they are left out; the "Version: 3.x" badge is furniture
  title,
  headings: art.headings,
  body: art.body,
  bylines: [updated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set(['Skip to main content', announce, 'Wavelet', ...nav, ...versions, 'GitHub', 'Search', ...sideText, 'Guides', 'Version: 3.x', 'On this page',
    'Tags:', ...tags, 'Edit this page', 'Previous', 'Routing', 'Next', 'Middleware', ...foot.flat(2), copyright]),
  ],
};
