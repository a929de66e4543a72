import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout676-kit.js';

/**
 * Held-out batch 676, file f: an all-star cheer gym's blog post on HubSpot CMS (growth theme: cookie banner, author meta,
 * tags, related posts, a CTA and a subscribe form), and a village gymnastics club's news page in an old table layout.
 */
const hTitle = 'What to expect at your first all-star competition';
const hH = ['Before the day', 'Check-in and warm-up', 'On the mat', 'Awards'];
const hIntro = j(
  'Your athlete\u2019s first competition is a big day for the whole family. Here is a walk through of how a typical event runs,',
  'so nothing comes as a surprise.',
);
const hBefore = [
  j(
    'About a week before, the event producer releases the schedule with each team\u2019s check-in, warm-up and performance times.',
    'We share it in the parent app as soon as it lands. Times can move by up to an hour, so plan to be flexible.',
  ),
  'Pack the night before:',
];
const hPack = [
  'full uniform, bow and cheer shoes',
  'hair and make-up kit (team look guide is in the app)',
  'water, snacks and a warm layer',
  'wristband or spectator ticket',
];
const hWarm = j(
  'Athletes check in with their coach at the team meeting point 90 minutes before they perform. From there they go to the warm-up',
  'area, which parents cannot enter. Warm-up is tightly timed: a few minutes each on tumbling, stunts and a full-out routine.',
);
const hMat = [
  j(
    'Each team performs a two-and-a-half-minute routine. Judges score stunts, pyramids, tumbling, jumps and dance, and take off points',
    'for falls and safety faults. Cheer loudly! Crowd noise really does help the athletes.',
  ),
  'Please do not film from the front rows or the aisles. Event staff will ask you to move.',
];
const hAwards = j(
  'Awards are usually held in blocks at the end of each session. Teams sit together on the mat and every athlete gets a medal, with',
  'trophies or banners for the placings. Then it is time for photos, and a very tired car journey home.',
);
const hNav = ['Programs', 'Teams', 'Schedule', 'About Us', 'Blog'];
const hRelated: readonly (readonly [string, string])[] = [
  ['Hair and make-up: the team look, step by step', 'Our senior athletes show how to get competition hair that lasts all day.'],
  ['Choosing the right cheer shoes', 'Fit, grip and when to replace them: a guide for parents.'],
  ['Meet our new tumbling coach', 'Coach Marisol joins us from the coast with fifteen years of coaching.'],
];
const hHtml = `<!doctype html><html lang="en"><head>
<meta charset="utf-8"><title>${hTitle}</title><meta name="description" content="A parent's guide to competition day.">
<link rel="shortcut icon" href="https://www.summitpeakallstars.com/hubfs/favicon.png"><meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:description" content="A parent's guide to competition day."><meta property="og:title" content="${hTitle}"><meta property="og:type"
content="article">
<link rel="stylesheet" href="https://www.summitpeakallstars.com/hubfs/hub_generated/template_assets/1/97312/1712345678/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Kayla Brandt"},
"datePublished":"2026-03-03T16:15:00Z"}</script>
<link rel="amphtml" href="https://www.summitpeakallstars.com/blog/first-competition?hs_amp=true"><meta property="og:url"
content="https://www.summitpeakallstars.com/blog/first-competition">
<meta http-equiv="content-language" content="en"><link rel="canonical" href="https://www.summitpeakallstars.com/blog/first-competition"></head>
<body><div class="body-wrapper   hs-content-id-1673210 hs-blog-post hs-blog-id-1673001"><div
data-global-resource-path="@hubspot/growth/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div
class="header__logo-col">
<div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget"
data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/"
id="hs-link-site_logo_hs_logo_widget" style="border-width:0px;border:0px;"><img src="https://www.summitpeakallstars.com/hubfs/logo.png" class="hs-image-widget"
height="60"
style="height: auto;width:180px;border-width:0px;border:0px;" width="180" alt="Summit Peak All Stars"></a></span></div></div>
<div class="header__menu-col"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${hNav
  .map(
    (t) => `<li class="menu__item menu__item--depth-1  hs-skip-lang-url-rewrite"><a class="menu__link${t === 'Blog' ? ' menu__link--active-link' : ''}"
href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('\n')}</ul></nav></div>
<div class="header__button-col"><a class="button" href="/free-trial">Book a free trial</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article
class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="https://www.summitpeakallstars.com/blog/author/kayla-brandt">Kayla Brandt</a>
<time datetime="2026-03-03 16:15:00" class="blog-post__timestamp">Mar 3, 2026 4:15:00 PM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text"><p>${hIntro}</p>
<!--more--><h2>${hH[0]}</h2>${ps(hBefore)}<ul>${lis(hPack)}</ul>
<h2>${hH[1]}</h2><p>${hWarm}</p>
<p><img src="https://www.summitpeakallstars.com/hs-fs/hubfs/warmup.jpg?width=800&amp;name=warmup.jpg" alt="Team warming up" width="800" loading="lazy"
style="width: 800px; margin-left: auto; margin-right: auto; display: block;"></p>
<h2>${hH[2]}</h2>${ps(hMat)}
<h2>${hH[3]}</h2><p>${hAwards}</p></span></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"></svg><a class="blog-post__tag-link"
href="/blog/tag/competition">Competition</a>
<a class="blog-post__tag-link" href="/blog/tag/parents">Parents</a></div>
<div class="blog-post__cta"><span class="hs-cta-wrapper" id="hs-cta-wrapper-7a1c"><span class="hs-cta-node hs-cta-7a1c" id="hs-cta-7a1c"><a
href="https://cta-redirect.hubspot.com/cta/redirect/1673001/7a1c" class="cta_button">Download the competition day checklist</a></span></span></div>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_comments"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_blog_comments_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_blog_comments"><div class="section post-footer"><div id="comments-listing" class="new-comments"></div><div id="hs_form_target_4f2a"></div>
</div>
</span></div></div></article></div>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRelated
  .map(
    ([t, e]) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><div class="blog-related-posts__content"><h3><a
class="blog-related-posts__title-link"
href="/blog/${t
      .slice(0, 12)
      .toLowerCase()
      .replace(/[^a-z]+/g, '-')}">${t}</a></h3><p>${e}</p></div></article>`,
  )
  .join('\n')}
