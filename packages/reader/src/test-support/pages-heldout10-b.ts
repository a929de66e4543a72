import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 10, file b: a Webflow blog post (w-* classes, a sticky w-nav, the post in a w-richtext block,
 * a w-dyn-list collection of other posts, a w-form newsletter with its hidden success and failure messages)
 * and a WordPress page built with Elementor (section/column/widget wrappers nested five deep, the prose split
 * across several text-editor widgets, icon boxes, a looping testimonial carousel and a hidden popup).
 */
const wfIntro = [
  'Last autumn the town council of Aldermoor asked us to redesign the printed timetable for its four bus routes. The ' +
    'brief was one line long: make it something people can read at a bus stop in the rain.',
  'We assumed the job was about typography. It turned out to be about what people actually want to know when they are ' +
    'standing at a stop, and that is rarely what a timetable is organised around.',
];
const wfStop = [
  'The old leaflet listed every route as a grid, stop names down the side and times across the top. To use it you had to ' +
    'find your route, then your stop, then run a finger along a row of forty numbers. We watched eleven people try it at ' +
    'the market square stop, and only four found the next bus within a minute.',
  'So we flipped it. Each stop now gets its own small panel listing the next departures by destination rather than by ' +
    'route number. Most riders know where they are going long before they know which number will take them there.',
];
const wfQuote = '“I’ve lived here thirty years and I still couldn’t tell you which bus is the 3. I just know the one to the hospital.”';
const wfGaps = [
  'The second change was to stop printing minutes that nobody needs. On routes with a regular pattern we now print ' +
    '“every 20 minutes until 6 pm” and list only the exceptions. The page for route 2 went from 312 printed times to 41.',
  'We also gave the gaps in service real space. An evening with no buses after 7:40 pm is the single most important fact ' +
    'on that page, and on the old leaflet it looked exactly like a typo.',
];
const wfDiff = [
  'We tested with regular riders and not enough with visitors. Two weeks after launch the tourist office told us that ' +
    'day-trippers were confused by the stop names, which use local landmarks such as “Cobbler’s Corner” that appear on no map.',
  'The next print run adds a street name under every landmark stop. It is a small fix, and a useful reminder that the ' +
    'people hardest to design for are usually the ones who are not in the room when you test.',
];
const wfNav = ['Work', 'Studio', 'Journal', 'Contact'];
const wfMore = [
  ['Process', 'Designing forms for people who hate forms'],
  ['Studio life', 'A year of four-day weeks at a small studio'],
  ['Opinion', 'Why our own website has no hero image'],
];
const wfHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Wed Apr 02 2025 09:14:51 GMT+0000 -->
<html data-wf-domain="www.northline.example" data-wf-page="66b2f0c41e" data-wf-site="66a9d3e27b" data-wf-collection="66b2f0c41f"
 data-wf-item-slug="bus-timetable"><head><meta charset="utf-8"><title>What we learned redesigning a bus timetable | Northline Studio</title>
<meta content="width=device-width, initial-scale=1" name="viewport"><link href="https://cdn.prod.website-files.example/66a9d3e27b/css/northline.webflow.css"
 rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script>
</head><body>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav" style="position:sticky;top:0">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand" aria-label="home"><div class="brand-text">Northline</div></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wfNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div><div class="w-nav-overlay" data-wf-ignore="" id="w-nav-overlay-0"></div></div>
<div class="section post-section"><div class="container narrow w-container">
<a href="/journal" class="back-link w-inline-block"><div class="back-arrow">←</div><div>All posts</div></a>
<div class="post-header"><div class="post-category">Case notes</div><h1 class="post-title">What we learned redesigning a bus timetable for a small town</h1>
<div class="post-meta"><div class="post-author">Ines Okafor</div><div class="meta-dot">·</div><div class="post-date">April 2, 2025</div></div></div>
<img src="https://cdn.prod.website-files.example/66a9d3e27b/66b2f_timetable-hero.jpg" loading="lazy" alt="" class="post-hero-image">
<div class="post-body w-richtext">${ps(wfIntro)}
<h2>Start at the stop, not the route</h2>
${ps(wfStop)}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image" style="max-width:1200px">
<div><img src="https://cdn.prod.website-files.example/panel.jpg"
 loading="lazy" alt="Printed stop panel"></div><figcaption>The new stop panel for Market Square, printed at A5.</figcaption></figure>
