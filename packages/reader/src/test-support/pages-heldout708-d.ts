import { links, plain, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout708-kit.js';

/**
 * Held-out batch 708, file d: a contactless-fares help page of a transit agency's site on Drupal 10 (custom theme with a site
 * alert, utility and main menus, system breadcrumb, text-formatted body with an ordered list, a table with a caption and a
 * callout paragraph, FAQ paragraphs as details / summary, a "Last reviewed" field, a helpfulness form and a section menu),
 * and a tutorial on a documentation site built like Microsoft Learn (site header, breadcrumbs and page actions, article
 * metadata with the date and contributors, table of contents, code headers with Copy buttons, alerts, a next-step button,
 * the "In this article" outline, additional resources and the feedback section).
 */
const dTitle = 'Pay your fare with a contactless card or phone';
const dIntro = j(
  'You can pay for bus, tram and ferry trips across the Calder Valley network by tapping a contactless bank card, or a phone or',
  'watch with a digital wallet, on the reader when you board. You do not need to buy a ticket or register your card.',
);
const dSteps = [
  'Tap your card or device on the yellow reader when you board. On trams and ferries, the readers are on the platform or at the gangway.',
  'Wait for the green light and a single beep. Two beeps and a red light mean your tap did not work.',
  'On trams and ferries, tap again when you get off so we can charge the right fare. On buses you only tap once.',
];
const dCapIntro = j(
  'We add up your trips and never charge more than the price of a day or week pass for the zones you travelled in. The week runs',
  'from Monday to Sunday.',
);
const dTable = [
  ['Zones travelled', 'Daily cap', 'Weekly cap'],
  ['Zone 1 only', '$6.50', '$26.00'],
  ['Zones 1 and 2', '$9.00', '$36.00'],
  ['All zones', '$12.50', '$50.00'],
];
const dCallout = j(
  'Use the same card or device for every tap. If you tap with your phone one day and with the card in your wallet the next, we see',
  'them as two different cards and your trips will not count towards the same cap.',
);
const dCheck = j(
  'Trips appear on your bank statement as a single charge from CVT FARES, usually the morning after you travel. To see each trip,',
  'create a TapAccount with the same card on our website or in the CVT Go app.',
);
const dFaq: [string, string][] = [
  [
    'I forgot to tap off. What happens?',
    'You will be charged the maximum fare for that line. If you contact us within 14 days, we will refund the difference.',
  ],
  ['Can two people travel on one card?', 'No. Each person needs their own card or device, because a card can only pay one fare per trip.'],
  [
    'Do concession fares work with contactless?',
    j(
      'Not yet. Seniors, students and people with a Calder Access card should keep using their TapCard for now. We will let you know',
      'when concessions move to contactless.',
    ),
  ],
];
const dHeads = ['How it works', 'Daily and weekly fare caps', 'Checking your trips and charges', 'Frequently asked questions'];
const dUtil = ['Service alerts', 'Trip planner', 'Contact us'];
const dNav = ['Plan a trip', 'Fares & tickets', 'Routes & maps', 'Accessibility', 'About CVT'];
const dSide = ['Fares', 'Contactless payment', 'TapCard', 'Concession fares', 'Refunds', 'Lost property'];
const dFoot = ['Privacy', 'Accessibility statement', 'Title VI', 'Careers', 'Board meetings'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<meta name="description" content="Tap a contactless bank card or phone to pay for buses, trams and ferries, with daily and weekly fare caps.">
<link rel="canonical" href="https://www.caldertransit.example/fares/contactless"><meta property="og:site_name" content="Calder Valley Transit">
<meta property="og:type" content="article"><meta property="og:title" content="${dTitle}"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true"><meta name="viewport" content="width=device-width,
initial-scale=1.0">
<link rel="icon" href="/themes/custom/cvt/favicon.ico" type="image/vnd.microsoft.icon"><title>${dTitle} | Calder Valley Transit</title>
<link rel="stylesheet" media="all"
href="/sites/default/files/css/css_Qm2v8Xr0c1YfT7bqZ4l9sV_kP3xNaW.css?delta=0&amp;language=en&amp;theme=cvt&amp;include=eJxtjEE">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/1184",
"currentPathIsAdmin":false,"isFront":false,"currentLanguage":"en"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,
"ajaxTrustedUrl":{"form_action_p_pvdeGsVG5zNF_XLGPTvYSKCf43t8qZYSwcfZl2uzM":true},"user":{"uid":0,"permissionsHash":"7c1e0a"}}</script>
<script src="/sites/default/files/js/js_bG4r2Vw8t0x.js?scope=header&amp;delta=0&amp;language=en&amp;theme=cvt"></script></head>
<body class="path-node page-node-type-help-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<div class="region region-alert"><div id="block-cvt-sitealert" class="block block-site-alert block-site-alert-block"><div class="site-alert"
role="alert" aria-live="polite"><div class="site-alert__level site-alert__level--medium"><div class="text"><p><strong>Service alert:</strong> Line 4 trams are
replaced by buses between Mill Road and Eastgate this weekend. <a href="/alerts">See all service alerts</a></p></div></div></div></div></div>
<header role="banner" class="site-header"><div class="region region-header">
<nav role="navigation" aria-labelledby="block-cvt-utility-menu" id="block-cvt-utility" class="block block-menu navigation menu--utility"><h2
class="visually-hidden" id="block-cvt-utility-menu">Utility menu</h2><ul class="menu">${links(dUtil, 'menu-item')}</ul></nav>
<div id="block-cvt-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img
src="/themes/custom/cvt/logo.svg" alt="Home" fetchpriority="high"></a><div class="site-name"><a href="/" rel="home">Calder Valley Transit</a></div></div>
<div class="gtranslate-wrapper" id="block-gtranslate"><label class="visually-hidden" for="gt-select">Translate this page</label><select id="gt-select"
class="notranslate"><option value="">Select Language</option><option value="es">Español</option><option value="vi">Tiếng Việt</option></select></div>
<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-cvt-search" role="search"><form
action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item js-form-type-search
form-type-search js-form-item-keys form-item-keys form-no-label"><label for="edit-keys" class="visually-hidden">Search</label><input title="Enter the
terms you wish to search for." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128"
class="form-search"></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input
data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search" class="button js-form-submit form-submit"></div></form></div>
<nav role="navigation" aria-labelledby="block-cvt-main-menu-menu" id="block-cvt-main-menu" class="block block-menu navigation menu--main"><h2
class="visually-hidden" id="block-cvt-main-menu-menu">Main navigation</h2><ul class="menu">${links(dNav, 'menu-item menu-item--expanded')}</ul></nav>
</div></header>
<div class="region region-breadcrumb"><div id="block-cvt-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb"
role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li>
<li><a href="/fares">Fares &amp; tickets</a></li></ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-cvt-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title
field--type-string field--label-hidden">${dTitle}</span></h1></div>
<div id="block-cvt-content" class="block block-system block-system-main-block"><article data-history-node-id="1184" class="node node--type-help-page
node--view-mode-full"><div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>${dIntro}</p>
<h2>${at(dHeads, 0)}</h2>
<ol>${lis(dSteps)}</ol>
<h2>${at(dHeads, 1)}</h2>
<p>${dCapIntro}</p>
<figure class="table"><table><caption>Fare caps from January 1, 2027</caption><thead><tr>${(dTable[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead>
<tbody>${dTable
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table></figure>
<div class="callout callout--warning" role="note"><p>${dCallout}</p></div>
<h2>${at(dHeads, 2)}</h2>
<p>${dCheck.replace('TapAccount', '<a href="/tapaccount">TapAccount</a>')}</p></div>
<div class="field field--name-field-faq field--type-entity-reference-revisions field--label-above"><h2 class="field__label">${at(dHeads, 3)}</h2>
<div class="field__items">${dFaq
  .map(
    ([q, a], i) => `<div class="field__item"><div class="paragraph paragraph--type--faq-item paragraph--view-mode--default" id="faq-${i + 1}"><details
class="faq-item"><summary class="faq-item__question">${q}</summary><div class="clearfix text-formatted field field--name-field-answer
field--type-text-long field--label-hidden field__item"><p>${a}</p></div></details></div></div>`,
  )
  .join('\n')}</div></div>
<div class="field field--name-field-last-reviewed field--type-datetime field--label-inline clearfix"><div class="field__label">Last reviewed</div><div
class="field__item"><time datetime="2027-02-18T12:00:00Z" class="datetime">February 18, 2027</time></div></div>
</div></article></div>
<div id="block-cvt-helpfulness" class="block block-helpfulness"><form class="helpfulness-form" data-drupal-selector="helpfulness-form"
action="/fares/contactless" method="post" id="helpfulness-form" accept-charset="UTF-8"><fieldset class="js-form-item form-item
js-form-wrapper form-wrapper"><legend><span class="fieldset-legend">Was this page helpful?</span></legend><div class="fieldset-wrapper"><button
type="submit" name="helpful" value="1" class="button">Yes</button><button type="submit" name="helpful" value="0" class="button">No</button></div></fieldset>
</form></div></div></div>
<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first"><nav role="navigation"
aria-labelledby="block-cvt-faresmenu-menu" id="block-cvt-faresmenu" class="block block-menu navigation menu--main"><h2
id="block-cvt-faresmenu-menu">Fares &amp; tickets</h2><ul class="menu">${links(dSide, 'menu-item')}</ul></nav></div></aside></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><div id="block-cvt-footercontact" class="block block-block-content"><div
class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>Calder Valley Transit, 200
Foundry Street, Calder</p><p>Customer service: 1-800-555-0134, daily 6 a.m. to 10 p.m.</p></div></div>
<nav role="navigation" aria-labelledby="block-cvt-footer-menu" id="block-cvt-footer" class="block block-menu navigation menu--footer"><h2
class="visually-hidden" id="block-cvt-footer-menu">Footer</h2><ul class="menu">${links(dFoot, 'menu-item')}</ul></nav>
<div id="block-cvt-copyright" class="block block-block-content"><p>© 2027 Calder Valley Transit Authority</p></div></div></footer></div></div>
<script src="/sites/default/files/js/js_u1H6cX0bQwz.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=cvt"></script></body></html>`;
const drupal: TestPage = gold({
  name: 'heldout708-drupal-contactless-fares',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: texts([dIntro, ...dSteps, dCapIntro, ...dTable.map((r) => r.join(' ')), dCallout, dCheck, ...dFaq.flat()]),
  bylines: ['February 18, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Service alert: Line 4 trams are replaced by buses between Mill Road and Eastgate this weekend. See all service alerts',
    'Utility menu', ...dUtil, 'Calder Valley Transit', 'Translate this page', 'Select Language', 'Español', 'Tiếng Việt', 'Search', 'Main navigation',
    ...dNav, 'Breadcrumb', 'Home', 'Fare caps from January 1, 2027', 'Last reviewed', 'Was this page helpful?', 'Yes', 'No', ...dSide,
    'Calder Valley Transit, 200 Foundry Street, Calder', 'Customer service: 1-800-555-0134, daily 6 a.m. to 10 p.m.', 'Footer', ...dFoot,
    '© 2027 Calder Valley Transit Authority',
  ],
});

const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const lTitle = 'Tutorial: Find nearby restaurants with the Halyard Places API';
const lIntro = j(
  'In this tutorial, you build a small web page that shows the restaurants within walking distance of a point on a map. You use',
  'the Places API to search by category and the Halyard Maps web SDK to draw the results.',
);
const lLearn = 'In this tutorial, you learn how to:';
const lLearnList = [
  'Create a Places API key',
  'Search for places by category near a location',
  'Show the results as markers on a map',
  'Clean up the resources you created',
];
const lPre = [
  'A Halyard account. If you don’t have one, <a href="https://halyard.example/free">create a free account</a> before you begin.',
  'The Halyard CLI, version 3.2 or later. Run <code>halyard --version</code> to check.',
  'A code editor and a local web server, such as the Live Server extension for your editor.',
];
type Block = { kind: 'p'; text: string } | { kind: 'code'; lang: string; label: string; lines: string[] } | { kind: 'alert'; type: string; text: string };
const lSecs: [string, Block[]][] = [
  [
    'Create a Places API key',
    [
      { kind: 'p', text: 'Every request to the Places API needs a key. Create a key that’s limited to the Places and Map Tiles services:' },
      {
        kind: 'code',
        lang: 'bash',
        label: 'Bash',
        lines: ['halyard login', 'halyard places key create --name restaurant-finder --services places,tiles --referrer http://localhost:5500'],
      },
      { kind: 'p', text: 'The command prints the new key. Copy it; you use it in the next section.' },
      {
        kind: 'alert',
        type: 'Important',
        text: 'Don’t commit your key to source control. For a production app, restrict the key to your site’s domain and rotate it regularly.',
      },
    ],
  ],
  [
    'Set up the web page',
    [
      {
        kind: 'p',
        text: j(
          'Create a folder called <em>restaurant-finder</em> and add a file named <em>index.html</em> with the following content. It loads',
          'the Maps SDK and your script.',
        ),
      },
      {
        kind: 'code',
        lang: 'html',
        label: 'HTML',
        lines: [
          '<!DOCTYPE html>',
          '<html>',
          '<head>',
          '  <link rel="stylesheet" href="https://sdk.halyard.example/maps/3/halyard-maps.css">',
          '  <script src="https://sdk.halyard.example/maps/3/halyard-maps.js"></script>',
          '</head>',
          '<body>',
          '  <div id="map" style="height: 100vh"></div>',
          '  <script type="module" src="app.js"></script>',
          '</body>',
          '</html>',
        ],
      },
    ],
  ],
  [
    'Search for nearby restaurants',
    [
      {
        kind: 'p',
        text: j(
          'Add a file named <em>app.js</em> next to <em>index.html</em>. The code creates a map centered on the harbor in Port Caldera and',
          'then calls the nearby search of the Places API with the <code>restaurant</code> category. Replace <code>&lt;your-key&gt;</code> with',
          'the key you created.',
        ),
      },
      {
        kind: 'code',
        lang: 'javascript',
        label: 'JavaScript',
        lines: [
          'const key = "<your-key>";',
          'const center = [4.3517, 50.8503];',
          'const map = new halyard.Map("map", { key: key, center: center, zoom: 15 });',
          '',
          'const params = new URLSearchParams({ category: "restaurant", radius: "800", at: center[1] + "," + center[0], key: key });',
          'const response = await fetch("https://places.halyard.example/v2/nearby?" + params);',
          'const { results } = await response.json();',
        ],
      },
      {
        kind: 'alert',
        type: 'Note',
        text: 'The radius is in meters and can be up to 5,000. Results are sorted by distance, and each response returns at most 50 places.',
      },
    ],
  ],
  [
    'Show the results on the map',
    [
      {
        kind: 'p',
        text: 'Add the following code to the end of <em>app.js</em> to draw a marker for each restaurant, with its name and opening hours in a popup:',
      },
      {
        kind: 'code',
        lang: 'javascript',
        label: 'JavaScript',
        lines: [
          'for (const place of results) {',
          '  new halyard.Marker(place.position)',
          '    .setPopup(place.name + "<br>" + (place.openingHours?.text ?? "Hours not listed"))',
          '    .addTo(map);',
          '}',
        ],
      },
      {
        kind: 'p',
        text: j(
          'Open <em>index.html</em> with your local web server. You see markers for the restaurants within 800 meters of the harbor. Select',
          'a marker to see the restaurant’s name and opening hours.',
        ),
      },
      { kind: 'alert', type: 'Tip', text: 'To show only the places that are open now, add <code>openNow: "true"</code> to the search parameters.' },
    ],
  ],
  [
    'Clean up resources',
    [
      { kind: 'p', text: 'If you don’t plan to continue to the next tutorial, delete the key so that it can’t be used:' },
      { kind: 'code', lang: 'bash', label: 'Bash', lines: ['halyard places key delete --name restaurant-finder'] },
    ],
  ],
  ['Next steps', [{ kind: 'p', text: 'Advance to the next tutorial to add walking directions from the user’s location to a restaurant.' }]],
];
const lBlockText = (b: Block): string => (b.kind === 'code' ? b.lines.join(' ').replace(/\s+/g, ' ').trim() : plain(b.text));
let codeN = 0;
const lBlockHtml = (b: Block): string => {
  if (b.kind === 'p') return `<p>${b.text}</p>`;
  if (b.kind === 'alert')
    return `<div class="alert is-${b.type === 'Important' ? 'primary' : b.type === 'Tip' ? 'success' : 'info'}"><p class="alert-title"><span
class="docon docon-status-${b.type === 'Tip' ? 'success' : 'error'}-outline" aria-hidden="true"></span> ${b.type}</p><p>${b.text}</p></div>`;
  codeN++;
  return `<div class="codeHeader" id="code-try-${codeN}" data-bi-name="code-header"><span class="language">${b.label}</span><button type="button"
class="action position-relative" data-bi-name="copy" aria-label="Copy code"><span class="icon margin-right-xxs" aria-hidden="true"><span
class="docon docon-edit-copy"></span></span><span>Copy</span><div class="successful-copy-alert position-absolute right-0 top-0 left-0 bottom-0 display-flex
align-items-center justify-content-center has-text-success-invert has-background-success is-transparent" aria-hidden="true"><span class="icon
font-size-lg"><span
class="docon docon-check-mark"></span></span></div></button></div>
<pre tabindex="0" class="has-inner-focus"><code class="lang-${b.lang}">${esc(b.lines.join('\n'))}
</code></pre>`;
};
const lToc = [
  'Halyard Maps documentation',
  'Overview',
  'Quickstarts',
  'Tutorials',
  'Find nearby restaurants',
  'Add walking directions',
  'Build a store locator',
  'Concepts',
  'How-to guides',
  'Reference',
];
const lHeaderNav = ['Documentation', 'Training', 'Credentials', 'Q&A', 'Code Samples', 'Shows', 'Events'];
const lCrumbs = ['Learn', 'Halyard Maps', 'Places API'];
const lFoot = ['Previous Versions', 'Blog', 'Contribute', 'Privacy', 'Terms of Use', 'Trademarks', '© Halyard 2027'];
const lHtml = `<!DOCTYPE html>
<html class="layout layout-holy-grail show-table-of-contents conceptual show-breadcrumb default-focus" lang="en-us" dir="ltr" data-authenticated="false"
data-auth-status-determined="true" data-target="docs" x-ms-format-detection="none"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta property="og:title" content="${lTitle} - Halyard Maps">
<meta property="og:type" content="website"><meta property="og:url" content="https://learn.halyard.example/en-us/maps/tutorial-nearby-restaurants">
<meta name="description" content="Build a web page that finds restaurants within walking distance of a point on the map with the Places API.">
<meta name="author" content="kjuniper"><meta name="ms.author" content="kjuniper"><meta name="ms.date" content="03/02/2027"><meta name="ms.topic"
content="tutorial">
<meta name="ms.service" content="halyard-maps"><meta name="document_id" content="5b0e2d7a-41c8-9f13-7a02-c8e4b6d1f903"><meta name="page_type"
content="conceptual">
<meta name="toc_rel" content="toc.json"><meta name="feedback_system" content="Standard"><meta name="feedback_product_url"
content="https://feedback.halyard.example/maps">
<title>${lTitle} - Halyard Maps | Halyard Learn</title>
<link rel="stylesheet" href="/static/third-party/site-ltr.css?v=4.0.1"><link rel="stylesheet" href="/_themes/docs.theme/master/en-us/_themes/styles/site.css">
<script id="msdocs-script">var msDocs = {"environment":{"supportLevel":"production","accessLevel":"online","reviewFeatures":false,
"systemContent":true,"azurePortalHostname":"portal.halyard.example","legacyHosting":false,"siteName":"learn"},"data":{"contentLocale":"en-us",
"contentDir":"ltr","userLocale":"en-us","userDir":"ltr","pageTemplate":"Conceptual","brand":"","context":{},"hasBinaryRating":true,
"hasGithubIssues":true,"showFeedbackReport":false,"enableTutorialFeedback":false,"feedbackHelpLinkType":"","feedbackHelpLinkUrl":""}};</script>
<script src="/_themes/docs.theme/master/en-us/_themes/global/deprecation.js"></script></head>
<body lang="en-us" dir="ltr"><div class="header-holder layout-body-header"><a href="#main" class="skip-to-main-link has-outline-color-text
visually-hidden-until-focused position-fixed has-inner-focus focus-visible top-0 left-0 right-0 padding-xs text-align-center background-color-body"
tabindex="1">Skip to main content</a><div hidden id="cookie-consent-holder" data-test-id="cookie-consent-container"></div>
<div id="unsupported-browser" style="background-color: white; color: black; padding: 16px; border-bottom: 1px solid grey;" hidden>
<div style="max-width: 800px; margin: 0 auto;"><p style="font-size: 24px">This browser is no longer supported.</p></div></div>
<div id="headerAreaHolder" data-bi-name="header"><header role="banner" itemscope="itemscope" itemtype="http://schema.org/Organization"><div
class="nav-bar"><div class="nav-bar-brand"><a href="https://www.halyard.example" aria-label="Halyard" class="nav-bar-button"><div class="nav-bar-logo"
role="presentation" aria-hidden="true"><svg></svg></div></a><a href="/en-us/" class="nav-bar-item nav-bar-title">Learn</a></div>
<nav class="nav-bar-nav" aria-label="site"><ul class="nav-bar-nav-list">${links(lHeaderNav, 'nav-bar-item')}</ul></nav><div class="nav-bar-search"><form
class="nav-bar-search-form" role="search"><label class="visually-hidden" for="site-search">Search</label><input id="site-search" type="search"
placeholder="Search"></form></div><div class="nav-bar-profile"><a class="nav-bar-item" href="/en-us/signin">Sign in</a></div></div></header></div>
<div class="content-header uhf-container has-padding has-default-focus border-bottom-none" data-bi-name="content-header" id="content-header"><div
class="content-header-controls margin-xxs margin-inline-sm-tablet"><button type="button" class="contents-button button button-sm margin-right-xxs"
data-bi-name="contents-expand" aria-haspopup="true" data-contents-button><span class="icon" aria-hidden="true"><span class="docon
docon-menu"></span></span><span class="contents-expand-title">Table of contents</span></button><button type="button" class="ap-collapse-behavior
ap-expanded button button-sm" data-bi-name="ap-collapse" aria-controls="action-panel"><span class="icon" aria-hidden="true"><span class="docon
docon-exit-mode"></span></span><span>Exit focus mode</span></button></div></div></div>
<div class="mainContainer uhf-container has-default-focus" data-bi-name="body"><div class="columns has-large-gaps is-gapless-mobile">
<div id="left-container" class="left-container is-hidden-mobile column is-one-third-tablet is-one-quarter-desktop"><nav id="affixed-left-container"
class="margin-top-sm-tablet position-sticky display-flex flex-direction-column" aria-label="Primary"><form class="filter-form"><label
class="visually-hidden" for="toc-filter">Filter by title</label><input id="toc-filter" type="search" placeholder="Filter by title"></form><ul
class="tree table-of-contents" role="tree">${lToc
  .map(
    (t, i) =>
      `<li class="tree-item" role="none"><a class="tree-expander${i === 4 ? ' is-selected' : ''}" role="treeitem" href="/en-us/maps/${t
        .toLowerCase()
        .replace(/[^a-z]+/g, '-')}"${i === 4 ? ' aria-current="page"' : ''}>${t}</a></li>`,
  )
  .join(
    '\n',
  )}</ul><a class="button button-block button-sm" href="/en-us/maps/halyard-maps.pdf" data-bi-name="downloadPdf"><span>Download PDF</span></a></nav></div>
<section class="primary-holder column is-two-thirds-tablet is-three-quarters-desktop"><div class="columns is-gapless-mobile has-large-gaps">
<div id="main-column" class="column is-full is-8-desktop"><main id="main" role="main" class="content" data-bi-name="content" lang="en-us" dir="ltr">
<div id="article-header" class="background-color-body margin-top-sm-tablet margin-bottom-xs display-none-print"><div class="display-flex
align-items-center"><nav id="article-header-breadcrumbs" class="is-hidden-mobile display-flex align-items-center flex-grow-1" aria-label="Breadcrumb"><ol
class="breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList">${lCrumbs
  .map(
    (t, i) => `<li class="breadcrumbs-item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a itemprop="item"
href="/en-us/${i}/"><span itemprop="name">${t}</span></a><meta itemprop="position" content="${i + 1}"></li>`,
  )
  .join('\n')}</ol></nav><div class="margin-left-auto display-flex flex-wrap-no-wrap align-items-stretch"><a class="button button-clear button-sm
button-primary" href="https://learn.halyard.example/en-us/maps/tutorial-nearby-restaurants" data-bi-name="language-toggle" lang="en-us">Read in
English</a><button
type="button" class="collection button button-clear button-sm button-primary" data-bi-name="collection"><span>Add to Collections</span></button><button
type="button" class="plan button button-clear button-sm button-primary" data-bi-name="plan"><span>Add to plan</span></button><a
href="https://github.com/halyard/maps-docs/blob/main/articles/tutorial-nearby-restaurants.md" title="Edit This Document" data-bi-name="edit"
class="button button-clear button-sm text-decoration-none button-primary"><span class="icon" aria-hidden="true"><span class="docon
docon-edit-outline"></span></span><span>Edit</span></a><details class="popover popover-right" id="article-header-page-actions-overflow"><summary
class="justify-content-flex-start button button-clear button-sm button-primary" aria-label="More actions" title="More actions"><span
class="icon" aria-hidden="true"><span class="docon docon-more-vertical"></span></span></summary><div class="popover-content"><button
data-page-action-item="overflow-mobile" type="button" class="button-block button-sm inner-focus button button-clear display-none-tablet
justify-content-flex-start text-align-left" data-bi-name="contents-expand" data-contents-button data-popover-close><span
class="margin-right-xxs">Table of contents</span></button><a class="button button-block button-sm has-inner-focus button-clear
justify-content-flex-start text-decoration-none" data-bi-name="print" href="#"><span>Print</span></a><h3 class="font-size-sm color-text-subtle
margin-block-xxs">Share via</h3><a class="button button-clear button-sm" href="https://www.facebook.com/sharer/sharer.php?u=x" data-bi-name="facebook">
<span>Facebook</span></a><a class="button button-clear button-sm" href="https://twitter.com/intent/tweet?url=x"
data-bi-name="twitter"><span>x.com</span></a><a
class="button button-clear button-sm" href="https://www.linkedin.com/cws/share?url=x" data-bi-name="linkedin"><span>LinkedIn</span></a><a class="button
button-clear button-sm" href="mailto:?subject=x" data-bi-name="email"><span>Email</span></a></div></details></div></div></div>
<div class="content"><h1 id="tutorial-find-nearby-restaurants-with-the-halyard-places-api">${lTitle}</h1>
<div class="page-metadata-container display-flex gap-xxs justify-content-space-between align-items-center flex-wrap-wrap"><div
class="margin-block-xxs"><ul class="metadata page-metadata align-items-center" data-bi-name="page info" lang="en-us" dir="ltr"><li
class="visibility-hidden-visual-diff"><span class="badge badge-sm text-wrap-pretty"><span>Article</span></span></li><li
class="visibility-hidden-visual-diff"><local-time format="twoDigitNumeric" datetime="2027-03-02T08:00:00.000Z"
data-article-date-source="calculated">03/02/2027</local-time></li><li class="contributors-holder display-none-print"><button aria-label="View all
contributors" class="contributors-button link-button" data-bi-name="contributors" title="View all contributors">4 contributors</button></li></ul></div><div
class="margin-block-xxs display-none-print" id="user-feedback" data-hide-on-archived><button id="user-feedback-button" class="button button-sm
button-clear button-primary" type="button" data-bi-name="user-feedback-button" data-user-feedback-button><span class="icon" aria-hidden="true"><span
class="docon docon-like"></span></span><span>Feedback</span></button></div></div>
<nav id="center-doc-outline" class="doc-outline is-hidden-desktop display-none-print margin-bottom-sm" data-bi-name="intopic toc" aria-label="In this
article"><h2 id="ms--in-this-article" class="title is-6 margin-block-xs">In this article</h2></nav>
<!-- <content> -->
<p>${lIntro}</p>
<p>${lLearn}</p>
<blockquote class="checklist"><ul>${lis(lLearnList)}</ul></blockquote>
<h2 id="prerequisites">Prerequisites</h2>
<ul>${lis(lPre)}</ul>
${lSecs
  .map(
    ([h, blocks]) =>
      `<h2 id="${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</h2>\n${blocks.map(lBlockHtml).join('\n')}${
        h === 'Next steps'
          ? `\n<div class="nextstepaction"><p><a href="tutorial-walking-directions" class="button button-primary"
data-linktype="relative-path">Tutorial: Add walking directions with the Routes API</a></p></div>`
          : ''
      }`,
  )
  .join('\n')}
<!-- </content> -->
</div>
<div id="assertive-live-region" role="alert" aria-live="assertive" class="visually-hidden" aria-relevant="additions" aria-atomic="true"></div>
<section class="feedback-section position-relative margin-top-lg" data-bi-name="feedback-section"><h2 id="feedback" class="title is-3">Feedback</h2><div
class="display-flex flex-wrap-wrap align-items-center"><p class="font-weight-semibold margin-xxs margin-left-none">Was this page helpful?</p><div
class="buttons"><button class="thumb-rating-button like button button-primary button-sm" data-bi-name="button-rating-yes" type="button"><span
class="icon" aria-hidden="true"><span class="docon docon-like"></span></span><span>Yes</span></button><button class="thumb-rating-button dislike
button button-primary button-sm" data-bi-name="button-rating-no" type="button"><span class="icon" aria-hidden="true"><span class="docon
docon-dislike"></span></span><span>No</span></button></div></div><div class="display-flex gap-xs flex-wrap-wrap margin-top-xs"><a
class="button button-sm button-clear" href="https://feedback.halyard.example/maps" data-bi-name="product-feedback"><span>Provide product
feedback</span></a></div></section></main></div>
<div class="is-hidden-mobile is-4-desktop column right-container" id="ms--additional-resources" data-bi-name="pageactions" role="complementary"
aria-label="Additional resources"><div class="margin-top-sm-tablet position-sticky"><nav id="side-doc-outline" class="doc-outline border-bottom
padding-bottom-xs margin-bottom-xs" data-bi-name="intopic toc" aria-label="In this article"><h3 class="title is-6 margin-block-xs">In this
article</h3><ol class="margin-left-none">${['Prerequisites', ...lSecs.map(([h]) => h)]
  .map((h) => `<li class="doc-outline-link"><a href="#${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</a></li>`)
  .join('\n')}</ol></nav><section id="right-rail-training"><h3 class="title is-6">Training</h3><div class="card"><p class="card-supertitle">Module</p><a
class="card-title" href="/en-us/training/modules/location-aware-apps/">Build location-aware apps with Halyard Maps</a><p class="card-content">Learn how
to search for places, show them on a map and route between them.</p></div></section><section id="right-rail-docs"><h3 class="title
is-6">Documentation</h3><ul><li><a href="/en-us/maps/places-categories">Places API categories reference</a></li><li><a href="/en-us/maps/keys">Manage API
keys</a></li></ul></section></div></div></div></section></div></div>
<div class="layout-body-footer" data-bi-name="layout-footer"><footer id="footer" data-test-id="footer" data-bi-name="footer" class="footer-layout
has-padding has-default-focus border-top uhf-container" role="contentinfo"><div class="display-flex gap-xs flex-wrap-wrap is-full-height
padding-right-lg-desktop"><a data-mscc-ic="false" class="locale-selector-link button button-sm button-clear flex-shrink-0" href="#"
data-bi-name="select-locale"><span class="icon" aria-hidden="true"><span class="docon docon-world"></span></span><span
class="local-selector-link-text">en-us</span></a>
<button type="button" class="button button-clear button-sm" data-bi-name="your-privacy-choices"><span>Your Privacy Choices</span></button><div
class="flex-shrink-0"><div
class="dropdown has-caret-up"><button data-test-id="theme-selector-button" class="dropdown-trigger button button-clear button-sm has-inner-focus
theme-dropdown-trigger" aria-controls="{{themeMenuId}}" aria-expanded="false" title="Theme" data-bi-name="theme"><span class="icon"><span
class="docon docon-sun" aria-hidden="true"></span></span><span>Theme</span><span class="icon expanded-indicator" aria-hidden="true"><span class="docon
docon-chevron-down-light"></span></span></button></div></div></div><ul class="links" data-bi-name="footerlinks">${links(lFoot)}</ul></footer></div>
<script src="/_themes/docs.theme/master/en-us/_themes/scripts/index-docs.js"></script></body></html>`;
const learn: TestPage = gold({
  name: 'heldout708-learn-places-tutorial',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: ['Prerequisites', ...lSecs.map(([h]) => h)],
  body: [...texts([lIntro, lLearn, ...lLearnList, ...lPre]), ...lSecs.flatMap(([, blocks]) => blocks.map(lBlockText))],
  bylines: ['03/02/2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Learn', ...lHeaderNav, 'Search', 'Sign in', 'Table of contents', 'Exit focus mode', 'Filter by title', ...lToc,
    'Download PDF', ...lCrumbs, 'Read in English', 'Add to Collections', 'Add to plan', 'Edit', 'Print', 'Share via', 'Facebook', 'x.com', 'LinkedIn',
    'Email', 'Article', '4 contributors', 'Feedback', 'In this article', 'Bash', 'HTML', 'JavaScript', 'Copy', 'Important', 'Note', 'Tip',
    'Tutorial: Add walking directions with the Routes API', 'Was this page helpful?', 'Yes', 'No', 'Provide product feedback', 'Training', 'Module',
    'Build location-aware apps with Halyard Maps', 'Learn how to search for places, show them on a map and route between them.', 'Documentation',
    'Places API categories reference', 'Manage API keys', 'en-us', 'Your Privacy Choices', 'Theme', ...lFoot,
  ],
});

export const HELDOUT708_D: readonly TestPage[] = [drupal, learn];
