import { links, type TestPage, texts } from './page-kit.js';
import { paras, tags } from './pages-heldout94-kit.js';

/**
 * Held-out batch 94, file d2: a Kubernetes documentation task page on Hugo Docsy (the announcement banner, the td-navbar
 * with the Versions and language dropdowns, the left section nav with its search box, breadcrumbs, the lead paragraph, a
 * feature-state notice, "Before you begin" boilerplate, note and caution callouts, code-sample headers with copy icons, the
 * right column page-meta links and "On this page" table of contents, the feedback widget with its hidden responses, the
 * "Last modified" line and the footer).
 */
const k8Title = 'Set a Storage Quota for a Namespace';
const k8Lead =
  'This page shows how to limit the total amount of persistent storage that workloads in a namespace can request, and how to set a ' +
  'separate limit for each StorageClass.';
const k8H1 = 'Before you begin';
const k8P1 = paras(`
You need a Kubernetes cluster, and the kubectl command-line tool must be configured to talk to it. Your cluster must have at
least one StorageClass that supports dynamic provisioning. If you do not have a cluster, you can create one with a local tool
such as minikube or kind.`);
const k8P1b = ['To check the version, enter <code>kubectl version</code>.'];
const k8H2 = 'Create a namespace';
const k8P2 = paras(`
Create a namespace so that the resources you create in this exercise are isolated from the rest of your cluster:`);
const k8H3 = 'Create the ResourceQuota';
const k8P3 = paras(`
Here is the manifest for a ResourceQuota that allows at most five PersistentVolumeClaims in the namespace, with a combined
request of no more than 20 GiB:`);
const k8P4 = paras(`
The <code>requests.storage</code> field counts the storage requested by all PersistentVolumeClaims in the namespace, whether
or not they are bound. The <code>persistentvolumeclaims</code> field counts the claims themselves.

Create the ResourceQuota and view its details:`);
const k8Note = paras(`
A ResourceQuota only affects objects created after it. Claims that already exist in the namespace count towards the total,
but they are not removed if the total is already over the limit.`);
const k8H4 = 'Try to exceed the quota';
const k8P5 = paras(`
Create a PersistentVolumeClaim that requests 25 GiB. Because the request on its own is larger than the quota allows, the API
server rejects it and the output shows which limit was exceeded.

Now create two claims of 8 GiB each. Both succeed, and the quota shows 16 GiB used. A third claim of 8 GiB is rejected,
because it would bring the total to 24 GiB.`);
const k8H5 = 'Limit storage per StorageClass';
const k8P6 = paras(`
You can also set limits that apply only to claims using a particular StorageClass. This is useful when one class is backed by
expensive fast disks and another by cheaper storage. Prefix the resource name with the StorageClass name followed by
<code>.storageclass.storage.k8s.io/</code>:`);
const k8Caution = paras(`
A claim that does not name a StorageClass uses the cluster’s default class. Quota is counted against the class the claim
names, so check which class is the default before relying on per-class limits.`);
const k8H6 = 'Clean up';
const k8P7 = ['Delete the namespace, which also deletes the ResourceQuota and the claims you created:'];
const k8H7 = 'What’s next';
const k8Next = [
  'Read more about <a href="/docs/concepts/policy/resource-quotas/">Resource Quotas</a>.',
  'Learn how to <a href="/docs/tasks/administer-cluster/manage-resources/memory-default-namespace/">configure default memory requests and limits</a>.',
  'See the <a href="/docs/concepts/storage/persistent-volumes/">Persistent Volumes</a> concept page.',
];
const k8Code = (file: string, lines: readonly string[]): string => `<div class="code-sample"><div class="code-sample__header">
<a href="https://raw.githubusercontent.com/kubernetes/website/main/content/en/examples/${file}" download="${file}"><code>${file}</code></a>
<img src="/images/copycode.svg" class="icon-copycode" title="Copy ${file} to clipboard" alt=""></div><div class="includecode">
<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-yaml" data-lang="yaml">${lines
  .map((l) => `<span class="line"><span class="cl">${l}\n</span></span>`)
  .join('')}</code></pre></div></div></div>`;
const k8Sh = (cmd: string): string =>
  `<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-shell" data-lang="shell"><span class="line"><span
class="cl">${cmd}\n</span></span></code></pre></div>`;
const k8Callout = (kind: string, label: string, text: readonly string[]): string =>
  `<div class="alert alert-${kind === 'note' ? 'info' : 'warning'} ${kind} callout" role="alert"><strong>${label}</strong> ${text.join(' ')}</div>`;
