import { links, type TestPage, texts } from './page-kit.js';
import { microsoftLearnArticle } from './pages-heldout60-c2.js';

/**
 * Held-out batch 60, file c: a Google Cloud docs page (cloud.google.com on DevSite: the cookie bar, the header with its
 * tabs, search, language menu, "Console" and "Start free", the product tabs, the book nav, breadcrumbs, the "Stay organized
 * with collections" bookmark, the thumb rating and "Send feedback", a "Note:" aside, a devsite-selector with Console /
 * Command line / REST tabs whose panels all sit in the DOM, devsite-code blocks, "What's next", the licence footer, "Last
 * updated", the hidden feedback JSON and the footer link columns).
 */
const gcTitle = 'Manage object lifecycles';
const gcIntro =
  'This page shows you how to add lifecycle rules to a Cloud Storage bucket, view the rules that a bucket already has, and ' +
  'remove them. Lifecycle rules let Cloud Storage delete objects or move them to a colder storage class once they reach a ' +
  'certain age, so that you pay less for data that nobody reads.';
const gcH1 = 'Before you begin';
const gcBefore =
  'To get the permissions that you need to set and manage lifecycle rules, ask your administrator to grant you the Storage Admin ' +
  '(<code>roles/storage.admin</code>) IAM role on the bucket. This predefined role contains the <code>storage.buckets.update</code> ' +
  'permission, which is required to change a bucket’s configuration.';
const gcNote =
  'Changes to a lifecycle configuration can take up to 24 hours to take effect. During that time, objects might still be ' +
  'deleted or moved under the old rules.';
const gcH2 = 'Set the lifecycle configuration for a bucket';
const gcConsole = [
  'In the Google Cloud console, go to the Cloud Storage <strong>Buckets</strong> page.',
  'In the list of buckets, click the name of the bucket that you want to change.',
  'Click the <strong>Lifecycle</strong> tab.',
  'Click <strong>Add a rule</strong>, select an action such as <strong>Delete object</strong> or <strong>Set storage class to ' +
    'Coldline</strong>, and then select the conditions under which the action applies.',
  'Click <strong>Create</strong>.',
];
const gcCli = [
  'Create a JSON file that contains the rules you want. The following file moves objects to Coldline after 90 days and deletes ' + 'them after 365 days:',
  'Then run the <code>gcloud storage buckets update</code> command with the <code>--lifecycle-file</code> flag:',
  'Replace <var>BUCKET_NAME</var> with the name of your bucket and <var>FILE_PATH</var> with the path to the JSON file that you created.',
];
const gcRest =
  'Send a <code>PATCH</code> request to the bucket resource with the rules in the <code>lifecycle</code> field of the request ' +
  'body. The JSON API replaces the whole configuration, so include every rule that you want to keep.';
const gcH3 = 'View the lifecycle configuration';
const gcView =
  'To see the rules that a bucket has, run <code>gcloud storage buckets describe</code> with the ' +
  '<code>--format="default(lifecycle_config)"</code> flag. If the bucket has no rules, the command returns nothing.';
