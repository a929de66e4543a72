import { ps, texts, type TestPage } from './page-kit.js';

/**
 * Second held-out batch (blogs), written before the rules were generalised (sprint 8): a
 * Medium-like post, a company blog with a WordPress comment thread, a Substack-like newsletter
 * and a magazine whose essay sits in a <div> while its <article> elements are teaser cards.
 */
const mediumBody = [
  'Last spring our team shipped a feature that nobody used. It took four months, two ' +
    'designers and most of my patience, and when it went live the numbers did not move at all.',
  'Looking back, the problem was not the code or the design. We never asked the people we ' +
    'were building for whether they had the problem we were so sure they had.',
  'Since then we have a rule: before anyone writes a line of code, someone on the team talks to five customers about the problem, not the solution.',
  'Five conversations sounds like too few to learn anything. In practice the same two or ' +
    'three complaints come up again and again, and by the fifth call you can usually predict ' +
    'what will be said.',
  'The rule has cost us about a week per feature. It has saved us, by my rough count, three features that would have gone the same way as the first.',
];
const medium: TestPage = {
  name: 'heldout2-medium-claps',
  kind: 'blog',
  title: 'We built a feature nobody wanted. Here is what we changed.',
  headings: ['Five conversations'],
  body: texts(mediumBody),
  bylines: ['Alex Moreno', '6 min read', 'Jan 9, 2024'],
  furniture: [
    'Member-only story',
    'Follow',
    'Listen',
    'Share',
    '1.2K',
    '24',
    'Written by Alex Moreno',
    '2.3K Followers',
    'Engineering manager. Writes about teams, product and the space between them.',
    'More from Alex Moreno',
    'Recommended from Medium',
    'How to run a retrospective that people actually enjoy',
    'Help',
    'Status',
    'Privacy',
  ],
  html: `<!DOCTYPE html><html lang="en"><head><title>We built a feature nobody wanted. Here is what we changed. | by Alex Moreno | Medium</title></head><body>
<div id="root"><div class="a b c"><div class="l ae"><div class="ab cb"><a data-testid="headerMediumLogo">Medium</a><a>Write</a><a>Sign\
 up</a><a>Sign in</a></div></div>
<div class="l"><article><div class="l"><div class="ab ca"><div class="ch bg ew ex ey ez"><div class="speechify-ignore ab co"><div\
 class="pw-subtitle-paragraph"><span class="ak">Member-only story</span></div></div>
<h1 id="c4f1" class="pw-post-title gf gg gh bf gi gj gk">We built a feature nobody wanted. Here is what we changed.</h1>
<div class="speechify-ignore ab co"><div class="ab"><a data-testid="authorName" rel="noopener follow">Alex Moreno</a><span>·</span><button\
 class="bf b">Follow</button></div>
<div class="ab"><span data-testid="storyReadTime">6 min read</span><span>·</span><span data-testid="storyPublishDate">Jan 9, 2024</span></div>
<div class="ab co"><div class="pw-multi-vote-count"><p class="bf b"><button>1.2K</button></p></div><div class="pw-responses-count"><p>\
<button>24</button></p></div>
<button aria-label="Listen" data-testid="audioPlayButton"><p>Listen</p></button><button data-testid="headerSocialShareButton"><p>Share</p></button></div></div>
${ps(mediumBody.slice(0, 2), ' class="pw-post-body-paragraph mh mi gl mj b mk ml"')}
<h2 class="pw-post-body-heading">Five conversations</h2>
${ps(mediumBody.slice(2), ' class="pw-post-body-paragraph mh mi gl mj b mk ml"')}</div></div></div></article>
<div class="ab ca"><div class="pw-multi-vote-count"><button>1.2K</button></div><div><button>24</button></div></div>
<div class="ab cb"><div><h2 class="pw-author-name">Written by Alex Moreno</h2><span class="pw-follower-count"><a>2.3K Followers</a></span>
<p class="bf b">Engineering manager. Writes about teams, product and the space between them.</p><button>Follow</button></div></div>
<div class="ab"><h2>More from Alex Moreno</h2><div class="ab"><a><h2>Why our standups got shorter</h2></a><a><h2>The one-page spec</h2></a></div></div>
<div class="ab"><h2>Recommended from Medium</h2><div class="ab"><a><h2>How to run a retrospective that people actually enjoy</h2></a><a>\
<h2>Stop estimating in hours</h2></a></div></div>
<div class="ab"><a>Help</a><a>Status</a><a>About</a><a>Careers</a><a>Privacy</a><a>Terms</a></div></div></div></body></html>`,
};

