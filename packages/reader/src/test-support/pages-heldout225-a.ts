import { links, ps, type TestPage, texts } from './page-kit.js';
import { xenforoThread } from './pages-heldout225-a2.js';

/**
 * Held-out batch 225, file a: an RHS "Find a plant" detail page for an invented salvia cultivar (OneTrust cookie banner,
 * the utility bar with "Join the RHS", the mega-menu nav, breadcrumbs, the gallery with credits, the AGM badge, "Add to My
 * Plants", the plant attribute panel, the "How to care" sections, the nursery "Buy this plant" widget, the "Get involved"
 * promo, "Similar plants" rail and the footer) and, from file a2, a XenForo 2 gardening forum thread.
 */
const title = 'Salvia ‘Hollowmere Blue’';
const intro = [
  '<em>Salvia</em> ‘Hollowmere Blue’ is a compact, bushy herbaceous perennial with aromatic, mid-green, slightly wrinkled leaves and ' +
    'upright spikes of violet-blue flowers held in dark purple calyces from early summer into autumn. It was raised at a small nursery ' +
    'in north Devon and is more tolerant of wet winters than many of its relatives.',
  'The flowers are very attractive to bees, and the plant will repeat bloom reliably if the first flush is cut back as it fades.',
];
const careH = 'How to care';
const waterH = 'Watering';
const water = [
  'Water new plants regularly during their first summer until they are established. Once settled, plants in the ground rarely need ' +
    'watering except in prolonged dry spells; plants in containers should be watered when the top few centimetres of compost feel dry.',
];
const feedH = 'Feeding';
const feed = [
  'Feeding is not usually needed in reasonably fertile soil. In containers, give a balanced liquid fertiliser every four weeks from ' +
    'late spring to late summer. Too much nitrogen produces soft, floppy growth with fewer flowers.',
];
const pruneH = 'Pruning';
const prune = [
  'Deadhead the flower spikes down to the next pair of leaves as they fade to encourage a second flush in late summer.',
  'Leave the old stems in place over winter to give some protection to the crown, then cut them back to just above the new basal ' +
    'shoots in mid-spring once the risk of hard frost has passed.',
];
const propH = 'Propagation';
const prop = [
  'Propagate by basal cuttings in spring or by softwood cuttings in early summer. Named cultivars do not come true from seed.',
  'Take basal cuttings when the new shoots are 5 to 8cm long, cutting them away with a small piece of the woody crown. Insert them ' +
    'around the edge of a pot of gritty cutting compost, cover with a clear bag and keep in bright, indirect light. Rooted ' +
    'cuttings can be potted on individually after four to six weeks and planted out in late summer.',
];
const locH = 'Suggested planting locations and garden types';
const locs = ['Cottage and informal garden', 'Flower borders and beds', 'Patio and container plants', 'Coastal', 'Gravel garden'];
const pestH = 'Pests';
const pests = ['Generally pest-free, but young shoots may be damaged by slugs and snails in spring, and capsid bugs can distort the tips.'];
const disH = 'Diseases';
const dis = ['Generally disease-free. Plants may rot in heavy, waterlogged soil over winter, so improve drainage with grit before planting.'];
const nav = ['Gardening advice', 'Plants', 'Shows & events', 'RHS Gardens', 'Learning', 'Membership', 'Get involved', 'Shop'];
const util = ['Join the RHS', 'Log in', 'Donate', 'Contact us'];
const crumbs = ['Home', 'Plants', 'Find a plant'];
const credits = ['Image: RHS / Tamsin Hale', 'Image: RHS / Oliver Penhallow'];
const cookie = [
  'We use cookies to give you the best possible experience on our website, to analyse traffic and to show you relevant content.',
  'You can choose which cookies you allow by selecting Cookie settings.',
  'Accept all cookies',
  'Reject all',
  'Cookie settings',
];
const buy = ['Buy this plant', 'Sorry, this plant is not available to buy from RHS Plants at the moment.', 'Find a nursery that sells this plant'];
const involved = [
  'Get involved',
  'The Royal Horticultural Society is the UK’s leading gardening charity. We aim to enrich everyone’s life through plants, and ' +
    'make the UK a greener and more beautiful place.',
  'Join now',
];
const similar = ['Salvia ‘Amistad’', 'Salvia nemorosa ‘Caradonna’', 'Nepeta ‘Six Hills Giant’', 'Agastache ‘Blackadder’'];
const foot = ['About the RHS', 'Careers', 'Press office', 'Accessibility', 'Privacy notice', 'Cookie policy', 'Terms & conditions', 'Modern slavery statement'];
const legal = 'The Royal Horticultural Society is a charity registered in England and Wales (222879) and in Scotland (SC038262).';
const h3 = (t: string): string => `<h3 class="h4 u-m-b-16">${t}</h3>`;
const attr = (label: string, value: string): string =>
  `<div class="plant-attributes__item"><span class="plant-attributes__label">${label}</span><span class="plant-attributes__value">${value}</span></div>`;

