import { links, ps, type TestPage } from './page-kit.js';
import { esc, j, lis, rowTexts, trs } from './pages-heldout538-kit.js';

/**
 * Held-out batch 538, file b: a jeweller's ring size guide on WordPress (Flatsome theme with WooCommerce and a CookieYes
 * banner), and a ring repair page built with Wix.
 */
const fTitle = 'Ring Size Guide';
const fIntro = j(
  'A ring that fits well slides over the knuckle with a little resistance and sits snugly without pinching. Here are three ways',
  'to find your size at home, and a chart to turn your measurement into a UK, US or European size.',
);
const fOwnH = 'Measure a ring you already own';
const fOwn = j(
  'Choose a ring that fits the finger you are buying for, lay it on a ruler and measure the inside diameter in millimetres,',
  'from one inside edge to the other. Then find the nearest diameter in the chart below.',
);
const fFingerH = 'Measure your finger';
const fSteps = [
  'Wrap a thin strip of paper around the base of your finger.',
  'Mark the point where the paper overlaps.',
  'Lay the paper flat and measure from the end to the mark in millimetres.',
  'Find the nearest circumference in the chart; if you are between sizes, go up.',
];
const fChartH = 'Ring size chart';
const fHead = ['UK', 'US', 'EU', 'Diameter (mm)', 'Circumference (mm)'];
const fRows = [
  ['H', '4', '47', '15.0', '47.1'],
  ['J', '5', '49', '15.7', '49.3'],
  ['L', '6', '51.5', '16.5', '51.8'],
  ['N', '7', '54', '17.3', '54.4'],
  ['P', '8', '56.5', '18.1', '56.9'],
  ['R', '9', '59', '18.9', '59.5'],
  ['T', '10', '61.5', '19.8', '62.1'],
];
const fTipsH = 'Tips for an accurate size';
const fTips = [
  j(
    'Fingers swell in the heat and shrink in the cold, so measure at the end of the day when your hands are warm. Measure two or',
    'three times, and if your knuckle is much wider than the base of your finger, measure both and pick a size in between.',
  ),
  j(
    'Wide bands of 6mm or more fit more tightly than slim ones, so choose half a size larger for a wide wedding band. If you are',
    'still unsure, we resize most of our rings free of charge within 60 days of purchase.',
  ),
];
const fTop = ['Free UK delivery over £100', 'Call us: 01632 960 233'];
const fNav = ['Engagement Rings', 'Wedding Rings', 'Earrings', 'Necklaces', 'Bespoke', 'Repairs'];
const fFootW = ['Delivery & Returns', 'Ring Size Guide', 'Jewellery Care', 'Contact Us'];
const fHtml = `<!DOCTYPE html>
<html lang="en-GB" class="loading-site no-js"><head><meta charset="UTF-8"><link rel="profile" href="http://gmpg.org/xfn/11">
<script>(function(html){html.className = html.className.replace(/\\bno-js\\b/,'js')})(document.documentElement);</script>
<title>Ring Size Guide - Ashworth Jewellers</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://ashworthjewellers.co.uk/ring-size-guide/"><meta property="og:locale" content="en_GB">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Ring Size Guide - Ashworth Jewellers",
"datePublished":"2025-03-04T10:12:40+00:00","dateModified":"2026-08-19T14:02:11+00:00"},{"@type":"Organization","name":"Ashworth Jewellers"}]}</script>
<link rel="stylesheet" id="flatsome-main-css" href="https://ashworthjewellers.co.uk/wp-content/themes/flatsome/assets/css/flatsome.css?ver=3.18.6"
type="text/css" media="all">
<style id="custom-css" type="text/css">:root {--primary-color: #1c2b39;}.header-main{height: 90px}</style></head>
<body class="page-template-default page page-id-412 theme-flatsome woocommerce-no-js lightbox nav-dropdown-has-arrow nav-dropdown-has-shadow">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div id="wrapper"><header id="header" class="header has-sticky sticky-jump"><div class="header-wrapper">
<div id="top-bar" class="header-top hide-for-sticky nav-dark flex-has-center"><div class="flex-row container"><div class="flex-col hide-for-medium flex-center">
<ul class="nav nav-center nav-small nav-divided">${fTop.map((t) => `<li class="html custom html_topbar_left">${esc(t)}</li>`).join('')}</ul></div></div></div>
<div id="masthead" class="header-main"><div class="header-inner flex-row container logo-left medium-logo-center" role="navigation">
<div id="logo" class="flex-col logo"><a href="https://ashworthjewellers.co.uk/" title="Ashworth Jewellers - Fine jewellery since 1962" rel="home">
<img width="200" height="60" src="https://ashworthjewellers.co.uk/wp-content/uploads/2024/01/logo.png" class="header_logo header-logo"
alt="Ashworth Jewellers"></a></div>
<div class="flex-col hide-for-medium flex-left flex-grow"><ul class="header-nav header-nav-main nav nav-left nav-uppercase">
${fNav
  .map(
    (t, i) => `<li id="menu-item-${30 + i}" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-design-default">
