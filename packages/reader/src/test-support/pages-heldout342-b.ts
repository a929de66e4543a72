import { links, ps, type TestPage, texts } from './page-kit.js';
import { elementor } from './pages-heldout342-b2.js';
import { j, lis, type Row, rowTexts, trs } from './pages-heldout342-kit.js';

/**
 * Held-out batch 342, file b: a horse-racing racecard on a Next.js racing site (CSS-module class names, `__NEXT_DATA__`,
 * meeting tabs with the other race times, race key facts, runners table with odds buttons, spotlight and verdict, tipster
 * widget, safer gambling strip, footer) and, from file b2, a sportsbook promotion page built with Elementor.
 */
const rTitle = '2:45 Ravensmoor: Harcastle Handicap Chase (Class 3)';
const rFacts = [
  'Distance: 2m 4f 110y',
  'Going: Good to Soft, Soft in places',
  'Prize fund: £12,500 to the winner',
  'Runners: 6, for horses aged five and over',
];
const rH = ['Runners and riders', 'Spotlight', 'Verdict'];
const rRows: Row[] = [
  ['1', 'Ferrydown Lass', '7', '11-12', 'Conor Baillie', 'Hetty Morrow', '1-3212', '5/2'],
  ['2', 'Quillan Bay', '9', '11-7', 'Mared Pugh', 'Ashby Tennant', '4P-511', '4/1'],
  ['3', 'Master Tolliver', '6', '11-4', 'Ruairi Fenn', 'Hetty Morrow', '22-43', '9/2'],
  ['4', 'Lanterns Edge', '8', '11-0', 'Sol Ketteridge', 'Ivo Marchbank', '0-6F3', '8/1'],
  ['5', 'Bramble Reach', '10', '10-9', 'Aoife Kindell', 'Dunstan Parr', '7P-64', '16/1'],
  ['6', 'Kittiwake Gold', '6', '10-5', 'Tam Ogilvie', 'Ivo Marchbank', '3-5U1', '6/1'],
];
const rSpot = [
  j(
    '<strong>Ferrydown Lass:</strong> won over course and distance in November and has been placed in all three starts since,',
    'including a close second at Kelbury off this mark. Jumps well and handles cut in the ground. The one to beat.',
  ),
  j(
    '<strong>Quillan Bay:</strong> back-to-back wins on a sounder surface and raised 6lb for the latest. Stamina is not in doubt,',
    'but he has never won on ground softer than good.',
  ),
  j(
    '<strong>Master Tolliver:</strong> lightly raced second-season chaser from the same yard as the favourite. His jumping was',
    'sketchy at Durnham last time, but he has plenty of scope and could improve past his rating.',
  ),
  j('<strong>Lanterns Edge:</strong> fell when holding every chance two starts ago and ran a fair third on his return. Needs', 'a clear round to figure.'),
  '<strong>Bramble Reach:</strong> hard to make a case for on recent efforts; the veteran has not won for over two years.',
  j(
    '<strong>Kittiwake Gold:</strong> bounced back from an early unseat to win a weak novice handicap at Sallow Downs. Only 4lb',
    'higher and gets weight from all the principals.',
  ),
];
const rVerdict = [
  j(
    'A competitive little handicap, but Ferrydown Lass has the most solid form on this type of ground and her trainer is in fine',
    'form, with four winners from her last twelve runners. Kittiwake Gold is the each-way alternative, and Master Tolliver is the',
    'unexposed one who could make a mockery of his mark if his jumping holds together.',
  ),
];
const rNav = ['Racecards', 'Results', 'Fast Results', 'Non-Runners', 'Tips', 'Horse Search'];
const rTimes = ['1:35', '2:10', '2:45', '3:20', '3:55', '4:30'];
const rFoot = ['About', 'Advertise', 'Terms', 'Privacy', 'Cookie Settings', 'Safer Gambling'];
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width"/>
<title>2:45 Ravensmoor Racecard | Harcastle Handicap Chase | Furlong Post</title>
<meta name="description" content="Racecard, form and verdict for the 2:45 at Ravensmoor: the Harcastle Handicap Chase."/>
<meta property="og:title" content="2:45 Ravensmoor Racecard"/><meta name="next-head-count" content="6"/>
<link rel="preload" href="/_next/static/css/5c1e0a2d8f.css" as="style"/><link rel="stylesheet" href="/_next/static/css/5c1e0a2d8f.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SportsEvent","name":"Harcastle Handicap Chase","startDate":"2026-02-21T14:45:00Z",
"location":{"@type":"Place","name":"Ravensmoor Racecourse"}}</script>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script></head>
<body><div id="__next"><div class="Layout_wrapper__kq0Zr">
<div class="SaferGamblingBar_bar__3JxQ1" role="note"><span>18+ | Please bet responsibly | GambleAware.org</span></div>
<header class="Header_header__Wv4lS"><a class="Header_logo__P1x9B" href="/">Furlong Post</a>
<nav class="Header_nav__f0pR8" aria-label="Main"><ul class="Header_list__Yh3qk">${links(rNav, 'Header_item__Q8aZc')}</ul></nav>
<button class="Header_search__p2G1c" aria-label="Search">Search</button></header>
<main class="Racecard_main__M7nS0"><nav class="Breadcrumbs_crumbs__oT4xV" aria-label="Breadcrumb"><ol><li><a href="/racecards">Racecards</a></li>
<li><a href="/racecards/2026-02-21">Saturday 21 February</a></li><li aria-current="page">Ravensmoor</li></ol></nav>
<div class="MeetingTabs_tabs__r5uVd" role="tablist">${rTimes
  .map(
    (t) => `<a role="tab"
class="MeetingTabs_tab__LbWc1${t === '2:45' ? ' MeetingTabs_active__e4Hk0' : ''}" href="/racecards/ravensmoor/${t}">${t}</a>`,
  )
  .join('\n')}</div>
