import { links, ps, type TestPage, texts } from './page-kit.js';
import { heads, j, lis, paras, type Sec } from './pages-heldout418-kit.js';

/**
 * Held-out batch 418, file a: an All About Birds-style species "ID info" page (species hero with the tab bar, sections on
 * size and shape, colour, behaviour and habitat, a sounds panel with players, a range map with its legend, the "Similar
 * species" rail, the donation banner, the cookie banner and the footer) and a butterfly conservation charity's species page.
 */
const bTitle = 'Ashcrest Warbler';
const bSecs: Sec[] = [
  [
    'Size & Shape',
    [
      j(
        'The Ashcrest Warbler is a small, slim songbird with a fine, pointed bill and a short crest that it raises when excited.',
        'The tail is fairly long for a warbler and often cocked, and the wings reach only a little past the base of the tail.',
      ),
      'In flight it looks neat and compact, with quick, fluttering wingbeats between short glides.',
    ],
  ],
  [
    'Color Pattern',
    [
      j(
        'Adults are ash-gray above and pale buff below, with a bright lemon patch on the crown that is often hidden under gray',
        'feathers. A thin white eyering and two faint wingbars are the best marks at close range.',
      ),
      j('Immatures in fall are browner on the back and lack the lemon crown patch entirely, so look for the eyering and the long,', 'cocked tail instead.'),
    ],
  ],
  [
    'Behavior',
    [
      j(
        'Ashcrest Warblers forage low in dense shrubs, gleaning insects from the undersides of leaves. They flick the tail sideways',
        'as they move, a habit that helps pick them out among kinglets and other small birds in mixed flocks.',
      ),
    ],
  ],
  [
    'Habitat',
    [
      j(
        'They breed in wet thickets of alder and willow along streams and at the edges of beaver ponds, mostly below 1,500 meters.',
        'In winter they move to coastal scrub and overgrown gardens, where they often join chickadee flocks.',
      ),
    ],
  ],
];
const bSounds: Sec = [
  'Typical Voice',
  [
    j(
      'The song is a dry, rising trill that ends in two or three sweeter notes, like <em>tsip-tsip-trrrrr-swee-swee</em>. Males sing',
      'from a low perch, usually hidden, and repeat the song every eight to ten seconds through the morning.',
    ),
    'The call is a sharp, metallic chip, given often while foraging and easy to learn once heard side by side with a kinglet.',
  ],
];
const bRange: Sec = [
  'Range Map',
  [
    j(
      'Ashcrest Warblers breed from the northern lake country south along the coastal mountains, and winter along the coast',
      'from the river delta to the southern bays. Small numbers stay through mild winters farther inland.',
    ),
  ],
];
const bBasics = ['Length: 11–12 cm', 'Weight: 7–9 g', 'Wingspan: 17–19 cm'];
const bTabs = ['Overview', 'ID info', 'Life History', 'Maps', 'Sounds'];
const bNav = ['Bird Guide', 'Search', 'Browse by Shape', 'Bird Academy', 'Live Bird Cams', 'Get Involved', 'Donate'];
const bSimilar = ['Gray-crowned Kinglet', 'Willow Flycatcher', 'Dusky Vireo'];
const bLegend = ['Breeding', 'Year-round', 'Migration', 'Nonbreeding'];
const bFoot = ['About Us', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Accessibility Statement'];
const bSoundLabels = ['Dawn song, Lake Arlen', 'Alarm calls', 'Recorded by Maren Ostby, Fernholt Sound Archive'];
const sec = (s: Sec): string => `<h3 class="mt-0">${s[0].replace(/&/g, '&amp;')}</h3>\n${ps(s[1])}`;
const bHtml = `<!DOCTYPE html>
<html lang="en-US" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ashcrest Warbler Identification, Birdwise, Hollowmere Lab of Ornithology</title>
<meta name="description" content="The Ashcrest Warbler is a slim gray songbird of wet thickets with a hidden lemon crown patch.">
<meta property="og:title" content="Ashcrest Warbler Identification"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.birdwise.example/guide/Ashcrest_Warbler/id">
<link rel="stylesheet" id="aab-style-css" href="https://www.birdwise.example/wp-content/themes/birdwise/style.css" media="all">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"species","speciesCode":"ashwar"});</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Ashcrest Warbler Identification",
"publisher":{"@type":"Organization","name":"Hollowmere Lab of Ornithology"}}</script></head>
<body class="species-template-default single single-species postid-4410">
<div id="cookie-notice" class="cookie-notice" role="dialog"><p class="cn-text">We use cookies to understand how you use our site
and to improve your experience.</p><a href="#" id="cn-accept-cookie" class="cn-button">Accept</a> <a href="/privacy" class="cn-more">Learn more</a></div>
<div class="donate-banner" id="donate-banner"><p>Your gift keeps the Bird Guide free for everyone.</p><a href="/donate" class="btn">Give now</a></div>
<header id="masthead" class="site-header"><a class="site-logo" href="/">Birdwise</a>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${links(bNav, 'menu-item')}</ul></nav></header>
<main id="content" class="site-content">
<div id="species-hero" class="species-hero"><div class="species-info">
<h1 class="species-name">${bTitle}</h1><span class="species-latin"><em>Sylvilla cineracea</em></span>
<ul class="additional-info"><li>ORDER: PASSERIFORMES</li><li>FAMILY: SYLVILLIDAE</li></ul></div>
<div class="hero-wrap"><img src="/guide/assets/ashwar-hero.jpg" alt="Ashcrest Warbler perched in willow">
<div class="hero-credit">© Tobias Renk | Birdwise Photo Collection</div></div></div>
<nav class="species-nav" aria-label="Species guide sections"><ul>${links(bTabs, 'species-tab')}</ul></nav>
<div class="species-page-content">
<section class="basics"><h2 class="section-label">Basic Description</h2><ul class="basics-list">
${lis(bBasics)}
</ul></section>
<article class="narrative-content">
${bSecs.map(sec).join('\n')}
</article>
<section id="sounds" class="sounds-section"><h2>Songs and Calls</h2>
<div class="player" data-asset="1082231"><button class="jp-play" aria-label="Play">Play</button><span class="jp-title">${bSoundLabels[0]}</span></div>
<div class="player" data-asset="1082236"><button class="jp-play" aria-label="Play">Play</button><span class="jp-title">${bSoundLabels[1]}</span></div>
<p class="asset-credit">${bSoundLabels[2]}</p>
${sec(bSounds)}
</section>
<section id="range" class="range-section"><h2>Distribution and Movements</h2><figure class="range-map"><img src="/guide/maps/ashwar.png" alt="Range map">
<figcaption><ul class="map-legend">${lis(bLegend)}</ul>Range map provided by Birds of the Northern Coast</figcaption></figure>
${sec(bRange)}
</section></div>
<aside class="similar-species"><h2>Similar Species</h2><ul>${links(bSimilar, 'similar')}</ul>
<a href="/guide/compare" class="btn">Compare similar species</a></aside>
<section class="newsletter"><h3>Get Birdwise in your inbox</h3><p>Bird ID tips, news and stories, twice a month.</p>
<form><input type="email" placeholder="Email address"><button>Sign up</button></form></section>
</main>
<footer class="site-footer"><ul class="footer-links">${links(bFoot)}</ul><p class="copyright">© 2026 Hollowmere Lab of Ornithology</p></footer>
<script src="https://www.birdwise.example/wp-content/themes/birdwise/js/player.js"></script></body></html>`;

const uTitle = 'Marsh Copper';
const uSecs: Sec[] = [
  [
    'Identification',
    [
      j(
        'The Marsh Copper is a small, fast-flying butterfly. The male has brilliant orange-copper upperwings with a narrow dark',
        'border, while the female is larger and duller, with a row of black spots across each forewing.',
      ),
      j(
        'The underside of the hindwing is pale blue-grey with an orange band near the edge, which is the best way to tell it from',
        'the Small Copper when a butterfly is resting with its wings closed.',
      ),
    ],
  ],
  [
    'Habitat',
    [
      j(
        'It lives on wet grassland, fen edges and the banks of slow ditches where the foodplant, Water Dock, grows in open sun.',
        'Colonies are small and often confined to a single field or drain.',
      ),
      j(
        'Most surviving colonies are on protected sites or on farms in agri-environment schemes, where ditches are cleared in',
        'rotation so that some banks are always left uncut. Where whole drainage systems are cleared in a single year, colonies',
        'vanish quickly and rarely return.',
      ),
    ],
  ],
  [
    'Life cycle',
    [
      'Eggs are laid singly on the upper side of dock leaves in late June. The caterpillars feed until autumn and overwinter in a curled, dead leaf.',
      'Adults fly in a single brood from late June to mid-August, with a small second brood in warm summers.',
      j(
        'Males are territorial and perch on tall sedge heads or dock flowers, darting out at anything that passes, including bees',
        'and falling leaves. Females wander more widely and are most often seen nectaring on Fleabane and Purple Loosestrife.',
      ),
    ],
  ],
];
const uStatus = 'Conservation status';
const uStatusItems = ['Great Britain Red List (2022): Endangered', 'Priority Species under the Natural Environment Act', 'Protected from sale'];
const uHow = [
  'Keep ditch banks unmown between June and September.',
  'Let Water Dock grow in sunny, sheltered spots.',
  'Record every sighting, including eggs, through our online survey.',
];
const uHowHead = 'How you can help';
const uNav = ['Butterflies', 'Moths', 'Conservation Science', 'Reserves', 'Get Involved', 'Shop', 'Join'];
const uCrumbs = ['Home', 'Butterflies', 'A-Z of butterflies', uTitle];
const uFacts = [
  'Size and Family',
  'Family: Lycaenids',
  'Wing Span Range (male to female): 30-36mm',
  'Caterpillar Food Plants',
  'Water Dock (Rumex hydrolapathum)',
];
const uRelated = ['Scarce Copper', 'Purple-edged Copper', 'Brown Hairstreak'];
const uFoot = ['Contact us', 'Jobs', 'Privacy Notice', 'Cookie Policy', 'Registered charity in England and Wales (254937)'];
const uHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<title>Marsh Copper | Wingfield Butterfly Trust</title><meta name="description" content="Identify the Marsh Copper, its habitat, life cycle and status.">
<link rel="canonical" href="https://wingfieldbutterflies.example/butterflies/marsh-copper"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/2231"},
"gtag":{"tagId":"G-X1"}}</script>
<link rel="stylesheet" media="all" href="/themes/custom/wbt/css/style.css"></head>
<body class="path-node page-node-type-species"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner"><div class="popup-content info">
<div id="popup-text"><p>We use cookies on this site to enhance your user experience.</p></div>
<div id="popup-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">Accept all cookies</button>
<button type="button" class="decline-button">Only necessary cookies</button></div></div></div></div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header role="banner" class="header"><div class="region region-header">
<a href="/" rel="home" class="site-logo">Wingfield Butterfly Trust</a></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="block-menu">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>
<ul class="menu menu--main">${links(uNav, 'menu-item')}</ul></nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><ol>${links(uCrumbs)}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content">
<article data-history-node-id="2231" role="article" class="node node--type-species node--view-mode-full">
<div class="species-header"><h1 class="page-title"><span class="field field--name-title">${uTitle}</span></h1>
<div class="field field--name-field-latin-name"><em>Lycaena palustris</em></div></div>
<div class="species-gallery"><figure><img src="/sites/default/files/marsh-copper-male.jpg" alt="Marsh Copper male">
<figcaption>Marsh Copper (male) by Ruth Allardyce</figcaption></figure></div>
<div class="species-layout"><aside class="species-facts"><div class="field--name-field-size">${lis(uFacts)}</div></aside>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">
${uSecs.map((s) => `<h2>${s[0]}</h2>\n${ps(s[1])}`).join('\n')}
<h2>${uStatus}</h2><ul>${lis(uStatusItems)}</ul>
<h2>${uHowHead}</h2><ul>${lis(uHow)}</ul>
</div></div>
<div class="species-distribution"><h2 class="block-title">Distribution</h2><img src="/sites/default/files/maps/marsh-copper.png" alt="Map">
<p class="map-caption">Distribution map from the Butterflies for the New Millennium recording scheme, 2015–2019</p></div>
</article>
<div class="views-element-container"><h2>Similar species</h2><ul>${links(uRelated)}</ul></div>
<div class="block-donate"><h2>Help us save butterflies</h2><p>Become a member today from just £3 a month.</p><a href="/join" class="button">Join now</a></div>
</div></main>
<footer role="contentinfo" class="footer"><ul class="menu menu--footer">${links(uFoot)}</ul>
<p class="footer-copy">© Wingfield Butterfly Trust 2026</p></footer></div>
<script src="/core/misc/drupal.js?v=10.2.4"></script></body></html>`;

export const HELDOUT418_A: TestPage[] = [
  {
    name: 'heldout418-allaboutbirds-species-wiki',
    kind: 'wiki',
    html: bHtml,
    title: bTitle,
    headings: [...heads(bSecs), 'Songs and Calls', bSounds[0], 'Distribution and Movements', bRange[0]],
    body: texts([...paras(bSecs), ...bSounds[1], ...bRange[1]]),
    bylines: [],
    furniture: [
      'Sylvilla cineracea',
      'ORDER: PASSERIFORMES',
      'FAMILY: SYLVILLIDAE',
      '© Tobias Renk | Birdwise Photo Collection',
      ...bTabs,
      ...bNav,
      'Basic Description',
      ...bBasics,
      ...bSoundLabels,
      ...bLegend,
      'Range map provided by Birds of the Northern Coast',
      'Similar Species',
      ...bSimilar,
      'Compare similar species',
      'Get Birdwise in your inbox',
      'Bird ID tips, news and stories, twice a month.',
      'We use cookies to understand how you use our site and to improve your experience.',
      'Learn more',
      'Your gift keeps the Bird Guide free for everyone.',
      'Give now',
      ...bFoot,
      '© 2026 Hollowmere Lab of Ornithology',
    ],
  },
  {
    name: 'heldout418-wingfield-butterfly-species-wiki',
    kind: 'wiki',
    html: uHtml,
    title: uTitle,
    headings: [...heads(uSecs), uStatus, uHowHead],
    body: texts([...paras(uSecs), ...uStatusItems, ...uHow]),
    bylines: [],
    furniture: [
      'We use cookies on this site to enhance your user experience.',
      'Accept all cookies',
      'Only necessary cookies',
      'Skip to main content',
      ...uNav,
      'Home',
      'A-Z of butterflies',
      'Lycaena palustris',
      'Marsh Copper (male) by Ruth Allardyce',
      ...uFacts,
      'Distribution',
      'Distribution map from the Butterflies for the New Millennium recording scheme, 2015–2019',
      'Similar species',
      ...uRelated,
      'Help us save butterflies',
      'Become a member today from just £3 a month.',
      'Join now',
      ...uFoot,
      '© Wingfield Butterfly Trust 2026',
    ],
  },
];
