import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 49, file a2: a Reddit comment permalink on new Reddit (shreddit), saved logged out: the header with the
 * community search and "Log In", the left nav with its resources list and legal links, the post (community, age, author,
 * title, flair, text, counts), the "Single comment thread" bar, the sort menu, the focused top-level comment with its
 * replies (user flairs, "OP" tag, ages, action buttons), a promoted post, "Related Answers", "More posts you may like",
 * and the community rail (about, stats, rules, moderators).
 */
const rdTitle = 'Second-year hive swarmed twice in ten days. What did I miss?';
const rdPost = [
  'Central Ohio, one colony, second summer. It came through winter strong on two deeps with a medium on top, and I was ' +
    'inspecting every 7–9 days from mid-April.',
  'Around May 2 I saw a few queen cups on the bottom bars, but they looked empty so I left them alone. On May 11 a big swarm ' +
    'left while I was at work. After that I found capped queen cells, knocked down all but two, and on May 21 a second, smaller ' +
    'swarm went up into my neighbor&#39;s maple.',
  'I&#39;m not looking to be told I&#39;m a bad beekeeper, I know that already 😅 I just want to understand what the signs were ' +
    'so I don&#39;t repeat it next spring.',
];
const rdTop = [
  'Empty cups on the bottom bars are not much of a signal by themselves. Bees build and tear them down all season. What matters ' +
    'is whether there&#39;s an egg or a larva in them, and that is easy to miss if you only tip the box and look from below.',
  'The bigger clue is usually space. Two deeps and a medium sounds like plenty, but if the medium was full of nectar by late ' +
    'April the queen had nowhere to lay, and a colony that feels crowded in the brood nest will start preparing to swarm even ' +
    'with empty boxes above.',
  'Next year I&#39;d do two things: pull a frame or two of brood from the middle of the nest in early April and replace it with ' +
    'drawn comb, and the first time you see a cup with an egg in it, make a split that day instead of waiting for the next inspection.',
];
const rdOp = [
  'That makes sense. The medium was heavy, I remember struggling to lift it off. I never thought of nectar as taking up the ' + 'queen&#39;s room.',
];
const rdTop2 = [
  'Yep, that&#39;s being honey-bound. It catches a lot of people out in a good spring. A strong flow feels like a win right up ' + 'until the swarm leaves.',
];
const rdFenn = [
  'One more thing on the second swarm: once you&#39;ve had a prime swarm, leaving two queen cells is the risky part. Several ' +
    'virgin queens can emerge and the colony casts again. A lot of us leave one good open cell, or split the colony so each half ' +
    'gets one.',
];
const rdNav = ['Home', 'Popular', 'Answers', 'Explore', 'All'];
const rdRes = ['About Reddit', 'Advertise', 'Developer Platform', 'Reddit Pro', 'Help', 'Blog', 'Careers', 'Press', 'Communities', 'Best of Reddit', 'Topics'];
const rdLegal = ['Reddit Rules', 'Privacy Policy', 'User Agreement', 'Accessibility', 'Reddit, Inc. © 2025. All rights reserved.'];
const rdRules = ['Be civil', 'No selling or self-promotion', 'Include your region in questions', 'No pesticide or treatment dosing advice'];
const rdAnswers = ['How to prevent a hive from swarming', 'Signs a bee colony is about to swarm', 'What to do after a beehive swarms'];
const rdMore = ['Found a swarm in my compost bin, can I keep it?', 'Honey-bound brood box in May, what now?', 'First year split results (long post, pictures)'];
const md = (ps: readonly string[], id: string): string =>
  `<div slot="comment" id="${id}-comment-rtjson-content" class="md text-14-scalable pb-2xs overflow-hidden">${ps.map((p) => `<p>${p}</p>`).join('\n')}</div>`;
