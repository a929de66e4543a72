import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 81, file c2: a new Reddit (shreddit) link post with a short text body and a nested comment tree (the header
 * with "Get App" and "Log In", the left nav with its resources and footer links, the credit bar with the subreddit, time and
 * author, the post flair, the link card with its domain, the comment sort bar, comments with "OP" labels and reply and share
 * buttons, a "more replies" button, a promoted post, the community sidebar with rules and moderators, "More posts you may
 * like", the JSON-LD and the cookie notice).
 */
const rdTitle = 'Council approves 24-hour bus lane trial on Harbour Road from April';
const rdPost = [
  'Link is to the Herald write-up of last night’s transport committee. Short version: the bus lane on Harbour Road between the ferry ' +
    'terminal and Mill Street goes 24/7 for a six-month trial from 7 April, with cameras instead of the current peak-hours signs.',
  'I cycle that stretch every day and the lane is the only part of the route that feels safe, so I’m cautiously in favour. Curious what ' +
    'drivers and the bus users here think.',
];
interface RdComment {
  id: string;
  user: string;
  time: string;
  score: string;
  op?: boolean;
  ps: string[];
  kids?: RdComment[];
  more?: string;
}
const rdComments: RdComment[] = [
  {
    id: 'mh3k1a2',
    user: 'gwen_at_no9',
    time: '4h ago',
    score: '212',
    ps: [
      'As someone who gets the 14 from Ferry Road every morning, this is long overdue. The bus sits in traffic outside the retail park ' +
        'for ten minutes while the lane is empty, because the signs only cover 7 to 10 and everyone ignores them after half nine anyway.',
    ],
    kids: [
      {
        id: 'mh3m9q0',
        user: 'dougie_mcl',
        time: '3h ago',
        score: '64',
        ps: [
          'The problem is the loading bays. Half the shops on the south side get their deliveries between 10 and 2, so where are the ' +
            'lorries meant to stop once the lane is 24 hours?',
        ],
        kids: [
          {
            id: 'mh3nb71',
            user: 'harbourside_amy',
            time: '3h ago',
            score: '41',
            op: true,
            ps: [
              'According to the article the bays stay, they just get moved into the side streets at Mill Street and Tanner’s Row. ' +
                'Whether that works is anyone’s guess.',
            ],
          },
          {
            id: 'mh3o2xk',
            user: 'gwen_at_no9',
            time: '2h ago',
            score: '38',
            ps: ['They did the same in Ashby Quay two years ago and the side-street bays were full of parked cars within a month. Enforcement is everything.'],
          },
        ],
        more: '3 more replies',
      },
    ],
  },
  {
    id: 'mh3q8rt',
    user: 'retired_ferryman',
    time: '2h ago',
    score: '157',
    ps: [
      'I drove buses on that route for nineteen years. The cameras will make more difference than the hours. The old lane failed because ' +
        'nobody ever got a ticket, not because the signs were confusing.',
      'My one worry is the junction at the terminal. Cars turning left into the car park have to cross the lane, and at night with no ' +
        'buses about people will just sit in it waiting for the barrier.',
    ],
    kids: [
      {
        id: 'mh3t0pe',
        user: 'CalderportCycling',
        time: '1h ago',
        score: '73',
        ps: [
          'That junction is in the trial plans: the lane breaks for the last 30 metres with a dashed line, the same as it does now. We have ' +
            'asked the council to publish the camera data monthly so everyone can see whether it works.',
        ],
      },
    ],
  },
];
const rdFlat = (cs: readonly RdComment[]): RdComment[] => cs.flatMap((c) => [c, ...rdFlat(c.kids ?? [])]);
const rdComment = (c: RdComment, depth: number): string => `<shreddit-comment author="${c.user}" thingid="t1_${c.id}" depth="${depth}"
permalink="/r/Calderport/comments/1j2k3l4/comment/${c.id}/" postid="t3_1j2k3l4" score="${c.score}" collapsed="false" arialabel="Comment by ${c.user}">
<div slot="commentAvatar" class="flex items-center justify-center shrink-0 w-[var(--shreddit-comment-avatar-width)]"><faceplate-tracker
noun="comment_author_avatar">
<span class="inline-flex items-center justify-center w-[24px] h-[24px]"><img src="https://www.redditstatic.com/avatars/defaults/v2/avatar_default_${depth}.png"
alt="${c.user} avatar" loading="lazy" class="rounded-full"></span></faceplate-tracker></div>
<div slot="commentMeta" class="flex flex-row items-center flex-nowrap overflow-hidden justify-start h-[var(--shreddit-comment-meta-height)]">
<faceplate-hovercard position="bottom-start"><a href="/user/${c.user}/" class="truncate font-bold text-neutral-content-strong text-12
hover:underline">${c.user}</a>
</faceplate-hovercard>${c.op ? '<span class="text-12 font-bold text-secondary-weak ml-2xs" id="comment-op-tag">OP</span>' : ''}
<span class="inline-block my-0 text-neutral-content-weak font-normal text-12">•</span>
<a href="/r/Calderport/comments/1j2k3l4/comment/${c.id}/" rel="nofollow noopener noreferrer" class="text-neutral-content-weak"><faceplate-timeago
ts="2025-03-04T09:12:40.000Z"
format="short"><time datetime="2025-03-04T09:12:40.000Z" title="Tue, Mar 4, 2025, 9:12:40 AM">${c.time}</time></faceplate-timeago></a></div>
<div slot="comment"><div class="md text-14 rounded-[8px] pb-2xs overflow-hidden" id="t1_${c.id}-post-rtjson-content">
${c.ps.map((p) => `<p>${p}</p>`).join('\n')}
</div></div>
<shreddit-comment-action-row slot="actionRow" comment-id="t1_${c.id}" score="${c.score}" class="-ml-xs"><faceplate-number slot="vote-count" number="${c.score}"
pretty>${c.score}</faceplate-number><button slot="comment-reply" class="button button-plain-weak button-small" type="button">Reply</button>
<button slot="comment-share" class="button button-plain-weak button-small" type="button">Share</button></shreddit-comment-action-row>
${(c.kids ?? []).map((k) => rdComment(k, depth + 1)).join('\n')}
${
  c.more
    ? `<faceplate-partial loading="action" src="/svc/shreddit/more-comments/Calderport/t3_1j2k3l4?top-level=0"><button slot="more-comments-button"
class="text-secondary-weak font-normal button-small button-plain-weak" type="button">${c.more}</button></faceplate-partial>`
    : ''
}
</shreddit-comment>`;
const rdNav = ['Home', 'Popular', 'Explore', 'All'];
const rdResources = ['About Reddit', 'Advertise', 'Developer Platform', 'Help', 'Blog', 'Careers', 'Press'];
const rdMore = ['Communities', 'Best of Reddit', 'Topics'];
const rdLegal = ['Reddit Rules', 'Privacy Policy', 'User Agreement', 'Accessibility'];
const rdRules = [
  'Be civil, even when you disagree',
  'Local content only',
  'No personal information',
  'No selling or self-promotion outside the Saturday thread',
];
const rdMods = ['u/ferrylights', 'u/wyre_coast_mod', 'u/AutoModerator'];
const rdRelated = [
  ['Roadworks on Mill Street again? Third time this year', '87 upvotes · 41 comments'],
  ['Best chippy within walking distance of the ferry?', '203 upvotes · 156 comments'],
  ['Harbour Road cycle lane – near miss this morning', '64 upvotes · 29 comments'],
] as const;
const rdCookie = 'Reddit and its partners use cookies and similar technologies to provide you with a better experience.';
const rdLd = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'DiscussionForumPosting',
  headline: rdTitle,
  url: 'https://www.reddit.com/r/Calderport/comments/1j2k3l4/council_approves_24hour_bus_lane_trial_on_harbour/',
  author: { '@type': 'Person', name: 'harbourside_amy', url: 'https://www.reddit.com/user/harbourside_amy/' },
  datePublished: '2025-03-04T08:15:22.101000+0000',
  commentCount: 58,
  sharedContent: { '@type': 'WebPage', url: 'https://www.calderportherald.co.uk/news/transport/harbour-road-bus-lane-trial' },
});
const rdHtml = `<!DOCTYPE html>
<html lang="en-US" class="theme-beta theme-light">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rdTitle} : r/Calderport</title>
<meta name="description" content="Link is to the Herald write-up of last night’s transport committee.">
<meta property="og:title" content="r/Calderport on Reddit: ${rdTitle}"><meta property="og:type" content="website">
<meta property="og:site_name" content="Reddit"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.reddit.com/r/Calderport/comments/1j2k3l4/council_approves_24hour_bus_lane_trial_on_harbour/">
<link rel="stylesheet" href="https://www.redditstatic.com/shreddit/assets/shreddit-global-bb7e21.css">
<script type="application/ld+json">${rdLd}</script>
<script type="module" src="https://www.redditstatic.com/shreddit/en-US/shell-client-4f2a91.js"></script>
</head>
<body class="v2 m-0 isolate" style="--shreddit-header-height: 56px;">
<shreddit-app pagetype="post_detail" routename="post_page" devicetype="desktop" referrer="">
<reddit-header-large class="sticky top-0 z-[4] isolate"><header class="v2 flex items-center h-header-large bg-neutral-background px-md">
<nav class="flex items-center justify-between h-full w-full gap-md">
<a href="/" aria-label="Home" class="flex items-center" id="reddit-logo"><span class="sr-only">Reddit Logo</span></a>
<reddit-search-large><div slot="search-input"><faceplate-search-input name="q" placeholder="Search in
r/Calderport"></faceplate-search-input></div></reddit-search-large>
<span class="flex items-center gap-xs"><a href="https://www.reddit.com/app" class="button button-secondary button-medium" id="get-app">Get App</a>
<a href="https://www.reddit.com/login/" class="button button-primary button-medium" id="login-button">Log In</a>
<button class="button button-plain button-medium" id="expand-user-drawer-button" aria-label="Expand user menu"></button></span>
</nav></header></reddit-header-large>
<div class="grid-container grid">
<flex-left-nav-container id="left-sidebar-container" class="flex-left-nav-container"><reddit-sidebar-nav id="left-sidebar"><nav aria-label="Primary">
<ul>${links(rdNav, 'list-none')}</ul>
<faceplate-expandable-section-helper><details open><summary class="text-10 uppercase tracking-widest">Resources</summary>
<ul>${links(rdResources, 'list-none')}</ul><hr><ul>${links(rdMore, 'list-none')}</ul><hr><ul>${links(rdLegal, 'list-none')}</ul></details>
</faceplate-expandable-section-helper>
<div class="text-10 text-secondary-weak px-md"><a href="https://redditinc.com" class="hover:underline">Reddit, Inc. © 2025. All rights reserved.</a></div>
</nav></reddit-sidebar-nav></flex-left-nav-container>
<div class="subgrid-container m-0 box-border flex flex-col order-2 w-full">
<div class="main-container flex gap-md w-full">
<main class="main w-full flex-grid--main-container-card right-sidebar-xs" id="main-content">
<shreddit-post class="block xs:mt-xs xs:-mx-xs xs:px-xs xs:rounded-[16px] pt-xs nd:pt-xs bg-[color:var(--shreddit-content-background)] box-border mb-xs"
id="t3_1j2k3l4" permalink="/r/Calderport/comments/1j2k3l4/council_approves_24hour_bus_lane_trial_on_harbour/"
content-href="https://www.calderportherald.co.uk/news/transport/harbour-road-bus-lane-trial" comment-count="58" score="412" author="harbourside_amy"
subreddit-prefixed-name="r/Calderport" post-title="${rdTitle}" post-type="link" domain="calderportherald.co.uk"
created-timestamp="2025-03-04T08:15:22.101000+0000" view-context="CommentsPage">
<div slot="credit-bar" class="flex justify-between text-12"><span class="flex items-center gap-2xs">
<a href="/r/Calderport/" class="subreddit-name text-neutral-content font-bold text-12 hover:underline">r/Calderport</a>
<span class="inline-block my-0 created-separator text-neutral-content-weak">•</span>
<faceplate-timeago ts="2025-03-04T08:15:22.101Z" format="short"><time datetime="2025-03-04T08:15:22.101Z" title="Tue, Mar 4, 2025, 8:15:22 AM">5 hr. ago</time>
</faceplate-timeago></span>
<faceplate-hovercard><a href="/user/harbourside_amy/" class="author-name text-12 text-neutral-content-weak
hover:underline">harbourside_amy</a></faceplate-hovercard></div>
<h1 slot="title" id="post-title-t3_1j2k3l4" class="font-semibold text-neutral-content-strong m-0 text-18 xs:text-24 mb-xs px-md xs:px-0
xs:mb-md">${rdTitle}</h1>
<shreddit-post-flair slot="post-flair"><a href="/r/Calderport/?f=flair_name%3A%22Local%20News%22" class="no-decoration"><span class="bg-tone-4 inline-block
truncate max-w-full text-12 font-normal align-text-bottom box-border px-[6px] rounded-[20px] leading-4"><div class="flair-content">Local News</div></span></a>
</shreddit-post-flair>
<div slot="post-media-container"><faceplate-tracker noun="outbound_link"><a href="https://www.calderportherald.co.uk/news/transport/harbour-road-bus-lane-trial"
target="_blank" rel="noopener nofollow ugc" class="flex items-center justify-between border border-solid rounded-[16px] p-md">
<div class="flex items-center gap-xs text-12"><span class="truncate">calderportherald.co.uk</span></div>
<img src="https://external-preview.redd.it/harbour-road-bus-lane.jpg?width=140&amp;height=79" alt="${rdTitle}" class="rounded-[8px] object-cover"></a>
</faceplate-tracker></div>
<div class="text-neutral-content" slot="text-body"><div class="mb-sm mb-xs px-md xs:px-0 overflow-hidden" id="t3_1j2k3l4-post-rtjson-content">
${rdPost.map((p) => `<p>${p}</p>`).join('\n')}
</div></div>
</shreddit-post>
<shreddit-ad-post class="block" promoted="true" author="OrtolanBank" post-title="Switch your current account in seven days, no paperwork">
<span slot="credit-bar" class="text-12"><a href="/user/OrtolanBank/">u/OrtolanBank</a> • <span class="text-secondary-weak">Promoted</span></span>
<h2 slot="title" class="text-16 font-semibold">Switch your current account in seven days, no paperwork</h2>
<a slot="cta" href="https://ad.doubleclick.net/ddm/trackclk/N1234.ortolan" class="button button-secondary">Learn More</a></shreddit-ad-post>
<div class="flex items-center justify-between" id="comment-sort-bar"><span class="text-12">Sort by:</span>
<shreddit-sort-dropdown><button slot="selected-item" class="button button-plain-weak button-small">Best</button></shreddit-sort-dropdown>
<button class="button button-plain-weak button-small" type="button">Search Comments</button>
<button class="button button-plain-weak button-small" type="button">Expand comment search</button></div>
<faceplate-tracker noun="comment_composer"><a href="/login/" class="button button-bordered button-medium w-full">Join the conversation</a></faceplate-tracker>
<shreddit-comment-tree id="comment-tree" post-id="t3_1j2k3l4" totalcomments="58" sort="confidence">
${rdComments.map((c) => rdComment(c, 0)).join('\n')}
</shreddit-comment-tree>
</main>
<div id="right-sidebar-container" class="right-sidebar"><aside aria-label="Community information" class="flex flex-col gap-md">
<shreddit-subreddit-header prefixed-name="r/Calderport"><h2 class="text-16 font-bold">r/Calderport</h2>
<p class="text-14">News, events and chat for Calderport and the Wyre coast.</p>
<div class="flex gap-md text-12"><span>Created Jun 2, 2011</span><span>Public</span></div>
<div class="flex gap-lg"><div><faceplate-number number="48210" pretty>48K</faceplate-number> <span>Members</span></div>
<div><faceplate-number number="212">212</faceplate-number> <span>Online</span></div></div></shreddit-subreddit-header>
<div><h2 class="text-12 uppercase">R/Calderport Rules</h2><ol>${rdRules
  .map(
    (r, i) => `<li><span class="rule-number">${i + 1}</span>
