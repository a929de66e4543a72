import { links, type TestPage, texts } from './page-kit.js';
import { vitePressPage } from './pages-heldout33-d2.js';

/**
 * Held-out batch 33, file d: an Atlassian Support documentation page on support.atlassian.com (global support header, the
 * product bar, breadcrumbs, the left topic tree, the "Cloud" badge, the "Who can do this?" box, an info panel, the "Was this
 * helpful?" widget with its follow-up reasons, the right rail with "On this page" and "Still need help?", the cookie notice and
 * the footer with legal links and language picker).
 */
const atTitle = 'Set up escalation rules for overdue work items';
const atWho = ['Role: Space admin', 'Meridian plans: Premium and Enterprise'];
const atIntro = [
  'An escalation rule watches your team’s work items and acts when one has been left too long. You decide what counts as overdue, ' +
    'and Meridian can reassign the item, raise its priority, or notify someone, so that urgent work doesn’t sit unnoticed at the ' +
    'bottom of a queue.',
  'Escalation rules run every fifteen minutes. A work item is only escalated once per rule, even if it stays overdue for days afterwards.',
];
const atH1 = 'Create an escalation rule';
const atSteps = [
  'From your space, select <strong>Space settings</strong>, then <strong>Escalations</strong>.',
  'Select <strong>Create rule</strong> and give the rule a name your team will recognize, such as “Customer bugs older than two days”.',
  'Under <strong>Which work items</strong>, choose a saved filter or build one with the condition picker.',
  'Under <strong>When</strong>, choose the field that starts the clock, such as <strong>Created</strong> or <strong>Last status ' +
    'change</strong>, and set how long to wait.',
  'Under <strong>Then</strong>, add one or more actions.',
  'Select <strong>Turn on</strong>.',
];
const atH2 = 'Choose escalation actions';
const atActionsLead = 'Each rule can run up to five actions, in the order you list them. The most common are:';
const atActions = [
  '<strong>Reassign</strong> moves the item to a person, to the team lead, or to whoever is on call in a linked schedule.',
  '<strong>Raise priority</strong> moves the item up one or two levels. It never lowers priority.',
  '<strong>Notify</strong> sends a message to a person, a group or a chat channel, with a link to the item.',
  '<strong>Add label</strong> tags the item so that it shows up in reports and dashboards.',
];
const atPanel =
  'Actions run with the permissions of the person who turned the rule on. If that person leaves your organization, the rule is ' +
  'paused until another admin turns it on again.';
const atH3 = 'Test a rule before you turn it on';
const atTest = [
  'Select <strong>Preview</strong> to see which work items would be escalated if the rule ran right now. The preview doesn’t ' +
    'change anything, so it’s a safe way to check a filter that might match more items than you expect.',
  'If the preview lists hundreds of items, consider adding a condition that excludes old work, or start with a Notify action only ' +
    'and add reassignment once your team is happy with the results.',
];
const atTopNav = ['Products', 'Billing & licensing', 'Migration', 'Community', 'Contact support'];
const atProductNav = ['Get started', 'Resources', 'Meridian Community'];
const atTree = ['Plan and track work', 'Boards and backlogs', 'Automate work', 'What are escalation rules?', 'Pause or delete an escalation rule'];
const atTree2 = ['Escalation rule conditions', 'Reports and insights', 'Administer Meridian'];
const atReasons = ['It wasn’t accurate', 'It wasn’t clear', 'It wasn’t relevant'];
const atFoot = ['Notice at Collection', 'Privacy Policy', 'Terms of Use', 'Security', 'Cookie preferences'];
const atHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${atTitle} | Meridian Cloud | Atlassian Support</title>
<meta name="description" content="An escalation rule watches your team’s work items and acts when one has been left too long.">
<link rel="canonical" href="https://support.atlassian.com/meridian-cloud/docs/set-up-escalation-rules-for-overdue-work-items/">
<link rel="stylesheet" href="https://support.atlassian.com/static/css/main.7c4e1b2a.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${atTitle}",
"dateModified":"2025-09-30","publisher":{"@type":"Organization","name":"Atlassian"}}</script>
<script>window.__INITIAL_STATE__={"product":"meridian-cloud","deployment":"cloud","locale":"en","pageType":"docs","contentId":"6Gk2qLw0RZ"};</script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="7f3c1aa0-2b96-4a4d-8a3e-88fd73a8e1b5"></script>
</head><body><div id="root"><a class="skip-link css-1w3z8qh" href="#main-content">Skip to main content</a>
<header class="css-9yk1s3" data-testid="support-header"><div class="css-1ve8wqs"><a href="https://support.atlassian.com/" class="css-ck0yr4"
 aria-label="Atlassian Support"><svg height="24" viewBox="0 0 190 32" aria-hidden="true"><path d="M9.4 14.6c-.4-.5-1.1-.4-1.4.1"/></svg>
