import { links, type TestPage, texts } from './page-kit.js';
import { mdbookChapter } from './pages-heldout99-e2.js';

/**
 * Held-out batch 99, file e: an npm package page (npmjs.com) for an invented package (the header's "❤" tagline and
 * product links, the "skip to:" links, the search form with "Sign Up" / "Sign In", the package h1 with its version /
 * "Public" / "Published" line, the tab list with counts, the README rendered inside an article with badges and its own h1,
 * the "Keywords" list under it, the sidebar with "Install", "Repository", "Homepage", "Weekly Downloads", version, license,
 * size, files, issues, pull requests, "Last publish", collaborators and "Report malware", and the footer) and, from file
 * e2, an mdBook chapter page.
 */
const npTitle = 'quayline';
const npIntro = [
  'A small, persistent job queue for Node.js, backed by SQLite. No Redis, no broker, no separate worker process: jobs are rows in a file ' +
    'next to your app, and they survive restarts.',
  'quayline is built for the many services that need a few hundred background jobs a minute and would rather not run extra infrastructure ' +
    'to get them. If you need thousands of jobs a second across many machines, use a real broker instead.',
];
const npH1 = 'Installation';
const npP1 = [
  'quayline needs Node.js 20 or later. It uses the built-in <code>node:sqlite</code> module when available and falls back to ' +
    '<code>better-sqlite3</code>, which is an optional peer dependency.',
];
const npH2 = 'Usage';
const npP2 = [
  'Create a queue, register a handler for each job name, and start processing. Adding a job returns as soon as the row is written, so it is ' +
    'safe to call inside a request handler.',
  'Handlers are ordinary async functions. If a handler throws, the job is retried later; if it resolves, the job is marked as done and ' +
    'removed after the retention period.',
];
const npH3 = 'Options';
const npOpts = [
  '<code>file</code> – path of the SQLite database. Created if it does not exist. Default: <code>./quayline.db</code>.',
  '<code>concurrency</code> – how many jobs run at the same time in this process. Default: <code>4</code>.',
  '<code>retention</code> – how long finished jobs are kept, in milliseconds, before being deleted. Default: one day.',
  '<code>pollInterval</code> – how often an idle queue checks for new jobs, in milliseconds. Default: <code>500</code>.',
];
const npH4 = 'Retries and backoff';
const npP4 = [
  'Failed jobs are retried up to <code>attempts</code> times, five by default, with an exponential delay that starts at one second and ' +
    'doubles each time. You can set both per job when you add it.',
  'After the last attempt the job moves to the <code>failed</code> state and stays there until you delete it or call ' +
    '<code>queue.retry(id)</code>. Nothing is ever dropped silently.',
];
const npH5 = 'Why another queue?';
const npP5 = [
  'I wrote quayline for a ticketing service that ran on a single small server and sent confirmation emails in the background. An ' +
    'in-memory queue lost emails on every deploy, and a Redis-backed queue doubled the number of things that could go wrong at 3 a.m. A ' +
    'table in a file turned out to be enough.',
];
const npHeaderNav = ['Pro', 'Teams', 'Pricing', 'Documentation'];
const npSkip = ['skip to:', 'content', 'package search', 'sign in'];
const npTabs = ['Readme', 'Code Beta', '3 Dependencies', '41 Dependents', '27 Versions'];
const npKeywords = ['queue', 'job', 'sqlite', 'background', 'worker'];
const npSide: [string, string][] = [
  ['Version', '2.3.1'],
  ['Unpacked Size', '61.3 kB'],
  ['Total Files', '19'],
  ['Issues', '7'],
  ['Pull Requests', '2'],
];
const npFoot: [string, string[]][] = [
  ['Support', ['Help', 'Advisories', 'Status', 'Contact npm']],
  ['Company', ['About', 'Blog', 'Press']],
  ['Terms & Policies', ['Policies', 'Terms of Use', 'Code of Conduct', 'Privacy']],
];
const npPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const npH = (t: string): string => {
  const id = t
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/-$/, '');
  return `<h2 id="user-content-${id}"><a class="anchor" aria-hidden="true" href="#${id}"></a>${t}</h2>`;
};
const npSideBlock = ([h, v]: [string, string]): string =>
  `<div class="_702d723c dib w-50 bb b--black-10 pr2"><h3 class="c84e15be f5 mt2 pt2 mb0">${h}</h3><p
class="f2874b88 fw6 mb3 mt2 truncate black-80 f4">${v}</p></div>`;
const npHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>quayline - npm</title>
<meta name="description" content="A small, persistent job queue for Node.js, backed by SQLite. Latest version: 2.3.1, last published: 3 months ago."/>
<meta property="og:title" content="quayline"/><meta property="og:description" content="A small, persistent job queue for Node.js, backed by SQLite."/>
<meta property="og:image" content="https://static-production.npmjs.example/338e4905a2684ca96e08c7780fc68412.png"/><meta name="twitter:card" content="summary"/>
<link rel="canonical" href="https://www.npmjs.com/package/quayline"/>
<link rel="stylesheet" href="https://static-production.npmjs.example/styles.3a9f1c2b.css"/>
<script integrity="sha512-abc" src="https://static-production.npmjs.example/commons.5b8c0e4d.js" defer></script>
</head><body><div id="app"><div class="flex flex-column vh-100">
<a href="#main" class="bg-white black-80 ph3 pv2 absolute f6 skip-link">skip to:<span class="fw6">content</span></a>
<a href="#search" class="bg-white black-80 ph3 pv2 absolute f6 skip-link">package search</a>
<a href="#signin" class="bg-white black-80 ph3 pv2 absolute f6 skip-link">sign in</a>
<header class="bg-white"><div class="_6cb9b5fb flex items-center"><span class="_5a7c1a29 f6 mr2">❤</span>
<span class="_62b1d1cd f6 black-80">Nifty Parsing Marmoset</span><ul class="_44c6b8a6 list ma0 pa0 ml-auto flex">
${links(npHeaderNav, '_7e6c8f1d f6 dib mh2')}
</ul></div>
<div class="_2ba4b3bd flex items-center pv2 ph3"><a href="/" aria-label="Npm"><svg viewBox="0 0 780 250" aria-hidden="true" class="_3a9e1b2c"></svg></a>
<form id="search" method="GET" action="/search" class="_13c93d41 relative flex bg-transparent ph3 ph2 pv2 ph0-ns pv0-ns bt b--black-10 bn-ns"
role="search"><label for="search-input" class="sr-only">Search packages</label><input type="search" id="search-input" name="q"
placeholder="Search packages" aria-label="Search packages" class="_390acbc5 f5 fw3 black relative" autocomplete="off"/>
<button type="submit" class="_0da775bb bn pv2 ph4 f6 white pointer bg-black sans-serif">Search</button></form>
<div class="_17c7e16d flex"><a href="/signup" class="_5e6f7a8b">Sign Up</a><a id="signin" href="/login" class="_9a0b1c2d">Sign In</a></div></div></header>
<main id="main"><div class="_4f2a6b1e pt3 pb4 ph3 mw9 center"><div id="top" class="_2de3ab20"><h1 class="_50685029 f2 fw6 black-80 mt2 mb0">
<span class="_50685029 truncate" title="quayline">${npTitle}</span></h1>
<span class="_76473bea f6 dib ph0 pv2 mb2-ns black-80 nowrap f5 fw4 lh-copy">2.3.1<!-- --> • </span><span class="_76473bea f6 dib pv2">Public</span>
<span class="_76473bea f6 dib ph0 pv2 mb2-ns black-80 nowrap f5 fw4 lh-copy"> • <!-- -->Published <time datetime="2025-07-22T09:14:31.000Z"
title="7/22/2025, 9:14:31 AM">3 months ago</time></span></div>
<ul class="_1aea3d52 list pl0 flex" role="tablist">${npTabs
  .map(
    (t, i) => `<li class="_8055e658 f5 tc pointer${i === 0 ? ' _7cec0316' : ''}"><a href="?activeTab=${i}" aria-selected="${i === 0}" role="tab"
class="_82983aa6 db pv3 black-70"><span>${t.replace(' Beta', '')}${t.endsWith('Beta') ? ' <span class="_3a8c1f0e">Beta</span>' : ''}</span></a></li>`,
  )
  .join('')}</ul>
