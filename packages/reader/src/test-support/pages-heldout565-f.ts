import { type TestPage, ps, texts } from './page-kit.js';
import { apart, j, lis, rowTexts, trs } from './pages-heldout565-kit.js';

/**
 * Held-out batch 565, file f: a bowling league's weekly results page on an old FrontPage table layout (left menu column, hit
 * counter, webmaster line), and an ice rink chain's learn-to-skate programme page on Next.js (pages router, OneTrust banner).
 */
const lTitle = 'Week 12 Results - November 11, 2025';
const lIntro = [
  j(
    'Alley Cats swept the Bowl Weevils 7-0 and are now 9 points clear at the top. Hank Brodsky (Alley Cats) bowled the',
    'high game of the season so far, a 279 with the first nine strikes in a row, and picked up a 7-10 split conversion in',
    "game 3 for the league's first of the year.",
  ),
  j(
    'Lanes were oiled fresh on Monday and scoring was down a little across the house. Remember that subs must be',
    'registered with the secretary before they bowl or their games will not count for averages.',
  ),
];
const lStand = [
  ['1', 'Alley Cats', '61', '23', '184'],
  ['2', 'Spare Parts', '52', '32', '179'],
  ['3', 'Bowl Weevils', '47', '37', '176'],
  ['4', 'The Strikers', '44', '40', '171'],
  ['5', 'Lucky 7s', '35', '49', '168'],
  ['6', 'Gutter Gang', '13', '71', '159'],
];
const lHigh = [
  'High Game Men: Hank Brodsky 279, Lou Petrakis 236',
  'High Game Women: June Albright 221, Rosa Kimura 214',
  'High Series Men: Hank Brodsky 702',
  'High Series Women: June Albright 588',
];
const lNotes = j(
  'Next week (Week 13) we bowl at 7:00 sharp, not 7:15, because of the youth tournament. Banquet money ($25 per bowler) is',
  'due to Marge by Week 15.',
);
const lMenu = ['Home', 'Standings', 'Schedule', 'Averages', 'Rules', 'Photos', 'Links'];
const lHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Language" content="en-us"><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0"><meta name="ProgId" content="FrontPage.Editor.Document">
<title>Tuesday Night Mixed League - Week 12</title>
<style>
<!--
a:link { color: #FFFF00 } body { font-family: Verdana, Arial }
-->
</style></head>
<body bgcolor="#000066" text="#FFFFFF" link="#FFFF00" vlink="#FFCC00" topmargin="0" leftmargin="0">
<div align="center"><table border="0" cellpadding="0" cellspacing="0" width="760" id="table1">
<tr><td colspan="2" bgcolor="#000099" height="90"><p align="center">
<img border="0" src="images/banner.gif" width="760" height="90" alt="Tuesday Night Mixed League"></td></tr>
<tr><td width="150" valign="top" bgcolor="#003399"><p>&nbsp;</p>
${lMenu.map((t) => `<p><font size="2" face="Verdana"><b><a href="${t.toLowerCase()}.htm">${t}</a></b></font></p>`).join('\n')}
<p>&nbsp;</p><p align="center"><font size="1">Bowling at<br>Lakeview Lanes<br>Route 30, Dunmore</font></p></td>
<td width="610" valign="top"><table border="0" cellpadding="10" width="100%"><tr><td>
<p align="center"><font face="Verdana" size="5" color="#FFFF00"><b>${lTitle}</b></font></p>
<hr color="#FFFF00" size="1">
${ps(lIntro.map((p) => `<font face="Verdana" size="2">${p}</font>`))}
<p><font face="Verdana" size="3" color="#FFFF00"><b>Standings</b></font></p>
<table border="1" cellpadding="3" cellspacing="0" width="100%" bordercolor="#FFFFFF"><tr><td><b>Pos</b></td><td><b>Team</b></td><td><b>Won</b></td><td>
<b>Lost</b></td><td><b>Avg</b></td></tr>
${trs(lStand)}</table>
<p><font face="Verdana" size="3" color="#FFFF00"><b>High Scores</b></font></p>
<ul>${lis(lHigh.map((t) => `<font face="Verdana" size="2">${t}</font>`))}</ul>
<p><font face="Verdana" size="3" color="#FFFF00"><b>Notes</b></font></p>
<p><font face="Verdana" size="2">${lNotes}</font></p>
<p><font face="Verdana" size="2"><a href="week11.htm">&lt;&lt; Week 11</a> | <a href="index.htm">Back to Home</a></font></p>
<hr color="#FFFF00" size="1">
<p align="center"><font size="1" face="Verdana">This page was last updated on 11/12/2025</font></p>
<p align="center"><font size="1" face="Verdana">Questions? E-mail the webmaster: <a href="mailto:dgould@dunmorenet.example">Dave Gould</a></font></p>
<p align="center"><img src="/cgi-bin/Count.cgi?df=tnml.dat" alt="hit counter" border="0"><br>
<font size="1">You are visitor number 048213 since Jan 2003</font></p>
<p align="center"><font size="1">Best viewed in Internet Explorer at 1024 x 768</font></p>
</td></tr></table></td></tr></table></div></body></html>`;
const tuesday: TestPage = {
  name: 'heldout565-frontpage-league-results',
  kind: 'news',
  html: lHtml,
  title: lTitle,
  headings: ['Standings', 'High Scores', 'Notes'],
  body: [...lIntro, ...rowTexts(lStand), ...lHigh, lNotes],
  bylines: ['This page was last updated on 11/12/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: apart([
    ...lMenu, 'Bowling at Lakeview Lanes Route 30, Dunmore', '<< Week 11 | Back to Home', 'Questions? E-mail the webmaster: Dave Gould',
    'You are visitor number 048213 since Jan 2003', 'Best viewed in Internet Explorer at 1024 x 768',
  ], [lTitle, 'Standings', 'High Scores', 'Notes', ...lIntro, ...rowTexts(lStand), ...lHigh, lNotes]),
};

const nTitle = 'Learn to Skate';
const nDek = 'Eight-week group lessons for skaters aged 3 to adult, on the ice at all four Glacier Ice Centres.';
const nIntro = j(
  'Our Learn to Skate programme follows a simple badge system. Every skater starts with an assessment on the first day and is',
  'placed in the right group, with no more than eight skaters to each coach. At the end of each eight-week term, coaches',
  'mark the skills each skater has passed, and skaters move up when they are ready.',
);
const nLevels: readonly (readonly [string, string])[] = [
  ['Tots (ages 3–5)', 'Thirty-minute lessons with a parent on the bench. Marching, falling and getting up, and gliding on two feet.'],
  ['Basic 1–3', 'Forward and backward skating, snowplough stops and the first one-foot glides. Most skaters spend two to three terms here.'],
  ['Basic 4–6', 'Crossovers, edges, three-turns and hockey stops. Skaters who finish Basic 6 can join figure skating or hockey development groups.'],
  ['Adult', 'For anyone 16 and over, from total beginners to returning skaters. Lessons run on weekday evenings and Sunday mornings.'],
];
const nPrices = [
  ['Tots', '8 × 30 min', '$129'],
  ['Basic 1–6', '8 × 45 min', '$159'],
  ['Adult', '8 × 45 min', '$169'],
];
const nAfter = j(
  'The price includes skate rental, a helmet for skaters under 12 and free public skating for the skater during the term.',
  'Siblings receive 10% off the second and any further registrations.',
);
const nNav = ['Locations', 'Public Skating', 'Learn to Skate', 'Hockey', 'Figure Skating', 'Parties & Events'];
const nFoot = ['About us', 'Careers', 'Gift cards', 'Accessibility', 'Privacy Policy', 'Terms of Use'];
const nLevelHtml = nLevels
  .map(([h, d]) => `<div class="LevelCard_card__Qm3xT"><h3 class="LevelCard_title__pZ0aF">${h}</h3><p class="LevelCard_text__w7Y2k">${d}</p></div>`)
  .join('\n');
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Learn to Skate | Glacier Ice Centres</title><meta name="description" content="${nDek}">
<meta property="og:title" content="Learn to Skate | Glacier Ice Centres">
<link rel="canonical" href="https://www.glacierice.example/northgate/learn-to-skate"><meta name="next-head-count" content="6">
<link rel="preload" href="/_next/static/css/5e1b0c2a9f7d4e31.css" as="style"><link rel="stylesheet" href="/_next/static/css/5e1b0c2a9f7d4e31.css" data-n-g="">
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-42372ed130431b0a.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/framework-64ad27b21261a9ce.js" defer="">
</script>
<script src="/_next/static/chunks/pages/%5Blocation%5D/%5Bslug%5D-0f3b8a7c2d91e6a4.js" defer=""></script>
<script src="/_next/static/Xk2p9QwL7tRzN4bVc1sDf/_buildManifest.js" defer=""></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"Learn to Skate","provider":{"@type":"Organization",
"name":"Glacier Ice Centres"}}</script></head>
<body><div id="__next"><a href="#main" class="SkipLink_skip__u1Pq8">Skip to main content</a>
<div class="LocationBar_bar__k3Jd9"><span class="LocationBar_label__r8TzX">Your rink:</span> <strong>Northgate Ice Centre</strong> <button type="button"
class="LocationBar_change__c5Lmw">Change</button></div>
<header class="Header_header__x3Kd2"><div class="Header_inner__9QwEr"><a class="Header_logo__Tn4bV" href="/">
<img alt="Glacier Ice Centres" src="/images/logo.svg" width="168" height="40"></a>
<nav class="Header_nav__H7mLp" aria-label="Main"><ul>${nNav
  .map(
    (t) => `<li>
<a class="Header_link__b2Ysd${t === nTitle ? ' Header_active__pQ1vZ' : ''}"
href="/northgate/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t.replace(/&/g, '&amp;')}</a></li>`,
  )
  .join('')}</ul></nav>
