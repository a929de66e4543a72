import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, type Row, rowTexts, trs } from './pages-heldout545-kit.js';

/**
 * Held-out batch 545, file a: a bingo hall's opening times and prices page on WordPress (Astra theme, Elementor sections,
 * CookieYes banner), and an amusement arcade's house rules page on Squarespace 7.1 (fluid engine blocks, announcement bar).
 */
const sTitle = 'Opening Times &amp; Prices';
const sIntro = j(
  'Starline Bingo Cleethorne is open seven days a week, with an afternoon and an evening main session every day and',
  'Lightning early sessions from Thursday to Sunday. Doors open half an hour before the first game so you have time to buy books and grab a drink.',
);
const sHead: Row = ['Day', 'Doors open', 'Afternoon session', 'Evening session', 'Close'];
const sRows: Row[] = [
  ['Monday to Wednesday', '12:30pm', '1:15pm', '7:15pm', '10:30pm'],
  ['Thursday', '10:30am', '1:15pm', '7:15pm', '11pm'],
  ['Friday and Saturday', '10:30am', '1:15pm', '7:30pm', '11:30pm'],
  ['Sunday', '11am', '1:30pm', '6:45pm', '10pm'],
];
const sPrices = [
  'Main session book (6 tickets, 9 games): £8',
  'Early Lightning book: £4',
  'Extra National Game ticket: £1',
  '“Big Board” link game: £2 a strip',
  'Members’ Monday: two books for £12 before 2pm',
];
const sKnow = [
  j(
    'You must be 18 or over to play and to enter the gaming floor. If you look under 25 we will ask for photo ID, so please',
    'bring a passport or driving licence. Membership is free and takes two minutes at reception.',
  ),
  j(
    'Prices include dabbers on your first visit. Electronic handsets are £3 extra per session and can be booked at the',
    'desk from the time doors open. Bank holiday times may change; we post them on our Facebook page a week before.',
  ),
  'Our kitchen serves hot food until 8:45pm and the bar is open throughout every session.',
];
const sCookie = j(
  'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic.',
  'By clicking "Accept All", you consent to our use of cookies.',
);
const sNav = ['Home', 'Bingo', 'Slots', 'Food &amp; Drink', 'Parties', 'Contact'];
const sNavT = ['Home', 'Slots', 'Food & Drink', 'Parties', 'Contact'];
const sFoot = ['Privacy Policy', 'Terms and Conditions', 'Safer Gambling', 'Complaints'];
const el = (id: string, widget: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${widget}" data-id="${id}" data-element_type="widget"
data-widget_type="${widget}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const section = (id: string, inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed elementor-section-height-default"
data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const iconList = (items: readonly string[]): string =>
  items
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-ticket-alt"></i></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n');
const sHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Opening Times &amp; Prices &#8211; Starline Bingo Cleethorne</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css" href="https://starlinebingo.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4"
media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="https://starlinebingo.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.19.2"
media="all">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px;}body,button,input{font-family:'Poppins',sans-serif;}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Opening Times & Prices",
"isPartOf":{"@id":"https://starlinebingo.co.uk/#website"}},{"@type":"BingoHall","name":"Starline Bingo Cleethorne","telephone":"01472 000 418"}]}</script>
<script id="cookieyes" src="https://cdn-cookieyes.com/client_data/5b1e/script.js"></script></head>
<body class="page-template-default page page-id-412 wp-custom-logo ast-page-builder-template ast-no-sidebar astra-4.6.4 elementor-default elementor-kit-6
elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-hide-custom-menu-mobile" id="masthead">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><div class="ast-site-identity"><span class="site-logo-img"><a href="https://starlinebingo.co.uk/" class="custom-logo-link"
rel="home">
<img width="220" height="64" src="/wp-content/uploads/2023/02/starline-logo.png" class="custom-logo" alt="Starline Bingo"></a></span></div></div>
<div class="ast-flex-grow-1 main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation"
aria-label="Site Navigation"><div class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex
submenu-with-border">
${links(sNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div>
<div class="ast-mobile-menu-buttons"><button class="menu-toggle main-header-menu-toggle ast-mobile-menu-buttons-minimal" aria-expanded="false">
<span class="screen-reader-text">Main Menu</span><span class="ast-icon icon-menu-bars"></span></button></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-412 page type-page status-publish ast-article-single" id="post-412" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-header-without-markup"></header><div class="entry-content clear" itemprop="text">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
${section(
  '6c1f0a2',
  el(
    '2b7e91d',
    'heading',
    `<h1 class="elementor-heading-title
elementor-size-default">${sTitle}</h1>`,
  ) + el('9a04d3e', 'text-editor', `<p>${sIntro}</p>`),
)}
${section(
  '41d8c7b',
  el('e3f5a10', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Session times</h2>') +
    el(
      '7f2c6b4',
      'text-editor',
      `<figure class="wp-block-table"><table>
<thead>${trs([sHead], 'th')}</thead><tbody>${trs(sRows)}</tbody></table></figure>`,
    ),
)}
${section(
  'c0a97e5',
  el('58b1f2a', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Book prices</h2>') +
    el(
      'd6e3a07',
      'icon-list',
      `<ul class="elementor-icon-list-items">
${iconList(sPrices)}</ul>`,
    ) +
    el(
      '0b9f4c1',
      'button',
      `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/membership/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Join for free</span></span></a></div>`,
    ),
)}
${section(
  'a7e2d94',
  el('1f6a8c3', 'heading', '<h2 class="elementor-heading-title elementor-size-default">Good to know</h2>') + el('4c9e0b7', 'text-editor', ps(sKnow)),
)}
</div></div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter"><div class="site-primary-footer-wrap ast-builder-grid-row-container">
<div class="ast-builder-grid-row"><div class="site-footer-section"><aside class="footer-widget-area widget-area site-footer-focus-item
footer-widget-area-inner">
<section id="text-3" class="widget widget_text"><h2 class="widget-title">Find us</h2><div class="textwidget"><p>Starline Bingo, 14 Grimsby Road, Cleethorne
DN35 0QX</p>
<p>Call 01472 000 418</p></div></section></aside></div><div class="site-footer-section"><nav class="site-navigation" aria-label="Footer menu">
<ul class="ast-nav-menu">${links(sFoot, 'menu-item')}</ul></nav></div></div></div>
<div class="site-below-footer-wrap"><div class="ast-footer-copyright"><p>Copyright &copy; 2026 Starline Bingo Ltd | Over 18s only. Please play responsibly.</p>
</div></div></footer></div>
<div class="cky-consent-container cky-classic-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description">
<p>We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic. By clicking "Accept All", you consent to
our use of cookies.</p>
</div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="Customise">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All">Reject All</button><button class="cky-btn cky-btn-accept" aria-label="Accept All">Accept
All</button>
</div></div></div></div></div>
<script src="https://starlinebingo.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.19.2" id="elementor-frontend-js"></script></body></html>`;
const starline: TestPage = {
  name: 'heldout545-starline-bingo-times',
  kind: 'docs',
  html: sHtml,
  title: 'Opening Times & Prices',
  headings: ['Session times', 'Book prices', 'Good to know'],
  body: texts([sIntro, ...rowTexts(sRows), ...sPrices, ...sKnow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...sNavT, 'Join for free', 'Find us', 'Starline Bingo, 14 Grimsby Road, Cleethorne DN35 0QX', 'Call 01472 000 418', ...sFoot,
    'Copyright © 2026 Starline Bingo Ltd | Over 18s only. Please play responsibly.', 'We value your privacy',
    sCookie,
    'Customise', 'Reject All', 'Accept All',
  ],
};

const fTitle = 'House Rules';
const fIntro = j(
  'Funland is a family arcade and we want everyone to have a good time, from toddlers on the kiddie rides to grandparents on the',
  'penny falls. These rules keep the place fair and safe. Staff in red shirts can help with anything.',
);
const fRules = [
  'Children under 12 must be with an adult at all times.',
  'Over-18 machines (marked with a red 18 sticker) are for adults only. We will ask for ID.',
  'No food or drink on the games floor, except bottled water.',
  'Do not rock, tilt or bang the machines. If a game jams, press the call button and wait for staff.',
  'Tokens and play cards cannot be exchanged for cash.',
  'We may refuse entry or ask anyone to leave if they are abusive to staff or other customers.',
];
const fKids = [
  j(
    'Under-16s can visit on their own until 6pm during school holidays, and until 4pm during term time. After that they must be with an adult.',
    'We reserve the right to ask young people for proof of age.',
  ),
];
const fPrize = [
  j(
    'Tickets won on redemption games are loaded on to your play card. Tickets never expire as long as the card has been',
    'used once in the last twelve months. Lost cards can be replaced for £1 if you registered them at the kiosk.',
  ),
  'Prizes are swapped at the prize counter only. We cannot hold prizes for more than seven days.',
];
const fNav = ['Games', 'Parties', 'Prices', 'Find Us'];
const fFoot = ['Instagram', 'Facebook', 'TikTok'];
const block = (id: string, inner: string): string =>
  `<div class="fe-block fe-block-yui_3_17_2_1_1718${id}"><div class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2"
data-border-radii="&#123;&quot;topLeft&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;&#125;" id="block-yui_3_17_2_1_1718${id}">
<div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div></div>`;
const fHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>House Rules &mdash; Funland Saltby</title>
<link rel="canonical" href="https://www.funlandsaltby.co.uk/house-rules"><meta property="og:site_name" content="Funland Saltby">
<meta property="og:title" content="House Rules &mdash; Funland Saltby"><meta property="og:type" content="website">
<script type="application/ld+json">{"url":"https://www.funlandsaltby.co.uk","name":"Funland Saltby","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"address":"Marine Parade\\nSaltby Bay","openingHours":"Mo-Su 10:00-21:00",
"@context":"http://schema.org","@type":"LocalBusiness"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT =
{"websiteId":"64f1a0c2e3b9d12a","collectionId":"64f1a2b0c1d4e5f6","templateVersion":"7.1"};</script>
<link href="//assets.squarespace.com/universal/styles-compressed/commerce-7c3b0f2a.min.css" rel="stylesheet" type="text/css">
<link href="/site.css?cb=1718290000" rel="stylesheet" type="text/css"></head>
<body id="collection-64f1a2b0c1d4e5f6" class="primary-button-style-solid primary-button-shape-pill tweak-global-animations-enabled header-width-full
form-use-theme-colors collection-type-page collection-layout-default mobile-style-available sqs-seven-one">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar sqs-announcement-bar-custom-height-dropzone"><a href="/prices"
class="sqs-announcement-bar-url" aria-labelledby="announcement-bar-text-inner-id"></a><div class="sqs-announcement-bar-content">
<div class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" tabindex="0" role="button" aria-label="Close Announcement"></span>
<div id="announcement-bar-text-inner-id" class="sqs-announcement-bar-text-inner"><p>Open every day of the summer holidays, 10am to
9pm</p></div></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/">Funland
Saltby</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${fNav
  .map(
    (t) => `<div class="header-nav-item
header-nav-item--collection"><a href="/${t.toLowerCase().replace(' ', '-')}">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/parties">Book a party</a></div></div></div>
<div class="header-burger menu-overlay-has-visible-non-navigation-items"><button class="header-burger-btn burger" data-test="header-burger">
<span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span><span hidden class="js-header-burger-close-title visually-hidden">Close
Menu</span>
<div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"><div class="top-bun"></div><div
class="bottom-bun"></div></div></div></button></div>
</div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6650c1aa4d2f8b3e1c0d2e7f">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="6650c1aa4d2f8b3e1c0d2e80">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content"><div class="fluid-engine
fe-6650c1aa4d2f8b3e1c0d2e81">
${block('001', `<h1 style="white-space:pre-wrap;">${fTitle}</h1><p class="" style="white-space:pre-wrap;">${fIntro}</p>`)}
${block('002', `<ol data-rte-list="default">${lis(fRules.map((r) => `<p class="" style="white-space:pre-wrap;">${r}</p>`))}</ol>`)}
${block('003', `<h3 style="white-space:pre-wrap;">Under-16s</h3>${ps(fKids, ' class="" style="white-space:pre-wrap;"')}`)}
${block('004', `<h3 style="white-space:pre-wrap;">Tickets and prizes</h3>${ps(fPrize, ' class="" style="white-space:pre-wrap;"')}`)}
<div class="fe-block fe-block-yui_3_17_2_1_1718005"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img
data-src="https://images.squarespace-cdn.com/content/v1/64f1a0c2/prize-wall.jpg"
alt="The prize wall at Funland"></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>The prize wall, summer
2025</p></div></figcaption></figure>
</div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section layout-engine-section
background-width--full-bleed">
<div class="content-wrapper"><div class="content"><div class="fluid-engine"><div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div
class="sqs-block-content">
<div class="sqs-html-content"><p style="white-space:pre-wrap;">Funland Saltby, Marine Parade, Saltby Bay</p></div></div></div></div>
<div class="fe-block"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div
class="newsletter-form-wrapper">
<form class="newsletter-form" data-form-id="6650c2e0"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join the Funland club</h2>
<div class="newsletter-form-header-description"><p>Token offers and event news, once a month.</p></div></header><div class="newsletter-form-body">
<div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2_1_1718">Email Address</label><input id="email-yui_3_17_2_1_1718"
class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button
sqs-editable-button-layout
sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div></div>
<div class="fe-block"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div
class="sqs-block-content"><nav>${fFoot
  .map(
    (t) => `<a href="https://${t.toLowerCase()}.com/funlandsaltby" class="sqs-svg-icon--wrapper
${t.toLowerCase()}-unauth" aria-label="${t}"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"></svg></div></a>`,
  )
  .join('')}</nav>
</div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2-bar" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience. You can accept all cookies or decline non-essential
ones.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-deny">Decline</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button></div></div></div>
<script src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const funland: TestPage = {
  name: 'heldout545-funland-house-rules',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['Under-16s', 'Tickets and prizes'],
  body: texts([fIntro, ...fRules, ...fKids, ...fPrize]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open every day of the summer holidays, 10am to 9pm', 'Skip to Content', 'Funland Saltby', 'Parties', 'Prices', 'Find Us', 'Book a party',
    'The prize wall, summer 2025',
    'Funland Saltby, Marine Parade, Saltby Bay', 'Join the Funland club', 'Token offers and event news, once a month.', 'Email Address', 'Sign Up',
    'We respect your privacy.', 'This website uses cookies to improve your experience. You can accept all cookies or decline non-essential ones.',
    'Decline', 'Accept',
  ],
};

export const HELDOUT545_A: readonly TestPage[] = [starline, funland];
