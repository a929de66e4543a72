import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout464-kit.js';

/**
 * Held-out batch 464, file c: a textile recycling charity's page built with Wix (rich text elements, Wix buttons, a strip
 * of figures), and a waste company's commercial collection service page on WordPress with Elementor (Hello theme,
 * theme-builder header and footer, icon boxes, an accordion of questions and a testimonial).
 */
const tTitle = 'Where your old clothes go';
const tIntro = j(
  'Every bag you drop in a Threadwell bank is sorted by hand at our warehouse in Carrow Mills. Nothing is sent to landfill',
  'unless it is wet, mouldy or contaminated, and the money we raise from selling the textiles pays for our work with young carers.',
);
const tSort = [
  '<span class="wixui-rich-text__text">About 55% is good enough to wear again and goes to our charity shops or to partners abroad.</span>',
  '<span class="wixui-rich-text__text">About 30% becomes wiping cloths and insulation for builders and car makers.</span>',
  '<span class="wixui-rich-text__text">About 12% is shredded into fibre and spun into new yarn.</span>',
  '<span class="wixui-rich-text__text">The rest, about 3%, cannot be used and is sent for energy recovery.</span>',
];
const tAccept = j(
  'We accept clothes, shoes tied in pairs, bed linen, towels, curtains, handbags and belts. Please bag everything and tie the',
  'bag so it stays dry. We cannot take duvets, pillows, carpets or anything soaked or soiled.',
);
const tBanks = j(
  'There are 64 Threadwell banks across the county, at supermarkets, schools and recycling centres. If a bank is full, please',
  'do not leave bags on the ground: they get wet and have to be thrown away. Report it instead and we will empty it within two days.',
);
const tH = ['What happens at the warehouse', 'What we can take', 'Find a textile bank'];
const wx = (cls: string, id: string, inner: string): string =>
  `<div id="comp-${id}" class="${cls} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wh = (t: string, n: 1 | 2): string =>
  `<h${n} class="font_${n === 1 ? 0 : 2} wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></h${n}>`;
const tNav = ['Home', 'Donate clothes', 'Our work', 'Shops', 'Get involved', 'Contact'];
const tMenu = tNav
  .map(
    (t, i) => `<li class="wixui-horizontal-menu__item" data-testid="..."><a data-testid="linkElement" href="https://www.threadwell.org.uk/${
      i === 0 ? '' : t.toLowerCase().replace(/\W+/g, '-')
    }" class="wixui-horizontal-menu__item-link"><div class="StylableHorizontalMenu3372578893__label">${t}</div>
</a></li>`,
  )
  .join('');
