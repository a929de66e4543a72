import { type TestPage, texts } from './page-kit.js';
import { j, lis, rows } from './pages-heldout273-kit.js';

/**
 * Held-out batch 273, file a2: a VitePress guide page of a state library (VPNav with search, menu links, version flyout and
 * social links, VPLocalNav, VPSidebar groups, the outline aside with a Carbon ad, custom containers, edit link, "Last updated",
 * prev / next pager).
 */
const vTitle = 'Persisting stores';
const vIntro = [
  j(
    'By default a Pebblejar store lives only in memory, so its state is gone when the user reloads the tab. The persist plugin writes',
    'chosen stores to storage after each change and reads them back before the first render, without any change to your components.',
  ),
];
const vH = ['Enabling the plugin', 'Choosing what to save', 'Storage backends', 'Migrating saved state'];
const vS1 = [
  j(
    'Install <code>@pebblejar/persist</code> and pass it to <code>createJar()</code>. Only stores that opt in are saved, so adding the',
    'plugin to an existing app changes nothing until you mark a store.',
  ),
  'A store opts in by setting persist to true in its options. The store id becomes the storage key, prefixed with jar: to avoid clashes.',
];
const vS2 = [
  j(
    'Saving a whole store is rarely what you want. Loading flags, open dialogs and fetched lists should start fresh, while a theme choice',
    'or a half-written draft should survive. Pass a paths array to keep only some fields:',
  ),
];
const vS2List = [
  'Top-level fields are named directly, such as theme or draft.',
  'Nested fields use dots, such as filters.sort, and save only that branch of the object.',
  'Fields holding Map, Set or Date values need a serializer, described below, or they come back as plain objects.',
];
const vTip = 'Keep saved state small. Reading storage blocks the first render, and large stores make the page feel slow on older phones.';
const vS3 = ['The plugin ships with three backends. You can pick one per store, so a draft may go to session storage while settings stay local.'];
const vTable = [
  ['localStorage', 'Until cleared', 'Settings, theme, layout choices'],
  ['sessionStorage', 'Until the tab closes', 'Drafts and wizard progress'],
  ['IndexedDB', 'Until cleared', 'Large caches and offline data'],
];
const vS4 = [
  j(
    'Saved state outlives your code. When you rename a field or change its shape, users still have the old version in storage. Give the',
    'store a version number and a migrate function; the plugin calls it once with the old state and saves the result.',
  ),
  j(
    'If migrate throws, the saved state is dropped and the store starts from its defaults. That is usually better than a broken screen,',
    'but log the error so that you notice when a release loses user data.',
  ),
];
const vWarn = 'Never save tokens or personal data with the localStorage backend; any script on the page can read it.';
const vMenu = ['Guide', 'Reference', 'Examples', 'Sponsor'];
const vSideGroups = ['Essentials', 'Plugins'];
const vSide = ['Defining stores', 'Getters and actions', 'Using stores in components', 'Writing a plugin', 'Persistence plugin', 'Devtools'];
const vHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr" class="dark-mode-transition"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${vTitle} | Pebblejar</title><meta name="description" content="Save chosen Pebblejar stores to storage and load them before the first render.">
<meta name="generator" content="VitePress v1.5.0"><link rel="preload stylesheet" href="/assets/style.D9b4kx1Q.css" as="style">
<script type="module" src="/assets/app.Cq81mZpt.js"></script><link rel="modulepreload" href="/assets/chunks/framework.BxQw27eT.js">
<link rel="modulepreload" href="/assets/guide_persisting-stores.md.Ff3kP0aw.lean.js"><meta property="og:site_name" content="Pebblejar">
<script id="check-dark-mode">(()=>{
const e=localStorage.getItem("vitepress-theme-appearance")||"auto";document.documentElement.classList.toggle("dark",e==="dark")})();</script>
<script id="check-mac-os">document.documentElement.classList.toggle("mac",/Mac|iPhone|iPod|iPad/i.test(navigator.platform));</script></head>
<body><div id="app"><div class="Layout" data-v-5d98c3a5><span tabindex="-1" data-v-0f60ec36></span><a href="#VPContent" class="VPSkipLink visually-hidden"
data-v-0f60ec36>Skip to content</a>
<header class="VPNav" data-v-5d98c3a5 data-v-ae24b3ad><div class="VPNavBar has-sidebar top" data-v-ae24b3ad data-v-6aa21345><div class="wrapper"><div
class="container">
<div class="title"><div class="VPNavBarTitle has-sidebar" data-v-ab179fa1><a class="title" href="/" data-v-ab179fa1><img class="VPImage logo" src="/logo.svg"
alt=""><span data-v-ab179fa1>Pebblejar.js</span></a></div></div>
<div class="content"><div class="content-body"><div class="VPNavBarSearch search" data-v-6aa21345><div id="local-search"><button type="button"
class="DocSearch DocSearch-Button" aria-label="Search"><span class="DocSearch-Button-Container"><span class="vp-icon DocSearch-Search-Icon"></span><span
class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key"></kbd><kbd
class="DocSearch-Button-Key">K</kbd></span></button></div></div>
<nav aria-labelledby="main-nav-aria-label" class="VPNavBarMenu menu" data-v-e6d46098><span id="main-nav-aria-label" class="visually-hidden">Main
Navigation</span>
${vMenu
  .map(
    (m) => `<a class="VPLink link VPNavBarMenuLink" href="/${m.toLowerCase()}/" tabindex="0" data-v-42ef59de><span
data-v-42ef59de>${m}</span></a>`,
  )
  .join('\n')}
