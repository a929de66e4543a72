import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, rowTexts, trs } from './pages-heldout612-kit.js';

/**
 * Held-out batch 612, file e2: a commercial flooring contractor's blog post on HubSpot CMS (Growth theme blog post template with
 * search, CTA image, tags, related posts, blog subscribe form and the HubSpot cookie banner).
 */
const hTitle = 'LVT or Laminate for a Busy Kitchen? A Fitter’s Honest Comparison';
const hHeads = ['Water is the big difference', 'Comfort and noise', 'Side by side', 'Our verdict'];
const hIntro = [
  j(
    'We fit both every week, and the question comes up on almost every kitchen survey. Both look like wood, both are cheaper',
    'than the real thing, and both can be laid in a day. But they are very different materials, and in a kitchen the',
    'differences matter.',
  ),
];
const hWater = [
  j(
    'Laminate is a printed photograph of wood on a core of compressed fibreboard. Modern boards have better edge sealing than',
    'they used to, but if water sits in a joint for long enough, the core swells and the edges lift. A leaking dishwasher or a',
    'fridge water line left overnight can ruin a run of boards.',
  ),
  j(
    'Luxury vinyl tile is vinyl all the way through. It does not swell, and a glued-down LVT floor with a properly sealed',
    'perimeter will survive a flood that would finish off laminate. That is the main reason we recommend it for kitchens.',
  ),
];
const hComfort = j(
  'Glue-down LVT is quieter underfoot and slightly warmer than laminate, which can sound hollow and "clicky" unless a good',
  'acoustic underlay goes under it. Laminate, on the other hand, is more resistant to dents from dropped pans and chair legs,',
  'and it hides scratches better thanks to its hard wear layer.',
);
const hRows = [
  ['Water resistance', 'Excellent (glue-down)', 'Fair to good'],
  ['Underfoot feel', 'Soft and quiet', 'Firm, can be noisy'],
  ['Dent resistance', 'Good', 'Very good'],
  ['Subfloor preparation', 'Smooth and flat, usually a compound', 'Flat within 3 mm over 2 m'],
  ['Fitted price per m²', '£48–£70', '£32–£50'],
];
const hVerdict = [
  j(
    'For a kitchen with a dishwasher, a washing machine or young children, we would choose glue-down LVT nine times out of ten.',
    'Laminate makes sense in a kitchen-diner where the budget is tight and the flooring continues into a living area, as long',
    'as it is a water-resistant grade and the edges are sealed with silicone.',
  ),
  'Either way, the floor is only as good as what is underneath it, so make sure your quote includes the preparation.',
];
const hNav = ['Services', 'Sectors', 'Case Studies', 'Blog', 'About', 'Contact'];
const hTags = ['LVT', 'Laminate', 'Kitchens'];
const hRel = ['Why we skim almost every floor before LVT', 'Safety flooring for commercial kitchens: a buyer’s guide', 'Looking after your new LVT'];
const hFoot = ['Privacy Policy', 'Terms of Business', 'Accessibility'];
const hCookie = j(
  'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our',
  'website and allow us to remember you. We use this information in order to improve and customize your browsing experience and',
  'for analytics and metrics about our visitors both on this website and other media.',
);
const hHtml = `<!doctype html><html lang="en-gb"><head><meta charset="utf-8"><title>${hTitle}</title>
<link rel="shortcut icon" href="https://www.brightlineflooring.co.uk/hubfs/favicon.png">
<meta name="description" content="LVT or laminate in a kitchen? We compare
water resistance, comfort, cost and preparation."><meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="https://www.brightlineflooring.co.uk/hubfs/hub_generated/template_assets/1/84920118832/1716386311243/template_main.min.css">
<link rel="canonical" href="https://www.brightlineflooring.co.uk/blog/lvt-or-laminate-for-a-busy-kitchen"><meta property="og:type" content="article">
<link rel="alternate" type="application/rss+xml" href="https://www.brightlineflooring.co.uk/blog/rss.xml">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Dana Whitlock"},
"datePublished":"2026-05-20T08:00:00Z"}</script></head>
<body><div class="body-wrapper   hs-content-id-171245983320 hs-blog-post hs-blog-id-84920554120">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module">
<a href="/" id="hs-link-site_logo"
style="border-width:0px;border:0px;"><img src="https://www.brightlineflooring.co.uk/hubfs/brightline-logo.svg" class="hs-image-widget" alt="Brightline Flooring"
width="180" height="44"></a></span></div><div class="header__column"><div class="header__row-1"><div class="header__search header--element">
<div class="hs-search-field">
<div class="hs-search-field__bar"><form data-hs-do-not-collect="true" class="hs-search-field__form" action="/hs-search-results">
<label class="hs-search-field__label
show-for-sr" for="site_search-input">Search</label><input type="text" id="site_search-input" class="hs-search-field__input" name="term" autocomplete="off"
aria-label="Search" placeholder="Search"><button class="hs-search-field__button " aria-label="Search"></button></form></div></div></div></div>
<div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div class="header__close--toggle"></div>
<div class="header__navigation header--element"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav><nav class="menu menu--mobile" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1')}</ul></nav></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/dana-whitlock">Dana Whitlock</a>
<time datetime="2026-05-20 08:00:00" class="blog-post__timestamp">May 20, 2026 9:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(hIntro)}<!--more--><h2>${hHeads[0]}</h2>${ps(hWater)}
<h2>${hHeads[1]}</h2><p>${hComfort}</p><h2>${hHeads[2]}</h2><div data-hs-responsive-table="true" style="overflow-x: auto; max-width: 100%; width: 100%;">
<table style="border-collapse: collapse; table-layout: fixed; width: 100%;"><tbody><tr><td><strong>&nbsp;</strong></td><td><strong>LVT</strong></td>
<td><strong>Laminate</strong></td></tr>${trs(hRows)}</tbody></table></div>
<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-5a1e2f3d-7c8b-4a9e-b0d1-2c3e4f5a6b7c"><span class="hs-cta-node
hs-cta-5a1e2f3d-7c8b-4a9e-b0d1-2c3e4f5a6b7c" id="hs-cta-5a1e2f3d-7c8b-4a9e-b0d1-2c3e4f5a6b7c">
<a href="https://cta-redirect.hubspot.com/cta/redirect/4491827/5a1e2f3d"
target="_blank" rel="noopener"><img class="hs-cta-img" style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/4491827/5a1e2f3d.png"
alt="Book a free floor survey"></a></span></span><!-- end HubSpot Call-to-Action Code -->
<h2>${hHeads[3]}</h2>${ps(hVerdict)}</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"></svg>
${hTags.map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase()}" rel="tag">${t}</a>`).join(',\n')}</div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">${hRel
  .map(
    (t) => `<div class="blog-related-posts__post">
<a class="blog-related-posts__image" href="/blog/x"><img src="https://www.brightlineflooring.co.uk/hubfs/x.jpg" alt="" loading="lazy"></a>
<div class="blog-related-posts__content"><h3><a class="blog-related-posts__title-link" href="/blog/x">${t}</a></h3></div></div>`,
  )
  .join('\n')}</div></section>
