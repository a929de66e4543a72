import { links, type TestPage, texts } from './page-kit.js';
import { financePost } from './pages-heldout90-b2.js';

/**
 * Held-out batch 90, file b: a travel blog post on WordPress with the Kadence theme (skip link, header menu, breadcrumbs,
 * category, the meta line, an author intro box at the top of the entry content, the Easy Table of Contents box that
 * repeats the headings, photos with captions, "Check rates" buttons, a trip resources promo box, the "Pin it for later!"
 * heading with pinnable images, Kadence post navigation, "Similar Posts", the comment form, a ConvertKit sign-up form in the
 * footer and the CookieYes banner) and, from file b2, a personal finance blog post.
 */
const tvTitle = 'Two Days in Castelmora: An Easy Itinerary for the Hill Town Everyone Skips';
const tvIntroBox =
  'Hi, I’m Ana! I spent three summers leading walking tours in the hills north of Varenna Alta, and Castelmora is the one town I ' +
  'still send all my friends to first.';
const tvP1 = [
  'Castelmora sits on a ridge above the Tessa valley, an hour by regional train from the coast, and most visitors only see it ' +
    'from the window on the way to somewhere bigger. That is a mistake. In two days you can walk its whole medieval wall, eat ' +
    'very well, and spend an afternoon among vineyards without once joining a queue.',
  'This itinerary is the one I give friends. It assumes you arrive by train on the morning of day one and leave on the evening ' +
    'of day two, and it does not need a car.',
];
const tvH1 = 'How to get to Castelmora';
const tvP2 = [
  'Regional trains from Porto Lucio run every hour and take 58 minutes. Castelmora station is at the bottom of the hill, and a ' +
    'funicular carries you up to Piazza del Grano in four minutes. A single ticket costs €1.80 and is valid for an hour on the ' +
    'town buses as well.',
  'If you are driving, park in the free car park at Porta Sud. The old town is closed to visitors’ cars and the cameras at the ' + 'gates will find you.',
];
const tvH2 = 'Day 1: The old town and the walls';
const tvP3 = [
  'Start at Piazza del Grano with a coffee at the bar under the clock tower, then walk the circuit of the walls clockwise. The ' +
    'full loop is a little under three kilometres and takes about two hours with stops, and the best views over the valley are ' +
    'from the Bastione San Rocco on the west side.',
  'In the afternoon, visit the Duomo and the small diocesan museum next door, which holds a painted wooden crucifix that is older ' +
    'than the cathedral itself. Entry is €5 and it closes at 5 pm, so do not leave it too late.',
  'For dinner, walk down the Via dei Tintori and pick whichever place has the most locals inside. My favourite is Osteria ' +
    'Fedele, where the pasta with wild boar ragù is made by the owner’s mother.',
];
const tvH3 = 'Day 2: Vineyards and the lake';
const tvP4 = [
  'On the second morning, take bus 14 from Porta Sud to the village of Sorbello, twenty minutes away, where three family ' +
    'wineries offer tastings without booking on weekdays. Cantina Moretti pours five wines for €12, including a dry white ' +
    'that you will not find outside the valley.',
  'From Sorbello a marked path runs downhill through the vines to Lago Pieve, a small lake with a beach of fine gravel and a ' +
    'kiosk that rents pedal boats in summer. The walk takes about an hour and a half, and the bus back to town leaves from the ' +
    'lakeside car park.',
];
const tvH4 = 'Where to stay';
const tvStay = [
  '<strong>Palazzo Vessi:</strong> A restored townhouse with eight rooms, two of them with terraces facing the valley. Best for a ' + 'special trip.',
  '<strong>Casa Lulù:</strong> A friendly guesthouse two minutes from the funicular, with a generous breakfast and very fair prices.',
  '<strong>Agriturismo Le Fonti:</strong> A working farm below Sorbello, ideal if you want quiet nights and do not mind the bus.',
];
const tvH5 = 'Final thoughts';
const tvP5 = [
  'Castelmora rewards slow travellers. Two days is enough to see the highlights, but you may find, as I did, that you want to ' + 'come back for a week.',
];
const tvNav = ['Destinations', 'Itineraries', 'Travel Tips', 'Shop', 'About'];
const tvCrumbs = ['Home', 'Italy'];
const tvCap1 = 'The walls of Castelmora from the Bastione San Rocco at sunset.';
const tvCap2 = 'Vines above Sorbello on the walk down to Lago Pieve.';
const tvRes = {
  h: 'Planning a trip to Italy? These are the resources I use',
  items: ['Booking.com for hotels and guesthouses', 'Trenitalia for regional trains', 'SafetyWing for travel insurance'],
};
const tvPin = 'Pin it for later!';
const tvNext = ['Previous', 'Where to Eat in Porto Lucio on a Budget', 'Next', 'A Rainy Day in Varenna Alta: 9 Things to Do'];
const tvSimilar = ['The Best Day Trips from Porto Lucio by Train', 'Packing for a Summer in Italy', 'Italian Train Tickets Explained'];
const tvForm = [
  'Your email address will not be published.',
  'Required fields are marked *',
  'Comment *',
  'Name *',
  'Email *',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
];
const tvSignup = ['Get my free Italy packing list', 'Plus one short email a month with new itineraries. No spam, ever.', 'Subscribe'];
const tvFoot = ['Privacy Policy', 'Disclosure', 'Contact', 'Work With Me'];
const tvCookie = [
  'We value your privacy',
  'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic.',
  'Customise',
  'Reject All',
  'Accept All',
];
const h2 = (t: string, id: string): string => `<h2 class="wp-block-heading"><span class="ez-toc-section" id="${id}" ez-toc-data-id="#${id}"></span>${t}
<span class="ez-toc-section-end"></span></h2>`;
const p = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const fig = (n: number, cap: string): string => `<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="683"
src="https://anaroams.example/wp-content/uploads/2025/01/castelmora-${n}-1024x683.jpg" alt="" class="wp-image-${3300 + n}">
<figcaption class="wp-element-caption">${cap}</figcaption></figure>`;
const btn = (name: string): string => `<div class="wp-block-kadence-advancedbtn kb-buttons-wrap kb-btns_${name}"><a class="kb-button kt-button button
kb-btn_${name} kt-btn-size-standard kt-btn-width-type-auto kb-btn-global-fill kt-btn-has-text-true" href="https://anaroams.example/go/${name}/"
target="_blank" rel="noopener noreferrer sponsored"><span class="kt-btn-inner-text">Check rates</span></a></div>`;
const tvHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<title>Two Days in Castelmora: An Easy Itinerary for the Hill Town Everyone Skips | Ana Roams</title>
<meta name="description" content="How to spend two days in Castelmora without a car: the walls, the Duomo, wine tastings in Sorbello and a walk to Lago Pieve.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-06-18T07:00:00+00:00">
<meta property="article:modified_time" content="2025-01-12T10:44:31+00:00"><meta name="author" content="Ana Ferreira">
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"${tvTitle}",
"datePublished":"2024-06-18T07:00:00+00:00","dateModified":"2025-01-12T10:44:31+00:00","author":{"@type":"Person","name":"Ana Ferreira"}}]}</script>
<link rel="stylesheet" id="kadence-global-css" href="https://anaroams.example/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9" media="all">
<link rel="stylesheet" id="ez-toc-css" href="https://anaroams.example/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.69"
media="all">
</head>
<body class="post-template-default single single-post postid-3291 wp-embed-responsive footer-on-bottom hide-focus-outline link-style-standard
content-title-style-normal content-width-narrow content-style-unboxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header">
<div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap">
<div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap"><div class="site-main-header-wrap
site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main"><div
class="site-header-row-container-inner">
<div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center"><div
class="site-header-main-section-left
site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item" data-section="title_tagline"><div class="site-branding
branding-layout-standard"><a class="brand" href="https://anaroams.example/" rel="home"><div class="site-title-wrap"><p class="site-title">Ana Roams</p></div>
</a>
</div></div></div><div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item
site-header-item-main-navigation header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false"
data-section="kadence_customizer_primary_navigation">
<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none"
role="navigation" aria-label="Primary Navigation"><div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu">
${links(tvNav, 'menu-item menu-item-type-custom')}</ul></div></nav></div></div></div></div></div></div></div></div></div></div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear"><div id="primary" class="content-area"><div class="content-container site-container"><main id="main"
class="site-main" role="main"><div class="content-wrap"><article id="post-3291" class="entry content-bg single-entry post-3291 post type-post status-publish
format-standard has-post-thumbnail hentry category-italy"><div class="entry-content-wrap"><header class="entry-header post-title title-align-inherit
title-tablet-align-inherit title-mobile-align-inherit"><nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs"><div
class="kadence-breadcrumb-container"><span><a href="https://anaroams.example/" itemprop="url" class="kadence-bc-home"><span>${tvCrumbs[0]}</span></a></span>
<span class="bc-delimiter">/</span> <span><a href="https://anaroams.example/italy/" itemprop="url"><span>${tvCrumbs[1]}</span></a></span></div></nav>
<div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="https://anaroams.example/italy/" rel="tag">Italy</a>
</span></div><h1 class="entry-title">${tvTitle}</h1><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span>
<span class="author vcard"><a class="url fn n" href="https://anaroams.example/about/">Ana Ferreira</a></span></span><span class="updated-on">
<span class="meta-label">Updated on</span><time class="entry-date published updated" datetime="2025-01-12T10:44:31+00:00">January 12, 2025</time></span>
</div></header>
<div class="entry-content single-content">
<div class="wp-block-kadence-infobox kt-info-box_author-intro"><div class="kt-blocks-info-box-link-wrap info-box-link kt-blocks-info-box-media-align-left">
<div class="kt-blocks-info-box-media-container"><div class="kt-blocks-info-box-media kt-info-media-animate-none"><img src="https://anaroams.example/ana-150.jpg"
alt="Ana Ferreira" width="150" height="150" class="kt-info-box-image"></div></div><div class="kt-infobox-textcontent"><p class="kt-blocks-info-box-title">
Written by Ana Ferreira</p><p class="kt-blocks-info-box-text">${tvIntroBox}</p></div></div></div>
<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy ez-toc-counter ez-toc-light-blue ez-toc-container-direction"><div
class="ez-toc-title-container">
<p class="ez-toc-title" style="cursor:inherit">Table of Contents</p><span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn
ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con"><span class="">
<span class="eztoc-hide" style="display:none;">Toggle</span><span class="ez-toc-icon-toggle-span"></span></span></span></a></span></div>
<nav><ul class="ez-toc-list ez-toc-list-level-1">${[tvH1, tvH2, tvH3, tvH4, tvH5]
  .map((t, i) => `<li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-${i + 1}" href="#s${i + 1}">${t}</a></li>`)
  .join('')}</ul></nav></div>
