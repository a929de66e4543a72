import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis } from './pages-heldout489-kit.js';

/**
 * Held-out batch 489, file f: a minor-ailments service page on a Hugo static site (a docs-style theme with a sidebar
 * and an on-page table of contents), and a medicine-disposal notice on an old table-layout independent chemist's site.
 */
const hgTitle = 'Minor Ailments Service';
const hgIntro = [
  j(
    'You can see one of our pharmacists about a range of common conditions without an appointment with your GP. If you are',
    'eligible, any medicine you need is supplied free of charge under the Minor Ailments Service run by Westmere Health Board.',
  ),
  'The consultation takes place in our private room and usually lasts about ten minutes.',
];
const hgConds = [
  'sore throat in people aged 5 and over',
  'earache in children aged 1 to 17',
  'sinusitis',
  'impetigo',
  'infected insect bites',
  'shingles',
  'uncomplicated urinary tract infections in women aged 16 to 64',
];
const hgWho = j(
  'The service is open to anyone registered with a GP practice in Westmere. Bring proof of exemption if you do not normally pay for',
  'prescriptions. Children must come with a parent or carer.',
);
const hgRefer = j(
  'If the pharmacist thinks you need to see a doctor, they will refer you and send a note of the consultation to your practice.',
  'Go straight to A&E or call 999 if you have chest pain, difficulty breathing or signs of a stroke.',
);
const hgHeads = ['Conditions we can treat', 'Who can use it', 'When we will refer you'];
const hgSide = ['Prescriptions', 'Minor Ailments Service', 'Blood pressure checks', 'Emergency contraception', 'Stop smoking', 'Flu vaccination'];
const hgHtml = `<!doctype html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="See a pharmacist about common conditions and get free treatment."><meta name="generator" content="Hugo 0.124.1">
<title>Minor Ailments Service | Kestle Pharmacy</title><link rel="canonical" href="https://kestlepharmacy.org/services/minor-ailments/">
<link rel="stylesheet" href="/book.min.6c8b9d.css" integrity="sha256-6c8b9d"><script defer src="/flexsearch.min.js"></script>
<script defer src="/en.search.min.2a3b.js"></script></head>
<body dir="ltr"><input type="checkbox" class="hidden toggle" id="menu-control"><input type="checkbox" class="hidden toggle" id="toc-control">
<main class="container flex"><aside class="book-menu"><div class="book-menu-content"><nav><h2 class="book-brand"><a class="flex align-center" href="/">
<span>Kestle Pharmacy</span></a></h2><div class="book-search hidden"><input type="text" id="book-search-input" placeholder="Search" aria-label="Search"
 maxlength="64" data-hotkeys="s/"><div class="book-search-spinner hidden"></div><ul id="book-search-results"></ul></div>
<ul><li class="book-section-flat"><span>Services</span><ul>
${hgSide.map((t) => `<li><a href="/services/${t.toLowerCase().replace(/ /g, '-')}/"${t === hgTitle ? ' class="active"' : ''}>${t}</a></li>`).join('\n')}
</ul></li><li><a href="/opening-hours/">Opening hours</a></li><li><a href="/find-us/">Find us</a></li></ul></nav></div></aside>
<div class="book-page"><header class="book-header"><div class="flex align-center justify-between"><label for="menu-control"><img src="/svg/menu.svg"
 class="book-icon" alt="Menu"></label><strong>${hgTitle}</strong><label for="toc-control"><img src="/svg/toc.svg" class="book-icon" alt="Table of Contents">
</label></div><aside class="hidden clearfix"><nav id="TableOfContents"><ul><li><a href="#conditions">${hgHeads[0]}</a></li></ul></nav></aside></header>
<article class="markdown book-article"><h1 id="minor-ailments-service">${hgTitle}</h1>
${ps(hgIntro)}
<h2 id="conditions">${hgHeads[0]}</h2><ul>${lis(hgConds)}</ul>
<h2 id="who-can-use-it">${hgHeads[1]}</h2><p>${hgWho}</p>
<h2 id="when-we-will-refer-you">${hgHeads[2]}</h2><p>${esc(hgRefer)}</p>
</article>
<footer class="book-footer"><div class="flex flex-wrap justify-between"><div>
<a class="flex align-center" href="https://git.kestlepharmacy.org/site/edit/main/content/services/minor-ailments.md"
 target="_blank" rel="noopener"><img src="/svg/edit.svg" class="book-icon" alt="Edit"><span>Edit this page</span></a></div>
<div><span>Last updated 9 Sep 2026</span></div></div><div class="flex flex-wrap justify-between"><span><a href="/services/minor-ailments-prices/"
 class="flex align-center book-icon"><img src="/svg/backward.svg" class="book-icon" alt="Previous"><span>Blood pressure checks</span></a></span></div>
<p class="site-footer">Kestle Pharmacy, 7 Harbour Street, Kestle KS1 3AA · Open Mon–Sat 8.30am–6pm</p></footer>
<label for="menu-control" class="hidden book-menu-overlay"></label></div>
<aside class="book-toc"><div class="book-toc-content"><nav id="TableOfContents"><ul>
${hgHeads.map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`).join('\n')}</ul></nav></div></aside></main>
<script>if('serviceWorker' in navigator){navigator.serviceWorker.register("/sw.min.js")}</script></body></html>`;
const hugoService: TestPage = {
  name: 'heldout489-hugo-minor-ailments',
  kind: 'docs',
  html: hgHtml,
  title: hgTitle,
  headings: hgHeads,
  body: texts([...hgIntro, ...hgConds, hgWho, hgRefer]),
  bylines: ['Last updated 9 Sep 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kestle Pharmacy', 'Services', 'Blood pressure checks', 'Emergency contraception', 'Stop smoking', 'Flu vaccination', 'Opening hours',
    'Find us', 'Edit this page', 'Kestle Pharmacy, 7 Harbour Street, Kestle KS1 3AA · Open Mon–Sat 8.30am–6pm',
  ],
};

const oTitle = 'Returning unwanted medicines';
const oParas = [
  j(
    'Please do not put old or unused medicines in the bin or flush them down the toilet. Bring them back to the shop and we will',
    'dispose of them safely, free of charge.',
  ),
  'We can take back:',
];
const oList = ['tablets, capsules and liquids, in their boxes if possible', 'inhalers', 'creams and ointments'];
const oLast = j(
  'We cannot accept needles or syringes over the counter. Ask us for a sharps bin and a collection date from the council instead.',
  'Please hand medicines to a member of staff rather than leaving them on the counter.',
);
const oNav = ['Home', 'Our Services', 'Prescriptions', 'Health Information', 'Find Us'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>W. Pendry &amp; Son Chemists - Returning unwanted medicines</title>
<meta name="keywords" content="chemist, pharmacy, Oakworth, prescriptions, medicines"><link href="styles.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="images/banner.gif" width="780" height="110"
 alt="W. Pendry &amp; Son Chemists"></td></tr>
<tr><td colspan="2" bgcolor="#006633" class="topnav">&nbsp;<font color="#FFFFFF">Established 1952 &nbsp;|&nbsp; Tel: 01632 960144</font></td></tr>
<tr><td width="170" valign="top" bgcolor="#E8F3EC"><table width="100%" border="0" cellspacing="0" cellpadding="6">
${oNav.map((t) => `<tr><td class="navlink"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></td></tr>`).join('\n')}
<tr><td><br><font size="1" face="Verdana, Arial, Helvetica, sans-serif">Opening Hours:<br>Mon-Fri 9.00 - 5.30<br>Sat 9.00 - 1.00</font></td></tr></table></td>
<td width="610" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td class="bodytext">
<h1><font face="Verdana, Arial, Helvetica, sans-serif" color="#006633">${oTitle}</font></h1>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${ps(oParas)}
<ul>${lis(oList)}</ul>
<p>${oLast}</p>
<p><a href="healthinfo.htm">&lt;&lt; Back to Health Information</a></p></font></td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#006633"><font color="#FFFFFF" size="1" face="Verdana, Arial, Helvetica, sans-serif">&copy; W. Pendry &amp; Son
 Chemists, 14 Station Road, Oakworth | <a href="privacy.htm"><font color="#FFFFFF">Privacy</font></a><br>Site by OakWeb Design</font></td></tr></table>
<p align="center"><img src="images/counter.gif" width="88" height="31" alt="Visitor counter"></p></body></html>`;
const tablePage: TestPage = {
  name: 'heldout489-table-layout-disposal',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts([...oParas, ...oList, oLast]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Established 1952 | Tel: 01632 960144', ...oNav, 'Opening Hours:', 'Mon-Fri 9.00 - 5.30', 'Sat 9.00 - 1.00', '<< Back to Health Information',
    '© W. Pendry & Son Chemists, 14 Station Road, Oakworth |', 'Privacy', 'Site by OakWeb Design',
  ],
};

export const HELDOUT489_F: readonly TestPage[] = [hugoService, tablePage];
