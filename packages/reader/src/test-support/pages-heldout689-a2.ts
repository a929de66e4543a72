import { links, type TestPage } from './page-kit.js';
import { type Block, bodyOf, heads, j, render } from './pages-heldout689-kit.js';

/** Held-out batch 689, file a2: a solar installer's farm case study on the HubSpot CMS blog (Growth theme). */
const hTitle = 'Case study: 48 kWp of solar on a dairy barn at Lower Hensley Farm';
const hBlocks: Block[] = [
  {
    p: [
      j(
        'Lower Hensley is a 180-cow dairy farm on the edge of Ashcombe. Milk cooling, vacuum pumps and hot water for washing down',
        'use around 62,000 kWh of electricity a year, most of it during the two milkings at 5 am and 4 pm.',
      ),
      'At a glance:',
    ],
    ul: [
      '<strong>System size:</strong> 48 kWp, 112 panels',
      '<strong>Roof:</strong> fibre cement sheet, south-west facing, 10° pitch',
      '<strong>Battery:</strong> 30 kWh',
      '<strong>Installed:</strong> June 2025, over six working days',
    ],
  },
  {
    h: 'The brief',
    p: [
      j(
        'Farmer Gwen Tilley wanted to cut the farm&#39;s electricity bill without taking any grazing land out of use, and she wanted the',
        'milking to carry on as normal while the work was done. A ground-mounted array had been quoted by another company but would have',
        'taken almost half a hectare of a paddock next to the parlour.',
      ),
    ],
  },
  {
    h: 'The challenges',
    p: [
      j(
        'The largest roof on the farm covers the cubicle shed. It is sound, but the fibre cement sheets are too brittle to walk on and',
        'the purlins are spaced more widely than most mounting rails are designed for. The shed is also home to the herd for five',
        'months of the year, so we could not use a scissor lift inside the building.',
      ),
    ],
  },
  {
    h: 'Our solution',
    p: [
      j(
        'We worked from a mobile elevating platform outside the shed and fixed the rails with through-bolts into every purlin, which a',
        'structural engineer checked before we started. Crawl boards were laid across the sheets at all times, and we fitted a safety net',
        'under the roof bay we were working on.',
      ),
      j(
        'Because most of the load comes before sunrise and late in the afternoon, we added a 30 kWh battery in the dairy office. It fills',
        'during the middle of the day and covers the evening milking and the cooling tank overnight.',
      ),
    ],
  },
  {
    h: 'Results after twelve months',
    ul: [
      'The array generated 44,900 kWh, 6 per cent above our forecast.',
      'The farm bought 29,300 kWh from the grid, down from 61,800 kWh the year before.',
      'The annual electricity bill fell by £9,740 at the farm&#39;s current tariff.',
      'Expected payback is just under six years, before any income from exported power.',
    ],
  },
  {
    h: 'What the customer says',
    q: j(
      '&quot;The team worked round our milking times and we never lost a day. The best part is that the cooling tank now runs almost',
      'entirely on our own power, even in November.&quot; Gwen Tilley, Lower Hensley Farm',
    ),
  },
];
const hNav = ['Home', 'Homes', 'Farms & Business', 'Batteries', 'Case Studies', 'Blog', 'About'];
const hRel = [
  ['Case study: solar carport for a village hall', 'How we designed a 22 kWp carport with two EV chargers for Millbrook Village Hall.'],
  ['Is my barn roof strong enough for solar?', 'The five checks our surveyors make before they quote for an agricultural roof.'],
  ['Export tariffs for farms compared', 'What farms can earn for the power they send back to the grid this year.'],
];
const hFoot = ['Privacy policy', 'Terms of business', 'Complaints procedure', 'Careers'];
const hRelHtml = hRel
  .map(
    ([t, s]) => `<article class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/blog/related"><img class="blog-related-posts__image"
src="https://f.hubspotusercontent-eu1.net/hubfs/2590117/blog/related.jpg" alt="" loading="lazy"></a><div class="blog-related-posts__content">
<h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/related">${t}</a></h3><p>${s}</p></div></article>`,
  )
  .join('\n');
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${hTitle}</title>
<link rel="shortcut icon" href="https://www.brightmoorsolar.co.uk/hubfs/favicon.png">
<meta name="description" content="How we fitted 48 kWp of solar and a 30 kWh battery
on a dairy farm's cubicle shed without stopping milking.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script><meta property="og:type" content="article">
<link rel="canonical" href="https://www.brightmoorsolar.co.uk/blog/lower-hensley-farm">
<link rel="stylesheet" href="https://www.brightmoorsolar.co.uk/hubfs/hub_generated/template_assets/1/8812345678/1709123456789/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person","name":"Owen
Castellan"}}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-143826511220 hs-blog-post hs-blog-id-71882051933">
<div data-global-resource-path="Growth/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><a href="/"
id="hs-link-site_logo"><img src="https://www.brightmoorsolar.co.uk/hubfs/brightmoor-logo.svg" alt="Brightmoor Solar" class="hs-image-widget"></a></span></div>
<div class="header__column"><div class="header__row-2"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav><div class="header__button">
<a class="button" href="/quote">Get a quote</a></div>
</div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.brightmoorsolar.co.uk/blog/author/owen-castellan">Owen Castellan</a>
<time datetime="2026-02-18 09:30:00" class="blog-post__timestamp">Feb 18, 2026 9:30:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${render(hBlocks)}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-5d3c2b1a"><span class="hs-cta-node hs-cta-5d3c2b1a"
id="hs-cta-5d3c2b1a"><a href="https://cta-redirect.hubspot.com/cta/redirect/25901170/5d3c2b1a"><img class="hs-cta-img" id="hs-cta-img-5d3c2b1a"
style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/25901170/5d3c2b1a.png" alt="Book a free farm energy assessment"></a></span>
<script charset="utf-8" src="/hs/cta/cta/current.js"></script><script type="text/javascript">hbspt.cta._relativeUrls=true;hbspt.cta.load(25901170,
'5d3c2b1a', {"useNewLoader":"true","region":"eu1"});</script></span><!-- end HubSpot Call-to-Action Code --></p></span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><path d="M0 252.1V48C0"></path>
</svg>
<a class="blog-post__tag-link" href="/blog/tag/case-studies">Case Studies</a>,
<a class="blog-post__tag-link" href="/blog/tag/agricultural-solar">Agricultural Solar</a></div></article>
<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
widget-type-blog_comments" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_blog_comments_blog_comments"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments"><div class="section post-footer"><div id="comments-listing"
class="new-comments"></div><div id="hs_form_target_7a1f"></div></div></span></div></section></div></div>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">${hRelHtml}</div></div></section>
</main>
<div data-global-resource-path="Growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="footer__form"><h3>Subscribe to our newsletter</h3><form class="hs-form stacked hs-custom-form" id="hsForm_0a1b2c3d" method="POST">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label id="label-email-0a1b2c3d" for="email-0a1b2c3d"><span>Email</span><span
class="hs-form-required">*</span></label><div class="input"><input id="email-0a1b2c3d" name="email" required type="email" class="hs-input"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div>
<div class="footer__menu"><ul>${links(hFoot)}</ul></div>
<p class="footer__copyright">© 2026 Brightmoor Solar Ltd. Registered in England No. 10682214.</p></div></footer></div>
</div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-not-indexable="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to
improve your website experience and provide more personalised services to you.</p></div><div id="hs-eu-cookie-confirmation-button-group">
<a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<!-- Start of HubSpot Analytics Code --><script type="text/javascript">var _hsq = _hsq || [];_hsq.push(["setContentType", "blog-post"]);</script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/25901170.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout689-hubspot-farm-case-study',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: heads(hBlocks),
  body: bodyOf(hBlocks),
  bylines: ['Owen Castellan', 'Feb 18, 2026 9:30:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Get a quote', 'Agricultural Solar', 'Related posts', ...hRel.flat(),
    'Subscribe to our newsletter', 'Email*', ...hFoot, '© 2026 Brightmoor Solar Ltd. Registered in England No. 10682214.',
    j('This website stores cookies on your computer. These cookies are used to improve your website experience and provide',
      'more personalised services to you.'),
    'Accept', 'Decline',
  ],
};

export const HELDOUT689_A2: readonly TestPage[] = [hubspot];
