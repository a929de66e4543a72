import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, rowText } from './pages-heldout672-kit.js';

/**
 * Held-out batch 672, file f: a stamp auction's lot catalogue page in an old table layout (font tags, image buttons, section
 * rows), and a bullion and coin dealer's blog post on HubSpot CMS with its cookie banner, CTA and related posts.
 */
const aTitle = 'Sale 214: Great Britain Line-Engraved Issues, Lots 1 - 9';
const aIntro = j(
  'Public auction at the Grosvenor Rooms, Kettlewick, on Thursday 22 October 2026 at 11 am. Postal and e-mail bids must reach us',
  'by 5 pm on the day before the sale. Estimates are in pounds sterling; a buyer\u2019s premium of 18% is added to the hammer price.',
);
const aSections: readonly (readonly [string, readonly (readonly string[])[]])[] = [
  [
    'The 1840 Penny Black',
    [
      ['1', 'Plate 1a, lettered AB, four clear margins, red Maltese Cross. A lovely stamp.', '350'],
      ['2', 'Plate 2, lettered TF, three margins, just touching at left, black Maltese Cross.', '120'],
      ['3', 'Plate 5, pair lettered JC-JD on piece, good to large margins, neat red crosses.', '600'],
    ],
  ],
  [
    'The 1841 Penny Red',
    [
      ['4', 'Imperf, plate 12, block of six on blued paper, part original gum, some creasing.', '220'],
      ['5', 'Imperf, used on cover from Kettlewick to Barford, numeral 414 duplex, fine.', '45'],
      ['6', 'Perf 16, unused single with large part original gum, well centred.', '180'],
    ],
  ],
  [
    'Twopence Blues',
    [
      ['7', '1840 2d plate 1, lettered QL, four margins, red Maltese Cross, certificate.', '900'],
      ['8', '1841 2d plate 4, vertical pair on small piece, numeral cancels, fine.', '160'],
      ['9', '1858 2d plate 9, mint single, unmounted, well centred, a superb stamp.', '260'],
    ],
  ],
];
const aNav = ['Home', 'Current Sale', 'Past Results', 'Consign', 'Bidding', 'Contact Us'];
const aSecHtml = aSections
  .map(
    ([h, rows]) => `<tr><td colspan="3" bgcolor="#E8E0C8" class="section"><font face="Georgia, Times" size="3"><b>${h}</b></font></td></tr>
${rows
  .map(
    (r) => `<tr valign="top"><td class="lotno" width="40"><b>${r[0]}</b></td><td class="desc">${esc(r[1] ?? '')}</td>
<td class="est" align="right" width="70">${r[2]}</td></tr>`,
  )
  .join('\n')}`,
  )
  .join('\n');
const aHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Beckford &amp; Soames Philatelic Auctions - Sale 214 - Lots 1-9</title>
<meta name="keywords" content="stamp auction, penny black, penny red, great britain stamps"><link rel="stylesheet" href="../styles.css" type="text/css">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//--></script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('../img/nav_home_on.gif')">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2">
<img src="../img/header.jpg" width="780" height="110" alt="Beckford &amp; Soames Philatelic Auctions - Established 1962"></td></tr>
<tr><td width="160" valign="top" bgcolor="#2B3A55" class="leftnav"><table width="160" border="0" cellspacing="0" cellpadding="6">
${aNav
  .map(
    (t) => `<tr><td><a href="../${t.toLowerCase().replace(/ /g, '_')}.htm" class="navlink"><font color="#FFFFFF" face="Verdana" size="2">${t}</font></a>
</td></tr>`,
  )
  .join('\n')}
