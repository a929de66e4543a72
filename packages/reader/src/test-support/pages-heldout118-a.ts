import { links, ps, type TestPage, texts } from './page-kit.js';
import { mdbookChapter } from './pages-heldout118-a2.js';
import { oneTrust, oneTrustTexts } from './pages-heldout118-kit.js';

/**
 * Held-out batch 118, file a: a page of the GitLab documentation site (docs.gitlab.com, the Hugo build: skip link, the
 * fixed header with the version menu, search and "Get free trial", the section tabs, the collapsible sidebar tree, the
 * breadcrumb, the tier and offering box, the collapsible "History" list, a gl-alert note, headings with anchor links,
 * the "On this page" outline, the "Help & feedback" block, the footer and the OneTrust banner) and, from file a2, a
 * chapter of a book built with mdBook.
 */
const glTitle = 'Pause windows for merge trains';
const glHistory = [
  'Introduced in GitLab 18.2 with a flag named <code>merge_train_pause_windows</code>. Disabled by default.',
  'Generally available in GitLab 18.5. Feature flag removed.',
];
const glP1 = [
  'A pause window is a recurring period during which a merge train still accepts merge requests but does not start pipelines for ' +
    'them. When the window closes, the train resumes in the order the merge requests were added. Use pause windows when your ' +
    'release process has fixed quiet hours, for example a weekly release freeze or the night a shared test environment is rebuilt.',
  'A pause window applies only to the merge train of the target branch you set it for. Merge requests that target other branches ' + 'are not affected.',
];
const glH1 = 'Prerequisites';
const glL1 = [
  'You must have at least the Maintainer role for the project.',
  'Merge trains must be enabled for the project.',
  'The target branch must be protected.',
];
const glH2 = 'Create a pause window';
const glP2 = ['To create a pause window:'];
const glL2 = [
  'On the left sidebar, select <strong>Search or go to</strong> and find your project.',
  'Select <strong>Settings &gt; Merge requests</strong>.',
  'In the <strong>Merge trains</strong> section, select <strong>Add pause window</strong>.',
  'Select the target branch, then enter a start time, an end time, and the days of the week the window repeats on.',
  'Optional. In <strong>Reason</strong>, enter a short message. Users see it on merge requests that wait in the train.',
  'Select <strong>Save changes</strong>.',
];
const glP3 = [
  'Times are stored in the time zone of the project. If you change the project time zone later, existing windows keep their local ' + 'start and end times.',
];
const glNote =
  'Pause windows do not cancel pipelines that are already running when a window opens. Those pipelines finish, and their merge ' +
  'requests merge if the pipelines pass.';
const glH3 = 'What happens during a pause window';
const glP4 = ['While a pause window is open:'];
const glL3 = [
  'Users can still add merge requests to the train. They are queued in the order they were added.',
  'The merge request widget shows <strong>Merge train paused</strong> and the reason, if you entered one.',
  'No pipelines are created for the train, so no compute minutes are used.',
  'If a merge request is removed from the train, the other merge requests keep their positions.',
];
const glP5 = [
  'When the window closes, the train starts pipelines for the first merge requests in the queue, up to the usual limit of twenty ' + 'parallel pipelines.',
];
const glH4 = 'Skip a pause window';
const glP6 = [
  'In an emergency you can merge a single merge request without waiting for the window to close. Users with the Maintainer role ' +
    'can select <strong>Merge immediately</strong> on the merge request. This restarts the pipelines of every merge request ' +
    'already in the train, so use it sparingly.',
];
const glH5 = 'Use the API';
const glP7 = ['You can also manage pause windows with the merge trains API. For example, to list the pause windows of a project:'];
const glCode = `curl --header "PRIVATE-TOKEN: &lt;your_access_token&gt;" \\
  --url "https://gitlab.example.com/api/v4/projects/42/merge_trains/pause_windows"`;
