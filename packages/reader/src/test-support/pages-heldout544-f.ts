import { links, ps, type TestPage } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout544-kit.js';

/**
 * Held-out batch 544, file f: a grounds maintenance company's blog post on HubSpot CMS (growth theme, image CTA inside the
 * body, table whose first row is bold cells, tags, related posts, HubSpot cookie banner), and a family tree surgeon's price page
 * from an old Dreamweaver table layout (image navigation, font tags, visitor counter).
 */
const vTitle = 'A month-by-month lawn care calendar';
const vIntro = [
  j(
    'Most of the lawns we look after in Tamsford and the Wenn Vale do not need more work to look good, just the right work at the',
    'right time. Mowing too low in a dry July or feeding in the wrong month can undo a year of effort in a fortnight.',
  ),
  j(
    'This is the calendar our crews follow on the 140 or so lawns we maintain, from small back gardens to business parks. Use it',
    'as a guide rather than a rule book: a cold spring or a wet autumn can move each job by two or three weeks.',
  ),
];
const vSections: [string, string[]][] = [
  [
    'Winter: December to February',
    [
      j(
        'Keep off the grass when it is frozen or waterlogged, as footprints in frosted grass leave brown marks and wet soil compacts',
        'easily. Clear fallen leaves so that they do not smother the turf, and service the mower before the rush of spring.',
      ),
      j(
        'On mild days in late February, a first light cut with the blades set high tidies up the lawn and helps it dry out. Only cut',
        'if the grass is dry and growing.',
      ),
    ],
  ],
  [
    'Spring: March to May',
    [
      j(
        'Spring is the main season for repairs. Once the soil has warmed to around 8°C, scarify lightly to lift out moss and dead',
        'grass, then overseed thin patches. Apply a spring feed high in nitrogen in April, when the grass is growing strongly.',
      ),
      j(
        'Bring the cutting height down gradually over several weeks, never taking more than a third of the leaf off at a time. By May,',
        'most family lawns are happiest at 35 to 40 mm.',
      ),
      j(
        'Treat weeds such as daisies and dandelions in late spring if you want a uniform lawn, or leave some clover, which stays green',
        'in drought and feeds bees.',
      ),
    ],
  ],
  [
    'Summer: June to August',
    [
      j(
        'Raise the mower in hot, dry spells and leave the clippings on the lawn to act as a mulch. A brown lawn in August is dormant,',
        'not dead, and will green up within weeks of the first proper rain.',
      ),
      j('If you water, do it thoroughly once a week in the early morning rather than a little every evening. Shallow watering', 'encourages shallow roots.'),
    ],
  ],
  [
    'Autumn: September to November',
    [
      j(
        'September is the best month of the year for lawn renovation. The soil is warm, rain is more reliable and weeds grow less',
        'vigorously. Scarify hard, spike compacted areas, top-dress with a sandy loam and overseed.',
      ),
      j(
        'Use an autumn feed low in nitrogen and high in potassium to toughen the grass for winter. Keep mowing while it grows, lifting',
        'the height again in October, and keep leaves raked off.',
      ),
    ],
  ],
];
const vTableTitle = 'The calendar at a glance';
const vHeader = ['Month', 'Mowing height', 'Main jobs'];
const vRows = [
  ['January', 'No mowing', 'Clear leaves, service mower'],
  ['February', '50 mm if dry', 'First light cut on mild days'],
  ['March', '45 mm', 'Light scarifying, edging'],
  ['April', '40 mm', 'Spring feed, overseed patches'],
  ['May', '35 to 40 mm', 'Weed control'],
  ['June', '35 to 40 mm', 'Mow weekly, leave clippings'],
  ['July', '45 mm', 'Raise mower in drought'],
  ['August', '45 mm', 'Water deeply if needed'],
  ['September', '40 mm', 'Scarify, aerate, top-dress, overseed'],
  ['October', '45 mm', 'Autumn feed, rake leaves'],
  ['November', '50 mm if growing', 'Last cut, clear leaves'],
  ['December', 'No mowing', 'Keep off frozen grass'],
];
const vClose = [
  j(
    'If you would rather leave it to us, our lawn care plans cover four to seven visits a year and include feeding, weed control',
    'and a free soil test in the first year.',
  ),
];
const vNav = ['Services', 'Grounds maintenance', 'Lawn care plans', 'Tree work', 'Sectors', 'Case studies', 'Blog', 'Get a quote'];
const vTags = ['Lawn Care', 'Seasonal Advice'];
const vRelated = [
  ['Why we leave the clippings on', 'Mulch mowing saves time and feeds the lawn. Here is how it works.'],
  ['Moss in lawns: causes and cures', 'Shade, compaction and poor drainage are usually to blame.'],
];
const vFoot = ['Privacy policy', 'Terms', 'Careers', 'Accessibility'];
const vCookie = j(
  'This website stores cookies on your computer. These cookies are used to collect information on how you interact with our',
  'website and allow us to remember you.',
);
const hs = (id: string, type: string, inner: string): string => `<span id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_meta_field
hs_cos_wrapper_type_${type}" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="${type}">${inner}</span>`;
const vBodyHtml = [
  ps(vIntro),
  `<!--more-->`,
  vSections.map(([h, p]) => `<h2>${h}</h2>\n${ps(p)}`).join('\n'),
  `<h2>${vTableTitle}</h2><div class="hs-table-wrapper" data-hs-responsive-table="true">
<table style="border-collapse: collapse; table-layout: fixed; width: 100%;">
<tbody><tr>${vHeader.map((c) => `<td style="width: 33%;"><strong>${c}</strong></td>`).join('')}</tr>\n${trs(vRows)}</tbody></table></div>`,
  ps(vClose),
  `<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-4c1a2b3d">
<span class="hs-cta-node hs-cta-4c1a2b3d" id="hs-cta-4c1a2b3d">
<a href="https://cta-redirect.hubspot.com/cta/redirect/2761543/4c1a2b3d"><img class="hs-cta-img" id="hs-cta-img-4c1a2b3d" style="border-width:0px;"
src="https://no-cache.hubspot.com/cta/default/2761543/4c1a2b3d.png" alt="Book a free lawn assessment"></a></span>
<script charset="utf-8" src="https://js.hscta.net/cta/current.js"></script>
<script type="text/javascript">hbspt.cta.load(2761543, '4c1a2b3d', {"useNewLoader":"true"});
</script></span><!-- end HubSpot Call-to-Action Code --></p>`,
].join('\n');
const vMenu = `<ul class="submenu level-1"><li class="has-submenu menu-item hs-skip-lang-url-rewrite"><a href="/services" class="menu-link">${vNav[0]}</a>
<input type="checkbox" id="Services" class="submenu-toggle"><label class="menu-arrow" for="Services"><span class="menu-arrow-bg"></span></label>
<ul class="submenu level-2">${links(vNav.slice(1, 4), 'no-submenu menu-item hs-skip-lang-url-rewrite')}</ul></li>
${links(vNav.slice(4), 'no-submenu menu-item hs-skip-lang-url-rewrite')}</ul>`;
const vHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${vTitle}</title><link rel="shortcut icon" href="https://www.verdantgrounds.example/hubfs/favicon.png">
<meta name="description" content="What to do on your lawn each month of the year, from the Verdant Grounds crews.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:description" content="What to do on your lawn each month of the year."><meta property="og:title" content="${vTitle}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="https://www.verdantgrounds.example/hubfs/hub_generated/template_assets/1/61234567890/1709312345678/template_main.min.css">
<style>#hs-button_widget_1709{background-color:#3f7d3a;}</style>
<link rel="amphtml" href="https://www.verdantgrounds.example/blog/lawn-care-calendar?hs_amp=true">
<meta property="og:url" content="https://www.verdantgrounds.example/blog/lawn-care-calendar"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.verdantgrounds.example/blog/lawn-care-calendar"><meta property="article:published_time" content="2026-03-02T09:00:00Z">
<meta property="article:author" content="Chloe Brannigan"><meta property="article:tag" content="Lawn Care"><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-158234567890 hs-blog-post hs-blog-id-61234567890">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main">
<div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<a href="//www.verdantgrounds.example" id="hs-link-site_logo_hs_logo_widget">
<img src="https://www.verdantgrounds.example/hubfs/verdant-logo.svg" class="hs-image-widget" width="200" alt="Verdant Grounds Maintenance"></a></div></div>
<div class="header__column"><div class="header__row-1"><div class="header__search header--element"><div class="hs-search-field">
<div class="hs-search-field__bar">
<form data-hs-do-not-collect="true" action="/hs-search-results"><label class="hs-search-field__label show-for-sr" for="site_search-input">Search</label>
<input type="text" id="site_search-input" class="hs-search-field__input" name="term" autocomplete="off" aria-label="Search" placeholder="Search">
<button aria-label="Search"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"><g><path d="M505 442.7L405.3 343"></path></g></svg></button>
</form></div>
<ul class="hs-search-field__suggestions"></ul></div></div></div><div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div>
<div class="header__navigation header--element"><nav aria-label="Main menu" class="navigation-primary">${vMenu}</nav></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post">
<h1>${hs('name', 'text', vTitle)}</h1><div class="blog-post__meta"><a href="https://www.verdantgrounds.example/blog/author/chloe-brannigan">Chloe Brannigan</a>
<div class="blog-post__timestamp">March 2, 2026</div></div>
<div class="blog-post__body">${hs('post_body', 'rich_text', vBodyHtml)}</div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 640 512" aria-hidden="true"><g><path d="M497.9 225.9L286.1 14.1"></path></g></svg>
${vTags
  .map(
    (t) => `<a class="blog-post__tag-link"
href="https://www.verdantgrounds.example/blog/tag/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`,
  )
  .join(',')}</div></article>
