import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs, uniq } from './pages-heldout576-kit.js';

/**
 * Held-out batch 576, file f: a council-run seaside campsite's booking and charges page on LocalGov Drupal (services page with
 * a related-links sidebar and a feedback box), and a glamping site's listing on a Next.js booking marketplace with a booking panel,
 * reviews and similar sites.
 */
const cTitle = 'Kessock Sands campsite: booking and charges';
const cSummary = 'The council runs a 70-pitch campsite behind the dunes at Kessock Sands, open from 1 April to 30 September.';
const cBody: [string, string[]][] = [
  [
    'How to book',
    [
      j(
        'You can book a pitch online up to 12 months ahead. Bookings for the 2027 season open at 9am on Monday 4 January. You can',
        'also book by phone on 01632 960100, Monday to Friday, 9am to 5pm.',
      ),
      'You will need to pay in full when you book. We cannot hold pitches without payment.',
    ],
  ],
  ['Charges for 2027', ['Charges are per pitch, per night, and include up to two adults. Residents of the district get 10% off with a Kessock Leisure Card.']],
  [
    'Cancellations',
    [
      j(
        'If you cancel more than 28 days before your arrival date we will refund you in full. If you cancel within 28 days we will',
        'refund half of the charge, unless we are able to rebook the pitch.',
      ),
      'If we have to close the site because of severe weather or flooding, we will refund you in full.',
    ],
  ],
  [
    'Rules of the site',
    [
      'Quiet time is from 11pm to 7am.',
      'Barbecues must be raised off the ground and must not be used on the dunes.',
      'Dogs must be kept on a lead and are not allowed on the main beach from May to September.',
      'Gazebos count as a tent and must be booked.',
    ],
  ],
];
const cRows = [
  ['Tent pitch, no electric', '£16.00', '£21.00'],
  ['Tent pitch with electric', '£22.00', '£27.00'],
  ['Caravan or motorhome with electric', '£26.00', '£32.00'],
  ['Extra adult (16 and over)', '£5.00', '£5.00'],
  ['Child (5 to 15)', '£2.50', '£2.50'],
];
const cNav = ['Bins and recycling', 'Council tax', 'Parking', 'Leisure and culture', 'Planning', 'Roads and travel'];
const cCrumbs = ['Home', 'Leisure and culture', 'Beaches and coast'];
const cRel = ['Beach safety and lifeguards', 'Dog restrictions on beaches', 'Kessock Leisure Card', 'Holiday parks: licensing'];
const cFoot = ['Accessibility statement', 'Contact us', 'Cookies', 'Privacy', 'Jobs'];
const cSec = ([h, p]: [string, string[]]): string => {
  const id = h.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  if (h === 'Rules of the site') return `<h2 id="${id}">${h}</h2>\n<ul>${lis(p)}</ul>`;
  const table =
    h === 'Charges for 2027'
      ? `\n<table><caption>Nightly charges</caption><thead><tr><th scope="col">Pitch</th><th scope="col">Low season</th>
<th scope="col">July and August</th></tr>
</thead><tbody>${trs(cRows)}</tbody></table>`
      : '';
  return `<h2 id="${id}">${h}</h2>\n${ps(p)}${table}`;
};
const cHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${cTitle} | Wenmoor District Council</title><link rel="canonical" href="https://www.wenmoor.gov.example/leisure/kessock-sands-campsite">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/1840","currentLanguage":"en"},
"localgov_base":{"breakpoint":"768px"}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qf3kLm9aPz1R.css?delta=0&amp;language=en&amp;theme=wenmoor&amp;include=eJxVjkEOwj"></head>
<body class="path-node page-node-type-localgov-services-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-page-wrapper">
<div id="sitewide-alert" class="localgov-alert-banner localgov-alert-banner--minor"><div class="localgov-alert-banner__content">
<p>Council offices will be closed on
Friday 2 April for Good Friday.</p></div><button class="js-localgov-alert-banner__close localgov-alert-banner__close">Hide alert</button></div>
<header class="lgd-header" role="banner"><div class="lgd-container padding-horizontal"><div class="lgd-header__inner"><div class="lgd-header__site-branding">
<a href="/" rel="home" class="lgd-header__logo-link"><img src="/themes/custom/wenmoor/logo.svg" alt="Wenmoor District Council home page"></a></div>
<button class="lgd-header__toggle lgd-header__toggle--primary" aria-controls="lgd-header__nav--primary" aria-expanded="false">
<span class="lgd-header__toggle-icon"></span>
<span class="lgd-header__toggle-text">Menu</span></button>
<div class="lgd-header__search"><form action="/search" method="get" id="localgov-search-form" class="localgov-search-form">
<div class="js-form-item form-item">
<label for="edit-s" class="visually-hidden">Search</label><input placeholder="Search" type="search" id="edit-s" name="s" class="form-search"></div>
<button type="submit" class="localgov-search-form__submit"><span class="visually-hidden">Submit search</span></button></form></div></div></div>
<div class="lgd-header__nav lgd-header__nav--primary" id="lgd-header__nav--primary">
<nav role="navigation" aria-labelledby="block-wenmoor-mainnavigation-menu">
<h2 class="visually-hidden" id="block-wenmoor-mainnavigation-menu">Main navigation</h2>
<ul class="lgd-header__nav-list">${links(cNav, 'lgd-header__nav-item')}</ul></nav>
</div></header>
<div class="lgd-region lgd-region--breadcrumb region region-breadcrumb"><div class="lgd-container padding-horizontal"><nav role="navigation"
aria-labelledby="system-breadcrumb" class="breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(cCrumbs, 'breadcrumb__item')}</ol>
</nav></div></div>
<main class="main" id="main-content"><div class="lgd-container padding-horizontal"><div class="lgd-row"><div class="lgd-row__two-thirds">
<div class="lgd-region lgd-region--content region region-content"><div data-drupal-messages-fallback class="hidden"></div>
<div id="block-wenmoor-page-title" class="block block-core block-page-title-block"><h1 class="lgd-page-title-block__title">
<span class="field field--name-title
field--type-string field--label-hidden">${cTitle}</span></h1></div>
<div id="block-wenmoor-content" class="block block-system block-system-main-block"><article role="article" class="localgov-services-page">
<div class="localgov-services-page__summary"><p>${cSummary}</p></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${cBody.map(cSec).join('\n')}
</div></article></div>
<div class="lgd-page-meta"><p class="lgd-page-meta__last-updated">Last updated: 11 December 2026</p></div>
<div class="block block-localgov-review-date"><div class="localgov-feedback"><h2 class="localgov-feedback__title">Was this page helpful?</h2>
<a href="/feedback?page=1840&amp;answer=yes" class="button">Yes</a> <a href="/feedback?page=1840&amp;answer=no" class="button">No</a></div></div>
</div></div>
<div class="lgd-row__one-third"><aside class="lgd-region lgd-region--sidebar region region-sidebar-second" role="complementary">
<div class="block block-localgov-services block-localgov-services-related-links"><h2 class="block__title">Related pages</h2><ul>${links(cRel)}</ul></div>
<div class="block block-block-content"><h2 class="block__title">Contact the campsite</h2><p>Site office: 01632 960101</p>
<p>Open 8am to 8pm in season</p></div>
</aside></div></div></div></main>
<footer class="lgd-footer" role="contentinfo"><div class="lgd-container padding-horizontal"><div class="lgd-footer__inner">
<div class="lgd-region lgd-region--footer">
<nav role="navigation" aria-labelledby="block-wenmoor-footer-menu"><h2 class="visually-hidden" id="block-wenmoor-footer-menu">Footer</h2>
<ul class="menu">${links(cFoot, 'menu-item')}</ul></nav><p>© Wenmoor District Council, Civic Centre, Aldermuir AM1 1AA</p></div></div></div></footer>
</div></div><script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/misc/drupal.js?v=10.2.5"></script></body></html>`;
const kessock: TestPage = {
  name: 'heldout576-localgov-campsite-charges',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cBody.map(([h]) => h),
  body: texts([cSummary, ...cBody.flatMap(([h, p]) => (h === 'Charges for 2027' ? [...p, ...rowTexts(cRows)] : p))]),
  bylines: ['Last updated: 11 December 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Council offices will be closed on Friday 2 April for Good Friday.', 'Hide alert', 'Menu', ...cNav,
    ...cCrumbs.filter((t) => !cNav.includes(t)),
    'Nightly charges', 'Was this page helpful?', 'Yes', 'No', 'Related pages', ...cRel, 'Contact the campsite', 'Site office: 01632 960101',
    'Open 8am to 8pm in season', ...cFoot, '© Wenmoor District Council, Civic Centre, Aldermuir AM1 1AA',
  ],
};

