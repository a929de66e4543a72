import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 31, file e2: a GitHub Discussions Q&A thread with a marked answer, logged out (the global header with its
 * menus, "Sign in" and "Sign up", the hidden session flash messages, the repository header with owner / name, "Public",
 * Notifications, Fork and Star counts and the repository tabs, the discussion title with number, the "Answered" state and
 * "asked this question in Q&A", the "Answered by" box quoting the answer, the timeline of comments with avatars, headers,
 * relative times, "Maintainer" and "Author" labels, markdown bodies with headings and code blocks with copy buttons,
 * reactions, vote buttons, nested replies, "Answer selected by", the hidden translation feedback line, the sidebar with
 * category, labels and participants, the "Sign up for free" box and the footer).
 */
interface GhComment {
  id: number;
  user: string;
  date: string;
  label?: string;
  /** Markdown body: a string is a paragraph, `{ h }` a heading, `{ code }` a code block. */
  blocks: (string | { h: string } | { code: string })[];
  votes?: number;
  react?: [string, string, number];
  replies?: GhComment[];
  answer?: boolean;
}
const ghTitle = 'Build went from 40 s to 3 min after upgrading to 3.0: is the image pipeline the cause?';
const ghCopy = `<div class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn btn-invisible js-clipboard-copy m-2 p-0
 d-flex flex-justify-center flex-items-center" data-copy-feedback="Copied!" data-tooltip-direction="w" tabindex="0" role="button"><svg aria-hidden="true"
 height="16" viewBox="0 0 16 16" version="1.1" width="16" class="octicon octicon-copy js-clipboard-copy-icon">
<path d="M0 6.75C0 5.784.784 5 1.75 5h1.5a.75"></path>
</svg></clipboard-copy></div>`;
const ghQuestion: GhComment = {
  id: 7981234,
  user: 'marta-k',
  date: 'Mar 2, 2025',
  label: 'Author',
  votes: 14,
  blocks: [
    'After upgrading from 2.9.4 to 3.0.1, full builds of our documentation site went from about 40 seconds to just over three minutes. ' +
      'Incremental builds in dev are fine. The site has around 1,200 pages and roughly 900 images, mostly PNG screenshots.',
    'Running with <code class="notranslate">--verbose</code> shows that almost all of the extra time is spent in the image step, but we ' +
      'have not changed anything in our image configuration. Here is our config:',
    {
      code:
        '<span class="pl-k">export</span> <span class="pl-k">default</span> <span class="pl-en">defineConfig</span>({\n' +
        '  <span class="pl-c1">site</span>: <span class="pl-s">\'https://docs.example.com\'</span>,\n' +
        '  <span class="pl-c1">images</span>: { <span class="pl-c1">widths</span>: [<span class="pl-c1">480</span>, <span class="pl-c1">960</span>, ' +
        '<span class="pl-c1">1440</span>] },\n})',
    },
    'Is this expected with 3.0, or have we missed a migration step?',
  ],
  react: ['+1', '👍', 6],
};
const ghComments: GhComment[] = [
  {
    id: 12458102,
    user: 'dgoh',
    date: 'Mar 2, 2025',
    blocks: ['Same here: 1m10s to about 4m on a smaller site. Watching this.'],
    replies: [
      {
        id: 12458440,
        user: 'marta-k',
        date: 'Mar 2, 2025',
        label: 'Author',
        blocks: ['Good to know it is not just us. Are you also building on CI runners without a persistent cache?'],
      },
    ],
  },
  {
    id: 12458871,
    user: 'ilse-vdb',
    date: 'Mar 3, 2025',
    label: 'Maintainer',
    answer: true,
    votes: 23,
    blocks: [
      { h: 'What changed' },
      'In 3.0 the image pipeline started producing AVIF alongside WebP by default. AVIF encoding is many times slower than WebP, and ' +
        'with 900 screenshots at three widths each, that is where your extra two and a half minutes go. It was in the changelog, but ' +
        'we should have called it out in the upgrade guide, which I have now done.',
      { h: 'What to do' },
      'If you do not need AVIF, set the formats back to what 2.x produced:',
      {
        code:
          '<span class="pl-c1">images</span>: { <span class="pl-c1">widths</span>: [<span class="pl-c1">480</span>, <span class="pl-c1">960</span>, ' +
          '<span class="pl-c1">1440</span>], <span class="pl-c1">formats</span>: [<span class="pl-s">\'webp\'</span>] }',
      },
      'If you do want AVIF, make sure the image cache survives between builds. On CI that means caching ' +
        '<code class="notranslate">.bramble/cache/images</code>, keyed on a hash of your image folder. With a warm cache only new or ' +
        'changed images are encoded, and builds should drop back to where they were.',
    ],
    react: ['heart', '❤️', 9],
    replies: [
      {
        id: 12459013,
        user: 'marta-k',
        date: 'Mar 3, 2025',
        label: 'Author',
        blocks: [
          'Setting the formats to WebP only brought us back to 44 seconds. We will try AVIF again once the CI cache is in place. Thanks ' +
            'for the quick and clear answer!',
        ],
      },
      {
        id: 12467730,
        user: 'dgoh',
        date: 'Mar 4, 2025',
        blocks: ['Confirming the cache fix works on GitHub Actions too. The first build is still slow; every build after that takes about a minute.'],
      },
    ],
  },
  {
    id: 12480096,
    user: 'petrov-a',
    date: 'Mar 5, 2025',
    votes: 4,
    blocks: [
      'For anyone landing here later: screenshots with large flat areas compress very well as lossless WebP, often better than AVIF ' +
        'at the same quality. Worth testing before you turn AVIF back on.',
    ],
  },
];
const ghBlocks = (c: GhComment): string =>
  c.blocks
    .map((b) =>
      typeof b === 'string'
        ? `<p dir="auto">${b}</p>`
        : 'h' in b
          ? `<div class="markdown-heading" dir="auto"><h3 tabindex="-1" class="heading-element" dir="auto">${b.h}</h3><a id="user-content-${b.h
              .toLowerCase()
              .replace(/ /g, '-')}" class="anchor" aria-label="Permalink: ${b.h}" href="#${b.h.toLowerCase().replace(/ /g, '-')}"><svg
 class="octicon octicon-link" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"></svg></a></div>`
          : `<div class="highlight highlight-source-ts notranslate position-relative overflow-auto" dir="auto"><pre>${b.code}</pre>${ghCopy}</div>`,
    )
    .join('\n');
