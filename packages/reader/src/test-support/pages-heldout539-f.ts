import { links, ps, type TestPage, texts } from './page-kit.js';
import { anchors, j, settle, trs } from './pages-heldout539-kit.js';

/**
 * Held-out batch 539, file f: a small insurance broker's fees page on an old hand-written table layout (font tags, left nav
 * column, spacer GIFs, hit counter) and an independent financial adviser's short budget note on Hugo (Ananke theme).
 */
const tTitle = 'Our Fees and Charges';
const tIntro = j(
  'We are paid commission by the insurer on most policies, normally between 10% and 20% of the premium before tax. We also',
  'make the following charges, which are always shown on your quotation before you agree to buy.',
);
const tRows = [
  ['New policy arranged', '£25.00', '£75.00'],
  ['Mid-term change (for example a new vehicle)', '£15.00', '£30.00'],
  ['Cancellation by you', '£25.00', '£50.00'],
  ['Duplicate documents by post', '£5.00', '£5.00'],
];
const tAfter = [
  j('If you pay by instalments, the finance company will charge interest. The rate and the total amount payable are shown on', 'your credit agreement.'),
  j(
    'If you cancel within 14 days of taking out a policy (the cooling-off period) you will get back the premium for the days',
    'not used, less our arrangement fee.',
  ),
];
const tNav = ['Home', 'Motor', 'Household', 'Commercial', 'Fees and Charges', 'Complaints', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>T. Brannigan &amp; Son Insurance Brokers - Fees and Charges</title>
<meta name="keywords" content="insurance broker, motor insurance, household insurance, Dunmore, fees">
<meta name="description" content="Fees and charges of T. Brannigan &amp; Son Insurance Brokers, Dunmore.">
<style type="text/css">
<!--
body { margin: 0px; background-color: #E8EEF4; }
.nav { font-family: Verdana, Arial, sans-serif; font-size: 11px; color: #FFFFFF; font-weight: bold; text-decoration: none; }
.small { font-family: Verdana, Arial, sans-serif; font-size: 10px; color: #666666; }
-->
</style>
<script language="JavaScript" type="text/javascript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body onLoad="MM_preloadImages('images/nav_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/header_brannigan.jpg" width="780" height="120" alt="T. Brannigan &amp; Son Insurance Brokers - Established 1964"></td></tr>
<tr><td colspan="3" bgcolor="#1F3F6E" height="24" align="right"><font face="Verdana, Arial" size="1"
color="#FFFFFF"><b>Tel: 028 9034 1177 &nbsp;|&nbsp; 12 Bridge Street, Dunmore</b></font>&nbsp;&nbsp;</td></tr>
<tr><td width="160" valign="top" bgcolor="#2B5797"><img src="images/spacer.gif" width="160" height="10" alt="">
<table width="100%" border="0" cellspacing="0" cellpadding="6">
${tNav.map((t) => `<tr><td><a href="${t.toLowerCase().replace(/ /g, '_')}.htm" class="nav">${t}</a></td></tr>`).join('\n')}
</table><br><div align="center"><img src="images/biba_member.gif" width="120" height="60" alt="Member of BIBA"></div></td>
<td width="20"><img src="images/spacer.gif" width="20" height="1" alt=""></td>
<td width="600" valign="top"><br><font face="Verdana, Arial, Helvetica, sans-serif" size="2">
<h2><font color="#1F3F6E">${tTitle}</font></h2>
${ps([tIntro])}
<table width="95%" border="1" cellspacing="0" cellpadding="4" bordercolor="#CCCCCC">
<tr bgcolor="#1F3F6E"><td><font color="#FFFFFF" size="2"><b>Service</b></font></td><td><font color="#FFFFFF" size="2"><b>Personal</b></font></td><td><font
color="#FFFFFF" size="2"><b>Commercial</b></font></td></tr>
${trs(tRows)}
</table>
${ps(tAfter)}
<p><b>Please note:</b> our fees are not refundable once a policy has started, except as described above.</p>
<p><a href="complaints.htm">Complaints procedure</a> | <a href="tob.pdf">Terms of Business (PDF)</a></p>
</font><br><br></td></tr>
<tr><td colspan="3" bgcolor="#1F3F6E" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">
T. Brannigan &amp; Son Ltd is authorised and regulated by the Financial Conduct Authority. Registered number 304577.<br>
&copy; T. Brannigan &amp; Son 2004-2026 | <a href="sitemap.htm"><font color="#FFFFFF">Site Map</font></a></font></td></tr>
<tr><td colspan="3" align="center" bgcolor="#E8EEF4"><span class="small">This page was last updated on 09/01/2026</span><br>
<span class="small">You are visitor number <img src="/cgi-bin/counter.pl?page=fees" alt="004211" border="0"></span><br>
<span class="small">Best viewed at 1024 x 768</span></td></tr></table>
<script type="text/javascript">var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");</script>
</body></html>`;
const brannigan: TestPage = settle({
  name: 'heldout539-table-layout-broker-fees',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts([tIntro, ...tRows.flat(), ...tAfter, 'Please note: our fees are not refundable once a policy has started, except as described above.']),
  bylines: ['This page was last updated on 09/01/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tel: 028 9034 1177 | 12 Bridge Street, Dunmore', ...tNav, 'Complaints procedure | Terms of Business (PDF)',
    'T. Brannigan & Son Ltd is authorised and regulated by the Financial Conduct Authority. Registered number 304577.',
    '© T. Brannigan & Son 2004-2026 | Site Map', 'You are visitor number', 'Best viewed at 1024 x 768',
  ],
});

const uTitle = 'Budget 2026: three things that matter for savers';
const uPs = [
  j('Yesterday’s Budget was quieter for savers than the rumours suggested. The ISA allowance stays at £20,000 and the cash', 'ISA limit was left alone.'),
  j(
    'Three changes are worth knowing about. Dividend tax rises by two points from April. The personal savings allowance is',
    'frozen until 2031. And the lifetime ISA withdrawal penalty falls from 25% to 20%.',
  ),
  j(
    'None of this needs action today. We will look at dividend income in each client’s spring review, where moving shares',
    'into an ISA or pension may save tax.',
  ),
];
const uNav = ['Notes', 'About', 'Services', 'Contact'];
const uRel = ['Spring reviews: what we will ask you', 'ISA or pension first?'];
const uHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>Budget 2026: three things that matter for savers | Larchmont Financial Planning</title><meta name="viewport"
content="width=device-width,minimum-scale=1">
<meta name="description" content="The ISA allowance is unchanged, but dividend tax rises and the LISA penalty falls."><meta name="generator"
content="Hugo 0.139.3">
<meta name="robots" content="index, follow"><link rel="stylesheet" href="/ananke/css/main.min.css">
<link rel="canonical" href="https://larchmontplanning.co.uk/notes/budget-2026-savers/"><meta property="og:type" content="article">
<meta property="article:section" content="notes"><meta property="article:published_time" content="2026-11-27T10:00:00+00:00"></head>
<body class="ma0 avenir bg-near-white production"><header><div class="bg-black"><nav class="pv3 ph3 ph4-ns" role="navigation">
<div class="flex-l justify-between items-center center"><a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Larchmont Financial Planning</a>
<div class="flex-l items-center"><ul class="pl0 mr3">${uNav
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90"
href="/${t.toLowerCase()}/" title="${t} page">${t}</a></li>`,
  )
  .join('\n')}</ul>
<div class="ananke-socials"><a href="https://www.linkedin.com/company/larchmont" target="_blank" rel="noopener"
class="linkedin ananke-social-link link-transition stackoverflow link dib z-999 pt3 pt0-l mr1" title="LinkedIn link"
aria-label="follow on LinkedIn——Opens in a new window"><span class="icon"><svg style="enable-background:new 0 0 65 65"
viewBox="0 0 65 65"></svg></span></a></div></div></div></nav></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignoref b helvetica tracked ttu">Notes</aside><div id="sharing" class="mt3 ananke-socials">
<a href="mailto:?&amp;body=https%3A%2F%2Flarchmontplanning.co.uk%2Fnotes%2Fbudget-2026-savers%2F" class="ananke-social-link email no-underline"
aria-label="share on Email"><span class="icon"><svg viewBox="0 0 24 24"></svg></span></a>
<a href="https://www.linkedin.com/shareArticle?mini=true" class="ananke-social-link linkedin no-underline" aria-label="share on LinkedIn"><span
class="icon"><svg viewBox="0 0 65 65"></svg></span></a></div>
<h1 class="f1 athelas mt3 mb1">${uTitle}</h1><p class="tracked">By <strong>Owen Larchmont</strong></p>
<time class="f6 mv4 dib tracked" datetime="2026-11-27T10:00:00Z">November 27, 2026</time></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">${ps(uPs)}
<p><em>This note is general information, not advice. Tax rules can change and their effect depends on your circumstances.</em></p>
<ul class="pa0"><li class="list di"><a href="/tags/budget/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">Budget</a></li>
<li class="list di"><a href="/tags/isa/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">ISA</a></li></ul>
<div class="mt6 instapaper_ignoref"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">Related</p>
<ul class="pa0 list">${links(uRel, 'mb2')}</ul></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between">
<a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3" href="https://larchmontplanning.co.uk/">&copy; Larchmont Financial Planning 2026</a>
<div><p class="f6 white-70">Larchmont Financial Planning Ltd is authorised and regulated by the Financial Conduct Authority, FRN 947302.
${anchors(['Privacy', 'Fees'], ' · ')}</p></div></div></footer>
</body></html>`;
const larchmont: TestPage = settle({
  name: 'heldout539-hugo-ifa-budget-note',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: [],
  body: texts([...uPs, 'This note is general information, not advice. Tax rules can change and their effect depends on your circumstances.']),
  bylines: ['By Owen Larchmont', 'November 27, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Larchmont Financial Planning', ...uNav, 'Budget', 'ISA', 'Related', ...uRel, '© Larchmont Financial Planning 2026',
    'Larchmont Financial Planning Ltd is authorised and regulated by the Financial Conduct Authority, FRN 947302. Privacy · Fees',
  ],
});

export const HELDOUT539_F: readonly TestPage[] = [brannigan, larchmont];
