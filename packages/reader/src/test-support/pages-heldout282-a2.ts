import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, pp } from './pages-heldout282-kit.js';

/**
 * Held-out batch 282, file a2: an Amazon-style marketplace product page (nav belt, department strip, breadcrumbs, byline store
 * link, ratings, price block, buy box, "About this item" bullets under Amazon's own h1, product description, product
 * information table, sponsored rail, customer reviews, "Back to top" and footer).
 */
const aTitle = 'Brindle & Oak Enameled Cast Iron Dutch Oven, 3.5 Quart, Round, with Self-Basting Lid, Slate Blue';
const aBullets = [
  'EVEN, STEADY HEAT: The heavy cast iron body holds temperature for slow braises, crusty bread and deep-fried chicken, from stovetop to oven',
  'SELF-BASTING LID: Raised dimples on the underside of the lid collect steam and drip it back over the food, so stews stay moist without stirring',
  'SMOOTH ENAMEL INSIDE AND OUT: No seasoning needed; the light sand-colored interior makes it easy to watch browning and clean after cooking',
  'SIZED FOR TWO TO FOUR: The 3.5 quart capacity fits a small chicken, a one-pound loaf or a pot of soup for four, and the wide loops give a safe grip',
  'A GIFT THAT LASTS: Packed in a recycled gift box with a cotton pot protector, ready to give for weddings, housewarmings and holidays',
  'WORKS ON EVERY COOKTOP: Gas, electric, ceramic and induction; oven safe to 500°F with the stainless steel knob',
];
const aDescH = 'Product Description';
const aDesc = pp(`
Brindle &amp; Oak started in a two-room foundry workshop with a simple idea: a pot you buy once and cook in for the rest of your
life. Each Dutch oven is sand-cast, hand-finished and coated with two layers of porcelain enamel fired at over 1,400°F.

The 3.5 quart size is our most requested. It is big enough for a Sunday braise and small enough to live on the stove all week.
Preheat it gently on medium heat, add oil before the food, and avoid metal utensils with sharp edges to keep the enamel looking new.

Hand washing is recommended. Let the pot cool before you rinse it, and use a nylon brush or soaking water for anything stuck to the
bottom. Light staining on the interior over time is normal and does not affect cooking.

Every pot leaves the foundry with a printed card that explains how to look after the enamel, and a lifetime warranty against
cracking or chipping under normal home use. If anything goes wrong, write to our care team with a photo and we will put it right.

Looking for a larger size? The same pot is also made in 5.5 and 7.25 quarts, in six glazes from Harbor Grey to Ember Orange.
`);
const aNav = ['All', "Today's Deals", 'Customer Service', 'Registry', 'Gift Cards', 'Sell'];
const aDept = ['Home & Kitchen', 'Kitchen & Dining', 'Cookware', 'Dutch Ovens'];
const aInfo = [
  ['Brand', 'Brindle & Oak'],
  ['Material', 'Enameled Cast Iron'],
  ['Capacity', '3.5 Quarts'],
  ['Color', 'Slate Blue'],
  ['Item Weight', '11.2 Pounds'],
  ['Date First Available', 'March 14, 2025'],
];
const aSpons = ['Hearthline 5 Qt Enameled Dutch Oven, Cherry Red', 'Silicone Handle Covers for Cast Iron, 2 Pack', 'Enamel Cookware Cleaner, 8 oz'];
const aFoot = ['Get to Know Us', 'Careers', 'Make Money with Us', 'Your Account', 'Your Orders', 'Shipping Rates & Policies', 'Help'];
const aRevs = [
  [
    'Marisol T.',
    'Reviewed in the United States on October 3, 2026',
    'Bread comes out perfect',
    'Third loaf this week. The lid fits tight and the crust is amazing.',
  ],
  ['Gideon P.', 'Reviewed in the United States on September 21, 2026', 'Heavy but worth it', 'Chipped a little at the rim after a drop, otherwise great.'],
];
const aHtml = `<!doctype html><html lang="en-us" class="a-js a-audio a-video a-canvas a-svg"><head><meta charset="utf-8">
<title>Amazon.com: Brindle &amp; Oak Enameled Cast Iron Dutch Oven, 3.5 Quart : Home &amp; Kitchen</title>
<meta name="description" content="Amazon.com: Brindle &amp; Oak Enameled Cast Iron Dutch Oven, 3.5 Quart: Home &amp; Kitchen">
<meta name="title" content="Brindle &amp; Oak Dutch Oven"><link rel="canonical" href="https://www.amazon.example/dp/B0DX4K7Q2M">
<script>var ue_t0=ue_t0||+new Date();window.ue_ihb=1;var ue_sid='132-7730411-0093281',ue_mid='ATVPDKIKX0DER',ue_sn='www.amazon.com';</script>
<script type="text/javascript">P.when('A').execute(function(A){A.declarative('a-expander-toggle','click',function(){});});</script></head>
<body class="a-m-us a-aui_72554-c a-aui_a11y_6_837773-c dp"><div id="a-page">
<header id="navbar-main" class="nav-opt-sprite nav-flex nav-locale-us nav-lang-en nav-ssl nav-unrec"><div id="navbar" role="navigation"
class="nav-sprite-v1 celwidget nav-bluebeacon"><div id="nav-belt"><div class="nav-left"><a href="/ref=nav_logo" id="nav-logo-sprites"
class="nav-logo-link nav-progressive-attribute" aria-label="Amazon"></a>
<div id="nav-global-location-slot"><span id="glow-ingress-line1">Deliver to</span><span id="glow-ingress-line2">Alder Falls 97214</span></div></div>
<div class="nav-fill"><form id="nav-search-bar-form"><input type="text" id="twotabsearchtextbox" placeholder="Search Amazon" aria-label="Search
Amazon"></form></div>
<div class="nav-right"><a href="/gp/css/homepage.html" id="nav-link-accountList"><span id="nav-link-accountList-nav-line-1">Hello, sign in</span>
<span class="nav-line-2">Account &amp; Lists</span></a><a href="/gp/css/order-history" id="nav-orders"><span class="nav-line-2">Returns &amp;
Orders</span></a>
<a href="/gp/cart/view.html" id="nav-cart"><span class="nav-line-2">Cart</span></a></div></div>
<div id="nav-main" class="nav-sprite"><ul id="nav-xshop">${links(aNav, 'nav-a')}</ul></div></div></header>
<div id="dp" class="home_kitchen en_US"><div id="dp-container" class="a-container" role="main">
<div id="wayfinding-breadcrumbs_feature_div" class="celwidget"><ul class="a-unordered-list a-horizontal a-size-small">
${links(aDept, 'a-breadcrumb-item')}</ul></div>
<div id="ppd"><div id="leftCol" class="a-column a-span3"><div id="imageBlock"><div id="imgTagWrapperId" class="imgTagWrapper">
<img alt="Brindle &amp; Oak Dutch Oven" src="https://m.media-amazon.example/images/I/71rQ0bXk2.jpg" id="landingImage"></div>
<span class="a-declarative"><span id="canvasCaption" class="a-size-small a-color-secondary">Roll over image to zoom in</span></span></div></div>
<div id="centerCol" class="centerColAlign"><div id="titleSection" class="a-section a-spacing-none"><h1 id="title" class="a-size-large a-spacing-none">
<span id="productTitle" class="a-size-large product-title-word-break">        ${aTitle.replace(/&/g, '&amp;')}       </span></h1></div>
<div id="bylineInfo_feature_div"><a id="bylineInfo" class="a-link-normal" href="/stores/BrindleOak/page/3A1F">Visit the Brindle &amp; Oak Store</a></div>
<div id="averageCustomerReviews"><span id="acrPopover" title="4.6 out of 5 stars"><span class="a-size-base a-color-base">4.6</span></span>
<a id="acrCustomerReviewLink" href="#customerReviews"><span id="acrCustomerReviewText" class="a-size-base">3,417 ratings</span></a>
<span id="askATFLink"><span class="a-size-base">| Search this page</span></span></div>
<div id="zeitgeistBadge_feature_div"><a class="badge-link" href="/gp/bestsellers/kitchen/678540011"><i class="p13n-best-seller-badge">#1 Best Seller</i>
</a><span class="cat-name">in Dutch Ovens</span></div>
<div id="socialProofingAsinFaceout_feature_div"><span id="social-proofing-faceout-title-tk_bought" class="a-text-bold">2K+ bought in past month</span></div>
<div id="corePriceDisplay_desktop_feature_div"><span class="a-price aok-align-center reinventPricePriceToPayMargin priceToPay">
<span class="a-offscreen">$79.95</span><span aria-hidden="true"><span class="a-price-symbol">$</span><span class="a-price-whole">79<span
class="a-price-decimal">.</span></span><span class="a-price-fraction">95</span></span></span></div>
<div id="featurebullets_feature_div" class="celwidget"><div id="feature-bullets" class="a-section a-spacing-medium a-spacing-top-small">
<h1 class="a-size-base-plus a-text-bold"> About this item </h1><ul class="a-unordered-list a-vertical a-spacing-mini">
${lis(
  aBullets.map((b) => `<span class="a-list-item">${b}</span>`),
  'a-spacing-mini',
)}</ul>
<span class="a-declarative"><a class="a-link-normal" href="#productDetails">› See more product details</a></span></div></div></div>
<div id="rightCol"><div id="buybox"><div id="deliveryBlockMessage"><span data-csa-c-type="element">FREE delivery <span class="a-text-bold">Thursday,
October 15</span></span></div>
<div id="availability" class="a-section a-spacing-base"><span class="a-size-medium a-color-success">In Stock</span></div>
<span class="a-button a-button-primary"><input id="add-to-cart-button" type="submit" value="Add to Cart" aria-labelledby="submit.add-to-cart-announce">
<span id="submit.add-to-cart-announce" class="a-button-text">Add to Cart</span></span>
<span class="a-button a-button-oneclick"><span id="submit.buy-now-announce" class="a-button-text">Buy Now</span></span>
<div id="merchantInfoFeature_feature_div"><span class="a-size-small">Ships from</span> <span class="a-size-small">Amazon</span>
<span class="a-size-small">Sold by</span> <span class="a-size-small">Brindle and Oak Direct</span></div></div></div></div>
<div id="sp_detail" class="a-carousel-container"><h2 class="a-carousel-heading">Products related to this item</h2>
<span class="sp_desktop_sponsored_label">Sponsored</span><ol class="a-carousel">${links(aSpons, 'a-carousel-card')}</ol></div>
<div id="productDescription_feature_div" class="celwidget"><h2>${aDescH}</h2><div id="productDescription"
class="a-section a-spacing-small">
${ps(aDesc, ' class="a-spacing-base"')}
</div></div>
<div id="prodDetails" class="a-section"><h2>Product information</h2><table id="productDetails_techSpec_section_1"
class="a-keyvalue prodDetTable" role="presentation">
${aInfo
  .map(
    ([k, v]) => `<tr><th class="a-color-secondary a-size-base prodDetSectionEntry">${k}</th>
