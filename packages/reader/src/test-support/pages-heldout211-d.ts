import { links, ps, type TestPage, texts } from './page-kit.js';
import { fextralife } from './pages-heldout211-d2.js';

/**
 * Held-out batch 211, file d: a Kotaku news article on its WordPress theme (the consent banner, the header with the nav and
 * "Subscribe", the category label, the title and dek, the byline with "Published" time and comment count, the share row,
 * the hero figure with caption and credit, an inline "Related" card between paragraphs, the italic update at the end of the
 * story, the mid-article ad, the tags, the newsletter box, the "More from Kotaku" rail, the comments section (reader comments
 * on a news page: furniture) and the footer) and, from file d2, a Fextralife wiki page.
 */
const ktTitle = 'Hearthbloom Players Are Only Now Finding The Cozy Farming Game’s Secret Ending';
const ktDek = 'It involves a lighthouse, 40 jars of honey, and a lot of patience';
const ktP1 = [
  'It has been almost two years since <em>Hearthbloom</em> charmed everyone with its talking goats and painfully wholesome ' +
    'village festivals, and it turns out the game has been hiding something the whole time. This week, a small group of ' +
    'players on the game’s subreddit finally pieced together how to reach a secret ending that developer Pinewhistle had ' +
    'never mentioned anywhere.',
  'The trigger, it turns out, is absurdly specific. You have to restore the abandoned lighthouse on the east cliff, which most ' +
    'players treat as a decoration, then leave 40 jars of wildflower honey at its door during the winter festival, and then ' +
    'go to bed without speaking to anyone for three in-game days. Do all that and, on the fourth morning, your character ' +
    'wakes up somewhere else entirely.',
  'I won’t spoil where, but it is genuinely lovely, and a little sad, in a way the rest of the game rarely lets itself be.',
];
const ktP2 = [
  'The first clue came from a datamine in October, when user hollyhock_jam found unused dialogue for the lighthouse keeper, ' +
    'a character nobody had ever met. Others then spent weeks testing every festival, gift and sleeping pattern they could ' +
    'think of. One player estimated they had fed honey to the lighthouse door more than 300 times before someone realised ' +
    'the silence rule was the missing piece.',
  'Pinewhistle confirmed the discovery in a short post on Bluesky yesterday, writing that the team had "genuinely started ' +
    'to think no one would ever find it" and thanking the players who had kept at it. The studio’s only other comment was a ' +
    'single honey jar emoji, which feels right.',
  'If you want to try it yourself, the community has put together a step-by-step guide. Just be aware the ending does not ' +
    'stop your save. You wake up back on your farm the next day, as if nothing happened, although the lighthouse is lit ' +
    'from then on.',
];
const ktUpdate = 'Update 11/21/2025, 2:15 p.m. ET: Pinewhistle has told Kotaku there is "at least one more" secret in the game that nobody has found yet.';
const ktNav = ['Latest', 'News', 'Reviews', 'Tips & Guides', 'Culture', 'Deals', 'Nintendo', 'PlayStation', 'Xbox', 'PC'];
const ktRelated = 'The 10 Coziest Games To Play When Everything Is Terrible';
const ktTags = ['Hearthbloom', 'Pinewhistle', 'Farming Sims', 'Secrets'];
const ktMore = [
  'The Biggest Game Delays Of 2025 So Far',
  'This Tiny Roguelike Has Eaten My Whole Week',
  'Every Game In This Week’s Nintendo Direct',
  'Please, Let Me Pet The Dog In Every Game',
];
const ktComments = [
  { name: 'beeswaxbandit', ago: '2 hours ago', text: 'Three days without talking to anyone is the most relatable thing a game has ever asked of me.' },
  { name: 'Marisol Quintero', ago: '1 hour ago', text: 'I restored that lighthouse in my first week and never thought about it again. Going back tonight.' },
];
const ktNews = ['Get the Kotaku newsletter', 'Our best stories, reviews and guides, delivered twice a week.', 'Email address', 'Sign up'];
const ktConsent = [
  'We care about your privacy',
  'We and our partners use cookies and similar technologies to personalise content and ads and to analyse our traffic.',
  'Agree',
  'Learn more',
];
const ktFoot = ['About', 'Contact', 'Ethics Policy', 'Advertise', 'Privacy Policy', 'Terms of Use', 'Cookie Settings'];
const ktCaption = 'The lighthouse on Hearthbloom’s east cliff, lit at last.';
const ktHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hearthbloom Players Are Only Now Finding The Cozy Farming Game’s Secret Ending - Kotaku</title>
<meta name="description" content="${ktDek}"><meta property="og:title" content="${ktTitle}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-11-21T15:30:00+00:00"><meta property="article:section" content="News">
<link rel="canonical" href="https://kotaku.example/hearthbloom-secret-ending-lighthouse-honey-2000612345">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${ktTitle}",
"datePublished":"2025-11-21T15:30:00+00:00",
"author":[{"@type":"Person","name":"Dana Whitlock"}],"publisher":{"@type":"Organization","name":"Kotaku"}}]}</script>
<link rel="stylesheet" id="kotaku-main-css" href="https://kotaku.example/wp-content/themes/kotaku/assets/css/main.css?ver=3.4.1" media="all">
<script src="https://kotaku.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-2000612345 single-format-standard">
<div id="qc-cmp2-container" class="qc-cmp2-container"><div class="qc-cmp2-summary-section"><h2>${ktConsent[0]}</h2><p>${ktConsent[1]}</p>
<button mode="primary">${ktConsent[2]}</button><button mode="link">${ktConsent[3]}</button></div></div>
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><a href="https://kotaku.example/" rel="home" class="custom-logo-link">
<span class="screen-reader-text">Kotaku</span></a></div><nav id="site-navigation" class="main-navigation" aria-label="Primary Menu">
<ul id="primary-menu" class="menu">${links(ktNav, 'menu-item menu-item-type-taxonomy')}</ul></nav>
<a class="header-subscribe" href="/newsletter">Subscribe</a><button class="search-toggle" aria-label="Search"></button></header>
<div class="ad-slot ad-leaderboard" data-ad-unit="kotaku/top"><span class="ad-label">Advertisement</span></div>
<main id="primary" class="site-main"><article id="post-2000612345" class="post-2000612345 post type-post status-publish has-post-thumbnail">
<header class="entry-header"><a class="entry-category" href="/news">News</a><h1 class="entry-title">${ktTitle}</h1><p class="entry-dek">${ktDek}</p>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="/author/dana-whitlock">Dana Whitlock</a></span></span>
<span class="posted-on">Published <time class="entry-date published" datetime="2025-11-21T15:30:00+00:00">November 21, 2025</time></span>
<a class="comments-link" href="#comments">Comments (14)</a></div>
<div class="share-row"><a class="share share-facebook" href="#">Share on Facebook</a><a class="share share-x" href="#">Share on X</a>
<button class="share share-copy" type="button">Copy link</button></div></header>
<figure class="post-thumbnail wp-block-image"><img src="https://kotaku.example/wp-content/uploads/2025/11/hearthbloom-lighthouse.jpg" alt="">
<figcaption class="wp-element-caption">${ktCaption} <span class="credit">Screenshot: Pinewhistle / Kotaku</span></figcaption></figure>
<div class="entry-content">
${ps(ktP1)}
<div class="related-inline"><span class="related-inline__label">Related</span><a href="/coziest-games">${ktRelated}</a></div>
${ps(ktP2.slice(0, 1))}
<div class="ad-slot ad-inarticle" data-ad-unit="kotaku/mid"><span class="ad-label">Advertisement</span></div>
${ps(ktP2.slice(1))}
<p><em>${ktUpdate}</em></p>
</div>
<footer class="entry-footer"><span class="tags-links"><span class="tags-label">Tags:</span><ul class="tags">${links(ktTags)}</ul></span></footer>
</article>
<section class="newsletter-box"><h2>${ktNews[0]}</h2><p>${ktNews[1]}</p><form><label for="nl-email">${ktNews[2]}</label><input id="nl-email" type="email">
<button type="submit">${ktNews[3]}</button></form></section>
<section class="more-from"><h2 class="more-from__title">More from Kotaku</h2><ul>${links(ktMore, 'more-from__item')}</ul></section>
<section id="comments" class="comments-area"><h2 class="comments-title">14 Comments</h2><ol class="comment-list">${ktComments
  .map(
    (c) => `<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">${c.name}</b>
<time class="comment-time">${c.ago}</time></footer><div class="comment-content"><p>${c.text}</p></div>
<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>`,
  )
  .join('\n')}</ol><a class="comments-more" href="#">Load more comments</a>
