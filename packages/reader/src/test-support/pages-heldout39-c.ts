import { links, type TestPage, texts } from './page-kit.js';
import { githubRelease } from './pages-heldout39-c2.js';

/**
 * Held-out batch 39, file c: an npm package page (npmjs.com/package/…: hashed React class names mixed with tachyons
 * utilities, the "skip to" links, the top strip with Pro/Teams/Pricing/Documentation, the search form, the package header
 * with "version • Public • Published … ago", the Readme / Code / Dependencies / Dependents / Versions tabs, the README with
 * badge images, anchor links on headings, code blocks and an options list, the Keywords list, the sidebar with install
 * command, repository, homepage, weekly downloads and the metadata pairs, "Report malware", the footer and the page's
 * context script).
 */
const npTitle = 'slatequeue';
const npIntro = [
  'A small, durable job queue for Node.js, backed by a single SQLite file. No Redis, no broker, and no separate worker process ' + 'unless you want one.',
  'slatequeue is meant for apps that run on one machine, or on a handful of machines sharing a volume, and need background ' +
    'jobs that survive a restart: sending email, resizing images, calling slow third-party APIs.',
];
const npH1 = 'Install';
const npInstall = [
  'Requires Node.js 20 or later. The package uses the built-in <code>node:sqlite</code> module where it exists and falls back ' +
    'to <code>better-sqlite3</code> on older releases.',
];
const npH2 = 'Usage';
const npUsage = [
  'Jobs are written to the database before <code>add()</code> resolves, so a crash straight afterwards does not lose them. A ' +
    'job that throws is retried with backoff until it runs out of attempts, then moved to the failed list, where you can ' +
    'inspect it or put it back on the queue.',
];
const npH3 = 'Options';
const npOptions = [
  '<code>concurrency</code> — how many jobs one worker runs at the same time. Default <code>1</code>.',
  '<code>attempts</code> — how many times a job is tried before it counts as failed. Default <code>3</code>.',
  '<code>backoff</code> — the delay before a retry, in milliseconds, or a function of the attempt number.',
  '<code>visibilityTimeout</code> — how long a running job stays hidden from other workers before it is presumed lost. Default 30 seconds.',
];
const npH4 = 'Why not BullMQ?';
const npWhy = [
  'BullMQ and its relatives are excellent if you already run Redis. slatequeue exists for the many projects that do not, ' +
    'where one more service to deploy, monitor and back up is a real cost.',
  'If your queue outgrows a single SQLite file, moving to a Redis-based queue is the right step, and the handlers you wrote ' +
    'will mostly carry over unchanged.',
];
const npH5 = 'License';
const npLicense = 'MIT. See the LICENSE file for the full text.';
const npHead = (h: string, level: number) => {
  const id = h
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-$/, '');
  return `<h${level}><a id="user-content-${id}" class="anchor" aria-hidden="true" href="#${id}"></a>${h}</h${level}>`;
};
const npCode = (code: string) => `<div class="highlight highlight-source-js"><pre class="editor editor-colors">${code}</pre></div>`;
const npTop = ['Pro', 'Teams', 'Pricing', 'Documentation'];
const npTabs = ['Readme', 'Code Beta', '3 Dependencies', '41 Dependents', '22 Versions'];
const npKeywords = ['queue', 'jobs', 'sqlite', 'task-queue', 'persistent', 'retry'];
const npSide: [string, string][] = [
  ['Weekly Downloads', '18,442'],
  ['Version', '2.1.0'],
  ['License', 'MIT'],
  ['Unpacked Size', '96.4 kB'],
  ['Total Files', '27'],
  ['Issues', '9'],
  ['Pull Requests', '2'],
  ['Last publish', '5 days ago'],
];
const npFoot: [string, string[]][] = [
  ['Support', ['Help', 'Advisories', 'Status', 'Contact npm']],
  ['Company', ['About', 'Blog', 'Press']],
  ['Terms & Policies', ['Policies', 'Terms of Use', 'Code of Conduct', 'Privacy']],
];
const npHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${npTitle} - npm</title>
<meta name="description" content="A small, durable job queue for Node.js backed by SQLite. Latest version: 2.1.0, last published: 5 days ago.">
<meta property="og:image" content="https://static-production.npmjs.com/338e4905a2684ca96e08c7780fc68412.png">
<link rel="stylesheet" href="https://static-production.npmjs.com/styles.9e0d3c1a4b.css"><script integrity="sha512-hT3k"
src="https://static-production.npmjs.com/minicssextractbug.js"></script></head>
<body><div id="app"><div class="_3cf58ec9 flex flex-column min-vh-100"><a href="#main" class="bg-white dn">skip to: content</a><a href="#search"
class="dn">package search</a>
<a href="/login" class="dn">sign in</a><header class="bg-white"><div class="_5ab3b68e pa3 flex items-center"><span class="_0f1fa6ca" aria-hidden="true">❤</span>
<ul class="list pl0 flex">${links(npTop, '_2ec7ac6f dib')}</ul></div><div class="_9e13f3d5 flex items-center pv2 ph3"><a href="/" aria-label="Npm"
class="_6a7d3bc3"><svg viewBox="0 0 780 250" aria-hidden="true"><path fill="#231F20" d="M240,250h100v-50h100V0H240V250z"></path></svg></a>
<form id="search" method="GET" action="/search" class="_13c93d41 relative flex bg-transparent ph3 ph2 pv2 ph0-ns pv0-ns bt b--black-10 bn-ns" role="search">
<input type="search" name="q" placeholder="Search packages" aria-label="Search packages" class="_390acbc5 f5 fw3 black"><button type="submit"
class="_0da775bb bn pv2 ph4 f6 white pointer bn radius-3">Search</button></form><a href="/signup" class="_4f2a0a1c">Sign Up</a><a href="/login"
class="_4f2a0a1c">Sign In</a></div></header>
<main id="main"><div class="_6620a4fd mw8-l mw-100 w-100 w-two-thirds-l ph3-m pt2 pl0-ns pl2"><div id="top" class="w-100 ph0-l ph3 ph4-m"><h1 class="_50685029
break-all">
<span class="_50685029 truncate" title="${npTitle}">${npTitle}</span></h1><span class="_76473bea f6 dib ph0 pv2 mb2-ns black-80 nowrap f5 fw4
lh-copy">2.1.0&nbsp;•&nbsp;
<span class="_76473bea green">Public</span>&nbsp;•&nbsp;Published <time datetime="2026-02-11T08:12:40.000Z" title="2/11/2026, 8:12:40 AM">5 days
ago</time></span></div>
<ul class="_8055e658 list pl0 w-100 mv0 flex flex-wrap" role="tablist">${npTabs
  .map((t, i) => `<li class="_8055e658 flex-auto" role="presentation"><a href="?activeTab=${i}" role="tab" class="_d8a8c8d1">${t}</a></li>`)
  .join('')}</ul>
