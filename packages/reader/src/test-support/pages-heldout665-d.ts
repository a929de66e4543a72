import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, row, type Sec } from './pages-heldout665-kit.js';

/**
 * Held-out batch 665, file d: a contract wallcoverings supplier's blog post on HubSpot CMS (hs_cos_wrapper body, CTA image,
 * tags, related posts, HubSpot cookie banner).
 */
const hTitle = 'Type II vinyl or non-woven? Choosing wallcoverings for hotel corridors';
const hIntro = [
  j(
    'Corridors are the hardest-working walls in a hotel. Luggage trolleys, vacuum cleaners and room-service carts hit them',
    'hundreds of times a day, and they have to pass a fire inspection as well as look good in the brochure.',
  ),
  j(
    'Specifiers usually narrow the choice to two families: Type II commercial vinyl and the newer heavyweight non-wovens. Here',
    'is how they compare on the jobs we supplied last year.',
  ),
];
const hRows = [
  ['Weight', '20 oz per linear yard', '300 to 450 g per square metre'],
  ['Scrub resistance', 'Excellent', 'Good'],
  ['Fire rating', 'Class A / B-s1, d0', 'Class A / B-s1, d0'],
  ['Hanging', 'Paste the paper, 54 in widths', 'Paste the wall, 52 cm widths'],
  ['Removal', 'Strippable with steam', 'Dry strippable'],
];
const hSecs: Sec[] = [
  {
    h: 'Durability',
    p: [
      j(
        'Type II vinyl is still the toughest option. Its solid vinyl face shrugs off scuffs and can be cleaned with a diluted',
        'bleach solution, which matters in properties with strict housekeeping rules. Non-wovens have closed much of the gap, and',
        'the better ones now carry a protective topcoat, but they will show a trolley strike sooner.',
      ),
    ],
  },
  {
    h: 'Breathability and mould',
    p: [
      j(
        'Vinyl is a vapour barrier. On an exterior wall in a humid climate that can trap moisture behind the wallcovering, and we',
        'have seen mould grow in the paste line within two years. Non-wovens let the wall breathe, which is why we recommend them',
        'for coastal properties and any building with a history of damp.',
      ),
    ],
  },
  {
    h: 'Refurbishment cycles',
    p: [
      j(
        'Most of our hotel clients refresh corridors every seven to ten years. Non-wovens come off dry in full widths, so the',
        'next installer starts with a clean wall and the corridor is back in use a day sooner.',
      ),
      j(
        'If your project sits between the two, ask us for sample panels of both. We will send them with the fire certificates',
        'and cleaning data so your housekeeping team can test them before you specify.',
      ),
    ],
  },
];
const hNav = ['Products', 'Sectors', 'Sample Books', 'Specifiers', 'Blog', 'Contact'];
const hTags = ['Hospitality', 'Specification'];
const hRel = ['Acoustic wallcoverings for conference rooms', 'What does Class A fire rating mean?', 'Caring for vinyl wallcoverings'];
const hWrap = (id: string, type: string, inner: string): string =>
  `<span id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_${type}" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="${type}">${inner}</span>`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="Type II vinyl and heavyweight non-woven wallcoverings compared for hotel corridors.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://www.haldencontract.com/hs-fs/hub/2413987/hub_generated/template_assets/1/98765432101/1706000000000/template_main.min.css">
