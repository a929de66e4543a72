import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 123, file a2: an Android Developers guide page on Google's DevSite template (cookie notification bar, the
 * devsite header with its tabs, search, language picker, "Android Studio" and "Sign in", the lower tabs, the book nav, the
 * breadcrumb, "Stay organized with collections" and "Send feedback", Note and Caution asides inside the text, a code block,
 * a table, the embedded "On this page" TOC, the content footer's licence text and "Last updated" date, "Was this helpful?",
 * and the footer link boxes and utility links).
 */
const anTitle = 'Measure cold start with the Tracelight library';
const anH = ['Add the dependency', 'Mark the stages of startup', 'Keep stages coarse', 'Read the report', 'Next steps'];
const anP1 = [
  'Cold start is the time between someone tapping your app\u2019s icon and the first frame your app draws with real content. It\u2019s the ' +
    'start type people notice most, and the one most often slowed by work that could wait. The Tracelight library records the stages ' +
    'of a cold start on real devices, so you can see where the time goes without attaching a profiler.',
  'This guide shows how to add Tracelight to your app, mark the moments that matter, and read the reports it produces.',
];
const anNote =
  '<strong>Note:</strong> Tracelight requires a minimum SDK of API level 26. On older devices the library\u2019s calls do nothing, so ' +
  'you don\u2019t need to guard them.';
const anP2 = ['Add the Tracelight artifact to your app module\u2019s <code>build.gradle.kts</code> file:'];
const anP3 = ['The library registers itself with App Startup, so you don\u2019t need to initialize it in your <code>Application</code> class.'];
const anP4 = [
  'Tracelight records three stages automatically: process creation, <code>Application.onCreate()</code>, and the first frame. ' +
    'Everything else depends on your app, so you tell the library when your own stages begin and end.',
  'Wrap each stage in a <code>stage()</code> block. Give stages short, stable names, because the reports group results by name ' + 'across app versions:',
];
const anP5 = [
  'When your first screen has loaded the content people came for, call <code>reportFullyDrawn()</code>. Tracelight uses this ' +
    'call as the end of the startup it measures, rather than the first frame, which often shows only a placeholder.',
];
const anP6 = [
  'Each stage adds a small amount of overhead. We recommend no more than ten stages per startup. If you need finer detail inside ' +
    'one stage, record a system trace for that stage instead.',
];
const anP7 = [
  'Tracelight writes one record for every cold start and uploads a summary once a day over an unmetered connection. The summary ' +
    'shows the following for each stage:',
];
const anRows = [
  ['p50', 'The median duration across all cold starts that day.'],
  ['p90', 'The duration that nine in ten cold starts beat.'],
  ['Share', 'The stage\u2019s part of the total startup time, as a percentage.'],
];
const anP8 = [
  'Start with the stage that has the largest p90. A stage that is fast at the median but slow at p90 often does disk or network ' +
    'work that only sometimes misses a cache.',
];
const anCaution =
  '<strong>Caution:</strong> Stage names are uploaded as plain text. Never put account names, email addresses, or other user data ' + 'in them.';
const anNext = [
  'Learn how to move work out of startup with the <a href="/topic/performance/deferred-init">deferred initialization guide</a>.',
  'Compare your numbers with the targets in <a href="/topic/performance/targets">App performance targets</a>.',
];
const anTabs = ['Essentials', 'Design & Plan', 'Develop', 'Google Play', 'Community'];
const anLower = ['Guides', 'Reference', 'Samples', 'Design & Quality'];
const anLangs = [
  'English',
  'Deutsch',
  'Espa\u00f1ol \u2013 Am\u00e9rica Latina',
  'Fran\u00e7ais',
  'Indonesia',
  'Portugu\u00eas \u2013 Brasil',
  '\u4e2d\u6587 \u2013 \u7b80\u4f53',
  '\u65e5\u672c\u8a9e',
  '\ud55c\uad6d\uc5b4',
];
const anBook = ['App performance', 'Overview', 'Measure startup', 'App startup time', 'Deferred initialization', 'Baseline Profiles'];
const anCrumbs = ['Android Developers', 'Develop', 'Guides'];
const anCookie = 'developer.android.com uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.';
const anLicence =
  'Content and code samples on this page are subject to the licenses described in the Content License. Java and OpenJDK are ' +
  'trademarks or registered trademarks of Oracle and/or its affiliates.';