const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Salvia 'Hollowmere Blue' | sage 'Hollowmere Blue' Herbaceous Perennial/RHS</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Find help &amp; information on Salvia
'Hollowmere Blue' sage 'Hollowmere Blue' from the RHS"><meta property="og:type" content="website"><meta property="og:site_name" content="RHS">
<link rel="canonical" href="https://www.rhs.org.uk/plants/300412/salvia-hollowmere-blue/details">
<link rel="stylesheet" href="/assets/styles.4f1c2a.css"><script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js"
data-domain-script="7c1e"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Home","item":"https://www.rhs.org.uk/"},{"@type":"ListItem","position":2,"name":"Plants","item":"https://www.rhs.org.uk/plants"}]}</script>
</head><body class="plants-details">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div id="onetrust-policy"><p id="onetrust-policy-text">${cookie[0]} ${cookie[1]}</p></div><div id="onetrust-button-group-parent">
<button id="onetrust-accept-btn-handler">${cookie[2]}</button><button id="onetrust-reject-all-handler">${cookie[3]}</button>
<button id="onetrust-pc-btn-handler">${cookie[4]}</button></div></div></div></div>
<app-root ng-version="16.2.12"><a class="skip-link" href="#main-content">Skip to main content</a>
<header class="header" role="banner"><div class="header__utility"><ul class="utility-nav">${links(util, 'utility-nav__item')}</ul></div>
<div class="header__main"><a class="header__logo" href="/"><span class="u-visually-hidden">Royal Horticultural Society</span></a>
<nav class="mega-menu" aria-label="Main navigation"><ul class="mega-menu__list">${links(nav, 'mega-menu__item')}</ul></nav>
<form class="header-search" role="search"><label class="u-visually-hidden" for="q">Search the RHS</label><input id="q" type="search">
<button type="submit">Search</button></form></div></header>
<main id="main-content"><div class="container"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol class="breadcrumbs__list">
${links(crumbs, 'breadcrumbs__item')}<li class="breadcrumbs__item breadcrumbs__item--current" aria-current="page">${title}</li></ol></nav>
<section class="plant-hero"><div class="plant-hero__gallery gallery"><figure class="gallery__item"><img src="/getmedia/3a1f/salvia-1.jpg"
alt="violet-blue salvia flower spikes"><figcaption class="gallery__credit">${credits[0]}</figcaption></figure>
<figure class="gallery__item u-hidden"><img data-src="/getmedia/3a1f/salvia-2.jpg" alt=""><figcaption
class="gallery__credit">${credits[1]}</figcaption></figure>
<button class="gallery__next" aria-label="Next image"></button><span class="gallery__count">1 of 2</span></div>
<div class="plant-hero__content"><h1 class="h2 plant-hero__title"><span class="plant-hero__botanical"><em>Salvia</em> ‘Hollowmere Blue’</span></h1>
<p class="plant-hero__common">sage ‘Hollowmere Blue’</p>
<div class="plant-hero__awards"><span class="award award--agm" title="RHS Award of Garden Merit">RHS Award of Garden Merit</span></div>
<button class="btn btn--secondary my-plants-add"><span class="icon icon--heart"></span>Add to My Plants</button>
<div class="plant-hero__description">${ps(intro, ' class="u-m-b-16"')}</div></div></section>
<section class="plant-attributes"><div class="plant-attributes__panel"><h2 class="h4">Size</h2>${attr('Ultimate height', '0.5–1 metres')}
${attr('Time to ultimate height', '2–5 years')}${attr('Ultimate spread', '0.1–0.5 metres')}</div>
<div class="plant-attributes__panel"><h2 class="h4">Growing conditions</h2>${attr('Soil', 'Chalk, Loam, Sand')}${attr('Moisture', 'Well–drained')}
${attr('pH', 'Acid, Alkaline, Neutral')}</div><div class="plant-attributes__panel"><h2 class="h4">Position</h2>${attr('Light', 'Full sun')}
${attr('Aspect', 'South–facing or West–facing')}${attr('Exposure', 'Exposed or Sheltered')}${attr('Hardiness', 'H4')}</div>
<div class="plant-attributes__panel"><h2 class="h4">Botanical details</h2>${attr('Family', 'Lamiaceae')}${attr('Native to GB / Ireland', 'No')}
${attr('Foliage', 'Deciduous')}${attr('Habit', 'Bushy')}${attr('Genus', '<em>Salvia</em> can be annuals, biennials or perennials')}</div></section>
<section class="plant-care" id="how-to-care"><h2 class="h3">${careH}</h2>
<div class="plant-care__section">${h3(waterH)}${ps(water)}</div>
<div class="plant-care__section">${h3(feedH)}${ps(feed)}</div>
<div class="plant-care__section">${h3(pruneH)}${ps(prune)}<a class="link--arrow" href="/advice/pruning">Pruning guidance</a></div>
<div class="plant-care__section">${h3(propH)}${ps(prop)}</div>
<div class="plant-care__section">${h3(locH)}<ul class="list-bullet">${locs.map((l) => `<li>${l}</li>`).join('')}</ul></div>
<div class="plant-care__section">${h3(pestH)}${ps(pests)}</div>
<div class="plant-care__section">${h3(disH)}${ps(dis)}</div></section>
<aside class="plant-buy"><h2 class="h4">${buy[0]}</h2><p>${buy[1]}</p><a class="btn btn--primary" href="/plants/nurseries">${buy[2]}</a></aside>
<section class="promo promo--membership"><h2 class="promo__title">${involved[0]}</h2><p class="promo__text">${involved[1]}</p>
<a class="btn btn--cta" href="/join">${involved[2]}</a></section>
<section class="related-plants"><h2 class="h3">Similar plants</h2><ul class="card-list">${links(similar, 'card-list__item')}</ul></section>
</div></main>
<footer class="footer"><div class="footer__newsletter"><h2>Sign up to the RHS newsletter</h2>
<p>Get gardening tips, news and offers straight to your inbox.</p><a class="btn" href="/newsletter">Sign up</a></div>
<ul class="footer__links">${links(foot, 'footer__item')}</ul><p class="footer__legal">${legal}</p></footer></app-root>
<script src="/runtime.9c2.js" type="module"></script><script src="/main.71f.js" type="module"></script></body></html>`;

const rhsPlant: TestPage = {
  name: 'heldout225-rhs-plant-docs',
  kind: 'docs',
  html,
  title,
  // the attribute panel (size, conditions, position, botanical details: its h2s, labels and values) is in neither list
  headings: [careH, waterH, feedH, pruneH, propH, locH, pestH, disH],
  body: texts([...intro, ...water, ...feed, ...prune, ...prop, ...locs, ...pests, ...dis]),
  bylines: [],
  // biome-ignore format: packed furniture
  furniture: [
    ...cookie, 'Skip to main content', ...util, 'Royal Horticultural Society', ...nav, 'Search the RHS', 'Search', ...credits, '1 of 2',
    'RHS Award of Garden Merit', 'Add to My Plants', 'Pruning guidance', ...buy, ...involved, 'Similar plants', ...similar,
    'Sign up to the RHS newsletter', 'Get gardening tips, news and offers straight to your inbox.', 'Sign up', ...foot, legal,
  ],
};

export const HELDOUT225_A: readonly TestPage[] = [rhsPlant, xenforoThread];