const ghItem = (c: GhComment, nested = false): string => `<div class="${nested ? 'nested-discussion-timeline-comment ' : ''}js-comment-container
 TimelineItem pt-0${c.answer ? ' discussion-timeline-answer border border-success rounded-2' : ''}" data-gid="DC_kwDOJx${c.id}" id="discussioncomment-${c.id}">
<div class="TimelineItem-avatar"><a class="d-inline-block" data-hovercard-type="user" href="/${c.user}"><img class="avatar avatar-user"
 src="https://avatars.githubusercontent.com/u/${c.id}?s=80&amp;v=4" width="${nested ? 24 : 40}" height="${nested ? 24 : 40}" alt="@${c.user}"></a></div>
<div class="timeline-comment color-bg-default js-comment"><div class="timeline-comment-header d-flex flex-items-center"><h3 class="timeline-comment-header-text
 f5 text-normal"><strong><a class="author Link--primary text-bold css-overflow-wrap-anywhere" data-hovercard-type="user" href="/${c.user}">${c.user}</a>
</strong> <a href="#discussioncomment-${c.id}" class="Link--secondary js-timestamp"><relative-time class="no-wrap"
 datetime="2025-03-0${c.date.charAt(4)}T10:12:00Z" prefix="">${c.date}</relative-time></a></h3>${
   c.label
     ? `<span class="Label Label--secondary ml-1" title="${c.label === 'Author' ? 'You are the author of this discussion' : 'This user is a maintainer'}"
 >${c.label}</span>`
     : ''
 }</div><div class="edit-comment-hide"><task-lists disabled sortable><table class="d-block user-select-contain" data-paste-markdown-skip><tbody class="d-block">
<tr class="d-block"><td class="d-block comment-body markdown-body js-comment-body">${ghBlocks(c)}</td></tr></tbody></table></task-lists></div>
<div class="js-translation-feedback color-fg-muted f6 px-3 pb-2" hidden>Beta Was this translation helpful? <a href="#">Give feedback.</a></div>
<div class="d-flex flex-items-center px-3 pb-3">${
  c.votes !== undefined
    ? `<button type="button" class="btn-sm btn discussion-vote-form" aria-label="Upvote: ${c.votes}" disabled data-tooltip="You must be logged in to vote">
