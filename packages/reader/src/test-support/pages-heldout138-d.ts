import { type TestPage, texts } from './page-kit.js';
import { springBootReference } from './pages-heldout138-d2.js';

/**
 * Held-out batch 138, file d: a Docker Build manual page on docs.docker.com as the Hugo site saves it (the announcement bar,
 * the sticky header with its sections, search and "Ask AI", the manuals sidebar, breadcrumbs, the "Page options" menu, the
 * availability summary bar, Tip and Note admonitions with their titles in separate spans, code blocks with language labels
 * and copy buttons, a table, the table of contents with "Edit this page" and "Request changes", the footer and the OneTrust
 * cookie banner) and, from file d2, a Spring Boot reference page.
 */
const dkTitle = 'Use cache mounts for package managers';
const dkP1 = [
  'Every time the input of a <code>RUN</code> instruction changes, BuildKit discards the layer it produced and runs the ' +
    'instruction again from scratch. For a step that installs dependencies, that means downloading every package again, even if ' +
    'only one version number moved. Cache mounts let a build step keep a directory between builds, so package managers can reuse ' +
    'what they downloaded last time.',
  'A cache mount is not part of the image. Its contents stay on the builder, and the layer that the <code>RUN</code> instruction ' +
    'produces only contains the files written outside the mounted directory.',
];
const dkH1 = 'Add a cache mount';
const dkP2 = [
  'Add the <code>--mount=type=cache</code> flag to the <code>RUN</code> instruction and point <code>target</code> at the ' +
    'directory the package manager uses for its cache:',
];
const dkP3 = [
  'The first build fills the cache as usual. On the next build, if the <code>RUN</code> instruction has to run again, npm finds ' +
    'most of the packages it needs in the cache directory and only fetches what is new.',
];
const dkTip =
  'Some base images configure their package manager to delete its cache after every install. The Debian and Ubuntu images do ' +
  'this for apt, so remove the <code>docker-clean</code> configuration file in an earlier step or the cache mount stays empty.';
const dkH2 = 'Cache locations for common package managers';
const dkP4 = [
  'The target directory depends on the tool and, for some tools, on the user the build step runs as. The following table lists ' +
    'the default locations when the step runs as <code>root</code>.',
];
const dkTable = [
  ['npm', '<code>/root/.npm</code>'],
  ['pip', '<code>/root/.cache/pip</code>'],
  ['Go modules', '<code>/go/pkg/mod</code>'],
  ['Cargo', '<code>/usr/local/cargo/registry</code>'],
  ['apt', '<code>/var/cache/apt</code> and <code>/var/lib/apt</code>'],
];
const dkH3 = 'Share or lock a cache';
const dkP5 = [
  'By default, several builds can use a cache mount at the same time. That is fine for most package managers, but some of them ' +
    'fail when two processes write to the same cache. Set the <code>sharing</code> option to control this:',
];
const dkList = [
  '<code>shared</code>, the default, lets concurrent builds read and write the cache together.',
  '<code>private</code> gives a build a new, empty cache when the existing one is in use.',
  '<code>locked</code> makes other builds wait until the build that holds the cache has finished with it.',
];
const dkP6 = ['apt takes a lock on its own cache directory, so use <code>sharing=locked</code> for it.'];
const dkH4 = 'Clear the cache';
const dkP7 = [
  'Cache mounts count towards the build cache on the builder, and <code>docker builder prune</code> removes them along with other ' +
    'cache records. To start one build with an empty cache mount without touching the rest of the cache, give the mount a new ' +
    '<code>id</code>.',
];
const dkNote =
  'Cache mounts are not exported with <code>--cache-to</code>. When a CI runner starts on a fresh machine, its cache mounts are ' +
  'empty even if layer caching from a registry works.';
const dkAnnounce = 'Docker Desktop 4.51 brings faster file sharing on macOS. Read the release notes';
const dkNav = ['Get started', 'Guides', 'Manuals', 'Reference'];
const dkSide = ['Docker Desktop', 'Docker Engine', 'Docker Compose'];
const dkBuild = ['Docker Build overview', 'Core concepts', 'Building', 'Builders', 'Bake'];
const dkCache = ['Cache overview', 'Build cache invalidation', 'Build garbage collection', 'Cache storage backends', 'Optimize cache usage'];
const dkBuild2 = ['Continuous integration', 'Metadata', 'Exporters', 'Build checks', 'Release notes'];
const dkCrumbs = ['Home', 'Manuals', 'Docker Build', 'Cache'];
const dkOptions = ['Page options', 'Copy page as Markdown for LLMs', 'View page as plain text', 'Ask questions with Docs AI', 'Open in Claude'];
const dkFoot = ['Product offerings', 'Pricing', 'About us', 'Support', 'Contribute', 'Cookies Settings', 'Terms of Service', 'Status', 'Legal'];
const dkCookie =
  'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to improve site navigation, analyze ' +
  'site usage, and support our marketing efforts.';