const meta = (who: string, flair: string, op: boolean, age: string, ts: string): string =>
  `<div slot="commentMeta" class="flex flex-row items-center gap-2xs text-12 min-w-0 overflow-hidden">
<faceplate-hovercard position="right-start"><a href="/user/${who}/" class="truncate font-bold text-neutral-content-strong text-12 hover:underline">${who}</a>
</faceplate-hovercard>${op ? '<span class="text-category-op font-bold">OP</span>' : ''}${
    flair === ''
      ? ''
      : `<author-flair-event-handler>
<span class="flair-content max-w-[15rem] truncate">${flair}</span></author-flair-event-handler>`
  }
<span class="inline-block my-0 text-neutral-content-weak" aria-hidden="true">•</span>
<faceplate-timeago ts="${ts}" format="short"><time datetime="${ts}" title="${ts}">${age}</time></faceplate-timeago></div>`;
const actions = (score: number): string =>
  `<shreddit-comment-action-row slot="actionRow" score="${score}"><faceplate-number slot="vote-count" number="${score}">${score}</faceplate-number>
<button slot="comment-reply" class="button-plain-weak button-small">Reply</button><button slot="comment-award" class="button-plain-weak
button-small">Award</button>
<button slot="comment-share" class="button-plain-weak button-small">Share</button></shreddit-comment-action-row>`;
const rdHtml = `<!DOCTYPE html>
<html lang="en-US" class="theme-beta"><head><meta charset="UTF-8"><title>${rdTitle} : r/Beekeeping</title>
<meta name="description" content="Central Ohio, one colony, second summer. It came through winter strong on two deeps with a medium on top...">
<link rel="canonical" href="https://www.reddit.com/r/Beekeeping/comments/1o4k2zq/secondyear_hive_swarmed_twice_in_ten_days_what/njx81ab/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${rdTitle}",
"author":{"@type":"Person","name":"beeginner_ohio"},"datePublished":"2025-10-12T14:03:11.512000+0000","commentCount":31}</script>
<style>:root{--shreddit-header-height:56px}.md p{margin:0 0 .5rem}</style></head>
<body class="v2 m-0 theme-beta"><shreddit-app pagetype="post_detail" routename="comments_page" env="production" locale="en-US">
<reddit-header-large class="sticky top-0 z-[3]"><header class="v2 bg-neutral-background"><nav class="h-header-large flex items-center justify-between">
<a aria-label="Home" href="/"><span class="sr-only">Reddit Logo</span><svg viewBox="0 0 514 149"></svg></a>
<faceplate-search-input name="q" placeholder="Search in r/Beekeeping" label="Search in r/Beekeeping"></faceplate-search-input>
<a href="https://www.reddit.com/app" class="button-secondary">Get App</a><a id="login-button" href="https://www.reddit.com/login/" class="button-brand">Log
In</a>
<button aria-label="Open settings menu" class="button-plain"><svg></svg></button></nav></header></reddit-header-large>
<div class="grid-container theme-rpl grid"><flex-left-nav-container id="left-sidebar-container"><reddit-sidebar-nav>
<nav aria-label="Primary"><ul>${links(rdNav, 'left-nav-item')}</ul>
<faceplate-expandable-section-helper open><details open><summary>RESOURCES</summary><ul>${links(rdRes)}</ul></details></faceplate-expandable-section-helper>
<ul class="legal-links">${links(rdLegal)}</ul></nav></reddit-sidebar-nav></flex-left-nav-container>
<div class="main-container flex gap-md"><main class="main w-full flex-grid--main-container-card" id="main-content">
<shreddit-post id="t3_1o4k2zq" author="beeginner_ohio" post-title="${rdTitle}" score="47" comment-count="31" post-type="text"
created-timestamp="2025-10-12T14:03:11.512000+0000" subreddit-prefixed-name="r/Beekeeping" view-context="CommentsPage">
<div slot="credit-bar" class="flex items-center text-12"><a href="/r/Beekeeping/" class="subreddit-name text-neutral-content font-bold">r/Beekeeping</a>
<span aria-hidden="true">•</span><faceplate-timeago ts="2025-10-12T14:03:11.512Z"><time datetime="2025-10-12T14:03:11.512Z">3d ago</time></faceplate-timeago>
<span class="author-name"><faceplate-hovercard><a href="/user/beeginner_ohio/" class="author-name">beeginner_ohio</a></faceplate-hovercard></span></div>
<h1 slot="title" id="post-title-t3_1o4k2zq" class="font-semibold text-neutral-content-strong m-0 text-18 xs:text-24 mb-xs">${rdTitle}</h1>
<div slot="post-flair"><shreddit-post-flair><a href="/r/Beekeeping/?f=flair_name%3A%22Question%22"><span class="flair-content">Question</span></a>
</shreddit-post-flair></div>
<div slot="text-body"><div class="text-neutral-content"><div class="md text-14-scalable" id="t3_1o4k2zq-post-rtjson-content">
${rdPost.map((p) => `<p>${p}</p>`).join('\n')}</div></div></div>
<faceplate-number slot="vote-count" number="47">47</faceplate-number><span slot="comment-count">31</span>
<button slot="share-button" class="button-secondary">Share</button></shreddit-post>
<div class="flex items-center justify-between py-xs"><span class="text-14 font-semibold">Single comment thread</span>
<a href="/r/Beekeeping/comments/1o4k2zq/secondyear_hive_swarmed_twice_in_ten_days_what/" class="button-secondary">See full discussion</a></div>
<shreddit-sort-dropdown><span class="text-12">Sort by:</span><button class="button-plain">Best</button></shreddit-sort-dropdown>
<shreddit-comment-tree id="comment-tree" post-id="t3_1o4k2zq" thingid="t1_njx81ab" totalcomments="31">
<shreddit-comment author="holloway_apiary" thingid="t1_njx81ab" depth="0" score="41" postid="t3_1o4k2zq"
permalink="/r/Beekeeping/comments/1o4k2zq/comment/njx81ab/" created="2025-10-12T16:40:02.113000+0000">
${meta('holloway_apiary', 'Zone 6a · 22 colonies', false, '2d ago', '2025-10-12T16:40:02.113Z')}
${md(rdTop, 't1_njx81ab')}
${actions(41)}
<shreddit-comment author="beeginner_ohio" thingid="t1_njxc0f4" depth="1" score="12" slot="children-t1_njx81ab" parentid="t1_njx81ab">
${meta('beeginner_ohio', '', true, '1d ago', '2025-10-13T09:12:44.020Z')}
${md(rdOp, 't1_njxc0f4')}
${actions(12)}
<shreddit-comment author="holloway_apiary" thingid="t1_njxe7ba" depth="2" score="15" slot="children-t1_njxc0f4" parentid="t1_njxc0f4">
${meta('holloway_apiary', 'Zone 6a · 22 colonies', false, '23h ago', '2025-10-13T12:30:19.447Z')}
${md(rdTop2, 't1_njxe7ba')}
${actions(15)}
</shreddit-comment></shreddit-comment>
<shreddit-comment author="fennwick_bees" thingid="t1_njy2k9d" depth="1" score="9" slot="children-t1_njx81ab" parentid="t1_njx81ab">
${meta('fennwick_bees', 'UK · 8 hives', false, '20h ago', '2025-10-13T15:58:02.901Z')}
${md(rdFenn, 't1_njy2k9d')}
${actions(9)}
</shreddit-comment></shreddit-comment></shreddit-comment-tree>
<shreddit-ad-post class="promotedlink" author="HiveTrack_Official">
<span class="text-12">u/HiveTrack_Official</span><span class="text-12 text-neutral-content-weak">Promoted</span>
<h2 class="text-16 font-semibold">Know the day your hive gets heavy. Wireless hive scales from $129.</h2>
<a href="https://hivetrack.example/scales" class="button-secondary">Learn More</a><span class="text-12">hivetrack.example</span></shreddit-ad-post>
<section aria-label="Related Answers Section"><h2 class="text-14 font-semibold">Related Answers Section</h2><ul>${links(rdAnswers)}</ul></section>
<section aria-label="More posts you may like"><h2 class="text-14 font-semibold">More posts you may like</h2><ul>${links(rdMore, 'related-post')}</ul></section>
</main>
<div id="right-sidebar-container"><aside aria-label="Community information" class="sidebar-grid">
<div class="flex items-center justify-between"><h2 class="text-16 font-bold">r/Beekeeping</h2><button class="button-primary">Join</button></div>
<p class="text-14">A place for beekeepers new and old to share, ask and learn. Tell us your region when you ask.</p>
<div class="text-12"><span>Created Mar 3, 2009</span></div><div class="text-12"><span>Public</span></div>
<div class="flex gap-md"><div><faceplate-number number="48213">48K</faceplate-number> <span>Weekly visitors</span></div>
<div><faceplate-number number="1190">1.2K</faceplate-number> <span>Weekly contributions</span></div></div>
<h2 class="text-12 uppercase">r/Beekeeping Rules</h2>
<ol>${rdRules.map((r, i) => `<li><span class="rule-number">${i + 1}</span><span class="rule-title">${r}</span></li>`).join('\n')}</ol>
<h2 class="text-12 uppercase">Moderators</h2><a href="/message/compose?to=r/Beekeeping" class="button-secondary">Message Mods</a>
<ul><li><a href="/user/queenline_kate/">u/queenline_kate</a></li><li><a href="/user/AutoModerator/">u/AutoModerator</a></li></ul>
<a href="/r/Beekeeping/about/moderators/">View all moderators</a></aside></div></div></div>
</shreddit-app></body></html>`;
export const redditComment: TestPage = {
  html: rdHtml,
  name: 'heldout49-reddit-comment-permalink',
  kind: 'forum',
  // the post's title is the title; the post text and every comment of the single thread are body (a thread page); the
  // usernames and ages are bylines (each name once, the OP's reply included); the subreddit name, the flair "Question", the
  // user flairs, "OP", vote and comment counts, the comment buttons, "Single comment thread", "See full discussion", the sort
  // menu, the promoted post with its advertiser, the "Related Answers" and "More posts you may like" lists, the community rail
  // (about, stats, rules, moderators), the header, left nav and legal links are furniture; the nav's "All" is a word of the post
  // ("all but two"): left out
  title: rdTitle,
  headings: [],
  body: [...texts(rdPost), ...texts(rdTop), ...texts(rdOp), ...texts(rdTop2), ...texts(rdFenn)],
  bylines: ['beeginner_ohio', '3d ago', 'holloway_apiary', '2d ago', '1d ago', '23h ago', 'fennwick_bees', '20h ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Reddit Logo', 'Get App', 'Log In', ...rdNav.filter((t) => t !== 'All'), 'RESOURCES', ...rdRes, ...rdLegal, 'r/Beekeeping', 'Question', '47', '31',
    'Share', 'Single comment thread',
    'See full discussion', 'Sort by:', 'Best', 'Zone 6a · 22 colonies', 'OP', 'UK · 8 hives', 'Reply', 'Award', 'u/HiveTrack_Official', 'Promoted',
    'Know the day your hive gets heavy. Wireless hive scales from $129.', 'Learn More', 'hivetrack.example', 'Related Answers Section', ...rdAnswers,
    'More posts you may like', ...rdMore, 'Join', 'A place for beekeepers new and old to share, ask and learn. Tell us your region when you ask.',
    'Created Mar 3, 2009', 'Public', '48K', 'Weekly visitors', '1.2K', 'Weekly contributions', 'r/Beekeeping Rules', ...rdRules, 'Moderators',
    'Message Mods', 'u/queenline_kate', 'u/AutoModerator', 'View all moderators',
  ],
};
