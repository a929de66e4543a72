import { type TestPage, texts } from './page-kit.js';
import { nextjsEngineeringPost } from './pages-heldout149-e2.js';

/**
 * Held-out batch 149, file e: a blog post on VuePress 2 with vuepress-theme-hope in blog mode (the navbar with brand, links,
 * GitHub action, colour-mode switch and DocSearch button, the sidebar blogger card with counts and links, the page title
 * with its page-info line: author, date, category, tags, reading time and word count, the "On This Page" TOC, a tip
 * container and a Shiki code block in the content, the page meta with edit link and contributors, prev/next navigation, the
 * giscus comment wrapper and the footer, all inside Vue's SSR comment markers) and, from file e2, a company engineering
 * blog post on a custom Next.js site.
 */
const vpTitle = 'We stopped lazy-loading every route, and our first paint got faster';
const vpP1 = [
  'For three years our customer dashboard followed the advice in every performance guide: split the bundle by route and load each ' +
    'page only when someone visits it. The main bundle was tiny. Lighthouse was happy. And yet people kept telling us the app felt slow ' +
    'to open.',
  'In January we finally measured what a real first visit looked like, and the answer was that our careful splitting was making it ' +
    'worse. This is what we found and what we changed.',
];
const vpH1 = 'The setup we had';
const vpP2 = [
  'The dashboard is a Vue 3 app built with Vite, with 41 routes. Every route component was imported with a dynamic import, and so ' +
    'were most of the heavy components inside them, such as the chart library and the date picker.',
];
const vpH2 = 'What the waterfall showed';
const vpP3 = ['We recorded first visits on a mid-range Android phone over a throttled 4G connection. The network waterfall looked like a ' + 'staircase:'];
const vpList1 = [
  'The main bundle loaded quickly, then asked for the home route chunk.',
  'The home chunk asked for the layout chunk, which asked for the chart chunk.',
  'The chart chunk asked for two shared vendor chunks that Vite had split out.',
];
const vpP4 = [
  'Five round trips before anything useful appeared, each one waiting on the last. On a fast connection this took a few hundred ' +
    'milliseconds. On the phone it took 3.8 seconds.',
];
const vpTip =
  'If you only test on a laptop with a good connection, chained chunk requests are almost invisible. Throttle the network and look at ' +
  'the waterfall, not just the total bundle size.';
