import { links, type TestPage, texts } from './page-kit.js';
import { googlePlay } from './pages-heldout51-d2.js';

/**
 * Held-out batch 51, file d: an App Store app page on the 2025 web storefront (the Svelte build: the sidebar navigation,
 * the product header with title, subtitle, developer link, price and "View in App Store", the badge row with rating, age,
 * chart, developer, language and size, the screenshots with device tabs, the description as one pre-wrapped text block with
 * bullet lines and its "more" button, "What’s New" with the version and date, "Ratings & Reviews" with three review cards
 * and a developer response, "App Privacy", "Information", "Supports", the two shelves and the footer).
 */
const asTitle = 'Fernleaf: Plant Care Journal';
const asDev = 'Fernleaf Labs Ltd';
const asIntro = [
  'Fernleaf is the calm, no-nonsense way to keep your houseplants alive. Add a plant by taking a photo, tell us which window ' +
    'it lives in, and Fernleaf works out a watering and feeding rhythm from the light in your room, the season and the size ' +
    'of the pot. No streaks, no badges, no guilt: just a quiet nudge when something needs you.',
  'We built Fernleaf after losing one too many ferns to well-meaning overwatering. Most plant apps remind you on a fixed ' +
    'timetable; Fernleaf changes its advice as the days get shorter, and it asks you to check the soil before it ever tells ' +
    'you to water.',
];
const asFeaturesLead = 'What you can do with Fernleaf:';
const asFeatures = [
  'Identify more than 9,000 houseplants from a single photo, even without a signal',
  'Get watering reminders that adjust to daylight, temperature and the season',
  'Keep a journal of each plant with photos, so you can see it grow month by month',
  'Diagnose yellow leaves, brown tips and pests with a short step-by-step check',
  'Share care duties with the people you live with, so nobody waters twice',
];
const asOutro = [
  'Everything you need to care for up to ten plants is free, for ever. Fernleaf Plus adds unlimited plants, a light meter ' +
    'that uses your camera and care plans written by our horticulturist, Ruth Mensah.',
  'Fernleaf Plus is an optional subscription, billed monthly or yearly. Payment is charged to your Apple Account when you ' +
    'confirm the purchase, and the subscription renews unless it is cancelled at least 24 hours before the end of the period. ' +
    'You can manage or cancel it in your account settings at any time.',
];
const asNew = 'We fixed a bug that moved some reminders by an hour after the clocks changed, and the light meter now works on iPad.';
interface AsReview {
  title: string;
  stars: number;
  who: string;
  when: string;
  text: string;
  reply?: string;
}
const asReviews: AsReview[] = [
  {
    title: 'Finally an app that doesn’t drown my plants',
    stars: 5,
    who: 'leafy_in_leeds',
    when: '11/28/2025',
    text: 'I have tried four of these apps and this is the first one that told me NOT to water. My calathea has never looked better.',
  },
  {
    title: 'Good but the photo ID struggles',
    stars: 3,
    who: 'Greg P. H.',
    when: '11/09/2025',
    text: 'Reminders are great. The plant ID thought my snake plant was a pineapple top twice, which was funny the first time.',
    reply: 'Thanks Greg! The new identification model in 3.4 handles snake plants much better. Do send us a photo if it still gets it wrong.',
  },
  {
    title: 'Worth Plus for the light meter',
    stars: 5,
    who: 'monsteradeliciosa88',
    when: '10/30/2025',
    text: 'The light meter settled a long argument about which room gets more sun. Subscription is fair for what you get.',
  },
];
const asSide = ['Today', 'Games', 'Apps', 'Arcade', 'Search'];
const asBadges = [
  '4.7',
  '★★★★★',
  '12K Ratings',
  'Age',
  '4+',
  'Years',
  'Chart',
  'No. 14',
  'Lifestyle',
  'Developer',
  'Language',
  'EN',
  '+ 9 More',
  'Size',
  '61.3',
  'MB',
];
const asPrivacy = [
  'The developer, Fernleaf Labs Ltd, indicated that the app’s privacy practices may include handling of data as described below.',
  'Data Not Linked to You',
  'The following data may be collected but it is not linked to your identity:',
  'Usage Data',
  'Diagnostics',
];
const asInfo = [
  'Seller',
  asDev,
  'Size',
  '61.3 MB',
  'Category',
  'Lifestyle',
  'Compatibility',
  'Requires iOS 16.0 or later.',
  'Languages',
  'English, Dutch, French, German, Italian, Polish, Portuguese, Spanish, Swedish, Welsh',
  'Age Rating',
  '4+',
  'In-App Purchases',
  'Fernleaf Plus Yearly £24.99',
  'Copyright',
  '© 2025 Fernleaf Labs Ltd',
  'Price',
  'Free',
];
const asMoreBy = ['Fernleaf Garden: Veg Planner'];
const asLike = ['Planta – Care for your plants', 'Greg – Plant Care', 'Blossom – Plant Identifier', 'Moss & Stone Terrarium Guide'];
const asFoot = ['Internet Service Terms', 'App Store & Privacy', 'Cookie Warning', 'Support', 'Feedback'];
const asReview = (
  r: AsReview,
): string => `<li class="shelf-grid__list-item svelte-1g5f7q1"><article class="review svelte-jbg9zc" aria-labelledby="review-${r.who}">
<div class="header svelte-jbg9zc"><h3 class="title svelte-jbg9zc" id="review-${r.who}">${r.title}</h3><ol class="stars svelte-1p7v4rk"
 aria-label="${r.stars} Stars" role="img">${'<li class="star"></li>'.repeat(r.stars)}</ol><time class="date svelte-jbg9zc"
 datetime="2025">${r.when}</time><p class="author svelte-jbg9zc">${r.who}</p></div><div class="content svelte-1p9yrxm"><p dir="auto">${r.text}</p></div>
${r.reply === undefined ? '' : `<div class="developer-response svelte-jbg9zc"><h4>Developer Response</h4><p>${r.reply}</p></div>`}</article></li>`;
const asHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><title>${asTitle} App - App Store</title>
<meta name="description" content="Download ${asTitle} by ${asDev} on the App Store. See screenshots, ratings and reviews,
 user tips and more apps like ${asTitle}.">
