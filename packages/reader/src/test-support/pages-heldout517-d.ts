import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout517-kit.js';

/**
 * Held-out batch 517, file d: a mobile detailer's short ceramic coating service page on Webflow (pricing cards, testimonial,
 * CTA band), and a fleet servicing company's blog post on HubSpot CMS (topics, related posts, CTA, HubSpot cookie banner).
 */
const fTitle = 'Ceramic Coating';
const fDek = 'A hard, glossy layer that bonds to your paint, keeps it cleaner for longer and makes every wash quicker.';
const fP = [
  j(
    'Before any coating goes on, we wash, decontaminate and machine polish the paint to take out swirls, because the coating locks in',
    'whatever finish is underneath. Most cars take a full day; larger or darker cars can take two.',
  ),
  'We work from our unit in Halverton or at your home if you have a garage or covered driveway.',
];
const fCards = [
  { name: '1-Year Coating', price: '£349', note: 'Single-stage polish, one layer' },
  { name: '3-Year Coating', price: '£599', note: 'Two-stage polish, two layers, wheels coated' },
];
const fNav = ['Services', 'Gallery', 'About', 'Contact'];
const fHtml = `<!DOCTYPE html><!-- Last Published: Tue Apr 13 2027 09:12:44 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.polishedunion.co.uk" data-wf-page="6618c2e0a4f1b2c3d4e5f601" data-wf-site="6618c2e0a4f1b2c3d4e5f5ff" lang="en"><head><meta
charset="utf-8">
<title>Ceramic Coating | Polished Union Detailing</title><meta content="Ceramic paint protection in Halverton from £349." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/6618c2e0a4f1b2c3d4e5f5ff/css/polished-union.webflow.b1c2d3e4f.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand w--current"><img
src="https://assets-global.website-files.com/6618c2e0/logo.svg" loading="lazy" alt="" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="/contact" class="button nav-button w-button">Get a Quote</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero"><div class="w-layout-blockcontainer container w-container"><h1 class="heading-xl">${fTitle}</h1><p
class="paragraph-large">${fDek}</p></div></section>
<section class="section"><div class="w-layout-blockcontainer container w-container"><div class="rich-text w-richtext">${ps(fP)}</div>
<div class="w-layout-grid pricing-grid">${fCards
  .map(
    (c) => `<div class="pricing-card"><h3 class="pricing-title">${c.name}</h3><div
