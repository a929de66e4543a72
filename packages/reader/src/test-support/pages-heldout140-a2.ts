import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 140, file a2: a Reddit self-post with nested comments as the mobile web (shreddit) saves it: the
 * large header with "Open App" and "Log In", the hidden left navigation flyout (feeds, topics, resources), the post's
 * credit bar (subreddit, time, author, "Join"), the flair, the action row counts, the comment sort and search, comments
 * with "OP" labels, an edited line, a deleted comment, a quoted line inside a reply, "more replies" links, the "Related
 * Answers" and "More posts you may like" rails, the footer and the xpromo "open in app" bottom sheet.
 */
const rdTitle = 'Is a polytunnel worth it on a really exposed plot? Lost two cold frames this winter already';
const rdPost = [
  'Second year on our allotment and it sits right at the top of the hill with nothing between us and the westerly wind. We lost both ' +
    'cold frames in January, one of them ended up three plots down in somebody’s rhubarb.',
  'I would love a polytunnel for tomatoes and chillies, something around 3 m by 6 m, but I am nervous about spending £600 on something ' +
    'that might end up in a hedge. The committee allows them as long as they are anchored and under 2.5 m tall.',
  'Anyone grow on an exposed site? Is it doable, and what did you do to keep it in the ground?',
];
type Cm = { user: string; ago: string; score: string; paras: string[]; depth: number; op?: boolean; edited?: string; quote?: string };
const rdComments: Cm[] = [
  {
    user: 'hedgerow_harriet',
    ago: '2d ago',
    score: '86',
    depth: 0,
    paras: [
      'Ours is on a hilltop site and has survived six winters. The three things that made the difference: trench the cover in rather than ' +
        'using base rails, put anchor plates at every hoop, and keep the doors shut on windy days. The wind getting inside is what lifts them.',
      'Also orient it end-on to the prevailing wind if you can. Side-on it acts like a sail.',
    ],
  },
  {
    user: 'Few-Gain-8821',
    ago: '2d ago',
    score: '31',
    depth: 1,
    op: true,
    quote: 'trench the cover in rather than using base rails',
    paras: ['How deep did you go with the trench? Our soil is heavy clay so digging is not fun, but I would rather do it once.'],
  },
  {
    user: 'hedgerow_harriet',
    ago: '2d ago',
    score: '28',
    depth: 2,
    edited: 'Edited 1d ago',
    paras: [
      'About 30 cm down and 30 cm out, then backfilled and stamped in hard. Clay is actually good for this once it settles. Edit: and do it ' +
        'on a warm day, the plastic stretches tighter and sits better when it cools.',
    ],
  },
  {
    user: 'plotholder_pete',
    ago: '1d ago',
    score: '19',
    depth: 0,
    paras: [
      'Consider a smaller tunnel with a lower profile first. Our 2 m tall one never moved, while the neighbour’s tall one with big doors lost ' +
        'its cover twice. Height is what catches the wind.',
    ],
  },
  {
    user: 'MossyWellies',
    ago: '1d ago',
    score: '12',
    depth: 0,
    paras: [
      'Check your insurance too. Our site’s policy covers the tunnel frame but not the cover, which is the bit that fails.',
      'Whatever you choose, a windbreak net on the west side helps more than people think.',
    ],
  },
];
const rdFeeds = ['Home', 'Popular', 'Answers', 'Explore', 'All'];
const rdTopics = ['Internet Culture (Viral)', 'Games', 'Q&As', 'Technology', 'Pop Culture', 'Movies & TV'];
const rdResources = ['About Reddit', 'Advertise', 'Reddit Pro', 'Help', 'Blog', 'Careers', 'Press', 'Communities', 'Best of Reddit', 'Topics'];
const rdRelated = ['Best crops for an unheated polytunnel', 'How to anchor a polytunnel in clay soil', 'Polytunnel versus greenhouse on an allotment'];
const rdMore = [
  'First proper harvest from plot 14b, very proud of these leeks',
  'Committee wants us to remove our shed. Can they do that?',
  'What is eating my brassicas? Photos inside',
];
const rdMoreSubs = ['r/allotmentgrowers', 'r/GardeningUK', 'r/vegetablegardening'];
const rdFoot = ['Reddit Rules', 'Privacy Policy', 'User Agreement', 'Accessibility'];
const rdSheet = ['See this post in...', 'Reddit', 'Open', 'Browser', 'Continue'];
const rdComment = (
  c: Cm,
  i: number,
): string => `<shreddit-comment author="${c.user}" thingid="t1_kq${i}x" depth="${c.depth}" permalink="/r/allotmentgrowers/comments/1op8x2k/comment/kq${i}x/"
postid="t3_1op8x2k" score="${c.score}" award-count="0" content-type="text" collapsed="false"${c.depth > 0 ? ` parentid="t1_kq${i - 1}x"` : ''} class="pt-md
px-md xs:px-0">
<div slot="commentAvatar" class="flex items-center justify-center"><faceplate-tracker source="post_detail" action="click" noun="comment_author_avatar">
<a href="/user/${c.user}/" aria-hidden="true"><span class="inline-flex items-center justify-center w-[24px] h-[24px]"><faceplate-img
src="https://styles.redditmedia.example/t5_avatar.png" alt="${c.user} avatar" width="24" height="24"
class="rounded-full"></faceplate-img></span></a></faceplate-tracker></div>
<div slot="commentMeta" class="flex flex-row items-center flex-nowrap overflow-hidden justify-start h-md"><faceplate-hovercard position="right-start"
label="${c.user}" data-id="user-hover-card"><a href="/user/${c.user}/" class="truncate font-bold text-neutral-content-strong text-12
hover:underline">${c.user}</a>
</faceplate-hovercard>${c.op ? '<span class="text-12 font-bold text-secondary-onBackground ml-2xs" id="comment-author-op">OP</span>' : ''}
<span class="inline-block my-0 created-separator text-neutral-content-weak">•</span><faceplate-timeago ts="2025-11-03T19:22:10.000Z" class="whitespace-nowrap"
format="short"><time datetime="2025-11-03T19:22:10.000Z" title="Monday, November 3, 2025 at 7:22:10 PM GMT">${c.ago}</time></faceplate-timeago>${
  c.edited
    ? `<span class="inline-block my-0 edited-separator text-neutral-content-weak">•</span><span class="text-neutral-content-weak">${c.edited}</span>`
    : ''
}</div>
<div class="md text-14 rounded-[8px] pb-2xs overflow-hidden" slot="comment"><div id="t1_kq${i}x-comment-rtjson-content" class="md text-14">
${c.quote ? `<blockquote><p>${c.quote}</p></blockquote>\n` : ''}${c.paras.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<shreddit-comment-action-row slot="actionRow" comment-id="t1_kq${i}x" score="${c.score}" class="-ml-xs mr-md"><div class="flex items-center">
<button upvote aria-pressed="false" class="button-plain-weak inline-flex"><span class="sr-only">Upvote</span></button><span class="flex items-center px-2xs">
<faceplate-number number="${c.score}" pretty>${c.score}</faceplate-number></span><button downvote class="button-plain-weak"><span
class="sr-only">Downvote</span></button>
<faceplate-tracker noun="reply_comment"><button class="button-plain-weak"><span class="flex items-center">Reply</span></button></faceplate-tracker>
<award-button><button class="button-plain-weak"><span class="flex items-center">Award</span></button></award-button>
<shreddit-post-share-button><button class="button-plain-weak"><span class="flex items-center">Share</span></button></shreddit-post-share-button></div>
</shreddit-comment-action-row>`;
// nested shreddit-comment elements close after their children, as in the saved DOM
const rdTree = (): string => {
  const out: string[] = [];
  const open: number[] = [];
  rdComments.forEach((c, i) => {
    while (open.length > 0 && (open[open.length - 1] ?? -1) >= c.depth) {
      out.push('</shreddit-comment>');
      open.pop();
    }
    out.push(rdComment(c, i));
    open.push(c.depth);
    if (i === 2)
      out.push('<faceplate-partial loading="action" src="/svc/shreddit/more-comments"><button class="text-tone-2">1 more reply</button></faceplate-partial>');
  });
  for (const _ of open) out.push('</shreddit-comment>');
  return out.join('\n');
};
const rdHtml = `<!DOCTYPE html>
<html lang="en-US" class="theme-beta theme-light" style="--shreddit-header-large-height: 56px;"><head><meta charset="UTF-8">
<title>Is a polytunnel worth it on a really exposed plot? Lost two cold frames this winter already : r/allotmentgrowers</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><meta name="robots" content="index, follow">
<meta property="og:title" content="r/allotmentgrowers on Reddit: ${rdTitle}"><meta property="og:type" content="website"><meta property="og:site_name"
content="Reddit">
<meta name="description" content="Second year on our allotment and it sits right at the top of the hill with nothing between us and the westerly wind.">
<link rel="canonical" href="https://www.reddit.example/r/allotmentgrowers/comments/1op8x2k/is_a_polytunnel_worth_it_on_a_really_exposed_plot/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${rdTitle}","author":{"@type":"Person",
"name":"Few-Gain-8821","url":"https://www.reddit.example/user/Few-Gain-8821/"},"datePublished":"2025-11-03T18:40:55.000Z","commentCount":47,
"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"https://schema.org/LikeAction","userInteractionCount":128}]}</script>
<link rel="stylesheet" href="https://www.redditstatic.example/shreddit/en-US/shell.css"><script type="module"
src="https://www.redditstatic.example/shreddit/en-US/app.js"></script>
</head>
<body class="v2 m-0 p-0 w-full"><shreddit-app routename="post_page" pagetype="post_detail" env="production" dev-mode="false" class="block">
<reddit-header-large class="bg-neutral-background sticky top-0 z-[3]"><nav class="h-header-large flex items-center justify-between px-md gap-md">
<a href="#main-content" class="sr-only focus:not-sr-only">Skip to main content</a><activate-feature><button class="button-plain-weak" aria-label="Open menu"
aria-controls="left-sidebar-container"><span class="sr-only">Open navigation</span></button></activate-feature><a aria-label="Home" href="/" class="flex
items-center">
<span class="sr-only">Reddit Logo</span></a><faceplate-search-input placeholder="Search in r/allotmentgrowers" name="q" class="w-full"></faceplate-search-input>
<faceplate-tracker noun="xpromo_app_download"><a href="https://reddit.app.link/?af_xp=custom" class="button button-small button-secondary">Open
App</a></faceplate-tracker>
<faceplate-tracker noun="login"><a id="login-button" href="https://www.reddit.example/login/" class="button button-small button-primary">Log
In</a></faceplate-tracker>
</nav></reddit-header-large>
<div class="grid-container theme-beta grid"><flex-left-nav-container id="left-sidebar-container" class="hidden" aria-hidden="true"><reddit-sidebar-nav
id="left-sidebar"><nav aria-label="Primary"><ul class="left-nav-top-section">${links(rdFeeds, 'left-nav-item')}</ul><hr>
<summary class="text-12 uppercase">Topics</summary><ul>${links(rdTopics, 'left-nav-topic')}</ul><hr><summary class="text-12 uppercase">Resources</summary>
<ul>${links(rdResources, 'left-nav-resource')}</ul></nav></reddit-sidebar-nav></flex-left-nav-container>
<div class="subgrid-container m-0 box-border flex flex-col"><div class="main-container flex gap-md"><main class="main w-full flex-grid--main-container-card"
id="main-content">
<shreddit-post permalink="/r/allotmentgrowers/comments/1op8x2k/is_a_polytunnel_worth_it_on_a_really_exposed_plot/" id="t3_1op8x2k" author="Few-Gain-8821"
subreddit-prefixed-name="r/allotmentgrowers" post-title="${rdTitle}" post-type="text" comment-count="47" score="128"
created-timestamp="2025-11-03T18:40:55.000000+0000"
class="block xs:mt-xs xs:-mx-xs xs:px-xs xs:rounded-[16px] pt-xs nd:pt-xs bg-neutral-background">
<div slot="credit-bar" class="flex justify-between text-12"><span class="flex flex-wrap items-center"><faceplate-hovercard data-id="community-hover-card">
<a href="/r/allotmentgrowers/" class="subreddit-name text-neutral-content font-bold text-12 hover:underline">r/allotmentgrowers</a></faceplate-hovercard>
<span class="inline-block my-0 created-separator">•</span><faceplate-timeago ts="2025-11-03T18:40:55.000Z" format="short"><time
datetime="2025-11-03T18:40:55.000Z"
title="Monday, November 3, 2025 at 6:40:55 PM GMT">2 days ago</time></faceplate-timeago><div class="author-name-meta flex items-center"><faceplate-tracker
noun="user_profile"><a href="/user/Few-Gain-8821/" class="author-name whitespace-nowrap text-neutral-content
visited:text-neutral-content-weak">Few-Gain-8821</a>
</faceplate-tracker></div></span><shreddit-join-button subreddit-name="allotmentgrowers" button-type="join"><button class="button button-xsmall
button-primary">Join
</button></shreddit-join-button></div>
<h1 slot="title" id="post-title-t3_1op8x2k" class="font-semibold text-neutral-content-strong m-0 text-18 xs:text-24 mb-xs px-md xs:px-0
xs:mb-md">${rdTitle}</h1>
<div slot="post-flair" class="flex items-center gap-xs"><shreddit-post-flair><a href="/r/allotmentgrowers/?f=flair_name%3A%22Question%22" class="no-decoration">
<span class="bg-tone-4 inline-block truncate max-w-full text-12 font-normal align-text-bottom box-border px-[6px] rounded-[20px] leading-4 relative
top-[-0.25rem]
xs:top-[-2px] my-0 flair-content">Question</span></a></shreddit-post-flair></div>
<div class="text-neutral-content" slot="text-body"><div class="mb-sm mb-xs px-md xs:px-0 overflow-hidden" id="t3_1op8x2k-post-rtjson-content"
property="schema:articleBody">
${rdPost.map((p) => `<p>${p}</p>`).join('\n')}
</div></div>
<div class="shreddit-post-container flex gap-sm flex-row items-center flex-nowrap justify-start h-2xl mt-md px-md xs:px-0" slot="post-action-row">
<span class="flex items-center"><button upvote class="button-plain-weak"><span class="sr-only">Upvote</span></button><faceplate-number
number="128">128</faceplate-number>
<button downvote class="button-plain-weak"><span class="sr-only">Downvote</span></button></span><a name="comments-action-button" href="#comments"
class="button-secondary">
<span class="flex items-center"><faceplate-number number="47">47</faceplate-number></span><span class="sr-only">Go to comments</span></a>
<award-button><button class="button-secondary"><span class="sr-only">Give award</span></button></award-button><shreddit-post-share-button><button
class="button-secondary">
<span class="flex items-center">Share</span></button></shreddit-post-share-button></div></shreddit-post>
<div id="comments" class="mt-sm"><div class="flex items-center justify-between"><shreddit-sort-dropdown header-text="Sort by:" selected-value="CONFIDENCE">
<span class="text-12">Sort by:</span><button class="button-plain-weak"><span>Best</span></button></shreddit-sort-dropdown><faceplate-search-input
placeholder="Search Comments" name="q" aria-label="Search Comments"></faceplate-search-input><button class="button-plain-weak"><span class="sr-only">Expand
comment search
</span></button></div>
<shreddit-comment-tree id="comment-tree" post-id="t3_1op8x2k" totalcomments="47" sort="confidence" class="pb-xl">
${rdTree()}
<shreddit-comment author="[deleted]" thingid="t1_kq9zz" depth="0" is-comment-deleted="true" class="pt-md"><div slot="commentMeta"><span
class="text-neutral-content-weak">[deleted]</span></div><div slot="comment"><p class="my-0 text-neutral-content-weak">Comment deleted by
user</p></div></shreddit-comment>
<faceplate-partial loading="action" src="/svc/shreddit/more-comments/allotmentgrowers/t3_1op8x2k"><button class="text-tone-2 button-plain">
<span class="text-12 font-semibold">More replies</span></button></faceplate-partial></shreddit-comment-tree></div>
<section aria-label="Related Answers Section" class="mt-lg"><h2 class="text-14 font-semibold">Related
Answers</h2><ul>${links(rdRelated, 'related-answer')}</ul></section>
<section class="mt-lg"><h2 class="text-14 font-semibold">More posts you may like</h2><ul>${rdMore
  .map(
    (t, i) => `<li><shreddit-post-card><a href="/r/more/${i}" class="no-underline"><span class="text-12 text-neutral-content-weak">${rdMoreSubs[i]}</span>
