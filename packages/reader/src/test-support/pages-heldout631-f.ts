import { links, ps, type TestPage } from './page-kit.js';
import { at, j, lis, rowText } from './pages-heldout631-kit.js';

/**
 * Held-out batch 631, file f: a short fees page of a one-man acupuncture practice on an old hand-made table layout (font tags,
 * spacer GIFs, a hit counter), and a counsellor's blog post on Hugo (Ananke theme) about confidentiality.
 */
const tTitle = 'Fees and Opening Hours';
const tRows = [
  ['First consultation (1 hour 15 mins)', '$70'],
  ['Follow-up treatment (45 mins)', '$50'],
  ['Student and senior rate (follow-up)', '$40'],
];
const tParas = [
  'Payment by cash or cheque at the end of each treatment. Sorry, no cards.',
  j('Please give 24 hours notice if you cannot make your appointment, or the full fee may be charged.', 'Emergencies are of course an exception.'),
  'Monday, Wednesday and Friday 9am to 7pm. Saturday 9am to 1pm.',
];
const tNav = ['Home', 'What is Acupuncture?', 'About Dr. Feng', 'Fees', 'Directions', 'Links'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Corran Feng Acupuncture - Fees</title>
<meta name="keywords" content="acupuncture, chinese medicine, Millbrook Falls, pain, fees"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFF0" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2" bgcolor="#8B0000" height="80">
<img src="images/banner.gif" width="760" height="80" alt="Corran Feng Acupuncture - Traditional Chinese Medicine"></td></tr>
<tr><td width="160" valign="top" bgcolor="#F5DEB3"><img src="images/spacer.gif" width="160" height="10"><br>
${tNav
  .map(
    (t) => `<font face="Verdana, Arial" size="2"><b>&nbsp;&nbsp;<a
href="${t.toLowerCase().replace(/[^a-z]+/g, '')}.htm">${t}</a></b></font><br><br>`,
  )
  .join('\n')}
<font face="Verdana" size="1">&nbsp;&nbsp;Call: (503) 555-0147</font><br><br>
<center><img src="images/counter.gif" alt=""><br><font size="1">Visitors since 2003: 18,274</font></center></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="12"><tr><td>
<font face="Georgia, Times New Roman" color="#8B0000" size="5"><b>${tTitle}</b></font><br><br>
<table border="1" cellpadding="6" cellspacing="0" bordercolor="#CC9966">${tRows
  .map(
    (r) => `<tr><td><font face="Verdana" size="2">${r[0]}</font></td>
<td align="right"><font face="Verdana" size="2">${r[1]}</font></td></tr>`,
  )
  .join('\n')}</table>
<font face="Verdana" size="2"><p>${at(tParas, 0)}</p><p>${at(tParas, 1)}</p>
<p><b>Hours:</b><br>${at(tParas, 2)}</p></font>
<p align="center"><font face="Verdana" size="1">[ <a href="index.htm">Home</a> | <a href="directions.htm">Directions</a> ]</font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#8B0000"><font face="Verdana" size="1" color="#FFFFFF">Copyright &copy; 2003-2019 Corran Feng, L.Ac.
All rights reserved.<br>Last updated: 01/14/2019</font></td></tr></table></body></html>`;
const tableFees: TestPage = {
  name: 'heldout631-acupuncture-fees-table-layout',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [...tRows.map(rowText), at(tParas, 0), at(tParas, 1), `Hours: ${at(tParas, 2)}`],
  bylines: ['Last updated: 01/14/2019'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav.filter((t) => t !== 'Fees'), 'Call: (503) 555-0147', 'Visitors since 2003: 18,274', '[ Home | Directions ]',
    'Copyright © 2003-2019 Corran Feng, L.Ac. All rights reserved.',
  ],
};

const uTitle = 'What stays in the room: confidentiality in counselling';
const uBody = [
  j(
    'One of the first things I talk about with a new client is confidentiality. It is not the most exciting part of a first session,',
    'but it matters, because it is hard to be honest if you are not sure where your words might end up.',
  ),
  'The short version',
  j(
    'What you tell me stays between us. I do not discuss you with your family, your employer or your GP unless you ask me to, and I do',
    'not confirm to anyone that you are seeing me.',
  ),
  'The exceptions',
  'There are a small number of situations in which I may need to share information without your agreement:',
  'if I believe you or another person is at serious risk of harm',
  'if I learn that a child or vulnerable adult is at risk',
  'if a court orders me to disclose my notes',
  'in connection with terrorism or money laundering, where the law requires it',
  j('Wherever possible, I would talk to you first and involve you in any decision. In eleven years of practice, this has happened', 'only a handful of times.'),
  'Supervision and notes',
  j(
    'Like all registered counsellors, I discuss my work with a clinical supervisor. I never use your name or details that could',
    'identify you. My notes are brief, kept in a locked cabinet or an encrypted system, and destroyed seven years after we finish.',
  ),
  j('You are entitled to see what I have written about you. If you would like to, just ask, and we can look at the notes together in', 'a session.'),
];
const uHeadIdx = [1, 3, 10];
const uNav = ['About', 'Counselling', 'Fees', 'Posts', 'Contact'];
const uRel = ['Your first session, step by step', 'Online or in person?'];
const uHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,minimum-scale=1">
<title>${uTitle} | Alder House Counselling</title><meta name="generator" content="Hugo 0.125.4"><meta name="robots" content="index, follow">
<link rel="stylesheet" href="/ananke/css/main.min.css"><link rel="canonical" href="https://alderhousecounselling.uk/posts/confidentiality/">
<meta property="og:title" content="${uTitle}"><meta property="og:type" content="article"><meta property="article:section" content="posts">
<meta property="article:published_time" content="2025-03-02T10:00:00+00:00"><meta itemprop="wordCount" content="402"></head>
<body class="ma0 avenir bg-near-white production"><header><div class="bg-black"><nav class="pv3 ph3 ph4-ns" role="navigation">
<div class="flex-l justify-between items-center center"><a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Alder House Counselling</a>
<div class="flex-l items-center"><ul class="pl0 mr3">${uNav
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90"
href="/${t.toLowerCase()}/" title="${t} page">${t}</a></li>`,
  )
  .join('\n')}</ul><div class="ananke-socials"></div></div></div></nav></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignore left-0 w-100 f6 ttu tracked"><p class="f6 b helvetica tracked">Posts</p>
