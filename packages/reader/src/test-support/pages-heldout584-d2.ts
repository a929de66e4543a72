import { type TestPage, texts } from './page-kit.js';
import { j, page } from './pages-heldout584-kit.js';

/**
 * Held-out batch 584, file d2: a Discourse forum thread on a kerbed memorial in a lawn section (crawler view, related topics).
 */
const fTitle = 'Council says our kerbed memorial breaks the lawn section rules. Any way round it?';
const fCat = 'Cemeteries & Regulations';
const fTags = ['lawn-section', 'kerbs'];
const fPosts: { user: string; time: string; likes: string; paras: string[] }[] = [
  {
    user: 'jdawlish',
    time: 'March 11, 2025,  9:14am',
    likes: '',
    paras: [
      j(
        'My mum was buried in the lawn section at Hartwell Road cemetery last year. We ordered a granite headstone with a full kerb set',
        'from a mason out of town, and now the council has written to say kerbs are not allowed in that section and must come out within',
        '28 days.',
      ),
      'Nobody told us about this when we bought the plot. Has anyone had any luck appealing? The kerbs cost nearly £900.',
    ],
  },
  {
    user: 'stonewright_pete',
    time: 'March 11, 2025, 11:02am',
    likes: '4 Likes',
    paras: [
      j(
        'Sorry to hear it. Mason of 30 years here. Lawn sections nearly always ban kerbs because the mowers need to run right up to the',
        'base. The rules are normally in the grant of right of burial you were given, but I agree they are rarely explained properly.',
      ),
      j(
        'More worrying is that your mason fitted them at all. A registered mason has to get a permit from the council before fixing',
        'anything, and the drawing should have shown the kerbs. I would go back to them first and ask why the permit was not checked.',
      ),
    ],
  },
  {
    user: 'jdawlish',
    time: 'March 12, 2025,  8:40pm',
    likes: '',
    paras: [
      j(
        'Thanks Pete. Turns out the mason did apply, but only for the headstone. The kerbs were added later "as a favour". They have',
        'now agreed to take them out and refund us, and to turn the base stone into a planted tray, which the council says is fine.',
      ),
    ],
  },
  {
    user: 'Marian_B',
    time: 'March 13, 2025, 10:27am',
    likes: '2 Likes',
    paras: [
      j(
        'Glad it worked out. For anyone finding this later: ask the cemetery office for the regulations in writing before you order',
        'anything, and make sure the permit covers every part of the memorial, not just the headstone.',
      ),
    ],
  },
];
const fRelated: [string, string][] = [
  ['Solar lights on graves: what are the rules?', 'February 2, 2025'],
  ['Can a second inscription be added without lifting the stone?', 'January 19, 2025'],
];
const fFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const fCatLink = `<a href="/c/cemeteries-regulations/7" class="badge-wrapper bullet"><span class='badge-category-bg' style='background-color: #0E76BD'></span>
<span class='badge-category clear-badge'><span class='category-name'>${fCat.replace('&', '&amp;')}</span></span></a>`;
const fPost = (p: (typeof fPosts)[number], i: number): string => `<div id='post_${i + 1}' ${i === 0 ? '' : "itemprop='comment' "}itemscope
 itemtype='http://schema.org/${i === 0 ? 'DiscussionForumPosting' : 'Comment'}' class='topic-body crawler-post'><div class='crawler-post-meta'>
<span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href='/u/${p.user}'><span
 itemprop='name'>${p.user}</span></a></span>
<span class="crawler-post-infos"><time itemprop='datePublished' datetime='2025-03-1${i}T09:14:22Z' class='post-time'>${p.time}</time>
<meta itemprop='dateModified' content='2025-03-1${i}T09:14:22Z'><span itemprop='position'>${i + 1}</span></span></div>
<div class='post' itemprop='text'>${p.paras.map((t) => `<p>${t}</p>`).join('\n')}</div><div itemprop="interactionStatistic" itemscope
 itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${p.likes === '' ? 0 : p.likes.charAt(0)}" /><span class='post-likes'>${p.likes}</span></div></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fTitle.replace('&', '&amp;')} - ${fCat.replace('&', '&amp;')} - MasonryTalk</title>
<meta name="description" content="My mum was buried in the lawn section at Hartwell Road cemetery last year."><meta name="generator"
 content="Discourse 3.3.0 - https://github.com/discourse/discourse version 7f1d2c">
<link rel="icon" type="image/png" href="https://forum.masonrytalk.org/uploads/default/optimized/1X/favicon_32x32.png"><meta name="theme-color" media="all"
 content="#ffffff">
<link rel="canonical" href="https://forum.masonrytalk.org/t/council-says-our-kerbed-memorial-breaks-the-lawn-section-rules/2284">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.masonrytalk.org",
"potentialAction":{"@type":"SearchAction"}}</script>
<link href="/stylesheets/color_definitions_light_2_3_5c7a.css?__ws=forum.masonrytalk.org" media="all" rel="stylesheet" class="light-scheme"/>
<link href="/stylesheets/desktop_8c1d.css?__ws=forum.masonrytalk.org" media="all" rel="stylesheet" data-target="desktop"/></head>
<body class="crawler "><header><a href="/"><img src="https://forum.masonrytalk.org/uploads/default/original/1X/logo.png" alt="MasonryTalk" id="site-logo"
 style="max-width: 150px;"></a></header><div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1>
<a href="/t/council-says-our-kerbed-memorial-breaks-the-lawn-section-rules/2284">${fTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
 itemtype="http://schema.org/ListItem">
${fCatLink}<meta itemprop="position" content="1"></span></div><div class="topic-category"><div class='discourse-tags list-tags'>
${fTags.map((t) => `<a href='https://forum.masonrytalk.org/tag/${t}' class='discourse-tag' rel="tag">${t}</a>`).join(', ')}</div></div></div>
${fPosts.map(fPost).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
 class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><meta itemprop='itemListOrder'
 content='http://schema.org/ItemListOrderDescending'>
<table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${fRelated
  .map(
    ([t, d], i) => `<tr class="topic-list-item" id="topic-list-item-${2200 + i}"><td class="main-link" itemprop='itemListElement' itemscope
 itemtype='http://schema.org/ListItem'>
<meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='/t/${2200 + i}'
 class='title raw-link raw-topic-link'>${t}</a></span>
<div class="link-bottom-line">${fCatLink}</div></td><td class="replies"><span class='posts' title='posts'>${i + 3}</span></td>
<td class="views"><span class='views' title='views'>${180 + i * 31}</span></td><td>${d}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${fFoot
  .map(
    (n) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${n.length}' itemprop="url">${n} </a></span></li>`,
  )
  .join('\n')}</ul></nav></footer><footer class="container wrap"><div class="footer-content"></div>
<p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></footer></body></html>`;
const discourse: TestPage = page({
  name: 'heldout584-discourse-kerbed-memorial',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fPosts.flatMap((p) => p.paras)),
  bylines: fPosts.flatMap((p) => [p.user, p.time.replace(/\s+/g, ' ')]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    fCat, ...fTags, '4 Likes', '2 Likes', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...fRelated.flat(), ...fFoot,
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
});

export const HELDOUT584_D2: readonly TestPage[] = [discourse];
