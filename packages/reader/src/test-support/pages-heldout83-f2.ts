import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 83, file f2: a GitHub Discussions Q&A thread as a signed-out visitor saves it (skip link, the marketing
 * header, the repository header and tabs, the discussion header with the title, number, "New discussion", the "Answered"
 * state and the "asked this question in Q&A" line, the "Answered by ... View full answer" box, the question with its upvote
 * count and reactions, the "converted from issue" notice, the comment count with sort tabs, the answer marked "Answer selected
 * by", "Maintainer" / "Author" badges, nested replies with an "edited" menu, the sidebar with category, labels and
 * participants, the "Sign up for free" prompt and the site footer).
 */
const gdTitle = 'How do I keep the cursor position after replacing the document content?';
interface GdPost {
  id: number;
  user: string;
  date: string;
  badge?: string;
  edited?: boolean;
  html: string[];
  code?: string;
  after?: string[];
  votes?: string;
  reactions?: [string, string][];
  answer?: boolean;
  replies?: GdPost[];
}
const gdQuestion: GdPost = {
  id: 0,
  user: 'mkoenig',
  date: 'Nov 2, 2025',
  html: [
    'I am building a collaborative note app on top of Quill 3. When a remote change arrives I call <code>editor.setContent(newDoc)</code>, ' +
      'which works, but the cursor always jumps to the start of the document. For a user who is in the middle of typing this is really disruptive.',
    'I tried saving <code>editor.selection</code> before the call and restoring it afterwards, but if the remote change inserted text before ' +
      'the cursor, the restored position is now off by the length of the insert.',
    'I am on 3.2.1 with the plain JavaScript build, no framework wrapper, and the remote documents come from our own sync server as JSON.',
  ],
  code: `const sel = editor.selection;
editor.setContent(remoteDoc);
editor.setSelection(sel); // off by the length of the remote insert`,
  after: ['Is there a supported way to replace content and keep the selection where it logically belongs?'],
  votes: '9',
  reactions: [['👍', '4']],
};
const gdComments: GdPost[] = [
  {
    id: 11288401,
    user: 'thao-nguyen',
    date: 'Nov 2, 2025',
    badge: 'Maintainer',
    answer: true,
    html: [
      '<code>setContent</code> is meant for loading a document, not for applying changes, so it throws away the selection on purpose. For ' +
        'remote edits you want <code>editor.applyChange()</code>, which takes a change set instead of a whole document and maps the selection ' +
        'through it.',
      'If your sync layer only gives you whole documents, you can compute the change set yourself with <code>diffDocs()</code> from ' +
        '<code>@quillmark/diff</code> and then apply it:',
    ],
    code: `import { diffDocs } from '@quillmark/diff';

const change = diffDocs(editor.getContent(), remoteDoc);
editor.applyChange(change, { origin: 'remote', addToHistory: false });`,
    after: [
      'The selection is mapped through every step of the change, so if text is inserted before the cursor, the cursor moves right by the ' +
        'length of the insert, which is what you want.',
    ],
    votes: '12',
    reactions: [
      ['👍', '7'],
      ['🎉', '2'],
    ],
    replies: [
      {
        id: 11288955,
        user: 'mkoenig',
        date: 'Nov 2, 2025',
        badge: 'Author',
        html: [
          'That was exactly it, thank you. Switching to <code>applyChange</code> fixed the jump, and the undo history also stopped picking up ' +
            'remote edits, which was a bug I had not even noticed yet.',
        ],
      },
      {
        id: 11289310,
        user: 'thao-nguyen',
        date: 'Nov 3, 2025',
        badge: 'Maintainer',
        edited: true,
        html: [
          'Glad it worked. I have opened #1880 to add a warning to the <code>setContent</code> docs, since you are not the first person to run into this.',
        ],
      },
    ],
  },
  {
    id: 11294027,
    user: 'rbalogun',
    date: 'Nov 3, 2025',
    html: [
      'One more thing if you use <code>diffDocs</code> on every remote update: for large documents it can take a few milliseconds. We debounce ' +
        'remote updates to 50 ms and have not noticed any lag. It also means a burst of edits from one collaborator arrives as a single change, ' +
        'which keeps the undo history tidier for everyone else.',
    ],
    votes: '3',
    replies: [{ id: 11294410, user: 'mkoenig', date: 'Nov 3, 2025', badge: 'Author', html: ['Good tip, I will do the same.'] }],
  },
];
const gdMktg = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const gdTabs: [string, string][] = [
  ['Code', ''],
  ['Issues', '112'],
  ['Pull requests', '14'],
  ['Discussions', ''],
  ['Actions', ''],
  ['Security', ''],
  ['Insights', ''],
];
const gdConverted = 'This discussion was converted from issue #1869 on November 2, 2025 10:12.';
const gdLabels = ['question', 'editor-api'];
const gdFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Community', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const gdBody = (p: GdPost): string => `<td class="d-block color-fg-default comment-body markdown-body js-comment-body">
${p.html.map((h) => `<p dir="auto">${h}</p>`).join('\n')}${
  p.code
    ? `\n<div class="highlight highlight-source-js notranslate position-relative overflow-auto" dir="auto"><pre>${p.code}</pre><div
class="zeroclipboard-container">
<clipboard-copy aria-label="Copy" class="ClipboardButton btn btn-invisible js-clipboard-copy m-2 p-0" role="button"></clipboard-copy></div></div>`
    : ''
}${(p.after ?? []).map((h) => `\n<p dir="auto">${h}</p>`).join('')}</td>`;
const gdHead = (
  p: GdPost,
): string => `<div class="timeline-comment-header d-flex flex-items-center"><a class="d-inline-block" href="/${p.user}"><img class="avatar avatar-user"
src="https://avatars.githubusercontent.example/u/${p.id}?s=60" width="30" height="30" alt="@${p.user}"></a><h3
class="timeline-comment-header-text f5 text-normal ml-2">
<strong><a class="author Link--primary text-bold css-overflow-wrap-anywhere" href="/${p.user}">${p.user}</a></strong>
${p.badge ? `<span class="Label Label--secondary ml-1" aria-label="This user is a ${p.badge.toLowerCase()}">${p.badge}</span>` : ''}
<a href="#discussioncomment-${p.id}" class="Link--secondary js-timestamp"><relative-time datetime="2025-11-02T10:12:44Z"
class="no-wrap">${p.date}</relative-time></a>
${
  p.edited
    ? `<details class="details-overlay details-reset d-inline-block dropdown"><summary class="btn-link no-underline color-fg-muted"><span
title="Edited by ${p.user}">edited</span></summary></details>`
    : ''
}
</h3></div>`;
const gdVote = (n: string): string => `<div class="discussion-vote-form d-flex flex-column flex-items-center mr-2"><button type="button" class="btn-octicon"
aria-label="Upvote: ${n}" disabled><svg class="octicon octicon-arrow-up"></svg></button><span class="js-upvote-count text-bold f6">${n}</span></div>`;
const gdReact = (r: [string, string][] = []): string =>
  `<div class="comment-reactions d-flex flex-items-center">${r
    .map(
      ([e, n]) => `<button class="social-reaction-summary-item btn-link d-inline-block" disabled><g-emoji class="social-button-emoji">${e}</g-emoji>
<span class="js-discussion-reaction-group-count">${n}</span></button>`,
    )
    .join('')}</div>`;
const gdReply = (p: GdPost): string => `<div class="discussion-nested-comment-timeline-item js-comment-container pl-3" id="discussioncomment-${p.id}">
${gdHead(p)}<table class="d-block"><tbody class="d-block"><tr class="d-block">${gdBody(p)}</tr></tbody></table></div>`;
const gdComment = (
  p: GdPost,
): string => `<div class="timeline-comment-group discussion-timeline-item${p.answer ? ' discussion-answer-comment' : ''}" id="discussioncomment-${p.id}">
${p.answer ? '<div class="color-fg-success f6 text-bold px-3 pt-2"><svg class="octicon octicon-check-circle-fill"></svg> Answer selected by mkoenig</div>' : ''}
<div class="d-flex">${gdVote(p.votes ?? '0')}<div class="timeline-comment flex-auto">${gdHead(p)}<table class="d-block"><tbody class="d-block"><tr
class="d-block">${gdBody(p)}
</tr></tbody></table>${gdReact(p.reactions)}</div></div>
${
  p.replies
    ? `<div class="discussion-nested-comments pl-5"><div
class="f6 color-fg-muted py-2">${p.replies.length} ${p.replies.length === 1 ? 'reply' : 'replies'}</div>
${p.replies.map(gdReply).join('\n')}</div>`
    : ''
}</div>`;
const gdSlug = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const gdHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8">
<title>${gdTitle} · quillmark/quill · Discussion #1874 · GitHub</title><meta name="description"
content="I am building a collaborative note app on top of Quill 3.">
<meta property="og:title" content="${gdTitle} · quillmark/quill · Discussion #1874"><meta name="route-controller" content="discussions"><meta
name="route-action" content="show">
<link crossorigin="anonymous" rel="stylesheet" href="https://github.githubassets.example/assets/github-9d7c4e51.css">
<script crossorigin="anonymous" defer="defer" type="application/javascript"
src="https://github.githubassets.example/assets/discussions-4e1a7c.js"></script></head>
<body class="logged-out env-production page-responsive"><div data-turbo-body class="logged-out env-production page-responsive">
<div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content"
class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus
js-skip-to-content">Skip to content</a><header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner"><div
class="container-xl
mx-auto d-flex flex-items-stretch px-3"><a class="mr-lg-3 color-fg-inherit flex-order-2" href="https://github.com/" aria-label="Homepage"><svg
class="octicon octicon-mark-github">
</svg></a><nav class="mt-0 px-3 px-lg-0 mb-3 mb-lg-0" aria-label="Global"><ul class="d-lg-flex list-style-none">${gdMktg
  .map(
    (t) =>
      `<li class="HeaderMenu-item position-relative d-block d-lg-flex"><button type="button"
