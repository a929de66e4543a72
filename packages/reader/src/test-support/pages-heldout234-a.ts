import { links, type TestPage, texts } from './page-kit.js';
import { KOMOOT_PAGE } from './pages-heldout234-a2.js';

/**
 * Held-out batch 234, file a: an AllTrails trail page (Next.js app: header nav, Peak upsell, breadcrumbs, action buttons,
 * stats, chips, OneTrust banner, reviews rail, nearby trails, footer) and, from file a2, a Komoot collection page.
 */
const atTitle = 'Cedar Notch Falls Loop';
const atIntro = [
  'Explore this 7.4-mile loop trail near Millbrook, Oregon. Generally considered a moderately challenging route, it takes an ' +
    'average of 3 h 42 min to complete. This is a popular trail for hiking and trail running, but you can still enjoy some ' +
    'solitude during quieter times of day. The trail is open year-round. Dogs are welcome, but must be on a leash.',
];
const atH = ['Description', 'Getting there', 'Need to know', 'Conditions'];
const atDesc = [
  'The loop starts from the upper lot at the end of Notch Road and drops quickly through second-growth hemlock to the north ' +
    'bank of Cedar Creek. Most hikers go counterclockwise so the steepest climb, a series of eleven switchbacks below the ridge, ' +
    'is done uphill rather than on tired knees.',
  'Three waterfalls sit along the creek section. Lower Notch Falls is a short spur off the main trail, Twin Ribbon Falls can be ' +
    'seen from a wooden viewing platform, and the main Cedar Notch Falls drops about 90 feet into a basalt bowl that the trail ' +
    'passes behind on a wet, narrow ledge.',
];
const atGetting = [
  'From Millbrook, follow Highway 22 east for 14 miles and turn left onto Notch Road at the green forest service sign. The last ' +
    'three miles are gravel with potholes but passable for most cars. The upper lot holds about 40 vehicles and fills by 9 a.m. ' +
    'on summer weekends.',
];
const atList = [
  'A day-use pass of $5 per vehicle is required and can be paid at the kiosk by card.',
  'The ledge behind the main falls is slippery all year; keep children close and leashes short.',
  'There are vault toilets at the trailhead but no drinking water.',
  'Cell coverage ends about a mile before the lot, so download the map before you leave.',
];
const atCond = [
  'Snow can linger on the ridge above 2,800 feet into April. In late autumn, heavy rain can raise the creek enough to cover the ' +
    'stepping stones at the second crossing; a high-water bypass adds half a mile along the old logging grade.',
];
const atNav = ['Explore', 'Saved', 'Shop', 'Community'];
const atCrumbs = ['United States', 'Oregon', 'Willamette National Forest'];
const atChips = ['Hiking', 'Waterfall', 'Forest', 'Dogs on leash', 'Kid friendly'];
const atNearby = ['Hemlock Bench Trail', 'Notch Ridge Lookout', 'Sawmill Creek Connector'];
const atFoot = ['About', 'Jobs', 'Press', 'Help', 'Gift Membership', 'Privacy Policy', 'Terms', 'Do not sell or share my personal information'];
const atReviews = [
  'Went counterclockwise like everyone says, great call. Ledge behind the big falls was wet but fine with good boots.',
  'Crowded by 10 but worth it. Second crossing was ankle deep after the rain.',
];
const atHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Cedar Notch Falls Loop, Oregon - 1,284 Reviews, Map | AllTrails</title>
<meta name="description" content="Explore this 7.4-mile loop trail near Millbrook, Oregon.">
<meta property="og:site_name" content="AllTrails"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.alltrails.com/trail/us/oregon/cedar-notch-falls-loop">
<script type="application/ld+json">{"@context":"https://schema.org",
"@type":"LocalBusiness",
"name":"Cedar Notch Falls Loop","aggregateRating":{"@type":"AggregateRating","ratingValue":4.7,"reviewCount":1284}}</script>
<script src="/_next/static/chunks/main-8f2c1a.js" defer></script></head>
<body><div id="__next"><header class="Header_header__aB3kd" role="banner"><a href="/" class="Header_logo__x1"><span class="visually-hidden">AllTrails</span></a>
<nav aria-label="Main"><ul class="Header_nav__q2">${links(atNav)}</ul></nav>
<a class="Button_primary__peak" href="/plus">Try Peak for free</a><a href="/login">Log in</a><a href="/signup">Sign up</a></header>
<main><div class="TrailDetails_container__Kx1"><nav aria-label="Breadcrumb" class="Breadcrumbs_root__w7"><ol>${links(atCrumbs)}</ol></nav>
<div class="TrailHeader_hero__m9"><h1 class="TrailDetailsCard_title__zpS">${atTitle}</h1>
<div class="TrailDetailsCard_meta"><span class="Rating_value">4.7</span><span>(1,284 reviews)</span>
<span class="TrailDetailsCard_difficulty">Moderate</span></div>
<div class="TrailActions_row" role="toolbar"><button>Save</button><button>Directions</button><button>Navigate</button><button>Share</button>
<button>Print/PDF map</button></div></div>
<section class="TrailStats_stats__3Fd"><div><span class="TrailStats_label">Length</span><span>7.4 mi</span></div>
<div><span class="TrailStats_label">Elevation gain</span><span>1,612 ft</span></div><div><span class="TrailStats_label">Route type</span><span>Loop</span>
</div></section>
<div class="TrailOverview_overview"><p class="xlate-none">${atIntro[0]}</p></div>
<ul class="TagChips_chips__Y1">${atChips.map((c) => `<li><span class="Chip_chip">${c}</span></li>`).join('')}</ul>
<div class="PeakUpsell_banner" data-testid="peak-upsell"><p>Download offline maps with AllTrails Peak</p><a href="/plus">Try 7 days free</a></div>
<section class="TrailDescription_section" id="description"><h2>${atH[0]}</h2>${atDesc.map((p) => `<p>${p}</p>`).join('')}
<h3>${atH[1]}</h3><p>${atGetting[0]}</p><h3>${atH[2]}</h3><ul>${atList.map((l) => `<li>${l}</li>`).join('')}</ul>
<h3>${atH[3]}</h3><p>${atCond[0]}</p><button class="ShowMore_btn" aria-expanded="true">Show less</button></section>
<section class="Reviews_section" id="reviews"><h2>Reviews (1,284)</h2><a class="Button_secondary" href="#write">Write review</a>
<div class="Review_card"><div class="Review_author"><a href="/members/dana-whitlock">Dana Whitlock</a><span>October 12, 2026</span></div>
<span class="Review_activity">Hiking</span><p>${atReviews[0]}</p><button>Helpful</button></div>
<div class="Review_card"><div class="Review_author"><a href="/members/rafe-ondrak">Rafe Ondrak</a><span>October 3, 2026</span></div>
<span class="Review_activity">Trail running</span><p>${atReviews[1]}</p><button>Helpful</button></div>
<a href="/trail/us/oregon/cedar-notch-falls-loop/reviews">Show more reviews</a></section>
<aside class="NearbyTrails_rail"><h2>Nearby trails</h2><ul>${links(atNearby)}</ul></aside></div></main>
<footer class="Footer_footer__pp"><ul>${links(atFoot)}</ul><p>© 2026 AllTrails, LLC All Rights Reserved</p></footer></div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">We use cookies to improve your experience and for marketing.</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"trailId":10293847}}}</script></body></html>`;

