import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, ll, pp } from './pages-heldout330-kit.js';

/**
 * Held-out batch 330, file f: an OpenTable-style reservation page (a React app with hashed classes and `data-test`
 * attributes: booking widget, rating summary, tab bar, tags, the About text behind "Read more", the "Additional
 * information" facts sidebar, diner reviews, "People also viewed" rail, footer) and a cocktail recipe page on WordPress
 * with the WP Recipe Maker card ("Jump to Recipe", ad slots, rating stars, print and pin buttons, equipment,
 * ingredients, instructions, notes, nutrition, comments and the comment form).
 */
const oName = 'Caldera Grill Room';
const oAbout = pp(`
  Caldera Grill Room sits on the ground floor of the restored Wexley Mill, with tall arched windows looking out over the
  millpond. Chef Amara Lindqvist-Shaw cooks over a charcoal grill built into the old turbine pit, serving dry-aged steaks,
  whole fish and vegetables from the mill’s own kitchen garden.

  Our bar pours local ciders and an award-winning list of small-producer wines. The dining room seats sixty, with a private
  room for up to fourteen guests overlooking the water wheel. Please let us know in your booking notes if you are celebrating
  a special occasion, and we will do our best to make it memorable.

  Tables are held for fifteen minutes past the booking time. For parties of nine or more, please call the restaurant.`);
const oInfo: [string, string][] = [
  ['Price', '$31 to $50'],
  ['Cuisines', 'Steakhouse, Contemporary American'],
  ['Hours of operation', 'Wed–Sun 5:00 pm–10:00 pm'],
  ['Dining style', 'Casual Elegant'],
  ['Dress code', 'Smart Casual'],
  ['Parking details', 'Free lot beside the mill'],
];
const oReviews: [string, string, string][] = [
  ['Halvard', 'Dined 3 days ago', 'Steak was cooked perfectly and the window table at sunset was magic. Slightly slow between courses.'],
  ['MarenK', 'Dined on February 14, 2026', 'Lovely room, attentive staff, and the grilled trout was the best fish I have had this year.'],
];
const oTags = ll('Good for special occasions | Romantic | Scenic view');
const oHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${oName} - Wexley, NY | OpenTable</title>
<meta name="description" content="Book now at ${oName} in Wexley, NY. Explore menu, see photos and read 842 reviews.">
<meta property="og:type" content="restaurant.restaurant">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Restaurant","name":"${oName}","servesCuisine":"Steakhouse",
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.7","reviewCount":"842"},"acceptsReservations":"true"}</script>
<script>window.__INITIAL_STATE__ = {"restaurantProfile":{"restaurant":{"rid":118204,"name":"${oName}"}},"availability":{}};</script></head>
<body><div id="mainContent"><header class="C7Tp-bANPAk-" data-test="header"><a href="/" class="_9Ml7WKzyUNo-" aria-label="OpenTable home">OpenTable</a>
<nav class="dSbgbYIdlLo-"><a href="/business">For Businesses</a><a href="/mobile">Mobile</a><a href="/help">Help</a>
<button data-test="header-sign-in-button">Sign in</button></nav></header>
<nav aria-label="breadcrumb" class="rp2_zsXnnmU-"><ol>${links(ll('United States | New York | Hudson Valley | Wexley'))}</ol></nav>
<main class="ofvlSoX-k1c-"><section class="C4oAVcvCrsQ-" data-test="restaurant-profile-header">
<h1 class="_1F_3eErnY_8-" data-test="restaurant-name">${oName}</h1>
<div class="n5fvv_g0Fv0-"><div class="XUj3qfg5sSE-" aria-label="4.7 stars">4.7</div><span data-test="reviews-count">842 Reviews</span>
<span>$31 to $50</span><span>Steakhouse</span></div>
<ul class="_5g8aF6JtK9k-" data-test="restaurant-tags">${oTags.map((t) => `<li><span>${t}</span></li>`).join('')}</ul></section>
<nav class="aE0eVbOgyZ8-" data-test="restaurant-navbar"><ul>${links(ll('Overview | Experiences | Popular dishes | Photos | Menu | Reviews'))}</ul></nav>
<section id="overview-section" class="kE_Dd4ub5Ao-"><div data-test="restaurant-description" class="_6OFxfuS5RiE-"><div class="_0r9iEL9ZMbs-"><div>
${ps(oAbout)}</div></div><button class="_7D8MlhH6Gps-" aria-expanded="true">Read less</button></div></section>
<section id="reviews" class="dA3GDX9pDNA-"><h2 class="GNNOmOAUt0M-">What 842 people are saying</h2><ol class="gMmNCbJtZqk-">${oReviews
  .map(
    ([u, d, t]) => `<li data-test="reviews-list-item"><p class="_1p30XHjz2rI-">${u}</p><p class="iLkEeQbexGs-">${d}</p><div class="_6rFG6U7PA6M-">
<span>${t}</span></div><button>Helpful</button></li>`,
  )
  .join('\n')}</ol></section></main>
