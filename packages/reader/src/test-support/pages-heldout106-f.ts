import { type TestPage, texts } from './page-kit.js';
import { discourseTopic } from './pages-heldout106-f2.js';

/**
 * Held-out batch 106, file f: a Reddit self-post thread in the current (shreddit) design as a signed-out visitor saves it
 * (the header with search, "Get App" and "Log In", the left navigation with its collapsible "RECENT", "COMMUNITIES" and
 * "RESOURCES" sections, the post's credit bar with subreddit, time and author, the flair, the post body, the vote / comment /
 * award / share row, the "Sort by" bar and "Search Comments", the comment tree with authors, "OP" badge, times, edited
 * marks, scores and action rows, "more replies", the right sidebar with the community description, members and rules, and
 * the legal footer) and, from file f2, a Discourse topic.
 */
const rdTitle = 'Neighbour’s oak roots have lifted half our driveway. Who is supposed to pay for this?';
const rdPost = [
  'We bought our house in Ashcombe two years ago. The driveway runs along the boundary, and the neighbour’s oak is about three metres ' +
    'from it on their side. Over the last year the concrete has cracked and one slab has lifted about 5 cm. We got a quote of £3,800 ' +
    'to dig out the roots and relay it.',
  'The neighbour is friendly but says the tree was there long before the driveway and it is not their problem. The tree has no ' +
    'preservation order as far as we can tell.',
  'Is this something their home insurance should cover, or ours? Do we have a right to cut the roots on our side? I would rather not ' +
    'fall out with them over it.',
];
const rdComments = [
  {
    author: 'Gravel_and_Grout',
    time: '5 hr. ago',
    score: '214',
    depth: 0,
    ps: [
      'You are generally allowed to cut roots and branches that cross onto your property, as long as you do not kill the tree. With an ' +
        'oak that close, cutting major roots could do exactly that, so get an arborist to look first.',
      'Also check your own buildings insurance. Many policies cover damage from neighbouring trees and will then go after the ' +
        'neighbour’s insurer themselves, which keeps you out of the argument.',
    ],
  },
  {
    author: 'ashcombe_drive',
    time: '4 hr. ago',
    score: '61',
    depth: 1,
    op: true,
    ps: ['Thanks, this is really helpful. I had not thought of calling our own insurer first. Will ring them tomorrow.'],
  },
  {
    author: 'TreeSurgeonTom',
    time: '3 hr. ago',
    score: '98',
    depth: 0,
    edited: true,
    ps: [
      'Arborist here. Oaks tolerate root pruning better than most, but anything over about 5 cm thick within a few metres of the trunk ' +
        'is a judgement call. A survey will cost you a couple of hundred pounds and is worth it, because if the tree later fails the ' +
        'first question will be who cut the roots.',
      'Edit: also ask about a root barrier when you relay the drive. Cheap compared to doing it all again in five years.',
    ],
  },
  {
    author: 'quietlane_',
    time: '2 hr. ago',
    score: '12',
    depth: 0,
    ps: ['We had the same with a sycamore. The insurer paid for the drive and the neighbour paid for the survey. Took four months but no falling out.'],
  },
];
const rdNav = ['Home', 'Popular', 'Answers', 'Explore', 'All'];
const rdRes = ['About Reddit', 'Advertise', 'Developer Platform', 'Reddit Pro', 'Help', 'Blog', 'Careers', 'Press', 'Communities', 'Best of Reddit', 'Topics'];
const rdRules = ['Be civil', 'No contractor advertising', 'Include your country', 'No AI-generated answers'];
const rdLegal = ['Reddit Rules', 'Privacy Policy', 'User Agreement', 'Accessibility', 'Reddit, Inc. © 2025. All rights reserved.'];
const rdDesc = 'Home ownership questions for the UK: buying, repairs, neighbours, insurance and everything in between.';
const rdComment = (c: (typeof rdComments)[number], i: number): string => `<shreddit-comment author="${c.author}" depth="${c.depth}"
thingid="t1_k${i}x9"
score="${c.score}" permalink="/r/HomeOwnersUK/comments/1oq7z2/comment/k${i}x9/" postid="t3_1oq7z2" arialabel="Thread level ${c.depth + 1}">
<div slot="commentAvatar" class="flex items-center"><faceplate-tracker noun="comment_author_avatar"><img alt=""
src="https://www.redditstatic.example/avatars/default.png"
width="24" height="24"></faceplate-tracker></div><div slot="commentMeta" class="flex flex-row items-center"><faceplate-hovercard
position="right-start"
label="${c.author}"><a href="/user/${c.author}/" class="truncate font-bold text-neutral-content-strong">${c.author}</a></faceplate-hovercard>
${'op' in c && c.op ? '<span id="comment-submitter-badge" class="text-global-op font-bold">OP</span>' : ''}<span class="inline-block my-0
created-separator">•</span>
<a href="/r/HomeOwnersUK/comments/1oq7z2/comment/k${i}x9/" rel="nofollow noopener noreferrer"><faceplate-timeago ts="2025-11-09T1${i}:02:11.000Z"
format="short">
<time datetime="2025-11-09T1${i}:02:11.000Z" title="Sunday, 9 November 2025 at 1${i}:02:11">${c.time}</time></faceplate-timeago></a>
${
  'edited' in c && c.edited ? '<span class="inline-block my-0 created-separator">•</span><span class="text-neutral-content-weak">Edited 1 hr. ago</span>' : ''
}</div>
<div slot="comment" id="t1_k${i}x9-comment-rtjson-content" class="md text-14-scalable">${c.ps.map((t) => `<p>${t}</p>`).join('\n')}</div>
<shreddit-comment-action-row slot="actionRow" permalink="/r/HomeOwnersUK/comments/1oq7z2/comment/k${i}x9/" score="${c.score}"><div class="flex
items-center">
<button upvote aria-pressed="false" class="button-plain-weak"><span class="sr-only">Upvote</span></button><span class="text-12">${c.score}</span>
<button downvote aria-pressed="false"><span class="sr-only">Downvote</span></button><faceplate-tracker noun="reply_comment"><button
class="button-plain-weak">
<span class="flex items-center">Reply</span></button></faceplate-tracker><button class="button-plain-weak"><span>Award</span></button>
<shreddit-post-share-button><button><span>Share</span></button></shreddit-post-share-button></div></shreddit-comment-action-row>
</shreddit-comment>`;
const rdHtml = `<!DOCTYPE html>
<html lang="en-GB" class="theme-beta"><head><meta charset="UTF-8"><title>Neighbour’s oak roots have lifted half our driveway. Who is supposed to pay
for this? :
r/HomeOwnersUK</title><meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${rdTitle}">
<meta property="og:site_name" content="Reddit"><meta property="og:type" content="website"><link rel="canonical"
href="https://www.reddit.example/r/HomeOwnersUK/comments/1oq7z2/neighbours_oak_roots_have_lifted_half_our_driveway/">
<script
type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${rdTitle}","author":{"@type":"Person",
"name":"ashcombe_drive","url":"https://www.reddit.example/user/ashcombe_drive/"},"datePublished":"2025-11-09T10:14:52.000Z","commentCount":43,
"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"https://schema.org/LikeAction","userInteractionCount":612}]}</script>
<link rel="stylesheet" href="https://www.redditstatic.example/shreddit/en-GB/core-52d1.css"></head>
<body class="v2 m-0 p-0"><shreddit-app app-name="shreddit" devicetype="desktop" pagetype="post_detail" routename="post_page" env="production">
<reddit-header-large class="sticky top-0 z-[2]"><nav class="h-header-large flex items-center" aria-label="Primary">
<a class="skip-link" href="#main-content">Skip to main content</a><a href="/" aria-label="Home"><span class="sr-only">Reddit
Logo</span><svg></svg></a>
<reddit-search-large><faceplate-search-input placeholder="Search in r/HomeOwnersUK" label="Search
Reddit"></faceplate-search-input></reddit-search-large>
<div class="flex items-center"><a href="https://reddit.example/app" class="button-medium">Get App</a><a id="login-button"
href="https://www.reddit.example/login/"
class="button-brand">Log In</a><button id="expand-user-drawer-button" aria-label="Expand user menu"><span class="sr-only">Open settings
menu</span></button></div>
</nav></reddit-header-large>
<div class="grid-container grid-container--has-left-nav"><flex-left-nav-container id="left-sidebar-container"><nav aria-label="Primary"
id="left-sidebar">
<ul>${rdNav
  .map(
    (t) => `<li><faceplate-tracker noun="${t.toLowerCase()}"><a href="/${t.toLowerCase()}/" class="flex items-center"><span
