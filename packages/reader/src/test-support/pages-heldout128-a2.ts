import { links, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout128-kit.js';

/**
 * Held-out batch 128, file a2: a new Reddit (shreddit) self-post with its comment tree, saved signed out.
 */
const title = 'Two winters on studded tyres: what I’d tell myself before buying them';
const op1 = paras(`
I commute 14 km each way along the river path in Tavrinsk, and for the last two winters I have done it on a hybrid with studded
tyres front and back. A few people in the weekly thread asked how it has gone, so here is the long version.

Short answer: they were the best money I have spent on the bike, but not for the reasons I expected. I bought them for sheet ice.
In practice the real ice days were maybe fifteen a season. What they actually fixed was the frozen ruts, the refrozen slush at
junctions and the polished patches under bridges where the path never sees the sun.

Things I wish someone had told me:`);
const opList = paras(`
Run them at the low end of the pressure range. At 35 psi I was skating on the studs themselves; at 25 psi the rubber touches the
ice too and the bike feels planted.

Bed them in. Ride 50 km or so on bare tarmac before the first ice, gently, so the studs seat properly. I lost a dozen from the
front tyre in the first week because I skipped this.

They are loud and slow on dry roads. Expect to lose a couple of km/h and to sound like a rolling bag of gravel.

Swap the front first if you can only afford one. Losing the back wheel is a wobble; losing the front is a collarbone.`);
const op2 = paras(`
The one thing I have not solved is the fortnight in March when the path is bare and dry at 7 am and sheet ice at 6 pm. Do people
really swap wheels twice a day, or do you just put up with the noise?`);
type C = { id: string; user: string; ago: string; score: string; depth: number; paras: string[]; op?: boolean; edited?: string };
const comments: C[] = [
  {
    id: 'mh2k9aa',
    user: 'lantern_rouge_',
    ago: '3d ago',
    score: '412',
    depth: 0,
    paras: paras(`
We keep a second wheelset with the studs already mounted, so the swap is two quick releases and a brake check. It sounds fussy,
but it takes under five minutes once you have done it a few times, and you stop dreading the March forecasts.

If you are on disc brakes, check the rotors line up on both wheels before you commit. I had to add a thin shim to the spare
wheel to stop the pads rubbing.`),
  },
  {
    id: 'mh2pq0c',
    user: 'grit_and_gravel',
    ago: '3d ago',
    score: '187',
    depth: 1,
    op: true,
    paras: paras(`
A spare wheelset is probably the answer. My rear has an odd cassette, though, so I would need a second one of those as well.
Annoying, but cheaper than a collarbone.`),
  },
  {
    id: 'mh31xde',
    user: 'Marit_on_wheels',
    ago: '3d ago',
    score: '298',
    depth: 0,
    paras: paras(`
Strong agree on bedding them in. Our shop tells everyone the same thing, and about half of them ignore it and come back in
December asking why their tyres look like a gap-toothed smile.

The pressure tip is the one that surprised me. I always assumed harder was safer.`),
  },
  {
    id: 'mh4b7rf',
    user: 'ferrycrossing_88',
    ago: '2d ago',
    score: '156',
    depth: 0,
    edited: 'Edited 2d ago',
    paras: paras(`
Counterpoint: I rode three winters in Kallsund on ordinary knobbly tyres and a lot of care. Studs are great, but they are not the
only answer if the budget is tight. Walk the worst junctions, keep your weight back, and never brake on a painted line.`),
  },
  {
    id: 'mh4e2ug',
    user: 'lantern_rouge_',
    ago: '2d ago',
    score: '74',
    depth: 1,
    paras: paras(`
Fair, but walking the junctions is half my commute. At some point the tyres pay for themselves in time alone.`),
  },
  {
    id: 'mh5t8kh',
    user: 'nightshift_nadia',
    ago: '1d ago',
    score: '93',
    depth: 0,
    paras: paras(`
For the dry-morning, icy-evening problem I just leave the studs on until the path has been clear for two weeks running. The noise
is annoying, but I would rather be slow than in the ditch. Mine have lasted four seasons like that, so the wear is not as bad as
people say.`),
  },
];
const topNav = ['Home', 'Popular', 'Explore', 'All'];
const resources = ['About Reddit', 'Advertise', 'Help', 'Blog', 'Careers', 'Press', 'Communities', 'Best of Reddit', 'Topics'];
const legal = ['Reddit Rules', 'Privacy Policy', 'User Agreement', 'Accessibility'];
const rules = ['Be kind to new riders', 'No sales or referral links', 'Photos need a caption', 'Keep it about getting around by bike'];
const more = [
  ['Frozen disc calipers this morning, any fixes that don’t involve a kettle?', '88 upvotes · 41 comments'],
  ['Best waterproof overmitts for under 40?', '152 upvotes · 97 comments'],
  ['First proper snow commute of the year, 9 km in 50 minutes', '1.1K upvotes · 63 comments'],
];
const about = 'Riding through snow, ice and dark mornings. Gear, routes, clothing and moral support for year-round commuters.';
const cookie = [
  'Reddit and its partners use cookies and similar technologies to provide you with a better experience.',
  'By accepting all cookies, you agree to our use of cookies to deliver and maintain our services and site, improve the quality of ' +
    'Reddit, personalize content and advertising, and measure the effectiveness of advertising.',
  'By rejecting non-essential cookies, Reddit may still use certain cookies to ensure the proper functionality of our platform.',
  'For more information, please see our Cookie Notice and our Privacy Policy.',
];
const credit = 'Reddit, Inc. © 2025. All rights reserved.';
const sub = 'r/wintercommuting';
const act = (score: string, n: string | null): string => `<div class="flex flex-row items-center flex-nowrap">
<span class="inline-flex items-center" data-post-click-location="vote"><button upvote="" class="button-plain-weak" aria-pressed="false">
<span class="sr-only">Upvote</span><svg fill="currentColor" height="16" width="16" viewBox="0 0 20 20"></svg></button>
<span class="flex items-center text-12 font-semibold"><faceplate-number pretty="" number="${score}">${score}</faceplate-number></span>
<button downvote="" class="button-plain-weak" aria-pressed="false"><span class="sr-only">Downvote</span></button></span>
${
  n === null
    ? '<button class="button-plain-weak" slot="comments-action-button" name="reply-comment-button">Reply</button>'
    : `<a name="comments-action-button"
class="button-secondary" data-post-click-location="comments-button" href="#comments"><span>${n}</span></a>`
}
<award-button class="button-plain-weak"><span>Award</span></award-button>
<shreddit-post-share-button appearance="secondary"><span>Share</span></shreddit-post-share-button></div>`;
const comment = (c: C, kids = ''): string => `<shreddit-comment arialabel="Thread level ${c.depth + 1}" author="${c.user}" thingid="t1_${c.id}"
depth="${c.depth}" permalink="/r/wintercommuting/comments/1j8k2xq/comment/${c.id}/" postid="t3_1j8k2xq" score="${c.score}"
created="2025-02-1${c.ago[0]}T1${c.depth}:22:05.000000+0000" role="article">
<div slot="commentAvatar" class="flex items-center justify-center"><faceplate-tracker noun="comment_author_avatar">
<img alt="u/${c.user} avatar" class="rounded-full" src="https://styles.redditmedia.example/t5_2x/${c.id}.png" loading="lazy"></faceplate-tracker></div>
<div slot="commentMeta" class="flex flex-row items-center overflow-hidden"><faceplate-hovercard position="above">
<a href="/user/${c.user}/" class="truncate font-bold text-neutral-content-strong text-12 hover:underline">${c.user}</a></faceplate-hovercard>
${c.op ? '<span class="text-12 font-bold text-global-admin" id="comment-submitter-tag">OP</span>' : ''}
<span class="inline-block text-neutral-content-weak" aria-hidden="true">•</span>
<a href="/r/wintercommuting/comments/1j8k2xq/comment/${c.id}/" rel="nofollow noopener noreferrer"><faceplate-timeago format="short"
ts="2025-02-1${c.ago[0]}T1${c.depth}:22:05.000Z"><time datetime="2025-02-1${c.ago[0]}T1${c.depth}:22:05.000Z">${c.ago}</time></faceplate-timeago></a>
${c.edited ? `<span class="text-neutral-content-weak text-12"><span aria-hidden="true">•</span> ${c.edited}</span>` : ''}</div>
<div slot="comment" id="t1_${c.id}-comment-rtjson-content" class="md text-14 rounded-[8px] pb-2xs overflow-hidden">
${c.paras.map((p) => `<p>${p}</p>`).join('\n')}</div>
<shreddit-comment-action-row slot="actionRow" comment-id="t1_${c.id}" score="${c.score}">${act(c.score, null)}</shreddit-comment-action-row>
${kids}</shreddit-comment>`;
const tree = comments
  .map((c, i) => (c.depth > 0 ? '' : comment(c, comments[i + 1]?.depth === 1 ? comment(comments[i + 1] as C) : '')))
  .filter((t) => t !== '')
  .join('\n');
const html = `<!DOCTYPE html>
<html lang="en-US" class="theme-beta" data-color-scheme="light"><head><meta charset="UTF-8">
<title>${title} : r/wintercommuting</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="I commute 14 km each way along the river path in Tavrinsk, and for the last two winters I have done it on studs.">
<meta property="og:title" content="From the wintercommuting community on Reddit"><meta property="og:site_name" content="Reddit">
<meta property="og:type" content="website"><meta name="twitter:card" content="summary">
<link rel="canonical" href="https://www.reddit.com/r/wintercommuting/comments/1j8k2xq/two_winters_on_studded_tyres_what_id_tell_myself/">
<script type="application/ld+json" id="ld-json-data">{"@context":"https://schema.org","@type":"DiscussionForumPosting",
"headline":"${title}","author":{"@type":"Person","name":"grit_and_gravel","url":"https://www.reddit.com/user/grit_and_gravel/"},
"datePublished":"2025-02-11T08:14:33.120Z","commentCount":214,"interactionStatistic":[{"@type":"InteractionCounter",
"interactionType":"https://schema.org/LikeAction","userInteractionCount":1284}]}</script>
<link rel="stylesheet" href="https://www.redditstatic.example/shreddit/assets/shreddit-app.css">
<script type="module" src="https://www.redditstatic.example/shreddit/en-US/_app-loader.js"></script></head>
<body class="v2 m-0 bg-neutral-background"><shreddit-app app-name="shreddit" pagetype="post_detail" routename="post_page"
spa-navigation="" theme="light" locale="en-US"><a href="#main-content" class="skip-link">Skip to main content</a>
<reddit-header-large class="sticky top-0 z-[3]"><header class="v2 flex items-center h-header-large bg-neutral-background">
<nav class="flex justify-between items-center px-md gap-lg w-full" aria-label="Global"><a aria-label="Home" href="/" id="reddit-logo">
<span class="sr-only">Reddit Logo</span><svg width="32" height="32" viewBox="0 0 20 20"></svg></a>
<reddit-search-large><faceplate-search-input name="q" placeholder="Search in r/wintercommuting" label="Search"></faceplate-search-input>
</reddit-search-large><div class="flex items-center gap-xs"><a id="get-app" class="button-secondary" href="https://reddit.app.link/">
<span>Get App</span></a><a id="login-button" class="button-brand" href="https://www.reddit.com/login/"><span>Log In</span></a>
<button id="expand-user-drawer-button" class="button-plain" aria-label="Expand user menu"><svg viewBox="0 0 20 20"></svg></button>
</div></nav></header></reddit-header-large>
<div class="grid-container theme-beta grid"><flex-left-nav-container id="left-sidebar-container"><reddit-sidenav id="left-sidebar">
<nav aria-label="Primary"><ul class="list-none p-0 m-0">${links(topNav, 'left-nav-top-section')}</ul>
<faceplate-expandable-section-helper open=""><details open=""><summary aria-controls="RESOURCES">
<span class="text-12 uppercase text-neutral-content-weak">Resources</span></summary>
<ul id="RESOURCES">${links(resources, 'resources-item')}</ul></details></faceplate-expandable-section-helper>
<hr><ul class="legal-links">${links(legal)}</ul><p class="text-10 text-neutral-content-weak">${credit}</p></nav></reddit-sidenav>
</flex-left-nav-container>
<div class="main-container flex gap-md w-full"><main class="main w-full flex-grid--main-container-card right-sidebar-xs" id="main-content">
<shreddit-post id="t3_1j8k2xq" class="block xs:mt-xs xs:-mx-xs" post-title="${title}" author="grit_and_gravel"
subreddit-prefixed-name="r/wintercommuting" created-timestamp="2025-02-11T08:14:33.120000+0000" score="1284" comment-count="214"
post-type="text" permalink="/r/wintercommuting/comments/1j8k2xq/two_winters_on_studded_tyres_what_id_tell_myself/" view-context="CommentsPage">
<div slot="credit-bar" class="flex justify-between text-12"><span class="flex items-center gap-2xs">
<a href="/r/wintercommuting/" class="subreddit-name font-bold">${sub}</a><span aria-hidden="true">•</span>
<faceplate-timeago ts="2025-02-11T08:14:33.120Z"><time datetime="2025-02-11T08:14:33.120Z" title="Tuesday, 11 February 2025">3 days ago</time>
</faceplate-timeago></span><div slot="authorName" class="block"><faceplate-hovercard><a href="/user/grit_and_gravel/"
class="author-name">grit_and_gravel</a></faceplate-hovercard></div>
<shreddit-join-button subscribe-label="Join" buttonsize="small"><span>Join</span></shreddit-join-button>
<shreddit-post-overflow-menu><button aria-label="Open user actions" class="button-plain"><svg viewBox="0 0 20 20"></svg></button>
</shreddit-post-overflow-menu></div>
<h1 slot="title" id="post-title-t3_1j8k2xq" class="font-semibold text-neutral-content-strong m-0 text-18 xs:text-24 mb-xs px-md xs:px-0">
${title}</h1>
<shreddit-post-flair slot="post-flair" class="inline-block"><a href="/r/wintercommuting/?f=flair_name%3A%22Gear%22" class="no-decoration">
<span class="bg-tone-4 inline-block truncate max-w-full text-12 font-normal"><div class="flair-content">Gear</div></span></a></shreddit-post-flair>
<div slot="text-body" class="mb-sm mx-md xs:mx-0"><div class="text-neutral-content" id="t3_1j8k2xq-post-rtjson-content">
<div class="md max-h-[337px] text-14">${op1.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${lis(opList)}</ul>
${op2.map((p) => `<p>${p}</p>`).join('\n')}</div></div></div>
<div slot="post-action-bar">${act('1.3K', '214')}</div></shreddit-post>
<div id="comments" class="comments-page-container"><div class="flex items-center justify-between">
<shreddit-sort-dropdown label="Sort by:" selected="CONFIDENCE"><span class="text-12">Sort by:</span>
<button slot="selected-item" class="button-plain"><span>Best</span></button></shreddit-sort-dropdown>
<button class="button-plain" aria-label="Expand comment search"><span>Search Comments</span></button></div>
<comment-composer-host><faceplate-form action="/svc/shreddit/graphql"><button class="comment-composer-trigger w-full" type="button">
<span>Join the conversation</span></button></faceplate-form></comment-composer-host>
<shreddit-comment-tree id="comment-tree" totalcomments="214" post-id="t3_1j8k2xq">
${tree}
<faceplate-partial loading="action" src="/svc/shreddit/more-comments/wintercommuting/t3_1j8k2xq"><button class="button-plain"
slot="more-comments-button"><span>View more comments</span></button></faceplate-partial></shreddit-comment-tree></div>
<section class="more-posts mt-lg" aria-labelledby="more-posts-heading"><h2 id="more-posts-heading" class="text-14 font-semibold">
More posts you may like</h2><ul class="list-none">${more
  .map(
    ([t, n], i) => `<li><faceplate-tracker noun="recommendation"><article class="w-full"><a href="/r/wintercommuting/comments/1j9${i}">
<span class="text-12">${sub}</span><h3 class="text-14 font-semibold">${t}</h3><span class="text-12 text-neutral-content-weak">${n}</span>
</a></article></faceplate-tracker></li>`,
  )
  .join('\n')}</ul></section></main>
<aside id="right-sidebar-container" aria-label="Community information"><div class="community-details-card">
<h2 class="text-16 font-bold">${sub}</h2><div class="text-14 text-neutral-content">${about}</div>
<div class="flex gap-md"><div><faceplate-number pretty="" number="41203">41K</faceplate-number> <span class="text-12">Members</span></div>
<div><faceplate-number pretty="" number="112">112</faceplate-number> <span class="text-12">Online</span></div>
<div><span>Top 4%</span> <span class="text-12">Rank by size</span></div></div>
<div class="text-12">Created Nov 3, 2012</div><div class="text-12">Public</div></div>
<div class="rules-card"><h2 class="text-12 uppercase">r/wintercommuting Rules</h2><ol>${rules
  .map(
    (r, i) => `<li><faceplate-expandable-section-helper><details><summary><span>${i + 1}</span> <h3 class="text-14">${r}</h3>
</summary></details></faceplate-expandable-section-helper></li>`,
  )
  .join('\n')}</ol></div>
<div class="moderators-card"><h2 class="text-12 uppercase">Moderators</h2><a class="button-secondary" href="/message/compose?to=r/wintercommuting">
Message Mods</a><ul><li><a href="/user/ice_axe_ivo/">u/ice_axe_ivo</a></li><li><a href="/user/saltspreader/">u/saltspreader</a></li></ul>
<a href="/r/wintercommuting/about/moderators/">View all moderators</a></div></aside></div></div>
<shreddit-async-loader bundlename="cookie_banner"><section id="data-protection-consent-dialog" role="dialog" aria-label="Cookie banner"
class="cookie-banner fixed bottom-0"><h2>Cookie Notice</h2>${cookie.map((p) => `<p class="text-14">${p}</p>`).join('\n')}
<button class="button-brand" id="accept-all-cookies-button">Accept All</button>
<button class="button-secondary" id="reject-nonessential-cookies-button">Reject Optional Cookies</button></section></shreddit-async-loader>
</shreddit-app><script>window.___r = {"sortOrder":"CONFIDENCE","postId":"t3_1j8k2xq"};</script></body></html>`;
export const shredditThread: TestPage = {
  html,
  name: 'heldout128-shreddit-thread',
  kind: 'forum',
  // post and comments are body; the post author, comment authors, their times and the "Edited" line are bylines; the OP tag,
  // scores, flair, the sidebars, "More posts you may like" (titles and counts) and the cookie dialog are furniture
  title,
  headings: [],
  body: [...texts(op1), ...texts(opList), ...texts(op2), ...comments.flatMap((c) => texts(c.paras))],
  bylines: [
    'grit_and_gravel',
    '3 days ago',
    'lantern_rouge_',
    'Marit_on_wheels',
    'ferrycrossing_88',
    'nightshift_nadia',
    '3d ago',
    '2d ago',
    '1d ago',
    'Edited 2d ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Reddit Logo', 'Get App', 'Log In', ...topNav, 'Resources', ...resources, ...legal, credit, sub, 'Join', 'Gear', '1.3K',
    '214', 'Upvote', 'Downvote', 'Award', 'Share', 'Reply', 'OP', '412', '187', '298', '156', '74', '93', 'Sort by:', 'Best', 'Search Comments',
    'Join the conversation', 'View more comments', 'More posts you may like', ...more.flat(), about, '41K', 'Members', '112', 'Online', 'Top 4%',
    'Rank by size', 'Created Nov 3, 2012', 'Public', 'r/wintercommuting Rules', ...rules, 'Moderators', 'Message Mods', 'u/ice_axe_ivo',
    'u/saltspreader', 'View all moderators', 'Cookie Notice', ...cookie, 'Accept All', 'Reject Optional Cookies',
  ],
};
