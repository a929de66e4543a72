import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j } from './pages-heldout575-kit.js';

/**
 * Held-out batch 575, file c: a staff-picks post on a record shop's Ghost journal (Casper theme), and a thread about
 * grading a used jazz reissue on a record collectors' Discourse forum, as its crawler view serves it.
 */
const gTitle = 'Staff picks for a wet March';
const gDek = 'Four records the shop has been playing while the rain comes sideways off the quay.';
const gPicks = [
  {
    h: 'Halden Moss – Live at the Corn Exchange',
    p: [
      j(
        'Tamsin’s pick. Moss recorded this on the last night of a long tour, and the band sounds loose and slightly tired in the',
        'best way. The twelve-minute version of “Cellar Door” is worth the price on its own.',
      ),
    ],
  },
  {
    h: 'Bryher Coil – Night Fishing',
    p: [
      j(
        'Marek’s pick. A quiet, slow record made almost entirely on a borrowed church organ and a tape loop. Put it on at',
        'eleven at night with the lights off and it turns the kitchen into a harbour.',
      ),
      'The clear vinyl pressing is already sold out at the label, and we have six left.',
    ],
  },
  {
    h: 'The Vireo Sisters – Paper Kites',
    p: [j('Jo’s pick. Three-part harmonies, a banjo and one very angry song about a landlord. Short, sharp and over in 31 minutes.')],
  },
  {
    h: 'Otis Varga – Night Bus Dub',
    p: [
      j(
        'Everyone’s pick, if we are honest. The bass on side one rattles the listening booth door, and we have had to put a',
        'folded beer mat in the frame to stop it.',
      ),
    ],
  },
];
const gOutro = 'All four are in the racks now, and you can ask to hear any of them in the booth before you buy.';
const gNav = ['Home', 'Staff Picks', 'Interviews', 'Shop News', 'Visit the shop'];
const gMore = [
  ['Eight questions for Halden Moss', 'Before the signing, we asked Halden about corn exchanges, tour vans and his first record.'],
  ['Staff picks for February', 'The cold-weather edition: reissues, a library record and a lot of harmonium.'],
  ['Why we stopped selling sealed reissues at £40', 'A short note on prices, pressing plants and what we think a record should cost.'],
] as const;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://journal.quaysiderecords.com/assets/built/screen.css?v=8b1c">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://journal.quaysiderecords.com/staff-picks-wet-march/">
<meta property="og:site_name" content="Quayside Records Journal"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-03-04T10:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Quayside Records Journal"},
"author":{"@type":"Person","name":"Tamsin Reyes"},"headline":"${gTitle}","datePublished":"2027-03-04T10:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.80"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://journal.quaysiderecords.com/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex;flex-direction:column;align-items:center;}</style></head>
<body class="post-template tag-staff-picks is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://journal.quaysiderecords.com">Quayside Records Journal</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg></svg></button><button class="gh-burger"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav.map((t) => `<li class="nav-${t.toLowerCase().replace(/ /g, '-')}"><a href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`).join('\n')}
</ul></nav><div class="gh-head-actions"><button class="gh-search gh-icon-btn" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-staff-picks image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-primary-tag"><a href="/tag/staff-picks/">Staff Picks</a></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/tamsin/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2026/05/tamsin.jpg" alt="Tamsin Reyes"></a>
</li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/tamsin/">Tamsin Reyes</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-03-04">Mar 4, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2027/03/racks.jpg 300w, /content/images/size/w600/2027/03/racks.jpg 600w"
src="/content/images/size/w2000/2027/03/racks.jpg" alt="The new arrivals rack at Quayside Records">
<figcaption><span style="white-space: pre-wrap;">The new arrivals rack, Tuesday morning.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${gPicks.map((k) => `<h2 id="${k.h.toLowerCase().replace(/[^a-z]+/g, '-')}">${esc(k.h)}</h2>\n${ps(k.p)}`).join('\n')}
<hr><p><em>${gOutro}</em></p>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal=""><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h2 class="read-more-title">Read more</h2><div class="post-feed">
${gMore
  .map(
    ([t, x]) => `<article class="post-card post"><a class="post-card-image-link" href="/x/"><img class="post-card-image" src="/x.jpg" alt="" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/x/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2></header>
<div class="post-card-excerpt">${x}</div></a></div></article>`,
  )
  .join('\n')}</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://journal.quaysiderecords.com">Quayside Records Journal</a> &copy; 2027</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Shop', 'Sign up'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="https://journal.quaysiderecords.com/assets/built/casper.js?v=8b1c"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout575-ghost-casper-staff-picks',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gPicks.map((k) => k.h),
  body: texts([gDek, ...gPicks.flatMap((k) => k.p), gOutro]),
  bylines: ['Tamsin Reyes', 'Mar 4, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quayside Records Journal', 'Home', 'Interviews', 'Shop News', 'Visit the shop', 'Sign in', 'Subscribe', '• 3 min read',
    'The new arrivals rack, Tuesday morning.', 'Sign up for more like this.', 'Enter your email', 'Read more', ...gMore.flat(), '© 2027', 'Sign up',
    'Powered by Ghost',
  ],
};