const anUpdated = 'Last updated 2025-10-30 UTC.';
const anSocial = [
  ['X', 'Follow @AndroidDev on X'],
  ['YouTube', 'Check out Android Developers on YouTube'],
  ['LinkedIn', 'Connect with the Android Developers community on LinkedIn'],
];
const anBoxes: [string, string[]][] = [
  ['More Android', ['Android', 'Android for Enterprise', 'Security', 'Source', 'News', 'Blog', 'Podcasts']],
  ['Discover', ['Gaming', 'Machine Learning', 'Health & Fitness', 'Camera & Media', 'Privacy', '5G']],
  ['Android Devices', ['Large screens', 'Wear OS', 'ChromeOS devices', 'Android for cars', 'Android TV']],
  ['Support', ['Report platform bug', 'Report documentation bug', 'Google Play support', 'Join research studies']],
];
const anUtility = ['Chrome', 'Firebase', 'Google Cloud Platform', 'All products', 'License', 'Brand guidelines', 'Manage cookies'];
const anPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const anH2 = (t: string, tag = 'h2'): string => `<${tag} id="${t.toLowerCase().replace(/[^a-z]+/g, '-')}" data-text="${t}" tabindex="-1">${t}</${tag}>`;
const anCode = (lang: string, body: string): string => `<div class="devsite-code-wrapper"><devsite-code><pre class="prettyprint lang-${lang}"
translate="no" dir="ltr">${body}</pre></devsite-code></div>`;
const anHtml = `<!doctype html>
<html lang="en" dir="ltr"><head><meta name="google-signin-client-id" content="721724668570-nbkv1cfusk7kk4eni4pjvepaus73b13t.apps.googleusercontent.com">
<meta name="google-signin-scope" content="profile email https://www.googleapis.com/auth/developerprofiles"><meta property="og:site_name"
content="Android Developers">
<meta property="og:type" content="website"><meta name="theme-color" content="#34a853"><meta charset="utf-8"><meta content="IE=Edge"
http-equiv="X-UA-Compatible">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="manifest" href="/_pwa/android/manifest.json" crossorigin="use-credentials">
<link rel="stylesheet" href="https://www.gstatic.com/devrel-devsite/prod/v2a1d2b7b/android/css/app.css"><title>${anTitle} &nbsp;|&nbsp; App quality
&nbsp;|&nbsp;
Android Developers</title><meta property="og:title" content="${anTitle} &nbsp;|&nbsp; App quality &nbsp;|&nbsp; Android Developers">
<meta name="description" content="Record the stages of a cold start on real devices with the Tracelight library.">
<link rel="canonical" href="https://developer.android.com/topic/performance/tracelight"><meta property="og:locale" content="en">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Develop","item":"https://developer.android.com/develop"},{"@type":"ListItem","position":2,"name":"Guides",
"item":"https://developer.android.com/guide"}]}</script></head>
<body class="" template="page" theme="android-theme" type="article" appearance layout="docs" display-toc pending>
<devsite-progress type="indeterminate" id="app-progress"></devsite-progress>
<a href="#main-content" class="skip-link button">Skip to main content</a>
<section class="devsite-wrapper"><devsite-cookie-notification-bar><div class="devsite-snackbar"><div class="devsite-snackbar-snack">
<div class="devsite-snackbar-message">${anCookie}</div><a class="devsite-snackbar-action" href="https://policies.google.com/technologies/cookies">Learn more</a>
<button class="devsite-snackbar-action">OK, got it</button></div></div></devsite-cookie-notification-bar>
<devsite-header role="banner" keep-tabs-visible><div class="devsite-header--inner nocontent"><div class="devsite-top-logo-row-wrapper-wrapper">
<div class="devsite-top-logo-row-wrapper"><div class="devsite-top-logo-row"><button type="button" id="devsite-hamburger-menu" class="devsite-header-icon-button
button-flat material-icons gc-analytics-event" aria-label="Open menu">menu</button><div class="devsite-product-name-wrapper">
<a href="/" class="devsite-site-logo-link"><img src="https://www.gstatic.com/devrel-devsite/prod/v2a1d2b7b/android/images/lockup.svg" class="devsite-site-logo"
alt="Android Developers"></a></div><div class="devsite-top-logo-row-middle"><div class="devsite-header-upper-tabs"><devsite-tabs class="upper-tabs">
<nav class="devsite-tabs-wrapper" aria-label="Upper tabs"><tab class="devsite-dropdown"><a href="https://developer.android.com/get-started"
class="devsite-tabs-content gc-analytics-event">Essentials</a></tab>
${anTabs
  .slice(1)
  .map(
    (t) => `<tab class="devsite-dropdown"><a href="https://developer.android.com/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"
