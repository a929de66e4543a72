import { links, ps, type TestPage, texts } from './page-kit.js';
import { pypi } from './pages-heldout394-a2.js';
import { j, lisHtml } from './pages-heldout394-kit.js';

/**
 * Held-out batch 394, file a: an npm package page (top banner, header with search and sign-in, the package header with version
 * and "Public • Published" line, the tab bar, the README in its article, the right sidebar with the install box, repository,
 * weekly downloads, version, licence, size, last publish and collaborators, the cookie banner and the footer) and, from file a2,
 * a PyPI project page.
 */
const nTitle = 'tidewrap';
const nIntro = [
  j(
    '<strong>tidewrap</strong> wraps long-running promises in a small, cancellable envelope so that a slow network call,',
    'a stuck file read or a forgotten timer can be stopped from the outside without leaking listeners.',
  ),
  j(
    'It has no dependencies, ships both ESM and CommonJS builds, and runs in Node.js 18 or later, Deno and every',
    'evergreen browser. The whole library is under two kilobytes once minified and compressed.',
  ),
];
const nWhy = [
  j(
    'Most code that needs a timeout reaches for <code>Promise.race</code> with a timer. That works until the losing promise keeps',
    'running: its sockets stay open, its callbacks still fire and the timer is never cleared. tidewrap keeps track of both sides',
    'and tidies up whichever one loses.',
  ),
];
const nFeatures = [
  'Deadlines in milliseconds or as an absolute <code>Date</code>',
  'Works with any <code>AbortSignal</code>, including ones you already pass to <code>fetch</code>',
  'Cleans up timers and listeners on every path, success or failure',
  'Typed errors: <code>TideTimeoutError</code> and <code>TideAbortError</code> are easy to tell apart',
];
const nUsage = [
  j(
    'Call <code>wrap(task, options)</code> with a function that receives a signal. The function is started at once and the',
    'returned promise settles with its result, or rejects when the deadline passes or the outer signal aborts.',
  ),
  j(
    'If your task ignores the signal, tidewrap still rejects on time, but it cannot stop the work itself. For the best results,',
    'pass the signal on to every API that accepts one.',
  ),
];
const nOpts = [
  j('<code>timeout</code>: the number of milliseconds to wait before rejecting. Defaults to no timeout.'),
  j('<code>deadline</code>: an absolute time after which the task is abandoned. If both are given, the earlier one wins.'),
  j('<code>signal</code>: an outer signal; aborting it aborts the task and rejects with <code>TideAbortError</code>.'),
  j('<code>onSettle</code>: a callback run once when the task settles, whichever way, useful for metrics.'),
];
const nCompat = [
  j(
    'The 3.0 release dropped support for Node.js 16 and moved the CommonJS build to <code>tidewrap/cjs</code>. If you still need',
    'the old layout, stay on the 2.x line, which receives security fixes until the end of the year.',
  ),
];
const nLicence = ['Free to use under the terms in the LICENSE file. Contributions are welcome; please read the contributing guide first.'];
const nNav = ['Pro', 'Teams', 'Pricing', 'Documentation'];
const nTabs = ['Readme', 'Code Beta', '0 Dependencies', '37 Dependents', '24 Versions'];
const nKeys = ['async', 'cancellation', 'abortcontroller', 'race-condition'];
const nFootSupport = ['Help', 'Advisories', 'Status', 'Contact npm'];
const nFootCompany = ['About', 'Blog', 'Press'];
const nFootTerms = ['Policies', 'Terms of Use', 'Code of Conduct', 'Privacy'];
const nCollab = ['marisol-teague', 'fenwick'];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>tidewrap - npm</title><meta name="viewport" content="width=device-width,minimum-scale=1.0,initial-scale=1,user-scalable=yes">
<meta name="description" content="Cancellable deadlines for promises. Latest version: 3.1.2, last published: 19 days ago.">
<meta property="og:title" content="tidewrap"><meta property="og:image" content="https://static-production.npmjs.example/338e4905a2684ca96e08c7780fc68412.png">
<meta name="twitter:card" content="summary"><link rel="canonical" href="https://www.npmjs.com/package/tidewrap">
<link rel="stylesheet" href="https://static-production.npmjs.example/styles.2f5a9e1c.css">
<script integrity="sha512-abc" src="https://static-production.npmjs.example/minicssextractbug.7a1e.js" defer></script>
</head><body><div id="app"><div class="flex flex-column vh-100"><div class="_6a6b2bc8">
<span class="_2a5a9c17 f6">🎉 npm now supports trusted publishing from your CI.</span> <a href="/blog/trusted">Learn more</a></div>
<header class="bt b--black-10 _9be0b1a5"><div class="bg-white"><div class="_0b1b0d4f flex-l pl0-l ph3"><span class="_3dd6d2c7 f6">Nimble Pelican Metrics</span>
<ul class="list ml0 pl0 flex" id="nav-menu">${links(nNav, 'dib ph2')}</ul></div>
<div class="_6d2c9e66 flex"><a href="/" aria-label="Npm"><svg viewBox="0 0 780 250"></svg></a>
<form id="search" method="GET" action="/search" class="_13c93d41 relative flex bg-transparent ph3 ph2 pv2"><input type="search" name="q"
placeholder="Search packages" aria-label="Search packages" class="_390acbc5 f5 fw3 black"><button type="submit" class="_0da775bb">Search</button></form>
<a href="/signup" class="_4a3e8a9d">Sign Up</a><a href="/login" class="_4a3e8a9d">Sign In</a></div></div></header>
<main id="main"><div id="top" class="_4bbf1c8c"><div class="w-100 ph0-l ph3 ph4-m">
<h1 class="_50685029 break-word"><span class="_50685029 truncate">${nTitle}</span></h1>
<span class="_76473bea f6 dib ph0 pv2 mb2-ns black-80 nowrap f5 fw4 lh-copy">3.1.2&nbsp;•&nbsp;<span>Public</span>&nbsp;•&nbsp;<span>Published
<time datetime="2026-11-17T09:41:08.000Z" title="11/17/2026, 9:41:08 AM">19 days ago</time></span></span></div>
<ul class="_8055e658 list pl0 w-100 mv0 flex flex-wrap-m" role="tablist">${links(nTabs, '_8055e658 flex-auto')}</ul>
<div class="_6d9832ac flex-l flex-row-reverse-l"><aside class="_5d3c6af6 mt3-l mt0-ns w-30-l"><h3 class="c84e15be f5 mt2 pt2 mb0">Install</h3>
<p class="d767adf4 lh-copy truncate ph0 mb3 black-80 b5be2af6 f6 flex flex-row"><svg viewBox="0 0 12.32 9.33"></svg>
<code class="flex-auto truncate db" title="Copy Command to Clipboard"><span>npm i tidewrap</span></code></p>
<h3 class="c84e15be f5 mt2 pt2 mb0">Repository</h3><p class="_40aff104 fw6 mb3 mt2 truncate black-80 f4"><a href="https://github.example/nimble/tidewrap"
aria-labelledby="repository repository-link"><span id="repository-link">github.com/nimble-pelican/tidewrap</span></a></p>
<h3 class="c84e15be f5 mt2 pt2 mb0">Homepage</h3><p class="_40aff104 fw6 mb3 mt2 truncate black-80 f4"><a href="https://tidewrap.example"
class="b2812e30 f2874b88 fw6 mb3 mt2 truncate black-80 f4 link">tidewrap.nimblepelican.dev</a></p>
<h3 class="c84e15be f5 mt2 pt2 mb0 _1d3a3a5a">Weekly Downloads</h3><div class="_000ae427 flex flex-row-reverse items-end">
<p class="_9ba9a726 f4 tl flex-auto fw6 black-80 ma0 pr2 pb1">184,302</p><svg class="_418c4939" height="40"></svg></div>
<div class="_702d723c dib w-50 bb pr2"><h3 class="c84e15be f5 mt2 pt2 mb0">Version</h3><p class="f2874b88 fw6 mb3 mt2 f4">3.1.2</p></div>
<div class="_702d723c dib w-50 bb pr2"><h3 class="c84e15be f5 mt2 pt2 mb0">License</h3><p class="f2874b88 fw6 mb3 mt2 f4">MIT</p></div>
<div class="_702d723c dib w-50 bb pr2"><h3 class="c84e15be f5 mt2 pt2 mb0">Unpacked Size</h3><p class="f2874b88 fw6 mb3 mt2">18.4 kB</p></div>
<div class="_702d723c dib w-50 bb pr2"><h3 class="c84e15be f5 mt2 pt2 mb0">Total Files</h3><p class="f2874b88 fw6 mb3 mt2">11</p></div>
<div class="_702d723c dib w-100 bb b--black-10 pr2"><h3 class="c84e15be f5 mt2 pt2 mb0">Last publish</h3>
<p class="f2874b88 fw6 mb3 mt2 truncate black-80 f4"><time datetime="2026-11-17T09:41:08.000Z">19 days ago</time></p></div>
<div class="w-100"><h3 class="c84e15be f5 mt2 pt2 mb0">Collaborators</h3><ul class="list pl0 cf">
${nCollab.map((c) => `<li class="_426b8533 fl dib mr2 mb2"><a href="/~${c}"><img src="/npm-avatar/${c}" alt="${c}" height="50"></a></li>`).join('\n')}
</ul></div><a class="_1b8c2c1f" href="/package/tidewrap?activeTab=code">Analyze security with Socket</a>
<a class="_1b8c2c1f" href="/support?inquire=security&amp;security-inquire=malware&amp;package=tidewrap&amp;version=3.1.2">Report malware</a></aside>
<div class="_38d8f7fc ph3-l w-70-l"><section class="e22ba268 pt3" id="tabpanel-readme" role="tabpanel"><div class="_6620a4fd mw8-m mw7-l" id="readme">
<article><h1 id="user-content-tidewrap"><a class="anchor" aria-hidden="true" href="#tidewrap"></a>${nTitle}</h1>
<p><a href="https://github.example/nimble/tidewrap/actions"><img src="https://camo.example/ci.svg" alt="CI"></a>
<a href="https://npm.example/tidewrap"><img src="https://camo.example/npm.svg" alt="npm version"></a></p>
${ps(nIntro)}
<h2 id="user-content-why">Why not Promise.race?</h2>
${ps(nWhy)}
<h2 id="user-content-features">Features</h2>
<ul>${lisHtml(nFeatures)}</ul>
<h2 id="user-content-usage">Usage</h2>
${ps(nUsage)}
<h3 id="user-content-options">Options</h3>
<ul>${lisHtml(nOpts)}</ul>
<h2 id="user-content-compat">Upgrading from 2.x</h2>
${ps(nCompat)}
<h2 id="user-content-licence">Licence</h2>
${ps(nLicence)}
</article></div>
<div class="_4bbd1d5a pv4"><h3 class="f5 mt2">Keywords</h3><ul class="list pl0">${links(nKeys, 'dib mr2')}</ul></div></section></div></div></div></main>
<footer class="_5d2e85b8 bt b--black-10 ph3 pv5 mt5"><div class="_3d2b4c63 flex flex-wrap"><div><h3 class="f5 mb2">Support</h3>
<ul class="list pl0">${links(nFootSupport)}</ul></div><div><h3 class="f5 mb2">Company</h3><ul class="list pl0">${links(nFootCompany)}</ul></div>
<div><h3 class="f5 mb2">Terms &amp; Policies</h3><ul class="list pl0">${links(nFootTerms)}</ul></div></div></footer>
<div class="_3cd6f4c9 fixed bottom-0 w-100 bg-white pa3" id="cookie-banner"><p class="f6 ma0">We use cookies to analyse traffic and improve npm.
You can opt out of analytics cookies at any time.</p><button class="_0b7e1b8c">Accept</button><button class="_0b7e1b8c">Manage preferences</button></div>
</div></div><script>window.__context__ = {"context":{"packageVersion":{"version":"3.1.2"},"package":"tidewrap"},"chunks":["package-index"]}</script>
<script src="https://static-production.npmjs.example/commons.9f2c.js"></script></body></html>`;
const npm: TestPage = {
  name: 'heldout394-npm-package',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Why not Promise.race?', 'Features', 'Usage', 'Options', 'Upgrading from 2.x', 'Licence'],
  body: texts([...nIntro, ...nWhy, ...nFeatures, ...nUsage, ...nOpts, ...nCompat, ...nLicence]),
  bylines: ['19 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '🎉 npm now supports trusted publishing from your CI.', 'Learn more', 'Nimble Pelican Metrics', ...nNav.slice(1), 'Search', 'Sign Up', 'Sign In',
    'Public', ...nTabs, 'Install', 'npm i tidewrap', 'Repository', 'github.com/nimble-pelican/tidewrap', 'Homepage', 'tidewrap.nimblepelican.dev',
    'Weekly Downloads', '184,302', 'Version', '3.1.2', 'License', 'MIT', 'Unpacked Size', '18.4 kB', 'Total Files', 'Last publish', 'Collaborators',
    'Analyze security with Socket', 'Report malware', 'Keywords', ...nKeys, 'Support', ...nFootSupport, 'Company', ...nFootCompany, 'Terms & Policies',
    ...nFootTerms, 'We use cookies to analyse traffic and improve npm. You can opt out of analytics cookies at any time.', 'Accept', 'Manage preferences',
  ],
};

export const HELDOUT394_A: readonly TestPage[] = [npm, pypi];
