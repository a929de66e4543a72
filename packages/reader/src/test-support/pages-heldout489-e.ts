import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout489-kit.js';

/**
 * Held-out batch 489, file e: a pharmacist Q&A article in a pharmacy chain's health hub built with Next.js (App Router,
 * Tailwind, flight data in scripts), and a prescription-delivery announcement on a HubSpot CMS blog.
 */
const nTitle = 'Ask our pharmacist: is it safe to split my tablets?';
const nQA = [
  {
    q: 'My blood pressure tablets are quite big. Can I cut them in half to make them easier to swallow?',
    a: [
      j(
        'Sometimes, but not always. A tablet with a score line down the middle is usually designed to be split, and a tablet',
        'cutter from the pharmacy gives a cleaner break than a kitchen knife.',
      ),
      'Never split a tablet unless the leaflet says you can or your pharmacist has checked it first.',
    ],
  },
  {
    q: 'Which tablets should never be split or crushed?',
    a: ['Look out for these words on the box or leaflet:'],
    list: ['modified release, MR, SR, XL or “prolonged release”', 'gastro-resistant or enteric coated', 'tablets you put under your tongue or in your cheek'],
    after: j(
      'Splitting these can release the whole dose at once or let stomach acid destroy the medicine before it works. Some',
      'medicines, like certain cancer and hormone treatments, should not be handled broken at all.',
    ),
  },
  {
    q: 'What can I do if I really cannot swallow them?',
    a: [
      j(
        'Tell us. Many medicines come as a smaller tablet, a liquid or a soluble tablet, and we can ask your GP to switch your',
        'prescription. Taking tablets with a spoonful of yoghurt can also help, as long as the medicine can be taken with food.',
      ),
    ],
  },
];
type NQ = { q: string; a: string[]; list?: string[]; after?: string };
const nBody = (nQA as NQ[]).flatMap((x) => [...x.a, ...(x.list ?? []), ...(x.after ? [x.after] : [])]);
const nNav = ['Prescriptions', 'Health Hub', 'Pharmacy Services', 'Store Finder', 'Offers'];
const nHtml = `<!DOCTYPE html><html lang="en-GB" class="__variable_3a0388"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/7c1a9e2f3b.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-5a1b2c.js"/>
<script src="/_next/static/chunks/main-app-9f8e7d.js" async=""></script><title>${nTitle} | Greenbay Pharmacy Health Hub</title>
<meta name="description" content="Our pharmacists answer your questions about splitting and crushing tablets."/>
<link rel="canonical" href="https://www.greenbaypharmacy.co.uk/health-hub/ask-our-pharmacist/splitting-tablets"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${nQA[0]?.q}"}]}</script></head>
<body class="min-h-screen bg-white font-sans antialiased"><a href="#main" class="sr-only focus:not-sr-only">Skip to main content</a>
<div class="bg-emerald-800 text-white text-sm"><div class="mx-auto max-w-7xl px-4 py-2 flex justify-between"><p>Order your NHS prescriptions in our app</p>
<a href="/app" class="underline">Download the app</a></div></div>
<header class="sticky top-0 z-40 border-b bg-white"><div class="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3">
<a href="/" aria-label="Greenbay Pharmacy home">
<svg class="h-8 w-auto" viewBox="0 0 120 32" aria-hidden="true"><path d="M0 0h120v32H0z"/></svg></a><nav aria-label="Main" class="hidden lg:block">
<ul class="flex gap-6 text-sm font-medium">${links(nNav, 'hover:text-emerald-700')}</ul></nav><form role="search" class="ml-auto">
<label for="q" class="sr-only">Search
 Greenbay Pharmacy</label><input id="q" name="q" type="search" placeholder="Search products and advice" class="rounded-full border px-4 py-2"/></form>
<a href="/basket" class="relative"><span class="sr-only">Basket</span>
<span class="absolute -top-2 -right-2 rounded-full bg-emerald-700 px-1.5 text-xs text-white">0</span></a>
</div></header>
<main id="main" class="mx-auto max-w-3xl px-4 py-10"><nav aria-label="Breadcrumb" class="mb-6 text-sm text-gray-500"><ol class="flex gap-2">
<li><a href="/">Home</a></li><li aria-hidden="true">/</li><li><a href="/health-hub">Health Hub</a></li><li aria-hidden="true">/</li>
<li><a href="/health-hub/ask-our-pharmacist">Ask our pharmacist</a></li></ol></nav>
<article><header class="mb-8"><p class="text-xs font-semibold uppercase tracking-wider text-emerald-700">Ask our pharmacist</p>
<h1 class="mt-2 text-3xl font-bold tracking-tight text-gray-900 sm:text-4xl">${nTitle}</h1>
<div class="mt-4 flex items-center gap-3 text-sm text-gray-600"><img alt="" loading="lazy" width="40" height="40" class="rounded-full"
 src="/_next/image?url=%2Fpharmacists%2Fjoss.jpg&amp;w=96&amp;q=75"/><div><p class="font-medium text-gray-900">Answered by Joss Amankwah, MPharm</p>
<p>Medically reviewed <time dateTime="2026-01-22">22 January 2026</time></p></div></div></header>
<div class="prose prose-emerald max-w-none">
${(nQA as NQ[]).map((x) => `<h2>${x.q}</h2>${ps(x.a)}${x.list ? `<ul>${lis(x.list)}</ul>` : ''}${x.after ? `<p>${x.after}</p>` : ''}`).join('\n')}
</div>
<aside class="mt-10 rounded-lg border-l-4 border-amber-500 bg-amber-50 p-4 text-sm"><p>This article is for general information. Always read the leaflet that
 comes with your medicine and ask a pharmacist if you are unsure.</p></aside>
<div class="mt-8 flex gap-3 text-sm"><span class="font-medium">Share</span><a href="https://www.facebook.com/sharer/sharer.php">Facebook</a>
<a href="https://twitter.com/intent/tweet">X</a><a href="mailto:?subject=Splitting%20tablets">Email</a></div></article>
<section class="mt-12 border-t pt-8"><h2 class="text-xl font-semibold">More from Ask our pharmacist</h2><ul class="mt-4 grid gap-4 sm:grid-cols-2">
<li><a href="/health-hub/ask-our-pharmacist/grapefruit" class="block rounded-lg border p-4 hover:shadow">Why can’t I eat grapefruit with my statin?</a></li>
<li><a href="/health-hub/ask-our-pharmacist/expired-medicines" class="block rounded-lg border p-4 hover:shadow">Is it OK to use medicine past its date?</a></li>
</ul></section></main>
<footer class="bg-gray-900 text-gray-300"><div class="mx-auto max-w-7xl px-4 py-10 grid gap-8 sm:grid-cols-3"><div>
<h2 class="text-white font-semibold">Help</h2>
<ul>${links(['Contact us', 'Delivery information', 'Returns'])}</ul></div><div><h2 class="text-white font-semibold">About Greenbay</h2>
<ul>${links(['Our pharmacists', 'Careers', 'Modern slavery statement'])}</ul></div><div><p>Greenbay Pharmacy Ltd is registered with the General Pharmaceutical
 Council, registration 9011247.</p></div></div><p class="border-t border-gray-800 py-4 text-center text-xs">© 2026 Greenbay Pharmacy Ltd</p></footer>
<script src="/_next/static/chunks/app/health-hub/page-2b3c.js" async=""></script>
<script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([1,"1:HL[\\"/_next/static/css/7c1a9e2f3b.css\\",\\"style\\"]\\n"])</script>
<script>self.__next_f.push([1,"2:[\\"$\\",\\"h1\\",null,{\\"children\\":\\"${nTitle}\\"}]\\n"])</script></body></html>`;
const nextQa: TestPage = {
  name: 'heldout489-nextjs-pharmacist-qa',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nQA.map((x) => x.q),
  body: texts(nBody),
  bylines: ['Answered by Joss Amankwah, MPharm', 'Medically reviewed 22 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Order your NHS prescriptions in our app', 'Download the app', ...nNav, 'Search Greenbay Pharmacy', 'Basket', '0', 'Home',
    'This article is for general information. Always read the leaflet that comes with your medicine and ask a pharmacist if you are unsure.',
    'Share', 'Facebook', 'X', 'Email', 'More from Ask our pharmacist', 'Why can’t I eat grapefruit with my statin?', 'Is it OK to use medicine past its date?',
    'Contact us', 'Delivery information', 'Returns', 'About Greenbay', 'Our pharmacists', 'Careers', 'Modern slavery statement',
    'Greenbay Pharmacy Ltd is registered with the General Pharmaceutical Council, registration 9011247.', '© 2026 Greenbay Pharmacy Ltd',
  ],
};

