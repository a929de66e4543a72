import { links, type TestPage, texts } from './page-kit.js';
import { confluencePage } from './pages-heldout73-f2.js';

/**
 * Held-out batch 73, file f: an npmjs.com package page of a deprecated package (header with "skip to" links, search, "Sign
 * Up" / "Sign In", the package header with version, "Public" and "Published", the tabs with counts, the deprecation notice
 * above the README, the README itself, and the sidebar with the install box, repository, homepage, weekly downloads, version,
 * license, size, files, issues, pull requests, last publish, collaborators, RunKit and "Report malware", then the npm footer);
 * and a Confluence Cloud page with a status lozenge, "Owned by" byline, inline comments, an info panel, a task list, labels,
 * "Like", page comments and the space sidebar.
 */
const npTitle = '@ferrous/lanes';
const npDeprecated = [
  'This package has been deprecated',
  'Author message:',
  'Renamed to @ferrous/lanes-core. Install that package instead; the API is unchanged.',
];
const npIntro = [
  'A tiny promise queue with named lanes. Each lane runs its own tasks with its own concurrency limit, so a slow batch of image ' +
    'uploads can never hold up the quick API calls queued behind it.',
  'No dependencies, about 1 kB minified and gzipped, and typed for TypeScript out of the box.',
];
const npUsage = ['Create a queue, give every lane a concurrency limit, and add tasks. A task is any function that returns a promise.'];
const npUsage2 = ['Here the two upload slots can stay busy for minutes while API calls keep flowing through their own eight slots.'];
const npErrors = [
  'A task that throws or rejects only fails its own promise. The lane carries on with the next task, and the error never ' + 'reaches tasks in other lanes.',
  'To stop everything on the first failure, pause every lane in your catch handler and drain the queue with <code>onIdle()</code>.',
];
const npCompat = [
  'Works in Node.js 18 and later, Deno, Bun and current browsers. The package ships ES modules only; load it with a dynamic ' + 'import from CommonJS.',
];
const npApi = [
  { h: 'lanes(options)', p: 'Creates a queue. <code>options</code> maps lane names to their concurrency limit; tasks for an unknown lane throw.' },
  { h: 'queue.add(lane, task)', p: 'Adds a task to a lane and returns a promise for its result. Tasks in the same lane start in the order they were added.' },
  { h: 'queue.onIdle()', p: 'Returns a promise that resolves once every lane is empty and no task is running.' },
  { h: 'queue.pause(lane) and queue.resume(lane)', p: 'Stops a lane from starting new tasks and starts it again. Running tasks are not interrupted.' },
];
const npWhy = [
  'Most promise queues have one concurrency limit for everything. In practice, the work a service queues is rarely alike: a ' +
    'handful of slow jobs can fill every slot and starve the rest. Separate lanes keep each kind of work in its own line, which ' +
    'is easier to reason about than priorities.',
  'If you need priorities, deadlines or persistence, a full job queue is a better fit. This package deliberately stays small.',
];
const npLicense = ['MIT © Ferrous contributors'];
const npHeads = ['Install', 'Usage', 'API', ...npApi.map((a) => a.h), 'Errors', 'Compatibility', 'Why lanes?', 'License'];
const npTabs = ['Readme', 'Code', 'Beta', '3 Dependencies', '128 Dependents', '24 Versions'];
const npSide = [
  ['Repository', 'github.com/ferrous-dev/lanes'],
  ['Homepage', 'github.com/ferrous-dev/lanes#readme'],
  ['Weekly Downloads', '48,213'],
  ['Version', '1.8.0'],
  ['Unpacked Size', '41.2 kB'],
  ['Total Files', '18'],
  ['Issues', '12'],
  ['Pull Requests', '3'],
  ['Last publish', '2 months ago'],
];
const npFoot = [
  { h: 'Support', l: ['Help', 'Advisories', 'Status', 'Contact npm'] },
  { h: 'Company', l: ['About', 'Blog', 'Press'] },
  { h: 'Terms & Policies', l: ['Policies', 'Terms of Use', 'Code of Conduct', 'Privacy'] },
];
const npP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const npId = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const npH = (
  t: string,
  l = 2,
): string => `<div class="markdown-heading"><h${l} class="heading-element">${t}</h${l}><a id="user-content-${npId(t)}" class="anchor"
aria-label="Permalink: ${t}" href="#${npId(t)}"><span aria-hidden="true" class="octicon octicon-link"></span></a></div>`;
const npPre = (code: string): string => `<div class="highlight highlight-source-js"><pre>${code}</pre></div>`;
const npReadme = `<article><div class="markdown" id="readme">${npH(npTitle, 1)}
<p><a href="https://github.com/ferrous-dev/lanes/actions" rel="nofollow"><img src="https://github.com/ferrous-dev/lanes/actions/workflows/test.yml/badge.svg"
alt="tests" style="max-width:100%"></a> <a href="https://bundlephobia.com/package/@ferrous/lanes" rel="nofollow"><img
src="https://img.shields.io/bundlephobia/minzip/@ferrous/lanes" alt="size" style="max-width:100%"></a></p>
${npP(npIntro)}
${npH(npHeads[0]!)}
${npPre('npm install @ferrous/lanes')}
${npH(npHeads[1]!)}
${npP(npUsage)}
${npPre(`<span class="pl-k">import</span> <span class="pl-s1">lanes</span> <span class="pl-k">from</span> <span class="pl-s">'@ferrous/lanes'</span>;

