import { links, type TestPage } from './page-kit.js';
import { blocks } from './pages-heldout202-kit.js';

/**
 * Held-out batch 202, file a2: a Philips Hue support article (the OneTrust cookie banner first in the body, the AEM header with
 * the mega-menu, search and cart, the country notice, the breadcrumb, the article with its "Applies to" product chips, a
 * "Tip" callout and an accordion, the "Was this article helpful?" widget, "Related articles", the "Still need help?" contact
 * block, the newsletter sign-up and the footer).
 */
const hueTitle = 'Why does my Hue light show as Unreachable in the app?';
const hueArt = `<div class="cmp-text article-intro"><p>If a light appears as <strong>Unreachable</strong> in the Hue app, your Hue Bridge
can no longer talk to it. The light may still switch on and off with the wall switch, but you won’t be able to control it from the app, scenes or
automations until the connection is back.</p></div>
<div class="cmp-text"><h2 id="check-power">Check that the light has power</h2>
<p>Most of the time, a light is unreachable because it has been switched off at the wall. Smart lights need constant power to stay connected, so
make sure the wall switch is on and leave it on. If you want to use a wall switch, consider a Hue smart button or dimmer switch that you can mount
over your existing switch instead.</p>
<p>If the light is in a fixture with a separate dimmer, turn the dimmer all the way up. Hue lights are not designed to work with traditional
dimmers and may flicker or disconnect when dimmed that way.</p>
<h2 id="check-distance">Check the distance to the Bridge</h2>
<p>Hue lights pass the signal on to each other, forming a mesh network. A light that is far away from the Bridge and from other Hue lights may lose
the signal, especially through thick walls, floors or metal fixtures.</p>
<ul><li>Move the Bridge to a more central spot in your home, away from your Wi-Fi router and other wireless devices.</li>
<li>Add a mains-powered Hue light or smart plug between the Bridge and the unreachable light to extend the range.</li>
<li>Avoid placing the Bridge inside a metal cabinet or behind the TV.</li></ul></div>
<div class="cmp-callout cmp-callout--tip" role="note"><span class="cmp-callout__label">Tip</span>
<p>Battery-powered accessories, such as motion sensors and smart buttons, don’t pass the signal on. Only lights and smart plugs make the network
stronger.</p></div>
<div class="cmp-text"><h2 id="change-channel">Change the Zigbee channel</h2>
<p>Interference from a busy Wi-Fi network can make lights drop out now and then. You can ask the Bridge to move to a quieter Zigbee channel:</p>
<ol><li>Open the Hue app and tap the <strong>Settings</strong> tab.</li>
<li>Tap <strong>Bridges</strong>, then tap the info icon next to your Bridge.</li>
<li>Tap <strong>Zigbee channel change</strong> and then <strong>Change channel</strong>.</li>
<li>Wait a few minutes while your lights reconnect. Don’t switch off any lights during the change.</li></ol>
<h2 id="reset-light">Reset and add the light again</h2>
<p>If none of the steps above help, delete the light from the app and add it again. In the Hue app, go to <strong>Settings</strong> &gt;
<strong>Lights</strong>, tap the light and choose <strong>Delete</strong>. Then tap <strong>Add light</strong> and follow the steps on screen. If
the app can’t find the light, enter the six-character serial number printed on the light or its packaging.</p>
<p>Once the light is back, add it to its room again and update any scenes or automations that used it.</p></div>`;
const hueHeads = blocks(hueArt, 'h2');
const hueNav = ['Products', 'Smart lighting', 'Accessories', 'Bundles', 'Apps', 'Explore', 'Support', 'Shop'];
const hueCrumbs = ['Home', 'Support', 'Connectivity and setup'];
const hueApplies = ['Hue Bridge', 'Hue White and Color Ambiance', 'Hue White Ambiance'];
const hueRelated = [
  'How do I reset my Hue Bridge?',
  'How do I add a light to the Hue app?',
  'Why do my lights turn on after a power cut?',
  'What is a Zigbee channel?',
];
const hueCookie =
  'We and our partners use cookies and similar technologies to improve your experience, analyse traffic and show you personalised ads. You can manage ' +
  'your choices at any time.';