<blockquote>${wfQuote}</blockquote>
<h2>Fewer numbers, bigger gaps</h2>
${ps(wfGaps)}
<h2>What we would do differently</h2>
${ps(wfDiff)}
</div></div></div>
<div class="section more-section"><div class="container w-container"><h3 class="more-heading">More from the journal</h3>
<div class="w-dyn-list"><div role="list" class="more-grid w-dyn-items">
${wfMore
  .map(
    ([c, t]) =>
      `<div role="listitem" class="w-dyn-item"><a href="/journal/p" class="more-card w-inline-block"><div class="card-category">${c}</div>` +
      `<div class="card-title">${t}</div><div class="card-link">Read post</div></a></div>`,
  )
  .join('\n')}</div></div></div></div>
<div class="section newsletter-section"><div class="container w-container">
<h3>Get the journal by email</h3><p class="newsletter-text">One letter a month, no tracking pixels.</p>
<div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="newsletter-form" aria-label="Email Form">
<input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="you@example.com" type="email" id="email" required="">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Sign up"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure">
<div>Oops! Something went wrong while submitting the form.</div></div></div></div></div>
<footer class="footer"><div class="footer-container w-container"><div class="footer-brand">Northline Studio</div>
<div class="footer-address">14 Quay Street, Bristol BS1 4DB</div><a href="mailto:hello@northline.example" class="footer-link">hello@northline.example</a>
<div class="footer-social"><a href="https://instagram.example/northline" class="footer-link">Instagram</a>
<a href="https://linkedin.example/company/northline" class="footer-link">LinkedIn</a></div>
<div class="footer-legal">© 2025 Northline Studio Ltd. Registered in England, company no. 11842907.</div></div></footer>
<a class="w-webflow-badge" href="https://webflow.com?utm_campaign=brandjs">
<img src="https://d3e54v103j8qbb.cloudfront.example/img/webflow-badge-icon.svg" alt="">
Made in Webflow</a>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.js" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.example/66a9d3e27b/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  html: wfHtml,
  name: 'heldout10-webflow-blog',
  kind: 'blog',
  // hard calls: the w-richtext block is the post; the rider's quote in a blockquote inside it is body, the figure
  // caption is furniture; the category label above the title, "All posts", the author and date (bylines), the
  // collection list of other posts (its h3 too), the newsletter box with Webflow's hidden success/failure texts,
  // the footer and the "Made in Webflow" badge are furniture
  title: 'What we learned redesigning a bus timetable for a small town',
  headings: ['Start at the stop, not the route', 'Fewer numbers, bigger gaps', 'What we would do differently'],
  body: [...texts(wfIntro), ...texts(wfStop), wfQuote, ...texts(wfGaps), ...texts(wfDiff)],
  bylines: ['Ines Okafor', 'April 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Northline', ...wfNav, 'All posts', 'Case notes', 'The new stop panel for Market Square, printed at A5.', 'More from the journal', ...wfMore.flat(),
    'Read post', 'Get the journal by email', 'One letter a month, no tracking pixels.', 'Thank you! Your submission has been received!',
    'Oops! Something went wrong while submitting the form.', 'Northline Studio', '14 Quay Street, Bristol BS1 4DB', 'hello@northline.example',
    'Instagram', 'LinkedIn', '© 2025 Northline Studio Ltd. Registered in England, company no. 11842907.', 'Made in Webflow',
  ],
};

const elIntro = [
  'A wildflower meadow is one of the few garden projects that gets cheaper to look after every year. Once it is ' +
    'established it needs cutting once or twice a summer, no feeding and no watering, and it fills with insects that a lawn never sees.',
  'It is also easy to get wrong. Most failed meadows we are called out to were sown straight into rich lawn soil, where ' +
    'grasses and docks simply out-compete the flowers. Below is the method we use on every meadow job, from a strip ' +
    'along a fence to a whole paddock.',
];
const elSoil = [
  'Wildflowers thrive on poor soil. On most lawns we strip the top five centimetres of turf and stack it upside down ' +
    'elsewhere to rot into loam. Where stripping is not possible we sow yellow rattle first, a semi-parasitic annual ' +
    'that weakens the grass over two or three seasons.',
];
const elSow = [
  'We sow between September and early November, when the soil is still warm and the rain is reliable. Many native ' +
    'seeds need a cold winter before they will germinate, so a spring sowing often looks bare until the following year.',
  'Seed is mixed with dry sand so it can be spread evenly by hand, then rolled or trodden in. It is never raked in ' +
    'deep, because most meadow seed needs light to germinate.',
];
const elWait = [
  'The first summer is the hardest for our clients. Annuals such as cornflower and poppy give a good show, but the ' +
    'perennials that make a meadow last spend that year building roots. We cut the whole area in late summer and take ' +
    'the cuttings away, which keeps the soil poor.',
  'By the second or third June the meadow usually looks the way people imagined it: ox-eye daisies, knapweed, ' +
    'bird’s-foot trefoil and the hum of bees. After that the work is one hay cut a year and the occasional pull of a dock.',
];
const elNav = ['Home', 'Garden design', 'Meadows', 'Hedging', 'Our work', 'About'];
const elBoxes = [
  ['Native seed only', 'Every mix comes from a British grower and is matched to your soil.'],
  ['Fixed-price quotes', 'The price we quote after the survey is the price you pay.'],
  ['Two aftercare visits', 'We come back in the first summer to cut and to check what has taken.'],
];
const elQuotes = [
  ['Our paddock was nothing but docks. Two years on, the grandchildren count butterflies in it.', 'Margaret Ellery', 'Client, Thornbury'],
  ['Clear advice, tidy work, and they told us honestly that the first year would look scruffy.', 'Tom Baptiste', 'Client, Wotton'],
];
let elId = 0;
const wid = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${(0x4a10 + ++elId).toString(16)} elementor-widget elementor-widget-${type}" ` +
  `data-id="${(0x4a10 + elId).toString(16)}" data-element_type="widget" data-widget_type="${type}.default">` +
  `<div class="elementor-widget-container">${inner}</div></div>`;
