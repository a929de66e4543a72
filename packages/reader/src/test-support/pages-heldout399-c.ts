import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout399-kit.js';

/**
 * Held-out batch 399, file c: a conservation charity's species project page built with Elementor (theme-builder header and
 * footer, heading, text-editor, icon-list, image-with-caption and call-to-action widgets, a partner logo strip, a popup), and a
 * county bird club's hotspot page with a data sidebar (site facts, a recent sightings table, a map widget, club menus).
 */
const eTitle = 'Back from the brink: the dune tiger beetle project';
const eIntro = [
  j(
    'The dune tiger beetle is one of the fastest insects in Britain, and one of the rarest. A glittering green hunter of bare sand,',
    'it was once found on at least fourteen dune systems around the Irish Sea. By 2019 it was known from only two.',
  ),
  j(
    'Our project, funded for five years by the Coastal Heritage Fund, aims to bring the beetle back to three of its former sites and',
    'to make sure the two surviving colonies are still thriving when the project ends in 2028.',
  ),
];
const eWhy = [
  j(
    'Tiger beetles need open, shifting sand, warmed by the sun, where the adults can hunt and the larvae can dig their burrows.',
    'As rabbit numbers crashed and grazing stopped, marram grass and scrub crept over the dunes and the bare patches closed up.',
    'Heavy trampling at the busiest beaches destroyed the rest.',
  ),
];
const eAims = [
  'Reopen at least five hectares of bare sand on each target dune by scraping and turf-stripping.',
  'Rear larvae in captivity from wild-collected eggs and release them at Saltinge, Penhallow and Gullsey.',
  'Train forty volunteers to survey adults and count larval burrows each summer.',
  'Work with landowners and beach users to protect the new colonies from trampling.',
];
const eSoFar = [
  j(
    'In the first two seasons our teams cleared 7.4 hectares of scrub and marram at Saltinge Dunes. Last June we released 212',
    'third-stage larvae into prepared burrow plots there, and in September volunteers counted 63 active burrows, a survival rate',
    'far higher than we dared hope for.',
  ),
  j(
    'Adults were seen flying at Saltinge this spring for the first time in thirty years. It is too early to call the reintroduction',
    'a success, but it is a very good start.',
  ),
];
const eHelp = [
  j(
    'You can join a survey day, help clear scrub in the winter, or simply keep to marked paths when you visit the dunes in summer.',
    'Every donation helps to pay for the rearing programme, which costs about four pounds per larva.',
  ),
];
const eNav = ['Our work', 'Species', 'Projects', 'Get involved', 'News', 'About us'];
const eFoot = ['Privacy policy', 'Cookie policy', 'Contact us', 'Vacancies'];
const ePartners = ['Coastal Heritage Fund', 'Saltinge Estate', 'Northshore University'];
const w = (type: string, inner: string, id: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container
elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const hd = (tag: string, t: string, id: string): string => w('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`, id);
const ed = (paras: readonly string[], id: string): string => w('text-editor', ps(paras), id);
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dune tiger beetle project - Coastline Invertebrate Trust</title>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css" media="all">
<link rel="stylesheet" id="elementor-post-812-css" href="/wp-content/uploads/elementor/css/post-812.css" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Dune tiger beetle project","inLanguage":"en-GB"}</script>
<script>var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4","urls":{"assets":"/wp-content/plugins/elementor/assets/"}};</script>
</head><body class="page-template page-template-elementor_header_footer page page-id-812 elementor-default elementor-kit-6 elementor-page elementor-page-812">
<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header">${sec(
  'a1b2c3',
  w('theme-site-logo', '<a href="/"><img src="/wp-content/uploads/cit-logo.svg" alt="Coastline Invertebrate Trust"></a>', 'b1') +
    w('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav>`, 'b2') +
    w('button', '<a class="elementor-button elementor-button-link" href="/donate"><span class="elementor-button-text">Donate now</span></a>', 'b3'),
)}</div>
<div data-elementor-type="wp-page" data-elementor-id="812" class="elementor elementor-812">
${sec('5f1e20', hd('h1', eTitle, 'c1') + ed(eIntro, 'c2'))}
${sec(
  '5f1e21',
  w(
    'image',
    `<figure class="wp-caption"><img src="/wp-content/uploads/2026/02/tiger-beetle.jpg" alt="Dune tiger beetle">
<figcaption class="widget-image-caption wp-caption-text">An adult dune tiger beetle at Saltinge. Photo © Ferris Adeyemi</figcaption></figure>`,
    'c3',
  ),
)}
${sec('5f1e22', hd('h2', 'Why is it so rare?', 'c4') + ed(eWhy, 'c5'))}
${sec(
  '5f1e23',
  hd('h2', 'What the project will do', 'c6') +
    w(
      'icon-list',
      `<ul class="elementor-icon-list-items">${eAims
        .map(
          (a) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${a}</span></li>`,
        )
        .join('\n')}</ul>`,
      'c7',
    ),
)}
${sec('5f1e24', hd('h2', 'Progress so far', 'c8') + ed(eSoFar, 'c9'))}
${sec(
  '5f1e25',
  w(
    'call-to-action',
    `<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title">Adopt a larva</h3>
<div class="elementor-cta__description">For £4 you can pay for one larva to be reared and released.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button" href="/adopt">Adopt now</a></div></div></div>`,
    'd1',
  ),
)}
${sec('5f1e26', hd('h2', 'How you can help', 'd2') + ed(eHelp, 'd3'))}
${sec(
  '5f1e27',
  hd('h4', 'Project partners', 'd4') +
    w(
      'image-carousel',
      `<ul class="swiper-wrapper">${ePartners
        .map(
          (p) => `<li class="swiper-slide">
<figure class="swiper-slide-inner"><img src="/logos/${p.length}.png" alt="${p}"><figcaption class="elementor-image-carousel-caption">${p}</figcaption>
</figure></li>`,
        )
        .join('\n')}</ul>`,
      'd5',
    ),
)}
</div>
<div data-elementor-type="footer" data-elementor-id="57" class="elementor elementor-57 elementor-location-footer">${sec(
  'f0f0f0',
  w('text-editor', '<p>Coastline Invertebrate Trust, registered charity 1170042.</p>', 'e1') +
    w('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul></nav>`, 'e2'),
)}</div>
<div data-elementor-type="popup" data-elementor-id="903" class="elementor elementor-903 elementor-location-popup" data-elementor-settings="{&quot;t&quot;:1}">
${sec(
  'p0p0p0',
  hd('h3', 'Bug news, straight to your inbox', 'g1') +
    w(
      'form',
      '<form class="elementor-form"><input type="email" placeholder="Your email">' +
        '<button type="submit"><span class="elementor-button-text">Subscribe</span></button></form>',
      'g2',
    ),
)}</div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout399-elementor-species-project-docs',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['Why is it so rare?', 'What the project will do', 'Progress so far', 'How you can help'],
  body: texts([...eIntro, ...eWhy, ...eAims, ...eSoFar, ...eHelp]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...eNav, 'Donate now', 'An adult dune tiger beetle at Saltinge. Photo © Ferris Adeyemi', 'Adopt a larva',
    'For £4 you can pay for one larva to be reared and released.', 'Adopt now', 'Project partners', ...ePartners.slice(1),
    'Coastline Invertebrate Trust, registered charity 1170042.', ...eFoot, 'Bug news, straight to your inbox', 'Subscribe',
  ],
};