<a href="/${t.toLowerCase().replace(/ /g, '-')}/" class="nav-top-link">${t}</a></li>`,
  )
  .join('\n')}
</ul></div><div class="flex-col hide-for-medium flex-right"><ul class="header-nav header-nav-main nav nav-right nav-uppercase">
<li class="header-search header-search-dropdown has-icon has-dropdown menu-item-has-children"><a href="#" aria-label="Search" class="is-small">
<i class="icon-search"></i></a>
<ul class="nav-dropdown nav-dropdown-default"><li class="header-search-form search-form html relative has-icon"><div class="header-search-form-wrapper">
<form role="search" method="get" class="searchform" action="https://ashworthjewellers.co.uk/">
<label for="woocommerce-product-search-field-0" class="screen-reader-text">Search for:</label>
<input type="search" id="woocommerce-product-search-field-0" class="search-field mb-0" placeholder="Search&hellip;" name="s"></form></div></li></ul></li>
<li class="account-item has-icon"><a href="/my-account/" class="nav-top-link nav-top-not-logged-in is-small">Login</a></li>
<li class="cart-item has-icon has-dropdown"><a href="/basket/" title="Basket" class="header-cart-link is-small"><span class="header-cart-title">Basket</span>
<span class="cart-icon image-icon"><strong>0</strong></span></a></li></ul></div></div></div></div></header>
<main id="main" class=""><div id="content" class="content-area page-wrapper" role="main"><div class="row row-main"><div class="large-12 col">
<div class="col-inner">
<header class="entry-header"><h1 class="entry-title mb uppercase">${fTitle}</h1><div class="entry-divider is-divider small"></div></header>
<div class="entry-content"><p class="lead">${esc(fIntro)}</p>
<div class="row" id="row-1294"><div id="col-1" class="col medium-6 small-12 large-6"><div class="col-inner">
<h2>${fOwnH}</h2><p>${esc(fOwn)}</p></div></div>
<div id="col-2" class="col medium-6 small-12 large-6"><div class="col-inner"><h2>${fFingerH}</h2><ol>${lis(fSteps)}</ol></div></div></div>
<div class="message-box relative dark" style="padding-top:20px;padding-bottom:20px;"><div class="message-box-bg-fill fill bg-fill"></div>
<div class="container relative"><div class="inner last-reset"><p><strong>Not sure? Order a free plastic ring sizer and we will post it first class.</strong></p>
<a href="/product/ring-sizer/" class="button white is-outline"><span>Order a free sizer</span></a></div></div></div>
<h2>${fChartH}</h2><table class="ring-size-table"><thead><tr>${fHead.map((t) => `<th>${t}</th>`).join('')}</tr></thead><tbody>${trs(fRows)}</tbody></table>
<h2>${fTipsH}</h2>${ps(fTips.map(esc))}</div></div></div></div></div></main>
<footer id="footer" class="footer-wrapper"><div class="footer-widgets footer footer-2 dark"><div class="row dark large-columns-3 mb-0">
<div id="text-3" class="col pb-0 widget widget_text"><span class="widget-title">Visit Our Shop</span><div class="is-divider small"></div>
<div class="textwidget">
<p>9 Market Place, Harrowfield</p><p>Monday to Saturday 9am to 5pm</p></div></div>
<div id="nav_menu-2" class="col pb-0 widget widget_nav_menu"><span class="widget-title">Customer Service</span><div class="is-divider small"></div>
<div class="menu-customer-service-container"><ul id="menu-customer-service" class="menu">${links(fFootW, 'menu-item')}</ul></div></div>
<div id="block_widget-2" class="col pb-0 widget block_widget"><span class="widget-title">Join Our Mailing List</span><div class="is-divider small"></div>
<p>Be the first to see new collections and offers.</p><form class="wpcf7-form"><input type="email" placeholder="Your email">
<input type="submit" value="Sign Up"></form></div></div></div>
<div class="absolute-footer dark medium-text-center small-text-center"><div class="container clearfix"><div class="footer-primary pull-left">
<div class="copyright-footer">Copyright 2026 &copy; <strong>Ashworth Jewellers Ltd</strong></div></div></div></div>
<a href="#top" class="back-to-top button icon invert plain fixed bottom z-1 is-outline hide-for-medium circle" id="top-link" aria-label="Go to top">
<i class="icon-angle-up"></i></a>
</footer></div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description">
<p>We use cookies to enhance your browsing experience and analyse our traffic.</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button>
</div></div></div></div></div>
<script type="text/javascript" src="https://ashworthjewellers.co.uk/wp-content/themes/flatsome/assets/js/flatsome.js?ver=3.18.6" id="flatsome-js-js"></script>
</body></html>`;
const flatsome: TestPage = {
  name: 'heldout538-flatsome-ring-size-guide',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [fOwnH, fFingerH, fChartH, fTipsH],
  body: [fIntro, fOwn, ...fSteps, ...rowTexts(fRows), ...fTips],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...fTop, ...fNav, 'Search for:', 'Login', 'Basket', '0', 'Not sure? Order a free plastic ring sizer and we will post it first class.',
    'Order a free sizer', 'Visit Our Shop', '9 Market Place, Harrowfield', 'Monday to Saturday 9am to 5pm', 'Customer Service',
    ...fFootW.filter((t) => t !== fTitle), 'Join Our Mailing List', 'Be the first to see new collections and offers.',
    'Copyright 2026 © Ashworth Jewellers Ltd',
    'We value your privacy', 'We use cookies to enhance your browsing experience and analyse our traffic.', 'Customise', 'Reject All', 'Accept All',
  ],
};

