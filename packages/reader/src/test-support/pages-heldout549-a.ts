import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout549-kit.js';

/**
 * Held-out batch 549, file a: a puppy class course page on Squarespace (7.1, fluid engine sections) and a trainer's
 * "Our approach" page on WordPress with Astra and Elementor.
 */
const sTitle = 'Puppy Foundations: Six-Week Course';
const sIntro = [
  j(
    'Puppy Foundations is our small-group class for puppies between ten and eighteen weeks old. Over six Saturday mornings you',
    'and your puppy will work on the skills that make everyday life easier: coming when called, walking on a loose lead,',
    'settling on a mat and meeting people politely.',
  ),
  j(
    'Classes are capped at five puppies so that every handler gets time with a trainer. Each session mixes short training',
    'exercises with supervised play, so puppies learn to switch between excitement and calm.',
  ),
];
const sWeeks = [
  '<strong>Week 1:</strong> name response, hand targeting and handling for grooming',
  '<strong>Week 2:</strong> sit, down and the start of a mat settle',
  '<strong>Week 3:</strong> loose-lead walking in the hall and the car park',
  '<strong>Week 4:</strong> recall games with distractions',
  '<strong>Week 5:</strong> leave it, drop and trading for toys',
  '<strong>Week 6:</strong> a walk through Fernhollow village and a graduation quiz',
];
const sBring = [
  j('Bring your puppy hungry, with a flat collar or harness, a two-metre lead and a pouch of soft treats cut to pea size.'),
  j(
    'Puppies must have had their first vaccinations at least a week before the first class. Please bring the vaccination card',
    'to week one. Family members are welcome to come along, but we ask that children under twelve stay seated with an adult.',
  ),
];
const sDetails = ['Where: Fernhollow Village Hall, Mill Lane', 'When: Saturdays, 9:30 to 10:30am', 'Price: £145 for six sessions'];
const sNav = ['Classes', 'One-to-One', 'About', 'Blog', 'Contact'];
const sFoot = ['Instagram', 'Facebook', 'Privacy Policy'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Puppy Foundations — Muddy Paws Training Co.</title>
<link rel="canonical" href="https://www.muddypawstraining.co.uk/puppy-foundations"><meta property="og:site_name" content="Muddy Paws Training Co.">
<meta property="og:title" content="Puppy Foundations — Muddy Paws Training Co."><meta name="description" content="Six-week puppy class in Fernhollow.">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteId":"64a1f0c2e1","templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.muddypawstraining.co.uk","name":"Muddy Paws Training Co.","@context":"http://schema.org",
"@type":"WebSite"}</script>
<script type="application/ld+json">{"legalName":"Muddy Paws Training Co.","address":"Mill Lane, Fernhollow","@context":"http://schema.org",
"@type":"LocalBusiness"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64a1f0c2e1/12/site.css"></head>
<body id="collection-64a1f0c2e1" class="primary-button-style-solid header-width-full tweak-transparent-header collection-type-page">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="white"><div class="header-announcement-bar-wrapper">
<a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/" data-animation-role="header-element">
<img elementtiming="nbf-header-logo-desktop" src="//images.squarespace-cdn.com/content/v1/64a1f0c2e1/logo.png" alt="Muddy Paws Training Co."></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav.map((t) => `<div class="header-nav-item header-nav-item--collection"><a href="/${t.toLowerCase()}">${t}</a></div>`).join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/book">Book a Class</a></div></div></div>
<div class="header-display-mobile"><button class="header-burger-btn burger" aria-label="Open Menu" aria-expanded="false">
<div class="burger-box"><div class="burger-inner header-menu-icon-doubleLineHamburger"></div></div></button></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="64a1f0c2e1aa">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium has-background">
<div class="section-background"><img alt="" src="//images.squarespace-cdn.com/content/v1/64a1f0c2e1/puppies-hall.jpg"></div>
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a1f0c2e1b1"><div class="fe-block fe-block-yui_3_17_2_1">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${sTitle}</h1></div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_2"><div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center"><a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary
sqs-block-button-element">Book your place</a></div></div></div></div></div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--small">
<div class="content-wrapper"><div class="content"><div class="fluid-engine fe-64a1f0c2e1b2"><div class="fe-block fe-block-yui_3_17_2_3">
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
${ps(sIntro, ' style="white-space:pre-wrap;"')}
<h3 style="white-space:pre-wrap;">What we cover</h3><ul data-rte-list="default">${lis(sWeeks.map((w) => `<p style="white-space:pre-wrap;">${w}</p>`))}</ul>
<h3 style="white-space:pre-wrap;">What to bring</h3>
${ps(sBring, ' style="white-space:pre-wrap;"')}
</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_4"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content"><h4 style="white-space:pre-wrap;">Course details</h4>${ps(sDetails, ' class="sqsrte-small"')}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_5"><div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><img alt="Two puppies on a mat" src="//images.squarespace-cdn.com/content/v1/64a1f0c2e1/mat.jpg">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Mat work in week two.</p></div></figcaption></figure></div></div></div>
</div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section section-height--small" data-section-theme="black">
<div class="content-wrapper"><div class="content"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51">
<div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat"><form class="newsletter-form">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join the pack</h2>
<div class="newsletter-form-header-description"><p>New class dates, straight to your inbox.</p></div></header>
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_1">Email Address</label>
<input class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div>
<div class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-editable-button sqs-button-element--primary" type="submit">
<span class="newsletter-form-button-label">Sign Up</span></button></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="dark"><div class="content-wrapper">
<div class="sqs-html-content"><p>Muddy Paws Training Co. · Mill Lane, Fernhollow</p><p>© 2026 Muddy Paws Training Co.</p></div>
<div class="sqs-block socialaccountlinks-v2-block"><ul class="sqs-svg-icon--list">${links(sFoot)}</ul></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2 sqs-cookie-banner-v2--light" role="region" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-content"><p class="sqs-cookie-banner-v2-text">This website uses cookies to improve your experience.</p>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept">Accept</button>
<button class="sqs-cookie-banner-v2-deny">Decline</button></div></div></div></div>
<script defer src="https://assets.squarespace.com/@sqs/polyfiller/1.6/modern.js"></script></body></html>`;
const squarespace: TestPage = finish({
  name: 'heldout549-squarespace-puppy-course',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['What we cover', 'What to bring', 'Course details'],
  body: texts([...sIntro, ...sWeeks, ...sBring, ...sDetails]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Content', ...sNav, 'Book a Class', 'Book your place', 'Mat work in week two.', 'Join the pack', 'New class dates, straight to your inbox.',
    'Email Address', 'Sign Up', 'We respect your privacy.', 'Muddy Paws Training Co. · Mill Lane, Fernhollow', '© 2026 Muddy Paws Training Co.', ...sFoot,
    'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
});

const wTitle = 'Our Approach to Training';
const wParts: [string, string[]][] = [
  [
    'Reward first, always',
    [
      j(
        'Every dog that comes to Bramblegate learns through rewards. Food, play, a chance to sniff a gatepost: whatever your dog',
        'finds worth working for becomes the currency of the lesson. We do not use prong collars, spray collars or leash pops,',
        'and we will not ask you to.',
      ),
      j(
        'That is not because we think dogs should never hear the word no. It is because a dog that is guessing what will happen next',
        'cannot learn well, and a dog that is worried cannot learn at all.',
      ),
    ],
  ],
  [
    'Reading the dog in front of us',
    [
      j(
        'Before we teach anything, we watch. A first session usually starts with twenty minutes of your dog exploring the room',
        'while we talk. Ears, tail carriage, how often they check in with you, whether they take food: all of it tells us where to',
        'begin.',
      ),
      j(
        'Dogs who are fearful or reactive get a plan built around distance. We would rather spend three weeks teaching a dog to',
        'look at another dog from across a field than push them into a situation they cannot cope with.',
      ),
    ],
  ],
  [
    'Training the human end of the lead',
    [
      j(
        'Most of what we teach is aimed at you. Timing a marker word, delivering a treat where it helps, knowing when to stop a',
        'session: these are handler skills, and they are the ones that last once the course ends.',
      ),
      'You can expect from us:',
    ],
  ],
];
const wExpect = [
  'written notes after every one-to-one session',
  'homework that fits into ten minutes a day',
  'honest advice if your dog would be better served by a vet behaviourist',
];
const wClose = j('If that sounds like the way you want to work with your dog, we would love to meet you both.');
const wNav = ['Home', 'Classes', 'Behaviour Help', 'Our Approach', 'Meet the Team', 'Contact'];
const wFoot = ['Privacy Policy', 'Terms of Booking', 'Cancellation Policy'];
const wSection = ([h, p]: [string, string[]], i: number): string => `<div class="elementor-element elementor-element-${i}a1 elementor-widget
elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container"><h2 class="elementor-heading-title
elementor-size-default">${h}</h2></div></div><div class="elementor-element elementor-element-${i}b2 elementor-widget elementor-widget-text-editor"
data-widget_type="text-editor.default"><div class="elementor-widget-container">${ps(p)}</div></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Our Approach to Training - Bramblegate Dog Training</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://bramblegatedogs.com/our-approach/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://bramblegatedogs.com/our-approach/","name":"Our Approach to Training - Bramblegate Dog Training",
"datePublished":"2025-03-02T10:11:00+00:00","dateModified":"2026-09-14T08:40:12+00:00"}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://bramblegatedogs.com/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4'
media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://bramblegatedogs.com/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.1'
media='all'>
<style id='astra-theme-css-inline-css'>.ast-separate-container .ast-article-single{padding:3em 6.67em}.site-title{font-size:24px}</style></head>
<body class="page-template-default page page-id-42 wp-custom-logo ast-page-builder-template ast-no-sidebar astra-4.6.4 elementor-default elementor-page
elementor-page-42">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline" id="masthead"
itemtype="https://schema.org/WPHeader" itemscope="itemscope"><div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-branding ast-site-identity">
<span class="site-logo-img"><a href="https://bramblegatedogs.com/" class="custom-logo-link" rel="home"><img width="180" height="60"
src="https://bramblegatedogs.com/wp-content/uploads/2024/01/logo.png" class="custom-logo" alt="Bramblegate Dog Training"></a></span></div>
<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility"
id="primary-site-navigation-desktop" aria-label="Site Navigation: Main Menu"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1"
class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
${links(wNav, 'menu-item menu-item-type-post_type')}</ul></div></nav></div>
<div class="ast-builder-button-wrap ast-builder-button-size-"><a class="ast-custom-button-link" href="/book/">
<div class="ast-custom-button">Book a Consult</div></a></div>
</div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-42 page type-page status-publish ast-article-single" id="post-42" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header ast-header-without-markup"></header><div class="entry-content clear" itemprop="text">
<div data-elementor-type="wp-page" data-elementor-id="42" class="elementor elementor-42"><section class="elementor-section elementor-top-section
elementor-element elementor-element-hero elementor-section-height-min-height elementor-section-boxed">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-xl">${wTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><p class="elementor-heading-title
elementor-size-default">Kind, clear, and built around your dog.</p></div></div></div></div></div></section>
<section class="elementor-section elementor-top-section elementor-section-boxed"><div class="elementor-container elementor-column-gap-wide">
<div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap elementor-element-populated">
${wParts.map(wSection).join('\n')}
<div class="elementor-element elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container"><ul class="elementor-icon-list-items">
${wExpect
  .map(
    (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-paw"></i></span>
<span class="elementor-icon-list-text">${t}</span></li>`,
  )
  .join('\n')}
</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${wClose}</p></div></div>
</div></div><div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-image"><div class="elementor-widget-container"><figure class="wp-caption">
<img src="https://bramblegatedogs.com/wp-content/uploads/2025/03/hana-and-juno.jpg" alt=""><figcaption class="widget-image-caption wp-caption-text">
Head trainer Hana Ostrowski with Juno</figcaption></figure></div></div>
<div class="elementor-element elementor-widget elementor-widget-testimonial"><div class="elementor-widget-container"><div class="elementor-testimonial-wrapper">
<div class="elementor-testimonial-content">Hana turned our nervous rescue into a dog who can enjoy the park again.</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-name">Priya &amp; Biscuit</div></div></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><a class="elementor-button elementor-button-link
elementor-size-md" href="/book/"><span class="elementor-button-text">Book a free call</span></a></div></div></div></div></div></section></div>
</div></article></main></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-footer-row-stack">
<div class="footer-widget-area widget-area site-footer-focus-item"><section id="text-3" class="widget widget_text"><h2 class="widget-title">Find us</h2>
<div class="textwidget"><p>Unit 4, Orchard Barns, Little Haddow</p></div></section></div>
<div class="footer-widget-area"><ul class="menu">${links(wFoot, 'menu-item')}</ul></div></div>
<div class="site-below-footer-wrap"><div class="ast-footer-copyright"><p>Copyright © 2026 Bramblegate Dog Training | Powered by Bramblegate</p></div>
</div></footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>We use cookies to give you the best experience on our website.
<a role="button" data-cli_action="accept" id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button">ACCEPT</a>
<a href="/privacy-policy/" id="CONSTANT_OPEN_URL" class="cli-plugin-main-link">Read More</a></span></div>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"post":{"id":42}};</script>
<script src="https://bramblegatedogs.com/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.1" id="elementor-frontend-js"></script></body></html>`;
const wordpress: TestPage = finish({
  name: 'heldout549-astra-elementor-approach',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wParts.map(([h]) => h),
  body: ['Kind, clear, and built around your dog.', ...wParts.flatMap(([, p]) => p), ...wExpect, wClose],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...wNav, 'Book a Consult', 'Head trainer Hana Ostrowski with Juno',
    'Hana turned our nervous rescue into a dog who can enjoy the park again.', 'Priya & Biscuit', 'Book a free call', 'Find us',
    'Unit 4, Orchard Barns, Little Haddow', ...wFoot, 'Copyright © 2026 Bramblegate Dog Training | Powered by Bramblegate',
    'We use cookies to give you the best experience on our website.', 'ACCEPT', 'Read More',
  ],
});

export const HELDOUT549_A: readonly TestPage[] = [squarespace, wordpress];
