import { type TestPage, texts } from './page-kit.js';
import { mbinThread } from './pages-heldout64-f2.js';

/**
 * Held-out batch 64, file f: a Tildes topic in ~comp with its text and a nested comment tree, as a logged-out reader saves it
 * (the site header with the group context, "Log in" and the sidebar toggle, the topic's h1, byline and tags, the topic text,
 * the comments header with the count, the sort form and the collapse/expand buttons, nested comment articles with their
 * collapse buttons, user links, times, an "(edited …)" time, vote counts and "Link", the sidebar with search, the group's
 * description and subscriber count, the topic information list and the topic log, and the footer).
 */
const tdTitle = 'Moving a family photo archive off a dying NAS: what would you have done differently?';
const tdText = [
  'My parents’ NAS, a twelve-year-old two-bay box holding about 900 GB of family photos, started throwing SMART warnings on one ' +
    'disk in January. The other disk was the same age and model, so I treated the whole thing as already dead.',
  'I copied everything to a new external drive first, then sorted out the long-term setup: two copies at home and one with my ' +
    'sister two hours away, with a checksum file so we can tell if anything changes. It took three weekends, and most of that ' +
    'time went on duplicates and folders called “New Folder (3)”.',
  'Posting partly as a warning and partly to ask: what would you have done differently? I’m sure I made at least one classic mistake.',
];
interface TdComment {
  id: string;
  user: string;
  age: string;
  iso: string;
  votes: number;
  paras: string[];
  edited?: string;
  kids?: TdComment[];
}
const tdComments: TdComment[] = [
  {
    ...{ id: 'c7k2', user: 'quietbadger', age: '3 days ago', iso: '2025-02-02T19:20:41Z', votes: 14 },
    paras: [
      'Good on you for copying first and sorting second. The classic mistake is trying to deduplicate on the failing device, which ' +
        'hammers the very disk you’re trying to save.',
      'The one thing I’d add is to test a restore from the off-site copy now, not when you need it. We found out the hard way that ' +
        'our backup at my brother’s house had been silently failing for eight months because his router changed its address.',
    ],
    kids: [
      {
        ...{ id: 'c7m9', user: 'ferngully', age: '3 days ago', iso: '2025-02-02T20:02:13Z', votes: 6 },
        paras: [
          'That’s a good shout. The off-site copy is a drive we swap by hand at Christmas and in summer, so there’s no network to ' +
            'fail, but I’ve never actually restored anything from it. I’ll do a test on my next visit.',
        ],
        kids: [
          {
            ...{ id: 'c7p1', user: 'quietbadger', age: '3 days ago', iso: '2025-02-02T20:31:55Z', votes: 5 },
            paras: ['Manual swaps are underrated. Fewer moving parts than any sync tool, and nobody can ransomware a drive in a drawer.'],
          },
        ],
      },
    ],
  },
  {
    ...{ id: 'c7n4', user: 'paperlantern', age: '3 days ago', iso: '2025-02-02T20:15:08Z', votes: 11, edited: '2 days ago' },
    paras: [
      'For the duplicates, a tool that matches on content hashes rather than names saves a lot of time, but be careful with edited ' +
        'photos. Some photo apps write the edit back into the original file, so the “duplicate” you delete might be the only copy ' +
        'with the rotation fixed.',
      'If you haven’t already, put a plain text README at the top of the archive explaining the folder structure. Future you, or ' +
        'your sister, will be grateful.',
    ],
    kids: [
      {
        ...{ id: 'c7r6', user: 'ferngully', age: '2 days ago', iso: '2025-02-03T08:44:30Z', votes: 4 },
        paras: ['The README is a great idea. My dad’s folder naming scheme changed at least four times over the years and only he knows why.'],
      },
    ],
  },
  {
    ...{ id: 'c7t3', user: 'halcyon_days', age: '2 days ago', iso: '2025-02-03T11:09:52Z', votes: 8 },
    paras: [
      'What format are the checksums in? If it’s a plain sha256sum file, anyone can verify it on any operating system in twenty ' +
        'years without special software, which matters more than most people think for a family archive.',
    ],
  },
];
const tdTime = (iso: string, text: string, cls = ''): string =>
  `<time class="${cls}time-responsive" datetime="${iso}" title="${iso.replace('T', ' ').replace('Z', ' UTC')}" data-abbreviated="${text.split(' ')[0]}d"><span
	class="time-responsive-full">${text}</span></time>`;
