import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout702-kit.js';

/**
 * Held-out batch 702, file c: a post on a personal blog hosted on Hashnode (Next.js blog theme: cover, subtitle h2, author and
 * date row, reading time, series box, table, likes, newsletter box, tags, "Written by" card, comments, "More articles"), and a
 * guide page of a CLI's documentation on Docusaurus v3 (announcement bar, navbar with version dropdown and DocSearch, docs
 * sidebar, breadcrumbs, version badge, tabs with hidden panels, titled code blocks, admonitions, edit link, last updated,
 * pagination, table of contents, footer).
 */
const hTitle = 'Backpressure in Node.js streams, explained with a leaky bucket';
const hSub = 'Part 2 of Streams from scratch: what happens when you write faster than the other side can read';
const hHeads = ['The leaky bucket', 'Ignoring the signal', 'Respecting it', 'Or let pipeline() do it', 'Quick reference'];
const hIntro = j(
  'In the first part of this series we built a readable stream that produced numbers. This time we connect it to something slow,',
  'watch the memory grow, and then fix it. If you have ever seen a Node.js process climb to 2 GB while copying a file, this is',
  'probably why.',
);
const hBucket = [
  j(
    'Imagine a bucket with a small hole in the bottom. Water pours in from a tap and leaks out through the hole. If the tap runs',
    'faster than the hole drains, the bucket overflows. A writable stream is the bucket: it has an internal buffer, and',
    '<code>highWaterMark</code> is the line painted on the side that says “stop pouring now”.',
  ),
  j(
    'Node does not stop you pouring. When you call <code>write()</code> on a stream whose buffer is above',
    '<code>highWaterMark</code>, the call still succeeds and the data is still buffered. The only signal you get is the return',
    'value: <code>write()</code> returns <code>false</code>, and it is your job to wait for the <code>drain</code> event before',
    'writing again.',
  ),
];
const hIgnore = 'Here is a loop that ignores the signal. It reads records from a fast source and writes them to a slow destination:';
const hCode1 = `<span class="hljs-keyword">for</span> <span class="hljs-keyword">await</span> (<span class="hljs-keyword">const</span> record <span
class="hljs-keyword">of</span> source) {
  destination.<span class="hljs-title function_">write</span>(<span class="hljs-title class_">JSON</span>.<span
class="hljs-title function_">stringify</span>(record) + <span class="hljs-string">'\\n'</span>);
}`;
const hIgnore2 = j(
  'On my laptop, with a source producing 200,000 records a second and a destination that accepts about 20,000, this loop used',
  '1.7 GB of memory after a minute, almost all of it in the destination’s buffer.',
);
const hRespect = 'The fix is to check the return value and wait:';
const hCode2 = `<span class="hljs-keyword">import</span> { once } <span class="hljs-keyword">from</span> <span class="hljs-string">'node:events'</span>;

<span class="hljs-keyword">for</span> <span class="hljs-keyword">await</span> (<span class="hljs-keyword">const</span> record <span
class="hljs-keyword">of</span> source) {
  <span class="hljs-keyword">if</span> (!destination.<span class="hljs-title function_">write</span>(<span class="hljs-title class_">JSON</span>.<span
class="hljs-title function_">stringify</span>(record) + <span class="hljs-string">'\\n'</span>)) {
    <span class="hljs-keyword">await</span> <span class="hljs-title function_">once</span>(destination, <span class="hljs-string">'drain'</span>);
  }
}`;
const hRespect2 = j(
  'With this change memory stayed flat at about 60 MB for the whole run. The loop now runs at the speed of the slowest part, which',
  'is exactly what you want.',
);
const hQuote = 'Backpressure is not an error. It is the destination telling you how fast it can go.';
const hPipe = j(
  'Most of the time you should not write this loop at all. <code>stream.pipeline()</code> connects streams, handles backpressure',
  'for you and, unlike the older <code>pipe()</code>, destroys every stream in the chain if one of them fails:',
);
const hCode3 = `<span class="hljs-keyword">import</span> { pipeline } <span class="hljs-keyword">from</span> <span
class="hljs-string">'node:stream/promises'</span>;

<span class="hljs-keyword">await</span> <span class="hljs-title function_">pipeline</span>(source, toJsonLines, destination);`;
const hPipe2 = j(
  'The manual loop is still worth knowing for the cases <code>pipeline()</code> does not cover, such as writing to several',
  'destinations at once or batching records before each write.',
);
const hRows = [
  ['Situation', 'What to use'],
  ['Copying one stream into another', '<code>pipeline()</code>'],
  ['Transforming records on the way', '<code>pipeline()</code> with a Transform or an async generator'],
  ['Writing to several outputs', 'A manual loop that waits for <code>drain</code> on each'],
];
const hEnd = j('In the next part we will write a Transform stream that batches records, and see how its own buffers interact with the ones we', 'met today.');
const hSeries = ['Readable streams without the magic', hTitle, 'Batching with Transform streams', 'Streams and AbortSignal'];
const hTags = ['Node.js', 'JavaScript', 'streams', 'performance'];
const hMore = ['Readable streams without the magic', 'Why my Express app leaked file descriptors'];
const hBio = 'Backend developer writing about Node.js internals and the bugs I cause along the way.';
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Backpressure in Node.js streams, explained with a leaky bucket</title><meta name="description" content="${hSub}">
<meta property="og:title" content="${hTitle}"><meta property="og:site_name" content="Ines builds things">
<meta property="og:image" content="https://cdn.hashnode.com/res/hashnode/image/upload/v1807001234/cover-bucket.png?w=1200&amp;h=630">
<link rel="canonical" href="https://ines.hashnode.dev/backpressure-node-streams-leaky-bucket">
<link rel="preload" href="/_next/static/css/0b7d3f.css" as="style"><link rel="stylesheet" href="/_next/static/css/0b7d3f.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Ines Vartanian"},"datePublished":"2027-03-12T09:14:00.000Z","publisher":{"@type":"Organization",
"name":"Ines builds things"}}</script></head>
<body><div id="__next"><div class="blog-page-wrapper"><header class="blog-header relative z-50 w-full border-b bg-white">
<div class="container mx-auto px-2 md:px-4 2xl:px-10"><div class="relative z-40 flex flex-row items-center justify-between pb-2 pt-8">
<div class="flex flex-row items-center py-1"><h1 class="blog-main-logo"><a class="flex flex-row items-center" aria-label="Ines builds things home page"
href="/"><span class="blog-title">Ines builds things</span></a></h1></div>
<div class="flex flex-row items-center gap-2"><button type="button" aria-label="Open blog search" class="blog-search-button">
<svg aria-hidden="true"></svg></button><button type="button" class="blog-follow-button">Follow</button>
<a href="/newsletter" class="blog-subscribe-button">Subscribe</a></div></div>
<nav class="blog-sub-header" aria-label="Blog navigation"><ul><li><a href="/">Home</a></li><li><a href="/series/streams-from-scratch">Streams from scratch</a>
</li><li><a href="/about">About</a></li></ul></nav></div></header>
<main class="blog-post-detail-card pb-24"><article><div class="relative">
<div class="relative mb-8 md:mb-14"><img alt="${hTitle}" src="https://cdn.hashnode.com/res/hashnode/image/upload/v1807001234/cover-bucket.png"
class="blog-cover-image"></div>
<h1 class="font-heading mb-8 px-4 text-center text-3xl font-extrabold text-slate-900 md:text-5xl" data-query="post-title">${hTitle}</h1>
<h2 class="font-heading mb-8 px-4 text-center text-2xl font-medium text-slate-700" data-query="post-subtitle">${hSub}</h2>
<div class="relative z-20 mb-8 flex flex-row flex-wrap items-center justify-center px-4 md:-mt-7 md:mb-14 md:text-lg">
<div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start"><a href="https://hashnode.com/@ines"
class="flex items-center"><div class="mr-2 h-10 w-10 overflow-hidden rounded-full"><img alt="Ines Vartanian's photo"
src="https://cdn.hashnode.com/res/hashnode/image/upload/ines.png?w=200"></div></a>
<a href="https://hashnode.com/@ines" class="text-slate-900"><span>Ines Vartanian</span></a></div>
<div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start"><span class="mx-3 hidden font-bold md:block">·</span>
<a href="/backpressure-node-streams-leaky-bucket" class="tooltip-handle text-slate-700" data-title="Mar 12, 2027 09:14"><span>Mar 12, 2027</span></a>
<span class="mx-3 block font-bold">·</span><p class="flex flex-row items-center text-slate-700"><svg class="mr-2 h-5 w-5 fill-current"
aria-hidden="true"></svg><span>6 min read</span></p></div></div>
<div class="blog-series-box mx-auto mb-10 rounded-lg border px-6 py-5"><p class="text-sm font-semibold uppercase text-slate-500">Series</p>
<a class="text-xl font-bold" href="/series/streams-from-scratch">Streams from scratch</a><p class="text-sm text-slate-600">Part 2 of 4</p>
<ol class="series-list">${hSeries.map((t, i) => `<li class="${i === 1 ? 'font-bold' : ''}"><a href="/x${i}">${t}</a></li>`).join('')}</ol></div>
<div id="post-content-parent" class="relative mb-10 pb-14"><div class="relative"><div class="prose prose-lg mx-auto mb-10 min-h-30 break-words
xl:prose-xl" id="post-content-wrapper">
<p>${hIntro}</p>
<h2 id="heading-the-leaky-bucket">${at(hHeads, 0)}</h2>
${ps(hBucket)}
<h2 id="heading-ignoring-the-signal">${at(hHeads, 1)}</h2>
<p>${hIgnore}</p>
<pre><code class="lang-javascript">${hCode1}</code></pre>
<p>${hIgnore2}</p>
<h2 id="heading-respecting-it">${at(hHeads, 2)}</h2>
<p>${hRespect}</p>
<pre><code class="lang-javascript">${hCode2}</code></pre>
<p>${hRespect2}</p>
<blockquote><p>${hQuote}</p></blockquote>
<h2 id="heading-or-let-pipeline-do-it">${at(hHeads, 3)}</h2>
<p>${hPipe}</p>
<pre><code class="lang-javascript">${hCode3}</code></pre>
<p>${hPipe2}</p>
<h2 id="heading-quick-reference">${at(hHeads, 4)}</h2>
<div class="hn-table"><table><thead><tr>${hRows[0]?.map((c) => `<td>${c}</td>`).join('')}</tr></thead>
<tbody>${hRows
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table></div>
<p>${hEnd}</p>
</div></div></div>
<div class="post-floating-bar"><button type="button" aria-label="Like this article" class="like-button"><svg aria-hidden="true"></svg>
<span class="like-count">124</span></button><button type="button" aria-label="Comments" class="comment-button"><svg aria-hidden="true"></svg>
<span>3</span></button><button type="button" aria-label="Share this article"><svg aria-hidden="true"></svg></button></div>
<div class="blog-newsletter-box mx-auto my-10 rounded-lg border p-6"><h3 class="text-xl font-bold">Subscribe to my newsletter</h3>
<p class="text-slate-600">Read articles from Ines builds things directly inside your inbox. Subscribe to the newsletter, and don't miss out.</p>
<form class="mt-4 flex"><input type="email" placeholder="Enter your email address" class="flex-1 rounded-full border px-4"><button type="submit"
class="rounded-full bg-blue-600 px-4 text-white">Subscribe</button></form></div>
<div class="mb-5 flex w-full flex-row flex-wrap justify-center md:mb-0">${hTags
  .map((t) => `<a href="/tag/${t.toLowerCase()}" class="mb-2 mr-3 rounded-lg border px-2 py-1 text-base font-medium"><span>${t}</span></a>`)
  .join('\n')}</div>
<div class="blog-author-container"><div class="blog-author-card"><p class="text-sm font-medium uppercase text-slate-500">Written by</p>
<h4 class="font-heading text-xl font-semibold"><a href="https://hashnode.com/@ines">Ines Vartanian</a></h4>
<div class="prose text-slate-600"><p>${hBio}</p></div><button type="button" class="follow-button">Follow</button></div></div>
<div class="blog-comments-section" id="comments-list"><h3 class="text-2xl font-bold">Comments (3)</h3>
<button type="button" class="write-comment-button">Write a comment</button>
<div class="comment-card"><div class="comment-author"><a href="https://hashnode.com/@ravik">Ravi Kanthan</a>
<span class="comment-date">Mar 13, 2027</span></div><div class="prose comment-body"><p>The leaky bucket picture finally made highWaterMark click for me.
Looking forward to part 3!</p></div><div class="comment-actions"><button type="button" class="comment-like"><span>2</span></button>
<button type="button" class="comment-reply">Reply</button></div></div>
<a href="/backpressure-node-streams-leaky-bucket#comments-list" class="view-all-comments">View all comments</a></div>
</div></article>
<section class="blog-more-articles mx-auto mt-10"><h2 class="font-heading text-2xl font-bold">More articles</h2>${hMore
  .map(
    (t) => `<div class="more-article-card"><a href="/x"><h3 class="font-heading text-xl font-bold">${t}</h3></a>
<p class="text-sm text-slate-500"><span>Ines Vartanian</span> · <span>5 min read</span></p></div>`,
  )
  .join('\n')}</section></main>
<footer class="blog-footer-area -mt-px border-t bg-slate-100 px-5 py-10 text-center"><div class="container mx-auto">
<p class="mb-2 text-slate-600">©2027 Ines builds things</p><div class="mb-4 flex justify-center"><a href="/archive">Archive</a><span
class="mx-2 font-bold">·</span><a href="/privacy">Privacy policy</a><span class="mx-2 font-bold">·</span><a href="/terms">Terms</a></div>
<div class="powered-by"><a href="https://hashnode.com/onboard?unlock-blog=true" class="text-slate-800"><span>Powered by Hashnode</span> - Build your
developer hub.</a></div><div class="mt-4 flex justify-center gap-2"><a href="https://hashnode.com/onboard">Start your blog</a><a
href="https://hashnode.com/docs">Create docs</a></div></div></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"id":"65f0a1","slug":"backpressure-node-streams-leaky-bucket",
"title":"${hTitle}","readTimeInMinutes":6}}},"page":"/[...slug]","buildId":"hn-2027-03"}</script></body></html>`;
const hashnode: TestPage = gold({
  name: 'heldout702-hashnode-backpressure',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  // biome-ignore format: the body texts follow the page's order
  body: texts([hSub, hIntro, ...hBucket, hIgnore, hCode1, hIgnore2, hRespect, hCode2, hRespect2, hQuote, hPipe, hCode3, hPipe2,
    ...hRows.map((r) => r.join(' ')), hEnd]),
  bylines: ['Ines Vartanian', 'Mar 12, 2027', '6 min read', 'Ravi Kanthan', 'Mar 13, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ines builds things', 'Follow', 'Subscribe', 'Home', 'Streams from scratch', 'About', '·', 'Series', 'Part 2 of 4', ...hSeries, '124', '3',
    'Subscribe to my newsletter',
    'Read articles from Ines builds things directly inside your inbox. Subscribe to the newsletter, and don\'t miss out.', ...hTags,
    'Written by', hBio, 'Comments (3)', 'Write a comment', 'The leaky bucket picture finally made highWaterMark click for me. Looking forward to part 3!',
    '2', 'Reply', 'View all comments', 'More articles', ...hMore, '5 min read', '©2027 Ines builds things', 'Archive', 'Privacy policy', 'Terms',
    'Powered by Hashnode - Build your developer hub.', 'Start your blog', 'Create docs',
  ],
});

/** Docusaurus code block lines: each line a `token-line` span ending in `<br>`, as Prism renders them. */
const dLines = (lines: readonly string[]): string =>
  lines.map((l) => `<span class="token-line" style="color:#393A34"><span class="token plain">${l === '' ? ' ' : l}</span><br></span>`).join('');
const dCodeBlock = (lang: string, lines: readonly string[], title = ''): string =>
  `<div class="language-${lang} codeBlockContainer_Ckt0 theme-code-block" style="--prism-color:#393A34;--prism-background-color:#f6f8fa">${
    title === '' ? '' : `<div class="codeBlockTitle_Ktv7">${title}</div>`
  }<div class="codeBlockContent_biex"><pre tabindex="0" class="prism-code language-${lang} codeBlock_bY9V thin-scrollbar"
