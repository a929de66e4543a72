import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout554-kit.js';

/**
 * Held-out batch 554, file a: a pawnshop's "How pawn loans work" page on WordPress (Astra theme, block editor, CookieYes
 * banner) and a short loan terms page of a pawn and gold shop built with Wix (free plan, with the Wix ad bar).
 */
const aTitle = 'How Pawn Loans Work';
const aBody = [
  j(
    'A pawn loan is the simplest way to borrow money against something you already own. There is no credit check, no bank account',
    'needed and nothing reported to the credit bureaus. You bring in an item, we lend you money on it, and the item stays safe in our',
    'vault until you pay the loan back.',
  ),
  'Step 1: Bring in your item',
  j(
    'We lend on gold and silver jewelry, watches, power tools, guitars and amplifiers, game consoles, laptops and firearms that are',
    'legal to pawn in Ohio. Bring the charger, case or accessories if you have them, because a complete item is worth more to us.',
  ),
  'Step 2: We make you an offer',
  j(
    'One of our appraisers looks the item over, tests it and checks recent sale prices. Gold is tested and weighed in front of you.',
    'The offer is usually between 25% and 60% of what we could resell the item for. You are never under any obligation to accept it.',
  ),
  'Step 3: Walk out with cash',
  j(
    'If you take the offer, we write up a pawn ticket and you leave with cash the same visit. You will need a valid photo ID, such',
    'as a driver&rsquo;s license or state ID card. The ticket shows the amount borrowed, the finance charge, the due date and a',
    'description of your item.',
  ),
  'Paying your loan back',
  'You can redeem your item at any time before the due date by paying the amount on your ticket. You can also:',
  'extend the loan for another 30 days by paying only the finance charge',
  'make partial payments toward the principal, which lowers next month&rsquo;s charge',
  'pay by phone or in the store with cash or a debit card',
  j(
    'If you decide not to pay the loan, you simply keep the cash and the item becomes ours after the grace period. Nothing goes on',
    'your credit report and no one will call you to collect.',
  ),
  'What to bring',
  j(
    'A government-issued photo ID is required by state law for every pawn. If you are pawning a firearm you must also pass the',
    'background check when you come back to redeem it.',
  ),
];
const aHead = [1, 3, 5, 7, 13];
const aNav = ['Home', 'Pawn Loans', 'Sell Gold', 'Shop', 'Locations', 'Contact'];
const aFoot = ['Loan Terms', 'Privacy Policy', 'Careers'];
const aHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How Pawn Loans Work - Copper Lantern Pawn &amp; Jewelry</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://copperlanternpawn.com/how-pawn-loans-work/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"How Pawn Loans Work",
"isPartOf":{"@id":"https://copperlanternpawn.com/#website"}},
{"@type":"PawnShop","name":"Copper Lantern Pawn & Jewelry","telephone":"+1-555-014-2231"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://copperlanternpawn.com/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4">
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px}.site-title a{color:#7a3f12}</style>
<style id="global-styles-inline-css">:root{--wp--preset--color--black:#000000}</style></head>
<body itemtype="https://schema.org/WebPage" itemscope="itemscope"
class="page-template-default page page-id-42 wp-custom-logo ast-desktop ast-plain-container ast-no-sidebar astra-4.6.4 ast-single-post ast-hfb-header">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-builder-menu-toggle-icon" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-above-header-wrap"><div class="ast-above-header-bar ast-above-header site-header-focus-item"><div class="site-above-header-wrap
ast-builder-grid-row-container">
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-html-1"><div class="ast-header-html inner-link-style-"><div
class="ast-builder-html-element">
<p>Open Mon–Sat 9am–6pm · 1418 Elm Street, Marlow Falls · (555) 014-2231</p></div></div></div></div></div></div>
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-header-primary-section-left">
<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity"
itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a href="https://copperlanternpawn.com/"
class="custom-logo-link" rel="home">
<img width="180" height="60" src="/wp-content/uploads/2024/03/copper-lantern-logo.png" class="custom-logo" alt="Copper Lantern Pawn &amp;
Jewelry"></a></span></div></div></div>
<div class="site-header-primary-section-right"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop"
aria-label="Site Navigation: Main Menu" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex">
<ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-button-1"><div class="ast-builder-button-wrap ast-builder-button-size-sm">
<a class="ast-custom-button-link" href="tel:5550142231"><div class="ast-custom-button">Call Now</div></a></div></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-42 page type-page status-publish ast-article-single" id="post-42" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-thumbnail ast-no-meta"><h1 class="entry-title" itemprop="headline">${aTitle}</h1></header>
<div class="entry-content clear" data-ast-blocks-layout="true" itemprop="text">
${ps([at(aBody, 0)])}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="576" src="/wp-content/uploads/2024/03/counter.jpg" alt="Pawn counter">
<figcaption class="wp-element-caption">Our Elm Street counter, where every item is appraised in front of you.</figcaption></figure>
<h2 class="wp-block-heading">${at(aBody, 1)}</h2>${ps([at(aBody, 2)])}
<h2 class="wp-block-heading">${at(aBody, 3)}</h2>${ps([at(aBody, 4)])}
<h2 class="wp-block-heading">${at(aBody, 5)}</h2>${ps([at(aBody, 6)])}
<h2 class="wp-block-heading">${at(aBody, 7)}</h2>${ps([at(aBody, 8)])}
<ul class="wp-block-list">${lis(aBody.slice(9, 12))}</ul>
${ps([at(aBody, 12)])}
<h2 class="wp-block-heading">${at(aBody, 13)}</h2>${ps([at(aBody, 14)])}
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="/contact/">Get a Free
Estimate</a>
</div></div></div></article></main></div></div></div>
<div id="cookie-law-info"></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div class="site-primary-footer-wrap
ast-builder-grid-row-container
site-footer-focus-item ast-builder-grid-row-3-equal" data-section="section-primary-footer-builder"><div class="ast-builder-grid-row
ast-builder-grid-row-has-sides">
<div class="site-footer-primary-section-1 site-footer-section"><aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner">
<section id="block-7" class="widget widget_block"><h2 class="wp-block-heading">Visit Us</h2><p>1418 Elm Street<br>Marlow Falls, OH
45099</p></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section"><aside class="footer-widget-area widget-area"><section id="nav_menu-2" class="widget
widget_nav_menu">
<nav class="menu-footer-container" aria-label="Menu"><ul id="menu-footer"
class="menu">${links(aFoot, 'menu-item')}</ul></nav></section></aside></div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item"><div class="ast-footer-copyright">
<p>Copyright © 2026 Copper Lantern Pawn &amp; Jewelry | Licensed by the Ohio Division of Financial Institutions, License No.
PB.550127</p></div></div></footer></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description">
<p>We use cookies to enhance your browsing experience and analyze our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customize</button>
<button class="cky-btn cky-btn-reject" data-cky-tag="reject-button">Reject All</button><button class="cky-btn cky-btn-accept"
data-cky-tag="accept-button">Accept All</button>
</div></div></div></div></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script>
<script src="https://copperlanternpawn.com/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
</body></html>`;
const astra: TestPage = {
  name: 'heldout554-astra-how-pawn-works',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aHead.map((i) => at(aBody, i)),
  body: texts(aBody.filter((_, i) => !aHead.includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Open Mon–Sat 9am–6pm · 1418 Elm Street, Marlow Falls · (555) 014-2231', ...aNav.filter((t) => t !== 'Pawn Loans'), 'Call Now',
    'Our Elm Street counter, where every item is appraised in front of you.', 'Get a Free Estimate', 'Visit Us', '1418 Elm Street',
    'Marlow Falls, OH 45099', ...aFoot,
    'Copyright © 2026 Copper Lantern Pawn & Jewelry | Licensed by the Ohio Division of Financial Institutions, License No. PB.550127',
    'We value your privacy',
    'We use cookies to enhance your browsing experience and analyze our traffic. By clicking "Accept All", you consent to our use of cookies.',
    'Customize', 'Reject All', 'Accept All',
  ],
};

const wTitle = 'Loan Terms';
const wBody = [
  'Every pawn loan at Harbor Gold & Loan is written on the same simple terms.',
  'Loan period: 30 days from the date on your ticket.',
  'Finance charge: 20% of the amount borrowed for each 30-day period, the maximum allowed under Florida law.',
  'Grace period: 30 days after the due date. Your item is held for you during this time.',
  'Extensions: pay the finance charge to start a new 30-day period. There is no limit on extensions.',
  'Lost ticket: $5 replacement fee. Only the person named on the ticket can redeem the item.',
  j(
    'Items that are not redeemed or extended by the end of the grace period become the property of Harbor Gold & Loan.',
    'Questions about your loan? Call the store before your due date and we will look it up for you.',
  ),
];
const wNav = ['Home', 'Sell Gold', 'Pawn', 'Loan Terms', 'About', 'Contact'];
const wRt = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="KcpHeO tz5f0K comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Wix.com
Website Builder">
<title>Loan Terms | Harbor Gold &amp; Loan</title><meta name="description" content="Pawn loan terms at Harbor Gold &amp; Loan, Port Calloway, FL.">
<meta property="og:site_name" content="Harbor Gold &amp; Loan"><link rel="canonical" href="https://www.harborgoldloan.com/loan-terms">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Harbor Gold & Loan",
"address":{"addressLocality":"Port Calloway"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"5e1c0f2a-7d44"},"language":{"userLanguage":"en"}};</script>
<style>#SITE_CONTAINER{--pinned-layers-in-page:0}.font_0{font:normal normal bold 44px/1.2em playfair display,serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" tabindex="-1" role="region"
aria-label="top of page"><span class="mStXY9">&nbsp;</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage
css-editing-scope">
<div id="WIX_ADS" class="hQYt0D ytNDGQ"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral" target="_blank" class="wixAds-link">
<span class="WOmlqE"><span>This site was designed with the </span><span><b>Wix</b></span><span> .com website builder. Create your website today.</span></span>
<span class="tSHhF7">Start Now</span></a></div>
<button class="Wv9WVw" id="SKIP_TO_CONTENT_BTN" tabindex="0" aria-label="skip to content" data-testid="skipToContentButton">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="L6Zjqx"><div data-mesh-id="SITE_HEADERinlineContent"
class="SITE_HEADERinlineContent">
${wRt('kq2lzx0a', '<p class="font_7 wixui-rich-text__text"><span class="wixui-rich-text__text">HARBOR GOLD &amp; LOAN</span></p>')}
<nav aria-label="Site" id="comp-kq2m0h2b" class="comp-kq2m0h2b wixui-horizontal-menu"><ul class="ZXdXNL" data-testid="menuItems">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://www.harborgoldloan.com/${t.toLowerCase().replace(/ /g, '-')}">
<div class="itemDepth02233374943__itemWrapper"><span class="itemDepth02233374943__label" data-testid="menuItemText">${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></nav>
</div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" class="Containerc1dmpinlineContent">
<section id="comp-lx3k2a0z" tabindex="-1" class="Oqnisf comp-lx3k2a0z wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="V5AUxf"><div id="comp-lx3k2a10" class="comp-lx3k2a10 YzqVVZ wixui-column-strip__column">
${wRt('lx3k2a1b', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${wRt('lx3k2a1c', `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${wBody[0]?.replace(/&/g, '&amp;')}</span></p>`)}
${wRt('lx3k2a1d', `<ul class="font_8 wixui-rich-text__text">${lis(wBody.slice(1, 6), 'wixui-rich-text__text')}</ul>`)}
${wRt('lx3k2a1e', `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${wBody[6]?.replace(/&/g, '&amp;')}</span></p>`)}
<div class="comp-lx3k2a1f R6ex7N wixui-button" id="comp-lx3k2a1f"><a data-testid="linkElement" href="tel:5550198833" class="uDW_Qe wixui-button">
<span class="l7_2fn wixui-button__label">Call (555) 019-8833</span></a></div></div></div></section></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="L6Zjqx">
${wRt(
  'kq2n1c7q',
  '<p class="font_9 wixui-rich-text__text">221 Wharf Road, Port Calloway, FL 32990</p>' + '<p class="font_9 wixui-rich-text__text">Mon - Fri 10am - 6pm</p>',
)}
${wRt('kq2n1c7r', '<p class="font_9 wixui-rich-text__text">© 2026 by Harbor Gold &amp; Loan. Proudly created with Wix.com</p>')}
</div></footer></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout554-wix-loan-terms',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: wBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix .com website builder. Create your website today.', 'Start Now', 'Skip to Main Content',
    ...wNav.filter((t) => !['Loan Terms', 'Pawn', 'About'].includes(t)), 'Call (555) 019-8833',
    '221 Wharf Road, Port Calloway, FL 32990', 'Mon - Fri 10am - 6pm',
    '© 2026 by Harbor Gold & Loan. Proudly created with Wix.com',
  ],
};

export const HELDOUT554_A: readonly TestPage[] = [astra, wix];