const k8Banner = [
  'Kubernetes Contributor Summit Lisbon 2026',
  'Join contributors from around the world on 16 March for a day of working sessions. Registration is open.',
];
const k8Nav = ['Documentation', 'Kubernetes Blog', 'Training', 'Careers', 'Partners', 'Community', 'Versions', 'English'];
const k8Versions = ['Release Information', 'v1.34', 'v1.33', 'v1.32', 'v1.31'];
const k8Langs = ['中文 (Chinese)', '日本語 (Japanese)', '한국어 (Korean)', 'Français (French)', 'Deutsch (German)'];
const k8Side = [
  'Getting started',
  'Concepts',
  'Tasks',
  'Install Tools',
  'Administer a Cluster',
  'Manage Memory, CPU, and API Resources',
  'Configure Default CPU Requests and Limits for a Namespace',
  'Configure Quotas for API Objects',
  'Tutorials',
  'Reference',
  'Contribute',
];
const k8Crumbs = ['Kubernetes Documentation'];
const k8Meta = ['Edit this page', 'Create child page', 'Create documentation issue', 'Print entire section'];
const k8Feedback = [
  'Feedback',
  'Was this page helpful?',
  'Yes',
  'No',
  'Thanks for the feedback. If you have a specific, answerable question about how to use Kubernetes, ask it on Stack Overflow. Open an issue in ' +
    'the GitHub Repository if you want to report a problem or suggest an improvement.',
];
const k8LastMod = 'Last modified September 02, 2025 at 11:14 AM PST: Clarify per-class quota example (3f2a1b9c0d)';
const k8Foot = [
  '© 2025 The Kubernetes Authors | Documentation Distributed under CC BY 4.0',
  'Copyright © 2025 The Linux Foundation ®. All rights reserved. The Linux Foundation has registered trademarks and uses trademarks. For a ' +
    'list of trademarks of The Linux Foundation, please see our Trademark Usage page',
  'ICP license: 京ICP备17074266号-3',
];
const k8Toc = [k8H1, k8H2, k8H3, k8H4, k8H5, k8H6, k8H7];
const k8Id = (t: string): string =>
  t
    .toLowerCase()
    .replace(/’/g, '-')
    .replace(/[^a-z0-9-]+/g, '-');
const k8Html = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.133.0">
<title>${k8Title} | Kubernetes</title><meta name="description" content="${k8Lead}"><meta property="og:title" content="${k8Title}">
<meta property="og:type" content="article"><meta property="og:site_name" content="Kubernetes"><meta itemprop="dateModified" content="2025-09-02T11:14:05-08:00">
<link rel="canonical" href="https://kubernetes.io/docs/tasks/administer-cluster/storage-quota-namespace/">
<link rel="stylesheet" href="/scss/main.min.8e1f3a.css"><script src="/js/jquery-3.7.1.min.js" integrity="sha384-1H2" crossorigin="anonymous"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","url":"https://kubernetes.io",
"logo":"https://kubernetes.io/images/logo.png"}</script>
</head><body class="td-page td-documentation">
<header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"><svg aria-hidden="true"></svg></span><span
class="navbar-brand__name">Kubernetes</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">
${k8Nav
  .slice(0, 6)
  .map((t, i) => `<li class="nav-item"><a class="nav-link${i === 0 ? ' active' : ''}" href="/${i}/"><span>${t}</span></a></li>`)
  .join('\n')}
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="navbarDropdown" role="button" data-bs-toggle="dropdown">${k8Nav[6]}</a>
<ul class="dropdown-menu">${links(k8Versions, 'dropdown-item')}</ul></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="navbarDropdownMenuLink" role="button" data-bs-toggle="dropdown">${k8Nav[7]}</a>
<ul class="dropdown-menu">${links(k8Langs, 'dropdown-item')}</ul></li></ul></div></div></nav></header>
<div lang="en" class="announcement"><aside><div class="announcement-main" data-nosnippet><h4>${k8Banner[0]}</h4><p>${k8Banner[1]}</p></div></aside></div>
<div class="container-fluid td-outer"><div class="td-main" data-release="v1.34"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner">
<form class="td-sidebar__search d-flex align-items-center"><input type="search" class="form-control td-search-input" placeholder="Search this site…"
aria-label="Search this site…" autocomplete="off"><button class="btn btn-link td-sidebar__toggle d-md-none p-0 ms-3 fas fa-bars" type="button"
aria-label="Toggle section navigation"></button></form><nav class="td-sidebar-nav collapse foldable-nav" id="td-section-nav"><ul
class="td-sidebar-nav__section ul-0">
${k8Side
  .map(
    (t, i) => `<li class="td-sidebar-nav__section-title"><a href="/docs/s${i}/"
class="align-left ps-0 td-sidebar-link"><span>${t}</span></a></li>`,
  )
  .join('\n')}
<li class="td-sidebar-nav__section-title active-path"><a href="#" class="td-sidebar-link active"><span
class="td-sidebar-nav-active-item">${k8Title}</span></a></li>
</ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
${k8Meta
  .map(
    (t, i) => `<a href="https://github.com/kubernetes/website/m${i}" target="_blank" rel="noopener"><i class="fa-solid fa-fw"></i>
${t}</a>`,
  )
  .join('\n')}</div>
