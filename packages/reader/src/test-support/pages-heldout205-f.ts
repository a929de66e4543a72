import { type TestPage, texts } from './page-kit.js';
import { deptNews } from './pages-heldout205-f2.js';

/**
 * Held-out batch 205, file f: a GitHub Gist page of a Markdown note as a signed-out visitor saves it (skip link, the gist
 * header with "All gists", "Back to GitHub", "Sign in" and "Sign up", the owner / file name h1, "Last active", Star and
 * Fork counts, the Code / Revisions / Stars / Forks tabs, the Embed / Clone / "Download ZIP" controls, the gist
 * description, the file box with "Raw", the rendered Markdown with its h1, anchors and code blocks, two comments with
 * "Author" labels, the sign-up prompt, the footer and the hidden flash messages) and, from file f2, a research group's
 * news item on a university department site.
 */
const desc = 'Notes on nightly rsync backups from a Linux laptop to a Synology-style NAS, with the exclude list I actually use.';
const title = 'Nightly rsync backups to the NAS';
const h = ['The command', 'What gets excluded', 'Scheduling', 'Restoring'];
const p1 = [
  'I have used this setup for about three years on two laptops. It is not clever, but it has survived one dead SSD and one ' +
    'accidental <code>rm -rf</code> of a project folder, so I am writing it down.',
];
const p2 = [
  'The backup is a single <code>rsync</code> call over SSH to a share on the NAS. Each night gets its own dated folder, and ' +
    '<code>--link-dest</code> points at the previous night, so unchanged files are hard links and take no extra space.',
];
const list1 = [
  '<code>-a</code> keeps permissions, times and symlinks.',
  '<code>--delete</code> makes each snapshot an exact copy of the laptop on that night.',
  '<code>--exclude-from</code> reads the list in the next section.',
];
const p3 = [
  'Caches and anything that can be downloaded again. This cut the nightly run from forty minutes to about four on my ' +
    'machine. The list lives in <code>~/.config/backup/exclude.txt</code>:',
];
const p4 = [
  'Be careful with <code>node_modules</code> in projects you cannot rebuild any more. I keep one old project with ' +
    'dependencies that no longer exist upstream, and it has its own rule further up the list.',
];
const p5 = [
  'A systemd user timer runs the script at 02:30. <code>Persistent=true</code> means that if the laptop was asleep at that ' +
    'time, the backup runs as soon as it wakes. The NAS sends me an email if no new folder has appeared for three days. I keep the last thirty ' +
    'nightly folders and delete older ones with a small clean-up script, which holds the share at about twice the size of the ' +
    'home folder.',
];
const p6 = [
  'To get one file back, browse the dated folders on the NAS share and copy it out. To restore everything after a disk ' +
    'failure, install the system, create the user, then rsync the newest snapshot back without <code>--delete</code> and ' +
    'log out and in again.',
  'Test a full restore once a year. I found out the hard way that my first version skipped dotfiles in the home folder.',
];
const comments = [
  {
    user: 'lindqvist-j',
    when: 'commented Jun 2, 2025',
    text:
      'Thanks for this. One small thing: with --link-dest on some NAS file systems the hard links break when the share is ' +
      'copied elsewhere, so check before you migrate the NAS.',
  },
  {
    user: 'okwuosa',
    when: 'commented Jun 3, 2025',
    text: 'Good point, I will add a note. Mine is ext4 on the NAS side and has been fine so far.',
  },
];
const head = ['All gists', 'Back to GitHub', 'Sign in', 'Sign up'];
const tabs = ['Code', 'Revisions', '4', 'Stars', '212', 'Forks', '31'];
const acts = [
  'Star',
  'Fork',
  'Embed',
  'Clone via HTTPS',
  'Save okwuosa/9c41e7b2a0d34f6b8e1f to your computer and use it in GitHub Desktop.',
  'Download ZIP',
  'Raw',
];
const foot = [
  '© 2025 GitHub, Inc.',
  'Terms',
  'Privacy',
  'Security',
  'Status',
  'Community',
  'Docs',
  'Contact',
  'Manage cookies',
  'Do not share my personal information',
];
const flash = ['You signed in with another tab or window. Reload to refresh your session.', 'You can’t perform that action at this time.'];
const signup = 'Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment';
const RSYNC =
  'rsync -a --delete --exclude-from="$HOME/.config/backup/exclude.txt" \\\n' +
  '  --link-dest=/volume1/backup/laptop/latest \\\n  "$HOME/" nas:/volume1/backup/laptop/$(date +%F)/';
