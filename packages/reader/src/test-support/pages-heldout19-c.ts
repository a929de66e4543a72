import { links, type TestPage, texts } from './page-kit.js';
import { confluence } from './pages-heldout19-c2.js';

/**
 * Held-out batch 19, file c: a Microsoft Q&A question page (Learn header and nav, breadcrumbs, the question with tags,
 * "I have the same question" and its count, votes, answers with "Accepted answer", "Please sign in to rate this answer.",
 * comments under an answer, the "Sign in to answer" box, related questions and the Learn footer). The Confluence Cloud page
 * is in pages-heldout19-c2.ts.
 */
const qaTitle = 'Scheduled task fails with 0x41301 after moving the script to a network share';
const qaQuestion = [
  'We have a Windows Server 2022 machine that runs a PowerShell script every night at 02:00 through Task Scheduler. It worked ' +
    'for two years while the script lived in C:\\Scripts.',
  'Last week we moved the script to a DFS share so that two servers could use the same copy. Since then the task shows "The task ' +
    'is currently running (0x41301)" in the morning and never finishes, and no log file is written.',
  'The task runs as a domain service account with "Run whether user is logged on or not" selected. Running the same command by hand ' +
    'from a console as that account works fine. What are we missing?',
];
const qaAnswer1 = [
  'Hello, 0x41301 only means the task is still running, so the script is most likely waiting on something rather than failing.',
  'When a task runs without a logged-on user, PowerShell still applies the execution policy to scripts on a network path, and a ' +
    'script from a UNC share counts as remote. The host is then waiting on a prompt that nobody can see.',
  'Try adding -ExecutionPolicy Bypass -NonInteractive to the arguments of the action, or sign the script, and set a time limit in ' +
    'the task settings so it stops after an hour if it ever hangs again.',
];
const qaAnswer2 = [
  'Also check that the service account has the "Log on as a batch job" right and read access to the share itself, not only to ' +
    'the folder. We saw the same symptom when the share permissions were tighter than the NTFS ones.',
];
const qaComments = [
  'Adding -NonInteractive made it fail fast with an execution policy error, which confirmed it. Bypass fixed it. Thank you!',
  'Glad it helped. Please consider marking the answer as accepted so others can find it.',
];
const qaNav = ['Learn', 'Documentation', 'Training', 'Credentials', 'Q&A', 'Code Samples', 'Assessments', 'Shows'];
const qaRelated = [
  'Task Scheduler task stuck in running state with 0x41301',
  'PowerShell script from UNC path does not run as scheduled task',
  'Service account cannot access DFS namespace from scheduled task',
];
const qaFoot = [
  'English (United States)',
  'Your Privacy Choices',
  'Theme',
  'Previous Versions',
  'Blog',
  'Contribute',
  'Privacy',
  'Terms of Use',
  'Trademarks',
  '© Microsoft 2025',
];
const qaPost = (who: string, when: string, rep: string, paras: readonly string[], extra = ''): string =>
  `<div class="answer" data-bi-name="answer"><div class="display-flex"><div class="avatar avatar-sm"></div><div class="font-size-sm">
<a class="profile-url" href="/en-us/users/na/?userid=${who.length}">${who}</a><span class="reputation">${rep}</span>
<span class="font-size-xs color-text-subtle"><local-time format="twoDigitNumeric">${when}</local-time></span></div></div>${extra}
<div class="content">${paras.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="answer-actions"><button class="button button-sm" data-bi-name="upvote">0 votes</button>
<button class="button button-sm">Report a concern</button></div>
<p class="font-size-sm">Please sign in to rate this answer.</p></div>`;
const qaHtml = `<!DOCTYPE html>
<html lang="en-us" dir="ltr"><head><meta charset="utf-8"><title>${qaTitle} - Microsoft Q&amp;A</title>
<meta name="ms.prod" content="windows-server"><meta name="page_type" content="question"></head>
<body lang="en-us" dir="ltr"><div class="header-holder has-default-focus"><a href="#main" class="skip-to-main-link">Skip to main content</a>
<div id="ms--site-header" data-bi-name="site-header"><header class="ms--site-header"><a href="https://www.microsoft.example" class="ms--logo">Microsoft</a>
<nav class="site-header-nav"><ul>${links(qaNav, 'site-header-nav-item')}</ul></nav><button class="button">Search</button>
<a href="/signin" class="docs-sign-in">Sign in</a></header></div>
<div class="uhf-container"><nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/en-us/answers/">Q&amp;A</a></li>
<li><a href="/en-us/answers/tags/windows-server/">Windows Server</a></li></ol></nav></div></div>
<div class="mainContainer"><main id="main" role="main" class="content"><div class="question" data-bi-name="question">
<h1 class="title is-2">${qaTitle}</h1><div class="display-flex"><a class="profile-url" href="/en-us/users/na/?userid=4411">Hannes Vogt</a>
<span class="font-size-xs"><local-time>Nov 12, 2025, 8:41 AM</local-time></span></div>
<div class="content">${qaQuestion.map((p) => `<p>${p}</p>`).join('\n')}</div>
<ul class="tags">${links(['Windows Server', 'Windows Server PowerShell', 'Windows Server Management'], 'tag')}</ul>
<div class="question-actions"><button class="button">I have the same question</button><span>3</span><button>0 comments</button>
<button>Report a concern</button></div><p class="font-size-sm">Sign in to follow</p></div>
<h2 class="title is-4" id="answers">2 answers</h2><div class="answer-sort"><label>Sort by:</label><select><option>Most helpful</option></select></div>
${qaPost(
  'Ana Rivas-Lund',
  'Nov 12, 2025, 11:05 AM',
  '12,480 Reputation points',
  qaAnswer1,
  '<div class="accepted-answer-badge"><span class="badge badge-success">Accepted answer</span></div>',
)}
<div class="comments"><h3 class="visually-hidden">Comments</h3>
<div class="comment"><p>${qaComments[0]}</p><span>
<a href="/en-us/users/na/?userid=4411">Hannes Vogt</a> <local-time>Nov 12, 2025, 1:30 PM</local-time></span></div>
<div class="comment"><p>${qaComments[1]}</p><span>
<a href="/en-us/users/na/?userid=15">Ana Rivas-Lund</a> <local-time>Nov 12, 2025, 2:02 PM</local-time></span></div>
<button class="button">Sign in to comment</button></div>
${qaPost('Tomasz Wierzbicki', 'Nov 13, 2025, 7:19 AM', '2,035 Reputation points', qaAnswer2)}
<div class="sign-in-to-answer"><p>Sign in to answer</p></div>
<aside class="related-questions"><h2>Your answer</h2>
<p>Answers can be marked as Accepted Answers by the question author, which helps users to know the answer solved the author's problem.</p>
<h2>Question activity</h2><p>Sign in to follow questions and users</p><h2>Related questions</h2><ul>${links(qaRelated)}</ul></aside></main></div>
<footer id="footer" data-bi-name="footer" class="footer-layout"><ul>${links(qaFoot)}</ul></footer></body></html>`;
const msqa: TestPage = {
  html: qaHtml,
  name: 'heldout19-microsoft-qa-question',
  kind: 'forum',
  // the question and both answers are body; the comments under the accepted answer are the thread's own posts: body too
  // (as on batch 18's forum pages); each post's author and time are bylines (Hannes Vogt, twice, once; Ana Rivas-Lund twice,
  // once); reputation, "Accepted answer", votes, "Please sign in to rate this answer." (twice, once), "Report a concern",
  // the same-question counter, tags, "2 answers", sort, sign-in boxes, the help text about accepted answers, related
  // questions, breadcrumbs, site header and footer are furniture; the breadcrumb/tag "Windows Server" is word-for-word part
  // of the question: in neither list, and the nav's "Q&A" is in the breadcrumbs too (counted once);
  // the nav's "Shows" is a word of the question ("the task shows"): left out
  title: qaTitle,
  headings: [],
  body: [...texts(qaQuestion), ...texts(qaAnswer1), ...texts(qaComments), ...texts(qaAnswer2)],
  bylines: [
    'Hannes Vogt',
    'Nov 12, 2025, 8:41 AM',
    'Ana Rivas-Lund',
    'Nov 12, 2025, 11:05 AM',
    'Nov 12, 2025, 1:30 PM',
    'Nov 12, 2025, 2:02 PM',
    'Tomasz Wierzbicki',
    'Nov 13, 2025, 7:19 AM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Microsoft', ...qaNav.filter((t) => t !== 'Shows'), 'Search', 'Sign in', 'Windows Server PowerShell', 'Windows Server Management',
    'I have the same question', '0 comments', 'Report a concern', 'Sign in to follow', '2 answers', 'Sort by:', 'Most helpful',
    '12,480 Reputation points', '2,035 Reputation points', 'Accepted answer', '0 votes', 'Please sign in to rate this answer.',
    'Sign in to comment', 'Sign in to answer', 'Your answer',
    "Answers can be marked as Accepted Answers by the question author, which helps users to know the answer solved the author's problem.",
    'Question activity', 'Sign in to follow questions and users', 'Related questions', ...qaRelated, ...qaFoot,
  ],
};

export const HELDOUT19_C: readonly TestPage[] = [msqa, confluence];
