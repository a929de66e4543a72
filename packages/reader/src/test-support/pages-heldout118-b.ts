import { ps, type TestPage, texts } from './page-kit.js';
import { atlassianArticle } from './pages-heldout118-b2.js';

/**
 * Held-out batch 118, file b: a VitePress 1.x documentation page as the browser saves it after hydration (skip link, the
 * nav bar with the local search button, nav links, the version flyout and the appearance switch, the local nav with
 * "Menu" and "Return to top", the sidebar whose group titles are h2 and whose items are p, the aside with the "On this
 * page" outline and a Carbon ad, the doc with header anchors holding a zero-width space, tip and warning custom blocks, a
 * table and code groups, and the doc footer with the edit link, "Last updated" and the prev/next pager) and, from file
 * b2, an Atlassian support article.
 */
const vpTitle = 'Request Caching';
const vpP1 = [
  'Quiver keeps the result of every request in a cache keyed by the request’s URL and parameters. Components that ask for the same ' +
    'data share one network request and one copy of the result, and a page you come back to renders at once from the cache while ' +
    'a fresh copy is fetched in the background.',
  'This page explains how entries go stale, how long they are kept, and how to clear them yourself.',
];
const vpH1 = 'Stale and fresh entries';
const vpP2 = [
  'Every cache entry is either fresh or stale. A fresh entry is returned as it is. A stale entry is returned too, but Quiver also ' +
    'starts a request to replace it and updates every component that uses it when the new data arrives.',
  'By default an entry goes stale as soon as it is stored, so data is refetched whenever a component mounts. That is safe, but it ' +
    'is often more traffic than you need. Set <code>staleTime</code> to keep entries fresh for longer:',
];
const vpTip =
  'A <code>staleTime</code> of a few seconds is usually enough to stop a list and its detail view from fetching the same record ' +
  'twice when they mount together.';
const vpH2 = 'How long entries are kept';
const vpP3 = [
  'An entry that no component is using is not deleted at once. It stays in memory for <code>gcTime</code>, five minutes by ' +
    'default, so that going back to a page is instant. After that the entry is removed and the next request starts from scratch.',
];
const vpRows = [
  ['<code>staleTime</code>', '<code>0</code>', 'How long an entry stays fresh, in milliseconds.'],
  ['<code>gcTime</code>', '<code>300000</code>', 'How long an unused entry stays in memory, in milliseconds.'],
  ['<code>keepOnError</code>', '<code>false</code>', 'Keep the last good data on screen when a refetch fails.'],
];
const vpH3 = 'Invalidating entries';
const vpP4 = [
  'When you change data on the server, tell Quiver which entries are out of date. <code>invalidate</code> marks the matching ' +
    'entries as stale and refetches the ones that are on screen:',
  "Keys are matched by prefix, so invalidating <code>['projects']</code> also invalidates <code>['projects', 42]</code> and " +
    "<code>['projects', 42, 'members']</code>. Pass <code>{ exact: true }</code> to match one key only.",
];
const vpWarn =
  'Calling <code>cache.clear()</code> removes every entry, including the ones on screen. Components show their loading state ' +
  'again until new data arrives, so prefer <code>invalidate</code> in application code.';
const vpH4 = 'Rendering on the server';
const vpP5 = [
  'On the server, create a new cache for each incoming request. A cache created at module level would be shared between users and ' +
    'could leak one user’s data into another user’s page. See <a href="/guide/ssr">Server-Side Rendering</a> for a complete example.',
];
const vpCode1 = `<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span> client </span><span>=</span>
<span> createClient</span><span>({</span></span>\n<span class="line"><span>  staleTime: </span><span style="--shiki-light:#005CC5;">10_000</span><span>,</span>
</span>
<span class="line"><span>})</span></span>`;
const vpCode2 = `<span class="line"><span>await</span><span> client.</span><span>invalidate</span><span>([</span><span>'projects'</span><span>])</span></span>`;
const vpNav = ['Guide', 'Reference', 'Examples'];
const vpFlyout = ['Changelog', 'Contributing', 'v2 Docs'];
const vpSide: [string, string[]][] = [
  ['Introduction', ['What is Quiver?', 'Getting Started', 'Core Concepts']],
  ['Essentials', ['Queries', 'Mutations', vpTitle, 'Pagination']],
  ['Advanced', ['Server-Side Rendering', 'Testing', 'TypeScript']],
];
const vpAd = ['Ship faster with managed Postgres that scales to zero. Try it free for 30 days.', 'ads via Carbon'];
const vpId = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const vpH = (n: 1 | 2 | 3, t: string): string =>
  `<h${n} id="${vpId(t)}" tabindex="-1">${t} <a class="header-anchor" href="#${vpId(t)}" aria-label="Permalink to &quot;${t}&quot;">\u200b</a></h${n}>`;
