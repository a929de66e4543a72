import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout344-kit.js';

/**
 * Held-out batch 344, file e: a BBC Sounds-style episode page (orb header and footer, cookie prompt, Sounds navigation,
 * herospace with the programme link, episode title, release and availability lines, play and share buttons, the long
 * synopsis with its credits line, "More episodes" and "You might also like" rails) and a podcast network's show page
 * built with Elementor (sections, heading, text-editor, button, icon-list and posts widgets: about text, host bios,
 * listen-on buttons, latest-episodes grid, ad-free membership promo, newsletter form, footer).
 */
const cTitle = 'The Ferry That Never Stopped';
const cSyn = [
  j(
    'For ninety years the chain ferry at Quell Sound has crossed four hundred metres of tidal water every twenty minutes,',
    'from first light until ten at night. It has carried funerals and wedding parties, tractors and ice-cream vans, and',
    'once, famously, a circus elephant who refused to get off on the far side.',
  ),
  j(
    'Now the county council wants to replace it with a bridge. The ferry costs more to run every year, the chains need',
    'replacing, and the crossing is the last one of its kind in the region. Supporters say a bridge would double the',
    'traffic through both villages and end something that cannot be rebuilt once it is gone.',
  ),
  j(
    'Wyn Carradock spends a day on board with skipper Ellis Morrow, who has worked the crossing for thirty-one years, and',
    'hears from the passengers who depend on it: the district nurse who crosses eight times a day, the schoolchildren who',
    'do their homework on the bench by the wheelhouse, and the retired engineer who has drawn up his own plans to save it.',
  ),
  j(
    'The council’s consultation closes in January, and the decision will be taken in the spring. Both sides agree on',
    'one thing: whatever happens, the crossing will never be quite the same, and the people who use it every day have',
    'only a few months left to make their case.',
  ),
  j(
    'Along the way, Wyn learns how a chain ferry actually works, why it is steered by the tide as much as by the engine,',
    'and what happened on the one night in 1963 when the chain snapped in mid-channel.',
  ),
];
const cCredits = 'Presenter: Wyn Carradock. Producer: Ottilie Brask. A Larchmoor Audio production for BBC Radio 4.';
const cOrb = ['Home', 'News', 'Sport', 'Weather', 'iPlayer', 'Sounds', 'Bitesize'];
const cSounds = ['Music', 'Podcasts', 'Radio', 'My Sounds'];
const cMore = ['The Last Lock-Keeper', 'A Pier Without a Town', 'Night Bus to Tarrow'];
const cLike = ['Costing the Earth', 'Open Country', 'The Kitchen Cabinet'];
const cFoot = [
  'Terms of Use',
  'About the BBC',
  'Privacy Policy',
  'Cookies',
  'Accessibility Help',
  'Parental Guidance',
  'Contact the BBC',
  'Get Personalised Newsletters',
  'Why you can trust the BBC',
  'Advertise with us',
];
const bbcHtml = `<!DOCTYPE html><html lang="en-GB" class="b-reith-sans-font"><head><meta charset="utf-8">
<title>BBC Radio 4 - Crossings, ${cTitle}</title><meta name="description" content="Wyn Carradock spends a day on the chain ferry at Quell Sound.">
<meta property="og:site_name" content="BBC Sounds"><meta property="og:type" content="music.radio_station"><link rel="canonical"
href="https://www.bbc.co.uk/sounds/play/m002k7qz">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"RadioEpisode","name":"${cTitle}",
"partOfSeries":{"@type":"RadioSeries","name":"Crossings"},
"publication":{"@type":"BroadcastEvent","startDate":"2026-11-22T11:30:00Z","publishedOn":{"@type":"BroadcastService","name":"BBC Radio 4"}}}</script>
<script>window.__PRELOADED_STATE__ = {"modules":{"data":[{"id":"more_episodes"}]},"programmes":{"current":{"id":"m002k7qz"}}};</script>
<link rel="stylesheet" href="https://sounds.files.bbci.example/3.4.1/main.css"></head>
<body class="sounds"><div id="bbccookies" class="bbccookies-banner" role="region" aria-label="Cookie banner"><h2 class="cookie-title">Let us know you agree to
cookies</h2><p>We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.</p>
<button id="bbccookies-continue-button">Yes, I agree</button><a href="/usingthebbc/cookies/">No, take me to settings</a></div>
<header id="orb-banner" role="banner"><div class="orb-nav-section orb-nav-blocks"><a href="https://www.bbc.co.uk" aria-label="BBC Homepage">BBC</a></div>
<div class="orb-nav-section orb-nav-id"><a id="idcta-link" href="/account"><span id="idcta-username">Sign in</span></a></div>
<nav role="navigation" aria-label="BBC" class="orb-nav-section orb-nav-links"><ul>${links(cOrb, 'orb-nav-link')}</ul></nav></header>
<div id="main" class="sc-o-scrollable"><nav class="sc-c-nav" aria-label="Sounds"><ul class="sc-c-nav__list">${links(cSounds, 'sc-c-nav__item')}</ul></nav>
<main id="main-content"><section class="sc-c-herospace" data-bbc-container="herospace"><div class="sc-c-herospace__image-wrapper"><img
class="sc-c-herospace__image" alt="" src="https://ichef.bbci.example/images/ic/640x640/p0k7ferry.jpg"></div>
<div class="sc-c-herospace__details"><div class="sc-c-herospace__details-titles"><a class="sc-c-herospace__details-titles-primary sc-u-truncate"
href="/sounds/brand/m002crossings">Crossings</a>
<h1 class="sc-c-herospace__details-titles-secondary gel-double-pica-bold">${cTitle}</h1></div>
<div class="sc-c-herospace__details-data"><p class="sc-c-herospace__details-network">BBC Radio 4</p>
<p class="sc-c-episode__metadata__data">Released On: 22 Nov 2026</p><p class="sc-c-episode__metadata__data">Available for over a year</p></div>
<div class="sc-c-herospace__actions"><button class="sc-c-herospace__play-button" aria-label="Play"><span class="sc-c-playable__label">Play</span>
<span class="sc-c-playable__duration">28 mins</span></button><button class="sc-c-follow-button">Follow</button>
<button class="sc-c-share-button" aria-label="Share">Share</button></div></div></section>
<section class="sc-c-synopsis" data-bbc-container="synopsis"><div class="sc-c-synopsis__short"><p class="sc-c-synopsis__text">The last chain ferry on the coast
faces its final season.</p></div><div class="sc-c-synopsis__long sc-u-synopsis-expanded">
${ps(cSyn, ' class="sc-c-synopsis__paragraph"')}
<p class="sc-c-synopsis__paragraph">${cCredits}</p></div><button class="sc-c-synopsis__toggle">Show less</button></section>
<section class="sc-c-module" data-bbc-container="more_episodes"><h2 class="sc-c-module__title">More episodes</h2>
<ul class="sc-c-list">${links(cMore, 'sc-c-list__item')}</ul><a class="sc-c-module__see-all" href="/sounds/brand/m002crossings">See all episodes</a></section>
<section class="sc-c-module" data-bbc-container="recommendations"><h2 class="sc-c-module__title">You might also like</h2>
<ul class="sc-c-list">${links(cLike, 'sc-c-list__item')}</ul></section></main></div>
<footer id="orb-footer" role="contentinfo"><div class="orb-footer-inner"><ul class="orb-footer-links">${links(cFoot, 'orb-footer-link')}</ul>
<p class="orb-footer-copyright">Copyright © 2026 BBC. The BBC is not responsible for the content of external sites. Read about our approach to external
linking.</p></div></footer>
<script src="https://sounds.files.bbci.example/3.4.1/main.js" defer></script></body></html>`;
const bbcSounds: TestPage = {
  name: 'heldout344-bbc-sounds-episode-news',
  kind: 'news',
  html: bbcHtml,
  title: cTitle,
  headings: [],
  body: texts(cSyn),
  bylines: ['Released On: 22 Nov 2026', cCredits],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Let us know you agree to cookies', 'We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.',
    'Yes, I agree', 'No, take me to settings', 'Sign in', ...cOrb, ...cSounds, 'Crossings', 'BBC Radio 4', 'Available for over a year', 'Play', '28 mins',
    'Follow', 'Share', 'The last chain ferry on the coast faces its final season.', 'Show less', 'More episodes', ...cMore, 'See all episodes',
    'You might also like', ...cLike, ...cFoot,
    'Copyright © 2026 BBC. The BBC is not responsible for the content of external sites. Read about our approach to external linking.',
  ],
};

