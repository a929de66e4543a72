import { links, type TestPage, texts } from './page-kit.js';
import { trailblazerQuestion } from './pages-heldout50-b2.js';

/**
 * Held-out batch 50, file b: a question on Atlassian Community (the Khoros "lia-" template with Atlassian's own "atl-"
 * blocks: the global header, the OneTrust cookie banner, breadcrumbs, the "Question" label, the asker's card, the question
 * with a code block, the product and tag chips, "Like" and "Watch" bars, two answers (one "Answer accepted") with rank
 * badges, a comment under each, the "Suggest an answer" box, the "Still have a question?" rail, the related content list,
 * the Community showcase and the footer).
 */
const acTitle = 'How do I copy a custom date field into Due date in Automation only when Due date is empty?';
const acQ = [
  'We have a custom field called <em>Target delivery</em> (a date picker) on our Story and Task issue types. When it is set, ' +
    'the team wants the same date copied into <strong>Due date</strong>, but only if Due date is still empty, because some ' +
    'managers set Due date by hand and do not want it overwritten.',
  'I built a rule with the trigger <em>Field value changed</em> on Target delivery and an <em>Edit issue</em> action that sets ' +
    'Due date with the smart value below. It copies the date correctly, but it also overwrites Due date when it is already set.',
  'I tried adding a condition before the action, but I could not find a way to say "Due date is empty" in the issue fields ' +
    'condition. Is there a way to do this without writing a JQL condition for every project?',
];
const acQCode = '{{issue.customfield_10452.jiraDate}}';
const acA1 = [
  'Hi @Hannah Kowalczyk, welcome to the Community!',
  'You are close. The <em>Issue fields condition</em> can do this, but the option you need is easy to miss: pick ' +
    '<strong>Due date</strong> as the field and <strong>is empty</strong> as the condition. It only shows for fields that ' +
    'can be empty, so it does not appear until you have chosen the field.',
  'Your rule would then look like this:',
];
const acA1Steps = [
  'Trigger: Field value changed, field Target delivery',
  'Condition: Issue fields condition, Due date is empty',
  'Action: Edit issue, Due date set to the smart value you already have',
];
const acA1End = [
  'One more thing to watch: if Target delivery is cleared later, this rule will run again with an empty value. Add a second ' +
    'condition, Target delivery is not empty, so that the rule stops there instead of failing with a date parsing error in ' +
    'the audit log.',
];
const acC1 = 'That was it, thank you! The "is empty" option only showed up after I picked the field, exactly as you said. Accepted.';
const acA2 = [
  'To add to Daniel’s answer: if you ever need the same check across many fields at once, the <em>JQL condition</em> with ' +
    '<code>duedate is EMPTY</code> also works and is evaluated against the issue that triggered the rule, so you do not need ' +
    'to add a project clause.',
  'Also note that the Edit issue action respects field configuration. If Due date is hidden on some screens in a project, ' +
    'the action can still set it, but the rule actor needs the Schedule issues permission there.',
];
const acC2 = 'Good point about the Schedule issues permission. Our team-managed projects were missing it, which explains two failed runs.';
const acNav = ['Products', 'Groups', 'Learning', 'Events', 'Champions', 'Create'];
const acCrumbs = ['Community', 'Products', 'Jira', 'Questions'];
const acTags = ['jira-cloud', 'automation', 'due-date', 'smart-values'];
const acRelated = [
  'Automation: set Due date based on Created date plus business days',
  'Smart value for the previous value of a date field',
  'Issue fields condition does not list my custom field',
];
const acShow = ['Jira Automation is now part of every Jira plan', 'Join a local Atlassian Community Event near you'];
const acFoot = ['Community guidelines', 'Privacy policy', 'Notice at Collection', 'Terms of use', 'Security', '© 2025 Atlassian'];
/** The author card of a post: name, optional rank badge, date. */
const card = (user: string, rank: string, date: string): string => `<div class="atl-post-author">\
<a class="lia-link-navigation lia-user-name-link" href="/t5/user/viewprofilepage/user-id/${user.length * 7919}"><span class="login-bold">${user}</span></a>
${rank === '' ? '' : `<span class="lia-user-rank atl-rank-badge">${rank}</span>`}
<span class="DateTime lia-message-posted-on"><span class="local-date">${date}</span></span></div>`;
/** The action bar of a post: Like, its count, Reply. */
const bar = (likes: string): string => `<div class="atl-post-actions"><button class="lia-button kudos-button" aria-label="Like">Like</button>
<span class="dot">•</span><span class="kudos-count">${likes}</span><span class="dot">•</span><a class="lia-action-reply" href="#">Reply</a></div>`;
const acHtml = `<!DOCTYPE html>
<html lang="en" prefix="og: http://ogp.me/ns#"><head><meta charset="UTF-8"><title>${acTitle} | Atlassian Community</title>
<meta property="og:title" content="${acTitle}"><link rel="canonical" href="https://community.atlassian.com/forums/Jira-questions/qaq-p/2931187">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${acTitle}",
"answerCount":2,"dateCreated":"2025-01-14T09:02:11Z","author":{"@type":"Person","name":"Hannah Kowalczyk"}}}</script>
<script>LITHIUM.CommunityJsonObject = {"User":{"isAnonymous":true},"Page":{"name":"QandaQuestionPage"},"Activity":{"Results":[]}};</script>
<link rel="stylesheet" href="/skins/desktopcss/atlassian.css"></head>
<body class="lia-qanda QandaQuestionPage lia-body lia-user-status-anonymous" id="lia-body">
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">We and our partners use cookies to improve your experience, analyze traffic and personalize content.</p>
<button id="onetrust-pc-btn-handler">Cookie preferences</button><button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div>
<header class="atl-global-header"><a class="atl-logo" href="/"><span class="visually-hidden">Atlassian Community</span></a>
<nav aria-label="Primary"><ul class="atl-nav">${links(acNav, 'atl-nav__item')}</ul></nav>
<form class="atl-search" role="search"><input type="search" aria-label="Search the community" placeholder="Search the community"></form>
<a class="atl-header-login" href="/t5/user/userloginpage">Log in</a><a class="atl-header-signup" href="/t5/user/userregistrationpage">Sign up</a></header>
<div class="lia-page"><div class="lia-content">
<nav class="lia-component-common-widget-breadcrumb" aria-label="breadcrumbs"><ul class="lia-list-standard-inline">
${acCrumbs.map((c) => `<li class="lia-breadcrumb-node crumb"><a href="/t5/${c.toLowerCase()}">${c}</a></li>`).join('<li class="separator">/</li>')}
</ul></nav>
<div class="lia-quilt-row lia-quilt-row-main"><div class="lia-quilt-column lia-quilt-column-16 lia-quilt-column-left">
<div class="lia-message-view-wrapper lia-js-data-messageUid-2931187"><div class="lia-message-view-qanda-question atl-question">
<span class="atl-post-type-label">Question</span>
${card('Hannah Kowalczyk', '', 'Jan 14, 2025')}
<h1 class="lia-message-subject">${acTitle}</h1>
<div class="lia-message-body-content">${acQ
  .slice(0, 2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<pre class="lia-code-sample language-none"><code>${acQCode}</code></pre>
<p>${acQ[2]}</p></div>
<div class="atl-post-chips"><div class="atl-products"><span class="atl-chips-label">Products</span><a class="atl-chip" href="/t5/jira">Jira</a></div>
<div class="TagList lia-message-tags"><span class="atl-chips-label">Tags</span><ul>${links(acTags, 'lia-tag-list-item')}</ul></div></div>
<div class="atl-post-actions"><button class="lia-button watch-button">Watch</button><button class="lia-button kudos-button">Like</button>
<span class="dot">•</span><a href="/t5/kudos/messagepage/message-id/2931187">2 people like this</a></div>
<div class="atl-answer-count"><span class="count">2 answers</span> <span class="accepted">1 accepted</span></div></div></div>
<div class="lia-component-solutions-with-comments">
<div class="lia-message-view-wrapper lia-js-data-messageUid-2931244 lia-accepted-solution atl-answer atl-answer--accepted">
<div class="atl-accepted-badge"><svg aria-hidden="true" width="16" height="16"></svg>Answer accepted</div>
${card('Daniel Reyes', 'Community Champion', 'Jan 14, 2025')}
<div class="lia-message-body-content">${acA1.map((p) => `<p>${p}</p>`).join('\n')}
<ol>${acA1Steps.map((s) => `<li>${s}</li>`).join('')}</ol>
${acA1End.map((p) => `<p>${p}</p>`).join('\n')}</div>
${bar('3 votes')}
<div class="lia-comments atl-comments"><div class="lia-message-view-wrapper atl-comment">
${card('Hannah Kowalczyk', '', 'Jan 15, 2025')}
<div class="lia-message-body-content"><p>${acC1}</p></div>${bar('1 vote')}</div></div></div>
<div class="lia-message-view-wrapper lia-js-data-messageUid-2931502 atl-answer">
${card('Marta Oduya', 'Atlassian Team', 'Jan 15, 2025')}
<div class="lia-message-body-content">${acA2.map((p) => `<p>${p}</p>`).join('\n')}</div>
${bar('2 votes')}
<div class="lia-comments atl-comments"><div class="lia-message-view-wrapper atl-comment">
${card('Tobias Lindahl', 'Rising Star', 'Jan 16, 2025')}
<div class="lia-message-body-content"><p>${acC2}</p></div>${bar('0 votes')}</div></div></div></div>
<div class="atl-suggest-answer"><h2>Suggest an answer</h2>
<div class="atl-login-prompt"><a href="/t5/user/userloginpage">Log in</a> or <a href="/t5/user/userregistrationpage">Sign up</a> to answer</div></div>
<section class="atl-related"><h2>Related Community content</h2><ul>${links(acRelated, 'atl-related__item')}</ul></section>
</div><div class="lia-quilt-column lia-quilt-column-08 lia-quilt-column-right"><aside class="atl-rail">
<div class="atl-still-question"><h3>Still have a question?</h3><p>Get fast answers from people who know.</p>
<a class="atl-button" href="/t5/forums/postpage/choose-node/true">Ask the community</a></div>
<div class="atl-showcase"><h3>Community showcase</h3><ul>${links(acShow, 'atl-showcase__item')}</ul></div>
<div class="atl-was-helpful"><span>Was this helpful?</span><button>Yes</button><button>No</button></div></aside></div></div>
</div></div>
<footer class="atl-footer"><span class="atl-footer__brand">Atlassian Community</span><ul>${links(acFoot)}</ul>
<a href="#" class="ot-sdk-show-settings">Your Privacy Choices</a></footer>
<script src="https://community.atlassian.com/html/assets/lia-bundle.js" async></script></body></html>`;
export const atlassianQuestion: TestPage = {
  html: acHtml,
  name: 'heldout50-atlassian-community-question',
  kind: 'forum',
  // a Q&A page: the question, both answers and the comment under each are body (the accepted answer's rule as an <ol>, one
  // item a step); the smart value in <pre><code> is a code block (neither); names and dates on each card are bylines; the
  // "Question" label, "Answer accepted", rank badges ("Community Champion", "Atlassian Team", "Rising Star"), like bars and
  // vote counts, the answer count, products and tag chips, "Suggest an answer" with its prompts, the related list, the rail,
  // the cookie banner, header, breadcrumbs and footer are furniture; "Products" (nav, crumb, chip label) and "Log in" / "Sign
  // up" (header and prompt) are kept once; "Like" and "Watch" ("look like this", "one more thing to watch"), the tags
  // "automation" and "due-date" and the crumb "Community" ("welcome to the Community!") are words of the body: left out; the
  // @mention "Hannah Kowalczyk" in Daniel's answer is body text, her name on the cards a byline
  title: acTitle,
  headings: [],
  body: [...texts(acQ), ...texts(acA1), ...texts(acA1Steps), ...texts(acA1End), acC1, ...texts(acA2), acC2],
  bylines: ['Hannah Kowalczyk', 'Jan 14, 2025', 'Daniel Reyes', 'Jan 15, 2025', 'Marta Oduya', 'Tobias Lindahl', 'Jan 16, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We and our partners use cookies to improve your experience, analyze traffic and personalize content.', 'Cookie preferences',
    'Accept all cookies', 'Atlassian Community', ...acNav, 'Log in', 'Sign up', 'Questions', 'Question', 'Jira', 'Tags', 'jira-cloud', 'smart-values',
    '2 people like this', '2 answers', '1 accepted', 'Answer accepted', 'Community Champion', 'Atlassian Team', 'Rising Star', '3 votes', '1 vote',
    '2 votes', '0 votes', 'Reply', 'Suggest an answer', 'to answer', 'Related Community content', ...acRelated,
    'Still have a question?', 'Get fast answers from people who know.', 'Ask the community', 'Community showcase', ...acShow, 'Was this helpful?',
    'Yes', 'No', ...acFoot, 'Your Privacy Choices',
  ],
};

export const HELDOUT50_B: readonly TestPage[] = [atlassianQuestion, trailblazerQuestion];
