import { links, type TestPage, texts } from './page-kit.js';
import { chessPage } from './pages-heldout201-c2.js';
import { paras, pLines } from './pages-heldout201-kit.js';

/**
 * Held-out batch 201, file c: a geocaching.com cache listing (cache_details.aspx) as a signed-out visitor saves it (the
 * header with "Play" / "Community" / "Shop" and "Sign Up", the cache type icon and GC code, the "A cache by" and "Hidden"
 * lines, the difficulty / terrain / size panel, the coordinates, the short and long descriptions, the "Additional Hints"
 * block with its encrypted hint and "Decrypt" link, the attributes, the "Navigation" sidebar, the premium upsell, the
 * trackable inventory, the logged visits with their log types and dates, the OneTrust cookie banner and the footer) and,
 * from file c2, a chess.com article.
 */
const gcTitle = 'Ghosts of the Tanner Creek Mill Race';
const gcShort = paras(`
A short walk along the old mill race behind the Tanner Creek Community Garden, with an easy regular-sized cache at the end.
Suitable for families; the path is level but can be muddy after rain.`);
const gcH1 = 'The mill race';
const gcP1 = paras(`
From 1868 until 1921, a wooden dam on Tanner Creek diverted water into a channel about a third of a mile long that powered two
businesses: the Aldridge flour mill, which stood where the garden's tool shed is today, and a small woollen mill further down
the slope. The channel you walk beside is the last stretch of that race. It is dry for most of the year now, but the stone
lining is still visible in places, especially near the footbridge.

The flour mill burned down in the winter of 1909. A baker named Wilhelmina Aldridge, the owner's sister, rebuilt it within a
year and ran it herself until the dam was taken out. Local stories say she kept the mill wheel turning on Sundays, against the
wishes of the town council, because the water was free and the flour was not.`);
const gcH2 = 'Finding the cache';
const gcP2 = paras(`
Park at the garden's small gravel lot on Orchard Street. Please do not park on the residential side streets. Follow the signed
path past the raised beds and through the gate at the far corner, then turn left along the race. The posted coordinates take you
to the cache itself, which is an ammo can with plenty of room for trade items and a logbook.

The cache is placed off the path and does not require climbing, digging or moving anything heavy. Please put it back exactly
as you found it and cover it well, because the path is popular with dog walkers and the garden volunteers are the first to
notice when something looks out of place.`);
const gcH3 = 'A note for the garden';
const gcP3 = paras(`
This cache was placed with permission from the Tanner Creek Community Garden committee. The garden is open from dawn to dusk.
Please stay on the paths and do not pick anything, even if the tomatoes look tempting in August. If you want to thank the
volunteers, there is a donation box by the gate, and they are always happy to have help on the first Saturday of the month.`);
const gcNav = ['Play', 'Community', 'Shop', 'Sign Up', 'Sign In'];
const gcActions = ['Log geocache', 'Watch', 'Add to list', 'Send to GPS'];
const gcHint = 'Orarngu gur ynetr fghzc jvgu gur zbff ba gbc.';
const gcSide = ['Navigation', 'Find...', 'Nearest Geocaches', 'Nearest Unfound Geocaches', 'All Nearby Waymarks on Waymarking.com'];
const gcPremium = ['Upgrade to Premium', 'See more with Premium: download GPX files, build lists and get instant notifications.', 'Learn more'];
const gcInv = ['Inventory', 'This cache has no trackables.', 'Bookmark Lists', 'Garden Caches of the Valley', 'History Walks'];
const gcLogs = [
  {
    who: 'mossyboots',
    stats: '1,204 Finds',
    type: 'Found it',
    date: '04/06/2025',
    text: 'Lovely walk on a sunny afternoon. Took a bookmark, left a keychain. TFTC!',
  },
  { who: 'TeamHeronsNest', stats: '87 Finds', type: 'Found it', date: '03/29/2025', text: 'Our first ammo can! The kids loved the story of the mill.' },
  { who: 'Fernhollow Four', stats: '412 Hides', type: 'Owner Maintenance', date: '03/02/2025', text: 'New logbook and a dry bag. All good.' },
];
const gcCookie = [
  'We use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic.',
  'Accept All Cookies',
  'Cookie Settings',
];
const gcFoot = ['About', 'Press', 'Advertise with Us', 'Careers', 'Guidelines', 'Help Center', 'Terms of Use', 'Privacy Policy'];
const gcHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>GC9T4KM Ghosts of the Tanner Creek Mill Race (Traditional Cache) in Oregon, United States created
by Fernhollow Four</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Ghosts of the Tanner Creek Mill Race (GC9T4KM) was created by Fernhollow Four on 3/14/2021. It's a Regular size geocache.">
<meta property="og:site_name" content="Geocaching"><meta property="og:type" content="website">
<link rel="stylesheet" href="/play/app/ui-styles/ui-styles.b2c1.css"><link rel="stylesheet" href="/css/cache-details.min.css?v=20250110">
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="6c1a0d3e"></script>
<script>var userToken = ''; var isLoggedIn = false; var mapLatLng = {"lat":45.358033,"lng":-122.615083};</script></head>
<body><form method="post" action="./GC9T4KM_ghosts-of-the-tanner-creek-mill-race" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE2Mzc"></div>
<header id="gc-header" class="gc-header"><div class="gc-header-inner"><a class="logo" href="/play"><img alt="Geocaching" src="/play/logo.svg"></a>
<nav class="gc-nav" aria-label="Main"><ul class="menu">${links(gcNav.slice(0, 3), 'menu-item')}</ul></nav>
<div class="user-menu"><a class="gc-button gc-button-primary" href="/account/join">${gcNav[3]}</a> <a
href="/account/signin">${gcNav[4]}</a></div></div></header>
<main id="Content"><div class="container"><div class="span-17">
<div id="ctl00_ContentBody_cacheDetails" class="CacheDetailNavigationWidget"><div id="cacheDetails" class="BottomSpacing">
<span class="cacheImage"><a href="/about/cache_types.aspx" title="About Cache Types"><svg class="cache-icon" role="presentation"></svg></a></span>
<div class="cache-title"><span class="CoordInfoCode" id="ctl00_ContentBody_CoordInfoLinkControl1_uxCoordInfoCode">GC9T4KM</span>
<h1 class="tex2jax_ignore"><span id="ctl00_ContentBody_CacheName">${gcTitle}</span></h1></div>
<div id="ctl00_ContentBody_mcd1" class="minorCacheDetails">A cache by <a href="/p/?guid=a1c4" id="ctl00_ContentBody_uxFindLinksHiddenByThisUser">Fernhollow
Four</a></div><div id="ctl00_ContentBody_mcd2" class="minorCacheDetails">Hidden : 03/14/2021</div></div>
<div id="ctl00_ContentBody_diffTerr" class="CacheStarLabels"><dl><dt>Difficulty:</dt><dd><img alt="1.5 out of 5" src="/images/stars/stars1_5.gif"></dd>
<dt>Terrain:</dt><dd><img alt="1.5 out of 5" src="/images/stars/stars1_5.gif"></dd></dl><div id="ctl00_ContentBody_size" class="CacheSize">
<p>Size: <span class="minorCacheDetails"><img alt="Size: regular" src="/images/icons/container/regular.gif"> <small>(regular)</small></span></p></div></div>
<div class="cache-actions"><a class="btn btn-primary" href="/play/geocache/GC9T4KM/log">${gcActions[0]}</a><button type="button">${gcActions[1]}</button>
<button type="button">${gcActions[2]}</button><a href="#" id="ctl00_ContentBody_lnkSendToGPS">${gcActions[3]}</a></div></div>
<div id="ctl00_ContentBody_LocationSubPanel" class="LocationData"><span id="uxLatLon" class="tex2jax_ignore">N 45° 21.482 W 122° 36.905</span>
<span class="minorDetails">In <a href="/play/search?st=oregon">Oregon, United States</a></span></div>
<div class="UserSuppliedContent"><span id="ctl00_ContentBody_ShortDescription">
${pLines(gcShort)}
</span></div><div class="UserSuppliedContent"><span id="ctl00_ContentBody_LongDescription">
<h3>${gcH1}</h3>
${pLines(gcP1)}
<p><img src="https://img.geocaching.example/cache/large/9f1e-mill.jpg" alt="" width="480"></p>
<h3>${gcH2}</h3>
${pLines(gcP2)}
<h3>${gcH3}</h3>
${pLines(gcP3)}
</span></div>
<div id="div_hint_container"><h3 class="TopSpacing">Additional Hints <small>(<a id="ctl00_ContentBody_lnkDH" href="#">Decrypt</a>)</small></h3>
<div id="div_hint" class="span-8 WrapFix">${gcHint}</div><div id="dk" style="display: block;" class="span-9 last">Decryption Key</div></div>
<div class="CacheDetailsAttributes"><h3 class="WidgetHeader">Attributes</h3><div class="WidgetBody"><img alt="kid friendly"
src="/images/attributes/kids-yes.png">
<img alt="dogs allowed" src="/images/attributes/dogs-yes.png"><img alt="available in winter" src="/images/attributes/winter-yes.png">
<p class="NoSpacing"><small><a href="/about/icons.aspx">What are Attributes?</a></small></p></div></div>
<div id="cache_logs_container"><h3 class="LogsHeader">Logged Visits</h3><p class="LogTotals">118 Found it, 2 Didn't find it, 5 Write note</p>
<table class="LogsTable" id="cache_logs_table"><tbody>${gcLogs
  .map(
    (l, i) => `<tr class="log-row" data-encoded="false"><td><div class="FloatLeft LogDisplayLeft"><p class="logOwnerProfileName"><strong>
<a href="/p/?u=${i}">${l.who}</a></strong></p><p class="logOwnerStats">${l.stats}</p></div><div class="FloatLeft LogDisplayRight">
<div class="HalfLeft LogType"><strong><img alt="" src="/images/logtypes/2.png"> ${l.type}</strong></div>
<div class="HalfRight AlignRight"><span class="minorDetails LogDate">${l.date}</span></div><div class="LogContent"><p class="LogText">${l.text}</p></div>
</div></td></tr>`,
  )
  .join('\n')}</tbody></table><p><a href="/seek/geocache_logs.aspx?code=GC9T4KM">View Logbook</a></p></div></div>
