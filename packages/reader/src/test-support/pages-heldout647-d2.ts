import { ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout647-kit.js';

/**
 * Held-out batch 647, file d2: a Discourse forum thread (the crawler view) on an adult beginner's skates, with category badge,
 * tags, like counts and the related topics table.
 */
const fTitle = 'Adult beginner: ankles collapsing after 20 minutes, skates or technique?';
const fPosts: { user: string; date: string; likes: string; paras: string[] }[] = [
  {
    user: 'puckwhisperer_41',
    date: 'January 9, 2026, 7:42pm',
    likes: '2 Likes',
    paras: [
      j(
        'I started skating in October at 41 (learn-to-play program at my local rink) and I am loving it, but after about 20 minutes',
        'my ankles start rolling inwards and my feet ache so much I have to sit down. I bought entry-level skates from a big-box store',
        'and just laced them the way the kid at the counter showed me.',
      ),
      'Is this a skate problem, a lacing problem or just weak ankles that will get stronger? I do not want to spend $400 if it is me.',
    ],
  },
  {
    user: 'coach_marguerite',
    date: 'January 9, 2026, 8:15pm',
    likes: '7 Likes',
    paras: [
      j(
        'Almost always it is a combination. Three things to check before you buy anything: are the skates the right size (your toes',
        'should just brush the toe cap when you stand, and come off it when you bend your knees), are they heat-molded, and how are you lacing?',
      ),
      j(
        'Most beginners lace the bottom eyelets far too tight and the top too loose, which is backwards. Snug at the toes, firm',
        'through the middle, and the top two eyelets tight enough that you can still bend forward. Skip the top eyelet if it stops you bending.',
      ),
      'And bend your knees. Standing straight-legged puts all your weight on the inside of the blade, which is exactly the collapse you describe.',
    ],
  },
  {
    user: 'ferrous_rink_rat',
    date: 'January 10, 2026, 9:03am',
    likes: '3 Likes',
    paras: [
      j(
        'Agree with the above. I had the same problem and it turned out my skates were a full size too big. A proper fitting at a',
        'hockey shop fixed 80 percent of it. The other 20 percent went away after about two months of skating twice a week.',
      ),
    ],
  },
  {
    user: 'puckwhisperer_41',
    date: 'January 14, 2026, 10:27pm',
    likes: '4 Likes',
    paras: [
      j(
        'Update for anyone who finds this later: went to a skate shop, the fitter said I was in a 9 when I should be in an 8 and a',
        'wider fit. Heat-molded the new pair, relaced them the way the coach described above, and skated 50 minutes tonight without',
        'sitting down once. Thank you all!',
      ),
    ],
  },
];
const fRelated = [
  ['Best drills for crossovers as an adult?', 'Skills', '14', '612', 'Dec 2025'],
  ['How long do skates take to break in?', 'Gear', '9', '1.1k', 'Nov 2025'],
  ['Stick length for beginners', 'Gear', '22', '2.4k', 'Oct 2025'],
];
const fFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const fPost = (
  p: (typeof fPosts)[number],
  i: number,
): string => `<div itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post"
id="post_${i + 1}"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="https://forum.rinkside.community/u/${p.user}"><span itemprop="name">${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.rinkside.community/t/adult-beginner-ankles-collapsing/8841"><span class="crawler-post-infos">
<time itemprop="datePublished" datetime="2026-01-09T19:42:00Z" class="post-time">${p.date}</time><meta itemprop="position" content="${i + 1}"></span></div>
<div class="post" itemprop="text">${ps(p.paras)}</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0]}">
<span class="post-likes">${p.likes}</span></div></div>`;
const fRow = ([
  t,
  c,
  r,
  v,
  a,
]: string[]): string => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<meta itemprop="position" content="1"><span class="link-top-line"><a itemprop="url" href="/t/${(t ?? '').toLowerCase().replace(/[^a-z]+/g, '-')}"
class="title raw-link raw-topic-link">
${t}</a></span><div class="link-bottom-line"><a href="/c/${(c ?? '').toLowerCase()}/4" class="badge-wrapper bullet"><span class="badge-category-bg"
style="background-color: #3AB54A"></span>
<span class="badge-category clear-badge"><span class="category-name">${c}</span></span></a></div></td><td class="replies"><span class="posts"
title="posts">${r}</span></td>
<td class="views"><span class="views" title="views">${v}</span></td><td>${a}</td></tr>`;
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Gear - Rinkside Community</title>
<meta name="description" content="I started skating in October at 41 (learn-to-play program at my local rink) and I am loving it"><meta name="generator"
content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="icon" type="image/png" href="https://forum.rinkside.community/uploads/default/optimized/1X/favicon_32x32.png"><meta name="theme-color"
media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="https://forum.rinkside.community/t/adult-beginner-ankles-collapsing/8841"><link rel="search"
type="application/opensearchdescription+xml"
href="https://forum.rinkside.community/opensearch.xml" title="Rinkside Community Search"><link href="/stylesheets/color_definitions_light_2_3.css"
media="all" rel="stylesheet">
<link href="/stylesheets/desktop_theme_4_1a2b.css" media="all" rel="stylesheet" data-target="desktop_theme" data-theme-id="4" data-theme-name="rinkside">
<meta property="og:site_name" content="Rinkside Community"><meta property="og:type" content="website"><meta property="og:title" content="${fTitle}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.rinkside.community",
"name":"Rinkside Community"}</script></head>
<body class="crawler browser-update"><header class="d-header"><div class="wrap"><div class="contents"><div class="home-logo-wrapper-outlet"></div>
<a href="/"><img src="https://forum.rinkside.community/uploads/default/original/1X/logo.png" alt="Rinkside Community" id="site-logo"
style="max-width: 150px;"></a>
</div></div></header><div id="main-outlet" class="wrap"
role="main"><div id="topic-title"><h1><a href="/t/adult-beginner-ankles-collapsing/8841">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement"
itemscope itemtype="http://schema.org/ListItem">
<a href="/c/gear/4" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #3AB54A"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Gear</span></span></a><meta itemprop="position" content="1"></span></div>
<div class="topic-list-tags"><a href="https://forum.rinkside.community/tag/adult-hockey" class="discourse-tag">adult-hockey</a>
<a href="https://forum.rinkside.community/tag/skates" class="discourse-tag">skates</a></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${fTitle}"><link itemprop="url"
href="https://forum.rinkside.community/t/adult-beginner-ankles-collapsing/8841">
<meta itemprop="datePublished" content="2026-01-09T19:42:00Z"><meta itemprop="articleSection" content="Gear"><meta itemprop="keywords"
content="adult-hockey, skates">
${fPosts.map(fPost).join('\n')}</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><meta itemprop="itemListOrder"
content="http://schema.org/ItemListOrderDescending">
<table class="topic-list"><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead>
<tbody>${fRelated.map(fRow).join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>
${fFoot
  .map(
    (f) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a href="/${f.toLowerCase().replace(/ /g, '-')}"
itemprop="url">${f} </a></span></li>`,
  )
  .join('\n')}
</ul></nav></footer><div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout647-discourse-ankles-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap((p) => p.paras),
  bylines: [...new Set(fPosts.map((p) => p.user)), ...fPosts.map((p) => p.date), ...fRelated.map((r) => r[4] ?? '')],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Gear', 'adult-hockey', ...new Set(fPosts.map((p) => p.likes)), 'Related topics', 'Skills',
    ...fRelated.flatMap(([t, , r, v]) => [t ?? '', r ?? '', v ?? '']).filter((t) => t !== '9'), ...fFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT647_D2: readonly TestPage[] = [discourse];