<script id="software-application" type="application/ld+json">{"@context":"http://schema.org","@type":"SoftwareApplication","name":"${asTitle}",
"author":{"@type":"Person","name":"${asDev}"},"aggregateRating":{"@type":"AggregateRating","ratingValue":4.7,"reviewCount":12044},
"offers":{"@type":"Offer","price":0,"priceCurrency":"GBP","category":"free"},
"applicationCategory":"Lifestyle","operatingSystem":"Requires iOS 16.0 or later."}</script>
</head><body><div class="app-container svelte-1ymkyu1"><div class="navigation svelte-13li0vp">
<a class="logo" href="/gb/iphone/today" aria-label="App Store">App Store</a>
<nav aria-label="Primary"><ul role="list">${links(asSide, 'navigation-item')}</ul></nav><button class="sign-in-button">Sign In</button></div>
<div id="scrollable-page" class="scrollable-page svelte-mt0bfj"><main class="svelte-bzjlhs"><div class="content-container">
<section class="section svelte-1n7s6y3 section--product-header"><div class="product-header svelte-1ztz1d0"><picture class="app-icon"><img alt=""
 src="https://is1-ssl.mzstatic.com/image/thumb/Purple221/v4/fe/rnleaf/AppIcon-0-1x_U007emarketing.png/230x0w.webp"></picture><div class="text-container">
<h1 class="svelte-1ztz1d0">${asTitle}</h1><h2 class="subtitle svelte-1ztz1d0">Watering reminders that follow the light</h2>
<h2 class="developer svelte-1ztz1d0"><a href="/gb/developer/fernleaf-labs-ltd/id1619200734">${asDev}</a></h2>
<p class="attributes svelte-1ztz1d0">Free · Offers In-App Purchases · Designed for iPad</p></div>
<a class="get-button svelte-1tgbw0x" href="itms-apps://apps.apple.com/gb/app/id1622003481">View in App Store</a></div></section>
<section class="section badges"><ul class="badges svelte-3iq3tb">${asBadges.map((t) => `<li><span class="badge-part">${t}</span></li>`).join('')}</ul></section>
<section class="section screenshots" aria-label="Screenshots"><div class="platform-selector" role="tablist">
<button role="tab" aria-selected="true">iPhone</button>
<button role="tab" aria-selected="false">iPad</button></div>
<ul class="shelf-grid__list">${'<li><picture><img alt="" src="/shot.webp"></picture></li>'.repeat(5)}</ul></section>
<section class="section svelte-1n7s6y3 product-description" data-testid="product-description"><div class="truncate-wrapper svelte-1nkkoxz">
<p dir="auto" data-testid="truncate-text" class="svelte-1nkkoxz">${asIntro.join('\n\n')}\n\n${asFeaturesLead}\n${asFeatures.map((t) => `• ${t}`).join('\n')}
\n${asOutro.join('\n\n')}\n\nTerms of Use: https://fernleaf.app/terms\nPrivacy Policy: https://fernleaf.app/privacy</p>
<button class="more-button svelte-1nkkoxz" aria-hidden="true">more</button></div></section>
<section class="section whats-new" aria-labelledby="whats-new-heading"><div class="header"><h2 id="whats-new-heading">What’s New</h2>
<a class="version-history" href="#version-history">Version History</a></div><time datetime="2025-11-20">20 Nov 2025</time><p class="version">Version 3.4.1</p>
<p dir="auto" class="notes">${asNew}</p></section>
<section class="section ratings" aria-labelledby="ratings-heading"><div class="header"><h2 id="ratings-heading">Ratings &amp; Reviews</h2>
<a href="#see-all/reviews">See All</a></div><div class="ratings-summary"><span class="average">4.7</span><span class="out-of">out of 5</span>
<span class="count">12K Ratings</span></div><ul class="shelf-grid__list">${asReviews.map(asReview).join('\n')}</ul></section>
<section class="section privacy" aria-labelledby="privacy-heading"><div class="header"><h2 id="privacy-heading">App Privacy</h2>
<a href="#see-details">See Details</a></div>
<p>${asPrivacy[0]} For more information, see the <a href="https://fernleaf.app/privacy">developer’s privacy policy</a>.</p>
<div class="privacy-type"><h3>${asPrivacy[1]}</h3><p>${asPrivacy[2]}</p><ul><li>${asPrivacy[3]}</li><li>${asPrivacy[4]}</li></ul></div>
<p class="privacy-footnote">Privacy practices may vary, for example, based on the features you use or your age. <a href="#">Learn More</a></p></section>
<section class="section information" aria-labelledby="information-heading"><h2 id="information-heading">Information</h2><dl class="information-list">${asInfo
  .map((t, i) => (i % 2 === 0 ? `<dt>${t}</dt>` : `<dd>${t}</dd>`))
  .join('')}</dl><ul class="links">${links(['Developer Website', 'App Support', 'Privacy Policy'])}</ul></section>