const hTitle = 'We now deliver prescriptions to Calder Moor and Upper Hesket';
const hParas = [
  j(
    'From Monday 2 March, our free prescription delivery van will cover Calder Moor, Upper Hesket and the farms along the B6412.',
    'Until now, patients in these villages had to collect from the branch in Netherby or rely on a neighbour.',
  ),
  j(
    'Deliveries run every Tuesday and Friday between 10am and 4pm. The driver will ask for your name and address, and for',
    'controlled drugs, a signature. If nobody is home, we leave a card and bring the parcel back to the branch.',
  ),
  'To sign up, you need to:',
];
const hSteps = [
  'nominate Stonecroft Pharmacy Netherby as your pharmacy, if you have not already',
  'register for delivery on our website or by calling 01632 960598',
  'tell us about any safe place where we can leave non-fridge items',
];
const hQuote = j(
  '“A lot of our older patients in the hills were skipping doses because getting into town was so hard in winter. This should fix',
  'that.” – Priya Castellane, branch manager',
);
const hLast = 'Fridge items such as insulin are only delivered when someone is at home to take them in.';
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>${hTitle}</title><meta name="description" content="Free prescription delivery now covers Calder Moor.">
<link rel="shortcut icon" href="https://www.stonecroftpharmacy.co.uk/hubfs/favicon.png"><meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="https://www.stonecroftpharmacy.co.uk/hs-fs/hubfs/hub_generated/template_assets/1/8812/1709120044/template_main.min.css">
<meta property="og:type" content="article"><link rel="canonical" href="https://www.stonecroftpharmacy.co.uk/news/calder-moor-delivery">
<meta name="generator" content="HubSpot"><script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"datePublished":"2026-02-18","author":{"@type":"Person","name":"Stonecroft Pharmacy Team"}}</script></head>
<body class="   hs-content-id-1550293 hs-blog-post hs-blog-id-1188"><div class="body-wrapper   hs-content-id-1550293 hs-blog-post hs-blog-id-1188">
<div data-global-resource-path="stonecroft/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget
 hs_cos_wrapper_type_logo"><a href="/" id="hs-link-site_logo"><img src="/hubfs/stonecroft-logo.svg" alt="Stonecroft Pharmacy" class="hs-image-widget"></a>
