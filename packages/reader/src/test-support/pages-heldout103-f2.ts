import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 103, file f2: a Microsoft Community (answers.microsoft.com) question thread (the Microsoft universal
 * header with its product links, "Sign in", the community nav with "Ask a question", the breadcrumb, the question with
 * author, "Created on" date, "I have the same question" count and "Report abuse", the hidden reply-feedback texts, replies
 * from an Independent Advisor, a Volunteer Moderator and the asker with their badges, "Was this reply helpful?" with
 * "Yes" / "No", the "Question Info" box with "Last updated", views and "Applies to", the "Discussion Info" rail, the
 * "What's new" footer columns and the legal footer).
 */
const msTitle = 'File Explorer freezes for 30 seconds when opening Downloads folder after update';
const msQuestion = [
  'Since installing last week’s cumulative update, File Explorer hangs for about half a minute every time I open my ' +
    'Downloads folder. The window goes white, says “Not Responding”, and then the files appear. Other folders open instantly.',
  'The folder has around 2,300 files, mostly PDFs and images. I have already restarted, run sfc /scannow (no problems found) ' +
    'and cleared the File Explorer history. Is there anything else I can try before I roll back the update?',
];
type MsReply = { name: string; badge: string; date: string; text: string[]; helpful: string };
const msReplies: MsReply[] = [
  {
    name: 'Rafael Montoya',
    badge: 'Independent Advisor',
    date: 'Replied on November 3, 2025',
    helpful: '12 people found this reply helpful',
    text: [
      'Hi Tobias, I’m Rafael, an Independent Advisor, and I’d be happy to help you with this.',
      'This is often caused by Explorer trying to sort the folder by a property it has to read from inside each file. Please ' + 'try the following:',
      '1. Open Downloads, right-click an empty area, select Group by and choose (None).',
      '2. Right-click again, select Sort by and choose Name.',
      '3. Right-click the Downloads folder in the navigation pane, select Properties, open the Customize tab and set “Optimize ' +
        'this folder for” to General items. Tick “Also apply this template to all subfolders” and click OK.',
      'If the delay continues after that, open Task Manager while the folder is loading and check whether a process such as ' +
        'Windows Search Indexer or an antivirus scanner is using a lot of disk. That would point to the folder being scanned ' +
        'rather than a problem with Explorer itself.',
      'Let me know how it goes.',
    ],
  },
  {
    name: 'Ingrid Solheim',
    badge: 'Volunteer Moderator',
    date: 'Replied on November 4, 2025',
    helpful: '5 people found this reply helpful',
    text: [
      'In addition to Rafael’s steps, check whether a PDF preview handler from a third-party reader is installed. Turning off ' +
        'the preview pane (Alt+P) for a test will tell you quickly if that is the cause.',
    ],
  },
  {
    name: 'TobiasKlein_88',
    badge: '',
    date: 'Replied on November 4, 2025',
    helpful: '2 people found this reply helpful',
    text: [
      'Thank you both. Changing the folder type to General items fixed it straight away. It had switched itself to Pictures ' +
        'after the update, so Explorer was generating thumbnails for everything.',
      'For anyone who finds this later: I checked my Documents folder too and it had also been switched, so it is worth looking at ' +
        'the Customize tab on any large folder that suddenly got slow.',
    ],
  },
];
const msTopNav = ['Microsoft 365', 'Teams', 'Copilot', 'Windows', 'Surface', 'Xbox', 'Deals', 'Support'];
const msCommNav = ['Community Center', 'Community Forums', 'Ask a question'];
const msCrumbs = ['Windows', 'Windows 11', 'Files, folders, and storage'];
const msFb = [
  'Was this reply helpful?',
  'Yes',
  'No',
  'Sorry this didn’t help.',
  'Great! Thanks for your feedback.',
  'How satisfied are you with this reply?',
  'Thanks for your feedback, it helps us improve the site.',
];
const msInfo = ['Question Info', 'Last updated November 5, 2025', 'Views 1,184', 'Applies to:', 'Windows', 'Windows 11', 'Files, folders, and storage'];
const msFootCols = [
  'What’s new',
  'Surface Pro',
  'Surface Laptop',
  'Microsoft Store',
  'Account profile',
  'Download Center',
  'Education',
  'Microsoft in education',
  'Business',
  'Microsoft Cloud',
  'Developer & IT',
  'Azure',
  'Company',
  'Careers',
  'About Microsoft',
];
const msLegal = [
  'Your Privacy Choices',
  'Consumer Health Privacy',
  'Sitemap',
  'Contact Microsoft',
  'Privacy',
  'Manage cookies',
  'Terms of use',
  'Trademarks',
  'Safety & eco',
  'Recycling',
  'About our ads',
  '© Microsoft 2025',
];
const msFbBlock = (id: string): string => `<div class="thread-message-content-footer-feedback" id="feedback-${id}"><div class="c-group">
<span class="feedback-question">${msFb[0]}</span><button class="c-button" data-vote="yes">${msFb[1]}</button><button class="c-button"
data-vote="no">${msFb[2]}</button>
</div><div class="feedback-no" style="display:none"><p>${msFb[3]}</p></div><div class="feedback-yes" style="display:none"><p>${msFb[4]}</p>
<p>${msFb[5]}</p></div><div class="feedback-thanks" style="display:none"><p>${msFb[6]}</p></div></div>`;
const msReply = (r: MsReply, i: number): string => `<div class="thread-message message-reply" id="reply-${i}"><div class="thread-message-header">
<div class="message-author"><a class="c-hyperlink" href="/en-us/profile/${i}">${r.name}</a>${
  r.badge
    ? `<span class="c-badge
