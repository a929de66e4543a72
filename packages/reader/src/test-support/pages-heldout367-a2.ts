import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout367-kit.js';

/**
 * Held-out batch 367, file a2: a Komoot-style tour page as the React app renders it (hashed css- classes and tw- utility
 * classes, the sign-up bar, the tour header with sport, difficulty and stats, the planner's byline, the tour description,
 * the highlights along the way with community tips, the waytypes and surfaces breakdown, the weather box, similar tours,
 * the app banner, the cookie dialog and the footer).
 */
const kTitle = 'Over the Grauhorn saddle to the Lindmoos lakes – Tannreith loop';
const kDesc = [
  j(
    'This is the loop I send friends on when they ask for one long day in the Tannreith hills that has a bit of everything. It starts',
    'at the bus turnaround in Obersill, climbs through spruce forest to the Grauhorn saddle and then drops to the three Lindmoos lakes',
    'before a long, gentle traverse back along the Sillbach.',
  ),
  j(
    'The climb to the saddle is the only hard part. The path is well marked with red-white-red blazes, but the last 200 metres',
    'are on a rocky ridge that is slippery after rain, and in early summer there can be old snow in the north-facing gully. If the',
    'ridge looks wet, the forestry road to the left is longer but keeps you off the rock.',
  ),
  j(
    'From the saddle you look straight down on the lakes. The upper lake is the coldest and the clearest; the lower one has a small',
    'beach of grey gravel and is the better place for a swim. There is a self-service hut between them with drinks in a cold box and',
    'an honesty tin, so bring coins.',
  ),
  j(
    'The way back is easy walking on meadow paths and a quiet farm track. Allow time for the cheese dairy at Sillhof, which is open',
    'from June to September and sells bread, cheese and buttermilk until 5 pm. The last bus from Obersill leaves at 18:40 on weekdays',
    'and 17:55 on Sundays, so check the times before you set off.',
  ),
  j(
    'I walked this in mid-June with two friends and we needed just under six hours with long breaks. The numbers komoot shows are',
    'for walking time only. Sturdy boots are a good idea for the ridge; the rest could be done in trail runners.',
  ),
  j(
    'Parking in Obersill is limited to a dozen spaces by the church, so the bus from the valley is the better choice at weekends.',
    'You can also shorten the loop by taking the forestry road straight back from the lakes, which saves about an hour.',
  ),
];
const kHighlights: [string, string, string][] = [
  ['Grauhorn saddle viewpoint', 'Amazing view over all three lakes. Windy up here even in summer, bring a layer.', 'Ruben Stahl'],
  ['Lower Lindmoos lake', 'Best swimming spot on the loop, the water is fresh but the gravel beach warms up in the afternoon.', 'Miri Kallgren'],
  ['Sillhof cheese dairy', 'Try the smoked cheese. Card payment only above 10 euros.', 'Jonas Pfeld'],
];
const kSimilar = ['Sillbach gorge and Obersill chapel', 'Tannreith summit from Untermoos', 'Lindmoos lakes short loop'];
const kFoot = ['Features', 'Route planner', 'Premium', 'Shop', 'Jobs', 'Help', 'Press', 'Terms of Service', 'Privacy Policy', 'Imprint'];
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${kTitle} | hike | komoot</title>
<meta name="description" content="Explore this 17.3 km hike in Tannreith. This is the loop I send friends on when they ask for one long day.">
<meta property="og:type" content="komoot:tour"><meta property="og:site_name" content="komoot">
<meta property="og:image" content="https://d2exd72xrrp1s7.cloudfront.example/www/000/defaultuserimage-full/0?width=1200">
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="canonical" href="https://www.komoot.example/tour/1834417206">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SportsActivityLocation","name":"${kTitle}"}</script>
<script>window.__INITIAL_STATE__={"tour":{"id":"1834417206","sport":"hike","distance":17312,"elevation_up":861}};</script>
<link rel="stylesheet" href="https://www.komoot.example/assets/app.3f9a1c.css"></head>
<body class="tw-bg-white"><div id="pageMountNode"><div class="css-1dbjc4n r-13awgt0">
<div class="tw-sticky tw-top-0 tw-z-40 css-1u2mbit"><header class="tw-flex tw-items-center tw-h-14 tw-px-4"><a href="/" aria-label="komoot"
class="css-4rbku5"><svg width="100" height="24"></svg></a><nav class="tw-flex tw-gap-6 tw-ml-8"><a href="/discover" class="tw-font-bold">Discover</a>
<a href="/plan" class="tw-font-bold">Plan</a><a href="/features" class="tw-font-bold">Features</a></nav>
<div class="tw-ml-auto tw-flex tw-gap-3"><a href="/signin" class="css-1jx5ja4">Log in</a><a href="/signup" class="tw-rounded tw-bg-green-600 tw-text-white
tw-px-4">Sign up</a></div></header></div>
<main class="tw-mx-auto tw-max-w-screen-lg"><div class="css-1yd3ifd" data-test-id="tour-header">
<div class="tw-aspect-video tw-relative"><img src="https://d2exd72xrrp1s7.cloudfront.example/www/000/map-1834417206.jpg" alt="Map of the tour"
class="tw-w-full"><span class="tw-absolute tw-bottom-1 tw-right-2 tw-text-xs">Map data © OpenStreetMap contributors</span></div>
<div class="tw-px-4 tw-pt-6"><div class="tw-text-sm tw-text-gray-600"><span>Hike</span><span> · </span><span>Tannreith</span></div>
<h1 class="tw-text-3xl tw-font-bold tw-mt-1" data-test-id="t_title"><span class="tw-break-words">${kTitle}</span></h1>
<div class="tw-flex tw-items-center tw-gap-2 tw-mt-3" data-test-id="tour-creator"><img class="tw-w-8 tw-rounded-full"
src="https://d2exd72xrrp1s7.cloudfront.example/www/000/avatar-7731.jpg" alt="">
<span class="tw-text-sm">Planned by <a href="/user/7731" class="tw-font-bold">Jonna Reisig</a></span>
<span class="tw-text-sm tw-text-gray-500">June 14, 2025</span></div>
<div class="tw-flex tw-gap-3 tw-mt-4"><button class="css-18t94o4" type="button">Save</button><button class="css-18t94o4" type="button">Share</button>
<button class="css-18t94o4" type="button">Send to phone</button><button class="css-18t94o4" type="button">Download GPX</button></div></div></div>
<div class="tw-grid tw-grid-cols-4 tw-gap-4 tw-px-4 tw-py-6" data-test-id="tour-stats"><div><div class="tw-text-xs tw-uppercase">Difficulty</div>
<div class="tw-font-bold">Expert</div></div><div><div class="tw-text-xs tw-uppercase">Duration</div><div class="tw-font-bold">05:12 h</div></div>
<div><div class="tw-text-xs tw-uppercase">Distance</div><div class="tw-font-bold">17.3 km</div></div>
<div><div class="tw-text-xs tw-uppercase">Uphill</div><div class="tw-font-bold">860 m</div></div></div>
<section class="tw-px-4 tw-py-6 css-1mtsvd4" data-test-id="tour-description"><h2 class="tw-text-xl tw-font-bold tw-mb-3">Tour overview</h2>
<div class="tw-whitespace-pre-line tw-text-base">${ps(kDesc, ' class="tw-mb-4"')}</div></section>
<section class="tw-px-4 tw-py-6" data-test-id="tour-highlights"><h2 class="tw-text-xl tw-font-bold">Highlights along the way</h2>
<ul class="tw-divide-y">${kHighlights
  .map(
    ([n, tip, who]) => `<li class="tw-py-4"><a href="/highlight/${n.length}" class="tw-font-bold">${n}</a><div class="tw-text-xs tw-text-gray-500">Tip by
<a href="/user/${who.length}">${who}</a></div><p class="tw-text-sm">${tip}</p></li>`,
  )
  .join('\n')}</ul></section>
