import { ps, type TestPage } from './page-kit.js';
import { at, j, lis, rowTexts, tidy, trs } from './pages-heldout566-kit.js';

/**
 * Held-out batch 566, file f: a honey brand's journal post on Webflow (CMS collection template) with a shop call-out, a
 * newsletter form and related posts, and a district beekeepers' honey show schedule on an old hand-made table layout.
 */
const vTitle = 'Five late-summer plants that keep bees going into autumn';
const vBody = [
  j(
    'By the end of July most gardens have gone quiet for bees. The spring blossom is long over, the lime has finished and the borders',
    'are full of plants bred for colour rather than nectar. A few late flowers can make a real difference to colonies building up their',
    'winter stores.',
  ),
  '1. Ivy',
  j(
    'Nothing else comes close in September and October. Leave flowering ivy on walls and old trees; the honey it makes sets rock hard,',
    'but the bees need it far more than we do.',
  ),
  '2. Michaelmas daisy',
  'Choose single-flowered varieties. The doubles look fuller but the bees cannot reach the nectar.',
  '3. Sedum',
  'Flat heads of pink flowers that honey bees and bumble bees work from August until the first frost.',
  '4. Borage',
  'Sow it in June for late flowers. It refills with nectar every couple of minutes, which is why the bees keep returning to it.',
  '5. Single dahlias',
  j('Open-centred dahlias such as the old bishop types are full of pollen. Deadhead them every week and they will flower until', 'October.'),
];
const vNav = ['Shop', 'Our apiaries', 'Journal', 'Stockists', 'Contact'];
const vRel = ['Why our spring honey sets so quickly', 'A year at the Fernhope apiary'];
const vFoot = ['Wholesale', 'Shipping', 'Terms', 'Privacy'];
const vHtml = `<!DOCTYPE html><!-- Last Published: Tue Aug 18 2026 09:12:44 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.goldenfernhoney.com" data-wf-page="64f1a2b3c4d5e6f708192a3b" data-wf-site="64e0a1b2c3d4e5f607182930" lang="en"
data-wf-collection="64f1a2b3c4d5e6f708192a40" data-wf-item-slug="five-late-summer-plants"><head><meta charset="utf-8"><title>${vTitle} | Golden Fern
Honey</title>
<meta content="Ivy, Michaelmas daisies, sedum, borage and single dahlias: five flowers for late-season bees." name="description">
<meta content="${vTitle}" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/64e0a1b2c3d4e5f607182930/css/golden-fern-honey.webflow.a1b2c3d4e.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script><link href="https://assets-global.website-files.com/64e0a1b2c3d4e5f607182930/favicon.png"
rel="shortcut icon" type="image/x-icon"></head><body>
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container
w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/64e0a1b2c3d4e5f607182930/logo.svg" loading="lazy"
alt="Golden Fern
Honey" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${vNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link
w-nav-link${t === 'Journal' ? ' w--current' : ''}">${t}</a>`,
  )
  .join('')}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div>
