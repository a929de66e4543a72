import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, uniq } from './pages-heldout264-kit.js';
import { bramble } from './pages-heldout264-f2.js';

/**
 * Held-out batch 264, file f: a Terraform Registry-style provider resource page of an invented registry, as the Ember
 * app saves it (a data page: the registry header, the provider header with publisher badge, version picker, publish
 * date and "Use Provider", the provider docs nav with its filter, argument and attribute lists, "On this page", the
 * "Report an issue" link, the consent banner and the footer) and, from file f2, a Salesforce Help-style article.
 */
const rTitle = 'Resource: cloudgrid_bucket_policy';
const rIntro = [
  j(
    'Attaches an access policy to a CloudGrid storage bucket. A bucket can have only one policy; applying a second',
    '<code>cloudgrid_bucket_policy</code> resource to the same bucket replaces the first one on the next apply.',
  ),
];
const rNote = j(
  '<strong>Note:</strong> Buckets created with <code>block_public_policies = true</code> reject policies that grant access to',
  'anonymous principals. The apply fails with an <code>AccessDenied</code> error in that case.',
);
const rH = ['Example Usage', 'Argument Reference', 'Attribute Reference', 'Timeouts', 'Import'] as const;
const rEx = ['The following example allows a single service account to read objects from the bucket.'];
const rArgsIntro = ['The following arguments are supported:'];
const rArgs = [
  '<code>bucket</code> - (Required) Name of the bucket to attach the policy to. Changing this forces a new resource to be created.',
  '<code>policy</code> - (Required) Policy document in JSON. Use the <code>cloudgrid_iam_policy_document</code> data source to build it.',
  j(
    '<code>confirm_remove_self_access</code> - (Optional) Whether the policy may remove the caller\u2019s own access to the bucket.',
    'Defaults to <code>false</code>.',
  ),
];
const rAttrsIntro = ['In addition to all arguments above, the following attributes are exported:'];
const rAttrs = ['<code>id</code> - Name of the bucket.', '<code>etag</code> - Version tag of the policy, which changes each time the policy is updated.'];
const rTime = ['<code>create</code> - (Default <code>5m</code>)', '<code>delete</code> - (Default <code>5m</code>)'];
const rImport = [
  j(
    'Bucket policies can be imported using the bucket name. With Plinth 1.5 and later, use an <code>import</code> block;',
    'with earlier versions, use the <code>plinth import</code> command, for example:',
  ),
];
const rTop = ['Browse', 'Publish', 'Sign-in'];
const rProvTabs = ['Overview', 'Documentation', 'Use Provider'];
const rNav = [
  'CloudGrid Provider',
  'Guides',
  'Storage',
  'Resources',
  'cloudgrid_bucket',
  'cloudgrid_bucket_acl',
  'cloudgrid_bucket_lifecycle',
  'Data Sources',
  'cloudgrid_iam_policy_document',
];
const rFoot = ['System Status', 'Terms of Use', 'Security', 'Privacy', 'Trademark Policy', 'Consent Manager'];
const rTabsHtml = rProvTabs.map((t) => `<li><a href="/providers/brightlane/cloudgrid/latest/${t.length}">${t}</a></li>`).join('');
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Plinth Registry</title>
<meta name="description" content="Plinth Registry"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="registry/config/environment" content="%7B%22modulePrefix%22%3A%22registry%22%2C%22environment%22%3A%22production%22%7D">
<link rel="stylesheet" href="/assets/vendor-7c1f0e.css"><link rel="stylesheet" href="/assets/registry-ui-9b2d41.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareSourceCode","name":"brightlane/cloudgrid","version":"5.12.0"}</script>
<script>window.dataLayer = window.dataLayer || []; window.registryConfig = {algoliaIndex: "tf-registry:prod:providers"};</script></head>
<body class="ember-application"><div id="ember3" class="ember-view"><div class="consent-manager" role="dialog" aria-label="Cookie consent"><p>We use cookies and
other similar technology to collect data to improve your experience on our site, as described in our Privacy Policy and Cookie Policy.</p><button
class="button">Manage Preferences</button><button class="button primary">Accept</button></div>
<header id="ember12" class="navbar ember-view"><div class="navbar-brand"><a href="/" class="navbar-item">Plinth Registry</a></div><div class="navbar-menu">
<div class="navbar-start"><input type="text" class="input search" placeholder="Search Providers and Modules" aria-label="Search"></div><div class="navbar-end">
${rTop.map((t) => `<a href="/${t.toLowerCase()}" class="navbar-item">${t}</a>`).join('')}</div></div></header>
<div id="ember31" class="provider-view ember-view"><section class="provider-header"><div class="container"><div class="provider-header-title"><img
src="https://avatars.example/u/8821?s=96" alt="" class="provider-logo"><h2 class="title">cloudgrid</h2><span class="badge is-partner" title="Partner
providers are owned and maintained by a technology company">Partner</span></div><div class="provider-header-details"><p><span class="label">by:</span>
<a href="/namespaces/brightlane">brightlane</a></p><p class="version-dropdown"><button class="button dropdown-trigger">Version 5.12.0</button><span
class="tag">Latest Version</span></p><p class="published">Published 2 months ago</p><p class="source">Source Code <a
href="https://github.example/brightlane/plinth-provider-cloudgrid">github.example/brightlane/plinth-provider-cloudgrid</a></p></div>
<nav class="tabs provider-tabs"><ul>${rTabsHtml}</ul></nav>
</div></section><div class="container docs-container"><div class="columns"><div class="column is-3 docs-nav"><div class="docs-nav-filter"><input
type="text" class="input" placeholder="Filter" aria-label="Filter"></div><ul id="ember54" class="menu-list provider-docs-menu ember-view">
${links(rNav, 'menu-list-category')}<li class="menu-list-link active"><a href="#">cloudgrid_bucket_policy</a></li></ul></div>
<div class="column is-7"><div id="provider-docs-content" class="markdown provider-docs-content"><h1 id="resource-cloudgrid_bucket_policy">${rTitle}</h1>
${ps(rIntro)}
<div class="alert alert-warning"><p>${rNote}</p></div>
<h2 id="example-usage">${rH[0]}</h2>
${ps(rEx)}
<div class="code-block"><button class="copy-button">Copy</button><pre class="language-hcl"><code>resource "cloudgrid_bucket_policy" "reports" {
  bucket = cloudgrid_bucket.reports.name
  policy = data.cloudgrid_iam_policy_document.read_reports.json
}</code></pre></div>
<h2 id="argument-reference">${rH[1]}</h2>
${ps(rArgsIntro)}
<ul>${rArgs.map((a) => `<li>${a}</li>`).join('\n')}</ul>
<h2 id="attribute-reference">${rH[2]}</h2>
${ps(rAttrsIntro)}
<ul>${rAttrs.map((a) => `<li>${a}</li>`).join('\n')}</ul>
<h2 id="timeouts">${rH[3]}</h2>
<ul>${rTime.map((a) => `<li>${a}</li>`).join('\n')}</ul>
<h2 id="import">${rH[4]}</h2>
${ps(rImport)}
<div class="code-block"><button class="copy-button">Copy</button><pre
class="language-shell"><code>plinth import cloudgrid_bucket_policy.reports reports</code>
</pre></div></div></div><div class="column is-2 docs-toc"><div class="toc"><p class="menu-label">On this page</p><ul>${links([...rH])}</ul>
<a href="https://github.example/brightlane/plinth-provider-cloudgrid/issues/new" class="report-issue">Report an issue</a></div></div></div></div></div>
<footer id="ember90" class="footer ember-view"><div class="container"><ul class="footer-links">${links(rFoot, 'footer-item')}</ul><p
class="copyright">© Cairnware
2026</p></div></footer></div>
<script src="/assets/vendor-7c1f0e.js"></script><script src="/assets/registry-ui-9b2d41.js"></script></body></html>`;
const plinth: TestPage = {
  name: 'heldout264-terraform-registry-resource',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: [...rH],
  body: texts([...rIntro, rNote, ...rEx, ...rArgsIntro, ...rArgs, ...rAttrsIntro, ...rAttrs, ...rTime, ...rImport]),
  bylines: ['brightlane', 'Published 2 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'We use cookies and other similar technology to collect data to improve your experience on our site', 'Manage Preferences', 'Accept',
    'Plinth Registry', ...rTop, 'Partner', 'by:', 'Version 5.12.0', 'Latest Version', 'Source Code',
    'github.example/brightlane/plinth-provider-cloudgrid', ...rProvTabs,
    ...rNav.filter((t) => t !== 'cloudgrid_bucket' && t !== 'cloudgrid_iam_policy_document'), 'Copy', 'On this page', 'Report an issue', ...rFoot,
    '© Cairnware 2026',
  ]),
};

export const HELDOUT264_F: readonly TestPage[] = [plinth, bramble];