const tdComment = (c: TdComment, depth: number): string => `<li class="comment-tree-item">
<article id="comment-${c.id}" class="comment" data-comment-id36="${c.id}" data-comment-depth="${depth}" data-comment-replies="${(c.kids ?? []).length}">
	<header class="comment-header">
		<button class="comment-collapse-button" data-js-comment-collapse-button aria-label="Collapse"><span aria-hidden="true">−</span></button>
		<a class="link-user" href="/user/${c.user}">${c.user}</a>
		<div class="comment-votes">${c.votes} votes</div>
		${tdTime(c.iso, c.age, 'comment-posted-time ')}
		${c.edited === undefined ? '' : `<span class="comment-edited-time">(edited ${tdTime(c.iso, c.edited)})</span>`}
		<a class="comment-nav-link" href="/~comp/1mq8/moving_a_family_photo_archive#comment-${c.id}">Link</a>
	</header>
	<div class="comment-itself">
		<div class="comment-text">
${c.paras.map((p) => `<p>${p}</p>`).join('\n')}
		</div>
		<menu class="btn-post"></menu>
	</div>
	${c.kids === undefined ? '' : `<ol class="comment-tree comment-tree-replies">\n${c.kids.map((k) => tdComment(k, depth + 1)).join('\n')}\n</ol>`}
</article>
</li>`;
const tdFlat = (cs: readonly TdComment[]): TdComment[] => cs.flatMap((c) => [c, ...tdFlat(c.kids ?? [])]);
const tdTags = ['backups', 'storage', 'nas', 'photography'];
const tdFoot = ['Docs', 'Blog', 'Contact', 'Source code', 'Privacy policy', 'Terms of use'];
const tdAbout = 'Topics focused on the more technical side of computers, software, hardware and the internet.';
const tdFootText = 'Tildes is a non-profit site with no ads or investors, and is supported by donations from its users.';
const tdHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrftoken" content="b1e4c0a9f7d23e58c6a1">
<meta name="intercoolerjs:use-actual-http-method" content="true"/>
<link href="/css/site-icons.css" rel="stylesheet">
<link href="/css/styles.css?v=a8c3e1f2" rel="stylesheet">
<link rel="icon" type="image/png" sizes="32x32" href="/favicon-32x32.png">
<script src="/js/third_party.js?v=a8c3e1f2" defer></script>
<script src="/js/tildes.js?v=a8c3e1f2" defer></script>
<title>${tdTitle} ~comp Tildes</title>
<meta name="description" content="My parents' NAS, a twelve-year-old two-bay box holding about 900 GB of family photos">
</head>
<body class="theme-white" data-js-time-responsive>
<header id="site-header" data-js-hide-sidebar-if-open>
	<div class="site-header-context">
		<a href="/" class="site-header-logo">Tildes</a>
		<a href="/~comp" class="link-group">~comp</a>
	</div>
	<a class="site-header-login" href="/login">Log in</a>
	<a href="#sidebar" class="site-header-sidebar-button" data-js-sidebar-toggle>Sidebar</a>
</header>
<main id="site-main" data-js-hide-sidebar-if-open>
<article id="topic-1mq8" class="topic-full">
	<header>
		<h1>${tdTitle}</h1>
		<div class="topic-full-byline">
			${tdTime('2025-02-02T18:44:09Z', '3 days ago')}
			by <a href="/user/ferngully" class="link-user">ferngully</a>
		</div>
	</header>
	<div class="topic-full-tags">
		Tags:
		${tdTags.map((t) => `<a href="/~comp?tag=${t}">${t}</a>`).join(',\n\t\t')}
	</div>
	<div class="topic-full-text">
${tdText.map((p) => `<p>${p}</p>`).join('\n')}
	</div>
