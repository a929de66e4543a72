import { links, ps, type TestPage, texts } from './page-kit.js';
import { sumoArticle } from './pages-heldout103-d2.js';

/**
 * Held-out batch 103, file d: a Kubernetes documentation task page on the Hugo/Docsy site (the top navbar with "Versions"
 * and "English" dropdowns, the left section tree, the breadcrumb, the right-hand page links "Edit this page", "Create child
 * page", "Create an issue", "Print entire section" and the "On this page" list, the lead description, the "Before you begin"
 * boilerplate with its version-check sentence, note callouts, code blocks, the "What's next" list, the "Feedback" box
 * with "Yes" / "No", the "Last modified" line and the footer) and, from file d2, a Mozilla Support (SUMO) article.
 */
const k8Title = 'Limit Disruption to a StatefulSet During Node Maintenance';
const k8Lead = 'This page shows how to protect a replicated StatefulSet from voluntary disruptions while you drain nodes.';
const k8H1 = 'Before you begin';
const k8P1 = [
  'You need to have a Kubernetes cluster, and the kubectl command-line tool must be configured to communicate with your ' +
    'cluster. It is recommended to run this tutorial on a cluster with at least two nodes that are not acting as control ' +
    'plane hosts.',
  'Your Kubernetes server must be at or later than version v1.27. To check the version, enter <code>kubectl version</code>.',
  'You should also have a StatefulSet with at least three replicas already running, such as the one created in ' +
    '<a href="/docs/tutorials/stateful-application/">Run a Replicated Stateful Application</a>.',
];
const k8H2 = 'Decide how many replicas must stay available';
const k8P2 = [
  'A PodDisruptionBudget (PDB) tells Kubernetes how many Pods of an application may be unavailable at the same time because ' +
    'of a voluntary disruption, such as a node drain. It does not protect against involuntary disruptions like a node crashing.',
  'For a quorum-based application with three replicas, you usually want at most one replica down at any time. You can express ' + 'that with either field:',
];
const k8List = ['<code>minAvailable: 2</code> keeps at least two Pods running.', '<code>maxUnavailable: 1</code> allows at most one Pod to be missing.'];
const k8Note =
  '<strong>Note:</strong> Prefer <code>maxUnavailable</code> when the number of replicas may change. It keeps working as you ' +
  'scale, whereas a fixed <code>minAvailable</code> can block every drain if you scale down to the same number.';
const k8H3 = 'Create the PodDisruptionBudget';
const k8P3 = ['Save the following manifest as <code>web-pdb.yaml</code>. The selector must match the labels of the StatefulSet’s Pods:'];
const k8Code1 = `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web-pdb
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      app: web`;
const k8P4 = ['Apply it, then check its status:'];
const k8Code2 = `kubectl apply -f web-pdb.yaml
kubectl get pdb web-pdb`;
const k8P5 = [
  'The <code>ALLOWED DISRUPTIONS</code> column should show <code>1</code> when all three Pods are ready. If it shows ' +
    '<code>0</code>, one of the Pods is already unavailable and a drain will wait until it recovers.',
];
const k8H4 = 'Drain a node';
const k8P6 = [
  'When you run <code>kubectl drain</code>, the eviction API checks the budget before removing each Pod. If evicting a Pod ' +
    'would break the budget, the request is refused and kubectl retries until it succeeds or the timeout expires.',
  'Drain one node at a time and wait for the evicted Pod to be rescheduled and ready before you drain the next one.',
];
const k8Caution =
  '<strong>Caution:</strong> Deleting Pods directly with <code>kubectl delete pod</code> bypasses the eviction API and ignores ' + 'any PodDisruptionBudget.';
