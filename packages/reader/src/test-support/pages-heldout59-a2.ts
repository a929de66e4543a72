import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 59, file a2: a VitePress 1.x guide page on the default theme, as the server sends it (skip link, nav bar with
 * local search button, menu links, version flyout, appearance switch and social link, the sidebar of collapsible groups whose
 * titles are h2s, the local nav's "Menu" and "Return to top", the aside outline still empty before hydration, custom blocks,
 * a code group, a details block, the edit link, the last-updated line whose date is only filled in by the browser, the pager,
 * the footer hidden by CSS on sidebar pages, and the site data script).
 */
const vpTitle = 'The build cache';
const vpIntro =
  'Optimising images is the slowest part of most Fernwood builds. Encoding a single large photo to AVIF can take a second or more, and a ' +
  'documentation site with a few hundred screenshots quickly adds minutes to every deploy. The build cache exists so that you only pay that cost once ' +
  'per image.';
const vpH = ['How the cache works', 'Choosing a cache location', 'Limiting its size', 'Clearing the cache'];
const vpHow = [
  'Before Fernwood encodes an image, it computes a key from the source file’s contents, the output formats and sizes you asked for, and the ' +
    'version of the encoder. If an entry with that key is already in the cache, the stored files are copied to the output directory and the encoder is ' +
    'never started.',
  'Because the key is built from the file’s contents rather than its path or modification time, renaming or moving an image does not ' +
    'invalidate its entry, and checking out an old branch will not cause a full rebuild.',
];
const vpTip = 'Run <code>fernwood build --stats</code> to see how many images were served from the cache on the last build.';
const vpWhere = [
  'By default the cache lives in <code>node_modules/.cache/fernwood</code>. Most CI providers already keep <code>node_modules</code> between ' +
    'runs, so this works without any extra setup. You can point it somewhere else with the <code>cache.dir</code> option:',
  'If your CI provider restores caches by key, use the hash of your lockfile plus the Fernwood version as the key. A cache shared between ' +
    'branches is fine: entries never conflict, because two different inputs cannot produce the same key.',
];
const vpSize =
  'Old entries are not deleted automatically. On a long-lived build machine, set <code>cache.maxSize</code> to cap the directory; when the ' +
  'limit is reached, Fernwood removes the entries that have gone longest without being read.';
const vpWarn =
  'Do not put the cache inside your output directory. Tools that clean the output before each build will delete it, and some hosts will ' +
  'publish it along with your site.';
const vpClear =
  'You should rarely need to clear the cache by hand, but it can help after upgrading a system library such as libvips, which changes the ' +
  'encoder’s output without changing Fernwood’s version number. Either delete the directory or run:';
const vpDetails =
  'Some platforms ship libvips builds that report the same version string but produce slightly different bytes. Including it in the key would ' +
  'give a false sense of safety, so we chose to keep the key simple and document the manual step instead.';
const vpNav = ['Guide', 'Reference', 'v2.3.1', 'Changelog', 'Contributing'];
const vpGroups: [string, string[]][] = [
  ['Introduction', ['What is Fernwood?', 'Getting started', 'Configuring Fernwood']],
  ['Guides', ['Image formats', 'Responsive images', vpTitle, 'Art direction']],
  ['Deploying', ['Deploying to Netlify', 'Deploying to Cloudflare Pages', 'Self-hosting']],
];
const dv = 'data-v-6b87e69f';
const hd = (tag: string, t: string): string => {
  const id = t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `<${tag} id="${id}" tabindex="-1">${t} <a class="header-anchor" href="#${id}" aria-label="Permalink to &quot;${t}&quot;">\u200b</a></${tag}>`;
};
const sh = (lang: string, lines: string[], active = ''): string =>
  `<div class="language-${lang} vp-adaptive-theme${active}"><button title="Copy Code" class="copy"></button><span class="lang">${lang}</span>\
<pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code>${lines
    .map((l) => `<span class="line">${l}</span>`)
    .join('\n')}</code></pre></div>`;
