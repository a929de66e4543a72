import { ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 79, file b2: a Kubernetes documentation task page on Hugo Docsy, viewed in an older version (the navbar with
 * the versions and language dropdowns, the "no longer actively maintained" version banner, the section sidebar with its search,
 * breadcrumbs, the "FEATURE STATE" notice, "Note:" and "Caution:" callouts, the "Before you begin" prerequisites with the
 * shortcode's boilerplate, "What's next", the "Feedback" box, the "Last modified" line, the right-hand page tools and TOC,
 * and the footer).
 */
const kTitle = 'Configure a Detach Grace Period for Volumes';
const kLead =
  'This page shows how to give a node more time to detach persistent volumes cleanly when a Pod is deleted, so that storage ' +
  'drivers that flush data on detach do not lose writes.';
const kBefore1 =
  'You need to have a Kubernetes cluster, and the kubectl command-line tool must be configured to communicate with your cluster. ' +
  'It is recommended to run this tutorial on a cluster with at least two nodes that are not acting as control plane hosts.';
const kBefore2 = 'Your Kubernetes server must be at or later than version v1.28. To check the version, enter <code>kubectl version</code>.';
const kBefore3 = [
  'You also need a CSI driver that reports the <code>VOLUME_DETACH_FLUSH</code> capability. Drivers that do not report it ignore ' +
    'the grace period and detach at once, as before.',
];
const kConcept = [
  'When a Pod is deleted, the kubelet unmounts its volumes and the attach/detach controller asks the storage driver to detach ' +
    'them from the node. Some drivers keep a write cache on the node and need a few seconds to flush it. If the controller ' +
    'forces the detach before the flush ends, the last writes never reach the backing storage.',
  'The detach grace period is the time the controller waits for a clean detach before it forces one. The default is 30 seconds.',
];
const kNote =
  '<strong>Note:</strong> The grace period only delays a forced detach. A driver that finishes flushing early detaches at once, ' +
  'so a long grace period does not slow down ordinary Pod deletion.';
const kSet = [
  'Set the period for a whole StorageClass with the <code>detachGracePeriodSeconds</code> field. Every volume provisioned from ' +
    'that class inherits the value:',
];
const kSet2 = ['To override the value for a single PersistentVolume, add the same field to its <code>spec</code>.'];
const kCaution =
  '<strong>Caution:</strong> While a volume waits for its grace period to end, it cannot be attached to another node. A very long ' +
  'period can delay rescheduling a StatefulSet Pod after a node failure.';
const kVerify = ['Delete a Pod that uses the volume and watch the VolumeAttachment object:'];
const kVerify2 = [
  'The <code>status.detachError</code> field stays empty when the driver detached within the grace period. If it shows ' +
    '<code>GracePeriodExceeded</code>, the controller forced the detach; check the driver logs on the node for slow flushes.',
];
const kNext = [
  'Read about <a href="/docs/concepts/storage/persistent-volumes/">Persistent Volumes</a>.',
  'Learn how to <a href="/docs/tasks/administer-cluster/change-pv-reclaim-policy/">change the reclaim policy of a PersistentVolume</a>.',
  'See the <a href="/docs/reference/kubernetes-api/config-and-storage-resources/storage-class-v1/">StorageClass API reference</a>.',
];
const kH = ['Before you begin', 'How the grace period works', 'Set the grace period', 'Verify the behaviour', "What's next"];
const kNav = ['Documentation', 'Kubernetes Blog', 'Training', 'Careers', 'Partners', 'Community', 'Case Studies'];
const kVersions = ['Versions', 'Release Information', 'v1.34', 'v1.33', 'v1.32', 'v1.31', 'v1.30', 'v1.29', 'v1.28'];
const kLangs = ['English', '中文 (Chinese)', 'Français (French)', 'Deutsch (German)', '日本語 (Japanese)', '한국어 (Korean)', 'Español (Spanish)'];
const kSide = [
  'Tasks',
  'Install Tools',
  'Administer a Cluster',
  'Configure Pods and Containers',
  'Manage Storage',
  'Configure a Detach Grace Period',
  'Change the Reclaim Policy of a PersistentVolume',
  'Monitoring, Logging, and Debugging',
];
const kCrumbs = ['Kubernetes Documentation', 'Tasks', 'Manage Storage'];
const kTools = ['View page source', 'Edit this page', 'Create child page', 'Create documentation issue', 'Print entire section'];
const kFeedback =
  'Thanks for the feedback. If you have a specific, answerable question about how to use Kubernetes, ask it on Stack Overflow. Open an ' +
  'issue in the GitHub Repository if you want to report a problem or suggest an improvement.';
const kBanner1 = 'Kubernetes v1.29 documentation is no longer actively maintained';
const kBanner2 = 'The version you are currently viewing is a static snapshot. For up-to-date information, see the latest version.';
const kFootLeft = ['User mailing list', 'Twitter', 'Calendar', 'Youtube'];
const kFootRight = ['GitHub', 'Slack', 'Contribute', 'Stack Overflow'];
const kCopy1 = '© 2025 The Kubernetes Authors | Documentation Distributed under CC BY 4.0';
const kCopy2 =
  'Copyright © 2025 The Linux Foundation ®. All rights reserved. The Linux Foundation has registered trademarks and uses trademarks. ' +
  'For a list of trademarks of The Linux Foundation, please see our Trademark Usage page';
const anchor = (t: string): string => t.toLowerCase().replace(/[^a-z]+/g, '-');
const h2 = (t: string): string => `<h2 id="${anchor(t)}">${t}</h2>`;
const kHtml = `<!doctype html><html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,shrink-to-fit=no"><meta name="generator" content="Hugo 0.133.0">
<meta name="robots" content="noindex, nofollow"><link rel="canonical" href="https://kubernetes.io/docs/tasks/manage-storage/detach-grace-period/">
<title>${kTitle} | Kubernetes</title><meta property="og:title" content="${kTitle}"><meta property="og:type" content="article">
<meta property="article:section" content="docs"><meta itemprop="name" content="${kTitle}"><meta itemprop="description" content="${kLead}">
<link rel="stylesheet" href="/scss/main.min.7c8b9a2f.css"><script src="/js/jquery-3.7.1.min.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization",
"url":"https://kubernetes.io","logo":"https://kubernetes.io/images/favicon.png"}
</script></head>
<body class="td-page td-documentation"><header><nav class="js-navbar-scroll navbar navbar-expand navbar-dark flex-column flex-md-row td-navbar"
data-auto-burger="primary"><a class="navbar-brand" href="/"></a><div class="td-navbar-nav-scroll ml-md-auto" id="main_navbar"><ul
class="navbar-nav mt-2 mt-lg-0">
${kNav
  .map(
    (t) => `<li class="nav-item mr-2 mb-lg-0"><a class="nav-link${t === 'Documentation' ? ' active' : ''}"
href="/${anchor(t)}/"><span>${t}</span></a></li>`,
  )
  .join('\n')}
<li class="nav-item mr-n3 mr-lg-0 dropdown"><a class="nav-link dropdown-toggle" href="#" id="navbarDropdown" role="button"
data-toggle="dropdown">${kVersions[0]}</a>
<div class="dropdown-menu dropdown-menu-right" aria-labelledby="navbarDropdownMenuLink">${kVersions
  .slice(1)
  .map(
    (v) => `<a class="dropdown-item"
href="https://${v.replace('.', '-')}.docs.kubernetes.io/">${v}</a>`,
  )
  .join('\n')}</div></li>
<li class="nav-item mr-n4 mr-lg-0 dropdown"><a class="nav-link dropdown-toggle" href="#" id="navbarDropdownMenuLink" role="button"
data-toggle="dropdown">English</a>
<div class="dropdown-menu dropdown-menu-right">${kLangs
  .slice(1)
  .map((l) => `<a class="dropdown-item" href="/x/">${l}</a>`)
  .join('\n')}</div></li></ul></div>
</nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner"><form class="td-sidebar__search d-flex
align-items-center"><input type="search" class="form-control td-search-input" placeholder="Search this site…" aria-label="Search this site…"
autocomplete="off"></form><nav class="collapse td-sidebar-nav" id="td-section-nav"><ul class="td-sidebar-nav__section pr-md-3 ul-0">
${kSide
  .map(
    (t) => `<li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child"><a href="/docs/tasks/${anchor(t)}/"
class="align-left pl-0 td-sidebar-link td-sidebar-link__section${t === 'Configure a Detach Grace Period' ? ' active' : ''}"><span>${t}</span></a></li>`,
  )
  .join('\n')}
</ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ml-2 pb-1 pt-2 mb-0">
${kTools.map((t) => `<a href="https://github.com/kubernetes/website/${anchor(t)}" target="_blank"><i class="fa fa-edit fa-fw"></i> ${t}</a>`).join('\n')}</div>
<nav id="TableOfContents"><ul>${kH.map((t) => `<li><a href="#${anchor(t)}">${t}</a></li>`).join('')}</ul></nav></aside>
<main class="col-12 col-md-9 col-xl-8 pl-md-5" role="main"><div class="pageinfo pageinfo-primary deprecation-warning"><h3>${kBanner1}</h3>
<p>The version you are currently viewing is a static snapshot. For up-to-date information, see the <a href="https://kubernetes.io/docs/home/">latest
version</a>.</p>
</div><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">${kCrumbs
  .map(
    (t) => `<li class="breadcrumb-item"><a href="/docs/${anchor(t)}/">${t}
</a></li>`,
  )
  .join('')}<li class="breadcrumb-item active" aria-current="page"><a href="/docs/tasks/manage-storage/detach-grace-period/">${kTitle}</a></li></ol></nav>
<div class="td-content"><h1>${kTitle}</h1>
<div class="feature-state-notice feature-beta" title="Feature Gate: VolumeDetachGracePeriod"><span class="feature-state-name">FEATURE STATE:</span>
<code>Kubernetes v1.29 [beta]</code></div>
<p>${kLead}</p>
${h2(kH[0]!)}
<p>${kBefore1}</p>
<p>${kBefore2}</p>
${ps(kBefore3)}
${h2(kH[1]!)}
${ps(kConcept)}
<div class="alert alert-info note callout" role="alert">${kNote}</div>
${h2(kH[2]!)}
${ps(kSet)}
<div class="highlight"><div class="copy-code-icon" style="text-align:right"><a href="#" title="Copy to clipboard">Copy</a></div>
<pre tabindex="0" style="background-color:#f8f8f8;-moz-tab-size:4;-o-tab-size:4;tab-size:4"><code class="language-yaml" data-lang="yaml">apiVersion:
storage.k8s.io/v1
kind: StorageClass
metadata:
  name: flush-ssd
detachGracePeriodSeconds: 120</code></pre></div>
${ps(kSet2)}
<div class="alert alert-danger caution callout" role="alert">${kCaution}</div>
${h2(kH[3]!)}
${ps(kVerify)}
<div class="highlight"><pre tabindex="0"><code class="language-shell" data-lang="shell">kubectl get volumeattachment -w</code></pre></div>
${ps(kVerify2)}
${h2(kH[4]!)}
<ul>${kNext.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button><button
class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button>
<p class="feedback--response feedback--response__hidden">Thanks for the feedback. If you have a specific, answerable question about how to use Kubernetes, ask
it on
<a target="_blank" rel="noopener" href="https://stackoverflow.com/questions/tagged/kubernetes">Stack Overflow</a>. Open an issue in the GitHub Repository if
you want to
<a class="feedback--link" target="_blank" rel="noopener" href="https://github.com/kubernetes/website/issues/new">report a problem</a> or
<a class="feedback--link" target="_blank" rel="noopener" href="https://github.com/kubernetes/website/issues/new">suggest an improvement</a>.</p></div>
<div class="text-muted mt-5 pt-3 border-top">Last modified January 17, 2024 at 4:05 PM PST: <a
href="https://github.com/kubernetes/website/commit/5e1a0c9">Clarify
grace period wording for CSI drivers (5e1a0c9)</a></div></div></main></div></div></div>
<footer class="d-print-none"><div class="footer__links"><nav><a class="text-white" href="/docs/home/">Home</a><a class="text-white" href="/blog/">Blog</a>
<a class="text-white" href="/training/">Training</a><a class="text-white" href="/partners/">Partners</a><a class="text-white" href="/community/">Community</a>
<a class="text-white" href="/case-studies/">Case Studies</a></nav></div><div class="container-fluid"><div class="row"><div
class="col-6 col-sm-2 text-xs-center order-sm-2">
<ul class="list-inline mb-0">${kFootLeft
  .map(
    (t) => `<li class="list-inline-item mx-2 h3" data-toggle="tooltip" data-placement="top" title="${t}" aria-label="${t}">
<a class="text-white" target="_blank" rel="noopener" href="https://example.org/${anchor(t)}" aria-label="${t}"><i class="fab"></i></a></li>`,
  )
  .join('')}</ul></div>
<div class="col-6 col-sm-2 text-right text-xs-center order-sm-3"><ul class="list-inline mb-0">${kFootRight
  .map(
    (t) => `<li class="list-inline-item mx-2 h3"
title="${t}"><a class="text-white" href="https://example.org/${anchor(t)}" aria-label="${t}"><i class="fab"></i></a></li>`,
  )
  .join('')}</ul></div>
<div class="col-12 col-sm-8 text-center order-sm-2"><small class="text-white">${kCopy1}</small><br><small class="text-white">${kCopy2}</small><br>
<small class="text-white">ICP license: 京ICP备17074266号-3</small></div></div></div></footer>
<script src="/js/bootstrap.min.js"></script><script src="/js/main.min.2d1e6b4a.js"></script></body></html>`;
export const kubernetesTask: TestPage = {
  html: kHtml,
  name: 'heldout79-kubernetes-docsy-task',
  kind: 'docs',
  // the version banner, the "FEATURE STATE" notice, the "Copy" buttons, the Feedback box and the page tools are furniture; the
  // "Note:" and "Caution:" callouts and the "Before you begin" boilerplate are body; "Last modified ..." with its commit is a byline
  title: kTitle,
  headings: kH,
  body: [
    kLead,
    kBefore1,
    ...texts([kBefore2]),
    ...texts(kBefore3),
    ...kConcept,
    ...texts([kNote]),
    ...texts(kSet),
    ...texts(kSet2),
    ...texts([kCaution]),
    ...kVerify,
    ...texts(kVerify2),
    ...texts(kNext),
  ],
  bylines: ['Last modified January 17, 2024 at 4:05 PM PST: Clarify grace period wording for CSI drivers (5e1a0c9)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...kNav, ...kVersions, ...kLangs, ...kSide.filter((t) => !kTitle.startsWith(t) && !t.includes('Reclaim')), ...kTools, kBanner1, kBanner2,
'Kubernetes Documentation',
    'FEATURE STATE:', 'Kubernetes v1.29 [beta]', 'Copy', 'Feedback', 'Was this page helpful?', 'Yes', 'No', kFeedback, 'Home', 'Blog', ...kCopy1.split(' | '),
    kCopy2, 'ICP license: 京ICP备17074266号-3',
  ],
};
