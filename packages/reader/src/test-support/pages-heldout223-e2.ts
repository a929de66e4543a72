import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 223, file e2: a community radio station's programme page on WordPress (the "Listen Live" bar with the
 * now-playing ticker, the station menu, the show header with its slot and presenter, the programme description, this week's
 * show notes and the playlist, the "Listen again" archive list, the sidebar with "On air now", "Coming up" and the donation
 * box, the text-us line, the Complianz cookie banner and the footer with licence and charity lines).
 */
const rdTitle = 'Sunday Roots';
const rdP1 = [
  'Two hours of folk, roots and acoustic music from the hills and further afield, with a weekly guest session recorded in our own ' +
    'Studio B. Maggie Crane has presented Sunday Roots since the station’s first weekend on air, and she still picks every track herself.',
  'The show has a simple rule: at least half the music on every programme comes from artists living within fifty miles of the ' +
    'transmitter. Maggie gets sent around forty records a month from local musicians, and she listens to all of them.',
  'Over the years the Studio B sessions have become the heart of the programme. More than two hundred acts have played live on ' +
    'the show, from school folk clubs to touring bands who stopped off on the way to a festival, and several of them have gone on ' +
    'to release records that began as a song first heard here on a Sunday evening.',
];
const rdH1 = 'This week: the Harrowden Lane Band in session';
const rdP2 = [
  'This Sunday the four-piece Harrowden Lane Band drop into Studio B ahead of their album launch at the Corn Exchange. They play ' +
    'three songs live, including a new arrangement of the old Harrowden mill song that they say took them two years to get right, and ' +
    'talk to Maggie about recording the whole album in a barn over one long weekend in August.',
  'Also on the programme: new releases from Orla Finnegan and the Teesdale Fiddlers, a look ahead to the Wyndale Folk Festival in ' +
    'March, and your requests.',
];
const rdH2 = 'Playlist, Sunday 23 November';
const rdPlaylist = [
  'Orla Finnegan – The Lantern Road',
  'Teesdale Fiddlers – Cauldron Reel / Brack Hill',
  'Harrowden Lane Band – Mill Song (live in Studio B)',
  'Harrowden Lane Band – Fen Wind (live in Studio B)',
  'Joel Akinde – Saltwater Hymn',
  'The Garsdale Three – Winter Crossing',
  'Harrowden Lane Band – Last Light at Coldwell (live in Studio B)',
  'Ruth Penhale – The Drover’s Daughter',
];
const rdP3 = ['Requests and dedications are welcome. Send them to Maggie during the show and she will do her best to fit them in.'];
const rdNav = ['Home', 'Schedule', 'Shows', 'Presenters', 'News', 'Events', 'Get Involved', 'Donate'];
const rdAgain = ['Sunday 16 November: Autumn songs special', 'Sunday 9 November: Remembrance', 'Sunday 2 November: The Fiddle Hour'];
const rdFoot = ['About Wyndale FM', 'Advertise with us', 'Volunteer', 'Complaints', 'Privacy Policy', 'Contact'];
const rdHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sunday Roots – Wyndale FM 104.3</title>
<meta name="robots" content="max-image-preview:large"><meta property="og:locale" content="en_GB"><meta property="og:type" content="article">
<meta property="og:title" content="Sunday Roots – Wyndale FM 104.3"><meta property="og:site_name" content="Wyndale FM 104.3">
<link rel="canonical" href="https://wyndalefm.example/shows/sunday-roots/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://wyndalefm.example/shows/sunday-roots/",
"name":"Sunday Roots – Wyndale FM 104.3","datePublished":"2019-03-02T10:00:00+00:00","dateModified":"2025-11-21T16:40:12+00:00"},
{"@type":"RadioStation","name":"Wyndale FM","broadcastFrequency":"104.3 FM"}]}</script>
<link rel="stylesheet" id="radio-station-css" href="https://wyndalefm.example/wp-content/plugins/radio-station/css/radio-station.css?ver=2.5.9" media="all">
<link rel="stylesheet" id="astra-theme-css-css" href="https://wyndalefm.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3" media="all">
<script src="https://wyndalefm.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="show-template-default single single-show postid-214 ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="listen-live-bar"><a class="listen-live-button" href="#player">▶ Listen Live</a><div class="now-playing"><span class="np-label">Now playing:</span>
<span class="np-track">The Breakfast Show with Tom Ashworth</span></div></div>
<div id="page" class="hfeed site"><header id="masthead" class="site-header ast-primary-submenu-animation-fade" role="banner">
<div class="site-branding"><p class="site-title"><a href="https://wyndalefm.example/" rel="home">Wyndale FM 104.3</a></p>
<p class="site-description">Your community station for the dales</p></div>
<nav id="primary-site-navigation-desktop" class="site-navigation" aria-label="Site Navigation"><ul id="ast-hf-menu-1" class="main-header-menu">
${links(rdNav, 'menu-item menu-item-type-post_type')}</ul></nav></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-214 show type-show status-publish has-post-thumbnail ast-article-single" id="post-214">
<div id="show-content" class="show-content"><div class="show-header"><div class="show-avatar">
<img src="https://wyndalefm.example/wp-content/uploads/sunday-roots.jpg"
alt="Sunday Roots logo"></div><div class="show-info"><h1 class="entry-title">${rdTitle}</h1>
<div class="show-times"><span class="show-day">Sundays</span> <span class="show-time">7:00pm – 9:00pm</span></div>
<div class="show-hosts"><span class="show-hosts-label">Presented by</span> <a href="/presenters/maggie-crane/">Maggie Crane</a></div>
<div class="show-genres">Genres: <a href="/genre/folk/">Folk</a>, <a href="/genre/roots/">Roots</a></div></div></div>
<div class="show-description entry-content">
${ps(rdP1)}
<h2 class="wp-block-heading">${rdH1}</h2>
${ps(rdP2)}
<h2 class="wp-block-heading">${rdH2}</h2>
<ol class="wp-block-list">${rdPlaylist.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${ps(rdP3)}
<p class="text-the-studio"><strong>Text the studio:</strong> 07700 900 431 (standard network rates apply)</p>
</div>
<div class="show-episodes"><h3>Listen again</h3><ul>${links(rdAgain)}</ul><p class="listen-again-note">Episodes stay online for 28 days after broadcast.</p>
</div>
</div></article></main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="radio_current_show-2" class="widget current-show-widget"><h2 class="widget-title">On air now</h2>
<div class="current-show-title">The Breakfast Show</div>
<div class="current-show-hosts">with Tom Ashworth</div></aside>
<aside id="radio_upcoming_shows-2" class="widget upcoming-shows-widget"><h2 class="widget-title">Coming up</h2><ul>
<li><span class="upcoming-show-time">10:00am</span> <a href="/shows/dales-today/">Dales Today</a></li>
<li><span class="upcoming-show-time">12:00pm</span> <a href="/shows/lunchtime-requests/">Lunchtime Requests</a></li></ul></aside>
<aside id="block-7" class="widget widget_block"><h2 class="widget-title">Keep us on air</h2><p>Wyndale FM is run entirely by volunteers.
A donation of £5 a month keeps us broadcasting for an hour.</p><p><a class="wp-block-button__link" href="/donate/">Donate now</a></p></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon" role="contentinfo"><div class="footer-widgets"><ul class="menu">${links(rdFoot)}</ul>
<p>Wyndale FM is a community radio station licensed by Ofcom. Registered charity no. 1187734.</p></div>
<div class="ast-small-footer"><p>Copyright © 2025 Wyndale FM 104.3 | Powered by Astra WordPress Theme</p></div></footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-message-title-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://wyndalefm.example/wp-content/plugins/radio-station/js/radio-station.js?ver=2.5.9" id="radio-station-js"></script></body></html>`;
export const radioProgramme: TestPage = {
  html: rdHtml,
  name: 'heldout223-community-radio-programme',
  kind: 'blog',
  // the description, this week's notes, the playlist items and the requests line are the article; the slot, presenter and
  // genres line are bylines / furniture; the text-the-studio line, listen-again archive and sidebar widgets are furniture
  title: rdTitle,
  headings: [rdH1, rdH2],
  body: [...texts(rdP1), ...texts(rdP2), ...rdPlaylist, ...texts(rdP3)],
  bylines: ['Presented by Maggie Crane', 'Sundays 7:00pm – 9:00pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', '▶ Listen Live', 'Now playing:', 'The Breakfast Show with Tom Ashworth', 'Wyndale FM 104.3', 'Your community station for the dales',
    ...rdNav, 'Genres: Folk, Roots', 'Text the studio: 07700 900 431 (standard network rates apply)', 'Listen again', ...rdAgain,
    'Episodes stay online for 28 days after broadcast.', 'On air now', 'The Breakfast Show', 'with Tom Ashworth', 'Coming up', '10:00am', 'Dales Today',
    '12:00pm', 'Lunchtime Requests', 'Keep us on air', 'Wyndale FM is run entirely by volunteers. A donation of £5 a month keeps us broadcasting for an hour.',
    'Donate now', ...rdFoot, 'Wyndale FM is a community radio station licensed by Ofcom. Registered charity no. 1187734.',
    'Copyright © 2025 Wyndale FM 104.3 | Powered by Astra WordPress Theme', 'Manage Cookie Consent', 'We use cookies to optimise our website and our service.',
    'Accept', 'Deny', 'View preferences',
  ],
};
