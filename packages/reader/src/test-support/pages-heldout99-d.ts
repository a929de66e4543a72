import { links, type TestPage, texts } from './page-kit.js';
import { terraformDeprecated } from './pages-heldout99-d2.js';

/**
 * Held-out batch 99, file d: an Android Developers guide page (DevSite) as a browser saves it (the cookie notification bar,
 * devsite-header with upper tabs, search, language selector and "Sign in", the lower tabs, the book nav with its filter, the
 * article meta breadcrumb with the header thumb rating, the "Stay organized with collections" bookmark tooltip, Note /
 * Caution / Key point asides inside the article body, devsite-code blocks, the footer "Was this helpful?" rating and "Send
 * feedback", the "Content and code samples on this page are subject to the licenses" footer with "Last updated", the
 * "On this page" toc and the footer link boxes and utility footer) and, from file d2, a Terraform Registry resource page.
 */
const anTitle = 'Batch network requests to save battery';
const anP1 = [
  'Every time your app turns on the cellular radio, the radio stays in a high-power state for several seconds after the transfer ends. If ' +
    'an app makes many small requests spread across a few minutes, the radio may never get the chance to return to a low-power state, and ' +
    'the battery drains far faster than the amount of data would suggest.',
  'This page explains how to group requests that don’t need to happen immediately, so that your app wakes the radio less often and ' +
    'transfers more data each time it does.',
];
const anH1 = 'Decide which requests can wait';
const anP2 = [
  'Start by sorting your app’s network traffic into two groups. User-initiated requests, such as loading a screen the user just opened, ' +
    'must run right away. Everything else is a candidate for batching:',
];
const anList1 = [
  'Uploading analytics events and crash reports.',
  'Syncing drafts, settings or read positions to your server.',
  'Prefetching content the user is likely to open later, such as the next chapter of a book.',
  'Refreshing caches of data that changes only a few times a day.',
];
const anNote1 =
  '<strong>Note:</strong><span> Batching is not only about the radio. Fewer wakeups also let the CPU stay in low-power states for longer, ' +
  'which matters even when the device is on Wi-Fi.</span>';
const anH2 = 'Group deferrable work with WorkManager';
const anP3 = [
  'WorkManager is the recommended way to schedule deferrable background work. Instead of making a request as soon as data is ready, add ' +
    'the data to a local queue and enqueue a single unique work request that drains the whole queue. If more data arrives before the work ' +
    'runs, it joins the same batch.',
  'Use <code translate="no" dir="ltr">ExistingWorkPolicy.KEEP</code> so that enqueuing the work again while it is already pending doesn’t ' +
    'create a second request or reset its delay.',
];
const anCaution =
  '<strong>Caution:</strong><span> Don’t use a unique name that includes a timestamp or a random value. Each name creates a new, separate ' +
  'piece of work, which defeats the purpose of batching.</span>';
const anH3 = 'Choose constraints that match the data';
const anP4 = [
  'Constraints tell the system when it is a good moment to run your work. The system combines work from many apps and runs it during ' +
    'maintenance windows, so adding constraints usually lets your requests share a radio wakeup with other apps.',
  'For example, the Lantern Reader app uploads reading statistics only when the device has an unmetered connection, but syncs bookmarks ' +
    'on any connection because people expect to see them on their other devices within a few hours.',
];
const anNote2 =
  '<strong>Note:</strong><span> On Android 14 (API level 34) and higher, work that sets a network constraint may be deferred while the ' +
  'device is in battery saver mode, even when the network is available.</span>';
