import { links, ps, type TestPage, texts } from './page-kit.js';
import { xenforo } from './pages-heldout424-d2.js';
import { j, tds } from './pages-heldout424-kit.js';

/**
 * Held-out batch 424, file d: a tide and bite-times page on a Next.js site with CSS-module class names (the `__next` root,
 * a header with location search and unit toggle, a date picker strip, a short prose summary, a tide table, a solunar
 * bite-times table with a rating, a moon-phase card, an ad slot, "Nearby stations" links, an app download banner, the
 * footer and the `__NEXT_DATA__` script) and, from file d2, a hunting forum thread on XenForo 2.
 */
const tTitle = 'Saltmarsh Point Tide Times and Bite Times, Saturday 12 September 2026';
const tIntro = [
  j(
    'Two high tides and two low tides today at Saltmarsh Point. The morning flood coincides with a major solunar period,',
    'which makes the two hours either side of the 07:42 high the best window for bass and flounder off the sea wall.',
  ),
  j(
    'The tidal range is 4.6 metres, close to springs, so expect strong run in the harbour mouth around mid-tide. Wind is',
    'forecast light from the south-west, easing through the afternoon.',
  ),
];
const tH1 = 'Tide table';
const tTideHead = ['Tide', 'Time', 'Height'];
const tTides: readonly (readonly string[])[] = [
  ['Low', '01:18', '0.6 m'],
  ['High', '07:42', '5.2 m'],
  ['Low', '13:51', '0.7 m'],
  ['High', '20:04', '5.0 m'],
];
const tH2 = 'Bite times';
const tBiteHead = ['Period', 'Start', 'End'];
const tBites: readonly (readonly string[])[] = [
  ['Major', '06:55', '08:55'],
  ['Minor', '13:10', '14:10'],
  ['Major', '19:20', '21:20'],
  ['Minor', '00:40', '01:40'],
];
const tNote = j(
  'Bite times are calculated from the position of the moon and sun and are a guide only. Local conditions such as water',
  'colour, swell and temperature often matter more.',
);
const tCells = [...tTides.flat(), ...tBites.flat()];
const tNearby = ['Harrow Sands', 'Fenlow Harbour', 'St Brannock Quay', 'Wyke Estuary Bar'];
const tFoot = ['About', 'Data sources', 'Advertise', 'Privacy', 'Terms'];
const tHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport"
content="width=device-width"><title>${tTitle} | TideBite</title>
<meta name="description" content="Tide times, heights and solunar bite times for Saltmarsh Point today."><meta name="next-head-count" content="6">
<link rel="preload" href="/_next/static/css/a1f3e2b09c.css" as="style"><link rel="stylesheet" href="/_next/static/css/a1f3e2b09c.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Saltmarsh Point Tide Times",
"dateModified":"2026-09-12T00:05:00Z"}</script>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/main-3f1e3c1d2a8b.js" defer=""></script>
<script src="/_next/static/chunks/pages/tides/%5Bstation%5D-5c1b7a.js" defer=""></script></head>
<body><div id="__next"><div class="Layout_root__kD3xq"><header class="Header_header__Wq1Zp"><a class="Header_logo__b3Jx9" href="/">TideBite</a>
<form class="Search_form__mL2c0" role="search"><input class="Search_input__Jx3f1" placeholder="Search a beach, harbour or station" aria-label="Search"></form>
<div class="UnitToggle_toggle__H8vQe" role="group"
aria-label="Units"><button class="UnitToggle_active__1mQd2">Metres</button><button>Feet</button></div></header>
<nav class="Breadcrumbs_nav__9tRcc" aria-label="Breadcrumb"><ol>${links(['Tides', 'South West', 'Saltmarsh Point'], 'Breadcrumbs_item__fA0b1')}</ol></nav>
<main class="Station_main__Zq7nA"><div class="Station_heading__u2Kx4"><h1 class="Station_title__Yh5Ps">${tTitle}</h1>
<p class="Station_updated__s8Lr2">Updated 00:05 BST</p></div>
<div class="DateStrip_strip__P0v3a" role="tablist"><button class="DateStrip_day__cQ1x8" role="tab">Fri 11</button>
<button class="DateStrip_day__cQ1x8 DateStrip_active__Lk2s0" role="tab" aria-selected="true">Sat 12</button><button class="DateStrip_day__cQ1x8"
role="tab">Sun 13</button>
<button class="DateStrip_day__cQ1x8" role="tab">Mon 14</button></div>
<section class="Summary_summary__t6Wb1">${ps(tIntro, ' class="Summary_text__gN4dE"')}</section>
<section class="TideTable_section__Ho1p2"><h2 class="TideTable_heading__zM8r4">${tH1}</h2><table class="TideTable_table__x8Ab2"><thead><tr>
${tTideHead.map((h) => `<th class="TideTable_th__p2Qe7">${h}</th>`).join('')}</tr></thead><tbody>
${tTides.map((r) => tds(r, 'TideTable_td__R4kcz')).join('\n')}
</tbody></table><p class="TideTable_datum__a9Vc3">Heights above chart datum. Times in BST.</p></section>
<div class="AdSlot_slot__m1Ck8" data-ad-unit="tides_mid"><span class="AdSlot_label__Q0z2v">Advertisement</span></div>
<section class="BiteTimes_section__r3Ns6"><h2 class="BiteTimes_heading__V8s1m">${tH2}</h2><div class="BiteTimes_rating__p0Ua2"
aria-label="Fishing rating 4 out of 5">
<span class="BiteTimes_ratingLabel__h3Jd1">Fishing rating</span> <span>Good</span></div><table class="BiteTimes_table__e5Lw0"><thead><tr>
${tBiteHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
${tBites.map((r) => tds(r, 'BiteTimes_td__k7Gd3')).join('\n')}
</tbody></table><p class="BiteTimes_note__d1Xs8">${tNote}</p></section>
<aside class="Moon_card__x2Lp0"><h3 class="Moon_title__o6Ew1">Moon</h3><p>Waxing gibbous, 78% illuminated</p><p>Moonrise 16:22 · Moonset 01:05</p>
<h3 class="Moon_title__o6Ew1">Sun</h3><p>Sunrise 06:41 · Sunset 19:37</p></aside>
<aside class="Nearby_card__b8Jr5"><h3 class="Nearby_title__q1Vu7">Nearby stations</h3>
<ul class="Nearby_list__Z3c6f">${links(tNearby, 'Nearby_item__sW2k9')}</ul></aside>
</main>
<div class="AppBanner_banner__Fq5d2"><p class="AppBanner_text__T0a1h">Get tide alerts on your phone with the TideBite app</p>
<a class="AppBanner_cta__n2Hk3" href="/app">Download free</a></div>
<footer class="Footer_footer__Vk0s3"><ul class="Footer_links__Ep9x1">${links(tFoot, 'Footer_link__c3Gh8')}</ul>
<p class="Footer_copy__Lr6p8">Tidal predictions are for guidance only and must not be used for navigation. © 2026 TideBite Ltd</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"station":{"id":"gb-0412","name":"Saltmarsh Point","lat":50.612,"lon":-3.402},
"date":"2026-09-12","units":"m"},"__N_SSP":true},"page":"/tides/[station]","query":{"station":"saltmarsh-point"},"buildId":"r8Vw2x1Qe","isFallback":false,
"gssp":true,"scriptLoader":[]}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout424-nextjs-tide-times-docs',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [tH1, tH2],
  body: texts([...tIntro, ...tCells, tNote]),
  bylines: ['Updated 00:05 BST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'TideBite', 'Metres', 'Feet', 'Tides', 'South West', 'Fri 11', 'Sat 12', 'Sun 13', 'Mon 14', 'Heights above chart datum. Times in BST.',
    'Advertisement', 'Fishing rating', 'Good', 'Moon', 'Waxing gibbous, 78% illuminated', 'Moonrise 16:22 · Moonset 01:05', 'Sun',
    'Sunrise 06:41 · Sunset 19:37', 'Nearby stations', ...tNearby, 'Get tide alerts on your phone with the TideBite app', 'Download free', ...tFoot,
    'Tidal predictions are for guidance only and must not be used for navigation. © 2026 TideBite Ltd',
  ],
};

export const HELDOUT424_D: readonly TestPage[] = [nextjs, xenforo];
