import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout574-kit.js';

/**
 * Held-out batch 574, file c: an antique clock dealer's valuation guide on WordPress with Astra and Elementor (heading,
 * text-editor, icon-list and call-to-action widgets), with the Drupal page in file c2.
 */
const eTitle = 'What is my antique clock worth? A plain guide to valuation';
const eDek = 'How we value longcase, bracket and wall clocks, what pushes a price up or down, and how to get a valuation from us.';
const eSecs: [string, string[], string[]][] = [
  [
    'Why values vary so much',
    [
      j(
        'Two clocks that look alike across a room can differ in value by ten times. Most of the difference lies in things you cannot',
        'see from the front: who made the movement, whether the case started life with it, and how much has been replaced. A valuation',
        'is really a careful look at each of these in turn.',
      ),
      j(
        'Fashion plays its part too. Tall mahogany longcase clocks that were hard to sell fifteen years ago are sought after again,',
        'while many Victorian marble mantel clocks still struggle to reach the cost of servicing them.',
      ),
    ],
    [],
  ],
  [
    'What we look at',
    ['When a clock comes into the workshop for valuation we go through the same list every time:'],
    [
      '<strong>The maker and the town.</strong> A signed dial from a known provincial maker adds value; an unsigned or later-painted dial takes it away.',
      '<strong>The marriage question.</strong> Many longcase clocks have had their movement put into a different case. A married clock is worth far less.',
      '<strong>Originality of parts.</strong> Replaced hands, a new pendulum or a re-cut wheel are common; a replaced dial or movement plate is serious.',
      '<strong>The case.</strong> Figure of the timber, the state of the hood and base, and any later carving or reduction in height.',
      '<strong>Condition and running.</strong> Whether it runs, strikes correctly and has been serviced, and how much work it needs.',
    ],
  ],
  [
    'Rough price bands',
    [j('These are the ranges we see at the moment for sound, running clocks. They are a guide only and a particular clock can sit well', 'outside them.')],
    [
      'Thirty-hour painted-dial longcase clocks in oak: £600 to £1,500.',
      'Eight-day brass-dial longcase clocks by good provincial makers: £2,500 to £7,000.',
      'Regency and Georgian bracket clocks in ebonised or mahogany cases: £2,000 to £9,000.',
      'Victorian wall and drop-dial clocks: £250 to £1,200.',
    ],
  ],
  [
    'Insurance, probate and sale values',
    [
      j(
        'A valuation for insurance gives the cost of buying a similar clock from a dealer, so it is usually the highest figure. A probate',
        'valuation gives the price the clock might fetch on the open market on the date of death. A sale valuation is what we, or an',
        'auction, would expect to pay or realise today.',
      ),
      j(
        'Always tell us which one you need. The same clock might be valued at £4,000 for insurance, £2,800 for probate and £2,200 as an',
        'offer from the trade, and none of those figures is wrong.',
      ),
    ],
    [],
  ],
  [
    'How to get a valuation from us',
    [
      j(
        'For a first opinion, email us clear photographs of the whole clock, the dial, the movement from the side and the back of the',
        'case, and tell us any history you know. We reply within a week and there is no charge for this.',
      ),
      j(
        'For a written valuation we need to see the clock. We visit homes within 40 miles of Stanbury, or you can bring a bracket or',
        'wall clock to the shop. Written valuations cost £60 for the first clock and £25 for each further clock on the same visit.',
      ),
    ],
    [],
  ],
  [
    'Looking after your clock until then',
    [
      j(
        'Do not move a longcase clock with its weights and pendulum in place, and do not try to turn the hands backwards past the',
        'hour on a striking clock. If it has stopped, leave it stopped: a clock run dry of oil does more damage the longer it goes.',
      ),
    ],
    [],
  ],
];
const eNav = ['Home', 'Clocks for sale', 'Restoration', 'Valuations', 'About us', 'Contact'];
const eWidget = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const eSection = ([h, paras, items]: [string, string[], string[]]): string =>
  [
    eWidget('heading', `<h2 class="elementor-heading-title elementor-size-default">${h}</h2>`),
    eWidget('text-editor', ps(paras)),
    items.length === 0
      ? ''
      : eWidget(
          'icon-list',
          `<ul class="elementor-icon-list-items">${items
            .map(
              (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">
<i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
            )
            .join('\n')}</ul>`,
        ),
  ].join('\n');
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} - Orme &amp; Sons Clocks</title><meta name="description" content="${eDek}">
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${eTitle}",
"author":{"@type":"Person","name":"Daniel Orme"},"datePublished":"2025-11-04"}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://ormeclocks.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3' media='all'>
<style id='astra-theme-css-inline-css'>:root{--ast-container-default-xlg-padding:3em;}.ast-single-post .entry-title{font-size:30px;}</style>
<link rel='stylesheet' id='elementor-frontend-css' href='https://ormeclocks.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7'
media='all'>
<link rel='stylesheet' id='elementor-post-412-css' href='https://ormeclocks.co.uk/wp-content/uploads/elementor/css/post-412.css?ver=1730' media='all'></head>
<body class="page-template-default page page-id-412 wp-custom-logo ast-single-post ast-page-builder-template ast-no-sidebar astra-4.8.3 elementor-default
elementor-kit-6 elementor-page elementor-page-412"><a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-builder-menu-toggle-icon"
id="masthead"><div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar
ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="https://ormeclocks.co.uk/" class="custom-logo-link" rel="home">
<img width="220"
height="60" src="https://ormeclocks.co.uk/wp-content/uploads/2023/02/orme-logo.png" class="custom-logo" alt="Orme &amp; Sons Clocks"></a></span></div>
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item">
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation">
<div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div>
<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-button-1"><div class="ast-builder-button-wrap">
<a class="ast-custom-button-link"
href="tel:01632960418"><div class="ast-custom-button">Call 01632 960418</div></a></div></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-412 page type-page status-publish ast-article-single" id="post-412" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-no-title ast-header-without-markup"></header><div class="entry-content clear" itemprop="text">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed elementor-section-height-default" data-element_type="section"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${eWidget('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eWidget('text-editor', `<p><em>${eDek}</em></p>`)}
${eWidget(
  'post-info',
  `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-inline-item">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">By Daniel Orme</span></li>
<li class="elementor-icon-list-item elementor-inline-item">
<span class="elementor-icon-list-text elementor-post-info__item--type-date">Updated 4 November 2025</span></li></ul>`,
)}
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed" data-element_type="section"><div class="elementor-container
elementor-column-gap-wide"><div class="elementor-column elementor-col-66 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${eSecs.slice(0, 3).map(eSection).join('\n')}
${eWidget(
  'image',
  `<figure class="wp-caption"><img width="800" height="533" src="https://ormeclocks.co.uk/wp-content/uploads/2025/10/movement.jpg"
class="attachment-large size-large" alt="An eight-day movement on the bench"><figcaption class="widget-image-caption wp-caption-text">An eight-day movement on
the bench: the plates tell us more than the dial</figcaption></figure>`,
)}
${eSecs.slice(3).map(eSection).join('\n')}
</div></div>
<div class="elementor-column elementor-col-33 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${eWidget(
  'call-to-action',
  `<div class="elementor-cta elementor-cta--skin-cover"><div class="elementor-cta__content"><h3 class="elementor-cta__title elementor-cta__content-item
elementor-content-item">Book a home visit</h3>
<div class="elementor-cta__description elementor-cta__content-item elementor-content-item">We value whole collections
and single clocks across the Vale.</div><div class="elementor-cta__button-wrapper elementor-cta__content-item elementor-content-item">
<a class="elementor-cta__button
elementor-button elementor-size-sm" href="/contact">Arrange a visit</a></div></div></div>`,
)}
${eWidget('heading', '<h4 class="elementor-heading-title elementor-size-default">Members of the Guild of Provincial Horologists</h4>')}
</div></div></div></section></div></div></article></main></div></div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope">
<div class="site-below-footer-wrap ast-builder-grid-row-container
site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full"><div class="ast-builder-grid-row-container-inner">
<div class="site-footer-below-section-1
site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright">
<div class="ast-footer-copyright">
<p>Copyright &copy; 2026 Orme &amp; Sons Clocks | 7 Bridge Street, Stanbury</p></div></div></div></div></div></footer></div>
<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both">
<span class="screen-reader-text">Scroll to Top</span></div>
<script src="https://ormeclocks.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.7" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout574-elementor-clock-valuation',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eSecs.map(([h]) => h),
  body: texts([eDek, ...eSecs.flatMap(([, p, l]) => [...p, ...l])]),
  bylines: ['By Daniel Orme', 'Updated 4 November 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'Valuations'), 'Call 01632 960418',
    'An eight-day movement on the bench: the plates tell us more than the dial', 'Book a home visit',
    'We value whole collections and single clocks across the Vale.', 'Arrange a visit', 'Members of the Guild of Provincial Horologists',
    'Copyright © 2026 Orme & Sons Clocks | 7 Bridge Street, Stanbury', 'Scroll to Top',
  ],
};

export const HELDOUT574_C: readonly TestPage[] = [elementor];
