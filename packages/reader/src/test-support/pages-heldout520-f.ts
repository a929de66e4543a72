import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, finish, j, lis, rowTexts } from './pages-heldout520-kit.js';

/**
 * Held-out batch 520, file f: a seaside cycle-hire shop's prices page in an old hand-made table layout (font tags, spacer
 * images, a hit counter), and a workplace e-bike scheme's blog post on HubSpot CMS (cookie banner, CTA, subscribe form).
 */
const tTitle = 'Hire Prices & Booking';
const tIntro = j(
  'All our bikes are serviced after every hire and come with a helmet, lock and puncture kit at no extra charge.',
  'Children&#39;s bikes, tag-alongs and trailers are available too. Prices are per bike.',
);
const tRows = [
  ['Adult hybrid bike', '£12', '£20', '£75'],
  ['Electric bike', '£25', '£38', '£160'],
  ['Child&#39;s bike (up to 12)', '£8', '£12', '£45'],
  ['Tag-along or child trailer', '£6', '£10', '£35'],
];
const tBookH = 'How to book';
const tBook = [
  j(
    'Ring us on 01632 960 877 or pop into the shop. In July and August please book at least two days ahead, as the e-bikes go fast.',
    'We take a £20 deposit per bike, returned when the bike comes back undamaged.',
  ),
  'We open 9am to 5.30pm every day from Easter to the end of October, and weekends only in winter.',
];
const tRulesH = 'Please remember';
const tRules = [
  'Bikes must be back by 5pm on the last day of hire.',
  'Riders under 16 must wear the helmet provided.',
  'The coast path between Penhallow Cove and the lighthouse is walkers only: please push your bike.',
];
const tNav = ['Home', 'Our Bikes', 'Prices', 'Trails', 'Find Us', 'Guestbook'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Tarrow Cycle Hire - Prices</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="bike hire, cycle hire, tarrow, penhallow, e-bikes, coast path"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script><style type="text/css"><!-- body { margin: 0px; } .nav { font-family: Verdana; font-size: 12px; color: #FFFFFF } --></style></head>
<body bgcolor="#CFE8F3" text="#000000" link="#00509E" vlink="#00509E" onLoad="MM_preloadImages('images/nav_on.gif')">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner.jpg" width="760" height="140" alt="Tarrow Cycle Hire - Penhallow Cove"></td></tr>
<tr><td colspan="2" bgcolor="#00509E" align="center"><font face="Verdana" size="1" color="#FFFFFF"><marquee scrollamount="3">*** Now open 7 days a week
for the summer holidays ***</marquee></font></td></tr>
<tr><td width="150" valign="top" bgcolor="#00509E"><table width="150" border="0" cellpadding="6" cellspacing="0">
${tNav.map((t) => `<tr><td class="nav"><a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font color="#FFFFFF">${t}</font></a></td></tr>`).join('\n')}
</table><br><img src="images/spacer.gif" width="150" height="20"><center><img src="images/cyclists_welcome.gif" width="120" height="90"
alt="Cyclists Welcome"></center></td>
<td width="610" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td><font face="Verdana, Arial, Helvetica" size="2">
<h1><font color="#00509E">${esc(tTitle)}</font></h1>
<p>${tIntro}</p>
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#99CCDD"><tr bgcolor="#00509E"><td><font color="#FFFFFF"><b>Bike</b></font></td>
<td><font color="#FFFFFF"><b>Half day</b></font></td><td><font color="#FFFFFF"><b>Full day</b></font></td><td><font color="#FFFFFF"><b>Week</b></font></td></tr>
${tRows.map((r) => `<tr>${r.map((c) => `<td><font face="Verdana" size="2">${c}</font></td>`).join('')}</tr>`).join('\n')}
</table>
<h3><font color="#00509E">${tBookH}</font></h3>
${ps(tBook)}
<h3><font color="#00509E">${tRulesH}</font></h3>
<ul>${lis(tRules)}</ul>
<p align="center"><a href="guestbook.htm"><img src="images/book_now.gif" border="0" width="140" height="40" alt="Book now"></a></p>
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#E6F2F8" align="center"><font face="Verdana" size="1">Tarrow Cycle Hire, The Old Forge, Harbour Road, Penhallow Cove<br>
Last updated 12/04/2026 | You are visitor number <img src="/cgi-bin/counter.gif?df=tarrow.dat" alt="004213"> | Site by Kernow Web Design</font></td></tr>
</table></body></html>`;
const tarrow: TestPage = finish({
  name: 'heldout520-table-layout-hire-prices',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [tBookH, tRulesH],
  body: texts([tIntro, ...rowTexts(tRows), ...tBook, ...tRules]),
  bylines: ['Last updated 12/04/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '*** Now open 7 days a week for the summer holidays ***', ...tNav, 'Tarrow Cycle Hire, The Old Forge, Harbour Road, Penhallow Cove',
    'You are visitor number', 'Site by Kernow Web Design',
  ],
});

const bTitle = 'Six questions employers ask before joining a pool e-bike scheme';
const bSecs = [
  {
    h: '',
    ps: [
      j(
        'We have set up pool e-bike fleets for 40 employers across the Tamsford region since 2023, from a six-person architects',
        'practice to a hospital trust with 3,000 staff. The same questions come up in almost every first meeting, so here are our answers.',
      ),
    ],
  },
  {
    h: '1. Who is responsible if a bike is damaged?',
    ps: ['We are. Servicing, repairs and replacement after theft are included in the monthly fee, as long as the bike was locked to the dock.'],
  },
  {
    h: '2. Do staff need training?',
    ps: [
      j(
        'We run a 45-minute induction for each new rider, covering the controls, the booking app and a short ride on quiet roads.',
        'Most employers make it part of their normal onboarding.',
      ),
    ],
  },
  {
    h: '3. Where do the bikes live?',
    ps: ['Each site gets a covered dock that charges the bikes overnight. It needs a standard power socket and about the space of one parking bay.'],
  },
  {
    h: '4. Can staff take the bikes home?',
    ps: [
      j(
        'Yes, if you choose. Some employers allow overnight bookings so that staff can commute; others keep the bikes for journeys',
        'during the working day only. You can change the rule at any time from the admin dashboard.',
      ),
    ],
  },
  {
    h: '5. How much does it cost?',
    ps: ['Pricing depends on the number of bikes. As a guide, a fleet of four e-bikes with a dock costs from £320 a month on a two-year contract.'],
  },
  {
    h: '6. How do we know it is working?',
    ps: ['The dashboard shows every trip, the distance covered and an estimate of the car miles and carbon saved. We send a summary report each quarter.'],
  },
];
const bTags = ['Employers', 'E-bikes', 'Fleet'];
const bRelated = ['How a hospital trust cut pool car use by a third', 'What we learned from our first winter of e-bike pools'];
const bNav = ['For employers', 'For staff', 'Case studies', 'Blog', 'Contact'];
const bHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${bTitle}</title>
<meta name="description" content="Answers to the six questions employers ask us most about pool e-bike schemes.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.pedalpool.co.uk/hs-fs/hub/8812345/hub_generated/template_assets/1/main.min.css">
<meta property="og:title" content="${bTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.pedalpool.co.uk/blog/six-questions">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${bTitle}",
"author":{"@type":"Person","name":"Corin Ashby"}}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-148823311 hs-blog-post hs-blog-id-61223">
<div data-global-resource-path="pedalpool-theme/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo"><img src="/hubfs/pedalpool-logo.svg"
alt="Pedal Pool" class="hs-image-widget"></a></span></div><div class="header__menu"><nav aria-label="Main menu" class="menu menu--desktop">
<ul class="menu__wrapper
no-list">${links(bNav, 'hs-menu-item hs-menu-depth-1 menu__item menu__item--depth-1')}</ul></nav></div>
<div class="header__button"><a class="button" href="/demo">Book a demo</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${bTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/corin-ashby" class="blog-post__author">Corin Ashby</a>
<div class="blog-post__timestamp">Feb 17, 2027 10:00:00 AM</div></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${bSecs
  .map((s, i) => `${s.h === '' ? '' : `<h3>${s.h}</h3>`}${ps(s.ps)}${i === 0 ? '\n<!--more-->' : ''}`)
  .join('\n')}
<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-7e1f"><span class="hs-cta-node hs-cta-7e1f" id="hs-cta-7e1f">
<a href="https://cta-redirect.hubspot.com/cta/redirect/8812345/7e1f"><img class="hs-cta-img" src="https://no-cache.hubspot.com/cta/default/8812345/7e1f.png"
alt="Get a quote for your workplace"></a></span></span><!-- end HubSpot Call-to-Action Code --></span></div>
<div class="blog-post__tags"><span>Topics:</span>
${bTags.map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase()}">${t}</a>`).join('')}</div>
</article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">${bRelated
  .map(
    (t) => `<div class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a href="#">${t}</a></h3><a class="blog-related-posts__read-more"
href="#">Read more</a></div>`,
  )
  .join('')}</div></section>
