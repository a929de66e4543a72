import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout416-kit.js';

/**
 * Held-out batch 416, file a: a GitHub Advisory Database entry (Primer header, breadcrumb, Label badges, the affected /
 * patched versions box, the markdown description, references, the right sidebar with severity, CVSS metrics, EPSS,
 * weaknesses, IDs and credits, and the site footer) and an OSV.dev-style vulnerability entry (a data page whose main text is
 * short: the ID as h1, the aliases / published / modified fields, summary, details, affected ranges and references).
 */
const gTitle = 'tallowpdf allows path traversal when extracting embedded attachments';
const gImpact = [
  j(
    'The <code>extract_attachments()</code> helper in tallowpdf writes every file embedded in a PDF to a target directory, using',
    'the file name stored in the document. Before version 2.4.1 the name was joined to the target directory without being',
    'normalised, so a crafted PDF could name an attachment <code>../../.bashrc</code> and have it written outside the directory.',
  ),
  j(
    'Any service that accepts PDFs from users and calls <code>extract_attachments()</code> or the <code>tallow extract</code>',
    'command on them is affected. On a typical document-conversion worker this lets an attacker overwrite files owned by the',
    'worker account, which can lead to code execution the next time a shell or a Python interpreter starts.',
  ),
];
const gPatches = [
  j(
    'The issue is fixed in tallowpdf 2.4.1. Attachment names are now reduced to their final path component, names that are',
    'empty, start with a dot-dot segment or contain a NUL byte are rejected, and the resolved path is checked to lie inside the',
    'target directory before anything is written.',
  ),
  'Users of the 1.x series should upgrade to 2.4.1; the 1.x series is no longer maintained and will not receive a fix.',
];
const gWork = ['If you cannot upgrade straight away, you can reduce the risk in one of these ways:'];
const gWorkList = [
  'Run the extraction in a throwaway container or a temporary directory owned by an unprivileged user.',
  'Call <code>list_attachments()</code> first and refuse any document whose attachment names contain a slash or a backslash.',
  'Disable attachment extraction in the <code>tallow.toml</code> configuration by setting <code>attachments = false</code>.',
];
const gDetails = [
  j(
    'The vulnerable code path is <code>tallowpdf/embedded.py</code>, where the name from the <code>/UF</code> entry of the',
    'file specification dictionary is passed to <code>os.path.join</code>. Because <code>os.path.join</code> also discards the',
    'target directory when the second argument is absolute, a name such as <code>/etc/cron.d/job</code> was equally dangerous',
    'on systems where the worker could write there.',
  ),
  j('Thanks to Maren Oyelaran for reporting the issue through private vulnerability reporting and for reviewing the fix.'),
];
const gNav = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const gCrumbs = ['GitHub Advisory Database', 'GitHub Reviewed'];
const gRefs = [
  'https://github.com/orchardbay/tallowpdf/security/advisories/GHSA-7q4m-c2vx-9hjw',
  'https://github.com/orchardbay/tallowpdf/commit/4e1b9d07',
  'https://nvd.nist.gov/vuln/detail/CVE-2026-31877',
];
const gFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const gHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8">
<title>Tallowpdf allows path traversal when extracting embedded attachments · CVE-2026-31877 · GitHub Advisory Database · GitHub</title>
<meta name="description" content="The extract_attachments() helper in tallowpdf writes every file embedded in a PDF to a target directory.">
<meta property="og:title" content="tallowpdf allows path traversal when extracting embedded attachments"><meta property="og:site_name" content="GitHub">
<meta name="route-pattern" content="/advisories/:ghsa_id"><meta name="current-catalog-service" content="security_advisories">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.example/assets/primer-9b2c.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"GHSA-7q4m-c2vx-9hjw"}</script>
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.example/assets/behaviors-1a2b.js"></script>
</head><body class="logged-out env-production page-responsive" style="word-wrap: break-word;">
<div class="position-relative js-header-wrapper"><a href="#start-of-content" class="px-2 py-4 color-bg-accent-emphasis show-on-focus js-skip-to-content">Skip
to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details position-relative f4 py-3" role="banner">
<div class="container-xl d-flex flex-column flex-lg-row flex-items-center p-responsive height-full position-relative z-1">
<a class="mr-lg-3 color-fg-inherit flex-order-2" href="https://github.com/" aria-label="Homepage"><svg height="32" aria-hidden="true"></svg></a>
<nav class="mt-0 px-3 px-lg-0 mb-3 mb-lg-0" aria-label="Global"><ul class="d-lg-flex list-style-none">
${links(gNav, 'HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap')}</ul></nav>
<div class="d-lg-flex flex-items-center mb-3 mb-lg-0 text-center text-lg-left ml-3"><a href="/login" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign
in</a> <a href="/signup" class="HeaderMenu-link HeaderMenu-link--sign-up">Sign up</a></div></div></header></div>
<div id="start-of-content" class="show-on-focus"></div>
<div class="application-main " data-commit-hovercards-enabled data-discussion-hovercards-enabled><main>
<div class="container-lg px-3 px-md-4 px-lg-5 pt-4"><nav aria-label="Breadcrumb" class="mb-2"><ol>
${links(gCrumbs, 'breadcrumb-item')}
<li class="breadcrumb-item" aria-current="page">CVE-2026-31877</li></ol></nav>
<div class="gh-header issue" id="advisory-header"><div class="gh-header-show"><h1 class="gh-header-title lh-condensed f1 mb-2">${gTitle}</h1></div>
<div class="gh-header-meta TableObject-item TableObject-item--primary"><span class="Label Label--orange mr-1" title="Severity: high">High severity</span>
<span class="Label Label--success mr-1">GitHub Reviewed</span>
<span class="color-fg-muted">Published <relative-time datetime="2026-03-03T18:22:41Z">Mar 3, 2026</relative-time> to the GitHub Advisory Database</span>
<span class="color-fg-muted">• Updated <relative-time datetime="2026-03-06T09:04:10Z">Mar 6, 2026</relative-time></span></div></div>
<div class="gutter-condensed gutter-lg d-flex flex-column flex-md-row"><div class="col-12 col-md-9">
<div class="Box Box--responsive"><div class="Box-header"><h2 class="Box-title">Package</h2></div><div class="Box-body d-flex flex-wrap">
<div class="col-6"><span class="f5 text-bold">pip</span> <span class="f4 color-fg-default text-bold">tallowpdf</span> (<a href="#">pip</a>)</div>
<div class="col-3"><h2 class="text-small color-fg-muted mb-1">Affected versions</h2><div class="f4 color-fg-default">&lt; 2.4.1</div></div>
<div class="col-3"><h2 class="text-small color-fg-muted mb-1">Patched versions</h2><div class="f4 color-fg-default">2.4.1</div></div></div></div>
<div class="Box Box--responsive mt-3"><div class="Box-header"><h2 class="Box-title">Description</h2></div>
<div class="Box-body"><div class="markdown-body comment-body p-0">
<h3>Impact</h3>
${ps(gImpact)}
<h3>Patches</h3>
${ps(gPatches)}
<h3>Workarounds</h3>
${ps(gWork)}
<ul>
${lis(gWorkList)}
</ul>
<h3>Technical details</h3>
${ps(gDetails)}
</div></div></div>
<div class="Box Box--responsive mt-3"><div class="Box-header"><h2 class="Box-title">References</h2></div><div class="Box-body">
<ul class="list-style-none">${gRefs.map((r) => `<li><a href="${r}">${r}</a></li>`).join('\n')}</ul>
<div class="mt-3 color-fg-muted">Published by the National Vulnerability Database Mar 4, 2026</div></div></div></div>
<div class="col-12 col-md-3 f6"><div class="discussion-sidebar-item js-repository-advisory-details"><h3 class="mb-2 f6">Severity</h3>
<span class="Label Label--orange">High</span><div class="d-flex flex-justify-between mt-2"><span>CVSS overall score</span> <span>8.1</span></div>
<h4 class="f6 mt-2">CVSS v4 base metrics</h4><dl class="d-flex flex-wrap">
<dt>Attack vector</dt> <dd>Network</dd> <dt>Attack complexity</dt> <dd>Low</dd> <dt>Privileges required</dt> <dd>None</dd>
<dt>User interaction</dt> <dd>Passive</dd></dl></div>
<div class="discussion-sidebar-item"><h3 class="mb-2 f6">EPSS score</h3><p>0.214% (44th percentile)</p></div>
<div class="discussion-sidebar-item"><h3 class="mb-2 f6">Weaknesses</h3><a class="Label Label--secondary" href="/advisories?query=cwe%3A22">CWE-22</a>
<p class="color-fg-muted">Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')</p></div>
<div class="discussion-sidebar-item"><h3 class="mb-2 f6">CVE ID</h3><div class="color-fg-muted">CVE-2026-31877</div></div>
<div class="discussion-sidebar-item"><h3 class="mb-2 f6">GHSA ID</h3><div class="color-fg-muted">GHSA-7q4m-c2vx-9hjw</div></div>
<div class="discussion-sidebar-item"><h3 class="mb-2 f6">Source code</h3><a href="#">orchardbay/tallowpdf</a></div>
<div class="discussion-sidebar-item"><h3 class="mb-2 f6">Credits</h3><ul><li><a href="/moyelaran">moyelaran</a> <span>Reporter</span></li></ul></div>
<div class="discussion-sidebar-item"><p>See something to contribute? <a href="#">Suggest improvements for this vulnerability</a>.</p></div></div></div></div>
</main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2>
<div class="d-flex flex-items-center flex-justify-center"><span>© 2026 GitHub,&nbsp;Inc.</span></div>
<nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3><ul class="list-style-none d-flex flex-justify-center">
${links(gFoot, 'mx-2')}</ul></nav></footer>
<div class="js-cookie-consent-banner" hidden-until-js><div class="CookieBanner"><p>We use optional cookies to improve your experience on our websites and
to display personalized advertising based on your online activity.</p><button class="btn btn-primary">Accept</button> <button class="btn">Reject</button>
<button class="btn-link">Manage cookies</button></div></div></body></html>`;

const oTitle = 'PYSEC-2026-118';
const oSummary = 'Path traversal in tallowpdf attachment extraction';
const oDetails = [
  j(
    'tallowpdf before 2.4.1 joins the file name of each embedded attachment to the extraction directory without normalising it.',
    'A PDF whose attachment is named with parent-directory segments, or with an absolute path, causes',
    '<code>extract_attachments()</code> to write the attachment outside the extraction directory.',
  ),
  j(
    'An attacker who can submit a PDF to a service that extracts attachments can overwrite files writable by the service',
    'account. The fix in 2.4.1 keeps only the last component of the name and checks the resolved path before writing.',
  ),
];
const oNav = ['Search', 'Blog', 'FAQ', 'Docs', 'API', 'GitHub'];
const oRefs = [
  'https://github.com/orchardbay/tallowpdf/security/advisories/GHSA-7q4m-c2vx-9hjw',
  'https://github.com/orchardbay/tallowpdf/releases/tag/v2.4.1',
];
const oHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>OSV - Open Source Vulnerabilities</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${oSummary}">
<link rel="stylesheet" href="/static/main.9c1e.css"><script type="module" src="/static/main.41fa.js"></script>
<script async src="https://www.googletagmanager.example/gtag/js?id=G-OSV0001"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script></head>
<body><div class="wrapper"><header class="top-bar"><div class="logo"><a href="/"><img src="/static/img/logo.png" alt="OSV"></a></div>
<nav class="nav-links"><ul>${links(oNav, 'nav-item')}</ul></nav><mwc-icon-button class="mobile-menu-button" icon="menu"></mwc-icon-button></header>
<div class="content"><turbo-frame id="vulnerability-page" data-turbo-action="advance"><div class="vulnerability-page">
<div class="title-bar"><h1 class="title">${oTitle}</h1><div class="actions"><a class="link-button" href="/vulnerability/${oTitle}.json"
download>Download JSON</a> <a class="link-button" href="https://github.com/pypa/advisory-database/edit/main/vulns/tallowpdf/${oTitle}.yaml">Suggest
an improvement</a></div></div>
<dl class="vulnerability-details">
<dt>Aliases</dt><dd><ul class="aliases"><li><a href="/vulnerability/CVE-2026-31877">CVE-2026-31877</a></li>
<li><a href="/vulnerability/GHSA-7q4m-c2vx-9hjw">GHSA-7q4m-c2vx-9hjw</a></li></ul></dd>
<dt>Published</dt><dd><relative-time datetime="2026-03-04T21:15:00Z">2026-03-04T21:15:00Z</relative-time></dd>
<dt>Modified</dt><dd><relative-time datetime="2026-03-09T07:40:12Z">2026-03-09T07:40:12Z</relative-time></dd>
<dt>Summary</dt><dd class="summary">${oSummary}</dd>
<dt>Details</dt><dd class="details"><div class="markdown">${ps(oDetails)}</div></dd></dl>
<h2 class="section-title">Affected packages</h2>
<div class="affected-packages"><div class="package-tabs"><mwc-tab-bar><mwc-tab label="PyPI / tallowpdf"></mwc-tab></mwc-tab-bar></div>
<div class="package-details"><h3 class="package-header">PyPI / tallowpdf</h3><dl><dt>Package</dt><dd><dl>
<dt>Name</dt><dd>tallowpdf</dd><dt>Purl</dt><dd>pkg:pypi/tallowpdf</dd></dl></dd>
<dt>Affected ranges</dt><dd><table class="range-table"><thead><tr><th>Type</th><th>Events</th></tr></thead><tbody>
<tr><td>ECOSYSTEM</td><td>Introduced: 0 Fixed: 2.4.1</td></tr></tbody></table></dd>
<dt>Affected versions</dt><dd><div class="version-list"><span class="version">0.9.0</span> <span class="version">1.0.0</span>
<span class="version">1.3.2</span> <span class="version">2.0.0</span> <span class="version">2.4.0</span></div></dd></dl></div></div>
<h2 class="section-title">References</h2><ul class="references">${oRefs.map((r) => `<li><a href="${r}" target="_blank">${r}</a></li>`).join('\n')}</ul>
</div></turbo-frame></div>
<footer class="footer"><p>OSV is an open source project maintained by the OSV community.</p><ul class="footer-links">
${links(['Privacy', 'Terms', 'Report an issue'])}</ul></footer></div></body></html>`;

