import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, notIn, rowTexts } from './pages-heldout682-kit.js';

/**
 * Held-out batch 682, file f: a rehearsal studio's rates page on an old hand-built table layout (font tags, spacer GIFs,
 * left link column, hit counter), and a studio blog post on HubSpot CMS (blog post template, CTA, subscribe form, cookie banner).
 */
const tTitle = 'REHEARSAL RATES & OPENING HOURS';
const tHeads = ['Room rates (per hour)', 'Opening hours', 'House rules'];
const tRows = [
  ['Room 1 (small)', '£8.00', '£10.00'],
  ['Room 2 (medium)', '£10.00', '£12.50'],
  ['Room 3 (large, with stage)', '£13.00', '£16.00'],
];
const tNote = 'All rooms have a PA, mics, drum kit (bring your own cymbals!) and a bass amp. Guitar amps can be hired for £2 a session.';
const tHours = ['Monday to Friday: 12 noon - 12 midnight', 'Saturday and Sunday: 11am - 11pm', 'Bank holidays: phone to check'];
const tRules = [
  'No alcohol in the rooms.',
  'Please be ready to leave on time - the next band is waiting.',
  'Anything broken gets charged at cost. Drumsticks are not our problem!',
];
const tNav = ['HOME', 'RATES', 'ROOMS', 'PHOTOS', 'LINKS', 'GUESTBOOK', 'CONTACT'];
const f = (t: string, size = 2, color = '#FFFFFF'): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="${size}" color="${color}">${t}</font>`;
const tBottom = '<a href="index.htm">Home</a> | <a href="rooms.htm">Rooms</a> | <a href="contact.htm">Contact</a>';
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>The Bunker Rehearsal Studios - Rates</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="rehearsal studio, practice room, band, drums, Ashby Moor"><meta name="description"
content="The Bunker - cheap rehearsal rooms in Ashby Moor">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script>
<style type="text/css"><!-- a:link { color: #FFCC00; text-decoration: none } a:hover { color: #FF6600 } --></style></head>
<body bgcolor="#000000" text="#FFFFFF" link="#FFCC00" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><img src="images/bunker_banner.jpg" width="760" height="120" alt="The Bunker Rehearsal Studios"></td></tr>
<tr><td width="150" valign="top" bgcolor="#333333"><img src="images/spacer.gif" width="150" height="10"><br>
${tNav.map((t) => `&nbsp;&nbsp;<a href="${t.toLowerCase()}.htm">${f(`<b>${t}</b>`)}</a><br><img src="images/spacer.gif" width="1" height="8"><br>`).join('\n')}
<br>${f('<b>Book now:</b><br>01632 960 447', 1)}<br><br><center><img src="images/counter.gif" alt="">
<br>${f('You are visitor number 004211', 1, '#999999')}</center></td>
<td width="10"><img src="images/spacer.gif" width="10" height="1"></td>
<td width="600" valign="top"><br><p align="center">${f(`<b>${tTitle.replace('&', '&amp;')}</b>`, 5, '#FFCC00')}</p>
<p>${f(`<b>${tHeads[0]}</b>`, 3, '#FFCC00')}</p>
<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#666666">
<tr bgcolor="#660000"><td>${f('<b>Room</b>')}</td><td>${f('<b>Daytime (before 6pm)</b>')}</td><td>${f('<b>Evenings &amp; weekends</b>')}</td></tr>
${tRows.map((r) => `<tr>${r.map((c) => `<td>${f(c)}</td>`).join('')}</tr>`).join('\n')}</table>
<p>${f(tNote)}</p>
<p>${f(`<b>${tHeads[1]}</b>`, 3, '#FFCC00')}</p><ul>${lis(tHours.map((t) => f(t)))}</ul>
<p>${f(`<b>${tHeads[2]}</b>`, 3, '#FFCC00')}</p><ol>${lis(tRules.map((t) => f(t)))}</ol>
<hr size="1" noshade color="#666666"><p align="center">${f(tBottom, 1)}</p>
<p align="center">${f('Site last updated 14/03/2009', 1, '#999999')}</p></td></tr>
<tr><td colspan="3" align="center" bgcolor="#333333">${f('&copy; The Bunker 2003-2009. Unit 12, Foundry Estate, Ashby Moor.', 1)}<br>
${f('Best viewed in 800x600 with Internet Explorer 6', 1, '#999999')}</td></tr></table></body></html>`;
const tGold = [tTitle, ...tHeads, ...rowTexts(tRows), tNote, ...tHours, ...tRules];
const tableRates: TestPage = {
  name: 'heldout682-table-layout-rates',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tHeads,
  body: tGold.slice(1 + tHeads.length),
  bylines: ['Site last updated 14/03/2009'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: notIn(tGold, [
    ...tNav, 'Book now:', '01632 960 447', 'You are visitor number 004211', 'Home | Rooms | Contact',
    '© The Bunker 2003-2009. Unit 12, Foundry Estate, Ashby Moor.', 'Best viewed in 800x600 with Internet Explorer 6',
  ]),
};

const bTitle = 'First time in a studio? A checklist for your session';
const bHeads = ['A week before', 'On the day', 'After the session'];
const bText = [
  [
    j(
      'Most first sessions go wrong in the same few ways: the band has not agreed on tempos, a guitar will not stay in tune,',
      'or the singer has been shouting at rehearsals all week. None of it is hard to fix if you start early.',
    ),
  ],
  [
    'Record a rough demo of every song on a phone, and send it to your engineer.',
    'Agree the tempo of each song and write it down. If you will play to a click, practise with one.',
    'Put new strings on guitars and new heads on the drums, and play them in for a few days.',
    'Singers: rest your voice for two days before the session.',
  ],
  [
    'Arrive on time, not early; the engineer is often still setting up from the last booking.',
    'Bring spare strings, sticks, batteries, leads and a tuner for everyone.',
    'Eat properly. A four-hour session on crisps ends badly.',
  ],
  [
    j(
      'Listen to the rough mixes on the speakers you know best before you ask for changes, and make one list for the whole band.',
      'Engineers work faster from one clear list than from five separate emails.',
    ),
  ],
];
const bNav = ['Studios', 'Services', 'Artists', 'Blog', 'Contact'];
const bRel = ['How to prepare your stems for mixing', 'Click or no click? Recording drums live', 'What does a studio runner actually do?'];
const bHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${bTitle}</title><link rel="shortcut icon" href="https://www.brightwateraudio.com/hubfs/favicon.png">
<meta name="description" content="What to do before, during and after your first recording session."><meta name="viewport"
content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.1/jquery/jquery-1.7.1.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.brightwateraudio.com/blog/first-time-in-a-studio-checklist">
<link rel="stylesheet" href="https://www.brightwateraudio.com/hubfs/hub_generated/template_assets/1/59213541/1729512345678/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${bTitle}",
"author":{"@type":"Person","name":"Priya Lomond"}}</script>
<style>#hs_cos_wrapper_widget_1697 .hs-cta-img{max-width:100%}</style></head>
<body><div class="body-wrapper   hs-content-id-147203118 hs-blog-post hs-blog-id-59213540">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"
 data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="https://www.brightwateraudio.com" id="hs-link-site_logo"><img
