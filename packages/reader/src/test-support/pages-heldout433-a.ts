import { links, ps, type TestPage, texts } from './page-kit.js';
import { elementorGuide } from './pages-heldout433-a2.js';
import { j, rows } from './pages-heldout433-kit.js';

/**
 * Held-out batch 433, file a: a theme park's ride page on a Drupal 10 site (header and main menu, breadcrumb, ride facts
 * panel, rider requirements table, "Last updated" line, "You might also like" ride cards, EU Cookie Compliance banner,
 * newsletter block and footer) and, from file a2, a show cave's visitor guide built with Elementor.
 */
const rTitle = 'Stormcrow';
const rIntro = [
  j(
    'Stormcrow is the tallest ride at Thornbury Vale and the first launched wing coaster in the county. Riders sit in pairs on',
    'either side of the track, with nothing above or below them, and are fired out of the station at 62 mph before climbing',
    'a 41-metre top hat that leans out over the lake.',
  ),
  j(
    'The ride lasts a little under a minute and a half, takes in three inversions and finishes with a low pass through the',
    'old quarry wall, so close that most riders instinctively lift their feet.',
  ),
];
const rHeight = [
  j(
    'Our ride hosts check every guest at the entrance to the queue line and again at the station. If you are close to a limit,',
    'please measure at the height stand by the entrance before you queue, because hosts cannot make exceptions.',
  ),
];
const rTable: readonly (readonly string[])[] = [
  ['Minimum height', '1.30 m (no exceptions)'],
  ['Maximum height', '1.96 m'],
  ['Riders under 1.40 m', 'Must ride with a person aged 16 or over'],
  ['Maximum chest size', '132 cm, checked at the test seat'],
];
const rBefore = [
  'You should not ride Stormcrow if you are pregnant, have a heart condition, or have had recent surgery or a back or neck injury.',
  'Loose items must go in the free lockers by the exit; phones cannot be carried on the ride, even in a zipped pocket.',
  'Guests using the Ride Access Pass should go to the exit gate and show their pass to a host, who will give a return time.',
  'The ride may close in high winds or lightning, and usually reopens within the hour once the weather passes.',
];
const rAfter = [
  j(
    'On-ride photos are taken just after the top hat and can be collected from the Stormcrow shop at the exit. The shop also',
    'sells the only Stormcrow plush in the park, which, we are told, is a bigger hit than the ride with some of our younger guests.',
  ),
];
const rNav = ['Tickets', 'Rides', 'Shows', 'Eat & Drink', 'Stay', 'Plan Your Visit', 'Annual Passes'];
const rCrumbs = ['Home', 'Rides', 'Thrill rides'];
const rFacts: readonly (readonly [string, string])[] = [
  ['Thrill level', 'Extreme'],
  ['Area', 'Quarry Lands'],
  ['Ride time', '1 min 25 sec'],
];
const rMore = ['Hollow Mill Flume', 'The Rattler', 'Skyhook Swings'];
const rFoot = ['About us', 'Careers', 'Accessibility', 'Privacy notice', 'Terms & conditions', 'Contact us'];
const fact = ([k, v]: readonly [string, string]): string =>
  `<li class="attraction-facts__item"><span class="attraction-facts__label">${k}</span>\n<span class="attraction-facts__value">${v}</span></li>`;
