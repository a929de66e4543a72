import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout334-kit.js';

/**
 * Held-out batch 334, file b: a paint brand's colour-trend journal post on an Adobe Experience Manager site (cmp-* core
 * components, brand mega-menu, colour swatch chips with codes, "Order a sample" buttons, a "Shop the look" rail, the newsletter
 * and a Cookiebot banner) and a DIY retailer's project guide in the Home Depot style (React markup, store picker, breadcrumbs,
 * skill/time badges, product tiles with prices and ratings between the steps, "Shop This Project" list and footer).
 */
const dTitle = 'Colour of the Year 2027: Meet Quiet Fern';
const dIntro = [
  j(
    'Every year our colour team spends months looking at fashion, architecture and the way people are using their homes before',
    'choosing a single shade to lead the collection. For 2027 that shade is Quiet Fern, a muted grey-green with a soft yellow undertone.',
  ),
  j(
    'It is a colour that sits comfortably next to natural materials: oak floors, linen, terracotta and stone. In daylight it reads',
    'as a gentle green; under warm evening lamps it turns almost sage-grey.',
  ),
];
const dWhy = [
  j(
    'After several years of bold, saturated trend colours, the homes we visited were asking for calm. People told us they wanted',
    'rooms that feel restful, that work from morning coffee to a late video call, and that do not date in eighteen months.',
  ),
  j(
    '“Quiet Fern is a colour you can live with,” says Oriana Vell, head of our colour studio. “It is green without being loud,',
    'and it lets the furniture and the light do the talking.”',
  ),
];
const dPalettes = [
  'Calm: Quiet Fern with Chalk Linen and Pale Birch, for bedrooms and reading corners.',
  'Grounded: Quiet Fern with Clay Pot and Walnut Shell, for living rooms and hallways.',
  'Fresh: Quiet Fern with Morning Mist and Lemon Peel, for kitchens and home offices.',
];
const dHow = [
  j(
    'Try it on all four walls and the ceiling of a small room for a cocooning effect, or paint just the lower half of a wall',
    'below a dado rail and keep a pale neutral above. On woodwork, a satin finish picks up the yellow undertone and works well on',
    'kitchen cabinets and panelled doors.',
  ),
  j(
    'In a north-facing room, pair it with a warm white on the ceiling to stop it looking cold. In a sunny south-facing room it',
    'can take a crisper, cooler white, and it will still feel soft by the evening.',
  ),
  'Always paint a large test patch and look at it at different times of day before you commit.',
];
const dNav = ['Colours', 'Products', 'Inspiration', 'Advice', 'Find a Stockist'];
const dSwatches: readonly [string, string][] = [
  ['Quiet Fern', '60GY 41/126'],
  ['Chalk Linen', '10YY 83/061'],
  ['Clay Pot', '30YR 36/264'],
];
const dShop = ['Quiet Fern Matt Emulsion 2.5L', 'Quiet Fern Satinwood 750ml', 'Quiet Fern Tester Pot'];
const dHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><title>${dTitle} | Duroval Paints</title>
<meta name="template" content="journal-article-page"><meta property="og:title" content="${dTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${dTitle}",
"publisher":{"@type":"Organization","name":"Duroval Paints"},"datePublished":"2026-09-10"}</script>
<script>window.adobeDataLayer = window.adobeDataLayer || []; adobeDataLayer.push({"page":{"template":"journal-article-page"}});</script>
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="4f2c"></script>
<link rel="stylesheet" href="/etc.clientlibs/duroval/clientlibs/clientlib-site.min.css"></head>
<body class="page basicpage"><div class="root container responsivegrid"><div class="cmp-container">
<div class="header experiencefragment"><header class="cmp-header"><a class="cmp-header__logo" href="/en-gb">Duroval</a>
<nav class="cmp-navigation"><ul class="cmp-navigation__group">${links(dNav, 'cmp-navigation__item')}</ul></nav>
<a class="cmp-header__basket" href="/en-gb/basket">Basket (0)</a></header></div>
<div class="breadcrumb"><nav class="cmp-breadcrumb"><ol class="cmp-breadcrumb__list">
<li class="cmp-breadcrumb__item"><a href="/en-gb">Home</a></li><li class="cmp-breadcrumb__item"><a href="/en-gb/inspiration">Inspiration</a></li>
<li class="cmp-breadcrumb__item cmp-breadcrumb__item--active">Colour Journal</li></ol></nav></div>
<div class="title"><div class="cmp-title"><h1 class="cmp-title__text">${dTitle}</h1></div></div>
<div class="text cmp-text--meta"><div class="cmp-text"><p class="journal-meta">Colour Journal · 10 September 2026 · 4 min read</p></div></div>
<div class="image"><div class="cmp-image"><img class="cmp-image__image" src="/content/dam/duroval/journal/quiet-fern-hero.jpg" alt="">
<span class="cmp-image__title">Walls in Quiet Fern, woodwork in Chalk Linen. Styling: Hesper Moy</span></div></div>
<div class="text"><div class="cmp-text">${ps(dIntro)}</div></div>
<div class="swatches"><div class="cmp-swatch-list">
${dSwatches
  .map(
    ([n, c]) => `<div class="cmp-swatch"><span class="cmp-swatch__name">${n}</span><span class="cmp-swatch__code">${c}</span>
<a class="cmp-swatch__cta" href="/en-gb/colours/${c.replace(/\W+/g, '-')}">Order a sample</a></div>`,
  )
  .join('\n')}</div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">Why a quiet green?</h2></div></div>
