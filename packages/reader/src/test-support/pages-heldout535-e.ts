import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows } from './pages-heldout535-kit.js';

/**
 * Held-out batch 535, file e: a hotel's thermal suite page on Drupal 10 (custom theme, Paragraphs, an opening-hours table, a
 * booking widget in the header, an offers teaser block), and a massage studio's prices page on GoDaddy Websites + Marketing.
 */
const dTitle = 'The Thermal Suite';
const dLead = 'Seven heat and water experiences under one glass roof, open to hotel guests and spa members every day of the year.';
const dParas = [
  j(
    'Start in the hydrotherapy pool, where jets at different heights work the shoulders, back and calves. From there, move between',
    'the heat rooms and the cold at your own pace: most guests spend two to three hours in the suite.',
  ),
];
const dRoomsH = 'What\u2019s inside';
const dRooms = [
  'Finnish sauna at 85°C, with a view over the walled garden',
  'Herbal steam room infused with eucalyptus and mint',
  'Salt inhalation room',
  'Ice fountain and experience showers',
  'Heated loungers and a quiet room with herbal tea',
];
const dHoursH = 'Opening hours';
const dHours = [
  ['Monday to Friday', '7:00 – 21:00', 'Adults only after 17:00'],
  ['Saturday and Sunday', '8:00 – 20:00', 'Children 10:00 – 12:00'],
];
const dEtiqH = 'Suite etiquette';
const dEtiq = [
  j(
    'The suite is a quiet space. Please keep voices low, leave phones in your locker and shower before using the pool and',
    'between heat experiences. Swimwear is required at all times.',
  ),
  'Guests with heart conditions, high blood pressure or who are pregnant should ask our therapists before using the heat rooms.',
];
const dNav = ['Rooms', 'Dining', 'Spa', 'Weddings', 'Offers'];
const dSub = ['Treatments', 'Spa days', 'Membership'];
const dCrumbs = ['Home', 'Spa'];
const dFoot = ['Contact us', 'Getting here', 'Careers', 'Privacy notice', 'Cookie settings'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#">
<head><meta charset="utf-8" /><meta name="description" content="${dLead}" /><link rel="canonical" href="https://www.kelderwickhall.co.uk/spa/thermal-suite" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" /><meta name="viewport"
content="width=device-width, initial-scale=1.0" />
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"HealthAndBeautyBusiness","name":"The Spa at Kelderwick Hall",
"address":{"@type":"PostalAddress","addressLocality":"Kelderwick"}}]}</script>
<title>The Thermal Suite | Kelderwick Hall Hotel &amp; Spa</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Hx1p0b3Rc2.css?delta=0&amp;language=en&amp;theme=kelderwick&amp;include=eJxFj" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214","currentLanguage":"en"},
"gtag":{"tagId":"G-7H2K9Q"}}</script></head>
<body class="path-node page-node-type-landing-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="site-header"><div class="region region-header"><div id="block-kelderwick-branding"
class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img src="/themes/custom/kelderwick/logo.svg" alt="Home" /></a></div>
<nav role="navigation" aria-labelledby="block-kelderwick-main-menu-menu" id="block-kelderwick-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-kelderwick-main-menu-menu">Main navigation</h2><ul class="menu">${dNav
  .map(
    (n) =>
      `<li class="menu-item${
        n === 'Spa' ? ' menu-item--expanded menu-item--active-trail' : ''
      }"><a href="/${n.toLowerCase()}" data-drupal-link-system-path="node/${n.length}">${n}</a>${
        n === 'Spa'
          ? `<ul class="menu">${links(dSub, 'menu-item')}<li class="menu-item menu-item--active-trail"><a href="/spa/thermal-suite" class="is-active"
aria-current="page">${dTitle}</a></li></ul>`
          : ''
      }</li>`,
  )
  .join('\n')}</ul></nav>
