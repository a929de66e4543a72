import { links, plain, type TestPage, texts } from './page-kit.js';
import { reactReference } from './pages-heldout132-a2.js';

/**
 * Held-out batch 132, file a: a Kubernetes documentation task page (Hugo with the Docsy theme: the announcement section,
 * the td-navbar with the Versions and language dropdowns, the left td-sidebar with its search box and section tree, the
 * right td-sidebar-toc with "Edit this page" and the other page-meta links above the table of contents, the breadcrumb,
 * the lead, the "Before you begin" boilerplate, a feature-state notice, code samples with their download header, a note
 * callout, the "What's next" list, the feedback widget with its hidden responses, the "Last modified" line and the footer)
 * and, from file a2, a react.dev API reference page.
 */
const kTitle = 'Limit Ephemeral Storage for a Namespace';
const kLead = `This page shows how to give every container in a namespace a default request and limit for local ephemeral
storage, and how to cap the total that the namespace can claim.`;
const kBefore = [
  `You need a Kubernetes cluster, and the kubectl command-line tool must be configured to talk to it. It is best to follow
this task on a cluster with at least two worker nodes. If you do not have a cluster yet, you can create a local one with
minikube or kind.`,
  `Your Kubernetes server must be at or later than version v1.31. To check the version, enter <code>kubectl version</code>.`,
  `The nodes in your cluster must report their ephemeral storage capacity. Most managed clusters do this out of the box;
on self-managed nodes, check that the kubelet root directory is on a filesystem the kubelet can measure.`,
];
const kH1 = 'Create a namespace';
const kP1 = [
  `Create a namespace so that the objects you make in this exercise stay apart from the rest of your cluster:`,
  `Every command on this page passes <code>--namespace=scratch-demo</code>, so you can delete everything at the end in a
single step.`,
];
const kH2 = 'Set a default request and limit';
const kP2 = [
  `Ephemeral storage covers a container’s writable layer, its logs and any <code>emptyDir</code> volume that is not backed
by memory. Without a limit, one container that writes too much to <code>/tmp</code> can fill the node’s disk and cause the
kubelet to evict unrelated Pods.`,
  `Here is the manifest for a LimitRange that sets a default request of 512 MiB and a default limit of 2 GiB:`,
  `Apply the LimitRange in the scratch-demo namespace:`,
  `Now create a Pod whose container does not say anything about ephemeral storage, then view the Pod in detail. The output
shows that the container was given the defaults from the LimitRange:`,
];
const kNote = `A LimitRange only changes Pods that are created after it. Pods that were already running in the namespace
keep the resources they were admitted with until they are replaced.`;
const kH3 = 'Add a quota for the namespace';
const kP3 = [
  `A LimitRange controls each container, but it does not stop a namespace from running a hundred containers that each use
their full limit. To cap the total, add a ResourceQuota:`,
  `With both objects in place, the API server checks every new Pod against the quota before it is admitted. A Pod is
rejected when:`,
];
const kList = [
  'the sum of its ephemeral storage requests would take the namespace past <code>requests.ephemeral-storage</code>;',
  'the sum of its ephemeral storage limits would take the namespace past <code>limits.ephemeral-storage</code>;',
  'one of its containers asks for more than the LimitRange maximum, if you set one.',
];
const kP4 = [
  `Check how much of the quota is in use with <code>kubectl describe resourcequota storage-quota --namespace=scratch-demo</code>.
The <code>Used</code> column is updated as Pods are admitted and deleted, not as they actually write to disk.`,
];
const kH4 = 'Clean up';
const kP5 = ['Delete the namespace. This removes the LimitRange, the ResourceQuota and the Pod you created:'];
const kH5 = 'What’s next';
const kNext = [
  'Read about <a href="/docs/concepts/configuration/manage-resources-containers/">Resource Management for Pods and Containers</a>',
  'Learn how to <a href="/docs/tasks/administer-cluster/manage-resources/memory-default-namespace/">configure default memory requests</a>',
  'See the <a href="/docs/concepts/policy/resource-quotas/">ResourceQuota concept page</a> for the full list of quota types',
];
const kNav = ['Documentation', 'Kubernetes Blog', 'Training', 'Careers', 'Partners', 'Community', 'Case Studies'];
const kVersions = ['Release Information', 'v1.34', 'v1.33', 'v1.32', 'v1.31', 'v1.30'];
const kLangs = ['中文 (Chinese)', 'Français (French)', 'Deutsch (German)', '日本語 (Japanese)', '한국어 (Korean)', 'Español (Spanish)'];
const kSide = ['Getting started', 'Concepts', 'Tasks', 'Install Tools', 'Administer a Cluster', 'Manage Memory, CPU, and API Resources'];
const kSide2 = [
  'Configure Default Memory Requests and Limits for a Namespace',
  'Configure Default CPU Requests and Limits for a Namespace',
  'Configure Minimum and Maximum Memory Constraints for a Namespace',
  'Configure Memory and CPU Quotas for a Namespace',
  'Configure a Pod Quota for a Namespace',
];
const kSide3 = ['Install a Network Policy Provider', 'Access Clusters Using the Kubernetes API', 'Tutorials', 'Reference', 'Contribute'];
const kMeta = ['Edit this page', 'Create child page', 'Create documentation issue', 'Print entire section'];
const kCrumbs = ['Kubernetes Documentation', 'Administer a Cluster'];
const kAnnounce = 'KubeCon + CloudNativeCon Harbourside 2026 takes place March 3-6. Register before January 30 for the early rate.';
const kFeedback = `Thanks for the feedback. If you have a specific, answerable question about how to use Kubernetes, ask it on
Stack Overflow. Open an issue in the GitHub Repository if you want to report a problem or suggest an improvement.`;
const kFoot = [
  '© 2025 The Kubernetes Authors | Documentation Distributed under CC BY 4.0',
  '© 2025 The Linux Foundation ®. All rights reserved. The Linux Foundation has registered trademarks and uses trademarks.',
  'For a list of trademarks of The Linux Foundation, please see our Trademark Usage page',
];
const kCode = (file: string, body: string): string => `<div class="code-sample"><div class="code-sample-header">
<a href="https://raw.githubusercontent.com/kubernetes/website/main/content/en/examples/${file}" download="${file}"><code>${file}</code></a>
<img src="/images/copycode.svg" class="icon-copycode" onclick="copyCode('${file}')" title="Copy ${file} to clipboard"></div>
<div class="includecode" id="${file}"><div class="highlight"><pre tabindex="0" class="chroma"><code class="language-yaml" data-lang="yaml">${body}</code></pre>
</div></div></div>`;
const kShell = (cmd: string): string => `<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-shell" data-lang="shell">
<span class="line"><span class="cl">${cmd}</span></span></code></pre></div>`;
const kH = (id: string, t: string): string => `<h2 id="${id}">${t}</h2>`;
const kHtml = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.133.0">
<link rel="canonical" type="text/html" href="https://kubernetes.io/docs/tasks/administer-cluster/manage-resources/ephemeral-storage-namespace/">
<meta name="ROBOTS" content="INDEX, FOLLOW"><link rel="shortcut icon" href="/favicons/favicon.ico">
<title>Limit Ephemeral Storage for a Namespace | Kubernetes</title>
<meta name="description" content="This page shows how to give every container in a namespace a default request and limit for local ephemeral storage.">
<meta property="og:title" content="Limit Ephemeral Storage for a Namespace"><meta property="og:type" content="article">
<meta property="og:url" content="https://kubernetes.io/docs/tasks/administer-cluster/manage-resources/ephemeral-storage-namespace/">
<meta property="article:section" content="docs"><meta property="article:modified_time" content="2025-09-02T10:14:33-08:00">
<meta itemprop="name" content="Limit Ephemeral Storage for a Namespace"><meta itemprop="wordCount" content="612">
<link rel="preload" href="/scss/main.min.css" as="style"><link href="/scss/main.min.css" rel="stylesheet">
<script src="/js/jquery-3.6.0.min.js" integrity="sha384-vtXRMe3mGCbOeY7l30aIg8H9p3GdeSe4IFlP6G8JMa7o7lXvnz3GFKzPxzJdPfGK"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-JPP6RFM2BP"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-JPP6RFM2BP');</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Tasks","item":"https://kubernetes.io/docs/tasks/"},{"@type":"ListItem","position":2,"name":"Administer a Cluster",
"item":"https://kubernetes.io/docs/tasks/administer-cluster/"}]}</script></head>
<body class="td-page td-documentation">
<header><nav class="js-navbar-scroll navbar navbar-expand navbar-dark flex-column flex-md-row td-navbar" data-auto-burger="primary">
<a class="navbar-brand" href="/"></a><div class="td-navbar-nav-scroll ml-md-auto" id="main_navbar"><ul class="navbar-nav mt-2 mt-lg-0">
${kNav.map((t, i) => `<li class="nav-item mr-2 mb-lg-0"><a class="nav-link${i === 0 ? ' active' : ''}" href="/${i}/"><span>${t}</span></a></li>`).join('\n')}
<li class="nav-item mr-n3 mr-lg-0 dropdown"><a class="nav-link dropdown-toggle" href="#" id="navbarDropdown" role="button" data-toggle="dropdown"
aria-haspopup="true" aria-expanded="false">Versions</a><div class="dropdown-menu dropdown-menu-right" aria-labelledby="navbarDropdownMenuLink">
${kVersions.map((t) => `<a class="dropdown-item" href="/releases/${t}">${t}</a>`).join('\n')}</div></li>
<li class="nav-item mr-n4 mr-lg-0 dropdown"><a class="nav-link dropdown-toggle" href="#" id="navbarDropdownMenuLink" role="button" data-toggle="dropdown"
aria-haspopup="true" aria-expanded="false">English</a><div class="dropdown-menu dropdown-menu-right" aria-labelledby="navbarDropdownMenuLink">
${kLangs.map((t) => `<a class="dropdown-item" href="/lang/">${t}</a>`).join('\n')}</div></li></ul></div></nav>
<section class="header-hero text-white pb-0 light-text"></section></header>
<section id="announcement" class="d-print-none"><div class="announcement-main" data-announcement-name="kubecon-2026">
<p>${kAnnounce}</p></div></section>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner">
<form class="td-sidebar__search d-flex align-items-center"><input type="search" class="form-control td-search-input" placeholder="Search this site…"
aria-label="Search this site…" autocomplete="off"><button class="btn btn-link td-sidebar__toggle d-md-none p-0 ml-3 fas fa-bars" type="button"
data-toggle="collapse" data-target="#td-section-nav" aria-controls="td-section-nav" aria-expanded="false" aria-label="Toggle section navigation">
</button></form><nav class="collapse td-sidebar-nav foldable-nav" id="td-section-nav"><ul class="td-sidebar-nav__section pr-md-3 ul-0">
<li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child active-path"><a href="/docs/" class="align-left pl-0 td-sidebar-link
td-sidebar-link__section tree-root"><span>Documentation</span></a><ul class="ul-1">
${links(kSide, 'td-sidebar-nav__section-title td-sidebar-nav__section with-child')}
<li><ul class="ul-5 foldable">${links(kSide2, 'td-sidebar-nav__page')}
<li class="td-sidebar-nav__page active"><a class="td-sidebar-link td-sidebar-link__page active" href="#">${kTitle}</a></li></ul></li>
${links(kSide3, 'td-sidebar-nav__section-title')}</ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ml-2 pb-1 pt-2 mb-0">
${kMeta
  .map(
    (t) => `<a href="https://github.com/kubernetes/website/${t.split(' ')[0]?.toLowerCase()}/main/content/en/docs/tasks/x.md"
target="_blank"><i class="fa fa-edit fa-fw"></i> ${t}</a>`,
  )
  .join('\n')}</div>