<span class="css-1w0x7xq">Atlassian Support</span></a><nav aria-label="Support navigation" class="css-13bfljm"><ul class="css-1y0ymlw">
${links(atTopNav, 'css-pjz8gd')}
</ul></nav><div class="css-1ggjz4e"><button class="css-n8gpd3" aria-label="Search" data-testid="search-trigger"><span>Search</span></button>
<a class="css-1ejqbcl" href="https://id.atlassian.com/login?continue=https%3A%2F%2Fsupport.atlassian.com%2F">Log in</a></div></div></header>
<div class="css-2rw9yd" data-testid="product-header"><div class="css-1yz3mzl"><a href="/meridian-cloud/" class="css-1k8vb4a">
<img src="https://support.atlassian.com/static/logos/meridian.svg" alt="" width="24" height="24"><span>Meridian Support</span></a>
<nav aria-label="Meridian" class="css-m2o9r8"><ul>
${links(atProductNav, 'css-1ohx7jc')}
</ul></nav></div></div>
<div class="css-wnd4ty"><nav aria-label="Breadcrumbs" class="css-p1g5v6"><ol class="css-1mbq1nu">
<li><a href="https://support.atlassian.com/">Atlassian Support</a></li><li><a href="/meridian-cloud/">Meridian</a></li>
<li><a href="/meridian-cloud/resources/">Resources</a></li><li><a href="/meridian-cloud/docs/automate-work/">Automate work</a></li></ol></nav>
<div class="css-1xbk8n4"><aside class="css-17m5z6k" aria-label="Topics" data-testid="left-nav"><div class="css-1bs2q9x">Meridian Cloud resources</div>
<ul class="css-3v6z0e" role="tree">${atTree
  .slice(0, 3)
  .map((t) => `<li role="treeitem" aria-expanded="${t === 'Automate work'}"><a href="/meridian-cloud/docs/${t.length}/">${t}</a></li>`)
  .join('')}
<li role="group"><ul>${atTree
  .slice(3)
  .map((t) => `<li role="treeitem"><a href="/meridian-cloud/docs/x${t.length}/">${t}</a></li>`)
  .join('')}