<h3 class="text-14 font-semibold">${t}</h3></a></shreddit-post-card></li>`,
  )
  .join('\n')}</ul></section>
<footer class="legal-links text-12"><ul>${links(rdFoot, 'legal-link')}</ul><p>Reddit, Inc. © 2025. All rights reserved.</p></footer>
</main></div></div></div>
<xpromo-bottom-sheet class="hidden" data-testid="xpromo-app-selector"><div role="dialog" aria-label="Open in app"><h2 class="text-16
font-bold">${rdSheet[0]}</h2>
<ul><li><span>${rdSheet[1]}</span><a href="https://reddit.app.link/?af_xp=bottomsheet" class="button
button-primary">${rdSheet[2]}</a></li><li><span>${rdSheet[3]}</span>
<button class="button button-secondary">${rdSheet[4]}</button></li></ul></div></xpromo-bottom-sheet>
</shreddit-app><script>window.___r = {"config":{"pageType":"post_detail","clientPlatform":"mweb"}};</script></body></html>`;
export const redditMobile: TestPage = {
  html: rdHtml,
  name: 'heldout140-reddit-mobile-thread',
  kind: 'forum',
  // the self-post and all comments are body; the quoted line in a reply is in neither list; user names, "2 days ago" /
  // "2d ago" times and the "Edited" line are bylines; flair, counts, "OP", the deleted-comment notice and buttons are furniture
  title: rdTitle,
  headings: [],
  body: texts([...rdPost, ...rdComments.flatMap((c) => c.paras)]),
  bylines: ['Few-Gain-8821', 'hedgerow_harriet', 'plotholder_pete', 'MossyWellies', '2 days ago', '2d ago', '1d ago', 'Edited 1d ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Open navigation', 'Reddit Logo', 'Open App', 'Log In', ...rdFeeds, ...rdTopics, 'Resources', ...rdResources,
    'r/allotmentgrowers', 'Join', 'Question', 'Upvote', 'Downvote', '128', '47', 'Go to comments', 'Give award', 'Share', 'Sort by:', 'Best',
'Expand comment search',
    'OP', 'Reply', 'Award', '86', '31', '28', '19', '12', '1 more reply', '[deleted]', 'Comment deleted by user', 'More replies', 'Related Answers',
...rdRelated,
    'More posts you may like', ...rdMore, 'r/GardeningUK', 'r/vegetablegardening', ...rdFoot, 'Reddit, Inc. © 2025. All rights reserved.', ...rdSheet,
  ],
};
