import { links, type TestPage, texts } from './page-kit.js';
import { esc, j, rows, rowText } from './pages-heldout504-kit.js';

/**
 * Held-out batch 504, file d: a pet resort's boarding FAQ on HubSpot CMS (drag-and-drop modules, accordion, HubSpot cookie banner,
 * chat widget container), and a country kennel's rates and rules page in an old table layout (font tags, image-button sidebar,
 * hit counter, "last updated" line).
 */
const hTitle = 'Boarding FAQ';
const hLead = 'Answers to the questions we hear most from first-time guests. Still stuck? Call the front desk any day from 7am to 7pm.';
const hFaq: [string, string[]][] = [
  [
    'Does my dog need an evaluation before boarding?',
    [
      j(
        'Yes. Every new dog spends a free half day in daycare first, so our team can see how they do with other dogs, with handling',
        'and with the noise of the kennel. Book it at least a week before your first stay.',
      ),
    ],
  ],
  [
    'What should I bring?',
    [
      'Your dog\u2019s own food, portioned into bags for each meal and labelled with their name.',
      'Any medication in its original bottle. We do not accept loose pills.',
      'We provide bowls, beds and blankets, so please leave toys and bedding at home. Items brought in tend to get lost or chewed.',
    ],
  ],
  [
    'Can I tour the kennel?',
    [
      j(
        'Tours run Monday to Friday at 11am and 3pm. For the health and calm of the dogs staying with us, visitors cannot walk',
        'through the suites themselves, but you will see them through the viewing windows and visit the play yards.',
      ),
    ],
  ],
  [
    'When are check-in and check-out?',
    [
      j(
        'Check-in is from 7am to 11am and check-out from 3pm to 7pm. Boarding is charged by the night, and dogs picked up after',
        '11am on the last day are charged a half day of daycare.',
      ),
    ],
  ],
  [
    'Will I get updates while I am away?',
    ['Yes. Guests in our Lodge suites get a daily photo through the Cedar Run app, and you can message the front desk at any time.'],
  ],
];
const hNav = ['Boarding', 'Daycare', 'Grooming', 'Training', 'Pricing', 'FAQ'];
const hCta = ['Ready to book?', 'New guests start with a free evaluation day.'];
const hFoot = ['Cedar Run Pet Resort', '9 Tamarack Lane, Holloway Springs', 'Open 7 days, 7am–7pm', 'Careers', 'Privacy Policy'];
const wrap = (id: string, type: string, inner: string): string =>
  `<div id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_${type}" style="" data-hs-cos-general-type="widget"
data-hs-cos-type="${type}">${inner}</div>`;
const hItems = hFaq
  .map(
    ([q, as], i) => `<details class="faq-accordion__item" id="faq-${i + 1}"><summary class="faq-accordion__question"><h3 class="faq-accordion__title">${q}</h3>
<span class="faq-accordion__icon" aria-hidden="true"></span></summary><div class="faq-accordion__answer">${as.map((a) => `<p>${a}</p>`).join('')}</div>
</details>`,
  )
  .join('\n');
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Boarding FAQ | Cedar Run Pet Resort</title>
<meta name="description" content="Answers to common questions about boarding your dog at Cedar Run Pet Resort."><meta name="viewport"
content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:title" content="Boarding FAQ | Cedar Run Pet Resort"><link rel="canonical" href="https://www.cedarrunpetresort.example/boarding-faq">
<link rel="stylesheet" href="https://www.cedarrunpetresort.example/hubfs/hub_generated/template_assets/1/112233445/1700000000000/template_main.min.css">
<style>#hs_cos_wrapper_widget_1699999 .faq-accordion__item{border-bottom:1px solid #e1e1e1;}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage",
"mainEntity":[{"@type":"Question","name":"Does my dog need an evaluation before boarding?"}]}</script>
</head><body><div class="body-wrapper   hs-content-id-140233871 hs-site-page page "><div
data-global-resource-path="@marketplace/Cedar_Theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div
class="header__logo header__logo--main">
${wrap(
  'site_logo',
  'logo',
  '<span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo">' +
    '<a href="/" id="hs-link-site_logo_hs_logo_widget">' +
    '<img src="https://www.cedarrunpetresort.example/hubfs/cedar-run-logo.svg" class="hs-image-widget" alt="Cedar Run Pet Resort"></a></span>',
)}
</div><div class="header__column"><div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><nav class="header__navigation"
aria-label="Main menu">
${wrap('navigation-primary', 'menu', `<ul class="submenu level-1">${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul>`)}</nav>
<div class="header__button"><a class="button" href="/book-now">Book a Stay</a></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--page"><div
class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section">
<div class="row-fluid "><div class="span12 widget-span widget-type-cell dnd-column" style="" data-widget-type="cell" data-x="0" data-w="12">
<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-row"><div class="row-fluid "><div class="span12 widget-span widget-type-custom_widget dnd-module"
style=""
data-widget-type="custom_widget" data-x="0" data-w="12"><div id="hs_cos_wrapper_widget_1699998"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"
style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_widget_1699998_" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text"><h1 style="text-align: center;">${hTitle}</h1>
<p style="text-align: center;">${hLead}</p></span></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-3 dnd-row"><div class="row-fluid "><div class="span12 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_1699999" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget"
data-hs-cos-type="module"><div class="faq-accordion">
${hItems}
</div></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-4 dnd-row"><div class="row-fluid "><div class="span12 widget-span widget-type-custom_widget dnd-module">
<div class="cta-banner"><h2 class="cta-banner__title">${hCta[0]}</h2><p>${hCta[1]}</p><span class="hs-cta-wrapper" id="hs-cta-wrapper-7a1f"><span
class="hs-cta-node
hs-cta-7a1f" id="hs-cta-7a1f"><a href="https://cta-redirect.hubspot.com/cta/redirect/112233445/7a1f" class="cta_button">Book an Evaluation Day</a></span>
</span></div>
</div></div></div></div></div></div></main>
<div data-global-resource-path="@marketplace/Cedar_Theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
${wrap(
  'footer_text',
  'rich_text',
  hFoot
    .slice(0, 3)
    .map((t) => `<p>${t}</p>`)
    .join(''),
)}
${wrap('footer_menu', 'simple_menu', `<ul class="footer__menu">${links(hFoot.slice(3))}</ul>`)}
<p class="footer__copyright">© 2026 Cedar Run Pet Resort, LLC. All rights reserved.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-mobile-friendly="true"
data-hs-banner-type="TOP">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer. These cookies are used to improve your website
experience and provide more personalized services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area"><div
id="hs-eu-cookie-confirmation-button-group">
<a href="javascript:;" id="hs-eu-confirmation-button" role="button">Accept</a><a href="javascript:;" id="hs-eu-decline-button" role="button">Decline</a></div>
</div></div></div>
<div id="hubspot-messages-iframe-container" class="widget-align-right"
style="display:initial !important;z-index:2147483647;position:fixed !important;bottom:0px !important;">
<div class="shadow-container"></div><iframe src="https://app.hubspot.com/conversations-visitor/112233445/threads/utk/abc?uuid=1"
title="Chat Widget" allowfullscreen></iframe></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/112233445.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout504-hubspot-boarding-faq',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hFaq.map(([q]) => q),
  body: [hLead, ...hFaq.flatMap(([, as]) => as)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav.filter((t) => !['Boarding', 'Daycare', 'FAQ'].includes(t)), 'Book a Stay', ...hCta, 'Book an Evaluation Day', ...hFoot,
    '© 2026 Cedar Run Pet Resort, LLC. All rights reserved.', j('This website stores cookies on your computer. These cookies are used to improve your website',
    'experience and provide more personalized services to you.'), 'Decline',
  ],
};