const sec = (cols: string[], cls = ''): string =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-section-boxed elementor-section-height-default ${cls}" ` +
  `data-element_type="section"><div class="elementor-container elementor-column-gap-default">` +
  cols
    .map(
      (c) =>
        `<div class="elementor-column elementor-col-${Math.round(100 / cols.length)} elementor-top-column elementor-element" ` +
        `data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">${c}</div></div>`,
    )
    .join('') +
  `</div></section>`;
const h2w = (t: string): string => wid('heading', `<h2 class="elementor-heading-title elementor-size-default">${t}</h2>`);
const txt = (p: string[]): string => wid('text-editor', ps(p));
const box = ([t, d]: string[]): string =>
  wid(
    'icon-box',
    `<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-icon"><span class="elementor-icon elementor-animation-">` +
      `<i aria-hidden="true" class="fas fa-leaf"></i></span></div><div class="elementor-icon-box-content"><h3 class="elementor-icon-box-title">` +
      `<span>${t}</span></h3><p class="elementor-icon-box-description">${d}</p></div></div>`,
  );
const slide = ([q, n, r]: string[], dup = ''): string =>
  `<div class="swiper-slide${dup}"><div class="elementor-testimonial"><div class="elementor-testimonial__content">` +
  `<div class="elementor-testimonial__text">${q}</div></div><div class="elementor-testimonial__footer"><cite class="elementor-testimonial__cite">` +
  `<span class="elementor-testimonial__name">${n}</span><span class="elementor-testimonial__title">${r}</span></cite></div></div></div>`;
const elBody =
  sec([wid('heading', `<h1 class="elementor-heading-title elementor-size-xl">From lawn to meadow: how we plant a wildflower meadow</h1>`) + txt(elIntro)]) +
  '\n' +
  sec([
    h2w('Step one: take the fertility down') + txt(elSoil),
    wid(
      'image',
      `<figure class="wp-caption"><img width="768" height="512" src="/wp-content/uploads/2024/07/meadow-768x512.jpg" class="attachment-medium_large" alt="">` +
        `<figcaption class="widget-image-caption wp-caption-text">A two-year-old meadow in Thornbury, June 2024.</figcaption></figure>`,
    ),
  ]) +
  '\n' +
  sec([h2w('Step two: sow in autumn') + txt(elSow) + h2w('Step three: be patient in the first year') + txt(elWait)]) +
  '\n' +
  sec([h2w('Why clients choose Greenrow')], 'elementor-section-stretched') +
  sec(elBoxes.map(box)) +
  '\n' +
  sec([
    h2w('What our clients say') +
      wid(
        'testimonial-carousel',
        `<div class="elementor-swiper"><div class="elementor-main-swiper swiper" role="region" aria-roledescription="carousel" aria-label="Slides">` +
          `<div class="swiper-wrapper">${slide(elQuotes[1]!, ' swiper-slide-duplicate')}${elQuotes.map((q) => slide(q)).join('')}` +
          `${slide(elQuotes[0]!, ' swiper-slide-duplicate')}</div><div class="swiper-pagination"></div>` +
          `<div class="elementor-swiper-button elementor-swiper-button-prev" role="button" tabindex="0" aria-label="Previous"></div>` +
          `<div class="elementor-swiper-button elementor-swiper-button-next" role="button" tabindex="0" aria-label="Next"></div></div></div>`,
      ),
  ]) +
  '\n' +
  sec([
    h2w('Ready to swap mowing for meadow?') +
      wid(
        'button',
        `<div class="elementor-button-wrapper"><a class="elementor-button elementor-size-md" href="/survey"><span>Book a free survey</span></a></div>`,
      ),
  ]);
const elHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>How we plant a wildflower meadow - Greenrow Landscapes</title>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="/wp-content/uploads/elementor/css/post-412.css?ver=1719830221" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org",
"@graph":[{"@type":"WebPage","name":"How we plant a wildflower meadow"}]}</script>
</head>
<body class="page-template page-template-elementor_header_footer page page-id-412 elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="top-bar"><span>Call us on 01454 220 310</span> <span>Mon–Fri, 8am–5pm</span></div>
<header id="site-header" class="site-header" role="banner"><div class="site-branding"><a href="/" rel="home">Greenrow Landscapes</a></div>
<nav class="site-navigation" aria-label="Main menu"><ul id="menu-main" class="menu">${links(elNav, 'menu-item')}
</ul></nav><a class="header-cta" href="/survey">Get a quote</a></header>
<main id="content" class="site-main post-412 page type-page status-publish hentry" role="main"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412" data-elementor-post-type="page">
${elBody}
</div></div></main>
<footer id="site-footer" class="site-footer" role="contentinfo"><div class="footer-inner"><p>Greenrow Landscapes Ltd, Unit 4, Mill Yard, Thornbury BS35 2AA</p>
<p>© 2025 Greenrow Landscapes. All rights reserved.</p><ul class="footer-menu"><li><a href="/privacy">Privacy notice</a></li>
<li><a href="/terms">Terms &amp; conditions</a></li></ul></div></footer>
<div data-elementor-type="popup" data-elementor-id="530" class="elementor elementor-530 elementor-location-popup" style="display:none"
 data-elementor-settings="{&quot;triggers&quot;:{&quot;scrolling&quot;:&quot;yes&quot;}}">
<div class="elementor-popup-modal" role="dialog"><h2>Book your free garden survey</h2>
<p>Tell us your postcode and we will call within two working days.</p></div></div>
<div id="cookie-law-info-bar" data-nosnippet="true" role="dialog"><span>We use cookies so the site remembers your choices and so we can count visits.</span>
<a role="button" id="cookie_action_close_header" class="cli_action_button">Accept</a><a role="button" class="cli_settings_button">Cookie settings</a></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
</body></html>`;
const elementor: TestPage = {
  html: elHtml,
  name: 'heldout10-elementor-page',
  kind: 'blog',
  // hard calls: a WordPress page with no byline or date; the article is the h1 heading widget, the three h2 heading
  // widgets and the seven paragraphs split over four text-editor widgets in three sections; "Why clients choose Greenrow",
  // the icon boxes, "What our clients say" with the testimonial carousel (its loop duplicates two slides), the closing
  // call to action and its button are marketing blocks of the same page builder, so furniture; the testimonial
  // names are bylines; the image caption, top bar, menu, footer, hidden popup and cookie bar are furniture
  title: 'From lawn to meadow: how we plant a wildflower meadow',
  headings: ['Step one: take the fertility down', 'Step two: sow in autumn', 'Step three: be patient in the first year'],
  body: [...texts(elIntro), ...texts(elSoil), ...texts(elSow), ...texts(elWait)],
  bylines: ['Margaret Ellery', 'Tom Baptiste'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Call us on 01454 220 310', 'Mon–Fri, 8am–5pm', 'Greenrow Landscapes', ...elNav, 'Get a quote',
    'A two-year-old meadow in Thornbury, June 2024.', 'Why clients choose Greenrow', ...elBoxes.flat(), 'What our clients say',
    ...elQuotes.map((q) => q[0]!), 'Client, Thornbury', 'Client, Wotton', 'Ready to swap mowing for meadow?', 'Book a free survey',
    'Greenrow Landscapes Ltd, Unit 4, Mill Yard, Thornbury BS35 2AA', '© 2025 Greenrow Landscapes. All rights reserved.', 'Privacy notice',
    'Terms & conditions', 'Book your free garden survey', 'Tell us your postcode and we will call within two working days.',
    'We use cookies so the site remembers your choices and so we can count visits.', 'Accept', 'Cookie settings',
  ],
};

export const HELDOUT10_B: readonly TestPage[] = [webflow, elementor];
