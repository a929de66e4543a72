import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout700-kit.js';

/**
 * Held-out batch 700, file f: a city subreddit thread on new Reddit (shreddit web components: header, left nav, credit bar
 * with subreddit, time and author, post flair, text body, comment tree with nested replies, OP badge, a deleted comment,
 * reply and share buttons, community sidebar with rules), and a neighbourhood forum thread on Discourse as the browser
 * renders it with JavaScript (header buttons, sidebar, topic title with category and tags, posts with user names, titles,
 * dates and like counts, a quote of an earlier post, the topic map, timeline and suggested topics).
 */
const rTitle = 'How do you actually get the city to put in a stop sign?';
const rPost = [
  j(
    'Our block of Aldine Ave between 14th and 16th has become a cut-through since they closed the ramp on Harbor Pkwy. Cars',
    'come down the hill at 40+ and there are like nine kids under ten on this block.',
  ),
  j(
    'I called 311 in January and got a ticket number and then nothing. Is there an actual process for this or do I just keep',
    'calling? Does it help if the whole block signs something?',
  ),
];
type RComment = { id: string; author: string; ago: string; score: number; op?: boolean; paras: string[]; replies?: RComment[] };
const rComments: RComment[] = [
  {
    id: 'kx81aa2',
    author: 'gravelroad_dispatch',
    ago: '3d ago',
    score: 412,
    paras: [
      j(
        'I went through this on Wexley St two years ago. The 311 ticket goes to Traffic Engineering, who are supposed to do a',
        'traffic count within 90 days. They almost never put in a stop sign because of it though, the sign has to meet the',
        'warrants in the federal manual (traffic volume, crashes, sight lines).',
      ),
      j(
        'What actually worked for us was asking for <strong>traffic calming</strong> instead. The city has a Neighborhood',
        'Traffic Calming program where you need signatures from 60% of the households on the block, and then they’ll look at',
        'speed humps. We got two humps installed about eight months later.',
      ),
    ],
    replies: [
      {
        id: 'kx8c3m1',
        author: 'quietcorner_ljh',
        ago: '3d ago',
        score: 98,
        op: true,
        paras: ['This is super helpful, thank you. Do you remember where the petition form is?'],
        replies: [
          {
            id: 'kx8f9t0',
            author: 'gravelroad_dispatch',
            ago: '3d ago',
            score: 87,
            paras: [
              j(
                'It’s on the Transportation Department page under “Traffic calming”. You can also email your council member’s',
                'office and they’ll send it, which has the bonus of putting it on their radar.',
              ),
            ],
          },
        ],
      },
    ],
  },
  {
    id: 'kx83qq9',
    author: 'HarborFerryFan',
    ago: '3d ago',
    score: 156,
    paras: [
      j(
        'Definitely email your council member. Aldine is in District 5, so that’s Councilmember Ortega. Her office is pretty',
        'responsive, in my experience they’ll chase up a 311 ticket that’s gone quiet.',
      ),
    ],
  },
  {
    id: 'kx8a7zz',
    author: '[deleted]',
    ago: '2d ago',
    score: 1,
    paras: [],
  },
  {
    id: 'kx8d2wd',
    author: 'mkt-lakeharbor',
    ago: '2d ago',
    score: 74,
    paras: [
      j(
        'Counterpoint: stop signs people don’t think are needed get ignored, and then you have cars rolling through them at',
        '25 instead. Speed humps or a raised crosswalk do more.',
      ),
      'Ask for a speed study, it’s the data that gets things moving.',
    ],
  },
];
const rComment = (c: RComment, depth: number): string => `<shreddit-comment author="${c.author}" thingid="t1_${c.id}" depth="${depth}"
permalink="/r/Lakeharbor/comments/1bx7kq2/comment/${c.id}/" postid="t3_1bx7kq2" score="${c.score}" ${c.author === '[deleted]' ? 'is-comment-deleted' : ''}
arrow="" collapsed="false" role="article" aria-label="Comment from ${c.author}" class="pt-md">
${
  c.author === '[deleted]'
    ? `<div slot="commentMeta" class="flex flex-row items-center flex-nowrap overflow-hidden justify-start h-md"><span class="text-neutral-content-weak">Comment
deleted by user</span><span class="inline-block my-0 created-separator text-neutral-content-weak" aria-hidden="true">•</span><faceplate-timeago
ts="2027-03-12T09:41:00.000Z"
format="short"><time datetime="2027-03-12T09:41:00.000Z" title="Friday, March 12, 2027 at 9:41:00 AM UTC">${c.ago}</time></faceplate-timeago></div>`
    : `<div slot="commentAvatar" class="flex items-center justify-center shrink-0 w-[24px] h-[24px]"><faceplate-tracker source="comment" action="click"
