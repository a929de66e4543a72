import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, page } from './pages-heldout586-kit.js';

/**
 * Held-out batch 586, file f: a local news article on a Next.js news site (CSS-module class names, __NEXT_DATA__) about a
 * railing restoration, with a share bar, an inline "read more" box, a newsletter box and a most-read rail, and a small
 * blacksmith's site from the early 2000s built with a table layout, font tags, a hit counter and image-map style navigation.
 */
const nTitle = 'Promenade railings return after forge rebuilds 400 metres of Victorian ironwork';
const nDek = 'Nearly half the original castings were beyond repair, so a Sallow Point forge made new ones from moulds taken off the survivors.';
const nParas = [
  j(
    'The railings along Sallow Point’s lower promenade are back in place for the first time since 2024, after an eighteen-month',
    'restoration that saw every panel taken down, stripped and either repaired or remade.',
  ),
  j(
    'The work was carried out by Greaves &amp; Lunn, a two-forge business on the Quarry Road industrial estate, under a £1.2m',
    'contract from the borough council. Of the 312 cast panels removed, 171 were repaired and 141 were replaced with new castings.',
  ),
  j(
    '"You could push a screwdriver through some of the old bars," said Abigail Lunn, who ran the project. "Sea air gets into the',
    'joints, and once the rust starts pushing the collars apart it does not stop."',
  ),
  j(
    'Rather than use a modern pattern, the forge took silicone moulds from the best surviving panels and had new ones cast at a',
    'foundry inland. The forged top rail, which had been replaced with plain box section in the 1970s, was remade by hand in',
    'the original twisted pattern.',
  ),
  j(
    'Council leader Martin Ossory said the railings had been "the single most asked-about item in my inbox for two years".',
    'He said the promenade would reopen fully on Friday, with the seafront shelters following in June.',
  ),
  j(
    'The panels have been hot-dip galvanised and painted in the original dark green, identified from paint layers found under',
    'the rail caps. The council has set aside £18,000 a year for inspection and touch-up painting.',
  ),
];
const nNav = ['News', 'Sport', 'What’s On', 'Business', 'Opinion', 'Property'];
const nRead = ['Seafront shelters to be restored by June', 'Harbour crane listed as a heritage structure', 'Pier toll to rise for first time in a decade'];
const nFoot = ['About us', 'Contact', 'Advertise', 'Complaints', 'Privacy notice', 'Cookie settings'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${nTitle} | Sallow Point Courier</title><meta name="description" content="${nDek}"/><meta property="og:type" content="article"/>
<link rel="canonical" href="https://www.sallowcourier.co.uk/news/promenade-railings-return"/><meta name="next-head-count" content="9"/>
<link rel="preload" href="/_next/static/css/3b1f8e2a9c0d4e5f.css" as="style"/><link rel="stylesheet" href="/_next/static/css/3b1f8e2a9c0d4e5f.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-03-04T06:00:00Z",
"author":[{"@type":"Person","name":"Priya Walcott"}],"publisher":{"@type":"NewsMediaOrganization","name":"Sallow Point Courier"}}</script>
<script src="/_next/static/chunks/webpack-8a2d.js" defer=""></script><script src="/_next/static/chunks/pages/news/%5Bslug%5D-41f3.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skipLink__q8Zt1" href="#main">Skip to main content</a>
<div class="Banner_banner__Lp2x0" role="region"
 aria-label="Subscription offer"><p class="Banner_text__9fKc3">Support local journalism: subscribe from £1 a week</p>
<a class="Banner_cta__mQ1s7" href="/subscribe">Subscribe</a></div>
<header class="Header_header__3kPq9"><div class="Header_inner__Zx81c"><a class="Header_logo__Ws4eT" href="/"
 aria-label="Sallow Point Courier home"><svg aria-hidden="true"
 class="Logo_svg__Hh2c1"></svg></a><nav class="Nav_nav__d2Lk8" aria-label="Sections"><ul class="Nav_list__7rTq2">${links(nNav, 'Nav_item__pQ3v1')}</ul></nav>