<div class="td-toc"><nav id="TableOfContents"><ul>${k8Toc.map((t) => `<li><a href="#${k8Id(t)}">${t}</a></li>`).join('')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">${k8Crumbs[0]}</a></li><li class="breadcrumb-item"><a href="/docs/tasks/">Tasks</a></li>
<li class="breadcrumb-item"><a href="/docs/tasks/administer-cluster/">Administer a Cluster</a></li>
<li class="breadcrumb-item active" aria-current="page"><a href="/docs/tasks/administer-cluster/storage-quota-namespace/">${k8Title}</a></li></ol></nav>
<div class="td-content"><h1 data-pagefind-weight="10">${k8Title}</h1><div class="lead">${k8Lead}</div>
<div class="feature-state-notice feature-stable" title="Feature Gate: ResourceQuota"><span class="feature-state-name">FEATURE STATE:</span>
<code>Kubernetes v1.8 [stable]</code></div>
<h2 id="before-you-begin">${k8H1}</h2>
${tags('p', k8P1)}
${k8P1b[0]}
<h2 id="create-a-namespace">${k8H2}</h2>
${tags('p', k8P2)}
${k8Sh('kubectl create namespace quota-storage-demo')}
<h2 id="create-the-resourcequota">${k8H3}</h2>
${tags('p', k8P3)}
${k8Code('admin/resource/quota-storage.yaml', [
  'apiVersion: v1',
  'kind: ResourceQuota',
  'metadata:',
  '  name: storage-quota',
  'spec:',
  '  hard:',
  '    persistentvolumeclaims: "5"',
  '    requests.storage: 20Gi',
])}
${tags('p', k8P4)}
${k8Sh('kubectl apply -f https://k8s.io/examples/admin/resource/quota-storage.yaml --namespace=quota-storage-demo')}
${k8Callout('note', 'Note:', k8Note)}
<h2 id="try-to-exceed-the-quota">${k8H4}</h2>
${tags('p', k8P5)}
<h2 id="limit-storage-per-storageclass">${k8H5}</h2>
${tags('p', k8P6)}
${k8Code('admin/resource/quota-storage-class.yaml', [
  'spec:',
  '  hard:',
  '    fast-ssd.storageclass.storage.k8s.io/requests.storage: 10Gi',
  '    standard.storageclass.storage.k8s.io/requests.storage: 50Gi',
])}
${k8Callout('caution', 'Caution:', k8Caution)}
<h2 id="clean-up">${k8H6}</h2>
${tags('p', k8P7)}
${k8Sh('kubectl delete namespace quota-storage-demo')}
<h2 id="what-s-next">${k8H7}</h2>
<ul>
${tags('li', k8Next)}
</ul>
<div class="d-print-none"><h2 class="feedback--title">${k8Feedback[0]}</h2><p class="feedback--question">${k8Feedback[1]}</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">${k8Feedback[2]}</button>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">${k8Feedback[3]}</button>
<p class="feedback--response feedback--response-yes" style="display:none">Thanks for the feedback. If you have a specific, answerable question about how to use
Kubernetes, ask it on <a target="_blank" rel="noopener" href="https://stackoverflow.com/questions/tagged/kubernetes">Stack Overflow</a>. Open an issue in
the GitHub
Repository if you want to <a class="feedback--link" href="#">report a problem</a> or <a class="feedback--link" href="#">suggest an improvement</a>.</p></div>
<div class="td-page-meta__lastmod">Last modified September 02, 2025 at 11:14 AM PST: <a data-proofer-ignore
href="https://github.com/kubernetes/website/commit/3f2a1b9c0d">Clarify
per-class quota example (3f2a1b9c0d)</a></div></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2">
<span class="td-footer__copyright">© 2025 The Kubernetes Authors | Documentation Distributed under <a href="https://git.k8s.io/website/LICENSE">CC BY
4.0</a></span><br>
<span class="td-footer__all_rights_reserved">Copyright © 2025 The Linux Foundation ®. All rights reserved. The Linux Foundation has registered trademarks
and uses
trademarks. For a list of trademarks of The Linux Foundation, please see our <a href="https://www.linuxfoundation.org/trademark-usage">Trademark Usage
page</a></span><br>
<span class="td-footer__licence">${k8Foot[2]}</span></div></div></div></footer></div>
<script src="/js/bootstrap.bundle.min.js"></script><script src="/js/main.min.js"></script></body></html>`;
export const k8sDocs: TestPage = {
  name: 'heldout94-kubernetes-docsy-docs',
  kind: 'docs',
  html: k8Html,
  // the lead paragraph is body; callout texts are body and their "Note:" / "Caution:" labels in neither list; code samples
  // and their file-name headers are in neither list; the feature-state notice is furniture; "On this page" repeats the
  // headings and is left out; "Last modified" is a byline
  title: k8Title,
  headings: [k8H1, k8H2, k8H3, k8H4, k8H5, k8H6, k8H7],
  body: texts([k8Lead, ...k8P1, ...k8P1b, ...k8P2, ...k8P3, ...k8P4, k8Note.join(' '), ...k8P5, ...k8P6, k8Caution.join(' '), ...k8P7, ...k8Next]),
  bylines: [k8LastMod],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...k8Nav, ...k8Versions, ...k8Langs, ...k8Banner, ...k8Side, ...k8Crumbs, ...k8Meta, 'FEATURE STATE:', 'Kubernetes v1.8 [stable]',
    ...k8Feedback, ...k8Foot,
  ],
};