const nTitle = 'Hollow Oak Farm Glamping';
const nAbout = [
  j(
    'Hollow Oak is a working sheep farm on the edge of the Wenbury hills, and our four safari tents sit in an old orchard a few',
    'minutes’ walk from the farmhouse. There is no road noise, no street lights and, on a clear night, more stars than you',
    'knew were there.',
  ),
  j(
    'Each tent has a proper kitchen, a wood-fired hot tub on the deck and its own compost loo. Children can help feed the lambs',
    'in spring and collect eggs all year, and the farm trail leads up to a bronze-age hillfort with views over three counties.',
  ),
];
const nUnits: [string, string][] = [
  ['Orchard Safari Tent', 'Sleeps 6 · 2 bedrooms · Hot tub · From £120 a night'],
  ['Shepherd’s Rest', 'Sleeps 2 · Double bed · Wood-burner · From £88 a night'],
];
const nFacilities = ['Hot tub', 'Wood-burning stove', 'Fire pit', 'Fully equipped kitchen', 'Free parking', 'Dogs allowed (Shepherd’s Rest only)'];
const nKnow = ['Check-in 3pm – 8pm', 'Check-out by 10am', 'Minimum stay 2 nights (3 nights at bank holidays)', 'No parties or groups of more than 6'];
const nReviews: [string, string, string][] = [
  ['Hannah', 'August 2026', 'The hot tub under the stars was the highlight of our summer. Spotless tent and lovely hosts.'],
  ['Dev', 'July 2026', 'Perfect for the kids, who have not stopped talking about the lambs.'],
];
const nSimilar: [string, string, string][] = [
  ['Brackenridge Yurts', 'Wenbury · 4.9', 'From £95'],
  ['The Cider Barn Pods', 'Ludcombe · 4.7', 'From £70'],
];
const nNav = ['Glamping', 'Camping', 'Cabins', 'Gift cards', 'List your site'];
const nFoot = ['About Pitchwise', 'Careers', 'Help centre', 'Terms', 'Privacy', 'Cookie settings'];
const nData = JSON.stringify({
  props: { pageProps: { listing: { id: 4821, name: nTitle, slug: 'hollow-oak-farm-glamping', rating: 4.8, reviewCount: 126 } } },
  page: '/sites/[region]/[slug]',
  query: { region: 'shropshire', slug: 'hollow-oak-farm-glamping' },
  buildId: 'kQ8f2Lx_1aZp0RmTy3cVb',
  isFallback: false,
  gssp: true,
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hollow Oak Farm Glamping, Wenbury - Book now | Pitchwise</title>
<meta name="description" content="Four safari tents with hot tubs on a working sheep farm.">
<link rel="canonical" href="https://www.pitchwise.example/sites/shropshire/hollow-oak-farm-glamping"><meta name="next-head-count" content="6">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Campground","name":"${nTitle}","aggregateRating":{"@type":"AggregateRating",
"ratingValue":4.8,"reviewCount":126}}</script>
<link rel="preload" href="/_next/static/css/6f1c0e2a9d4b7c31.css" as="style"><link rel="stylesheet" href="/_next/static/css/6f1c0e2a9d4b7c31.css" data-n-g="">
<script defer nomodule src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/pages/sites/%5Bregion%5D/%5Bslug%5D-3b9f0a2c1d.js" defer></script></head>
<body><div id="__next"><a href="#main" class="SkipLink_skip__Xp2Lq">Skip to content</a>
<header class="Header_header__q8ZrT"><div class="Header_inner__2fKxL"><a class="Header_logo__Jd3mN" href="/" aria-label="Pitchwise home">
<svg width="120" height="28"></svg></a>
<form class="SearchBar_form__aQ1xe" role="search"><label class="SearchBar_label__7Hc1v" for="where">Where to?</label>
<input id="where" class="SearchBar_input__pL0Zs"
placeholder="Search a place or site name"><button class="SearchBar_button__b2Gx9" type="submit">Search</button></form>
<nav class="Header_nav__Vn4wE" aria-label="Main"><ul>${links(nNav, 'Header_navItem__m3Lq0')}</ul></nav>
<a class="Header_login__8sKd0" href="/login">Log in</a></div></header>
<main id="main" class="Listing_main__k9PdE"><nav aria-label="Breadcrumb" class="Breadcrumbs_crumbs__ZqT1a">
<ol>${links(['England', 'Shropshire', 'Wenbury'], 'Breadcrumbs_item__0aX2c')}</ol></nav>
<div class="Gallery_grid__Rt4Hn"><img alt="Safari tent in the orchard" src="/_next/image?url=%2Fimg%2F4821-1.jpg&amp;w=1080&amp;q=75" decoding="async"
style="color:transparent"><button class="Gallery_showAll__c3LpX">Show all 24 photos</button></div>
<div class="Listing_columns__P0hDg"><div class="Listing_content__a7XyQ">
<div class="ListingHeader_header__Gm2kE"><h1 class="ListingHeader_title__4sYpN">${nTitle}</h1>
<p class="ListingHeader_meta__Yc0bV"><span class="Rating_score__1nQx8">4.8</span> <a href="#reviews" class="Rating_count__Kq3Zd">126 reviews</a></p>
<button class="SaveButton_button__Hx1o2" aria-pressed="false">Save</button><button class="ShareButton_button__Tz6v4">Share</button></div>
<div class="HostStrip_host__e2NfB"><img alt="" src="/img/hosts/4821.jpg" width="40" height="40"><p>Hosted by Nia &amp; Tom Pryce</p></div>
<section class="Section_section__Pn1sW" aria-labelledby="about"><h2 id="about" class="Section_title__4yHxL">About this site</h2>
<div class="Description_text__Xv0Bk">${ps(nAbout)}</div><button class="Description_more__e1Kxq">Read more</button></section>
<section class="Section_section__Pn1sW" aria-labelledby="accommodation"><h2 id="accommodation" class="Section_title__4yHxL">Accommodation</h2>
${nUnits
  .map(
    ([n, f]) => `<div class="UnitCard_card__Qe8Lm"><h3 class="UnitCard_name__Wq0Aa">${n}</h3><p class="UnitCard_facts__Ls2Nc">${f}</p>
<button class="UnitCard_select__b7KpX">Select dates</button></div>`,
  )
  .join('\n')}</section>