<section class="RaceHeader_header__d2TnB"><h1 class="RaceHeader_title__x7Yq2">${rTitle}</h1>
<p class="RaceHeader_meta__J0o3c"><span>Updated 11:52, 21 Feb 2026</span></p>
<ul class="RaceHeader_facts__Rf8mP">${lis(rFacts, 'RaceHeader_fact__h1sQw')}</ul></section>
<section class="Runners_section__B6vq9"><h2 class="Runners_heading__tQm1H">${rH[0]}</h2>
<table class="Runners_table__wN5x0"><thead><tr><th>No.</th><th>Horse</th><th>Age</th><th>Wgt</th><th>Jockey</th><th>Trainer</th><th>Form</th><th>Odds</th>
</tr></thead>
<tbody>
${trs(rRows, 'Runners_row__k3Pz7')}
</tbody></table>
<p class="Runners_oddsNote__Vx2e1">Odds supplied by Kestrel Bet. <a href="#">Bet now</a></p></section>
<section class="Spotlight_section__Zp0aA"><h2>${rH[1]}</h2><ul class="Spotlight_list__c9Lr2">${lis(rSpot, 'Spotlight_item__a1Tt3')}</ul></section>
<section class="Verdict_section__e7QgS"><h2>${rH[2]}</h2>${ps(rVerdict, ' class="Verdict_text__Hs1wq"')}
<p class="Verdict_tip__T0kLm">Tipped: Ferrydown Lass (nap)</p></section>
<aside class="TipsterWidget_aside__yUe0m"><h3>Today at Ravensmoor</h3><ul><li>Best-backed horse: Quillan Bay</li><li>Hot trainer: Hetty Morrow</li></ul>
<a href="/tips">See all our tips</a></aside></main>
<footer class="Footer_footer__NQ4jz"><ul>${links(rFoot)}</ul><p>© 2026 Furlong Post Media Ltd. When you bet, bet with your head.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"raceId":88121,"course":"Ravensmoor","time":"14:45"}},
"page":"/racecards/[course]/[time]",
"query":{"course":"ravensmoor","time":"2:45"},"buildId":"k9Tn2rW1oPq","isFallback":false,"gssp":true,"scriptLoader":[]}</script></body></html>`;
const racecard: TestPage = {
  name: 'heldout342-nextjs-racecard-docs',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: rH,
  body: texts([...rFacts, ...rowTexts(rRows), ...rSpot, ...rVerdict]),
  bylines: ['Updated 11:52, 21 Feb 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '18+ | Please bet responsibly | GambleAware.org', 'Furlong Post', ...rNav,
    'Search', 'Saturday 21 February', 'Ravensmoor', ...rTimes.filter((t) => t !== '2:45'),
    'Odds supplied by Kestrel Bet.', 'Bet now', 'Tipped: Ferrydown Lass (nap)', 'Today at Ravensmoor', 'Best-backed horse: Quillan Bay',
    'Hot trainer: Hetty Morrow', 'See all our tips', ...rFoot, '© 2026 Furlong Post Media Ltd. When you bet, bet with your head.',
  ],
};

export const HELDOUT342_B: readonly TestPage[] = [racecard, elementor];