<aside class="span-6 prepend-1 last sidebar"><div class="CacheDetailNavigation NoPrint"><h3 class="WidgetHeader">${gcSide[0]}</h3>
<ul>${links(gcSide.slice(1))}</ul></div><div class="premium-upsell"><h3>${gcPremium[0]}</h3><p>${gcPremium[1]}</p><a href="/premium">${gcPremium[2]}</a></div>
<div class="CacheDetailsInventory"><h3 class="WidgetHeader">${gcInv[0]}</h3><p class="NoSpacing">${gcInv[1]}</p></div>
<div class="BookmarkLists"><h3 class="WidgetHeader">${gcInv[2]}</h3><ul>${links(gcInv.slice(3))}</ul></div></aside></div></main></form>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><p id="onetrust-policy-text">${gcCookie[0]}</p>
</div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">${gcCookie[1]}</button>
<button id="onetrust-pc-btn-handler" class="cookie-setting-link">${gcCookie[2]}</button></div></div>
<footer id="gc-footer" class="gc-footer"><ul class="footer-links">${links(gcFoot)}</ul><p
class="copyright">© 2000-2025 Groundspeak, Inc. All Rights Reserved.</p>
</footer><script src="/play/app/cache-details.bundle.js" defer></script></body></html>`;
const geocache: TestPage = {
  html: gcHtml,
  name: 'heldout201-geocaching-cache-listing',
  kind: 'wiki',
  // the short and long descriptions are the article; the owner and the "Hidden" date are bylines; the difficulty, terrain,
  // size and coordinates panel and the encrypted hint are in neither list; the logs (visitors' comments) are furniture
  title: gcTitle,
  headings: [gcH1, gcH2, gcH3],
  body: texts([...gcShort, ...gcP1, ...gcP2, ...gcP3]),
  bylines: ['A cache by Fernhollow Four', 'Hidden : 03/14/2021'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gcNav, 'GC9T4KM', ...gcActions, 'Additional Hints', 'Decrypt', 'Decryption Key', 'Attributes', 'What are Attributes?', 'Logged Visits',
    "118 Found it, 2 Didn't find it, 5 Write note", ...gcLogs.flatMap((l) => [l.stats, l.date, l.text]), 'mossyboots', 'TeamHeronsNest', 'Found it',
    'Owner Maintenance', 'View Logbook', ...gcSide, ...gcPremium, ...gcInv, ...gcCookie, ...gcFoot, '© 2000-2025 Groundspeak, Inc. All Rights Reserved.',
  ],
};

export const HELDOUT201_C: readonly TestPage[] = [geocache, chessPage];
