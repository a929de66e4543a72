import { ps, type TestPage, texts } from './page-kit.js';
import { j, uniq } from './pages-heldout528-kit.js';

/**
 * Held-out batch 528, file b: a plant hire firm's depot page built with Wix (rich-text blocks, opening hours, a map and a
 * contact strip), and a hire firm's terms of hire on Squarespace 7.1 (one long HTML block with numbered clauses).
 */
const xTitle = 'Kestle Bridge Depot';
const xBody = [
  j(
    'Our Kestle Bridge yard is the largest in the Tamsett Plant group, with over 400 machines on site from micro diggers to',
    '13 tonne excavators, rollers, site dumpers and welfare units.',
  ),
  'Unit 9, Kestle Bridge Industrial Estate, Penwarra PW4 2LS',
  'Opening hours',
  'Monday to Friday: 7:00am – 5:00pm',
  'Saturday: 7:30am – 12:00pm',
  'Sunday and bank holidays: closed (breakdown line open 24 hours)',
  j(
    'Collections and returns are handled at the weighbridge gate on Harvey Road. Lorries over 18 tonnes should use the Harvey Road',
    'entrance only; the front gate has a 3.2 metre height barrier.',
  ),
  j(
    'The depot also has a trade counter for consumables: diamond blades, ear defenders, marker paint, spill kits and fuel cans.',
    'Account customers can collect with an order number; everyone else pays by card at the counter.',
  ),
];
const xMenu = ['Home', 'Plant', 'Access', 'Welfare', 'Depots', 'Accounts', 'Contact'];
const wixText = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wixP = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Kestle Bridge Depot | Tamsett Plant Hire</title>
<meta name="description" content="Plant hire depot at Kestle Bridge, Penwarra. Opening hours, directions and contacts.">
<link rel="canonical" href="https://www.tamsettplant.co.uk/kestle-bridge"><meta property="og:title" content="Kestle Bridge Depot | Tamsett Plant Hire">
<script type="application/ld+json">{"@context":"https://schema.org/",
"@type":"LocalBusiness","name":"Tamsett Plant Hire - Kestle Bridge",
"address":{"@type":"PostalAddress","streetAddress":"Unit 9, Kestle Bridge Industrial Estate","addressLocality":"Penwarra","postalCode":"PW4 2LS"}}</script>
<script type="application/json" id="wix-essential-viewer-model">{"fleetConfig":{"fleetName":"thunderbolt-renderer","type":"GA"},"mode":{"qa":false}}</script>
<style id="css_masterPage">#SITE_HEADER{--bg:var(--color_11);}#comp-lq8vx2a1{width:980px;}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div>
<div class="U4Bvut"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content">
${wixText(
  'lq8vx2a2',
  '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">' +
    '<a href="https://www.tamsettplant.co.uk" target="_self">TAMSETT PLANT HIRE</a></span></p>',
)}
<nav id="comp-lq8vx2a5" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu">
${xMenu
  .map(
    (t) => `<li class="wixui-horizontal-menu__item" data-testid="menuItemDepth0">
<a data-testid="linkElement" href="https://www.tamsettplant.co.uk/${t.toLowerCase()}" class="StylableHorizontalMenu3372578893__menuItem">
<div class="itemDepth02233374943__root"><span class="itemDepth02233374943__label wixui-horizontal-menu__item-label">${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></nav><div id="comp-lq8vx2a9" class="comp-lq8vx2a9 wixui-button" aria-disabled="false">
<a data-testid="linkElement" href="tel:01632960775" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Call 01632 960 775</span></a></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="lj2k9" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerlj2k9" class="Containerlj2k9 SPY_vo">
<div data-mesh-id="Containerlj2k9inlineContent" data-testid="inline-content">
<section id="comp-lq9a0c1k" tabindex="-1" class="Oqnisf comp-lq9a0c1k wixui-section">
<div id="bgLayers_comp-lq9a0c1k" data-hook="bgLayers" class="MW5IWV"></div><div data-testid="columns" class="V5AUxf">
<div id="comp-lq9a0c1l" class="comp-lq9a0c1l YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lq9a0c1linlineContent" data-testid="inline-content">
${wixText('lq9a0c20', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${wixText('lq9a0c24', wixP(xBody[0] ?? ''))}
${wixText('lq9a0c27', `<p class="font_7 wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text__text">${xBody[1]}</span></p>`)}
<div id="comp-lq9a0c2b" class="comp-lq9a0c2b wixui-button"><a data-testid="linkElement" href="https://maps.google.com/?q=PW4+2LS" target="_blank"
class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">Get directions</span></a></div>
${wixText('lq9a0c2f', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${xBody[2]}</span></h2>`)}
${wixText('lq9a0c2j', xBody.slice(3, 6).map(wixP).join('\n'))}
${wixText('lq9a0c2m', xBody.slice(6).map(wixP).join('\n'))}
</div></div><div id="comp-lq9a0c1n" class="comp-lq9a0c1n YzqVVZ wixui-column-strip__column"><div data-testid="inline-content">
<wix-iframe id="comp-lq9a0c31" class="wixui-google-map" title="Google Maps"><iframe title="Google Maps" aria-label="Google Maps"
src="https://static.parastorage.com/services/editor-elements/dist/googleMap.html"></iframe></wix-iframe>
${wixText(
  'lq9a0c35',
  `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">Depot manager: Rhys Penhallow</span></p>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">kestle@tamsettplant.co.uk</span></p>`,
)}
</div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="inline-content">
${wixText(
  'lq8vx2b1',
  `<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">Other depots: Truro Road · St Ennis · Porthleven Quay</span></p>
<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">© 2025 by Tamsett Plant Hire Ltd. Registered in England No. 06612345</span></p>`,
)}
<ul class="social-bar wixui-social-bar" aria-label="Social Bar"><li><a href="https://www.facebook.com/tamsettplant" target="_blank">
<img alt="Facebook" src="https://static.wixstatic.com/media/facebook.png"></a></li></ul></div></div></footer></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div>
</div></div><script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout528-wix-depot',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: [xBody[2] ?? ''],
  body: xBody.filter((_, i) => i !== 2),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'top of page', 'TAMSETT PLANT HIRE', ...xMenu, 'Call 01632 960 775', 'Get directions', 'Depot manager: Rhys Penhallow',
    'kestle@tamsettplant.co.uk', 'Other depots: Truro Road · St Ennis · Porthleven Quay',
    '© 2025 by Tamsett Plant Hire Ltd. Registered in England No. 06612345',
    'bottom of page',
  ]),
};

