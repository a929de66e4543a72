import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 119, file b3: a new Reddit (shreddit) thread as a signed-out visitor saves it (the large header with "Get App"
 * and "Log In", the left navigation with Home / Popular / Explore / All and the resources list, the <shreddit-post> with its
 * credit bar, flair, text body and vote / comment / share buttons, the comment sort bar and search, a nested
 * <shreddit-comment-tree> with OP and "Top 1% Commenter" badges, an edited line, action rows and "more replies", the community
 * sidebar with rules and bookmarks, "Related Answers", "More posts you may like", the footer links and the cookie banner).
 */
const rdTitle = 'Starter smells like nail polish remover a day after feeding. Is it dead?';
const rdPost = [
  'I’ve had my starter (named Gerald, obviously) for about four months and it’s been great until last week. I moved it from the ' +
    'kitchen counter to the shelf above the fridge because the counter was getting cold at night.',
  'Now about a day after each feeding it smells sharp, like acetone, and there’s a grey liquid on top. It still rises a bit after ' +
    'feeding but nowhere near doubling like it used to.',
  'I feed 1:1:1 by weight with half white and half whole wheat, and the water is filtered. Should I throw it out and start again? I ' +
    'really don’t want to lose Gerald.',
];
type C = { id: string; user: string; ago: string; score: string; depth: number; ps: string[]; op?: boolean; flair?: string; edited?: string };
const rdComments: C[] = [
  {
    id: 'm3k1a0x',
    user: 'levain_larsen',
    ago: '4h ago',
    score: '142',
    depth: 0,
    flair: 'Top 1% Commenter',
    ps: [
      'Gerald is fine, he’s just hungry. The acetone smell and the grey liquid (hooch) are what a starter does when it runs out of food. ' +
        'The top of the fridge is warm, so he’s eating through his flour much faster than he did on the counter.',
      'Either feed him more often, every 12 hours or so, or feed at a bigger ratio like 1:3:3 so there’s more food to get through. Pour ' +
        'the hooch off before you feed if you want a milder flavour.',
    ],
  },
  {
    id: 'm3k2b7q',
    user: 'crumbsnatcher_88',
    ago: '4h ago',
    score: '38',
    depth: 1,
    op: true,
    ps: ['Oh that makes a lot of sense, I never thought about the fridge being warm on top. Trying 1:3:3 tonight!'],
  },
  {
    id: 'm3k4c2d',
    user: 'yeastbeast_pdx',
    ago: '3h ago',
    score: '21',
    depth: 1,
    ps: ['Seconding this. Mine smelled exactly the same every summer until I switched ratios. It’s the most common “is my starter dead” post here.'],
  },
  {
    id: 'm3k3f9z',
    user: 'bakes_on_sundays',
    ago: '4h ago',
    score: '57',
    depth: 0,
    edited: 'Edited 2h ago',
    ps: [
      'Stick a cheap thermometer up there for a day. If it’s over about 27°C that alone explains it. My kitchen shelf sits around 29°C in ' +
        'the afternoon and my starter peaks in four hours.',
      'Edit: to be clear, warm is not bad, it just means you have to feed on its schedule, not yours.',
    ],
  },
  {
    id: 'm3k6h1w',
    user: 'hydration_station',
    ago: '3h ago',
    score: '19',
    depth: 0,
    ps: [
      'Also, if it isn’t doubling, give it two or three feeds in a row at room temperature before you judge it. Starters that have been ' +
        'starved for a while usually bounce back within a couple of days.',
    ],
  },
  {
    id: 'm3k9p4e',
    user: 'crumbsnatcher_88',
    ago: '1h ago',
    score: '64',
    depth: 1,
    op: true,
    ps: ['Update: two feeds at 1:3:3 back on the counter and he doubled in six hours. Thank you all, Gerald lives!'],
  },
];
const rdLeft = ['Home', 'Popular', 'Explore', 'All'];
const rdRes = ['About Reddit', 'Advertise', 'Developer Platform', 'Reddit Pro', 'Help', 'Blog', 'Careers', 'Press', 'Communities', 'Best of Reddit', 'Topics'];
const rdFoot = ['Reddit Rules', 'Privacy Policy', 'User Agreement', 'Accessibility', 'Reddit, Inc. © 2025. All rights reserved.'];
const rdAbout = 'Welcome to r/Sourdough! A place to share loaves, starters and questions about naturally leavened bread.';
const rdRules = ['Be kind to new bakers', 'Post a crumb shot with every loaf', 'No selling starters or flour', 'Search the FAQ before asking'];
const rdRelated = ['Best flour for a sourdough starter', 'How to revive a neglected sourdough starter', 'Why does sourdough starter smell sour'];
const rdMore = ['First loaf after six weeks of trying, finally an open crumb', 'Rye starter not rising after a week', 'What’s your go-to discard recipe?'];
const rdCookie =
  'Reddit and its partners use cookies and similar technologies to provide you with a better experience. By accepting all cookies, you ' +
  'agree to our use of cookies to deliver and maintain our services and site, improve the quality of Reddit, personalize Reddit content ' +
  'and advertising, and measure the effectiveness of advertising.';
