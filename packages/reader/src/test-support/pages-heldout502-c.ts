import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis } from './pages-heldout502-kit.js';

/**
 * Held-out batch 502, file c: a florist's delivery FAQ page on WordPress with GeneratePress and WooCommerce (Kadence Blocks
 * accordions, right sidebar with a product list, "Built with GeneratePress" footer).
 */
const gTitle = 'Delivery FAQs';
const gIntro = j(
  'We deliver fresh flowers every day except Sunday across Kestrel Bay and the villages within twelve miles of the shop.',
  'If your question is not answered here, call us on 01632 960 418 and one of the team will help.',
);
type Group = readonly [string, readonly (readonly [string, readonly string[]])[]];
const gGroups: readonly Group[] = [
  [
    'Delivery times',
    [
      ['Can I get flowers delivered today?', ['Yes. Orders placed before 1pm Monday to Friday, or before 11am on Saturday, are delivered the same day.']],
      [
        'Can I choose a delivery time?',
        [
          j(
            'We deliver between 10am and 6pm and cannot promise an exact time. For funerals, weddings and hospitals we will work to',
            'the time you give us; please add it in the delivery notes.',
          ),
        ],
      ],
      ['Do you deliver on bank holidays?', ['We deliver on every bank holiday except Christmas Day, Boxing Day and New Year\u2019s Day.']],
    ],
  ],
  [
    'Cost and areas',
    [
      [
        'How much is delivery?',
        [
          'Delivery is £5.95 within Kestrel Bay and £8.95 to the surrounding villages. Orders over £60 are delivered free.',
          'Timed deliveries to funeral directors are free of charge.',
        ],
      ],
      [
        'Which villages do you cover?',
        [
          j(
            'Abbotsleigh, Carrow Green, Felmarsh, Hinton Parva, Lowick, Saltham and Wrayford. If your postcode is not accepted at',
            'checkout, ring us: we can often arrange something.',
          ),
        ],
      ],
    ],
  ],
  [
    'If something goes wrong',
    [
      [
        'What happens if nobody is in?',
        [
          j(
            'We leave the flowers with a neighbour or in a safe place out of the sun and put a card through the door saying where.',
            'If neither is possible we bring them back to the shop and call you to arrange a second delivery at no charge.',
          ),
        ],
      ],
      [
        'My flowers arrived damaged. What do I do?',
        ['Send a photograph to orders@bloomlaneflorist.co.uk within 24 hours of delivery and we will replace them or refund you in full.'],
      ],
    ],
  ],
];
const gNav = ['Home', 'Shop Flowers', 'Funeral Flowers', 'Weddings', 'Subscriptions', 'Contact'];
const gSide = [
  'Order by 1pm for same-day delivery',
  'Popular bouquets',
  'The Seaside Posy',
  '£38.00',
  'Sunday Market Bunch',
  '£45.00',
  'Peony Cloud',
  '£65.00',
];
const gHelp = ['Need help?', 'Call 01632 960 418, Monday to Saturday, 8.30am to 5pm.'];
const pane = ([q, as]: readonly [string, readonly string[]], i: number): string => `<div
class="wp-block-kadence-pane kt-accordion-pane kt-accordion-pane-${i + 1} kt-pane88_${i}e6f">
<div class="kt-accordion-header-wrap"><button class="kt-blocks-accordion-header kt-acccordion-button-label-show" type="button"><span
class="kt-blocks-accordion-title-wrap">
<span class="kt-blocks-accordion-title">${q}</span></span><span class="kt-blocks-accordion--visible-icon"><span class="kt-blocks-accordion-icon-trigger"></span>
</span></button></div><div class="kt-accordion-panel${i === 0 ? '' : ' kt-accordion-panel-hidden'}"><div class="kt-accordion-panel-inner">
${ps(as.map(esc))}</div></div></div>`;
const accordion = ([h, qs]: Group, g: number): string => `<h2 class="wp-block-heading">${h}</h2>
<div class="wp-block-kadence-accordion alignnone"><div
class="kt-accordion-wrap kt-accordion-id88_1a2b3c-${g} kt-accordion-has-${qs.length}-panes kt-active-pane-0
 kt-accordion-block kt-pane-header-alignment-left kt-accodion-icon-style-arrow kt-accodion-icon-side-right" style="max-width:none">
<div class="kt-accordion-inner-wrap" data-allow-multiple-open="false" data-start-open="0">${qs.map(pane).join('\n')}</div></div></div>`;
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name='robots' content='index, follow, max-image-preview:large'>
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Delivery FAQs &#8211; Bloom Lane Florist</title>
<link rel="alternate" type="application/rss+xml" title="Bloom Lane Florist &raquo; Feed" href="https://bloomlaneflorist.co.uk/feed/">
<link rel='stylesheet' id='generate-style-css' href='https://bloomlaneflorist.co.uk/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1'
media='all'>
<style id='generate-style-inline-css'>body{background-color:#f7f4f1;color:#2b2b2b;}.kt-accordion-panel-hidden{display:none}</style>
<link rel='stylesheet' id='kadence-blocks-accordion-css'
href='https://bloomlaneflorist.co.uk/wp-content/plugins/kadence-blocks/dist/style-blocks-accordion.css?ver=3.3.1' media='all'>
<link rel='stylesheet' id='woocommerce-general-css'
href='https://bloomlaneflorist.co.uk/wp-content/plugins/woocommerce/assets/css/woocommerce.css?ver=9.3.3' media='all'></head>
<body class="page-template-default page page-id-88 wp-custom-logo wp-embed-responsive theme-generatepress woocommerce-js right-sidebar
 nav-float-right separate-containers
 header-aligned-left dropdown-hover" itemtype="https://schema.org/WebPage" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope><div
class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://bloomlaneflorist.co.uk/" rel="home">Bloom Lane Florist</a></p>
<p class="site-description" itemprop="description">Fresh flowers delivered across Kestrel Bay</p></div>
<nav class="main-navigation mobile-menu-control-wrapper" id="mobile-menu-control-wrapper" aria-label="Mobile Toggle"><button data-nav="site-navigation"
class="menu-toggle"
 aria-controls="primary-menu" aria-expanded="false"><span class="gp-icon icon-menu-bars"><svg viewBox="0 0 512 512" aria-hidden="true"></svg></span>
<span class="screen-reader-text">Menu</span></button></nav>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu sf-menu">
${links(gNav, 'menu-item menu-item-type-post_type menu-item-object-page')}
<li class="wc-menu-item menu-item-align-right"><a href="https://bloomlaneflorist.co.uk/basket/" class="cart-contents shopping-cart has-svg-icon"
title="View your shopping basket">
<span class="gp-icon shopping-bag"><svg viewBox="0 0 518 512" aria-hidden="true"></svg></span><span class="number-of-items no-items">0</span><span
class="amount"></span></a></li>
</ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main
class="site-main" id="main">
<article id="post-88" class="post-88 page type-page status-publish" itemtype="https://schema.org/CreativeWork" itemscope><div class="inside-article">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${gTitle}</h1></header>
<div class="entry-content" itemprop="text"><p>${gIntro}</p>
${gGroups.map(accordion).join('\n')}
</div></div></article></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="block-3" class="widget inner-padding widget_block"><div class="wp-block-group has-background" style="background-color:#e9f1ec">
<p class="has-text-align-center"><strong>${gSide[0]}</strong></p></div></aside>
<aside id="block-4" class="widget inner-padding widget_block"><h2 class="wp-block-heading">${gSide[1]}</h2>
<div class="wp-block-woocommerce-product-top-rated"><ul class="wc-block-grid__products">
${[2, 4, 6]
  .map(
    (i) => `<li class="wc-block-grid__product"><a href="/product/${i}/" class="wc-block-grid__product-link"><div
class="wc-block-grid__product-image">
<img src="/wp-content/uploads/2026/04/bouquet-${i}-300x300.jpg" alt=""></div><div class="wc-block-grid__product-title">${gSide[i]}</div></a>
<div class="wc-block-grid__product-price price"><span class="woocommerce-Price-amount amount"><bdi><span
class="woocommerce-Price-currencySymbol">£</span>${gSide[i + 1]?.slice(1)}</bdi></span></div>
<div class="wp-block-button wc-block-grid__product-add-to-cart"><a href="?add-to-cart=${i}" class="wp-block-button__link add_to_cart_button">Add to
basket</a></div></li>`,
  )
  .join('\n')}
</ul></div></aside>
<aside id="block-5" class="widget inner-padding widget_block"><h2 class="wp-block-heading">${gHelp[0]}</h2><p>${gHelp[1]}</p></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div
class="inside-site-info grid-container">
<div class="copyright-bar"><span class="copyright">&copy; 2026 Bloom Lane Florist</span> &bull; Built with <a href="https://generatepress.com"
itemprop="url">GeneratePress</a></div>
</div></footer></div>
<script id="generate-a11y">!function(){"use strict";if("querySelector"in document&&"addEventListener"in window){var
e=document.body;e.addEventListener("mousedown",function(){e.classList.add("using-mouse")})}}();</script>
<script src="https://bloomlaneflorist.co.uk/wp-content/plugins/kadence-blocks/includes/assets/js/kt-accordion.min.js?ver=3.3.1"
id="kadence-blocks-accordion-js"></script>
</body></html>`;
const generatepress: TestPage = {
  name: 'heldout502-generatepress-delivery-faq',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gGroups.map((g) => g[0]),
  body: texts([gIntro, ...gGroups.flatMap((g) => g[1].flatMap(([q, as]) => [q, ...as]))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Bloom Lane Florist', 'Fresh flowers delivered across Kestrel Bay', ...gNav.filter((t) => t !== 'Weddings'), '0', ...gSide,
    'Add to basket', ...gHelp,
    '© 2026 Bloom Lane Florist • Built with GeneratePress',
  ],
};

/**
 * Held-out batch 502, file c, second page: a bakery's wholesale page on Webflow (w-nav navbar, hero section, step cards, rich text block,
 * an enquiry w-form with its success and failure messages hidden by the Webflow stylesheet, footer).
 */
const wTitle = 'Bread for cafés, delis and restaurants';
const wLead = j(
  'Haldane Bread Co. bakes for forty-odd kitchens across the Corran valley. We deliver before 7am, six days a week, from a bakery',
  'that has been turning out slow-fermented loaves since 2011.',
);
const wStepsH = 'How it works';
const wSteps: readonly (readonly [string, string])[] = [
  ['1. Taste', 'We drop off a box of samples and talk through what you need, from breakfast toast to dinner service.'],
  ['2. Standing order', 'Set a weekly order by 2pm the day before. Change it whenever you like through the trade portal.'],
  ['3. Delivery', 'Our vans reach most of the valley by 6.30am. Bread is left in locked crates if you are not yet open.'],
];
const wBakeH = 'What we bake for trade';
const wBake = [
  'Sourdough in three sizes, including a 2kg sandwich loaf',
  'Brioche buns and burger buns, plain or seeded',
  'Focaccia trays, whole or pre-cut',
  'Croissants and pastries, baked or frozen for you to finish',
];
const wTermsH = 'Terms';
const wTerms = [
  j(
    'There is no minimum order, but deliveries under £25 carry a £4 charge. We invoice fortnightly and ask for payment within',
    '14 days. Prices are fixed for six months at a time, and we give a month\u2019s notice before they change.',
  ),
];
const wNav = ['Our Bread', 'Wholesale', 'Shop', 'Journal', 'Contact'];
const wForm = ['Get in touch', 'Business name', 'Your name', 'Email', 'Roughly how many loaves a week?', 'Send enquiry'];
const wFoot = ['Haldane Bread Co.', 'Unit 7, Brackenford Works, Corran', 'trade@haldanebread.co', 'Instagram', '© 2026 Haldane Bread Co.'];
const wHtml = `<!DOCTYPE html><!--  Last Published: Tue Sep 15 2026 10:21:44 GMT+0000 (Coordinated Universal Time)  -->
<html data-wf-domain="www.haldanebread.co" data-wf-page="6512a0c3f1e2d4b5a6c7d8e9" data-wf-site="6512a0c3f1e2d4b5a6c7d8e0" lang="en"><head><meta
charset="utf-8">
<title>Wholesale | Haldane Bread Co.</title><meta content="Slow-fermented bread delivered before 7am to cafés and restaurants in the Corran valley."
name="description">
<meta content="Wholesale | Haldane Bread Co." property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport"><meta
content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/6512a0c3f1e2d4b5a6c7d8e0/css/haldane.webflow.shared.4b1c2d3e.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://cdn.prod.website-files.com/6512a0c3f1e2d4b5a6c7d8e0/6512a0c3f1e2d4b5a6c7d8f1_favicon.png" rel="shortcut icon" type="image/x-icon"></head>
<body class="body"><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img
src="https://cdn.prod.website-files.com/6512a0c3f1e2d4b5a6c7d8e0/logo.svg"
 loading="lazy" alt="" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link${t === 'Wholesale' ? ' w--current' : ''}"${t === 'Wholesale' ? ' aria-current="page"' : ''}>${t}</a>`,
  )
  .join('\n')}
