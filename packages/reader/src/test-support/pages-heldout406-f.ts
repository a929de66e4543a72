import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout406-kit.js';
import { medium } from './pages-heldout406-f2.js';

/**
 * Held-out batch 406, file f: a game jam's community thread on itch.io, a forum page where the posts are the body (itch.io
 * header, jam header with the jam's own tabs, breadcrumb, topic title, the opening post and replies with author, date,
 * vote and reply links, "Post a reply" box, the jam sidebar with dates and entries, and the footer) and, from file f2, a
 * participant's write-up on Medium.
 */
const title = 'Postmortem thread: what went wrong (and right) with your entry?';
const posts: [string, string, string[]][] = [
  [
    'Quillon Marsh',
    '4 days ago',
    [
      j(
        'The results are out, so let us do the traditional postmortem thread. Share one thing that went wrong with your entry, one thing',
        'that went right, and what you would do differently next time. Links to your game are welcome but not required.',
      ),
      j(
        'I will start. My team made Lowtide Lantern, a puzzle game where the tide rises a little every time you move. What went',
        'wrong: we spent the whole first day on a water shader that nobody noticed, and the last three levels were built in two hours.',
        'What went right: the rising tide as a move counter was understood by every player without a tutorial.',
      ),
    ],
  ],
  [
    'pixelgannet',
    '4 days ago',
    [
      j(
        'Solo entry here. What went wrong: I scoped for a team of three. I had a dialogue system, a day and night cycle and a fishing',
        'minigame planned, and I shipped the fishing minigame and a title screen.',
      ),
      j(
        'What went right: the fishing minigame ended up being the whole game and people liked it more than I expected. Next time I will',
        'write the smallest possible version of the idea on a sticky note before I open the engine.',
      ),
    ],
  ],
  [
    'Birgit Oyelaran',
    '3 days ago',
    [
      j(
        'Ours went wrong in the last hour, which is the worst possible hour. The web build ran fine locally and showed a black screen',
        'on the jam page because we had left audio set to start before the first click. Three comments told us, and by then submissions',
        'were locked.',
      ),
      'Lesson learned: upload a test build on the first evening, even if it is just a cube, and play it from the page in a private window.',
    ],
  ],
  [
    'Quillon Marsh',
    '3 days ago',
    [
      j(
        'The black screen on web is such a classic. Rating periods let you fix it sometimes if the host allows bug-fix uploads, so it is',
        'worth asking the host early next time.',
      ),
    ],
  ],
  [
    'tern_and_tide',
    '2 days ago',
    [
      j(
        'First jam ever for me. What went right: I finished! What went wrong: I did not sleep on Saturday, and everything I wrote after',
        'three in the morning had to be deleted on Sunday. Sleep is a development tool.',
      ),
    ],
  ],
];
const head = ['Browse Games', 'Game Jams', 'Upload Game', 'Developer Logs', 'Community'];
const jamNav = ['Overview', 'Submissions', 'Results', 'Community'];
const crumbs = ['Saltmarsh Jam 2026', 'Community', 'General Discussion'];
const side = ['Hosted by Brackwater Games', 'Submissions closed Apr 26, 2026', '214 entries', '1,802 ratings'];
const foot = ['About', 'FAQ', 'Blog', 'Contact us'];
const post = ([who, when, body]: [string, string, string[]], i: number): string => `<div class="community_post${i === 0 ? ' is_topic_post' : ''}"
data-post='{"id":${905120 + i},"user_id":${31800 + i}}' id="post-${905120 + i}"><div class="post_grid"><a class="avatar_container" href="#">
<div class="post_avatar" style="background-image: url('/avatars/${i}.png')"></div></a><div class="post_header"><span class="post_author">
<a href="https://itch.example/profile/${i}">${who}</a></span><span class="post_date" title="2026-04-2${i} 18:4${i}:00"><a href="#post-${905120 + i}">${when}</a>
</span></div><div class="post_content"><div class="post_body user_formatted">
${ps(body)}
</div><div class="post_footer"><a class="post_action vote_up_btn" href="#">(+${9 - i})</a><a class="post_action reply_btn" href="#">Reply</a>
<a class="post_action" href="#">Report</a></div></div></div></div>`;
const html = `<!DOCTYPE HTML>
<html lang="en"><head><meta charset="UTF-8"/><title>Postmortem thread: what went wrong (and right) with your entry? - Saltmarsh Jam 2026 - itch.io</title>
<meta name="csrf_token" value="WyI0NzIx"/><meta property="og:site_name" content="itch.io"/>
<link href="https://static.itch.example/main.css?1777" rel="stylesheet"/>
<script type="text/javascript">window.itchio_translations_url = 'https://static.itch.example/translations';</script>
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"DiscussionForumPosting","headline":"${title}",
"author":{"@type":"Person","name":"Quillon Marsh"}}</script></head>
<body data-page_name="community.topic" class="locale_en layout_widget responsive"><div id="wrapper" class="main wrapper">
<div class="header_widget base_widget"><div class="primary_header"><a href="https://itch.example" class="header_logo" title="itch.io">itch.io</a>
<div class="header_buttons">${head.map((t) => `<a class="header_button" href="#">${t}</a>`).join('')}</div>
<form class="game_search"><input class="search_input" placeholder="Search for games or creators"/></form>
<div class="user_panel_widget"><a href="/login" class="panel_button">Log in</a><a href="/register" class="panel_button register_button">Register</a></div>
</div></div>
<div class="inner_column"><div class="jam_header_widget"><div class="jam_title_header"><a href="/jam/saltmarsh-jam-2026">Saltmarsh Jam 2026</a></div>
<div class="jam_filler_nav">${jamNav.map((t) => `<a class="jam_nav_link" href="#">${t}</a>`).join(' ')}</div></div>
<div class="community_topic_page page_widget base_widget"><div class="breadcrumbs">${crumbs
  .map((c) => `<a href="#">${c}</a>`)
  .join(' <span class="chevron">›</span> ')}</div>
<div class="topic_header"><h1 class="topic_title">${title}</h1><div class="topic_stats">A topic by <a href="#">Quillon Marsh</a> created
<span title="2026-04-28 10:02:00">Apr 28, 2026</span> · Views: 641 · Replies: 4</div></div>
<div class="community_post_list_widget base_widget">
${posts.map(post).join('\n')}
</div>
<div class="community_post_form_widget"><p>Log in with itch.io to leave a comment.</p></div>
<div class="jam_sidebar">${side.map((s) => `<div class="stat_box">${s}</div>`).join('')}</div></div></div></div>
<div class="footer"><div class="primary">${links(foot)}</div>
<div class="secondary">Copyright © 2026 itch corp · Directory · Terms · Privacy · Cookies</div></div>
<script type="text/javascript">I.setup_page(); new I.CommunityTopic('.community_topic_page');</script></body></html>`;
const itch: TestPage = {
  name: 'heldout406-itchio-jam-community-forum',
  kind: 'forum',
  html,
  title,
  headings: [],
  body: texts(posts.flatMap(([, , b]) => b)),
  bylines: ['Quillon Marsh', 'pixelgannet', 'Birgit Oyelaran', 'tern_and_tide', '4 days ago', '3 days ago', '2 days ago', 'Apr 28, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'itch.io', ...head, 'Log in', 'Register', 'Saltmarsh Jam 2026', ...jamNav, 'General Discussion', 'A topic by', 'Views: 641', 'Replies: 4',
    '(+9)', '(+8)', '(+7)', '(+6)', '(+5)', 'Reply', 'Report', 'Log in with itch.io to leave a comment.', ...side, ...foot,
    'Copyright © 2026 itch corp · Directory · Terms · Privacy · Cookies',
  ],
};

export const HELDOUT406_F: readonly TestPage[] = [itch, medium];
