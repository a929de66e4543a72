import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout343-kit.js';

/**
 * Held-out batch 343, file a: an Etsy shop's About section (shop header with sales and "On Etsy since", the story with its
 * headline, shop members, production partners, policies, reviews strip, the global header, the cookie banner and footer) and
 * a Behance project page (project modules as the body, the owner bar, appreciation and tools rail, comments, "More by").
 */
const eShop = 'ThimbleAndBirch';
const eStory = [
  j(
    'Thimble &amp; Birch began in the spare room of a stone cottage above Carrowmere, where I kept a single dye pot on the back of',
    'the range and a basket of undyed wool by the door. My grandmother taught me to knit on wooden needles she had carved herself,',
    'and for years I only made things for the people around me.',
  ),
  j(
    'In the spring of 2019 a neighbour asked whether I would sell her the speckled skein I had left drying on the garden wall.',
    'I said yes, then made ten more, and then forty. The shop opened that autumn with twelve colourways and a hand-lettered sign.',
  ),
  'Every skein is still dyed in small batches of six, so no two lots are quite the same. These are the things I hold on to:',
  'Wool from two family flocks within thirty miles of the workshop, scoured at a mill that uses rainwater.',
  'Dyes mixed by weight and written in a notebook, so a colour can be repeated when you need one more skein.',
  'Plastic-free parcels: paper tape, card boxes and labels printed on offcuts from a local print shop.',
  j(
    'The name comes from the birch wood behind the cottage. The bark gives a soft yellow that became our first colourway, and a',
    'thimble was the only thing my grandmother left me that I could carry in a pocket.',
  ),
  j(
    'Most of the colours are named after places on the hill: Lough Dubh is a peaty brown with flecks of rust, and Gorse Week is',
    'the sharp yellow the slopes turn for a fortnight every April. New colourways arrive with the seasons, four or five a year.',
  ),
  j(
    'Today the workshop is a converted milking shed, and my brother Ruairi handles the posting on Tuesdays and Fridays. If you are',
    'ever walking the Carrowmere loop, knock on the green door. There is usually a kettle on and a bin of seconds to rummage.',
  ),
];
const eItems = eStory.slice(3, 6);
const eParas = [...eStory.slice(0, 3), ...eStory.slice(6)];
const eHeadline = 'Small-batch yarn from a milking shed on the hill';
const eNav = ['Gifts', 'Home Favourites', 'Fashion Finds', 'Jewellery & Accessories', 'Craft Supplies', 'Gift Cards'];
const eShopNav = ['Items', 'Reviews', 'About', 'Shop Policies'];
const eFoot = ['Etsy Gift Cards', 'Etsy Registry', 'Sitemap', 'Etsy blog', 'Etsy United Kingdom', 'Etsy Germany', 'Etsy Canada'];
const eFoot2 = ['Etsy, Inc.', 'Terms of Use', 'Privacy', 'Interest-based ads', 'Local Shops', 'Regions'];
const eHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8">
<title>About ${eShop} | Hand-dyed yarn by ${eShop} | Etsy UK</title>
<meta name="description" content="Small-batch hand-dyed yarn from two family flocks. Shop our speckled skeins and mini sets.">
<meta property="og:title" content="${eShop} on Etsy"><meta property="og:type" content="etsymarketplace:shop">
<meta property="og:image" content="https://i.etsystatic.example/iusb_760x100.jpg"><link rel="canonical" href="https://www.etsy.com/uk/shop/${eShop}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"${eShop}","url":"https://www.etsy.com/shop/${eShop}",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9","reviewCount":"1184"}}</script>
<script>window.Etsy=window.Etsy||{};Etsy.Context={"locale":"en-GB","currency":"GBP","shop_id":31874452};</script>
<link rel="stylesheet" href="https://www.etsy.example/ac/evergreenVendor/css/base.css"></head>
<body class="ui-toolkit is-responsive no-touch en-GB GBP GB"><div id="gnav-header" class="wt-bg-white">
<header id="gnav-header-inner" class="wt-display-flex-xs wt-align-items-center">
<a href="/" class="etsy-logo"><span class="wt-screen-reader-only">Etsy</span></a>
<form id="gnav-search" role="search"><input id="global-enhancements-search-query" type="search" placeholder="Search for anything"></form>
<nav aria-label="Account"><ul class="wt-display-flex-xs"><li><button class="wt-btn wt-btn--transparent select-signin">Sign in</button></li></ul></nav></header>
<nav id="desktop-category-nav" aria-label="Categories"><ul class="wt-list-inline">${links(eNav, 'wt-list-inline__item')}</ul></nav></div>
<main id="content"><div class="shop-home"><div data-region="shop-info" class="shop-info wt-display-flex-xs">
<img src="https://i.etsystatic.example/isla_180x180.jpg" alt="" class="shop-icon-external wt-rounded">
<div class="shop-name-and-title-container"><h1 class="wt-text-heading-01 wt-break-word">${eShop}</h1>
<p class="wt-text-body-01 shop-title">Hand-dyed yarn from family flocks</p>
<p class="wt-text-caption">Carrowmere, United Kingdom</p>
<div class="shop-sales-reviews"><span class="wt-text-caption">3,412 Sales</span>
<span class="stars-svg" aria-label="4.9 star rating"></span><a href="#reviews">(1,184)</a></div>
<button class="wt-btn wt-btn--outline favorite-shop-action">Follow shop</button></div></div>
<nav class="shop-nav" aria-label="Shop sections"><ul>${links(eShopNav, 'wt-tab__item')}</ul></nav>
<div id="about" data-region="about" class="shop-home-wider-sections wt-mt-xs-6"><div class="wt-grid">
<h2 class="wt-text-heading-02 wt-mb-xs-3">About ${eShop}</h2>
<div class="about-shop-stats"><div class="wt-text-title-01">3,412</div><div class="wt-text-caption">Sales</div>
<div class="wt-text-title-01">2019</div><div class="wt-text-caption">On Etsy since</div></div>
<div class="shop-about-story wt-grid__item-xs-12 wt-grid__item-md-8">
<h3 class="wt-text-title-03 wt-mb-xs-2">${eHeadline}</h3>
<div class="wt-text-body-01 wt-break-word" data-id="story">
${ps(eParas.slice(0, 3))}
<ul class="wt-list-unstyled">${lis(eItems)}</ul>
${ps(eParas.slice(3))}
</div></div>
<figure class="about-shop-video"><img src="https://i.etsystatic.example/about_1.jpg" alt="">
<figcaption class="wt-text-caption">The dye shed on a wet Tuesday. Photo: Ruairi Dunne</figcaption></figure></div>
<div class="shop-members"><h3 class="wt-text-title-01">Shop members</h3><ul>
<li><span class="wt-text-body-01">Orla Dunne</span> <span class="wt-text-caption">Owner, Dyer, Designer</span></li>
<li><span class="wt-text-body-01">Ruairi Dunne</span> <span class="wt-text-caption">Packing and posting</span></li></ul></div>
<div class="production-partners"><h3 class="wt-text-title-01">Production partners</h3>
<p class="wt-text-caption">Pennard Fibre Mill, Carrowmere, United Kingdom: scouring and spinning</p></div></div>
<div id="policies" class="shop-policies"><h2 class="wt-text-heading-02">Shop policies</h2><p class="wt-text-caption">Last updated on 14 Feb, 2026</p>
<h3>Returns &amp; exchanges</h3><p>I gladly accept returns and exchanges within 30 days of delivery.</p>
<h3>Payment options</h3><p>Secure options via Etsy Payments.</p></div>
<div id="reviews" class="reviews"><h2 class="wt-text-heading-02">Reviews</h2><p>Average item review 4.9 out of 5</p>
<p class="review-text">Gorgeous colour, even better in person. Posted the day after I ordered.</p><p class="wt-text-caption">Mairead on 3 Mar, 2026</p></div>
</div></main>
<div id="gdpr-single-choice-overlay" class="wt-overlay"><div class="wt-overlay__modal" role="dialog">
<p class="wt-text-title-01">Etsy uses cookies and similar technologies to give you a better experience.</p>
<button class="wt-btn wt-btn--filled" data-gdpr-single-choice-accept="true">Accept</button><button class="wt-btn">Update settings</button></div></div>
<footer class="wt-bg-denim"><div class="wt-grid"><ul>${links(eFoot)}</ul>
<p class="wt-text-caption">Etsy is powered by 100% renewable electricity.</p><ul>${links(eFoot2)}</ul>
<p class="wt-text-caption">© 2026 Etsy, Inc.</p></div></footer>
<script src="https://www.etsy.example/ac/evergreenVendor/js/en-GB/shop_home.js" async></script></body></html>`;
const etsy: TestPage = {
  name: 'heldout343-etsy-shop-about-blog',
  kind: 'blog',
  html: eHtml,
  title: eShop,
  headings: [`About ${eShop}`, eHeadline],
  body: texts(eStory),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign in', ...eNav, 'Hand-dyed yarn from family flocks', 'Carrowmere, United Kingdom', '3,412 Sales', '(1,184)',
    'Follow shop', ...eShopNav, 'On Etsy since', 'The dye shed on a wet Tuesday. Photo: Ruairi Dunne', 'Shop members', 'Orla Dunne',
    'Owner, Dyer, Designer', 'Packing and posting', 'Production partners', 'Pennard Fibre Mill, Carrowmere, United Kingdom: scouring and spinning',
    'Shop policies', 'Last updated on 14 Feb, 2026', 'Returns & exchanges', 'I gladly accept returns and exchanges within 30 days of delivery.',
    'Payment options', 'Secure options via Etsy Payments.', 'Reviews', 'Average item review 4.9 out of 5',
    'Gorgeous colour, even better in person. Posted the day after I ordered.', 'Mairead on 3 Mar, 2026',
    'Etsy uses cookies and similar technologies to give you a better experience.', 'Accept', 'Update settings', ...eFoot,
    'Etsy is powered by 100% renewable electricity.', ...eFoot2, '© 2026 Etsy, Inc.',
  ],
};

const bTitle = 'Saltmarsh Post: a stamp series for a coastal sorting office';
const bIntro = [
  j(
    'Saltmarsh Post is a set of eight commemorative stamps commissioned by the Hollin Bay sorting office for its centenary. The brief',
    'was short: celebrate the marsh the office looks out on, avoid postcard clichés, and make every value readable at 24 millimetres.',
  ),
];
const bSecs: [string, string[]][] = [
  [
    'Research',
    [
      j(
        'I spent four early mornings on the sea wall with a sketchbook and the office\u2019s oldest postman, who has walked the same',
        'round since 1988. He named the birds, the channels and the drowned fence posts, and most of the series came from his stories.',
      ),
      j(
        'Back in the studio I sorted the sketches by tide: the four low-water scenes became the inland rates, the four high-water scenes',
        'the international ones, so a sheet reads as a single day on the marsh.',
      ),
    ],
  ],
  [
    'Palette and print',
    [
      j(
        'The stamps are printed in four spot colours by gravure. I limited the palette to mud, samphire, slate and a signal orange',
        'borrowed from the old pillar boxes, which keeps the values legible even where the perforations cut into the image.',
      ),
      'Each design was tested at actual size on three papers before approval:',
      'an uncoated cartridge, which softened the fine hatching too much;',
      'a coated gummed stock, which held the linework and was chosen for the sheets;',
      'a self-adhesive stock for the booklets, which needed the orange darkened by five percent.',
    ],
  ],
  [
    'Lettering',
    [
      j(
        'The face value and the word HOLLIN are drawn by hand, based on the enamel sign above the sorting office door. I made a small',
        'set of numerals and eleven capitals rather than a full typeface, since nothing else on the stamps needed type.',
      ),
      j(
        'The series goes on sale in June alongside a presentation pack with an essay on the marsh, and the first day cover carries',
        'a postmark drawn from the postman\u2019s own sketch of a redshank.',
      ),
      j(
        'Thank you to the Hollin Bay team for trusting an illustrator who had never designed a stamp, and to the proofing room',
        'for their patience with my many questions about screen angles.',
      ),
    ],
  ],
];
const bList = (bSecs[1]?.[1] ?? []).slice(2);
const bBody = [...bIntro, ...bSecs.flatMap(([, p]) => p)];
const bNav = ['For You', 'Discover', 'Livestreams', 'Hire', 'Jobs', 'Assets'];
const bTools = ['Adobe Illustrator', 'Adobe Photoshop', 'Procreate'];
const bFields = ['Illustration', 'Graphic Design', 'Print Design'];
const bMore = ['Tidewater Almanac', 'The Lampwick Labels', 'Fenland Rail Posters'];
const bFoot = ['More Behance', 'English', 'TOU', 'Privacy', 'Community', 'Help', 'Cookie preferences', 'Do not sell or share my personal information'];
const bHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${bTitle} :: Behance</title>
<meta property="og:title" content="${bTitle}"><meta property="og:site_name" content="Behance"><meta property="og:type" content="article">
<meta name="description" content="Eight commemorative stamps for the Hollin Bay sorting office centenary.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CreativeWork","name":"${bTitle}",
"creator":{"@type":"Person","name":"Maren Holt"},"datePublished":"2026-03-02"}</script>
<script>window.__INITIAL_STATE__={"project":{"id":219004417,"published_on":1772409600,"stats":{"appreciations":812,"views":6120}}};</script></head>
<body class="e2e-Behance"><div id="app"><header class="PrimaryNav-root-Xdq"><a class="PrimaryNav-logo-1Zu" href="/">Behance</a>
<nav class="PrimaryNav-links-2cV"><ul>${links(bNav, 'PrimaryNav-navItem-1Gq')}</ul></nav>
<a class="PrimaryNav-signIn-3Ww" href="/signin">Log In</a><a class="PrimaryNav-signUp-1sE" href="/signup">Sign Up</a></header>
<div class="Project-root-3Jx"><div class="ProjectInfo-projectInfo-2rt"><div class="ProjectInfo-ownerInfo-31d">
<a class="ProjectInfo-ownerName-1l9 e2e-project-owner-name" href="/marenholt">Maren Holt</a>
<button class="FollowButton-root-KQy">Follow</button></div></div>
<div class="Project-projectModuleContainer-2Ag"><div id="project-modules" class="project-styles">
<div class="project-module module text project-module-text"><h1 class="Project-title-Q6Q">${bTitle}</h1>
${ps(bIntro, ' class="main-text"')}</div>
<div class="project-module module image project-module-image"><div class="ImageElement-root-kir"><img src="https://mir-s3-cdn-cf.behance.example/1.jpg"
alt=""></div><p class="ImageElement-caption-3Pr">The full sheet of eight, first proof. Printed by Ardent Security Print.</p></div>
${bSecs
  .map(
    ([h, p], i) => `<div class="project-module module text project-module-text"><h2 class="sub-title">${h}</h2>
