import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout495-kit.js';

/**
 * Held-out batch 495, file a: an arts centre's what's-on listing built with Elementor (WordPress, Hello theme, Complianz banner),
 * and a producing theatre's show page on Drupal 10 with a booking panel and related shows.
 */
const wTitle = "What's On";
const wIntro = j(
  'From touring drama to the Wexmoor Youth Theatre, here is everything happening on our stages and in the studio this spring.',
  'Members can book a week before general sale, and every show has at least one captioned or relaxed performance.',
);
const wEvents: readonly (readonly [string, string, string])[] = [
  [
    'The Tide Clock',
    'Thu 12 – Sat 14 March · Main House · From £14',
    'A lighthouse keeper stops every clock on the island the night her brother goes missing. New writing from Fathom Theatre, with live cello.',
  ],
  [
    'Wexmoor Youth Theatre: Pinwheel',
    'Fri 20 – Sat 21 March · Studio · £8, under 18s £5',
    'Forty young company members devise a play about the summer the funfair never came. Recommended for ages 8 and up.',
  ],
  [
    'An Evening with Dolly Marsh',
    'Sat 28 March · Main House · £18',
    'The folk singer and storyteller returns with songs from her new album and a few tall tales about the Fens.',
  ],
  [
    'Saturday Morning Puppets: The Lost Mitten',
    'Sat 4 April · Studio · £6',
    'A gentle forty-minute puppet show for under fives and their grown-ups. Buggy parking is available in the foyer.',
  ],
  [
    'Hedda Gabler',
    'Tue 14 – Sat 18 April · Main House · From £16',
    'Greyhouse Theatre Company bring their stripped-back, modern-dress production of the classic, set in a new-build estate.',
  ],
];
const wFilters = ['All', 'Drama', 'Music', 'Comedy', 'Family', 'Youth Theatre'];
const wNav = ["What's On", 'Get Involved', 'Hire Us', 'Support Us', 'Visit', 'About'];
const wFoot = ['Access', 'Contact', 'Privacy Policy', 'Terms of Sale', 'Jobs'];
const wCards = wEvents
  .map(
    (
      [t, d, s],
      i,
    ) => `<div data-elementor-type="loop-item" data-elementor-id="5120" class="elementor elementor-5120 e-loop-item e-loop-item-${230 + i} post-${230 + i}
 tribe_events type-tribe_events status-publish has-post-thumbnail"><div class="elementor-element elementor-element-7c1d2e9 e-con-full e-flex e-con e-child">
<div class="elementor-element elementor-widget elementor-widget-image"><div class="elementor-widget-container"><a href="/event/${230 + i}/">
<img width="800" height="450" src="/wp-content/uploads/2026/01/event-${230 + i}-800x450.jpg" class="attachment-medium_large size-medium_large" alt=""></a></div>
</div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading">
<div class="elementor-widget-container">
<h3 class="elementor-heading-title elementor-size-default"><a href="/event/${230 + i}/">${t}</a></h3></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor event-meta"><div class="elementor-widget-container"><p>${d}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-excerpt"><div class="elementor-widget-container">${s}</div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/event/${230 + i}/"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Book Now</span></span></a></div></div></div></div></div>`,
  )
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>What's On - Wexmoor Arts Centre</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://wexmoorarts.org.uk/whats-on/"><meta property="og:title" content="What's On - Wexmoor Arts Centre">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"What's On"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<style id="elementor-frontend-inline-css">.elementor-kit-6{--e-global-color-primary:#1F2A44;--e-global-typography-primary-font-family:"Fraunces";}</style>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="page-template page-template-elementor_header_footer page page-id-412
 elementor-default elementor-template-full-width elementor-kit-6 elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header"
 data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-2b4f0d1 e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div class="elementor-widget-container">
