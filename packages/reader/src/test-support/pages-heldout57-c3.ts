import { links } from './page-kit.js';

/**
 * Held-out batch 57, file c3: the devsite frame of the Android Developers reference page of file c2 (head with JSON-LD
 * breadcrumbs, the header with upper tabs, search, language selector, "Android Studio" and "Sign in", the lower tabs, the book
 * nav with its filter, the article breadcrumbs, rating and bookmark tooltip, the content footer with the licence line and
 * "Last updated", the thumb-rating template, and the footer link boxes), with the furniture texts it adds.
 */
const adTabs = ['Essentials', 'Design & Plan', 'Develop', 'Google Play', 'Community'];
const adLower = ['Android platform', 'Jetpack libraries', 'Compose libraries', 'Google Play services', 'Kotlin'];
const adLangs = [
  'English',
  'Deutsch',
  'Español – América Latina',
  'Français',
  'Indonesia',
  'Polski',
  'Português – Brasil',
  'Tiếng Việt',
  '中文 – 简体',
  '日本語',
  '한국어',
];
const adBook = ['android.os', 'Overview', 'Interfaces', 'Classes', 'BatteryManager', 'Binder', 'Build', 'Bundle', 'Handler', 'Looper', 'Parcel'];
const adBook2 = ['PowerBudget', 'PowerManager', 'Process', 'SystemClock', 'Trace'];
const adBoxes: [string, string[]][] = [
  ['More Android', ['Android', 'Android for Enterprise', 'Security', 'Source', 'News', 'Blog', 'Podcasts']],
  ['Discover', ['Gaming', 'Machine Learning', 'Health & Fitness', 'Camera & Media', 'Privacy', '5G']],
  ['Android Devices', ['Large screens', 'Wear OS', 'ChromeOS devices', 'Android for cars', 'Android TV']],
  ['Releases', ['Android 16', 'Android 15', 'Android 14', 'Android 13', 'Android 12']],
  ['Documentation and Downloads', ['Android Studio guide', 'Developers guides', 'API reference', 'Download Studio', 'Android NDK']],
  ['Support', ['Report platform bug', 'Report documentation bug', 'Google Play support', 'Join research studies']],
];
const adSocial: [string, string][] = [
  ['X', 'Follow @AndroidDev on X'],
  ['YouTube', 'Check out Android Developers on YouTube'],
  ['LinkedIn', 'Connect with the Android Developers community on LinkedIn'],
];
const adUtility = ['Android', 'Chrome', 'Firebase', 'Google Cloud Platform', 'All products'];
const adLegal = ['Privacy', 'License', 'Brand guidelines', 'Manage cookies'];
const adLicence =
  'Content and code samples on this page are subject to the licenses described in the Content License. Java and OpenJDK are ' +
  'trademarks or registered trademarks of Oracle and/or its affiliates.';
const adRating = [
  ['Easy to understand', 'easyToUnderstand', 'thumb-up'],
  ['Solved my problem', 'solvedMyProblem', 'thumb-up'],
  ['Other', 'otherUp', 'thumb-up'],
  ['Missing the information I need', 'missingTheInformationINeed', 'thumb-down'],
  ['Too complicated / too many steps', 'tooComplicatedTooManySteps', 'thumb-down'],
  ['Out of date', 'outOfDate', 'thumb-down'],
  ['Samples / code issue', 'samplesCodeIssue', 'thumb-down'],
];
/** The furniture texts of the frame (entries that are words of the page's body left out). */
// biome-ignore format: packed several to a line to keep the file short
export const adFooter: string[] = [
  'Skip to main content', ...adTabs, 'Android Studio', 'Sign in', ...adLower, ...adLangs, ...adBook, ...adBook2.filter((t) => t === 'Trace'),
  'Android Developers', 'API reference', 'Stay organized with collections', 'Save and categorize content based on your preferences.',
  adLicence, 'Easy to understand', 'Solved my problem', 'Missing the information I need', 'Too complicated / too many steps', 'Out of date',
  'Samples / code issue', ...adSocial.flat(), ...adBoxes.flatMap(([h, l]) => [h, ...l]).filter((t) => !['Android', 'Android 16', 'Releases'].includes(t)),
  ...adUtility.slice(1), ...adLegal, 'Get news and tips by email', 'Subscribe',
];
const tab = (t: string): string =>
  `<tab class="devsite-dropdown"><a href="https://developer.android.com/${t.toLowerCase().replace(/\W+/g, '-')}" class="devsite-tabs-content ` +
  `gc-analytics-event" track-type="nav" track-metadata-position="nav - ${t.toLowerCase()}" track-name="${t.toLowerCase()}">` +
  `${t.replace('&', '&amp;')}</a></tab>`;
