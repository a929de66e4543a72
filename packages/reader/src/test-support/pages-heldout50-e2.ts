import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 50, file e2: a GitLab epic in the work-item view (2025), saved after the Vue app had drawn it: the super
 * sidebar with the group's menu, breadcrumbs, the "Open" badge, "Epic created ... by", the title, the markdown description
 * with h2 sections and a task list, the "Child items" tree with progress, "Linked items", the "Activity" list mixing system
 * notes and comments with role badges, a reply thread and emoji awards, the comment form, the attribute sidebar (assignee,
 * labels, dates, health status, milestone, parent, participants, notifications, reference) and GitLab's own footer links).
 */
const glTitle = 'Runner autoscaling: one configuration schema for every cloud';
const glH = ['Problem', 'Proposal', 'Exit criteria'];
const glProblem = [
  'Autoscaling for our runner fleet is configured in three different places today: a TOML block per cloud provider, a set ' +
    'of environment variables read by the scaler sidecar, and the capacity table in the ops wiki that people copy values ' +
    'from by hand. The three drift apart every quarter.',
  'In the last six months, four incidents on the shared runners traced back to a value that was changed in one place but ' +
    'not the others, including the March outage where idle capacity dropped to zero on one cloud for most of a working day.',
];
const glProposal = [
  'Define one YAML schema for autoscaling, validate it in CI, and generate the provider-specific configuration from it. ' +
    'The wiki table becomes a rendered view of the same file, so there is only one thing to edit.',
  'Work is split into the child issues below. The schema and validator come first; provider generators can then be ' +
    'built in parallel by the teams that own each cloud.',
];
const glCriteria = [
  'The schema is published with a JSON Schema file and examples for all three providers',
  'CI rejects any change to the generated files that did not come from the schema',
  'Both production fleets run from generated configuration for two full weeks without a manual override',
  'The capacity table in the wiki is generated and marked read-only',
];
const glDone = [true, false, false, false];
type GlNote = { name: string; handle: string; when: string; role: string; paras: string[]; awards?: string; replies?: GlNote[] };
const glNotes: GlNote[] = [
  {
    name: 'Ines Varga',
    handle: '@ivarga',
    when: '2 weeks ago',
    role: 'Maintainer',
    awards: '👍 6',
    paras: [
      'Strong support from the fleet team. One request: please keep the schema strict from day one. If unknown keys are ' +
        'allowed at first, we will end up with the same drift inside a single file, just harder to see.',
    ],
    replies: [
      {
        name: 'Sebastián Ortega',
        handle: '@sortega',
        when: '2 weeks ago',
        role: 'Author',
        paras: [
          'Agreed. The validator in the first child issue rejects unknown keys, and the schema has a version field so we can ' +
            'add keys later without breaking old files.',
        ],
      },
    ],
  },
  {
    name: 'Yuki Harada',
    handle: '@yharada',
    when: '6 days ago',
    role: 'Developer',
    paras: [
      'For the second cloud we have a dependency on the provider&#39;s new instance API, which is only in beta in two of our ' +
        'regions. I suggest we ship the generator behind a flag there and keep the hand-written file as the fallback until ' +
        'the API is generally available.',
      'I have added this as a risk on the child issue and moved its due date to the end of the quarter.',
    ],
  },
];
const glSystem = [
  ['Sebastián Ortega', 'added ~"type::maintenance" ~"group::runner fleet" labels', '3 weeks ago'],
  ['Sebastián Ortega', 'changed the description', '2 weeks ago'],
  ['Yuki Harada', 'changed due date to Jun 30, 2025', '6 days ago'],
];
const glChildren = [
  ['#1123', 'Autoscaling YAML schema and validator', 'Closed'],
  ['#1124', 'Generate TOML runner configuration from the schema', 'Open'],
  ['#1125', 'Generator for the second cloud (behind a flag)', 'Open'],
  ['#1131', 'Render the wiki capacity table from the schema', 'Open'],
];
const glSide = ['Your work', 'Issues', 'Epics', 'Merge requests', 'Roadmap', 'Milestones', 'Iterations', 'Wiki', 'Analyze', 'Settings'];
const glCrumbs = ['Quillon', 'Platform', 'Epics', '&87'];
const note = (n: GlNote, cls: string): string => `<li class="note note-wrapper timeline-entry ${cls}" data-testid="note-wrapper">
<div class="timeline-avatar"><img class="avatar s32" src="/uploads/-/system/user/avatar/${n.name.length}/avatar.png" alt=""></div>
<div class="timeline-content"><div class="note-header"><div class="note-header-info"><a class="author-name-link" href="/${n.handle.slice(1)}">\
<span class="note-header-author-name gl-font-bold">${n.name}</span></a> <span class="note-headline-light">${n.handle}</span>
<span class="note-headline-light note-headline-meta"><a class="note-timestamp" href="#note_${n.handle.length}"><time title="2025">${n.when}</time></a>\
</span></div>
<div class="note-actions"><span class="gl-badge badge-muted note-role">${n.role}</span><button aria-label="Add reaction" class="note-action-button">☺</button>
<button aria-label="More actions" class="note-action-button">⋮</button></div></div>
<div class="note-body"><div class="note-text md">${n.paras.map((p) => `<p data-sourcepos="1:1-1:80" dir="auto">${p}</p>`).join('\n')}</div></div>
${n.awards === undefined ? '' : `<div class="awards js-awards-block"><button class="gl-button btn-sm award-control"><span>${n.awards}</span></button></div>`}
${n.replies === undefined ? '' : `<ul class="notes notes-replies">${n.replies.map((r) => note(r, 'note-reply')).join('')}</ul>`}
${n.replies === undefined ? '' : '<div class="discussion-reply-holder"><button class="js-vue-discussion-reply">Reply…</button></div>'}</div></li>`;
const sys = (s: string[]): string => `<li class="note system-note timeline-entry" data-testid="system-note"><div class="timeline-content">
<div class="note-header-info"><a class="author-name-link" href="/sortega"><span class="gl-font-bold">${s[0]}</span></a> \
<span class="system-note-message">${s[1]}</span>
<span class="system-note-separator">·</span><a class="note-timestamp"><time>${s[2]}</time></a></div></div></li>`;
const glHtml = `<!DOCTYPE html>
<html class="gl-light ui-neutral with-top-bar" lang="en"><head><meta charset="utf-8"><title>${glTitle} (&amp;87) · Epics · Quillon / Platform · GitLab</title>
<meta content="GitLab" property="og:site_name"><meta content="${glTitle} (&amp;87)" property="og:title">
<link rel="stylesheet" href="/assets/application-5d1e3c.css">\
<script nonce="x2Qw">gon.api_version="v4";gon.current_user_id=null;gon.features={"workItemEpics":true};</script></head>
<body class="gl-browser-chrome gl-platform-linux page-initialised" data-group="platform" data-page="groups:epics:show" data-namespace-id="4471">
<div class="layout-page page-with-super-sidebar"><aside class="super-sidebar" data-testid="super-sidebar" aria-label="Primary navigation">
<div class="super-sidebar-context-header">Quillon / Platform</div><nav><ul>${links(glSide, 'nav-item')}</ul></nav>
<div class="super-sidebar-help-center"><a href="/help">Help</a><a href="/explore">Explore</a></div></aside>
<div class="content-wrapper"><div class="top-bar-fixed"><nav aria-label="Breadcrumbs" class="gl-breadcrumbs"><ol class="breadcrumb gl-breadcrumb-list">\
${glCrumbs.map((c) => `<li class="gl-breadcrumb-item"><a href="/groups/quillon">${c.replace('&', '&amp;')}</a></li>`).join('')}</ol></nav>
<a href="/users/sign_in?redirect_to_referer=yes" class="gl-button btn-confirm">Sign in</a></div>
<main class="content" id="content-body" itemscope itemtype="http://schema.org/SoftwareSourceCode"><div class="work-item-view" data-testid="work-item-detail">
<div class="work-item-sticky-header gl-flex"><span class="gl-badge badge-success" data-testid="work-item-state-badge"><svg aria-hidden="true"></svg>Open</span>
<div class="gl-text-subtle" data-testid="work-item-created">Epic created <time datetime="2025-04-07T09:12:44Z">3 weeks ago</time> by
<a class="author-link js-user-link gl-font-bold" href="/sortega"><span class="author">Sebastián Ortega</span></a></div></div>
<h1 data-testid="work-item-title" class="gl-heading-1 !gl-m-0 gl-w-full gl-wrap-anywhere">${glTitle}</h1>
<div class="work-item-description description" data-testid="work-item-description"><div class="md">
<h2 data-sourcepos="1:1-1:10" dir="auto">${glH[0]}</h2>${glProblem.map((p) => `<p dir="auto">${p}</p>`).join('\n')}
<h2 dir="auto">${glH[1]}</h2>${glProposal.map((p) => `<p dir="auto">${p}</p>`).join('\n')}
<h2 dir="auto">${glH[2]}</h2><ul class="task-list" data-sourcepos="12:1-15:80" dir="auto">${glCriteria
  .map(
    (c, i) => `<li class="task-list-item" data-sourcepos="${12 + i}:1-${12 + i}:80">\
