import { links, ps, type TestPage } from './page-kit.js';
import { j, rowText, tr } from './pages-heldout697-kit.js';

/**
 * Held-out batch 697, file f: a family nursery's snowdrop list on an old FrontPage table layout with a left link column and a
 * hit counter, and a bulb farm's planting page built with Elementor (Hello theme, Pro header and footer, Complianz banner).
 */
const tTitle = 'Snowdrop List for Spring 2027';
const tIntro = [
  j(
    'All our snowdrops are grown here at Pennock\'s and sent out "in the green", that is in leaf just after flowering, which is the',
    'best time to move them. Orders are sent in February and March in the order they arrive.',
  ),
  'Prices are for a single bulb in the green unless stated. Postage is £4.80 for any size of order.',
];
const tRows = [
  ["Galanthus 'Trym Lane'", 'Green tips to the outer petals, late flowering', '£6.00'],
  ["Galanthus 'Pennock's Gold'", 'Yellow ovary and yellow inner marks, our own seedling', '£18.00'],
  ["Galanthus 'Maud Ashby'", 'Tall, large flowers, very vigorous', '£5.00'],
  ['Galanthus elwesii', 'Broad grey leaves, early, good in dry soil', '£2.50'],
  ['Galanthus nivalis, clump of 10', 'The common snowdrop, for naturalising', '£9.00'],
];
const tOrder = j(
  'To order, write to us with your list and a cheque payable to M. Pennock, or telephone in the evenings. We regret we cannot take',
  'cards. Please give a second choice in case a variety sells out.',
);
const tLeft = ['Home', 'Snowdrop List', 'Hellebores', 'Open Days', 'How to Order', 'Find Us'];
const tFont = (t: string): string => `<font face="Verdana, Arial, Helvetica" size="2">${t}</font>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><meta name="keywords" content="snowdrops, galanthus, in the green, hellebores, nursery, Devon">
<title>Pennock's Snowdrops - Snowdrop List</title><link rel="stylesheet" type="text/css" href="style.css">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0" background="images/bg_paper.gif" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2"><img src="images/header.jpg" width="760" height="120"
alt="Pennock's Snowdrops - Hazelcombe, Devon"></td></tr><tr>
<td width="150" valign="top" bgcolor="#E8EFE0"><table width="150" border="0" cellpadding="4" cellspacing="0">
${tLeft
  .map(
    (t) => `<tr><td><font face="Verdana, Arial" size="2"><b><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t.replace(/'/g, '&#39;')}</a></b>
</font></td></tr>`,
  )
  .join('\n')}
<tr><td><br><font face="Verdana, Arial" size="1">Member of the<br>Hardy Plant Society</font></td></tr></table></td>
<td width="610" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<p align="center"><font face="Georgia, Times New Roman" size="5" color="#2F4F2F"><b>${tTitle}</b></font></p>
${tIntro.map((p) => `<p>${tFont(p)}</p>`).join('\n')}
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#A0B090">
<tr bgcolor="#C8D8B8"><td><b>${tFont('Variety')}</b></td><td><b>${tFont('Description')}</b></td><td><b>${tFont('Price')}</b></td></tr>
${tRows.map((r) => tr(r.map((c) => tFont(c.replace(/'/g, '&#39;'))))).join('\n')}
</table>
<p>${tFont(tOrder)}</p>
<p>${tFont('<b>Telephone:</b> 01837 555 214 (after 6pm)<br><b>Address:</b> Hazelcombe Cottage, Sampford Moor, Devon')}</p>
<hr size="1" color="#A0B090"><p align="center"><font face="Verdana, Arial" size="1">Page last updated 4 January 2027</font></p>
<p align="center"><font face="Verdana, Arial" size="1">You are visitor number <img src="/cgi-bin/Count.cgi?df=snow.dat" alt="counter"> since 1999</font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#2F4F2F" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">&copy; Pennock's Snowdrops 1999-2027 |
<a href="privacy.htm"><font color="#FFFFFF">Privacy</font></a></font></td></tr></table></body></html>`;
const tablePage: TestPage = {
  name: 'heldout697-frontpage-snowdrop-list',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [...tIntro, ...tRows.map(rowText), tOrder, 'Telephone: 01837 555 214 (after 6pm)', 'Address: Hazelcombe Cottage, Sampford Moor, Devon'],
  bylines: ['Page last updated 4 January 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Hellebores', 'Open Days', 'How to Order', 'Find Us', 'Member of the Hardy Plant Society', 'You are visitor number since 1999',
    "© Pennock's Snowdrops 1999-2027 |", 'Privacy',
  ],
};

const eTitle = 'Planting your bulbs when they arrive';
const eBody = [
  j(
    'Your bulbs have been lifted, dried and graded on our farm in the Fens. They are dormant, not dead, and they will wait a few',
    'weeks for you, but the sooner they are in the ground the better they root before winter.',
  ),
  'Unpacking',
  'Open the box and take the bulbs out of their bags straight away.',
  'Store any you cannot plant yet in a cool, dry, airy place, such as a garage shelf.',
  'Throw away any bulb that is soft or smells musty.',
  'How deep and how far apart',
  j(
    'As a rule, plant a bulb at two to three times its own height. Tulips go deeper, at about 20 cm, which helps them come back',
    'year after year. Space bulbs by about twice their width for a natural look, or closer in pots.',
  ),
  'Planting in pots',
  j(
    'Use peat-free compost mixed with a third of grit, and stand the pots on feet so they drain. Layering different bulbs in the same',
    'pot, with the latest-flowering deepest, gives you flowers for ten weeks from a single container.',
  ),
];
const eMenu = ['Shop bulbs', 'Planting advice', 'Our farm', 'Wholesale', 'Contact'];
const eFoot = ['Delivery', 'Terms and conditions', 'Privacy policy', 'Cookie policy'];
const eId = (n: number): string => (n * 2654435761).toString(16).slice(-7);
const eWidget = (type: string, n: number, inner: string): string =>
  `<div class="elementor-element elementor-element-${eId(n)} elementor-widget elementor-widget-${type.split('.')[0]}" data-id="${eId(n)}"
data-element_type="widget"
data-widget_type="${type}"><div class="elementor-widget-container">${inner}</div></div>`;
const eHeading = (n: number, t: string, tag = 'h2'): string =>
  eWidget('heading.default', n, `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const eText = (n: number, paras: string[]): string => eWidget('text-editor.default', n, ps(paras));
const eIcons = (n: number, items: string[]): string =>
  eWidget(
    'icon-list.default',
    n,
    `<ul class="elementor-icon-list-items">${items
      .map(
        (t) => `<li class="elementor-icon-list-item">
<span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
      )
      .join('\n')}</ul>`,
  );
const eCon = (n: number, inner: string): string =>
  `<div class="elementor-element elementor-element-${eId(n)} e-flex e-con-boxed e-con e-parent" data-id="${eId(n)}" data-element_type="container"
data-settings="{&quot;content_width&quot;:&quot;boxed&quot;}"><div class="e-con-inner">${inner}</div></div>`;
const eNav = (n: number, hidden: boolean): string => `<nav ${hidden ? 'aria-hidden="true" ' : 'aria-label="Menu" '}
class="elementor-nav-menu--${hidden ? 'dropdown' : 'main'}
elementor-nav-menu__container"><ul id="menu-${n}-${eId(n)}" class="elementor-nav-menu">${eMenu
  .map(
    (t) => `<li class="menu-item menu-item-type-post_type">
<a href="/${t.toLowerCase().replace(/ /g, '-')}/" class="elementor-item${hidden ? '" tabindex="-1' : ''}">${t}</a></li>`,
  )
  .join('\n')}</ul></nav>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} &#8211; Quillfield Bulb Farm</title><meta name='robots' content='max-image-preview:large'>
<link rel='stylesheet' id='hello-elementor-css' href='https://quillfieldbulbs.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css'
href='https://quillfieldbulbs.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.4' media='all'>
<link rel='stylesheet' id='elementor-post-231-css' href='https://quillfieldbulbs.co.uk/wp-content/uploads/elementor/css/post-231.css?ver=1726' media='all'>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}"}]}</script>
<meta name="generator" content="Elementor 3.23.4; features: e_optimized_css_loading; settings: css_print_method-external, google_font-enabled">
<style>.e-con.e-parent:nth-of-type(n+4):not(.e-lazyloaded):not(.e-no-lazyload){background-image:none !important;}</style></head>
<body class="page-template-default page page-id-231 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-231">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header"
data-elementor-post-type="elementor_library">
${eCon(
  101,
  `${eWidget(
    'theme-site-logo.default',
    102,
    `<a href="https://quillfieldbulbs.co.uk"><img width="220" height="64"
src="/wp-content/uploads/logo.svg" class="attachment-full size-full" alt="Quillfield Bulb Farm"></a>`,
  )}
${eWidget(
  'nav-menu.default',
  103,
  `${eNav(1, false)}<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"
aria-expanded="false"></div>${eNav(2, true)}`,
)}
${eWidget(
  'woocommerce-menu-cart.default',
  104,
  `<div class="elementor-menu-cart__toggle elementor-button-wrapper">
<a id="elementor-menu-cart__toggle_button" href="#" class="elementor-menu-cart__toggle_button elementor-button elementor-size-sm" aria-expanded="false">
<span class="elementor-button-text"><span class="woocommerce-Price-amount amount"><bdi>
<span class="woocommerce-Price-currencySymbol">&pound;</span>0.00</bdi></span></span><span class="elementor-button-icon">
<span class="elementor-button-icon-qty" data-counter="0">0</span><span class="elementor-screen-only">Cart</span></span></a></div>`,
)}`,
)}
</header>
<div data-elementor-type="wp-page" data-elementor-id="231" class="elementor elementor-231" data-elementor-post-type="page">
${eCon(201, `${eHeading(202, eTitle, 'h1')}${eText(203, [eBody[0] ?? ''])}`)}
${eCon(204, `${eHeading(205, eBody[1] ?? '')}${eIcons(206, eBody.slice(2, 5))}`)}
${eCon(
  207,
  `${eHeading(208, eBody[5] ?? '')}${eText(209, [eBody[6] ?? ''])}${eWidget(
    'image.default',
    210,
    `<figure class="wp-caption"><img loading="lazy"
src="/wp-content/uploads/2026/09/depth-chart.png" alt="Planting depth chart" width="800" height="520">
<figcaption class="widget-image-caption wp-caption-text">Planting depths for our most popular bulbs</figcaption></figure>`,
  )}`,
)}
${eCon(211, `${eHeading(212, eBody[7] ?? '')}${eText(213, [eBody[8] ?? ''])}`)}
${eCon(
  214,
  `${eWidget(
    'call-to-action.default',
    215,
    `<div class="elementor-cta"><div class="elementor-cta__content">
<h3 class="elementor-cta__title elementor-cta__content-item elementor-content-item">Still choosing?</h3>
<div class="elementor-cta__description elementor-cta__content-item elementor-content-item">Our autumn catalogue has over 300 varieties.</div>
<div class="elementor-cta__button-wrapper elementor-cta__content-item elementor-content-item">
<a class="elementor-cta__button elementor-button elementor-size-" href="/shop-bulbs/">Browse the catalogue</a></div></div></div>`,
  )}`,
)}
</div>
<footer data-elementor-type="footer" data-elementor-id="48" class="elementor elementor-48 elementor-location-footer"
data-elementor-post-type="elementor_library">
${eCon(
  301,
  `${eWidget(
    'form.default',
    302,
    `<form class="elementor-form" method="post" name="Newsletter">
<div class="elementor-form-fields-wrapper elementor-labels-above">
<div class="elementor-field-type-email elementor-field-group elementor-column elementor-field-group-email elementor-col-100 elementor-field-required">
<label for="form-field-email" class="elementor-field-label">Get planting reminders by email</label><input size="1" type="email" name="form_fields[email]"
id="form-field-email" class="elementor-field elementor-size-sm elementor-field-textual" placeholder="Your email address" required="required"></div>
<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons"><button type="submit"
class="elementor-button elementor-size-sm"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">Sign up</span></span></button>
</div></div></form>`,
  )}
${eWidget(
  'icon-list.default',
  303,
  `<ul class="elementor-icon-list-items elementor-inline-items">
${links(eFoot, 'elementor-icon-list-item elementor-inline-item')}</ul>`,
)}
${eWidget('text-editor.default', 304, `<p>© 2027 Quillfield Bulb Farm Ltd, Gedney Drove, Lincolnshire. Registered in England No. 08812345.</p>`)}`,
)}
</footer>
<div id="cmplz-cookiebanner-container">
<div class="cmplz-cookiebanner cmplz-show banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-logo"></div><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message"
id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to store and/or access
device information.</div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button>
<button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://quillfieldbulbs.co.uk/wp-content/plugins/elementor-pro/assets/js/webpack-pro.runtime.min.js?ver=3.23.2"
id="elementor-pro-webpack-runtime-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout697-elementor-planting-bulbs',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [eBody[1] ?? '', eBody[5] ?? '', eBody[7] ?? ''],
  body: eBody.filter((_, i) => ![1, 5, 7].includes(i)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eMenu.filter((t) => t !== 'Our farm'), '£0.00', 'Cart', 'Planting depths for our most popular bulbs',
    'Still choosing?', 'Our autumn catalogue has over 300 varieties.',
    'Browse the catalogue', 'Get planting reminders by email', 'Sign up', ...eFoot,
    '© 2027 Quillfield Bulb Farm Ltd, Gedney Drove, Lincolnshire. Registered in England No. 08812345.', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT697_F: readonly TestPage[] = [tablePage, elementor];
