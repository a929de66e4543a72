import { type TestPage, texts } from './page-kit.js';
import { guidePage } from './pages-heldout77-d2.js';

/**
 * Held-out batch 77, file d: a Hugo Docsy documentation task page (the dark navbar with brand, sections, version and
 * language dropdowns and the offline search box, the foldable section sidebar, the page-meta links "View page source",
 * "Edit this page", "Create child page", "Create documentation issue", "Create project issue", "Print entire section",
 * the "On this page" TOC, breadcrumbs, the lead, headings with self links, an ordered list of steps with code blocks,
 * Docsy alert boxes with "Note" and "Warning" headings, the "Feedback" widget with its hidden yes/no responses, the
 * "Last modified" line with the commit, and the footer), and a Rails-guides-shaped framework guide (file d2).
 */
const dyTitle = 'Rotate signing keys';
const dyLead = 'Replace the key that Kestrel uses to sign release attestations, without breaking verification for existing artifacts.';
const dyIntro = [
  'Kestrel signs every attestation with the active key of the signing keyring. Rotating that key regularly limits the ' +
    'damage if a key is ever exposed, and many compliance frameworks require rotation at least once a year.',
  'A rotation adds a new key, makes it the active key, and keeps the old key available for verification until every ' +
    'artifact signed with it has expired. Nothing that was signed before the rotation needs to be signed again.',
];
const dyH = ['Before you begin', 'Rotate the key', 'Verify the rotation', 'Retire the old key'];
const dyBefore = ['You need:'];
const dyNeeds = [
  'Kestrel 1.8 or later on the control plane.',
  'The <code>keyring-admin</code> role in the namespace that owns the keyring.',
  'Access to your key management service, if the keyring stores keys there rather than in Kestrel’s own secret store.',
];
const dyNote =
  'If you run several control-plane replicas, perform the rotation against one replica only. The others pick up the new ' +
  'active key within 30 seconds through the keyring watch.';
const dySteps = [
  'Generate the new key and add it to the keyring as an inactive key:',
  'Check that the new key appears in the keyring with the status <code>inactive</code>:',
  'Make the new key active. From this point, new attestations are signed with it:',
];
const dyAfterSteps = [
  'The previous key moves to the status <code>verify-only</code>. Kestrel keeps using it to check signatures on older ' +
    'attestations but never signs with it again.',
];
const dyVerify = [
  'Sign a test artifact and confirm that the attestation carries the new key ID. Then verify an attestation created ' +
    'before the rotation, to make sure the old key is still trusted:',
  'Both commands should report <code>verified</code>. If the older attestation fails, the old key was removed from the ' +
    'keyring instead of being moved to verify-only; add it back with <code>kestrel keyring import</code>.',
];
const dyRetire = [
  'Once the longest retention period of your attestations has passed since the rotation, the old key is no longer ' +
    'needed. Remove it from the keyring to reduce the number of keys an attacker could target.',
];
const dyWarn = 'Removing a key cannot be undone. Any attestation signed with a removed key fails verification, even if it has not ' + 'yet expired.';
const dyCode = (c: string): string =>
  `<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-shell" data-lang="shell"><span class="line"><span
class="cl">${c}\n</span></span></code></pre></div>`;
const dyNav = ['Documentation', 'Blog', 'Community', 'Releases'];
const dySide = ['Overview', 'Getting Started', 'Concepts', 'Tasks', 'Configure a keyring', 'Sign in CI pipelines', 'Reference', 'Contribution Guidelines'];
const dyMeta = ['View page source', 'Edit this page', 'Create child page', 'Create documentation issue', 'Create project issue', 'Print entire section'];
const dyFeedback = ['Feedback', 'Was this page helpful?', 'Yes', 'No'];
const dyResp = ['Glad to hear it! Please tell us how we can improve.', 'Sorry to hear that. Please tell us how we can improve.'];
const dyCommit = 'Clarify key rotation order (#412) (3f2a1bc)';
const dyId = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const dyH2 = (t: string): string => `<h2 id="${dyId(t)}">${t}<a class="td-heading-self-link" href="#${dyId(t)}" aria-label="Heading self-link"></a></h2>`;
const dyP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const dyAlert = (kind: string, title: string, p: string): string =>
  `<div class="alert alert-${kind}" role="alert"><div class="h4 alert-heading" role="heading">${title}</div>\n<p>${p}</p>\n</div>`;
