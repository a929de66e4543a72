import { links, ps, type TestPage, texts } from './page-kit.js';
import { appleArticle } from './pages-heldout79-a2.js';

/**
 * Held-out batch 79, file a: an Android Developers (DevSite) guide page with "Note:" and "Caution:" callouts, Kotlin/Java
 * selector tabs, the cookie snackbar, the upper and lower tabs, the book nav, breadcrumbs, "Was this helpful?", the "On this
 * page" TOC, "Recommended for you", the content licence footer with its "Last updated" line, the hidden rating template, the
 * footer promos, link boxes and utility bar; and (file a2) an Apple Developer documentation article.
 */
const adTitle = 'Defer uploads with constraint windows';
const adLead = [
  'Many apps have work that must run eventually but not right away: uploading a day of fitness samples, sending crash reports, or ' +
    'syncing a shared shopping list. Running that work as soon as it is queued wakes the radio and the CPU at moments the user ' +
    'does not care about. A <em>constraint window</em> lets you tell WorkManager the latest time the work may start, and lets the ' +
    'system pick a cheaper moment before that deadline.',
  'This guide shows how to declare a window, how the scheduler chooses a start time, and how to test the behaviour on a device.',
];
const adWhen = [
  'Use a constraint window when a delay of minutes or hours has no visible effect for the user. Typical cases are analytics ' +
    'batches, thumbnail generation for media the user is not looking at, and background backups.',
  'Do not use a window for work the user is waiting for, such as sending a chat message or saving a document they just edited. ' +
    'For that work, enqueue an expedited request instead.',
];
const adNote1 =
  '<strong>Note:</strong> Constraint windows are available in WorkManager 2.11.0-alpha03 and higher. On devices running Android ' +
  '13 (API level 33) or lower, the library falls back to an ordinary delayed request.';
const adDeclare = [
  'Create the request with <code>setConstraintWindow()</code> and pass the longest delay you can accept. The window starts when ' + 'the request is enqueued:',
];
const adDeclare2 = [
  'The other constraints still apply. In the example above the upload only starts on an unmetered network, and only while the ' +
    'battery is not low, even if that means the work runs after the window closes.',
];
const adCaution =
  '<strong>Caution:</strong> A window shorter than 15 minutes is rounded up to 15 minutes, and the library logs a warning. Do not ' +
  'rely on a short window to get exact timing; use an alarm for work that must start at a given time.';
const adChoose = ['Inside the window, the system looks for a moment when the work costs less. It prefers times when:'];
const adChooseList = [
  'the device is already awake because the user turned the screen on,',
  'another app has just used the cellular radio, so the radio is still in its high-power state, or',
  'the device is charging.',
];
const adChoose2 = [
  'If none of these happens before the deadline, the work starts when the window closes. The exact moment can differ from one ' +
    'run to the next, so do not write code that assumes an order between two windowed requests.',
];
const adTest = [
  'To see when the scheduler would start your work, run the <code>dumpsys jobscheduler</code> command and look for the ' +
    '<code>window-end</code> field of your job. To force the window to close during a test, use the test driver:',
];
const adNote2 =
  '<strong>Note:</strong> The test driver only affects requests created by the <code>WorkManagerTestInitHelper</code>; requests ' +
  'in the production configuration keep their real deadlines.';
const adHeadings = ['When to use a window', 'Declare a window', 'How the start time is chosen', 'Test your windows'];
const kt = `<pre class="prettyprint lang-kotlin" translate="no" dir="ltr"><code translate="no" dir="ltr"><span class="kd">val</span> upload =
OneTimeWorkRequestBuilder&lt;UploadWorker&gt;()
    .setConstraints(Constraints(requiredNetworkType = NetworkType.UNMETERED, requiresBatteryNotLow = true))
    .setConstraintWindow(Duration.ofHours(6))
    .build()</code></pre>`;
