import { links, ps, type TestPage, texts } from './page-kit.js';
import { britishMuseum } from './pages-heldout184-e2.js';

/**
 * Held-out batch 184, file e: a Metropolitan Museum collection object page (the header with Visit / Exhibitions and Events
 * / Art / Learn with Us / Research / Shop and the Tickets and Member buttons, the image viewer with its Zoom, Share and
 * Download buttons and the "Public Domain" / "Open Access" labels, the h1, the maker line and the gallery line, the label
 * text, the "Artwork Details" accordion with its label/value list, Provenance, Exhibition History and References, the
 * "Open Access API" note, "Timeline of Art History" essays, "More Artwork" cards, the newsletter and the footer with
 * both locations) and, from file e2, a British Museum blog post.
 */
const mtTitle = 'Tea Caddy with Chinoiserie Scenes';
const mtMaker = 'Samuel Thorne (British, Bristol 1739–1802 London)';
const mtGallery = 'On view at The Met Fifth Avenue in Gallery 712';
const mtLabel = [
  'This small silver caddy was made to hold the most expensive tea in a London household, and its lid could be locked with a key ' +
    'kept by the lady of the house. Its sides are chased with scenes of imagined Chinese life: a pagoda on a rocky island, figures ' +
    'fishing from a bridge and a tea merchant weighing leaves beneath a parasol.',
  'Samuel Thorne trained in Bristol before opening a workshop near Foster Lane in the City of London in 1768. Chinoiserie ' +
    'decoration was at the height of fashion in these years, and Thorne’s craftsmen seem to have copied several of the scenes from ' +
    'a popular pattern book of 1754, adapting them freely to fit the curved surfaces of the caddy.',
  'The engraved arms on the base are those of the Ashcombe family of Somerset, who are recorded as buying a “tea chest with three ' +
    'caddies” from Thorne in 1771. This is the only one of the three known to survive.',
  'Scientific analysis carried out in 2016 showed that the caddy’s silver is of unusually high purity and that the hinge and ' +
    'lock were made separately, probably by a specialist locksmith, and fitted in Thorne’s workshop. Small scratches inside the ' +
    'lid, once thought to be later damage, are now understood as a workman’s marks recording the weight of the finished piece.',
];
const mtDetails = [
  ['Title:', mtTitle],
  ['Maker:', mtMaker],
  ['Date:', '1770–71'],
  ['Culture:', 'British, London'],
  ['Medium:', 'Silver'],
  ['Dimensions:', 'H. 5 3/8 in. (13.7 cm); W. 4 1/4 in. (10.8 cm)'],
  ['Classification:', 'Metalwork-Silver'],
  ['Credit Line:', 'Gift of Eleanor V. Harwood, 1962'],
  ['Object Number:', '62.148.7'],
];
const mtProvH = 'Provenance';
const mtProv = [
  'Ashcombe family, Harpcote Hall, Somerset (1771–1938; sold to Dalby); Dalby & Sons, London (1938–39; sold to Harwood); ' +
    'Eleanor V. Harwood, New York (1939–62; to MMA)',
];
const mtExhH = 'Exhibition History';
const mtExh = [
  'New York. The Metropolitan Museum of Art. “English Silver from the Harwood Gift,” June 4–September 30, 1963.',
  'Boston. Museum of Fine Arts. “The Taste for China: Chinoiserie in Georgian England,” October 12, 1999–January 23, 2000.',
];
const mtRefH = 'References';
const mtRef = [
  'Penhallow, Clara. English Silver in American Collections. New York, 1971, pp. 88–89, fig. 41.',
  'Okonjo, David. “Samuel Thorne and the London Tea Trade.” Silver Studies 14 (2008), pp. 23–37, ill.',
];
const mtNav = ['Visit', 'Exhibitions and Events', 'Art', 'Learn with Us', 'Research', 'Shop'];
const mtHead = ['Tickets', 'Member', 'Search'];
const mtViewer = ['Public Domain', 'Open Access', 'Zoom', 'Share', 'Download image', 'Artwork Details'];
const mtApi = 'Public domain data for this object can also be accessed using the Met’s Open Access API.';
const mtTimeline = ['Timeline of Art History', 'Chinoiserie in Britain', 'The Tea Trade and Porcelain', 'English Silver, 1700–1800'];
const mtMore = ['More Artwork', 'Sugar Bowl and Cover', 'Tea Urn', 'Pair of Candlesticks', 'Hot Water Jug'];
const mtNews = ['Sign up for our newsletter', 'Subscribe to our free email newsletter to get the latest Met news, stories and events.', 'Sign up'];
const mtFoot = [
  'The Met Fifth Avenue',
  '1000 Fifth Avenue',
  'New York, NY 10028',
  'The Met Cloisters',
  '99 Margaret Corbin Drive',
  'Fort Tryon Park',
  'New York, NY 10040',
  'About The Met',
  'Accessibility',
  'Press',
  'Support',
  'Careers',
  'Terms and Conditions',
  'Privacy Policy',
];
const mtHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Samuel Thorne | Tea Caddy with Chinoiserie Scenes | British, London | The Metropolitan Museum of Art</title>
<meta name="description" content="${mtLabel[0]?.slice(0, 150)}"><meta property="og:site_name" content="The Metropolitan Museum of Art">
<meta property="og:type" content="website"><link rel="canonical" href="https://www.metmuseum.org/art/collection/search/204871">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VisualArtwork","name":"${mtTitle}","creator":{"@type":"Person",
"name":"Samuel Thorne"},"dateCreated":"1770–71","artMedium":"Silver","url":"https://www.metmuseum.org/art/collection/search/204871"}</script>
<link rel="stylesheet" href="/_next/static/css/7f01c2.css"></head>
<body><div id="__next"><a class="skip-link_skipLink__8Hk2A" href="#main">Skip to main content</a>
<header class="site-header_header__2sKc1"><a href="/" class="site-header_logo__Xw3b1" aria-label="The Met home"></a>
<nav class="site-header_primaryNav__b9aQ0" aria-label="Primary"><ul>${links(mtNav, 'primary-nav_item__1pQk2')}</ul></nav>
<div class="site-header_actions__p4RbZ"><a class="button_primary__kE3v2" href="/tickets">${mtHead[0]}</a>
<a class="button_secondary__zP1f1" href="/join">${mtHead[1]}</a>
<button aria-label="Search">${mtHead[2]}</button></div></header>
<main id="main" class="object-page_main__Lp4sB"><section class="artwork-hero_hero__3Xc0L"><div class="artwork-image_imageContainer__hS1aF">
<img alt="${mtTitle}" src="https://images.metmuseum.example/CRDImages/es/web-large/DP-20487-001.jpg"></div>
<div class="artwork-image_labels__kQ2pL"><span class="badge_badge__a1B2c">${mtViewer[0]}</span><span class="badge_badge__a1B2c">${mtViewer[1]}</span></div>
<div class="image-controls_controls__tPq9K"><button>${mtViewer[2]}</button>
<button>${mtViewer[3]}</button><a href="/download/204871">${mtViewer[4]}</a></div></section>
<section class="artwork-tombstone_tombstone__1dQvF"><h1 class="artwork__title--text">${mtTitle}</h1>
<div class="artwork__artist"><span class="artwork__artist__name">${mtMaker}</span></div>
<div class="artwork__location--gallery"><a href="/visit/met-map?gallery=712">${mtGallery}</a></div>
<div class="artwork__intro__desc js-artwork__intro__desc">
${ps(mtLabel)}
</div></section>
<section class="artwork-details_details__Ry2kZ" id="artwork-details">
<h2 class="accordion_heading__8wQq1"><button aria-expanded="true">${mtViewer[5]}</button></h2>
<div class="artwork-details_content__kN2dP">${mtDetails
  .map(
    ([k, v]) => `<p class="artwork-tombstone--item"><span class="artwork-tombstone--label">${k}</span> <span class="artwork-tombstone--value">${v}</span></p>`,
  )
  .join('\n')}</div></section>