<div id="sharing" class="mt3 ananke-socials"><a href="mailto:?&amp;body=https%3A%2F%2Falderhousecounselling.uk%2Fposts%2Fconfidentiality%2F"
class="ananke-social-link email no-underline" title="Share on Email" aria-label="Share on Email"><span class="icon"><svg
style="enable-background:new 0 0 512 512;"
viewBox="0 0 512 512"><path d="M256 0"/></svg></span></a></div></aside>
<h1 class="f1 athelas mt3 mb1">${uTitle}</h1><p class="tracked">By <strong>Joanna Beck</strong></p>
<time class="f6 mv4 dib tracked" datetime="2025-03-02T10:00:00Z">March 2, 2025</time><span class="f6 mv4 dib tracked"> - 2 minutes read</span>
<span class="f6 mv4 dib tracked"> - 402 words</span></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">
${ps([at(uBody, 0)])}<h2 id="the-short-version">${at(uBody, 1)}</h2>${ps([at(uBody, 2)])}
<h2 id="the-exceptions">${at(uBody, 3)}</h2>${ps([at(uBody, 4)])}<ul>${lis(uBody.slice(5, 9))}</ul>${ps([at(uBody, 9)])}
<h2 id="supervision-and-notes">${at(uBody, 10)}</h2>${ps(uBody.slice(11))}
<ul class="pa0"><li class="list di"><a href="/tags/confidentiality"
class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">confidentiality</a></li>
<li class="list di"><a href="/tags/getting-started" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">getting started</a></li></ul>
<div class="mt6 instapaper_ignore"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p>
<ul class="pa0 list">${links(uRel, 'mb2')}</ul></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between"><a
class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3"
href="https://alderhousecounselling.uk/">&copy; Alder House Counselling 2025</a><div><div class="ananke-socials"></div></div></div></footer></body></html>`;
const hugoConfidential: TestPage = {
  name: 'heldout631-counsellor-hugo-confidentiality',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: uHeadIdx.map((i) => at(uBody, i)),
  body: uBody.filter((_, i) => !uHeadIdx.includes(i)),
  bylines: ['By Joanna Beck', 'March 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Alder House Counselling', ...uNav.filter((t) => t !== 'Counselling'), '- 2 minutes read', '- 402 words', 'getting started', 'Related', ...uRel,
    '© Alder House Counselling 2025',
  ],
};

export const HELDOUT631_F: readonly TestPage[] = [tableFees, hugoConfidential];
