import { links, ps, type TestPage, texts } from './page-kit.js';
import { godotPage } from './pages-heldout162-b2.js';

/**
 * Held-out batch 162, file b: an npm package page on npmjs.com as saved signed out (the header with the random
 * expansion of "npm", Pro/Teams/Pricing/Documentation, package search, Sign Up and Sign In; the package header with
 * version, "Public" and "Published" time; the Readme/Code/Dependencies/Dependents/Versions tabs; the README whose own h1
 * repeats the package name; the keywords; the sidebar with install command, repository, homepage, weekly downloads,
 * version, licence, size, issues, last publish, collaborators, the analysis links and "Report malware"; the footer) and,
 * from file b2, a Godot Engine documentation page.
 */
const npTitle = 'tidy-pipe';
const npIntro = [
  'Compose small async transforms into a single Node.js stream, with backpressure and error handling that just work.',
  'Node has had <code>stream.pipeline()</code> for years, but wiring a chain of async functions into it still means writing ' +
    'a <code>Transform</code> class for every step. tidy-pipe lets you write each step as an ordinary function that takes one ' +
    'item and returns the next, and turns the chain into a stream for you.',
];
const npH1 = 'Install';
const npInstall = ['tidy-pipe needs Node.js 20 or later. It ships both ESM and CommonJS builds and its own type definitions.'];
const npH2 = 'Usage';
const npUsage = [
  'Each step receives one item and may return a value, a promise, or <code>undefined</code> to drop the item. The result of ' +
    '<code>pipe()</code> is a duplex stream, so it can sit anywhere in an existing pipeline:',
  'In this example every line of the log is parsed, lines without a status code are dropped, and the rest are written out ' +
    'as JSON. Nothing is read from the file faster than the output can accept it.',
];
const npH3 = 'Options';
const npOptsIntro = ['Pass an options object as the first argument to change how the chain runs:'];
const npOpts = [
  '<code>concurrency</code> (default <code>1</code>): how many items each step may process at the same time. Output order is ' +
    'kept unless <code>ordered</code> is false.',
  '<code>ordered</code> (default <code>true</code>): set to <code>false</code> to emit results as soon as they are ready.',
  '<code>signal</code>: an <code>AbortSignal</code> that destroys the stream when it fires.',
  '<code>onError</code>: a function called with the error and the item that caused it. Return <code>"skip"</code> to drop the ' +
    'item and carry on; anything else ends the stream with the error.',
];
const npH4 = 'Migrating from 1.x';
const npMigrate = [
  'Version 1.8 is the last minor release of the 1.x line. The <code>batch()</code> helper has moved to its own package, ' +
    '<code>tidy-pipe-batch</code>, and importing it from here prints a deprecation warning. Version 2.0 will drop support for ' +
    'Node.js 20.',
];
const npMigrate2 = [
  'If you relied on steps running one after another with shared state, keep <code>concurrency</code> at its default of 1. ' +
    'Raising it is safe only when each step is independent of the items before it.',
];
const npH5 = 'License';
const npLicense = ['MIT © Chidera Okoro'];
const npNav = ['Pro', 'Teams', 'Pricing', 'Documentation'];
const npTabs = ['Readme', 'Code Beta', '5 Dependencies', '412 Dependents', '27 Versions'];
const npKeywords = ['stream', 'pipeline', 'async', 'transform', 'backpressure'];
const npSide: [string, string][] = [
  ['Weekly Downloads', '38,214'],
  ['Version', '1.8.0'],
  ['License', 'MIT'],
  ['Unpacked Size', '64.3 kB'],
  ['Total Files', '19'],
  ['Issues', '7'],
  ['Pull Requests', '2'],
];
const npTools = ['Analyze security with Socket', 'Check bundle size', 'View package health', 'Explore dependencies'];
const npFoot = [
  ['Support', 'Help', 'Advisories', 'Status', 'Contact npm'],
  ['Company', 'About', 'Blog', 'Press'],
  ['Terms & Policies', 'Policies', 'Terms of Use', 'Code of Conduct', 'Privacy'],
];
const h = (level: number, t: string): string =>
  `<div class="markdown-heading"><h${level} class="heading-element">${t}</h${level}><a id="user-content-${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}"
class="anchor" aria-label="Permalink: ${t}" href="#${t.toLowerCase().replace(/[^a-z0-9]+/g, '-')}"><span aria-hidden="true" class="octicon
octicon-link"></span></a></div>`;
const pre = (lang: string, t: string): string =>
  `<div class="highlight highlight-source-${lang} notranslate position-relative overflow-auto"><pre>${t}</pre></div>`;
const npHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,minimum-scale=1.0,initial-scale=1,user-scalable=yes">
<title>tidy-pipe - npm</title><meta name="description" content="${npIntro[0]} Latest version: 1.8.0, last published: 12 days ago. Start using tidy-pipe
in your project by running \`npm i tidy-pipe\`. There are 412 other projects in the npm registry using tidy-pipe.">
<link rel="canonical" href="https://www.npmjs.com/package/tidy-pipe"><meta property="og:image"
content="https://static-production.npmjs.com/338e4905a2684ca96e08c7780fc68412.png">
<meta property="og:title" content="tidy-pipe"><meta property="og:url" content="https://www.npmjs.com/package/tidy-pipe"><meta property="og:site_name"
content="npm">
<meta name="twitter:card" content="summary"><meta name="twitter:site" content="@npmjs"><meta name="twitter:title" content="npm: tidy-pipe">
<link rel="stylesheet" href="https://static-production.npmjs.com/styles.7e5d4a21.css"><link rel="search" title="npm"
type="application/opensearchdescription+xml" href="/osd.xml">
<script src="https://static-production.npmjs.com/commons.0f2c1f3b.js" defer></script></head>
<body><div id="app"><div class="_5e6b7d2f flex flex-column vh-100">
<a href="#main" class="_3c5ef8e9 bg-white black-80 pv2 ph3 br2 f5 fw5 absolute left--9999 ma2">skip to content</a>
<div class="_2e3c1f45 bg-white z-2"><header><div class="_50685029 bg-white"><span class="_1b8d9a0e absolute top-0 left-0 right-0"></span>
<div class="_3a1ef5b7 flex-l pl1-ns pt1 ph3 pb1 center-l mw-header"><span class="_c9a5c8f8 truncate f6 dn db-l flex-auto">Neatly Packaged Modules</span>
<ul class="_15c1bf47 list ma0 pa0 flex justify-end">${links(npNav, '_8a3e8f82 dib pv2 ph3')}</ul></div>
<div class="_181e3dba pv2 pv0-ns ph3 ph2-m ph4-l flex-l flex-row-l items-center"><div class="_7d5c6f13 pr3-l"><a href="/" aria-label="Npm"><svg
viewBox="0 0 780 250">
<path fill="#231F20" d="M240,250h100v-50h100V0H240V250z"></path></svg></a></div>
<form id="search" method="GET" action="/search" class="_13c93d41 relative flex bg-transparent ph3 ph2 pv2 ph0-ns pv0-ns bt b--black-10 bn-ns" role="search">
<div class="e82b10fd w-100"><input type="search" placeholder="Search packages" aria-label="Search packages" autocomplete="off" name="q" value=""></div>
<button type="submit" class="_0da775bb bn pv2 ph4 f6 white pointer bn">Search</button></form>
<div class="_14a5ba6c flex-auto flex items-center justify-end"><a href="/signup" class="_4c40a3e8 link b f5 ph3 pv2">Sign Up</a>
<a href="/login" class="_4c40a3e8 link b f5 ph3 pv2">Sign In</a></div></div></div></header></div>
<main id="main"><div class="_3d4f5e10 mw9 pb5 center-ns ph4-m ph3 pt3"><div id="top" class="_4fe1b66d w-100 ph0-l ph3 ph4-m">
<h1 class="_50685029 dib"><span class="_50685029 break-all pr2" title="tidy-pipe">${npTitle}</span></h1>
<span class="_76473bea f6 dib ph0 pv2 mb2-ns black-80 nowrap f5 fw4 lh-copy">1.8.0 • </span><span class="_76473bea f6 dib ph0 pv2 mb2-ns black-80 nowrap
f5 fw4 lh-copy">Public</span>
<span class="_76473bea f6 dib ph0 pv2 mb2-ns black-80 nowrap f5 fw4 lh-copy"> • Published <time datetime="2025-10-21T08:14:02.118Z" title="10/21/2025,
8:14:02 AM">12 days ago</time></span>
<ul class="_0897331b ul list pl0 flex-l flex-row justify-between" role="tablist" aria-owns="package-tab-readme package-tab-code package-tab-dependencies
package-tab-dependents package-tab-versions">
${npTabs
  .map(
    (t, i) => `<li class="_8055e658 f4 tc${i === 0 ? ' _1a1e5f4b' : ''}" role="presentation"><a
