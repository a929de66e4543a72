import { links, type TestPage, texts } from './page-kit.js';
import { herokuArticle } from './pages-heldout60-e2.js';

/**
 * Held-out batch 60, file e: a GitLab docs page (docs.gitlab.com on the Hugo theme: the header with search, "What's new?",
 * the version menu and "Get free trial", the left nav tree, breadcrumbs, the Tier / Offering availability box, the collapsed
 * "History" list, "Prerequisites:" lists, a Note alert, a YAML code block, "Related topics", a Troubleshooting section, the
 * right-hand "On this page" list, the "Help & feedback" box and the footer).
 */
const glTitle = 'Scheduled pipelines';
const glIntro = [
  'Use scheduled pipelines to run GitLab CI/CD pipelines at regular intervals, for example to build nightly packages, refresh a ' +
    'cache, or run a long test suite that would slow down every merge request.',
  'A pipeline schedule runs on one branch or tag, as the user who owns the schedule. Its pipelines have access to the variables ' +
    'defined in the schedule as well as to the project’s CI/CD variables.',
];
const glH1 = 'Add a pipeline schedule';
const glPre = 'Prerequisites:';
const glPreList = [
  'You must have at least the Developer role for the project.',
  'For the schedule to run, you must be allowed to merge into the target branch.',
];
const glTo = 'To add a pipeline schedule:';
const glSteps = [
  'On the left sidebar, select <strong>Search or go to</strong> and find your project.',
  'Select <strong>Build &gt; Pipeline schedules</strong>.',
  'Select <strong>New schedule</strong> and fill in the fields. <strong>Interval pattern</strong> accepts one of the preset ' +
    'intervals or a custom value in cron syntax.',
  'Optional. Add variables that apply only to pipelines that this schedule starts.',
  'Select <strong>Create pipeline schedule</strong>.',
];
const glNote =
  'A schedule can’t run more often than the instance’s pipeline schedule worker allows. On GitLab.com the worker runs every five ' +
  'minutes, so a schedule set to run every minute starts at most once every five minutes.';
const glH2 = 'Run a schedule manually';
const glRun =
  'To start a scheduled pipeline at once, without waiting for its next run, select <strong>Run schedule now</strong> ' +
  '(<svg class="s16" data-testid="play-icon" aria-label="play"></svg>) next to the schedule. You can start each schedule manually once a minute.';
const glH3 = 'Run jobs only in scheduled pipelines';
const glJobs =
  'To run a job only when a schedule starts the pipeline, check the <code>CI_PIPELINE_SOURCE</code> predefined variable in the ' + 'job’s <code>rules</code>:';
const glH4 = 'Take ownership of a pipeline schedule';
const glOwn = [
  'Scheduled pipelines run with the permissions of the schedule’s owner. If the owner leaves the project or is blocked, the ' +
    'schedule is deactivated until another user takes it over.',
  'To take ownership, select <strong>Take ownership</strong> on the schedule and confirm. You need at least the Maintainer role ' +
    'for the project to take over a schedule that someone else owns.',
];
const glH5 = 'Troubleshooting';
const glH6 = 'Schedule runs on a tag instead of a branch';
const glTrouble =
  'When you create a schedule with a branch or tag name, GitLab stores it as a full reference such as <code>refs/heads/main</code>. ' +
  'If a branch and a tag have the same name, edit the schedule and check that it points at the one you intended.';