const mh = (lvl: number, t: string): string => {
  const id = t.toLowerCase().replace(/ /g, '-');
  return `<div class="markdown-heading" dir="auto"><h${lvl} class="heading-element" dir="auto">${t}</h${lvl}><a id="user-content-${id}" class="anchor"
aria-label="Permalink: ${t}" href="#${id}"><svg class="octicon octicon-link" viewBox="0 0 16 16" version="1.1" width="16" height="16" aria-hidden="true">
<path d="m7.775 3.275 1.25-1.25a3.5 3.5 0 1 1 4.95 4.95l-2.5 2.5"></path></svg></a></div>`;
};
const P = (a: readonly string[]): string => a.map((t) => `<p dir="auto">${t}</p>`).join('\n');
const code = (c: string): string => `<div class="highlight highlight-source-shell notranslate position-relative overflow-auto" dir="auto"><pre>${c}</pre>
<div class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn btn-invisible js-clipboard-copy m-2 p-0 d-flex"
data-copy-feedback="Copied!" data-tooltip-direction="w" value="${c.replace(/"/g, '&quot;')}" tabindex="0" role="button"></clipboard-copy></div></div>`;
const comment = (c: (typeof comments)[number], i: number): string => `<div class="js-comment-container TimelineItem d-block" id="gistcomment-${5512040 + i}">
<div class="avatar-parent-child TimelineItem-avatar d-none d-md-block"><a class="d-inline-block" data-hovercard-type="user" href="/${c.user}">
<img class="avatar rounded-2 avatar-user" src="https://avatars.githubusercontent.com/u/${18823 + i}?s=80&amp;v=4" width="40" height="40"
alt="@${c.user}"></a></div>
<div class="timeline-comment-group js-minimizable-comment-group TimelineItem-body my-0"><div class="ml-n3 timeline-comment unminimized-comment comment
previewable-edit js-task-list-container js-comment timeline-comment--caret"><div class="timeline-comment-header clearfix d-flex">
<div class="timeline-comment-actions flex-shrink-0 d-flex flex-items-center">${
  i === 1 ? '<span aria-label="This user is the author of this gist." ' + 'class="tooltipped tooltipped-n"><span class="Label ml-1">Author</span></span>' : ''
}</div><h3 class="f5 text-normal" style="flex: 1 1 auto">
<div><strong><a class="author Link--primary text-bold" data-hovercard-type="user" href="/${c.user}">${c.user}</a></strong>
<a href="#gistcomment-${5512040 + i}" class="Link--secondary js-timestamp">${c.when}</a></div></h3></div>
<div class="edit-comment-hide"><task-lists disabled sortable><table class="d-block user-select-contain" data-paste-markdown-skip><tbody class="d-block">
<tr class="d-block"><td class="d-block comment-body markdown-body js-comment-body"><p dir="auto">${c.text}</p></td></tr></tbody></table></task-lists></div>
</div></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system" data-a11y-link-underlines="true">
<head>
<meta charset="utf-8">
<link rel="dns-prefetch" href="https://github.githubassets.com">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/gist-8f1e4c2a9b7d.css" />
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/wp-runtime-4c6a2b8e.js"></script>
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/gist-7e3f19d0a4c2.js"></script>
<title>${desc} · GitHub</title>
<meta name="description" content="${desc}">
<meta name="route-pattern" content="/:user_id/:gist_id(.:format)" data-turbo-transient>
<meta name="octolytics-dimension-owner_login" content="okwuosa">
<meta property="og:image" content="https://github.githubassets.com/assets/gist-og-image-54fd7dc0713e.png" />
<meta property="og:site_name" content="Gist" /><meta property="og:type" content="article" />
<meta property="og:title" content="Nightly rsync backups to the NAS" /><meta property="og:url" content="https://gist.github.com/okwuosa/9c41e7b2a0d34f6b8e1f" />
<meta property="og:description" content="${desc}" />
<meta name="hostname" content="gist.github.com"><meta name="expected-hostname" content="gist.github.com">
<link rel="canonical" href="https://gist.github.com/okwuosa/9c41e7b2a0d34f6b8e1f" data-turbo-transient>
</head>
<body class="logged-out env-production page-responsive" style="word-wrap: break-word;">
<div data-turbo-body class="logged-out env-production page-responsive" style="word-wrap: break-word;">
<div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content" data-skip-target-assigned="false" class="p-3
color-bg-accent-emphasis
color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a><span data-view-component="true" class="progress-pjax-loader Progress
position-fixed width-full">
<span style="width: 0%;" data-view-component="true" class="Progress-item progress-pjax-loader-bar left-0 top-0 color-bg-accent-emphasis"></span></span>
<div class="Header js-details-container Details flex-wrap flex-md-nowrap p-responsive" role="banner"><div class="Header-item d-none d-md-flex">
<a class="Header-link" data-hotkey="g d" aria-label="Gist Homepage " href="/"><svg height="32" class="octicon octicon-mark-github v-align-middle
d-inline-block d-md-none"
viewBox="0 0 24 24" width="32" aria-hidden="true"></svg><svg height="24" class="octicon octicon-logo-gist" viewBox="0 0 68 24" width="68"
aria-hidden="true"></svg></a></div>
<div class="Header-item Header-item--full js-site-search flex-column flex-md-row width-full flex-order-2 flex-md-order-none mr-0 mr-md-3 mt-3 mt-md-0
Details-content--hidden-not-important d-md-flex">
<div class="header-search flex-self-stretch flex-md-self-auto mr-0 mr-md-3 mb-3 mb-md-0"><form class="position-relative js-quicksearch-form"
role="search" aria-label="Site"
data-turbo="false" action="/search" accept-charset="UTF-8" method="get"><div class="header-search-wrapper form-control input-sm js-chromeless-input-container">
<input type="text" class="form-control input-sm js-site-search-focus header-search-input" data-hotkey="s,/" aria-label="Search Gists"
placeholder="Search Gists" name="q"
autocomplete="off"></div></form></div>
<nav aria-label="Global" class="d-flex flex-column flex-md-row flex-self-stretch flex-md-self-auto">
<a class="Header-link mr-0 mr-md-3 py-2 py-md-0 border-top border-md-top-0 border-white-fade" data-ga-click="Header, go to all gists, text:all gists"
href="/discover">${head[0]}</a>
<a class="Header-link mr-0 mr-md-3 py-2 py-md-0 border-top border-md-top-0 border-white-fade" data-ga-click="Header, go to homepage, text:back to github"
href="https://github.com">${head[1]}</a>
<a class="Header-link d-block d-md-none mr-0 mr-md-3 py-2 py-md-0 border-top border-md-top-0 border-white-fade"
href="https://gist.github.com/auth/github?return_to=https%3A%2F%2Fgist.github.com%2Fokwuosa%2F9c41e7b2a0d34f6b8e1f">${head[2]}</a></nav></div>
<div class="Header-item f4 mr-0" role="navigation" aria-label="Sign in or sign up">
<a class="HeaderMenu-link no-underline mr-3" href="https://gist.github.com/auth/github?return_to=https%3A%2F%2Fgist.github.com%2Fokwuosa">${head[2]}</a>
<a class="HeaderMenu-link d-inline-block no-underline border color-border-default rounded px-2 py-1"
href="/join?return_to=https%3A%2F%2Fgist.github.com">${head[3]}</a>
</div></div>
<div id="js-flash-container" class="flash-container" data-turbo-replace><template class="js-flash-template"><div class="flash flash-full {{ className }}">
<div aria-atomic="true" role="alert" class="js-flash-alert"><div>{{ message }}</div></div></div></template></div></div>
<div id="start-of-content" class="show-on-focus"></div>
<div class="application-main " data-commit-hovercards-enabled data-discussion-hovercards-enabled data-issue-and-pr-hovercards-enabled>
<div itemscope itemtype="http://schema.org/Code"><main id="gist-pjax-container">
<div class="gist-detail-intro gist-banner pb-3"><div class="text-center container-lg px-3"><p class="lead">Instantly share code, notes, and
snippets.</p></div></div>
<div class="gisthead pagehead pb-0 pt-3 mb-4"><div class="px-0"><div class="mb-3 d-flex px-3 px-md-3 px-lg-5"><div class="flex-auto min-width-0 width-fit mr-3">
<div class="d-flex"><div class="d-none d-md-block"><a class="mr-2 flex-shrink-0" data-hovercard-type="user" href="/okwuosa"><img class="avatar avatar-user"
src="https://avatars.githubusercontent.com/u/9214471?s=64&amp;v=4" width="32" height="32" alt="@okwuosa" /></a></div>
<div class="d-flex flex-column width-full"><div class="d-flex flex-row width-full"><h1 class="wb-break-word f3 text-normal mb-md-0 mb-1">
<span class="author"><a data-hovercard-type="user" href="/okwuosa">okwuosa</a></span><span class="mx-1 color-fg-muted">/</span><strong itemprop="name"
class="css-truncate-target mr-1" style="max-width: 410px"><a href="/okwuosa/9c41e7b2a0d34f6b8e1f">rsync-backup.md</a></strong></h1></div>
<div class="note m-0">Last active <relative-time tense="past" datetime="2025-06-03T19:22:08Z" data-view-component="true">Jun 3, 2025</relative-time></div>
</div></div></div>
<ul class="d-md-flex pagehead-actions float-none mr-2"><li><a href="/login?return_to=https%3A%2F%2Fgist.github.com%2Fokwuosa" rel="nofollow"
class="btn btn-sm btn-with-count tooltipped tooltipped-n" aria-label="You must be signed in to star a gist"><svg class="octicon octicon-star"
viewBox="0 0 16 16"
width="16" height="16" aria-hidden="true"></svg> ${acts[0]}</a><a class="social-count" aria-label="212 users starred this gist"
href="/okwuosa/stargazers">212</a></li>
<li><a href="/login?return_to=https%3A%2F%2Fgist.github.com%2Fokwuosa" rel="nofollow" class="btn btn-sm btn-with-count tooltipped tooltipped-n"
aria-label="You must be signed in to fork a gist"><svg class="octicon octicon-repo-forked" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"></svg>
${acts[1]}</a><span class="social-count">31</span></li></ul></div>
<div class="d-flex flex-md-row flex-column px-0 pr-md-3 px-lg-5"><div class="flex-md-order-1 flex-order-2 flex-auto"><nav class="UnderlineNav
box-shadow-none px-3 px-lg-0"
aria-label="Gist" data-pjax="#gist-pjax-container"><div class="UnderlineNav-body">
<a class="js-selected-navigation-item selected UnderlineNav-item" aria-current="page" href="/okwuosa/9c41e7b2a0d34f6b8e1f"><svg class="octicon octicon-code
UnderlineNav-octicon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"></svg> ${tabs[0]}</a>
<a class="js-selected-navigation-item UnderlineNav-item" href="/okwuosa/9c41e7b2a0d34f6b8e1f/revisions"><svg class="octicon octicon-git-commit"></svg>
${tabs[1]} <span title="4" data-view-component="true" class="Counter hx_reponav_item_counter">${tabs[2]}</span></a>
<a class="js-selected-navigation-item UnderlineNav-item" href="/okwuosa/9c41e7b2a0d34f6b8e1f/stargazers"><svg class="octicon octicon-star"></svg>
${tabs[3]} <span title="212" data-view-component="true" class="Counter hx_reponav_item_counter">${tabs[4]}</span></a>
<a class="js-selected-navigation-item UnderlineNav-item" href="/okwuosa/9c41e7b2a0d34f6b8e1f/forks"><svg class="octicon octicon-repo-forked"></svg>
${tabs[5]} <span title="31" data-view-component="true" class="Counter hx_reponav_item_counter">${tabs[6]}</span></a>
</div></nav></div>
<div class="d-md-flex d-none flex-items-center flex-md-order-2 flex-order-1 file-navigation-options" data-multiple>
<div class="d-lg-table d-none"><div class="file-navigation-option v-align-middle"><div class="d-md-flex d-none"><div class="input-group">
<div class="input-group-button"><details class="details-reset details-overlay select-menu"><summary data-view-component="true"
class="select-menu-button btn-sm btn">
<span data-menu-button>${acts[2]}</span></summary></details></div><input type="text" aria-label="Clone this repository at &amp;lt;script src=&amp;quot;..."
readonly class="form-control input-monospace input-sm" value="&lt;script
src=&quot;https://gist.github.com/okwuosa/9c41e7b2a0d34f6b8e1f.js&quot;&gt;&lt;/script&gt;">
</div></div></div>
<div class="file-navigation-option v-align-middle"><div class="d-md-flex d-none"><div class="input-group"><div class="input-group-button">
<details class="details-reset details-overlay select-menu"><summary class="select-menu-button btn-sm btn"><span data-menu-button>${acts[3]}</span></summary>
</details></div></div></div></div></div>
<div class="ml-2 file-navigation-option"><a class="btn btn-sm tooltipped tooltipped-s tooltipped-multiline js-remove-unless-platform"
data-platforms="windows,mac"
aria-label="${acts[4]}" href="https://desktop.github.com"><svg class="octicon octicon-desktop-download" aria-hidden="true"></svg></a></div>
<div class="ml-2"><a class="btn btn-sm" rel="nofollow" data-ga-click="Gist, download zip, location:gist overview"
href="/okwuosa/9c41e7b2a0d34f6b8e1f/archive/2f0d7c1.zip">${acts[5]}</a></div></div></div></div></div>
<div class="container-lg px-3"><div class="repository-content gist-content"><div><div itemprop="about">
    ${desc}
  </div>
<div class="js-gist-file-update-container js-task-list-container"><div id="file-rsync-backup-md" class="file my-2">
<div class="file-header d-flex flex-md-items-center flex-items-start"><div class="file-actions flex-order-2 pt-0">
<a href="/okwuosa/9c41e7b2a0d34f6b8e1f/raw/2f0d7c1/rsync-backup.md" data-view-component="true" class="Button--secondary Button--small Button">
<span class="Button-content"><span class="Button-label">${acts[6]}</span></span></a></div>
<div class="file-info pr-4 d-flex flex-md-items-center flex-items-start flex-order-1 flex-auto"><span class="mr-1"><svg class="octicon
octicon-file-code color-fg-muted"
aria-hidden="true"></svg></span><a class="wb-break-all" href="#file-rsync-backup-md"><strong class="user-select-contain gist-blob-name css-truncate-target">
rsync-backup.md</strong></a></div></div>
<div id="file-rsync-backup-md-readme" class="Box-body readme blob p-5 p-xl-6 gist-border-0"><article class="markdown-body entry-content container-lg"
itemprop="text">
${mh(1, title)}
${P(p1)}
${mh(2, h[0] ?? '')}
${P(p2)}
${code(RSYNC)}
<ul dir="auto">\n${list1.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>
${mh(2, h[1] ?? '')}
${P(p3)}
${code('.cache/\n.local/share/Trash/\nnode_modules/\n.venv/\nDownloads/*.iso')}
${P(p4)}
${mh(2, h[2] ?? '')}
${P(p5)}
${mh(2, h[3] ?? '')}
${P(p6)}
</article></div></div></div>
<a name="comments"></a><div class="js-quote-selection-container" data-quote-markdown=".js-comment-body"><div class="js-discussion ">
<div class="ml-md-6 pl-md-3 ml-0 pl-0">${comments.map(comment).join('\n')}</div>
<div class="discussion-timeline-actions"><div class="flash flash-warn mt-3">
<a rel="nofollow" class="btn btn-primary" href="/join?source=comment-gist">Sign up for free</a>
<strong>to join this conversation on GitHub</strong>.
Already have an account?
<a rel="nofollow" class="btn" href="/login?return_to=https%3A%2F%2Fgist.github.com%2Fokwuosa">Sign in to comment</a>
</div></div></div></div></div></div></main></div></div></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2>
<div class="d-flex flex-justify-center flex-items-center flex-column-reverse flex-lg-row flex-wrap flex-lg-nowrap">
<div class="d-flex flex-items-center flex-shrink-0 mx-2"><a aria-label="GitHub Homepage" class="footer-octicon mr-2" href="https://github.com">
<svg aria-hidden="true" height="24" viewBox="0 0 24 24" width="24" class="octicon octicon-mark-github"></svg></a><span>${foot[0]}</span></div>
<nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3><ul class="list-style-none d-flex flex-justify-center
flex-wrap mb-2 mb-lg-0"
aria-labelledby="sr-footer-heading">
${foot
  .slice(1, 8)
  .map((t) => `<li class="mx-2"><a class="Link--secondary" href="https://docs.github.com/site-policy/${t.toLowerCase()}">${t}</a></li>`)
  .join('\n')}
<li class="mx-2"><cookie-consent-link><button type="button" class="Link--secondary underline-on-hover border-0 p-0 color-bg-transparent"
data-action="click:cookie-consent-link#showConsentManagement">${foot[8]}</button></cookie-consent-link></li>
<li class="mx-2"><cookie-consent-link><button type="button" class="Link--secondary underline-on-hover border-0 p-0 color-bg-transparent"
data-action="click:cookie-consent-link#showConsentManagement">${foot[9]}</button></cookie-consent-link></li>
</ul></nav></div></footer>
<ghcc-consent id="ghcc" class="position-fixed bottom-0 left-0" style="z-index: 999999" data-locale="en" data-initial-cookie-consent-allowed=""></ghcc-consent>
<div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden><svg aria-hidden="true" class="octicon octicon-alert"></svg>
<button type="button" class="flash-close js-ajax-error-dismiss" aria-label="Dismiss error"><svg aria-hidden="true" class="octicon octicon-x"></svg></button>
${flash[1]}</div>
<template id="site-details-dialog"><details class="details-reset details-overlay details-overlay-dark lh-default color-fg-default hx_rsm" open>
<summary role="button" aria-label="Close dialog"></summary></details></template>
<div class="js-stale-session-flash stale-session-flash flash flash-warn flash-full" hidden><svg aria-hidden="true" class="octicon octicon-alert"></svg>
<span class="js-stale-session-flash-signed-in" hidden>${flash[0]}</span></div>
</body>
</html>`;
const gist: TestPage = {
  html,
  name: 'heldout205-github-gist-docs',
  kind: 'docs',
  // the rendered Markdown's h1 is the title and the gist description is body (a docs page's description); the owner
  // handle and "Last active" date are bylines; the file name, counts, tabs, controls, the two reader comments (with their
  // handles and dates), the sign-up prompt, the footer and the hidden flash texts are furniture; the "Author" label on a
  // comment is furniture too
  title,
  headings: [...h],
  body: [desc, ...texts(p1), ...texts(p2), ...texts(list1), ...texts(p3), ...texts(p4), ...texts(p5), ...texts(p6)],
  bylines: ['okwuosa', 'Last active Jun 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...head, 'Instantly share code, notes, and snippets.', 'rsync-backup.md', ...acts.filter((t) => !t.startsWith('Save ')), ...tabs,
    ...comments.flatMap((c) => [c.when, c.text]), 'lindqvist-j', 'Author', signup, 'Footer', 'Footer navigation', ...foot, ...flash,
  ],
};

export const HELDOUT205_F: readonly TestPage[] = [gist, deptNews];