class="HeaderMenu-link border-0 px-0 px-lg-2 py-lg-2">${t}</button></li>`,
  )
  .join(
    '\n',
  )}</ul></nav><div class="d-lg-flex flex-items-center ml-3"><qbsearch-input class="search-input"><button type="button" class="header-search-button placeholder
input-button form-control"><span class="flex-1">Search or jump to...</span></button></qbsearch-input><a href="/login"
class="HeaderMenu-link HeaderMenu-link--sign-in
HeaderMenu-button">Sign in</a><a href="/signup" class="HeaderMenu-link HeaderMenu-link--sign-up HeaderMenu-button">Sign up</a></div></div></header></div>
<div id="start-of-content" class="show-on-focus"></div><div class="application-main"><main id="js-repo-pjax-container"><div id="repository-container-header"
class="pt-3">
<div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5"><div class="flex-auto min-width-0 width-fit"><div
class="d-flex flex-wrap flex-items-center f3 text-normal">
<span class="author flex-self-stretch"><a class="url fn" rel="author" href="/quillmark">quillmark</a></span><span
class="mx-1 flex-self-stretch color-fg-muted">/</span>
<strong class="mr-2 flex-self-stretch"><a href="/quillmark/quill">quill</a></strong><span
class="Label Label--secondary v-align-middle mr-1">Public</span></div></div>
<ul class="pagehead-actions flex-shrink-0 d-none d-md-inline"><li><a href="/login" class="btn-sm btn"><svg
class="octicon octicon-bell mr-2"></svg>Notifications</a></li>
<li><a href="/login" class="btn-sm btn"><svg class="octicon octicon-repo-forked mr-2"></svg>Fork <span class="Counter" title="861">861</span></a></li>
<li><a href="/login" class="btn-sm btn"><svg class="octicon octicon-star mr-2"></svg><span class="d-inline">Star</span> <span class="Counter js-social-count"
title="14,208">14.2k</span></a></li></ul></div><nav aria-label="Repository" class="js-repo-nav UnderlineNav px-3 px-md-4 px-lg-5"><ul
class="UnderlineNav-body list-style-none">
${gdTabs
  .map(
    ([t, n]) => `<li class="d-inline-flex"><a href="/quillmark/quill/${gdSlug(t)}" class="UnderlineNav-item${t === 'Discussions' ? ' selected' : ''}"><span
