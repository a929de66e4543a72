import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout590-kit.js';

/** Held-out batch 590, file f: an online tutoring company's tutor recruitment page on Webflow, and a retired teacher's table-layout tuition page. */
const wTitle = 'Teach with Fernhill';
const wDek = 'We are looking for experienced teachers and subject specialists to tutor secondary students online, from home, in hours that suit you.';
const wCards: [string, string][] = [
  ['Flexible hours', 'Set your own availability each week. Most of our tutors teach between six and fifteen hours.'],
  ['Fair pay', 'Start at £28 an hour for GCSE and £32 for A-level, rising after your first fifty lessons.'],
  ['Real support', 'A subject lead reviews your first three lessons and is on hand whenever you need a second opinion.'],
];
const wNeed = [
  j(
    'You need a degree in the subject you want to teach, at least two years of teaching or tutoring experience, and the right to',
    'work in the UK. A teaching qualification is welcome but not required.',
  ),
  j('Every tutor has an enhanced DBS check, which we arrange and pay for, and completes our safeguarding course before their first', 'lesson.'),
];
const wSteps = [
  'Apply online in about ten minutes.',
  'Join a thirty-minute video interview with a subject lead.',
  'Teach a short demo lesson.',
  'Complete your checks and start teaching.',
];
const wNav = ['For Parents', 'For Schools', 'Teach with us', 'Log in'];
const wLabels = ['Full name', 'Email', 'Subject', 'Tell us about your teaching'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 16 2027 09:12:44 GMT+0000
(Coordinated Universal Time) -->
<html data-wf-domain="www.fernhilltutoring.com" data-wf-page="65a1c2d3e4f5a6b7c8d9e0f1" data-wf-site="65a1c2d3e4f5a6b7c8d9e0a0"
lang="en"><head><meta charset="utf-8">
<title>Become a Tutor | Fernhill Tutoring</title><meta content="Tutor secondary students online with Fernhill." name="description">
<meta content="Become a Tutor | Fernhill Tutoring" property="og:title"><meta content="width=device-width, initial-scale=1"
name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a1c2d3e4f5a6b7c8d9e0a0/css/fernhill.webflow.3f2e1d0c.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7Q2W3E4R5T"></script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="container w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65a1c2d3e4f5a6b7c8d9e0a0/logo.svg"
loading="lazy" alt="Fernhill"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-section"><div class="w-layout-blockcontainer container w-container"><div class="eyebrow">Careers</div><h1
class="heading-xl">${wTitle}</h1>
<p class="paragraph-large">${wDek}</p><a href="#apply" class="button w-button">Apply now</a></div></section>
<section class="section"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid grid-3">
${wCards
  .map(
    ([h, p]) => `<div class="card"><img src="https://assets-global.website-files.com/65a1c2d3e4f5a6b7c8d9e0a0/icon.svg" loading="lazy" alt=""
class="card-icon"><h3 class="heading-sm">${h}</h3>
<p class="paragraph">${p}</p></div>`,
  )
  .join('\n')}</div></div></section>
<section class="section bg-light"><div class="w-layout-blockcontainer container w-container"><div class="rich-text w-richtext"><h2>What you
need</h2>${ps(wNeed)}
<h2>How it works</h2><ol role="list">${wSteps.map((t) => `<li>${t}</li>`).join('')}</ol></div></div></section>
<section id="apply" class="section"><div class="w-layout-blockcontainer container-small w-container"><h2 class="heading-md">Apply to tutor</h2>
<div class="form-block w-form"><form id="wf-form-Tutor-Application" name="wf-form-Tutor-Application" data-name="Tutor Application" method="get" class="form"
aria-label="Tutor Application">
${wLabels
  .map(
    (t, i) =>
      `<label for="field-${i}" class="field-label">${t}</label>${
        i === 3
          ? `<textarea id="field-${i}" name="field-${i}" maxlength="5000"
class="textarea w-input"></textarea>`
          : `<input class="text-field w-input" maxlength="256" name="field-${i}" type="text" id="field-${i}">`
      }`,
  )
  .join('\n')}
<input type="submit" data-wait="Please wait..." class="button w-button" value="Send application"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Tutor Application success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region"
aria-label="Tutor Application failure"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid"><div><div class="footer-heading">Fernhill
Tutoring</div>
<p class="footer-text">Online tutoring for Years 7 to 13.</p></div><div><div class="footer-heading">Company</div><a href="/about" class="footer-link">About</a>
<a href="/safeguarding" class="footer-link">Safeguarding</a><a href="/privacy" class="footer-link">Privacy</a></div></div>
<div class="footer-copyright">© 2027 Fernhill Tutoring Ltd. All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1c2d3e4f5a6b7c8d9e0a0" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65a1c2d3e4f5a6b7c8d9e0a0/js/webflow.8c1e2f3a.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout590-webflow-become-tutor',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [...wCards.map(([h]) => h), 'What you need', 'How it works'],
  body: texts([wDek, ...wCards.map(([, p]) => p), ...wNeed, ...wSteps]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'For Parents', 'For Schools', 'Teach with us', 'Log in', 'Careers', 'Apply now', 'Apply to tutor', 'Full name', 'Email', 'Tell us about your teaching',
    'Send application', 'Fernhill Tutoring', 'Online tutoring for Years 7 to 13.', 'Company', 'Privacy', '© 2027 Fernhill Tutoring Ltd. All rights reserved.',
  ],
};

