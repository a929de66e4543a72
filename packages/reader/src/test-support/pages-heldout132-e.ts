import { links, plain, type TestPage, texts } from './page-kit.js';
import { intercomArticle } from './pages-heldout132-e2.js';

/**
 * Held-out batch 132, file e: an Android Developers guide page (Google DevSite: the cookie snackbar, devsite-header
 * with the upper tabs and their hidden dropdown menus, search, the language menu, the "Android Studio" and "Sign in"
 * buttons and the lower tabs, the book nav with its filter box and a heading item, the devsite-toc "On this page" rail,
 * the breadcrumb and thumb rating above the title, the bookmark tooltip, the "Try the Compose way" banner at the top of
 * the article body, Kotlin / Java code selector tabs, note and caution asides, the footer thumb rating, the content
 * footer with its licence sentence and "Last updated" line, the footer promos, link boxes and utility row) and, from
 * file e2, an Intercom help center article.
 */
const gTitle = 'Add badges to navigation items';
const gP1 = [
  `A badge is a small marker drawn on top of a navigation item to show that something inside needs attention: a number
of unread messages, or a dot that says there is something new. Badges work with <code>BottomNavigationView</code>,
<code>NavigationRailView</code> and tabs in a <code>TabLayout</code>.`,
  `This page shows how to create a badge, keep its number up to date, and describe it to accessibility services.`,
];
const gH1 = 'Create a badge';
const gP2 = [
  `Call <code>getOrCreateBadge()</code> with the menu item ID to attach a badge to an item. The call returns the existing
badge if there is one, so it is safe to call every time the data changes:`,
  `A new badge is visible and shows a dot until you give it a number. Badges take their colors from the
<code>colorError</code> and <code>colorOnError</code> theme attributes, so they match the rest of your app without
extra styling.`,
];
const gH2 = 'Update the count';
const gP3 = [
  `Set <code>number</code> on the badge to show a count. Numbers larger than the badge’s maximum are shortened with a
plus sign; the default maximum is 999, which you can change with <code>maxNumber</code>.`,
  `Update the badge from the same place that updates your data, such as an observer of a <code>StateFlow</code> in the
activity or fragment that owns the navigation view. Avoid updating it from a background thread; badges are views and
must be changed on the main thread.`,
];
const gNote = `<strong>Note:</strong> Setting <code>number</code> to 0 does not hide the badge. It shows a dot. Use
<code>isVisible = false</code> or remove the badge when there is nothing to show.`;
const gH3 = 'Make badges accessible';
const gP4 = [
  `Screen readers announce a badge as part of the navigation item it sits on. By default they read the number followed
by a generic description. Give the badge a description that says what the number counts:`,
];
const gList = [
  'Use <code>setContentDescriptionQuantityStringsResource()</code> to provide a plural string such as “3 unread messages”.',
  'Use <code>setContentDescriptionNumberless()</code> for the text read when the badge shows a dot.',
  'Use <code>setContentDescriptionExceedsMaxBadgeNumberStringResource()</code> for counts above the maximum.',
];
const gCaution = `<strong>Caution:</strong> Don’t rely on color alone to show that an item needs attention. Some users
cannot tell the badge color apart from the icon behind it, so always pair the badge with a description.`;
const gH4 = 'Remove a badge';
const gP5 = [
  `When the user has seen what the badge pointed to, call <code>removeBadge()</code> with the item ID. Removing a badge
frees the drawable; if you expect to show it again soon, hide it with <code>isVisible</code> instead.`,
];
const gCookie = 'developer.android.com uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.';
const gTabs = ['Essentials', 'Design & Plan', 'Develop', 'Google Play', 'Community'];
const gDrop = ['Core areas', 'Android Studio', 'Kotlin', 'Jetpack libraries', 'Compose libraries', 'Samples'];
const gLangs = ['English', 'Deutsch', 'Español – América Latina', 'Français', 'Indonesia', 'Português – Brasil', '日本語', '한국어'];
const gLower = ['Get started', 'UI', 'Background work', 'Data and files', 'Connectivity'];
const gBook = ['Views', 'Layouts', 'Navigation', 'Bottom navigation', 'Navigation rail', 'Tabs', 'Menus', 'App bars'];
const gCrumbs = ['Android Developers', 'Develop', 'Core areas', 'UI', 'Views'];
const gCompose = ['Try the Compose way', 'Jetpack Compose is the recommended UI toolkit for Android. Learn how to add badges in Compose.', 'Badges in Compose'];
const gLicence = `Content and code samples on this page are subject to the licenses described in the Content License. Java and
OpenJDK are trademarks or registered trademarks of Oracle and/or its affiliates.`;
const gPromos = [
  ['X', 'Follow @AndroidDev on X'],
  ['YouTube', 'Check out Android Developers on YouTube'],
  ['LinkedIn', 'Connect with the Android Developers community on LinkedIn'],
];
const gBoxes: [string, string[]][] = [
  ['More Android', ['Android', 'Android for Enterprise', 'Security', 'Source', 'News', 'Blog', 'Podcasts']],
  ['Discover', ['Gaming', 'Machine Learning', 'Health & Fitness', 'Camera & Media', 'Privacy', '5G']],
  ['Android Devices', ['Large screens', 'Wear OS', 'ChromeOS devices', 'Android for cars', 'Android TV']],
  ['Support', ['Report platform bug', 'Report documentation bug', 'Google Play support', 'Join research studies']],
];
const gUtil = ['Android', 'Chrome', 'Firebase', 'Google Cloud Platform', 'All products', 'Privacy', 'License', 'Brand guidelines', 'Manage cookies'];
const gPs = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const gH = (id: string, t: string): string => `<h2 id="${id}" data-text="${t}" tabindex="-1">${t}</h2>`;
const gCode = (kt: string, java: string): string => `<devsite-selector active="kotlin"><devsite-tabs class="lower-tabs" connected="kotlin"><nav
class="devsite-tabs-wrapper" aria-label="Tabs"><tab active><a href="#kotlin" role="tab" aria-selected="true">Kotlin</a></tab><tab><a href="#java"
role="tab" aria-selected="false">Java</a></tab></nav></devsite-tabs><section active tab="kotlin" role="tabpanel"><devsite-code><pre class="prettyprint
lang-kotlin" translate="no" dir="ltr"><code translate="no" dir="ltr">${kt}</code></pre></devsite-code></section><section tab="java" role="tabpanel"
hidden><devsite-code><pre class="prettyprint lang-java" translate="no" dir="ltr"><code translate="no" dir="ltr">${java}</code></pre></devsite-code>
</section></devsite-selector>`;
const gThumbs = (pos: string): string => `<devsite-thumb-rating position="${pos}"><div class="devsite-thumb-rating" role="form"
aria-labelledby="devsite-thumb-label-${pos}"><div class="devsite-thumb-rating-label" id="devsite-thumb-label-${pos}">Was this helpful?</div>
<div class="devsite-thumbs"><button class="devsite-thumb devsite-thumb-up" data-title="Helpful" aria-label="Helpful"></button><button
class="devsite-thumb devsite-thumb-down" data-title="Not helpful" aria-label="Not helpful"></button></div></div></devsite-thumb-rating>`;
const gHtml = `<!doctype html>
<html lang="en" dir="ltr"><head><meta name="google-signin-client-id" content="721724668570-nbkv1cfusk7kk4eni4pjvepaus73b13t.apps.googleusercontent.com">
<meta name="google-signin-scope" content="profile email"><meta property="og:site_name" content="Android Developers"><meta property="og:type" content="website">
<meta name="theme-color" content="#34a853"><meta charset="utf-8"><meta content="IE=Edge" http-equiv="X-UA-Compatible">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.gstatic.com/devrel-devsite/prod/v0e4e2f/android/css/app.css">
<title>${gTitle} &nbsp;|&nbsp; Views &nbsp;|&nbsp; Android Developers</title><meta property="og:title" content="${gTitle} &nbsp;|&nbsp; Views">
<meta property="og:url" content="https://developer.android.com/develop/ui/views/components/badges"><meta property="og:locale" content="en">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", "headline": "${gTitle}"}</script>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem",
"position": 1, "name": "Views", "item": "https://developer.android.com/develop/ui/views"}]}</script></head>
<body class="" template="page" theme="android-theme" type="article" appearance="light" layout="docs" display-toc ready>
<devsite-progress type="indeterminate" id="app-progress"></devsite-progress><section class="devsite-wrapper">
<devsite-cookie-notification-bar><div class="devsite-snackbar" role="alert"><div class="devsite-snackbar-message">${gCookie}
<a href="https://policies.google.com/technologies/cookies" target="_blank" rel="noopener">Learn more</a></div><button class="devsite-snackbar-action">
OK, got it</button></div></devsite-cookie-notification-bar>
<devsite-header role="banner" keep-tabs-visible><div class="devsite-header--inner nocontent"><div class="devsite-top-logo-row-wrapper-wrapper">
<div class="devsite-top-logo-row-wrapper"><div class="devsite-top-logo-row"><button type="button" id="devsite-hamburger-menu" class="devsite-header-icon-button
button-flat material-icons gc-analytics-event" data-category="Site-Wide Custom Events" aria-label="Open menu"></button>
<div class="devsite-product-name-wrapper">
<a href="/" class="devsite-site-logo-link gc-analytics-event"><img src="https://www.gstatic.com/devrel-devsite/prod/v0e4e2f/android/images/lockup.svg"
class="devsite-site-logo" alt="Android Developers"></a></div><div class="devsite-top-logo-row-middle"><div class="devsite-header-upper-tabs">
<devsite-tabs class="upper-tabs"><nav class="devsite-tabs-wrapper" aria-label="Upper tabs">
${gTabs
  .map(
    (t) => `<tab class="devsite-dropdown${t === 'Develop' ? ' devsite-active' : ''}"><a href="/${t.length}" class="devsite-tabs-content
