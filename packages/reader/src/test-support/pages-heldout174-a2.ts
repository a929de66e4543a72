import { links, type TestPage, texts } from './page-kit.js';

/** Held-out batch 174, file a2: a Jenkins user-handbook page (jenkins.io, Asciidoctor sections, chapter sidebar). */
const jkTitle = 'Pruning stale build workspaces';
const jkLead = [
  'Every agent keeps a workspace for each job it has built. On a busy controller those directories pile up: branches are merged ' +
    'and deleted, jobs are renamed, and agents that ran a job once in March still hold a full checkout of it in October.',
  'This section explains how Jenkins decides that a workspace is stale, how to prune workspaces on a schedule, and how to keep ' +
    'a workspace you still need.',
];
const jkH1 = 'How Jenkins marks a workspace as stale';
const jkP1 = [
  'A workspace is considered stale when the job that created it has not run on that agent for the period set in ' +
    '<code>Manage Jenkins » System » Workspace retention</code>. The default is 30 days. Jenkins records the last use of each ' +
    'workspace in the agent’s <code>workspaces.txt</code> index, so the check does not need to walk the file system.',
  'Workspaces of jobs that no longer exist are stale at once, whatever their age. This covers branches removed from a ' +
    'multibranch project as well as jobs deleted by hand.',
];
const jkH2 = 'Pruning on a schedule';
const jkP2 = [
  'The pruning task runs once a day on each online agent. To run it more often, or at a quieter hour, set a cron expression in ' +
    'the same section of the system configuration:',
];
const jkCode1 = 'workspaceRetention:\n  days: 14\n  schedule: "H 3 * * *"\n  skipAgentsLabelled: "build-cache"';
const jkP3 = [
  'The example above keeps workspaces for fourteen days, prunes at some minute past three in the morning, and never prunes ' +
    'agents carrying the <code>build-cache</code> label.',
  'Each run writes a summary to the agent log. The summary lists:',
];
const jkList = [
  'the number of workspaces checked and the number removed,',
  'the disk space recovered, rounded to the nearest megabyte,',
  'any workspace that could not be removed because a file was locked.',
];
const jkH3 = 'Keeping a workspace';
const jkP4 = [
  'Some jobs rely on a warm workspace, for example a large monorepo whose clean checkout takes twenty minutes. Mark such a ' +
    'workspace as kept from a Pipeline with the <code>keepWorkspace</code> step:',
];
const jkCode2 =
  "pipeline {\n  agent { label 'linux' }\n  options { keepWorkspace(days: 90) }\n  stages {\n    stage('Build') {\n" +
  "      steps { sh './gradlew assemble' }\n    }\n  }\n}";
const jkP5 = [
  'A kept workspace is still removed if its job is deleted. Kept workspaces are shown with a pin icon on the agent’s ' +
    '<em>Workspaces</em> page, where an administrator can also release them.',
];
const jkNote =
  'Pruning never touches a workspace while a build is using it. If a build starts during a pruning run, that workspace is ' +
  'skipped and checked again on the next run.';
