import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout567-kit.js';

/**
 * Held-out batch 567, file b: a garden centre café and events page on Squarespace 7.1 (Fluid Engine sections, cookie banner,
 * button blocks), and a small nursery's visiting page built with Wix (rich-text components, free-site banner).
 */
const qTitle = 'The Glasshouse Café';
const qIntro = [
  j(
    'Our café sits in the old Victorian vinery at the heart of Thornbury Nurseries, with the vine still trained along the roof. Everything',
    'is cooked in our own kitchen, and the salads and herbs come from the walled garden fifty yards away.',
  ),
  'Dogs on leads are welcome on the terrace. Inside, we keep the tables for people and the floor for high chairs.',
];
const qHours = ['Monday to Saturday: 9am – 4.30pm (lunch served 12 – 2.30pm)', 'Sunday: 10am – 4pm', 'Closed 25 and 26 December and 1 January'];
const qMenu = [
  'Walled garden soup with soda bread – £6.95',
  'Smoked trout and beetroot salad – £11.50',
  'Leek, potato and Caerphilly pie with greens – £12.25',
  'Cream tea with a fruit scone and homemade jam – £7.50',
];
const qMenuNote = 'We bake gluten-free cakes every day. Please tell us about allergies when you order.';
const qEvents = [
  [
    'Wreath-making evenings',
    'Thursdays 27 November, 4 and 11 December, 6.30 – 9pm · £48',
    'Make a wreath from our own holly, ivy and eucalyptus with florist Jess Abery. Mulled wine and mince pies included.',
  ],
  [
    'Breakfast with Father Christmas',
    'Saturdays and Sundays in December, 9am and 10.30am · £16.50 per child',
    'A cooked breakfast in the vinery, a story by the stove and a small gift for every child. Adults eat from the normal menu.',
  ],
  [
    'Seed swap and soup',
    'Sunday 1 February, 11am – 2pm · Free',
    'Bring your spare seeds, take home someone else’s. Soup and bread are served in the café all day.',
  ],
] as const;
const qNav = ['Plants', 'Café', 'Events', 'Gift Cards', 'Find Us'];
const qFoot = ['Instagram', 'Facebook'];
const sec = (
  inner: string,
  id: string,
): string => `<section data-test="page-section" data-section-theme="white" class="page-section content-collection full-bleed-section
background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="${id}">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-${id}">${inner}</div></div></div></section>`;
const txt = (inner: string, id: string): string => `<div class="fe-block fe-block-${id}"><div class="sqs-block html-block sqs-block-html" data-block-type="2"
id="block-${id}"><div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div></div>`;
const btn = (
  label: string,
  id: string,
): string => `<div class="fe-block fe-block-${id}"><div class="sqs-block button-block sqs-block-button" data-block-type="53"
id="block-${id}"><div class="sqs-block-content"><div class="sqs-block-button-container sqs-block-button-container--center"><a href="/book"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">${label}</a></div></div></div></div>`;
const qp = (t: string): string => `<p class="" style="white-space:pre-wrap;">${t}</p>`;
const qul = (items: readonly string[]): string =>
  `<ul data-rte-list="default">${items.map((t) => `<li><p class="" style="white-space:pre-wrap;">${t}</p></li>`).join('')}</ul>`;
