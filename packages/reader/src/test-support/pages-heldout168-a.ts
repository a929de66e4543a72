import { links, type TestPage, texts } from './page-kit.js';
import { puppetPage } from './pages-heldout168-a2.js';

/**
 * Held-out batch 168, file a: a Terraform Registry provider resource page (the Ember app shell with the registry header,
 * the provider header with version picker and "Use Provider", the breadcrumb, the docs sidebar with its filter box and
 * resource list, the "On this page" rail with "Report an issue", code blocks with "Copy" buttons, the hidden feedback form
 * and the consent banner) and, from file a2, a Puppet documentation page.
 */
const tfTitle = 'tallow_storage_bucket (Resource)';
const tfP0 = [
  'Manages a storage bucket in a Tallow Cloud project. Buckets hold objects in a single region and can enforce versioning, ' +
    'retention locks and lifecycle rules that move older objects to the cold tier.',
];
const tfNote =
  '<strong>Note:</strong> Deleting a bucket that still holds objects fails unless <code>force_destroy</code> is set. ' +
  'Objects under a retention lock are never removed, even with <code>force_destroy</code>.';
const tfH1 = 'Example Usage';
const tfP1 = ['The following example creates a versioned bucket in the <code>eu-north-2</code> region and expires noncurrent versions after 30 days.'];
const tfCode1 = `resource "tallow_storage_bucket" "logs" {
  name       = "acme-build-logs"
  project_id = tallow_project.main.id
  region     = "eu-north-2"

  versioning {
    enabled = true
  }

  lifecycle_rule {
    noncurrent_days = 30
    action          = "expire"
  }
}`;
const tfH2 = 'Argument Reference';
const tfP2 = ['The following arguments are supported:'];
const tfArgs = [
  '<code>name</code> - (Required) The name of the bucket. Must be unique within the project and between 3 and 63 characters long. ' +
    'Changing this forces a new resource to be created.',
  '<code>project_id</code> - (Required) The ID of the project the bucket belongs to.',
  '<code>region</code> - (Optional) The region to create the bucket in. Defaults to the provider region.',
  '<code>storage_class</code> - (Optional) One of <code>standard</code>, <code>infrequent</code> or <code>cold</code>. Defaults to <code>standard</code>.',
  '<code>force_destroy</code> - (Optional) When <code>true</code>, all objects are deleted when the bucket is destroyed. Defaults to <code>false</code>.',
  '<code>versioning</code> - (Optional) A <code>versioning</code> block as described below.',
  '<code>lifecycle_rule</code> - (Optional) One or more <code>lifecycle_rule</code> blocks as described below.',
];
const tfP3 = ['The <code>versioning</code> block supports:'];
const tfArgs2 = ['<code>enabled</code> - (Required) Whether object versioning is enabled. Once enabled, versioning can be suspended but not removed.'];
const tfP4 = ['The <code>lifecycle_rule</code> block supports:'];
const tfArgs3 = [
  '<code>prefix</code> - (Optional) Only objects whose keys start with this prefix are affected.',
  '<code>age_days</code> - (Optional) Number of days after creation at which the action applies to current versions.',
  '<code>noncurrent_days</code> - (Optional) Number of days after which the action applies to noncurrent versions.',
  '<code>action</code> - (Required) Either <code>expire</code> or <code>move_to_cold</code>.',
];
const tfH3 = 'Attribute Reference';
const tfP5 = ['In addition to all arguments above, the following attributes are exported:'];
const tfAttrs = [
  '<code>id</code> - The ID of the bucket, in the form <code>project_id/name</code>.',
  '<code>endpoint</code> - The HTTPS endpoint used to reach objects in the bucket.',
  '<code>created_at</code> - The time the bucket was created, in RFC 3339 format.',
];
const tfH4 = 'Timeouts';
const tfP6 = [
  'The <code>timeouts</code> block allows you to specify timeouts for certain actions. Creating a bucket defaults to 5 minutes; ' +
    'deleting one defaults to 20 minutes, because objects are removed in batches of one thousand before the bucket itself goes.',
];
const tfH5 = 'Import';
const tfP7 = ['Storage buckets can be imported using the project ID and the bucket name separated by a slash, e.g.'];
const tfCode2 = '$ terraform import tallow_storage_bucket.logs 7d41c09a/acme-build-logs';
const tfP8 = ['Lifecycle rules are imported with the bucket; they cannot be imported on their own.'];
const tfTop = ['Browse', 'Publish', 'Sign-in'];
const tfCrumbs = ['Providers', 'tallowcloud', 'tallow', 'Version 4.12.0'];
const tfProv = ['Latest Version', 'Overview', 'Documentation', 'Use Provider'];
const tfSide = [
  'Tallow Provider',
  'Guides',
  'Upgrading to 4.0',
  'Authentication',
  'Storage',
  'Resources',
  'tallow_storage_bucket',
  'tallow_storage_object',
  'tallow_storage_policy',
  'Data Sources',
  'tallow_storage_bucket_list',
  'Compute',
  'Networking',
];
const tfFoot = ['Status', 'Privacy', 'Security', 'Terms', 'Press Kit', 'Consent Manager'];
const tfFeedback = ['Was this page helpful?', 'Yes', 'No', 'Tell us how we can improve this page', 'Send feedback', 'Thanks for your feedback!'];
const tfConsent = [
  'We use cookies & other similar technology to collect data to improve your experience on our site, as described in our Privacy Policy ' +
    'and Cookie Policy.',
  'Manage Preferences',
  'Accept All',
];
const tfPre = (c: string): string => `<div class="code-block"><pre class="language-hcl"><code class="language-hcl">${c.replace(/"/g, '&quot;')}</code></pre>
<button type="button" class="hds-button hds-button--color-secondary hds-button--size-small copy-button" aria-label="Copy">Copy</button></div>`;
const tfUl = (a: readonly string[]): string => `<ul>\n${a.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`;
const tfHtml = `<!DOCTYPE html>
<html lang="en" class="ember-application"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>tallow_storage_bucket | Resources | tallowcloud/tallow | Terraform | Terraform Registry</title>
<meta name="description" content="Manages a storage bucket in a Tallow Cloud project.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="terraform-registry/config/environment"
content="%7B%22modulePrefix%22%3A%22terraform-registry%22%7D">
<meta property="og:title" content="Terraform Registry"><meta property="og:image" content="https://registry.terraform.io/images/og-image.png">
<link rel="stylesheet" href="/assets/vendor-3f0c6f7e.css"><link rel="stylesheet" href="/assets/terraform-registry-91b2d2a1.css">
<script src="https://cdn.segment.example/analytics.js/v1/registry/analytics.min.js" async></script></head>
<body class="ember-application"><div id="ember3" class="ember-view">
<header class="navbar hds-theme-dark" role="banner"><div class="navbar-brand"><a href="/" class="ember-view navbar-item"><span
class="sr-only">Terraform Registry</span>
<svg class="logo" aria-hidden="true"></svg></a></div><nav class="navbar-menu" aria-label="Main"><div class="navbar-start">
<div class="navbar-item search"><input type="search" placeholder="Search all resources" class="input" aria-label="Search all resources"></div></div>
<div class="navbar-end"><ul class="navbar-links">${links(tfTop, 'navbar-item')}</ul></div></nav></header>
<main class="page-content" id="main"><div class="provider-header"><div class="container"><nav class="breadcrumb" aria-label="breadcrumbs"><ol>
${tfCrumbs.map((t) => `<li><a href="/providers/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('\n')}</ol></nav>
<div class="provider-version-dropdown"><button class="dropdown-trigger" aria-haspopup="true">${tfProv[0]}</button></div>
<div class="tabs"><ul><li class="is-active"><a href="/providers/tallowcloud/tallow/latest">${tfProv[1]}</a></li>
<li><a href="/providers/tallowcloud/tallow/latest/docs">${tfProv[2]}</a></li></ul></div>
<div class="provider-actions"><button class="hds-button hds-button--color-primary" data-test-use-provider>${tfProv[3]}</button></div></div></div>
<div class="columns docs-layout"><aside class="column is-3 provider-docs-menu" id="provider-docs-nav"><div class="docs-nav-filter">
<input type="search" class="input" placeholder="Filter" aria-label="Filter"></div><ul class="menu-list">
${links(tfSide, 'menu-list-link')}</ul></aside>
<div class="column is-7 provider-docs-content"><div id="provider-docs-content" class="markdown-body">
<h1>${tfTitle}</h1>
${tfP0.map((p) => `<p>${p}</p>`).join('\n')}
<div class="alert alert-warning" role="alert"><p>${tfNote}</p></div>
<h2 id="example-usage">${tfH1}</h2>
<p>${tfP1[0]}</p>
${tfPre(tfCode1)}
<h2 id="argument-reference">${tfH2}</h2>
<p>${tfP2[0]}</p>
${tfUl(tfArgs)}
<p>${tfP3[0]}</p>
${tfUl(tfArgs2)}
<p>${tfP4[0]}</p>
${tfUl(tfArgs3)}
<h2 id="attribute-reference">${tfH3}</h2>
<p>${tfP5[0]}</p>
${tfUl(tfAttrs)}
<h2 id="timeouts">${tfH4}</h2>
<p>${tfP6[0]}</p>
<h2 id="import">${tfH5}</h2>
<p>${tfP7[0]}</p>
${tfPre(tfCode2)}
<p>${tfP8[0]}</p>
</div>
<div class="docs-feedback" data-test-feedback><p class="feedback-question">${tfFeedback[0]}</p><button type="button">${tfFeedback[1]}</button>
<button type="button">${tfFeedback[2]}</button><form class="feedback-form is-hidden" hidden><label for="fb">${tfFeedback[3]}</label><textarea id="fb">
</textarea>
<button type="submit">${tfFeedback[4]}</button></form><p class="feedback-thanks is-hidden" hidden>${tfFeedback[5]}</p></div></div>
<aside class="column is-2 docs-toc"><div class="toc-title">On this page</div><ul class="toc">
${[tfH1, tfH2, tfH3, tfH4, tfH5].map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`).join('\n')}</ul>
<a class="report-issue" href="https://github.com/tallowcloud/terraform-provider-tallow/issues/new">Report an issue</a></aside></div></main>
<footer class="footer"><div class="container"><ul class="footer-links">${links(tfFoot)}</ul>
<p class="copyright">© HashiCorp 2025</p></div></footer></div>
<div id="consent-manager" class="consent-banner" role="dialog" aria-label="Cookie consent"><p>${tfConsent[0]}</p>
<button class="hds-button hds-button--color-secondary">${tfConsent[1]}</button><button
class="hds-button hds-button--color-primary">${tfConsent[2]}</button></div>
<script src="/assets/vendor-4c6e1d0b.js"></script><script src="/assets/terraform-registry-a81d5f3c.js"></script></body></html>`;
const terraform: TestPage = {
  name: 'heldout168-terraform-registry-resource',
  kind: 'docs',
  html: tfHtml,
  // the warning box inside the docs is part of the page's text (body); the "On this page" list repeats the headings and is left out,
  // and so is the sidebar link that repeats the resource name of the title
  title: tfTitle,
  headings: [tfH1, tfH2, tfH3, tfH4, tfH5],
  body: texts([...tfP0, tfNote, ...tfP1, ...tfP2, ...tfArgs, ...tfP3, ...tfArgs2, ...tfP4, ...tfArgs3, ...tfP5, ...tfAttrs, ...tfP6, ...tfP7, ...tfP8]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Terraform Registry', ...tfTop, ...tfCrumbs, ...tfProv, ...tfSide.filter((t) => t !== 'tallow_storage_bucket'),
    'Copy', ...tfFeedback, 'On this page', 'Report an issue', ...tfFoot,
    '© HashiCorp 2025', ...tfConsent,
  ],
};

export const HELDOUT168_A: readonly TestPage[] = [terraform, puppetPage];
