import { links, ps, type TestPage, texts } from './page-kit.js';
import { as, j, lis } from './pages-heldout412-kit.js';

/**
 * Held-out batch 412, file d: a theatre's show page with Spektrix booking (the theatre's own header and "What's On" menu,
 * breadcrumbs, hero with the production photo credit, the Spektrix performance-times table with "Book" buttons and the
 * spektrix-iframe, content warnings, the cast and creative list, a press quote, access performances, "You might also
 * like", the Friends membership promo, newsletter sign-up and footer with charity number) and a festival lineup page (a
 * listing: day tabs, artist names per stage, a short intro, "Buy tickets" promo, the app banner, partners' logos and footer).
 */
const spTitle = 'The Salt Ledger';
const spBody = [
  j(
    'A fishing town on the edge of a grey sea. A ledger that records every debt owed to the harbour master, going back two',
    'hundred years. And a young clerk who discovers that one page has been torn out.',
  ),
  j(
    'Nell Garrow’s new play is a ghost story, a thriller and a love letter to the small coastal towns that raised her. It moves',
    'between 1847 and the present day, with the same six actors playing both sets of townspeople, and asks what a place owes',
    'to the people it has forgotten.',
  ),
  j(
    'The play grew out of a year Garrow spent collecting stories in the harbour towns along our coast: about the lifeboat crews,',
    'the women who gutted herring on the quays, and the families who left for the cities when the fish ran out. Some of the',
    'people she interviewed will be in the audience on press night.',
  ),
  j(
    'Directed by Ianto Bryce, whose production of Harbour Wives toured the country last spring, The Salt Ledger is a new',
    'commission of ours and opens in the big auditorium before transferring to Bristol.',
  ),
];
const spQuote = '“A cold, gripping piece of storytelling that lingers long after the lights come up.”';
const spQuoteBy = 'The Coastal Review, ★★★★';
const spWarn = [
  'Contains references to drowning and bereavement',
  'Haze and smoke effects are used throughout',
  'Loud noises, including a recorded storm sequence in Act Two',
];
const spAccess = [
  'Audio described: Thursday 7 May, 7.30pm, with a touch tour at 6pm',
  'Captioned: Saturday 9 May, 2.30pm',
  'Relaxed: Wednesday 13 May, 1.30pm',
  'BSL interpreted: Friday 15 May, 7.30pm',
];
const spCast = ['Nell Garrow – Writer', 'Ianto Bryce – Director', 'Saffi Onwu – Designer', 'Ren Hollis – Composer & Sound'];
const spNav = ["What's On", 'Your Visit', 'Get Involved', 'Support Us', 'About', 'Basket', 'My Account'];
const spAlso = ['Nocturne for Three Voices', 'The Lighthouse Keeper’s Cat (ages 3+)', 'Comedy Club: Spring Season'];
const spFoot = ['Contact us', 'Access information', 'Jobs', 'Hire our spaces', 'Privacy policy', 'Terms & conditions'];
const spRows = [
  ['Thu 30 Apr', '7.30pm', 'Preview', 'Book'],
  ['Fri 1 May', '7.30pm', '', 'Book'],
  ['Sat 2 May', '2.30pm', '', 'Limited availability'],
  ['Sat 2 May', '7.30pm', 'Press night', 'Sold out'],
];
const spHtml = `<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charset="UTF-8"><title>The Salt Ledger | Wrenfield Playhouse</title>
<meta name="description" content="Nell Garrow’s new play: a ghost story, a thriller and a love letter to small coastal towns.">
<link rel="stylesheet" href="https://www.wrenfieldplayhouse.example/wp-content/themes/wrenfield/dist/main.css">
<script src="https://system.spektrix.example/wrenfield/website/scripts/integrate.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TheaterEvent","name":"The Salt Ledger","startDate":"2026-04-30T19:30",
"location":{"@type":"PerformingArtsTheater","name":"Wrenfield Playhouse"}}</script></head>
<body class="event-template-default single single-event"><a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><a class="site-header__logo" href="/">Wrenfield Playhouse</a><nav class="site-nav"
aria-label="Main"><ul>${links(spNav, 'site-nav__item')}</ul>
</nav></header><main id="main" class="event-single"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(['Home', "What's On", 'Drama'])}</ol></nav>
<div class="event-hero"><img src="/wp-content/uploads/2026/01/salt-ledger-hero.jpg" alt="An actor holding a lantern over an open ledger">
<p class="event-hero__credit">Photo by Marta Lisle</p></div>
<div class="event-header"><p class="event-header__venue">Main House</p><h1 class="event-header__title">${spTitle}</h1>
<p class="event-header__dates">30 Apr – 16 May 2026</p><p class="event-header__meta">Running time: approx. 2 hours 10 minutes including interval · Age
guidance: 12+</p>
<a href="#book" class="btn btn--primary">Book now</a></div>
<div class="event-body"><div class="event-body__main">
${ps(spBody)}
<blockquote class="press-quote"><p>${spQuote}</p><cite>${spQuoteBy}</cite></blockquote>
<h2>Content warnings</h2><ul>${lis(spWarn)}</ul>
<h2>Access performances</h2><ul>${lis(spAccess)}</ul>
<h2>Creative team</h2><ul class="credits">${lis(spCast)}</ul>
<p class="event-body__support">Supported by the Harbour Arts Fund and Arts Council England.</p></div>
<aside class="event-body__sidebar"><div class="price-box"><h3>Prices</h3><p>£14 – £32</p><p>Concessions available. Under 26s: £10.</p></div>
<div class="friends-promo"><h3>Become a Friend</h3><p>Priority booking, no booking fees and 10% off in the café bar.</p><a href="/support-us/friends">Join
today</a></div></aside></div>
<section id="book" class="event-times"><h2>Dates &amp; times</h2><table
class="spektrix-times"><thead><tr><th>Date</th><th>Time</th><th>Notes</th><th></th></tr></thead>
<tbody>${spRows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td><td>${r[2]}</td><td><a class="btn" href="#">${r[3]}</a></td></tr>`).join('\n')}</tbody></table>
<spektrix-iframe id="SpektrixIFrame" name="SpektrixIFrame"
src="https://tickets.wrenfieldplayhouse.example/wrenfield/website/ChooseSeats.aspx?EventInstanceId=41203"
></spektrix-iframe></section>
<section class="related-events"><h2>You might also like</h2><ul>${links(spAlso, 'related-events__item')}</ul></section>
<section class="newsletter"><h2>Stay in the loop</h2><p>Be the first to hear about new shows and offers.</p><form><input type="email" placeholder="Email
address">
<button>Sign up</button></form></section></main>
<footer class="site-footer"><ul>${links(spFoot)}</ul><p>Wrenfield Playhouse, Quay Street, Wrenfield WR4 1QS. Registered charity no. 1098342.</p></footer>
<div id="cookie-notice" class="cn-bottom"><span id="cn-notice-text">We use cookies to give you the best experience on our website.</span>
<a href="#" id="cn-accept-cookie">Ok</a><a href="#" id="cn-more-info">Read more</a></div></body></html>`;
const spektrix: TestPage = {
  name: 'heldout412-spektrix-theatre-show',
  kind: 'docs',
  html: spHtml,
  title: spTitle,
  headings: ['Content warnings', 'Access performances', 'Creative team'],
  body: [...texts(spBody), spQuote, ...spWarn, ...spAccess, ...spCast],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Wrenfield Playhouse', ...spNav, 'Home', 'Drama', 'Photo by Marta Lisle', 'Main House', '30 Apr – 16 May 2026',
    'Running time: approx. 2 hours 10 minutes including interval · Age guidance: 12+', 'Book now', spQuoteBy,
    'Supported by the Harbour Arts Fund and Arts Council England.', 'Prices', '£14 – £32', 'Concessions available. Under 26s: £10.', 'Become a Friend',
    'Priority booking, no booking fees and 10% off in the café bar.', 'Join today', 'Dates & times', 'Notes', 'Thu 30 Apr', 'Fri 1 May', 'Sat 2 May',
    'Preview', 'Limited availability', 'Press night', 'Sold out', 'You might also like', ...spAlso, 'Stay in the loop',
    'Be the first to hear about new shows and offers.', 'Sign up', ...spFoot,
    'Wrenfield Playhouse, Quay Street, Wrenfield WR4 1QS. Registered charity no. 1098342.',
    'We use cookies to give you the best experience on our website.', 'Read more',
  ],
};

const fsTitle = 'Lineup 2026';
const fsIntro = [
  j(
    'Three days, four stages and a field above the river: the festival returns to Cobb’s Meadow from 10 to 12 July. This year’s',
    'lineup is the biggest we have put together, with more than sixty acts and, for the first time, a late-night stage in the woods.',
  ),
  j(
    'Day tickets go on sale once the full stage times are announced in June. Weekend camping tickets are on sale now, and every',
    'ticket includes a free shuttle from Marlbeck station.',
  ),
  j(
    'The woods stage runs until two in the morning on Friday and Saturday and is programmed by the people behind the Marlbeck',
    'Social, the club night that has kept the town dancing on the first Friday of every month for a decade. Expect long sets',
    'and very little light.',
  ),
  j(
    'As ever, the Meadow Stage belongs to families until four in the afternoon, with storytelling, a circus school and a',
    'children’s choir, and the Barn hosts talks and readings between sets on the main stage.',
  ),
];
const fsDays: [string, string[]][] = [
  ['Friday 10 July', ['The Marrowbones', 'Ysolde Fenn', 'Grey Lantern Orchestra', 'Pilot Whale', 'Koby Adesanya', 'The Hedge Witches']],
  ['Saturday 11 July', ['Copper Saints', 'Niamh Arlow', 'Sundial Youth', 'Brassneck Union', 'Dovecote', 'Lil Thistle', 'Pennywhistle Riot']],
  ['Sunday 12 July', ['Aurelia Stone', 'The Quiet Arithmetic', 'Moth & Ember', 'Ossian Drake', 'Fernhill Choir', 'Low Orbit Sound System']],
];
const fsMore = 'More artists to be announced.';
const fsNav = ['Artists', 'Tickets', 'Info', 'Camping', 'Accessibility', 'FAQ', 'Contact'];
const fsPartners = ['Marlbeck Brewery', 'Riverside Radio', 'Cobb’s Meadow Farm'];
const fsFoot = ['Terms & Conditions', 'Privacy', 'Sustainability', 'Volunteer', 'Trade', 'Press'];
const fsHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Lineup | Hollowmere Festival 2026</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="Hollowmere Festival 2026 Lineup">
<link rel="stylesheet" href="/_nuxt/entry.3b9f1c.css"><script type="application/ld+json">{"@context":"https://schema.org","@type":"Festival",
"name":"Hollowmere Festival 2026","startDate":"2026-07-10","endDate":"2026-07-12","location":{"@type":"Place","name":"Cobb's Meadow"}}</script></head>
<body><div id="__nuxt"><div data-v-4f1c2e7a class="app"><div data-v-4f1c2e7a class="announcement-bar">Weekend camping tickets on sale now – payment plans
available</div>
<header data-v-7d2a0b91 class="site-header"><a data-v-7d2a0b91 href="/" class="logo">Hollowmere</a><nav
data-v-7d2a0b91><ul>${links(fsNav, 'nav-item')}</ul></nav>
<a data-v-7d2a0b91 href="/tickets" class="btn btn-tickets">Buy tickets</a></header>
<main data-v-2e8b5c44 class="lineup-page"><section data-v-2e8b5c44 class="page-hero"><p data-v-2e8b5c44 class="eyebrow">10 – 12 July · Cobb’s Meadow</p>
<h1 data-v-2e8b5c44>${fsTitle}</h1></section><div data-v-2e8b5c44 class="intro rich-text">
${ps(fsIntro)}
</div><div data-v-2e8b5c44 class="lineup-filters" role="tablist">${as(['All days', 'Day one', 'Day two', 'Day three', 'A–Z'], 'filter-tab')}</div>
${fsDays
  .map(
    ([d, acts]) => `<section data-v-9a1f3d60 class="lineup-day"><h2 data-v-9a1f3d60 class="lineup-day__title">${d}</h2>