</div></div></section>
<div class="blog-subscribe"><div class="content-wrapper"><h3>Subscribe by email</h3><form class="hs-form"
action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/1673001/9b3e">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-9b3e"><span>Email</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="email-9b3e" name="email" required type="email" class="hs-input" autocomplete="email"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div>
</div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Summit Peak All Stars · 14 Quarry Lane, Ashcombe AS4 7PD</p><p>© 2026 Summit Peak All Stars</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-not-dismissable="1">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>This website stores cookies on your
computer.
These cookies are used to improve your website experience and provide more personalized services to you.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button"
role="button">Decline</a>
</div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script
src="https://www.summitpeakallstars.com/hubfs/hub_generated/template_assets/1/97313/main.min.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/1673001.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout676-hubspot-first-competition',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([hIntro, ...hBefore, ...hPack, hWarm, ...hMat, hAwards]),
  bylines: ['Kayla Brandt', 'Mar 3, 2026 4:15:00 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Programs', 'About Us', 'Blog', 'Book a free trial', 'Download the competition day checklist', 'Related posts', ...hRelated.flat(),
    'Subscribe by email', 'Email', 'Summit Peak All Stars · 14 Quarry Lane, Ashcombe AS4 7PD', '© 2026 Summit Peak All Stars',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

const tTitle = 'Summer Display 2026 - Thank You!';
const tBody = [
  j(
    'Well done to all 58 gymnasts who took part in our summer display at Hambury Village Hall on Saturday 11th July. The hall was',
    'packed and the Under 8s stole the show with their ribbon routine.',
  ),
  j(
    'Thank you to the parents who baked for the cake stall and ran the tombola. Together they raised £326, which will go towards',
    'a new springboard for the club.',
  ),
  'The club breaks up for the summer on Friday 24th July. Classes start again on Monday 7th September at the usual times.',
  'Photos are available to order from Mrs Hendry at the Monday class.',
];
const tNav = ['Home', 'Club News', 'Classes &amp; Times', 'Coaches', 'Fees', 'Photo Gallery', 'Links', 'Contact Us'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Little Hambury Gymnastics Club - Club News</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords" content="gymnastics, hambury, children, classes, club">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><link rel="stylesheet" href="style.css" type="text/css">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="images/banner.jpg" width="760" height="120" alt="Little Hambury Gymnastics Club"></td></tr>
<tr><td colspan="2" bgcolor="#003399"><marquee scrollamount="3"><font face="Verdana, Arial, Helvetica, sans-serif" size="2" color="#FFFFFF"><b>New members
welcome
- ring Jean on 01632 960418</b></font></marquee></td></tr>
<tr><td width="160" valign="top" bgcolor="#CCDDFF"><table width="100%" border="0" cellpadding="4" cellspacing="0">
${tNav
  .map(
    (t) => `<tr><td><font face="Verdana, Arial, Helvetica, sans-serif" size="2"><a href="${t.toLowerCase().replace(/[^a-z]+/g, '')}.htm">${t}</a></font>
</td></tr>`,
  )
  .join('\n')}
</table><p align="center"><img src="images/logo_small.gif" width="120" height="120" alt="club logo"></p></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="10" cellspacing="0"><tr><td>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2"><font size="1"><a href="index.htm">Home</a> &gt; Club News</font>
<h2><font color="#003399">${tTitle}</font></h2>
<p><i>Posted 14/07/2026</i></p>
${ps(tBody)}
<p align="center"><img src="images/display2026.jpg" width="400" height="267" alt="display"><br><font size="1">The Under 8s ribbon routine</font></p>
<p><a href="news_archive.htm">&lt;&lt; Older news</a></p></font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#003399" align="center"><font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">
&copy; Little Hambury Gymnastics Club 2004-2026 | Last updated 14/07/2026<br>You are visitor number <img src="http://counter.example.net/c.gif?id=hambury"
alt="004127"></font></td></tr>
</table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout676-table-layout-display',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tBody),
  bylines: ['Posted 14/07/2026', 'Last updated 14/07/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'New members welcome - ring Jean on 01632 960418', ...texts(tNav), 'Home > Club News', 'The Under 8s ribbon routine', '<< Older news',
    '© Little Hambury Gymnastics Club 2004-2026', 'You are visitor number',
  ],
};

export const HELDOUT676_F: readonly TestPage[] = [hubspot, tableLayout];
