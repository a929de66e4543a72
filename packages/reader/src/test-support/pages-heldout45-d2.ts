import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 45, file d2: an Amazon single customer review page (/gp/customer-reviews/...) with its comment thread (the
 * nav belt with "Deliver to", search, "Hello, sign in", "Returns & Orders" and the cart, the nav strip, "Customer Review",
 * the reviewer's profile, stars, title, "Reviewed in ... on" date, format strip, "Verified Purchase", the review body with an
 * image, the helpful count, "Helpful" and "Report", the comments with "Report abuse" and "Sign in to comment", the product
 * box with price and ratings, a-state JSON and P.when scripts, "Back to top" and the footer columns).
 */
const azTitle = 'The temperature hold is great, the lid hinge broke in week six';
const azProduct = 'Kettlewise Pour-Over Gooseneck Electric Kettle, 1.7 Quart, Variable Temperature, Keep Warm, Matte Black';
const azReview = [
  'I bought this mainly for pour-over coffee and green tea, and for that job it is excellent. You can set any temperature from ' +
    '105 to 212°F in one degree steps, and my thermometer agreed with the display to within a degree every time I checked. The ' +
    'hold function keeps it there for an hour, which is great when you are making a second cup.',
  'The spout is the best part. It pours a thin, steady stream that you can control even when the kettle is full, and it never ' +
    'dribbles down the side the way my old one did.',
  'Now the bad part. The lid is held on by a small plastic hinge, and in week six it cracked when I opened it with one hand. ' +
    'The lid still sits on top but it no longer clicks shut, so steam leaks out and the base beeps an error if you tilt it. ' +
    'For a kettle at this price I expected a metal hinge.',
  'I contacted the seller and was offered a replacement, which arrived quickly, so I have bumped this up from one star to two. ' +
    'If the new lid lasts I will update this review.',
];
const azComments = [
  {
    who: 'Beth Sandoval',
    when: '2 weeks ago',
    text: 'Mine cracked in exactly the same place after about two months. Glad it is not just me. Did the replacement come with the newer lid design?',
  },
  {
    who: 'R. Castellanos',
    when: '2 weeks ago',
    text: 'Beth, yes, the replacement lid has a thicker hinge with a small metal pin in it. Fingers crossed it holds up better.',
  },
  {
    who: 'Kettlewise Customer Care',
    when: '12 days ago',
    text:
      'We are sorry about the hinge. Kettles made after September 2025 use the reinforced lid shown in the second photo. If yours ' +
      'has the older lid, contact us with your order number and we will send the new one free of charge.',
  },
  { who: 'tom h.', when: '5 days ago', text: 'Useful to know about the newer lid. Two months in and my hinge is still fine, for what it is worth.' },
];
const azNavMain = ['All', "Today's Deals", 'Registry', 'Prime Video', 'Customer Service', 'Gift Cards', 'Sell'];
const azFoot: [string, string[]][] = [
  ['Get to Know Us', ['Careers', 'Amazon Newsletter', 'About Amazon', 'Accessibility', 'Sustainability', 'Press Center', 'Investor Relations']],
  ['Make Money with Us', ['Sell on Amazon', 'Supply to Amazon', 'Become an Affiliate', 'Advertise Your Products', 'Self-Publish with Us']],
  ['Let Us Help You', ['Your Account', 'Your Orders', 'Shipping Rates & Policies', 'Returns & Replacements', 'Manage Your Content and Devices', 'Help']],
];
const azLegal = ['Conditions of Use', 'Privacy Notice', 'Consumer Health Data Privacy Disclosure', 'Your Ads Privacy Choices'];
const azHtml = `<!doctype html><html lang="en-us" class="a-no-js" data-19ax5a9jf="dingo"><head><meta charset="utf-8">
<script type="text/javascript">var ue_t0=ue_t0||+new Date();</script><title>Amazon.com: Customer reviews: ${azProduct}</title>
<meta name="description" content="${azTitle}"><link rel="stylesheet" href="https://m.media-amazon.example/images/I/11EIQ5IGqaL._RC|01ZTHTZObnL.css_.css">
<script>(window.AmazonUIPageJS ? AmazonUIPageJS : P).when('cr-A11y').execute(function(){ /* review page a11y */ });</script></head>
<body class="a-m-us a-aui_72554-c a-aui_accordion_a11y_role_354025-c a-aui_killswitch_csa_logger_372963-c a-meter-animate"><div id="a-page">
<a id="skiplink" tabindex="0" class="skip-link" href="#skippedLink">Skip to main content</a><header id="navbar-main" class="nav-opt-sprite nav-locale-us"
role="banner" aria-label="Your Amazon.com"><div id="navbar" class="nav-sprite-v1 celwidget nav-bluebeacon"><div id="nav-belt"><div class="nav-left">
<div id="nav-logo"><a href="/ref=nav_logo" id="nav-logo-sprites" class="nav-logo-link nav-progressive-attribute" aria-label="Amazon">
<span class="nav-sprite nav-logo-base"></span><span class="nav-logo-locale">.us</span></a></div><div id="nav-global-location-slot">
<span id="nav-global-location-data-modal-action" class="a-declarative"><a id="nav-global-location-popover-link" class="nav-a nav-a-2 a-popover-trigger"
tabindex="0"><div class="nav-sprite" id="nav-packard-glow-loc-icon"></div><div id="glow-ingress-block"><span class="nav-line-1 nav-progressive-content"
id="glow-ingress-line1">Deliver to</span><span class="nav-line-2 nav-progressive-content"
id="glow-ingress-line2">Update location</span></div></a></span></div></div>
<div class="nav-fill" id="nav-fill-search"><form id="nav-search-bar-form" accept-charset="utf-8" action="/s/ref=nb_sb_noss" class="nav-searchbar" method="GET"
name="site-search" role="search"><div class="nav-left"><div id="nav-search-dropdown-card"><div class="nav-search-scope nav-sprite">
<div class="nav-search-facade"><span id="nav-search-label-id" class="nav-search-label">All</span></div><select aria-describedby="searchDropdownDescription"
class="nav-search-dropdown searchSelect" id="searchDropdownBox" name="url"><option value="search-alias=aps">All Departments</option>
<option value="search-alias=appliances">Appliances</option><option value="search-alias=kitchen">Home &amp; Kitchen</option></select></div></div></div>
<div class="nav-fill"><input type="text" id="twotabsearchtextbox" placeholder="Search Amazon" name="field-keywords" aria-label="Search Amazon"></div>
<div class="nav-right"><input type="submit" id="nav-search-submit-button" class="nav-input nav-progressive-attribute" value="Go"></div></form></div>
<div class="nav-right"><div id="nav-tools" class="layoutToolbarPadding"><a href="/customer-preferences/edit" class="nav-a nav-a-2 icp-link-style-2"
id="icp-nav-flyout"><span class="icp-nav-link-inner"><span class="nav-line-1"></span><span class="nav-line-2"><span class="icp-nav-flag icp-nav-flag-us"
aria-label="English"></span><div>EN</div></span></span></a><a href="/ap/signin" class="nav-a nav-a-2 nav-truncate" data-nav-role="signin"
id="nav-link-accountList"><div class="nav-line-1-container"><span id="nav-link-accountList-nav-line-1" class="nav-line-1 nav-progressive-content">Hello,
sign in</span></div><span class="nav-line-2">Account &amp; Lists<span class="nav-icon nav-arrow"></span></span></a><a href="/gp/css/order-history"
class="nav-a nav-a-2" id="nav-orders"><span class="nav-line-1">Returns</span><span class="nav-line-2">&amp; Orders</span></a>
<a href="/gp/cart/view.html" aria-label="0 items in cart" class="nav-a nav-a-2 nav-a-icon" id="nav-cart"><div id="nav-cart-count-container">
<span id="nav-cart-count" aria-hidden="true" class="nav-cart-count nav-cart-0">0</span></div><div id="nav-cart-text-container"><span aria-hidden="true"
class="nav-line-2">Cart</span></div></a></div></div></div><div id="nav-main" class="nav-sprite"><div class="nav-fill" id="nav-xshop-container">
<ul id="nav-xshop" class="nav-ul">${links(azNavMain, 'nav-li')}</ul></div></div></div></header>
<a id="skippedLink" tabindex="-1"></a><div id="cm_cr-review_permalink" class="a-container"><div class="a-fixed-right-grid"><div class="a-fixed-right-grid-inner"
style="padding-right:285px"><div class="a-fixed-right-grid-col a-col-left" style="padding-right:4.5%;float:left"><h1
class="a-size-large a-spacing-medium">Customer Review</h1>
<div id="customer_review-R2KX4Q8ZL0M3TA" class="a-section celwidget" data-csa-c-id="9q1k2x-a0b1c2" data-hook="review">
<div class="a-row a-spacing-mini"><a href="/gp/profile/amzn1.account.AEQT4RZ5Q2/ref=cm_cr_arp_d_gw_btm" class="a-profile" data-a-size="small">
<div aria-hidden="true" class="a-profile-avatar-wrapper"><div class="a-profile-avatar"><img
src="https://m.media-amazon.example/images/S/amazon-avatars-global/default.png"
class="" data-src="" alt=""><noscript><img src="https://m.media-amazon.example/images/S/amazon-avatars-global/default.png"></noscript></div></div>
<div class="a-profile-content"><span class="a-profile-name">R. Castellanos</span></div></a></div><div class="a-row">
<a class="a-link-normal" title="2.0 out of 5 stars" href="/gp/customer-reviews/R2KX4Q8ZL0M3TA/ref=cm_cr_srp_d_rvw_ttl?ASIN=B0D4K7XQ21">
<i data-hook="review-star-rating" class="a-icon a-icon-star a-star-2 review-rating"><span class="a-icon-alt">2.0 out of 5 stars</span></i></a>
<span class="a-letter-space"></span><a data-hook="review-title" class="a-size-base a-link-normal review-title a-color-base review-title-content a-text-bold"
href="/gp/customer-reviews/R2KX4Q8ZL0M3TA/ref=cm_cr_srp_d_rvw_ttl?ASIN=B0D4K7XQ21"><span>${azTitle}</span></a></div>
<span data-hook="review-date" class="a-size-base a-color-secondary review-date">Reviewed in the United States on October 30, 2025</span>
<div class="a-row a-spacing-mini review-data review-format-strip"><a data-hook="format-strip" class="a-size-mini a-link-normal a-color-secondary"
href="/product-reviews/B0D4K7XQ21/ref=cm_cr_arp_d_rvw_fmt?formatType=current_format">Size: 1.7 Quart<i class="a-icon a-icon-text-separator" role="img"
aria-label="|"></i>Color: Matte Black</a><i class="a-icon a-icon-text-separator" role="img" aria-label="|"></i>
<span data-hook="avp-badge" class="a-size-mini a-color-state a-text-bold">Verified Purchase</span></div>
<div class="a-row a-spacing-small review-data"><span data-hook="review-body" class="a-size-base review-text review-text-content"><span>
${azReview.join('<br><br>')}</span></span></div><div class="review-image-container"><div class="a-section a-spacing-medium review-image-tile-section">
<img alt="Customer image" src="https://m.media-amazon.example/images/I/71cQ2kZp1rL._SY88.jpg" class="review-image-tile"
data-hook="review-image-tile"></div></div>
<div class="a-row a-spacing-none"><span data-hook="helpful-vote-statement"
class="a-size-base a-color-tertiary cr-vote-text">38 people found this helpful</span></div>
<div class="a-row review-comments comments-for-R2KX4Q8ZL0M3TA"><div class="a-row a-spacing-none"><span class="cr-footer-line-height"><span
class="a-declarative">
<span class="a-button a-button-base" id="a-autoid-1"><span class="a-button-inner"><a href="/ap/signin" data-hook="vote-helpful-button" class="a-button-text"
role="button">Helpful</a></span></span></span></span><i class="a-icon a-icon-text-separator" role="img" aria-label="|"></i>
<a class="a-size-base a-link-normal a-color-secondary report-abuse-link"
href="/hz/reviews-render/report-abuse?ie=UTF8&amp;voteDomain=Reviews">Report</a></div></div>
<div class="a-section a-spacing-large review-comments-section" data-hook="review-comments"><h2 class="a-size-medium a-spacing-small">4 comments</h2>
<div class="a-row a-spacing-small"><span class="a-size-small">Sort by:</span> <span class="a-dropdown-prompt">Oldest</span></div>
${azComments
  .map(
    (c, i) => `<div class="a-section a-spacing-medium review-comment" id="Mx3KQ2${i}7"><div class="a-row"><a class="a-profile" href="/gp/profile/${i}">
