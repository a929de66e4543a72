import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout629-kit.js';

/**
 * Held-out batch 629, file f: a fragrance oil supplier's blog article on HubSpot CMS (blog post template with a CTA, a
 * subscribe form and a HubSpot cookie banner), and a hobby soapmaker's recipe page in an old table layout.
 */
const bTitle = 'IFRA Categories Explained: How Much Fragrance Can You Use in Soap, Candles and Perfume?';
const bBody = [
  j(
    'Every fragrance oil we sell comes with an IFRA certificate, and the question we are asked most often is how to read it. The',
    'short answer: find the category that matches your product, and the number next to it is the most fragrance oil you can use,',
    'as a percentage of the finished product.',
  ),
  'What the categories mean',
  j(
    'The IFRA Standards sort products into twelve categories by how they are used: how much reaches the skin, whether it is',
    'rinsed off, and whether it is sprayed. The limits are lowest for products that stay on the skin near the face and highest for',
    'things that never touch it.',
  ),
  'Category 4: fine fragrance, such as eau de parfum and body mist',
  'Category 5B: face creams and moisturisers',
  'Category 9: rinse-off products, including bar soap and shower gel',
  'Category 12: candles, wax melts and reed diffusers',
  'Reading a certificate',
  j(
    'Our Blackcurrant Leaf oil, for example, lists 2.1% for category 4, 5.4% for category 9 and 100% for category 12. That means',
    'you could use it at up to 5.4% in a cold process soap, but at no more than 2.1% in a perfume. For candles the limit is the',
    'wax’s own fragrance load, usually 6 to 10%.',
  ),
  'Why the limits change',
  j(
    'IFRA publishes a new amendment every few years as research on skin sensitisation moves on. When it does, we reissue',
    'certificates for every oil in our range. Always check the date on the certificate you download against the current',
    'amendment, and keep a copy with your product safety file.',
  ),
];
const bNav = ['Fragrance Oils', 'Essential Oils', 'Candle Supplies', 'Soap Supplies', 'Resources', 'Trade Account'];
const bHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${bTitle}</title>
<meta name="description" content="How to read an IFRA certificate and find the maximum fragrance use for soap, candles and perfume.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:title" content="${bTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://blog.thistlewoodsupply.example/ifra-categories-explained">
<link rel="stylesheet" href="https://blog.thistlewoodsupply.example/hubfs/hub_generated/template_assets/1/98231/1719512/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${bTitle}","author":{"@type":"Person","name":"Priya
Oakhurst"}}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-171234 hs-blog-post hs-blog-id-98231"><div data-global-resource-path="thistlewood/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main">
<div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget"
data-hs-cos-type="module">
<span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a
href="https://www.thistlewoodsupply.example" id="hs-link-site_logo_hs_logo_widget"><img src="https://blog.thistlewoodsupply.example/hubfs/logo.svg"
class="hs-image-widget" alt="Thistlewood Supply"></a></span></div></div>
<div class="header__menu header__menu--desktop">
<div id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-type="module">
<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${bNav
  .map(
    (t) => `<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite">
<a class="menu__link" href="https://www.thistlewoodsupply.example/${t.length}">${t}</a></li>`,
  )
  .join('\n')}</ul></nav></div></div>
<div class="header__search header__search--desktop"><div class="hs-search-field"><div class="hs-search-field__bar">
<form data-hs-do-not-collect="true" action="/hs-search-results"><label class="hs-search-field__label show-for-sr" for="search-term">Search</label>
<input type="text" class="hs-search-field__input" name="term" autocomplete="off" aria-label="Search" placeholder="Search">
<button class="hs-search-field__button" aria-label="Search"></button></form></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${bTitle}</span></h1>
<div class="blog-post__meta"><a href="https://blog.thistlewoodsupply.example/author/priya-oakhurst" rel="author">Priya Oakhurst</a>
<time datetime="2026-05-19 09:00:00" class="blog-post__timestamp">May 19, 2026 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps([at(bBody, 0)])}<!--more--><h2>${bBody[1]}</h2>${ps([at(bBody, 2)])}<ul>${lis(bBody.slice(3, 7))}</ul>
<h2>${bBody[7]}</h2>${ps([at(bBody, 8)])}
<p><span class="hs-cta-wrapper" id="hs-cta-wrapper-3a1b"><span class="hs-cta-node hs-cta-3a1b" id="hs-cta-3a1b"><a
href="https://cta-redirect.hubspot.com/cta/redirect/98231/3a1b"><img class="hs-cta-img" id="hs-cta-img-3a1b"
src="https://no-cache.hubspot.com/cta/default/98231/3a1b.png" alt="Download every IFRA certificate in one zip"></a></span></span></p>
<h2>${bBody[9]}</h2>${ps([at(bBody, 10)])}</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer"></g></svg>
<a class="blog-post__tag-link" href="https://blog.thistlewoodsupply.example/tag/safety">Safety</a><a class="blog-post__tag-link"
href="https://blog.thistlewoodsupply.example/tag/regulations">Regulations</a></div></article>
<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_comments"><span id="hs_cos_wrapper_blog_comments_blog_comments"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments">
<div class="section post-footer"><div id="comments-listing" class="new-comments"></div><div id="hs_form_target_b_98231"></div></div></span></div></section>
<div class="blog-related-posts"><h3>Related posts</h3>
<ul>${links(['How to Calculate Fragrance Load for Candles', 'Writing a Cosmetic Product Safety Report'])}</ul></div></div></div></main>
<div data-global-resource-path="thistlewood/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="footer__subscribe"><h3>Subscribe to the Thistlewood blog</h3><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<form class="hs-form stacked" novalidate>
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label class="" for="email-3a1b">
<span>Email</span><span class="hs-form-required">*</span></label><div class="input">
<input id="email-3a1b" name="email" required placeholder="" type="email" class="hs-input"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" value="Subscribe" class="hs-button primary large"></div></div></form></div></div>
<div class="footer__links"><ul>${links(['About Us', 'Delivery', 'Safety Data Sheets', 'Contact'])}</ul></div>
<p class="footer__copyright">© 2026 Thistlewood Supply Ltd. Unit 9, Coldharbour Trading Estate, Hexley.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-cookie-banner="true">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.</p>
</div>
<div id="hs-eu-cookie-confirmation-button-group">
<a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">Accept</a><a href="javascript:void(0);" id="hs-eu-decline-button"
role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/98231.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout629-hubspot-ifra-categories',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [at(bBody, 1), at(bBody, 7), at(bBody, 9)],
  body: texts(bBody.filter((_, i) => ![1, 7, 9].includes(i))),
  bylines: ['Priya Oakhurst', 'May 19, 2026 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...bNav, 'Safety', 'Regulations', 'Related posts', 'How to Calculate Fragrance Load for Candles',
    'Writing a Cosmetic Product Safety Report', 'Subscribe to the Thistlewood blog', 'Email*', 'About Us', 'Delivery', 'Safety Data Sheets', 'Contact',
    '© 2026 Thistlewood Supply Ltd. Unit 9, Coldharbour Trading Estate, Hexley.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

const tTitle = 'Oatmeal, Milk and Honey Soap';
const tIntro = j(
  'This is the soap my family asks for every Christmas, and the one I get the most e-mails about, so here it is at last. It is a',
  'gentle, creamy bar that is kind to dry winter hands. The goat milk replaces the water, so you have to keep everything cold.',
);
const tIngr = [
  '16 oz olive oil',
  '8 oz coconut oil',
  '6 oz lard',
  '2 oz castor oil',
  '4.4 oz lye (sodium hydroxide)',
  '10 oz goat milk, frozen in an ice cube tray',
  '1 tablespoon honey',
  '2 tablespoons oats, ground fine in a coffee grinder',
];
const tSteps = [
  'Put the frozen milk cubes in a stainless steel or heavy plastic pitcher set in a sink of ice water.',
  'Sprinkle the lye over the milk a spoonful at a time, stirring all the time. Go slowly! It should turn pale yellow, not orange.',
  'Melt the lard and coconut oil, then add the olive and castor oils. Let them cool to about 90°F.',
  'Pour the milk and lye into the oils and stir with a stick blender until you get a light trace.',
  'Stir in the honey and oats, pour into a lined mould and put it in the fridge overnight. Milk soaps overheat easily.',
  'Cut after two days and cure for at least four weeks.',
];
const tNotes = [
  j(
    'If the honey makes your soap heat up too much, warm it with a spoonful of the milk before you add it. Do not use',
    'fragrance with this one; it smells lovely on its own, a bit like oatmeal cookies.',
  ),
  'Always run your recipes through a lye calculator before you make them! I am not responsible for your soap.',
];
const tSide = ['Home', 'About Me', 'Soap Recipes', 'Lotion Recipes', 'Lye Safety', 'Links', 'Sign my Guestbook', 'E-mail Me'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Bramble Cottage Soaps - Oatmeal, Milk and Honey Soap</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="soap, goat milk soap, oatmeal soap, cold process, recipes, handmade">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0"><meta name="ProgId" content="FrontPage.Editor.Document">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script>
<style type="text/css"><!-- a:link { color: #663300 } a:visited { color: #996633 } body { font-family: Verdana, Arial, sans-serif; font-size: 10pt } -->
</style></head>
<body bgcolor="#FFF8E7" background="images/paper.gif" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2">
<img src="images/banner.jpg" width="760" height="120" alt="Bramble Cottage Soaps" border="0"></td></tr>
<tr><td width="160" valign="top" bgcolor="#E8D8B8"><table width="100%" border="0" cellpadding="6" cellspacing="0">
${tSide.map((t) => `<tr><td><font face="Verdana" size="2"><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></font></td></tr>`).join('\n')}
<tr><td><br><font face="Verdana" size="1">You are visitor number</font><br><img src="http://counter.example.net/c.gif?id=bramble" alt="hit counter"><br>
<font face="Verdana" size="1">since March 2002</font></td></tr>
<tr><td><font face="Verdana" size="1"><b>Soapmakers Webring</b><br>
<a href="http://ring.example.net/prev?ring=soap">&lt;&lt; Prev</a> | <a href="http://ring.example.net/random?ring=soap">Random</a> | <a
href="http://ring.example.net/next?ring=soap">Next &gt;&gt;</a></font></td></tr></table></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="12" cellspacing="0"><tr><td><font face="Verdana" size="2">
<p align="center"><font size="5" color="#663300"><b>${tTitle}</b></font></p>
<p>${tIntro}</p>
<p><b><u>Ingredients</u></b></p><ul>${lis(tIngr)}</ul>
<p><b><u>Method</u></b></p><ol>${lis(tSteps)}</ol>
<p><b><u>Notes</u></b></p>${ps(tNotes)}
<p align="center"><img src="images/oatsoap.jpg" width="300" height="225" alt="oatmeal soap" border="1"><br>
<font size="1"><i>My first batch from 2003, still going strong!</i></font></p>
<p align="center"><a href="recipes.htm">&lt;&lt; Back to Soap Recipes</a></p>
<hr width="80%" size="1" noshade><p align="center"><font size="1">This page was last updated on 11/14/2004<br>
All recipes and pictures &copy; 2002-2004 Bramble Cottage Soaps. Please do not copy without asking.</font></p></font></td></tr></table></td></tr></table>
<script language="JavaScript" type="text/javascript" src="http://counter.example.net/track.js"></script></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout629-table-layout-oatmeal-soap',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: ['Ingredients', 'Method', 'Notes'],
  body: texts([tIntro, ...tIngr, ...tSteps, ...tNotes]),
  bylines: ['This page was last updated on 11/14/2004'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tSide, 'You are visitor number', 'since March 2002', 'Soapmakers Webring', '<< Prev', 'Random', 'Next >>',
    'My first batch from 2003, still going strong!', '<< Back to Soap Recipes',
    'All recipes and pictures © 2002-2004 Bramble Cottage Soaps. Please do not copy without asking.',
  ],
};

export const HELDOUT629_F: readonly TestPage[] = [hubspot, tableLayout];
