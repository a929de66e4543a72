import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout619-kit.js';

/**
 * Held-out batch 619, file a: a thatcher's re-ridging price page on WordPress with Elementor Pro (price-list widget, Complianz
 * cookie banner), and a small water reed thatcher's ridge repair page on an old FrontPage-style table layout.
 */
const eTitle = 'Re-ridging prices for 2027';
const eIntro = [
  j(
    'A thatched roof outlives its ridge. On most cottages in the Lenham Vale the main coat of long straw or water reed lasts thirty years or more,',
    'but the ridge along the top takes the worst of the weather and needs replacing every ten to fifteen years.',
  ),
  j(
    'This page sets out what we charge for a new ridge in 2027, so you can plan before you call us. Every roof is different, and the figures',
    'below are guides; we always give a fixed written price after a survey.',
  ),
];
const eWhatH = 'What a re-ridge involves';
const eWhat = [
  j(
    'We strip the old ridge back to sound thatch, dress in a new roll of straw along the apex and lay a fresh capping of sedge or long straw over it.',
    'The ridge is then fixed with hazel spars and liggers cut from our own coppice, and finished in a plain or patterned block.',
  ),
  'Scaffolding, netting and the removal of the old material are included in every price on this page.',
];
const ePriceH = 'Typical prices';
const ePriceItems: [string, string, string][] = [
  ['Plain block ridge, small cottage', '£2,400 – £3,100', 'Up to 9 metres of ridge, one chimney, sedge capping.'],
  ['Patterned block ridge, small cottage', '£2,900 – £3,700', 'Up to 9 metres, points and scallops cut to your choice.'],
  ['Plain ridge, longhouse or barn', '£4,200 – £5,600', 'Between 14 and 22 metres of ridge, two chimneys.'],
  ['Wire netting, whole roof', 'from £1,150', 'Galvanised netting over the main coat, fitted at the same visit.'],
];
const ePriceHtml = ePriceItems.map(
  ([t, p, d]) => `<li class="elementor-price-list-item"><div class="elementor-price-list-text"><div class="elementor-price-list-header">
<span class="elementor-price-list-title">${t}</span> <span class="elementor-price-list-separator"></span> <span class="elementor-price-list-price">${p}</span>
</div> <p class="elementor-price-list-description">${d}</p></div></li>`,
);
const eChangeH = 'What changes the price';
const eChange = [
  'The length of the ridge and the number of chimneys and dormers it meets',
  'Access for scaffolding, especially where the roof sits over a lane or a neighbour’s garden',
  'Whether the main coat below needs patching before the new ridge goes on',
  'Listed building consent, where the conservation officer asks for a particular material or pattern',
];
const eBookH = 'Booking a survey';
const eBook = [
  j(
    'Surveys are free within twenty miles of Lenham. We climb the roof, measure the ridge and photograph the fixings, then post or email a fixed price',
    'within a week. Our spring and summer diary fills by February, so ridges surveyed in the autumn are usually done the following year.',
  ),
];
const eNav = ['Home', 'Thatching', 'Re-ridging', 'Repairs', 'Gallery', 'About', 'Contact'];
const eFoot = ['Privacy Policy', 'Cookie Policy', 'Terms'];
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} – Lenham Vale Thatching</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://lenhamvalethatching.co.uk/re-ridging-prices/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}"},
{"@type":"LocalBusiness","name":"Lenham Vale Thatching","telephone":"01622 000 418"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css" media="all">
<link rel="stylesheet" id="elementor-post-212-css" href="/wp-content/uploads/elementor/css/post-212.css" media="all">
<style id="hello-elementor-inline-css">.elementor-price-list-separator{border-bottom:2px dotted #7a5b2e}</style>
<script src="/wp-includes/js/jquery/jquery.min.js" id="jquery-core-js"></script></head>
<body class="page-template page-template-elementor_header_footer page page-id-212 elementor-default elementor-kit-6 elementor-page elementor-page-212">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="48" class="elementor elementor-48 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div class="elementor-widget-container">
<a href="/"><img src="/wp-content/uploads/2024/02/lvt-logo.png" alt="Lenham Vale Thatching"></a></div></div>
<div class="elementor-element elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-2f1" class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01622000418"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Call 01622 000 418</span></span></a></div></div></div></div></div></div>
<div data-elementor-type="wp-page" data-elementor-id="212" class="elementor elementor-212">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
<div class="e-con-inner"><div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
${ps(eIntro)}</div></div></div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eWhatH}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(eWhat)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-image"><div class="elementor-widget-container"><figure class="wp-caption">
<img src="/wp-content/uploads/2026/07/ridge-block.jpg" alt="Block ridge">
<figcaption class="widget-image-caption wp-caption-text">A patterned block ridge finished at Ulcombe last July</figcaption></figure></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${ePriceH}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-price-list"><div class="elementor-widget-container">
<ul class="elementor-price-list">${ePriceHtml.join('\n')}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eChangeH}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><ul>${lis(eChange)}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">${eBookH}</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${ps(eBook)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-md" href="/contact/"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Request a free survey</span></span></a></div></div></div></div></div>
<div class="elementor-element e-flex e-con-boxed e-con e-parent elementor-hidden-mobile"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-testimonial"><div class="elementor-widget-container"><div class="elementor-testimonial-wrapper">
<div class="elementor-testimonial-content">Tidy, punctual and the ridge looks wonderful. The scaffold was gone the day after they finished.</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-name">Mrs P. Haddow</div><div
class="elementor-testimonial-job">Boughton Malherbe</div>
</div></div></div></div></div></div></div>
<footer data-elementor-type="footer" data-elementor-id="61" class="elementor elementor-61 elementor-location-footer">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Lenham Vale Thatching, Forge Barn, Harrietsham Road, Lenham, Kent</p><p>Member of the Kent Master Thatchers Guild</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main">
<ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>© 2027 Lenham Vale Thatching. All rights reserved.</p></div></div></div></div></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig={"environmentMode":{"edit":false},"version":"3.21.4"};</script>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout619-elementor-reridging-prices',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [eWhatH, ePriceH, eChangeH, eBookH],
  body: [...eIntro, ...eWhat, ...texts(ePriceHtml), ...eChange, ...eBook],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Re-ridging'), 'Call 01622 000 418',
    'A patterned block ridge finished at Ulcombe last July', 'Request a free survey',
    'Tidy, punctual and the ridge looks wonderful. The scaffold was gone the day after they finished.', 'Mrs P. Haddow', 'Boughton Malherbe',
    'Lenham Vale Thatching, Forge Barn, Harrietsham Road, Lenham, Kent', 'Member of the Kent Master Thatchers Guild', ...eFoot,
    '© 2027 Lenham Vale Thatching. All rights reserved.', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.',
    'Accept', 'Deny', 'View preferences',
  ],
};

