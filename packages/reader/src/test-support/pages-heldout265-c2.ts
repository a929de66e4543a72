import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout265-kit.js';

/**
 * Held-out batch 265, file c2: a Lobsters story page (no h1: the title is the span with role heading; the header links,
 * the story liner with score, tags, domain and the "authored by" byline, a short story text, the comment form notice, the
 * nested comments with their bylines and link / flag / reply links, and the footer links). A page whose main text is short.
 */
const title = 'Fifteen years of one SQLite file: what broke and what did not';
const story = [
  j(
    'Author here. This is a write-up of running a parish records database for a small historical society on a single',
    'SQLite file since 2011. Happy to answer questions about the backup scheme, which is the part people usually ask about.',
  ),
];
const comments: [string, string, number, string[]][] = [
  [
    'vellum',
    '19 hours ago',
    1,
    [
      j(
        'The section on schema changes matches my experience exactly. The database never failed us; our migrations did. Every',
        'outage we had was a script that assumed a column was there.',
      ),
    ],
  ],
  [
    'tarnbeck',
    '18 hours ago',
    2,
    [j('Did you ever hit the write lock in practice? The usual objection I hear is that two volunteers editing at the same', 'time will block each other.')],
  ],
  [
    'hestia_p',
    '17 hours ago',
    3,
    [
      j(
        'Twice in fifteen years, both during bulk imports. With the write-ahead log on, readers never wait, and a volunteer',
        'typing a baptism record is not exactly a heavy write load.',
      ),
      'The busy timeout is set to five seconds and nobody has noticed it.',
    ],
  ],
  [
    'quillon',
    '16 hours ago',
    1,
    [j('I liked that the backups are checked by restoring them, not just copied. A nightly copy that nobody opens is a wish,', 'not a backup.')],
  ],
  [
    'ondrej_k',
    '15 hours ago',
    1,
    [
      j(
        "The part about keeping the file on a cheap laptop in the society's office made me smile. People overbuild this",
        'kind of thing constantly; fifteen years of one file on modest hardware is a better argument than any benchmark.',
      ),
    ],
  ],
];
const tags = ['databases', 'practices'];
const cmt = ([user, age, depth, paras]: [string, string, number, string[]], i: number): string => `<li class="comments_subtree" id="c_q${i}">
<input id="comment_folder_q${i}" class="comment_folder_button" type="checkbox"><div id="c_q${i}" data-shortid="q${i}" class="comment" data-depth="${depth}">
<label for="comment_folder_q${i}" class="comment_folder"></label><div class="voters"><a class="upvoter" href="/login"></a><div
class="score">${9 - i}</div></div>
<div class="details"><div class="byline"><a name="c_q${i}"></a><a href="/~${user}"><img srcset="/avatars/${user}-16.png 1x" class="avatar" alt="${user} avatar"
loading="lazy" decoding="async" src="/avatars/${user}-16.png" width="16" height="16"></a> <a href="/~${user}">${user}</a>
<a href="/c/q${i}" class="comment_permalink"><time title="2026-11-19 16:00:00 -0600" datetime="2026-11-19 16:00:00 -0600">${age}</time></a>
<span> | </span><a href="/c/q${i}">link</a><span> | </span><a class="flagger">flag</a><span> | </span><a class="comment_replier" tabindex="0">reply</a></div>
<div class="comment_text">${ps(paras)}</div></div></div>`;
const nested = (i: number): string => cmt(comments[i] ?? ['', '', 1, []], i);
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/application.css"><link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="/rss">
<meta property="og:title" content="${title}"><meta name="twitter:site" content="@lobsters"><title>${title} | Lobsters</title></head>
<body data-username=""><header id="nav"><div id="headerleft"><a id="logo" style="background-color: #ac130d;" href="/" title="Lobsters (Current traffic:
31%)"></a>
<span class="headerlinks"><a href="/active">Active</a><a href="/recent">Recent</a><a href="/comments">Comments</a><a href="/search">Search</a></span></div>
<div id="headerright"><span class="headerlinks"><a href="/login">Login</a></span></div></header><div id="inside"><ol class="stories list">
<li id="story_pq4xzm" data-shortid="pq4xzm" class="story"><div class="story_liner h-entry"><div class="voters"><a class="upvoter" href="/login"></a>
<div class="score">58</div></div><div class="details"><span role="heading" aria-level="1" class="link h-cite u-repost-of">
<a class="u-url" href="https://ferncombe-history.example/notes/sqlite-fifteen-years">${title}</a></span>
<span class="tags">${tags.map((t) => `<a class="tag tag_${t}" title="${t}" href="/t/${t}">${t}</a>`).join(' ')}</span>
<a class="domain" href="/domains/ferncombe-history.example">ferncombe-history.example</a><div class="byline"><a href="/~hestia_p"><img class="avatar"
alt="hestia_p avatar" src="/avatars/hestia_p-16.png" width="16" height="16"></a> <span> authored by </span> <a class="u-author h-card user_is_author"
href="/~hestia_p">hestia_p</a> <time title="2026-11-19 09:41:08 -0600" datetime="2026-11-19 09:41:08 -0600">22 hours ago</time>
<span> | </span><a href="https://web.archive.org/web/3/https://ferncombe-history.example/notes/sqlite-fifteen-years">archive</a>
<span class="comments_label"><span> | </span><a role="heading" aria-level="2" href="/s/pq4xzm/fifteen_years_one_sqlite_file">5
comments</a></span></div></div></div>
<a href="/s/pq4xzm/fifteen_years_one_sqlite_file" class="mobile_comments" style="display: none;"><span>5</span></a></li></ol>
<div class="story_content"><div class="story_text">${ps(story)}</div></div>
<div class="comment comment_form_container"><p>You must <a href="/login">log in</a> or <a href="/signup">request an invitation</a> to comment.</p></div>
<ol class="comments comments1">${nested(0)}<ol class="comments">${nested(1)}<ol class="comments">${nested(2)}<ol class="comments"></ol></li></ol></li></ol></li>
${nested(3)}<ol class="comments"></ol></li>
${nested(4)}<ol class="comments"></ol></li></ol></div>
<footer><a href="/about">About</a><a href="/tags">Tags</a><a href="/filters">Filter</a><a href="/moderations">Moderation Log</a></footer></body></html>`;
export const lobsters: TestPage = {
  name: 'heldout265-lobsters-story',
  kind: 'forum',
  html,
  title,
  headings: [],
  body: texts([...story, ...comments.flatMap((c) => c[3])]),
  bylines: ['authored by', 'hestia_p', '22 hours ago', ...comments.flatMap((c) => (c[0] === 'hestia_p' ? [c[1]] : [c[0], c[1]]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Active', 'Recent', 'Comments', 'Search', 'Login', ...tags, 'ferncombe-history.example', 'archive', '5 comments', 'link', 'flag', 'reply',
    'You must log in or request an invitation to comment.', 'About', 'Tags', 'Filter', 'Moderation Log',
  ],
};