<div class="_6d9832ac flex-l"><section class="_0fb5e0b2 w-two-thirds-l" id="tabpanel-readme" role="tabpanel" aria-hidden="false"><article>
<div class="markdown" id="readme">
<h1 id="user-content-quayline"><a class="anchor" aria-hidden="true" href="#quayline"></a>${npTitle}</h1>
<p><a href="https://github.com/orla-mccrea/quayline/actions" rel="nofollow"><img src="https://camo.githubusercontent.example/ci.svg" alt="CI"></a>
<a href="https://www.npmjs.com/package/quayline" rel="nofollow"><img src="https://camo.githubusercontent.example/npm.svg" alt="npm version"></a></p>
${npPs(npIntro)}
${npH(npH1)}
<pre><code>npm install quayline</code></pre>
${npPs(npP1)}
${npH(npH2)}
${npPs(npP2.slice(0, 1))}
<div class="highlight highlight-source-js"><pre class="notranslate"><span class="pl-k">import</span> <span class="pl-kos">{</span> <span
class="pl-v">Queue</span> <span
class="pl-kos">}</span> <span class="pl-k">from</span> <span class="pl-s">'quayline'</span><span class="pl-kos">;</span>

<span class="pl-k">const</span> <span class="pl-s1">queue</span> <span class="pl-c1">=</span> <span class="pl-k">new</span> <span class="pl-v">Queue</span><span
class="pl-kos">(</span><span class="pl-kos">{</span> <span class="pl-c1">file</span>: <span class="pl-s">'./jobs.db'</span> <span class="pl-kos">}</span><span
class="pl-kos">)</span><span class="pl-kos">;</span>
<span class="pl-s1">queue</span><span class="pl-kos">.</span><span class="pl-en">handle</span><span class="pl-kos">(</span><span
class="pl-s">'send-email'</span><span
class="pl-kos">,</span> <span class="pl-k">async</span> <span class="pl-kos">(</span><span class="pl-s1">job</span><span class="pl-kos">)</span> <span
class="pl-c1">=&gt;</span> <span class="pl-en">sendEmail</span><span class="pl-kos">(</span><span class="pl-s1">job</span><span class="pl-kos">.</span><span
class="pl-c1">data</span><span class="pl-kos">)</span><span class="pl-kos">)</span><span class="pl-kos">;</span>
<span class="pl-k">await</span> <span class="pl-s1">queue</span><span class="pl-kos">.</span><span class="pl-en">start</span><span class="pl-kos">(</span><span
class="pl-kos">)</span><span class="pl-kos">;</span></pre></div>
${npPs(npP2.slice(1))}
${npH(npH3)}
<ul>
${npOpts.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${npH(npH4)}
${npPs(npP4)}
${npH(npH5)}
${npPs(npP5)}
</div></article>
<div class="_0d2164ff mt4"><h2 id="user-content-keywords" class="c84e15be f5 mt2 pt2 mb0">Keywords</h2><ul class="list pl0">
${npKeywords.map((k) => `<li class="dib mr2"><a href="/search?q=keywords:${k}" class="_75a5c39c">${k}</a></li>`).join('')}</ul></div>
</section>
<aside class="_2b1c3e2a w-third-l pl4-l" aria-label="Package sidebar"><h3 class="c84e15be f5 mt2 pt2 mb0">Install</h3>
<p class="d767adf4 lh-copy truncate ph0 mb3 black-80 b5be2af6 f6 flex flex-row"><svg viewBox="0 0 12.32 9.33" aria-hidden="true"></svg><code
class="flex-auto truncate db" title="Copy Command to Clipboard"><span role="button" tabindex="0">npm i quayline</span></code></p>
<h3 class="c84e15be f5 mt2 pt2 mb0">Repository</h3><p class="_40aff104 fw6 mb3 mt2 truncate black-80 f4"><a class="b2812e30 f2874b88 fw6 mb3 mt2
truncate black-80 f4 link" href="https://github.com/orla-mccrea/quayline"><span>github.com/orla-mccrea/quayline</span></a></p>
<h3 class="c84e15be f5 mt2 pt2 mb0">Homepage</h3><p class="_40aff104 fw6 mb3 mt2 truncate black-80 f4"><a class="b2812e30 f2874b88 link"
href="https://github.com/orla-mccrea/quayline#readme"><span>github.com/orla-mccrea/quayline#readme</span></a></p>
<div class="_702d723c dib w-50 bb b--black-10 pr2 w-100"><h3 class="c84e15be f5 mt2 pt2 mb0">Weekly Downloads</h3><div class="_000ae427 flex
flex-row-reverse items-end"><svg class="_418c4939 ml3" viewBox="0 0 200 40" aria-hidden="true"></svg><p class="_9ba9a726 f4 tl flex-auto fw6
black-80 ma0 pr2 pb1">18,402</p></div></div>
${npSide.map(npSideBlock).join('\n')}
<div class="_702d723c dib w-50 bb b--black-10 pr2"><h3 class="c84e15be f5 mt2 pt2 mb0">Last publish</h3><p class="f2874b88 fw6 mb3 mt2 truncate black-80 f4">
<time datetime="2025-07-22T09:14:31.000Z" title="7/22/2025, 9:14:31 AM">3 months ago</time></p></div>
<div class="w-100 bb b--black-10"><h3 class="c84e15be f5 mt2 pt2 mb0">Collaborators</h3><ul class="list pl0 cf"><li class="dib mr2"><a
href="/~orla-mccrea"><img src="/npm-avatar/eyJhdmF0YXJVUkwiOiJodHRwcyJ9" title="orla-mccrea" alt="orla-mccrea" class="br2" width="50" height="50"></a>
</li></ul></div>
<div class="pv4"><a href="/support?inquire=security&amp;security-inquire=malware&amp;package=quayline&amp;version=2.3.1"
class="link b--black-10 br2 black-70 dib f6 ph3 pv2 tc fw6 _5cfd1d55">Report malware</a></div></aside></div></div></main>
<footer class="_2c1e1c8b bt b--black-10 mt4 pv4 ph3"><div class="mw9 center flex flex-wrap"><div class="_8a0b5e2f"><a href="https://github.com/npm"
aria-label="GitHub"><svg aria-hidden="true"></svg></a></div>
${npFoot.map(([h, items]) => `<div class="_2ff4bfb4 w-25-ns"><h3 class="f5 fw6">${h}</h3><ul class="list pl0">\n${links(items)}\n</ul></div>`).join('\n')}
</div></footer></div></div>
<script>window.__context__ = {"context":{"packageVersion":{"name":"quayline","version":"2.3.1"},"downloads":[{"downloads":18402}]}}</script>
</body></html>`;
const npmPackage: TestPage = {
  html: npHtml,
  name: 'heldout99-npm-package-readme',
  kind: 'docs',
  // the README is the article and its h1 (the package name, also the page h1) is the title; badge images carry no text;
  // the "Published" line is a byline; the sidebar labels and values, tabs, keywords and footer are furniture; the
  // repeated "3 months ago" of "Last publish" is inside the byline and not listed again
  title: npTitle,
  headings: [npH1, npH2, npH3, npH4, npH5],
  body: texts([...npIntro, ...npP1, ...npP2, ...npOpts, ...npP4, ...npP5]),
  bylines: ['Published 3 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    ...npSkip, '❤', 'Nifty Parsing Marmoset', ...npHeaderNav, 'Search packages', 'Search', 'Sign Up', 'Sign In', 'Public', 'Readme', 'Code',
    'Beta', '3 Dependencies', '41 Dependents', '27 Versions', 'Keywords', ...npKeywords, 'Install', 'npm i quayline', 'Repository',
    'github.com/orla-mccrea/quayline', 'Homepage', 'github.com/orla-mccrea/quayline#readme', 'Weekly Downloads', '18,402', ...npSide.flat(),
    'Last publish', 'Collaborators', 'Report malware', ...npFoot.flatMap(([h, items]) => [h, ...items]),
    ]),
  ],
};

export const HELDOUT99_E: readonly TestPage[] = [npmPackage, mdbookChapter];
