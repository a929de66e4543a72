import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs, uniq } from './pages-heldout528-kit.js';

/**
 * Held-out batch 528, file d: a hire firm's buying-guide blog post on HubSpot CMS (blog post template with tags, a CTA,
 * a subscribe form, related posts and the HubSpot cookie banner), and a scaffold tower hire landing page built with Webflow
 * (hero, feature cards, a CMS price list, FAQ and a quote form).
 */
const hTitle = 'Scissor Lift, Boom or Tower? Choosing the Right Access Hire';
const hRows = [
  ['Scaffold tower', 'Up to 10 m', 'Long jobs in one place', 'Slow to move'],
  ['Electric scissor lift', '6 to 12 m', 'Indoor fit-out on flat floors', 'Needs hard, level ground'],
  ['Articulated boom', '12 to 20 m', 'Reaching over obstacles', 'IPAF card required'],
];
const hBody = [
  j(
    'Every week someone rings our hire desk asking for "a cherry picker" when what they need is a tower, or the other way round.',
    'Picking the wrong machine costs money twice: once in hire charges and again in lost days on site.',
  ),
  j(
    'The quickest way to choose is to answer three questions: how high is the work, how often will you move along it, and what is',
    'the ground like underneath?',
  ),
  'Quick comparison',
  ...rowTexts(hRows),
  'When a tower is the better choice',
  j(
    'If you are painting one gable end or replacing a run of guttering over two weeks, a tower usually wins. It costs a fraction of a',
    'powered platform per week, it needs no fuel or charging, and one trained person with a helper can move it along a short run.',
  ),
  'When to go powered',
  j(
    'Scissor lifts earn their keep where the work moves every half hour: ceiling grid, sprinkler runs, high-level cabling. Booms are',
    'for reaching up and over things – a canopy, a conservatory roof, a line of parked cars.',
  ),
  'Operators of powered platforms must hold a valid IPAF card for the category of machine.',
  'We need a site survey for any boom over 15 metres or any machine going on to a suspended floor.',
  'Batteries on electric scissors last a full shift; charge them overnight from a standard socket.',
  j('Still unsure? Send us a photo of the job and the height you need to reach, and one of our access team will recommend a machine', 'the same day.'),
];
const hH = [2, 6, 8];
const hNav = ['Access Hire', 'Plant Hire', 'Training', 'Locations', 'Blog'];
const hTags = ['Access', 'Buying guides'];
const hRel = ['What an IPAF card covers (and what it does not)', 'Five checks before you build a scaffold tower', 'Hiring on account: how it works'];
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="Three questions to pick between a tower, a scissor lift and a boom.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.peakreachaccess.co.uk/blog/scissor-lift-boom-or-tower">
<script type="application/ld+json">{"@context":"https://schema.org",
"@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person","name":"Gwen Arlott"}}</script>
<link rel="stylesheet" href="https://www.peakreachaccess.co.uk/hubfs/hub_generated/template_assets/1/11562734/1712/template_main.min.css">
<script>var hsVars = hsVars || {}; hsVars['language'] = 'en';</script></head>
<body><div class="body-wrapper   hs-content-id-152377018 hs-blog-post hs-blog-id-98765433">
<div data-global-resource-path="PeakReach_Theme/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="https://www.peakreachaccess.co.uk" id="hs-link-site_logo_hs_logo_widget">
<img src="https://www.peakreachaccess.co.uk/hubfs/peakreach-logo.svg" class="hs-image-widget" alt="PeakReach Access Hire"></a></span></span></div>
<div class="header__navigation header--element">
<span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">
${links(hNav, 'has-submenu menu-item hs-skip-lang-url-rewrite')}</ul></nav></span></div>
<div class="header__search header--element"><div class="hs-search-field"><div class="hs-search-field__bar">
<form data-hs-do-not-collect="true" action="/hs-search-results">
<label class="show-for-sr" for="search-term">Search</label>
<input type="text" class="hs-search-field__input" name="term" id="search-term" placeholder="Search"></form></div></div></div>
</div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="https://www.peakreachaccess.co.uk/blog/author/gwen-arlott">Gwen Arlott</a>
<time datetime="2025-04-02 08:00:00" class="blog-post__timestamp">Apr 2, 2025 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(hBody.slice(0, 2))}<!--more-->
<h2>${hBody[2]}</h2><div data-hs-responsive-table="true" style="overflow-x: auto; max-width: 100%; width: 100%;">
<table style="border-collapse: collapse; width: 100%;">
<thead>${trs([['Option', 'Working height', 'Best for', 'Watch out for']], 'th')}</thead><tbody>${trs(hRows)}</tbody></table></div>
<h2>${hBody[6]}</h2>${ps([hBody[7] ?? ''])}<h2>${hBody[8]}</h2>${ps([hBody[9] ?? ''])}<ul>${lis(hBody.slice(10, 13))}</ul>${ps([hBody[13] ?? ''])}
<div class="hs-cta-embed hs-cta-simple-placeholder hs-cta-embed-178203">
<a href="https://www.peakreachaccess.co.uk/send-a-job-photo" class="cta_button">Send us your job photo</a></div>
</span></div><div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g></g></svg>
${hTags
  .map(
    (t) => `<a class="blog-post__tag-link" href="https://www.peakreachaccess.co.uk/blog/tag/${t.toLowerCase().replace(/ /g, '-')}"
rel="tag">${t}</a>`,
  )
  .join(',\n')}</div>
