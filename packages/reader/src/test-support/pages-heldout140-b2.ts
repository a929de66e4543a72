import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 140, file b2: a Lobsters text story ("ask" tag) with nested comments, as a logged-out reader saves it:
 * the header nav with the traffic-meter logo title, the story row whose title is a span with role="heading" (no h1),
 * the score, tags, the byline with "authored by", time and comment count, the story text, comment rows with folding
 * checkboxes, avatars, names, times, "link" and "edited" markers, a quoted line in a reply, a code block, and the footer.
 */
const lbTitle = 'How do small teams handle on-call handoffs without a dedicated SRE?';
const lbText = [
  'We are four engineers running a modest SaaS product, and we rotate on-call weekly. The rotation itself works, but the handoff on ' +
    'Monday mornings is where things fall through the cracks: a flaky alert that somebody silenced, a customer who was promised a ' +
    'follow-up, a migration that is half done.',
  'Right now the handoff is a chat message that says “quiet week” or “see thread”, which is not much. I would like something lighter than ' +
    'a full incident process but better than nothing. What do other small teams do?',
];
type Lb = { id: string; user: string; ago: string; depth: number; paras: string[]; edited?: string; quote?: string; code?: string };
const lbComments: Lb[] = [
  {
    id: 'xq4tna',
    user: 'rmeadows',
    ago: '11 hours ago',
    depth: 0,
    paras: [
      'We keep a single running document per rotation with three headings: things that woke me up, things I silenced, things I promised ' +
        'someone. The outgoing person fills it in during the week, not at the end, and the handoff is a fifteen-minute call where you read ' +
        'it together.',
      'The “things I silenced” list is the important one. Every silenced alert has to be either fixed or deleted by the end of the next ' +
        'rotation, otherwise it gets raised at the weekly meeting.',
    ],
  },
  {
    id: 'bh2wzk',
    user: 'tessellate',
    ago: '10 hours ago',
    depth: 1,
    quote: 'things that woke me up, things I silenced, things I promised someone',
    paras: [
      'This is close to what we do, except we generate the first two lists from the paging tool so nobody has to remember. A tiny script ' +
        'pulls the week’s pages and silences into the document on Friday afternoon.',
    ],
    code: '$ oncall-report --since last-monday --format md >> handoff.md',
  },
  {
    id: 'p9vmcd',
    user: 'kjellstrom',
    ago: '9 hours ago',
    depth: 0,
    edited: 'edited 8 hours ago',
    paras: [
      'Consider moving the handoff to Thursday. Monday handoffs mean the new person starts the week already behind, and anything that broke ' +
        'over the weekend belongs to someone who has mentally checked out. A midweek handoff spreads that out.',
    ],
  },
  {
    id: 'zz81qe',
    user: 'odette',
    ago: '6 hours ago',
    depth: 0,
    paras: [
      'At your size I would worry less about the format and more about the promises. Customer follow-ups should live in the support tool with ' +
        'an owner and a date, not in the on-call notes, so they survive the rotation change without anyone carrying them in their head.',
    ],
  },
  {
    id: 'm3kd0v',
    user: 'lenamarsh',
    ago: '4 hours ago',
    depth: 1,
    paras: [
      'That is a fair point, and probably the root of most of our dropped balls. We will try the running document plus moving promises ' +
        'into the support tool, and revisit the Thursday idea after a month.',
    ],
  },
];
const lbNav = ['Active', 'Recent', 'Comments', 'Search'];
const lbFoot = ['About', 'Tags', 'Filter', 'Moderation Log'];
const lbComment = (c: Lb): string => `<li class="comments_subtree" id="${c.id}"><input id="comment_folder_${c.id}" class="comment_folder_button" type="checkbox"
autocomplete="off"><div id="c_${c.id}" data-shortid="${c.id}" class="comment"><label for="comment_folder_${c.id}" class="comment_folder"></label>
<div class="voters"><a class="upvoter" href="/login"></a></div><div class="details"><div class="byline"><a name="c_${c.id}"></a>
<a href="/~${c.user}"><img srcset="/avatars/${c.user}-16.png 1x, /avatars/${c.user}-32.png 2x" class="avatar" alt="${c.user} avatar" loading="lazy"
decoding="async"
src="/avatars/${c.user}-16.png" width="16" height="16"></a> <a href="/~${c.user}" class="">${c.user}</a>
<a href="/c/${c.id}" class="timeago"><time title="2025-11-04 10:12:40 -0600" datetime="2025-11-04 10:12:40 -0600">${c.ago}</time></a>${
  c.edited ? ` <span class="edited">${c.edited}</span>` : ''
}<span> | </span><a href="/c/${c.id}">link</a></div><div class="comment_text">${c.quote ? `<blockquote><p>${c.quote}</p></blockquote>\n` : ''}${c.paras
  .map((p) => `<p>${p}</p>`)
  .join('\n')}${c.code ? `\n<pre><code>${c.code}</code></pre>` : ''}</div></div></div>`;
