import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout514-kit.js';

/**
 * Held-out batch 514, file a2: a charity bookshop's volunteer rota page on Squarespace 7.1 (announcement bar, form and
 * newsletter blocks).
 */
const sTitle = 'Volunteer rota: winter 2026–27';
const sIntro = [
  j(
    'Thank you to everyone who signed up at the September get-together. Below is the rota for the shop on Corbel Street from',
    '2 November until the end of February. Shifts are three and a half hours, and we need two people on the till and one in the',
    'back room sorting at all times.',
  ),
  'Gaps are marked <strong>needed</strong>. If you can fill one, use the form at the bottom of the page or tell Morag in the shop.',
];
const sDays = ['Monday and Tuesday', 'Wednesday and Thursday', 'Friday and Saturday'];
const sMonTue = [
  'Monday morning (9.30–1.00): Pat D., Hussein, Lorna',
  'Monday afternoon (1.00–4.30): Gwen, Ashok, <strong>needed</strong>',
  'Tuesday morning: Lorna, Teddy, Bea',
  'Tuesday afternoon: Pat D., <strong>needed</strong>, <strong>needed</strong>',
];
const sWedThu = [
  'Wednesday morning: Morag, Ilse, Hussein',
  'Wednesday afternoon: Ilse, Frank, Cerys',
  'Thursday morning: Bea, Frank, <strong>needed</strong>',
  'Thursday afternoon (sorting only, shop closed): Gwen, Teddy',
];
const sFriSat = [
  'Friday morning: Ashok, Cerys, Morag',
  'Friday afternoon: Pat D., Lorna, Ilse',
  'Saturday (10.00–4.00, with a lunch swap at 1.00): Hussein, Bea, Frank, Cerys',
];
const sSwaps = [
  'Swapping and cover',
  j(
    'If you cannot make a shift, try to swap with someone first using the WhatsApp group, then let Morag know who is covering.',
    'If nobody can, the shop opens with two people and the sorting room stays shut for the session.',
  ),
  j(
    'Please sign the book when you arrive and leave. It is how we record volunteer hours for our funders, and it tells the fire',
    'marshal who is in the building.',
  ),
];
const sNav = ['Shop', 'Donate books', 'Volunteer', 'Events', 'About us'];
const sFoot = ['14 Corbel Street, Dunmarnock', 'Tuesday to Saturday, 10am–4pm', 'Instagram', 'Facebook'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1"><base href=""><meta charset="utf-8">
<title>Volunteer rota &mdash; Corbel Street Books</title>
<link rel="canonical" href="https://www.corbelstreetbooks.org/volunteer-rota"><meta property="og:site_name" content="Corbel Street Books">
<meta property="og:title" content="Volunteer rota &mdash; Corbel Street Books"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT =
{"website":{"id":"64f1c0a2e7b3","siteTitle":"Corbel Street Books"},"collectionId":"65a2d9"};</script>
<script type="application/ld+json">{"url":"https://www.corbelstreetbooks.org","name":"Corbel Street Books","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="//static1.squarespace.com/static/versioned-site-css/64f1c0a2e7b3/41/5c5a519771c10ba3470d8101/64f1c0a2e7b4/1560/site.css" rel="stylesheet"></head>
<body id="collection-65a2d9" class="header-overlay-alignment-center header-width-full tweak-fixed-header-style-basic
tweak-blog-alternating-side-by-side-width-full
primary-button-style-solid primary-button-shape-pill form-field-style-solid header-button-style-solid collection-type-page collection-layout-default
mobile-style-available
sqs-seven-one"><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="black-bold header theme-col--primary" data-section-theme="black-bold" data-controller="Header">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar" role="region"><div class="sqs-announcement-bar-content">
<div class="sqs-announcement-bar-text"><div class="sqs-announcement-bar-text-inner">
<p>We are closed on 24 December to 2 January. Happy holidays from all of us.</p>
</div></div><button class="sqs-announcement-bar-close" aria-label="Close Announcement"></button></div></div></div>
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout-nav-right"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" id="site-title" data-animation-role="header-element">Corbel Street Books</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">
${sNav
  .map(
    (t) => `<div class="header-nav-item header-nav-item--collection">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" data-animation-role="header-element">${t}</a></div>`,
  )
  .join('\n')}
</nav></div></div></div></div></div></div>
<div class="header-menu header-menu--folder-list" data-section-theme="black-bold" data-current-styles="{}"><div class="header-menu-bg theme-bg--primary"></div>
<div class="header-menu-nav"><nav class="header-menu-nav-list"><div data-folder="root" class="header-menu-nav-folder">
<div class="header-menu-nav-folder-content">
${sNav
  .map(
    (t) => `<div class="container header-menu-nav-item header-menu-nav-item--collection"><a href="/"><div class="header-menu-nav-item-content">${t}</div>
</a></div>`,
  )
  .join('\n')}
</div></div></nav></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65a2d9b1">
<section data-test="page-section" data-section-theme="white" class="page-section layout-engine-section background-width--full-bleed section-height--medium
content-width--wide horizontal-alignment--center vertical-alignment--middle white" data-section-id="65a2d9b2"><div class="content-wrapper"><div class="content">
<div class="fluid-engine fe-65a2d9b3"><div class="fe-block fe-block-yui_3_17_2_1_1709124"><div class="sqs-block html-block sqs-block-html" data-block-type="2"
data-border-radii="{}" id="block-yui_3_17_2_1_1709124"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${sTitle}</h1>
${ps(sIntro, ' class="" style="white-space:pre-wrap;"')}
<h2 style="white-space:pre-wrap;">${sDays[0]}</h2>
<ul data-rte-list="default">${lis(sMonTue.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h2 style="white-space:pre-wrap;">${sDays[1]}</h2>
<ul data-rte-list="default">${lis(sWedThu.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h2 style="white-space:pre-wrap;">${sDays[2]}</h2>
<ul data-rte-list="default">${lis(sFriSat.map((t) => `<p class="" style="white-space:pre-wrap;">${t}</p>`))}</ul>
<h3 style="white-space:pre-wrap;">${sSwaps[0]}</h3>${ps(sSwaps.slice(1), ' class="" style="white-space:pre-wrap;"')}
</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1709188"><div class="sqs-block form-block sqs-block-form" data-block-type="9" id="block-yui_3_17_2_1_1709188">
<div class="sqs-block-content"><div class="form-wrapper"><div class="form-inner-wrapper"><div class="form-title">Fill a gap or swap a shift</div>
<div class="react-form-contents"><form autocomplete="on" novalidate><div class="field-list"><div class="form-item field text required">
<label class="title" for="text-1">Your name <span class="required" aria-hidden="true">*</span></label><input class="field-element" type="text" id="text-1">
</div>
<div class="form-item field select"><label class="title" for="select-2">Which shift?</label><select id="select-2"><option>Monday afternoon</option>
<option>Tuesday afternoon</option><option>Thursday morning</option></select></div></div>
<div class="form-button-wrapper form-button-wrapper--align-left"><button class="button sqs-system-button sqs-editable-button" type="submit">Send</button></div>
</form><div class="form-submission-text hidden" style="display:none">Thanks, Morag will be in touch.</div></div></div></div></div></div></div></div></div>
</section>
<section data-test="page-section" data-section-theme="light"
class="page-section layout-engine-section background-width--full-bleed section-height--small light">
<div class="content-wrapper"><div class="content"><div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51">
<div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Shop news</h2><div class="newsletter-form-header-description">
<p>New arrivals, book sales and volunteer socials, once a month.</p></div></header><div class="newsletter-form-body">
<div class="newsletter-form-fields-wrapper">
<div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title" for="email-yui_3_17">Email Address</label>
<input id="email-yui_3_17" type="email" name="email" placeholder="Email Address"></div></div><div class="newsletter-form-button-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout" type="submit"><span class="newsletter-form-button-label">Sign Up</span>
</button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed">
<div class="content-wrapper"><div class="content"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;"><strong>Corbel Street Books</strong></p>${ps(sFoot.slice(0, 2), ' class="" style="white-space:pre-wrap;"')}
<p class="" style="white-space:pre-wrap;">Scottish charity SC049217</p></div></div></div>
<div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><nav><ul class="sqs-svg-icon--list">
${links(sFoot.slice(2))}</ul></nav></div></div></div></div></section></footer></div>
<script defer="true" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js" type="text/javascript"></script></body>
</html>`;
const rota: TestPage = {
  name: 'heldout514-squarespace-volunteer-rota',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [...sDays, sSwaps[0] ?? ''],
  body: texts([...sIntro, ...sMonTue, ...sWedThu, ...sFriSat, ...sSwaps.slice(1)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We are closed on 24 December to 2 January. Happy holidays from all of us.', 'Skip to Content', 'Corbel Street Books', 'Donate books', 'Events',
    'About us', 'Fill a gap or swap a shift',
    'Your name *', 'Which shift?', 'Send', 'Shop news', 'New arrivals, book sales and volunteer socials, once a month.', 'Email Address', 'Sign Up',
    'We respect your privacy.', ...sFoot, 'Scottish charity SC049217',
  ],
};

export const HELDOUT514_A2: readonly TestPage[] = [rota];
