import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rows, rowText, type Sec, secs } from './pages-heldout605-kit.js';

/**
 * Held-out batch 605, file f: a dairy co-operative's blog post on HubSpot CMS with a cookie banner, an aging table, a CTA button,
 * tags and related posts, and a family delicatessen's cheese counter page from an old Dreamweaver table layout.
 */
const bTitle = 'How Our Clothbound Cheddar Gets Its Rind';
const bSecs: Sec[] = [
  {
    h: 'Bandaging',
    p: [
      j(
        'Two days after a wheel of Three Rivers Clothbound comes out of the press, it is rubbed all over with melted lard and',
        'wrapped in three layers of cotton muslin. The lard seals the cloth to the cheese and keeps out the air while still letting',
        'the wheel lose moisture slowly.',
      ),
      j(
        'The bandaging is done by hand, by a team of four, on Tuesdays and Fridays. A good bandager can wrap a 25 kg wheel in under',
        'four minutes without a single crease, and creases matter: mites and unwanted moulds find their way in through them.',
      ),
    ],
  },
  {
    h: 'Turning and brushing',
    p: [
      j(
        'Every wheel is turned weekly for its first three months and monthly after that. The grey-green mould that grows on the',
        'cloth is brushed off each time. It is harmless and adds to the earthy flavour, but left alone it would hide any problem',
        'underneath.',
      ),
    ],
  },
  {
    h: 'When it is ready',
    p: [
      j(
        'Our graders test every batch with a cheese iron at set points. Only the batches that pass at each stage move on to the',
        'next; the rest are sold younger as our Farmhouse Mature.',
      ),
    ],
  },
];
const bTable = [
  ['Young', '6 months', 'Milky, lactic, soft bite'],
  ['Mature', '12 months', 'Nutty, savoury, firm'],
  ['Vintage', '18 to 24 months', 'Deep, brothy, crystalline'],
];
const bNav = ['Our Cheese', 'Our Farms', 'Where to Buy', 'Trade', 'Blog'];
const bRel = ['Meet the Farms: Hallow Brook', 'What Is a Cheese Iron?', 'Five Ways with Cheddar Ends'];
const bHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${bTitle}</title>
<meta name="description" content="Lard, muslin and patience: how a wheel of Three Rivers Clothbound grows its rind."><meta name="viewport"
content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:title" content="${bTitle}"><meta property="og:type" content="article"><link rel="canonical"
href="https://blog.threeriverscreamery.coop/clothbound-rind">
<meta name="generator" content="HubSpot"><link rel="stylesheet"
href="https://blog.threeriverscreamery.coop/hubfs/hub_generated/template_assets/1/8812/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${bTitle}","author":{"@type":"Person",
"name":"Marguerite Hale"}}</script>
</head><body><div class="body-wrapper hs-content-id-10293847 hs-blog-post hs-blog-id-88123">
<div id="hs_cos_wrapper_module_header" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget"
data-hs-cos-type="module">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="https://www.threeriverscreamery.coop"
id="hs-link-site_logo"><img src="https://blog.threeriverscreamery.coop/hubfs/logo.svg" class="hs-image-widget" alt="Three Rivers Creamery Co-op"></a></span>
</div>
<div class="header__navigation"><div id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${links(bNav, 'menu-item')}</ul></nav></div></div>
<div class="header__search"><form class="hs-search-field__form" action="/hs-search-results"><label class="hs-search-field__label show-for-sr"
for="search-term">Search</label>
<input type="text" class="hs-search-field__input" name="term" id="search-term" placeholder="Search"></form></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${bTitle}</span></h1><div class="blog-post__meta"><a href="https://blog.threeriverscreamery.coop/author/marguerite-hale">Marguerite
Hale</a>
<time datetime="2026-05-02 13:00:00" class="blog-post__timestamp">May 2, 2026 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-type="rich_text">
${secs(bSecs.slice(0, 2))}
<h2>${bSecs[2]?.h}</h2>${ps(bSecs[2]?.p ?? [])}
<table style="border-collapse: collapse; table-layout: fixed; width: 100%;" border="1"><tbody>
<tr><th>Grade</th><th>Age</th><th>What you taste</th></tr>
${rows(bTable, ' style="width: 33.33%; padding: 4px;"')}</tbody></table>
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-4f1a"><span class="hs-cta-node hs-cta-4f1a" id="hs-cta-4f1a">
<a href="https://cta-redirect.hubspot.com/cta/redirect/88123/4f1a" class="cta_button" target="_blank">Order a whole clothbound wheel</a></span>
<script charset="utf-8" src="/hs/cta/cta/current.js"></script></span><!-- end HubSpot Call-to-Action Code --></p>
</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"></svg>
<a class="blog-post__tag-link" href="https://blog.threeriverscreamery.coop/tag/cheddar">Cheddar</a>
<a class="blog-post__tag-link" href="https://blog.threeriverscreamery.coop/tag/behind-the-scenes">Behind the Scenes</a></div></article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2>
${bRel
  .map(
    (t) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><a class="blog-related-posts__title-link" href="/">
<h3>${t}</h3></a></article>`,
  )
  .join('\n')}</div></section>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<div class="section post-footer"><div id="comments-listing" class="new-comments"></div></div></div></div></div></div></main>
<div id="hs_cos_wrapper_module_footer" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><footer class="footer"><div
class="footer__container content-wrapper">
<p>Three Rivers Creamery Co-op · 41 farms, one dairy · Millbrook, WI</p><p>© 2026 Three Rivers Creamery Co-op. All rights reserved.</p></div></footer></div>
</div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-not-indexable="true" role="region">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your
website experience and provide more personalized services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area"><div
id="hs-eu-cookie-confirmation-button-group">
<a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">Accept</a><a href="javascript:void(0);" id="hs-eu-decline-button"
role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script id="hs-script-loader" async defer src="/hs/scriptloader/88123.js">
</script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout605-hubspot-clothbound-rind',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bSecs.map((s) => s.h),
  body: texts([...bSecs.flatMap((s) => s.p), ...bTable.map(rowText)]),
  bylines: ['Marguerite Hale', 'May 2, 2026 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...bNav, 'Search', 'Order a whole clothbound wheel', 'Behind the Scenes', 'Related posts', ...bRel,
    'Three Rivers Creamery Co-op · 41 farms, one dairy · Millbrook, WI', '© 2026 Three Rivers Creamery Co-op. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

const tTitle = 'Our Cheese Counter';
const tIntro = [
  j(
    'Our counter carries around sixty cheeses at any time, from Italy, France, Spain and the farms of our own county. Every cheese',
    'is cut to order, and we are always happy to give you a taste before you buy.',
  ),
];
const tTableH = 'This Month&#39;s Favourites';
const tRows = [
  ['Pecorino di Valle Scura', 'Italy', '$21.99 / lb'],
  ['Tomme des Combes', 'France', '$18.49 / lb'],
  ['Miller&#39;s Creek Jack', 'Local', '$12.99 / lb'],
];
const tOrderH = 'Party Platters';
const tOrder = [
  j(
    'We make cheese and antipasto platters for 10 to 100 people. Please give us 48 hours notice, or a week in December.',
    'Call Sal or Gina at the store to order.',
  ),
];
const tNav = ['Home', 'Cheese Counter', 'Catering', 'Gift Baskets', 'Find Us', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Pellegrini Brothers Delicatessen - Our Cheese Counter</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="deli, cheese, italian, imported, catering, gift baskets"><link href="styles.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script></head>
<body bgcolor="#F3EBD9" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"
onLoad="MM_preloadImages('images/nav_home_on.gif','images/nav_cheese_on.gif')">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/header.jpg" width="760" height="140" alt="Pellegrini Brothers Delicatessen - Since 1948"></td></tr>
<tr><td colspan="3" bgcolor="#7A1E12" height="28"><a href="index.html" onMouseOut="MM_swapImgRestore()"><img src="images/nav_home.gif" name="home" width="90"
height="28" border="0" alt="Home"></a><a href="cheese.html"><img src="images/nav_cheese_on.gif" width="140" height="28" border="0" alt="Cheese Counter"></a><a
href="catering.html"><img src="images/nav_catering.gif" width="100" height="28" border="0" alt="Catering"></a></td></tr>
<tr><td width="170" valign="top" bgcolor="#EADFC6"><img src="images/spacer.gif" width="170" height="10"><br>
<table width="150" border="0" align="center" cellpadding="4" cellspacing="0"><tr><td><font face="Verdana, Arial, Helvetica, sans-serif" size="2"><b>Store
Hours</b><br>
Mon - Sat 8am - 6pm<br>Sunday 9am - 2pm</font></td></tr>
<tr><td><font face="Verdana, Arial, Helvetica, sans-serif" size="2"><b>Find Us</b><br>212 Mulberry Ave.<br>Harwood, NJ</font></td></tr>
<tr><td><font face="Verdana, Arial, Helvetica, sans-serif" size="1"><a href="specials.html">Weekly Specials</a></font></td></tr></table></td>
<td width="10"><img src="images/spacer.gif" width="10" height="1"></td>
<td width="580" valign="top"><br><font face="Georgia, Times New Roman, serif" size="5" color="#7A1E12"><b>${tTitle}</b></font><br><br>
<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${ps(tIntro)}
<h3><font color="#7A1E12">${tTableH}</font></h3>
<table width="95%" border="1" cellpadding="4" cellspacing="0" bordercolor="#CCBB99"><tr bgcolor="#EADFC6"><td><b>Cheese</b></td><td><b>From</b></td><td>
<b>Price</b></td></tr>
${rows(tRows.map((r) => r.map((c) => `<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${c}</font>`)))}</table>
<h3><font color="#7A1E12">${tOrderH}</font></h3>${ps(tOrder)}</font>
<p align="right"><font face="Verdana" size="1" color="#666666">Last updated: March 14, 2009</font></p></td></tr>
<tr><td colspan="3" bgcolor="#7A1E12" align="center"><font face="Verdana, Arial, Helvetica, sans-serif" size="1" color="#FFFFFF">
${tNav.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.html"><font color="#FFFFFF">${t}</font></a>`).join(' | ')}<br>
&copy; 2003-2009 Pellegrini Brothers Delicatessen. All Rights Reserved.<br>You are visitor number <img src="/cgi-bin/counter.cgi?df=cheese.dat"
alt="048213"></font></td></tr>
</table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout605-table-layout-deli-counter',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: texts([tTableH, tOrderH]),
  body: texts([...tIntro, ...tRows.map(rowText), ...tOrder]),
  bylines: ['Last updated: March 14, 2009'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Store Hours', 'Mon - Sat 8am - 6pm', 'Sunday 9am - 2pm', 'Find Us', '212 Mulberry Ave.', 'Harwood, NJ', 'Weekly Specials',
    ...tNav.filter((t) => t !== 'Cheese Counter' && t !== 'Find Us'), '© 2003-2009 Pellegrini Brothers Delicatessen. All Rights Reserved.',
    'You are visitor number',
  ],
};

export const HELDOUT605_F: readonly TestPage[] = [hubspot, tableLayout];