<section class="accordion_section__9pLq1" id="provenance"><h2 class="accordion_heading__8wQq1">${mtProvH}</h2><div class="accordion_content__d2Ke9">
${ps(mtProv)}</div></section>
<section class="accordion_section__9pLq1" id="exhibition-history"><h2 class="accordion_heading__8wQq1">${mtExhH}</h2><div class="accordion_content__d2Ke9"><ul>
${mtExh.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></section>
<section class="accordion_section__9pLq1" id="references"><h2 class="accordion_heading__8wQq1">${mtRefH}</h2><div class="accordion_content__d2Ke9"><ul>
${mtRef.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></section>
<p class="object-page_api__sT1pA"><a href="https://github.com/metmuseum/openaccess">${mtApi}</a></p>
<section class="related-essays_section__2Lmq8"><h2>${mtTimeline[0]}</h2><ul>${links(mtTimeline.slice(1), 'essay-card_card__X2p1')}</ul></section>
<section class="more-artwork_section__Kx0v3"><h2>${mtMore[0]}</h2><ul>${links(mtMore.slice(1), 'collection-object_card__b9Q1')}</ul></section></main>
<section class="newsletter_newsletter__Pq2L1"><h2>${mtNews[0]}</h2><p>${mtNews[1]}</p><form><input type="email" aria-label="Email address">
<button>${mtNews[2]}</button></form></section>
<footer class="site-footer_footer__v3Kd1"><div class="site-footer_locations__5rT1q"><div><h3>${mtFoot[0]}</h3><p>${mtFoot[1]}<br>\n${mtFoot[2]}</p></div>
<div><h3>${mtFoot[3]}</h3><p>${mtFoot[4]}<br>\n${mtFoot[5]}<br>\n${mtFoot[6]}</p></div></div><ul>${links(mtFoot.slice(7))}</ul>
<p class="site-footer_copyright__Q3a9W">© 2000–2025 The Metropolitan Museum of Art. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"page":"/art/collection/search/[objectID]","query":{"objectID":"204871"}}</script></body></html>`;
const metObject: TestPage = {
  name: 'heldout184-metmuseum-collection-object',
  kind: 'wiki',
  // the label text, provenance, exhibition history and references are the article (their h2s its headings); the maker
  // line and the "Artwork Details" label/value list (a tombstone, like a recipe's details block) are in neither list; the
  // gallery line, viewer buttons and badges, the API note, essays, more artwork, newsletter and footer are furniture
  html: mtHtml,
  title: mtTitle,
  headings: [mtProvH, mtExhH, mtRefH],
  body: [...texts(mtLabel), ...texts(mtProv), ...texts(mtExh), ...texts(mtRef)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...mtNav, ...mtHead, ...mtViewer, mtGallery, mtApi, ...mtTimeline, ...mtMore, ...mtNews, ...mtFoot,
    '© 2000–2025 The Metropolitan Museum of Art. All rights reserved.',
  ],
};

export const HELDOUT184_E: readonly TestPage[] = [metObject, britishMuseum];
