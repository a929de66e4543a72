import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 238, file d2: a Reddit skincare thread on the shreddit (web components) markup: the top bar, left nav,
 * the post with its flair, author, relative time, vote count and action row, the comment search and sort bar, a comment
 * tree of five comments with authors, times, "OP" and flair badges and action buttons, the community sidebar with rules
 * and the cookie banner. The post and the comments are the body.
 */
const dTitle = 'Moisture barrier wrecked after starting tretinoin, how long until it calms down?';
const dPost = [
  `28F, combination skin that has turned very dry. My dermatologist started me on tretinoin 0.025% five weeks ago for texture and some
closed comedones. The first three weeks were fine, but for the last two my cheeks have been red, tight and stinging when I put on anything,
even plain moisturiser.`,
  `Current routine at night: gentle cream cleanser, tret every other night (pea sized), then a ceramide moisturiser. Morning is just water,
the same moisturiser and SPF 50. I stopped my vitamin C serum last week in case that was the problem.`,
  `Is this the normal purge / retinization phase, or have I damaged my barrier? How long did it take you to get through it? I have an
appointment but not for another three weeks.`,
];
const dComments: [string, string, string, string[], number][] = [
  [
    'quiet_cartographer',
    '5d ago',
    '212',
    [
      `Sounds like classic retinization, but stinging from plain moisturiser means your barrier needs a break. I would stop tret completely for
five to seven days, then come back at twice a week, not every other night.`,
      `Also try the sandwich method when you restart: a thin layer of moisturiser, then tret, then moisturiser again. It took me about ten weeks
before my skin stopped complaining.`,
    ],
    0,
  ],
  ['Sunny-Alder-4471', '5d ago', '64', ['Thank you, this is really reassuring. I will pause until the weekend and then try the sandwich method.'], 1],
  [
    'fernhollow_skin',
    '5d ago',
    '88',
    [
      `Agree with pausing. One more thing: check whether your cleanser has fragrance. Mine did, and it was fine before tret but not after. Switching
to a fragrance-free one fixed about half of my stinging.`,
    ],
    0,
  ],
  [
    'petalpusher_md',
    '4d ago',
    '41',
    [
      `Not medical advice, but a thin layer of plain petrolatum over the red patches at night helped me a lot. Keep it off the areas where you are
getting clogged pores.`,
    ],
    0,
  ],
  [
    'Sunny-Alder-4471',
    '1d ago',
    '23',
    [
      `Update for anyone who finds this later: four days off tret, fragrance-free cleanser and petrolatum on the cheeks, and the stinging has
completely gone. Restarting at twice a week tonight.`,
    ],
    0,
  ],
];
const dNav = ['Home', 'Popular', 'Explore', 'All'];
const dRules = ['Be kind and civil', 'No medical diagnoses', 'No self-promotion or spam', 'Include your skin type and routine'];
const comment = (c: [string, string, string, string[], number], i: number): string => `<shreddit-comment author="${c[0]}" thingid="t1_kq${i}x"
depth="${c[4]}" score="${c[2]}" permalink="/r/SkinLab/comments/1b8q2x/comment/kq${i}x/" ${c[4] > 0 ? 'parentid="t1_kq0x"' : ''}>
<div slot="commentMeta" class="flex flex-row items-center flex-nowrap overflow-hidden"><faceplate-hovercard><a href="/user/${c[0]}/"
class="truncate font-bold text-neutral-content-strong text-12 hover:underline">${c[0]}</a></faceplate-hovercard>
${c[0] === 'Sunny-Alder-4471' ? '<span class="text-12 font-bold text-primary">OP</span>' : ''}
<span class="inline-block my-0 created-separator text-neutral-content-weak">•</span><faceplate-timeago ts="2026-03-04T18:22:10.000Z" format="short">
<time datetime="2026-03-04T18:22:10.000Z" title="3/4/2026, 6:22:10 PM">${c[1]}</time></faceplate-timeago></div>
<div slot="comment" id="t1_kq${i}x-comment-rtjson-content" class="md text-14">${ps(c[3])}</div>
<shreddit-comment-action-row slot="actionRow" score="${c[2]}"><span class="vote-count">${c[2]}</span><button slot="reply">Reply</button>
<button slot="award">Award</button><button slot="share">Share</button></shreddit-comment-action-row></shreddit-comment>`;
const dHtml = `<!DOCTYPE html><html lang="en-US" class="theme-beta"><head><meta charset="UTF-8"><title>${dTitle} : r/SkinLab</title>
<meta name="description" content="28F, combination skin that has turned very dry. My dermatologist started me on tretinoin 0.025% five weeks ago.">
<meta property="og:site_name" content="Reddit"><meta property="og:title" content="From the SkinLab community on Reddit">
<link rel="canonical" href="https://www.reddit.example/r/SkinLab/comments/1b8q2x/moisture_barrier_wrecked_after_starting_tretinoin/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"Sunny-Alder-4471"},"datePublished":"2026-03-04T16:40:02.000Z","commentCount":5,"interactionStatistic":[{"@type":"InteractionCounter",
"userInteractionCount":318}]}</script>
<script>window.___r = {"config":{"isLoggedIn":false,"locale":"en-US"}};</script></head>
<body class="v2"><shreddit-app routename="post_page" pagetype="post_detail"><a href="#main-content" class="skip-to-content">Skip to main content</a>
<reddit-header-large><header class="v2 flex items-center"><a aria-label="Home" href="/" id="reddit-logo">reddit</a>
<faceplate-search-input name="q" placeholder="Search in r/SkinLab" label="Search"></faceplate-search-input>
<a href="/login/" id="login-button" class="button-brand">Log In</a><a href="/apps" class="button-secondary">Get App</a></header></reddit-header-large>
<flex-left-nav-container><nav aria-label="Primary"><ul>${links(dNav, 'left-nav-item')}</ul></nav><h3 class="left-nav-heading">Recent</h3>
<ul><li><a href="/r/SkinLab">r/SkinLab</a></li><li><a href="/r/PaleSkinTips">r/PaleSkinTips</a></li></ul></flex-left-nav-container>
<main id="main-content" class="main w-full"><shreddit-post id="t3_1b8q2x" permalink="/r/SkinLab/comments/1b8q2x/" author="Sunny-Alder-4471" score="318"
comment-count="5" created-timestamp="2026-03-04T16:40:02.000000+0000" post-title="${dTitle}" post-type="text">
<div slot="credit-bar" class="flex justify-between text-12"><span class="flex items-center"><a href="/r/SkinLab/" class="subreddit-name">r/SkinLab</a>
<span class="created-separator">•</span><faceplate-timeago ts="2026-03-04T16:40:02.000Z"><time datetime="2026-03-04T16:40:02.000Z">5d ago</time>
</faceplate-timeago></span>
<span class="author-name"><a href="/user/Sunny-Alder-4471/">Sunny-Alder-4471</a></span><button class="join-button">Join</button></div>
<h1 slot="title" id="post-title-t3_1b8q2x" class="font-semibold text-neutral-content-strong m-0 text-18">${dTitle}</h1>
<shreddit-post-flair slot="post-flair"><a href="/r/SkinLab/?f=flair_name%3A%22Routine%20Help%22"><span class="flair-content">Routine Help</span></a>
</shreddit-post-flair>
<div slot="text-body" class="md text-14"><div id="t3_1b8q2x-post-rtjson-content">${ps(dPost)}</div></div>
<span slot="vote-count" class="vote-count">318</span><span slot="comment-count">5 comments</span><button slot="share-button">Share</button></shreddit-post>
<div class="comments-sort"><faceplate-search-input placeholder="Search Comments" label="Search Comments"></faceplate-search-input>
<span class="sort-label">Sort by:</span><button class="sort-dropdown">Best</button></div>
<shreddit-comment-tree id="comment-tree" post-id="t3_1b8q2x" totalcomments="5">
${dComments.map(comment).join('\n')}
</shreddit-comment-tree></main>
<aside id="right-sidebar-container"><div class="community-card"><h2 class="community-name">r/SkinLab</h2><p class="community-description">Evidence-based
skincare questions, routines and product talk. Not a substitute for your dermatologist.</p><div class="community-stats"><span>412K</span> <span>Members</span>
<span>1.2K</span> <span>Online</span></div><button class="join-button">Join</button></div>
<div class="rules-widget"><h2 class="rules-heading">r/SkinLab Rules</h2><ol>${dRules.map((r) => `<li class="rule">${r}</li>`).join('')}</ol></div>
<div class="legal-links"><a href="/rules">Reddit Rules</a><a href="/policies/privacy-policy">Privacy Policy</a><a href="/policies/user-agreement">User
Agreement</a>
<span>Reddit, Inc. © 2026. All rights reserved.</span></div></aside>
<div id="cookie-banner" role="dialog"><p>Reddit and its partners use cookies and similar technologies to provide you with a better experience.</p>
<button id="accept-all-cookies-button">Accept All</button><button id="reject-nonessential-cookies-button">Reject Optional Cookies</button></div>
</shreddit-app><script src="https://www.redditstatic.example/shreddit/en-US/shell-4c9f2e.js" type="module"></script></body></html>`;
export const reddit: TestPage = {
  name: 'heldout238-reddit-shreddit-skincare-thread',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts([...dPost, ...dComments.flatMap((c) => c[3])]),
  bylines: ['Sunny-Alder-4471', '5d ago', 'quiet_cartographer', 'fernhollow_skin', 'petalpusher_md', '4d ago', '1d ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'reddit', 'Log In', 'Get App', ...dNav, 'Recent', 'r/SkinLab', 'r/PaleSkinTips', 'Join', 'Routine Help', '318', '5 comments',
    'Share', 'Sort by:', 'Best', '212', 'Reply', 'Award',
    'Evidence-based skincare questions, routines and product talk. Not a substitute for your dermatologist.', '412K', 'Members', '1.2K', 'Online',
    'r/SkinLab Rules', ...dRules, 'Reddit Rules', 'Privacy Policy', 'User Agreement', 'Reddit, Inc. © 2026. All rights reserved.',
    'Reddit and its partners use cookies and similar technologies to provide you with a better experience.', 'Accept All', 'Reject Optional Cookies',
  ],
};
