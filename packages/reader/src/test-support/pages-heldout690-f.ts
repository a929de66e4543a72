import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, row, tr } from './pages-heldout690-kit.js';

/**
 * Held-out batch 690, file f: a bike shop's workshop price page built with Elementor (Hello Elementor theme, Elementor Pro price
 * list widget), and an old table-layout cycling club site's permanent audax route page.
 */
const eTitle = 'Workshop Services & Prices';
const eIntro = j(
  'Our two mechanics service everything from school run bikes to electric cargo bikes. Book online or drop in; most jobs are',
  'done within three working days, and we will always call before doing any work that costs more than the quote.',
);
const ePrices = [
  ['Safety Check', '£25', 'Brakes, gears, tyres and bolts checked and adjusted. Free if you go on to book a service.'],
  ['Standard Service', '£75', 'Full clean, gear and brake adjustment, wheel true, bearings checked, chain lubricated.'],
  ['Full Strip Service', '£165', 'Every part removed, cleaned and regreased or replaced. Parts charged extra.'],
  ['E-Bike Service', '£95', 'Standard service plus motor diagnostic and firmware update for Bosch and Shimano systems.'],
];
const eParts = [
  ['Puncture repair', '£12', 'Inner tube charged extra.'],
  ['Fit new chain', '£15', 'Chain checked for wear against the cassette.'],
  ['Bleed hydraulic brake', '£30', 'Per brake, fluid included.'],
];
const eBody = [
  eIntro,
  'Services',
  ...ePrices.map((p) => p.join(' ')),
  'Repairs',
  ...eParts.map((p) => p.join(' ')),
  'All prices include labour and VAT. Parts are charged at the price shown on our website.',
];
const eItem = (p: readonly string[]): string => `<li class="elementor-price-list-item"><div class="elementor-price-list-text">
<div class="elementor-price-list-header"><span class="elementor-price-list-title">${p[0]}</span><span class="elementor-price-list-separator"></span>
<span class="elementor-price-list-price">${p[1]}</span></div><p class="elementor-price-list-description">${p[2]}</p></div></li>`;
const eWidget = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eNav = ['Shop', 'Workshop', 'Bike Hire', 'About', 'Contact'];
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle.replace('&', '&amp;')} &#8211; Harbour Lane Cycles</title><meta name='robots' content='index, follow, max-image-preview:large' />
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Workshop Services &amp; Prices - Harbour Lane
Cycles","isPartOf":{"@id":"https://harbourlanecycles.co.uk/#website"}},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Home"}]}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://harbourlanecycles.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0' media='all' />
<link rel='stylesheet' id='elementor-frontend-css'
href='https://harbourlanecycles.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.4' media='all' />
<link rel='stylesheet' id='elementor-post-412-css'
href='https://harbourlanecycles.co.uk/wp-content/uploads/elementor/css/post-412.css?ver=1721984512' media='all' />
<link rel='stylesheet' id='woocommerce-general-css'
href='https://harbourlanecycles.co.uk/wp-content/plugins/woocommerce/assets/css/woocommerce.css?ver=9.1.2' media='all' />
</head>
<body class="page-template-default page page-id-412 theme-hello-elementor woocommerce-no-js elementor-default elementor-kit-6 elementor-page
elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3f1a2b e-flex e-con-boxed e-con e-parent" data-id="3f1a2b" data-element_type="container">
<div class="e-con-inner">
${eWidget(
  'a1b2c3',
  'theme-site-logo',
  `<a href="https://harbourlanecycles.co.uk">
<img width="240" height="80" src="https://harbourlanecycles.co.uk/wp-content/uploads/2024/02/hlc-logo.png" class="attachment-full size-full"
alt="Harbour Lane Cycles" /></a>`,
)}
${eWidget(
  'd4e5f6',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline
e--animation-fade"><ul id="menu-1-d4e5f6" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}
${eWidget(
  'g7h8i9',
  'woocommerce-menu-cart',
  `<div class="elementor-menu-cart__wrapper"><div class="elementor-menu-cart__toggle_wrapper">
<div class="elementor-menu-cart__toggle elementor-button-wrapper">
<a id="elementor-menu-cart__toggle_button" href="#" class="elementor-menu-cart__toggle_button elementor-button elementor-size-sm"
aria-expanded="false"><span class="elementor-button-text"><span class="woocommerce-Price-amount amount"><bdi>
<span class="woocommerce-Price-currencySymbol">&pound;</span>0.00</bdi></span></span><span class="elementor-button-icon">
<span class="elementor-button-icon-qty" data-counter="0">0</span></span></a></div></div></div>`,
)}
</div></div></div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
<div class="elementor-element elementor-element-5c6d7e e-flex e-con-boxed e-con e-parent" data-id="5c6d7e" data-element_type="container"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="e-con-inner">
${eWidget('h1a2b3', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle.replace('&', '&amp;')}</h1>`)}
${eWidget('t1e2x3', 'text-editor', ps([eIntro]))}
${eWidget(
  'c4t5a6',
  'button',
  `<div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/book-a-service/"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Book a service</span></span></a></div>`,
)}
</div></div>
<div class="elementor-element elementor-element-8e9f0a e-flex e-con-boxed e-con e-parent" data-id="8e9f0a" data-element_type="container">
<div class="e-con-inner">
<div class="elementor-element elementor-element-1b2c3d e-con-full e-flex e-con e-child" data-id="1b2c3d" data-element_type="container">
${eWidget('s1h2d3', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${at(eBody, 1)}</h2>`)}
${eWidget('p1l2s3', 'price-list', `<ul class="elementor-price-list">${ePrices.map(eItem).join('\n')}</ul>`)}
</div><div class="elementor-element elementor-element-4e5f6a e-con-full e-flex e-con e-child" data-id="4e5f6a" data-element_type="container">
${eWidget('s4h5d6', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${at(eBody, 6)}</h2>`)}
${eWidget('p4l5s6', 'price-list', `<ul class="elementor-price-list">${eParts.map(eItem).join('\n')}</ul>`)}
</div></div></div>
<div class="elementor-element elementor-element-7a8b9c e-flex e-con-boxed e-con e-parent" data-id="7a8b9c" data-element_type="container">
<div class="e-con-inner">
${eWidget('n1o2t3', 'text-editor', ps([at(eBody, 10)]))}
${eWidget(
  'r1e2v3',
  'testimonial',
  `<div class="elementor-testimonial-wrapper">
<div class="elementor-testimonial-content">Quick, honest and they explained everything. My old tourer rides like new.</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-details"><div class="elementor-testimonial-name">Google review</div></div>
</div></div>`,
)}
</div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="24" class="elementor elementor-24 elementor-location-footer" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-0f1e2d e-flex e-con-boxed e-con e-parent" data-id="0f1e2d" data-element_type="container">
<div class="e-con-inner">
${eWidget('f1t2x3', 'text-editor', '<p>Harbour Lane Cycles, 3 Harbour Lane, Porthwen PW1 4DD</p><p>Open Mon-Sat 9am-5:30pm</p>')}
${eWidget('f4c5p6', 'heading', '<p class="elementor-heading-title elementor-size-default">© 2026 Harbour Lane Cycles</p>')}
</div></div></div>
<div id="cookie-law-info-bar" data-nosnippet="true">
<span>This website uses cookies to improve your experience.<a role='button' data-cli_action="accept" id="cookie_action_close_header"
class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button">ACCEPT</a>
<a href="https://harbourlanecycles.co.uk/privacy-policy/" id="CONSTANT_OPEN_URL" target="_blank" class="cli-plugin-main-link">Read More</a></span></div>
<script src="https://harbourlanecycles.co.uk/wp-content/plugins/elementor-pro/assets/js/webpack-pro.runtime.min.js?ver=3.23.2"
id="elementor-pro-webpack-runtime-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig =
{"environmentMode":{"edit":false,"wpPreview":false,"isScriptDebug":false},"version":"3.23.4","is_static":false};</script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout690-workshop-prices-elementor',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [at(eBody, 1), at(eBody, 6)],
  body: eBody.filter((_, i) => ![1, 6].includes(i)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Shop', 'Bike Hire', 'About', 'Contact', '£0.00', '0',
    'Quick, honest and they explained everything. My old tourer rides like new.', 'Google review',
    'Harbour Lane Cycles, 3 Harbour Lane, Porthwen PW1 4DD', 'Open Mon-Sat 9am-5:30pm', '© 2026 Harbour Lane Cycles',
    'This website uses cookies to improve your experience.', 'ACCEPT', 'Read More',
  ],
};