<aside class="FHFIfLNjBVI-"><div data-test="reservation-widget"><h2>Make a reservation</h2><label>Party size</label><select><option>2 people</option>
</select><label>Date</label><input value="Mar 12, 2026"><label>Time</label><select><option>7:00 PM</option></select>
<button data-test="find-a-time-button">Find a time</button><p>Booked 31 times today</p></div>
<div data-test="additional-info"><h2>Additional information</h2><ul>${oInfo.map(([k, v]) => `<li><h4>${k}</h4><p>${v}</p></li>`).join('')}</ul></div>
<section><h2>People also viewed</h2><ul>${links(ll('Millrace Tavern | The Orchard Table | Bramwell’s Chophouse'))}</ul></section></aside>
<footer class="TzO_kvHC8-8-"><ul>
${links(ll('About Us | Careers | Privacy Policy | Terms of Use | Cookies and Interest-Based Ads | Do Not Sell or Share My Personal Information'))}</ul>
<p>Copyright © 2026 OpenTable, Inc. All rights reserved.</p></footer></div>
<div id="cookie-banner"><p>We use cookies to give you a better experience on OpenTable.</p><button>Accept all</button><button>Manage cookies</button></div>
</body></html>`;
const opentable: TestPage = {
  name: 'heldout330-opentable-docs',
  kind: 'docs',
  html: oHtml,
  title: oName,
  headings: [],
  body: texts(oAbout),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'OpenTable', 'For Businesses', 'Mobile', 'Help', 'Sign in', 'United States', 'New York', 'Hudson Valley', '4.7', '842 Reviews',
    '$31 to $50', 'Steakhouse', ...oTags, 'Overview', 'Experiences', 'Popular dishes', 'Photos', 'Menu', 'Reviews', 'Read less',
    'What 842 people are saying', ...oReviews.flatMap((r) => [...r]), 'Helpful', 'Make a reservation', 'Party size', '2 people', 'Date', 'Time',
    '7:00 PM', 'Find a time', 'Booked 31 times today', 'Additional information', ...oInfo.flatMap(([k, v]) => [k, v]), 'People also viewed',
    'Millrace Tavern', 'The Orchard Table', 'Bramwell’s Chophouse', 'About Us', 'Careers', 'Privacy Policy', 'Terms of Use',
    'Cookies and Interest-Based Ads', 'Do Not Sell or Share My Personal Information', 'Copyright © 2026 OpenTable, Inc. All rights reserved.',
    'We use cookies to give you a better experience on OpenTable.', 'Accept all', 'Manage cookies',
  ],
};

const rTitle = 'Rhubarb and Cardamom Gin Sour';
const rIntro = pp(`
  This is the drink I make the moment the first pink stalks of forced rhubarb show up at the market. It is tart, softly spiced and
  a gorgeous pale coral in the glass, and it tastes far fancier than the ten minutes of work it takes.

  The secret is a quick rhubarb and cardamom syrup. You simmer chopped rhubarb with sugar, water and a few crushed pods, strain it,
  and keep it in the fridge for up to two weeks. It is also wonderful in sparkling water for a no-alcohol version.`);
const rTipsH = 'Tips for the best gin sour';
const rTips = pp(`
  Dry shake first. Shaking without ice whips the egg white into a thick foam; then add ice and shake again to chill.

  Use fresh lemon juice. Bottled juice tastes flat next to the bright rhubarb.

  If you do not use egg, two tablespoons of aquafaba from a tin of chickpeas gives almost the same silky head.`);
const rIng = ll(`
  2 oz (60 ml) London dry gin
  1 oz (30 ml) rhubarb and cardamom syrup
  ¾ oz (22 ml) fresh lemon juice
  1 egg white
  ice
  a thin ribbon of rhubarb, to garnish`);
const rSteps = pp(`
  Add the gin, syrup, lemon juice and egg white to a cocktail shaker. Shake hard without ice for 15 seconds.

  Fill the shaker with ice and shake again for another 15 seconds, until the outside is frosty.

  Double strain into a chilled coupe glass and let the foam settle for a moment.

  Garnish with a ribbon of rhubarb and serve straight away.`);
const rNotes = 'For the syrup: simmer 200 g chopped rhubarb, 150 g sugar, 150 ml water and 6 crushed cardamom pods for 10 minutes, then strain.';
const rEquip = ll('Cocktail shaker | Fine mesh strainer | Coupe glass');
const rComments: [string, string, string][] = [
  ['Priscilla M.', 'March 15, 2026 at 6:48 pm', 'Made these for my book club and everyone wanted the recipe. The syrup is gorgeous!'],
  ['Juniper &amp; Thyme', 'March 16, 2026 at 10:02 am', 'So glad you all enjoyed it, Priscilla! Thank you for coming back to rate it.'],
];
const rNav = ll('Home | Cocktails | Mocktails | Syrups | About | Shop');
const rc = 'wprm-recipe';
const rHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>${rTitle} - Juniper &amp; Thyme</title>
<meta property="og:type" content="article"><meta name="author" content="Wilhelmina Oakes">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Recipe","name":"${rTitle}","author":{"@type":"Person",
"name":"Wilhelmina Oakes"},"recipeCategory":["Cocktail"],"prepTime":"PT5M","totalTime":"PT10M","recipeYield":["1"],
"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.9","ratingCount":"37"}}]}</script>
<script>window.wprm_public = {"endpoints":{"analytics":"/wp-json/wp-recipe-maker/v1/analytics"},"settings":{"recipe_template_mode":"modern"}};</script></head>
<body class="post-template-default single single-post wp-theme-kadence"><div id="wrapper" class="site"><a class="skip-link screen-reader-text"
href="#main">Skip to content</a><header id="masthead" class="site-header"><div class="site-branding"><a class="brand" href="/">
<p class="site-title">Juniper &amp;
Thyme</p></a></div><nav id="site-navigation" class="main-navigation header-navigation"><ul id="primary-menu" class="menu">${links(rNav, 'menu-item')}</ul></nav>
</header><div id="inner-wrap" class="wrap"><main id="main" class="site-main"><div class="content-container site-container">
<article class="entry content-bg single-entry post type-post"><div class="entry-content-wrap"><header class="entry-header">
<nav class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container"><span><a href="/">Home</a></span> <span class="bc-delimiter">/</span>
<span><a href="/cocktails/">Cocktails</a></span></div></nav><h1 class="entry-title">${rTitle}</h1>
<div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span><span class="author vcard">
<a class="url fn n" href="/author/willa/">Wilhelmina Oakes</a></span></span><span class="posted-on"><time class="entry-date published"
datetime="2026-03-10T08:00:00+00:00">March 10, 2026</time></span></div></header>
<div class="entry-content single-content"><div class="wprm-recipe-snippet wprm-block-text-normal">
<a href="#recipe" class="wprm-recipe-jump wprm-recipe-link">Jump
to Recipe</a> <a href="/wprm_print/rhubarb-gin-sour" class="wprm-recipe-print wprm-recipe-link">Print Recipe</a></div>
<p class="disclosure"><em>This post may contain affiliate links. Please read our disclosure policy.</em></p>
${ps(rIntro)}
<div class="adthrive-ad adthrive-content" data-google-query-id="x"><span class="adthrive-ad-label">Advertisement</span></div>
<h2 class="wp-block-heading">${rTipsH}</h2><ul class="wp-block-list">${lis(rTips)}</ul>
<div id="recipe"></div><div id="wprm-recipe-container-4410" class="wprm-recipe-container" data-recipe-id="4410"><div class="${rc} ${rc}-template-modern">
<h2 class="${rc}-name wprm-block-text-bold">${rTitle}</h2><div class="${rc}-rating"><span class="wprm-recipe-rating-details">4.9 from 37 votes</span></div>
<div class="${rc}-buttons"><a href="/wprm_print/4410" class="${rc}-print">Print</a> <a class="${rc}-pin" href="#">Pin</a>
<a class="${rc}-rate" href="#">Rate</a></div><div class="${rc}-meta-container"><span class="${rc}-details-label">Prep Time</span>
<span class="${rc}-details">5 minutes</span> <span class="${rc}-details-label">Servings</span> <span class="${rc}-details">1 cocktail</span></div>
<div class="${rc}-equipment-container"><h3 class="${rc}-header">Equipment</h3><ul class="${rc}-equipment">${lis(rEquip, 'wprm-recipe-equipment-item')}</ul>
</div>
<div class="${rc}-ingredients-container"><h3 class="${rc}-header wprm-recipe-ingredients-header">Ingredients</h3>
<ul class="${rc}-ingredients">${lis(rIng, 'wprm-recipe-ingredient')}</ul></div>
<div class="${rc}-instructions-container"><h3 class="${rc}-header">Instructions</h3>
<ul class="${rc}-instructions">${lis(rSteps, 'wprm-recipe-instruction')}</ul>
</div><div class="${rc}-notes-container"><h3 class="${rc}-header">Notes</h3><div class="${rc}-notes"><p>${rNotes}</p></div></div>
<div class="${rc}-nutrition-container"><h3 class="${rc}-header">Nutrition</h3><span class="wprm-nutrition-label-text-nutrition-container">Calories: 214kcal
| Carbohydrates: 19g | Protein: 4g</span></div>
<div class="wprm-call-to-action"><span class="wprm-call-to-action-header">Tried this recipe?</span><span class="wprm-call-to-action-text">Tag
@juniperandthyme on Instagram so we can see!</span></div></div></div></div>
<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><a href="/tag/gin/">gin</a> <a href="/tag/spring/">spring</a></span></div>
</footer>
</div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 Comments</h2><ol class="comment-list">${rComments
  .map(
    ([a, d, t]) => `<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">${a}</b>
