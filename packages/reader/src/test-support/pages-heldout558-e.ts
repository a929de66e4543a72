import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, row, tr } from './pages-heldout558-kit.js';

/**
 * Held-out batch 558, file e: a drum school's course page on Webflow (w- classes, CMS collection list) and a family music
 * shop's repair price list in an old table layout (FrontPage era, font tags and spacer images).
 */
const wTitle = 'Beginner Drum Course';
const wDek = 'Ten weeks, one kit each, no experience needed.';
const wBody = [
  j(
    'Our beginner course is for teenagers and adults who have never sat behind a kit. Classes are capped at four students, and',
    'every student gets their own electronic kit with headphones, so nobody waits for a turn.',
  ),
  j(
    'By week ten you will be able to play a steady rock beat, a shuffle and a few fills, read simple drum notation, and play',
    'along with a full band track at our end of course jam night.',
  ),
  'What you will learn',
  'Grip, posture and setting up the kit',
  'Reading rhythms up to sixteenth notes',
  'Rock, pop and funk grooves',
  'Fills and crash endings',
  'Course details',
  'Tuesdays, 7pm to 8pm, from 14 September. The course costs £180, sticks and a practice pad included.',
];
const wNav = ['Courses', 'Private lessons', 'Studio hire', 'Team', 'Contact'];
const wOther = ['Intermediate Grooves', 'Kids Drum Club', 'Cajon for Beginners'];
const wHtml = `<!DOCTYPE html><!--  This site was created in Webflow. https://webflow.com  -->
<!--  Last Published: Mon Jul 19 2027 10:12:44 GMT+0000 (Coordinated Universal Time)  -->
<html data-wf-domain="www.backbeatdrumschool.com" data-wf-page="64b2c8e1a0f3d25e9c7a1b42" data-wf-site="64b2c8e1a0f3d25e9c7a1b10"
data-wf-collection="64b2c8e1a0f3d25e9c7a1b55"
data-wf-item-slug="beginner-drum-course"><head><meta charset="utf-8"><title>Beginner Drum Course | Backbeat Drum School</title>
<meta content="${wDek}" name="description"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/64b2c8e1a0f3d25e9c7a1b10/css/backbeat.webflow.4c2e7a1d9.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"
,("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"${wTitle}","provider":{"@type":"Organization"
,"name":"Backbeat Drum School"}}</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img
src="https://assets-global.website-files.com/64b2c8e1a0f3d25e9c7a1b10/backbeat-logo.svg" loading="lazy"
alt="Backbeat Drum School" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/book" class="button nav-button w-button">Book a free taster</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-course"><div class="container w-container"><div class="course-tag">Course</div><h1 class="heading-xl">${wTitle}</h1>
<p class="subheading">${wDek}</p></div></section>
<section class="section"><div class="container w-container"><div class="w-layout-grid grid-course"><div class="course-rich-text w-richtext">
${ps(wBody.slice(0, 2))}<h3>${wBody[2]}</h3><ul role="list">${lis(wBody.slice(3, 7))}</ul><h3>${wBody[7]}</h3>${ps([wBody[8] ?? ''])}</div>
<div class="course-card"><div class="course-card-price">£180</div><div class="course-card-label">10 weeks</div><a href="/book?course=beginner"
class="button w-button">Reserve a place</a>
<div class="w-embed"><style>.course-card{position:sticky;top:120px;}</style></div></div></div></div></section>
<section class="section bg-dark"><div class="container w-container"><h2 class="heading-l">Other courses</h2><div class="w-dyn-list"><div role="list"
class="course-list w-dyn-items">
${wOther
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/courses/${t.toLowerCase().replace(/ /g, '-')}" class="course-link w-inline-block"><div
class="course-name">${t}</div></a></div>`,
  )
  .join('\n')}
</div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-text">Unit 4, Tannery Yard, Oxwell</div><div
class="footer-text">© Backbeat Drum School 2027</div>
<a href="https://webflow.com/?utm_campaign=brandjs" class="w-webflow-badge" style="display:none"><img
src="https://d3e54v103j8qbb.cloudfront.net/img/webflow-badge-text.svg"
alt="Made in Webflow"></a></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64b2c8e1a0f3d25e9c7a1b10" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/64b2c8e1a0f3d25e9c7a1b10/js/webflow.a1b2c3d4e.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout558-webflow-drum-course',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [wBody[2] ?? '', wBody[7] ?? ''],
  body: texts([wDek, ...wBody.filter((_, i) => i !== 2 && i !== 7)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Book a free taster', '10 weeks', 'Reserve a place', 'Other courses', ...wOther, 'Unit 4, Tannery Yard, Oxwell',
    '© Backbeat Drum School 2027',
  ],
};

