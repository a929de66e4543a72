import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout546-kit.js';

/**
 * Held-out batch 546, file f: an old private detective agency's rates page in a FrontPage-era table layout (font tags,
 * spacer images, hit counter), and a translation and notary office's certification guide on Hugo with the Ananke theme.
 */
const tTitle = 'Rates &amp; Retainer Information';
const tBody = [
  j(
    'All work is performed by licensed investigators. Our hourly rate is <b>$70.00 per hour</b> plus mileage at $0.55 per mile.',
    'A minimum retainer of $500.00 is required before any case is opened. Unused funds are returned at the close of the case.',
  ),
  j(
    'Photographs and video are provided at no additional charge. Written reports are included with every case. Court appearances',
    'are billed at $90.00 per hour with a two hour minimum.',
  ),
  'We accept cash, money orders and personal checks. Sorry, no credit cards at this time.',
];
const tNav = ['Home', 'About Us', 'Services', 'Rates', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><meta name="ProgId" content="FrontPage.Editor.Document">
<meta name="keywords" content="private investigator, private detective, Pellham, surveillance, missing persons, background">
<title>Gault Detective Agency - Rates</title>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#000033" text="#000000" link="#003399" vlink="#663399" topmargin="0" leftmargin="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header_gault.jpg" width="760" height="120" alt="Gault Detective Agency - Discreet Investigations Since 1987"></td></tr>
<tr><td width="160" valign="top" bgcolor="#CCCCCC"><img src="images/spacer.gif" width="160" height="10" alt=""><br>
<table width="150" border="0" cellpadding="4" cellspacing="0" align="center">
${tNav
  .map((t) => `<tr><td><font face="Verdana, Arial, Helvetica" size="2"><b><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></b></font></td></tr>`)
  .join('\n')}
</table><br><center><font face="Verdana" size="1">Licensed by the State Board<br>of Private Investigators<br>License #A-10422</font></center>
<br><center><img src="images/badge_nalpi.gif" width="100" height="100" alt="Member NALPI"></center><br></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="15" cellspacing="0"><tr><td>
<font face="Verdana, Arial, Helvetica" size="4" color="#000033"><b>${tTitle}</b></font><br><br>
<font face="Verdana, Arial, Helvetica" size="2">
${ps(tBody)}
<p><b><font color="#CC0000">CALL FOR A FREE CONSULTATION: (555) 016-4477</font></b></p></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#000033" align="center"><font face="Verdana" size="1" color="#FFFFFF">
| <a href="index.htm"><font color="#FFFFFF">Home</font></a> | <a href="contact.htm"><font color="#FFFFFF">Contact</font></a> |<br>
Copyright &copy; 1999-2026 Gault Detective Agency. All Rights Reserved.<br>You are visitor number
<img src="/cgi-bin/Count.cgi?df=gault.dat&amp;dd=B" alt="counter" align="absmiddle"> <b>0041873</b></font></td></tr>
</table></body></html>`;
const gault: TestPage = {
  name: 'heldout546-table-layout-pi-rates',
  kind: 'docs',
  html: tHtml,
  title: 'Rates & Retainer Information',
  headings: [],
  body: texts(tBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'About Us', 'Services', 'Contact', 'Licensed by the State Board', 'of Private Investigators', 'License #A-10422',
    'CALL FOR A FREE CONSULTATION: (555) 016-4477', 'Copyright © 1999-2026 Gault Detective Agency. All Rights Reserved.', 'You are visitor number',
    '0041873',
  ],
};

const uTitle = 'Certified Translations, Notarized Copies and Apostilles: Which One Do You Need?';
const uBody = [
  j(
    'Every week someone brings us a document and a letter from a university, an embassy or an immigration office asking for a',
    '“certified” copy. The word means different things to different offices, and choosing the wrong kind of certification is the',
    'most common reason papers are sent back. This guide explains the four kinds we prepare at Marlow Street Language & Notary.',
  ),
  'Certified translation',
  j(
    'A certified translation is a translation accompanied by a signed statement from the translator, or from our office, that it is',
    'complete and accurate. It does not involve a notary. Most immigration offices and universities ask for this.',
  ),
  'Notarized translation',
  j(
    'Here the translator signs the accuracy statement in front of a notary, who notarizes the signature. The notary is confirming',
    'who signed, not that the translation is correct. Some courts and foreign consulates insist on it.',
  ),
  'Notarized copy of a document',
  j(
    'A notary can certify that a photocopy is a true copy of an original document you present, but only for documents that are',
    'not public records. Birth, marriage and death certificates must be ordered as certified copies from the office that issued',
    'them; a notary may not copy-certify them.',
  ),
  'Apostille',
  j(
    'An apostille is attached by the Secretary of State, not by us, and confirms that the notary or official who signed the',
    'document holds that office. It is needed only when the document will be used in another country that belongs to the Hague',
    'Convention. We can notarize, submit and collect the apostille for you.',
  ),
  'Quick checklist',
  'Read the requesting office’s instructions word for word and bring them with you.',
  'Bring the original document, not a copy, for notarized copies and apostilles.',
  'Allow 2 business days for certified translations and 7 to 10 for apostilles.',
];
const uHeads = [1, 3, 5, 7, 9];
const uNav = ['Services', 'Guides', 'Prices', 'Contact'];
const uRel = ['How to Order a Certified Birth Certificate', 'Do I Need an Apostille for Canada?', 'What a Notary Can and Cannot Do'];
const uHtml = `<!DOCTYPE html>
<html lang="en-us"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>${uTitle.replace('&', '&amp;')} | Marlow Street Language &amp; Notary</title><meta name="viewport" content="width=device-width,minimum-scale=1">
<meta name="description" content="The difference between certified translations, notarized copies and apostilles."><meta name="generator"
content="Hugo 0.125.4">
<meta name="robots" content="index, follow"><link rel="stylesheet" href="/ananke/css/main.min.css">
<link rel="canonical" href="https://marlowstreet.example/guides/certified-notarized-apostille/"><meta property="og:type" content="article">
<meta property="article:section" content="guides"><meta property="article:published_time" content="2026-03-02T10:00:00+00:00">
<meta itemprop="wordCount" content="512"><script
type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Which certification do you need?"}</script></head>
<body class="ma0 avenir bg-near-white production"><header><div class="bg-black"><nav class="pv3 ph3 ph4-ns" role="navigation">
<div class="flex-l justify-between items-center center"><a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Marlow Street Language &amp; Notary</a>
<div class="flex-l items-center"><ul class="pl0 mr3">${uNav
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90"
href="/${t.toLowerCase()}/" title="${t} page">${t}</a></li>`,
  )
  .join('\n')}
</ul><div class="ananke-socials"><a href="https://facebook.com/marlowstreet" target="_blank"
class="facebook ananke-social-link link-transition stackoverflow link dib z-999 pt3 pt0-l mr1"
title="follow on Facebook - Opens in a new window" aria-label="follow on Facebook - Opens in a new window" rel="noopener"><span class="icon"><svg
style="enable-background:new 0 0 67 67"
version="1.1" viewBox="0 0 67 67"></svg></span></a></div></div></div></nav></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignoref b helvetica tracked ttu">Guides</aside><div id="sharing" class="mt3 ananke-socials"><a
href="mailto:?subject=Which%20certification"
class="ananke-social-link email no-underline" aria-label="share on Email"><span class="icon"><svg viewBox="0 0 24 24"></svg></span></a>
<a href="https://www.linkedin.com/shareArticle?mini=true" class="ananke-social-link linkedin no-underline" aria-label="share on LinkedIn"><span class="icon">
<svg viewBox="0 0 65 65"></svg></span></a></div><h1 class="f1 athelas mt3 mb1">${uTitle.replace('&', '&amp;')}</h1>
<p class="tracked">By <strong>Ilse Marlow</strong></p><time class="f6 mv4 dib tracked" datetime="2026-03-02T10:00:00Z">March 2, 2026</time></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">
${ps([at(uBody, 0).replace('&', '&amp;')])}
<h2 id="certified-translation">${at(uBody, 1)}</h2>${ps([at(uBody, 2)])}
<h2 id="notarized-translation">${at(uBody, 3)}</h2>${ps([at(uBody, 4)])}
<h2 id="notarized-copy-of-a-document">${at(uBody, 5)}</h2>${ps([at(uBody, 6)])}
<h2 id="apostille">${at(uBody, 7)}</h2>${ps([at(uBody, 8)])}
<h3 id="quick-checklist">${at(uBody, 9)}</h3><ul>${lis(uBody.slice(10))}</ul>
<ul class="pa0"><li class="list di"><a href="/tags/translation/"
class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">translation</a></li>
<li class="list di"><a href="/tags/apostille/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">apostille</a></li></ul>
<div class="mt6 instapaper_ignoref"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p>
<ul class="pa0 list">${uRel.map((t, i) => `<li class="mb2"><a href="/guides/r${i}/">${t}</a></li>`).join('\n')}</ul></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between"><a
class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3"
href="https://marlowstreet.example/">&copy; 2026 Marlow Street Language &amp; Notary</a><div><div
class="ananke-socials"></div></div></div></footer></body></html>`;
const marlow: TestPage = {
  name: 'heldout546-hugo-ananke-certification-guide',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: uHeads.map((i) => at(uBody, i)),
  body: uBody.filter((_, i) => !uHeads.includes(i)),
  bylines: ['By Ilse Marlow', 'March 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: ['Marlow Street Language & Notary', 'Services', 'Guides', 'Prices', 'Contact', 'Related', ...uRel, '© 2026 Marlow Street Language & Notary'],
};

export const HELDOUT546_F: readonly TestPage[] = [gault, marlow];
