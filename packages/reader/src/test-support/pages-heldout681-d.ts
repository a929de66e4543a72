import { links, plain, type TestPage } from './page-kit.js';
import { j, type Section, secs } from './pages-heldout681-kit.js';

/**
 * Held-out batch 681, file d: a tattoo artist's essay on a Ghost newsletter site (Casper theme, callout and image cards,
 * Portal subscribe box, read-more cards), and an aftercare question thread on a Discourse forum as served to crawlers.
 */
const gTitle = 'Why I stopped tattooing fingers';
const gExcerpt = 'It was my most requested placement for three years. Here is why I turn it down now, and what I suggest instead.';
const gSecs: readonly Section[] = [
  [
    '',
    [
      j(
        'In 2022 about one in five enquiries in my inbox was for a finger tattoo: a tiny moon, a date, an initial on the side of the',
        'ring finger. I said yes to almost all of them. By the end of 2024 I had stopped taking them altogether, and I get asked why',
        'every week, so here is the honest answer.',
      ),
    ],
  ],
  [
    'The skin is working against you',
    [
      j(
        'The skin on your fingers is thin, moves constantly and is replaced faster than almost anywhere else on the body. You wash',
        'your hands a dozen times a day and grip things all day long. Ink spreads, fades and drops out, and fine lines are the first',
        'thing to go.',
      ),
      j(
        'I went back through my photos and messages from 2022 and 2023. Of the finger pieces I could follow up, more than half had',
        'needed a touch-up within a year, and several needed two. Some never held at all.',
      ),
    ],
  ],
  [
    'A touch-up is not a fix',
    [
      j(
        'Going over the same small patch of thin skin again and again causes its own problems. Lines blow out into a soft blur, and',
        'the skin can scar. The result is often worse than the faded original, and it is my name people give when their friends ask',
        'who did it.',
      ),
    ],
  ],
  [
    'What I suggest instead',
    [
      j(
        'If you want something small and close to the hand, the wrist, the side of the hand below the little finger and the inner',
        'forearm all hold fine line work far better. For people who really want a ring, I now draw a design for the wrist that echoes',
        'it, and most of them end up preferring it.',
      ),
      j(
        'Plenty of good artists still tattoo fingers and are honest about how they heal. That is a fair choice. It just is not one',
        'I want to make any more.',
      ),
    ],
  ],
];
const gArt = secs(gSecs);
const gCallout = 'If you already have a finger tattoo from me that has dropped out, message me. I will talk you through the options, for free.';
const gParts = gArt.html.split('<h2>What I suggest instead</h2>');
const gNav = ['Home', 'Flash', 'Studio notes', 'About'];
const gMore = [
  ['Booking opens for spring', 'Dates for March to May, and a few flash days in between.', 'Jan 9, 2026', '2 min read'],
  ['The needle I use for almost everything', 'A short note on single needles, and why I rarely go bigger.', 'Dec 14, 2025', '3 min read'],
] as const;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5a1b2c3d4e"><meta name="description" content="${gExcerpt}">
<link rel="canonical" href="https://needleandnerve.ink/why-i-stopped-tattooing-fingers/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Needle &amp; Nerve"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-01-22T10:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Needle & Nerve"},
"author":{"@type":"Person","name":"Rook Adeyemi"},"headline":"${gTitle}","datePublished":"2026-01-22T10:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="Needle &amp; Nerve" href="https://needleandnerve.ink/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://needleandnerve.ink/"
data-key="1a2b3c4d5e6f7a8b9c0d1e2f3a" data-api="https://needleandnerve.ink/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:32px}</style><style>:root {--ghost-accent-color: #8c2f39;}</style></head>
<body class="post-template tag-studio-notes is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://needleandnerve.ink">
Needle &amp; Nerve</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<button class="gh-burger" aria-label="Toggle menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-studio-notes">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/studio-notes/">Studio notes</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/rook/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/06/rook.jpg" alt="Rook Adeyemi"></a></li>
</ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/rook/">Rook Adeyemi</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-01-22">Jan 22, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min read</span>
</div></div></section></div></header>
<section class="gh-content gh-canvas">
${gParts[0] ?? ''}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/01/ring-healed.jpg" class="kg-image" alt="" loading="lazy" width="1200"
height="900"><figcaption><span style="white-space: pre-wrap;">A ring line two years on, sent in by a client</span></figcaption></figure>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💬</div><div class="kg-callout-text">${gCallout}</div></div>
<h2>What I suggest instead</h2>${gParts[1] ?? ''}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    ([t, e, d, r]) => `<article class="post-card post"><div class="post-card-content"><a class="post-card-content-link" href="/">
<header class="post-card-header"><h2 class="post-card-title">${t}</h2></header><div class="post-card-excerpt">${e}</div></a>
<footer class="post-card-meta"><time class="post-card-meta-date">${d}</time><span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://needleandnerve.ink">Needle &amp; Nerve</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=5a1b2c3d4e"></script></body></html>`;
const ghostEssay: TestPage = {
  name: 'heldout681-fingers-essay-ghost-casper',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gArt.headings,
  body: [gExcerpt, ...gArt.body.slice(0, 4), gCallout, ...gArt.body.slice(4)],
  bylines: ['Rook Adeyemi', 'Jan 22, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Needle & Nerve', 'Home', 'Flash', 'Studio notes', 'Sign in', 'Subscribe', '4 min read', 'A ring line two years on, sent in by a client',
    'Sign up for more like this.',
    'Enter your email', ...gMore.flat(), 'Needle & Nerve © 2026', 'Sign up', 'Contact', 'Powered by Ghost',
  ],
};

