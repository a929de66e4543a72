import { links, type TestPage, texts } from './page-kit.js';
import { j, rowTexts } from './pages-heldout637-kit.js';

/**
 * Held-out batch 637, file f: a hen-house maker's page on WordPress with Elementor Pro (Hello Elementor theme, header and footer
 * templates, price list, icon list, accordion and form widgets), and a small breeder's hand-coded table-layout site (HTML 4.01,
 * font tags, left nav column, hit counter).
 */
const eTitle = 'Made-to-order hen houses';
const eIntro = [
  j(
    'Every house is built in our workshop at Kettle Bottom from tanalised redwood, with a felt-free roof of corrugated bitumen',
    'sheet and a slide-out droppings tray. No staples, no hardboard and no hidden corners for red mite.',
  ),
];
const eH = ['Prices', 'Every house includes', 'Questions we are often asked'];
const ePrices = [
  ['The Cottage – up to 4 hens', '£395', 'Two nest boxes, one 1.2 m perch, pop hole with sliding door.'],
  ['The Farmhouse – up to 8 hens', '£620', 'Three nest boxes, two perches, walk-in door for cleaning.'],
  ['The Longhouse – up to 16 hens', '£980', 'Five nest boxes, four perches, skids for towing across a paddock.'],
];
const eIncl = [
  'lift-out perches with no joints underneath',
  'external nest box lids so you can collect eggs without going in',
  'high vents with mesh covers, protected from rain',
  'free delivery within 30 miles',
];
const eFaq = [
  ['How long is the wait?', 'Usually five to seven weeks from order, a little longer in March and April.'],
  ['Can you paint it?', 'Yes. We use a water-based, animal-safe stain in green, brown or black for £45 extra.'],
  ['Do you build runs as well?', 'We make fixed and movable runs to fit each house. Ask us for a quote.'],
];
const eNav = ['Home', 'Hen Houses', 'Duck Houses', 'Runs', 'Gallery', 'Contact'];
const eForm = ['Name', 'Email', 'Which house are you interested in?'];
const eW = (type: string, id: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}"
data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eSec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${inner}</div></div></div></section>`;
const eHead = (t: string): string => `<h2 class="elementor-heading-title elementor-size-default">${t}</h2>`;
const ePriceList = ePrices
  .map(
    ([t, p, d]) => `<li class="elementor-price-list-item"><div class="elementor-price-list-text"><div class="elementor-price-list-header">
<span class="elementor-price-list-title">${t}</span><span class="elementor-price-list-separator"></span><span class="elementor-price-list-price">${p}</span>
</div>
<p class="elementor-price-list-description">${d}</p></div></li>`,
  )
  .join('\n');
const eIcons = eIncl
  .map(
    (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
  )
  .join('\n');
const eAcc = eFaq
  .map(
    ([q, a], i) => `<div class="elementor-accordion-item">
