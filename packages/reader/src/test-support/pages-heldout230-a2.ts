import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 230, file a2: an IEEE Spectrum news story on the RebelMouse template. */
const title = 'Sodium Batteries Take the Night Shift at a Dutch Grid Substation';
const dek = 'A 40-megawatt-hour pack built without lithium or cobalt has now run through a full winter of daily cycling';
const p1 = [
  'When the grid operator Noordnet switched on its storage yard at the Harlingen substation last October, engineers expected the ' +
    'sodium-ion cells to lose a noticeable slice of capacity by spring. They did not. After 164 full charge-and-discharge cycles, ' +
    'the 40-megawatt-hour installation still delivers 98.7 percent of the energy it held on the first day, according to data the ' +
    'company released this week.',
  'The yard, supplied by the Eindhoven start-up Zoutcel, is one of the first grid-scale systems in Europe to use sodium chemistry ' +
    'rather than lithium iron phosphate. It soaks up surplus wind power from the Wadden coast overnight and releases it during the ' +
    'morning demand peak, when the regional network is most congested.',
];
const h1 = 'Why sodium, why now';
const p2 = [
  'Sodium-ion cells store less energy per kilogram than lithium-ion cells, which has kept them out of most electric cars. For a ' +
    'battery that sits on a concrete pad, weight matters far less than cost, safety and the security of the supply chain. ' +
    '<a href="https://spectrum.ieee.example/sodium-ion">Sodium is abundant</a>, and Zoutcel’s cathodes use iron and manganese ' +
    'instead of nickel or cobalt.',
  '“We were not trying to make a point about chemistry,” says Marleen Hofstede, who leads asset planning at Noordnet. “We ' +
    'wanted a battery we could buy from a European factory, with a price that does not swing every time a mine in another ' +
    'continent has a bad quarter.”',
  'Hofstede says the sodium system cost roughly 15 percent less per kilowatt-hour than the lithium bids the operator received, ' +
    'once fire suppression and the longer warranty were included.',
];
const h2 = 'Cold weather was the real test';
const p3 = [
  'Lithium batteries lose power in the cold and often need heaters to keep them in their comfort zone. Sodium cells tolerate low ' +
    'temperatures better, and the Harlingen yard saw several nights below minus 8 °C in January. The system’s thermal management ' +
    'drew 41 percent less energy over the winter than Noordnet had budgeted for an equivalent lithium installation.',
  'The cells are not flawless. Zoutcel’s engineers found that two of the 96 racks drifted out of balance in December, because a ' +
    'firmware update changed how the battery management system estimated state of charge at low currents. The fix took a week to ' +
    'roll out, and during that time the two racks were taken offline.',
];
const h3 = 'What comes next';
const p4 = [
  'Noordnet plans a second, 120-megawatt-hour yard near Delfzijl in 2027 and has asked bidders to quote for both chemistries. ' +
    'Analysts are watching closely, because a grid operator’s long-term data carries more weight with banks than a manufacturer’s ' +
    'own test results.',
  'Anouk Verbeek, an energy-storage researcher at the Technical University of Twente who is not involved in the project, says the ' +
    'numbers are encouraging but early. “One winter is one winter,” she says. “The question for any stationary battery is what it ' +
    'looks like after ten years. Ask me again in 2030.”',
];
const ieeeBar = ['IEEE.org', 'IEEE Xplore Digital Library', 'IEEE Standards', 'More Sites', 'Sign In', 'Join IEEE'];
const topics = [
  'Aerospace',
  'AI',
  'Biomedical',
  'Climate Tech',
  'Computing',
  'Consumer Electronics',
  'Energy',
  'Robotics',
  'Semiconductors',
  'Telecommunications',
];
const types = ['Features', 'News', 'Opinion', 'Podcasts', 'Videos', 'Newsletters'];
const tags = ['sodium-ion batteries', 'grid storage', 'energy storage', 'netherlands', 'battery management'];
const related = ['Iron-Air Batteries Are Finally Leaving the Lab', 'The Grid Needs Batteries That Last a Week', 'China’s Sodium-Ion Cars Hit the Road'];
const relatedMeta = ['4 min read', '9 min read', '3 min read'];
const foot = ['About IEEE Spectrum', 'Contact & Support', 'Reprints & Permissions', 'Advertising', 'Accessibility', 'Nondiscrimination Policy', 'Privacy'];
const caption = 'Ninety-six battery racks stand in rows at Noordnet’s Harlingen substation storage yard.';
const credit = 'Noordnet';
const bio = 'Jorien Smeets is a freelance writer based in Groningen who covers energy and materials.';
const printNote = 'This article appears in the May 2025 print issue as “Salt Power for the Grid.”';
const cookie =
  'IEEE websites place cookies on your device to give you the best user experience. By using our websites, you agree to the ' +
  'placement of these cookies. To learn more, read our Privacy Policy.';