const tTitle = 'The Three Abbeys 200 - Permanent Route';
const tCues = [
  ['0.0', 'Start: Penfold Green, the Old Forge Café', 'Control 1 (receipt)'],
  ['48.5', 'Ashby Abbey, village shop', 'Control 2 (receipt)'],
  ['101.2', 'Kelmarsh Abbey tea rooms', 'Control 3 (stamp or receipt)'],
  ['152.0', 'Sorrel Abbey, garage on the B4190', 'Control 4 (receipt)'],
  ['203.4', 'Finish: Penfold Green, the Old Forge Café', 'Arrivée (receipt)'],
];
const tBody = [
  j(
    'The Three Abbeys is a 203 km permanent that can be ridden on any day of the year. It visits the ruined abbeys at Ashby,',
    'Kelmarsh and Sorrel, climbs 1,850 m in total and stays on quiet lanes for all but 9 km. Time limit: 13 hours 30 minutes.',
  ),
  j(
    'The route was first ridden by club members in 1998 and has been validated as an AUK permanent since 2003. It is a good',
    'first 200 for riders who have done a few hilly 100s: the hardest climb, Tor Hill, comes early, while you are fresh.',
  ),
  'Controls',
  ...tCues.map(row),
  'How to enter',
  j(
    'Send the entry fee of £6 (£4 for AUK members) with your name, address, club and the date you plan to ride to the',
    'organiser. You will receive a brevet card and the route sheet by post. Keep every receipt and post them back with the',
    'card within ten days of your ride.',
  ),
  'A few words of advice',
  j(
    'Sorrel garage closes at 8pm. If you start late, fill your bottles at Kelmarsh. The lane down from Tor Hill has a ford that',
    'floods after heavy rain: use the footbridge on the left.',
  ),
];
const tSide = ['Home', 'Club Runs', 'Audax Events', 'Permanents', 'Results', 'Photo Album', 'Links', 'Contact Us'];
const tFont = '<font face="Verdana, Arial, Helvetica, sans-serif" size="2">';
const tH = (t: string): string => `<p><b><font face="Verdana, Arial, Helvetica, sans-serif" size="3" color="#003366">${t}</font></b></p>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Penfold Wheelers CC - Three Abbeys 200 Permanent</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="audax, permanent, 200km, Penfold Wheelers, cycling club">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0"><meta name="ProgId" content="FrontPage.Editor.Document">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script>
<style type="text/css"><!-- a:link { color: #003366 } a:visited { color: #666699 } .small { font-size: 10px } --></style></head>
<body bgcolor="#E8EEF4" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2" bgcolor="#003366"><img src="images/banner.gif" width="760" height="90" alt="Penfold Wheelers Cycling Club"></td></tr>
<tr><td colspan="2" bgcolor="#CCDDEE" align="right">${tFont}<a href="index.htm">Home</a> | <a href="join.htm">Join the Club</a> | <a
href="contact.htm">Contact Us</a>&nbsp;</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#DDE6EE"><br>
<table width="150" border="0" align="center" cellpadding="3" cellspacing="0">
${tSide.map((t) => `<tr><td>${tFont}<a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></td></tr>`).join('\n')}
</table><br><center><img src="images/auk_logo.gif" width="100" height="60" alt="Audax UK"><br>
<font face="Verdana" size="1">Affiliated to Audax UK</font></center><br>
<center><font face="Verdana" size="1">Visitors since March 2002:<br><img src="/cgi-bin/counter.cgi?df=perm200.dat" alt="counter"><br>004217</font></center></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="10" cellspacing="0"><tr><td>
<p><font face="Verdana, Arial, Helvetica, sans-serif" size="4" color="#003366"><b>${tTitle}</b></font></p>
${tFont}
${ps(tBody.slice(0, 2))}
${tH(at(tBody, 2))}
<table width="100%" border="1" cellpadding="3" cellspacing="0" bordercolor="#999999">
<tr bgcolor="#CCDDEE"><td><b>km</b></td><td><b>Control</b></td><td><b>Proof</b></td></tr>
${tCues.map((c) => tr(c)).join('\n')}
</table>
${tH(at(tBody, 8))}
${ps(tBody.slice(9, 10))}
${tH(at(tBody, 10))}
${ps(tBody.slice(11))}
<p>Organiser: Geoff Harland, 14 Mill Row, Penfold Green. Tel 01632 960411</p>
</font>
<p align="center"><font face="Verdana" size="1"><a href="permanents.htm">&lt;&lt; Back to Permanents</a></font></p>
<hr size="1" noshade>
<p align="center"><font face="Verdana" size="1" class="small">Page last updated 12/03/2009<br>&copy; Penfold Wheelers CC 1998-2009. Site by Geoff H.</font></p>
</td></tr></table></td></tr></table>
</body></html>`;
const tableSite: TestPage = {
  name: 'heldout690-audax-permanent-table-layout',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [2, 8, 10].map((i) => at(tBody, i)),
  body: [...texts(tBody.filter((_, i) => ![2, 8, 10].includes(i))), 'Organiser: Geoff Harland, 14 Mill Row, Penfold Green. Tel 01632 960411'],
  bylines: ['Page last updated 12/03/2009'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Join the Club', ...tSide, 'Affiliated to Audax UK', 'Visitors since March 2002:', '004217', '<< Back to Permanents',
    '© Penfold Wheelers CC 1998-2009. Site by Geoff H.',
  ],
};

export const HELDOUT690_F: readonly TestPage[] = [elementor, tableSite];
