import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, page } from './pages-heldout646-kit.js';

/**
 * Held-out batch 646, file f: a guided sunset kayak tour page of a multi-site paddle company on Next.js (CSS modules,
 * __NEXT_DATA__) with a sticky booking card and reviews, and a paddle school's blog post on HubSpot CMS with its CTA and
 * subscribe form.
 */
const nTitle = 'Sunset Kayak Tour at Hollin Bay';
const nLead = 'Two hours on the water as the sun drops behind Carrow Head, with a guide, a hot drink and the seals for company.';
const nBody = [
  j(
    'We meet on the beach at Hollin Bay an hour and a half before sunset. After a safety talk and a paddling lesson on the',
    'sand, your guide leads the group along the cliffs to the seal haul-out at Gull Rock and back across the bay as the light goes.',
  ),
  j(
    'The tour uses stable double sit-on-top kayaks, so you do not need any experience. Each kayak has a small light for the',
    'paddle home, and guides carry a radio, a tow line and a first aid kit.',
  ),
];
const nIncl = ['Double sit-on-top kayak and paddles', 'Buoyancy aid and spray jacket', 'Hot chocolate on the beach afterwards', 'Photos from your guide'];
const nBring = ['Swimwear or quick-drying clothes', 'A warm layer and a towel', 'Shoes that can get wet'];
const nMeet = j(
  'Meet at the green kiosk at the north end of Hollin Bay car park (TR18 4QX). Parking is free after 6pm. Tour times change',
  'through the season to follow the sunset; your booking email gives the exact time.',
);
const nNav = ['Tours', 'Hire', 'Lessons', 'Locations', 'Gift cards'];
const nReviews: [string, string][] = [
  ['Saw eleven seals and the sunset was unreal. Guide was brilliant with our kids.', 'Hannah, August 2025'],
  ['Calm, well organised and the hot chocolate was a lovely touch.', 'Gareth, July 2025'],
];
const nFoot = ['About us', 'Careers', 'Safety', 'Contact', 'Terms', 'Privacy'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} | Tidewater Paddle Co.</title><meta name="description" content="${nLead}"/><meta property="og:type" content="product"/>
<link rel="canonical" href="https://tidewaterpaddle.co/tours/hollin-bay-sunset"/><meta name="next-head-count" content="7"/>
<link rel="preload" href="/_next/static/css/9c1a2f3e4b5d6c7a.css" as="style"/><link rel="stylesheet" href="/_next/static/css/9c1a2f3e4b5d6c7a.css" data-n-g=""/>
<script
type="application/ld+json">{"@context":"https://schema.org","@type":"TouristTrip","name":"${nTitle}",
"offers":{"@type":"Offer","price":"55","priceCurrency":"GBP"}}</script>
<script src="/_next/static/chunks/webpack-7f3e2a1b.js" defer=""></script>
<script src="/_next/static/chunks/pages/tours/%5Bslug%5D-4c2d1e0f.js" defer=""></script>
</head><body><div id="__next"><a class="SkipLink_skip__h3K9q" href="#main">Skip to main content</a>
<div class="Banner_banner__Qm2pX" role="status"><p>Summer 2026 dates are live – <a href="/tours">see all tours</a></p></div>
<header class="Header_header__Zx81c"><div class="Header_inner__a7GhT"><a class="Header_logo__P0sLq" href="/" aria-label="Tidewater Paddle Co. home">
<svg viewBox="0 0 120 32" aria-hidden="true"><path d="M0 0h120v32H0z"></path></svg></a><nav class="Header_nav__k2Vn4" aria-label="Main"><ul>
${nNav.map((t) => `<li class="Header_item__rT5eW"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul></nav>
<button class="Header_menuButton__Lw3dS" aria-expanded="false" aria-controls="mobile-nav"><span class="sr-only">Open menu</span></button></div></header>
<main id="main" class="TourPage_main__Yy2Kd"><nav aria-label="Breadcrumb" class="Breadcrumbs_crumbs__p9Wq1"><ol><li><a href="/">Home</a></li>
<li><a href="/locations/cornwall-west">Hollin Bay</a></li><li aria-current="page">Sunset Kayak Tour</li></ol></nav>
<div class="TourPage_hero__c4Nd0"><img alt="" src="/_next/image?url=%2Fimg%2Fhollin-sunset.jpg&amp;w=1920&amp;q=75" decoding="async" data-nimg="fill"
style="position:absolute;height:100%;width:100%"/><div class="TourPage_heroText__M1xeB"><span class="Tag_tag__Fv7aQ">Guided tour · Ages 8+</span>
<h1 class="TourPage_title__B2t8s">${nTitle}</h1><p class="TourPage_lead__u0Rj5">${nLead}</p><div class="Rating_rating__Hn3sz"><span
aria-hidden="true">★★★★★</span><span>4.9 (312 reviews)</span></div></div></div>
<div class="TourPage_grid__Kq7Ld"><div class="TourPage_content__dx8Pa"><section class="Prose_prose__e2LmF">${ps(nBody)}</section>
<section class="TourPage_section__W6fXz"><h2>What's included</h2><ul class="Checklist_list__a9Ps3">${lis(nIncl, 'Checklist_item__zR1Tt')}</ul></section>
<section class="TourPage_section__W6fXz"><h2>What to bring</h2><ul class="Checklist_list__a9Ps3">${lis(nBring, 'Checklist_item__zR1Tt')}</ul></section>
<section class="TourPage_section__W6fXz"><h2>Meeting point</h2><p>${nMeet}</p><div class="Map_map__Pz4Rk" data-lat="50.07" data-lng="-5.61"></div></section>
<section class="Reviews_reviews__h7Tcq" aria-labelledby="reviews-heading"><h2 id="reviews-heading">Reviews</h2>
${nReviews.map(([r, w]) => `<figure class="Reviews_review__Ls0bV"><blockquote>${r}</blockquote><figcaption>${w}</figcaption></figure>`).join('\n')}
<button class="Button_secondary__e6Xt2">Read all 312 reviews</button></section></div>
<aside class="BookingCard_card__Qx4Ga"><p class="BookingCard_price__R9mLk"><span>From</span> <strong>£55</strong> <span>per adult</span></p>
<ul class="BookingCard_facts__T1sVb"><li>2 hours</li><li>Max 12 guests</li><li>Free cancellation up to 24h</li></ul>
<label for="date" class="sr-only">Choose a date</label>
<input id="date" type="date" class="BookingCard_date__f3Lz8"/><button class="Button_primary__c1Jd0">Check availability</button></aside></div></main>
<footer class="Footer_footer__V8q2n"><nav aria-label="Footer"><ul>${links(nFoot)}</ul></nav><p class="Footer_legal__n0Rb2">© 2026 Tidewater Paddle Co. Ltd.
Registered in England and Wales No. 10482211.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"tour":{"slug":"hollin-bay-sunset","title":"${nTitle}","price":55}}},
"page":"/tours/[slug]","query":{"slug":"hollin-bay-sunset"},"buildId":"aZ3kP0qLm","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const nextjs: TestPage = page({
  name: 'heldout646-nextjs-sunset-tour',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ["What's included", 'What to bring', 'Meeting point'],
  body: texts([nLead, ...nBody, ...nIncl, ...nBring, nMeet]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Open menu', 'Choose a date', 'Summer 2026 dates are live – see all tours', ...nNav, 'Home', 'Hollin Bay',
    'Sunset Kayak Tour', 'Guided tour · Ages 8+',
    '4.9 (312 reviews)', 'Reviews', ...nReviews.flat(), 'Read all 312 reviews', 'From £55 per adult', '2 hours', 'Max 12 guests', 'Free cancellation up to 24h',
    'Check availability', ...nFoot, '© 2026 Tidewater Paddle Co. Ltd. Registered in England and Wales No. 10482211.',
  ],
});

const bTitle = 'Wetsuit or drysuit? What to wear for spring paddling';
const bBody = [
  j(
    'Every March the same question lands in our inbox: the air feels warm, the sun is out, so why are we still telling people to',
    'wear a wetsuit? The short answer is that the lake has not caught up. In early spring the water at Northreach is often',
    'below 9°C, colder than it was in November.',
  ),
  'How a wetsuit works',
  j(
    'A wetsuit lets a thin layer of water in, which your body warms. It keeps you warm while you are in the water and for a while',
    'after, but once you are out in the wind the wet neoprene cools you fast. For paddleboarding and sit-on-top kayaks, where',
    'you may swim, a 4/3 mm suit is the right choice from April.',
  ),
  'How a drysuit works',
  j(
    'A drysuit keeps water out altogether with seals at the neck and wrists and a waterproof zip. You wear warm layers under it.',
    'It is the better choice for long days in canoes and sit-in kayaks, where you do not expect to swim but would be in real',
    'trouble if you did.',
  ),
  'Our rule of thumb',
];
const bTable = [
  ['Under 10°C', 'Drysuit, or 5/4 mm wetsuit with boots and gloves'],
  ['10–14°C', '4/3 mm wetsuit and boots'],
  ['Over 14°C', 'Shortie or 3/2 mm wetsuit'],
];
const bEnd = [
  j(
    'Whatever you wear, add a windproof layer on top and a hat. Most of the cold people feel on our spring courses comes from',
    'wind on wet arms, not from the water itself.',
  ),
  'All our spring courses include a wetsuit, boots and a spray top, and we hire drysuits for £15 a day.',
];
const bNav = ['Courses', 'Hire', 'Adventures', 'Blog', 'Contact us'];
const bRel = ['Five winter paddling mistakes we see every year', 'How to look after your wetsuit', 'Cold water shock: the first minute'];
const bHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${bTitle}</title><link rel="shortcut icon" href="https://www.northreach.co.uk/hubfs/favicon.png">
<meta name="description" content="What to wear for spring paddling: wetsuits, drysuits and our rule of thumb by water temperature.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>hsjQuery = window['jQuery'];</script><meta property="og:type" content="article">
<link rel="canonical" href="https://www.northreach.co.uk/blog/wetsuit-or-drysuit">
<link rel="stylesheet" href="https://www.northreach.co.uk/hubfs/hub_generated/template_assets/1/main.min.css">
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-90817263544 hs-blog-post hs-blog-id-7712093341">
<div data-global-resource-path="northreach-theme/templates/partials/header.html"><header class="header"><a href="#main-content" class="header__skip">Skip to
content</a><div class="header__container content-wrapper"><div class="header__logo header__logo--main"><div id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><span
class="hs_cos_wrapper hs_cos_wrapper_widget" data-hs-cos-type="logo"><a href="https://www.northreach.co.uk" id="hs-link-site_logo"><img src="/hubfs/logo.svg"
alt="Northreach Adventures" class="hs-image-widget"></a></span></div></div><div class="header__column"><div class="header__row-2"><div class="header--toggle
header__navigation--toggle"></div><div class="header__navigation header--element"><div id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_module"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${bNav
  .map(
    (t) => `
<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite"><a class="menu__link" href="/${t.toLowerCase()}">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${bTitle}</span></h1><div class="blog-post__meta">
<a href="https://www.northreach.co.uk/blog/author/ewan-strachan" rel="author">Ewan Strachan</a>
<time datetime="2026-03-12 09:00:00" class="blog-post__timestamp">
March 12, 2026</time></div><div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field
hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
<p>${bBody[0]}</p><!--more--><h2>${bBody[1]}</h2><p>${bBody[2]}</p><h2>${bBody[3]}</h2><p>${bBody[4]}</p><h2>${bBody[5]}</h2>
<div data-hs-responsive-table="true" style="overflow-x: auto; max-width: 100%; width: 100%;"><table style="width: 100%; border-collapse: collapse;"><tbody>
<tr><th>Water temperature</th><th>What to wear</th></tr>
${bTable.map(([a, b]) => `<tr><td style="width: 40%;">${a}</td><td style="width: 60%;">${b}</td></tr>`).join('\n')}</tbody></table></div>
${ps(bEnd)}
<p><span class="hs-cta-wrapper" id="hs-cta-wrapper-4f1c"><span class="hs-cta-node hs-cta-4f1c" id="hs-cta-4f1c">

<a href="https://cta-redirect.hubspot.com/cta/redirect/7712/4f1c">
<img class="hs-cta-img" id="hs-cta-img-4f1c" style="border-width:0px;" src="https://no-cache.hubspot.com/cta/default/7712/4f1c.png"
alt="Book a spring skills day"></a></span></span></p></span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><path d="M0 252V48z"></path></svg>
<a class="blog-post__tag-link" href="/blog/tag/kit">Kit</a><a class="blog-post__tag-link" href="/blog/tag/safety">Safety</a></div></article>
<section class="blog-related-posts"><h2>Related articles</h2><div class="blog-related-posts__list">${bRel
  .map(
    (t) => `<div class="blog-related-posts__post">
<h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/${t.length}">${t}</a></h3></div>`,
  )
  .join('\n')}</div></section>
<div class="blog-comments"><div id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><div class="section
post-footer"><div id="comments-listing" class="new-comments"><div class="comment"><p class="comment-from"><a>Fiona R</a></p><div class="comment-body">
<p>Really useful table, printing it for our club noticeboard.</p></div><p class="comment-date">March 14, 2026</p></div></div>
<div id="hs_form_target_blog_comment"><form class="hs-form"><div class="hs_comment field hs-form-field"><label><span>Comment</span></label>
<textarea name="comment"></textarea></div><input type="submit" value="Submit Comment" class="hs-button primary large"></form></div></div></div></div>
</div></div></main>
<div data-global-resource-path="northreach-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="hs_cos_wrapper_type_form"><h3 class="form-title">Subscribe by email</h3><form class="hs-form"><div class="hs_email hs-email field hs-form-field">
<label><span>Email</span><span class="hs-form-required">*</span></label><input name="email" type="email"></div><input type="submit" value="Subscribe"
class="hs-button primary large"></form></div><p class="footer__copyright">© 2026 Northreach Adventures Ltd, The Boathouse, Northreach, Cumbria</p></div>
</footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" role="region"><div
id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer to improve your experience.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><a id="hs-eu-confirmation-button" role="button">Accept</a>
<a id="hs-eu-decline-button" role="button">Decline</a>
</div></div></div><script src="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/7712093.js"></script></body></html>`;
const hubspot: TestPage = page({
  name: 'heldout646-hubspot-wetsuit-drysuit',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [bBody[1] ?? '', bBody[3] ?? '', bBody[5] ?? ''],
  body: [bBody[0] ?? '', bBody[2] ?? '', bBody[4] ?? '', ...bTable.map(([a, b]) => `${a} ${b}`), ...bEnd],
  bylines: ['Ewan Strachan', 'March 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...bNav, 'Kit', 'Safety', 'Related articles', ...bRel, 'Fiona R', 'Really useful table, printing it for our club noticeboard.',
    'March 14, 2026', 'Comment', 'Subscribe by email', 'Email', '*', '© 2026 Northreach Adventures Ltd, The Boathouse, Northreach, Cumbria',
    'This website stores cookies on your computer to improve your experience.', 'Accept', 'Decline',
  ],
});

export const HELDOUT646_F: readonly TestPage[] = [nextjs, hubspot];
