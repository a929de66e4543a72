import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout272-kit.js';

/**
 * Held-out batch 272, file f2: a Microsoft Q&amp;A question on learn.microsoft.com/answers (the Learn site header and Q&amp;A
 * nav, breadcrumbs, the question with tags, "I have the same question" counter, asker card with reputation, the answers
 * header, an accepted answer with h3 sections from a Microsoft external staff member, a second answer, the comment
 * toggles and "Sign in to" prompts, the "Related questions" rail, the feedback widget and the Learn footer).
 */
const qTitle = 'Timer-triggered function runs twice at midnight after scaling out to two instances';
const qBody = [
  j(
    'I have a function app on the Premium plan with a timer trigger that runs a billing export at midnight UTC. Since the app was',
    'scaled out to two instances last week, the export sometimes runs twice, a few seconds apart, and customers receive two files.',
  ),
  j(
    'The schedule is a plain six-field expression and the app setting for the storage connection is the same on both instances.',
    'I thought timer triggers were guaranteed to run on one instance only. Is there something I need to configure?',
  ),
];
const qA1 = [
  j(
    'Hello Ingrid, thank you for the detailed description. A timer trigger uses a blob lease in the storage account to make sure',
    'only one instance runs each occurrence, so two runs a few seconds apart usually mean the instances do not share that lease.',
  ),
];
const qA1Cause = [
  j(
    'This happens when the two instances see different host IDs, or when they point at different storage accounts. The most',
    'common reason is a deployment slot swap that left a slot-specific storage setting behind, or a host ID that was set by hand',
    'on one instance.',
  ),
];
const qA1Steps = [
  'Check that the storage connection setting has the same value on every instance and is not marked as a slot setting.',
  'Remove any manually set host ID, or set the same value everywhere.',
  'Look in the storage account for the locks container: there should be a single lease blob for the timer function.',
  'Make the export itself idempotent, for example by writing a marker for each date, so a rare double run is harmless.',
];
const qA1End = [j('If this answer was helpful, please click "Accept Answer" so that others in the community with the same question can find it.')];
const qA2 = [
  j(
    'We had the same symptom and in our case the cause was a staging slot that was left running with the timer enabled. Both',
    'slots fired at midnight. Disabling the function in the staging slot with an app setting fixed it for us.',
  ),
];
const qC1 = j('The storage setting was marked as a slot setting on one slot only. After fixing it the export has run once a night for a', 'week. Thank you!');
const qNav = ['Documentation', 'Training', 'Credentials', 'Q&A', 'Code Samples', 'Assessments', 'Shows'];
const qCrumbs = ['Learn', 'Q&A', 'Azure Functions'];
const qRelated = [
  'Durable function orchestration restarts after deployment',
  'Timer trigger does not fire on Consumption plan after idle period',
  'How to run a function once per day across regions',
];
const qFoot = ['Previous Versions', 'Blog', 'Contribute', 'Privacy', 'Terms of Use', 'Trademarks'];
const card = (name: string, rep: string, extra: string, when: string): string => `<div class="display-flex align-items-center"><div
class="image is-32x32"><img class="border-radius-rounded" alt="" src="/api/profile/${rep}/avatar"></div><div class="margin-left-xxs"><a
href="/users/na/${rep}" class="font-weight-semibold">${name}</a> <span class="font-size-sm color-text-subtle">${rep} Reputation points</span>${extra}
<div class="font-size-sm color-text-subtle"><local-time format="datetime">${when}</local-time></div></div></div>`;
const qHtml = `<!DOCTYPE html>
<html class="layout layout-holy-grail has-header has-footer theme-light" lang="en-us" dir="ltr" data-css-variable-support="true"><head><meta
charset="utf-8"><title>${qTitle} - Microsoft Q&amp;A</title><meta name="description" content="I have a function app on the Premium plan with a timer
trigger..."><meta name="ms.prod" content="azure"><meta name="page_type" content="question"><meta property="og:site_name" content="Microsoft Learn">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${qTitle}",
"answerCount":2,"author":{"@type":"Person","name":"Ingrid Salveson"}}}</script><link rel="stylesheet" href="/static/third-party/site-ltr.css">
<script src="/static/assets/global.min.js" defer></script></head><body lang="en-us" dir="ltr"><div class="header-holder has-default-focus">
<a href="#main" class="skip-to-main-link has-outline-color-text visually-hidden-until-focused">Skip to main content</a><div id="ms--site-header">
<header class="uhf-header"><a class="uhf-logo" href="https://www.microsoft.example">Microsoft</a></header></div>
<div id="unsupported-browser" hidden></div><div data-bi-name="header" id="ms--learn-header"><nav class="site-header" aria-label="Learn"><a
href="/" class="site-header-brand">Learn</a><ul class="site-header-nav">${links(qNav, 'nav-bar-item')}</ul><a href="#" class="button">Sign in</a>
</nav><nav class="qna-header-nav"><a href="/answers/">Q&amp;A</a> <a href="/answers/questions/">Questions</a> <a href="/answers/tags/">Tags</a>
<a href="/answers/questions/ask/" class="button button-primary">Ask a question</a></nav></div></div>
<div class="mainContainer uhf-container has-default-focus" data-bi-name="body"><main id="main" class="content" role="main" lang="en-us">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${links(qCrumbs, 'breadcrumb-item')}</ol></nav>
<div class="question" itemscope itemtype="https://schema.org/Question"><h1 class="title is-2 margin-bottom-xs" itemprop="name">${qTitle}</h1>
${card('Ingrid Salveson', '45', '', 'Mar 2, 2026, 4:21 PM')}
<div class="content margin-top-xs" itemprop="text">
${ps(qBody)}
</div><ul class="tags">${['Azure Functions', 'Azure Storage'].map((t) => `<li><a class="tag" href="#">${t}</a></li>`).join('')}</ul>
<div class="question-actions"><button class="button">I have the same question <span>7</span></button> <button class="button">Follow</button>
<button class="button">Report a concern</button></div><p class="font-size-sm">Sign in to comment</p></div>
<div class="answers"><h2 class="font-size-h5">2 answers</h2><div class="sort">Sort by: <span>Most helpful</span></div>
<div class="answer accepted" itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><span class="badge is-success">Accepted answer</span>
${card('Marcus Oduya', '12,410', ' <span class="badge">Microsoft External Staff</span>', 'Mar 3, 2026, 6:05 AM')}
<div class="content" itemprop="text">
${ps(qA1)}
<h3>Cause</h3>
${ps(qA1Cause)}
<h3>Resolution</h3>
<ol>${lis(qA1Steps)}</ol>
${ps(qA1End)}
</div><p class="font-size-sm"><span>Please sign in to rate this answer.</span> <span>3 people found this answer helpful.</span></p>
<details class="comments"><summary>1 comment Show comments for this answer</summary><div class="comment"><div class="content"><p>${qC1}</p></div>
${card('Ingrid Salveson', '45', '', 'Mar 4, 2026, 9:30 AM')}</div></details></div>
<div class="answer" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">
${card('Tobias Wendeborn', '1,075', '', 'Mar 3, 2026, 11:48 AM')}
<div class="content" itemprop="text">
${ps(qA2)}
</div><p class="font-size-sm"><span>Please sign in to rate this answer.</span></p><p>Sign in to answer</p></div></div></main>
<aside class="right-rail" aria-label="Related"><h2 class="font-size-h6">Related questions</h2><ul>${links(qRelated)}</ul>
<div class="feedback"><h3>Your Privacy Choices</h3></div></aside></div>
<footer id="footer" class="footer-layout uhf-container has-padding"><div class="footer-content"><a class="locale-selector-link" href="#">English (United
States)</a> <button class="theme-dropdown-trigger">Theme</button><ul class="links">${links(qFoot, 'external-link-dark')}</ul>
<span>© Microsoft 2026</span></div></footer></body></html>`;
export const msQa: TestPage = {
  name: 'heldout272-microsoft-qna-forum',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: ['Cause', 'Resolution'],
  body: texts([...qBody, ...qA1, ...qA1Cause, ...qA1Steps, ...qA1End, qC1, ...qA2]),
  bylines: [
    'Ingrid Salveson',
    'Mar 2, 2026, 4:21 PM',
    'Marcus Oduya',
    'Mar 3, 2026, 6:05 AM',
    'Mar 4, 2026, 9:30 AM',
    'Tobias Wendeborn',
    'Mar 3, 2026, 11:48 AM',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Microsoft', 'Learn', ...qNav, 'Sign in', 'Questions', 'Tags', 'Ask a question', 'Azure Functions', 'Azure Storage',
    '45 Reputation points', 'I have the same question', 'Follow', 'Report a concern', 'Sign in to comment', '2 answers', 'Sort by:', 'Most helpful',
    'Accepted answer', '12,410 Reputation points', 'Microsoft External Staff', 'Please sign in to rate this answer.', '3 people found this answer helpful.',
    '1 comment Show comments for this answer', '1,075 Reputation points', 'Sign in to answer', 'Related questions', ...qRelated, 'Your Privacy Choices',
    'English (United States)', 'Theme', ...qFoot, '© Microsoft 2026',
  ],
};