const java = `<pre class="prettyprint lang-java" translate="no" dir="ltr"><code translate="no" dir="ltr">OneTimeWorkRequest upload =
    new OneTimeWorkRequest.Builder(UploadWorker.class)
        .setConstraintWindow(Duration.ofHours(6))
        .build();</code></pre>`;
const tabs = (a: string, b: string): string => `<div class="ds-selector-tabs"><section><h3 id="kotlin" data-text="Kotlin" tabindex="-1">Kotlin</h3>
<devsite-code>${a}</devsite-code></section><section><h3 id="java" data-text="Java" tabindex="-1">Java</h3><devsite-code>${b}</devsite-code></section></div>`;
const h2 = (t: string): string => `<h2 id="${t.toLowerCase().replace(/ /g, '-')}" data-text="${t}" tabindex="-1">${t}</h2>`;
const adUpper = ['Essentials', 'Design & Plan', 'Develop', 'Google Play', 'Community'];
const adLower = ['Core areas', 'Tools and workflow', 'Libraries', 'Quality', 'Reference'];
const adBook = [
  'Background work',
  'Overview',
  'Background tasks',
  'Persistent work',
  'Define work requests',
  'Chain work',
  'Testing',
  'Constraint windows',
  'Alarms',
  'Optimize for battery',
];
const adCrumbs = ['Android Developers', 'Develop', 'Core areas', 'Background work'];
const adRecommended = ['Schedule tasks with WorkManager', 'Support for long-running workers', 'Optimize for Doze and App Standby'];
const adLangs = ['English', 'Deutsch', 'Español – América Latina', 'Français', 'Português – Brasil', '日本語', '한국어'];
const adBoxes: [string, string[]][] = [
  ['More Android', ['Android', 'Android for Enterprise', 'Security', 'Source', 'News', 'Blog', 'Podcasts']],
  ['Discover', ['Gaming', 'Machine Learning', 'Health & Fitness', 'Camera & Media', 'Privacy', '5G']],
  ['Documentation and Downloads', ['Android Studio guide', 'Developers guides', 'API reference', 'Download Studio', 'Android NDK']],
  ['Support', ['Report platform bug', 'Report documentation bug', 'Google Play support', 'Join research studies']],
];
const adUtility = ['Chrome', 'Firebase', 'Google Cloud Platform', 'All products'];
const adLegal = ['Privacy', 'License', 'Brand guidelines', 'Manage cookies'];
const adCookie = 'developer.android.com uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.';
const adLicence =
  'Content and code samples on this page are subject to the licenses described in the Content License. Java and OpenJDK are ' +
  'trademarks or registered trademarks of Oracle and/or its affiliates.';
const adRating =
  '[[["Easy to understand","easyToUnderstand","thumb-up"],["Solved my problem","solvedMyProblem","thumb-up"],["Other","otherUp",' +
  '"thumb-up"]],[["Missing the information I need","missingTheInformationINeed","thumb-down"],["Out of date","outOfDate","thumb-down"]],' +
  '["Last updated 2025-10-08 UTC."],[],[]]';
