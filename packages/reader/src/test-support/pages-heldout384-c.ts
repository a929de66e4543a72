import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout384-kit.js';

/**
 * Held-out batch 384, file c: a WordPress.org plugin directory page on its Description tab (the wporg global header, the
 * plugin banner, entry-header with "By" author and Download button, the Details / Reviews / Installation / Development tab
 * list, the Description section with its readme h3 sections, screenshots with captions, the plugin-meta sidebar with
 * ratings, contributors and support, and the global footer).
 */
const wTitle = 'Brambleform Booking Calendar';
const wIntro = [
  j(
    'Brambleform Booking Calendar lets visitors book a table, a class or a room directly on your site, with no third-party account',
    'and no monthly fee. You create a calendar, set the opening hours and the number of places per slot, and drop the',
    '<strong>Booking Calendar</strong> block into any page.',
  ),
  j(
    'It was first written for a village hall committee that was tired of taking bookings by phone and paper diary. Since then it',
    'has grown into a small but complete booking system used by cafés, pottery studios and tutoring centres.',
  ),
];
const wFeat = [
  'Any number of calendars, each with its own hours, closures and capacity.',
  'Confirmation and reminder emails with templates you can edit in the block editor.',
  'A waiting list that offers freed-up places to the next person automatically.',
  "Export of the day's bookings to CSV or a printable sheet for the front desk.",
  'Works with caching plugins: the calendar loads its availability after the page.',
];
const wPrivacy = [
  j(
    'Bookings are stored in your own WordPress database. The plugin does not contact any outside service unless you switch on the',
    'optional SMS reminders, which send the phone number and the booking time to the SMS provider you configure.',
  ),
  j('The plugin adds a suggested paragraph to your privacy policy page and supports the personal data export and erase tools that', 'ship with WordPress.'),
];
const wPro = [
  j(
    'Everything described on this page is free. A paid add-on, sold on our own site, adds deposits through Stripe and group bookings;',
    'the free plugin never nags you about it and keeps working if you remove the add-on.',
  ),
];
const wShots = ['The booking block on a café page.', 'Setting opening hours and capacity for a calendar.', 'The day sheet printed for the front desk.'];
const wNav = ['Plugins', 'Themes', 'Patterns', 'Learn', 'Documentation', 'Forums', 'News', 'Showcase', 'Get WordPress'];
const wMeta: readonly (readonly [string, string])[] = [
  ['Version', '4.1.2'],
  ['Last updated', '3 weeks ago'],
  ['Active installations', '9,000+'],
  ['WordPress version', '6.3 or higher'],
  ['Tested up to', '6.8.1'],
  ['PHP version', '7.4 or higher'],
];
const wTags = ['appointments', 'booking', 'calendar', 'reservations', 'scheduling'];
const wFoot = [
  'About',
  'News',
  'Hosting',
  'Privacy',
  'Showcase',
  'Themes',
  'Plugins',
  'Patterns',
  'Learn',
  'Documentation',
  'Developers',
  'Five for the Future',
];
const wHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">
<title>${wTitle} – WordPress plugin | WordPress.org</title>
<meta name="description" content="Take bookings for tables, classes and rooms on your own site, with waiting lists and reminders.">
<meta property="og:type" content="website"><meta property="og:title" content="${wTitle}"><meta property="og:site_name" content="WordPress.org">
<link rel="canonical" href="https://wordpress.org/plugins/brambleform-booking/">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["SoftwareApplication","Product"],"applicationCategory":"Plugin",
"operatingSystem":"WordPress","name":"${wTitle}","url":"https://wordpress.org/plugins/brambleform-booking/","softwareVersion":"4.1.2",
"aggregateRating":{"@type":"AggregateRating","worstRating":1,"bestRating":5,"ratingValue":4.8,"ratingCount":142}}]</script>
<link rel="stylesheet" id="wporg-style-css" href="https://wordpress.org/plugins/wp-content/themes/pub/wporg-plugins/css/style.css" media="all"></head>
<body class="plugin-template-default single single-plugin postid-94521 wp-theme-wporg-plugins"><a class="skip-link screen-reader-text"
href="#main">Skip to content</a>
<header class="wp-block-group global-header"><a class="global-header__wporg-logo-mark" href="https://wordpress.org/">WordPress.org</a>
<nav class="wp-block-navigation global-header__navigation" aria-label="Primary menu"><ul class="wp-block-navigation__container">
${links(wNav, 'wp-block-navigation-item')}</ul></nav></header>
<div id="page" class="site"><div id="content" class="site-content"><main id="main" class="site-main" role="main">
<article id="post-94521" class="post-94521 plugin type-plugin status-publish hentry plugin_category-calendar">
<div class="entry-banner"><div class="plugin-banner" id="plugin-banner-brambleform-booking"></div></div>
<header class="plugin-header"><div class="entry-thumbnail"><img class="plugin-icon" src="https://ps.w.org/brambleform-booking/assets/icon-256x256.png" alt="">
</div>
<div class="plugin-actions"><a class="plugin-download button download-button button-large"
href="https://downloads.wordpress.org/plugin/brambleform-booking.4.1.2.zip">Download</a></div>
<h1 class="plugin-title">${wTitle}</h1><span class="byline">By <span class="author vcard"><a class="url fn n"
href="https://profiles.wordpress.org/ysoldeharrow/">Ysolde Harrow</a></span></span></header>
<ul class="tabs clear"><li id="tablink-description"><a href="#description">Details</a></li><li id="tablink-reviews"><a href="#reviews">Reviews</a></li>
<li id="tablink-installation"><a href="#installation">Installation</a></li><li id="tablink-developers"><a href="#developers">Development</a></li></ul>
<div class="entry-content"><div id="tab-description" class="plugin-description section"><h2 id="description-header">Description</h2>
${ps(wIntro)}
<h3>Features</h3><ul>${wFeat.map((f) => `<li>${f}</li>`).join('\n')}</ul>
<h3>Privacy and your data</h3>${ps(wPrivacy)}
<h3>Free and paid</h3>${ps(wPro)}
</div>
<div id="screenshots" class="plugin-screenshots section"><h2 id="screenshots-header">Screenshots</h2><ul class="plugin-screenshots">
${wShots
  .map(
    (c, i) => `<li><figure><a href="https://ps.w.org/brambleform-booking/assets/screenshot-${i + 1}.png"><img class="screenshot"
src="https://ps.w.org/brambleform-booking/assets/screenshot-${i + 1}.png" alt=""></a><figcaption>${c}</figcaption></figure></li>`,
  )
  .join('\n')}</ul></div>