<div class="VPFlyout VPNavBarMenuGroup" data-v-04f5c5e9><button type="button" class="button" aria-haspopup="true" aria-expanded="false"><span
class="text"><span
class="vpi-chevron-down text-icon"></span>v3.4</span></button><div class="menu"><div class="VPMenu"><div class="items">
<div class="VPMenuLink"><a class="VPLink link" href="/changelog">Changelog</a></div><div class="VPMenuLink"><a class="VPLink link"
href="https://v2.pebblejar.example">v2 docs</a></div></div></div></div></div></nav>
<div class="VPNavBarAppearance appearance"><button class="VPSwitch VPSwitchAppearance" type="button" role="switch" title="Switch to dark theme"
aria-checked="false"></button></div>
<div class="VPSocialLinks VPNavBarSocialLinks social-links"><a class="VPSocialLink no-icon" href="https://github.com/pebblejar/pebblejar" aria-label="github"
target="_blank" rel="noopener"><span class="vpi-social-github"></span></a></div></div></div></div></div></div>
<div class="divider"><div class="divider-line"></div></div></header>
<div class="VPLocalNav has-sidebar empty" data-v-5d98c3a5><div class="container"><button class="menu" aria-expanded="false" aria-controls="VPSidebarNav"><span
class="vpi-align-left menu-icon"></span><span class="menu-text">Menu</span></button><div class="VPLocalNavOutlineDropdown"
style="--vp-vh:0px;"><button>Return to
top</button></div></div></div>
<aside class="VPSidebar" data-v-5d98c3a5><div class="curtain"></div><nav class="nav" id="VPSidebarNav" aria-labelledby="sidebar-aria-label"
tabindex="-1"><span
class="visually-hidden" id="sidebar-aria-label">Sidebar Navigation</span>
${vSideGroups
  .map(
    (g, i) => `<div class="group"><section class="VPSidebarItem level-0 collapsible has-active"><div class="item" role="button" tabindex="0"><div
class="indicator"></div>
<h2 class="text">${g}</h2></div><div class="items">${vSide
      .slice(i * 3, i * 3 + 3)
      .map(
        (s) =>
          `<div class="VPSidebarItem level-1 is-link"><div class="item"><a class="VPLink link link" href="/guide/${s.length}"><p
class="text">${s}</p></a></div></div>`,
      )
      .join('\n')}</div></section></div>`,
  )
  .join('\n')}
