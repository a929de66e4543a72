import { links, type TestPage, texts } from './page-kit.js';
import { flarumDiscussion } from './pages-heldout38-b2.js';

/**
 * Held-out batch 38, file b: a Tildes topic page (text topic in ~hobbies) saved logged out: the site header with the
 * group context and "Sidebar" button, the topic header with tags, byline and vote count, the topic text, the comment
 * section with its sort form, the nested comment tree (collapse buttons, "Link" and "Exemplary" label, an "(edited)" time,
 * a reply that quotes its parent), the sidebar with the group search, topic information and topic log, and the footer
 * with the theme selector.
 */
const tdTitle = 'What finally got you to stick with a musical instrument as an adult?';
const tdText = [
  'I have started and abandoned the cello three times since I turned thirty. Each time I rent an instrument, book a few ' +
    'lessons, practise hard for six weeks, and then a busy month at work kills the habit and I never pick it up again.',
  'For those of you who learned as adults and kept going past the first year: what made the difference? I am less ' +
    'interested in apps and gadgets than in how you arranged your life around it.',
];
interface TdComment {
  id: string;
  user: string;
  age: string;
  html: string;
  body: string[];
  edited?: string;
  label?: string;
  kids?: TdComment[];
}
const tdP = (ps: string[]): string => ps.map((p) => `<p>${p}</p>`).join('\n');
const fennel = [
  'Dropping the rule that I had to practise every day. The streak was the first thing to break, and once it broke I felt ' +
    'like I had failed and stopped altogether.',
  'Now I aim for four short sessions a week and I count ten minutes as a session. Most days ten minutes turns into thirty anyway.',
];
const fennelReply = ['The streak thing is exactly what happened to me last spring. Ten minutes sounds almost too small to count, which is probably the point.'];
const ostinato = ['Two things, in this order:'];
const ostinatoList = [
  'A teacher I saw every week, so there was someone who would notice if I had not practised.',
  'Playing with other people. I joined a community orchestra at a very low level and the concert dates gave me something to aim at.',
];
const ostinato2 = ['The second one matters more than people expect. Nobody wants to be the one who holds the viola section back.'];
const gregReply = [
  'Seconding the orchestra idea. Ours has a beginners section that rehearses for an hour before the main group, and half ' +
    'of the current members started there.',
];
const ostinatoReply = ['That is a lovely setup. I wish more groups did it; the jump from lessons to a full rehearsal is brutal.'];
const lumen = [
  'Keep the instrument out of its case. I put my guitar on a wall hook next to the kettle and started playing while the ' +
    'water boiled. It sounds silly, but removing the thirty seconds of unpacking removed most of my excuses.',
];
const tdComments: TdComment[] = [
  {
    id: '1h7k',
    user: 'fennel',
    age: '6 hours ago',
    label: 'Exemplary',
    html: tdP(fennel),
    body: fennel,
    kids: [
      {
        id: '1h8a',
        user: 'marrow',
        age: '5 hours ago',
        html: `<blockquote><p>Dropping the rule that I had to practise every day.</p></blockquote>\n${tdP(fennelReply)}`,
        body: fennelReply,
      },
    ],
  },
  {
    id: '1h7q',
    user: 'ostinato',
    age: '6 hours ago',
    edited: '5 hours ago',
    html: `${tdP(ostinato)}\n<ol>${ostinatoList.map((l) => `<li>${l}</li>`).join('\n')}</ol>\n${tdP(ostinato2)}`,
    body: [...ostinato, ...ostinatoList, ...ostinato2],
    kids: [
      {
        id: '1h9c',
        user: 'Greg',
        age: '4 hours ago',
        html: tdP(gregReply),
        body: gregReply,
        kids: [{ id: '1ha2', user: 'ostinato', age: '3 hours ago', html: tdP(ostinatoReply), body: ostinatoReply }],
      },
    ],
  },
  { id: '1h80', user: 'lumen_and_lye', age: '2 hours ago', html: tdP(lumen), body: lumen },
];
const tdComment = (c: TdComment, depth: number): string =>
  `<li class="comment-tree-item" data-comment-tree-item><article id="comment-${c.id}" class="comment${c.label ? ' is-comment-exemplary' : ''}" ` +
  `data-comment-id36="${c.id}" data-comment-depth="${depth}"><header class="comment-header"><button class="btn-comment-collapse"
title="Collapse reply comments" ` +
  `data-js-comment-collapse-button>−</button><a href="/user/${c.user}" class="link-user">${c.user}</a>` +
  `<a href="/~hobbies/1h6z/what_finally_got_you#comment-${c.id}" class="comment-posted-time"><time class="time-responsive" datetime="2025-10-14T12:40:00Z" ` +
  `title="2025-10-14 12:40:00 UTC" data-abbreviated="${Number.parseInt(c.age, 10)}h">${c.age}</time></a>${
    c.edited ? `<span class="comment-edited-time">(edited <time class="time-responsive" datetime="2025-10-14T13:02:00Z">${c.edited}</time>)</span>` : ''
  }${c.label ? `<div class="comment-label-${c.label.toLowerCase()}" title="This comment has been labeled ${c.label}">${c.label}</div>` : ''}</header>` +
  `<div class="comment-itself"><div class="comment-text">\n${c.html}\n</div><menu class="comment-buttons"><li><a class="comment-button" ` +
  `href="/~hobbies/1h6z/what_finally_got_you#comment-${c.id}">Link</a></li></menu></div>` +
  `${c.kids ? `<ol class="comment-tree comment-tree-replies">${c.kids.map((k) => tdComment(k, depth + 1)).join('\n')}</ol>` : ''}</article></li>`;