<p class="must-log-in">You must be <a href="/login">logged in</a> to post a comment.</p></section></main>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(ktFoot)}</ul><p
class="site-info">© 2025 Keleops Media. All rights reserved.</p></footer>
<script src="https://kotaku.example/wp-content/themes/kotaku/assets/js/main.js?ver=3.4.1" id="kotaku-main-js"></script></body></html>`;
const kotaku: TestPage = {
  html: ktHtml,
  name: 'heldout211-kotaku-news',
  kind: 'news',
  // the dek and the italic update at the end of the story are body; the inline "Related" card and reader comments are furniture
  title: ktTitle,
  headings: [],
  body: texts([ktDek, ...ktP1, ...ktP2, ktUpdate]),
  bylines: ['By Dana Whitlock', 'Published November 21, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ktConsent, 'Skip to content', ...ktNav, 'Subscribe', 'Advertisement', 'Comments (14)', 'Share on Facebook', 'Share on X', 'Copy link',
    ktCaption, 'Screenshot: Pinewhistle / Kotaku', 'Related', ktRelated, 'Tags:', ...ktTags, ...ktNews, 'More from Kotaku', ...ktMore,
    '14 Comments', ...ktComments.flatMap((c) => [c.name, c.ago, c.text]), 'Reply', 'Load more comments', 'You must be logged in to post a comment.',
    ...ktFoot, '© 2025 Keleops Media. All rights reserved.',
  ],
};

export const HELDOUT211_D: readonly TestPage[] = [kotaku, fextralife];
