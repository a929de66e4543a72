import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout348-kit.js';
import { shopifyProduct } from './pages-heldout348-a2.js';

/**
 * Held-out batch 348, file a: a plant profile on a horticultural society's Angular site (RHS-style: plant attribute panels for
 * size, soil and aspect, "Buy from" nursery rail, "Join" promo, cookie banner, mega menu and footer) and, from file a2, a
 * nursery's Shopify (Dawn theme) product page for a shrub.
 */
const rTitle = "Viburnum × harwoodii 'Lantern Hill'";
const rIntro = paras(`
'Lantern Hill' is a compact, semi-evergreen shrub with a rounded habit and glossy, dark green leaves that flush bronze in spring.
In late winter it carries domed clusters of pink buds that open to white, clove-scented flowers, followed by a sparse crop of
red berries that blacken in autumn.

It makes a reliable structural plant for a small garden, flowering at a time when little else is in bloom near a path or door.
`);
const rSize = ['1–1.5 metres', '1–1.5 metres', '5–10 years'];
const rSoil = ['Chalk', 'Clay', 'Loam', 'Moist but well–drained', 'Acid, Alkaline, Neutral'];
const rAspect = ['Full sun, Partial shade', 'South–facing, West–facing, East–facing', 'Sheltered'];
const rHardy = ['H5'];
const rHow = paras(`
Grow in any reasonably fertile soil that does not dry out in summer, in sun or partial shade. The scent carries furthest in a
sheltered spot, so plant it where the air is still, ideally near a window or an entrance.

Mulch in spring with a 5cm layer of garden compost or well-rotted bark, keeping it clear of the stems.
`);
const rProp = paras(`
Take semi-ripe cuttings in mid to late summer, or layer low branches in autumn. Seedlings will not come true.
`);
const rPrune = paras(`
Needs little pruning. Pruning group 8: straight after flowering, cut out one or two of the oldest stems at the base to keep the
centre open, and shorten any shoot that spoils the outline.
`);
const rPests = ['Viburnum beetle', 'Aphids', 'Whitefly'];
const rProblems = paras(`
Leaves may be stripped into holes by viburnum beetle larvae in late spring; the shrub usually recovers by midsummer. Honey fungus
can attack plants weakened by waterlogging.
`);
const rNav = ['Plants', 'Gardening advice', 'Shows & events', 'Gardens', 'Membership', 'Shop', 'Learning'];
const rCrumbs = ['Home', 'Find a plant', 'Shrubs', 'Lantern Hill'];
const rBuy = ['Hallow Brook Nurseries', 'The Shrubbery at Wenlow', 'Pennard Plant Centre'];
const rRelated = ['Winter-flowering shrubs for scent', 'How to take semi-ripe cuttings', 'Viburnum beetle: identify and control'];
const rFoot = ['About us', 'Contact us', 'Careers', 'Press office', 'Accessibility', 'Privacy notice', 'Cookie settings'];
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${rTitle} | viburnum 'Lantern Hill' Shrubs/RHS Gardening-style profile | Society of Growers</title>
<base href="/"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Find help &amp; information on Viburnum × harwoodii 'Lantern Hill' viburnum 'Lantern Hill' from the Society of Growers">
<meta property="og:title" content="Viburnum × harwoodii 'Lantern Hill'"><meta property="og:type" content="website">
<link rel="stylesheet" href="styles.4f2c81a9.css"><script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage",
"name":"Viburnum × harwoodii 'Lantern Hill'","publisher":{"@type":"Organization","name":"Society of Growers"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"plant-details","plantId":"411902"});</script></head>
<body><app-root _nghost-ng-c301 ng-version="16.2.12"><app-header _ngcontent-ng-c301><header class="header" role="banner">
<a class="skip-link" href="#main">Skip to content</a><a class="header__logo" href="/" aria-label="Society of Growers home"></a>
<nav class="mega-menu" aria-label="Main"><ul class="mega-menu__list">${links(rNav, 'mega-menu__item')}</ul></nav>
<div class="header__actions"><a href="/search" class="header__search">Search</a><a href="/login" class="header__login">Log in</a>
<a href="/join" class="btn btn--primary">Join now</a></div></header></app-header>
<main id="main" _ngcontent-ng-c301><app-plant-details _ngcontent-ng-c301 _nghost-ng-c412>
<nav class="breadcrumbs" aria-label="breadcrumb"><ol class="breadcrumbs__list">${links(rCrumbs, 'breadcrumbs__item')}</ol></nav>
<div class="plant-hero"><div class="plant-hero__gallery"><figure class="gallery__figure"><img src="/media/411902-1.jpg" alt="">
<figcaption class="gallery__caption">Flower clusters in February</figcaption><small class="gallery__credit">Image: Society of Growers / Ines Darrow</small>
</figure><button class="gallery__more">View all 4 images</button></div>
<div class="plant-hero__text"><h1 class="h1 plant-hero__title"><span class="plant-name">${rTitle}</span></h1>
<p class="plant-hero__common">viburnum 'Lantern Hill'</p><app-favourite><button class="btn btn--icon">Save to my plants</button></app-favourite>
<div class="plant-hero__awards"><span class="award-badge">Award of Garden Merit</span></div>
${ps(rIntro, ' class="plant-hero__description"')}</div></div>
<section class="plant-attributes"><h2 class="h3">Size</h2><div class="plant-attributes__panel">
<div class="plant-attribute"><span class="plant-attribute__label">Ultimate height</span><span class="plant-attribute__value">${rSize[0]}</span></div>
<div class="plant-attribute"><span class="plant-attribute__label">Ultimate spread</span><span class="plant-attribute__value">${rSize[1]}</span></div>
<div class="plant-attribute"><span class="plant-attribute__label">Time to ultimate height</span><span class="plant-attribute__value">${rSize[2]}</span>
</div></div>
<h2 class="h3">Growing conditions</h2><div class="plant-attributes__panel"><ul class="plant-attribute__list">${lis(rSoil, 'flag')}</ul>
<span class="plant-attribute__label">Soil pH</span></div>
<h2 class="h3">Colour &amp; scent</h2><table class="table plant-colour"><thead><tr><th>Season</th><th>Stem</th><th>Flower</th><th>Foliage</th>
<th>Fruit</th></tr></thead><tbody><tr><th>Spring</th><td>Brown</td><td>White, Pink</td><td>Bronze, Green</td><td></td></tr>
<tr><th>Autumn</th><td>Brown</td><td></td><td>Green, Red</td><td>Black, Red</td></tr></tbody></table>
<h2 class="h3">Position</h2><ul class="plant-attribute__list">${lis(rAspect, 'flag')}</ul>
<h2 class="h3">Hardiness</h2><ul class="plant-attribute__list">${lis(rHardy, 'flag')}</ul></section>
<section class="plant-details__cultivation"><h2 class="h2">How to care</h2>
<h3 class="h3">Cultivation</h3>${ps(rHow)}<h3 class="h3">Propagation</h3>${ps(rProp)}
<h3 class="h3">Suggested planting locations and garden types</h3><ul class="plant-attribute__list">
${lis(['City and courtyard gardens', 'Cottage and informal garden', 'Low maintenance'])}</ul>
<h3 class="h3">Pruning</h3>${ps(rPrune)}<h3 class="h3">Pests</h3><ul>${lis(rPests)}</ul>
<h3 class="h3">Diseases</h3>${ps(rProblems)}</section>
<aside class="plant-details__buy"><h2 class="h3">Buy this plant from</h2><ul class="supplier-list">${links(rBuy, 'supplier')}</ul>
<p class="small">Suppliers are members of our Plant Finder scheme. Check stock with the nursery before travelling.</p></aside>
<aside class="promo promo--join"><h2 class="promo__title">Get more from your garden</h2>
<p class="promo__text">Join today and get free entry to four gardens, our monthly magazine and personal advice from our experts.</p>
<a class="btn btn--primary" href="/join">Become a member</a></aside>
<section class="related-content"><h2 class="related-content__title">You might also like</h2><ul>${links(rRelated, 'card')}</ul></section>
</app-plant-details></main><app-footer><footer class="footer"><ul class="footer__links">${links(rFoot)}</ul>
<p class="footer__charity">The Society of Growers is a charity registered in England and Wales, number 2209114.</p></footer></app-footer>
<app-cookie-banner><div class="cookie-banner" role="dialog"><p class="cookie-banner__text">We use cookies to make our website work and to
understand how you use it.</p><button class="btn">Accept all</button><button class="btn btn--secondary">Manage preferences</button></div>
</app-cookie-banner></app-root><script src="runtime.7a1c.js" type="module"></script><script src="main.c09e.js" type="module"></script>
</body></html>`;
const rhsProfile: TestPage = {
  name: 'heldout348-angular-plant-profile-docs',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: [
    'Size',
    'Growing conditions',
    'Colour & scent',
    'Position',
    'Hardiness',
    'How to care',
    'Cultivation',
    'Propagation',
    'Suggested planting locations and garden types',
    'Pruning',
    'Pests',
    'Diseases',
  ],
  body: [
    "viburnum 'Lantern Hill'",
    ...texts(rIntro),
    ...rSize,
    ...rSoil,
    'Brown',
    'White, Pink',
    'Bronze, Green',
    'Green, Red',
    'Black, Red',
    ...rAspect,
    ...rHardy,
    ...texts(rHow),
    ...texts(rProp),
    'City and courtyard gardens',
    'Cottage and informal garden',
    'Low maintenance',
    ...texts(rPrune),
    ...rPests,
    ...texts(rProblems),
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...rNav, 'Search', 'Log in', 'Join now', ...rCrumbs.slice(0, 3), 'Flower clusters in February',
    'Image: Society of Growers / Ines Darrow',
    'View all 4 images', 'Save to my plants', 'Award of Garden Merit', 'Buy this plant from', ...rBuy,
    'Suppliers are members of our Plant Finder scheme. Check stock with the nursery before travelling.', 'Get more from your garden',
    'Join today and get free entry to four gardens, our monthly magazine and personal advice from our experts.', 'Become a member',
    'You might also like', ...rRelated, ...rFoot, 'The Society of Growers is a charity registered in England and Wales, number 2209114.',
    'We use cookies to make our website work and to understand how you use it.', 'Accept all', 'Manage preferences',
  ],
};

export const HELDOUT348_A: readonly TestPage[] = [rhsProfile, shopifyProduct];
