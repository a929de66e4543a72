import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page } from './pages-heldout661-kit.js';

/**
 * Held-out batch 661, file c: a mobile e-bike repair service page on Webflow, and a motorbike dealer's news post built with
 * Elementor (Hello Elementor theme).
 */
const vTitle = 'Mobile e-bike repairs at your door';
const vDek = 'Our two workshop vans cover the whole of the Tamsey valley, six days a week.';
const vH = ['How a van visit works', 'What we can fix on the spot', 'Call-out charges'];
const vSteps = [
  'Book a slot online or by phone and tell us the make and model of your bike and what is wrong.',
  'A technician arrives within the two-hour window we give you, with parts for the most common repairs.',
  'We diagnose the problem and quote before starting. Most jobs are finished in under an hour.',
  'Pay by card on the van. If the bike needs the workshop, we take it with us and bring it back.',
];
const vFix = [
  'punctures, tyres and inner tubes',
  'brake pads, bleeds and cable adjustment',
  'gear indexing and chain replacement',
  'motor and battery diagnostics for Kessler, Bafang and Shimano systems',
  'software updates and error code reading',
];
const vCharge = [
  j(
    'The call-out charge is £35 within eight miles of Tamsey Bridge and £50 beyond that, and it is taken off the bill if the repair costs',
    'more than £100. Labour is charged at £60 an hour in 15-minute steps.',
  ),
  'Businesses with five or more bikes can book a fleet visit at a fixed daily rate.',
];
const vNav = ['Services', 'Mobile repairs', 'Pricing', 'About', 'Book now'];
const vFoot = ['Workshop', 'Mobile repairs', 'Fleet servicing', 'Careers', 'Privacy'];
const vHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 09 2027 10:14:52 GMT+0000 -->
<html data-wf-domain="www.pedalfix.example" data-wf-page="65a0f3c2e1d4b9" data-wf-site="65a0f3c2e1d4a1" lang="en"><head><meta charset="utf-8">
<title>Mobile E-Bike Repairs | PedalFix</title><meta content="Mobile e-bike repair vans covering the Tamsey valley. Book a two-hour slot." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a0f3c2e1d4a1/css/pedalfix.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"AutoRepair","name":"PedalFix","areaServed":"Tamsey valley"}</script></head>
<body><div class="page-wrapper"><div class="global-styles w-embed"><style>.w-richtext h2{margin-top:2rem}</style></div>
<div data-animation="default" class="navbar_component w-nav" data-easing2="ease" data-easing="ease" data-collapse="medium" role="banner" data-duration="400">
<div class="navbar_container"><a href="/" aria-current="page" class="navbar_logo-link w-nav-brand w--current">
<img src="https://assets-global.website-files.com/logo.svg"
loading="lazy" alt="PedalFix" class="navbar_logo"></a><nav role="navigation" class="navbar_menu w-nav-menu">
${vNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="navbar_link w-nav-link">${t}</a>`).join('\n')}</nav>
<div class="navbar_menu-button w-nav-button"><div class="menu-icon"><div class="menu-icon_line-top"></div></div></div></div></div>
<main class="main-wrapper"><header class="section_header"><div class="padding-global"><div class="container-large"><div class="header_component">
<div class="text-size-small text-style-allcaps">Service</div><h1 class="heading-style-h1">${vTitle}</h1><p class="text-size-medium">${vDek}</p>
<div class="button-group"><a href="/book-now" class="button w-button">Book a van</a>
<a href="tel:01632960511" class="button is-secondary w-button">01632 960511</a></div>
</div></div></div></header>
<section class="section_content"><div class="padding-global"><div class="container-small"><div class="content_rich-text w-richtext">
<h2>${vH[0]}</h2><ol role="list">${lis(vSteps)}</ol>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/van.jpg" loading="lazy" alt="">
</div>
<figcaption>One of our two Sprinter workshop vans</figcaption></figure>
<h2>${vH[1]}</h2><ul role="list">${lis(vFix)}</ul>
<h2>${vH[2]}</h2>${ps(vCharge)}
</div></div></div></section>
<section class="section_cta"><div class="padding-global"><div class="container-large"><div class="cta_component">
<h2 class="heading-style-h2">Bike not going anywhere?</h2>
<p>We come to you. Slots usually available within 48 hours.</p><a href="/book-now" class="button is-alternate w-button">Check availability</a></div></div>
</div></section>
</main>
<footer class="footer_component"><div class="padding-global"><div class="container-large"><div class="footer_top-wrapper"><div class="footer_left-wrapper">
<p class="text-size-small">PedalFix Ltd, 2 Canal Wharf, Tamsey Bridge TB4 1AA</p></div><div class="footer_menu-wrapper">
${vFoot.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="footer_link">${t}</a>`).join('\n')}</div></div>
<div class="footer_bottom-wrapper"><div class="footer_credit-text">© 2027 PedalFix Ltd. All rights reserved.</div></div></div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a0f3c2e1d4a1" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a0f3c2e1d4a1/js/webflow.b2c3d4.js" type="text/javascript"></script></body></html>`;
const van: TestPage = page({
  name: 'heldout661-webflow-mobile-ebike-repair',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: vH,
  body: texts([vDek, ...vSteps, ...vFix, ...vCharge]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vNav, 'Service', 'Book a van', '01632 960511', 'One of our two Sprinter workshop vans', 'Bike not going anywhere?',
    'We come to you. Slots usually available within 48 hours.', 'Check availability', 'PedalFix Ltd, 2 Canal Wharf, Tamsey Bridge TB4 1AA', ...vFoot,
    '© 2027 PedalFix Ltd. All rights reserved.',
  ],
});

const eTitle = 'Ostrander Motors is now the official Korvo dealer for the North Coast';
const eBody = [
  j(
    'From 1 April, our Harwick showroom becomes the only authorised Korvo motorcycles dealer between Saltmouth and the border. The full',
    '2027 range, from the 125 cc Strada learner bike to the 1,100 cc Vento tourer, will be on the floor and available to test ride.',
  ),
  j(
    'Our technicians have completed Korvo’s factory training, which means warranty work and software updates no longer need a trip to',
    'the south. Existing Korvo owners can book their next service with us from next week.',
  ),
  '“Customers have asked us for Korvo for years. Now we can sell, service and stand behind them,” said sales manager Leanne Brody.',
  'Launch weekend',
  j(
    'Join us on Saturday 5 and Sunday 6 April for demo rides on the Vento and the new Sette 700 naked bike, coffee from the Bean Wagon and',
    '0% finance on selected models. Bring your licence and your own helmet and gloves.',
  ),
];
const eNav = ['New bikes', 'Used bikes', 'Service & MOT', 'Clothing', 'News', 'Find us'];
const eRecent = ['Spring service offer: 15% off labour', 'Used bike of the month: 2023 Vento 1100', 'Riding in the rain: five kit tips'];
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ostrander Motors is now the official Korvo dealer for the North Coast - Ostrander Motors</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="article:published_time" content="2027-03-12T08:30:00+00:00">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.20.3">
<link rel="stylesheet" id="elementor-post-7-css" href="/wp-content/uploads/elementor/css/post-7.css?ver=1710">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${eTitle}","datePublished":"2027-03-12"}</script></head>
<body class="post-template-default single single-post postid-1302 elementor-default elementor-template-full-width elementor-kit-7 elementor-page-1290">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed
e-con e-parent" data-element_type="container"><div class="e-con-inner"><div class="elementor-element elementor-widget elementor-widget-theme-site-logo
elementor-widget-image" data-widget_type="theme-site-logo.default"><div class="elementor-widget-container"><a href="/">
<img src="/wp-content/uploads/ostrander-logo.png"
alt="Ostrander Motors"></a></div></div><div class="elementor-element elementor-nav-menu--dropdown-tablet elementor-widget elementor-widget-nav-menu"
data-widget_type="nav-menu.default"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container
elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade"><ul id="menu-1-3c1a" class="elementor-nav-menu">
${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="tel:01632960777"><span class="elementor-button-content-wrapper"><span
class="elementor-button-text">01632 960777</span></span></a></div></div></div></div></div></div>
<div data-elementor-type="single-post" data-elementor-id="1290" class="elementor elementor-1290 elementor-location-single post-1302 post type-post
status-publish category-news"><div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading">
<div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-info"><div class="elementor-widget-container"><ul class="elementor-inline-items
elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-repeater-item-1a elementor-inline-item" itemprop="datePublished">
<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>12th March 2027</time></span></li>
<li class="elementor-icon-list-item elementor-repeater-item-1b elementor-inline-item" itemprop="about"><span class="elementor-icon-list-text
elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list"><a href="/category/news/"
class="elementor-post-info__terms-list-item">News</a></span></span></li></ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-featured-image elementor-widget-image"><div class="elementor-widget-container">
<img src="/wp-content/uploads/2027/03/korvo-showroom.jpg" alt="Korvo bikes in the Harwick showroom"></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
${ps(eBody.slice(0, 2))}<blockquote class="wp-block-quote"><p>${eBody[2]}</p></blockquote><h3 class="wp-block-heading">${eBody[3]}</h3>${ps(eBody.slice(4))}
</div></div>
<div class="elementor-element elementor-share-buttons--view-icon elementor-widget elementor-widget-share-buttons"><div class="elementor-widget-container">
<div class="elementor-grid"><div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_facebook" role="button" tabindex="0"
aria-label="Share on facebook"><span class="elementor-share-btn__icon"><span class="elementor-screen-only">Share on facebook</span></span></div></div></div>
</div></div>
<div class="elementor-element elementor-widget elementor-widget-posts"><div class="elementor-widget-container"><h2 class="elementor-heading-title">More from
the showroom</h2><div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">
${eRecent
  .map(
    (t) => `<article class="elementor-post elementor-grid-item"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="#">${t}</a></h3>
