import { ps, type TestPage, texts } from './page-kit.js';
import { wix } from './pages-heldout250-f2.js';
import { j } from './pages-heldout250-kit.js';

/**
 * Held-out batch 250, file f: a release-notes page in a Next.js docs site built with Nextra's docs theme (nx-* utility
 * classes, the navbar with search and GitHub link, the sidebar, the breadcrumb, version h2 headings with anchor links, h3
 * groups, a callout, the "On This Page" table of contents with feedback and edit links, "Last updated on", previous / next
 * links and the footer, with __NEXT_DATA__) and, from file f2, a partner directory on a Wix site.
 */
const xTitle = 'Release notes';
const xIntro = 'This page lists every release of the Harborline SDK for JavaScript, newest first. Patch releases only contain fixes.';
const xH = [
  '4.2.0 (2026-03-03)',
  'Features',
  'Bug fixes',
  '4.1.1 (2026-02-12)',
  '4.1.0 (2026-01-28)',
  'Features',
  'Deprecations',
  '4.0.0 (2025-11-18)',
  'Breaking changes',
];
const x420f = [
  '<code>client.uploads.resume()</code> continues an interrupted multipart upload from the last confirmed part.',
  'Retries now use jittered exponential backoff by default; set <code>retry.jitter</code> to <code>false</code> for the old behaviour.',
  'New <code>onRateLimit</code> hook, called with the reset time whenever the API returns a 429 response.',
];
const x420b = [
  'Fixed a memory leak when many short-lived clients were created in serverless functions.',
  'Error objects thrown for network timeouts now include the request id.',
];
const x420c = j(
  'Version 4.2.0 raises the minimum supported Node.js version to 20. If you are still on Node.js 18, pin the SDK to the 4.1 line',
  'until you upgrade.',
);
const x411 = ['Fixed type definitions for <code>listObjects()</code> pagination cursors, which were marked as optional by mistake.'];
const x410f = [
  'Added support for signed download links with a custom expiry of up to seven days.',
  'The client now reads <code>HARBORLINE_REGION</code> from the environment when no region is passed.',
];
const x410d = [
  j(
    '<code>client.files.put()</code> is deprecated in favour of <code>client.uploads.create()</code> and will be removed in 5.0.',
    'It logs a warning once per process.',
  ),
];
const x400 = [
  j(
    'Version 4 is a rewrite of the client on top of the platform fetch API. It removes the dependency on a separate HTTP library,',
    'works in edge runtimes and browsers with the same build, and ships its own type definitions.',
  ),
  j(
    'Most applications can upgrade by changing the import path from the default export to the named Harborline export. The',
    'migration guide lists every renamed option and includes a codemod for the three most common ones.',
  ),
];
const x400b = ['The callback-style API, deprecated since 3.2, has been removed; every method now returns a promise.', 'Node.js 16 is no longer supported.'];
const xSide = ['Introduction', 'Installation', 'Authentication', 'Uploads', 'Downloads', 'Error handling', 'Migration guide', 'Release notes'];
const xNav = ['Docs', 'Reference', 'Blog', 'Status'];
const cls = {
  h2: 'nx-font-semibold nx-tracking-tight nx-text-slate-900 dark:nx-text-slate-100 nx-mt-10 nx-border-b nx-pb-1 nx-text-3xl nx-border-neutral-200/70',
  h3: 'nx-font-semibold nx-tracking-tight nx-text-slate-900 dark:nx-text-slate-100 nx-mt-8 nx-text-2xl',
  p: ' class="nx-mt-6 nx-leading-7 first:nx-mt-0"',
  ul: 'nx-mt-6 nx-list-disc first:nx-mt-0 ltr:nx-ml-6 rtl:nx-mr-6',
};
const anchor = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const h = (tag: 'h2' | 'h3', t: string, id = anchor(t)): string =>
  `<${tag} class="${cls[tag]}">${t}<a href="#${id}" id="${id}" class="subheading-anchor" aria-label="Permalink for this section"></a></${tag}>`;
