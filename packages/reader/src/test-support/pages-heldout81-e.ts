import { links, type TestPage, texts } from './page-kit.js';
import { appleThread } from './pages-heldout81-e2.js';

/**
 * Held-out batch 81, file e: a Microsoft Q&A question on Microsoft Learn with an accepted answer (skip link, the hidden
 * unsupported-browser notice, the cookie consent banner, the Learn header with "Sign in", the Q&A bar with "Ask a question",
 * the question with asker, reputation and local time, tags with the tag card, "I have the same question", the "2 answers"
 * header with the sort select, the accepted answer with its badge, staff labels and boilerplate closing paragraph, a comment,
 * helpfulness lines, the sign-in box, the right rail and the Learn footer with the locale, theme menu and hidden privacy
 * choices link), and an Apple Developer Forums thread (file e2).
 */
const msTitle = 'Timer-triggered function runs twice when the app scales out';
const msQ = [
  'We have a timer-triggered function in a Python function app on the Flex Consumption plan. It runs every day at 02:00 UTC and exports ' +
    'the previous day’s orders to a storage account. Since last week the export sometimes appears twice, with both runs starting within ' +
    'a second of each other.',
  'The schedule is <code>0 0 2 * * *</code> and the function has not changed in months. The duplicate runs line up with nights when the ' +
    'app scaled out to a second instance because of a queue-triggered function in the same app.',
  'I thought timer triggers only ever run on one instance. Is this expected, and what is the right way to stop it?',
];
const msA1a = [
  'Hello Teodora Nikolić, thank you for posting your question on Microsoft Q&amp;A.',
  'Timer triggers use a blob lease to make sure only one instance runs a given schedule, so duplicates usually point to the lease not ' +
    'being shared between instances. The most common causes are:',
];
const msA1List = [
  'Two function apps, or two slots, sharing the same storage account and the same host ID. Both take the same lease name and the ' + 'schedule fires in each.',
  'The <code>AzureWebJobsStorage</code> setting pointing to different storage accounts on different instances, for example after a ' +
    'settings change that has not reached every instance.',
  'A deployment slot swap around the scheduled time, when the old and new hosts are both running briefly.',
];
const msA1b = [
  'In your case, check the host ID first. Host IDs are derived from the app name and truncated to 32 characters, so two apps whose names ' +
    'share the first 32 characters can collide. You can set a unique ID with the <code>AzureFunctionsWebHost__hostid</code> app setting.',
  'If that does not solve it, make the export idempotent, for example by writing to a blob named after the export date with an ' +
    '<code>If-None-Match</code> condition, so a second run fails harmlessly.',
  'If the information helped, please click <strong>Accept Answer</strong> and <strong>Yes</strong> for was this answer helpful, so that ' +
    'others in the community can find it.',
];
const msA1c = [
  'Thank you both. The staging app name was the culprit: it shares its first 32 characters with production. Setting a unique host ID on ' +
    'staging fixed it, no duplicates for a week now.',
];
const msA2 = [
  'We hit the same thing last year. Our staging and production apps had names that were identical for the first 32 characters and ' +
    'shared one storage account, and every timer ran twice.',
  'Setting a unique host ID on each app fixed it immediately. The host also logs a warning about a host ID collision at start-up if you ' +
    'search the traces for it, which is how we found it.',
];
const msPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const msUl = (a: readonly string[]): string => `<ul>\n${a.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>`;
const msUser = (name: string, rep: string, labels: string[] = []): string => `<div class="display-flex align-items-center gap-xs">
<img class="avatar avatar-sm" src="https://learn.microsoft.com/api/profile/avatar/${name.split(' ')[0]}" alt="" aria-hidden="true">
<div><a href="/en-us/users/na/?userid=${name.length}a7c2" class="profile-url font-weight-semibold">${name}</a>
${labels.map((l) => `<span class="badge badge-sm border-radius-lg margin-left-xxs">${l}</span>`).join('\n')}
<span class="font-size-xs color-text-subtle margin-left-xxs">${rep} Reputation points</span></div></div>`;
const msTime = (iso: string, shown: string): string =>
  `<local-time format="datetime" datetime="${iso}" class="font-size-sm color-text-subtle">${shown}</local-time>`;
