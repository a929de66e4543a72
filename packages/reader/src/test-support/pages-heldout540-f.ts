import { links, ps, type TestPage } from './page-kit.js';
import { gold, j, lis } from './pages-heldout540-kit.js';

/**
 * Held-out batch 540, file f: a hobby chain's airbrush buyer's guide on a HubSpot CMS blog (CTA, related posts, comment form,
 * cookie banner), and a model railway and hobby shop's swap meet notice in an old table layout.
 */
const hsTitle = 'Choosing your first airbrush: a plain-English buyer\u2019s guide';
const hsParas1 = [
  j(
    'Every week someone comes into one of our shops holding a £15 airbrush from an online marketplace and asking why it spits.',
    'The short answer is that an airbrush is only as good as the air behind it, and the cheapest kits skimp on exactly that part.',
  ),
  'This guide walks through the three decisions that matter, in the order we would make them.',
];
const hsSecs: [string, string[], string[]][] = [
  [
    'Gravity feed or siphon feed?',
    [
      j(
        'A gravity-feed airbrush has a small cup on top and the paint falls into the nozzle. It works at lower pressure and wastes less',
        'paint, which is what you want for miniatures and models. Siphon-feed brushes pull paint up from a jar underneath and suit',
        'large areas such as car bodies and terrain boards.',
      ),
    ],
    [],
  ],
  [
    'Single or dual action?',
    [
      j(
        'On a single-action brush, pressing the trigger releases air and paint together and you set the amount of paint with a dial.',
        'On a dual-action brush, pressing down gives air and pulling back gives paint. Dual action takes an evening to learn and is',
        'worth it: it is how you get soft gradients and fine lines.',
      ),
    ],
    [],
  ],
  [
    'The compressor matters more than the brush',
    [
      'Look for three things on the compressor box:',
      j(
        'If the budget is tight, spend it on the compressor and buy a mid-range brush. You can upgrade a brush later for £60; a',
        'noisy compressor without a tank will put you off the hobby.',
      ),
    ],
    [
      'A tank, even a small one, so the air comes out steady instead of pulsing.',
      'A pressure regulator with a gauge. Most miniature work happens between 15 and 25 psi.',
      'A moisture trap, because water in the line is what makes an airbrush spit.',
    ],
  ],
  [
    'What we recommend',
    [
      j(
        'For a first setup we usually point people to a 0.3 mm dual-action gravity brush and a tanked compressor with a regulator.',
        'Together they come to around £180. Add a cleaning pot and a bottle of airbrush cleaner and you are ready to paint.',
      ),
    ],
    [],
  ],
];
const hsEnd = 'Not sure yet? Come to a free demo at any of our shops and try three different brushes before you buy.';
const hsNav = ['Shop', 'Our Stores', 'Workshops', 'Blog', 'Trade Accounts'];
const hsRel = ['How to thin paint for an airbrush', 'Cleaning your airbrush in five minutes', 'Zenithal priming explained'];
const hsSec = ([h, paras, items]: [string, string[], string[]]): string =>
  `<h2>${h}</h2>\n${paras.length > 1 && items.length > 0 ? `<p>${paras[0]}</p><ul>${lis(items)}</ul>${ps(paras.slice(1))}` : ps(paras)}`;
const hsHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hsTitle} | Brickyard Hobbies Blog</title>
<link rel="shortcut icon" href="https://www.brickyardhobbies.com/hubfs/favicon.png">
<meta name="description" content="Gravity or siphon, single or dual action.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:description" content="Gravity or siphon, single or dual action."><meta property="og:title" content="${hsTitle}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="https://www.brickyardhobbies.com/hubfs/hub_generated/template_assets/1/8813/1712/template_main.min.css">
<link rel="canonical" href="https://www.brickyardhobbies.com/blog/choosing-your-first-airbrush"><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-1651923 hs-blog-post hs-blog-id-1540022">
<div data-global-resource-path="Brickyard_2024/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main">
<div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget"
 data-hs-cos-type="module"><span class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo">
