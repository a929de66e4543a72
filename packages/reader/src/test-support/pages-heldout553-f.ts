import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis, settle } from './pages-heldout553-kit.js';

/**
 * Held-out batch 553, file f: a county fair's "how to enter" page for open-class competitions on Webflow (hero section, rich
 * text block, FAQ accordion, form with hidden success and failure messages), and a village dog show page on an old hand-made
 * table layout (font tags, no h1, bold lines as section heads, visitor counter).
 */
const wTitle = 'Enter the open-class competitions';
const wHero = 'Anyone can enter, from first-timers to seasoned exhibitors. Here is how it works, step by step.';
const wStepsH = 'How to enter';
const wSteps = [
  'Find your classes in the Premium Book (Departments A to M) and note the class numbers.',
  'Register online by 11:59 p.m. on July 10. Entry is $2 a class; youth under 12 enter free.',
  'Print your exhibitor tags from the confirmation email and tie one to each exhibit.',
  'Bring exhibits to the Floral Hall on Monday, July 19, between 9:00 a.m. and 7:00 p.m.',
];
const wJudgeH = 'Judging and premiums';
const wJudge = [
  j(
    'Judging takes place on Tuesday morning with the hall closed to the public. Ribbons are on display when the gates open at noon.',
    'Premiums are paid by check, mailed within 30 days of the fair.',
  ),
];
const wFaqH = 'Frequently asked questions';
const wFaq = [
  'Can I enter more than one item in a class?',
  'No. Each exhibitor may enter one item per class, but you can enter as many classes as you like.',
  'Do I have to be a Tamber County resident?',
  'No. Open classes are open to residents of any county in the state.',
];
const wNav = ['Visit', 'Schedule', 'Competitions', 'Vendors', 'Sponsors'];
const wFoot = ['Contact', 'Accessibility', 'Fairgrounds rental', 'Board of directors'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Jun 07 2027 14:02:11 GMT+0000 -->
<html data-wf-domain="www.tambercountyfair.com" data-wf-page="64a7e1c0b2d4" data-wf-site="64a7e1c0b2a1" lang="en"><head><meta charset="utf-8"/>
<title>Enter the Competitions | Tamber County Fair</title>
<meta content="How to enter the open-class competitions at the Tamber County Fair." name="description"/>
<meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/>
<link href="https://assets-global.website-files.com/64a7e1c0b2a1/css/tambercountyfair.webflow.shared.4c2f.css" rel="stylesheet" type="text/css"/>
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
</head><body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container">
<a href="/" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/64a7e1c0b2a1/logo.svg" loading="lazy" alt="Tamber County Fair" class="logo"/></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="/tickets" class="button nav-button w-button">Get tickets</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="hero-section inner-hero"><div class="w-layout-blockcontainer container w-container"><div class="eyebrow">July 20–24, 2027</div>
<h1 class="heading-hero">${wTitle}</h1><p class="paragraph-hero">${wHero}</p><a href="/premium-book.pdf" class="button w-button">Download the Premium Book</a>
</div></section>
<section class="section"><div class="w-layout-blockcontainer container-narrow w-container"><div class="rich-text-block w-richtext">
<h2>${wStepsH}</h2><ol role="list">${lis(wSteps)}</ol><h2>${wJudgeH}</h2>${ps(wJudge)}</div>
<h2 class="faq-heading">${wFaqH}</h2><div class="faq-wrapper">
${[0, 2]
  .map(
    (i) => `<div data-w-id="8f1c${i}" class="faq-item"><div class="faq-question"><div class="faq-q-text">${wFaq[i]}</div>
<img src="https://assets-global.website-files.com/64a7e1c0b2a1/plus.svg"
loading="lazy" alt="" class="faq-icon"/></div><div style="height:0px" class="faq-answer"><p class="faq-a-text">${wFaq[i + 1]}</p></div></div>`,
  )
  .join('\n')}</div></div></section>
<section class="section cta-section"><div class="w-layout-blockcontainer container w-container"><h2 class="cta-heading">Exhibitor news</h2>
<p>Deadline reminders and results, straight to your inbox.</p><div class="w-form">
<form id="email-form" name="email-form" data-name="Email Form" method="get" class="cta-form"
aria-label="Email Form"><label for="email" class="field-label">Email address</label>
<input class="text-field w-input" maxlength="256" name="email" data-name="Email"
placeholder="" type="email" id="email" required=""/><input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"/></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div>
</section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-grid"><div class="footer-col">
<div class="footer-brand">Tamber County Fair</div>
<p class="footer-text">Tamber County Fairgrounds, 4100 Route 9, Ashby Falls</p></div>
<div class="footer-col">${wFoot.map((t) => `<a href="/${t.length}" class="footer-link">${t}</a>`).join('')}
</div></div><div class="footer-legal">© 2027 Tamber County Agricultural Association</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64a7e1c0b2a1" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/64a7e1c0b2a1/js/webflow.8d2c1f.js" type="text/javascript"></script></body></html>`;
const webflowEnter: TestPage = settle({
  name: 'heldout553-webflow-fair-how-to-enter',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [wStepsH, wJudgeH, wFaqH],
  body: [wHero, ...wSteps, ...wJudge, ...wFaq],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Get tickets', 'July 20–24, 2027', 'Download the Premium Book', 'Exhibitor news', 'Deadline reminders and results, straight to your inbox.',
    'Email address', 'Tamber County Fair', 'Tamber County Fairgrounds, 4100 Route 9, Ashby Falls', ...wFoot, '© 2027 Tamber County Agricultural Association',
  ],
});

const tTitle = 'Nether Wyke Fun Dog Show 2027';
const tIntro = j(
  'Our fun dog show is back on Sunday 4th July on the playing field behind the Wheatsheaf, in aid of the Village Hall. Registration',
  'from 1pm, first class at 2pm. Entries 50p per class on the day. Rosettes to 4th place in every class!',
);
const tClassH = 'Classes';
const tClasses = [
  '1. Waggiest tail',
  '2. Prettiest girl',
  '3. Most handsome dog',
  '4. Dog the judge would most like to take home',
  '5. Best veteran (8 years and over)',
  '6. Best trick',
  '7. Child handler (under 14)',
];
const tNoteH = 'Please note';
const tNote = [
  'All dogs must be kept on a lead and owners must clear up after their dogs. Bags are available at the secretary’s table.',
  'Judge this year is Mrs Joan Tebbit from Upper Wyke Kennels. Refreshments in the marquee, and the Wheatsheaf will be open.',
];
const tLeft = ['Home', 'Village News', 'Dog Show', 'Parish Church', 'Wheatsheaf Inn', 'Photos', 'Links', 'Guestbook'];
const tCopy = j(
  '<font color="#FFFFFF">&copy; Nether Wyke Village Website 2001-2027 | Webmaster:',
  '<a href="mailto:webmaster@netherwyke.org.uk"><font color="#FFFFFF">webmaster@netherwyke.org.uk</font></a></font>',
);
const tFont = (html: string, size = '2'): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="${size}">${html}</font>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Nether Wyke Village - Dog Show</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="nether wyke, village, dog show, fete, wheatsheaf"><meta name="GENERATOR" content="Microsoft FrontPage 4.0">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFCC" text="#000000" link="#006600" vlink="#336633" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" bgcolor="#336633" height="80"><img src="images/banner.gif" width="760" height="80" alt="Nether Wyke Village Website"></td></tr>
<tr><td colspan="2" bgcolor="#CCCC99" align="right">${tFont('<b>Welcome to Nether Wyke - the friendliest village in the Wyke valley!</b>', '1')}</td></tr>
<tr><td width="150" valign="top" bgcolor="#CCCC99"><table width="100%" border="0" cellpadding="4">
${tLeft.map((t) => `<tr><td>${tFont(`<a href="${t.toLowerCase().replace(/\W+/g, '')}.htm">${esc(t)}</a>`)}</td></tr>`).join('\n')}
</table><br><center><img src="images/counter.gif" alt=""><br>${tFont('You are visitor number 004213', '1')}</center></td>
<td width="610" valign="top" bgcolor="#FFFFFF"><table width="100%" border="0" cellpadding="12"><tr><td>
${tFont(`<b>${tTitle}</b>`, '5')}<br><br>
${tFont(tIntro)}<br><br>
<img src="images/dogshow2025.jpg" width="300" height="200" align="right" hspace="8" alt="2025 dog show">
${tFont(`<b>${tClassH}</b>`, '3')}<br>
${tFont(tClasses.join('<br>\n'))}<br><br>
${tFont(`<b>${tNoteH}</b>`, '3')}<br>
${tNote.map((p) => tFont(p)).join('<br><br>\n')}<br><br>
${tFont('<i>Last updated 12/06/2027</i>', '1')}
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#336633" align="center">
${tFont(tCopy, '1')}<br>
${tFont('<font color="#CCCC99">Best viewed at 800 x 600 in Internet Explorer</font>', '1')}</td></tr>
</table></body></html>`;
const tableDogShow: TestPage = settle({
  name: 'heldout553-table-layout-dog-show',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [tClassH, tNoteH],
  body: texts([tIntro, ...tClasses, ...tNote]),
  bylines: ['Last updated 12/06/2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Welcome to Nether Wyke - the friendliest village in the Wyke valley!', ...tLeft, 'You are visitor number 004213',
    '© Nether Wyke Village Website 2001-2027 | Webmaster: webmaster@netherwyke.org.uk', 'Best viewed at 800 x 600 in Internet Explorer',
  ],
});

export const HELDOUT553_F: readonly TestPage[] = [webflowEnter, tableDogShow];