<button class="Header_search__Ab3d9" type="button"><span class="visually-hidden">Search</span></button><a class="Header_signIn__k29Ls"
 href="/account">Sign in</a></div></header>
<main id="main" class="Layout_main__t5Ls2"><div class="ArticlePage_grid__Mn02z"><article class="ArticlePage_article__Q1e9v">
<div class="ArticleHeader_kicker__C7p2k"><a href="/news/sallow-point">Sallow Point</a></div><h1 class="ArticleHeader_headline__x1Y2z">${nTitle}</h1>
<p class="ArticleHeader_standfirst__Rt5b8">${nDek}</p>
<div class="Byline_byline__0aPq3"><span class="Byline_author__Ghe12">By <a href="/authors/priya-walcott">Priya Walcott</a></span>
<span class="Byline_role__Tz8n1">Local democracy reporter</span><time class="Byline_time__Jk3m2"
 dateTime="2026-03-04T06:00:00Z">4 March 2026, 6:00am</time></div>
<ul class="ShareBar_share__Wv4x2" aria-label="Share this article">${['Facebook', 'X', 'WhatsApp', 'Email']
  .map(
    (t) => `<li><button type="button"
 class="ShareBar_button__Lr81c"><span class="visually-hidden">Share on ${t}</span></button></li>`,
  )
  .join('')}</ul>
<figure class="ArticleImage_figure__pA91s"><img alt="Restored railings on the lower promenade" loading="eager" width="1200" height="675" decoding="async"
 data-nimg="1"
 src="/_next/image?url=%2Fuploads%2Frailings.jpg&amp;w=1200&amp;q=75"/>
<figcaption class="ArticleImage_caption__e82Kd">The restored railings on the lower promenade.
<span class="ArticleImage_credit__V0aXc">Photo: Tom Fairley</span></figcaption></figure>
<div class="ArticleBody_body__M3nv8">${ps(nParas.slice(0, 3), ' class="ArticleBody_para__7Yk1x"')}
<aside class="ReadMore_box__Qe7a1"><span class="ReadMore_label__p2Zr0">Read more</span><a href="/news/seafront-shelters">${nRead[0]}</a></aside>
${ps(nParas.slice(3), ' class="ArticleBody_para__7Yk1x"')}</div>
<div class="Newsletter_box__c4Lp9"><h2 class="Newsletter_title__Tq2w1">The Courier Daily</h2><p>The day’s local news in your inbox every morning at 7am.</p>
<form><label for="nl-email" class="visually-hidden">Email address</label><input id="nl-email" type="email"
 placeholder="Your email address"/><button type="submit">Sign up</button></form></div>
</article><aside class="ArticlePage_rail__Bn5s1"><section class="MostRead_mostRead__Kp29d"><h2 class="MostRead_title__o1Qx2">Most read</h2>
<ol class="MostRead_list__Zy4e7">${links(nRead.slice(1), 'MostRead_item__s8Cc0')}</ol></section><div class="Ad_slot__Gg31r"
 data-ad-slot="mpu-1"><span class="Ad_label__h0Ae8">Advertisement</span></div>
