import { links, type TestPage } from './page-kit.js';
import { hackerNews } from './pages-heldout18-d2.js';

/**
 * Held-out batch 18, file d: a Reddit thread on new Reddit (reddit-header-large with search and "Log In", left nav, the
 * post as a shreddit-post element with subreddit, author, time, title and text body, vote / comment / "Award" / "Share"
 * buttons, the shreddit-comment-tree with nested shreddit-comment elements (author, time, score, "Reply", "Award",
 * "Share"), "Sort by:" control, the right sidebar "About Community" with members and rules, and the footer links).
 */
const rdTitle = 'Our allotment society banned hosepipes this summer. Here is how my beds survived on two cans a day.';
const rdPost = [
  'Long-time lurker, first post. Our site in Bedfordshire went onto a hosepipe ban in late June because the borehole pump could ' +
    'not keep up, and it stayed in place until the first week of September.',
  'I have ten beds on a half plot. What got me through was mulching everything with about five centimetres of spent mushroom ' +
    'compost in May, watering only in the evening, and sinking cut-down plastic bottles next to the tomatoes and squash so the water ' +
    'went straight to the roots instead of running off.',
  'The beans and courgettes did better than last year. The carrots and the lettuce were a write-off. Happy to answer questions.',
];
type RdComment = { id: string; depth: number; author: string; when: string; score: string; text: string };
const rdComments: RdComment[] = [
  {
    id: 't1_kq1',
    depth: 0,
    author: 'BrassicaBarbara',
    when: '5d ago',
    score: '212',
    text: 'The bottle trick is underrated. I drill three small holes in the cap and bury them upside down, so they empty over an hour.',
  },
  {
    id: 't1_kq2',
    depth: 1,
    author: 'plot_14b',
    when: '5d ago',
    score: '64',
    text: 'Same, but I found the holes clog with soil. A square of old tights over the neck fixed it.',
  },
  {
    id: 't1_kq3',
    depth: 0,
    author: 'hedgehog_on_plot9',
    when: '4d ago',
    score: '97',
    text: 'Carrots were a disaster for us too. Next year I am sowing them in March so they are established before the dry spell.',
  },
  {
    id: 't1_kq4',
    depth: 1,
    author: 'OneCanWonder',
    when: '4d ago',
    score: '18',
    text: 'Good plan. I have also had luck with a layer of grass clippings between the rows once the seedlings are up.',
  },
];
const rdNav = ['Home', 'Popular', 'Explore', 'All'];
const rdRules = ['1. Be kind and civil', '2. No selling or self-promotion', '3. Pictures need a description', '4. Stay on topic: growing food in the UK'];
const rdFoot = ['Reddit Rules', 'Privacy Policy', 'User Agreement', 'Accessibility', 'Reddit, Inc. © 2025. All rights reserved.'];
const comment = (c: RdComment): string => `<shreddit-comment author="${c.author}" thingid="${c.id}" depth="${c.depth}" score="${c.score}"
permalink="/r/UKAllotments/comments/1f9x2ab/comment/${c.id.slice(3)}/" arrow-tooltip-placement="top" role="article">
<div slot="commentMeta" class="flex items-center"><faceplate-hovercard><a href="/user/${c.author}/" class="truncate font-bold">${c.author}</a>
</faceplate-hovercard>
<span class="inline-block my-0 text-neutral-content-weak">•</span><faceplate-timeago ts="2025-09-1${c.depth + 2}T18:00:00.000Z"><time>${c.when}</time>
</faceplate-timeago></div>
<div slot="comment" id="${c.id}-comment-rtjson-content" class="md text-14"><p>${c.text}</p></div>
<shreddit-comment-action-row slot="actionRow" score="${c.score}"><button aria-label="Upvote"></button>
<faceplate-number number="${c.score}">${c.score}</faceplate-number>
<button aria-label="Downvote"></button><button class="button-plain">Reply</button><award-button>Award</award-button>
<shreddit-post-share-button>Share</shreddit-post-share-button></shreddit-comment-action-row></shreddit-comment>`;
/** Each top-level comment (depth 0) with its reply (the next comment) nested inside it, as shreddit nests them. */
const rdTree = (): string =>
  `<shreddit-comment-tree totalcomments="4">${rdComments
    .map((c, i) =>
      c.depth > 0
        ? ''
        : comment(c).replace(
            /<\/shreddit-comment>$/,
            `${rdComments
              .slice(i + 1, i + 2)
              .map(comment)
              .join('')}</shreddit-comment>`,
          ),
    )
    .join('\n')}</shreddit-comment-tree>`;
