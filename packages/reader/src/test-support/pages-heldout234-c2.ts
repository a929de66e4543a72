import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 234, file c2: a Geocaching cache page (GC code, cache type, "A cache by", hidden date, difficulty/terrain
 * and size, attributes, short and long description, encrypted hint with Decrypt link, inventory, logs (furniture on a
 * blog-kind page, their names and dates bylines), premium upsell, footer and cookie banner).
 */
const gcTitle = 'The Miller’s Last Sack';
const gcShort = ['A short walk along the old mill race to a cache with a story. Bring a pen, the log is small.'];
const gcLong = [
  'Until 1952 the Brackley water mill ground flour for every farm between here and the ridge. The last miller, Albert Tosh, was ' +
    'famous for refusing to retire: the story goes that he carried his final sack of flour up the hill to the chapel on his ' +
    'eightieth birthday and then handed the keys to the parish the same afternoon.',
  'The mill building is now a private house, so please stay on the public footpath on the far bank. The mill race is still ' +
    'there, and you can follow its line from the footbridge for about 300 m before it disappears under the meadow.',
  'The cache is a small camouflaged container that can be reached without leaving the path. It has been in place since 2019 ' +
    'and has survived two floods, so please rehide it exactly as you found it.',
];
const gcH = ['Parking and access', 'Please note'];
const gcAccess = [
  'Park at the village hall (free, honesty box for donations). The footpath starts beside the bus shelter. The path is flat but ' +
    'can be muddy from November to March.',
];
const gcNotes = [
  'Please do not climb on the footbridge or the weir.',
  'Muggles are common at weekends, especially dog walkers. Be discreet.',
  'The landowner has given permission for this cache.',
];
const gcNav = ['Play', 'Community', 'Shop'];
const gcFoot = ['Help Center', 'Blog', 'Guidelines', 'Privacy Policy', 'Terms of Use', 'Advertising with Us', 'Careers'];
const gcAttrs = ['Dogs allowed', 'Parking available', 'Takes less than an hour', 'Stealth required'];
const gcLogs: [string, string, string, string][] = [
  ['Found it', 'mudlarkers', '11/21/2026', 'Lovely walk and a great bit of history. Quick find after a muddle with the GPS. TFTC!'],
  ['Found it', 'Wren & Pip', '11/08/2026', 'Found on our Sunday stroll. Log nearly full, we squeezed in at the bottom.'],
  ['Didn’t find it', 'geo_hamish', '10/30/2026', 'Too many people around, will try again on a weekday.'],
];
const gcLogHtml = gcLogs
  .map(
    (l) =>
      `<li class="log-item"><div class="log-meta"><strong class="LogType">${l[0]}</strong><a class="h5" href="/p/">${l[1]}</a>
<span class="LogDate">${l[2]}</span></div><p class="LogText">${l[3]}</p></li>`,
  )
  .join('\n');
const gcHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
<title>GC8TK2Q The Miller’s Last Sack (Traditional Cache) in England, United Kingdom created by bramblewick</title>
<meta name="description" content="The Miller’s Last Sack (GC8TK2Q) was created by bramblewick on 4/12/2019.
It’s a Small size geocache, with difficulty of 1.5, terrain of 2.">
<meta property="og:site_name" content="Geocaching"><script src="https://www.geocaching.com/play/app/cache-details.js" defer></script></head>
<body class="cache-details"><header id="gc-header" class="gc-header"><a href="/play" class="logo">Geocaching</a><nav><ul>${links(gcNav)}</ul></nav>
<a href="/account/signin">Sign In</a><a href="/account/join">Sign Up</a></header>
<main id="Content"><div class="span-17"><div id="ctl00_ContentBody_CacheInformationTable" class="CacheInformationTable">
<div class="minorCacheDetails"><span id="ctl00_ContentBody_CoordInfoLinkControl1_uxCoordInfoCode" class="CoordInfoCode">GC8TK2Q</span>
<span class="cacheImage" title="Traditional Cache">Traditional Geocache</span>
<span id="ctl00_ContentBody_CacheName" class="tex2jax_ignore"><h1>${gcTitle}</h1></span>
<div id="ctl00_ContentBody_mcd1">A cache by <a href="/p/?guid=1">bramblewick</a></div><div id="ctl00_ContentBody_mcd2">Hidden : 04/12/2019</div></div>
<div id="ctl00_ContentBody_diffTerr"><span>Difficulty: 1.5 out of 5</span><span>Terrain: 2 out of 5</span></div>
<p class="minorCacheDetails"><span id="ctl00_ContentBody_size">Size: small (small)</span></p>
<div class="LocationData"><span id="uxLatLon">N 52° 04.318 W 001° 09.772</span><a href="#">Download GPX</a><a href="#">Send to GPS</a></div></div>
<div class="UserSuppliedContent"><span id="ctl00_ContentBody_ShortDescription"><p>${gcShort[0]}</p></span>
<span id="ctl00_ContentBody_LongDescription">${gcLong.map((p) => `<p>${p}</p>`).join('')}<h3>${gcH[0]}</h3><p>${gcAccess[0]}</p>
<h3>${gcH[1]}</h3><ul>${gcNotes.map((n) => `<li>${n}</li>`).join('')}</ul></span></div>
<div id="div_hint"><h3>Additional Hints (<a id="ctl00_ContentBody_lnkDH" href="#">Decrypt</a>)</h3>
<div id="ctl00_ContentBody_hints">Haqre gur svefg sybng fgbar</div></div>
<div class="CacheDetailNavigation"><h3>Attributes</h3>
<ul>${gcAttrs.map((a) => `<li><img alt="${a}" title="${a}"><span class="visually-hidden">${a}</span></li>`).join('')}</ul></div>
<div class="premium-upsell"><p>Get unlimited access to all geocaches with a Premium membership.</p><a href="/premium">Upgrade now</a></div>
<div id="cache_logs_container"><h2>Logbook</h2><ul id="cache_logs_table">${gcLogHtml}</ul><a href="#">View Logbook</a></div></div>
<aside class="span-6 last sidebar"><div class="CacheDetailsSidebar"><a href="#">Log geocache</a><a href="#">Watch</a><h3>Inventory</h3>
<p>There are no Trackables in this cache.</p>
<h3>Bookmark Lists</h3><ul>${links(['Mill trails of the Cherwell', 'Family friendly in Oxfordshire'])}</ul></div></aside></main>
<footer id="gc-footer"><ul>${links(gcFoot)}</ul><p>Copyright 2000-2026 Groundspeak, Inc. DBA Geocaching. All rights reserved.</p></footer>
<div id="cookie-consent" role="dialog"><p>We use cookies to provide you with a better experience.</p><button>Allow all cookies</button>
<button>Customize</button></div></body></html>`;

export const GEOCACHING_PAGE: TestPage = {
  name: 'heldout234-geocaching-cache-blog',
  kind: 'blog',
  html: gcHtml,
  title: gcTitle,
  headings: gcH,
  // the short and long descriptions are the article; the encrypted hint is in neither list
  body: texts([...gcShort, ...gcLong, ...gcAccess, ...gcNotes]),
  bylines: ['A cache by bramblewick', 'Hidden : 04/12/2019', ...gcLogs.flatMap((l) => [l[1], l[2]])],
  // biome-ignore format: packed
  furniture: [
    ...gcNav, 'Sign In', 'Sign Up', 'GC8TK2Q', 'Traditional Geocache', 'Difficulty: 1.5 out of 5', 'Terrain: 2 out of 5',
    'Size: small (small)', 'Download GPX', 'Send to GPS', 'Additional Hints (Decrypt)', 'Attributes', ...gcAttrs,
    'Get unlimited access to all geocaches with a Premium membership.', 'Upgrade now', 'Logbook', 'Found it', 'Didn’t find it',
    ...gcLogs.map((l) => l[3]), 'View Logbook', 'Log geocache', 'Watch', 'Inventory', 'There are no Trackables in this cache.',
    'Bookmark Lists', 'Mill trails of the Cherwell', 'Family friendly in Oxfordshire', ...gcFoot,
    'Copyright 2000-2026 Groundspeak, Inc. DBA Geocaching. All rights reserved.', 'We use cookies to provide you with a better experience.',
    'Allow all cookies', 'Customize',
  ],
};