const vpBlock = (kind: string, label: string, text: string): string =>
  `<div class="${kind} custom-block"><p class="custom-block-title">${label}</p><p>${text}</p></div>`;
const vpPre = (lang: string, code: string): string => `<div class="language-${lang} vp-adaptive-theme"><button title="Copy Code" class="copy"></button>
<span class="lang">${lang}</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code>${code}</code></pre></div>`;
const vpSideHtml = vpSide
  .map(
    ([g, items]) => `<div class="no-transition group"><section class="VPSidebarItem level-0 collapsible${g === 'Essentials' ? ' has-active' : ''}"
data-v-b3fd67f8><div class="item" role="button" tabindex="0"><div class="indicator"></div><h2 class="text">${g}</h2><div class="caret" role="button"
aria-label="toggle section" tabindex="0"><span class="vpi-chevron-right caret-icon"></span></div></div><div class="items">
${items
  .map(
    (t) => `<div class="VPSidebarItem level-1 is-link${t === vpTitle ? ' is-active has-active' : ''}"><div class="item"><div class="indicator"></div>
<a class="VPLink link link" href="/guide/${vpId(t)}"><p class="text">${t}</p></a></div></div>`,
  )
  .join('\n')}</div></section></div>`,
  )
  .join('\n');
const vpHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr" class=""><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Request Caching | Quiver</title><meta name="description" content="How Quiver caches requests, when entries go stale and how to invalidate them.">
<meta name="generator" content="VitePress v1.6.3"><link rel="preload stylesheet" href="/assets/style.BqA4d2Ex.css" as="style">
<link rel="preload stylesheet" href="/vp-icons.css" as="style"><script type="module" src="/assets/app.D8vZ0c1n.js"></script>
<link rel="modulepreload" href="/assets/chunks/theme.CWx3Pq9F.js"><link rel="modulepreload" href="/assets/guide_caching.md.Ck2y7RsT.lean.js">
<link rel="icon" href="/logo.svg"><meta property="og:title" content="Quiver"><meta property="og:image" content="https://quiver.example/og.png">
<script id="check-dark-mode">(()=>{const e=localStorage.getItem("vitepress-theme-appearance")||"auto";document.documentElement.classList.toggle("dark",
e==="dark")})();</script><script id="check-mac-os">document.documentElement.classList.toggle("mac",/Mac|iPhone|iPod|iPad/i.test(navigator.platform));</script>
</head><body><div id="app"><div class="Layout" data-v-5d98c3a5><!--[--><!--]--><!--[--><span tabindex="-1" data-v-0b0ada53></span>
<a href="#VPContent" class="VPSkipLink visually-hidden" data-v-0b0ada53>Skip to content</a><!--]--><!---->
<header class="VPNav" data-v-5d98c3a5 data-v-ae24b3ad><div class="VPNavBar has-sidebar top" data-v-ae24b3ad data-v-6aa21345><div class="wrapper">
<div class="container">
<div class="title"><div class="VPNavBarTitle has-sidebar"><a class="title" href="/"><!--[--><!--]--><img class="VPImage logo" src="/logo.svg" alt="">
<span>Quiver</span><!--[--><!--]--></a></div></div><div class="content"><div class="content-body"><!--[--><!--]-->
<div class="VPNavBarSearch search"><div id="local-search"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search"><span
class="DocSearch-Button-Container"><span class="vp-icon DocSearch-Search-Icon"></span><span class="DocSearch-Button-Placeholder">Search</span></span>
<span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key"></kbd><kbd class="DocSearch-Button-Key">K</kbd></span></button></div></div>
<nav aria-labelledby="main-nav-aria-label" class="VPNavBarMenu menu"><span id="main-nav-aria-label" class="visually-hidden">Main Navigation</span>
${vpNav
  .map(
    (t, i) => `<a class="VPLink link VPNavBarMenuLink${i === 0 ? ' active' : ''}" href="/${t.toLowerCase()}/"><!--[--><span>${t}</span><!--]-->
</a>`,
  )
  .join('\n')}
