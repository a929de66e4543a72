import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 168, file b2: an Istio documentation task page on istio.io (Hugo: the main navigation with "Try Istio", the
 * section sidebar, breadcrumbs, the title area with the reading time and "page test" badge, callout asides inside the text,
 * the "Was this information useful?" feedback box with its hidden follow-up, the "See also" cards, the scroll-to-top button
 * and the footer with the CNCF line and the trademark notice).
 */
const isTitle = 'Locality Failover';
const isP0 = [
  'This task shows how to configure your mesh so that traffic stays in the client\u2019s own zone while healthy endpoints are ' +
    'available there, and fails over to the next closest zone or region when they are not.',
  'Keeping requests local cuts cross-zone data transfer charges and shaves a few milliseconds off each call. The cost is that a ' +
    'zone with too few replicas can be overloaded, so size each zone for its own share of the traffic before you turn this on.',
];
const isH1 = 'Before you begin';
const isL0 = [
  'Set up a cluster with nodes in at least two zones, and label the nodes with the standard <code>topology.kubernetes.io/zone</code> ' +
    'and <code>topology.kubernetes.io/region</code> labels.',
  'Install Istio using the default profile.',
  'Deploy the <code>orders</code> sample in the <code>shop</code> namespace with one replica pinned to each zone.',
];
const isH2 = 'Configure locality failover';
const isP1 = [
  'Locality load balancing is only active when outlier detection is configured for the destination, because Istio needs a way to ' +
    'decide that endpoints in a zone are unhealthy. Apply a destination rule that turns on outlier detection and names the ' +
    'failover order:',
];
const isCode = `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: orders
  namespace: shop
spec:
  host: orders.shop.svc.cluster.local
  trafficPolicy:
    loadBalancer:
      localityLbSetting:
        enabled: true
        failover:
        - from: eu-south
          to: eu-central
    outlierDetection:
      consecutive5xxErrors: 3
      interval: 10s
      baseEjectionTime: 1m`;
const isTip =
  'If you leave out the <code>failover</code> list, Istio still prefers endpoints in the same zone, then the same region, and only ' +
  'then sends traffic anywhere else.';
const isH3 = 'Verify traffic stays in the zone';
const isP2 = [
  'Send a few requests from the <code>sleep</code> pod in zone <code>eu-south-1a</code>. Each response includes the zone of the ' +
    'replica that served it, and all of them should come from <code>eu-south-1a</code>.',
];
const isH4 = 'Trigger a failover';
const isP3 = [
  'Scale the replica in <code>eu-south-1a</code> to zero, or make it return errors with the sample\u2019s fault flag. After three ' +
    'consecutive errors the endpoint is ejected, and requests move to the other zone in the same region.',
  'When every endpoint in <code>eu-south</code> is gone, traffic follows the failover list to <code>eu-central</code>. Restore the ' +
    'replicas and, after the one-minute ejection time, requests return to the local zone.',
];
const isWarn =
  'Failover between regions can add noticeable latency. Check that your timeouts allow for the extra round trip before you rely ' + 'on it in production.';
const isH5 = 'Cleanup';
const isP4 = ['Delete the destination rule and the <code>shop</code> namespace when you have finished.'];
const isNav = ['Why Istio?', 'Get involved', 'Documentation', 'Blog', 'News', 'FAQ', 'About', 'Try Istio'];
const isSide = [
  'Concepts',
  'Setup',
  'Tasks',
  'Traffic Management',
  'Request Routing',
  'Fault Injection',
  'Locality Load Balancing',
  'Locality failover',
  'Locality weighted distribution',
  'Security',
  'Observability',
  'Examples',
  'Operations',
  'Reference',
];
const isCrumbs = ['Istio', 'Documentation', 'Tasks', 'Traffic Management', 'Locality Load Balancing'];
const isFeedback = ['Was this information useful?', 'Yes', 'No', 'Do you have any suggestions for improvement?', 'Thanks for your feedback!'];
const isSee = [
  ['Traffic Management', 'Describes the various Istio features focused on traffic routing and control.'],
  ['Outlier detection and ejection', 'How Istio decides an endpoint is unhealthy and removes it from the load balancing pool.'],
  ['Locality weighted distribution', 'This guide demonstrates how to configure locality distribution.'],
];
const isFoot = ['Get involved', 'Istio archive', 'Report a security vulnerability', 'Privacy policy', 'Trademarks'];
const isLegal = 'Istio Authors 2025 | Documentation distributed under CC BY 4.0. The Linux Foundation has registered trademarks and uses trademarks.';
const isCall = (
  kind: string,
  inner: string,
): string => `<aside class="callout ${kind}"><div class="type"><svg class="large-icon"><use xlink:href="/img/icons.svg#callout-${kind}">
</use></svg></div><div class="content">${inner}</div></aside>`;
const isHtml = `<!DOCTYPE html>
<html lang="en" itemscope itemtype="https://schema.org/WebPage"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="title" content="Locality Failover"><meta name="description" content="This task shows you how to configure your mesh for locality failover.">
<meta name="author" content="Istio"><meta name="keywords" content="microservices,services,mesh,istio,locality,failover"><meta property="og:type"
content="website">
<meta property="og:title" content="Locality Failover"><title>Istio / Locality Failover</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[
{"@type":"ListItem","position":1,"name":"Documentation"},
{"@type":"ListItem","position":2,"name":"Tasks"}]}</script><link rel="stylesheet" href="/css/all.css"><script src="/js/themes_init.min.js"></script></head>
<body class="language-unknown"><script>const branchName="release-1.27";const docTitle="Locality Failover";</script>
<header class="main-navigation"><nav class="main-navigation-wrapper" aria-label="Main"><div class="main-navigation-header"><a href="/latest/"
class="main-logo" aria-label="logotype">
<svg class="logo"></svg></a><button id="hamburger" class="main-navigation-toggle" aria-label="Toggle navigation"></button></div>
<div id="header-links" class="main-navigation-links"><ul class="main-navigation-links-list">
${isNav
  .map(
    (t) => `<li class="main-navigation-links-item"><a class="main-navigation-links-link"