const msTags = ['Azure Functions', 'Azure Storage'];
const msTagCard = 'An Azure service that provides an event-driven serverless compute platform.';
const msHead = ['Discover', 'Product documentation', 'Development languages', 'Topics'];
const msQna = ['Questions', 'Tags', 'Help'];
const msFoot = ['Previous Versions', 'Blog', 'Contribute', 'Privacy', 'Terms of Use', 'Trademarks'];
const msCookie =
  'We use optional cookies to improve your experience on our websites, such as through social media connections, and to display ' +
  'personalized advertising based on your online activity. If you reject optional cookies, only cookies necessary to provide you the ' +
  'services will be used. You may change your selection by clicking “Manage Cookies” at the bottom of the page.';
const msUnsupported = [
  'This browser is no longer supported.',
  'Upgrade to Microsoft Edge to take advantage of the latest features, security updates, and technical support.',
];
const msLd = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'QAPage',
  mainEntity: {
    '@type': 'Question',
    name: msTitle,
    answerCount: 2,
    upvoteCount: 3,
    dateCreated: '2025-01-27T08:12:04.113Z',
    author: { '@type': 'Person', name: 'Teodora Nikolić' },
    acceptedAnswer: { '@type': 'Answer', upvoteCount: 5, dateCreated: '2025-01-27T11:40:51.270Z', author: { '@type': 'Person', name: 'Prakash Venkataraman' } },
  },
});
const msHtml = `<!DOCTYPE html>
<html class="layout layout-holy-grail hasSidebar hasRelated conceptual has-default-focus theme-light" lang="en-us" dir="ltr" data-authenticated="false"
data-target="docs" x-ms-format-detection="none">
<head>
<meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta property="og:title" content="${msTitle} - Microsoft Q&amp;A" /><meta property="og:type" content="website" />
<meta name="description" content="We have a timer-triggered function in a Python function app on the Flex Consumption plan." />
<meta name="page_type" content="qna" /><meta name="uhfHeaderId" content="MSDocsHeader-QnA" /><meta name="ms.locale" content="en-us" />
<title>${msTitle} - Microsoft Q&amp;A</title>
<link rel="stylesheet" href="/static/assets/0.4.03026.7417-a1c3d2e9/styles/site-ltr.css">
<script type="application/ld+json">${msLd}</script>
<script src="/static/third-party/adobe-target/at-js/2.9.0/at.js"></script>
<script>var msDocs = { environment: { accessLevel: "online", azurePortalHostname: "portal.azure.com", reviewFeatures: false, supportLevel: "production" }
};</script>
</head>
<body lang="en-us" dir="ltr">
<div class="header-holder layout-body-header">
<a href="#main" class="skip-to-main-link has-outline-color-text visually-hidden-until-focused position-fixed has-inner-focus focus-visible top-0 left-0 right-0
padding-xs has-text-centered has-body-background" tabindex="1">Skip to main content</a>
<div id="unsupported-browser" style="background-color: white; color: black; margin-bottom: 10px;" hidden>
<div class="padding-sm"><p class="font-size-lg font-weight-semibold">${msUnsupported[0]}</p><p>${msUnsupported[1]}</p>
<a href="https://go.microsoft.com/fwlink/p/?LinkID=2092881">Download Microsoft Edge</a>
<a href="https://learn.microsoft.com/en-us/lifecycle/faq/internet-explorer-microsoft-edge">More info about Internet Explorer and Microsoft Edge</a></div></div>
<div id="wcpConsentBannerCtrl" class="consent-banner" dir="ltr" role="alert"><div class="consent-text"><p id="wcpConsentBannerText">${msCookie}
<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy Statement</a> <a href="https://aka.ms/3rdpartycookies">Third-Party Cookies</a></p></div>
<div class="consent-buttons"><button type="button" class="consent-button">Accept</button><button type="button" class="consent-button">Reject</button>
<button type="button" class="consent-button">Manage cookies</button></div></div>
<div id="ms--site-header" data-test-id="site-header-wrapper" role="banner" itemscope itemtype="http://schema.org/Organization">
<nav class="header-nav" aria-label="site header"><a class="brand-logo" href="https://www.microsoft.com" aria-label="Microsoft"><span
class="visually-hidden">Microsoft</span></a>
<a class="header-title" href="/en-us/">Learn</a><ul class="header-nav-links">${links(msHead, 'dropdown')}</ul>
<button class="button button-primary button-sm docs-sign-in" data-bi-name="sign-in">Sign in</button></nav></div>
<div id="ms--content-header" class="content-header uhf-container"><nav class="qna-nav" aria-label="Q&amp;A"><a class="qna-title font-weight-semibold"
href="/en-us/answers/">Q&amp;A</a>
<ul class="qna-nav-links">${links(msQna)}</ul><a class="button button-primary button-sm" href="/en-us/answers/questions/ask/">Ask a question</a></nav></div>
</div>
<div class="mainContainer uhf-container has-default-focus" data-bi-name="body">
<div class="columns has-large-gaps is-gapless-mobile"><main id="main" role="main" class="column is-three-quarters-desktop" data-bi-name="content" lang="en-us"
dir="ltr">
<div id="question-details" class="qna-question" data-question-id="2198765">
<h1 class="title is-2 margin-bottom-xs">${msTitle}</h1>
<div class="display-flex justify-content-space-between align-items-center flex-wrap-wrap">${msUser('Teodora Nikolić', '20')}
${msTime('2025-01-27T08:12:04.113Z', 'Jan 27, 2025, 8:12 AM')}</div>
<div class="content margin-top-sm" id="question-content">
${msPs(msQ)}
</div>
<ul class="tags margin-top-xs">${msTags
  .map(
    (t) => `<li><a class="tag tag-sm"
