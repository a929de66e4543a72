import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 33, file d2: a VitePress 1.6 default-theme docs page (dark-mode and mac scripts, skip link, VPNav with
 * DocSearch button, menu links, a version flyout and social links, the VPLocalNav for small screens, the VPSidebar with
 * collapsible groups, the "On this page" outline, the vp-doc content with header anchors holding a zero-width space, shiki
 * code blocks with copy buttons and language labels, tip and warning custom blocks, the doc footer with the edit link, "Last
 * updated" and the pager, the hidden VPFooter, and the __VP_HASH_MAP__ / __VP_SITE_DATA__ scripts).
 */
const vpTitle = 'Cache invalidation';
const vpIntro = [
  'Ferrule keeps responses in its cache until they expire or until you tell it they are stale. Expiry alone is fine for data that ' +
    'changes on a schedule, but most applications also need to drop entries the moment the underlying data changes, for example ' +
    'after a user edits their profile.',
  'This page covers the three ways to invalidate entries: by key, by tag, and by pattern. All three work the same way on every ' +
    'store, with one exception noted below.',
];
const vpH1 = 'Invalidate by key';
const vpKey = [
  'The simplest option is to remove a single entry. Call <code>cache.invalidate()</code> with the same key you used to store it:',
  'Invalidation is synchronous for the in-memory store and returns a promise for remote stores such as Redis. Await it if the next ' +
    'line of your code reads the same key.',
];
const vpH2 = 'Invalidate by tag';
const vpTag =
  'Keys are often hard to rebuild at the point where data changes. Tags solve this: attach one or more tags when you store an ' +
  'entry, and invalidate every entry with a tag in one call.';
const vpTip =
  'Use tags that name the data, not the page. A tag like <code>user:42</code> keeps working when you add new views of the same ' +
  'user; a tag like <code>profile-page</code> does not.';
const vpH3 = 'Invalidate by pattern';
const vpPattern =
  'Pattern invalidation removes every key that matches a glob, such as <code>session:*</code>. It is convenient during ' +
  'development, but it has to scan the whole keyspace, so avoid calling it on every request in production.';
const vpWarn = 'Pattern invalidation is not supported by the Cloudflare KV adapter. Calls on that adapter throw ' + '<code>UnsupportedOperationError</code>.';
const vpH4 = 'Serve stale data while refreshing';
const vpSoft =
  'If you would rather serve slightly old data than make a user wait, mark entries as stale instead of removing them. Pass ' +
  '<code>{ soft: true }</code> to any invalidation call. The next read returns the stale value immediately and refreshes the ' +
  'entry in the background.';
const code1 = ["await cache.set('user:42', profile, { ttl: '10m' })", '', '// later, after the profile changes', "await cache.invalidate('user:42')"];
const code2 = [
  "await cache.set('user:42:posts', posts, { tags: ['user:42'] })",
  "await cache.set('user:42:followers', followers, { tags: ['user:42'] })",
  '',
  "await cache.invalidateTag('user:42') // removes both entries",
];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&#39;');
const codeBlock = (lines: readonly string[]) =>
  `<div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span>` +
  `<pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code>` +
  lines.map((l) => `<span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">${esc(l)}</span></span>`).join('\n') +
  '</code></pre></div>';
const anchor = (id: string, t: string) => `<a class="header-anchor" href="#${id}" aria-label="Permalink to &quot;${t}&quot;">\u200b</a>`;
const h2 = (id: string, t: string) => `<h2 id="${id}" tabindex="-1">${t} ${anchor(id, t)}</h2>`;
const vpNav = ['Guide', 'Reference', 'Plugins'];
const vpFlyout = ['Changelog', 'Contributing', 'v1 documentation'];
const vpSide: [string, string[]][] = [
  ['Introduction', ['What is Ferrule?', 'Getting started', 'Configuration']],
  ['Essentials', ['Cache stores', vpTitle, 'Tags and namespaces', 'Serialization']],
  ['Advanced', ['Middleware', 'Testing with a fake clock', 'Metrics']],
];
const sideItem = (t: string) =>
  `<div class="VPSidebarItem level-1 is-link${t === vpTitle ? ' is-active has-active' : ''}" data-v-b3fd67f8><div class="item" data-v-b3fd67f8>` +
  `<div class="indicator" data-v-b3fd67f8></div><a class="VPLink link link" href="/guide/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"` +
  ` data-v-b3fd67f8><p class="text" data-v-b3fd67f8>${t}</p></a></div></div>`;
const vpOutline = [
  ['invalidate-by-key', vpH1],
  ['invalidate-by-tag', vpH2],
  ['invalidate-by-pattern', vpH3],
  ['serve-stale-data-while-refreshing', vpH4],
];
const vpHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <title>${vpTitle} | Ferrule</title>
    <meta name="description" content="Drop cached entries by key, tag or pattern.">
    <meta name="generator" content="VitePress v1.6.3">
    <link rel="preload stylesheet" href="/assets/style.DkP2xX0a.css" as="style">
    <link rel="preload stylesheet" href="/vp-icons.css" as="style">
    <script type="module" src="/assets/app.C8o1rX3u.js"></script>
    <link rel="preload" href="/assets/inter-roman-latin.Di8DUHzh.woff2" as="font" type="font/woff2" crossorigin="">
    <link rel="modulepreload" href="/assets/chunks/theme.Bq9w1sLr.js">
    <link rel="modulepreload" href="/assets/guide_cache-invalidation.md.D7f2kQ1a.lean.js">
    <script id="check-dark-mode">(()=>{const e=localStorage.getItem("vitepress-theme-appearance")||"auto",a=window.matchMedia("(prefers-color-scheme: dark)")
.matches;(!e||e==="auto"?a:e==="dark")&&document.documentElement.classList.add("dark")})();</script>
    <script id="check-mac-os">document.documentElement.classList.toggle("mac",/Mac|iPhone|iPod|iPad/i.test(navigator.platform));</script>
  </head>
  <body>
    <div id="app"><div class="Layout" data-v-5d98c3a5><!--[--><!--]--><!--[--><span tabindex="-1" data-v-0b0ada53></span>
<a href="#VPContent" class="VPSkipLink visually-hidden" data-v-0b0ada53> Skip to content </a><!--]--><!---->
<header class="VPNav" data-v-5d98c3a5 data-v-ae24b3ad><div class="VPNavBar has-sidebar top" data-v-ae24b3ad data-v-6aa21345>
<div class="wrapper" data-v-6aa21345><div class="container" data-v-6aa21345><div class="title" data-v-6aa21345>
<div class="VPNavBarTitle has-sidebar" data-v-6aa21345 data-v-1168a8e4><a class="title" href="/" data-v-1168a8e4><!--[--><!--]--><!--[-->
<img class="VPImage logo" src="/logo.svg" alt data-v-8426fc1a><!--]--><span data-v-1168a8e4>Ferrule</span><!--[--><!--]--></a></div></div>
<div class="content" data-v-6aa21345><div class="content-body" data-v-6aa21345><!--[--><!--]-->
<div class="VPNavBarSearch search" data-v-6aa21345><!--[--><button type="button" class="DocSearch DocSearch-Button" aria-label="Search">
<span class="DocSearch-Button-Container"><span class="vp-icon DocSearch-Search-Icon"></span><span class="DocSearch-Button-Placeholder">Search</span>
</span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key"></kbd><kbd class="DocSearch-Button-Key">K</kbd></span></button><!--]--></div>
<nav aria-labelledby="main-nav-aria-label" class="VPNavBarMenu menu" data-v-6aa21345 data-v-dc692963>
<span id="main-nav-aria-label" class="visually-hidden" data-v-dc692963> Main Navigation </span><!--[--><!--[-->
${vpNav
  .map((t, i) => `<a class="VPLink link VPNavBarMenuLink${i === 0 ? ' active' : ''}" href="/${t.toLowerCase()}/" tabindex="0">${t}</a>`)
  .join('<!--]--><!--[-->')}
<!--]--><!--[--><div class="VPFlyout VPNavBarMenuGroup" data-v-04f5c5e9><button type="button" class="button" aria-haspopup="true" aria-expanded="false"
 data-v-04f5c5e9><span class="text" data-v-04f5c5e9><!----><span data-v-04f5c5e9>v2.3.0</span><span class="vpi-chevron-down text-icon"></span></span>
</button><div class="menu" data-v-04f5c5e9><div class="VPMenu" data-v-b98bc113><div class="items" data-v-b98bc113><!--[-->
${vpFlyout.map((t) => `<div class="VPMenuLink" data-v-35975db6><a class="VPLink link" href="/${t.length}" data-v-35975db6>${t}</a></div>`).join('')}
<!--]--></div></div></div></div><!--]--><!--]--></nav><!----><div class="VPNavBarAppearance appearance" data-v-6aa21345>
<button class="VPSwitch VPSwitchAppearance" type="button" role="switch" title="Switch to dark theme" aria-checked="false"><span class="check">
<span class="icon"><span class="vpi-sun sun"></span><span class="vpi-moon moon"></span></span></span></button></div>
<div class="VPSocialLinks VPNavBarSocialLinks social-links" data-v-6aa21345><!--[--><a class="VPSocialLink no-icon" href="https://github.com/ferrule-js/ferrule"
 aria-label="github" target="_blank" rel="noopener"><span class="vpi-social-github"></span></a><!--]--></div>
<div class="VPFlyout VPNavBarExtra extra" data-v-6aa21345><button type="button" class="button" aria-haspopup="true" aria-expanded="false"
 aria-label="extra navigation"><span class="vpi-more-horizontal icon"></span></button><div class="menu"><div class="VPMenu"><!----><!--[--><!--[-->
<div class="group"><div class="item appearance"><p class="label">Appearance</p><div class="appearance-action"></div></div></div><!--]--><!--]--></div>
</div></div><!--[--><!--]--><button type="button" class="VPNavBarHamburger hamburger" aria-label="mobile navigation" aria-expanded="false"
 aria-controls="VPNavScreen"><span class="container"><span class="top"></span><span class="middle"></span><span class="bottom"></span></span>
</button></div></div></div></div><div class="divider" data-v-6aa21345><div class="divider-line" data-v-6aa21345></div></div></div><!----></header>
<div class="VPLocalNav has-sidebar empty" data-v-5d98c3a5><div class="container"><button class="menu" aria-expanded="false" aria-controls="VPSidebarNav">
<span class="vpi-align-left menu-icon"></span><span class="menu-text">Menu</span></button><div class="VPLocalNavOutlineDropdown" style="--vp-vh:0px;">
<button>Return to top</button><!----></div></div></div>
<aside class="VPSidebar" data-v-5d98c3a5 data-v-319d5ca6><div class="curtain" data-v-319d5ca6></div>
<nav class="nav" id="VPSidebarNav" aria-labelledby="sidebar-aria-label" tabindex="-1" data-v-319d5ca6>
<span class="visually-hidden" id="sidebar-aria-label" data-v-319d5ca6> Sidebar Navigation </span><!--[--><!--]--><!--[-->
${vpSide
  .map(
    ([g, items]) =>
      `<div class="no-transition group" data-v-c40bc020><section class="VPSidebarItem level-0 collapsible${items.includes(vpTitle) ? ' has-active' : ''}"` +
      ` data-v-b3fd67f8><div class="item" role="button" tabindex="0" data-v-b3fd67f8><div class="indicator" data-v-b3fd67f8></div>` +
      `<h2 class="text" data-v-b3fd67f8>${g}</h2><div class="caret" role="button" aria-label="toggle section" tabindex="0" data-v-b3fd67f8>` +
      `<span class="vpi-chevron-right caret-icon" data-v-b3fd67f8></span></div></div><div class="items" data-v-b3fd67f8><!--[-->\n` +
      `${items.map(sideItem).join('\n')}\n<!--]--></div></section></div>`,
  )
  .join('\n')}
<!--]--><!--[--><!--]--></nav></aside>
<div class="VPContent has-sidebar" id="VPContent" data-v-5d98c3a5><div class="VPDoc has-sidebar has-aside" data-v-1bb0bc3a><!--[--><!--]-->
<div class="container" data-v-1bb0bc3a><div class="aside" data-v-1bb0bc3a><div class="aside-curtain"></div><div class="aside-container">
<div class="aside-content"><div class="VPDocAside"><!--[--><!--]--><!--[--><!--]--><nav aria-labelledby="doc-outline-aria-label"
 class="VPDocAsideOutline has-outline"><div class="content"><div class="outline-marker"></div><div aria-level="2" class="outline-title"
 id="doc-outline-aria-label" role="heading">On this page</div><ul class="VPDocOutlineItem root"><!--[-->
${vpOutline.map(([id, t]) => `<li><a class="outline-link" href="#${id}" title="${t}">${t}</a><!----></li>`).join('')}
<!--]--></ul></div></nav><!--[--><!--]--><div class="spacer"></div><!--[--><!--]--><!----><!--[--><!--]--><!--[--><!--]--></div></div></div></div>
<div class="content" data-v-1bb0bc3a><div class="content-container" data-v-1bb0bc3a><!--[--><!--]--><main class="main" data-v-1bb0bc3a>
<div style="position:relative;" class="vp-doc _guide_cache-invalidation" data-v-1bb0bc3a><div>
<h1 id="cache-invalidation" tabindex="-1">${vpTitle} ${anchor('cache-invalidation', vpTitle)}</h1>
<p>${vpIntro[0]}</p>
<p>${vpIntro[1]}</p>
${h2('invalidate-by-key', vpH1)}
<p>${vpKey[0]}</p>
${codeBlock(code1)}
<p>${vpKey[1]}</p>
${h2('invalidate-by-tag', vpH2)}
<p>${vpTag}</p>
${codeBlock(code2)}
<div class="tip custom-block"><p class="custom-block-title">TIP</p><p>${vpTip}</p></div>
${h2('invalidate-by-pattern', vpH3)}
<p>${vpPattern}</p>
<div class="warning custom-block"><p class="custom-block-title">WARNING</p><p>${vpWarn}</p></div>
${h2('serve-stale-data-while-refreshing', vpH4)}
<p>${vpSoft}</p></div></div></main><footer class="VPDocFooter" data-v-1bb0bc3a data-v-1bcd8184><!--[--><!--]-->
<div class="edit-info" data-v-1bcd8184><div class="edit-link" data-v-1bcd8184><a class="VPLink link vp-external-link-icon no-icon edit-link-button"
 href="https://github.com/ferrule-js/ferrule/edit/main/docs/guide/cache-invalidation.md" target="_blank" rel="noreferrer" data-v-1bcd8184>
<!--[--><span class="vpi-square-pen edit-link-icon" data-v-1bcd8184></span> Edit this page on GitHub<!--]--></a></div>
<div class="last-updated" data-v-1bcd8184><p class="VPLastUpdated" data-v-1bcd8184>Last updated:
 <time datetime="2025-03-02T10:15:44.000Z">3/2/25, 10:15 AM</time>
</p></div></div><nav class="prev-next" aria-labelledby="doc-footer-aria-label" data-v-1bcd8184><span class="visually-hidden" id="doc-footer-aria-label"
 data-v-1bcd8184>Pager</span><div class="pager" data-v-1bcd8184><a class="VPLink link pager-link prev" href="/guide/cache-stores" data-v-1bcd8184>
<!--[--><span class="desc" data-v-1bcd8184>Previous page</span><span class="title" data-v-1bcd8184>Cache stores</span><!--]--></a></div>
<div class="pager" data-v-1bcd8184><a class="VPLink link pager-link next" href="/guide/tags-and-namespaces" data-v-1bcd8184><!--[-->
<span class="desc" data-v-1bcd8184>Next page</span><span class="title" data-v-1bcd8184>Tags and namespaces</span><!--]--></a></div></nav></footer>
<!--[--><!--]--></div></div></div><!--[--><!--]--></div></div>
<footer class="VPFooter has-sidebar" data-v-5d98c3a5 data-v-e315a0ad><div class="container" data-v-e315a0ad>
<p class="message" data-v-e315a0ad>Released under the MIT License.</p>
<p class="copyright" data-v-e315a0ad>Copyright © 2023-present the Ferrule contributors</p>
</div></footer><!--[--><!--]--></div></div>
    <script>window.__VP_HASH_MAP__=JSON.parse("{\\"guide_cache-invalidation.md\\":\\"D7f2kQ1a\\",\\"guide_cache-stores.md\\":\\"Bc1sT9vE\\"}");
window.__VP_SITE_DATA__=JSON.parse("{\\"lang\\":\\"en-US\\",\\"dir\\":\\"ltr\\",\\"title\\":\\"Ferrule\\",\\"base\\":\\"/\\"}");</script>
  </body>
</html>`;
export const vitePressPage: TestPage = {
  html: vpHtml,
  name: 'heldout33-vitepress-guide',
  kind: 'docs',
  // the four h2 are the headings (their anchors hold only a zero-width space); the paragraphs and the texts of the tip and
  // warning blocks are body ("TIP" and "WARNING" labels in neither); the two code blocks and their "ts" labels are in neither;
  // "Last updated: 3/2/25, 10:15 AM" is the byline; nav, search, version flyout, "Appearance", local nav, sidebar groups and
  // entries (the current one is the title: left out), "On this page" (its entries repeat the headings: left out), the edit
  // link, the pager, the hidden VPFooter and the visually hidden labels are furniture; the site title "Ferrule" beside the
  // logo is a body word: left out
  title: vpTitle,
  headings: [vpH1, vpH2, vpH3, vpH4],
  body: [...texts(vpIntro), ...texts(vpKey), vpTag, ...texts([vpTip, vpPattern, vpWarn, vpSoft])],
  bylines: ['Last updated: 3/2/25, 10:15 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', 'Main Navigation', ...vpNav, 'v2.3.0', ...vpFlyout, 'Appearance', 'Menu', 'Return to top', 'Sidebar Navigation',
    ...vpSide.flatMap(([g, items]) => [g, ...items.filter((t) => t !== vpTitle)]), 'On this page', 'Edit this page on GitHub', 'Pager',
    'Previous page', 'Next page', 'Released under the MIT License.', 'Copyright © 2023-present the Ferrule contributors',
  ],
};
