import { ps, type TestPage, texts } from './page-kit.js';
import { ghFooter, ghFooterHtml, ghHeader, ghHeaderTexts, ghMenuTexts, ghRepoHeader, ghRepoTexts } from './pages-heldout128-e4.js';
import { paras } from './pages-heldout128-kit.js';

/**
 * Held-out batch 128, file e3: an answered GitHub Discussions Q&A thread (server-rendered timeline comments), with the
 * "converted from issue" notice, the "Answered by" excerpt box, an answer marked as the answer with a threaded reply,
 * upvote buttons and the side bar, saved signed out.
 */
const title = 'How do I run migrations for just one tenant schema?';
type C = { id: string; user: string; label?: string; date: string; up: string; html: string; paras: string[]; answer?: boolean; replies?: C[] };
const op = paras(`
We use seedbed with a schema-per-tenant Postgres setup: one <code class="notranslate">public</code> schema for shared tables and about
40 tenant schemas with identical structure. Migrations for tenant tables live in <code class="notranslate">migrations/tenant/</code>.

When we onboard a new tenant we want to create the schema and run only the tenant migrations against it, without touching the other 39
or the shared tables. Right now we run the whole set with <code class="notranslate">--search-path</code> pointed at the new schema,
which works for the tenant tables but also tries to apply the shared migrations there and fails halfway.

Is there a supported way to do this, or should we be splitting the tenant migrations into a separate project? We are on seedbed 2.5.1
and Postgres 16, if that matters.`);
const a1 = paras(`
You don’t need a separate project. Since 2.4 you can give each migration directory its own target in
<code class="notranslate">seedbed.toml</code>, and then run one target against one schema:`);
const a1b = paras(`Onboarding a tenant is then a single command:`);
const a1c = paras(`
The tenant target keeps its own history table inside each schema, so the shared migrations never see it, and you can migrate tenants
one at a time, or several at once by giving <code class="notranslate">--schema</code> more than once.`);
const pre = (lang: string, code: string): string => `<div class="highlight highlight-source-${lang} notranslate position-relative overflow-auto"
dir="auto"><pre class="notranslate">${code}</pre><div class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn
btn-invisible js-clipboard-copy m-2 p-0" tabindex="0" role="button"><svg class="octicon octicon-copy"></svg></clipboard-copy></div></div>`;
const r1 = paras(`
That’s exactly what we needed, thank you. Moving the history table into each schema also fixes the odd locking we saw when two
onboardings ran at the same time.`);
const a2 = paras(`
One thing to watch if you have existing tenants: they won’t have the per-schema history table yet, so the first run would try to
apply every tenant migration again. Run <code class="notranslate">seedbed baseline --target tenant</code> against each existing
schema first, passing its name with <code class="notranslate">--schema</code>, to record what is already there.

We scripted it with a loop over <code class="notranslate">information_schema.schemata</code> and it took about a minute for 60
tenants.`);
const r2 = paras(`
Good point, thanks. We’ll add an <code class="notranslate">--all-schemas</code> option to baseline in the next release, so this
won’t need a script any more.`);
const thread: C[] = [
  {
    id: 'discussioncomment-12004417',
    user: 'marlowe-d',
    label: 'Maintainer',
    date: 'Mar 2, 2025',
    up: '14',
    answer: true,
    paras: [...a1, ...a1b, ...a1c],
    html: `${ps(a1, ' dir="auto"')}\n${pre(
      'toml',
      `[targets.shared]\ndirectory = "migrations/shared"\nschema = "public"\n
[targets.tenant]\ndirectory = "migrations/tenant"\nhistory = "per-schema"`,
    )}\n${ps(a1b, ' dir="auto"')}
${pre('shell', 'seedbed migrate --target tenant --schema tenant_0412')}\n${ps(a1c, ' dir="auto"')}`,
    replies: [{ id: 'discussioncomment-12004981', user: 'hollin', label: 'Author', date: 'Mar 2, 2025', up: '2', paras: r1, html: ps(r1, ' dir="auto"') }],
  },
  {
    id: 'discussioncomment-12019230',
    user: 'priya-okonkwo',
    date: 'Mar 3, 2025',
    up: '3',
    paras: a2,
    html: ps(a2, ' dir="auto"'),
    replies: [
      { id: 'discussioncomment-12020112', user: 'marlowe-d', label: 'Maintainer', date: 'Mar 3, 2025', up: '4', paras: r2, html: ps(r2, ' dir="auto"') },
    ],
  },
];
const excerpt = 'You don’t need a separate project. Since 2.4 you can give each migration directory its own target in seedbed.toml, and then run …';
const tabs: [string, string][] = [
  ['Code', ''],
  ['Issues', '41'],
  ['Pull requests', '6'],
  ['Discussions', ''],
  ['Actions', ''],
  ['Wiki', ''],
  ['Security', ''],
  ['Insights', ''],
];
const side: [string, string][] = [
  ['Category', '🙏 Q&amp;A'],
  ['Labels', 'None yet'],
  ['3 participants', ''],
  ['Converted from issue', ''],
];
const converted = 'This discussion was converted from issue #912 on March 01, 2025 10:15.';
const head = (c: C): string => `<div class="timeline-comment-header clearfix d-flex"><div class="timeline-comment-actions flex-shrink-0 d-flex
flex-items-center"><details class="details-overlay details-reset position-relative d-inline-block"><summary class="timeline-comment-action Link--secondary
Button--link Button--medium Button" aria-label="Show options"><svg class="octicon octicon-kebab-horizontal"></svg></summary></details></div><h3
class="timeline-comment-header-text f5 text-normal"><div class="d-flex flex-items-center"><a class="d-inline-block" href="/${c.user}"><img
class="avatar avatar-user" src="https://avatars.githubusercontent.example/u/${c.id.length}?s=60" width="30" height="30" alt="@${c.user}"></a>
<a class="author Link--primary text-bold css-overflow-wrap-anywhere" href="/${c.user}">${c.user}</a>${
  c.label ? `\n<span class="Label ml-1" title="${c.label}">${c.label}</span>` : ''
}\n<a href="#${c.id}" class="Link--secondary js-timestamp"><relative-time datetime="2025-03-0${c.date[4]}T10:00:00Z"
class="no-wrap">${c.date}</relative-time></a>
</div></h3></div>`;
const vote = (c: C): string => `<form class="js-discussion-vote-form discussion-vote-form position-relative" action="/login" method="get"><button
type="submit" class="btn-sm btn d-flex flex-column flex-items-center" aria-label="Upvote: ${c.up}"><svg class="octicon octicon-arrow-up"></svg><span
class="js-discussion-upvote-count">${c.up}</span></button></form>`;
const body = (c: C): string => `<div class="edit-comment-hide"><task-lists disabled sortable><table class="d-block user-select-contain"
data-paste-markdown-skip><tbody class="d-block"><tr class="d-block"><td class="d-block comment-body markdown-body js-comment-body">
${c.html}
</td></tr></tbody></table></task-lists></div>`;
const item = (c: C): string => `<div class="js-timeline-item js-timeline-progressive-focus-container" id="${c.id}"><div class="timeline-comment-group
TimelineItem-body my-0"><div class="d-flex"><div class="pr-3">${vote(c)}</div><div class="flex-auto min-width-0"><div class="timeline-comment
unminimized-comment comment js-comment${c.answer ? ' discussion-timeline-answer color-border-success' : ''}">${
  c.answer
    ? `<div class="px-3 py-2 color-bg-success color-fg-success f6 text-bold"><svg class="octicon octicon-check-circle-fill"></svg> Marked as answer</div>`
    : ''
}${head(c)}${body(c)}<div class="d-flex flex-items-center px-3 pb-3"><button class="btn-sm btn" aria-label="Add reaction"><svg></svg></button><span
class="f6 color-fg-muted ml-2">${c.replies ? `${c.replies.length} repl${c.replies.length === 1 ? 'y' : 'ies'}` : '0 replies'}</span></div></div>${
  c.replies
    ? `<div class="discussion-nested-comment-group ml-4 pl-3 border-left">${c.replies
        .map(
          (r) => `<div class="discussion-nested-comment-timeline-item" id="${r.id}"><div class="timeline-comment comment js-comment">${head(r)}${body(r)}
<div class="d-flex px-3 pb-2">${vote(r)}</div></div></div>`,
        )
        .join('\n')}</div>`
    : ''
}</div></div></div></div>`;
const opPost: C = { id: 'discussion-7719044', user: 'hollin', date: 'Mar 1, 2025', up: '5', html: '', paras: [] };
const html = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8">
<title>${title} · harrowgate/seedbed · Discussion #1874 · GitHub</title><meta name="description" content="We use seedbed with a schema-per-tenant...">
<meta name="viewport" content="width=device-width"><meta property="og:site_name" content="GitHub"><meta property="og:type" content="object">
<meta property="og:title" content="${title} · harrowgate/seedbed · Discussion #1874"><link rel="canonical"
href="https://github.com/harrowgate/seedbed/discussions/1874" data-turbo-transient><link crossorigin="anonymous" media="all" rel="stylesheet"
href="https://github.githubassets.example/assets/github-discussions.css"><script type="application/ld+json">{"@context":"https://schema.org",
"@type":"QAPage","mainEntity":{"@type":"Question","name":"${title}","answerCount":2,"dateCreated":"2025-03-01T09:58:12Z",
"author":{"@type":"Person","name":"hollin"},"acceptedAnswer":{"@type":"Answer","upvoteCount":14,"dateCreated":"2025-03-02T10:00:00Z",
"author":{"@type":"Person","name":"marlowe-d"}}}}</script></head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;">
${ghHeader('%2Fharrowgate%2Fseedbed%2Fdiscussions%2F1874')}
<div class="application-main "><div itemscope itemtype="http://schema.org/SoftwareSourceCode"><main id="js-repo-pjax-container">
${ghRepoHeader('harrowgate', 'seedbed', '58', '1.2k', tabs, 'Discussions')}
<turbo-frame id="repo-content-turbo-frame" target="_top"><div id="repo-content-pjax-container" class="repository-content "><div class="clearfix
container-xl px-md-4 px-lg-5 px-3 mt-4"><div id="discussion_bucket"><div class="gh-header js-details-container Details" id="partial-discussion-header">
<div class="gh-header-show"><div class="d-flex flex-column flex-md-row"><h1 class="gh-header-title mb-2 lh-condensed f1 mr-0 flex-auto wb-break-word"><span
class="js-issue-title markdown-title">${title}</span> <span class="f1-light color-fg-muted">#1874</span></h1><div class="gh-header-actions mt-0 mb-3
mb-md-2 ml-1 flex-md-order-1 flex-shrink-0 d-flex flex-items-center gap-1"><a href="/harrowgate/seedbed/discussions/new/choose" class="btn-sm btn">New
discussion</a></div></div></div><div class="d-flex flex-items-center flex-wrap mt-0 gh-header-meta"><div class="flex-shrink-0 mb-2 flex-self-start
flex-md-self-center"><span title="Status: Answered" class="State State--merged d-flex flex-items-center"><svg class="octicon octicon-check-circle-fill"></svg>
Answered</span></div><div class="flex-auto min-width-0 mb-2"><a class="Link--secondary text-bold" href="/hollin">hollin</a> asked this question in <a
href="/harrowgate/seedbed/discussions/categories/q-a"><span class="text-bold">Q&amp;A</span></a></div></div></div>
<div class="Layout Layout--flowRow-until-md Layout--sidebarPosition-end Layout--sidebarPosition-flowRow-end"><div class="Layout-main"><div
class="discussion js-discussion"><div class="TimelineItem pt-0"><div class="TimelineItem-badge"><svg class="octicon octicon-comment-discussion"></svg></div>
<div class="TimelineItem-body">${converted.replace('#912', '<a href="/harrowgate/seedbed/issues/912">#912</a>')}</div></div>
<div class="js-timeline-item" id="discussion-7719044"><div class="d-flex"><div class="pr-3">${vote({ ...opPost, id: 'd' })}</div>
<div class="flex-auto min-width-0"><div class="timeline-comment comment js-comment">${head({
  id: 'discussion-7719044',
  user: 'hollin',
  date: 'Mar 1, 2025',
  up: '5',
  html: '',
  paras: [],
})}${body({ id: '', user: '', date: '', up: '', paras: [], html: ps(op, ' dir="auto"') })}<div class="d-flex flex-items-center
px-3 pb-3"><button type="button" class="btn-sm btn social-reaction-summary-item" aria-label="+1 (4)">👍 <span
class="js-discussion-reaction-group-count">4</span>
</button></div></div><div class="border color-border-success rounded-2 mt-3 p-3"><h3 class="f5 text-normal"><svg class="octicon octicon-check-circle-fill
color-fg-success"></svg> <span>Answered by</span> <a class="text-bold Link--primary" href="/marlowe-d">marlowe-d</a> <relative-time
datetime="2025-03-02T10:00:00Z">Mar 2, 2025</relative-time></h3><div class="markdown-body f5 mt-2 color-fg-muted">${excerpt}</div><a
href="#discussioncomment-12004417" class="btn-sm btn mt-2">View full answer</a></div></div></div></div>
<div class="d-flex flex-items-center flex-justify-between border-bottom py-3 mt-4"><h2 class="f4 text-normal"><span class="text-bold">2 comments</span> · 2
replies</h2><nav class="BtnGroup" aria-label="Sort comments"><a class="BtnGroup-item btn-sm btn" href="?sort=old">Oldest</a><a class="BtnGroup-item btn-sm btn"
href="?sort=new">Newest</a><a class="BtnGroup-item btn-sm btn selected" href="?sort=top">Top</a></nav></div>
${thread.map(item).join('\n')}
<div class="discussion-timeline-actions"><div class="flash flash-warn mt-3"><a href="/signup?return_to=%2Fharrowgate%2Fseedbed%2Fdiscussions%2F1874"
class="btn btn-primary">Sign up for free</a> <strong>to join this conversation on GitHub.</strong> Already have an account? <a
href="/login?return_to=%2Fharrowgate%2Fseedbed%2Fdiscussions%2F1874">Sign in to comment</a></div></div></div></div>
<div class="Layout-sidebar"><div class="discussion-sidebar">${side
  .map(
    ([l, v]) =>
      `<div class="discussion-sidebar-item"><div class="text-bold discussion-sidebar-heading">${l}</div>${v === '' ? '' : `\n<div>${v}</div>`}${
        l === '3 participants'
          ? '\n<div class="participation-avatars">' +
            ['hollin', 'marlowe-d', 'priya-okonkwo'].map((u) => `<a class="participant-avatar" href="/${u}"><img alt="@${u}" class="avatar"></a>`).join('') +
            '</div>'
          : ''
      }${l === 'Converted from issue' ? `\n<p class="f6 color-fg-muted">${converted}</p>` : ''}</div>`,
  )
  .join('\n')}</div></div></div></div></div></div></turbo-frame></main></div></div>