<nav id="TableOfContents"><ul><li><a href="#before-you-begin">Before you begin</a></li><li><a href="#create-a-namespace">${kH1}</a></li>
<li><a href="#set-a-default-request-and-limit">${kH2}</a></li><li><a href="#add-a-quota-for-the-namespace">${kH3}</a></li>
<li><a href="#clean-up">${kH4}</a></li><li><a href="#what-s-next">${kH5}</a></li></ul></nav></aside>
<main class="col-12 col-md-9 col-xl-8 pl-md-5" role="main">
<nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">${kCrumbs[0]}</a></li><li class="breadcrumb-item"><a href="/docs/tasks/">Tasks</a></li>
<li class="breadcrumb-item"><a href="/docs/tasks/administer-cluster/">${kCrumbs[1]}</a></li>
<li class="breadcrumb-item active" aria-current="page"><a href="/docs/tasks/administer-cluster/manage-resources/">${kSide[5]}</a></li></ol></nav>
<div class="td-content"><h1 data-pagefind-weight="10">${kTitle}</h1><div class="lead">${kLead}</div>
<div class="feature-state-notice feature-stable" title="Feature Gate: LocalStorageCapacityIsolation">
<span class="feature-state-name">FEATURE STATE:</span> <code>Kubernetes v1.25 [stable]</code></div>
${kH('before-you-begin', 'Before you begin')}
<p>${kBefore[0]}</p><p>${kBefore[1]}</p><p>${kBefore[2]}</p>
${kH('create-a-namespace', kH1)}
<p>${kP1[0]}</p>${kShell('kubectl create namespace scratch-demo')}<p>${kP1[1]}</p>
${kH('set-a-default-request-and-limit', kH2)}
<p>${kP2[0]}</p><p>${kP2[1]}</p>
${kCode(
  'admin/resource/storage-defaults.yaml',
  `apiVersion: v1
kind: LimitRange
metadata:
  name: storage-defaults
spec:
  limits:
  - default:
      ephemeral-storage: 2Gi
    defaultRequest:
      ephemeral-storage: 512Mi
    type: Container`,
)}
<p>${kP2[2]}</p>${kShell('kubectl apply -f https://k8s.io/examples/admin/resource/storage-defaults.yaml --namespace=scratch-demo')}
<p>${kP2[3]}</p><div class="highlight"><pre tabindex="0" class="chroma"><code class="language-yaml" data-lang="yaml">    resources:
      limits:
        ephemeral-storage: 2Gi
      requests:
        ephemeral-storage: 512Mi</code></pre></div>