<div class="blog-subscribe"><h3>Subscribe to the Brightline blog</h3><span id="hs_cos_wrapper_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_blog_subscribe"><div id="hs_form_target_blog_subscribe_3841"><form class="hs-form stacked">
<div class="hs_email hs-email hs-fieldtype-text field
hs-form-field"><label for="email-3841"><span>Email</span><span class="hs-form-required">*</span></label><div class="input"><input id="email-3841" name="email"
required="" type="email" class="hs-input" inputmode="email" autocomplete="email" value=""></div></div><div class="hs_submit hs-submit"><div class="actions">
<input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></span></div></div></div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="footer__address">Brightline Flooring Ltd · 7 Foundry Court, Castlebrook CB9 2RT · 01632 960512</div><ul class="footer__menu">${links(hFoot)}</ul>
<p class="footer__copyright">© 2026 Brightline Flooring Ltd</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-location="bottom">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>${hCookie}</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a>
<a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js-eu1.hs-scripts.com/4491827.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout612-hubspot-lvt-laminate',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([...hIntro, ...hWater, hComfort, ...rowTexts(hRows), ...hVerdict]),
  bylines: ['Dana Whitlock', 'May 20, 2026 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', ...hNav, ...hTags, 'Related posts', ...hRel, 'Subscribe to the Brightline blog', 'Email',
    'Brightline Flooring Ltd · 7 Foundry Court, Castlebrook CB9 2RT · 01632 960512', ...hFoot,
    '© 2026 Brightline Flooring Ltd', hCookie, 'Accept', 'Decline',
  ],
};

export const HELDOUT612_E2: readonly TestPage[] = [hubspot].map(finish);
