import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, rowText, trs } from './pages-heldout638-kit.js';

/**
 * Held-out batch 638, file f: an old cactus nursery's mail-order shipping page in a FrontPage-era table layout (font tags,
 * a marquee, a left link column, a hit counter), and a bonsai nursery's buying guide on the HubSpot CMS blog (CTA image,
 * tags, related posts, the HubSpot cookie banner).
 */
const tTitle = 'Shipping Cacti in Winter';
const tBody = [
  j(
    'We ship bare-root cacti all year round, but from November to February we take some extra care because a plant that freezes',
    'in the back of a van will not recover.',
  ),
  'How we pack',
  j(
    'Every plant is wrapped in newspaper and packed in shredded paper inside a double-wall box. In winter we add a layer of',
    'bubble wrap around the plants and a heat pack when the forecast at your end is below freezing.',
  ),
  'When we ship',
  j(
    'Winter orders go out on Mondays and Tuesdays only, so that no parcel spends a weekend in a depot. If a cold snap is forecast',
    'we will hold your order and email you with a new date.',
  ),
  'When it arrives',
  j(
    'Unpack the plants straight away and leave them in a cool, bright room for a week before potting. Do not water them until',
    'they have been potted for a week. Any plant that arrives damaged will be replaced free; just send us a photo within three days.',
  ),
];
const tNav = ['Home', 'Cacti A-Z', 'Succulents', 'Seeds', 'Order Form', 'Shipping', 'Links', 'Email Us'];
const tHeads = [1, 3, 5];
const f2 = (t: string): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="2">${t}</font>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><meta name="ProgId" content="FrontPage.Editor.Document">
<meta name="keywords" content="cactus, cacti, mail order, succulents, shipping"><title>Desert Rose Cactus Gardens - Shipping</title>
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script></head>
<body bgcolor="#FFFFF0" text="#333300" link="#996600" vlink="#666633" topmargin="0" leftmargin="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2" bgcolor="#CC9966"><img src="images/banner.gif" width="760"
height="90" alt="Desert Rose Cactus Gardens"></td></tr>
<tr><td colspan="2" bgcolor="#663300"><marquee scrollamount="3">
${f2('<font color="#FFFFCC"><b>NEW: the 2026 seed list is now online!</b></font>')}</marquee></td></tr>
<tr><td width="150" valign="top" bgcolor="#F5DEB3"><br>
${tNav.map((n) => `&nbsp;&nbsp;<a href="${n.toLowerCase().replace(/[^a-z]+/g, '')}.htm">${f2(`<b>${n}</b>`)}</a><br><br>`).join('\n')}
<br><p align="center">${f2('<font size="1">You are visitor number<br><img src="/cgi-bin/counter.pl?df=ship.dat" alt="counter"><br>since March 2001</font>')}</p>
</td><td width="610" valign="top"><table width="100%" border="0" cellpadding="12"><tr><td>
<h1><font face="Georgia, Times New Roman, serif" color="#663300">${tTitle}</font></h1>
<p>${f2(at(tBody, 0))}</p>
${tHeads.map((h) => `<p>${f2(`<b><font size="3" color="#996600">${at(tBody, h)}</font></b>`)}</p>\n<p>${f2(at(tBody, h + 1))}</p>`).join('\n')}
<p><img src="images/packing.jpg" width="300" height="200" border="0" alt="Packed box"><br>${f2('<i>A winter box with its heat pack.</i>')}</p>
<p align="center">${f2('<a href="order.htm">Back to the Order Form</a> | <a href="#top">Top of page</a>')}</p>
<hr size="1" color="#CC9966"><p>${f2('<font size="1">This page was last updated on 12/01/2025</font>')}</p>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#CC9966" align="center">${f2(`<font size="1" color="#FFFFFF">Desert Rose Cactus Gardens &middot; Route 4, Box 212,
Sandoval Springs<br>&copy; 1999-2026 All rights reserved. Best viewed at 800x600 with Internet Explorer.</font>`)}</td></tr></table>
</body></html>`;
const tables: TestPage = {
  name: 'heldout638-table-layout-cactus-shipping',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tHeads.map((i) => at(tBody, i)),
  body: texts(tBody.filter((_, i) => !tHeads.includes(i))),
  bylines: ['This page was last updated on 12/01/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'NEW: the 2026 seed list is now online!', ...tNav.filter((n) => n !== 'Shipping'), 'You are visitor number', 'since March 2001',
    'A winter box with its heat pack.', 'Back to the Order Form | Top of page', 'Desert Rose Cactus Gardens · Route 4, Box 212, Sandoval Springs',
    '© 1999-2026 All rights reserved. Best viewed at 800x600 with Internet Explorer.',
  ],
};

