import { links, type TestPage } from './page-kit.js';
import { type Block, bodyOf, headingsOf, j, render } from './pages-heldout616-kit.js';

/**
 * Held-out batch 616, file f2: an equestrian outfitter's turnout rug buying guide on the HubSpot CMS blog (cookie banner, CTA, subscribe
 * form, related posts).
 */
const uTitle = 'How to choose a turnout rug: weights, deniers and fit';
const uBlocks: Block[] = [
  {
    p: j(
      'Walk into any tack shop in October and you will face a wall of turnout rugs in every weight from 0 g to 450 g, in deniers',
      'from 600 to 1680, with necks, without necks and with necks that zip off. This guide explains what the numbers mean and how to',
      'choose the right rug for your horse, your field and your budget.',
    ),
  },
  { h: 2, t: 'Fill weight: how warm is warm enough?' },
  {
    p: j(
      'The fill weight, given in grams, tells you how much polyfill insulation the rug contains per square metre. It is the main',
      'thing that decides how warm the rug is. As a very rough guide for a clipped horse in a typical lowland winter:',
    ),
  },
  {
    ul: [
      '<strong>0–50 g (lightweight):</strong> rain protection on mild days, or for unclipped native types.',
      '<strong>100–200 g (mediumweight):</strong> the everyday rug from October to March for most horses.',
      '<strong>250–450 g (heavyweight):</strong> fully clipped, older or thin-skinned horses in cold, wet weather.',
    ],
  },
  {
    p: j(
      'It is easier to add warmth with a liner than to take it away. Many owners buy one mediumweight rug and a 100 g liner, which',
      'together work as a heavyweight on the coldest nights.',
    ),
  },
  { h: 2, t: 'Denier: how tough is the outer?' },
  {
    p: j(
      'Denier measures the thickness of the fibres in the outer fabric. A higher denier is more resistant to tears from hedges, wire',
      'and field companions, but it is also heavier and stiffer. For a quiet horse on its own, 600 denier is often enough. For a horse',
      'that plays rough in a group, 1200 denier or more will last much longer.',
    ),
  },
  {
    p: j(
      'Look at the ripstop weave too. The small grid pattern on the fabric stops a small tear from running, which matters more than a',
      'few hundred extra denier.',
    ),
  },
  { h: 2, t: 'Getting the fit right' },
  {
    p: j(
      'Rugs are sized by the length from the centre of the chest, around the side, to the point of the buttock. Measure in feet and',
      'inches or in centimetres, depending on the make, and check the size chart for the brand you are buying, as cuts vary.',
    ),
  },
  {
    ol: [
      'The rug should sit just in front of the withers without pressing on them.',
      'You should be able to slide a flat hand easily under the rug at the shoulder.',
      'The back edge should reach the top of the tail, with the tail flap covering the root of the tail.',
      'Cross surcingles should be fastened so a hand fits flat between them and the belly.',
    ],
  },
  { h: 2, t: 'Neck or no neck?' },
  {
    p: j(
      'A fixed or detachable neck keeps rain off the neck and crest, and stops a clipped horse losing heat there. It also keeps the',
      'mane flatter and cleaner. The trade-off is rubbing: if your horse tends to rub at the mane or shoulders, a detachable neck you',
      'can leave off on mild days is the safer choice.',
    ),
  },
  {
    p: j(
      'Whatever you choose, check under the rug every day. A rug that fits in November can slip or rub by January as your horse',
      'changes shape, and the only way to know is to look.',
    ),
  },
];
const uNav = ['Shop', 'Rugs', 'Saddlery', 'Rider', 'Advice Centre', 'Store Finder'];
const uRel = [
  'Washing and reproofing your turnout rug at home',
  'Stable rugs vs turnout rugs: what is the difference?',
  "Fly rugs for sweet itch: a buyer's guide",
];
const uFoot = ['About us', 'Delivery information', 'Returns', 'Privacy policy', 'Cookie settings'];
const uCookie = j(
  'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our website',
  'and allow us to remember you. We use this information in order to improve and customize your browsing experience and for',
  'analytics and metrics about our visitors both on this website and other media.',
);
const uHtml = `<!doctype html><html lang="en-gb"><head><meta charset="utf-8"><title>${uTitle}</title>
<meta name="description" content="What fill weight, denier and neck style mean, and how to fit a turnout rug."><meta name="viewport"
content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:description" content="What fill weight, denier and neck style mean, and how to fit a turnout rug."><meta property="og:title"
content="${uTitle}">
<meta property="og:type" content="article"><link rel="canonical" href="https://advice.hartwellequestrian.co.uk/blog/how-to-choose-a-turnout-rug">
<link rel="stylesheet" href="https://advice.hartwellequestrian.co.uk/hubfs/hub_generated/template_assets/1/9823/1712/template_main.min.css">
<style>#hs_cos_wrapper_widget_1 .hs-cta-wrapper{display:block;margin:32px 0;}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${uTitle}","author":{"@type":"Person",
"name":"Imogen Tarrant"},"datePublished":"2026-10-02"}</script>
<meta property="article:published_time" content="2026-10-02T08:00:00Z"><meta property="article:author" content="Imogen Tarrant"></head>
<body><div class="body-wrapper   hs-content-id-152348710 hs-blog-post hs-blog-id-148812003">
<div data-global-resource-path="hartwell-theme/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><a href="https://www.hartwellequestrian.co.uk"
id="hs-link-site_logo">
<img src="https://advice.hartwellequestrian.co.uk/hubfs/hartwell-logo.svg" class="hs-image-widget" alt="Hartwell Equestrian" width="190"
height="48"></a></span></div>
<div class="header__column"><div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div
class="header__navigation header--element">
<span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget"
data-hs-cos-type="module">
<nav aria-label="Main menu" class="navigation-primary"><ul
class="submenu level-1">${links(uNav, 'has-submenu menu-item')}</ul></nav></span></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article
class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${uTitle}</span></h1><div class="blog-post__meta"><a
href="https://advice.hartwellequestrian.co.uk/blog/author/imogen-tarrant">Imogen Tarrant</a>
<time datetime="2026-10-02 08:00:00" class="blog-post__timestamp">October 2, 2026</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${render(uBlocks.slice(0, 5))}
<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-6c2f1e0a"><span class="hs-cta-node hs-cta-6c2f1e0a" id="hs-cta-6c2f1e0a">
<a href="https://cta-redirect.hubspot.com/cta/redirect/148812003/6c2f1e0a" target="_blank" rel="noopener"><img class="hs-cta-img" id="hs-cta-img-6c2f1e0a"
style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/148812003/6c2f1e0a.png" alt="Download our rug size chart"></a></span>
<script charset="utf-8" src="/hs/cta/cta/current.js"></script><script
type="text/javascript">hbspt.cta._relativeUrls=true;hbspt.cta.load(148812003, '6c2f1e0a', {"useNewLoader":"true"});</script>
</span><!-- end HubSpot Call-to-Action Code -->
${render(uBlocks.slice(5))}
</span></div><div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"></svg>
<a class="blog-post__tag-link" href="https://advice.hartwellequestrian.co.uk/blog/tag/rugs">Rugs</a>,
<a class="blog-post__tag-link" href="https://advice.hartwellequestrian.co.uk/blog/tag/winter-care">Winter care</a></div></article>
<div class="blog-subscribe"><h3>Get our advice in your inbox</h3><span id="hs_cos_wrapper_blog_subscribe"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<form novalidate accept-charset="UTF-8" action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/148812003/1f0e"
class="hs-form-private hsForm_1f0e hs-form">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label id="label-email-1f0e" for="email-1f0e"><span>Email</span><span
class="hs-form-required">*</span></label>
<div class="input"><input id="email-1f0e" name="email" required placeholder="" type="email" class="hs-input" inputmode="email" autocomplete="email"
value=""></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></span></div>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
${uRel
  .map(
    (t) => `<article class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/blog/x"><img class="blog-related-posts__image"
