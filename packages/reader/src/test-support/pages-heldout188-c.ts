import { links, ps, type TestPage, texts } from './page-kit.js';
import { indiegogoStory } from './pages-heldout188-c2.js';

/**
 * Held-out batch 188, file c: a Ko-fi creator post (the site nav with "Explore", "Log in" and "Sign up", the creator's cover
 * and profile card with "Follow" and the "Support" button, the post with its Froala "fr-view" body, the "Posted" line and reading
 * time, the cover image caption, the like and share row, the "Leave a comment" prompt and two comments, the "Buy a coffee" panel
 * with its amount buttons and message fields, the shop and "More posts" rails, the cookie notice and the footer) and, from file
 * c2, an Indiegogo campaign story page.
 */
const kfTitle = 'The moth tarot is off to the printer (and why it took so long)';
const kfP1 = [
  'It’s done. At eleven o’clock last night I sent the final files for the Night Garden Moth Tarot to the printer in Leicester, ' +
    'and then sat on the kitchen floor for a while because I did not know what else to do with myself.',
  'Many of you have been buying me coffees since I posted the first sketch of the Fool as a pale tiger moth, nearly two years ago. ' +
    'Some of you have supported every single month. I want to tell you properly where the time went, because it was a lot longer ' +
    'than the six months I promised.',
];
const kfH1 = 'Seventy-eight moths';
const kfP2 = [
  'A tarot deck has seventy-eight cards, and I decided early on that every one would be a different British moth, painted from life ' +
    'or from my own photos. That meant a lot of nights in the garden with a light trap and a field guide. Some species only fly for ' +
    'three weeks a year. I missed the Merveille du Jour twice before I finally caught one in October, which is why the Star card was ' +
    'the last to be finished.',
  'I also repainted the whole suit of Cups. The first versions were too dark and once they were printed small you could not tell ' +
    'the moths from the background. Your comments on the test prints were what convinced me, so thank you for being honest.',
];
const kfH2 = 'What you will get';
const kfList = [
  'Seventy-eight cards on 350gsm linen stock with gilded edges',
  'A sixty-page guidebook with notes on every moth and its card meaning',
  'A rigid lift-off box with the Death’s-head hawk-moth on the lid',
  'For supporters who pre-ordered: a signed print of the Fool',
];
const kfH3 = 'Dates';
const kfP3 = [
  'The printer expects to ship to me in the second week of January. I will pack and post every pre-order myself, in the order they ' +
    'were placed, and I will post here when the first boxes go out. If your address has changed since you ordered, message me through ' +
    'Ko-fi and I will update it.',
  'After the pre-orders are sent, the remaining decks will go on sale in my shop at £38. Supporters on the monthly membership will ' +
    'get a discount code a week before anybody else.',
  'Right, I am going to go and sleep for about three days. Thank you for sticking with me and the moths.',
];
const kfNav = ['Explore', 'Ko-fi for Creators', 'Log in', 'Sign up'];
const kfCaption = 'The final proof of the Star card, Merveille du Jour on ivy.';
const kfComments = [
  ['Ollie Pemberton', '2 days ago', 'Congratulations!! The Star card is worth every week of the wait.'],
  ['ninamakesthings', '1 day ago', 'Crying a bit at the Death’s-head box lid. So proud of you.'],
] as const;
const kfCoffee = [
  'Buy Bryony a coffee',
  'Name or @yoursocial',
  'Say something nice... (optional)',
  'Make this message private',
  'Support £5',
  'Ko-fi doesn’t take a fee from donations!',
] as const;
const kfShop = ['Moth Tarot pre-order', '£38.00', 'Garden tiger enamel pin', '£9.00'];
const kfMore = ['Test prints are here!', 'Painting the Cups again', 'Light trap night, July'];
const kfFoot = ['About', 'Blog', 'Help', 'Pricing', 'Privacy Policy', 'Terms', 'Contact'];
const kfCookie = 'We use cookies to make Ko-fi work and to improve your experience.';
const kfHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${kfTitle} - Ko-fi ❤️ Where creators get support from fans through donations, memberships, shop sales
and more!</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${kfTitle}"><meta property="og:site_name"
content="Ko-fi">
<meta property="og:type" content="article"><meta property="og:description" content="It’s done. At eleven o’clock last night I sent the final files to the
printer.">
<link rel="canonical" href="https://ko-fi.example/post/The-moth-tarot-is-off-to-the-printer-M4M21QX7T2">
<link rel="stylesheet" href="https://storage.ko-fi.example/cdn/kfds/kfds.min.css?v=3.2.1"><link rel="stylesheet" href="/css/froala_style.min.css">
<script src="https://storage.ko-fi.example/cdn/scripts/jquery-3.6.0.min.js"></script>
<script>var pageId = 'M4M21QX7T2'; var buttonId = 'bryonykettle'; var isPostPage = true;</script></head>
<body class="kfds-c-body-bg"><nav class="navbar kfds-c-navbar navbar-fixed-top" role="navigation"><div class="container-fluid"><a class="navbar-brand"
href="https://ko-fi.example"><img src="/img/logo.svg" alt="Ko-fi logo"></a><ul class="nav navbar-nav navbar-right">${links(kfNav, 'kfds-c-nav-link')}</ul></div>
</nav><div class="kfds-layout-creator-page"><div class="kfds-c-cover-image" style="background-image:url(/cover.jpg)"></div>
<div class="kfds-layout-flex kfds-c-creator-layout"><aside class="kfds-c-profile-sidebar"><div class="kfds-c-profile-card"><img class="kfds-c-avatar"
alt="Bryony Kettle" src="/avatar.jpg"><h2 class="kfds-font-size-22 kfds-font-bold"><a href="/bryonykettle">Bryony Kettle</a></h2>
<p class="kfds-c-profile-tagline">Illustrator. Moths, gardens and small painted things.</p><div class="kfds-c-profile-stats"><span>1,982 followers</span></div>
<button class="kfds-btn kfds-btn-secondary follow-btn" type="button">Follow</button>
<a class="kfds-btn kfds-btn-primary kfds-c-support-btn" href="/bryonykettle"><span class="kfds-c-coffee-cup"></span>Support</a></div></aside>
<main class="kfds-c-feed-main"><article class="kfds-c-post-page"><div class="kfds-c-post-header"><a class="kfds-c-post-back" href="/bryonykettle/posts">
Back to posts</a><h1 class="kfds-font-size-32 kfds-font-bold kfds-c-post-title">${kfTitle}</h1><div class="kfds-c-post-meta">
<span class="kfds-c-post-date">Posted Nov 12, 2025</span><span class="kfds-c-dot">·</span><span class="kfds-c-read-time">3 min read</span></div></div>
<figure class="kfds-c-post-cover"><img src="/post/star-proof.jpg" alt=""><figcaption class="kfds-font-size-12">${kfCaption}</figcaption></figure>
<div class="kfds-c-article-body fr-view">${ps(kfP1)}<h2>${kfH1}</h2>${ps(kfP2)}<h2>${kfH2}</h2><ul>${kfList.map((t) => `<li>${t}</li>`).join('')}</ul>
<h2>${kfH3}</h2>${ps(kfP3)}</div><div class="kfds-c-post-actions"><button class="kfds-c-like-btn" type="button"><i class="fa fa-heart"></i>
<span class="kfds-c-like-count">214</span></button><button class="kfds-c-share-btn" type="button">Share</button></div>
<section class="kfds-c-comments"><h3 class="kfds-font-size-18">Comments</h3><p class="kfds-c-comment-prompt"><a href="/account/login">Leave a comment</a></p>
${kfComments
  .map(
    ([n, a, t]) => `<div class="kfds-c-comment"><img alt="" src="/av/${a.length}.jpg"><div><a class="kfds-font-bold" href="/${n}">${n}</a>
<span class="kfds-c-comment-time">${a}</span><p class="kfds-c-comment-text">${t}</p></div></div>`,
  )
  .join('\n')}</section></article></main>
