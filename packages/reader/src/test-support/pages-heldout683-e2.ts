import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rowTexts, trs, uniq } from './pages-heldout683-kit.js';

/**
 * Held-out batch 683, file e2: a florist software company's blog post on pricing wedding flowers on HubSpot CMS with a pricing
 * table, a CTA image, related posts, a subscribe form and the HubSpot cookie banner.
 */
const hTitle = 'How to Price Wedding Flowers: A Simple Formula for Florists';
const hIntro = [
  j(
    'Ask ten wedding florists how they price a bouquet and you will get ten answers. Some multiply their wholesale cost by three,',
    'some charge by the hour, and some, if we are honest, guess. Guessing is how florists end up working a 60-hour wedding week',
    'for less than they would earn in a shop.',
  ),
  'Here is the formula our most profitable customers use, and a worked example you can copy.',
];
const hSecs: [string, string[]][] = [
  [
    'Start with the cost of goods',
    [
      j(
        'Cost of goods is everything that ends up in the arrangement: stems, foliage, ribbon, mechanics and the vessel if the couple',
        'keeps it. Price stems at what you paid, plus your usual waste allowance. Most wedding florists lose between 10 and 15 percent',
        'of what they buy to damage, short stems and the flowers that simply never open.',
      ),
    ],
  ],
  [
    'Apply a markup, then add labour',
    [
      j(
        'A markup of 2.5 to 3.5 times on flowers covers your overheads: the cool room, the van, the studio rent. Labour is separate and',
        'should be charged at an hourly rate for design time, because a cascade bouquet takes three times as long as a posy with',
        'the same stems.',
      ),
    ],
  ],
  ['A worked example', ['Here is how one of our customers priced a garden-style bridal bouquet last season:']],
];
const hRows = [
  ['Flowers and foliage', '$62', '3x', '$186'],
  ['Ribbon and mechanics', '$8', '2x', '$16'],
  ['Design labour (1.5 hours)', '$45/hr', '-', '$68'],
  ['Total', '', '', '$270'],
];
const hOutro = [
  j(
    'Once you have the number, stick to it. If a couple needs to spend less, change the recipe, not the markup: fewer focal flowers,',
    'more seasonal foliage, a smaller size. Your time is worth the same whatever the budget.',
  ),
  'Finally, write the formula into your proposal template so that every quote you send is built the same way.',
];
const hNav = ['Features', 'Pricing', 'Customers', 'Blog', 'Log in'];
const hRel = [
  ['Five proposal mistakes that cost florists bookings', 'Small wording changes that turn enquiries into deposits.'],
  ['Should you charge a delivery fee for weddings?', 'What we learned from 400 florist invoices.'],
];
const hHead = ['Item', 'Cost', 'Markup', 'Price'];
const hSec = ([h, p]: [string, string[]]): string => `<h2>${h}</h2>\n${ps(p)}`;
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title><meta name="description" content="A simple pricing formula for wedding florists.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://blog.bouquetly.com/price-wedding-flowers">
<link rel="stylesheet" href="https://blog.bouquetly.com/hubfs/hub_generated/template_assets/1/88012345/1712000000000/template_main.min.css">
<link rel="alternate" type="application/rss+xml" href="https://blog.bouquetly.com/rss.xml"><script src="https://js.hscta.net/cta/current.js"></script>
<meta http-equiv="content-language" content="en"><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-13456789012 hs-blog-post hs-blog-id-98765"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo"><div id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span
id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget"
data-hs-cos-type="logo"><a href="https://www.bouquetly.com" id="hs-link-site_logo_hs_logo_widget"><img src="https://blog.bouquetly.com/hubfs/bouquetly-logo.svg"
class="hs-image-widget" alt="Bouquetly" width="160" height="40"></a></span></div></div><div class="header__navigation"><div
id="hs_cos_wrapper_navigation-primary"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget" data-hs-cos-type="module"><nav aria-label="Main menu"
class="navigation-primary"><ul class="submenu level-1">${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div></div><div class="header__button"><a
class="button" href="https://www.bouquetly.com/signup">Start free trial</a></div></div></header>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="blog-header__inner content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a
href="https://blog.bouquetly.com/author/dana-whitcombe">Dana Whitcombe</a><div class="blog-post__timestamp">Feb 16, 2027 9:00:00 AM</div></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(hIntro)}
<!--more-->${hSecs.map(hSec).join('\n')}
<div data-hs-responsive-table="true" style="overflow-x: auto; max-width: 100%; width: 100%; margin-left: auto; margin-right: auto;"><table
style="border-collapse:
collapse; table-layout: fixed; width: 100%;"><tbody><tr>${hHead.map((c) => `<td><strong>${c}</strong></td>`).join('')}</tr>
${trs(hRows)}</tbody></table></div>
${ps(hOutro)}
<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-6f1a22c0"><span class="hs-cta-node hs-cta-6f1a22c0"
id="hs-cta-6f1a22c0"><!--[if
lte IE 8]><div id="hs-cta-ie-element"></div><![endif]--><a href="https://cta-redirect.hubspot.com/cta/redirect/4412345/6f1a22c0"><img class="hs-cta-img"
id="hs-cta-img-6f1a22c0" style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/4412345/6f1a22c0.png" alt="Try Bouquetly free for 14
days"></a></span>
<script charset="utf-8" src="/hs/cta/cta/current.js"></script><script type="text/javascript">hbspt.cta._relativeUrls=true;hbspt.cta.load(4412345, '6f1a22c0',
{"useNewLoader":"true","region":"na1"});</script></span><!-- end HubSpot Call-to-Action Code --></span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g></g></svg><a
class="blog-post__tag-link"
href="https://blog.bouquetly.com/tag/pricing">Pricing</a>, <a class="blog-post__tag-link"
href="https://blog.bouquetly.com/tag/weddings">Weddings</a></div></article>
<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
widget-type-blog_comments"
data-hs-cos-general-type="widget" data-hs-cos-type="module"><div class="section post-footer"><div id="comments-listing" class="new-comments"></div><div
id="hs_form_target_blog_comments"></div></div></div></section></div>
<div class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">${hRel
  .map(
    ([t, s], i) => `<article
class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><a class="blog-related-posts__image-link" href="https://blog.bouquetly.com/rel-${i}"><img
class="blog-related-posts__image" src="https://blog.bouquetly.com/hubfs/rel-${i}.jpg" loading="lazy" alt=""></a><div class="blog-related-posts__content"><h3
class="blog-related-posts__title"><a class="blog-related-posts__title-link"
href="https://blog.bouquetly.com/rel-${i}">${t}</a></h3><p>${s}</p></div></article>`,
  )
  .join('\n')}
