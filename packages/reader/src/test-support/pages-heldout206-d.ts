import { links, ps, type TestPage, texts } from './page-kit.js';
import { cinemaFilm } from './pages-heldout206-d2.js';

/**
 * Held-out batch 206, file d: a municipal museum's exhibition page on Drupal 10 (Olivero-derived theme: the "Free entry"
 * utility bar, main menu, breadcrumb, the exhibition hero with dates, location and the "Book free tickets" button, the
 * exhibition body with an image and caption, a pull quote and a highlights list, the "Plan your visit" sidebar with
 * opening times and admission table, the funders' logos line, the related exhibitions teasers, the newsletter block, the
 * EU Cookie Compliance banner and the footer) and, from file d2, an independent cinema's film page.
 */
const muTitle = 'Threads of the Valley: Two Centuries of Mill Work';
const muIntro =
  'From the first water-powered spinning frames to the last shift at Greaves Mill in 1998, this exhibition tells the story of ' +
  'the people who made cloth in the Pendle valley.';
const muP1 = [
  'For almost two hundred years, cotton shaped every part of life in Pendlebrook. At its peak in 1911 the town had forty-three ' +
    'mills and more than half of its working people spent their days in weaving sheds and spinning rooms. Today only the chimneys ' +
    'and a handful of converted buildings remain.',
  '<em>Threads of the Valley</em> brings together more than 200 objects from the museum’s collection, many on display for the ' +
    'first time, alongside loans from families across the town. Clogs, pay packets, union banners and a working Lancashire loom ' +
    'sit beside recorded memories from former mill workers, gathered by volunteers over the last three years.',
];
const muH1 = 'Voices from the mill floor';
const muP2 = [
  'At the heart of the exhibition are the voices of the people who worked the looms. Over eighty former workers and their ' +
    'children shared their stories with our oral history team, and you can hear them throughout the galleries.',
  'Some memories are funny, some are hard to listen to. All of them show a community that looked after its own, through strikes, ' +
    'closures and the slow decline of an industry that once clothed the world.',
];
const muQuote = '“You didn’t talk in the weaving shed, you couldn’t hear yourself think. So we all learned to lip-read. I still do it now.”';
const muH2 = 'Exhibition highlights';
const muHigh = [
  'A restored 1906 Lancashire loom, demonstrated by volunteers every Saturday at 11am and 2pm.',
  'The Pendlebrook Weavers’ Association banner, carried through the town in the strike of 1932.',
  'A wall of 300 pay packets donated by the Haworth family, covering three generations of work at Greaves Mill.',
  'A listening booth with the full recordings from the oral history project.',
];
const muH3 = 'For families';
const muP3 = [
  'Pick up a free trail from the front desk and follow the bobbins through the galleries. Younger visitors can try the dressing-up ' +
    'corner, design their own fabric in our pattern studio and help us build a giant community quilt that will grow over the run ' +
    'of the exhibition.',
];
const muNav = ['Visit', 'What’s on', 'Collections', 'Learning', 'Get involved', 'Shop'];
const muCrumbs = ['Home', 'What’s on', 'Exhibitions'];
const muHero = ['17 January – 31 August 2026', 'Gallery 2 and 3, first floor', 'Free, booking recommended'];
const muCaption = 'Weavers at Greaves Mill, around 1935. Pendlebrook Museum collection.';
const muQuoteBy = 'Margaret Hollins, weaver at Greaves Mill from 1956 to 1979';
const muHours = ['Tuesday to Saturday: 10am – 5pm', 'Sunday: 11am – 4pm', 'Closed Mondays except bank holidays'];
const muPlan = ['Plan your visit', 'Opening times', 'Getting here', 'Accessibility', 'Café and shop', 'Book free tickets'];
const muFunders = 'This exhibition is supported by the National Lottery Heritage Fund and the Friends of Pendlebrook Museum.';
const muRelated = ['Made in Pendlebrook: Everyday Design', 'The Photographer’s Eye: Ada Swindells', 'Small Worlds: Dolls’ Houses 1800–1950'];
const muNews = ['Stay in touch', 'Hear about exhibitions, events and family activities first.', 'Email address', 'Subscribe'];
const muCookie = [
  'We use cookies on this site to enhance your user experience',
  'By clicking the Accept button, you agree to us doing so.',
  'More info',
  'Accept',
  'No, thanks',
];
const muFoot = ['Contact us', 'Jobs and volunteering', 'Venue hire', 'Privacy notice', 'Cookies', 'Accessibility statement'];
const muAddr = 'Pendlebrook Museum, Old Library Square, Pendlebrook PB1 2AA';
const muHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>Threads of the Valley: Two Centuries of Mill Work | Pendlebrook Museum</title>
<meta name="description" content="${muIntro}"><link rel="canonical" href="https://www.pendlebrookmuseum.example/whats-on/exhibitions/threads-valley">
<meta property="og:type" content="article"><meta property="og:title" content="${muTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"ExhibitionEvent","name":"${muTitle}","startDate":"2026-01-17",
"endDate":"2026-08-31","isAccessibleForFree":true,"location":{"@type":"Museum","name":"Pendlebrook Museum"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq2r8vN0a.css?delta=0&amp;language=en&amp;theme=pendlebrook&amp;include=eJx">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/812"},"eu_cookie_compliance":
{"popup_enabled":true}}</script></head>
<body class="path-node page-node-type-exhibition"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="utility-bar"><p>Free entry to the museum, every day we’re open.</p></div>
<header class="site-header" role="banner"><div class="region region-header"><div id="block-pendlebrook-branding" class="block block-system
block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/pendlebrook/logo.svg" alt="Home"></a></div>
<nav role="navigation" aria-labelledby="block-pendlebrook-main-menu-menu" id="block-pendlebrook-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-pendlebrook-main-menu-menu">Main navigation</h2><ul class="menu menu--level-1">${links(muNav, 'menu__item')}</ul></nav>
</div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${muCrumbs.map((t) => `<li><a href="/">${t}</a></li>`).join('')}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="region region-content"><div data-drupal-messages-fallback class="hidden"></div>
<article data-history-node-id="812" class="node node--type-exhibition node--promoted node--view-mode-full">
<div class="exhibition-hero"><div class="field field--name-field-hero-image field--type-image"><img src="/sites/default/files/2025-10/threads-hero.jpg"
alt="A row of looms in a weaving shed"></div><div class="exhibition-hero__text"><p class="exhibition-hero__type">Exhibition</p>
<h1 class="page-title"><span class="field field--name-title field--type-string">${muTitle}</span></h1>
<div class="field field--name-field-summary field--type-string-long"><p>${muIntro}</p></div>
<ul class="exhibition-hero__facts">${muHero.map((t) => `<li>${t}</li>`).join('')}</ul>
<a class="button button--primary" href="/book/threads">Book free tickets</a></div></div>
<div class="node__content layout-sidebar-right"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
${ps(muP1)}
<h2>${muH1}</h2>
<figure role="group" class="caption caption-img align-center"><img src="/sites/default/files/inline-images/weavers-1935.jpg" alt="Women at looms">
<figcaption>${muCaption}</figcaption></figure>
${ps(muP2)}
<blockquote class="pull-quote"><p>${muQuote}</p><footer>${muQuoteBy}</footer></blockquote>
<h2>${muH2}</h2>
<ul>${muHigh.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${muH3}</h2>
${ps(muP3)}
</div>
<aside class="node__sidebar"><div class="paragraph paragraph--type--visit-info"><h2>${muPlan[0]}</h2><h3>${muPlan[1]}</h3>
<ul>${muHours.map((t) => `<li>${t}</li>`).join('')}</ul><ul class="visit-links">${links(muPlan.slice(2, 5))}</ul>
<table class="admission"><thead><tr><th>Ticket</th><th>Price</th></tr></thead><tbody><tr><td>Adults</td><td>Free</td></tr><tr><td>Group of 10 or more</td>
<td>Book ahead</td></tr></tbody></table></div></aside></div>
<div class="field field--name-field-funders"><p class="funders">${muFunders}</p></div></article>
<div class="views-element-container block block-views"><h2>Related exhibitions</h2><div class="view view-related-exhibitions"><div class="view-content">
${muRelated
  .map(
    (t, i) => `<div class="views-row"><article class="node node--view-mode-teaser"><h3><a href="/whats-on/exhibitions/${i}">${t}</a></h3>
</article></div>`,
  )
  .join('\n')}
</div></div></div></div></main>
<div class="region region-pre-footer"><div id="block-newsletter" class="block block-block-content"><h2>${muNews[0]}</h2><p>${muNews[1]}</p><form><label
for="edit-email">${muNews[2]}</label><input id="edit-email" type="email"><input type="submit" value="Subscribe" class="button">
<span class="visually-hidden">${muNews[3]}</span>
</form></div></div>
<footer class="site-footer" role="contentinfo"><div class="region region-footer"><p>${muAddr}</p><ul class="menu">${links(muFoot)}</ul>
<p class="copyright">© Pendlebrook Borough Council 2025</p></div></footer></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="dialog" aria-labelledby="popup-text"><div class="popup-content info
eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>${muCookie[0]}</h2><p>${muCookie[1]}</p><button type="button"
class="find-more-button eu-cookie-compliance-more-button">${muCookie[2]}</button></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button
type="button" class="agree-button eu-cookie-compliance-secondary-button">${muCookie[3]}</button><button type="button" class="decline-button
eu-cookie-compliance-default-button">${muCookie[4]}</button></div></div></div>
<script src="/sites/default/files/js/js_9cQ1sT0oPz.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=pendlebrook"></script></body></html>`;
const museum: TestPage = {
  html: muHtml,
  name: 'heldout206-drupal-museum-exhibition',
  kind: 'blog',
  // the summary under the h1 is body (a dek), as are the pull quote (its attribution line in neither list) and the highlights
  // list; the hero type label and facts, "Book free tickets", the caption, the visit sidebar with its table, the funders line,
  // related teasers, newsletter, cookie banner and footer are furniture
  title: muTitle,
  headings: [muH1, muH2, muH3],
  body: [muIntro, ...texts(muP1), ...muP2, muQuote, ...muHigh, ...muP3],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Free entry to the museum, every day we’re open.', 'Main navigation', ...muNav, 'Breadcrumb', ...muCrumbs, 'Exhibition',
    ...muHero, muCaption, ...muPlan, ...muHours, 'Adults', 'Free', 'Group of 10 or more', 'Book ahead', muFunders,
    'Related exhibitions', ...muRelated, ...muNews, muAddr, ...muFoot, '© Pendlebrook Borough Council 2025', ...muCookie,
  ],
};

export const HELDOUT206_D: readonly TestPage[] = [museum, cinemaFilm];