const gcH4 = 'Remove the lifecycle configuration';
const gcRemove = [
  'Removing the configuration stops all lifecycle actions on the bucket. Objects that were already deleted can’t be restored ' +
    'unless the bucket has soft delete enabled.',
  'To remove every rule, run <code>gcloud storage buckets update</code> with the <code>--clear-lifecycle</code> flag.',
];
const gcNext = ['Learn more about Object Lifecycle Management.', 'Let Autoclass choose storage classes for you.', 'Set a retention policy on a bucket.'];
const gcTabs = ['Overview', 'Solutions', 'Products', 'Pricing', 'Resources'];
const gcLangs = ['English', 'Deutsch', 'Español – América Latina', 'Français', 'Português – Brasil', '日本語', '한국어'];
const gcProd = ['Guides', 'Reference', 'Samples'];
const gcBook = ['Product overview', 'Storage classes', 'Locations', 'Create buckets', 'Upload objects', 'Object Lifecycle Management', 'Autoclass'];
const gcBook2 = ['Soft delete', 'Retention policies', 'Object versioning'];
const gcCrumbs = ['Home', 'Documentation', 'Storage', 'Cloud Storage'];
// biome-ignore format: the footer columns are packed a line each
const gcFoot = [
  'Why Google', 'Choosing Google Cloud', 'Trust and security', 'Multicloud', 'Global infrastructure', 'Customers and case studies', 'Analyst reports',
  'Products and pricing', 'See all products', 'See all solutions', 'Google Cloud for Startups', 'Google Cloud Marketplace', 'Google Cloud pricing',
  'Community forums', 'Release Notes', 'System status', 'GitHub', 'Code samples', 'Cloud Architecture Center', 'Training and Certification',
  'Engage', 'Blog', 'Events', 'X (Twitter)', 'Google Cloud on YouTube', 'Become a Partner', 'Press Corner',
];
const gcLegal = ['About Google', 'Privacy', 'Site terms', 'Google Cloud terms', 'Manage cookies'];
const gcJson =
  '[[["Easy to understand","easyToUnderstand","thumb-up"],["Solved my problem","solvedMyProblem","thumb-up"],["Other","otherUp","thumb-up"]],' +
  '[["Hard to understand","hardToUnderstand","thumb-down"],["Incorrect information or sample code","incorrectInformationOrSampleCode",' +
  '"thumb-down"],["Other","otherDown","thumb-down"]],["Last updated 2025-10-14 UTC."],[],[]]';
const gcLicence =
  'Except as otherwise noted, the content of this page is licensed under the Creative Commons Attribution 4.0 License, and code ' +
  'samples are licensed under the Apache 2.0 License.';
const dsCode = (code: string, lang: string): string =>
  `<devsite-code><pre class="devsite-click-to-copy" translate="no" dir="ltr" is-upgraded syntax="${lang}">${code}</pre></devsite-code>`;