<div id="block-bookingwidget" class="block block-block-content block-booking-widget"><form class="booking-widget" action="https://be.synxis.com/" method="get"
target="_blank"><div class="booking-widget__field"><label for="arrive">Arrival</label><input type="date" id="arrive" name="arrive"></div>
<div class="booking-widget__field"><label for="depart">Departure</label><input type="date" id="depart" name="depart"></div>
<div class="booking-widget__field"><label for="adult">Guests</label><select id="adult" name="adult"><option value="1">1</option><option value="2"
selected>2</option>
</select></div><button type="submit" class="button button--primary">Check availability</button></form></div></div></header>
<div class="region region-breadcrumb"><div id="block-kelderwick-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb"
role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(dCrumbs)}<li>${dTitle}</li></ol>
</nav></div></div><div data-drupal-messages-fallback class="hidden"></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<article data-history-node-id="214" about="/spa/thermal-suite" class="node node--type-landing-page node--view-mode-full"><div class="node__content">
<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">
<div class="field__item"><div class="paragraph paragraph--type--hero paragraph--view-mode--default"><div class="hero__media"><picture><source
srcset="/sites/default/files/styles/hero_wide/public/2025-04/thermal-suite.jpg.webp?itok=Qm3x" type="image/webp"><img loading="eager"
src="/sites/default/files/styles/hero_wide/public/2025-04/thermal-suite.jpg?itok=Qm3x" alt="Hydrotherapy pool under the glass roof" /></picture></div>
<div class="hero__text"><h1 class="hero__title"><span class="field field--name-title field--type-string field--label-hidden">${dTitle}</span></h1>
<div class="clearfix text-formatted field field--name-field-lead field--type-text-long field--label-hidden field__item"><p>${dLead}</p></div></div></div></div>
<div class="field__item"><div class="paragraph paragraph--type--text paragraph--view-mode--default"><div
class="clearfix text-formatted field field--name-field-text
field--type-text-long field--label-hidden field__item">${ps(dParas)}<h2>${dRoomsH}</h2><ul>${lis(dRooms)}</ul></div></div></div>
<div class="field__item"><div class="paragraph paragraph--type--table paragraph--view-mode--default"><h2 class="paragraph__title">${dHoursH}</h2>
<table class="table table--striped"><thead><tr><th>Day</th><th>Hours</th><th>Notes</th></tr></thead><tbody>${rows(dHours)}</tbody></table></div></div>
<div class="field__item"><div class="paragraph paragraph--type--text paragraph--view-mode--default"><div
class="clearfix text-formatted field field--name-field-text
field--type-text-long field--label-hidden field__item"><h2>${dEtiqH}</h2>${ps(dEtiq)}</div></div></div>
<div class="field__item"><div class="paragraph paragraph--type--cta-banner paragraph--view-mode--default"><div class="cta-banner"><p class="cta-banner__text">
Thermal suite access from £45 per person</p><a href="/spa/spa-days" class="button">View spa days</a></div></div></div>
</div></div></article>
<div class="views-element-container block block-views block-views-blockoffers-block-teaser" id="block-views-block-offers-teaser"><h2>Current offers</h2>
<div class="view view-offers view-id-offers view-display-id-block_teaser"><div class="view-content"><div class="views-row"><article class="node node--type-offer
node--view-mode-teaser"><h3><a href="/offers/winter-warmer"><span>Winter Warmer Spa Break</span></a></h3><p>Dinner, bed, breakfast and two hours in the
thermal suite.</p>
</article></div><div class="views-row"><article class="node node--type-offer node--view-mode-teaser"><h3><a href="/offers/midweek-escape"><span>Midweek
Escape</span></a>
</h3><p>Save 20% on stays from Sunday to Thursday.</p></article></div></div></div></div></div></div></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><div id="block-footeraddress" class="block block-block-content"><p>Kelderwick
Hall Hotel
&amp; Spa, Kelderwick, North Yorkshire</p><p>01632 960 418</p></div><nav role="navigation" aria-labelledby="block-footer-menu" id="block-footer"
class="block block-menu navigation menu--footer"><h2 class="visually-hidden" id="block-footer-menu">Footer</h2><ul
class="menu">${links(dFoot, 'menu-item')}</ul></nav>
<div class="block copyright"><p>&copy; 2026 Kelderwick Hall Ltd</p></div></div></footer></div></div>
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script><script src="/core/misc/drupal.js?v=10.2.5"></script></body></html>`;
const drupal: TestPage = {
  name: 'heldout535-drupal-thermal-suite',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: [dRoomsH, dHoursH, dEtiqH],
  body: texts([dLead, ...dParas, ...dRooms, ...dHours.flat(), ...dEtiq]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Main navigation', ...dNav, ...dSub, 'Arrival', 'Departure', 'Guests', 'Check availability', 'Breadcrumb', 'Home',
    'Thermal suite access from £45 per person', 'View spa days', 'Current offers', 'Winter Warmer Spa Break',
    'Dinner, bed, breakfast and two hours in the thermal suite.',
    'Midweek Escape', 'Save 20% on stays from Sunday to Thursday.', 'Kelderwick Hall Hotel & Spa, Kelderwick, North Yorkshire', '01632 960 418', 'Footer',
    ...dFoot, '© 2026 Kelderwick Hall Ltd',
  ],
};

const yTitle = 'Services &amp; Prices';
const yIntro = 'All massages include a short intake and use unscented organic oil unless you ask otherwise.';
const yGroups: [string, [string, string, string][]][] = [
  [
    'Massage',
    [
      ['Relaxation Massage', 'Gentle to medium pressure for stress and sleep.', '$85 / 60 min'],
      ['Therapeutic Massage', 'Targeted work for neck, back and hip pain, with stretching.', '$95 / 60 min'],
      ['Couples Massage', 'Two therapists, side by side, in our double room.', '$180 / 60 min'],
    ],
  ],
  [
    'Add-ons',
    [
      ['Hot towel foot treatment', '', '$15'],
      ['CBD balm', 'Applied to one area of tension.', '$10'],
    ],
  ],
];
const yNote = 'Prices do not include tax or gratuity. Packages of five massages save 10%.';
const yNav = ['Home', 'Gift Cards', 'Contact Us'];
const yCls = (n: number): string => `x-el x-el-div c1-1 c1-2 c1-${n.toString(36)} c1-b c1-c c1-d c1-e c1-f c1-g`;
const yItem = ([t, d, p]: [string, string, string]): string => `<div data-ux="Block" class="${yCls(40)}"><div data-ux="Grid" class="${yCls(41)}">
<div data-ux="GridCell" class="${yCls(42)}"><h4 role="heading" aria-level="4" data-ux="ContentHeading" data-aid="MENU_ITEM_TITLE"
class="x-el x-el-h4 c1-1 c1-2 c1-3c c1-3d">${t}</h4>
${d === '' ? '' : `<p data-ux="ContentText" data-aid="MENU_ITEM_DESC" class="x-el x-el-p c1-1 c1-2 c1-3e c1-3f">${d}</p>`}</div>
<div data-ux="GridCell" class="${yCls(43)}"><p data-ux="Price" data-aid="MENU_ITEM_PRICE" class="x-el x-el-p c1-1 c1-2 c1-3g">${p}</p></div></div></div>`;
const yHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charSet="utf-8"/><meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><title>Services &amp; Prices</title><meta name="author" content="Tidewell Massage Studio"/>
<meta name="generator" content="Starfield Technologies; Go Daddy Website Builder 8.0.0000"/><link rel="manifest" href="/manifest.webmanifest"/>
<link rel="apple-touch-icon" sizes="57x57" href="//img1.wsimg.com/isteam/ip/static/pwa-app/logo-default.png/:/rs=w:57,h:57,m"/>
<meta property="og:url" content="https://tidewellmassage.com/services-%26-prices"/><meta property="og:site_name" content="Tidewell Massage Studio"/>
<meta property="og:title" content="Tidewell Massage Studio"/><meta property="og:type" content="website"/>
<script type="text/javascript" src="//img1.wsimg.com/poly/v3/polyfill.min.js?unknown=polyfill&amp;flags=gated&amp;features=default"></script>
<style data-inline-fonts>@font-face{font-family:'Lora';src:url(//img1.wsimg.com/gfonts/s/lora/v32/0QI6MX1D.woff2) format('woff2')}</style>
<style>.x{-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%}.c1-1{letter-spacing:normal}.c1-2{text-transform:none}</style></head>
<body class="x  x-fonts-lora"><div id="layout-a1b2c3d4-e5f6-4789-9abc-def012345678" class="layout layout-layout layout-layout-layout-13 locale-en-US lang-en">
<div data-ux="Page" id="page-12345" class="x-el x-el-div x-el c1-1 c1-2 c1-3 c1-4 c1-5 c1-6 x-d-ux"><div data-ux="Block" class="x-el x-el-div c1-1 c1-2 c1-7">
<div id="bs-1"><div data-ux="Block" class="${yCls(10)}"><div data-ux="Header" role="main" data-aid="HEADER_WIDGET" id="header-1" class="${yCls(11)}">
<section data-ux="Section" data-aid="HEADER_SECTION" class="${yCls(12)}"><div data-ux="Container" class="${yCls(13)}"><nav data-ux="Block" class="${yCls(14)}">
<div data-ux="Block" data-aid="HEADER_LOGO_RENDERED" class="${yCls(15)}"><a rel="" role="link" aria-haspopup="menu" data-ux="Link" data-page="home"
title="Tidewell Massage Studio"
href="/" data-typography="LinkAlpha" class="x-el x-el-a c1-16 c1-17" data-tccl="ux2.HEADER.header9.Logo.Default.Link.Default.12345.click,click">
<h3 role="heading" aria-level="3" data-ux="LogoHeading" data-aid="HEADER_LOGO_TEXT_RENDERED" class="x-el x-el-h3 c1-18 c1-19">Tidewell Massage
Studio</h3></a></div>
<ul data-ux="NavigationItem" data-aid="NAV_LINKS" class="x-el x-el-ul c1-1a">${[...yNav.slice(0, 1), yTitle, ...yNav.slice(1)]
  .map(
    (n) => `<li data-ux="ListItemInline"
