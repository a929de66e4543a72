import { links, type TestPage, texts } from './page-kit.js';
import { prima } from './pages-heldout376-e2.js';
import { j } from './pages-heldout376-kit.js';

/**
 * Held-out batch 376, file e: a Reddit tips thread in the shreddit web-component markup (header, left nav, the post with
 * its flair, author and age, the vote / comment / share bar, the sort bar, nested comments whose text is body, the
 * community sidebar with rules, the "Related" list and the legal footer line) and, from file e2, a Prima-style strategy
 * page built with Elementor.
 */
const rTitle = 'Ten things I wish I knew before my first 50 hours in Emberwild';
const rPost = [
  j(
    'I finally beat the Ashen Hart last night and went back through my notes. Here is everything I learned the hard way, so',
    'you do not have to. No spoilers past the second region.',
  ),
  'Cooked food gives a buff on top of the healing. The mushroom skewer doubles stamina regen for a full minute.',
  'Your camp dog can be sent to dig. Press the whistle twice near a cracked stone and it finds ore or seeds.',
  'Do not sell the grey feathers. You need forty of them for the glider upgrade and they stop dropping after the first region.',
  'Rain puts out your torch but also puts out the fire spirits. Fight them in bad weather.',
  'The fast travel shrines are cheaper at night; the ferryman halves the price after sunset.',
  j(
    'Spend your first skill points on the Forager tree. The combat trees look better but Forager gets you the map markers',
    'for herbs, and herbs are the bottleneck for everything.',
  ),
  j(
    'Bandit camps respawn only when you sleep in a bed, not at a campfire. If you want to farm the leather from the river camp,',
    'sleep at the inn in Orrin Falls and walk back.',
  ),
  'Read the notice board in every village. Half of the side quests that give skill points are only listed there.',
  j('The Ashen Hart fight is much easier with two fire arrows in your quiver for the antlers. Burn them and it cannot charge', 'for the rest of the fight.'),
  'That is all I have. Add yours below!',
];
const rComments: readonly (readonly [string, string, string, string])[] = [
  [
    'kestrelfen',
    '14 hr. ago',
    '212',
    j('Great list. One more: the blacksmith in Orrin Falls repairs for free if you bring her a lily from the cliff path. It is', 'not marked anywhere.'),
  ],
  ['quietbrook_', '13 hr. ago', '88', 'Wait, the dog digs?? 40 hours in and I never pressed the whistle twice. Thank you.'],
  [
    'Dunmore_Plays',
    '11 hr. ago',
    '57',
    j(
      'Counterpoint on Forager: if you play on Hard, take the first two points of Warden for the dodge window and only then go',
      'Forager. The early wolves are brutal without it.',
    ),
  ],
];
const rLeft = ['Home', 'Popular', 'Explore', 'All', 'Create a custom feed', 'RESOURCES', 'About Reddit', 'Advertise', 'Help'];
const rRules = ['Be kind to other players', 'Mark spoilers for the last two regions', 'No low-effort memes on weekdays'];
const rRelated = ['Is the glider upgrade worth it early?', 'Best Forager build for Hard mode', 'Where is the lily on the cliff path?'];
const rCmt = ([u, t, s, c]: readonly [string, string, string, string], depth: number): string =>
  `<shreddit-comment author="${u}" depth="${depth}" score="${s}"><div slot="commentMeta"><a href="/user/${u}/" class="font-bold">${u}</a>
<span>•</span> <faceplate-timeago ts="2026-03-01T10:00:00Z"><time>${t}</time></faceplate-timeago></div>
<div slot="comment" id="-post-rtjson-content" class="md text-14"><p>${c}</p></div>
<div slot="actionRow"><span class="score">${s}</span> <button>Reply</button> <button>Award</button> <button>Share</button></div></shreddit-comment>`;
const rHtml = `<!DOCTYPE html>
<html lang="en-US" class="theme-beta"><head><meta charset="UTF-8"><title>${rTitle} : r/Emberwild</title>
<meta name="description" content="I finally beat the Ashen Hart last night and went back through my notes.">
<meta property="og:site_name" content="Reddit"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${rTitle}",
"author":{"@type":"Person","name":"lanternmoth"}}</script>
<script>window.___r = {"config":{"locale":"en-US"},"postId":"t3_1q7zk2a"};</script></head>
<body class="v2"><shreddit-app pagetype="post_detail"><reddit-header-large><header class="v2">
<a href="/" aria-label="Home"></a><faceplate-search-input placeholder="Search in r/Emberwild"></faceplate-search-input>
<a href="/login" class="button">Log In</a> <button class="button">Get App</button></header></reddit-header-large>
<div class="grid-container"><flex-left-nav-container><nav><ul>${links(rLeft)}</ul></nav></flex-left-nav-container>
<main class="main w-full"><shreddit-post post-title="${rTitle}" author="lanternmoth" subreddit-prefixed-name="r/Emberwild" comment-count="3" score="1.4k">
<div slot="credit-bar"><a href="/r/Emberwild/">r/Emberwild</a> <span>•</span> <faceplate-timeago ts="2026-03-01T06:00:00Z"><time>18 hr. ago</time>
</faceplate-timeago>
<a href="/user/lanternmoth/" class="author-name">lanternmoth</a></div>
<h1 slot="title" id="post-title-t3_1q7zk2a">${rTitle}</h1>
<shreddit-post-flair slot="post-flair"><span class="flair-content">Tips &amp; Tricks</span></shreddit-post-flair>
<div slot="text-body"><div class="md" id="t3_1q7zk2a-post-rtjson-content"><p>${rPost[0] ?? ''}</p><ol>
${rPost
  .slice(1, -1)
  .map((t) => `<li><p>${t}</p></li>`)
  .join('\n')}</ol><p>${rPost[rPost.length - 1] ?? ''}</p></div></div>
<div slot="actionRow"><span class="vote-count">1.4k</span> <span class="comment-count">3 comments</span> <button>Award</button> <button>Share</button></div>
</shreddit-post>
<shreddit-comments-sort-dropdown><span>Sort by:</span> <button>Best</button></shreddit-comments-sort-dropdown>
<faceplate-search-input placeholder="Search Comments"></faceplate-search-input>
<shreddit-comment-tree>${rCmt(rComments[0] ?? ['', '', '', ''], 0)}
${rCmt(rComments[1] ?? ['', '', '', ''], 1)}
${rCmt(rComments[2] ?? ['', '', '', ''], 0)}</shreddit-comment-tree></main>
<aside id="right-sidebar-container"><div class="community-info"><h2>Emberwild</h2><p>The unofficial community for the survival RPG Emberwild.</p>
<div><span>212K</span> <span>Members</span></div><div><span>1.1K</span> <span>Online</span></div><button>Join</button></div>
<div class="rules"><h2>Rules</h2><ol>${rRules.map((r) => `<li>${r}</li>`).join('\n')}</ol></div>
<div class="related"><h2>Related Answers Section</h2><ul>${links(rRelated)}</ul></div>
<p class="legal">Reddit Rules Privacy Policy User Agreement Reddit, Inc. © 2026. All rights reserved.</p></aside></div></shreddit-app>
<script src="https://www.redditstatic.example/shreddit/en-US/app.js" type="module"></script></body></html>`;
const reddit: TestPage = {
  name: 'heldout376-reddit-tips-thread-forum',
  kind: 'forum',
  html: rHtml,
  title: rTitle,
  headings: [],
  body: texts([...rPost, ...rComments.map((c) => c[3])]),
  bylines: ['18 hr. ago', 'lanternmoth', ...rComments.flatMap((c) => [c[0], c[1]])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'r/Emberwild', 'Log In', 'Get App', ...rLeft.filter((t) => t !== 'All'), 'Tips & Tricks', '1.4k', '3 comments', 'Award', 'Share', 'Sort by:', 'Best',
    'Reply', '212', 'The unofficial community for the survival RPG Emberwild.', '212K', 'Members', '1.1K', 'Online', 'Join', 'Rules',
    ...rRules, 'Related Answers Section', ...rRelated, 'Reddit Rules Privacy Policy User Agreement Reddit, Inc. © 2026. All rights reserved.',
  ],
};

export const HELDOUT376_E: readonly TestPage[] = [reddit, prima];