const qEv = qEvents.map(([h, when, d], i) => txt(`<h3 style="white-space:pre-wrap;">${h}</h3>${qp(`<strong>${when}</strong>`)}${qp(d)}`, `ev${i}`)).join('\n');
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8"><title>Café — Thornbury Nurseries</title>
<link rel="canonical" href="https://www.thornburynurseries.co.uk/cafe"><meta property="og:site_name" content="Thornbury Nurseries">
<meta property="og:title" content="Café — Thornbury Nurseries"><meta itemprop="name" content="Café — Thornbury Nurseries">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101",
"pageType":10,"cookieSettings":{"isCookieBannerEnabled":true,"cookieBannerText":""}};</script>
<script type="application/ld+json">{"url":"https://www.thornburynurseries.co.uk","name":"Thornbury Nurseries","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Thornbury Nurseries","address":"Mill Road\\nThornbury Green","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/6501f2a7/12/5c5a519771c10ba3470d8101/6501f2b1/1528/site.css" rel="stylesheet" type="text/css">
</head>
<body id="collection-6501f3c0a1" class="header-width-full tweak-transparent-header primary-button-style-solid primary-button-shape-pill
form-use-theme-colors collection-type-page collection-layout-default view-item mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="white header theme-col--primary" data-section-theme="white"
data-controller="Header" data-current-styles="{}"><div class="header-announcement-bar-wrapper"><a href="#page"
class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" data-animation-role="header-element">Thornbury
Nurseries</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><div class="icon-cart-quantity">0</div>
</span></a>
</div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6501f3c0a1">
${sec(txt(`<h1 style="white-space:pre-wrap;">${qTitle}</h1>${qIntro.map(qp).join('')}`, 'a1') + btn('Book a table', 'a2'), 'a')}
${sec(
  txt(`<h2 style="white-space:pre-wrap;">Opening hours</h2>${qul(qHours)}`, 'b1') +
    txt(
      `<h2 style="white-space:pre-wrap;">From the
kitchen</h2>${qul(qMenu)}${qp(qMenuNote)}`,
      'b2',
    ),
  'b',
)}
${sec(`${txt('<h2 style="white-space:pre-wrap;">What’s on</h2>', 'c0')}\n${qEv}\n${btn('See all events', 'c9')}`, 'c')}
${sec(
  `<div class="fe-block fe-block-d1"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure
class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/vinery-interior.jpg" alt="" loading="lazy"></figure></div></div></div>
${txt(
  `<h3 style="white-space:pre-wrap;">Private
hire</h3>${qp('The vinery seats 40 for birthdays, wakes and club suppers after 5pm. Email hello@thornburynurseries.co.uk for a quote.')}`,
  'd2',
)}`,
  'd',
)}
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections>${sec(
  txt(
    `${qp('<strong>Thornbury Nurseries</strong>')}
${qp('Mill Road, Thornbury Green')}${qp('01632 960 215')}`,
    'f1',
  ) +
    `<div class="fe-block fe-block-f2"><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2">
<div class="sqs-block-content"><div class="sqs-svg-icon--outer social-icon-alignment-center social-icons-color-black"><nav class="sqs-svg-icon--list">${qFoot
      .map(
        (t) => `
<a href="https://www.${t.toLowerCase()}.com/thornburynurseries" target="_blank" class="sqs-svg-icon--wrapper ${t.toLowerCase()}-unauth" aria-label="${t}">
<div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon" href="#${t.toLowerCase()}-unauth-icon"></use></svg></div></a>`,
      )
      .join('')}
</nav></div></div></div></div>` +
    txt(qp('© 2026 Thornbury Nurseries Ltd. Registered in England 08123456.'), 'f3'),
  'f',
)}</footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>We use cookies to give you the best experience on our website. By using this site you accept our use of cookies.</p>
</div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button>
<button class="sqs-cookie-banner-v2-decline sqs-button-element--secondary">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const squarespace: TestPage = {
  name: 'heldout567-squarespace-cafe-events',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: ['Opening hours', 'From the kitchen', 'What’s on', ...qEvents.map(([h]) => h), 'Private hire'],
  body: [
    ...texts(qIntro),
    ...qHours,
    ...qMenu,
    qMenuNote,
    ...qEvents.flatMap(([, when, d]) => [when, d]),
    'The vinery seats 40 for birthdays, wakes and club suppers after 5pm. Email hello@thornburynurseries.co.uk for a quote.',
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...qNav.filter((t) => t !== 'Café'), '0', 'Book a table', 'See all events', 'Mill Road, Thornbury Green',
    '01632 960 215', '© 2026 Thornbury Nurseries Ltd. Registered in England 08123456.',
    'We use cookies to give you the best experience on our website. By using this site you accept our use of cookies.', 'Accept', 'Decline',
  ],
};

const wTitle = 'Visiting the nursery';
const wBody = [
  j(
    'Brackenfold Plants is a small family nursery growing hardy perennials and ferns on the edge of Upper Wyndle. We are open to',
    'visitors from March to October, Thursday to Sunday, 10am to 4pm.',
  ),
  j(
    'The nursery is at the end of a single-track lane. Please drive slowly and use the passing places; our neighbours’ tractors',
    'have right of way. There is parking for eight cars in the yard.',
  ),
  'We take cards and cash. There are no toilets on site, but the Wyndle Arms at the bottom of the lane is happy for our visitors to use theirs.',
  'Finding us',
  'Brackenfold Plants, Fold Lane, Upper Wyndle WY7 3QP',
];
const wNav = ['Home', 'Plant List', 'Visit', 'Plant Fairs', 'Contact'];
const rt = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="generator" content="Wix.com Website Builder"><title>Visit | Brackenfold Plants</title>
<meta name="description" content="Opening times, directions and parking at Brackenfold Plants."><link rel="canonical"
href="https://www.brackenfoldplants.co.uk/visit">
<meta property="og:title" content="Visit | Brackenfold Plants"><meta property="og:site_name" content="Brackenfold Plants">
<script type="application/json" id="wix-viewer-model">{"site":{"metaSiteId":"a4b0c2d1","siteId":"5e7f","isPremium":false},
"language":{"userLanguage":"en"}}</script>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);--shd:none}.font_0{font:normal normal bold 44px/1.2em 'playfair display',serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"></div></div>
<div id="WIX_ADS" class="VczJGZ ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral" target="_blank" rel="nofollow" class="MWiCrB">
<span class="lKGqK5">This site was designed with the <span class="uQfRjS">Wix</span>.com website builder. Create your website today.</span>
<span class="vJxKRf">Start Now</span></a></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope"><header id="SITE_HEADER"
class="xU8fqS SITE_HEADER wixui-header"
tabindex="-1"><div class="Gh4Qne"><div id="comp-lm1header"
class="comp-lm1header">${rt('lm1logo', '<p class="font_2 wixui-rich-text__text"><a href="/">BRACKENFOLD PLANTS</a></p>')}
<nav aria-label="Site" id="comp-lm1menu" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu comp-lm1menu"><ul
class="StylableHorizontalMenu3372578893__menu">
${links(wNav, 'wixui-horizontal-menu__item')}</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerc1dmp"
class="Containerc1dmp SPY_vo">
<div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content"><section id="comp-lm2sec1" class="comp-lm2sec1 CohWsy wixui-column-strip"><div
class="V5AUxf">
${rt('lm2title', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${rt('lm2body', wBody.slice(0, 3).map(wp).join('<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">&#8203;</span></p>'))}
<div id="comp-lm2img" class="MazNVa comp-lm2img wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lm2img" class="HlRz5e BI8PVQ"
data-image-info='{"containerId":"comp-lm2img","displayMode":"fill"}'><img
src="https://static.wixstatic.com/media/9c2e1a_fernhouse.jpg/v1/fill/w_490,h_326/fernhouse.jpg"
alt="fernhouse.jpg" style="width:490px;height:326px;object-fit:cover"></wow-image></div></div>
${rt('lm2find', `<h2 class="font_4 wixui-rich-text__text">${wBody[3]}</h2>${wp(wBody[4] ?? '')}`)}
<div id="comp-lm2map" class="comp-lm2map wixui-google-map"><iframe title="Google Maps" aria-label="Google Maps"
src="https://www-brackenfoldplants-co-uk.filesusr.com/maps.html"></iframe></div>
</div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="Gh4Qne">${rt(
  'lm1foot',
  `<p class="font_9 wixui-rich-text__text">
© 2026 by Brackenfold Plants. Proudly created with <a href="https://wix.com" target="_blank">Wix.com</a></p>`,
)}</div></footer></div></div></div></div>
<div id="SITE_CONTAINER_END"></div><script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js" async></script></body>
</html>`;
const wix: TestPage = {
  name: 'heldout567-wix-visiting-nursery',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wBody[3] ?? ''],
  body: [wBody[0] ?? '', wBody[1] ?? '', wBody[2] ?? '', wBody[4] ?? ''],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', ...wNav,
    '© 2026 by Brackenfold Plants. Proudly created with Wix.com',
  ],
};

export const HELDOUT567_B: readonly TestPage[] = [squarespace, wix];
