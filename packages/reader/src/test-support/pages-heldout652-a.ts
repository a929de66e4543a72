import { links, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout652-kit.js';

/**
 * Held-out batch 652, file a: a laser tag arena's birthday party packages page built with Wix, and a go-kart track's rules and
 * safety page on WordPress (Astra with Elementor).
 */
const wTitle = 'Birthday Party Packages';
const wIntro = [
  j(
    'Turn your birthday into a mission. Every party at Photon Bay includes a private briefing, your own marshal in the arena and',
    'a party room for food and cake after the games. Parties run every Saturday and Sunday and on weekdays during school holidays.',
  ),
  'All packages are for up to 10 players. Extra players can be added on the day at the price shown under each package.',
];
const wPacks = [
  {
    name: 'Blaster Party',
    price: '£16.50 per player',
    items: ['Two 15-minute games', 'Party room for 45 minutes', 'Juice and a slice of pizza for each player'],
  },
  {
    name: 'Mission Party',
    price: '£21 per player',
    items: ['Three 15-minute games', 'Party room for one hour', 'Hot food box for each player', 'Score cards printed for every game'],
  },
  {
    name: 'Ultimate Party',
    price: '£27 per player',
    items: [
      'Four games including one night-vision round',
      'Party room for 90 minutes',
      'Hot food box and slushie',
      'Free game voucher for the birthday player',
    ],
  },
];
const wGood = [
  'Players must be at least 6 years old. Under-8s play in our Cadet sessions with slower vest settings.',
  'A deposit of £40 secures your date. The balance is paid on the day.',
  'Please arrive 20 minutes before your first game so we can fit vests and run the briefing.',
];
const wNav = ['Home', 'Play', 'Parties', 'Groups', 'Prices', 'Contact'];
const wFoot = ['Photon Bay Laser Arena', 'Unit 4, Kilnworth Trade Park, Dunmere', '01632 960 418', 'Privacy Policy', 'Terms'];
const wPack = (p: (typeof wPacks)[number], i: number): string => `<div id="comp-lpk${i}" class="comp-lpk${i} wixui-box" data-testid="container-bg">
<div id="comp-lph${i}" class="wixui-rich-text" data-testid="richTextElement"><h3 class="font_3 wixui-rich-text__text">${p.name}</h3></div>
<div id="comp-lpp${i}" class="wixui-rich-text" data-testid="richTextElement"><p class="font_7 wixui-rich-text__text">
<span class="color_15 wixui-rich-text__text">${p.price}</span></p></div>
<div id="comp-lpl${i}" class="wixui-rich-text" data-testid="richTextElement"><ul
class="font_8 wixui-rich-text__text">${lis(p.items, 'wixui-rich-text__text')}</ul></div>
<a data-testid="linkElement" href="https://www.photonbaylaser.co.uk/book" class="wixui-button"><span class="wixui-button__label">Book This
Party</span></a></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Parties | Photon Bay Laser Arena</title>
<meta name="description" content="Laser tag birthday parties in Dunmere for ages 6 and up.">
<meta property="og:title" content="Parties | Photon Bay Laser Arena"><link rel="canonical" href="https://www.photonbaylaser.co.uk/parties">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Photon Bay Laser Arena",
"telephone":"01632 960 418"}</script>
<script id="wix-viewer-model" type="application/json">{"siteFeatures":["assetsLoader","cookiesManager"],"language":"en"}</script>
<style id="css_masterPage">.font_0{font:normal normal bold 48px/1.2 wfont_a1b2c3}.font_8{font:normal normal normal 17px/1.6
avenir-lt-w01_35-light1475496}</style>
</head><body class="responsive"><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus"></div>
<div id="site-root"><div id="masterPage" class="mesh-layout">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"><div class="_C0cVf"><div id="comp-kz1logo" class="wixui-rich-text"
data-testid="richTextElement">
<p class="font_6 wixui-rich-text__text"><a href="https://www.photonbaylaser.co.uk">PHOTON BAY</a></p></div>
<nav id="comp-kz1menu" aria-label="Site" class="wixui-horizontal-menu"><ul class="itemDepth02233374943__menu">${wNav
  .map(
    (t) =>
      `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase()}"><p
class="itemDepth02233374943__label">${t}</p></a></li>`,
  )
  .join('\n')}</ul></nav>
<a data-testid="linkElement" href="/book" class="wixui-button"><span class="wixui-button__label">Book Now</span></a></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="page"><section id="comp-lp0hero"
class="wixui-section">
<div id="comp-lp0img" class="wixui-image"><img src="https://static.wixstatic.com/media/9a1f2e_party.jpg" alt="Kids in vests in the arena"></div>
<div id="comp-lp0t" class="wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text">${wTitle}</h1></div>
<div id="comp-lp0p" class="wixui-rich-text" data-testid="richTextElement">${wIntro
  .map(
    (p) => `<p