const anH4 = 'Test batching behavior';
const anP5 = [
  'Use the Background Task Inspector in Android Studio to see when your work is enqueued, how long it waits and which constraints are ' +
    'holding it back. To check the effect on the radio, capture a system trace with Perfetto and look for gaps between network bursts.',
  'A well-batched app shows a few large bursts of traffic separated by long quiet periods, rather than a steady trickle of small requests.',
];
const anKey = '<strong>Key point:</strong><span> If you can’t explain why a background request has to run right now, it should probably be batched.</span>';
const anCookie = 'developer.android.com uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.';
const anUpper = ['Essentials', 'Design & Plan', 'Develop', 'Google Play', 'Community', 'Android Studio'];
const anLower = ['Core areas', 'Tools and workflow', 'Devices', 'Libraries'];
const anLangs = ['English', 'Deutsch', 'Español – América Latina', 'Français', 'Indonesia', 'Italiano', 'Polski', 'Português – Brasil'];
anLangs.push('日本語', '한국어');
const anBook = [
  'Background work',
  'Overview',
  'Background tasks',
  'Task scheduling',
  'Define work requests',
  'Manage work',
  'Connectivity',
  'Optimize battery use',
  'Monitor connectivity status',
  'Alarms',
];
const anCrumbs = ['Android Developers', 'Develop', 'Core areas', 'Background work'];
const anLicense =
  'Content and code samples on this page are subject to the licenses described in the Content License. Java and OpenJDK are trademarks or ' +
  'registered trademarks of Oracle and/or its affiliates.';
const anBoxes: [string, string[]][] = [
  ['More Android', ['Android', 'Android for Enterprise', 'Security', 'Source', 'News', 'Blog', 'Podcasts']],
  ['Discover', ['Gaming', 'Machine Learning', 'Health & Fitness', 'Camera & Media', 'Privacy', '5G']],
  ['Android Devices', ['Large screens', 'Wear OS', 'ChromeOS devices', 'Android for cars', 'Android TV']],
  ['Releases', ['Android 16', 'Android 15', 'Android 14', 'Android 13', 'Android 12']],
  ['Documentation and Downloads', ['Android Studio guide', 'Developers guides', 'API reference', 'Download Studio', 'Android NDK']],
  ['Support', ['Report platform bug', 'Report documentation bug', 'Google Play support', 'Join research studies']],
];
const anPromos = ['Follow @AndroidDev on X', 'Check out Android Developers on YouTube', 'Connect with the Android Developers community on LinkedIn'];
const anSites = ['Android', 'Chrome', 'Firebase', 'Google Cloud Platform', 'All products'];
const anUtil = ['Privacy', 'License', 'Brand guidelines'];
const anPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const anH = (id: string, t: string): string => `<h2 id="${id}" data-text="${t}" tabindex="-1">${t}</h2>`;
const anAside = (cls: string, inner: string): string => `<aside class="${cls}">${inner}</aside>`;
const anCode = (lang: string, code: string): string => `<div></div><devsite-code><pre class="prettyprint lang-${lang}" translate="no" dir="ltr"><code
translate="no" dir="ltr">${code}</code></pre></devsite-code>`;
const anHtml = `<!doctype html>
<html lang="en" dir="ltr"><head>
<meta name="google-signin-client-id" content="721724668570-nbkv1cfusk7kk4eni4pjvepaus73b13t.apps.googleusercontent.example">
<meta property="og:site_name" content="Android Developers"><meta property="og:type" content="website"><meta name="theme-color" content="#34a853">
<meta charset="utf-8"><meta content="IE=Edge" http-equiv="X-UA-Compatible"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="manifest" href="/_pwa/android/manifest.json" crossorigin="use-credentials">
<link rel="stylesheet" href="https://www.gstatic.example/devrel-devsite/prod/v3b1c/android/css/app.css">
<link rel="canonical" href="https://developer.android.com/develop/connectivity/network-ops/batch-requests">
<title>${anTitle} &nbsp;|&nbsp; Background work &nbsp;|&nbsp; Android Developers</title>
<meta property="og:title" content="${anTitle} &nbsp;|&nbsp; Background work &nbsp;|&nbsp; Android Developers">
<meta property="og:url" content="https://developer.android.com/develop/connectivity/network-ops/batch-requests"><meta property="og:locale" content="en">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
{"@type": "ListItem", "position": 1, "name": "Develop", "item": "https://developer.android.com/develop"},
{"@type": "ListItem", "position": 2, "name": "${anTitle}", "item": "https://developer.android.com/develop/connectivity/network-ops/batch-requests"}]}</script>
</head>
<body class="" template="page" theme="android-theme" type="article" layout="docs" display-toc>
<devsite-progress type="indeterminate" id="app-progress"></devsite-progress>
<section class="devsite-wrapper">
<devsite-cookie-notification-bar><div class="devsite-snackbar" role="alert"><div class="devsite-snackbar-message">${anCookie}
<a href="https://policies.google.com/technologies/cookies" class="devsite-snackbar-action">Learn more</a></div>
<button class="devsite-snackbar-action">OK, got it</button></div></devsite-cookie-notification-bar>
<devsite-header role="banner"><div class="devsite-header--inner nocontent"><div class="devsite-top-logo-row-wrapper-wrapper">
<div class="devsite-top-logo-row-wrapper"><div class="devsite-top-logo-row">
<button type="button" id="devsite-hamburger-menu" class="devsite-header-icon-button button-flat material-icons" aria-label="Open menu"></button>
<div class="devsite-product-name-wrapper"><a href="/" class="devsite-site-logo-link"><img src="https://www.gstatic.example/devrel-devsite/android/lockup.svg"
class="devsite-site-logo" alt="Android Developers"></a></div>
<div class="devsite-top-logo-row-middle"><div class="devsite-header-upper-tabs"><devsite-tabs class="upper-tabs">
<nav class="devsite-tabs-wrapper" aria-label="Upper tabs">${anUpper
  .map(
    (t) => `<tab class="devsite-dropdown"><a href="/${t.toLowerCase()}"