const adHtml = `<!doctype html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta content="IE=Edge" http-equiv="X-UA-Compatible">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="manifest" href="/_pwa/android/manifest.json" crossorigin="use-credentials">
<link rel="stylesheet" href="https://www.gstatic.com/devrel-devsite/prod/v5f1c2a/android/css/app.css">
<title>${adTitle} &nbsp;|&nbsp; Background work &nbsp;|&nbsp; Android Developers</title>
<meta property="og:site_name" content="Android Developers"><meta property="og:type" content="website"><meta property="og:title" content="${adTitle}">
<meta name="description" content="Use a constraint window to let the system start deferrable work at a cheaper moment.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${adTitle}"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Develop","item":"https://developer.android.com/develop"},{"@type":"ListItem","position":2,"name":"Background work"}]}</script>
</head>
<body type="article" theme="android-theme" class="" layout="docs" display-toc ready>
<devsite-progress type="indeterminate" id="app-progress"></devsite-progress><section class="devsite-wrapper">
<devsite-cookie-notification-bar><div class="devsite-snackbar" role="alert"><div class="devsite-snackbar-message">${adCookie}</div>
<a class="devsite-snackbar-action" href="https://policies.google.com/technologies/cookies">Learn more</a>
<button type="button" class="devsite-snackbar-action">OK, got it</button></div></devsite-cookie-notification-bar>
<devsite-header role="banner"><div class="devsite-header--inner nocontent"><div class="devsite-top-logo-row-wrapper-wrapper">
<div class="devsite-top-logo-row-wrapper"><div class="devsite-top-logo-row">
<button type="button" id="devsite-hamburger-menu" class="devsite-header-icon-button button-flat material-icons" aria-label="Open menu"></button>
<div class="devsite-product-name-wrapper"><a href="/" class="devsite-site-logo-link"><img class="devsite-site-logo" src="/images/lockup.svg"
alt="Android Developers"></a></div>
<div class="devsite-top-row-tabs devsite-tabs-wrapper"><devsite-tabs class="upper-tabs"><nav class="devsite-tabs-wrapper" aria-label="Upper tabs">
${adUpper
  .map(
    (t) => `<tab class="devsite-dropdown${t === 'Develop' ? ' devsite-active' : ''}"><a href="/${t.toLowerCase()}" class="devsite-tabs-content">
${t.replace('&', '&amp;')}</a></tab>`,
  )
  .join('\n')}</nav></devsite-tabs></div>
<devsite-search enable-signin enable-search-summaries project-scope="/develop"><form class="devsite-search-form" action="/s/results" method="GET">
<input type="text" class="devsite-search-field devsite-search-query" name="q" placeholder="Search" aria-label="Search"></form></devsite-search>
<devsite-language-selector><ul role="presentation">${links(adLangs)}</ul></devsite-language-selector>
<devsite-user signed-out><a class="button devsite-top-button" href="/_d/signin">Sign in</a></devsite-user></div></div></div>
<div class="devsite-collapsible-section"><div class="devsite-header-background"><div class="devsite-product-id-row">
<div class="devsite-product-description-row"><ul class="devsite-breadcrumb-list"><li class="devsite-breadcrumb-item"><a href="/develop">Develop</a></li>
</ul></div></div><div class="devsite-doc-set-nav-row"><devsite-tabs class="lower-tabs"><nav class="devsite-tabs-wrapper" aria-label="Lower tabs">
${adLower
  .map(
    (t) => `<tab${t === 'Core areas' ? ' class="devsite-active"' : ''}><a href="/develop/${t.toLowerCase()}" class="devsite-tabs-content">${t}</a>
</tab>`,
  )
  .join('\n')}</nav></devsite-tabs></div></div></div></div></devsite-header>
<devsite-book-nav scrollbars><div class="devsite-book-nav-filter"><span class="filter-list-icon material-icons"></span>
<input type="text" placeholder="Filter" aria-label="Type to filter"></div><nav class="devsite-book-nav devsite-nav nocontent" aria-label="Side menu">
<ul class="devsite-nav-list" menu="_book">${adBook
  .map(
    (t) => `<li class="devsite-nav-item${t === 'Constraint windows' ? ' devsite-nav-active' : ''}">
<a href="/develop/background-work/${t.toLowerCase().replace(/ /g, '-')}" class="devsite-nav-title"><span class="devsite-nav-text" tooltip>${t}</span></a>
</li>`,
  )
  .join('\n')}</ul></nav></devsite-book-nav>
<section id="gc-wrapper"><main role="main" class="devsite-main-content" has-book-nav has-sidebar>
<devsite-toc class="devsite-nav" role="navigation" aria-label="On this page" depth="2" scrollbars><ul class="devsite-nav-list">
<li class="devsite-nav-item devsite-nav-heading devsite-toc-toggle"><span class="devsite-nav-title" role="heading" aria-level="2">
<span class="devsite-nav-text">On this page</span></span></li>
${adHeadings
  .map(
    (t) => `<li class="devsite-nav-item"><a href="#${t.toLowerCase().replace(/ /g, '-')}" class="devsite-nav-title"><span class="devsite-nav-text"