<tr><td><br><font color="#D8C890" face="Verdana" size="1">Tel. 01632 960 214<br>Fax 01632 960 215</font></td></tr>
<tr><td><a href="../catalogue214.pdf">
<img src="../img/pdf.gif" width="16" height="16" border="0" alt=""> <font color="#FFFFFF" face="Verdana" size="1">Download the full catalogue (PDF)</font></a>
</td></tr></table></td>
<td width="620" valign="top" class="bodytext"><table width="100%" border="0" cellspacing="0" cellpadding="10"><tr><td>
<font face="Verdana" size="1"><a href="../index.htm">Home</a> &gt; <a href="../current_sale.htm">Current Sale</a> &gt; Lots 1-9</font><br><br>
<font face="Georgia, Times" size="5" color="#2B3A55"><b>${aTitle}</b></font><br><br>
<font face="Verdana" size="2">${aIntro}</font><br><br>
<table width="100%" border="1" bordercolor="#CCCCCC" cellspacing="0" cellpadding="4" class="lots"><tr bgcolor="#2B3A55"><td>
<font color="#FFFFFF" face="Verdana" size="1"><b>Lot</b></font></td>
<td><font color="#FFFFFF" face="Verdana" size="1"><b>Description</b></font></td><td align="right"><font color="#FFFFFF" face="Verdana" size="1">
<b>Estimate &pound;</b></font></td></tr>
${aSecHtml}
</table><br><div align="center"><font face="Verdana" size="2"><b>Page 1 of 12</b> | <a href="lots_10-19.htm">Next page &gt;&gt;</a></font></div>
</td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#2B3A55" align="center">
<font color="#FFFFFF" face="Verdana" size="1">Copyright &copy; 1999-2026 Beckford &amp; Soames Ltd. All rights reserved.<br>
Page last updated 14/09/2026</font></td></tr></table>
<script type="text/javascript">var sc_project=4410217; var sc_invisible=1;</script>
<script type="text/javascript" src="http://www.statcounter.com/counter/counter.js"></script></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout672-table-layout-auction-lots',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aSections.map(([h]) => h),
  body: [aIntro, ...aSections.flatMap(([, rows]) => rows.map(rowText))],
  bylines: ['Page last updated 14/09/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Current Sale', 'Past Results', 'Consign', 'Bidding', 'Contact Us', 'Tel. 01632 960 214', 'Fax 01632 960 215', 'Download the full catalogue (PDF)',
    'Home > Current Sale > Lots 1-9', 'Page 1 of 12', 'Next page >>', 'Copyright © 1999-2026 Beckford & Soames Ltd. All rights reserved.',
  ],
};