class="devsite-tabs-content gc-analytics-event">${t.replace(/&/g, '&amp;')}</a></tab>`,
  )
  .join('\n')}</nav></devsite-tabs></div>
<devsite-search enable-signin enable-search enable-suggestions project-name="App quality" tenant-name="Android Developers"><form class="devsite-search-form"
action="https://developer.android.com/s/results" method="GET"><div class="devsite-search-container"><input type="text" name="q"
class="devsite-search-field devsite-search-query" placeholder="Search" aria-label="Search"><div class="devsite-search-image material-icons"
aria-hidden="true"></div></div></form></devsite-search></div>
<devsite-language-selector><ul role="presentation">
${anLangs.map((t) => `<li role="presentation"><a role="menuitem" lang="x" href="#">${t}</a></li>`).join('\n')}</ul></devsite-language-selector>
<a class="devsite-header-link devsite-top-button button gc-analytics-event" href="//developer.android.com/studio">Android Studio</a>
<devsite-user enable-profiles id="devsite-user"><span class="button devsite-top-button" aria-hidden="true">Sign in</span></devsite-user></div></div></div>
<div class="devsite-collapsible-section"><div class="devsite-header-background"><div class="devsite-doc-set-nav-row"><devsite-tabs class="lower-tabs">
<nav class="devsite-tabs-wrapper" aria-label="Lower tabs">
${anLower
  .map((t, i) => `<tab${i === 0 ? ' active' : ''}><a href="/${i}" class="devsite-tabs-content gc-analytics-event">${t.replace(/&/g, '&amp;')}</a></tab>`)
  .join('\n')}
</nav></devsite-tabs></div></div></div></div></devsite-header>
<devsite-book-nav scrollbars><div class="devsite-book-nav-filter"><span class="filter-list-icon material-icons" aria-hidden="true"></span>
<input type="text" placeholder="Filter" aria-label="Type to filter" role="searchbox"></div><nav class="devsite-book-nav devsite-nav nocontent"
aria-label="Side menu"><div class="devsite-mobile-header"><div class="devsite-product-name-wrapper"></div></div><ul class="devsite-nav-list" menu="_book">
${anBook
  .map(
    (t) => `<li class="devsite-nav-item"><a href="/topic/performance/${t.length}" class="devsite-nav-title gc-analytics-event"><span
class="devsite-nav-text" tooltip>${t}</span></a></li>`,
  )
  .join('\n')}
<li class="devsite-nav-item devsite-nav-active"><a href="/topic/performance/tracelight" class="devsite-nav-title"><span
class="devsite-nav-text">${anTitle}</span></a></li>
</ul></nav></devsite-book-nav>
<section id="gc-wrapper"><main role="main" id="main-content" class="devsite-main-content" has-book-nav has-sidebar><div class="devsite-sidebar">
<div class="devsite-sidebar-content"><devsite-toc class="devsite-nav" role="navigation" aria-label="On this page" depth="2"
scrollbars></devsite-toc></div></div>
<devsite-content><article class="devsite-article"><div class="devsite-article-meta nocontent" role="navigation"><ul class="devsite-breadcrumb-list"
aria-label="Breadcrumb">
${anCrumbs.map((t) => `<li class="devsite-breadcrumb-item"><a href="/${t.length}" class="devsite-breadcrumb-link gc-analytics-event">${t}</a></li>`).join('\n')}
</ul><devsite-thumb-rating position="header"></devsite-thumb-rating></div>
<devsite-feedback position="header" project-name="App quality" context="" version="t-devsite-webserver-20251028-r00-rc00.472390016227640117"
data-label="Send Feedback Button" track-type="feedback" track-name="sendFeedbackLink"><button>Send feedback</button></devsite-feedback>
<h1 class="devsite-page-title" tabindex="-1">${anTitle}</h1><devsite-bookmark><div class="devsite-bookmark-tooltip">
<span class="devsite-bookmark-title">Stay organized with collections</span><span class="devsite-bookmark-sub">Save and categorize content based on your
preferences.</span></div></devsite-bookmark>
<devsite-toc class="devsite-nav" depth="2" devsite-toc-embedded><ul class="devsite-nav-list"><li class="devsite-nav-item devsite-nav-heading">
<span class="devsite-nav-title">On this page</span></li>
${anH.map((t) => `<li class="devsite-nav-item"><a href="#${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="devsite-nav-title">${t}</a></li>`).join('\n')}
</ul></devsite-toc>
<div class="devsite-article-body clearfix">
${anPs(anP1)}
<aside class="note">${anNote}</aside>
${anH2(anH[0] ?? '')}
${anPs(anP2)}
${anCode(
  'kotlin',
  `dependencies {
    implementation(<span class="str">"androidx.tracelight:tracelight:1.2.0"</span>)
}`,
)}
${anPs(anP3)}
${anH2(anH[1] ?? '')}
${anPs(anP4)}
${anCode(
  'kotlin',
  `<span class="kwd">override fun</span> onCreate(savedInstanceState: Bundle?) {
    <span class="kwd">super</span>.onCreate(savedInstanceState)
    Tracelight.stage(<span class="str">"restore_session"</span>) { sessionStore.restore() }
    Tracelight.stage(<span class="str">"inflate_home"</span>) { setContent { HomeScreen() } }
}`,
)}
${anPs(anP5)}
${anH2(anH[2] ?? '', 'h3')}
${anPs(anP6)}
${anH2(anH[3] ?? '')}
${anPs(anP7)}
<div class="devsite-table-wrapper"><table class="responsive"><thead><tr><th>Column</th><th>Meaning</th></tr></thead><tbody>
${anRows.map(([a, b]) => `<tr><td><code>${a}</code></td><td>${b}</td></tr>`).join('\n')}
</tbody></table></div>
${anPs(anP8)}
<aside class="caution">${anCaution}</aside>
${anH2(anH[4] ?? '')}
<ul>${anNext.map((t) => `<li>${t}</li>`).join('\n')}</ul>
</div><devsite-thumb-rating position="footer"><div class="devsite-thumb-rating" role="form"><div class="devsite-thumb-rating-label">Was this helpful?</div>
</div></devsite-thumb-rating><devsite-feedback position="footer"><button>Send feedback</button></devsite-feedback></article>
<devsite-content-footer class="nocontent"><p>${anLicence}</p><p>${anUpdated}</p></devsite-content-footer></devsite-content></main>
<devsite-footer-linkboxes class="devsite-footer-linkboxes nocontent"><nav class="devsite-footer-sites" aria-label="Social media links">
<ul class="devsite-footer-sites-list">
${anSocial
  .map(
    ([n, d]) => `<li class="devsite-footer-sites-item"><a href="#"><div class="devsite-footer-sites-label">${n}</div><div
class="devsite-footer-sites-description">${d}</div></a></li>`,
  )
  .join('\n')}
