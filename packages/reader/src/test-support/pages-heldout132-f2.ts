import { links, plain, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 132, file f2: a knowledge base article on support.atlassian.com (the OneTrust cookie banner, the
 * support site header with its product menu, search and "Log in", the breadcrumb, the platform notice panel above the
 * article text, the Summary / Environment / Diagnosis / Cause / Solution sections, an info panel, an ordered list of
 * steps and a code block, the "Updated on" line, the "Was this helpful?" widget with its hidden follow-up reasons,
 * the "Related content" rail, the "Still need help?" community box and the footer with its legal links).
 */
const jTitle = 'Automation rule fails with "Actor does not have permission" after a project is moved';
const jNotice = ['Platform Notice: Cloud Only', 'This article only applies to Atlassian products on the cloud platform.'];
const jH1 = 'Summary';
const jP1 = [
  `After a Jira project is moved to a different space or its permission scheme is replaced, automation rules that used to
run without problems start to fail. The audit log for each failed run shows the error below, even though the rule has not
been edited.`,
];
const jH2 = 'Environment';
const jP2 = ['Jira Cloud, with project-scoped or multi-project automation rules whose actor is a named user or the Automation for Jira app user.'];
const jH3 = 'Diagnosis';
const jSteps = [
  'Open the failed rule and select <b>Audit log</b>.',
  'Expand a recent run with the status <b>SOME ERRORS</b> or <b>FAILURE</b>.',
  'Check whether the failing action is one that edits, transitions or comments on issues in the moved project.',
  'Note the user shown under <b>Rule actor</b> in the rule details.',
];
const jP3 = [
  `If the failures began on the same day as the project change and only affect actions in that project, the cause below
is very likely to apply.`,
];
const jH4 = 'Cause';
const jP4 = [
  `An automation rule acts with the permissions of its actor. When the project’s permission scheme is replaced, the new
scheme may not grant the actor the <b>Browse projects</b>, <b>Edit issues</b> or <b>Transition issues</b> permissions
that the old scheme gave it, for example because the old scheme granted them to a group the actor belongs to and the
new one uses project roles instead.`,
  'Rules are not re-validated when a permission scheme changes, so nothing warns you until the rule next runs.',
];
const jH5 = 'Solution';
const jP5 = ['Give the rule actor the permissions it needs in the new scheme. A Jira admin can do this as follows:'];
const jFix = [
  'Go to <b>Settings</b> &gt; <b>Issues</b> &gt; <b>Permission schemes</b> and open the scheme now used by the project.',
  'For each permission named in the audit log error, add the rule actor, or a project role the actor holds.',
  'Return to the rule, select <b>Audit log</b>, and use <b>Re-run</b> on one of the failed executions to confirm it now succeeds.',
];
const jInfo = `If you would rather not grant permissions to a named user, change the rule actor to <b>Automation for
Jira</b> and add the <b>atlassian-addons-project-access</b> role to the permissions instead. This keeps the rule working
if the person who created it leaves the team.`;
const jP6 = [
  `If the rule still fails after the permissions are in place, check whether the project has an issue security scheme.
The actor must also be able to see the issues it acts on, and issue security levels are applied after project
permissions.`,
];
const jCookie = `We and our partners use cookies and similar technologies to run this site, remember your preferences,
measure how the site is used and show you relevant content.`;
const jNav = ['Products', 'Billing & licensing', 'Community', 'Contact', 'Log in'];
const jCrumbs = ['Atlassian Support', 'Jira', 'Resources', 'Knowledge base'];
const jReasons = ['It wasn’t accurate', 'It wasn’t clear', 'It wasn’t relevant'];
const jRelated = [
  ['Automation rule actor cannot see issues in a restricted project', 'Jira Cloud'],
  ['Audit log shows "No issues found" for a scheduled rule', 'Jira Cloud'],
  ['Permission scheme changes are not applied to a team-managed project', 'Jira Cloud'],
];
const jFoot = ['Privacy Policy', 'Notice at Collection', 'Terms of Use', 'Security', 'Your Privacy Choices'];
const jPs = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const jH = (id: string, t: string): string => `<h2 id="${id}" class="heading--2">${t}</h2>`;
const jOl = (a: readonly string[]): string => `<ol class="content-list">${a.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol>`;
const jHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Automation rule fails with "Actor does not have permission" after a project is moved | Jira | Atlassian Documentation</title>
<meta name="description" content="Automation rules fail with a permission error after the project's permission scheme is replaced.">
<meta property="og:title" content="Automation rule fails with &quot;Actor does not have permission&quot; after a project is moved">
<meta property="og:type" content="article"><meta property="og:site_name" content="Atlassian Support">
<link rel="canonical" href="https://support.atlassian.com/jira/kb/automation-rule-fails-with-actor-does-not-have-permission/">
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="1ab23c45-6789-4def-a012-b3456c7d8e90" async></script>
<link rel="stylesheet" href="https://support.atlassian.com/static/css/main.8e2c1f0a.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${jTitle.replace(/"/g, '\\"')}",
"dateModified":"2025-10-14","publisher":{"@type":"Organization","name":"Atlassian"}}</script></head>
<body class="kb-article-page"><div id="root"><div class="page"><a class="skip-link" href="#content">Skip to main content</a>
<header class="global-header" role="banner"><div class="global-header__inner"><a class="global-header__logo" href="/"><img
src="https://support.atlassian.com/static/media/atlassian-support.svg" alt="Atlassian Support"></a><nav class="global-header__nav" aria-label="Main">
<ul>${links(jNav.slice(0, 4), 'global-header__nav-item')}</ul></nav><div class="global-header__search"><form role="search" action="/search/"><input
type="search" name="searchQuery" placeholder="Search" aria-label="Search"></form></div><a class="global-header__login button button--subtle"
href="https://id.atlassian.com/login">${jNav[4]}</a></div></header>
<div class="product-header"><div class="product-header__inner"><img class="product-header__icon" src="/static/media/jira.svg" alt="">
<span class="product-header__title">Jira</span><span class="product-header__subtitle">Jira Cloud resources</span></div></div>
<main id="content" class="kb-layout"><nav class="breadcrumbs" aria-label="Breadcrumbs"><ol>${jCrumbs
  .map(
    (t) => `<li class="breadcrumbs__item"><a
href="/${t.length}/">${t}</a></li>`,
  )
  .join('')}</ol></nav><div class="kb-layout__columns"><article class="kb-article"><header class="kb-article__header">