const dTitle = 'Peeling and shiny patches on day 6, normal?';
const dPosts: readonly (readonly [string, string, string, readonly string[], string])[] = [
  [
    'fernwise',
    '2026-05-02T18:21:09Z',
    'May 2, 2026,  6:21pm',
    [
      j(
        'Got my first tattoo last Saturday, a palm-sized line drawing on my inner forearm. Since yesterday it has been flaking,',
        'and under the flakes there are a few patches that look shiny and kind of raised, like the ink is under cling film.',
      ),
      'I have been washing twice a day and using a thin layer of unscented balm. No redness or heat. Is this normal or should I call the studio?',
    ],
    '',
  ],
  [
    'jonah_at_redwell',
    '2026-05-02T19:05:44Z',
    'May 2, 2026,  7:05pm',
    [
      j(
        'Artist here. That shiny look is completely normal. It is new skin forming over the tattoo before the rest of the flakes come',
        'off, and it often looks a bit glossy and cloudy for a week or two. It settles down.',
      ),
      'No redness, no heat, no pus, so you are fine. Keep doing what you are doing and do not pick.',
    ],
    '6 Likes',
  ],
  ['fernwise', '2026-05-02T19:40:12Z', 'May 2, 2026,  7:40pm', ['Thank you, that is a relief. I was about to go back to the shop.'], '1 Like'],
  [
    'maudlin.ink',
    '2026-05-03T08:12:30Z',
    'May 3, 2026,  8:12am',
    [
      j(
        'Agree with Jonah. One thing to add: if you are putting balm on and it still looks wet an hour later, you are using too much.',
        'Shiny skin plus heavy balm is how people end up with bubbling scabs.',
      ),
    ],
    '3 Likes',
  ],
];
const dRelated = [
  ['Scabbing after saniderm removal', 'Aftercare', '4', '1.2k', 'Apr 11'],
  ['How long before I can swim?', 'Aftercare', '9', '3.4k', 'Mar 28'],
  ['Line work looks blurry after healing', 'Healed work', '12', '2.1k', 'Feb 19'],
] as const;
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dPostHtml = dPosts
  .map(
    ([u, iso, shown, paras, likes], i) => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post">
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel='nofollow' href='https://forum.inktalk.net/u/${u}'><span itemprop='name'>${u}</span></a></span>
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='${iso}' class='post-time'>${shown}</time>
<meta itemprop='position' content='${i + 1}'></span></div>
<div class='post' itemprop='text'>
${paras.map((p) => `<p>${p}</p>`).join('\n')}
</div>${
      likes === ''
        ? ''
        : `<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${likes.split(' ')[0]}" />
<span class='post-likes'>${likes}</span></div>`
    }</div>`,
  )
  .join('\n');
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Aftercare - Ink Talk</title>
<meta name="description" content="Got my first tattoo last Saturday, a palm-sized line drawing on my inner forearm.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="icon" type="image/png" href="https://forum.inktalk.net/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><link rel="canonical" href="https://forum.inktalk.net/t/peeling-and-shiny-patches-on-day-6-normal/8841">
<link href="/stylesheets/color_definitions_base__3_a1b2.css?__ws=forum.inktalk.net" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_a1b2.css?__ws=forum.inktalk.net" media="all" rel="stylesheet" data-target="desktop"/>
<meta property="og:site_name" content="Ink Talk" /><meta property="og:type" content="website" /><meta property="og:title" content="${dTitle}" />
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.inktalk.net","name":"Ink Talk"}</script>
<link rel="alternate nofollow" type="application/rss+xml" title="RSS feed of &#39;${dTitle}&#39;" href="https://forum.inktalk.net/t/8841.rss" /></head>
<body class="crawler "><header><a href="/"><img src="https://forum.inktalk.net/uploads/default/original/1X/logo.png" alt="Ink Talk" id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/peeling-and-shiny-patches-on-day-6-normal/8841">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/aftercare/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Aftercare</span></span></a><meta itemprop="position" content="1" />
</span></div>
</div>
${dPostHtml}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    ([t, c, r, v, a], i) => `<tr class="topic-list-item" id="topic-list-item-${9000 + i}"><td class="main-link" itemprop='itemListElement' itemscope
itemtype='http://schema.org/ListItem'><meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url'
href='/t/${9000 + i}' class='title raw-link raw-topic-link'>${t}</a></span><div class="link-bottom-line"><a href='/c/${c.toLowerCase().replace(' ', '-')}'
class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #0E76BD'></span><span class='category-name'>${c}</span></a></div></td>
<td class="replies"><span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td>
<td>${a}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${dFoot
  .map((t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/' itemprop="url">${t} </a></span></li>`)
  .join('\n')}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourseThread: TestPage = {
  name: 'heldout681-shiny-peeling-discourse',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap(([, , , paras]) => paras.map(plain)),
  bylines: ['fernwise', 'May 2, 2026, 6:21pm', 'jonah_at_redwell', 'May 2, 2026, 7:05pm', 'May 2, 2026, 7:40pm', 'maudlin.ink', 'May 3, 2026, 8:12am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Aftercare', '6 Likes', '1 Like', '3 Likes', 'Related topics', ...dRelated.flatMap(([t, , r, v, a]) => [t, r, v, a]), 'Healed work',
    'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT681_D: readonly TestPage[] = [ghostEssay, discourseThread];
