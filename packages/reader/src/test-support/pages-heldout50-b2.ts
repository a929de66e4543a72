import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 50, file b2: a question on the Salesforce Trailblazer Community, saved after the Lightning web components
 * had drawn it (the Trailhead global header, the community sub-nav with "Ask a Question", the question card with avatar,
 * the asker's role line, topic pills, the question with a screenshot and an error block, "Upvote", "Follow" and "Share"
 * actions, three answers sorted by "Most helpful" with the "Best Answer" ribbon, user badges, one reply, the related
 * questions and trending topics rail, the community guidelines card and the Salesforce footer with its consent links).
 */
const tbTitle = 'Record-triggered flow: Get Records on Contact returns nothing even though the Contact exists';
const tbQ = [
  'I have a record-triggered flow on Case (after save, on create) that looks up the Contact whose email matches ' +
    '<b>SuppliedEmail</b> and links it to the case. In the debug run it works every time. In production it finds nothing ' +
    'for about one case in five, and the fault email shows the step below.',
  'The Contact definitely exists, with the same email in the same case, and the running user is the Automated Process user ' +
    'because the cases come from Email-to-Case. I have checked the field-level security on Email for that user. What am I missing?',
];
const tbErr = 'Get_Matching_Contact: Found no records. Condition: Email Equals {!$Record.SuppliedEmail}';
const tbA1 = [
  'This is almost certainly sharing, not field security. Flows triggered by Email-to-Case run as the Automated Process user, ' +
    'and a record-triggered flow runs in system context <i>without</i> sharing only if you set it to. Open the flow, go to ' +
    '<b>Advanced</b> in the version properties, and check how <b>How to Run the Flow</b> is set.',
  'If it says <i>User or System Context, Depends on How Flow is Launched</i>, the Get Records step respects the sharing of the ' +
    'Automated Process user, which can only see Contacts owned by it or shared with it by a rule. That also explains why ' +
    'debug runs work: you run them as yourself.',
  'Two fixes, depending on what your security team prefers:',
];
const tbA1Fix = [
  'Set the flow to run in system context without sharing, which is what most Email-to-Case lookups need.',
  'Or add a sharing rule that gives the Automated Process user read access to the Contacts it has to match.',
];
const tbA2 = [
  'Also worth checking: Email-to-Case keeps the sender address as it arrived, so a mail sent to you as ' +
    '<b>J.Ortiz@Example.com</b> will not match a Contact stored as <b>j.ortiz@example.com</b> if you compare in a formula. ' +
    'Get Records itself ignores case, but any text formula you build first does not.',
];
const tbR2 = 'Good call. We had a formula that trimmed the address and it also kept the original case. Fixed both.';
const tbA3 = [
  'Thanks @Ingrid Solberg, that was it. The flow was on the default setting. I switched it to system context without sharing ' +
    'and the last two hundred cases have all been linked. @Kenji Matsuda, your point about formulas caught a second bug too.',
];
const tbNav = ['Learn', 'Connect', 'Credentials', 'Careers', 'More'];
const tbSub = ['Home', 'Groups', 'Topics', 'Events', 'Guidelines'];
const tbTopics = ['#Flow', '#Service Cloud', '#Email-to-Case'];
const tbRelated = [
  'Get Records in a scheduled flow returns different results than in debug',
  'Email-to-Case: link case to existing Contact by email',
  'Automated Process user cannot see records in flow',
];
const tbTrending = ['#Agentforce', '#Data Cloud', '#Reports & Dashboards', '#Trailhead'];
const tbFoot = ['Privacy Statement', 'Terms of Use', 'Use of Cookies', 'Trust', 'Accessibility', 'Cookie Preferences', 'Your Privacy Choices'];
/** A post card: avatar, name, badge, date. */
const who = (name: string, badge: string, date: string): string => `<div class="tbc-post-header slds-media slds-media_center">
<tds-avatar class="slds-media__figure" size="small"><img src="https://trailhead.salesforce.com/profile-photos/${name.length}.png" alt=""></tds-avatar>
<div class="slds-media__body"><a class="tbc-author-name" href="/trailblazer/${name.toLowerCase().replace(' ', '-')}">${name}</a>
${badge === '' ? '' : `<span class="tbc-badge slds-badge">${badge}</span>`}<span class="tbc-post-date slds-text-color_weak">${date}</span></div></div>`;
/** The action bar of an answer: upvote count, reply. */
const acts = (
  n: string,
): string => `<div class="tbc-post-actions"><tds-button variant="text" icon="like"><span class="tbc-upvote-count">${n}</span></tds-button>
<tds-button variant="text">Reply</tds-button><tds-button variant="text" icon="overflow" aria-label="More actions"></tds-button></div>`;
const rich = (ps: readonly string[]): string =>
  `<lightning-formatted-rich-text class="slds-rich-text-editor__output"><span part="formatted-rich-text">${ps.map((p) => `<p>${p}</p>`).join('')}</span>\
</lightning-formatted-rich-text>`;
const tbHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr"><head><meta charset="utf-8"><title>${tbTitle} | Salesforce Trailblazer Community</title>
<meta name="description" content="I have a record-triggered flow on Case that looks up the Contact whose email matches SuppliedEmail">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${tbTitle}",
"answerCount":3,"upvoteCount":7,"acceptedAnswer":{"@type":"Answer","author":{"@type":"Person","name":"Ingrid Solberg"}}}}</script>
<style>tbc-feed-detail{display:block}.tbc-best-answer{border-left:4px solid #2e844a}</style>
<script>window.__LWR__ = {"basePath":"/trailblazer-community","locale":"en-US","env":{"SFDC_ENV":"prod"}};</script></head>
<body><div id="onetrust-banner-sdk" role="alertdialog" aria-describedby="onetrust-policy-text">
<div id="onetrust-policy-text">By clicking "Accept All Cookies", you agree to the storing of cookies on your device to enhance site navigation, \
analyze site usage, and assist in our marketing efforts.</div>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div>
<th-header class="th-global-header"><a class="th-logo" href="https://trailhead.salesforce.com/" aria-label="Trailhead"></a>
<nav aria-label="Global"><ul>${links(tbNav, 'th-nav-item')}</ul></nav>
<tds-button class="th-signup">Sign Up</tds-button><tds-button variant="text" class="th-login">Log In</tds-button></th-header>
<tbc-community-nav><span class="tbc-community-title">Trailblazer Community</span><nav aria-label="Community"><ul>${links(tbSub)}</ul></nav>
<tds-button variant="brand">Ask a Question</tds-button></tbc-community-nav>
<main class="tbc-main slds-grid slds-wrap"><div class="slds-col slds-size_2-of-3">
<tbc-feed-detail><article class="tbc-question slds-card">
${who('Olumide Adeyemi', '', 'Mar 3, 2025, 9:41 AM')}
<p class="tbc-author-title">Salesforce Administrator at Harrow Freight</p>
<h1 class="tbc-question-title slds-text-heading_medium">${tbTitle}</h1>
${rich(tbQ.slice(0, 1))}
<figure class="tbc-attachment"><img src="/file-asset/flow-fault-screenshot.png" alt="Screenshot of the flow fault email"></figure>
<pre class="tbc-code">${tbErr}</pre>
${rich(tbQ.slice(1))}
<ul class="tbc-topics" aria-label="Topics">${tbTopics.map((t) => `<li><a class="slds-pill" href="/topic/${t.slice(1)}">${t}</a></li>`).join('')}</ul>
<div class="tbc-question-actions"><tds-button variant="text" icon="like">Upvote</tds-button><span class="tbc-upvote-count">7 upvotes</span>
<tds-button variant="text">Follow</tds-button><tds-button variant="text">Share</tds-button></div></article>
<section class="tbc-answers"><div class="tbc-answers-header"><h2 class="slds-text-heading_small">3 answers</h2>
<label>Sort by<select><option selected>Most helpful</option><option>Newest</option></select></label></div>
<article class="tbc-answer tbc-best-answer"><div class="tbc-best-answer-ribbon"><lightning-icon icon-name="utility:check"></lightning-icon>Best Answer</div>
${who('Ingrid Solberg', 'Salesforce MVP', 'Mar 3, 2025, 11:02 AM')}
${rich(tbA1)}<ul>${tbA1Fix.map((t) => `<li>${t}</li>`).join('')}</ul>
${acts('12')}</article>
<article class="tbc-answer">${who('Kenji Matsuda', 'Trailblazer Community Champion', 'Mar 3, 2025, 1:15 PM')}
${rich(tbA2)}${acts('4')}
<div class="tbc-replies"><article class="tbc-reply">${who('Olumide Adeyemi', '', 'Mar 4, 2025, 8:20 AM')}${rich([tbR2])}${acts('1')}</article></div></article>
<article class="tbc-answer">${who('Olumide Adeyemi', '', 'Mar 4, 2025, 8:27 AM')}${rich(tbA3)}${acts('2')}</article>
<div class="tbc-answer-composer"><p>Log in to answer this question.</p><tds-button>Log In</tds-button></div></section>
</tbc-feed-detail></div>
<aside class="slds-col slds-size_1-of-3 tbc-rail"><section class="slds-card"><h2>Related Questions</h2><ul>${links(tbRelated)}</ul></section>
<section class="slds-card"><h2>Trending Topics</h2><ul>${tbTrending
  .map(
    (t) => `<li><a class="slds-pill" href="/topic">${t.replace('&', '&amp;')}</a>\
</li>`,
  )
  .join('')}</ul></section>
<section class="slds-card tbc-guidelines"><h2>Trailblazer Community Guidelines</h2>
<p>Be kind, stay on topic and never share customer data or credentials in a post.</p><a href="/trailblazer-community/guidelines">Read the guidelines</a>\
</section>
</aside></main>
<footer class="th-footer"><ul>${links(tbFoot)}</ul>
<p class="th-footer-legal">© Copyright 2025 Salesforce, Inc. All rights reserved. Various trademarks held by their respective owners.</p></footer>
<script src="/trailblazer-community/assets/lwr-bundle.js" type="module"></script></body></html>`;
export const trailblazerQuestion: TestPage = {
  html: tbHtml,
  name: 'heldout50-salesforce-trailblazer-question',
  kind: 'forum',
  // a Q&A page: the question, the three answers (the fix list as two items) and the reply are body, the asker's own answer
  // too; the fault text in <pre> is a code block (neither); names and dates are bylines; the asker's role line ("Salesforce
  // Administrator at Harrow Freight") is a user title (furniture), as are the badges; "Best Answer", upvote counts, "Upvote",
  // "Follow", the answer count and sort, topic pills, the composer prompt, rail, header, sub-nav, cookie banner and footer are
  // furniture; the screenshot has only alt text; the pills "#Flow" and "#Email-to-Case" are words of the body (left out);
  // the @mentions in the asker's answer are body text, the same names on the cards bylines
  title: tbTitle,
  headings: [],
  body: [...texts(tbQ), ...texts(tbA1), ...texts(tbA1Fix), ...texts(tbA2), tbR2, ...texts(tbA3)],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Olumide Adeyemi', 'Mar 3, 2025, 9:41 AM', 'Ingrid Solberg', 'Mar 3, 2025, 11:02 AM', 'Kenji Matsuda', 'Mar 3, 2025, 1:15 PM',
    'Mar 4, 2025, 8:20 AM', 'Mar 4, 2025, 8:27 AM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'By clicking "Accept All Cookies", you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and assist ' +
      'in our marketing efforts.', 'Reject All', 'Accept All Cookies', ...tbNav, 'Sign Up', 'Log In', 'Trailblazer Community', ...tbSub, 'Ask a Question',
    'Salesforce Administrator at Harrow Freight', '#Service Cloud', 'Upvote', '7 upvotes', 'Follow', 'Share', '3 answers', 'Sort by', 'Most helpful',
    'Newest', 'Best Answer', 'Salesforce MVP', 'Trailblazer Community Champion', '12', 'Reply', 'Log in to answer this question.',
    'Related Questions', ...tbRelated, 'Trending Topics', ...tbTrending, 'Trailblazer Community Guidelines',
    'Be kind, stay on topic and never share customer data or credentials in a post.', 'Read the guidelines', ...tbFoot,
    '© Copyright 2025 Salesforce, Inc. All rights reserved. Various trademarks held by their respective owners.',
  ],
};
