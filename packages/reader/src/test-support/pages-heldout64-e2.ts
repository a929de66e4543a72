import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 64, file e2: a Lobsters story page (a link story submitted by its author, with a short story text) and its
 * nested comments, as a logged-out reader saves it (the nav header with the logo and Active/Recent/Comments/Search and Login,
 * the story liner with the upvoter and score, the title link, tags with their descriptions, the domain, the byline with the
 * avatar, "authored by", the time and the comment count, the story text, the comment subtrees with their folder checkboxes,
 * upvoters, bylines with avatar, name, permalink time and "link", and the footer).
 */
const lbTitle = 'Why we stopped writing man pages, and why we started again';
const lbText = [
  'Author here. This is a write-up of two years of maintaining the docs for a mid-sized command-line tool, including the part where ' +
    'we tried to replace the man pages with a website and then quietly went back.',
];
interface LbComment {
  id: string;
  user: string;
  age: string;
  iso: string;
  paras: string[];
  kids?: LbComment[];
}
const lbComments: LbComment[] = [
  {
    ...{ id: 'k3fw9q', user: 'kitbash', age: '4 hours ago', iso: '2025-04-08 10:03:11 -0500' },
    paras: [
      'The section about generating man pages from the <code>--help</code> output rings true. We did the same with a Python CLI, and ' +
        'within a year the man page was a wall of option names with no examples, because nobody ever went back to write prose around them.',
    ],
    kids: [
      {
        ...{ id: 'p8xkt2', user: 'rhoda', age: '3 hours ago', iso: '2025-04-08 10:41:52 -0500' },
        paras: [
          'That was exactly our experience. The turning point was a bug report from someone on a train with no signal who ran ' +
            '<code>man</code> and got nothing useful.',
          'Now each subcommand has a hand-written EXAMPLES section, and CI fails if a flag is added without one.',
        ],
        kids: [
          {
            ...{ id: 'q2m7zd', user: 'kitbash', age: '3 hours ago', iso: '2025-04-08 11:02:30 -0500' },
            paras: ['CI failing on a missing example is a neat trick. Does it also check that the examples still run?'],
            kids: [
              {
                ...{ id: 'v5hn1c', user: 'rhoda', age: '2 hours ago', iso: '2025-04-08 11:48:05 -0500' },
                paras: [
                  'Not yet. It only checks that every flag name appears in at least one example. Running them is on the list, but some ' +
                    'of them need network access or a real device attached.',
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  {
    ...{ id: 'z9d4ra', user: 'oblique_fen', age: '4 hours ago', iso: '2025-04-08 10:15:44 -0500' },
    paras: [
      'I would push back a little on the idea that nobody reads man pages any more. On servers without a browser, and in the middle of an ' +
        'incident, they are still the first thing I reach for. The problem is that most of them are written as a reference, not as help.',
    ],
    kids: [
      {
        ...{ id: 'b1wc8e', user: 'm_okafor', age: '1 hour ago', iso: '2025-04-08 12:20:19 -0500' },
        paras: [
          'Agreed. The OpenBSD pages are the counter-example everyone cites, and the reason they work is that someone edits them with the ' +
            'same care as the code, in the same commits.',
        ],
      },
    ],
  },
  {
    ...{ id: 'h6tr0w', user: 'sgreer', age: '50 minutes ago', iso: '2025-04-08 12:51:37 -0500' },
    paras: [
      'We ended up writing ours in scdoc, which is small enough that contributors actually edit the pages instead of treating them as ' +
        'generated output. That alone changed how often they were updated, more than any rule we wrote about it.',
    ],
  },
];
const lbSlug = '/s/mxq4re/why_we_stopped_writing_man_pages_why_we';
const lbAvatar = (u: string): string =>
  `<a href="/~${u}"><img srcset="/avatars/${u}-16.png 1x, /avatars/${u}-32.png 2x" class="avatar" alt="${u} avatar" loading="lazy" decoding="async"
			src="/avatars/${u}-16.png" width="16" height="16"></a>`;
const lbComment = (c: LbComment, depth: number): string => `<li class="comments_subtree" id="c_${c.id}">
<input id="comment_folder_${c.id}" class="comment_folder_button" type="checkbox" autocomplete="off">
<div id="c_${c.id}" data-shortid="${c.id}" class="comment ">
	<label for="comment_folder_${c.id}" class="comment_folder"></label>
	<div class="voters">
		<a class="upvoter" href="/login" aria-label="upvote"></a>
	</div>
	<div class="details">
		<div class="byline">
			<a name="c_${c.id}"></a>
			${lbAvatar(c.user)}
			<a class="${c.user === 'rhoda' ? 'user_is_author' : ''}" href="/~${c.user}">${c.user}</a>
			<a href="/c/${c.id}" class="comment_permalink"><time title="${c.iso}" datetime="${c.iso}">${c.age}</time></a>
			<span class="reason"></span>
			| <a href="${lbSlug}#c_${c.id}">link</a>
		</div>
		<div class="comment_text">
			${c.paras.map((p) => `<p>${p}</p>`).join('\n\t\t\t')}
		</div>
	</div>
</div>
<ol class="comments comments${depth + 1}">
${(c.kids ?? []).map((k) => lbComment(k, depth + 1)).join('\n')}
</ol>
</li>`;
const lbFlat = (cs: readonly LbComment[]): LbComment[] => cs.flatMap((c) => [c, ...lbFlat(c.kids ?? [])]);
const lbNav = ['Active', 'Recent', 'Comments', 'Search'];
const lbFoot = ['About', 'Tags', 'Filter', 'Moderation Log'];
const lbHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="referrer" content="always" />
<meta name="theme-color" content="#AC130D" />
<link rel="apple-touch-icon" sizes="57x57" href="/apple-touch-icon-57.png" />
<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="/rss" />
<link rel="alternate" type="application/rss+xml" title="Comments" href="${lbSlug}.rss" />
<link rel="stylesheet" href="/assets/application-7e2a91c4.css" media="all" />
<script src="/assets/application-3b8d0f1e.js" defer="defer"></script>
<meta property="og:title" content="${lbTitle}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="https://lobste.rs${lbSlug}" />
<title>${lbTitle} | Lobsters</title>
</head>
<body data-username="">
<header id="nav">
	<a id="logo" style="background-color: #AC130D;" href="/" title="Lobsters (Current traffic: 41%)" aria-label="Lobsters homepage"></a>
	<div class="navholder">
		<nav class="links">
			${lbNav.map((t) => `<a href="/${t.toLowerCase()}">${t}</a>`).join('\n\t\t\t')}
		</nav>
		<nav class="corner">
			<a href="/login">Login</a>
		</nav>
	</div>
</header>
<div id="inside">
<ol class="stories">
<li id="story_mxq4re" data-shortid="mxq4re" class="story">
	<div class="story_liner h-entry">
		<div class="voters">
			<a class="upvoter" href="/login" aria-label="upvote"></a>
			<div class="score">47</div>
		</div>
		<div class="details">
			<span role="heading" aria-level="1" class="link h-cite u-repost-of">
				<a class="u-url" href="https://rhoda.example/2025/04/man-pages/" rel="ugc noreferrer">${lbTitle}</a>
			</span>
			<span class="tags">
				<a class="tag tag_practices" title="Development and business practices" href="/t/practices">practices</a>
				<a class="tag tag_unix" title="*nix" href="/t/unix">unix</a>
			</span>
			<a class="domain" href="/domains/rhoda.example">rhoda.example</a>
			<div class="byline">
				${lbAvatar('rhoda')}
				<span> authored by </span>
				<a class="u-author h-card user_is_author" href="/~rhoda">rhoda</a>
				<time title="2025-04-08 08:56:20 -0500" datetime="2025-04-08 08:56:20 -0500">5 hours ago</time>
				<span> | </span>
				<a class="comments_label" href="${lbSlug}">7 comments</a>
			</div>
		</div>
	</div>
	<a href="${lbSlug}" class="mobile_comments" style="display: none;"><span>7</span></a>
</li>
</ol>
<div class="story_content">
	<div class="story_text">
		${lbText.map((p) => `<p>${p}</p>`).join('\n')}
	</div>
</div>
<ol class="comments comments1">
${lbComments.map((c) => lbComment(c, 1)).join('\n')}
</ol>
</div>
<footer>
	${lbFoot.map((t) => `<a href="/${t.toLowerCase().replace(' ', '')}">${t}</a>`).join('\n\t')}
</footer>
</body>
</html>`;
export const lobsters: TestPage = {
  html: lbHtml,
  name: 'heldout64-lobsters-story',
  kind: 'forum',
  // the story text (the author's note) and all six comments are body; the title is the story's link title; "authored by rhoda",
  // the commenters' names and the times are bylines (names and repeated ages listed once); the score, tags, domain, the comment
  // count, "link" under each comment, the nav, Login and the footer are furniture; the footer's "About" is left off as a body
  // word ("The section about")
  title: lbTitle,
  headings: [],
  body: [...texts(lbText), ...lbFlat(lbComments).flatMap((c) => texts(c.paras))],
  bylines: [...new Set(['authored by rhoda', '5 hours ago', ...lbFlat(lbComments).flatMap((c) => [c.user, c.age])])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...lbNav, 'Login', '47', 'practices', 'unix', 'rhoda.example', '7 comments', 'link', ...lbFoot.filter((t) => t !== 'About')],
};
