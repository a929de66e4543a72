import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, row, tr } from './pages-heldout608-kit.js';

/**
 * Held-out batch 608, file f: a quilting retreat page built with Elementor (Hello Elementor theme) with a programme table,
 * icon boxes and a booking form, and a long-running haberdashery shop's "What's new" page in an old table layout.
 */
const eTitle = 'Autumn Quilting Retreat at Hafod Barns';
const eIntro = [
  j(
    'Four days of uninterrupted sewing in a converted stone barn above the Teifi valley. Bring your unfinished projects, your',
    'machine and your slippers; we will do the cooking, the washing up and the pressing stations.',
  ),
  'The retreat runs from Thursday 15 to Sunday 18 October 2026 and is limited to fourteen quilters, so everyone has a full table and their own design wall.',
];
const eProg = [
  ['Thursday', '15:00', 'Arrive, settle in, welcome supper'],
  ['Friday', '09:30', 'Optional workshop: perfect points with Gwen Arthur'],
  ['Saturday', '09:30', 'Open sewing, with a trip to the mill shop at 14:00'],
  ['Sunday', '10:00', 'Show and tell, lunch, home by 15:00'],
];
const eIncl = ['Three nights in a shared twin room', 'All meals, with cake at eleven and four', 'Use of the cutting tables, irons and design walls'];
const ePrice = 'The full price is £495 per person, or £610 for a single room. A deposit of £100 holds your place.';
const eNav = ['Home', 'Retreats', 'Workshops', 'The barns', 'Contact'];
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="profile"
href="https://gmpg.org/xfn/11">
<title>${eTitle} &#8211; Hafod Barns</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel='stylesheet' id='hello-elementor-css' href='https://hafodbarns.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://hafodbarns.co.uk/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.20.3'
media='all'>
<link rel='stylesheet' id='elementor-post-812-css' href='https://hafodbarns.co.uk/wp-content/uploads/elementor/css/post-812.css?ver=1712' media='all'>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://hafodbarns.co.uk/
autumn-retreat/","name":"${eTitle} - Hafod Barns","datePublished":"2026-04-02T10:11:00+00:00"}]}</script>
<meta name="generator" content="Elementor 3.20.3; features: e_optimized_assets_loading, additional_custom_breakpoints; settings:
css_print_method-external"></head>
<body class="page-template page-template-elementor_header_footer page page-id-812 elementor-default elementor-template-full-width elementor-kit-6
elementor-page elementor-page-812"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="20" class="elementor elementor-20 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3a1 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-element-5b2 elementor-widget elementor-widget-theme-site-logo elementor-widget-image"
data-widget_type="theme-site-logo.default">
<div class="elementor-widget-container"><a href="https://hafodbarns.co.uk"><img width="200" height="60" src="/wp-content/uploads/2025/03/hafod-logo.png"
class="attachment-full size-full wp-image-9" alt=""></a></div></div><div class="elementor-element elementor-element-7c3 elementor-nav-menu--dropdown-tablet
elementor-widget elementor-widget-nav-menu" data-widget_type="nav-menu.default"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main
elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade"><ul id="menu-1-7c3" class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav></div></div></div></div></div>
<div data-elementor-type="wp-page" data-elementor-id="812" class="elementor elementor-812" data-elementor-post-type="page">
<div class="elementor-element elementor-element-aa1 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-element-aa2 elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div
class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-element-aa3 elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div
class="elementor-widget-container">${ps(eIntro)}</div></div>
<div class="elementor-element elementor-element-aa4 elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div
class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">Programme</h2></div></div>
<div class="elementor-element elementor-element-aa5 elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div
class="elementor-widget-container"><table style="width: 100%;"><thead><tr><th>Day</th><th>From</th><th>What’s on</th></tr></thead><tbody>${eProg
  .map(tr)
  .join('\n')}</tbody></table></div></div>
