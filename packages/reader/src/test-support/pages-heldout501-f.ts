import { links, type TestPage, texts } from './page-kit.js';
import { j, row, tr } from './pages-heldout501-kit.js';

/**
 * Held-out batch 501, file f: an organ donor registration page of a transplant charity built with Elementor (Hello theme),
 * and a county hospital blood bank's donor information page in an old table layout.
 */
const lTitle = 'Register as an organ donor';
const lIntro = j(
  'One organ donor can save up to eight lives and improve many more through tissue donation. Registering takes two minutes,',
  'and the most important step after that is telling your family.',
);
const lBoxes = [
  [
    'Record your decision',
    'Add your name to the Caldmoor Organ Donor Register online or at your GP surgery. You can say yes, no, or choose which organs to give.',
  ],
  ['Tell your family', 'Your family will be asked to support your decision. Knowing what you wanted makes it much easier for them.'],
  ['Change your mind any time', 'You can update or withdraw your registration online whenever you like. It will not affect your medical care.'],
];
const lFaq = j(
  'Anyone can register, whatever their age or health. Medical staff decide at the time of death which organs and tissues',
  'can be used, so do not rule yourself out.',
);
const lNav = ['Home', 'Get involved', 'Stories', 'Fundraise', 'Contact'];
const lBox = ([t, d]: string[]): string => `<div class="elementor-column elementor-col-33 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-view-default elementor-position-top elementor-widget elementor-widget-icon-box"
data-widget_type="icon-box.default"><div class="elementor-widget-container"><div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-icon">
<span class="elementor-icon elementor-animation-">
<i aria-hidden="true" class="fas fa-heart"></i></span></div><div class="elementor-icon-box-content"><h3 class="elementor-icon-box-title"><span>${t}</span></h3>
<p class="elementor-icon-box-description">${d}</p></div></div></div></div></div></div>`;
const lHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${lTitle} – Caldmoor Transplant Trust</title>
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-77-css" href="/wp-content/uploads/elementor/css/post-77.css?ver=1717000000" media="all">
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${lTitle}"}</script></head>
<body class="page-template page-template-elementor_header_footer page page-id-77
elementor-default elementor-template-full-width elementor-kit-5 elementor-page elementor-page-77">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3f1a e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><a href="/">
<img src="/wp-content/uploads/2024/01/cttlogo.svg" alt="Caldmoor Transplant Trust"></a></div>
<div class="elementor-element elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu" data-widget_type="nav-menu.default">
<div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal">
<ul id="menu-1-4b2c" class="elementor-nav-menu">${links(lNav, 'menu-item')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><a class="elementor-button elementor-button-link elementor-size-sm" href="/donate">
<span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Donate</span></span></a></div></div></div></div>
<main id="content" class="site-main post-77 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="77" class="elementor elementor-77" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5a1 elementor-section-boxed elementor-section-height-default"
data-element_type="section"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">${lTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>${lIntro}</p></div></div>
<div class="elementor-element elementor-align-left elementor-widget elementor-widget-button"><div class="elementor-widget-container">
<div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-lg" href="https://register.caldmoororgan.org"><span class="elementor-button-content-wrapper">
<span class="elementor-button-text">Register now</span></span></a></div></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-6b2 elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-wide">
${lBoxes.map(lBox).join('\n')}</div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-7c3 elementor-section-boxed"><div class="elementor-container">
<div class="elementor-column elementor-col-100">
<div class="elementor-widget-wrap elementor-element-populated"><div class="elementor-element elementor-widget elementor-widget-heading">
<div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Am I too old or unwell to register?</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container"><p>${lFaq}</p></div></div></div></div></div></section></div></div></main>
<div data-elementor-type="footer" data-elementor-id="15" class="elementor elementor-15 elementor-location-footer">
<div class="elementor-element e-flex e-con-boxed e-con e-parent">
<div class="e-con-inner"><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Caldmoor Transplant Trust, Unit 3, Fenner Court, Caldmoor CM4 2RS</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>© 2026 Caldmoor Transplant Trust. Charity no. 1201187</p></div></div>
<div class="elementor-element elementor-shape-rounded elementor-grid-0 elementor-widget elementor-widget-social-icons">
<div class="elementor-social-icons-wrapper elementor-grid">
<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon elementor-social-icon-facebook" href="#">
<span class="elementor-screen-only">Facebook</span></a></span>
<span class="elementor-grid-item"><a class="elementor-icon elementor-social-icon elementor-social-icon-instagram" href="#">
<span class="elementor-screen-only">Instagram</span></a></span>
</div></div></div></div></div>
<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-container moove-gdpr-dark-scheme gdpr-full-screen-infobar" role="note"
aria-label="GDPR Cookie Banner">
<div class="moove-gdpr-info-bar-content"><div class="moove-gdpr-cookie-notice"><p>We are using cookies to give you the best experience on our website.</p></div>
<div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all gdpr-fbo-0" aria-label="Accept">Accept</button>
<button class="mgbutton moove-gdpr-infobar-reject-btn gdpr-fbo-1" aria-label="Reject">Reject</button></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script></body></html>`;
const organRegister: TestPage = {
  name: 'heldout501-organ-register-elementor',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: [...lBoxes.map((b) => b[0] ?? ''), 'Am I too old or unwell to register?'],
  body: [lIntro, ...lBoxes.map((b) => b[1] ?? ''), lFaq],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Home', 'Get involved', 'Stories', 'Fundraise', 'Contact', 'Donate', 'Register now',
    'Caldmoor Transplant Trust, Unit 3, Fenner Court, Caldmoor CM4 2RS',
    '© 2026 Caldmoor Transplant Trust. Charity no. 1201187', 'We are using cookies to give you the best experience on our website.',
    'Accept', 'Reject',
  ],
};

const tTitle = 'Blood Bank - Information for Donors';
const tBody = [
  j(
    'The Blood Bank at Marlow County Hospital collects about 4,000 units of blood a year for patients in our own wards. Every',
    'unit you give stays in the county.',
  ),
  'Donor Room Hours',
  'Donors must be at least 17 years old (16 with signed parental consent), weigh at least 110 pounds and feel well on the day.',
  'Please bring a photo ID. Eat a regular meal and drink extra fluids before you come. The whole visit takes about one hour.',
  'Groups and businesses may schedule a bloodmobile visit by calling the Donor Recruitment office at extension 4410.',
];
const tHours = [
  ['Monday - Thursday', '7:30 AM - 6:00 PM'],
  ['Friday', '7:30 AM - 3:00 PM'],
  ['Second Saturday of the month', '8:00 AM - 12:00 Noon'],
];
const tLeft = ['Home', 'About MCH', 'Departments', 'Blood Bank', 'Laboratory', 'Volunteers', 'Employment', 'Directions'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Marlow County Hospital :: Blood Bank</title>
<meta name="keywords" content="blood bank, donate blood, Marlow County Hospital"><link href="../css/mch.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/javascript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="../images/mch_banner.gif" width="760" height="90" alt="Marlow County Hospital - Caring for Our Community Since 1921"></td></tr>
<tr><td colspan="2" bgcolor="#003366" class="topnav"><font face="Verdana, Arial" size="1" color="#FFFFFF">&nbsp;<a href="../index.htm" class="white">Home</a> |
<a href="../find.htm" class="white">Find a Doctor</a> | <a href="../contact.htm" class="white">Contact Us</a></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#E6EEF5"><table width="160" border="0" cellspacing="0" cellpadding="4">
${tLeft.map((t) => `<tr><td class="leftnav"><a href="#">${t}</a></td></tr>`).join('\n')}
<tr><td><br><img src="../images/jcaho.gif" width="120" height="60" alt="Accredited"><br><font size="1">Accredited by the Joint Commission</font></td></tr>
</table></td>
<td width="600" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2"><p class="crumb">
<a href="../index.htm">Home</a> &gt; <a href="../departments.htm">Departments</a> &gt; Blood Bank</p>
<h1><font color="#990000">${tTitle}</font></h1>
<p>${tBody[0]}</p>
<p><b><font color="#003366">${tBody[1]}</font></b></p>
<table width="90%" border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC">
<tr bgcolor="#E6EEF5"><td><b>Day</b></td><td><b>Hours</b></td></tr>
${tHours.map(tr).join('\n')}</table>
<p>${tBody[2]}</p><p>${tBody[3]}</p><p>${tBody[4]}</p>
<p><font size="1"><i>Last updated: 03/14/2011</i></font></p></font></td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#003366">
<font face="Verdana, Arial" size="1" color="#FFFFFF">Marlow County Hospital &middot; 1200 Beech Avenue &middot;
Marlow, OH 45320 &middot; (937) 555-0100<br>Copyright &copy; 2011 Marlow County Hospital. All rights reserved.</font></td></tr></table>
<script type="text/javascript">var _gaq=_gaq||[];_gaq.push(['_setAccount','UA-1234567-1']);_gaq.push(['_trackPageview']);</script></body></html>`;
const bloodBank: TestPage = {
  name: 'heldout501-county-blood-bank-tables',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [tBody[1] ?? ''],
  body: texts([tBody[0] ?? '', ...tHours.map(row), ...tBody.slice(2)]),
  bylines: ['Last updated: 03/14/2011'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Find a Doctor', 'Contact Us', 'About MCH', 'Departments', 'Laboratory', 'Volunteers', 'Employment', 'Directions',
    'Accredited by the Joint Commission', 'Home > Departments > Blood Bank',
    'Marlow County Hospital · 1200 Beech Avenue · Marlow, OH 45320 · (937) 555-0100', 'Copyright © 2011 Marlow County Hospital. All rights reserved.',
  ],
};

export const HELDOUT501_F: readonly TestPage[] = [organRegister, bloodBank];
