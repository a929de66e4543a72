import { links, type TestPage } from './page-kit.js';
import { blocks, bodyOf, headingsOf, j, rowText, trs } from './pages-heldout597-kit.js';

/**
 * Held-out batch 597, file a: a tower's practice night page on WordPress (Twenty Twenty-One, a static page with footer
 * widgets and a Complianz cookie banner), and a peal record on an old guild site built of nested tables.
 */
const aTitle = 'Practice nights at St Aldric’s';
const aBlocks = [
  j(
    'The ring of eight at St Aldric’s, Hollinbury, is rung every Wednesday evening from 7.30 to 9 pm, except in Holy Week and over',
    'Christmas. Visitors are always welcome, whether you have rung for fifty years or have never handled a rope before.',
  ),
  j(
    'The tower is entered by the small door on the north side of the church, by the yew tree. There are 32 steps up a spiral staircase',
    'to the ringing chamber, so please tell us in advance if the climb will be difficult for you.',
  ),
  '## What we ring',
  j(
    'The first half hour is for learners: rounds and call changes, with plenty of time on the back bells for anyone working on',
    'bell handling. After that we ring Plain Bob and Grandsire Triples, with touches of Stedman and Cambridge Surprise Major when',
    'the band allows.',
  ),
  '- 7.30 pm: rounds, call changes and handling practice',
  '- 8.00 pm: Plain Bob Doubles and Minor, Grandsire Triples',
  '- 8.30 pm: touches of Stedman Triples and Cambridge Major, by request',
  '## Learning to ring',
  j(
    'We teach new ringers one to one on the tied tenor before they join the main practice. Lessons are on Saturday mornings and are',
    'free. Most learners can ring rounds with the band after eight to ten lessons. You need to be at least eleven years old and tall',
    'enough to reach the sally comfortably.',
  ),
  j(
    'Please wear flat shoes and avoid scarves or loose sleeves. Gloves are not needed. If you would like to book a first lesson, speak',
    'to the tower captain, Margery Tolland, after any Sunday service or use the contact form on this site.',
  ),
  '## Sunday service ringing',
  j(
    'We ring for the 10 am Parish Eucharist from 9.15 to 10 am, and for Evensong on the first Sunday of the month. Ringers from the',
    'Wednesday practice are encouraged to come on Sundays once they are confident in rounds.',
  ),
  '## Visiting bands',
  j(
    'Visiting bands are welcome to book the bells on Saturdays between 10 am and 4 pm. The tenor weighs 14–1–9 in E flat and the',
    'bells go well, though the fourth can be a little odd-struck. There is no charge, but donations to the bell fund are appreciated.',
  ),
];
const aNav = ['Home', 'Our Bells', 'Practice Nights', 'Peals and Quarters', 'Bell Fund', 'Contact'];
const aEvents = ['Striking competition, 14 June', 'Tower outing to the Welsh borders, 12 July', 'Harvest quarter peal, 4 October'];
const aHtml = `<!doctype html>
<html lang="en-GB" class="no-js respect-color-scheme-preference">
<head>
<meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<script>document.documentElement.className = document.documentElement.className.replace( 'no-js', 'js' );</script>
<title>Practice nights at St Aldric&#8217;s &#8211; Hollinbury Bell Ringers</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='stylesheet' id='twenty-twenty-one-style-css' href='https://hollinburybells.org.uk/wp-content/themes/twentytwentyone/style.css?ver=2.1' media='all' />
<link rel='stylesheet' id='cmplz-general-css' href='https://hollinburybells.org.uk/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css'
media='all' />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"name":"Practice nights at St Aldric’s",
"isPartOf":{"@id":"https://hollinburybells.org.uk/#website"},"dateModified":"2026-02-11T19:02:44+00:00"}]}</script>
<link rel="https://api.w.org/" href="https://hollinburybells.org.uk/wp-json/" />
</head>
<body class="page-template-default page page-id-27 wp-embed-responsive is-light-theme no-js singular has-main-navigation">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu">
<div class="site-branding"><p class="site-title"><a href="https://hollinburybells.org.uk/">Hollinbury Bell Ringers</a></p>
<p class="site-description">Ringing at St Aldric’s since 1753</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="Primary menu">
<div class="menu-button-container"><button id="primary-mobile-menu" class="button" aria-controls="primary-menu-list" aria-expanded="false">
<span class="dropdown-icon open">Menu <svg class="svg-icon" width="24" height="24" aria-hidden="true" role="img" focusable="false"></svg></span>
<span class="dropdown-icon close">Close <svg class="svg-icon" width="24" height="24" aria-hidden="true" role="img"
focusable="false"></svg></span></button></div>
<div class="primary-menu-container"><ul id="primary-menu-list"
class="menu-wrapper">${links(aNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div>
</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-27" class="post-27 page type-page status-publish hentry entry">
<header class="entry-header alignwide"><h1 class="entry-title">${aTitle}</h1></header>
<div class="entry-content">
${blocks(aBlocks)}
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button"
href="https://hollinburybells.org.uk/contact/">Book a first lesson</a></div></div>
</div>
<footer class="entry-footer default-max-width"></footer>
</article>
</main></div></div>
<aside class="widget-area">
<section id="block-3" class="widget widget_block"><h2 class="wp-block-heading">Coming up</h2><ul class="wp-block-list">${links(aEvents)}</ul></section>
<section id="block-4" class="widget widget_block widget_text"><h2 class="wp-block-heading">Find the tower</h2>
<p>St Aldric’s Church, Church Lane, Hollinbury HL4 7QT</p></section>
<section id="block-5" class="widget widget_block widget_search"><form role="search" method="get" action="https://hollinburybells.org.uk/"
class="wp-block-search"><label class="wp-block-search__label" for="wp-block-search__input-1">Search</label><div class="wp-block-search__inside-wrapper">
<input class="wp-block-search__input" id="wp-block-search__input-1" type="search" name="s" value="" required />
<button aria-label="Search" class="wp-block-search__button wp-element-button" type="submit">Search</button></div></form></section>
</aside>
<footer id="colophon" class="site-footer">
<nav aria-label="Secondary menu" class="footer-navigation"><ul class="footer-navigation-wrapper">${links(['Privacy Policy', 'Safeguarding'])}</ul></nav>
<div class="site-info"><div class="site-name"><a href="https://hollinburybells.org.uk/">Hollinbury Bell Ringers</a></div>
<div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div>
</footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin"><p>We use cookies to optimise our website and our service.</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div>
<div class="cmplz-links cmplz-documents"><ul><li><a href="https://hollinburybells.org.uk/cookie-policy-uk/" class="cmplz-link cookie-statement">Cookie
Policy</a></li></ul></div>
</div></div>
<script id="twenty-twenty-one-ie11-polyfills-js-after">( Element.prototype.matches && Element.prototype.closest && window.NodeList &&
NodeList.prototype.forEach ) || (
document.write( '<script src="https://hollinburybells.org.uk/wp-content/themes/twentytwentyone/assets/js/polyfills.js?ver=2.1"></scr' + 'ipt>' ) );</script>
<script src="https://hollinburybells.org.uk/wp-content/themes/twentytwentyone/assets/js/primary-navigation.js?ver=2.1"
id="twenty-twenty-one-primary-navigation-script-js"></script>
</body></html>`;
const practice: TestPage = {
  name: 'heldout597-wp-practice-night',
  kind: 'blog',
  html: aHtml,
  title: aTitle,
  headings: headingsOf(aBlocks),
  body: bodyOf(aBlocks),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Hollinbury Bell Ringers', 'Ringing at St Aldric’s since 1753', 'Home', 'Menu', 'Close', 'Our Bells', 'Peals and Quarters',
    'Book a first lesson', 'Coming up', ...aEvents, 'Find the tower', 'St Aldric’s Church, Church Lane, Hollinbury HL4 7QT', 'Search',
    'Privacy Policy', 'Safeguarding', 'Proudly powered by WordPress.', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.',
    'Accept', 'Deny', 'View preferences', 'Cookie Policy',
  ],
};

