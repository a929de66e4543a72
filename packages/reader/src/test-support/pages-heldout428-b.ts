import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout428-kit.js';
import { streetlex } from './pages-heldout428-b2.js';

/**
 * Held-out batch 428, file b: a thesaurus entry in a Next.js app (hashed CSS-module class names, `__NEXT_DATA__`, the
 * sense tabs, synonym and antonym chips grouped by match strength, example sentences with their sources, a synonym study,
 * the "words related to" rail, a word game promo, cookie banner and footer) and, from file b2, an Urban Dictionary-style
 * entry with several voted definitions.
 */
const tTitle = 'glimmersome';
const tSense = ['adjective as in <strong>faintly shining</strong>', 'adjective as in <strong>hinting, barely suggested</strong>'];
const tStrong = ['glimmering', 'gleaming', 'shimmering', 'lambent', 'twinkling'];
const tWeak = ['dim', 'pale', 'flickering', 'soft-lit', 'aglow'];
const tAnt = ['glaring', 'blazing', 'lightless', 'murky'];
const tExamples = [
  j(
    'The harbour at Sennet Cove was <em>glimmersome</em> at dusk, every mooring light doubled in the flat water.',
    '<span class="source">— The Coastal Review, March 2024</span>',
  ),
  j(
    'Her answer was <em>glimmersome</em> rather than clear: a suggestion that the committee might, in time, reconsider.',
    '<span class="source">— Fenwick Quarterly, Winter 2025</span>',
  ),
  j(
    'Old brass fittings give the café a <em>glimmersome</em> warmth that the new lamps never quite match.',
    '<span class="source">— Mornings in Tolland, 2023</span>',
  ),
];
const tStudy = [
  j(
    '<em>Glimmersome</em>, <em>glimmering</em> and <em>lambent</em> all describe light that is soft and unsteady, but they',
    'differ in what they stress. <em>Glimmering</em> is the plainest of the three and simply reports a weak or wavering light.',
    '<em>Lambent</em> is literary and suggests light that plays over a surface, as a flame licks along a log.',
  ),
  j(
    '<em>Glimmersome</em> adds a note of appeal: the light is faint, but the speaker finds it pleasant or inviting. For',
    'that reason it is rarely used of anything threatening. A storm sky may be <em>glimmering</em>; it is seldom',
    'called <em>glimmersome</em>.',
  ),
  j(
    'In its figurative sense the word describes something only partly revealed, such as a hope, a promise or a meaning that',
    'is hinted at rather than stated. Here <em>faint</em> and <em>tentative</em> are close, but neither keeps the sense of',
    'a light about to grow stronger.',
  ),
];
const tRelated = ['luminous', 'shadowy', 'candlelit', 'opalescent', 'wan', 'starlit'];
const tNav = ['Dictionary', 'Thesaurus', 'Word of the Day', 'Games', 'Grammar', 'Writing Tips'];
const tFoot = ['About', 'Careers', 'Contact Us', 'Cookies, Terms, & Privacy', 'Do Not Sell or Share My Info'];
const chips = (ws: readonly string[]): string =>
  ws.map((w) => `<li class="Chips_item__Zk2Pq"><a href="/browse/${w}" class="Chips_chip__q0Xe1" data-linkid="nn1ov4">${w}</a></li>`).join('\n');
const tHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>GLIMMERSOME Synonyms: 14 Similar and Opposite Words | Wordgrove Thesaurus</title>
<meta name="description" content="Find 14 different ways to say GLIMMERSOME, along with antonyms, related words, and example sentences at Wordgrove.">
<link rel="canonical" href="https://www.wordgrove.example/browse/glimmersome"><meta property="og:site_name" content="Wordgrove">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"glimmersome synonyms","breadcrumb":{"@type":"BreadcrumbList",
"itemListElement":[{"@type":"ListItem","position":1,"name":"Thesaurus"},{"@type":"ListItem","position":2,"name":"glimmersome"}]}}</script>
<link rel="preload" href="/_next/static/css/6a1f0c8e2b7d.css" as="style"><link rel="stylesheet" href="/_next/static/css/6a1f0c8e2b7d.css" data-n-g="">
<script src="/_next/static/chunks/webpack-4c1b2a.js" defer=""></script><script src="/_next/static/chunks/pages/browse/%5Bword%5D-9e0d.js" defer=""></script>
</head><body><div id="__next"><div class="Layout_page__h4Kx7">
<header class="Header_header__T9f2m"><a class="Header_logo__mP3a0" href="/" aria-label="Wordgrove home"><svg width="120" height="28"></svg></a>
<nav class="Header_nav__u7VwE" aria-label="Main"><ul>${links(tNav, 'Header_navItem__c2Y0s')}</ul></nav>
<form class="SearchBar_form__Q1p8d" role="search"><input class="SearchBar_input__vX3hN" type="text" value="glimmersome" aria-label="Enter a word"></form>
</header>
<main class="Layout_main__E1gWb"><div class="Entry_top__s8JqL"><h1 class="Entry_headword__Lm2rT" data-type="word-header">${tTitle}</h1>
<button class="Entry_audio__bQ4c7" aria-label="Listen to pronunciation"></button>
<div class="Entry_tabs__3vNse" role="tablist">${tSense
  .map(
    (s, i) => `<button role="tab" aria-selected="${i === 0}"
class="Entry_tab__nW0Ao">${s}</button>`,
  )
  .join('\n')}</div>