<div id="elementor-tab-title-${2241 + i}" class="elementor-tab-title" data-tab="${i + 1}" role="button"
aria-controls="elementor-tab-content-${2241 + i}" aria-expanded="false">
<span class="elementor-accordion-icon elementor-accordion-icon-right" aria-hidden="true">
<span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span><span class="elementor-accordion-icon-opened"><i class="fas fa-minus"></i>
</span></span>
<a class="elementor-accordion-title" tabindex="0">${q}</a></div><div id="elementor-tab-content-${2241 + i}" class="elementor-tab-content elementor-clearfix"
data-tab="${i + 1}" role="region" aria-labelledby="elementor-tab-title-${2241 + i}"><p>${a}</p></div></div>`,
  )
  .join('\n');
const eMenu = (hidden: boolean): string => `<nav ${
  hidden
    ? 'class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"'
    : 'aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container ' +
      'elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade"'
}>
<ul id="menu-${hidden ? 2 : 1}-3e1a" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>`;
const eLogo = `<a href="/"><img width="220" height="64" src="/wp-content/uploads/2025/01/kbj-logo.png" alt="Kettle Bottom Joinery"></a>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} &#8211; Kettle Bottom Joinery</title>
<meta name='robots' content='max-image-preview:large'>
<link rel='stylesheet' id='hello-elementor-css' href='/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.23.4' media='all'>
<link rel='stylesheet' id='elementor-post-88-css' href='/wp-content/uploads/elementor/css/post-88.css?ver=1721990000' media='all'>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}"}]}</script>
<meta name="generator" content="Elementor 3.23.4; features: e_optimized_css_loading; settings: css_print_method-external"></head>
<body class="page-template-default page page-id-88 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
${eSec(
  '5a1c',
  eW('theme-site-logo', '7c1d', eLogo) +
    eW(
      'nav-menu',
      '3e1a',
      `${eMenu(false)}<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false">
<i aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span>
</div>${eMenu(true)}`,
    ),
)}
</div>
<main id="content" class="site-main post-88 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
${eSec(
  '1f0a',
  eW('heading', '2b11', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`) +
    eW('text-editor', '2b12', `<p>${eIntro[0]}</p>`) +
    eW(
      'image',
      '2b13',
      `<figure class="wp-caption"><img width="800" height="533"
src="/wp-content/uploads/2026/02/farmhouse-8.jpg" alt="Farmhouse hen house in green stain">
<figcaption class="widget-image-caption wp-caption-text">The Farmhouse in
a green stain at a customer’s orchard</figcaption></figure>`,
    ),
)}
${eSec('1f0b', eW('heading', '2b21', eHead(eH[0] ?? '')) + eW('price-list', '2b22', `<ul class="elementor-price-list">${ePriceList}</ul>`))}
${eSec('1f0c', eW('heading', '2b31', eHead(eH[1] ?? '')) + eW('icon-list', '2b32', `<ul class="elementor-icon-list-items">${eIcons}</ul>`))}
${eSec('1f0d', eW('heading', '2b41', eHead(eH[2] ?? '')) + eW('accordion', '2b42', `<div class="elementor-accordion">${eAcc}</div>`))}
${eSec(
  '1f0e',
  eW(
    'call-to-action',
    '2b51',
    `<div class="elementor-cta"><div class="elementor-cta__content">
<h3 class="elementor-cta__title elementor-cta__content-item">
Ask for a quote</h3><div class="elementor-cta__description elementor-cta__content-item">Tell us about your flock and we will reply within two days.</div>
</div></div>`,
  ) +
    eW(
      'form',
      '2b52',
      `<form class="elementor-form" method="post" name="Quote"><div class="elementor-form-fields-wrapper elementor-labels-above">${eForm
        .map(
          (l, i) => `<div class="elementor-field-type-text elementor-field-group elementor-column elementor-col-100"><label for="form-field-f${i}"
class="elementor-field-label">${l}</label>
<input size="1" type="text" name="form_fields[f${i}]" id="form-field-f${i}" class="elementor-field elementor-size-sm"></div>`,
        )
        .join('')}<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons"><button type="submit"
class="elementor-button elementor-size-sm"><span><span class="elementor-button-text">Send enquiry</span></span></button></div></div></form>`,
    ),
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="19" class="elementor elementor-19 elementor-location-footer" data-elementor-post-type="elementor_library">
${eSec(
  '6c2e',
  eW('text-editor', '6c2f', '<p>Kettle Bottom Joinery, Unit 4, Kettle Bottom Yard. Workshop visits by appointment.</p>') +
    eW('text-editor', '6c30', '<p>© 2026 Kettle Bottom Joinery. All rights reserved.</p>'),
)}
</div>
<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-container moove-gdpr-dark-scheme gdpr-full-screen-infobar" aria-hidden="false" role="note">
<div class="moove-gdpr-info-bar-content"><div class="moove-gdpr-cookie-notice"><p>We are using cookies to give you the best experience on our website.</p>
<p>You can find out more about which cookies we are using or switch them off in
<button data-href="#moove_gdpr_cookie_modal" class="change-settings-button">settings</button>.</p></div>
<div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all gdpr-fbo-0" aria-label="Accept" role="button">Accept</button></div>
</div></div>
<script src='/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.23.2' id='elementor-pro-frontend-js'></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout637-elementor-hen-houses',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eH,
  body: texts([...eIntro, ...ePrices.flatMap(([t, p, d]) => [`${t} ${p}`, d ?? '']), ...eIncl, ...eFaq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Home', 'Duck Houses', 'Gallery', 'Contact', 'Menu', 'The Farmhouse in a green stain at a customer’s orchard',
    'Ask for a quote',
    'Tell us about your flock and we will reply within two days.', ...eForm, 'Send enquiry',
    'Kettle Bottom Joinery, Unit 4, Kettle Bottom Yard. Workshop visits by appointment.', '© 2026 Kettle Bottom Joinery. All rights reserved.',
    'We are using cookies to give you the best experience on our website.',
    'You can find out more about which cookies we are using or switch them off in settings.', 'Accept',
  ],
};

const tTitle = 'Hatching Eggs for Sale - 2026 Season';
const tIntro = j(
  'All eggs are from our own pure breed pens, which are kept on grass and run with one cockerel to every six to eight hens.',
  'Eggs are collected twice a day and sent out no more than five days old.',
);
const tRows = [
  ['Light Sussex', '£15.00', '£27.00'],
  ['Buff Orpington', '£18.00', '£32.00'],
  ['Welsummer', '£18.00', '£32.00'],
  ['Silver Laced Wyandotte', '£16.00', '£29.00'],
  ['Cream Legbar', '£20.00', '£36.00'],
  ['Call ducks (white)', '£22.00', '-'],
];
const tPost = j(
  'We post eggs on Mondays and Tuesdays only, by Royal Mail Tracked 24, packed in polystyrene trays in a double box. Postage is',
  '£9.50 for up to 12 eggs and £12.00 for up to 24.',
);
const tFert = j(
  'We cannot guarantee hatch rates on posted eggs as we have no control over the journey or your incubator. If more than half',
  'of a box arrives cracked we will replace them free of charge in the same season.',
);
const tOrder = j(
  'To order, ring Margaret on 01632 960 772 (evenings after 6pm) or send an email with the breed, how many eggs and the week you',
  'would like them. Payment by bank transfer or cheque.',
);
const tNav = ['Home', 'About Us', 'Our Breeds', 'Hatching Eggs', 'Growers', 'Links', 'Contact'];
const tNavHtml = tNav
  .map(
    (t) =>
      `<tr><td height="26" background="images/navbg.gif"><font face="Verdana, Arial" size="2">&nbsp;&nbsp;<a href="${t
        .toLowerCase()
        .replace(/ /g, '')}.htm" class="nav">${t}</a></font></td></tr>`,
  )
  .join('\n');
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Furzedown Poultry - Hatching Eggs</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="hatching eggs, light sussex, buff orpington, welsummer, wyandotte, legbar, call ducks, poultry">
<meta name="description" content="Pure breed hatching eggs for sale from Furzedown Poultry">
<link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#F5F0E1" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.jpg" width="780" height="140" alt="Furzedown Poultry - Pure Breeds since 1994"></td></tr>
<tr><td width="160" valign="top" bgcolor="#E8DFC4"><table width="160" border="0" cellspacing="0" cellpadding="0">
${tNavHtml}
</table><br><center><font face="Verdana, Arial" size="1" color="#666666">Members of the<br>Rare Poultry Society</font></center><br></td>
<td width="620" valign="top"><table width="100%" border="0" cellspacing="10" cellpadding="0"><tr><td>
<center><font face="Georgia, Times New Roman" size="5" color="#663300"><b>${tTitle}</b></font></center><br>
<font face="Verdana, Arial" size="2">${tIntro}<br><br>
<b>Prices</b> (per box, including the box and packing)<br><br></font>
<table width="90%" border="1" cellspacing="0" cellpadding="4" bordercolor="#996633" align="center">
<tr bgcolor="#E8DFC4"><td><font face="Verdana, Arial" size="2"><b>Breed</b></font></td><td><font face="Verdana, Arial" size="2"><b>6 eggs</b></font></td>
<td><font face="Verdana, Arial" size="2"><b>12 eggs</b></font></td></tr>
${tRows.map((r) => `<tr>${r.map((c) => `<td><font face="Verdana, Arial" size="2">${c}</font></td>`).join('')}</tr>`).join('\n')}
</table><br>
<font face="Verdana, Arial" size="2"><b><u>Postage</u></b><br>${tPost}<br><br>
<b><u>Fertility</u></b><br>${tFert}<br><br>
<b><u>How to order</u></b><br>${tOrder}<br><br>
<center><font color="#CC0000"><b>Call duck eggs are collection only.</b></font></center><br></font>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#663300" height="30"><center><font face="Verdana, Arial" size="1" color="#FFFFFF">&copy; Furzedown Poultry 2004-2026 |
Site last updated 12/02/2026 | Best viewed at 1024 x 768</font></center></td></tr></table>
<center><font face="Verdana, Arial" size="1">You are visitor number
<img src="http://counter.furzedownpoultry.co.uk/cgi-bin/count.cgi?df=eggs.dat" alt="048213"></font></center>
</body></html>`;
const tableLayout: TestPage = {
  name: 'heldout637-table-layout-hatching-eggs',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [
    tIntro,
    'Prices (per box, including the box and packing)',
    ...rowTexts(tRows),
    'Postage',
    tPost,
    'Fertility',
    tFert,
    'How to order',
    tOrder,
    'Call duck eggs are collection only.',
  ],
  bylines: ['Site last updated 12/02/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'About Us', 'Our Breeds', 'Growers', 'Links', 'Contact', 'Members of the Rare Poultry Society', '© Furzedown Poultry 2004-2026',
    'Best viewed at 1024 x 768', 'You are visitor number',
  ],
};

export const HELDOUT637_F: readonly TestPage[] = [elementor, tableLayout];