class="text-14">${t}</span></a>
</faceplate-tracker></li>`,
  )
  .join('\n')}</ul><faceplate-expandable-section-helper><details open><summary><span class="text-12 uppercase">RECENT</span></summary>
<ul><li><a href="/r/DIYUK/">r/DIYUK</a></li></ul></details></faceplate-expandable-section-helper><faceplate-expandable-section-helper><details>
<summary><span class="text-12 uppercase">RESOURCES</span></summary><ul>${rdRes
  .map((t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`)
  .join('')}
</ul></details></faceplate-expandable-section-helper></nav></flex-left-nav-container>
<div class="main-container"><main id="main-content" class="main w-full"><shreddit-post id="t3_1oq7z2" post-title="${rdTitle}" author="ashcombe_drive"
subreddit-prefixed-name="r/HomeOwnersUK" created-timestamp="2025-11-09T10:14:52.000000+0000" comment-count="43" score="612" post-type="text"
content-href="https://www.reddit.example/r/HomeOwnersUK/comments/1oq7z2/" class="block relative">
<span slot="credit-bar" class="flex items-center text-12"><span class="flex items-center"><a href="/r/HomeOwnersUK/"
class="subreddit-name">r/HomeOwnersUK</a>
<span class="created-separator">•</span><faceplate-timeago ts="2025-11-09T10:14:52.000Z" format="short"><time datetime="2025-11-09T10:14:52.000Z">7
hr. ago</time>
</faceplate-timeago></span><div class="author-name-meta"><faceplate-tracker noun="user_profile"><a href="/user/ashcombe_drive/"
class="author-name">ashcombe_drive</a>
</faceplate-tracker></div></span>
<h1 slot="title" id="post-title-t3_1oq7z2" class="font-semibold text-neutral-content-strong m-0 text-18">${rdTitle}</h1>
<shreddit-post-flair slot="post-flair"><a href="/r/HomeOwnersUK/?f=flair_name%3A%22Legal%22" class="flair-content"><span class="bg-tone-4 flair">Legal
/ Neighbours</span></a>
</shreddit-post-flair>
<div slot="text-body" class="text-neutral-content"><div class="md max-h-[337px] feed-card-text-preview" id="t3_1oq7z2-post-rtjson-content">
${rdPost.map((t) => `<p>${t}</p>`).join('\n')}</div></div>
<div slot="actionRow" class="flex items-center"><span class="vote-cluster"><button upvote><span
class="sr-only">Upvote</span></button><faceplate-number number="612">612
</faceplate-number><button downvote><span class="sr-only">Downvote</span></button></span><a name="comments-action-button"
href="#comments"><span>43</span></a>
<award-button><button><span>Award</span></button></award-button>
<shreddit-post-share-button><button><span>Share</span></button></shreddit-post-share-button></div>
</shreddit-post>
<faceplate-tracker noun="comment_composer"><comment-body-header><div class="comment-composer"><span>Join the
conversation</span></div></comment-body-header></faceplate-tracker>
<div class="flex items-center"><shreddit-sort-dropdown><span class="text-12">Sort by:</span><span
class="font-semibold">Best</span></shreddit-sort-dropdown>
<comment-search-input><span class="sr-only">Search Comments</span></comment-search-input></div>
<shreddit-comment-tree id="comment-tree" post-id="t3_1oq7z2" totalcomments="43" aria-label="Comments Section">
${rdComments.map(rdComment).join('\n')}
<faceplate-partial loading="action"><button class="text-secondary-weak font-semibold">4 more
replies</button></faceplate-partial></shreddit-comment-tree>
</main>
<div id="right-sidebar-container" class="right-sidebar"><aside aria-label="Community information"><shreddit-subreddit-header name="HomeOwnersUK">
<h2 class="text-16 font-bold">r/HomeOwnersUK</h2><p class="text-14">${rdDesc}</p><button class="button-primary">Join</button>
<div class="flex"><faceplate-number number="184000">184K</faceplate-number><span class="text-12">Members</span><faceplate-number
number="2100">2.1K</faceplate-number>
<span class="text-12">Online</span></div></shreddit-subreddit-header>
<div class="rules"><h2 class="text-12 uppercase">r/HomeOwnersUK Rules</h2><ol>${rdRules
  .map(
    (t, i) => `<li><details><summary><span>${i + 1}</span><span>${t}</span>
</summary></details></li>`,
  )
  .join('\n')}</ol></div>