href="/en-us/answers/tags/${t.length}/${t.toLowerCase().replace(' ', '-')}">${t}</a></li>`,
  )
  .join('\n')}</ul>
<div class="tag-card border padding-xs margin-top-xs"><a class="font-weight-semibold" href="/en-us/answers/tags/423/azure-functions">Azure Functions</a>
<p class="font-size-sm">${msTagCard}</p><span class="font-size-xs color-text-subtle">5,623 questions</span></div>
<div class="question-actions display-flex gap-xs margin-top-sm"><button class="button button-sm button-clear">I have the same question</button>
<span class="font-size-sm">3 votes</span><button class="button button-sm button-clear">Report a concern</button></div>
<div class="comments"><span class="font-size-sm">0 comments</span> <span class="font-size-sm color-text-subtle">No comments</span></div>
</div>
<div id="answers" class="margin-top-lg"><div class="display-flex justify-content-space-between"><h2 class="title is-4">2 answers</h2>
<label class="font-size-sm">Sort by: <select class="select select-sm"><option selected>Most
helpful</option><option>Newest</option><option>Oldest</option></select>
</label></div>
<div class="answer accepted border-left border-left-lg border-color-success padding-sm" id="answer-1934512">
<div class="answer-header"><span class="badge badge-success"><span class="icon" aria-hidden="true"><span class="docon docon-check-mark"></span></span>
<span>Accepted answer</span></span></div>
<div class="display-flex justify-content-space-between align-items-center">${msUser('Prakash Venkataraman', '9,104', ['Microsoft External Staff', 'Moderator'])}
${msTime('2025-01-27T11:40:51.270Z', 'Jan 27, 2025, 11:40 AM')}</div>
<div class="content margin-top-sm">
${msPs(msA1a)}
${msUl(msA1List)}
${msPs(msA1b)}
</div>
<div class="answer-footer font-size-sm color-text-subtle"><p>Please sign in to rate this answer.</p><p>5 people found this answer helpful.</p></div>
<div class="comments"><button class="button button-sm button-clear">1 comment</button> <button class="button button-sm button-clear">Show comments for this
answer</button>
<ul class="comment-list"><li class="comment"><div class="display-flex gap-xxs">${msUser('Teodora Nikolić', '20')}
${msTime('2025-02-04T09:30:11.000Z', 'Feb 4, 2025, 9:30 AM')}</div><div class="content font-size-sm">${msPs(msA1c)}</div></li></ul></div>
</div>
<div class="answer border-left padding-sm" id="answer-1935077">
<div class="display-flex justify-content-space-between align-items-center">${msUser('Lukas Brandt', '1,240')}
${msTime('2025-01-28T15:05:22.000Z', 'Jan 28, 2025, 3:05 PM')}</div>
<div class="content margin-top-sm">
${msPs(msA2)}
</div>
<div class="answer-footer font-size-sm color-text-subtle"><p>Please sign in to rate this answer.</p><p>1 person found this answer helpful.</p></div>
<div class="comments"><span class="font-size-sm">0 comments</span> <span class="font-size-sm color-text-subtle">No comments</span></div>
</div>
<div class="border padding-sm margin-top-md"><p class="font-weight-semibold">Sign in to answer</p>
<a class="button button-primary" href="/en-us/answers/questions/2198765/answer">Sign in</a></div>
</div>
</main>
<aside class="column is-one-quarter-desktop" aria-label="Question activity"><h2 class="font-size-md">Question activity</h2>
<p class="font-size-sm">Sign in to follow questions and users</p></aside>
</div></div>
<footer id="footer" data-test-id="footer" data-bi-name="footer" class="footer-layout has-padding has-default-focus border-top uhf-container" role="contentinfo">
<div class="display-flex gap-xs flex-wrap-wrap is-full-height padding-right-lg-desktop"><a href="#" data-bi-name="select-locale"
class="locale-selector-link flex-shrink-0 button button-sm button-clear external-link-indicator"><span class="local-selector-link-text">English (United
States)</span></a>
<div class="ccpa-privacy-link" data-ccpa-privacy-link hidden><a href="https://aka.ms/yourcaliforniaprivacychoices"
class="button button-sm button-clear flex-shrink-0 external-link-indicator"><span>Your Privacy Choices</span></a></div>
<div class="dropdown has-caret-up"><button class="dropdown-trigger button button-clear button-sm has-inner-focus theme-dropdown-trigger" title="Theme">
<span>Theme</span></button><div class="dropdown-menu" role="menu"><ul class="theme-selector padding-xxs">
${['Light', 'Dark', 'High contrast']
  .map(
    (t) => `<li class="theme display-block"><button class="button button-clear button-sm theme-control"><span