</article>
<section class="topic-comments">
	<header>
		<h2>${tdFlat(tdComments).length} comments</h2>
		<form class="form-listing-options" method="get" data-js-autosubmit-on-change>
			<label for="comment_order">Comments sorted by</label>
			<select id="comment_order" name="comment_order" class="form-select">
				<option value="relevance" selected>relevance</option>
				<option value="votes">votes</option>
				<option value="newest">newest first</option>
				<option value="posted">order posted</option>
			</select>
		</form>
		<div class="btn-group">
			<button class="btn btn-light btn-comment-collapse" data-js-comment-collapse-all-button>Collapse replies</button>
			<button class="btn btn-light btn-comment-expand" data-js-comment-expand-all-button>Expand all</button>
		</div>
	</header>
	<ol id="comments" class="comment-tree" data-js-comment-label-buttons>
${tdComments.map((c) => tdComment(c, 0)).join('\n')}
	</ol>
</section>
</main>
<aside id="sidebar">
	<div class="sidebar-controls">
		<h2>Sidebar</h2>
		<a href="#" class="btn btn-sm btn-link" data-js-sidebar-toggle>Close</a>
	</div>
	<form class="form-search" method="GET" action="/~comp/search">
		<div class="input-group"><input type="search" class="form-input input-sm" name="q" id="q" placeholder="Search ~comp">
			<button class="btn btn-sm btn-link">Search</button></div>
	</form>
	<h3><a href="/~comp" class="link-group">~comp</a></h3>
	<div class="group-short-description">${tdAbout}</div>
	<div class="group-subscription"><span class="group-subscription-count">6,218 subscribers</span></div>
	<a href="/~comp" class="btn btn-sm btn-light">Back to ~comp</a>
	<section class="topic-info">
		<h3>Topic information</h3>
		<dl>
			<dt>Published</dt><dd>Feb 2 2025</dd>
			<dt>Last comment</dt><dd>2 days ago</dd>
			<dt>Votes</dt><dd>41</dd>
		</dl>
	</section>
	<section class="topic-log">
		<h3>Topic log</h3>
		<ol class="topic-log-listing">
			<li class="topic-log-entry"><a href="/user/lamplighter" class="link-user">lamplighter</a> added tag 'photography'
				${tdTime('2025-02-02T21:10:00Z', '3 days ago')}</li>
		</ol>
	</section>
</aside>
<footer id="site-footer">
	<p>${tdFootText}</p>
	<ul class="site-footer-links">
		${tdFoot.map((t) => `<li class="site-footer-link"><a href="https://docs.tildes.example/${t.toLowerCase().replace(' ', '-')}">${t}</a></li>`).join('\n\t\t')}
	</ul>
</footer>
</body>
</html>`;
const tildes: TestPage = {
  html: tdHtml,
  name: 'heldout64-tildes-topic',
  kind: 'forum',
  // the topic text and all seven comments are body; the topic's byline ("3 days ago" by ferngully), the commenters' names, the
  // comment times and the "(edited 2 days ago)" time are bylines (repeated names and times listed once); the tags, vote counts,
  // "Link", the collapse buttons (a "−" sign, no word), the comments header with its sort form and buttons, the header, "Log in",
  // the sidebar (search, the group's description and subscriber count, topic information, the topic log with its moderator
  // name) and the footer are furniture; "Sidebar" is the header toggle and the sidebar's own h2 (listed once); the tag "nas" is
  // left off as a word of the title and text
  title: tdTitle,
  headings: [],
  body: [...texts(tdText), ...tdFlat(tdComments).flatMap((c) => texts(c.paras))],
  bylines: [...new Set(['ferngully', '3 days ago', ...tdFlat(tdComments).flatMap((c) => [c.user, c.age]), '(edited 2 days ago)'])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tildes', '~comp', 'Log in', 'Sidebar', 'Tags:', ...tdTags.filter((t) => t !== 'nas'), `${tdFlat(tdComments).length} comments`,
    'Comments sorted by', 'relevance', 'votes', 'newest first', 'order posted',
    'Collapse replies', 'Expand all', ...tdFlat(tdComments).map((c) => `${c.votes} votes`), 'Link', 'Close', 'Search', tdAbout, '6,218 subscribers',
    'Back to ~comp', 'Topic information', 'Published', 'Feb 2 2025', 'Last comment', 'Votes', '41', 'Topic log', 'lamplighter', "added tag 'photography'",
    tdFootText, ...tdFoot,
  ],
};

export const HELDOUT64_F: readonly TestPage[] = [tildes, mbinThread];
