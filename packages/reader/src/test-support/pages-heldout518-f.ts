import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout518-kit.js';

/**
 * Held-out batch 518, file f: a letterpress studio's news post on Hugo (Ananke theme, cover header repeating the title, table
 * of contents aside), and a sign maker's blog post on HubSpot CMS (search, CTA embed, tags, related posts, cookie banner).
 */
const hTitle = 'The platen press is back in action';
const hBody: readonly (readonly [string, string])[] = [
  [
    'p',
    j(
      'After four months in pieces on the workshop floor, our 1962 platen press printed its first job on Tuesday: a run of 200',
      'wedding menus on heavy cotton card. It has never sounded better.',
    ),
  ],
  ['h2', 'What went wrong'],
  [
    'p',
    j(
      'In September the main gear started slipping under load, which on a press this old usually means a worn key rather than a',
      'broken gear. In our case it was both. A new gear had to be cut from the original drawings, which a retired engineer in',
      'Thorncombe kindly traced for us from a parts book.',
    ),
  ],
  ['h2', 'What we did while it was away'],
  [
    'p',
    j(
      'The smaller tabletop press carried on with business cards and gift tags, and we sent two larger jobs to friends at a studio in',
      'the next valley. Thank you to everyone who waited patiently for their invitations.',
    ),
  ],
  ['h2', 'What it means for you'],
  ['li', 'Our turnaround for invitations is back to three weeks from proof approval.'],
  ['li', 'Card up to 700 gsm and sheets up to A4 can be printed again.'],
  ['li', 'Deep impression is available on all stationery orders.'],
  ['p', 'We are also opening four places on our beginners’ day on 6 March. Booking is on the workshops page.'],
];
const hHtmlBody = hBody
  .map(([t, s], i) => {
    const open = t === 'li' && hBody[i - 1]?.[0] !== 'li' ? '<ul>' : '';
    const close = t === 'li' && hBody[i + 1]?.[0] !== 'li' ? '</ul>' : '';
    const id = t === 'h2' ? ` id="${s.toLowerCase().replace(/ /g, '-')}"` : '';
    return `${open}<${t}${id}>${s}</${t}>${close}`;
  })
  .join('\n');