export const HELDOUT416_A: readonly TestPage[] = [
  {
    name: 'heldout416-github-advisory-docs',
    kind: 'docs',
    html: gHtml,
    title: gTitle,
    headings: ['Impact', 'Patches', 'Workarounds', 'Technical details'],
    body: texts([...gImpact, ...gPatches, ...gWork, ...gWorkList, ...gDetails]),
    bylines: ['Published Mar 3, 2026 to the GitHub Advisory Database', 'Updated Mar 6, 2026', 'Published by the National Vulnerability Database Mar 4, 2026'],
    furniture: [
      ...gNav,
      'Skip to content',
      'Sign up',
      ...gCrumbs,
      'High severity',
      'Package',
      'Affected versions',
      'Patched versions',
      'Description',
      'References',
      ...gRefs,
      'CVSS overall score',
      'CVSS v4 base metrics',
      'Attack vector',
      'Attack complexity',
      'Privileges required',
      'User interaction',
      'EPSS score',
      '0.214% (44th percentile)',
      'Weaknesses',
      'CWE-22',
      "Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')",
      'GHSA ID',
      'Source code',
      'orchardbay/tallowpdf',
      'Credits',
      'Reporter',
      'See something to contribute?',
      'Suggest improvements for this vulnerability',
      '© 2026 GitHub, Inc.',
      ...gFoot,
      'We use optional cookies to improve your experience on our websites and to display personalized advertising based on your online activity.',
      'Accept',
      'Reject',
    ],
  },
  {
    name: 'heldout416-osv-vulnerability-docs',
    kind: 'docs',
    html: oHtml,
    title: oTitle,
    headings: [],
    body: texts([oSummary, ...oDetails]),
    bylines: ['2026-03-04T21:15:00Z', '2026-03-09T07:40:12Z'],
    furniture: [
      ...oNav,
      'Download JSON',
      'Suggest an improvement',
      'Aliases',
      'Published',
      'Modified',
      'Affected packages',
      'Affected ranges',
      'References',
      ...oRefs,
      'OSV is an open source project maintained by the OSV community.',
      'Privacy',
      'Terms',
      'Report an issue',
    ],
  },
];