const dkLi = (items: readonly string[], depth: number): string =>
  items.map((t) => `<li><a class="sidebar-link block pl-${depth * 3}" href="/build/${t.length}/">${t}</a></li>`).join('\n');
const dkH = (t: string): string => {
  const id = t.toLowerCase().replace(/[^a-z]+/g, '-');
  return `<h2 id="${id}" class="scroll-mt-36"><a class="text-black dark:text-white no-underline hover:underline" href="#${id}">${t}</a></h2>`;
};
const dkPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const dkAdm = (kind: string, title: string, p: string): string => `<blockquote class="admonition admonition-${kind} admonition not-prose">
<div class="admonition-header"><span class="admonition-icon"><svg width="24" height="24" viewBox="0 -960 960 960"></svg></span>
<span class="admonition-title">${title}</span></div><div class="admonition-content"><p>${p}</p></div></blockquote>`;
const dkCode = (lang: string, code: string): string => `<div class="language-${lang} highlight" x-data><div class="syntax-light dark:syntax-dark not-prose">
<div class="flex items-center justify-between border-b px-4 py-2"><span class="text-sm text-gray">${lang}</span><button class="cursor-pointer" title="copy"
x-on:click="copy"><span class="icon-svg">content_copy</span></button></div><pre tabindex="0" class="chroma"><code class="language-${lang}"
data-lang="${lang}">${code}</code></pre></div></div>`;
const dkHtml = `<!doctype html><html lang="en" x-data="{ theme: localStorage.getItem('theme-preference') }"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Use cache mounts for package managers | Docker Docs</title>
<meta name="description" content="Keep package manager caches between builds with RUN --mount=type=cache, and share or lock them safely.">
<meta property="og:title" content="Use cache mounts for package managers"><meta property="og:site_name" content="Docker Documentation">
<link rel="canonical" href="https://docs.docker.com/build/cache/cache-mounts/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${dkTitle}","dateModified":"2025-11-12T09:41:07Z",
"publisher":{"@type":"Organization","name":"Docker Inc"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList",
"itemListElement":[{"@type":"ListItem","position":1,"name":"Manuals"}]}</script>
<link rel="stylesheet" href="/styles.min.8f3c2a9d.css"><script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js"
data-domain-script="65425fb4"></script>
<script defer src="/js/alpine.min.js"></script></head>
<body class="bg-background-light text-base dark:bg-background-dark dark:text-white"><div id="announcement" class="bg-blue-500 px-4 py-2 text-center text-white">
<a class="underline" href="/desktop/release-notes/">${dkAnnounce}</a><button aria-label="Dismiss announcement" class="ml-2">×</button></div>
<header class="sticky top-0 z-20 h-16 w-full bg-blue-700 text-white dark:bg-gray-900"><div class="flex h-full items-center justify-between px-4">
<a href="/" class="flex items-center gap-2"><img class="h-6" src="/assets/images/docker-docs.svg" alt="Docker Docs home page"></a>
<nav class="hidden md:block"><ul class="flex gap-4">${dkNav.map((t) => `<li><a class="hover:underline" href="/${t.length}/">${t}</a></li>`).join('')}</ul></nav>
<div class="flex items-center gap-2"><div id="search-bar-container"><input type="search" id="search-bar-input" placeholder="Search" aria-label="Search">
<kbd class="text-xs">/</kbd></div><button class="rounded bg-white/10 px-2" id="kapa-ask-ai">Ask AI</button><button id="theme-toggle"
aria-label="Toggle dark mode"><span class="icon-svg">light_mode</span></button></div></div></header>
<main class="flex w-full flex-col lg:flex-row"><div id="sidebar" class="hidden lg:block lg:w-72"><nav aria-label="Manuals"><ul>
${dkLi(dkSide, 0)}<li><span class="font-semibold">Docker Build</span><ul>${dkLi(dkBuild, 1)}<li><span>Cache</span><ul>${dkLi(dkCache, 2)}
<li><a class="sidebar-link is-current" aria-current="page" href="/build/cache/cache-mounts/">Use cache mounts</a></li></ul></li>${dkLi(dkBuild2, 1)}
</ul></li></ul></nav></div>
<article class="prose max-w-4xl min-w-0 flex-1 px-4 dark:prose-invert"><div class="flex items-center justify-between not-prose">
<nav class="breadcrumbs text-sm" aria-label="Breadcrumbs">${dkCrumbs.map((t) => `<a href="/${t.length}/">${t}</a>`).join(' / ')}</nav>
<div class="relative" x-data="{ open: false }"><button x-on:click="open = !open" class="rounded border px-2">${dkOptions[0]}</button>
<ul x-show="open" class="absolute right-0" style="display: none;">${dkOptions
  .slice(1)
  .map((t) => `<li><button class="w-full text-left">${t}</button></li>`)
  .join('')}</ul></div></div>
<h1 class="scroll-mt-36">${dkTitle}</h1>
<div class="not-prose summary-bar my-4 rounded bg-gray-50 p-4"><div class="flex gap-2"><span class="font-bold">Requires:</span>
<span>Docker Buildx 0.8 and later</span></div><div class="flex gap-2"><span class="font-bold">Availability:</span><span>GA</span></div></div>
${dkPs(dkP1)}
${dkH(dkH1)}
${dkPs(dkP2)}
${dkCode('dockerfile', 'FROM node:22\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm \\\n    npm ci')}
${dkPs(dkP3)}
${dkAdm('tip', 'Tip', dkTip)}
${dkH(dkH2)}
${dkPs(dkP4)}
<div class="overflow-x-auto"><table><thead><tr><th>Package manager</th><th>Target directory</th></tr></thead><tbody>
${dkTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>
${dkH(dkH3)}
${dkPs(dkP5)}
<ul>${dkList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${dkPs(dkP6)}
${dkCode(
  'dockerfile',
  'RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n' +
    '    --mount=type=cache,target=/var/lib/apt,sharing=locked \\\n    apt-get update &amp;&amp; apt-get install -y git',
)}
${dkH(dkH4)}
${dkPs(dkP7)}
${dkAdm('note', 'Note', dkNote)}
</article>
<aside class="hidden xl:block xl:w-64"><div class="sticky top-16"><div class="toc"><h2 class="text-lg">Table of contents</h2><nav id="TableOfContents"><ul>
${[dkH1, dkH2, dkH3, dkH4].map((t) => `<li><a href="#${t.length}">${t}</a></li>`).join('')}</ul></nav></div><div class="flex flex-col gap-2">
<a href="https://github.com/docker/docs/edit/main/content/manuals/build/cache/cache-mounts.md" target="_blank"><span class="icon-svg">edit</span>Edit this
page</a>
<a href="https://github.com/docker/docs/issues/new?template=doc_issue.yml" target="_blank"><span class="icon-svg">done</span>Request
changes</a></div></div></aside></main>
<footer class="bg-background-light px-4 py-8 dark:bg-gray-900"><div class="flex flex-wrap gap-4 text-sm"><ul class="flex flex-wrap gap-4">
${dkFoot.map((t) => `<li><a href="https://www.docker.com/${t.length}/">${t}</a></li>`).join('')}</ul></div>
<p class="text-sm">Copyright © 2013-2025 Docker Inc. All rights reserved.</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<div id="onetrust-policy-text">${dkCookie} <a href="https://www.docker.com/legal/cookies-policy/">Cookie Policy</a></div></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></body></html>`;
const dockerDocs: TestPage = {
  html: dkHtml,
  name: 'heldout138-docker-docs-page',
  kind: 'docs',
  // the admonitions are body, their titles ("Tip", "Note") in neither list; the Requires/Availability summary bar is in
  // neither list; table data cells are body; code blocks (with their language labels) are in neither list
  title: dkTitle,
  headings: [dkH1, dkH2, dkH3, dkH4],
  body: texts([...dkP1, ...dkP2, ...dkP3, dkTip, ...dkP4, ...dkTable.flat(), ...dkP5, ...dkList, ...dkP6, ...dkP7, dkNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    dkAnnounce, '×', ...dkNav, 'Ask AI', 'light_mode', ...dkSide, 'Docker Build', ...dkBuild, ...dkCache, 'Use cache mounts', ...dkBuild2, 'Home',
    'Manuals', ...dkOptions, 'content_copy', 'Table of contents', 'edit', 'Edit this page', 'done', 'Request changes', ...dkFoot,
    'Copyright © 2013-2025 Docker Inc. All rights reserved.', dkCookie, 'Cookie Policy', 'Reject All', 'Accept All Cookies',
  ],
};

export const HELDOUT138_D: readonly TestPage[] = [dockerDocs, springBootReference];
