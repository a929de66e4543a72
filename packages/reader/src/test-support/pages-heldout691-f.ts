import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, settle, trs } from './pages-heldout691-kit.js';

/**
 * Held-out batch 691, file f: a small translation bureau's rates and terms page in an old table layout (font tags, spacer GIFs,
 * a left menu column, a hit counter), and an online language school's course page on Next.js (App Router, Tailwind).
 */
const tTitle = 'Rates and Terms';
const tIntro = j(
  'All prices are in euros and exclude VAT. A quote is free and binding once you accept it. For texts that are not in an editable',
  'format (scans, faxes, PDF images) we add 15 % for the extra work.',
);
const tRates = [
  ['Dutch - English', '0.13', '0.16'],
  ['Dutch - German', '0.13', '0.16'],
  ['Dutch - French', '0.14', '0.17'],
  ['English - Dutch', '0.12', '0.15'],
  ['German - Dutch', '0.12', '0.15'],
];
const tH1 = 'Terms of payment';
const tTerms = [
  'Invoices are payable within 30 days of the invoice date.',
  'For new private clients we ask for 50 % in advance on orders over 500 euros.',
  'Cancelled orders are charged for the part already translated.',
];
const tH2 = 'Confidentiality';
const tConf = j(
  'Every translator who works for us has signed a confidentiality agreement. Documents are deleted from our systems six months',
  'after delivery unless you ask us to keep them.',
);
const tMenu = ['Home', 'About us', 'Languages', 'Rates', 'Sworn translations', 'Request a quote', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Vertaalbureau Kempers - Rates and Terms</title>
<meta name="keywords" content="translation, vertaling, Dutch, English, German, French, rates, sworn translator">
<script language="JavaScript">function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}</script>
<style type="text/css">.menu{font-family:Verdana;font-size:11px}.small{font-size:10px}</style></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="3" bgcolor="#003366">
<img src="images/logo_kempers.gif" width="300"
height="70" alt="Vertaalbureau Kempers"></td></tr>
<tr><td colspan="3" bgcolor="#CCCCCC" align="right"><font face="Verdana" size="1"><a href="index_nl.htm">Nederlands</a> | English</font></td></tr>
<tr><td width="150" valign="top" bgcolor="#E6EEF5"><img src="images/spacer.gif" width="150" height="10"><br>
<table width="140" border="0" cellpadding="3" cellspacing="0">${tMenu
  .map(
    (t) => `<tr><td class="menu">
<a href="${t.toLowerCase().replace(/ /g, '_')}.htm">${t}</a></td></tr>`,
  )
  .join('\n')}</table>
<br><font face="Verdana" size="1">Member of the Dutch<br>Translators Guild</font><br><br><img src="images/counter.gif?page=rates" alt="counter"><br>
<font face="Verdana" size="1">Visitors: 018204</font></td>
<td width="10"><img src="images/spacer.gif" width="10" height="1"></td>
<td width="600" valign="top"><br><font face="Verdana" size="2"><h1><font color="#003366">${tTitle}</font></h1>
<p>${tIntro}</p>
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#999999"><tr bgcolor="#003366"><td><font color="#FFFFFF"><b>Language pair</b>
</font></td>
<td><font color="#FFFFFF"><b>General (per word)</b></font></td><td><font color="#FFFFFF"><b>Technical / legal (per word)</b></font></td></tr>
${trs(tRates)}</table>
<h3><font color="#003366">${tH1}</font></h3><ul>${lis(tTerms)}</ul>
<h3><font color="#003366">${tH2}</font></h3><p>${tConf}</p>
<p align="center"><a href="request_a_quote.htm"><img src="images/btn_quote.gif" border="0" alt="Request a quote"></a></p></font></td></tr>
<tr><td colspan="3" bgcolor="#003366" align="center"><font face="Verdana" size="1" color="#FFFFFF">Vertaalbureau Kempers - Lindelaan 7 - 8021 AB Zwaterveen -
tel. 038 000 4417<br>Last modified: 12-01-2009</font></td></tr></table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout691-table-layout-rates',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [tH1, tH2],
  body: texts([tIntro, ...rowTexts(tRates), ...tTerms, tConf]),
  bylines: ['Last modified: 12-01-2009'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Nederlands | English', ...tMenu, 'Member of the Dutch Translators Guild', 'Visitors: 018204',
    'Vertaalbureau Kempers - Lindelaan 7 - 8021 AB Zwaterveen - tel. 038 000 4417',
  ],
};