const kTitle = 'Proof, prooflike or business strike? How to tell them apart';
const kBody = [
  j(
    'Customers often send us photographs of a shiny coin and ask whether it is a proof. Most of the time it is not, and the',
    'difference matters: a proof can be worth many times the price of the same coin struck for circulation.',
  ),
  'What makes a proof',
  j(
    'Proofs are struck from specially polished dies on polished blanks, usually twice or more, at low speed. The result is a',
    'mirror field, frosted devices and a sharp, square rim. They leave the mint in a capsule or case and were never meant to',
    'circulate.',
  ),
  'Prooflike business strikes',
  j(
    'The first coins struck from new dies for circulation can also show mirror fields, because the dies are still fresh.',
    'These prooflike coins are attractive and carry a premium, but the devices are not frosted and the rim is rounded.',
  ),
  'Three quick checks',
  'Look at the rim: square and sharp on a proof, rounded on a business strike.',
  'Tilt the coin: frosted devices against a mirror field mean proof.',
  'Check the mintage: some dates were only ever struck as proofs.',
  j('If you are still unsure, send us clear photographs of both sides and the rim and our numismatist will reply within two', 'working days.'),
];
const kNav = ['Shop Bullion', 'Shop Coins', 'Sell to Kestrel', 'Price Charts', 'Blog'];
const kRel = ['Five signs a sovereign has been cleaned', 'Understanding silver premiums in 2026', 'A beginner\u2019s guide to coin capsules'];
const kTags = ['Proof Coins', 'Coin Grading'];
const kHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${kTitle}</title>
<link rel="shortcut icon" href="https://www.kestrelmint.co.uk/hubfs/favicon.png">
<meta name="description" content="How to tell a proof from a prooflike or ordinary coin.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script><meta property="og:type" content="article">
<link rel="canonical" href="https://www.kestrelmint.co.uk/blog/proof-prooflike-business-strike">
<link rel="stylesheet" href="https://www.kestrelmint.co.uk/hubfs/hub_generated/template_assets/1/8831/1712/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${kTitle}","author":{"@type":"Person",
"name":"Priya Halvorsen"},"datePublished":"2026-03-11"}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-1627380 hs-blog-post hs-blog-id-9921">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo header__logo--main">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" style=""
data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="https://www.kestrelmint.co.uk" id="hs-link-site_logo" style="border-width:0px;border:0px;">
<img src="https://www.kestrelmint.co.uk/hubfs/kestrel-logo.svg" class="hs-image-widget " height="48"
style="height: auto;width:180px;border-width:0px;border:0px;" width="180" alt="Kestrel Mint &amp; Bullion" title="Kestrel Mint &amp; Bullion"></a></span></div>
<div class="header__column"><div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div>
<div class="header__navigation header--element">
<span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style=""
data-hs-cos-general-type="widget" data-hs-cos-type="module"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${links(kNav, 'menu__item menu__item--depth-1  hs-skip-lang-url-rewrite')}</ul></nav></span></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${kTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.kestrelmint.co.uk/blog/author/priya-halvorsen">Priya Halvorsen</a>
<time datetime="2026-03-11 10:00:00" class="blog-post__timestamp">March 11, 2026</time></div>
<div class="blog-post__body">
<span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps(kBody.slice(0, 1))}<!--more--><h2>${kBody[1]}</h2>${ps(kBody.slice(2, 3))}<h2>${kBody[3]}</h2>${ps(kBody.slice(4, 5))}<h2>${kBody[5]}</h2>
<ol>${kBody
  .slice(6, 9)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ol>${ps(kBody.slice(9))}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-7c1f"><span class="hs-cta-node hs-cta-7c1f" id="hs-cta-7c1f">
<a href="https://cta-redirect.hubspot.com/cta/redirect/9921/7c1f">
<img class="hs-cta-img" id="hs-cta-img-7c1f" style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/9921/7c1f.png"
alt="Get our weekly price sheet"></a></span></span><!-- end HubSpot Call-to-Action Code --></p>
</span></div><div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer">
<path d="M0 252.118V48C0 21.49 21.49 0 48 0h204.118a48 48 0 0 1 33.941 14.059l211.882 211.882c18.745 18.745 18.745 49.137 0 67.882L293.823 497.941c-18.745
18.745-49.137 18.745-67.882 0L14.059 286.059A48 48 0 0 1 0 252.118z"></path></g></svg>
${kTags
  .map(
    (t) => `<a class="blog-post__tag-link" href="https://www.kestrelmint.co.uk/blog/tag/${t.toLowerCase().replace(/ /g, '-')}"
rel="tag">${t}</a>`,
  )
  .join(',\n')}</div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">${kRel
  .map(
    (t, i) => `<div class="blog-related-posts__post">
<a class="blog-related-posts__image-link" href="/blog/r${i}"><img class="blog-related-posts__image" src="/hubfs/r${i}.jpg" loading="lazy" alt="${t}"></a>
<div class="blog-related-posts__content"><a class="blog-related-posts__title-link" href="/blog/r${i}"><h3>${t}</h3></a></div></div>`,
  )
  .join('\n')}</div>
</section>
<div class="blog-comments">
<span id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_comments"
style="" data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="section post-footer"><div id="comments-listing" class="new-comments"></div>
</div></span></div>
</div></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="footer__row"><p>Kestrel Mint &amp; Bullion Ltd, Unit 4 Falconer Yard, Redcastle. Registered in England No. 08812740.</p>
<p>Prices of precious metals can go down as well as up.</p><p>© 2026 Kestrel Mint &amp; Bullion</p></div></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-not-tabbable="false">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.</p>
</div>
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group">
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div></div>
<!-- Start of HubSpot Analytics Code --><script type="text/javascript">var _hsq = _hsq || []; _hsq.push(["setContentType", "blog-post"]);</script>
<!-- End of HubSpot Analytics Code -->
<script src="/hs/scriptloader/9921.js" id="hs-script-loader" async defer></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout672-hubspot-proof-coins',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: [kBody[1] ?? '', kBody[3] ?? '', kBody[5] ?? ''],
  body: texts(kBody.filter((_, i) => ![1, 3, 5].includes(i))),
  bylines: ['Priya Halvorsen', 'March 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...kNav, ...kTags, 'Related posts', ...kRel,
    'Kestrel Mint & Bullion Ltd, Unit 4 Falconer Yard, Redcastle. Registered in England No. 08812740.',
    'Prices of precious metals can go down as well as up.', '© 2026 Kestrel Mint & Bullion',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT672_F: readonly TestPage[] = [tableLayout, hubspot];