const companyBody = [
  'When we moved our build system from a single large machine to a pool of small ones, our median build time went up, not down. This post is about why.',
  'The old machine had a warm cache of every dependency, so most builds downloaded nothing. ' +
    'Each small machine started cold, and spent the first two minutes of every build fetching ' +
    'packages.',
  'We fixed it by putting a shared cache in front of the package registry, in the same data ' +
    'centre as the build pool. A cold machine now fetches its packages in about eight seconds.',
  'With the cache in place, the median build takes four minutes instead of eleven, and we ' +
    'can run three times as many builds at once for roughly the same cost.',
];
const company: TestPage = {
  name: 'heldout2-company-blog-comments',
  kind: 'blog',
  title: 'Why smaller build machines made our builds slower',
  headings: ['The cold start', 'A shared cache'],
  body: texts(companyBody),
  bylines: ['Maria Jensen', 'Staff Engineer, Developer Productivity', 'February 12, 2024'],
  furniture: [
    'About the author',
    'Maria leads the developer productivity team. Before that she spent six years building payment systems.',
    'Topics:',
    'Engineering',
    'Infrastructure',
    '3 thoughts on “Why smaller build machines made our builds slower”',
    'Kevin O.',
    'February 13, 2024 at 9:14 am',
    'Great write-up. Did you look at pre-baking the cache into the machine image instead?',
    'Reply',
    'Leave a Reply',
    'Your email address will not be published. Required fields are marked *',
    '« Previous Post',
    'Next Post »',
    'Start your free trial today',
  ],
  html: `<!DOCTYPE html><html lang="en-US"><head><title>Why smaller build machines made our builds slower - Acme Engineering Blog</title>
<script type="application/ld+json">{"@type":"BlogPosting","author":{"name":"Maria Jensen"}}</script></head><body\
 class="post-template-default single single-post postid-4412">
<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><a>Acme Engineering</a></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-4412" class="post-4412 post type-post status-publish format-standard hentry category-engineering">
<header class="entry-header"><h1 class="entry-title">Why smaller build machines made our builds slower</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published">February 12, 2024</time></span></div>
<div class="post-author-row"><img src="/maria.jpg" alt=""><div><strong>Maria Jensen</strong><br><span>Staff Engineer, Developer\
 Productivity</span></div></div></header>
<div class="entry-content">${ps(companyBody.slice(0, 1))}<h2>The cold start</h2>${ps(companyBody.slice(1, 2))}<h2>A shared cache</h2>${ps(companyBody.slice(2))}
<div class="wp-block-buttons cta-banner"><div class="wp-block-button"><a class="wp-block-button__link">Start your free trial today</a></div></div></div>
<footer class="entry-footer"><span class="cat-links">Topics: <a>Engineering</a>, <a>Infrastructure</a></span></footer>
<div class="author-bio"><h3>About the author</h3><p>Maria leads the developer productivity team. Before that she spent six years building\
 payment systems.</p></div></article>
<nav class="navigation post-navigation"><div class="nav-previous"><a>« Previous Post</a></div><div class="nav-next"><a>Next Post »</a></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on “Why smaller build machines made our builds slower”</h2>\
<ol class="comment-list">
<li id="comment-91" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div\
 class="comment-author vcard"><b class="fn">Kevin O.</b></div>
<div class="comment-metadata"><time>February 13, 2024 at 9:14 am</time></div></footer><div class="comment-content"><p>Great write-up. Did\
 you look at pre-baking the cache into the machine image instead?</p></div>
<div class="reply"><a class="comment-reply-link">Reply</a></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3><p class="comment-notes">Your email address will not be\
 published. Required fields are marked *</p></div></div>
</main></div></div></div></body></html>`,
};

