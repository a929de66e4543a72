import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, esc, fur, j, lis } from './pages-heldout580-kit.js';

/** Held-out batch 580, file a: a wedding band's packages page built with Elementor (Pro) on the Hello Elementor theme. */
const vTitle = 'Wedding Packages';
const vIntro = [
  j(
    'Every wedding we play is different, so our packages are a starting point rather than a menu. All of them include our own',
    'PA and lighting, a sound engineer, a first-dance learn (any song, any key) and a playlist of music between sets.',
  ),
  j(
    'Prices below are for Saturdays from May to September. Fridays and Sundays are ten per cent less, and winter weddings',
    'from November to March are fifteen per cent less.',
  ),
];
const vPackages = [
  {
    name: 'The Evening Party',
    sub: 'Four-piece band, two 60-minute sets',
    price: '£1,950',
    feats: ['Vocals, guitar, bass and drums', 'Two 60-minute live sets', 'DJ playlist until midnight', 'Dance-floor lighting rig'],
  },
  {
    name: 'The Full Day',
    sub: 'Ceremony, drinks reception and evening',
    price: '£2,850',
    feats: [
      'Acoustic duo for your ceremony walk-in and signing',
      'Acoustic set through the drinks reception',
      'Four-piece band, two 60-minute sets',
      'Wireless mic for speeches',
    ],
  },
  {
    name: 'The Big Night',
    sub: 'Six-piece band with horns',
    price: '£3,600',
    feats: ['Four-piece band plus trumpet and saxophone', 'Three 45-minute live sets', 'Live-band first dance', 'Late finish until 1am'],
  },
];
const vExtrasHead = 'Extras';
const vExtras = [
  'Extra 30-minute set: £250',
  'Ceilidh caller and a ceilidh set in place of the second set: £400',
  'Early set-up (before 4pm), so the band is out of sight when guests arrive: £150',
  'Travel beyond 60 miles of Leeds: 45p a mile each way',
];
const vHowHead = 'How booking works';
const vHow = [
  j(
    'Send us your date and venue and we will confirm availability within a day. A deposit of 25 per cent secures the date; the',
    'balance is due four weeks before the wedding. We ask for a hot meal for the band and somewhere to change, and we will',
    'talk to your venue about power and load-in so you do not have to.',
  ),
];
const vNav = ['Home', 'The Band', 'Packages', 'Song List', 'Videos', 'Contact'];
const vQuotes = [
  '"The dance floor was full from the first song to the last. Our guests are still talking about it." – Hannah & Ollie, Harrogate',
  '"Easy to deal with from the first email, and they learned our first dance in a week." – Priya & Tom, York',
];
const vForm = ['Check your date', 'Your name', 'Email', 'Wedding date', 'Venue', 'Send enquiry'];
const vFoot = ['Privacy Policy', 'Terms of Booking', 'Instagram', 'Facebook', 'YouTube'];
const vCard = (p: (typeof vPackages)[number], id: string): string => `<div class="elementor-element elementor-element-${id}
 elementor-widget elementor-widget-price-table" data-id="${id}" data-element_type="widget" data-widget_type="price-table.default">
<div class="elementor-widget-container"><div class="elementor-price-table"><div class="elementor-price-table__header">
<h3 class="elementor-price-table__heading">${p.name}</h3><span class="elementor-price-table__subheading">${p.sub}</span></div>
<div class="elementor-price-table__price"><span class="elementor-price-table__currency">£</span><span
 class="elementor-price-table__integer-part">${p.price.slice(1)}</span></div>
<ul class="elementor-price-table__features-list">${p.feats
  .map((f) => `<li><div class="elementor-price-table__feature-inner"><i aria-hidden="true" class="fas fa-check"></i><span>${f}</span></div></li>`)
  .join('\n')}</ul>
<div class="elementor-price-table__footer"><a class="elementor-price-table__button elementor-button elementor-size-md" href="#enquire">Check our
 date</a></div></div></div></div>`;