const btn = (id: string, t: string, href: string): string => `<div id="comp-${id}" class="comp-${id} wixui-button"><a data-testid="linkElement" href="${href}"
class="StylableButton2545352419__root wixui-button" aria-disabled="false"><span class="StylableButton2545352419__label wixui-button__label"
data-testid="stylablebutton-label">${t}</span></a></div>`;
const tHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Wix.com
Website Builder">
<title>Textile recycling | Threadwell Trust</title><meta property="og:title" content="Textile recycling | Threadwell Trust">
<script type="application/json"
id="wix-viewer-model">{"siteFeatures":["accessibility","cookiesManager","seo"],"site":{"metaSiteId":"8c2f"},"language":"en"}</script>
<style id="css_masterPage">#SITE_CONTAINER{position:relative}#comp-lq3x9a1{width:980px}.font_0{font-size:44px}.font_8{font-size:17px}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_a8x2k" class="MW5IWV"></div></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div id="comp-lq3x8h0" class="comp-lq3x8h0 wixui-image"><a href="https://www.threadwell.org.uk"><img alt="Threadwell Trust logo"
src="https://static.wixstatic.com/media/7a1c2e_logo.png"></a></div>
<nav id="comp-lq3x8h4" class="comp-lq3x8h4 wixui-horizontal-menu" aria-label="Site"><ul class="StylableHorizontalMenu3372578893__menu">${tMenu}</ul></nav>
${btn('lq3x8h7', 'Donate', 'https://www.threadwell.org.uk/donate')}</div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="c1dmp">
<section id="comp-lq3x9a0" class="comp-lq3x9a0 wixui-section"><div data-testid="columns" class="comp-lq3x9a0-container">
${wx('comp-lq3x9a1', 'lq3x9a1', wh(tTitle, 1))}
${wx('comp-lq3x9a2', 'lq3x9a2', wp(tIntro))}
<div id="comp-lq3x9a3" class="comp-lq3x9a3 wixui-image"><img src="https://static.wixstatic.com/media/7a1c2e_sorting.jpg" alt="Sorting clothes"></div>
${wx('comp-lq3x9a4', 'lq3x9a4', '<p class="font_9 wixui-rich-text__text">Volunteers sorting donations at Carrow Mills</p>')}</div></section>
<section id="comp-lq3x9b0" class="comp-lq3x9b0 wixui-section"><div data-testid="columns" class="comp-lq3x9b0-container">
${wx('comp-lq3x9b1', 'lq3x9b1', wh(tH[0] ?? '', 2))}
${wx('comp-lq3x9b2', 'lq3x9b2', `<ul class="font_8 wixui-rich-text__text">${lis(tSort, 'wixui-rich-text__text')}</ul>`)}
<div class="comp-lq3x9b3-stats">${wx('comp-lq3x9b3', 'lq3x9b3', wp('1,840 tonnes collected in 2025'))}
${wx('comp-lq3x9b4', 'lq3x9b4', wp('£412,000 raised for young carers'))}</div></div></section>
<section id="comp-lq3x9c0" class="comp-lq3x9c0 wixui-section"><div data-testid="columns" class="comp-lq3x9c0-container">
${wx('comp-lq3x9c1', 'lq3x9c1', `${wh(tH[1] ?? '', 2)}${wp(tAccept)}`)}
${wx('comp-lq3x9c2', 'lq3x9c2', `${wh(tH[2] ?? '', 2)}${wp(tBanks)}`)}
${btn('lq3x9c3', 'Find your nearest bank', 'https://www.threadwell.org.uk/banks')}
${btn('lq3x9c4', 'Report a full bank', 'https://www.threadwell.org.uk/report')}</div></section>
</div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf">
${wx('comp-lq3xf01', 'lq3xf01', wp('Threadwell Trust, Unit 4 Carrow Mills, Eastbury EB2 7QT. Registered charity 1093318.'))}
${wx('comp-lq3xf02', 'lq3xf02', wp('© 2026 by Threadwell Trust. Proudly created with Wix.com'))}</div></footer></div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner" role="dialog" aria-label="Cookie banner">
<p>This website uses cookies. We use cookies to ensure that we
give you the best experience on our website.</p><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.6f2a1b.bundle.min.js" async></script></body></html>`;
const wixTextiles: TestPage = {
  name: 'heldout464-wix-textile-charity-blog',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tH,
  body: texts([tIntro, ...tSort, tAccept, tBanks]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', ...tNav, 'Donate', 'Volunteers sorting donations at Carrow Mills', '1,840 tonnes collected in 2025', '£412,000 raised for young carers',
    'Find your nearest bank', 'Report a full bank', 'Threadwell Trust, Unit 4 Carrow Mills, Eastbury EB2 7QT. Registered charity 1093318.',
    '© 2026 by Threadwell Trust. Proudly created with Wix.com',
    'This website uses cookies. We use cookies to ensure that we give you the best experience on our website.', 'Settings', 'Decline', 'Accept',
  ],
};

