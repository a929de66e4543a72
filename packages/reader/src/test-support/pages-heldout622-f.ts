import { links, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout622-kit.js';

/**
 * Held-out batch 622, file f: a family salon's policies page in an old table layout (font tags, spacer images, a left menu
 * column and a hit counter), and a hair trade magazine's news article on Next.js with ads, a newsletter box and an author bio.
 */
const tTitle = 'Salon Policies';
const tBlocks: [string, string[]][] = [
  ['', ['Please take a minute to read our salon policies. They help us keep appointments running on time for everybody.']],
  [
    'Cancellations',
    [
      j(
        'We ask for at least 24 hours notice if you need to cancel or move your appointment. Cancellations with less notice, or',
        'missed appointments, may be charged at half the price of the booked service.',
      ),
    ],
  ],
  [
    'Late Arrivals',
    [
      j(
        'If you arrive more than 15 minutes late we may not be able to finish your full service, and we may have to rebook you',
        'for another day. We will always try our best to fit you in.',
      ),
    ],
  ],
  [
    'Skin Tests',
    [
      j(
        'All clients having a tint or a perm for the first time, or who have not had one with us for six months, must have a',
        'skin test at least 48 hours before. This is free and only takes a few minutes. We cannot do your colour without it.',
      ),
    ],
  ],
  [
    'Children',
    ['Children under 14 must be with an adult during their appointment.', 'Sorry, but we cannot look after children while parents are having their hair done.'],
  ],
];
const tNav = ['Home', 'Price List', 'Meet The Girls', 'Salon Policies', 'Gift Vouchers', 'Find Us'];
const tFont = (t: string): string => `<font face="Verdana, Arial, Helvetica, sans-serif" size="2" color="#333333">${t}</font>`;
const tHead = (h: string): string => (h ? `<b><font face="Verdana, Arial, Helvetica, sans-serif" size="3" color="#993366">${h}</font></b><br>\n` : '');
const tBody = tBlocks.map(([h, p]) => `${tHead(h)}${tFont(p.join('<br><br>\n'))}`).join('<br><br>\n');
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><title>Bettys Hair Studio - Salon Policies</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="hairdresser, hair salon, perms, colour, Ellerby"><meta name="description"
content="Bettys Hair Studio, Ellerby. Family salon since 1987.">
<script language="JavaScript" type="text/JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script><style type="text/css"><!-- body { margin: 0px; background-color: #F6E8EE; } a:link { color: #993366; } --></style></head>
<body bgcolor="#F6E8EE" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF"><tr><td colspan="3"><img src="images/header.jpg" width="760"
height="140" alt="Bettys Hair Studio"></td></tr><tr><td width="160" valign="top" bgcolor="#E8C9D6"><table width="160" border="0" cellspacing="0"
cellpadding="6">
${tNav.map((t) => `<tr><td><a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font face="Verdana" size="2"><b>${t}</b></font></a></td></tr>`).join('\n')}
<tr><td><img src="images/spacer.gif" width="1" height="20" alt=""></td></tr><tr><td><font face="Verdana" size="1">Call us on<br><b>01632 960
877</b></font></td></tr>
</table></td><td width="20"><img src="images/spacer.gif" width="20" height="1" alt=""></td><td width="580" valign="top"><br>
<font face="Georgia, Times New Roman, Times, serif" size="5" color="#993366">${tTitle}</font><br><img src="images/divider.gif" width="400" height="10"
alt=""><br><br>
${tBody}
<br><br><center><a href="pricelist.htm"><img src="images/btn_prices.gif" width="120" height="30" border="0" alt="See our prices"></a></center><br></td></tr>
<tr><td colspan="3" bgcolor="#993366" align="center"><font face="Verdana" size="1" color="#FFFFFF">Bettys Hair Studio, 4 Chapel Parade, Ellerby | Tel 01632 960
877 |
Open Tues - Sat<br>&copy; 2004 - 2026 Bettys Hair Studio. All rights reserved.<br>You are visitor number <img src="/cgi-bin/counter.cgi?df=policies.dat"
alt="004512">
</font></td></tr></table></body></html>`;
const tableLayout: TestPage = {
  name: 'heldout622-table-layout-salon-policies',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tBlocks.slice(1).map(([h]) => h),
  body: tBlocks.flatMap(([, p]) => p),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav.filter((t) => t !== 'Salon Policies'), 'Call us on', '01632 960 877',
    'Bettys Hair Studio, 4 Chapel Parade, Ellerby | Tel 01632 960 877 | Open Tues - Sat',
    '© 2004 - 2026 Bettys Hair Studio. All rights reserved.', 'You are visitor number',
  ],
};

const nTitle = 'Skin-test no-shows are costing salons a day’s takings a month, survey finds';
const nDek = 'One in five colour clients misses the test appointment, and most salons still do not charge for the lost slot.';
const nBody = [
  j(
    'Independent salons lose an average of seven hours of chair time a month to clients who book a skin test and do not turn up,',
    'according to a survey of 640 salon owners carried out for <em>Salon Business Today</em> in January.',
  ),
  j(
    'The survey found that 21% of skin-test appointments were missed without notice, compared with 6% of cut and colour',
    'bookings. Because most salons book tests in ten-minute gaps between clients, owners said the real cost was often a',
    'colour service that could not go ahead two days later.',
  ),
  'Why tests get missed',
  j(
    'Owners gave three main reasons: clients who forget a booking that feels unimportant, clients who believe they do not need',
    'a test because they have coloured their hair for years, and clients who book a test and a colour too close together and',
    'then cancel both.',
  ),
  j(
    '“People treat the test like a formality, so it’s the first thing they drop,” said Odile Brannigan, who owns two salons in',
    'Marsh Hollow. “But if they miss it, I can’t colour them on Saturday, and that’s a three-hour gap in my column.”',
  ),
  'What salons are doing about it',
  j(
    'Almost half of the salons surveyed (46%) now send an automatic text reminder the day before a test, up from 29% two',
    'years ago. Those salons reported a no-show rate of 12%, roughly half the rate of salons that sent no reminder.',
  ),
  j(
    'Only 9% charge a fee for a missed test. Several owners said they had tried it and dropped the idea after complaints, while',
    'others take a small deposit when the test is booked and put it towards the colour service.',
  ),
  j(
    'A growing number of salons now offer tests at any time during opening hours without a booking. Rhys Penhale, who runs a',
    'salon in Cold Aston, said walk-in tests had “more or less solved it” for his team. “Clients pop in when they are passing.',
    'We don’t lose a slot, and they don’t lose their colour appointment.”',
  ),
  'The rules have not changed',
  j(
    'Colour manufacturers still tell salons to carry out a skin test 48 hours before every colour service, and insurers',
    'contacted for this article said that cover for allergic reactions may not apply if a test has not been done. The',
    'Hairdressing Standards Council said it had no plans to change its guidance.',
  ),
  j('The full survey results, including figures by region and salon size, will be published in the March issue.'),
];
const nHeads = [2, 5, 9];
const nNav = ['News', 'Business', 'Education', 'Trends', 'Awards', 'Events'];
const nRel = ['Colour bookings up 12% on last year', 'Insurers warn on home-colour “touch-ups” in salons', 'How to set a fair deposit policy'];
const nFoot = ['About us', 'Advertise', 'Contact', 'Privacy notice', 'Cookie settings'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"><title>${nTitle} | Salon
Business Today</title>
<meta name="description" content="${nDek}"><meta property="og:type" content="article"><meta name="next-head-count" content="6">
<link rel="preload" href="/_next/static/css/4b7a1e0c.css" as="style"><link rel="stylesheet" href="/_next/static/css/4b7a1e0c.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","author":[{"@type":"Person",
"name":"Keziah Marr"}]}</script>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script></head>
<body><div id="__next"><a href="#main" class="SkipLink_skip__Qp3xT">Skip to main content</a><div class="AdSlot_leaderboard__k1M2v" data-slot="top">
<span class="AdSlot_label__9hGkz">Advertisement</span><div id="div-gpt-ad-top"></div></div><header class="SiteHeader_header__Z7p0d"><div
class="SiteHeader_inner__bX2sL">
<a class="SiteHeader_logo__m3Qd1" href="/">Salon Business Today</a><nav class="SiteHeader_nav__yC0p4"
aria-label="Primary"><ul>${links(nNav, 'SiteHeader_item__fa2Kq')}</ul></nav>
<button class="SiteHeader_search__Jk8T2" aria-label="Search"></button><a class="Button_primary__3fWcL" href="/subscribe">Subscribe</a></div></header>
<main id="main" class="Layout_main__sT4mv"><article class="Article_article__h9Lq2"><header class="ArticleHeader_header__uV1nq"><a
class="ArticleHeader_kicker__p0Z3c"
href="/business">Business</a><h1 class="ArticleHeader_headline__3xK9a">${nTitle}</h1><p class="ArticleHeader_standfirst__Vd8Rm">${nDek}</p>
<div class="ArticleHeader_meta__Lr5Tn"><span class="Byline_byline__0kTq1">By <a href="/authors/keziah-marr">Keziah Marr</a></span><time
dateTime="2026-02-17T07:00:00Z"
class="Byline_date__fB2nJ">17 February 2026</time></div><div class="ShareBar_share__Wq3aD"><span class="ShareBar_label__x7UeN">Share</span><a href="#"
aria-label="Share on Facebook"
class="ShareBar_icon__m2o9R"></a><a href="#" aria-label="Share on LinkedIn" class="ShareBar_icon__m2o9R"></a><button class="ShareBar_copy__Y1sPz">Copy
link</button></div></header>
<figure class="ArticleImage_figure__c4Hj8"><img alt="A stylist applies a skin test" src="/_next/image?url=%2Fuploads%2Fskin-test.jpg&amp;w=1200&amp;q=75"
width="1200"
height="675" decoding="async"><figcaption class="ArticleImage_caption__Nm2bQ">Most salons book skin tests into short gaps between clients. <span
class="ArticleImage_credit__o9KdE">Photo: Salon Business Today</span></figcaption></figure><div class="ArticleBody_body__tR6yW">
${nBody
  .map((t, i) => (nHeads.includes(i) ? `<h2 class="ArticleBody_h2__Gh1c0">${t}</h2>` : `<p>${t}</p>`))
  .slice(0, 5)
  .join('\n')}
<aside class="InlineNewsletter_box__aQ8sN"><h3>The Monday Briefing</h3><p>Salon business news in your inbox every week.</p><form><input type="email"
placeholder="Your email address" aria-label="Email"><button type="submit">Sign up</button></form></aside>
<div class="AdSlot_mpu__w3Rt6" data-slot="mid"><span class="AdSlot_label__9hGkz">Advertisement</span><div id="div-gpt-ad-mid"></div></div>
${nBody
  .map((t, i) => (nHeads.includes(i) ? `<h2 class="ArticleBody_h2__Gh1c0">${t}</h2>` : `<p>${t}</p>`))
  .slice(5)
  .join('\n')}
</div><footer class="ArticleFooter_footer__d2Lm5"><ul class="Tags_tags__h4Jx8">${links(['Skin tests', 'Salon surveys'], 'Tags_tag__p9Qs3')}</ul>
<div class="AuthorBio_bio__k8Vn1"><img src="/uploads/keziah.jpg" alt="" width="64" height="64"><p><strong>Keziah Marr</strong> is business editor of
Salon Business Today. She trained as a hairdresser and ran a salon for eleven years.</p></div></footer></article>
<aside class="Related_related__Jq2vB"><h2 class="Related_title__e5Hn1">More from Business</h2><ul>${links(nRel, 'Related_item__t8Zx0')}</ul></aside></main>
<footer class="SiteFooter_footer__b3Vf9"><ul>${links(nFoot)}</ul><p>© 2026 Kestrel Trade Media Ltd. Salon Business Today is a registered trade
mark.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"slug":"skin-test-no-shows","title":"${nTitle}"}}},
"page":"/[section]/[slug]","buildId":"Hq8x2"}</script>
<script src="/_next/static/chunks/main-3b2f1c9a.js" defer=""></script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout622-nextjs-trade-news-skin-tests',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nHeads.map((i) => at(nBody, i)),
  body: texts([nDek, ...nBody.filter((_, i) => !nHeads.includes(i))]),
  bylines: ['By Keziah Marr', '17 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Advertisement', ...nNav.filter((t) => t !== 'Business'), 'Subscribe', 'Share', 'Copy link',
    'Most salons book skin tests into short gaps between clients. Photo: Salon Business Today', 'The Monday Briefing',
    'Salon business news in your inbox every week.', 'Sign up', 'Skin tests', 'Salon surveys',
    'Keziah Marr is business editor of Salon Business Today. She trained as a hairdresser and ran a salon for eleven years.', 'More from Business', ...nRel,
    ...nFoot, '© 2026 Kestrel Trade Media Ltd. Salon Business Today is a registered trade mark.',
  ],
};

export const HELDOUT622_F: readonly TestPage[] = [tableLayout, nextjs];
