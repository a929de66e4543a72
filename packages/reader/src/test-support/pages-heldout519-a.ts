import { type TestPage, texts } from './page-kit.js';
import { esc, j, lis, menu } from './pages-heldout519-kit.js';

/**
 * Held-out batch 519, file a: a launderette's price list built with Elementor on the Hello Elementor theme (price-list widgets,
 * a call-to-action box and a theme-builder footer).
 */
type Item = readonly [string, string, string];
const eTitle = 'Our Prices';
const eIntro = j(
  'All prices include VAT. Service washes are weighed on the counter when you drop off, and we round up to the nearest half kilo.',
  'Card and contactless work on every machine, and the change machine by the door takes notes up to £20.',
);
const eHeads = ['Self-service', 'Service wash', 'Duvets, curtains &amp; bulky items', 'Good to know'] as const;
const eSelf: Item[] = [
  ['Small washer (8 kg)', '£4.50', 'About 35 minutes. Detergent and softener are dosed automatically.'],
  ['Large washer (16 kg)', '£7.00', 'Big enough for a double duvet or a week of towels for a family of four.'],
  ['Dryer', '£1.00', 'Per 10 minutes. Most loads need 30 to 40 minutes.'],
];
const eService: Item[] = [
  ['Wash, dry &amp; fold (up to 5 kg)', '£14.00', 'Ready the next working day if left with us before 11am.'],
  ['Each extra kilo', '£2.60', ''],
  ['Same-day service', '+£5.00', 'Drop off before 9am and collect after 4pm, Monday to Friday.'],
  ['Ironing only', '£1.80', 'Per shirt or blouse, returned on a hanger.'],
];
const eBulky: Item[] = [
  ['Single duvet', '£16.00', ''],
  ['Double or king duvet', '£20.00', 'Feather and down duvets take two days, so that we can dry them right through.'],
  ['Sleeping bag', '£15.00', ''],
  ['Curtains (per pair, unlined)', '£18.00', 'Lined and blackout curtains are priced when we see them.'],
  ['Pet bedding', '£12.00', 'Washed in a separate machine that we keep only for pet items.'],
];
const eGoodIntro = 'A few house rules keep the machines clean and everyone’s washing safe:';
const eGood = [
  'Please empty pockets. We cannot be responsible for pens, tissues or cash left in clothing.',
  'We do not wash items soiled with oil, paint, solvents or garden chemicals.',
  'Items not collected within 60 days are given to the Pellham Hospice shop on Market Row.',
];
const eNav = ['Home', 'Prices', 'Collection & Delivery', 'Dry Cleaning', 'Contact'];
const eFoot = ['Privacy Policy', 'Terms of Service'];
const w = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget" ` +
  `data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const con = (id: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} e-flex e-con-boxed e-con e-parent" data-id="${id}" data-element_type="container">` +
  `<div class="e-con-inner">${inner}</div></div>`;
const priceList = (items: readonly Item[]): string =>
  `<ul class="elementor-price-list">${items
    .map(
      ([n, p, d]) =>
        `<li class="elementor-price-list-item"><div class="elementor-price-list-text"><div class="elementor-price-list-header">` +
        `<span class="elementor-price-list-title">${n}</span><span class="elementor-price-list-separator"></span>` +
        `<span class="elementor-price-list-price">${p}</span></div>${d === '' ? '' : `<p class="elementor-price-list-description">${d}</p>`}</div></li>`,
    )
    .join('\n')}</ul>`;
