import { links, ps, type TestPage, texts } from './page-kit.js';
import { cultureTrip } from './pages-heldout184-b2.js';

/**
 * Held-out batch 184, file b: an Atlas Obscura place page (the header with Places / Food / Stories / Trips and "Sign In",
 * the hidden mobile drawer, the place title with its subtitle and location, "Been Here?" and "Want to Go?" counters, the
 * photo gallery with its "Add Photos" button and credit, the place text with "Know Before You Go", "Appears in" lists, the
 * community contributors with "Added By" and "Edited By" and the published date, the map card with address and
 * coordinates, "Nearby Places", related tags, the Trips promo, the newsletter and the footer) and, from file b2, a Culture
 * Trip article.
 */
const aoTitle = 'The Merrow Shell Grotto';
const aoSub = 'A Victorian banker spent 20 years lining this hillside tunnel with more than 60,000 shells.';
const aoLoc = 'Halsey Cross, England';
const aoP = [
  'Behind a locked gate at the bottom of a sloping garden in Halsey Cross, a narrow passage leads into the chalk. Step inside ' +
    'and the walls come alive: every surface of the winding tunnel and the domed chamber at its end is covered in shells, pressed ' +
    'into lime mortar in spirals, stars and fans.',
  'The grotto was the obsession of Edwin Merrow, a banker who bought the house in 1851. According to family letters, he began ' +
    'digging the tunnel himself the following spring, hiring two miners from Kent only when the chalk proved too hard. Shells ' +
    'arrived by the barrel from the oyster beds at Whitstow and from dealers in London who supplied more exotic cowries and conches.',
  'Merrow worked on the decoration alone, usually at night by the light of oil lamps, and the soot from those lamps still darkens ' +
    'the ceiling of the main chamber. He is said to have refused to let even his wife see the work until it was finished in 1872.',
  'After his death the house changed hands several times, and by the 1950s the entrance had been bricked up and forgotten. It was ' +
    'rediscovered in 1987 when a new owner tried to put in a drain. Since 2009 a small charity has looked after the grotto, ' +
    'cleaning and repairing the shellwork one panel at a time.',
  'Nobody knows why Merrow built it. Some believe it was a memorial to a daughter who died in infancy; others point to his ' +
    'interest in Freemasonry and the symbols that seem to appear in the patterns. The charity’s volunteers are happy to share every ' +
    'theory and to admit they have no idea.',
];
const aoH = 'Know Before You Go';
const aoKnow = [
  'The grotto is open on the first and third Saturday of each month from April to October. Tours run on the hour and must be ' +
    'booked ahead. The tunnel is low and uneven, so it is not suitable for wheelchairs, and photography is allowed without flash.',
];
const aoNav = ['Places', 'Food', 'Stories', 'Trips', 'Experiences', 'Shop'];
const aoDrawer = ['Destinations', 'Random Place', 'Lists', 'Add a Place', 'Community'];
const aoStats = ['Been Here?', '214', 'Want to Go?', '1,832', 'Add to List'];
const aoGallery = ['Add Photos', 'The domed chamber at the end of the tunnel. Quill Harrow / Atlas Obscura User', 'View all 18 photos'];
const aoLists = ['Appears in 2 lists', 'Shell Grottoes and Follies', 'Secret Rooms of England'];
const aoCommunity = ['Community Contributors', 'Added By', 'quillharrow', 'Edited By', 'tamsinroe', 'm.okafor', 'Published', 'March 14, 2019'];
const aoMap = ['Get Directions', 'Merrow House, 4 Quarry Lane', 'Halsey Cross, HC3 7QT', 'England', '51.2917, -0.8412'];
const aoNearby = [
  'Nearby Places',
  'St Ewald’s Leper Window',
  '2.1 miles',
  'The Halsey Cross Puzzle Milestone',
  '3.4 miles',
  'Dunning’s Ice House',
  '5.0 miles',
];
const aoTags = ['Related Tags', 'Grottos', 'Shells', 'Follies', 'Underground', 'Victorian'];
const aoTrips = ['Atlas Obscura Trips', 'Small-group adventures to the world’s hidden wonders.', 'See All Trips'];
const aoNews = ['Get Our Newsletter', 'Sign up for the best of Atlas Obscura, delivered to your inbox daily.', 'Your email', 'Sign Up'];
const aoFoot = ['About Us', 'Careers', 'Privacy Policy', 'Terms of Use', 'Community Guidelines', 'Advertise', 'Contact Us'];
const aoHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>The Merrow Shell Grotto – Halsey Cross, England - Atlas Obscura</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="${aoSub}">
<meta property="og:title" content="The Merrow Shell Grotto"><meta property="og:type" content="place"><meta property="og:site_name" content="Atlas Obscura">
<meta property="place:location:latitude" content="51.2917"><meta property="place:location:longitude" content="-0.8412">
<link rel="canonical" href="https://www.atlasobscura.com/places/merrow-shell-grotto">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"LandmarksOrHistoricalBuildings","name":"The Merrow Shell Grotto",
"description":"${aoSub}","address":{"@type":"PostalAddress","addressLocality":"Halsey Cross","addressCountry":"England"}}</script>
<link rel="stylesheet" href="https://assets.atlasobscura.example/assets/application-b6e4.css"></head>
<body class="places show" data-controller="places" data-place-id="61482">
<header class="site-header" id="site-header"><div class="site-header-inner"><a class="site-logo" href="/" aria-label="Atlas Obscura"></a>
<nav class="site-nav" aria-label="Primary"><ul>${links(aoNav, 'site-nav-item')}</ul></nav>
<div class="site-header-actions"><button class="search-toggle" aria-label="Search">
</button><a class="sign-in-link" href="/users/sign_in">Sign In</a></div></div>
<div class="mobile-drawer" aria-hidden="true" style="display:none"><ul>${links(aoDrawer)}</ul></div></header>
<main id="page-content"><div class="place-page-container"><div class="container">
<div class="DDPage__header"><div class="DDPage__header-text"><h1 class="DDPage__header-title">${aoTitle}</h1>
<h3 class="DDPage__header-dek">${aoSub}</h3>
<div class="DDPage__header-place-location"><a href="/things-to-do/halsey-cross-england">${aoLoc}</a></div></div>
<div class="DDPage__header-actions"><div class="js-been-here"><span class="title-md">${aoStats[0]}</span><span class="count">${aoStats[1]}</span></div>
<div class="js-want-to-go"><span class="title-md">${aoStats[2]}</span><span class="count">${aoStats[3]}</span></div>
<button class="js-add-to-list">${aoStats[4]}</button></div></div>
<div class="DDPage__gallery"><button class="gallery-add-photos">${aoGallery[0]}</button><figure class="gallery-item">
<img src="https://img.atlasobscura.example/merrow-1.jpg" alt="Shell-covered dome"><figcaption class="gallery-item-caption">The domed chamber at the end of
the tunnel. <span class="credit">Quill Harrow / Atlas Obscura User</span></figcaption>
</figure><a class="gallery-view-all" href="#gallery">${aoGallery[2]}</a></div>
<div class="row"><div class="col-md-8 DDPageSiderailLayout__content"><section id="place-body" class="DDP__body-copy" data-modal-insert-ad>
${ps(aoP)}
</section>
<section class="DDP__direction-copy"><h3 class="title-md">${aoH}</h3>
${ps(aoKnow)}
</section>
<section class="DDP__appears-in"><h3 class="title-md">${aoLists[0]}</h3><ul>${links(aoLists.slice(1), 'list-card')}</ul></section>
<section class="DDPContributors"><h3 class="title-md">${aoCommunity[0]}</h3>
<div class="DDPContributorsList"><div class="DDPContributor">
<span class="label">${aoCommunity[1]}</span><a href="/users/quillharrow">${aoCommunity[2]}</a></div>
<div class="DDPContributor"><span class="label">${aoCommunity[3]}</span><a href="/users/tamsinroe">${aoCommunity[4]}</a>
<a href="/users/m-okafor">${aoCommunity[5]}</a></div></div>
<div class="DDPContributorsPublished"><span class="label">${aoCommunity[6]}</span> <time datetime="2019-03-14">${aoCommunity[7]}</time></div></section>
<section class="DDP__tags"><h3 class="title-sm">${aoTags[0]}</h3><ul>${links(aoTags.slice(1), 'item-tag')}</ul></section></div>
<aside class="col-md-4 DDPageSiderailLayout__siderail"><div class="DDPageSiderail__map"><div class="map-wrap" data-lat="51.2917" data-lng="-0.8412"></div>
<address class="DDPageSiderail__address"><div>${aoMap[1]}</div><div>${aoMap[2]}</div><div>${aoMap[3]}</div></address>
<div class="DDPageSiderail__coordinates">${aoMap[4]}</div><a class="btn" href="https://maps.google.example/?q=51.2917,-0.8412">${aoMap[0]}</a></div>
<div class="ad-slot" data-ad="sidebar_top"><span class="ad-label">Advertisement</span></div>
<section class="DDPageSiderail__nearby"><h3 class="title-sm">${aoNearby[0]}</h3><ul>
${[1, 3, 5]
  .map(
    (i) => `<li class="nearby-card"><a href="/places/n${i}">
<span class="nearby-title">${aoNearby[i]}</span><span class="distance">${aoNearby[i + 1]}</span></a></li>`,
  )
  .join('\n')}
