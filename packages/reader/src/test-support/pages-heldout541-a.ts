import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, mk, rowText, tr } from './pages-heldout541-kit.js';

/**
 * Held-out batch 541, file a: a karting track's sessions and prices page built with Elementor (Hello theme, Elementor Pro
 * header and footer); the second page of the file went to file a2.
 */
const kTitle = 'Arrive & Drive Sessions and Prices';
const kIntro = j(
  'No licence, no experience and no kit needed: just turn up 30 minutes before your session, sign in at reception and we will have you',
  'on track in a 270cc Sodi kart with a full briefing, helmet, balaclava and race suit included.',
);
const kCards = [
  { name: 'Sprint 15', price: '£29', per: 'per driver', items: ['15 minutes on track', 'Best lap printout', 'Ages 12 and over'] },
  { name: 'Grand Prix 30', price: '£49', per: 'per driver', items: ['10 minute practice', '20 minute race with rolling start', 'Podium and trophies'] },
  { name: 'Endurance 60', price: '£85', per: 'per driver', items: ['Two drivers a kart', 'Compulsory pit stops', 'Live timing screens'] },
];
const kTimesHead = ['Day', 'First session', 'Last session', 'Junior sessions'];
const kTimes = [
  ['Monday to Thursday', '12:00', '20:30', '16:30 and 17:15'],
  ['Friday', '12:00', '21:30', '16:30'],
  ['Saturday', '09:30', '21:30', '09:30 to 12:00'],
  ['Sunday', '09:30', '18:00', '09:30 to 12:00'],
];
const kAfter = [
  'Who can drive',
  j(
    'Adult sessions are open to drivers aged 16 and over and at least 150cm tall. Junior sessions use our 160cc cadet karts and are',
    'open to drivers aged 8 to 15 who are at least 130cm tall. Drivers aged 12 to 15 may join Sprint 15 adult sessions if they are 150cm or taller.',
  ),
  j(
    'Every driver must sign the disclaimer before driving. Drivers under 18 need a parent or guardian to sign for them at reception on the',
    'day, so please make sure they come with you.',
  ),
  'Good to know',
  'Wear flat, closed shoes. Trainers are ideal; heels, sandals and boots with a thick sole are not allowed.',
  'Long hair must be tied back and scarves removed before you put on a helmet.',
  'Sessions run in all weathers. If the track is closed for safety we will move your booking free of charge.',
  'Please arrive 30 minutes early. Late arrivals may lose part of their track time.',
  'Combine and save',
  j(
    'Book a Grand Prix 30 for eight or more drivers and the Sprint 15 warm-up is half price. Ask at reception about our Tuesday',
    'student nights, with 20% off any session on production of a valid student card.',
  ),
];
const kNav = ['Home', 'Arrive & Drive', 'Corporate Events', 'Parties', 'Leagues', 'Gift Vouchers', 'Contact'];
const kFootLinks = ['Track Rules', 'Booking Terms', 'Privacy Policy', 'Careers'];
const kCardHtml = kCards
  .map(
    (c) => `<div class="elementor-column elementor-col-33 elementor-inner-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-price-table"
data-widget_type="price-table.default"><div class="elementor-widget-container"><div class="elementor-price-table"><div class="elementor-price-table__header">
<h3 class="elementor-price-table__heading">${c.name}</h3></div><div class="elementor-price-table__price"><span class="elementor-price-table__currency">£</span>
<span class="elementor-price-table__integer-part">${c.price.slice(1)}</span>
<span class="elementor-price-table__period elementor-typo-excluded">${c.per}</span></div>
<ul class="elementor-price-table__features-list">${lis(
      c.items.map((i) => `<div class="elementor-price-table__feature-inner"><i aria-hidden="true" class="fas fa-check"></i><span>${i}</span></div>`),
    )}</ul>
<div class="elementor-price-table__footer">
<a class="elementor-price-table__button elementor-button elementor-size-md" href="/book/?s=${c.name}">Book now</a></div>
</div></div></div></div></div>`,
  )
  .join('\n');
const kHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Arrive &amp; Drive Sessions and Prices &#8211; Brackenfold Raceway</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="elementor-frontend-css" href="https://brackenfoldraceway.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4">
<link rel="stylesheet" id="hello-elementor-css" href="https://brackenfoldraceway.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1">
<style id="elementor-post-412">.elementor-412 .elementor-element.elementor-element-5b2e1c1{--display:flex;}</style>
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Arrive & Drive Sessions and Prices"},
{"@type":"SportsActivityLocation","name":"Brackenfold Raceway","telephone":"01632 960418"}]}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-7KQ2BX19TR');</script></head>
<body class="page-template page-template-elementor_header_footer page page-id-412 elementor-default
elementor-template-full-width elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div class="elementor-widget-container">
<a href="https://brackenfoldraceway.co.uk">
<img width="220" height="64" src="/wp-content/uploads/2023/02/brackenfold-logo.png" alt="Brackenfold Raceway"></a></div></div>
<div class="elementor-element elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-6c1f" class="elementor-nav-menu">${links(kNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false">
<span class="elementor-screen-only">Menu</span></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-6c1f" class="elementor-nav-menu">
${links(kNav, 'menu-item')}</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/book/"><span class="elementor-button-text">Book Online</span></a></div></div></div>
</div></div></div>
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
<div class="elementor-element elementor-element-5b2e1c1 e-flex e-con-boxed e-con e-parent" data-element_type="container"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${kTitle.replace('&', '&amp;')}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${kIntro}</p></div></div>
</div></div>
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">${kCardHtml}</div></section>
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Session times</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<table class="session-times"><thead>${tr(kTimesHead, 'th')}</thead><tbody>${kTimes.map((r) => tr(r)).join('\n')}</tbody></table></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${kAfter[0]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container">${ps([kAfter[1] ?? '', kAfter[2] ?? ''])}</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${kAfter[3]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
${lis(
  kAfter.slice(4, 8).map(
    (t) =>
      `<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-flag-checkered"></i></span>
<span class="elementor-icon-list-text">${t}</span>`,
  ),
  'elementor-icon-list-item',
)}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${kAfter[8]}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${kAfter[9]}</p></div></div>
</div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent cta-strip" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-call-to-action"><div class="elementor-widget-container"><div class="elementor-cta__content">
<h2 class="elementor-cta__title elementor-cta__content-item">Planning a group of 10 or more?</h2>
<div class="elementor-cta__description elementor-cta__content-item">
Our events team can put together a private race meeting with food in the Pit Lane Café.</div>
<div class="elementor-cta__button-wrapper">
<a class="elementor-cta__button elementor-button elementor-size-" href="/corporate-events/">Enquire about groups</a></div>
</div></div></div></div></div></div>
<div data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Brackenfold Raceway, Unit 4 Moorgate Industrial Estate, Brackenfold BF7 2QN</p><p>Call us on 01632 960418</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(kFootLinks, 'menu-item')}</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-social-icons"><div class="elementor-widget-container">
<div class="elementor-social-icons-wrapper elementor-grid">
<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon elementor-social-icon-facebook" href="#">
<span class="elementor-screen-only">Facebook</span></a></span>
<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon elementor-social-icon-instagram" href="#">
<span class="elementor-screen-only">Instagram</span></a></span>
</div></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>© 2026 Brackenfold Raceway Ltd. All rights reserved.</p></div></div>
</div></div></div>
<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-align-center moove-gdpr-dark-scheme gdpr_infobar_postion_bottom" role="note"
aria-label="GDPR Cookie Banner"><div class="moove-gdpr-info-bar-container"><div class="moove-gdpr-info-bar-content"><div class="moove-gdpr-cookie-notice">
<p>We are using cookies to give you the best experience on our website.</p><p>You can find out more about which cookies we are using or switch them off in
<button data-href="#moove_gdpr_cookie_modal" class="change-settings-button">settings</button>.</p></div>
<div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all gdpr-fbo-0" aria-label="Accept">Accept</button></div>
</div></div></div>
<script src="https://brackenfoldraceway.co.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
</body></html>`;
const elementorKarting: TestPage = mk({
  name: 'heldout541-karting-prices-elementor',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: [...kCards.map((c) => c.name), 'Session times', kAfter[0] ?? '', kAfter[3] ?? '', kAfter[8] ?? ''],
  body: texts([
    kIntro,
    ...kCards.flatMap((c) => [`${c.price} ${c.per}`, ...c.items]),
    ...kTimes.map(rowText),
    ...kAfter.filter((_, i) => ![0, 3, 8].includes(i)),
  ]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...kNav, 'Menu', 'Book Online', 'Book now', 'Planning a group of 10 or more?',
    'Our events team can put together a private race meeting with food in the Pit Lane Café.', 'Enquire about groups',
    'Brackenfold Raceway, Unit 4 Moorgate Industrial Estate, Brackenfold BF7 2QN', 'Call us on 01632 960418', ...kFootLinks, 'Facebook', 'Instagram',
    '© 2026 Brackenfold Raceway Ltd. All rights reserved.', 'We are using cookies to give you the best experience on our website.',
    'You can find out more about which cookies we are using or switch them off in settings.', 'Accept',
  ],
});

export const HELDOUT541_A: readonly TestPage[] = [elementorKarting];