<span class="pl-k">const</span> <span class="pl-s1">queue</span> <span class="pl-c1">=</span> <span class="pl-en">lanes</span>({ <span
class="pl-c1">api</span>: <span
class="pl-c1">8</span>, <span class="pl-c1">uploads</span>: <span class="pl-c1">2</span> });
<span class="pl-k">await</span> <span class="pl-s1">queue</span>.<span class="pl-en">add</span>(<span class="pl-s">'uploads'</span>, () <span
class="pl-c1">=&gt;</span>
<span class="pl-en">resize</span>(<span class="pl-s1">file</span>));`)}
${npP(npUsage2)}
${npH(npHeads[2]!)}
${npApi.map((a) => `${npH(a.h, 3)}\n${npP([a.p])}`).join('\n')}
${npH('Errors')}
${npP(npErrors)}
${npH('Compatibility')}
${npP(npCompat)}
${npH('Why lanes?')}
${npP(npWhy)}
${npH('License')}
${npP(npLicense)}
</div></article>`;
const npHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport"
content="width=device-width,minimum-scale=1.0,initial-scale=1,user-scalable=yes"/>
<title>${npTitle} - npm</title><meta name="description" content="Tiny promise queue with named lanes and per-lane concurrency. Latest version: 1.8.0, last
published:
2 months ago. Start using @ferrous/lanes in your project by running \`npm i @ferrous/lanes\`. There are 128 other projects in the npm registry using
@ferrous/lanes."/>
<meta property="og:title" content="${npTitle}"/><meta property="og:site_name" content="npm"/><meta name="twitter:site" content="@npmjs"/>
<link rel="canonical" href="https://www.npmjs.com/package/@ferrous/lanes"/><link rel="stylesheet"
href="https://static-production.npmjs.com/styles.b92ba4b2c6a8e2c3.css"/>
<script integrity="sha512-abc" src="https://static-production.npmjs.com/commons.8b1a6b3d.js" defer=""></script></head>
<body><div id="app"><div class="bea55649"><div class="_8d2d2dd3 flex flex-column vh-100"><span class="_2b5d8f35"></span><div class="_6c4a6b3a fixed top-0 left-0
pa2 z-5"><span class="db">skip to:</span><a href="#main" class="link white">content</a><a href="#search" class="link white">package search</a><a href="#signin"
class="link white">sign in</a></div>
<header class="_2cb9a8d7 bg-white w-100 z-4"><div class="_1b3aa3e3 bb b--black-10 flex items-center"><div class="_6e7b6c1f flex-auto"><span class="_6f2b5d67 f6
pl3" role="img" aria-label="heart">❤</span><ul class="_1a8f9a33 list ma0 pa0 flex"><li><a class="_98ab1b0f link" href="/products/pro">Pro</a></li><li><a
class="_98ab1b0f link" href="/products/teams">Teams</a></li><li><a class="_98ab1b0f link" href="/products">Pricing</a></li><li><a class="_98ab1b0f link"
href="https://docs.npmjs.com">Documentation</a></li></ul></div></div><div class="_4d3fb1a5 flex items-center pv2 ph3"><a href="/" aria-label="Npm"><svg
viewBox="0 0 780 250" aria-hidden="true" height="24"><path fill="#231F20" d="M240,250h100v-50h100V0H240V250z"></path></svg></a><form id="search" method="GET"
action="/search" class="_13c93d41 relative flex flex-auto ml3" role="search"><div class="_2f299eeb flex flex-auto"><input type="search" name="q" hotkeys="/"
placeholder="Search packages" aria-label="Search packages" class="_390acbc5 f5 fw3 black relative" autocomplete="off"/></div><button type="submit"
class="_0da775bb bn pv2 ph4 f6 white pointer bg-green">Search</button></form><div class="_0b4d6f3a flex ml3"><a href="/signup" class="_3a1fa5d2 link">Sign
Up</a><a href="/login" id="signin" class="_3a1fa5d2 link ml3">Sign In</a></div></div></header>
<main id="main"><div id="top" class="_6620a4fd mw8-l mw-100 w-100 w-two-thirds-l ph3-m pt2 pl0-ns pl2"><div class="_24a6d1e4 w-100 ph0-l ph3 ph4-m">
<h1 class="_50685029 break-all"><span class="_50685029 truncate" title="${npTitle}">${npTitle}</span></h1><span class="_76473bea f6 dib ph0 pv2 mb2-ns
black-80 nowrap f5 fw4 lh-copy">1.8.0<!-- --> • <!-- --></span><span class="_76473bea f6 dib ph0 pv2 mb2-ns black-80 nowrap f5 fw4 lh-copy">Public</span><span
class="_76473bea f6 dib ph0 pv2 mb2-ns black-80 nowrap f5 fw4 lh-copy"> • Published <time datetime="2025-07-28T13:40:11.000Z" title="7/28/2025, 1:40:11 PM">2
months ago</time></span></div>
<ul class="_8055e658 list ma0 pa0 flex flex-wrap" role="tablist" aria-owns="package-tab-readme package-tab-code package-tab-dependencies package-tab-dependents
package-tab-versions"><li class="_8055e658 di"><a href="?activeTab=readme" aria-selected="true" role="tab" aria-controls="tabpanel-readme"
id="package-tab-readme"
class="_0c8f7a48 db pv3 ph2 tc b--transparent"><span class="_8055e658 db fw6">${npTabs[0]}</span></a></li><li class="_8055e658 di"><a href="?activeTab=code"
aria-selected="false" role="tab" id="package-tab-code" class="_0c8f7a48 db pv3 ph2 tc"><span class="_8055e658 db">${npTabs[1]}<span class="_8b3b9f6d f7
br-pill ph2 ml1">${npTabs[2]}</span></span></a></li>${npTabs
  .slice(3)
  .map(
    (
      t,
    ) => `<li class="_8055e658 di"><a href="?activeTab=${t.split(' ')[1]!.toLowerCase()}" aria-selected="false" role="tab" class="_0c8f7a48 db pv3 ph2 tc"><span
