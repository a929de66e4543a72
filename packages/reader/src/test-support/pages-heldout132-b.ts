import { plain, type TestPage, texts } from './page-kit.js';
import { nextDocs } from './pages-heldout132-b2.js';

/**
 * Held-out batch 132, file b: a Vue.js guide page on vuejs.org (VitePress with @vue/theme: the conference banner, the
 * VPNav bar with DocSearch, the Docs / Ecosystem / About menus and the hidden social-link labels, the sidebar whose
 * group titles are h2s and whose links are p.link-text, the API preference switch, the h1 with its zero-width
 * header-anchor, the Vue School lesson link under the h1, options-api and composition-api blocks of which CSS shows one,
 * TIP and WARNING custom blocks, the aside with "On this page" and a Carbon ad, the edit link, the prev/next pager and
 * the VPFooter) and, from file b2, a Next.js documentation page.
 */
const vTitle = 'Persisting State';
const vP1 = [
  `Reactive state lives in memory, so it disappears when the user reloads the page or closes the tab. For most state that
is exactly right. For a few things, such as a half-written comment, the sort order of a table or a dismissed notice,
users expect the app to remember what they did.`,
  `This page shows how to keep a piece of reactive state in sync with browser storage, and how to wrap that pattern in a
composable you can reuse.`,
];
const vH1 = 'Syncing a ref with localStorage';
const vP2 = [
  `The simplest approach is to read the stored value when the component is set up, and write it back whenever it
changes. A watcher does the writing:`,
  `Because the initial value comes from storage, the textarea shows the draft the user left behind. Every change after
that is written back, so the draft survives a reload.`,
];
const vOptions = `In the Options API, read the stored value in <code>data()</code> and write it back from a
<code>watch</code> option with the same key.`;
const vTip = `Storage only holds strings. Use <code>JSON.stringify()</code> and <code>JSON.parse()</code> when you store
objects or arrays, and remember that dates come back as strings.`;
const vH2 = 'Extracting a composable';
const vP3 = [
  `Once you need the same thing in a second component, move the logic into a composable. It takes a storage key and a
default value, and returns a ref:`,
  'Any component can now persist a value with a single line:',
];
const vList = [
  'The key is used as-is, so choose a prefix for your app to avoid clashing with other scripts on the same origin.',
  'If the stored value cannot be parsed, the composable falls back to the default instead of throwing.',
  'The watcher uses <code>{ deep: true }</code>, so changes inside objects and arrays are saved too.',
];
const vH3 = 'Keeping tabs in sync';
const vP4 = [
  `When the same page is open in two tabs, each tab has its own copy of the state. The browser fires a
<code>storage</code> event in the other tabs when a value changes, and you can listen for it to keep them in step:`,
  `Register the listener in <code>onMounted()</code> and remove it in <code>onUnmounted()</code>, as you would for any
other global event. Inside a composable, these hooks attach to whichever component called it.`,
];
const vWarn = `Do not persist anything sensitive in localStorage. Every script on the page can read it, including third-party
scripts, and it is not cleared when the user signs out unless you clear it yourself.`;
const vH4 = 'Server-side rendering';
const vP5 = [
  `During server-side rendering there is no <code>window</code>, so reading storage in <code>setup()</code> will throw.
Start with the default value and read storage in <code>onMounted()</code> instead, which only runs in the browser. The
first render then matches the server’s HTML, and the stored value is applied a moment later.`,
];
const vBanner = ['VUE.JS LISBOA 2026', 'The Vue conference by the river · May 14-15', 'Get Tickets'];
const vMenus = ['Docs', 'API', 'Playground', 'Ecosystem', 'About', 'Sponsor', 'Experts'];
const vDocs = ['Guide', 'Tutorial', 'Examples', 'Quick Start', 'Glossary', 'Error Reference', 'Vue 2 Docs', 'Migration from Vue 2'];
const vAbout = ['FAQ', 'Team', 'Releases', 'Community Guide', 'Code of Conduct', 'Privacy Policy'];
const vGroups = ['Getting Started', 'Essentials', 'Reusability', 'Extra Topics'];
const vSide: string[][] = [
  ['Introduction'],
  ['Creating an Application', 'Template Syntax', 'Reactivity Fundamentals', 'Computed Properties', 'Watchers', 'Lifecycle Hooks'],
  ['Composables', 'Custom Directives', 'Plugins'],
  ['Ways of Using Vue', 'Composition API FAQ', 'Reactivity in Depth', 'Rendering Mechanism', 'Animation Techniques'],
];
const vAd = 'Ship faster with hosted Vue previews. Free for open source.';
const vFoot = ['Released under the MIT License.', 'Copyright © 2014-2025 The Vue Core Team'];
const vPs = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const vH = (id: string, t: string): string => `<h2 id="${id}" tabindex="-1">${t} <a class="header-anchor" href="#${id}"
aria-label="Permalink to &quot;${t}&quot;">&#8203;</a></h2>`;
const vCode = (lang: string, code: string): string => `<div class="language-${lang} vp-adaptive-theme"><button title="Copy Code" class="copy"></button>
<span class="lang">${lang}</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code>${code}</code></pre></div>`;
const vHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr" class="prefer-composition"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Persisting State | Vue.js</title><meta name="description" content="Vue.js - The Progressive JavaScript Framework">
<meta name="generator" content="VitePress v1.6.3"><link rel="preload stylesheet" href="/assets/style.D0p2vM1x.css" as="style">
<script type="module" src="/assets/app.Bk1nQm2e.js"></script><link rel="modulepreload" href="/assets/chunks/theme.C3x9sR0w.js">
<meta property="og:type" content="website"><meta property="og:title" content="Vue.js"><meta property="og:url" content="https://vuejs.org/">
<meta name="twitter:site" content="@vuejs"><meta name="twitter:card" content="summary">
<script>;(() => { const restore = (key, cls, def = false) => { const saved = localStorage.getItem(key);
if (saved ? saved !== 'false' : def) { document.documentElement.classList.add(cls) } };
restore('vue-docs-prefer-composition', 'prefer-composition', true); restore('vue-docs-prefer-sfc', 'prefer-sfc', true) })()</script>
<script src="https://cdn.usefathom.com/script.js" data-site="XNOLWPLB" data-spa="auto" defer></script></head>
<body><div id="app"><div class="VPApp"><!--[--><div id="v-banner" class="banner"><a target="_blank" href="https://vuejs.lisboa.example/"
class="banner-link"><div class="vl-wrapper"><span class="vl-title">${vBanner[0]}</span><span class="vl-sub">${vBanner[1]}</span>
<span class="vl-cta">${vBanner[2]}</span></div></a><div class="close" aria-label="close banner"><svg viewBox="0 0 24 24"></svg></div></div>
<span tabindex="-1"></span><a href="#VPContent" class="VPSkipLink visually-hidden">Skip to content</a>
<header class="VPNav nav-bar stick"><div class="VPNavBar"><div class="container"><a class="VPNavBarTitle" href="/"><svg class="logo" viewBox="0 0 128 128">
</svg><span class="text">Vue.js</span></a><div class="content"><div class="VPNavBarSearch vt-search"><div id="docsearch"><button type="button"
class="DocSearch DocSearch-Button" aria-label="Search"><span class="DocSearch-Button-Container"><svg class="DocSearch-Search-Icon"></svg>
<span class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key">Ctrl</kbd>
<kbd class="DocSearch-Button-Key">K</kbd></span></button></div></div><nav aria-labelledby="main-nav-aria-label" class="VPNavBarMenu menu">
<span id="main-nav-aria-label" class="visually-hidden">Main Navigation</span><div class="vt-flyout VPNavBarMenuGroup active"><button type="button"
class="vt-flyout-button" aria-haspopup="true" aria-expanded="false"><span class="vt-flyout-button-text">${vMenus[0]}</span></button>
<div class="vt-flyout-menu"><div class="vt-menu"><div class="vt-menu-items">
${vDocs.map((t) => `<a class="vt-link link vt-menu-link" href="/guide/${t.length}">${t}</a>`).join('\n')}</div></div></div></div>
${vMenus
  .slice(1)
  .map((t) =>
    t === 'Ecosystem' || t === 'About'
      ? `<div class="vt-flyout VPNavBarMenuGroup"><button type="button" class="vt-flyout-button" aria-haspopup="true" aria-expanded="false">
<span class="vt-flyout-button-text">${t}</span></button><div class="vt-flyout-menu"><div class="vt-menu"><div class="vt-menu-items">
${(t === 'About' ? vAbout : ['Partners', 'Themes', 'UI Components', 'Video Courses', 'Job Board'])
  .map(
    (x) => `<a class="vt-link link vt-menu-link"
href="/${x.length}">${x}</a>`,
  )
  .join('\n')}</div></div></div></div>`
      : `<a class="vt-link link VPNavBarMenuLink" href="/${t.toLowerCase()}/">${t}</a>`,
  )
  .join('\n')}</nav><div class="vt-flyout VPNavBarLocale"><button type="button" class="vt-flyout-button" aria-label="Select Language">
<svg class="vt-locales-btn-icon"></svg></button><div class="vt-flyout-menu"><div class="vt-menu"><p class="vt-menu-label">English</p>
<div class="vt-menu-items"><a class="vt-link link vt-menu-link" href="https://cn.vuejs.org/guide/extras/persisting-state">简体中文</a>
<a class="vt-link link vt-menu-link" href="https://ja.vuejs.org/guide/extras/persisting-state">日本語</a></div><p class="vt-menu-label">
Help Us Translate!</p></div></div></div><div class="vt-switch vt-switch-appearance VPNavBarAppearance" role="switch" aria-label="Toggle dark mode"></div>
<div class="vt-social-links VPNavBarSocialLinks"><a class="vt-social-link is-small" href="https://github.com/vuejs/" title="github" target="_blank"
rel="noopener"><svg class="vt-social-link-icon"></svg><span class="visually-hidden">github</span></a></div></div></div></div></header>
<aside class="VPSidebar"><nav class="VPSidebarNav" id="VPSidebarNav" aria-labelledby="sidebar-aria-label" tabindex="-1">
<span class="visually-hidden" id="sidebar-aria-label">Sidebar Navigation</span><div class="vt-doc-sidebar-preference"><div class="preference-switch">
<button class="toggle" aria-label="preference switches toggle" aria-controls="preference-switches" aria-expanded="false"><span>API Preference: </span>
<span>Composition</span></button><div id="preference-switches" class="switch-container"><label class="options-label" for="api-switch">Options</label>
<div class="vt-switch api-switch" role="switch" aria-label="prefer composition api" aria-checked="true"></div>
<label class="composition-label" for="api-switch">Composition</label></div></div></div>
${vGroups
  .map(
    (g, i) => `<div class="group"><section class="VPSidebarGroup"><div class="title"><h2 class="title-text">${g}</h2></div>
${(vSide[i] ?? []).map((t) => `<a class="link" href="/guide/${i}/${t.length}"><p class="link-text">${t}</p></a>`).join('\n')}
${g === 'Extra Topics' ? `<a class="link active" href="/guide/extras/persisting-state"><p class="link-text">${vTitle}</p></a>` : ''}</section></div>`,
  )
  .join('\n')}</nav></aside>
<div class="VPContent has-sidebar" id="VPContent"><div class="VPContentPage"><div class="VPContentDoc has-aside"><div class="container">
<div class="aside"><div class="aside-container"><div class="aside-top"><div class="VPContentDocOutline"><div class="outline-marker"></div>
<div class="outline-title">On this page</div><nav><ul class="root"><li><a class="outline-link" href="#syncing-a-ref-with-localstorage">${vH1}</a></li>
<li><a class="outline-link" href="#extracting-a-composable">${vH2}</a></li><li><a class="outline-link" href="#keeping-tabs-in-sync">${vH3}</a></li>
<li><a class="outline-link" href="#server-side-rendering">${vH4}</a></li></ul></nav></div></div><div class="aside-bottom"><div class="sponsors-aside">
<a class="sponsors-aside-text" href="/sponsor/">Sponsors</a><div class="sponsors-aside-special"><a href="https://vuejs.org/sponsor" class="sponsor-logo">
<img alt="Brightharbor" src="https://sponsors.vuejs.org/images/brightharbor.svg"></a></div></div><div class="vt-carbon"><div id="carbonads"><span>
<span class="carbon-wrap"><a href="https://srv.carbonads.net/ads/click/x" class="carbon-img" target="_blank" rel="noopener sponsored"><img
src="https://cdn4.buysellads.net/uu/1/12345/ad.png" alt="ads via Carbon" width="130" height="100"></a><a href="https://srv.carbonads.net/ads/click/x"
class="carbon-text" target="_blank" rel="noopener sponsored">${vAd}</a></span><a href="http://carbonads.net/?utm_source=vuejsorg" class="carbon-poweredby"
target="_blank" rel="noopener sponsored">ads via Carbon</a></span></div></div></div></div></div>
<div class="content"><div class="content-container"><main><div class="vt-doc guide-extras-persisting-state"><div style="position:relative;">
<h1 id="persisting-state" tabindex="-1">${vTitle} <a class="header-anchor" href="#persisting-state" aria-label="Permalink to &quot;Persisting
State&quot;">&#8203;</a></h1><div class="vueschool"><a href="https://vueschool.io/lessons/persisting-state?friend=vuejs" target="_blank"
rel="sponsored noopener" title="Free Vue.js Persisting State Lesson">Watch a free video lesson on Vue School</a></div>
${vPs(vP1)}
${vH('syncing-a-ref-with-localstorage', vH1)}
<div class="composition-api">${vPs(vP2.slice(0, 1))}
${vCode(
  'js',
  `import { ref, watch } from 'vue'

const draft = ref(localStorage.getItem('comment-draft') ?? '')

watch(draft, (value) =&gt; {
  localStorage.setItem('comment-draft', value)
})`,
)}</div><div class="options-api"><p>${vOptions}</p></div>
${vPs(vP2.slice(1))}
<div class="tip custom-block"><p class="custom-block-title">TIP</p><p>${vTip}</p></div>
${vH('extracting-a-composable', vH2)}
${vPs(vP3.slice(0, 1))}
${vCode(
  'js',
  `// usePersisted.js
export function usePersisted(key, defaultValue) {
  const state = ref(read(key, defaultValue))
  watch(state, (value) =&gt; write(key, value), { deep: true })
  return state
}`,
)}
${vPs(vP3.slice(1))}
${vCode(
  'vue',
  `&lt;script setup&gt;
const sortOrder = usePersisted('orders-table:sort', { column: 'date', dir: 'desc' })
&lt;/script&gt;`,
)}
<ul>${vList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${vH('keeping-tabs-in-sync', vH3)}
${vPs(vP4)}
<div class="warning custom-block"><p class="custom-block-title">WARNING</p><p>${vWarn}</p></div>
${vH('server-side-rendering', vH4)}
${vPs(vP5)}
</div></div></main><footer class="VPContentDocFooter"><p class="edit-link"><a class="vt-link link" href="https://github.com/vuejs/docs/edit/main/src/
guide/extras/persisting-state.md" target="_blank" rel="noopener noreferrer"><svg class="vt-icon"></svg> Edit this page on GitHub</a></p>
<div class="prev-next"><div class="pager"><a class="vt-link link pager-link prev" href="/guide/extras/animation"><span class="desc">Previous</span>
<span class="title">Animation Techniques</span></a></div><div class="pager"></div></div></footer></div></div></div></div></div>
<footer class="VPFooter"><p class="license">Released under the <a class="vt-link link link" href="https://opensource.org/licenses/MIT"
target="_blank" rel="noopener">MIT License</a>.</p><p class="copyright">${vFoot[1]}</p></footer><!--]--></div></div>
<script>window.__VP_HASH_MAP__=JSON.parse("{\\"guide_extras_persisting-state.md\\":\\"Cq2rT8aL\\"}");</script></body></html>`;
const vue: TestPage = {
  html: vHtml,
  name: 'heldout132-vuejs-guide',
  kind: 'docs',
  // the html element carries prefer-composition, so CSS shows the composition-api block and hides the options-api one:
  // the hidden Options API paragraph is in neither list; TIP and WARNING block texts are body and their labels are in
  // neither list; the "On this page" outline, which repeats the headings, is left out
  title: vTitle,
  headings: [vH1, vH2, vH3, vH4],
  body: [...texts(vP1), ...texts(vP2), plain(vTip), ...texts(vP3), ...texts(vList), ...texts(vP4), plain(vWarn), ...texts(vP5)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vBanner, 'Skip to content', 'Vue.js', 'Search', 'Main Navigation', ...vMenus, ...vDocs, 'Partners', 'Themes', 'UI Components',
    'Video Courses', 'Job Board', ...vAbout, 'English', '简体中文', '日本語', 'Help Us Translate!', 'github', 'Sidebar Navigation',
    'API Preference:', 'Options', 'Composition', ...vGroups, ...vSide.flat(), 'On this page', 'Sponsors', vAd, 'ads via Carbon',
    'Watch a free video lesson on Vue School', 'Edit this page on GitHub', 'Previous', 'Animation Techniques', ...vFoot,
  ],
};

export const HELDOUT132_B: readonly TestPage[] = [vue, nextDocs];