<a class="elementor-post__read-more" href="#" aria-label="Read more about ${t}">Read More »</a></div></article>`,
  )
  .join('\n')}</div></div></div>
</div></div></div>
<div data-elementor-type="footer" data-elementor-id="95" class="elementor elementor-95 elementor-location-footer">
<div class="elementor-element e-flex e-con-boxed
e-con e-parent"><div class="e-con-inner"><div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Ostrander Motors, Quay Road, Harwick HW2 6PT. Open Tuesday to Saturday.</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor">
<div class="elementor-widget-container">
<p>Ostrander Motors Ltd is authorised and regulated by the Financial Conduct Authority for consumer credit (FRN 700112).</p>
</div></div><div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><p class="elementor-heading-title
elementor-size-default">© 2027 Ostrander Motors</p></div></div></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.20.1" id="elementor-pro-frontend-js"></script></body></html>`;
const korvo: TestPage = page({
  name: 'heldout661-elementor-moto-dealer-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: [eBody[3] ?? ''],
  body: texts(eBody.filter((_, i) => i !== 3)),
  bylines: ['12th March 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, '01632 960777', 'More from the showroom', ...eRecent, 'Read More »',
    'Ostrander Motors, Quay Road, Harwick HW2 6PT. Open Tuesday to Saturday.',
    'Ostrander Motors Ltd is authorised and regulated by the Financial Conduct Authority for consumer credit (FRN 700112).', '© 2027 Ostrander Motors',
  ],
});

export const HELDOUT661_C: readonly TestPage[] = [van, korvo];
