import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout464-kit.js';

/**
 * Held-out batch 464, file f: a waste company's skip hire page on HubSpot CMS (drag-and-drop sections, a price table, a
 * HubSpot quote form and cookie banner), and a parish council's recycling page in an old table layout with a visitor counter.
 */
const hTitle = 'Skip Hire in Marbury and the Wold Villages';
const hIntro = j(
  'Order a skip by 2pm and we will deliver it the next working day, anywhere within 25 miles of our Marbury depot. Every price',
  'includes delivery, collection, up to 14 days\u2019 hire and disposal. At least 90% of what goes in our skips is sorted and recycled.',
);
const hRows = [
  ['4 yard midi', 'About 40 bin bags', '£215'],
  ['6 yard builder\u2019s', 'About 60 bin bags', '£265'],
  ['8 yard builder\u2019s', 'About 80 bin bags', '£299'],
  ['12 yard maxi', 'Bulky, light waste only', '£360'],
];
const hCant = ['Asbestos and plasterboard', 'Fridges, freezers and televisions', 'Tyres, batteries and gas bottles', 'Paint, oil and solvents'];
const hPermit = j(
  'If the skip has to go on the road, you need a skip permit from the county council. We apply for it on your behalf; it costs',
  '£45 and takes up to five working days, so please order early.',
);
const hH = ['Skip sizes and prices', 'What you can\u2019t put in a skip', 'Skips on the road'];
const hNav = ['Skip Hire', 'Commercial Waste', 'Grab Hire', 'Recycling', 'About', 'Contact'];
const hLabels = ['First name', 'Last name', 'Email', 'Phone number', 'Delivery postcode', 'Skip size'];
const hFoot = ['Privacy Policy', 'Terms of Hire', 'Environmental Policy', 'Sitemap'];
const mod = (n: number, inner: string): string => `<div class="row-fluid-wrapper row-depth-1 row-number-${n} dnd-row"><div class="row-fluid ">
<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">
<div id="hs_cos_wrapper_widget_17${n}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget"
data-hs-cos-type="module"><span id="hs_cos_wrapper_widget_17${n}_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">${inner}</span></div></div></div></div>`;
const field = (l: string, i: number): string => `<div class="hs_field_${i} hs-form-field field"><label id="label-${i}" for="f-${i}"><span>${l}</span>
<span class="hs-form-required">*</span></label><div class="input"><input id="f-${i}" name="f${i}" class="hs-input" type="text" value=""></div></div>`;
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>Skip Hire Marbury | Next-Day Delivery | Wold Skips &amp; Recycling</title>
<meta name="description" content="Skip hire in Marbury and the Wold villages from £215, including delivery, collection and disposal.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="https://www.woldskips.co.uk/hubfs/hub_generated/template_assets/1/8812/main.min.css"><meta property="og:url"
content="https://www.woldskips.co.uk/skip-hire">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness","name":"Wold Skips & Recycling","telephone":"01632 960318"}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-87712 hs-site-page page"><div data-global-resource-path="theme/templates/partials/header.html">
<a href="#main-content" class="header__skip">Skip to content</a><header class="header"><div class="header__container content-wrapper">
<div class="header__logo"><a href="/"><img src="https://www.woldskips.co.uk/hubfs/wold-logo.png" alt="Wold Skips &amp; Recycling"></a></div>
<div class="header__menu"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper
no-list">${links(hNav, 'menu__item menu__item--depth-1')}
</ul></nav></div><div class="header__button"><a class="button" href="tel:01632960318">Call 01632 960318</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--home"><div class="row-fluid-wrapper
row-depth-1 row-number-1 dnd-section">
<div class="row-fluid "><div class="span12 widget-span widget-type-cell dnd-column" data-widget-type="cell" data-x="0" data-w="12">
${mod(2, `<h1>${hTitle}</h1><p>${hIntro}</p>`)}
${mod(
  3,
  `<h2>${hH[0]}</h2><table style="border-collapse: collapse; width: 100%;" border="1"><tbody><tr><td><strong>Skip</strong></td><td><strong>Holds</strong></td>
<td><strong>Price from</strong></td></tr>${trs(hRows)}</tbody></table><p><em>Prices include VAT.</em></p>`,
)}
${mod(4, `<h2>${hH[1]}</h2><ul>${lis(hCant)}</ul><h2>${hH[2]}</h2><p>${hPermit}</p>`)}
${mod(
  5,
  `<h2>Get a quote</h2><div class="hbspt-form" id="hbspt-form-5c1d"><form novalidate class="hs-form stacked hs-form-private" id="hsForm_5c1d">
${hLabels.map(field).join('\n')}<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Request a
quote"></div></div>
<div class="legal-consent-container"><p>We will only use your details to reply to your enquiry.</p></div></form></div>`,
)}
</div></div></div></div></main>
<div data-global-resource-path="theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Wold Skips &amp; Recycling Ltd, Station Yard, Marbury MB7 2QS</p><p>Environment Agency waste carrier licence CBDU 310592</p>
<ul class="footer__links">${links(hFoot)}</ul><p>© 2026 Wold Skips &amp; Recycling Ltd</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-banner-type="opt-in">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve
your website experience and provide more personalised services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/scriptloader/4471820.js" async defer></script></body></html>`;
const hubspotSkips: TestPage = {
  name: 'heldout464-hubspot-skip-hire-docs',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([hIntro, ...rowTexts(hRows), 'Prices include VAT.', ...hCant, hPermit]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Call 01632 960318', 'Get a quote', ...hLabels, 'We will only use your details to reply to your enquiry.',
    'Wold Skips & Recycling Ltd, Station Yard, Marbury MB7 2QS', 'Environment Agency waste carrier licence CBDU 310592', ...hFoot,
    '© 2026 Wold Skips & Recycling Ltd', 'Accept', 'Decline',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
  ],
};