const jkH4 = 'Pruning by hand';
const jkP6 = [
  'To prune at once, open the agent’s page, choose <em>Workspaces</em>, and select <em>Prune stale workspaces now</em>. The same ' +
    'action is available from the Jenkins CLI as <code>prune-workspaces</code>, which accepts an agent name or <code>--all</code>.',
];
const jkTop = ['Blog', 'Success Stories', 'Contributor Spotlight', 'Documentation', 'Plugins', 'Community', 'Subprojects', 'Security', 'About'];
const jkSide = [
  'User Handbook Overview',
  'Installing Jenkins',
  'Platform Information',
  'Using Jenkins',
  'Pipeline',
  'Blue Ocean',
  'Managing Jenkins',
  'Securing Jenkins',
  'System Administration',
  'Scaling Jenkins',
  'Troubleshooting Jenkins',
  'Glossary',
];
const jkSub = ['Backing-up/Restoring Jenkins', 'Monitoring Jenkins', 'Securing Jenkins', 'Managing Workspaces', 'Viewing logs'];
const jkFootRes = ['Downloads', 'Blog', 'Documentation', 'Plugins', 'Security', 'Contributing'];
const jkFootProj = ['Structure and governance', 'Issue tracker', 'Roadmap', 'GitHub', 'Jenkins on Jenkins'];
const jkFootComm = ['Events', 'Forum', 'Meetings', 'Special Interest Groups', 'Twitter', 'Reddit'];
const jkFeedback = [
  'Was this page helpful?',
  'Please submit your feedback about this page through this quick form.',
  'Alternatively, if you don’t wish to complete the quick form, you can simply indicate if you found this page helpful?',
  'See existing feedback here.',
];
const jkSect = (id: string, h: string, inner: string): string => `<div class="sect1"><h2 id="${id}"><a class="anchor" href="#${id}"></a>${h}</h2>
<div class="sectionbody">${inner}</div></div>`;
const jkPara = (a: readonly string[]): string => a.map((p) => `<div class="paragraph"><p>${p}</p></div>`).join('\n');
const jkHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>Pruning stale build workspaces</title><meta name="description" content="Jenkins – an open source automation server which enables developers
around the world to reliably build, test, and deploy their software"><meta property="og:title" content="${jkTitle}">
<meta property="og:site_name" content="Jenkins"><link rel="canonical" href="https://www.jenkins.io/doc/book/managing/workspace-pruning/">
<link rel="stylesheet" href="/css/jenkins.css"><link rel="stylesheet" href="/css/font-icons.css">
<script src="https://cdn.jsdelivr.net/npm/@jenkinsci/jenkins-io-components/+esm" type="module"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script></head>
<body class="book"><jio-navbar class="fixed-top" property="https://www.jenkins.io" showSearchBox>
<nav class="navbar"><a class="navbar-brand" href="/">Jenkins</a><ul class="nav navbar-nav">${links(jkTop, 'nav-item')}</ul>
<a class="btn btn-outline-secondary ml-4" href="/download/">Download</a></nav></jio-navbar>
<div class="container"><div class="row body"><div class="col-lg-3"><div class="sidebar-nav tour"><h5><a href="/doc/book/">User Handbook</a></h5>
<ul>${links(jkSide)}</ul><h5><a href="/doc/book/managing/">Managing Jenkins</a></h5><ul class="active">${links(jkSub)}</ul></div></div>
<div class="col-lg-9"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Jenkins</a></li><li class="breadcrumb-item">
<a href="/doc/">Jenkins User Documentation Home</a></li></ol>
<div class="d-flex justify-content-between"><a href="/doc/book/managing/monitoring/">⇐ Monitoring Jenkins</a><a href="/doc/book/">Index</a>
<a href="/doc/book/managing/logs/">Viewing logs ⇒</a></div>
<h1 id="pruning-stale-build-workspaces">${jkTitle}</h1>
<div id="toc" class="toc"><div id="toctitle">Table of Contents</div><ul class="sectlevel1">
${[jkH1, jkH2, jkH3, jkH4].map((h, i) => `<li><a href="#s${i}">${h}</a></li>`).join('\n')}</ul></div>
<div id="preamble"><div class="sectionbody">${jkPara(jkLead)}</div></div>
${jkSect('s0', jkH1, jkPara(jkP1))}
${jkSect(
  's1',
  jkH2,
  `${jkPara(jkP2)}<div class="listingblock"><div class="content"><pre class="highlight"><code class="language-yaml" data-lang="yaml">${jkCode1}
</code></pre></div></div>${jkPara(jkP3)}<div class="ulist"><ul>${jkList.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul></div>`,
)}
${jkSect(
  's2',
  jkH3,
  `${jkPara(jkP4)}<div class="listingblock"><div class="content"><pre class="highlight"><code class="language-groovy"
data-lang="groovy">${jkCode2}</code></pre></div></div>${jkPara(jkP5)}<div class="admonitionblock note"><table><tr><td class="icon">
<div class="title">Note</div></td><td class="content">${jkNote}</td></tr></table></div>`,
)}
${jkSect('s3', jkH4, jkPara(jkP6))}
<div class="d-flex justify-content-between"><a href="/doc/book/managing/monitoring/">⇐ Monitoring Jenkins</a><a href="/doc/book/">Index</a>
<a href="/doc/book/managing/logs/">Viewing logs ⇒</a></div>
<hr><div id="feedback"><h2>${jkFeedback[0]}</h2><p>${jkFeedback[1]}</p><p>${jkFeedback[2]}</p>
<form class="feedback-form"><input type="radio" name="helpful" value="yes"><label>Yes</label><input type="radio" name="helpful" value="no">
<label>No</label><button type="submit">Submit</button></form><p><a href="https://docs.google.com/spreadsheets/feedback">${jkFeedback[3]}</a></p></div>
<div class="page-actions"><a href="https://github.com/jenkins-infra/jenkins.io/edit/master/content/doc/book/managing/workspace-pruning.adoc">
Improve this page</a> | <a href="https://github.com/jenkins-infra/jenkins.io/issues/new?labels=bug">Report page issue</a></div>
</div></div></div>
<jio-footer githubRepo="jenkins-infra/jenkins.io"><footer class="site-footer"><div class="container"><div class="row">
<div class="col"><h5>Resources</h5><ul>${links(jkFootRes)}</ul></div><div class="col"><h5>Project</h5><ul>${links(jkFootProj)}</ul></div>
<div class="col"><h5>Community</h5><ul>${links(jkFootComm)}</ul></div></div>
<p class="license">The content driving this site is licensed under the Creative Commons Attribution-ShareAlike 4.0 license.</p></div></footer></jio-footer>
</body></html>`;
export const jenkinsPage: TestPage = {
  name: 'heldout174-jenkins-docs',
  kind: 'docs',
  html: jkHtml,
  // the admonition's "Note" label is furniture, its text body; the table of contents repeats the headings and is left out
  title: jkTitle,
  headings: [jkH1, jkH2, jkH3, jkH4],
  body: texts([...jkLead, ...jkP1, ...jkP2, ...jkP3, ...jkList, ...jkP4, ...jkP5, jkNote, ...jkP6]),
  bylines: [],
  furniture: [
    ...jkTop,
    'Download',
    'User Handbook',
    ...jkSide.filter((t) => t !== 'Securing Jenkins'),
    ...jkSub,
    'Jenkins User Documentation Home',
    '⇐ Monitoring Jenkins',
    'Viewing logs ⇒',
    'Table of Contents',
    'Note',
    'Yes',
    'No',
    'Submit',
    ...jkFeedback,
    'Improve this page',
    'Report page issue',
    'Resources',
    'Project',
    ...jkFootRes.filter((t) => !jkTop.includes(t)),
    ...jkFootProj,
    ...jkFootComm.filter((t) => t !== 'Community'),
    'The content driving this site is licensed under the Creative Commons Attribution-ShareAlike 4.0 license.',
  ],
};