const ALLTRAILS_PAGE: TestPage = {
  name: 'heldout234-alltrails-trail-docs',
  kind: 'docs',
  html: atHtml,
  title: atTitle,
  headings: atH,
  body: texts([...atIntro, ...atDesc, ...atGetting, ...atList, ...atCond]),
  // reviews on the trail page are a rail of user comments: their texts are furniture, their names and dates bylines
  bylines: ['Dana Whitlock', 'October 12, 2026', 'Rafe Ondrak', 'October 3, 2026'],
  // biome-ignore format: packed
  furniture: [
    ...atNav, 'Try Peak for free', 'Log in', 'Sign up', ...atCrumbs, '(1,284 reviews)', 'Moderate', 'Save', 'Directions', 'Navigate',
    'Share', 'Print/PDF map', 'Length', 'Elevation gain', 'Route type', '7.4 mi', '1,612 ft', ...atChips,
    'Download offline maps with AllTrails Peak', 'Try 7 days free', 'Show less', 'Reviews (1,284)', 'Write review', ...atReviews,
    'Trail running', 'Helpful', 'Show more reviews', 'Nearby trails', ...atNearby, ...atFoot, '© 2026 AllTrails, LLC All Rights Reserved',
    'We use cookies to improve your experience and for marketing.', 'Accept All Cookies', 'Cookies Settings',
  ],
};

export const HELDOUT234_A: readonly TestPage[] = [ALLTRAILS_PAGE, KOMOOT_PAGE];