<section class="tw-px-4 tw-py-6" data-test-id="tour-waytypes"><h2 class="tw-text-xl tw-font-bold">Waytypes &amp; surfaces</h2>
<ul class="tw-text-sm"><li>Path: 9.1 km</li><li>Hiking path: 4.6 km</li><li>Forest road: 2.9 km</li><li>Road: 0.7 km</li></ul></section>
<section class="tw-px-4 tw-py-6" data-test-id="tour-weather"><h2 class="tw-text-xl tw-font-bold">Weather forecast</h2>
<p class="tw-text-sm">Weather forecast data is loading for Tannreith.</p></section>
<section class="tw-px-4 tw-py-6" data-test-id="similar-tours"><h2 class="tw-text-xl tw-font-bold">Similar tours in this region</h2>
<ul class="tw-grid tw-grid-cols-3 tw-gap-4">${links(kSimilar, 'css-1r7ddkh')}</ul></section>
<div class="tw-bg-gray-100 tw-rounded tw-p-6 tw-m-4"><p class="tw-font-bold">Get the komoot app and take this tour with you.</p>
<a href="/app" class="tw-rounded tw-bg-green-600 tw-text-white tw-px-4">Get the app</a></div></main>
<footer class="tw-bg-gray-900 tw-text-white tw-py-10"><ul class="tw-flex tw-flex-wrap tw-gap-4 tw-px-4">${links(kFoot)}</ul>
<p class="tw-px-4 tw-text-xs tw-mt-6">© 2026 komoot GmbH</p></footer></div></div>
<div id="consent-dialog" role="dialog" aria-modal="true" class="css-1x1jm7u"><h2 class="tw-font-bold">Your privacy matters</h2>
<p>We use cookies and similar technologies to improve your experience and to show you relevant ads.</p>
<button type="button" class="css-accept">Accept all</button><button type="button" class="css-reject">Only essential</button></div>
<script src="https://www.komoot.example/assets/runtime.9a0d1e.js" defer></script>
<script src="https://www.komoot.example/assets/app.3f9a1c.js" defer></script></body></html>`;
export const komoot: TestPage = {
  name: 'heldout367-komoot-tour',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: ['Tour overview'],
  body: texts(kDesc),
  bylines: ['Jonna Reisig', 'June 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Discover', 'Plan', 'Features', 'Log in', 'Sign up', 'Map data © OpenStreetMap contributors', 'Hike', 'Planned by', 'Save', 'Share',
    'Send to phone', 'Download GPX', 'Difficulty', 'Expert', 'Duration', '05:12 h', 'Distance', '17.3 km', 'Uphill', '860 m',
    'Highlights along the way', ...kHighlights.flatMap(([n, tip, who]) => [n, tip, who]), 'Tip by', 'Waytypes & surfaces', 'Path: 9.1 km',
    'Hiking path: 4.6 km', 'Forest road: 2.9 km', 'Road: 0.7 km', 'Weather forecast', 'Weather forecast data is loading for Tannreith.',
    'Similar tours in this region', ...kSimilar, 'Get the komoot app and take this tour with you.', 'Get the app', ...kFoot, '© 2026 komoot GmbH',
    'Your privacy matters', 'We use cookies and similar technologies to improve your experience and to show you relevant ads.', 'Accept all',
    'Only essential',
  ],
};