<div id="tab-reviews" class="plugin-reviews section"><h2 id="reviews-header">Reviews</h2><article class="plugin-review">
<div class="review-avatar"></div><div class="review"><header><div class="header-top"><h3 class="review-title">Saved our Saturday mornings</h3></div>
<div class="header-bottom"><span class="review-author author vcard">Corrin Dale</span><span class="review-date">January 17, 2026</span></div></header>
<div class="review-content">We run a repair café and used to spend an hour each week sorting out double bookings. Not any more.</div></div></article>
<a class="reviews-link" href="https://wordpress.org/support/plugin/brambleform-booking/reviews/">Read all 142 reviews</a></div>
<div id="tab-developers" class="plugin-developers section"><h2 id="developers-header">Contributors &amp; Developers</h2>
<p>“${wTitle}” is open source software. The following people have contributed to this plugin.</p>
<ul class="plugin-contributors"><li><a href="https://profiles.wordpress.org/ysoldeharrow/">Ysolde Harrow</a></li>
<li><a href="https://profiles.wordpress.org/bramwell/">Tobiah Bramwell</a></li></ul>
<p><a href="https://translate.wordpress.org/projects/wp-plugins/brambleform-booking">Translate “${wTitle}” into your language.</a></p></div></div>
</article>
<div class="entry-meta"><div class="widget plugin-meta"><h2 class="screen-reader-text">Meta</h2><ul>
${wMeta.map(([k, val]) => `<li>${k} <strong>${val}</strong></li>`).join('\n')}
<li class="clear">Tags <div class="tags">${wTags.map((t) => `<a href="https://wordpress.org/plugins/tags/${t}/" rel="tag">${t}</a>`).join(' ')}</div></li></ul>
<p class="aligncenter"><a class="plugin-admin" href="https://wordpress.org/plugins/brambleform-booking/advanced/">Advanced View</a></p></div>
<div class="widget plugin-ratings"><h2 class="widget-title">Ratings</h2><a class="reviews-link" href="#reviews">See all</a>
<div class="rating"><p>4.8 out of 5 stars.</p></div><ul class="ratings-list"><li class="counter-container">5 stars <span
class="counter-count">128</span></li><li class="counter-container">1 star <span class="counter-count">6</span></li></ul>
<a class="button" href="https://wordpress.org/support/plugin/brambleform-booking/reviews/#new-post">Add my review</a></div>
<div class="widget plugin-support"><h2 class="widget-title">Support</h2><p>Issues resolved in last two months:</p><p class="resolved-count">11 out of 12</p>
<p class="aligncenter"><a class="button" href="https://wordpress.org/support/plugin/brambleform-booking/">View support forum</a></p></div>
<div class="widget plugin-donate"><h2 class="widget-title">Donate</h2><p>Would you like to support the advancement of this plugin?</p>
<p class="aligncenter"><a class="button button-secondary" href="https://brambleform.example/donate">Donate to this plugin</a></p></div></div>
</main></div></div>
<footer class="wp-block-group global-footer"><ul class="global-footer__navigation-list">${links(wFoot)}</ul>
<p class="global-footer__code_is_poetry">Code is Poetry</p></footer>
<script src="https://wordpress.org/plugins/wp-content/themes/pub/wporg-plugins/js/theme.js" id="wporg-plugins-client-js"></script></body></html>`;
export const wordpressPlugin: TestPage = {
  name: 'heldout384-wordpress-org-plugin',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Description', 'Features', 'Privacy and your data', 'Free and paid'],
  body: texts([...wIntro, ...wFeat, ...wPrivacy, ...wPro]),
  bylines: ['Ysolde Harrow', '3 weeks ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'WordPress.org', ...wNav, 'Download', 'Details', 'Reviews', 'Installation', 'Development', 'Screenshots', ...wShots,
    'Saved our Saturday mornings', 'Corrin Dale', 'January 17, 2026',
    'We run a repair café and used to spend an hour each week sorting out double bookings. Not any more.', 'Read all 142 reviews',
    'Contributors & Developers', `“${wTitle}” is open source software. The following people have contributed to this plugin.`, 'Tobiah Bramwell',
    `Translate “${wTitle}” into your language.`, 'Meta', ...wMeta.map(([k]) => k).filter((k) => k !== 'Last updated'), 'Last updated', '4.1.2', '9,000+',
    '6.3 or higher', '6.8.1', '7.4 or higher', ...wTags.filter((t) => t !== 'booking' && t !== 'calendar'), 'Advanced View', 'Ratings', 'See all',
    '4.8 out of 5 stars.', '5 stars', '128', '1 star',
    'Add my review', 'Support', 'Issues resolved in last two months:', '11 out of 12', 'View support forum', 'Donate',
    'Would you like to support the advancement of this plugin?', 'Donate to this plugin', ...wFoot, 'Code is Poetry',
  ],
};
