import { links, ps, type TestPage } from './page-kit.js';
import { at, j, rowTexts, tidy, trs } from './pages-heldout566-kit.js';

/**
 * Held-out batch 566, file a2: a beekeeping association's swarm collection page on WordPress with Elementor (Hello Elementor theme,
 * Elementor Pro header and footer).
 */
const eTitle = 'Swarm collection';
const eBody = [
  j(
    'Seen a swarm? Please don’t panic. A swarm is a colony of honey bees looking for a new home, and for the few hours or days it hangs',
    'in a cluster the bees are full of honey and very rarely sting. Keep people and pets back, don’t spray the bees and call one of',
    'our volunteer collectors below.',
  ),
  'Is it honey bees?',
  j(
    'Our members only collect honey bees. Bumble bees nesting in a bird box or compost heap will move on at the end of the summer and',
    'are best left alone. Wasps, hornets and solitary bees are not something we can help with; for wasps, call a pest controller.',
  ),
  'A cluster the size of a rugby ball or larger, hanging from a branch, fence or post',
  'Thousands of slim, brown bees, all much the same size',
  'A loud hum, with bees flying in a cloud before they settle',
  'Before you call',
  j(
    'It helps the collector if you can tell them where the swarm is, how high it is off the ground, how long it has been there and',
    'roughly how big it is. A photograph sent by text saves a wasted journey more often than not.',
  ),
  'Swarm collectors by area',
  j(
    'Collectors are volunteers and not always free, so if the first number does not answer, try the next one in your area. Please',
    'call between 8am and 8pm.',
  ),
  j(
    'We do not charge for collecting a swarm, though many people make a donation to the association’s education fund. Collectors',
    'cannot remove bees from inside walls, chimneys or roofs; for those, ask for our list of builders who work with beekeepers.',
  ),
];
const eRows = [
  ['Wexcombe town and Nettlebridge', 'Alan Treharne', '07700 900412'],
  ['Pellow Green and the Downs villages', 'Rosalind Achterberg', '07700 900587'],
  ['Stourley and Millbeck', 'Dev Kulkarni', '07700 900233'],
  ['Cawford, Lyndon and the river parishes', 'Maeve Ostrander', '07700 900940'],
];
const eNav = ['Home', 'About us', 'Learn to keep bees', 'Events', 'Members', 'Swarms', 'Contact'];
const eFoot = ['Privacy policy', 'Cookie policy', 'Safeguarding', 'Join the association'];
const eForm = ['Your name', 'Phone number', 'Where is the swarm?', 'Send report'];
const eCky = 'We use cookies to help us improve your browsing experience and to see how the site is used. You can choose which cookies we may set.';
const eW = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eSec = (id: string, inner: string): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id} elementor-section-boxed elementor-section-height-default"
data-id="${id}" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100
elementor-top-column elementor-element elementor-element-c${id}" data-id="c${id}" data-element_type="column"><div class="elementor-widget-wrap
elementor-element-populated">${inner}</div></div></div></section>`;
const eIcons = (items: readonly string[]): string =>
  `<ul class="elementor-icon-list-items">${items
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true"
class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} &#8211; Wexcombe &amp; District Beekeepers&#039; Association</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="hello-elementor-css" href="https://wexcombebees.org.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css"
href="https://wexcombebees.org.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="https://wexcombebees.org.uk/wp-content/uploads/elementor/css/post-412.css?ver=1714" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}",
"isPartOf":{"@id":"https://wexcombebees.org.uk/#website"},"datePublished":"2023-04-02T10:11:45+00:00","dateModified":"2026-05-08T19:02:10+00:00"}]}</script>
<script id="cookieyes" src="https://cdn-cookieyes.com/client_data/4c1d/script.js"></script>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external"></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description"><p>${eCky}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize"
aria-label="Customise" data-cky-tag="settings-button">Customise</button><button class="cky-btn cky-btn-reject" data-cky-tag="reject-button">Reject
All</button>
<button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<div data-elementor-type="header" data-elementor-id="38" class="elementor elementor-38 elementor-location-header"
data-elementor-post-type="elementor_library">
${eSec(
  '5d21a0e',
  `${eW(
    '1b4e7c2',
    'theme-site-logo',
    `<a href="https://wexcombebees.org.uk"><img width="300" height="90"
src="/wp-content/uploads/2023/03/wdba-logo.png" alt="Wexcombe and District Beekeepers"></a>`,
  )}