const tTitle = 'Band Instrument Repairs - Price List';
const tIntro = j(
  'All repairs are done on the premises by Dennis Morrow, who has been repairing woodwind and brass for over 35 years.',
  'Prices include VAT. Most jobs are ready within one week. Schools get 10% off all repairs during the summer holidays.',
);
const tWood = [
  ['Flute - clean, oil and adjust', '£45.00'],
  ['Flute - full repad', 'from £220.00'],
  ['Clarinet - replace single pad', '£12.00'],
  ['Clarinet - full service', '£85.00'],
  ['Saxophone - full service', '£140.00'],
];
const tBrass = [
  ['Trumpet / cornet - chemical clean', '£40.00'],
  ['Free stuck mouthpiece', '£10.00'],
  ['Solder loose brace', 'from £18.00'],
  ['Dent removal', 'from £25.00'],
];
const tNote = 'Estimates are free. Please phone before bringing in large instruments such as tubas and baritone saxophones.';
const tNav = ['Home', 'New Instruments', 'Used Instruments', 'Repairs', 'Sheet Music', 'How To Find Us'];
const tTable = (rows: string[][]): string =>
  `<table border="1" cellpadding="4" cellspacing="0" width="100%" bordercolor="#999999">\n<tr bgcolor="#CCCCFF"><th align="left"><font face="Arial"
size="2">Job</font></th>
<th align="right"><font face="Arial" size="2">Price</font></th></tr>\n${rows.map((r) => tr(r)).join('\n')}</table>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><meta name="keywords" content="instrument repairs, flute repair, clarinet repair, Hadleigh Vale">
<title>Morrow's Music - Repairs</title><style><!-- td { font-family: Arial; font-size: 10pt } --></style></head>
<body bgcolor="#FFFFF0" link="#000080" vlink="#800080"><table border="0" width="760" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" bgcolor="#000080"><img border="0" src="images/logo.gif" width="400" height="70" alt="Morrow's Music"></td></tr>
<tr><td colspan="2" bgcolor="#000080"><font color="#FFFFFF" face="Arial" size="2"><b>12 Church Street, Hadleigh Vale - Tel 01632 960 771</b></font></td></tr>
<tr><td width="150" valign="top" bgcolor="#E0E0F8"><img src="images/spacer.gif" width="150" height="10"><br>
${tNav.map((t) => `<font face="Arial" size="2">&nbsp;<a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font><br>`).join('\n')}
<br><font face="Arial" size="1">&nbsp;Open Mon-Sat 9-5.30<br>&nbsp;Closed Wednesday pm</font></td>
<td width="610" valign="top"><img src="images/spacer.gif" width="10" height="10"><br><h1><font face="Arial" color="#000080">${tTitle}</font></h1>
<p><font face="Arial" size="2">${tIntro}</font></p><h3><font face="Arial">Woodwind</font></h3>${tTable(tWood)}
<h3><font face="Arial">Brass</font></h3>${tTable(tBrass)}<p><font face="Arial" size="2">${tNote}</font></p>
<p align="center"><font face="Arial" size="1"><a href="#top">Back to top</a></font></p></td></tr>
<tr><td colspan="2" align="center"><hr size="1" color="#000080"><font face="Arial" size="1">© Morrow's Music 1998-2026. Last updated 3rd January 2026.<br>
You are visitor number <img src="/cgi-bin/counter.pl?page=repairs" alt="counter"></font></td></tr></table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout558-table-layout-repairs',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: ['Woodwind', 'Brass'],
  body: texts([tIntro, ...tWood.map(row), ...tBrass.map(row), tNote]),
  bylines: ['Last updated 3rd January 2026.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '12 Church Street, Hadleigh Vale - Tel 01632 960 771', 'Home', 'New Instruments', 'Used Instruments', 'Sheet Music', 'How To Find Us',
    'Open Mon-Sat 9-5.30',
    'Closed Wednesday pm', 'Back to top', "© Morrow's Music 1998-2026.", 'You are visitor number',
  ],
};

export const HELDOUT558_E: readonly TestPage[] = [webflow, tableLayout];