<svg aria-hidden="true" class="octicon octicon-arrow-up" height="16" width="16"></svg><span class="js-vote-count">${c.votes}</span></button>`
    : ''
}${
  c.react
    ? `<button class="social-reaction-summary-item btn-link" aria-label="${c.react[2]} people reacted with ${c.react[0]}"><g-emoji class="social-button-emoji"
 alias="${c.react[0]}">${c.react[1]}</g-emoji> <span class="js-discussion-reaction-group-count">${c.react[2]}</span></button>`
    : ''
}</div>${
  c.replies
    ? `<div class="discussion-nested-comment-group border-top">
<div class="px-3 pt-2 f6 color-fg-muted">${c.replies.length} repl${c.replies.length === 1 ? 'y' : 'ies'}</div>
${c.replies.map((r) => ghItem(r, true)).join('\n')}</div>`
    : ''
}${
  c.answer
    ? `<div class="px-3 py-2 color-fg-success border-top"><svg aria-hidden="true" class="octicon octicon-check-circle-fill" height="16" width="16"></svg>
 <span>Answer selected by <a class="Link--primary text-bold" href="/marta-k">marta-k</a></span></div>`
    : ''
}</div></div>`;
const ghMenus = ['Product', 'Solutions', 'Resources', 'Open Source', 'Enterprise', 'Pricing'];
const ghTabs = ['Code', 'Issues', 'Pull requests', 'Discussions', 'Actions', 'Projects', 'Security', 'Insights'];
const ghCounts: Record<string, string> = { Issues: '87', 'Pull requests': '12' };
const ghFoot = ['Terms', 'Privacy', 'Security', 'Status', 'Community', 'Docs', 'Contact', 'Manage cookies', 'Do not share my personal information'];
const ghFlash = [
  'You signed in with another tab or window. Reload to refresh your session.',
  'You signed out in another tab or window. Reload to refresh your session.',
  'You switched accounts on another tab or window. Reload to refresh your session.',
];
const ghAll = (cs: GhComment[]): GhComment[] => cs.flatMap((c) => [c, ...ghAll(c.replies ?? [])]);
const ghHtml = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system" data-turbo-loaded>
<head><meta charset="utf-8"><title>${ghTitle} · brambleweb/bramble · Discussion #1432 · GitHub</title>
<meta name="description" content="After upgrading from 2.9.4 to 3.0.1, full builds of our documentation site went from about 40 seconds to just over three
 minutes."><meta property="og:title" content="${ghTitle} · brambleweb/bramble · Discussion #1432"><meta name="route-pattern"
 content="/:user_id/:repository/discussions/:number(.:format)"></head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;"><div data-turbo-body class="logged-out env-production
 page-responsive" style="word-wrap: break-word;"><div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content"
 data-skip-target-assigned="false" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<span data-view-component="true" class="progress-pjax-loader Progress position-fixed width-full"></span><header class="HeaderMktg header-logged-out
 js-details-container js-header Details f4 py-3" role="banner" data-is-top="true" data-color-mode="light" data-light-theme="light"><h2 class="sr-only">
