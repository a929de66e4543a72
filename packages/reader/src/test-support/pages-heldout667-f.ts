import { ps, type TestPage, texts } from './page-kit.js';
import { anchors, j, lis } from './pages-heldout667-kit.js';

/**
 * Held-out batch 667, file f: a childminder's policies page on an old hand-built table layout (a left menu column, a
 * visitor counter, font tags), and a school holiday club's booking page on WordPress with Elementor (Hello theme, widget
 * wrappers, an icon list, a pricing box and a popup).
 */
const tTitle = 'Policies & Procedures';
const tBody = [
  j(
    'As a registered childminder I must have written policies for the way I run my setting. Paper copies of all of them are in',
    'the blue folder in my hallway, and I will go through them with you when you sign your contract. Here is a short summary.',
  ),
  'Sickness',
  j(
    'Please keep your child at home if they have a temperature, and for 48 hours after the last bout of sickness or diarrhoea.',
    'If your child becomes unwell while with me I will ring you and ask you to collect them within the hour.',
  ),
  'Collection',
  j('I will only hand your child to the people named on your contract. If someone else is coming, please ring me and tell me', 'their name and our password.'),
  'Safeguarding',
  j('I have a duty to report any concern about a child’s welfare. I will usually talk to you first, unless doing so could put', 'the child at risk.'),
  'Behaviour',
  'I praise good behaviour and use distraction and simple explanations. I never shout at or smack a child.',
];
const tHeads = [1, 3, 5, 7];
const tMenu = ['Home', 'About Me', 'Fees', 'Policies', 'Photos', 'Contact Me'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Carol's Childminding - Policies</title>
<meta name="keywords" content="childminder, Pelham Cross, childminding, ofsted, after school"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<style type="text/css">body{font-family:Verdana,Arial;font-size:10pt}.menu a{color:#336600;font-weight:bold}</style>
<script language="JavaScript">function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}</script>
</head><body bgcolor="#FFFFCC" leftmargin="0" topmargin="0"><table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/banner.gif" width="780" height="120" alt="Carol's Childminding"></td></tr>
<tr><td width="160" valign="top" bgcolor="#CCFF99" class="menu">
<br>${tMenu.map((m) => `&nbsp;&nbsp;<a href="${m.toLowerCase().replace(/ /g, '')}.htm">${m}</a><br><br>`).join('\n')}
<br><font size="1">You are visitor number<br><img src="/cgi-bin/counter.cgi?df=carol.dat" alt="counter"></font><br><br>
<font size="1">Member of the Pelham Cross Childminding Network</font></td>
<td width="620" valign="top"><table width="100%" border="0" cellpadding="12"><tr><td>
<h1><font face="Comic Sans MS" color="#336600">Policies &amp; Procedures</font></h1>
${ps([tBody[0] ?? ''])}
${tHeads.map((h) => `<h3><font color="#336600">${tBody[h]}</font></h3>\n<p>${tBody[h + 1]}</p>`).join('\n')}
<p align="center"><a href="#top">Back to top</a></p></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#336600" align="center"><font color="#FFFFFF" size="1">&copy; Carol Denton 2009-2027 | Registered childminder no. EY310458
| Last updated 12/01/2027</font></td></tr></table></body></html>`;
const table: TestPage = {
  name: 'heldout667-tables-childminder-policies',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tHeads.map((i) => tBody[i] ?? ''),
  body: texts(tBody.filter((_, i) => !tHeads.includes(i))),
  bylines: ['Last updated 12/01/2027'],
  furniture: [
    'About Me',
    'Fees',
    'Photos',
    'Contact Me',
    'You are visitor number',
    'Member of the Pelham Cross Childminding Network',
    'Back to top',
    '© Carol Denton 2009-2027 | Registered childminder no. EY310458',
  ],
};

const eTitle = 'Easter Holiday Club 2027';
const eBody = [
  j(
    'Our holiday club is back at Ridgeway Primary for the Easter break, for children in Reception to Year 6. Each day has a',
    'mix of sport, crafts, cooking and free play, led by the same friendly team who run our after-school club.',
  ),
  'Dates',
  'Monday 29 March to Thursday 1 April, and Tuesday 6 to Friday 9 April (closed on Easter Monday)',
  'Every day includes',
  'Breakfast from 8am and an afternoon snack',
  'A themed morning activity: this Easter, pond dipping and making bird boxes',
  'Team games on the school field',
  'A film and quiet corner after lunch',
  'Day ticket',
  '£36 per day',
  'Sibling rate £32',
  'Tax-Free Childcare accepted',
  'Children bring a packed lunch. Places are booked by the day through our booking system, and we cannot take walk-ins on the day.',
];
const eHeads = [1, 3, 8];
const eNav = ['Home', 'After School Club', 'Holiday Club', 'Book', 'Contact'];
const eW = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const eSec = (id: string, inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed elementor-section-height-default"
data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100
elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div>
</section>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} &#8211; Ridgeway Kids Club</title>
<meta name='robots' content='max-image-preview:large'>
<link rel='stylesheet' id='hello-elementor-css' href='/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1'>
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'>
<link rel='stylesheet' id='elementor-post-57-css' href='/wp-content/uploads/elementor/css/post-57.css?ver=1712915220'>
<style id="cmplz-cookiebanner-css">.cmplz-cookiebanner{position:fixed;bottom:0}</style>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}"}]}</script>
</head>
<body class="page-template-default page page-id-57 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-57">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="site-header" class="site-header dynamic-header menu-dropdown-tablet"><div class="header-inner"><div class="site-branding show-logo">
<div class="site-logo show"><a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2024/01/ridgeway-logo.png" class="custom-logo"
alt="Ridgeway Kids Club"></a></div></div><nav class="site-navigation show" aria-label="Main menu"><ul id="menu-main" class="menu">
${eNav.map((n) => `<li class="menu-item menu-item-type-post_type"><a href="/${n.toLowerCase().replace(/ /g, '-')}/">${n}</a></li>`).join('\n')}</ul></nav>
<div class="site-navigation-toggle-holder show"><button class="site-navigation-toggle" aria-label="Menu"><span class="site-navigation-toggle-icon"
aria-hidden="true"></span></button></div></div></header>
<main id="content" class="site-main post-57 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="57" class="elementor elementor-57" data-elementor-post-type="page">
${eSec('a61c2f0', eW('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`) + eW('text-editor', ps([eBody[0] ?? ''])))}
${eSec(
  'b7d3e11',
  eW('heading', `<h2 class="elementor-heading-title elementor-size-default">${eBody[1]}</h2>`) +
    eW('text-editor', ps([eBody[2] ?? ''])) +
    eW('heading', `<h2 class="elementor-heading-title elementor-size-default">${eBody[3]}</h2>`) +
    eW(
      'icon-list',
      `<ul class="elementor-icon-list-items">
${eBody
  .slice(4, 8)
  .map(
    (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i>
</span><span class="elementor-icon-list-text">${t}</span></li>`,
  )
  .join('\n')}</ul>`,
    ),
)}
${eSec(
  'c0e9a52',
  eW(
    'price-table',
    `<div class="elementor-price-table"><div class="elementor-price-table__header"><h3 class="elementor-price-table__heading">
${eBody[8]}</h3></div><div class="elementor-price-table__price"><span class="elementor-price-table__currency">£</span><span
class="elementor-price-table__integer-part">36</span>
<span class="elementor-price-table__period elementor-typo-excluded">per day</span></div><ul class="elementor-price-table__features-list">
${lis(
  eBody.slice(10, 12).map(
    (t) => `<div class="elementor-price-table__feature-inner"><i aria-hidden="true" class="far fa-check-circle"></i>
<span>${t}</span></div>`,
  ),
  'elementor-repeater-item-3c1d2a8',
)}</ul><div class="elementor-price-table__footer"><a class="elementor-price-table__button
elementor-button elementor-size-md" href="https://ridgewaykidsclub.example/booking/">Book now</a></div></div>`,
  ) + eW('text-editor', ps([eBody[12] ?? ''])),
)}
</div></div></main>
<footer id="site-footer" class="site-footer dynamic-footer"><div class="footer-inner"><div class="site-branding show-logo"><p class="site-description show">
Wraparound care for Ridgeway Primary families</p></div><div class="copyright show"><p>All rights reserved</p></div></div></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin"><div class="cmplz-header"><div
class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">
To provide the best experiences, we use technologies like cookies to store and/or access device information.</div></div><div class="cmplz-buttons"><button
class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View
preferences</button></div></div></div>
<script src='/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4' id='elementor-frontend-js'></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout667-elementor-holiday-club',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eHeads.map((i) => eBody[i] ?? ''),
  body: texts(eBody.filter((_, i) => !eHeads.includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Home', 'Book', 'Contact', 'Book now', 'Wraparound care for Ridgeway Primary families', 'All rights reserved',
    'Manage Cookie Consent', 'To provide the best experiences, we use technologies like cookies to store and/or access device information.', 'Accept',
    'Deny', 'View preferences',
  ],
};

export const HELDOUT667_F: readonly TestPage[] = [table, elementor];
