import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 95, file f2: a Reddit thread in the current (shreddit) design as a signed-out visitor saves it (the
 * header with skip link, search, "Get App" and "Log In", the left nav with feeds, resources and the legal links, the
 * `shreddit-post` with its credit bar, title, flair, text body and action row, the comments header with "Sort by" and
 * comment search, a `shreddit-comment-tree` with nested comments, an "OP" badge, an "Edited" line and a quoted line, a
 * promoted post between comments, the community sidebar with rules and moderators, and "More posts you may like").
 */
const rdTitle = 'Found rot under the bathroom floor after pulling up the tiles. Sister the joists or replace the whole section?';
const rdSub = 'r/HomeImprovement';
const rdBody = [
  'House is a 1962 single storey, crawl space underneath. We pulled up the old tile in the main bathroom to redo it and found the subfloor around ' +
    'the toilet flange is soft, and two of the joists under it have dark, crumbly wood for about 18 inches where the wax ring must have been ' +
    'leaking for years.',
  'The rest of the joist length looks solid and a screwdriver doesn’t go in more than a few millimetres outside the stained area. Joists are ' +
    '2x8 at 16 inches on centre, spanning about 12 feet.',
  'A contractor quoted $6,800 to replace the joists and subfloor across the whole room. A handyman said he could sister new 2x8s alongside the ' +
    'two bad ones and patch the subfloor for about $1,400. Is sistering a reasonable fix here or am I setting myself up for problems?',
];
type Comment = { user: string; ago: string; depth: number; score: string; text: string[]; op?: boolean; edited?: string; quote?: string };
const rdComments: Comment[] = [
  {
    user: 'joist_whisperer',
    ago: '4d ago',
    depth: 0,
    score: '412',
    text: [
      'Sistering is a completely normal repair for localized rot, as long as you cut out or treat the soft wood and the new member runs well past ' +
        'the damage on both ends. Most people go at least three feet beyond the rot in each direction.',
      'The bigger question is whether the leak is the only moisture source. Check the crawl space for standing water or a missing vapour barrier ' +
        'before you close anything up.',
    ],
  },
  {
    user: 'Creaky-Hinge-8841',
    ago: '4d ago',
    depth: 1,
    score: '96',
    op: true,
    text: [
      'Crawl space is dry and has a vapour barrier from when we bought the place. The stain is only under the toilet, so I think it was just the wax ring.',
    ],
  },
  {
    user: 'joist_whisperer',
    ago: '4d ago',
    depth: 2,
    score: '88',
    text: ['Then the handyman’s plan sounds fine. Glue and through-bolt the sisters, don’t just nail them, and use treated lumber if your code allows it.'],
  },
  {
    user: 'mtn_plumber_dave',
    ago: '3d ago',
    depth: 0,
    score: '203',
    edited: 'Edited 3d ago',
    quote: 'the subfloor around the toilet flange is soft',
    text: [
      'Whatever you do with the joists, replace the flange and don’t reuse the closet bend if it’s the original cast iron. A slow leak like this ' +
        'almost always comes from a flange that sat too low once the new tile went down.',
      'Edit: to be clear, a flange extender or a thicker wax ring is not a fix for a rotten subfloor. Fix the floor first.',
    ],
  },
  {
    user: 'AnxiousAboutAsbestos',
    ago: '3d ago',
    depth: 0,
    score: '57',
    text: ['1962 house with old tile: get the tile and the mastic under it tested before you do any more demo. It’s about $50 a sample and worth knowing.'],
  },
  {
    user: 'Creaky-Hinge-8841',
    ago: '3d ago',
    depth: 1,
    score: '31',
    op: true,
    text: ['Good call, we had it tested before pulling it up. Came back negative, thankfully.'],
  },
  {
    user: 'SawdustAndSpite',
    ago: '2d ago',
    depth: 0,
    score: '44',
    text: [
      'I’d get a second contractor quote anyway. $6,800 for two joists and one bathroom’s worth of subfloor sounds like they priced in a lot of ' +
        'things you may not need.',
    ],
  },
];
const rdLeft = ['Home', 'Popular', 'Explore', 'All'];
// biome-ignore format: packed
const rdRes = [
  'RESOURCES', 'About Reddit', 'Advertise', 'Developer Platform', 'Reddit Pro', 'BETA', 'Help', 'Blog', 'Careers', 'Press', 'Communities', 'Best of Reddit',
  'Topics',
];
const rdLegal = ['Reddit Rules', 'Privacy Policy', 'User Agreement', 'Accessibility', 'Reddit, Inc. © 2025. All rights reserved.'];
const rdAbout = 'Share your home improvement projects, ask questions and get advice from people who have done it before.';
const rdRules = ['Be civil', 'No self-promotion or advertising', 'Include details and photos', 'Hire a pro for gas and main panel work'];
// biome-ignore format: packed
const rdMore = [
  'Is it normal for new subfloor to squeak this much?', 'r/HomeImprovement', 'Crawl space vapour barrier: worth doing myself?', 'r/DIY',
  'Contractor wants 50% up front for a bathroom remodel. Red flag?', 'r/Construction',
];
const rdAd = ['Promoted', 'Tile that clicks together. No grout, no mess, done in a weekend.', 'floorsnap.example', 'Learn More'];
const vote = (
  score: string,
): string => `<span class="flex items-center"><button upvote aria-label="Upvote" class="button button-secondary"><svg viewBox="0 0 20 20">
</svg></button><span class="text-12"><faceplate-number pretty number="${score.replace(/\D/g, '')}">${score}</faceplate-number></span><button downvote
aria-label="Downvote" class="button button-secondary"><svg viewBox="0 0 20 20"></svg></button></span>`;
const comment = (c: Comment, i: number): string => `<shreddit-comment author="${c.user}" thingid="t1_lq${i}x" depth="${c.depth}" score="${c.score}"
permalink="/r/HomeImprovement/comments/1nvx2kq/comment/lq${i}x/" ${c.depth ? `parentid="t1_lq${i - 1}x" ` : ''}arrow="top"><div slot="commentAvatar"
class="flex items-center"><faceplate-img class="rounded-full" src="https://www.redditstatic.com/avatars/defaults/v2/avatar_default_${i % 7}.png"
alt="${c.user} avatar"></faceplate-img></div><div class="flex flex-row items-center" slot="commentMeta"><faceplate-hovercard><a href="/user/${c.user}/"
class="truncate font-bold text-neutral-content-strong text-12 hover:underline">${c.user}</a></faceplate-hovercard>${
  c.op ? '<span class="text-12 font-bold text-primary" id="comment-submitter">OP</span>' : ''
}<span class="inline-block my-0 created-separator text-neutral-content-weak">•</span><a href="/r/HomeImprovement/comments/1nvx2kq/comment/lq${i}x/"
rel="nofollow noopener noreferrer"><faceplate-timeago ts="2025-10-0${1 + Math.floor(i / 3)}T1${i}:12:40.112000+0000"
format="short"><time>${c.ago}</time></faceplate-timeago>
</a>${
  c.edited
    ? `<span class="text-neutral-content-weak">•</span><faceplate-timeago><span
