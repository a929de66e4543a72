import { type TestPage, texts } from './page-kit.js';
import { elasticDocs } from './pages-heldout53-c2.js';

/**
 * Held-out batch 53, file c: a Terraform Registry resource page of a (made-up) partner provider, as the Ember app renders it
 * (registry navbar with Browse/Publish menus and sign-in, the provider header with logo, tier badge, version picker, publisher
 * line, "Source Code", the Overview/Documentation tabs and the "USE PROVIDER" dropdown with its snippet, the filterable docs
 * sidebar with guides, resources and data sources, the markdown doc with a note box, examples, argument and attribute lists,
 * timeouts and import, copy buttons on code, the "On this page" rail with "Report an issue", the footer and the consent banner).
 */
const tfTitle = 'Resource: harbourdns_record';
const tfIntro = [
  'Manages a single DNS record set in a HarbourDNS zone. A record set is identified by its name and type, and may hold several ' +
    'values of that type, such as the addresses behind a round-robin <code>A</code> record.',
];
const tfNote =
  'Records in a zone with DNSSEC signing enabled are signed by the HarbourDNS control plane a few seconds after each change. ' +
  '<code>terraform apply</code> does not wait for the new signatures unless <code>wait_for_propagation</code> is set.';
const tfWeightedP = 'Two records with the same name and type and different <code>set_identifier</code> values split traffic between two targets:';
const tfReq = [
  '<code>zone_id</code> - (Required) ID of the zone the record belongs to. Changing this forces a new resource to be created.',
  '<code>name</code> - (Required) Name of the record, relative to the zone apex. Use <code>@</code> for the apex itself.',
  '<code>type</code> - (Required) Record type. One of <code>A</code>, <code>AAAA</code>, <code>CAA</code>, <code>CNAME</code>, ' +
    '<code>MX</code>, <code>NS</code>, <code>SRV</code> or <code>TXT</code>.',
];
const tfOpt = [
  '<code>ttl</code> - (Optional) Time to live in seconds. Defaults to <code>300</code>. Ignored for alias records.',
  '<code>records</code> - (Optional) List of record values. Conflicts with <code>alias</code>.',
  '<code>alias</code> - (Optional) Block that points the record at another HarbourDNS resource instead of fixed values. See ' +
    '<a href="#alias"><code>alias</code></a> below.',
  '<code>weight</code> - (Optional) Relative weight between records that share a name and type. Requires <code>set_identifier</code>.',
  '<code>set_identifier</code> - (Optional) Label that tells apart the records of a weighted set.',
  '<code>wait_for_propagation</code> - (Optional) Whether to wait until every HarbourDNS edge location serves the change. Defaults to <code>false</code>.',
];
const tfAlias = [
  '<code>target_id</code> - (Required) ID of the load balancer or distribution the alias points at.',
  '<code>evaluate_health</code> - (Optional) Whether the alias answers only while its target passes health checks. Defaults to <code>true</code>.',
];
const tfAttrs = [
  '<code>id</code> - Record identifier, made of the zone ID, name, type and set identifier joined by underscores.',
  '<code>fqdn</code> - Fully qualified domain name of the record.',
  '<code>change_id</code> - ID of the last change batch that touched this record.',
];
const tfTimeouts = [
  '<code>create</code> - (Default <code>10m</code>)',
  '<code>update</code> - (Default <code>10m</code>)',
  '<code>delete</code> - (Default <code>5m</code>)',
];
const tfP = {
  req: 'The following arguments are required:',
  opt: 'The following arguments are optional:',
  alias: 'The <code>alias</code> block supports the following:',
  attrs: 'This resource exports the following attributes in addition to the arguments above:',
  timeouts: '<a href="https://developer.hashicorp.com/terraform/language/resources/syntax#operation-timeouts">Configuration options</a>:',
  import1:
    'In Terraform v1.5.0 and later, use an <a href="https://developer.hashicorp.com/terraform/language/import"><code>import</code> block</a> ' +
    'to import HarbourDNS records using the zone ID, name, type and, for weighted records, the set identifier, separated by underscores. For example:',
  import2: 'Using <code>terraform import</code>, import records using the same identifier. For example:',
};
const ul = (items: readonly string[]): string => `<ul>\n${items.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`;
const h = (level: number, id: string, text: string): string =>
  `<h${level} id="${id}" class="heading-anchor"><a class="heading-anchor-link" href="#${id}" aria-label="${text} permalink">§</a>${text}</h${level}>`;
