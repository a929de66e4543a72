import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis } from './pages-heldout623-kit.js';

/**
 * Held-out batch 623, file e: a whisky distillery's visitor-centre page on Next.js (CSS-module class names, tour cards with
 * "Book now" buttons, a details/summary FAQ, __NEXT_DATA__), and a distillery news post on HubSpot CMS (blog template, CTA, tags).
 */
const nTitle = 'Visit the Distillery';
const nDek = 'Tours, tastings and a café on the banks of the Elwy Water, open all year except Christmas week.';
const nIntro = j(
  'Glenvarrow has made whisky at the foot of Carn Dubh since 1887. Our visitor centre sits in the old maltings, and every tour',
  'starts there and walks through the mash house, the tun room and the still house before finishing in the warehouse.',
);
type Tour = { name: string; text: string; facts: string };
const nTours: Tour[] = [
  {
    name: 'The Classic Tour',
    text: 'A guided walk through the whole distillery with a dram of our 12 year old at the end.',
    facts: '1 hour · £18 · daily, every hour from 10am',
  },
  {
    name: 'Warehouse Tasting',
    text: 'Sit among the casks in Warehouse No. 3 and taste four whiskies drawn straight from the cask with one of our warehousemen.',
    facts: '1 hour 30 minutes · £45 · Thursday to Sunday, 2pm',
  },
  {
    name: 'Distiller for a Day',
    text: 'Work alongside the production team from mashing to filling, then fill and label your own bottle to take home.',
    facts: '7 hours · £250 · selected Mondays, lunch included',
  },
];
const nFaqH = 'Frequently asked questions';
const nFaq = [
  'Can children come on the tours?',
  'Children aged 8 and over are welcome on the Classic Tour and get a glass of our own apple juice instead of a dram.',
  'Is the distillery accessible?',
  'The visitor centre, café and shop are step-free. Parts of the still house are reached by stairs; please call us and we will adapt the route.',
  'I am driving. Can I still taste?',
  'Yes. Drivers get their drams in small sample bottles to enjoy at home.',
];
const nNav = ['Our Whisky', 'Visit', 'Shop', 'Cask Programme', 'Stories'];
const nFoot = ['Contact', 'Careers', 'Trade', 'Privacy Notice', 'Cookie Settings', 'Terms of Use'];
const tourCard = (t: Tour, i: number): string => `<li class="TourCard_card__p8Lq2"><div class="TourCard_image__x2K9d"><img alt="" loading="lazy"
width="640" height="420" decoding="async" data-nimg="1" src="/_next/image?url=%2Fimages%2Ftour-${i}.jpg&amp;w=1080&amp;q=75"></div>
<div class="TourCard_body__wD3jQ"><h3 class="TourCard_title__Jk0Qe">${t.name}</h3><p class="TourCard_text__aR7mL">${t.text}</p>
<p class="TourCard_facts__uZ0vB">${t.facts}</p><a class="Button_button__hK7pG Button_primary__s9LqT" href="/visit/book?tour=${i}">Book now</a></div></li>`;
const faqItem = (q: string, a: string): string => `<details class="Faq_item__Vb2Rm"><summary class="Faq_question__c5QdT">${q}</summary>
<div class="Faq_answer__M8uXa"><p>${a}</p></div></details>`;
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="preload" as="font" href="/_next/static/media/a34f9d1faa5f3315-s.p.woff2" crossorigin="" type="font/woff2"/>
<link rel="stylesheet" href="/_next/static/css/7b1c3e0f0a2d9c41.css" data-precedence="next"/><title>Visit the Distillery | Glenvarrow</title>
<meta name="description" content="${nDek}"/><meta property="og:title" content="Visit the Distillery | Glenvarrow"/>
<script src="/_next/static/chunks/polyfills-42372ed130431b0a.js" noModule=""></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TouristAttraction","name":"Glenvarrow Distillery",
"isAccessibleForFree":false}</script>
</head><body class="__className_2a9f1c"><div id="__next"><a class="SkipLink_skip__Zk2pQ" href="#main">Skip to main content</a>
<div class="AgeBanner_banner__u1KxW" role="note"><p>Please enjoy Glenvarrow responsibly. For the facts visit drinkaware.co.uk</p></div>
<header class="Header_header__9dHs2"><div class="Header_inner__Lm3Tq"><a class="Header_logo__r0W5e" href="/"><svg aria-hidden="true" viewBox="0 0 140 40"></svg>
<span class="sr-only">Glenvarrow home</span></a><nav class="Header_nav__eQ4Bn" aria-label="Main"><ul>${links(nNav, 'Header_item__k2VdA')}</ul></nav>
<button class="Header_search__pT6cN" type="button" aria-label="Open search"></button><a class="Header_basket__W7gYc" href="/basket">Basket (0)</a>
</div></header>
<main id="main" class="Page_main__bV6yS"><section class="Hero_hero__Qz4dF"><div class="Hero_content__u8KpA"><p class="Hero_eyebrow__F2cNx">Plan your visit</p>
<h1 class="Hero_title__o3XeL">${nTitle}</h1><p class="Hero_lede__Yh1Zr">${nDek}</p></div></section>
<section class="RichText_section__n1WqE"><div class="RichText_body__P0aZs"><p>${nIntro}</p></div></section>
<section class="Tours_section__Gx5Rb" aria-labelledby="tours-heading"><h2 id="tours-heading" class="Tours_heading__h4VtM">Choose your tour</h2>
<ul class="Tours_grid__T1sYe">${nTours.map(tourCard).join('\n')}</ul></section>
<section class="Faq_section__bR2pL"><h2 class="Faq_heading__yD9sE">${nFaqH}</h2>
${[0, 2, 4].map((i) => faqItem(nFaq[i] ?? '', nFaq[i + 1] ?? '')).join('\n')}</section>
<section class="Promo_promo__Kf6cA"><h2 class="Promo_title__q7Hbn">Gift a tour</h2><p>Tour vouchers are valid for a year and arrive by email.</p>
<a class="Button_button__hK7pG Button_secondary__d2LqN" href="/shop/vouchers">Buy a voucher</a></section></main>
<footer class="Footer_footer__zP8rT"><div class="Footer_cols__c4NmE"><div><h2 class="Footer_heading__vR1sQ">Glenvarrow Distillery</h2>
<address>Elwy Bridge, Strathvarrow, PH26 9QX</address><p>Visitor centre open daily 10am–5pm</p></div>
<nav aria-label="Footer"><ul>${links(nFoot, 'Footer_link__gT9kW')}</ul></nav></div>
<p class="Footer_legal__X3mJb">© 2026 Glenvarrow Distillers Ltd. Registered in Scotland No. SC219004.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"slug":"visit","title":"${nTitle}","tours":3}}},"page":"/[slug]",
"query":{"slug":"visit"},"buildId":"q8c1Zk3mVx7HfR2aT0bLn","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const next: TestPage = {
  name: 'heldout623-nextjs-distillery-visit',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Choose your tour', ...nTours.map((t) => t.name), nFaqH],
  body: texts([nDek, nIntro, ...nTours.flatMap((t) => [t.text, t.facts]), ...nFaq]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Please enjoy Glenvarrow responsibly. For the facts visit drinkaware.co.uk', 'Glenvarrow home', ...nNav, 'Basket (0)',
    'Plan your visit', 'Book now', 'Gift a tour', 'Tour vouchers are valid for a year and arrive by email.', 'Buy a voucher', 'Glenvarrow Distillery',
    'Elwy Bridge, Strathvarrow, PH26 9QX', 'Visitor centre open daily 10am–5pm', ...nFoot,
    '© 2026 Glenvarrow Distillers Ltd. Registered in Scotland No. SC219004.',
  ],
};