const priceGold = (items: readonly Item[]): string[] => items.flatMap(([n, p, d]) => (d === '' ? [`${n} ${p}`] : [`${n} ${p}`, d]));
const h2 = (id: string, t: string): string => w(id, 'heading', `<h2 class="elementor-heading-title elementor-size-default">${t}</h2>`);
const eHtml = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Prices – Suds &amp; Co. Launderette</title>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<meta name="description" content="Self-service, service wash and duvet prices at Suds &amp; Co. Launderette, Canal Street, Pellham." />
<link rel="canonical" href="https://sudsandco.example/prices/" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://sudsandco.example/prices/",
"name":"Prices – Suds &amp; Co. Launderette","isPartOf":{"@id":"https://sudsandco.example/#website"},"inLanguage":"en-GB"},{"@type":"LocalBusiness",
"name":"Suds & Co. Launderette","address":{"@type":"PostalAddress","streetAddress":"14 Canal Street","addressLocality":"Pellham"}}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://sudsandco.example/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='https://sudsandco.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7'
media='all' />
<link rel='stylesheet' id='elementor-post-12-css' href='https://sudsandco.example/wp-content/uploads/elementor/css/post-12.css?ver=1731402211' media='all' />
<style id='elementor-frontend-inline-css'>.elementor-40 .elementor-element.elementor-element-3f2a{--display:flex;--background-color:#1F4E5F;}</style>
<script src="https://sudsandco.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="page-template-default page page-id-12 wp-custom-logo elementor-default elementor-kit-5 elementor-page elementor-page-12">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="40" class="elementor elementor-40 elementor-location-header"
data-elementor-post-type="elementor_library">
${con(
  '3f2a',
  `${w(
    '7c1e',
    'theme-site-logo',
    `<a href="https://sudsandco.example">
<img width="180" height="60" src="/wp-content/uploads/2024/02/suds-logo.svg" alt="Suds &amp; Co."></a>`,
  )}
${w(
  '9d04',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-9d04" class="elementor-nav-menu">${menu(eNav, 'menu-item menu-item-type-post_type menu-item-object-page', 'elementor-item')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true" class="eicon-menu-bar">
</i></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-9d04" class="elementor-nav-menu">
${menu(eNav, 'menu-item', 'elementor-item')}</ul></nav>`,
)}
${w(
  'b2e8',
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01632960418">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Call 01632 960418</span></span></a></div>`,
)}`,
)}
</div>
<main id="content" class="site-main post-12 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="12" class="elementor elementor-12" data-elementor-post-type="page">
${con(
  'a1b2c3d',
  `${w(
    '1a2b3c4',
    'heading',
    `<h1
class="elementor-heading-title elementor-size-default">${eTitle}</h1>`,
  )}\n${w('5e6f7a8', 'text-editor', `<p>${eIntro}</p>`)}`,
)}
${con('c0ffee1', `${h2('d11a', eHeads[0])}\n${w('d11b', 'price-list', priceList(eSelf))}`)}
${con('c0ffee2', `${h2('d12a', eHeads[1])}\n${w('d12b', 'price-list', priceList(eService))}`)}
${con('c0ffee3', `${h2('d13a', eHeads[2])}\n${w('d13b', 'price-list', priceList(eBulky))}`)}
${con(
  'c0ffee4',
  `${h2('d14a', eHeads[3])}\n${w('d14b', 'text-editor', `<p>${eGoodIntro}</p>`)}
${w(
  'd14c',
  'icon-list',
  `<ul class="elementor-icon-list-items">${lis(
    eGood.map(
      (t) => `<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span>
<span class="elementor-icon-list-text">${t}</span>`,
    ),
    'elementor-icon-list-item',
  )}</ul>`,
)}`,
)}
<div class="elementor-element elementor-element-f00d e-flex e-con-boxed e-con e-parent cta-band" data-id="f00d" data-element_type="container"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="e-con-inner">
${w(
  'f00e',
  'call-to-action',
  `<div class="elementor-cta"><div class="elementor-cta__content">
<h2 class="elementor-cta__title elementor-cta__content-item elementor-content-item">Too busy to drop off?</h2>
<div class="elementor-cta__description elementor-cta__content-item elementor-content-item">
We collect and deliver across Pellham and Orrin Bridge every Tuesday and Friday.</div>
<div class="elementor-cta__button-wrapper elementor-cta__content-item elementor-content-item">
<a class="elementor-cta__button elementor-button elementor-size-md" href="/collection-delivery/">Book a collection</a></div></div></div>`,
)}
</div></div>
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="44" class="elementor elementor-44 elementor-location-footer"
data-elementor-post-type="elementor_library">
${con(
  '4a4a',
  `${w('4a4b', 'heading', '<h4 class="elementor-heading-title elementor-size-default">Find us</h4>')}
${w('4a4c', 'text-editor', '<p>14 Canal Street, Pellham PL4 2DX</p>')}
${w('4a4d', 'heading', '<h4 class="elementor-heading-title elementor-size-default">Opening hours</h4>')}
${w('4a4e', 'text-editor', '<p>Monday to Saturday 7am–9pm<br>Sunday 9am–6pm</p>')}
${w(
  '4a4f',
  'social-icons',
  `<div class="elementor-social-icons-wrapper elementor-grid"><span class="elementor-grid-item">
<a class="elementor-icon elementor-social-icon elementor-social-icon-facebook" href="https://facebook.com/sudsandco" target="_blank">
<span class="elementor-screen-only">Facebook</span><i class="fab fa-facebook"></i></a></span>
<span class="elementor-grid-item">
<a class="elementor-icon elementor-social-icon elementor-social-icon-instagram" href="https://instagram.com/sudsandco" target="_blank">
<span class="elementor-screen-only">Instagram</span><i class="fab fa-instagram"></i></a></span></div>`,
)}
${w(
  '4a50',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container">
<ul class="elementor-nav-menu">${menu(eFoot, 'menu-item', 'elementor-item')}</ul></nav>`,
)}
${w('4a51', 'text-editor', `<p>© 2025 ${esc('Suds & Co. Launderette')}. All rights reserved.</p>`)}`,
)}
</div>
<div class="cky-consent-container cky-banner-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description">
<p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div>
<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" data-cky-tag="accept-button">Accept All</button>
</div></div></div></div></div>
<script src="https://sudsandco.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.7" id="elementor-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false},"version":"3.24.7",
"urls":{"assets":"\\/wp-content\\/plugins\\/elementor\\/assets\\/"}};</script>
</body>
</html>`;
const elementor: TestPage = {
  name: 'heldout519-elementor-launderette-prices',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: texts(eHeads),
  body: texts([eIntro, ...priceGold(eSelf), ...priceGold(eService), ...priceGold(eBulky), eGoodIntro, ...eGood]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Prices'), 'Call 01632 960418', 'Too busy to drop off?',
    'We collect and deliver across Pellham and Orrin Bridge every Tuesday and Friday.', 'Book a collection', 'Find us', '14 Canal Street, Pellham PL4 2DX',
    'Opening hours', 'Monday to Saturday 7am–9pm', 'Sunday 9am–6pm', 'Facebook', 'Instagram', ...eFoot,
    '© 2025 Suds & Co. Launderette. All rights reserved.', 'We value your privacy',
    'We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use of cookies.', 'Customise',
    'Reject All', 'Accept All',
  ],
};

export const HELDOUT519_A: readonly TestPage[] = [elementor];
