import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 161, file d2: a MacRumors story on its React template with hashed class names (the top nav with "Roundups",
 * "Buyer's Guide" and "Forums", the h1, the "Tuesday March 3, 2026 6:12 am PST by ..." line, the article text with an
 * inline image and caption, the "Tag:" and "Related Forum:" lines after the text, "Top Rated Comments" with scores, the
 * previous/next article links, the "Popular Stories" rail with deks, the "Got a tip for us?" box and the footer).
 */
const mrTitle = 'Kettleworth Launches MagSafe Battery Pack With E-Ink Charge Display';
const mrP = [
  `Accessory maker Kettleworth today announced the PowerSlate, a slim MagSafe battery pack with a small E-Ink display on the back that
  shows the remaining charge as a percentage and an estimate of how many full iPhone charges are left.`,
  `The 5,000mAh pack is 8.5mm thick and attaches magnetically to the back of iPhone 12 and later models. It charges an attached iPhone
  wirelessly at up to 15W, and can itself be recharged over USB-C at up to 20W. Because E-Ink only uses power when the image changes,
  Kettleworth says the display has no noticeable effect on battery life and remains readable with the pack switched off.`,
  `There is also a pass-through mode, so the PowerSlate and an attached iPhone can be charged together from a single cable overnight,
  with the iPhone charged first. A fold-out stand on the back props the iPhone up in landscape for watching video.`,
  `The PowerSlate is available today from Kettleworth's website for $69.99 in black, sand and a translucent gray. The company says it
  will arrive at other retailers in April.`,
  `Kettleworth is best known for its leather iPhone cases and desk chargers, and this is its first battery pack. The company told
  MacRumors that it chose E-Ink after testing a small LCD, which it said drained the pack noticeably when left on a bag for a week.
  The display updates whenever the charge changes by one percent, and a button on the side refreshes it on demand.`,
  `Battery packs with charge displays are not new, but most use a row of LEDs or a small backlit screen that only lights up when a
  button is pressed. An always-visible reading should make it easier to tell at a glance whether the pack needs charging before
  heading out, which is the main frustration with Apple's own MagSafe Battery Pack, which Apple has since discontinued.`,
  `The PowerSlate also supports the Find My network, so a lost pack shows up in Apple's Find My app alongside AirTags and other
  accessories. Kettleworth says a larger 10,000mAh model with the same display is planned for later this year.`,
];
const mrCaption = 'The PowerSlate’s E-Ink display shows the remaining charge even when the pack is off.';
const mrNav = ['Roundups', "Buyer's Guide", 'iOS 26', 'Mac', 'iPhone', 'iPad', 'Apple Watch', 'Forums', 'Deals'];
const mrComments = [
  ['Score: 14 Votes', 'Finally someone put a proper charge indicator on one of these. Four tiny LEDs were never enough.'],
  ['Score: 9 Votes', 'Looks nice but 5,000mAh is less than one full charge for the Pro Max. Would pay more for a thicker one.'],
];
const mrCommenters = ['appleseedling', 'TouchBar4Ever'];
const mrPopular = [
  ['Apple Said to Announce New iPad Air Next Week', 'Apple is preparing to announce an updated iPad Air alongside other products.'],
  ['iOS 26.4 Beta 3: Everything New', 'The third beta adds a handful of small changes to Messages and the Lock Screen.'],
  ['Best Deals: AirPods Hit New Low Price', 'Several retailers have discounted AirPods this week.'],
];
const mrTip = ['Got a tip for us?', 'Share your thoughts with us on how to improve.', 'Send us an email', 'Anonymous Submission'];
const mrFoot = ['Contact Us', 'Advertise', 'Privacy Policy', 'Terms of Service', 'About MacRumors'];
const mrHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kettleworth Launches MagSafe Battery Pack With E-Ink Charge Display - MacRumors</title>
<meta name="description" content="Accessory maker Kettleworth today announced the PowerSlate, a slim MagSafe battery pack with a small E-Ink display.">
<meta property="og:site_name" content="MacRumors"><meta property="og:title" content="${mrTitle}"><meta name="twitter:site" content="@MacRumors">
<link rel="canonical" href="https://www.macrumors.com/2026/03/03/kettleworth-powerslate-magsafe-battery/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mrTitle}","datePublished":"2026-03-03T06:12:00-08:00",
"author":[{"@type":"Person","name":"Declan Pryce"}],"publisher":{"@type":"Organization","name":"MacRumors"}}</script>
<link rel="stylesheet" href="https://cdn.macrumors.com/css/main-3f1b9.css"><script>window.__APP_STATE__ = {"page":"article","articleId":960144};</script>
</head><body><div id="root"><div class="app--2mXd4oPX">
<header class="header--1KbY1gIk"><a href="https://www.macrumors.com/" class="logo--2HbQ9Ln1" aria-label="MacRumors"><svg aria-hidden="true"></svg></a>
<nav class="navigation--3yOf8cDm" aria-label="Main"><ul>${links(mrNav, 'navItem--1WRFz7pA')}</ul></nav>
<button class="searchToggle--3tT1fMRs" aria-label="Search"></button></header>
<div class="wrapper--3b5fA1dN"><main class="main--3ZnB6e2b"><article class="article--2pJwZBkO expandable--2C7rL5KE">
<h1 class="heading--1cooZo6n heading--h1--3ixi4Sqx heading--white--2vAPsAl1">${mrTitle}</h1>
<div class="byline--2j1yq7hd">Tuesday March 3, 2026 6:12 am PST by <a href="https://www.macrumors.com/author/declan-pryce/" rel="author">Declan Pryce</a></div>
<div class="ugc--2nTu61bm minor--3O_9dH4U js-content"><p>${mrP[0]}</p>
<p><img src="https://images.macrumors.com/article-new/2026/03/kettleworth-powerslate.jpg" alt="kettleworth powerslate" width="1600" height="900"></p>
<p class="caption"><em>${mrCaption}</em></p>
${mrP
  .slice(1)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}</div>