<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_comments">
<div class="section post-footer"><div id="comments-listing" class="new-comments"></div><div id="hs_form_target_8d7c6b5a"></div></div></div></section></div>
<div class="blog-related-posts"><div class="content-wrapper"><h2 class="blog-related-posts__title">Related posts</h2><div class="blog-related-posts__list">
${vRelated
  .map(
    ([t, s]) => `<article class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/blog/related"><img class="blog-related-posts__image"
src="https://www.verdantgrounds.example/hubfs/related.jpg" alt=""></a><div class="blog-related-posts__content"><h3><a class="blog-related-posts__title-link"
href="/blog/related">${t}</a></h3><p class="blog-related-posts__post-summary">${s}</p></div></article>`,
  )
  .join('\n')}</div></div></div></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer">
<div class="container-fluid footer__container content-wrapper">
<p>Verdant Grounds Maintenance Ltd · Unit 9, Tamsford Business Park · 01632 960581</p><nav aria-label="Footer">
<ul class="footer__menu">${links(vFoot)}</ul></nav>
<p class="footer__copyright">© 2026 Verdant Grounds Maintenance Ltd</p></div></footer></div></div>
<!-- Start of HubSpot Analytics Code --><script type="text/javascript">var _hsq = _hsq || [];_hsq.push(["setContentType", "blog-post"]);
_hsq.push(["setCanonicalUrl", "https:\\/\\/www.verdantgrounds.example\\/blog\\/lawn-care-calendar"]);</script><!-- End of HubSpot Analytics Code -->
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-region-role="region">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>${vCookie}</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button"
href="#">Decline</a></div></div></div></div></body></html>`;
const verdant: TestPage = {
  name: 'heldout544-verdant-hubspot-lawn-calendar',
  kind: 'blog',
  html: vHtml,
  title: vTitle,
  headings: [...vSections.map(([h]) => h), vTableTitle],
  body: [...vIntro, ...vSections.flatMap(([, p]) => p), ...rowTexts(vRows), ...vClose],
  bylines: ['Chloe Brannigan', 'March 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', 'Services', 'Grounds maintenance', 'Tree work', 'Sectors', 'Case studies', 'Blog', 'Get a quote', 'Seasonal Advice',
    'Related posts', ...vRelated.flat(), 'Verdant Grounds Maintenance Ltd · Unit 9, Tamsford Business Park · 01632 960581', ...vFoot,
    '© 2026 Verdant Grounds Maintenance Ltd', vCookie, 'Accept', 'Decline',
  ],
};

const rTitle = 'Our Prices';
const rIntro = [
  j(
    'All prices below are a guide only and include VAT, clearing away and disposal of all waste. Every job is different, so we',
    'will always come out and give you a free written quotation before any work is started.',
  ),
];
const rRows = [
  ['Hedge cutting (average garden hedge)', '£95'],
  ['Small tree pruning or reshaping', '£150'],
  ['Felling small tree (under 6 metres)', '£220'],
  ['Stump grinding (per stump)', '£80'],
  ['Logs, per load delivered', '£70'],
];
const rNote = j(
  'OAP discount of 10% on all work. We are fully insured and have over 40 years experience in the trade. Sorry, we do not take',
  'card payments.',
);
const rFoot = ['Home', 'About Us', 'Services', 'Prices', 'Gallery', 'Contact'];
const rHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>R. Caddick &amp; Son - Tree Surgeons - Prices</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="tree surgeon, tree felling, hedge cutting, stump grinding, Marlbury, logs">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script>
<style type="text/css"><!-- .bodytext { font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 12px; color: #333333 }
a:link { color: #2F5F2F } --></style></head>
<body bgcolor="#E8E8D8" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/nav_home_on.gif')">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="760" height="120" alt="R. Caddick &amp; Son Tree Surgeons - Est. 1979"></td></tr>
<tr><td width="160" valign="top" bgcolor="#2F5F2F">
${rFoot
  .map(
    (t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.htm" onMouseOut="MM_swapImgRestore()"><img src="images/nav_${t.toLowerCase().replace(/ /g, '')}.gif"
width="160" height="30" border="0" alt="${t}"></a><br>`,
  )
  .join('\n')}