const hueNews = ['Be the first to know', 'Get news about new products, offers and tips for your smart home.', 'Email address', 'Subscribe'];
const hueFootCols = ['About us', 'Careers', 'Newsroom', 'Hue Blog', 'Contact us', 'Warranty', 'Product registration', 'Sustainability'];
const hueLegal = ['Privacy notice', 'Cookie notice', 'Terms of use', 'Accessibility', 'Do not sell or share my personal information'];
const hueHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr"><head><meta charset="UTF-8"><title>${hueTitle} | Philips Hue</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Learn what to do when a light shows as Unreachable.">
<meta property="og:title" content="${hueTitle}"><meta property="og:site_name" content="Philips Hue"><meta name="template" content="support-article">
<link rel="canonical" href="https://www.philips-hue.com/en-us/support/article/why-does-my-hue-light-show-as-unreachable/000027">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${hueTitle}",
"acceptedAnswer":{"@type":"Answer","text":"Check that the light has power, check the distance to the Bridge, change the Zigbee channel."}}]}</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="7f1c-hue" async></script>
<link rel="stylesheet" href="/etc.clientlibs/hue/clientlibs/clientlib-site.lc-4f8a1c.min.css"></head>
<body class="page basicpage support-article" data-country="us">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">${hueCookie}</p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie settings</button>
<button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div></div>
<a class="skip-link" href="#main">Skip to main content</a>
<div class="country-notice" role="region"><p class="country-notice__text">You’re viewing the United States site.</p>
<a class="country-notice__link" href="/en-us/country-selector">Change country</a></div>
<header class="cmp-header"><div class="cmp-header__inner"><a class="cmp-header__logo" href="/en-us"><span class="sr-only">Philips Hue home</span></a>
<nav class="cmp-navigation" aria-label="Main"><ul class="cmp-navigation__group">${links(hueNav, 'cmp-navigation__item')}</ul></nav>
<div class="cmp-header__tools"><button class="cmp-search-toggle" aria-label="Search"><span class="sr-only">Search</span></button>
<a class="cmp-header__account" href="/en-us/account">My Hue</a><a class="cmp-header__cart" href="/en-us/cart"><span class="sr-only">Cart</span>
<span class="cmp-header__cart-count">0</span></a></div></div></header>
<main id="main" class="cmp-main"><nav class="cmp-breadcrumb" aria-label="Breadcrumb"><ol class="cmp-breadcrumb__list">
${links(hueCrumbs, 'cmp-breadcrumb__item')}</ol></nav>
<div class="support-article__container"><article class="cmp-support-article"><div class="cmp-title"><h1 class="cmp-title__text">${hueTitle}</h1></div>
<div class="cmp-support-article__applies"><span class="cmp-support-article__applies-label">Applies to:</span>
<ul class="cmp-chips">${hueApplies.map((t) => `<li class="cmp-chip">${t}</li>`).join('')}</ul></div>
${hueArt}
<div class="cmp-accordion" data-cmp-is="accordion"><div class="cmp-accordion__item" data-cmp-hook-accordion="item">
<h3 class="cmp-accordion__header"><button class="cmp-accordion__button" aria-expanded="false"><span class="cmp-accordion__title">Using Bluetooth
without a Bridge?</span></button></h3><div class="cmp-accordion__panel cmp-accordion__panel--hidden" role="region" hidden>
<div class="cmp-text"><p>Bluetooth lights must be within 30 feet (10 meters) of your phone. Move closer to the light and pull down to refresh the
light list in the Hue Bluetooth app.</p></div></div></div></div>
<p class="cmp-support-article__id">Article ID: 000027 · Last updated: September 18, 2025</p></article>
<div class="cmp-feedback" data-component="article-feedback"><p class="cmp-feedback__question">Was this article helpful?</p>
<button class="cmp-feedback__btn" value="yes">Yes</button><button class="cmp-feedback__btn" value="no">No</button>
<p class="cmp-feedback__thanks" hidden>Thank you for your feedback!</p></div></div>
<aside class="cmp-related-articles"><h2 class="cmp-related-articles__title">Related articles</h2><ul>${links(hueRelated)}</ul></aside>
<section class="cmp-contact-teaser"><h2 class="cmp-contact-teaser__title">Still need help?</h2>
<p class="cmp-contact-teaser__text">Our support team is ready to help by chat, phone or email.</p>
<a class="cmp-button" href="/en-us/support/contact">Contact us</a></section></main>
<section class="cmp-newsletter"><h2 class="cmp-newsletter__title">${hueNews[0]}</h2><p>${hueNews[1]}</p><form class="cmp-form">
<label for="nl-email">${hueNews[2]}</label><input id="nl-email" type="email"><button type="submit">${hueNews[3]}</button></form></section>
<footer class="cmp-footer"><ul class="cmp-footer__links">${links(hueFootCols, 'cmp-footer__item')}</ul>
<ul class="cmp-footer__legal">${links(hueLegal, 'cmp-footer__legal-item')}</ul>
<p class="cmp-footer__copyright">© Signify Holding 2025. All rights reserved.</p></footer>
<script src="/etc.clientlibs/hue/clientlibs/clientlib-site.lc-9b2e7d.min.js"></script></body></html>`;
export const hueArticle: TestPage = {
  html: hueHtml,
  name: 'heldout202-philips-hue-help-article',
  kind: 'docs',
  // the intro, sections, the "Tip" callout's text and the hidden Bluetooth accordion panel are the article; the
  // accordion's question is a heading; the "Tip" label is in neither list; the article id and update date are bylines
  title: hueTitle,
  headings: [...hueHeads, 'Using Bluetooth without a Bridge?'],
  body: blocks(`${hueArt}<p>Bluetooth lights must be within 30 feet (10 meters) of your phone. Move closer to the light and pull down to refresh the
light list in the Hue Bluetooth app.</p>`),
  bylines: ['Article ID: 000027 · Last updated: September 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    hueCookie, 'Cookie settings', 'Reject all', 'Accept all cookies', 'Skip to main content', 'You’re viewing the United States site.',
    'Change country', 'Philips Hue home', ...hueNav, 'Search', 'My Hue', 'Cart', ...hueCrumbs, 'Applies to:', ...hueApplies,
    'Was this article helpful?', 'Yes', 'No',
    'Thank you for your feedback!', 'Related articles', ...hueRelated, 'Still need help?',
    'Our support team is ready to help by chat, phone or email.', 'Contact us', ...hueNews, ...hueFootCols.filter((t) => t !== 'Contact us'),
    ...hueLegal, '© Signify Holding 2025. All rights reserved.',
  ],
};
