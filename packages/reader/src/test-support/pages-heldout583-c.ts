import { links, ps, type TestPage } from './page-kit.js';
import { finish, j } from './pages-heldout583-kit.js';

/**
 * Held-out batch 583, file c: a violin repair workshop post on Ghost (Casper theme, feature image caption, member signup box,
 * read-more cards), and a piano technicians' forum thread on Discourse (server-rendered crawler view, posts, likes, suggested topics).
 */
const gTitle = 'Why we reset soundposts every autumn';
const gDek = 'A short note on the smallest part of a violin that makes the biggest difference.';
const gBody = [
  j(
    'Every October the queue on our bench fills with violins, violas and cellos that sounded fine in July. The usual culprit is',
    'the soundpost, a spruce dowel about six millimetres thick that stands inside the instrument between the top and the back.',
  ),
  j(
    'Nothing glues it in place. It is held only by the pressure of the strings, and when the wood of the top and back shrinks in',
    'dry heated air, the post can lean, slip or fall over altogether. A fallen post is not just a loss of tone: without it, the',
    'top can sink under the bridge and crack.',
  ),
  j(
    'A reset takes us twenty minutes. We slacken the strings, move the post with a setter through the f-hole, and check the fit',
    'against the inside of the top with a small mirror. If the post has become too short, we cut a new one from the same billet of',
    'spruce, so that it matches the grain of the old one.',
  ),
  j(
    'If your instrument has started to sound thin or wolfy since the heating came on, bring it in. Resets are free for anything we',
    'have sold or restored in the past five years.',
  ),
];
const gNav = ['Home', 'Instruments', 'Repairs', 'Journal', 'Visit'];
const gMore = ['Choosing a bow for a first full-size violin', 'What a bridge recut can and cannot fix', 'Inside the workshop: fitting new pegs'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4b1e6b1c2d"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://journal.brenkstrings.com/why-we-reset-soundposts/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Brenk Strings Journal"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-10-06T08:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Brenk Strings Journal"},
"author":{"@type":"Person","name":"Mara Brenk"},"headline":"${gTitle}","datePublished":"2025-10-06T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="Brenk Strings Journal" href="https://journal.brenkstrings.com/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false" data-ghost="https://journal.brenkstrings.com/"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo" href="https://journal.brenkstrings.com">Brenk Strings Journal</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav><div class="gh-head-actions">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></header><div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-workshop-notes">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/workshop-notes/">Workshop notes</a>
</span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content">
<ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/mara/" class="author-avatar"><img class="author-profile-image"
src="/content/images/size/w100/mara.jpg" alt="Mara Brenk"></a></li></ul><div class="article-byline-meta"><h4 class="author-name">
<a href="/author/mara/">Mara Brenk</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-10-06">Oct 6, 2025</time>
<span class="byline-reading-time"><span class="bull">•</span> 2 min read</span></div></div></section></div>
<figure class="article-image">
<img srcset="/content/images/size/w300/2025/10/setter.jpg 300w" src="/content/images/size/w2000/2025/10/setter.jpg" alt="${gTitle}">
<figcaption>A soundpost setter resting on the f-hole of a 1920s Mirecourt violin.</figcaption></figure></header>
<section class="gh-content gh-canvas">${ps(gBody)}
<section class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content" style="background-color: #3a6b4c"><h2>Get the journal by email</h2>
<p>One short note from the bench each month. No sales.</p><a class="gh-btn" data-portal="signup" href="#/portal/signup" style="color:#3a6b4c">Subscribe now</a>
<p><small>Already have an account? <a data-portal="signin" href="#/portal/signin">Sign in</a></small></p></div></section></section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="read-more-feed">
${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/${t.length}/">
<img class="post-card-image" src="/content/images/${t.length}.jpg" alt="${t}"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2>
</header></a>
<footer class="post-card-meta"><span class="post-card-meta-length">3 min read</span></footer></div></article>`,
  )
  .join('\n')}</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://journal.brenkstrings.com">Brenk Strings Journal</a> © 2025</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Workshop hours'], 'nav-item')}</ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=4b1e6b1c2d"></script></body></html>`;
const ghost: TestPage = finish({
  name: 'heldout583-ghost-soundposts',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: [gDek, ...gBody],
  bylines: ['Mara Brenk', 'Oct 6, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brenk Strings Journal', ...gNav, 'Sign in', 'Subscribe', 'Workshop notes', '• 2 min read',
    'A soundpost setter resting on the f-hole of a 1920s Mirecourt violin.', 'Get the journal by email', 'One short note from the bench each month. No sales.',
    'Subscribe now', 'Already have an account? Sign in', ...gMore, '3 min read', 'Brenk Strings Journal © 2025', 'Sign up', 'Workshop hours',
    'Powered by Ghost',
  ],
});

const fTitle = 'Pins jumping on a 1970s spinet after a pitch raise';
const fPosts = [
  [
    'hbrandt',
    'Hal Brandt',
    'January 14, 2025, 7:02pm',
    '3 Likes',
    [
      j(
        'Customer has a 1974 spinet that had not been tuned in about twelve years. It was 60 cents flat, so I did a quick pass to get it',
        'close and then a fine tuning. Two weeks later she calls and the mid-section is already sour.',
      ),
      j(
        'Pin torque felt low but even, maybe 70 inch-pounds. No cracks I can see in the plate area. Is this just the piano settling',
        'after such a big raise, or am I looking at loose pins?',
      ),
    ],
  ],
  [
    'tuner_in_tilby',
    'Joan Okafor',
    'January 14, 2025, 9:40pm',
    '2 Likes',
    [
      j(
        'Twelve years without a tuning and a 60 cent raise? I would expect it to drift after two weeks no matter what. The board and',
        'the bridges have to take up all that new load. Go back, tune it again, and tell her the third tuning in six months is the one',
        'that will hold.',
      ),
      'If it is still moving after that, then think about the pins.',
    ],
  ],
  [
    'oldvoicer',
    'Dennis Farrow',
    'January 15, 2025, 8:15am',
    '4 Likes',
    [
      j(
        'Agree with Joan. One more thing to check on those spinets: the pinblock is often laminated and the glue lines can let go',
        'near the top. Tap each pin down lightly with a hammer before you condemn the block. If the torque comes up, you may get',
        'another ten years out of it.',
      ),
    ],
  ],
  [
    'hbrandt',
    'Hal Brandt',
    'January 29, 2025, 6:55pm',
    '1 Like',
    [j('Went back yesterday. Tapped the pins as Dennis said and retuned. Held dead steady so far. Thanks both.')],
  ],
] as const;
const fRelated = [
  ['Old upright will not hold pitch in the tenor', '7', '412', 'November 2024'],
  ['Tapping pins: how hard is too hard?', '12', '1.1k', 'October 2024'],
] as const;
const fPost = ([user, name, when, likes, body]: (typeof fPosts)[number], i: number): string => `<div id="post_${i + 1}" itemprop="comment" itemscope
itemtype="http://schema.org/Comment" class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope
itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow" href="https://forum.pianotechs.net/u/${user}"><span itemprop="name">${user}</span></a>
(${name})</span><link itemprop="mainEntityOfPage" href="https://forum.pianotechs.net/t/pins-jumping-spinet/3318"><span class="crawler-post-infos">
<time itemprop="datePublished" datetime="2025-01-14T19:02:11Z" class="post-time">${when}</time><meta itemprop="position" content="${i + 1}">
<span itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction">
<span class="post-likes">${likes}</span></span></span></div><div class="post" itemprop="text">${ps(body)}</div></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Tuning - Piano Techs Forum</title>
<meta name="description" content="Customer has a 1974 spinet that had not been tuned in about twelve years. It was 60 cents flat…">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="icon" type="image/png" href="/uploads/default/optimized/1X/favicon.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://forum.pianotechs.net/t/pins-jumping-spinet/3318"><link rel="search" type="application/opensearchdescription+xml"
href="https://forum.pianotechs.net/opensearch.xml" title="Piano Techs Forum Search">
<link href="/stylesheets/color_definitions_base.css" media="all" rel="stylesheet">
<link href="/stylesheets/desktop_0a1f.css" media="all" rel="stylesheet" data-target="desktop"><meta property="og:site_name" content="Piano Techs Forum">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"hbrandt"}}</script>
</head><body class="crawler "><header><a href="/">
<img src="https://forum.pianotechs.net/uploads/default/original/1X/logo.png" alt="Piano Techs Forum" id="site-logo"
style="max-width: 150px;"></a></header><div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1>
<a href="/t/pins-jumping-spinet/3318">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/tuning/5" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0088CC"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Tuning</span></span></a><meta itemprop="position" content="1"></span></div>
<div class="topic-category"><div class="discourse-tags list-tags"><a href="https://forum.pianotechs.net/tag/spinet" class="discourse-tag" rel="tag">spinet</a>,
<a href="https://forum.pianotechs.net/tag/pinblock" class="discourse-tag" rel="tag">pinblock</a></div></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${fTitle}">
${fPosts.map(fPost).join('\n')}</div>
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list">
<thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRelated
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement"><span class="link-top-line"><a itemprop="url"
href="/t/${t.length}" class="title raw-link raw-topic-link">${t}</a></span></td><td></td><td class="replies"><span class="posts" title="posts">${r}</span></td>
<td class="views"><span class="views" title="views">${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">Home </a></span></li>${links(['Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'])}</ul></nav></footer>
<footer id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
</body></html>`;
const discourse: TestPage = finish({
  name: 'heldout583-discourse-spinet-pins',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap(([, , , , b]) => b),
  bylines: fPosts.flatMap(([u, n, w]) => [`${u} (${n})`, w]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tuning', 'spinet', 'pinblock', ...fPosts.map(([, , , l]) => l), 'Related topics', ...fRelated.flat(), 'Home', 'Categories', 'Guidelines',
    'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

export const HELDOUT583_C: readonly TestPage[] = [ghost, discourse];