const time = (ago: string, ts: string): string =>
  `<faceplate-timeago class="whitespace-nowrap" ts="${ts}" format="short"><time datetime="${ts}"
title="Sunday, November 2, 2025">${ago}</time></faceplate-timeago>`;
const rtjson = (
  id: string,
  a: readonly string[],
  kind: string,
): string => `<div id="${id}-${kind}-rtjson-content" class="md text-14-scalable" style="--emote-size: 20px">
${a.map((p) => `<p>${p}</p>`).join('\n')}</div>`;
const comment = (
  c: C,
  kids = '',
): string => `<shreddit-comment author="${c.user}" thingid="t1_${c.id}" depth="${c.depth}" permalink="/r/Sourdough/comments/1ok7c2v/comment/${c.id}/"
score="${c.score}" postid="t3_1ok7c2v" aria-label="Comment by ${c.user}"${c.op ? ' is-op' : ''} collapsed="false">
<div slot="commentAvatar" class="flex items-center justify-center shrink-0 h-xl w-xl"><faceplate-tracker source="comment"><a href="/user/${c.user}/">
<span class="inline-flex items-center justify-center w-[24px] h-[24px]"><img src="https://styles.redditmedia.com/t5_avatar_${c.id}.png"
alt="${c.user} avatar"></span>
</a></faceplate-tracker></div><div slot="commentMeta" class="flex flex-row items-center gap-2xs flex-nowrap h-md overflow-hidden"><faceplate-hovercard
position="right-start" label="${c.user}"><a href="/user/${c.user}/" class="truncate font-bold text-neutral-content-strong text-12 hover:underline">${c.user}</a>
</faceplate-hovercard>${c.op ? '<span class="text-12 font-bold text-secondary-weak">OP</span>' : ''}${
  c.flair
    ? `<span
class="flair-content text-12">${c.flair}</span>`
    : ''
}
<span class="inline-block text-neutral-content-weak" aria-hidden="true">•</span>${time(c.ago, '2025-11-02T09:14:22.187Z')}
${c.edited ? `<span class="text-neutral-content-weak text-12">•</span><span class="text-neutral-content-weak text-12">${c.edited}</span>` : ''}</div>
<div slot="comment">${rtjson(`t1_${c.id}`, c.ps, 'comment')}</div><shreddit-comment-action-row slot="actionRow" comment-id="t1_${c.id}" score="${c.score}">
<span class="flex items-center"><button class="button-plain-weak" aria-label="Upvote"></button><faceplate-number
number="${c.score}">${c.score}</faceplate-number>
<button class="button-plain-weak" aria-label="Downvote"></button></span><button class="button-plain-weak" slot="reply">Reply</button>
<button class="button-plain-weak">Award</button><button class="button-plain-weak"
slot="share">Share</button></shreddit-comment-action-row>${kids}</shreddit-comment>`;
const [c0, c1, c2, c3, c4, c5] = rdComments as [C, C, C, C, C, C];
const tree = `${comment(c0, comment(c1) + comment(c2))}
${comment(c3)}
${comment(
  c4,
  `${comment(c5)}<faceplate-partial loading="action" src="/svc/shreddit/more-comments/Sourdough/t1_m3k6h1w"><button class="text-tone-2 text-12">3 more
