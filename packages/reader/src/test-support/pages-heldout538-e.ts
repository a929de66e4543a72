import { links, type TestPage } from './page-kit.js';
import { esc, j, rowTexts } from './pages-heldout538-kit.js';

/**
 * Held-out batch 538, file e: a formalwear rental company's "how it works" page on Next.js (pages router, CSS modules,
 * __NEXT_DATA__), and an independent jeweller's repair price list in an old table layout with font tags and a hit counter.
 */
const nTitle = 'How tuxedo rental works';
const nDek = 'Order online, try it on at home, send it back after the big day. Shipping both ways is free.';
const nSteps = [
  ['1. Get measured', 'Answer six questions about your height, weight and fit, or visit one of our 14 fitting studios. It takes about five minutes.'],
  ['2. Choose your look', 'Pick a suit or tuxedo, then add shirts, ties, vests and shoes. Grooms can share a look with the whole party by link.'],
  ['3. Try it on', 'Order a free home try-on of your jacket size up to 60 days before the event. Swap sizes for free if anything feels off.'],
  ['4. Wear it and send it back', 'Your outfit arrives 14 days before the event. Put everything in the prepaid bag and drop it off the day after.'],
] as const;
const nFaqH = 'Rental questions';
const nFaq = [
  ['What does a rental cost?', 'Suits start at $129 and tuxedos at $159, including the jacket, pants, shirt, tie and pocket square. Shoes are $35 extra.'],
  ['What if it doesn’t fit?', 'We ship a free replacement by overnight delivery if you contact us at least 5 days before your event.'],
  ['Do I have to clean it?', 'No. We clean and press every piece after it comes back. Please don’t wash or iron anything yourself.'],
] as const;
const nNav = ['Suits', 'Tuxedos', 'Weddings', 'Prom', 'Studios'];
const nFootCols = [
  ['Company', ['About', 'Careers', 'Press']],
  ['Help', ['Contact', 'Shipping', 'Damage policy', 'Size guide']],
] as const;
const nNext = JSON.stringify({
  props: { pageProps: { page: { slug: 'how-it-works', title: nTitle, steps: nSteps.map(([h]) => h) } } },
  page: '/[slug]',
  query: { slug: 'how-it-works' },
  buildId: 'Xq2o3HqRk9tPz',
  isFallback: false,
  gsp: true,
});
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width">
<title>How Tuxedo Rental Works | Larkspur &amp; Vane</title>
<meta name="description" content="${nDek}"><meta property="og:title" content="How tuxedo rental works">
<link rel="canonical" href="https://www.larkspurvane.com/how-it-works">
<meta name="next-head-count" content="6"><link rel="preload" href="/_next/static/css/4c8f2a1e9b3d.css" as="style">
<link rel="stylesheet" href="/_next/static/css/4c8f2a1e9b3d.css" data-n-g="">
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/pages/_app-2f1a9c.js" defer=""></script>
<script src="/_next/static/Xq2o3HqRk9tPz/_buildManifest.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__Qm3Wn" href="#main">Skip to main content</a>
<div class="PromoBar_bar__9dK2p" role="region" aria-label="Promotion"><p>Groom rents free with 5 or more in the party.</p><a href="/weddings">Learn more</a>
</div>
<header class="Header_header__x7Yq2"><div class="Header_inner__aB3k1"><a class="Header_logo__Lw0pT" href="/" aria-label="Larkspur &amp; Vane home">
<svg viewBox="0 0 120 24" role="img"></svg></a>
<nav class="Header_nav__r5VtE" aria-label="Primary"><ul>${nNav
  .map(
    (t) => `<li><a class="Header_link__2hNcX" href="/${t.toLowerCase()}">${t}</a>
</li>`,
  )
  .join('')}</ul></nav>
