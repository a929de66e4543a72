import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout387-kit.js';

/**
 * Held-out batch 387, file c: a Kickstarter-style campaign update (React markup: site header, project hero, project tab bar,
 * update header with its number and creator, like button, backers-only comments, "more updates" links and footer) and a
 * board game review on a WordPress blog with the GeneratePress theme (entry meta, Jetpack share bar and related posts,
 * comments, widget sidebar, newsletter form and footer).
 */
const kTitle = 'Production update: the tide boards are here (and one is upside down)';
const kSections: [string, string[]][] = [
  [
    '',
    [
      j(
        'Hello backers! It has been five weeks since our last update, and a lot has happened at the factory in that time.',
        'The short version: production is on schedule, the first full copies are sitting on our kitchen table, and we found one',
        'printing mistake that we are fixing before the main run.',
      ),
    ],
  ],
  [
    'The first finished copies',
    [
      j(
        'Last Tuesday a courier dropped off three production copies of <em>Saltmarsh Lanterns</em>. Opening the first box was',
        'a strange feeling after four years of prototypes held together with glue sticks. The wooden lanterns are a warm',
        'amber, the keeper cards have a linen finish, and the insert holds everything even when the box is stored on its side.',
      ),
      j(
        'We played two full games that evening, one with the new solo deck. Everything fits, everything shuffles, and the',
        'rulebook reads far better in print than it did on a screen.',
      ),
    ],
  ],
  [
    'The upside-down tide board',
    [
      j(
        'Now the bad news. On one of the three copies the reverse side of the tide board was printed rotated by 180 degrees,',
        'so the flood arrows point the wrong way when you flip it for the advanced game. The factory traced it to one sheet',
        'that was loaded the wrong way round during a test run.',
      ),
      'Here is what we agreed with them:',
      'Every board from that test run has been pulled and will be recycled.',
      'A second person now checks the first sheet of every batch against the approved proof.',
      'If your copy still arrives with an upside-down board, email us a photo and we will send a new one at no cost.',
    ],
  ],
  [
    'What happens next',
    [
      j(
        'The main print run starts on March 9 and should take three weeks. After that the games travel by sea to our',
        'fulfilment partners in Rotterdam, Ohio and Brisbane. We expect the first backers to receive their copies in late May.',
      ),
      j(
        'Your pledge manager will lock on April 1, so if you need to change your address or add the Heron Expansion, please',
        'do it before then. Thank you for your patience, and for all the photos of your game tables you keep sending us.',
      ),
      'Oona and Ruel',
    ],
  ],
];
const kNav = ['Discover', 'Start a project', 'Search', 'Log in'];
const kTabs = ['Campaign', 'Rewards', 'FAQ', 'Updates', 'Comments', 'Community'];
const kMore = ['Update #13: Final artwork for the Heron automa', 'Update #15: Shipping rates by region'];
const kFoot = ['About us', 'Our charter', 'Stats', 'Press', 'Jobs', 'Help Center', 'Our Rules', 'Creator Handbook', 'Trust & Safety'];
const kBody = kSections.flatMap(([, b]) => b);
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${kTitle} · Saltmarsh Lanterns · Backerly</title>
<meta property="og:title" content="${kTitle}"><meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<script>window.current_project = "{&quot;id&quot;:190288411,&quot;name&quot;:&quot;Saltmarsh Lanterns&quot;}";</script></head>
<body><div id="global-header"><header class="global-header flex items-center"><a class="logo" href="/">Backerly</a>
<nav class="global-nav"><ul>${links(kNav, 'nav-item')}</ul></nav></header></div>
<main id="content-wrap" role="main"><div class="project-profile__content"><div class="project-header grid-container">
<h2 class="type-28 type-24-md soft-black mb1 project-name">Saltmarsh Lanterns</h2>
<p class="type-14 type-18-md soft-black project-description">A tide-turning game of lanterns and eel boats for 1–4 players.</p>
<p class="project-creator">by <a href="/profile/fenlight">Fenlight Games</a></p></div>
<nav class="project-nav"><ul class="project-nav__links">${links(kTabs, 'project-nav__link')}</ul></nav>
<div class="grid-row"><div class="col col-8-12 post-content"><a href="/projects/fenlight/saltmarsh/posts" class="type-14 navy-700">All updates</a>
<div class="post-header"><span class="type-13 bold ksr-green-700 caps">Update #14</span><h1 class="type-24 type-28-md mb3 kds-heading">${kTitle}</h1>
<div class="flex items-center"><img class="circle w6" src="/av/fenlight.jpg" alt=""><div><span class="type-14 bold">Fenlight Games</span>
<span class="type-12 ksr-grey-500 pl1">Creator</span><time class="block type-12 ksr-grey-500" datetime="2026-02-18">February 18, 2026</time></div></div></div>
<div class="rte__content">${kSections
  .map(([h, b]) => {
    const head = h === '' ? '' : `<h1 id="h:${h.slice(0, 6)}" class="page-anchor">${h}</h1>\n`;
    return b.length === 5
      ? `${head}${ps(b.slice(0, 2))}\n<ul>${b
          .slice(2)
          .map((t) => `<li>${t}</li>`)
          .join('')}</ul>`
      : `${head}${ps(b)}`;
  })
  .join('\n')}