</div></div></div>
<div class="blog-subscribe content-wrapper"><h3>Get the Bouquetly newsletter</h3><p>Pricing, proposals and studio tips for florists, every other
Tuesday.</p><div
id="hs_form_target_subscribe"><form class="hs-form stacked" action="#"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label
for="email-9f1c">Email<span class="hs-form-required">*</span></label><div class="input"><input id="email-9f1c" name="email" type="email" class="hs-input"></div>
</div><div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large"
value="Subscribe"></div></div></form></div></div>
</div></main>
<footer class="footer"><div class="footer__container content-wrapper"><p>&copy; 2027 Bouquetly, Inc.</p><ul
class="footer__links">${links(['Privacy', 'Terms', 'Status'])}
</ul></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-not-indexable="true"><div
id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>This website stores cookies on your
computer. These cookies are used to improve your website experience and provide more personalized services to you.</p></div><div
id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button"
role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/4412345.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout683-hubspot-pricing-wedding-flowers',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map(([h]) => h),
  body: texts([...hIntro, ...hSecs.flatMap(([, p]) => p), ...rowTexts(hRows), ...hOutro]),
  bylines: ['Dana Whitcombe', 'Feb 16, 2027 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', ...hNav.filter((t) => t !== 'Customers'),
    'Start free trial', 'Pricing', 'Weddings', 'Related posts', ...hRel.flat(), 'Get the Bouquetly newsletter',
    'Pricing, proposals and studio tips for florists, every other Tuesday.', 'Email*', '© 2027 Bouquetly, Inc.', 'Privacy', 'Terms', 'Status',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ]),
};

export const HELDOUT683_E2: readonly TestPage[] = [hubspot];
