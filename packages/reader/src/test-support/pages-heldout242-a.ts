import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout242-kit.js';

/**
 * Held-out batch 242, file a: a Dezeen-style architecture magazine's project feature (top bar, section menu, byline and
 * dateline, "Leave a comment" link, share bar, captioned figures with image credits, an inline "Also on" promo, the project
 * credits block, tags, the Dezeen Daily sign-up, related stories, jobs rail, cookie notice and footer) and an
 * ArchDaily-style project page with its data sheet.
 */
const dTitle = 'Fennick Atelier wraps Tarrowby ferry terminal in a rippling skin of charred larch';
const dIntro = [
  j(
    'Edinburgh studio Fennick Atelier has completed a ferry terminal on the island of Tarrowby, clad in a folded',
    'screen of charred larch boards that the studio says was designed to read like the sea seen from a boat deck.',
  ),
  j(
    'The single-storey building replaces a corrugated steel shed that had served the crossing to the mainland since the',
    '1970s. It contains a waiting room, a ticket office, a small café and a covered queue for cars and bicycles.',
  ),
];
const dH1 = 'A roof that steps down to the slipway';
const dBody1 = [
  j(
    'Fennick Atelier arranged the rooms under a long timber roof that drops in three steps as it approaches the water, so that',
    'passengers waiting inside can see the incoming ferry over the heads of the queue outside.',
  ),
  j(
    '"We wanted the building to be a place to wait well," said studio co-founder Maren Fennick. "On a wet day in February',
    'the crossing can be delayed for hours, and the old shed gave people nowhere to sit and nothing to look at."',
  ),
  j(
    'The roof is carried on glulam frames set at four-metre centres. Between them, the studio left the timber exposed on the',
    'ceiling and lined the walls below window height with benches built from the same larch, finished with a pale oil.',
  ),
];
const dH2 = 'Charring for a salt-laden site';
const dBody2 = [
  j(
    'The outer boards were charred on site using the traditional Japanese method, in which three boards are bound into a',
    'triangular flue and lit from below. The studio said the blackened surface should need no maintenance for several decades.',
  ),
  j(
    'Each board is fixed at a slight angle to the one below it, and the angle changes gradually along the length of the',
    'facade. Seen from the car queue the wall looks almost flat, but from the water it appears to ripple.',
  ),
  '"The charring was as much about the salt as the look," Fennick said. "Untreated timber goes grey and furry here within a year."',
  j(
    "Inside, a terrazzo floor made with crushed shells collected from the island's beaches runs from the entrance to the",
    'café counter. Underfloor heating is fed by an air-source heat pump housed in a timber enclosure beside the car queue.',
  ),
];
const dOutro = [
  j(
    'Other recent projects by Fennick Atelier include a community sauna on a disused pier and a boathouse for a rowing club,',
    'both also built from local timber.',
  ),
];
const dCredits = [
  '<strong>Architect:</strong> Fennick Atelier',
  '<strong>Client:</strong> Tarrowby Island Trust',
  '<strong>Structural engineer:</strong> Hale Oakden Partnership',
  '<strong>Contractor:</strong> Breck &amp; Sons Joinery',
];
const dCaps = [
  'The terminal is clad in charred larch boards',
  'Benches line the waiting room below the windows',
  'A terrazzo floor contains crushed shells from local beaches',
];
const dPhoto = 'Photography is by Ilka Strand';
const dNav = ['Architecture', 'Interiors', 'Design', 'Technology', 'Opinion', 'Dezeen Jobs', 'Awards', 'Events Guide', 'Showroom'];
const dTags = ['Architecture', 'Transport', 'Ferry terminals', 'Timber architecture', 'Scotland', 'Fennick Atelier'];
const dRelated = [
  'Hollin Works builds boathouse with a sawtooth roof on a tidal river',
  'Ten waiting rooms that make delays bearable',
  'Seagate Studio clads coastal lookout in blackened timber shingles',
];
const dJobs = ['Project architect at Corvel Studio in London', 'Part II architectural assistant at Ness & Lowe'];
const dFoot = ['About', 'Contact', 'Advertise', 'Privacy policy', 'Cookie settings', 'Terms'];
const dShare = ['Facebook', 'X', 'LinkedIn', 'Pinterest', 'Email'];
const fig = (src: string, cap: string): string => `<figure class="wp-caption aligncenter"><img decoding="async" loading="lazy"
src="https://static.dezeen.example/uploads/2026/03/${src}.jpg" width="852" height="568" alt="${cap}">
<figcaption class="wp-caption-text">${cap}</figcaption></figure>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${dTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="https://www.dezeen.example/2026/03/12/fennick-atelier-tarrowby/">
<meta property="og:type" content="article"><meta property="og:title" content="${dTitle}"><meta property="og:site_name" content="Dezeen">
<meta property="article:published_time" content="2026-03-12T06:00:21+00:00"><meta name="author" content="Corin Abernethy">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${dTitle}",
"datePublished":"2026-03-12T06:00:21+00:00","author":{"@type":"Person","name":"Corin Abernethy"},"publisher":{"@type":"Organization","name":"Dezeen"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"postId":2011874,"category":"architecture"});</script>
<link rel="stylesheet" href="https://static.dezeen.example/wp-content/themes/dezeen/style.css"></head>
<body class="post-template-default single single-post postid-2011874">
<div id="page"><header id="masthead" class="site-header"><div class="site-header__inner"><a class="site-header__logo" href="/">Dezeen</a>
<nav class="main-navigation" aria-label="Main"><ul id="menu-main">${links(dNav, 'menu-item')}</ul></nav>
<div class="site-header__actions"><a href="/search/" class="search-toggle">Search</a><a href="/newsletter/" class="btn-subscribe">Subscribe</a></div></div>
</header>
<main id="main" class="site-main"><article id="post-2011874" class="article post-2011874 post type-post">
<header class="article-header"><p class="article-header__category"><a href="/architecture/">Architecture</a></p>
<h1 class="article-header__title">${dTitle}</h1>
<div class="article-header__meta"><span class="byline"><a href="/author/corin-abernethy/" rel="author">Corin Abernethy</a></span>
<span class="sep">|</span> <time class="entry-date published" datetime="2026-03-12T06:00:21+00:00">12 March 2026</time>
<a href="#comments" class="comments-link">Leave a comment</a></div></header>
<div class="share-bar share-bar--top"><span class="share-bar__label">Share</span><ul>${links(dShare, 'share-bar__item')}</ul></div>
<section class="article-body entry-content">
${fig('fennick-atelier-tarrowby-ferry-terminal-1', dCaps[0] ?? '')}
${ps(dIntro)}
<h2>${dH1}</h2>
${ps(dBody1)}
${fig('fennick-atelier-tarrowby-ferry-terminal-2', dCaps[1] ?? '')}
<aside class="inline-promo"><p><strong>Also on Dezeen:</strong> <a href="/2025/11/02/seagate-studio/">Seagate Studio clads coastal lookout
in blackened timber shingles</a></p></aside>
<h2>${dH2}</h2>
${ps(dBody2)}
${fig('fennick-atelier-tarrowby-ferry-terminal-3', dCaps[2] ?? '')}
${ps(dOutro)}
<p class="article-photo-credit">${dPhoto}.</p>
<h3 class="project-credits__title">Project credits:</h3>
<div class="project-credits">${ps(dCredits)}</div>
</section>
<footer class="article-footer"><div class="article-tags"><span class="article-tags__label">More on:</span><ul>${links(dTags, 'tag')}</ul></div>
<div class="share-bar share-bar--bottom"><span class="share-bar__label">Share</span><ul>${links(dShare, 'share-bar__item')}</ul></div></footer>
</article>
<section class="newsletter-promo" id="dezeen-daily"><h2>Subscribe to Dezeen Daily</h2>
<p>Our most popular newsletter, sent every day with the latest stories.</p><form action="/newsletter/signup/" method="post">
<input type="email" name="email" placeholder="Email address" aria-label="Email address"><button type="submit">Sign up</button></form></section>
<section class="related-stories"><h2 class="related-stories__title">Related stories</h2><ul>${links(dRelated, 'related-stories__item')}</ul></section>
<aside class="jobs-rail"><h2>Dezeen Jobs</h2><ul>${links(dJobs, 'jobs-rail__item')}</ul><a href="/jobs/">View all jobs</a></aside>
<section id="comments" class="comments-area"><h2 class="comments-title">Comments</h2>
<p class="comments-closed">Comments are closed on this story. Read our <a href="/comment-policy/">comment policy</a>.</p></section>
</main>
<footer class="site-footer"><ul class="site-footer__links">${links(dFoot)}</ul><p class="site-footer__copy">© Dezeen Limited 2026</p></footer></div>
<div id="cookie-notice" class="cookie-notice" role="dialog">
<p>We use cookies to give you the best experience on Dezeen and to show you relevant advertising.</p>
<button class="cookie-notice__accept">Accept</button><button class="cookie-notice__manage">Manage preferences</button></div>
<script src="https://static.dezeen.example/wp-content/themes/dezeen/js/app.min.js" defer></script></body></html>`;
const dezeen: TestPage = {
  name: 'heldout242-dezeen-project-feature',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [dH1, dH2],
  body: texts([...dIntro, ...dBody1, ...dBody2, ...dOutro, ...dCredits]),
  bylines: ['Corin Abernethy', '12 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dNav, 'Search', 'Subscribe', 'Leave a comment', 'Share', ...dShare.filter((s) => s.length > 2), ...dCaps, 'Also on Dezeen:', `${dPhoto}.`,
    'Project credits:', 'More on:', ...dTags.slice(1, -1), 'Subscribe to Dezeen Daily', 'Our most popular newsletter, sent every day with the latest stories.',
    'Sign up', 'Related stories', ...dRelated, ...dJobs, 'View all jobs', 'Comments',
    'Comments are closed on this story. Read our comment policy.', ...dFoot, '© Dezeen Limited 2026',
    'We use cookies to give you the best experience on Dezeen and to show you relevant advertising.', 'Accept', 'Manage preferences',
  ],
};

