import { links } from './page-kit.js';

/**
 * Held-out batch 134, file a2: the new Reddit (shreddit) link post of file a, as a signed-out visitor saves it: skip link,
 * header with search chip, "Get App" and "Log In", the left nav with its topics and resources, the post's credit bar,
 * flair, outbound link card and action row, the comment sort and search bar, the comment tree with OP badges, action rows,
 * "more replies" partials, the community sidebar with rules and moderators, "More posts you may like" and the cookie banner.
 */
export const rdTitle = 'Council approves year-round closure of Quayside Road to through traffic';
export interface RdComment {
  id: string;
  user: string;
  ago: string;
  score: string;
  depth: number;
  op?: boolean;
  text: readonly string[];
  more?: string;
}
export const rdComments: readonly RdComment[] = [
  {
    id: 'mg41a2k',
    user: 'quayside_regular',
    ago: '8 hr. ago',
    score: '214',
    depth: 0,
    text: [
      `I run the bakery at the bottom of Quayside and honestly I was dreading this when it was only a summer trial. Our takings went up
about fifteen percent on the closed weekends. People stop and sit down when they are not breathing bus fumes.`,
      `Deliveries are the real problem. The article skips over it, but the loading window is six to ten in the morning only, and our
flour supplier says they cannot promise to hit that every day.`,
    ],
  },
  {
    id: 'mg43c9d',
    user: 'fernhill_cyclist',
    ago: '8 hr. ago',
    score: '61',
    depth: 1,
    op: true,
    text: [
      `That is the part I would like the council to answer properly. The committee report only says "managed exceptions" for
deliveries, which could mean almost anything.`,
    ],
  },
  {
    id: 'mg45e0f',
    user: 'marrowbone_lane',
    ago: '7 hr. ago',
    score: '48',
    depth: 1,
    text: [
      `Our supplier had the same problem during the trial and in the end they sent the smaller van before ten. It took a couple of
weeks to sort out, so raise it with them now rather than in May when the closure starts.`,
    ],
  },
  {
    id: 'mg42b7x',
    user: 'tidal_flats_82',
    ago: '8 hr. ago',
    score: '133',
    depth: 0,
    text: [
      `Genuine question: where does the 27 bus go now? The article says it will be rerouted via Chandlery Street, but that street is
barely wide enough for two cars with parking on both sides.`,
    ],
  },
  {
    id: 'mg44q1r',
    user: 'dunmore_transit_nerd',
    ago: '7 hr. ago',
    score: '97',
    depth: 1,
    text: [
      `The consultation documents have the route in appendix C. They are removing fourteen parking spaces on the east side of Chandlery
Street and putting a bus gate at the junction with Mill Lane. So it will fit, but the people who live there are not going to be happy.`,
    ],
    more: '1 more reply',
  },
  {
    id: 'mg4a8zz',
    user: 'northbank_nan',
    ago: '6 hr. ago',
    score: '188',
    depth: 0,
    text: [
      `I am 78 and I walk down to the quay every morning. During the trial I could cross without standing at the kerb for five minutes
waiting for a gap. That is all I wanted to say. Please keep it.`,
    ],
  },
  {
    id: 'mg4c2uv',
    user: 'seagull_whisperer',
    ago: '5 hr. ago',
    score: '76',
    depth: 0,
    text: [
      `Everyone is arguing about parking and nobody has mentioned that the closure only covers the stretch between the fish market and
the swing bridge. It is about four hundred metres. You can still drive to both ends of it.`,
    ],
  },
  {
    id: 'mg4d7ab',
    user: 'hollins_and_co',
    ago: '5 hr. ago',
    score: '22',
    depth: 1,
    text: [
      `This. Half of the people in the town Facebook group seem to think the whole waterfront is being shut for good, and the
screenshots going round do not help.`,
    ],
  },
  {
    id: 'mg4f0kc',
    user: 'ropewalk_rosie',
    ago: '4 hr. ago',
    score: '35',
    depth: 0,
    text: [
      `Does anyone know if the Saturday market keeps its pitches? The trial moved some of the stalls out onto the road and it worked
much better than squeezing everyone onto the pavement outside the chandlers.`,
    ],
  },
  {
    id: 'mg4g3hd',
    user: 'fernhill_cyclist',
    ago: '3 hr. ago',
    score: '19',
    depth: 1,
    op: true,
    text: [
      `According to the article the market gets a permanent licence for the road space on Saturdays, and the traders and the council
have until the end of April to agree the layout.`,
    ],
  },
];
export const rdNavTop = ['Home', 'Popular', 'Explore', 'All'];
export const rdTopics = ['Internet Culture (Viral)', 'Games', 'Q&As', 'Technology', 'Pop Culture', 'Movies & TV', 'See more'];
export const rdResources = ['About Reddit', 'Advertise', 'Reddit Pro', 'Help', 'Blog', 'Careers', 'Press'];
export const rdResources2 = ['Communities', 'Best of Reddit', 'Topics'];
export const rdPolicy = ['Reddit Rules', 'Privacy Policy', 'User Agreement', 'Accessibility'];
export const rdRules = ['Be civil to each other', 'No personal information', 'Keep it local', 'No spam or self-promotion', 'Flair your post'];
export const rdMore = [
  'Harbour car park charges going up again from April',
  'Anyone else hear the fog horn test at 3am last night?',
  'Best place for a Sunday roast that takes bookings for twelve?',
  'Swing bridge stuck open again, avoid the north side',
];
export const rdMoreMeta = ['r/Dunmore', '41 upvotes · 28 comments', '112 upvotes · 57 comments', '64 upvotes · 91 comments', '230 upvotes · 44 comments'];
export const rdCookie = `Reddit and its partners use cookies and similar technologies to provide you with a better experience. By accepting all
cookies, you agree to our use of cookies to deliver and maintain our services and site, improve the quality of Reddit, personalize Reddit content and
advertising, and measure the effectiveness of advertising.`;
export const rdBookmarks = ['Wiki', 'Events calendar', 'Discord'];
const rdMoreReplies = (c: RdComment): string =>
  c.more
    ? `<faceplate-partial loading="action" src="/svc/shreddit/more-comments/Dunmore/t1_${c.id}" slot="more-comments-permalink">
<button class="text-tone-2 text-12 font-bold">${c.more}</button></faceplate-partial>`
    : '';