const gcRule = `{
  <span class="devsite-syntax-nt">"lifecycle"</span>: {
    <span class="devsite-syntax-nt">"rule"</span>: [
      { <span class="devsite-syntax-nt">"action"</span>: {"type": "SetStorageClass", "storageClass": "COLDLINE"}, "condition": {"age": 90} },
      { <span class="devsite-syntax-nt">"action"</span>: {"type": "Delete"}, "condition": {"age": 365} }
    ]
  }
}`;
const gcHtml = `<!doctype html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gcTitle}  |  Cloud Storage  |  Google Cloud</title><meta property="og:site_name" content="Google Cloud">
<link rel="stylesheet" href="https://www.gstatic.com/devrel-devsite/prod/v2/css/app.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${gcTitle}"}</script>
<script>(function(d,e,v,s,i,t,E){d['GoogleDevelopersObject']=i;t=e.createElement(v);t.async=1;t.src=s;})
(window,document,'script','/analytics.js','ga');</script>
</head><body class="" template="page" theme="cloud-theme" type="article" layout="docs" display-toc pending>
<devsite-progress type="indeterminate" id="app-progress"></devsite-progress><section class="devsite-wrapper">
<devsite-cookie-notification-bar><div class="devsite-snackbar"><p class="devsite-snackbar-message">This site uses cookies from Google to deliver
and enhance the quality of its services and to analyze traffic.</p>
<a class="devsite-snackbar-action" href="https://policies.google.com/technologies/cookies">Learn more</a>
<button class="devsite-snackbar-action">OK, got it</button></div></devsite-cookie-notification-bar>
<devsite-header role="banner"><div class="devsite-header--inner nocontent"><div class="devsite-top-logo-row-wrapper-wrapper">
<a href="/" class="devsite-site-logo-link gc-analytics-event" data-category="Site-Wide Custom Events" data-label="Site logo">
<img src="https://www.gstatic.com/devrel-devsite/prod/v2/cloud/images/cloud-logo.svg" class="devsite-site-logo" alt="Google Cloud"></a>
<devsite-tabs class="upper-tabs"><nav class="devsite-tabs-wrapper" aria-label="Upper tabs"><ul>${links(gcTabs, 'devsite-tabs-tab')}</ul></nav></devsite-tabs>
<devsite-search aria-expanded="false" aria-haspopup="listbox" enable-signin enable-search><form class="devsite-search-form" action="/s/results" method="GET">
<input type="text" class="devsite-search-field devsite-search-query" name="q" placeholder="Search" aria-label="Search"></form></devsite-search>
<devsite-language-selector><ul role="presentation">${gcLangs.map((l) => `<li role="presentation"><a role="menuitem" lang="x">${l}</a></li>`).join('')}</ul>
</devsite-language-selector><a class="button" href="https://console.cloud.google.com/">Console</a>
<devsite-user enable-profiles id="devsite-user"><a class="devsite-user-signin button" href="#">Sign in</a></devsite-user></div>
<div class="devsite-collapsible-section"><div class="devsite-product-name-wrapper"><span class="devsite-product-name">Cloud Storage</span></div>
<devsite-tabs class="lower-tabs"><nav aria-label="Lower tabs"><ul>${links(gcProd, 'devsite-tabs-tab')}</ul></nav></devsite-tabs>
<a class="button button-white" href="/contact">Contact Us</a><a class="button button-primary" href="https://console.cloud.google.com/freetrial">Start free</a>
</div></div></devsite-header>
<devsite-book-nav scrollbars><nav class="devsite-book-nav nocontent" aria-label="Side menu"><ul class="devsite-nav-list" menu="_book">
<li class="devsite-nav-item devsite-nav-heading"><span class="devsite-nav-title">Discover</span></li>${links(gcBook.slice(0, 3), 'devsite-nav-item')}
<li class="devsite-nav-item devsite-nav-heading"><span class="devsite-nav-title">Manage data</span></li>${links(gcBook.slice(3), 'devsite-nav-item')}
<li class="devsite-nav-item devsite-nav-active"><a href="/storage/docs/managing-lifecycles" class="devsite-nav-title">${gcTitle}</a></li>
${links(gcBook2, 'devsite-nav-item')}</ul></nav></devsite-book-nav>
<section id="gc-wrapper"><main role="main" class="devsite-main-content" has-book-nav has-toc><devsite-toc class="devsite-nav" role="navigation"
aria-label="On this page"><ul class="devsite-nav-list"><li class="devsite-nav-item devsite-nav-heading devsite-toc-toggle">On this page</li>
${[gcH1, gcH2, gcH3, gcH4].map((h, i) => `<li class="devsite-nav-item"><a href="#s${i}" class="devsite-nav-title">${h}</a></li>`).join('')}</ul></devsite-toc>
<devsite-content><article class="devsite-article"><div class="devsite-article-meta nocontent" role="navigation">
<ul class="devsite-breadcrumb-list">${gcCrumbs.map((c) => `<li class="devsite-breadcrumb-item"><a class="devsite-breadcrumb-link">${c}</a></li>`).join('')}
<li class="devsite-breadcrumb-item"><a class="devsite-breadcrumb-link">${gcProd[0]}</a></li></ul>
<devsite-thumb-rating position="header"><div class="devsite-thumb-rating" role="form" aria-labelledby="devsite-thumb-rating-header">
<div class="devsite-thumb-rating-header" id="devsite-thumb-rating-header">Was this helpful?</div></div></devsite-thumb-rating>
<devsite-feedback position="header" project-name="Cloud Storage" context=""><button>Send feedback</button></devsite-feedback></div>
<devsite-bookmark><div class="devsite-bookmark-label">Stay organized with collections</div>
<div class="devsite-bookmark-hint">Save and categorize content based on your preferences.</div></devsite-bookmark>
<h1 class="devsite-page-title" tabindex="-1">${gcTitle}</h1>
<div class="devsite-article-body clearfix"><p>${gcIntro}</p>
<h2 id="s0" data-text="${gcH1}" tabindex="-1">${gcH1}</h2><p>${gcBefore}</p>
<aside class="note"><strong>Note:</strong><span> ${gcNote}</span></aside>
<h2 id="s1" data-text="${gcH2}" tabindex="-1">${gcH2}</h2>
<devsite-selector active="console"><devsite-tabs class="devsite-tabs"><nav aria-label="Tabs"><tab active><a href="#console">Console</a></tab>
<tab><a href="#command-line">Command line</a></tab><tab><a href="#rest-apis">REST APIs</a></tab></nav></devsite-tabs>
<section role="tabpanel" id="console" active><h3 id="console-h" data-text="Console" class="hide-from-toc">Console</h3>
<ol>${gcConsole.map((s) => `<li>${s}</li>`).join('\n')}</ol></section>
<section role="tabpanel" id="command-line" hidden><h3 data-text="Command line" class="hide-from-toc">Command line</h3><p>${gcCli[0]}</p>
${dsCode(gcRule, 'JSON')}<p>${gcCli[1]}</p>
${dsCode('gcloud storage buckets update gs://<var translate="no">BUCKET_NAME</var> --lifecycle-file=<var translate="no">FILE_PATH</var>', 'Bash')}
<p>${gcCli[2]}</p></section>
<section role="tabpanel" id="rest-apis" hidden><h3 data-text="REST APIs" class="hide-from-toc">REST APIs</h3><p>${gcRest}</p></section></devsite-selector>
<h2 id="s2" data-text="${gcH3}" tabindex="-1">${gcH3}</h2><p>${gcView}</p>
<h2 id="s3" data-text="${gcH4}" tabindex="-1">${gcH4}</h2>${gcRemove.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="whats-next" data-text="What's next" tabindex="-1">What's next</h2><ul>${links(gcNext)}</ul>
</div>
<devsite-thumb-rating position="footer"><div class="devsite-thumb-rating-header">Was this helpful?</div></devsite-thumb-rating>
<devsite-feedback position="footer"><button>Send feedback</button></devsite-feedback>
<div class="devsite-article-body-footer"><p>Except as otherwise noted, the content of this page is licensed under the
<a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons Attribution 4.0 License</a>, and code samples are licensed under the
<a href="https://www.apache.org/licenses/LICENSE-2.0">Apache 2.0 License</a>.</p>
<p class="devsite-content-footer-date" itemprop="datePublished">Last updated 2025-10-14 UTC.</p></div>
<devsite-content-footer-feedback hidden><p>Need to tell us more?</p><span class="devsite-feedback-json">${gcJson}</span></devsite-content-footer-feedback>
</article></devsite-content></main>
<devsite-footer-linkboxes class="devsite-footer-linkboxes nocontent"><ul>${links(gcFoot, 'devsite-footer-linkbox-item')}</ul></devsite-footer-linkboxes>
<devsite-footer-utility class="devsite-footer-utility nocontent"><ul>${links(gcLegal)}</ul>
<p class="devsite-footer-promo">Sign up for the Google Cloud newsletter</p><a class="button" href="/newsletter">Subscribe</a></devsite-footer-utility>
</section></section></body></html>`;
const googleCloudDocs: TestPage = {
  html: gcHtml,
  name: 'heldout60-google-cloud-docs',
  kind: 'docs',
  // all three tab panels of the selector are body, the hidden ones too (the page's text for each way of working); the tab
  // labels and the panels' hidden h3 copies of them ("Console", "Command line", "REST APIs") are in neither list; the "Note:"
  // aside is body ("Note:" in neither); "What's next" with its links is a see-also list: furniture; "Last updated 2025-10-14
  // UTC." is the dateline (byline), the hidden feedback JSON that repeats it is furniture; the "On this page" entries and the
  // nav's current entry repeat the headings and the title (in neither); the breadcrumb "Guides" is the product tab's; the
  // header's "Console" button is left out (the same word as the first tab label, which is in neither)
  title: gcTitle,
  headings: [gcH1, gcH2, gcH3, gcH4],
  body: [...texts([gcIntro, gcBefore, gcNote]), ...texts(gcConsole), ...texts(gcCli), ...texts([gcRest, gcView]), ...texts(gcRemove)],
  bylines: ['Last updated 2025-10-14 UTC.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.', 'Learn more', 'OK, got it',
    ...gcTabs, ...gcLangs, 'Sign in', 'Cloud Storage', ...gcProd, 'Contact Us', 'Start free', 'Discover', ...gcBook.slice(0, 3), 'Manage data',
    ...gcBook.slice(3), ...gcBook2, 'On this page', ...gcCrumbs.slice(0, 3), 'Was this helpful?', 'Send feedback', 'Stay organized with collections',
    'Save and categorize content based on your preferences.', "What's next", ...gcNext,
    gcLicence,
    'Need to tell us more?', gcJson, ...gcFoot, ...gcLegal, 'Sign up for the Google Cloud newsletter', 'Subscribe',
  ],
};

export const HELDOUT60_C: readonly TestPage[] = [googleCloudDocs, microsoftLearnArticle];
