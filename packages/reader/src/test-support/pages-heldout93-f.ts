import { links, type TestPage, texts } from './page-kit.js';
import { askHn } from './pages-heldout93-f2.js';

/**
 * Held-out batch 93, file f: an Amazon-style "Customer reviews" page for one product as a signed-out shopper saves it (the
 * nav belt with "Deliver to", the search bar, "Hello, sign in", "Returns & Orders" and "Cart", the main nav, the product
 * link in the h1, star average and rating histogram, "How customer reviews and ratings work" with its hidden popover, the
 * "Customers say" generated summary with aspect chips, top positive and top critical review excerpts, the sort and filter
 * controls, reviews with profile names, star texts, titles, "Reviewed in" dates, the size / colour strip, "Verified
 * Purchase", review text with <br> paragraph breaks, "people found this helpful", "Helpful" and "Report", the pagination,
 * "Back to top" and the footer) and, from file f2, a Hacker News "Ask HN" thread.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const azTitle = 'Kestrel Lane 12V Cordless Handheld Vacuum with Crevice Tool and Wall Dock, 25 Minute Runtime';
type Rev = { name: string; stars: string; title: string; date: string; strip: string; helpful: string; body: string[] };
const azRevs: Rev[] = [
  {
    name: 'Dorothea W.',
    stars: '5.0 out of 5 stars',
    title: 'Finally a handheld that lasts a whole staircase',
    date: 'Reviewed in the United States on March 3, 2025',
    strip: 'Color: Slate Grey',
    helpful: '212 people found this helpful',
    body: paras(`
We have a carpeted staircase with fourteen steps and a long-haired dog, and every handheld I have owned died somewhere around step nine. This
one does all fourteen and the landing on the standard setting, with about a third of the battery left.

Suction is good on carpet and excellent on hard floors. The crevice tool is long enough to reach behind the radiator in the hall, which my
old one never managed. The bin is small, so with the dog I empty it halfway up, but it opens with one button and dumps cleanly.

The wall dock takes two screws and the vacuum drops into it without fiddling. Charging from empty takes a little under four hours.`),
  },
  {
    name: 'Marcus T. Oyelaran',
    stars: '4.0 out of 5 stars',
    title: 'Great suction, filter needs more cleaning than you would expect',
    date: 'Reviewed in the United States on January 19, 2025',
    strip: 'Color: Slate Grey',
    helpful: '87 people found this helpful',
    body: paras(`
Does the job in the car and on the kitchen floor after dinner. My one complaint is the filter. It clogs quickly with fine dust, and when it
does the suction drops noticeably. I now tap it out over the bin every two or three uses and wash it once a month, and with that it works as
well as on the first day. A spare filter in the box would have been nice.`),
  },
  {
    name: 'Priya',
    stars: '2.0 out of 5 stars',
    title: 'Battery faded after eight months',
    date: 'Reviewed in the United States on April 27, 2025',
    strip: 'Color: Sage',
    helpful: '41 people found this helpful',
    body: paras(`
For the first six months I would have given it five stars. Since then the runtime has dropped from about twenty five minutes to under ten,
even though I only charge it when it is nearly empty. The battery is not user replaceable, and the seller told me to contact the
manufacturer, who has not replied in three weeks.

If you use a handheld a few times a week this may not matter to you, but I expected a battery to last longer than this at this price.`),
  },
  {
    name: 'J. Halvorsen',
    stars: '5.0 out of 5 stars',
    title: 'Quiet enough to use while the baby sleeps',
    date: 'Reviewed in the United States on February 8, 2025',
    strip: 'Color: Sage',
    helpful: '19 people found this helpful',
    body: paras(`
Noticeably quieter than our old one, a low hum rather than a whine. I can clean up crumbs in the kitchen with the nursery door open and she
does not wake. Light enough that I use it one-handed with her on my hip.`),
  },
];
const azNav = ['All', 'Today’s Deals', 'Customer Service', 'Registry', 'Gift Cards', 'Sell'];
const azHist = [
  ['5 star', '68%'],
  ['4 star', '16%'],
  ['3 star', '6%'],
  ['2 star', '4%'],
  ['1 star', '6%'],
];
const azSays =
  'Customers like the suction power, runtime and low noise of this handheld vacuum. They mention it is light and easy to empty. Some customers report ' +
  'that the battery capacity fades after several months and that the filter clogs quickly.';
const azChips = ['Suction power', 'Runtime', 'Noise level', 'Weight', 'Battery life'];
const azWork =
  'Customer Reviews, including Product Star Ratings help customers to learn more about the product and decide whether it is the right product for them.';
const azFootCols = [
  ['Get to Know Us', 'Careers', 'Blog', 'About Amazon', 'Investor Relations'],
  ['Make Money with Us', 'Sell products on Amazon', 'Become an Affiliate', 'Advertise Your Products'],
  ['Let Us Help You', 'Your Account', 'Your Orders', 'Shipping Rates & Policies', 'Returns & Replacements', 'Help'],
];
const azLegal = ['Conditions of Use', 'Privacy Notice', 'Consumer Health Data Privacy Disclosure', 'Your Ads Privacy Choices'];
const azStars = (s: string): string =>
  `<i data-hook="review-star-rating" class="a-icon a-icon-star a-star-${s[0]} review-rating"><span class="a-icon-alt">${s}</span></i>`;
const azRev = (
  r: Rev,
  i: number,
): string => `<div id="R${i}K2VQ8ZL0M7" data-hook="review" class="a-section review aok-relative"><div id="customer_review-R${i}K2VQ8ZL0M7"
class="a-section celwidget"><div class="a-row a-spacing-mini"><a href="/gp/profile/amzn1.account.${i}" class="a-profile" data-a-size="small">
<div aria-hidden="true" class="a-profile-avatar-wrapper"><div class="a-profile-avatar"><img
src="https://m.media-amazon.example/images/S/amazon-avatars-global/default.png"
class="" alt=""></div></div><div class="a-profile-content"><span class="a-profile-name">${r.name}</span></div></a></div><div class="a-row">
<a class="a-link-normal" title="${r.stars}" href="/gp/customer-reviews/R${i}K2VQ8ZL0M7">${azStars(r.stars)}</a><span class="a-letter-space"></span>
<a data-hook="review-title" class="a-size-base a-link-normal review-title a-color-base review-title-content a-text-bold"
href="/gp/customer-reviews/R${i}K2VQ8ZL0M7">
<span>${r.title}</span></a></div><span data-hook="review-date" class="a-size-base a-color-secondary review-date">${r.date}</span>
<div class="a-row a-spacing-mini review-data review-format-strip"><a data-hook="format-strip" class="a-size-mini a-link-normal a-color-secondary"
href="/product-reviews/B0DK4Q7XLM/?formatType=current_format">${r.strip}</a><i class="a-icon a-icon-text-separator" role="img" aria-label="|"></i>
<span data-hook="avp-badge" class="a-size-mini a-color-state a-text-bold">Verified Purchase</span></div><div class="a-row a-spacing-small review-data">
<span data-hook="review-body" class="a-size-base review-text review-text-content"><span>${r.body.join('<br><br>')}</span></span></div>
<div class="a-row a-spacing-none"><div class="a-section a-spacing-none review-comments comments-for-R${i}"><div class="a-row a-spacing-small">
<span data-hook="helpful-vote-statement" class="a-size-base a-color-tertiary cr-vote-text">${r.helpful}</span></div><div class="a-row">
<span class="cr-helpful-button aok-float-left"><span class="a-button a-button-base"><span class="a-button-inner"><a class="a-button-text" role="button"
href="/hz/reviews-render/vote?id=R${i}">Helpful</a></span></span></span><span class="a-letter-space"></span><span class="a-declarative">
<a class="a-size-base a-link-normal a-color-secondary report-abuse-link a-text-normal"
href="/hz/reviews-render/report?id=R${i}">Report</a></span></div></div></div>
</div></div>`;
const azHtml = `<!doctype html><html lang="en-us" class="a-no-js" data-19ax5a9jf="dingo"><head><meta charset="utf-8">
<title>Amazon.com: Customer reviews: Kestrel Lane 12V Cordless Handheld Vacuum with Crevice Tool and Wall Dock, 25 Minute Runtime</title>
<meta name="description" content="Find helpful customer reviews and review ratings for Kestrel Lane 12V Cordless Handheld Vacuum at Amazon.com.">
<link rel="canonical" href="https://www.amazon.example/product-reviews/B0DK4Q7XLM"><link rel="stylesheet"
href="https://m.media-amazon.example/images/I/61xJcNKKLXL.css">
<script>window.ue_t0=window.ue_t0||+new Date();var ue_furl="fls-na.amazon.example";var ue_sid="131-4821709-5513802";</script>
<script>(window.AmazonUIPageJS ? AmazonUIPageJS : P).when('cr-filter-info').execute(function(){});</script></head>
<body class="a-m-us a-aui_72554-c a-aui_a11y_6_837773-c a-aui_killswitch_csa_logger_372963-c"><div id="a-page"><a id="nav-top"></a>
<header id="navbar-main" class="nav-opt-sprite nav-flex nav-locale-us nav-lang-en nav-ssl nav-unrec" role="banner"><div id="navbar"
cel_widget_id="Navigation-desktop-navbar"
role="navigation" class="nav-sprite-v1 celwidget nav-bluebeacon nav-a11y-t1 bold-focus-hover layout2 nav-flex layout3 layout3-alt nav-packard-glow hamburger">
<div id="nav-belt"><div class="nav-left"><div id="nav-logo"><a href="/ref=nav_logo" id="nav-logo-sprites" class="nav-logo-link nav-progressive-attribute"
aria-label="Amazon"><span class="nav-sprite nav-logo-base"></span><span id="logo-ext" class="nav-sprite nav-logo-ext nav-progressive-content"></span></a></div>
<div id="nav-global-location-slot"><a id="nav-global-location-popover-link" class="nav-a nav-a-2 a-popover-trigger a-declarative nav-progressive-attribute">
<div class="nav-sprite nav-progressive-attribute" id="nav-packard-glow-loc-icon"></div><div id="glow-ingress-block"><span class="nav-line-1
nav-progressive-content"
id="glow-ingress-line1">Deliver to</span><span class="nav-line-2 nav-progressive-content" id="glow-ingress-line2">Update location</span></div></a></div></div>
<div class="nav-fill" id="nav-fill-search"><form id="nav-search-bar-form" accept-charset="utf-8" action="/s/ref=nb_sb_noss" class="nav-searchbar
nav-progressive-attribute"
method="GET" name="site-search" role="search"><div class="nav-left"><div id="nav-search-dropdown-card"><div class="nav-search-scope nav-sprite">
<div class="nav-search-facade" data-value="search-alias=aps"><span id="nav-search-label-id" class="nav-search-label nav-progressive-content">All</span></div>
<select aria-describedby="searchDropdownDescription" class="nav-search-dropdown searchSelect nav-progressive-attrubute" id="searchDropdownBox" title="Search
in">
<option selected="selected" value="search-alias=aps">All Departments</option><option
value="search-alias=appliances">Appliances</option></select></div></div></div>
<div class="nav-fill"><input type="text" id="twotabsearchtextbox" value="" name="field-keywords" autocomplete="off" placeholder="Search Amazon"
class="nav-input"
aria-label="Search Amazon"></div><div class="nav-right"><input id="nav-search-submit-button" type="submit" class="nav-input nav-progressive-attribute"
value="Go"></div>
</form></div><div class="nav-right"><div id="nav-tools" class="layoutToolbarPadding"><a id="icp-nav-flyout" class="nav-a nav-a-2 icp-link-style-2"
aria-label="Choose a
language for shopping."><span class="icp-nav-link-inner"><span class="nav-line-2"><span class="icp-nav-flag
icp-nav-flag-us"></span><div>EN</div></span></span></a>
<a href="/ap/signin" class="nav-a nav-a-2 nav-truncate nav-progressive-attribute" data-nav-role="signin" id="nav-link-accountList"><div
class="nav-line-1-container">
<span id="nav-link-accountList-nav-line-1" class="nav-line-1 nav-progressive-content">Hello, sign in</span></div><span class="nav-line-2">Account &amp;
Lists</span></a>
<a href="/gp/css/order-history" class="nav-a nav-a-2 nav-progressive-attribute" id="nav-orders"><span class="nav-line-1">Returns</span>
<span class="nav-line-2">&amp; Orders</span></a><a href="/gp/cart/view.html" aria-label="0 items in cart" class="nav-a nav-a-2 nav-progressive-attribute"
id="nav-cart">
<div id="nav-cart-count-container"><span id="nav-cart-count" aria-hidden="true" class="nav-cart-count nav-cart-0 nav-progressive-attribute
nav-progressive-content">0</span>
</div><div id="nav-cart-text-container" class=" nav-progressive-attribute"><span aria-hidden="true" class="nav-line-2">Cart</span></div></a></div></div></div>
<div id="nav-main" class="nav-sprite"><div class="nav-fill"><ul id="nav-xshop" class="nav-a-content">${links(azNav, 'nav-li')}</ul></div></div></div></header>
<div id="cm_cr-brdcrmb" class="a-section a-spacing-medium celwidget"></div><div class="a-section a-spacing-none reviews-content a-size-base">
<div class="a-fixed-left-grid"><div class="a-fixed-left-grid-inner" style="padding-left:290px"><div class="a-fixed-left-grid-col a-col-left"
style="width:290px">
<div id="cm_cr-product_info" class="a-section a-spacing-none celwidget"><div class="a-row a-spacing-medium"><div class="a-row product-title">
<h1 class="a-size-large a-text-ellipsis"><a data-hook="product-link" class="a-link-normal" href="/dp/B0DK4Q7XLM">${azTitle}</a></h1></div>
<div class="a-row product-by-line"><a class="a-size-base a-link-normal" href="/stores/KestrelLane/page/1">Visit the Kestrel Lane Store</a></div></div>
<h2 class="a-spacing-small">Customer reviews</h2><div class="a-row"><i data-hook="average-star-rating" class="a-icon a-icon-star a-star-4-5 averageStarRating">
<span class="a-icon-alt">4.4 out of 5 stars</span></i><span data-hook="rating-out-of-text" class="a-size-medium a-color-base">4.4 out of 5</span></div>
<div class="a-row a-spacing-medium averageStarRatingNumerical"><span data-hook="total-review-count" class="a-size-base a-color-secondary">1,284 global
ratings</span></div>
<ul id="histogramTable" class="a-unordered-list a-nostyle a-vertical a-spacing-none histogram" role="list">${azHist
  .map(
    ([s, p]) => `<li><span class="a-list-item"><a class="a-link-normal" aria-label="${p} of reviews have ${s}s" href="?filterByStar=${s}"><div class="a-section
a-spacing-none a-text-left aok-nowrap">${s}</div><div class="a-section a-spacing-none a-text-right aok-nowrap"><span
class="_cr-ratings-histogram_style_histogram-column-space">${p}</span></div>
</a></span></li>`,
  )
  .join('')}</ul><span class="a-declarative" data-action="a-popover"><a href="javascript:void(0)" role="button" class="a-popover-trigger a-declarative">
<span class="a-size-small">How customer reviews and ratings work</span></a></span><div class="a-popover-preload" id="a-popover-review-info"
style="display:none">
<p>${azWork}</p></div></div></div><div class="a-fixed-left-grid-col a-col-right">
<div id="cr-product-insights-cards" class="a-section a-spacing-large"><h3 class="a-spacing-small">Customers say</h3><p class="a-spacing-small">${azSays}</p>
<p class="a-size-small a-color-secondary">AI-generated from the text of customer reviews</p><div class="a-row">${azChips
  .map((c) => `<span class="a-declarative"><button class="a-button a-button-small _Y3Itc_aspect-button">${c}</button></span>`)
  .join('')}</div></div><div id="cm_cr-view_opinion_mobile" class="a-section a-spacing-large view-point"><div class="a-row"><div class="a-column a-span6
view-point-review
positive-review"><div class="a-row a-spacing-medium"><h3 class="a-size-base">Top positive review</h3></div><span class="a-size-base">All positive reviews
›</span>
<div class="a-row"><span class="a-profile-name">Dorothea W.</span></div><span class="a-size-base a-text-bold">${azRevs[0]!.title}</span><div class="a-row
a-spacing-top-mini">
<span class="a-size-base">We have a carpeted staircase with fourteen steps and a long-haired dog, and every handheld I have owned died somewhere around step
nine.</span><a class="a-link-normal a-text-bold" href="/gp/customer-reviews/R0K2VQ8ZL0M7">Read more</a></div></div><div class="a-column a-span6
view-point-review
critical-review a-span-last"><div class="a-row a-spacing-medium"><h3 class="a-size-base">Top critical review</h3></div><span class="a-size-base">All critical
reviews ›</span>
<div class="a-row"><span class="a-profile-name">Priya</span></div><span class="a-size-base a-text-bold">${azRevs[2]!.title}</span><div class="a-row
a-spacing-top-mini">
<span class="a-size-base">For the first six months I would have given it five stars.</span><a class="a-link-normal a-text-bold"
href="/gp/customer-reviews/R2K2">Read more</a>
</div></div></div></div><div id="cm_cr-review_list" class="a-section a-spacing-none review-views celwidget"><div class="a-row a-spacing-medium">
<span class="a-dropdown-container"><label for="sort-order-dropdown" class="a-native-dropdown">Sort by</label><select name="sortBy" id="sort-order-dropdown"
class="a-native-dropdown"><option value="helpful" selected>Top reviews</option><option value="recent">Most recent</option></select></span>
<span class="a-dropdown-container"><select name="reviewerType" class="a-native-dropdown"><option value="all_reviews" selected>All reviewers</option>
<option value="avp_only_reviews">Verified purchase only</option></select></span><span class="a-dropdown-container"><select name="filterByStar"
class="a-native-dropdown"><option value="all_stars" selected>All stars</option><option value="five_star">5 star only</option></select></span></div>
<div data-hook="cr-filter-info-review-rating-count" class="a-row a-spacing-base a-size-base">1,284 total ratings, 406 with reviews</div>
<h3 data-hook="dp-local-reviews-header" class="a-spacing-medium">From the United States</h3>
${azRevs.map(azRev).join('\n')}
<div class="a-form-actions a-spacing-top-extra-large"><span class="a-declarative"><ul class="a-pagination"><li class="a-disabled">← Previous page</li>
<li class="a-last"><a href="/product-reviews/B0DK4Q7XLM/?pageNumber=2">Next page →</a></li></ul></span></div></div></div></div></div></div>
<div id="navFooter" class="navLeftFooter nav-sprite-v1" role="contentinfo" aria-label="More on Amazon"><a href="#nav-top" id="navBackToTop"><div
class="navFooterBackToTop">
<span class="navFooterBackToTopText">Back to top</span></div></a><div class="navFooterVerticalColumn navAccessibility" role="presentation">${azFootCols
  .map(
    (col) => `<div class="navFooterLinkCol navAccessibility"><div class="navFooterColHead">${col[0]}</div><ul>${links(col.slice(1), 'nav_first')}</ul></div>`,
  )
  .join(
    '',
  )}</div><div class="navFooterLine navFooterLinkLine navFooterDescLine"><ul>${links(azLegal, 'nav_first')}</ul><span>© 1996-2025, Amazon.com, Inc. or its
affiliates</span></div></div></div></body></html>`;
const amazon: TestPage = {
  html: azHtml,
  name: 'heldout93-amazon-customer-reviews',
  kind: 'forum',
  // the product name in the h1 is the title; each review's title and text are body (its <br>-separated paragraphs as
  // separate items); the excerpts in the top positive / critical boxes are in neither list; reviewer names and
  // "Reviewed in" dates are bylines; star texts, the histogram, "Customers say" and its chips, the size / colour strip,
  // "Verified Purchase", helpful counts, "Helpful", "Report", the filters, pagination and footer are furniture
  title: azTitle,
  headings: [],
  body: azRevs.flatMap((r) => [r.title, ...texts(r.body)]),
  bylines: azRevs.flatMap((r) => [r.name, r.date]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Deliver to', 'Update location', 'All', 'All Departments', 'Appliances', 'EN', 'Hello, sign in', 'Account & Lists', 'Returns', '& Orders', '0', 'Cart',
    ...azNav, 'Visit the Kestrel Lane Store', 'Customer reviews', '4.4 out of 5 stars', '4.4 out of 5', '1,284 global ratings', ...azHist.flat(),
    'How customer reviews and ratings work', azWork, 'Customers say', azSays, 'AI-generated from the text of customer reviews', ...azChips,
    'Top positive review', 'All positive reviews ›', 'Read more', 'Top critical review', 'All critical reviews ›', 'Sort by', 'Top reviews', 'Most recent',
    'All reviewers', 'Verified purchase only', 'All stars', '5 star only', '1,284 total ratings, 406 with reviews', 'From the United States',
    '5.0 out of 5 stars', '4.0 out of 5 stars', '2.0 out of 5 stars', 'Color: Slate Grey', 'Color: Sage', 'Verified Purchase', ...azRevs.map((r) => r.helpful),
    'Helpful', 'Report', '← Previous page', 'Next page →',
    'Back to top', ...azFootCols.flat(), ...azLegal, '© 1996-2025, Amazon.com, Inc. or its affiliates',
  ].filter((t, i, a) => a.indexOf(t) === i),
};

export const HELDOUT93_F: readonly TestPage[] = [amazon, askHn];