<td class="a-size-base prodDetAttrValue">${(v ?? '').replace(/&/g, '&amp;')}</td></tr>`,
  )
  .join('\n')}
</table></div>
<div id="reviewsMedley" class="a-section"><h2 data-hook="dp-local-reviews-header">Top reviews from the United States</h2>
${aRevs
  .map(
    (r, i) => `<div id="R3${i}KQ" data-hook="review" class="a-section review aok-relative"><div class="a-profile-content">
<span class="a-profile-name">${r[0]}</span></div><a data-hook="review-title" class="a-link-normal review-title"><span>${r[2]}</span></a>
<span data-hook="review-date" class="a-size-base a-color-secondary review-date">${r[1]}</span>
<span data-hook="avp-badge" class="a-size-mini a-color-state a-text-bold">Verified Purchase</span>
<div data-hook="review-collapsed" class="a-expander-content reviewText"><span>${r[3]}</span></div>
<span data-hook="helpful-vote-statement" class="a-size-base a-color-tertiary">${14 - i * 9} people found this helpful</span>
<span class="a-button"><span class="a-button-text">Helpful</span></span><a class="a-link-normal report-abuse-link">Report</a></div>`,
  )
  .join('\n')}
<a id="cr-pagination-footer-0" class="a-link-emphasis" href="/product-reviews/B0DX4K7Q2M">See more reviews</a></div></div></div>
<div id="navFooter" class="navLeftFooter nav-sprite-v1"><a href="#nav-top" id="navBackToTop"><div class="navFooterBackToTop">
<span class="navFooterBackToTopText">Back to top</span></div></a>
<div class="navFooterVerticalColumn navAccessibility" role="presentation"><ul>${links(aFoot, 'nav_first')}</ul></div>
<div class="navFooterLine navFooterLinkLine navFooterPadItemLine"><span>Conditions of Use</span><span>Privacy Notice</span>
<span>© 1996-2026, Amazon.com, Inc. or its affiliates</span></div></div></div>
<script>P.when('A','ready').execute(function(A){A.trigger('dp:loaded');});</script></body></html>`;
export const amazon: TestPage = {
  name: 'heldout282-amazon-product',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: ['About this item', aDescH],
  body: texts([...aBullets, ...aDesc]),
  bylines: ['Visit the Brindle & Oak Store'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Deliver to', 'Alder Falls 97214', 'Hello, sign in', 'Account & Lists', 'Returns & Orders', 'Cart', ...aNav, ...aDept, 'Roll over image to zoom in',
    '3,417 ratings', 'Search this page', '#1 Best Seller', 'in Dutch Ovens', '2K+ bought in past month', '$79.95',
    '› See more product details', 'FREE delivery', 'In Stock', 'Add to Cart', 'Buy Now', 'Ships from', 'Sold by', 'Brindle and Oak Direct',
    'Products related to this item', 'Sponsored', ...aSpons, 'Product information', ...aInfo.flat().filter((t) => t !== 'Brindle & Oak'),
    'Top reviews from the United States', ...aRevs.flat(), 'Verified Purchase', '14 people found this helpful', '5 people found this helpful', 'Helpful',
    'Report', 'See more reviews', 'Back to top', ...aFoot, 'Conditions of Use', 'Privacy Notice', '© 1996-2026, Amazon.com, Inc. or its affiliates',
  ],
};
