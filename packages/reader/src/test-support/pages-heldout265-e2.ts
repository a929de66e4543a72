import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout265-kit.js';

/**
 * Held-out batch 265, file e2: a Microsoft Community (answers.microsoft.com) thread (the UHF header, the community nav,
 * breadcrumbs, the question with "Original title:" line, "Created on" date, "I have the same question" and "Report abuse",
 * replies with the author's role badge, "Replied on" dates and the "Was this reply helpful?" feedback widget, the "Question
 * Info" box with last update, views and "Applies to", the cookie banner and the footer columns).
 */
const title = 'File Explorer takes 30 seconds to open a shared folder on our office NAS';
const orig = 'Original title: Explorer slow on network share';
const q = [
  j(
    'Since last week, opening any folder on our office NAS (a Varda S4 on the local network) takes about thirty seconds in',
    'File Explorer. The green progress bar creeps along the address bar and then everything appears at',
    'once. Opening the same folder from a Command Prompt with dir is instant.',
  ),
  'Three of our five PCs have the problem. The other two, which have not installed the latest updates yet, open the folder immediately.',
];
const a1 = [
  j('Hello, I am Radomir. Thanks for the detailed description; the difference between Explorer and', 'the command line is a useful clue.'),
  j(
    'When Explorer is slow but dir is fast, the delay is usually Explorer reading extra information for each file, such as',
    'thumbnails or details from a folder template, rather than the network itself. Please try these steps:',
  ),
  'Right-click the slow folder, choose Properties, then the Customize tab.',
  'Under "Optimize this folder for", choose General items and tick "Also apply this template to all subfolders".',
  'In File Explorer, open Options, go to the View tab and tick "Always show icons, never thumbnails".',
  'Restart Explorer from Task Manager and open the folder again.',
  j(
    'If the folder still opens slowly after these steps, please also check whether an antivirus program scans network',
    'files when they are listed. Some security suites do this by default, and excluding the share from on-access scanning',
    'can make a large difference on folders with thousands of files.',
  ),
  'Let me know how it goes, and I will be happy to help further.',
];
const a2 = [
  j(
    'Thank you, the folder template was the cause. All three PCs had the share set to Pictures, which makes Explorer read',
    'every file to build previews. Setting it to General items brought it down to under a second.',
  ),
];
const a3 = [
  j(
    'Glad to read it is sorted. For anyone landing here later: if you manage several PCs, the same setting can be applied',
    'once through a policy instead of folder by folder, which saves doing it again after each new share is added.',
  ),
];
const steps = a1.slice(2, 6);
const replies: [string, string, string, string[], string][] = [
  ['Radomir Vlk', 'Independent Advisor', 'Replied on November 9, 2026', a1, `${ps(a1.slice(0, 2))}<ol>${lis(steps)}</ol>${ps(a1.slice(6))}`],
  ['Coralie Stubbs', '', 'Replied on November 10, 2026', a2, ps(a2)],
  ['Eamon Drake', 'Volunteer Moderator', 'Replied on November 11, 2026', a3, ps(a3)],
];
const nav = ['Home', 'Categories', 'Participate', 'Ask a question', 'Sign in'];
const crumbs = ['Microsoft Community', 'Windows', 'Windows 11', 'Files, folders, and storage'];
const foot = ["What's new", 'Microsoft Store', 'Education', 'Business', 'Developer & IT', 'Company'];
const foot2 = ['Contact Microsoft', 'Privacy', 'Manage cookies', 'Terms of use', 'Trademarks', 'Safety & eco', 'About our ads', '© Microsoft 2026'];
const feedback = `<div class="thread-message-content-footer-feedback"><span>Was this reply helpful?</span> <button class="c-button">Yes</button>
<button class="c-button">No</button><div class="feedback-thanks" hidden>Thanks for your feedback.</div></div>`;
const reply = ([name, role, date, , body]: [string, string, string, string[], string]): string => `<div class="thread-message thread-reply">
<div class="thread-message-content-header"><a class="thread-message-content-header-user-name c-hyperlink" href="/en-us/profile/1">${name}</a>
${role === '' ? '' : `<span class="badge-role">${role}</span>`}<span class="thread-message-content-header-created">${date}</span></div>
<div class="thread-message-content-body-text thread-full-message">${body}</div><div class="thread-message-content-footer">
<a class="c-hyperlink report-abuse" href="#">Report abuse</a>${feedback}</div></div>`;
const html = `<!DOCTYPE html><html lang="en-us" dir="ltr"><head><meta charset="utf-8"><title>${title} - Microsoft Community</title>
<meta name="description" content="Since last week, opening any folder on our office NAS takes about thirty seconds."><meta name="ms.product" content="Windows">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${title}","answerCount":3,
"dateCreated":"2026-11-08T15:02:00Z"}}</script><script>var answersConfig={"locale":"en-us","forum":"windows","threadId":"a6c1e0d2"};</script></head>
<body><div id="cookie-banner" class="wcp-cookie-banner" role="alert"><p>We use optional cookies to improve your experience on our websites, such as through
social media connections, and to display personalized advertising based on your online activity.</p><button>Accept</button><button>Reject</button>
<button>Manage cookies</button></div><header id="headerArea" class="uhf" role="banner"><div id="uhfLogo"><a href="https://www.microsoft.com">Microsoft</a></div>
<div id="uhfCatLogo"><a href="/en-us">Community</a></div><nav id="uhf-g-nav" aria-label="Contextual menu"><ul>${links(nav, 'js-nav-menu')}</ul></nav></header>
<main id="mainContent"><nav class="c-breadcrumb" aria-label="Breadcrumb"><ol>${links(crumbs)}</ol></nav><div class="row"><div class="col-md-8">
<div id="threadQuestion" class="thread-message"><div class="thread-message-content-header">
<a class="thread-message-content-header-user-name c-hyperlink" href="/en-us/profile/2">Coralie Stubbs</a>
<span class="thread-message-content-header-created">Created on November 8, 2026</span></div>
<h1 id="threadTitle" class="c-heading-4 thread-title">${title}</h1><div class="thread-message-content-body-text thread-full-message">
<p class="original-title">${orig}</p>${ps(q)}</div><div class="thread-message-content-footer"><button class="c-button me-too">I have the same question
(23)</button>
<a class="c-hyperlink report-abuse" href="#">Report abuse</a></div></div><div id="threadAnswers"><h2 class="c-heading-5">Replies (3)</h2>
${replies.map(reply).join('\n')}</div></div><aside class="col-md-4"><div class="question-info"><h3 class="c-heading-6">Question Info</h3><dl>
<dt>Last updated</dt><dd>November 11, 2026</dd><dt>Views</dt><dd>2,318</dd><dt>Applies to:</dt><dd>Windows / Windows 11 / Files, folders, and storage</dd></dl>
</div></aside></div></main><footer class="c-uhff context-uhf" role="contentinfo"><nav><ul>${links(foot, 'c-uhff-nav-group')}</ul></nav>
<div class="c-uhff-base"><ul>${links(foot2)}</ul></div></footer></body></html>`;
export const microsoft: TestPage = {
  name: 'heldout265-microsoft-community-thread',
  kind: 'forum',
  html,
  title,
  headings: [],
  body: texts([...q, ...a1, ...a2, ...a3]),
  bylines: [
    'Coralie Stubbs',
    'Created on November 8, 2026',
    'Radomir Vlk',
    'Replied on November 9, 2026',
    'Replied on November 10, 2026',
    'Eamon Drake',
    'Replied on November 11, 2026',
    'Last updated',
    'November 11, 2026',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    j('We use optional cookies to improve your experience on our websites, such as through social media connections, and to display personalized',
      'advertising based on your online activity.'),
    'Accept', 'Reject', 'Manage cookies', 'Microsoft', 'Community', ...nav, ...crumbs, orig, 'I have the same question (23)', 'Report abuse', 'Replies (3)',
    'Independent Advisor', 'Volunteer Moderator', 'Was this reply helpful?', 'Yes', 'Thanks for your feedback.', 'Question Info', 'Views', '2,318',
    'Applies to:', 'Windows / Windows 11 / Files, folders, and storage', ...foot, ...foot2,
  ],
};
