import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 21, file a2: a Kubernetes documentation concept page on the Hugo Docsy theme (td-navbar with the versions and
 * language dropdowns, td-sidebar tree with its search box, breadcrumbs, the feature-state notice, glossary tooltips, a note
 * callout, an example manifest with its download link and copy icon, the td-toc column with "Edit this page" links, the
 * "Was this page helpful?" feedback block, "Last modified" with its commit, and the Linux Foundation footer).
 */
const k8Title = 'Container Restart Rules';
const k8Lead =
  'Restart rules let you decide, for each container exit code, whether the kubelet restarts a container in place or leaves it stopped. ' +
  'They refine the Pod-level restart policy without replacing it.';
const k8H1 = 'Why restart rules exist';
const k8Why = [
  'A Pod&#39;s <code>restartPolicy</code> applies the same decision to every container in the Pod and to every way a container can stop. ' +
    'That is too coarse for some workloads. A batch worker might exit with code 42 when its input shard is locked for a moment, a ' +
    'condition that clears itself after a few seconds, while any other non-zero code means the data itself is bad and retrying would ' +
    'only repeat the failure.',
  'Before restart rules, the usual workaround was to set <code>restartPolicy: Never</code> and let a ' +
    '<a class="glossary-tooltip" title="A finite or batch task that runs to completion." data-toggle="tooltip" data-placement="top" ' +
    'href="/docs/concepts/workloads/controllers/job/" target="_blank" aria-label="Job">Job</a> create a fresh Pod for each retry. That ' +
    'works, but every retry pays again for scheduling, pulling images and mounting volumes. Restarting the container in place is much cheaper.',
];
const k8H2 = 'How restart rules work';
const k8How1 =
  'You add restart rules to a container with the <code>restartPolicyRules</code> field. Each rule names an action and a condition on ' +
  'the container&#39;s exit code. When the container stops, the ' +
  '<a class="glossary-tooltip" title="An agent that runs on each node in the cluster. It makes sure that containers are running in a pod." ' +
  'data-toggle="tooltip" data-placement="top" href="/docs/reference/command-line-tools-reference/kubelet" target="_blank" ' +
  'aria-label="kubelet">kubelet</a> checks the rules in order and applies the first one that matches.';
const k8Actions = [
  '<code>Restart</code>: the kubelet restarts the container in place, subject to the usual exponential back-off.',
  '<code>DoNotRestart</code>: the container stays terminated, and the Pod&#39;s phase is worked out as if the container had finished.',
];
const k8How2 = 'If no rule matches, the container falls back to its own restart policy, or to the Pod-level policy when the container does not set one.';
const k8Note =
  'Restart rules are checked only for regular containers and for init containers that set a container-level restart policy. ' +
  'Ephemeral containers ignore them.';
const k8H3 = 'Example';
const k8Ex1 = 'The following manifest runs a worker that is restarted in place when it exits with code 42 and is left stopped after any other failure:';
const k8Ex2 = 'Create the Pod and watch the status of its container:';
const k8H4 = 'Limitations';
const k8Limits = [
  'Rules match on exit codes only. Signals and out-of-memory kills are reported as exit codes of 128 and above, so a rule with the ' +
    '<code>In</code> operator and the value 137 matches a container that the kernel killed.',
  'A container can have at most 20 rules, and each rule can list at most 255 exit codes.',
  'You cannot change the rules of a running Pod; delete the Pod and create it again instead.',
];
const k8H5 = 'What&#39;s next';
const k8Next = [
  'Read about the <a href="/docs/concepts/workloads/pods/pod-lifecycle/">Pod lifecycle</a> and how the kubelet works out a Pod&#39;s phase.',
  'Learn how Jobs use a <a href="/docs/concepts/workloads/controllers/job/#pod-failure-policy">Pod failure policy</a> to tell retriable errors from the rest.',
  'Enable the <code>ContainerRestartRules</code> <a href="/docs/reference/command-line-tools-reference/feature-gates/">feature gate</a> on your cluster.',
];
const k8Nav = ['Documentation', 'Kubernetes Blog', 'Training', 'Careers', 'Partners', 'Community', 'Case Studies'];
const k8Versions = ['Release Information', 'v1.34', 'v1.33', 'v1.32', 'v1.31', 'v1.30'];
const k8Langs = ['中文 (Chinese)', '한국어 (Korean)', '日本語 (Japanese)', 'Français (French)', 'Deutsch (German)', 'Español (Spanish)'];
const k8Side = ['Available Documentation Versions', 'Getting started', 'Concepts', 'Overview', 'Cluster Architecture', 'Containers', 'Workloads', 'Pods'];
const k8Pods = ['Pod Lifecycle', 'Init Containers', 'Sidecar Containers', 'Ephemeral Containers', 'Disruptions', 'Pod Quality of Service Classes'];
const k8Side2 = ['Workload Management', 'Autoscaling Workloads', 'Services, Load Balancing, and Networking', 'Storage', 'Configuration', 'Security'];
const k8Side3 = ['Tasks', 'Tutorials', 'Reference', 'Contribute', 'Docs smoke test page'];
const navItem = (t: string, i: number): string =>
  `<li class="nav-item mr-2 mb-lg-0"><a class="nav-link${i === 0 ? ' active' : ''}" href="/${t.toLowerCase().replace(/\W+/g, '-')}/">` +
  `<span>${t}</span></a></li>`;
