import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, rows } from './pages-heldout698-kit.js';

/**
 * Held-out batch 698, file f: a short cider-apple variety page from a cidery's Webflow CMS collection (label, spec grid, rich text,
 * "More varieties" collection list), and a pressing-days page of an apple group's old table-layout site (font tags, bold
 * section labels, a schedule table, a hit counter).
 */
const wTitle = 'Brackenridge Bittersweet';
const wSpecs = [
  ['Type', 'Bittersweet'],
  ['Harvest', 'Late October'],
  ['Grown at', 'Top Field and Long Orchard'],
  ['In our ciders', 'Field Blend, Dry Reserve'],
];
const wParas = [
  j(
    'A heavy-cropping bittersweet found as a seedling in a hedge at Brackenridge Farm in the 1930s, and still grown in the',
    'few orchards around it. The fruit is small, flushed dull red and soft when ripe, with firm tannin and very little acid.',
  ),
  j(
    'On its own it makes a round, full cider with a dry finish; in our blends it brings colour and body. We shake the trees in',
    'late October and leave the fruit in heaps under cover for two weeks before milling, which deepens its flavour.',
  ),
];
const wMore = ['Kingston Black', 'Pennard Sharp', 'Foxwhelp'];
const wNav = ['Our Orchards', 'Varieties', 'Shop', 'Visit'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Sep 08 2026 10:12:44 GMT+0000 (Coordinated
Universal Time) -->
<html data-wf-domain="www.longorchardcider.com" data-wf-page="66b1f2a9c0d4e5f6a7b8c9d0" data-wf-site="66b1f2a9c0d4e5f6a7b8c9a1" lang="en"
data-wf-collection="66b1f2a9c0d4e5f6a7b8c9b2"
data-wf-item-slug="brackenridge-bittersweet"><head><meta charset="utf-8"><title>${wTitle} | Long Orchard Cider</title>
<meta content="A heavy-cropping bittersweet found as a seedling in a hedge at Brackenridge Farm." name="description"><meta content="width=device-width,
initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://cdn.prod.website-files.com/66b1f2a9c0d4e5f6a7b8c9a1/css/long-orchard-cider.webflow.8f2c1d.css"
rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar
w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/66b1f2a9c0d4e5f6a7b8c9a1/logo.svg"
loading="lazy" alt="Long Orchard Cider"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link
w-nav-link">${t}</a>`,
  )
  .join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-variety"><div class="w-layout-blockcontainer container-narrow w-container"><div class="variety-label">Cider apple</div>
