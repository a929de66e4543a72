import { links, ps, type TestPage, texts } from './page-kit.js';
import { heads, lis, ll, paras, pp, type Sec, secs } from './pages-heldout330-kit.js';

/**
 * Held-out batch 330, file a: an Eater-style restaurant review on Vox Media's duet templates (top nav, city switcher,
 * dek, byline with date, share bar, hero figure with credit, the review details box, inline "Read more" promo,
 * newsletter sign-up, "More in Reviews" rail, cookie banner, footer) and a Michelin Guide-style restaurant entry
 * (a data page with a short inspector's note, distinction badges, facilities list, map, nearby restaurants rail).
 */
const eTitle = 'At Lantern & Ash, a Wood-Fired Kitchen Finally Finds Its Footing';
const eDek = pp(`
Two years after a rocky opening, chef Marisol Quenby’s Harrow Street restaurant has become one of the city’s most exciting
places to eat a whole grilled fish.`);
const eSecs: Sec[] = [
  [
    'The room and the fire',
    pp(`
      When Lantern &amp; Ash opened on Harrow Street in the spring of 2024, the hype outran the cooking. The hearth smoked,
      the dining room echoed, and a menu of thirty small plates seemed designed to exhaust both kitchen and guest. I left my
      first meal that year full of charred vegetables and not much else.

      The restaurant I returned to this winter is a different animal. The menu has been cut to a dozen dishes, the ceiling now
      wears a quilt of felt panels, and the hearth, rebuilt with a taller flue, burns clean enough that you no longer carry the
      evening home in your coat.

      Quenby, who cooked for eight years at a seafood house on the northern coast, has leaned into what she knows. Fish arrives
      whole from two boats she buys from directly, and the kitchen decides each afternoon how to split it between the grill,
      the smoker and a crudo that changes nightly.`),
  ],
  [
    'What to order',
    pp(`
      Start with the bread, a dark sourdough baked in the dying embers each morning and served with cultured butter whipped
      with smoked kelp. It costs seven dollars and is worth three times that.

      The crudo on my last visit was pale pink bream, sliced thin and dressed with blood orange, pickled chili and a trickle of
      brown butter that should not have worked and absolutely did.

      The whole grilled fish is the reason to come. Ask what the boats brought in and order it for the table: the skin blisters
      and crackles, the flesh stays wet, and it lands with a bowl of green sauce sharp with capers and lovage.`),
  ],
  [
    'The drinks and the bill',
    pp(`
      The wine list, put together by general manager Teo Vasquell, is short and leans toward coastal whites and chillable
      reds. Most bottles sit between fifty and ninety dollars, and a handful are poured by the glass from the tap.

      Dinner for two with a shared fish, two starters and a bottle will land around two hundred dollars before tip. That is not
      cheap, but it is honest: nothing here feels padded, and the service, once shaky, is now warm and quick.`),
  ],
];
const eList = pp(`
  Whole grilled fish, priced by weight

  Ember-baked sourdough with kelp butter

  Bream crudo with blood orange and brown butter

  Charred leeks with hazelnut romesco`);
const eListIntro = 'If you go with four people, here is a good spread:';
const eEnd = pp(`
  Lantern &amp; Ash has earned its second look. Go on a weeknight, sit at the counter facing the hearth, and let the kitchen
  choose the fish.`);
const eDetails = ll(`
  1408 Harrow Street, Eastgate
  Open Tuesday to Saturday, 5 pm to 10:30 pm
  Prices: starters $12 to $19, whole fish $38 to $74
  Reservations recommended; counter seats held for walk-ins`);
const eNav = ll('Maps | Guides | Reviews | Openings | Closings | Heatmaps | Video | Newsletters');
const eCities = ll('Atlanta | Austin | Boston | Chicago | Dallas | Denver | Miami');
const eMore = ll(`
  A Neighborhood Noodle Bar Grows Up Without Losing Its Soul
  The Tasting Menu at Fennick Is Beautiful, and Beautifully Expensive
  Why This Strip-Mall Taqueria Deserves Its Hour-Long Line`);
