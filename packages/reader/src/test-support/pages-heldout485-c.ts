import { type TestPage, texts } from './page-kit.js';
import { finish, j } from './pages-heldout485-kit.js';

/** Held-out batch 485, file c: a members' notice thread on a wind band's Discourse forum (crawler view) with three replies. */
const dTitle = 'Change of rehearsal venue from 4 February';
const dPosts: { user: string; time: string; paras: string[]; likes: string }[] = [
  {
    user: 'helen_secretary',
    time: 'January 14, 2027,  7:41pm',
    paras: [
      j(
        'Dear all, the Drill Hall is closing for repairs to its roof, so from Thursday 4 February we will rehearse at Kingsmead',
        'Primary School, Elm Road. The school hall is on the ground floor and has step-free access from the car park.',
      ),
      j(
        'Rehearsal times stay the same, 7.30pm to 9.30pm. The school asks us to leave the car park by 10pm, so please help',
        'stack the chairs straight after the last piece.',
      ),
      'Percussion: the big instruments will be moved by van on the Wednesday. Please do not bring your own timps.',
      'Helen (band secretary)',
    ],
    likes: '6 Likes',
  },
  {
    user: 'tomcornet',
    time: 'January 14, 2027,  8:05pm',
    paras: ['Thanks Helen. Is there anywhere to lock cases away, or do we take everything home each week?'],
    likes: '',
  },
  {
    user: 'helen_secretary',
    time: 'January 14, 2027,  8:30pm',
    paras: [
      j(
        'Good question. The school has given us a store cupboard next to the hall for the music stands and the band library.',
        'Personal instruments will have to go home, I&#39;m afraid.',
      ),
    ],
    likes: '2 Likes',
  },
  {
    user: 'priya_clarinet',
    time: 'January 15, 2027,  9:12am',
    paras: ['Is the bus still running past Elm Road in the evenings? The 14 used to stop outside the school gate.'],
    likes: '1 Like',
  },
];
const dRelated = ['Summer concert music list', 'Lost: black music folder', 'Subs for 2027'];
const post = (p: (typeof dPosts)[number], n: number): string => `<div id="post_${n}" itemprop="${n === 1 ? 'mainEntity' : 'comment'}" itemscope
itemtype="http://schema.org/${n === 1 ? 'DiscussionForumPosting' : 'Comment'}" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow"
href="https://forum.kingsmeadwinds.org.uk/u/${p.user}"><span itemprop="name">${p.user}</span></a></span>
${n === 1 ? `<link itemprop="mainEntityOfPage" href="https://forum.kingsmeadwinds.org.uk/t/change-of-rehearsal-venue-from-4-february/212">` : ''}
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2027-01-14T19:41:00Z" class="post-time">${p.time}</time>
<meta itemprop="dateModified" content="2027-01-14T19:41:00Z"><span itemprop="position">${n}</span></span></div>
<div class="post" itemprop="text">${p.paras.map((t) => `<p>${t}</p>`).join('\n')}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${p.likes.replace(/\D/g, '') || 0}">${
  p.likes === '' ? '' : `<span class='post-likes'>${p.likes}</span>`
}</div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Members&#39; notices - Kingsmead Wind Band</title><meta name="description" content="Dear all, the Drill Hall is closing for repairs">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0">
<link rel="canonical" href="https://forum.kingsmeadwinds.org.uk/t/change-of-rehearsal-venue-from-4-february/212">
<link href="/stylesheets/color_definitions_light_2_3_a8f1.css?__ws=forum.kingsmeadwinds.org.uk" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_9a7c.css?__ws=forum.kingsmeadwinds.org.uk" media="all" rel="stylesheet" data-target="desktop">
<script defer src="/assets/start-discourse-4c1e.js"></script><meta property="og:site_name" content="Kingsmead Wind Band">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite",
"url":"https://forum.kingsmeadwinds.org.uk","name":"Kingsmead Wind Band"}</script>
<meta name="discourse/config/environment" content="production"></head>
<body class="crawler "><header><a href="/">
<img src="/uploads/default/original/1X/kwb-logo.png" alt="Kingsmead Wind Band" id="site-logo" style="max-width: 150px;">
</a></header><div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1>
<a href="/t/change-of-rehearsal-venue-from-4-february/212">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/members-notices/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Members&#39; notices</span></span></a>
<meta itemprop="position" content="1"></span>
</div></div>
${dPosts.map((p, i) => post(p, i + 1)).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList">
<meta itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending"><table class="topic-list"><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    (r, i) => `<tr class="topic-list-item" id="topic-list-item-${300 + i}"><td class="main-link" itemprop='itemListElement' itemscope
itemtype='http://schema.org/ListItem'><meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url'
href='/t/${r.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/${300 + i}' class='title raw-link raw-topic-link'>${r}</a></span><div class="link-bottom-line">
<a href='/c/members-notices/5' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'>
<span class='category-name'>Members&#39; notices</span></span></a></div></td><td class="replies"><span class='posts' title='posts'>${i + 2}</span></td>
<td class="views"><span class='views' title='views'>${40 + i * 7}</span></td><td>${['Nov 2026', 'Dec 2026', 'Jan 3'][i]}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/' itemprop="url">Home </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/categories' itemprop="url">
Categories </a></span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'>
<a href='/guidelines' itemprop="url">Guidelines </a>
</span></li><li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/tos' itemprop="url">Terms of Service </a>
</span></li>
<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/privacy' itemprop="url">Privacy Policy </a></span></li>
</ul></nav>
<p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
<div class="buttons"><a href="/login" class="btn btn-primary">Log In</a></div></body></html>`;
const discourse: TestPage = finish({
  name: 'heldout485-discourse-notice',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => p.paras)),
  bylines: [...dPosts.map((p) => p.user), ...dPosts.map((p) => p.time.replace(/\s+/g, ' '))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kingsmead Wind Band', "Members' notices", '1', '6 Likes', '2 Likes', '1 Like', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...dRelated,
    '2', '3', '4', '40', '47', '54', 'Nov 2026', 'Dec 2026', 'Jan 3', 'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled', 'Log In',
  ],
});

export const HELDOUT485_C: readonly TestPage[] = [discourse];