const vText = (id: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-text-editor" data-id="${id}"
 data-element_type="widget" data-widget_type="text-editor.default"><div class="elementor-widget-container">${inner}</div></div>`;
const vHead = (id: string, tag: string, t: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-heading" data-id="${id}" data-element_type="widget"
 data-widget_type="heading.default"><div class="elementor-widget-container"><${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>
</div></div>`;
const vHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wedding Packages &amp; Prices – The Velvet Arcade | Wedding Band Yorkshire</title>
<meta name="description" content="Wedding band packages from £1,950: evening party, full day and six-piece with horns.">
<link rel="canonical" href="https://velvetarcadeband.co.uk/packages/"><meta property="og:type" content="article">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://velvetarcadeband.co.uk/packages/","name":"Wedding Packages","isPartOf":{"@id":"https://velvetarcadeband.co.uk/#website"}}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://velvetarcadeband.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1'
 media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='https://velvetarcadeband.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'
 media='all' />
<style id='elementor-post-412-css'>.elementor-412 .elementor-element.elementor-element-7c2e1a{--padding-top:80px}</style></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="21" class="elementor elementor-21 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3f1a e-flex e-con-boxed e-con e-parent" data-id="3f1a" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div class="elementor-widget-container">
<a href="https://velvetarcadeband.co.uk"><img width="240" height="80" src="/wp-content/uploads/2024/02/velvet-arcade-logo.png"
 class="attachment-full size-full" alt="The Velvet Arcade"></a></div></div>
<div class="elementor-element elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container">
<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-5b1c" class="elementor-nav-menu">${links(vNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
<nav class="elementor-nav-menu--dropdown elementor-nav-menu__container" aria-hidden="true"><ul id="menu-2-5b1c" class="elementor-nav-menu">
${links(vNav, 'menu-item')}</ul></nav></div></div></div></div></div>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
<div class="elementor-element elementor-element-7c2e1a e-flex e-con-boxed e-con e-parent" data-id="7c2e1a" data-element_type="container"
 data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="e-con-inner">
${vHead('a11', 'h1', vTitle)}
${vText('a12', ps(vIntro))}
</div></div>
<div class="elementor-element elementor-element-9d0b e-flex e-con-boxed e-con e-parent" data-id="9d0b" data-element_type="container"><div class="e-con-inner">
${vPackages.map((p, i) => vCard(p, `b2${i}`)).join('\n')}
</div></div>
<div class="elementor-element elementor-element-4e51 e-con-full e-flex e-con e-parent" data-id="4e51" data-element_type="container">
${vHead('c31', 'h2', vExtrasHead)}
${vText('c32', `<ul>${lis(vExtras.map(esc))}</ul>`)}
${vHead('c33', 'h2', vHowHead)}
${vText('c34', ps(vHow))}
</div>
<div class="elementor-element elementor-element-6a77 e-flex e-con-boxed e-con e-parent" data-id="6a77" data-element_type="container"><div class="e-con-inner">
${vHead('d41', 'h2', 'Kind words')}
<div class="elementor-element elementor-widget elementor-widget-testimonial-carousel"><div class="elementor-widget-container">
<div class="elementor-main-swiper swiper"><div class="swiper-wrapper">${vQuotes
  .map(
    (q) => `<div class="swiper-slide"><div class="elementor-testimonial"><div class="elementor-testimonial__content">
<div class="elementor-testimonial__text">${esc(q)}</div></div></div></div>`,
  )
  .join('\n')}</div></div></div></div></div></div>
<div class="elementor-element elementor-element-2b90 e-flex e-con-boxed e-con e-parent" id="enquire" data-element_type="container"><div class="e-con-inner">
${vHead('e51', 'h2', at(vForm, 0))}
<div class="elementor-element elementor-widget elementor-widget-form"><div class="elementor-widget-container">
<form class="elementor-form" method="post" name="Enquiry"><div class="elementor-form-fields-wrapper elementor-labels-above">
${vForm
  .slice(1, 5)
  .map(
    (l, i) => `<div class="elementor-field-group elementor-column elementor-col-50"><label for="form-field-f${i}" class="elementor-field-label">${l}</label>
<input type="text" name="form_fields[f${i}]" id="form-field-f${i}" class="elementor-field elementor-size-sm"></div>`,
  )
  .join('\n')}
<div class="elementor-field-group elementor-column elementor-field-type-submit"><button type="submit" class="elementor-button elementor-size-sm">
<span class="elementor-button-text">${at(vForm, 5)}</span></button></div></div></form></div></div></div></div>
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="34" class="elementor elementor-34 elementor-location-footer">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>The Velvet Arcade · Wedding and party band based in
 Leeds, playing across Yorkshire and the North East</p></div></div>
<div class="elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
${vFoot
  .map(
    (f) => `<li class="elementor-icon-list-item"><a href="/${f.toLowerCase().replace(/ /g, '-')}/"><span
 class="elementor-icon-list-text">${f}</span></a></li>`,
  )
  .join('\n')}
</ul></div></div>
<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>© 2025 The Velvet Arcade. All rights reserved.</p>
</div></div></div></div></div>
<script src="https://velvetarcadeband.co.uk/wp-content/plugins/elementor-pro/assets/js/webpack-pro.runtime.min.js?ver=3.21.2"
 id="elementor-pro-webpack-runtime-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4","is_static":false};</script>
</body></html>`;
const velvet: TestPage = {
  name: 'heldout580-elementor-band-packages',
  kind: 'blog',
  html: vHtml,
  title: vTitle,
  headings: [...vPackages.map((p) => p.name), vExtrasHead, vHowHead],
  body: [...vIntro, ...vPackages.flatMap((p) => [p.sub, p.price, ...p.feats]), ...vExtras, ...vHow],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: fur([vTitle, vExtrasHead, vHowHead, ...vIntro, ...vPackages.flatMap((p) => [p.name, p.sub, ...p.feats]), ...vExtras, ...vHow], [
    'Skip to content', ...vNav, 'Check our date', 'Kind words', ...texts(vQuotes), ...vForm,
    'The Velvet Arcade · Wedding and party band based in Leeds, playing across Yorkshire and the North East', ...vFoot,
    '© 2025 The Velvet Arcade. All rights reserved.',
  ]),
};

export const HELDOUT580_A: readonly TestPage[] = [velvet];
