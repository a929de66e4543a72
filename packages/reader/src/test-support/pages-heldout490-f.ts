import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, settle, trs } from './pages-heldout490-kit.js';

/**
 * Held-out batch 490, file f: a hospital group's staff guideline wiki page on MediaWiki 1.41 (Vector 2022: sticky TOC, page
 * tabs, edit-section links, a guideline box, a wikitable, categories), and a cottage hospital's outpatient clinics page from
 * an old table layout (font tags, left navigation column, marquee, visitor counter).
 */
const gTitle = 'Paediatric sedation for MRI';
const gLead = j(
  'This guideline covers oral sedation for children aged 3 months to 8 years who need an MRI scan at Ashgrove General Hospital',
  'and cannot keep still for it while awake. It does not cover general anaesthesia, which is arranged through the anaesthetic',
  'pre-assessment clinic.',
);
const gIndic = j(
  'Consider sedation when a play specialist assessment has shown that the child is unlikely to manage the scan with preparation,',
  'distraction or a feed-and-wrap technique (for infants under 6 months), and the scan is expected to take less than 45 minutes.',
);
const gContra = [
  'airway problems, including obstructive sleep apnoea or a recent upper respiratory tract infection',
  'neuromuscular disease or raised intracranial pressure',
  'a previous failed or difficult sedation',
  'significant heart or lung disease (discuss with the anaesthetist on call)',
];
const gFastIntro = 'Children must be fasted as follows before the sedative is given:';
const gFast = [
  ['Solid food and formula milk', '6 hours'],
  ['Breast milk', '4 hours'],
  ['Clear fluids', '1 hour'],
];
const gDrug = j(
  'The sedative and dose are prescribed by the paediatric registrar on the sedation chart, using the current children’s',
  'formulary. A second dose must not be given without discussion with the consultant responsible for the sedation list.',
);
const gMonitor = [
  'continuous pulse oximetry from the time the child falls asleep until discharge criteria are met',
  'observations every 15 minutes recorded on the sedation chart',
  'a trained nurse with the child at all times, including in the scanner room',
];
const gDischarge = [
  'the child is awake and can sit unaided (or, for infants, is back to their usual level of alertness)',
  'the child has tolerated a drink',
  'the parent or carer has been given the written advice sheet and the ward phone number',
];
const gH2 = ['Indications', 'Contraindications', 'Fasting', 'Prescribing', 'Monitoring', 'Discharge criteria'];
const gSee = ['Paediatric fasting times', 'Sedation chart (form PS-7)', 'MRI safety questionnaire for children'];
const gCats = ['Paediatrics', 'Radiology', 'Clinical guidelines'];
const gMenu = ['Main page', 'Guidelines A–Z', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const gBox: readonly (readonly string[])[] = [
  ['Owner', 'Paediatric Sedation Group'],
  ['Version', '3.1'],
  ['Approved', '12 January 2026'],
  ['Review due', 'January 2028'],
];
const edit = (n: number, h: string): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Paediatric_sedation_for_MRI&amp;action=edit&amp;section=${n}" title="Edit section: ${h}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span>`;
const h2 = (n: number): string => `<h2><span class="mw-headline" id="${gH2[n - 1]?.replace(/ /g, '_')}">${gH2[n - 1]}</span>${edit(n, gH2[n - 1] ?? '')}</h2>`;
const toc = ['(Top)', ...gH2, 'See also']
  .map(
    (t, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${i === 0 ? '' : t.replace(/ /g, '_')}">
<div class="vector-toc-text">${i === 0 ? '' : `<span class="vector-toc-numb">${i}</span>`}<span>${t}</span></div></a></li>`,
  )
  .join('\n');
const gHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1" lang="en"
dir="ltr"><head><meta charset="UTF-8"><title>${gTitle} - AshWiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1";
document.documentElement.className=className;}());RLCONF={"wgPageName":"Paediatric_sedation_for_MRI","wgTitle":"${gTitle}","wgCurRevisionId":18842,
"wgCategories":["Paediatrics","Radiology","Clinical guidelines"],"wgIsArticle":true,"wgAction":"view"};RLSTATE={"skins.vector.styles":"ready"};
RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://wiki.ashgrove.nhs.uk/wiki/Paediatric_sedation_for_MRI"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Paediatric_sedation_for_MRI
rootpage-Paediatric_sedation_for_MRI skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button" aria-hidden="true"><span
class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(gMenu, 'mw-list-item')}</ul>
</div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">AshWiki</strong></span></a>
</div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box">
<form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
<div id="simpleSearch" class="cdx-search-input__input-wrapper">
<div class="cdx-text-input cdx-text-input--has-start-icon"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search AshWiki"
aria-label="Search AshWiki" autocapitalize="sentences" title="Search AshWiki [f]" accesskey="f" id="searchInput"></div>
<input type="hidden" name="title" value="Special:Search"></div><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul class="vector-menu-content-list"><li id="pt-login" class="mw-list-item"><a
href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"><div id="localNotice">
<div class="sitenotice" lang="en" dir="ltr"><p>This wiki is for staff of Ashgrove Hospitals. Always check the review date before using a guideline.</p></div>
</div></div></div><div class="vector-column-start"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned">
<h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">${toc}</ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${gTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces">
<ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Paediatric_sedation_for_MRI"><span>Page</span></a></li>
<li id="ca-talk" class="vector-tab-noicon mw-list-item"><a href="/wiki/Talk:Paediatric_sedation_for_MRI" rel="discussion"><span>Discussion</span></a></li></ul>
</nav></div><div id="right-navigation" class="vector-collapsible"><nav aria-label="Views"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Paediatric_sedation_for_MRI"><span>Read</span></a></li>
<li id="ca-viewsource" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Paediatric_sedation_for_MRI&amp;action=edit">
<span>View source</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Paediatric_sedation_for_MRI&amp;action=history">
<span>View history</span></a>
</li></ul></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div class="vector-body-before-content"><div class="mw-indicators"></div>
<div id="siteSub" class="noprint">From AshWiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="guideline-box" style="float:right; margin:0 0 1em 1em; border:1px solid #a2a9b1; background:#f8f9fa"><tbody>${trs(gBox, true)}</tbody></table>
${ps([gLead])}
${h2(1)}${ps([gIndic])}
${h2(2)}<p>Do not use oral sedation if the child has:</p><ul>${lis(gContra)}</ul>
${h2(3)}<p>${gFastIntro}</p><table class="wikitable"><tbody><tr><th>Intake</th><th>Stop before sedation</th></tr>
${trs(gFast)}</tbody></table>
${h2(4)}${ps([gDrug])}
${h2(5)}<ul>${lis(gMonitor)}</ul>
${h2(6)}<p>The child may go home when:</p><ul>${lis(gDischarge)}</ul>
<h2><span class="mw-headline" id="See_also">See also</span>${edit(7, 'See also')}</h2><ul>${gSee
  .map(
    (t) => `<li>
<a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`,
  )
  .join('\n')}</ul>
<!-- NewPP limit report Cached time: 20260112094112 Cache expiry: 86400 CPU time usage: 0.041 seconds -->
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${gCats
  .map(
    (t) => `<li><a href="/wiki/Category:${t.replace(/ /g, '_')}">${t}</a>
</li>`,
  )
  .join('')}</ul></div></div>
</div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 12 January 2026, at 09:41.</li></ul><ul id="footer-places">
${links(['Privacy policy', 'About AshWiki', 'Disclaimers'], 'mw-list-item')}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a
href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li>
</ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawikiGuideline: TestPage = settle({
  name: 'heldout490-mediawiki-sedation-guideline',
  kind: 'wiki',
  html: gHtml,
  title: gTitle,
  headings: gH2,
  // biome-ignore format: the body is packed by section
  body: texts([gLead, gIndic, 'Do not use oral sedation if the child has:', ...gContra, gFastIntro, ...gFast.map(rowText), gDrug, ...gMonitor,
    'The child may go home when:', ...gDischarge]),
  bylines: [rowText(gBox[0] ?? []), rowText(gBox[2] ?? []), rowText(gBox[3] ?? []), 'This page was last edited on 12 January 2026, at 09:41.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'AshWiki', 'Search', 'Log in',
    'This wiki is for staff of Ashgrove Hospitals. Always check the review date before using a guideline.', 'Contents', 'hide', '(Top)', 'See also',
    'Page', 'Discussion', 'Read', 'View source', 'View history', 'From AshWiki', rowText(gBox[1] ?? []), 'edit', ...gSee, 'Categories', ...gCats,
    'Privacy policy', 'About AshWiki', 'Disclaimers',
  ],
});