<span class="a-profile-name">${c.who}</span></a> <span class="a-size-small a-color-secondary review-comment-date">${c.when}</span></div>
<div class="a-row"><span class="a-size-base review-comment-text">${c.text}</span></div><div class="a-row"><a
class="a-size-small a-link-normal a-color-secondary"
href="/hz/reviews-render/report-comment?commentId=Mx3KQ2${i}7">Report abuse</a></div></div>`,
  )
  .join('\n')}<div class="a-row"><a href="/ap/signin" class="a-link-normal">Sign in to comment</a></div></div></div></div>
<div id="cm_cr-product_info" class="a-fixed-right-grid-col a-col-right" style="width:285px;margin-right:-285px;float:left"><div
class="a-section a-spacing-medium">
<div class="a-row product-image"><a href="/dp/B0D4K7XQ21"><img alt="${azProduct}"
src="https://m.media-amazon.example/images/I/61k7w0bR9zL._AC_US60_.jpg"></a></div>
<div class="a-row product-title"><h1 class="a-size-mini a-spacing-none"><a data-hook="product-link" class="a-link-normal"
href="/dp/B0D4K7XQ21">${azProduct}</a></h1></div>
<div class="a-row product-by-line"><span class="a-size-base a-color-secondary">by</span> <a class="a-size-base a-link-normal"
href="/stores/Kettlewise">Kettlewise</a></div>
<div class="a-row"><i class="a-icon a-icon-star a-star-4-5"><span class="a-icon-alt">4.3 out of 5 stars</span></i> <span
data-hook="total-review-count">2,318</span></div>
<div class="a-row product-price-line"><span class="a-color-price arp-price">$49.99</span></div><div class="a-row"><span class="a-button a-button-primary">
<span class="a-button-inner"><a href="/dp/B0D4K7XQ21" class="a-button-text">See all buying options</a></span></span></div>
<div class="a-row"><a class="a-link-emphasis" href="/product-reviews/B0D4K7XQ21">See all reviews</a></div></div></div></div></div></div>
<script type="a-state"
data-a-state="{&quot;key&quot;:&quot;cr-state-object&quot;}">{"asin":"B0D4K7XQ21","reviewId":"R2KX4Q8ZL0M3TA","isSignedIn":false}</script>
<div class="navLeftFooter nav-sprite-v1" id="navFooter"><a href="#nav-top" id="navBackToTop"><div class="navFooterBackToTop"><span
class="navFooterBackToTopText">Back to
top</span></div></a><div class="navFooterVerticalColumn navAccessibility" role="presentation">${azFoot
  .map(([h, ls]) => `<div class="navFooterLinkCol navAccessibility"><div class="navFooterColHead">${h}</div><ul>${links(ls)}</ul></div>`)
  .join('\n')}</div><div class="navFooterLine navFooterLinkLine navFooterPadItemLine"><span class="navFooterLine"><a href="/customer-preferences/edit"
class="icp-button"><div class="icp-nav-globe-img-2 icp-button-globe-2"></div><span class="icp-color-base">English</span></a>
<a href="/customer-preferences/country" class="icp-button"><span class="icp-flag-3 icp-flag-3-us"></span><span
class="icp-color-base">United States</span></a></span></div>
<div class="navFooterLine navFooterLinkLine navFooterDescLine"><ul>${links(azLegal)}</ul>
<span>© 1996-2025, Amazon.com, Inc. or its affiliates</span></div></div>
<div id="be" style="display:none;visibility:hidden;"><form name="ue_backdetect" action="get"><input type="hidden" name="ue_back" value="1"></form></div>
<script>(window.AmazonUIPageJS ? AmazonUIPageJS : P).when('A', 'ready').execute(function(A){ A.trigger('cr:permalink:loaded'); });</script>
<noscript><img height="1" width="1" style="display:none;visibility:hidden;" src="//fls-na.amazon.example/1/batch/1/OP/ATVPDKIKX0DER:noscript" alt=""></noscript>
</div></body></html>`;
export const amazonReview: TestPage = {
  html: azHtml,
  name: 'heldout45-amazon-customer-review',
  kind: 'forum',
  // the review's own title is the title, its text is body; the comments under it are replies to the review: body, the brand's
  // comment too (a reply, not boilerplate); the reviewer's name (profile and their reply, once), the "Reviewed in the United
  // States on October 30, 2025" line, the commenters' names and ages are bylines; "Customer Review", the stars, the format
  // strip, "Verified Purchase", "38 people found this helpful", "Helpful", "Report", "4 comments", "Sort by:", "Report abuse",
  // "Sign in to comment", the product box (name, "by", brand, ratings, price, buttons), the nav belt and strip and the footer
  // are furniture; "All" (the search scope and the nav strip) counts once; the brand link "Kettlewise" is furniture though the
  // brand's comment name, a byline, starts with it; the logo's ".us" is a word of the brand's comment ("contact us"): left out
  title: azTitle,
  headings: [],
  body: [...texts(azReview), ...azComments.map((c) => c.text)],
  bylines: [
    'R. Castellanos',
    'Reviewed in the United States on October 30, 2025',
    ...azComments.filter((c) => c.who !== 'R. Castellanos').map((c) => c.who),
    '2 weeks ago',
    '12 days ago',
    '5 days ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Deliver to', 'Update location', 'All Departments', 'Appliances', 'Home & Kitchen', 'EN', 'Hello, sign in',
    'Account & Lists', 'Returns', '& Orders', '0', 'Cart', ...azNavMain, 'Customer Review', '2.0 out of 5 stars', 'Size: 1.7 Quart', 'Color: Matte Black',
    'Verified Purchase', '38 people found this helpful', 'Helpful', 'Report', '4 comments', 'Sort by:', 'Oldest', 'Report abuse', 'Sign in to comment',
    azProduct, 'Kettlewise', '4.3 out of 5 stars', '2,318', '$49.99', 'See all buying options', 'See all reviews', 'Back to top',
    ...azFoot.flatMap(([h, ls]) => [h, ...ls]), 'English', 'United States', ...azLegal,
    '© 1996-2025, Amazon.com, Inc. or its affiliates',
  ],
};