f-small">${r.badge}</span>`
    : ''
}</div>
<span class="message-date">${r.date}</span><button class="c-action-trigger" aria-label="Report abuse">Report abuse</button></div>
<div class="thread-message-content-body-text">${ps(r.text)}</div><p class="helpful-count">${r.helpful}</p>${msFbBlock(String(i))}</div>`;
const msHtml = `<!DOCTYPE html>
<html lang="en-us" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>File Explorer freezes for 30 seconds when opening Downloads folder after update - Microsoft Community</title>
<meta name="description" content="${(msQuestion[0] ?? '').slice(0, 140)}"><meta name="ms.product" content="Windows">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${msTitle}","answerCount":3,
"dateCreated":"2025-11-02T18:20:00","author":{"@type":"Person","name":"TobiasKlein_88"}}}</script>
<link rel="stylesheet" href="https://answers.microsoft.example/static/css/mwf-west-european-default.min.css"></head>
<body><div id="headerArea" class="uhf"><a id="uhfSkipToMain" class="m-skip-to-main" href="#mainContent">Skip to main content</a>
<header class="c-uhfh context-uhf"><div class="c-uhfh-gcontainer-st"><a id="uhfLogo" class="c-logo" href="https://www.microsoft.com" aria-label="Microsoft">
<span>Microsoft</span></a><nav id="uhf-g-nav" aria-label="Contextual menu"><ul class="js-paddle-items">${links(msTopNav, 'single-link js-nav-menu')}</ul></nav>
<div class="c-me"><a class="msame_Header" href="/signin"><span class="msame_Header_name">Sign in</span></a></div></div></header></div>
<nav class="community-nav" aria-label="Community"><ul>${links(msCommNav)}</ul></nav>
<main id="mainContent" class="container"><ol class="c-breadcrumb">${links(msCrumbs)}</ol><div class="row">
<div class="col-md-9"><div id="threadQuestion" class="thread-message message-question"><div class="thread-message-header">
<div class="message-author"><a class="c-hyperlink" href="/en-us/profile/tk88">TobiasKlein_88</a></div>
<span class="message-date">Created on November 2, 2025</span></div>
<h1 class="c-heading-4 thread-title">${msTitle}</h1><div class="thread-message-content-body-text">${ps(msQuestion)}</div>
<div class="thread-message-footer"><button class="c-button">I have the same question (37)</button>
<button class="c-action-trigger">Report abuse</button></div></div>
<h2 class="c-heading-5 replies-count">Answer</h2>
<div class="thread-replies">${msReplies.map(msReply).join('\n')}</div>
<div class="reply-box"><p>Question Info and replies are locked. You can vote on whether the reply was helpful, but you cannot reply to this thread.</p></div>
</div><aside class="col-md-3"><div class="question-info"><h3>${msInfo[0]}</h3><ul><li>${msInfo[1]}</li><li>${msInfo[2]}</li><li>${msInfo[3]}
<a href="/windows">${msInfo[4]}</a> / <a href="/windows/11">${msInfo[5]}</a> / <a href="/windows/11/files">${msInfo[6]}</a></li></ul></div>
<div class="discussion-info"><h3>Discussion Info</h3><p>Upvote (14)</p><p>Subscribe</p></div></aside></div></main>
<footer id="footerArea" class="uhf"><div class="c-uhff-nav-row">${[0, 3, 6, 8, 11, 13]
  .map((s, i, a) => {
    const col = msFootCols.slice(s, a[i + 1] ?? msFootCols.length);
    return `<div class="c-uhff-nav-group"><div class="c-heading-4">${col[0]}</div><ul>${links(col.slice(1))}</ul></div>`;
  })
  .join('\n')}</div><div class="c-uhff-base"><ul>${links(msLegal)}</ul></div></footer>
<script src="https://answers.microsoft.example/static/js/thread.min.js"></script></body></html>`;

export const msCommunity: TestPage = {
  html: msHtml,
  name: 'heldout103-microsoft-community-forum',
  kind: 'forum',
  // the question and every reply are body (the advisor's numbered steps are paragraphs as the platform writes them);
  // names and "Created on" / "Replied on" dates are bylines; badges, helpful counts, the vote widgets and their hidden
  // thank-you texts, the question info box and the locked-thread notice are furniture
  title: msTitle,
  headings: [],
  body: texts([...msQuestion, ...msReplies.flatMap((r) => r.text)]),
  bylines: ['TobiasKlein_88', 'Created on November 2, 2025', ...msReplies.flatMap((r) => [r.name, r.date])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Microsoft', ...msTopNav, 'Sign in', ...msCommNav, ...msCrumbs, 'I have the same question (37)', 'Report abuse', 'Answer',
    'Independent Advisor', 'Volunteer Moderator', ...msReplies.map((r) => r.helpful), ...msFb,
    'Question Info and replies are locked. You can vote on whether the reply was helpful, but you cannot reply to this thread.', ...msInfo,
    'Discussion Info', 'Upvote (14)', 'Subscribe', ...msFootCols, ...msLegal,
  ],
};