const sideLi = (t: string, cls = 'td-sidebar-nav__section-title'): string =>
  `<li class="${cls}"><a href="/docs/${t.toLowerCase().replace(/\W+/g, '-')}/" class="align-left ps-0 td-sidebar-link"><span>${t}</span></a></li>`;
const h2 = (t: string): string => `<h2 id="${t.toLowerCase().replace(/&#39;/g, '').replace(/\W+/g, '-')}">${t}</h2>`;
const k8Html = `<!doctype html><html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,shrink-to-fit=no"><meta name="generator" content="Hugo 0.133.0">
<title>Container Restart Rules | Kubernetes</title><meta property="og:title" content="Container Restart Rules">
<meta property="og:type" content="article"><meta property="article:section" content="docs">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization",
"url":"https://kubernetes.io","logo":"https://kubernetes.io/images/favicon.png"}
</script><link rel="preload" href="/scss/main.min.css" as="style"><script src="/js/jquery-3.7.1.min.js"></script></head>
<body class="td-page td-documentation"><header><nav class="js-navbar-scroll navbar navbar-expand navbar-dark flex-column flex-md-row td-navbar"
data-auto-burger="primary"><a class="navbar-brand" href="/"></a><div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar">
<ul class="navbar-nav mt-2 mt-lg-0">${k8Nav.map((t, i) => navItem(t, i)).join('\n')}
<li class="nav-item mr-n3 mr-lg-0 dropdown"><a class="nav-link dropdown-toggle" href="#" id="navbarDropdown" role="button" data-bs-toggle="dropdown"
aria-haspopup="true" aria-expanded="false">Versions</a><div class="dropdown-menu dropdown-menu-right" aria-labelledby="navbarDropdownMenuLink">
${k8Versions.map((t) => `<a class="dropdown-item" href="#">${t}</a>`).join('')}</div></li>
<li class="nav-item mr-n4 mr-lg-0 dropdown"><a class="nav-link dropdown-toggle" href="#" id="navbarDropdownMenuLink" role="button" data-bs-toggle="dropdown"
aria-haspopup="true" aria-expanded="false">English</a><div class="dropdown-menu dropdown-menu-right" aria-labelledby="navbarDropdownMenuLink">
${k8Langs.map((t) => `<a class="dropdown-item" href="#">${t}</a>`).join('')}</div></li></ul></div>
<button id="hamburger" onclick="kub.toggleMenu()" data-auto-burger-exclude aria-label="Navigation"><div></div></button></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner">
<form class="td-sidebar__search d-flex align-items-center"><input type="search" class="form-control td-search-input" placeholder="Search this site…"
aria-label="Search this site…" autocomplete="off"><button class="btn btn-link td-sidebar__toggle d-md-none p-0 ms-3 fas fa-bars" type="button"
data-bs-toggle="collapse" data-bs-target="#td-section-nav" aria-label="Toggle section navigation"></button></form>
<nav class="td-sidebar-nav foldable-nav" id="td-section-nav"><ul class="td-sidebar-nav__section pe-md-3 ul-0">
${k8Side.map((t) => sideLi(t)).join('\n')}<ul class="ul-3 foldable">${k8Pods.map((t) => sideLi(t, 'td-sidebar-nav__section-title without-child')).join('')}
<li class="td-sidebar-nav__section-title without-child active-path"><a href="#" class="td-sidebar-link active"><span class="td-sidebar-nav-active-item">
Container Restart Rules</span></a></li></ul>${k8Side2.map((t) => sideLi(t)).join('')}${k8Side3.map((t) => sideLi(t)).join('')}</ul></nav></div></aside>
<div class="d-none d-xl-block col-xl-2 td-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://github.com/kubernetes/website/edit/main/content/en/docs/concepts/workloads/pods/container-restart-rules.md" class="td-page-meta--edit"
target="_blank" rel="noopener"><i class="fa-solid fa-pen-to-square fa-fw"></i> Edit this page</a>
<a href="https://github.com/kubernetes/website/new/main/content/en/docs/concepts/workloads/pods" class="td-page-meta--child" target="_blank"
rel="noopener"><i class="fa-solid fa-pen-to-square fa-fw"></i> Create child page</a>
<a href="https://github.com/kubernetes/website/issues/new?title=Container%20Restart%20Rules" class="td-page-meta--issue" target="_blank"
rel="noopener"><i class="fa-solid fa-list-check fa-fw"></i> Create documentation issue</a>
<a id="print" href="/docs/concepts/workloads/pods/_print/"><i class="fa-solid fa-print fa-fw"></i> Print entire section</a></div>
<nav id="TableOfContents"><ul><li><a href="#why-restart-rules-exist">Why restart rules exist</a></li><li><a href="#how-restart-rules-work">How restart rules
work</a></li><li><a href="#example">Example</a></li><li><a href="#limitations">Limitations</a></li><li><a href="#what-s-next">What&#39;s
next</a></li></ul></nav></div>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Kubernetes Documentation</a></li><li class="breadcrumb-item"><a href="/docs/concepts/">Concepts</a></li>
<li class="breadcrumb-item"><a href="/docs/concepts/workloads/">Workloads</a></li><li class="breadcrumb-item"><a
href="/docs/concepts/workloads/pods/">Pods</a></li>
<li class="breadcrumb-item active" aria-current="page">Container Restart Rules</li></ol></nav>
<div class="td-content"><h1 data-pagefind-weight="10">${k8Title}</h1>
<div class="feature-state-notice feature-alpha" title="Feature Gate: ContainerRestartRules"><span class="feature-state-name">FEATURE STATE:</span>
<code>Kubernetes v1.34 [alpha]</code> (disabled by default)</div>
<div class="lead">${k8Lead}</div>
${h2(k8H1)}${k8Why.map((p) => `<p>${p}</p>`).join('\n')}
${h2(k8H2)}<p>${k8How1}</p><ul>${k8Actions.map((t) => `<li>${t}</li>`).join('')}</ul><p>${k8How2}</p>
<div class="alert alert-info note callout" role="alert"><strong>Note:</strong> ${k8Note}</div>
${h2(k8H3)}<p>${k8Ex1}</p>
<div class="highlight code-sample"><div class="copy-code-icon"><a
href="https://raw.githubusercontent.com/kubernetes/website/main/content/en/examples/pods/restart-rules.yaml"
download="pods/restart-rules.yaml"><code>pods/restart-rules.yaml</code></a><img src="/images/copycode.svg" style="max-height:24px;cursor:pointer"
onclick="copyCode('pods-restart-rules-yaml')" title="Copy pods/restart-rules.yaml to clipboard"></div><div class="includecode" id="pods-restart-rules-yaml">
<pre tabindex="0" class="chroma"><code class="language-yaml" data-lang="yaml"><span class="line"><span class="cl"><span class="nt">apiVersion</span>: v1
</span></span><span class="line"><span class="cl"><span class="nt">kind</span>: Pod
</span></span><span class="line"><span class="cl"><span class="nt">metadata</span>:
  <span class="nt">name</span>: shard-worker
<span class="nt">spec</span>:
  <span class="nt">restartPolicy</span>: Never
  <span class="nt">containers</span>:
  - <span class="nt">name</span>: worker
    <span class="nt">image</span>: registry.example/shard-worker:2.3
    <span class="nt">restartPolicy</span>: Never
    <span class="nt">restartPolicyRules</span>:
    - <span class="nt">action</span>: Restart
      <span class="nt">exitCodes</span>:
        <span class="nt">operator</span>: In
        <span class="nt">values</span>: [42]</span></span></code></pre></div></div>
<p>${k8Ex2}</p><div class="highlight"><pre tabindex="0" class="chroma"><code class="language-shell" data-lang="shell">kubectl apply -f
https://k8s.io/examples/pods/restart-rules.yaml
kubectl get pod shard-worker --watch</code></pre></div>
${h2(k8H4)}<ul>${k8Limits.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h2(k8H5)}<ul>${k8Next.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button>
<p class="feedback--response feedback--response__hidden">Thanks for the feedback. If you have a specific question about how to use Kubernetes, ask it on
<a target="_blank" rel="noopener" href="https://serverfault.com/questions/tagged/kubernetes">Server Fault</a>.
<a href="https://github.com/kubernetes/website/issues/new">Open an issue</a> in the GitHub repository if you want to report a problem or suggest an
improvement.</p></div>
<div class="td-page-meta__lastmod">Last modified September 22, 2025 at 4:05 PM PST:
<a data-proofer-ignore href="https://github.com/kubernetes/website/commit/3f9e2c1a7b">Document exit-code restart rules (3f9e2c1a7b)</a></div>
</div></main></div></div></div>
<footer class="footer row d-print-none"><div class="container-fluid"><div class="row"><div class="col-6 col-sm-2 text-xs-center order-sm-2">
<ul class="footer-icons"><li class="list-inline-item mx-2 h3" data-bs-toggle="tooltip" title="User mailing list" aria-label="User mailing list">
<a rel="noopener" href="https://discuss.kubernetes.io"><i class="fa fa-envelope"></i></a></li><li class="list-inline-item mx-2 h3" title="GitHub"
aria-label="GitHub"><a href="https://github.com/kubernetes/kubernetes"><i class="fab fa-github"></i></a></li></ul></div>
<div class="col-12 col-sm-8 text-center order-sm-2"><small class="text-white">© 2025 The Kubernetes Authors | Documentation Distributed under
<a href="https://git.k8s.io/website/LICENSE" class="light-text">CC BY 4.0</a></small><br><small class="text-white">Copyright © 2025 The Linux Foundation ®.
All rights reserved. The Linux Foundation has registered trademarks and uses trademarks. For a list of trademarks of The Linux Foundation, please see our
<a href="https://www.linuxfoundation.org/trademark-usage" class="light-text">Trademark Usage page</a></small><br>
<small class="text-white">ICP license: 京ICP备17074266号-3</small></div></div></div></footer>
<script src="/js/bootstrap.bundle.min.js"></script><script src="/js/script.js"></script></body></html>`;
export const kubernetesDocsy: TestPage = {
  html: k8Html,
  name: 'heldout21-kubernetes-docsy',
  kind: 'docs',
  // the lead, the paragraphs, the two action items, the note's text (its "Note:" label in neither list), the limitations and the
  // "What's next" links (the page's own closing section, as the docs write it) are body; the example manifest, its file name and
  // the kubectl lines are code: in neither list; the td-toc entries, the breadcrumb's and sidebar's "Container Restart Rules" repeat
  // the headings and title: left out; the "Last modified" date is the page's only dateline (its commit link is furniture); the
  // feature-state notice, navbar with versions and languages, sidebar, breadcrumb, page-meta links, the feedback block, the
  // footer, and the words "Pods", "Workloads", "Concepts" of the breadcrumb (once each, with the sidebar) are furniture
  // (the sidebar's "Containers", "Workloads" and "Ephemeral Containers" are words of the body and the note, "Ephemeral containers ignore them.", read
  // since the round-20 rules keep docs callouts: out of the furniture since session 14, as earlier batches leave such words out)
  title: k8Title,
  headings: [k8H1, k8H2, k8H3, k8H4, 'What’s next'],
  body: [k8Lead, ...texts(k8Why), ...texts([k8How1]), ...texts(k8Actions), k8How2, k8Note, k8Ex1, k8Ex2, ...texts(k8Limits), ...texts(k8Next)],
  bylines: ['Last modified September 22, 2025 at 4:05 PM PST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...k8Nav, 'Versions', ...k8Versions, 'English', ...k8Langs, ...k8Side.filter((t) => t !== 'Containers' && t !== 'Workloads'),
    ...k8Pods.filter((t) => t !== 'Ephemeral Containers'), ...k8Side2, ...k8Side3, 'Edit this page', 'Create child page',
    'Create documentation issue', 'Print entire section', 'Kubernetes Documentation', 'FEATURE STATE:', 'Kubernetes v1.34 [alpha] (disabled by default)',
    'Feedback', 'Was this page helpful?', 'Yes', 'No',
    'Thanks for the feedback. If you have a specific question about how to use Kubernetes, ask it on Server Fault.',
    'Open an issue in the GitHub repository if you want to report a problem or suggest an improvement.', 'Document exit-code restart rules (3f9e2c1a7b)',
    '© 2025 The Kubernetes Authors | Documentation Distributed under CC BY 4.0', 'Copyright © 2025 The Linux Foundation ®. All rights reserved.',
    'For a list of trademarks of The Linux Foundation, please see our Trademark Usage page', 'ICP license: 京ICP备17074266号-3',
  ],
};