noun="comment_author_avatar"><a href="/user/${c.author}/" aria-hidden="true"><faceplate-img class="rounded-full"
src="https://www.redditstatic.com/avatars/defaults/v2/avatar_default_3.png"
width="24" height="24" alt="${c.author} avatar"></faceplate-img></a></faceplate-tracker></div>
<div slot="commentMeta" class="flex flex-row items-center flex-nowrap overflow-hidden justify-start h-md"><faceplate-tracker source="comment" action="click"
noun="comment_author"><faceplate-hovercard position="bottom-start" label="${c.author} details"><a href="/user/${c.author}/"
class="truncate font-bold text-neutral-content-strong text-12 hover:underline">${c.author}</a></faceplate-hovercard></faceplate-tracker>${
        c.op === true ? `<span class="text-blue-500 font-bold text-12 ml-2xs" title="Original poster" id="comment-op-badge-${c.id}">OP</span>` : ''
      }<span class="inline-block my-0 created-separator text-neutral-content-weak" aria-hidden="true">•</span><a
href="/r/Lakeharbor/comments/1bx7kq2/comment/${c.id}/" class="text-neutral-content-weak"><faceplate-timeago ts="2027-03-11T03:02:10.000Z" format="short"><time
datetime="2027-03-11T03:02:10.000Z" title="Thursday, March 11, 2027 at 3:02:10 AM UTC">${c.ago}</time></faceplate-timeago></a></div>
<div slot="comment"><div class="md text-14 rounded-[8px] pb-2xs overflow-hidden" id="t1_${c.id}-comment-rtjson-content">
${ps(c.paras)}
</div></div>
<shreddit-comment-action-row slot="actionRow" comment-id="t1_${c.id}" permalink="/r/Lakeharbor/comments/1bx7kq2/comment/${c.id}/" score="${c.score}"
post-id="t3_1bx7kq2"><faceplate-tracker slot="comment-reply" source="post_detail" action="click" noun="reply_comment"><button class="button border-md
flex flex-row justify-center items-center h-xl font-semibold relative text-12 button-plain-weak inline-flex pl-2xs pr-sm" type="button"><span class="flex
items-center"><span class="flex text-16 mr-[var(--rem6)]"><svg fill="currentColor" height="16" viewBox="0 0 20 20" width="16"></svg></span><span
class="flex items-center gap-xs">Reply</span></span></button></faceplate-tracker><shreddit-comment-share-button slot="comment-share-button"
permalink="/r/Lakeharbor/comments/1bx7kq2/comment/${c.id}/"><button class="button border-md text-12 button-plain-weak inline-flex pl-xs pr-sm"
type="button"><span class="flex items-center"><span class="flex items-center gap-xs">Share</span></span></button></shreddit-comment-share-button>
</shreddit-comment-action-row>`
}
${(c.replies ?? []).map((r) => rComment(r, depth + 1)).join('\n')}
</shreddit-comment>`;
const allComments = (cs: RComment[]): RComment[] => cs.flatMap((c) => [c, ...allComments(c.replies ?? [])]);
const rNav = ['Home', 'Popular', 'Explore', 'All'];
const rResources = ['About Reddit', 'Advertise', 'Help', 'Blog', 'Careers', 'Press'];
const rRules = ['Be civil', 'No spam or self-promotion', 'Keep it local', 'No doxxing or personal information', 'Use the right flair'];
const rMore = [
  'Street sweeping tickets start again April 1',
  'Best place for a quiet coffee near the waterfront?',
  'What happened to the Birch St community garden?',
];
const rFoot = ['Reddit Rules', 'Privacy Policy', 'User Agreement', 'Accessibility'];
const rHtml = `<!DOCTYPE html>
<html lang="en-US" class="theme-beta" style="--shreddit-content-background: var(--color-neutral-background);"><head><meta charset="UTF-8">
<title>How do you actually get the city to put in a stop sign? : r/Lakeharbor</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="description" content="${rTitle}">
<meta property="og:site_name" content="Reddit"><meta property="og:title" content="r/Lakeharbor on Reddit: ${rTitle}"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.reddit.com/r/Lakeharbor/comments/1bx7kq2/how_do_you_actually_get_the_city_to_put_in_a_stop/">
<link rel="stylesheet" href="https://www.redditstatic.com/shreddit/assets/shreddit-core.css">
<script type="application/ld+json" id="ld-json-data">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${rTitle}",
"author":{"@type":"Person","name":"quietcorner_ljh"},"datePublished":"2027-03-11T02:14:52.331000+0000","commentCount":64,
"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"https://schema.org/LikeAction","userInteractionCount":287}]}</script>
<script nonce="a1b2c3">window.___r = {"config":{"isLoggedIn":false,"subreddit":"Lakeharbor"}};</script></head>
<body class="v2 m-0 p-0 bg-neutral-background"><shreddit-app routename="post_page" pagetype="post_detail" locale="en-US" theme="" seo="" nsfw=""
devicetype="desktop" style="--theme-header-height: 56px;"><a href="#main-content" class="skip-link">Skip to main content</a>
<reddit-header-large class="sticky top-0 z-[5]"><header class="v2 bg-neutral-background-container border-b-sm"><nav class="h-header-large flex justify-between
items-center px-md"><a aria-label="Home" href="/" id="reddit-logo" class="flex items-center"><faceplate-screen-reader-content>Reddit
Logo</faceplate-screen-reader-content>
<span class="flex items-center"><svg class="h-xl" viewBox="0 0 216 216"></svg></span></a>
<reddit-search-large><faceplate-search-input name="q" placeholder="Search in r/Lakeharbor" label="Search input"></faceplate-search-input></reddit-search-large>
<span class="flex items-center gap-xs"><faceplate-tracker source="nav" action="click" noun="get_app"><a href="https://www.reddit.com/download-app"
class="button button-secondary button-small"><span class="flex items-center justify-center"><span>Get App</span></span></a></faceplate-tracker>
<faceplate-tracker source="nav" action="click" noun="login"><a id="login-button" href="https://www.reddit.com/login/" class="button button-brand
button-small"><span
class="flex items-center justify-center"><span class="flex items-center gap-xs">Log
In</span></span></a></faceplate-tracker></span></nav></header></reddit-header-large>
<div class="grid-container grid"><flex-left-nav-container class="flex-left-nav-container"><reddit-sidebar-nav><nav aria-label="Primary" class="w-100">
<ul class="list-none m-0 p-0">${rNav
  .map(
    (t) => `<li class="relative list-none mt-0"><faceplate-tracker source="nav" action="click" noun="${t.toLowerCase()}"><a