const tTitle = 'Latin and Greek Tuition';
const tParts: [string, string[]][] = [
  [
    '',
    [
      j(
        'I taught Classics at Harwood Grammar School for thirty-one years and now offer private lessons in Latin and Ancient Greek',
        'at GCSE and A-level, and for adult beginners.',
      ),
    ],
  ],
  ['Lessons', ['Lessons take place at my home in Old Selby or by video call, on weekday afternoons and Saturday mornings.']],
  ['Fees', ['£35 for one hour. Reduced rates for small groups of two or three.']],
  ['Contact', ['Please telephone 01632 960 771 or write to the email address below. I reply within two days.']],
];
const tNav = ['Home', 'About me', 'Reading list', 'Links'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>E. R. Lowther - Latin and Greek Tuition</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="latin tutor, greek tutor, classics, GCSE latin, old selby"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFF0" text="#000000" link="#660000" vlink="#663333" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2" bgcolor="#660000" height="70">
<img src="images/header.gif" width="760" height="70" alt="E. R. Lowther, Classics Tutor"></td></tr>
<tr><td width="160" valign="top" bgcolor="#F5F0DC"><table width="100%" border="0" cellpadding="6" cellspacing="0">
${tNav
  .map(
    (t) => `<tr><td><font face="Verdana, Arial, Helvetica, sans-serif"
size="2"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></td></tr>`,
  )
  .join('\n')}
</table><p align="center"><img src="images/owl.gif" width="90" height="90" alt="owl"></p></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td>
<font face="Georgia, Times New Roman, serif" size="5" color="#660000"><b>${tTitle}</b></font>
${tParts
  .map(
    ([h, b]) =>
      `${
        h === ''
          ? ''
          : `<p><font face="Georgia, Times New Roman, serif" size="3"
color="#660000"><b>${h}</b></font></p>\n`
      }${ps(b.map((t) => `<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${t}</font>`))}`,
  )
  .join('\n')}
<p><font face="Verdana, Arial, Helvetica, sans-serif" size="2"><a href="mailto:er.lowther@oldselby-mail.co.uk">er.lowther@oldselby-mail.co.uk</a></font></p>
</td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#F5F0DC"><font face="Verdana, Arial, Helvetica, sans-serif" size="1">Page last updated 12/09/2026<br>
You are visitor number <img src="/cgi-bin/counter.gif?df=lowther"
alt="counter"> since March 2004<br>Best viewed at 1024 x 768</font></td></tr></table></body></html>`;
const tables: TestPage = {
  name: 'heldout590-table-layout-classics',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: tParts.map(([h]) => h).filter((h) => h !== ''),
  body: texts([...tParts.flatMap(([, b]) => b), 'er.lowther@oldselby-mail.co.uk']),
  bylines: ['Page last updated 12/09/2026'],
  furniture: ['About me', 'Reading list', 'Links', 'You are visitor number since March 2004', 'Best viewed at 1024 x 768'],
};

export const HELDOUT590_F: readonly TestPage[] = [webflow, tables];