const pTitle = 'Great Pellering, Lincolnshire, St Botolph';
const pHead = ['Saturday, 7 March 2026 in 3h 4m (17–0–12 in D)', '5040 Yorkshire Surprise Major', 'Composed by R. W. Ashdale (No. 14)'];
const pBand = [
  ['1', 'Helen Marsh'],
  ['2', 'Joseph Wragby'],
  ['3', 'Alice Fennimore'],
  ['4', 'Peter Langdyke'],
  ['5', 'Susan Quayle'],
  ['6', 'Martin Oldershaw'],
  ['7', 'David Crowle'],
  ['8', 'Thomas Quayle (C)'],
];
const pFoot = [
  j(
    'First peal in the method for the ringer of the 3rd. Rung to mark the 250th anniversary of the hanging of the back six by',
    'Thomas Osborn of Downham in 1776.',
  ),
  'The band thank the churchwardens for tea and cake in the vestry afterwards.',
];
const pNav = ['Home', 'About the Guild', 'Districts', 'Towers', 'Peal Records', 'Quarter Peals', 'Striking Competitions', 'Training', 'Links'];
const pHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Fenland Guild - Peal No. 2417</title>
<meta name="keywords" content="bell ringing, peals, Fenland Guild, change ringing">
<link rel="stylesheet" type="text/css" href="../guild.css">
<script language="JavaScript" type="text/javascript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" bgcolor="#003366"><img src="../images/banner.gif" width="760" height="90" alt="Fenland Guild of Church Bell Ringers"></td></tr>
<tr><td colspan="2" bgcolor="#CCCC99" align="right"><font face="Verdana, Arial" size="1">Founded 1891 &middot; Affiliated to the Central
Council</font></td></tr>
<tr>
<td width="150" valign="top" bgcolor="#E8E8D0">
<table width="150" border="0" cellspacing="0" cellpadding="4">
${pNav.map((t) => `<tr><td><font face="Verdana, Arial" size="2"><a href="../${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></td></tr>`).join('\n')}
</table>
<p align="center"><a href="http://www.counterfree.example/"><img src="../images/counter.gif" border="0" alt="counter"></a><br>
<font face="Verdana, Arial" size="1">You are visitor number 048213</font></p>
</td>
<td width="610" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="10"><tr><td>
<font face="Verdana, Arial" size="1"><a href="index.htm">&lt;&lt; Back to peal list</a> | <a href="2416.htm">Previous peal</a> |
<a href="2418.htm">Next peal</a></font>
<p><font face="Verdana, Arial" size="2" color="#666666">Peal No. 2417</font></p>
<h1><font face="Georgia, Times New Roman" color="#003366">${pTitle}</font></h1>
${pHead.map((t) => `<p><font face="Verdana, Arial" size="2"><b>${t}</b></font></p>`).join('\n')}
<table border="0" cellspacing="0" cellpadding="2">
${trs(pBand.map(([n, r]) => [`<font face="Verdana, Arial" size="2">${n}</font>`, `<font face="Verdana, Arial" size="2">${r}</font>`]))}
</table>
${pFoot.map((t) => `<p><font face="Verdana, Arial" size="2"><i>${t}</i></font></p>`).join('\n')}
<p><font face="Verdana, Arial" size="1" color="#666666">Submitted by Thomas Quayle, 9 March 2026</font></p>
<hr noshade size="1">
<p><font face="Verdana, Arial" size="1">Peals are published here once they have been checked by the Peal Recorder. Please report errors to the
<a href="mailto:peals@fenlandguild.org.uk">Peal Recorder</a>.</font></p>
</td></tr></table>
</td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">&copy; Fenland Guild of Church Bell Ringers
1998-2026 | <a href="../webmaster.htm"><font color="#FFFFFF">Webmaster</font></a> | Page last updated 10/03/2026</font></td></tr>
</table>
</body>
</html>`;
const peal: TestPage = {
  name: 'heldout597-table-peal-record',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: [...pHead, ...pBand.map(rowText), ...pFoot],
  bylines: ['Submitted by Thomas Quayle, 9 March 2026', 'Page last updated 10/03/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Founded 1891 · Affiliated to the Central Council', ...pNav, 'You are visitor number 048213', '<< Back to peal list', 'Previous peal', 'Next peal',
    'Peal No. 2417', 'Peals are published here once they have been checked by the Peal Recorder. Please report errors to the Peal Recorder.',
    '© Fenland Guild of Church Bell Ringers 1998-2026', 'Webmaster',
  ],
};

export const HELDOUT597_A: readonly TestPage[] = [practice, peal];