Navigation Menu</h2><button type="button" class="HeaderMenu-toggle-bar rounded my-2 p-2 ml-n2" aria-label="Toggle navigation"><span class="sr-only">Toggle
 navigation</span></button><div class="HeaderMenu js-header-menu height-fit position-lg-relative d-lg-flex flex-column flex-auto top-0"><nav
 aria-label="Global" class="mt-0 px-3 px-lg-0 mb-3 mb-lg-0"><ul class="d-lg-flex list-style-none">${ghMenus
   .map(
     (m) => `<li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap
 flex-lg-items-center js-details-container js-header-menu-item"><button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2
 py-lg-2 no-wrap d-flex flex-items-center flex-justify-between js-details-target" aria-expanded="false">${m}</button></li>`,
   )
   .join('')}</ul></nav><div class="d-flex flex-column flex-lg-row width-full flex-justify-end flex-lg-items-center text-center mt-3 mt-lg-0
 text-lg-left ml-lg-3"><qbsearch-input class="search-input" data-scope="repo:brambleweb/bramble"><button type="button" class="header-search-button
 placeholder input-button form-control d-flex flex-1 flex-self-stretch flex-items-center no-wrap width-full py-0 pl-2 pr-0 text-left border-0 box-shadow-none"
 data-target="qbsearch-input.inputButton"><span class="flex-1" data-target="qbsearch-input.inputButtonText">Search or jump to...</span></button>
</qbsearch-input><div class="position-relative HeaderMenu-link-wrap d-lg-inline-block">
<a href="/login?return_to=https%3A%2F%2Fgithub.com%2Fbrambleweb%2Fbramble%2Fdiscussions%2F1432"
 class="HeaderMenu-link HeaderMenu-link--sign-in HeaderMenu-button flex-shrink-0 no-underline d-none d-lg-inline-flex border border-lg-0 rounded px-2 py-1">
Sign in</a></div><a href="/signup?ref_cta=Sign+up" class="HeaderMenu-link HeaderMenu-link--sign-up HeaderMenu-button flex-shrink-0 d-flex d-lg-inline-flex
 no-underline border color-border-default rounded px-2 py-1">Sign up</a></div></div></header><div hidden="hidden" data-view-component="true"
 class="js-stale-session-flash stale-session-flash flash flash-warn flash-full">${ghFlash
   .map(
     (f) => `<span class="js-stale-session-flash-signed-in"
 hidden>${f}</span>`,
   )
   .join('')}<button class="flash-close js-flash-close" type="button" aria-label="Close"></button></div></div>
<div id="start-of-content" class="show-on-focus"></div><div id="js-flash-container" class="flash-container" data-turbo-replace></div>
<div class="application-main" data-commit-hovercards-enabled data-discussion-hovercards-enabled data-issue-and-pr-hovercards-enabled><main
 id="js-repo-pjax-container"><div id="repository-container-header" class="pt-3 hide-full-screen" data-turbo-replace><div class="d-flex flex-nowrap
 flex-justify-end mb-3 px-3 px-lg-5" style="gap: 1rem;"><div class="flex-auto min-width-0 width-fit"><div class="d-flex flex-wrap flex-items-center
 wb-break-word f3 text-normal"><span class="author flex-self-stretch" itemprop="author"><a class="url fn" rel="author" data-hovercard-type="organization"
 href="/brambleweb">brambleweb</a></span><span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name" class="mr-2 flex-self-stretch">
<a href="/brambleweb/bramble">bramble</a></strong><span class="Label Label--secondary v-align-middle mr-1">Public</span></div></div><div
 id="repository-details-container" class="flex-shrink-0" data-turbo-replace style="max-width: 70%;"><ul class="pagehead-actions flex-shrink-0 d-none
 d-md-inline" style="padding: 2px 0;"><li><a href="/login" rel="nofollow" class="btn-sm btn" aria-label="You must be signed in to change notification
 settings">Notifications</a></li><li><a href="/login" class="btn-sm btn">Fork <span id="repo-network-counter" title="212" class="Counter">212</span></a>