const newsText = 'Get the latest technology news in your inbox';
const copy = '© Copyright 2025 IEEE — All rights reserved. Use of this Web site signifies your agreement to the IEEE Terms and Conditions.';
const about =
  'IEEE Spectrum is the flagship publication of the IEEE — the world’s largest professional organization devoted to engineering ' + 'and applied sciences.';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Sodium Batteries Take the Night Shift at a Dutch Grid Substation - IEEE Spectrum</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${dek}">
<meta property="og:title" content="${title}"><meta property="og:type" content="article"><meta property="og:site_name" content="IEEE Spectrum">
<meta name="author" content="Jorien Smeets"><meta property="article:published_time" content="2025-03-12T14:00:02+00:00">
<link rel="canonical" href="https://spectrum.ieee.example/sodium-battery-grid-storage-netherlands">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}",
"author":[{"@type":"Person","name":"Jorien Smeets"}],"datePublished":"2025-03-12T14:00:02Z",
"publisher":{"@type":"Organization","name":"IEEE Spectrum"}}</script>
<script>window.REBELMOUSE_BOOTSTRAP_DATA={"siteId":20265424,"pageType":"post","postId":2671194013};</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
<link rel="stylesheet" href="https://spectrum.ieee.example/static/css/main.css"></head>
<body class="post-page rm-page-post rm-layout-default"><div id="sticky-container" class="rm-stats-tracked">
<div class="ieee-global-bar"><ul class="ieee-global-bar__list">${links(ieeeBar, 'ieee-global-bar__item')}</ul></div>
<header class="rebellt-item col rm-header"><div class="rm-header__logo"><a href="/" aria-label="IEEE Spectrum home">
<span class="logo-title">IEEE Spectrum</span><span class="logo-tagline">FOR THE TECHNOLOGY INSIDER</span></a></div>
<nav class="rm-main-menu" aria-label="Main"><div class="topics-dropdown"><span class="topics-dropdown__label">Topics</span>
<ul class="topics-dropdown__list">${links(topics, 'rm-menu-item')}</ul></div><div class="type-dropdown"><span class="type-dropdown__label">Type</span>
<ul class="type-dropdown__list">${links(types, 'rm-menu-item')}</ul></div></nav>
<form class="search-form" role="search"><label for="search-input" class="sr-only">Search:</label><input id="search-input" type="search"></form>
</header>
<div class="ad-tag"><span class="ad-tag__label">Advertisement</span><div id="div-gpt-ad-leaderboard" data-ad-slot="/1011/spectrum/post/top"></div></div>
<main class="rm-main"><article class="widget widget--post" data-post-id="2671194013" data-post-url="/sodium-battery-grid-storage-netherlands">
<div class="widget__head"><div class="widget__section"><a class="post-tags-primary-link" href="/topic/energy/">Energy</a>
<span class="widget__type">News</span></div>
<h1 class="widget__headline h1">${title}</h1>
<h2 class="widget__subheadline"><span class="widget__subheadline-text">${dek}</span></h2>
<div class="widget__head-meta"><div class="social-author"><a class="social-author__name" href="/u/jorien-smeets">Jorien Smeets</a></div>
<div class="social-date"><span class="social-date__text">12 Mar 2025</span></div><span class="post-read-time">4 min read</span></div>
<div class="share-bar share-bar--top"><span class="share-bar__label">Share this story</span>
<a class="share-facebook" href="#" aria-label="Share on Facebook"></a><a class="share-twitter" href="#" aria-label="Share on X"></a>
<a class="share-linkedin" href="#" aria-label="Share on LinkedIn"></a><a class="share-email" href="#" aria-label="Share by email"></a></div></div>
<div class="widget__body clearfix"><div class="body-description">
<p class="shortcode-media shortcode-media-rebelmouse-image"><img class="rm-shortcode" data-rm-shortcode-id="a91"
src="https://spectrum.ieee.example/media-library/yard.jpg"
alt="Rows of white battery cabinets on a concrete pad"><small class="image-media media-caption" placeholder="Add Photo Caption...">${caption}</small>
<small class="image-media media-photo-credit" placeholder="Add Photo Credit...">${credit}</small></p>
${ps(p1)}
<h3>${h1}</h3>
${ps(p2)}
<div class="ad-tag ad-tag--inline"><span class="ad-tag__label">Advertisement</span><div id="div-gpt-ad-inread"
data-ad-slot="/1011/spectrum/post/inread"></div></div>
<h3>${h2}</h3>
${ps(p3)}
<h3>${h3}</h3>
${ps(p4)}
<p><em>${printNote}</em></p>
</div>
<div class="post-author-bio"><p class="post-author-bio__text">${bio}</p></div>
<div class="post-tags"><span class="post-tags__label">Topics</span><ul class="post-tags__list">${links(tags, 'post-tags__item')}</ul></div>
<div class="share-bar share-bar--bottom"><span class="share-bar__label">Share this story</span></div></div>
<div class="rm-comments" data-widget="comments"><h3 class="rm-comments__title">The Conversation (0)</h3>
<button class="rm-comments__sort" type="button">Sort by</button><span class="rm-comments__empty">Be the first to comment</span></div>
</article>
<section class="related-stories"><h2 class="related-stories__title">Related Stories</h2><ul class="related-stories__list">
${related.map((t, i) => `<li><a class="widget__headline-text" href="/r${i}">${t}</a><span class="post-read-time">${relatedMeta[i]}</span></li>`).join('\n')}
</ul></section>
<div class="keep-reading hidden" aria-hidden="true"><button type="button">Keep Reading ↓</button><span>Show less</span></div>
<aside class="newsletter-signup"><h3 class="newsletter-signup__title">${newsText}</h3><p>Subscribe to IEEE Spectrum’s newsletters</p>
<form><label for="nl-email">Email address</label><input id="nl-email" type="email"><button type="submit">Sign up</button></form></aside>
</main>
<footer class="rm-footer"><div class="rm-footer__brand">IEEE Spectrum</div><ul class="rm-footer__links">${links(foot, 'rm-footer__item')}</ul>
<p class="rm-footer__about">${about}</p><p class="rm-footer__copyright">${copy}</p></footer>
<div id="truste-consent-track" class="truste-banner" role="dialog" aria-label="Cookie notice"><p id="truste-consent-text">${cookie}</p>
<button id="truste-consent-button" type="button">Accept &amp; Close</button></div>
</div><script src="https://spectrum.ieee.example/static/js/main.js" defer></script></body></html>`;

export const ieeeSpectrum: TestPage = {
  name: 'heldout230-ieee-spectrum-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([dek, ...p1, ...p2, ...p3, ...p4]),
  bylines: ['Jorien Smeets', '12 Mar 2025', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ieeeBar, 'IEEE Spectrum', 'FOR THE TECHNOLOGY INSIDER', 'Topics', ...topics, 'Type', ...types, 'Search:', 'Advertisement', 'Share this story',
    caption, credit, printNote, bio, ...tags, 'The Conversation (0)', 'Sort by', 'Be the first to comment', 'Related Stories', ...related, '9 min read',
    '3 min read', 'Keep Reading ↓', 'Show less', newsText, 'Subscribe to IEEE Spectrum’s newsletters', 'Email address', 'Sign up', ...foot, about, copy,
    cookie, 'Accept & Close',
  ],
};
