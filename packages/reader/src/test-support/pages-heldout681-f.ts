import { links, type TestPage, texts } from './page-kit.js';
import { j, rowText, type Section, secs, tr } from './pages-heldout681-kit.js';

/**
 * Held-out batch 681, file f: a council's body art licence page on Drupal 10 (a localgov-style theme with a service
 * sidebar, fee table and "Was this page helpful?" form), and a family barbershop's history page in an old table layout.
 */
const dTitle = 'Tattoo, piercing and electrolysis registration';
const dSecs: readonly Section[] = [
  [
    '',
    [
      j(
        'Anyone who carries out tattooing, semi-permanent make-up, cosmetic piercing, acupuncture or electrolysis in the borough must',
        'register both themselves and the premises with us. It is an offence to trade without registration.',
      ),
    ],
  ],
  [
    'Before you apply',
    [
      'The premises must meet our hygiene byelaws before we will register them. We will inspect before registration is granted.',
      [
        'hot and cold running water at a wash hand basin in the treatment room',
        'washable, smooth surfaces on floors, walls and work tops',
        'a sharps bin collected by a licensed contractor',
        'single-use needles and a written cleaning routine',
      ],
    ],
  ],
  ['Fees', []],
];
const dArt = secs(dSecs);
const dFees = [
  ['Premises registration', '£265', 'One-off'],
  ['Each practitioner', '£120', 'One-off'],
  ['Change of details', '£25', 'Per change'],
];
const dAfter = [
  j(
    'Registration does not expire, but you must tell us within 28 days if you move premises or add a new practitioner.',
    'Visiting artists at guest spots or conventions need their own registration.',
  ),
];
const dNav = ['Bins and recycling', 'Council tax', 'Business and licensing', 'Planning', 'Housing'];
const dCrumbs = ['Home', 'Business and licensing', 'Licences and permits'];
const dSide = ['Food business registration', 'Street trading licence', 'Sunbed premises', 'Animal licences'];
const dFoot = ['Contact us', 'Accessibility statement', 'Privacy', 'Cookies', 'Jobs'];
const dHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${dTitle} | Lenbridge Borough Council</title><link rel="canonical" href="https://www.lenbridge.gov.uk/tattoo-piercing-electrolysis-registration">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Hq3Kz0aXb.css?delta=0&amp;language=en&amp;theme=localgov_base">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/",
"currentPath":"node\\/2231"},"localgov":{"theme":"base"}}</script>
</head><body class="path-node page-node-type-localgov-services-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="region region-pre-header"><div id="block-localgov-alert-banner"
class="localgov-alert-banner localgov-alert-banner--minor"><div class="localgov-alert-banner__content">
<p>Our offices are closed on Monday 25 May for the bank holiday.</p>
</div><button class="localgov-alert-banner__dismiss js-localgov-alert-banner__dismiss">Hide</button></div></div>
<header class="site-header" role="banner"><div class="lgd-container"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/lenbridge/logo.svg"
alt="Lenbridge Borough Council"></a><div class="lgd-header__search"><form class="localgov-search-form" action="/search" method="get">
<label for="edit-s" class="visually-hidden">Search</label><input type="search" id="edit-s" name="s"><input type="submit" value="Search" class="button">
</form></div>
<nav class="lgd-header__nav" aria-label="Main navigation"><ul class="lgd-header__nav-list">${links(dNav, 'lgd-header__nav-item')}</ul></nav></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(dCrumbs)}</ol></nav></div>
<main class="main" id="main-content"><div class="lgd-container"><div class="lgd-row"><div class="lgd-row__two-thirds">
<div class="region region-content"><article class="localgov-services-page localgov-services-page--full">
<h1 class="header lgd-page-title-block__header"><span class="field field--name-title">${dTitle}</span></h1>
<div class="field field--name-body field--type-text-with-summary">
${dArt.html}
<table class="table"><caption class="visually-hidden">Registration fees</caption><thead><tr><th>Registration</th><th>Fee</th><th>Paid</th></tr></thead>
<tbody>${dFees.map(tr).join('\n')}</tbody></table>
${dAfter.map((p) => `<p>${p}</p>`).join('\n')}
</div><div class="call-out-box"><a class="button button--action" href="/apply/body-art-registration">Apply for registration</a></div>
<div class="localgov-services-page__last-updated">Last updated: 3 February 2026</div></article></div></div>
<aside class="lgd-row__one-third sidebar" role="complementary"><div class="block-localgov-services-related-links"><h2 class="block__title">Related pages</h2>
<ul class="related-links">${links(dSide)}</ul></div></aside></div>
<div class="localgov-page-feedback"><form class="webform-submission-form"><fieldset><legend><span class="fieldset-legend">Was this page helpful?</span></legend>
<label><input type="radio" name="helpful" value="yes"> Yes</label><label><input type="radio" name="helpful" value="no"> No</label></fieldset>
<input type="submit" value="Send feedback" class="button"></form></div></div></main>
<footer class="site-footer" role="contentinfo"><div class="lgd-container"><ul class="menu">${links(dFoot)}</ul>
<p class="site-footer__copyright">© Lenbridge Borough Council 2026</p></div></footer></div>
<script src="/core/misc/drupal.js?v=10.2.5"></script></body></html>`;
const drupalCouncil: TestPage = {
  name: 'heldout681-body-art-registration-drupal',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dArt.headings,
  body: [...dArt.body, ...dFees.map(rowText), ...dAfter],
  bylines: ['Last updated: 3 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Our offices are closed on Monday 25 May for the bank holiday.', 'Hide', 'Search', ...dNav, 'Breadcrumb', 'Home',
    'Licences and permits', 'Apply for registration', 'Related pages', ...dSide, 'Was this page helpful?', 'Yes', 'No', ...dFoot,
    '© Lenbridge Borough Council 2026',
  ],
};

const tTitle = 'Our History';
const tParas = [
  j(
    'Grandad Ennio Bassi opened the shop at 9 Harbour Parade in 1958 with two chairs he brought over on the boat from Naples.',
    'Dad took over in 1983, and since 2011 the scissors have been in the hands of his daughter, Gina.',
  ),
  j('Three generations, the same shop, the same red and white pole outside. We still do a proper hot towel shave and we still', 'give every kid a lollipop.'),
  'Walk-ins welcome. No appointments needed except for weddings &amp; groups.',
];
const tNav = ['Home', 'Our History', 'Prices', 'Find Us', 'Guestbook'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Bassi's Barbers - Our History</title>
<meta name="keywords" content="barber, barbers, haircut, shave, Porthgwen, Harbour Parade"><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<style type="text/css">body{background:#f4efe4;font-family:Verdana,Arial}.nav a{color:#fff;font-weight:bold}.small{font-size:10px}</style>
<script language="JavaScript">function MM_swapImgRestore(){var i,x,a=document.MM_sr;for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++)x.src=x.oSrc;}</script></head>
<body bgcolor="#F4EFE4" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="images/header.gif" width="760" height="120"
alt="Bassi's Barbers - Est. 1958"></td></tr>
<tr><td width="160" valign="top" bgcolor="#9B1B1B" class="nav"><table width="100%" border="0" cellpadding="6" cellspacing="0">
${tNav.map((t) => `<tr><td><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></td></tr>`).join('\n')}
</table><p align="center"><img src="images/pole.gif" width="40" height="120" alt=""></p></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="15" cellspacing="0"><tr><td>
<font face="Georgia" size="5" color="#9B1B1B"><b>${tTitle}</b></font><br><br>
${tParas.map((p) => `<font size="2">${p}</font><br><br>`).join('\n')}
<img src="images/ennio1958.jpg" width="300" height="210" border="1" alt="Ennio in 1958"><br><font size="1"><i>Ennio outside the shop, summer 1958</i></font>
</td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#333333"><font size="1" color="#FFFFFF">Bassi's Barbers, 9 Harbour Parade, Porthgwen | Tel 01736 555 018<br>
You are visitor number <img src="cgi-bin/counter.gif" alt="004217"> | Last updated 14/06/2009</font></td></tr></table></body></html>`;
const tableBarber: TestPage = {
  name: 'heldout681-family-barber-table-layout',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tParas),
  bylines: ['Last updated 14/06/2009'],
  furniture: [
    'Home',
    'Prices',
    'Find Us',
    'Guestbook',
    'Ennio outside the shop, summer 1958',
    "Bassi's Barbers, 9 Harbour Parade, Porthgwen | Tel 01736 555 018",
    'You are visitor number',
  ],
};

export const HELDOUT681_F: readonly TestPage[] = [drupalCouncil, tableBarber];