gc-analytics-event">${t.replace('&', '&amp;')}</a>${
      t === 'Develop'
        ? `<button aria-haspopup="menu" aria-expanded="false" aria-label="Dropdown menu for
Develop" class="devsite-tabs-dropdown-toggle devsite-icon devsite-icon-arrow-drop-down"></button><div class="devsite-tabs-dropdown" role="menu"
aria-label="submenu" hidden><div class="devsite-tabs-dropdown-content"><ul class="devsite-tabs-dropdown-section">${links(gDrop, 'devsite-nav-item')}</ul>
</div></div>`
        : ''
    }</tab>`,
  )
  .join('\n')}</nav></devsite-tabs></div><devsite-search enable-signin enable-search enable-suggestions
tenant-name="Android Developers" project-name="Views"><form class="devsite-search-form" action="https://developer.android.com/s/results" method="GET">
<div class="devsite-search-container"><button type="button" search-open class="devsite-search-button devsite-header-icon-button button-flat material-icons"
aria-label="Open search"></button><div class="devsite-searchbox"><input aria-activedescendant="" aria-autocomplete="list" aria-label="Search"
aria-expanded="false" aria-haspopup="listbox" autocomplete="off" class="devsite-search-field devsite-search-query" name="q" placeholder="Search"
role="combobox" type="text" value=""></div></div></form></devsite-search></div><devsite-language-selector><ul role="presentation">
${gLangs.map((t) => `<li role="presentation"><a role="menuitem" lang="x" dir="ltr" href="#">${t}</a></li>`).join('')}</ul></devsite-language-selector>
<a class="devsite-header-link devsite-top-button button gc-analytics-event button-with-icon" href="/studio">Android Studio</a>
<devsite-user enable-profiles id="devsite-user"><span class="button devsite-top-button" aria-hidden="true" visually-hidden>Sign in</span></devsite-user>
</div></div></div><div class="devsite-collapsible-section"><div class="devsite-header-background"><div class="devsite-product-id-row"><div
class="devsite-product-description-row"><div class="devsite-product-id"><span class="devsite-product-title">Views</span></div></div></div>
<div class="devsite-doc-set-nav-row"><devsite-tabs class="lower-tabs"><nav class="devsite-tabs-wrapper" aria-label="Lower tabs">
${gLower
  .map((t) => `<tab${t === 'UI' ? ' active' : ''}><a href="/develop/${t.length}" class="devsite-tabs-content gc-analytics-event">${t}</a></tab>`)
  .join('')}</nav></devsite-tabs></div></div></div></div></devsite-header>
<devsite-book-nav scrollbars><div class="devsite-book-nav-filter"><span class="filter-list-icon material-icons" aria-hidden="true"></span>
<input type="text" placeholder="Filter" aria-label="Type to filter" role="searchbox"></div><nav class="devsite-book-nav devsite-nav nocontent"
aria-label="Side menu"><div class="devsite-book-nav-wrapper"><ul class="devsite-nav-list" menu="_book"><li class="devsite-nav-item devsite-nav-heading">
<div class="devsite-nav-title devsite-nav-title-no-path"><span class="devsite-nav-text">Components</span></div></li>
${links(gBook, 'devsite-nav-item')}<li class="devsite-nav-item devsite-nav-active"><a href="/develop/ui/views/components/badges" class="devsite-nav-title
gc-analytics-event"><span class="devsite-nav-text">Badges</span></a></li></ul></div></nav></devsite-book-nav>
<section id="gc-wrapper"><main role="main" class="devsite-main-content" has-book-nav has-sidebar><div class="devsite-sidebar"><div
class="devsite-sidebar-content"><devsite-toc class="devsite-nav" role="navigation" aria-label="On this page" depth="2" scrollbars visible>
<ul class="devsite-nav-list"><li class="devsite-nav-item devsite-nav-heading devsite-toc-toggle"><span class="devsite-nav-title" role="heading"
aria-level="2"><span class="devsite-nav-text">On this page</span></span></li><li class="devsite-nav-item"><a href="#create" class="devsite-nav-title">
<span class="devsite-nav-text">${gH1}</span></a></li><li class="devsite-nav-item"><a href="#update"><span class="devsite-nav-text">${gH2}</span></a></li>
<li class="devsite-nav-item"><a href="#accessibility"><span class="devsite-nav-text">${gH3}</span></a></li><li class="devsite-nav-item"><a
href="#remove"><span class="devsite-nav-text">${gH4}</span></a></li></ul></devsite-toc></div></div>
<devsite-content><article class="devsite-article"><div class="devsite-article-meta nocontent" role="navigation"><ul class="devsite-breadcrumb-list">
${gCrumbs
  .map(
    (t, i) =>
      `<li class="devsite-breadcrumb-item">${
        i > 0 ? '<div class="devsite-breadcrumb-guillemet material-icons" aria-hidden="true">' + '</div>' : ''
      }<a href="/${i}" class="devsite-breadcrumb-link gc-analytics-event">${t}</a></li>`,
  )
  .join('\n')}</ul>${gThumbs('header')}</div>
<devsite-feature-tooltip ack-key="AckCollectionsBookmarkTooltipDismiss" analytics-category="Site-Wide Custom Events"
close-button-text="Got it"><devsite-bookmark></devsite-bookmark><span slot="popout-heading">Stay organized with collections</span>
<span slot="popout-contents">Save and categorize content based on your preferences.</span></devsite-feature-tooltip>
<h1 class="devsite-page-title" tabindex="-1">${gTitle}</h1><devsite-toc class="devsite-nav" depth="2" devsite-toc-embedded></devsite-toc>
<div class="devsite-article-body clearfix"><div class="compose-banner"><div class="compose-banner-content"><p class="compose-banner-title">${gCompose[0]}</p>
<p>${gCompose[1]}</p><a class="button button-primary compose-banner-button" href="/develop/ui/compose/components/badges">${gCompose[2]}
<span class="material-icons" aria-hidden="true">arrow_forward</span></a></div></div>
${gPs(gP1)}
${gH('create', gH1)}
${gPs(gP2.slice(0, 1))}
${gCode(
  'val badge = bottomNavigation.getOrCreateBadge(R.id.inbox)\nbadge.isVisible = true',
  'BadgeDrawable badge = bottomNavigation.getOrCreateBadge(R.id.inbox);\nbadge.setVisible(true);',
)}
${gPs(gP2.slice(1))}
${gH('update', gH2)}
${gPs(gP3)}
<aside class="note">${gNote}</aside>
${gH('accessibility', gH3)}
${gPs(gP4)}
<ul>${gList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<aside class="caution">${gCaution}</aside>
${gH('remove', gH4)}
${gPs(gP5)}
${gCode('bottomNavigation.removeBadge(R.id.inbox)', 'bottomNavigation.removeBadge(R.id.inbox);')}
</div>${gThumbs('footer')}</article><devsite-content-footer class="nocontent"><p>${gLicence.replace(
  'Content License',
  '<a href="/license">Content License</a>',
)}</p><p>Last updated 2025-09-18 UTC.</p></devsite-content-footer></devsite-content></main>
<devsite-footer-promos class="devsite-footer"><nav class="devsite-footer-promos nocontent" aria-label="Promotions"><ul class="devsite-footer-promos-list">
${gPromos
  .map(
    ([t, d]) => `<li class="devsite-footer-promo"><a href="#" class="devsite-footer-promo-title gc-analytics-event">${t}</a><div
