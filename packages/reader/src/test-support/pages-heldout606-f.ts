import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout606-kit.js';

/**
 * Held-out batch 606, file f: a French marble clock case study on a Webflow CMS template (back link, category, read time, CTA,
 * related collection list, form with hidden success and failure messages), and an old table-layout advice page of a clock
 * restorer (font tags, image nav with text links, hit counter, "last updated" line).
 */
const fTitle = 'A black marble mantel clock from Paris, 1885';
const fParas = [
  j(
    'Black slate and marble clocks were made in enormous numbers in France in the late nineteenth century, and they were bought',
    'as wedding and retirement presents across Europe. This one arrived with its original owner’s great-granddaughter, who',
    'remembered it striking in her grandmother’s sitting room.',
  ),
  'The case was intact but dull and grey, with a chip out of one corner of the base. The eight-day movement had been wound but would not run.',
];
const fHeads = ['The movement', 'The case', 'The result'];
const fMove = [
  j(
    'The movement is a standard Paris drum movement with a count wheel strike on a bell. Behind the dial we found a pencilled',
    'repair note from 1931 and a mainspring that had been replaced at least once. The escape wheel teeth were worn where the',
    'pallets had rubbed for a hundred years in the same place.',
  ),
  j(
    'We dressed the escape wheel teeth, replaced the pallet arbor bushes and fitted a new mainspring to the going side. The',
    'strike side spring was still good and was cleaned and refitted.',
  ),
];
const fCase = j(
  'Black marble cases were finished with wax blackened with lamp soot. Over time this turns grey and patchy. We cleaned the old',
  'wax off with a gentle solvent, filled the chip with a tinted resin and refinished the whole case with fresh black wax,',
  'buffed to a soft shine.',
);
const fQuote = '“It sounds exactly as I remember it. I had forgotten the bell had that little echo.”';
const fResult = 'The clock now keeps time to within two minutes a week and strikes the hours and half-hours on its bell.';
const fCap = 'The Paris movement after cleaning, with the count wheel on the back plate.';
const fNav = ['Home', 'Services', 'Journal', 'About', 'Contact'];
const fRelated = ['A Vienna regulator that lost its weights', 'Why we never polish brass dials', 'Our first skeleton clock restoration'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Mon May 04 2026 10:22:41 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.rowanclocks.example" data-wf-page="6634a1c2f0e5b17a9d2c4e11" data-wf-site="6634a1c2f0e5b17a9d2c4d80" lang="en"
data-wf-collection="6634a1c2f0e5b17a9d2c4e0a"
data-wf-item-slug="black-marble-mantel-clock-paris"><head><meta charset="utf-8"><title>${fTitle} | Rowan &amp; Vale Clocks</title>
<meta content="How we restored a black marble French mantel clock and its Paris movement." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/6634a1c2f0e5b17a9d2c4d80/css/rowan-vale.webflow.3f2e1d.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
</head><body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/6634/logo.svg" loading="lazy"
width="150" alt="Rowan &amp; Vale Clocks"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map((t) => `<a href="/${t === 'Home' ? '' : t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`)
  .join('')}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-post"><div class="w-layout-blockcontainer container-narrow w-container"><a href="/journal" class="back-link w-inline-block">
<div>← Back to
Journal</div></a><div class="post-category">Case Study</div><h1 class="post-heading">${fTitle}</h1><div class="post-meta">
<div class="post-date">May 2, 2026</div><div
class="post-read">5 min read</div></div><img src="https://assets-global.website-files.com/6634/hero-marble.jpg" loading="lazy" alt="" class="post-hero-image">
<div class="rich-text-block w-richtext">${ps(fParas)}<h2>${at(fHeads, 0)}</h2>${ps(fMove)}<figure style="max-width:1200pxpx" class="w-richtext-align-fullwidth
w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/6634/movement.jpg" loading="lazy" alt=""></div>
<figcaption>${fCap}</figcaption></figure>
<h2>${at(fHeads, 1)}</h2><p>${fCase}</p><h2>${at(fHeads, 2)}</h2><p>${fResult}</p><blockquote>${fQuote}</blockquote></div></div></section>
<section class="section-cta"><div class="w-layout-blockcontainer container w-container">
<h2 class="cta-heading">Have a clock that needs attention?</h2><p class="cta-text">Send
us a few photographs and we will reply with an estimate within a week.</p><a href="/contact" class="button w-button">Get an estimate</a></div></section>
<section class="section-related"><div class="w-layout-blockcontainer container w-container"><h2 class="related-heading">More from the workshop</h2>
<div class="w-dyn-list">
<div role="list" class="related-grid w-dyn-items">${fRelated
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/journal/x" class="related-card w-inline-block"><div class="related-title">${t}</div></a></div>`,
  )
  .join('')}</div></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid footer-grid"><div>
<div class="footer-heading">Visit</div>
<div class="footer-text">The Old Forge, Lantern Street, Hollinbridge</div></div><div><div class="footer-heading">Workshop notes by email</div>
<div class="footer-newsletter w-form">
<form id="email-form" name="email-form" data-name="Email Form" method="get" data-wf-page-id="6634a1c2f0e5b17a9d2c4e11" data-wf-element-id="a1b2c3d4"><input
class="w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email" type="email" id="email" required="">
<input type="submit" data-wait="Please wait..."
class="w-button" value="Subscribe"></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success">
<div>Thank you! Your submission has been
received!</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure">
<div>Oops! Something went wrong while submitting the form.</div>
</div></div></div></div><div class="footer-copyright">© 2026 Rowan &amp; Vale Clocks</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6634a1c2f0e5b17a9d2c4d80" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/6634a1c2f0e5b17a9d2c4d80/js/webflow.4b2c1a.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout606-webflow-marble-mantel-clock',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fHeads,
  body: texts([...fParas, ...fMove, fCase, fResult, fQuote]),
  bylines: ['May 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Services', 'Journal', 'About', 'Contact', '← Back to Journal', 'Case Study', '5 min read', fCap, 'Have a clock that needs attention?',
    'Send us a few photographs and we will reply with an estimate within a week.', 'Get an estimate', 'More from the workshop', ...fRelated, 'Visit',
    'The Old Forge, Lantern Street, Hollinbridge', 'Workshop notes by email', '© 2026 Rowan & Vale Clocks',
  ],
};