const k8H5 = 'What&#39;s next';
const k8Next = [
  'Learn more about <a href="/docs/concepts/workloads/pods/disruptions/">disruptions</a>.',
  'Read about <a href="/docs/tasks/administer-cluster/safely-drain-node/">safely draining a node</a>.',
];
const k8Nav = ['Documentation', 'Kubernetes Blog', 'Training', 'Partners', 'Community', 'Case Studies', 'Versions', 'English'];
const k8Tree = [
  'Install Tools',
  'Administer a Cluster',
  'Configure Pods and Containers',
  'Manage Kubernetes Objects',
  'Run Applications',
  'Scale a StatefulSet',
  'Delete a StatefulSet',
  'Specifying a Disruption Budget for your Application',
  'Access Applications in a Cluster',
];
const k8Crumbs = ['Kubernetes Documentation', 'Tasks', 'Run Applications'];
const k8Side = ['Edit this page', 'Create child page', 'Create an issue', 'Print entire section'];
const k8Feedback = [
  'Feedback',
  'Was this page helpful?',
  'Yes',
  'No',
  'Thanks for the feedback. If you have a specific, answerable question about how to use Kubernetes, ask it on Stack Overflow.',
];
const k8Foot = ['Home', 'Blog', 'Training', 'Partners', 'Community', 'Case Studies'];
const k8Copy = [
  '© 2025 The Kubernetes Authors | Documentation Distributed under CC BY 4.0',
  '© 2025 The Linux Foundation ®. All rights reserved. The Linux Foundation has registered trademarks and uses trademarks.',
  'ICP license: 京ICP备17074266号-3',
];
const k8Pre = (lang: string, code: string): string => `<div class="highlight"><pre tabindex="0" style="background-color:#f8f8f8;-moz-tab-size:4;-o-tab-size:4;
tab-size:4"><code class="language-${lang}" data-lang="${lang}">${code}</code></pre></div>`;
const k8Alert = (kind: string, t: string): string => `<div class="alert alert-${kind === 'note' ? 'info' : 'warning'} ${kind} callout" role="alert">${t}</div>`;
const k8H = (t: string): string => `<h2 id="${t.toLowerCase().replace(/&#39;/g, '').replace(/ /g, '-')}">${t}</h2>`;
const k8Html = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.133.0">
<link rel="canonical" type="text/html" href="https://kubernetes.io/docs/tasks/run-application/limit-statefulset-disruption/">
<title>Limit Disruption to a StatefulSet During Node Maintenance | Kubernetes</title><meta name="description" content="${k8Lead}">
<meta property="og:title" content="${k8Title}"><meta property="og:type" content="article"><meta itemprop="dateModified" content="2025-11-02T09:12:40-08:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","url":"https://kubernetes.io",
"logo":"https://kubernetes.io/images/favicon.png"}</script>
<script src="/js/jquery-3.7.1.min.js" integrity="sha384-1H217gwSVyLSIfaLxHbE7dRb3v4mYCKbpQvzx0cegeju1MVsGrX5xXxAvs/HgeFs" crossorigin="anonymous"></script>
</head><body class="td-page td-documentation"><header><nav class="js-navbar-scroll navbar navbar-expand navbar-dark flex-column flex-md-row td-navbar"
data-auto-burger="primary"><a class="navbar-brand" href="/"></a><div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav mt-2
mt-lg-0">
${links(k8Nav, 'nav-item mr-2 mb-lg-0')}</ul></div><div class="d-none d-lg-block"><div class="td-search td-search--offline"><input type="search"
class="form-control td-search-input" placeholder="Search this site…" aria-label="Search this site…" autocomplete="off"></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main" data-release="v1.34"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner"><nav class="td-sidebar-nav foldable-nav"
id="td-section-nav"><ul class="td-sidebar-nav__section pe-md-3 ul-0">${links(
  k8Tree,
  'td-sidebar-nav__section-title td-sidebar-nav__section without-child',
)}</ul>
</nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">${k8Side
  .map(
    (t) =>
      `<a href="https://github.com/kubernetes/website/${t.toLowerCase().replace(/ /g, '-')}" target="_blank"><i class="fa-solid fa-pen-to-square fa-fw"></i>
${t}</a>`,
  )
  .join('\n')}</div>
<div class="td-toc"><nav id="TableOfContents"><ul><li><a href="#before-you-begin">${k8H1}</a></li><li><a href="#decide">${k8H2}</a></li>
<li><a href="#create">${k8H3}</a></li><li><a href="#drain">${k8H4}</a></li><li><a href="#whats-next">${k8H5}</a></li></ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
${k8Crumbs.map((t) => `<li class="breadcrumb-item"><a href="/docs/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`).join('\n')}
<li class="breadcrumb-item active" aria-current="page"><a href="/docs/tasks/run-application/limit-statefulset-disruption/">${k8Title}</a>
</li></ol></nav>
<div class="td-content"><h1 data-pagefind-weight="10">${k8Title}</h1><div class="lead">${k8Lead}</div>
${k8H(k8H1)}
${ps(k8P1)}
${k8H(k8H2)}
${ps(k8P2)}
<ul>${k8List.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${k8Alert('note', k8Note)}
${k8H(k8H3)}
${ps(k8P3)}
${k8Pre('yaml', k8Code1)}
${ps(k8P4)}
${k8Pre('shell', k8Code2)}
${ps(k8P5)}
${k8H(k8H4)}
${ps(k8P6)}
${k8Alert('caution', k8Caution)}
${k8H(k8H5)}
<ul>${k8Next.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="d-print-none"><h2 class="feedback--title">${k8Feedback[0]}</h2><p class="feedback--question">${k8Feedback[1]}</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">${k8Feedback[2]}</button>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">${k8Feedback[3]}</button>
<p class="feedback--response feedback--response__hidden">${(k8Feedback[4] ?? '').replace(
  'Stack Overflow',
  '<a target="_blank" rel="noopener" href="https://stackoverflow.com/questions/tagged/kubernetes">Stack Overflow</a>',
)}</p></div>
<div class="text-muted mt-5 pt-3 border-top">Last modified November 2, 2025 at 9:12 AM PST: <a href="https://github.com/kubernetes/website/commit/4e1b">Clarify
maxUnavailable guidance for StatefulSets (4e1b2c7a93)</a></div></div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><ul class="footer-main-nav">${links(k8Foot)}</ul>
${k8Copy.map((t) => `<small class="text-white">${t}</small>`).join('<br>')}</div></footer></div>
<script src="/js/main.min.5c0bf7f21dc4f66485f74efbbeeff28a7e4f8cddaac1bae47043159c922ff3a3.js" crossorigin="anonymous"></script></body></html>`;
const kubernetes: TestPage = {
  html: k8Html,
  name: 'heldout103-kubernetes-docs',
  kind: 'docs',
  // the lead description and the callouts (with their "Note:" / "Caution:" labels) are body; code blocks are in neither
  // list; the "Last modified" line is a byline, its commit link text furniture; the table of contents and the breadcrumb's
  // last item repeat the headings and the title and are left out
  title: k8Title,
  headings: [k8H1, k8H2, k8H3, k8H4, "What's next"],
  body: texts([k8Lead, ...k8P1, ...k8P2, ...k8List, k8Note, ...k8P3, ...k8P4, ...k8P5, ...k8P6, k8Caution, ...k8Next]),
  bylines: ['Last modified November 2, 2025 at 9:12 AM PST:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...k8Nav, ...k8Tree, ...k8Side, ...k8Crumbs, ...k8Feedback,
    'Clarify maxUnavailable guidance for StatefulSets (4e1b2c7a93)', ...k8Foot, ...k8Copy,
  ],
};

export const HELDOUT103_D: readonly TestPage[] = [kubernetes, sumoArticle];