<h1 class="kb-article__title heading--1">${jTitle}</h1></header><div class="platform-notice panel panel--info" role="note"><p class="platform-notice__title">
<strong>${jNotice[0]}</strong> - <span>${jNotice[1]}</span></p></div><div class="kb-article__body wiki-content">
${jH('summary', jH1)}
${jPs(jP1)}
<div class="code-block"><pre><code>Actor does not have permission to perform this action: Transition issues (BRAVO-214)</code></pre></div>
${jH('environment', jH2)}
${jPs(jP2)}
${jH('diagnosis', jH3)}
${jOl(jSteps)}
${jPs(jP3)}
${jH('cause', jH4)}
${jPs(jP4)}
${jH('solution', jH5)}
${jPs(jP5)}
${jOl(jFix)}
<div class="panel panel--info" role="note"><span class="panel__icon" aria-label="Info"></span><div class="panel__content"><p>${jInfo}</p></div></div>
${jPs(jP6)}
</div><footer class="kb-article__footer"><p class="kb-article__updated">Updated on October 14, 2025</p><div class="feedback" aria-live="polite">
<p class="feedback__question">Was this helpful?</p><div class="feedback__buttons"><button class="button button--default">Yes</button>
<button class="button button--default">No</button></div><fieldset class="feedback__reasons" hidden><legend>Tell us why</legend>
${jReasons.map((t, i) => `<label><input type="radio" name="reason" value="${i}"> ${t}</label>`).join('\n')}<button type="submit">Submit</button></fieldset>
</div></footer></article><aside class="kb-layout__sidebar"><section class="related-content"><h2 class="related-content__title heading--4">Related content
</h2><ul class="related-content__list">${jRelated
  .map(
    ([t, p]) => `<li class="related-content__item"><a href="/jira/kb/${t?.length}/">${t}</a>
<span class="related-content__product">${p}</span></li>`,
  )
  .join('\n')}</ul></section><section class="community-card"><h2 class="heading--4">Still need help?
</h2><p>The Atlassian Community is here for you.</p><a class="button button--primary" href="https://community.atlassian.com/">Ask the community</a>
</section></aside></div></main>
<footer class="global-footer" role="contentinfo"><div class="global-footer__inner"><img class="global-footer__logo" src="/static/media/atlassian.svg"
alt="Atlassian"><ul class="global-footer__links">${links(jFoot, 'global-footer__link')}</ul><p class="global-footer__copyright">Copyright © 2025
Atlassian</p></div></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" tabindex="0" role="region" aria-label="Cookie banner"><div
class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy">
<h2 id="onetrust-policy-title">Your privacy</h2><div id="onetrust-policy-text">${jCookie} <a href="https://www.atlassian.com/legal/cookies"
aria-label="More information about your privacy, opens in a new tab">Cookie notice</a></div></div></div><div id="onetrust-button-group-parent"
class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie settings</button>
<button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-accept-btn-handler">Accept all</button></div></div></div></div></div></div>
<script src="https://support.atlassian.com/static/js/main.4c7d2e91.js"></script></body></html>`;
export const atlassianArticle: TestPage = {
  html: jHtml,
  name: 'heldout132-atlassian-support-kb-article',
  kind: 'docs',
  // the platform notice above the body is furniture; the info panel is body; the quoted error in the code block is in
  // neither list; the hidden feedback reasons are furniture; the "Updated on" line is a byline
  title: jTitle,
  headings: [jH1, jH2, jH3, jH4, jH5],
  body: [...texts(jP1), ...texts(jP2), ...texts(jSteps), ...texts(jP3), ...texts(jP4), ...texts(jP5), ...texts(jFix), plain(jInfo), ...texts(jP6)],
  bylines: ['Updated on October 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...jNav, 'Jira Cloud resources', ...jCrumbs, ...jNotice, 'Was this helpful?', 'Yes', 'No', 'Tell us why', ...jReasons,
    'Submit', 'Related content', ...jRelated.map(([t]) => t ?? ''), 'Jira Cloud', 'Still need help?', 'The Atlassian Community is here for you.',
    'Ask the community', ...jFoot, 'Copyright © 2025 Atlassian', 'Your privacy', plain(jCookie), 'Cookie notice', 'Cookie settings', 'Reject all',
    'Accept all',
  ],
};
