import { ps, type TestPage, texts } from './page-kit.js';
import { amp, at, j, lis, rowTexts, trs } from './pages-heldout648-kit.js';

/**
 * Held-out batch 648, file f: a ceilidh club's Hogmanay dance announcement on WordPress with Elementor (Hello theme,
 * Elementor Pro header and footer templates, Complianz banner), and a tap school's fees page in an old FrontPage table layout.
 */
const eTitle = 'Hogmanay Ceilidh at the Drill Hall';
const eIntro = [
  j(
    'See in the new year the best way we know: with a live band, a packed floor and a caller who will get you through',
    'every dance. Our Hogmanay ceilidh is open to everyone, and no experience is needed.',
  ),
];
const eFacts = [
  'Wednesday 31 December 2026, 8pm till 1am',
  'The Drill Hall, Tolbooth Wynd, Inverlarig',
  'Adults £18, under-16s £8, under-5s free',
  'Music from The Birlinn Ceilidh Band, calling by Morag Sutherland',
];
const eHeads = ['On the dance card', 'Good to know'];
const eDances = ['Gay Gordons', 'Dashing White Sergeant', 'Strip the Willow', 'Canadian Barn Dance', 'Eightsome Reel', 'Orcadian Strip the Willow'];
const eKnow = [
  j(
    'At midnight the band will stop for the bells, followed by Auld Lang Syne in one big circle. Stovies and oatcakes are',
    'served at half past ten and are included in the ticket price.',
  ),
  j(
    'The hall is licensed, and soft drinks are available all night. The hall is step-free with an accessible toilet. Tickets',
    'sold out last year by mid-December, so we recommend booking early.',
  ),
];
const eNav = ['Home', 'Monthly Ceilidhs', 'Learn to Dance', 'Hire the Band', 'Contact'];
const w = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget" data-widget_type="${type}.default"><div
class="elementor-widget-container">${inner}</div></div>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} &#8211; Inverlarig Ceilidh Club</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel='stylesheet' id='hello-elementor-css' href='https://inverlarigceilidh.scot/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://inverlarigceilidh.scot/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.22.3'
media='all'>
<link rel='stylesheet' id='elementor-post-88-css' href='https://inverlarigceilidh.scot/wp-content/uploads/elementor/css/post-88.css?ver=1730000000' media='all'>
<link rel='stylesheet' id='cmplz-general-css'
href='https://inverlarigceilidh.scot/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css?ver=1719000000' media='all'>
<script type="application/ld+json"
class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}",
"datePublished":"2026-10-12T11:20:00+00:00"}]}</script>
<meta name="generator"
content="Elementor 3.22.3; features: e_optimized_css_loading, additional_custom_breakpoints;
settings: css_print_method-external, google_font-enabled, font_display-swap"></head>
<body class="page-template page-template-elementor_header_footer page page-id-88 wp-custom-logo elementor-default elementor-template-full-width
elementor-kit-5 elementor-page elementor-page-88 cmplz-functional">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="21" class="elementor elementor-21 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3b1c4f2 e-flex e-con-boxed e-con e-parent" data-id="3b1c4f2" data-element_type="container"><div
class="e-con-inner">
${w(
  'theme-site-logo',
  `<a href="https://inverlarigceilidh.scot"><img width="200" height="80"
src="https://inverlarigceilidh.scot/wp-content/uploads/2023/02/icc-logo.png" class="attachment-full size-full" alt="Inverlarig Ceilidh Club"></a>`,
)}
${w(
  'nav-menu',
  `<nav aria-label="Menu"
class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">
<ul id="menu-1-5d2e1a0"
class="elementor-nav-menu">${eNav
    .map(
      (t) => `<li class="menu-item menu-item-type-post_type menu-item-object-page">
<a href="/${t.toLowerCase().replace(/ /g, '-')}/" class="elementor-item">${t}</a></li>`,
    )
    .join('')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true" role="presentation"
class="elementor-menu-toggle__icon--open eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-5d2e1a0"
class="elementor-nav-menu">${eNav
    .map(
      (t) => `<li class="menu-item">
<a href="/${t.toLowerCase().replace(/ /g, '-')}/" class="elementor-item" tabindex="-1">${t}</a></li>`,
    )
    .join('')}</ul></nav>`,
)}
</div></div></div>
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page">
<div class="elementor-element elementor-element-a61d0e3 e-flex e-con-boxed e-con e-parent" data-id="a61d0e3" data-element_type="container"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="e-con-inner">
${w('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${w('text-editor', ps(eIntro))}
${w(
  'icon-list',
  `<ul class="elementor-icon-list-items">${eFacts
    .map(
      (f) => `<li class="elementor-icon-list-item">
<span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-calendar-alt"></i></span>
<span class="elementor-icon-list-text">${f}</span></li>`,
    )
    .join('\n')}</ul>`,
)}
${w(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md"
href="https://www.ticketsource.co.uk/inverlarig-ceilidh"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">Buy tickets</span>
</span></a></div>`,
)}
</div></div>
<div class="elementor-element elementor-element-c72e9b1 e-grid e-con-boxed e-con e-parent" data-id="c72e9b1" data-element_type="container"><div
class="e-con-inner">
<div class="elementor-element elementor-element-1f0b2c3 e-con-full e-flex e-con e-child" data-id="1f0b2c3" data-element_type="container">
${w('heading', `<h2 class="elementor-heading-title elementor-size-default">${at(eHeads, 0)}</h2>`)}
${w('text-editor', `<ol>${lis(eDances)}</ol><p><em>The full dance card is handed out at the door.</em></p>`)}</div>
<div class="elementor-element elementor-element-2a9d4e5 e-con-full e-flex e-con e-child" data-id="2a9d4e5" data-element_type="container">
${w('heading', `<h2 class="elementor-heading-title elementor-size-default">${at(eHeads, 1)}</h2>`)}
${w('text-editor', ps(eKnow))}
${w(
  'image',
  `<img width="800" height="533" src="https://inverlarigceilidh.scot/wp-content/uploads/2025/01/hogmanay-2025.jpg" class="attachment-large
size-large" alt="Dancers in a circle at midnight">`,
)}</div></div></div></div>
<div data-elementor-type="footer" data-elementor-id="34" class="elementor elementor-34 elementor-location-footer" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-7e8f9a0 e-flex e-con-boxed e-con e-parent" data-id="7e8f9a0" data-element_type="container"><div
class="e-con-inner">
${w('heading', `<h3 class="elementor-heading-title elementor-size-default">Never miss a ceilidh</h3>`)}
${w(
  'form',
  `<form class="elementor-form" method="post" name="Newsletter"><div class="elementor-form-fields-wrapper elementor-labels-"><div
class="elementor-field-type-email elementor-field-group elementor-column elementor-field-group-email elementor-col-70"><label for="form-field-email"
class="elementor-field-label elementor-screen-only">Email</label><input size="1" type="email" name="form_fields[email]" id="form-field-email"
class="elementor-field elementor-size-sm elementor-field-textual" placeholder="Your email address" required="required"></div><div class="elementor-field-group
elementor-column elementor-field-type-submit elementor-col-30 e-form__buttons"><button class="elementor-button elementor-size-sm" type="submit"><span
class="elementor-button-content-wrapper"><span class="elementor-button-text">Sign me up</span></span></button></div></div></form>`,
)}
${w('text-editor', `<p>Inverlarig Ceilidh Club, SCIO SC051177. © 2026 All rights reserved.</p>`)}
</div></div></div>
<div id="cmplz-cookiebanner-container"><div
class="cmplz-cookiebanner banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences cmplz-show" aria-modal="true"
data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-logo"></div><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div><div class="cmplz-close"
tabindex="0" role="button" aria-label="Close dialog"><svg aria-hidden="true" focusable="false" data-prefix="fas" data-icon="times"
class="svg-inline--fa fa-times fa-w-11" role="img" viewBox="0 0 352 512"></svg></div></div>
<div class="cmplz-divider cmplz-divider-header"></div><div class="cmplz-body"><div class="cmplz-message"
id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to store and/or access device information.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button
class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a href="https://inverlarigceilidh.scot/cookie-policy-uk/" class="cmplz-link cookie-statement"
data-relative_url="#cmplz-cookies-overview">Cookie Policy</a></li></ul></div></div></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.22.3",
"post":{"id":88,"title":"${eTitle}"}};</script>
<script src="https://inverlarigceilidh.scot/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.22.3" id="elementor-frontend-js"></script></body>
</html>`;
const elementorHogmanay: TestPage = {
  name: 'heldout648-ceilidh-hogmanay-elementor',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: texts([...eIntro, ...eFacts, ...eDances, 'The full dance card is handed out at the door.', ...eKnow]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Home', 'Monthly Ceilidhs', 'Learn to Dance', 'Hire the Band', 'Contact', 'Menu', 'Buy tickets', 'Never miss a ceilidh', 'Email',
    'Sign me up', 'Inverlarig Ceilidh Club, SCIO SC051177. © 2026 All rights reserved.', 'Manage Cookie Consent',
    'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept', 'Deny', 'View preferences',
    'Cookie Policy',
  ],
};

const tTitle = 'Fees & Timetable 2025/26';
const tIntro = [
  j(
    'Classes are held at St Aidan\u2019s Church Hall, Wellgate, every week during school term time. Fees are payable by the half',
    'term, in cash or by cheque made out to "Pennock School of Dance".',
  ),
];
const tHeads = ["Children's Classes", 'Adult Classes'];
const tKids = [
  ['Tuesday', '4.30 - 5.15', 'Tiny Taps (age 4-6)', '£27.50'],
  ['Tuesday', '5.15 - 6.00', 'Junior Tap Grade 1-2', '£27.50'],
  ['Thursday', '5.00 - 6.00', 'Senior Tap Grade 3-5', '£33.00'],
];
const tAdults = [
  ['Wednesday', '7.30 - 8.30', 'Adult Beginners Tap', '£36.00'],
  ['Wednesday', '8.30 - 9.30', 'Adult Improvers Tap', '£36.00'],
];
const tOutro = [
  'A sibling discount of £3 per half term is given for second and further children.',
  j('Tap shoes can be ordered through Mrs Pennock. Please label all shoes and coats. Any questions, ring Jean on', '01632 960 772 (evenings).'),
];
const tNav = ['Home', 'About Us', 'Fees & Timetable', 'Exam Results', 'Photos', 'Contact'];
const tTable = (rows: string[][]): string =>
  `<table border="1" cellpadding="4" cellspacing="0" width="100%" bordercolor="#000066" style="border-collapse: collapse">
<tr bgcolor="#000066"><td><font face="Verdana" size="2" color="#FFFFFF"><b>Day</b></font></td><td><font face="Verdana" size="2" color="#FFFFFF"><b>Time</b>
</font></td>
<td><font face="Verdana" size="2" color="#FFFFFF"><b>Class</b></font></td><td><font face="Verdana" size="2" color="#FFFFFF"><b>Half term fee</b></font></td>
</tr>
${trs(rows.map((r) => r.map((c) => `<font face="Verdana" size="2">${amp(c)}</font>`)))}</table>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Language" content="en-gb"><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><meta name="ProgId" content="FrontPage.Editor.Document">
<meta name="keywords" content="tap dancing, tap classes, Wellgate, children, adults, Pennock"><title>Pennock School of Dance - Fees</title>
<script language="JavaScript"><!--
function FP_swapImg() {var doc=document,args=arguments,elm,n; doc.$imgSwaps=new Array(); for(n=2; n<args.length; n+=2) { elm=FP_getObjectByID(args[n]); }}
// --></script></head>
<body bgcolor="#FFFFCC" topmargin="0" leftmargin="0"><div align="center"><table border="0" width="760" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img border="0" src="images/banner.jpg" width="760" height="120" alt="Pennock School of Dance - Tap and Modern"></td></tr>
<tr><td width="160" valign="top" bgcolor="#000066"><br>
${tNav
  .map(
    (t) => `<p style="margin-left: 10px">
<a href="${t.toLowerCase().replace(/[^a-z]+/g, '')}.htm"><font face="Verdana" size="2" color="#FFFFFF">${amp(t)}</font></a></p>`,
  )
  .join('\n')}
<p align="center"><img border="0" src="images/tapshoe.gif" width="80" height="60" alt=""></p></td>
<td width="600" valign="top" style="padding: 15px"><p><font face="Verdana" size="4" color="#000066"><b>${amp(tTitle)}</b></font></p>
${ps(tIntro.map((t) => `<font face="Verdana" size="2">${t}</font>`))}
<p><font face="Verdana" size="3" color="#000066"><b>${amp(at(tHeads, 0))}</b></font></p>
${tTable(tKids)}
<p><font face="Verdana" size="3" color="#000066"><b>${at(tHeads, 1)}</b></font></p>
${tTable(tAdults)}
${ps(tOutro.map((t) => `<font face="Verdana" size="2">${amp(t)}</font>`))}
<p align="center"><font face="Verdana" size="1"><a href="#top">Back to top</a></font></p></td></tr>
<tr><td colspan="2" bgcolor="#000066" align="center"><font face="Verdana" size="1" color="#FFFFFF">Last updated 12/09/2025<br>
You are visitor number <img src="/cgi-bin/Count.cgi?df=pennock.dat" alt="counter"> since March 2003<br>
Site by Wellgate Web Design</font></td></tr></table></div></body></html>`;
const tableFees: TestPage = {
  name: 'heldout648-tap-fees-table-layout',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: [...texts(tIntro), ...rowTexts(tKids), ...rowTexts(tAdults), ...texts(tOutro)],
  bylines: ['Last updated 12/09/2025'],
  furniture: ['Home', 'About Us', 'Exam Results', 'Photos', 'Contact', 'Back to top', 'You are visitor number since March 2003', 'Site by Wellgate Web Design'],
};

export const HELDOUT648_F: readonly TestPage[] = [elementorHogmanay, tableFees];
