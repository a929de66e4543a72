import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 99, file d2: a Terraform Registry provider resource page (registry.terraform.io, Ember app) for a
 * deprecated resource of an invented partner provider (the registry navbar with "Browse" menu, "Publish" and "Sign-in", the
 * provider header with tier badge, version, publish date and source, the "Overview" / "Documentation" tabs and "USE
 * PROVIDER" button, the docs sidebar with its filter and "Deprecated" badges, the "Deprecated" warning alert that opens the
 * markdown, argument and attribute lists, the "On this page" rail with "Report an issue", the footer and the HashiCorp
 * consent banner).
 */
const tfTitle = 'nimbus_bucket_policy (Resource)';
const tfDeprecated =
  'Deprecated This resource is deprecated and will be removed in version 5.0.0 of the provider. Use nimbus_bucket_access instead, which ' +
  'supports multiple policy statements per bucket.';
const tfP1 = [
  'Attaches a single access policy document to a Nimbus object storage bucket. A bucket can have at most one policy managed by this ' +
    'resource; applying a second <code>nimbus_bucket_policy</code> to the same bucket replaces the first one on the next apply.',
  'Policies control which principals can read, write or list objects. For access granted to whole projects, prefer project roles, which ' +
    'are easier to audit than bucket policies.',
];
const tfH1 = 'Example Usage';
const tfH2 = 'Argument Reference';
const tfP2 = ['The following arguments are supported:'];
const tfArgs = [
  '<code>bucket</code> - (Required) Name of the bucket to attach the policy to. Changing this forces a new resource to be created.',
  '<code>policy</code> - (Required) Policy document as a JSON string. Use the <code>nimbus_policy_document</code> data source or ' +
    '<code>jsonencode()</code> to build it.',
  '<code>region</code> - (Optional) Region of the bucket. Defaults to the region configured on the provider.',
  '<code>skip_validation</code> - (Optional) When <code>true</code>, the provider does not check that every principal in the policy exists ' +
    'before applying it. Defaults to <code>false</code>.',
];
const tfH3 = 'Attribute Reference';
const tfP3 = ['In addition to all arguments above, the following attributes are exported:'];
const tfAttrs = ['<code>id</code> - Name of the bucket.', '<code>etag</code> - Version tag of the policy document, updated each time the policy changes.'];
const tfH4 = 'Migrating to nimbus_bucket_access';
const tfP4 = [
  'Each <code>nimbus_bucket_policy</code> maps to one <code>statement</code> block in a <code>nimbus_bucket_access</code> resource. To migrate ' +
    'without removing access, add the new resource with the same statements, apply, and then remove the old resource from state with ' +
    '<code>terraform state rm</code> before deleting it from your configuration.',
  'If you delete the old resource from your configuration first, Terraform will destroy the policy and the bucket will be unreachable for ' +
    'the principals it granted until the next apply.',
];
const tfH6 = 'Timeouts';
const tfP6 = ['The <code>timeouts</code> block allows you to specify timeouts for certain actions:'];
const tfTimeouts = [
  '<code>create</code> - (Default <code>5m</code>) How long to wait for a new policy to propagate to every storage node in the region.',
  '<code>update</code> - (Default <code>5m</code>) How long to wait for a changed policy to propagate.',
  '<code>delete</code> - (Default <code>10m</code>) How long to wait for the policy to be removed. Objects stay readable under the old policy until then.',
];
const tfH5 = 'Import';
const tfP5 = ['Bucket policies can be imported using the bucket name, e.g.,'];
const tfBrowse = ['Providers', 'Modules', 'Policy Libraries', 'Run Tasks'];
const tfSide = [
  'nimbus provider',
  'Guides',
  'Upgrading to 4.0',
  'Resources',
  'nimbus_bucket',
  'nimbus_bucket_access',
  'nimbus_bucket_lifecycle',
  'nimbus_project',
  'nimbus_project_role',
  'Data Sources',
  'nimbus_policy_document',
  'nimbus_project',
];
const tfFoot = ['Intro', 'Learn', 'Docs', 'Extend', 'Privacy', 'Security', 'Terms', 'Publishing', 'Consent Manager'];
const tfConsent =
  'We use cookies and other similar technology to collect data to improve your experience on our site, as described in our Privacy Policy ' +
  'and Cookie Policy.';
const tfPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const tfH = (id: string, t: string): string => `<h2 id="${id}"><a class="anchor" href="#${id}" aria-label="${t}"></a>${t}</h2>`;
const tfHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>nimbus_bucket_policy | Resources | corvane/nimbus | Terraform | Terraform Registry</title>
<meta name="description" content="">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="terraform-registry/config/environment" content="%7B%22modulePrefix%22%3A%22terraform-registry%22%2C%22environment%22%3A%22production%22%7D">
<link rel="canonical" href="https://registry.terraform.io/providers/corvane/nimbus/latest/docs/resources/bucket_policy">
<link integrity="" rel="stylesheet" href="/assets/vendor-2f7e1a9c.css"><link integrity="" rel="stylesheet" href="/assets/terraform-registry-8b3d5c0e.css">
<link rel="icon" type="image/png" href="/images/favicons/favicon-32x32.png" sizes="32x32">
<script src="https://cdn.segment.example/analytics.js/v1/9Z1k2l/analytics.min.js" async></script>
</head><body class="ember-application">
<div id="ember3" class="ember-view"><div class="app-wrapper">
<header class="navbar" role="banner"><div class="container"><div class="navbar-brand"><a href="/" id="ember7" class="navbar-brand-link ember-view">
<svg aria-hidden="true" class="logo"></svg><span class="sr-only">Terraform Registry</span></a></div>
<nav class="navbar-menu" aria-label="Main"><div class="dropdown"><button class="dropdown-trigger" aria-haspopup="true" type="button">Browse</button>
<ul class="dropdown-menu" hidden>${links(tfBrowse, 'dropdown-item')}</ul></div>
<a href="/publish" class="navbar-item">Publish</a><a href="/sign-in" class="navbar-item">Sign-in</a></nav>
<div class="navbar-search"><input type="search" class="search-input" placeholder="Search all resources" aria-label="Search all resources"></div>
</div></header>
<div class="provider-view"><div class="provider-header"><div class="container"><div class="provider-logo"><img
alt="corvane" src="https://avatars.example/u/4812"></div>
<div class="provider-info"><h2 class="provider-title"><a href="/namespaces/corvane">corvane</a> / <span>nimbus</span></h2>
<div class="provider-badges"><span class="badge badge-partner"
title="Partner providers are written, maintained, validated and published by third-party companies">
Partner</span></div>
<div class="provider-meta"><span class="provider-version">Version 4.12.0</span><span class="provider-published">Published 18 days ago</span>
<span class="provider-source">Source Code <a
href="https://github.com/corvane/terraform-provider-nimbus">corvane/terraform-provider-nimbus</a></span></div></div>
<div class="provider-actions"><div class="dropdown version-dropdown"><button class="dropdown-trigger button" type="button">Version 4.12.0 <span
class="badge">Latest Version</span></button></div><button class="button is-primary" type="button">USE PROVIDER</button></div></div>
<nav class="provider-tabs container"><ul><li><a href="/providers/corvane/nimbus/latest">Overview</a></li>
<li class="active"><a href="/providers/corvane/nimbus/latest/docs">Documentation</a></li></ul></nav></div>
<div class="container provider-docs"><div class="row">
<aside class="docs-nav" aria-label="Provider documentation"><div class="docs-nav-header">NIMBUS DOCUMENTATION</div>
<div class="docs-nav-filter"><input type="text" class="filter-input" placeholder="Filter" aria-label="Filter"></div>
<ul class="docs-nav-list">
${tfSide.map((t) => `<li class="menu-list-link"><a href="/providers/corvane/nimbus/latest/docs/${t}">${t}</a></li>`).join('\n')}
<li class="menu-list-link active"><a href="/providers/corvane/nimbus/latest/docs/resources/bucket_policy">nimbus_bucket_policy</a>
<span class="badge badge-deprecated">Deprecated</span></li></ul></aside>
<div class="docs-content" id="provider-docs-content"><div class="markdown provider-docs-content">
<h1 id="nimbus_bucket_policy-resource">${tfTitle}</h1>
<div class="alert alert-warning" role="alert"><p><strong>Deprecated</strong> This resource is deprecated and will be removed in version 5.0.0 of the
provider. Use <a href="/providers/corvane/nimbus/latest/docs/resources/bucket_access"><code>nimbus_bucket_access</code></a> instead, which supports
multiple policy statements per bucket.</p></div>
${tfPs(tfP1)}
${tfH('example-usage', tfH1)}
<pre class="highlight"><code class="language-terraform">resource "nimbus_bucket" "assets" {
  name   = "harbourline-assets"
  region = "eu-north-2"
}