</ul></nav><nav class="devsite-footer-linkboxes-list" aria-label="Footer links">
${anBoxes
  .map(
    ([h, items]) => `<li class="devsite-footer-linkbox"><h3 class="devsite-footer-linkbox-heading no-link">${h}</h3><ul class="devsite-footer-linkbox-list">
${links(items, 'devsite-footer-linkbox-item')}</ul></li>`,
  )
  .join('\n')}</nav></devsite-footer-linkboxes>
<devsite-footer-utility class="devsite-footer-utility nocontent"><div class="devsite-footer-utility-list"><ul class="devsite-footer-utility-list">
${links(['Android', ...anUtility], 'devsite-footer-utility-item')}</ul><ul class="devsite-footer-utility-list"><li class="devsite-footer-utility-item">
<span class="devsite-footer-utility-text">Get news and tips by email</span> <a class="devsite-footer-utility-button button" href="/subscribe">Subscribe</a></li>
</ul></div></devsite-footer-utility></section></section>
<script src="https://www.gstatic.com/devrel-devsite/prod/v2a1d2b7b/android/js/devsite_app_module.js" async></script></body></html>`;
export const androidGuide: TestPage = {
  html: anHtml,
  name: 'heldout123-android-developers-docs',
  kind: 'docs',
  // the Note and Caution asides are article text (body, with their "Note:" / "Caution:" lead-ins); table data cells are
  // body; the embedded "On this page" list repeats the headings and is left out; "Last updated" is a byline
  title: anTitle,
  headings: anH,
  body: texts([...anP1, anNote, ...anP2, ...anP3, ...anP4, ...anP5, ...anP6, ...anP7, ...anRows.flat(), ...anP8, anCaution, ...anNext]),
  bylines: [anUpdated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', anCookie, 'Learn more', 'OK, got it', ...anTabs, 'Android Studio', 'Sign in', ...anLangs, ...anLower, ...anBook,
    ...anCrumbs, 'Send feedback', 'Stay organized with collections', 'Save and categorize content based on your preferences.', 'On this page',
    'Was this helpful?', anLicence, ...anSocial.flat(), ...anBoxes.flatMap(([h, items]) => [h, ...items]), 'Android', ...anUtility,
    'Get news and tips by email', 'Subscribe',
  ])],
};
