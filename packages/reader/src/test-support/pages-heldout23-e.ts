import { links, type TestPage, texts } from './page-kit.js';
import { wikivoyagePage } from './pages-heldout23-e2.js';

/**
 * Held-out batch 23, file e: a Tildes topic with nested comments, logged out (the site header with the group context and the
 * sidebar button, the topic's title, tags, byline and text, the "comments" header with its sort form, the comment tree with a
 * collapse button, user, time, vote count, "Link" and an "Exemplary" label on each comment, replies nested in ol lists, the
 * sidebar with search, the group's description, "Topic information" and "Topic log", and the footer with its theme picker).
 */
const tdTitle = 'I restored my grandfather’s hand plane this winter. What old tools have you brought back to life?';
const tdText = [
  'My grandfather was a joiner, and when he died my family kept one of his planes mostly because nobody could decide what else ' +
    'to do with it. It sat in a shed for twenty years. This winter I finally took it apart, soaked the rust off in vinegar, ' +
    'flattened the sole on sandpaper stuck to a piece of glass and spent an embarrassing number of evenings sharpening the blade.',
  'Last weekend it took its first shaving in decades, a long curl so thin you could read through it. I was ridiculously happy.',
  'So I’m curious: has anyone else brought an old tool back into use? I’d love to hear what worked, what didn’t, and whether ' +
    'you actually use the thing now or whether it lives on a shelf.',
];
type Comment = { user: string; time: string; votes: number; text: string[]; label?: string; replies?: Comment[] };
const tdComments: Comment[] = [
  {
    user: 'ashgrove',
    time: '1 day ago',
    votes: 14,
    label: 'Exemplary',
    text: [
      'Congratulations, that first shaving is a great feeling. I did the same with a set of chisels from a house clearance. The ' +
        'biggest lesson for me was that the back of the blade matters as much as the edge. Until I flattened the backs, nothing I ' +
        'did to the bevel made much difference.',
      'I use them every week now. Old steel is often better than people expect, it just needs the hours put in.',
    ],
    replies: [
      {
        user: 'fernhollow',
        time: '1 day ago',
        votes: 5,
        text: ['This is exactly what I found with the plane iron. How long did the backs take you? Mine felt like it went on forever.'],
        replies: [
          {
            user: 'ashgrove',
            time: '23 hours ago',
            votes: 4,
            text: [
              'The worst one took most of an afternoon. The trick I wish I had known earlier is that you only need the first ' +
                'inch or so flat, not the whole back.',
            ],
          },
        ],
      },
    ],
  },
  {
    user: 'quillon',
    time: '1 day ago',
    votes: 9,
    text: [
      'Not woodworking, but I rebuilt my mother’s 1960s sewing machine. It needed a new motor belt, a lot of oil and a very ' +
        'patient evening with the manual, which I found as a scanned PDF on a collectors’ forum.',
      'It sews through denim that makes my modern machine give up. I use it for all my mending now.',
    ],
    replies: [
      {
        user: 'marlpit',
        time: '20 hours ago',
        votes: 3,
        text: [
          'Seconding this. Old all-metal machines are wonderful. Just be careful with the wiring on anything that age; mine had ' +
            'a cracked cable that I only noticed when I took the cover off.',
        ],
      },
    ],
  },
  {
    user: 'kettleburn',
    time: '18 hours ago',
    votes: 6,
    text: [
      'A gentle counterpoint: I restored a saw that turned out to have a slight kink in the plate, and no amount of work fixed it. ' +
        'It hangs on the wall now. Sometimes the tool is the project, and that’s fine too.',
    ],
  },
];
const flat = (cs: Comment[]): Comment[] => cs.flatMap((c) => [c, ...flat(c.replies ?? [])]);
const tdAll = flat(tdComments);
const tdTags = ['woodworking', 'tools', 'restoration', 'ask.experiences'];
const tdFoot = ['Docs', 'Code', 'Issues', 'Privacy', 'Terms', 'Donate'];
const tdGroupDesc = 'Anything related to hobbies, crafts and the things people do for fun.';
const ids = ['b7qz', 'b7rm', 'b7t2', 'b7qv', 'b7s9', 'b7uc'];
const renderComment = (c: Comment, depth: number): string => {
  const id = ids[tdAll.indexOf(c)] ?? 'b7zz';
  return `<li class="comment-tree-item"><article id="comment-${id}" class="comment" data-comment-id36="${id}" data-comment-depth="${depth}">
<header class="comment-header"><button class="comment-header-button" data-js-comment-collapse-button title="Collapse reply">−</button>
<a class="link-user" href="/user/${c.user}">${c.user}</a>${c.user === 'fernhollow' ? ' <span class="comment-user-info">(OP)</span>' : ''}
<a href="/~hobbies/1kx3/i_restored_my_grandfathers_hand_plane#comment-${id}" class="comment-posted-time">
<time class="time-responsive" datetime="2025-11-06T09:14:00Z" title="Thursday, November 6, 2025 at 09:14:00 UTC">${c.time}</time></a>
<div class="comment-votes">${c.votes} votes</div>
${c.label ? `<div class="comment-labels"><span class="label label-comment-exemplary">${c.label}</span></div>` : ''}</header>
<div class="comment-itself"><div class="comment-text">${c.text.map((p) => `<p>${p}</p>`).join('')}</div>
<menu class="btn-post"><li><a class="btn-post-action" href="/~hobbies/1kx3/i_restored_my_grandfathers_hand_plane#comment-${id}">Link</a></li></menu></div>
${c.replies ? `<ol class="comment-tree comment-tree-replies">${c.replies.map((r) => renderComment(r, depth + 1)).join('\n')}</ol>` : ''}</article></li>`;
};
const tdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="intercoolerjs:use-data-prefix" content="true"><title>${tdTitle} - ~hobbies - Tildes</title>
<link rel="stylesheet" href="/css/site-theme.css?2025.11.01"><meta property="og:site_name" content="Tildes">
<script src="/js/site.js?2025.11.01" defer></script></head>
<body class="theme-white"><header id="site-header" data-js-hide-sidebar-if-open><a class="site-header-logo" href="/">Tildes</a>
<span class="site-header-context"><a href="/~hobbies">~hobbies</a></span>
<button class="btn btn-sm btn-link site-header-sidebar-button" data-js-sidebar-toggle>Sidebar</button></header>
<div id="site-main" data-js-hide-sidebar-if-open><main><article id="topic-1kx3" class="topic-full" data-topic-posted-by="fernhollow">
<header><h1>${tdTitle}</h1>
<ul class="topic-tags">
${tdTags.map((t) => `<li class="label label-topic-tag label-topic-tag-${t.replace('.', '-')}"><a href="/~hobbies?tag=${t}">${t}</a></li>`).join('')}</ul>
<div class="topic-full-byline">Posted by <a href="/user/fernhollow" class="link-user">fernhollow</a>
<time class="time-responsive" datetime="2025-11-05T18:22:10Z" title="Wednesday, November 5, 2025 at 18:22:10 UTC">2 days ago</time></div></header>
<div class="topic-full-text">${tdText.map((p) => `<p>${p}</p>`).join('\n')}</div></article>
<section class="topic-comments"><header><h2>${tdAll.length} comments</h2><form class="form-listing-options" method="get">
<label for="comment_order">Comments sorted by</label><select id="comment_order" name="comment_order" data-js-autosubmit-on-change>
<option value="relevance" selected>relevance</option><option value="votes">votes</option><option value="newest">newest first</option>
<option value="posted">order posted</option></select></form></header>
<ol class="comment-tree" id="comments">${tdComments.map((c) => renderComment(c, 0)).join('\n')}</ol></section></main>
<aside id="sidebar"><div class="sidebar-controls"><h3>Sidebar</h3><button class="btn btn-sm btn-link" data-js-sidebar-toggle>Close sidebar</button></div>
<form class="form-search" method="get" action="/~hobbies/search"><div class="input-group"><input type="search" class="form-input" name="q"
aria-label="Search" placeholder="Search..."><button class="btn btn-search" type="submit">Search</button></div></form>
<h3><a href="/~hobbies" class="link-group">~hobbies</a></h3><div class="group-short-description">${tdGroupDesc}</div>
<a class="btn btn-primary btn-block" href="/login?from_url=/~hobbies/1kx3">Log in to subscribe</a>
<section class="topic-info"><h3>Topic information</h3><dl><dt>Published</dt><dd><time datetime="2025-11-05T18:22:10Z">Nov 5, 2025</time></dd>
<dt>Last active</dt><dd><time class="time-responsive">18 hours ago</time></dd><dt>Votes</dt><dd>38</dd><dt>Comments</dt><dd>${tdAll.length}</dd></dl></section>
<section class="topic-log"><h3>Topic log</h3><ul class="topic-log-listing"><li class="topic-log-entry"><a class="link-user" href="/user/mgate">mgate</a>
added tag <span class="label label-topic-tag">ask.experiences</span> <time class="time-responsive">2 days ago</time></li></ul></section></aside></div>
<footer id="site-footer"><p class="site-footer-theme-selection"><label for="theme">Theme</label><select id="theme" data-js-theme-selector>
<option value="white" selected>White</option><option value="solarized-light">Solarized Light</option><option value="dracula">Dracula</option>
<option value="black">Black</option></select></p><ul class="site-footer-links">${links(tdFoot, 'site-footer-link')}</ul></footer>
</body></html>`;
const tildesTopic: TestPage = {
  html: tdHtml,
  name: 'heldout23-tildes-topic',
  kind: 'forum',
  // a forum thread: the topic text and every comment's text, nested replies included, are the body (the project counts a
  // thread's posts as its article); the thread has no section headings; the posters' names (topic and comments, "(OP)" in
  // neither) and every time line, plus the sidebar's published date, are bylines; the tags, "Posted by", the comment count
  // header and its sort form, vote counts, "Exemplary" labels, "Link" buttons, the sidebar (search, group and description,
  // "Log in to subscribe", topic information, topic log), the site header and the footer with its theme picker are furniture;
  // the collapse buttons ("−") have no words: left out; "~hobbies" (header, sidebar) is listed once
  title: tdTitle,
  headings: [],
  body: [...texts(tdText), ...tdAll.flatMap((c) => texts(c.text))],
  bylines: [
    'fernhollow',
    '2 days ago',
    'ashgrove',
    '1 day ago',
    '23 hours ago',
    'quillon',
    'marlpit',
    '20 hours ago',
    'kettleburn',
    '18 hours ago',
    'Nov 5, 2025',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tildes', '~hobbies', 'Sidebar', ...tdTags, 'Posted by', '6 comments', 'Comments sorted by', 'relevance', 'newest first', 'order posted',
    ...[...new Set(tdAll.map((c) => `${c.votes} votes`))], 'Exemplary', 'Link', 'Close sidebar', 'Search', tdGroupDesc, 'Log in to subscribe',
    'Topic information', 'Published', 'Last active', 'Votes', 'Comments', '38', 'Topic log', 'mgate', 'added tag', 'Theme', 'White', 'Solarized Light',
    'Dracula', 'Black', ...tdFoot,
  ],
};

export const HELDOUT23_E: readonly TestPage[] = [tildesTopic, wikivoyagePage];
