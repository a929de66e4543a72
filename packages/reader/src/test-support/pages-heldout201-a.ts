import { links, type TestPage, texts } from './page-kit.js';
import { qrzPage } from './pages-heldout201-a2.js';
import { liLines, paras, pLines } from './pages-heldout201-kit.js';

/**
 * Held-out batch 201, file a: a Ravelry pattern page as a signed-out visitor saves it (the global navigation with its
 * search box, the "new to Ravelry?" join banner, the pattern tabs, the photo gallery with its credit, the favorite / queue /
 * buy buttons and price, the project counts, the attributes panel, the designer's notes with their own h3s, the pattern
 * attribute tags, the "more from this designer" rail, the hidden log-in popup and the footer) and, from file a2, a QRZ.com
 * callsign page with its biography.
 */
const rvTitle = 'Saltmarsh Yoke Pullover';
const rvIntro = paras(`
Saltmarsh is a round-yoke pullover worked from the bottom up in a light, woolly DK. The yoke pattern came from a walk along the
sea wall at Holbeck Sands one February, when the samphire beds had gone a dull red and the mud between them was full of small
silver channels. I wanted a sweater that felt like that afternoon: mostly quiet, with a band of colour that only shows up when
you look closely.

The body and sleeves are plain stockinette with a folded hem, so the first few evenings are restful knitting. Everything
interesting happens in the last third, once the pieces are joined for the yoke.`);
const rvH1 = 'Construction';
const rvP1 = paras(`
The body is knit in the round to the underarm and the sleeves are knit separately, also in the round. All three pieces are then
joined on one long circular needle and the yoke is worked upwards in stranded colourwork, with decreases between each of the
four chart sections. German short rows raise the back neck before a ribbed neckband is picked up and knit.

The colourwork uses only two colours in any round, and no float is longer than five stitches, so there is no need to trap floats
unless you prefer to. The charts are given in full and also written out round by round for knitters who find charts hard to read.`);
const rvH2 = 'Sizing';
const rvP2 = paras(`
The pattern comes in ten sizes with finished chest measurements from 32 to 62 inches (81 to 157 cm). It is designed to be worn
with 4 to 8 inches of positive ease at the chest. The sample shown is size 4 worn with 6 inches of ease.

Yoke depth is adjusted for each size, and the pattern explains where to add or remove plain rounds before the colourwork if you
need a deeper or shallower yoke. A schematic with all measurements is included.`);
const rvH3 = 'You will need';
const rvList = [
  'Main colour: 4 (4, 5, 5, 6, 6, 7, 7, 8, 8) skeins of Fenmoor DK, 250 yds each, shown in Driftwood.',
  'Contrast colours: one skein each in Samphire, Tidewater and Oyster for all sizes.',
  'US 5 (3.75 mm) and US 6 (4 mm) circular needles in 16 and 32 inch lengths, plus your preferred needles for small circumferences.',
  'Stitch markers, waste yarn and a tapestry needle.',
];
const rvP3 = paras(`
Gauge is 22 stitches and 30 rounds to 4 inches in stockinette on the larger needle, after blocking. Please swatch in the round if
you can, because many knitters purl more loosely than they knit and a flat swatch can be misleading.

Thank you to my test knitters, who worked through three rounds of charts and caught more than one mistake before this went out.
Questions about the pattern are always welcome in the Calloway Knits group on Ravelry.`);
const rvNav = ['patterns', 'yarns', 'people', 'forums', 'groups', 'my notebook'];
const rvJoin = [
  'New to Ravelry?',
  'Ravelry is a free site for knitters, crocheters, spinners and weavers to keep notes, find patterns and share projects.',
  'Join now',
  'Log in',
];
const rvTabs = ['overview', 'projects', 'yarn ideas', 'comments', 'forum', 'edit history'];
const rvButtons = ['save in favorites', 'add to queue', 'add to library', 'buy it now', '$8.00 USD'];
const rvStats = ['412 projects', '2,318 favorites', '1,604 queued', '38 comments'];
const rvCredit = 'photo by Wren Calloway';
const rvTags = ['adult', 'bottom-up', 'colorwork', 'in-the-round', 'one-piece', 'pullover', 'round-yoke', 'short-rows', 'unisex'];
const rvMore = ['Tidewater Cowl', 'Fenmoor Raglan', 'Oyster Bay Hat', 'Holbeck Mitts'];
const rvPopup = ['Log in to Ravelry', 'username or email', 'password', 'remember me', 'forgot your password?'];
const rvFoot = ['about us', 'help', 'advertise', 'api', 'privacy policy', 'terms of service', 'contact support'];
const rvAttrs = `<div class="core_item_content__attributes"><table class="core_item_content__attributes">
<tr><td class="label">Craft</td><td class="value">Knitting</td></tr>
<tr><td class="label">Category</td><td class="value"><a href="/patterns/search#pc=pullover">Sweater → Pullover</a></td></tr>
<tr><td class="label">Published</td><td class="value">January 2025</td></tr>
<tr><td class="label">Suggested yarn</td><td class="value"><a href="/yarns/library/fenmoor-dk">Fenmoor Wool DK</a></td></tr>
<tr><td class="label">Yarn weight</td><td class="value">DK (11 wpi)</td></tr>
<tr><td class="label">Gauge</td><td class="value">22 stitches and 30 rows = 4 inches in stockinette</td></tr>
<tr><td class="label">Needle size</td><td class="value">US 5 - 3.75 mm<br>US 6 - 4.0 mm</td></tr>
<tr><td class="label">Yardage</td><td class="value">1100 - 2350 yards (1006 - 2149 m)</td></tr>
<tr><td class="label">Sizes available</td><td class="value">1 (2, 3, 4, 5, 6, 7, 8, 9, 10)</td></tr>
<tr><td class="label">Languages</td><td class="value">English</td></tr></table></div>`;
const rvHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>Ravelry: Saltmarsh Yoke Pullover pattern by Wren Calloway</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"
content="Saltmarsh is a round-yoke pullover worked from the bottom up.">
<meta property="og:title" content="Saltmarsh Yoke Pullover pattern by Wren Calloway"><meta property="og:site_name" content="Ravelry">
<meta property="og:image" content="https://images4-f.ravelrycache.example/uploads/wrencalloway/6610/saltmarsh_medium2.jpg">
<link rel="canonical" href="https://www.ravelry.com/patterns/library/saltmarsh-yoke-pullover">
<link rel="stylesheet" href="https://style-cdn.ravelrycache.example/stylesheets/ravelry_legacy_v1_2_11741.css">
<script>window.R = window.R || {}; R.config = {"pattern_id": 1482217, "logged_in": false};</script>
<script src="https://style-cdn.ravelrycache.example/javascripts/ravelry_v1_2_11741.js" defer></script></head>
<body class="patterns show not_logged_in rsp_enabled"><div id="page" class="page">
<div id="header" class="header"><div class="header__inner"><a class="header__logo" href="/"><img alt="Ravelry" src="/images/ravelry-logo.svg"></a>
<ul class="global_navigation" id="global_navigation">${links(rvNav, 'global_navigation__tab')}</ul>
<form class="global_search" action="/search"><label class="rsp_hidden" for="global_search_query">search Ravelry</label>
<input id="global_search_query" name="q" type="search" placeholder="search Ravelry"></form></div></div>
<div class="signup_promo" id="signup_promo"><h3 class="signup_promo__heading">${rvJoin[0]}</h3><p>${rvJoin[1]}</p>
<a class="button signup_promo__join" href="/account/register">${rvJoin[2]}</a> <a class="signup_promo__login" href="/account/login">${rvJoin[3]}</a></div>
<div id="content" class="content core_item_content" data-pattern-id="1482217">
<div class="core_item_content__header"><h1 class="c-h1 core_item_content__title">${rvTitle}</h1>
<div class="core_item_content__byline">by <a href="/designers/wren-calloway">Wren Calloway</a></div></div>
<ul class="tabs core_item_content__tabs">${links(rvTabs, 'tab')}</ul>
<div class="core_item_content__gallery"><div class="gallery photo_gallery" data-photo-count="6"><img class="gallery__photo" alt=""
src="https://images4-f.ravelrycache.example/uploads/wrencalloway/6610/saltmarsh_medium2.jpg"><div class="photo_credit">${rvCredit}</div></div></div>
<div class="core_item_content__sidebar"><div class="pattern_actions"><a class="button favorite_button" href="#">${rvButtons[0]}</a>
<a class="button queue_button" href="#">${rvButtons[1]}</a><a class="button library_button" href="#">${rvButtons[2]}</a>
<div class="pattern_price"><a class="button buy_button" href="/purchase/wren-calloway/1482217">${rvButtons[3]}</a>
<span class="price">${rvButtons[4]}</span></div></div>
<ul class="pattern_stats">${rvStats.map((s) => `<li><a href="#">${s}</a></li>`).join('')}</ul>
${rvAttrs}</div>
<div class="core_item_content__main"><div class="notes markdown" id="pattern_notes">
${pLines(rvIntro)}
<h3>${rvH1}</h3>
${pLines(rvP1)}
<h3>${rvH2}</h3>
${pLines(rvP2)}
<h3>${rvH3}</h3>
<ul>${liLines(rvList)}</ul>
${pLines(rvP3)}
</div>
<div class="pattern_attributes"><h4 class="pattern_attributes__heading">pattern attributes</h4>
<ul class="tag_list">${links(rvTags, 'pattern_attribute')}</ul></div>
<div class="more_from_designer"><h4>more from Wren Calloway</h4><ul class="more_from_designer__list">${links(rvMore, 'thumbnail_item')}</ul>
<a class="more_from_designer__all" href="/designers/wren-calloway">see all 23 patterns</a></div></div></div>
<div id="login_popup" class="popup" style="display: none" aria-hidden="true"><h2>${rvPopup[0]}</h2><form action="/account/login" method="post">
<label for="user_login">${rvPopup[1]}</label><input id="user_login" type="text"><label for="user_password">${rvPopup[2]}</label>
<input id="user_password" type="password"><label><input type="checkbox"> ${rvPopup[3]}</label><a href="/account/forgot_password">${rvPopup[4]}</a>
<button type="submit">log in</button></form></div>
<div id="footer" class="footer"><ul class="footer__links">${links(rvFoot, 'footer__link')}</ul>
<p class="footer__copyright">© 2025 Ravelry, LLC. All rights reserved.</p></div></div>
<script>R.patterns.show.init({"id":1482217,"permalink":"saltmarsh-yoke-pullover"});</script></body></html>`;
const ravelry: TestPage = {
  html: rvHtml,
  name: 'heldout201-ravelry-pattern',
  kind: 'wiki',
  // the designer's notes are the article; the attributes panel (craft, yarn, gauge, sizes) is in neither list; the tag
  // "pullover" is left out (a word of the title)
  title: rvTitle,
  headings: [rvH1, rvH2, rvH3],
  body: texts([...rvIntro, ...rvP1, ...rvP2, ...rvList, ...rvP3]),
  bylines: ['Wren Calloway'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rvNav, 'search Ravelry', ...rvJoin, ...rvTabs, rvCredit, ...rvButtons, ...rvStats, 'pattern attributes', ...rvTags.filter((t) => t !== 'pullover'),
    'more from Wren Calloway', ...rvMore, 'see all 23 patterns', ...rvPopup, ...rvFoot, '© 2025 Ravelry, LLC. All rights reserved.',
  ],
};

export const HELDOUT201_A: readonly TestPage[] = [ravelry, qrzPage];
