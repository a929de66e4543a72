import { links, type TestPage } from './page-kit.js';
import { j } from './pages-heldout591-kit.js';

/**
 * Held-out batch 591, file e: a Discourse forum thread about a language school's placement test (the server-rendered
 * crawler view); the MediaWiki page is in file e2.
 */
const tTitle = 'Haldane Institute placement test: how hard is the speaking part?';
const tPosts: { u: string; d: string; ps: string[]; likes?: string }[] = [
  {
    u: 'noor_k',
    d: 'March 3, 2027,  9:14am',
    ps: [
      j(
        'I have my placement test for the Italian evening course at the Haldane Institute next Tuesday. The online part was fine, but now',
        'they want a 10-minute speaking interview on video and I am panicking a bit.',
      ),
      'Has anyone done it? What do they ask, and does it matter if I freeze?',
    ],
  },
  {
    u: 'marcello.b',
    d: 'March 3, 2027, 10:02am',
    ps: [
      j(
        'I did it last autumn. It is really relaxed: the teacher asked where I live, what I do for work and why I want to learn Italian, then',
        'we talked about holidays for a few minutes. She switched to English once to check I had understood a question.',
      ),
      'They are not marking you, they are only deciding which group to put you in. Freezing for a second is normal.',
    ],
    likes: '4 Likes',
  },
  {
    u: 'Ilse_W',
    d: 'March 3, 2027, 12:47pm',
    ps: [
      j(
        'Same experience here, but for German. One tip: if the interview goes badly and you end up in a level that feels too easy, you can',
        'ask to move up in the first two weeks. I did, and nobody minded.',
      ),
    ],
    likes: '2 Likes',
  },
  {
    u: 'noor_k',
    d: 'March 9, 2027,  7:31pm',
    ps: ['Update: done, and it was exactly as you said. I am in the B1 Tuesday group. Thanks everyone!'],
    likes: '3 Likes',
  },
];
const tCats = ['Schools and courses', 'italian', 'placement-tests'];
const tFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const tPost = (
  p: (typeof tPosts)[number],
  i: number,
): string => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope itemtype="http://schema.org/${
  i === 0 ? 'DiscussionForumPosting' : 'Comment'
}" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel="nofollow" href="https://forum.lingoloft.org/u/${p.u}"><span itemprop="name">${p.u}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.lingoloft.org/t/haldane-institute-placement-test-how-hard-is-the-speaking-part/8841">
<span class="crawler-post-infos"><time datetime="2027-03-0${i === 3 ? 9 : 3}T09:14:00Z" class="post-time">${p.d}</time>
<meta itemprop="position" content="${i + 1}"></span></div>
<div class="post" itemprop="text">${p.ps.map((t) => `<p>${t}</p>`).join('\n')}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${p.likes === undefined ? 0 : p.likes.slice(0, 1)}">${
  p.likes === undefined
    ? ''
    : `<span
class="post-likes">${p.likes}</span>`
}</div></div>`;
const tHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon no-touch discourse-no-touch"><head><meta charset="utf-8">
<title>${tTitle} - Schools and courses - Lingoloft Community</title>
<meta name="description" content="I have my placement test for the Italian evening course at the Haldane Institute next Tuesday.">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 4a1e2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c">
<link rel="icon" type="image/png" href="https://forum.lingoloft.org/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="https://forum.lingoloft.org/t/haldane-institute-placement-test-how-hard-is-the-speaking-part/8841">
<link href="/stylesheets/desktop_e2c4a1f9b0.css?__ws=forum.lingoloft.org" media="all" rel="stylesheet" data-target="desktop">
<meta property="og:site_name" content="Lingoloft Community"><meta property="og:type" content="website">
<meta property="article:published_time" content="2027-03-03T09:14:22+00:00">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.lingoloft.org",
"potentialAction":{"@type":"SearchAction","target":"https://forum.lingoloft.org/search?q={search_term_string}",
"query-input":"required name=search_term_string"}}</script></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header"><a href="/">
<img src="https://forum.lingoloft.org/uploads/default/original/1X/lingoloft-logo.png" alt="Lingoloft Community" id="site-logo" style="max-width: 150px;"></a>
</div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1>
<a href="/t/haldane-institute-placement-test-how-hard-is-the-speaking-part/8841">${tTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/schools-and-courses/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">${tCats[0]}</span></span></a>
<meta itemprop="position" content="1"></span></div><div class="topic-list-tags">
<a href="https://forum.lingoloft.org/tag/italian" class="discourse-tag" rel="tag">${tCats[1]}</a>
<a href="https://forum.lingoloft.org/tag/placement-tests" class="discourse-tag" rel="tag">${tCats[2]}</a></div></div>
${tPosts.map(tPost).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead>
<tbody><tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="1"><span class="link-top-line">
<a itemprop="url" href="/t/evening-courses-in-kellbach-worth-it/8612" class="title raw-link raw-topic-link">Evening courses in Kellbach: worth it?</a></span>
</td>
<td class="replies"><span class="posts" title="posts">11</span></td><td class="views"><span class="views" title="views">402</span></td><td>Feb 2027</td></tr>
<tr class="topic-list-item"><td class="main-link"><span class="link-top-line">
<a itemprop="url" href="/t/moving-up-a-level-mid-term/8301" class="title raw-link raw-topic-link">Moving up a level mid-term</a></span></td>
<td class="replies"><span class="posts" title="posts">6</span></td><td class="views"><span class="views" title="views">188</span></td><td>Jan 2027</td></tr>
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${links(tFoot)}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
<div class="buttons"><a href="/login" class="btn btn-primary">Log In</a></div></body></html>`;
const lingoloft: TestPage = {
  name: 'heldout591-lingoloft-discourse-thread',
  kind: 'forum',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: tPosts.flatMap((p) => p.ps),
  bylines: ['noor_k', 'marcello.b', 'Ilse_W', ...tPosts.map((p) => p.d.replace(/\s+/g, ' '))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tCats, '4 Likes', '2 Likes', '3 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', 'Evening courses in Kellbach: worth it?', '11',
'402', 'Feb 2027',
    'Moving up a level mid-term', '6', '188', 'Jan 2027', ...tFoot, 'Powered by Discourse, best viewed with JavaScript enabled', 'Log In',
  ],
};

export const HELDOUT591_E: readonly TestPage[] = [lingoloft];
