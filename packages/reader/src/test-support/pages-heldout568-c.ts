import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout568-kit.js';

/**
 * Held-out batch 568, file c: a guest-artist announcement on Ghost (Casper theme) with a members sign-up box and "read more"
 * cards, and a Discourse forum thread about a piercing bump, with its topic map and suggested topics.
 */
const gTitle = 'Guest spot: Tomasz Weld is with us from 9 to 20 June';
const gDek = 'Ornamental blackwork and dotwork mandalas from the Gdańsk-based artist, booking through our form only.';
const gBody = [
  j(
    'We are very happy to have Tomasz back for a second guest spot. Last year his two weeks sold out in an afternoon, so this time',
    'we are taking requests through a form and Tomasz will pick the projects he wants to do.',
  ),
  j(
    'He is looking for large ornamental pieces: sleeves, backs, sternum and hip pieces that can be finished in one or two long',
    'sittings. He has also drawn a sheet of smaller flash that will be available first come, first served on 14 June.',
  ),
  'How to request',
  j(
    'Fill in the guest artist form with placement, size, a photo of the area and any reference. Requests close on 15 May and',
    'Tomasz will reply to everyone by the end of that month. A £150 deposit secures the booking.',
  ),
];
const gNav = ['Home', 'Artists', 'Guest spots', 'Aftercare', 'About'];
const gMore = ['Flash day recap: 41 tattoos in one Saturday', 'Why we stopped tattooing white ink on fresh scars', 'Meet Dara, our new apprentice'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5a1e0c3f02"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://journal.ironwoodtattoo.com/guest-spot-tomasz-weld/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Ironwood Journal"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-04-02T10:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Ironwood Journal"},
"author":{"@type":"Person","name":"Rosa Penhale"},"headline":"${gTitle}","datePublished":"2025-04-02T10:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://journal.ironwoodtattoo.com/"
data-key="2c8b1e" data-api="https://journal.ironwoodtattoo.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px}</style></head>
<body class="post-template tag-guest-spots is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://journal.ironwoodtattoo.com">Ironwood Journal</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg></svg></button>
<button class="gh-burger" aria-label="Toggle menu"></button></div><nav class="gh-head-menu"><ul class="nav">${gNav
  .map((t) => `<li class="nav-${t.toLowerCase().replace(' ', '-')}"><a href="/${t.toLowerCase()}/">${t}</a></li>`)
  .join('\n')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-guest-spots image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/guest-spots/">Guest spots</a></span></div><h1 class="article-title">${gTitle}</h1>
<p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore">
<li class="author-list-item"><a href="/author/rosa/" class="author-avatar"><img class="author-profile-image" src="/content/images/rosa.jpg" alt="Rosa Penhale">
</a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/rosa/">Rosa Penhale</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2025-04-02">Apr 2, 2025</time><span class="byline-reading-time"><span class="bull">•</span> 2 min read</span>
</div></div></section></div><figure class="article-image">
<img srcset="/content/images/size/w300/2025/04/weld-back.jpg 300w" src="/content/images/2025/04/weld-back.jpg" alt="">
<figcaption>A full back piece Tomasz finished in two sittings last summer.</figcaption></figure></header>
<section class="gh-content gh-canvas">${ps(gBody.slice(0, 2))}<h2 id="how-to-request">${at(gBody, 2)}</h2>${ps(gBody.slice(3))}
<div class="kg-card kg-button-card kg-align-center"><a href="/guest-request/" class="kg-btn kg-btn-accent">Open the request form</a></div></section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main><aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/x/"><img class="post-card-image" src="/content/images/x.jpg" alt="${t}"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/x/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a>
</div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://journal.ironwoodtattoo.com">Ironwood Journal</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-data-privacy"><a href="/privacy/">Data &amp; privacy</a></li>
<li class="nav-contact"><a href="/contact/">Contact</a></li></ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
</div></footer></div><script src="/assets/built/casper.js?v=5a1e0c3f02"></script></body></html>`;
const ghostGuest: TestPage = {
  name: 'heldout568-ghost-casper-guest-spot',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [at(gBody, 2)],
  body: texts([gDek, ...gBody.filter((_, i) => i !== 2)]),
  bylines: ['Rosa Penhale', 'Apr 2, 2025', '• 2 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ironwood Journal', 'Home', 'Artists', 'Guest spots', 'Aftercare', 'About', 'Sign in', 'Subscribe',
    'A full back piece Tomasz finished in two sittings last summer.', 'Open the request form', 'Sign up for more like this.', 'Enter your email',
    ...gMore, 'Ironwood Journal © 2025', 'Data & privacy', 'Contact', 'Powered by Ghost',
  ],
};

const dTitle = 'Bump next to my helix piercing at 10 weeks – keloid or irritation?';
const dPosts: { user: string; date: string; paras: string[] }[] = [
  {
    user: 'fernkettle',
    date: 'Mar 3',
    paras: [
      j(
        'Got my helix done at the start of December with a titanium flat back. Around week eight a small pink bump came up right',
        'next to the exit hole. It does not hurt but it is getting a bit bigger. I sleep on that side sometimes, not going to lie.',
      ),
      'Is this a keloid? Should I take the jewellery out?',
    ],
  },
  {
    user: 'Hollis_Piercer',
    date: 'Mar 3',
    paras: [
      j(
        'Almost certainly an irritation bump, not a keloid. Keloids are rare, grow well past the edges of the wound and usually run',
        'in families. Irritation bumps are small, soft and sit right at the hole.',
      ),
      j(
        'Do not take the jewellery out: the hole can close up around the bump and trap fluid under the skin. Find the cause instead. For a',
        'helix it is nearly always sleeping on it, headphones, or a post that is too long and catches on hair.',
      ),
    ],
  },
  {
    user: 'fernkettle',
    date: 'Mar 9',
    paras: [
      j(
        'Went back to my piercer, she said the post was still the initial long one and downsized it. Using a travel pillow at night',
        'too. The bump is already flatter after a week.',
      ),
    ],
  },
];
const dSuggested = ['Nose stud keeps falling out at 6 weeks', 'Can I swim with a 3 month old industrial?', 'Best saline spray that is not a scam'];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Healing &amp; Aftercare - Needlepoint Community</title><meta name="description" content="Got my helix done at the start of December">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="canonical" href="https://forum.needlepoint.community/t/bump-next-to-my-helix-piercing/18422">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"fernkettle"}}</script>
<link href="/stylesheets/desktop_theme_3_1f0e.css?__ws=forum.needlepoint.community" media="all" rel="stylesheet" data-target="desktop_theme">
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.needlepoint.community"></head>
<body class="crawler"><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Needlepoint Community" id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/bump-next-to-my-helix-piercing/18422">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement">
<a href="/c/piercing/6" class="badge-wrapper bullet" itemprop="item">
<span class="badge-category-bg"></span><span class="badge-category clear-badge"><span class="category-name" itemprop="name">Piercing</span></span></a></span>
<span itemprop="itemListElement"><a href="/c/piercing/healing/14" class="badge-wrapper bullet" itemprop="item">
<span class="category-name" itemprop="name">Healing &amp; Aftercare</span></a></span>
</div><div class="topic-list-tags">
<a href="/tag/helix" class="discourse-tag">helix</a> <a href="/tag/irritation-bump" class="discourse-tag">irritation-bump</a></div></div>
${dPosts
  .map(
    (p, i) => `<div itemscope itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" id="post_${i + 1}" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${p.user}">
<span itemprop="name">${p.user}</span></a></span><span class="crawler-post-infos">
<time itemprop="datePublished" datetime="2025-03-0${i + 3}T21:14:00Z" class="post-time">${p.date}</time>
<meta itemprop="position" content="${i + 1}"></span></div><div class="post" itemprop="text">${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${3 - i}"><span class='post-likes'>${3 - i} Like${i === 2 ? '' : 's'}</span></div></div>`,
  )
  .join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary"><h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container"><table id="topic-list" class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th>
<th class="views">Views</th>
<th>Activity</th></tr></thead><tbody>${dSuggested
  .map(
    (t, i) =>
      `<tr class="topic-list-item"><td class="main-link"><a href="/t/x/${i}" class="title raw-link raw-topic-link">${t}</a></td><td></td><td class="replies">
<span class="posts">${i + 4}</span></td>
<td class="views"><span class="views">${(i + 2) * 117}</span></td><td>Feb ${i + 10}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">Home </a></span></li>
<li><span itemprop="name"><a href="/categories" itemprop="url">Categories </a></span></li><li><span itemprop="name">
<a href="/guidelines" itemprop="url">Guidelines </a></span></li>
<li><span itemprop="name"><a href="/tos" itemprop="url">Terms of Service </a></span></li><li><span itemprop="name">
<a href="/privacy" itemprop="url">Privacy Policy </a></span></li>
</ul></nav><p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body>
</html>`;
const discourseThread: TestPage = {
  name: 'heldout568-discourse-helix-bump',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.paras)),
  bylines: ['fernkettle', 'Mar 3', 'Hollis_Piercer', 'Mar 9'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Healing & Aftercare', 'irritation-bump', '3 Likes', '2 Likes', '1 Like', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dSuggested, '4', '5', '6', '234', '351', '468', 'Feb 10', 'Feb 11', 'Feb 12', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT568_C: readonly TestPage[] = [ghostGuest, discourseThread];