class="font_8 wixui-rich-text__text">${p}</p>`,
  )
  .join('\n')}</div>
</section><section id="comp-lp1" class="wixui-section"><div class="wixui-repeater">${wPacks.map(wPack).join('\n')}</div></section>
<section id="comp-lp2" class="wixui-section"><div class="wixui-rich-text" data-testid="richTextElement"><h2 class="font_2 wixui-rich-text__text">Good to
know</h2>
<ul class="font_8 wixui-rich-text__text">${lis(wGood, 'wixui-rich-text__text')}</ul></div>
<div class="wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text">Questions? Call us or send a message on WhatsApp.</p></div>
</section></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div class="wixui-rich-text" data-testid="richTextElement">${wFoot
  .slice(0, 3)
  .map((t) => `<p class="font_9 wixui-rich-text__text">${t}</p>`)
  .join('\n')}</div>
<div class="wixui-rich-text" data-testid="richTextElement"><p class="font_9"><a href="/privacy">${wFoot[3]}</a> | <a href="/terms">${wFoot[4]}</a></p>
<p class="font_9">© 2027 by Photon Bay Laser Arena. Proudly created with Wix.com</p></div></footer></div></div></div></div>
<div data-hook="consent-banner-root" class="consent-banner"><p data-hook="ccsu-banner-text">This website uses cookies. By using the site, you accept our use
of
cookies.</p><button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-apply-button">Accept</button></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wixParty: TestPage = {
  name: 'heldout652-wix-laser-party',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [...wPacks.map((p) => p.name), 'Good to know'],
  body: [...wIntro, ...wPacks.flatMap((p) => [p.price, ...p.items]), ...wGood, 'Questions? Call us or send a message on WhatsApp.'],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'PHOTON BAY', ...wNav, 'Book Now', 'Book This Party', ...wFoot, '© 2027 by Photon Bay Laser Arena. Proudly created with Wix.com',
    'This website uses cookies. By using the site, you accept our use of cookies.', 'Settings', 'Accept',
  ],
};

const eTitle = 'Track Rules &amp; Safety';
const eIntro = j(
  'Everyone who drives at Ridgeback Raceway, from first-timers to league regulars, agrees to these rules when they sign the',
  'driver declaration. Marshals can stop a session or remove a driver from the track at any time if the rules are broken.',
);
const eSecs = [
  {
    h: 'Before you drive',
    p: [
      j(
        'All drivers must watch the safety briefing video, even if they have driven with us before. The briefing lasts eight minutes',
        'and covers the flags, the pit lane and what to do if your kart stops on track.',
      ),
    ],
    li: [
      'Minimum age for adult karts is 16; cadet karts are for drivers aged 8 to 15 and at least 1.3 m tall.',
      'Closed shoes must be worn. No sandals, heels or bare feet.',
      'Long hair must be tied up and tucked inside your race suit.',
      'Scarves, lanyards and loose jewellery must be removed and left in a locker.',
      'Drivers who appear to be under the influence of alcohol or drugs will not be allowed to drive and will not be refunded.',
    ],
  },
  {
    h: 'Flags',
    p: ['Marshals use flags at the start line and at the hairpin. You must react to every flag straight away.'],
    li: [
      '<strong>Green</strong> – the track is clear, race on.',
      '<strong>Yellow</strong> – hazard ahead. Slow down and no overtaking until you pass the incident.',
      '<strong>Red</strong> – stop safely on the racing line, raise your hand and wait for a marshal.',
      '<strong>Blue</strong> – a faster kart is behind you. Hold your line and let it pass.',
      '<strong>Black</strong> – come into the pit lane at the end of the lap. You have broken a rule.',
      '<strong>Chequered</strong> – the session is over. Complete one slow lap and return to the pits.',
    ],
  },
  {
    h: 'On track',
    p: [
      j(
        'Deliberate contact is not allowed. Bumping, blocking with more than one change of direction and pushing another kart',
        'off the track will earn a warning; a second warning means a black flag and the end of your session.',
      ),
      j(
        'Keep both hands on the wheel at all times. If you spin, stay in your kart with your belt fastened and raise one hand.',
        'Never get out of your kart on the track unless a marshal tells you to.',
      ),
    ],
    li: [],
  },
  {
    h: 'Pit lane',
    p: [j('The pit lane speed limit is walking pace. Enter only when shown the black flag, at the end of your session, or if your', 'kart has a problem.')],
    li: [],
  },
];
const eOutro = 'If you have a medical condition that could affect your driving, please speak to the duty manager before you book.';
const eNav = ['Home', 'Arrive &amp; Drive', 'Parties', 'Corporate', 'Leagues', 'Prices', 'FAQs', 'Contact'];
const eFootNav = ['Opening Times', 'Gift Vouchers', 'Careers', 'Privacy Policy', 'Cookie Policy'];
const eSec = (
  s: (typeof eSecs)[number],
  i: number,
): string => `<div class="elementor-element elementor-element-7a${i}c elementor-widget elementor-widget-heading"
data-id="7a${i}c" data-element_type="widget" data-widget_type="heading.default"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${s.h}</h2></div></div>
<div class="elementor-element elementor-element-8b${i}d elementor-widget elementor-widget-text-editor" data-id="8b${i}d" data-element_type="widget"
data-widget_type="text-editor.default"><div class="elementor-widget-container">${s.p.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
${
  s.li.length === 0
    ? ''
    : `<div class="elementor-element elementor-widget elementor-widget-icon-list" data-widget_type="icon-list.default"><div
class="elementor-widget-container">
<ul class="elementor-icon-list-items">${s.li
        .map(
          (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg"></svg></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
        )
        .join('\n')}</ul></div></div>`
}`;
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Track Rules &amp; Safety - Ridgeback Raceway</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://ridgebackraceway.co.uk/track-rules/"><meta property="og:type" content="article">
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Track Rules & Safety - Ridgeback Raceway",
"datePublished":"2025-02-11T10:04:51+00:00","dateModified":"2027-01-08T16:22:10+00:00"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://ridgebackraceway.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4">
<link rel="stylesheet" id="elementor-frontend-css" href="https://ridgebackraceway.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.1">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.site-title{font-size:26px}</style></head>
<body class="page-template-default page page-id-412 wp-custom-logo ast-page-builder-template ast-no-sidebar elementor-default elementor-kit-6 elementor-page
elementor-page-412">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline" id="masthead">
<div id="ast-desktop-header"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-branding ast-site-identity">
<span class="site-logo-img"><a href="https://ridgebackraceway.co.uk/" class="custom-logo-link" rel="home"><img width="220" height="64"
src="https://ridgebackraceway.co.uk/wp-content/uploads/2024/11/ridgeback-logo.png" class="custom-logo" alt="Ridgeback Raceway"></a></span></div>
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"
id="primary-site-navigation-desktop" aria-label="Site Navigation: Main Menu"><div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">${links(eNav, 'menu-item menu-item-type-post_type')}</ul>
</div></nav></div><div class="ast-builder-button-wrap"><a class="ast-custom-button-link" href="/book-online/"><div class="ast-custom-button">Book
Online</div></a></div>
</div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-412 page type-page status-publish ast-article-single" id="post-412"><header
class="entry-header ast-no-thumbnail ast-no-title ast-header-without-markup">
</header><div class="entry-content clear"><div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3f21 elementor-section-boxed elementor-section-height-default"
data-id="3f21" data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
<div class="elementor-background-overlay"></div><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-heading"
data-widget_type="heading.default">
<div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>${eIntro}</p></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-wide"><div class="elementor-column elementor-col-66 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${eSecs.map(eSec).join('\n')}
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p><em>${eOutro}</em></p></div></div></div></div>
<div class="elementor-column elementor-col-33 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-call-to-action"><div class="elementor-widget-container"><div class="elementor-cta">
<div class="elementor-cta__content"><h3 class="elementor-cta__title elementor-cta__content-item">Ready to race?</h3>
<div class="elementor-cta__description elementor-cta__content-item">Arrive &amp; Drive sessions from £29.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button" href="/book-online/">Book a
Session</a></div></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><a class="elementor-button" href="/briefing/">
<span class="elementor-button-text">Watch the Briefing Video</span></a></div></div></div></div></div></section></div></div></article>
</main></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-primary-footer-wrap ast-builder-grid-row-container"><div class="ast-builder-grid-row">
<div class="site-footer-primary-section-1 site-footer-section"><aside class="footer-widget-area widget-area"><section id="text-2" class="widget widget_text">
<h2 class="widget-title">Find Us</h2><div class="textwidget"><p>Ridgeback Raceway, Old Airfield Road, Hollins Cross</p><p>Open daily 10am – 10pm</p></div>
</section></aside></div><div class="site-footer-primary-section-2 site-footer-section"><nav class="site-navigation" aria-label="Site Navigation: Footer">
<ul id="astra-footer-menu" class="ast-nav-menu ast-footer-menu">${links(eFootNav, 'menu-item')}</ul></nav></div></div></div>
<div class="site-below-footer-wrap"><div class="ast-footer-copyright"><p>Copyright © 2027 Ridgeback Raceway | Powered by Ridgeback
Raceway</p></div></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://ridgebackraceway.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
<script src="https://ridgebackraceway.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.1" id="elementor-frontend-js"></script>
</body></html>`;
const elementorRules: TestPage = {
  name: 'heldout652-elementor-kart-rules',
  kind: 'docs',
  html: eHtml,
  title: 'Track Rules & Safety',
  headings: eSecs.map((s) => s.h),
  body: texts([eIntro, ...eSecs.flatMap((s) => [...s.p, ...s.li]), eOutro]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...texts(eNav), 'Book Online', 'Ready to race?', 'Arrive & Drive sessions from £29.', 'Book a Session',
    'Watch the Briefing Video', 'Find Us', 'Ridgeback Raceway, Old Airfield Road, Hollins Cross', 'Open daily 10am – 10pm', ...eFootNav,
    'Copyright © 2027 Ridgeback Raceway | Powered by Ridgeback Raceway', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT652_A: readonly TestPage[] = [wixParty, elementorRules].map(finish);
