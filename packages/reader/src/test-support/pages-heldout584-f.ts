import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page, rowText, trs } from './pages-heldout584-kit.js';

/**
 * Held-out batch 584, file f: a headstone price guide built with Elementor (Hello theme, Cookie Notice bar, price table,
 * accordion FAQ, CTA) and a family stonemason's restoration page in an old FrontPage table layout.
 */
const eTitle = 'Headstone Prices: What Does a Memorial Cost?';
const eIntro = j(
  'We are often asked for a simple price for a headstone. The honest answer is that it depends on size, stone and lettering, so',
  'this page sets out our current starting prices and explains what makes a memorial cost more or less.',
);
const eTableIntro = 'Starting prices for complete memorials, including lettering for one name, fixing and the cemetery permit:';
const eRows = [
  ['Lawn headstone, 750 mm', 'Grey granite', 'from £1,350'],
  ['Lawn headstone, 900 mm', 'Black granite', 'from £1,750'],
  ['Traditional headstone with kerbs', 'Grey granite', 'from £2,900'],
  ['Cremation tablet', 'Welsh slate', 'from £780'],
];
const eWhatH = 'What affects the price';
const eWhat = [
  'The stone itself: imported black granite costs more than grey, and British stones vary widely.',
  'The number of letters and the lettering method, since hand-cut and gilded letters take longer.',
  'Shaped tops, carved motifs and photo plaques.',
  'The distance to the cemetery and any fees charged by the burial authority.',
];
const eFaqH = 'Frequently asked questions';
const eFaq: [string, string][] = [
  ['Is VAT included?', 'Yes. All prices shown include VAT at the current rate.'],
  ['Do I have to pay everything up front?', 'No. We ask for a 50% deposit when you approve the design and the balance once the memorial has been fixed.'],
  [
    'Can you add an inscription to an existing memorial?',
    j('Yes. Additional inscriptions start at £295, including the permit fee, and are usually cut in the cemetery without removing', 'the stone.'),
  ],
];
const eNav = ['Headstones', 'Cremation Memorials', 'Prices', 'Inscriptions', 'About Us', 'Contact'];
const eEl = (type: string, inner: string, id: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
 data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eAcc = eFaq
  .map(
    ([q, a], i) => `<div class="elementor-accordion-item"><div id="elementor-tab-title-171${i}" class="elementor-tab-title" data-tab="${i + 1}" role="button"
 aria-controls="elementor-tab-content-171${i}" aria-expanded="false"><span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true">
<span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span></span><a class="elementor-accordion-title" tabindex="0">${q}</a></div>
<div id="elementor-tab-content-171${i}" class="elementor-tab-content elementor-clearfix" data-tab="${i + 1}" role="region"
 aria-labelledby="elementor-tab-title-171${i}">
<p>${a}</p></div></div>`,
  )
  .join('\n');
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Headstone Prices &#8211; Corran Monumental</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="stylesheet" id="hello-elementor-css"
 href="/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.3">
<link rel="stylesheet" id="elementor-post-88-css" href="/wp-content/uploads/elementor/css/post-88.css?ver=1711532210">
<script type="application/ld+json"
 class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Headstone Prices"}]}</script>
<meta name="generator" content="Elementor 3.20.3; features: e_optimized_assets_loading; settings: css_print_method-external"></head>
<body class="page-template page-template-elementor_header_footer page page-id-88 wp-custom-logo elementor-default elementor-template-full-width elementor-kit-6
 elementor-page elementor-page-88"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="120" class="elementor elementor-120 elementor-location-header"
 data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3f1a2b7 elementor-section-boxed" data-id="3f1a2b7"
 data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div
 class="elementor-column elementor-col-33 elementor-top-column elementor-element elementor-element-6b0e1c2"
 data-id="6b0e1c2" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${eEl(
  'theme-site-logo',
  '<a href="/"><img width="240" height="70" src="/wp-content/uploads/2023/02/corran-logo.png" class="attachment-full size-full" alt="Corran Monumental"></a>',
  '9a1c3d4',
)}
</div></div><div class="elementor-column elementor-col-66 elementor-top-column elementor-element elementor-element-2c8d9e0" data-id="2c8d9e0"
 data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${eEl(
  'nav-menu',
  `<nav aria-label="Menu"
 class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">
<ul id="menu-1-2c8d9e0" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true" class="eicon-menu-bar"></i>
<span class="elementor-screen-only">Menu</span></div><nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true">
<ul id="menu-2-2c8d9e0" class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>`,
  '5d7e2f1',
)}</div></div></div></section></div>
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-element-71c0a9e elementor-section-boxed" data-id="71c0a9e"
 data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div
 class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-0e4f8b3"
 data-id="0e4f8b3" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${eEl('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`, 'a3b2c1d')}
${eEl(
  'text-editor',
  `<p>${eIntro}</p><p>${eTableIntro}</p>
<table><thead><tr><th>Memorial</th><th>Stone</th><th>Price</th></tr></thead><tbody>${trs(eRows)}</tbody></table>`,
  'b4c3d2e',
)}
${eEl('heading', `<h2 class="elementor-heading-title elementor-size-default">${eWhatH}</h2>`, 'c5d4e3f')}
${eEl(
  'icon-list',
  `<ul class="elementor-icon-list-items">${lis(
    eWhat.map(
      (w) => `<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${w}</span>`,
    ),
    'elementor-icon-list-item',
  )}</ul>`,
  'd6e5f4a',
)}
${eEl('heading', `<h2 class="elementor-heading-title elementor-size-default">${eFaqH}</h2>`, 'e7f6a5b')}
${eEl('accordion', `<div class="elementor-accordion">${eAcc}</div>`, 'f8a7b6c')}
${eEl(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/contact/"><span
 class="elementor-button-content-wrapper">
<span class="elementor-button-text">Request a free quote</span></span></a></div>`,
  '0a9b8c7',
)}
</div></div></div></section></div>
<div data-elementor-type="footer" data-elementor-id="131" class="elementor elementor-131 elementor-location-footer"
 data-elementor-post-type="elementor_library">
<section class="elementor-section elementor-top-section elementor-element elementor-element-8e7d6c5 elementor-section-boxed" data-id="8e7d6c5"
 data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div
 class="elementor-column elementor-col-50 elementor-top-column elementor-element elementor-element-1b2c3d4"
 data-id="1b2c3d4" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${eEl('text-editor', '<p>Corran Monumental, 2 Station Yard, Lochcorran PH19 4BB</p><p>Telephone 01632 960 117</p>', '2c3d4e5')}</div></div>
<div class="elementor-column elementor-col-50 elementor-top-column elementor-element elementor-element-3d4e5f6" data-id="3d4e5f6" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${eEl('text-editor', '<p>© 2025 Corran Monumental. All rights reserved.</p>', '4e5f6a7')}
</div></div></div></section></div>
<div id="cookie-notice" role="dialog" class="cookie-revoke-hidden cn-position-bottom cookie-notice-visible" aria-label="Cookie Notice"
 style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text"
 class="cn-text-container">We use cookies to
 ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.</span>
<span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button"
 aria-label="Ok"
 style="background-color: #00a99d">Ok</a><a href="/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="Privacy policy"
 style="background-color: #00a99d">Privacy policy</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="No"></span></div>
</div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.20.1" id="elementor-pro-frontend-js"></script></body></html>`;
const elementor: TestPage = page({
  name: 'heldout584-elementor-headstone-prices',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [eWhatH, eFaqH],
  body: texts([eIntro, eTableIntro, ...rowText(eRows), ...eWhat, ...eFaq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Request a free quote', 'Corran Monumental, 2 Station Yard, Lochcorran PH19 4BB', 'Telephone 01632 960 117',
    '© 2025 Corran Monumental. All rights reserved.',
    'We use cookies to ensure that we give you the best experience on our website. If you continue to use this site we will assume that you are happy with it.',
    'Ok', 'Privacy policy',
  ],
});

const tTitle = 'Restoring and Re-lettering Old Headstones';
const tIntro = j(
  'Many of the headstones in our local churchyards are over a hundred years old. Weather, frost and lichen slowly wear the',
  'lettering away until the names can no longer be read. We have been restoring old memorials since 1962, and can often bring',
  'a stone back to a clear and safe condition without losing its character.',
);
const tH = ['Cleaning', 'Re-lettering', 'Making safe'];
const tClean = j(
  'We clean stones with water and soft brushes only, using a biocide approved for historic stone where lichen has taken hold.',
  'We never sandblast or use acid, which strip the surface and speed up decay.',
);
const tRelet = [
  j(
    'Where the old letters are still visible we recut them by hand, following the original lines exactly. On granite and marble',
    'the letters can then be repainted in black, white or gold leaf.',
  ),
  j(
    'If the inscription is lost we will search the parish burial register and old photographs before any new lettering is cut.',
    'Permission from the diocese or the council is needed for new wording.',
  ),
];
const tSafe = j(
  'Leaning headstones are lifted, the foundation is rebuilt and the stone is refixed with stainless steel dowels. Broken stones',
  'can be pinned and repaired, or set into a new base. Please telephone for a free visit and estimate.',
);
const tNav = ['Home', 'New Memorials', 'Restoration', 'Additional Inscriptions', 'Prices', 'How to Find Us', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>R. Haskett &amp; Sons - Headstone Restoration</title>
<meta name="keywords" content="headstones, memorials, restoration, re-lettering, stonemasons, Bramhope"><meta name="description"
 content="Family stonemasons since 1962.">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0"><meta name="ProgId" content="FrontPage.Editor.Document">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_swapImage() { var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; }
//--></script><style type="text/css"><!--
body { margin: 0; background-color: #E8E4DA; } .nav { font-family: Verdana, Arial; font-size: 11px; color: #FFFFFF; text-decoration: none; }
--></style></head>
<body bgcolor="#E8E4DA" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"><a name="top"></a>
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF"><tr>
<td colspan="2"><img src="images/header.jpg" width="760" height="120" alt="R. Haskett &amp; Sons, Monumental Masons" border="0"></td></tr>
<tr><td width="170" valign="top" bgcolor="#4A5A4E"><table width="100%" border="0" cellpadding="6" cellspacing="0">
${tNav.map((n) => `<tr><td><a href="${n.toLowerCase().replace(/ /g, '')}.htm" class="nav">${n}</a></td></tr>`).join('\n')}
<tr><td><font face="Verdana" size="1" color="#FFFFFF"><br>Tel: 01632 960 355<br>Open Mon - Fri 8.30 - 5.00</font></td></tr></table></td>
<td width="590" valign="top"><table width="100%" border="0" cellpadding="15" cellspacing="0"><tr><td>
<h1><font face="Georgia" color="#4A5A4E">${tTitle}</font></h1>
<p><font face="Verdana" size="2">${tIntro}</font></p>
<p align="center"><img src="images/before-after.jpg" width="400" height="220" alt="Before and after"><br><font face="Verdana" size="1">
<i>Before and after: a Victorian
 sandstone headstone in St Aldhelm's churchyard</i></font></p>
<h3><font face="Georgia" color="#4A5A4E">${tH[0]}</font></h3>
<p><font face="Verdana" size="2">${tClean}</font></p>
<h3><font face="Georgia" color="#4A5A4E">${tH[1]}</font></h3>
${ps(tRelet.map((t) => `<font face="Verdana" size="2">${t}</font>`))}
<h3><font face="Georgia" color="#4A5A4E">${tH[2]}</font></h3>
<p><font face="Verdana" size="2">${tSafe}</font></p>
<p align="right"><font face="Verdana" size="1"><a href="#top">Back to top</a></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#4A5A4E" align="center"><font face="Verdana" size="1" color="#FFFFFF">R. Haskett &amp; Sons, Mill Road, Bramhope &nbsp;|&nbsp;
 Member of the Guild of Memorial Masons<br>Page last updated 14/06/2011 &nbsp;|&nbsp; You are visitor number <img src="/cgi-bin/counter.gif?page=restore"
 alt="004512"
 align="absmiddle"></font></td></tr></table></body></html>`;
const oldTable: TestPage = page({
  name: 'heldout584-table-layout-restoration',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tH,
  body: texts([tIntro, tClean, ...tRelet, tSafe]),
  bylines: ['Page last updated 14/06/2011'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav, 'Tel: 01632 960 355', 'Open Mon - Fri 8.30 - 5.00', "Before and after: a Victorian sandstone headstone in St Aldhelm's churchyard", 'Back to top',
    'R. Haskett & Sons, Mill Road, Bramhope', 'Member of the Guild of Memorial Masons', 'You are visitor number',
  ],
});

export const HELDOUT584_F: readonly TestPage[] = [elementor, oldTable];
