import { links, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout594-kit.js';

/**
 * Held-out batch 594, file a2: a party shop's helium safety page built with Elementor on WordPress (Hello Elementor theme),
 * with an Elementor header and footer, a call-to-action banner and a CookieYes banner.
 */
const eTitle = 'Helium Balloon Safety';
const eIntro = j(
  'Helium balloons are the easiest way to make a room feel like a party, and with a little care they are perfectly safe. This page',
  'collects the advice our counter staff give every day, whether you are collecting balloons from the shop or filling your own.',
);
const eStore = ['Storing and transporting helium balloons', 'Using a disposable helium canister at home', 'Never inhale helium'];
const eStoreItems = [
  'Keep balloons out of hot cars. Heat makes the gas expand and latex balloons can pop within minutes on a sunny day.',
  'Carry balloons in a closed car with the windows up, and never let them float near the driver.',
  'Keep ribbons short when small children are around, and tie bunches to a weight, not to a child’s wrist.',
];
const eSteps = [
  'Stand the canister upright on a flat surface away from radiators and open flames.',
  'Turn the valve anticlockwise slowly, fit the balloon over the nozzle and press the nozzle down gently.',
  'Fill each latex balloon to about 28 cm across; overfilled balloons burst sooner and float for less time.',
  'Close the valve fully as soon as you finish, even if gas is left for another day.',
];
const eCanister = j(
  'Our 30-balloon canisters hold helium mixed with a little air. They are not pressure tanks like the cylinders we use in the shop,',
  'but they still need to be handled with care:',
);
const eInhale = j(
  'Breathing in helium to make your voice squeaky can starve your body of oxygen and make you faint in seconds. Children have been',
  'seriously hurt this way. Please treat it as a party gas, not a party trick.',
);
const eAlert = 'If someone feels dizzy or faints after breathing in helium, move them into fresh air and call 999.';
const eOutdoor = ['Outdoors and near power lines', 'Disposing of balloons and canisters'];
const eOutdoorP = j(
  'Foil balloons conduct electricity. A foil balloon that drifts into an overhead line can cause a power cut or a fire, so keep every',
  'foil balloon weighted and never release them. We do not sell balloons for mass releases.',
);
const eDisposeP = j(
  'When your balloons start to sag, pop them with a pin and put latex in general waste. Empty disposable canisters can go to the',
  'metal recycling skip at most household waste centres once the valve has been left open for a day. Bring hire cylinders back to us.',
);
const eNav = ['Shop', 'Balloons', 'Helium', 'Party themes', 'Fancy dress', 'Contact us'];
const eUseful = ['Delivery information', 'Helium refills', 'Returns', 'Privacy policy'];
const wid = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const iconList = (items: readonly string[]): string =>
  `<ul class="elementor-icon-list-items">${items
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('\n')}</ul>`;
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const h2w = (t: string): string => wid('heading', `<h2 class="elementor-heading-title elementor-size-default">${t}</h2>`);
const txt = (html: string): string => wid('text-editor', html);
const eArticle = [
  sec('3f2a1b', `${wid('heading', `<h1 class="elementor-heading-title elementor-size-xl">${eTitle}</h1>`)}${txt(`<p>${eIntro}</p>`)}`),
  sec('9c41d0', `${h2w(eStore[0] ?? '')}${wid('icon-list', iconList(eStoreItems))}`),
  sec('a27e55', `${h2w(eStore[1] ?? '')}${txt(`<p>${eCanister}</p><ol>${lis(eSteps)}</ol>`)}`),
  sec(
    'b6d913',
    `${h2w(eStore[2] ?? '')}${txt(`<p>${eInhale}</p>`)}${wid(
      'alert',
      `<div class="elementor-alert elementor-alert-danger" role="alert">
<span class="elementor-alert-title">Emergency</span><span class="elementor-alert-description">${eAlert}</span></div>`,
    )}`,
  ),
  sec('c03f7a', `${h2w(eOutdoor[0] ?? '')}${txt(`<p>${eOutdoorP}</p>`)}${h2w(eOutdoor[1] ?? '')}${txt(`<p>${eDisposeP}</p>`)}`),
  sec(
    'd55b02',
    `${wid(
      'call-to-action',
      `<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title elementor-content-item">
Need helium for your party?</h3><div class="elementor-cta__description elementor-content-item">Bring your balloons in and we will fill them while you
wait.</div>
<div class="elementor-cta__button-wrapper"><a class="elementor-cta__button elementor-button elementor-size-sm" href="/helium-refills/">Book a helium refill</a>
</div></div></div>`,
    )}`,
  ),
].join('\n');
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} &#8211; Confetti Corner Party Store</title><meta name='robots' content='index, follow, max-image-preview:large'>
<link rel="canonical" href="https://confetticorner.example/helium-balloon-safety/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}"}]}</script>
<link rel='stylesheet' id='elementor-frontend-css' href='https://confetticorner.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'
media='all'>
<link rel='stylesheet' id='hello-elementor-css' href='https://confetticorner.example/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all'>
<style id='elementor-post-412-inline-css'>.elementor-412 .elementor-element.elementor-element-b6d913{margin-top:24px;}</style></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header" data-elementor-post-type="elementor_library">
${sec('1b2c3d', `${wid('text-editor', '<p>Open today 9am – 5:30pm · 0161 555 0192</p>')}`)}
${sec(
  '4e5f6a',
  `${wid(
    'theme-site-logo',
    `<a href="https://confetticorner.example">
<img src="/wp-content/uploads/2024/02/cc-logo.png" alt="Confetti Corner Party Store"></a>`,
  )}
${wid(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-4b3a2c1" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-4b3a2c1" class="elementor-nav-menu">
${links(eNav, 'menu-item')}</ul></nav>`,
)}`,
)}
</div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
${eArticle}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="97" class="elementor elementor-97 elementor-location-footer" data-elementor-post-type="elementor_library">
${sec(
  '7a8b9c',
  `${h2w('Visit us')}${txt('<p>14 Market Row, Hallowfield HF3 2LD</p>')}
${h2w('Opening hours')}${wid('icon-list', iconList(['Monday to Saturday 9am – 5:30pm', 'Sunday 10am – 4pm']))}
${h2w('Useful links')}${wid('icon-list', iconList(eUseful))}`,
)}
${sec('8d9e0f', txt('<p>© 2026 Confetti Corner Party Store. All rights reserved.</p>'))}
</div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>We use cookies to enhance your browsing experience, serve personalised ads or content, and
analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script src="https://confetticorner.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script>
</body></html>`;
const elementorHelium: TestPage = {
  name: 'heldout594-elementor-helium-safety',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [...eStore, ...eOutdoor],
  body: [eIntro, ...eStoreItems, eCanister, ...eSteps, eInhale, eAlert, eOutdoorP, eDisposeP],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Open today 9am – 5:30pm · 0161 555 0192', 'Party themes', 'Fancy dress', 'Contact us', 'Emergency', 'Need helium for your party?',
    'Bring your balloons in and we will fill them while you wait.', 'Book a helium refill', 'Visit us', '14 Market Row, Hallowfield HF3 2LD',
    'Opening hours', 'Monday to Saturday 9am – 5:30pm', 'Sunday 10am – 4pm', 'Useful links', ...eUseful,
    '© 2026 Confetti Corner Party Store. All rights reserved.', 'We value your privacy',
    j(
      'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our',
      'traffic. By clicking "Accept All", you consent to our use of cookies.',
    ),
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT594_A2: readonly TestPage[] = [elementorHelium];