const code = (lang: string, src: string): string =>
  `<div class="code-block"><pre class="language-${lang}"><code class="language-${lang}">${src}</code></pre>
<button class="copy-button" type="button">Copy</button></div>`;
const tfNav = ['Providers', 'Modules', 'Policy Libraries', 'Run Tasks'];
const tfPublish = ['Provider', 'Module', 'Policy Library'];
const tfGuides = ['Authentication', 'Upgrading to v2', 'Using weighted records'];
const tfResources = ['harbourdns_health_check', 'harbourdns_record', 'harbourdns_zone', 'harbourdns_zone_transfer'];
const tfData = ['harbourdns_records', 'harbourdns_zone'];
const tfToc = ['Example Usage', 'Argument Reference', 'Attribute Reference', 'Timeouts', 'Import'];
const tfFoot = ['System Status', 'Terms of Use', 'Security', 'Privacy', 'Cookie Manager', '© HashiCorp, an IBM Company 2025'];
const tfConsent =
  'We use cookies and similar technology to collect data that improves your experience on our site, as our Privacy Policy and ' + 'Cookie Policy describe.';
const tfHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"><title>harbourdns_record | Resources | quayside/harbourdns | Terraform | Terraform Registry</title>
<meta name="description" content="Manages a single DNS record set in a HarbourDNS zone.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="terraform-registry/config/environment"
content="%7B%22modulePrefix%22%3A%22terraform-registry%22%2C%22environment%22%3A%22production%22%2C%22rootURL%22%3A%22%2F%22%7D">
<link integrity="" rel="stylesheet" href="/assets/vendor-3f1c2a7b.css"><link integrity="" rel="stylesheet" href="/assets/terraform-registry-9b0e4d21.css">
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-TRDHQF"></script>
</head>
<body class="ember-application">
<script type="x/boundary" id="fastboot-body-start"></script>
<div id="ember3" class="ember-view"><header class="navbar" role="banner"><div class="container">
<a href="/" class="navbar-brand-link"><svg aria-hidden="true" width="32" height="32"></svg><span class="navbar-brand-text">Terraform Registry</span></a>
<nav class="navbar-nav" aria-label="Main"><ul>
<li class="dropdown"><button class="dropdown-toggle" aria-expanded="false">Browse</button><ul class="dropdown-menu">${tfNav
  .map(
    (t) => `<li>
<a href="/browse/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul></li>
<li class="dropdown"><button class="dropdown-toggle" aria-expanded="false">Publish</button><ul class="dropdown-menu">${tfPublish
  .map(
    (t) => `<li>
<a href="/publish/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul></li>
<li><a href="/sign-in" class="button button-secondary">Sign-in</a></li></ul></nav>
<div class="navbar-search"><input type="search" aria-label="Search all resources" placeholder="Search all resources"><kbd>ctrl K</kbd></div></div></header>
<main id="main"><div class="provider-header"><div class="container"><div class="provider-identity">
<img class="provider-logo" src="https://avatars.githubusercontent.com/u/118204437?v=4" alt="">
<div><h2 class="provider-name"><a href="/namespaces/quayside">quayside</a> / <span>harbourdns</span></h2>
<span class="badge badge-partner" data-tooltip="Partner providers are written and maintained by third-party companies against their own
APIs.">Partner</span></div></div>
<div class="provider-meta"><div class="version-dropdown"><button aria-haspopup="listbox">Version 2.7.0</button><span class="latest-label">Latest Version</span>
<ul role="listbox" hidden><li>2.7.0</li><li>2.6.3</li><li>2.6.2</li><li>2.5.0</li></ul></div>
<span class="provider-published">Published <span title="Thu, 18 Sep 2025 14:02:11 GMT">2 months ago</span> by <a href="/namespaces/quayside">quayside</a></span>
<a class="provider-source" href="https://github.com/quayside/terraform-provider-harbourdns">Source Code</a></div>
<nav class="provider-tabs" aria-label="Provider"><a href="/providers/quayside/harbourdns/latest">Overview</a>
<a class="active" href="/providers/quayside/harbourdns/latest/docs" aria-current="page">Documentation</a></nav>
<div class="use-provider dropdown"><button class="button button-primary">USE PROVIDER</button><div class="dropdown-menu use-provider-menu" hidden>
<p class="use-provider-hint">To install this provider, copy and paste this code into your Terraform configuration. Then, run <code>terraform init</code>.</p>
<pre><code>terraform {
  required_providers {
    harbourdns = {
      source  = "quayside/harbourdns"
      version = "2.7.0"
    }
  }
}

provider "harbourdns" {
  # Configuration options
}</code></pre><button class="copy-button">Copy</button></div></div></div></div>
<div class="provider-docs container"><aside class="docs-nav" aria-label="Provider documentation">
<h3 class="docs-nav-title">HARBOURDNS DOCUMENTATION</h3><input class="docs-nav-filter" type="search" placeholder="Filter" aria-label="Filter">
<ul class="docs-nav-list"><li><a href="/providers/quayside/harbourdns/latest/docs">harbourdns provider</a></li>
<li class="menu-list-category"><a href="#" class="menu-list-category-link" aria-expanded="false"><span class="menu-list-category-link-title">Guides</span></a>
<ul class="menu-list" hidden>${tfGuides.map((t) => `<li><a href="/guides/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul></li>
<li class="menu-list-category"><a href="#" class="menu-list-category-link" aria-expanded="true"><span class="menu-list-category-link-title">Resources</span></a>
<ul class="menu-list">${tfResources
  .map(
    (t) => `<li${t === 'harbourdns_record' ? ' class="active"' : ''}>
<a href="/docs/resources/${t.slice(11)}">${t}</a></li>`,
  )
  .join('')}</ul></li>
<li class="menu-list-category"><a href="#" class="menu-list-category-link" aria-expanded="false">
<span class="menu-list-category-link-title">Data Sources</span></a>
<ul class="menu-list" hidden>${tfData.map((t) => `<li><a href="/docs/data-sources/${t.slice(11)}">${t}</a></li>`).join('')}</ul></li></ul></aside>
<article class="docs-content"><div id="provider-docs-content" class="markdown">
<h1 id="resource-harbourdns_record">${tfTitle}</h1>
<p>${tfIntro[0]}</p>
<div class="alert alert-info" role="alert"><p><strong>Note:</strong> ${tfNote}</p></div>
${h(2, 'example-usage', 'Example Usage')}
${h(3, 'basic-a-record', 'Basic A record')}
${code(
  'terraform',
  `resource "harbourdns_record" "www" {
  zone_id = harbourdns_zone.main.id
  name    = "www"
  type    = "A"
  ttl     = 300
  records = ["203.0.113.10", "203.0.113.11"]
}`,
)}
${h(3, 'weighted-cname-records', 'Weighted CNAME records')}
<p>${tfWeightedP}</p>
${code(
  'terraform',
  `resource "harbourdns_record" "api_blue" {
  zone_id        = harbourdns_zone.main.id
  name           = "api"
  type           = "CNAME"
  records        = ["blue.api.example.net"]
  weight         = 90
  set_identifier = "blue"
}

resource "harbourdns_record" "api_green" {
  zone_id        = harbourdns_zone.main.id
  name           = "api"
  type           = "CNAME"
  records        = ["green.api.example.net"]
  weight         = 10
  set_identifier = "green"
}`,
)}
${h(2, 'argument-reference', 'Argument Reference')}
<p>${tfP.req}</p>
${ul(tfReq)}
<p>${tfP.opt}</p>
${ul(tfOpt)}
${h(3, 'alias', 'alias')}
<p>${tfP.alias}</p>
${ul(tfAlias)}
${h(2, 'attribute-reference', 'Attribute Reference')}
<p>${tfP.attrs}</p>
${ul(tfAttrs)}
${h(2, 'timeouts', 'Timeouts')}
<p>${tfP.timeouts}</p>
${ul(tfTimeouts)}
${h(2, 'import', 'Import')}
<p>${tfP.import1}</p>
${code(
  'terraform',
  `import {
  to = harbourdns_record.www
  id = "Z3K9Q2LM_www_A"
}`,
)}
<p>${tfP.import2}</p>
${code('console', '% terraform import harbourdns_record.www Z3K9Q2LM_www_A')}
</div></article>
<aside class="docs-toc"><h4 class="docs-toc-title">On this page</h4><ul>${tfToc
  .map(
    (t) => `<li>
<a href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul>
<a class="report-issue" href="https://github.com/quayside/terraform-provider-harbourdns/issues/new">Report an issue</a></aside></div></main>
<footer class="footer"><div class="container">
<ul>${tfFoot
  .map(
    (t) =>
      `<li>${
        t.startsWith('©')
          ? t
          : `<a
href="https://www.hashicorp.com/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`
      }</li>`,
  )
  .join('')}</ul></div></footer>
<div class="consent-manager" role="dialog" aria-label="Cookie consent"><p>${tfConsent}</p><button>Manage Preferences</button>
<button class="button-primary">Accept</button></div>
</div>
<script type="x/boundary" id="fastboot-body-end"></script>
<script src="/assets/vendor-1d9ab3e0.js"></script><script src="/assets/terraform-registry-77c0f4aa.js"></script>
</body>
</html>`;
const terraformRegistry: TestPage = {
  html: tfHtml,
  name: 'heldout53-terraform-registry',
  kind: 'docs',
  // body: the intro, the note (its "Note:" label in neither), the lead-in sentences and every argument, attribute and timeout list
  // item (argument name and all, as each reads; they are the reference itself); headings are the doc's h2/h3s, the "alias" block's
  // h3 among them. The HCL and console blocks and the "USE PROVIDER" snippet are code (neither). The publisher line is the
  // provider's dateline (a byline). Furniture: the registry navbar, provider header (name, tier badge (its tooltip is an attribute),
  // version picker, "Source Code", tabs, "USE PROVIDER" and its hint), copy buttons, the docs sidebar, "On this page" rail (its
  // entries repeat the headings: left out), "Report an issue", footer and consent banner. Sidebar names that are body words
  // ("Resources", the resource's own name, harbourdns_zone and harbourdns_records: "HarbourDNS zone/records") are left out
  title: tfTitle,
  headings: ['Example Usage', 'Basic A record', 'Weighted CNAME records', 'Argument Reference', 'alias', 'Attribute Reference', 'Timeouts', 'Import'],
  body: [
    ...texts(tfIntro),
    ...texts([tfNote, tfWeightedP, tfP.req, ...tfReq, tfP.opt, ...tfOpt, tfP.alias, ...tfAlias, tfP.attrs, ...tfAttrs, tfP.timeouts]),
    ...texts([...tfTimeouts, tfP.import1, tfP.import2]),
  ],
  bylines: ['Published 2 months ago by quayside'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Terraform Registry', 'Browse', ...tfNav, 'Publish', ...tfPublish, 'Sign-in', 'ctrl K', 'quayside / harbourdns', 'Partner', 'Version 2.7.0',
    'Latest Version', '2.6.3', '2.6.2', '2.5.0', 'Source Code', 'Overview', 'Documentation', 'USE PROVIDER',
    'To install this provider, copy and paste this code into your Terraform configuration. Then, run terraform init.', 'Copy',
    'HARBOURDNS DOCUMENTATION', 'harbourdns provider', 'Guides', ...tfGuides, 'harbourdns_health_check', 'harbourdns_zone_transfer',
    'Data Sources', 'On this page', 'Report an issue', ...tfFoot, tfConsent, 'Manage Preferences', 'Accept',
  ],
};

export const HELDOUT53_C: readonly TestPage[] = [terraformRegistry, elasticDocs];