class="devsite-tabs-content gc-analytics-event">${t.replace('&', '&amp;')}</a></tab>`,
  )
  .join('')}</nav></devsite-tabs></div>
<devsite-search><form class="devsite-search-form" action="https://developer.android.com/s/results" method="GET"><div class="devsite-search-container">
<button type="button" search-open class="devsite-search-button devsite-header-icon-button button-flat material-icons" aria-label="Open search"></button>
<div class="devsite-searchbox"><input aria-label="Search" class="devsite-search-field devsite-search-query" name="q" placeholder="Search" role="combobox"
type="text" value=""></div></div></form></devsite-search></div>
<devsite-language-selector><ul role="presentation">${anLangs.map((l) => `<li role="presentation"><a role="menuitem">${l}</a></li>`).join('')}</ul>
</devsite-language-selector>
<devsite-user id="devsite-user"><span class="button devsite-top-button" aria-hidden="true">Sign in</span></devsite-user>
</div></div></div>
<div class="devsite-collapsible-section"><div class="devsite-header-background"><div class="devsite-doc-set-nav-row">
<devsite-tabs class="lower-tabs"><nav class="devsite-tabs-wrapper" aria-label="Lower tabs">${anLower
  .map(
    (t, i) => `<tab${i === 0 ? ' class="devsite-active"' : ''}>
<a href="/develop/${i}" class="devsite-tabs-content">${t}</a></tab>`,
  )
  .join('')}</nav></devsite-tabs></div></div></div></div></devsite-header>
<devsite-book-nav scrollbars><div class="devsite-book-nav-filter"><span class="filter-list-icon material-icons" aria-hidden="true"></span>
<input type="text" placeholder="Filter" aria-label="Type to filter" role="searchbox"></div>
<nav class="devsite-book-nav devsite-nav nocontent" aria-label="Side menu"><ul class="devsite-nav-list" menu="_book">
${links(anBook, 'devsite-nav-item')}
<li class="devsite-nav-item devsite-nav-active"><a href="/develop/connectivity/network-ops/batch-requests" class="devsite-nav-title"><span
class="devsite-nav-text">${anTitle}</span></a></li></ul></nav></devsite-book-nav>
<section id="gc-wrapper"><main role="main" class="devsite-main-content" has-book-nav has-sidebar>
<div class="devsite-sidebar"><div class="devsite-sidebar-content"><devsite-toc class="devsite-nav" role="navigation" aria-label="On this page" depth="2"
scrollbars visible><ul class="devsite-nav-list"><li class="devsite-nav-item devsite-nav-heading devsite-toc-toggle"><span class="devsite-nav-title"
role="heading" aria-level="2"><span class="devsite-nav-text">On this page</span></span></li>
${[anH1, anH2, anH3, anH4]
  .map(
    (h, i) => `<li class="devsite-nav-item"><a href="#s${i}" class="devsite-nav-title"><span
