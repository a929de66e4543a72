import { links, type TestPage } from './page-kit.js';
import { discoursePoll } from './pages-heldout158-b2.js';

/**
 * Held-out batch 158, file b: a thread on new Reddit (the shreddit web components: the header with "Get App" and "Log In",
 * the left nav with Home / Popular / Explore and recent communities, the post with the subreddit name, author, flair and
 * time, vote and comment counts, "Share" and "Award", the "Sort by" bar, a stickied AutoModerator comment, nested replies
 * with "Reply" and "Share" buttons, the community rail with its rules and the "Reddit Rules" footer links) and, from file b2,
 * a Discourse topic with a poll.
 */
const rdTitle = 'Landlord wants to keep the whole deposit for "repainting" after 6 years. Is that normal?';
const rdPost = [
  'I moved out of a one-bedroom flat at the end of October after six years. I left it clean, had the carpets done professionally ' +
    'and have the receipt. The landlord has now told me he is keeping the whole £950 deposit because the walls need repainting.',
  'The walls have some scuffs and a few small holes from picture hooks, which he said were fine when I moved in. Nothing was ' +
    'painted during the six years I lived there. He has not sent any photos or quotes, just an email saying "the flat needs a full ' +
    'redecoration".',
  'The deposit is in one of the protection schemes. Do I just open a dispute, or should I talk to him first? I do not want to ' + 'make things worse.',
];
const rdAuto = [
  'Thank you for posting to r/TenantHelpUK. Please remember that this subreddit cannot give formal legal advice. If your question ' +
    'is urgent, contact your local council’s housing team or a tenancy advice charity.',
  'I am a bot, and this action was performed automatically. Please contact the moderators of this subreddit if you have any questions or concerns.',
];
const rdC1 = [
  'After six years, repainting is almost certainly fair wear and tear. Paint has a useful life of around five years, so even if ' +
    'the walls were brand new when you moved in, the landlord cannot charge you for a full redecoration.',
  'Write to him once, politely, asking for an itemised list of deductions with evidence. If he does not reply within ten days, ' + 'open the dispute.',
];
const rdC1r = ['This. Keep everything in writing and attach your carpet cleaning receipt and any move-in photos you have.'];
const rdC1rr = ['Thanks, I found the move-in inventory in my emails and it mentions "minor marks on walls" already. Sending the letter tonight.'];
const rdC2 = [
  'Adjudicators see this exact case all the time. A few picture hook holes after six years is normal use. At most he might get a ' +
    'small amount for filling holes, not £950.',
];
const rdHeader = ['Get App', 'Log In', 'Expand user menu'];
const rdNav = [
  'Home',
  'Popular',
  'Explore',
  'All',
  'RESOURCES',
  'About Reddit',
  'Advertise',
  'Help',
  'Blog',
  'Careers',
  'Press',
  'Communities',
  'Best of Reddit',
  'Topics',
];
const rdRail = [
  'r/TenantHelpUK',
  'Help and advice for tenants renting in the UK. Not legal advice.',
  'Join',
  '48K',
  'Members',
  '112',
  'Online',
  'Created Mar 3, 2016',
  'Public',
  'Rules',
  '1. Be civil',
  '2. No landlord bashing',
  '3. Say which nation you live in',
  '4. No advertising',
  'Moderators',
  'Message Mods',
  'View all moderators',
];
const rdFoot = ['Reddit Rules', 'Privacy Policy', 'User Agreement', 'Accessibility', 'Reddit, Inc. © 2025. All rights reserved.'];
const rdCookie = 'Reddit and its partners use cookies and similar technologies to provide you with a better experience.';
const md = (ps: readonly string[]): string => `<div class="md">${ps.map((p) => `<p>${p}</p>`).join('\n')}</div>`;
const cmt = (id: string, author: string, depth: number, score: string, ago: string, body: string, inner = '', extra = ''): string =>
  `<shreddit-comment author="${author}" thingid="t1_${id}" depth="${depth}" score="${score}"
permalink="/r/TenantHelpUK/comments/1gq7x2k/comment/${id}/"${extra}>
<div slot="commentMeta" class="flex items-center"><faceplate-hovercard><a href="/user/${author}/" class="font-bold">${author}</a></faceplate-hovercard>
<span class="inline-block my-0">•</span><a href="/r/TenantHelpUK/comments/1gq7x2k/comment/${id}/"><faceplate-timeago ts="2025-11-12T08:00:00.000Z">
<time datetime="2025-11-12T08:00:00.000Z">${ago}</time></faceplate-timeago></a></div>
<div slot="comment" id="t1_${id}-comment-rtjson-content">${body}</div>
<shreddit-comment-action-row slot="actionRow" score="${score}"><span slot="vote-count">${score}</span><button slot="reply">Reply</button>
<button slot="share">Share</button></shreddit-comment-action-row>${inner}</shreddit-comment>`;
const rdHtml = `<!DOCTYPE html>
<html lang="en-US" class="theme-beta"><head><meta charset="UTF-8"><title>${rdTitle} : r/TenantHelpUK</title>
<meta name="description" content="${rdPost[0]?.slice(0, 120)}"><meta property="og:site_name" content="Reddit"><meta property="og:type" content="website">
<meta property="og:title" content="r/TenantHelpUK on Reddit: ${rdTitle}"><link rel="canonical" href="https://www.reddit.com/r/TenantHelpUK/comments/1gq7x2k/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${rdTitle.replace(/"/g, '\\"')}",
"author":{"@type":"Person","name":"u/quietkettle88"},"datePublished":"2025-11-12T07:14:22Z","commentCount":6}</script>
<script type="module" src="https://www.redditstatic.example/shreddit/en-US/shreddit-app-7a1c.js"></script></head>
<body class="v2"><shreddit-app pagetype="post_detail" routename="post_page"><reddit-header-large><header class="v2">
<nav class="h-header-large flex items-center"><a aria-label="Home" href="/" id="reddit-logo"><span class="sr-only">Reddit Logo</span></a>
<reddit-search-large><input type="text" placeholder="Search in r/TenantHelpUK" enterkeyhint="search"></reddit-search-large>
<span class="flex items-center"><a href="https://reddit.app.link/" id="header-action-item-get-app">${rdHeader[0]}</a>
<a href="https://www.reddit.com/login/" id="login-button">${rdHeader[1]}</a><button id="expand-user-drawer-button"><span class="sr-only">${rdHeader[2]}</span>
</button>
</span></nav></header></reddit-header-large>
<flex-left-nav-container id="left-sidebar-container"><nav id="left-sidebar" aria-label="Primary"><ul>${links(rdNav.slice(0, 4), 'left-nav-top-section')}</ul>
<faceplate-expandable-section-helper><summary><span class="text-12 uppercase">${rdNav[4]}</span></summary><ul>${links(rdNav.slice(5))}</ul>
</faceplate-expandable-section-helper></nav></flex-left-nav-container>
<div class="main-container"><main id="main-content" class="main w-full"><shreddit-post id="t3_1gq7x2k" post-title="${rdTitle.replace(/"/g, '&quot;')}"
author="quietkettle88" subreddit-prefixed-name="r/TenantHelpUK" score="214" comment-count="6"
post-type="text" created-timestamp="2025-11-12T07:14:22.511000+0000">
<div slot="credit-bar" class="flex items-center"><a href="/r/TenantHelpUK/" class="subreddit-name">r/TenantHelpUK</a><span>•</span>
<faceplate-timeago ts="2025-11-12T07:14:22.511Z"><time datetime="2025-11-12T07:14:22.511Z">5 hr. ago</time></faceplate-timeago>
<a slot="authorName" href="/user/quietkettle88/" class="author-name">quietkettle88</a></div>
<h1 slot="title" id="post-title-t3_1gq7x2k" class="font-semibold text-18">${rdTitle}</h1>
<shreddit-post-flair slot="post-flair"><a href="/r/TenantHelpUK/?f=flair_name%3A%22Deposits%22"><flair-tag>Deposits - England</flair-tag></a>
</shreddit-post-flair>
<div slot="text-body"><div class="text-neutral-content" id="t3_1gq7x2k-post-rtjson-content">${md(rdPost)}</div></div>
<span slot="vote-count">214</span><span slot="comment-count">6</span><button slot="share-button">Share</button>
<award-button slot="award-button">Award</award-button>
</shreddit-post>
<shreddit-comments-sort-dropdown><span>Sort by:</span> <span>Best</span></shreddit-comments-sort-dropdown>
<faceplate-search-input placeholder="Search Comments"></faceplate-search-input><span class="sr-only">Search Comments</span>
<shreddit-comment-tree id="comment-tree" post-id="t3_1gq7x2k" totalcomments="6">
${cmt(
  'lw0a1b',
  'AutoModerator',
  0,
  '1',
  '5h ago',
  `<div class="stickied-label"><span>Pinned</span></div>