class="devsite-footer-promo-description">${d}</div></li>`,
  )
  .join('\n')}</ul></nav></devsite-footer-promos>
<devsite-footer-linkboxes class="devsite-footer"><nav class="devsite-footer-linkboxes nocontent" aria-label="Footer links">
<ul class="devsite-footer-linkboxes-list">
${gBoxes
  .map(
    ([h, l]) => `<li class="devsite-footer-linkbox"><h3 class="devsite-footer-linkbox-heading no-link">${h}</h3><ul class="devsite-footer-linkbox-list">
${links(l, 'devsite-footer-linkbox-item')}</ul></li>`,
  )
  .join('\n')}</ul></nav></devsite-footer-linkboxes>
<devsite-footer-utility class="devsite-footer"><div class="devsite-footer-utility nocontent"><nav class="devsite-footer-sites" aria-label="Other Google
Developers websites"><ul class="devsite-footer-sites-list">${links(gUtil.slice(0, 5), 'devsite-footer-sites-item')}</ul></nav><nav
class="devsite-footer-utility-links" aria-label="Utility links"><ul class="devsite-footer-utility-list">${links(gUtil.slice(5), 'devsite-footer-utility-item')}
<li class="devsite-footer-utility-item devsite-footer-utility-button"><span class="devsite-footer-utility-description">Get news and tips by email</span>
<a class="devsite-footer-utility-link gc-analytics-event" href="/subscribe">Subscribe</a></li></ul></nav></div></devsite-footer-utility>
</section></section><devsite-sitemask></devsite-sitemask><devsite-snackbar></devsite-snackbar><devsite-tooltip></devsite-tooltip>
<script src="https://www.gstatic.com/devrel-devsite/prod/v0e4e2f/android/js/devsite_app_module.js" type="module"></script></body></html>`;
const android: TestPage = {
  html: gHtml,
  name: 'heldout132-android-developers-guide',
  kind: 'docs',
  // the "Try the Compose way" banner at the top of the article body is furniture; note and caution asides are body
  // with their bold labels; the Kotlin / Java selector tab labels are furniture and code in neither list; the
  // devsite-toc "On this page" list, which repeats the headings, is left out
  title: gTitle,
  headings: [gH1, gH2, gH3, gH4],
  body: [...texts(gP1), ...texts(gP2), ...texts(gP3), plain(gNote), ...texts(gP4), ...texts(gList), plain(gCaution), ...texts(gP5)],
  bylines: ['Last updated 2025-09-18 UTC.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    gCookie, 'Learn more', 'OK, got it', ...gTabs, ...gDrop, 'Search', ...gLangs, 'Sign in', 'Views', ...gLower, 'Components', ...gBook, 'Badges',
    'On this page', ...gCrumbs, 'Was this helpful?', 'Stay organized with collections', 'Save and categorize content based on your preferences.',
    ...gCompose, 'Kotlin', 'Java', plain(gLicence), ...gPromos.flat(), ...gBoxes.flatMap(([h, l]) => [h, ...l]), ...gUtil,
    'Get news and tips by email', 'Subscribe',
  ],
};

export const HELDOUT132_E: readonly TestPage[] = [android, intercomArticle];
