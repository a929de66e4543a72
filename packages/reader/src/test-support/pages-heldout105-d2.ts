import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 105, file d2: a documentation page on Nextra 3 with the docs theme ("nx-" utility classes: the banner, the
 * navbar with search and GitHub link, the collapsible sidebar with the theme switch, the breadcrumb, the headings with
 * permalink anchors, a callout, code blocks with "Copy code" buttons, the table of contents with "On This Page", "Give
 * feedback", "Edit this page" and "Scroll to top", a site-added "Was this page helpful?" widget closing the article, the
 * prev/next pagination and the footer).
 */
const nxTitle = 'Remote caching';
const nxP1 = [
  'Remote caching lets every machine that builds your project share one cache. When a teammate or a CI runner has already built ' +
    'a package with the same inputs, Loomwork downloads the output instead of building it again.',
  'This page explains how to turn remote caching on, how cache keys are computed and how to keep secrets out of the cache.',
];
const nxH1 = 'Enable remote caching';
const nxP2 = ['Log in once on each machine, then link the repository to a team:'];
const nxP3 = [
  'On CI, set the LOOMWORK_TOKEN and LOOMWORK_TEAM environment variables instead of running the login command. Tokens are created ' +
    'in the dashboard under Settings, and can be limited to read-only access for pull requests from forks.',
];
const nxCallout = 'Remote caching is free for teams of up to five members. Larger teams need the Pro plan.';
const nxH2 = 'How cache keys are computed';
const nxP4 = ['A task’s cache key is a hash of everything that could change its output:'];
const nxList = [
  'the contents of every file matched by the task’s inputs globs;',
  'the resolved versions of its dependencies in the lockfile;',
  'the environment variables listed in env and globalEnv;',
  'the task’s command and the Loomwork version.',
];
const nxP5 = [
  'If two runs produce the same key, the second is a cache hit. Run loom build --dry=json to see every input that went into ' +
    'each key, which is the quickest way to find out why a task missed the cache.',
];
const nxH3 = 'Keep secrets out of the cache';
const nxP6 = [
  'Cached logs are uploaded along with build outputs. If a task prints a secret, anyone with read access to the cache can see it. ' +
    'Mark sensitive variables in passThroughEnv rather than env so that their values are available to the task but never hashed ' +
    'or stored.',
  'You can also sign artifacts so that Loomwork rejects anything that was not uploaded by your own team:',
];
const nxP7 = [
  'With signing on, a tampered or foreign artifact is treated as a miss and the task runs normally. The signing key is read from ' +
    'LOOMWORK_SIGNATURE_KEY, which every machine that writes to the cache must share.',
];
const nxBanner = 'Loomwork 3.2 is out: faster hashing and a new watch mode. Read the release notes →';
const nxNav = ['Docs', 'Blog', 'Showcase', 'Enterprise'];
const nxSearch = 'Search documentation…';
const nxSide = [
  'Getting Started',
  'Installation',
  'Configuring tasks',
  'Filtering',
  'Remote caching',
  'Environment variables',
  'CI recipes',
  'API reference',
  'Light',
  'Dark',
  'System',
];
const nxCrumbs = ['Docs', 'Core concepts'];
const nxUi = ['Copy code'];
const nxToc = ['On This Page', 'Give feedback', 'Edit this page', 'Scroll to top'];
const nxHelp = ['Was this page helpful?', 'Yes', 'No', 'Thanks for your feedback!'];
const nxPager = ['Filtering', 'Environment variables'];
const nxFoot = ['MIT 2025 © Loomwork Labs.', 'Privacy', 'Terms', 'Status'];
const nxCode1 = `<span class="line"><span style="--shiki-light:#6F42C1">loom</span><span> login</span></span>
<span class="line"><span style="--shiki-light:#6F42C1">loom</span><span> link --team acme-platform</span></span>`;
const nxCode2 = `<span class="line"><span>{</span></span><span class="line"><span>  "remoteCache": { "signature": true }</span></span><span class="line">
<span>}</span></span>`;
const nxPre = (code: string, lang: string): string => `<div class="nextra-code-block nx-relative nx-mt-6 first:nx-mt-0">
<pre class="nx-bg-primary-700/5 nx-mb-4 nx-overflow-x-auto nx-rounded-xl nx-subpixel-antialiased nx-text-[.9em]" data-language="${lang}" tabindex="0">
<code class="nx-border-black nx-border-opacity-[0.04]" dir="ltr" data-language="${lang}">${code}</code></pre>
<div class="nx-opacity-0 nx-transition [div:hover>&amp;]:nx-opacity-100 nx-flex nx-gap-1 nx-absolute nx-m-[11px] nx-right-0 nx-top-0">
<button class="nextra-button nx-transition-all active:nx-opacity-50" title="Copy code" tabindex="0"><span class="nx-sr-only">Copy code</span></button></div>
</div>`;
const nxHd = (
  t: string,
  id: string,
): string => `<h2 class="nx-font-semibold nx-tracking-tight nx-text-slate-900 dark:nx-text-slate-100 nx-mt-10 nx-border-b nx-pb-1
nx-text-3xl nx-border-neutral-200/70 contrast-more:nx-border-neutral-400">${t}<a href="#${id}" id="${id}" class="subheading-anchor"
aria-label="Permalink for this section"></a></h2>`;
const nxP = (a: readonly string[]): string => ps(a, ' class="nx-mt-6 nx-leading-7 first:nx-mt-0"');
const nxHtml = `<!DOCTYPE html><html lang="en" dir="ltr" class="light" style="color-scheme:light"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>Remote caching – Loomwork</title>
<meta name="description" content="Share build outputs between machines with Loomwork remote caching.">
<meta property="og:title" content="Remote caching – Loomwork">
<link rel="preload" href="/_next/static/css/6a1f0d2b5c7e9a3b.css" as="style"><link rel="stylesheet" href="/_next/static/css/6a1f0d2b5c7e9a3b.css">
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer></script><script>!function(){try{var d=document.documentElement;}catch(e){}}()</script>
</head><body><div id="__next"><div dir="ltr"><div class="nextra-banner-container nx-sticky nx-top-0 nx-z-20 nx-flex nx-items-center">
<div class="nx-w-full nx-truncate nx-px-4 nx-text-center nx-font-medium nx-text-sm"><a href="/blog/loomwork-3-2">${nxBanner}</a></div>
<button class="nx-w-8 nx-h-full" aria-label="Dismiss banner"></button></div>
<div class="nextra-nav-container nx-sticky nx-top-0 nx-z-20 nx-w-full nx-bg-transparent print:nx-hidden">
<nav class="nx-mx-auto nx-flex nx-h-[var(--nextra-navbar-height)]">
<a class="nx-flex nx-items-center hover:nx-opacity-75 ltr:nx-mr-auto" href="/"><span class="nx-sr-only">Loomwork</span><svg height="24"></svg></a>
${nxNav
  .map(
    (t) => `<a class="nx-text-sm contrast-more:nx-text-gray-700 nx-relative -nx-ml-2 nx-hidden nx-whitespace-nowrap nx-p-2 md:nx-inline-block"
