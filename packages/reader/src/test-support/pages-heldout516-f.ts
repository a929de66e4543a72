import { links, ps, type TestPage, texts } from './page-kit.js';
import { amp, finish, j } from './pages-heldout516-kit.js';

/**
 * Held-out batch 516, file f: a family portrait studio's policies page on an old table layout (FrontPage era, spacer GIFs,
 * hit counter) and a corporate video studio's blog post on HubSpot CMS with its CTA, subscribe form and related posts.
 */
const tTitle = 'Studio Policies';
const tBody = [
  'Please read these policies before your sitting. They help us keep our prices fair for every family.',
  'Appointments',
  'All sittings are by appointment. A $40 sitting fee is paid when you book and is credited toward your order.',
  'If you are more than 15 minutes late we may need to shorten your sitting or move it to another day.',
  'Proofs and orders',
  'Proofs are ready for viewing at the studio ten days after your sitting. Orders must be placed within 30 days.',
  'Half of your order is paid when you order, and the balance when you pick it up. We accept cash, checks and all major credit cards.',
  'Reprints',
  'We keep negatives and digital files for five years. Reprints can be ordered at any time during that period at current prices.',
];
const tHeads = [1, 4, 7];
const tNav = ['Home', 'Family Portraits', 'Seniors', 'Sports Teams', 'Policies', 'Directions'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document"><title>Pruett Family Portrait Studio - Policies</title>
<meta name="keywords" content="portraits, family portraits, senior pictures, Cobb Falls"><style><!-- .nav { font-family: Verdana; font-size: 8pt } --></style>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFF0" topmargin="0" leftmargin="0" onload="MM_preloadImages('images/nav_home_on.gif')">
<table border="0" width="760" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2" bgcolor="#4B2E14" height="90">
<img src="images/logo.gif" width="420" height="90" alt="Pruett Family Portrait Studio"></td></tr>
<tr><td colspan="2" bgcolor="#C8A96A" align="center"><font face="Verdana" size="1" color="#4B2E14"><b>Serving Cobb Falls families since 1978
&nbsp;&#8226;&nbsp; (555) 013-7720</b></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#EFE4CC"><img src="images/spacer.gif" width="160" height="10"><br>
<table border="0" width="100%" cellpadding="4" cellspacing="0">
${tNav.map((t) => `<tr><td class="nav"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></td></tr>`).join('\n')}
</table><br><center><font face="Verdana" size="1">Open Tue-Sat<br>10 am - 6 pm</font></center></td>
<td width="600" valign="top"><table border="0" width="100%" cellpadding="12" cellspacing="0"><tr><td>
<font face="Georgia" size="5" color="#4B2E14"><b>${tTitle}</b></font><br><img src="images/divider.gif" width="300" height="8"><br>
<font face="Verdana" size="2"><p>${tBody[0]}</p>
${tHeads
  .map((h, k) => {
    const end = tHeads[k + 1] ?? tBody.length;
    return `<p><font size="3" color="#4B2E14"><b>${tBody[h]}</b></font></p>\n${ps(tBody.slice(h + 1, end).map(amp))}`;
  })
  .join('\n')}
</font></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#4B2E14" align="center"><font face="Verdana" size="1" color="#FFFFFF">Copyright &copy; 2009 Pruett Family Portrait Studio.
All rights reserved.<br>412 Main Street, Cobb Falls<br>You are visitor number <img src="/cgi-bin/counter.gif" alt="counter"> since March 2003.</font>
</td></tr></table></body></html>`;
const tables: TestPage = finish({
  name: 'heldout516-table-layout-studio-policies',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tHeads.map((i) => tBody[i] ?? ''),
  body: tBody.filter((_, i) => !tHeads.includes(i)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Serving Cobb Falls families since 1978 • (555) 013-7720', ...tNav, 'Open Tue-Sat', '10 am - 6 pm',
    'Copyright © 2009 Pruett Family Portrait Studio. All rights reserved.', '412 Main Street, Cobb Falls', 'You are visitor number since March 2003.',
  ],
});

const hTitle = 'Five Questions to Answer Before You Brief a Video Studio';
const hBody = [
  j(
    'A good brief saves weeks. Over the last year we have quoted on more than two hundred corporate films, and the projects',
    'that went best almost always started with a client who had already answered these five questions.',
  ),
  '1. Who is the film for?',
  j(
    'Name one audience, not three. A recruitment film for graduates and an investor update need different pacing, different',
    'music and different people on screen. If you need both, you probably need two films.',
  ),
  '2. Where will people watch it?',
  j(
    'A film that plays on a trade-show screen with no sound is edited very differently from one embedded on a landing page.',
    'Tell us every place it will appear, including the ones you are only hoping for.',
  ),
  '3. What should viewers do next?',
  j(
    'Apply, book a demo, donate, share? One clear action shapes the whole script. "Feel good about the brand" is fine too,',
    'but say so, because it changes how we measure success.',
  ),
  '4. What is the real deadline?',
  j(
    'Is there a launch, an event or a board meeting the film must be ready for? Work back from that date and leave two weeks',
    'of slack for approvals. Sign-off is the step that most often runs late.',
  ),
  '5. What is the budget range?',
  j(
    'You do not need an exact figure, but a range lets us propose the right crew and number of shoot days instead of',
    'guessing. Most of our corporate films fall between £8,000 and £30,000.',
  ),
  'If you can answer these five, send them over and we will come back with a treatment and a quote within a week.',
];
const hHeads = [1, 3, 5, 7, 9];
const hNav = ['Services', 'Work', 'About', 'Blog', 'Contact us'];
const hRel = [
  ['How Long Should a Brand Film Be?', 'Shorter than you think, and longer than the algorithm wants.'],
  ['What Happens on a Shoot Day', 'An hour-by-hour look at a typical day on location with our crew.'],
];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>Five Questions to Answer Before You Brief a Video Studio</title>
<link rel="shortcut icon" href="https://www.slatehouse.tv/hubfs/favicon.png"><meta name="description"
content="Answer these five questions and your video brief will save you weeks.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article"><link rel="canonical"
href="https://www.slatehouse.tv/blog/five-questions-before-you-brief">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Kiri Mahon"},
"datePublished":"2026-05-03T08:15:00Z"}</script>
<link rel="stylesheet" href="https://www.slatehouse.tv/hs-fs/hub/2291847/hub_generated/template_assets/1/growth-main.min.css">
<script>var hsVars = hsVars || {}; hsVars['language'] = 'en-gb';</script></head>
<body><div class="body-wrapper   hs-content-id-117403992801 hs-blog-post hs-blog-id-88201374512">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="https://www.slatehouse.tv" id="hs-link-site_logo"><img
src="https://www.slatehouse.tv/hubfs/slatehouse-logo.svg" alt="Slatehouse Video"></a></span></div>
<nav class="menu menu--desktop" aria-label="Main menu"><ul
class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav>
<div class="header__button"><a class="button" href="/get-a-quote">Get a quote</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article
class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.slatehouse.tv/blog/author/kiri-mahon">Kiri Mahon</a>
<time datetime="2026-05-03 08:15:00" class="blog-post__timestamp">May 3, 2026 9:15:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps([hBody[0] ?? ''])}
<!--more-->
${hHeads.map((h) => `<h2>${hBody[h]}</h2>\n${ps([amp(hBody[h + 1] ?? '')])}`).join('\n')}
<div class="hs-web-interactive-inline" data-hubspot-wrapper-cta-id="167039920104"><a
href="https://cta-service-cms2.hubspot.com/web-interactives/public/v1/track/click"
class="hs-inline-web-interactive-167039920104" data-hubspot-cta-id="167039920104">Download our one-page brief template</a></div>
${ps([hBody[11] ?? ''])}</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><path d="M0 252"/></svg>
<a class="blog-post__tag-link" href="/blog/tag/corporate-video">Corporate video</a>, <a class="blog-post__tag-link" href="/blog/tag/planning">Planning</a></div>
</article>
<div class="blog-subscribe"><h3>Get Reel Notes in your inbox</h3><form class="hs-form" id="hsForm_6a1b"><div class="hs_email hs-form-field">
<label for="email-6a1b"><span>Email</span><span class="hs-form-required">*</span></label><input id="email-6a1b" type="email" name="email"></div>
<div class="hs_submit hs-submit"><input type="submit" class="hs-button primary large" value="Subscribe"></div></form></div></div>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    ([t, ex]) => `<article class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/blog/"><img class="blog-related-posts__image"
src="/hubfs/rel.jpg" alt="${t}" loading="lazy"></a>
<div class="blog-related-posts__content"><h3><a class="blog-related-posts__title-link" href="/blog/">${t}</a></h3><p>${ex}</p></div></article>`,
  )
  .join('\n')}
</div></div></section></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Slatehouse Video Ltd · The Old Dairy, Pellow Street, Bristol BS3 · Company no. 10992831</p><p>© 2026 Slatehouse Video</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-banner-type="opt-in">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve
your website and provide more personalised services to you.</p></div><div id="hs-eu-cookie-confirmation-button-group">
<a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">Accept</a><a href="javascript:void(0);" id="hs-eu-decline-button"
role="button">Decline</a>
</div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="//js.hs-scripts.com/2291847.js"></script></body></html>`;
const hubspot: TestPage = finish({
  name: 'heldout516-hubspot-video-brief-post',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads.map((i) => hBody[i] ?? ''),
  body: texts(hBody.filter((_, i) => !hHeads.includes(i))),
  bylines: ['Kiri Mahon', 'May 3, 2026 9:15:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Get a quote', 'Download our one-page brief template', 'Corporate video, Planning', 'Get Reel Notes in your inbox', 'Email*',
    'Related posts', ...hRel.flat(), 'Slatehouse Video Ltd · The Old Dairy, Pellow Street, Bristol BS3 · Company no. 10992831', '© 2026 Slatehouse Video',
    'This website stores cookies on your computer. These cookies are used to improve your website and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
});

export const HELDOUT516_F: readonly TestPage[] = [tables, hubspot];