href="?activeTab=${['readme', 'code', 'dependencies', 'dependents', 'versions'][i]}" aria-selected="${i === 0}" role="tab" class="_0f6a4ba6 db pv3 ph2
link" id="package-tab-${i}"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
<div class="_6620a4fd mw8-l mw-100 w-100 w-two-thirds-l ph3-m pt2 pl0-ns pl2"><section class="e22ba268 ph4 pv2" id="tabpanel-readme"
aria-labelledby="package-tab-readme" role="tabpanel" data-attribute="">
<div class="_6d9832ac" id="readme">
${h(1, npTitle)}
<p><a href="https://github.com/chokoro/tidy-pipe/actions" rel="nofollow"><img src="https://camo.npmjs.example/ci.svg" alt="build" style="max-width:100%"></a>
<a href="https://www.npmjs.com/package/tidy-pipe" rel="nofollow"><img src="https://camo.npmjs.example/npm.svg" alt="npm" style="max-width:100%"></a></p>
${ps(npIntro)}
${h(2, npH1)}
${pre('shell', 'npm install tidy-pipe')}
${ps(npInstall)}
${h(2, npH2)}
${ps(npUsage.slice(0, 1))}
${pre(
  'js',
  `<span class="pl-k">import</span> { <span class="pl-s1">pipe</span> } <span class="pl-k">from</span> <span class="pl-s">'tidy-pipe'</span>;
<span class="pl-k">import</span> { <span class="pl-s1">pipeline</span> } <span class="pl-k">from</span> <span class="pl-s">'node:stream/promises'</span>;

<span class="pl-k">await</span> <span class="pl-en">pipeline</span>(
  <span class="pl-s1">fs</span>.<span class="pl-en">createReadStream</span>(<span class="pl-s">'access.log'</span>).<span
class="pl-en">compose</span>(<span class="pl-en">lines</span>()),
  <span class="pl-en">pipe</span>(<span class="pl-s1">parse</span>, (<span class="pl-s1">e</span>) =&gt; <span class="pl-s1">e</span>.<span
class="pl-c1">status</span> ? <span class="pl-s1">e</span> : <span class="pl-c1">undefined</span>, <span class="pl-c1">JSON</span>.<span
class="pl-c1">stringify</span>),
  <span class="pl-s1">process</span>.<span class="pl-c1">stdout</span>,
);`,
)}
${ps(npUsage.slice(1))}
${h(2, npH3)}
${ps(npOptsIntro)}
<ul>${npOpts.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h(2, npH4)}
${ps(npMigrate)}
${ps(npMigrate2)}
${h(2, npH5)}
${ps(npLicense)}
</div></section>
<div class="_702d723c dib w-50 bb b--black-10 pr2 w-100"><h3 class="c84e15be f5 mt2 pt2 mb0">Keywords</h3><ul class="list pl0">
${npKeywords
  .map(
    (k) => `<li class="dib mr2"><a class="_75a5c0e9 f5 fw5 black-70 no-underline"
href="/search?q=keywords:${k}">${k}</a></li>`,
  )
  .join('')}</ul></div></div>
<div class="fdbf4038 w-third-l mt3 w-100 ph3 ph4-m pv3 pv0-l debug" aria-label="Package sidebar">
<h3 class="c84e15be f5 mt2 pt2 mb0">Install</h3><p class="d767adf4 lh-copy truncate ph0 mb3 black-80 b5be2af6 f6 flex flex-row">
<svg viewBox="0 0 12.32 9.33" aria-hidden="true"></svg><code class="flex-auto truncate db" title="Copy Command to Clipboard"><span role="button"
tabindex="0">npm i tidy-pipe</span></code></p>
<h3 class="c84e15be f5 mt2 pt2 mb0">Repository</h3><p class="_40aff104 fw6 mb3 mt2 truncate black-80 f4 link"><a class="b2812e30 f2874b88 fw6 mb3 mt2
truncate black-80 f4 link"
href="https://github.com/chokoro/tidy-pipe" aria-labelledby="repository repository-link" target="_blank" rel="noopener noreferrer nofollow">
<span id="repository-link">github.com/chokoro/tidy-pipe</span></a></p>
<h3 class="c84e15be f5 mt2 pt2 mb0">Homepage</h3><p class="_40aff104 fw6 mb3 mt2 truncate black-80 f4 link"><a
href="https://github.com/chokoro/tidy-pipe#readme" rel="noopener noreferrer nofollow">
<span id="homePage-link">github.com/chokoro/tidy-pipe#readme</span></a></p>
${npSide
  .map(
    ([k, v]) => `<div class="_702d723c dib w-50 bb b--black-10 pr2"><h3 class="c84e15be f5 mt2 pt2 mb0">${k}</h3><p class="f2874b88 fw6 mb3 mt2
truncate black-80 f4">${v}</p></div>`,
  )
  .join('\n')}