${i === 1 ? `${ps(p.slice(0, 2), ' class="main-text"')}<ul class="main-text">${lis(bList)}</ul>` : ps(p, ' class="main-text"')}</div>
<div class="project-module module image"><img src="https://mir-s3-cdn-cf.behance.example/${i + 2}.jpg" alt=""></div>`,
  )
  .join('\n')}
</div></div>
<div class="ProjectInfo-projectInfoBottom-1lP"><button class="Appreciate-wrapper-9hi">Appreciate</button>
<ul class="Stats-stats-1iI"><li title="812 Appreciations">812</li><li title="6120 Views">6,120</li><li title="23 Comments">23</li></ul>
<div class="ProjectInfo-published-3Zt">Published: <time datetime="2026-03-02">March 2nd 2026</time></div>
<div class="ProjectTools-root-GbQ"><h3 class="ProjectTools-title-2vD">Tools</h3><ul>${links(bTools, 'ProjectTools-tool-1jr')}</ul></div>
<div class="ProjectFields-root-1cG"><h3>Creative Fields</h3><ul>${links(bFields)}</ul></div>
<p class="ProjectCopyright-root-2Vx">All rights reserved</p></div>
<section class="ProjectComments-root-3Mj"><h3>Comments</h3><ul class="ProjectComments-list-2mq">
<li class="ProjectComment-root-1ye"><a class="ProjectComment-name-1rb" href="/tkeld">Tomas Keld</a><span class="ProjectComment-date-3x1">2 days ago</span>
<p class="ProjectComment-text-2n3">The redshank postmark is a lovely touch. Which gravure house did the proofs?</p></li>
<li class="ProjectComment-root-1ye"><a class="ProjectComment-name-1rb" href="/ines">Ines Farrow</a><span class="ProjectComment-date-3x1">1 day ago</span>
<p class="ProjectComment-text-2n3">Tide as the ordering principle is so clever. Congratulations, Maren!</p></li></ul></section>
<section class="MoreByOwner-root-2gE"><h3>More by Maren Holt</h3><ul>${links(bMore, 'ProjectCoverNeue-root-166')}</ul>
<a href="/marenholt">View Profile</a></section></div>
<footer class="Footer-root-1dB"><ul>${links(bFoot, 'Footer-link-2xG')}</ul><p>© 2026 Adobe Inc. All rights reserved.</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p>We and our partners use cookies to personalise content and measure ads.</p>
<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-reject-all-handler">Reject All</button></div></div></body></html>`;
const behance: TestPage = {
  name: 'heldout343-behance-project-blog',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bSecs.map(([h]) => h),
  body: texts(bBody),
  bylines: ['Maren Holt', 'March 2nd 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bNav, 'Log In', 'Sign Up', 'Follow', 'The full sheet of eight, first proof. Printed by Ardent Security Print.', 'Appreciate', '812', '6,120',
    'Published:', 'Tools', ...bTools, 'Creative Fields', ...bFields, 'All rights reserved', 'Comments', 'Tomas Keld', '2 days ago',
    'The redshank postmark is a lovely touch. Which gravure house did the proofs?', 'Ines Farrow', '1 day ago',
    'Tide as the ordering principle is so clever. Congratulations, Maren!', 'More by Maren Holt', ...bMore, 'View Profile', ...bFoot,
    '© 2026 Adobe Inc. All rights reserved.', 'We and our partners use cookies to personalise content and measure ads.', 'Accept All', 'Reject All',
  ],
};

export const HELDOUT343_A: readonly TestPage[] = [etsy, behance];
