import { links, type TestPage, texts } from './page-kit.js';
import { shopifyHelp } from './pages-heldout60-d2.js';

/**
 * Held-out batch 60, file d: an Atlassian Support knowledge-base article (support.atlassian.com: the support header with
 * its product menu, search and log-in, breadcrumbs, the product and platform chips, the "Updated" date, the Platform Notice
 * box, the Summary / Environment / Diagnosis / Cause / Solution sections with an info panel, the "Was this helpful?" form
 * with its hidden reasons, "Related content", "Still need help?", the OneTrust cookie banner and the footer).
 */
const atTitle = 'Scheduled automation rule stops running after the rule actor is deactivated';
const atNotice = 'Platform Notice: Cloud Only - This article only applies to Atlassian apps on the cloud platform.';
const atH = ['Summary', 'Environment', 'Diagnosis', 'Cause', 'Solution'];
const atSummary =
  'A scheduled automation rule in a Jira Cloud project stops running, and nobody is told. The rule is still enabled, but its ' +
  'audit log shows no new entries after a certain date, not even a failure.';
const atEnv = 'Jira Cloud, including Jira Service Management and Jira Product Discovery projects, with project-level or global automation rules.';
const atDiag = 'To confirm that you are affected by this problem:';
const atDiagSteps = [
  'Go to <strong>Project settings</strong> &gt; <strong>Automation</strong> and open the rule.',
  'Select <strong>Rule details</strong> and note the user shown in the <strong>Actor</strong> field.',
  'Open the audit log. If the last entry reads <em>Rule actor doesn’t have permission to run this rule</em>, or the log simply ' +
    'stops, continue with the next step.',
  'In <strong>admin.atlassian.com</strong>, go to <strong>Directory</strong> &gt; <strong>Users</strong> and search for the actor. ' +
    'If the account is marked <strong>Deactivated</strong> or has lost its access to Jira, this article applies.',
];
const atCause = [
  'Automation rules run as the user in the rule’s Actor field. When that account is deactivated, or removed from the group that ' +
    'grants access to Jira, the automation engine can no longer act on its behalf. Scheduled rules are skipped without an error, ' +
    'because there is no triggering user to notify.',
  'This usually happens when a team member leaves the company and their account is deactivated during offboarding.',
];
const atSol =
  'Change the rule actor to an account that has access to the project. We recommend the default app actor, ' +
  '<strong>Automation for Jira</strong>, so that the rule no longer depends on one person’s account.';
const atSolSteps = [
  'Open the rule and select <strong>Rule details</strong>.',
  'In the <strong>Actor</strong> field, select <strong>Automation for Jira</strong> or another active user with the project ' + 'permissions the rule needs.',
  'Select <strong>Save</strong>, and then <strong>Turn on rule</strong> if the rule was turned off.',
  'Use <strong>Run rule</strong> to start a manual run, and check that a new entry appears in the audit log.',
];
const atPanel =
  'If you look after many rules, a site admin can filter the global rule list by actor to find every rule that still runs as a ' + 'deactivated user.';
const atNav = ['Products', 'Resources', 'Documentation', 'Community', 'Contact'];
const atRelated = [
  'Automation rule fails with “Actor does not have permission”',
  'Change the default actor for new automation rules',
  'Audit log shows “No actions performed” for a scheduled rule',
];
const atReasons = ['It wasn’t accurate', 'It wasn’t clear', 'It wasn’t relevant'];
const atFoot = ['Privacy policy', 'Notice at Collection', 'Terms of use', 'Security', 'Cookie preferences', '© 2025 Atlassian'];
const atCookie =
  'We use cookies to make this site work, to understand how it is used and to show you relevant ads. You can accept all cookies ' +
  'or choose which ones we may use.';
