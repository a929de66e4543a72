import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout487-kit.js';

/**
 * Held-out batch 487, file a: a council's allotment waiting-list page on LocalGov Drupal (a guide page with its contents list
 * and a sign-up form), and an allotment society's newsletter as a Mailchimp campaign archive page.
 */
const wTitle = 'Join the allotment waiting list';
const wIntro = 'Find out how long you may wait for a plot at each of our eight sites, and put your name down.';
const wBody = [
  j(
    'Bramcote Vale Borough Council lets around 640 allotment plots across eight sites. All of our plots are currently let, so new',
    'tenants are offered a plot from the waiting list when one becomes free.',
  ),
  j('You can join the list for up to two sites. You must live in the borough and be 18 or over. Only one plot is let to each', 'household.'),
  'How long you may wait',
  j(
    'Waiting times depend on the site and on how many tenants give up their plots each year. The figures below are the average',
    'wait for people offered a plot in the last twelve months.',
  ),
  'When a plot becomes free',
  j(
    'We will email you when you reach the top of the list for a site. You will have 14 days to view the plot and tell us whether',
    'you want it. If you turn down two offers, your name will be moved to the bottom of the list.',
  ),
  j(
    'Half plots (about 125 square metres) are offered first to people who ask for them. If you would be happy with a half plot,',
    'tick the box on the form: it usually shortens your wait.',
  ),
  'Keeping your place on the list',
  'Tell us if you move house or change your email address.',
  'Reply to our yearly check in January, or your name will be taken off the list.',
  'Tell us if you no longer want a plot, so that others can move up.',
];
const wRows = [
  ['Hollins Road', '96', '41', 'about 3 years'],
  ['Mill Lane', '120', '58', 'about 2 years'],
  ['Oakfield Park', '64', '12', 'under 1 year'],
  ['St Wendreda’s Glebe', '48', '67', 'over 4 years'],
  ['Tanners Brook', '88', '23', 'about 1 year'],
];
const wNav = ['Bins and recycling', 'Council tax', 'Housing', 'Parking', 'Planning', 'Leisure and culture'];
const wCrumbs = ['Home', 'Leisure and culture', 'Allotments'];
const wGuide = ['Allotments: an overview', 'Allotment sites and facilities', 'Join the allotment waiting list', 'Rent and water charges'];
const wFoot = ['Accessibility statement', 'Contact the council', 'Cookies', 'Privacy notice', 'Jobs', 'Modern slavery statement'];
const wForm = ['Full name', 'Email address', 'Postcode', 'First choice of site', 'Second choice of site (optional)', 'I would accept a half plot'];
const wHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${wTitle} | Bramcote Vale Borough Council</title><meta name="description" content="${wIntro}">
<link rel="canonical" href="https://www.bramcotevale.gov.uk/leisure-and-culture/allotments/join-allotment-waiting-list">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<link rel="stylesheet" media="all" href="/themes/contrib/localgov_base/css/base.css?t4kq2e">
<link rel="stylesheet" media="all" href="/themes/custom/bramcote/css/main.css?t4kq2e">
<script type="application/json"
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentLanguage":"en"},"eu_cookie_compliance":{"popup_enabled":true}}</script>
<script src="https://www.googletagmanager.com/gtag/js?id=G-7QX2BV11MN" async></script></head>
<body class="path-node page-node-type-localgov-guides-page"><a href="#main-content" class="skip-link visually-hidden focusable">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-page">
<header class="lgd-header"><div class="lgd-container padding-horizontal"><div class="lgd-header__inner">
<div class="lgd-region lgd-region--header"><a href="/" rel="home" class="lgd-header__logo">
<img src="/themes/custom/bramcote/logo.svg" alt="Bramcote Vale Borough Council"></a></div>
<div class="lgd-header__toggles"><button class="lgd-header__toggle lgd-header__toggle--primary" aria-expanded="false">Menu</button>
<button class="lgd-header__toggle lgd-header__toggle--search" aria-expanded="false">Search</button></div>
<div class="lgd-region lgd-region--search"><form class="localgov-search-form" action="/search" method="get">
<label for="edit-s" class="visually-hidden">Search</label>
<input type="text" id="edit-s" name="s" placeholder="Search this site"><button type="submit" class="button">Search</button></form></div></div>
<nav class="lgd-header__nav lgd-header__nav--primary" aria-label="Primary">
<ul class="lgd-header__nav-list">${links(wNav, 'lgd-header__nav-item')}</ul></nav></div></header>
<div class="lgd-region lgd-region--breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb">
<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(wCrumbs)}</ol></nav></div>
<main class="main" id="main-content"><div class="lgd-container padding-horizontal"><div class="lgd-row">
<div class="lgd-row__two-thirds"><div class="lgd-region lgd-region--content region-content">
<article class="localgov-guide-page node node--type-localgov-guides-page node--view-mode-full">
<h1 class="lgd-page-title-block__title"><span class="field field--name-title">${wTitle}</span></h1>
<div class="lgd-guide-nav"><h2 class="lgd-guide-nav__title">Contents</h2><ol class="lgd-guide-nav__list">${links(wGuide, 'lgd-guide-nav__item')}</ol></div>
<div class="localgov-guide-page__summary field--name-localgov-guides-description"><p>${wIntro}</p></div>
<div class="field field--name-localgov-guides-section-title">
<div class="paragraph paragraph--type--localgov-text"><div class="field--name-localgov-text">
${ps(wBody.slice(0, 2))}
<h2>${wBody[2]}</h2>${ps([wBody[3] ?? ''])}
<table><caption>Average waiting time by site, 2025 to 2026</caption><thead><tr><th>Site</th><th>Plots</th><th>People waiting</th><th>Average wait</th>
</tr></thead>
<tbody>${trs(wRows)}</tbody></table>
<h2>${wBody[4]}</h2>${ps(wBody.slice(5, 7))}
<h2>${wBody[7]}</h2><ul>${lis(wBody.slice(8, 11))}</ul></div></div>
<div class="paragraph paragraph--type--localgov-contact"><h2>Put your name down</h2>
<form class="webform-submission-form" action="/leisure-and-culture/allotments/join-allotment-waiting-list" method="post">
${wForm.map((l, i) => `<div class="form-item"><label for="f${i}">${l}</label><input id="f${i}" type="${i === 5 ? 'checkbox' : 'text'}"></div>`).join('\n')}
<div class="form-actions"><button type="submit" class="webform-button--submit button">Join the waiting list</button></div></form></div></div>
<nav class="lgd-prev-next" aria-label="Guide navigation"><ul><li class="lgd-prev-next__prev">
<a href="/allotment-sites">Previous <span>Allotment sites and facilities</span></a></li>
<li class="lgd-prev-next__next"><a href="/rent-and-water">Next <span>Rent and water charges</span></a></li></ul></nav>
<div class="lgd-page-last-updated">Last updated: 3 February 2026</div></article></div></div>
<aside class="lgd-row__one-third sidebar"><div class="lgd-region--sidebar"><div class="block block-localgov-services-related-links">
<h2>Related links</h2><ul><li><a href="/community-gardens">Community gardens in the borough</a></li><li>
<a href="/report-flytipping">Report fly-tipping</a></li></ul></div></div></aside>
</div></div></main>
<footer class="lgd-footer"><div class="lgd-container padding-horizontal"><div class="lgd-footer__inner"><ul class="menu">${links(wFoot)}</ul>
<p class="lgd-footer__copyright">© Bramcote Vale Borough Council 2026</p></div></div></footer></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">
<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message" role="document">
<h2>We use cookies on this site to enhance your user experience</h2><p>By clicking the Accept button, you agree to us doing so.</p>
<button type="button" class="find-more-button eu-cookie-compliance-more-button">More info</button></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script src="/modules/contrib/eu_cookie_compliance/js/eu_cookie_compliance.min.js"></script>
</body></html>`;
const waitingList: TestPage = {
  name: 'heldout487-localgov-waiting-list',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [wBody[2] ?? '', wBody[4] ?? '', wBody[7] ?? ''],
  body: texts([wIntro, ...wBody.slice(0, 2), wBody[3] ?? '', ...rowTexts(wRows), ...wBody.slice(5, 7), ...wBody.slice(8, 11)]),
  bylines: ['Last updated: 3 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Search', ...wNav, 'Breadcrumb', 'Home',
    'Allotments', 'Contents', 'Allotments: an overview', 'Allotment sites and facilities',
    'Rent and water charges', 'Average waiting time by site, 2025 to 2026', ...wForm.filter((l) => l !== 'Email address'), 'Join the waiting list',
    'Previous', 'Next', 'Related links', 'Community gardens in the borough', 'Report fly-tipping', ...wFoot, '© Bramcote Vale Borough Council 2026',
    'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.', 'More info',
    'Accept', 'No, thanks',
  ],
};

const mTitle = 'Winter Newsletter: frost, fees and the new shed';
const mBody = [
  'Dear members,',
  j(
    'What a year it has been on the Kestle Road site. After the wettest spring anyone can remember, the leeks and the parsnips',
    'came good in the end, and the autumn show had its biggest entry since 2019. Thank you to everyone who made it happen.',
  ),
  'Rents for 2027',
  j(
    'At the October committee meeting we agreed to hold the full-plot rent at £62 for 2027. The water charge goes up by £3 to £18,',
    'because the water company has raised its prices for the second year running. Invoices will go out by email in the first',
    'week of January and are due by 28 February.',
  ),
  'The new trading shed',
  j(
    'The trading shed by the main gate is finally finished. It will open on Sunday mornings from 10 to 12 from March, selling seed',
    'potatoes, onion sets, fertiliser and canes at cost to members. We still need two more volunteers for the rota; if you can',
    'spare one Sunday a month, please speak to Halvard on plot 31.',
  ),
  'Winter jobs on the site',
  'Cover the water troughs with the boards provided once the taps are turned off on 1 December.',
  'Clear brambles from your boundary paths: the path inspection is on 17 January.',
  'Put woody prunings in the bays behind the shed, not on the compost heaps.',
  'From the committee',
  j(
    'The AGM will be held on Thursday 12 March at 7.30pm in St Ebba’s church hall. Nominations for the committee close on',
    '26 February. We would especially welcome someone who can help with the website.',
  ),
  'Happy growing, and see you on the plots.',
];
const mSocial = ['Facebook', 'Instagram', 'Website'];
const mHtml = `<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${mTitle}</title><meta property="og:title" content="${mTitle}">
<meta property="og:url" content="https://mailchi.mp/kestleroadallotments/winter-newsletter-2026">
<style type="text/css">p{margin:10px 0;padding:0;}table{border-collapse:collapse;}body,#bodyTable,#bodyCell{height:100%;margin:0;padding:0;width:100%;}
#bodyCell{padding:10px;}.templateContainer{max-width:600px !important;}.mcnTextContent{word-break:break-word;}</style>
<script>window.archiveMobileHeaderHeight=0;</script></head>
<body><div id="awesomewrap"><div class="mcnPreviewText" style="display:none;font-size:0;line-height:0;max-height:0;max-width:0;opacity:0;overflow:hidden;
visibility:hidden;mso-hide:all;">Rents held for 2027, the trading shed opens in March</div>
<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr>
<td align="center" valign="top" id="bodyCell">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer"><tr><td valign="top" id="templatePreheader">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter"><tr>
<td valign="top" class="mcnTextBlockInner">
<table align="left" border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextContentContainer"><tbody><tr>
<td valign="top" class="mcnTextContent" style="padding-top:0;padding-right:18px;padding-bottom:9px;padding-left:18px;">
<a href="https://mailchi.mp/kestleroadallotments/winter-newsletter-2026" target="_blank">View this email in your browser</a></td></tr></tbody></table>
</td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateHeader"><table class="mcnImageBlock" width="100%"><tbody><tr>
<td class="mcnImageContent" valign="top" style="padding:9px;text-align:center;">
<img align="center" alt="Kestle Road Allotment Society" src="https://mcusercontent.com/5f1a/images/krs-header.png" width="564" class="mcnImage"></td>
</tr></tbody></table></td></tr>
<tr><td valign="top" id="templateBody"><table class="mcnTextBlock" width="100%"><tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner">
<table align="left" class="mcnTextContentContainer" width="100%"><tbody><tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;">
<h1>${mTitle}</h1>
<p>${mBody[0]}</p><p>${mBody[1]}</p>
<h2>${mBody[2]}</h2><p>${mBody[3]}</p>
<h2>${mBody[4]}</h2><p>${mBody[5]}</p>
<h2>${mBody[6]}</h2><ul>${lis(mBody.slice(7, 10))}</ul>
<h2>${mBody[10]}</h2><p>${mBody[11]}</p>
<p>${mBody[12]}</p><p>Ottilie Brandreth<br>Hon. Secretary, Kestle Road Allotment Society</p>
</td></tr></tbody></table></td></tr></tbody></table>
<table class="mcnCaptionBlock" width="100%"><tbody><tr><td class="mcnCaptionBlockInner" valign="top" style="padding:9px;">
<img alt="" src="https://mcusercontent.com/5f1a/images/shed.jpg" width="564" class="mcnImage">
<div class="mcnTextContent" style="text-align:center;">The trading shed on its first day, with the committee and a great many canes.</div></td></tr>
</tbody></table></td></tr>
<tr><td valign="top" id="templateFooter"><table class="mcnFollowBlock" width="100%"><tbody><tr><td align="center" class="mcnFollowContent">
${mSocial.map((s) => `<a href="https://example.org/${s.toLowerCase()}" target="_blank" class="mcnFollowText">${s}</a>`).join(' ')}</td></tr></tbody></table>
<table class="mcnTextBlock" width="100%"><tbody><tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;">
<em>Copyright © 2026 Kestle Road Allotment Society, All rights reserved.</em>
<br>You are receiving this email because you are a plot holder at Kestle Road.<br><br>
<strong>Our mailing address is:</strong><br>Kestle Road Allotment Society, The Trading Shed, Kestle Road, Wendham WN4 7PQ<br><br>
Want to change how you receive these emails?<br>You can <a href="https://kestleroadallotments.us21.list-manage.com/profile">update your preferences</a> or
<a href="https://kestleroadallotments.us21.list-manage.com/unsubscribe">unsubscribe from this list</a>.</td></tr></tbody></table></td></tr></table>
</td></tr></table></center>
<div id="mc_embed_footer"><a href="https://mailchimp.com/monkey-rewards/?utm_source=freemium_newsletter" title="Mailchimp - email marketing made easy and fun">
<img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-dark.svg" alt="Intuit Mailchimp"></a></div></div>
<script src="https://us21.list-manage.com/js/archive-header.js"></script></body></html>`;
const newsletter: TestPage = {
  name: 'heldout487-mailchimp-newsletter',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: [mBody[2] ?? '', mBody[4] ?? '', mBody[6] ?? '', mBody[10] ?? ''],
  body: texts(mBody.filter((_, i) => ![2, 4, 6, 10].includes(i))),
  bylines: ['Ottilie Brandreth', 'Hon. Secretary, Kestle Road Allotment Society'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'View this email in your browser', 'The trading shed on its first day, with the committee and a great many canes.', 'Facebook', 'Instagram',
    'Copyright © 2026 Kestle Road Allotment Society, All rights reserved.', 'You are receiving this email because you are a plot holder at Kestle Road.',
    'Our mailing address is:', 'Kestle Road Allotment Society, The Trading Shed, Kestle Road, Wendham WN4 7PQ', 'Want to change how you receive these emails?',
    'You can update your preferences or unsubscribe from this list.',
  ],
};

export const HELDOUT487_A: readonly TestPage[] = [waitingList, newsletter];