const aTitle = 'Quellada Public Library / Taller Orosmán';
const aSpecs = [
  ['Architects', 'Taller Orosmán'],
  ['Area', '1840 m²'],
  ['Year', '2025'],
  ['Manufacturers', 'Vidrios Andes, Maderas del Sur, Luxalta'],
  ['Lead Architects', 'Renata Orosmán, Tomás Ilabaca'],
  ['City', 'Quellada'],
];
const aSpecTexts = aSpecs.map(([k, v]) => `${k}: ${v}`);
const aDesc = [
  j(
    "The new public library of Quellada occupies the corner of the town's main square, on a plot left empty since an earthquake",
    "destroyed the old municipal market. The brief asked for a reading room, a children's library, a digital workshop and a",
    "multipurpose hall that could host the town council's monthly meetings.",
  ),
  j(
    'Rather than a single volume, the project is organised as four pavilions of different heights gathered under a continuous',
    'timber canopy. The spaces between the pavilions form covered patios, open to the square on one side and to a grove of',
    'existing walnut trees on the other, so that the library can be crossed as a shortcut by anyone walking through the town.',
  ),
  j(
    'The structure of each pavilion is a reinforced concrete frame with infill walls of pressed earth blocks made from soil',
    'excavated on site. The canopy is a grid of laminated pine beams resting on slender steel columns, which allows the roof to',
    'move independently of the pavilions during an earthquake.',
  ),
  j(
    'Natural light is brought into the reading room through a row of north-facing clerestories. Deep timber louvres on the',
    'west facade block the low afternoon sun, and cross ventilation through the patios removes the need for mechanical cooling',
    'for most of the year.',
  ),
  j(
    "The children's library sits in the lowest pavilion, with a window seat that runs the full length of the room at the height",
    "of a child's eyes. Shelving throughout the building is built from the same pine as the canopy and was assembled by a",
    'cooperative of local carpenters.',
  ),
  j(
    'At night the canopy is lit from below and the patios remain open, giving the square a sheltered place to meet that the town',
    'had been without since the market was lost.',
  ),
];
const aCaps = ['Exterior view from the main square', 'Reading room', 'Covered patio between pavilions', 'Ground floor plan'];
const aCrumbs = ['Projects', 'Built Projects & Under Construction', 'Cultural Architecture', 'Library', 'Chile'];
const aNav = ['Projects', 'Products', 'Folders', 'Feed', 'Store', 'Competitions', 'Events'];
const aMore = ['Cerro Alto Community Centre / Estudio Pangal', 'Lota Municipal Archive / Ferrada Arquitectos', 'Library in the Vineyard / Oficina Varas'];
const aFoot = ['About ArchDaily', 'Contact', 'Advertise', 'Careers', 'Terms of Use', 'Privacy Policy', 'Cookie Policy'];
const aCite = 'Cite: "Quellada Public Library / Taller Orosmán" 09 Mar 2026. ArchDaily. Accessed 14 Mar 2026.';
const aImg = (n: number, cap: string): string => `<figure class="afd-gal-figure"><a href="/1034552/quellada-public-library-taller-orosman/photo-${n}"
class="gallery-thumbs-link"><img class="afd-img" src="https://images.adsttc.example/media/images/1034552/large_jpg/${n}.jpg" alt="${cap}"
width="1200" height="800"></a><figcaption class="afd-gal-figcaption">${cap}</figcaption>
<button class="afd-save-btn js-image-bookmark" type="button">Save this picture!</button></figure>`;
const aHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>${aTitle} | ArchDaily</title>
<meta name="description"
content="Completed in 2025 in Quellada, Chile. Images by Benjamín Corvalán. The new public library occupies the corner of the main square.">
<meta property="og:site_name" content="ArchDaily"><meta property="og:type" content="article"><meta property="og:title" content="${aTitle}">
<link rel="canonical" href="https://www.archdaily.example/1034552/quellada-public-library-taller-orosman">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${aTitle}","datePublished":"2026-03-09",
"author":{"@type":"Person","name":"Lila Montroe"},"publisher":{"@type":"Organization","name":"ArchDaily"}}</script>
<script>var ADGlobals={"site":"us","articleId":1034552,"country":"cl","loggedIn":false};</script>
<link rel="stylesheet" href="https://assets.adsttc.example/assets/v3/application.css"></head>
<body class="afd-body afd-project-page" data-controller="project">
<header class="afd-header js-afd-header"><a class="afd-header__logo" href="/">ArchDaily</a>
<nav class="afd-header__nav"><ul class="afd-header__list">${links(aNav, 'afd-header__item')}</ul></nav>
<div class="afd-header__user"><a href="/signin" class="afd-header__login">Sign in</a></div></header>
<main id="content" class="afd-main"><div class="afd-container">
<nav class="afd-breadcrumbs" aria-label="breadcrumb"><ul class="afd-breadcrumbs__list">${links(aCrumbs, 'afd-breadcrumbs__item')}</ul></nav>
<div class="afd-title-big afd-title-big--left afd-relativeposition"><h1 class="afd-title-big afd-title-big--full afd-title--black-link">${aTitle}</h1></div>
<div class="afd-actions-bar"><button class="afd-save-btn afd-save-btn--article">Save</button>
<ul class="afd-share">${links(['Facebook', 'Pinterest', 'WhatsApp', 'Mail'], 'afd-share__item')}</ul></div>
<div class="afd-char-content"><div class="afd-specs afd-specs--top"><ul class="afd-specs__list" id="afd-specs">
${aSpecs.map(([k, v]) => `<li class="afd-specs__item"><span class="afd-specs__key">${k}: </span><span class="afd-specs__value">${v}</span></li>`).join('\n')}
<li class="afd-specs__item afd-specs__photographers"><span class="afd-specs__key">Photographs: </span>
<a href="/photographer/benjamin-corvalan">Benjamín Corvalán</a></li></ul></div>
<div class="afd-gallery-top">${aImg(1, aCaps[0] ?? '')}</div>
<article class="article-body js-article-body" id="article-body"><div class="afd-text-desc">
<p class="afd-disclaimer"><em>Text description provided by the architects.</em></p>
${ps(aDesc.slice(0, 3))}
${aImg(2, aCaps[1] ?? '')}
${ps(aDesc.slice(3))}
${aImg(3, aCaps[2] ?? '')}
${aImg(4, aCaps[3] ?? '')}
</div></article>
<div class="afd-project-meta"><p class="afd-published">Published on March 09, 2026</p>
<p class="afd-curated">Curated by <a href="/author/lila-montroe">Lila Montroe</a></p>
<p class="afd-cite" id="cite-text">${aCite}</p><button class="afd-copy-btn">Copy</button></div>
<section class="afd-more-projects"><h2 class="afd-title-section">More projects</h2><ul>${links(aMore, 'afd-more__item')}</ul>
<a href="/search/projects/categories/library" class="afd-see-all">See all</a></section>
<aside class="afd-newsletter"><h3>Get the best of architecture in your inbox</h3><form><input type="email" placeholder="Your email">
<button type="submit">Subscribe</button></form></aside>
<div class="afd-ad" data-ad-slot="project-bottom"><span class="afd-ad__label">Advertisement</span></div></div></div></main>
<footer class="afd-footer"><ul class="afd-footer__links">${links(aFoot, 'afd-footer__item')}</ul>
<p class="afd-footer__copy">© 2008-2026 ArchDaily. All rights reserved.</p></footer>
<div class="afd-cookies js-cookies-banner"><p>ArchDaily uses cookies to improve your experience and for analytics and advertising.</p>
<button class="afd-cookies__accept">I agree</button><a href="/cookie-policy" class="afd-cookies__more">Learn more</a></div>
<script src="https://assets.adsttc.example/assets/v3/application.js" defer></script></body></html>`;
const archdaily: TestPage = {
  name: 'heldout242-archdaily-project-datasheet',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: [...aSpecTexts, ...texts(aDesc)],
  bylines: ['Published on March 09, 2026', 'Curated by Lila Montroe'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...aNav.slice(1), 'Sign in', ...aCrumbs.filter((c) => c !== 'Library'), 'Save', 'Facebook', 'Pinterest', 'WhatsApp', 'Mail', 'Photographs:',
    'Benjamín Corvalán', ...aCaps,
    'Save this picture!', 'Text description provided by the architects.', aCite, 'Copy', 'More projects', ...aMore, 'See all',
    'Get the best of architecture in your inbox', 'Subscribe', 'Advertisement', ...aFoot, '© 2008-2026 ArchDaily. All rights reserved.',
    'ArchDaily uses cookies to improve your experience and for analytics and advertising.', 'I agree', 'Learn more',
  ],
};

export const HELDOUT242_A: readonly TestPage[] = [dezeen, archdaily];