<br><div align="center"><font face="Verdana" size="1" color="#FFFFFF"><b>Call Ray on<br>01632 960227<br>or 07700 900845</b></font></div><br></td>
<td width="600" valign="top" class="bodytext"><table width="100%" border="0" cellpadding="15"><tr><td class="bodytext"><font face="Verdana, Arial" size="2">
<b><font size="4" color="#2F5F2F">${rTitle}</font></b><br><br>${rIntro[0]}<br><br>
<table border="1" cellpadding="4" cellspacing="0" width="95%" bordercolor="#CCCCCC"><tr bgcolor="#2F5F2F"><td><font color="#FFFFFF"><b>Job</b></font></td>
<td><font color="#FFFFFF"><b>Price from</b></font></td></tr>
${trs(rRows, 'bodytext')}</table><br>${rNote}<br><br></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#2F5F2F" align="center"><font face="Verdana" size="1" color="#FFFFFF">
${rFoot.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font color="#FFFFFF">${t}</font></a>`).join(' | ')}<br>
&copy; 2004-2019 R. Caddick &amp; Son. All rights reserved.<br>Site last updated 14/02/2019<br>You are visitor number
<img src="http://counter.digits.example/?counter={c8a1-77}&amp;template=simple" alt="hit counter" border="0"></font></td></tr></table></body></html>`;
const caddick: TestPage = {
  name: 'heldout544-caddick-table-layout-prices',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: [...rIntro, ...rowTexts(rRows), rNote],
  bylines: ['Site last updated 14/02/2019'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Call Ray on', '01632 960227', 'or 07700 900845', 'Home', 'About Us', 'Services', 'Gallery', 'Contact',
    '© 2004-2019 R. Caddick & Son. All rights reserved.',
    'You are visitor number',
  ],
};

export const HELDOUT544_F: readonly TestPage[] = [verdant, caddick];
