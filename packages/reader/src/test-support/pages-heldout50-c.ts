import { links, type TestPage, texts } from './page-kit.js';
import { mathQuestion } from './pages-heldout50-c2.js';

/**
 * Held-out batch 50, file c: a question with two answers on a Codidact community (QPixel's server-rendered template: the
 * community header with "Sign up" / "Sign in", the category bar with "Ask Question", the post with its vote box, tags,
 * user cards with "asked ... by" and "edited ... by", "Permalink" / "History" / "Flag" tools, the license line, an expanded
 * comment thread, the answers header with its sort tabs, an answer with markdown headings and code, the "Sign up to answer"
 * box, the sidebar widgets and the network footer).
 */
const cdTitle = 'How can recursive_directory_iterator skip directories it cannot read instead of throwing?';
const cdQ = [
  'I am walking a large directory tree with <code>std::filesystem::recursive_directory_iterator</code> to add up file sizes. ' +
    'On my own machine it works, but on a shared server the loop stops halfway with a <code>filesystem_error</code> ' +
    '("Permission denied") as soon as it reaches a directory owned by another user.',
  'I want the walk to skip any directory it cannot open and carry on with the rest. This is the loop:',
  'I know about <code>directory_options::skip_permission_denied</code>, and passing it stopped the exception at the start of ' +
    'the walk, but I still get the same error later, from inside the loop. What am I doing wrong, and is there a portable way ' +
    'to make the iterator keep going?',
];
const cdQCode = [
  'std::uintmax_t total = 0;',
  'for (const auto&amp; entry : fs::recursive_directory_iterator(root)) {',
  '    if (entry.is_regular_file()) total += entry.file_size();',
  '}',
];
const cdComments = [
  'Which compiler and standard library? libstdc++ before GCC 11 had a bug where the option was ignored for the first entry.',
  'GCC 13.2 with libstdc++ on Debian 12. The option is honoured when the iterator opens a directory; the error comes later.',
];
const cdH1 = 'Why the option is not enough';
const cdA1a = [
  '<code>skip_permission_denied</code> only covers the moment the iterator <em>opens</em> a directory. The exception you see ' +
    'later comes from a different call: <code>entry.file_size()</code> and <code>entry.is_regular_file()</code> may need to ' +
    'stat the file, and those throwing overloads know nothing about the iterator&#39;s options.',
  'On some file systems the directory entry already carries the file type, so <code>is_regular_file()</code> does not touch ' +
    'the disk and you never see a problem. On others, network mounts in particular, it does, and a file inside a directory ' +
    'you can list but not search will fail there.',
];
const cdH2 = 'What to do instead';
const cdA1b = [
  'Pass the option, and use the overloads that take a <code>std::error_code</code> for everything you call on the entry. ' +
    'Increment the iterator by hand so that a failure to advance is also reported through an error code:',
  'This version never throws from the walk itself. If you want a report of what was skipped, log <code>ec.message()</code> ' +
    'with <code>it-&gt;path()</code> before each <code>continue</code>.',
];
const cdA1Code = [
  'std::error_code ec;',
  'fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;',
  'for (; !ec &amp;&amp; it != end; it.increment(ec)) {',
  '    if (!it-&gt;is_regular_file(ec) || ec) { ec.clear(); continue; }',
  '    auto size = it-&gt;file_size(ec);',
  '    if (!ec) total += size; else ec.clear();',
  '}',
];
const cdA2 = [
  'One more trap with the hand-written loop: if <code>increment(ec)</code> fails on a directory, the iterator is left in an ' +
    'unspecified state and continuing from it is not guaranteed to work. In practice libstdc++ and the Microsoft library both ' +
    'pop back to the parent, but if you need to be strictly portable, call <code>it.disable_recursion_pending()</code> before ' +
    'the increment when you already know the next entry is a directory you cannot read.',
  'If the tree is very large, also consider whether you need to follow symbolic links at all. Without ' +
    '<code>follow_directory_symlink</code> the iterator does not enter linked directories, which avoids loops and a whole ' +
    'class of permission errors on mounted shares.',
];
const cdHead = ['Software Development', 'Sign up', 'Sign in'];
const cdCat = ['Posts', 'Tags', 'Edits', 'Ask Question'];
const cdTags = ['c++', 'c++17', 'filesystem'];
const cdSide = [
  'Why does std::filesystem::file_size return an error on a FIFO?',
  'Portable way to get the disk usage of a directory in C++',
  'Error codes versus exceptions in std::filesystem',
];
const cdFoot = ['Codidact', 'About', 'Code of Conduct', 'Terms of Service', 'Privacy Policy', 'Donate', 'Codidact Foundation'];
/** A Codidact user card line: "asked 2 months ago by Name". */
const card = (verb: string, when: string, iso: string, user: string): string => `<div class="post--user h-fs-caption">\
<span class="h-c-tertiary-600">${verb} <span title="${iso}">${when}</span> by</span>
<a href="/users/${user.length * 311}" class="user-link" dir="ltr">${user}\u202d</a></div>`;
const tools = `<div class="post--tools"><a href="#" class="tools--item" data-action="permalink">Permalink</a>
<a href="#" class="tools--item">History</a><a href="#" class="tools--item flag-link">Flag</a></div>
<div class="post--license h-fs-caption">This post is licensed under <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>.</div>`;
const votes = (up: number, down: number): string => `<div class="post--votes"><button class="vote-button" aria-label="Upvote">▲</button>
<span class="score">+${up} −${down}</span><button class="vote-button" aria-label="Downvote">▼</button></div>`;
const cdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${cdTitle} - Software Development</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="stylesheet" href="/assets/application-4c2e1f.css">
<script src="/assets/application-4c2e1f.js" defer></script>
<meta property="og:title" content="${cdTitle}"><meta property="og:site_name" content="Software Development"></head>
<body class="has-background-gray-050"><header class="header is-small has-shadow-1"><div class="container header--container">
<div class="header--brand"><a class="header--site-name" href="/">${cdHead[0]}</a></div>
<div class="header--menu"><a class="header--item" href="/users/sign_up">${cdHead[1]}</a><a class="header--item" href="/users/sign_in">${cdHead[2]}</a>
</div></div></header>
<div class="category-header"><div class="container category-header--container"><div class="category-header--name"><a href="/categories/1">Q&amp;A</a></div>
<div class="category-header--tabs">${cdCat.map((c) => `<a class="category-header--tab" href="/categories/1/${c.toLowerCase()}">${c}</a>`).join('')}</div>\
</div></div>
<main class="container"><div class="grid"><div class="grid--cell is-9-lg is-12">
<div class="post" data-post-id="293817"><div class="post--container">${votes(6, 0)}
<div class="post--body"><h1 class="post--title">${cdTitle}</h1>
<div class="post--tags">${cdTags.map((t) => `<a class="badge is-tag" href="/categories/1/tags/${t}">${t}</a>`).join(' ')}</div>
<div class="post--content"><p>${cdQ[0]}</p><p>${cdQ[1]}</p><pre><code class="language-cpp">${cdQCode.join('\n')}
</code></pre><p>${cdQ[2]}</p></div>
${card('asked', '3 months ago', '2025-09-02T11:48:20Z', 'Halvard Neset')}
${card('edited', '3 months ago', '2025-09-02T12:03:51Z', 'Halvard Neset')}
${tools}
<div class="post--comments"><h4 class="h-fw-normal">1 comment thread</h4>
<div class="comment-thread"><div class="comment-thread-title"><a href="/comments/thread/9114">Which compiler and standard library?…</a>
<span class="h-c-tertiary-500">(2 comments)</span></div>
${cdComments
  .map(
    (c, i) => `<div class="comment" data-id="${41203 + i}"><div class="comment--body">${c}</div><span class="h-fs-caption">\
<a class="user-link" href="/users/${i}">${['Mireille Dufour', 'Halvard Neset'][i]}\u202d</a> wrote \
<span title="2025-09-02">${['3 months ago', '3 months ago'][i]}</span></span></div>`,
  )
  .join('\n')}