class="devsite-nav-text">${h}</span></a></li>`,
  )
  .join('\n')}
</ul></devsite-toc></div></div>
<devsite-content><article class="devsite-article">
<div class="devsite-article-meta nocontent" role="navigation"><ul class="devsite-breadcrumb-list">
${anCrumbs
  .map(
    (t) => `<li class="devsite-breadcrumb-item"><div class="devsite-breadcrumb-guillemet material-icons" aria-hidden="true"></div>
<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="devsite-breadcrumb-link gc-analytics-event">${t}</a></li>`,
  )
  .join('\n')}
</ul><devsite-thumb-rating position="header"><div class="devsite-thumb-rating" role="form" aria-labelledby="devsite-thumb-label-header">
<div class="devsite-thumb-rating-question" id="devsite-thumb-label-header">Was this helpful?</div><div class="devsite-thumbs">
<button class="devsite-thumb devsite-thumb-up" data-title="Helpful" aria-label="Helpful"></button>
<button class="devsite-thumb devsite-thumb-down" data-title="Not helpful" aria-label="Not helpful"></button></div></div></devsite-thumb-rating></div>
<devsite-feature-tooltip ack-key="AckCollectionsBookmarkTooltipDismiss" analytics-category="Site-Wide Custom Events" close-button-text="Got it">
<devsite-bookmark></devsite-bookmark><span slot="popout-heading">Stay organized with collections</span>
<span slot="popout-contents">Save and categorize content based on your preferences.</span></devsite-feature-tooltip>
<h1 class="devsite-page-title" tabindex="-1">${anTitle}</h1>
<devsite-toc class="devsite-nav" depth="2" devsite-toc-embedded></devsite-toc>
<div class="devsite-article-body clearfix">
${anPs(anP1)}
${anH('s0', anH1)}
${anPs(anP2)}
<ul>
${anList1.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${anAside('note', anNote1)}
${anH('s1', anH2)}
${anPs(anP3.slice(0, 1))}
${anCode(
  'kotlin',
  `val syncRequest = OneTimeWorkRequestBuilder&lt;UploadQueueWorker&gt;()
    .setInitialDelay(15, TimeUnit.MINUTES)
    .build()

WorkManager.getInstance(context)
    .enqueueUniqueWork("upload-queue", ExistingWorkPolicy.KEEP, syncRequest)`,
)}
${anPs(anP3.slice(1))}
${anAside('caution', anCaution)}
${anH('s2', anH3)}
${anPs(anP4.slice(0, 1))}
${anCode(
  'kotlin',
  `val constraints = Constraints.Builder()
    .setRequiredNetworkType(NetworkType.UNMETERED)
    .setRequiresBatteryNotLow(true)
    .build()`,
)}
${anPs(anP4.slice(1))}
${anAside('note', anNote2)}
${anH('s3', anH4)}
${anPs(anP5)}
${anAside('key-point', anKey)}
</div>
<devsite-thumb-rating position="footer"><div class="devsite-thumb-rating" role="form" aria-labelledby="devsite-thumb-label-footer">
<div class="devsite-thumb-rating-question" id="devsite-thumb-label-footer">Was this helpful?</div><div class="devsite-thumbs">
<button class="devsite-thumb devsite-thumb-up" data-title="Helpful" aria-label="Helpful"></button>
<button class="devsite-thumb devsite-thumb-down" data-title="Not helpful" aria-label="Not helpful"></button></div></div></devsite-thumb-rating>
<devsite-feedback position="footer" project-name="Android Developers" context="footer"><button><span class="devsite-feedback-text">Send feedback</span>
</button></devsite-feedback>
</article>
<devsite-content-footer class="nocontent"><p>Content and code samples on this page are subject to the licenses described in the
<a href="/license">Content License</a>. Java and OpenJDK are trademarks or registered trademarks of Oracle and/or its affiliates.</p>
<p>Last updated 2025-06-18 UTC.</p></devsite-content-footer>
</devsite-content></main>
<devsite-footer-promos class="devsite-footer"><nav class="devsite-footer-promos nocontent" aria-label="Promotions"><ul class="devsite-footer-promos-list">
${[
  ['X', anPromos[0]],
  ['YouTube', anPromos[1]],
  ['LinkedIn', anPromos[2]],
]
  .map(
    ([t, d]) => `<li class="devsite-footer-promo"><a href="#"
