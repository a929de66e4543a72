import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout653-kit.js';

/**
 * Held-out batch 653, file a2: a tortoise rescue's adoption page built with Elementor on WordPress (Hello Elementor theme,
 * Elementor Pro header and footer, CookieYes banner).
 */
const eTitle = 'Adopt a tortoise';
const eIntro = [
  j(
    'Every year we take in around ninety tortoises whose owners can no longer keep them. Most are Hermann\u2019s and spur-thighed',
    'tortoises between twenty and sixty years old, and many will outlive their next keeper too.',
  ),
  'We rehome them to adopters who can offer a safe outdoor pen, a heated indoor set-up and a plan for the long years ahead.',
];
const eNeedP = ['Before you apply, please make sure you can offer:'];
const eNeed = [
  'a secure, escape-proof garden pen of at least 4 square metres, with shade and a shelter',
  'a tortoise table or vivarium with UVB lighting for cold spells',
  'access to a vet who sees reptiles, within an hour of your home',
  'someone who will take over the tortoise if you no longer can',
];
const eSteps = [
  'Fill in the adoption form. It takes about fifteen minutes.',
  'One of our volunteers will call you to talk through your set-up.',
  'We arrange a home visit, in person or by video, to see the pen and the indoor enclosure.',
  'Once you are approved, we match you with a tortoise and you collect it from the sanctuary.',
];
const eFee = [
  j(
    'We ask for a minimum donation of £120 for a single tortoise. This covers the health check, worming and microchip each animal',
    'receives before it leaves us. We do not rehome tortoises between October and March, when most of them are hibernating.',
  ),
];
const eTorts = [
  ['Bramble', 'A 35-year-old female Hermann\u2019s tortoise, bold and food-driven. She has lived with children and would suit a family home.'],
  ['Pip and Juno', 'Two young male spur-thighs who must go together. They need a large pen with plenty of cover to keep the peace.'],
  ['Captain', 'An elderly male with a repaired shell who is healthy now but needs a keeper happy to give a daily soak in summer.'],
];
const eH = ['What you will need', 'How adoption works', 'Adoption donation', 'Tortoises looking for homes'];
const eNav = ['Home', 'About us', 'Adopt', 'Care advice', 'Surrender a tortoise', 'News', 'Contact'];
const eFoot = ['Privacy policy', 'Cookie policy', 'Safeguarding'];
const eSec = (id: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} e-flex e-con-boxed e-con e-parent" data-id="${id}" data-element_type="container"><div
class="e-con-inner">${inner}</div></div>`;
const eHead = (t: string, tag = 'h2'): string =>
  `<div class="elementor-element elementor-widget elementor-widget-heading" data-element_type="widget" data-widget_type="heading.default"><div
