import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, row, rowText } from './pages-heldout416-kit.js';

/**
 * Held-out batch 416, file c: a Debian security tracker page for one CVE (a bare data page: the header line, the
 * name / description / source table, the source-package and fixed-version tables, the notes block and the contact footer)
 * and an npm advisory page from the React site with hashed CSS-module class names (the header with search, the advisory
 * header with severity, the vulnerable / patched versions, overview, remediation, resources, the "reported by" block, the
 * sidebar of other advisories and the footer).
 */
const dTitle = 'CVE-2026-29551';
const dDesc = [
  j(
    'In libmarrow before 0.18.3, the chunked transfer decoder does not limit the length of a chunk-size line, so a',
    'remote server can make a client allocate memory without bound and exhaust it by sending a very long run of hex digits.',
  ),
];
const dSrc: string[][] = [
  ['libmarrow', 'bullseye', '0.14.1-2', 'vulnerable'],
  ['libmarrow', 'bookworm', '0.16.0-1+deb12u1', 'vulnerable'],
  ['libmarrow', 'trixie', '0.18.3-1', 'fixed'],
  ['libmarrow', 'sid', '0.18.3-1', 'fixed'],
];
const dFixed: string[][] = [
  ['libmarrow', 'source', '(unstable)', '0.18.3-1', 'medium', '1104512'],
  ['libmarrow', 'source', 'bookworm', '(not yet fixed)', 'medium', ''],
];
const dNotes = [
  '[bookworm] - libmarrow &lt;no-dsa&gt; (Minor issue; can be fixed via point release)',
  '[bullseye] - libmarrow &lt;postponed&gt; (Minor issue, revisit when fixed upstream in 0.16 branch)',
  'https://github.com/marrow-net/libmarrow/issues/412',
  'Fixed by: https://github.com/marrow-net/libmarrow/commit/b7c02e19 (v0.18.3)',
];
const dHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<html><head><title>${dTitle}</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<link rel="stylesheet" href="/tracker/style.css" type="text/css"><script type="text/javascript" language="JavaScript">
var old_query_value = ""; function selectSearch() { document.searchForm.query.focus(); }</script></head>
<body onload="selectSearch()"><div id="header"><table><tr><td><a href="https://www.debian.example/">
<img src="https://www.debian.example/logos/openlogo-nd-50.png"
alt="Debian logo"></a></td><td><h2 class="header-title">Debian Security Bug Tracker</h2></td></tr></table></div>
<form class="searchForm" method="get" action="/tracker/"><input type="text" name="query"> <input type="submit" value="Go"> <a href="/tracker/">Home</a>
- <a href="/tracker/data/report">Report</a></form>
<h1>${dTitle}</h1>
<table><tr><td><b>Name</b></td> <td>${dTitle}</td></tr>
<tr><td><b>Description</b></td> <td>${dDesc[0]}</td></tr>
<tr><td><b>Source</b></td> <td><a href="https://www.cve.example/CVERecord?id=${dTitle}">CVE</a> (at <a href="#">NVD</a>; <a href="#">CERT</a>,
<a href="#">ENISA</a>, <a href="#">LWN</a>, <a href="#">oss-sec</a>, <a href="#">fulldisc</a>, <a href="#">Debian ELTS</a>, <a href="#">Red Hat</a>,
<a href="#">Ubuntu</a>, <a href="#">Gentoo</a>, SUSE <a href="#">bugzilla</a>/<a href="#">CVE</a>, GitHub <a href="#">advisories</a>/<a href="#">code</a>/<a
href="#">issues</a>, <a href="#">web search</a>, <a href="#">more</a>)</td></tr>
<tr><td><b>Debian Bugs</b></td> <td><a href="https://bugs.debian.example/1104512">1104512</a></td></tr></table>
<h2>Vulnerable and fixed packages</h2>
<p>The table below lists information on source packages.</p>
<table><tr><th>Source Package</th> <th>Release</th> <th>Version</th> <th>Status</th></tr>
${dSrc.map((r) => row(r)).join('\n')}</table>
<p>The information below is based on the following data on fixed versions.</p>
<table><tr><th>Package</th> <th>Type</th> <th>Release</th> <th>Fixed Version</th> <th>Urgency</th> <th>Origin</th> <th>Debian Bugs</th></tr>
${dFixed.map((r) => row(r)).join('\n')}</table>
<h2>Notes</h2>
<pre>${dNotes.join('\n')}</pre>
<hr><div class="footer"><a href="/tracker/">Home</a> - <a href="https://www.debian.example/security/">Debian Security</a> -
<a href="https://salsa.debian.example/security-tracker-team/security-tracker/blob/master/bin/tracker_service.py">Source</a>
<a href="https://salsa.debian.example/security-tracker-team/security-tracker">(Git)</a></div>
<p class="contact">Please send comments, corrections and questions to the security tracker team at team@security.debian.example.</p></body></html>`;

const nTitle = 'Prototype Pollution in lattice-merge';
const nOverview = [
  j(
    'Versions of <code>lattice-merge</code> prior to 4.2.2 are vulnerable to prototype pollution. The',
    '<code>deepMerge()</code> function copies keys from the source object onto the target without skipping',
    '<code>__proto__</code>, <code>constructor</code> and <code>prototype</code>, so merging an attacker-controlled JSON',
    'object can add or overwrite properties on <code>Object.prototype</code>.',
  ),
  j(
    'Applications that merge request bodies, query strings or uploaded configuration into default settings with',
    '<code>deepMerge()</code> are affected. Depending on how the polluted properties are read later, the impact ranges from',
    'a denial of service, when a built-in method is replaced, to bypassing authorization checks that rely on properties',
    'being absent, such as an <code>isAdmin</code> flag on a session object.',
  ),
  'The following call shows the problem. After it runs, every object in the process inherits a polluted property:',
];
const nSteps = [
  'Install lattice-merge 4.2.1 and require it in a Node.js script.',
  'Call deepMerge with an empty object and the result of parsing a JSON string that has a __proto__ key holding { "polluted": "yes" }.',
  'Create a new empty object and read its polluted property: it returns "yes" instead of undefined.',
];
const nRemed = [
  'Upgrade to version 4.2.2 or later.',
  j(
    'If you cannot upgrade, freeze the prototype at start-up with <code>Object.freeze(Object.prototype)</code>, or parse',
    'untrusted JSON with a reviver that drops <code>__proto__</code> keys before passing the result to <code>deepMerge()</code>.',
  ),
  'Note that the 3.x release line also received a backported fix in version 3.9.8 for projects that cannot yet move to the 4.x API.',
];
const nNav = ['Products', 'Pricing', 'Documentation', 'Support'];
const nOther = ['Regular Expression Denial of Service in tinsel-glob', 'Command Injection in pipewright', 'Arbitrary File Write in untarry'];
const nFoot = [
  'Help',
  'Advisories',
  'Status',
  'Contact npm',
  'About',
  'Blog',
  'Press',
  'Terms & Policies',
  'Policies',
  'Terms of Use',
  'Code of Conduct',
  'Privacy',
];
const nHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Prototype Pollution - lattice-merge | npm</title>
<meta name="description" content="Versions of lattice-merge prior to 4.2.2 are vulnerable to prototype pollution.">
<meta property="og:site_name" content="npm"><link rel="stylesheet" href="https://static-production.npmjs.example/styles.8e1c.css">
<script integrity="sha512-xyz" src="https://static-production.npmjs.example/minicssextract.3f2a.js"></script></head>
<body><div id="app"><div class="_7f3a1c2e"><div class="e0bde4c4"><span class="_4e1d9a70">Nurturing Perpetual Mirth</span></div>
<header class="_4fe1b23c" id="top"><div class="_2e0ff4c9 flex"><ul class="_8a61a6f1 list ma0 pa0 flex">${links(nNav, '_3a7d9e04 dib')}</ul></div>
<div class="_02a2d2a9 flex"><a href="/" class="_6d6b1f5c" aria-label="Npm"><svg viewBox="0 0 780 250"></svg></a>
<form id="search" method="GET" action="/search" class="_13c93d41 relative flex bg-transparent ph3 ph2 pv2 ph0-ns pv0-ns bt b--black-10 bn-ns"><input
type="search" name="q" placeholder="Search packages" aria-label="Search packages" class="_390acbc5 f5 fw3 black relative"><button
type="submit" class="_0da775bb bn pv2 ph3 f6 white pointer bn br2 br--right">Search</button></form>
<a href="/signup" class="_2d5cd4cf">Sign Up</a> <a href="/login" class="_2d5cd4cf">Sign In</a></div></header>
<main id="main"><div class="_6620a4fd mw8-l mw-100 w-100 w-two-thirds-l ph3-m pt2 pl0-ns pl2"><div class="_9b3c0e71">
<a href="/advisories" class="_5e9c1f0b">Advisories</a> <span class="_5e9c1f0b">/ 1097841</span></div>
<div class="_1b8cd6a3 flex"><h1 class="_50685029 f2 fw6 black-80">${nTitle}</h1><span class="_3d9c8e5f ba br2 ph2 high">high severity</span></div>
<div class="_8fa7b0a5 flex"><div class="_ab4c2f10"><h3 class="_2f8c9d1e">Vulnerable versions</h3>
<p class="_7c3e1a6b">&lt;4.2.2 &gt;=4.0.0 || &lt;3.9.8</p></div>
<div class="_ab4c2f10"><h3 class="_2f8c9d1e">Patched versions</h3><p class="_7c3e1a6b">&gt;=4.2.2 || &gt;=3.9.8 &lt;4.0.0</p></div></div>
<div class="_0ddbd1c3"><span>Published <time datetime="2026-03-05T12:00:00.000Z">Mar 5th, 2026</time></span> <span class="_5b1d4f2c">·</span>
<span>Updated <time datetime="2026-03-07T08:30:00.000Z">Mar 7th, 2026</time></span></div>
<div class="_0c9a4e7d markdown"><h2 id="overview">Overview</h2>
${ps(nOverview)}
<ol>
${lis(nSteps)}
</ol>
<h2 id="remediation">Remediation</h2>
${ps(nRemed)}
<h2 id="resources">Resources</h2>
<ul>${links(['lattice-merge issue 218', 'Fix commit 9d4e2b1', 'CVE-2026-30207'])}</ul></div>
<div class="_4b0c7e2a"><h3 class="_2f8c9d1e">Reported by</h3><p>Tamsin Achterberg</p></div></div>
<aside class="_2b1f6e0c w-third-l"><h3 class="_2f8c9d1e">Other advisories</h3><ul>${links(nOther, '_8c6e2a1b')}</ul>
<div class="_9e4b7c3d"><h3>Protect your projects</h3><p>Run npm audit in your project to find and fix known vulnerabilities.</p>
<a href="/products" class="_2d5cd4cf">See npm plans</a></div></aside></main>
<footer class="_4d9fe8c1 bt b--black-10 mt4">
<div class="_5d6b3e1a">${nFoot.map((f) => `<a href="/${f.toLowerCase().replace(/[^a-z]+/g, '-')}">${f.replace(/&/g, '&amp;')}</a>`).join('\n')}</div>
<p class="_8a3c9f0e">© npm, Inc.</p></footer></div></div>
<script>window.__context__ = {"context":{"advisory":{"id":1097841,"module_name":"lattice-merge","severity":"high"}},"chunk":"advisory-detail"}</script>
<script src="https://static-production.npmjs.example/advisory-detail.2a7c.js" async></script></body></html>`;