<div class="alert alert-info note callout" role="alert"><strong>Note:</strong> ${kNote}</div>
${kH('add-a-quota-for-the-namespace', kH3)}
<p>${kP3[0]}</p>
${kCode(
  'admin/resource/storage-quota.yaml',
  `apiVersion: v1
kind: ResourceQuota
metadata:
  name: storage-quota
spec:
  hard:
    requests.ephemeral-storage: 20Gi
    limits.ephemeral-storage: 40Gi`,
)}
<p>${kP3[1]}</p><ul>${kList.map((t) => `<li>${t}</li>`).join('\n')}</ul><p>${kP4[0]}</p>
${kH('clean-up', kH4)}<p>${kP5[0]}</p>${kShell('kubectl delete namespace scratch-demo')}
${kH('what-s-next', kH5)}<ul>${kNext.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button>
<p class="feedback--response feedback--response-yes" style="display:none">${kFeedback}</p></div>
<div class="td-page-meta__lastmod">Last modified September 02, 2025 at 10:14 AM PST:
<a data-proofer-ignore href="https://github.com/kubernetes/website/commit/4f1c2a9">Clarify quota example (4f1c2a9e07)</a></div>
</div></main></div></div>
<footer class="d-print-none"><div class="footer__links"><nav>
<a class="text-white" href="/docs/home/">Home</a><a class="text-white" href="/blog/">Blog</a><a class="text-white" href="/training/">Training</a>
<a class="text-white" href="/partners/">Partners</a><a class="text-white" href="/community/">Community</a>
<a class="text-white" href="/case-studies/">Case Studies</a></nav></div>
<div class="container-fluid"><div class="row"><div class="col-6 col-sm-2 text-xs-center order-sm-2">
<ul class="list-inline mb-0"><li class="list-inline-item mx-2 h3" data-toggle="tooltip" data-placement="top" title="User mailing list"
aria-label="User mailing list"><a class="text-white" target="_blank" href="https://discuss.kubernetes.io"><i class="fa fa-envelope"></i></a></li></ul></div>
<div class="col-12 col-sm-8 text-center order-sm-2"><small class="text-white">${kFoot[0]}</small><br>
<small class="text-white">${kFoot[1]} ${kFoot[2]}</small><br><small class="text-white">ICP license: 京ICP备17074266号-3</small></div></div></div></footer>
</div><script src="/js/main.min.js"></script><script src="/js/script.js"></script></body></html>`;
const kubernetes: TestPage = {
  html: kHtml,
  name: 'heldout132-kubernetes-docs-task',
  kind: 'docs',
  // the lead and the "Before you begin" boilerplate are body, as is the note callout (its "Note:" label is in neither
  // list); the feature-state notice and code-sample file names are in neither list; the right-hand table of contents,
  // which repeats the headings, is left out
  title: kTitle,
  headings: ['Before you begin', kH1, kH2, kH3, kH4, kH5],
  body: [plain(kLead), ...texts(kBefore), ...texts(kP1), ...texts(kP2), plain(kNote), ...texts(kP3), ...texts(kList), ...texts(kP4)].concat(
    texts(kP5),
    texts(kNext),
  ),
  bylines: ['Last modified September 02, 2025 at 10:14 AM PST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...kNav, 'Versions', ...kVersions, 'English', ...kLangs, kAnnounce, ...kSide, ...kSide2, ...kSide3, ...kMeta, ...kCrumbs,
    'Feedback', 'Was this page helpful?', 'Yes', 'No', plain(kFeedback), 'Clarify quota example (4f1c2a9e07)', 'Home', 'Blog',
    ...kFoot, 'ICP license: 京ICP备17074266号-3',
  ],
};

export const HELDOUT132_A: readonly TestPage[] = [kubernetes, reactReference];