<li role="treeitem" aria-current="page" class="css-1jq9rc6"><a href="/meridian-cloud/docs/set-up-escalation-rules-for-overdue-work-items/">${atTitle}</a></li>
${atTree2.map((t) => `<li role="treeitem"><a href="/meridian-cloud/docs/y${t.length}/">${t}</a></li>`).join('')}</ul></li></ul></aside>
<main id="main-content" class="css-1a3xk2b"><article class="css-qk2l8p" data-testid="article"><div class="css-1wa1y9n">
<span class="css-1r2s7tm" data-testid="deployment-badge">Cloud</span>
<a class="css-5ox3bb" href="/meridian-data-center/docs/set-up-escalation-rules/">Data Center and Server</a></div>
<h1 class="css-1e2f0mv">${atTitle}</h1>
<div class="css-2bhlqk" data-testid="who-can-do-this" role="note"><h2 class="css-kl9gqo">Who can do this?</h2>
${atWho.map((t) => `<p class="css-18k2r0g"><strong>${t.replace(': ', ':</strong> ')}</p>`).join('\n')}</div>
<div class="css-1c4gm5a" data-testid="article-body">
${atIntro.map((t) => `<p>${t}</p>`).join('\n')}
<h2 id="create-an-escalation-rule">${atH1}</h2>
<ol>
${atSteps.map((t) => `<li><p>${t}</p></li>`).join('\n')}
</ol>
<h2 id="choose-escalation-actions">${atH2}</h2>
<p>${atActionsLead}</p>
<ul>
${atActions.map((t) => `<li><p>${t}</p></li>`).join('\n')}
</ul>
<div class="panel panel-info css-g2s9hx" role="note"><span class="css-1o4ej3e" aria-label="Info"><svg width="24" height="24" viewBox="0 0 24 24">
<path d="M12 20a8 8 0 1 1 0-16 8 8 0 0 1 0 16"/></svg></span><div class="css-14pv3q3"><p>${atPanel}</p></div></div>
<h2 id="test-a-rule-before-you-turn-it-on">${atH3}</h2>
${atTest.map((t) => `<p>${t}</p>`).join('\n')}
</div>
<div class="css-ohlq0m" data-testid="feedback"><h2 class="css-1v7pbkr">Was this helpful?</h2><div class="css-mzk61q">
<button class="css-1w2qa8f" data-vote="up">Yes</button><button class="css-1w2qa8f" data-vote="down">No</button></div>
<fieldset class="css-z8k9l1" hidden=""><legend>Tell us more</legend>
${atReasons.map((t, i) => `<label><input type="radio" name="reason" value="${i}"> ${t}</label>`).join('\n')}
<button type="submit">Send feedback</button></fieldset>
<a class="css-19imxn0" href="https://support.atlassian.com/feedback/?content=6Gk2qLw0RZ">Provide feedback about this article</a></div>
</article></main>
<aside class="css-1t3ig5q" aria-label="Page tools"><nav class="css-1u8hb38" aria-labelledby="toc-title"><h2 id="toc-title" class="css-1ckowq3">On this page</h2>
<ul><li><a href="#create-an-escalation-rule">${atH1}</a></li><li><a href="#choose-escalation-actions">${atH2}</a></li>
<li><a href="#test-a-rule-before-you-turn-it-on">${atH3}</a></li></ul></nav>
<div class="css-k008qs"><h2 class="css-13m1zq9">Still need help?</h2><p>The Atlassian Community is here for you.</p>
<a class="css-1lv1v4x" href="https://community.atlassian.com/t5/custom/page/page-id/create-post-step-1">Ask the community</a></div></aside></div></div>
<footer class="css-1c1mfzd" data-testid="support-footer"><div class="css-6vumyk"><a href="https://www.atlassian.com" aria-label="Atlassian">
<svg height="16" viewBox="0 0 120 16" aria-hidden="true"><path d="M5 8h3"/></svg></a><ul class="css-1j8ttw7">
${links(atFoot)}
</ul><p class="css-1uyfzls">Copyright © 2025 Atlassian</p><div class="css-5a6w4h"><label for="lang" class="css-1c3y0bk">Language</label>
<select id="lang"><option selected="">English</option><option>Deutsch</option><option>Español</option><option>Français</option><option>日本語</option>
</select></div></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner">
<div id="onetrust-policy-text">Atlassian uses cookies to improve your browsing experience, perform analytics and research, and conduct advertising.
 Accept all cookies to indicate that you agree to our use of cookies on your device.
 <a href="https://www.atlassian.com/legal/cookies">Atlassian cookies and tracking notice</a></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Preferences</button><button id="onetrust-reject-all-handler">Only necessary</button>
<button id="onetrust-accept-btn-handler">Accept all</button></div></div></div></div>
<script src="https://support.atlassian.com/static/js/main.3a8f1d07.js" defer></script>
</body></html>`;
const atlassian: TestPage = {
  html: atHtml,
  name: 'heldout33-atlassian-support-doc',
  kind: 'docs',
  // the three content h2 are the headings; the "Who can do this?" box's two lines are body (facts of this task: who may do it,
  // on which plans; its template label is in neither list), as are the intro, steps, actions list and the info panel; the page
  // has no author or date line: no bylines; the header, product bar, breadcrumbs, topic tree (its entry for this page is the
  // title: left out), the "Cloud" badge, the Data Center link, the feedback widget with its hidden reasons, the "On this page"
  // rail (its entries repeat the headings: left out), "Still need help?", footer and cookie banner are furniture
  title: atTitle,
  headings: [atH1, atH2, atH3],
  body: [...atWho, ...texts(atIntro), ...texts(atSteps), atActionsLead, ...texts(atActions), atPanel, ...texts(atTest)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Atlassian Support', ...atTopNav, 'Log in', 'Meridian Support', ...atProductNav, 'Meridian Cloud resources',
    ...atTree, ...atTree2, 'Cloud', 'Data Center and Server', 'Was this helpful?', 'Yes', 'No', 'Tell us more', ...atReasons, 'Send feedback',
    'Provide feedback about this article', 'On this page', 'Still need help?', 'The Atlassian Community is here for you.', 'Ask the community',
    ...atFoot, 'Copyright © 2025 Atlassian', 'Language', 'English', 'Deutsch', 'Español', 'Français', '日本語', 'Search',
    'Atlassian uses cookies to improve your browsing experience, perform analytics and research, and conduct advertising.',
    'Accept all cookies to indicate that you agree to our use of cookies on your device.',
    'Atlassian cookies and tracking notice', 'Preferences', 'Only necessary', 'Accept all',
  ],
};

export const HELDOUT33_D: readonly TestPage[] = [atlassian, vitePressPage];