<div class="_702d723c dib w-50 bb b--black-10 pr2 w-100"><h3 class="c84e15be f5 mt2 pt2 mb0">Last publish</h3><p class="f2874b88 fw6 mb3 mt2 truncate
black-80 f4">
<time datetime="2025-10-21T08:14:02.118Z" title="10/21/2025, 8:14:02 AM">12 days ago</time></p></div>
<div class="w-100 bb b--black-10"><h3 class="c84e15be f5 mt2 pt2 mb0">Collaborators</h3><ul class="list pl0 cf">
<li class="dib mr2"><a href="/~chokoro"><img src="/npm-avatar/eyJhdmF0YXJVUkwiOiJodHRwcyJ9" title="chokoro" alt="chokoro" class="br2" width="50"
height="50"></a></li>
<li class="dib mr2"><a href="/~pmaalouf"><img src="/npm-avatar/eyJhdmF0YXJVUkwiOiJodHRwcyJ8" title="pmaalouf" alt="pmaalouf" class="br2" width="50"
height="50"></a></li></ul></div>
<div class="_1b3c1f2a">${npTools
  .map(
    (t) => `<a class="_5f8d8a6c link fw6 f5 black-80 db pv2" href="#" target="_blank" rel="noopener noreferrer
nofollow">${t}</a>`,
  )
  .join('\n')}</div>
<div class="pt3"><a href="/support?inquire=security&amp;security-inquire=malware&amp;package=tidy-pipe&amp;version=1.8.0" class="_4c40a3e8 fw6 f5
black-80 link">
<svg aria-hidden="true" viewBox="0 0 16 16"></svg><span>Report</span> malware</a></div></div></div></main>
<footer class="_6b5e8a9b bt b--black-10 mt4"><div class="_2a7b9f6c ph3 ph4-m ph5-l pv4 flex-ns flex-wrap"><div class="w-50-ns w-100 mb4"><a href="/"><svg
aria-label="npm" viewBox="0 0 27 27"></svg></a></div>
${npFoot
  .map(
    ([t, ...items]) => `<div class="w-25-ns w-100"><h3 id="footer-${(t ?? '').toLowerCase().replace(/[^a-z]+/g, '-')}" class="f5 fw6
mb2">${(t ?? '').replace(/&/g, '&amp;')}</h3><ul class="list pl0">${links(items, 'pv1')}</ul></div>`,
  )
  .join('\n')}
</div></footer></div></div>
<script integrity="sha512-7w0e" src="https://static-production.npmjs.com/minicssextract.0c3a5f9a.js" crossorigin="anonymous" defer></script>
<script>window.__context__ = {"context":{"package":"tidy-pipe","packageVersion":{"version":"1.8.0"},"user":null}}</script></body></html>`;
const npmPage: TestPage = {
  html: npHtml,
  name: 'heldout162-npm-package',
  kind: 'docs',
  // the README is the article: its own h1 repeats the package name (the title), so it is not a heading; badges and code
  // are in neither list; the "Published" time is a byline; tabs, keywords, the sidebar and the footer are furniture
  title: npTitle,
  headings: [npH1, npH2, npH3, npH4, npH5],
  body: texts([...npIntro, ...npInstall, ...npUsage, ...npOptsIntro, ...npOpts, ...npMigrate, ...npMigrate2, ...npLicense]),
  bylines: ['Published 12 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'skip to content', 'Neatly Packaged Modules', ...npNav, 'Search', 'Sign Up', 'Sign In', '1.8.0 •', 'Public', ...npTabs,
    'Keywords', ...npKeywords, 'npm i tidy-pipe', 'Repository', 'github.com/chokoro/tidy-pipe', 'Homepage',
    'github.com/chokoro/tidy-pipe#readme', ...npSide.flat().filter((t) => t !== 'License'), 'Last publish', 'Collaborators', ...npTools,
    'Report malware', ...npFoot.flat(),
  ],
};

export const HELDOUT162_B: readonly TestPage[] = [npmPage, godotPage];