class="x-el x-el-li c1-1b"><a rel="" role="link" aria-haspopup="false" data-ux="NavLink" target="" data-page="${n.length}" data-edit-interactive="true"
href="/${n.toLowerCase().replace(/ &amp; | /g, '-')}" class="x-el x-el-a c1-1c"${n === yTitle ? ' aria-current="page"' : ''}>${n}</a></li>`,
  )
  .join('')}</ul>
<div data-ux="Block" class="${yCls(16)}"><a rel="" role="button" data-ux="ButtonPrimary" data-aid="HEADER_CTA_BTN" href="https://tidewellmassage.as.me/"
target="_blank" class="x-el x-el-a c1-1d c1-1e">Book Now</a></div></nav></div></section></div></div></div>
<div id="bs-2"><div data-ux="Block" class="${yCls(20)}"><div id="a1b2-menu" class="widget widget-menu widget-menu-menu-4"><div data-ux="Widget" role="region"
id="a1b2-menu-w" class="${yCls(21)}"><div><section data-ux="Section" data-aid="MENU_SECTION0_RENDERED" class="${yCls(22)}"><div data-ux="Container"
class="${yCls(23)}">
<h1 role="heading" aria-level="1" data-ux="SectionHeading" data-aid="MENU_SECTION_TITLE_RENDERED" data-promoted-from="2" data-order="0"
class="x-el x-el-h2 c1-24 c1-25">
<span data-ux="Element" class="x-el x-el-span c1-26">${yTitle}</span></h1><div data-ux="ContentText" data-aid="MENU_SECTION_DESCRIPTION_RENDERED"
class="${yCls(27)}">
<p style="margin:0"><span>${yIntro}</span></p></div>
${yGroups
  .map(
    ([g, items]) => `<div data-ux="Block" data-aid="MENU_SECTION_GROUP" class="${yCls(30)}"><h3 role="heading" aria-level="3" data-ux="HeadingMinor"