class="_8055e658 db">${t.replace(' ', '<!-- --> ')}</span></a></li>`,
  )
  .join('')}</ul>
<div class="_0b8c0ea0 ph3 pt3"><div class="_2e5e0b8c pa3 bg-washed-red br2 mb3" role="alert"><p class="_3e17ab3a ma0 fw6
dark-red"><span>${npDeprecated[0]}</span>
</p><p class="_3e17ab3a ma0 mt2"><span class="b">${npDeprecated[1]}</span></p><p class="ma0 mt1"><code
class="_2b7bb3cb">${npDeprecated[2]}</code></p></div></div>
<div class="_0b8c0ea0 flex flex-row-l flex-column-reverse"><div class="_6d9832ac flex-auto mw-100 mw8-l" id="tabpanel-readme" role="tabpanel">${npReadme}</div>
<div class="_6d9832ac w-third-l mt3 w-100 ph3 ph4-m pv3 pv0-l" aria-label="Package sidebar"><h3 class="c84e15be f5 mt2 pt2 mb0">Install</h3><p
class="d767adf4 lh-copy truncate ph0 mb3 black-80 b5be2af6 f6 flex flex-row"><svg viewBox="0 0 12.32 9.33" aria-hidden="true"><g><line x1="7.6" y1="8.9"
x2="7.6"
y2="6.9"></line></g></svg><code class="flex-auto truncate db" title="Copy Command to Clipboard"><span role="button" tabindex="0">npm i
${npTitle}</span></code></p>
${npSide
  .map(
    ([
      h,
      v,
    ]) => `<div class="_702d723c dib w-50 bb b--black-10 pr2"><h3 class="c84e15be f5 mt2 pt2 mb0 black-50">${h}</h3><p class="f2874b88 fw6 mb3 mt2 truncate