data-content="${t}">${t}</span>
<span class="Counter"${n === '' ? ' hidden="hidden"' : ''}>${n}</span></a></li>`,
  )
  .join('')}</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top"><div id="repo-content-pjax-container" class="repository-content"><div
class="container-xl clearfix px-3 px-md-4 px-lg-5 mt-4">
<div class="gh-header mb-3 js-details-container Details discussion" id="partial-discussion-header"><div class="gh-header-show"><div
class="d-flex flex-column flex-md-row">
<h1 class="gh-header-title mb-2 lh-condensed f1 mr-0 flex-auto wb-break-word"><span class="js-issue-title markdown-title">${gdTitle}</span>
<span class="f1-light color-fg-muted">#1874</span></h1><div
class="gh-header-actions mt-0 mb-3 mb-md-2 ml-0 flex-md-order-1 flex-shrink-0 d-flex flex-items-center gap-1">
<a class="btn btn-sm btn-primary" href="/login?return_to=%2Fquillmark%2Fquill%2Fdiscussions%2Fnew">New discussion</a></div></div>
<div class="gh-header-meta d-flex flex-items-center flex-wrap mb-3 pb-1"><span title="Status: Answered"
class="State State--merged mr-2 d-flex flex-items-center">
<svg class="octicon octicon-check-circle-fill mr-1"></svg>Answered</span><div class="flex-auto min-width-0 mb-2"><a class="Link--secondary text-bold"
href="/mkoenig">mkoenig</a>
asked this question in <a href="/quillmark/quill/discussions/categories/q-a"><g-emoji class="emoji">🙏</g-emoji> Q&amp;A</a></div></div></div></div>
<div class="Layout Layout--flowRow-until-md Layout--sidebarPosition-end"><div class="Layout-main"><div
class="discussion-answered-box Box color-bg-success p-3 mb-3">
<div class="d-flex flex-items-center"><span class="f6">Answered by</span> <a class="text-bold ml-1" href="/thao-nguyen">thao-nguyen</a>
<a class="btn btn-sm ml-auto" href="#discussioncomment-11288401">View full answer</a></div></div>
<div class="timeline-comment-group discussion-timeline-item" id="discussion-1874"><div class="d-flex">${gdVote(gdQuestion.votes ?? '0')}<div
class="timeline-comment flex-auto">
${gdHead(gdQuestion)}<table class="d-block"><tbody class="d-block"><tr
class="d-block">${gdBody(gdQuestion)}</tr></tbody></table>${gdReact(gdQuestion.reactions)}</div></div></div>
<div class="TimelineItem"><div class="TimelineItem-badge"><svg class="octicon octicon-comment-discussion"></svg></div><div
class="TimelineItem-body">${gdConverted}</div></div>
<div class="d-flex flex-items-center flex-justify-between py-3"><h2 class="f4 text-normal">2 comments · 3 replies</h2><nav class="SegmentedControl"
aria-label="Sort comments">
<a class="SegmentedControl-item" href="?sort=old">Oldest</a><a class="SegmentedControl-item" href="?sort=new">Newest</a><a
class="SegmentedControl-item selected" href="?sort=top">Top</a></nav></div>
${gdComments.map(gdComment).join('\n')}
<div class="flash flash-warn mt-3"><a class="btn btn-primary"
href="/signup?source=comment-discussion">Sign up for free</a> <strong>to join this conversation on GitHub</strong>.
Already have an account? <a href="/login?return_to=%2Fquillmark%2Fquill%2Fdiscussions%2F1874">Sign in to comment</a></div></div>
<div class="Layout-sidebar"><div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading">Category</h3><a
href="/quillmark/quill/discussions/categories/q-a">
<g-emoji class="emoji">🙏</g-emoji> Q&amp;A</a></div><div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading">Labels</h3>
${gdLabels.map((l) => `<a class="IssueLabel hx_IssueLabel" href="/quillmark/quill/discussions?discussions_q=label%3A${l}">${l}</a>`).join('\n')}</div>
<div class="discussion-sidebar-item"><h3 class="discussion-sidebar-heading">3 participants</h3><div class="participation-avatars">${[
  'mkoenig',
  'thao-nguyen',
  'rbalogun',
]
  .map(
    (u) =>
      `<a class="participant-avatar" href="/${u}"><img class="avatar avatar-user" alt="@${u}" width="26" height="26"
