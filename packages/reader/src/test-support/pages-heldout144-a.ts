import { links, ps, type TestPage, texts } from './page-kit.js';
import { cloudflareDocs } from './pages-heldout144-a2.js';

/**
 * Held-out batch 144, file a: a GitLab documentation page on the Hugo docs site (skip link, header with the version menu,
 * "What's new?", "Get free trial" and the search box, the left nav tree, breadcrumbs, the tier and offering box and the
 * collapsible "History" under the h1 and under one h2, alert boxes in the text, the "On this page" rail with its own h2,
 * "View page source" and "Edit in Web IDE", the "Help & feedback" accordion, the footer and the OneTrust banner) and, from
 * file a2, a Cloudflare developer documentation page.
 */
const glTitle = 'Deploy freezes';
const glLead = [
  `A deploy freeze blocks deployments to your environments for a set period, such as a holiday weekend or the final
days before an audit. During a freeze, jobs that deploy are held back while the rest of your pipeline keeps running, so
merge requests can still be tested and reviewed.`,
  `You define a freeze in the project settings with a cron expression for the start, a cron expression for the end, and a
time zone. GitLab then exposes a <code>CI_DEPLOY_FREEZE</code> variable to every job that runs inside the window.`,
];
const glH1 = 'Create a deploy freeze';
const glP1 = ['Prerequisites:'];
const glPre = ['You must have at least the Maintainer role for the project.'];
const glP2 = ['To create a deploy freeze:'];
const glSteps = [
  'On the left sidebar, select <strong>Search or go to</strong> and find your project.',
  'Select <strong>Settings &gt; CI/CD</strong>.',
  'Expand <strong>Deploy freezes</strong>.',
  'Select <strong>Add deploy freeze</strong>.',
  'Enter the <strong>Freeze start</strong> and <strong>Freeze end</strong> as cron expressions.',
  'Select a <strong>Cron time zone</strong>, then select <strong>Add deploy freeze</strong>.',
];
const glP3 = [
  `The freeze appears in the table with its next start and end time. If the start and end expressions describe a window that
never opens, for example an end that always comes before the start, GitLab shows an error and does not save the freeze.`,
];
const glH2 = 'Block jobs during a freeze';
const glP4 = [
  `A freeze does nothing on its own. To hold back deployments, add a rule to each deployment job that checks for the
<code>CI_DEPLOY_FREEZE</code> variable:`,
];
const glP5 = [
  `With this rule, the job is not added to pipelines that start during the freeze. Pipelines that started before the window
opened are not affected, so a long pipeline can still deploy a few minutes into a freeze.`,
];
const glNote = `If several freezes overlap, the variable is set for as long as any of them is active. The end of one freeze does
not end another.`;
const glH3 = 'Edit or delete a deploy freeze';
const glP6 = [
  `To change a freeze, select <strong>Edit</strong> next to it in the table, update the cron expressions or time zone, and
select <strong>Save deploy freeze</strong>. Changes apply to pipelines that start after you save.`,
  `To remove a freeze, select <strong>Delete</strong> and confirm. Deleting a freeze that is active lifts it immediately for new
pipelines.`,
];
const glH4 = 'Troubleshooting';
const glH5 = 'Deployment jobs still run during a freeze';
const glP7 = [
  `Check that the job has a rule that uses <code>CI_DEPLOY_FREEZE</code>. Jobs inherit rules from a template only if the
template is included before the job is defined, so a rule added to a shared template can be missed.`,
  `Also check the time zone. A freeze set to UTC that was meant for a team in Wellington starts twelve or thirteen hours
away from the intended time.`,
];
const glWarn = `Do not rely on a deploy freeze to protect production from manual changes. It only affects CI/CD jobs. People with
access to the servers can still deploy by other means.`;
const glTier = 'Tier: Free, Premium, Ultimate';
const glOffer = 'Offering: GitLab.com, GitLab Self-Managed, GitLab Dedicated';
const glHist = ['Introduced in GitLab 17.9.', 'Time zone selection added in GitLab 18.1.'];
const glHist2 = ['Support for overlapping freezes added in GitLab 18.3.'];
const glNavTop = ['Use GitLab', 'Extend', 'Install', 'Administer', 'Subscribe', 'Contribute', 'Solutions'];
const glNavCi = ['Get started', 'CI/CD YAML syntax reference', 'Pipelines', 'Jobs', 'Variables', 'Environments', 'Runners', 'Caching'];
const glNavEnv = ['Protected environments', 'Deployment approvals', 'Incremental rollouts', 'External deployment tools', 'Environments dashboard'];
const glCrumbs = ['Use GitLab', 'Use CI/CD to build your application', 'Environments'];
const glHelp = [
  'Help & feedback',
  'Docs',
  'Edit this page to fix an error or add an improvement in a merge request.',
  'Create an issue to suggest an improvement to this page.',
  'Product',
  'Create an issue if there is something you would change about this feature.',
  'Propose a feature in a feature request.',
  'Feature availability and product trials',
  'View pricing to compare the GitLab tiers and their features.',
  'Try GitLab free for 30 days.',
  'Get help',
  'If you did not find what you needed, search the docs.',
  'For community help, post on the GitLab forum.',
  'For problems with this feature, contact Support if your subscription includes it.',
];
const glFoot = ['About GitLab', 'Terms', 'Privacy statement', 'Cookie preferences', 'Contact us', 'Docs contributions'];
const glCookie = [
  'We use cookies to run this site, to understand how visitors use it and to support our marketing. Choose which cookies we may use.',
  'Cookies Settings',
  'Reject All',
  'Accept All Cookies',
];
const glH = (id: string, t: string, lvl = 2): string => `<h${lvl} id="${id}">${t}<a class="anchor" href="#${id}" aria-hidden="true" tabindex="-1">
<svg class="s16" data-testid="link-icon"><use href="/icons.svg#link"></use></svg></a></h${lvl}>`;
const glAlert = (type: string, label: string, text: string): string => `<div class="alert alert-${type}" role="alert">
<div class="alert-icon"><svg class="s16"><use href="/icons.svg#${type}"></use></svg></div><div class="alert-body">
<p><strong>${label}:</strong> ${text}</p></div></div>`;
const glHistory = (items: readonly string[]): string => `<details class="history-details gl-mb-5"><summary class="gl-font-bold">History</summary>
<ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul></details>`;
const glYaml = `deploy_production:
  stage: deploy
  script:
    - ./scripts/deploy.sh production
  rules:
    - if: $CI_DEPLOY_FREEZE == null`;