class="edited-annotation">${c.edited}</span></faceplate-timeago>`
    : ''
}
</div><div slot="comment" id="t1_lq${i}x-comment-rtjson-content" class="md text-14 rounded-[8px] pb-2xs overflow-hidden">${
  c.quote ? `<blockquote><p>${c.quote}</p></blockquote>` : ''
}${c.text.map((t) => `<p>${t}</p>`).join('\n')}</div><shreddit-comment-action-row slot="actionRow" comment-id="t1_lq${i}x" score="${c.score}">${vote(c.score)}
<button class="button button-plain-weak" data-post-click-location="comments-button"><span>Reply</span></button><button class="button button-plain-weak"
aria-label="Give award"><span>Award</span></button><shreddit-post-share-button><button class="button button-plain-weak"><span>Share</span></button>
</shreddit-post-share-button></shreddit-comment-action-row>`;
const thread = rdComments
  .map((c, i) => {
    const next = rdComments[i + 1];
    const closes = c.depth - (next ? next.depth : 0) + (next && next.depth > c.depth ? 0 : 1);
    return comment(c, i) + '</shreddit-comment>'.repeat(Math.max(0, closes));
  })
  .join('\n');
const rdHtml = `<!DOCTYPE html>
<html lang="en-US" class="theme-beta"><head><meta charset="UTF-8"><title>Found rot under the bathroom floor after pulling up the tiles. Sister the joists or
replace the whole section? : r/HomeImprovement</title><meta name="description" content="House is a 1962 single storey, crawl space underneath.">
<meta property="og:title" content="r/HomeImprovement on Reddit: ${rdTitle}"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.reddit.com/r/HomeImprovement/comments/1nvx2kq/found_rot_under_the_bathroom_floor_after_pulling/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${rdTitle}","author":{"@type":"Person",
"name":"Creaky-Hinge-8841","url":"https://www.reddit.com/user/Creaky-Hinge-8841/"},"datePublished":"2025-10-01T14:03:55.120000+0000","commentCount":61,
"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"https://schema.org/LikeAction","userInteractionCount":1240}]}</script>
<link rel="stylesheet" href="https://www.redditstatic.com/shreddit/assets/shreddit-core.css"></head>
<body class="v2 m-0 p-0 font-sans bg-neutral-background"><shreddit-app pagetype="post_detail" routename="post_page" env="prod">
<reddit-header-large class="sticky top-0 z-[3]"><header class="v2 bg-neutral-background h-header-large"><nav class="h-header-large flex items-center
justify-between px-md gap-lg"><a href="#main-content" class="absolute left-[-9999px] focus:left-md">Skip to main content</a><div class="flex items-center">
<button aria-label="Open menu" class="button button-plain-weak"></button><a aria-label="Home" href="/"><span class="sr-only">Reddit Logo</span></a></div>
<reddit-search-large><faceplate-search-input name="q" placeholder="Search in r/HomeImprovement" label="Search input"></faceplate-search-input>
</reddit-search-large><div class="flex items-center"><faceplate-tracker noun="get_app"><a class="button button-secondary" href="https://reddit.app.link/">
<span>Get App</span></a></faceplate-tracker><faceplate-tracker noun="login"><a id="login-button" class="button button-primary"
href="https://www.reddit.com/login/">
<span>Log In</span></a></faceplate-tracker><button aria-label="Expand user menu"
class="button button-plain"></button></div></nav></header></reddit-header-large>
<div class="grid-container theme-beta grid"><flex-left-nav-container id="left-sidebar-container"><reddit-sidebar-nav><nav aria-label="Primary"><ul>${rdLeft
  .map(
    (t) =>
      `<li><faceplate-tracker noun="${t.toLowerCase()}"><a class="flex items-center" href="/${t.toLowerCase()}/"><span>${t}</span></a>