const rdHtml = `<!DOCTYPE html>
<html lang="en-US" class="theme-beta"><head><title>${rdTitle} : r/UKAllotments</title>
<meta property="og:site_name" content="Reddit"><meta name="description" content="${rdPost.join(' ').slice(0, 120)}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${rdTitle}",
"author":{"@type":"Person","name":"OneCanWonder"},"datePublished":"2025-09-12T17:20:00.000Z","commentCount":4}</script>
<script>window.___r = {"config":{"isLoggedIn":false}};</script></head>
<body class="v2"><shreddit-app routename="post_page" pagetype="post_detail"><reddit-header-large><nav class="h-header-large">
<a href="/" aria-label="Home">reddit</a><faceplate-search-input placeholder="Search in r/UKAllotments"></faceplate-search-input>
<a href="https://www.reddit.example/login/" id="login-button">Log In</a><button>Get App</button></nav></reddit-header-large>
<flex-left-nav-container><nav aria-label="Primary"><ul>${links(rdNav, 'left-nav-item')}</ul>
<faceplate-expandable-section-helper><summary>RESOURCES</summary><ul>${links(['About Reddit', 'Advertise', 'Help', 'Blog', 'Careers'])}</ul>
</faceplate-expandable-section-helper>
</nav></flex-left-nav-container>
<div class="main-container"><main class="main w-full" id="main-content">
<shreddit-post author="OneCanWonder" created-timestamp="2025-09-12T17:20:00.000+0000" post-title="${rdTitle}" post-type="text"
score="1843" comment-count="4" subreddit-prefixed-name="r/UKAllotments" class="block relative">
<div slot="credit-bar" class="flex items-center"><a href="/r/UKAllotments/" class="subreddit-name">r/UKAllotments</a>
<span>•</span><faceplate-timeago ts="2025-09-12T17:20:00.000Z"><time>6d ago</time></faceplate-timeago>
<a slot="authorName" href="/user/OneCanWonder/" class="author-name">OneCanWonder</a></div>
<h1 slot="title" id="post-title-t3_1f9x2ab" class="font-semibold text-neutral-content-strong">${rdTitle}</h1>
<shreddit-post-flair slot="post-flair"><span class="flair-content">Watering</span></shreddit-post-flair>
<div slot="text-body" class="text-neutral-content"><div class="md" id="t3_1f9x2ab-post-rtjson-content">
${rdPost.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="shreddit-post-container"><span>Upvote</span><faceplate-number number="1843">1.8K</faceplate-number><span>Downvote</span>
<a href="#comments" name="comments-action-button">4</a><award-button>Award</award-button><shreddit-post-share-button>Share</shreddit-post-share-button></div>
</shreddit-post>
<div class="comments-sort"><span>Sort by:</span><button>Best</button></div>
<faceplate-search-input placeholder="Search Comments"></faceplate-search-input>
${rdTree()}
</main>
<aside id="right-sidebar-container"><div id="subreddit-right-rail__partial"><h2>r/UKAllotments</h2>
<div class="i18n-subreddit-description">About Community</div>
<p class="text-14">A friendly place for UK allotment holders and would-be plot holders: crops, tools, waiting lists and committee woes.</p>
<div><span>Created Mar 14, 2013</span><span>Public</span></div><div><faceplate-number number="187000">187K</faceplate-number> <span>Members</span>
<faceplate-number number="214">214</faceplate-number> <span>Online</span></div><button>Join</button>
<h2 class="rules-title">Rules</h2><ol>${rdRules.map((r) => `<li><details><summary>${r}</summary></details></li>`).join('')}</ol>
<h2>Moderators</h2><a href="/user/potting_shed_mod">u/potting_shed_mod</a><button>Message Mods</button>
<a href="/r/UKAllotments/about/moderators">View all moderators</a>
</div><footer class="legal-links"><ul>${links(rdFoot)}</ul></footer></aside></div>
</shreddit-app><script src="https://www.redditstatic.example/shreddit/en-US/app-6f1c2e.js" type="module"></script></body></html>`;
const reddit: TestPage = {
  html: rdHtml,
  name: 'heldout18-reddit-thread',
  kind: 'forum',
  // a thread: the post text and all four comments are body; the post author and each commenter, with the post's and the
  // comments' times, are bylines ("5d ago" and "4d ago" twice each: once); the subreddit name (credit bar, rail, title
  // tag), vote and comment counts (bare numbers left out; "1.8K" too), Upvote / Downvote, Award, Share, Reply,
  // the comment sort and search, header, left nav and resources, the sidebar "About Community" block (description,
  // created line, members, rules, moderators) and the footer are furniture; the flair "Watering" is a word of the body: left out
  title: rdTitle,
  headings: [],
  body: [...rdPost, ...rdComments.map((c) => c.text)],
  bylines: ['OneCanWonder', '6d ago', ...rdComments.slice(0, 3).map((c) => c.author), '5d ago', '4d ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'reddit', 'Log In', 'Get App', ...rdNav, 'RESOURCES', 'About Reddit', 'Advertise', 'Help', 'Blog', 'Careers', 'r/UKAllotments',
    'Upvote', 'Downvote', 'Award', 'Share', 'Sort by:', 'Best', 'Reply', 'About Community',
    'A friendly place for UK allotment holders and would-be plot holders: crops, tools, waiting lists and committee woes.', 'Created Mar 14, 2013',
    'Public', '187K', 'Members', 'Online', 'Join', 'Rules', ...rdRules, 'Moderators', 'u/potting_shed_mod', 'Message Mods', 'View all moderators', ...rdFoot,
  ],
};

export const HELDOUT18_D: readonly TestPage[] = [reddit, hackerNews];