<div class="Header_actions__p0Qz8"><a class="Header_link__2hNcX" href="/account">Account</a>
<a class="Button_button__kQ8sd Button_primary__3mRtF" href="/start">Get started</a>
<button class="Header_cart__M1x9e" aria-label="Cart, 0 items"><span class="Header_count__tT5bW">0</span></button></div></div></header>
<main id="main" class="Page_main__Uq1bX"><section class="Hero_hero__c4Nf1"><p class="Hero_eyebrow__Yf8Rk">How it works</p>
<h1 class="Hero_title__m2LpQ">${nTitle}</h1>
<p class="Hero_dek__5xWnB">${nDek}</p><a class="Button_button__kQ8sd Button_primary__3mRtF" href="/start">Start your order</a></section>
<section class="Steps_steps__o8HcZ"><ol class="Steps_list__T3aVd">${nSteps
  .map(
    ([h, p]) => `<li class="Steps_step__xw2Er"><div class="Steps_icon__Bn7Jk" aria-hidden="true"></div>
<h3 class="Steps_heading__1qR0u">${h}</h3><p class="Steps_body__Pz4mS">${esc(p)}</p></li>`,
  )
  .join('\n')}</ol></section>
<section class="Faq_faq__dE6tU"><h2 class="Faq_title__Kp2wH">${nFaqH}</h2><div class="Faq_list__g9YvA">${nFaq
  .map(
    ([q, a], i) => `<details class="Faq_item__Jc4Rm"${i === 0 ? ' open=""' : ''}>
<summary class="Faq_question__tB1sL">${q}</summary><div class="Faq_answer__z7PqN"><p>${esc(a)}</p></div></details>`,
  )
  .join('\n')}</div>
<a class="Faq_more__Wv3eY" href="/help">See all FAQs</a></section>
<section class="Cta_cta__fR2mX"><h2 class="Cta_title__V8sLd">Ready when you are</h2><p>Most orders take less than ten minutes.</p>
<a class="Button_button__kQ8sd Button_light__w9bZk" href="/start">Get started</a></section></main>
<footer class="Footer_footer__Nw4tA"><div class="Footer_cols__8sRjE">${nFootCols
  .map(
    ([h, items]) => `<div class="Footer_col__uK2qT"><h4 class="Footer_heading__s1MvB">${h}</h4>
<ul>${links(items)}</ul></div>`,
  )
  .join('\n')}<div class="Footer_col__uK2qT"><h4 class="Footer_heading__s1MvB">Get style notes</h4><form class="Footer_form__Gy6nD">
<label for="footer-email" class="sr-only">Email address</label><input id="footer-email" type="email" placeholder="you@example.com">
<button type="submit">Sign up</button></form></div></div>
<p class="Footer_legal__Ra3pK">© 2026 Larkspur &amp; Vane, Inc. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">${nNext}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout538-nextjs-tuxedo-rental-how-it-works',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: [...nSteps.map(([h]) => h), nFaqH],
  body: [nDek, ...nSteps.map(([, p]) => p), ...nFaq.flat()],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Groom rents free with 5 or more in the party.', 'Learn more', ...nNav, 'Account', 'Get started', '0', 'How it works',
    'Start your order', 'See all FAQs', 'Ready when you are', 'Most orders take less than ten minutes.', ...nFootCols.flatMap(([h, items]) => [h, ...items]),
    'Get style notes', 'Email address', 'Sign up', '© 2026 Larkspur & Vane, Inc. All rights reserved.',
  ],
};

const tTitle = 'Repairs Price List';
const tIntro = j(
  'All repairs are done on the premises by Walter Pennock or his son David. Prices are for 9ct gold unless stated;',
  '18ct gold and platinum are priced on inspection. Please allow 7 to 14 days.',
);
const tRingsH = 'Rings';
const tRings = [
  ['Size up (9ct, up to 2 sizes)', '£28.00'],
  ['Size down (9ct)', '£22.00'],
  ['Re-tip 4 claws', '£48.00'],
  ['New shank (9ct)', 'from £85.00'],
];
const tChainsH = 'Chains and bracelets';
const tChains = [
  ['Solder a break', '£15.00'],
  ['New bolt ring clasp', '£12.50'],
  ['Restring pearls (knotted)', '£40.00'],
];
const tWatchH = 'Watches';
const tWatch = [
  ['Battery fitted while you wait', '£6.50'],
  ['New strap fitted', 'from £12.00'],
];
const tNote = 'We regret we cannot accept repairs on costume jewellery. Insurance valuations by appointment only.';
const tSide = ['Home', 'About Us', 'Repairs', 'Valuations', 'Gold Buying', 'Find Us'];
const priceTable = (rows: readonly (readonly string[])[]): string =>
  `<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCC99">\n${rows
    .map(
      ([a, b]) => `<tr><td width="75%">