</span></div>
<nav class="header__menu" aria-label="Main menu">
<span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_menu">
<ul role="menu" class="menu__wrapper no-list">
${links(['Our Branches', 'Services', 'Prescription Delivery', 'News', 'Contact'], 'hs-menu-item hs-menu-depth-1')}</ul>
</span></nav></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
 data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/news/author/stonecroft-pharmacy-team">Stonecroft Pharmacy Team</a>
<time datetime="2026-02-18 09:00:00" class="blog-post__timestamp">February 18, 2026</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
 data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps(hParas)}<ol>${lis(hSteps)}</ol>
<!--more--><blockquote><p>${hQuote}</p></blockquote><p>${hLast}</p>
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-5b1c"><span class="hs-cta-node hs-cta-5b1c" id="hs-cta-5b1c">
<a href="https://cta-redirect.hubspot.com/cta/redirect/8812/5b1c" class="cta_button">Register for delivery</a></span></span>
<!-- end HubSpot Call-to-Action Code --></p>
</span></div>
<div class="blog-post__tags"><svg class="icon" aria-hidden="true"></svg><a class="blog-post__tag-link" href="/news/tag/delivery">Delivery</a>,
<a class="blog-post__tag-link" href="/news/tag/branch-news">Branch news</a></div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list"><article class="blog-related-posts__post">
<h3 class="blog-related-posts__title"><a href="/news/netherby-opening-hours">Netherby branch extends Saturday opening</a></h3></article>
<article class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a href="/news/new-consultation-room">A new consultation room for private
 appointments</a></h3></article></div></section>
<div class="blog-comments"><span id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_comments">
<div class="section post-footer"><div id="comments-listing" class="new-comments"></div></div></span></div></div></div></main>
<div data-global-resource-path="stonecroft/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form"><h3 class="form-title">Get branch news by email</h3>
<form class="hs-form"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-a1b2"><span>Email</span>
<span class="hs-form-required">*</span></label><input id="email-a1b2" name="email" type="email" class="hs-input"></div>
<div class="hs_submit hs-submit"><input type="submit" value="Subscribe" class="hs-button primary large"></div></form></div>
<p>Stonecroft Pharmacy Ltd · 21 Market Place, Netherby NB6 2JD · GPhC 1204478</p><p>© 2026 Stonecroft Pharmacy. All rights reserved.</p></div></footer>
</div></div>
<div id="hs-eu-cookie-confirmation" class="can-use-gdpr" data-hs-banner-type="default"><div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-policy-wording">This website stores cookies on your computer. These cookies are used to improve
 your website experience.</p><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a><a id="hs-eu-decline-button" role="button" href="#">Decline</a>
</div></div></div>
<script src="/hs/hsstatic/content-cta/static-1.36/js/cta.js"></script><script>hbspt.cta.load(8812, '5b1c-44e2', {"useNewLoader":"true"});</script>
<script id="hs-script-loader" async defer src="/hs/scriptloader/8812.js"></script></body></html>`;
const hubspotPost: TestPage = {
  name: 'heldout489-hubspot-delivery-news',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: texts([...hParas, ...hSteps, hQuote, hLast]),
  bylines: ['Stonecroft Pharmacy Team', 'February 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Our Branches', 'Services', 'News', 'Contact', 'Branch news',
    'Related posts', 'Netherby branch extends Saturday opening', 'A new consultation room for private appointments', 'Get branch news by email', 'Email',
    'Stonecroft Pharmacy Ltd · 21 Market Place, Netherby NB6 2JD · GPhC 1204478', '© 2026 Stonecroft Pharmacy. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT489_E: readonly TestPage[] = [nextQa, hubspotPost];