</div></div></div>
<div class="section journal-hero"><div class="container w-container"><a href="/journal-categories/garden" class="category-pill w-inline-block">
<div>Garden</div></a>
<h1 class="journal-title">${vTitle}</h1><div class="journal-meta"><div class="text-block-12">Written by</div><div class="author-name">Esther Lanyon</div>
<div class="dot-divider"></div><div class="journal-date">August 18, 2026</div></div><img
src="https://assets-global.website-files.com/64f1a2b3c4d5e6f708192a40/sedum.jpg"
loading="lazy" alt="" sizes="(max-width: 767px) 92vw, 940px" class="journal-hero-image"></div></div>
<div class="section"><div class="container-narrow w-container"><div class="journal-body w-richtext">${ps(at(vBody, 0))}
${[1, 3, 5, 7, 9].map((i) => `<h3>${vBody[i]}</h3><p>${vBody[i + 1]}</p>`).join('\n')}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://assets-global.website-files.com/64f1a2b3c4d5e6f708192a40/ivy.jpg"
loading="lazy" alt=""></div><figcaption>Ivy flowers in October at our Fernhope apiary.</figcaption></figure></div>
<div class="shop-callout"><div class="callout-heading">Taste the late season</div><p class="callout-text">Our autumn ivy and heather blend is back in
stock for a few
weeks only.</p><a href="/product/autumn-blend" class="button w-button">Shop the autumn blend</a></div></div></div>
<div class="section related-section"><div class="container w-container"><h2 class="related-heading">More from the journal</h2><div class="w-dyn-list">
<div role="list"
class="related-grid w-dyn-items">${vRel
  .map(
    (t, i) => `<div role="listitem" class="w-dyn-item"><a href="/journal/r${i}" class="related-card
w-inline-block"><img
src="https://assets-global.website-files.com/64f1a2b3c4d5e6f708192a40/r${i}.jpg" loading="lazy" alt="" class="related-image"><div
class="related-title">${t}</div>
<div class="related-date">${['July 2, 2026', 'May 27, 2026'][i]}</div></a></div>`,
  )
  .join('')}</div></div></div></div>