<font face="Verdana, Arial" size="2">${esc(a ?? '')}</font></td><td align="right"><font face="Verdana, Arial" size="2">${b}</font></td>
</tr>`,
    )
    .join('\n')}\n</table>`;
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>Pennock Jewellers - Repairs Price List</title><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="jewellery repairs, ring sizing, watch batteries, Stalbridge"><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<script language="JavaScript"><!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
//--></script><style type="text/css"><!-- a:link { color: #663300 } .small { font-size: 10px } --></style></head>
<body bgcolor="#FFFFF0" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2">
<img src="images/banner.jpg" width="760" height="110" alt="Pennock Jewellers Est. 1971"></td></tr>
<tr><td colspan="2" bgcolor="#663300" align="center">
<font face="Verdana, Arial" size="1" color="#FFFFFF">Family jewellers in Stalbridge for over 50 years - 12 Sheep Street - Tel 01632 960 119</font></td></tr>
<tr><td width="160" valign="top" bgcolor="#F3EBD3"><br><table width="150" border="0" cellpadding="3" cellspacing="0" align="center">
${tSide
  .map(
    (t) => `<tr><td><font face="Verdana, Arial" size="2"><b><a href="${t.toLowerCase().replace(/ /g, '')}.htm">${t}</a></b></font></td>
</tr>`,
  )
  .join('\n')}
</table><br><center><img src="images/nag.gif" width="100" height="60" alt="Member of the National Association of Jewellers"><br>
<font face="Verdana, Arial" size="1">Member of the NAJ</font></center></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="12"><tr><td>
<font face="Georgia, Times New Roman" size="5" color="#663300"><b>${tTitle}</b></font>
<p><font face="Verdana, Arial" size="2">${esc(tIntro)}</font></p>
<h3><font face="Georgia" color="#663300">${tRingsH}</font></h3>${priceTable(tRings)}
<h3><font face="Georgia" color="#663300">${tChainsH}</font></h3>${priceTable(tChains)}
<h3><font face="Georgia" color="#663300">${tWatchH}</font></h3>${priceTable(tWatch)}
<p><font face="Verdana, Arial" size="2"><i>${tNote}</i></font></p>
<p align="center"><font face="Verdana, Arial" size="1">Last updated 14th March 2026</font></p></td></tr></table></td></tr>
<tr><td colspan="2" bgcolor="#663300" align="center"><font face="Verdana, Arial" size="1" color="#FFFFFF">&copy; 2004-2026 Pennock Jewellers |
<a href="index.htm"><font color="#FFFFFF">Home</font></a> | <a href="findus.htm"><font color="#FFFFFF">Find Us</font></a></font><br>
<font face="Verdana, Arial" size="1" color="#FFFFFF">You are visitor number <img src="/cgi-bin/counter.pl?page=repairs" alt="counter"> 004512</font></td></tr>
</table>
</body></html>`;
const tableLayout: TestPage = {
  name: 'heldout538-table-layout-repair-prices',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [tRingsH, tChainsH, tWatchH],
  body: [tIntro, ...rowTexts(tRings), ...rowTexts(tChains), ...rowTexts(tWatch), tNote],
  bylines: ['Last updated 14th March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Family jewellers in Stalbridge for over 50 years - 12 Sheep Street - Tel 01632 960 119', ...tSide, 'Member of the NAJ', '© 2004-2026 Pennock Jewellers |',
    '|', 'You are visitor number 004512',
  ],
};

export const HELDOUT538_E: readonly TestPage[] = [nextjs, tableLayout];