<div class="text"><div class="cmp-text">${ps(dWhy)}</div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">Three palettes to try</h2></div></div>
<div class="text"><div class="cmp-text"><ul>${lis(dPalettes)}</ul></div></div>
<div class="title"><div class="cmp-title"><h2 class="cmp-title__text">How to use it at home</h2></div></div>
<div class="text"><div class="cmp-text">${ps(dHow)}</div></div>
<div class="teaser cmp-teaser--promo"><div class="cmp-teaser"><div class="cmp-teaser__title">Try our Visualiser</div>
<div class="cmp-teaser__description">Upload a photo of your room and see it in Quiet Fern.</div>
<a class="cmp-teaser__action-link" href="/en-gb/visualiser">Start now</a></div></div>
<div class="product-carousel"><h2 class="cmp-carousel__title">Shop the look</h2><ul>${links(dShop, 'cmp-product-tile')}</ul></div>
<div class="newsletter"><form class="cmp-form"><h3>Be the first to see new colours</h3>
<p>Sign up for inspiration, offers and colour advice.</p><input type="email" aria-label="Email"><button>Sign me up</button></form></div>
<div class="footer experiencefragment"><footer class="cmp-footer"><ul>${links(['Contact us', 'Delivery', 'Returns', 'Privacy', 'Cookies'])}</ul>
<p class="cmp-footer__legal">© 2026 Duroval Coatings Ltd. Registered in England No. 04418821.</p></footer></div>
</div></div>
<div id="CybotCookiebotDialog" role="dialog"><h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2>
<div id="CybotCookiebotDialogBodyContentText">We use cookies to show you relevant colours and to measure our site.</div>
<button id="CybotCookiebotDialogBodyButtonAccept">Allow all</button><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button></div>
</body></html>`;
const duroval: TestPage = {
  name: 'heldout334-aem-paint-journal-blog',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: ['Why a quiet green?', 'Three palettes to try', 'How to use it at home'],
  body: texts([...dIntro, ...dWhy, ...dPalettes, ...dHow]),
  bylines: ['Colour Journal · 10 September 2026 · 4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Duroval', ...dNav, 'Basket (0)', 'Home', 'Inspiration', 'Colour Journal', 'Walls in Quiet Fern, woodwork in Chalk Linen. Styling: Hesper Moy',
    ...dSwatches.map(([, c]) => c), 'Order a sample', 'Try our Visualiser', 'Upload a photo of your room and see it in Quiet Fern.', 'Start now',
    'Shop the look', ...dShop, 'Be the first to see new colours', 'Sign up for inspiration, offers and colour advice.', 'Sign me up', 'Contact us',
    'Delivery', 'Returns', 'Privacy', '© 2026 Duroval Coatings Ltd. Registered in England No. 04418821.', 'This website uses cookies',
    'We use cookies to show you relevant colours and to measure our site.', 'Allow all', 'Deny',
  ],
};

const rTitle = 'How to Build a Raised Garden Bed';
const rIntro = [
  j(
    'A raised bed warms up earlier in spring, drains better than heavy clay and saves your back at weeding time. This',
    'simple 4 by 8 foot design uses standard lumber, needs no special joinery and can be built in an afternoon.',
  ),
];
const rSteps: readonly [string, string[]][] = [
  [
    'Choose the Location',
    [
      j(
        'Pick a level spot that gets at least six hours of direct sun. Keep the bed within reach of a hose, and leave at least',
        'two feet of path on each side so you can kneel and push a wheelbarrow.',
      ),
    ],
  ],
  [
    'Cut the Boards',
    [
      'Cut two 2x10 boards to 8 feet and two to 45 inches. Cut four corner posts from a 4x4 at 12 inches long.',
      'Most stores will make straight cuts for you at the lumber counter if you bring your measurements.',
    ],
  ],
  [
    'Assemble the Frame',
    [
      j(
        'Stand a corner post on a flat surface and fasten the end of a long board to it with three 3-inch exterior screws. Repeat',
        'at each corner, keeping the short boards inside the long ones so the outside dimensions stay at 4 by 8 feet.',
      ),
      'Check the frame for square by measuring both diagonals. They should match within a quarter inch.',
    ],
  ],
  [
    'Line the Bed (Optional)',
    [
      j(
        'If moles or voles are a problem in your area, staple galvanized hardware cloth across the bottom of the frame before you',
        'set it in place. A strip of landscape fabric stapled around the inside of the boards keeps soil from washing out through the joints.',
      ),
    ],
  ],
  [
    'Fill and Plant',
    [
      j(
        'Lay cardboard on the ground inside the frame to smother grass, then fill with a mix of about 60 percent topsoil and 40',
        'percent compost. Water it well and let it settle for a day before planting.',
      ),
      'Top up the bed with an inch of compost each spring, as the soil level will sink a little every year.',
    ],
  ],
];
const rTiles: readonly [string, string, string][] = [
  ['2 in. x 10 in. x 8 ft. Cedar Board', '$24.98', '(1,204)'],
  ['GRK #9 x 3 in. Exterior Screws (100-Pack)', '$18.47', '(3,512)'],
  ['Garden Soil Blend 1.5 cu. ft.', '$9.97', '(880)'],
];
const rTile = ([n, price, count]: readonly [string, string, string]): string => `<div class="product-pod" data-testid="product-pod">
<img class="product-pod__image" src="/catalog/productImages/145.jpg" alt=""><div class="product-pod__brand-name">Acreline</div>
<a class="product-pod__title" href="/p/${count.replace(/\D/g, '')}"><span class="product-pod__title__product">${n}</span></a>
<div class="price-format__main-price">${price}</div><div class="ratings-reviews"><span class="ratings-reviews__count">${count}</span></div>
<button class="bttn bttn--primary" data-testid="add-to-cart">Add to Cart</button></div>`;
const rNav = ['All Departments', 'Home Decor & Furniture', 'DIY Projects & Ideas', 'Specials & Offers'];
const rShop = ['Cedar Lumber', 'Exterior Screws', 'Garden Soil', 'Landscape Fabric'];
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${rTitle} - The Hearth Depot</title>
<meta name="description" content="Step-by-step instructions for a cedar raised garden bed.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"${rTitle}","estimatedCost":"$120"}</script>
<script>window.__APOLLO_STATE__={"ROOT_QUERY":{"storeId":"6619","experience":"diy-projects"}};</script></head>
<body><div id="root"><div class="Header3">
<div class="MyStore"><button class="MyStore__button">Pine Hollow #6619</button><span class="MyStore__hours">Open until 10 pm</span></div>
<a class="Header3__logo" href="/">The Hearth Depot</a><input class="SearchBox__input" placeholder="What can we help you find today?">
<nav class="Header3__nav"><ul>${links(rNav, 'Header3__nav-item')}</ul></nav></div>
<main class="diy-article grid"><nav class="breadcrumbs" aria-label="breadcrumb"><a href="/">Home</a> /
<a href="/c/diy_projects_and_ideas">DIY Projects &amp; Ideas</a> / <a href="/c/outdoor_projects">Outdoor Projects</a></nav>
<div class="diy-article__header"><h1 class="diy-article__title">${rTitle}</h1>
<div class="diy-article__badges"><span class="badge">Skill Level: Beginner</span><span class="badge">Time: 3-4 hours</span>
<span class="badge">Estimated Cost: $100-$150</span></div>
<div class="diy-article__author">Last updated October 3, 2026</div></div>
<img class="diy-article__hero" src="/hdus/en_US/DTCCOMNEW/fetch/raised-bed.jpg" alt="">
<div class="diy-article__content">
${ps(rIntro)}
${rSteps
  .map(
    ([h, p], i) => `<section class="diy-step"><h2 class="diy-step__title"><span class="diy-step__num">${i + 1}</span> ${h}</h2>
