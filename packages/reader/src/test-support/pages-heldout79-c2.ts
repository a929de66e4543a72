import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 79, file c2: an Atlassian Support article for Jira Service Management Cloud (the cookie notice, the support
 * header, the product bar with the "Cloud / Data Center" switcher, the product sidebar, breadcrumbs, the "Who can do this?"
 * panel above the text, info and note panels inside it, "Was this helpful?", the "Still need help?" box, the "Additional
 * Help" links, and the footer with the language picker).
 */
const atTitle = 'Send reminders for pending approvals';
const atIntro = [
  'Requests that need an approval can stall when an approver misses the first notification. Approval reminders send a follow-up ' +
    'email and an in-app notification to approvers who haven’t responded after a set time, and can escalate the approval to a ' +
    'backup approver if it’s still pending.',
];
const atSet = [
  'From your service project, go to <strong>Project settings</strong>, then <strong>Workflows</strong>.',
  'Select the edit icon next to the workflow that contains the approval step.',
  'Select the status with the approval, then select <strong>Approval reminders</strong>.',
  'Turn on <strong>Remind approvers</strong> and choose how long to wait before the first reminder: 4 hours, 1 business day or 2 ' + 'business days.',
  'Select <strong>Update</strong>, then <strong>Publish</strong> the workflow.',
];
const atInfo =
  'Reminders use the working hours in your project’s default calendar. A reminder that falls outside working hours is sent at the ' +
  'start of the next working day.';
const atEscalate = [
  'If an approval is still pending after the last reminder, you can hand it to a backup approver. The original approvers keep ' +
    'their right to approve, so whoever responds first decides the request.',
  'To set a backup approver, select <strong>Escalate after</strong> in the reminder settings and choose a user or a group. You ' +
    'can’t pick a customer as a backup approver.',
];
const atNote =
  'Escalation only applies to approvals where a single approver is required. If the approval needs a response from everyone in ' +
  'a group, reminders are sent but the approval is never escalated.';
const atCheck = [
  'Every reminder and escalation is recorded in the request’s history. Agents can see who was reminded and when on the ' +
    '<strong>History</strong> tab of the request. Approvers who have opted out of email notifications still get the in-app ' +
    'reminder.',
  'If you turn reminders off later, reminders that are already scheduled are cancelled, but escalations that have already happened ' +
    'stay in place. Reassign those approvals by hand if the original approver should decide them after all.',
];
const atH = ['Turn on approval reminders', 'Escalate to a backup approver', 'See who was reminded'];
const atWho = ['Who can do this?', 'Role: Project admin', 'Jira Service Management: Premium and Enterprise'];
const atNav = ['Products', 'Billing & licensing', 'Community', 'Contact support', 'Log in'];
const atSide = ['Get started', 'Set up service projects', 'Set up request types', 'Set up approvals', 'Set up SLAs', 'Automate your service project'];
const atCrumbs = ['Atlassian Support', 'Jira Service Management', 'Resources', 'Set up approvals'];
const atMore = ['Set up approvals for a request type', 'What happens when an approver leaves your organization?', 'Configure your working calendar'];
const atHelpful = ['Was this helpful?', 'Yes', 'No', 'It wasn’t accurate', 'It wasn’t clear', 'It wasn’t relevant'];
const atStill = ['Still need help?', 'The Atlassian Community is here for you.', 'Ask the community'];
const atFoot = ['Privacy policy', 'Notice at Collection', 'Terms of use', 'Security', 'Copyright © 2025 Atlassian'];
const atCookie =
  'Atlassian uses cookies to improve your browsing experience, perform analytics and research, and conduct advertising. Accept all ' +
  'cookies to indicate that you agree to our use of cookies on your device.';
const atHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${atTitle} | Jira Service Management Cloud | Atlassian Support</title><meta name="description" content="${texts(atIntro)[0]}">
<meta property="og:title" content="${atTitle} | Jira Service Management Cloud"><meta property="og:site_name" content="Atlassian Support">
<meta name="deployment" content="cloud"><link rel="canonical"
href="https://support.atlassian.com/jira-service-management-cloud/docs/send-reminders-for-pending-approvals/">
<link rel="stylesheet" href="/_next/static/css/4f0d7a2e9b1c.css"><script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js"
data-domain-script="a1b2"></script>
</head><body><div id="__next"><div class="cookie-banner" id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p
id="onetrust-policy-text">${atCookie}
<a href="https://www.atlassian.com/legal/cookies">Atlassian cookies and tracking notice</a></p><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Preferences</button><button id="onetrust-reject-all-handler">Only necessary</button>
<button id="onetrust-accept-btn-handler">Accept all</button></div></div>
<header class="global-header" role="banner"><a href="/" class="global-header__logo" aria-label="Atlassian Support"><span
class="global-header__wordmark">Support</span></a>
<nav class="global-header__nav" aria-label="Main"><ul>${links(atNav, 'global-header__item')}</ul></nav></header>
<div class="product-header"><div class="product-header__title"><a href="/jira-service-management-cloud/">Jira Service Management</a></div>
<div class="deployment-switcher" role="radiogroup" aria-label="Choose your deployment"><a href="/jira-service-management-cloud/" role="radio"
aria-checked="true"
class="deployment-switcher__option deployment-switcher__option--active">Cloud</a><a href="https://confluence.atlassian.com/servicemanagement" role="radio"
aria-checked="false" class="deployment-switcher__option">Data Center</a></div><form role="search" class="product-header__search"><input type="search"
placeholder="Search Jira Service Management" aria-label="Search"></form></div>
<div class="layout"><nav class="sidebar" aria-label="Jira Service Management Cloud"><h2 class="sidebar__title">Resources</h2><ul class="sidebar__list">
${atSide
  .map(
    (t) => `<li class="sidebar__item${t === 'Set up approvals' ? ' sidebar__item--expanded' : ''}"><a
href="/docs/${t.length}">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav><main id="main-content" class="content"><nav aria-label="Breadcrumb" class="breadcrumbs"><ol>${atCrumbs
  .map(
    (t) => `<li class="breadcrumbs__item">
<a href="/${t.length}">${t}</a></li>`,
  )
  .join('')}</ol></nav>
<article class="article"><h1 class="article__title">${atTitle}</h1>
<div class="who-can-do-this panel panel--permissions" data-testid="who-can-do-this"><h3 class="panel__title">${atWho[0]}</h3>
<p><strong>Role:</strong> Project admin<br><strong>Jira Service Management:</strong> Premium and Enterprise</p></div>
<div class="article__body">${ps(atIntro)}
<h2 id="turn-on">${atH[0]}</h2><p>To turn on reminders for an approval step:</p>
<ol>${atSet.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol>
<div class="panel panel--info" role="note"><span class="panel__icon" aria-label="Info"></span><div class="panel__content"><p>${atInfo}</p></div></div>
<h2 id="escalate">${atH[1]}</h2>${ps(atEscalate)}
<div class="panel panel--note" role="note"><span class="panel__icon" aria-label="Note"></span><div class="panel__content"><p>${atNote}</p></div></div>
<h2 id="history">${atH[2]}</h2>${ps(atCheck)}</div>
<div class="feedback" data-testid="article-feedback"><h2 class="feedback__title">${atHelpful[0]}</h2><div
class="feedback__buttons"><button>${atHelpful[1]}</button>
<button>${atHelpful[2]}</button></div><fieldset class="feedback__reasons" hidden>${atHelpful
  .slice(3)
  .map((t) => `<label><input type="radio" name="r">${t}</label>`)
  .join('')}
</fieldset></div></article>
<section class="additional-help"><h2>Additional Help</h2><ul>${links(atMore)}</ul></section></main>
<aside class="right-rail"><div class="still-need-help"><h2>${atStill[0]}</h2><p>${atStill[1]}</p><a class="button button--primary"
href="https://community.atlassian.com/">${atStill[2]}</a></div></aside></div>
<footer class="global-footer"><div class="global-footer__language"><select aria-label="Language"><option selected>English</option><option>Deutsch</option>
<option>日本語</option><option>Français</option></select></div><ul class="global-footer__links">${links(atFoot.slice(0, 4))}</ul>
<p class="global-footer__copyright">${atFoot[4]}</p></footer></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"deployment":"cloud","slug":"send-reminders-for-pending-approvals"}},"page":"/[product]/docs/[slug]"}
</script><script src="/_next/static/chunks/main-1d2c3b4a.js" defer></script></body></html>`;
export const atlassianArticle: TestPage = {
  html: atHtml,
  name: 'heldout79-atlassian-support-article',
  kind: 'docs',
  // the "Who can do this?" panel above the text (role and plans) is furniture; the info and note panels inside the text are
  // body; the switcher, "Was this helpful?" with its hidden reasons, "Still need help?" and "Additional Help" are furniture
  title: atTitle,
  headings: atH,
  body: [...texts(atIntro), 'To turn on reminders for an approval step:', ...texts(atSet), atInfo, ...texts(atEscalate), atNote, ...texts(atCheck)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    atCookie, 'Atlassian cookies and tracking notice', 'Preferences', 'Only necessary', 'Accept all', 'Support', ...atNav, 'Jira Service Management',
    'Cloud', 'Data Center', 'Resources', ...atSide.filter((t) => t !== 'Set up approvals'), 'Atlassian Support', ...atWho, ...atHelpful, 'Additional Help',
    ...atMore, ...atStill, 'English', 'Deutsch', '日本語', 'Français', ...atFoot,
  ],
};