</li><li><a href="/login" class="btn-sm btn" aria-label="You must be signed in to star a repository"><span class="d-inline">Star</span> <span
 id="repo-stars-counter-star" title="4,123" class="Counter js-social-count">4.1k</span></a></li></ul></div></div><nav aria-label="Repository"
 class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5"><ul
 class="UnderlineNav-body list-style-none">${ghTabs
   .map(
     (t) => `<li class="d-inline-flex"><a href="/brambleweb/bramble/${t.toLowerCase().replace(/ /g, '')}" class="UnderlineNav-item no-wrap
 js-responsive-underlinenav-item${t === 'Discussions' ? ' selected' : ''}"><span data-content="${t}">${t}</span>${
   ghCounts[t] ? `<span title="${ghCounts[t]}" class="Counter">${ghCounts[t]}</span>` : ''
 }</a></li>`,
   )
   .join('')}</ul></nav></div>
<turbo-frame id="repo-content-turbo-frame" target="_top" data-turbo-action="advance" class=""><div id="repo-content-pjax-container" class="repository-content">
<div class="gh-header mb-3 js-details-container Details js-socket-channel js-updatable-content discussion js-discussion-header"><div class="gh-header-show">
<div class="d-flex flex-column flex-md-row"><h1 class="gh-header-title mb-2 lh-condensed f1 mr-0 flex-auto wb-break-word"><span class="js-issue-title
 markdown-title">${ghTitle}</span> <span class="f1-light color-fg-muted">#1432</span></h1><div class="gh-header-actions mt-0 mb-3 mb-md-2 ml-0 flex-md-order-1
 flex-shrink-0 d-flex flex-items-center gap-1"><a href="/login?return_to=%2Fbrambleweb%2Fbramble%2Fdiscussions%2Fnew" class="btn-sm btn">New discussion</a>
</div></div></div><div class="d-flex flex-items-center flex-wrap mt-0 gh-header-meta"><div class="flex-shrink-0 mb-2 flex-self-start flex-md-self-center">
<span title="Status: Answered" class="State State--merged d-flex flex-items-center"><svg class="octicon octicon-check-circle-fill mr-1" height="16"
 width="16"></svg>Answered</span></div><div class="flex-auto min-width-0 mb-2"><a class="Link--secondary text-bold" href="/marta-k">marta-k</a> asked this
 question in <a href="/brambleweb/bramble/discussions/categories/q-a"><span class="text-bold">Q&amp;A</span></a></div></div></div>
<div class="d-flex flex-column flex-md-row"><div class="js-discussion discussion-timeline flex-1 d-flex flex-column min-width-0">
<section aria-label="Answered by ilse-vdb" class="border rounded-2 color-border-success p-3 mb-3"><div class="d-flex flex-items-center color-fg-success">
<svg class="octicon octicon-check-circle-fill mr-2" height="16" width="16"></svg><span>Answered by <a class="author Link--primary text-bold"
 href="/ilse-vdb">ilse-vdb</a> <relative-time datetime="2025-03-03T10:12:00Z">Mar 3, 2025</relative-time></span></div><div class="markdown-body f5 mt-2
 color-fg-muted">What changed In 3.0 the image pipeline started producing AVIF alongside WebP by default. AVIF encoding is many times slower than WebP, and
 with 900 screenshots at three widths each, that is where your extra two and a half…</div><a href="#discussioncomment-12458871" class="btn-sm btn mt-2">View
 full answer</a></section>
<div class="timeline-comment-group discussion-timeline-item">${ghItem(ghQuestion)}</div>
<h2 class="f4 text-normal mt-4 mb-3 color-fg-muted">${ghComments.length} comments · ${ghComments.reduce((n, c) => n + (c.replies?.length ?? 0), 0)}
 replies</h2>
${ghComments.map((c) => `<div class="timeline-comment-group discussion-timeline-item">${ghItem(c)}</div>`).join('\n')}
<div class="flash flash-warn mt-3"><a href="/signup?return_to=%2Fbrambleweb%2Fbramble%2Fdiscussions%2F1432" class="btn btn-primary">Sign up for free</a>
<strong>to join this conversation on GitHub</strong>. Already have an account? <a href="/login?return_to=%2Fbrambleweb%2Fbramble%2Fdiscussions%2F1432">Sign
 in to comment</a></div></div>
