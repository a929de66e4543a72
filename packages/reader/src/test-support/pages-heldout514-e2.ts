import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout514-kit.js';

/**
 * Held-out batch 514, file e2: a reuse charity's impact post on Webflow (Relume-style classes, related posts, newsletter form).
 */

const fTitle = 'Where 212 tonnes of your donations went last year';
const fB = [
  j(
    'Every year we weigh what comes in through the back doors of our nine shops and follow it to wherever it ends up. It is the',
    'only honest way to answer the question people ask us most: does my donation actually get used?',
  ),
  'In 2026 you gave us 212 tonnes of stuff. Here is what happened to it.',
  'Most of it was sold in our shops',
  j(
    'Just under two thirds, 137 tonnes, was sold on our shop floors. Clothing was the biggest share by weight, followed by',
    'furniture and then books. The average item sold for £3.40, and the shops together took £1.21 million.',
  ),
  'Some went online or to specialists',
  j(
    'Another 19 tonnes went through our online shop or was sold to specialist dealers: vintage clothing, records, antique tools',
    'and a steady trade in old sewing patterns that surprised everyone.',
  ),
  'The rest was recycled, not thrown away',
  j(
    'Clothing and textiles we could not sell, 41 tonnes of it, went to a textile merchant who grades it for reuse overseas or for',
    'fibre recycling. Scrap metal, cardboard and broken electricals went to local recyclers. Only 6 tonnes, less than 3 per cent,',
    'went to general waste, mostly broken furniture and things that should never have been donated.',
  ),
  'How you can help us do better',
  'Check the list of things we cannot sell before you donate.',
  'Bring donations during opening hours rather than leaving them at the door.',
  'Ask us about collections for large furniture rather than taking it to the tip.',
  j('Our target for 2027 is to get general waste under 4 tonnes. With your help, and with the new sorting hub at Keld Road, we', 'think we can do it.'),
];
const fHeads = [2, 4, 6, 8];
const fCap = 'Volunteers weighing bags at the Keld Road sorting hub.';
const fNav = ['Our shops', 'Donate', 'Volunteer', 'Blog', 'About'];
const fRel = [
  ['Impact', 'Meet the sorting hub team', '4 min read'],
  ['Donations', 'Ten things we wish you would not donate', '3 min read'],
];
const fFoot = ['Our shops', 'Careers', 'Privacy policy', 'Cookie settings'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Wed Jan 13 2027 10:04:51 GMT+0000 -->
<html data-wf-domain="www.reloved.org.uk" data-wf-page="65f2a1c0b7e4d3" data-wf-site="65e9d01f2c" lang="en" data-wf-collection="65f2a1c0b7e4f1"
data-wf-item-slug="where-212-tonnes-went">
<head><meta charset="utf-8"><title>Where 212 tonnes of your donations went last year | ReLoved</title>
<meta content="In 2026 you gave us 212 tonnes of stuff." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/65e9d01f2c/css/reloved.webflow.shared.4b1d2e.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&
(n.className+=t+"touch")}(window,document);</script></head>
<body><div class="page-wrapper"><div class="global-styles w-embed"><style>.w-richtext figure{max-width:100%}body{-webkit-font-smoothing:antialiased}</style>
</div>
<div data-animation="default" class="navbar_component w-nav" data-easing2="ease" data-easing="ease" data-collapse="medium" role="banner" data-duration="400">
<div class="navbar_container"><a href="/" class="navbar_logo-link w-nav-brand">
<img src="https://cdn.prod.website-files.com/65e9d01f2c/logo.svg" loading="lazy" alt="ReLoved"
class="navbar_logo"></a><nav role="navigation" class="navbar_menu is-page-height-tablet w-nav-menu"><div class="navbar_menu-links">${fNav
  .slice(0, 4)
  .map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="navbar_link w-nav-link">${t}</a>`)
  .join('')}</div><div class="navbar_menu-buttons"><a href="/about" class="button is-secondary is-small w-button">${fNav[4]}</a>
<a href="/give" class="button is-small w-button">Give money</a></div></nav><div class="navbar_menu-button w-nav-button"><div class="menu-icon1">
<div class="menu-icon1_line-top">
</div><div class="menu-icon1_line-middle"><div class="menu-icon1_line-middle-inner"></div></div><div class="menu-icon1_line-bottom"></div></div></div></div>
</div>
<main class="main-wrapper"><header class="section_blog-post-header"><div class="padding-global"><div class="container-small">
<div class="padding-section-medium">
<div class="blog-post-header_component"><div class="blog-post-header_title-wrapper"><div class="breadcrumb_component">
<a href="/blog" class="breadcrumb-link w-inline-block">
<div>Blog</div></a><div class="breadcrumb-divider w-embed"><svg width="16" height="16" viewBox="0 0 16 16" fill="none"></svg></div>
<a href="/blog-categories/impact" class="breadcrumb-link w-inline-block"><div>Impact</div></a></div><h1 class="heading-style-h2">${fTitle}</h1></div>
<div class="blog-post-header_content-top"><div class="blog-post-header_author-wrapper"><div class="blog-post-header_author-image-wrapper">
<img src="https://cdn.prod.website-files.com/65e9d01f2c/femi.jpg" loading="lazy" alt="" class="blog-post-header_author-image"></div>
<div class="blog-post-header_author-text">
<div class="text-weight-semibold">Femi Adeyemi</div><div class="blog-post-header_date-wrapper"><div class="text-size-small">12 Jan 2027</div>
<div class="text-size-small
blog-post-header_text-divider">•</div><div class="text-size-small">5 min read</div></div></div></div></div>
<div class="blog-post-header_image-wrapper">
<img src="https://cdn.prod.website-files.com/65e9d01f2c/hub.jpg" loading="eager" alt="" class="blog-post-header_image"></div>
</div></div></div></div></header>
<section class="section_blog-post-content"><div class="padding-global"><div class="container-small"><div class="padding-section-medium">
<div class="blog-post_content-wrapper">
<div class="text-rich-text w-richtext">${ps(fB.slice(0, 2))}<h2>${fB[2]}</h2>${ps([fB[3] ?? ''])}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://cdn.prod.website-files.com/65e9d01f2c/weighing.jpg" loading="lazy" alt=""></div>
<figcaption>${fCap}</figcaption></figure><h2>${fB[4]}</h2>${ps([fB[5] ?? ''])}<h2>${fB[6]}</h2>${ps([fB[7] ?? ''])}
<h2>${fB[8]}</h2><ul role="list">${lis(fB.slice(9, 12))}</ul>${ps([fB[12] ?? ''])}</div>
<div class="blog-post_share-wrapper"><div class="text-size-medium text-weight-semibold">Share this post</div><div class="blog-post_share">${[
  'LinkedIn',
  'Facebook',
  'X',
]
  .map(
    (t) =>
      `<a href="#" aria-label="${t}" class="blog-post_social-link w-inline-block"><div class="icon-embed-xsmall w-embed"><svg viewBox="0 0 24 24"></svg></div>
</a>`,
  )
  .join('')}</div><div class="w-layout-grid blog-post_tag-list"><a href="/blog-categories/impact" class="tag is-text w-inline-block"><div>Recycling</div></a>
<a href="/blog-categories/donations" class="tag is-text w-inline-block"><div>Annual report</div></a></div></div></div></div></div></div></section>
<section class="section_blog-related"><div class="padding-global"><div class="container-large"><div class="padding-section-large">
<div class="blog-related_component">
<div class="margin-bottom margin-xxlarge"><h2>Related posts</h2></div><div class="blog-related_list-wrapper w-dyn-list">
<div role="list" class="blog-related_list w-dyn-items">
${fRel
  .map(
    (r) => `<div role="listitem" class="blog-related_item w-dyn-item"><a href="/blog/" class="blog-related_image-link w-inline-block">
<img src="" loading="lazy" alt=""
class="blog-related_image"></a><a href="/blog-categories/" class="blog-related_category-link w-inline-block">
<div class="text-size-small text-weight-semibold">${r[0]}</div></a>
<a href="/blog/" class="blog-related_title-link w-inline-block"><h3 class="heading-style-h5">${r[1]}</h3></a><div class="text-size-small">${r[2]}</div></div>`,
  )
  .join('\n')}
</div></div></div></div></div></div></section>
<section class="section_newsletter"><div class="padding-global"><div class="container-large"><div class="newsletter_component">
<h2 class="heading-style-h4">Get the
ReLoved letter</h2><p>One email a month about what we sold, saved and spent.</p><div class="newsletter_form-block w-form">
<form id="wf-form-Newsletter" name="wf-form-Newsletter"
data-name="Newsletter" method="get" class="newsletter_form">
<input class="form_input w-input" maxlength="256" name="Email" placeholder="Enter your email" type="email" required>
<input type="submit" data-wait="Please wait..." class="button w-button" value="Sign up"></form>
<div class="success-message w-form-done" tabindex="-1" role="region"
aria-label="Newsletter success"><div>Thank you! Your submission has been received!</div></div><div class="error-message w-form-fail" tabindex="-1" role="region"
aria-label="Newsletter failure"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></div></div></section></main>
<footer class="footer_component"><div class="padding-global"><div class="container-large"><div class="footer_link-list">${fFoot
  .map((t) => `<a href="/" class="footer_link">${t}</a>`)
  .join('')}</div><div class="footer_credit-text">© 2027 ReLoved. Registered charity 1160487.</div></div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65e9d01f2c" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.com/65e9d01f2c/js/webflow.a2c91e.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout514-webflow-reloved-impact-post',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fHeads.map((i) => fB[i] ?? ''),
  body: texts(fB.filter((_, i) => !fHeads.includes(i))),
  bylines: ['Femi Adeyemi', '12 Jan 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Volunteer', 'Blog', 'Give money', 'Impact', '5 min read', fCap, 'Share this post', 'Annual report', 'Related posts', 'Meet the sorting hub team',
    '4 min read',
    'Ten things we wish you would not donate', '3 min read',
    'Get the ReLoved letter', 'One email a month about what we sold, saved and spent.', 'Thank you! Your submission has been received!',
    'Oops! Something went wrong while submitting the form.', 'Careers', 'Privacy policy', 'Cookie settings', '© 2027 ReLoved. Registered charity 1160487.',
  ],
};

export const HELDOUT514_E2: readonly TestPage[] = [webflow];
