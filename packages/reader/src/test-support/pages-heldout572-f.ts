import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, settle } from './pages-heldout572-kit.js';

/**
 * Held-out batch 572, file f: a short agency news post on Hugo with the PaperMod theme (breadcrumbs, post meta, tags, share
 * buttons, previous / next links), and a landlord forum thread on Discourse as served to crawlers (posts, likes, related topics).
 */
const pTitle = 'Why we have stopped charging renewal fees';
const pBody = [
  j(
    'From 1 January, Fenby & Marsh will no longer charge landlords a fee when a tenancy is renewed or rolls onto a periodic',
    'tenancy. The change applies to every property we manage or collect rent for, including tenancies that began before that date.',
  ),
  j(
    'Renewal fees were a flat £120 including VAT, and most of our landlords told us they felt like paying twice for the same',
    'tenant. The work a renewal involves, a rent review and a new agreement, is now covered by our monthly management fee.',
  ),
  j(
    'Nothing else in our fee schedule changes. If you have already paid a renewal fee for a tenancy that renews after 1 January,',
    'we will refund it with your next statement.',
  ),
];
const pNav = ['Home', 'News', 'Lettings', 'Contact'];
const pHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta name="generator" content="Hugo 0.139.3"><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow"><title>${pTitle} | Fenby &amp; Marsh</title>
<meta name="description" content="From 1 January we will no longer charge landlords a fee when a tenancy is renewed.">
<meta name="author" content="Fenby &amp; Marsh">
<link rel="canonical" href="https://www.fenbymarsh.example/news/renewal-fees/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.f49d66caae9ea0fd43f21f29e71a8d3e284517ed770f2aa86fa012953ad3c9ef.css"
rel="preload stylesheet" as="style">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${pTitle}","datePublished":"2026-11-30T09:00:00+00:00",
"author":[{"@type":"Person","name":"Fenby & Marsh"}]}</script>
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript></head>
<body class="" id="top"><script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo">
<a href="https://www.fenbymarsh.example/" accesskey="h" title="Fenby &amp; Marsh (Alt + H)">Fenby &amp; Marsh</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon" xmlns="http://www.w3.org/2000/svg"
width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu">${pNav.map((n) => `<li><a href="/${n.toLowerCase()}/" title="${n}"><span>${n}</span></a></li>`).join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header">
<div class="breadcrumbs"><a href="https://www.fenbymarsh.example/">Home</a>&nbsp;»&nbsp;<a href="https://www.fenbymarsh.example/news/">News</a></div>
<h1 class="post-title entry-hint-parent">${pTitle}</h1>
<div class="post-meta"><span title='2026-11-30 09:00:00 +0000 UTC'>November 30, 2026</span>&nbsp;·&nbsp;1 min&nbsp;·&nbsp;Fenby &amp; Marsh</div></header>
<div class="post-content">${ps(pBody.map((p) => p.replace(/&/g, '&amp;')))}</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="https://www.fenbymarsh.example/tags/fees/">Fees</a></li>
<li><a href="https://www.fenbymarsh.example/tags/landlords/">Landlords</a></li></ul>
<nav class="paginav"><a class="prev" href="https://www.fenbymarsh.example/news/christmas-opening/"><span class="title">« Prev</span><br>
<span>Christmas opening hours</span></a><a class="next" href="https://www.fenbymarsh.example/news/new-office/"><span class="title">Next »</span><br>
<span>Our new office on Bridge Street</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${pTitle} on x" href="https://x.com/intent/tweet/"><svg
viewBox="0 0 512 512" height="30px" width="30px"><path d="M512 62.554"></path></svg></a></li><li><a target="_blank" rel="noopener noreferrer"
aria-label="share ${pTitle} on facebook" href="https://facebook.com/sharer/sharer.php">
<svg viewBox="0 0 512 512"><path d="M449.446 0"></path></svg></a></li></ul>
</footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://www.fenbymarsh.example/">Fenby &amp; Marsh</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout572-hugo-papermod-news',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pBody),
  bylines: ['November 30, 2026', 'Fenby & Marsh'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...pNav, '1 min', 'Fees', 'Landlords', '« Prev', 'Christmas opening hours', 'Next »', 'Our new office on Bridge Street', '© 2026',
    'Powered by Hugo & PaperMod',
  ],
};

