import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 63, file d2: a command reference page of a cloud provider's CLI on a Google-devsite-style documentation
 * site (custom elements `devsite-header`, `devsite-tabs`, `devsite-search`, `devsite-book-nav`, `devsite-toc`,
 * `devsite-feedback`, `devsite-thumb-rating` and `devsite-content-footer`, the upper tabs and product tabs, the side book nav
 * of commands, breadcrumbs, "Send feedback", "Stay organized with collections", the man-page sections NAME, SYNOPSIS,
 * DESCRIPTION, POSITIONAL ARGUMENTS, FLAGS, GLOBAL FLAGS, EXAMPLES and NOTES with `<dl>` flag lists and `<pre>` blocks, the
 * licence and "Last updated" footer, "Was this helpful?", the link boxes, the cookie bar and the utility footer).
 */
const clTitle = 'stratus storage buckets create';
const clName = 'stratus storage buckets create - create a new storage bucket';
const clSynopsis =
  'stratus storage buckets create BUCKET_URL [--labels=[KEY=VALUE,…]] [--location=LOCATION]\n' +
  '    [--retention-period=RETENTION_PERIOD] [--storage-class=STORAGE_CLASS]\n    [--[no-]uniform-bucket-level-access] [GLOBAL-FLAG …]';
const clDesc = [
  'Create a new bucket in the current project. Bucket names must be globally unique, between 3 and 63 characters long, and may ' +
    'contain only lowercase letters, digits, hyphens and dots.',
  'By default, the bucket is created in the project’s default location with the Standard storage class and uniform bucket-level ' +
    'access turned on. Use the flags below to change these settings when the bucket is created; most of them can also be changed ' +
    'later with <code>stratus storage buckets update</code>.',
];
const clPos: [string, string][] = [
  [
    '<code><var>BUCKET_URL</var></code>',
    'The URL of the bucket to create, for example <code>ss://my-bucket</code>. The <code>ss://</code> prefix is optional.',
  ],
];
const clFlags: [string, string][] = [
  [
    '<code>--labels</code>=[<code><var>KEY</var></code>=<code><var>VALUE</var></code>,…]',
    'List of label <code>KEY=VALUE</code> pairs to add to the bucket. Keys must start with a lowercase letter and may contain only ' +
      'hyphens, underscores, lowercase letters and numbers.',
  ],
  [
    '<code>--location</code>=<code><var>LOCATION</var></code>',
    'Region or multi-region in which to create the bucket, for example <code>eu-west2</code> or <code>EU</code>. If it is not ' +
      'set, the project’s default location is used. The location cannot be changed after the bucket is created.',
  ],
  [
    '<code>--retention-period</code>=<code><var>RETENTION_PERIOD</var></code>',
    'Minimum time for which objects must be kept before they can be deleted or replaced, for example <code>30d</code> or ' +
      '<code>1y</code>. Run <code>$ stratus topic datetimes</code> for the accepted formats.',
  ],
  [
    '<code>--storage-class</code>=<code><var>STORAGE_CLASS</var></code>',
    'Default storage class for new objects in the bucket. <code><var>STORAGE_CLASS</var></code> must be one of: ' +
      '<code>standard</code>, <code>nearline</code>, <code>coldline</code>, <code>archive</code>. The default is <code>standard</code>.',
  ],
  [
    '<code>--[no-]uniform-bucket-level-access</code>',
    'Turn uniform bucket-level access on or off. When it is on, access is controlled only by IAM policies and object ACLs are ' +
      'ignored. Enabled by default; use <code>--no-uniform-bucket-level-access</code> to disable.',
  ],
];
const clGlobal =
  'These flags are available to all commands: <code>--access-token-file</code>, <code>--account</code>, <code>--configuration</code>, ' +
  '<code>--format</code>, <code>--help</code>, <code>--log-http</code>, <code>--project</code>, <code>--quiet</code>, ' +
  '<code>--verbosity</code>.';
