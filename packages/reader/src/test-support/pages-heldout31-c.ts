import { links, type TestPage, texts } from './page-kit.js';
import { askHn } from './pages-heldout31-c2.js';

/**
 * Held-out batch 31, file c: a Reddit thread as the "shreddit" web components render it in 2025 (JSON-LD, the header with
 * search, "Get App" and "Log In", the left nav with its resources list, <shreddit-post> with its credit bar, flair, title,
 * text body and action row, the comment sort and search, <shreddit-comment> elements nested with meta slots, "OP" and "Top 1%
 * Commenter" badges, relative dates, action rows, a deleted comment with a live reply, the community rail with weekly
 * counts, rules and moderators, "More posts you may like", and the left nav's footer line).
 */
interface RdComment {
  id: string;
  author: string;
  ago: string;
  score: number;
  paras: string[];
  badge?: string;
  kids?: RdComment[];
}
const rdTitle = 'Starter smells like nail polish remover since I moved it to the fridge. Is it ruined?';
const rdPost = [
  'I have been keeping a rye starter on the counter for about six months and feeding it every day. Two weeks ago I started a new job ' +
    'and moved it to the fridge, feeding it once a week on Sundays.',
  'Since then it smells strongly of nail polish remover when I take it out, there is a layer of grey liquid on top, and the first ' +
    'loaf I made from it barely rose. Did I kill it? I would really like to save it, because my grandmother gave me the original culture.',
];
const rdComments: RdComment[] = [
  {
    id: 'nc81pqd',
    author: 'levain_larry',
    ago: '3d ago',
    score: 412,
    badge: 'Top 1% Commenter',
    paras: [
      'It is not ruined, it is hungry. The acetone smell and the grey liquid (hooch) are what a starter does when it has run out of ' +
        'food. A cold starter still eats, just slowly, and a week is a long time for a rye starter, which ferments faster than white.',
      'Pour off the liquid, discard all but a tablespoon, and feed it at 1:5:5 with rye flour and warm water for two or three days on ' +
        'the counter. Once it doubles reliably within six hours, it is ready to bake with again.',
    ],
    kids: [
      {
        id: 'nc84xw1',
        author: 'crumb_theory',
        ago: '3d ago',
        score: 58,
        badge: 'OP',
        paras: [
          'Thank you, that is a huge relief. Should I keep the liquid or pour it off? I have seen people say that stirring it back in ' + 'gives more flavour.',
        ],
        kids: [
          {
            id: 'nc86ab9',
            author: 'levain_larry',
            ago: '2d ago',
            score: 91,
            badge: 'Top 1% Commenter',
            paras: [
              'You can stir it in if you like a sourer loaf, but while you are reviving it I would pour it off. You want the yeast to ' +
                'have the easiest possible time for a few days.',
            ],
          },
        ],
      },
    ],
  },
  {
    id: 'nc82d10',
    author: '',
    ago: '3d ago',
    score: 0,
    paras: [],
    kids: [
      {
        id: 'nc85m3e',
        author: 'ovenspring_ana',
        ago: '2d ago',
        score: 37,
        paras: [
          'For what it is worth, I have the same schedule and feed mine a stiffer mix before it goes in the fridge, about half as much ' +
            'water as flour. It slows everything down, so it lasts the whole week without going hungry.',
        ],
      },
    ],
  },
  {
    id: 'nc8b77k',
    author: 'tartinetom',
    ago: '2d ago',
    score: 129,
    paras: [
      'Grandmother starters are nearly impossible to kill. Mine sat forgotten at the back of the fridge for four months last year, and ' +
        'it came back after three feeds. Keep a spoonful dried on baking paper somewhere safe as insurance.',
    ],
  },
  {
    id: 'ncb20fz',
    author: 'crumb_theory',
    ago: '1d ago',
    score: 203,
    badge: 'OP',
    paras: [
      'Update: fed it three times as suggested and it doubled in five hours this morning. The smell is back to yoghurt and apples. The ' +
        'loaf is proving now, and I am drying some as a backup. Thanks everyone!',
    ],
  },
];
const rdAction = (score: number, id: string): string => `<shreddit-comment-action-row slot="actionRow" comment-id="t1_${id}" score="${score}">
<div class="flex items-center"><span class="flex items-center"><button rpl aria-label="Upvote" class="button-plain-weak button-small"><svg rpl
 fill="currentColor" height="16" icon-name="upvote-outline" viewBox="0 0 20 20" width="16"></svg></button><span class="text-12"><faceplate-number
 pretty number="${score}">${score}</faceplate-number></span><button rpl aria-label="Downvote" class="button-plain-weak button-small"><svg rpl
 icon-name="downvote-outline"></svg></button></span><faceplate-tracker source="comment" action="click" noun="reply_comment"><button rpl
 slot="reply-button" class="button-plain-weak button-small"><svg rpl icon-name="comment-outline"></svg><span class="flex items-center">Reply</span>
</button></faceplate-tracker><award-button class="inline-block"><button rpl class="button-plain-weak button-small"><span>Award</span></button></award-button>
<shreddit-share-button><button rpl class="button-plain-weak button-small"><svg rpl icon-name="share-new-outline"></svg><span>Share</span></button>
</shreddit-share-button></div></shreddit-comment-action-row>`;
const rdComment = (c: RdComment, depth: number): string => {
  const link = `/r/Sourdough/comments/1n8xk2q/comment/${c.id}/`;
  const time = `<faceplate-timeago ts="2025-09-0${9 - Number(c.ago[0])}T09:14:02.118Z" format="short"><time datetime="2025-09-0${
    9 - Number(c.ago[0])
  }T09:14:02.118Z" title="${['', 'Monday, September 8', 'Sunday, September 7', 'Saturday, September 6'][Number(c.ago[0])]}, 2025 at 10:14:02 AM GMT+1">${
    c.ago
  }</time></faceplate-timeago>`;
  const kids = (c.kids ?? []).map((k) => rdComment(k, depth + 1)).join('\n');
  if (c.author === '') {
    return `<shreddit-comment is-comment-deleted="" author="[deleted]" thingid="t1_${c.id}" depth="${depth}" permalink="${link}" postid="t3_1n8xk2q">
<div slot="commentMeta" class="flex flex-row items-center flex-nowrap overflow-hidden justify-start h-lg"><span class="text-12 text-neutral-content-weak
 italic">Comment deleted by user</span><span class="inline-block my-0 created-separator text-neutral-content-weak" aria-hidden="true">•</span>
<a href="${link}" rel="nofollow noopener noreferrer">${time}</a></div>
${kids}</shreddit-comment>`;
  }
  return `<shreddit-comment author="${c.author}" thingid="t1_${c.id}" depth="${depth}" permalink="${link}" postid="t3_1n8xk2q" score="${c.score}"
 award-count="0" content-type="text" created="2025-09-06T09:14:02.118000+0000"><div slot="commentAvatar" class="flex items-center justify-center">
<faceplate-tracker noun="comment_author_avatar"><a href="/user/${c.author}/" aria-hidden="true" tabindex="-1"><span class="inline-flex items-center
 justify-center w-[24px] h-[24px]"><img src="https://styles.redditmedia.example/t5_avatar/${c.author}.png" alt="${c.author} avatar" width="24"
 height="24" loading="lazy"></span></a></faceplate-tracker></div>
<div slot="commentMeta" class="flex flex-row items-center flex-nowrap overflow-hidden justify-start h-lg"><div class="flex flex-none flex-row
 flex-nowrap items-center truncate"><faceplate-hovercard position="bottom-start" label="${c.author} details"><faceplate-tracker noun="comment_author">
<a href="/user/${c.author}/" class="truncate font-bold text-neutral-content-strong text-12 hover:underline">${c.author}</a></faceplate-tracker>
</faceplate-hovercard>${
    c.badge === 'OP'
      ? '<span class="text-12 font-semibold text-global-admin ml-2xs">OP</span>'
      : c.badge
        ? `<span class="ml-2xs text-12 text-secondary-weak inline-flex items-center"><svg rpl icon-name="contributor-fill"></svg>${c.badge}</span>`
        : ''
  }</div><span class="inline-block my-0 created-separator text-neutral-content-weak" aria-hidden="true">•</span><a href="${link}"
 rel="nofollow noopener noreferrer">${time}</a></div>
<div slot="comment" class=""><div class="md text-14-scalable" id="t1_${c.id}-comment-rtjson-content" style="--emote-size: 20px">
${c.paras.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
${rdAction(c.score, c.id)}
${kids}</shreddit-comment>`;
};
const rdLd = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'DiscussionForumPosting',
  '@id': 'https://www.reddit.com/r/Sourdough/comments/1n8xk2q/',
  headline: rdTitle,
  text: rdPost.join('\n\n'),
  author: { '@type': 'Person', name: 'crumb_theory', url: 'https://www.reddit.com/user/crumb_theory/' },
  datePublished: '2025-09-06T07:52:41.000Z',
  commentCount: 23,
  comment: [{ '@type': 'Comment', author: { '@type': 'Person', name: 'levain_larry' }, text: rdComments[0]!.paras[0] }],
});
const rdNav = ['Home', 'Popular', 'Answers', 'Explore', 'All'];
const rdRes = ['About Reddit', 'Advertise', 'Developer Platform', 'Reddit Pro', 'Help', 'Blog', 'Careers', 'Press'];
const rdRes2 = ['Communities', 'Best of Reddit', 'Reddit Rules', 'Privacy Policy', 'User Agreement', 'Accessibility'];
const rdRules = ['Be kind to beginners', 'Show your crumb', 'No selling or self-promotion', 'Use the weekly thread for quick questions'];
const rdMore = [
  'First loaf after reviving a starter from the freezer',
  'Why does my dough spread flat in the oven?',
  'How cold is too cold for a bulk ferment?',
];
const rdHtml = `<!DOCTYPE html>
<html lang="en-US" class="theme-beta"><head><meta charset="UTF-8"><title>${rdTitle} : r/Sourdough</title>
<meta name="description" content="${rdPost[0]!.slice(0, 120)}"><link rel="canonical" href="https://www.reddit.com/r/Sourdough/comments/1n8xk2q/">
<script type="application/ld+json">${rdLd}</script><style>:root{--shreddit-header-height:56px}.sidebar-grid{display:grid}</style></head>
<body class="v2 m-0 p-0 w-full"><shreddit-app pagetype="post_detail" routename="post_page" devicetype="desktop" theme="light">
<a href="#main-content" class="sr-only focus:not-sr-only">Skip to main content</a>
<reddit-header-large class="sticky top-0 z-[4]"><nav class="flex justify-between items-center h-header-large px-md gap-md"><a aria-label="Home"
 href="/" class="flex items-center"><span class="sr-only">Reddit Logo</span><svg rpl viewBox="0 0 20 20"></svg></a><reddit-search-large>
<faceplate-search-input placeholder="Search in r/Sourdough" name="q" label="Search Reddit"></faceplate-search-input></reddit-search-large>
<span class="flex items-center gap-xs"><a href="https://reddit.app.link/" class="button button-secondary"><span>Get App</span></a><a href="/login/"
 id="login-button" class="button button-primary"><span>Log In</span></a><button rpl aria-label="Open settings menu" class="button-plain"><svg rpl
 icon-name="overflow-horizontal-fill"></svg></button></span></nav></reddit-header-large>
<div class="grid-container theme-rpl grid"><flex-left-nav-container id="left-sidebar-container"><reddit-sidebar-nav id="left-sidebar">
<nav aria-label="Primary"><ul>${links(rdNav, 'relative')}</ul><hr><faceplate-expandable-section-helper><summary><span class="text-12 uppercase">
Resources</span></summary><ul>${links(rdRes, 'relative')}</ul><hr><ul>${links(rdRes2, 'relative')}</ul></faceplate-expandable-section-helper></nav>
<span class="text-10 text-secondary-weak px-md">Reddit, Inc. © 2025. All rights reserved.</span></reddit-sidebar-nav></flex-left-nav-container>
<div class="subgrid-container"><div class="main-container"><main class="main w-full flex-grow min-w-0" id="main-content">
<shreddit-post author="crumb_theory" created-timestamp="2025-09-06T07:52:41.000000+0000" id="t3_1n8xk2q" permalink="/r/Sourdough/comments/1n8xk2q/"
 post-title="${rdTitle}" post-type="text" score="287" comment-count="23" subreddit-prefixed-name="r/Sourdough" view-context="CommentsPage">
<div slot="credit-bar" class="flex items-center gap-xs"><span class="flex items-center"><faceplate-tracker noun="back"><button rpl aria-label="Back"
 class="button-secondary icon items-center"><svg rpl icon-name="back-outline"></svg></button></faceplate-tracker><faceplate-hovercard
 label="r/Sourdough details"><a href="/r/Sourdough/" class="subreddit-name text-neutral-content font-bold text-12 hover:underline">r/Sourdough</a>
</faceplate-hovercard><span class="created-separator" aria-hidden="true">•</span><faceplate-timeago ts="2025-09-06T07:52:41.000Z"><time
 datetime="2025-09-06T07:52:41.000Z" title="Saturday, September 6, 2025 at 8:52:41 AM GMT+1">3 days ago</time></faceplate-timeago></span>
<span slot="authorName" class="flex items-center"><faceplate-tracker noun="user_profile"><a href="/user/crumb_theory/" class="author-name
 text-12 text-neutral-content-weak hover:underline">crumb_theory</a></faceplate-tracker></span></div>
<h1 slot="title" id="post-title-t3_1n8xk2q" class="font-semibold text-neutral-content-strong m-0 text-18 xs:text-24 mb-xs px-md xs:px-0 xs:mb-md
 overflow-hidden">${rdTitle}</h1>
<shreddit-post-flair slot="post-flair" class="flex"><a href="/r/Sourdough/?f=flair_name%3A%22Starter%20Help%22" class="no-decoration"><span
 class="bg-tone-4 inline-block truncate max-w-full text-12 font-normal align-text-bottom text-global-black box-border px-[6px] rounded-[20px]
 leading-4 flair-content">Starter Help</span></a></shreddit-post-flair>
<div slot="text-body"><div class="mb-sm mb-xs px-md xs:px-0 overflow-hidden" id="t3_1n8xk2q-post-rtjson-content" property="schema:articleBody">
${rdPost.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div slot="vote-button"><button rpl upvote aria-label="Upvote" class="button-plain"><svg rpl icon-name="upvote-outline"></svg></button><span><faceplate-number
 pretty number="287">287</faceplate-number></span><button rpl downvote aria-label="Downvote" class="button-plain"><svg rpl icon-name="downvote-outline">
</svg></button></div><button rpl name="comments-action-button" class="button-secondary" slot="comment-button"><svg rpl icon-name="comment-outline">
</svg><span><faceplate-number pretty number="23">23</faceplate-number></span></button><award-button slot="award-button"><button rpl
 class="button-secondary"><span class="sr-only">Give award</span></button></award-button><shreddit-post-share-button slot="share-button"><button rpl
 class="button-secondary"><span>Share</span></button></shreddit-post-share-button></shreddit-post>
<div class="flex items-center justify-between px-md mt-md"><faceplate-tracker noun="sort_dropdown"><shreddit-sort-dropdown label="Sort by:"><span
 class="text-12">Sort by:</span> <span class="text-12 font-semibold">Best</span></shreddit-sort-dropdown></faceplate-tracker><faceplate-search-input
 placeholder="Search Comments" name="q" label="Search comments"></faceplate-search-input><button rpl class="button-plain"><span class="sr-only">Expand
 comment search</span></button></div>
<comment-body-header><faceplate-tracker noun="add_comment_button"><div class="px-md"><button rpl class="button-secondary w-full text-left"><span
 class="text-14 text-secondary-weak">Join the conversation</span></button></div></faceplate-tracker></comment-body-header>
<shreddit-comment-tree id="comment-tree" post-id="t3_1n8xk2q" totalComments="23" sort="confidence">
${rdComments.map((c) => rdComment(c, 0)).join('\n')}
</shreddit-comment-tree><faceplate-partial loading="action" src="/svc/shreddit/more-comments/Sourdough/t3_1n8xk2q"><button rpl class="button-plain">
<span>View more comments</span></button></faceplate-partial></main>
<aside id="right-sidebar-container" aria-label="Community information"><div class="sidebar-grid"><shreddit-subreddit-header name="Sourdough"
 prefixed-name="r/Sourdough"><h2 class="text-16 font-bold">r/Sourdough</h2><button rpl class="button-primary"><span>Join</span></button>
<p class="text-14">Everything sourdough: starters, loaves, troubleshooting and the occasional pizza.</p><p class="text-12"><svg rpl icon-name="cake-outline">
</svg>Created Mar 14, 2011</p><p class="text-12"><svg rpl icon-name="world-outline"></svg>Public</p><a href="/r/Sourdough/about/" class="text-12">Community
 Guide</a><div class="flex gap-md"><div><faceplate-number pretty number="412000">412K</faceplate-number><span class="text-12"> weekly visitors</span></div>
<div><faceplate-number pretty number="3100">3.1K</faceplate-number><span class="text-12"> weekly contributions</span></div></div></shreddit-subreddit-header>
<hr><h2 class="text-12 uppercase">R/Sourdough Rules</h2><ol>${rdRules
  .map(
    (r) => `<li><faceplate-expandable-section-helper><summary>${r}</summary>