replies</button>
</faceplate-partial>`,
)}`;
const rdHtml = `<!DOCTYPE html>
<html lang="en-US" class="theme-beta sr-reddit-font-loaded" style="--app-header-height: 57px"><head><meta charset="UTF-8">
<title>Starter smells like nail polish remover a day after feeding. Is it dead? : r/Sourdough</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description"
content="I’ve had my starter (named Gerald, obviously) for about four months.">
<meta property="og:title" content="r/Sourdough on Reddit: Starter smells like nail polish remover a day after feeding. Is it dead?"><meta property="og:type"
content="website">
<meta property="og:site_name" content="Reddit"><meta name="twitter:card" content="summary"><link rel="canonical"
href="https://www.reddit.com/r/Sourdough/comments/1ok7c2v/starter_smells_like_nail_polish_remover/">
<link rel="stylesheet" href="https://www.redditstatic.com/shreddit/assets/shell-d8b1f2c4.css">
<script type="module" src="https://www.redditstatic.com/shreddit/en-US/shell-b9e0a1c4.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${rdTitle}","author":{"@type":"Person",
"name":"crumbsnatcher_88","url":"https://www.reddit.com/user/crumbsnatcher_88/"},"datePublished":"2025-11-02T08:02:51.000Z","commentCount":34,
"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"https://schema.org/LikeAction","userInteractionCount":57}]}</script></head>
<body class="v2 m-0 p-0 w-full"><shreddit-app pagetype="post_detail" routename="post_page" env="production" locale="en-US" theme="light">
<a class="absolute w-1 h-1 overflow-hidden focus:w-auto focus:h-auto" href="#main-content">Skip to main content</a>
<reddit-header-large><nav class="flex justify-between items-center h-header-large px-md border-b-sm" aria-label="Header"><button id="navbar-menu-button"
aria-label="Open menu" class="button-plain button-medium"></button><a aria-label="Home" href="/" id="reddit-logo"><span class="flex items-center gap-xs">
<svg aria-hidden="true" viewBox="0 0 216 216"></svg></span></a><reddit-search-large><faceplate-search-input placeholder="Search in r/Sourdough"
name="q"></faceplate-search-input></reddit-search-large><span class="flex items-center gap-xs"><faceplate-tracker source="nav" action="click" noun="get_app">
<a href="https://reddit.app.link" class="button button-medium button-secondary"><span class="flex items-center">Get App</span></a></faceplate-tracker>
<faceplate-tracker source="nav" noun="login"><a href="https://www.reddit.com/login/" id="login-button" class="button button-medium button-brand">Log In</a>
</faceplate-tracker><button aria-label="Expand user menu" class="button-plain button-medium"></button></span></nav></reddit-header-large>
<div class="grid-container theme-rpl grid"><flex-left-nav-container id="left-sidebar-container" class="left-nav-container"><nav id="left-sidebar"
aria-label="Primary"><left-nav-top-section>${rdLeft
  .map(
    (t) => `<faceplate-tracker source="nav" noun="${t.toLowerCase()}_menu"><a href="/${t === 'Home' ? '' : `r/${t.toLowerCase()}/`}"
class="flex items-center px-md py-xs"><span class="text-14">${t}</span></a></faceplate-tracker>`,
  )
  .join('\n')}</left-nav-top-section><hr class="border-b-neutral-border"><faceplate-expandable-section-helper><details open><summary>
<span class="text-12 uppercase">Resources</span></summary><ul>${rdRes
  .map(
    (t) => `<li><a