<div class="discussion-sidebar flex-shrink-0 col-md-3 pl-md-4"><div class="discussion-sidebar-item"><div class="discussion-sidebar-heading text-bold">Category
</div><a href="/brambleweb/bramble/discussions/categories/q-a" class="d-flex flex-items-center"><g-emoji alias="pray">🙏</g-emoji> <span class="ml-1">Q&amp;A
</span></a></div><div class="discussion-sidebar-item"><div class="discussion-sidebar-heading text-bold">Labels</div><a class="IssueLabel hx_IssueLabel"
 href="/brambleweb/bramble/discussions?discussions_q=label%3Aperformance">performance</a> <a class="IssueLabel hx_IssueLabel"
 href="/brambleweb/bramble/discussions?discussions_q=label%3Av3">v3</a></div><div class="discussion-sidebar-item"><div class="discussion-sidebar-heading
 text-bold">4 participants</div><div class="participation-avatars">${['marta-k', 'dgoh', 'ilse-vdb', 'petrov-a']
   .map((u) => `<a class="participant-avatar" href="/${u}" aria-label="${u}"><img class="avatar avatar-user" src="/u/${u}.png" alt="@${u}" width="26"></a>`)
   .join('')}</div></div></div></div></div></turbo-frame></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="d-flex flex-items-center
 pr-md-4 mb-3 mb-md-0"><span>© 2026 GitHub,&nbsp;Inc.</span></div><nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3>
<ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0" aria-labelledby="sr-footer-heading">${links(ghFoot, 'mx-2')}</ul></nav></footer>
<div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden>You can’t perform that action at this time.</div></div></body></html>`;
export const githubDiscussion: TestPage = {
  html: ghHtml,
  name: 'heldout31-github-discussions-answered',
  kind: 'forum',
  // the question, every comment and every nested reply are body, the marked answer with its two h3s (the headings: a post's
  // own section heads, the only ones on the page); the two code blocks are in neither list; the "Answered by" box's excerpt
  // repeats the answer (in neither); usernames and dates are bylines, the header's "marta-k asked this question in" names the
  // asker (the name a byline, the rest furniture); "Author" and "Maintainer" labels, votes, reactions, "2 replies", "Answer
  // selected by", "View full answer", the hidden translation feedback and flash messages, the comment count line, the sidebar,
  // the repository header and tabs, the global header, "Sign up for free" box and footer are furniture; "Answered" (the
  // state) and the "Q&A" category are kept; words of the posts are left out: the repository name "bramble" (".bramble/cache"),
  // the tab "Actions" ("GitHub Actions"), the heart count "9" ("2.9.4"); "Security" (a tab and a footer link) is listed once
  title: ghTitle,
  headings: ['What changed', 'What to do'],
  body: texts(ghAll([ghQuestion, ...ghComments]).flatMap((c) => c.blocks.filter((b): b is string => typeof b === 'string'))),
  bylines: ['marta-k', 'dgoh', 'ilse-vdb', 'petrov-a', 'Mar 2, 2025', 'Mar 3, 2025', 'Mar 4, 2025', 'Mar 5, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Navigation Menu', 'Toggle navigation', ...ghMenus, 'Search or jump to...', 'Sign in', 'Sign up', ...ghFlash, 'brambleweb',
    'Public', 'Notifications', 'Fork', '212', 'Star', '4.1k', ...ghTabs.filter((t) => t !== 'Actions'), '87', '12', '#1432', 'New discussion',
    'Answered', 'asked this question in', 'Q&A', 'Answered by', 'View full answer', 'Author', 'Maintainer', '14', '23', '👍', '6', '❤️', '2 replies',
    '1 reply', 'Answer selected by', 'Beta Was this translation helpful?', 'Give feedback.', '3 comments', '3 replies', 'Category', '🙏', 'Labels',
    'performance',
    'v3', '4 participants', 'Sign up for free', 'to join this conversation on GitHub', 'Already have an account?', 'Sign in to comment', 'Footer',
    '© 2026 GitHub, Inc.', 'Footer navigation', ...ghFoot.filter((t) => t !== 'Security'), 'You can’t perform that action at this time.',
  ],
};
