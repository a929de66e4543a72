import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout353-kit.js';

/**
 * Held-out batch 353, file a: a UK district council's bin-collection service page on LocalGov Drupal (a page whose main
 * text is short, with a collection-day table), and a planning application's summary page on Idox Public Access (a data page).
 */
const bTitle = 'Bin collections';
const bIntro = [
  j(
    'We collect household waste and recycling from around 41,000 homes in Harrowdene every week. Your general waste bin and your',
    'recycling bins are emptied on alternate weeks, and your food waste caddy is emptied every week on the same day.',
  ),
  'Put your bins out by 6.30am on your collection day, with the lid closed, at the edge of your property where it meets the pavement.',
];
const bH = ['Which bin goes out when', 'What goes in each bin', 'If your bin was not collected', 'Bank holiday changes'];
const bTable = ['Grey bin', 'General waste', 'Every other week', 'Green bin', 'Mixed recycling', 'Every other week', 'Food caddy', 'Food waste', 'Every week'];
const bWhat = [
  'Grey bin: anything that cannot be recycled, such as nappies, crisp packets, polystyrene and pet bedding.',
  'Green bin: clean plastic bottles, pots, tubs and trays, food and drink cans, glass bottles and jars, paper and flattened card.',
  'Food caddy: all cooked and uncooked food, including bones, tea bags and coffee grounds, wrapped in a compostable liner or newspaper.',
];
const bMissed = [
  j(
    'Please wait until 5pm on your collection day before reporting a missed bin, as our crews work until then. If your bin has still',
    'not been emptied, report it within two working days and we will return to collect it.',
  ),
  j(
    'We cannot return for bins that were put out late, were too heavy to move safely, or contained the wrong items. In that case the',
    'crew will leave a tag on the handle explaining why.',
  ),
];
const bHoliday = [
  j(
    'Collections after a bank holiday usually move one day later for the rest of that week. Over Christmas and New Year the changes',
    'are larger, and we publish the revised dates every November.',
  ),
];
const bSide = ['Bin collections', 'Report a missed bin', 'Order a new or replacement bin', 'Garden waste subscription', 'Bulky waste collection'];
const bNav = ['Bins, recycling and waste', 'Council tax', 'Housing', 'Parking and roads', 'Planning and building control', 'Your council'];
const bCrumb = ['Home', 'Bins, recycling and waste'];
const bFoot = ['Accessibility statement', 'Privacy notice', 'Cookies', 'Contact us', 'Freedom of information'];
const bHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${bTitle} | Harrowdene District Council</title>
<link rel="canonical" href="https://www.harrowdene.gov.example/bins-recycling-and-waste/bin-collections">
<meta name="description" content="When your bins are collected, what goes in each bin and how to report a missed collection.">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width">
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?t8q1x2">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"GovernmentService","name":"Bin collections",
"provider":{"@type":"GovernmentOrganization","name":"Harrowdene District Council"}}]}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/412"},
"localgov_base":{"cookieControl":true}}</script></head>
<body class="path-node page-node-type-localgov-services-page"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-container">
<header class="lgd-header"><div class="lgd-header__inner"><div class="lgd-header__site-branding"><a href="/" rel="home" class="site-logo">
<img src="/sites/default/files/logo.svg" alt="Harrowdene District Council homepage"></a></div>
<div class="lgd-header__search"><form action="/search" method="get" class="localgov-search-form"><label for="edit-s" class="visually-hidden">Search</label>
<input type="search" id="edit-s" name="s" placeholder="Search this site"><button type="submit">Search</button></form></div>
<button class="lgd-header__toggle" aria-expanded="false" aria-controls="lgd-header__nav--primary">Menu</button></div>
<nav class="lgd-header__nav lgd-header__nav--primary" id="lgd-header__nav--primary">
<ul class="lgd-header__nav-list">${links(bNav, 'lgd-header__nav-item')}</ul></nav>
</header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="lgd-breadcrumbs" role="navigation" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="lgd-breadcrumbs__items">${links(bCrumb, 'lgd-breadcrumbs__item')}</ol></nav>
</div>
<main class="main" id="main-content"><div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title">${bTitle}</h1></div>
<div class="lgd-row"><div class="lgd-row__two-thirds"><article class="localgov-services-page node node--type-localgov-services-page node--view-mode-full">
<div class="lgd-prose"><div class="field field--name-body field--type-text-with-summary field--label-hidden">
${ps(bIntro)}
<div class="call-out-box"><p class="call-out-box__title"><strong>Find your collection day</strong></p>
<form class="localgov-waste-collection-lookup" action="/bin-day"><label for="postcode">Enter your postcode</label>
<input id="postcode" name="postcode" type="text" autocomplete="postal-code"><button type="submit">Find my bin day</button></form></div>
<h2>${bH[0]}</h2><table class="localgov-table"><thead><tr><th>Bin</th><th>What it is for</th><th>How often</th></tr></thead><tbody>
<tr><td>${bTable[0]}</td><td>${bTable[1]}</td><td>${bTable[2]}</td></tr>
<tr><td>${bTable[3]}</td><td>${bTable[4]}</td><td>${bTable[5]}</td></tr>
<tr><td>${bTable[6]}</td><td>${bTable[7]}</td><td>${bTable[8]}</td></tr></tbody></table>
<h2>${bH[1]}</h2><ul>${lis(bWhat)}</ul>
<h2>${bH[2]}</h2>${ps(bMissed)}
<h2>${bH[3]}</h2>${ps(bHoliday)}
</div></div>
<div class="localgov-services-page__review-date"><p>Last reviewed: 14 January 2026</p></div>
<div class="lgd-page-feedback"><p>Was this page helpful?</p><a href="/feedback?page=412&amp;helpful=yes">Yes</a>
<a href="/feedback?page=412&amp;helpful=no">No</a></div></article></div>
<aside class="lgd-row__one-third lgd-services-sidebar"><nav class="lgd-services-sidebar__nav">
<h2 class="lgd-services-sidebar__title">Bins, recycling and waste</h2>
<ul class="lgd-services-sidebar__list">${links(bSide, 'lgd-services-sidebar__item')}</ul></nav></aside></div></main>
<footer class="lgd-footer"><div class="lgd-footer__inner"><ul class="lgd-footer__nav">${links(bFoot)}</ul>
<p class="lgd-footer__copyright">© Harrowdene District Council 2026</p></div></footer></div></div>
<div id="ccc" role="region" aria-label="Cookie preferences"><div id="ccc-notify"><p class="ccc-notify-text">
We use some essential cookies to make this website work. We would like to set additional cookies to understand how you use the site.</p>
<button class="ccc-notify-button ccc-accept-button">Accept recommended settings</button><button class="ccc-notify-button ccc-reject-button">Reject</button>
<button class="ccc-notify-button ccc-link">Cookie preferences</button></div></div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script><script>CookieControl.load({product:"PRO",initialState:"notify"});</script>
</body></html>`;
const bins: TestPage = {
  name: 'heldout353-localgov-drupal-docs',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: bH,
  body: texts([...bIntro, ...bTable, ...bWhat, ...bMissed, ...bHoliday]),
  bylines: ['Last reviewed: 14 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Search', 'Menu', ...bNav, ...bCrumb, 'Find your collection day', 'Enter your postcode', 'Find my bin day',
    'Was this page helpful?', ...bSide.slice(1), ...bFoot, '© Harrowdene District Council 2026',
    'We use some essential cookies to make this website work. We would like to set additional cookies to understand how you use the site.',
    'Accept recommended settings', 'Reject', 'Cookie preferences',
  ],
};

const pTitle = '25/00418/FUL | Conversion of former chapel to three dwellings with rear extension | Bethel Chapel, 14 Quarry Lane, Lowthorpe';
const pRows: readonly (readonly [string, string])[] = [
  ['Reference', '25/00418/FUL'],
  ['Application Received', 'Tue 11 Mar 2025'],
  ['Application Validated', 'Mon 24 Mar 2025'],
  ['Address', 'Bethel Chapel, 14 Quarry Lane, Lowthorpe, KS12 4RD'],
  [
    'Proposal',
    j(
      'Conversion of former Methodist chapel (sui generis) to three dwellings (Use Class C3), including a single storey rear',
      'extension following demolition of the existing schoolroom, insertion of four conservation rooflights to the north roof slope,',
      'replacement of the boundary wall to Quarry Lane with a reduced height stone wall and railings, provision of six parking spaces',
      'and cycle storage, and associated landscaping. Amended plans received 2 June 2025 reducing the height of the extension and',
      'omitting the proposed dormer window.',
    ),
  ],
  ['Status', 'Awaiting decision'],
  ['Appeal Status', 'Unknown'],
  ['Appeal Decision', 'Not Available'],
];
const pNotes = [
  j(
    'Comments on this application can be made until the consultation expiry date shown on the dates tab. Please note that',
    'comments are published on this website with your name and address; signatures, telephone numbers and email addresses are removed.',
  ),
  j(
    'The council can only take into account comments on material planning matters, such as overlooking, highway safety, the',
    'effect on the conservation area and the design of the extension.',
  ),
];
const pTabs = ['Summary', 'Further Information', 'Contacts', 'Important Dates', 'Constraints', 'Documents (24)', 'Related Cases (2)', 'Map'];
const pTop = ['Simple Search', 'Advanced', 'Weekly/Monthly Lists', 'Property Search', 'Map Search'];
const pHtml = `<!DOCTYPE html><html lang="en"><head><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta charset="utf-8">
<title>Summary | ${pTitle} | Kestrelford Borough Council Public Access</title>
<link rel="stylesheet" type="text/css" href="/online-applications/css/core.css"><link rel="stylesheet" href="/online-applications/css/custom/kestrelford.css">
<script type="text/javascript" src="/online-applications/js/jquery-3.6.0.min.js"></script>
<script type="text/javascript">var contextPath = "/online-applications"; var keyVal = "SQ41ZRHB0GX00";</script>
<meta name="robots" content="noindex"></head>
<body><div id="idox"><div id="header"><a href="https://www.kestrelford.gov.example" id="logo"><img src="/online-applications/images/custom/logo.png"
alt="Kestrelford Borough Council"></a><h1 id="title" class="hidden">Public Access</h1></div>
<div id="mainnav"><ul id="nav">${links(['Planning', 'Building Control', 'Licensing'])}</ul></div>
<div id="pa"><div class="container"><div id="subnav"><ul>${links(pTop)}</ul></div>
<div id="loginregister"><a href="/online-applications/registered/register.do">Register</a> | <a href="/online-applications/login.do">Login</a></div>
<div class="content"><h2 class="hidden">Planning Application details</h2>
<div id="pageheading"><h1>${pTitle}</h1></div>
<div class="addressCrumb"><span class="description">Conversion of former chapel to three dwellings with rear extension</span></div>
<div class="tabcontainer"><ul class="tabs" id="subtab">${links(pTabs)}</ul>
<div class="tabcontent"><div id="simpleDetailsTable"><table class="simpleDetailsTable" summary="Application details" id="simpleDetailsTable">
${pRows.map(([k, v]) => `<tr><th scope="row">${k}</th>\n<td>${v}</td></tr>`).join('\n')}
</table></div>
<div class="messagebox"><h3>Commenting on this application</h3>${ps(pNotes)}</div>
<div class="buttons"><a href="?activeTab=makeComment" class="button primary">Comment on this application</a>
<a href="/online-applications/trackApplication.do" class="button secondary">Track</a></div></div></div></div>
<div id="footer"><ul>${links(['Help', 'Terms and conditions', 'Privacy', 'Accessibility'])}</ul>
<p class="powered">Public Access v4.1 © Idox Software Ltd</p></div></div></div></div>
<div class="cookie-notice" id="cookieNotice"><p>This site uses cookies to store information on your computer.</p>
<button id="cookieAccept">I accept</button></div></body></html>`;
const planning: TestPage = {
  name: 'heldout353-idox-public-access-docs',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts([...pRows.map(([, v]) => v).filter((v) => v !== '25/00418/FUL'), ...pNotes]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Public Access', 'Planning', 'Building Control', 'Licensing', ...pTop, 'Register', 'Login', 'Planning Application details',
    ...pTabs, ...pRows.map(([k]) => k), 'Commenting on this application', 'Comment on this application', 'Track', 'Help',
    'Terms and conditions', 'Privacy', 'Accessibility', 'Public Access v4.1 © Idox Software Ltd',
    'This site uses cookies to store information on your computer.', 'I accept',
  ],
};

export const HELDOUT353_A: readonly TestPage[] = [bins, planning];