</faceplate-tracker></li>`,
  )
  .join('')}</ul><faceplate-expandable-section-helper><details open><summary><span class="text-12 uppercase">${rdRes[0]}</span></summary><ul>${rdRes
  .slice(1)
  .map((t) => `<li><a href="https://redditinc.com/${t.toLowerCase().replace(/ /g, '-')}"><span>${t}</span></a></li>`)
  .join('')}</ul></details></faceplate-expandable-section-helper><ul class="legal-links">${rdLegal
  .slice(0, 4)
  .map((t) => `<li><a href="https://redditinc.com/policies/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`)
  .join('')}</ul><p class="text-10">${rdLegal[4]}</p></nav></reddit-sidebar-nav></flex-left-nav-container>
<div class="subgrid-container"><div class="main-container"><main class="main w-full" id="main-content"><shreddit-post author="Creaky-Hinge-8841"
created-timestamp="2025-10-01T14:03:55.120000+0000" id="t3_1nvx2kq" permalink="/r/HomeImprovement/comments/1nvx2kq/found_rot_under_the_bathroom_floor/"
post-title="${rdTitle}" post-type="text" score="1240" comment-count="61" subreddit-prefixed-name="${rdSub}" view-context="CommentsPage">
<div slot="credit-bar" class="flex items-center text-12"><span class="flex items-center"><a href="/r/HomeImprovement/" class="subreddit-name font-bold
a no-underline">${rdSub}</a><span class="created-separator">•</span><faceplate-timeago ts="2025-10-01T14:03:55.120000+0000" format="short"><time
datetime="2025-10-01T14:03:55.120Z" title="Wednesday, 1 October 2025 at 15:03:55 BST">4 days ago</time></faceplate-timeago></span><div class="author-name-meta">
<faceplate-hovercard><a href="/user/Creaky-Hinge-8841/" class="author-name">Creaky-Hinge-8841</a></faceplate-hovercard></div><faceplate-tracker noun="join">
<button class="button button-primary">Join</button></faceplate-tracker></div>
<h1 slot="title" id="post-title-t3_1nvx2kq" class="font-semibold text-neutral-content-strong m-0 text-18 xs:text-24 mb-xs px-md xs:px-0 xs:mb-md
overflow-hidden">${rdTitle}</h1>
<shreddit-post-flair slot="post-flair" class="flex"><a href="/r/HomeImprovement/?f=flair_name%3A%22Advice%22" class="no-decoration"><span
class="bg-tone-4 inline-block truncate max-w-full text-12 font-normal align-text-bottom box-border px-[6px] rounded-[20px]">Advice</span></a>
</shreddit-post-flair>
<div slot="text-body"><div class="text-neutral-content" id="t3_1nvx2kq-post-rtjson-content"><div class="md">
${rdBody.map((t) => `<p>${t}</p>`).join('\n')}
</div></div></div>${vote('1.2K')}<button name="comments-action-button" class="button button-secondary"><span>61</span></button><button aria-label="Give award"
class="button button-secondary"><span>Award</span></button><shreddit-post-share-button><button class="button button-secondary"><span>Share</span></button>
</shreddit-post-share-button></shreddit-post>
<comment-body-header><div class="flex"><faceplate-tracker noun="add_comment_button"><button class="button button-bordered"><span>Join the conversation</span>
</button></faceplate-tracker></div><div class="flex items-center"><span class="text-12">Sort by:</span><shreddit-sort-dropdown><button><span>Best</span>
</button></shreddit-sort-dropdown><faceplate-search-input placeholder="Search Comments" label="Search Comments"></faceplate-search-input><button
aria-label="Expand comment search">Search Comments</button></div></comment-body-header>
<shreddit-comment-tree id="comment-tree" post-id="t3_1nvx2kq" totalcomments="61">
${thread.replace(
  '</shreddit-comment>\n<shreddit-comment author="AnxiousAboutAsbestos"',
  `</shreddit-comment>\n<shreddit-comments-page-ad><div
class="promoted-post"><span class="promoted-label">${rdAd[0]}</span><a href="https://ads.floorsnap.example/click"><p>${rdAd[1]}</p></a><span
class="ad-domain">${rdAd[2]}</span><a class="button button-secondary" href="https://ads.floorsnap.example/click">${rdAd[3]}</a></div>
</shreddit-comments-page-ad>\n<shreddit-comment author="AnxiousAboutAsbestos"`,
)}
</shreddit-comment-tree><faceplate-partial loading="action"><button class="button button-secondary">View more comments</button></faceplate-partial></main></div>
<div id="right-sidebar-container"><aside aria-label="Community information"><shreddit-subreddit-header><h2 class="text-16 font-bold">${rdSub}</h2>
<p class="text-14">${rdAbout}</p><div class="flex"><span>Created Jun 11, 2008</span><span>Public</span></div><div class="flex"><span><faceplate-number
number="6400000">6.4M</faceplate-number></span><span>Members</span><span><faceplate-number number="812">812</faceplate-number></span><span>Online</span></div>
<button class="button button-primary">Join</button></shreddit-subreddit-header><div class="rules"><h2 class="text-12 uppercase">r/HomeImprovement Rules</h2>
<ol>${rdRules.map((t, i) => `<li><details><summary><span>${i + 1}</span><span>${t}</span></summary></details></li>`).join('')}</ol></div><div
class="moderators"><h2 class="text-12 uppercase">Moderators</h2><a class="button button-secondary" href="/message/compose?to=r/HomeImprovement">Message
Mods</a><a href="/r/HomeImprovement/about/moderators/">View all moderators</a></div></aside><section class="more-posts"><h2 class="text-12
uppercase">More posts you may like</h2><ul>${[0, 2, 4]
  .map((i) => `<li><a href="/r/x/comments/m${i}/"><span class="text-12">${rdMore[i + 1]}</span><h3 class="text-14">${rdMore[i]}</h3></a></li>`)
  .join('')}</ul></section></div></div></div></shreddit-app>