const hTitle = 'Ironvale Distilling opens a second still house to meet demand for its apple brandy';
const hBody = [
  j(
    'Ironvale Distilling has opened a second still house at its farm site near Caddow Cross, doubling the amount of apple brandy it',
    'can make each year and creating six new jobs.',
  ),
  j(
    'The new building, a timber-clad barn on the edge of the orchard, holds a 1,200-litre column still made to Ironvale’s design and',
    'a bank of six stainless fermenters. It will run alongside the original pot still, which will now be kept for small batches and',
    'the distillery’s pear eau de vie.',
  ),
  j(
    '“We have turned away orders for two years,” said co-founder Mirren Ashby. “Our apple brandy needs at least three years in the cask,',
    'so the spirit we make this winter will not be on shelves until 2029. We had to start now.”',
  ),
  j(
    'The distillery presses around 400 tonnes of cider apples a year from its own orchards and those of eleven neighbouring growers.',
    'The extra capacity means it will take fruit from four more farms this autumn.',
  ),
];
const hH = ['Open days in October', 'About Ironvale Distilling'] as const;
const hOpen = ['The public can see the new still house during two open days on 10 and 11 October. Tickets are free but must be booked in advance.'];
const hAbout = j(
  'Ironvale Distilling was founded in 2017 by Mirren Ashby and Tom Reddaway. It makes apple brandy, pear eau de vie and an apple',
  'aperitif from fruit grown within fifteen miles of the distillery.',
);
const hTags = ['Company news', 'Apple brandy', 'Distillery'];
const hRecent = ['Harvest 2026: what the early apples tell us', 'Meet our new cellar master', 'How long does apple brandy need in the cask?'];
const hNav = ['Spirits', 'Orchards', 'Visit', 'News', 'Trade'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title><meta name="description" content="The new still house doubles capacity.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://www.ironvaledistilling.com/news/second-still-house">
<meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet"
href="https://www.ironvaledistilling.com/hs-fs/hub/8123456/hub_generated/template_assets/1/98765432101/1712345678901/template_main.min.css">
<script>var hsVars = {render_id: "7c1e2a4b-9f3d-4e21-a8b7-2d6c0f1e3a59", ticks: 1712345678901, page_id: 148765432109, content_group_id: 98123456789,
portal_id: 8123456, app_hs_base_url: "https://app-eu1.hubspot.com", cp_hs_base_url: "https://cp-eu1.hubspot.com", language: "en"};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"name":"Ellis Varga"}}</script>
</head><body><div class="body-wrapper hs-content-id-148765432109 hs-blog-post hs-blog-id-98123456789">
<div data-global-resource-path="ironvale-2024/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to
content</a><div class="header__container content-wrapper"><div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="https://www.ironvaledistilling.com"
id="hs-link-site_logo" style="border-width:0px;border:0px;">
<img src="/hubfs/ironvale-logo.svg" class="hs-image-widget" alt="Ironvale Distilling"></a></span></div>
<nav class="menu menu--desktop" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul>
</nav></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="/news/author/ellis-varga">Ellis Varga</a><time datetime="2026-09-08 09:30:00" class="blog-post__timestamp">Sep 8, 2026
9:30:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps(hBody.slice(0, 2))}
<!--more-->
${ps(hBody.slice(2))}
<h2>${hH[0]}</h2>${ps(hOpen)}
<h3>${hH[1]}</h3><p>${hAbout}</p></span></div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"></svg>${hTags
  .map((t) => `<a class="blog-post__tag-link" href="/news/tag/${t.toLowerCase().replace(/ /g, '-')}" rel="tag">${t}</a>`)
  .join('')}</div>