href="/${t === 'Home' ? '' : `r/${t.toLowerCase()}/`}"
class="flex justify-between relative px-md"><span class="flex items-center gap-xs"><span class="text-14">${t}</span></span></a></faceplate-tracker></li>`,
  )
  .join('\n')}</ul>
<details open class="p-0 m-0 bg-transparent"><summary aria-expanded="true" class="list-none"><span class="text-12 uppercase">Resources</span></summary>
<ul class="list-none m-0 p-0">${links(rResources, 'relative list-none mt-0')}</ul></details>
<div class="text-10 text-neutral-content-weak px-md"><a href="https://www.redditinc.com/policies/content-policy">Reddit Rules</a> <a
href="https://www.reddit.com/policies/privacy-policy">Privacy Policy</a> <a href="https://www.redditinc.com/policies/user-agreement">User Agreement</a>
<a href="https://support.reddithelp.com/hc/sections/accessibility">Accessibility</a><p>Reddit, Inc. © 2027. All rights reserved.</p></div></nav>
</reddit-sidebar-nav></flex-left-nav-container>
<div class="subgrid-container m-0 xs:mx-auto"><div class="main-container flex gap-md w-full"><main class="main w-full flex-grid--main-container-card
right-sidebar-xs"
id="main-content">
<shreddit-post author="quietcorner_ljh" created-timestamp="2027-03-11T02:14:52.331000+0000" id="t3_1bx7kq2"
permalink="/r/Lakeharbor/comments/1bx7kq2/how_do_you_actually_get_the_city_to_put_in_a_stop/"
post-title="${rTitle}" post-type="text" score="287" comment-count="64" subreddit-prefixed-name="r/Lakeharbor" view-context="CommentsPage"
class="block xs:mt-xs xs:-mx-xs xs:px-xs xs:rounded-[16px] pt-xs nd:pt-xs bg-[color:var(--shreddit-content-background)] box-border mb-xs nd:visible">
<div slot="credit-bar" class="flex justify-between text-12 pt-0 pr-xs pl-0 xs:pr-0"><span class="flex items-center flex-nowrap"><span class="avatar text-16
w-xl h-xl rounded-full"><faceplate-img src="https://styles.redditmedia.com/t5_2qh3k/styles/communityIcon_lakeharbor.png" width="32" height="32"
alt="r/Lakeharbor icon"></faceplate-img></span><div class="flex flex-col"><span class="flex flex-wrap items-center"><a href="/r/Lakeharbor/"
class="subreddit-name text-neutral-content font-bold a no-underline hover:no-underline">r/Lakeharbor</a><span class="created-separator"
aria-hidden="true">•</span><faceplate-timeago
ts="2027-03-11T02:14:52.331Z" format="short"><time datetime="2027-03-11T02:14:52.331Z" title="Thursday, March 11, 2027 at 2:14:52 AM UTC">3 days ago</time>
</faceplate-timeago></span><faceplate-tracker source="post_credit_bar" action="click" noun="user_profile"><a href="/user/quietcorner_ljh/"
class="author-name whitespace-nowrap text-neutral-content visible text-12 hover:underline">quietcorner_ljh</a></faceplate-tracker></div></span>
<shreddit-post-overflow-menu class="pointer-events-auto"></shreddit-post-overflow-menu></div>
<h1 slot="title" id="post-title-t3_1bx7kq2" class="font-semibold text-neutral-content-strong m-0 text-18 xs:text-24 mb-xs px-md xs:px-0 xs:mb-md">
${rTitle}
</h1>
<shreddit-post-flair slot="post-flair" class="inline-block"><a href="/r/Lakeharbor/?f=flair_name%3A%22Question%22" class="no-underline"><span
class="bg-tone-4 inline-block truncate max-w-full text-12 font-normal align-text-bottom text-secondary box-border px-[6px] rounded-[20px] leading-4 relative">
<div class="flair-content [&amp;_a]:no-underline">Question</div></span></a></shreddit-post-flair>
<div class="text-neutral-content" slot="text-body"><div class="mb-sm mb-xs px-md xs:px-0 overflow-hidden" id="t3_1bx7kq2-post-rtjson-content"
property="schema:articleBody">
${ps(rPost)}
</div></div></shreddit-post>
<div id="comment-tree-content-anchor-1bx7kq2"></div>
<comment-body-header class="block pt-md"><div class="flex items-center justify-between"><div class="flex items-center gap-xs"><span class="text-12
text-neutral-content-weak">Sort by:</span><shreddit-sort-dropdown sort-event="comments"><button slot="selected-item" class="button button-plain-weak
button-small"><span class="text-12">Best</span></button></shreddit-sort-dropdown></div><faceplate-search-input name="q" placeholder="Search Comments"
label="Search comments"></faceplate-search-input></div></comment-body-header>
<faceplate-tracker source="post_detail" action="click" noun="comment_composer"><a href="/login/" class="button button-bordered"><span class="flex items-center
gap-xs"><span>Add a comment</span></span></a></faceplate-tracker>
<shreddit-comment-tree id="comment-tree" post-id="t3_1bx7kq2" totalcomments="64" initiallyrendered="5" sort="confidence" class="block">
${rComments.map((c) => rComment(c, 0)).join('\n')}
</shreddit-comment-tree>
<faceplate-partial loading="action" src="/svc/shreddit/more-comments/Lakeharbor/t3_1bx7kq2"><button class="button button-plain-weak button-small"
slot="trigger"><span
class="flex items-center gap-xs">View more comments</span></button></faceplate-partial>
<div class="py-md"><h2 class="text-14 font-semibold">More posts you may like</h2><ul class="list-none p-0">${rMore
  .map((t) => `<li class="py-xs"><a href="/r/Lakeharbor/comments/1bx/more/" class="text-14 text-neutral-content-strong font-semibold">${t}</a></li>`)
  .join('\n')}</ul></div>
</main>
<aside id="right-sidebar-container" class="right-sidebar xs:block xs:max-w-[316px] xs:w-[316px] flex-none"><div id="right-sidebar-contents"><div
class="flex flex-col gap-sm px-md py-md"><div class="flex items-center justify-between"><h2 class="text-16 font-bold m-0">r/Lakeharbor</h2><faceplate-tracker
source="community_sidebar" action="click" noun="join"><a href="/login/" class="button button-primary
button-small"><span>Join</span></a></faceplate-tracker></div>
<p class="text-14 m-0">News, events and conversation for Lakeharbor and the Tri-Shore area.</p><div class="flex gap-lg"><div><faceplate-number
number="84213" pretty="">84K</faceplate-number> <span class="text-12 text-neutral-content-weak">Members</span></div><div><faceplate-number number="212"
pretty="">212</faceplate-number> <span class="text-12 text-neutral-content-weak">Online</span></div></div></div>
<div class="px-md py-sm"><h2 class="text-12 uppercase text-neutral-content-weak">r/Lakeharbor Rules</h2><ol class="list-none p-0 m-0">${rRules
  .map((t, i) => `<li class="flex gap-xs py-xs"><span class="text-neutral-content-weak">${i + 1}</span><span class="text-14">${t}</span></li>`)
  .join('\n')}</ol></div>
<div class="px-md py-sm"><h2 class="text-12 uppercase text-neutral-content-weak">Moderators</h2><a href="/message/compose?to=r/Lakeharbor" class="button
button-secondary button-small"><span>Message Mods</span></a><ul class="list-none p-0"><li><a href="/user/lakeharbor_mod/">u/lakeharbor_mod</a></li><li><a
href="/user/tri_shore_tom/">u/tri_shore_tom</a></li></ul></div></div></aside></div></div></div>
</shreddit-app>
<script type="module" src="https://www.redditstatic.com/shreddit/en-US/shreddit-app.js"></script></body></html>`;
const rAll = allComments(rComments);
const reddit: TestPage = gold({
  name: 'heldout700-reddit-stop-sign',
  kind: 'forum',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts([...rPost, ...rAll.flatMap((c) => c.paras)]),
  bylines: ['3 days ago', 'quietcorner_ljh', ...rAll.filter((c) => c.author !== '[deleted]').flatMap((c) => [c.author, c.ago]), '2d ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Reddit Logo', 'Get App', 'Log In', ...rNav, 'Resources', ...rResources, ...rFoot, 'Reddit, Inc. © 2027. All rights reserved.',
    'r/Lakeharbor', 'Question', 'Sort by:', 'Best', 'Add a comment', 'OP', 'Reply', 'Share', 'Comment deleted by user', 'View more comments',
    'More posts you may like', ...rMore, 'Join', 'News, events and conversation for Lakeharbor and the Tri-Shore area.', '84K', 'Members', '212', 'Online',
    'r/Lakeharbor Rules', ...rRules, 'Moderators', 'Message Mods', 'u/lakeharbor_mod', 'u/tri_shore_tom',
  ],
});