src="https://avatars.githubusercontent.example/${u}"></a>`,
  )
  .join('')}</div></div></div></div></div></div></turbo-frame></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div
class="d-flex flex-justify-center flex-items-center">
<span>© 2025 GitHub, Inc.</span><nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3><ul
class="list-style-none d-flex flex-wrap">
${links(gdFoot, 'mx-2')}</ul></nav></div></footer></div></body></html>`;
const gdAll = [gdQuestion, ...gdComments.flatMap((c) => [c, ...(c.replies ?? [])])];

export const githubDiscussion: TestPage = {
  name: 'heldout83-github-discussions-forum',
  kind: 'forum',
  html: gdHtml,
  // the question, the answer and every comment and reply are body (code blocks in neither list); user names, dates,
  // "asked this question in" and "edited" are bylines; the state, "Answered by" box, badges, votes, reactions, the
  // "converted from issue" notice, counts, sort tabs, sidebar and sign-up prompt are furniture
  title: gdTitle,
  headings: [],
  body: texts(gdAll.flatMap((p) => [...p.html, ...(p.after ?? [])])),
  bylines: [...new Set([...gdAll.flatMap((p) => [p.user, p.date]), 'asked this question in', 'edited'])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', ...gdMktg, 'Search or jump to...', 'Sign in', 'Sign up', 'quillmark', 'quill', 'Public', 'Notifications', 'Fork', '861', 'Star',
    '14.2k', ...gdTabs.flatMap(([t, n]) => (n === '' ? [t] : [t, n])), '#1874', 'New discussion', 'Answered', 'Q&A', 'Answered by', 'View full answer',
    gdConverted, '2 comments · 3 replies', 'Oldest', 'Newest', 'Top', 'Answer selected by mkoenig', 'Maintainer', 'Author', '2 replies', '1 reply',
    'Sign up for free', 'to join this conversation on GitHub', 'Already have an account?', 'Sign in to comment', 'Category', 'Labels', ...gdLabels,
    '3 participants', 'Footer', '© 2025 GitHub, Inc.', 'Footer navigation', ...gdFoot,
  ])],
};