const qTitle = 'Terms of Hire';
const qClauses: [string, string[]][] = [
  [
    '1. Definitions',
    [
      j(
        'In these terms, "we" and "us" means Ludgate &amp; Finch Hire Limited, "you" means the person or business named on the hire',
        'contract, and "equipment" means the tools, machines and accessories listed on the contract, including anything supplied with them.',
      ),
    ],
  ],
  [
    '2. The hire period',
    [
      j(
        'The hire period starts when the equipment leaves our depot or is delivered to you, and ends when it is returned to the depot',
        'or collected by us. A day is any period of up to 24 hours. A week is seven days, charged at the weekly rate.',
      ),
      j(
        'If you want to return equipment early, you will still pay for the minimum hire period shown on the contract. You must tell us',
        'by phone or email when the equipment is ready for collection; the hire continues until we have a collection number for you.',
      ),
    ],
  ],
  [
    '3. Charges and payment',
    [
      j(
        'Hire charges are shown on our website and on the contract and exclude VAT unless stated. Cash customers pay the full hire in',
        'advance and a deposit, which we return when the equipment comes back clean, undamaged and complete.',
      ),
      j(
        'Account customers pay within 30 days of the invoice date. We may charge interest on late payments at 4% above the Bank of',
        'England base rate and may suspend your account until the balance is cleared.',
      ),
      j(
        'Consumables (blades, bits, abrasives, fuel, shampoo) are charged on return according to use. Fuel is charged at the rate',
        'shown at the depot on the day of return.',
      ),
    ],
  ],
  [
    '4. Your responsibilities',
    [
      j(
        'You must make sure that anyone using the equipment is competent and, where the law requires it, trained and certificated.',
        'You must use the equipment only for the purpose it was designed for and follow the instructions and safety guidance we supply.',
      ),
      j(
        'You must carry out the daily checks listed on the check sheet, keep the equipment secure when it is not in use and not move',
        'it away from the site address on the contract without our written agreement.',
      ),
      j(
        'You must not lend or sub-hire the equipment to anyone else, and you must not repair or alter it. If it breaks down, stop',
        'using it and call our breakdown line.',
      ),
    ],
  ],
  [
    '5. Damage, loss and theft',
    [
      j(
        'You are responsible for the equipment from the start to the end of the hire. If it is lost, stolen or damaged beyond fair',
        'wear and tear, you will pay the cost of repair or replacement at current list price, plus hire charges until the claim is settled.',
      ),
      j(
        'You can reduce this liability by paying our Damage Waiver, charged at 12% of the hire. The waiver does not cover theft from',
        'an unlocked vehicle or site, damage caused by misuse, or tyres and punctures.',
      ),
      'Theft must be reported to the police and to us within 24 hours. We will need the crime reference number.',
    ],
  ],
  [
    '6. Delivery and collection',
    [
      j(
        'Delivery times are estimates. You must give our driver safe access to a firm, level area where the equipment can be unloaded.',
        'If our driver cannot deliver or collect because of poor access or nobody on site, we will charge a wasted journey fee.',
      ),
    ],
  ],
  [
    '7. Breakdowns',
    [
      j(
        'We will repair or replace equipment that breaks down through normal use as soon as we reasonably can. We do not charge hire',
        'for the time the equipment is out of action, provided you told us about the fault promptly.',
      ),
      'We are not liable for any loss of profit, delays to your work or other indirect loss caused by a breakdown.',
    ],
  ],
  [
    '8. Cancellation',
    [
      j(
        'You may cancel a booking free of charge up to 24 hours before the hire is due to start. Later cancellations of delivered',
        'equipment will be charged the delivery and collection fee.',
      ),
      j(
        'If you are a consumer and you booked online, you have the right to cancel within 14 days, but if you ask us to start the hire',
        'within that period you will pay for the days the equipment was with you.',
      ),
    ],
  ],
  ['9. Law', ['These terms are governed by the law of England and Wales.']],
];
const qParas = qClauses.flatMap(([, p]) => p);
const qNav = ['Hire', 'Sales', 'Servicing', 'About', 'Contact'];
const qHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Terms of Hire &mdash; Ludgate &amp; Finch Hire</title>
<link rel="canonical" href="https://www.ludgatefinch.co.uk/terms-of-hire"><meta property="og:site_name" content="Ludgate &amp; Finch Hire">
<meta property="og:title" content="Terms of Hire &mdash; Ludgate &amp; Finch Hire"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {};</script>
<script type="application/ld+json">{"url":"https://www.ludgatefinch.co.uk",
"name":"Ludgate &amp; Finch Hire","@context":"http://schema.org","@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64a1/14/5c5a519771c10ba3470d8101/64a1/site.css" rel="stylesheet" type="text/css"></head>
<body id="collection-64a1c2" class="header-width-full tweak-transparent-header primary-button-style-solid form-field-style-solid view-page">
<div class="sqs-announcement-bar-dropzone"></div><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="white header theme-col--primary" data-controller="Header"><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a><div class="header-inner container--fluid header-layout--with-commerce">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element">
<div class="header-title-text"><a id="site-title" href="/" data-animation-role="header-element">Ludgate &amp; Finch Hire</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${qNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}" data-animation-role="header-element">${t}</a>
</div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right">
<div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book Online</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1c2f7e1d">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--small
content-width--narrow horizontal-alignment--center vertical-alignment--middle white" data-section-id="64a1c2f7e1e"><div class="section-border">
<div class="section-background"></div></div><div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"
id="page-section-64a1c2f7e1e"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"
id="block-yui_3_17_2_1_1688324551_5119"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${qTitle}</h1><p class="sqsrte-small" style="white-space:pre-wrap;"><em>Last updated: 3 March 2025</em></p>
${qClauses.map(([h, p]) => `<h3 style="white-space:pre-wrap;">${h}</h3>\n${ps(p, ' style="white-space:pre-wrap;"')}`).join('\n')}
</div></div></div><div class="sqs-block button-block sqs-block-button" data-block-type="53" id="block-yui_3_17_2_1_1688324551_7722">
<div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center">
<a href="/s/Ludgate-Finch-Terms-of-Hire-2025.pdf"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Download as PDF</a>
</div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section background-width--full-bleed
section-height--small white"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row">
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p style="white-space:pre-wrap;"><strong>Ludgate &amp; Finch Hire</strong></p><p style="white-space:pre-wrap;">Mill Yard, Ashcombe Road, Fenlow FN2 8RB</p>
<p style="white-space:pre-wrap;">Registered in England and Wales, company no. 09271144</p></div></div></div></div>
<div class="col sqs-col-6 span-6"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p style="white-space:pre-wrap;"><a href="/terms-of-hire">Terms of Hire</a> · <a href="/privacy">Privacy</a> · <a href="/safety">Safety Sheets</a></p>
</div></div></div></div></div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--bottom" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-text"><p>This website uses cookies to improve your experience.</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-cta sqs-cookie-banner-v2-decline">Decline</button></div></div></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const squarespace: TestPage = {
  name: 'heldout528-squarespace-hire-terms',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: qClauses.map(([h]) => h),
  body: texts(qParas),
  bylines: ['Last updated: 3 March 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to Content', 'Ludgate & Finch Hire', ...qNav, 'Book Online', 'Download as PDF', 'Mill Yard, Ashcombe Road, Fenlow FN2 8RB',
    'Registered in England and Wales, company no. 09271144', 'Privacy', 'Safety Sheets', 'This website uses cookies to improve your experience.',
    'Accept', 'Decline',
  ]),
};

export const HELDOUT528_B: readonly TestPage[] = [wix, squarespace];