const wTitle = 'Ring Repairs';
const wIntro = j(
  'Every repair is carried out in our own workshop behind the shop by our goldsmith, Ines Varga, who has been repairing rings',
  'for over twenty years. Bring your ring in for a free assessment and a written quote; most repairs are ready in seven to ten days.',
);
const wServices = [
  [
    'Resizing',
    j(
      'We can make most gold and platinum rings up to four sizes larger or smaller. Rings set all the way round with',
      'stones cannot be resized, but we can often add sizing beads instead.',
    ),
    'From £35',
  ],
  [
    'Claw re-tipping',
    j('Worn claws are the most common reason stones are lost. We build each claw back up with new metal and reshape it', 'over the stone.'),
    'From £22 per claw',
  ],
  ['Rhodium plating', 'White gold is plated with rhodium to make it bright white. The plating wears over time and can be renewed in a day.', 'From £30'],
  [
    'Stone replacement',
    'We keep a stock of diamonds, sapphires and cubic zirconia in common sizes, and can source anything else within a week.',
    'Price on quote',
  ],
] as const;
const wNote = j(
  'Please note that we do not repair costume jewellery, rings made of tungsten or titanium, or watches. Insurance valuations',
  'are available by appointment on Wednesdays.',
);
const wNav = ['Home', 'Shop', 'Repairs', 'Valuations', 'About', 'Contact'];
const rt = (t: string, cls = 'font_8'): string => `<p class="${cls} wixui-rich-text__text"><span class="wixui-rich-text__text">${esc(t)}</span></p>`;
const box = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Ring Repairs | Varga &amp; Lowe Goldsmiths</title>
<meta name="description" content="Ring resizing, claw re-tipping and rhodium plating in our own workshop.">
<link rel="canonical" href="https://www.vargalowe.com/ring-repairs">
<meta property="og:title" content="Ring Repairs | Varga &amp; Lowe Goldsmiths"><meta property="og:type" content="website">
<script>window.viewerModel = {"site":{"metaSiteId":"a1c9e2f0","siteId":"5b7d"},"language":{"userLanguage":"en"}};</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"JewelryStore","name":"Varga & Lowe Goldsmiths",
"telephone":"01632 960 771"}</script>
<style id="css_masterPage">#comp-lk3j2a1{width:620px}.font_0{font:normal normal normal 44px/1.3em 'playfair display',serif}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1"
aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<div class="LHrbPP" id="SKIP_TO_CONTENT_BTN"><button class="SkipToContentButton" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button>
</div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div>
<div class="U4Bvut"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
${box('kx8wq3a', rt('VARGA & LOWE', 'font_6'))}
<nav id="comp-kx8wq3b" aria-label="Site" class="StylableHorizontalMenu3372578893__root comp-kx8wq3b wixui-horizontal-menu">
<ul class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="Mt1fjh wixui-horizontal-menu__item">
<a data-testid="linkElement" href="https://www.vargalowe.com/${t.toLowerCase()}" class="uDI6ag"><div class="_SolQ"><span class="label">${t}</span></div></a>
</li>`,
  )
  .join('\n')}
</ul></nav></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars c1dmp"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class="">
<section id="comp-lk3j29x" class="comp-lk3j29x CohWsy wixui-section" tabindex="-1"><div data-testid="columns" class="V5AUxf">
<div id="comp-lk3j29y" class="comp-lk3j29y YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lk3j29yinlineContent" data-testid="inline-content" class="">
${box('lk3j2a1', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${box('lk3j2a2', rt(wIntro))}
<div id="comp-lk3j2a3" class="MazNVa comp-lk3j2a3 wixui-image"><div data-testid="linkElement" class="j7pOnl">
<wow-image id="img_comp-lk3j2a3" class="HlRz5e BI8PVQ"
data-image-info='{"containerId":"comp-lk3j2a3","alignType":"center"}'>
<img src="https://static.wixstatic.com/media/9c2e1b_workbench.jpg" alt="Goldsmith at the bench"
style="width:620px;height:380px;object-fit:cover"></wow-image></div></div>
</div></div></div></section>
${wServices
  .map(
    ([h, p, price], i) => `<section id="comp-lk3j3${i}" class="comp-lk3j3${i} CohWsy wixui-section"><div data-testid="columns" class="V5AUxf">