src="https://www.brightwateraudio.com/hubfs/logo.svg" class="hs-image-widget" alt="Brightwater Audio"></a></span></div>
<div class="header__column"><div class="header__row-2"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${bNav
  .map(
    (t) => `<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="/${t.toLowerCase()}">${t}</a>
</li>`,
  )
  .join('\n')}
</ul></nav></div><div class="header__search header--element"><div class="hs-search-field"><div class="hs-search-field__bar"><form
data-hs-do-not-collect="true" action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="search-term">Search</label><input type="text" class="hs-search-field__input" name="term"
id="search-term" placeholder="Search">
<button aria-label="Search"></button></form></div></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="blog-header"><div
class="blog-header__inner content-wrapper">
<a class="blog-header__back" href="/blog">Back to Blog</a></div></div><div class="content-wrapper"><article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${bTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.brightwateraudio.com/blog/author/priya-lomond">Priya Lomond</a>
<time datetime="2026-10-14 09:00:00" class="blog-post__timestamp">October 14, 2026</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps(bText[0] ?? [])}<!--more-->
${[1, 2, 3].map((i) => `<h2>${bHeads[i - 1]}</h2>\n${i === 3 ? ps(bText[i] ?? []) : `<ul>${lis(bText[i] ?? [])}</ul>`}`).join('\n')}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-5e1f2a3b"><span class="hs-cta-node hs-cta-5e1f2a3b" id="hs-cta-5e1f2a3b">
<a href="https://cta-redirect.hubspot.com/cta/redirect/59213540/5e1f2a3b" target="_blank" rel="noopener"><img class="hs-cta-img" id="hs-cta-img-5e1f2a3b"
style="border-width:0px;"
 src="https://no-cache.hubspot.com/cta/default/59213540/5e1f2a3b.png" alt="Book a free studio tour"></a></span></span><!-- end HubSpot Call-to-Action Code -->
</p></span></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"><g><path d="M0 252.118V48C0"></path></g></svg>
<a class="blog-post__tag-link" href="https://www.brightwateraudio.com/blog/tag/recording-tips" rel="tag">Recording tips</a>,
<a class="blog-post__tag-link" href="https://www.brightwateraudio.com/blog/tag/first-session" rel="tag">First session</a></div></article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${bRel
  .map(
    (t) => `<article class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/blog/r"><img class="blog-related-posts__image"
src="https://www.brightwateraudio.com/hubfs/r.jpg" alt="${t}"></a>
<div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/r">${t}</a></h3></div>
</article>`,
  )
  .join('\n')}
</div></div></section>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_comments" data-hs-cos-type="module">
<span id="hs_cos_wrapper_blog_comments_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments"><div
class="section post-footer">
<div id="comments-listing" class="new-comments"></div><div id="hs_form_target_59213540"></div></div></span></div></div></div></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="footer__subscribe"><h3>Studio news, once a month</h3><p>New rooms, cancellations and session tips.</p><a class="button"
href="/subscribe">Subscribe</a></div>
<p class="footer__copyright">© 2026 Brightwater Audio · 9 Lantern Row, Kelby · <a href="/privacy">Privacy</a></p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-banner-version="2"><div
id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer. These cookies are used to improve your website experience.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button"
href="#">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cta/static-1.184/js/main.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="/hs/scriptloader/59213540.js"></script>
</body></html>`;
const bGold = [bTitle, ...bHeads, ...texts(bText.flat())];
const hubspotPost: TestPage = {
  name: 'heldout682-hubspot-first-session',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bHeads,
  body: bGold.slice(1 + bHeads.length),
  bylines: ['Priya Lomond', 'October 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: notIn(bGold, [
    'Skip to content', ...bNav, 'Search', 'Back to Blog', 'Recording tips', 'First session', 'Related posts', ...bRel, 'Studio news, once a month',
    'New rooms, cancellations and session tips.', 'Subscribe', '© 2026 Brightwater Audio · 9 Lantern Row, Kelby · Privacy',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ]),
};

export const HELDOUT682_F: readonly TestPage[] = [tableRates, hubspotPost];