const eTitle = 'Commercial Waste Collection';
const eIntro = [
  j(
    'Kestrel Waste collects general waste, dry mixed recycling, food waste and glass from more than 3,000 businesses across the',
    'Severn valley, from corner cafés to factories. You choose the bins and how often we come; we handle the paperwork.',
  ),
  j(
    'Every customer gets a waste transfer note each year and a monthly report showing how much of their waste was recycled. On',
    'average, 94% of what we collect is recycled or turned into energy.',
  ),
];
const eBoxes: readonly (readonly [string, string])[] = [
  ['General waste', 'Bins from 240 to 1,100 litres, emptied daily, weekly or fortnightly.'],
  ['Dry mixed recycling', 'Paper, card, cans and plastic bottles in one bin, sorted at our Redcross facility.'],
  ['Food waste', 'Sealed 140-litre bins, cleaned after every lift. Food waste goes to anaerobic digestion.'],
  ['Glass', 'Bottles and jars for pubs and restaurants, collected at quiet times to keep noise down.'],
];
const eFaq: readonly (readonly [string, string])[] = [
  [
    'How long is the contract?',
    'Our standard agreement runs for 12 months and then rolls on monthly. You can cancel with 30 days\u2019 notice after the first year.',
  ],
  [
    'Do you charge for bin delivery?',
    'No. Bins are delivered, swapped and collected free of charge. We only charge for lifts and for the weight of general waste.',
  ],
  ['What happens on a bank holiday?', 'We collect as normal on most bank holidays. Over Christmas we send a revised schedule to every customer by email.'],
];
const eH = ['What we collect', 'Frequently asked questions'];
const eNav = ['Home', 'Services', 'Skip Hire', 'Sectors', 'About Us', 'Contact'];
const eFoot = ['Privacy Policy', 'Terms & Conditions', 'Waste Carrier Licence', 'Careers'];
const ew = (
  type: string,
  id: string,
  inner: string,
): string => `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}"
data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const col = (size: number, id: string, inner: string): string => `<div class="elementor-column elementor-col-${size} elementor-top-column elementor-element
elementor-element-${id}" data-id="${id}" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div>`;
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container
elementor-column-gap-default">
${inner}</div></section>`;
const iconBox = ([h, p]: readonly [string, string], i: number): string =>
  col(
    25,
    `b${i}c`,
    ew(
      'icon-box',
      `b${i}w`,
      `<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-icon"><span class="elementor-icon">
<i aria-hidden="true" class="fas fa-recycle"></i></span></div><div class="elementor-icon-box-content"><h3 class="elementor-icon-box-title"><span>${h}</span>
</h3>
<p class="elementor-icon-box-description">${p}</p></div></div>`,
    ),
  );
const faqItem = ([q, a]: readonly [string, string], i: number): string => `<div class="elementor-accordion-item">
<div id="elementor-tab-title-170${i}" class="elementor-tab-title" data-tab="${i}" role="button" aria-controls="elementor-tab-content-170${i}"
aria-expanded="false">
<span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true"><i class="fas fa-plus"></i></span>
<a class="elementor-accordion-title" tabindex="0">${q}</a></div>
<div id="elementor-tab-content-170${i}" class="elementor-tab-content elementor-clearfix" data-tab="${i}" role="region"><p>${a}</p></div></div>`;
const eLogo = ew('theme-site-logo', 'h1l', '<a href="/"><img src="/wp-content/uploads/kestrel-logo.svg" alt="Kestrel Waste"></a>');
const eMenu = `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-h2n" class="elementor-nav-menu">${eNav
  .map(
    (t, i) => `<li class="menu-item${i === 1 ? ' current-menu-item' : ''}"><a href="/${t.toLowerCase().replace(/\W+/g, '-')}" class="elementor-item">
${t}</a></li>`,
  )
  .join('')}</ul></nav>`;
const eCall = `<a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01632960772">
<span class="elementor-button-text">Call 01632 960772</span></a>`;
const eQuote = `<a class="elementor-button elementor-button-link elementor-size-md" href="/get-a-quote"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Get a Free Quote</span></span></a>`;
const eFootList = `<ul class="elementor-icon-list-items">${eFoot
  .map(
    (t) => `<li class="elementor-icon-list-item"><a href="/${t.toLowerCase().replace(/\W+/g, '-')}">
<span class="elementor-icon-list-text">${t.replace('&', '&amp;')}</span></a></li>`,
  )
  .join('')}</ul>`;
const eAddr = '<p>Kestrel Waste Ltd, Unit 9 Redcross Industrial Estate, Severnbridge SB3 4LN</p><p>Registered waste carrier CBDU 284713</p>';
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Commercial Waste Collection - Kestrel Waste</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta name="generator" content="Elementor 3.21.4">
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Commercial Waste Collection"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="https://www.kestrelwaste.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="https://www.kestrelwaste.co.uk/wp-content/uploads/elementor/css/post-412.css?ver=1712" media="all">
</head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header" data-elementor-post-type="elementor_library">
${sec(
  'h1s',
  `${col(33, 'h1c', eLogo)}