<div class="blog-subscribe"><h3>Subscribe to the Pedal Pool blog</h3><div class="hbspt-form"><form class="hs-form stacked" id="hsForm_3c2a">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-3c2a"><span>Email</span><span class="hs-form-required">*</span></label>
<input id="email-3c2a" type="email" name="email" class="hs-input"></div><div class="hs_submit hs-submit"><input type="submit" value="Subscribe"
class="hs-button primary large"></div></form></div></div></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><p>Pedal Pool Ltd, Unit 4, Canal Wharf, Tamsford</p>
<ul class="footer__links">${links(['Privacy policy', 'Terms', 'Careers'])}</ul><p>© 2027 Pedal Pool Ltd</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-region="eu">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores cookies on your
computer. These cookies are used to improve your website experience and provide more personalized services to you.</p>
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script id="hs-script-loader" async defer
src="//js.hs-scripts.com/8812345.js"></script></body></html>`;
const pedalPool: TestPage = finish({
  name: 'heldout520-hubspot-pool-ebikes',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bSecs.map((s) => s.h).filter((h) => h !== ''),
  body: texts(bSecs.flatMap((s) => s.ps)),
  bylines: ['Corin Ashby', 'Feb 17, 2027 10:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...bNav, 'Book a demo', 'Topics:', ...bTags, 'Related posts', ...bRelated, 'Read more', 'Subscribe to the Pedal Pool blog', 'Email',
    'Pedal Pool Ltd, Unit 4, Canal Wharf, Tamsford', 'Privacy policy', 'Terms', 'Careers', '© 2027 Pedal Pool Ltd',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
});

export const HELDOUT520_F: readonly TestPage[] = [tarrow, pedalPool];