const tok = (c: string, t: string): string => `<span style="--shiki-light:#${c};--shiki-dark:#9ECBFF;">${t}</span>`;
const side = vpGroups
  .map(
    ([g, items], gi) =>
      `<div class="no-transition group" ${dv}><section class="VPSidebarItem level-0 collapsible${gi === 1 ? ' has-active' : ''}" data-v-b3fd67f8>\
<div class="item" role="button" tabindex="0" data-v-b3fd67f8><div class="indicator" data-v-b3fd67f8></div><h2 class="text" data-v-b3fd67f8>${g}</h2>\
<div class="caret" role="button" aria-label="toggle section" tabindex="0" data-v-b3fd67f8><span class="vpi-chevron-right caret-icon" data-v-b3fd67f8>\
</span></div></div><div class="items" data-v-b3fd67f8><!--[-->${items
        .map(
          (t) =>
            `<div class="VPSidebarItem level-1 is-link${t === vpTitle ? ' is-active has-active' : ''}" data-v-b3fd67f8><div class="item" data-v-b3fd67f8>\
<div class="indicator" data-v-b3fd67f8></div><a class="VPLink link link" href="/guide/${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}" data-v-b3fd67f8>\
<!--[--><p class="text" data-v-b3fd67f8>${t}</p><!--]--></a><!----></div><!----></div>`,
        )
        .join('')}<!--]--></div></section></div>`,
  )
  .join('\n');
const vpHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <title>${vpTitle} | Fernwood</title>
    <meta name="description" content="Image optimisation for static sites">
    <meta name="generator" content="VitePress v1.6.3">
    <link rel="preload stylesheet" href="/assets/style.Bx3kT9aQ.css" as="style">
    <link rel="preload stylesheet" href="/vp-icons.css" as="style">
    <script type="module" src="/assets/app.C0eY8aLd.js"></script>
    <link rel="preload" href="/assets/inter-roman-latin.Di8DUHzh.woff2" as="font" type="font/woff2" crossorigin="">
    <link rel="modulepreload" href="/assets/chunks/theme.D1xq9Z2m.js">
    <link rel="modulepreload" href="/assets/guide_the-build-cache.md.Ck1Fo3Tn.lean.js">
    <script id="check-dark-mode">(()=>{const e=localStorage.getItem("vitepress-theme-appearance")||"auto",\
a=window.matchMedia("(prefers-color-scheme: dark)").matches;(!e||e==="auto"?a:e==="dark")&&document.documentElement.classList.add("dark")})();</script>
    <script id="check-mac-os">document.documentElement.classList.toggle("mac",/Mac|iPhone|iPod|iPad/i.test(navigator.platform));</script>
  </head>
  <body>
    <div id="app"><div class="Layout" data-v-5d98c3a5><!--[--><!--]--><!--[--><span tabindex="-1" data-v-0b0ada53></span>\
<a href="#VPContent" class="VPSkipLink visually-hidden" data-v-0b0ada53>Skip to content</a><!--]--><!---->\
<header class="VPNav" data-v-5d98c3a5 data-v-ae24b3ad><div class="VPNavBar has-sidebar top" data-v-ae24b3ad data-v-6aa21345>\
<div class="wrapper" data-v-6aa21345><div class="container" data-v-6aa21345><div class="title" data-v-6aa21345>\
<div class="VPNavBarTitle has-sidebar" data-v-6aa21345 data-v-1168a8e4><a class="title" href="/" data-v-1168a8e4><!--[--><!--]--><!--[-->\
<img class="VPImage logo" src="/logo.svg" alt data-v-8426fc1a><!--]--><span data-v-1168a8e4>Fernwood</span><!--[--><!--]--></a></div></div>\
<div class="content" data-v-6aa21345><div class="content-body" data-v-6aa21345><!--[--><!--]--><div class="VPNavBarSearch search" data-v-6aa21345>\
<!--[--><!----><div id="local-search"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search"><span class="DocSearch-Button-Container">\
<span class="vp-icon DocSearch-Search-Icon"></span><span class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys">\
<kbd class="DocSearch-Button-Key"></kbd><kbd class="DocSearch-Button-Key">K</kbd></span></button></div><!--]--></div>\
<nav aria-labelledby="main-nav-aria-label" class="VPNavBarMenu menu" data-v-6aa21345 data-v-dc692963><span id="main-nav-aria-label" \
class="visually-hidden" data-v-dc692963> Main Navigation </span><!--[--><!--[--><a class="VPLink link VPNavBarMenuLink active" \
href="/guide/what-is-fernwood" tabindex="0" data-v-dc692963 data-v-e56f3d57><!--[--><span data-v-e56f3d57>${vpNav[0]!}</span><!--]--></a><!--]-->\
<!--[--><a class="VPLink link VPNavBarMenuLink" href="/reference/config" tabindex="0" data-v-dc692963 data-v-e56f3d57><!--[--><span data-v-e56f3d57>\
${vpNav[1]!}</span><!--]--></a><!--]--><!--[--><div class="VPFlyout VPNavBarMenuGroup" data-v-dc692963 data-v-04f5c5e9><button type="button" \
class="button" aria-haspopup="true" aria-expanded="false" data-v-04f5c5e9><span class="text" data-v-04f5c5e9><!----><span data-v-04f5c5e9>${vpNav[2]!}\
</span><span class="vpi-chevron-down text-icon" data-v-04f5c5e9></span></span></button><div class="menu" data-v-04f5c5e9><div class="VPMenu" \
data-v-04f5c5e9 data-v-7dd3104a><div class="items" data-v-7dd3104a><!--[--><!--[--><div class="VPMenuLink" data-v-7dd3104a data-v-acbfed09>\
<a class="VPLink link vp-external-link-icon" href="https://github.com/fernwood-dev/fernwood/blob/main/CHANGELOG.md" target="_blank" \
rel="noreferrer" data-v-acbfed09><!--[--><span data-v-acbfed09>${vpNav[3]!}</span><!--]--></a></div><!--]--><!--[--><div class="VPMenuLink" \
data-v-7dd3104a data-v-acbfed09><a class="VPLink link vp-external-link-icon" href="https://github.com/fernwood-dev/fernwood/blob/main/.github/\
contributing.md" target="_blank" rel="noreferrer" data-v-acbfed09><!--[--><span data-v-acbfed09>${vpNav[4]!}</span><!--]--></a></div><!--]--><!--]-->\
</div><!--[--><!--]--></div></div></div><!--]--><!--]--></nav><!----><div class="VPNavBarAppearance appearance" data-v-6aa21345 data-v-3f90c1a5>\
<button class="VPSwitch VPSwitchAppearance" type="button" role="switch" title="Switch to dark theme" aria-checked="false" data-v-3f90c1a5>\
<span class="check"><span class="icon"><span class="vpi-sun sun"></span><span class="vpi-moon moon"></span></span></span></button></div>\
<div class="VPSocialLinks VPNavBarSocialLinks social-links" data-v-6aa21345><!--[--><a class="VPSocialLink no-icon" \
href="https://github.com/fernwood-dev/fernwood" aria-label="github" target="_blank" rel="noopener"><span class="vpi-social-github"></span></a>\
<!--]--></div><div class="VPFlyout VPNavBarExtra extra" data-v-6aa21345><button type="button" class="button" aria-haspopup="true" \
aria-expanded="false" aria-label="extra navigation"><span class="vpi-more-horizontal icon"></span></button><div class="menu"><div class="VPMenu">\
<!----><!--[--><!--[--><div class="group"><div class="item appearance"><p class="label">Appearance</p><div class="appearance-action">\
<button class="VPSwitch VPSwitchAppearance" type="button" role="switch" title="Switch to dark theme" aria-checked="false"></button></div></div></div>\
<!--]--><!--]--></div></div></div><button type="button" class="VPNavBarHamburger hamburger" aria-label="mobile navigation" aria-expanded="false" \
aria-controls="VPNavScreen"><span class="container"><span class="top"></span><span class="middle"></span><span class="bottom"></span></span></button>\
</div></div></div></div><div class="divider"><div class="divider-line"></div></div></div><!----></header>
<div class="VPLocalNav has-sidebar empty" data-v-5d98c3a5><div class="container"><button class="menu" aria-expanded="false" aria-controls="VPSidebarNav">\
<span class="vpi-align-left menu-icon"></span><span class="menu-text">Menu</span></button><div class="VPLocalNavOutlineDropdown" style="--vp-vh:0px;">\
<button>Return to top</button><!----></div></div></div>
<aside class="VPSidebar" ${dv}><div class="curtain" ${dv}></div><nav class="nav" id="VPSidebarNav" aria-labelledby="sidebar-aria-label" tabindex="-1" \
${dv}><span class="visually-hidden" id="sidebar-aria-label" ${dv}> Sidebar Navigation </span><!--[--><!--]--><!--[-->
${side}
<!--]--><!--[--><!--]--></nav></aside>
<div class="VPContent has-sidebar" id="VPContent" data-v-5d98c3a5><div class="VPDoc has-sidebar has-aside" data-v-1ef1bba9><!--[--><!--]-->\
<div class="container"><div class="aside"><div class="aside-curtain"></div><div class="aside-container"><div class="aside-content"><div class="VPDocAside">\
<!--[--><!--]--><!--[--><!--]--><nav aria-labelledby="doc-outline-aria-label" class="VPDocAsideOutline"><div class="content"><div class="outline-marker">\
</div><div aria-level="2" class="outline-title" id="doc-outline-aria-label" role="heading">On this page</div><ul class="VPDocOutlineItem root">\
<!--[--><!--]--></ul></div></nav><!--[--><!--]--><div class="spacer"></div><!--[--><!--]--><!----><!--[--><!--]--><!--[--><!--]--></div></div></div></div>
<div class="content"><div class="content-container"><!--[--><!--]--><main class="main"><div style="position:relative;" class="vp-doc _guide_the-build-cache">\
<div>${hd('h1', vpTitle)}
<p>${vpIntro}</p>
${hd('h2', vpH[0]!)}
<p>${vpHow[0]!}</p>
<p>${vpHow[1]!}</p>
<div class="tip custom-block"><p class="custom-block-title">TIP</p><p>${vpTip}</p></div>
${hd('h2', vpH[1]!)}
<p>${vpWhere[0]!}</p>
<div class="language-ts vp-adaptive-theme line-numbers-mode"><button title="Copy Code" class="copy"></button><span class="lang">ts</span>\
<pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line">${tok('D73A49', 'export default')} \
${tok('6F42C1', 'defineConfig')}({</span>
<span class="line">  cache: { dir: ${tok('032F62', '&#39;.fernwood-cache&#39;')}, maxSize: ${tok('032F62', '&#39;2 GB&#39;')} },</span>
<span class="line">})</span></code></pre><div class="line-numbers-wrapper" aria-hidden="true"><span class="line-number">1</span><br>\
<span class="line-number">2</span><br><span class="line-number">3</span><br></div></div>
<p>${vpWhere[1]!}</p>
${hd('h3', vpH[2]!)}
<p>${vpSize}</p>
<div class="warning custom-block"><p class="custom-block-title">WARNING</p><p>${vpWarn}</p></div>
${hd('h2', vpH[3]!)}
<p>${vpClear}</p>
<div class="vp-code-group vp-adaptive-theme"><div class="tabs"><input type="radio" name="group-Tq3xd" id="tab-8aXkB" checked>\
<label data-title="npm" for="tab-8aXkB">npm</label><input type="radio" name="group-Tq3xd" id="tab-pQ2mW"><label data-title="pnpm" \
for="tab-pQ2mW">pnpm</label><input type="radio" name="group-Tq3xd" id="tab-Zr81c"><label data-title="yarn" for="tab-Zr81c">yarn</label></div>\
<div class="blocks">
${sh('sh', [`${tok('6F42C1', 'npx')} ${tok('032F62', 'fernwood cache clear')}`], ' active')}
${sh('sh', [`${tok('6F42C1', 'pnpm')} ${tok('032F62', 'fernwood cache clear')}`])}
${sh('sh', [`${tok('6F42C1', 'yarn')} ${tok('032F62', 'fernwood cache clear')}`])}
</div></div>
<details class="details custom-block"><summary>Details</summary><p>${vpDetails}</p></details>
</div></div></main><footer class="VPDocFooter" data-v-1ef1bba9 data-v-d0a9a2a2><!--[--><!--]--><div class="edit-info" data-v-d0a9a2a2>\
<div class="edit-link" data-v-d0a9a2a2><a class="VPLink link vp-external-link-icon no-icon edit-link-button" \
href="https://github.com/fernwood-dev/fernwood/edit/main/docs/guide/the-build-cache.md" target="_blank" rel="noreferrer" data-v-d0a9a2a2><!--[-->\
<span class="vpi-square-pen edit-link-icon" data-v-d0a9a2a2></span> Edit this page on GitHub<!--]--></a></div><div class="last-updated" data-v-d0a9a2a2>\
<p class="VPLastUpdated" data-v-d0a9a2a2 data-v-e98dd255>Last updated: <time datetime="2025-11-14T15:02:11.000Z" data-v-e98dd255></time></p></div></div>\
<nav class="prev-next" aria-labelledby="doc-footer-aria-label" data-v-d0a9a2a2><span class="visually-hidden" id="doc-footer-aria-label" \
data-v-d0a9a2a2>Pager</span><div class="pager" data-v-d0a9a2a2><a class="VPLink link pager-link prev" href="/guide/responsive-images" \
data-v-d0a9a2a2><!--[--><span class="desc" data-v-d0a9a2a2>Previous page</span><span class="title" data-v-d0a9a2a2>Responsive images</span>\
<!--]--></a></div><div class="pager" data-v-d0a9a2a2><a class="VPLink link pager-link next" href="/guide/art-direction" data-v-d0a9a2a2><!--[-->\
<span class="desc" data-v-d0a9a2a2>Next page</span><span class="title" data-v-d0a9a2a2>Art direction</span><!--]--></a></div></nav></footer>\
<!--[--><!--]--></div></div></div><!--[--><!--]--></div></div>
<footer class="VPFooter has-sidebar" data-v-5d98c3a5 data-v-e315a0ad><div class="container" data-v-e315a0ad><p class="message" data-v-e315a0ad>\
Released under the MIT License.</p><p class="copyright" data-v-e315a0ad>Copyright © 2024-present Fernwood contributors</p></div></footer>\
<!--[--><!--]--></div></div>
    <script>window.__VP_HASH_MAP__=JSON.parse("{\\"guide_the-build-cache.md\\":\\"Ck1Fo3Tn\\",\\"index.md\\":\\"B9sKq0Lr\\"}");
