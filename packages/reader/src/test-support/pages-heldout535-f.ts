import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rows } from './pages-heldout535-kit.js';

/**
 * Held-out batch 535, file f: a corporate wellness retreat company's blog post on HubSpot CMS (HubSpot cookie banner, CTA, tags,
 * author bio, subscribe form, related posts), and a hot springs bathhouse's rates and rules page in an old table layout.
 */
const kTitle = 'How to plan a team wellness retreat people actually want to go to';
const kIntro = [
  j(
    'Most company retreats fail the same way: a packed agenda, a hotel conference room and a trust exercise nobody asked for. After',
    'running more than two hundred retreats for teams of eight to eighty, we have learned that rest is not a reward for the',
    'workshop. It is the point.',
  ),
];
const kSecs: [string, string[]][] = [
  [
    '1. Ask before you plan',
    [
      j(
        'Send a short, anonymous survey. Ask what people find restful, what they dread about offsites and whether anyone has access',
        'needs or caring duties that make overnight stays hard. The answers usually cut the agenda in half.',
      ),
    ],
  ],
  [
    '2. Protect the unscheduled time',
    [
      j(
        'Leave at least one half-day with nothing on it. Offer a sauna, a walk and a massage list, but make all of it optional.',
        'The conversations that change a team tend to happen here, not in the breakout rooms.',
      ),
    ],
  ],
  [
    '3. Keep the work light',
    [j('One working session a day is enough. Choose a question the team genuinely needs to answer together and leave the quarterly', 'numbers at home.')],
  ],
  ['4. Plan the return', ['Schedule a lighter week after the retreat. Nothing undoes three days of rest faster than a Monday of catch-up meetings.']],
];
const kChecklistH = 'A short checklist';
const kChecklist = [
  'Survey the team six to eight weeks ahead',
  'Book a venue with outdoor space within two hours of the office',
  'Limit the agenda to one session a day',
  'Budget for treatments, not just rooms',
];
const kNav = ['Retreats', 'Venues', 'Pricing', 'Blog', 'About'];
const kRelated = ['Why your offsite needs a sauna', 'The case for the four-hour agenda', 'Choosing a retreat venue: 12 questions'];
const kHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${kTitle}</title>
<link rel="shortcut icon" href="https://www.thornbury-retreats.com/hubfs/favicon.png"><meta name="description" content="${kIntro[0]?.slice(0, 150)}">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet"
href="https://www.thornbury-retreats.com/hubfs/hub_generated/template_assets/1/1527/main.min.css">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:type" content="article"><link rel="alternate" type="application/rss+xml" href="https://www.thornbury-retreats.com/blog/rss.xml">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://www.thornbury-retreats.com/blog/plan-a-team-wellness-retreat">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${kTitle}",
"author":{"@type":"Person","name":"Greer Almont"},
"datePublished":"2026-02-24"}</script>
<script>var _hsq = _hsq || []; _hsq.push(["setContentType", "blog-post"]);</script></head>
<body><div class="body-wrapper hs-content-id-1823904455 hs-blog-post hs-blog-id-1822217301">
<div data-global-resource-path="thornbury/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to
content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><a href="/"
id="hs-link-site_logo">
<img src="https://www.thornbury-retreats.com/hubfs/thornbury-logo.svg" class="hs-image-widget" alt="Thornbury Retreats"></a></span></div>
<div class="header__menu header__menu--desktop"><nav aria-label="Main menu" class="menu menu--desktop"><ul class="menu__wrapper no-list">${kNav
  .map(
    (n) => `<li
class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite${n === 'Blog' ? ' menu__item--active-branch' : ''}"><a class="menu__link"
href="/${n.toLowerCase()}">${n}</a></li>`,
  )
  .join('')}