style="color:#393A34;background-color:#f6f8fa"><code class="codeBlockLines_e6Vv">${dLines(lines)}</code></pre><div class="buttonGroup__atx">
<button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn"><span class="copyButtonIcons_eSgA" aria-hidden="true">
<svg viewBox="0 0 24 24" class="copyButtonIcon_y97N"><path fill="currentColor" d="M19,21H8V7H19M19,5H8A2,2 0 0,0 6,7V21"></path></svg></span>
</button></div></div></div>`;
const dAdmon = (type: string, alert: string, title: string, body: string): string =>
  `<div class="theme-admonition theme-admonition-${type} admonition_xJq3 alert alert--${alert}"><div class="admonitionHeading_Gvgb">
<span class="admonitionIcon_Rf37"><svg viewBox="0 0 14 16"><path fill-rule="evenodd" d="M6.3 5.69a.942.942 0 0 1-.28-.7c0-.28.09-.52.28-.7"></path>
</svg></span>${title}</div><div class="admonitionContent_BuS1"><p>${body}</p></div></div>`;
const cTitle = 'Configuring environments';
const cHeads = ['Defining environments', 'How variables are resolved', 'Requiring approval'];
const cIntro = [
  j(
    'An environment is a named set of targets, variables and approval rules that a deployment runs against. Most projects have at',
    'least two: <code>staging</code> and <code>production</code>. This page shows how to define environments in',
    '<code>tidewater.config.ts</code>, how variables are resolved, and how to protect production with approvals.',
  ),
  'The environments API needs <code>@tidewater/cli</code> 3.2 or later. Check your version and upgrade if needed:',
];
const cInstall = ['npm install --save-dev @tidewater/cli@^3.2', 'yarn add --dev @tidewater/cli@^3.2', 'pnpm add -D @tidewater/cli@^3.2'];
const cDefine = j(
  'Environments are declared in the <code>environments</code> field of your configuration file. Each key is the environment’s',
  'name, which you pass to <code>tidewater deploy</code> with the <code>--env</code> flag.',
);
const cConfig = [
  "import { defineConfig } from '@tidewater/cli';",
  '',
  'export default defineConfig({',
  "  app: 'orders-api',",
  '  environments: {',
  '    staging: {',
  "      target: 'k8s://eu-west-staging/orders',",
  "      vars: { LOG_LEVEL: 'debug' },",
  '    },',
  '    production: {',
  "      target: 'k8s://eu-west-prod/orders',",
  "      vars: { LOG_LEVEL: 'info' },",
  "      approval: { required: 2, from: ['@orders-leads'] },",
  '    },',
  '  },',
  '});',
];
const cTip = j(
  'Run <code>tidewater env list</code> to print every environment with its resolved target. It is a quick way to check a',
  'configuration change before you deploy.',
);
const cVars = 'When a deployment starts, Tidewater builds the final set of variables from four sources. Later sources override earlier ones:';
const cVarList = [
  'The top-level <code>vars</code> field, shared by every environment',
  'The environment’s own <code>vars</code> field',
  'A <code>.env.&lt;name&gt;</code> file next to the configuration file, if one exists',
  'Variables passed on the command line with <code>--var KEY=value</code>',
];
const cRows = [
  ['Source', 'Committed to git', 'Good for'],
  ['Top-level <code>vars</code>', 'Yes', 'Defaults shared by all environments'],
  ['Environment <code>vars</code>', 'Yes', 'Per-environment settings such as log levels'],
  ['<code>.env.&lt;name&gt;</code> file', 'No', 'Local overrides during development'],
  ['<code>--var</code> flag', 'No', 'One-off changes in CI'],
];
const cWarnTitle = 'Secrets are not variables';
const cWarn = j(
  'Do not put passwords or API keys in <code>vars</code>. Values in the configuration file are printed in deployment logs. Use',
  '<code>tidewater secrets set</code> instead, as described in <a href="/docs/guides/secrets">Managing secrets</a>.',
);
const cApproval = [
  j(
    'The <code>approval</code> field makes a deployment wait until enough people have approved it in the Tidewater dashboard or',
    'with <code>tidewater approve</code>. In the example above, production deployments need two approvals from members of the',
    '<code>@orders-leads</code> team.',
  ),
  j(
    "Approvals expire after 24 hours by default. Set <code>approval.expiresAfter</code> to a duration such as <code>'2h'</code>",
    "or <code>'3d'</code> to change this. A deployment that is not approved in time is cancelled and has to be started again.",
  ),
];
const cNote = j(
  'Approvals are checked when the deployment starts, not when it finishes. Removing someone from the team does not cancel a',
  'deployment they have already approved.',
);
const cSide = ['Introduction', 'Installation', 'Deploying your first app', 'Managing secrets', 'Rollbacks', 'Monorepos'];
const cSide2 = ['CLI reference', 'API reference', 'Troubleshooting'];
const cFootCols: [string, string[]][] = [
  ['Docs', ['Getting started', 'CLI reference', 'API reference']],
  ['Community', ['Discussions', 'Discord', 'Mastodon']],
  ['More', ['Blog', 'Changelog', 'GitHub']],
];
const cH2 = (h: string): string => {
  const id = h.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `<h2 class="anchor anchorWithStickyNavbar_LWe7" id="${id}">${h}<a href="#${id}" class="hash-link" aria-label="Direct link to ${h}"
