import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout636-kit.js';

/**
 * Held-out batch 636, file a: a spinning wheel hire page on Squarespace 7.1 (accordion FAQ, newsletter block, announcement
 * bar) and a natural dye workshop page built with Wix (free-plan ad banner, consent banner, booking button).
 */
const sTitle = 'Spinning Wheel Hire';
const sIntro = j(
  'Not sure a spinning wheel is for you yet? Borrow one of ours for a month and find out at home. Every hire wheel has been cleaned,',
  'oiled and tested by us, and comes with a lazy kate, three bobbins and 100 g of carded Corriedale to get you started.',
);
const sWheels = [
  'Ashbourne Traveller – a compact double-treadle castle wheel, good for beginners and small spaces',
  'Kettlewell Saxony – a single-treadle wheel with a large drive wheel, smooth and steady for long draw',
  'Marren E-Spinner – a quiet electric spinner for anyone who would rather not treadle',
];
const sPrices = [
  'One month: £35, plus a £120 deposit returned when the wheel comes back',
  'Each extra month: £25',
  'The hire fee is refunded in full if you buy a new wheel from us within 60 days',
];
const sCollect = j(
  'Wheels can be collected from the studio in Thornby from Tuesday to Saturday. We deliver within 25 miles for £12 each way, and we',
  'can post the E-Spinner anywhere in mainland UK.',
);
const sFaq: readonly [string, string][] = [
  ['Do I need to know how to spin?', 'No. Every hire includes a free 45-minute lesson at the studio, or a video call if we post your wheel.'],
  ['What if something breaks?', 'Normal wear is covered. If a part is lost or broken by accident we charge only the cost of the part.'],
  ['Can I extend my hire?', 'Yes, just email us before the month is up and we will add another month at the lower rate.'],
];
const sHeads = ['Our hire wheels', 'Prices', 'Collection and delivery', 'Questions'];
const sNav = ['Shop', 'Classes', 'Fleece', 'About', 'Contact'];
const sAcc = sFaq
  .map(
    ([q, a]) => `<li class="accordion-item"><h4 class="accordion-item__title-wrapper" role="heading" aria-level="3">
<button class="accordion-item__click-target" aria-expanded="false" style="padding-top:30px;padding-bottom:30px;">
<span class="accordion-item__title">${q}</span><div class="accordion-icon-container" data-is-open="false" aria-hidden="true">
<div class="plus"><div class="plus__horizontal-line"></div><div class="plus__vertical-line"></div></div></div></button></h4>
<div class="accordion-item__dropdown" role="region"><div class="accordion-item__description"><p style="white-space:pre-wrap;">${a}</p></div></div></li>`,
  )
  .join('\n');
const sBlock = (inner: string, type = 'html'): string =>
  `<div class="sqs-block ${type}-block sqs-block-${type}" data-block-type="2"><div class="sqs-block-content">${inner}</div></div>`;