role="menuitem">${t}</span></button></li>`,
  )
  .join('\n')}
</ul></div></div></div>
<ul class="links" data-bi-name="footerlinks"><li class="manage-cookies-holder" hidden=""></li>${links(msFoot)}<li>© Microsoft 2025</li></ul></footer>
<script src="/static/assets/0.4.03026.7417-a1c3d2e9/scripts/en-us/index-docs.js"></script>
</body>
</html>`;
const msQna2: TestPage = {
  html: msHtml,
  name: 'heldout81-microsoft-qna-accepted-answer',
  kind: 'forum',
  // question, both answers and the asker's comment on the accepted answer are body, list items too; the accepted answer's
  // closing "please click Accept Answer" paragraph is part of its text and body; names and local times are bylines; reputations,
  // staff labels, "Accepted answer", tags and the tag card, vote, comment and helpfulness lines, the hidden unsupported-browser
  // notice, the cookie banner, header, rail and footer (with its hidden privacy choices link) are furniture
  title: msTitle,
  headings: [],
  body: texts([...msQ, ...msA1a, ...msA1List, ...msA1b, ...msA1c, ...msA2]),
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Teodora Nikolić', 'Prakash Venkataraman', 'Lukas Brandt', 'Jan 27, 2025, 8:12 AM', 'Jan 27, 2025, 11:40 AM', 'Feb 4, 2025, 9:30 AM',
    'Jan 28, 2025, 3:05 PM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...msUnsupported, 'Download Microsoft Edge', 'More info about Internet Explorer and Microsoft Edge', msCookie,
    'Privacy Statement', 'Third-Party Cookies', 'Accept', 'Reject', 'Manage cookies', 'Microsoft', 'Learn', ...msHead, 'Sign in', 'Q&A', ...msQna,
    'Ask a question', '20 Reputation points', ...msTags, msTagCard, '5,623 questions', 'I have the same question', '3 votes', 'Report a concern',
    '0 comments', 'No comments', '2 answers', 'Sort by:', 'Most helpful', 'Newest', 'Oldest', 'Accepted answer', 'Microsoft External Staff',
    'Moderator', '9,104 Reputation points', '1,240 Reputation points', 'Please sign in to rate this answer.', '5 people found this answer helpful.',
    '1 person found this answer helpful.', '1 comment', 'Show comments for this answer', 'Sign in to answer', 'Question activity',
    'Sign in to follow questions and users', 'English (United States)', 'Your Privacy Choices', 'Theme', 'Light', 'Dark', 'High contrast', ...msFoot,
    '© Microsoft 2025',
  ],
};

export const HELDOUT81_E: readonly TestPage[] = [msQna2, appleThread];
