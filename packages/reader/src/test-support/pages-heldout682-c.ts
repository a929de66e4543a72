import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, notIn } from './pages-heldout682-kit.js';

/**
 * Held-out batch 682, file c: a studio journal post on Ghost (Casper theme, members sign-up box, read-more cards), and a
 * Discourse forum thread about rehearsal room etiquette (server-rendered crawler view with posts, user names and dates).
 */
const gTitle = 'How we fixed the boom in Control Room B';
const gDek = 'Bass traps, a new desk position and a cheap measurement mic: what changed and what it cost.';
const gHeads = ['The problem', 'Measuring first', 'What we built', 'The result'];
const gText = [
  [
    j(
      'Room B has always had a fat low end. Mixes that sounded full at the desk came out thin everywhere else, and clients',
      'learned to check their bass on the car stereo before they trusted it.',
    ),
  ],
  [
    j(
      'Before buying anything we measured. A sweep from the listening position showed a 14 dB peak at 62 Hz and a deep',
      'null at 110 Hz, both from the distance between the desk and the back wall.',
    ),
    'We took readings at nine points around the desk and kept a log so we could repeat them after each change.',
  ],
  [
    'Over two weekends we did three things:',
    'moved the desk 40 cm forward, out of the worst of the null',
    'built six floor-to-ceiling corner traps from rockwool and timber offcuts',
    'hung a 20 cm deep cloud over the listening position',
    'The materials came to £610. The labour was ours and a pizza for the bassist who helped us carry the rockwool upstairs.',
  ],
  [
    j(
      'The 62 Hz peak is down to 5 dB and the null is gone. More to the point, the last three mixes out of Room B needed no',
      'bass changes after the car test. We are doing the live room next.',
    ),
  ],
];
const gNav = ['Home', 'Studio', 'Journal', 'Book'];
const gRead = ['Tape machine maintenance, the boring bits', 'Why we stopped offering stem mastering', 'A day in the life of a runner'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=a1c3e9d2f0"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://journal.lanternyard.studio/how-we-fixed-the-boom-in-control-room-b/"><meta name="referrer"
content="no-referrer-when-downgrade">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-10-03T08:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Lantern Yard Studio"},
"author":{"@type":"Person","name":"Dilys Harker"},"headline":"${gTitle}","datePublished":"2026-10-03T08:00:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
 data-ghost="https://journal.lanternyard.studio/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;padding:20px;}</style></head>
<body class="post-template has-sans-title has-sans-body"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://journal.lanternyard.studio">Lantern Yard Journal</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${gNav.map((t) => `<li class="nav-${t.toLowerCase()}"><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('')}</ul>
</nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-acoustics tag-room-b">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/acoustics/">Acoustics</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/dilys/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2026/01/dilys.jpg" alt="Dilys Harker"></a>
</li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/dilys/">Dilys Harker</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-10-03">Oct 3, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/10/room-b.jpg 300w" src="/content/images/size/w2000/2026/10/room-b.jpg"
alt="Corner traps in Room B">
<figcaption>Corner traps going in, week two. Photo: Sunny Akande</figcaption></figure></header>
<section class="gh-content gh-canvas">
<h2 id="the-problem">${gHeads[0]}</h2>${ps(gText[0] ?? [])}
<h2 id="measuring-first">${gHeads[1]}</h2>${ps(gText[1] ?? [])}
<h2 id="what-we-built">${gHeads[2]}</h2>${ps(gText[2]?.slice(0, 1) ?? [])}<ul>${lis(gText[2]?.slice(1, 4) ?? [])}</ul>${ps(gText[2]?.slice(4) ?? [])}
<h2 id="the-result">${gHeads[3]}</h2>${ps(gText[3] ?? [])}
</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3><div class="post-feed">
${gRead
  .map(
    (
      t,
      i,
    ) => `<article class="post-card post"><a class="post-card-image-link" href="/p${i}/"></a><div class="post-card-content"><a class="post-card-content-link"
href="/p${i}/">
<header class="post-card-header"><h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date"
datetime="2026-0${i + 6}-12">Jun 12, 2026</time>
</footer></div></article>`,
  )
  .join('\n')}</div></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://journal.lanternyard.studio">Lantern Yard Journal</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Lantern Yard Studio'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/"
target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div><script src="/assets/built/casper.js?v=a1c3e9d2f0"></script></body></html>`;
const gGold = [gTitle, ...gHeads, gDek, ...gText.flat()];
const ghostPost: TestPage = {
  name: 'heldout682-ghost-room-b',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: gGold.slice(1 + gHeads.length),
  bylines: ['Dilys Harker', 'Oct 3, 2026', 'Jun 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: notIn(gGold, [
    'Lantern Yard Journal', ...gNav, 'Sign in', 'Subscribe', 'Acoustics', '3 min read', 'Corner traps going in, week two. Photo: Sunny Akande',
    'Sign up for more like this.', 'Enter your email', 'Read more', ...gRead,
    'Lantern Yard Journal © 2026', 'Sign up', 'Lantern Yard Studio', 'Powered by Ghost',
  ]),
};

const dTitle = 'Rehearsal room etiquette: is it OK to use the house PA settings?';
const dPosts: { user: string; time: string; iso: string; likes: string; paras: string[] }[] = [
  {
    user: 'marrowbone_drums',
    time: 'November 2, 2026, 7:14pm',
    iso: '2026-11-02T19:14:00Z',
    likes: '2 Likes',
    paras: [
      j(
        'We rent Room 2 at our local place every Tuesday. Every week the band before us leaves the PA with the gain right up',
        'and reverb on everything. Do we reset it, or is that rude? The owner says "leave it how you found it" but nobody does.',
      ),
    ],
  },
  {
    user: 'Ffion_R',
    time: 'November 2, 2026, 8:02pm',
    iso: '2026-11-02T20:02:00Z',
    likes: '5 Likes',
    paras: [
      'Reset it. "How you found it" should mean the house settings, not the last band\'s. Most rooms I have worked in tape a photo of the desk to the wall.',
      'If yours does not have one, ask the owner to make one. It saves ten minutes of every session.',
    ],
  },
  {
    user: 'kettleworks',
    time: 'November 3, 2026, 9:40am',
    iso: '2026-11-03T09:40:00Z',
    likes: '1 Like',
    paras: [
      j(
        'I run a three-room place. Please, please zero the channel gains before you leave, and turn the amps off before the desk.',
        'The thing that kills our speakers is someone unplugging a mic with the channel open.',
      ),
    ],
  },
];
const dRelated = ['Rehearsal room with no windows: how do you handle the heat?', 'Should rehearsal studios charge for setup time?'];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Rehearsal spaces - Bandroom Forum</title>
<meta name="description" content="We rent Room 2 at our local place every Tuesday."><meta name="generator"
content="Discourse 3.4.0 - https://github.com/discourse/discourse">
<link rel="icon" type="image/png" href="https://forum.bandroom.org/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><link href="/stylesheets/desktop_6e7f0b3.css?__ws=forum.bandroom.org" media="all" rel="stylesheet">
<link rel="canonical" href="https://forum.bandroom.org/t/rehearsal-room-etiquette-is-it-ok-to-use-the-house-pa-settings/4821">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.bandroom.org","name":"Bandroom Forum"}</script>
<meta property="og:site_name" content="Bandroom Forum"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<meta property="article:published_time" content="2026-11-02T19:14:00+00:00"><meta property="og:ignore_canonical" content="true"></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/">
<img src="https://forum.bandroom.org/uploads/default/original/1X/logo.png" alt="Bandroom Forum" id="site-logo" style="max-width: 150px;"></a></div></div>
</div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a
href="/t/rehearsal-room-etiquette-is-it-ok-to-use-the-house-pa-settings/4821">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/rehearsal-spaces/7" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Rehearsal spaces</span></span></a><meta itemprop="position" content="1">
</span></div>
<div class="topic-category"><div class='discourse-tags list-tags'><a href='/tag/etiquette' class='discourse-tag' rel="tag">etiquette</a>,
<a href='/tag/pa' class='discourse-tag' rel="tag">pa</a></div></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${dTitle}">
<meta itemprop="articleSection" content="Rehearsal spaces"><meta itemprop="keywords" content="etiquette, pa">
${dPosts
  .map(
    (p, i) => `<div id="post_${i + 1}" ${i === 0 ? '' : 'itemprop="comment" itemscope itemtype="http://schema.org/Comment"'} class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url"
href="https://forum.bandroom.org/u/${p.user}">
<span itemprop="name">${p.user}</span></a></span><span class="crawler-post-infos"><time ${i === 0 ? 'itemprop="datePublished"' : 'itemprop="datePublished"'}
datetime="${p.iso}" class="post-time">
${p.time}</time><meta itemprop="dateModified" content="${p.iso}"><span itemprop="position">${i + 1}</span></span></div>
<div class="post" itemprop="${i === 0 ? 'articleBody' : 'text'}">${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0]}"><span class='post-likes'>${p.likes}</span></div></div>`,
  )
  .join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><meta itemprop='itemListOrder'