${p(tvP1)}
${fig(1, tvCap1)}
${h2(tvH1, 's1')}
${p(tvP2)}
${h2(tvH2, 's2')}
${p(tvP3)}
${h2(tvH3, 's3')}
${p(tvP4)}
${fig(2, tvCap2)}
${h2(tvH4, 's4')}
<ul class="wp-block-list">${tvStay.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${btn('palazzo-vessi')}
${h2(tvH5, 's5')}
${p(tvP5)}
<div class="wp-block-group travel-resources has-pale-cyan-blue-background-color has-background"><div class="wp-block-group__inner-container">
<h3 class="wp-block-heading">${tvRes.h}</h3><ul class="wp-block-list">${tvRes.items.map((t) => `<li>${t}</li>`).join('')}</ul></div></div>
<h3 class="wp-block-heading has-text-align-center">${tvPin}</h3>
<div class="wp-block-columns"><div class="wp-block-column"><img loading="lazy" src="https://anaroams.example/wp-content/uploads/2025/01/castelmora-pin-1.jpg"
alt="Two days in Castelmora itinerary" data-pin-description="Two days in Castelmora: walls, wine and a lake" width="600" height="900"></div>
<div class="wp-block-column"><img loading="lazy" src="https://anaroams.example/wp-content/uploads/2025/01/castelmora-pin-2.jpg"
alt="Castelmora Italy travel guide"
width="600" height="900"></div></div>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous">
<a href="https://anaroams.example/porto-lucio-budget-food/" rel="prev"><div class="post-navigation-sub"><small>${tvNext[0]}</small></div>${tvNext[1]}</a></div>
<div class="nav-next"><a href="https://anaroams.example/varenna-alta-rainy-day/" rel="next"><div class="post-navigation-sub"><small>${tvNext[2]}</small></div>
${tvNext[3]}</a></div></div></nav>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><div
class="entry-related-inner-content
alignwide"><h2 class="entry-related-title">Similar Posts</h2><div class="entry-related-carousel kadence-slide-init splide">${tvSimilar
  .map(
    (t) => `<article class="entry content-bg loop-entry post type-post"><div class="entry-content-wrap"><header class="entry-header"><h3 class="entry-title">
<a href="https://anaroams.example/r/" rel="bookmark">${t}</a></h3></header></div></article>`,
  )
  .join('\n')}</div></div></div></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Cancel reply</a></small></h3><form id="commentform"