const rdComment = (c: RdComment): string => `<shreddit-comment author="${c.user}" thingid="t1_${c.id}" depth="${c.depth}" score="${c.score}"
permalink="/r/Dunmore/comments/1j4k2xq/comment/${c.id}/" postid="t3_1j4k2xq" arialabel="Thread level ${c.depth + 1}: ${c.user}" class="block">
<div slot="commentAvatar" class="flex items-center justify-center"><faceplate-tracker source="comment"><a href="/user/${c.user}/" aria-hidden="true">
<faceplate-img class="shreddit-comment__avatar" src="https://www.redditstatic.com/avatars/defaults/v2/avatar_default_3.png" width="24" height="24">
</faceplate-img></a></faceplate-tracker></div>
<div slot="commentMeta" class="flex flex-row items-center gap-2xs text-12 min-w-0 flex-nowrap">
<faceplate-tracker source="comment" action="click" noun="comment_author">
<a href="/user/${c.user}/" class="truncate font-bold text-neutral-content-strong text-12 hover:underline">${c.user}</a></faceplate-tracker>
${c.op ? '<span id="comment-op-badge" class="text-category-op text-12 font-bold">OP</span>' : ''}
<span class="inline-block my-0 text-neutral-content-weak">•</span>
<faceplate-timeago ts="2025-03-04T${c.id.slice(3, 5)}:00:00.000Z" format="short"><time datetime="2025-03-04T10:00:00.000Z"
title="Tuesday, 4 March 2025 at 10:00:00 GMT">${c.ago}</time></faceplate-timeago></div>
<div slot="comment" class="py-0 xs:mx-xs mx-2xs inline-block max-w-full"><div class="md text-14 rounded-[8px] pb-2xs overflow-hidden"
id="t1_${c.id}-post-rtjson-content" style="--emote-size: 20px">
${c.text.map((p) => `<p>${p}</p>`).join('\n')}
</div></div>
<shreddit-comment-action-row slot="actionRow" permalink="/r/Dunmore/comments/1j4k2xq/comment/${c.id}/" score="${c.score}" class="block">
<button aria-label="Upvote" class="button-plain-weak button-small"><span class="flex"><svg></svg></span></button>
<faceplate-number pretty number="${c.score}">${c.score}</faceplate-number>
<button aria-label="Downvote" class="button-plain-weak button-small"><svg></svg></button>
<faceplate-tracker noun="reply_comment"><button class="button-plain-weak button-small"><span class="flex items-center">Reply</span></button></faceplate-tracker>
<award-button><button class="button-plain-weak button-small"><span class="flex">Award</span></button></award-button>
<shreddit-comment-share-button><button class="button-plain-weak button-small"><span class="flex">Share</span></button></shreddit-comment-share-button>
</shreddit-comment-action-row>
${rdMoreReplies(c)}
</shreddit-comment>`;
export const rdHtml = `<!DOCTYPE html>
<html lang="en-GB" class="theme-beta" style="--shreddit-header-height: 56px;"><head><meta charset="UTF-8">
<title>${rdTitle} : r/Dunmore</title><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta property="og:site_name" content="Reddit"><meta property="og:title" content="From the Dunmore community on Reddit: ${rdTitle}">
<meta property="og:description" content="Posted by fernhill_cyclist - 412 votes and 96 comments"><meta property="og:type" content="website">
<meta name="twitter:card" content="summary_large_image"><meta name="robots" content="noarchive">
<link rel="canonical" href="https://www.reddit.com/r/Dunmore/comments/1j4k2xq/council_approves_yearround_closure_of_quayside/">
<script type="application/ld+json" id="ld-json-data">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${rdTitle}",
"author":{"@type":"Person","name":"fernhill_cyclist","url":"https://www.reddit.com/user/fernhill_cyclist/"},"datePublished":"2025-03-04T08:12:44.512000+0000",
"url":"https://www.reddit.com/r/Dunmore/comments/1j4k2xq/council_approves_yearround_closure_of_quayside/","commentCount":96,
"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"https://schema.org/LikeAction","userInteractionCount":412}],
"sharedContent":{"@type":"WebPage","url":"https://www.dunmoreledger.example/news/2025/03/04/quayside-road-closure-approved"}}</script>
<link rel="stylesheet" href="https://www.redditstatic.com/shreddit/assets/shreddit-global-7d1c2c1e.css">
<script type="module" src="https://www.redditstatic.com/shreddit/assets/shreddit-app-b9e1f4a0.js" async></script>
<script>window.___r = {"config":{"locale":"en-GB"}};</script></head>
<body class="v2 m-0 bg-neutral-background" style="visibility: visible;">
<shreddit-app pagetype="post_detail" routename="post_page" locale="en-GB" env="production" dev-mode="false" spinner-indicator="false">
<a href="#main-content" class="skip-link button-primary">Skip to main content</a>
<reddit-header-large class="sticky top-0 z-[3]"><header class="v2 bg-neutral-background-container h-header-large">
<nav class="h-header-large flex items-center justify-between px-md gap-lg border-b-sm border-solid border-neutral-border-weak">
<a id="reddit-logo" href="/" aria-label="Home"><span class="sr-only">Reddit Logo</span><svg></svg></a>
<reddit-search-large><div class="search-chip flex items-center"><span class="text-12">r/Dunmore</span></div>
<faceplate-search-input name="q" placeholder="Search in r/Dunmore" label="Search"></faceplate-search-input></reddit-search-large>
<span class="flex items-center gap-xs"><faceplate-tracker noun="get_app"><a id="get-app-button" class="button button-medium button-secondary"
href="https://reddit.app.link/?entry_point=top_nav">Get App</a></faceplate-tracker><faceplate-tracker noun="login"><a id="login-button"
class="button button-medium button-brand" href="https://www.reddit.com/login/">Log In</a></faceplate-tracker>
<button id="expand-user-drawer-button" aria-label="Expand user menu" class="button-plain button-medium"><svg></svg></button></span>
</nav></header></reddit-header-large>
<div class="grid-container theme-rpl grid flex-left-nav">
<flex-left-nav-container id="left-sidebar-container" class="bg-neutral-background"><reddit-sidebar-nav id="left-sidebar">
<nav aria-label="Primary" class="py-md px-md"><ul class="list-none p-0 m-0">${links(rdNavTop, 'left-nav-top-section')}</ul>
<hr class="border-b-neutral-border-weak"><faceplate-expandable-section-helper open><details open><summary aria-controls="topics-section">TOPICS</summary>
<ul id="topics-section">${links(rdTopics, 'topic-item')}</ul></details></faceplate-expandable-section-helper>
<faceplate-expandable-section-helper open><details open><summary aria-controls="resources-section">RESOURCES</summary>
<ul id="resources-section">${links(rdResources, 'resource-item')}<hr>${links(rdResources2, 'resource-item')}<hr>${links(rdPolicy, 'resource-item')}</ul>
</details></faceplate-expandable-section-helper>
<span class="text-10 text-secondary-weak">Reddit, Inc. © 2025. All rights reserved.</span></nav></reddit-sidebar-nav></flex-left-nav-container>
<div class="main-container flex gap-md w-full"><main id="main-content" class="main w-full flex-grid--main-container-card right-sidebar-xs">
<shreddit-post id="t3_1j4k2xq" post-title="${rdTitle}" post-type="link" domain="dunmoreledger.example" author="fernhill_cyclist"
author-id="t2_8c1kq0p" subreddit-prefixed-name="r/Dunmore" score="412" comment-count="96" created-timestamp="2025-03-04T08:12:44.512000+0000"
content-href="https://www.dunmoreledger.example/news/2025/03/04/quayside-road-closure-approved" view-context="CommentsPage" class="block xs:mt-xs">
<div slot="credit-bar" class="flex justify-between text-12 gap-xs"><span class="flex flex-wrap items-center"><span class="avatar text-16">
<faceplate-img src="https://styles.redditmedia.example/t5_2sk8r/styles/communityIcon.png" alt="r/Dunmore icon"></faceplate-img></span>
<a class="subreddit-name text-neutral-content font-bold text-12" href="/r/Dunmore/">r/Dunmore</a><span class="created-separator">•</span>
<faceplate-timeago ts="2025-03-04T08:12:44.512Z"><time datetime="2025-03-04T08:12:44.512Z" title="Tuesday, 4 March 2025 at 08:12:44 GMT">9 hr. ago</time>
</faceplate-timeago></span><div class="author-name-meta"><faceplate-tracker noun="user_profile"><a class="author-name whitespace-nowrap"
href="/user/fernhill_cyclist/">fernhill_cyclist</a></faceplate-tracker></div></div>
<h1 slot="title" id="post-title-t3_1j4k2xq" class="font-semibold text-neutral-content-strong m-0 text-18 xs:text-24 mb-xs px-md xs:px-0 xs:mb-md">
${rdTitle}</h1>
<shreddit-post-flair slot="post-flair"><a href="/r/Dunmore/?f=flair_name%3A%22Local%20News%22" class="no-decoration"><span
class="bg-tone-4 inline-block truncate max-w-full text-12 font-normal align-text-bottom box-border px-[6px] rounded-[20px]">
<span class="flair-content">Local News</span></span></a></shreddit-post-flair>
<div slot="post-media-container"><faceplate-tracker noun="outbound_link"><a class="post-link flex items-center rounded-[16px] border-sm"
href="https://www.dunmoreledger.example/news/2025/03/04/quayside-road-closure-approved" target="_blank" rel="noopener nofollow ugc">
<span class="text-12 truncate">dunmoreledger.example</span><faceplate-img class="thumbnail" src="https://external-preview.redd.example/quayside.jpg"
alt="Council approves year-round closure of Quayside Road"></faceplate-img></a></faceplate-tracker></div>
<div slot="action-row" class="flex gap-sm"><span class="vote-buttons"><button upvote aria-label="Upvote"><svg></svg></button>
<faceplate-number pretty number="412">412</faceplate-number><button downvote aria-label="Downvote"><svg></svg></button></span>
<a name="comments-action-button" href="#comments" class="button-secondary"><svg></svg><span>96</span></a>
<award-button><button class="button-secondary"><span>Award</span></button></award-button>
<shreddit-post-share-button><button class="button-secondary"><span>Share</span></button></shreddit-post-share-button></div>
</shreddit-post>
<div id="comments" class="mt-md"><faceplate-tracker noun="comment_composer"><comment-composer-host><button
class="input-button w-full text-left rounded-[20px]">Join the conversation</button></comment-composer-host></faceplate-tracker>
<div class="flex items-center justify-between my-md"><shreddit-sort-dropdown><span class="text-12">Sort by:</span><button class="button-plain">
<span>Best</span></button></shreddit-sort-dropdown><faceplate-search-input placeholder="Search Comments" label="Search Comments"><span
class="sr-only">Search Comments</span></faceplate-search-input></div>
<shreddit-comment-tree id="comment-tree" post-id="t3_1j4k2xq" totalcomments="96" sort="confidence" class="block">
${rdComments.map(rdComment).join('\n')}
</shreddit-comment-tree>
<faceplate-partial loading="action" src="/svc/shreddit/more-comments/Dunmore/t3_1j4k2xq"><button class="button-secondary button-small">View more comments
</button></faceplate-partial></div>
<section aria-label="More posts you may like" class="mt-lg"><h2 class="text-14 font-semibold">More posts you may like</h2>
<ul class="list-none p-0">${rdMore
  .map(
    (t, i) => `<li><a href="/r/Dunmore/comments/1j${i}x/"><span class="text-12">${rdMoreMeta[0]}</span><h3 class="text-14 m-0">${t}</h3>
