import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 207, file c2: a Salesforce Trailblazer Community question as the Lightning web components render it (the
 * Trailhead global header with "Learn", "Community", "Credentials", "Events" and "Sign Up", the community sub-navigation,
 * the "Back to Feed" link, the question card with the group it was asked in, the author's name and time, the "Best Answer"
 * card pinned above the other answers, each answer's author, title, time, "Like" count and "Reply" button, the "Sort by"
 * menu, the "Related Questions" and "Trending Topics" rails, the "Join the conversation" prompt, the cookie dialog and the
 * Trailhead footer).
 */
const sfTitle = 'Flow fails with "Too many SOQL queries" only when records are imported with Data Loader';
const sfQ = [
  'We have a record-triggered flow on Opportunity that looks up the related Account and updates a custom field on it. It ' +
    'works perfectly when users edit opportunities one at a time. When our operations team imports a few hundred records ' +
    'with Data Loader, the import fails with "Too many SOQL queries: 101" on about a third of the rows.',
  'The flow only has one Get Records element. Is Data Loader running the flow once per record? How do I stop this without ' +
    'asking the team to import in tiny batches?',
];
interface SfAnswer {
  name: string;
  role: string;
  when: string;
  likes: string;
  paras: readonly string[];
  best?: boolean;
}
const sfAnswers: SfAnswer[] = [
  {
    name: 'Tamsin Achebe',
    role: 'Salesforce Architect, Orrin Logistics',
    when: 'Oct 9, 2025, 4:18 PM',
    likes: '12',
    best: true,
    paras: [
      'Flows are bulkified for you, but only up to a point. The usual cause is a Get Records element inside a loop, or another ' +
        'automation on Account that fires once per updated Account and runs its own queries.',
      'Check the debug log of a failed import. If the 101st query comes from a different flow or trigger on Account, the fix ' +
        'belongs there. In our org it was an old Process Builder on Account that nobody had migrated.',
      'Also set the Data Loader batch size to 50 while you fix it. It is not a real solution, but it keeps the imports running.',
    ],
  },
  {
    name: 'Ravi Kulkarni',
    role: 'Admin, Nettlefield Housing',
    when: 'Oct 9, 2025, 6:02 PM',
    likes: '3',
    paras: [
      'Same thing happened to us. If the Get Records sits before any loop, it is bulkified across the batch, so look at what ' +
        'runs after your update. Entry conditions on the Account automation helped us a lot: only run when the field changes.',
      'And test with a sandbox import of a thousand rows before you switch the batch size back to 200.',
    ],
  },
  {
    name: 'Beatriz Olmos',
    role: 'Question author',
    when: 'Oct 10, 2025, 9:40 AM',
    likes: '1',
    paras: [
      'Thank you both. The debug log showed a second flow on Account, created by a consultant years ago, with a Get Records ' +
        'inside a loop over contacts. I moved the query out of the loop and added an entry condition. We imported 2,400 ' +
        'records this morning in batches of 200 with no errors.',
    ],
  },
];
const sfGlobal = ['Learn', 'Community', 'Credentials', 'Events', 'Search', 'Sign Up', 'Log In'];
const sfSub = ['Home', 'Groups', 'Topics', 'Community Guidelines'];
const sfFurn = [
  'Back to Feed',
  'Asked in',
  'Apex, Flow and Automation',
  'Best Answer',
  'Answers',
  'Sort by:',
  'Most Helpful',
  'Like',
  'Reply',
  'Share',
  'Follow',
  'Join the conversation',
  'Log in to answer questions, like answers and follow topics.',
  'Related Questions',
  'Trending Topics',
];
const sfRelated = [
  'Record-triggered flow runs twice on update',
  'How do I see which automation caused a limit error?',
  'Data Loader batch size best practice for flows',
];
const sfTopics = ['#Flow', '#Data Management', '#Automation', '#Admin'];
const sfCookie = [
  'We use cookies to make interactions with our websites and services easy and meaningful.',
  'Cookie Preferences',
  'Accept All Cookies',
  'Do Not Accept',
];
const sfFoot = ['Privacy Statement', 'Terms of Use', 'Use of Cookies', 'Trust', 'Accessibility', 'Your Privacy Choices'];
const sfCard = (a: SfAnswer): string => `<c-community-answer class="tds-answer${a.best ? ' tds-answer_best' : ''}" data-aura-rendered-by="${a.likes}:0">
<div class="slds-media slds-media_center"><div class="slds-media__figure"><img class="slds-avatar" alt=""
src="https://res.cloudinary.example/tb/${a.likes}.jpg"></div>
<div class="slds-media__body"><a class="tds-answer__author" href="/trailblazer/${a.name.split(' ')[0]?.toLowerCase()}">${a.name}</a>
<p class="tds-answer__title">${a.role}</p><lightning-formatted-date-time class="tds-answer__time">${a.when}</lightning-formatted-date-time></div></div>
${a.best ? '<span class="slds-badge slds-theme_success">Best Answer</span>' : ''}
<div class="tds-answer__body slds-rich-text-editor__output">${a.paras.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="tds-answer__actions"><button class="slds-button">Like</button><span class="tds-like-count">${a.likes}</span>
<button class="slds-button">Reply</button></div></c-community-answer>`;
const sfHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${sfTitle} | Trailblazer Community</title>
<meta name="description" content="We have a record-triggered flow on Opportunity that looks up the related Account.">
<meta property="og:title" content="${sfTitle.replace(/"/g, '&quot;')}"><meta property="og:site_name" content="Trailhead">
<link rel="canonical" href="https://trailhead.salesforce.com/trailblazer-community/feed/0D54V00007TzQ9aSAF">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${sfTitle.replace(/"/g, '\\"')}",
"answerCount":3,"author":{"@type":"Person","name":"Beatriz Olmos"}}}</script>
<link rel="stylesheet" href="https://developer.salesforce.example/resources2/assets/slds.min.css"><script src="/static/webcomponents/tds-components.js"
type="module"></script>
</head><body class="slds-scope trailblazer-community"><hgf-c360nav class="c360-nav" origin="https://trailhead.salesforce.com">
<div class="c360nav-header"><a class="c360nav-logo" href="https://trailhead.salesforce.com/"><span class="slds-assistive-text">Trailhead</span></a>
<ul class="c360nav-menu">${links(sfGlobal, 'c360nav-menu__item')}</ul></div></hgf-c360nav>
<nav class="tbc-subnav" aria-label="Trailblazer Community"><ul>${links(sfSub, 'tbc-subnav__item')}</ul></nav>
<main class="tbc-main slds-grid"><div class="slds-col slds-size_8-of-12"><a class="tbc-back" href="/trailblazer-community/feed">Back to Feed</a>
<c-community-question class="tds-question"><div class="tds-question__context"><span>Asked in</span> <a
href="/trailblazer-community/groups/0F9300">Apex, Flow and Automation</a></div>
<div class="slds-media"><div class="slds-media__body"><a class="tds-question__author" href="/trailblazer/bolmos">Beatriz Olmos</a>
<lightning-formatted-date-time class="tds-question__time">Oct 9, 2025, 2:51 PM</lightning-formatted-date-time></div></div>
<h1 class="tds-question__title slds-text-heading_medium">${sfTitle}</h1>
<div class="tds-question__body slds-rich-text-editor__output">${sfQ.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="tds-question__actions"><button class="slds-button">Like</button><button class="slds-button">Follow</button>
<button class="slds-button">Share</button></div></c-community-question>
<section class="tds-answers"><div class="tds-answers__header"><h2 class="slds-text-heading_small">Answers</h2>
<lightning-combobox class="tds-sort"><label class="slds-form-element__label">Sort by:</label><span
class="slds-truncate">Most Helpful</span></lightning-combobox></div>
${sfAnswers.map(sfCard).join('\n')}</section>
<div class="tds-join"><h3>Join the conversation</h3><p>Log in to answer questions, like answers and follow topics.</p><a class="slds-button"
href="/login">Log In</a></div></div>
<aside class="slds-col slds-size_4-of-12"><section class="tds-rail"><h2>Related Questions</h2><ul>${links(sfRelated, 'tds-rail__item')}</ul></section>
<section class="tds-rail"><h2>Trending Topics</h2><ul>${links(sfTopics, 'tds-topic')}</ul></section></aside></main>
<div id="onetrust-banner-sdk" role="dialog" aria-label="Cookie Consent"><p>${sfCookie[0]}</p><button>${sfCookie[1]}</button><button>${sfCookie[2]}</button>
<button>${sfCookie[3]}</button></div>
<hgf-c360footer class="c360-footer"><ul>${links(sfFoot, 'footer-legal__item')}</ul>
<p class="footer-copyright">© Copyright 2025 Salesforce, Inc. All rights reserved.</p></hgf-c360footer></body></html>`;

export const trailblazerQuestion: TestPage = {
  html: sfHtml,
  name: 'heldout207-salesforce-trailblazer-question',
  kind: 'forum',
  // an answerer's job title line is furniture, like a forum rank; "Question author" is the author's label
  title: sfTitle,
  headings: [],
  body: texts([...sfQ, ...sfAnswers.flatMap((a) => a.paras)]),
  bylines: ['Beatriz Olmos', 'Oct 9, 2025, 2:51 PM', ...sfAnswers.flatMap((a) => [a.name, a.when])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sfGlobal, ...sfSub, ...sfFurn, ...sfAnswers.map((a) => a.role), ...sfRelated, ...sfTopics, ...sfCookie, ...sfFoot,
    '© Copyright 2025 Salesforce, Inc. All rights reserved.',
  ],
};