const tTitle = 'Boarding Rates & Rules';
const tIntro = j(
  'Pinehurst Kennels has been boarding dogs and cats on our family farm since 1987. All dogs have their own indoor/outdoor run',
  'with a heated floor, and are let out into the grass yard three times a day.',
);
const tRates = [
  ['Small run (dogs under 25 lbs)', '$24.00'],
  ['Large run (dogs 25 lbs and over)', '$29.00'],
  ['Two dogs sharing one run', '$44.00'],
  ['Cats (per cat, condo)', '$16.00'],
];
const tRules = [
  'All pets must have current Rabies, Distemper/Parvo and Bordetella shots. Bring your papers with you.',
  'Office hours are 8 to 10 AM and 4 to 6 PM. We are closed Sunday mornings and all day on Christmas.',
  'Holiday stays over Thanksgiving, Christmas and New Year require a $50 deposit.',
  'Pets left more than 3 days past the pick-up date without a call will be turned over to the county shelter.',
];
const tAfter = 'Please call ahead to reserve. We do not take reservations by e-mail.';
const tNav = ['Home', 'About Us', 'Rates', 'Directions', 'Photos', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Pinehurst Kennels - Rates</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="kennel, boarding, dog boarding, cat boarding, Pinehurst, Dunmore County"><meta name="GENERATOR"
content="Microsoft FrontPage 5.0">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script><style type="text/css"><!-- .bodytext { font-family: Verdana, Arial; font-size: 12px; color: #333333; } a:link { color: #663300; } --></style>
</head>
<body bgcolor="#F5EFE0" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF"><tr><td colspan="2"><img src="images/header.jpg" width="760"
height="140"
alt="Pinehurst Kennels - Boarding for Dogs and Cats"></td></tr>
<tr><td width="160" valign="top" bgcolor="#E8DCC0"><table width="160" border="0" cellspacing="0" cellpadding="6">
${tNav
  .map(
    (t) => `<tr><td><a href="${t.toLowerCase().replace(/ /g, '')}.htm" onMouseOut="MM_swapImgRestore()"><font face="Verdana" size="2"><b>${t}</b>
</font></a></td></tr>`,
  )
  .join('\n')}
<tr><td><br><font face="Verdana" size="1">Phone: (555) 019-4410<br>Rt. 3 Box 118<br>Dunmore, Pa.</font></td></tr></table></td>
<td width="600" valign="top" class="bodytext"><table width="100%" border="0" cellspacing="0" cellpadding="15"><tr><td class="bodytext">
<font face="Verdana" size="5" color="#663300"><b>${esc(tTitle)}</b></font><br><br>
${tIntro}<br><br>
<h3><font face="Verdana" color="#663300">Daily Rates</font></h3>
<table width="90%" border="1" cellpadding="4" cellspacing="0" bordercolor="#C8B890"><tr bgcolor="#E8DCC0"><td><b>Accommodation</b></td><td><b>Per Night</b>
</td></tr>
${rows(tRates)}</table>
<p><font size="1"><i>Medications given free of charge. Baths available at pick-up for $15.</i></font></p>
<h3><font face="Verdana" color="#663300">Kennel Rules</font></h3>
<ol>
${tRules.map((r) => `<li>${r}</li>`).join('\n')}
</ol>
<p><b>${tAfter}</b></p>
<p align="center"><img src="images/divider_paw.gif" width="300" height="20" alt=""></p></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#663300" align="center"><font face="Verdana" size="1"
color="#FFFFFF">Copyright &copy; 1999-2011 Pinehurst Kennels. All rights reserved.<br>
Last updated: March 3, 2011</font><br><font face="Verdana" size="1" color="#E8DCC0">You are visitor number <img src="/cgi-bin/Count.cgi?df=pinehurst.dat"
alt="048213"></font></td></tr>
</table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout504-table-layout-kennel-rates',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['Daily Rates', 'Kennel Rules'],
  body: texts([tIntro, ...tRates.map(rowText), 'Medications given free of charge. Baths available at pick-up for $15.', ...tRules, tAfter]),
  bylines: ['Last updated: March 3, 2011'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'About Us', 'Directions', 'Photos', 'Contact', 'Phone: (555) 019-4410', 'Rt. 3 Box 118', 'Dunmore, Pa.',
    'Copyright © 1999-2011 Pinehurst Kennels. All rights reserved.', 'You are visitor number',
  ],
};

export const HELDOUT504_D: readonly TestPage[] = [hubspot, tableLayout];