const hTitle = 'Wendling Gravel Pits';
const hDesc = [
  j(
    'A complex of flooded gravel workings in the Wend valley, now managed as a country park, and the best inland site in the county',
    'for passage waders. The main lake holds large numbers of wildfowl in winter, and the two smaller pits to the north have muddy',
    'margins that attract waders when water levels fall in late summer.',
  ),
  j(
    'Gravel was dug here from the 1950s until 1991. When extraction stopped, the quarry company handed the site to the district',
    'council, and the club has kept records of the birds ever since. More than two hundred species have now been seen, including',
    'a number of county firsts, and the site is counted monthly for the national wetland bird survey.',
  ),
];
const hAccess = [
  j(
    'Park in the country park car park off Mill Road (pay and display). A level path circles the main lake, and the Tern Hide on the',
    'north shore is open from dawn to dusk. The northern pits are viewed from the public footpath along the old railway line;',
    'there is no access to the banks, which are private.',
  ),
];
const hSeasons = [
  'Winter: goosander, goldeneye, pintail, and gulls in the roost; bittern some years.',
  'Spring: common, Arctic and black terns on passage; little ringed plover breeds.',
  'Summer and autumn: green and wood sandpipers, greenshank, ruff and the occasional rarity on the north pits.',
];
const hTips = [
  j(
    'Visit early in the morning, before the dog walkers, and check the north pits on a falling water level after a dry spell.',
    'A telescope is essential for the far shore of the main lake. The gull roost is best viewed from the dam at dusk.',
  ),
  j(
    'Please send your records to the club recorder, even of common birds: the counts from this site go back more than thirty years,',
    'and they are only useful if they keep coming in. Rarities should be reported by phone as soon as possible.',
  ),
];
const hNav = ['Home', 'Recent sightings', 'Where to watch', 'County list', 'Membership', 'Field trips'];
const hFacts = ['Site facts', 'Grid ref: TF 921 152', 'Habitat: open water, reed, mud', 'Species recorded: 214', 'Best season: August to October'];
const hSight = ['Wood Sandpiper (2), north pit, 12 Aug', 'Black Tern (5), main lake, 11 Aug', 'Greenshank (1), north pit, 11 Aug'];
const hOther = ['Sennowe Park', 'Billing Marsh', 'Foulden Common'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Wendling Gravel Pits | Where to Watch | Wend Valley Bird Club</title>
<meta name="description" content="Site guide for Wendling Gravel Pits."><meta name="viewport" content="width=device-width">
<link rel="stylesheet" href="/css/club.css"><script async src="https://www.googletagmanager.example/gtag/js?id=G-WVBC1"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-WVBC1');</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Place","name":"Wendling Gravel Pits"}</script></head>
<body class="site-guide"><div id="wrapper"><div id="header"><div id="logo"><a href="/">Wend Valley Bird Club</a></div>
<ul id="nav" class="sf-menu">${links(hNav)}</ul></div>
<div id="crumbs"><a href="/">Home</a> &gt; <a href="/where-to-watch">Where to watch</a> &gt; <span>Wendling Gravel Pits</span></div>
<div id="container"><div id="content" class="col-main"><div class="site-guide">
<h1 class="site-title">${hTitle}</h1><p class="guide-author">Guide by Harriet Voss, revised July 2026</p>
<div class="guide-text"><h3>Description</h3>
${ps(hDesc)}
<h3>Access</h3>
${ps(hAccess)}
<h3>Birds through the year</h3><ul>${lis(hSeasons)}</ul>
<h3>Tips</h3>
${ps(hTips)}
</div><div class="site-photo"><img src="/img/sites/wendling.jpg" alt=""><span class="photo-caption">Tern Hide from the dam. Photo: P. Quayle</span></div>
</div></div><div id="sidebar" class="col-side"><div class="box facts"><h4>${hFacts[0]}</h4><ul>${lis(hFacts.slice(1))}</ul></div>
<div class="box latest"><h4>Latest from this site</h4><ul class="sightings">${lis(hSight)}</ul>
<a href="/recent-sightings?site=wendling">All sightings from this site</a></div>
<div class="box map"><h4>Map</h4><div id="sitemap" data-lat="52.68" data-lon="0.86"></div><p class="map-note">Map data © OpenStreetMap contributors</p></div>
<div class="box nearby"><h4>Nearby sites</h4><ul>${links(hOther)}</ul></div></div></div>
<div id="footer"><p>Please report your sightings to the county recorder.</p><p>© Wend Valley Bird Club 2026. Site by Kittiwake Web.</p></div></div>
</body></html>`;
const hotspot: TestPage = {
  name: 'heldout399-bird-club-hotspot-docs',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: ['Description', 'Access', 'Birds through the year', 'Tips'],
  body: texts([...hDesc, ...hAccess, ...hSeasons, ...hTips]),
  bylines: ['Guide by Harriet Voss, revised July 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wend Valley Bird Club', ...hNav, 'Tern Hide from the dam. Photo: P. Quayle', ...hFacts, 'Latest from this site', ...hSight,
    'All sightings from this site', 'Map', 'Map data © OpenStreetMap contributors', 'Nearby sites', ...hOther,
    'Please report your sightings to the county recorder.', '© Wend Valley Bird Club 2026. Site by Kittiwake Web.',
  ],
};

export const HELDOUT399_C: readonly TestPage[] = [elementor, hotspot];
