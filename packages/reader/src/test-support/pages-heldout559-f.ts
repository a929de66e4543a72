import { links, type TestPage, texts } from './page-kit.js';
import { esc, j, lis, rowText, tr } from './pages-heldout559-kit.js';

/**
 * Held-out batch 559, file f: an intensive course page built in Webflow (hero, course cards, FAQ accordion, testimonial
 * slider and a call-to-action band), and an old table-layout instructor's site with pass rates, a marquee and a hit counter.
 */
const fTitle = 'Intensive Driving Courses in Stourcombe';
const fHero = 'Go from first lesson to test day in as little as two weeks, with one instructor, one car and a test date booked for you.';
const fWhy = [
  j(
    'An intensive course packs your lessons into a few days or weeks instead of spreading them over months. Because you drive every',
    'day, you forget less between lessons, and most pupils need fewer hours in total.',
  ),
  j(
    'Before you book, we give you a free one hour assessment drive so we can recommend the right course. If you have never driven',
    'before, we will be honest: a 40 hour course over four weeks is more realistic than a week.',
  ),
];
const fCourses = [
  ['Refresher', '£420', ['10 hours over 3 days', 'For pupils who have had lessons before', 'Mock test on the last day']],
  ['Semi-Intensive', '£980', ['25 hours over 2 weeks', 'Test booked for the end of week two', 'Car for test included']],
  ['Complete Beginner', '£1,560', ['40 hours over 4 weeks', 'Theory test support included', 'Two mock tests with a different instructor']],
] as const;
const fFaq = [
  [
    'Do I need to have passed my theory test?',
    'Yes. You need a theory test pass certificate before we can book your practical test, so pass it before your course starts.',
  ],
  ['What if I fail the test at the end?', 'We will book the next available test and give you a two hour top-up lesson before it at half price.'],
  ['Can I take the course in an automatic?', 'Yes, all three courses are available in manual or automatic cars at the same price.'],
] as const;
const fNav = ['Lessons', 'Intensive Courses', 'Instructors', 'Reviews'];
const fFoot = ['Privacy', 'Terms', 'Careers'];
const fCards = fCourses
  .map(
    ([name, price, items]) => `<div class="course-card"><div class="course-card-top"><h3 class="course-title">${name}</h3>
<div class="course-price">${price}</div></div><div class="course-rich-text w-richtext"><ul role="list">${lis(items)}</ul></div>
<a href="/book?course=${name.length}" class="button-secondary w-button">Choose course</a></div>`,
  )
  .join('\n');
const fFaqHtml = fFaq
  .map(
    ([q, a], i) => `<div data-w-id="9c1e${i}" class="faq-item"><div class="faq-question"><h3 class="faq-q-text">${q}</h3>
<img src="https://cdn.prod.website-files.com/65e1/65e2_plus.svg" loading="lazy" alt="" class="faq-icon"></div>
<div style="height:0px" class="faq-answer"><p class="faq-a-text">${a}</p></div></div>`,
  )
  .join('\n');
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Apr 07 2025 10:14:22 GMT+0000 -->
<html data-wf-domain="www.stourcombedriving.co.uk" data-wf-page="65f0a2c3d4e5f6a7b8c9d0e1" data-wf-site="65e0a1b2c3d4e5f6a7b8c9d0" lang="en"><head>
<meta charset="utf-8"><title>Intensive Driving Courses | Stourcombe Driving Centre</title>
<meta content="Pass in as little as two weeks with an intensive driving course in Stourcombe." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/65e0a1b2c3d4e5f6a7b8c9d0/css/stourcombe-driving.webflow.5f1c2a.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${fFaq[0][0]}"}]}</script>
</head>
<body><div data-animation="default" class="navbar w-nav" data-easing2="ease" data-easing="ease" data-collapse="medium" role="banner" data-no-scroll="1"
data-duration="400" data-doc-height="1"><div class="nav-container w-container"><a href="/" class="brand w-nav-brand">
<img src="https://cdn.prod.website-files.com/65e1/logo.svg"
loading="lazy" alt="Stourcombe Driving Centre"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map((t) => `<a href="/${t.length}" class="nav-link w-nav-link${t === 'Intensive Courses' ? ' w--current' : ''}">${t}</a>`)
  .join('')}<a href="/book" class="button-nav w-button">Book now</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero"><div class="w-layout-blockcontainer container w-container"><h1 class="heading-hero">${fTitle}</h1>