const dyHtml = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.140.2">
<link rel="canonical" type="text/html" href="https://kestrel.dev/docs/tasks/rotate-signing-keys/"><title>${dyTitle} | Kestrel</title>
<meta name="description" content="${dyLead}"><meta property="og:title" content="${dyTitle}"><meta property="og:type" content="article">
<meta itemprop="dateModified" content="2025-03-03T10:21:44+01:00"><link rel="preload" href="/scss/main.min.css" as="style">
<link href="/scss/main.min.css" rel="stylesheet" integrity=""><script src="https://code.jquery.com/jquery-3.7.1.min.js" crossorigin="anonymous"></script>
<script defer src="/js/lunr.min.js"></script></head>
<body class="td-page td-documentation"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column
flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"><svg viewBox="0 0 32 32" aria-hidden="true"></svg></span><span
class="navbar-brand__name">Kestrel</span></a><div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">
${dyNav
  .map(
    (t, i) => `<li class="nav-item"><a class="nav-link${i === 0 ? ' active' : ''}"
href="/${t.toLowerCase()}/"><span${i === 0 ? ' class="active"' : ''}>${t}</span></a>
</li>`,
  )
  .join('\n')}
<li class="nav-item dropdown d-none d-lg-block"><div class="dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown"
aria-haspopup="true" aria-expanded="false">v1.8</a><ul class="dropdown-menu"><li><a class="dropdown-item" href="https://v1-7.kestrel.dev">v1.7</a></li>
<li><a class="dropdown-item" href="https://v1-6.kestrel.dev">v1.6</a></li></ul></div></li>
<li class="nav-item dropdown d-none d-lg-block"><div class="dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown"
aria-haspopup="true" aria-expanded="false">English</a><ul class="dropdown-menu"><li><a class="dropdown-item" href="/ja/">日本語</a></li></ul></div></li>
</ul></div><div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div><input type="search"
class="td-search__input form-control" placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"
data-offline-search-index-json-src="/offline-search-index.b8c1.json" data-offline-search-base-href="/" data-offline-search-max-results="10"></div></div></div>
</nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner"><form class="td-sidebar__search d-flex
align-items-center"><div class="td-search td-search--offline"><div class="td-search__icon"></div><input type="search" class="td-search__input form-control"
placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"></div><button class="btn btn-link td-sidebar__toggle d-md-none p-0 ms-3
fas
fa-bars" type="button" data-bs-toggle="collapse" data-bs-target="#td-section-nav" aria-controls="td-section-nav" aria-expanded="false" aria-label="Toggle
section navigation"></button></form><nav class="td-sidebar-nav collapse foldable-nav" id="td-section-nav"><ul class="td-sidebar-nav__section pe-md-3 ul-0">
<li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child active-path" id="m-docs-li"><a href="/docs/" class="align-left ps-0 td-sidebar-link
td-sidebar-link__section tree-root" id="m-docs"><span>Documentation</span></a><ul class="ul-1">
${dySide
  .map(
    (
      t,
    ) => `<li class="td-sidebar-nav__section-title td-sidebar-nav__section without-child" id="m-docs${dyId(t)}-li"><a href="/docs/${dyId(t)}/" class="align-left
ps-0 td-sidebar-link td-sidebar-link__page" id="m-docs${dyId(t)}"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
${dyMeta
  .map(
    (t, i) => `<a href="https://github.com/kestrel/website/${i}" class="td-page-meta--${i}" target="_blank" rel="noopener"><i class="fa-solid fa-pen-to-square
fa-fw"></i> ${t}</a>`,
  )
  .join('\n')}</div>