const eFoot = ll('About Eater | Ethics Policy | Contact | Send Us a Tip | Accessibility | Terms of Use | Privacy Notice | Cookie Policy');
const eHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${eTitle.replace('&', '&amp;')} - Eater Eastport</title>
<meta name="description" content="Two years after a rocky opening, Lantern and Ash has become one of the city’s most exciting places to eat fish.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Eater Eastport">
<meta property="article:section" content="Reviews"><meta name="parsely-author" content="Dana Whitlock">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","headline":"At Lantern and Ash, a Wood-Fired Kitchen Finally Finds
Its Footing","author":{"@type":"Person","name":"Dana Whitlock"},"datePublished":"2026-02-11T10:00:00-05:00","itemReviewed":{"@type":"Restaurant",
"name":"Lantern and Ash","address":"1408 Harrow Street"}}</script>
<script>window.Chorus = window.Chorus || {}; window.Chorus.Ads = {network: 'eater', unit: 'reviews'};</script>
<link rel="stylesheet" href="/_next/static/css/duet.css"></head>
<body><div id="__next"><a class="duet--navigation--skip-link" href="#content">Skip to main content</a>
<header class="duet--navigation--navigation _1ymtmqp0"><div class="_1ymtmqp1"><a href="/" class="duet--navigation--logo" aria-label="Eater homepage">
<svg role="img"><title>Eater</title></svg></a><span class="duet--navigation--city">Eastport</span>
<nav aria-label="Main"><ul class="_1ymtmqp4">${links(eNav, '_1ymtmqp5')}</ul></nav>
<div class="duet--navigation--city-switcher"><button aria-expanded="false">Cities</button><ul hidden>${links(eCities)}</ul></div>
<button class="duet--navigation--search" aria-label="Search">Search</button></div></header>
<div class="duet--ad--native-ad-slot"><span class="_1v0l3ge0">Advertisement</span><div id="dfp-slot-top"></div></div>
<main id="content"><article class="duet--article--article _1agbrixy">
<div class="duet--article--article-header"><ul class="duet--article--breadcrumbs">${links(['Eater Eastport', 'Reviews'])}</ul>
<h1 class="duet--article--dangerously-set-cms-markup _1agbrix4">${eTitle.replace('&', '&amp;')}</h1>
${ps(eDek, ' class="duet--article--dangerously-set-cms-markup _1agbrix6 p-dek"')}
<div class="duet--article--byline"><span class="_1xwticz0">by <a href="/authors/dana-whitlock">Dana Whitlock</a></span>
<time datetime="2026-02-11T10:00:00-05:00" class="_1xwticz3">Feb 11, 2026, 10:00 AM EST</time></div>
<div class="duet--article--share-bar"><span>Share this story</span><ul>${links(['Share this on Facebook', 'Share this on X', 'Copy link'])}</ul></div>
</div><figure class="duet--article--lede-image"><img src="/images/lantern-ash-hearth.jpg" alt="A hearth with fish on a grill">
<figcaption><span class="_1a3i2l0">The hearth at Lantern &amp; Ash, rebuilt with a taller flue.</span>
<cite class="_1a3i2l2">Priya Osterhout/Eater Eastport</cite></figcaption></figure>
<div class="duet--article--article-body-component-container">
${secs(eSecs.slice(0, 2), 'h2', ' class="duet--article--article-body-component _1agbrixa"', ' class="duet--article--dangerously-set-cms-markup"')}
<p class="duet--article--dangerously-set-cms-markup">${eListIntro}</p>
<ul class="duet--article--article-body-component">${lis(eList)}</ul>
<aside class="duet--article--related-link"><p><strong>Read more:</strong> <a href="/maps/best-seafood">The 14 Best Seafood Restaurants in Eastport</a></p>
</aside>
${secs(eSecs.slice(2), 'h2', ' class="duet--article--article-body-component _1agbrixa"', ' class="duet--article--dangerously-set-cms-markup"')}
${ps(eEnd, ' class="duet--article--dangerously-set-cms-markup"')}
<div class="duet--article--review-details c-venue-box"><h3 class="_1d3nx0">The details</h3><ul class="_1d3nx1">${lis(eDetails)}</ul></div>
</div>
<div class="duet--article--newsletter"><h4>Sign up for the newsletter Eater Eastport</h4><p>The freshest news from the local food world</p>
<form><input type="email" placeholder="Email (required)"><button>Sign Up</button></form>
<p class="_1n2lq">By submitting your email, you agree to our Terms and Privacy Notice. This site is protected by reCAPTCHA.</p></div>
</article>
<section class="duet--recirculation--more-in"><h2>More in Reviews</h2><ul>${links(eMore)}</ul></section></main>
<footer class="duet--navigation--footer"><ul>${links(eFoot)}</ul><p>© 2026 Vox Media, LLC. All Rights Reserved</p></footer>
<div id="privacy-consent" class="_1c8w6"><p>We use cookies and other tracking technologies to improve your browsing experience on our site.</p>
<button>Accept All</button><button>Manage Preferences</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"hydration":{"responses":[{"operationName":"ArticleQuery"}]}}},
"page":"/[...slugs]"}</script>
</body></html>`;
const eater: TestPage = {
  name: 'heldout330-eater-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: [...heads(eSecs.slice(0, 2)), ...heads(eSecs.slice(2))],
  body: texts([...eDek, ...paras(eSecs.slice(0, 2)), eListIntro, ...eList, ...paras(eSecs.slice(2)), ...eEnd, ...eDetails]),
  bylines: ['Dana Whitlock', 'Feb 11, 2026, 10:00 AM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Eastport', ...eNav, 'Cities', ...eCities, 'Search', 'Advertisement', 'Eater Eastport', 'Reviews',
    'Share this story', 'Share this on Facebook', 'Share this on X', 'Copy link',
    'The hearth at Lantern & Ash, rebuilt with a taller flue.', 'Priya Osterhout/Eater Eastport',
    'Read more:', 'The 14 Best Seafood Restaurants in Eastport',
    'Sign up for the newsletter Eater Eastport', 'The freshest news from the local food world', 'Sign Up',
    'By submitting your email, you agree to our Terms and Privacy Notice. This site is protected by reCAPTCHA.',
    'More in Reviews', ...eMore, ...eFoot, '© 2026 Vox Media, LLC. All Rights Reserved',
    'We use cookies and other tracking technologies to improve your browsing experience on our site.', 'Accept All', 'Manage Preferences',
  ],
};

const mName = 'Osteria Velluto';
const mNote = pp(`
  Tucked into a former bookbindery on a quiet lane behind the covered market, this intimate osteria is run by chef Ilaria
  Brenzoni and her partner Corrado, who looks after the room and a cellar strong in northern reds. The cooking is rooted in the
  hills of her childhood but never heavy: hand-cut tajarin with a ragù of rabbit and juniper, a glossy risotto with aged
  mountain cheese, and veal cheek braised for a day in Nebbiolo.

  Pastry is taken as seriously as pasta; the hazelnut cake with zabaglione ice cream is a fine ending. The set lunch, at three
  courses, is excellent value, and the short tasting menu in the evening shows the kitchen at its most precise.`);
const mFacilities = ll('Air conditioning | Counter dining | Interesting wine list | Wheelchair access');
const mInfo = ll('12 Vicolo dei Legatori, Norvella, 40123, Italy | 80 - 140 EUR · Piedmontese, Seasonal Cuisine');
const mNearby = ll(`
  Trattoria del Ponte
  Casa Amerighi
  Fiore di Sale`);
const mNav = ll('Restaurants | Hotels | Magazine | Map | Sign in');
const mFoot = ll(`
  About the MICHELIN Guide | Contact us | Careers | Terms of use | Privacy policy | Cookies policy | Legal notice
  Download our app`);
const mHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${mName} – Norvella - a MICHELIN Guide Restaurant</title>
<meta name="description" content="${mName} – a MICHELIN Guide restaurant: read the inspector’s review, see prices and opening hours.">
<meta property="og:type" content="restaurant.restaurant"><meta property="og:title" content="${mName}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Restaurant","name":"${mName}","address":{"@type":"PostalAddress",
"streetAddress":"12 Vicolo dei Legatori","addressLocality":"Norvella","postalCode":"40123"},"servesCuisine":"Piedmontese, Seasonal Cuisine",
"priceRange":"80 - 140 EUR","award":"1 Star: High quality cooking"}</script>
<script>dataLayer = [{"pageType":"restaurant-detail","district":"norvella","distinction":"1-star"}];</script></head>
<body class="restaurant-details"><header class="header js-header"><div class="container"><a class="header__logo" href="/en">
<img src="/assets/images/michelin-guide-logo.svg" alt="MICHELIN Guide"></a>
<nav class="main-nav"><ul class="main-nav__list">${links(mNav, 'main-nav__item')}</ul></nav></div></header>
<main><div class="container"><nav class="breadcrumb" aria-label="breadcrumb"><ol class="breadcrumb__list">
${links(['Home', 'Restaurants', 'Italy', 'Norvella'], 'breadcrumb-item')}</ol></nav>
<section class="section section-main restaurant-details__heading"><div class="restaurant-details__heading--wrapper">
<h1 class="data-sheet__title">${mName}</h1>
<div class="data-sheet__block"><div class="data-sheet__block--text">${mInfo[0]}</div>
<div class="data-sheet__block--text">${mInfo[1]}</div></div>
<div class="data-sheet__classification"><ul class="restaurant-details__classification--list">
<li><img class="michelin-award" src="/assets/images/icons/1star.svg" alt="One MICHELIN Star"><span>One Star: High quality cooking</span></li>
<li><img src="/assets/images/icons/green-star.svg" alt="MICHELIN Green Star"><span>MICHELIN Green Star</span></li></ul></div>
<div class="restaurant-details__button"><a class="btn btn-primary js-reserve" href="#booking">Reserve a table</a>
<button class="btn btn-secondary js-favorite" aria-label="Add to favorites">Save</button>
<button class="btn btn-secondary js-share">Share</button></div></div></section>
<section class="section section-main"><div class="row"><div class="col-lg-8"><div class="restaurant-details__description">
<div class="restaurant-details__description--text data-sheet__description">
${ps(mNote)}
</div></div>
<div class="restaurant-details__services"><h2 class="section__heading">Facilities &amp; Services</h2>
<ul class="restaurant-details__services--list">${lis(mFacilities, 'restaurant-details__services--content')}</ul></div>
<div class="restaurant-details__hours"><h2 class="section__heading">Opening hours</h2><div class="open__time">
<div class="col-12 day">Tuesday - Saturday</div><div class="open__time-hour">12:30-14:00 · 19:30-22:00</div>
<div class="col-12 day">Sunday - Monday</div><div class="open__time-hour">closed</div></div></div></div>
<div class="col-lg-4"><div class="restaurant-details__map"><div class="js-map" data-lat="44.49" data-lng="11.34"></div>
<a class="link" href="https://maps.example/?q=44.49,11.34">Open in Maps</a>
<div class="collapse__block-item"><span class="d-flex">+39 051 000 4417</span><a class="link" href="https://osteriavelluto.example">Visit Website</a></div>
</div>
</div></div></section>
<section class="section section-main section--bg-gray"><h2 class="section__heading section__heading_title">Nearby Restaurants</h2>
<div class="row restaurant__list">${mNearby
  .map(
    (n) => `<div class="col-md-4 card__menu"><h3 class="card__menu-content--title"><a href="/en/${n.replace(/ /g, '-')}">${n}</a></h3>