type DPost = {
  n: number;
  user: string;
  name: string;
  title?: string;
  date: string;
  full: string;
  likes: number;
  quote?: [string, number, string];
  html: string;
  body: string[];
};
const dBody1 = [
  j(
    'Just a heads-up for anyone who hasn’t seen the notices on the lampposts: the county council is consulting on a 20mph',
    'limit for Abbot’s Road, Priory Lane and the streets between them. The consultation closes at midnight this Friday, 14',
    'March.',
  ),
  'The plan includes:',
];
const dList1 = [
  '20mph from the Abbot’s Road roundabout to the junction with Mill Rise',
  'two raised tables, outside the primary school and by the shops',
  'no speed cameras, just signs and the road markings',
];
const dEnd1 = j(
  'You can respond online or fill in a paper form at the library. I’ve put mine in (in favour), but it would be good to get',
  'as many people as possible to respond either way.',
);
const dPosts: DPost[] = [
  {
    n: 1,
    user: 'ruth_dalgleish',
    name: 'Ruth Dalgleish',
    title: 'Street rep, Priory Lane',
    date: 'Mar 8',
    full: '8 Mar 2027 9:14 am',
    likes: 7,
    html: `${ps(dBody1)}\n<ul>${lis(dList1)}</ul>\n${ps([dEnd1])}`,
    body: [...dBody1, ...dList1, dEnd1],
  },
  {
    n: 2,
    user: 'tomhebden',
    name: 'Tom Hebden',
    date: 'Mar 8',
    full: '8 Mar 2027 11:02 am',
    likes: 1,
    html: '',
    body: [j('Thanks Ruth. Do we know whether the buses are affected? The 17 goes down Priory Lane and it’s already slow enough at', 'school time.')],
  },
  {
    n: 3,
    user: 'ruth_dalgleish',
    name: 'Ruth Dalgleish',
    title: 'Street rep, Priory Lane',
    date: 'Mar 8',
    full: '8 Mar 2027 12:40 pm',
    likes: 2,
    quote: ['tomhebden', 2, 'Do we know whether the buses are affected?'],
    html: '',
    body: [
      j(
        'The consultation document says the bus company has been asked and doesn’t object. The raised tables are the',
        '“bus-friendly” kind with a gentler slope, apparently. There’s a diagram on page 6.',
      ),
    ],
  },
  {
    n: 4,
    user: 'gail.mercer',
    name: 'Gail Mercer',
    date: 'Mar 9',
    full: '9 Mar 2027 8:27 pm',
    likes: 4,
    html: '',
    body: [
      j(
        'I’m going to object, but only to the raised table by the shops. The delivery lorries for the supermarket already have a',
        'job getting in and out, and the bump will be right by the entrance. I’d support the 20mph itself.',
      ),
    ],
  },
  {
    n: 5,
    user: 'ashok_p',
    name: 'Ashok Pillai',
    title: 'Fernhill Residents’ Association',
    date: 'Mar 10',
    full: '10 Mar 2027 7:55 am',
    likes: 5,
    html: '',
    body: [
      j(
        'For what it’s worth, there’s a drop-in session with the county’s highways officers at the library on Wednesday from 4',
        'till 7. I went to the one for Kings Walk last year and they did change the plans after it, so it’s worth going if you',
        'have a specific point like Gail’s.',
      ),
    ],
  },
];
const dTitle = '20mph on Abbot’s Road – consultation closes Friday';
const dSlug = '/t/20mph-on-abbots-road-consultation-closes-friday/412';
const dPostHtml = (p: DPost): string => `<div class="topic-post clearfix ${p.n === 1 || p.user === 'ruth_dalgleish' ? 'topic-owner ' : ''}regular">
<article id="post_${p.n}" aria-label="post #${p.n} by @${p.user}" role="region" data-post-id="${2210 + p.n}" data-topic-id="412" data-user-id="${p.user.length}"
class="boxed onscreen-post"><a class="tabLoc" aria-hidden="true" tabindex="-1"></a><div class="row"><div class="topic-avatar"><div class="post-avatar"><a
class="trigger-user-card main-avatar" href="/u/${p.user}" aria-hidden="true" tabindex="-1" data-user-card="${p.user}"><img alt="" width="48" height="48"
src="/user_avatar/forum.fernhillneighbours.org.uk/${p.user}/48/${p.n}0_2.png" class="avatar" loading="lazy"></a><div
class="poster-avatar-extra"></div></div></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a
href="/u/${p.user}" data-user-card="${p.user}" class="">${p.user}</a></span><span class="second full-name"><a href="/u/${p.user}" data-user-card="${p.user}"
class="">${p.name}</a></span>${p.title === undefined ? '' : `<span class="user-title">${p.title}</span>`}</div><div class="post-infos"><div class="post-info
post-date"><a class="post-date" href="${dSlug}/${p.n}" data-share-url="${dSlug}/${p.n}?u=" data-post-number="${p.n}"><span title="${p.full}" data-time="1804"
data-format="tiny" class="relative-date">${p.date}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${
  p.quote === undefined
    ? ''
    : `<aside class="quote no-group" data-username="${p.quote[0]}" data-post="${p.quote[1]}" data-topic="412"><div class="title"><div