<section class="section supports"><h2>Supports</h2><div><h3>Family Sharing</h3>
<p>Up to six family members can use this app with Family Sharing enabled.</p></div></section>
<section class="section shelf"><h2>More By This Developer</h2><ul>${links(asMoreBy)}</ul></section>
<section class="section shelf"><h2>You Might Also Like</h2><ul>${links(asLike)}</ul><a href="#">See All</a></section></div></main>
<footer class="svelte-1nkvb7y"><a href="/gb/choose-country-region">Select a country or region</a> <span>United Kingdom (English)</span>
<p>Copyright © 2025 Apple Inc. All rights reserved.</p><ul>${links(asFoot)}</ul></footer></div></div>
<script type="application/json" id="serialized-server-data">[{"data":{"shelves":[{"contentType":"productDescription","id":"product_description"}]}}]</script>
</body></html>`;
const appStore: TestPage = {
  html: asHtml,
  name: 'heldout51-app-store-app',
  kind: 'blog',
  // a page listing many reviews: the app's own description is the body (its paragraphs, the lead-in line and the bullet
  // lines without their "•"; the subscription terms paragraph is the developer's own text: body, the two "Terms of Use" /
  // "Privacy Policy" URL lines are in neither); "What’s New" with its version and notes is the release log, not the
  // description: furniture; the subtitle is a tagline of the listing (furniture); the developer (header and "Seller") is the
  // author line: a byline, as are the What’s New date and every review's author and date; the reviews with their titles,
  // stars and the developer response, the badge row, privacy, information, supports, shelves, nav and footer are furniture
  // (texts repeated between badges and information once); the nav's "Apps", the label "Size" and the price "Free" are words
  // of the body ("plant apps", "the size of the pot", "is free"): left out, with the description's own "more" button
  title: asTitle,
  headings: [],
  body: [...texts(asIntro), asFeaturesLead, ...asFeatures, ...texts(asOutro)],
  bylines: [asDev, '20 Nov 2025', ...asReviews.flatMap((r) => [r.who, r.when])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'App Store', ...asSide.filter((t) => t !== 'Apps'), 'Sign In',
    'Watering reminders that follow the light', 'Free · Offers In-App Purchases · Designed for iPad',
    'View in App Store', ...asBadges.filter((t) => !['4+', 'Size', 'Lifestyle'].includes(t)), 'iPhone', 'iPad', 'What’s New',
    'Version History', 'Version 3.4.1', asNew, 'Ratings & Reviews', 'See All', 'out of 5', ...asReviews.map((r) => r.title), ...asReviews.map((r) => r.text),
    'Developer Response', asReviews[1]!.reply!, 'App Privacy', 'See Details', asPrivacy[0]!, ...asPrivacy.slice(1), 'developer’s privacy policy',
    'Privacy practices may vary, for example, based on the features you use or your age.', 'Learn More', 'Information',
    ...asInfo.filter((t) => ![asDev, 'Size', 'Free'].includes(t)), 'Developer Website', 'App Support', 'Privacy Policy', 'Supports', 'Family Sharing',
    'Up to six family members can use this app with Family Sharing enabled.', 'More By This Developer', ...asMoreBy, 'You Might Also Like', ...asLike,
    'Select a country or region', 'United Kingdom (English)', 'Copyright © 2025 Apple Inc. All rights reserved.', ...asFoot,
  ],
};

export const HELDOUT51_D: readonly TestPage[] = [appStore, googlePlay];
