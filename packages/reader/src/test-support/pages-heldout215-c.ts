import { links, ps, type TestPage, texts } from './page-kit.js';
import { seat61Route } from './pages-heldout215-c2.js';

/**
 * Held-out batch 215, file c: a cruise line's blog post on its WordPress blog (the sale banner above the header, the
 * "Find a cruise" nav with the phone number, breadcrumb, category, author, date and reading time, the hero caption, a
 * listicle of numbered h2s, the "Ready to set sail?" booking block inside the post, the legal footnote under the booking
 * block, tags, the share buttons, the author box, "You might also like" cards, the offers sign-up, the TrustArc cookie
 * banner and the footer) and, from file c2, a Man in Seat 61 route page.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((x) => x.replace(/\s+/g, ' '));
const cTitle = 'Seven ways to spend a sea day on Meridian Aurora';
const cIntro = paras(`
Some guests dread sea days. They picture hours of nothing, a crowded pool and a long wait for dinner. Our crew see them
differently: a sea day is the one day on the voyage when nobody has to be anywhere, and the ship is at its best.

We asked the people who work on board Meridian Aurora how they would spend a day between ports. Here is what they told us.`);
const cItems = [
  {
    h: '1. Start with sunrise on deck 14',
    p: paras(`The forward observation deck is almost empty before 07:00. Bring a coffee from the Compass Café, find a lounger
facing the bow and watch the light come up over open water. Deck officer Priya Nair says it is the quietest place on the ship.`),
  },
  {
    h: '2. Take a galley tour',
    p: paras(`Twice each voyage, executive chef Tomás Reyes opens the main galley to small groups. You will see how the team
prepares 9,000 meals a day and taste the bread that comes out of the ovens at 10:30. Tours fill quickly, so book at Guest
Services on embarkation day.`),
  },
  {
    h: '3. Learn something new',
    p: paras(`The Aurora Academy runs short classes every sea day, from watercolour painting to basic celestial navigation.
Most are free and none need any experience. Check the daily planner in the app for times and rooms.`),
  },
  {
    h: '4. Book the thermal suite for the afternoon',
    p: paras(`The spa is busiest in the morning. After lunch, the heated loungers and steam rooms in the thermal suite are
often half empty, and day passes cost less after 14:00.`),
  },
  {
    h: '5. Watch the bridge team at work',
    p: paras(`The bridge viewing gallery on deck 11 looks straight into the wheelhouse. On sea days, one of the officers
usually holds a short question session at 11:00, and children can collect a junior navigator certificate.`),
  },
  {
    h: '6. Have a long lunch at Saltwater',
    p: paras(`Our seafood restaurant opens for lunch only on sea days. Ask for a table by the window on the port side, order
the catch of the day and do not plan anything for the next two hours.`),
  },
  {
    h: '7. End with the show',
    p: paras(`Sea days are when the theatre company performs its biggest production. Arrive fifteen minutes early for the
best seats, or reserve through the app if you want a guaranteed spot in the front stalls.`),
  },
];
const cOutro = paras(`
However you spend it, a sea day is a chance to slow down. By the time you reach the next port, you may find you were sorry it
ended.`);
const cBanner = ['Spring Sale: up to 40% off all 2026 cruises, plus free drinks package', 'Ends 31 March', 'View offers'];
const cNav = 'Find a cruise|Destinations|Our ships|Deals|Before you sail|Blog'.split('|');
const cCrumbs = 'Home|Blog|Onboard life'.split('|');
const cCta = ['Ready to set sail?', 'Explore Meridian Aurora voyages to the Caribbean and the Mediterranean.', 'Find a cruise'];
const cLegal = '*Offer applies to new bookings only. Terms and conditions apply.';
const cTags = ['Sea days', 'Meridian Aurora', 'Onboard activities', 'Dining'];
const cShare = ['Share', 'Facebook', 'Pinterest', 'Email'];
const cBio =
  'Hannah Cole writes about life on board for the Meridian Isles blog. She has sailed on every ship in the fleet and still ' +
  'thinks the best seat is the one by the window.';
const cRelated = ['What to pack for a Caribbean cruise', 'A first-timer’s guide to cruise dining', 'How to choose the right cabin for your family'];
const cNews = [
  'Get exclusive offers',
  'Be the first to hear about new itineraries and members-only deals.',
  'First name',
  'Email address',
  'Sign me up',
  'You can unsubscribe at any time. See our Privacy Policy.',
];
const cCookie = [
  'We use cookies to give you the best possible experience on our website. By clicking "Agree and proceed", you agree to our use of cookies.',
  'Agree and proceed',
  'Required only',
  'Cookie preferences',
];
const cFoot = 'About us|Careers|Travel agents|Press|Contact us|Accessibility|Privacy policy|Terms of use|Sitemap'.split('|');
const cHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Seven ways to spend a sea day on Meridian Aurora | Meridian Isles Cruises Blog</title>
<meta name="description" content="Crew tips for a sea day on Meridian Aurora: sunrise, galley tours, the thermal suite and more.">
<meta property="og:type" content="article"><meta property="og:title" content="${cTitle}"><meta name="author" content="Hannah Cole">
<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Hannah Cole"><meta name="twitter:label2" content="Est. reading time">
<meta name="twitter:data2" content="5 minutes"><script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[
{"@type":"BlogPosting","headline":"${cTitle}","datePublished":"2026-02-18T15:00:00+00:00","author":{"@type":"Person","name":"Hannah Cole"}}]}</script>
<script src="https://consent.trustarc.example/notice?domain=meridianisles.example&amp;c=teconsent" async></script>
<link rel="stylesheet" href="https://www.meridianisles.example/blog/wp-content/themes/meridian/dist/main.css?ver=2.8"></head>
<body class="post-template-default single single-post">
<div class="promo-banner" data-promo="spring-sale"><p><strong>${cBanner[0]}</strong> <span>${cBanner[1]}</span>
<a href="/deals/spring-sale">${cBanner[2]}</a></p></div>
<header class="site-header"><a class="logo" href="https://www.meridianisles.example/"><img src="/blog/wp-content/uploads/meridian-logo.svg"
alt="Meridian Isles Cruises"></a><nav class="primary-nav" aria-label="Primary"><ul>${links(cNav, 'menu-item')}</ul></nav>
<div class="header-contact"><span>Call us</span> <a href="tel:18005550144">1-800-555-0144</a></div>
<a class="btn btn--gold" href="/account/sign-in">Sign in</a></header>
<main id="main" class="site-main"><nav class="breadcrumbs" aria-label="Breadcrumb"><span>${links(cCrumbs)}</span></nav>
<article id="post-5127" class="post-5127 post type-post status-publish format-standard has-post-thumbnail category-onboard-life">
<header class="entry-header"><a class="entry-category" href="/blog/category/onboard-life/">Onboard life</a><h1 class="entry-title">${cTitle}</h1>
<div class="entry-meta"><span class="entry-author">By <a href="/blog/author/hannah-cole/">Hannah Cole</a></span>
<time class="entry-date" datetime="2026-02-18T15:00:00+00:00">February 18, 2026</time><span class="reading-time">5 min read</span></div></header>
<figure class="entry-hero"><img src="/blog/wp-content/uploads/2026/02/aurora-sea-day.jpg" alt="Guests on the pool deck of Meridian Aurora">
<figcaption>The Lido deck on Meridian Aurora during a transatlantic crossing.</figcaption></figure>
<div class="entry-content">
${ps(cIntro)}
${cItems.map((it) => `<h2 class="wp-block-heading">${it.h}</h2>\n${ps(it.p)}`).join('\n')}
<div class="wp-block-group cta-block"><h3 class="cta-block__title">${cCta[0]}</h3><p class="cta-block__text">${cCta[1]}</p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/find-a-cruise?ship=aurora">${cCta[2]}</a></div></div>
<p class="cta-block__legal has-small-font-size">${cLegal}</p></div>
${ps(cOutro)}
</div>
<footer class="entry-footer"><div class="tags-links"><span class="tags-label">Tags:</span> ${cTags
  .map((t) => `<a href="/blog/tag/${t.toLowerCase().replace(/ /g, '-')}/" rel="tag">${t}</a>`)
  .join(', ')}</div>
<div class="share-buttons"><span class="share-buttons__label">${cShare[0]}</span>${cShare
  .slice(1)
  .map((s) => `<a class="share-buttons__link share-buttons__link--${s.toLowerCase()}" href="#">${s}</a>`)
  .join('')}</div>
<div class="author-box"><img src="/blog/wp-content/uploads/authors/hannah-cole.jpg" alt=""><div class="author-box__body">
<h3 class="author-box__name">About Hannah Cole</h3><p class="author-box__bio">${cBio}</p></div></div></footer></article>
<section class="related-posts"><h2>You might also like</h2><div class="related-posts__grid">
${cRelated.map((t) => `<article class="related-card"><a href="/blog/"><h3 class="related-card__title">${t}</h3></a></article>`).join('\n')}</div></section>
<section class="newsletter"><h2>${cNews[0]}</h2><p>${cNews[1]}</p><form class="newsletter__form"><label for="nl-first">${cNews[2]}</label>
<input id="nl-first"><label for="nl-email">${cNews[3]}</label><input id="nl-email" type="email"><button type="submit">${cNews[4]}</button>
<p class="newsletter__small">${cNews[5]}</p></form></section></main>
<footer class="site-footer"><ul class="site-footer__menu">${links(cFoot)}</ul>
<p class="site-footer__legal">Ships' registry: Malta. © 2026 Meridian Isles Cruises, Inc. All rights reserved.</p></footer>
<div id="consent_blackbar"><div id="truste-consent-track" class="truste-banner" role="dialog" aria-label="Cookie notice">
<div id="truste-consent-content"><p id="truste-consent-text">${cCookie[0]}</p><div id="truste-consent-buttons">
<button id="truste-consent-button" class="truste-button1">${cCookie[1]}</button><button id="truste-consent-required"
class="truste-button3">${cCookie[2]}</button>
<button id="truste-show-consent" class="truste-button2">${cCookie[3]}</button></div></div></div></div>
<script src="https://www.meridianisles.example/blog/wp-content/themes/meridian/dist/main.js?ver=2.8" id="meridian-main-js"></script></body></html>`;
const cruise: TestPage = {
  html: cHtml,
  name: 'heldout215-cruise-line-blog-post',
  kind: 'blog',
  // the booking block inside the post (its h3, text, button and legal line) is furniture
  title: cTitle,
  headings: cItems.map((it) => it.h),
  body: [...cIntro, ...cItems.flatMap((it) => texts(it.p)), ...cOutro],
  bylines: ['By Hannah Cole', 'February 18, 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cBanner, ...cNav, 'Call us', '1-800-555-0144', 'Sign in', ...cCrumbs, 'The Lido deck on Meridian Aurora during a transatlantic crossing.',
    ...cCta.slice(0, 2), cLegal, 'Tags:', ...cTags, ...cShare, 'About Hannah Cole', cBio, 'You might also like', ...cRelated, ...cNews, ...cFoot,
    "Ships' registry: Malta. © 2026 Meridian Isles Cruises, Inc. All rights reserved.", ...cCookie,
  ],
};

export const HELDOUT215_C: readonly TestPage[] = [cruise, seat61Route];