const qTitle = 'Agent wants to charge me for a mid-term inspection report, is that normal?';
const qPosts: readonly (readonly [string, string, string[], string])[] = [
  [
    'landlord_keith',
    'Nov 18, 2026',
    [
      j(
        'I have one flat let through a high street agent on their let-only service. They have now written to say they recommend a',
        'mid-term inspection at £95 and will send a report with photos.',
      ),
      'I thought inspections were only included on full management? Is this worth doing, or should I just visit myself?',
    ],
    '',
  ],
  [
    'Sam_Bramble_Lettings',
    'Nov 18, 2026',
    [
      j(
        'On let-only you are right that inspections are not included, so the charge itself is normal. £95 is about the going rate',
        'round here for a written report with photos.',
      ),
      j(
        'You can visit yourself, but you must give the tenant at least 24 hours’ written notice and go at a reasonable time. Take',
        'dated photos and keep a note of anything you agree with the tenant.',
      ),
    ],
    '4 Likes',
  ],
  [
    'margaret.h',
    'Nov 19, 2026',
    [
      j(
        'I do my own on two flats and it works fine, but I am local. The advantage of the agent doing it is that the report is',
        'independent if there is ever a deposit dispute.',
      ),
    ],
    '2 Likes',
  ],
  ['landlord_keith', 'Nov 20, 2026', ['Thanks both. I will go myself this time and book the agent for the check-out. Marking this as solved.'], '1 Like'],
];
const qRelated = ['Check-out fee on a let-only tenancy?', 'How often do you inspect?', 'Tenant refusing access for gas safety check'];
const qPost = ([user, date, paras, likes]: readonly [string, string, string[], string], n: number): string => `<div id="post_${n + 1}"
itemprop="${n === 0 ? 'mainEntity' : 'comment'}" itemscope itemtype="http://schema.org/${n === 0 ? 'DiscussionForumPosting' : 'Comment'}"
class="topic-body crawler-post"><div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel='nofollow' href='https://community.bramblelettings.example/u/${user}'><span itemprop='name'>${user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://community.bramblelettings.example/t/mid-term-inspection/412">
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='2026-11-${18 + Math.min(n, 2)}T10:12:00Z' class='post-time'>${date}</time>
<meta itemprop='position' content='${n + 1}'></span></div><div class='post' itemprop='text'>
${ps(paras)}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${likes === '' ? 0 : likes.charAt(0)}" />
${likes === '' ? '' : `<span class='post-likes'>${likes}</span>`}</div></div>`;
const qHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${qTitle} - Lettings &amp; tenancies - Bramble Landlord Community</title>
<meta name="description" content="I have one flat let through a high street agent on their let-only service.">
<meta name="generator" content="Discourse 3.4.0 - https://github.com/discourse/discourse version 3.4.0">
<link rel="icon" type="image/png" href="https://community.bramblelettings.example/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><link rel="canonical" href="https://community.bramblelettings.example/t/mid-term-inspection/412" />
<link href="/stylesheets/desktop_ee3d9e3b.css?__ws=community.bramblelettings.example" media="all" rel="stylesheet" data-target="desktop"/>
<meta property="og:site_name" content="Bramble Landlord Community" /><meta property="og:type" content="website" />
<script type="application/ld+json">{"@context":"http://schema.org","@type":"QAPage","name":"${qTitle}"}</script></head>
<body class="crawler "><header><a href="/">Bramble Landlord Community</a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title">
<h1><a href="/t/mid-term-inspection/412">${qTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><a href="/c/lettings/6" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg'
style='background-color: #3AB54A'></span><span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Lettings &amp; tenancies</span>
</span></a><meta itemprop="position" content="1" /></span></div>
<div class="topic-list-tags">
${['inspections', 'let-only'].map((t) => `<a href='https://community.bramblelettings.example/tag/${t}' class='discourse-tag'>${t}</a>`).join('\n')}</div>
</div>
${qPosts.map(qPost).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList">
<meta itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending"><table class="topic-list"><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${qRelated
  .map(
    (r, i) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="${i + 1}">
<span class="link-top-line"><a itemprop="url" href="/t/${412 + i + 7}" class="title raw-link raw-topic-link">${r}</a>
</span></td><td></td><td class="replies"><span class="posts" title="posts">${3 + i * 2}</span></td>
<td class="views"><span class="views" title="views">${140 + i * 57}</span>
</td><td>Oct 2026</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/' itemprop="url">Home </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/categories' itemprop="url">Categories </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/guidelines' itemprop="url">Guidelines </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/tos' itemprop="url">Terms of Service </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/privacy' itemprop="url">Privacy Policy </a></span></li></ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout572-discourse-landlord-thread',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts(qPosts.flatMap((p) => p[2])),
  bylines: qPosts.flatMap((p) => [p[0], p[1]]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bramble Landlord Community', 'Lettings & tenancies', 'inspections', 'let-only', '4 Likes', '2 Likes', '1 Like', 'Related topics',
    'Topic', 'Replies', 'Views', 'Activity',
    ...qRelated, '3', '5', '7', '140', '197', '254', 'Oct 2026', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT572_F: readonly TestPage[] = [settle(hugo), settle(discourse)];