${ps(p)}
${i < 3 && rTiles[i] !== undefined ? `<div class="product-pod-row">${rTile(rTiles[i])}</div>` : ''}</section>`,
  )
  .join('\n')}
</div>
<aside class="shop-this-project"><h2>Shop This Project</h2><ul>${links(rShop)}</ul></aside>
<section class="related-projects"><h2>More Outdoor Projects</h2><ul>${links(['How to Build a Compost Bin', 'How to Install Landscape Edging'])}</ul></section>
</main>
<footer class="Footer"><div class="Footer__customer-service">Customer Service</div>
<ul>${links(['Check an Order', 'Returns', 'Gift Cards', 'Store Locator'], 'Footer__link')}</ul>
<p class="Footer__copyright">© 2000-2026 Hearth Depot Product Authority, LLC. All Rights Reserved.</p></footer>
<div class="cookie-consent"><p>We use cookies and similar tools to improve your shopping experience.</p><button>Accept</button></div>
</div></body></html>`;
const hearth: TestPage = {
  name: 'heldout334-homedepot-project-guide-docs',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: rSteps.map(([h], i) => `${i + 1} ${h}`),
  body: texts([...rIntro, ...rSteps.flatMap(([, p]) => p)]),
  bylines: ['Last updated October 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Pine Hollow #6619', 'Open until 10 pm', 'The Hearth Depot', ...rNav, 'Outdoor Projects', 'Skill Level: Beginner', 'Time: 3-4 hours',
    'Estimated Cost: $100-$150', 'Acreline', ...rTiles.flat(), 'Add to Cart', 'Shop This Project', ...rShop, 'More Outdoor Projects',
    'How to Build a Compost Bin', 'How to Install Landscape Edging', 'Customer Service', 'Check an Order', 'Returns', 'Gift Cards', 'Store Locator',
    '© 2000-2026 Hearth Depot Product Authority, LLC. All Rights Reserved.', 'We use cookies and similar tools to improve your shopping experience.',
    'Accept',
  ],
};

export const HELDOUT334_B: readonly TestPage[] = [duroval, hearth];