const hTitle = 'Unmapped';
const hAbout = [
  j(
    'Every town has a place that is not on the map: a footpath the council forgot, a shop that closed in 1972 but still has',
    'its sign, a field everyone calls by a name no document has ever recorded. Unmapped goes looking for them.',
  ),
  j(
    'Each fortnight, hosts Sabine Orrey and Kwame Delacourt pick one listener’s suggestion and spend a week finding out',
    'everything they can. They knock on doors, dig through archives and occasionally get stuck in hedges, and they come',
    'back with a story about how places get their names, lose them and sometimes win them back.',
  ),
  j(
    'The show began as a segment on community radio in Tollbridge and joined the network in 2024. It has since visited',
    'sixty places in nine countries, and one episode led to a lost chapel being added to the national heritage register.',
  ),
  j(
    'Listeners can suggest a place through the form on our website. The only rules are that it has to be somewhere you',
    'can stand, and that there has to be a question about it that nobody nearby can quite answer.',
  ),
];
const hHosts = [
  j(
    'Sabine Orrey is a former map librarian and the author of a guide to the old parish boundaries of the western',
    'counties. She collects railway timetables and will tell you about them if you let her.',
  ),
  j(
    'Kwame Delacourt is a radio producer and walker who has completed every long-distance trail in the country at least',
    'once, and one of them backwards. He is in charge of the snacks.',
  ),
];
const hMenu = ['Shows', 'Live Tour', 'Membership', 'Merch', 'Advertise', 'About Us'];
const hListen = ['Apple Podcasts', 'Spotify', 'YouTube', 'Overcast', 'RSS'];
const hEps = [
  ['The Street With Two Names', 'Nov 24, 2026'],
  ['Who Owns the Village Green?', 'Nov 10, 2026'],
  ['A Ford, a Bridge and a Grudge', 'Oct 27, 2026'],
] as const;
const el = (
  type: string,
  inner: string,
): string => `<div class="elementor-element elementor-widget elementor-widget-${type}" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const hollowHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Unmapped – Hollowpine Media</title>
<meta name="description" content="Unmapped is a podcast about the places that are not on the map, from Hollowpine Media.">
<link rel="stylesheet" id="elementor-frontend-css" href="https://hollowpine.example/wp-content/plugins/elementor/assets/css/frontend.min.css">
<link rel="stylesheet" id="elementor-post-118-css" href="https://hollowpine.example/wp-content/uploads/elementor/css/post-118.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"PodcastSeries","name":"Unmapped",
"publisher":{"@type":"Organization","name":"Hollowpine Media"}}</script>
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.25.4",
"urls":{"assets":"/wp-content/plugins/elementor/assets/"}};</script></head>
<body class="page-template-elementor_header_footer page page-id-118 elementor-default elementor-page elementor-page-118">
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container elementor-column-gap-default">
${el('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/hollowpine-logo.svg" alt="Hollowpine Media"></a>')}
${el('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(hMenu, 'menu-item')}</ul></nav>`)}
${el(
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="/membership/">
<span class="elementor-button-text">Join Hollowpine+</span></a>
<a class="elementor-button elementor-button-link elementor-size-sm" href="/membership/"><span class="elementor-button-text">Join Hollowpine+</span></a>`,
)}
</div></section></div>
<div data-elementor-type="wp-page" data-elementor-id="118" class="elementor elementor-118">
<section class="elementor-section elementor-top-section elementor-section-full_width show-hero"><div class="elementor-container">
${el('heading', '<p class="elementor-heading-title elementor-size-small">A Hollowpine Original</p>')}
${el('heading', `<h1 class="elementor-heading-title elementor-size-xxl">${hTitle}</h1>`)}
${el('heading', '<p class="elementor-heading-title elementor-size-medium">Every place has a story. Some of them are not written down.</p>')}
${el(
  'icon-list',
  `<ul class="elementor-icon-list-items elementor-inline-items">${hListen
    .map(
      (t) => `<li class="elementor-icon-list-item"><a href="#">
<span class="elementor-icon-list-text">${t}</span></a></li>`,
    )
    .join('\n')}</ul>`,
)}
</div></section>
<section class="elementor-section elementor-top-section"><div class="elementor-container">
${el('heading', '<h2 class="elementor-heading-title elementor-size-large">About the Show</h2>')}
${el('text-editor', ps(hAbout))}
${el('heading', '<h2 class="elementor-heading-title elementor-size-large">Meet the Hosts</h2>')}
${el(
  'image',
  `<img src="/wp-content/uploads/hosts.jpg" alt="Sabine Orrey and Kwame Delacourt"><figcaption class="widget-image-caption
wp-caption-text">Sabine and Kwame on location in Tollbridge. Photo: Hollowpine Media</figcaption>`,
)}
${el('text-editor', ps(hHosts))}
</div></section>
<section class="elementor-section elementor-top-section latest-episodes"><div class="elementor-container">
${el('heading', '<h2 class="elementor-heading-title elementor-size-large">Latest Episodes</h2>')}
${el(
  'posts',
  `<div class="elementor-posts-container elementor-posts elementor-grid">${hEps
    .map(
      ([t, d]) => `<article class="elementor-post elementor-grid-item">
<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="#">${t}</a></h3>
<div class="elementor-post__meta-data"><span class="elementor-post-date">${d}</span></div>
<a class="elementor-post__read-more" href="#">Listen Now »</a></div></article>`,
    )
    .join('\n')}</div>
<nav class="elementor-pagination"><a class="page-numbers next" href="?e-page=2">View all episodes</a></nav>`,
)}
</div></section>
<section class="elementor-section elementor-top-section promo"><div class="elementor-container">
${el(
  'call-to-action',
  `<div class="elementor-cta__content"><h3 class="elementor-cta__title">Go ad-free with Hollowpine+</h3><div
class="elementor-cta__description">Bonus episodes, early access and no ads across every show, for $5 a month.</div><a
class="elementor-cta__button elementor-button" href="/membership/">Become a Member</a></div>`,
)}
</div></section></div>
<div data-elementor-type="footer" data-elementor-id="14" class="elementor elementor-14 elementor-location-footer">
<section class="elementor-section"><div class="elementor-container">
${el(
  'form',
  `<h4 class="elementor-heading-title">Get the Hollowpine newsletter</h4><form class="elementor-form"><input type="email"
placeholder="Email"><button type="submit" class="elementor-button"><span class="elementor-button-text">Sign Up</span></button></form>`,
)}
${el('text-editor', '<p>© 2026 Hollowpine Media LLC. All rights reserved.</p><p>Privacy Policy | Terms | Ad Choices</p>')}
</div></section></div></body></html>`;
const hollowpine: TestPage = {
  name: 'heldout344-elementor-podcast-network-show-blog',
  kind: 'blog',
  html: hollowHtml,
  title: hTitle,
  headings: ['About the Show', 'Meet the Hosts'],
  body: texts([...hAbout, ...hHosts]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hMenu, 'Join Hollowpine+', 'A Hollowpine Original', 'Every place has a story. Some of them are not written down.', ...hListen,
    'Sabine and Kwame on location in Tollbridge. Photo: Hollowpine Media', 'Latest Episodes', ...hEps.flat(), 'Listen Now »', 'View all episodes',
    'Go ad-free with Hollowpine+', 'Bonus episodes, early access and no ads across every show, for $5 a month.', 'Become a Member',
    'Get the Hollowpine newsletter', 'Sign Up', '© 2026 Hollowpine Media LLC. All rights reserved.', 'Privacy Policy | Terms | Ad Choices',
  ],
};

export const HELDOUT344_E: readonly TestPage[] = [bbcSounds, hollowpine];