const glHtml = `<!DOCTYPE html>
<html lang="en" class="gl-h-full"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Deploy freezes | GitLab Docs</title>
<meta name="description" content="Block deployments to your environments for a set period with a deploy freeze.">
<meta property="og:site_name" content="GitLab Docs"><meta property="og:title" content="Deploy freezes"><meta property="og:type" content="website">
<meta property="og:image" content="https://docs.gitlab.com/gitlab-logo-social.png"><meta name="twitter:card" content="summary">
<meta name="docsearch:version" content="18.5"><link rel="canonical" href="https://docs.gitlab.com/ci/environments/deployment_freezes/">
<link rel="stylesheet" href="/css/main.min.8c1f3e2a.css"><script src="/js/main.bundle.min.4b7d0f.js" defer></script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="7f944245-c5cd-4eed-a90e-dd955adfdd08" charset="UTF-8"></script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});})(window,document,'script','dataLayer','GTM-NJXWQL');
</script></head>
<body class="gl-h-full gl-font-base gl-text-base">
<a href="#skipTarget" class="gl-sr-only gl-sr-only-focusable gl-fixed gl-z-9999 gl-p-3">Skip to main content</a>
<header class="gl-fixed gl-w-full gl-z-200 header gl-bg-gray-950" data-testid="docs-header"><nav class="gl-flex gl-items-center gl-px-5 navbar"
aria-label="Main"><a class="navbar-brand gl-flex gl-items-center" href="/"><img src="/gitlab-logo-header.svg" alt="GitLab" width="99" height="24">
<span class="gl-ml-3 gl-text-white gl-font-bold">Docs</span></a><div id="js-versions-menu" class="gl-ml-5"><button type="button"
class="btn gl-button btn-default btn-sm dropdown-toggle" aria-haspopup="listbox" aria-expanded="false"><span class="gl-button-text">18.5</span></button></div>
<div class="gl-ml-auto gl-flex gl-items-center gl-gap-4"><a class="gl-text-white" href="https://about.gitlab.com/releases/whats-new/">What's new?</a>
<a class="btn gl-button btn-confirm btn-sm" href="https://gitlab.com/-/trial_registrations/new?glm_source=docs.gitlab.com">Get free trial</a>
<div id="js-nav-search" class="gl-search-box-by-type"><form action="/search/" role="search"><label for="docs-search" class="gl-sr-only">Search docs</label>
<input id="docs-search" class="gl-form-input" type="search" name="q" placeholder="Search GitLab documentation" autocomplete="off"></form></div></div>
</nav></header>
<div class="gl-flex gl-pt-header"><aside class="gl-sidebar gl-w-sidebar gl-shrink-0" id="sidebar" aria-label="Documentation navigation">
<nav class="sidebar-nav"><ul class="sidebar-top-level">${links(glNavTop, 'sidebar-item gl-font-bold')}</ul>
<ul class="sidebar-subnav" data-level="2"><li class="sidebar-item is-expanded"><a href="/ci/">Use CI/CD to build your application</a>
<ul data-level="3">${links(glNavCi, 'sidebar-item')}
<li class="sidebar-item is-expanded"><a href="/ci/environments/">Environments</a><ul data-level="4">${links(glNavEnv, 'sidebar-item')}
<li class="sidebar-item is-active"><a href="/ci/environments/deployment_freezes/" aria-current="page">Deploy freezes</a></li></ul></li></ul></li></ul>
</nav></aside>
<main class="gl-grow gl-min-w-0 gl-flex" id="skipTarget"><div class="docs-content gl-px-7 gl-py-6 gl-max-w-prose">
<nav aria-label="Breadcrumb" class="gl-breadcrumbs gl-mb-4"><ol class="gl-breadcrumb-list">
${glCrumbs.map((t) => `<li class="gl-breadcrumb-item"><a href="/${t.length}/">${t}</a></li>`).join('\n')}</ol></nav>
<h1 class="gl-heading-1" id="deploy-freezes">${glTitle}</h1>
<div class="tier-offering-details gl-border gl-rounded-base gl-p-3 gl-mb-4" data-testid="availability-details">
<div class="gl-mb-2"><span class="gl-font-bold">Tier:</span> Free, Premium, Ultimate</div>
<div><span class="gl-font-bold">Offering:</span> GitLab.com, GitLab Self-Managed, GitLab Dedicated</div></div>
${glHistory(glHist)}
${ps(glLead)}
${glH('create-a-deploy-freeze', glH1)}
${ps(glP1)}
<ul>${glPre.map((t) => `<li>${t}</li>`).join('')}</ul>
${ps(glP2)}
<ol>${glSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${ps(glP3)}
${glH('block-jobs-during-a-freeze', glH2)}
${glHistory(glHist2)}
${ps(glP4)}
<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-yaml" data-lang="yaml">${glYaml}</code></pre>
<button class="clip-btn" type="button" title="Copy to clipboard" aria-label="Copy to clipboard"><svg class="s16"></svg></button></div>
${ps(glP5)}
${glAlert('info', 'Note', glNote)}
${glH('edit-or-delete-a-deploy-freeze', glH3)}
${ps(glP6)}
${glH('troubleshooting', glH4)}
${glH('deployment-jobs-still-run-during-a-freeze', glH5, 3)}
${ps(glP7)}
${glAlert('warning', 'Warning', glWarn)}
<div class="gl-mt-7 gl-text-sm page-source-links"><a href="https://gitlab.com/gitlab-org/gitlab/-/blob/master/doc/ci/environments/deployment_freezes.md"
>View page source</a> - <a href="https://gitlab.com/-/ide/project/gitlab-org/gitlab/edit/master/-/doc/ci/environments/deployment_freezes.md">Edit in Web IDE</a>
</div>
<div class="docs-feedback gl-mt-8" id="help-and-feedback"><h2 class="gl-heading-3">Help &amp; feedback</h2>
<div class="gl-accordion"><details open><summary>${glHelp[1]}</summary><ul><li>${glHelp[2]}</li><li>${glHelp[3]}</li></ul></details>
<details><summary>${glHelp[4]}</summary><ul><li>${glHelp[5]}</li><li>${glHelp[6]}</li></ul></details>
<details><summary>${glHelp[7]}</summary><ul><li>${glHelp[8]}</li><li>${glHelp[9]}</li></ul></details>
<details><summary>${glHelp[10]}</summary><ul><li>${glHelp[11]}</li><li>${glHelp[12]}</li><li>${glHelp[13]}</li></ul></details></div></div>
</div>
<div class="gl-hidden xl:gl-block gl-w-toc gl-shrink-0 toc-wrapper"><nav id="TableOfContents" class="gl-sticky gl-top-header" aria-label="On this page">
<h2 class="gl-text-sm gl-font-bold gl-uppercase">On this page</h2><ul>
<li><a href="#create-a-deploy-freeze">${glH1}</a></li><li><a href="#block-jobs-during-a-freeze">${glH2}</a></li>
<li><a href="#edit-or-delete-a-deploy-freeze">${glH3}</a></li><li><a href="#troubleshooting">${glH4}</a><ul>
<li><a href="#deployment-jobs-still-run-during-a-freeze">${glH5}</a></li></ul></li></ul></nav></div>
</main></div>
<footer class="gl-bg-gray-950 gl-text-white gl-py-7 footer"><div class="gl-container"><ul class="gl-flex gl-gap-5 footer-links">
${links(glFoot, 'footer-link')}</ul><p class="gl-text-sm">© 2025 GitLab Inc.</p></div></footer>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat"
tabindex="0" role="region" aria-label="Cookie banner"><div role="alertdialog" aria-describedby="onetrust-policy-text"><div class="ot-sdk-container">
<div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy">
<p id="onetrust-policy-text">${glCookie[0]}</p></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns">
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">${glCookie[1]}</button><button id="onetrust-reject-all-handler">${glCookie[2]}</button>
<button id="onetrust-accept-btn-handler">${glCookie[3]}</button></div></div></div></div></div></div></div>
</body></html>`;
const gitlabDocs: TestPage = {
  html: glHtml,
  name: 'heldout144-gitlab-docs',
  kind: 'docs',
  // the tier and offering box and the "History" details are furniture; the Note and Warning alerts are body (their
  // labels are part of the paragraph); the nav entry repeating the title, the "On this page" links and the nav entry
  // "Jobs" (a word of a heading) are left out; there is no byline on the page
  title: glTitle,
  headings: [glH1, glH2, glH3, glH4, glH5],
  body: texts([...glLead, ...glP1, ...glPre, ...glP2, ...glSteps, ...glP3, ...glP4, ...glP5, `Note: ${glNote}`, ...glP6, ...glP7, `Warning: ${glWarn}`]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', '18.5', "What's new?", 'Get free trial', 'Search docs', ...glNavTop, ...glNavCi.filter((t) => t !== 'Jobs'), ...glNavEnv,
    'Use CI/CD to build your application', glTier, glOffer, 'History', ...glHist, ...glHist2, 'View page source', 'Edit in Web IDE',
    ...glHelp, 'On this page', ...glFoot, '© 2025 GitLab Inc.', ...glCookie,
  ],
};

export const HELDOUT144_A: readonly TestPage[] = [gitlabDocs, cloudflareDocs];