<aside class="kfds-c-right-rail"><div class="kfds-c-donate-panel"><h2 class="kfds-font-size-18 kfds-font-bold">${kfCoffee[0]}</h2><div
class="kfds-c-coffee-amounts">
<span class="kfds-c-coffee-icon" aria-hidden="true">☕</span><span>x</span><button type="button">1</button><button type="button">3</button><button
type="button">5</button>
</div><input type="text" placeholder="${kfCoffee[1]}" aria-label="${kfCoffee[1]}"><textarea placeholder="${kfCoffee[2]}"></textarea>
<label class="kfds-c-checkbox"><input type="checkbox">${kfCoffee[3]}</label><button class="kfds-btn kfds-btn-primary" type="button">${kfCoffee[4]}</button>
<p class="kfds-font-size-12 kfds-c-text-muted">${kfCoffee[5]}</p></div><div class="kfds-c-shop-rail"><h3>Shop</h3>
<ul>${[0, 2].map((i) => `<li><a href="/s/${i}">${kfShop[i]}</a><span>${kfShop[i + 1]}</span></li>`).join('')}</ul><a href="/bryonykettle/shop">See all</a></div>
<div class="kfds-c-more-posts"><h3>More posts</h3><ul>${links(kfMore)}</ul></div></aside></div></div>
<div class="kfds-c-cookie-notice" id="cookie-notice"><p>${kfCookie} <a href="/home/privacy">Learn more</a></p><button type="button">Got it</button></div>
<footer class="kfds-c-footer"><ul>${links(kfFoot)}</ul><p>© 2025 Ko-fi Labs Limited</p></footer>
<script src="https://storage.ko-fi.example/cdn/scripts/kofi-post.min.js?v=41"></script></body></html>`;
const kofi: TestPage = {
  html: kfHtml,
  name: 'heldout188-kofi-post-blog',
  kind: 'blog',
  // the creator's name on the profile card, the "Posted" date and the reading time are bylines; the tagline, follower count,
  // caption, like and share row, comments (reader comments on a blog post), the coffee panel, rails, cookie notice and footer are
  // furniture
  title: kfTitle,
  headings: [kfH1, kfH2, kfH3],
  body: texts([...kfP1, ...kfP2, ...kfList, ...kfP3]),
  bylines: ['Bryony Kettle', 'Posted Nov 12, 2025', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...kfNav, 'Illustrator. Moths, gardens and small painted things.', '1,982 followers', 'Follow', 'Support', 'Back to posts', kfCaption, '214',
    'Share', 'Comments', 'Leave a comment', ...kfComments.flat(), kfCoffee[0], ...kfCoffee.slice(3),
    'Shop', ...kfShop, 'See all', 'More posts', ...kfMore, kfCookie,
    'Learn more', 'Got it', ...kfFoot, '© 2025 Ko-fi Labs Limited',
  ],
};

export const HELDOUT188_C: readonly TestPage[] = [kofi, indiegogoStory];