<section class="Section_section__Pn1sW" aria-labelledby="facilities"><h2 id="facilities" class="Section_title__4yHxL">Facilities</h2>
<ul class="Facilities_list__n3Wq1">${lis(nFacilities, 'Facilities_item__y6Rt0')}</ul></section>
<section class="Section_section__Pn1sW" aria-labelledby="know"><h2 id="know" class="Section_title__4yHxL">Things to know</h2>
<ul class="Rules_list__U1d8c">${lis(nKnow)}</ul></section>
<section class="Section_section__Pn1sW Reviews_section__J2mXc" id="reviews" aria-labelledby="reviews-title">
<h2 id="reviews-title" class="Section_title__4yHxL">Reviews</h2>
${nReviews
  .map(
    ([who, when, text]) => `<article class="Review_review__Vb8Qk"><p class="Review_author__1xRq2">${who}</p>
<p class="Review_date__Gc5Zs">${when}</p>
<p class="Review_text__Ht9Pe">${text}</p>
</article>`,
  )
  .join('\n')}<a class="Reviews_all__Qr2Ld" href="/sites/shropshire/hollow-oak-farm-glamping/reviews">Read all 126 reviews</a>
</section></div>
<aside class="BookingPanel_panel__w4FzM"><p class="BookingPanel_price__Hb2sL"><span>From</span> <strong>£88</strong> <span>/ night</span></p>
<form class="BookingPanel_form__Ru7nC"><label for="arrive">Arrival</label><input id="arrive" type="date"><label for="depart">Departure</label>
<input id="depart" type="date"><label for="guests">Guests</label><select id="guests"><option>2 adults</option></select>
<button type="submit" class="Button_primary__Zx9Qe">Check availability</button></form><p class="BookingPanel_note__M1yUe">You won’t be charged yet</p></aside>
</div>
<section class="Similar_section__Tk3Wn"><h2 class="Similar_title__Q0vLs">Similar sites nearby</h2><div class="Similar_row__Hc8Pz">
${nSimilar
  .map(
    ([n, m, p]) => `<a class="SiteCard_card__Lm1xQ" href="/sites/shropshire/${n.toLowerCase().replace(/[^a-z]+/g, '-')}">
<img alt="" src="/img/s.jpg">
<h3 class="SiteCard_name__Rb5Xt">${n}</h3><p class="SiteCard_meta__Ak0Zp">${m}</p><p class="SiteCard_price__Vc4Nu">${p}</p></a>`,
  )
  .join('\n')}</div>