const tTitle = 'Ridge Repairs and Small Jobs';
const tBody = [
  j(
    'As well as full rethatching we are happy to take on small jobs in water reed. Birds and squirrels can pull out a surprising amount of',
    'a ridge in one winter, and a hole left open will let the rain into the coat below.',
  ),
  j(
    'We carry out',
    '<b>patching of bird damage</b>, <b>replacing broken liggers and spars</b> and <b>re-dressing eaves</b> on reed roofs within',
    'about 30 miles of Hemyock.',
  ),
  j(
    'Small repairs are usually priced by the day. In 2009 our day rate for two men is £380 plus materials. Please ring in the evening',
    'as we are normally up a roof during the day!',
  ),
  'Jim and Dave Corrow',
];
const tNav = ['Home', 'About Us', 'Rethatching', 'Ridge Repairs', 'Photos', 'Links', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0"><meta name="keywords" content="thatcher, thatching, water reed, Devon, ridge, repairs">
<title>Corrow Brothers Thatching - Ridge Repairs</title>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#F5EBD4" topmargin="0" leftmargin="0" onload="MM_preloadImages('images/nav_on.gif')">
<table border="0" cellpadding="0" cellspacing="0" width="760" align="center">
<tr><td colspan="2"><img border="0" src="images/banner.jpg" width="760" height="120" alt="Corrow Brothers Thatching"></td></tr>
<tr><td width="160" valign="top" bgcolor="#663300"><table border="0" cellpadding="4" cellspacing="0" width="100%">
${tNav
  .map(
    (t) => `<tr><td><font face="Verdana" size="2"><a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font
color="#FFFFCC">${t}</font></a></font></td></tr>`,
  )
  .join('\n')}
</table><p align="center"><img src="images/spacer.gif" width="1" height="40"></p>
<p align="center"><font face="Verdana" size="1" color="#FFFFCC">Master Thatchers<br>Est. 1971</font></p></td>
<td width="600" valign="top"><table border="0" cellpadding="12" cellspacing="0" width="100%"><tr><td>
<p align="center"><font face="Georgia" size="5" color="#663300"><b>${tTitle}</b></font></p>
<p><font face="Verdana" size="2">${at(tBody, 0)}</font></p>
<p><font face="Verdana" size="2">${at(tBody, 1)}</font></p>
<p align="center"><img border="0" src="images/ridge_repair.jpg" width="320" height="240"><br>
<font face="Verdana" size="1"><i>Bird damage on a reed ridge near Culmstock</i></font></p>
<p><font face="Verdana" size="2">${at(tBody, 2)}</font></p>
<p><font face="Verdana" size="2"><i>${at(tBody, 3)}</i></font></p>
<hr color="#663300" size="1">
<p align="center"><font face="Verdana" size="1">Tel: 01823 000 661 &nbsp;|&nbsp; <a
href="mailto:corrowthatch@example.net">corrowthatch@example.net</a></font></p>
<p align="center"><font face="Verdana" size="1">You are visitor number <img src="/cgi-bin/counter.pl?page=ridge" alt="004512"></font></p>
<p align="center"><font face="Verdana" size="1">Page last updated 12/03/2009</font></p>
</td></tr></table></td></tr></table></body></html>`;
const tableSite: TestPage = {
  name: 'heldout619-table-layout-ridge-repairs',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tBody.slice(0, 3)),
  bylines: [at(tBody, 3), 'Page last updated 12/03/2009'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav.filter((t) => t !== 'Ridge Repairs' && t !== 'Rethatching'), 'Master Thatchers Est. 1971',
    'Bird damage on a reed ridge near Culmstock', 'Tel: 01823 000 661 | corrowthatch@example.net',
    'You are visitor number',
  ],
};

export const HELDOUT619_A: readonly TestPage[] = [elementor, tableSite];