<span class="text-12 text-neutral-content-weak">${rdMoreMeta[i + 1]}</span></a></li>`,
  )
  .join('\n')}</ul></section>
</main>
<aside id="right-sidebar-container" aria-label="Community information" class="right-sidebar"><shreddit-subreddit-header prefixed-name="r/Dunmore"
subscribers="18412"><div class="flex justify-between"><h2 class="text-16 font-bold">r/Dunmore</h2><shreddit-join-button name="Dunmore"><button
class="button-primary button-small">Join</button></shreddit-join-button></div>
<p class="text-14">News, events and discussion for Dunmore and the villages along the estuary.</p>
<div class="flex gap-xs text-12"><span>Created Jun 14, 2011</span><span>Public</span></div>
<div class="flex gap-md"><div><faceplate-number number="18412">18K</faceplate-number><p class="text-12">Members</p></div>
<div><faceplate-number number="57">57</faceplate-number><p class="text-12">Online</p></div></div></shreddit-subreddit-header><hr>
<div class="community-bookmarks"><h2 class="text-12 uppercase">Community Bookmarks</h2>
<ul>${links(rdBookmarks, 'bookmark')}</ul></div><hr>
<div class="rules-widget"><h2 class="text-12 uppercase">R/DUNMORE RULES</h2><ol>
${rdRules
  .map(
    (r, i) => `<li><faceplate-expandable-section-helper><details><summary><span>${i + 1}</span><span>${r}</span></summary></details>
</faceplate-expandable-section-helper></li>`,
  )
  .join('\n')}
</ol></div><hr><div class="moderators-widget"><h2 class="text-12 uppercase">Moderators</h2><a href="/message/compose?to=r/Dunmore">Message Mods</a>
<ul>${links(['u/harbourmaster_d', 'u/estuary_ed'], 'moderator')}</ul><a href="/r/Dunmore/about/moderators/">View all moderators</a></div>
</aside></div></div>
<div id="cookie-banner" role="dialog" aria-label="Cookie banner" class="cookie-banner fixed bottom-0"><p class="text-12">${rdCookie}</p>
<p class="text-12">For more information, see our <a href="https://www.reddit.com/policies/cookies">Cookie Notice</a> and our
<a href="https://www.reddit.com/policies/privacy-policy">Privacy Policy</a>.</p><button class="button-primary">Accept All</button>
<button class="button-secondary">Reject Optional Cookies</button></div>
</shreddit-app><script src="https://www.redditstatic.com/shreddit/assets/comment-tree-7a1c2e88.js" type="module"></script></body></html>`;