const teaser = (m: string): string => `<div class="views-row"><article class="node node--type-attraction node--view-mode-teaser">
<h3 class="node__title"><a href="/rides/${m.toLowerCase().replace(/ /g, '-')}">${m}</a></h3></article></div>`;
const rHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head>
<meta charset="utf-8"><meta name="description" content="Stormcrow: a launched wing coaster with a 41m top hat. Height restrictions and ride info.">
<link rel="canonical" href="https://www.thornburyvale.example/rides/stormcrow"><meta property="og:site_name" content="Thornbury Vale Adventure Park">
<meta property="og:title" content="Stormcrow | Thornbury Vale Adventure Park"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"TouristAttraction","name":"Stormcrow",
"isAccessibleForFree":false,"containedInPlace":{"@type":"AmusementPark","name":"Thornbury Vale Adventure Park"}}]}</script>
<title>Stormcrow | Thornbury Vale Adventure Park</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq1vB3.css?delta=0&amp;language=en&amp;theme=tvap&amp;include=eJxtjEEK">
<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script></head>
<body class="path-node page-node-type-attraction">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">
<header role="banner" class="site-header"><div class="region region-header"><div id="block-tvap-branding" class="block block-system
block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/tvap/logo.svg" alt="Home"></a></div>
<nav role="navigation" aria-labelledby="block-tvap-main-menu-menu" id="block-tvap-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-tvap-main-menu-menu">Main navigation</h2>
<ul class="menu menu--level-1">${links(rNav, 'menu-item')}</ul></nav>
<div class="block block-tvap-header-cta"><a href="/tickets" class="button button--primary">Book tickets</a></div></div></header>
<div class="region region-breadcrumb"><div id="block-tvap-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol>${links(rCrumbs)}</ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-tvap-content" class="block block-system block-system-main-block">
<article data-history-node-id="214" class="node node--type-attraction node--promoted node--view-mode-full">
<div class="node__hero"><img src="/sites/default/files/styles/hero/public/2026-02/stormcrow-lake.jpg" alt="Stormcrow's top hat over the lake">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${rTitle}</span></h1></div>
<aside class="attraction-facts"><ul class="attraction-facts__list">
${rFacts.map(fact).join('\n')}
</ul><a href="/park-map#quarry-lands" class="attraction-facts__map">View on park map</a></aside>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(rIntro)}
<h2>Height and access</h2>
${ps(rHeight)}
<table class="table--rider-requirements"><thead><tr><th>Rider</th><th>Requirement</th></tr></thead><tbody>
${rows(rTable)}
</tbody></table>
<h2>Before you ride</h2>
<ul>
${rBefore.map((b) => `<li>${b}</li>`).join('\n')}
</ul>
<h2>After the ride</h2>
${ps(rAfter)}
</div>
<div class="field field--name-field-last-updated field--type-datetime"><p class="node__updated">Last updated: 2 March 2026</p></div>
</div></article></div>
<div class="views-element-container block block-views block-views-blockrelated-attractions-block-1">
<h2 class="block__title">You might also like</h2><div class="view view-related-attractions"><div class="view-content">
${rMore.map(teaser).join('\n')}
</div></div></div></div></div></main>
<div class="region region-pre-footer"><div id="block-newsletter" class="block block-simplenews block-simplenews-subscription-block">
<h2 class="block__title">Be first in the queue</h2><p>Park news, offers and new-ride announcements, once a month.</p>
<form class="simplenews-subscriber-form" data-drupal-selector="simplenews-subscriptions-block" action="/rides/stormcrow" method="post">
<label for="edit-mail">Email address</label><input type="email" id="edit-mail" name="mail" class="form-email required">
<input type="submit" value="Subscribe" class="button js-form-submit form-submit"></form></div></div>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><nav class="block block-menu menu--footer">
<ul class="menu">${links(rFoot, 'menu-item')}</ul></nav>
<div class="block block-block-content"><p>© 2026 Thornbury Vale Leisure Ltd. Registered in England no. 04417731.</p></div></div></footer>
</div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in" role="dialog"
aria-labelledby="popup-text"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message">
<h2>We use cookies on this site to enhance your user experience</h2><p>By clicking the Accept button, you agree to us doing so.</p>
<button type="button" class="find-more-button eu-cookie-compliance-more-button">More info</button></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-secondary-button">Accept</button>
<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/214","currentLanguage":"en"},
"eu_cookie_compliance":{"cookie_name":"","method":"opt_in","popup_enabled":true},"user":{"uid":0}}</script>
<script src="/sites/default/files/js/js_4mQv1sX.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=tvap"></script>
</body></html>`;
const ride: TestPage = {
  name: 'heldout433-drupal-ride-page-docs',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: ['Height and access', 'Before you ride', 'After the ride'],
  body: texts([...rIntro, ...rHeight, ...rTable.flat(), ...rBefore, ...rAfter]),
  bylines: ['Last updated: 2 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Main navigation', ...rNav, 'Book tickets', 'Breadcrumb', ...rCrumbs, ...rFacts.flat(), 'View on park map',
    'You might also like', ...rMore, 'Be first in the queue', 'Park news, offers and new-ride announcements, once a month.', 'Email address',
    ...rFoot, '© 2026 Thornbury Vale Leisure Ltd. Registered in England no. 04417731.',
    'We use cookies on this site to enhance your user experience', 'By clicking the Accept button, you agree to us doing so.', 'More info', 'Accept',
    'No, thanks',
  ],
};

export const HELDOUT433_A: readonly TestPage[] = [ride, elementorGuide];