<input type="checkbox" class="task-list-item-checkbox"${glDone[i] ? ' checked' : ''} disabled> ${c}</li>`,
  )
  .join('\n')}</ul>
</div><div class="gl-text-subtle gl-text-sm">Edited 2 weeks ago by <a href="/sortega">Sebastián Ortega</a></div></div>
<div class="work-item-awards"><button class="gl-button award-control"><span>👍 14</span></button><button class="gl-button" aria-label="Add reaction">☺\
</button></div>
<div data-testid="work-item-tree" class="crud"><header class="crud-header"><h2 class="gl-heading-5">Child items</h2>
<span class="gl-text-subtle">1 of 4</span><span class="gl-text-subtle" data-testid="work-item-tree-progress">25%</span>
<button class="gl-button">Add</button></header><ul class="content-list">${glChildren
  .map(
    (c) => `<li class="tree-item"><span class="gl-sr-only">Issue</span><a href="/quillon/platform/runner/-/issues/${c[0]!.slice(1)}" class="gl-link">\
${c[1]}</a> <span class="gl-text-subtle">${c[0]}</span> <span class="gl-badge">${c[2]}</span></li>`,
  )
  .join('\n')}</ul></div>
<div data-testid="work-item-relationships" class="crud"><header class="crud-header"><h2 class="gl-heading-5">Linked items</h2><span>0</span></header>
<p class="gl-text-subtle">Link items together to show that they're related or that one is blocking others.</p></div>
<div class="work-item-notes"><div class="gl-flex"><h2 class="gl-heading-3">Activity</h2><button class="gl-button gl-new-dropdown-toggle">Sort or filter\
</button></div>
<ul class="notes main-notes-list timeline">
${sys(glSystem[0]!)}
${note(glNotes[0]!, '')}
${sys(glSystem[1]!)}
${sys(glSystem[2]!)}
${note(glNotes[1]!, '')}
</ul><div class="js-comment-form"><p class="gl-text-center">Please <a href="/users/sign_in">register</a> or <a href="/users/sign_in">sign in</a> to reply</p>
</div></div></div>
<aside class="work-item-attributes-wrapper" aria-label="Epic attributes"><div data-testid="work-item-assignees"><h3>Assignee</h3><span>Sebastián Ortega\
</span></div>
<div data-testid="work-item-labels"><h3>Labels</h3><span class="gl-label"><span class="gl-label-text">type::maintenance</span></span>
<span class="gl-label"><span class="gl-label-text">group::runner fleet</span></span></div>
<div data-testid="work-item-dates"><h3>Dates</h3><p>Start: Apr 14, 2025 <span class="gl-text-subtle">(Fixed)</span></p>
<p>Due: Jun 30, 2025 <span class="gl-text-subtle">(Inherited)</span></p></div>
<div data-testid="work-item-health-status"><h3>Health status</h3><span class="gl-badge badge-success">On track</span></div>
<div><h3>Milestone</h3><span>None</span></div><div><h3>Parent</h3><span>None</span></div>
<div data-testid="work-item-participants"><h3>3 Participants</h3></div>
<div><h3>Notifications</h3><span>Notifications off</span></div><div><h3>Reference: &amp;87</h3><button class="gl-button" aria-label="Copy reference">Copy\
</button></div>
</aside></main></div></div>
<footer class="gl-footer"><ul>${links(['Help', 'Docs', 'Terms', 'Privacy', 'Status'])}</ul></footer></body></html>`;
export const gitlabEpic: TestPage = {
  html: glHtml,
  name: 'heldout50-gitlab-epic',
  kind: 'forum',
  // an issue-tracker page: the description (its paragraphs and the four task-list criteria) and every comment, the reply in
  // Ines's thread included, are body; the description's three h2 are the headings; commenters' names, @handles and times,
  // the "Epic created ... by" author line and the "Edited ... by" line are bylines (names and times once each; the assignee
  // in the sidebar is the same name, kept as a byline); the system notes ("added ... labels", "changed the description",
  // "changed due date ...") are events, not posts: their texts are furniture, their names and times bylines; role badges,
  // reactions, the child items tree and its progress, "Linked items", "Activity" with its sort, the sign-in prompt, the
  // attribute sidebar, super sidebar, breadcrumbs and footer are furniture; the super sidebar's "Issues" and "Wiki" and the
  // buttons "Add" and "Copy" are words of the body: left out
  title: glTitle,
  headings: glH,
  body: [...texts(glProblem), ...texts(glProposal), ...glCriteria, ...glNotes.flatMap((n) => [n, ...(n.replies ?? [])]).flatMap((n) => texts(n.paras))],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Epic created 3 weeks ago by Sebastián Ortega', 'Edited 2 weeks ago by Sebastián Ortega', 'Sebastián Ortega', '3 weeks ago', 'Ines Varga',
    '@ivarga', '2 weeks ago', '@sortega', 'Yuki Harada', '@yharada',
    '6 days ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quillon / Platform', ...glSide.filter((t) => t !== 'Issues' && t !== 'Wiki'), 'Help', 'Explore', 'Quillon', 'Platform', '&87', 'Sign in',
    'Open', '👍 14', 'Child items', '1 of 4', '25%', ...glChildren.flatMap((c) => [c[1]!, c[0]!]), 'Closed', 'Linked items',
    "Link items together to show that they're related or that one is blocking others.",
    'Activity', 'Sort or filter', ...glSystem.map((s) => s[1]!), 'Maintainer', 'Author', 'Developer', '👍 6', 'Reply…', 'to reply', 'Assignee', 'Labels',
    'type::maintenance', 'group::runner fleet', 'Dates', 'Start: Apr 14, 2025', '(Fixed)', 'Due: Jun 30, 2025', '(Inherited)', 'Health status',
    'On track', 'Milestone', 'Parent', 'None', '3 Participants', 'Notifications', 'Notifications off', 'Reference: &87', 'Docs', 'Terms',
    'Privacy', 'Status',
  ],
};
