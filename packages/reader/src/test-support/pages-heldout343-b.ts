import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout343-kit.js';

/**
 * Held-out batch 343, file b: a DeviantArt deviation page built with React's hashed class names (the artist's description
 * is the body; image details, tags, favourites, the comment thread and "More from" rails are furniture) and a Ko-fi post
 * (the post text is the body; the creator card, the support panel with its coffee buttons, recent supporters and the post's
 * comments are furniture).
 */
const dTitle = 'The Lantern Keeper of Vossmark';
const dDesc = [
  j(
    'This one took me almost three months on and off. It started as a small thumbnail in my sketchbook during a train delay and',
    'slowly turned into the biggest painting I have finished this year.',
  ),
  j(
    'The keeper is Edda, a character from the comic I have been planning for a while. Vossmark is a fishing town where the sea fog',
    'never quite lifts, so the town pays one person to walk the harbour every night and keep the lanterns lit. She has done it for',
    'forty years and knows every crack in the cobbles.',
  ),
  'Some notes on the process, since a few of you asked in my last journal:',
  'Sketch and value study in pencil, scanned and cleaned up at 300 dpi.',
  'Block-in with a single hard round brush, no textures until the lighting worked in greyscale.',
  'Colour added with gradient maps first, then painted over by hand so the fog would not look muddy.',
  'The glow on the lanterns is three separate layers: a soft add, a hard core and a tiny bit of chromatic fringe.',
  j(
    'The hardest part was the fog itself. My first attempts made the whole picture flat, so in the end I painted it in bands that',
    'get lighter with distance and left the wet cobbles in the foreground almost completely clear.',
  ),
  j(
    'If you look closely at the second lantern from the left, there is a small moth on the glass. It is a nod to the first page of',
    'the comic, where a moth is the only thing awake in Vossmark apart from Edda.',
  ),
  j(
    'Prints are available in my shop, and the full-resolution file with layers is a reward for the Lamplighter tier. Please do not',
    'repost or use for AI training. Thank you all for the support on the sketches, it kept me going through the fog chapter.',
  ),
];
const dIntro = dDesc.slice(0, 3);
const dList = dDesc.slice(3, 7);
const dOutro = dDesc.slice(7);
const dTags = ['digitalpainting', 'fantasyart', 'lighthouse', 'atmospheric', 'originalcharacter'];
const dNav = ['Home', 'Daily Deviations', 'Watch', 'Shop', 'Core Membership'];
const dMoreArtist = ['Edda, Sketch Page', 'Salt Roads', 'The Net Menders'];
const dMoreDa = ['Harbour at First Light', 'Fog Study No. 4', 'The Bellringer'];
const dComments: [string, string, string][] = [
  ['skerrywind', 'Mar 2, 2026', 'The way the fog swallows the far lanterns is perfect. You can almost hear the water.'],
  ['quillandember', 'Mar 2, 2026', 'Gradient maps first, then overpaint, I need to try that. Thanks for writing the steps out!'],
  ['halvard-ink', 'Mar 3, 2026', 'Edda looks like she has some stories to tell. Can not wait for the comic.'],
];
const dHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${dTitle} by Hesketh-Art on DeviantArt</title>
<meta property="og:title" content="${dTitle} by Hesketh-Art on DeviantArt"><meta property="og:type" content="article">
<meta property="og:image" content="https://images-wixmp-ed30a86b8c4ca887773594c2.wixmp.example/f/lantern.jpg">
<meta name="description" content="This one took me almost three months on and off.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ImageObject","name":"${dTitle}",
"author":{"@type":"Person","name":"Hesketh-Art"},"datePublished":"2026-03-01T19:22:04-08:00"}</script>
<script>window.__INITIAL_STATE__ = JSON.parse("{\\"@@entities\\":{\\"deviation\\":{\\"1148822019\\":{\\"title\\":\\"Lantern\\"}}}}");</script></head>
<body id="deviantART-v7" class="no-apps theme-dark"><div id="root"><header class="_1h9Bz _3Tvg6" role="banner">
<a href="https://www.deviantart.com" class="_2D9LZ" aria-label="DeviantArt"></a><nav class="_1xcj5"><ul>${links(dNav, '_3jR9d')}</ul></nav>
<input type="search" class="_2Ttsd" aria-label="Search">
<a href="/join" class="_1TaqP reset-button">Join</a><a href="/users/login" class="_1TaqP">Log In</a></header>
<main class="_2Zg0X"><div class="_1ZUGH"><div data-hook="art_stage" class="_2SI1s"><img alt="${dTitle} by Hesketh-Art"
src="https://images-wixmp-ed30a86b8c4ca887773594c2.wixmp.example/f/lantern.jpg" class="TZM0T _2NIJr" width="1280" height="1811"></div>
<div class="_3L-AU"><div class="_1mmGw"><button class="_2zM0n" data-hook="fave_button"><span>Add to Favourites</span></button>
<button class="_2zM0n" data-hook="comment_button"><span>Comment</span></button><button class="_2zM0n" data-hook="share_button">
<span>Share</span></button></div></div>
<div class="_2B3VO"><div class="U2aSH"><h1 data-hook="deviation_title" class="_1DJlL">${dTitle}</h1>
<div class="_3R1Cs"><span class="_2Fjrn">By</span> <a data-hook="deviation_meta" href="https://www.deviantart.com/hesketh-art"
class="user-link _277bf">Hesketh-Art</a> <button class="_1qlMH" data-hook="watch_button">Watch</button></div></div>
<div class="_2bsBg"><span class="_3AClx">1.4K Favourites</span><span class="_3AClx">86 Comments</span><span class="_3AClx">9.2K Views</span></div>
<div class="_2uaGR" data-hook="tags">${dTags.map((t) => `<a href="/tag/${t}" class="_1nwad"><span class="_3uQxz">${t}</span></a>`).join('')}</div>
<div class="legacy-journal _3yEoG _2DBsE" data-hook="deviation_description"><div class="_2kiYc">
${ps(dIntro)}
<ul>${lis(dList)}</ul>
${ps(dOutro)}
</div></div>
<div class="_1vCRp" data-hook="image_details"><h3 class="_1Hd6M">Image details</h3><div class="_3Hg3J">Image size</div>
<div class="_3Hg3J">1280x1811px 2.41 MB</div><div class="_3Hg3J">Published: <time datetime="2026-03-01T19:22:04.000Z">Mar 1, 2026</time></div>
<p class="_2rTPx">© 2026 Hesketh-Art</p></div></div>
<section class="_3nlpw" data-hook="comments_thread"><h2 class="_3LNVz">Comments86</h2>
<div class="_2Mpw9"><textarea placeholder="Add a new comment..."></textarea><p class="_1yoxe">Join the community to add your comment.
Already a deviant? Log In</p></div>
${dComments
  .map(
    ([u, d, t]) => `<div class="_2gvhX" data-hook="comment"><a class="user-link _1Cgcb" href="/${u}">${u}</a>
<a href="#comments" class="_3XFWl"><time>${d}</time></a><div class="legacy-journal _1PwmG"><p>${t}</p></div><button class="_3gM8x">Reply</button></div>`,
  )
  .join('\n')}
