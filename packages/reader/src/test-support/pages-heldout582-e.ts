import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis, row } from './pages-heldout582-kit.js';

/**
 * Held-out batch 582, file e: a coach-hire pricing post on the HubSpot CMS blog (growth theme, cookie banner, CTA, related posts),
 * and a family coach firm's excursion list in an old table layout with a left navigation column and a visitor counter.
 */
const hTitle = 'How much does it cost to hire a coach for a school trip?';
const hBody = [
  j(
    'It is the question we are asked most often by teachers, and the honest answer is that it depends on three things: how',
    'far you are going, how long the coach is away from the depot and how many seats you need.',
  ),
  'What sets the price',
  j(
    'A coach is priced by the day, not by the mile. A short trip to a museum twenty minutes away still takes a driver and a',
    'coach out of service for the school day, so the saving on fuel is small.',
  ),
  j(
    'Drivers\u2019 hours rules matter too. If the day is longer than about 13 hours from leaving the depot to returning, we need a',
    'second driver, and that adds between £180 and £250.',
  ),
  'Typical prices for 2026',
  'Local (under 30 miles)',
  '£395',
  '£520',
  'Regional (30 to 80 miles)',
  '£560',
  '£690',
  'Long day (over 80 miles)',
  '£740',
  '£910',
  'Ways to bring the cost down',
  'Travel on a Monday or Friday, when fewer schools book.',
  'Share a coach with a neighbouring school going to the same place.',
  'Book before the end of the autumn term for summer trips.',
];
const hRel = ['Seat belts on coaches: what schools need to know', 'Planning a residential trip: a checklist', 'Why we fit CCTV to every coach'];
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="What sets the price of a school trip coach, typical prices for 2026 and how to bring the cost down.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.greyhallcoaches.co.uk/blog/school-trip-coach-hire-cost">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-01-28T09:00:00Z",
"author":{"@type":"Person","name":"Lucy Tamworth"}}</script>
<link rel="stylesheet" href="https://www.greyhallcoaches.co.uk/hubfs/hub_generated/template_assets/1/165/main.min.css">
<style>#hs_cos_wrapper_widget_1 .cta-band{background-color:#0b3c5d}</style></head>
<body><div class="body-wrapper hs-content-id-1622 hs-blog-post hs-blog-id-1609"><div data-global-resource-path="growth/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
widget-type-logo"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><span class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/"
id="hs-link-site_logo_hs_logo_widget">
<img src="https://www.greyhallcoaches.co.uk/hubfs/greyhall-logo.svg" class="hs-image-widget" alt="Greyhall Coaches"></a></span></span></div>
<div class="header__column"><div class="header__row-1"><div class="header__search header--element"><form class="hs-search-field__form"
action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="search-input">Search</label><input type="text" class="hs-search-field__input" name="term"
placeholder="Search"></form></div></div>
<div class="header__row-2"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${links(['Coach Hire', 'Schools', 'Tours', 'About', 'Blog'], 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav>
<a class="button button--small" href="/quote">Get a quote</a></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/lucy-tamworth">Lucy Tamworth</a>
<time datetime="2026-01-28 09:00:00" class="blog-post__timestamp">January 28, 2026</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps([at(hBody, 0)])}<!--more--><h2>${hBody[1]}</h2>${ps(hBody.slice(2, 4))}
<h2>${hBody[4]}</h2><div data-hs-responsive-table="true" style="overflow-x:auto;max-width:100%;width:100%"><table style="width:100%;border-collapse:collapse;
table-layout:fixed"><tbody><tr><td><strong>Trip</strong></td><td><strong>33-seat coach</strong></td><td><strong>53-seat coach</strong></td></tr>
${[5, 8, 11].map((i) => row(hBody.slice(i, i + 3), ' style="padding:4px"')).join('\n')}</tbody></table></div>
<p><em>Prices include VAT, driver and fuel. Tolls and parking are charged at cost.</em></p>
<h2>${hBody[14]}</h2><ul>${lis(hBody.slice(15))}</ul>
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-9c1d"><span class="hs-cta-node hs-cta-9c1d" id="hs-cta-9c1d">
<a href="https://cta-redirect.hubspot.com/cta/redirect/1609/9c1d" target="_blank" rel="noopener"><img class="hs-cta-img"
src="https://no-cache.hubspot.com/cta/default/1609/9c1d.png"
alt="Get a free school trip quote"></a></span></span><!-- end HubSpot Call-to-Action Code --></p></span></div>
<div class="blog-post__tags"><svg version="1.0" role="img" aria-labelledby="tag1"><title id="tag1">Tag</title></svg>
<a class="blog-post__tag-link" href="/blog/tag/schools">Schools</a>, <a class="blog-post__tag-link" href="/blog/tag/pricing">Pricing</a></div></article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    (t) => `<div class="blog-related-posts__post"><a class="blog-related-posts__title-link"
href="/blog/x"><h3>${t}</h3></a></div>`,
  )
  .join('\n')}</div></div></section>