const oTitle = 'Outpatient Clinics';
const oIntro = j(
  'Visiting consultants from Carrick Infirmary hold regular clinics at Fenwick Cottage Hospital, so that patients from the',
  'upper dale do not have to travel to Carrick for routine appointments. All clinics are held in the Outpatient Suite on the',
  'ground floor.',
);
const oClinics = [
  ['Orthopaedics', 'Monday (weekly)', '9.00am - 12.30pm', 'Mr D. Haldane'],
  ['Diabetes', 'Tuesday (1st and 3rd)', '1.30pm - 4.30pm', 'Dr S. Okafor-Reid'],
  ['Ear, Nose &amp; Throat', 'Wednesday (monthly)', '9.30am - 12.00pm', 'Mr P. Lindqvist'],
  ['Antenatal', 'Thursday (weekly)', '9.00am - 4.00pm', 'Community Midwives'],
  ['Dermatology', 'Friday (2nd)', '10.00am - 1.00pm', 'Dr H. Marr'],
];
const oAppt = [
  j(
    'You can only be seen at these clinics with a referral from your GP or a consultant. Appointment letters are sent out by the',
    'Carrick Infirmary booking office, not by Fenwick Cottage Hospital.',
  ),
  'To change or cancel an appointment, please telephone the booking office on 01632 960 790 (Monday - Friday, 9am - 5pm).',
  'Blood tests for clinic patients are taken in the treatment room from 8.30am. Please bring your blood form with you.',
];
const oH3 = ['Clinic Timetable', 'Appointments'];
const oNav = ['Home', 'About the Hospital', 'Outpatient Clinics', 'Minor Injuries', 'Visiting Times', 'League of Friends', 'How to Find Us', 'Links'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Fenwick Cottage Hospital - Outpatient Clinics</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="Fenwick, cottage hospital, outpatients, clinics, Carrick, dale"><link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="images/header.jpg" width="780" height="110"
alt="Fenwick Cottage Hospital"></td></tr>
<tr><td colspan="2" bgcolor="#003366"><marquee scrollamount="3"><font face="Verdana" size="2" color="#FFFFFF">Flu vaccination clinics are now open -
please ask at reception</font></marquee></td></tr>
<tr><td width="170" valign="top" bgcolor="#E6EEF5"><table width="100%" border="0" cellspacing="0" cellpadding="6">
${oNav
  .map(
    (t) => `<tr><td><img src="images/bullet.gif" width="8" height="8" alt=""> <a href="${t.toLowerCase().replace(/ /g, '_')}.htm"
class="navlink"><font face="Verdana" size="2">${t}</font></a></td></tr>`,
  )
  .join('\n')}
</table><br><p align="center"><font face="Verdana" size="1">You are visitor number<br><img src="/cgi-bin/counter.pl?page=clinics" alt="048213"></font></p></td>
<td width="610" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="15"><tr><td>
<h1><font face="Verdana" color="#003366">${oTitle}</font></h1>
<p><font face="Verdana" size="2">${oIntro}</font></p>
<h3><font face="Verdana" color="#003366">${oH3[0]}</font></h3>
<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#CCCCCC"><tr bgcolor="#003366">
<td><font face="Verdana" size="2" color="#FFFFFF"><b>Clinic</b></font></td><td><font face="Verdana" size="2" color="#FFFFFF"><b>Day</b></font></td>
<td><font face="Verdana" size="2" color="#FFFFFF"><b>Time</b></font></td><td><font face="Verdana" size="2" color="#FFFFFF"><b>Consultant</b></font></td></tr>
${oClinics.map((r) => `<tr>${r.map((c) => `<td><font face="Verdana" size="2">${c}</font></td>`).join('')}</tr>`).join('\n')}
</table>
<h3><font face="Verdana" color="#003366">${oH3[1]}</font></h3>
${oAppt.map((p) => `<p><font face="Verdana" size="2">${p}</font></p>`).join('\n')}
<p><font face="Verdana" size="1"><i>Last updated: 14/01/2026</i></font></p>
<p><a href="#top"><font face="Verdana" size="1">Back to top</font></a></p></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana" size="1" color="#FFFFFF">&copy; Fenwick Cottage Hospital League of Friends
2004-2026 | <a href="disclaimer.htm"><font color="#FFFFFF">Disclaimer</font></a> | Site by Northfell Web Design</font></td></tr></table>
</body></html>`;
const tableLayoutClinics: TestPage = settle({
  name: 'heldout490-table-layout-clinics',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: oH3,
  body: texts([oIntro, ...oClinics.map(rowText), ...oAppt]),
  bylines: ['Last updated: 14/01/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Flu vaccination clinics are now open - please ask at reception', ...oNav, 'You are visitor number', 'Back to top',
    '© Fenwick Cottage Hospital League of Friends 2004-2026 | Disclaimer | Site by Northfell Web Design',
  ],
});

export const HELDOUT490_F: readonly TestPage[] = [mediawikiGuideline, tableLayoutClinics];