const glP8 = ['The response includes the branch, the start and end times, the days, and the reason for each window.'];
const glH6 = 'Troubleshooting';
const glH7 = 'Merge requests start pipelines during a pause window';
const glP9 = [
  'If pipelines start while a window should be open, check that the window is set for the exact branch name. Wildcard branch ' +
    'names such as <code>release/*</code> are not supported for pause windows. Create a separate window for each protected ' +
    'release branch.',
];
const glTabs = ['Use GitLab', 'GitLab Duo', 'Extend', 'Install', 'Administer', 'Subscribe', 'Contribute', 'Solutions'];
const glSideTop = ['Tutorials', 'Get started', 'Organize work with projects', 'Plan and track work'];
const glSideCode = ['Repositories', 'Web IDE', 'Remote development'];
const glSideMr = ['Create merge requests', 'Reviews', 'Approvals', 'Auto-merge'];
const glSideTrain = ['Merge when pipeline succeeds', 'Merge train settings'];
const glSideEnd = ['Use CI/CD to build your application', 'Secure your application', 'Deploy and release your application'];
const glCrumbs = ['Use GitLab', 'Manage your code', 'Merge requests', 'Merge trains'];
const glFeedback = [
  'Help & feedback',
  'Docs',
  'Edit this page to fix an error or add an improvement in a merge request.',
  'Create an issue to suggest an improvement to this page.',
  'Product',
  'Create an issue if there is something you do not like about this feature.',
  'Propose functionality by submitting a feature request.',
  'Feature availability and product trials',
  'View pricing to see all GitLab tiers and features, or to upgrade.',
  'Try GitLab for free with access to all features for 30 days.',
  'Get help',
  'If you did not find what you were looking for, search the docs.',
  'If you want help with something specific and could use community support, post on the GitLab forum.',
  'For problems setting up or using this feature (depending on your GitLab subscription).',
  'Request support',
];
const glFoot = ['Terms', 'Privacy statement', 'Cookie preferences', 'Contact', 'Twitter', 'Facebook', 'YouTube', 'LinkedIn'];
const glLicence = 'Documentation is licensed under CC BY-SA 4.0.';
const glOt = {
  policy:
    'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze ' +
    'site usage, and assist in our marketing efforts.',
  policyLink: 'Cookie Policy',
  settings: 'Cookies Settings',
  reject: 'Reject All',
  accept: 'Accept All Cookies',
};
const anchor = (id: string): string =>
  `<a class="anchor gl-ml-2 gl-text-decoration-none" href="#${id}" aria-label="Link to this heading"><svg class="s16" data-testid="link-icon"></svg></a>`;
const glId = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const glH = (n: 2 | 3, t: string): string => `<h${n} id="${glId(t)}">${t}${anchor(glId(t))}</h${n}>`;
const glSide = (items: readonly string[]): string =>
  items.map((t) => `<li class="sidebar-item"><a class="gl-block gl-py-2 gl-px-3" href="/user/${glId(t)}/">${t}</a></li>`).join('\n');
const glHtml = `<!DOCTYPE html>
<html lang="en-us" class="gl-light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pause windows for merge trains | GitLab Docs</title>
<meta name="description" content="Stop a merge train from starting pipelines during a release freeze or a maintenance window.">
<meta property="og:title" content="${glTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="GitLab Docs">
<meta name="docsearch:version" content="18.6"><link rel="canonical" href="https://docs.gitlab.com/ci/pipelines/merge_trains/pause_windows/">
<link rel="stylesheet" href="/frontend/main.css?v=7d1f4e2"><script defer src="/frontend/main.js?v=7d1f4e2"></script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="7f944245-c5cd-4eed-a90e-dd955adfdd08"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${glTitle}",
"publisher":{"@type":"Organization","name":"GitLab"},"url":"https://docs.gitlab.com/ci/pipelines/merge_trains/pause_windows/"}</script></head>
<body class="gl-font-base gl-text-body">
<a class="gl-sr-only gl-sr-only-focusable gl-absolute gl-z-999 skip-link" href="#skip-target">Skip to main content</a>
<header class="header gl-fixed gl-top-0 gl-w-full gl-z-200 gl-bg-white gl-border-b"><nav class="navbar gl-flex gl-items-center gl-px-5"
aria-label="Main"><a class="gl-logo gl-flex gl-items-center" href="/"><img src="/images/gitlab-logo.svg" alt="" width="24"><span
class="gl-font-bold gl-ml-3">GitLab Docs</span></a><div id="js-version-menu" class="gl-ml-4"><button class="gl-button btn-sm dropdown-toggle"
aria-haspopup="menu" aria-expanded="false"><span class="gl-sr-only">Select a version</span>18.6</button></div>
<form class="gl-ml-auto docs-search" role="search" action="/search/"><label class="gl-sr-only" for="docs-search">Search GitLab documentation</label>
<input id="docs-search" class="gl-form-input" type="search" name="q" placeholder="Search GitLab documentation"></form>
<a class="gl-button btn-sm gl-ml-4" href="/releases/">What's new?</a>
<a class="gl-button btn-confirm btn-sm gl-ml-3" href="https://gitlab.com/-/trial_registrations/new">Get free trial</a>
<button class="gl-button btn-icon gl-ml-3 js-theme-toggle" type="button"><span class="gl-sr-only">Toggle dark mode</span></button></nav>
<nav class="section-tabs gl-flex gl-px-5" aria-label="Sections"><ul class="gl-flex gl-list-none gl-m-0 gl-p-0">
${glTabs
  .map(
    (t, i) => `<li><a class="section-tab${i === 0 ? ' active' : ''}" href="/${glId(t)}/"${i === 0 ? ' aria-current="true"' : ''}>${t}</a>