class="comment-form"><p class="comment-notes"><span id="email-notes">${tvForm[0]}</span> <span class="required-field-message">${tvForm[1]}</span></p>
<p class="comment-form-comment comment-form-float-label"><textarea id="comment" name="comment" placeholder="Leave a comment..."></textarea><label
class="float-label" for="comment">${tvForm[2]}</label></p><div class="comment-input-wrap"><p class="comment-form-author"><input id="author" type="text">
<label class="float-label" for="author">${tvForm[3]}</label></p><p class="comment-form-email"><input id="email" type="email"><label class="float-label"
for="email">${tvForm[4]}</label></p><p class="comment-form-url"><input id="url" type="url"><label class="float-label" for="url">${tvForm[5]}</label></p>
</div><p class="comment-form-cookies-consent"><input type="checkbox" id="wp-comment-cookies-consent"><label for="wp-comment-cookies-consent">${tvForm[6]}
</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
</div></main></div></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-top-footer-wrap site-footer-row-container">
<form action="https://app.kit.example/forms/6612045/subscriptions" class="seva-form formkit-form" method="post" data-sv-form="6612045" data-format="inline">
<div class="formkit-header"><h2>${tvSignup[0]}</h2></div><div class="formkit-subheader"><p>${tvSignup[1]}</p></div><div class="formkit-fields"><input
class="formkit-input" name="email_address" aria-label="Email Address" placeholder="Email Address" type="email"><button data-element="submit"
class="formkit-submit"><span>${tvSignup[2]}</span></button></div><div class="formkit-powered-by-convertkit-container"><a href="https://kit.example"
class="formkit-powered-by-convertkit" target="_blank">Built with Kit</a></div></form></div><div class="site-bottom-footer-wrap"><nav
aria-label="Footer Navigation"><ul id="footer-menu" class="menu">${links(tvFoot, 'menu-item')}</ul></nav><div class="footer-html"><p>© 2025 Ana Roams</p>
</div></div></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0" aria-label="We value your privacy" role="region"><div class="cky-consent-bar">
<div class="cky-notice"><p class="cky-title" aria-level="2" data-cky-tag="title" role="heading">${tvCookie[0]}</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>${tvCookie[1]}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">${tvCookie[2]}</button><button class="cky-btn cky-btn-reject"
aria-label="Reject All" data-cky-tag="reject-button">${tvCookie[3]}</button><button class="cky-btn cky-btn-accept" aria-label="Accept All"
data-cky-tag="accept-button">${tvCookie[4]}</button></div></div></div></div></div>
<script id="kadence-navigation-js-extra">var kadenceConfig = {
"screenReader":{"expand":"Child menu","collapse":"Child menu"},"breakPoints":{"desktop":"1024"}};</script>
<script src="https://anaroams.example/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.2.9" id="kadence-navigation-js" async></script>
<script src="https://anaroams.example/wp-content/plugins/easy-table-of-contents/assets/js/front.min.js?ver=2.0.69" id="ez-toc-js-js"></script>
</body></html>`;
const travel: TestPage = {
  html: tvHtml,
  name: 'heldout90-kadence-travel-itinerary',
  kind: 'blog',
  // the author intro box at the top of the entry content ("Written by" is a byline, the intro furniture), the table of
  // contents (its entries repeat the headings and are left out), captions, the "Check rates" button, the resources box
  // and the "Pin it for later!" heading are furniture; the hotel list under "Where to stay" is body
  title: tvTitle,
  headings: [tvH1, tvH2, tvH3, tvH4, tvH5],
  body: [...tvP1, ...tvP2, ...tvP3, ...tvP4, ...texts(tvStay), ...tvP5],
  bylines: ['By Ana Ferreira', 'Updated on', 'January 12, 2025', 'Written by Ana Ferreira'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Ana Roams', ...tvNav, ...tvCrumbs, tvIntroBox, 'Table of Contents', 'Toggle', tvCap1, tvCap2, 'Check rates', tvRes.h, ...tvRes.items,
    tvPin, 'Post navigation', ...tvNext, 'Similar Posts', ...tvSimilar, 'Leave a Reply', 'Cancel reply', ...tvForm, ...tvSignup, 'Built with Kit',
    ...tvFoot, '© 2025 Ana Roams', ...tvCookie,
  ],
};

export const HELDOUT90_B: readonly TestPage[] = [travel, financePost];