tooltip>${t}</span></a></li>`,
  )
  .join('\n')}</ul></devsite-toc>
<devsite-content><article class="devsite-article"><div class="devsite-article-meta nocontent" role="navigation">
<ul class="devsite-breadcrumb-list">${adCrumbs
  .map(
    (t) => `<li class="devsite-breadcrumb-item"><div class="devsite-breadcrumb-guillemet material-icons"
aria-hidden="true"></div><a href="/${t.toLowerCase().replace(/ /g, '-')}" class="devsite-breadcrumb-link">${t}</a></li>`,
  )
  .join('\n')}</ul>
<devsite-thumb-rating position="header"><div class="devsite-thumb-rating" role="form" aria-labelledby="devsite-thumb-rating-header-label">
<div class="devsite-thumb-rating-header-label" id="devsite-thumb-rating-header-label">Was this helpful?</div>
<div class="devsite-thumbs"><button class="devsite-thumb devsite-thumb-up" aria-label="Helpful"></button>
<button class="devsite-thumb devsite-thumb-down" aria-label="Not helpful"></button></div></div></devsite-thumb-rating></div>
<h1 class="devsite-page-title" tabindex="-1">${adTitle}<div class="devsite-actions" data-nosnippet><devsite-feature-tooltip feature-id="bookmark">
<devsite-bookmark><button class="devsite-bookmark-button" aria-label="Bookmark this page"></button></devsite-bookmark></devsite-feature-tooltip></div></h1>
<devsite-toc class="devsite-nav" depth="2" devsite-toc-embedded></devsite-toc>
<div class="devsite-article-body clearfix">
${ps(adLead)}
${h2(adHeadings[0]!)}
${ps(adWhen)}
<aside class="note">${adNote1}</aside>
${h2(adHeadings[1]!)}
${ps(adDeclare)}
${tabs(kt, java)}
${ps(adDeclare2)}
<aside class="caution">${adCaution}</aside>
${h2(adHeadings[2]!)}
${ps(adChoose)}
<ul>${adChooseList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(adChoose2)}
${h2(adHeadings[3]!)}
${ps(adTest)}
<devsite-code><pre class="prettyprint lang-kotlin" translate="no" dir="ltr"><code translate="no" dir="ltr">testDriver.setWindowClosed(upload.id)</code></pre>
</devsite-code>
<aside class="note">${adNote2}</aside>
</div>
<devsite-thumb-rating position="footer"><div class="devsite-thumb-rating"><div class="devsite-thumb-rating-header-label">Was this helpful?</div></div>
</devsite-thumb-rating>
<devsite-recommendations display="in-page" hidden-below="1200"><section class="devsite-recommendations"><h2 class="devsite-recommendations-heading">
Recommended for you</h2><ul>${adRecommended
  .map(
    (t, i) => `<li class="devsite-card-wrapper"><a href="/topic/${i}"><p class="devsite-card-title">${t}</p>
<p class="devsite-card-updated">Updated Sep ${10 + i}, 2025</p></a></li>`,
  )
  .join('\n')}</ul></section></devsite-recommendations>
</article></devsite-content>
<devsite-content-footer class="nocontent"><p>Content and code samples on this page are subject to the licenses described in the
<a href="/license">Content License</a>. Java and OpenJDK are trademarks or registered trademarks of Oracle and/or its affiliates.</p>
<p>Last updated 2025-10-08 UTC.</p></devsite-content-footer>
<devsite-notification></devsite-notification><div class="devsite-content-data-template" hidden>${adRating}</div>
</main>
<devsite-footer-promos class="devsite-footer"><nav class="devsite-footer-promos nocontent" aria-label="Promotions"><ul class="devsite-footer-promos-list">
<li class="devsite-footer-promo"><a href="//x.com/AndroidDev" class="devsite-footer-promo-title">X</a><div class="devsite-footer-promo-description">
Follow @AndroidDev on X</div></li><li class="devsite-footer-promo"><a href="//youtube.com/c/AndroidDevelopers" class="devsite-footer-promo-title">YouTube</a>
<div class="devsite-footer-promo-description">Check out Android Developers on YouTube</div></li></ul></nav></devsite-footer-promos>
<devsite-footer-linkboxes class="devsite-footer"><nav class="devsite-footer-linkboxes nocontent" aria-label="Footer links"><ul
class="devsite-footer-linkboxes-list">
${adBoxes
  .map(
    ([h, l]) => `<li class="devsite-footer-linkbox"><h3 class="devsite-footer-linkbox-heading no-link">${h}</h3>