const hHeads = hBody.filter(([t]) => t === 'h2').map(([, s]) => s);
const hNav = ['About', 'Shop', 'Workshops', 'News'];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>${hTitle} | Fieldfare Letterpress</title><meta name="viewport" content="width=device-width,minimum-scale=1">
<meta name="description" content="Four months, one new gear and a lot of patience."><meta name="generator" content="Hugo 0.121.1">
<meta name="robots" content="index, follow"><link rel="stylesheet" href="/ananke/css/main.min.css">
<link rel="canonical" href="https://fieldfareletterpress.co.uk/news/platen-press-back/"><meta property="og:title" content="${hTitle}">
<meta property="og:type" content="article"><meta property="article:section" content="news">
<meta property="article:published_time" content="2027-01-22T09:00:00+00:00">
<meta itemprop="name" content="${hTitle}"><meta itemprop="wordCount" content="312"></head>
<body class="ma0 avenir bg-near-white production">
<header class="cover bg-top" style="background-image: url('/news/platen-press-back/press.jpg');"><div class="bg-black-60">
<nav class="pv3 ph3 ph4-ns" role="navigation"><div class="flex-l justify-between items-center center">
<a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Fieldfare Letterpress</a><div class="flex-l items-center"><ul class="pl0 mr3">
${hNav
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/${t.toLowerCase()}/" title="${t} page">${t}</a>
</li>`,
  )
  .join('\n')}
</ul><div class="ananke-socials"><a href="https://www.instagram.com/fieldfarepress" target="_blank" rel="noopener"
class="instagram ananke-social-link link-transition
link dib z-999 pt3 pt0-l mr1" title="Instagram link" aria-label="follow on Instagram——Opens in a new window"><span class="icon">
<svg style="enable-background:new 0 0 67 67;"
viewBox="0 0 67 67"></svg></span></a></div></div></div></nav>
<div class="tc-l pv6 ph3 ph4-ns"><div class="f2 f1-l fw2 white-90 mb0 lh-title">${hTitle}</div></div></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignore left-0 w-100 pt4" aria-label="Table of contents and share"><p class="f6 b helvetica tracked">NEWS</p>
<div id="sharing" class="mt3 ananke-socials"><a href="https://www.facebook.com/sharer.php?u=https://fieldfareletterpress.co.uk/news/platen-press-back/"
class="ananke-social-link facebook no-underline" aria-label="share on Facebook"><span class="icon"><svg viewBox="0 0 32 32"></svg></span></a></div></aside>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1><p class="tracked">By <strong>Wren Ashby</strong></p>
<time class="f6 mv4 dib tracked" datetime="2027-01-22T09:00:00Z">January 22, 2027</time>
<span class="f6 mv4 dib tracked"> - 2 minutes read</span><span class="f6 mv4 dib tracked"> - 312 words</span></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">
${hHtmlBody}
<ul class="pa0"></ul><div class="mt6 instapaper_ignore"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p class="f5 b mb3">What's in this post</p>
<nav id="TableOfContents"><ul>${hHeads.map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('\n')}</ul></nav></div></aside>
</article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between">
<a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3"
href="https://fieldfareletterpress.co.uk/">&copy; Fieldfare Letterpress 2027</a><div></div></div></footer></body></html>`;
const hugo: TestPage = {
  name: 'heldout518-hugo-ananke-press-repair',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts(hBody.filter(([t]) => t !== 'h2').map(([, s]) => s)),
  bylines: ['By Wren Ashby', 'January 22, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fieldfare Letterpress', ...hNav, '- 2 minutes read', '- 312 words', "What's in this post",
    '© Fieldfare Letterpress 2027',
  ],
};

const kTitle = 'How Long Does a Vehicle Wrap Last?';
const kIntro = [
  j(
    'It is the first question most fleet managers ask us, and the honest answer is somewhere between three and seven years. Where',
    'your wrap lands in that range depends on three things: the film, the fitting and how the vehicle is looked after.',
  ),
];
const kFilm = [
  j(
    'Cast vinyl is made by pouring the film in a thin liquid layer, so it has no memory of being stretched. It follows deep curves',
    'and recesses without shrinking back, and a good cast film with a matching laminate will last five to seven years.',
  ),
  j(
    'Calendered vinyl is rolled out under pressure. It is cheaper and perfectly good on flat panels such as box vans, but on curves',
    'it slowly pulls back and can lift at the edges within two or three years.',
  ),
];
const kFit = [
  j(
    'A wrap is only as good as the preparation underneath it. Every vehicle we wrap is washed, clayed and wiped with solvent before',
    'the film goes on, and we post-heat every edge and recess so the adhesive sets in its stretched shape.',
  ),
];
const kCare = [
  'Hand wash where you can, and keep pressure washers at least 30 cm from the film',
  'Avoid automatic brushes for the first month',
  'Park in the shade or under cover when possible, as sun is the biggest cause of fading',
  'Remove fuel spills and bird droppings straight away',
];
const kEnd = j(
  'Horizontal surfaces such as bonnets and roofs take the most sun and usually show their age first. Many of our fleet customers',
  'replace just those panels at the four-year mark and get another few years from the rest of the wrap.',
);
const kHeads = ['Cast or calendered film', 'Fitting matters more than you think', 'Looking after your wrap'];
const kNav = ['Vehicle Graphics', 'Shop Signs', 'Window Graphics', 'Case Studies', 'Blog', 'Contact'];
const kRel: readonly (readonly [string, string])[] = [
  ['Wrap or Paint: Which Is Right for Your Van?', 'We compare cost, finish and resale value over five years.'],
  ['Five Things to Check Before You Order Fleet Graphics', 'From registration plates to ladder racks, the details that matter.'],
];
const kFootLinks = ['Privacy Policy', 'Cookie Policy', 'Terms'];
const hs = (id: string, type: string, inner: string): string =>
  `<span id="hs_cos_wrapper_${id}" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_${type}" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="${type}">${inner}</span>`;
const kHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${kTitle}</title><link rel="shortcut icon" href="https://www.kestrelsigns.co.uk/hubfs/favicon.png">
<meta name="description" content="Cast or calendered film, fitting and aftercare: what decides how long a van wrap lasts.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script><meta property="og:description" content="Cast or calendered film, fitting and aftercare.">
<meta property="og:title" content="${kTitle}"><meta name="twitter:card" content="summary_large_image"><meta property="og:type" content="article">
<link rel="stylesheet" href="https://www.kestrelsigns.co.uk/hubfs/hub_generated/template_assets/1/98765432101/1706000000000/template_main.min.css">
<style>a.cta_button{-moz-box-sizing:content-box !important;-webkit-box-sizing:content-box !important;box-sizing:content-box !important;v
ertical-align:middle}</style>
<link rel="canonical" href="https://www.kestrelsigns.co.uk/blog/how-long-does-a-vehicle-wrap-last">
<meta property="og:url" content="https://www.kestrelsigns.co.uk/blog/how-long">
<meta name="twitter:card" content="summary"><meta http-equiv="content-language" content="en"></head>
<body><div class="body-wrapper   hs-content-id-154398221 hs-blog-post hs-blog-id-101112"><div data-global-resource-path="theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><a href="https://www.kestrelsigns.co.uk" id="hs-link-site_logo_hs_logo_widget"
style="border-width:0px;border:0px;"><img src="https://www.kestrelsigns.co.uk/hubfs/kestrel-logo.svg" class="hs-image-widget" alt="Kestrel Signs"></a></span>
</div>
<div class="header__column"><div class="header__row-1"><div class="header__search header--element"><div class="hs-search-field">
<div class="hs-search-field__bar">
<form data-hs-do-not-collect="true" action="/hs-search-results"><label class="show-for-sr" for="site-search">Search</label><input type="text" id="site-search"
class="hs-search-field__input" name="term" autocomplete="off" aria-label="Search" placeholder="Search"><input type="hidden" name="type" value="BLOG_POST">
<button class="hs-search-field__button" aria-label="Search"><svg></svg></button></form></div></div></div></div><div class="header__row-2">
<div class="header__menu header--element"><nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">
${links(kNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post">
<h1>${hs('name', 'text', kTitle)}</h1><div class="blog-post__meta"><a href="https://www.kestrelsigns.co.uk/blog/author/nadia-ferris">Nadia Ferris</a>
<time datetime="2027-01-27 10:00:00" class="blog-post__timestamp">January 27, 2027</time></div>
<div class="blog-post__body">${hs(
  'post_body',
  'rich_text',
  `${ps(kIntro)}<!--more-->
<h2>${kHeads[0]}</h2>${ps(kFilm)}
<h2>${kHeads[1]}</h2>${ps(kFit)}
<p><img src="https://www.kestrelsigns.co.uk/hs-fs/hubfs/van-wrap.jpg?width=800&amp;name=van-wrap.jpg" alt="Fitter post-heating a wrap" width="800"
loading="lazy"
style="width: 800px; margin-left: auto; margin-right: auto; display: block;"></p>
<h2>${kHeads[2]}</h2><ul>${lis(kCare)}</ul>
<p>${kEnd}</p>
<div class="hs-cta-embed hs-cta-simple-placeholder hs-cta-embed-140312" style="max-width:100%; max-height:100%; width:300px;height:60px"
data-hubspot-wrapper-cta-id="140312">
<a href="https://cta-service-cms2.hubspot.com/web-interactives/public/v1/track/redirect?encryptedPayload=AVxigLK" target="_blank" rel="noopener">
<img alt="Get a fleet wrap quote" loading="lazy" src="https://hubspot-no-cache-eu1-prod.s3.amazonaws.com/cta/default/140312.png"></a></div>`,
)}</div>
<div class="blog-post__tags"><svg class="blog-post__tags-icon"></svg>
<a class="blog-post__tag-link" href="https://www.kestrelsigns.co.uk/blog/tag/fleet">Fleet</a>
<a class="blog-post__tag-link" href="https://www.kestrelsigns.co.uk/blog/tag/aftercare">Aftercare</a></div></article>
<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<div class="section post-footer">
<div id="comments-listing" class="new-comments"></div><div id="hs_form_target_module_blog_comments"></div></div></div></section></div></div>
<div class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${kRel
  .map(
    ([t, e], i) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><a class="blog-related-posts__image-link" href="/blog/r${i}">
<img class="blog-related-posts__image" src="/hubfs/r${i}.jpg" loading="lazy" alt=""></a><div class="blog-related-posts__content">
<h3 class="blog-related-posts__title">
<a class="blog-related-posts__title-link" href="/blog/r${i}">${t}</a></h3><p>${e}</p></div></article>`,
  )
  .join('\n')}</div></div></div></main>
<div data-global-resource-path="theme/templates/partials/footer.html"><footer class="footer"><div class="container-fluid footer__container content-wrapper">
<div class="row-fluid-wrapper"><div class="row-fluid"><div class="span12 widget-span widget-type-cell">
<p>Kestrel Signs Ltd, 7 Harrier Park, Oldbridge OB4 9TT</p>
<ul class="footer__links">${links(kFootLinks)}</ul><p>© 2027 Kestrel Signs Ltd</p></div></div></div></div></footer></div></div>
<script src="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.js"></script>
<!-- Start of HubSpot Analytics Code --><script type="text/javascript">var _hsq = _hsq || [];_hsq.push(["setContentType", "blog-post"]);
_hsq.push(["setCanonicalUrl", "https:\\/\\/www.kestrelsigns.co.uk\\/blog\\/how-long-does-a-vehicle-wrap-last"]);_hsq.push(["setPageId", "154398221"]);</script>
<!-- End of HubSpot Analytics Code -->
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-cookie-banner="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your
website experience and provide more personalised services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group"><a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="javascript:void(0);" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div></body></html>`;
const hubspot: TestPage = {
  name: 'heldout518-hubspot-vehicle-wrap',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kHeads,
  body: texts([...kIntro, ...kFilm, ...kFit, ...kCare, kEnd]),
  bylines: ['Nadia Ferris', 'January 27, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', ...kNav, 'Fleet', 'Aftercare', 'Related posts', ...kRel.flatMap(([t, e]) => [t, e]),
    'Kestrel Signs Ltd, 7 Harrier Park, Oldbridge OB4 9TT', ...kFootLinks, '© 2027 Kestrel Signs Ltd',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT518_F: readonly TestPage[] = [hugo, hubspot];