const sHtml = `<!DOCTYPE html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<!-- This is Squarespace. --><!-- thornby-wheelhouse -->
<base href=""><meta charset="utf-8"><title>Spinning Wheel Hire — Thornby Wheelhouse</title>
<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model">
<link rel="canonical" href="https://www.thornbywheelhouse.co.uk/wheel-hire"><meta property="og:site_name" content="Thornby Wheelhouse">
<meta property="og:title" content="Spinning Wheel Hire — Thornby Wheelhouse"><meta name="viewport" content="width=device-width, initial-scale=1">
<script type="text/javascript" crossorigin="anonymous" defer src="//assets.squarespace.com/universal/scripts-compressed/extract-css-runtime.js"></script>
<script>Static.SQUARESPACE_CONTEXT = {"facebookAppId":"314192535267336","showAnnouncementBar":true,"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.thornbywheelhouse.co.uk","name":"Thornby Wheelhouse","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"address":"12 Mill Lane, Thornby","openingHours":"Tu-Sa 10:00-17:00","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64f1c2/27/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css">
</head>
<body id="collection-64f1c9a2e1b0c83d5f2a7711" class="primary-button-style-solid primary-button-shape-pill header-width-full
 tweak-transparent-header tweak-fixed-header-style-basic form-field-style-solid collection-type-page view-item">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar" role="region" aria-label="Announcement">
<div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text"><div class="sqs-announcement-bar-text-inner">
<p>The studio is closed from 24 December to 2 January</p></div></div></div></div></div>
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
<div class="header-inner container--fluid">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a href="/" id="site-title">Thornby Wheelhouse</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
<div class="header-nav-item header-nav-item--collection"><a href="/shop" data-animation-role="header-element">Shop</a></div>
<div class="header-nav-item header-nav-item--collection"><a href="/classes" data-animation-role="header-element">Classes</a></div>
<div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/wheel-hire" aria-current="page">Wheel Hire</a></div>
<div class="header-nav-item header-nav-item--collection"><a href="/fleece">Fleece</a></div>
<div class="header-nav-item header-nav-item--collection"><a href="/about">About</a></div>
<div class="header-nav-item header-nav-item--collection"><a href="/contact">Contact</a></div></nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner">
<svg class="icon icon--cart" viewBox="0 0 31 24"><use xlink:href="/assets/ui-icons.svg#cart-icon"></use></svg>
<div class="icon-cart-quantity"><span class="cart-quantity-container"><span class="sqs-cart-quantity">0</span></span></div></span></a></div></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="" data-current-styles="" hidden><div class="header-menu-bg theme-bg--primary"></div>
<nav class="header-menu-nav"><div class="header-menu-nav-list">${links(sNav, 'container header-menu-nav-item')}</div></nav></div></header></div>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64f1c9a2e1b0c83d5f2a7712">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed
 section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="64f1c9a2e1b0c83d5f2a7713">
<div class="section-border"><div class="section-background"></div></div><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section" id="page-section-64f1c9a2e1b0c83d5f2a7713">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sBlock(`<div class="sqs-html-content"><h1 style="white-space:pre-wrap;">${sTitle}</h1>
<p class="sqsrte-large" style="white-space:pre-wrap;">${sIntro}</p>
<h2 style="white-space:pre-wrap;">${sHeads[0]}</h2><ul data-rte-list="default">${lis(sWheels.map((w) => `<p style="white-space:pre-wrap;">${w}</p>`))}</ul>
<h2 style="white-space:pre-wrap;">${sHeads[1]}</h2><ul data-rte-list="default">${lis(sPrices.map((w) => `<p style="white-space:pre-wrap;">${w}</p>`))}</ul>
<h2 style="white-space:pre-wrap;">${sHeads[2]}</h2><p style="white-space:pre-wrap;">${sCollect}</p></div>`)}
${sBlock(
  `<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center">
<a href="/contact" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Book a wheel</a></div>`,
  'button',
)}
${sBlock(`<div class="sqs-html-content"><h2 style="white-space:pre-wrap;">${sHeads[3]}</h2></div>`)}
${sBlock(`<ul class="accordion-items-container" data-should-allow-multiple-open-items="false" data-is-divider-enabled="true">${sAcc}</ul>`, 'accordion')}
</div></div></div></div></div></section>
<section data-test="page-section" data-section-theme="light" class="page-section layout-engine-section light" data-section-id="64f1c9a2e1b0c83d5f2a7714">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${sBlock(
  `<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="64f1d0"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join our mailing list</h2>
<div class="newsletter-form-header-description"><p>News of classes, new fleeces and studio open days.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17_2">Email Address</label>
<input id="email-yui_3_17_2" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div>
<div class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary"
type="submit" value="Sign Up"><span class="newsletter-form-spinner sqs-spin light large"></span><span class="newsletter-form-button-label">Sign Up</span>
</button></div><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div>
<div class="form-submission-text hidden">Thank you!</div></form></div>`,
  'newsletter',
)}
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" class="page-section has-background" data-section-theme="dark">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row">
<div class="col sqs-col-6 span-6">${sBlock(`<div class="sqs-html-content"><h3>Thornby Wheelhouse</h3><p>12 Mill Lane, Thornby</p>
<p>Tuesday–Saturday, 10am–5pm</p></div>`)}</div>
<div class="col sqs-col-6 span-6">${sBlock(
  `<nav class="sqs-svg-icon--list"><a href="https://instagram.com/" class="sqs-svg-icon--wrapper instagram-unauth"
