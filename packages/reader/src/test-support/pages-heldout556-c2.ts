import { ps, type TestPage, texts } from './page-kit.js';
import { j, tidy } from './pages-heldout556-kit.js';

/**
 * Held-out batch 556, file c2: a Discourse topic on a locks and keys forum in the crawler (no-JavaScript) view, with tags,
 * like counts and related topics.
 */
const dTitle = 'Rekeying a euro cylinder myself – worth it or just buy new?';
const dPosts: { user: string; time: string; likes: string; paras: string[] }[] = [
  {
    user: 'mossgrove_dave',
    time: 'January 12, 2026, 7:04pm',
    likes: '2 Likes',
    paras: [
      j(
        'Bought a house in December and the previous owners could have handed keys to anyone. Front and back doors are uPVC with',
        'matching 40/40 cylinders, no brand name on them that I can see.',
      ),
      j(
        'I have seen pinning kits for about £25 and I like the idea of learning how they work. Is rekeying these realistic for a',
        'beginner, or am I better just buying two new keyed-alike cylinders?',
      ),
    ],
  },
  {
    user: 'TessPinsAndPlugs',
    time: 'January 12, 2026, 8:31pm',
    likes: '5 Likes',
    paras: [
      j(
        'Honestly, buy new. Unbranded cylinders like those are almost certainly not anti-snap, so even if you rekey them perfectly',
        'you are left with a lock that can be broken in seconds. A pair of keyed-alike 3 star cylinders is £70 to £90.',
      ),
      'If you want to learn pinning, buy a cheap practice lock and play with that. Much less stressful than your own front door.',
    ],
  },
  {
    user: 'mossgrove_dave',
    time: 'January 13, 2026, 9:12am',
    likes: '1 Like',
    paras: ['Fair point on the anti-snap. How do I know the size to order if they are both 40/40?'],
  },
  {
    user: 'Kenji_R',
    time: 'January 13, 2026, 10:47am',
    likes: '3 Likes',
    paras: [
      j(
        'Measure, do not trust the old one. Take the retaining screw out, turn the key about 10 degrees and pull. Measure from the',
        'middle of the screw hole to each face. If the new one sticks out more than 3 mm past the handle, go a size down on that side.',
      ),
      j(
        'And keep the key card that comes with the new pair somewhere that is not your key drawer. Copies need it and that is half',
        'the point of paying for them.',
      ),
    ],
  },
];
const dTags = ['euro-cylinder', 'upvc', 'rekeying'];
const dRelated = [
  ['Which anti-snap cylinder for a composite door?', 'Locks & Keys', '7', '412', 'Dec 2025'],
  ['First pinning kit recommendations', 'Locksport', '12', '1.1k', 'Nov 2025'],
];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const esc = (t: string): string => t.replace(/&/g, '&amp;');
const dPost = (p: (typeof dPosts)[number], i: number): string => `<div id='post_${i + 1}' itemprop='${i === 0 ? 'mainEntity' : 'comment'}'
itemscope itemtype='http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}' class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel='nofollow' href='https://forum.keyway.example/u/${p.user}'><span itemprop='name'>${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.keyway.example/t/rekeying-a-euro-cylinder-myself/4127"><span class="crawler-post-infos">
<time itemprop='datePublished' datetime='2026-01-12T19:04:11Z' class='post-time'>${p.time}</time>
<meta itemprop='dateModified' content='2026-01-12T19:04:11Z'><span itemprop='position'>${i + 1}</span></span></div>
<div class='post' itemprop='text'>${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0]}" /><span
class='post-likes'>${p.likes}</span></div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Locks &amp; Keys - Keyway Forum</title>
<meta name="description" content="Bought a house in December and the previous owners could have handed keys to anyone.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1">
<link rel="icon" type="image/png" href="https://forum.keyway.example/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="viewport"
content="width=device-width, initial-scale=1.0, minimum-scale=1.0, viewport-fit=cover">
<link rel="canonical" href="https://forum.keyway.example/t/rekeying-a-euro-cylinder-myself/4127">
<link href="/stylesheets/color_definitions_light_2_3_5e2f.css?__ws=forum.keyway.example" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_5e2f.css?__ws=forum.keyway.example" media="all" rel="stylesheet" data-target="desktop"/>
<meta property="og:site_name" content="Keyway Forum"><meta property="og:type" content="website"><meta property="og:title" content="${dTitle}">
<meta property="article:section" content="Locks &amp; Keys"><meta property="article:tag" content="euro-cylinder">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.keyway.example","potentialAction":
{"@type":"SearchAction","target":"https://forum.keyway.example/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script>
</head><body class="crawler ">
<header><a href="/"><img src="https://forum.keyway.example/uploads/default/original/1X/keyway-logo.png" alt="Keyway Forum" id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/rekeying-a-euro-cylinder-myself/4127">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/locks-and-keys/6" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Locks &amp; Keys</span></span></a><meta itemprop="position" content="1"
/></span></div>
<div class="topic-list-tags">${dTags.map((t) => `<a href='/tag/${t}' class='discourse-tag' rel="tag">${t}</a>`).join('\n')}</div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'>
<meta itemprop='articleSection' content='Locks &amp; Keys'><meta itemprop='keywords' content='euro-cylinder, upvc, rekeying'>
${dPosts.map(dPost).join('\n')}</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope
itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>${dRelated
  .map(
    ([t, c, r, v, a], i) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='/t/r${i}' class='title raw-link raw-topic-link'>${t}</a></span>
<div class="link-bottom-line"><a href='/c/${i}' class='badge-wrapper bullet'><span class='badge-category clear-badge'><span
class='category-name'>${esc(c ?? '')}</span>
</span></a></div></td><td class="replies"><span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td>
<td>${a}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${dFoot
  .map(
    (t) =>
      `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${t.toLowerCase()}'
itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<div class="buttons"><a href="/login" class="btn btn-primary">Log In</a></div>
<footer class="container wrap"><div class="footer-links"><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>,
best viewed with JavaScript enabled</p></div></footer></body></html>`;
const keyway: TestPage = tidy({
  name: 'heldout556-discourse-rekeying-forum',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => texts(p.paras)),
  bylines: dPosts.flatMap((p) => [p.user, p.time]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Locks & Keys', ...dTags, ...dPosts.map((p) => p.likes), ...dPosts.map((_, i) => String(i + 1)),
    'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...dRelated.flat(), ...dFoot,
    'Log In', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

export const HELDOUT556_C2: readonly TestPage[] = [keyway];