</div><a class="js-new-thread-link" href="#">Start a new comment thread</a></div></div></div></div>
<div class="post-list--header"><h2 class="h-m-0">2 answers</h2>
<div class="button-list is-gutterless"><a class="button is-muted is-outlined is-active" href="?sort=score">Score</a>
<a class="button is-muted is-outlined" href="?sort=active">Active</a><a class="button is-muted is-outlined" href="?sort=age">Age</a></div></div>
<div class="post" data-post-id="293822"><div class="post--container">${votes(9, 0)}<div class="post--body"><div class="post--content">
<h2>${cdH1}</h2>${cdA1a.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${cdH2}</h2><p>${cdA1b[0]}</p><pre><code class="language-cpp">${cdA1Code.join('\n')}
</code></pre><p>${cdA1b[1]}</p></div>
${card('answered', '3 months ago', '2025-09-02T14:10:33Z', 'Mireille Dufour')}
${tools}<div class="post--comments"><h4 class="h-fw-normal">0 comment threads</h4></div></div></div></div>
<div class="post" data-post-id="293840"><div class="post--container">${votes(3, 0)}<div class="post--body"><div class="post--content">
${cdA2.map((p) => `<p>${p}</p>`).join('\n')}</div>
${card('answered', '2 months ago', '2025-09-21T08:02:16Z', 'Oskar Brandt')}
${tools}<div class="post--comments"><h4 class="h-fw-normal">0 comment threads</h4></div></div></div></div>
<div class="notice is-info"><p><a href="/users/sign_up">Sign up</a> to answer this question »</p></div></div>
<aside class="grid--cell is-3-lg is-12"><div class="widget"><div class="widget--header">Related</div>
<div class="widget--body"><ul>${links(cdSide, 'widget--item')}</ul></div></div>
<div class="widget"><div class="widget--header">Community</div><div class="widget--body">
<p>Software Development is a Codidact community for questions and answers about writing code.</p></div></div></aside></div></main>
<footer class="footer"><div class="container"><ul>${links(cdFoot)}</ul>
<p>Content on this site is licensed under CC BY-SA unless otherwise noted. Powered by QPixel.</p></div></footer></body></html>`;
const codidact: TestPage = {
  html: cdHtml,
  name: 'heldout50-codidact-question',
  kind: 'forum',
  // a Q&A page: the question, the two comments of its (expanded) thread and both answers are body, the first answer's two
  // markdown h2 are the headings; the three <pre><code> blocks are code (neither); the thread's title, the first comment cut
  // short with "…", is in neither (a repeat); the names on the user cards and comments are bylines, and so are the times
  // ("3 months ago", "2 months ago", once each); "asked / edited / answered ... by" and "wrote" are in neither; the vote boxes,
  // tags, tools, license lines, comment thread counts, "Start a new comment thread", the answer count and sort buttons, the
  // "Sign up to answer" notice, the sidebar widgets, header, category bar and footer are furniture; the tag "filesystem" and
  // the footer's "About" are words of the body (left out)
  title: cdTitle,
  headings: [cdH1, cdH2],
  body: [...texts(cdQ), ...cdComments, ...texts(cdA1a), ...texts(cdA1b), ...texts(cdA2)],
  bylines: ['Halvard Neset', 'Mireille Dufour', 'Oskar Brandt', '3 months ago', '2 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cdHead, 'Q&A', ...cdCat, 'c++', 'c++17', '+6 −0', '+9 −0', '+3 −0', 'Permalink', 'History', 'Flag', 'This post is licensed under', 'CC BY-SA 4.0',
    '1 comment thread', '(2 comments)', 'Start a new comment thread', '2 answers', 'Score', 'Active', 'Age', '0 comment threads',
    'to answer this question »', 'Related', ...cdSide, 'Community',
    'Software Development is a Codidact community for questions and answers about writing code.',
    ...cdFoot.filter((t) => t !== 'About'), 'Content on this site is licensed under CC BY-SA unless otherwise noted. Powered by QPixel.',
  ],
};

export const HELDOUT50_C: readonly TestPage[] = [codidact, mathQuestion];
