import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout478-kit.js';

/**
 * Held-out batch 478, file d2: a Discourse thread (the server-rendered crawler view) on a liturgy forum, with the category
 * badge, tags, like counts, a related-topics table and the crawler footer.
 */
const fTitle = 'Reading the Passion on Palm Sunday with a small congregation — how do you divide the parts?';
interface Post {
  user: string;
  name: string;
  time: string;
  iso: string;
  likes: number;
  paras: string[];
}
const fPosts: Post[] = [
  {
    user: 'marta_k',
    name: 'Marta Kowalczyk',
    time: 'March 2, 2027, 2:14pm',
    iso: '2027-03-02T14:14:08Z',
    likes: 3,
    paras: [
      j(
        'We are a congregation of about forty on a good Sunday, and only six or seven who are comfortable reading aloud. Every year',
        'the dramatic reading of the Passion turns into the same three people doing everything. How do other small churches divide it?',
      ),
      'We use the RCL Year A text (Matthew 26:14–27:66), which is very long.',
    ],
  },
  {
    user: 'revjbarnes',
    name: 'Jonah Barnes',
    time: 'March 2, 2027, 3:40pm',
    iso: '2027-03-02T15:40:51Z',
    likes: 7,
    paras: [
      j(
        'We stopped assigning individual crowd lines years ago. The narrator, Jesus and Pilate are read by three readers at the lectern,',
        'and every other voice, disciples and crowd alike, is printed in bold in the leaflet for the whole congregation.',
      ),
      j(
        'It means the congregation says "Crucify him" together, which is uncomfortable, and that is rather the point. Nobody has to',
        'rehearse, and the three readers only need one run-through on Saturday.',
      ),
    ],
  },
  {
    user: 'eliasp',
    name: 'Elias Pereira',
    time: 'March 3, 2027, 9:02am',
    iso: '2027-03-03T09:02:33Z',
    likes: 2,
    paras: [
      j(
        'Seconding Jonah. One more thing that helped us: we use the shorter form (27:11–54) every other year, so the children can',
        'actually follow it, and we read the long form with the youth group on the Wednesday of Holy Week instead.',
      ),
    ],
  },
  {
    user: 'marta_k',
    name: 'Marta Kowalczyk',
    time: 'March 4, 2027, 6:25pm',
    iso: '2027-03-04T18:25:10Z',
    likes: 1,
    paras: ['Thank you both. We will try the bold-print approach this year and I will report back after Easter.'],
  },
];
const fPostHtml = (
  p: Post,
  i: number,
): string => `<div id="post_${i + 1}" itemscope itemtype="http://schema.org/DiscussionForumPosting" class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url"
href="https://forum.commonprayer.net/u/${p.user}"><span itemprop="name">${p.user}</span></a>
(${p.name})</span><link itemprop="mainEntityOfPage" href="https://forum.commonprayer.net/t/reading-the-passion-on-palm-sunday/4821">
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="${p.iso}" class="post-time">${p.time}</time><meta itemprop="dateModified"
content="${p.iso}">
<span itemprop="position">#${i + 1}</span></span></div>
<div class="post" itemprop="text">
${p.paras.map((t) => `<p>${t}</p>`).join('\n')}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${p.likes}"><span class="post-likes">${p.likes} ${p.likes === 1 ? 'Like' : 'Likes'}</span></div></div>`;
const fRelated = [
  'Stripping the altar on Maundy Thursday: who does it at your church?',
  'Printable Holy Week leaflets for small parishes',
  'Tenebrae without a choir',
];
const fFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle} - Liturgy &amp; Worship - Common Prayer Forum</title>
<meta name="description" content="We are a congregation of about forty on a good Sunday, and only six or seven who are comfortable reading aloud.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 3.2.1"><link rel="icon" type="image/png"
href="https://forum.commonprayer.net/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><link rel="canonical" href="https://forum.commonprayer.net/t/reading-the-passion-on-palm-sunday/4821">
<link href="/stylesheets/color_definitions_light_1_1_3f5e.css?__ws=forum.commonprayer.net" media="all" rel="stylesheet">
<meta property="og:site_name" content="Common Prayer Forum"><meta property="og:type" content="website"><meta property="article:section"
content="Liturgy &amp; Worship">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.commonprayer.net",
"potentialAction":{"@type":"SearchAction",
"target":"https://forum.commonprayer.net/search?q={search_term_string}","query-input":"required name=search_term_string"}}</script></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="header-buttons"></div><div class="title">
<a href="https://forum.commonprayer.net/"><img src="https://forum.commonprayer.net/uploads/default/original/1X/logo.png" alt="Common Prayer Forum"
id="site-logo"></a>
</div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/reading-the-passion-on-palm-sunday/4821">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/liturgy/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #8C6238"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Liturgy &amp; Worship</span></span></a><meta itemprop="position"
content="1"></span></div>
<div class="topic-list-tags"><a href="https://forum.commonprayer.net/tag/holy-week" class="discourse-tag">holy-week</a>
<a href="https://forum.commonprayer.net/tag/small-church" class="discourse-tag">small-church</a></div></div>
${fPosts.map(fPostHtml).join('\n')}
<div id="related-topics" class="more-topics__list" role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Topic</th><th></th><th
class="replies">Replies</th>
<th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRelated
  .map(
    (t, i) => `<tr class="topic-list-item"><td class="main-link" itemprop="itemListElement"><a href="/t/${4700 + i}"
class="title raw-link raw-topic-link" itemprop="url">${t}</a></td><td></td><td class="replies"><span class="posts">${5 + i * 3}</span></td><td
class="views"><span class="views">${180 + i * 41}</span></td><td>${['Feb', 'Mar', 'Jan'][i]} ${2026 + (i === 2 ? 0 : 1)}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>
${fFoot
  .map(
    (t) => `<li itemscope itemtype="http://schema.org/SiteNavigationElement"><span itemprop="name"><a
href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}
</ul></nav></footer><div class="buttons-block"><p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with
JavaScript enabled</p></div>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout478-discourse-liturgy-forum-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap((p) => p.paras),
  bylines: [...new Set(fPosts.flatMap((p) => [p.user, `(${p.name})`, p.time]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Liturgy & Worship', 'holy-week', 'small-church', '#1', '#2', '#3', '#4', '7 Likes', '3 Likes', '2 Likes', '1 Like', 'Related topics', 'Topic', 'Replies',
'Views', 'Activity', ...fRelated,
    'Feb 2027', 'Mar 2027', 'Jan 2026', ...fFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT478_D2: readonly TestPage[] = [discourse];