const vpH3 = 'What we changed';
const vpP5 = [
  'We kept splitting for rarely visited routes, such as settings and billing, and stopped splitting the routes nearly everyone opens ' +
    'first. We also told Vite to keep the chart library and its helpers in a single chunk, and preloaded it from the HTML.',
];
const vpCode = [
  'build: {',
  '  rollupOptions: {',
  '    output: {',
  "      manualChunks: { charts: ['chart-core', 'chart-axes', 'chart-tooltip'] },",
  '    },',
  '  },',
  '},',
];
const vpH4 = 'Results';
const vpP6 = ['After two weeks in production, on the same test phone and connection:'];
const vpList2 = [
  'First contentful paint went from 3.8 seconds to 2.2 seconds.',
  'The main bundle grew from 96 KB to 171 KB, compressed.',
  'Requests before the first chart appeared fell from eleven to four.',
];
const vpP7 = [
  'A bigger main bundle sounds like a step backwards, and a year ago I would have argued against it in code review. But the number ' +
    'that matters to people is how long they stare at a spinner, and for that, fewer round trips beat fewer kilobytes.',
];
const vpNav = ['Blog Home', 'Posts', 'Projects', 'About'];
const vpBlogger = ['Hana Sørensen', 'Frontend engineer. Writing about Vue, build tools and the web on slow phones.'];
const vpCounts = ['23', 'Articles', '6', 'Category', '31', 'Tag', 'Timeline'];
const vpPrev = 'Pinia stores that do not leak between tests';
const vpNext = 'A year with Vite in a large monorepo';
const ssr = (s: string): string => `<!--[-->${s}<!--]-->`;
const vpLine = (l: string, i: number): string => `<span class="line" data-line="${i + 1}"><span>${l}</span></span>`;
const vpHtml = `<!doctype html>
<html lang="en-US" data-theme="light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="VuePress 2.0.0-rc.19"><meta name="theme" content="VuePress Theme Hope 2.0.0-rc.71">
<script id="check-dark-mode">;(function () {const um= localStorage.getItem('vuepress-theme-hope-scheme');const sm = window.matchMedia &&
window.matchMedia('(prefers-color-scheme: dark)').matches;if (um === 'dark' || (um !== 'light' && sm)) {document.documentElement.setAttribute('data-theme',
'dark');}})();</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${vpTitle}","image":[""],
"datePublished":"2025-02-18T00:00:00.000Z","dateModified":"2025-02-20T09:12:44.000Z","author":[{"@type":"Person","name":"Hana Sørensen",
"url":"https://hanasorensen.example"}]}</script>
<meta property="og:url" content="https://hanasorensen.example/posts/stop-lazy-loading-every-route.html"><meta property="og:site_name" content="Driftwood Dev">
<meta property="og:title" content="${vpTitle}"><meta property="og:type" content="article"><meta property="article:tag" content="Vue">
<title>${vpTitle} | Driftwood Dev</title><meta name="description" content="Why splitting every route made our Vue dashboard slower to open.">
<link rel="preload" href="/assets/style-D4bX2kfa.css" as="style"><link rel="stylesheet" href="/assets/style-D4bX2kfa.css">
<link rel="modulepreload" href="/assets/app-C9wZ1p0e.js"><link rel="modulepreload" href="/assets/stop-lazy-loading-every-route.html-Bq8x0K2m.js"></head>
<body><div id="app">${ssr(
  ssr(
    ssr(`<div class="theme-container has-toc">${ssr(`<header id="navbar" class="vp-navbar"><div class="vp-navbar-start"><button type="button"
class="vp-toggle-sidebar-button" title="Toggle Sidebar"><span class="icon"></span></button>${ssr(`<a class="route-link vp-brand" href="/">
<img class="vp-nav-logo" src="/logo.svg" alt><!----><span class="vp-site-name hide-in-pad">Driftwood Dev</span></a>`)}</div><div class="vp-navbar-center">
${ssr(
  `<nav class="vp-nav-links">${vpNav
    .map(
      (
        t,
      ) => `<div class="vp-nav-item hide-in-mobile"><a class="route-link auto-link" href="/${t === 'Blog Home' ? '' : `${t.toLowerCase()}/`}" aria-label="${t}">
${ssr('<span class="font-icon icon fa-fw fa-sm fas"></span>')}${t}<!----></a></div>`,
    )
    .join('')}</nav>`,
)}</div><div class="vp-navbar-end">${ssr(`<!----><div class="vp-nav-item vp-action"><a class="vp-action-link" href="https://github.com/hanasorensen"
target="_blank" rel="noopener noreferrer" aria-label="GitHub"><svg xmlns="http://www.w3.org/2000/svg" class="icon github-icon" viewBox="0 0 1024
1024"></svg></a></div>
<div class="vp-nav-item hide-in-mobile"><button type="button" class="vp-color-mode-switch" id="color-mode-switch"><svg class="icon auto-icon"
style="display:block;">
</svg></button></div>${ssr(`<div id="docsearch-container" style="display:none;"></div>
<div><button type="button" class="DocSearch DocSearch-Button" aria-label="Search">
<span class="DocSearch-Button-Container"><svg width="20" height="20" class="DocSearch-Search-Icon" viewBox="0 0 20 20"></svg><span
class="DocSearch-Button-Placeholder">
Search</span></span><span class="DocSearch-Button-Keys"></span></button></div>`)}<!----><button type="button" class="vp-toggle-navbar-button"
aria-label="Toggle Navbar" aria-expanded="false" aria-controls="nav-screen"><span><span class="vp-top"></span><span class="vp-middle"></span>
<span class="vp-bottom"></span></span></button>`)}</div></header>`)}<!----><div class="toggle-sidebar-wrapper"><span class="arrow start"></span></div>
<aside id="sidebar" class="vp-sidebar">${ssr(`<div class="vp-blogger-info" vocab="https://schema.org/"
typeof="Person"><div class="vp-blogger" style="cursor:pointer;"
aria-label="Personal Introduction" data-balloon-pos="down" role="link"><img class="vp-blogger-avatar" src="/avatar.jpg" property="image" alt="Blogger Avatar"
loading="lazy"><div class="vp-blogger-name" property="name">${vpBlogger[0]}</div><div class="vp-blogger-description">${vpBlogger[1]}</div>
<meta property="url" content="/"></div><div class="vp-blog-counts">${[0, 2, 4]
      .map((i) => `<button type="button" class="vp-blog-count" role="navigation"><div class="count">${vpCounts[i]}</div><div>${vpCounts[i + 1]}</div></button>`)
      .join('')}<button type="button" class="vp-blog-count" role="navigation"><div class="count">23</div><div>${vpCounts[6]}</div></button></div>
<div class="vp-social-medias"><a class="vp-social-media" href="https://github.com/hanasorensen" rel="noopener noreferrer" target="_blank" aria-label="GitHub"
data-balloon-pos="up"></a><a class="vp-social-media" href="mailto:hana@hanasorensen.example" rel="noopener noreferrer" target="_blank" aria-label="Email"
data-balloon-pos="up"></a></div></div><hr>`)}<ul class="vp-sidebar-links"></ul><!----></aside>
${ssr(
  `<main id="main-content" class="vp-page">${ssr(`<!----><!----><nav class="vp-breadcrumb disable"></nav><div class="vp-page-title"><h1><!---->${vpTitle}</h1>
<div class="page-info"><span class="page-author-info" aria-label="Author🖊" data-balloon-pos="up"><svg class="icon author-icon"></svg><span>
<span class="page-author-item">Hana Sørensen</span></span><span property="author" content="Hana Sørensen"></span></span><span class="page-date-info"
aria-label="Writing Date📅" data-balloon-pos="up"><svg class="icon calendar-icon"></svg><span data-allow-mismatch="text">2/18/25</span>
<meta property="datePublished" content="2025-02-18T00:00:00.000Z"></span><!----><span class="page-category-info" aria-label="Category🌈"
data-balloon-pos="up">
<svg class="icon category-icon"></svg>${ssr('<span class="page-category-item color3 clickable" role="navigation">Frontend</span>')}
<meta property="articleSection" content="Frontend"></span><span class="page-tag-info" aria-label="Tag🏷" data-balloon-pos="up"><svg class="icon
tag-icon"></svg>
${ssr(`<span class="page-tag-item color5 clickable" role="navigation">Vue</span>
<span class="page-tag-item color1 clickable" role="navigation">Performance</span>`)}
<meta property="keywords" content="Vue,Performance"></span><span class="page-reading-time-info" aria-label="Reading Time⌛" data-balloon-pos="up">
<svg class="icon timer-icon"></svg><span>About 5 min</span><meta property="timeRequired" content="PT5M"></span><span class="page-word-info"
aria-label="Words🔠"
data-balloon-pos="up"><svg class="icon word-icon"></svg><span>About 1320 words</span><meta property="wordCount" content="1320"></span></div><hr></div>
<div class="vp-toc-placeholder"><aside id="toc">${ssr(`<div class="vp-toc-header">On This Page<button type="button" class="print-button" title="Print">
<svg class="icon print-icon"></svg></button></div><div class="vp-toc-wrapper"><ul class="vp-toc-list">${ssr(
    [vpH1, vpH2, vpH3, vpH4]
      .map((h) => `<li class="vp-toc-item"><a class="route-link vp-toc-link level2" href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li><!---->`)
      .join(''),
  )}</ul><div class="vp-toc-marker" style="top:-1.7rem;"></div></div>`)}</aside></div><!---->
<div class="theme-hope-content" vp-content><p>${vpP1[0]}</p>
<p>${vpP1[1]}</p>
${[
  [vpH1, vpP2.map((p) => `<p>${p}</p>`).join('\n')],
  [
    vpH2,
    `<p>${vpP3[0]}</p>
<ol>${vpList1.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<p>${vpP4[0]}</p>
<div class="hint-container tip"><p class="hint-container-title">Tips</p><p>${vpTip}</p></div>`,
  ],
  [
    vpH3,
    `<p>${vpP5[0]}</p>
<div class="language-typescript line-numbers-mode" data-highlighter="shiki" data-ext="typescript" style="--shiki-light:#383A42;--shiki-dark:#abb2bf;">
<pre class="shiki shiki-themes one-light one-dark-pro vp-code"><code class="language-typescript">${vpCode.map(vpLine).join('\n')}</code></pre>
<div class="line-numbers" aria-hidden="true" style="counter-reset:line-number 0;">${vpCode.map(() => '<div class="line-number"></div>').join('')}</div></div>`,
  ],
  [vpH4, `<p>${vpP6[0]}</p>\n<ul>${vpList2.map((t) => `<li>${t}</li>`).join('\n')}</ul>\n<p>${vpP7[0]}</p>`],
]
  .map(([h, inner]) => {
    const id = h!.toLowerCase().replace(/ /g, '-');
    return `<h2 id="${id}" tabindex="-1"><a class="header-anchor" href="#${id}"><span>${h}</span></a></h2>\n${inner}`;
  })
  .join('\n')}
</div><!----><footer class="vp-page-meta"><div class="vp-meta-item edit-link"><a class="auto-link external-link vp-meta-label"
href="https://github.com/hanasorensen/blog/edit/main/src/posts/stop-lazy-loading-every-route.md" aria-label="Edit this page on GitHub" rel="noopener noreferrer"
target="_blank">${ssr('<svg class="icon edit-icon"></svg>')}Edit this page on GitHub<!----></a></div><div class="vp-meta-item git-info"><div
class="update-time">
<span class="vp-meta-label">Last update: </span><span class="vp-meta-info" data-allow-mismatch="text">2/20/25, 9:12 AM</span></div><div class="contributors">
<span class="vp-meta-label">Contributors:
</span>${ssr(ssr('<span class="vp-meta-info" title="email: hana@hanasorensen.example">Hana Sørensen</span>'))}</div></div>
</footer><nav class="vp-page-nav"><a class="route-link auto-link prev" href="/posts/pinia-stores-tests.html" aria-label="${vpPrev}"><div class="hint">
<span class="arrow start"></span>Prev</div><div class="link"><!---->${vpPrev}</div></a><a class="route-link auto-link next"
href="/posts/vite-monorepo-year.html"
aria-label="${vpNext}"><div class="hint">Next<span class="arrow end"></span></div><div class="link">${vpNext}<!----></div></a></nav>
<div id="comment" class="giscus-wrapper input-top vp-comment" vp-comment style="display:block;"><div class="loading-icon-wrapper"
style="display:flex;align-items:center;justify-content:center;height:96px"><svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 100 100">
</svg></div></div><!---->`)}</main>`,
)}<footer class="vp-footer-wrapper" vp-footer><div class="vp-footer">Built with VuePress and Theme Hope</div>
<div class="vp-copyright">Copyright © 2025 Hana Sørensen</div></footer></div>`),
  ),
)}<!--[--><!----><!--]--></div>
<script type="module" src="/assets/app-C9wZ1p0e.js" defer></script>
</body></html>`;
const vuepressHope: TestPage = {
  html: vpHtml,
  name: 'heldout149-vuepress-hope-blog',
  kind: 'blog',
  // the page-info line's author, date, reading time and word count and the "Last update" line are bylines (the author is
  // also the blogger card's name and the contributor); the TOC repeats the headings and is left out, its title furniture; the
  // tip container's text is body, its "Tips" label furniture
  title: vpTitle,
  headings: [vpH1, vpH2, vpH3, vpH4],
  body: texts([...vpP1, ...vpP2, ...vpP3, ...vpList1, ...vpP4, vpTip, ...vpP5, ...vpP6, ...vpList2, ...vpP7]),
  bylines: ['Hana Sørensen', '2/18/25', 'About 5 min', 'About 1320 words', 'Last update:', '2/20/25, 9:12 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Driftwood Dev', ...vpNav, 'Search', vpBlogger[1]!, ...vpCounts, 'Frontend', 'Vue', 'Performance', 'On This Page', 'Tips', 'Edit this page on GitHub',
    'Contributors:', 'Prev', vpPrev, 'Next', vpNext, 'Built with VuePress and Theme Hope', 'Copyright © 2025 Hana Sørensen',
  ],
};

export const HELDOUT149_E: readonly TestPage[] = [vuepressHope, nextjsEngineeringPost];