<a href="https://www.brickyardhobbies.com" id="hs-link-site_logo_hs_logo_widget"
 style="border-width:0px;border:0px;"><img src="https://www.brickyardhobbies.com/hubfs/brickyard-logo.svg" class="hs-image-widget" alt="Brickyard Hobbies">
</a></span></div></div>
<div class="header__menu header__menu--desktop"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${links(hsNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__search"><form class="header__search-form" action="/hs-search-results"><label class="show-for-sr" for="site-search-input">Search</label>
<input type="text" class="header__search-input" name="term" id="site-search-input" placeholder="Search"></form></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
 data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hsTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.brickyardhobbies.com/blog/author/marcus-ashdown" rel="author">Marcus Ashdown</a>
<time datetime="2026-04-02 09:15:00" class="blog-post__timestamp">Apr 2, 2026 10:15:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
 data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(hsParas1)}
<!--more-->
${hsSecs.map(hsSec).join('\n')}
<p><span id="hs-cta-wrapper-7d1e" class="hs-cta-wrapper"><span class="hs-cta-node hs-cta-7d1e" id="hs-cta-7d1e">
<a href="https://cta-redirect.hubspot.com/cta/redirect/1540/7d1e"
 class="cta_button" target="_blank">Book a free airbrush demo</a></span></span></p>
<p>${hsEnd}</p></span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="Tag1_layer">
<path d="M0 252V48C0"></path></g></svg>
<a class="blog-post__tag-link" href="https://www.brickyardhobbies.com/blog/tag/airbrushing">Airbrushing</a>
<a class="blog-post__tag-link" href="https://www.brickyardhobbies.com/blog/tag/buying-guides">Buying guides</a></div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
${hsRel
  .map(
    (r) => `<div class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/blog/${r.toLowerCase().replace(/ /g, '-')}">
<img class="blog-related-posts__image"
 src="https://www.brickyardhobbies.com/hubfs/blog/${r.length}.jpg" loading="lazy" alt="${r}"></a><div class="blog-related-posts__content">
<h3 class="blog-related-posts__title">
<a class="blog-related-posts__title-link" href="/blog/${r.toLowerCase().replace(/ /g, '-')}">${r}</a></h3></div></div>`,
  )
  .join('\n')}
</div></section>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"
 data-hs-cos-type="module"><span class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments"><div class="section post-footer">
<div id="comments-listing" class="new-comments"></div>
<div id="hs_form_target_hubspot-comment-form"><form novalidate accept-charset="UTF-8" class="hs-form stacked hs-custom-form">
<div class="hs_firstname hs-firstname hs-fieldtype-text field
 hs-form-field"><label id="label-firstname" for="firstname"><span>First Name</span><span class="hs-form-required">*</span></label><div class="input">
<input id="firstname"
 name="firstname" required type="text" class="hs-input" value=""></div></div><div class="hs_comment hs-comment hs-fieldtype-textarea field hs-form-field">
<label for="comment">
<span>Comment</span><span class="hs-form-required">*</span></label><div class="input">
<textarea id="comment" class="hs-input hs-fieldtype-textarea" name="comment"></textarea>
</div></div><div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Submit Comment"></div></div>
</form></div></div>
</span></div></div></div></div></div></main>
<div data-global-resource-path="Brickyard_2024/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p class="footer__text">Brickyard Hobbies · Shops in Carrow, Penhallow and Dunsby Vale</p>
<p class="footer__copyright">© 2026 Brickyard Hobbies Ltd</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-not-hidden="true" role="region">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"></div><div id="hs-eu-policy-wording">
<p>This website stores cookies on your
 computer. These cookies are used to improve your website experience and provide more personalized services to you.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a>
<a id="hs-eu-decline-button" role="button" href="#">Decline</a>
</div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/1540022.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout540-hobby-chain-airbrush-guide',
  kind: 'blog',
  html: hsHtml,
  title: hsTitle,
  headings: hsSecs.map(([h]) => h),
  body: [...hsParas1, ...hsSecs.flatMap(([, p, items]) => (items.length > 0 ? [p[0] ?? '', ...items, ...p.slice(1)] : p)), hsEnd],
  bylines: ['Marcus Ashdown', 'Apr 2, 2026 10:15:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hsNav, 'Search', 'Book a free airbrush demo', 'Airbrushing', 'Buying guides', 'Related posts', ...hsRel, 'First Name', 'Comment',
    'Brickyard Hobbies · Shops in Carrow, Penhallow and Dunsby Vale', '© 2026 Brickyard Hobbies Ltd',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

const tTitle = 'SPRING SWAP MEET - Saturday 18th April';
const tParas = [
  j(
    'Our twice-yearly swap meet is back in the function room of the Drovers Arms, two doors down from the shop. Doors open to the',
    'public at 10am and close at 2pm. Entry is 50p, children free.',
  ),
  'Tables are £6 each and must be booked in the shop or by phone. Sellers can set up from 8.30am.',
  j(
    'As usual we expect plenty of OO and N gauge locos and rolling stock, track, kits, die-cast and old magazines. Please make',
    'sure second-hand locos are labelled as tested or untested.',
  ),
  'Tea, coffee and bacon rolls will be served by the 3rd Millbeck Scouts.',
];
const tNav = ['Home', 'New In', 'Locos', 'Rolling Stock', 'Scenery', 'Swap Meet', 'How To Find Us', 'Links'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Millbeck Models - Swap Meet</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="model railway, OO gauge, N gauge, swap meet, Millbeck">
<meta name="description" content="Millbeck Models, model railways and hobbies since 1979">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() {
 var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script>
<style type="text/css">.nav { font-family: Verdana, Arial; font-size: 11px; color: #FFFFFF; }
.body { font-family: Verdana, Arial; font-size: 12px; }</style></head>
<body bgcolor="#336633" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/header.jpg" width="760" height="110" alt="Millbeck Models - Model Railways and Hobbies"></td></tr>
<tr><td width="160" valign="top" bgcolor="#224422"><table width="100%" border="0" cellspacing="0" cellpadding="6">
${tNav
  .map(
    (n) => `<tr><td class="nav"><img src="images/bullet.gif" width="8" height="8"> <a href="${n.toLowerCase().replace(/ /g, '')}.htm">
<font color="#FFFFFF">${n}</font></a></td></tr>`,
  )
  .join('\n')}
<tr><td class="nav"><br><font color="#CCCC99">Open Mon-Sat<br>9.00 - 5.30<br>Closed Wednesday pm</font></td></tr></table></td>
<td width="600" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="12"><tr><td class="body">
<font face="Verdana, Arial" size="4" color="#224422"><b>${tTitle}</b></font><br><br>
<font face="Verdana, Arial" size="2">${tParas.join('<br><br>\n')}<br><br>
<b>Phone 01632 960 733 to book a table.</b></font><br><br>
<img src="images/swapmeet2025.jpg" width="400" height="260" alt="Last autumn's swap meet"><br>
<font size="1"><i>Last autumn's swap meet - a full house!</i></font>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#224422" align="center">
<font face="Verdana, Arial" size="1" color="#FFFFFF">Millbeck Models, 6 Station Parade, Millbeck MB5 1AA<br>
&copy; Millbeck Models 2003-2026 | Page last updated 02/03/2026<br>
You are visitor number <img src="cgi-bin/counter.cgi?page=swap" alt="048213"></font></td></tr>
</table></body></html>`;
const oldTable: TestPage = {
  name: 'heldout540-model-shop-swap-meet',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [...tParas, 'Phone 01632 960 733 to book a table.'],
  bylines: ['Page last updated 02/03/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav, 'Open Mon-Sat', '9.00 - 5.30', 'Closed Wednesday pm', "Last autumn's swap meet - a full house!",
    'Millbeck Models, 6 Station Parade, Millbeck MB5 1AA',
    '© Millbeck Models 2003-2026', 'You are visitor number',
  ],
};

export const HELDOUT540_F: readonly TestPage[] = [gold(hubspot), gold(oldTable)];
