import { links, ps, type TestPage, texts } from './page-kit.js';
import { civicRec } from './pages-heldout415-a2.js';

/**
 * Held-out batch 415, file a: a summer camp's programme page built with Elementor on a WordPress Astra theme (Astra header,
 * Elementor sections, icon boxes, a testimonial widget, a call-to-action button, a Complianz cookie banner, a Mailchimp
 * sign-up form and the footer widgets) and, from file a2, a parks and recreation activity guide on CivicRec.
 */
const eTitle = 'Summer Programme 2027: Four Weeks at Larchwood Lake';
const eIntro = [
  `Every July, Camp Larchwood opens its cabins on the north shore of Larchwood Lake to campers aged eight to fifteen. Our summer
programme runs in two-week sessions, and most families choose one session, although a growing number stay for the full four weeks.`,
  `The programme is built around small cabin groups of eight campers and two counsellors. Each group keeps the same counsellors for
the whole session, so campers settle quickly and staff get to know each child well enough to notice when someone needs a quiet hour.`,
];
const eDay = [
  `Mornings start with a flag circle at 8:15 and breakfast in the dining lodge. Campers then spend two activity periods in the skill
they chose on arrival, which means they make real progress rather than sampling everything once.`,
  `Afternoons are for the lake. Swimming is taught in four levels by qualified instructors, and campers who pass the deep-water test can
sign out canoes and paddleboards with a counsellor on the dock. After dinner, each evening has a whole-camp programme: a campfire, a
talent night, a night hike or the much-loved lantern regatta.`,
];
const eSkills = [
  '<strong>Canoeing and paddling</strong>, from first strokes to a two-night trip on the upper lake for older campers.',
  '<strong>Woodcraft</strong>: knife safety, shelter building and fire lighting under supervision.',
  '<strong>Arts studio</strong> with pottery, printmaking and a camp newspaper produced each week.',
  '<strong>Climbing</strong> on our 12-metre tower, with auto-belay routes for beginners.',
  '<strong>Field science</strong>, run with volunteers from the Larchwood Lake Trust, including pond dipping and bird counts.',
];
const eSessions = [
  `Session A runs from Sunday 4 July to Saturday 17 July, and Session B from Sunday 18 July to Saturday 31 July. Drop-off is between
2pm and 4pm on the first Sunday; pick-up is at 10am on the final Saturday, after the closing assembly, which families are welcome to attend.`,
  `Fees are £1,240 per session, including all meals, equipment and the camp T-shirt. We hold a number of bursary places each summer
for families who would otherwise not be able to send their child, and no one on the staff is told which campers hold them.`,
];
const eSafe = [
  `Our camp director and both assistant directors hold current first aid at work certificates, and a registered nurse lives on site
throughout the summer. All staff complete a week of training before campers arrive, including safeguarding, lifeguarding for waterfront
staff, and a day on homesickness and behaviour support.`,
  `Parents receive a short update and photographs every second day through the family portal. Campers do not bring phones, but any
camper may ask to call home, and we will always ring you if we have a concern.`,
];
const eQuote = `“Our daughter came home taller, browner and with a canoe certificate she will not stop talking about. The counsellors
clearly cared.”`;
const eNav = ['Home', 'About Us', 'Summer Programme', 'Day Camp', 'Staff', 'Dates & Fees', 'Contact'];
const eFoot = ['Safeguarding Policy', 'Privacy Notice', 'Terms of Booking', 'Careers'];
const eHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Summer Programme 2027 – Camp Larchwood</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://camplarchwood.example/summer-programme/">
<meta property="og:locale" content="en_GB"><meta property="og:type" content="article">
<meta property="og:title" content="Summer Programme 2027 – Camp Larchwood">
<meta property="article:modified_time" content="2027-01-12T10:22:41+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://camplarchwood.example/summer-programme/","name":"Summer Programme 2027 – Camp Larchwood","dateModified":"2027-01-12T10:22:41+00:00"}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://camplarchwood.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4">
<link rel="stylesheet" id="elementor-frontend-css" href="https://camplarchwood.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.0">
<link rel="stylesheet" id="elementor-post-214-css" href="https://camplarchwood.example/wp-content/uploads/elementor/css/post-214.css?ver=1705054961">
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"1"};</script></head>
<body class="page-template-default page page-id-214 wp-custom-logo ast-page-builder-template ast-no-sidebar elementor-default elementor-kit-6
elementor-page elementor-page-214">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
<div id="ast-desktop-header"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar">
<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="site-branding ast-site-identity">
<span class="site-logo-img"><a href="https://camplarchwood.example/" class="custom-logo-link" rel="home"><img width="180" height="64"
src="https://camplarchwood.example/wp-content/uploads/2025/02/larchwood-logo.png" class="custom-logo" alt="Camp Larchwood"></a></span></div>
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop"
aria-label="Site Navigation"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu
ast-flex submenu-with-border">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav>
<div class="ast-builder-button-wrap ast-builder-button-size-"><a class="ast-custom-button-link" href="/book/"><div class="ast-custom-button">Book a Place</div>
</a></div></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-214 page type-page status-publish ast-article-single" id="post-214"><div class="entry-content clear" itemprop="text">
<div data-elementor-type="wp-page" data-elementor-id="214" class="elementor elementor-214">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3f1a2c8 elementor-section-height-min-height
elementor-section-boxed" data-id="3f1a2c8" data-element_type="section" data-settings="{&quot;background_background&quot;:&quot;classic&quot;}">
<div class="elementor-background-overlay"></div><div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-6b0e1d2" data-id="6b0e1d2">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-element-a81c3e4 elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container"><span class="elementor-heading-title elementor-size-default">Ages 8–15 · Two-week sessions</span></div></div>
<div class="elementor-element elementor-element-b2d9f70 elementor-widget elementor-widget-heading" data-widget_type="heading.default">
<div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-xl">${eTitle}</h1></div></div>
<div class="elementor-element elementor-element-c44e0a1 elementor-align-center elementor-widget elementor-widget-button" data-widget_type="button.default">
<div class="elementor-widget-container"><div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-lg"
href="#dates"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">See dates and fees</span></span></a></div></div></div>
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-51d7a9e elementor-section-boxed" data-id="51d7a9e">
<div class="elementor-container elementor-column-gap-wide"><div class="elementor-column elementor-col-66 elementor-top-column elementor-element
elementor-element-e1d4b07" data-id="e1d4b07"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-element-0c5e7a1 elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default">
<div class="elementor-widget-container">
${ps(eIntro)}
</div></div>
<div class="elementor-element elementor-element-9ab3c11 elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">A day at camp</h2></div></div>
<div class="elementor-element elementor-element-77e2f3d elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
${ps(eDay)}
</div></div>
<div class="elementor-element elementor-element-2d8f6c0 elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Skill choices</h2></div></div>
<div class="elementor-element elementor-element-f3b9d82 elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<ul>
${eSkills.map((s) => `<li>${s}</li>`).join('\n')}
</ul></div></div></div></div>
<div class="elementor-column elementor-col-33 elementor-top-column elementor-element elementor-element-8c71b5e" data-id="8c71b5e">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-element-4e0b6a9 elementor-widget elementor-widget-image" data-widget_type="image.default">
<div class="elementor-widget-container"><figure class="wp-caption"><img loading="lazy" width="600" height="800"
src="https://camplarchwood.example/wp-content/uploads/2026/08/canoes-dock.jpg" class="attachment-large size-large" alt="Canoes on the dock">
<figcaption class="widget-image-caption wp-caption-text">Canoes ready on the main dock at sunset. Photo: Hal Berrigan</figcaption></figure></div></div>
<div class="elementor-element elementor-element-3d2c1a0 elementor-widget elementor-widget-icon-box"><div class="elementor-widget-container">
<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-content"><h3 class="elementor-icon-box-title"><span>1:4 staff ratio</span></h3>
<p class="elementor-icon-box-description">Two counsellors for every cabin of eight campers.</p></div></div></div></div>
<div class="elementor-element elementor-element-6a0f5d3 elementor-widget elementor-widget-icon-box"><div class="elementor-widget-container">
<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-content"><h3 class="elementor-icon-box-title"><span>Nurse on site</span></h3>
<p class="elementor-icon-box-description">A registered nurse lives at camp all summer.</p></div></div></div></div>
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-9e2b4f1 elementor-section-boxed" id="dates">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Sessions, dates and fees</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
${ps(eSessions)}
</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h2 class="elementor-heading-title elementor-size-default">Keeping campers safe</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
${ps(eSafe)}
</div></div>
<div class="elementor-element elementor-widget elementor-widget-testimonial" data-widget_type="testimonial.default"><div class="elementor-widget-container">
<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${eQuote}</div><div class="elementor-testimonial-meta">
<div class="elementor-testimonial-details"><div class="elementor-testimonial-name">Parent of a Session B camper</div>
<div class="elementor-testimonial-job">Summer 2026</div></div></div></div></div></div>
<div class="elementor-element elementor-align-center elementor-widget elementor-widget-button"><div class="elementor-widget-container">
<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/book/"><span class="elementor-button-text">
Book a place for summer 2027</span></a></div></div></div>
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-1b7c3d2 elementor-section-boxed">
<div class="elementor-container"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h4 class="elementor-heading-title elementor-size-default">Get camp news by email</h4></div></div>
<div class="elementor-element elementor-widget elementor-widget-html"><div class="elementor-widget-container"><div id="mc_embed_signup">
<form action="https://camplarchwood.us1.list-manage.example/subscribe/post" method="post" id="mc-embedded-subscribe-form" class="validate">
<div class="mc-field-group"><label for="mce-EMAIL">Email Address</label><input type="email" name="EMAIL" id="mce-EMAIL"></div>
<p class="mc-note">Booking reminders and a newsletter each term. No spam.</p>
<input type="submit" value="Subscribe" name="subscribe" id="mc-embedded-subscribe" class="button"></form></div></div></div>
</div></div></div></section></div></div></article></main></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-footer-row-stack">
<div class="ast-builder-grid-row"><div class="site-footer-primary-section-1 site-footer-section"><aside class="footer-widget-area widget-area">
<section id="text-3" class="widget widget_text"><h2 class="widget-title">Find us</h2><div class="textwidget">
<p>Camp Larchwood, Shore Road, Larchwood, LW4 2PQ</p><p>Registered charity no. 1180462</p></div></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section"><nav class="footer-navigation"><ul id="astra-footer-menu" class="ast-nav-menu">
${links(eFoot, 'menu-item')}</ul></nav></div></div></div>
<div class="site-below-footer-wrap"><div class="ast-footer-copyright"><p>Copyright © 2027 Camp Larchwood | Powered by Camp Larchwood Trust</p></div></div>
</footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to understand how visitors use our site and to improve
your booking experience.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://camplarchwood.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.0" id="elementor-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  name: 'heldout415-elementor-astra-camp-programme',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: ['A day at camp', 'Skill choices', 'Sessions, dates and fees', 'Keeping campers safe'],
  body: texts([...eIntro, ...eDay, ...eSkills, ...eSessions, ...eSafe, eQuote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Book a Place', 'Ages 8–15 · Two-week sessions', 'See dates and fees',
    'Canoes ready on the main dock at sunset. Photo: Hal Berrigan', '1:4 staff ratio', 'Two counsellors for every cabin of eight campers.',
    'Nurse on site', 'A registered nurse lives at camp all summer.', 'Parent of a Session B camper', 'Summer 2026',
    'Book a place for summer 2027', 'Get camp news by email', 'Email Address', 'Booking reminders and a newsletter each term. No spam.',
    'Find us', 'Camp Larchwood, Shore Road, Larchwood, LW4 2PQ', 'Registered charity no. 1180462', ...eFoot,
    'Copyright © 2027 Camp Larchwood | Powered by Camp Larchwood Trust', 'Manage Cookie Consent',
    'We use cookies to understand how visitors use our site and to improve your booking experience.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT415_A: readonly TestPage[] = [elementor, civicRec];