const hTitle = 'Choosing an Indoor Bonsai: Ficus, Carmona or Serissa?';
const hBody = [
  j(
    'Most bonsai are outdoor trees, and most of the indoor bonsai sold in supermarkets die within a year because they are junipers',
    'that should never have been brought inside. A true indoor bonsai is a tropical or subtropical tree that is happy at room',
    'temperature all year. Three of them make up almost all of our indoor sales.',
  ),
  'Ficus: the forgiving one',
  j(
    'If you have never kept a bonsai, start with a ficus. It puts up with dry air, a missed watering and a dim corner better than any',
    'other tree we grow, and it recovers quickly from mistakes. Ficus retusa and Ficus microcarpa are the usual species; both grow',
    'aerial roots in a humid room, which many owners come to love.',
  ),
  'Carmona: the flowering one',
  j(
    'Carmona, the Fukien tea, has small, glossy dark leaves and tiny white flowers for much of the year, followed by red berries.',
    'It is fussier than a ficus: it wants bright light and an even supply of water, and it drops leaves when it is moved about.',
  ),
  'Serissa: the one to try later',
  j(
    'Serissa, the tree of a thousand stars, is the most beautiful of the three in flower and the most likely to sulk. It dislikes',
    'changes of any kind and often sheds its leaves in the first weeks after you take it home. Grow a ficus for a year first.',
  ),
  'At a glance',
];
const hRows = [
  ['Ficus', 'Low to bright', 'Tolerant', 'Easy'],
  ['Carmona', 'Bright', 'Even, never dry', 'Moderate'],
  ['Serissa', 'Bright', 'Even, never dry', 'Harder'],
];
const hEnd = j('All three are in stock at the nursery from about £25, and every indoor tree we sell comes with a printed care card for its', 'species.');
const hHeads = [1, 3, 5, 7];
const hNav = ['Trees', 'Workshops', 'Aftercare', 'Blog', 'Find Us'];
const hRel = [
  ['Why Supermarket Junipers Die Indoors', 'And how to save one that is still green.'],
  ['Winter Light for Indoor Trees', 'Grow lights, windowsills and what actually works.'],
];
const hFoot = ['Delivery', 'Returns', 'Privacy Policy', 'Contact'];
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<link rel="shortcut icon" href="https://www.greyheronbonsai.com/hubfs/favicon.png">
<meta name="description" content="Three indoor trees compared for beginners.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script><meta property="og:description" content="Three indoor trees compared for beginners.">
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.greyheronbonsai.com/blog/choosing-an-indoor-bonsai">
<link rel="stylesheet" href="https://www.greyheronbonsai.com/hubfs/hub_generated/template_assets/1/main.min.css"><meta name="generator" content="HubSpot">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Priya Lindqvist"},
"datePublished":"2026-03-09T10:00:00Z"}</script></head>
<body><div class="body-wrapper hs-content-id-1629 hs-blog-post hs-blog-id-4408"><div data-global-resource-path="@hubspot/growth/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo
header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><a href="//www.greyheronbonsai.com" id="hs-link-site_logo"><img src="/hubfs/grey-heron-logo.png"
class="hs-image-widget" alt="Grey Heron Bonsai" width="180" height="48"></a></span></div><div class="header__column"><div class="header__row-2"><div
class="header__navigation header--element"><span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${links(hNav, 'menu-item')}</ul></nav></span></div></div></div>
</div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="https://www.greyheronbonsai.com/blog/author/priya-lindqvist">Priya
Lindqvist</a><time datetime="2026-03-09 10:00:00" class="blog-post__timestamp">March 9, 2026</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps([at(hBody, 0)])}<!--more-->
${[1, 3, 5].map((i) => `<h2>${at(hBody, i)}</h2>\n${ps([at(hBody, i + 1)])}`).join('\n')}
<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-3f1c"><span class="hs-cta-node hs-cta-3f1c" id="hs-cta-3f1c"><a
href="https://cta-redirect.hubspot.com/cta/redirect/4408/3f1c"><img class="hs-cta-img" id="hs-cta-img-3f1c" style="border-width:0px;"
src="https://no-cache.hubspot.com/cta/default/4408/3f1c.png" alt="Download our free indoor bonsai care calendar"></a></span><script
charset="utf-8" src="/hs/cta/cta/current.js"></script><script type="text/javascript">hbspt.cta._relativeUrls=true;hbspt.cta.load(4408, '3f1c', {});</script>
</span><!-- end HubSpot Call-to-Action Code -->
<h2>${at(hBody, 7)}</h2><div data-hs-responsive-table="true" style="overflow-x: auto; max-width: 100%; width: 100%;"><table style="width: 100%;
border-collapse: collapse;"><thead><tr><th>Tree</th><th>Light</th><th>Water</th><th>For beginners</th></tr></thead><tbody>${trs(hRows)}</tbody></table></div>
${ps([hEnd])}</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"></svg><a class="blog-post__tag-link"
href="https://www.greyheronbonsai.com/blog/tag/indoor-bonsai" rel="tag">Indoor Bonsai</a><a class="blog-post__tag-link"
href="https://www.greyheronbonsai.com/blog/tag/beginners" rel="tag">Beginners</a></div></article>
<section class="blog-comments"><span id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
widget-type-blog_comments">
<div class="section post-footer"><div id="comments-listing" class="new-comments"></div><div id="hs_form_target_blog_comments"></div></div></span></section>
</div></div>
<div class="blog-related-posts"><div class="content-wrapper"><h2 class="blog-related-posts__title">Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    ([t, x]) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><div class="blog-related-posts__content"><h3
class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/${(t ?? '').toLowerCase().replace(/ /g, '-')}">${t}</a></h3>
<p>${x}</p></div></article>`,
  )
  .join('\n')}</div></div></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<nav aria-label="Footer menu" class="navigation-primary"><ul class="submenu level-1">${links(hFoot, 'menu-item')}</ul></nav>
<p class="footer__copyright">© 2026 Grey Heron Bonsai Nursery, Whitlow Lane, Ashcombe</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-location="bottom"><div
id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your
website experience and provide more personalized services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area"><div
id="hs-eu-cookie-confirmation-button-group"><a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">Accept</a><a href="javascript:void(0);"
id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4408.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout638-hubspot-indoor-bonsai-guide',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads.map((i) => at(hBody, i)),
  body: texts([...hBody.filter((_, i) => !hHeads.includes(i)), ...hRows.map(rowText), hEnd]),
  bylines: ['Priya Lindqvist', 'March 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav.filter((n) => n !== 'Trees'), 'Indoor Bonsai', 'Beginners', 'Related posts', ...hRel.flat(), ...hFoot,
    '© 2026 Grey Heron Bonsai Nursery, Whitlow Lane, Ashcombe',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT638_F: readonly TestPage[] = [tables, hubspot];
