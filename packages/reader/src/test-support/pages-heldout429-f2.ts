import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout429-kit.js';

/** Held-out batch 429, file f2: a customer-support forum thread about the breach on a Khoros (Lithium) community (see file f). */
const kTitle = 'Got a data breach letter from Quillmark - is this real or a scam?';
type Post = { id: string; user: string; rank: string; date: string; kudos: string; text: readonly string[]; solution?: boolean };
const kPosts: readonly Post[] = [
  {
    id: '18822',
    user: 'marisol_t',
    rank: 'New Contributor',
    date: '03-09-2026 07:41 AM',
    kudos: '4',
    text: [
      j(
        'I got a letter in the mail yesterday saying my information was involved in a "data security incident" at Quillmark Payroll. I',
        'have never heard of Quillmark. It has an activation code for credit monitoring and a website to enroll.',
      ),
      'Before I type my details into some random site, is this letter legit? How would a company I never signed up with have my Social Security number?',
    ],
  },
  {
    id: '18825',
    user: 'QuillmarkSupport_Dana',
    rank: 'Community Manager',
    date: '03-09-2026 08:15 AM',
    kudos: '11',
    solution: true,
    text: [
      j(
        'Hi Marisol, thanks for checking before entering anything; that is exactly the right instinct. The letter is genuine.',
        'Quillmark processes payroll for many employers, so you may know us only through your employer’s pay stubs or W-2 forms.',
      ),
      j(
        'You can confirm the letter is real by comparing it with the notice on our website, under Trust Center, Notice of Data Security',
        'Incident. The enrollment site named in the letter is operated by our monitoring partner, Keystone ID Shield.',
      ),
      j(
        'We will never call or email you to ask for your Social Security number or the activation code. If anyone does, please do not',
        'respond and let us know here or through the assistance line printed in your letter.',
      ),
    ],
  },
  {
    id: '18831',
    user: 'dkovac',
    rank: 'Frequent Contributor',
    date: '03-09-2026 10:02 AM',
    kudos: '6',
    text: [
      j(
        'Same letter here. My employer sent an email to all staff the same week confirming they use Quillmark for payroll, so check with',
        'your HR department too. I enrolled through the site in the letter and it only asked for the code, my address and a few',
        'credit questions.',
      ),
      'One tip: freeze your credit with all three bureaus even if you enroll. The monitoring only watches one bureau.',
    ],
  },
  {
    id: '18840',
    user: 'marisol_t',
    rank: 'New Contributor',
    date: '03-09-2026 12:27 PM',
    kudos: '2',
    text: [
      j(
        'Thank you both. I asked our office manager and she confirmed it. Enrolled and froze my credit at all three. Marking the',
        'support reply as the solution so others can find it.',
      ),
    ],
  },
];
const kNav = ['Community Home', 'Payroll Help', 'Account & Security', 'Product Ideas', 'Announcements'];
const kCrumbs = ['Quillmark Community', 'Account & Security', 'Security Questions'];
const kSide = [
  'Notice of Data Security Incident: what you need to know',
  'How to spot a phishing email pretending to be Quillmark',
  'Setting up two-step sign-in',
];
const post = (p: Post, i: number): string => `<div id="lineardisplaymessageviewwrapper_${i}" class="lia-linear-display-message-view">
<div class="lia-message-view-wrapper
lia-js-data-messageUid-${p.id}${p.solution === true ? ' lia-list-row-thread-solved' : ''}"><div class="MessageView lia-message-view-forum-message">
<div class="lia-message-author-with-avatar"><div class="lia-user-avatar"><img class="lia-user-avatar-message" alt="${p.user}"
src="/t5/image/serverpage/avatar.png"></div>
<a class="lia-link-navigation lia-page-link lia-user-name-link" href="/t5/user/viewprofilepage/user-id/${p.id}"><span class="login-bold">${p.user}</span></a>
<div class="lia-message-author-rank lia-component-author-rank lia-component-message-view-widget-author-rank">${p.rank}</div></div>
<div class="lia-message-post-date lia-component-post-date-last-edited"><span class="DateTime"><span class="local-date">${p.date.slice(0, 10)}</span>
<span class="local-time">${p.date.slice(11)}</span></span></div>
${p.solution === true ? '<div class="lia-message-solution-badge"><span class="lia-img-message-type-solution"></span>Solution</div>' : ''}
<div class="lia-message-body-wrapper lia-component-message-view-widget-body"><div itemprop="text" class="lia-message-body lia-component-body">
<div class="lia-message-body-content">${ps(p.text)}</div></div></div>
<div class="lia-message-footer"><div class="lia-button-image-kudos-wrapper"><span class="MessageKudosCount
lia-component-kudos-widget-message-kudos-count">${p.kudos}</span>
<span class="lia-button-image-kudos-label">Kudos</span></div><a class="lia-button lia-button-secondary reply-action-link"
href="#">Reply</a></div></div></div></div>`;
const kHtml = `<!DOCTYPE html><html lang="en" class="no-js"><head>
<title>Got a data breach letter from Quillmark - is this real or a scam? - Quillmark Community</title>
<meta content="I got a letter in the mail yesterday saying my information was involved in a data security incident." name="description">
<meta content="width=device-width, initial-scale=1.0, user-scalable=yes" name="viewport"><meta property="og:type" content="article">
<link rel="canonical" href="https://community.quillmarkpayroll.example/t5/Security-Questions/Got-a-data-breach-letter/td-p/18822">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${kTitle}",
"author":{"@type":"Person","name":"marisol_t"},"datePublished":"2026-03-09T07:41:00-06:00"}</script>
<link rel="stylesheet" href="/skins/6512371/1b8c9d0e/quillmark/desktop.css">
<script>LITHIUM.Loader.runJsAttached(); LITHIUM.CommunityJsonObject =
{"Activity":{"Results":[]},"Page":{"name":"ForumTopicPage"},"Community":{"id":"qmcom"}};</script>
</head>
<body class="lia-board lia-user-status-anonymous ForumTopicPage lia-body" id="lia-body"><div id="ForumTopicPage" class="lia-page"><center>
<div class="MinimumWidthContainer"><div class="min-width-wrapper"><div class="min-width"><div class="lia-content">
<div class="lia-quilt lia-quilt-forum-topic-page lia-quilt-layout-two-column-main-side"><div class="lia-quilt-row lia-quilt-row-header">
<div class="custom-community-header"><a class="logo" href="/">Quillmark Community</a><ul class="nav-main">${links(kNav, 'nav-item')}</ul>
<div class="lia-search-input-wrapper"><input placeholder="Search the community" class="lia-search-input-message"></div>
<a class="login-link lia-link-navigation" href="/t5/s/qmcom/sso">Sign In</a></div>
<div class="BreadCrumb crumb-line lia-breadcrumb lia-component-common-widget-breadcrumb"><ul class="lia-list-standard-inline">
${links(kCrumbs, 'lia-breadcrumb-node crumb')}</ul></div></div>
<div class="lia-quilt-row lia-quilt-row-main"><div class="lia-quilt-column lia-quilt-column-18 lia-quilt-column-left lia-quilt-column-main-content">
<div class="lia-message-subject-wrapper"><div class="lia-thread-topic lia-component-forums-widget-thread-topic"><h1 class="lia-message-subject">${kTitle}</h1>
<span class="lia-thread-solved-badge">Solved!</span><a class="lia-link-navigation accepted-solution-link" href="#M18825">Go to solution</a></div></div>
<div class="lia-menu-navigation-wrapper"><a class="lia-link-navigation" href="#">Options</a><span>Subscribe to RSS Feed</span><span>Bookmark</span></div>
${kPosts.map(post).join('\n')}
<div class="lia-paging-full-wrapper"><span class="lia-paging-page-label">Showing 4 of 4 replies</span></div></div>
<div class="lia-quilt-column lia-quilt-column-06 lia-quilt-column-right lia-quilt-column-side-content">
<div class="lia-panel lia-panel-standard CustomRelatedContent"><div class="lia-decoration-border"><h2 class="lia-panel-heading-bar-title">Featured
articles</h2><ul>${links(kSide, 'lia-list-row')}</ul></div></div>
<div class="lia-panel lia-panel-standard"><h2 class="lia-panel-heading-bar-title">Need more help?</h2><p>Chat with a support specialist Monday to Friday, 7
a.m. to 7 p.m.
Central.</p></div></div></div>
<div class="lia-quilt-row lia-quilt-row-footer"><div class="custom-footer"><p>© 2026 Quillmark Payroll, Inc.</p><ul>${links([
  'Community Guidelines',
  'Privacy',
  'Terms',
])}</ul></div></div></div></div></div></div></div></center></div></body></html>`;
export const khoros: TestPage = {
  name: 'heldout429-khoros-support-forum-thread',
  kind: 'forum',
  html: kHtml,
  title: kTitle,
  headings: [],
  body: texts(kPosts.flatMap((p) => p.text)),
  bylines: [...new Set(kPosts.flatMap((p) => [p.user, p.date.slice(0, 10), p.date.slice(11)]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quillmark Community', ...kNav.filter((t) => !kCrumbs.includes(t)), 'Sign In', ...kCrumbs.slice(1), 'Solved!',
    'Go to solution', 'Options', 'Subscribe to RSS Feed', 'Bookmark', ...new Set(kPosts.map((p) => p.rank)), 'Solution', 'Kudos', 'Reply',
    'Showing 4 of 4 replies', 'Featured articles', ...kSide, 'Need more help?', 'Chat with a support specialist Monday to Friday, 7 a.m. to 7 p.m. Central.',
    '© 2026 Quillmark Payroll, Inc.', 'Community Guidelines', 'Privacy', 'Terms',
  ],
};