const tTitle = 'Moving Your Longcase Clock';
const tIntro = j(
  'A longcase (grandfather) clock will usually survive a house move without harm if it is taken apart in the right order. If you',
  'would rather not do it yourself, we offer a moving and setting up service within 30 miles of Abernethy Bridge.',
);
const tHeads = ['Taking the clock down', 'Setting it up again', 'Our charges'];
const tDown = [
  'Let the clock run down, or stop it with the weights near the bottom of their drop.',
  'Remove the hood by sliding it forwards (a few clocks have a hood that lifts up; look for a catch inside the trunk door).',
  'Unhook the pendulum carefully and wrap it flat. Never carry a clock with the pendulum attached.',
  'Lift off the weights and mark which is which. On a striking clock the heavier weight usually goes on the right.',
  'Lift the movement and dial off the seatboard together, holding the gut lines taut so they do not tangle.',
];
const tUp = j(
  'Stand the case on a level floor against a wall and screw it to the wall if you can. Replace the movement, then the weights,',
  'then the pendulum. Start the pendulum and listen to the tick: if it is uneven the clock is out of beat, and we are happy to',
  'talk you through correcting it over the telephone.',
);
const tCharges = [
  ['Take down and pack', '£60'],
  ['Move, set up and put in beat (up to 30 miles)', '£145'],
  ['Setting up only', '£75'],
];
const tNav = ['Home', 'About Us', 'Restoration', 'Clocks For Sale', 'Advice', 'Contact'];
const tNavCell = tNav
  .map(
    (t) => `<tr><td><img src="images/bullet_clock.gif" width="12" height="12" alt=""> <a href="${t.toLowerCase().replace(/ /g, '')}.htm"
class="navlink">${t}</a></td></tr>`,
  )
  .join('\n');
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Abernethy Clock Restoration - Moving Your Longcase Clock</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="longcase clock, grandfather clock, moving, clock restoration, Abernethy Bridge">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<link href="style.css" rel="stylesheet" type="text/css"><script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#E8DFC8" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="780" height="120" alt="Abernethy Clock Restoration"></td></tr>
<tr><td colspan="2" bgcolor="#5C3A1E" height="22" align="center">
<font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#F5E9CC">Restoring antique clocks
in Abernethy Bridge since 1979 &nbsp;|&nbsp; Tel: 01632 960 552</font></td></tr>
<tr><td width="170" valign="top" bgcolor="#F5E9CC"><table width="100%" border="0" cellspacing="0" cellpadding="6">
${tNavCell}
</table><br><div align="center"><font face="Verdana" size="1">You are visitor number<br><img src="/cgi-bin/counter.pl?df=advice.dat" alt="counter">
<br>004213</font></div></td>
<td width="610" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="15"><tr><td class="bodytext">
<h1 align="center"><font face="Georgia, Times New Roman, serif" color="#5C3A1E">${tTitle}</font></h1>
<p><font face="Verdana, Arial, Helvetica, sans-serif" size="2">${tIntro}</font></p>
<h3><font face="Georgia, Times New Roman, serif" color="#5C3A1E">${at(tHeads, 0)}</font></h3>
<ol>
${lis(tDown.map((t) => `<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${t}</font>`))}
</ol>
<h3><font face="Georgia, Times New Roman, serif" color="#5C3A1E">${at(tHeads, 1)}</font></h3>
<p><font face="Verdana, Arial, Helvetica, sans-serif" size="2">${tUp}</font></p>
<h3><font face="Georgia, Times New Roman, serif" color="#5C3A1E">${at(tHeads, 2)}</font></h3>
<table width="90%" border="1" cellpadding="4" cellspacing="0" bordercolor="#C9B78F">
${tCharges
  .map(
    ([a, b]) => `<tr><td><font face="Verdana" size="2">${a}</font></td><td align="right"><font face="Verdana" size="2">${b}</font></td>
</tr>`,
  )
  .join('\n')}
</table>
<p align="center"><a href="#top"><font face="Verdana" size="1">Back to top</font></a></p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#5C3A1E" align="center">
<font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#F5E9CC">&copy; 2002-2009 Abernethy Clock
Restoration. All rights reserved.<br>Page last updated 12 March 2009<br>Site by <a href="http://www.tayweb.example" target="_blank"><font color="#F5E9CC">Tayweb
Design</font></a> &nbsp;|&nbsp; Best viewed at 1024 x 768</font></td></tr>
</table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout606-table-layout-moving-longcase',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: texts([tIntro, ...tDown, tUp, ...tCharges.flat()]),
  bylines: ['Page last updated 12 March 2009'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Restoring antique clocks in Abernethy Bridge since 1979 | Tel: 01632 960 552', 'Home', 'About Us', 'Restoration', 'Clocks For Sale', 'Advice', 'Contact',
    'You are visitor number', '004213', 'Back to top', '© 2002-2009 Abernethy Clock Restoration. All rights reserved.', 'Site by Tayweb Design',
    'Best viewed at 1024 x 768',
  ],
};

export const HELDOUT606_F: readonly TestPage[] = [webflow, tableLayout];