<p class="paragraph-hero">${fHero}</p><a href="#courses" class="button w-button">See courses</a></div></section>
<section class="section"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-section">Why learn intensively?</h2>
${fWhy.map((t) => `<p class="paragraph-large">${t}</p>`).join('\n')}</div></section>
<section id="courses" class="section section-grey"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-section">Our courses</h2>
<div class="w-layout-grid grid-courses">${fCards}</div></div></section>
<section class="section"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-section">Frequently asked questions</h2>
<div class="faq-wrapper">${fFaqHtml}</div></div></section>
<section class="section-testimonials"><div class="w-layout-blockcontainer container w-container"><div class="eyebrow">Pupil stories</div>
<div data-delay="4000" data-animation="slide" class="testimonial-slider w-slider" data-autoplay="true" role="region" aria-label="carousel">
<div class="w-slider-mask">
<div class="w-slide" aria-label="1 of 2" role="group">
<p class="testimonial-text">Passed first time after the two week course. Could not recommend them more.</p>
<div class="testimonial-name">Priyanka S.</div></div><div class="w-slide" aria-label="2 of 2" role="group" aria-hidden="true" style="visibility:hidden">
<p class="testimonial-text">Patient instructors and a brilliant plan for the test week.</p><div class="testimonial-name">Owen T.</div></div></div>
<div class="w-slider-arrow-left" role="button" aria-label="previous slide"><div class="w-icon-slider-left"></div></div><div class="w-slider-nav w-round">
</div></div>
</div></section>
<section class="section-cta"><div class="w-layout-blockcontainer container w-container"><h2 class="heading-cta">Ready to book your assessment drive?</h2>
<a href="/book" class="button-white w-button">Book a free assessment</a></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container">
<div class="footer-text">Stourcombe Driving Centre, 2 Canal Wharf, Stourcombe</div>
<div class="footer-links">${fFoot.map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`).join('')}</div>
<div class="footer-copyright">© 2025 Stourcombe Driving Centre</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65e0a1b2c3d4e5f6a7b8c9d0" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.com/65e0a1b2c3d4e5f6a7b8c9d0/js/webflow.4b7c1e2a.js" type="text/javascript"></script></body></html>`;
const webflowCourses: TestPage = {
  name: 'heldout559-webflow-intensive-courses',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['Why learn intensively?', 'Our courses', ...fCourses.map((c) => c[0]), 'Frequently asked questions', ...fFaq.map((f) => f[0])],
  body: [fHero, ...fWhy, ...fCourses.flatMap((c) => [c[1], ...c[2]]), ...fFaq.map((f) => f[1])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Intensive Courses', 'Instructors', 'Reviews', 'Book now', 'See courses', 'Choose course', 'Pupil stories',
    'Passed first time after the two week course. Could not recommend them more.', 'Priyanka S.', 'Ready to book your assessment drive?',
    'Book a free assessment', 'Stourcombe Driving Centre, 2 Canal Wharf, Stourcombe', ...fFoot, '© 2025 Stourcombe Driving Centre',
  ],
};

const tTitle = 'Pass Rates & Areas Covered';
const tIntro = j(
  'I am a fully qualified Driving Standards Agency Approved Driving Instructor with over 20 years experience. Below are my pass',
  'rates for the last three years and the areas I cover. All figures are from my own records of every test my pupils have taken.',
);
const tHead = ['Year', 'Tests', 'Passes', 'First Time', 'Pass Rate'];
const tRows = [
  ['2008', '71', '52', '38', '73%'],
  ['2009', '68', '51', '40', '75%'],
  ['2010', '74', '58', '45', '78%'],
];
const tNote = 'The national average pass rate in 2010 was around 44%.';
const tAreas = ['Wexcombe', 'Little Wexcombe', 'Harnley & Harnley Green', 'Cotterstock', 'Brinkley (weekdays only)'];
const tMore = j(
  'I can also pick up from Wexcombe Sixth Form College and the Bridgend Road industrial estate. If your area is not listed,',
  'please give me a ring and I will do my best to help.',
);
const tNav = ['Home', 'About Me', 'Prices', 'Pass Rates', 'Pass Plus', 'Useful Links', 'Contact'];
const tFont = (s: string): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${s}</font>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Ray Castell School of Motoring - Pass Rates &amp; Areas Covered - Driving Lessons Wexcombe</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="driving lessons wexcombe, driving instructor wexcombe, driving school, pass plus, cheap driving lessons">
<meta name="description" content="Ray Castell School of Motoring - pass rates and areas covered">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script>
<style type="text/css"><!-- body { background-image: url(images/bg.gif); } .nav { color: #FFFFFF; text-decoration: none; font-weight: bold; } --></style></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_on.gif')">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.jpg" width="760" height="120" alt="Ray Castell School of Motoring - Tel 01632 960772"></td></tr>
<tr><td colspan="2" bgcolor="#FFCC00"><marquee scrollamount="3">${tFont('<b>Now taking bookings for the summer holidays!</b>')}</marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#003366"><table width="100%" border="0" cellspacing="0" cellpadding="6">
${tNav.map((t) => `<tr><td>${tFont(`<a href="${t.toLowerCase().replace(/ /g, '')}.htm" class="nav">${t}</a>`)}</td></tr>`).join('\n')}
<tr><td><br>${tFont('<font color="#FFFFFF">Call Ray on<br><b>01632 960772</b><br>or<br><b>07700 900146</b></font>')}</td></tr>
<tr><td><img src="images/dsa_logo.gif" width="140" height="60" alt="DSA Approved"></td></tr></table></td>
<td width="600" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="15"><tr><td>
<h1><font face="Verdana, Arial, Helvetica, sans-serif" color="#003366">${esc(tTitle)}</font></h1>
<p>${tFont(tIntro)}</p>
<h3><font face="Verdana, Arial, Helvetica, sans-serif" color="#003366">My Pass Rates</font></h3>
<table width="90%" border="1" cellspacing="0" cellpadding="4" bordercolor="#003366">
${tr(tHead, 'th')}
${tRows.map((r) => tr(r)).join('\n')}
</table>
<p>${tFont(`<i>${tNote}</i>`)}</p>
<h3><font face="Verdana, Arial, Helvetica, sans-serif" color="#003366">Areas Covered</font></h3>
<ul>${lis(tAreas.map((a) => tFont(esc(a))))}</ul>
<p>${tFont(tMore)}</p>
<p align="center"><img src="images/car.jpg" width="300" height="180" alt="My tuition car"><br>${tFont('<i>My current tuition car, a Vauxhall Corsa</i>')}</p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center">
<p>${tFont(`<font color="#FFFFFF">${tNav.map((t) => `<a href="#" class="nav">${t}</a>`).join(' | ')}</font>`)}</p>
<p>${tFont('<font color="#FFFFFF" size="1">&copy; Ray Castell School of Motoring 2004-2011</font>')}</p>
<p>${tFont('<font color="#FFFFFF" size="1">Page last updated: 14/02/2011</font>')}</p>
<p><img src="http://counter.digits.net/?counter={a7b3c1}&amp;template=simple" alt="hit counter" border="0"> ${tFont(
  '<font color="#FFFFFF" size="1">visitors since March 2004</font>',
)}</p>
<p>${tFont('<font color="#CCCCCC" size="1">Best viewed at 1024x768 in Internet Explorer 6 or above. Site by WebWizard Designs</font>')}</p></td></tr>
</table></body></html>`;
const tableSite: TestPage = {
  name: 'heldout559-table-layout-pass-rates',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: ['My Pass Rates', 'Areas Covered'],
  body: texts([tIntro, ...tRows.map(rowText), tNote, ...tAreas, tMore]),
  bylines: ['Page last updated: 14/02/2011'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Now taking bookings for the summer holidays!', 'Home', 'About Me', 'Prices', 'Pass Plus', 'Useful Links', 'Contact',
    'Call Ray on 01632 960772 or 07700 900146',
    'My current tuition car, a Vauxhall Corsa', '© Ray Castell School of Motoring 2004-2011', 'visitors since March 2004',
    'Best viewed at 1024x768 in Internet Explorer 6 or above. Site by WebWizard Designs',
  ],
};

export const HELDOUT559_F: readonly TestPage[] = [webflowCourses, tableSite];