const box = ([h, l]: [string, string[]]): string =>
  `<li class="devsite-footer-linkbox"><h3 class="devsite-footer-linkbox-heading no-link">${h}</h3>\n<ul class="devsite-footer-linkbox-list">` +
  `${l.map((t) => `<li class="devsite-footer-linkbox-item"><a href="#" class="gc-analytics-event">${t.replace('&', '&amp;')}</a></li>`).join('')}</ul></li>`;
const adPromos = adSocial.map(([n, t]) => `<li class="devsite-footer-promo"><a href="#">${n}</a><p>${t}</p></li>`).join('');
/** The whole page around the article body. */
export const adPage = (article: string): string => `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta name="google-signin-scope" content="profile email https://www.googleapis.com/auth/developerprofiles">
    <meta property="og:site_name" content="Android Developers">
    <meta property="og:type" content="website"><meta name="theme-color" content="#34a853"><meta charset="utf-8">
    <meta content="IE=Edge" http-equiv="X-UA-Compatible">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="manifest" href="/_pwa/android/manifest.json" crossorigin="use-credentials">
    <link rel="stylesheet" href="https://www.gstatic.com/devrel-devsite/prod/v5f5028bd8220352863507a1bacc6e2ea79a725fd/android/css/app.css">
    <title>PowerBudget &nbsp;|&nbsp; API reference &nbsp;|&nbsp; Android Developers</title>
    <meta property="og:title" content="PowerBudget &nbsp;|&nbsp; API reference &nbsp;|&nbsp; Android Developers">
    <meta property="og:url" content="https://developer.android.com/reference/android/os/PowerBudget"><meta property="og:locale" content="en">
    <script type="application/ld+json">
  {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Android Developers", "item": "https://developer.android.com/"},
      {"@type": "ListItem", "position": 2, "name": "API reference", "item": "https://developer.android.com/reference"}]
  }
    </script>
  </head>
  <body class="color-scheme--light" template="page" theme="android-theme" type="reference" appearance="light" layout="docs" display-toc pending>
    <devsite-progress type="indeterminate" id="app-progress"></devsite-progress>
    <a href="#main-content" class="skip-link button">Skip to main content</a>
    <section class="devsite-wrapper">
      <devsite-cookie-notification-bar></devsite-cookie-notification-bar>
      <devsite-header role="banner" keep-tabs-visible>
        <div class="devsite-header--inner nocontent">
          <div class="devsite-top-logo-row-wrapper-wrapper"><div class="devsite-top-logo-row-wrapper"><div class="devsite-top-logo-row">
            <button type="button" id="devsite-hamburger-menu" class="devsite-header-icon-button button-flat material-icons gc-analytics-event" \
data-category="Site-Wide Custom Events" data-label="Navigation menu button" visually-hidden aria-label="Open menu"></button>
            <div class="devsite-product-name-wrapper"><a href="/" class="devsite-site-logo-link gc-analytics-event"><img \
src="https://www.gstatic.com/devrel-devsite/prod/android/images/lockup.svg" class="devsite-site-logo" alt="Android Developers"></a></div>
            <div class="devsite-top-logo-row-middle">
              <div class="devsite-header-upper-tabs"><devsite-tabs class="upper-tabs"><nav class="devsite-tabs-wrapper" aria-label="Upper tabs">
${adTabs.map(tab).join('\n')}
              </nav></devsite-tabs></div>
              <devsite-search enable-signin enable-search enable-suggestions project-name="API reference" tenant-name="Android Developers">
                <form class="devsite-search-form" action="https://developer.android.com/s/results" method="GET"><div class="devsite-search-container">
                  <button type="button" search-open class="devsite-search-button devsite-header-icon-button button-flat material-icons" \
aria-label="Open search"></button>
                  <div class="devsite-searchbox"><input aria-label="Search" class="devsite-search-field devsite-search-query" name="q" \
placeholder="Search" role="combobox" type="text" value=""><div class="devsite-search-shortcut-icon-container" aria-hidden="true"><kbd \
class="devsite-search-shortcut-icon">/</kbd></div></div></div></form>
              </devsite-search>
            </div>
            <devsite-appearance-selector></devsite-appearance-selector>
            <devsite-language-selector><ul role="presentation">
${adLangs.map((l) => `<li role="presentation"><a role="menuitem" href="#" lang="${l.slice(0, 2)}">${l}</a></li>`).join('')}
            </ul></devsite-language-selector>
            <a class="devsite-header-link devsite-top-button button gc-analytics-event" href="//developer.android.com/studio">Android Studio</a>
            <devsite-user enable-profiles id="devsite-user"><span class="button devsite-top-button" aria-hidden="true" visible>Sign in</span></devsite-user>
          </div></div></div>
          <div class="devsite-collapsible-section"><div class="devsite-header-background"><div class="devsite-doc-set-nav-row">
            <devsite-tabs class="lower-tabs"><nav class="devsite-tabs-wrapper" aria-label="Lower tabs">${adLower.map(tab).join('\n')}</nav></devsite-tabs>
          </div></div></div>
        </div>
      </devsite-header>
      <devsite-book-nav scrollbars>
        <div class="devsite-book-nav-filter"><span class="filter-list-icon material-icons" aria-hidden="true"></span>
          <input type="text" placeholder="Filter" aria-label="Type to filter" role="searchbox"></div>
        <nav class="devsite-book-nav devsite-nav nocontent" aria-label="Side menu"><ul class="devsite-nav-list" menu="_book">
${[...adBook, ...adBook2]
  .map(
    (t) => `<li class="devsite-nav-item"><a href="/reference/android/os/${t}" class="devsite-nav-title"><span class="devsite-nav-text" \