aria-label="Instagram"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"><use class="sqs-use--icon" xlink:href="#instagram-unauth-icon"></use></svg>
</div></a></nav><div class="sqs-html-content"><p>© 2026 Thornby Wheelhouse</p></div>`,
  'socialaccountlinks-v2',
)}</div>
</div></div></div></div></section></footer>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience and to analyse traffic.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept all</button>
<button class="sqs-cookie-banner-v2-deny sqs-button-element--secondary">Decline all</button><button class="sqs-cookie-banner-v2-manage">Manage cookies</button>
</div></div></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script>
</body></html>`;
const squarespace: TestPage = {
  name: 'heldout636-squarespace-wheel-hire',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [...sHeads, ...sFaq.map(([q]) => q)],
  body: texts([sIntro, ...sWheels, ...sPrices, sCollect, ...sFaq.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The studio is closed from 24 December to 2 January', 'Skip to Content', 'Thornby Wheelhouse', ...sNav, '0', 'Book a wheel',
    'Join our mailing list', 'News of classes, new fleeces and studio open days.', 'Email Address', 'Sign Up', 'We respect your privacy.',
    '12 Mill Lane, Thornby', 'Tuesday–Saturday, 10am–5pm', '© 2026 Thornby Wheelhouse',
    'This website uses cookies to improve your experience and to analyse traffic.', 'Accept all', 'Decline all', 'Manage cookies',
  ],
};

const wTitle = 'Colour from Plants: Weld, Madder and Woad';
const wDek = 'A two-day workshop in the dye garden at Madderwick, for beginners and for dyers who want to work without synthetic mordants.';
const wFacts = [
  'Saturday 18 and Sunday 19 April 2027',
  '10:00 to 16:00 both days',
  '£165, including lunch, all fibre and a printed recipe booklet',
  'The Old Dairy, Madderwick Farm, near Hallowby',
];
const wParas = [
  j(
    'Over two days you will dye a full set of yellows, reds and blues from three of the oldest dye plants grown in Britain, and',
    'overdye them to make greens, oranges and purples. Everything we use is grown in our own beds or gathered within a mile of the dairy.',
  ),
  j(
    'On Saturday we scour and mordant wool and silk with alum and tannin, then work with weld and madder in open pots. On Sunday we',
    'build a fermentation vat from our own woad balls, dip the skeins we mordanted the day before and finish with a walk round the',
    'garden to see how each plant is grown, harvested and dried.',
  ),
];
const wLearn = [
  'how to scour and mordant protein fibres safely',
  'how to get strong, even colour from weld and madder',
  'how to start, feed and read a woad fermentation vat',
  'how to keep a dye notebook you can repeat your results from',
];
const wBring = j(
  'Please bring an apron, rubber gloves and old shoes. You will take home about twelve dyed skeins of 20 g each. Places are limited',
  'to eight, and the workshop is not suitable for children under 14.',
);
const wHeads = ['What you will learn', 'What to bring'];
const wNav = ['Home', 'Workshops', 'Shop', 'Blog', 'Contact'];
const wRich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wH = (t: string, tag = 'h2', font = 'font_2'): string =>
  `<${tag} class="${font} wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></${tag}>`;
const wLis = (items: readonly string[]): string =>
  `<ul class="font_8 wixui-rich-text__text">${lis(
    items.map((t) => `<p class="font_8 wixui-rich-text__text">${t}</p>`),
    'wixui-rich-text__text',
  )}</ul>`;
const wMenu = wNav
  .map(
    (t, i) =>
      `<li class="wixui-dropdown-menu__item" data-testid="comp-lq2nav0${i}"><a data-testid="linkElement" href="https://www.madderwick.com/${t
        .toLowerCase()
        .replace('home', '')}" class="UiHgGh"><div class="itemDepth02233374943__root"><p class="itemDepth02233374943__label">${t}</p></div></a></li>`,
  )
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Colour from Plants Workshop | Madderwick Dye Garden</title>
<meta name="description" content="${wDek}"><link rel="canonical" href="https://www.madderwick.com/colour-from-plants">
<meta property="og:title" content="Colour from Plants Workshop | Madderwick Dye Garden"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Event","name":"${wTitle}","startDate":"2027-04-18T10:00",
"location":{"@type":"Place","name":"The Old Dairy, Madderwick Farm"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"6a0f2c1e","isWixSite":false},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#SITE_HEADER{--bg:255,255,255;}.font_0{font:normal normal normal 48px/1.2em cormorantgaramond,serif;}</style>
</head><body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP"
role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<div id="WIX_ADS" class="czJOIz ytGGBw"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live" target="_blank"
rel="nofollow" class="Vw0ntH"><span class="mWV1Uv">This site was designed with the <span
class="wix-logo">Wix</span> website builder. Create your website today.</span>
<span class="mWV1Uv cB5z3M">Start Now</span></a></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div>
<div class="U4Bvut"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
<div data-mesh-id="SITE_HEADERinlineContent-gridContainer">
${wRich('kx0logo', `<p class="font_6 wixui-rich-text__text"><a href="https://www.madderwick.com" class="wixui-rich-text__text">MADDERWICK DYE GARDEN</a></p>`)}
<nav id="comp-lq2nav" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${wMenu}
<li class="wixui-dropdown-menu__item" data-testid="more-button" hidden aria-hidden="true"><p>More</p></li></ul></nav>
<div id="comp-lq2login" class="wixui-login-bar"><button class="oZPsG3" aria-label="Log In"><span class="iVwS7U">Log In</span></button></div>
</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="c1dmp"><div class="wixui-page"><section id="comp-lq3hero" tabindex="-1" class="Oqnisf comp-lq3hero wixui-section">
<div data-testid="columns" class="V5AUxf"><div id="comp-lq3col1" class="comp-lq3col1 YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lq3col1inlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lq3col1inlineContent-gridContainer">
${wRich('lq3title', wH(wTitle, 'h1', 'font_0'))}
${wRich('lq3dek', `<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text">${wDek}</span></p>`)}
<div class="comp-lq3btn wixui-button" id="comp-lq3btn" aria-disabled="false"><a data-testid="linkElement"
href="https://www.madderwick.com/booking-calendar/colour-from-plants" class="uDW_Qe wixui-button PlZyDq"><span
class="l7_2fn wixui-button__label">Book your place</span>
</a></div></div></div></div>
<div id="comp-lq3col2" class="comp-lq3col2 YzqVVZ wixui-column-strip__column"><div data-mesh-id="comp-lq3col2inlineContent" data-testid="inline-content">
<div id="comp-lq3img" class="MazNVa comp-lq3img wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lq3img" class="HlRz5e BI8PVQ"
data-image-info='{"containerId":"comp-lq3img","alignType":"center"}'><img
src="https://static.wixstatic.com/media/9a1c2e_dyepots.jpg/v1/fill/w_640,h_480/dyepots.jpg"
alt="Skeins drying on a line" style="width:640px;height:480px;object-fit:cover" width="640" height="480"></wow-image></div></div></div></div></div></section>
<section id="comp-lq3body" tabindex="-1" class="Oqnisf comp-lq3body wixui-section"><div data-testid="columns" class="V5AUxf">
<div id="comp-lq3col3" class="comp-lq3col3 YzqVVZ wixui-column-strip__column"><div data-testid="inline-content">
${wRich('lq3facts', wFacts.map(wP).join('\n'))}
</div></div><div id="comp-lq3col4" class="comp-lq3col4 YzqVVZ wixui-column-strip__column"><div data-testid="inline-content">
${wRich('lq3text', [...wParas.map(wP), wH(wHeads[0] ?? ''), wLis(wLearn), wH(wHeads[1] ?? ''), wP(wBring)].join('\n'))}
</div></div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="inline-content">
${wRich('kx0foot1', `<p class="font_8 wixui-rich-text__text">Madderwick Farm, Hallowby</p><p class="font_8 wixui-rich-text__text">hello@madderwick.com</p>`)}
<div id="comp-kx0form" class="comp-kx0form wixui-form"><form class="kuTaGy" aria-label="Subscribe form">
${wRich('kx0form1', `<h5 class="font_5 wixui-rich-text__text">Subscribe to the dye garden diary</h5>`)}
<div class="wixui-text-input"><label for="input_comp-kx0email" class="wPeA6j">Email*</label><input id="input_comp-kx0email" type="email" required></div>
<div class="wixui-button"><button aria-disabled="false" data-testid="buttonElement" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Join</span>
</button></div><div class="comp-kx0done" hidden aria-hidden="true"><p>Thanks for subscribing!</p></div></form></div>
<div id="comp-kx0social" class="wixui-social-bar"><ul aria-label="Social Bar"><li><a href="https://www.instagram.com/" target="_blank">
<img alt="Instagram" src="https://static.wixstatic.com/media/01c3aff52f2a4dffa526d7a9843d46ea.png"></a></li></ul></div>
${wRich('kx0foot2', `<p class="font_9 wixui-rich-text__text">© 2026 by Madderwick Dye Garden. Proudly created with Wix.com</p>`)}
</div></div></footer></div></div></div></div>
<div data-hook="consent-banner-root" class="consent-banner-root"><div class="Banner_bannerContainer" role="region" aria-label="Cookie banner">
<p class="Banner_text">This website uses cookies. By accepting, you agree to our use of such cookies. <a href="/privacy">Privacy Policy</a></p>
<div class="Banner_buttons"><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.f3a1b2c.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout636-wix-dye-workshop',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts([wDek, ...wFacts, ...wParas, ...wLearn, wBring]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'MADDERWICK DYE GARDEN',
    'Home', 'Workshops', 'Shop', 'Blog', 'Contact', 'Log In', 'Book your place', 'Madderwick Farm, Hallowby', 'hello@madderwick.com',
    'Subscribe to the dye garden diary', 'Email*', 'Join', '© 2026 by Madderwick Dye Garden. Proudly created with Wix.com',
    'This website uses cookies. By accepting, you agree to our use of such cookies. Privacy Policy', 'Settings', 'Decline', 'Accept',
  ],
};

export const HELDOUT636_A: readonly TestPage[] = [squarespace, wix];