window.__VP_SITE_DATA__=JSON.parse("{\\"lang\\":\\"en-US\\",\\"dir\\":\\"ltr\\",\\"title\\":\\"Fernwood\\",\\"description\\":\\"Image optimisation \
for static sites\\",\\"base\\":\\"/\\",\\"head\\":[],\\"router\\":{\\"prefetchLinks\\":true},\\"appearance\\":true,\\"themeConfig\\":{\\"search\\":\
{\\"provider\\":\\"local\\"},\
\\"editLink\\":{\\"pattern\\":\\"https://github.com/fernwood-dev/fernwood/edit/main/docs/:path\\"}},\\"lastUpdated\\":true}");</script>
  </body>
</html>`;
export const vitepressGuide: TestPage = {
  html: vpHtml,
  name: 'heldout59-vitepress',
  kind: 'docs',
  // body: the intro, the paragraphs, the text of the TIP and WARNING blocks and of the collapsed details block (its labels "TIP",
  // "WARNING" and the default summary "Details" in neither list); the code and the code group are in neither list, the group's
  // tab labels (npm, pnpm, yarn) are furniture; the byline is the last-updated line, whose date the server leaves empty (the
  // browser fills it in), so only "Last updated:" is on the page; skip link, nav, version flyout, "Appearance", "Menu",
  // "Return to top", the sidebar (its group titles are h2s of the theme, not article headings), "On this page", the edit link,
  // the pager and the CSS-hidden site footer are furniture; the sidebar's current item repeats the title and the site title
  // "Fernwood" is a word of the body: left out
  title: vpTitle,
  headings: vpH,
  body: texts([vpIntro, ...vpHow, vpTip, ...vpWhere, vpSize, vpWarn, vpClear, vpDetails]),
  bylines: ['Last updated:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', 'Main Navigation', ...vpNav, 'Appearance', 'Menu', 'Return to top', 'Sidebar Navigation',
    ...vpGroups.flatMap(([g, items]) => [g, ...items.filter((t) => t !== vpTitle)]), 'On this page', 'npm', 'pnpm', 'yarn',
    'Edit this page on GitHub', 'Pager', 'Previous page', 'Next page', 'Released under the MIT License.', 'Copyright © 2024-present Fernwood contributors',
  ],
};