<meta property="og:url" content="https://www.haldencontract.com/blog/type-ii-vinyl-or-non-woven"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.haldencontract.com/blog/type-ii-vinyl-or-non-woven"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Corin Vallance"},
"datePublished":"2027-04-14"}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-143256789012 hs-blog-post hs-blog-id-98765432109">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo"
data-hs-cos-general-type="widget" data-hs-cos-type="module">
<span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo">
<a href="//www.haldencontract.com" id="hs-link-site_logo_hs_logo_widget" style="border-width:0px;border:0px;">
<img src="https://www.haldencontract.com/hubfs/halden-logo.svg"
class="hs-image-widget" alt="Halden Contract Wallcoverings"></a></span></span></div><div class="header__column"><div class="header__row-1">
<div class="header__search header--element"><div class="hs-search-field"><div class="hs-search-field__bar">
<form data-hs-do-not-collect="true" action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="search-input">Search</label>
<input type="text" class="hs-search-field__input" name="term" autocomplete="off"
aria-label="Search" placeholder="Search"><button class="hs-search-field__button" aria-label="Search"></button></form></div></div></div></div>
<div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div class="header__navigation header--element">
<nav aria-label="Main menu" class="navigation-primary">
<ul class="submenu level-1">${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post">
<h1>${hWrap('name', 'text', hTitle)}</h1><div class="blog-post__meta"><a href="https://www.haldencontract.com/blog/author/corin-vallance">Corin Vallance</a>
<time datetime="2027-04-14 08:30:00" class="blog-post__timestamp">Apr 14, 2027 9:30:00 AM</time></div>
<div class="blog-post__body">${hWrap(
  'post_body',
  'rich_text',
  `${ps(hIntro)}
<!--more--><h2>At a glance</h2><div data-hs-responsive-table="true" style="overflow-x: auto; max-width: 100%; width: 100%;">
<table style="border-collapse: collapse; width: 100%;">
<tbody><tr><td><strong>Property</strong></td><td><strong>Type II vinyl</strong></td><td><strong>Non-woven</strong></td></tr>
${hRows.map(row).join('\n')}</tbody></table></div>
${hSecs.map((s) => `<h2>${s.h}</h2>\n${ps(s.p)}`).join('\n')}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-6a1b2c3d-0000-4000-8000-123456789abc">
<span class="hs-cta-node hs-cta-6a1b2c3d-0000-4000-8000-123456789abc"
id="hs-cta-6a1b2c3d-0000-4000-8000-123456789abc"><a href="https://cta-redirect.hubspot.com/cta/redirect/2413987/6a1b2c3d-0000-4000-8000-123456789abc">
<img class="hs-cta-img"
id="hs-cta-img-6a1b2c3d" style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/2413987/6a1b2c3d.png" alt="Request corridor sample panels"></a>
</span>
<script charset="utf-8" src="/hs/cta/cta/current.js"></script>
<script type="text/javascript">hbspt.cta._relativeUrls=true;hbspt.cta.load(2413987, '6a1b2c3d', {"useNewLoader":"true"});</script></span>
<!-- end HubSpot Call-to-Action Code --></p>`,
)}</div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer">
<path d="M0 252.1V48"></path></g></svg>
${hTags.map((t) => `<a class="blog-post__tag-link" href="https://www.haldencontract.com/blog/tag/${t.toLowerCase()}" rel="tag">${t}</a>`).join(',\n')}</div>
</article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    (t) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><a class="blog-related-posts__image-link" href="/blog/x">
<img class="blog-related-posts__image" src="/hubfs/x.jpg" alt=""></a><h3><a class="blog-related-posts__title-link" href="/blog/x">${t}</a></h3>
<a class="blog-related-posts__read-more" href="/blog/x">Read more</a></article>`,
  )
  .join('\n')}
</div></section>
<div class="blog-comments">
<div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_comments">
<div class="section post-footer"><div id="comments-listing" class="new-comments"></div><div id="hs_form_target_blog_comments"></div></div></div></div></div>
</div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Halden Contract Wallcoverings Ltd, Unit 4 Brindle Park, Calverford CV9 8XY</p><p>© 2027 Halden Contract Wallcoverings. All rights reserved.</p></div>
</footer></div></div>
<div id="hs-eu-cookie-confirmation" class="can-use-gradients" data-hs-banner-type="default" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer. These cookies are used to collect information about how you interact with our website.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group">
<a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="javascript:void(0);" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script id="hs-script-loader" async defer src="/hs/scriptloader/2413987.js">
</script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout665-hubspot-hotel-corridors',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: ['At a glance', ...hSecs.map((s) => s.h)],
  body: texts([...hIntro, ...hRows.map((r) => r.join(' ')), ...hSecs.flatMap((s) => s.p)]),
  bylines: ['Corin Vallance', 'Apr 14, 2027 9:30:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', ...hNav.filter((t) => t !== 'Specifiers'), ...hTags, 'Related posts', ...hRel, 'Read more',
    'Halden Contract Wallcoverings Ltd, Unit 4 Brindle Park, Calverford CV9 8XY', '© 2027 Halden Contract Wallcoverings. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our website.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT665_D: readonly TestPage[] = [hubspot];