<button class="_18Vmr">Load More</button></section></div>
<aside class="_38UYE"><section><h2 class="_2OMHI">More from Hesketh-Art</h2><ul>${links(dMoreArtist, '_3CNWN')}</ul></section>
<section><h2 class="_2OMHI">Featured in Groups</h2><ul>${links(['FantasyPaintersGuild'])}</ul></section>
<section><h2 class="_2OMHI">More from DeviantArt</h2><ul>${links(dMoreDa, '_3CNWN')}</ul></section></aside></main>
<footer class="_1sSQG"><ul>${links(['About DeviantArt', 'Contact', 'Core Membership', 'Etiquette Policy', 'Privacy Policy', 'Terms of Service'], '_3a-7v')}</ul>
<p>© 2026 DeviantArt. All rights reserved</p></footer>
<div class="_2TtJQ" role="dialog" aria-label="Cookie consent"><p>We use cookies to improve your experience on DeviantArt and for advertising.</p>
<button class="_1MkKc">I Agree</button><button class="_1MkKc">Manage Settings</button></div></div></body></html>`;
const deviantart: TestPage = {
  name: 'heldout343-deviantart-deviation-blog',
  kind: 'blog',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dDesc),
  bylines: ['Hesketh-Art', 'Mar 1, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dNav, 'Join', 'Log In', 'Add to Favourites', 'Comment', 'Share', 'Watch', '1.4K Favourites', '86 Comments', '9.2K Views', ...dTags,
    'Image details', 'Image size', '1280x1811px 2.41 MB', 'Published:', '© 2026 Hesketh-Art', 'Comments86',
    'Join the community to add your comment. Already a deviant? Log In', ...dComments.flatMap(([u, d, t]) => [u, d, t]), 'Reply', 'Load More',
    'More from Hesketh-Art', ...dMoreArtist, 'Featured in Groups', 'FantasyPaintersGuild', 'More from DeviantArt', ...dMoreDa, 'About DeviantArt',
    'Contact', 'Etiquette Policy', 'Privacy Policy', 'Terms of Service', '© 2026 DeviantArt. All rights reserved',
    'We use cookies to improve your experience on DeviantArt and for advertising.', 'I Agree', 'Manage Settings',
  ],
};

const kTitle = 'Studio update: the new kiln, a glaze disaster and what comes next';
const kPost = [
  'Hello everyone, and a huge thank you. Because of your coffees over the winter, the new kiln arrived on Thursday!',
  j(
    'For anyone new here: I make small stoneware cups and bowls in a shared studio in Pellworth, and until now I have been renting',
    'firing space from a potter across town. That meant carrying unfired work through two bus journeys and losing roughly one piece',
    'in five before it ever reached the kiln.',
  ),
  j(
    'The new kiln is a secondhand top-loader, about the size of a washing machine. It needed a new element and a proper electrical',
    'check, which my friend Dagny sorted out on Saturday. The first test firing went to cone 6 without a hitch.',
  ),
  j(
    'The second firing did not. I tried the ash glaze I have been developing since December, and it ran straight off the pots and',
    'glued three of them to the shelf. The shelf is saved. The pots are not. Lesson learned: always use cookies under a new glaze.',
  ),
  'Here is what your support is going towards over the next two months:',
  'Two new kiln shelves and a set of posts, so I can fire full loads.',
  'A proper vent hood, because the studio windows do not open wide enough.',
  'Clay and materials for the spring mug batch, which Gold supporters get first pick of.',
  j(
    'I will post the glaze tests as I go, including the ugly ones. If you have fired an ash glaze at home before, I would love to',
    'hear how thick you apply it. The spring batch should be ready for the shop in late April, and I will send members the link a',
    'day early as always.',
  ),
  j(
    'A few people have asked whether I will run workshops once the vent hood is in. Maybe in the summer, for four people at a time,',
    'but I want a season of steady firings under my belt first.',
  ),
  'Thank you for being here. It genuinely would not have happened without you.',
];
const kNav = ['Explore', 'Ko-fi Shop', 'Memberships', 'Commissions', 'Gallery'];
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${kTitle} - Ko-fi ❤️
Where creators get support from fans through donations,
memberships, shop sales and more! The original 'Buy Me a Coffee' Page.</title>
<meta property="og:title" content="${kTitle}"><meta property="og:site_name" content="Ko-fi"><meta property="og:type" content="article">
<meta name="description" content="Because of your coffees over the winter, the new kiln arrived on Thursday!">
<link rel="stylesheet" href="https://storage.ko-fi.example/cdn/kofi-main.css?v=4">
<script type="text/javascript">var pageId = 'S6S81JQKZ'; var isPageOwner = false; var buttonColor = '#72a4f2';</script></head>
<body class="kfds-body"><div class="kfds-c-navbar kfds-lyt-between"><a href="/" class="kfds-c-navbar-logo"><img alt="Ko-fi logo"
src="https://storage.ko-fi.example/cdn/logo.png"></a><ul class="kfds-c-navbar-links">${links(kNav, 'kfds-c-nav-link')}</ul>
<a href="/account/login" class="kfds-btn-ghost">Log In</a><a href="/account/register" class="kfds-btn-primary">Sign Up</a></div>
<div class="kfds-lyt-width-100 kfds-c-page-container"><div class="kfds-lyt-row-start kfds-c-profile-header">
<div class="kfds-c-profile-name"><span class="kfds-font-size-22 kfds-font-bold">Wrenfold Pottery</span>
<p class="kfds-font-size-14">Small-batch stoneware from Pellworth</p></div>
<button class="kfds-btn-secondary kfds-c-follow">Follow</button></div>
<div class="kfds-lyt-row-start kfds-c-tabs"><a href="/wrenfold" class="kfds-c-tab">Home</a><a href="/wrenfold/posts" class="kfds-c-tab active">Posts</a>
<a href="/wrenfold/shop" class="kfds-c-tab">Shop</a></div>
<div class="kfds-lyt-row-start kfds-c-post-layout"><div class="kfds-c-post-main"><article class="feeditem-post kfds-c-card">
<div class="kfds-c-post-header"><h1 class="kfds-font-size-22 kfds-font-bold kfds-c-post-title">${kTitle}</h1>
<div class="kfds-c-post-meta"><span class="kfds-c-post-date">March 9, 2026</span> <span class="kfds-c-post-pill">Public</span></div></div>
<figure class="kfds-c-post-image"><img src="https://storage.ko-fi.example/cdn/useruploads/post/kiln.jpg" alt="">
<figcaption class="kfds-font-size-14">First load, still warm.</figcaption></figure>
<div class="kfds-c-post-body kfds-font-size-16 fr-view">
${ps(kPost.slice(0, 5))}
<ul>${lis(kPost.slice(5, 8))}</ul>
${ps(kPost.slice(8))}
</div>
<div class="kfds-c-post-actions"><button class="kfds-btn-ghost">Like</button><span class="kfds-font-size-14">48 likes</span>
<button class="kfds-btn-ghost kfds-c-share">Share post</button></div>
<div class="kfds-c-comments"><h3 class="kfds-font-size-16">Comments</h3>
<div class="kfds-c-comment"><span class="kfds-font-bold">Ferelith</span>
<p>Ash glazes are so dramatic! I go with two thin coats and a drop of bentonite.</p></div>
<div class="kfds-c-comment"><span class="kfds-font-bold">Odo Brask</span><p>Congratulations on the kiln, can not wait for the mugs.</p></div>
<textarea placeholder="Leave a comment"></textarea></div></article></div>
<aside class="kfds-c-post-sidebar"><div class="kfds-c-support-panel kfds-c-card"><h2 class="kfds-font-size-18">Buy Wrenfold Pottery a coffee</h2>
<div class="kfds-c-coffee-amount"><button>1</button><button>3</button><button>5</button></div>
<button class="kfds-btn-primary kfds-c-support-btn">Support £3</button>
<p class="kfds-font-size-12">Ko-fi doesn't take a cut of donations.</p></div>
<div class="kfds-c-card kfds-c-membership"><h2 class="kfds-font-size-18">Gold Supporter</h2><p>£5 per month</p>
<p>First pick of every mug batch and a monthly studio letter.</p><button class="kfds-btn-secondary">Join</button></div>
<div class="kfds-c-card kfds-c-recent"><h2 class="kfds-font-size-18">Recent supporters</h2><ul>
<li>Bryony bought 3 coffees.</li><li>Someone bought a coffee.</li><li>Tamsin Oake bought 5 coffees.</li></ul></div></aside></div></div>
<footer class="kfds-c-footer"><ul>${links(['About', 'Blog', 'Help Centre', 'Terms', 'Privacy', 'Cookies'], 'kfds-c-footer-link')}</ul>
<p>© 2026 Ko-fi Labs Limited</p></footer>
<div class="cookie-consent-banner"><p>Ko-fi uses cookies to make the site work and to understand how it is used.</p>
<button class="kfds-btn-primary">Allow all</button><button class="kfds-btn-ghost">Only essential</button></div></body></html>`;
const kofi: TestPage = {
  name: 'heldout343-ko-fi-post-blog',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: texts(kPost),
  bylines: ['March 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...kNav, 'Log In', 'Sign Up', 'Wrenfold Pottery', 'Small-batch stoneware from Pellworth', 'Follow', 'Home', 'Posts', 'Shop', 'Public',
    'First load, still warm.', 'Like', '48 likes', 'Share post', 'Comments', 'Ferelith',
    'Ash glazes are so dramatic! I go with two thin coats and a drop of bentonite.', 'Odo Brask', 'Congratulations on the kiln, can not wait for the mugs.',
    'Buy Wrenfold Pottery a coffee', 'Support £3', "Ko-fi doesn't take a cut of donations.", 'Gold Supporter', '£5 per month',
    'First pick of every mug batch and a monthly studio letter.', 'Join', 'Recent supporters', 'Bryony bought 3 coffees.', 'Someone bought a coffee.',
    'Tamsin Oake bought 5 coffees.', 'About', 'Blog', 'Help Centre', 'Terms', 'Privacy', 'Cookies', '© 2026 Ko-fi Labs Limited',
    'Ko-fi uses cookies to make the site work and to understand how it is used.', 'Allow all', 'Only essential',
  ],
};

export const HELDOUT343_B: readonly TestPage[] = [deviantart, kofi];