title="Direct link to ${h}">\u200b</a></h2>`;
};
const cHtml = `<!doctype html>
<html lang="en" dir="ltr" class="docs-wrapper plugin-docs plugin-id-default docs-version-3.2 docs-doc-page docs-doc-id-guides/environments"
data-has-hydrated="false"><head><meta charset="UTF-8"><meta name="generator" content="Docusaurus v3.4.0">
<title data-rh="true">Configuring environments | Tidewater</title><meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1">
<meta data-rh="true" name="twitter:card" content="summary_large_image"><meta data-rh="true" property="og:title" content="Configuring environments | Tidewater">
<meta data-rh="true" name="docusaurus_version" content="3.2"><meta data-rh="true" name="docsearch:version" content="3.2">
<meta data-rh="true" name="description" content="An environment is a named set of targets, variables and approval rules.">
<link data-rh="true" rel="canonical" href="https://tidewater.dev/docs/guides/environments">
<link rel="search" type="application/opensearchdescription+xml" title="Tidewater" href="/opensearch.xml">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem",
"position":1,"name":"Guides","item":"https://tidewater.dev/docs/category/guides"},{"@type":"ListItem","position":2,"name":"Configuring environments"}]}</script>
<link rel="stylesheet" href="/assets/css/styles.8e3f1c2a.css"><script src="/assets/js/runtime~main.4b2d91ac.js" defer="defer"></script>
<script src="/assets/js/main.f0c7e215.js" defer="defer"></script></head>
<body class="navigation-with-keyboard"><script>!function(){var t=localStorage.getItem("theme");document.documentElement.setAttribute("data-theme",
t||"light")}()</script><div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn"
href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>
<div class="theme-announcement-bar announcementBar_mb4j" role="banner"><div class="announcementBarPlaceholder_vyr4"></div>
<div class="content_knG7 announcementBarContent_xLdY">⭐️ If you like Tidewater, give it a star on <a target="_blank" rel="noopener noreferrer"
href="https://github.com/tidewater-dev/tidewater">GitHub</a>! ⭐️</div><button type="button" aria-label="Close"
class="clean-btn close closeButton_CVFx announcementBarClose_gvF7"><svg viewBox="0 0 15 15" width="14" height="14"><g stroke="currentColor"
stroke-width="3.1"><path d="M.75.75l13.5 13.5M14.25.75L.75 14.25"></path></g></svg></button></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items">
<button aria-label="Toggle navigation bar" aria-expanded="false" class="navbar__toggle clean-btn" type="button"><svg width="30" height="30"
viewBox="0 0 30 30" aria-hidden="true"><path stroke="currentColor" d="M4 7h22M4 15h22M4 23h22"></path></svg></button>
<a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="Tidewater logo" class="themedComponent_mlkZ
themedComponent--light_NVdE"></div><b class="navbar__title text--truncate">Tidewater</b></a>
<a aria-current="page" class="navbar__item navbar__link navbar__link--active" href="/docs/intro">Docs</a>
<a class="navbar__item navbar__link" href="/docs/api">API</a><a class="navbar__item navbar__link" href="/blog">Blog</a></div>
<div class="navbar__items navbar__items--right"><div class="navbar__item dropdown dropdown--hoverable dropdown--right">
<a href="#" aria-haspopup="true" aria-expanded="false" role="button" class="navbar__link">3.2</a><ul class="dropdown__menu">
<li><a class="dropdown__link" href="/docs/next/guides/environments">Next 🚧</a></li><li><a aria-current="page"
class="dropdown__link dropdown__link--active" href="/docs/guides/environments">3.2</a></li>
<li><a class="dropdown__link" href="/docs/3.1/guides/environments">3.1</a></li><li><a class="dropdown__link" href="/docs/2.x/intro">2.x</a></li></ul></div>
<a href="https://github.com/tidewater-dev/tidewater" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link header-github-link"
aria-label="GitHub repository"></a><div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn toggleButton_gllP" type="button"
title="Switch between dark and light mode (currently light mode)" aria-label="Switch between dark and light mode (currently light mode)"
aria-live="polite"><svg viewBox="0 0 24 24" width="24" height="24" class="lightToggleIcon_pyhR"><path fill="currentColor" d="M12,9c1.65,0,3,1.35"></path>
</svg></button></div><div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="Search (Command+K)">
<span class="DocSearch-Button-Container"><svg width="20" height="20" class="DocSearch-Search-Icon" viewBox="0 0 20 20" aria-hidden="true"></svg>
<span class="DocSearch-Button-Placeholder">Search</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key">⌘</kbd>
<kbd class="DocSearch-Button-Key">K</kbd></span></button></div></div></div><div role="presentation" class="navbar-sidebar__backdrop"></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="docsWrapper_hBAB">
<button aria-label="Scroll back to top" class="clean-btn theme-back-to-top-button backToTopButton_sjWU" type="button"></button>
<div class="docRoot_UBD9"><aside class="theme-doc-sidebar-container docSidebarContainer_YfHR"><div class="sidebarViewport_aRkj"><div class="sidebar_njMd">
<nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_SIkG"><ul class="theme-doc-sidebar-menu menu__list">
${links(cSide.slice(0, 2), 'theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item')}
<li class="theme-doc-sidebar-item-category theme-doc-sidebar-item-category-level-1 menu__list-item"><div class="menu__list-item-collapsible">
<a class="menu__link menu__link--sublist menu__link--sublist-caret menu__link--active" aria-expanded="true" href="/docs/category/guides">Guides</a></div>
<ul style="display:block;overflow:visible;height:auto" class="menu__list">
${links(cSide.slice(2, 3), 'theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-2 menu__list-item')}
<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-2 menu__list-item"><a class="menu__link menu__link--active" aria-current="page"
tabindex="0" href="/docs/guides/environments">${cTitle}</a></li>
${links(cSide.slice(3), 'theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-2 menu__list-item')}</ul></li>
${links(cSide2, 'theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item')}</ul></nav>
<button type="button" title="Collapse sidebar" aria-label="Collapse sidebar" class="button button--secondary button--outline collapseSidebarButton_PEFL">
<svg width="20" height="20" aria-hidden="true" class="collapseSidebarButtonIcon_kv0_"></svg></button></div></div></aside>
<main class="docMainContainer_TBSr"><div class="container padding-top--md padding-bottom--lg"><div class="row"><div class="col docItemCol_VOVn">
<div class="docItemContainer_Djhp"><article><nav class="theme-doc-breadcrumbs breadcrumbsContainer_Z_bl" aria-label="Breadcrumbs">
<ul class="breadcrumbs" itemscope="" itemtype="https://schema.org/BreadcrumbList"><li class="breadcrumbs__item"><a aria-label="Home page"
class="breadcrumbs__link" href="/"><svg viewBox="0 0 24 24" class="breadcrumbHomeIcon_YNFT"><path d="M10 19v-5h4v5c0 .55.45 1 1 1h3"
fill="currentColor"></path></svg></a></li><li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item">
<a class="breadcrumbs__link" itemprop="item" href="/docs/category/guides"><span itemprop="name">Guides</span></a><meta itemprop="position" content="1"></li>
<li itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem" class="breadcrumbs__item breadcrumbs__item--active">
<span class="breadcrumbs__link" itemprop="name">${cTitle}</span><meta itemprop="position" content="2"></li></ul></nav>
<span class="theme-doc-version-badge badge badge--secondary">Version: 3.2</span>
<div class="tocCollapsible_ETCw theme-doc-toc-mobile tocMobile_ITEo"><button type="button"
class="clean-btn tocCollapsibleButton_TO0P">On this page</button></div>
<div class="theme-doc-markdown markdown"><header><h1>${cTitle}</h1></header>
${ps(cIntro)}
<div class="tabs-container tabList__CuJ"><ul role="tablist" aria-orientation="horizontal" class="tabs"><li role="tab" tabindex="0" aria-selected="true"
class="tabs__item tabItem_LNqP tabs__item--active">npm</li><li role="tab" tabindex="-1" aria-selected="false" class="tabs__item tabItem_LNqP">Yarn</li>
<li role="tab" tabindex="-1" aria-selected="false" class="tabs__item tabItem_LNqP">pnpm</li></ul><div class="margin-top--md">
<div role="tabpanel" class="tabItem_Ymn6">${dCodeBlock('bash', [at(cInstall, 0)])}</div>
<div role="tabpanel" class="tabItem_Ymn6" hidden="">${dCodeBlock('bash', [at(cInstall, 1)])}</div>
<div role="tabpanel" class="tabItem_Ymn6" hidden="">${dCodeBlock('bash', [at(cInstall, 2)])}</div></div></div>
${cH2(at(cHeads, 0))}
<p>${cDefine}</p>
${dCodeBlock('ts', cConfig, 'tidewater.config.ts')}
${dAdmon('tip', 'success', 'tip', cTip)}
${cH2(at(cHeads, 1))}
<p>${cVars}</p>
<ol>${lis(cVarList)}</ol>
<table><thead><tr>${cRows[0]?.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${cRows
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table>
${dAdmon('warning', 'warning', cWarnTitle, cWarn)}
${cH2(at(cHeads, 2))}
${ps(cApproval)}
${dAdmon('note', 'secondary', 'note', cNote)}
</div>
<footer class="theme-doc-footer docusaurus-mt-lg"><div class="row margin-top--sm theme-doc-footer-edit-meta-row"><div class="col">
<a href="https://github.com/tidewater-dev/tidewater/edit/main/website/docs/guides/environments.md" target="_blank" rel="noopener noreferrer"
class="theme-edit-this-page"><svg fill="currentColor" height="20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"><g>
<path d="m34.5 11.7l-3 3.1-6.3-6.3 3.1-3q0.5-0.5 1.2-0.5t1.1 0.5l3.9 3.9q0.5 0.4 0.5 1.1t-0.5 1.2z"></path></g></svg>Edit this page</a></div>
<div class="col lastUpdated_JAkA"><span class="theme-last-updated">Last updated<!-- --> on <b><time datetime="2027-02-26T14:03:11.000Z"
itemprop="dateModified">Feb 26, 2027</time></b> by <b>Priya Raman</b></span></div></div></footer></article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Docs pages"><a class="pagination-nav__link pagination-nav__link--prev"
href="/docs/guides/deploying"><div class="pagination-nav__sublabel">Previous</div><div class="pagination-nav__label">Deploying your first app</div></a>
<a class="pagination-nav__link pagination-nav__link--next" href="/docs/guides/secrets"><div class="pagination-nav__sublabel">Next</div>
<div class="pagination-nav__label">Managing secrets</div></a></nav></div></div>
<div class="col col--3"><div class="tableOfContents_bqdL thin-scrollbar theme-doc-toc-desktop"><ul class="table-of-contents table-of-contents__left-border">
${cHeads.map((h) => `<li><a href="#${h.toLowerCase().replace(/[^a-z0-9]+/g, '-')}" class="table-of-contents__link toc-highlight">${h}</a></li>`).join('\n')}
</ul></div></div></div></div></main></div></div></div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="row footer__links">${cFootCols
  .map(
    ([t, items]) => `<div class="col footer__col"><div class="footer__title">${t}</div><ul class="footer__items clean-list">
${links(items, 'footer__item')}</ul></div>`,
  )
  .join('\n')}</div>
<div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2027 Tidewater Labs, Inc. Built with Docusaurus.</div></div></div>
</footer></div></body></html>`;
const docusaurus: TestPage = gold({
  name: 'heldout702-docusaurus-environments',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cHeads,
  // biome-ignore format: the body texts follow the page's order
  body: texts([...cIntro, at(cInstall, 0), cDefine, 'tidewater.config.ts', cConfig.join('\n'), 'tip', cTip, cVars, ...cVarList,
    ...cRows.map((r) => r.join(' ')), cWarnTitle, cWarn, ...cApproval, 'note', cNote]),
  bylines: ['Last updated on Feb 26, 2027 by Priya Raman'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', '⭐️ If you like Tidewater, give it a star on GitHub! ⭐️', 'Tidewater', 'Docs', 'API', 'Blog', '3.2', 'Next 🚧', '3.1', '2.x',
    'Search', '⌘', 'K', ...cSide, 'Guides', ...cSide2, 'Version: 3.2', 'On this page', 'npm', 'Yarn', 'pnpm', 'Edit this page', 'Previous', 'Next',
    'Deploying your first app', 'Managing secrets', ...cFootCols.flatMap(([t, items]) => [t, ...items]),
    'Copyright © 2027 Tidewater Labs, Inc. Built with Docusaurus.',
  ],
});

export const HELDOUT702_C: readonly TestPage[] = [hashnode, docusaurus];