</ul></nav></div><div class="header__button"><a class="button" href="/enquire">Plan a retreat</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${kTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/greer-almont">Greer Almont</a>
<time datetime="2026-02-24 09:00:00" class="blog-post__timestamp">February 24, 2026</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(kIntro)}<!--more-->
${kSecs.map(([h, p]) => `<h2>${h}</h2>${ps(p)}`).join('\n')}
<h3>${kChecklistH}</h3><ul>${lis(kChecklist)}</ul>
<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-0c1f"><span class="hs-cta-node hs-cta-0c1f" id="hs-cta-0c1f">
<a href="https://cta-redirect.hubspot.com/cta/redirect/1822/0c1f"><img class="hs-cta-img" id="hs-cta-img-0c1f" style="border-width:0px;"
src="https://no-cache.hubspot.com/cta/default/1822/0c1f.png" alt="Download the retreat planning guide"></a></span></span><!-- end HubSpot Call-to-Action Code
-->
</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g><path
d="M0 252.118V48C0 21.49"></path></g></svg>
<a class="blog-post__tag-link" href="/blog/tag/team-retreats">Team retreats</a>, <a class="blog-post__tag-link" href="/blog/tag/planning">Planning</a></div>
<div class="blog-post__author"><img class="blog-post__author-image" src="/hubfs/greer.jpg" alt="Greer Almont" width="80"><div><h4
class="blog-post__author-name">
Written by Greer Almont</h4><p class="blog-post__author-bio">Greer runs retreat design at Thornbury and has never once run a trust fall.</p></div></div>
</article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">${kRelated
  .map(
    (r) => `<div
class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/blog/${r.length}"></a><div class="blog-related-posts__content">
<h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/${r.length}">${r}</a></h3></div></div>`,
  )
  .join('')}</div></div></section>