</div>
<section class="Synonyms_module__6pRtA" data-type="synonym-and-similar-words-module"><h2 class="Synonyms_title__aQ5zD">Synonyms for glimmersome</h2>
<p class="Synonyms_sense__kT8fV">${tSense[0] ?? ''}</p>
<div class="Synonyms_group__V9xlc"><p class="Synonyms_label__r1Yxe">Strongest matches</p><ul class="Chips_list__pd9Km">${chips(tStrong)}</ul></div>
<div class="Synonyms_group__V9xlc"><p class="Synonyms_label__r1Yxe">Weak matches</p><ul class="Chips_list__pd9Km">${chips(tWeak)}</ul></div>
<button class="Synonyms_more__M2wzq" type="button">See More</button></section>
<div class="AdSlot_wrapper__HcR1s" data-ad="mid-1"><span class="AdSlot_label__z8Xr3">Advertisement</span></div>
<section class="Synonyms_module__6pRtA" data-type="antonym-module"><h2 class="Synonyms_title__aQ5zD">Antonyms for glimmersome</h2>
<ul class="Chips_list__pd9Km">${chips(tAnt)}</ul></section>
<section class="Examples_module__Kw3tY" data-type="example-sentences-module"><h2 class="Examples_title__cX6mG">Example Sentences</h2>
<ul class="Examples_list__2aVhE">${tExamples.map((e) => `<li class="Examples_item__uE9bR"><p>${e}</p></li>`).join('\n')}</ul>
<p class="Examples_disclaimer__vQ4hZ">These examples are from outside sources and may not reflect the views of Wordgrove or its editors.</p></section>
<section class="Study_module__t0FhE" data-type="synonym-study-module"><h2 class="Study_title__Pp7wL">Synonym Study</h2>
<div class="Study_body__Rj5sN">${ps(tStudy)}</div></section>
<aside class="Related_rail__f3WqX"><h2 class="Related_title__Yb2eT">Words related to glimmersome</h2><ul
class="Related_list__hK8sC">${links(tRelated)}</ul></aside>
<div class="Promo_game__nP6vD"><p class="Promo_heading__xT1aJ">Think you know your synonyms?</p><p>Take the Wordgrove Match-Up and test yourself in under
two minutes.</p><a class="Promo_cta__Ur8cV" href="/games/match-up">Play Now</a></div></main>
<footer class="Footer_footer__k1QfZ"><ul>${links(tFoot)}</ul><p class="Footer_copy__bN5wA">© 2026 Wordgrove Media LLC</p></footer>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="dialog" aria-label="Privacy"><p id="onetrust-policy-text">We use cookies to
personalize content and ads and to analyze our traffic. You can change your choices at any time.</p>
<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"word":"glimmersome","senses":2,"synonymCount":10,"antonymCount":4}},
"page":"/browse/[word]","query":{"word":"glimmersome"},"buildId":"r8wqT2bV0xNq","isFallback":false,"gssp":true,"scriptLoader":[]}</script></body></html>`;
const wordgrove: TestPage = {
  name: 'heldout428-wordgrove-thesaurus-nextjs',
  kind: 'wiki',
  html: tHtml,
  title: tTitle,
  headings: ['Synonyms for glimmersome', 'Antonyms for glimmersome', 'Example Sentences', 'Synonym Study'],
  body: texts([tSense[0] ?? '', ...tStrong, ...tWeak, ...tAnt, ...tExamples, ...tStudy]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav, 'Strongest matches', 'Weak matches', 'See More', 'Advertisement',
    'These examples are from outside sources and may not reflect the views of Wordgrove or its editors.', 'Words related to glimmersome', ...tRelated,
    'Think you know your synonyms?', 'Take the Wordgrove Match-Up and test yourself in under two minutes.', 'Play Now', ...tFoot,
    '© 2026 Wordgrove Media LLC', 'We use cookies to personalize content and ads and to analyze our traffic.', 'Accept All', 'Cookie Settings',
  ],
};

export const HELDOUT428_B: readonly TestPage[] = [wordgrove, streetlex];
