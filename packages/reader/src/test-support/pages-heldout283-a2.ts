import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout283-kit.js';

/**
 * Held-out batch 283, file a2: an npm package page, a React app with hashed class names (header with the product menu
 * and search, the package header with version / Public / Published, the Readme / Code / Dependencies / Dependents /
 * Versions tabs, the sidebar with the install box, repository, weekly downloads, version, licence, size and
 * collaborators, and the footer).
 */
const nTitle = 'quayside-retry';
const nH = ['Install', 'Usage', 'Options', 'Why not a decorator?', 'License'];
const nIntro = [
  j(
    'Retry an async function with jittered exponential back-off, a deadline, and an abort signal. No dependencies, no',
    'classes, about two kilobytes after minification.',
  ),
];
const nInstall = ['npm install quayside-retry'];
const nUsage = [
  j(
    'Wrap the call you want to retry in a function and pass it to <code>retry</code>. The function receives the attempt',
    'number, starting at one, so you can log it or change behaviour on the last try.',
  ),
  'const body = await retry((n) => fetchTide(station, n), { attempts: 5, deadline: 20_000 });',
  j(
    'If every attempt fails, the promise rejects with the last error, and the error carries an <code>attempts</code>',
    'property so your logs can say how hard the library tried before giving up.',
  ),
];
const nOpts = [
  '<code>attempts</code>: how many times to call the function in total; the default is 3.',
  '<code>base</code>: the first delay in milliseconds, doubled after each failure; the default is 200.',
  '<code>deadline</code>: a time budget for all attempts together, after which no new attempt starts.',
  '<code>signal</code>: an AbortSignal; aborting it rejects at once and cancels the pending delay.',
  '<code>retryIf</code>: a predicate on the error; return false to give up early, for example on a 404.',
];
const nWhy = [
  j(
    'Decorators hide the retry policy far from the call that needs it. We found that the people reading our code at three',
    'in the morning wanted to see, right at the call site, that a request would be tried five times over twenty seconds.',
  ),
  j(
    'A plain function also works the same in Node, Deno, Bun and the browser, and it needs no compiler flags. The whole',
    'library is one file you can read in the time it takes to make a coffee, which we consider a feature.',
  ),
];
const nLicense = ['MIT © Saltmarsh Labs'];
const nBody = texts([...nIntro, ...nInstall, ...nUsage, ...nOpts, ...nWhy, ...nLicense]);
const nTabs = ['Readme', 'Code Beta', '0 Dependencies', '41 Dependents', '12 Versions'];
const nFoot1 = ['Help', 'Advisories', 'Status', 'Contact npm'];
const nFoot2 = ['About', 'Blog', 'Press'];
const nFoot3 = ['Policies', 'Terms of Use', 'Code of Conduct', 'Privacy'];
const side = (label: string, value: string): string => `<div class="_702d723c dib w-50 bb b--black-10 pr2">
<h3 class="c84e15be f5 mt2 pt2 mb0">${label}</h3><p class="f2874b88 fw6 mb3 mt2 truncate black-80 f4">${value}</p></div>`;
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>quayside-retry - npm</title>
<meta name="description" content="Retry an async function with jittered exponential back-off, a deadline, and an abort signal.">
<meta property="og:title" content="quayside-retry"><meta property="og:url" content="https://www.npmjs.com/package/quayside-retry">
<meta property="og:site_name" content="npm"><link rel="stylesheet" href="https://static-production.npmjs.example/styles.7f3b1c.css">
<script integrity="sha512-x" src="https://static-production.npmjs.example/runtime.4b1e.js"></script></head>
<body><div id="app"><div class="_0cd0d5b6 flex flex-column"><span class="_6d9832ac"></span>
<div class="bg-white"><header class="_4b6e5d8a"><div class="_3d1d8a8e ph3 pv2"><a href="/" aria-label="Npm">npm</a>
<ul class="list pl0 dib">${links(['Pro', 'Teams', 'Pricing', 'Documentation'], 'dib')}</ul></div>
<form id="search" method="GET" action="/search" class="_13c93d41"><input type="search" name="q" placeholder="Search packages"
aria-label="Search packages"><button type="submit" class="_0da775bb bn pv2 ph4 white">Search</button></form>
<a href="/signup" class="_2ce0d3d2 dib">Sign Up</a> <a href="/login" class="_2ce0d3d2 dib">Sign In</a></header></div>
<main id="main"><div class="_0cd0d5b6 flex flex-column"><div id="top" class="_1f9a5ec3 ph3 ph5-m ph0-ns pt3 pt4-ns">
<h1 class="_50685029 lh-copy f4 truncate fw6 mr2 black-80"><span class="_50685029 truncate" title="quayside-retry">${nTitle}</span></h1>
<span class="_76473bea f6 dib ph0 pv2 mb2-ns black-80 nowrap f5 fw4 lh-copy">2.1.4&nbsp;•&nbsp;<span class="_2ac2f5ae">Public</span>&nbsp;•&nbsp;Published
<time datetime="2026-02-19T11:02:41.000Z" title="2/19/2026, 11:02:41 AM">3 weeks ago</time></span></div>
<ul class="_8055e658 list pl0 ma0 flex mb3" role="tablist">${links(nTabs, '_8055e658 f6 pv3 flex-auto')}</ul>
<div class="_6620a4fd mw8-ns mr-auto ml-auto pr4-ns ph3 ph0-ns"><div class="fdbf4038 w-two-thirds-ns"><section class="e22ba268 ml3-ns">
<article><div class="_6d9832ac" id="readme"><h1 id="user-content-quayside-retry">${nTitle}</h1>
<p><img src="https://img.shields.example/npm/v/quayside-retry.svg" alt="npm version"></p>
${ps(nIntro)}
<h2 id="user-content-install">${nH[0]}</h2><pre class="editor editor-colors"><div class="line"><span class="source shell">${nInstall[0]}</span></div></pre>
<h2 id="user-content-usage">${nH[1]}</h2><p>${nUsage[0]}</p>
<pre class="editor editor-colors"><div class="line"><span class="source js">${nUsage[1]}</span></div></pre><p>${nUsage[2]}</p>
<h2 id="user-content-options">${nH[2]}</h2><ul>${lis(nOpts)}</ul>
<h2 id="user-content-why-not-a-decorator">${nH[3]}</h2>${ps(nWhy)}
<h2 id="user-content-license">${nH[4]}</h2><p>${nLicense[0]}</p>
</div></article></section></div>
<aside class="fdbf4038 w-third-l mt3 w-100 ph3 ph4-m pv3 pv0-l debd5c7f"><h3 class="c84e15be f5 mt2 pt2 mb0">Install</h3>
<p class="d767adf4 lh-copy truncate ph0 mb3 black-80 b5be2af6 f6 flex flex-row"><svg viewBox="0 0 12.32 9.33"></svg>
<code class="flex-auto truncate db" title="Copy Command to Clipboard"><span role="button" tabindex="0">npm i quayside-retry</span></code></p>
<h3 class="c84e15be f5 mt2 pt2 mb0">Repository</h3><p class="_40aff104 fw6 mb3 mt2 truncate black-80 f4"><a class="b2812e30 f2874b88 fw6" href="#">
<span id="repository-link">codeberg.org/saltmarsh/quayside-retry</span></a></p>
<h3 class="c84e15be f5 mt2 pt2 mb0">Weekly Downloads</h3><div class="_000ae427 flex flex-row-reverse items-end"><p class="_9ba9a726 f4 tl flex-auto
fw6 black-80 ma0 pr2 pb1">
18,733</p></div>
<div class="_702d723c">${side('Version', '2.1.4')}${side('License', 'MIT')}${side('Unpacked Size', '9.61 kB')}${side('Total Files', '6')}
${side('Last publish', '<time>3 weeks ago</time>')}</div>
<h3 class="c84e15be f5 mt2 pt2 mb0">Collaborators</h3><ul class="list pl0 cf">${links(['ines-albrecht', 'saltmarsh-bot'], 'fl dib mr2')}</ul>
<div class="_5cfc9def"><a href="https://runkit.example/npm/quayside-retry" class="_702d723c">Try on RunKit</a></div>
<div class="_5cfc9def"><a href="/support?inquire=security&amp;security-inquire=malware" class="_702d723c">Report malware</a></div></aside></div></div>
</main><footer class="bt b--black-10 mt4 c3d8b8f0"><div class="center mw8 pa4"><div class="flex-l"><div class="_2c4ba7e1 ph3">
<h3 class="bf56f232 black-70 f5 mt0 fw6">Support</h3><ul class="list pl0">${links(nFoot1, 'pv1')}</ul></div>
<div class="_2c4ba7e1 ph3"><h3 class="bf56f232 black-70 f5 mt0 fw6">Company</h3><ul class="list pl0">${links(nFoot2, 'pv1')}</ul></div>
<div class="_2c4ba7e1 ph3"><h3 class="bf56f232 black-70 f5 mt0 fw6">Terms &amp; Policies</h3><ul class="list pl0">${links(nFoot3, 'pv1')}</ul></div>
</div></div></footer></div></div>
<script>window.__context__ = {"context":{"packageVersion":{"name":"quayside-retry","version":"2.1.4"},"downloads":18733}}</script></body></html>`;
export const npmPage: TestPage = {
  name: 'heldout283-npm-package-docs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nH,
  body: nBody,
  bylines: ['Published', '3 weeks ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pro', 'Teams', 'Pricing', 'Documentation', 'Sign Up', 'Sign In', '2.1.4', 'Public', ...nTabs, 'npm i quayside-retry',
    'Repository', 'codeberg.org/saltmarsh/quayside-retry', 'Weekly Downloads', '18,733', 'Version', 'Unpacked Size', '9.61 kB', 'Total Files',
    'Last publish', 'Collaborators', 'ines-albrecht', 'saltmarsh-bot', 'Try on RunKit', 'Report malware', 'Support', ...nFoot1, 'Company', 'Blog', 'Press',
    'Terms & Policies', ...nFoot3,
  ],
};