<div class="td-toc"><nav id="TableOfContents"><ul>${dyH.map((h) => `<li><a href="#${dyId(h)}">${h}</a></li>`).join('\n')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Documentation</a></li><li class="breadcrumb-item"><a href="/docs/tasks/">Tasks</a></li>
<li class="breadcrumb-item active" aria-current="page">${dyTitle}</li></ol></nav>
<div class="td-content"><h1>${dyTitle}</h1><div class="lead">${dyLead}</div>
<header class="article-meta"></header>
${dyP(dyIntro)}
${dyH2(dyH[0]!)}
${dyP(dyBefore)}
<ul>${dyNeeds.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${dyAlert('primary', 'Note', dyNote)}
${dyH2(dyH[1]!)}
<ol>
<li><p>${dySteps[0]}</p>${dyCode('kestrel keyring add-key release-keys --algorithm ed25519 --inactive')}</li>
<li><p>${dySteps[1]}</p>${dyCode('kestrel keyring list release-keys')}</li>
<li><p>${dySteps[2]}</p>${dyCode('kestrel keyring activate release-keys --key-id k-2025-03')}</li>
</ol>
${dyP(dyAfterSteps)}
${dyH2(dyH[2]!)}
${dyP(dyVerify.slice(0, 1))}
${dyCode('kestrel attest verify build-1841.att.json &amp;&amp; kestrel attest verify build-1203.att.json')}
${dyP(dyVerify.slice(1))}
${dyH2(dyH[3]!)}
${dyP(dyRetire)}
${dyAlert('warning', 'Warning', dyWarn)}
${dyCode('kestrel keyring remove-key release-keys --key-id k-2024-02')}
<div class="d-print-none"><h2 class="feedback--title">${dyFeedback[0]}</h2><p class="feedback--question">${dyFeedback[1]}</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">${dyFeedback[2]}</button>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">${dyFeedback[3]}</button>
<p class="feedback--response feedback--response-yes">Glad to hear it! Please <a target="_blank" href="https://github.com/kestrel/website/issues/new">tell us how
we
can improve</a>.</p><p class="feedback--response feedback--response-no">Sorry to hear that. Please <a target="_blank"
href="https://github.com/kestrel/website/issues/new">tell us how we can improve</a>.</p></div>
<div class="td-page-meta__lastmod">Last modified March 3, 2025: <a data-proofer-ignore
href="https://github.com/kestrel/website/commit/3f2a1bc9e0">${dyCommit}</a>
</div></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1">
<ul class="td-footer__links-list"><li class="td-footer__links-item" data-bs-toggle="tooltip" title="Mailing list" aria-label="Mailing list"><a target="_blank"
rel="noopener" href="https://groups.example.org/kestrel" aria-label="Mailing list"><i class="fa fa-envelope"></i></a></li></ul></div>
<div class="td-footer__right col-6 col-sm-4 order-sm-3"><ul class="td-footer__links-list"><li class="td-footer__links-item" data-bs-toggle="tooltip"
title="GitHub" aria-label="GitHub"><a target="_blank" rel="noopener" href="https://github.com/kestrel/kestrel" aria-label="GitHub"><i class="fab
fa-github"></i></a>
</li></ul></div><div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2"><span class="td-footer__copyright">© 2025 <span class="td-footer__authors">The
Kestrel Authors</span> | <span class="td-footer__license">Documentation Distributed under <a href="https://creativecommons.org/licenses/by/4.0">CC BY
4.0</a></span></span><span class="td-footer__all_rights_reserved">All Rights Reserved</span><span class="ms-2"><a href="https://kestrel.dev/privacy/"
target="_blank" rel="noopener">Privacy Policy</a></span></div></div></div></footer></div>
<script src="/js/main.min.js" integrity="" crossorigin="anonymous"></script></body></html>`;
const docsyPage: TestPage = {
  html: dyHtml,
  name: 'heldout77-hugo-docsy-docs',
  kind: 'docs',
  // the lead is body; code blocks and the alert headings ("Note", "Warning") are in neither list, the alerts' paragraphs
  // are body; the TOC's and breadcrumb's copies of the headings and title are left out; "Last modified March 3, 2025" is
  // a byline and the commit link furniture; the feedback widget, its hidden responses and the page-meta links are furniture
  title: dyTitle,
  headings: dyH,
  body: [dyLead, ...texts(dyIntro), ...dyBefore, ...texts(dyNeeds), dyNote, ...texts(dySteps), ...texts(dyAfterSteps), ...texts(dyVerify), ...dyRetire, dyWarn],
  bylines: ['Last modified March 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kestrel', ...dyNav, 'v1.8', 'v1.7', 'v1.6', 'English', '日本語', ...dySide, ...dyMeta, ...dyFeedback, ...dyResp, dyCommit,
    '© 2025 The Kestrel Authors | Documentation Distributed under CC BY 4.0', 'All Rights Reserved', 'Privacy Policy',
  ],
};

export const HELDOUT77_D: readonly TestPage[] = [docsyPage, guidePage];