content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'><meta
itemprop='position' content='${i + 1}'>
<span class="link-top-line"><a itemprop='url' href='/t/${4700 + i}' class='title raw-link raw-topic-link'>${t}</a></span><div class="link-bottom-line">
<a href='/c/rehearsal-spaces/7' class='badge-wrapper bullet'><span class='badge-category-bg'></span><span class='category-name'>Rehearsal spaces</span></a>
</div></td>
<td class="replies"><span class='posts' title='posts'>${12 + i * 5}</span></td><td class="views"><span class='views' title='views'>${480 + i * 97}</span></td>
<td>${i === 0 ? 'August 2026' : 'October 2026'}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${links(dFoot)}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const dGold = [dTitle, ...dPosts.flatMap((p) => texts(p.paras))];
const discourseThread: TestPage = {
  name: 'heldout682-discourse-pa-etiquette',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dGold.slice(1),
  bylines: [...dPosts.flatMap((p) => [p.user, p.time]), 'August 2026', 'October 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: notIn(dGold, [
    'Rehearsal spaces', 'etiquette', 'pa', '1', '2', '3', '2 Likes', '5 Likes', '1 Like', 'Related topics', ...dRelated, '12', '17', '480', '577', ...dFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ]),
};

export const HELDOUT682_C: readonly TestPage[] = [ghostPost, discourseThread];