black-80 f4">${v}</p></div>`,
  )
  .join('\n')}
<div class="_702d723c dib w-50 bb b--black-10 pr2 w-100"><h3 class="c84e15be f5 mt2 pt2 mb0 black-50">Collaborators</h3><ul class="list pl0 cf"><li
class="_426b8533 dib"><a href="/~ferrous-bot"><img src="/npm-avatar/ferrous-bot" title="ferrous-bot" alt="ferrous-bot" width="40" height="40"/></a></li><li
class="_426b8533 dib"><a href="/~iris.v"><img src="/npm-avatar/iris.v" title="iris.v" alt="iris.v" width="40" height="40"/></a></li></ul></div>
<div><a href="https://runkit.com/npm/@ferrous/lanes" class="_2d15f6f7 fw6 db tc pv2 ph3 br2 link" target="_blank" rel="noopener noreferrer"><span
class="_2d15f6f7">Try</span> on RunKit</a></div><div><a
href="/support?inquire=security&amp;security-inquire=malware&amp;package=%40ferrous%2Flanes&amp;version=1.8.0"
class="_2d15f6f7 fw6 db tc pv2 ph3 br2 link"><span class="_2d15f6f7">Report</span> malware</a></div></div></div></div></main>
<footer class="_4ba3c52e bt b--black-10 mt4 pa4 flex flex-wrap"><div class="_5f28b4c2 w-100 w-25-ns"><a href="https://github.com/npm" aria-label="Visit npm
GitHub page"><svg viewBox="0 0 18 18" aria-hidden="true" width="30"><path d="M9 0C4.03 0 0 4.03"></path></svg></a></div>${npFoot
  .map(
    (
      c,
    ) => `<div class="_5f28b4c2 w-100 w-25-ns"><h3 class="f5 fw6 mb3">${c.h.replace('&', '&amp;')}</h3><ul class="list pl0">${links(c.l, '_7b1e2b3a pv1')}</ul>
</div>`,
  )
  .join('')}</footer></div></div></div>
<script>window.__context__ =
{"context":{"packageVersion":{"name":"@ferrous/lanes","version":"1.8.0","deprecated":"${npDeprecated[2]}"},"private":false}}</script>
</body></html>`;
const npmPage: TestPage = {
  html: npHtml,
  name: 'heldout73-npm-deprecated-package-docs',
  kind: 'docs',
  // the README is the article, its h1 (the package name) the title, which the page header repeats: left out; the deprecation
  // notice with its author message above the README is furniture, so are the version line, tabs, the sidebar and footer;
  // the sidebar's "Install" and "License" repeat README headings, its "MIT" a word of the README's last line, and the install
  // command sits in a code block: all left out
  title: npTitle,
  headings: npHeads,
  body: [...texts(npIntro), ...npUsage, ...npUsage2, ...texts(npApi.map((a) => a.p)), ...texts(npErrors), ...npCompat, ...npWhy, ...npLicense],
  bylines: ['Published', '2 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'skip to:', 'content', 'package search', '❤', 'Pro', 'Teams', 'Pricing', 'Documentation', 'Search', 'Sign Up', 'Sign In', '1.8.0 •', 'Public',
    ...npTabs, ...npDeprecated, ...npSide.flatMap(([h, v]) => [h!, v!]).filter((t) => t !== '2 months ago' && t !== '1.8.0'), 'Collaborators', 'Try on RunKit',
    'Report malware', ...npFoot.flatMap((c) => [c.h, ...c.l]),
  ],
};

export const HELDOUT73_F: readonly TestPage[] = [npmPage, confluencePage];
