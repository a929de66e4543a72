import { links, ps, type TestPage } from './page-kit.js';
import { finish, j, lis } from './pages-heldout583-kit.js';

/**
 * Held-out batch 583, file f: a piano technician's old table-layout site page on winter and the piano (font tags, spacer GIFs,
 * hit counter), and a piano rebuilding firm's blog post on HubSpot CMS (HubSpot blog template, CTA, subscribe form, cookie banner).
 */
const tTitle = 'Winter and Your Piano';
const tBody = [
  j(
    'Every January my telephone rings with the same question: why does the piano sound so bad when it was tuned in September? The',
    'answer is almost always the central heating.',
  ),
  j(
    'When the heating comes on, the air in the house dries out. The soundboard loses moisture, flattens a little, and the strings',
    'lose tension. The middle of the piano goes flat more than the ends, so octaves that were clean in autumn start to beat.',
  ),
  'A few things that help:',
  'Keep the room between 18 and 21 degrees, and avoid turning the heating right down at night.',
  'Put a bowl of water near the radiator, or better, run a room humidifier.',
  'Book your tuning for four to six weeks after the heating goes on, not before.',
  j('Old pianos with loose pins suffer most. If your piano will not hold through a single winter, ask me to check the pin', 'tightness at your next visit.'),
];
const tMenu = ['Home', 'Tuning', 'Repairs', 'Pianos for Sale', 'Articles', 'Links', 'Contact Me'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Winter and Your Piano - R. Ostler Piano Tuning, Brackley Vale</title>
<meta name="keywords" content="piano tuning, piano tuner, Brackley Vale, piano repair, winter, humidity">
<meta name="description" content="Why pianos go out of tune in winter.">
<script language="JavaScript" type="text/javascript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script>
<style type="text/css">.menu { font-family: Verdana, Arial; font-size: 11px; color: #FFFFFF; } .body { font-family: Georgia, serif; font-size: 14px; }</style>
</head><body bgcolor="#FFFFF0" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td colspan="3"><img src="images/header.jpg" width="780" height="120"
alt="R. Ostler Piano Tuning"></td></tr><tr><td width="160" valign="top" bgcolor="#4B2E1E"><img src="images/spacer.gif" width="160" height="10">
<table width="100%" border="0" cellspacing="0" cellpadding="6">${tMenu
  .map(
    (t) => `<tr><td class="menu"><a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font
color="#FFFFFF">${t}</font></a></td></tr>`,
  )
  .join('\n')}</table><br><center><font class="menu">Member of the<br>Piano Tuners Guild</font></center></td>
<td width="20"><img src="images/spacer.gif" width="20" height="1"></td><td width="600" valign="top" class="body"><br>
<font face="Georgia" size="5" color="#4B2E1E">
<b>${tTitle}</b></font><br><font size="2" color="#777777"><i>by Robert Ostler, December 2009</i></font><br><br>
${ps(tBody.slice(0, 3))}<ul>${lis(tBody.slice(3, 6))}</ul>
${ps(tBody.slice(6))}
<p><a href="articles.htm">&lt;&lt; Back to Articles</a></p></td></tr>
<tr><td colspan="3" align="center" bgcolor="#4B2E1E"><font class="menu">R. Ostler Piano Tuning &middot; 7 Orchard Row, Brackley Vale &middot; Tel 01632 960 277
<br>You are visitor number <img src="http://counter.example-hits.net/c.gif?id=4411" alt="counter"> since March 2003</font></td></tr></table></body></html>`;
const table: TestPage = finish({
  name: 'heldout583-table-winter-piano',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: tBody,
  bylines: ['by Robert Ostler, December 2009'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tMenu, 'Member of the Piano Tuners Guild', '<< Back to Articles', 'R. Ostler Piano Tuning · 7 Orchard Row, Brackley Vale · Tel 01632 960 277',
    'You are visitor number since March 2003',
  ],
});

const uTitle = 'What Does It Cost to Rebuild a Grand Piano?';
const uSecs: [string, string[]][] = [
  [
    '',
    [
      j(
        'It is the first question almost everyone asks us, and the honest answer is that it depends on what the piano needs. A',
        'rebuild can mean anything from new hammers and a regulation to a complete strip-down with a new soundboard. Here is how we',
        'price the work, with the ranges we quoted in the past year.',
      ),
    ],
  ],
  [
    'Action rebuild',
    [
      j(
        'New hammers, shanks and flanges, new key bushings and a full regulation. This is the most common job we do, and for many',
        'pianos from the 1920s to the 1960s it is all that is needed to make them play like new. Typical range: £4,800 to £7,200.',
      ),
    ],
  ],
  [
    'Restringing and new pinblock',
    [
      j(
        'If the tuning pins no longer hold, we fit a new pinblock, new pins and new strings throughout, with bass strings wound to',
        'the original scale. The plate is lifted out and refinished while it is off. Typical range: £9,500 to £13,000.',
      ),
    ],
  ],
  [
    'Full rebuild',
    [
      'Everything above, plus:',
      'a new soundboard or a repair of the original, with new bridge caps',
      'refinishing the case in lacquer or French polish',
      'new keytops, either acrylic or reclaimed ivory substitute',
      j(
        'A full rebuild of a seven-foot grand takes us about five months and usually costs between £24,000 and £38,000. The top of',
        'the range is almost always down to the case finish.',
      ),
    ],
  ],
  [
    'Is it worth it?',
    [
      j(
        'For a good instrument, usually yes: a rebuilt grand from one of the great makers often costs half the price of a new',
        'piano of the same quality. For a piano of modest origin, we will tell you if the money would be better spent elsewhere.',
      ),
    ],
  ],
];
const uList = (uSecs[3]?.[1] ?? []).slice(1, 4);
const uNav = ['Rebuilding', 'Restoration', 'Pianos for Sale', 'Blog', 'Visit Us'];
const uRel = ['Soundboard repair or replacement: how we decide', 'Lacquer or French polish?', 'Caring for a newly rebuilt action'];
const uHtml = `<!doctype html><html lang="en-gb"><head><meta charset="utf-8"><title>What Does It Cost to Rebuild a Grand Piano?</title>
<link rel="shortcut icon" href="https://www.haldenpryce.co.uk/hubfs/favicon.png">
<meta name="description" content="How we price piano rebuilding work, with real ranges.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:description" content="How we price piano rebuilding work, with real ranges."><meta property="og:title" content="${uTitle}">
<meta property="og:type" content="article">
<link rel="canonical" href="https://www.haldenpryce.co.uk/blog/cost-to-rebuild-a-grand-piano">
<meta property="article:published_time" content="2025-06-03T08:00:00Z">
<link rel="stylesheet" href="https://www.haldenpryce.co.uk/hubfs/hub_generated/template_assets/1/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${uTitle}","author":{"@type":"Person",
"name":"Clara Pryce"}}</script>
<script>var hsVars = {"render_id":"4f2a",
"ticks":1717400000000,"page_id":1771,"content_group_id":1620,"portal_id":2194,"app_hs_base_url":"https://app.hubspot.com"};</script>
</head><body><div class="body-wrapper hs-content-id-1771 hs-blog-post hs-blog-id-1620">
<div data-global-resource-path="halden_theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget"
data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/"
id="hs-link-site_logo_hs_logo_widget">
<img src="https://www.haldenpryce.co.uk/hubfs/logo.png" class="hs-image-widget" alt="Halden &amp; Pryce Piano Rebuilders"></a>
</span></span></div><div class="header__column"><div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div>
<div class="header__navigation">
<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${links(uNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__search"><form class="hs-search-field__form" action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="search-term">Search</label>
<input type="text" class="hs-search-field__input" name="term" id="search-term" placeholder="Search"></form></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${uTitle}</span></h1><div class="blog-post__meta"><a href="https://www.haldenpryce.co.uk/blog/author/clara-pryce">Clara Pryce</a>
<time datetime="2025-06-03 08:00:00" class="blog-post__timestamp">June 3, 2025</time></div><div class="blog-post__body"><span id="hs_cos_wrapper_post_body"
class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${uSecs
  .map(
    ([h, b]) =>
      (h === '' ? '' : `<h2>${h}</h2>\n`) + b.map((t) => (uList.includes(t) ? (t === uList[0] ? `<ul>${lis(uList)}</ul>` : '') : `<p>${t}</p>`)).join('\n'),
  )
  .join('\n')}
<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-8e1f"><span class="hs-cta-node hs-cta-8e1f" id="hs-cta-8e1f"><a
href="https://cta-redirect.hubspot.com/cta/redirect/2194/8e1f" class="cta_button">Request a rebuild estimate</a></span></span>
<!-- end HubSpot Call-to-Action Code -->
</span></div><div class="blog-post__tags"><a class="blog-post__tag-link" href="/blog/tag/rebuilding">Rebuilding</a>,
<a class="blog-post__tag-link" href="/blog/tag/grand-pianos">Grand pianos</a></div></article>
<section class="blog-comments"><div class="blog-subscribe"><h3>Subscribe by email</h3><div class="hbspt-form">
<form class="hs-form stacked" action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/2194/fb1e">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-fb1e"><span>Email</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="email-fb1e" name="email" required type="email" class="hs-input"></div></div><div class="hs_submit hs-submit"><div class="actions">
<input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div></section></div>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${uRel
  .map(
    (t) => `<div class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/blog/${t.length}"><img class="blog-related-posts__image"
src="/hubfs/${t.length}.jpg" alt="${t}"></a><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/${t.length}">${t}</a>
</h3></div>`,
  )
  .join('\n')}
</div></div></section></div></main>
<div data-global-resource-path="halden_theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Halden &amp; Pryce Piano Rebuilders, Foundry Yard, Elsworth</p><p>© 2025 Halden &amp; Pryce. All rights reserved.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-hidden-print" role="region" aria-label="Cookie banner" data-hs-banner-style="bottom">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button"
href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="/hs/scriptloader/2194.js"></script></body></html>`;
const hubspot: TestPage = finish({
  name: 'heldout583-hubspot-rebuild-cost',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: uSecs.map(([h]) => h).filter((h) => h !== ''),
  body: uSecs.flatMap(([, b]) => b),
  bylines: ['Clara Pryce', 'June 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...uNav, 'Search', 'Request a rebuild estimate', 'Rebuilding, Grand pianos', 'Subscribe by email', 'Email*', 'Related posts', ...uRel,
    'Halden & Pryce Piano Rebuilders, Foundry Yard, Elsworth', '© 2025 Halden & Pryce. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
});

export const HELDOUT583_F: readonly TestPage[] = [table, hubspot];