<div class="hs-cta-embed hs-cta-simple-placeholder hs-cta-embed-171234"><div class="hs-cta-wrapper"><a href="/cta/redirect/8123456/171234" class="cta_button">
Book an open day ticket</a></div></div></article>
<section class="blog-related-posts"><h2>Recent posts</h2><div class="blog-related-posts__list">${hRecent
  .map((r, i) => `<div class="blog-related-posts__post"><a href="/news/post-${i}"><h3 class="blog-related-posts__title">${r}</h3></a></div>`)
  .join('\n')}</div></section>
<div class="blog-subscribe"><h3>Subscribe to Ironvale news</h3><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<form id="hsForm_4f1a" class="hs-form stacked hs-custom-form" novalidate><div class="hs_email hs-email hs-fieldtype-text field hs-form-field">
<label id="label-email-4f1a" for="email-4f1a"><span>Email</span><span class="hs-form-required">*</span></label><div class="input"><input id="email-4f1a"
name="email" required type="email" class="hs-input" inputmode="email" autocomplete="email" value=""></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div>
</div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><p>Ironvale Distilling, Caddow Cross Farm, Caddow Cross</p>
<p>© 2026 Ironvale Distilling Ltd. Enjoy our spirits responsibly.</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-statistics-opt-in="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording"><p>This website stores cookies on
your computer. These cookies are used to improve your website experience and provide more personalised services to you.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button"
role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script type="text/javascript" id="hs-script-loader" async defer
src="/hs/scriptloader/8123456.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout623-hubspot-distillery-news',
  kind: 'news',
  html: hHtml,
  title: hTitle,
  headings: [...hH],
  body: texts([...hBody, ...hOpen, hAbout]),
  bylines: ['Ellis Varga', 'Sep 8, 2026 9:30:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, ...hTags, 'Book an open day ticket', 'Recent posts', ...hRecent, 'Subscribe to Ironvale news', 'Email *',
    'Ironvale Distilling, Caddow Cross Farm, Caddow Cross', '© 2026 Ironvale Distilling Ltd. Enjoy our spirits responsibly.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT623_E: readonly TestPage[] = [finish(next), finish(hubspot)];