const clGlobal2 = 'Run <code>$ stratus help</code> for details.';
const clEx1 = 'To create a bucket called <code>my-bucket</code> in the <code>eu-west2</code> region, run:';
const clEx2 = 'To create a bucket with the Archive storage class and a retention period of one year, run:';
const clCode1 = 'stratus storage buckets create ss://my-bucket --location=eu-west2';
const clCode2 = 'stratus storage buckets create ss://my-archive \\\n    --storage-class=archive --retention-period=1y';
const clCode3 = 'stratus alpha storage buckets create\nstratus beta storage buckets create';
const clPre = (code: string): string => `<pre class="devsite-click-to-copy prettyprint lang-sh" translate="no"><code>${code}</code></pre>`;
const clNotes = 'This command is currently in beta and might change without notice. These variants are also available:';
const clSections = ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'POSITIONAL ARGUMENTS', 'FLAGS', 'GLOBAL FLAGS', 'EXAMPLES', 'NOTES'];
const clUpper = ['Overview', 'Solutions', 'Products', 'Pricing', 'Resources', 'Docs', 'Support'];
const clProductTabs = ['Guides', 'Reference', 'Release notes'];
const clBook: [string, string[]][] = [
  ['stratus storage', ['Overview']],
  ['buckets', ['add-iam-policy-binding', 'create', 'delete', 'describe', 'list', 'update']],
  ['objects', ['cp', 'describe', 'ls', 'rm']],
];
const clLinkboxes = ['Product overview', 'Pricing calculator', 'Free tier', 'Community forum', 'Stack Overflow', 'Contact sales'];
const dl = (rows: [string, string][]): string =>
  `<dl>${rows.map(([t, d]) => `<dt id="${t.replace(/<[^>]+>/g, '').split('=')[0]}">${t}</dt><dd><p>${d}</p></dd>`).join('\n')}</dl>`;
const sec = (label: string, inner: string): string => {
  const id = label.replace(/ /g, '_');
  return `<section id="${id}"><h2 id="${id}" data-text="${label}">${label}</h2>${inner}</section>`;
};
/** Book-nav entries that are words of the body. */
const clOut = ['create', 'update', 'describe', 'list', 'stratus storage', 'buckets', 'objects'];
const clHtml = `<!doctype html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="template" content="page"><title>${clTitle} &nbsp;|&nbsp; Stratus CLI &nbsp;|&nbsp; Stratus
Cloud</title>
<link rel="stylesheet" href="https://www.stratus.example/_static/clouddocs/css/app.css"><script>window.dataLayer = window.dataLayer || [];</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList",
"itemListElement":[{"@type":"ListItem","position":1,"name":"Stratus CLI"},
{"@type":"ListItem","position":2,"name":"Reference"}]}</script></head>
<body type="article" theme="cloud-theme" layout="docs" class="color-scheme--light" ready>
<devsite-progress type="indeterminate" id="app-progress"></devsite-progress><section class="devsite-wrapper"><devsite-cookie-notification-bar>
<div class="devsite-snackbar" role="alert"><p class="devsite-snackbar-message">stratus.example uses cookies from Stratus to deliver and enhance the quality of
its services
and to analyze traffic.</p><a class="devsite-snackbar-action" href="/policies/cookies">Learn more</a><button class="devsite-snackbar-action">OK, got
it</button></div>
</devsite-cookie-notification-bar><devsite-header role="banner"><div class="devsite-header--inner"><div class="devsite-top-logo-row-wrapper-wrapper">
<div class="devsite-top-logo-row"><a href="/" class="devsite-site-logo-link"><img src="/_static/stratus/images/logo.svg" class="devsite-site-logo"
alt="Stratus Cloud"></a>
<devsite-tabs class="upper-tabs"><nav class="devsite-tabs-wrapper" aria-label="Upper tabs"><tab class="devsite-dropdown">${clUpper
  .map((t) => `<a href="/${t.toLowerCase()}" class="devsite-tabs-content gc-analytics-event" track-type="nav" track-name="${t}">${t}</a>`)
  .join('</tab><tab>')}</tab></nav></devsite-tabs><devsite-search role="search"><form class="devsite-search-form" action="/s/results" method="GET">
<div class="devsite-search-container"><input type="text" name="q" class="devsite-search-field devsite-search-query" placeholder="Search" aria-label="Search"
autocomplete="off"><div class="devsite-search-image material-icons" aria-hidden="true"></div><div class="devsite-search-shortcut-icon-container"
aria-hidden="true">
<kbd class="devsite-search-shortcut-icon">/</kbd></div></div></form></devsite-search><devsite-language-selector><button
class="devsite-language-selector-button">English</button>
</devsite-language-selector><a class="button button-white devsite-top-button" href="https://console.stratus.example/">Console</a>
<devsite-user signed-in="false"><a class="button devsite-top-button" href="/_d/signin">Sign in</a></devsite-user></div></div>
<div class="devsite-collapsible-section"><div class="devsite-product-name-wrapper"><span class="devsite-product-name">Stratus CLI</span></div>
<devsite-tabs class="lower-tabs"><nav aria-label="Lower tabs"><tab><a href="/cli/docs">${clProductTabs[0]}</a></tab><tab class="devsite-active">
<a href="/cli/docs/reference" aria-label="Reference, selected">${clProductTabs[1]}</a></tab><tab><a href="/cli/docs/release-notes">${clProductTabs[2]}</a></tab>
</nav></devsite-tabs></div></div></devsite-header>
<devsite-book-nav scrollbars><div class="devsite-book-nav-filter"><input type="text" placeholder="Filter" aria-label="Type to filter"></div>
<nav class="devsite-book-nav devsite-nav nocontent" aria-label="Side menu"><ul class="devsite-nav-list" menu="_book">${clBook
  .map(
    ([h, items]) =>
      `<li class="devsite-nav-item devsite-nav-expandable"><div class="devsite-expandable-nav"><a class="devsite-nav-toggle" aria-hidden="true"></a>