const ul = (items: string[]): string => `<ul class="${cls.ul}">${items.map((i) => `<li class="nx-my-2">${i}</li>`).join('\n')}</ul>`;
const xHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<style>:root{--nextra-primary-hue:212deg;--nextra-navbar-height:4rem;--nextra-menu-height:3.75rem}</style><meta name="msapplication-TileColor" content="#fff">
<meta http-equiv="Content-Language" content="en"><meta name="description" content="Every release of the Harborline SDK for JavaScript.">
<meta name="og:title" content="Release notes – Harborline Docs"><title>Release notes – Harborline Docs</title><meta name="next-head-count" content="14">
<link rel="preload" href="/_next/static/css/7a1b2c.css" as="style"><link rel="stylesheet" href="/_next/static/css/7a1b2c.css" data-n-g=""></head>
<body><div id="__next"><div dir="ltr"><script>!function(){try{var d=document.documentElement,c=d.classList;c.remove('light','dark');
var e=localStorage.getItem('theme');if('system'===e||(!e&&true)){c.add('light')}}catch(e){}}()</script>
<div class="nx-h-0 nx-border-0 nx-p-0 nextra-banner-container"></div><div class="nextra-nav-container nx-sticky nx-top-0 nx-z-20 nx-w-full
nx-bg-transparent print:nx-hidden"><div class="nextra-nav-container-blur nx-pointer-events-none nx-absolute nx-z-[-1] nx-h-full nx-w-full"></div>
<nav class="nx-mx-auto nx-flex nx-h-[var(--nextra-navbar-height)] nx-max-w-[90rem] nx-items-center nx-justify-end nx-gap-2 nx-pl-6 nx-pr-6">
<a class="nx-flex nx-items-center hover:nx-opacity-75 ltr:nx-mr-auto" href="/"><span class="nx-font-extrabold">Harborline Docs</span></a>
${xNav
  .map(
    (n) => `<a class="nx-text-sm contrast-more:nx-text-gray-700 nx-relative -nx-ml-2 nx-hidden nx-whitespace-nowrap nx-p-2 md:nx-inline-block"
href="/${n.toLowerCase()}"><span class="nx-absolute nx-inset-x-0 nx-text-center">${n}</span></a>`,
  )
  .join('\n')}
<div class="nextra-search nx-relative md:nx-w-64 nx-hidden md:nx-inline-block"><input spellcheck="false" class="nx-block nx-w-full nx-appearance-none
nx-rounded-lg nx-px-3 nx-py-2" type="search" placeholder="Search documentation…"></div><a href="https://github.example/harborline/sdk-js"
target="_blank" rel="noreferrer" class="nx-p-2 nx-text-current"><span class="nx-sr-only">GitHub</span></a></nav></div>
<div class="nx-mx-auto nx-flex nx-max-w-[90rem]"><div class="motion-reduce:nx-transition-none [transition:background-color_1.5s_ease]"></div>
<aside class="nextra-sidebar-container nx-flex nx-flex-col md:nx-top-16 md:nx-shrink-0 motion-reduce:nx-transform-none nx-transform-gpu
nx-transition-all nx-ease-in-out print:nx-hidden md:nx-w-64 md:nx-sticky md:nx-self-start max-md:[transform:translate3d(0,-100%,0)]">
<div class="nx-overflow-y-auto nx-overflow-x-hidden nx-p-4 nx-grow md:nx-h-[calc(100vh-var(--nextra-navbar-height)-var(--nextra-menu-height))]
nextra-scrollbar"><ul class="nx-flex nx-flex-col nx-gap-1 nextra-menu-desktop max-md:nx-hidden">${xSide
  .map(
    (s) => `<li class="nx-flex nx-flex-col${s === 'Release notes' ? ' active' : ''}"><a class="nx-flex nx-rounded nx-px-2 nx-py-1.5 nx-text-sm
nx-transition-colors [word-break:break-word] nx-cursor-pointer" href="/docs/${anchor(s)}">${s}</a></li>`,
  )
  .join('\n')}</ul></div></aside>
<nav class="nextra-toc nx-order-last nx-hidden nx-w-64 nx-shrink-0 xl:nx-block print:nx-hidden" aria-label="table of contents"><div
class="nextra-scrollbar nx-sticky nx-top-16 nx-overflow-y-auto nx-pr-4 nx-pt-6 nx-text-sm"><p class="nx-mb-4 nx-font-semibold nx-tracking-tight">On
This Page</p><ul>${['4.2.0 (2026-03-03)', '4.1.1 (2026-02-12)', '4.1.0 (2026-01-28)', '4.0.0 (2025-11-18)']
  .map((t) => `<li class="nx-my-2 nx-scroll-my-6 nx-scroll-py-6"><a href="#${anchor(t)}" class="nx-font-semibold nx-inline-block">${t}</a></li>`)
  .join('\n')}</ul><div class="nx-mt-8 nx-border-t nx-bg-white nx-pt-8 nx-shadow-[0_-12px_16px_white] dark:nx-bg-dark nx-sticky nx-bottom-0 nx-flex
