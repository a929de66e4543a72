import { links, ps, type TestPage, texts } from './page-kit.js';
import { mediawikiPage } from './pages-heldout105-e2.js';

/**
 * Held-out batch 105, file e: a developer guide on a Google DevSite site (devsite-header with product tabs, search and
 * "Sign in", the book nav, breadcrumbs, the "Stay organized with collections" tooltip and "Send feedback" buttons above the
 * title, a note aside, code blocks, a table, the thumb rating "Was this helpful?", the content footer "Except as otherwise
 * noted ..." licence paragraph and "Last updated" line, the "Connect" and "Programs" footer link lists, the cookie
 * notification bar and the language picker) and, from file e2, a MediaWiki Vector 2022 article.
 */
const dsTitle = 'Add offline map regions to your app';
const dsP1 = [
  'The Fieldmark Maps SDK can download map tiles for a chosen region ahead of time, so your app keeps showing maps when the ' +
    'device has no connection. This guide shows how to define a region, start a download, and keep the stored tiles up to date.',
];
const dsH1 = 'Before you begin';
const dsList1 = [
  'Use Fieldmark Maps SDK version 6.4 or later.',
  'Enable the Offline Regions API for your project in the Fieldmark console.',
  'Make sure your API key is allowed to call the Offline Regions API.',
];
const dsH2 = 'Define a region';
const dsP2 = [
  'A region is a bounding box together with the range of zoom levels to store. The size of a download grows roughly four times ' +
    'with each extra zoom level, so choose the smallest range that meets your users’ needs.',
];
const dsNote = 'Note: A single region can cover at most 10,000 square kilometres at zoom levels above 14.';
const dsH3 = 'Start the download';
const dsP3 = [
  'Pass the region to the OfflineManager. Downloads continue in the background, and the manager reports progress through the ' +
    'listener you register. If the app is closed, the download resumes the next time it starts.',
  'By default downloads run only on unmetered connections. Set allowMetered to true on the request if your users need maps ' +
    'before they reach Wi-Fi, and warn them first: a city-sized region at zoom 15 is often larger than 200 MB.',
  'If a download fails part of the way through, the tiles that were already stored are kept, and calling download() again ' + 'fetches only the missing ones.',
];
const dsH4 = 'Storage limits';
const dsP4 = ['The following table shows the default limits. You can lower them, but not raise them, in your app’s configuration.'];
const dsTable = ['Regions per app', '25', 'Tiles per region', '6,000', 'Total storage', '750 MB'];
const dsH5 = 'Keep regions up to date';
const dsP5 = [
  'Stored tiles expire after 30 days. Call refresh() on a region to download any tiles that changed since the last update; tiles ' +
    'that did not change are kept, so a refresh usually transfers far less data than the original download.',
  'To remove a region and free its storage, call delete(). Tiles shared with another region are kept until no region uses them.',
];
const dsHeader = ['Fieldmark Maps', 'Overview', 'Guides', 'Reference', 'Samples', 'Support', 'Search', 'Sign in'];
const dsBook = ['Get started', 'Set up a project', 'Add a map', 'Offline maps', 'Add offline map regions', 'Handle errors', 'Billing'];
const dsCrumbs = ['Home', 'Products', 'Fieldmark Maps', 'Guides'];
const dsTop = ['Stay organized with collections', 'Save and categorize content based on your preferences.', 'Send feedback'];
const dsRate = ['Was this helpful?', 'Send feedback'];
const dsLicence =
  'Except as otherwise noted, the content of this page is licensed under the Creative Commons Attribution 4.0 License, and code ' +
  'samples are licensed under the Apache 2.0 License. For details, see the Tessellate Developers Site Policies.';