const nTitle = 'Business English for Meetings';
const nDek = 'Lead, follow and close meetings in English with confidence. Six weeks, live online, small groups.';
const nH1 = 'What you will learn';
const nLearn = [
  'Open a meeting, set the agenda and keep to time',
  'Interrupt politely and bring the discussion back on track',
  'Agree, disagree and make proposals without sounding blunt',
  'Summarise decisions and write a clear follow-up email',
];
const nH2 = 'How the course works';
const nHow = [
  j(
    'You meet your group of up to six professionals twice a week for 60 minutes. Each session is built around a meeting you will',
    'actually have: a project update, a budget discussion, a negotiation with a supplier. Between sessions you watch a short video',
    'and record one task, which your coach reviews.',
  ),
  'The course is for learners at B1 level or above. If you are not sure about your level, take the 10-minute check before you book.',
];
const nH3 = 'Your coach';
const nCoach = j(
  'Our coaches have worked in business roles themselves before teaching. You keep the same coach for all six weeks, and you can book',
  'an extra one-to-one session at any time.',
);
const nFacts = ['6 weeks', '12 live sessions', 'Level B1+', '€349'];
const nNav = ['Courses', 'For teams', 'Pricing', 'Log in', 'Start free trial'];
const nFoot = ['About', 'Careers', 'Help centre', 'Privacy', 'Terms', 'Cookie settings'];
const nHtml = `<!DOCTYPE html><html lang="en" class="__variable_3a0388"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="stylesheet" href="/_next/static/css/8a1e05d1f5.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-2f3e.js"/>
<script src="/_next/static/chunks/main-app-4e1b.js" async=""></script><title>Business English for Meetings | Lingoloop</title>
<meta name="description" content="${nDek}"/><link rel="canonical" href="https://lingoloop.io/courses/business-english-meetings"/>
<meta property="og:title" content="Business English for Meetings"/><meta name="next-size-adjust"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"${nTitle}","provider":{"@type":"Organization",
"name":"Lingoloop"}}</script></head>
<body class="min-h-screen bg-white font-sans antialiased"><a href="#main" class="sr-only focus:not-sr-only">Skip to main content</a>
<header class="sticky top-0 z-40 border-b bg-white/80 backdrop-blur"><div class="mx-auto flex h-16 max-w-6xl items-center justify-between px-4">
<a class="text-xl font-bold" href="/">Lingoloop</a><nav class="hidden gap-6 md:flex">${nNav
  .slice(0, 3)
  .map((t) => `<a class="text-sm font-medium text-slate-600 hover:text-slate-900" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`)
  .join('')}</nav>
<div class="flex items-center gap-3"><a class="text-sm" href="/login">Log in</a>
<a class="rounded-full bg-indigo-600 px-4 py-2 text-sm text-white" href="/signup">Start free trial</a>
</div></div></header>
<main id="main"><section class="bg-indigo-50"><div class="mx-auto max-w-6xl px-4 py-16"><nav aria-label="Breadcrumb" class="mb-4 text-sm text-slate-500">
<ol class="flex gap-2">
<li><a href="/courses">Courses</a></li><li aria-hidden="true">/</li><li aria-current="page">${nTitle}</li></ol></nav>
<h1 class="text-4xl font-extrabold tracking-tight text-slate-900">${nTitle}</h1><p class="mt-4 max-w-2xl text-lg text-slate-600">${nDek}</p>
<ul class="mt-6 flex flex-wrap gap-3">${nFacts.map((t) => `<li class="rounded-full bg-white px-3 py-1 text-sm shadow">${t}</li>`).join('')}</ul>
<div class="mt-8 flex gap-4"><a class="rounded-full bg-indigo-600 px-6 py-3 text-white" href="/checkout/bem">Book your place</a>
<a class="rounded-full border px-6 py-3" href="/level-check">Check your level</a></div></div></section>
<div class="mx-auto grid max-w-6xl gap-12 px-4 py-16 lg:grid-cols-3"><article class="prose prose-slate lg:col-span-2">
<h2>${nH1}</h2><ul>${lis(nLearn)}</ul><h2>${nH2}</h2>${ps(nHow)}<h2>${nH3}</h2><p>${nCoach}</p></article>
<aside class="rounded-2xl border p-6 shadow-sm"><p class="text-sm font-semibold uppercase text-slate-500">Next start</p>
<p class="text-2xl font-bold">Monday 2 June</p>
<p class="mt-2 text-sm text-slate-600">4 places left</p>
<a class="mt-6 block rounded-full bg-indigo-600 py-3 text-center text-white" href="/checkout/bem">Reserve now</a>
<p class="mt-4 text-xs text-slate-500">Full refund up to 7 days before the start.</p></aside></div>
<section class="border-t bg-slate-50"><div class="mx-auto max-w-6xl px-4 py-12"><figure><blockquote class="text-xl">“I finally chair our weekly call without
writing a script first.”</blockquote><figcaption class="mt-2 text-sm text-slate-500">Aylin, product manager</figcaption></figure></div></section></main>
<footer class="border-t"><div class="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-10 md:flex-row md:justify-between">
<p class="text-sm text-slate-500">© 2025 Lingoloop GmbH</p>
<nav class="flex flex-wrap gap-4 text-sm">${nFoot.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join('')}</nav></div></footer>
<script src="/_next/static/chunks/webpack-2f3e.js" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"1:HL[\\"/_next/static/css/8a1e05d1f5.css\\",\\"style\\"]\\n"])</script>
<script>self.__next_f.push([1,"2:I[\\"(app-pages-browser)/./app/courses/[slug]/page.tsx\\",[\\"app/courses/[slug]/page\\"],\\"default\\"]\\n"])</script>
</body></html>`;
const nextjs: TestPage = {
  name: 'heldout691-nextjs-business-english',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: [nH1, nH2, nH3],
  body: texts([nDek, ...nLearn, ...nHow, nCoach]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Lingoloop', ...nNav, ...nFacts, 'Book your place', 'Check your level', 'Next start', 'Monday 2 June', '4 places left',
    'Reserve now',
    'Full refund up to 7 days before the start.', '“I finally chair our weekly call without writing a script first.”', 'Aylin, product manager',
    '© 2025 Lingoloop GmbH', ...nFoot,
  ],
};

export const HELDOUT691_F: readonly TestPage[] = [tableLayout, nextjs].map(settle);