<span>${r}</span></li>`,
  )
  .join('\n')}</ol></div>
<div><h2 class="text-12 uppercase">Moderators</h2><a href="/message/compose?to=r/Calderport" class="button button-secondary">Message Mods</a>
<ul>${rdMods.map((m) => `<li><a href="/${m}/">${m}</a></li>`).join('\n')}</ul><a href="/r/Calderport/about/moderators">View all moderators</a></div>
<div><h2 class="text-12 uppercase">More posts you may like</h2><ul>
${rdRelated
  .map(
    ([t, s]) => `<li class="related-post"><a href="/r/Calderport/">r/Calderport</a><h3 class="text-14">${t}</h3><span
class="text-12">${s}</span></li>`,
  )
  .join('\n')}
</ul></div>
</aside></div>
</div></div></div>
<div id="cookie-banner" role="dialog" aria-label="Cookie notice" class="fixed bottom-0"><h2 class="text-16">Cookie Notice</h2><p>${rdCookie}
<a href="https://www.reddit.com/policies/cookies">Cookie Notice</a></p><button class="button button-primary">Accept All</button>
<button class="button button-secondary">Reject Optional Cookies</button></div>
</shreddit-app>
</body>
</html>`;
export const redditPost: TestPage = {
  html: rdHtml,
  name: 'heldout81-reddit-shreddit-link-post',
  kind: 'forum',
  // the post's text and every comment paragraph are body; the link card (domain, image) is furniture; usernames and the relative
  // times are bylines; the flair, "OP", scores, buttons, the promoted post, the sidebar, related posts and the cookie notice are
  // furniture
  title: rdTitle,
  headings: [],
  body: [...texts(rdPost), ...rdFlat(rdComments).flatMap((c) => c.ps)],
  bylines: [...new Set(['harbourside_amy', ...rdFlat(rdComments).map((c) => c.user)]), '5 hr. ago', '4h ago', '3h ago', '2h ago', '1h ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Reddit Logo', 'Get App', 'Log In', ...rdNav, 'Resources', ...rdResources, ...rdMore, ...rdLegal, 'Reddit, Inc. © 2025. All rights reserved.',
    'r/Calderport', 'Local News', 'calderportherald.co.uk', 'u/OrtolanBank', 'Promoted', 'Switch your current account in seven days, no paperwork',
    'Learn More', 'Sort by:', 'Best', 'Search Comments', 'Expand comment search', 'Join the conversation', 'OP', '212', '64', '41', '38', '157', '73',
    'Reply', 'Share', '3 more replies', 'News, events and chat for Calderport and the Wyre coast.', 'Created Jun 2, 2011', 'Public', '48K', 'Members',
    'Online', 'R/Calderport Rules', ...rdRules, 'Moderators', 'Message Mods', ...rdMods, 'View all moderators', 'More posts you may like',
    ...rdRelated.flat(), 'Cookie Notice', rdCookie, 'Accept All', 'Reject Optional Cookies',
  ],
};