const dTitle = 'Is VG+ good enough for a 1970s spiritual jazz reissue?';
const dPosts = [
  {
    user: 'lou_digs',
    time: 'February 12, 2027,  9:14pm',
    likes: '3 Likes',
    paras: [
      j(
        'I have been offered a copy of the 1976 Corvid reissue of Amara Fell’s “Sunward” graded VG+ for £45. The seller says',
        'there is light surface noise on quiet passages but no skips. The sealed 2024 reissue is £32 new.',
      ),
      'For a record that is mostly long, quiet piano, is VG+ going to drive me mad? Or am I overthinking it?',
    ],
  },
  {
    user: 'harbourhifi',
    time: 'February 12, 2027, 10:02pm',
    likes: '5 Likes',
    quote: 'For a record that is mostly long, quiet piano, is VG+ going to drive me mad?',
    paras: [
      j(
        'Honestly, probably yes. VG+ on a loud rock record is fine. On a record with long fades and solo piano, any surface',
        'noise is right there in the room with you. I would ask the seller for a clip of the quietest track before buying.',
      ),
    ],
  },
  {
    user: 'crate.and.barrel',
    time: 'February 13, 2027,  8:31am',
    likes: '2 Likes',
    paras: [
      j(
        'Counterpoint: the 2024 reissue was cut from a digital master and a lot of people think it sounds flat. The 1976 Corvid',
        'pressing was cut from the tapes. I would take a VG+ original-era copy over a sealed digital reissue every time.',
      ),
      'Also, a good wet clean can turn a lot of VG+ copies into near mint to the ear.',
    ],
  },
  {
    user: 'lou_digs',
    time: 'February 14, 2027,  6:47pm',
    likes: '4 Likes',
    paras: [
      j(
        'Update for anyone who finds this later: asked for a clip, it sounded lovely, bought it. After a clean on the shop’s',
        'machine there is a faint crackle in the first minute of side two and nothing else. Very happy.',
      ),
    ],
  },
];
const dCrumbs = ['Buying & Selling', 'Grading'];
const dSuggested = ['Cleaning machines: is the vacuum kind worth it?', 'Goldmine grading vs. Record Collector grading', 'Sealed does not mean mint'];
const dPost = (
  k: (typeof dPosts)[number],
  i: number,
): string => `<div id="post_${i + 1}" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href="https://forum.cratehounds.org/u/${k.user}"><span
itemprop="name">${k.user}</span></a></span><link itemprop="mainEntityOfPage" href="https://forum.cratehounds.org/t/vg-good-enough/8812">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2027-02-12T21:14:00Z" class="post-time">${k.time}</time>
<meta itemprop="position" content="${i + 1}"></span></div>
<div class="post" itemprop="text">${
  k.quote !== undefined
    ? `<aside class="quote no-group" data-username="lou_digs" data-post="1" data-topic="8812"><div class="title"><div class="quote-controls"></div>
<img alt="" width="24" height="24" src="/user_avatar/forum.cratehounds.org/lou_digs/48/221_2.png" class="avatar"> lou_digs:</div>
<blockquote><p>${k.quote}</p></blockquote></aside>\n`
    : ''
}${ps(k.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${k.likes.split(' ')[0]}" /><span class='post-likes'>${k.likes}</span></div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Grading - Cratehounds</title><meta name="description" content="I have been offered a copy of the 1976 Corvid reissue graded VG+ for £45.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="canonical" href="https://forum.cratehounds.org/t/vg-good-enough/8812"><meta property="og:site_name" content="Cratehounds">
<link href="/stylesheets/desktop_d1a2.css?__ws=forum.cratehounds.org" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"lou_digs"}}</script>
</head><body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-contents"><div class="title">
<a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Cratehounds" id="site-logo"></a></div></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/vg-good-enough/8812">${esc(dTitle)}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
${dCrumbs
  .map(
    (c, i) => `<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/c/${i}" class="badge-wrapper bullet" itemprop="item">
<span class="badge-category-bg" style="background-color: #0E76BD"></span><span class="badge-category clear-badge">
<span class="category-name" itemprop="name">${esc(c)}</span></span>
</a><meta itemprop="position" content="${i + 1}" /></span>`,
  )
  .join('\n')}</div>
<div class="topic-list-tags"><a href="/tag/grading" class="discourse-tag">grading</a> <a href="/tag/jazz" class="discourse-tag">jazz</a></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${esc(dTitle)}">
${dPosts.map(dPost).join('\n')}</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list">
<thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dSuggested
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="${i + 1}"><span class="link-top-line"><a itemprop="url" href="/t/${i}" class="title raw-link raw-topic-link">${esc(t)}</a>
</span></td>
<td class="replies"><span class="posts" title="posts">${12 + i}</span></td><td class="views"><span class="views" title="views">${400 + 37 * i}</span></td>
<td>January ${3 + i}, 2027</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/" itemprop="url">Home </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/categories" itemprop="url">Categories </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/guidelines" itemprop="url">Guidelines </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/tos" itemprop="url">Terms of Service </a></span></li><li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name">
<a href="/privacy" itemprop="url">Privacy Policy </a></span></li></ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout575-discourse-grading-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((k) => [...(k.quote === undefined ? [] : [k.quote]), ...k.paras])),
  bylines: [...new Set(dPosts.flatMap((k) => [k.user, k.time.replace(/\s+/g, ' ')])), 'lou_digs:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dCrumbs, '3 Likes', '5 Likes', '2 Likes', '4 Likes', 'Related topics', ...dSuggested, '12', '13', '14', '400', '437', '474',
    'January 3, 2027', 'January 4, 2027', 'January 5, 2027', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT575_C: readonly TestPage[] = [ghost, discourse];
