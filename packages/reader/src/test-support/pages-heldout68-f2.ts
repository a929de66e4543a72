import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 68, file f2: a Reddit comments page on the 2025 "shreddit" front end (custom elements with the data in
 * attributes, the header with search, "Get App" and "Log In", the left nav with its collapsible sections, shreddit-post with
 * the subreddit, author, faceplate-timeago times, flair and the edited mark, the vote / comment / award / share bar, the
 * comment sort and search bar, the shreddit-comment tree with usernames, OP badge, user flair, scores and action rows, a
 * "more replies" button, the right-hand community sidebar with members, rules and moderators, and "More posts you may like").
 */
const rdTitle = 'Hide glue chair repair failed after a week — what did I do wrong?';
const rdPost = [
  'I’m restoring a set of four ladder-back chairs from my grandmother’s house. The rear legs had loose stretchers, so I knocked ' +
    'the joints apart, scraped out the old glue, and reglued them with liquid hide glue from a bottle.',
  'I clamped everything overnight and the joints felt solid. A week later two of the stretchers are loose again on the same chair, ' +
    'and there’s a thin brittle film on the tenons when I pull them out.',
  'The bottle was opened about a year ago and has been kept in the garage. Could that be it, or did I mess something up in the prep?',
  '<strong>Edit:</strong> thanks everyone, the bottle was the problem. Details in the comments.',
];
type Comment = { user: string; time: string; score: string; depth: number; text: string[]; flair?: string; op?: boolean; more?: string };
const rdComments: Comment[] = [
  {
    user: 'OldGrainFinisher',
    time: '3d ago',
    score: '412',
    depth: 0,
    flair: 'Top 1% Commenter',
    text: [
      'Liquid hide glue has a shelf life, and a year in a garage that gets hot and cold has almost certainly killed it. Test it: ' +
        'put a drop on a scrap of glass and leave it overnight. If it’s still tacky in the morning, throw the bottle out.',
    ],
  },
  { user: 'sawdust_and_tea', time: '3d ago', score: '96', depth: 1, op: true, text: ['Did the glass test. Still tacky after 14 hours. That explains it.'] },
  {
    user: 'OldGrainFinisher',
    time: '3d ago',
    score: '71',
    depth: 2,
    flair: 'Top 1% Commenter',
    text: ['Yep. Buy a fresh bottle, write the date on it, and keep it indoors. Or switch to hot hide glue if you’re doing a lot of chairs.'],
    more: '1 more reply',
  },
  {
    user: 'mortise_mike',
    time: '3d ago',
    score: '158',
    depth: 0,
    text: [
      'Also check the fit. If the tenons were already worn, no glue will hold them for long.',
      'You can shim a loose tenon with a thin veneer strip glued to the cheek before regluing. Let it dry, then pare it down until ' +
        'the joint goes together with hand pressure.',
    ],
  },
  {
    user: 'Katrin_builds',
    time: '2d ago',
    score: '57',
    depth: 0,
    text: [
      'One more thing: get all the old glue out. New hide glue bonds to old hide glue, but not to a glaze of old finish or dirt. ' +
        'A toothbrush and warm water work well for the inside of the mortise.',
    ],
  },
];
const rdLeft: [string, string[]][] = [
  ['', ['Home', 'Popular', 'Answers', 'Explore', 'All']],
  ['Resources', ['About Reddit', 'Advertise', 'Reddit Pro', 'Help', 'Blog', 'Careers', 'Press', 'Communities', 'Best of Reddit']],
];
const rdRules = ['Be civil', 'No self-promotion without participation', 'Show your work in progress posts', 'No “what is this worth” posts'];
const rdMore = ['Finally finished my first Morris chair', 'Drawbore pins vs. wedged tenons for a workbench?'];
const rdFoot = ['Reddit Rules', 'Privacy Policy', 'User Agreement', 'Accessibility', 'Reddit, Inc. © 2025. All rights reserved.'];
const rdAbout = 'A place to share woodworking projects, ask questions, and learn from each other. Hand tools and power tools welcome.';
const ts = (t: string): string =>
  `<faceplate-timeago ts="2025-10-19T14:03:11.000Z" format="short"><time datetime="2025-10-19T14:03:11.000Z" title="Sunday, October 19, 2025 at 2:03:11 PM">` +
  `${t}</time></faceplate-timeago>`;
const actionRow = (score: string): string =>
  `<shreddit-comment-action-row slot="actionRow" score="${score}"><div class="flex items-center"><button aria-label="Upvote" class="button-plain"></button>` +
  `<faceplate-number number="${score}" pretty>${score}</faceplate-number><button aria-label="Downvote" class="button-plain"></button><button ` +
  `class="button-plain" slot="comment-reply">Reply</button><button class="button-plain" slot="comment-award">Award</button><button class="button-plain" ` +
  `slot="comment-share">Share</button></div></shreddit-comment-action-row>`;
