import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 189, file f2: a community radio station's programme page on WordPress with the Radio Station plugin (the
 * sticky "Listen Live" player bar with "Now Playing", the header with the donate button, the main menu, the show header with
 * its time slot, genres and presenter links, the show description and last week's playlist, the "Latest Episodes" list with
 * Mixcloud embeds, the "On Air Now" and "Up Next" sidebar widgets, the support box, the Ofcom licence line in the footer and
 * the Complianz cookie banner).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim());
const rdTitle = 'The Saturday Kitchen Table';
const rdP1 = paras(`
Every Saturday morning, Nadia Brennan and Owen Pike pull up a chair at the kitchen table and invite Kelworth to join them.
Two hours of music, local news, phone-ins and conversation with the people who make our town tick, from the woman who has
run the market's cheese stall for forty years to the teenagers behind the new skate park campaign.

The show began in 2019 as a one-off for Kelworth's food festival and has grown into one of the most listened-to programmes on
the station. Every week Owen cooks something live in the studio kitchen, usually with an ingredient suggested by a listener,
and every week Nadia tells him how it could have been better.

In the second hour the table is cleared for a guest. Recent visitors have included the volunteers who restored the
bandstand in Victoria Park, a retired lollipop man who helped three generations of children across Mill Street, and the
under-elevens girls' football team, who brought their league trophy and very nearly dropped it on the mixing desk.`);
const rdH1 = 'Regular features';
const rdFeatures = [
  'The Nine O’Clock Neighbour: a ten-minute chat with someone from a different part of the district each week.',
  'What’s Cooking: Owen’s live recipe, published on this page after the show.',
  'The Lost and Found: lost pets, found keys and the occasional missing bicycle, read out at 11.30.',
  'Kelworth Sounds: a track from a local band or choir, chosen by listeners.',
];
const rdH2 = 'Get in touch';
const rdP2 = paras(`
Text the studio on 07700 900 316 during the show, or email kitchentable@kelworthfm.example at any time. If you would like
to come in as a guest, or know someone with a story to tell, Nadia and Owen would love to hear from you.`);
const rdH3 = 'Last week’s playlist';
const rdPlaylist = [
  'The Lantern Sisters, "Harbour Lights"',
  'Mossgrove Community Choir, "Come Down to the River"',
  'Del Ashworth and the Riverside Band, "Saturday Morning"',
  'Kitty Obi, "Blue Kettle"',
  'The Half Past Fours, "Market Day"',
];
const rdPlayer = ['Listen Live', 'Now Playing:', 'The Saturday Kitchen Table with Nadia and Owen', 'Pause', 'Volume'];
const rdHeader = ['Kelworth FM', '104.7 FM and online', 'Donate'];
const rdNav = ['Home', 'Schedule', 'Shows', 'Presenters', 'Podcasts', 'Get Involved', 'Advertise', 'Contact'];
const rdShowMeta = ['Saturdays, 10:00am - 12:00pm', 'Genres:', 'Magazine', 'Local Music', 'Food', 'Presented by', 'Nadia Brennan', 'Owen Pike'];
const rdEpisodes = [
  'Latest Episodes',
  'The Saturday Kitchen Table - 29 November 2026',
  'The Saturday Kitchen Table - 22 November 2026',
  'The Saturday Kitchen Table - 15 November 2026',
  'View all episodes',
];
const rdSide = [
  'On Air Now',
  'Morning Commute with Jas',
  '7:00am - 10:00am',
  'Up Next',
  'Sunday Soul Kitchen',
  'Sunday, 12:00pm - 2:00pm',
  'Support Kelworth FM',
  'We are run entirely by volunteers. A monthly gift of £5 keeps us on air.',
  'Become a supporter',
];
const rdFoot = [
  'Kelworth FM is licensed by Ofcom as a community radio station.',
  'Registered charity number 1178442',
  'Privacy Policy',
  'Complaints',
  'Accessibility',
];
const rdCookie = ['Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences', 'Cookie Policy'];
const rdHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rdTitle} – Kelworth FM</title><meta name="description" content="Music, local news and conversation every Saturday morning.">
<link rel="canonical" href="https://kelworthfm.example/show/the-saturday-kitchen-table/"><meta property="og:type" content="article">
<link rel="stylesheet" id="radio-station-shows-css" href="https://kelworthfm.example/wp-content/plugins/radio-station/css/rs-shows.css?ver=2.5.7">
<link rel="stylesheet" id="cmplz-general-css" href="https://kelworthfm.example/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"RadioSeries","name":"${rdTitle}",
"url":"https://kelworthfm.example/show/the-saturday-kitchen-table/","actor":[{"@type":"Person","name":"Nadia Brennan"}]}</script>
<script src="https://kelworthfm.example/wp-content/plugins/radio-station/js/radio-player.js?ver=2.5.7" id="radio-player-js"></script></head>
<body class="show-template-default single single-show postid-812">
<div class="radio-container radio-station-player sticky-player" id="radio_player_bar" role="region" aria-label="Radio player">
<button class="rp-play-pause-button" aria-label="Play">${rdPlayer[0]}</button>
<div class="rp-now-playing"><span class="rp-label">${rdPlayer[1]}</span> <span class="rp-show-title">${rdPlayer[2]}</span></div>
<span class="screen-reader-text">${rdPlayer[3]}</span><div class="rp-volume-controls"><span class="screen-reader-text">${rdPlayer[4]}</span>
<input type="range" class="rp-volume-slider" min="0" max="100"></div><audio id="radio_player_audio" preload="none"></audio></div>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">${rdHeader[0]}</a></p>
<p class="site-description">${rdHeader[1]}</p></div><a href="/donate/" class="header-donate button">${rdHeader[2]}</a>
<nav id="site-navigation" class="main-navigation" aria-label="Primary Menu"><ul id="primary-menu" class="menu">${links(rdNav, 'menu-item')}</ul></nav></header>
<div id="content" class="site-content"><main id="primary" class="site-main">
<article id="post-812" class="post-812 show type-show status-publish has-post-thumbnail">
<div id="show-content" class="show-content"><div id="show-header" class="show-header-default">
<div class="show-avatar"><img src="/wp-content/uploads/2026/01/kitchen-table.jpg" alt="${rdTitle}"></div>
<div class="show-controls"><h1 class="entry-title show-title">${rdTitle}</h1>
<div class="show-times"><span class="show-day-time">${rdShowMeta[0]}</span></div>
<div class="show-genres"><span class="show-meta-label">${rdShowMeta[1]}</span> <a href="/genre/magazine/">${rdShowMeta[2]}</a>,
<a href="/genre/local-music/">${rdShowMeta[3]}</a>, <a href="/genre/food/">${rdShowMeta[4]}</a></div>
<div class="show-hosts"><span class="show-meta-label">${rdShowMeta[5]}</span> <a href="/host/nadia-brennan/">${rdShowMeta[6]}</a> and
<a href="/host/owen-pike/">${rdShowMeta[7]}</a></div></div></div>
<div id="show-description" class="show-description">
${ps(rdP1)}
<h3>${rdH1}</h3>
<ul>${rdFeatures.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3>${rdH2}</h3>
${ps(rdP2)}
<h3>${rdH3}</h3>
<ol class="playlist">${rdPlaylist.map((t) => `<li>${t}</li>`).join('\n')}</ol>
</div>
<div id="show-episodes" class="show-tab"><h3 class="show-section-title">${rdEpisodes[0]}</h3><ul class="show-episode-list">
${rdEpisodes
  .slice(1, 4)
  .map(
    (t) => `<li class="show-episode"><a href="/episode/${t.length}/">${t}</a><iframe src="https://player-widget.mixcloud.example/widget/iframe/"
title="${t}" height="60"></iframe></li>`,
  )
  .join('\n')}</ul><a href="/show/the-saturday-kitchen-table/episodes/" class="button">${rdEpisodes[4]}</a></div>
</div></article></main>
<aside id="secondary" class="widget-area"><section class="widget current-show-widget"><h2 class="widget-title">${rdSide[0]}</h2>
<div class="current-show-title">${rdSide[1]}</div><div class="current-show-shifts">${rdSide[2]}</div></section>
<section class="widget upcoming-shows-widget"><h2 class="widget-title">${rdSide[3]}</h2><div class="upcoming-show-title">${rdSide[4]}</div>
<div class="upcoming-show-schedule">${rdSide[5]}</div></section>
<section class="widget widget_block support-box"><h2 class="widget-title">${rdSide[6]}</h2><p>${rdSide[7]}</p>
<a class="wp-block-button__link" href="/support/">${rdSide[8]}</a></section></aside></div>
<footer id="colophon" class="site-footer"><p>${rdFoot[0]}</p><p>${rdFoot[1]}</p><ul class="footer-menu">${links(rdFoot.slice(2))}</ul></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true"
role="dialog"><div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">${rdCookie[0]}</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin"><p>${rdCookie[1]}</p></div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">${rdCookie[2]}</button><button class="cmplz-btn cmplz-deny">${rdCookie[3]}</button>
<button class="cmplz-btn cmplz-view-preferences">${rdCookie[4]}</button></div>
<div class="cmplz-links cmplz-documents"><a class="cmplz-link cookie-statement" href="/cookie-policy-uk/">${rdCookie[5]}</a></div></div></div>
</body></html>`;

export const radioPage: TestPage = {
  name: 'heldout189-radio-station-programme-page',
  kind: 'blog',
  html: rdHtml,
  title: rdTitle,
  headings: [rdH1, rdH2, rdH3],
  body: texts([...rdP1, ...rdFeatures, ...rdP2, ...rdPlaylist]),
  bylines: rdShowMeta.slice(5),
  furniture: [...new Set([...rdPlayer, ...rdHeader, ...rdNav, ...rdShowMeta.slice(0, 5), ...rdEpisodes, ...rdSide, ...rdFoot, ...rdCookie])],
};