class="quote-controls"><button
aria-controls="quote-id-412-${p.quote[1]}-0" aria-expanded="false" class="quote-toggle btn-flat"><svg class="fa d-icon d-icon-chevron-down svg-icon svg-string"
aria-hidden="true"><use href="#chevron-down"></use></svg></button><a href="${dSlug}/${p.quote[1]}" title="go to the quoted post" class="back"><svg class="fa
d-icon
d-icon-arrow-up svg-icon svg-string" aria-hidden="true"><use href="#arrow-up"></use></svg></a></div><img alt="" width="24" height="24"
src="/user_avatar/forum.fernhillneighbours.org.uk/${p.quote[0]}/48/20_2.png" class="avatar"> ${p.quote[0]}:</div><blockquote id="quote-id-412-${p.quote[1]}-0">
<p>${p.quote[2]}</p></blockquote></aside>\n`
}${p.html === '' ? ps(p.body) : p.html}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button"><button class="widget-button btn-flat
button-count like-count highlight-action regular-likes btn-text" aria-pressed="false" title="${p.likes} people liked this post. Click to view"><span
class="d-button-label">${p.likes}</span></button><button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post"><svg class="fa
d-icon d-icon-d-unliked svg-icon svg-node" aria-hidden="true"><use href="#far-heart"></use></svg></button></div><button class="widget-button btn-flat share
no-text btn-icon" aria-label="copy a link to this post to clipboard" title="copy a link to this post to clipboard"><svg class="fa d-icon d-icon-d-post-share
svg-icon svg-node" aria-hidden="true"><use href="#link"></use></svg></button><button class="widget-button btn-flat reply create fade-out btn-icon-text"
aria-label="Begin composing a reply to this post" title="Begin composing a reply to this post"><svg class="fa d-icon d-icon-reply svg-icon svg-node"
aria-hidden="true"><use href="#reply"></use></svg><span class="d-button-label">Reply</span></button></div></nav></section></div>
<section class="post-actions"></section><div class="post-links-container"></div></div></div></article></div>`;
const dSideTopics = ['Topics', 'My Posts', 'More'];
const dSideCats = ['Roads & Transport', 'Events', 'Lost & Found', 'Planning & Housing', 'All categories'];
const dSuggested = [
  ['Potholes on Mill Rise – who do we report to?', 'Roads & Transport', '6', '142', 'Feb 27'],
  ['Bin collections over Easter', 'Announcements', '2', '311', 'Mar 3'],
  ['Kings Walk crossing finally installed', 'Roads & Transport', '9', '208', 'Jan 30'],
];
const dMapHtml = `<div class="topic-map --op"><section class="topic-map__contents"><div class="topic-map__stats"><ul><li><h4 role="presentation">created</h4>
<div class="topic-map-post created-at"><a class="trigger-user-card" data-user-card="ruth_dalgleish" title="ruth_dalgleish"><img alt="" width="24" height="24"
src="/user_avatar/forum.fernhillneighbours.org.uk/ruth_dalgleish/48/10_2.png" class="avatar"></a><span class="relative-date" data-time="1804"
data-format="tiny">Mar 8</span></div></li>
<li><a href="${dSlug}/5"><h4 role="presentation">last reply</h4><div class="topic-map-post last-reply"><img alt="" width="24" height="24"
src="/user_avatar/forum.fernhillneighbours.org.uk/ashok_p/48/50_2.png" class="avatar" title="ashok_p"><span class="relative-date"
data-time="1804" data-format="tiny">Mar 10</span></div></a></li>
<li><span class="number">4</span>
<h4 role="presentation">replies</h4></li>
<li class="secondary"><span class="number">186</span>
<h4 role="presentation">views</h4></li>
<li class="secondary"><span class="number">4</span>
<h4 role="presentation">users</h4></li>
<li class="secondary likes"><span class="number">19</span>
<h4 role="presentation">likes</h4></li></ul></div></section></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en-GB" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8"><title>${dTitle} - Roads &amp; Transport - Fernhill
Neighbours</title><meta name="description" content="Just a heads-up for anyone who hasn’t seen the notices on the lampposts"><meta name="generator"
content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0"><link rel="icon" type="image/png"
href="/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0,
viewport-fit=cover">
<link rel="canonical" href="https://forum.fernhillneighbours.org.uk${dSlug}"><meta property="og:site_name" content="Fernhill Neighbours">
<meta property="og:type" content="website"><meta property="og:title" content="${dTitle}">
<link href="/stylesheets/desktop_f3a1.css?__ws=forum.fernhillneighbours.org.uk" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"datePublished":"2027-03-08T09:14:00Z",
"author":{"@type":"Person","name":"ruth_dalgleish"},"interactionStatistic":
[{"@type":"InteractionCounter","interactionType":"http://schema.org/CommentAction","userInteractionCount":4}]}</script>
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.fernhillneighbours.org.uk" data-environment="production"
data-disable-custom-css="false">
<link rel="preload" href="/assets/discourse-a1b2.js" as="script"></head>
<body class="crawler-disabled category-roads-transport tag-consultation tag-speed-limits has-sidebar-page docked"><section id="main" class="ember-application">
<div class="discourse-root"><div class="ember-view" id="ember3"><a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<div class="d-header-wrap drop-down-mode"><header class="d-header"><div class="wrap"><div class="contents"><div class="header-sidebar-toggle"><button
class="btn no-text btn-icon btn-flat" aria-expanded="true" title="hide sidebar" type="button"><svg class="fa d-icon d-icon-bars svg-icon svg-string"
aria-hidden="true"><use href="#bars"></use></svg></button></div><div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true"><img
id="site-logo" class="logo-big" src="/uploads/default/original/1X/fernhill-logo.png" alt="Fernhill Neighbours"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-icon-text btn-primary btn-small sign-up-button" type="button"><span
class="d-button-label">Sign Up</span></button><button class="btn btn-icon-text btn-primary btn-small login-button" type="button"><svg class="fa d-icon
d-icon-user
svg-icon svg-string" aria-hidden="true"><use href="#user"></use></svg><span class="d-button-label">Log In</span></button></span><ul class="icons
d-header-icons"><li
class="header-dropdown-toggle search-dropdown"><a href="/search" class="icon btn-flat" aria-label="Search" title="Search"><svg class="fa d-icon d-icon-search
svg-icon svg-string" aria-hidden="true"><use href="#search"></use></svg></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections
sidebar-sections-anonymous"><div class="sidebar-section-wrapper sidebar-section" data-section-name="community"><div class="sidebar-section-content"><ul
class="sidebar-section-content">${dSideTopics
  .map(
    (t) => `<li class="sidebar-section-link-wrapper"><a href="/${t.toLowerCase().replace(/ /g, '-')}" class="sidebar-section-link sidebar-row"><span