href="https://redditinc.com/${t.replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}
</ul></details></faceplate-expandable-section-helper><div class="text-12 px-md"><ul class="flex flex-wrap">${rdFoot
  .slice(0, 4)
  .map((t) => `<li><a href="https://redditinc.com/policies/${t.replace(/ /g, '-')}">${t}</a></li>`)
  .join('')}</ul><p>${rdFoot[4]}</p></div></nav></flex-left-nav-container>
<div class="subgrid-container m-0 box-border flex flex-col self-stretch"><div class="main-container flex gap-md w-full"><main
class="main w-full flex-grid--main-container-card"
id="main-content"><shreddit-post author="crumbsnatcher_88" created-timestamp="2025-11-02T08:02:51.000000+0000" post-title="${rdTitle}" id="t3_1ok7c2v"
permalink="/r/Sourdough/comments/1ok7c2v/starter_smells_like_nail_polish_remover/" comment-count="34" score="57" post-type="text"
subreddit-prefixed-name="r/Sourdough"
class="block xs:mt-xs xs:-mx-xs xs:px-xs xs:rounded-[16px] pt-xs nd:pt-xs bg-ui-color-neutral-background">
<div slot="credit-bar" class="flex justify-between text-12"><span class="flex flex-wrap items-center"><span class="avatar text-16"><img
src="https://styles.redditmedia.com/t5_2sourd/icon.png"
alt="r/Sourdough icon"></span><a href="/r/Sourdough/" class="subreddit-name text-neutral-content font-bold text-12">r/Sourdough</a>
<span class="created-separator text-neutral-content-weak">•</span>${time('5 hr. ago', '2025-11-02T08:02:51.000Z')}<span class="flex">
<faceplate-tracker source="post_credit_bar" noun="author"><a href="/user/crumbsnatcher_88/"
class="author-name">crumbsnatcher_88</a></faceplate-tracker></span></span>
<button class="button button-primary button-x-small join-button">Join</button></div>
<h1 slot="title" id="post-title-t3_1ok7c2v"
class="font-semibold text-neutral-content-strong m-0 text-18 xs:text-24 mb-xs px-md xs:px-0 xs:mb-md">${rdTitle}</h1>
<shreddit-post-flair slot="post-flair" class="flex my-xs"><a href="/r/Sourdough/?f=flair_name%3A%22Help%22" class="no-decoration">
<span class="bg-tone-4 inline-block truncate max-w-full text-12 font-normal align-text-bottom box-border px-[6px] rounded-[20px] leading-4 relative
top-[-0.25rem] xs:top-[-2px] my-2xs xs:mb-sm py-0"><div class="flair-content">Help</div></span></a></shreddit-post-flair>
<div slot="text-body" class="mb-sm mb-xs px-md xs:px-0 overflow-hidden">${rtjson('t3_1ok7c2v', rdPost, 'post')}</div>
<span slot="vote-button"><button aria-label="Upvote"></button><faceplate-number pretty number="57">57</faceplate-number><button
aria-label="Downvote"></button></span>
<a slot="comment-button" href="#comments" class="button button-secondary"><faceplate-number pretty number="34">34</faceplate-number></a>
<span slot="award-button"><button class="button button-secondary">Award</button></span><span slot="share-button"><button
class="button button-secondary">Share</button></span>
</shreddit-post><div id="comments" class="flex items-center justify-between"><shreddit-sort-dropdown><span class="text-12">Sort by:</span><button>Best</button>
</shreddit-sort-dropdown><faceplate-search-input placeholder="Search Comments" name="q"><button aria-label="Expand comment search">Search Comments</button>
</faceplate-search-input></div><shreddit-comment-tree post-id="t3_1ok7c2v" totalcomments="34" sort="confidence">
${tree}
</shreddit-comment-tree><faceplate-partial loading="lazy" src="/svc/shreddit/more-comments/Sourdough/t3_1ok7c2v"><button class="button button-small">View more
comments</button>
</faceplate-partial><section class="related-answers" aria-label="Related Answers"><h2 class="text-14 font-semibold">Related Answers Section</h2><h3
class="text-12">Related Answers</h3>
<ul>${rdRelated.map((t) => `<li><a href="/answers/${t.replace(/ /g, '-').toLowerCase()}/">${t}</a></li>`).join('')}</ul></section>
<section class="more-posts"><h2 class="text-14 font-semibold">More posts you may like</h2><ul>${rdMore
  .map(
    (t) =>
      `<li><faceplate-tracker source="post_detail" noun="related_post"><a href="/r/Sourdough/comments/xx/"><h3
class="text-14">${t}</h3></a></faceplate-tracker></li>`,
  )
  .join('')}</ul></section></main>