<span class="mod-badge">MOD</span>${md(rdAuto)}`,
  '',
  ' stickied',
)}
${cmt(
  'lw0c7q',
  'Ambrose_Fenn',
  0,
  '186',
  '4h ago',
  md(rdC1),
  cmt(
    'lw0f2d',
    'holloway_lets',
    1,
    '41',
    '4h ago',
    md(rdC1r),
    cmt('lw0k9z', 'quietkettle88', 2, '23', '3h ago', `<span class="op-badge">OP</span>${md(rdC1rr)}`),
  ),
)}
${cmt('lw0m4r', 'tenbury-wells', 0, '64', '3h ago', md(rdC2))}
</shreddit-comment-tree></main>
<aside id="right-sidebar-container"><shreddit-subreddit-header name="TenantHelpUK"><h2>${rdRail[0]}</h2><p>${rdRail[1]}</p>
<button>${rdRail[2]}</button><div><strong>${rdRail[3]}</strong> <span>${rdRail[4]}</span></div><div><strong>${rdRail[5]}</strong> <span>${rdRail[6]}</span>
</div>
<div>${rdRail[7]}</div><div>${rdRail[8]}</div></shreddit-subreddit-header><div class="px-md"><h2>${rdRail[9]}</h2><ol>
${rdRail
  .slice(10, 14)
  .map((r) => `<li><faceplate-tracker><summary>${r}</summary></faceplate-tracker></li>`)
  .join('\n')}</ol>
<h2>${rdRail[14]}</h2><a href="/message/compose?to=r/TenantHelpUK">${rdRail[15]}</a><a href="/r/TenantHelpUK/about/moderators/">${rdRail[16]}</a></div>
<footer class="legal-links"><ul>${links(rdFoot.slice(0, 4))}</ul><p>${rdFoot[4]}</p></footer></aside></div>
<shreddit-cookie-banner><div slot="content"><p>${rdCookie}</p><button>Accept All</button><button>Reject Optional Cookies</button></div></shreddit-cookie-banner>
</shreddit-app></body></html>`;
const reddit: TestPage = {
  html: rdHtml,
  name: 'heldout158-reddit-new-automod-thread',
  kind: 'forum',
  // the self-post and every comment are body, the stickied AutoModerator comment too (its "I am a bot" line included); the
  // user names and relative times are bylines; "Pinned", "MOD", "OP", flair, scores, the sort bar and the rail are furniture
  title: rdTitle,
  headings: [],
  body: [...rdPost, ...rdAuto, ...rdC1, ...rdC1r, ...rdC1rr, ...rdC2],
  bylines: ['quietkettle88', 'AutoModerator', 'Ambrose_Fenn', 'holloway_lets', 'tenbury-wells', '5 hr. ago', '5h ago', '4h ago', '3h ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rdHeader, ...rdNav, 'r/TenantHelpUK', 'Deposits - England', '214', '6', 'Share', 'Award', 'Sort by:', 'Best', 'Search Comments', 'Pinned', 'MOD', 'OP',
    'Reply', '186', '41', '23', '64', ...rdRail, ...rdFoot, rdCookie, 'Accept All', 'Reject Optional Cookies',
  ].filter((t, i, a) => a.indexOf(t) === i),
};

export const HELDOUT158_B: readonly TestPage[] = [reddit, discoursePoll];