class="elementor-widget-container"><${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}></div></div>`;
const eText = (inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-text-editor" data-element_type="widget" data-widget_type="text-editor.default"><div
class="elementor-widget-container">${inner}</div></div>`;
const eBtn = (t: string, href: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-button" data-widget_type="button.default"><div class="elementor-widget-container"><div
class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="${href}"><span
class="elementor-button-content-wrapper"><span class="elementor-button-text">${t}</span></span></a></div></div></div>`;
const eCards = eTorts
  .map(([n, d]) => `<div class="e-con-full e-flex e-con e-child">${eHead(n ?? '', 'h3')}${eText(ps([d ?? '']))}${eBtn('Ask about me', '/adopt/apply/')}</div>`)
  .join('\n');
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Adopt a tortoise &#8211; Shellbrook Tortoise Rescue</title><meta name='robots' content='index, follow, max-image-preview:large'>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://shellbrookrescue.org.uk/adopt/","name":"Adopt a tortoise - Shellbrook Tortoise Rescue","inLanguage":"en-GB"}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://shellbrookrescue.org.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://shellbrookrescue.org.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.4'
media='all'>
<link rel='stylesheet' id='elementor-post-212-css' href='https://shellbrookrescue.org.uk/wp-content/uploads/elementor/css/post-212.css?ver=1727350011'
media='all'>
<meta name="generator" content="Elementor 3.24.4; features: e_font_icon_svg; settings: css_print_method-external, google_font-enabled"></head>
<body class="page-template-default page page-id-212 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-212">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="31" class="elementor elementor-31 elementor-location-header" data-elementor-post-type="elementor_library">
${eSec(
  '4b1f0e2',
  `<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div class="elementor-widget-container"><a
href="https://shellbrookrescue.org.uk"><img width="220" height="64" src="https://shellbrookrescue.org.uk/wp-content/uploads/2023/02/shellbrook-logo.png"
class="attachment-full size-full" alt="Shellbrook Tortoise Rescue"></a></div></div>
<div class="elementor-element elementor-nav-menu__align-end elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline"><ul
id="menu-1-7d1e" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><svg aria-hidden="true" class="e-font-icon-svg
e-eicon-menu-bar"></svg></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-7d1e"
class="elementor-nav-menu">${links(eNav, 'menu-item')}</ul></nav></div></div>
${eBtn('Donate', '/donate/')}`,
)}</div>
<main id="content" class="site-main post-212 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="212" class="elementor elementor-212" data-elementor-post-type="page">
${eSec('a3c9d10', eHead(eTitle, 'h1') + eText(ps(eIntro)))}
${eSec(
  'b71e0f4',
  eHead(eH[0] ?? '') +
    eText(ps(eNeedP)) +
    `<div class="elementor-element elementor-widget elementor-widget-icon-list"
data-widget_type="icon-list.default"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">${eNeed
      .map(
        (t) => `<li
class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-fas-check"></svg></span><span
class="elementor-icon-list-text">${t}</span></li>`,
      )
      .join('\n')}</ul></div></div>`,
)}
${eSec('c0d4a51', eHead(eH[1] ?? '') + eText(`<ol>${lis(eSteps)}</ol>`) + eBtn('Start your application', '/adopt/apply/'))}
${eSec('d98b2e7', eHead(eH[2] ?? '') + eText(ps(eFee)))}
${eSec('e15f6c3', eHead(eH[3] ?? '') + eCards)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="44" class="elementor elementor-44 elementor-location-footer" data-elementor-post-type="elementor_library">
${eSec(
  'f2a7c90',
  eHead('Shellbrook Tortoise Rescue', 'h4') +
    eText(ps(['Registered charity no. 1187342', 'Holloway Farm, Shellbrook Lane, Densworth'])) +
    `<div class="elementor-widget-nav-menu"><nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(eFoot)}</ul></nav></div>` +
    eText(ps(['&copy; 2026 Shellbrook Tortoise Rescue. All rights reserved.'])),
)}</div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="consent-bar"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description">
<p>We use cookies to see how visitors use our site and to improve it. You can accept all cookies or choose which ones to allow.</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="Customise"
data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button><button class="cky-btn cky-btn-accept"
aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script src="https://shellbrookrescue.org.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.4" id="elementor-frontend-js"></script></body>
</html>`;
const elementor: TestPage = {
  name: 'heldout653-elementor-adoption',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [...eH, ...eTorts.map(([n]) => n ?? '')],
  body: texts([...eIntro, ...eNeedP, ...eNeed, ...eSteps, ...eFee, ...eTorts.map(([, d]) => d ?? '')]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Adopt'),
    'Donate', 'Start your application', 'Ask about me', 'Shellbrook Tortoise Rescue', 'Registered charity no. 1187342',
    'Holloway Farm, Shellbrook Lane, Densworth', ...eFoot, '© 2026 Shellbrook Tortoise Rescue. All rights reserved.', 'We value your privacy',
    'We use cookies to see how visitors use our site and to improve it. You can accept all cookies or choose which ones to allow.', 'Customise',
    'Reject All', 'Accept All',
  ],
};

export const HELDOUT653_A2: readonly TestPage[] = [elementor];