</li>`,
  )
  .join('\n')}
</ul></nav></header>
<div class="gl-flex layout"><aside id="sidebar" class="sidebar gl-fixed gl-overflow-y-auto" aria-label="Documentation"><nav class="sidebar-nav">
<button class="gl-button btn-sm sidebar-collapse" type="button" aria-expanded="true">Collapse sidebar</button>
<ul class="nav-top gl-list-none gl-p-0">${glSide(glSideTop)}
<li class="sidebar-item expanded"><button class="gl-button btn-sm toggle" aria-expanded="true"></button><a href="/user/project/">Manage your code</a>
<ul>${glSide(glSideCode)}
<li class="sidebar-item expanded"><a href="/user/project/merge_requests/">Merge requests</a><ul>${glSide(glSideMr)}
<li class="sidebar-item expanded"><a href="/ci/pipelines/merge_trains/">Merge trains</a><ul>${glSide(glSideTrain)}
<li class="sidebar-item active"><a aria-current="page" href="/ci/pipelines/merge_trains/pause_windows/">${glTitle}</a></li></ul></li>
</ul></li></ul></li>${glSide(glSideEnd)}</ul></nav></aside>
<main id="skip-target" class="main-content gl-flex-grow"><div class="gl-flex"><div class="article gl-flex-grow gl-px-7">
<nav aria-label="Breadcrumb" class="gl-breadcrumbs gl-mb-4"><ol class="gl-breadcrumb-list">
${glCrumbs.map((t) => `<li class="gl-breadcrumb-item"><a href="/${glId(t)}/">${t}</a></li>`).join('\n')}
<li class="gl-breadcrumb-item" aria-current="page"><span>${glTitle}</span></li></ol></nav>
<h1 class="gl-heading-1 gl-mt-0">${glTitle}</h1>
<div class="availability-details gl-bg-gray-10 gl-rounded-base gl-p-4 gl-mb-5"><span class="gl-font-bold">Tier:</span> Premium, Ultimate<br>
<span class="gl-font-bold">Offering:</span> GitLab.com, GitLab Self-Managed, GitLab Dedicated</div>
<details class="history-details gl-mb-5"><summary class="gl-font-bold">History</summary><ul>${glHistory.map((t) => `<li>${t}</li>`).join('\n')}</ul></details>
<div class="js-article-content gl-docs-body">
${ps(glP1)}
${glH(2, glH1)}
<ul>${glL1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${glH(2, glH2)}
${ps(glP2)}
<ol>${glL2.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${ps(glP3)}
<div class="gl-alert gl-alert-info gl-alert-not-dismissible gl-my-5" role="alert"><svg class="gl-icon s16 gl-alert-icon" data-testid="information-o-icon"></svg>
<div class="gl-alert-content"><h2 class="gl-alert-title">Note</h2><div class="gl-alert-body"><p>${glNote}</p></div></div></div>
${glH(2, glH3)}
${ps(glP4)}
<ul>${glL3.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(glP5)}
${glH(3, glH4)}
${ps(glP6)}
${glH(2, glH5)}
${ps(glP7)}
<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-shell" data-lang="shell">${glCode}</code></pre>
<button class="gl-button btn-sm clipboard-button" title="Copy to clipboard"><span class="gl-sr-only">Copy to clipboard</span></button></div>
${ps(glP8)}
${glH(2, glH6)}
${glH(3, glH7)}
${ps(glP9)}
</div>
<section class="docs-feedback gl-border-t gl-mt-8 gl-pt-6"><h2 class="gl-heading-3">${glFeedback[0]}</h2>
<details class="gl-mb-3"><summary>${glFeedback[1]}</summary><ul><li><a href="https://gitlab.com/-/ide/project/gitlab-org/gitlab/edit">${glFeedback[2]}</a></li>
<li><a href="https://gitlab.com/gitlab-org/gitlab/-/issues/new">${glFeedback[3]}</a></li></ul></details>
<details class="gl-mb-3"><summary>${glFeedback[4]}</summary><ul><li>${glFeedback[5]}</li><li>${glFeedback[6]}</li></ul></details>
<details class="gl-mb-3"><summary>${glFeedback[7]}</summary><ul><li>${glFeedback[8]}</li><li>${glFeedback[9]}</li></ul></details>
<details class="gl-mb-3"><summary>${glFeedback[10]}</summary><ul><li>${glFeedback[11]}</li><li>${glFeedback[12]}</li>
<li>${glFeedback[13]} <a class="gl-button btn-sm" href="https://about.gitlab.com/support/">${glFeedback[14]}</a></li></ul></details></section>
</div><div class="toc-wrapper gl-w-1/5 gl-hidden lg:gl-block"><nav class="gl-docs-toc gl-sticky" aria-labelledby="toc-title">
<h2 id="toc-title" class="gl-font-bold gl-text-sm">On this page</h2><ul>
${[glH1, glH2, glH3, glH5, glH6].map((t) => `<li><a href="#${glId(t)}">${t}</a></li>`).join('\n')}</ul></nav></div></div></main></div>
<footer class="footer gl-bg-gray-900 gl-text-white gl-py-7 gl-px-7"><div class="gl-flex gl-justify-between"><a href="/" class="footer-logo"><span
class="gl-sr-only">GitLab Docs</span></a><ul class="gl-flex gl-list-none gl-gap-5">${links(glFoot, 'footer-link')}</ul></div>
<p class="gl-text-sm gl-mt-5">${glLicence} <a href="https://gitlab.com/gitlab-org/technical-writing/docs-gitlab-com/-/blob/main/LICENSE">View page source</a>
</p>
</footer>
${oneTrust(glOt)}
</body></html>`;

const gitlab: TestPage = {
  html: glHtml,
  name: 'heldout118-gitlab-docs',
  kind: 'docs',
  // the tier and offering box and the collapsed "History" list are in neither list; the gl-alert's body is body, its
  // "Note" title in neither list; the outline that repeats the headings is left out
  title: glTitle,
  headings: [glH1, glH2, glH3, glH4, glH5, glH6, glH7],
  body: texts([...glP1, ...glL1, ...glP2, ...glL2, ...glP3, glNote, ...glP4, ...glL3, ...glP5, ...glP6, ...glP7, ...glP8, ...glP9]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'GitLab Docs', 'Select a version', 'Search GitLab documentation', "What's new?", 'Get free trial', 'Toggle dark mode',
    ...glTabs, 'Collapse sidebar', ...glSideTop, ...glSideCode, ...glSideMr, ...glSideTrain, ...glSideEnd, ...glCrumbs.slice(1), 'Copy to clipboard',
    'On this page', ...glFeedback, ...glFoot, glLicence, 'View page source', ...oneTrustTexts(glOt),
  ],
};

export const HELDOUT118_A: readonly TestPage[] = [gitlab, mdbookChapter];