const ol = (steps: string[]): string => `<ol class="kb-steps">${steps.map((s) => `<li><p>${s}</p></li>`).join('\n')}</ol>`;
const atHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${atTitle} | Atlassian Support</title>
<meta name="description" content="${atSummary.slice(0, 120)}"><meta name="robots" content="index, follow">
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"kbId":"KB-81244","product":"jira","platform":"cloud","locale":"en"}},
"page":"/[product]/kb/[slug]","buildId":"sac-2025.10.2"}</script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="b8e1b8ad-atlassian-support" async></script>
<style>.kb-panel--info{background:#e9f2ff;border-radius:3px;padding:8px 16px}</style></head>
<body><div id="__next"><a class="skip-link" href="#main-content">Skip to main content</a>
<header class="sac-header" data-testid="global-header"><a class="sac-header__logo" href="/"><span class="sac-header__wordmark">Atlassian Support</span></a>
<nav aria-label="Main"><ul>${links(atNav, 'sac-header__item')}</ul></nav>
<form role="search" class="sac-search">
<input type="search" aria-label="Search Atlassian Support" placeholder="Search"><button type="submit">Search</button></form>
<a class="sac-header__login" href="https://id.atlassian.com/login">Log in</a></header>
<main id="main-content" class="kb-layout"><nav class="breadcrumbs" aria-label="Breadcrumbs"><ol><li><a href="/">Atlassian Support</a></li>
<li><a href="/jira-software-cloud/">Jira</a></li><li><a href="/jira-software-cloud/kb/">Knowledge base</a></li></ol></nav>
<article class="kb-article" data-testid="kb-article"><header class="kb-article__header"><h1 class="kb-article__title">${atTitle}</h1>
<ul class="kb-article__chips"><li class="chip">Jira Cloud</li><li class="chip">Automation</li></ul>
<p class="kb-article__updated">Updated on <time datetime="2025-03-18">March 18, 2025</time></p></header>
<div class="kb-platform-notice" role="note"><p><strong>Platform Notice: Cloud Only</strong> - This article only applies to Atlassian apps on the
<a href="https://www.atlassian.com/licensing/cloud">cloud platform</a>.</p></div>
<div class="kb-article__body" data-testid="kb-article-body">
<h2 id="summary">${atH[0]}</h2><p>${atSummary}</p>
<h2 id="environment">${atH[1]}</h2><p>${atEnv}</p>
<h2 id="diagnosis">${atH[2]}</h2><p>${atDiag}</p>${ol(atDiagSteps)}
<h2 id="cause">${atH[3]}</h2>${atCause.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="solution">${atH[4]}</h2><p>${atSol}</p>${ol(atSolSteps)}
<div class="kb-panel kb-panel--info" data-panel-type="info"><span class="kb-panel__icon" aria-label="Info" role="img"></span><div class="kb-panel__content">
<p>${atPanel}</p></div></div></div>
<section class="kb-feedback" aria-labelledby="kb-feedback-title"><h2 id="kb-feedback-title">Was this helpful?</h2>
<button type="button" data-testid="feedback-yes">Yes</button><button type="button" data-testid="feedback-no">No</button>
<fieldset class="kb-feedback__reasons" hidden><legend>Why wasn’t this helpful?</legend>
${atReasons.map((r) => `<label><input type="radio" name="reason"> ${r}</label>`).join('\n')}<button type="submit">Submit</button></fieldset>
<p class="kb-feedback__thanks" hidden>Thanks for your feedback!</p></section></article>
<aside class="kb-related" aria-labelledby="related-title"><h2 id="related-title">Related content</h2><ul>${links(atRelated, 'kb-related__item')}</ul></aside>
<section class="still-need-help"><h2>Still need help?</h2><p>The Atlassian Community is here for you.</p>
<a class="button" href="https://community.atlassian.com">Ask the community</a></section></main>
<footer class="sac-footer"><ul>${links(atFoot)}</ul><div class="sac-footer__language"><button aria-haspopup="listbox">English</button></div></footer></div>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">We use cookies to make this site work, to understand how it is used and to show you relevant ads. You can accept all
cookies or choose which ones we may use.</p><a href="https://www.atlassian.com/legal/cookies">Atlassian cookies and tracking notice</a></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Preferences</button><button id="onetrust-reject-all-handler">Only necessary</button>
<button id="onetrust-accept-btn-handler">Accept all</button></div></div></body></html>`;
const atlassianKb: TestPage = {
  html: atHtml,
  name: 'heldout60-atlassian-support-kb',
  kind: 'docs',
  // the five section heads are the headings and everything under them, the info panel included, is body; the Platform Notice
  // box is the same boilerplate on every cloud KB article: furniture (as a press release's "About" text is); "Updated on March
  // 18, 2025" is the dateline (byline); the product chips, feedback form with its hidden reasons, "Related content",
  // "Still need help?", breadcrumbs, header, cookie banner and footer are furniture; no author on the page
  title: atTitle,
  headings: atH,
  body: [atSummary, atEnv, atDiag, ...texts(atDiagSteps), ...texts(atCause), ...texts([atSol]), ...texts(atSolSteps), atPanel],
  bylines: ['Updated on March 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Atlassian Support', ...atNav, 'Search', 'Log in', 'Jira', 'Knowledge base', 'Jira Cloud', 'Automation', atNotice,
    'Was this helpful?', 'Yes', 'No', 'Why wasn’t this helpful?', ...atReasons, 'Submit', 'Thanks for your feedback!', 'Related content', ...atRelated,
    'Still need help?', 'The Atlassian Community is here for you.', 'Ask the community', ...atFoot, 'English',
    atCookie,
    'Atlassian cookies and tracking notice', 'Preferences', 'Only necessary', 'Accept all',
  ],
};

export const HELDOUT60_D: readonly TestPage[] = [atlassianKb, shopifyHelp];