<div class="section newsletter"><div class="container w-container"><h2 class="newsletter-heading">Notes from the hives</h2><p
class="newsletter-text">A short letter
each season, and first word when a new harvest is jarred.</p><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get"
class="newsletter-form" data-wf-page-id="64f1a2b3c4d5e6f708192a3b" data-wf-element-id="9c1e2f3a-4b5c-6d7e-8f90-a1b2c3d4e5f6"><input class="text-field w-input"
maxlength="256" name="email" data-name="Email" placeholder="Your email address" type="email" id="email" required=""><input type="submit"
data-wait="Please wait..."
class="submit-button w-button" value="Subscribe"></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success">
<div>Thank you! Your
submission has been received!</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something
went wrong while
submitting the form.</div></div></div></div></div>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-brand">Golden Fern Honey</div><div
class="footer-links">${vFoot
  .map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`)
  .join('')}</div><div class="footer-copy">© 2026 Golden Fern Honey Ltd. Fernhope, Northumberland.</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64e0a1b2c3d4e5f607182930" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/64e0a1b2c3d4e5f607182930/js/webflow.4d2c1e0b.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout566-webflow-late-summer-plants',
  kind: 'blog',
  html: vHtml,
  title: vTitle,
  headings: at(vBody, 1, 3, 5, 7, 9),
  body: at(vBody, 0, 2, 4, 6, 8, 10),
  bylines: ['Written by', 'Esther Lanyon', 'August 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vNav, 'Garden', 'Ivy flowers in October at our Fernhope apiary.', 'Taste the late season',
    'Our autumn ivy and heather blend is back in stock for a few weeks only.', 'Shop the autumn blend', 'More from the journal', ...vRel, 'July 2, 2026',
    'May 27, 2026', 'Notes from the hives', 'A short letter each season, and first word when a new harvest is jarred.', 'Golden Fern Honey', ...vFoot,
    '© 2026 Golden Fern Honey Ltd. Fernhope, Northumberland.',
  ],
};

const tTitle = 'Annual Honey Show 2026 - Schedule of Classes';
const tBody = [
  j(
    'The Annual Honey Show will be held on Saturday 10th October 2026 in the Upper Room of the Corn Exchange, Little Dunham. Entries',
    'are open to all members of the Dunham and Wyre Beekeepers Association, and to junior members under 16 in the junior classes.',
  ),
  'Classes',
  'Rules for exhibitors',
  'Entry forms and fees (50p per entry) must reach the Show Secretary by Saturday 3rd October.',
  'Exhibits must be staged between 9.00am and 10.30am on the day. Judging starts at 11.00am and the hall will be closed to exhibitors.',
  'All honey must have been produced by the exhibitor’s own bees. Jars must be standard 1lb squat glass jars with gold lacquered lids.',
  'Exhibits may be collected after 4.00pm. Prize money will be paid on the day.',
  j('The Rosemary Pelham Cup is awarded to the exhibitor gaining the most points across all classes, and the Founders Salver to the', 'best exhibit in show.'),
];
const tRows = [
  ['1', 'Two jars light honey', '£3.00'],
  ['2', 'Two jars medium honey', '£3.00'],
  ['3', 'Two jars dark honey', '£3.00'],
  ['4', 'Two jars soft set or creamed honey', '£3.00'],
  ['5', 'One section or frame of comb honey', '£4.00'],
  ['6', 'One block of beeswax, not less than 8oz', '£3.00'],
  ['7', 'Honey cake (recipe below)', '£2.00'],
  ['8', 'Junior class: a poster about honey bees', 'Book token'],
];
const tSide = ['Home', 'About Us', 'Meetings', 'Honey Show', 'Swarms', 'Training Apiary', 'Links', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Dunham &amp; Wyre Beekeepers - Honey Show</title>
<meta name="keywords" content="bees, honey, beekeeping, Dunham, Wyre, honey show"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<link rel="stylesheet" type="text/css" href="style.css"><script language="JavaScript" type="text/javascript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#FFF8DC" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.jpg" width="780" height="120" alt="Dunham and Wyre Beekeepers Association"></td></tr>
<tr><td colspan="2" bgcolor="#8B6914" height="24" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF"><b>Dunham &amp; Wyre Beekeepers
Association -
Affiliated to the County Federation - Registered Charity No. 1023887</b></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#F5DEB3"><table width="100%" border="0" cellspacing="0" cellpadding="6">
${tSide.map((t) => `<tr><td><font face="Verdana, Arial" size="2"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></td></tr>`).join('\n')}
<tr><td><img src="images/spacer.gif" width="1" height="20" alt=""></td></tr><tr><td align="center"><font face="Verdana, Arial" size="1">Next meeting:<br>
Thursday 17th September<br>7.30pm, Methodist Hall</font></td></tr></table></td>
<td width="620" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td><font face="Verdana, Arial" size="2">
<h1><font color="#8B6914">${tTitle}</font></h1>
<p>${tBody[0]}</p>
<h3>${tBody[1]}</h3>
<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#CCCCCC"><tr bgcolor="#F5DEB3"><td><b>Class</b></td><td><b>Description</b></td>
<td><b>1st prize</b></td></tr>
${trs(tRows)}
</table>
<h3>${tBody[2]}</h3>
<ol>${lis(tBody.slice(3, 7))}</ol>
<p>${tBody[7]}</p>
<p align="center"><a href="entryform2026.pdf"><img src="images/pdf.gif" width="16" height="16" border="0" alt=""> Download the entry form (PDF, 42kb)</a></p>
<hr size="1" noshade>
<p><font size="1"><i>Page last updated 22nd August 2026 by the Webmaster</i></font></p>
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#8B6914" align="center" height="30"><font face="Verdana, Arial" size="1" color="#FFFFFF">&copy; Dunham &amp; Wyre Beekeepers
Association 2003-2026 | <a href="mailto:webmaster@dunhamwyrebees.org.uk"><font color="#FFFFFF">Email the Webmaster</font></a> | You are visitor number
<img src="http://counter.digits.net/?counter={a4e2}&amp;template=simple" alt="" border="0"></font></td></tr>
</table></body></html>`;
const tables: TestPage = {
  name: 'heldout566-table-layout-honey-show',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: at(tBody, 1, 2),
  body: [...at(tBody, 0), ...rowTexts(tRows), ...tBody.slice(3)],
  bylines: ['Page last updated 22nd August 2026 by the Webmaster'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Dunham & Wyre Beekeepers Association - Affiliated to the County Federation - Registered Charity No. 1023887', ...tSide,
    'Next meeting:', 'Thursday 17th September', '7.30pm, Methodist Hall', 'Download the entry form (PDF, 42kb)',
    '© Dunham & Wyre Beekeepers Association 2003-2026', 'Email the Webmaster', 'You are visitor number',
  ],
};

export const HELDOUT566_F: readonly TestPage[] = [tidy(webflow), tidy(tables)];