nx-flex-col nx-items-start nx-gap-2 nx-pb-8"><a href="https://github.example/harborline/sdk-js/issues/new" target="_blank" class="nx-text-xs
nx-font-medium">Question? Give us feedback →</a>
<a class="nx-text-xs nx-font-medium" href="https://github.example/harborline/sdk-js/blob/main/docs/release-notes.mdx"
target="_blank">Edit this page</a></div></div></nav>
<div id="reach-skip-nav"></div><article class="nx-flex nx-min-h-[calc(100vh-var(--nextra-navbar-height))] nx-min-w-0 nx-justify-center nx-pb-8
nx-pr-[calc(env(safe-area-inset-right)-1.5rem)]"><main class="nx-w-full nx-min-w-0 nx-max-w-6xl nx-px-6 nx-pt-4 md:nx-px-12">
<div class="nextra-breadcrumb nx-mt-1.5 nx-flex nx-items-center nx-gap-1 nx-overflow-hidden nx-text-sm nx-text-gray-500"><div class="nx-whitespace-nowrap
nx-transition-colors nx-min-w-[24px] nx-overflow-hidden nx-text-ellipsis" title="Docs">Docs</div><svg fill="none" viewBox="0 0 24 24" width="1em"
class="nx-w-3.5 nx-shrink-0"></svg><div class="nx-whitespace-nowrap nx-font-medium nx-text-gray-700" title="Changelog">Changelog</div></div>
<h1 class="nx-mt-2 nx-text-4xl nx-font-bold nx-tracking-tight nx-text-slate-900 dark:nx-text-slate-100">${xTitle}</h1>
<p${cls.p}>${xIntro}</p>
${h('h2', xH[0] ?? '')}
<div class="nextra-callout nx-overflow-x-auto nx-mt-6 nx-flex nx-rounded-lg nx-border nx-py-2 ltr:nx-pr-4 nx-border-orange-100 nx-bg-orange-50
nx-text-orange-800"><div class="nx-select-none nx-text-xl ltr:nx-pl-3 ltr:nx-pr-2" style="font-family:'Apple Color Emoji'">⚠️</div>
<div class="nx-w-full nx-min-w-0 nx-leading-7"><p${cls.p}>${x420c}</p></div></div>
${h('h3', 'Features', 'features')}
${ul(x420f)}
${h('h3', 'Bug fixes', 'bug-fixes')}
${ul(x420b)}
${h('h2', xH[3] ?? '')}
${ul(x411)}
${h('h2', xH[4] ?? '')}
${h('h3', 'Features', 'features-1')}
${ul(x410f)}
${h('h3', 'Deprecations', 'deprecations')}
${ps(x410d, cls.p)}
${h('h2', xH[7] ?? '')}
${ps(x400, cls.p)}
${h('h3', 'Breaking changes', 'breaking-changes')}
${ul(x400b)}
<div class="nx-mt-12 nx-mb-8 nx-block nx-text-xs nx-text-gray-500 ltr:nx-text-right dark:nx-text-gray-400">Last updated on March 3, 2026</div>
<div class="nx-mb-8 nx-flex nx-items-center nx-border-t nx-pt-8 dark:nx-border-neutral-800 print:nx-hidden"><a title="Migration guide"
class="nx-flex nx-max-w-[50%] nx-items-center nx-gap-1 nx-py-4 nx-text-base nx-font-medium" href="/docs/migration-guide"><svg class="nx-inline
nx-h-5 nx-shrink-0 ltr:nx-rotate-180"></svg>Migration guide</a></div></main></article></div>
<footer class="nx-bg-gray-100 nx-pb-[env(safe-area-inset-bottom)] dark:nx-bg-neutral-900 print:nx-bg-transparent"><hr class="dark:nx-border-neutral-800">
<div class="nx-mx-auto nx-flex nx-max-w-[90rem] nx-justify-center nx-py-12 nx-text-gray-600 dark:nx-text-gray-400 md:nx-justify-start nx-pl-6 nx-pr-6">
Apache 2.0 2026 © Harborline Systems.</div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"__nextra_pageMap":[{"kind":"MdxPage","name":"release-notes","route":
"/docs/release-notes"}],"title":"Release notes","frontMatter":{}}},"page":"/docs/release-notes","query":{},"buildId":"Hb7xQ2","nextExport":true}</script>
</body></html>`;
const nextra: TestPage = {
  name: 'heldout250-nextra-release-notes',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: xH,
  body: texts([xIntro, x420c, ...x420f, ...x420b, ...x411, ...x410f, ...x410d, ...x400, ...x400b]),
  bylines: ['Last updated on March 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Harborline Docs', ...xNav, 'GitHub', ...xSide.filter((s) => s !== 'Release notes'), 'On This Page', 'Question? Give us feedback →', 'Edit this page',
    'Changelog', 'Apache 2.0 2026 © Harborline Systems.',
  ],
};

export const HELDOUT250_F: readonly TestPage[] = [nextra, wix];