${ghFooterHtml}
</body></html>`;
const posts = [...thread.flatMap((c) => [c, ...(c.replies ?? [])])];
export const githubDiscussion: TestPage = {
  html,
  name: 'heldout128-github-discussion-qa',
  kind: 'forum',
  // the question and every answer and reply are body, code blocks neither, and so is the "Answered by" box's excerpt (a
  // quote of the answer); user names and dates are bylines; the state, "asked this question in", labels, "Marked as
  // answer", upvote counts, reactions, the converted-from-issue notice, the sort bar and the side bar are furniture
  title,
  headings: [],
  body: [...texts(op), ...posts.flatMap((c) => texts(c.paras))],
  bylines: ['hollin', 'marlowe-d', 'priya-okonkwo', 'Mar 1, 2025', 'Mar 2, 2025', 'Mar 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...ghHeaderTexts, ...ghMenuTexts, 'harrowgate', 'seedbed', ...ghRepoTexts('58', '1.2k'), ...tabs.flat(), '#1874', 'New discussion', 'Answered',
    'asked this question in', 'Q&A', converted, '5', '👍', '4', 'Answered by', 'View full answer', '2 comments · 2 replies', 'Oldest', 'Newest', 'Top',
    'Marked as answer', 'Maintainer', 'Author', '14', '2', '3', '1 reply', 'Sign up for free', 'to join this conversation on GitHub.',
    'Already have an account?', 'Sign in to comment', 'Category', '🙏 Q&A', 'Labels', 'None yet', '3 participants', 'Converted from issue', ...ghFooter,
  ].filter((t) => t !== ''))],
};
