import { links, ps, type TestPage, texts } from './page-kit.js';
import { ew, j, lis, rowTexts, settle, trs } from './pages-heldout632-kit.js';

/**
 * Held-out batch 632, file a: a riding school's lesson booking page on WordPress (Hello Elementor theme, Elementor Pro header,
 * footer and form, CookieYes banner) and a pony club branch's rally report on Squarespace 7.1.
 */
const hTitle = 'Book a Riding Lesson';
const hIntro = j(
  'Whether you have never sat on a pony or you are getting back in the saddle after a few years, our BHS-qualified instructors',
  'will match you with the right horse and the right lesson. Lessons run seven days a week in our floodlit indoor school, so the',
  'weather never stops play.',
);
const hTypes = [
  '<strong>Private lessons (30 minutes):</strong> one rider, one instructor, ideal for beginners and nervous riders.',
  '<strong>Shared lessons (45 minutes):</strong> two riders of a similar standard.',
  '<strong>Group lessons (60 minutes):</strong> up to six riders, from walk and trot to small courses of jumps.',
  '<strong>Lead-rein sessions (20 minutes):</strong> for children aged three to six, led by a member of our team.',
];
const hRows = [
  ['Private, 30 min', '£42', '£38'],
  ['Shared, 45 min', '£36', '£33'],
  ['Group, 60 min', '£30', '£27'],
  ['Lead-rein, 20 min', '£22', '£20'],
];
const hBlock = "Blocks of five lessons are charged at the lower rate whatever the rider's age, and must be used within ten weeks.";
const hBefore = [
  j(
    'Please arrive fifteen minutes early so we can fit your hat and check your footwear. Riders must wear a hat to a current',
    'safety standard; we lend hats free of charge. Boots or shoes need a small heel and a smooth sole.',
  ),
  j(
    'Our weight limit is 95 kg (15 stone) for the welfare of our horses. If you are close to the limit, please call us before',
    'booking so we can make sure a suitable horse is free.',
  ),
  'Cancellations made less than 24 hours before the lesson are charged in full unless we can fill the slot.',
];
const hFormIntro = 'Fill in the form and the office will call you back within one working day to confirm a time.';
const hHeads = ['Lesson types', 'Prices', 'Before your first lesson', 'Request a lesson'];
const hLabels = ["Rider's name", 'Age', 'Phone', 'Email', 'Lesson type', 'Preferred days', 'Any riding experience?'];
const hNav = ['Home', 'Lessons', 'Livery', 'Pony Club', 'Holiday Camps', 'About Us', 'Contact'];
const hQuick = ['Lesson Prices', 'Gift Vouchers', 'Safeguarding Policy', 'Privacy Policy'];
const hCky = j(
  'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic.',
  'By clicking "Accept All", you consent to our use of cookies.',
);
const field = (l: string, i: number): string =>
  `<div class="elementor-field-type-text elementor-field-group elementor-column elementor-field-group-f${i} elementor-col-50">` +
  `<label for="form-field-f${i}" class="elementor-field-label">${l}</label>` +
  `<input size="1" type="text" name="form_fields[f${i}]" id="form-field-f${i}" class="elementor-field elementor-size-sm elementor-field-textual"></div>`;
const hHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${hTitle} - Hollins Brook Equestrian Centre</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://hollinsbrookequestrian.co.uk/book-a-lesson/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${hTitle}",
"isPartOf":{"@id":"https://hollinsbrookequestrian.co.uk/#website"}},{"@type":"Organization","name":"Hollins Brook Equestrian Centre"}]}</script>
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.23.4" media="all">
<style id="elementor-post-412">.elementor-412 .elementor-element.elementor-element-5b1e2c0{padding:60px 0 40px 0}</style>
<script id="cookieyes" src="https://cdn-cookieyes.com/client_data/8f2c1e/script.js"></script></head>
<body class="page-template-default page page-id-412 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-412">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar"><div class="cky-notice">
<p class="cky-title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"><p>${hCky}</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button>
<button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div></div>
<header data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header">
<section class="elementor-section elementor-top-section elementor-element elementor-element-2a9d1f0 elementor-section-boxed"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-33 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${ew(
  '4c7e2b1',
  'icon-list',
  '<ul class="elementor-icon-list-items elementor-inline-items">' +
    '<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">01632 960 418</span></li>' +
    '<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Open 8am to 8pm daily</span></li></ul>',
)}
${ew(
  '1f0b8a3',
  'theme-site-logo',
  `<a href="https://hollinsbrookequestrian.co.uk"><img src="/wp-content/uploads/2024/02/hb-logo.png" alt="Hollins Brook">
</a>`,
)}
${ew(
  '7d2e9c4',
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-7d2e9c4" class="elementor-nav-menu">
${links(hNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}
${ew(
  '9a1c3d5',
  'button',
  `<a class="elementor-button elementor-button-link elementor-size-sm" href="#book">
<span class="elementor-button-text">Book Now</span></a>`,
)}
</div></div></div></section></header>
<main id="content" class="site-main post-412 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="412" class="elementor elementor-412">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5b1e2c0 elementor-section-boxed"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${ew('3e8f1a2', 'heading', `<h1 class="elementor-heading-title elementor-size-default">${hTitle}</h1>`)}
${ew('6b2d4c7', 'text-editor', `<p>${hIntro}</p>`)}
${ew('8c1f2e3', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${hHeads[0]}</h2>`)}
${ew('2d7a9b1', 'text-editor', `<ul>${lis(hTypes)}</ul>`)}
${ew('5f3c8d2', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${hHeads[1]}</h2>`)}
${ew(
  '0a6e1f4',
  'text-editor',
  `<table><thead><tr><th>Lesson</th><th>Adult</th><th>Under 16</th></tr></thead><tbody>${trs(hRows)}</tbody></table>
<p>${hBlock}</p>`,
)}
${ew('c4b2a90', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${hHeads[2]}</h2>`)}
${ew('e1d5f37', 'text-editor', ps(hBefore))}
</div></div></div></section>
<section id="book" class="elementor-section elementor-top-section elementor-element elementor-element-b71c0e2 elementor-section-boxed"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${ew('f2a8c61', 'heading', `<h2 class="elementor-heading-title elementor-size-default">${hHeads[3]}</h2>`)}
${ew('a9e3b05', 'text-editor', `<p>${hFormIntro}</p>`)}
${ew(
  'd3c7f18',
  'form',
  `<form class="elementor-form" method="post" name="Lesson request"><input type="hidden" name="post_id" value="412">
<div class="elementor-form-fields-wrapper elementor-labels-above">${hLabels.map(field).join('\n')}
<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100 e-form__buttons">
<button type="submit" class="elementor-button elementor-size-sm"><span class="elementor-button-text">Send request</span></button></div></div></form>`,
)}
</div></div></div></section></div></div></main>
<footer data-elementor-type="footer" data-elementor-id="27" class="elementor elementor-27 elementor-location-footer">
<section class="elementor-section elementor-top-section elementor-element elementor-element-11c2d3e elementor-section-boxed"
data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-50 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
${ew('71a0b2c', 'heading', '<h4 class="elementor-heading-title elementor-size-default">Hollins Brook Equestrian Centre</h4>')}
${ew('83b1c4d', 'text-editor', '<p>Hollins Lane, Marbury Green, MB4 7TQ</p>')}</div></div>
<div class="elementor-column elementor-col-50 elementor-top-column" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${ew('95c2d6e', 'heading', '<h4 class="elementor-heading-title elementor-size-default">Quick Links</h4>')}
${ew('a7d3e8f', 'icon-list', `<ul class="elementor-icon-list-items">${links(hQuick, 'elementor-icon-list-item')}</ul>`)}
${ew(
  'b8e4f90',
  'social-icons',
  `<a class="elementor-icon elementor-social-icon elementor-social-icon-facebook" href="#">
<span class="elementor-screen-only">Facebook</span></a>`,
)}
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-c9f5a01" data-element_type="section">
<div class="elementor-container">
${ew('d0a6b12', 'text-editor', '<p>© 2026 Hollins Brook Equestrian Centre. All rights reserved. | Website by Paddock Digital</p>')}</div></section></footer>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.23.2" id="elementor-pro-frontend-js"></script>
<script>var ElementorProFrontendConfig = {"ajaxurl":"https:\\/\\/hollinsbrookequestrian.co.uk\\/wp-admin\\/admin-ajax.php"};</script></body></html>`;
const hollins: TestPage = {
  name: 'heldout632-elementor-lesson-booking',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([hIntro, ...hTypes, ...rowTexts(hRows), hBlock, ...hBefore, hFormIntro]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'We value your privacy', hCky, 'Customise', 'Reject All', 'Accept All', '01632 960 418', 'Open 8am to 8pm daily', ...hNav,
    'Book Now', ...hLabels, 'Send request', 'Hollins Brook Equestrian Centre', 'Hollins Lane, Marbury Green, MB4 7TQ', 'Quick Links', ...hQuick, 'Facebook',
    '© 2026 Hollins Brook Equestrian Centre. All rights reserved. | Website by Paddock Digital',
  ],
};

const sTitle = 'Summer Rally at Greystead Farm: Ponies, Poles and a Very Muddy Cross-Country';
const sBody = [
  j(
    'Forty-two members and their ponies descended on Greystead Farm for our three-day summer rally, and despite a thunderstorm on',
    'the first night that sent half the tents sliding towards the stream, everyone went home tired, muddy and (mostly) smiling.',
  ),
  'The flatwork rides',
  j(
    'Riders were split into seven rides by age and standard. The youngest, D ride, spent Friday morning on lead rein games and',
    'learning to check their own girths, while A ride worked on lengthening and shortening the trot for the Area dressage in August.',
  ),
  j(
    'Our visiting instructor, Fenella Osgood, asked every ride to finish with a "no stirrups minute", which was met with groans',
    'at first and a surprising amount of competition by Sunday. Special mention to Isla on Buttons, who managed four minutes.',
  ),
  'Show jumping and poles',
  j(
    'Saturday was given over to poles and show jumping in the top field. The junior rides built their own grids under supervision,',
    'which taught them more about distances than any lecture could. Older members jumped a full course at 85 cm and 95 cm, with',
    'clear rounds for eleven riders.',
  ),
  'Cross-country',
  j(
    'The storm meant the water complex was rather deeper than planned, so the ditch and water were schooled at walk and trot only.',
    'The banks and the log pile rode beautifully, and Tom Ellery-Brook on his new pony Kipper jumped his first cross-country fence,',
    'to the loudest cheer of the weekend.',
  ),
  'Thank yous',
  j(
    'A rally does not happen without a small army of parents. Thank you to the Hartley family for lending Greystead Farm, to the',
    'camp kitchen team who fed sixty people on Saturday night, and to every parent who held a pony, moved a pole or lent a spare pair of',
    'gloves.',
  ),
  j("Our next rally is the mounted games training evening on 6 August. Entries open on the members' page on Friday."),
];
const sCaption = 'D ride crossing the water complex on Sunday morning.';
const sNav = ['Home', 'About', 'Rallies', 'Camp', 'Results', 'News', 'Join'];
const sFoot = ['Contact the DC', 'Safeguarding', 'Privacy Policy'];
const sCookie = 'This website uses cookies to improve your experience. By continuing, you agree to our use of cookies.';
const block = (inner: string): string =>
  `<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div>
</div>`;
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>${sTitle} — Kestrel Vale Pony Club</title><link rel="canonical" href="https://www.kestrelvalepc.org.uk/news/summer-rally-greystead">
<meta property="og:site_name" content="Kestrel Vale Pony Club"><meta property="og:type" content="article">
<script type="application/ld+json">{"url":"https://www.kestrelvalepc.org.uk","name":"Kestrel Vale Pony Club",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"name":"${sTitle}","datePublished":"2026-07-21T18:30:00+0100","author":"Harriet Denby","@context":"http://schema.org",
"@type":"BlogPosting"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"websiteSettings":{"storeSettings":{}},"templateId":"5c5a519771c10ba3470d8101"};</script>
<link href="//static1.squarespace.com/static/versioned-site-css/65a1/13/5c5a519771c10ba3470d8101/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-66bc21" class="header-overlay-alignment-center tweak-blog-item-width-medium view-item collection-type-blog-basic">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a class="sqs-announcement-bar-url" href="/camp"></a>
<div class="sqs-announcement-bar-text"><span class="sqs-announcement-bar-close" tabindex="0" role="button"></span>
<div id="announcement-bar-text-inner-id" class="sqs-announcement-bar-text-inner"><p>Camp entries close on 30 June</p></div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/">Kestrel Vale Pony Club</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}" data-animation-role="header-element">${n}</a>
</div>`,
  )
  .join('\n')}
</nav></div></div></div><div class="header-actions header-actions--right"><div class="header-actions-action header-actions-action--cta">
<a class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary" href="/members">Members' Login</a></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="66bc21">
<section data-test="page-section" class="page-section content-collection full-bleed-section collection-type-blog-basic"><div class="content-wrapper">
<div class="content"><div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoader">
<article class="entry h-entry blog-item hentry category-rally-reports author-harriet-denby post-type-text article-index-1">
<div class="blog-item-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section">
<span class="blog-author"><span class="blog-meta-item blog-meta-item--author"><a href="/news?author=5f1a" class="blog-author-name">Harriet Denby</a>
</span></span>
<span class="blog-meta-delimiter"></span><span class="blog-categories-list">
<a href="/news/category/Rally+Reports" class="blog-categories">Rally Reports</a></span>
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2026-07-21">July 21, 2026</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"
data-updated-on="1784658000000" id="item-66bc21"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${block(`${ps([sBody[0] ?? ''], ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sBody[1]}</h2>${ps(sBody.slice(2, 4), ' class="" style="white-space:pre-wrap;"')}`)}
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.com/content/v1/5f1a/water.jpg" alt=""></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">${sCaption}</p></div></figcaption></figure>
</div></div>
${block(`<h2>${sBody[4]}</h2>${ps([sBody[5] ?? ''])}<h2>${sBody[6]}</h2>${ps([sBody[7] ?? ''])}<h2>${sBody[8]}</h2>${ps(sBody.slice(9))}`)}
</div></div></div></div></div>
<div class="blog-item-comment-wrapper"></div><section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic">
<a href="/news/mounted-games-night" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-icon icon icon--stroke"></div>
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Mounted Games Training Night</h2></a>
<a href="/news/area-eventing-team" class="item-pagination-link item-pagination-link--next"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Area Eventing: Team Selection</h2></a></section></div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section" data-section-theme="black"><div class="content-wrapper">
<div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-6 span-6">
${block('<h3>Kestrel Vale Pony Club</h3><p>Registered charity no. 1098431</p>')}</div><div class="col sqs-col-6 span-6">
${block(`<ul>${links(sFoot)}</ul>`)}</div></div></div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2 PRIMARY-BUTTON"><div class="sqs-cookie-banner-v2-text"><p>${sCookie}</p></div>
<div class="sqs-cookie-banner-v2-cta-container"><button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button></div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const kestrel: TestPage = {
  name: 'heldout632-squarespace-rally-report',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sBody[1] ?? '', sBody[4] ?? '', sBody[6] ?? '', sBody[8] ?? ''],
  body: texts(sBody.filter((_, i) => ![1, 4, 6, 8].includes(i))),
  bylines: ['Harriet Denby', 'July 21, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Camp entries close on 30 June', 'Skip to Content', 'Kestrel Vale Pony Club', ...sNav, "Members' Login", 'Rally Reports', sCaption, 'Previous',
    'Mounted Games Training Night', 'Next', 'Area Eventing: Team Selection', 'Registered charity no. 1098431', ...sFoot, sCookie, 'Accept',
  ],
};

export const HELDOUT632_A: readonly TestPage[] = [hollins, kestrel].map(settle);