</ul></section></aside></div></div></div>
<section class="trips-promo"><h2>${aoTrips[0]}</h2><p>${aoTrips[1]}</p><a href="/trips">${aoTrips[2]}</a></section></main>
<section class="newsletter-signup"><h2>${aoNews[0]}</h2><p>${aoNews[1]}</p><form><label class="sr-only" for="nl-email">${aoNews[2]}</label>
<input id="nl-email" type="email"><button>${aoNews[3]}</button></form></section>
<footer class="site-footer"><ul>${links(aoFoot)}</ul><p class="copyright">© 2025 Atlas Obscura. All rights reserved.</p></footer>
<script src="https://assets.atlasobscura.example/assets/application-0a9c.js" async></script></body></html>`;
const atlasObscura: TestPage = {
  name: 'heldout184-atlasobscura-place-page',
  kind: 'wiki',
  // the subtitle (dek) is body; "Know Before You Go" is the entry's own heading; the location line, counters, gallery,
  // "Appears in" lists, contributor labels and handles, the map card, nearby places, tags and promos are furniture; the
  // "Published" date is a byline
  html: aoHtml,
  title: aoTitle,
  headings: [aoH],
  body: [aoSub, ...texts(aoP), ...texts(aoKnow)],
  bylines: ['March 14, 2019'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aoNav, 'Sign In', ...aoDrawer, aoLoc, ...aoStats, ...aoGallery, ...aoLists, ...aoCommunity.slice(0, 7), ...aoMap, 'Advertisement', ...aoNearby,
    ...aoTags, ...aoTrips, ...aoNews, ...aoFoot, '© 2025 Atlas Obscura. All rights reserved.',
  ],
};

export const HELDOUT184_B: readonly TestPage[] = [atlasObscura, cultureTrip];