src="/hubfs/r.jpg" alt="" loading="lazy"></a>
<div class="blog-related-posts__content"><h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link"
href="/blog/x">${t.replace("'", '&#39;')}</a></h3></div></article>`,
  )
  .join('\n')}
</div></section></div></div></main>
<div data-global-resource-path="hartwell-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<nav aria-label="Footer" class="navigation-footer"><ul>${links(uFoot)}</ul></nav><p
class="footer__legal">© 2026 Hartwell Equestrian Ltd, Brackley Mill, Sedgebourne</p></div></footer></div>
</div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-banner-version="2" role="region">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>${uCookie}</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button"
role="button">Decline</a>
<a href="#" id="hs-eu-cookie-settings-button" role="button">Cookies Settings</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js-eu1.hs-scripts.com/148812003.js"></script></body></html>`;
const hubspotRugs: TestPage = {
  name: 'heldout616-hubspot-turnout-rug-guide',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: headingsOf(uBlocks),
  body: bodyOf(uBlocks),
  bylines: ['Imogen Tarrant', 'October 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Saddlery', 'Rider', 'Advice Centre', 'Store Finder', 'Winter care', 'Get our advice in your inbox', 'Email',
    'Related posts', ...uRel, ...uFoot, '© 2026 Hartwell Equestrian Ltd, Brackley Mill, Sedgebourne', uCookie, 'Accept', 'Decline', 'Cookies Settings',
  ],
};

export const HELDOUT616_F2: readonly TestPage[] = [hubspotRugs];