</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-wholesale"><div class="w-layout-blockcontainer container w-container"><div class="hero-wrap"><div class="eyebrow">Wholesale</div>
<h1 class="heading-xl">${wTitle}</h1><p class="paragraph-large">${wLead}</p>
<a href="#enquire" class="button w-button">Become a stockist</a></div></div></section>
<section class="section"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-l">${wStepsH}</h2>
<div class="w-layout-grid grid-3">${wSteps
  .map(
    ([h, p]) => `<div class="step-card"><h3 class="heading-s">${h}</h3><p
class="step-text">${p}</p></div>`,
  )
  .join('\n')}</div></div></section>
<section class="section section-cream"><div class="w-layout-blockcontainer container w-container"><div class="rich-text w-richtext">
<h2>${wBakeH}</h2><ul role="list">${lis(wBake)}</ul><h2>${wTermsH}</h2>${ps(wTerms)}</div></div></section>
<section id="enquire" class="section section-dark"><div class="w-layout-blockcontainer container-small w-container"><h2 class="heading-l white">${wForm[0]}</h2>
<div class="form-block w-form"><form id="wf-form-Wholesale-Enquiry" name="wf-form-Wholesale-Enquiry" data-name="Wholesale Enquiry" method="get" class="form"
 data-wf-page-id="6512a0c3f1e2d4b5a6c7d8e9" data-wf-element-id="b1a2c3d4-e5f6-0718-293a-4b5c6d7e8f90" aria-label="Wholesale Enquiry">
