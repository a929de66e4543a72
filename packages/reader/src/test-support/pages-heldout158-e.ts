import { links, type TestPage, texts } from './page-kit.js';
import { khorosIt } from './pages-heldout158-e2.js';

/**
 * Held-out batch 158, file e: a Salesforce Trailblazer Community question (the Trailhead-style global header with "Log In"
 * and "Sign Up", the group name and "Ask a question", the question with its author, date and topics, "Best Answer chosen
 * by" marker, answer like and comment counts, nested comments, "Expand Post", the "Related questions" rail, the cookie
 * consent banner and the Salesforce footer) and, from file e2, a Spiceworks-like IT forum thread on classic Khoros (lia).
 */
const sfTitle = 'Flow fails with "UNABLE_TO_LOCK_ROW" when two users update the same Account at once';
const sfQ = [
  'We have a record-triggered flow on Opportunity that updates a roll-up field on the parent Account after save. Since we went ' +
    'live with a new sales team it fails several times a day with UNABLE_TO_LOCK_ROW, always when two reps close opportunities ' +
    'on the same large Account within a few seconds of each other.',
  'The flow itself is simple: get the closed-won opportunities for the Account, sum the amounts and update one currency field. ' +
    'We cannot move it to a scheduled job because the sales managers want the number to be current. What are our options?',
];
const sfBest = [
  'Record locking on the parent is expected here: every update to a child in a master-detail or lookup relationship with a ' +
    'roll-up briefly locks the parent Account. Two saves a second apart collide.',
  'A few things that have worked for us:',
];
const sfList = [
  'Run the Account update in an asynchronous path of the flow ("Run Asynchronously"), so it leaves the user\'s transaction and ' + 'retries on its own.',
  'Only update the Account when the total actually changed, which cuts the number of writes a lot.',
  'If you have Apex skills on the team, a Queueable with a retry on lock errors gives you full control.',
];
const sfBest2 = ['With the asynchronous path the figure is usually current within a few seconds, which most sales managers accept.'];
const sfComments: [string, string, string][] = [
  ['Lucinda Farrow', 'November 6, 2025 at 3:12 PM', 'The asynchronous path did it. Zero lock errors in the two days since. Thank you!'],
  [
    'Gideon Sato',
    'November 6, 2025 at 5:40 PM',
    'Also worth checking whether any other automation on Account runs in the same transaction, ' +
      'like a validation rule that queries related records. We had one that doubled the lock time.',
  ],
];
const sfA2 = [
  'Another option is a Roll-Up Summary field if the relationship is master-detail, though it still locks the parent, so it helps less ' +
    'than you would think with this many concurrent updates.',
];
const sfTop = ['Trailblazer Community', 'Home', 'Groups', 'Topics', 'Events', 'Resources', 'Log In', 'Sign Up'];
const sfGroup = ['Flow Automation', 'Ask a question', 'Group', '12,482 members'];
const sfMeta = [
  'Topics',
  '#Flow',
  '#Sales Cloud',
  '#Data Management',
  'Best Answer chosen by Lucinda Farrow',
  'Answers',
  'Sort by',
  'Most Recent',
  'Like',
  'Comment',
  'Share',
  'Expand Post',
  '14 likes',
  '2 likes',
  '2 comments',
  'Show more comments',
  'Log in to answer',
];
const sfRail = [
  'Related questions',
  'Record-triggered flow runs twice on update',
  'How do I avoid mixed DML errors in a flow?',
  'Scheduled path not firing for some records',
];
const sfFoot = [
  'Privacy Information',
  'Terms of Service',
  'Legal',
  'Use of Cookies',
  'Trust',
  'Cookie Preferences',
  'Your Privacy Choices',
  'Responsible Disclosure',
  '© Copyright 2025 Salesforce, Inc. All rights reserved.',
];
const sfCookie = [
  'We use cookies to make interactions with our websites and services easy and meaningful.',
  'Accept All Cookies',
  'Do Not Accept',
  'Cookie Preferences',
];
const who = (name: string, when: string): string => `<div class="cuf-feedElementHeader slds-media"><div class="slds-media__body"><span class="cuf-entityLinkId">
<a class="forceChatterEntityLink" href="/profile/${name.replace(/ /g, '')}">${name}</a></span><div class="cuf-timestamp">
<a href="#" class="cuf-timestamp">${when}</a></div></div></div>`;
const sfHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${sfTitle.replace(/"/g, '&quot;')} | Trailblazer Community</title>
<meta name="description" content="${sfQ[0]?.slice(0, 140)}"><meta property="og:site_name" content="Trailblazer Community">
<meta name="robots" content="index, follow">
<link rel="stylesheet" href="https://trailhead.salesforce.example/assets/application-4e2b.css"><script src="/s/sfsites/auraFW/javascript/aura_prod.js" defer>
</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage",
"mainEntity":{"@type":"Question","name":"Flow fails with UNABLE_TO_LOCK_ROW",
"answerCount":2,"dateCreated":"2025-11-05T09:20:00Z","author":{"@type":"Person","name":"Lucinda Farrow"}}}</script></head>
<body><div class="tds-bg_white"><th-tds-header><header class="tds-header" role="banner">
<a class="tds-header__logo" href="/trailblazer-community">${sfTop[0]}</a>
<nav aria-label="Community"><ul class="tds-header__nav">${links(sfTop.slice(1, 6), 'tds-header__nav-item')}</ul></nav>
<div class="tds-header__actions"><a href="/login" class="slds-button slds-button_neutral">${sfTop[6]}</a>
<a href="/signup" class="slds-button slds-button_brand">${sfTop[7]}</a></div>
</header></th-tds-header><main class="th-community"><div class="community-group-header"><span class="group-type">${sfGroup[2]}</span>
<h2 class="group-name">${sfGroup[0]}</h2>
<span class="group-members">${sfGroup[3]}</span><a href="/ask" class="slds-button slds-button_brand">${sfGroup[1]}</a></div>
<div class="slds-grid slds-wrap"><div class="slds-col slds-size_8-of-12"><article class="cuf-feedElement cuf-questionPost" data-feed-item-id="0D54S00000Lq7Xz">
${who('Lucinda Farrow', 'November 5, 2025 at 9:20 AM')}<div class="cuf-questionTitle"><h1 class="slds-text-heading_medium">${sfTitle}</h1></div>
<div class="cuf-body feedBodyInner"><div class="slds-rich-text-editor__output">${sfQ.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="cuf-topics"><span class="topic-label">${sfMeta[0]}</span> ${sfMeta
  .slice(1, 4)
  .map((t) => `<a class="topic-pill" href="/topic/${t.slice(1)}">${t}</a>`)
  .join(' ')}</div>
<div class="cuf-actionBar"><button>${sfMeta[8]}</button><button>${sfMeta[9]}</button><button>${sfMeta[10]}</button></div></article>
<section class="cuf-commentsContainer" aria-label="Answers"><div class="answers-header"><h2>${sfMeta[5]}</h2>
<span>${sfMeta[6]}</span> <span>${sfMeta[7]}</span></div>
<div class="cuf-commentItem cuf-bestAnswer"><div class="best-answer-banner"><span class="slds-badge">${sfMeta[4]}</span>
</div>${who('Anders Pikkarainen', 'November 5, 2025 at 11:02 AM')}
<div class="cuf-commentBody"><div class="slds-rich-text-editor__output">
<p>${sfBest[0]}</p>\n<p>${sfBest[1]}</p>\n<ul>${sfList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${sfBest2[0]}</p></div></div><div class="cuf-commentFooter"><span class="like-count">${sfMeta[12]}</span> <span class="comment-count">${sfMeta[14]}</span>
<button>${sfMeta[8]}</button></div><div class="cuf-nestedComments">${sfComments
  .map(
    ([n, w, t]) => `<div class="cuf-nestedComment">${who(n, w)}
<div class="cuf-commentBody"><p>${t}</p></div></div>`,
  )
  .join('\n')}<a class="cuf-showMore" href="#">${sfMeta[15]}</a></div></div>
<div class="cuf-commentItem">${who('Priya Venkataraman', 'November 5, 2025 at 1:47 PM')}<div class="cuf-commentBody">
<div class="slds-rich-text-editor__output cuf-collapsed">
<p>${sfA2[0]}</p></div><a class="cuf-more" href="#">${sfMeta[11]}</a></div><div class="cuf-commentFooter"><span class="like-count">${sfMeta[13]}</span></div>
</div>
<div class="cuf-publisher-guest"><a href="/login">${sfMeta[16]}</a></div></section></div>
<aside class="slds-col slds-size_4-of-12"><div class="related-questions"><h3>${sfRail[0]}</h3><ul>${links(sfRail.slice(1))}</ul></div></aside></div></main>
<footer class="tds-footer"><ul class="tds-footer__legal">${links(sfFoot.slice(0, 8))}</ul><p class="tds-footer__copyright">${sfFoot[8]}</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${sfCookie[0]}</p><button>${sfCookie[1]}</button>
<button>${sfCookie[2]}</button><button>${sfCookie[3]}</button></div></div></body></html>`;
const trailblazer: TestPage = {
  html: sfHtml,
  name: 'heldout158-trailblazer-question',
  kind: 'forum',
  // the question, both answers (the best answer's list items too) and the two comments on the best answer are body; names and
  // dates are bylines; "Best Answer chosen by ...", topics, like / comment counts and buttons are furniture
  title: sfTitle,
  headings: [],
  body: [...sfQ, ...sfBest, ...texts(sfList), ...sfBest2, ...sfComments.map((c) => c[2]), ...sfA2],
  bylines: [
    'Lucinda Farrow',
    'Anders Pikkarainen',
    'Gideon Sato',
    'Priya Venkataraman',
    'November 5, 2025 at 9:20 AM',
    'November 5, 2025 at 11:02 AM',
    'November 5, 2025 at 1:47 PM',
    ...sfComments.map((c) => c[1]),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...sfTop, ...sfGroup, ...sfMeta, ...sfRail, ...sfFoot, ...sfCookie].filter((t, i, a) => a.indexOf(t) === i),
};

export const HELDOUT158_E: readonly TestPage[] = [trailblazer, khorosIt];