</nav></aside>
<div class="VPContent has-sidebar" id="VPContent" data-v-5d98c3a5><div class="VPDoc has-sidebar has-aside" data-v-39a288b8><div class="container">
<div class="aside"><div class="aside-curtain"></div><div class="aside-container"><div class="aside-content"><div class="VPDocAside">
<nav aria-labelledby="doc-outline-aria-label" class="VPDocAsideOutline has-outline"><div class="content"><div class="outline-marker"></div>
<div aria-level="2" class="outline-title" id="doc-outline-aria-label" role="heading">On this page</div><ul class="VPDocOutlineItem root">
${vH.map((h) => `<li><a class="outline-link" href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`).join('\n')}</ul></div></nav>
<div class="spacer"></div><div class="VPDocAsideCarbonAds"><div class="VPCarbonAds"><div id="carbonads"><span><span class="carbon-wrap"><a
href="https://srv.carbonads.example/ads/click/x/GTND" class="carbon-img" target="_blank" rel="noopener sponsored"><img
src="https://cdn4.buysellads.example/u.png"
alt="ads via Carbon" width="130" height="100"></a><a href="https://srv.carbonads.example/ads/click/x/GTND" class="carbon-text" target="_blank"
rel="noopener sponsored">Ship edge functions in minutes with Tollgate, free for small teams.</a></span><a
href="http://carbonads.example/?utm_source=pebblejar"
class="carbon-poweredby" target="_blank" rel="noopener sponsored">ads via Carbon</a></span></div></div></div></div></div></div></div>
<div class="content"><div class="content-container"><main class="main"><div style="position:relative;" class="vp-doc _guide_persisting-stores"><div>
<h1 id="persisting-stores" tabindex="-1">${vTitle} <a class="header-anchor" href="#persisting-stores"
aria-label="Permalink to &quot;${vTitle}&quot;">​</a></h1>
${vIntro.map((p) => `<p>${p}</p>`).join('\n')}
${[vS1, vS2, vS3, vS4]
  .map((sec, i) => {
    const h = vH[i] ?? '';
    const id = h.toLowerCase().replace(/ /g, '-');
    const extra = [
      `<div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes
github-light github-dark vp-code" tabindex="0"><code><span class="line"><span>const jar = createJar({ plugins: [persist()]
})</span></span></code></pre></div>`,
      `<ul>${lis(vS2List)}</ul>
<div class="tip custom-block"><p class="custom-block-title">TIP</p><p>${vTip}</p></div>`,
      `<table tabindex="0"><thead><tr><th>Backend</th><th>Lasts</th><th>Good for</th></tr></thead><tbody>${rows(vTable)}</tbody></table>`,
      `<div class="warning custom-block"><p class="custom-block-title">WARNING</p><p>${vWarn}</p></div>`,
    ][i];
    return `<h2 id="${id}" tabindex="-1">${h} <a class="header-anchor" href="#${id}" aria-label="Permalink to &quot;${h}&quot;">​</a></h2>
${sec.map((p) => `<p>${p}</p>`).join('\n')}
${extra}`;
  })
  .join('\n')}
</div></div></main>
<footer class="VPDocFooter" data-v-39a288b8 data-v-e257564d><div class="edit-info"><div class="edit-link"><a class="VPLink link vp-external-link-icon no-icon
edit-link-button" href="https://github.com/pebblejar/pebblejar/edit/main/docs/guide/persisting-stores.md" target="_blank" rel="noreferrer"><span
class="vpi-square-pen edit-link-icon"></span> Edit this page on GitHub</a></div><div class="last-updated"><p class="VPLastUpdated">Last updated: <time
datetime="2026-03-02T16:12:40.000Z">3/2/26, 4:12 PM</time></p></div></div>
<nav class="prev-next" aria-labelledby="doc-footer-aria-label"><span class="visually-hidden" id="doc-footer-aria-label">Pager</span><div class="pager"><a
class="VPLink link pager-link prev" href="/guide/writing-a-plugin"><span class="desc">Previous page</span><span class="title">Writing a
plugin</span></a></div>
<div class="pager"><a class="VPLink link pager-link next" href="/guide/devtools"><span class="desc">Next page</span><span
class="title">Devtools</span></a></div></nav>
</footer></div></div></div></div></div></div></div>
<script>window.__VP_HASH_MAP__=JSON.parse("{\\"guide_persisting-stores.md\\":\\"Ff3kP0aw\\"}");
window.__VP_SITE_DATA__=JSON.parse("{\\"lang\\":\\"en-US\\"}");</script>
</body></html>`;
export const vitepress: TestPage = {
  name: 'heldout273-vitepress-docs',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: vH,
  body: texts([...vIntro, ...vS1, ...vS2, ...vS2List, vTip, ...vS3, ...vTable.flat(), ...vS4, vWarn]),
  bylines: ['Last updated: 3/2/26, 4:12 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Pebblejar.js', 'Search', 'Main Navigation', ...vMenu, 'v3.4', 'Changelog', 'v2 docs', 'Menu', 'Return to top', 'Sidebar Navigation',
    ...vSideGroups, ...vSide, 'On this page', 'Ship edge functions in minutes with Tollgate, free for small teams.', 'ads via Carbon', 'TIP', 'WARNING',
    'Edit this page on GitHub', 'Pager', 'Previous page', 'Writing a plugin', 'Next page',
  ],
};