</faceplate-expandable-section-helper></li>`,
  )
  .join('')}</ol><hr><h2 class="text-12 uppercase">Moderators</h2><a href="/message/compose?to=r/Sourdough"
 class="button-secondary">Message Mods</a><ul><li><a href="/user/proofbox_pat/">u/proofbox_pat</a></li><li><a href="/user/banneton/">u/banneton</a></li></ul>
<a href="/r/Sourdough/about/moderators" class="button-secondary">View all moderators</a><hr><h2 class="text-12 uppercase">More posts you may like</h2>
<ul>${rdMore.map((t, i) => `<li><a href="/r/Sourdough/comments/${i}/">${t}</a><span class="text-12"> r/Sourdough • ${i + 4} days ago</span></li>`).join('')}
</ul></div></aside></div></div></div></shreddit-app></body></html>`;
const rdWho = (cs: RdComment[]): string[] => cs.flatMap((c) => [...(c.author === '' ? [] : [c.author]), c.ago, ...rdWho(c.kids ?? [])]);
const rdBody = (cs: RdComment[]): string[] => cs.flatMap((c) => [...c.paras, ...rdBody(c.kids ?? [])]);
const reddit: TestPage = {
  html: rdHtml,
  name: 'heldout31-reddit-shreddit-thread',
  kind: 'forum',
  // the post's text and every comment at every depth are body (the OP's two comments too); the deleted comment has no text
  // ("Comment deleted by user" is furniture, its reply is body); post and comment authors and the relative dates ("3 days
  // ago", "3d ago"...) are bylines; "OP" and "Top 1% Commenter" badges, the flair, scores, vote, reply, award and share buttons,
  // sort and search, "Join the conversation", "View more comments", the subreddit rail (description, created date, weekly
  // counts, rules, moderators), "More posts you may like", header, left nav and its footer line are furniture; the rail's
  // created date is the community's, not the post's: furniture; the nav's "All" is a word of a comment ("discard all"): left out
  title: rdTitle,
  headings: [],
  body: texts([...rdPost, ...rdBody(rdComments)]),
  bylines: [...new Set(['crumb_theory', '3 days ago', ...rdWho(rdComments)])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Reddit Logo', 'Get App', 'Log In', ...rdNav.filter((t) => t !== 'All'), 'Resources', ...rdRes, ...rdRes2,
    'Reddit, Inc. © 2025. All rights reserved.',
    'r/Sourdough', 'Starter Help', '287', '23', 'Give award', 'Share', 'Sort by:', 'Best', 'Expand comment search', 'Join the conversation',
    'Comment deleted by user', 'OP', 'Top 1% Commenter', '412', '58', '91', '37', '129', '203', 'Reply', 'Award', 'View more comments', 'Join',
    'Everything sourdough: starters, loaves, troubleshooting and the occasional pizza.', 'Created Mar 14, 2011', 'Public', 'Community Guide', '412K',
    'weekly visitors', '3.1K', 'weekly contributions', 'R/Sourdough Rules', ...rdRules, 'Moderators', 'Message Mods', 'u/proofbox_pat', 'u/banneton',
    'View all moderators', 'More posts you may like', ...rdMore, '4 days ago', '5 days ago', '6 days ago',
  ],
};

export const HELDOUT31_C: readonly TestPage[] = [reddit, askHn];