const flat = (cs: TdComment[]): TdComment[] => cs.flatMap((c) => [c, ...flat(c.kids ?? [])]);
const tdAll = flat(tdComments);
const tdTags = ['ask', 'music', 'learning', 'habits'];
const tdThemes = ['White (default)', 'Solarized Light', 'Solarized Dark', 'Dracula', 'Atom One Dark', 'Black', 'Zenburn', 'Gruvbox Dark'];
const tdFoot = ['Docs', 'Code', 'Issues', 'Contact', 'Privacy', 'Terms of use'];
const tdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="intercoolerjs:use-actual-http-method" content="true"><title>${tdTitle} ~hobbies Tildes</title>
<link rel="stylesheet" href="/css/site.css?da4c62f0"><link rel="stylesheet" href="/css/themes/white.css?da4c62f0">
<link href="/~hobbies/topics.atom" type="application/atom+xml" rel="alternate" title="Topics Atom feed">
<script src="/js/third_party.js?da4c62f0" defer></script><script src="/js/tildes.js?da4c62f0" defer></script></head>
<body class="theme-white">
<header id="site-header" data-js-hide-sidebar-if-open><a class="site-header-logo" href="/">Tildes</a>
<span class="site-header-context"><a href="/~hobbies" class="link-group">~hobbies</a></span>
<button class="btn btn-sm btn-link site-header-sidebar-button" data-js-sidebar-toggle>Sidebar</button></header>
<main id="site-main">
<article id="topic-1h6z" class="topic-full" data-topic-id36="1h6z">
<header><h1>${tdTitle}</h1>
<ul class="topic-tags">${tdTags.map((t) => `<li class="label label-topic-tag label-topic-tag-${t}"><a href="/~hobbies?tag=${t}">${t}</a></li>`).join('')}</ul>
<div class="topic-full-byline"><a href="/user/marrow" class="link-user">marrow</a>
<time class="time-responsive" datetime="2025-10-14T09:05:41Z" title="2025-10-14 09:05:41 UTC" data-abbreviated="9h">9 hours ago</time></div>
<div class="topic-voting"><span class="topic-voting-votes">23</span> <span class="topic-voting-label">votes</span></div></header>
<div class="topic-full-content"><div class="topic-full-text">
${tdP(tdText)}
</div></div></article>
<section class="topic-comments"><header><h2>31 comments</h2>
<form class="form-listing-options" method="get"><label for="comment_order">Comments sorted by</label><select id="comment_order" name="comment_order"
data-js-autosubmit-on-change><option value="relevance" selected>relevance</option><option value="votes">most votes</option>
<option value="newest">newest first</option><option value="posted">order posted</option></select><noscript><button type="submit"
class="btn btn-primary btn-sm">Go</button></noscript></form></header>
<ol id="comments" class="comment-tree comment-tree-root">
${tdComments.map((c) => tdComment(c, 0)).join('\n')}
</ol><p class="text-secondary">26 more comments are hidden because they were posted in reply to collapsed threads.</p></section></main>
<aside id="sidebar"><div class="sidebar-controls"><h3>~hobbies</h3><button class="btn btn-sm btn-link" data-js-sidebar-toggle>Close</button></div>
<form class="form-search" method="GET" action="/~hobbies/search"><div class="input-group"><input type="search" class="form-input input-sm" name="q"
id="q" placeholder="Search topics in ~hobbies"><button class="btn btn-sm btn-link">Search</button></div></form>
<a href="/~hobbies" class="link-group">~hobbies</a><p>Discussion of hobbies of all kinds, from model trains to fermentation.</p>
<section class="topic-info"><h2>Topic information</h2><dl><dt>Published</dt><dd><time datetime="2025-10-14T09:05:41Z">Oct 14, 2025</time></dd>
<dt>Last comment</dt><dd><time datetime="2025-10-14T16:12:09Z">Oct 14, 2025 16:12 UTC</time></dd><dt>Comments</dt><dd>31</dd>
<dt>Word count</dt><dd>97 words</dd></dl></section>
<section class="topic-log"><h3>Topic log</h3><ol class="topic-log-listing"><li class="topic-log-entry"><a href="/user/Deimos" class="link-user">Deimos</a>
added tag <span class="label label-topic-tag">habits</span> <time class="time-responsive" datetime="2025-10-14T10:00:12Z">8h</time></li></ol></section></aside>
<footer id="site-footer"><p class="site-footer-theme-selection"><label for="theme">Theme</label>: <select id="theme" name="theme" data-js-theme-selector>
${tdThemes.map((t, i) => `<option value="t${i}"${i === 0 ? ' selected' : ''}>${t}</option>`).join('')}</select></p>
<ul class="site-footer-links">${links(tdFoot, 'site-footer-link')}</ul></footer>
</body></html>`;
const tildesTopic: TestPage = {
  html: tdHtml,
  name: 'heldout38-tildes-topic',
  kind: 'forum',
  // the topic text and every comment are body (the ordered list items of ostinato's comment too); marrow's reply quotes
  // fennel's first words: the quote is in neither list; usernames, post ages, the edited time and the sidebar's publishing
  // date and last comment time are bylines ("(edited" around it in neither); tags, the vote count, "31 comments", the sort form, collapse buttons,
  // "Link", the "Exemplary" label, the hidden-comments note, the sidebar (group, search, topic information labels and
  // values, the topic log, where "Deimos" is a moderator acting, not a poster), the header and the footer are furniture
  title: tdTitle,
  headings: [],
  body: [...texts(tdText), ...tdAll.flatMap((c) => c.body)],
  bylines: [
    'marrow',
    '9 hours ago',
    'Oct 14, 2025',
    'Oct 14, 2025 16:12 UTC',
    ...[...new Set(tdAll.flatMap((c) => [c.user, c.age, ...(c.edited ? [c.edited] : [])]))].filter((s) => s !== 'marrow' && s !== '5 hours ago'),
    '5 hours ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tildes', '~hobbies', 'Sidebar', ...tdTags, '23', 'votes', '31 comments', 'Comments sorted by', 'relevance', 'most votes', 'newest first',
    'order posted', 'Go', '−', 'Link', 'Exemplary', '26 more comments are hidden because they were posted in reply to collapsed threads.', 'Close',
    'Search', 'Discussion of hobbies of all kinds, from model trains to fermentation.', 'Topic information', 'Published', 'Last comment',
    '31', 'Word count', '97 words', 'Topic log', 'Deimos', 'added tag', '8h', 'Theme', ...tdThemes, ...tdFoot,
  ],
};

export const HELDOUT38_B: readonly TestPage[] = [tildesTopic, flarumDiscussion];