<aside id="right-sidebar-container" class="right-sidebar-container" aria-label="Community information"><shreddit-subreddit-header name="Sourdough"
description="${rdAbout}"><div class="flex justify-between"><h2 class="text-16 font-bold">r/Sourdough</h2><button
class="button button-primary button-x-small">Join</button>
</div><p class="text-14">${rdAbout}</p><div class="text-12"><span>Created Mar 14, 2011</span> <span>Public</span></div><div class="flex gap-md">
<div><faceplate-number number="142000">142K</faceplate-number> <span>Bakers</span></div><div><faceplate-number number="312">312</faceplate-number>
<span>Proofing now</span></div><div><span>Top 1%</span> <span>Rank by size</span></div></div></shreddit-subreddit-header>
<div class="community-bookmarks"><h2 class="text-12 uppercase">Community Bookmarks</h2><a href="/r/Sourdough/wiki/">Wiki</a> <a
href="/r/Sourdough/wiki/starter">Starter FAQ</a></div>
<div class="community-rules"><h2 class="text-12 uppercase">Rules</h2><ol>${rdRules
  .map(
    (t, i) => `<li><details><summary><span>${i + 1}</span> <span>${t}</span></summary>
</details></li>`,
  )
  .join('')}</ol></div><div class="moderators"><h2 class="text-12 uppercase">Moderators</h2><a href="/message/compose?to=r/Sourdough">Message Mods</a>
<a href="/r/Sourdough/about/moderators/">View all moderators</a></div></aside></div></div></div>
<div id="data-protection-consent-banner" class="fixed bottom-0" role="dialog" aria-label="Cookie banner"><p class="text-14">${rdCookie}</p>
<button class="button button-primary">Accept All</button><button class="button button-secondary">Reject Optional
Cookies</button></div></shreddit-app></body></html>`;
export const redditThread: TestPage = {
  html: rdHtml,
  name: 'heldout119-reddit-thread',
  kind: 'forum',
  // the self-post and every comment are body (the OP's "Edit:" paragraph too); usernames, ages and the "Edited" line are bylines;
  // the flair, OP and "Top 1% Commenter" badges, scores, action buttons and the sidebar are furniture
  title: rdTitle,
  headings: [],
  body: texts([...rdPost, ...rdComments.flatMap((c) => c.ps)]),
  bylines: [
    'crumbsnatcher_88',
    '5 hr. ago',
    'levain_larsen',
    '4h ago',
    'yeastbeast_pdx',
    '3h ago',
    'bakes_on_sundays',
    'Edited 2h ago',
    'hydration_station',
    '1h ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    'Skip to main content', 'Get App', 'Log In', ...rdLeft, 'Resources', ...rdRes, ...rdFoot, 'r/Sourdough', 'Join', 'Help', '57', '34', 'Award', 'Share',
    'Sort by:', 'Best', 'Search Comments', 'OP', 'Top 1% Commenter', ...rdComments.map((c) => c.score), 'Reply', '3 more replies', 'View more comments',
    'Related Answers', ...rdRelated, 'More posts you may like', ...rdMore, rdAbout, 'Created Mar 14, 2011', 'Public', '142K', 'Bakers', '312', 'Proofing now',
    'Top 1%', 'Rank by size', 'Community Bookmarks', 'Wiki', 'Starter FAQ', 'Rules', ...rdRules, 'Moderators', 'Message Mods', 'View all moderators', rdCookie,
    'Accept All', 'Reject Optional Cookies',
    ]),
  ],
};