resource "nimbus_bucket_policy" "public_read" {
  bucket = nimbus_bucket.assets.name
  policy = jsonencode({
    statement = [{
      effect     = "allow"
      principals = ["*"]
      actions    = ["object:get"]
    }]
  })
}</code></pre>
${tfH('argument-reference', tfH2)}
${tfPs(tfP2)}
<ul>
${tfArgs.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${tfH('attribute-reference', tfH3)}
${tfPs(tfP3)}
<ul>
${tfAttrs.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${tfH('migrating-to-nimbus_bucket_access', tfH4)}
${tfPs(tfP4)}
${tfH('timeouts', tfH6)}
${tfPs(tfP6)}
<ul>
${tfTimeouts.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${tfH('import', tfH5)}
${tfPs(tfP5)}
<pre class="highlight"><code class="language-shell">$ terraform import nimbus_bucket_policy.public_read harbourline-assets</code></pre>
</div></div>
<aside class="docs-toc" aria-label="On this page"><h4 class="docs-toc-title">On this page</h4><ul>
${[tfH1, tfH2, tfH3, tfH4, tfH6, tfH5].map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`).join('\n')}</ul>
<a class="docs-toc-report" href="https://github.com/corvane/terraform-provider-nimbus/issues/new">Report an issue</a></aside>
</div></div></div>
<footer class="footer" role="contentinfo"><div class="container"><div class="footer-logo"><svg aria-hidden="true"></svg>
<span>© HashiCorp 2025</span></div><ul class="footer-links">
${links(tfFoot, 'footer-link')}
</ul></div></footer>
</div></div>
<div id="consent-manager" class="consent-banner" role="dialog" aria-label="Cookie consent"><p>We use cookies and other similar technology to
collect data to improve your experience on our site, as described in our <a href="https://www.hashicorp.com/privacy">Privacy Policy</a> and
<a href="https://www.hashicorp.com/cookie-policy">Cookie Policy</a>.</p><div class="consent-banner-actions"><button type="button">Manage Preferences</button>
<button type="button" class="is-primary">Accept</button></div></div>
<script src="/assets/vendor-6a1f3d2e.js"></script><script src="/assets/terraform-registry-0c9e8b7a.js"></script>
</body></html>`;
export const terraformDeprecated: TestPage = {
  html: tfHtml,
  name: 'heldout99-terraform-registry-deprecated-resource',
  kind: 'docs',
  // the "Deprecated" warning alert that opens the markdown is a status notice (furniture), while the migration section the
  // provider wrote about it is body; argument and attribute list items are body; the "On this page" entries and the
  // sidebar entry for this resource repeat headings or the resource name and are left out
  title: tfTitle,
  headings: [tfH1, tfH2, tfH3, tfH4, tfH6, tfH5],
  body: texts([...tfP1, ...tfP2, ...tfArgs, ...tfP3, ...tfAttrs, ...tfP4, ...tfP6, ...tfTimeouts, ...tfP5]),
  bylines: ['Published 18 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    'Terraform Registry', 'Browse', ...tfBrowse, 'Publish', 'Sign-in', 'corvane / nimbus', 'Partner', 'Version 4.12.0',
    'Source Code corvane/terraform-provider-nimbus', 'Latest Version', 'USE PROVIDER', 'Overview', 'Documentation', 'NIMBUS DOCUMENTATION',
    ...tfSide, 'Deprecated', tfDeprecated, 'On this page', 'Report an issue', '© HashiCorp 2025', ...tfFoot, tfConsent, 'Manage Preferences',
    'Accept',
    ]),
  ],
};