const lbTree = (): string => {
  let out = '<ol class="comments comments1">';
  lbComments.forEach((c, i) => {
    const next = lbComments[i + 1];
    out += lbComment(c);
    if (next && next.depth > c.depth) out += '<ol class="comments">';
    else out += '<ol class="comments"></ol></li>';
    if (!next || next.depth < c.depth) out += '</ol></li>'.repeat(c.depth - (next?.depth ?? 0));
  });
  return `${out}</ol>`;
};
const lbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="always">
<meta name="theme-color" content="#AC130D"><link rel="apple-touch-icon" sizes="57x57" href="/apple-touch-icon-57x57.png">
<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="/rss"><link rel="stylesheet" href="/assets/application-5c1a8c2d.css">
<meta property="og:type" content="article"><meta property="og:title" content="${lbTitle}"><meta property="og:site_name" content="Lobsters">
<meta property="og:description" content="5 comments"><meta name="twitter:card" content="summary">
<title>${lbTitle} | Lobsters</title><script src="/assets/application-7f0e99b1.js" defer></script></head>
<body><header id="nav"><a id="logo" href="/" title="Lobsters (Current traffic: 61%)"></a><span class="navholder">${lbNav
  .map((t) => `<a href="/${t.toLowerCase()}">${t}</a>`)
  .join(' ')}</span><span class="headerlinks"><a href="/login">Login</a></span></header>
<div id="inside"><ol class="stories list"><li id="story_w7kq2m" data-shortid="w7kq2m" class="story"><div class="story_liner h-entry">
<div class="voters"><a class="upvoter" href="/login"></a><div class="score">38</div></div><div class="details"><span role="heading" aria-level="1"
class="link h-cite u-repost-of"><a class="u-url" href="/s/w7kq2m/how_do_small_teams_handle_on_call">${lbTitle}</a></span> <span class="tags">
<a class="tag tag_ask tag_is_media" title="Ask Lobsters" href="/t/ask">ask</a> <a class="tag tag_practices" title="Development and team practices"
href="/t/practices">practices</a></span><div class="byline"><a href="/~lenamarsh"><img srcset="/avatars/lenamarsh-16.png 1x, /avatars/lenamarsh-32.png 2x"
class="avatar" alt="lenamarsh avatar" loading="lazy" decoding="async" src="/avatars/lenamarsh-16.png" width="16" height="16"></a> <span> authored by </span>
<a class="u-author h-card user_is_author" href="/~lenamarsh">lenamarsh</a> <time title="2025-11-04 08:12:33 -0600" datetime="2025-11-04 08:12:33 -0600">13
hours ago
</time><span> | </span><a class="comments_label" href="/s/w7kq2m/how_do_small_teams_handle_on_call"> 5 comments </a></div></div></div>
<a href="/s/w7kq2m/how_do_small_teams_handle_on_call" class="mobile_comments" style="display: none;"><span>5</span></a></li></ol>
<div class="story_text">
${lbText.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<div id="story_comments">${lbTree()}</div>
</div>
<footer><a href="/about">${lbFoot[0]}</a> <a href="/tags">${lbFoot[1]}</a> <a href="/filters">${lbFoot[2]}</a> <a href="/moderations">${lbFoot[3]}</a></footer>
</body></html>`;
export const lobsters: TestPage = {
  html: lbHtml,
  name: 'heldout140-lobsters-ask-story',
  kind: 'forum',
  // the title is the role="heading" span; the story text and the comments are body; the quoted line and the code block
  // are in neither list; names, times, "authored by" and "edited" lines are bylines; score, tags, counts and links furniture
  title: lbTitle,
  headings: [],
  body: texts([...lbText, ...lbComments.flatMap((c) => c.paras)]),
  bylines: [...new Set(['authored by', 'lenamarsh', '13 hours ago', ...lbComments.flatMap((c) => [c.user, c.ago]), 'edited 8 hours ago'])],
  furniture: [...lbNav, 'Login', '38', 'ask', 'practices', '5 comments', 'link', ...lbFoot],
};