</aside></div></main><footer class="Footer_footer__Xc2p0"><ul class="Footer_links__r7Kn3">${links(nFoot)}</ul>
<p class="Footer_copy__E4ty1">© 2026 Sallow Point Courier Ltd. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__"
 type="application/json">{"props":{"pageProps":{"article":{"slug":"promenade-railings-return","headline":"${nTitle}","standfirst":"${nDek}"}},
"__N_SSG":true},"page":"/news/[slug]","query":{"slug":"promenade-railings-return"},"buildId":"k2Pq9XvL3","isFallback":false,"gsp":true,
"scriptLoader":[]}</script></body></html>`;
const nextjs: TestPage = page({
  name: 'heldout586-nextjs-courier-railings',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([nDek, ...nParas]),
  bylines: ['By Priya Walcott', 'Local democracy reporter', '4 March 2026, 6:00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Support local journalism: subscribe from £1 a week', 'Subscribe', ...nNav, 'Search', 'Sign in', 'Sallow Point',
    'Share on Facebook', 'Share on X', 'Share on WhatsApp', 'Share on Email', 'The restored railings on the lower promenade.',
    'Photo: Tom Fairley', 'Read more', ...nRead, 'The Courier Daily', 'The day’s local news in your inbox every morning at 7am.', 'Email address', 'Sign up',
    'Most read', 'Advertisement', ...nFoot, '© 2026 Sallow Point Courier Ltd. All rights reserved.',
  ],
});

const oTitle = 'Fire Screens &amp; Fire Baskets';
const oParas = [
  j(
    'All our fire screens and baskets are made in the forge here at Nether Crouch from solid bar, not tube. Each one is made to',
    'fit your fireplace so please send us the width, height and depth of the opening when you order.',
  ),
  j(
    'Screens can be plain, with a simple scroll top, or with leaves and twists. Baskets come with or without a front bar and',
    'ash pan. Prices start from £145 for a small basket and £195 for a three-fold screen.',
  ),
  'Delivery is free within 25 miles. We can post small baskets anywhere in the UK mainland.',
];
const oSub = 'Ordering';
const oOrder = 'Please ring Jack on 01632 960 418 (evenings best) or use the email link below. We do not take cards, cheques are fine.';
const oNav = ['Home', 'Gates', 'Railings', 'Fire Screens', 'Candle Holders', 'Repairs', 'Contact'];
const oHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Fennick Ironwork - Fire Screens</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><meta name="keywords"
 content="blacksmith, fire screens, fire baskets, wrought iron, ironwork">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0"><script language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//-->
</script></head>
<body bgcolor="#2B1D14" text="#000000" link="#7A2E0E" vlink="#5A3A22" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#F4EBD9">
<tr><td colspan="2"><img src="images/header.jpg" width="760" height="120" alt="Fennick Ironwork - Traditional Blacksmiths"></td></tr>
<tr><td width="160" valign="top" bgcolor="#D9C7A5"><br>
${oNav.map((t) => `<a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font face="Verdana, Arial" size="2"><b>${t}</b></font></a><br><br>`).join('\n')}
<br><font face="Verdana, Arial" size="1">You are visitor number<br><img src="/cgi-bin/counter.pl?df=fire.dat" alt="counter"> 004213</font></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="12"><tr><td>
<font face="Georgia, Times New Roman" size="5" color="#7A2E0E"><b>${oTitle}</b></font>
<font face="Verdana, Arial" size="2">
${ps(oParas)}
<p align="center"><img src="images/screen1.jpg" width="250" height="190" border="1" alt="Three-fold screen"><br><i>Three fold screen with leaf top</i></p>
<p><b>${oSub}</b></p>
<p>${oOrder}</p>
</font></td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#2B1D14"><font face="Verdana, Arial" size="1" color="#D9C7A5">
<a href="mailto:jack@fennickironwork.co.uk"><font color="#D9C7A5">Email us</font></a> | &copy;
 Fennick Ironwork 2003-2009 | Best viewed at 800 x 600</font></td></tr>
</table></body></html>`;
const tableLayout: TestPage = page({
  name: 'heldout586-table-layout-fire-screens',
  kind: 'blog',
  html: oHtml,
  title: 'Fire Screens & Fire Baskets',
  headings: [oSub],
  body: texts([...oParas, oOrder]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...oNav, 'You are visitor number', '004213', 'Three fold screen with leaf top', 'Email us', '© Fennick Ironwork 2003-2009', 'Best viewed at 800 x 600',
  ],
});

export const HELDOUT586_F: readonly TestPage[] = [nextjs, tableLayout];