<div class="elementor-element elementor-element-aa6 elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div
class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">What’s included</h2></div></div>
<div class="elementor-element elementor-element-aa7 elementor-widget elementor-widget-icon-list" data-widget_type="icon-list.default"><div
class="elementor-widget-container"><ul class="elementor-icon-list-items">${lis(
  eIncl.map(
    (t) => `<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span>`,
  ),
  'elementor-icon-list-item',
)}</ul></div></div>
<div class="elementor-element elementor-element-aa8 elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div
class="elementor-widget-container"><p>${ePrice}</p></div></div>
<div class="elementor-element elementor-element-aa9 elementor-widget elementor-widget-button" data-widget_type="button.default"><div
class="elementor-widget-container">
<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="#book"><span
class="elementor-button-content-wrapper">
<span class="elementor-button-text">Reserve your place</span></span></a></div></div></div></div></div>
<div class="elementor-element elementor-element-bb1 e-flex e-con-boxed e-con e-parent" id="book" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-element-bb2 elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h3
class="elementor-heading-title elementor-size-default">Send us a booking enquiry</h3></div></div><div class="elementor-element elementor-element-bb3
elementor-widget elementor-widget-form"><div class="elementor-widget-container"><form class="elementor-form" method="post" name="Booking"><div
class="elementor-form-fields-wrapper elementor-labels-above"><div class="elementor-field-type-text elementor-field-group elementor-column elementor-col-50">
<label for="form-field-name" class="elementor-field-label">Name</label><input size="1" type="text" name="form_fields[name]" id="form-field-name"
class="elementor-field elementor-size-sm elementor-field-textual"></div><div class="elementor-field-type-email elementor-field-group elementor-column
elementor-col-50"><label for="form-field-email" class="elementor-field-label">Email</label><input size="1" type="email" name="form_fields[email]"
id="form-field-email" class="elementor-field elementor-size-sm elementor-field-textual" required="required"></div><div class="elementor-field-group
elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons"><button type="submit" class="elementor-button elementor-size-sm"><span
class="elementor-button-content-wrapper"><span class="elementor-button-text">Send</span></span></button></div></div></form></div></div></div></div></div>
<div data-elementor-type="footer" data-elementor-id="34" class="elementor elementor-34 elementor-location-footer"><div class="elementor-element
elementor-element-f1
e-flex e-con-boxed e-con e-parent"><div class="e-con-inner"><div class="elementor-element elementor-widget elementor-widget-text-editor"><div
class="elementor-widget-container"><p>Hafod Barns, Cenarth, Ceredigion</p><p>© 2026 Hafod Barns. All rights reserved.</p></div></div></div></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right" aria-modal="true" data-nosnippet="true"
role="dialog" aria-live="polite"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div
class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div><div
class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn
cmplz-view-preferences">View preferences</button></div></div></div>
<script src='https://hafodbarns.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.20.3' id='elementor-frontend-js'></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout608-elementor-retreat',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['Programme', 'What’s included'],
  body: [...eIntro, ...eProg.map(row), ...eIncl, ePrice],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Reserve your place', 'Send us a booking enquiry', 'Name', 'Email', 'Send', 'Hafod Barns, Cenarth, Ceredigion',
    '© 2026 Hafod Barns. All rights reserved.', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny',
    'View preferences',
  ],
};