<div class="blog-subscribe"><h3>Subscribe by email</h3><div class="hbspt-form" id="hbspt-form-9f2e"><form id="hsForm_9f2e"
class="hs-form stacked hs-custom-form"
novalidate><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label id="label-email-9f2e" for="email-9f2e"><span>Email</span>
<span class="hs-form-required">*</span></label><div class="input"><input id="email-9f2e" name="email" required type="email" class="hs-input"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div>
</div></div></main>
<div data-global-resource-path="thornbury/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Thornbury Retreats Ltd, 4 Mill Yard, Kendrew</p><ul class="footer__menu">${links(['Careers', 'Privacy policy', 'Contact'])}</ul>
<p class="footer__copyright">© 2026 Thornbury Retreats</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-banner-type="default">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>This website stores cookies on your
computer. These cookies are used to improve your website experience and provide more personalized services to you.</p></div></div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="javascript:void(0);" id="hs-eu-decline-button" role="button">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<!-- Start of HubSpot Analytics Code --><script type="text/javascript">var _hsq = _hsq || []; _hsq.push(["setPortalId", 1822]);</script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/1822.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout535-hubspot-team-retreat',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: [...kSecs.map(([h]) => h), kChecklistH],
  body: [...kIntro, ...kSecs.flatMap(([, p]) => p), ...kChecklist],
  bylines: ['Greer Almont', 'February 24, 2026', 'Written by Greer Almont'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...kNav, 'Plan a retreat', 'Team retreats', 'Planning', 'Greer runs retreat design at Thornbury and has never once run a trust fall.',
    'Related posts', ...kRelated, 'Subscribe by email', 'Email', 'Thornbury Retreats Ltd, 4 Mill Yard, Kendrew', 'Careers', 'Privacy policy', 'Contact',
    '© 2026 Thornbury Retreats',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

const tTitle = 'Rates &amp; Bath House Rules';
const tIntro = j(
  'The bath house is open to the public every day from 9 a.m. to 10 p.m., except Thanksgiving and Christmas Day. Lodge guests',
  'soak free and may use the pools until midnight.',
);
const tRatesH = 'Day Use Rates';
const tRates = [
  ['Adults (18 - 64)', '$16.00', '$10.00'],
  ['Seniors (65 and over)', '$12.00', '$8.00'],
  ['Children (5 - 17)', '$8.00', '$5.00'],
  ['Private Tub (per hour, up to 4)', '$40.00', '--'],
];
const tRatesNote = 'Evening rate applies after 6 p.m. Children under 5 soak free with a paying adult. Cash and checks only - sorry, no cards.';
const tRulesH = 'Bath House Rules';
const tRules = [
  'Shower before entering the pools.',
  'Swimsuits are required in the main pools. The upper cedar tubs are clothing optional after 7 p.m., adults only.',
  'No glass, alcohol or food in the pool area.',
  'Children must be with an adult at all times.',
  'Please limit soaks in the hot pool (106°) to 15 minutes at a time and drink plenty of water.',
];
const tMassH = 'Massage';
const tMass = 'Massage by appointment with our therapist, Dale Whitcomb, LMT: $70 per hour, $45 per half hour. Call the front desk to book.';
const tNav = ['Home', 'Lodging', 'Bath House', 'Directions', 'Guest Book', 'Contact Us'];
const tFont = (t: string, size = '2'): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="${size}" color="#3B2A1A">${t}</font>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Saltlick Hot Springs - Rates and Rules</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="hot springs, mineral baths, soaking, massage, lodge, saltlick, rates">
<meta name="description" content="Rates and bath house rules at Saltlick Hot Springs.">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script>
<style type="text/css"><!-- a:link { color: #6B3E1F } .small { font-size: 10px } --></style></head>
<body bgcolor="#F5EEDC" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"
onLoad="MM_preloadImages('images/nav_home_on.gif','images/nav_rates_on.gif')">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header_steam.jpg" width="760" height="140" alt="Saltlick Hot Springs - Mineral Baths Since 1921"></td></tr>
<tr><td width="160" valign="top" bgcolor="#E3D3B4"><table width="160" border="0" cellspacing="0" cellpadding="4">
${tNav
  .map(
    (
      n,
    ) => `<tr><td><a href="${n.toLowerCase().replace(' ', '')}.htm" onMouseOut="MM_swapImgRestore()"><img src="images/nav_${n.length}.gif" name="nav${n.length}"
width="150" height="28" border="0" alt="${n}"></a></td></tr>`,
  )
  .join('\n')}
<tr><td><img src="images/spacer.gif" width="1" height="20"></td></tr>
<tr><td>${tFont('<b>Open Daily</b><br>9 a.m. - 10 p.m.<br><br>(541) 555-0187', '1')}</td></tr></table></td>
<td width="600" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td>
<font face="Georgia, Times New Roman, serif" size="5" color="#6B3E1F"><b>${tTitle}</b></font><br><br>
${tFont(tIntro)}<br><br>
<font face="Georgia, Times New Roman, serif" size="4" color="#6B3E1F"><b>${tRatesH}</b></font><br>
<table width="90%" border="1" cellspacing="0" cellpadding="4" bordercolor="#C9B28A"><tr bgcolor="#E3D3B4"><td>${tFont('<b>&nbsp;</b>')}</td>
<td>${tFont('<b>All Day</b>')}</td><td>${tFont('<b>Evening</b>')}</td></tr>
${rows(tRates, ' align="left"')}</table><br>
${tFont(`<i>${tRatesNote}</i>`, '1')}<br><br>
<font face="Georgia, Times New Roman, serif" size="4" color="#6B3E1F"><b>${tRulesH}</b></font><br>
<ol>${lis(tRules.map((r) => tFont(r)))}</ol>
<font face="Georgia, Times New Roman, serif" size="4" color="#6B3E1F"><b>${tMassH}</b></font><br>
${tFont(tMass)}<br><br>
<div align="center">${tFont('<a href="index.htm">Back to Top</a>', '1')}</div></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#6B3E1F" align="center"><font face="Verdana" size="1" color="#F5EEDC">${tNav
  .map(
    (n) => `<a href="${n.toLowerCase().replace(' ', '')}.htm">
<font color="#F5EEDC">${n}</font></a>`,
  )
  .join(' | ')}<br>
Copyright &copy; 1998-2026 Saltlick Hot Springs, 4400 River Road, Saltlick, Oregon<br>
Page last updated: 03/09/2026<br>You are visitor number <img src="/cgi-bin/Count.cgi?df=rates.dat&amp;dd=B" alt="counter" align="absmiddle"><br>
Best viewed at 800 x 600</font></td></tr></table></body></html>`;
const tables: TestPage = {
  name: 'heldout535-table-layout-hot-springs',
  kind: 'docs',
  html: tHtml,
  title: 'Rates & Bath House Rules',
  headings: [tRatesH, tRulesH, tMassH],
  body: texts([tIntro, ...tRates.flat(), tRatesNote, ...tRules, tMass]),
  bylines: ['Page last updated: 03/09/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Open Daily', '9 a.m. - 10 p.m.', '(541) 555-0187', 'Back to Top', ...tNav,
    'Copyright © 1998-2026 Saltlick Hot Springs, 4400 River Road, Saltlick, Oregon',
    'You are visitor number', 'Best viewed at 800 x 600',
  ],
};

export const HELDOUT535_F: readonly TestPage[] = [hubspot, tables];
