import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs, uniq } from './pages-heldout528-kit.js';

/**
 * Held-out batch 528, file e: a regional hire firm's news post about a new depot on Ghost (Casper theme, with a standfirst,
 * a captioned feature image, a members CTA and read-more cards), and a national hire chain's plate compactor product page on
 * Next.js (__NEXT_DATA__, rating, rates, specification table, store picker, a carousel and a OneTrust banner).
 */
const gTitle = 'Our new Fernmoor depot opens on 2 June';
const gDek = 'The eighth Aldwick Hire branch brings plant, access and welfare hire to the north side of the ring road.';
const gBody = [
  j(
    'After eighteen months of planning and one very wet groundworks season, our Fernmoor depot opens its gates at 7am on Monday',
    '2 June. It sits on the old Brackley timber yard off Junction 4, with room for 40 lorries and a drive-through collection lane.',
  ),
  j(
    'The depot will carry our full range of excavators up to 8 tonnes, dumpers, rollers, scissor lifts and welfare cabins, plus',
    'a tool counter for smaller items. Twelve staff are moving across from our Hale Street branch, and we have taken on nine new',
    'starters, including three apprentice fitters.',
  ),
  'What changes for customers',
  j(
    'Account customers north of the ring road will be served from Fernmoor from the opening day. Your account number, rates and',
    'contacts stay the same. Deliveries to the Westbury and Coldharbour estates should be quicker, because our lorries no longer',
    'have to cross the city centre.',
  ),
  j(
    '"We have wanted a yard on this side of the city for years," said depot manager Priya Cawthorne. "Half of our work is up here,',
    'and our drivers have spent too long in traffic on the Hale Street bridge."',
  ),
  'Opening week',
  j(
    'Come and see us on Saturday 7 June between 9am and 1pm. There will be machine demonstrations, bacon rolls and a 20% discount',
    'on all tool hire booked on the day.',
  ),
];
const gH = [2, 5];
const gNav = ['Home', 'Depots', 'News', 'Careers', 'About'];
const gCards: [string, string, string][] = [
  ['Why we are switching our dumper fleet to electric', 'Apr 24, 2025', '4 min read'],
  ['Meet the apprentices: class of 2025', 'Mar 31, 2025', '3 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://news.aldwickhire.co.uk/assets/built/screen.css?v=8b1f0c6e21">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://news.aldwickhire.co.uk/fernmoor-depot-opens/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-05-14T09:12:00.000Z">
<meta property="article:tag" content="News">
<script type="application/ld+json">{"@context":"https://schema.org",
"@type":"Article","publisher":{"@type":"Organization","name":"Aldwick Hire News"},
"author":{"@type":"Person","name":"Tom Ellery"},"headline":"${gTitle}","datePublished":"2025-05-14T09:12:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="Aldwick Hire News" href="https://news.aldwickhire.co.uk/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://news.aldwickhire.co.uk/"
data-key="9f3c1a2b7d6e5f40a1b2c3d4e5" data-api="https://news.aldwickhire.co.uk/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-news is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://news.aldwickhire.co.uk">Aldwick Hire News</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav.map((t) => `<li class="nav-${t.toLowerCase()}"><a href="https://news.aldwickhire.co.uk/${t.toLowerCase()}/">${t}</a></li>`).join('\n')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div>
</div></header><div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content">
<ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/tom/" class="author-avatar" aria-label="Read more of Tom Ellery">
<img class="author-profile-image" src="/content/images/size/w100/2024/01/tom.jpg" alt="Tom Ellery"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/tom/">Tom Ellery</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2025-05-14">May 14, 2025</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2025/05/fernmoor-yard.jpg 300w, /content/images/size/w600/2025/05/fernmoor-yard.jpg 600w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2025/05/fernmoor-yard.jpg" alt="The new Fernmoor yard from the gatehouse">
<figcaption><span style="white-space: pre-wrap;">The Fernmoor yard in May, a fortnight before opening. Photo: Aldwick Hire</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">${ps(gBody.slice(0, 2))}<h2 id="what-changes-for-customers">${gBody[2]}</h2>${ps([gBody[3] ?? ''])}
<blockquote>${gBody[4]}</blockquote><h2 id="opening-week">${gBody[5]}</h2>${ps([gBody[6] ?? ''])}</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gCards
  .map(
    ([t, d, r]) => `<article class="post-card post"><a class="post-card-image-link" href="#">
<img class="post-card-image" src="/content/images/size/w600/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="#"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta">
<time class="post-card-meta-date">${d}</time><span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://news.aldwickhire.co.uk">Aldwick Hire News</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-aldwick-hire"><a href="https://www.aldwickhire.co.uk/">Aldwick Hire</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://news.aldwickhire.co.uk/assets/built/casper.js?v=8b1f0c6e21"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout528-ghost-depot-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: gH.map((i) => gBody[i] ?? ''),
  body: [gDek, ...gBody.filter((_, i) => !gH.includes(i))],
  bylines: ['Tom Ellery', 'May 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Aldwick Hire News', ...gNav, 'Sign in', 'Subscribe', '2 min read', 'The Fernmoor yard in May, a fortnight before opening. Photo: Aldwick Hire',
    'Sign up for more like this.', 'Enter your email', ...gCards.flat(), 'Aldwick Hire News © 2025', 'Aldwick Hire', 'Powered by Ghost',
  ]),
};

const nTitle = 'Petrol Plate Compactor Hire';
const nRates = [
  ['1 Day', '£42.00'],
  ['2 Days', '£58.00'],
  ['1 Week', '£84.00'],
];
const nDesc = [
  j(
    'A 90 kg forward plate for compacting sub-base, block paving and tarmac on patios, paths and driveways. The water tank',
    'and sprinkler bar stop hot tarmac sticking to the plate.',
  ),
  'Compacts granular sub-base to 200 mm depth in a single pass',
  'Fold-down handle for transport in a van or large estate car',
  'Paving pad available for block paving (ask in store)',
];
const nSpecs = [
  ['Plate size', '500 x 580 mm'],
  ['Weight', '90 kg'],
  ['Engine', 'Honda GX160 petrol'],
  ['Centrifugal force', '15 kN'],
];
const nSafety = [
  'Hand-arm vibration: 5.8 m/s². Limit trigger time to 1 hour 30 minutes a day.',
  'Wear hearing protection, safety boots and gloves.',
  'Never run the engine indoors or in a trench without forced ventilation.',
];
const nNav = ['Access', 'Building & Construction', 'Cleaning', 'Gardening', 'Heating & Cooling', 'Power Tools', 'Trade Accounts'];
const nCrumbs = ['Home', 'Building & Construction', 'Compaction'];
const nCross = ['Paving Pad', 'Petrol Jerry Can 5L', 'Disc Cutter Hire'];
const nFoot = ['Store Finder', 'Hire Terms & Conditions', 'Modern Slavery Statement', 'Accessibility', 'Cookie Settings'];
const amp = (t: string): string => t.replace(/&/g, '&amp;');
const nData = JSON.stringify({
  props: { pageProps: { product: { code: '03/0221', name: nTitle, rates: nRates, description: nDesc[0] } } },
  page: '/hire/[...slug]',
  buildId: 'kQ3v9Zr2x8Lp',
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} | Hirebay</title><meta name="description" content="Hire a 90 kg petrol plate compactor from £42 a day. Collect today from 180 stores."/>
<link rel="canonical" href="https://www.hirebay.co.uk/hire/building-construction/compaction/petrol-plate-compactor"/><meta name="next-head-count" content="6"/>
<link rel="preload" href="/_next/static/css/4c1f0e2b9a7d3c55.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4c1f0e2b9a7d3c55.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org",
"@type":"Product","name":"${nTitle}","sku":"03/0221","aggregateRating":{"@type":"AggregateRating","ratingValue":"4.7","reviewCount":"212"}}</script>
<script src="/_next/static/chunks/webpack-2b7e1f9c0d3a5e64.js" defer=""></script><script src="/_next/static/chunks/pages/_app-8d0f3c2a1b5e7f91.js" defer="">
</script></head>
<body><div id="__next"><a class="SkipLink_skip__Zq1xR" href="#main">Skip to main content</a>
<div class="PromoBar_bar__3kLmN" role="region" aria-label="Promotions"><p>Free delivery on orders over £150 ex VAT this month</p></div>
<header class="Header_header__p9ZxQ"><div class="Header_inner__Wc2Jk"><a class="Header_logo__Hh4vB" href="/" aria-label="Hirebay home">
<svg role="img" aria-hidden="true"></svg></a>
<form class="SearchBar_form__m1Bc8" role="search" action="/search"><label class="sr-only" for="q">Search for equipment</label>
<input id="q" name="q" class="SearchBar_input__7yTqP" placeholder="What do you need to hire?" autoComplete="off"/>
<button type="submit" class="SearchBar_submit__Kd2sE">Search</button></form>
<div class="Header_actions__Vx8nA"><a href="/account" class="Header_action__Z2qPw">Account</a>
<a href="/basket" class="Header_action__Z2qPw">Basket <span class="Badge_badge__x0">0</span></a></div></div>
<nav class="MegaNav_nav__Tn4eG" aria-label="Categories"><ul class="MegaNav_list__Gq7cA">
${nNav.map((t) => `<li class="MegaNav_item__u3VbM"><button class="MegaNav_trigger__8fYkR" aria-expanded="false">${amp(t)}</button></li>`).join('\n')}</ul>
</nav></header>
<main id="main" class="ProductPage_main__1c9Kd"><nav aria-label="Breadcrumb" class="Breadcrumbs_nav__eP0Ws">
<ol class="Breadcrumbs_list__Rt3Yb">${links(nCrumbs, 'Breadcrumbs_item__a9fD2')}
<li class="Breadcrumbs_item__a9fD2" aria-current="page">${nTitle}</li></ol></nav>
<div class="ProductPage_grid__bX4Qe"><div class="Gallery_gallery__Nw8Cz">
<img alt="Petrol plate compactor" src="/_next/image?url=%2Fproducts%2F03-0221.jpg&amp;w=1080&amp;q=75"
width="540" height="540" decoding="async" data-nimg="1" loading="eager"/></div>
<div class="ProductSummary_summary__Yk1mR"><h1 class="ProductSummary_title__Q4Ewz">${nTitle}</h1><p class="ProductSummary_code__8nLHt">Product code: 03/0221</p>
<div class="Rating_rating__5vJ1a"><span class="Rating_stars__k2Pz0" aria-label="Rated 4.7 out of 5"></span>
<a href="#reviews" class="Rating_count__h7RtB">4.7 (212 reviews)</a></div>
<div class="HirePrices_prices__Lp3Ct"><h2 class="HirePrices_heading__fN0sQ">Hire prices</h2><table class="HirePrices_table__cD2ux">
<tbody>${trs(nRates)}</tbody></table>
<p class="HirePrices_vat__M8tKe">All prices exclude VAT. Damage waiver charged at 15%.</p></div>
<div class="StorePicker_picker__J3kWd"><h3 class="StorePicker_heading__a1Zx">Collect from a store</h3><p>Available today at <strong>Fennick Road</strong></p>
<button class="StorePicker_change__t7GhY">Change store</button></div>
<div class="ProductSummary_ctas__9Qwe2"><button class="Button_primary__R2dLx">Add to basket</button>
<button class="Button_secondary__c8Vbn">Get a quote</button></div></div></div>
<section class="ProductDetails_details__Pf3Wq"><h2>Product description</h2>${ps([nDesc[0] ?? ''])}<ul>${lis(nDesc.slice(1))}</ul>
<h2>Specifications</h2><table class="Specs_table__e4RtG"><tbody>${nSpecs
  .map(
    ([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td>
</tr>`,
  )
  .join('\n')}</tbody></table>
<details class="Accordion_item__qT8vN" open=""><summary class="Accordion_summary__hJ2Kc"><h2>Safety information</h2></summary><ul>${lis(nSafety)}</ul>
</details></section>
<section class="CrossSell_section__vB9nR"><h2 class="CrossSell_heading__g5Ty">Frequently hired together</h2><ul class="CrossSell_list__w2Hq">
${nCross
  .map(
    (t) => `<li class="ProductCard_card__kK3e"><a href="#"><p class="ProductCard_name__y8Nd">${t}</p></a>
<p class="ProductCard_price__Vq1">From £12.00</p></li>`,
  )
  .join('\n')}
</ul></section></main>
<footer class="Footer_footer__Jd7sW"><ul class="Footer_links__o2Kq">${links(nFoot)}</ul>
<p class="Footer_legal__x4Rb">© 2025 Hirebay Group plc. Registered office: Quarry Lane, Dunsmere DN4 1AA.</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container">
<div class="ot-sdk-row">
<div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies to give you the best experience on our website and to show you relevant offers.</p></div>
<div id="onetrust-button-group-parent"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div>
</div></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout528-nextjs-plate-compactor',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Hire prices', 'Product description', 'Specifications', 'Safety information'],
  body: [...rowTexts(nRates), 'All prices exclude VAT. Damage waiver charged at 15%.', ...texts(nDesc), ...rowTexts(nSpecs), ...nSafety],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', 'Free delivery on orders over £150 ex VAT this month', 'Search for equipment', 'Search', 'Account', 'Basket 0', ...nNav,
    ...nCrumbs, 'Product code: 03/0221', '4.7 (212 reviews)', 'Collect from a store', 'Available today at Fennick Road', 'Change store', 'Add to basket',
    'Get a quote', 'Frequently hired together', ...nCross, 'From £12.00', ...nFoot,
    '© 2025 Hirebay Group plc. Registered office: Quarry Lane, Dunsmere DN4 1AA.',
    'We use cookies to give you the best experience on our website and to show you relevant offers.', 'Reject All', 'Accept All Cookies',
  ]),
};

export const HELDOUT528_E: readonly TestPage[] = [ghost, nextjs];