const substackBody = [
  'A reader wrote to ask why I keep saying that the city&rsquo;s bus network is designed for ' +
    'a city that no longer exists. It is a fair question, so here is the long answer.',
  'Most of the routes were drawn in the 1970s, when the biggest employers were the docks and ' +
    'the two car plants. Every route ran from the suburbs to one of those three places.',
  'The docks closed in 1991 and the last car plant in 2008. Today the biggest employers are ' +
    'the hospital, the university and the retail park, and none of them sits on a main route.',
  'Redrawing a network is slow and unpopular, because every change leaves someone with a ' +
    'longer walk. But the alternative is a network that carries fewer people every year.',
];
const substack: TestPage = {
  name: 'heldout2-newsletter-substack',
  kind: 'blog',
  title: 'A bus network for a city that is gone',
  headings: [],
  body: ['Why the routes still run to the docks', ...texts(substackBody)],
  bylines: ['Nadia Osei', 'Apr 3, 2024'],
  furniture: [
    'Subscribe',
    'Sign in',
    'Share this post',
    'Copy link',
    'Facebook',
    'Email',
    'Notes',
    '47',
    '12',
    'Restack',
    'Type your email…',
    'Discussion about this post',
    'Ready for more?',
    '© 2024 Nadia Osei',
    'Start writing',
    'Get the app',
  ],
  html: `<!DOCTYPE html><html><head><title>A bus network for a city that is gone - by Nadia Osei</title></head><body>
<div id="entry"><div id="main" class="main typography use-theme-bg"><div class="topbar-content"><a class="navbar-title-link">Moving\
 Cities</a><button class="button primary">Subscribe</button><button>Sign in</button></div>
<div class="single-post-container"><div class="container"><div class="single-post"><div class="post-header"><h1 class="post-title\
 published">A bus network for a city that is gone</h1>
<h3 class="subtitle">Why the routes still run to the docks</h3><div class="post-meta"><div class="pencraft pc-display-flex"><a\
 class="pencraft frontend-pencraft-Text-module__decoration-hover-underline">Nadia Osei</a></div>
<div class="pencraft pc-reset color-pub-secondary-text">Apr 3, 2024</div></div>
<div class="post-ufi"><a class="post-ufi-button like-button">47</a><a class="post-ufi-button post-ufi-comment-button">12</a><a\
 class="post-ufi-button">Restack</a>
<div class="post-ufi-button"><button>Share this post</button><div class="dropdown" hidden><a>Copy link</a><a>Facebook</a><a>Email</a>\
<a>Notes</a></div></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">${ps(substackBody)}</div></div>
<div class="subscription-widget-wrap"><div class="subscription-widget"><div class="fake-input">Type your email…</div><button>Subscribe</button></div></div>
<div class="post-footer"><div class="post-ufi"><a class="like-button">47</a><a>12</a><a>Restack</a></div></div>
<div id="discussion" class="comments-page"><h4>Discussion about this post</h4></div>
<div class="post-end-cta-full"><h3>Ready for more?</h3><button>Subscribe</button></div></div></div></div>
<div class="footer-wrap publication-footer"><div>© 2024 Nadia Osei</div><div><a>Privacy</a><a>Terms</a><a>Collection notice</a></div>\
<a>Start writing</a><a>Get the app</a></div></div></div></body></html>`,
};

const essay = [
  'Every spring my grandmother planted the same seven rows of beans, and every spring she ' +
    'lost one of them to the pigeons. She said the seventh row was for the birds, and she ' +
    'meant it.',
  'I thought of her this year when I read that gardeners are being told to net everything. ' +
    'Netting works, and it is cheap, but it turns a garden into a fortress against the animals ' +
    'that share it.',
  'The idea of planting for the birds is older than my grandmother. Old farming manuals talk ' +
    'about sowing one seed for the rook and one for the crow, and only the third for the ' +
    'farmer.',
  'A garden where nothing is lost is not really a garden at all, I think, but a small ' +
    'factory. I would rather have the pigeons, and fewer beans, and the seventh row.',
  'This spring I planted seven rows. The pigeons have already found the last one, and I have left it to them.',
];
const card = (title: string, teaser: string, author: string) => `<article class="c-card c-card--teaser"><a class="c-card__link" href="/s/${title.length}">
<h3 class="c-card__title">${title}</h3></a><p class="c-card__teaser">${teaser}</p><p class="c-card__byline">${author}</p><a\
 class="c-card__more">Read more</a></article>`;
const magazine: TestPage = {
  name: 'heldout2-essay-div-teaser-cards',
  kind: 'blog',
  title: 'The seventh row is for the birds',
  headings: [],
  body: texts(essay),
  bylines: ['By Helen Marsh', 'May 2024 issue'],
  furniture: [
    'You might also enjoy',
    'Why hedgerows matter more than ever',
    'A century of farm hedges has been lost in a generation, and the birds have gone with them. What would it take to bring them back across the country?',
    'The allotment waiting list is ten years long',
    'In some cities the wait for a plot now runs to a decade. We spoke to the people at the top of the list, and to those who gave up waiting long ago.',
    'Read more',
    'Jo Pike',
    'Sam Reyes',
  ],
  html: `<!DOCTYPE html><html lang="en"><head><title>The seventh row is for the birds</title></head><body>
<div class="l-page"><div class="l-page__header"><a class="brand">Field &amp; Hearth</a><a>Issues</a><a>Subscribe</a></div>
<div class="l-page__main"><div class="essay"><div class="essay__head"><h1 class="essay__title">The seventh row is for the birds</h1><div\
 class="essay__credit">By Helen Marsh</div><div class="essay__issue">May 2024 issue</div></div>
<div class="essay__text">${ps(essay)}</div></div>
<div class="more-section"><h2 class="more-section__title">You might also enjoy</h2><div class="more-section__grid">
${card(
  'Why hedgerows matter more than ever',
  'A century of farm hedges has been lost in a generation, and the birds have gone with ' + 'them. What would it take to bring them back across the country?',
  'Jo Pike',
)}
${card(
  'The allotment waiting list is ten years long',
  'In some cities the wait for a plot now runs to a decade. We spoke to the people at the ' + 'top of the list, and to those who gave up waiting long ago.',
  'Sam Reyes',
)}
</div></div></div></div></body></html>`,
};

export const HELDOUT2_BLOG: readonly TestPage[] = [medium, company, substack, magazine];