<div class="VPFlyout VPNavBarMenuGroup"><button type="button" class="button" aria-haspopup="true" aria-expanded="false"><span class="text"><span>v3.2.1</span>
<span class="vpi-chevron-down text-icon"></span></span></button><div class="menu"><div class="VPMenu"><div class="items">
${vpFlyout.map((t) => `<div class="VPMenuLink"><a class="VPLink link" href="/${vpId(t)}"><span>${t}</span></a></div>`).join('\n')}</div></div></div></div></nav>
<!----><div class="VPNavBarAppearance appearance"><button class="VPSwitch VPSwitchAppearance" type="button" role="switch" title="Switch to dark theme"
aria-checked="false"><span class="check"><span class="icon"><span class="vpi-sun sun"></span><span class="vpi-moon moon"></span></span></span></button></div>
<div class="VPSocialLinks VPNavBarSocialLinks social-links"><a class="VPSocialLink no-icon" href="https://github.com/quiverjs/quiver" aria-label="github"
target="_blank" rel="noopener"><span class="vpi-social-github"></span></a></div><div class="VPFlyout VPNavBarExtra extra"><button type="button"
class="button" aria-haspopup="true" aria-expanded="false" aria-label="extra navigation"><span class="vpi-more-horizontal icon"></span></button>
<div class="menu"><div class="VPMenu"><div class="group"><div class="item appearance"><p class="label">Appearance</p><div class="appearance-action">
</div></div></div></div></div></div><button type="button" class="VPNavBarHamburger hamburger" aria-label="mobile navigation" aria-expanded="false"
aria-controls="VPNavScreen"><span class="container"><span class="top"></span><span class="middle"></span><span class="bottom"></span></span></button>
</div></div></div></div><div class="divider"><div class="divider-line"></div></div></div><!----></header>
<div class="VPLocalNav has-sidebar empty" data-v-5d98c3a5><div class="container"><button class="menu" aria-expanded="false" aria-controls="VPSidebarNav">
<span class="vpi-align-left menu-icon"></span><span class="menu-text">Menu</span></button><div class="VPLocalNavOutlineDropdown" style="--vp-vh:0px;">
<button>Return to top</button><!----></div></div></div>
<aside class="VPSidebar" data-v-5d98c3a5><div class="curtain"></div><nav class="nav" id="VPSidebarNav" aria-labelledby="sidebar-aria-label" tabindex="-1">
<span class="visually-hidden" id="sidebar-aria-label"> Sidebar Navigation </span><!--[--><!--]--><!--[-->
${vpSideHtml}<!--]--><!--[--><!--]--></nav></aside>
<div class="VPContent has-sidebar" id="VPContent" data-v-5d98c3a5><div class="VPDoc has-sidebar has-aside"><!--[--><!--]--><div class="container">
<div class="aside"><div class="aside-curtain"></div><div class="aside-container"><div class="aside-content"><div class="VPDocAside"><!--[--><!--]-->
<nav aria-labelledby="doc-outline-aria-label" class="VPDocAsideOutline has-outline"><div class="content"><div class="outline-marker"></div>
<div aria-level="2" class="outline-title" id="doc-outline-aria-label" role="heading">On this page</div><ul class="VPDocOutlineItem root">
${[vpH1, vpH2, vpH3, vpH4].map((t) => `<li><a class="outline-link" href="#${vpId(t)}" title="${t}">${t}</a><!----></li>`).join('\n')}</ul></div></nav>
<!--[--><!--]--><div class="spacer"></div><div class="VPDocAsideCarbonAds"><div class="VPCarbonAds"><div id="carbonads"><span><span class="carbon-wrap">
<a href="https://srv.carbonads.example/ads/click" class="carbon-img" target="_blank" rel="noopener sponsored"><img src="https://cdn4.buysellads.example/a.png"
alt="ads via Carbon" height="100" width="130"></a><a href="https://srv.carbonads.example/ads/click" class="carbon-text" target="_blank"
rel="noopener sponsored">${vpAd[0]}</a></span><a href="http://carbonads.example/?utm_source=quiver" class="carbon-poweredby" target="_blank"
rel="noopener sponsored">${vpAd[1]}</a></span></div></div></div><!--[--><!--]--></div></div></div></div>
<div class="content"><div class="content-container"><!--[--><!--]--><main class="main"><div style="position:relative;" class="vp-doc _guide_caching"><div>
${vpH(1, vpTitle)}
${ps(vpP1)}
${vpH(2, vpH1)}
${ps(vpP2)}
${vpPre('ts', vpCode1)}
${vpBlock('tip', 'TIP', vpTip)}
${vpH(2, vpH2)}
${ps(vpP3)}
<table tabindex="0"><thead><tr><th>Option</th><th>Default</th><th>Description</th></tr></thead><tbody>
${vpRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${vpH(2, vpH3)}
${ps(vpP4.slice(0, 1))}
${vpPre('ts', vpCode2)}
${ps(vpP4.slice(1))}
${vpBlock('warning', 'WARNING', vpWarn)}
${vpH(2, vpH4)}
${ps(vpP5)}
</div></div></main>
<footer class="VPDocFooter"><!--[--><!--]--><div class="edit-info"><div class="edit-link"><a class="VPLink link vp-external-link-icon no-icon edit-link-button"
href="https://github.com/quiverjs/quiver/edit/main/docs/guide/caching.md" target="_blank" rel="noreferrer"><span class="vpi-square-pen edit-link-icon"></span>
Edit this page on GitHub</a></div><div class="last-updated">
<p class="VPLastUpdated">Last updated: <time datetime="2025-10-02T13:41:07.000Z">10/2/25, 1:41 PM</time>
</p></div></div><nav class="prev-next" aria-labelledby="doc-footer-aria-label"><span class="visually-hidden" id="doc-footer-aria-label">Pager</span>
<div class="pager"><a class="VPLink link pager-link prev" href="/guide/mutations"><span class="desc">Previous page</span><span class="title">Mutations</span>
</a></div>
<div class="pager"><a class="VPLink link pager-link next" href="/guide/pagination"><span class="desc">Next page</span><span class="title">Pagination</span></a>
</div>
</nav></footer><!--[--><!--]--></div></div></div><!--[--><!--]--></div></div><!----><!--[--><!--]--></div></div>
<script>window.__VP_HASH_MAP__=JSON.parse("{\\"guide_caching.md\\":\\"Ck2y7RsT\\",\\"index.md\\":\\"B0aQ3fLm\\"}");
window.__VP_SITE_DATA__=JSON.parse("{\\"lang\\":\\"en-US\\",\\"dir\\":\\"ltr\\",\\"title\\":\\"Quiver\\",\\"base\\":\\"/\\"}");</script>
</body></html>`;

const vitepress: TestPage = {
  html: vpHtml,
  name: 'heldout118-vitepress-docs',
  kind: 'docs',
  // tip and warning block texts are body, their "TIP" / "WARNING" labels in neither list; table data cells are body; the
  // sidebar entry that repeats the title and the outline that repeats the headings are left out
  title: vpTitle,
  headings: [vpH1, vpH2, vpH3, vpH4],
  body: texts([...vpP1, ...vpP2, vpTip, ...vpP3, ...vpRows.flat(), ...vpP4, vpWarn, ...vpP5]),
  bylines: ['Last updated: 10/2/25, 1:41 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Quiver', 'Search', 'Main Navigation', ...vpNav, 'v3.2.1', ...vpFlyout, 'Appearance', 'Menu', 'Return to top', 'Sidebar Navigation',
    ...vpSide.flatMap(([g, items]) => [g, ...items.filter((t) => t !== vpTitle)]), 'On this page', ...vpAd, 'Edit this page on GitHub', 'Pager',
    'Previous page', 'Next page',
  ],
};

export const HELDOUT118_B: readonly TestPage[] = [vitepress, atlassianArticle];