<h1 class="heading-variety">${wTitle}</h1><div class="w-layout-grid variety-grid">
${wSpecs.map((s) => `<div class="spec"><div class="spec-label">${s[0]}</div><div class="spec-value">${s[1]}</div></div>`).join('\n')}</div>
<div class="variety-rich-text w-richtext">${ps(wParas)}</div></div></section>
<section class="section-more"><div class="container w-container"><h2 class="heading-more">More varieties</h2><div class="w-dyn-list"><div role="list"
class="more-grid w-dyn-items">
${wMore
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/varieties/${t.toLowerCase().replace(/ /g, '-')}" class="variety-card w-inline-block"><div
class="variety-card-name">${t}</div></a></div>`,
  )
  .join('\n')}
</div></div></div></section>
<footer class="footer"><div class="container w-container">
<div class="footer-text">Long Orchard Cider, Brackenridge, Wessex</div><div class="footer-text">© 2026
Long Orchard Cider Ltd</div>
<div class="footer-text small">Please enjoy our ciders responsibly. You must be 18 or over to buy alcohol.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=66b1f2a9c0d4e5f6a7b8c9a1" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.com/66b1f2a9c0d4e5f6a7b8c9a1/js/webflow.4b2e1a.js" type="text/javascript"></script></body></html>`;
const webflowVariety: TestPage = {
  name: 'heldout698-variety-webflow',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts([...wSpecs.map((s) => s.join(' ')), ...wParas]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Cider apple', 'More varieties', ...wMore, 'Long Orchard Cider, Brackenridge, Wessex', '© 2026 Long Orchard Cider Ltd',
    'Please enjoy our ciders responsibly. You must be 18 or over to buy alcohol.',
  ],
};

const tTitle = 'Pressing Days 2026';
const tHeads = ['Dates and places', 'What to bring', 'Prices'];
const tIntro = [
  j(
    "The group's two presses will be out on four Saturdays this autumn. Bring your apples and go home with juice. You do not need",
    'to book, but please arrive before 3pm so that we can get through everyone before dark.',
  ),
];
const tTable = [
  ['Date', 'Place', 'Times'],
  ['Sat 19 September', 'Marlow Vale Village Hall car park', '10am - 4pm'],
  ['Sat 3 October', 'Thornbury Green (by the pond)', '10am - 4pm'],
  ['Sat 17 October', 'Marlow Vale Apple Day, Church Field', '11am - 5pm'],
  ['Sat 31 October', 'Holt End Farm barn', '10am - 3pm'],
];
const tBring = [
  'Clean apples, not rotten (windfalls are fine)',
  'Clean containers with lids - plastic milk bottles are ideal',
  'Something to carry the pulp home for your compost or chickens',
];
const tPrices = [
  j(
    'Members press free. Non-members are asked for a donation of £1 per litre of juice, which goes towards cloths, repairs and',
    'the insurance. Membership is £8 a year and can be paid on the day.',
  ),
  'If the weather is very bad we may cancel. Check this page or ring Jean on 01632 960414 on the morning.',
];
const tNav = ['Home', 'About Us', 'Pressing Days', 'Apple Day', 'Our Orchard', 'Varieties', 'Links', 'Contact'];
const label = (t: string): string => `<p><font face="Verdana, Arial, Helvetica, sans-serif" size="3" color="#663300"><b>${t}</b></font></p>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Marlow Vale Apple Group - Pressing Days</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="apples, pressing, juice, Marlow Vale, orchard"><script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script><style type="text/css"><!-- body { font-family: Verdana, Arial, sans-serif; } a:link { color: #336600; } --></style></head>
<body bgcolor="#FFFFF0" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2"><img src="images/banner.gif" width="760" height="110" alt="Marlow Vale Apple Group"></td></tr>
<tr><td width="150" valign="top" bgcolor="#E8F0D0"><br>
${tNav.map((t) => `&nbsp;&nbsp;<a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font face="Verdana" size="2">${t}</font></a><br><br>`).join('\n')}
<br><center><img src="images/apple.gif" width="60" height="60" alt=""></center></td>
<td width="610" valign="top"><table width="100%" border="0" cellpadding="12"><tr><td>
<p align="center"><font face="Verdana, Arial, Helvetica, sans-serif" size="5" color="#663300"><b>${tTitle}</b></font></p>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${ps(tIntro)}
${label(at(tHeads, 0))}
<table width="95%" border="1" cellspacing="0" cellpadding="4" bordercolor="#CCCC99"><tr
bgcolor="#E8F0D0">${(tTable[0] ?? []).map((c) => `<td><b>${c}</b></td>`).join('')}</tr>
${rows(tTable.slice(1))}</table>
${label(at(tHeads, 1))}<ul>${lis(tBring)}</ul>
${label(at(tHeads, 2))}${ps(tPrices)}
<p><i>Page last updated 14/08/2026</i></p></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#663300" align="center"><font face="Verdana" size="1" color="#FFFFFF">&copy; Marlow Vale Apple Group 2003-2026 |
<a href="mailto:webmaster@marlowvaleapples.org.uk"><font color="#FFFFFF">Email the webmaster</font></a><br>
You are visitor number <img src="/cgi-bin/counter.gif" alt="004213"> | Best viewed at 800x600</font></td></tr></table></body></html>`;
const tablePressing: TestPage = {
  name: 'heldout698-pressing-days-table',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: texts([...tIntro, ...tTable.map((r) => r.join(' ')), ...tBring, ...tPrices]),
  bylines: ['Page last updated 14/08/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'About Us', 'Our Orchard', 'Varieties', 'Links', 'Contact', '© Marlow Vale Apple Group 2003-2026', 'Email the webmaster',
    'You are visitor number', 'Best viewed at 800x600',
  ],
};

export const HELDOUT698_F: readonly TestPage[] = [webflowVariety, tablePressing];