const dsUpdated = 'Last updated 2025-08-21 UTC.';
const dsFoot = ['Connect', 'Blog', 'Bluesky', 'YouTube', 'Programs', 'Developer Groups', 'Champions', 'Terms', 'Privacy', 'Manage cookies', 'English'];
const dsCookie = [
  'tessellate.example uses cookies from Tessellate to deliver and enhance the quality of its services and to analyze traffic.',
  'Learn more',
  'OK, got it',
];
const dsCode1 = `<span class="kd">val</span> region = <span class="nc">OfflineRegion</span>(bounds = <span
class="nc">LatLngBounds</span>(sw, ne), minZoom = 10, maxZoom = 15)`;
const dsCode2 = `<span class="kd">val</span> manager = <span class="nc">OfflineManager</span>.getInstance(context)
manager.download(region) { progress -&gt; updateUi(progress.percent) }`;
const dsPre = (code: string): string =>
  `<devsite-code><pre class="devsite-click-to-copy prettyprint lang-kotlin" translate="no" dir="ltr">${code}</pre></devsite-code>`;
const dsH = (t: string, id: string): string => `<h2 id="${id}" data-text="${t}" tabindex="-1">${t}</h2>`;
const dsHtml = `<!doctype html>
<html lang="en" dir="ltr"><head><meta name="google-signin-client-id" content="1234-abc.apps.example"><meta charset="utf-8">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta name="robots" content="index,follow">
<title>Add offline map regions to your app &nbsp;|&nbsp; Fieldmark Maps &nbsp;|&nbsp; Tessellate for Developers</title>
<meta property="og:title" content="Add offline map regions to your app"><meta property="og:site_name" content="Tessellate for Developers">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Add offline map regions to your app"}</script>
<link rel="stylesheet" href="https://www.gstatic.example/devrel-devsite/prod/v1a2b3/tessellate/css/app.css"></head>
<body type="article" theme="tessellate-theme" layout="docs" class="color-scheme--light" ready>
<devsite-progress type="indeterminate" id="app-progress"></devsite-progress><section class="devsite-wrapper">
<devsite-cookie-notification-bar><div class="devsite-snackbar"><p class="devsite-snackbar-message">${dsCookie[0]}</p>
<a class="devsite-snackbar-action" href="/policies/cookies">${dsCookie[1]}</a><button class="devsite-snackbar-action">${dsCookie[2]}</button></div>
</devsite-cookie-notification-bar>
<devsite-header role="banner"><div class="devsite-header--inner"><div class="devsite-top-logo-row"><a class="devsite-product-name-link" href="/maps">
<span class="devsite-product-name">${dsHeader[0]}</span></a><devsite-tabs class="upper-tabs"><nav class="devsite-tabs-wrapper" aria-label="Upper tabs">
${dsHeader
  .slice(1, 6)
  .map((t) => `<tab><a class="devsite-tabs-link" href="/maps/${t.toLowerCase()}">${t}</a></tab>`)
  .join('')}</nav></devsite-tabs>
<devsite-search><form class="devsite-search-form" action="/s/results">
<input class="devsite-search-field" placeholder="${dsHeader[6]}" aria-label="${dsHeader[6]}">
</form></devsite-search><devsite-user><a class="button devsite-top-button" href="/_d/signin">${dsHeader[7]}</a></devsite-user></div></div></devsite-header>
<devsite-book-nav scrollbars><nav class="devsite-book-nav devsite-nav nocontent" aria-label="Side menu"><ul class="devsite-nav-list">
${links(dsBook, 'devsite-nav-item')}</ul></nav></devsite-book-nav>
<section id="gc-wrapper"><main role="main" class="devsite-main-content" has-book-nav has-toc>
<devsite-toc class="devsite-nav" role="navigation" aria-label="On this page"></devsite-toc>
<devsite-content><article class="devsite-article"><div class="devsite-article-meta nocontent" role="navigation"><ul class="devsite-breadcrumb-list">
${links(dsCrumbs, 'devsite-breadcrumb-item')}</ul><devsite-thumb-rating position="header"></devsite-thumb-rating></div>
<devsite-feature-tooltip ack-key="AckCollectionsBookmarkTooltipDismiss" class="devsite-page-bookmark-tooltip nocontent"><p class="devsite-tooltip-msg">
<span class="devsite-tooltip-title">${dsTop[0]}</span> <span>${dsTop[1]}</span></p></devsite-feature-tooltip>
<div class="devsite-page-title-meta"><devsite-view-release-notes></devsite-view-release-notes></div>
<devsite-feedback position="header" class="nocontent"><button>${dsTop[2]}</button></devsite-feedback>
<h1 class="devsite-page-title" tabindex="-1">${dsTitle}</h1>
<div class="devsite-article-body clearfix">
${ps(dsP1)}
${dsH(dsH1, 'before-you-begin')}
<ul>${dsList1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${dsH(dsH2, 'define-a-region')}
${ps(dsP2)}
${dsPre(dsCode1)}
<aside class="note"><strong>Note:</strong><span> A single region can cover at most 10,000 square kilometres at zoom levels above 14.</span></aside>
${dsH(dsH3, 'start-the-download')}
${ps(dsP3)}
${dsPre(dsCode2)}
${dsH(dsH4, 'storage-limits')}
${ps(dsP4)}
<table class="responsive"><thead><tr><th>Limit</th><th>Default</th></tr></thead><tbody>
<tr><td>${dsTable[0]}</td><td>${dsTable[1]}</td></tr><tr><td>${dsTable[2]}</td><td>${dsTable[3]}</td></tr><tr><td>${dsTable[4]}</td><td>${dsTable[5]}</td></tr>
</tbody></table>
${dsH(dsH5, 'keep-regions-up-to-date')}
${ps(dsP5)}
</div>
<devsite-thumb-rating position="footer"><div class="devsite-thumb-rating" role="form"><p class="devsite-thumb-rating-label">${dsRate[0]}</p>
<button class="devsite-thumb devsite-thumb-up" aria-label="Thumb up"></button><button class="devsite-thumb devsite-thumb-down" aria-label="Thumb down"></button>
</div></devsite-thumb-rating><devsite-feedback position="footer" class="nocontent"><button>${dsRate[1]}</button></devsite-feedback>
<devsite-content-footer class="nocontent">
<p>Except as otherwise noted, the content of this page is licensed under the <a href="https://creativecommons.example/licenses/by/4.0/">Creative
Commons Attribution 4.0 License</a>, and code samples are licensed under the <a href="https://www.apache.example/licenses/LICENSE-2.0">Apache 2.0
License</a>. For details, see the <a href="/site-policies">Tessellate Developers Site Policies</a>.</p><p>${dsUpdated}</p></devsite-content-footer>
</article></devsite-content></main>
<devsite-footer-linkboxes class="devsite-footer-linkboxes nocontent"><nav class="devsite-footer-linkboxes-list"><ul>
<li class="devsite-footer-linkbox"><h3 class="devsite-footer-linkbox-heading no-link">${dsFoot[0]}</h3><ul>${links(dsFoot.slice(1, 4))}</ul></li>
<li class="devsite-footer-linkbox"><h3 class="devsite-footer-linkbox-heading no-link">${dsFoot[4]}</h3><ul>${links(dsFoot.slice(5, 7))}</ul></li></ul></nav>
</devsite-footer-linkboxes><devsite-footer-utility class="devsite-footer-utility nocontent"><ul>${links(dsFoot.slice(7, 10))}</ul>
<devsite-language-selector><select aria-label="Select language"><option value="en" selected>${dsFoot[10]}</option></select></devsite-language-selector>
</devsite-footer-utility></section></section>
<script src="https://www.gstatic.example/devrel-devsite/prod/v1a2b3/tessellate/js/devsite_app_module.js" type="module"></script></body></html>`;
const devsitePage: TestPage = {
  html: dsHtml,
  name: 'heldout105-devsite-docs-licence-footer',
  kind: 'docs',
  // the note aside is body (with its "Note:" label); table data cells are body; the tooltip, "Send feedback", the thumb
  // rating, the licence paragraph and "Last updated" line are furniture
  title: dsTitle,
  headings: [dsH1, dsH2, dsH3, dsH4, dsH5],
  body: [...texts(dsP1), ...texts(dsList1), ...texts(dsP2), dsNote, ...texts(dsP3), ...texts(dsP4), ...dsTable, ...texts(dsP5)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dsCookie, ...dsHeader.filter((t) => t !== 'Search'), ...dsBook, ...dsCrumbs.filter((t) => t !== 'Fieldmark Maps'), ...dsTop, ...dsRate.slice(0, 1),
    dsLicence, dsUpdated, ...dsFoot,
  ],
};

export const HELDOUT105_E: readonly TestPage[] = [devsitePage, mediawikiPage];