<a href="https://wexmoorarts.org.uk"><img width="240" height="60" src="/wp-content/uploads/2025/05/wexmoor-logo.svg" alt="Wexmoor Arts Centre"></a></div></div>
<div class="elementor-element elementor-nav-menu__align-end elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-2b4f0d1" class="elementor-nav-menu">${links(wNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-search-form"><div class="elementor-widget-container">
<form class="elementor-search-form" role="search" action="https://wexmoorarts.org.uk" method="get"><div class="elementor-search-form__container">
<label class="elementor-screen-only" for="elementor-search-form-1a2b3c4">Search</label>
<input id="elementor-search-form-1a2b3c4" placeholder="Search shows..." class="elementor-search-form__input" type="search" name="s" value=""></div></form>
</div></div></div></div></header>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page" id="content">
<div class="elementor-element elementor-element-5d0a7f3 e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${wTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${wIntro}</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-taxonomy-filter"><div class="elementor-widget-container">
<search class="e-filter" role="search" data-base-url="https://wexmoorarts.org.uk/whats-on/">${wFilters
  .map((f, i) => `<button class="e-filter-item" data-filter="${f.toLowerCase()}" aria-pressed="${i === 0}">${f}</button>`)
  .join('')}</search></div></div>
<div class="elementor-element elementor-grid-3 elementor-widget elementor-widget-loop-grid"><div class="elementor-widget-container">
<div class="elementor-loop-container elementor-grid">${wCards}</div>
<nav class="elementor-pagination" aria-label="Pagination"><span aria-current="page" class="page-numbers current">1</span>
<a class="page-numbers" href="/whats-on/page/2/">2</a><a class="page-numbers next" href="/whats-on/page/2/">Next &raquo;</a></nav></div></div>
</div></div>
<div class="elementor-element elementor-element-9e1b0c2 e-flex e-con-boxed e-con e-parent newsletter-band"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Be first to hear about new shows</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-form"><div class="elementor-widget-container">
<form class="elementor-form" method="post" name="Newsletter">
<input size="1" type="email" name="form_fields[email]" class="elementor-field elementor-size-sm" placeholder="Email address" required="required">
<button type="submit" class="elementor-button elementor-size-sm"><span class="elementor-button-text">Sign up</span></button></form></div></div></div></div>
</div>
<footer data-elementor-type="footer" data-elementor-id="97" class="elementor elementor-97 elementor-location-footer">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Wexmoor Arts Centre, 14 Mill Lane, Wexmoor WX4 2JP</p><p>Box office: 01632 960 412</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main">
<ul class="elementor-nav-menu">${links(wFoot, 'menu-item')}</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>© 2026 Wexmoor Arts Centre. Registered charity no. 1098765.</p></div></div></div></div></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" data-nosnippet="true"
role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script></body></html>`;
const elementorWhatsOn: TestPage = finish({
  name: 'heldout495-elementor-whats-on',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wEvents.map(([t]) => t),
  body: texts([wIntro, ...wEvents.flatMap(([, d, s]) => [d, s])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...wNav.filter((n) => n !== wTitle), 'Search', ...wFilters, 'Book Now', '2', 'Next »', 'Be first to hear about new shows', 'Sign up',
    'Wexmoor Arts Centre, 14 Mill Lane, Wexmoor WX4 2JP', 'Box office: 01632 960 412', ...wFoot, '© 2026 Wexmoor Arts Centre. Registered charity no. 1098765.',
    'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
});

const sTitle = "The Lamplighter's Daughter";
const sRun = 'Thu 5 – Sat 21 March 2026';
const sSyn = [
  j(
    'Bristol, 1911. Every evening at dusk, seventeen-year-old Nell Cradock follows her father along the harbour with a ladder and a',
    'pole, lighting the gas lamps one by one. When the city council votes to switch the streets to electricity, Nell has six weeks',
    'to decide whether to fight for a job that is disappearing or to take the place she has been offered at the new power station.',
  ),
  j(
    'Winner of the 2025 Westcountry Playwriting Prize, Hana Okoro-Lyle\u2019s first full-length play is a warm, funny story about',
    'work, family and the moment a city changes its light. Artistic director Tomasz Greaves directs a company of eight, with a',
    'live score played on harmonium and brass.',
  ),
];
const sFacts = [
  '<strong>Running time:</strong> approx. 2 hours 15 minutes including an interval',
  '<strong>Age guidance:</strong> 12+',
  '<strong>Venue:</strong> Main Stage',
];
const sCast = [
  'Nell Cradock – Isla Penhale',
  'Walter Cradock – Desmond Ayre',
  'Councillor Pryce – Marguerite Sandler',
  'Director – Tomasz Greaves',
  'Designer – Ruth Castellane',
  'Composer – Obi Fairweather',
];
const sGuide = j(
  'This production contains the use of haze, a loud bang in Act Two and references to a workplace death. If you would like a',
  'detailed synopsis before you visit, please contact the box office.',
);
const sAccess = [
  'Audio described: Saturday 14 March, 2.30pm (touch tour at 1pm)',
  'Captioned: Wednesday 18 March, 7.30pm',
  'BSL interpreted: Friday 20 March, 7.30pm',
  'Relaxed: Saturday 21 March, 2.30pm',
];
const sNav = ["What's On", 'Take Part', 'Your Visit', 'Support Us', 'About Us'];
const sCrumbs = ['Home', "What's On"];
const sRel = ['Under Milk Wood', 'The Snow Queen', 'Blue Stockings'];
const sFoot = ['Access', 'Contact us', 'Jobs', 'Press', 'Privacy notice', 'Cookie settings'];
const sHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>${sTitle} | Thornbury Playhouse</title><link rel="canonical" href="https://www.thornburyplayhouse.co.uk/whats-on/lamplighters-daughter">
<meta name="description" content="A new play by Hana Okoro-Lyle about the last lamplighter in Bristol. 5 - 21 March 2026.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TheaterEvent","name":"${sTitle}","startDate":"2026-03-05","endDate":"2026-03-21",
"location":{"@type":"PerformingArtsTheater","name":"Thornbury Playhouse"}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk2pQ7.css">
<script src="https://system.spektrix.com/thornbury/website/scripts/integrate.js"></script>
</head><body class="path-node page-node-type-production"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="site-header"><div class="region region-header">
<div id="block-thornbury-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/thornbury/logo.svg" alt="Home"></a></div>
<nav role="navigation" aria-labelledby="block-thornbury-main-menu-menu" id="block-thornbury-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-thornbury-main-menu-menu">Main navigation</h2><ul class="menu">${links(sNav, 'menu-item')}</ul></nav>
<div class="header-actions"><a href="/basket" class="basket-link">Basket</a><a href="/account" class="account-link">My Account</a></div></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol>${links(sCrumbs)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<article data-history-node-id="1843" class="node node--type-production node--view-mode-full">
<div class="production-hero"><div class="field field--name-field-hero-image"><img src="/sites/default/files/styles/hero/public/2026-01/lamplighter.jpg"
alt="A young woman on a ladder beside a gas lamp"></div>
<p class="production-hero__credit">Photo: Ellis Varga</p>
<div class="production-hero__text"><span class="production-hero__company">A Thornbury Playhouse production</span>
<h1 class="page-title"><span class="field field--name-title">${sTitle}</span></h1>
<div class="field field--name-field-run-dates">${sRun}</div></div></div>
<div class="production-layout"><div class="production-layout__main">
<div class="clearfix text-formatted field field--name-body field__item">${ps(sSyn)}</div>
<div class="field field--name-field-key-facts"><ul class="key-facts">${lis(sFacts)}</ul></div>
<h2>Cast and creative team</h2><ul class="field field--name-field-credits">${lis(sCast)}</ul>
<h2>Content guidance</h2><div class="field field--name-field-content-warnings"><p>${sGuide}</p></div>
<h2>Access performances</h2><ul class="field field--name-field-access">${lis(sAccess)}</ul>
</div>
<aside class="production-layout__sidebar"><div class="booking-panel"><p class="booking-panel__price">Tickets £12 – £32</p>
<p class="booking-panel__concessions">Under 26s £10 on every performance</p>
<a class="button button--primary" href="/book/lamplighters-daughter">Book tickets</a>
<spektrix-event-details event-id="48201ANQTHQLKHGRBRDJLDBDTPKDQDTNP"></spektrix-event-details></div>
<div class="share-links"><span>Share</span><a href="https://www.facebook.com/sharer/sharer.php">Facebook</a><a href="https://x.com/intent/post">X</a>
<a href="mailto:?subject=The%20Lamplighter">Email</a></div></aside></div></article>
<div class="views-element-container related-productions"><h2>You might also like</h2><div class="view view-related-productions"><ul>${links(sRel)}</ul></div>
</div>
</div></div></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><p>Thornbury Playhouse, Quay Street, Bristol BS1 4QE</p>
<nav role="navigation" class="menu--footer"><ul class="menu">${links(sFoot)}</ul></nav><p>Registered charity number 1154327</p></div></footer>
</div></div><script src="/core/misc/drupal.js?v=10.2.5"></script><script src="/core/misc/drupal.init.js?v=10.2.5"></script></body></html>`;
const drupalShow: TestPage = finish({
  name: 'heldout495-drupal-show-page',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: ['Cast and creative team', 'Content guidance', 'Access performances'],
  body: texts([sRun, ...sSyn, ...sFacts, ...sCast, sGuide, ...sAccess]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Main navigation', ...sNav, 'Basket', 'My Account', 'Breadcrumb', 'Home', 'Photo: Ellis Varga', 'A Thornbury Playhouse production',
    'Tickets £12 – £32', 'Under 26s £10 on every performance', 'Book tickets', 'Share', 'Facebook', 'X', 'Email', 'You might also like', ...sRel,
    'Thornbury Playhouse, Quay Street, Bristol BS1 4QE', ...sFoot, 'Registered charity number 1154327',
  ],
});

export const HELDOUT495_A: readonly TestPage[] = [elementorWhatsOn, drupalShow];