${eW(
  '7ac2f19',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container
elementor-nav-menu--layout-horizontal e--pointer-underline
e--animation-fade"><ul id="menu-1-7ac2f19" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><span
class="elementor-screen-only">Menu</span></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-7ac2f19"
class="elementor-nav-menu">${links(eNav)}</ul></nav>`,
)}`,
)}
</div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
${eSec(
  'a01f3b2',
  `${eW('e3d09a1', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eW('3f5e2aa', 'text-editor', ps(at(eBody, 0)))}
${eW(
  '9bb10c4',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="#collectors">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Find a collector near you</span></span></a></div>`,
)}`,
)}
${eSec(
  'b77c210',
  `${eW('0c4de91', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${eBody[1]}</h2>`)}
${eW('61a0b3e', 'text-editor', ps(at(eBody, 2)))}${eW('c2e5f70', 'icon-list', eIcons(eBody.slice(3, 6)))}
${eW(
  '4aa9d02',
  'image',
  `<figure class="wp-caption"><img width="800" height="533" src="/wp-content/uploads/2023/04/swarm-hawthorn.jpg" alt="">
<figcaption class="widget-image-caption wp-caption-text">A prime swarm in a hawthorn hedge at Pellow Green, May 2025</figcaption></figure>`,
)}`,
)}
${eSec(
  'd40e6b8',
  `${eW(
    '82c7d1f',
    'heading',
    `<h2 class="elementor-heading-title
elementor-size-default">${eBody[6]}</h2>`,
  )}${eW('5e9a3c0', 'text-editor', ps(at(eBody, 7)))}`,
)}
${eSec(
  'f19b2e5',
  `<span id="collectors"></span>${eW('11d8e4c', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${eBody[8]}</h2>`)}
${eW(
  '6c3b7a9',
  'text-editor',
  `${ps(at(eBody, 9))}<table class="swarm-table"><thead><tr><th>Area</th><th>Collector</th><th>Phone</th></tr></thead>
<tbody>${trs(eRows)}</tbody></table>${ps(at(eBody, 10))}`,
)}`,
)}
${eSec(
  '0ad37f4',
  `${eW('2be1c65', 'heading', '<h3 class="elementor-heading-title elementor-size-default">Report a swarm online</h3>')}
${eW(
  '7f04a1d',
  'form',
  `<form class="elementor-form" method="post" name="Swarm report"><input type="hidden" name="post_id" value="412">
<div class="elementor-form-fields-wrapper elementor-labels-above">${eForm
    .slice(0, 3)
    .map(
      (l, i) => `<div class="elementor-field-type-text
elementor-field-group
elementor-column elementor-field-group-f${i} elementor-col-100"><label for="form-field-f${i}" class="elementor-field-label">${l}</label><input
size="1" type="text"
name="form_fields[f${i}]" id="form-field-f${i}" class="elementor-field elementor-size-sm elementor-field-textual"></div>`,
    )
    .join('\n')}
<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons"><button type="submit"
class="elementor-button
elementor-size-sm"><span><span class="elementor-button-text">${eForm[3]}</span></span></button></div></div></form>`,
)}`,
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="44" class="elementor elementor-44 elementor-location-footer"
data-elementor-post-type="elementor_library">
${eSec(
  '8e0c3d1',
  `${eW(
    'a5c7e22',
    'text-editor',
    `<p>Wexcombe &amp; District Beekeepers’ Association is a registered charity, no. 1099871, and a
member of the national association.</p>`,
  )}
${eW(
  '1c6f9b4',
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"><ul
class="elementor-nav-menu">
${links(eFoot)}</ul></nav>`,
)}${eW('93d2ea0', 'text-editor', '<p>© 2026 Wexcombe &amp; District Beekeepers’ Association</p>')}`,
)}
</div>
<script src="https://wexcombebees.org.uk/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout566-elementor-swarm-collection',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: at(eBody, 1, 6, 8),
  body: [...at(eBody, 0, 2, 3, 4, 5, 7, 9), ...rowTexts(eRows), ...at(eBody, 10)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'We value your privacy', eCky, 'Customise', 'Reject All', 'Accept All', ...eNav, 'Menu',
    'Find a collector near you', 'A prime swarm in a hawthorn hedge at Pellow Green, May 2025', 'Report a swarm online', ...eForm,
    'Wexcombe & District Beekeepers’ Association is a registered charity, no. 1099871, and a member of the national association.', ...eFoot,
    '© 2026 Wexcombe & District Beekeepers’ Association',
  ],
};

export const HELDOUT566_A2: readonly TestPage[] = [tidy(elementor)];