</article><section class="blog-subscribe"><h3>Get new guides by email</h3>
<span id="hs_cos_wrapper_blog_subscription" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_blog_subscribe"><div class="hs_cos_wrapper_form">
<form class="hs-form stacked" action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/11562734/7e9a">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-7e9a"><span>Email</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="email-7e9a" name="email" required type="email" class="hs-input"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></span>
</section>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    (t) => `<div class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="#"></a><div class="blog-related-posts__content"><h3>
<a class="blog-related-posts__title-link" href="#">${t}</a></h3></div></div>`,
  )
  .join('\n')}
</div></div></section></div></div></main>
<div data-global-resource-path="PeakReach_Theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>PeakReach Access Hire Ltd · IPAF Rental+ accredited</p><p>© 2025 PeakReach Access Hire. All rights reserved.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-not-indexable="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve
your website and provide more personalised services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script src="/hs/scriptloader/11562734.js" async defer></script></body>
</html>`;
const hubspot: TestPage = {
  name: 'heldout528-hubspot-access-guide',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH.map((i) => hBody[i] ?? ''),
  body: texts(hBody.filter((_, i) => !hH.includes(i))),
  bylines: ['Gwen Arlott', 'Apr 2, 2025 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', ...hNav, 'Search', 'Send us your job photo', ...hTags, 'Get new guides by email', 'Email*', 'Related posts', ...hRel,
    'PeakReach Access Hire Ltd · IPAF Rental+ accredited', '© 2025 PeakReach Access Hire. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to improve your website and provide more personalised services to you.',
    'Accept', 'Decline',
  ]),
};

const fTitle = 'Scaffold Tower Hire';
const fIntro = 'Aluminium towers from 2.2 m to 8.2 m platform height, delivered and collected across Ostley and the Marram coast.';
const fCards: [string, string][] = [
  ['Delivered next day', 'Order by 3 pm and we deliver the next working day, free within 10 miles of the yard.'],
  ['Checked every hire', 'Every tower is inspected and tagged before it leaves us, with a signed inspection record in the bag.'],
  ['Build guide included', 'A printed build guide and a QR code to our three-minute video come with every tower.'],
];
const fPrices: [string, string][] = [
  ['2.2 m platform', '£85 per week'],
  ['4.2 m platform', '£120 per week'],
  ['6.2 m platform', '£165 per week'],
  ['8.2 m platform', '£210 per week'],
];
const fFaq: [string, string][] = [
  [
    'Do I need training to build a tower?',
    'You do not need a certificate, but you must be competent. We offer a free 30-minute build demonstration at the yard.',
  ],
  ['Can I use a tower on a slope?', 'Only with adjustable legs, which we supply on request at no charge. Tell us about the ground when you book.'],
];
const fNav = ['Towers', 'Ladders', 'Podiums', 'FAQ', 'Contact'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 18 2025 10:41:22 GMT+0000 -->
<html data-wf-domain="www.marramtowers.co.uk" data-wf-page="65c1f0a2b8e7d4001a2f3c11" data-wf-site="65c1f0a2b8e7d4001a2f3b90"><head><meta charset="utf-8">
<title>Scaffold Tower Hire | Marram Towers</title><meta content="Aluminium scaffold towers for hire, delivered next day across Ostley." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65c1f0a2b8e7d4001a2f3b90/css/marram-towers.webflow.5d1c0f.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){
var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org",
"@type":"Service","name":"Scaffold Tower Hire","provider":{"@type":"LocalBusiness","name":"Marram Towers"}}</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand w--current">
<img src="https://assets-global.website-files.com/65c1f0a2b8e7d4001a2f3b90/logo.svg"
loading="lazy" alt="Marram Towers" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('\n')}<a href="#quote"
class="button-nav w-button">Get a quote</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero"><div class="container-large"><div class="hero-wrapper"><h1 class="heading-xl">${fTitle}</h1>
<p class="text-size-large">${fIntro}</p>
<a href="#prices" class="button-primary w-button">See prices</a></div></div></section>
<section class="section-features"><div class="container-large"><div class="w-layout-grid grid-3-col">
${fCards
  .map(
    ([h, p]) => `<div class="feature-card">