<section class="_9d4d9ea9 flex flex-column flex-row-l"><div class="w-100" id="tabpanel-readme" role="tabpanel"><article><div class="_6d9832ac" id="readme">
${npHead(npTitle, 1)}
<p><a href="https://www.npmjs.com/package/slatequeue" rel="nofollow"><img src="https://img.shields.io/npm/v/slatequeue.svg" alt="npm version"></a>
<a href="https://github.com/priya-raman/slatequeue/actions" rel="nofollow"><img src="https://github.com/priya-raman/slatequeue/workflows/test/badge.svg"
alt="tests"></a></p>
${npIntro.map((p) => `<p>${p}</p>`).join('\n')}
${npHead(npH1, 2)}
${npCode('npm install slatequeue')}
<p>${npInstall[0]}</p>
${npHead(npH2, 2)}
${npCode(`<span class="syntax--keyword">import</span> { Queue } <span class="syntax--keyword">from</span> <span class="syntax--string">'slatequeue'</span>;

<span class="syntax--keyword">const</span> queue = <span class="syntax--keyword">new</span> Queue(<span class="syntax--string">'./jobs.db'</span>);
queue.process(<span class="syntax--string">'send-receipt'</span>, <span class="syntax--keyword">async</span> (job) =&gt; sendReceipt(job.data.orderId));
<span class="syntax--keyword">await</span> queue.add(<span class="syntax--string">'send-receipt'</span>, { orderId: 4182 }, { attempts: 5 });`)}
<p>${npUsage[0]}</p>
${npHead(npH3, 2)}
<ul>${npOptions.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${npHead(npH4, 2)}
${npWhy.map((p) => `<p>${p}</p>`).join('\n')}
${npHead(npH5, 2)}
<p>${npLicense}</p></div></article>
<div class="_702d723c pt3"><h2 id="user-content-keywords" class="c84e15be f5 mt2 pt2 mb0">Keywords</h2><ul class="list pl0">${npKeywords
  .map((k) => `<li class="dib mr2"><a class="_75a5f581 link" href="/search?q=keywords:${k}">${k}</a></li>`)
  .join('')}</ul></div></div>
<aside class="_1ab8f1c8 w-100 w-third-l mt3 mt0-l ph3 ph4-m pl3-l"><h3 class="c84e15be f5 mt2 pt2 mb0">Install</h3><p class="d767adf4 lh-copy truncate ph0 mb3
black-80 b5be2af6 f6 flex flex-row"><code class="flex-auto truncate db" title="Copy Command to Clipboard"><span role="button" tabindex="0">npm i
${npTitle}</span></code></p>
<h3 class="c84e15be f5 mt2 pt2 mb0">Repository</h3><p class="_40aff104 fw6 mb3 mt2 truncate"><a class="b2812e30 f2874b88 fw6 mb3 mt2 truncate black-80 f4 link"
href="https://github.com/priya-raman/slatequeue" aria-labelledby="repository repository-link"><span
id="repository-link">github.com/priya-raman/slatequeue</span></a></p>
<h3 class="c84e15be f5 mt2 pt2 mb0">Homepage</h3><p class="_40aff104 fw6 mb3 mt2 truncate"><a class="b2812e30 f2874b88 fw6 black-80 f4 link"
href="https://github.com/priya-raman/slatequeue#readme"><span id="homePage-link">github.com/priya-raman/slatequeue#readme</span></a></p>
<div class="_702d723c dib w-50 bb b--black-10 pr2 w-100"><h3 class="c84e15be f5 mt2 pt2 mb0">Weekly Downloads</h3><div class="_9ba9a726 flex"><p
class="_9ba9a726 f2874b88 fw6 mb3 mt2 truncate black-80 f4 flex-auto">18,442</p><svg class="_418c4939" aria-hidden="true"></svg></div></div>
${npSide
  .slice(1)
  .map(
    ([k, v]) =>
      `<div class="_702d723c dib w-50 bb b--black-10 pr2"><h3 class="c84e15be f5 mt2 pt2 mb0">${k}</h3><p class="f2874b88 fw6 mb3 mt2 truncate black-80
f4">${v}</p></div>`,
  )
  .join('\n')}
<div class="w-100"><h3 class="c84e15be f5 mt2 pt2 mb0">Collaborators</h3><ul class="list pl0 cf"><li class="fl dib mr2"><a href="/~priya-raman"><img
src="/npm-avatar/eyJhdmF0YXJVUkwiOiJodHRwczovL3MuZ3JhdmF0YXIuY29tIn0" alt="priya-raman" title="priya-raman" class="br2" width="50"></a></li></ul></div>
<div class="w-100"><a href="/support?inquire=security&amp;security-inquire=malware&amp;package=slatequeue&amp;version=2.1.0" class="_35e0adcd
dib ph2 pv1 fw6 f6 link dim">Report malware</a></div></aside></section></div></main>
<footer class="_2bbc1e7d bt b--black-10 pb4 pt5 ph3 mt4"><div class="mw8 center flex flex-wrap"><a href="https://github.com/npm" class="fl" aria-label="GitHub">
<svg aria-hidden="true"></svg></a>${npFoot
  .map(([h, l]) => `<div class="w-third-ns w-100 ph3"><h3 class="_0a32df9c">${h.replace('&', '&amp;')}</h3><ul class="list pl0">${links(l)}</ul></div>`)
  .join('')}</div></footer></div></div>
<script integrity="sha512-z2ZP">window.__context__ = {"context":{"packageVersion":{"name":"slatequeue","version":"2.1.0","license":"MIT",
"repository":"https://github.com/priya-raman/slatequeue"},"downloads":[{"downloads":18442,"label":"2026-02-08 to 2026-02-14"}],
"capsule":{"name":"slatequeue","description":"A small, durable job queue for Node.js backed by SQLite"},
"versionsDownloads":{},"starAction":"/package/slatequeue/star"}}</script></body></html>`;
const npmPage: TestPage = {
  html: npHtml,
  name: 'heldout39-npm-package-readme',
  kind: 'docs',
  // the rendered README is the article: its h1 (the package name, also the page header's h1: the same text) is the title,
  // its h2s the headings, the paragraphs and the options list body; the two code blocks and the badge images are in
  // neither; the only byline is the publish date ("Published" in neither; the sidebar's "Last publish" repeats the date,
  // its label is furniture); the version line, tabs, Keywords, the sidebar pairs, "Report malware", header, search and
  // footer are furniture; the sidebar's "Install" and "License" labels repeat two README headings, "MIT" is the licence
  // paragraph's word, and the keywords queue/jobs/sqlite/retry are body words: left out; the collaborator shows only as an
  // image (alt text), so the page has no author line
  title: npTitle,
  headings: [npH1, npH2, npH3, npH4, npH5],
  body: [...npIntro, ...texts([...npInstall, ...npUsage, ...npOptions]), ...npWhy, npLicense],
  bylines: ['5 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'skip to: content', 'package search', 'sign in', ...npTop, 'Search', 'Sign Up', '2.1.0', 'Public', ...npTabs, 'Keywords',
    ...npKeywords.filter((k) => !['queue', 'jobs', 'sqlite', 'retry'].includes(k)), 'npm i slatequeue', 'Repository', 'github.com/priya-raman/slatequeue',
    'Homepage', 'github.com/priya-raman/slatequeue#readme', ...npSide.flat().filter((t) => !['License', 'MIT', '2.1.0',
'5 days ago'].includes(t)),
    'Collaborators', 'Report malware', ...npFoot.flatMap(([h, l]) => [h, ...l]),
  ],
};

export const HELDOUT39_C: readonly TestPage[] = [npmPage, githubRelease];