const comment = (c: Comment, i: number): string => `<shreddit-comment author="${c.user}" thingid="t1_mk${i}q2x" depth="${c.depth}" score="${c.score}"
permalink="/r/woodworking/comments/1o9xk2r/comment/mk${i}q2x/" arialabel="Thread level ${c.depth + 1}"><div slot="commentAvatar"><img alt=""
src="/avatar.png"></div>
<div slot="commentMeta" class="flex flex-row items-center gap-xs"><faceplate-hovercard><a href="/user/${c.user}/" class="truncate font-bold
text-neutral-content-strong
text-12 hover:underline">${c.user}</a></faceplate-hovercard>${c.op ? '<span id="comment-op-badge" class="text-tone-2 font-bold text-12">OP</span>' : ''}${
  c.flair ? `<span class="flair-content text-12">${c.flair}</span>` : ''
}<span class="text-neutral-content-weak">•</span><a href="/r/woodworking/comments/1o9xk2r/comment/mk${i}q2x/">${ts(c.time)}</a></div>
<div slot="comment" class="md text-14-scalable"><div id="t1_mk${i}q2x-post-rtjson-content">${c.text.map((t) => `<p>${t}</p>`).join('')}</div></div>
${actionRow(c.score)}${
  c.more ? `<faceplate-partial slot="more-comments-permalink"><button class="text-12">${c.more}</button></faceplate-partial>` : ''
}</shreddit-comment>`;
const rdHtml = `<!DOCTYPE html>
<html lang="en-US" class="theme-beta"><head><meta charset="UTF-8"><title>${rdTitle} : r/woodworking</title>
<meta name="description" content="${rdPost[0]}"><link rel="canonical"
href="https://www.reddit.example/r/woodworking/comments/1o9xk2r/hide_glue_chair_repair_failed/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${rdTitle}","author":{"@type":"Person",
"name":"sawdust_and_tea"},"commentCount":86}</script><style>:root{--color-neutral-content-strong:#0f1a1c}</style></head>
<body class="v2 theme-beta"><shreddit-app routename="post_page" pagetype="post_detail"><reddit-header-large><nav class="flex justify-between items-center
h-header-large">
<a href="/" aria-label="Home">reddit</a><faceplate-search-input name="q" placeholder="Search in r/woodworking" label="Search in
r/woodworking"></faceplate-search-input>
<a href="https://reddit.app.link/" class="button button-secondary">Get App</a><a href="/login/" class="button button-primary" id="login-button">Log In</a>
<button aria-label="Open settings menu" class="button-plain">Expand user menu</button></nav></reddit-header-large>
<flex-left-nav-container><reddit-sidebar-nav><nav aria-label="Primary">${rdLeft
  .map(
    ([h, items]) =>
      `${h ? `<summary class="text-12 uppercase">${h}</summary>` : ''}<ul>${items
        .map(
          (t) =>
            `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}" class="flex
items-center">${t}${t === 'Answers' || t === 'Reddit Pro' ? ' <span class="badge">BETA</span>' : ''}</a></li>`,
        )
        .join('')}</ul>`,
  )
  .join('\n')}</nav><p class="text-12">${rdFoot.join(' · ')}</p></reddit-sidebar-nav></flex-left-nav-container>
<main class="main w-full"><div class="flex items-center"><a href="/r/woodworking/" aria-label="Back">Go to woodworking</a></div>
<shreddit-post id="t3_1o9xk2r" author="sawdust_and_tea" post-title="${rdTitle}" score="1214" comment-count="86" subreddit-prefixed-name="r/woodworking"
post-type="text" created-timestamp="2025-10-19T14:03:11.000+0000"><div slot="credit-bar" class="flex items-center text-12"><a href="/r/woodworking/"
class="font-bold">r/woodworking</a><span>•</span>${ts('3d ago')}<span class="text-neutral-content-weak">• Edited ${ts('2d ago')}</span><a
href="/user/sawdust_and_tea/"
class="author-name">sawdust_and_tea</a></div><h1 slot="title" id="post-title-t3_1o9xk2r" class="font-semibold text-neutral-content-strong
text-18">${rdTitle}</h1>
<shreddit-post-flair slot="post-flair"><a href="/r/woodworking/?f=flair_name%3A%22Help%22"><span class="flair-content">Help</span></a></shreddit-post-flair>
<div slot="text-body"><div class="md text-14" id="t3_1o9xk2r-post-rtjson-content">${rdPost.map((t) => `<p>${t}</p>`).join('\n')}</div></div>
<div class="shreddit-post-container flex gap-sm"><span class="flex items-center"><button aria-label="Upvote" class="button-plain"></button><faceplate-number
number="1214" pretty>1.2K</faceplate-number><button aria-label="Downvote" class="button-plain"></button></span><a name="comments-action-button" href="#comments"
class="button"><faceplate-number number="86" pretty>86</faceplate-number></a><button class="button" aria-label="Give award">Award</button><button
class="button" aria-label="Share">Share</button></div></shreddit-post>
<div id="comment-tree-header" class="flex items-center gap-md"><shreddit-sort-dropdown><span class="text-12">Sort by:</span><button>Best</button>
</shreddit-sort-dropdown><faceplate-search-input placeholder="Search Comments" label="Search Comments"></faceplate-search-input><button aria-label="Expand
comment search">Expand comment search</button></div><h2 class="sr-only">Comments Section</h2>
<shreddit-comment-tree totalcomments="86" post-id="t3_1o9xk2r">
${rdComments.map(comment).join('\n')}
</shreddit-comment-tree><faceplate-partial loading="action"><button class="button button-secondary">View more comments</button></faceplate-partial></main>
<aside id="right-sidebar-container"><shreddit-subreddit-header name="woodworking"><div class="flex flex-col"><h2 class="font-bold">r/woodworking</h2>
<p class="text-14">${rdAbout}</p><button class="button-primary">Join</button><p class="text-12">Public</p><div class="flex"><div><faceplate-number
number="4213000" pretty>4.2M</faceplate-number><span>Members</span></div><div><faceplate-number number="1107" pretty>1.1K</faceplate-number><span>Online</span>
</div></div></div></shreddit-subreddit-header><div class="rules-widget"><h2 class="text-12 uppercase">R/WOODWORKING RULES</h2><ol>${rdRules
  .map((r, i) => `<li><details><summary><span>${i + 1}</span><span>${r}</span></summary></details></li>`)
  .join(
    '',
  )}</ol></div><div class="moderators-widget"><h2 class="text-12 uppercase">Moderators</h2><a class="button" href="/message/compose?to=r/woodworking">Message
Mods</a><ul><li><a href="/user/plane_iron/">u/plane_iron</a></li><li><a href="/user/dovetail_dana/">u/dovetail_dana</a></li></ul><a
href="/r/woodworking/about/moderators">View
all moderators</a></div><div class="more-posts"><h2
class="text-14">More posts you may like</h2><ul>${links(rdMore)}</ul></div></aside></shreddit-app></body></html>`;
export const redditThread: TestPage = {
  html: rdHtml,
  name: 'heldout68-reddit-comments',
  kind: 'forum',
  // the post text (with its "Edit:" line; the bold "Edit:" label is part of the sentence) and every comment are body; the
  // poster's and commenters' usernames, the times and "Edited 2d ago" are bylines; the subreddit name, post flair, vote, comment
  // and award counts and buttons, the OP badge, user flair "Top 1% Commenter", scores, "1 more reply", sort and search, "View
  // more comments", the left nav with its "BETA" badges and legal line, header, and the community sidebar (about text,
  // members, rules, moderators, "More posts you may like") are furniture; body words left out: the post flair "Help" and the
  // nav's "Help" and "All"
  title: rdTitle,
  headings: [],
  body: [...texts(rdPost), ...rdComments.flatMap((c) => c.text)],
  bylines: ['sawdust_and_tea', 'OldGrainFinisher', 'mortise_mike', 'Katrin_builds', '3d ago', '2d ago', 'Edited 2d ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'reddit', 'Get App', 'Log In', 'Expand user menu',
    ...rdLeft.flatMap(([h, items]) => (h ? [h, ...items] : items)).filter((t) => t !== 'Help' && t !== 'All'), 'BETA', 'Go to woodworking', 'r/woodworking',
    '1.2K', '86', 'Award', 'Share', 'Sort by:', 'Best', 'Expand comment search', 'Comments Section', 'OP',
    'Top 1% Commenter', '412', '96', '71', '158', '57', 'Reply', '1 more reply', 'View more comments', rdAbout, 'Join', 'Public', '4.2M', 'Members',
    '1.1K', 'Online', 'R/WOODWORKING RULES', ...rdRules, 'Moderators', 'Message Mods', 'u/plane_iron', 'u/dovetail_dana', 'View all moderators',
    'More posts you may like', ...rdMore, ...rdFoot,
  ],
};