href="/${t.toLowerCase()}"><span>${t}</span></a>`,
  )
  .join('\n')}
<div class="nextra-search nx-relative md:nx-w-64">
<input spellcheck="false" class="nx-block nx-w-full nx-appearance-none nx-rounded-lg" type="search" placeholder="${nxSearch}">
<kbd class="nx-absolute nx-my-1.5 nx-select-none">⌘K</kbd></div><a href="https://github.example/loomwork/loomwork" target="_blank" rel="noreferrer"
class="nx-p-2 nx-text-current"><span class="nx-sr-only">GitHub</span></a></nav></div>
<div class="nx-mx-auto nx-flex nx-max-w-[90rem]"><div class="motion-reduce:nx-transition-none [transition:background-color_1.5s_ease]"></div>
<aside class="nextra-sidebar-container nx-flex nx-flex-col md:nx-top-16 md:nx-shrink-0 motion-reduce:nx-transform-none nx-transform-gpu">
<div class="nx-overflow-y-auto nx-overflow-x-hidden nx-p-4 nx-grow 
md:nx-h-[calc(100vh-var(--nextra-navbar-height)-var(--nextra-menu-height))] nextra-scrollbar">
<ul class="nx-flex nx-flex-col nx-gap-1 nextra-menu-desktop max-md:nx-hidden">${links(nxSide.slice(0, 8), 'nx-flex nx-flex-col nx-gap-1')}</ul></div>
<div class="nx-sticky nx-bottom-0 nx-bg-white dark:nx-bg-dark nx-mx-4 nx-py-4 nx-shadow-[0_-12px_16px_#fff] nx-flex nx-items-center nx-gap-2">
<button title="Change theme" class="nx-h-7 nx-rounded-md nx-px-2 nx-text-xs nx-font-medium" type="button"><span>${nxSide[8]}</span></button>
<ul role="listbox" hidden><li role="option">${nxSide[8]}</li><li role="option">${nxSide[9]}</li><li role="option">${nxSide[10]}</li></ul></div></aside>
<nav class="nextra-toc nx-order-last nx-hidden nx-w-64 nx-shrink-0 xl:nx-block print:nx-hidden" aria-label="table of contents">
<div class="nextra-scrollbar nx-sticky nx-top-16 nx-overflow-y-auto nx-pr-4 nx-pt-6 nx-text-sm [hyphens:auto]">
<p class="nx-mb-4 nx-font-semibold nx-tracking-tight">${nxToc[0]}</p><ul>${links([nxH1, nxH2, nxH3], 'nx-my-2 nx-scroll-my-6 nx-scroll-py-6')}</ul>
<div class="nx-mt-8 nx-border-t nx-bg-white nx-pt-8 nx-shadow-[0_-12px_16px_white] 
dark:nx-bg-dark nx-sticky nx-bottom-0 nx-flex nx-flex-col nx-items-start nx-gap-2">
<a href="https://github.example/loomwork/loomwork/issues/new?title=Feedback%20for%20%E2%80%9CRemote%20caching%E2%80%9D&amp;labels=feedback" target="_blank"
rel="noreferrer" class="nx-text-xs nx-font-medium nx-text-gray-500">${nxToc[1]}</a><a class="nx-text-xs nx-font-medium nx-text-gray-500"
href="https://github.example/loomwork/loomwork/tree/main/docs/pages/docs/core-concepts/remote-caching.mdx">${nxToc[2]}</a>
<button aria-hidden="true" class="nx-text-xs nx-font-medium nx-text-gray-500 nx-opacity-0">${nxToc[3]}</button></div></div></nav>
<article class="nx-w-full nx-break-words nextra-content nx-flex 
nx-min-h-[calc(100vh-var(--nextra-navbar-height))] nx-min-w-0 nx-justify-center nx-pb-8 nx-pr-[calc(env(safe-area-inset-right)-1.5rem)]">
<main class="nx-w-full nx-min-w-0 nx-max-w-6xl nx-px-6 nx-pt-4 md:nx-px-12">
<div class="nextra-breadcrumb nx-mt-1.5 nx-flex nx-items-center nx-gap-1 nx-overflow-hidden nx-text-sm">
<div class="nx-whitespace-nowrap nx-transition-colors nx-min-w-[24px] nx-overflow-hidden nx-text-ellipsis" title="Docs">${nxCrumbs[0]}</div>
<svg class="nx-w-3.5 nx-shrink-0"></svg><div class="nx-whitespace-nowrap nx-transition-colors" title="Core concepts">${nxCrumbs[1]}</div>
<svg class="nx-w-3.5 nx-shrink-0"></svg><div class="nx-whitespace-nowrap nx-font-medium nx-text-gray-700" title="Remote caching">Remote caching</div></div>
<h1 class="nx-mt-2 nx-text-4xl nx-font-bold nx-tracking-tight nx-text-slate-900 dark:nx-text-slate-100">${nxTitle}</h1>
${nxP(nxP1)}
${nxHd(nxH1, 'enable-remote-caching')}
${nxP(nxP2)}
${nxPre(nxCode1, 'sh')}
${nxP(nxP3)}
<div class="nextra-callout nx-overflow-x-auto nx-mt-6 nx-flex nx-rounded-lg nx-border nx-py-2 ltr:nx-pr-4 rtl:nx-pl-4 contrast-more:nx-border-current">
<div class="nx-select-none nx-text-xl ltr:nx-pl-3 ltr:nx-pr-2 rtl:nx-pr-3 rtl:nx-pl-2" style="font-family:&quot;Apple Color Emoji&quot;">💡</div>
<div class="nx-w-full nx-min-w-0 nx-leading-7">${nxP([nxCallout])}</div></div>
${nxHd(nxH2, 'how-cache-keys-are-computed')}
${nxP(nxP4)}
<ul class="nx-mt-6 nx-list-disc first:nx-mt-0 ltr:nx-ml-6 rtl:nx-mr-6">${nxList.map((t) => `<li class="nx-my-2">${t}</li>`).join('\n')}</ul>
${nxP(nxP5)}
${nxHd(nxH3, 'keep-secrets-out-of-the-cache')}
${nxP(nxP6)}
${nxPre(nxCode2, 'json')}
${nxP(nxP7)}
<div class="docs-feedback nx-mt-16 nx-flex nx-items-center nx-gap-3 nx-border-t nx-pt-6"><p class="nx-text-sm nx-font-medium">${nxHelp[0]}</p>
<button class="docs-feedback__button" data-value="yes">${nxHelp[1]}</button><button class="docs-feedback__button" data-value="no">${nxHelp[2]}</button>
<p class="docs-feedback__thanks" hidden>${nxHelp[3]}</p></div>
<div class="nx-mb-8 nx-flex nx-items-center nx-border-t nx-pt-8 dark:nx-border-neutral-800 contrast-more:nx-border-neutral-400 print:nx-hidden">
<a title="Filtering" class="nx-flex nx-max-w-[50%] nx-items-center nx-gap-1 nx-py-4 nx-text-base nx-font-medium"
href="/docs/core-concepts/filtering">${nxPager[0]}</a>
<a title="Environment variables" class="nx-flex nx-max-w-[50%] nx-items-center nx-gap-1 nx-py-4 nx-text-base nx-font-medium ltr:nx-ml-auto"
href="/docs/core-concepts/environment-variables">${nxPager[1]}</a></div></main></article></div>
<footer class="nx-bg-gray-100 nx-pb-[env(safe-area-inset-bottom)] dark:nx-bg-neutral-900 print:nx-bg-transparent">
<div class="nx-mx-auto nx-flex nx-max-w-[90rem] nx-justify-center nx-py-12">
<span>${nxFoot[0]}</span><ul>${links(nxFoot.slice(1))}</ul></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{}},"page":"/docs/core-concepts/remote-caching","buildId":"Xq3hV9"}</script></body>
</html>`;
export const nextraPage: TestPage = {
  html: nxHtml,
  name: 'heldout105-nextra-docs-helpful',
  kind: 'docs',
  // the callout's text is body (the emoji is in neither list); the TOC repeats the headings and is left out, its
  // "Give feedback", "Edit this page" and "Scroll to top" links are furniture, as is the "Was this page helpful?" widget;
  // sidebar items that repeat the title or pager links are listed once
  title: nxTitle,
  headings: [nxH1, nxH2, nxH3],
  body: [...texts(nxP1), ...texts(nxP2), ...texts(nxP3), nxCallout, ...texts(nxP4), ...texts(nxList), ...texts(nxP5), ...texts(nxP6), ...texts(nxP7)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    nxBanner, ...nxNav, 'Loomwork', 'GitHub', ...nxSide.filter((t) => t !== nxTitle), 'Core concepts', ...nxUi, ...nxToc, ...nxHelp, ...nxFoot,
  ],
};
