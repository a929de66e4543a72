import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle } from './pages-heldout656-kit.js';

/**
 * Held-out batch 656, file f: a stump grinding explainer on a HubSpot CMS blog (hs_cos_wrapper fields, CTA, subscribe form,
 * HubSpot cookie banner) and a crown reduction page on an old table-layout tree surgeon's site (font tags, spacer GIFs, counter).
 */
const hTitle = 'Stump grinding: what to expect on the day';
const hBody = [
  j(
    'A stump left behind after a tree is felled can take fifteen years or more to rot away, and in the meantime it sprouts, trips people',
    'up and gets in the way of the mower. Grinding it out is quick and tidy, but customers are often surprised by how the day goes, so',
    'here is what happens from start to finish.',
  ),
  'Before we arrive',
  j(
    'We will ask you about access when you book. Our smallest grinder fits through a 70 centimetre gate; the larger tracked machine needs',
    'about a metre. Please let us know about any buried pipes, cables or drains near the stump, and mark them if you can.',
  ),
  'On the day',
  'Most domestic stumps take between 30 minutes and two hours. The work goes in this order:',
  'Grinding to depth',
  j(
    'As standard we grind to 20 to 30 centimetres below ground level, which is enough to lay turf or plant a small shrub. If you want',
    'to plant another tree in the same spot, tell us when you book: we will go deeper and take out the main surface roots.',
  ),
  'Afterwards',
  j(
    'The hole is backfilled with the chippings, which will sink over a few months as they rot. You can top it up with soil and reseed,',
    'or we can take the chippings away for a small charge and fill the hole with topsoil instead.',
  ),
];
const hSteps = [
  'We lay boards over the lawn to protect it and set up a screen to catch flying chips.',
  'The stump is cut down close to the ground with a chainsaw.',
  'The grinder works across the stump and down into the roots, a few centimetres at a time.',
  'We rake the area, clear the chippings from paths and beds, and check the depth with you.',
];
const hTags = ['Stump Grinding', 'Tree Removal'];
const hHead = ['Services', 'Areas We Cover', 'Advice', 'Reviews', 'Contact'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title><meta name="description" content="How stump grinding works, step by step.">
<link rel="canonical" href="https://www.greenreachtrees.co.uk/blog/stump-grinding-what-to-expect"><meta property="og:type" content="article">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="/hs-fs/hub/4412087/hub_generated/template_assets/1/84930212545/1761123450000/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","datePublished":"2026-01-20"}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-98123345678 hs-blog-post hs-blog-id-88123456789">
<div data-global-resource-path="greenreach-theme/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo"><span id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/"
id="hs-link-site_logo"><img src="/hubfs/greenreach-logo.png" class="hs-image-widget" alt="Greenreach Tree Services"></a></span></div>
<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">${hHead
  .map(
    (t) => `<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite">
<a class="menu__link" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('\n')}</ul></nav><div class="header__button"><a class="button" href="/get-a-quote">Get a quote</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/sanjay-brightwell">Sanjay Brightwell</a><time datetime="2026-01-20 09:30:00"
class="blog-post__timestamp">Jan 20, 2026 9:30:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps([hBody[0] ?? ''])}
<!--more--><h2>${hBody[1]}</h2>${ps([hBody[2] ?? ''])}
<h2>${hBody[3]}</h2>${ps([hBody[4] ?? ''])}<ol>${lis(hSteps)}</ol>
<h3>${hBody[5]}</h3>${ps([hBody[6] ?? ''])}
<h2>${hBody[7]}</h2>${ps([hBody[8] ?? ''])}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-3f2a1b0c"><span class="hs-cta-node hs-cta-3f2a1b0c"
id="hs-cta-3f2a1b0c"><a href="https://cta-redirect.hubspot.com/cta/redirect/4412087/3f2a1b0c"><img class="hs-cta-img" id="hs-cta-img-3f2a1b0c"
style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/4412087/3f2a1b0c.png" alt="Book your stump grinding"></a></span></span>
<!-- end HubSpot Call-to-Action Code --></p></span></div>
<div class="blog-post__tags"><svg class="blog-post__tags-icon" aria-hidden="true"></svg>${hTags
  .map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase().replace(/ /g, '-')}" rel="tag">${t}</a>`)
  .join(',\n')}</div></article>