<a class="Button_button__f2HkL Button_primary__u8Wq3" href="/northgate/learn-to-skate/register">Register</a></div></header>
<main id="main" class="Page_main__nR4aS"><section class="Hero_hero__Lb8sK"><nav aria-label="Breadcrumb" class="Breadcrumbs_crumbs__aD1vG"><ol><li>
<a href="/">Home</a></li><li><a href="/northgate">Northgate</a></li><li aria-current="page">${nTitle}</li></ol></nav>
<h1 class="Hero_title__Ws0yJ">${nTitle}</h1><p class="Hero_dek__E5rTq">${nDek}</p>
<a class="Button_button__f2HkL Button_light__Zc9mA" href="/northgate/learn-to-skate/register">See winter term dates</a></section>
<div class="RichText_rich__P0xLd"><p>${nIntro}</p></div>
<section class="Levels_levels__hV3bN"><h2 class="Levels_heading__sK2Qm">Levels</h2><div class="Levels_grid__yR7cT">${nLevelHtml}</div></section>
<section class="Pricing_pricing__c8Zx1"><h2>Prices for the winter term</h2><table class="Pricing_table__Ju6tB"><thead><tr><th>Level</th><th>Lessons</th>
<th>Price</th></tr></thead><tbody>${trs(nPrices)}</tbody></table>
<p class="Pricing_note__kA2mQ">${nAfter}</p></section>
<aside class="Promo_promo__Fe4sV"><h2 class="Promo_title__Xs1cB">Skating party this weekend?</h2><p>Birthday packages from $249 at Northgate.</p>
<a href="/northgate/parties">Plan a party</a></aside>
</main><div class="StickyCta_bar__Gq2wN"><span>Winter term starts January 10</span>
<a class="Button_button__f2HkL Button_primary__u8Wq3" href="/northgate/learn-to-skate/register">Register now</a></div>
<footer class="Footer_footer__m3Ve0"><div class="Footer_newsletter__q0Jd2"><h2>Stay in the loop</h2>
<p>Session changes and offers from your rink, twice a month.</p>
<form><label for="nl-email" class="sr-only">Email address</label><input id="nl-email" type="email" placeholder="you@example.com">
<button type="submit">Sign up</button></form></div>
<ul class="Footer_links__tG7bH">${nFoot.map((t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul>
<p class="Footer_copy__yW1eN">© 2025 Glacier Ice Centres Inc.</p></footer></div>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div>
<div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="Cookie banner">
<div role="dialog" aria-label="Privacy"><div class="ot-sdk-container"><div class="ot-sdk-row">
<div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div class="banner_logo"></div>
<div id="onetrust-policy"><div id="onetrust-policy-text">We use cookies to personalise content, measure traffic and improve your experience. <a
class="ot-cookie-policy-link" href="/privacy-policy" aria-label="More information about your privacy, opens in a new tab" rel="noopener"
target="_blank">Cookie Policy</a></div></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div>
</div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"location":"northgate","page":{"title":"Learn to Skate","dek":"${nDek}"}},
"__N_SSG":true},"page":"/[location]/[slug]","query":{"location":"northgate","slug":"learn-to-skate"},"buildId":"Xk2p9QwL7tRzN4bVc1sDf","isFallback":false,
"gsp":true,"scriptLoader":[]}</script></body></html>`;
const glacier: TestPage = {
  name: 'heldout565-nextjs-learn-to-skate',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Levels', ...nLevels.map(([h]) => h), 'Prices for the winter term'],
  body: [nDek, nIntro, ...nLevels.map(([, d]) => d), ...rowTexts(nPrices), nAfter],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: apart([
    'Skip to main content', 'Your rink:', 'Northgate Ice Centre', 'Change', ...texts(nNav), 'Register', 'Home', 'Northgate', 'See winter term dates',
    'Skating party this weekend?', 'Birthday packages from $249 at Northgate.', 'Plan a party', 'Winter term starts January 10', 'Register now',
    'Stay in the loop', 'Session changes and offers from your rink, twice a month.', 'Sign up', ...nFoot, '© 2025 Glacier Ice Centres Inc.',
    'We use cookies to personalise content, measure traffic and improve your experience. Cookie Policy', 'Cookie Settings', 'Reject All', 'Accept All Cookies',
  ], [nTitle, nDek, nIntro, 'Levels', 'Prices for the winter term', ...nLevels.flat(), ...rowTexts(nPrices), nAfter]),
};

export const HELDOUT565_F: readonly TestPage[] = [tuesday, glacier];