<div class="legal-links"><ul>${rdLegal.map((t) => `<li><a href="/policies/${t.length}">${t}</a></li>`).join('')}</ul></div></aside></div></div></div>
</shreddit-app><script src="https://www.redditstatic.example/shreddit/en-GB/app-7c1f.js" type="module"></script></body></html>`;
const reddit: TestPage = {
  html: rdHtml,
  name: 'heldout106-reddit-thread',
  kind: 'forum',
  // a discussion: the post and every comment are body; user names, times and "Edited" lines are bylines; the OP badge,
  // scores, flair, vote / reply / award / share buttons, the sort bar, the sidebar and the legal links are furniture
  title: rdTitle,
  headings: [],
  body: texts([...rdPost, ...rdComments.flatMap((c) => c.ps)]),
  bylines: ['ashcombe_drive', '7 hr. ago', ...rdComments.flatMap((c) => [c.author, c.time]), 'Edited 1 hr. ago'].filter((t, i, a) => a.indexOf(t) === i),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Reddit Logo', 'Get App', 'Log In', 'Open settings menu', ...rdNav, 'RECENT', 'r/DIYUK', 'RESOURCES', ...rdRes,
    'r/HomeOwnersUK', 'Legal / Neighbours', 'Upvote', '612', 'Downvote', '43', 'Award', 'Share', 'Join the conversation', 'Sort by:', 'Best',
    'Search Comments', 'OP', ...rdComments.map((c) => c.score), 'Reply', '4 more replies', rdDesc, 'Join', '184K', 'Members', '2.1K', 'Online',
    'r/HomeOwnersUK Rules', ...rdRules, ...rdLegal,
  ].filter((t, i, a) => a.indexOf(t) === i),
};

export const HELDOUT106_F: readonly TestPage[] = [reddit, discourseTopic];