<img src="https://assets-global.website-files.com/65c1f0a2b8e7d4001a2f3b90/icon-check.svg" loading="lazy" alt=""><h3 class="heading-card">${h}</h3>
<p class="paragraph-card">${p}</p></div>`,
  )
  .join('\n')}
</div></div></section>
<section id="prices" class="section-prices"><div class="container-large"><h2 class="heading-l">Tower prices</h2><div class="w-dyn-list">
<div role="list" class="price-list w-dyn-items">
${fPrices
  .map(
    ([n, v]) => `<div role="listitem" class="price-item w-dyn-item"><div class="price-name">${n}</div><div class="price-value">${v}</div>
</div>`,
  )
  .join('\n')}
</div></div><div class="rich-text-small w-richtext"><p>Prices exclude VAT. Delivery beyond 10 miles is £1.50 a mile each way.</p></div></div></section>
<section id="faq" class="section-faq"><div class="container-medium"><h2 class="heading-l">Questions we get asked</h2>
${fFaq.map(([q, a]) => `<div class="faq-item"><h3 class="faq-question">${q}</h3><p class="faq-answer">${a}</p></div>`).join('\n')}</div></section>
<section id="quote" class="section-quote"><div class="container-medium"><h2 class="heading-m">Get a quote</h2><div class="form-block w-form">
<form id="wf-form-Quote" name="wf-form-Quote" data-name="Quote" method="get" class="quote-form" data-wf-page-id="65c1f0a2b8e7d4001a2f3c11"
data-wf-element-id="7c1e">
<label for="Name" class="field-label">Name</label><input class="text-field w-input" maxlength="256" name="Name" data-name="Name" type="text" id="Name">
<label for="Postcode" class="field-label">Site postcode</label>
<input class="text-field w-input" maxlength="256" name="Postcode" data-name="Postcode" type="text" id="Postcode">
<input type="submit" data-wait="Please wait..." class="button-primary w-button" value="Send request"></form>
<div class="success-message w-form-done" tabindex="-1" role="region" aria-label="Quote success"><div>Thank you! We will call you back within the hour.</div>
</div>
<div class="error-message w-form-fail" tabindex="-1" role="region" aria-label="Quote failure"><div>Oops! Something went wrong while submitting the form.</div>
</div></div></div></section>
<footer class="footer"><div class="container-large"><div class="footer-text">Marram Towers · Yard 3, Saltings Road, Ostley OS7 2HN · 01632 960 541</div>
<div class="footer-text">© 2025 Marram Towers Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65c1f0a2b8e7d4001a2f3b90" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65c1f0a2b8e7d4001a2f3b90/js/webflow.4f1c8a.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout528-webflow-tower-landing',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: [...fCards.map(([h]) => h), 'Tower prices', 'Questions we get asked', ...fFaq.map(([q]) => q)],
  body: [
    fIntro,
    ...fCards.map(([, p]) => p),
    ...fPrices.flat(),
    'Prices exclude VAT. Delivery beyond 10 miles is £1.50 a mile each way.',
    ...fFaq.map(([, a]) => a),
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...fNav, 'Get a quote', 'See prices', 'Name', 'Site postcode', 'Thank you! We will call you back within the hour.',
    'Oops! Something went wrong while submitting the form.', 'Marram Towers · Yard 3, Saltings Road, Ostley OS7 2HN · 01632 960 541',
    '© 2025 Marram Towers Ltd',
  ]),
};

export const HELDOUT528_D: readonly TestPage[] = [hubspot, webflow];