class="sidebar-section-link-prefix icon"><svg class="fa d-icon svg-icon" aria-hidden="true"></svg></span><span
class="sidebar-section-link-content-text">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div></div>
<div class="sidebar-section-wrapper sidebar-section" data-section-name="categories"><div class="sidebar-section-header-wrapper sidebar-row"><button
class="sidebar-section-header sidebar-section-header-collapsable btn-flat" aria-expanded="true" type="button"><span class="sidebar-section-header-caret"><svg
class="fa d-icon d-icon-angle-down svg-icon svg-string" aria-hidden="true"><use href="#angle-down"></use></svg></span><span
class="sidebar-section-header-text">Categories</span>
</button></div><ul class="sidebar-section-content">${dSideCats
  .map(
    (t) => `<li class="sidebar-section-link-wrapper"><a href="/c/${t.toLowerCase().replace(/\W+/g, '-')}" class="sidebar-section-link sidebar-row"><span
class="sidebar-section-link-prefix span"><span style="background: linear-gradient(90deg, #0088CC 50%, #0088CC 50%)" class="prefix-span"></span></span><span
class="sidebar-section-link-content-text">${t.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('\n')}</ul></div></div></section></div>
<div id="main-outlet" class="">
<div id="topic-title"><div class="container"><div class="title-wrapper"><h1 data-topic-id="412"><a href="${dSlug}" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><div class="categories-wrapper"><a class="badge-category__wrapper" href="/c/roads-transport/5"><span data-category-id="5"
style="--category-badge-color: #0088CC; --category-badge-text-color: #FFFFFF;" data-drop-close="true" class="badge-category --style-square" title="Potholes,
parking, buses and road works."><span class="badge-category__name">Roads &amp; Transport</span></span></a></div><div class="list-tags"><a
href="/tag/consultation"
data-tag-name="consultation" class="discourse-tag simple">consultation</a><span class="discourse-tags__tag-separator">,</span><a href="/tag/speed-limits"
data-tag-name="speed-limits" class="discourse-tag simple">speed-limits</a></div></div></div></div></div>
<div class="container posts"><div class="selected-posts hidden"></div><div class="row"><section class="topic-area" id="topic" data-topic-id="412"><div
class="posts-wrapper"><div class="post-stream">
${dPosts.map((p, i) => (i === 0 ? `${dPostHtml(p)}\n${dMapHtml}` : dPostHtml(p))).join('\n')}
</div><div id="topic-bottom"></div></div></section>
<div class="timeline-container"><div class="topic-timeline"><div class="timeline-scrollarea-wrapper"><div class="timeline-date-wrapper"><a class="start-date"
href="${dSlug}/1"><span>Mar 8</span></a></div><div class="timeline-scrollarea"><div class="timeline-padding"></div><div class="timeline-scroller"><div
class="timeline-handle"></div><div class="timeline-scroller-content"><div class="timeline-replies">1 / 5</div><div class="timeline-ago">Mar
8</div></div></div></div>
<div class="timeline-date-wrapper"><a class="now-date" href="${dSlug}/5"><span>Mar 10</span></a></div></div></div></div></div></div>
<div id="topic-footer-buttons"><div class="topic-footer-main-buttons"><button class="btn btn-icon-text btn-primary create" title="begin composing a reply to
this
topic" type="button"><svg class="fa d-icon d-icon-reply svg-icon svg-string" aria-hidden="true"><use href="#reply"></use></svg><span
class="d-button-label">Reply</span></button></div></div>
<div class="more-topics__container"><div class="suggested-topics"><h3 id="suggested-topics-title" class="suggested-topics-title">Suggested Topics</h3><div
role="region" aria-labelledby="suggested-topics-title"><table class="topic-list"><thead class="topic-list-header"><tr><th data-sort-order="default"
class="default" scope="col"><span>Topic</span></th><th data-sort-order="posts" class="posts num" scope="col"><span>Replies</span></th><th
data-sort-order="views"
class="views num" scope="col"><span>Views</span></th><th data-sort-order="activity" class="activity num" scope="col"><span>Activity</span></th></tr></thead>
<tbody class="topic-list-body">${dSuggested
  .map(
    ([t, c, r, v, a]) => `<tr class="topic-list-item"><td class="main-link clearfix topic-list-data" colspan="1"><span class="link-top-line"><a href="/t/x/1"
class="title raw-link raw-topic-link" data-topic-id="1">${t}</a></span><div class="link-bottom-line"><a class="badge-category__wrapper" href="/c/x/1"><span
class="badge-category"><span class="badge-category__name">${c?.replace(/&/g, '&amp;')}</span></span></a></div></td><td class="num posts-map posts
topic-list-data"><a
href="/t/x/1" class="badge-posts"><span class="number">${r}</span></a></td><td class="num views topic-list-data"><span class="number">${v}</span></td><td
class="num topic-list-data age activity"><a class="post-activity" href="/t/x/1/last"><span class="relative-date">${a}</span></a></td></tr>`,
  )
  .join('\n')}</tbody></table></div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/roads-transport/5"
class="badge-category__wrapper"><span class="badge-category"><span class="badge-category__name">Roads &amp; Transport</span></span></a> or <a
href="/latest">view latest topics</a>.</h3></div></div></div></div></div>
<div class="custom-footer"><p>Fernhill Neighbours is run by volunteers from the Fernhill Residents’ Association. <a href="/guidelines">Community
guidelines</a> · <a href="/privacy">Privacy</a></p></div></div></section>
<script defer src="/assets/discourse-a1b2.js"></script></body></html>`;
const discourse: TestPage = gold({
  name: 'heldout700-discourse-20mph-consultation',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => (p.quote === undefined ? p.body : [p.quote[2], ...p.body]))),
  bylines: [...dPosts.flatMap((p) => [p.user, p.name, p.date]), 'tomhebden:'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', ...dSideTopics, 'Categories', ...dSideCats, 'Roads & Transport', 'consultation', 'speed-limits',
    ...dPosts.flatMap((p) => (p.title === undefined ? [] : [p.title])), ...dPosts.map((p) => String(p.likes)), 'Reply', 'created', 'last reply', 'replies',
    '186', 'views', 'users', '19', 'likes', '1 / 5', 'Suggested Topics', 'Topic', 'Replies', 'Views', 'Activity', ...dSuggested.flat(), 'Announcements',
    'Want to read more? Browse other topics in Roads & Transport or view latest topics.',
    'Fernhill Neighbours is run by volunteers from the Fernhill Residents’ Association. Community guidelines · Privacy',
  ],
});

export const HELDOUT700_F: readonly TestPage[] = [reddit, discourse];
