import { links, type TestPage } from './page-kit.js';
import { j } from './pages-heldout492-kit.js';

/**
 * Held-out batch 492, file f: a regatta's notice of race on WordPress with Elementor Pro (Hello theme, header and footer
 * templates, a hidden mobile menu copy, a countdown and a cookie banner), and a marine insurance broker's blog post on HubSpot CMS.
 */
const eTitle = 'Notice of Race: Porthcarrow Regatta 2026';
const eSecs = [
  { h: 'Organising authority', paras: ['The regatta is organised by Porthcarrow Sailing Club on behalf of the Porthcarrow Regatta Committee.'] },
  {
    h: 'Rules',
    paras: [
      j(
        'The regatta will be governed by the rules as defined in the Racing Rules of Sailing 2025 to 2028. Sailing instructions',
        'will be published on the official notice board in the club bar and online by 1 August.',
      ),
    ],
  },
  {
    h: 'Eligibility and entry',
    paras: [
      j(
        'The regatta is open to keelboats with a valid IRC or club handicap certificate and to dinghies of any class with a',
        'Portsmouth Yardstick number. Entries close at 18:00 on Friday 14 August; late entries will be charged a £10 supplement.',
      ),
    ],
  },
  {
    h: 'Schedule',
    list: [
      'Saturday 15 August: first warning signal 11:00, two races for all fleets',
      'Sunday 16 August: first warning signal 10:30, long-distance race round the Carrow Stones',
      'Sunday 16 August, 17:00: prize-giving on the club lawn',
    ],
  },
  {
    h: 'Entry fees',
    list: ['Keelboats: £45', 'Double-handed dinghies: £25', 'Single-handed dinghies and juniors under 18: £15'],
  },
];
const eNav = ['Regatta', 'Notice of Race', 'Enter online', 'Results', 'Sponsors'];
const eWidget = (id: string, type: string, inner: string): string =>
  `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eIcons = (items: readonly string[]): string =>
  `<ul class="elementor-icon-list-items">${items
    .map(
      (t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><svg
aria-hidden="true" class="e-font-icon-svg e-fas-anchor" viewBox="0 0 576 512"><path d="M12 0"></path></svg></span><span
class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('')}</ul>`;
const eSection = (s: (typeof eSecs)[number], i: number): string =>
  [
    eWidget(`h${i}`, 'heading', `<h2 class="elementor-heading-title elementor-size-default">${s.h}</h2>`),
    s.paras === undefined ? '' : eWidget(`t${i}`, 'text-editor', s.paras.map((p) => `<p>${p}</p>`).join('')),
    s.list === undefined ? '' : eWidget(`l${i}`, 'icon-list', eIcons(s.list)),
  ].join('\n');
const eMenu = (cls: string, hidden: boolean): string =>
  `<nav class="${cls} elementor-nav-menu__container"${hidden ? ' aria-hidden="true"' : ' aria-label="Menu"'}><ul
class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Notice of Race &#8211; Porthcarrow
Regatta</title>
<meta name="robots" content="index, follow"><link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0"
media="all">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-88-css" href="/wp-content/uploads/elementor/css/post-88.css?ver=1714000000" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org",
"@graph":[{"@type":"WebPage","name":"Notice of Race - Porthcarrow Regatta",
"datePublished":"2026-03-01T09:00:00+00:00"}]}</script>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_css_loading, additional_custom_breakpoints; settings: css_print_method-external"></head>
<body class="page-template page-template-elementor_header_footer page page-id-88 wp-custom-logo elementor-default elementor-template-full-width
elementor-kit-5 elementor-page elementor-page-88">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-3f2a e-con-full e-flex e-con e-parent" data-id="3f2a" data-element_type="container">
${eWidget(
  '9c1',
  'theme-site-logo',
  `<a href="/">
<img width="180" height="60" src="/wp-content/uploads/2026/01/porthcarrow-regatta-logo.png" alt="Porthcarrow Regatta"></a>`,
)}
${eWidget(
  '9c2',
  'nav-menu',
  `${eMenu('elementor-nav-menu--main elementor-nav-menu__align-end elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade', false)}
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>
${eMenu('elementor-nav-menu--dropdown', true)}`,
)}</div></div>
<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88" data-elementor-post-type="page"><div id="content"></div>
<div class="elementor-element elementor-element-5b1 e-flex e-con-boxed e-con e-parent" data-id="5b1" data-element_type="container"
data-settings="{&quot;background_background&quot;:&quot;classic&quot;}"><div class="e-con-inner">
${eWidget('a01', 'heading', `<h1 class="elementor-heading-title elementor-size-xl">${eTitle}</h1>`)}
${eWidget(
  'a02',
  'countdown',
  `<div class="elementor-countdown-wrapper" data-date="1786780800"><div class="elementor-countdown-item">
<span class="elementor-countdown-digits elementor-countdown-days">126</span> <span class="elementor-countdown-label">Days</span></div>
<div class="elementor-countdown-item">
<span class="elementor-countdown-digits elementor-countdown-hours">09</span> <span class="elementor-countdown-label">Hours</span></div>
</div>`,
)}
</div></div>
<div class="elementor-element elementor-element-5b2 e-flex e-con-boxed e-con e-parent" data-id="5b2" data-element_type="container"><div class="e-con-inner">
${eSecs.map(eSection).join('\n')}
${eWidget(
  'b01',
  'button',
  `<div class="elementor-button-wrapper">
<a class="elementor-button elementor-button-link elementor-size-sm" href="/wp-content/uploads/2026/03/NoR-2026.pdf">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Download the full Notice of Race (PDF)</span></span></a>
</div>`,
)}
</div></div></div>
<div data-elementor-type="footer" data-elementor-id="15" class="elementor elementor-15 elementor-location-footer" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-7d1 e-flex e-con-boxed e-con e-parent" data-id="7d1" data-element_type="container"><div class="e-con-inner">
${eWidget('f01', 'text-editor', '<p>Porthcarrow Sailing Club, The Slip, Porthcarrow TR20 9QB</p>')}
${eWidget('f02', 'text-editor', '<p>© 2026 Porthcarrow Regatta Committee. Website by Gull Creative.</p>')}</div></div></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.21.4","is_static":false};</script>
</body></html>`;
const noticeOfRace: TestPage = {
  name: 'heldout492-notice-of-race-elementor',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: eSecs.map((s) => s.h),
  body: eSecs.flatMap((s) => [...(s.paras ?? []), ...(s.list ?? [])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Enter online', 'Results', 'Sponsors', '126', 'Days', '09', 'Hours', 'Download the full Notice of Race (PDF)',
    'Porthcarrow Sailing Club, The Slip, Porthcarrow TR20 9QB', '© 2026 Porthcarrow Regatta Committee. Website by Gull Creative.',
    'Manage Cookie Consent', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

const hTitle = 'Five things your insurer will ask after a storm claim';
const hBlocks: readonly [string, string][] = [
  [
    'p',
    j(
      'When a named storm comes through, our claims line takes more calls in two days than in the rest of the month. Most of those',
      'claims are settled quickly, but the ones that drag on usually stall over the same few questions. Have the answers ready and',
      'your claim will move faster.',
    ),
  ],
  ['h2', '1. Where was the boat, and was that where the policy says?'],
  ['p', 'Your schedule names a mooring or a marina. If the boat had been moved, tell us where and why before we ask.'],
  ['h2', '2. When was the mooring last inspected?'],
  [
    'p',
    j(
      'We will ask for the date of the last riser and chain inspection, and who did it. Most harbour authorities require one every',
      "year; keep the invoice or the harbour master's record.",
    ),
  ],
  ['h2', '3. What did you do when the storm was forecast?'],
  ['p', 'Extra lines, sails off, canvas down and fenders out all count. Photographs taken before the storm are the best evidence you can have.'],
  ['h2', '4. Can we see the damage before repairs start?'],
  [
    'p',
    j(
      'You should always stop further damage, for example by pumping out or covering a broken hatch, but do not start permanent',
      'repairs until our surveyor has seen the boat or agreed photographs instead.',
    ),
  ],
  ['h2', '5. Who else was involved?'],
  ['p', "If another boat broke free and hit yours, we will need its name and, if you can get it, its owner's insurer."],
];
const hRelated = ['Laying up for winter: what your policy expects', 'Do you need to tell your insurer about a new engine?'];
const hFoot = ['Boat insurance', 'Claims', 'About Keelwater', 'Contact us', 'Privacy notice'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title><meta name="description" content="Have these answers ready and your storm claim will move
faster.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:type" content="article"><link rel="canonical"
href="https://www.keelwater-insurance.co.uk/blog/five-things-your-insurer-will-ask-after-a-storm-claim">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Carys Venning"},"datePublished":"2026-01-27T09:00:00Z"}</script>
<link rel="stylesheet" href="https://www.keelwater-insurance.co.uk/hubfs/hub_generated/template_assets/1/main.min.css"><meta name="generator"
content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-1572946112 hs-blog-post hs-blog-id-1570128871">
<div data-global-resource-path="Keelwater_Theme/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to
content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<a href="/" id="hs-link-site_logo"><img src="/hubfs/keelwater-logo.svg" class="hs-image-widget" alt="Keelwater Marine Insurance"></a></span></div>
<div class="header__menu header__menu--desktop"><nav aria-label="Main menu" class="menu menu--desktop"><ul class="menu__wrapper
no-list">${links(hFoot.slice(0, 3), 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}
<li class="menu__item menu__item--depth-1"><a class="menu__link" href="/blog">Blog</a></li></ul></nav></div>
<div class="header__button"><a class="button" href="/quote">Get a quote</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/carys-venning">Carys Venning</a><time datetime="2026-01-27 09:00:00" class="blog-post__timestamp">Jan 27,
2026 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${hBlocks.map(([tag, t], i) => (i === 1 ? '<!--more-->\n' : '') + `<${tag}${tag === 'p' ? ' style="font-size: 16px;"' : ''}>${t}</${tag}>`).join('\n')}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-7f1e2a"><span class="hs-cta-node hs-cta-7f1e2a" id="hs-cta-7f1e2a">
<a href="https://cta-redirect.hubspot.com/cta/redirect/1570128/7f1e2a"><img class="hs-cta-img" id="hs-cta-img-7f1e2a" style="border-width:0px;"
src="https://no-cache.hubspot.com/cta/default/1570128/7f1e2a.png" alt="Report a claim online"></a></span>
<script charset="utf-8" src="https://js.hscta.net/cta/current.js"></script><script type="text/javascript">hbspt.cta.load(1570128, '7f1e2a',
{"useNewLoader":"true","region":"na1"});</script></span><!-- end HubSpot Call-to-Action Code --></p>
</span></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"><path d="M0 0"></path></svg><a class="blog-post__tag-link"
href="/blog/tag/storms">Storms</a>,
<a class="blog-post__tag-link" href="/blog/tag/claims-advice">Claims advice</a></div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRelated
  .map(
    (t) => `<div class="blog-related-posts__post"><a class="blog-related-posts__title-link"
href="/blog/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"><h3>${t}</h3></a></div>`,
  )
  .join('\n')}</div></section>
</div></div></main>
<div data-global-resource-path="Keelwater_Theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<nav aria-label="Footer menu"><ul class="footer-menu">${links(hFoot, 'menu__item')}</ul></nav>
<p class="footer__legal">Keelwater Marine Insurance Ltd is authorised and regulated by the Financial Conduct Authority (FRN 740221). © 2026</p></div></footer>
</div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner"
data-hs-location="/blog/five-things">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve
your website experience and provide more personalised services to you.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button"
role="button">Decline</a></div></div></div>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/1570128.js"></script></body></html>`;
const hubspotPost: TestPage = {
  name: 'heldout492-storm-claim-hubspot',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hBlocks.filter(([tag]) => tag === 'h2').map(([, t]) => t),
  body: hBlocks.filter(([tag]) => tag === 'p').map(([, t]) => t),
  bylines: ['Carys Venning', 'Jan 27, 2026 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Boat insurance', 'About Keelwater', 'Blog', 'Get a quote', 'Storms', 'Claims advice', 'Related posts', ...hRelated,
    'Contact us', 'Privacy notice', 'Keelwater Marine Insurance Ltd is authorised and regulated by the Financial Conduct Authority (FRN 740221). © 2026',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT492_F: readonly TestPage[] = [noticeOfRace, hubspotPost];