<figure class="image"><img src="/assets/board-flip.jpg" alt=""><figcaption class="px2"><em>The two sides of the tide board, as they should look.</em>
</figcaption></figure>
</div><div class="post-footer flex"><button class="like-button" aria-pressed="false">Like</button><span class="type-14">238 people like this update</span>
<button class="share-button">Share</button></div>
<div class="comments-section"><h3 class="type-18">Comments</h3><p class="type-14">Only backers can post comments. <a href="/login">Log In</a></p></div>
<div class="more-updates"><h3 class="type-18">More updates</h3><ul>${links(kMore)}</ul></div></div></div></div></main>
<footer class="global-footer"><ul class="footer-links">${links(kFoot)}</ul><p class="type-12">Backerly, PBC © 2026</p></footer>
<div class="cookie-notice" role="dialog"><p>We use cookies to make the site work and to improve it.</p><button>Got it</button></div>
<script src="/assets/application.js"></script></body></html>`;
const backerly: TestPage = {
  name: 'heldout387-backerly-campaign-update',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kSections.map(([h]) => h).filter((h) => h !== ''),
  body: texts(kBody),
  bylines: ['Fenlight Games', 'February 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Backerly', ...kNav, 'A tide-turning game of lanterns and eel boats for 1–4 players.', ...kTabs, 'All updates', 'Update #14', 'Creator',
    'The two sides of the tide board, as they should look.', 'Like', '238 people like this update', 'Share', 'Only backers can post comments.',
    'Log In', 'More updates', ...kMore, ...kFoot, 'Backerly, PBC © 2026', 'We use cookies to make the site work and to improve it.', 'Got it',
  ],
};

const rTitle = 'Cinderpass review: a tight little climbing game with one loose handhold';
const rSections: [string, string[]][] = [
  [
    '',
    [
      j(
        'Every year there is one small-box game that ends up in my bag for every trip, and this spring it has been',
        '<em>Cinderpass</em>, a 20-minute card game about climbing a volcano before the other team does.',
        'I have played it fourteen times now, mostly at two and three players.',
      ),
    ],
  ],
  [
    'How it plays',
    [
      j(
        'Each player has a hand of route cards numbered 1 to 9 in three colours. On your turn you either climb, playing a run',
        'of cards higher than the top of the pass, or you rest, drawing two cards and letting the heat rise by one.',
      ),
      j(
        'When the heat track reaches the summit, the round ends and anyone still holding red cards gets burned. It is a simple',
        'push-your-luck idea, but the way resting helps your hand while hurting everyone\u2019s odds gives it real bite.',
      ),
      j(
        'Scoring is just as quick. Whoever reaches the crater first takes the round, and after three rounds the player with',
        'the most summit tokens wins. Teaching it takes about three minutes, which is why it keeps coming out at the pub.',
      ),
    ],
  ],
  [
    'What works',
    [
      'Rounds are quick, so a bad hand never ruins your evening.',
      'The heat track creates wonderful table talk, because everyone wants someone else to rest.',
      'The art is bold and readable, even on a dim café table.',
    ],
  ],
  [
    'The loose handhold',
    [
      j(
        'My problem is with the four-player game. With four, the heat rises so quickly that the last player in turn order',
        'often gets one turn before the round ends. One of my regular players put it neatly:',
      ),
      '<blockquote><p>It feels like I am watching three people play a game I paid to be in.</p></blockquote>',
      j('The rulebook offers a variant where the heat only rises on every second rest, and I would treat that as the', 'standard rule at four.'),
    ],
  ],
  [
    'Verdict',
    [
      j(
        'At two or three players <em>Cinderpass</em> is a small gem, and for the price of a cinema ticket it is an easy',
        'recommendation. At four, use the variant or pick something else.',
      ),
    ],
  ],
];
const rBody = rSections.flatMap(([, b]) => b);
const rRecent = ['Five filler games for a long train ride', 'Brass tacks: is the deluxe edition worth it?', 'Our 2025 games of the year'];
const rCats = ['Reviews', 'First Impressions', 'Lists', 'Podcast'];
const rRelated = ['Tidewater review: drafting on the docks', 'Three push-your-luck games we keep coming back to'];
const rComments = [
  'Agree on four players. We tried the variant and it fixes most of it, though the game gets a bit long.',
  'Picked this up after your podcast episode. My kids love shouting at whoever rests.',
];
const rHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${rTitle} &#8211; Meeple Margins</title>
<meta name="robots" content="index, follow"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-04-07T08:00:00+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Cinderpass review",
"author":{"name":"Priya Tennant"},"datePublished":"2026-04-07T08:00:00+00:00"}]}</script>
<link rel="stylesheet" id="generate-style-css" href="/wp-content/themes/generatepress/assets/css/main.min.css" media="all"></head>
<body class="post-template-default single single-post postid-2281 right-sidebar nav-float-right separate-containers">
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead"><div class="inside-header grid-container"><div class="site-branding">
<p class="main-title"><a href="/" rel="home">Meeple Margins</a></p><p class="site-description">Board game reviews for people with small tables</p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation"><div class="inside-navigation grid-container"><ul id="menu-main" class="menu sf-menu">
${links(['Home', ...rCats, 'About'], 'menu-item menu-item-type-taxonomy')}</ul></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
<main class="site-main" id="main">
<article id="post-2281" class="post-2281 post type-post status-publish format-standard has-post-thumbnail hentry category-reviews">
<div class="inside-article"><div class="featured-image page-header-image-single"><img src="/wp-content/uploads/2026/04/cinderpass.jpg" alt=""></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">${rTitle}</h1><div class="entry-meta">
<span class="posted-on"><time class="entry-date published" datetime="2026-04-07T08:00:00+00:00">7 April 2026</time></span>
<span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/priya/">Priya Tennant</a></span></span></div></header>
<div class="entry-content" itemprop="text">${rSections
  .map(([h, b]) => {
    const head = h === '' ? '' : `<h2 class="wp-block-heading">${h}</h2>\n`;
    return h === 'What works'
      ? `${head}<ul class="wp-block-list">${b.map((t) => `<li>${t}</li>`).join('\n')}</ul>`
      : `${head}${ps(b).replace(/<p>(<blockquote>.*<\/blockquote>)<\/p>/, '$1')}`;
  })
  .join('\n')}
<p class="review-box-note"><strong>Read more:</strong> <a href="/tidewater-review/">Tidewater review: a second look at the docks</a></p>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button"><span>Facebook</span></a></li>
<li class="share-reddit"><a class="share-reddit sd-button"><span>Reddit</span></a></li><li class="share-email"><a class="share-email sd-button">
<span>Email</span></a></li>
</ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em>
</h3>${links(rRelated, 'jp-relatedposts-post')}</div></div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links">Categories <a href="/category/reviews/" rel="category tag">Reviews</a></span>
<span class="tags-links">Tags <a href="/tag/card-games/" rel="tag">card games</a>, <a href="/tag/small-box/" rel="tag">small box</a></span></footer>
</div></article>
<div class="comments-area"><div id="comments"><h2 class="comments-title">2 thoughts on “Cinderpass review”</h2><ol class="comment-list">
<li class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><cite class="fn">Gareth Lowe</cite>
<time datetime="2026-04-07T12:10:00+00:00">7 April 2026 at 12:10</time></footer><div class="comment-content"><p>${rComments[0] ?? ''}</p></div>
<span class="reply"><a class="comment-reply-link" href="#respond">Reply</a></span></article></li>
<li class="comment odd alt thread-odd depth-1"><article class="comment-body"><footer class="comment-meta"><cite class="fn">Hanna Vos</cite>
<time datetime="2026-04-08T18:44:00+00:00">8 April 2026 at 18:44</time></footer><div class="comment-content"><p>${rComments[1] ?? ''}</p></div>
<span class="reply"><a class="comment-reply-link" href="#respond">Reply</a></span></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p></div></div></div></main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside class="widget widget_block"><h2 class="widget-title">Get the newsletter</h2><p>One email a month with our reviews and a deal or two.</p>
<form class="mc4wp-form"><input type="email" placeholder="Your email address"><input type="submit" value="Sign up"></form></aside>
<aside class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(rRecent)}</ul></aside>
<aside class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(rCats, 'cat-item')}</ul></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site"><div class="inside-site-info grid-container"><div class="copyright-bar">
<span class="copyright">© 2026 Meeple Margins</span> • Built with <a href="https://generatepress.example">GeneratePress</a></div></div></footer></div>
<script id="generate-menu-js" src="/wp-content/themes/generatepress/assets/js/menu.min.js"></script></body></html>`;
const margins: TestPage = {
  name: 'heldout387-wordpress-generatepress-review',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: rSections.map(([h]) => h).filter((h) => h !== ''),
  body: texts(rBody),
  bylines: ['7 April 2026', 'by Priya Tennant'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Meeple Margins', 'Board game reviews for people with small tables', 'Home', ...rCats, 'About',
    'Read more: Tidewater review: a second look at the docks', 'Share this:', 'Facebook', 'Reddit', 'Email', 'Related', ...rRelated, 'card games',
    'small box', '2 thoughts on “Cinderpass review”', 'Gareth Lowe', '7 April 2026 at 12:10', ...rComments, 'Hanna Vos', '8 April 2026 at 18:44',
    'Reply', 'Leave a Comment', 'Your email address will not be published. Required fields are marked *', 'Get the newsletter',
    'One email a month with our reviews and a deal or two.', 'Recent Posts', ...rRecent, '© 2026 Meeple Margins', 'Built with GeneratePress',
  ],
};

export const HELDOUT387_C: readonly TestPage[] = [backerly, margins];