</section></main>
<footer class="Footer_footer__3hLqW"><ul class="Footer_links__Qn2Xk">${links(nFoot)}</ul><p class="Footer_copy__G7vTz">© 2027 Pitchwise Ltd</p></footer>
<div class="CookieBanner_banner__s2Kqa" role="dialog" aria-live="polite" aria-label="Cookie consent">
<p>We use cookies to show you the right sites and to measure our
advertising. <a href="/cookies">Cookie policy</a></p><button class="CookieBanner_reject__a0Lm2">Reject non-essential</button>
<button class="CookieBanner_accept__Fh8Xe">Accept all</button></div></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const hollowOak: TestPage = {
  name: 'heldout576-nextjs-glamping-listing',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['About this site', 'Accommodation', ...nUnits.map(([n]) => n), 'Facilities', 'Things to know'],
  body: texts([...nAbout, ...nUnits.map(([, f]) => f), ...nFacilities, ...nKnow]),
  bylines: ['Hosted by Nia & Tom Pryce'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', 'Where to?', 'Search', ...nNav, 'Log in', 'England', 'Shropshire', 'Wenbury', 'Show all 24 photos', '4.8', '126 reviews', 'Save',
    'Share', 'Read more', 'Select dates', 'Reviews', ...nReviews.flat(), 'Read all 126 reviews', 'From', '£88', '/ night', 'Arrival', 'Departure', 'Guests',
    'Check availability', 'You won’t be charged yet', 'Similar sites nearby', ...nSimilar.flat(), ...nFoot, '© 2027 Pitchwise Ltd',
    'We use cookies to show you the right sites and to measure our advertising. Cookie policy', 'Reject non-essential', 'Accept all',
  ]),
};

export const HELDOUT576_F: readonly TestPage[] = [kessock, hollowOak];