class="devsite-footer-promo-title gc-analytics-event">${t}</a><div class="devsite-footer-promo-description">${d}</div></li>`,
  )
  .join('\n')}
</ul></nav></devsite-footer-promos>
<devsite-footer-linkboxes class="devsite-footer"><nav class="devsite-footer-linkboxes nocontent" aria-label="Footer links">
<ul class="devsite-footer-linkboxes-list">${anBoxes
  .map(
    ([h, items]) => `<li class="devsite-footer-linkbox"><h3 class="devsite-footer-linkbox-heading
no-link">${h}</h3><ul class="devsite-footer-linkbox-list">\n${links(items, 'devsite-footer-linkbox-item')}\n</ul></li>`,
  )
  .join('\n')}</ul></nav>
</devsite-footer-linkboxes>
<devsite-footer-utility class="devsite-footer"><div class="devsite-footer-utility nocontent"><nav class="devsite-footer-sites"
aria-label="Other Google Developers websites"><ul class="devsite-footer-sites-list">
${links(anSites, 'devsite-footer-sites-item')}
</ul></nav><nav class="devsite-footer-utility-links" aria-label="Utility links"><ul class="devsite-footer-utility-list">
${links(anUtil, 'devsite-footer-utility-item')}
<li class="devsite-footer-utility-item"><button class="devsite-footer-utility-button">Manage cookies</button></li>
<li class="devsite-footer-utility-item devsite-footer-utility-button"><span class="devsite-footer-utility-description">Get news and tips by email</span>
<a class="devsite-footer-utility-link gc-analytics-event" href="/subscribe">Subscribe</a></li></ul></nav></div></devsite-footer-utility>
</section></section>
<script src="https://www.gstatic.example/devrel-devsite/prod/v3b1c/js/devsite_app_module.js" async></script>
</body></html>`;
const androidNotes: TestPage = {
  html: anHtml,
  name: 'heldout99-android-developers-guide',
  kind: 'docs',
  // the Note, Caution and Key point asides explain the topic and are body, each with its inline label; the page's own
  // book-nav entry and the "On this page" entries repeat the title and headings and are left out
  title: anTitle,
  headings: [anH1, anH2, anH3, anH4],
  body: texts([...anP1, ...anP2, ...anList1, anNote1, ...anP3, anCaution, ...anP4, anNote2, ...anP5, anKey]),
  bylines: ['Last updated 2025-06-18 UTC.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    anCookie, 'Learn more', 'OK, got it', ...anUpper, ...anLangs, 'Sign in', ...anLower, ...anBook, 'On this page', ...anCrumbs, 'Was this helpful?',
    'Stay organized with collections', 'Save and categorize content based on your preferences.', 'Send feedback', anLicense, 'X', 'YouTube',
    'LinkedIn', ...anPromos, ...anBoxes.flatMap(([h, items]) => [h, ...items]), ...anSites, ...anUtil, 'Manage cookies', 'Get news and tips by email',
    'Subscribe',
    ]),
  ],
};

export const HELDOUT99_D: readonly TestPage[] = [androidNotes, terraformDeprecated];