const glRelated = ['Pipeline schedules API', 'Predefined CI/CD variables', 'Pipeline efficiency'];
const glHistory = [
  'Service accounts as schedule owners introduced in GitLab 17.9.',
  'Inputs for scheduled pipelines introduced in GitLab 18.1 with a flag named ci_inputs_for_pipelines. Disabled by default.',
];
const glNavTop = ['Use GitLab', 'Extend', 'Install', 'Administer', 'Subscribe', 'Contribute', 'Solutions'];
const glNavCi = ['Get started', 'CI/CD YAML syntax reference', 'Runners', 'Jobs', 'Variables', 'Pipeline types', 'Merge request pipelines'];
const glCrumbs = ['Use GitLab', 'Use CI/CD to build your application', 'Pipelines'];
const glHelp = [
  'Edit this page to fix an error or add an improvement in a merge request.',
  'Create an issue to suggest an improvement to this page.',
  'Create an issue if there’s something you don’t like about this feature.',
  'Propose functionality by submitting a feature request.',
  'View pricing to see all GitLab tiers and features, or to upgrade.',
  'Try GitLab for free with access to all features for 30 days.',
  'If you didn’t find what you were looking for, search the docs.',
  'If you want help with something specific and could use community support, post on the GitLab forum.',
];
const glFoot = ['About GitLab', 'Terms', 'Privacy statement', 'Cookie preferences', 'View page source', 'Edit in Web IDE'];
const glYaml = `<span class="nt">nightly-package</span><span class="pi">:</span>
  <span class="na">script</span><span class="pi">:</span> <span class="s">make package</span>
  <span class="na">rules</span><span class="pi">:</span>
    <span class="pi">-</span> <span class="na">if</span><span class="pi">:</span> <span class="s">$CI_PIPELINE_SOURCE == "schedule"</span>`;
const h = (lvl: number, id: string, text: string): string =>
  `<h${lvl} id="${id}">${text}<a class="anchor" href="#${id}" aria-label="Link to this heading"><svg class="s16"></svg></a></h${lvl}>`;