<time>${d}</time></footer><div class="comment-content"><p>${t}</p></div><a class="comment-reply-link" href="#">Reply</a></article></li>`,
  )
  .join('\n')}</ol><div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a Comment</h3>
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p><p>Recipe Rating</p>
<textarea></textarea><input type="submit" value="Post Comment"></div></div></div></main>
<aside id="secondary" class="primary-sidebar widget-area"><section class="widget"><h2 class="widget-title">Hi, I’m Willa!</h2>
<p>I mix seasonal drinks at home in a tiny kitchen. Welcome!</p></section></aside></div>
<footer id="colophon" class="site-footer"><p>© 2026 Juniper &amp; Thyme. All rights reserved.</p>
<ul>${links(ll('Privacy Policy | Accessibility | Contact'))}</ul></footer>
</div></body></html>`;
const recipe: TestPage = {
  name: 'heldout330-wprm-recipe-blog',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: [rTipsH, 'Equipment', 'Ingredients', 'Instructions', 'Notes'],
  body: texts([...rIntro, ...rTips, ...rEquip, ...rIng, ...rSteps, rNotes]),
  bylines: ['Wilhelmina Oakes', 'March 10, 2026', ...texts(rComments.flatMap(([a, d]) => [a, d]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Juniper & Thyme', ...rNav, 'Jump to Recipe', 'Print Recipe',
    'This post may contain affiliate links. Please read our disclosure policy.',
    'Advertisement', '4.9 from 37 votes', 'Print', 'Rate', 'Prep Time', '5 minutes', 'Servings', '1 cocktail', 'Nutrition',
    'Calories: 214kcal | Carbohydrates: 19g | Protein: 4g', 'Tried this recipe?', 'Tag @juniperandthyme on Instagram so we can see!', 'spring', 'Pin',
    '2 Comments', ...rComments.map(([, , t]) => t), 'Reply', 'Leave a Comment', 'Your email address will not be published. Required fields are marked *',
    'Recipe Rating', 'Hi, I’m Willa!', 'I mix seasonal drinks at home in a tiny kitchen. Welcome!', '© 2026 Juniper & Thyme. All rights reserved.',
    'Privacy Policy', 'Accessibility', 'Contact',
  ],
};

export const HELDOUT330_F: readonly TestPage[] = [opentable, recipe];
