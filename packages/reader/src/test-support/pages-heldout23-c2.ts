import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 23, file c2: a Wired-style product review on the Condé Nast "verso" markup (styled-components class names and
 * data-testid attributes; the header with its nav, "Sign In" and "Subscribe", the "Review" rubric, headline and dek, the rating
 * box with the score, "WIRED" and "TIRED" lists and buy buttons, the affiliate note, byline and date, "Save this story" and
 * share buttons, the lead image credit, the review text with h2 sections and a spec list, "More From WIRED" and
 * "Reviews and Guides" link lists, the newsletter box and the footer).
 */
const wrTitle = 'Lumen Arc Pro Review: A Projector That Finally Fits a Small Apartment';
const wrDek = 'This short-throw projector fills a wall from 15 inches away, but its speaker can’t keep up with its picture.';
const wrWired = [
  'Bright enough for a room with the blinds half open.',
  'Fills a 100-inch wall from just 15 inches away.',
  'Autofocus and keystone correction take seconds.',
  'Quiet fan.',
];
const wrTired = ['Built-in speaker sounds thin.', 'Streaming software is slow and full of ads.', 'Expensive.'];
const wrBody1 = [
  'I live in a one-bedroom apartment with a living room that is, generously, 12 feet long. For years that ruled out a projector. ' +
    'A standard model needs to sit at the back of the room to throw a big picture, and the back of my room is a bookcase.',
  'The Lumen Arc Pro is built for exactly this problem. It is an ultra-short-throw projector, meaning it sits on a low cabinet right ' +
    'against the wall and angles its image upward. From 15 inches away it fills a 100-inch wall, and from nine inches it still ' +
    'makes an 80-inch picture that beats any television I could fit in the space.',
];
const wrH1 = 'Bright Enough for Daytime';
const wrBody2 = [
  'Lumen rates the Arc Pro at 2,500 lumens, and in my testing that number held up better than most. With the blinds half open on ' +
    'a gray afternoon, a football game was perfectly watchable, if a little washed out in the darker shots. At night, on a ' +
    'painted white wall, colors were rich and accurate enough that I stopped noticing I was watching a projector.',
  'Setup took about ten minutes. The projector uses a small camera to focus itself and square the image to the wall, and after I ' +
    'bumped the cabinet twice while vacuuming, it corrected itself within a few seconds each time.',
];
const wrH2 = 'Where It Falls Short';
const wrBody3 = [
  'The weak spot is sound. The two built-in speakers are fine for the news, but dialogue in films got lost whenever the music ' +
    'swelled. At this price I expected better, and most buyers will want to add a soundbar, which the Arc Pro supports over HDMI.',
  'The built-in streaming software is also sluggish. Menus lag, the home screen is crowded with sponsored rows, and two of the ' +
    'apps I use most were missing. I ended up plugging in a $40 streaming stick and never went back.',
  'Even so, the Arc Pro has changed how I use my living room. If you have the wall space but not the depth for a projector, it ' +
    'is the best option I have tested this year, as long as you budget for a soundbar too.',
];
const wrSpecs = ['Resolution: 4K (pixel-shifted)', 'Brightness: 2,500 ANSI lumens', 'Throw distance: 9 to 15 inches for 80 to 100 inches', 'Weight: 11 pounds'];
const wrNav = ['Security', 'Politics', 'The Big Story', 'Business', 'Science', 'Culture', 'Ideas', 'Merch', 'Reviews', 'Gear'];
const wrMore = [
  'The Best TVs for Every Budget',
  'Our Favorite Soundbars for Better TV Audio',
  'How to Set Up a Home Theater in a Small Room',
  'The Best Streaming Devices',
];
const wrGuides = ['Best Laptops', 'Best Headphones', 'Best Robot Vacuums', 'Best Mattresses', 'Coupons'];
const wrFoot = ['Subscribe', 'Newsletters', 'FAQ', 'WIRED Staff', 'Editorial Standards', 'Archive', 'RSS', 'Accessibility Help', 'Contact'];
const wrNote =
  'All products featured on WIRED are independently selected by our editors. We may earn compensation from retailers when you ' +
  'buy through links on this page.';
const wrHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Lumen Arc Pro Review: A Projector That Finally Fits a Small Apartment | WIRED</title>
<meta name="description" content="${wrDek}"><meta property="og:site_name" content="WIRED"><meta name="content-type" content="review">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Review","name":"${wrTitle}","reviewRating":{"@type":"Rating",
"ratingValue":8,"bestRating":10},"itemReviewed":{"@type":"Product","name":"Lumen Arc Pro"},"author":[{"@type":"Person","name":"Reece Hollis"}],
"datePublished":"2025-11-09T08:00:00.000-05:00"}</script>
<script>window.__PRELOADED_STATE__ = {"transformed":{"head.title":"Lumen Arc Pro Review","coreDataLayer":{"content":{"contentType":"review"}}}};</script>
<style>.BaseWrap-sc-gjQpdd{display:block}.RatingBlock-kbPfKd{border:1px solid}</style></head>
<body><div id="app-root"><div class="StackBase-cYeoQT page__main-content">
<header class="NavigationWrapper-bFftAs" data-testid="navigation"><a class="SiteLogo-cHYlfg" href="/" aria-label="WIRED logo"><svg role="img"></svg></a>
<nav class="NavigationListWrapper-bLRpLT" aria-label="Main"><ul>${links(wrNav, 'NavigationListItem-bHdSYK')}</ul></nav>
<a class="AccountLink-eCvOQB" href="/account/sign-in">Sign In</a><a class="SubscribeButton-hYGvRz" href="/subscribe">Subscribe</a></header>
<div class="ad ad--leaderboard" data-testid="ad-leaderboard"><span class="ad__label">Advertisement</span></div>
<article class="article main-content" lang="en-US"><header class="ContentHeaderWrapper-edNpdJ" data-testid="ContentHeaderContainer">
<div class="RubricWrapper-dKmCNX"><a class="RubricLink-gKmBBU" href="/tag/reviews/"><span class="RubricName-fVtemz">Review</span></a></div>
<h1 class="BaseWrap-sc-gjQpdd ContentHeaderHed-NCyCC" data-testid="ContentHeaderHed">${wrTitle}</h1>
<div class="ContentHeaderAccreditation-hVJlhu"><div class="ContentHeaderDek-bIqFFZ">${wrDek}</div></div>
<figure class="ContentHeaderLeadAsset-iYgnqE"><img src="https://media.wired.example/photos/6720ab/lumen-arc-pro.jpg" alt="Lumen Arc Pro projector on a cabinet">
<figcaption class="CaptionWrapper-jSAzhE"><span class="CaptionCredit-ejegFm">Photograph: Lumen</span></figcaption></figure></header>
<div class="RatingBlock-kbPfKd product-rating" data-testid="RatingBlock"><p class="Rating-cTJmTs"><span class="RatingLabel-bgDJxd">Rating:</span>
<span class="RatingValue-gSSKhC">8/10</span></p><button class="RatingInfoButton-lQWiKo" aria-label="Open rating explainer">Open rating explainer</button>
<div class="ProsConsBlock-bWkjdq"><div class="ProsList"><h3 class="ProsConsTitle-fHDnHT">WIRED</h3><p>${wrWired.join(' ')}</p></div>
<div class="ConsList"><h3 class="ProsConsTitle-fHDnHT">TIRED</h3><p>${wrTired.join(' ')}</p></div></div>
<div class="ProductOfferList-dDhwdh"><a class="ProductOfferButton-bTRnjA" href="https://www.amazon.example/dp/B0LUMENARC" rel="sponsored">$2,199 at Amazon</a>
<a class="ProductOfferButton-bTRnjA" href="https://www.bestbuy.example/site/lumen-arc-pro" rel="sponsored">$2,199 at Best Buy</a></div></div>
<p class="AffiliateDisclaimer-jxYqzD">${wrNote}</p>
<div class="BylinesWrapper-KIudn"><span class="BylineNamesWrapper-jbHncj">By <a class="BylineLink-gEnFiw" href="/author/reece-hollis/">Reece Hollis</a></span>
<time class="BaseWrap-sc-gjQpdd ContentHeaderPublishDate" data-testid="ContentHeaderPublishDate"
datetime="2025-11-09T08:00:00-05:00">Nov 9, 2025 8:00 AM</time></div>
<div class="SocialIconsWrapper-dsGhPX"><button class="SaveStoryButton" aria-label="Save this story">Save this story</button>
<ul>${links(['Facebook', 'X', 'Email', 'Pinterest'], 'SocialIconItem')}</ul></div>
<div class="body__inner-container" data-journey-hook="client-content">
${wrBody1.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${wrH1}</h2>
${wrBody2.map((p) => `<p>${p}</p>`).join('\n')}
<ul class="specs">${wrSpecs.map((t) => `<li><strong>${t.split(': ')[0]}:</strong> ${t.split(': ')[1]}</li>`).join('')}</ul>
<div class="ad ad--in-content" data-testid="ad-mid"><span class="ad__label">Advertisement</span></div>
<h2>${wrH2}</h2>
${wrBody3.map((p) => `<p>${p}</p>`).join('\n')}
</div></article>
<section class="SummaryCollectionGrid" data-testid="more-from-wired"><h2 class="SummaryCollectionGridHed">More From WIRED</h2>
<ul>${links(wrMore, 'SummaryItemWrapper-iwvBff')}</ul></section>
<section class="RelatedGuides" data-testid="reviews-and-guides"><h2>Reviews and Guides</h2><ul>${links(wrGuides)}</ul></section>
<section class="NewsletterSubscribeForm"><h3>Get the Gear newsletter</h3><p>Our team’s picks for the best gadgets and deals, twice a week.</p>
<form><input type="email" placeholder="Your email"><button type="submit">Sign up</button></form></section>
<footer class="FooterWrapper-fDjBRY"><p class="FooterTagline">WIRED is where tomorrow is realized.</p><ul>${links(wrFoot)}</ul>
<p class="FooterLegal">© 2025 Condé Nast. All rights reserved. WIRED may earn a portion of sales from products that are purchased through our site.</p>
<a href="/privacy-choices">Your Privacy Choices</a></footer></div></div></body></html>`;
export const wiredReview: TestPage = {
  html: wrHtml,
  name: 'heldout23-wired-product-review',
  kind: 'news',
  // the dek is body, the two h2s are the headings, the spec list between the sections is the review's own list (body); the
  // rating box is furniture: the score, the "WIRED" and "TIRED" lists (short summary fragments in a product card beside the
  // buy buttons, restating points the text makes, as batch 19's restaurant rating box is furniture), "Open rating explainer"
  // and the two price buttons; "Reece Hollis" and the date are bylines ("By" in neither); the "Review" rubric, the photo
  // credit, the affiliate note, "Save this story", share links, ads, "More From WIRED", "Reviews and Guides", the newsletter
  // box, header, nav and footer are furniture; "Subscribe" (header, footer) is listed once
  title: wrTitle,
  headings: [wrH1, wrH2],
  body: [wrDek, ...texts(wrBody1), ...texts(wrBody2), ...wrSpecs, ...texts(wrBody3)],
  bylines: ['Reece Hollis', 'Nov 9, 2025 8:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wrNav, 'Sign In', 'Advertisement', 'Review', 'Photograph: Lumen', 'Rating:', '8/10', 'Open rating explainer', 'WIRED', ...wrWired, 'TIRED',
    ...wrTired, '$2,199 at Amazon', '$2,199 at Best Buy', wrNote, 'Save this story', 'Facebook', 'X', 'Email', 'Pinterest', 'More From WIRED',
    ...wrMore, 'Reviews and Guides', ...wrGuides, 'Get the Gear newsletter', 'Our team’s picks for the best gadgets and deals, twice a week.',
    'Sign up', 'WIRED is where tomorrow is realized.', ...wrFoot, '© 2025 Condé Nast. All rights reserved.', 'Your Privacy Choices',
  ],
};