<ul class="devsite-footer-linkbox-list">${links(l, 'devsite-footer-linkbox-item')}</ul></li>`,
  )
  .join('\n')}</ul></nav></devsite-footer-linkboxes>
<devsite-footer-utility class="devsite-footer"><div class="devsite-footer-utility nocontent"><nav class="devsite-footer-sites" aria-label="Other Android sites">
<a href="https://developer.android.com/" class="devsite-footer-sites-logo-link"><img class="devsite-footer-sites-logo"
src="/images/lockup-google-for-developers.svg"
alt="Android"></a><ul class="devsite-footer-sites-list">${links(adUtility, 'devsite-footer-sites-item')}</ul></nav>
<nav class="devsite-footer-utility-links" aria-label="Utility links"><ul class="devsite-footer-utility-list">${links(adLegal, 'devsite-footer-utility-item')}
<li class="devsite-footer-utility-item devsite-footer-utility-button"><span class="devsite-footer-utility-description">Get news and tips by email</span>
<a class="devsite-footer-utility-link gc-analytics-event" href="/subscribe">Subscribe</a></li></ul></nav></div></devsite-footer-utility>
</section></section>
<script>(function(d,e,v,s,i,t,E){d['GoogleDevelopersObject']=i;t=e.createElement(v);t.async=1;t.src=s;E=e.getElementsByTagName(v)[0];
E.parentNode.insertBefore(t,E);})(window, document, 'script', 'https://www.gstatic.com/devrel-devsite/prod/v5f1c2a/android/js/app_loader.js',
'[1,"en",null,"/js/devsite_app_module.js","https://www.gstatic.com/devrel-devsite/prod/v5f1c2a"]')</script>
</body></html>`;
const android: TestPage = {
  html: adHtml,
  name: 'heldout79-android-developers-docs',
  kind: 'docs',
  // the "Note:" and "Caution:" callouts are part of the guide (body, with their labels); the Kotlin/Java selector tab labels
  // (h3) and the code are in neither list; the "Last updated" line is a byline, the licence line and the hidden rating
  // template are furniture
  title: adTitle,
  headings: adHeadings,
  body: [
    ...texts(adLead),
    ...texts(adWhen),
    ...texts([adNote1]),
    ...texts(adDeclare),
    ...adDeclare2,
    ...texts([adCaution]),
    ...adChoose,
    ...adChooseList,
    ...adChoose2,
    ...texts(adTest),
    ...texts([adNote2]),
  ],
  bylines: ['Last updated 2025-10-08 UTC.', 'Updated Sep 10, 2025', 'Updated Sep 11, 2025', 'Updated Sep 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    adCookie, 'Learn more', 'OK, got it', ...adUpper, ...adLangs, 'Sign in', ...adLower, ...adBook.filter((t) => t !== 'Constraint windows'), 'On this page',
    ...adCrumbs.filter((t) => t !== 'Develop'), 'Was this helpful?', 'Kotlin', 'Java', 'Recommended for you', ...adRecommended, adLicence, adRating,
    'X', 'Follow @AndroidDev on X', 'YouTube', 'Check out Android Developers on YouTube', ...adBoxes.flatMap(([h, l]) => [h, ...l]), ...adUtility, ...adLegal,
    'Get news and tips by email', 'Subscribe',
  ],
};

export const HELDOUT79_A: readonly TestPage[] = [android, appleArticle];