<script src="https://www.redditstatic.com/shreddit/en-US/shreddit-app.3e1f2c0a.js" type="module"></script></body></html>`;
const users = [...new Set(rdComments.map((c) => c.user))];
export const redditThread: TestPage = {
  html: rdHtml,
  name: 'heldout95-reddit-forum',
  kind: 'forum',
  // thread convention: the post and every comment are body; user names, post and comment times and the "Edited" line are
  // bylines; the quoted line is in neither list; "OP", scores, counts, flair, buttons, the promoted post and rails are furniture
  title: rdTitle,
  headings: [],
  body: texts([...rdBody, ...rdComments.flatMap((c) => c.text)]),
  bylines: ['4 days ago', ...users, ...new Set(rdComments.map((c) => c.ago)), 'Edited 3d ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Reddit Logo', 'Get App', 'Log In', ...rdLeft, ...rdRes, ...rdLegal, rdSub, 'Join', 'Advice', '1.2K', '61', 'Award', 'Share',
    'OP', ...new Set(rdComments.map((c) => c.score)), 'Reply', 'Join the conversation', 'Sort by:', 'Best', 'Search Comments', ...rdAd,
    'View more comments', rdAbout, 'Created Jun 11, 2008', 'Public', '6.4M', 'Members', '812', 'Online', 'r/HomeImprovement Rules', ...rdRules,
    'Moderators', 'Message Mods', 'View all moderators', 'More posts you may like', ...rdMore,
  ])],
};