data-aid="MENU_SECTION_SUBTITLE" class="x-el x-el-h3 c1-31">${g}</h3>${items.map(yItem).join('\n')}</div>`,
  )
  .join('\n')}
<div data-ux="ContentText" data-aid="MENU_SECTION_FOOTER_RENDERED" class="${yCls(32)}"><p style="margin:0"><span>${yNote}</span></p></div>
</div></section></div></div></div></div></div>
<div id="bs-3"><div data-ux="Block" class="${yCls(50)}"><div data-ux="Footer" role="contentinfo" data-aid="FOOTER_SECTION_RENDERED" class="${yCls(51)}">
<p data-ux="FooterText" data-aid="FOOTER_ADDRESS_RENDERED" class="x-el x-el-p c1-52">2210 Harbor Lane, Suite B, Port Alder, OR 97400</p>
<p data-ux="FooterText" data-aid="FOOTER_COPYRIGHT_RENDERED" class="x-el x-el-p c1-53"><span>Copyright © 2026 Tidewell Massage Studio - All Rights
Reserved.</span></p>
<p data-ux="FooterText" data-aid="FOOTER_POWERED_BY_AIRO_RENDERED" class="x-el x-el-p c1-54"><span>Powered by</span> <a rel="nofollow noopener" role="link"
data-ux="Link" target="_blank" href="https://www.godaddy.com/websites/website-builder?cvosrc=assets.wsb_badge.wsb_badge"
class="x-el x-el-a c1-55">GoDaddy</a></p>
</div></div></div></div>
<div id="bs-4"><div data-ux="Block" data-aid="COOKIE_BANNER" role="dialog" class="${yCls(60)}"><p data-ux="Text" data-aid="COOKIE_BANNER_TEXT"
class="x-el x-el-p c1-61">
This website uses cookies.</p><p data-ux="Text" class="x-el x-el-p c1-62">We use cookies to analyze website traffic and optimize your website experience. By
accepting our
use of cookies, your data will be aggregated with all other user data.</p><a rel="" role="button" data-ux="ButtonPrimary" data-aid="CONSENT_ACCEPT"
href="#" class="x-el x-el-a c1-63">Accept</a></div></div></div></div>
<script type="text/javascript">window.cxs && window.cxs.setOptions({ eventBuilderEnabled: true });</script>
<script src="//img1.wsimg.com/ceph-p3-01/website-builder-data-prod/static/widgets/UX.4.45.1.js" crossorigin></script></body></html>`;
const godaddy: TestPage = {
  name: 'heldout535-godaddy-massage-prices',
  kind: 'docs',
  html: yHtml,
  title: 'Services & Prices',
  headings: [...yGroups.flatMap(([g, items]) => [g, ...items.map(([t]) => t)])],
  body: [yIntro, ...yGroups.flatMap(([, items]) => items.flatMap(([, d, p]) => (d === '' ? [p] : [d, p]))), yNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tidewell Massage Studio', ...yNav, 'Book Now', '2210 Harbor Lane, Suite B, Port Alder, OR 97400',
    'Copyright © 2026 Tidewell Massage Studio - All Rights Reserved.',
    'Powered by GoDaddy', 'This website uses cookies.',
    j(
      'We use cookies to analyze website traffic and optimize your website experience.',
      'By accepting our use of cookies, your data will be aggregated with all other user data.',
    ),
    'Accept',
  ],
};

export const HELDOUT535_E: readonly TestPage[] = [drupal, godaddy];