const glHtml = `<!DOCTYPE html>
<html lang="en" data-theme="light"><head><meta charset="utf-8"><title>${glTitle} | GitLab Docs</title>
<meta name="description" content="Run pipelines at regular intervals with pipeline schedules.">
<meta name="gitlab-docs-version" content="18.5"><link rel="stylesheet" href="/frontend/main.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag("js",new Date());</script>
<script type="text/javascript" src="https://cdn.cookielaw.org/consent/7f944245-c5cd-4eed-a90e-dd955adfdd08/OtAutoBlock.js"></script></head>
<body class="gl-docs"><a class="gl-sr-only gl-focus" href="#content">Skip to main content</a>
<header class="gl-docs-header" role="banner"><a class="gl-docs-header__brand" href="/"><svg aria-hidden="true"></svg><span>GitLab Docs</span></a>
<div class="gl-docs-header__search"><button type="button" class="gl-search-trigger" aria-label="Search"><span>Search</span><kbd>/</kbd></button></div>
<a class="gl-docs-header__link" href="/releases/">What’s new?</a>
<div class="gl-dropdown version-menu"><button aria-haspopup="listbox"><span class="gl-sr-only">Select version</span>18.5</button>
<ul role="listbox" hidden><li>18.5 (not yet released)</li><li>18.4</li><li>18.3</li><li>17.11</li><li>Archives</li></ul></div>
<a class="gl-button btn-confirm" href="https://gitlab.com/-/trial_registrations/new">Get free trial</a></header>
<div class="gl-docs-layout"><nav class="sidebar" aria-label="Documentation"><ul class="nav-top">${links(glNavTop, 'nav-item')}</ul>
<ul class="nav-ci"><li class="nav-group">Use CI/CD to build your application<ul>${links(glNavCi.slice(0, 5))}
<li class="nav-group"><a href="/ci/pipelines/">Pipelines</a><ul>${links(glNavCi.slice(5))}
<li class="active"><a href="/ci/pipelines/schedules/" aria-current="page">${glTitle}</a></li></ul></li></ul></li></ul></nav>
<main id="content" class="gl-docs-content"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${glCrumbs.map((c) => `<li><a href="#">${c}</a></li>`).join('')}
</ol></nav><article class="docs-article"><h1>${glTitle}</h1>
<div class="gl-product-availability" data-testid="availability-details"><div><strong>Tier:</strong> Free, Premium, Ultimate</div>
<div><strong>Offering:</strong> GitLab.com, GitLab Self-Managed, GitLab Dedicated</div></div>
<details class="history-details"><summary>History</summary><ul>${glHistory.map((t) => `<li>${t}</li>`).join('')}</ul></details>
${glIntro.map((p) => `<p>${p}</p>`).join('\n')}
${h(2, 'add-a-pipeline-schedule', glH1)}<p>${glPre}</p><ul>${glPreList.map((t) => `<li>${t}</li>`).join('')}</ul>
<p>${glTo}</p><ol>${glSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<div class="alert alert-note" role="alert"><div class="alert-title"><svg class="s16"></svg> Note</div><div class="alert-body"><p>${glNote}</p></div></div>
${h(2, 'run-a-schedule-manually', glH2)}<p>${glRun}</p>
${h(2, 'run-jobs-only-in-scheduled-pipelines', glH3)}<p>${glJobs}</p>
<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-yaml" data-lang="yaml">${glYaml}</code></pre>
<button class="clipboard-button" title="Copy to clipboard"><svg class="s16"></svg></button></div>
${h(2, 'take-ownership-of-a-pipeline-schedule', glH4)}${glOwn.map((p) => `<p>${p}</p>`).join('\n')}
${h(2, 'related-topics', 'Related topics')}<ul>${links(glRelated)}</ul>
${h(2, 'troubleshooting', glH5)}${h(3, 'schedule-runs-on-a-tag', glH6)}<p>${glTrouble}</p></article>
<section class="help-and-feedback"><h2>Help &amp; feedback</h2><div class="hf-docs"><h3>Docs</h3><p><a href="#">${glHelp[0]}</a></p>
<p><a href="#">${glHelp[1]}</a></p></div><div class="hf-product"><h3>Product</h3><p>${glHelp[2]}</p><p>${glHelp[3]}</p></div>
<div class="hf-trials"><h3>Feature availability and product trials</h3><p>${glHelp[4]}</p><p>${glHelp[5]}</p></div>
<div class="hf-help"><h3>Get help</h3><p>${glHelp[6]}</p><p>${glHelp[7]}</p>
<a class="gl-button" href="https://about.gitlab.com/support/">Request support</a></div>
</section></main>
<aside class="gl-docs-toc" aria-labelledby="toc-title"><h2 id="toc-title">On this page</h2><ul>
${[glH1, glH2, glH3, glH4, 'Related topics', glH5].map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></aside></div>
<footer class="gl-docs-footer"><ul>${links(glFoot)}</ul>
<p class="license">Content is licensed under <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>.</p></footer></body></html>`;
const gitlabDocs: TestPage = {
  html: glHtml,
  name: 'heldout60-gitlab-docs',
  kind: 'docs',
  // "Prerequisites:" and "To add a pipeline schedule:" lead their lists in the text: body; the Note alert is body ("Note" in
  // neither); "Related topics" with its links is a see-also list: furniture; the Tier / Offering box and the collapsed
  // "History" list are availability metadata, not the page's instructions: furniture (a reader could doubt the history
  // lines); the YAML block is in neither list; "On this page" entries repeat the headings (in neither); the version menu,
  // "Help & feedback" box, header, nav, breadcrumbs and footer are furniture, but the nav's "Jobs" and "Pipelines" (also
  // the last breadcrumb) are words of a heading and the title: left out; no author or date on the page
  title: glTitle,
  headings: [glH1, glH2, glH3, glH4, glH5, glH6],
  body: [...texts(glIntro), glPre, ...glPreList, glTo, ...texts(glSteps), glNote, ...texts([glRun, glJobs]), ...texts(glOwn), ...texts([glTrouble])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'GitLab Docs', 'Search', 'What’s new?', 'Select version', '18.5 (not yet released)', 'Archives', 'Get free trial',
    ...glNavTop, 'Use CI/CD to build your application', ...glNavCi.filter((t) => t !== 'Jobs'), 'Tier:', 'Free, Premium, Ultimate', 'Offering:',
    'GitLab.com, GitLab Self-Managed, GitLab Dedicated', 'History', ...glHistory, 'Related topics', ...glRelated, 'Help & feedback', 'Docs',
    'Product', 'Feature availability and product trials', 'Get help', ...glHelp, 'Request support', 'On this page', ...glFoot,
    'Content is licensed under CC BY-SA 4.0.',
  ],
};

export const HELDOUT60_E: readonly TestPage[] = [gitlabDocs, herokuArticle];