tooltip>${t}</span></a></li>`,
  )
  .join('\n')}
        </ul></nav>
      </devsite-book-nav>
      <section id="gc-wrapper">
        <main role="main" id="main-content" class="devsite-main-content" has-book-nav has-sidebar>
          <div class="devsite-sidebar"><div class="devsite-sidebar-content">
            <devsite-toc class="devsite-nav" role="navigation" aria-label="On this page" depth="2" scrollbars></devsite-toc>
          </div></div>
          <devsite-content>
            <article class="devsite-article">
              <div class="devsite-article-meta nocontent" role="navigation">
                <ul class="devsite-breadcrumb-list">
                  <li class="devsite-breadcrumb-item"><a href="https://developer.android.com/" class="devsite-breadcrumb-link gc-analytics-event" \
data-category="Site-Wide Custom Events" data-label="Breadcrumbs" data-value="1">Android Developers</a></li>
                  <li class="devsite-breadcrumb-item"><div class="devsite-breadcrumb-guillemet material-icons" aria-hidden="true"></div><a \
href="https://developer.android.com/develop" class="devsite-breadcrumb-link gc-analytics-event">Develop</a></li>
                  <li class="devsite-breadcrumb-item"><div class="devsite-breadcrumb-guillemet material-icons" aria-hidden="true"></div><a \
href="https://developer.android.com/reference" class="devsite-breadcrumb-link gc-analytics-event">API reference</a></li>
                </ul>
                <devsite-thumb-rating position="header"></devsite-thumb-rating>
              </div>
              <devsite-feature-tooltip ack-key="AckCollectionsBookmarkTooltipDismiss" class="devsite-page-bookmark-tooltip nocontent" \
dismiss-button="true" id="devsite-collections-dropdown" dismiss-button-text="Dismiss" close-button-text="Got it">
                <devsite-bookmark></devsite-bookmark>
                <span slot="popout-heading">Stay organized with collections</span>
                <span slot="popout-contents">Save and categorize content based on your preferences.</span>
              </devsite-feature-tooltip>
              <devsite-toc class="devsite-nav" depth="2" devsite-toc-embedded></devsite-toc>
              ${article}
              <devsite-content-footer class="nocontent">
                <p>${adLicence.replace('Content License', '<a href="/license">Content License</a>')}</p>
                <p>Last updated 2025-11-18 UTC.</p>
              </devsite-content-footer>
              <devsite-notification></devsite-notification>
              <div class="devsite-content-data"><template class="devsite-thumb-rating-feedback">
[[${adRating
  .slice(0, 3)
  .map((r) => JSON.stringify(r))
  .join(',')}],[${adRating
  .slice(3)
  .map((r) => JSON.stringify(r))
  .join(',')},\
["Other","otherDown","thumb-down"]],["Last updated 2025-11-18 UTC."],[],[]]
              </template></div>
            </article>
          </devsite-content>
        </main>
        <devsite-footer-linkboxes class="devsite-footer-linkboxes nocontent">
          <nav class="devsite-footer-promos"><ul>${adPromos}</ul></nav>
          <ul class="devsite-footer-linkboxes-list">${adBoxes.map(box).join('\n')}</ul>
        </devsite-footer-linkboxes>
        <devsite-footer-utility class="devsite-footer-utility nocontent">
          <nav class="devsite-footer-sites"><ul>${links(adUtility, 'devsite-footer-sites-item')}</ul></nav>
          <nav class="devsite-footer-utility-links"><ul>${links(adLegal, 'devsite-footer-utility-item')}</ul></nav>
          <div class="devsite-footer-utility-button"><span class="devsite-footer-utility-description">Get news and tips by email</span>
            <a class="button button-white" href="https://developer.android.com/newsletter">Subscribe</a></div>
          <devsite-language-selector><select aria-label="Select your language preference."><option>English</option></select></devsite-language-selector>
        </devsite-footer-utility>
      </section>
    </section>
    <devsite-sitemask></devsite-sitemask>
    <devsite-snackbar></devsite-snackbar>
    <devsite-tooltip></devsite-tooltip>
  </body>
</html>`;