<ul data-v-9a1f3d60 class="lineup-grid">${lis(acts, 'lineup-grid__artist')}</ul></section>`,
  )
  .join('\n')}
<p data-v-2e8b5c44 class="lineup-more">${fsMore}</p>
<section data-v-5c0e8e12 class="promo-block"><h3>Don’t miss out</h3><p>Weekend tickets from £149. Under-12s go free.</p><a href="/tickets">Get
tickets</a></section>
<section data-v-5c0e8e12 class="app-banner"><p>Plan your weekend with the Hollowmere app: stage times, maps and alerts.</p>
${as(['App Store', 'Google Play'])}</section>
<section data-v-3b7f9a02 class="partners"><h3>Our partners</h3><ul>${lis(fsPartners, 'partner-logo')}</ul></section></main>
<footer data-v-1a4e6f33 class="site-footer"><ul>${links(fsFoot)}</ul><p>Sign up for lineup news first</p><form><input type="email" placeholder="Your email">
<button>Subscribe</button></form><p>© Hollowmere Festival Ltd 2026</p></footer></div></div>
<script>window.__NUXT__={state:{lineup:{days:3,artists:61}},serverRendered:true}</script>
<div class="cky-consent-container"><div class="cky-notice"><p class="cky-title">We value your privacy</p>
<p class="cky-notice-des">We use cookies to enhance your browsing experience and analyse our traffic.</p>
<button class="cky-btn cky-btn-accept">Accept All</button><button class="cky-btn cky-btn-reject">Reject All</button></div></div></body></html>`;
const fsActs = fsDays.flatMap(([, acts]) => acts);
const festival: TestPage = {
  name: 'heldout412-festival-lineup-listing',
  kind: 'docs',
  html: fsHtml,
  title: fsTitle,
  headings: fsDays.map(([d]) => d),
  body: [...texts(fsIntro), ...fsActs, fsMore],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Weekend camping tickets on sale now – payment plans available', 'Hollowmere', ...fsNav, 'Buy tickets', '10 – 12 July · Cobb’s Meadow',
    'All days', 'Day one', 'Day two', 'Day three', 'A–Z', 'Don’t miss out', 'Weekend tickets from £149. Under-12s go free.', 'Get tickets',
    'Plan your weekend with the Hollowmere app: stage times, maps and alerts.', 'App Store', 'Google Play', 'Our partners', ...fsPartners, ...fsFoot,
    'Sign up for lineup news first', 'Subscribe', '© Hollowmere Festival Ltd 2026', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic.', 'Accept All', 'Reject All',
  ],
};

export const HELDOUT412_D: readonly TestPage[] = [spektrix, festival];