export const HELDOUT416_C: readonly TestPage[] = [
  {
    name: 'heldout416-debian-tracker-docs',
    kind: 'docs',
    html: dHtml,
    title: dTitle,
    headings: ['Vulnerable and fixed packages', 'Notes'],
    body: [...texts(dDesc), ...dSrc.map(rowText), ...dFixed.map((r) => rowText(r).trim()), ...texts(dNotes)],
    bylines: [],
    furniture: [
      'Debian Security Bug Tracker',
      'Report',
      'Description',
      'NVD',
      'CERT',
      'ENISA',
      'LWN',
      'oss-sec',
      'fulldisc',
      'Debian ELTS',
      'Red Hat',
      'Ubuntu',
      'Gentoo',
      'bugzilla',
      'advisories',
      'web search',
      'Debian Bugs',
      'The table below lists information on source packages.',
      'The information below is based on the following data on fixed versions.',
      'Debian Security',
      '(Git)',
      'Please send comments, corrections and questions to the security tracker team at team@security.debian.example.',
    ],
  },
  {
    name: 'heldout416-npm-advisory-docs',
    kind: 'docs',
    html: nHtml,
    title: nTitle,
    headings: ['Overview', 'Remediation'],
    body: texts([...nOverview, ...nSteps, ...nRemed]),
    bylines: ['Published Mar 5th, 2026', 'Updated Mar 7th, 2026', 'Reported by', 'Tamsin Achterberg'],
    furniture: [
      'Nurturing Perpetual Mirth',
      ...nNav,
      'Sign Up',
      'Sign In',
      'Advisories',
      '/ 1097841',
      'high severity',
      'Vulnerable versions',
      '<4.2.2 >=4.0.0 || <3.9.8',
      'Patched versions',
      '>=4.2.2 || >=3.9.8 <4.0.0',
      'Resources',
      'lattice-merge issue 218',
      'Fix commit 9d4e2b1',
      'CVE-2026-30207',
      'Other advisories',
      ...nOther,
      'Protect your projects',
      'Run npm audit in your project to find and fix known vulnerabilities.',
      'See npm plans',
      ...nFoot.filter((f) => f !== 'Advisories'),
      '© npm, Inc.',
    ],
  },
];