${wForm
  .slice(1, 5)
  .map(
    (l, i) => `<label for="field-${i}" class="field-label">${l}</label><input class="text-field w-input" maxlength="256" name="field-${i}"
data-name="${l}" type="text" id="field-${i}">`,
  )
  .join('\n')}
<input type="submit" data-wait="Please wait..." class="button w-button" value="${wForm[5]}"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Wholesale Enquiry success"><div>Thank you! We will be in touch within two working
days.</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Wholesale Enquiry failure"><div>Oops! Something went wrong while submitting the
form.</div></div></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid"><div class="footer-brand">${wFoot[0]}</div>
<div class="footer-text">${wFoot[1]}<br>${wFoot[2]}</div><a href="https://instagram.com/haldanebread" target="_blank" class="footer-link">${wFoot[3]}</a></div>
<div class="footer-legal">${wFoot[4]}</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6512a0c3f1e2d4b5a6c7d8e0" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.com/6512a0c3f1e2d4b5a6c7d8e0/js/webflow.schunk.36b8fb49256177c8.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout502-webflow-wholesale-bread',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wStepsH, ...wSteps.map((s) => s[0]), wBakeH, wTermsH],
  body: [wLead, ...wSteps.map((s) => s[1]), ...wBake, ...wTerms],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...wNav, 'Become a stockist', ...wForm.slice(0, 5), ...wFoot],
};

export const HELDOUT502_C: readonly TestPage[] = [generatepress, webflow];
