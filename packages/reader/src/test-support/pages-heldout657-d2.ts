import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout657-kit.js';

/** Held-out batch 657, file d2: a Discourse topic (the crawler view served without JavaScript) about a wool rug that shrank after a hire-machine clean. */
const qTitle = 'Wool rug shrank and went wavy after a rental machine clean – can it be saved?';
type Post = { who: string; when: string; iso: string; paras: string[]; likes: string };
const qPosts: Post[] = [
  {
    who: 'ellie_brackwater',
    when: 'March 3, 2027, 9:14pm',
    iso: '2027-03-03T21:14:08Z',
    likes: '',
    paras: [
      j(
        'I hired one of those supermarket carpet machines at the weekend and did our 2 × 3 m wool rug in the living room. It looked',
        "great while it was wet, but now it's dry the edges have pulled in by about 5 cm on the long sides and the middle has gone into",
        "ripples that won't lie flat.",
      ),
      j(
        "I used the solution that came with the machine and probably went over it more times than I should have. It's a hand-knotted",
        "rug, not expensive but we're fond of it. Is there anything I can do, or is it ruined?",
      ),
    ],
  },
  {
    who: 'tufted_tom',
    when: 'March 3, 2027, 10:02pm',
    iso: '2027-03-03T22:02:51Z',
    likes: '2 Likes',
    paras: [
      j(
        "Sorry to hear it. Wool shrinks when it's overwetted and dried slowly, and the cotton foundation on most hand-knotted rugs",
        "shrinks even more than the pile, which is why you get the ripples. It's often recoverable, but it's not really a DIY job.",
      ),
      j(
        'A rug specialist can re-wet it and stretch it back on a frame, then let it dry under tension. Expect to pay somewhere between',
        "£80 and £150 for that size. Don't try to pull it straight yourself – you can split the foundation.",
      ),
    ],
  },
  {
    who: 'ellie_brackwater',
    when: 'March 4, 2027, 7:30am',
    iso: '2027-03-04T07:30:12Z',
    likes: '',
    paras: ["Thanks, that's reassuring. Should I leave it rolled up or flat until I find someone?"],
  },
  {
    who: 'Marisol_K',
    when: 'March 4, 2027, 8:45am',
    iso: '2027-03-04T08:45:40Z',
    likes: '3 Likes',
    paras: [
      j(
        'Flat, somewhere with good air flow, and keep pets off it. If it still smells damp underneath, lift one end onto a chair so air',
        "can get to the back. Rolling it while there's any moisture in the foundation is asking for mildew.",
      ),
      j(
        "Also worth checking the fringe – if it's gone yellow or brown that's cellulose browning from the wet cotton, and a specialist",
        'can treat that at the same time as the stretch.',
      ),
    ],
  },
  {
    who: 'ellie_brackwater',
    when: 'March 11, 2027, 6:12pm',
    iso: '2027-03-11T18:12:03Z',
    likes: '1 Like',
    paras: [
      j(
        'Update for anyone who finds this later: took it to a rug restorer in Caddon Bridge. They stretched it on a frame for three',
        "days and it's back within 1 cm of the original size, ripples gone. £110 in the end. Lesson learned – no more hire machines on",
        'the good rug.',
      ),
    ],
  },
];
const qRelated = [
  ['Brown marks appearing after carpet dried – help', '6', '412', 'Jan 2027'],
  ['Best way to get candle wax out of a shaggy rug?', '9', '1.1k', 'Nov 2026'],
  ['Are the hire machines worth it for a whole house?', '14', '2.3k', 'Feb 2027'],
];
const qFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const qComment = 'itemscope itemtype="http://schema.org/Comment" ';
const qPostHtml = (
  p: Post,
  i: number,
): string => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'articleBody' : 'comment'}" ${i === 0 ? '' : qComment}class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" rel="nofollow"
href="https://forum.floorfolk.net/u/${p.who}"><span itemprop="name">${p.who}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.floorfolk.net/t/wool-rug-shrank-and-went-wavy-after-a-rental-machine-clean/4821">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="${p.iso}" class="post-time">${p.when.replace(', 2027, ', ', 2027,  ')}</time>
<meta itemprop="dateModified" content="${p.iso}"><span itemprop="position">${i + 1}</span></span></div>
<div class="post" itemprop="text">
${p.paras.map((t) => `<p>${t}</p>`).join('\n')}
</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${p.likes === '' ? 0 : p.likes.charAt(0)}">
${p.likes === '' ? '' : `<span class="post-likes">${p.likes}</span>`}</div></div>`;
const qRelHtml = qRelated
  .map(
    ([t, r, v, a], i) => `<tr class="topic-list-item" id="topic-list-item-${4700 + i * 37}"><td class="main-link" itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><meta itemprop="position" content="${i + 1}"><span class="link-top-line"><a itemprop="url" href="/t/${4700 + i * 37}"