<div class="card__menu-footer--price">Norvella · Italian</div></div>`,
  )
  .join('\n')}</div></section></div></main>
<footer class="footer"><div class="container"><ul class="footer__links">${links(mFoot)}</ul>
<p class="footer__copyright">© 2026 MICHELIN. All rights reserved.</p></div></footer>
<div id="didomi-host"><div class="didomi-popup-notice"><p class="didomi-notice-text">We and our partners use cookies to personalise content, measure
audiences and show you relevant offers.</p><button id="didomi-notice-agree-button">Agree and close</button>
<button id="didomi-notice-disagree-button">Continue without agreeing</button></div></div>
<script src="/assets/js/restaurant-details.min.js"></script></body></html>`;
const michelin: TestPage = {
  name: 'heldout330-michelin-guide-docs',
  kind: 'docs',
  html: mHtml,
  title: mName,
  headings: [],
  body: texts(mNote),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mNav, 'Home', 'Restaurants', 'Italy', 'Norvella', ...mInfo, 'One Star: High quality cooking', 'MICHELIN Green Star', 'Reserve a table', 'Save', 'Share',
    'Facilities & Services', ...mFacilities, 'Opening hours', 'Tuesday - Saturday', '12:30-14:00 · 19:30-22:00', 'Sunday - Monday', 'closed',
    'Open in Maps', '+39 051 000 4417', 'Visit Website', 'Nearby Restaurants', ...mNearby, 'Norvella · Italian', ...mFoot,
    '© 2026 MICHELIN. All rights reserved.',
    'We and our partners use cookies to personalise content, measure audiences and show you relevant offers.', 'Agree and close',
    'Continue without agreeing',
  ],
};

export const HELDOUT330_A: readonly TestPage[] = [eater, michelin];