<div class="devsite-nav-title devsite-nav-title-no-path"><span class="devsite-nav-text" tooltip>${h}</span></div><ul class="devsite-nav-section">${items
        .map(
          (t) =>
            `<li class="devsite-nav-item"><a href="/cli/docs/reference/storage/${h}/${t}"
class="devsite-nav-title gc-analytics-event${t === 'create' && h === 'buckets' ? ' devsite-nav-active' : ''}"
data-category="Site-Wide Custom Events" data-label="Book nav link" track-type="bookNav"><span class="devsite-nav-text" tooltip>${t}</span></a></li>`,
        )
        .join('')}</ul></div></li>`,
  )
  .join('\n')}</ul></nav></devsite-book-nav>
<section id="gc-wrapper"><main role="main" class="devsite-main-content" has-book-nav has-toc>
<devsite-toc class="devsite-nav" role="navigation" aria-label="On this page" depth="2" scrollbars><ul class="devsite-nav-list"><li
class="devsite-nav-item devsite-nav-heading">
<span class="devsite-nav-title">On this page</span></li>${clSections
  .map(
    (s) => `<li class="devsite-nav-item"><a href="#${s.replace(/ /g, '_')}"
class="devsite-nav-title">${s}</a></li>`,
  )
  .join('')}</ul>
</devsite-toc><devsite-content><article class="devsite-article"><div class="devsite-article-meta nocontent" role="navigation">
<ul class="devsite-breadcrumb-list"><li class="devsite-breadcrumb-item"><a href="/cli" class="devsite-breadcrumb-link gc-analytics-event">Stratus CLI</a></li>
<li class="devsite-breadcrumb-item"><div class="devsite-breadcrumb-guillemet material-icons" aria-hidden="true"></div><a href="/cli/docs/reference"
class="devsite-breadcrumb-link gc-analytics-event">Reference</a></li></ul><devsite-feedback position="header" project-name="Stratus CLI" context="">
<button>Send feedback</button></devsite-feedback></div><devsite-actions hidden data-nosnippet><devsite-bookmark><span class="devsite-bookmark-text">Stay
organized with collections</span>
<span class="devsite-bookmark-tooltip">Save and categorize content based on your preferences.</span></devsite-bookmark></devsite-actions>
<h1 class="devsite-page-title" tabindex="-1">${clTitle}</h1><devsite-toc class="devsite-nav" depth="2" devsite-toc-embedded></devsite-toc>
<div class="devsite-article-body clearfix"><section id="NAME"><h2 id="NAME" data-text="NAME">NAME</h2><dl class="notranslate"><dt>${clName}</dt></dl></section>
${sec('SYNOPSIS', `<pre class="prettyprint notranslate" translate="no"><code>${clSynopsis}</code></pre>`)}
${sec('DESCRIPTION', clDesc.map((p) => `<p>${p}</p>`).join('\n'))}
${sec('POSITIONAL ARGUMENTS', dl(clPos))}
${sec('FLAGS', dl(clFlags))}
${sec('GLOBAL FLAGS', `<p>${clGlobal}</p><p>${clGlobal2}</p>`)}
${sec('EXAMPLES', `<p>${clEx1}</p>${clPre(clCode1)}\n<p>${clEx2}</p>${clPre(clCode2)}`)}
${sec('NOTES', `<p>${clNotes}</p><pre class="prettyprint notranslate" translate="no"><code>${clCode3}</code></pre>`)}
</div><devsite-thumb-rating position="footer"><div class="devsite-thumb-rating" role="form" aria-labelledby="devsite-thumb-label-footer">
<div class="devsite-thumb-rating-label" id="devsite-thumb-label-footer">Was this helpful?</div><div class="devsite-thumbs-container">
<button class="devsite-thumb devsite-thumb-up" aria-label="Thumb up"></button><button class="devsite-thumb devsite-thumb-down"
aria-label="Thumb down"></button></div></div>
</devsite-thumb-rating><devsite-feedback position="footer" project-name="Stratus CLI"><button>Send feedback</button></devsite-feedback></article>
<devsite-content-footer class="nocontent"><p>Except as otherwise noted, the content of this page is licensed under the Creative Commons Attribution 4.0 License,
and code samples are licensed under the Apache 2.0 License. For details, see the Stratus Developers Site Policies.</p><p>Last updated 2025-11-04 UTC.</p>
</devsite-content-footer></devsite-content></main>
<devsite-footer-linkboxes class="devsite-footer-linkboxes nocontent"><ul
class="devsite-footer-linkboxes-list">${links(clLinkboxes, 'devsite-footer-linkbox-item')}</ul>
</devsite-footer-linkboxes><devsite-footer-utility class="devsite-footer-utility nocontent"><nav class="devsite-footer-utility-links"><ul
class="devsite-footer-utility-list">
${links(
  ['About Stratus', 'Privacy', 'Site terms', 'Manage cookies', 'Help'],
  'devsite-footer-utility-item',
)}</ul></nav></devsite-footer-utility></section></section>
<script src="https://www.stratus.example/_static/js/devsite_app_module.js" type="module"></script></body></html>`;
export const cliReference: TestPage = {
  html: clHtml,
  name: 'heldout63-cloud-cli-reference',
  kind: 'docs',
  // the man-page section names are the headings (SYNOPSIS included, though its content is a code block); the NAME line,
  // description, the flag and argument descriptions, the global-flags paragraphs, example lead-ins and the notes line are body;
  // the synopsis, the example and variant `<pre>` blocks and the flag terms of the `<dl>`s ("--location=LOCATION", code-set
  // names) are code, in neither list; "Last updated 2025-11-04 UTC." is the page's only date line: a byline; the cookie bar,
  // tabs, search, language, "Console"/"Sign in", product name and tabs, the book nav of commands (its words "create",
  // "update", "describe", "list" are words of the body: left out), "On this page" (its entries are the headings: left out),
  // breadcrumbs, "Send feedback" (twice: listed once), the bookmark texts, "Was this helpful?", the licence and link boxes are
  // furniture, each text listed once ("Overview" is a tab and a book-nav entry); the footer's "Help" is a word of the body
  title: clTitle,
  headings: clSections,
  body: texts([clName, ...clDesc, ...clPos.map(([, d]) => d), ...clFlags.map(([, d]) => d), clGlobal, clGlobal2, clEx1, clEx2, clNotes]),
  bylines: ['Last updated 2025-11-04 UTC.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'stratus.example uses cookies from Stratus to deliver and enhance the quality of its services and to analyze traffic.', 'Learn more',
    'OK, got it', ...clUpper, 'English', 'Console', 'Sign in', 'Stratus CLI', ...clProductTabs, ...clBook.flatMap(([h, items]) => [h, ...items]),
    'On this page', 'Send feedback', 'Stay organized with collections', 'Save and categorize content based on your preferences.', 'Was this helpful?',
    'Except as otherwise noted, the content of this page is licensed under the Creative Commons Attribution 4.0 License,',
    'For details, see the Stratus Developers Site Policies.', ...clLinkboxes, 'About Stratus', 'Privacy', 'Site terms', 'Manage cookies',
  ].filter((t, i, all) => all.indexOf(t) === i && !clOut.includes(t)),
};
