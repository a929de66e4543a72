import { links, type TestPage, texts } from './page-kit.js';
import { discourseClosed } from './pages-heldout93-b2.js';

/**
 * Held-out batch 93, file b: a Reddit thread in the current ("shreddit") design, saved by a signed-out visitor three years
 * after it was posted (the header with "Get App" and "Log In", the left nav with its resources list, the post's credit bar,
 * flair, award buttons with counts, vote and share bars, the "Archived post" notice above the comment tree, a pinned
 * moderator comment with its MOD and pinned labels, nested comments with OP and "Top 1% Commenter" badges and a deleted
 * one, the community sidebar with rules in details/summary items, "More posts you may like", the footer lines and the
 * cookie banner) and, from file b2, a closed and solved Discourse topic.
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' '));
const rdTitle = 'Seasoning flaking off my grandmother’s skillet after one bake. Strip it and start again?';
const rdPost = paras(`
My grandmother left me a 10 inch skillet that had been sitting in a shed for about fifteen years. I cleaned the rust off with vinegar and steel
wool, dried it on the hob, wiped on a thin layer of flaxseed oil and baked it upside down at 230 C for an hour. It looked great, nearly black
and very smooth.

The first time I cooked in it (just eggs, with butter) big dark flakes came away from the middle of the pan and stuck to the food. Underneath
the flakes the iron is grey and dull. I did four coats in total, letting each one cool before the next.

Is this the flax oil everyone argues about, or did I do something else wrong? Should I strip the whole thing again or just sand the bare patch
and reseason it? I have a bag of shortening and a new tin of oven cleaner ready to go.`);
const rdMod = paras(`
Pinned for visibility, since this question comes up every week: flaking almost always means the layers were too thick or went on over rust or
old carbon. Before you post, please read the stripping and seasoning guide in the sidebar wiki and include your oil, oven temperature and the
number of coats. Thanks for giving all of that up front here, it makes the answers a lot better.`);
const rdC = [
  paras(`
Flaxseed is the usual suspect. It sets very hard and glossy, which is why people love it, but it is also brittle, and on a pan with any old
residue under it, it lifts off in sheets exactly like you describe. The grey underneath tells me it never bonded to clean iron.`),
  paras(`
This is what happened to me. Strip the whole pan, not just the patch: once one area lets go, the edges around it usually follow within a few
uses. Oven cleaner in a bin bag for two days, scrub, rinse, then straight on to the hob to dry so it does not flash rust.`),
  paras(`
Thanks, that makes sense. I think I wiped the flax on far too thick as well, because the first coat came out slightly sticky and I just baked
the next one on top of it.`),
  paras(`
That is the other half of it. When you wipe the oil on, then wipe it all off again with a clean cloth as if you made a mistake. What is left is
enough. Sticky means too much oil or not hot enough, and every sticky layer you bake over is a weak layer.

Also, honestly, just cook in it. Shallow fry some potatoes or onions the first few times instead of eggs and the seasoning will build itself.`),
  paras(`
Update, for anyone finding this later: stripped it completely, did three very thin coats of shortening at 250 C, and it has been fine for a month
of daily use, including eggs. Thanks everyone.`),
];
const rdNav = ['Home', 'Popular', 'Explore', 'All'];
const rdRes = ['About Reddit', 'Advertise', 'Reddit Pro', 'Help', 'Blog', 'Careers', 'Press', 'Communities', 'Best of Reddit', 'Topics'];
const rdRules = ['Be kind to other members', 'No selling or price checks', 'Show your work', 'No low-effort memes'];
const rdMore = ['Found this at a flea market for 3 euros, worth saving?', 'Is it safe to cook tomatoes in cast iron?', 'My first cornbread!'];
const rdSide = 'A community for restoring, seasoning, cooking with and caring for cast iron cookware. Wiki, stripping guide and FAQ in the links below.';
const rdCookie =
  'Reddit and its partners use cookies and similar technologies to provide you with a better experience. By accepting all cookies, you agree to our use of ' +
  'cookies to deliver and maintain our services and site, improve the quality of Reddit, personalize Reddit content and advertising, and measure the ' +
  'effectiveness of advertising.';
type Cm = { id: string; author: string; depth: number; ago: string; score: string; body: readonly string[]; badges?: string; kids?: Cm[] };
const rdActions = (score: string): string => `<div slot="actionRow" class="flex items-center"><span class="flex items-center">
<button rpl aria-label="Upvote" class="button-plain"></button><faceplate-number pretty number="${score}">${score}</faceplate-number>
<button rpl aria-label="Downvote" class="button-plain"></button></span><button rpl class="button-plain-weak" disabled><span>Reply</span></button>
<award-button><button class="button-plain-weak"><span>Award</span></button></award-button>
<shreddit-post-share-button><button class="button-plain-weak"><span>Share</span></button></shreddit-post-share-button></div>`;
const rdComment = (
  c: Cm,
): string => `<shreddit-comment author="${c.author}" thingid="t1_${c.id}" depth="${c.depth}" permalink="/r/CastIronCare/comments/x/c/${c.id}/"
score="${c.score}" arialabel="Thread level ${c.depth + 1}, ${c.author} said" role="article">
<div slot="commentMeta" class="flex items-center"><faceplate-hovercard><a href="/user/${c.author}/" class="font-bold
text-neutral-content-strong">${c.author}</a>
</faceplate-hovercard>${c.badges ?? ''}<span class="inline-block my-0 created-separator">•</span><a href="/r/CastIronCare/comments/x/c/${c.id}/"
rel="nofollow">
<faceplate-timeago ts="2022-02-0${c.depth + 3}T10:00:00.000Z"><time datetime="2022-02-03T10:00:00.000Z" title="Thu, Feb 3,
2022">${c.ago}</time></faceplate-timeago></a></div>
<div slot="comment"><div class="md text-14 scalable-text" id="t1_${c.id}-comment-rtjson-content">${c.body.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
${rdActions(c.score)}${(c.kids ?? []).map(rdComment).join('\n')}</shreddit-comment>`;
const op = '<span class="text-12 font-semibold text-secondary-weak" aria-label="Original poster">OP</span>';
const top1 = '<span class="text-12 font-semibold text-global-admin" aria-label="Top 1% Commenter">Top 1% Commenter</span>';
const rdTree: Cm[] = [
  {
    id: 'hv2k1a',
    author: 'mossback_griddle',
    depth: 0,
    ago: '3y ago',
    score: '212',
    body: rdC[0]!,
    badges: top1,
    kids: [
      { id: 'hv2n0c', author: 'halloumi_hands', depth: 1, ago: '3y ago', score: '88', body: rdC[1]! },
      {
        id: 'hv2q7d',
        author: 'tinware_tess',
        depth: 1,
        ago: '3y ago',
        score: '41',
        body: rdC[2]!,
        badges: op,
        kids: [{ id: 'hv2s9e', author: 'mossback_griddle', depth: 2, ago: '3y ago', score: '57', body: rdC[3]!, badges: top1 }],
      },
    ],
  },
  { id: 'hv3x4f', author: 'tinware_tess', depth: 0, ago: '3y ago', score: '139', body: rdC[4]!, badges: op },
];
const rdHtml = `<!DOCTYPE html>
<html lang="en-US" class="theme-beta" style="--hover-card-delay-show:500ms;"><head><meta charset="UTF-8">
<title>Seasoning flaking off my grandmother’s skillet after one bake. Strip it and start again? : r/CastIronCare</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="Reddit">
<meta property="og:title" content="From the CastIronCare community on Reddit"><meta property="og:type" content="website">
<meta property="og:description" content="Explore this post and more from the CastIronCare community">
<link rel="canonical" href="https://www.reddit.example/r/CastIronCare/comments/sj4k2m/seasoning_flaking_off_my_grandmothers_skillet/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${rdTitle}",
"author":{"@type":"Person","name":"tinware_tess","url":"https://www.reddit.example/user/tinware_tess/"},"datePublished":"2022-02-03T09:14:51.000Z",
"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":46}]}</script>
<link rel="stylesheet" href="https://www.redditstatic.example/shreddit/assets/shreddit-core.css"><script type="module"
src="https://www.redditstatic.example/shreddit/en-US/shreddit.js"></script></head>
<body class="v2 m-0 theme-beta"><shreddit-app pagetype="post_detail" routename="post_page" env="prod" screenview-data="{}">
<a href="#main-content" class="sr-only focus:not-sr-only">Skip to main content</a>
<reddit-header-large class="sticky top-0"><nav class="h-header-large flex items-center justify-between px-md">
<a id="reddit-logo" href="/" aria-label="Home"><span class="sr-only">Reddit Logo</span></a><reddit-search-large><div class="flex items-center">
<input type="text" placeholder="Search in r/CastIronCare" aria-label="Search input" enterkeyhint="search"></div></reddit-search-large>
<span class="flex items-center"><a href="https://reddit.example/download" class="button-medium button-secondary">Get App</a>
<a id="login-button" href="https://www.reddit.example/login/" class="button-medium button-primary">Log In</a>
<button id="expand-user-drawer-button" aria-label="Expand user menu" class="button-plain"></button></span></nav></reddit-header-large>
<div class="grid-container theme-rpl grid"><flex-left-nav-container id="left-sidebar-container"><reddit-sidebar-nav id="left-sidebar" role="navigation"
aria-label="Primary"><nav><ul>${links(rdNav, 'list-none')}</ul><faceplate-expandable-section-helper open><details open><summary aria-controls="RESOURCES">
<span class="text-12 uppercase text-secondary-weak">Resources</span></summary><ul id="RESOURCES">${links(rdRes, 'list-none')}</ul></details>
</faceplate-expandable-section-helper><hr><ul><li class="list-none"><a href="https://www.redditinc.example/policies/content-policy">Reddit Rules</a></li>
<li class="list-none"><a href="https://www.reddit.example/policies/privacy-policy">Privacy Policy</a></li>
<li class="list-none"><a href="https://www.redditinc.example/policies/user-agreement">User Agreement</a></li></ul>
<p class="text-10 text-secondary-weak">Reddit, Inc. © 2025. All rights reserved.</p></nav></reddit-sidebar-nav></flex-left-nav-container>
<div class="main-container flex gap-md w-full"><main class="main w-full flex-grid--main-container-card right-sidebar-xs" id="main-content">
<shreddit-post author="tinware_tess" post-title="${rdTitle}" created-timestamp="2022-02-03T09:14:51.000000+0000" score="1184" comment-count="46"
subreddit-prefixed-name="r/CastIronCare" post-type="text" id="t3_sj4k2m" class="block relative cursor-pointer" archived>
<div slot="credit-bar" class="flex justify-between text-12"><span class="flex items-center"><a href="/r/CastIronCare/" class="subreddit-name font-bold">
r/CastIronCare</a><span class="created-separator">•</span><faceplate-timeago ts="2022-02-03T09:14:51.000Z"><time datetime="2022-02-03T09:14:51.000Z">3 yr.
ago</time>
</faceplate-timeago></span><span class="author-name"><faceplate-hovercard><a href="/user/tinware_tess/">tinware_tess</a></faceplate-hovercard></span></div>
<h1 slot="title" id="post-title-t3_sj4k2m" class="font-semibold text-neutral-content-strong m-0 text-18 xs:text-24 mb-xs">${rdTitle}</h1>
<shreddit-post-flair slot="post-flair"><a href="/r/CastIronCare/?f=flair_name%3A%22Restoration%22"><span
class="flair-content">Restoration</span></a></shreddit-post-flair>
<div slot="text-body" class="text-neutral-content"><div class="md text-14 scalable-text"
id="t3_sj4k2m-post-rtjson-content">${rdPost.map((p) => `<p>${p}</p>`).join('\n')}
</div></div><div slot="post-awards" class="flex gap-2xs"><award-button><img src="https://i.redd.example/award_images/helpful.png" alt="Helpful">
<span class="text-12">2</span></award-button><award-button><img src="https://i.redd.example/award_images/wholesome.png" alt="Wholesome"><span
class="text-12">1</span>
</award-button><span class="sr-only">3 awards</span></div><div slot="post-actions" class="flex gap-sm"><span class="vote-bar">
<button aria-label="Upvote" disabled></button><faceplate-number pretty number="1184">1.2K</faceplate-number><button aria-label="Downvote"
disabled></button></span>
<a href="#comments" class="button-secondary"><faceplate-number number="46">46</faceplate-number></a><award-button><span>Award</span></award-button>
<shreddit-post-share-button><span>Share</span></shreddit-post-share-button></div></shreddit-post>
<div class="archived-notice flex items-center gap-xs p-md mb-md rounded-4 bg-neutral-background-weak" role="status"><span class="icon-archived"></span>
<p class="m-0 text-14"><strong>Archived post.</strong> New comments cannot be posted and votes cannot be cast.</p></div>
<div class="flex items-center justify-between" id="comment-tree-controls"><shreddit-sort-dropdown><span class="text-12">Sort by:</span>
<button class="button-small">Best</button></shreddit-sort-dropdown><faceplate-search-input placeholder="Search Comments" aria-label="Search Comments">
</faceplate-search-input></div>
<shreddit-comment-tree id="comment-tree" post-id="t3_sj4k2m" totalComments="46">
<shreddit-comment author="Mod_Crucible" thingid="t1_hv2ab0" depth="0" role="article" arialabel="Thread level 1, Mod_Crucible said" stickied>
<div slot="commentMeta" class="flex items-center"><a href="/user/Mod_Crucible/" class="font-bold">Mod_Crucible</a>
<span class="text-12 font-semibold text-global-moderator" aria-label="Moderator">MOD</span><span class="created-separator">•</span>
<faceplate-timeago ts="2022-02-03T09:40:00.000Z"><time>3y ago</time></faceplate-timeago><span class="created-separator">•</span>
<span class="text-global-moderator text-12"><span class="icon-pin"></span>Pinned</span></div>
<div slot="comment"><div class="md text-14" id="t1_hv2ab0-comment-rtjson-content"><p>${rdMod[0]}</p></div></div>${rdActions('1')}
<span class="text-12 text-secondary-weak italic">Comment locked by moderators</span></shreddit-comment>
${rdTree.map(rdComment).join('\n')}
<shreddit-comment thingid="t1_hv41zz" depth="0" role="article" is-comment-deleted><div slot="commentMeta"><span class="text-12">[deleted]</span></div>
<div slot="comment"><p class="text-14 text-secondary-weak">Comment deleted by user</p></div></shreddit-comment>
<faceplate-partial loading="action" src="/svc/shreddit/more-comments/CastIronCare/t3_sj4k2m"><button class="button-small button-plain">
<span>37 more replies</span></button></faceplate-partial></shreddit-comment-tree>
<section aria-label="More posts you may like" class="mt-xl"><h2 class="text-16 font-semibold">More posts you may like</h2><ul>
${rdMore
  .map(
    (t, i) => `<li><a href="/r/CastIronCare/comments/${i}/"><span class="text-12">r/CastIronCare</span><h3 class="text-14">${t}</h3>
<span class="text-12">${i + 3} upvotes · ${i + 12} comments</span></a></li>`,
  )
  .join('\n')}</ul></section></main>
<aside id="right-sidebar-container" aria-label="Community information"><shreddit-subreddit-header name="CastIronCare">
<h2 class="text-16 font-bold">r/CastIronCare</h2><button class="button-small button-primary">Join</button>
<p class="text-14 text-neutral-content-weak">${rdSide}</p><div class="flex text-12"><span>Created Jan 25, 2012</span><span>Public</span></div>
<div class="flex"><span><faceplate-number number="412000">412K</faceplate-number> Members</span><span>
<faceplate-number number="88">88</faceplate-number> Online</span></div></shreddit-subreddit-header><hr>
<div class="rules"><h2 class="text-12 uppercase">R/CastIronCare Rules</h2><ol>${rdRules
  .map(
    (t, i) => `<li><faceplate-expandable-section-helper><details><summary><span class="rule-number">${i + 1}</span><h3 class="text-14">${t}</h3></summary>
<div class="md text-14 hidden">Please follow this rule or your post may be removed.</div></details></faceplate-expandable-section-helper></li>`,
  )
  .join('\n')}</ol></div></aside></div></div>
<reddit-cookie-banner><div class="fixed bottom-0" role="dialog" aria-label="Cookie Notice"><p class="text-14">${rdCookie.replace(
  'use of cookies',
  'use of <a href="https://www.reddit.example/policies/cookies">cookies</a>',
)}</p><button class="button-medium button-primary">Accept All</button><button class="button-medium button-secondary">Reject Optional Cookies</button>
</div></reddit-cookie-banner></shreddit-app></body></html>`;
const reddit: TestPage = {
  html: rdHtml,
  name: 'heldout93-reddit-archived-thread',
  kind: 'forum',
  // the post, the pinned moderator comment and every comment are body; the archived notice, flair, awards, counts,
  // vote / reply / award / share buttons, MOD, Pinned, OP and "Top 1% Commenter" labels, the deleted comment's
  // placeholder, "more replies", the sidebar (with its rules) and "More posts you may like" are furniture
  title: rdTitle,
  headings: [],
  body: [...texts(rdPost), ...rdMod, ...rdC[0]!, ...rdC[1]!, ...rdC[2]!, ...rdC[3]!, ...rdC[4]!],
  bylines: ['3 yr. ago', 'tinware_tess', 'Mod_Crucible', '3y ago', 'mossback_griddle', 'halloumi_hands'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Reddit Logo', 'Get App', 'Log In', ...rdNav, 'Resources', ...rdRes, 'Reddit Rules', 'Privacy Policy', 'User Agreement',
    'Reddit, Inc. © 2025. All rights reserved.', 'r/CastIronCare', 'Restoration', '3 awards', '1.2K', '46', 'Award', 'Share', 'Archived post.',
    'New comments cannot be posted and votes cannot be cast.', 'Sort by:', 'Best', 'MOD', 'Pinned', 'Comment locked by moderators', 'Reply', 'OP',
    'Top 1% Commenter', '212', '88', '[deleted]', 'Comment deleted by user',
    '37 more replies', 'More posts you may like', ...rdMore, '3 upvotes · 12 comments',
    'Join', rdSide, 'Created Jan 25, 2012', 'Public', '412K', 'Members', 'Online', 'R/CastIronCare Rules', ...rdRules,
    'Please follow this rule or your post may be removed.', rdCookie, 'Accept All', 'Reject Optional Cookies',
  ],
};

export const HELDOUT93_B: readonly TestPage[] = [reddit, discourseClosed];