class="title raw-link raw-topic-link">${t}</a></span><div class="link-bottom-line"><a href="/c/rugs-carpets/7" class="badge-wrapper bullet"><span
class="badge-category-bg" style="background-color: #0E76BD"></span><span class="badge-category clear-badge"><span class="category-name">Rugs &amp;
Carpets</span></span></a></div></td><td class="replies"><span class="posts" title="posts">${r}</span></td><td class="views"><span class="views"
title="views">${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n');
const qHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta
charset="utf-8"><title>${qTitle} - Rugs &amp; Carpets - FloorFolk</title>
<meta name="description" content="I hired one of those supermarket carpet machines at the weekend and did our 2 × 3 m wool rug in the living room.">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 3.3.2"><link rel="icon" type="image/png"
href="/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="color-scheme" content="light">
<link rel="canonical" href="https://forum.floorfolk.net/t/wool-rug-shrank-and-went-wavy-after-a-rental-machine-clean/4821">
<link href="/stylesheets/desktop_5a1f0e2c.css?__ws=forum.floorfolk.net" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="FloorFolk"><meta property="og:type" content="website"><meta property="og:title" content="${qTitle}">
<meta property="article:published_time" content="2027-03-03T21:14:08+00:00"><meta property="article:section" content="Rugs &amp; Carpets">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${qTitle}","author":{"@type":"Person",
"name":"ellie_brackwater"},"datePublished":"2027-03-03T21:14:08Z","interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":4}}</script>
</head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-row"><div class="title"><a href="/"><img
src="/uploads/default/original/1X/floorfolk-logo.png" alt="FloorFolk" id="site-logo" style="max-width: 150px;"></a></div></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a
href="/t/wool-rug-shrank-and-went-wavy-after-a-rental-machine-clean/4821">${qTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem"><a href="/c/rugs-carpets/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg"
style="background-color: #0E76BD"></span><span class="badge-category clear-badge"><span class="category-name"
itemprop="name">Rugs &amp; Carpets</span></span></a>
<meta itemprop="position" content="1"></span></div><div class="topic-category"><div class="discourse-tags list-tags"><a href="/tag/diy-cleaning"
class="discourse-tag" rel="tag">diy-cleaning</a>, <a href="/tag/help-needed" class="discourse-tag" rel="tag">help-needed</a></div></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${qTitle}"><link itemprop="url"
href="https://forum.floorfolk.net/t/wool-rug-shrank-and-went-wavy-after-a-rental-machine-clean/4821"><meta itemprop="datePublished"
content="2027-03-03T21:14:08Z">
<meta itemprop="articleSection" content="Rugs &amp; Carpets"><meta itemprop="keywords" content="diy-cleaning, help-needed">
${qPosts.map(qPostHtml).join('\n')}
</div>
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><meta
itemprop="itemListOrder" content="http://schema.org/ItemListOrderDescending"><table class="topic-list"><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${qRelHtml}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${qFoot
  .map(
    (t) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span
itemprop="name"><a href="/${t === 'Home' ? '' : t.toLowerCase().replace(/ /g, '-')}" itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer>
<footer class="container wrap"><p class="powered-by-link">Powered by <a
href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout657-discourse-wool-rug-shrank',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts(qPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(qPosts.map((p) => p.who)), ...qPosts.map((p) => p.when)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Rugs & Carpets', 'diy-cleaning', 'help-needed', ...qPosts.map((p) => p.likes).filter((t) => t !== ''), 'Related topics', 'Topic', 'Replies',
    'Views', 'Activity', ...qRelated.map((r) => r[0] ?? ''), ...new Set(qRelated.map((r) => r[3] ?? '')), ...qFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT657_D2: readonly TestPage[] = [discourse];