${col(66, 'h2c', `${ew('nav-menu', 'h2n', eMenu)}${ew('button', 'h2b', eCall)}`)}`,
)}
</div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
${sec(
  'a1s',
  col(
    100,
    'a1c',
    `${ew('heading', 'a1h', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${ew('text-editor', 'a1t', ps(eIntro))}
${ew('button', 'a1b', eQuote)}`,
  ),
)}
${sec('a2s', col(100, 'a2c', ew('heading', 'a2h', `<h2 class="elementor-heading-title elementor-size-default">${eH[0]}</h2>`)))}
${sec('a3s', eBoxes.map(iconBox).join('\n'))}
${sec(
  'a4s',
  col(
    100,
    'a4c',
    ew(
      'testimonial',
      'a4q',
      `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">Switching to Kestrel
halved our waste bill and the drivers always turn up when they say they will.</div><div class="elementor-testimonial-meta"><div
class="elementor-testimonial-details">
<div class="elementor-testimonial-name">Gareth Pryce</div><div class="elementor-testimonial-job">Owner, The Old Forge Bistro</div></div></div></div>`,
    ),
  ),
)}
${sec(
  'a5s',
  col(
    100,
    'a5c',
    `${ew('heading', 'a5h', `<h2 class="elementor-heading-title elementor-size-default">${eH[1]}</h2>`)}
${ew('accordion', 'a5a', `<div class="elementor-accordion">${eFaq.map(faqItem).join('\n')}</div>`)}`,
  ),
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="97" class="elementor elementor-97 elementor-location-footer">
${sec(
  'f1s',
  `${col(50, 'f1c', ew('text-editor', 'f1t', eAddr))}
${col(50, 'f2c', ew('icon-list', 'f2l', eFootList))}`,
)}
${sec('f3s', col(100, 'f3c', ew('text-editor', 'f3t', '<p>© 2026 Kestrel Waste Ltd. All rights reserved.</p>')))}</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message">
<p>We use cookies to optimise our website and our service.</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://www.kestrelwaste.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script></body>
</html>`;
const elementorWaste: TestPage = {
  name: 'heldout464-elementor-commercial-waste-docs',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [eH[0] ?? '', ...eBoxes.map(([h]) => h), eH[1] ?? ''],
  body: texts([...eIntro, ...eBoxes.map(([, p]) => p), ...eFaq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Call 01632 960772', 'Get a Free Quote',
    'Switching to Kestrel halved our waste bill and the drivers always turn up when they say they will.', 'Gareth Pryce', 'Owner, The Old Forge Bistro',
    'Kestrel Waste Ltd, Unit 9 Redcross Industrial Estate, Severnbridge SB3 4LN', 'Registered waste carrier CBDU 284713', ...eFoot,
    '© 2026 Kestrel Waste Ltd. All rights reserved.', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept',
    'Deny', 'View preferences',
  ],
};

export const HELDOUT464_C: readonly TestPage[] = [wixTextiles, elementorWaste];