</div></div></main><div data-global-resource-path="growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Greyhall Coaches Ltd, Station Approach, Kelby KB2 7HH. Operator licence PH1042287.</p><p>© 2026 Greyhall Coaches</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-hidden-no-js hs-cookie-notification-position-bottom" data-hs-banner-type="v2" aria-label="Cookie banner"
role="region">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>This website stores cookies on your
computer. These cookies are used to improve your website experience and provide more personalized services to you.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="javascript:;" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="javascript:;" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/1609.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout582-hubspot-coach-hire-prices',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [at(hBody, 1), at(hBody, 4), at(hBody, 14)],
  body: texts([
    ...hBody.slice(0, 1),
    ...hBody.slice(2, 4),
    'Trip',
    '33-seat coach',
    '53-seat coach',
    ...hBody.slice(5, 14),
    'Prices include VAT, driver and fuel. Tolls and parking are charged at cost.',
    ...hBody.slice(15),
  ]),
  bylines: ['Lucy Tamworth', 'January 28, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', 'Coach Hire', 'Schools', 'Tours', 'About', 'Blog', 'Get a quote', 'Pricing', 'Related posts', ...hRel,
    'Greyhall Coaches Ltd, Station Approach, Kelby KB2 7HH. Operator licence PH1042287.', '© 2026 Greyhall Coaches',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

const oTitle = 'DAY EXCURSIONS 2026';
const oIntro = j(
  'All excursions depart from our garage in Mill Street, Pentrew, with pick ups in Llanfor and Cwm Brith if booked in advance.',
  'Prices are per person. Senior citizens (60+) £2 off all trips.',
);
const oTrips: [string, string, string, string][] = [
  ['Sat 18 April', 'Chester Shopping', '8.30am', '£24'],
  ['Wed 6 May', 'Bodnant Style Gardens &amp; Conwy', '9.00am', '£31'],
  ['Sun 24 May', 'Aberystwyth Seaside', '8.00am', '£22'],
  ['Sat 13 June', 'Liverpool Albert Dock', '8.00am', '£26'],
  ['Thu 2 July', 'Mystery Tour (includes afternoon tea)', '9.30am', '£35'],
  ['Sat 5 Dec', 'Christmas Market at Shrewsbury', '9.00am', '£25'],
];
const oNotes = [
  'To book please phone Pentrew 270 or call in at the office (Mon - Sat 9 till 5).',
  'Payment is due when you book. Sorry we cannot take cards over the phone.',
  'If we have to cancel a trip you will get your money back in full.',
];
const oSide = ['Home', 'Day Excursions', 'Holidays', 'Private Hire', 'Our Fleet', 'Find Us'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Hughes of Pentrew - Day Excursions</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="coach trips, excursions, Pentrew, coach hire, day trips"><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script>
<style type="text/css"><!-- body { margin: 0px; background-color: #003366 } .nav { font-family: Verdana; font-size: 11px; color: #FFFFFF } --></style></head>
<body bgcolor="#003366" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF"><tr><td colspan="2"><img src="images/banner.jpg" width="760"
height="120"
alt="Hughes of Pentrew - Coach Travel Since 1962"></td></tr>
<tr><td colspan="2" bgcolor="#CC0000" height="22"><marquee scrollamount="3"><font face="Verdana" size="2" color="#FFFFFF"><b>NEW - Christmas Market trip now
taking bookings!</b></font></marquee></td></tr>
<tr><td width="150" valign="top" bgcolor="#336699"><table width="150" border="0" cellpadding="4" cellspacing="0">
${oSide.map((s) => `<tr><td class="nav"><a href="${s.toLowerCase().replace(/ /g, '')}.htm"><font color="#FFFFFF">${s}</font></a></td></tr>`).join('\n')}
<tr><td><br><img src="images/cpt-logo.gif" width="120" height="60" alt="CPT member"></td></tr></table></td>
<td width="610" valign="top"><table width="100%" border="0" cellpadding="10" cellspacing="0"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="4" color="#003366"><b>${oTitle}</b></font><br><br>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${oIntro}</font><br><br>
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC">
<tr bgcolor="#003366"><td><font face="Verdana" size="2" color="#FFFFFF"><b>Date</b></font></td><td><font face="Verdana" size="2"
color="#FFFFFF"><b>Destination</b></font></td>
<td><font face="Verdana" size="2" color="#FFFFFF"><b>Depart</b></font></td><td><font face="Verdana" size="2" color="#FFFFFF"><b>Price</b></font></td></tr>
${oTrips.map((t) => row(t.map((c) => `<font face="Verdana" size="2">${c}</font>`))).join('\n')}
</table><br><font face="Verdana, Arial, Helvetica, sans-serif" size="2">${oNotes.join('<br><br>\n')}</font><br><br>
<div align="center"><font face="Verdana" size="1" color="#666666">Page last updated 14/01/2026</font></div></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="Verdana" size="1"
color="#FFFFFF">&copy; Hughes of Pentrew Coaches 2001-2026 | Mill Street, Pentrew |
Tel Pentrew 270<br>You are visitor number <img src="/cgi-bin/counter.pl?page=excursions" alt="counter" align="absmiddle"> since March 2001</font></td></tr>
</table></body></html>`;
const oldTable: TestPage = {
  name: 'heldout582-table-layout-excursions',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts([oIntro, ...oTrips.flat(), ...oNotes]),
  bylines: ['Page last updated 14/01/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'NEW - Christmas Market trip now taking bookings!', ...oSide.filter((s) => s !== 'Day Excursions'),
    '© Hughes of Pentrew Coaches 2001-2026 | Mill Street, Pentrew | Tel Pentrew 270', 'You are visitor number', 'since March 2001',
  ],
};

export const HELDOUT582_E: readonly TestPage[] = [hubspot, oldTable];