<div class="linkList--1Tpd3sB4"><span class="linkList__label">Tag: </span><a href="https://www.macrumors.com/guide/kettleworth/">Kettleworth</a></div>
<div class="linkList--1Tpd3sB4"><span class="linkList__label">Related Forum: </span><a href="https://forums.macrumors.com/forums/iphone-accessories.116/">iPhone
Accessories</a></div>
<section class="comments--3mD9xT6q"><h2 class="heading--1cooZo6n heading--h2--3BCD7e2G">Top Rated Comments</h2>
${mrComments
  .map(
    ([score, text], i) => `<div class="comment--3fG7yIbc"><div class="commentHeader--1hX5bGzR"><a href="https://forums.macrumors.com/members/${i}/">
${mrCommenters[i]}</a><span class="time--2mNQ7v0k">${i + 3} hours ago</span><span class="score--1QwQ8bHe">${score}</span></div>
<div class="commentBody--2lA0Rs9K"><p>${text}</p></div></div>`,
  )
  .join('\n')}
<a class="readMore--8aVFgZ5s" href="https://forums.macrumors.com/threads/kettleworth-powerslate.2461093/">Read All Comments</a></section>
<nav class="articleNav--2vIz1nTb"><a href="https://www.macrumors.com/2026/03/03/prev/" class="prev--1cAj7vBv"><span>Previous Article</span>
<span class="title--3xHd1lvB">Apple Seeds Third Betas of iOS 26.4 to Developers</span></a><a href="https://www.macrumors.com/2026/03/03/next/"
class="next--2nLQv5oR"><span>Next Article</span><span class="title--3xHd1lvB">Deals: Save Up to $200 on M5 MacBook Air</span></a></nav>
</article></main>
<aside class="sidebar--1ZbdfYlC"><div class="ad--2xqwSfG6"><span class="adLabel--1v8mTb3f">Advertisement</span><div id="mr-sidebar-ad"></div></div>
<section class="popular--2bHhsY9e"><h2 class="heading--1cooZo6n heading--h2--3BCD7e2G">Popular Stories</h2>
${mrPopular
  .map(
    ([t, d], i) => `<div class="popularItem--3rUa2Gkf"><a href="https://www.macrumors.com/2026/03/0${i + 1}/popular/"><h3 class="title--3xHd1lvB">${t}</h3></a>
<p class="teaser--1Vv3d8hD">${d}</p></div>`,
  )
  .join('\n')}</section>
<section class="tip--3eGm6wqE"><h2>${mrTip[0]}</h2><p>${mrTip[1]}</p><a href="mailto:tips@macrumors.com">${mrTip[2]}</a>
<a href="https://www.macrumors.com/contact.php">${mrTip[3]}</a></section></aside></div>
<footer class="footer--3y8vF4Jd"><ul>${links(mrFoot, 'footerItem--2pG4q0Bx')}</ul>
<p>Copyright © 2000-2026 MacRumors.com, LLC. Privacy / DMCA contact / Affiliate and FTC Disclosure</p></footer></div></div>
<script src="https://cdn.macrumors.com/js/main-3f1b9.js" defer></script></body></html>`;
export const macrumorsNews: TestPage = {
  html: mrHtml,
  name: 'heldout161-macrumors-news',
  kind: 'news',
  // the italic caption paragraph inside the js-content div is a caption (furniture); top-rated forum comments are furniture
  title: mrTitle,
  headings: [],
  body: texts(mrP),
  bylines: ['Tuesday March 3, 2026 6:12 am PST by Declan Pryce', ...mrCommenters, '3 hours ago', '4 hours ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mrNav, mrCaption, 'Tag:', 'Kettleworth', 'Related Forum:', 'iPhone Accessories', 'Top Rated Comments', ...mrComments.flat(),
    'Read All Comments', 'Previous Article', 'Apple Seeds Third Betas of iOS 26.4 to Developers', 'Next Article',
    'Deals: Save Up to $200 on M5 MacBook Air', 'Advertisement', 'Popular Stories', ...mrPopular.flat(), ...mrTip, ...mrFoot,
    'Copyright © 2000-2026 MacRumors.com, LLC. Privacy / DMCA contact / Affiliate and FTC Disclosure',
  ],
};