class="price">${c.price}</div><div class="pricing-note">${c.note}</div></div>`,
  )
  .join('\n')}</div></div></section>
<section class="section-testimonial"><div class="w-layout-blockcontainer container w-container"><div class="testimonial-card"><p class="testimonial-quote">“Six
months on and the rain still beads off like day one.”</p>
<div class="testimonial-name">Owen, Halverton</div></div></div></section>
<section class="section-cta"><div class="w-layout-blockcontainer container w-container"><h2 class="cta-heading">Ready to protect your paint?</h2>
<a href="/contact" class="button w-button">Get a Quote</a></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="footer-text">© 2027 Polished Union Detailing</div>
<a href="https://www.instagram.com/" class="footer-link w-inline-block">Instagram</a></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6618c2e0a4f1b2c3d4e5f5ff" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/6618c2e0a4f1b2c3d4e5f5ff/js/webflow.c0d1e2f3.js" type="text/javascript"></script></body></html>`;
const webflowCoating: TestPage = {
  name: 'heldout517-webflow-ceramic-coating',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fCards.map((c) => c.name),
  body: texts([fDek, ...fP, ...fCards.flatMap((c) => [c.price, c.note])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Get a Quote', '“Six months on and the rain still beads off like day one.”', 'Owen, Halverton', 'Ready to protect your paint?',
    '© 2027 Polished Union Detailing', 'Instagram',
  ],
};

const kTitle = 'DPF Regeneration: What Fleet Managers Need to Know';
const kP1 = [
  j(
    'Diesel particulate filter faults are now the single most common reason our fleet customers call us out to a van that will not',
    'drive properly. Last year they made up almost a fifth of our roadside jobs, and nearly all of them could have been avoided.',
  ),
  j(
    'The filter itself is not the problem. It does exactly what it was designed to do: trap soot from the exhaust. The trouble starts',
    'when the soot is never burnt off, and that comes down to how the vehicles are used.',
  ),
];
const kH = ['How regeneration works', 'Why fleet vans clog up', 'Five things you can do this month', 'When to call us'];
const kP2 = [
  j(
    'As soot builds up, the engine management raises the exhaust temperature to around 600 °C and burns it to ash. This is called',
    'active regeneration, and it needs the engine to run at a steady speed for 10 to 20 minutes, usually above 40 mph.',
  ),
  j(
    'If the regeneration keeps being interrupted, because the driver switches off at the next drop, the soot level keeps climbing.',
    'Eventually the warning light comes on and the van goes into limp mode to protect itself.',
  ),
];
const kP3 = [
  j(
    'Multi-drop work in towns is the worst case: dozens of short runs a day, lots of idling and hardly any time at motorway speed.',
    'We also see more blocked filters on vans that are under-serviced, because a worn injector or a sticking EGR valve makes more',
    'soot in the first place.',
  ),
];
const kList = [
  'Check your telematics for vans that never exceed 40 mph in a typical week.',
  'Swap those vans onto a longer route once a fortnight.',
  'Tell drivers not to switch off when the regeneration light or fan runs on after parking.',
  'Use low-ash (C-rated) engine oil; the wrong oil blocks filters faster.',
  'Keep to the service schedule, including fuel filters and EGR checks.',
];
const kQuote = j(
  'We changed three routes and put a note in the drivers’ handbook. Our DPF call-outs went from eleven in a quarter to one.',
  '– Transport manager, regional bakery fleet',
);
const kP4 = [
  j(
    'If a warning light is already on, a forced regeneration with diagnostic equipment often clears the filter in under an hour.',
    'Leave it too long and the filter may need to come off for cleaning or replacement, which costs far more and keeps the van off',
    'the road for a day or more.',
  ),
];
const kNav = ['Fleet servicing', 'Mobile repairs', 'Compliance', 'Resources', 'About'];
const kRelated = ['Walkaround checks: a template for your drivers', 'AdBlue faults explained', 'How often should vans be serviced?'];
const kTopics = ['Fleet maintenance', 'Diesel'];
const kHtml = `<!doctype html><html lang="en-gb"><head><meta charset="utf-8"><title>${kTitle}</title>
<meta name="description" content="Why fleet vans block their diesel particulate filters and what you can do about it.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article"><link rel="canonical"
href="https://www.calderlinefleet.co.uk/blog/dpf-regeneration">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<link rel="stylesheet" href="https://www.calderlinefleet.co.uk/hubfs/hub_generated/template_assets/1/128840212/1716201104119/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${kTitle}","datePublished":"2027-06-04T09:15:00Z",
"author":{"@type":"Person","name":"Priya Lund"}}</script><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-172839405 hs-blog-post hs-blog-id-128840210">
<div data-global-resource-path="calderline/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to
content</a>
<div class="header__container content-wrapper"><div class="header__logo"><span id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"
data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo"><img src="/hubfs/calderline-logo.svg" class="hs-image-widget"
alt="Calderline Fleet Services"></a></span></div>
<div class="header__menu"><nav class="menu menu--desktop" aria-label="Main menu"><ul
class="menu__wrapper no-list">${links(kNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__search"><div class="hs-search-field"><div class="hs-search-field__bar"><form action="/hs-search-results"><label
class="hs-search-field__label show-for-sr" for="search">Search</label>
<input type="text" class="hs-search-field__input" name="term" id="search" placeholder="Search"></form></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper"><article
class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${kTitle}</span></h1>
<div class="blog-post__meta"><a href="/blog/author/priya-lund">Priya Lund</a><time datetime="2027-06-04 09:15:00" class="blog-post__timestamp">Jun 4, 2027
9:15:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps(kP1)}
<!--more--><h2>${kH[0]}</h2>${ps(kP2)}
<h2>${kH[1]}</h2>${ps(kP3)}
<h2>${kH[2]}</h2><ol>${lis(kList)}</ol>
<blockquote><p>${kQuote}</p></blockquote>
<h2>${kH[3]}</h2>${ps(kP4)}
<p><span class="hs-cta-wrapper" id="hs-cta-wrapper-7c2d9e10"><span class="hs-cta-node hs-cta-7c2d9e10" id="hs-cta-7c2d9e10"><a
href="https://cta-redirect.hubspot.com/cta/redirect/1/7c2d9e10">
<img class="hs-cta-img" id="hs-cta-img-7c2d9e10" style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/1/7c2d9e10.png"
alt="Download our DPF driver card"></a></span></span></p>
</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="Tag1_layer"><path
d="M0 252.118V48C0 21.49 21.49 0 48 0"/></g></svg>
Topics: ${kTopics
  .map(
    (t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase().replace(/ /g, '-')}"
rel="tag">${t}</a>`,
  )
  .join(',\n')}</div></article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2>
${kRelated
  .map(
    (t, i) => `<div class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/blog/related-${i}"><img class="blog-related-posts__image"
src="/hubfs/rel-${i}.jpg" alt="" loading="lazy"></a>
<h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/related-${i}">${t}</a></h3></div>`,
  )
  .join('\n')}
</div></section></div></div></main>
<div data-global-resource-path="calderline/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="footer__form"><h3>Get fleet tips every month</h3><div class="hbspt-form" id="hbspt-form-2c9a"><form novalidate
class="hs-form stacked hs-form-private">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label id="label-email-2c9a" for="email-2c9a"><span>Work email</span><span
class="hs-form-required">*</span></label>
<div class="input"><input id="email-2c9a" name="email" required placeholder="" type="email" class="hs-input" inputmode="email" autocomplete="email"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div>
<p class="footer__copyright">© 2027 Calderline Fleet Services Ltd. Unit 9, Brookway Park, Elsborough EB2 6TF.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner"
data-hs-tracking-enabled="false"><div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience and provide more
personalized services to you.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group"><a href="javascript:void(0);" id="hs-eu-confirmation-button"
role="button">Accept</a>
<a href="javascript:void(0);" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/1234567.js"></script></body></html>`;
const hubspotBlog: TestPage = {
  name: 'heldout517-hubspot-dpf-fleet',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kH,
  body: texts([...kP1, ...kP2, ...kP3, ...kList, kQuote, ...kP4]),
  bylines: ['Priya Lund', 'Jun 4, 2027 9:15:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...kNav, 'Search', 'Topics:', ...kTopics.filter((t) => t !== 'Diesel'),
    'Related posts', ...kRelated, 'Get fleet tips every month', 'Work email*',
    '© 2027 Calderline Fleet Services Ltd. Unit 9, Brookway Park, Elsborough EB2 6TF.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT517_D: readonly TestPage[] = [webflowCoating, hubspotBlog];
