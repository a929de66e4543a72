import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout239-kit.js';

/**
 * Held-out batch 239, file c2: a GitHub repository security advisory (global header, repository header with the counters
 * and tabs, Subhead h1, severity label and "published" line, the Package / Affected versions / Patched versions box, the
 * Description box with its markdown h3 sections, the sidebar with severity, CVSS metrics, CVE ID, weaknesses and credits,
 * and the site footer).
 */
const gTitle = 'Prototype pollution in yamlette merge keys allows property injection';
const gImpact = [
  j(
    'When yamlette parses a document that uses YAML merge keys (<code>&lt;&lt;</code>), it copies the merged mapping into the',
    'target object without filtering special keys. A document containing a <code>__proto__</code> mapping under a merge key can',
    'therefore add properties to <code>Object.prototype</code> for the whole Node.js process.',
  ),
  j(
    'Applications that parse untrusted YAML with <code>yamlette.load()</code>, for example configuration uploads or CI pipeline',
    'files, are affected. Depending on how the application uses the polluted properties, this can lead to denial of service,',
    'bypass of authorization checks or, in some template engines, remote code execution.',
  ),
];
const gDetails = [
  j(
    'The merge handler in <code>lib/compose/merge.js</code> iterates over the keys of the source mapping with a plain',
    '<code>for...in</code> loop and assigns each value to the target. Because the parser builds mappings as ordinary objects, a key',
    'named <code>__proto__</code> is treated as the prototype accessor rather than as data, and the assignment reaches the shared prototype.',
  ),
  j(
    'Documents loaded without merge keys are not affected, and the <code>loadSafe()</code> entry point was never vulnerable. The',
    'fix creates mappings with <code>Object.create(null)</code> and skips the keys <code>__proto__</code>, <code>constructor</code>',
    'and <code>prototype</code> during merges.',
  ),
];
const gPatches = ['The issue is fixed in version 3.4.2. All users should upgrade:'];
const gCode = 'npm install yamlette@^3.4.2';
const gWork = ['If you cannot upgrade right away, any of the following reduces the risk:'];
const gWorkList = [
  'Pass <code>{ merge: false }</code> to <code>load()</code> to turn off merge key support.',
  'Freeze the prototype with <code>Object.freeze(Object.prototype)</code> at startup, if your dependencies allow it.',
  'Parse untrusted documents with <code>loadSafe()</code>, which has never supported merge keys.',
];
const gRefs = ['Fix commit 8e41c2d', 'Release notes for 3.4.2', 'Original report by the credited researcher'];
const gRepoNav = ['Code', 'Issues', 'Pull requests', 'Discussions', 'Actions', 'Security', 'Insights'];
const gTop = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const gFoot = ['Terms', 'Privacy', 'Status', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const gCvss = [
  ['Attack vector', 'Network'],
  ['Attack complexity', 'Low'],
  ['Privileges required', 'None'],
  ['User interaction', 'None'],
  ['Scope', 'Unchanged'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8">
<link rel="dns-prefetch" href="https://github.githubassets.com"><link crossorigin="anonymous" media="all" rel="stylesheet"
href="https://github.githubassets.com/assets/primer-primitives-4cf0d59ab51a.css">
<title>${gTitle} · Advisory · quayfield/yamlette · GitHub</title>
<meta name="description" content="When yamlette parses a document that uses YAML merge keys, it copies the merged mapping without filtering special keys.">
<meta property="og:title" content="${gTitle}"><meta property="og:site_name" content="GitHub"><meta name="route-controller" content="repository_advisories">
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/wp-runtime-8a1d1e4f.js"></script>
</head><body class="logged-out env-production page-responsive"><div class="position-relative header-wrapper js-header-wrapper">
<a href="#start-of-content" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details position-relative f4 py-3" role="banner">
<h2 class="sr-only">Navigation Menu</h2><nav aria-label="Global"><ul class="d-lg-flex list-style-none">${links(gTop, 'HeaderMenu-item')}</ul></nav>
<div class="position-relative HeaderMenu-link-wrap d-lg-inline-block"><a href="/login" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a>
<a href="/signup" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a></div></header></div>
<div class="application-main" data-commit-hovercards-enabled><main id="js-repo-pjax-container">
<div id="repository-container-header" class="pt-3 hide-full-screen" data-turbo-replace><div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5">
<div class="flex-auto min-width-0 width-fit"><div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal">
<span class="author flex-self-stretch" itemprop="author"><a class="url fn" rel="author" href="/quayfield">quayfield</a></span>
<span class="mx-1 flex-self-stretch color-fg-muted">/</span>
<strong itemprop="name" class="mr-2 flex-self-stretch"><a href="/quayfield/yamlette">yamlette</a></strong>
<span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div>
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline"><li><a class="btn-sm btn" href="/login">Notifications</a></li>
<li><a class="btn-sm btn" href="/login">Fork <span id="repo-network-counter" class="Counter">214</span></a></li>
<li><a class="btn-sm btn" href="/login">Star <span id="repo-stars-counter-star" class="Counter">3.2k</span></a></li></ul></div>
<nav data-pjax="#js-repo-pjax-container" aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav
overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5"><ul class="UnderlineNav-body list-style-none">${links(gRepoNav, 'd-inline-flex')}</ul></nav></div>
<div class="clearfix container-xl px-md-4 px-lg-5 px-3"><div class="Subhead"><h1 class="Subhead-heading Subhead-heading--large
wb-break-word">${gTitle}</h1></div>
<div class="gh-header-meta TableObject-item TableObject-item--primary"><span class="Label Label--orange mr-1" title="Severity: high">High</span>
<a class="Link--secondary text-bold" href="/elinorvasko">elinorvasko</a> published <span class="text-bold">GHSA-7q4m-x2vc-9h3p</span>
<relative-time datetime="2026-03-04T16:20:11Z" class="no-wrap">Mar 4, 2026</relative-time></div>
<div class="Box mt-3"><div class="Box-body d-flex flex-wrap">
<div class="col-12 col-md-4 pr-3"><h2 class="text-small color-fg-muted mb-1">Package</h2>
<div class="f4 color-fg-default text-bold">yamlette <span class="color-fg-muted text-normal">(npm)</span></div></div>
<div class="col-6 col-md-4 pr-3"><h2 class="text-small color-fg-muted mb-1">Affected versions</h2><div class="f4 color-fg-default">&lt; 3.4.2</div></div>
<div class="col-6 col-md-4"><h2 class="text-small color-fg-muted mb-1">Patched versions</h2><div class="f4 color-fg-default">3.4.2</div></div></div></div>
<div class="d-flex flex-column flex-md-row mt-3"><div class="col-md-9 pr-md-4"><div class="Box"><div class="Box-header">
<h2 class="Box-title">Description</h2></div>
<div class="Box-body markdown-body comment-body p-4">
<h3 dir="auto">Impact</h3>
${ps(gImpact, ' dir="auto"')}
<h3 dir="auto">Details</h3>
${ps(gDetails, ' dir="auto"')}
<h3 dir="auto">Patches</h3>
${ps(gPatches, ' dir="auto"')}
<div class="highlight highlight-source-shell notranslate position-relative overflow-auto" dir="auto"><pre>${gCode}</pre></div>
<h3 dir="auto">Workarounds</h3>
${ps(gWork, ' dir="auto"')}
<ul dir="auto">
${gWorkList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<h3 dir="auto">References</h3>
<ul dir="auto">
${gRefs.map((t) => `<li><a href="https://github.com/quayfield/yamlette/${t.length}">${t}</a></li>`).join('\n')}
</ul></div></div></div>
<div class="col-md-3 discussion-sidebar"><div class="discussion-sidebar-item js-repository-advisory-details">
<h3 class="mb-2 h6">Severity</h3><div class="d-flex flex-items-baseline pb-1"><span class="Label Label--orange">High</span>
<span class="ml-2 f6">7.5 / 10</span></div>
<details class="details-reset"><summary class="Link--muted">CVSS v3 base metrics</summary>
<dl class="mt-2">
${gCvss.map(([k, v]) => `<div class="d-flex flex-justify-between"><dt>${k}</dt>\n<dd>${v}</dd></div>`).join('\n')}
</dl></details></div>
<div class="discussion-sidebar-item"><h3 class="mb-2 h6">CVE ID</h3><div class="color-fg-muted">CVE-2026-29107</div></div>
<div class="discussion-sidebar-item"><h3 class="mb-2 h6">Weaknesses</h3><a class="Label Label--secondary" href="#">CWE-1321</a></div>
<div class="discussion-sidebar-item"><h3 class="mb-2 h6">Credits</h3><ul class="list-style-none">
<li><a href="/hsolberg" class="Link--primary">hsolberg</a> <span class="color-fg-muted">Reporter</span></li>
<li><a href="/mtakeda-sec" class="Link--primary">mtakeda-sec</a> <span class="color-fg-muted">Remediation developer</span></li></ul></div></div></div></div>
</main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2>
<span class="flex-shrink-0 mr-md-3">© 2026 GitHub,&nbsp;Inc.</span><nav aria-label="Footer"><ul class="list-style-none d-flex flex-wrap">
${links(gFoot, 'mx-2')}</ul></nav></footer>
<div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden>You can’t perform that action at this time.</div>
<script type="application/json" id="client-env">{"locale":"en","featureFlags":["advisory_cvss_v4"]}</script></body></html>`;
export const ghsa: TestPage = {
  name: 'heldout239-github-security-advisory',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['Description', 'Impact', 'Details', 'Patches', 'Workarounds', 'References'],
  body: texts([...gImpact, ...gDetails, ...gPatches, gCode, ...gWork, ...gWorkList, ...gRefs]),
  bylines: ['elinorvasko', 'Mar 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...gTop, 'Sign in', 'Sign up', 'quayfield', 'Public', 'Notifications', 'Fork', '214', 'Star', '3.2k',
    ...gRepoNav, 'High', 'published', 'GHSA-7q4m-x2vc-9h3p', 'Package', 'Affected versions', 'Patched versions', 'Severity', '7.5 / 10',
    'CVSS v3 base metrics', ...gCvss.flat(), 'CVE ID', 'CVE-2026-29107', 'Weaknesses', 'CWE-1321', 'Credits', 'hsolberg', 'Reporter', 'mtakeda-sec',
    'Remediation developer', '© 2026 GitHub, Inc.', ...gFoot,
  ],
};