<section class="blog-post__subscribe"><h3>Subscribe to Greenreach Advice</h3><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<form class="hs-form stacked" novalidate><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-1a2b"><span>Email</span><span
class="hs-form-required">*</span></label><div class="input"><input id="email-1a2b" name="email" required type="email" class="hs-input"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></section>
</div></div></main>
<div data-global-resource-path="greenreach-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Greenreach Tree Services Ltd, 14 Weir Road, Ambridge Mills</p><p>© 2026 Greenreach Tree Services. All rights reserved.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-banner-type="ccpa">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores cookies on your
computer. These cookies are used to improve your website experience and provide more personalised services to you.</p>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button"
role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cta/static-1.59/js/main.js"></script><script>hbspt.cta.load(4412087, '3f2a1b0c', {"useNewLoader":"true"});</script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/4412087.js"></script></body></html>`;
const hubspotStump: TestPage = {
  name: 'heldout656-hubspot-stump-grinding',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [hBody[1] ?? '', hBody[3] ?? '', hBody[5] ?? '', hBody[7] ?? ''],
  body: texts([hBody[0] ?? '', hBody[2] ?? '', hBody[4] ?? '', ...hSteps, hBody[6] ?? '', hBody[8] ?? '']),
  bylines: ['Sanjay Brightwell', 'Jan 20, 2026 9:30:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hHead, 'Get a quote', ...hTags, 'Subscribe to Greenreach Advice', 'Email',
    'Greenreach Tree Services Ltd, 14 Weir Road, Ambridge Mills', '© 2026 Greenreach Tree Services. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

const oTitle = 'Crown Reduction and Crown Thinning';
const oBody = [
  j(
    'Crown reduction makes a tree smaller by shortening its branches back to suitable side branches, keeping the natural shape of the',
    'tree. It is the right choice when a tree has outgrown its space, is shading a house or garden, or is catching the wind.',
  ),
  j(
    'Crown thinning removes a proportion of the smaller inner branches, usually no more than 20 per cent, without changing the overall',
    'size. It lets more light through and reduces the weight of heavy limbs, and is often done on large oaks, beeches and limes.',
  ),
  'We do NOT carry out topping, which leaves ugly stubs and weakens the tree. All our work is to British Standard 3998.',
  'Prices',
  'Every tree is different, so we always visit before giving a price. As a rough guide:',
];
const oRows = [
  ['Small tree (fruit tree, birch)', 'from £180'],
  ['Medium tree (cherry, sycamore)', 'from £350'],
  ['Large tree (oak, beech, lime)', 'from £650'],
];
const oNav = ['Home', 'Felling', 'Crown Reduction', 'Hedges', 'Stumps', 'Prices', 'Contact Us'];
const oCell = (t: string): string => `<td class="navcell"><a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font face="Verdana" size="2" color="#FFFFFF">
<b>${t}</b></font></a></td>`;
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Oakhurst Tree Surgeons - Crown Reduction - Tree Surgeon Fernbridge, Lowden, Ashby Marsh</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="tree surgeon, crown reduction, crown thinning, fernbridge, lowden, tree felling, hedge cutting">
<meta name="description" content="Oakhurst Tree Surgeons - crown reduction and thinning in Fernbridge and surrounding areas">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script><link href="style.css" rel="stylesheet" type="text/css"></head>
<body bgcolor="#2E4A1F" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="780" height="140" alt="Oakhurst Tree Surgeons - Est. 1987"></td></tr>
<tr><td colspan="2" bgcolor="#5B7F3A"><table border="0" cellpadding="6" cellspacing="0"><tr>${oNav.map(oCell).join('\n')}</tr></table></td></tr>
<tr><td width="180" valign="top" bgcolor="#E8F0DC"><img src="images/spacer.gif" width="180" height="10">
<p align="center"><font face="Verdana" size="2"><b>Call Mike on</b><br><font size="3" color="#2E4A1F"><b>01632 960 892</b></font><br>or mobile
<br>07700 900 314</font></p>
<p align="center"><img src="images/nptc.gif" width="120" height="60" alt="NPTC"><br><font face="Verdana" size="1">Fully qualified and insured</font></p>
<p align="center"><font face="Verdana" size="1">Free quotes - no job too small!</font></p></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="15" cellspacing="0"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2"><h1><font color="#2E4A1F" size="5">${oTitle}</font></h1>
${ps(oBody.slice(0, 3))}
<h2><font color="#2E4A1F" size="4">${oBody[3]}</font></h2>
${ps([oBody[4] ?? ''])}
<table width="90%" border="1" cellpadding="4" cellspacing="0" bordercolor="#5B7F3A">
${oRows.map((r) => `<tr><td><font face="Verdana" size="2">${r[0]}</font></td><td><font face="Verdana" size="2">${r[1]}</font></td></tr>`).join('\n')}
</table>
<p><img src="images/spacer.gif" width="1" height="10"></p>
<p align="center"><a href="contactus.htm"><img src="images/quote-button.gif" width="200" height="40" border="0" alt="Click here for a FREE quote"></a></p>
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#5B7F3A" align="center"><font face="Verdana" size="1" color="#FFFFFF">${oNav
  .map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font color="#FFFFFF">${t}</font></a>`)
  .join(' | ')}<br>
&copy; Oakhurst Tree Surgeons 2004-2026. All rights reserved.<br>Site by FernWeb Design</font></td></tr>
<tr><td colspan="2" align="center"><font face="Verdana" size="1">You are visitor number <img src="cgi-bin/counter.gif" alt="counter"> since
March 2004</font></td></tr></table></body></html>`;
const tableCrown: TestPage = {
  name: 'heldout656-table-crown-reduction',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: [oBody[3] ?? ''],
  body: texts([...oBody.slice(0, 3), oBody[4] ?? '', ...oRows.map((r) => r.join(' '))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...oNav, 'Call Mike on', '01632 960 892', 'or mobile', '07700 900 314', 'Fully qualified and insured', 'Free quotes - no job too small!',
    '© Oakhurst Tree Surgeons 2004-2026. All rights reserved.', 'Site by FernWeb Design', 'You are visitor number', 'since March 2004',
  ],
};

export const HELDOUT656_F: readonly TestPage[] = [hubspotStump, tableCrown].map(settle);