const tTitle = 'What’s New in the Shop';
type Item = [date: string, head: string, paras: string[]];
const tItems: Item[] = [
  [
    '12th February 2026',
    'Spring cottons have arrived',
    [
      j(
        'Forty new bolts arrived this week, including a lovely range of small florals in duck egg and primrose. We have cut a few',
        'into fat quarters for the basket by the till. Cotton is £14 a metre as before.',
      ),
    ],
  ],
  [
    '30th January 2026',
    'Button tins back in stock',
    [
      j(
        'By popular demand the mixed button tins are back. Each tin holds about 250 g of new and vintage buttons, all sorted by',
        'hand by Margaret. They go quickly, so please ring to reserve one.',
      ),
      'Tins are £9.50, or £12 with postage.',
    ],
  ],
  [
    '8th January 2026',
    'Tuesday class moves to the afternoon',
    ['From 20th January the Tuesday patchwork class will run from 1.30 to 3.30 instead of the morning. The Thursday class is unchanged.'],
  ],
];
const tSide = ['Home', 'Fabrics', 'Wools &amp; Yarns', 'Buttons &amp; Trims', 'Classes', 'How to find us', 'Guestbook'];
const tItemHtml = ([date, head, paras]: Item): string => `<tr><td><font face="Verdana, Arial" size="1" color="#996633"><b>${date}</b></font>
<h3><font face="Verdana, Arial" color="#660033">${head}</font></h3>${paras.map((p) => `<p><font face="Verdana, Arial" size="2">${p}</font></p>`).join('\n')}
<hr noshade size="1" color="#cc9999"></td></tr>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="keywords" content="haberdashery, fabric, buttons, wool, Nantwich, patchwork classes"><title>Hetty's Haberdashery - What's New</title>
<style type="text/css"><!-- a:link {color: #660033} a:hover {color: #cc0066} .sidelink {font-family: Verdana; font-size: 11px} --></style>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#f7efe6" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#ffffff">
<tr><td colspan="2"><img src="images/banner.jpg" width="760" height="120" alt="Hetty's Haberdashery, Nantwich" border="0"></td></tr>
<tr><td width="160" valign="top" bgcolor="#f0dede"><table width="100%" border="0" cellpadding="6"><tr><td><font face="Verdana" size="2"><br>
${tSide.map((t) => `<a href="${t.toLowerCase().replace(/[^a-z]+/g, '')}.htm" class="sidelink">${t}</a><br><br>`).join('\n')}
</font><p align="center"><img src="images/spacer.gif" width="1" height="20"><br><font face="Verdana" size="1">Open Mon - Sat<br>9.00 - 5.00<br>Closed Wednesday
afternoons</font></p><p align="center"><font face="Verdana" size="1">You are visitor number<br><img src="/cgi-bin/counter.pl?page=news" alt="counter"></font>
</p></td></tr></table></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="12"><tr><td><h1><font face="Georgia, Times" color="#660033">${tTitle}</font></h1>
<p><font face="Verdana, Arial" size="2">${j(
  'Here is all the latest news from the shop. If you would like to be told when new fabric comes in, just leave your',
  'email address at the till.',
)}</font></p></td></tr>
${tItems.map(tItemHtml).join('\n')}
<tr><td align="center"><font face="Verdana" size="1"><a href="#top">Back to top</a> | <a href="news2025.htm">Older news</a></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#660033" align="center"><font face="Verdana" size="1" color="#ffffff">Hetty's Haberdashery, 7 Pillory Street, Nantwich, Cheshire
&nbsp;|&nbsp; Tel 01270 000000<br>&copy; 2004-2026 Hetty's Haberdashery. Site by Webwise Design.</font></td></tr></table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout608-table-layout-shop-news',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: tItems.map(([, head]) => head),
  body: [
    'Here is all the latest news from the shop. If you would like to be told when new fabric comes in, just leave your email address at the till.',
    ...tItems.flatMap(([, , paras]) => paras),
  ],
  bylines: tItems.map(([date]) => date),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...texts(tSide), 'Open Mon - Sat', '9.00 - 5.00', 'Closed Wednesday afternoons', 'You are visitor number', 'Back to top', 'Older news',
    "Hetty's Haberdashery, 7 Pillory Street, Nantwich, Cheshire | Tel 01270 000000", "© 2004-2026 Hetty's Haberdashery. Site by Webwise Design.",
  ],
};

export const HELDOUT608_F: readonly TestPage[] = [elementor, tableLayout];