href="/latest/${t.toLowerCase().replace(/\W+/g, '')}/">${t}</a></li>`,
  )
  .join('\n')}
</ul></div></nav></header>
<div class="container"><div class="row"><div class="col-md-3"><nav id="sidebar" aria-label="Section Navigation"><div class="directory">
<ul>${links(isSide, 'sidebar-entry')}</ul></div></nav></div>
<main class="col-md-9 main-content" aria-label="Content"><nav aria-label="Breadcrumb"><ol class="breadcrumbs">${links(isCrumbs)}</ol></nav>
<article aria-labelledby="title"><div class="title-area"><div style="width:100%"><h1 id="title">${isTitle}</h1>
<p class="byline"><span title="1083 words"><svg class="icon"><use xlink:href="/img/icons.svg#clock"></use></svg><span
class="icon-text"> 4 minute read</span></span>
<a href="/latest/docs/releases/feature-stages/#feature-phase-definitions" class="page-test-label">page test</a></p></div></div>
<div class="toc toc-inline" hidden><div class="toc-heading">Table of contents</div></div>
${isP0.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="before-you-begin">${isH1}</h2>
<ul>${isL0.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
<h2 id="configure-locality-failover">${isH2}</h2>
<p>${isP1[0]}</p>
<pre class="language-yaml" data-expandlinks="true" data-repo="istio"><code>$ kubectl apply -f - &lt;&lt;EOF
${isCode}
EOF</code></pre>
${isCall('tip', `<p>${isTip}</p>`)}
<h2 id="verify-traffic-stays-in-the-zone">${isH3}</h2>
<p>${isP2[0]}</p>
<pre><code>$ for i in $(seq 10); do kubectl exec deploy/sleep -n shop -- curl -s orders:8080/zone; done</code></pre>
<h2 id="trigger-a-failover">${isH4}</h2>
${isP3.map((p) => `<p>${p}</p>`).join('\n')}
${isCall('warning', `<p>${isWarn}</p>`)}
<h2 id="cleanup">${isH5}</h2>
<p>${isP4[0]}</p>
<nav class="pagenav"><div class="left"><a title="This guide demonstrates how to configure locality distribution." href="../distribute/" class="next-link">
<svg class="icon"></svg>Locality weighted distribution</a></div></nav>
<div id="feedback"><div id="feedback-initial"><div>${isFeedback[0]}</div><div id="feedback-comment">${isFeedback[3]}</div>
<button class="btn feedback" onclick="sendFeedback('en',1)">${isFeedback[1]}</button><button class="btn feedback"
onclick="sendFeedback('en',0)">${isFeedback[2]}</button></div>
<div id="feedback-thankyou" class="hidden" hidden>${isFeedback[4]}</div></div>
<h2 id="see-also">See also</h2><div class="see-also">${isSee
  .map(
    ([t, d]) => `<div class="entry"><a href="/latest/docs/${(t ?? '').length}">${t}</a><p>${d}</p>
</div>`,
  )
  .join('\n')}
</div></article></main></div></div>
<footer><div class="user-links">${links(isFoot)}</div><div class="info"><p class="copyright">${isLegal}</p><p class="version">Istio 1.27.1</p></div></footer>
<div id="scroll-to-top-container" aria-live="polite"><button id="scroll-to-top" title="Back to top" aria-label="Back to top">Back to top</button></div>
<script src="/js/all.min.js" data-manual></script></body></html>`;
export const istioPage: TestPage = {
  name: 'heldout168-istio-docs',
  kind: 'docs',
  html: isHtml,
  // the tip and warning callouts are part of the task's text (body); the "See also" heading and cards and the next-page link are furniture;
  // the sidebar entry that repeats the title is left out
  title: isTitle,
  headings: [isH1, isH2, isH3, isH4, isH5],
  body: texts([...isP0, ...isL0, ...isP1, isTip, ...isP2, ...isP3, isWarn, ...isP4]),
  bylines: ['4 minute read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...isNav, ...isSide.filter((t) => t !== 'Locality failover'),
    ...isCrumbs, 'page test', 'Table of contents', ...isFeedback, 'See also', ...isSee.flat(), ...isFoot, isLegal,
    'Istio 1.27.1', 'Back to top',
  ],
};