const pTitle = 'Recycling in the Parish';
const pBody = [
  j(
    'There are recycling banks for glass, cans and textiles in the car park behind the Village Hall, Church Lane. Please do not',
    'use the banks between 9pm and 8am as the noise carries to the houses opposite.',
  ),
  'Glass banks are emptied every Tuesday',
  'Textile bank (Threadwell Trust) is emptied fortnightly',
  'Small electricals can be left in the box inside the Post Office',
  j(
    'Household bins are collected by the district council. For bin days, missed bins and bulky waste please contact Wexmoor',
    'District Council on 01632 960 200. If a bank is full or there is fly-tipping, please tell the Parish Clerk, Mrs A. Pell, at Ivy',
    'Cottage or on 01632 960 877.',
  ),
];
const pNav = ['Home', 'Councillors', 'Minutes', 'Village Hall', 'Recycling', 'Footpaths', 'Links'];
const pHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Little Brayford Parish Council - Recycling</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="Little Brayford, parish council, recycling, bottle bank"><link href="styles.css" rel="stylesheet" type="text/css">
<script language="JavaScript"
type="text/JavaScript">function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length;i++)x.src=x.oSrc;}</script></head>
<body bgcolor="#E8EFE0" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.jpg" width="760" height="120" alt="Little Brayford Parish Council"></td></tr>
<tr><td width="160" valign="top" bgcolor="#4A6B3A" class="nav"><table width="100%" border="0" cellspacing="0" cellpadding="6">
${pNav.map((t) => `<tr><td><a href="${t.toLowerCase().replace(/\W+/g, '')}.htm" class="navlink">${t}</a></td></tr>`).join('\n')}
</table><p class="navsmall">&nbsp;</p></td>
<td width="600" valign="top" class="maintext"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
<h1><font face="Georgia, Times New Roman, Times, serif" color="#4A6B3A">${pTitle}</font></h1>
<p><font face="Verdana, Arial, Helvetica, sans-serif" size="2">${pBody[0]}</font></p>
<ul>${lis(pBody.slice(1, 4).map((t) => `<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${t}</font>`))}</ul>
<p><font face="Verdana, Arial, Helvetica, sans-serif" size="2">${pBody[4]}</font></p>
<p><font size="1" face="Verdana, Arial, Helvetica, sans-serif"><i>Page updated 12/01/2026</i></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#4A6B3A" align="center"><font face="Verdana" size="1" color="#FFFFFF">&copy; Little Brayford Parish Council 2026 |
<a href="mailto:clerk@littlebrayford-pc.org.uk"><font color="#FFFFFF">Email the Clerk</font></a><br>You are visitor number
<img src="/cgi-bin/counter.gif" alt="counter"> 0041287</font></td></tr></table></body></html>`;
const parishTable: TestPage = {
  name: 'heldout464-table-layout-parish-recycling-docs',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pBody),
  bylines: ['Page updated 12/01/2026'],
  furniture: ['Little Brayford Parish Council', ...pNav, '© Little Brayford Parish Council 2026 |', 'Email the Clerk', 'You are visitor number 0041287'],
};

export const HELDOUT464_F: readonly TestPage[] = [hubspotSkips, parishTable];
