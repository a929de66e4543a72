import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld, lis } from './pages-heldout325-kit.js';

/**
 * Held-out batch 325, file b2: a daily horoscope page for one sign on an astrology site (sign switcher with all twelve
 * signs, Yesterday / Today / Tomorrow tabs, the dated reading with short Love and Career parts, a "Today's Matches" box,
 * star ratings, a tarot upsell, more horoscopes links and the footer). The reading is short.
 */
const hTitle = 'Capricorn Daily Horoscope';
const hMain = [
  j(
    'An old plan you shelved months ago comes back into view today, Capricorn, and this time the timing is on your side.',
    'With the Moon moving through your house of work and routine, details you once found tedious suddenly look like the',
    'missing pieces. Make a short list before lunch and tackle the smallest item first; momentum matters more than polish.',
  ),
  j(
    'Someone close to you may ask for advice they do not really want. Listen first, and resist the urge to fix everything',
    'at once. By evening a quieter mood settles in, which is ideal for tidying a corner of your home or finally answering',
    'that message you have been avoiding.',
  ),
];
const hH = ['Love', 'Career'];
const hLove = [
  j(
    'Small gestures carry more weight than grand ones today. If you are attached, a shared meal without phones will say more',
    'than a speech. Single Capricorns may find that a familiar face looks different in this light.',
  ),
];
const hCareer = [
  j(
    'A colleague’s offhand comment could point you toward a better way of handling a stalled project. Take notes, credit',
    'the idea generously, and keep your deadline realistic rather than heroic.',
  ),
];
const hSigns = ['Aries', 'Taurus', 'Gemini', 'Cancer', 'Leo', 'Virgo', 'Libra', 'Scorpio', 'Sagittarius', 'Capricorn', 'Aquarius', 'Pisces'];
const hTabs = ['Yesterday', 'Today', 'Tomorrow', 'Weekly', 'Monthly', '2026'];
const hMore = ['Capricorn Love Horoscope', 'Capricorn Career Horoscope', 'Capricorn Weekly Horoscope', 'Chinese Horoscope', 'Numerology Today'];
const hFoot = ['About Us', 'Contact', 'Privacy Policy', 'Terms of Service', 'Accessibility', 'Cookie Settings'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Capricorn Daily Horoscope for Today | Starwheel</title>
<meta name="description" content="Free Capricorn daily horoscope for today from Starwheel. Read your love and career forecast.">
<link rel="canonical" href="https://www.starwheel.example/horoscope/daily/capricorn"><meta property="og:type" content="website">
${ld({
  '@context': 'https://schema.org',
  '@type': 'WebPage',
  name: hTitle,
  datePublished: '2026-03-04',
  publisher: { '@type': 'Organization', name: 'Starwheel' },
})}
<script>var utag_data={"page_type":"horoscope","sign":"capricorn","period":"daily"};</script>
<link rel="stylesheet" href="https://www.starwheel.example/css/site.min.css?v=8812"></head>
<body class="horoscope-page sign-capricorn"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="alertdialog"><p id="onetrust-policy-text">We
use cookies to give you the best cosmic experience and to show personalized ads.</p><button id="onetrust-accept-btn-handler">I Accept</button>
<button id="onetrust-pc-btn-handler">Cookie Preferences</button></div>
<header class="header"><div class="header__wrap"><a class="header__logo" href="/"><img src="/img/logo.svg" alt="Starwheel"></a>
<nav class="header__nav"><ul>${links(
  ['Horoscopes', 'Tarot', 'Compatibility', 'Astrology', 'Numerology', 'Psychic Readings'],
  'header__nav-item',
)}</ul></nav></div></header>
<div class="breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList">${links([
  'Home',
  'Horoscopes',
  'Daily Horoscope',
])}<li>Capricorn</li></ol></div>
<div class="container"><div class="sign-nav"><ul class="sign-nav__list">${links(hSigns, 'sign-nav__item')}</ul></div>
<main class="main-content"><section class="horoscope-content"><div class="horoscope-header"><img class="sign-icon" src="/img/signs/capricorn.svg" alt="">
<h1>${hTitle}</h1><p class="sign-dates">Dec 22 - Jan 19</p></div>
<div class="tabs"><ul class="tabs__list">${links(hTabs, 'tabs__item')}</ul></div>
<div id="content" class="horoscope-text"><p class="date"><span id="content-date">Mar 4, 2026</span></p>
${ps(hMain)}
<h2 class="horoscope-subhead">${hH[0]}</h2>
${ps(hLove)}
<div class="ad-unit ad-unit--inline"><span class="ad-unit__label">Advertisement</span><div id="gpt-inline-1"></div></div>
<h2 class="horoscope-subhead">${hH[1]}</h2>
${ps(hCareer)}
</div>
<div class="matches"><h3 class="matches__title">Today’s Matches</h3><dl class="matches__list"><dt>Love</dt><dd>Taurus</dd><dt>Friendship</dt>
<dd>Pisces</dd><dt>Career</dt><dd>Virgo</dd></dl></div>
<div class="ratings"><h3 class="ratings__title">Star Ratings</h3><ul>${lis(['Sex ★★★☆☆', 'Hustle ★★★★☆', 'Vibe ★★★★★', 'Success ★★★☆☆'])}</ul></div>
<div class="upsell upsell--tarot"><h3>What does the tarot say about your week?</h3><p>Get a free three-card reading in under a minute.</p>
<a class="button" href="/tarot/three-card/">Draw Your Cards</a></div>
<div class="share"><span class="share__label">Share your horoscope</span>${links(['Facebook', 'Pinterest', 'Copy link'])}</div>
</section>
<aside class="sidebar"><div class="sidebar__box"><h3>More Capricorn Horoscopes</h3><ul>${links(hMore)}</ul></div>
<div class="sidebar__newsletter"><h3>Get Your Daily Horoscope</h3><p>Your forecast, free in your inbox every morning.</p>
<form><input type="email" placeholder="Email address"><button>Subscribe</button></form></div></aside></main></div>
<footer class="footer"><ul class="footer__links">${links(hFoot)}</ul><p class="footer__copy">© 2026 Starwheel Media. For entertainment purposes only.</p>
</footer><script src="https://www.starwheel.example/js/site.min.js?v=8812"></script></body></html>`;
export const horoscope: TestPage = {
  name: 'heldout325-starwheel-horoscope-news',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: hH,
  body: texts([...hMain, ...hLove, ...hCareer]),
  bylines: ['Mar 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to give you the best cosmic experience and to show personalized ads.', 'I Accept', 'Cookie Preferences', 'Horoscopes', 'Tarot',
    'Compatibility', 'Astrology', 'Numerology', 'Psychic Readings', 'Home', 'Daily Horoscope', ...hSigns.filter((s) => s !== 'Capricorn'), 'Dec 22 - Jan 19',
    ...hTabs, 'Advertisement', 'Today’s Matches', 'Friendship', 'Taurus', 'Pisces', 'Virgo', 'Star Ratings', 'Sex ★★★☆☆', 'Hustle ★★★★☆',
    'Vibe ★★★★★', 'Success ★★★☆☆', 'What does the tarot say about your week?', 'Get a free three-card reading in under a minute.', 'Draw Your Cards',
    'Share your horoscope', 'Facebook', 'Pinterest', 'Copy link', 'More Capricorn Horoscopes', ...hMore, 'Get Your Daily Horoscope',
    'Your forecast, free in your inbox every morning.', 'Subscribe', ...hFoot, '© 2026 Starwheel Media. For entertainment purposes only.',
  ],
};