${box(`lk3j4${i}`, `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${h}</span></h2>`)}
${box(`lk3j5${i}`, rt(p))}${box(`lk3j6${i}`, rt(price, 'font_7'))}</div></section>`,
  )
  .join('\n')}
<section id="comp-lk3j70" class="comp-lk3j70 CohWsy wixui-section">${box('lk3j71', rt(wNote))}
<div class="comp-lk3j72 R6ex7N wixui-button" id="comp-lk3j72" aria-disabled="false"><a data-testid="linkElement" href="https://www.vargalowe.com/contact"
class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Book a free assessment</span></a></div></section>
</div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut">
<div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
${box('kx8wq4a', `${rt('Varga & Lowe Goldsmiths')}${rt('3 Chapel Yard, Lindenford')}${rt('Tel: 01632 960 771')}`)}
${box('kx8wq4b', rt('© 2026 by Varga & Lowe Goldsmiths. Proudly created with Wix.com', 'font_9'))}
</div></div></footer></div></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus SCROLL_TO_BOTTOM" role="region" tabindex="-1" aria-label="bottom of page">
<span class="mHZSwn">bottom of page</span></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout538-wix-ring-repairs',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wServices.map(([h]) => h),
  body: [wIntro, ...wServices.flatMap(([, p, price]) => [p, price]), wNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Skip to Main Content', 'VARGA & LOWE', ...wNav, 'Book a free assessment', 'Varga & Lowe Goldsmiths',
    '3 Chapel Yard, Lindenford', 'Tel: 01632 960 771', '© 2026 by Varga & Lowe Goldsmiths. Proudly created with Wix.com', 'bottom of page',
  ],
};

export const HELDOUT538_B: readonly TestPage[] = [flatsome, wix];
