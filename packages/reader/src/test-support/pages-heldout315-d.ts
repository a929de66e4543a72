import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout315-kit.js';

/**
 * Held-out batch 315, file d: a Britannica-style encyclopedia article (topic identifier, "Written and fact-checked by" and
 * "Last Updated" lines, Print / Cite / Share / Feedback tools, the table of contents rail, a figure with credit, a quick facts
 * box, "Related Topics" and the footer) and a Quora-style question page whose three answers are the body (answer headers with
 * credentials and ages, upvote bars, the login wall banner, a "Sponsored by" ad and the "Related questions" rail).
 */
const brTitle = 'Varnholt Canal';
const brLead = [
  j(
    '<strong>Varnholt Canal</strong>, artificial waterway in northern Lower Veldmark that links the Osse River at Brenning with',
    'the tidal harbour of Kallum on the Grey Sea. It is 71 km (44 miles) long and has nine locks, the largest of which, at',
    'Hollerstede, lifts vessels 6.2 metres (20 feet).',
  ),
];
const brH1 = 'History';
const brP1 = [
  j(
    'A canal across the Varnholt moor was first proposed in 1788 by the engineer Jorin Haak, who hoped to spare grain barges',
    'the long passage around the Kallum headland. Lack of money and a dispute over water rights with the moorland villages',
    'delayed the work for more than half a century.',
  ),
  j(
    'Construction finally began in 1846 under a joint company of Brenning and Kallum merchants. Some 3,000 labourers dug the',
    'channel by hand, and the canal opened to traffic in 1853. Within a decade it carried more than 400,000 tonnes of cargo a',
    'year, chiefly grain, peat and timber.',
  ),
];
const brH2 = 'Decline and restoration';
const brP2 = [
  j(
    'The opening of the Brenning–Kallum railway in 1879 drew away most of the canal’s trade, and commercial traffic ceased in',
    '1931. Several locks were filled in during the 1950s.',
  ),
  j(
    'A restoration trust formed in 1984 reopened the full length in 2009. The canal is now used mainly by pleasure boats and',
    'is noted for the wading birds of the moorland reserve it crosses.',
  ),
];
const brFacts = ['Length: 71 km (44 miles)', 'Locks: 9', 'Opened: 1853', 'Reopened: 2009'];
const brToc = ['Introduction', 'History', 'Decline and restoration', 'Facts & Related Content', 'Quizzes'];
const brRelated = ['canal', 'lock', 'Osse River', 'Kallum'];
const brNav = ['Search Britannica', 'Login', 'Subscribe', 'Ask the Chatbot', 'Games & Quizzes', 'History & Society', 'Science & Tech'];
const brFoot = ['About Us & Legal Info', 'Advertising', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Equal Opportunity'];
const brHtml = `<!DOCTYPE html><html lang="en"><head><title>Varnholt Canal | History, Locks, &amp; Facts | Britannica</title>
<meta name="description" content="Varnholt Canal, artificial waterway in northern Lower Veldmark that links the Osse River with Kallum.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Varnholt Canal","dateModified":"2026-02-11"}</script>
<script>var EBPageInfo = {"topicId":1187345,"articleType":"TOPIC"};</script></head>
<body class="topic-page"><div id="consent-banner" class="ot-sdk-container"><p>We use cookies to provide you with the best experience.</p>
<button id="onetrust-accept-btn-handler">Accept</button><button>Cookie Settings</button></div>
<header class="page-header"><a href="/" class="logo">Encyclopedia Britannica</a><ul class="header-nav">${links(brNav)}</ul></header>
<div class="md-article-container"><div class="grid"><aside class="toc-column"><div class="md-toc"><p class="toc-title">Table of Contents</p>
<ul>${links(brToc, 'toc-item')}</ul></div></aside>
<main class="article-column"><div class="topic-identifier">geography</div>
<h1 class="md-font-serif-medium">${brTitle}</h1><div class="topic-type">waterway, Lower Veldmark</div>
<div class="md-byline"><span>Written and fact-checked by</span> <a href="/editor/The-Editors-of-Encyclopaedia-Britannica/4419">The Editors of
Encyclopaedia Britannica</a></div><div class="md-date"><span>Last Updated: Feb 11, 2026</span> • <a href="#history">Article History</a></div>
<div class="md-article-tools"><button>Print</button><button>Cite</button><button>Share</button><button>Feedback</button></div>
<div class="topic-content"><section id="ref1" data-level="1"><p class="topic-paragraph">${brLead[0]}</p>
<figure class="md-assembly"><img src="https://cdn.britannica.example/varnholt-lock.jpg" alt="Hollerstede lock">
<figcaption class="md-assembly-caption">The Hollerstede lock on the Varnholt Canal.<cite class="credit">Hanne Moll/Veldmark Tourist Board</cite>
</figcaption></figure></section>
<section id="ref2" data-level="1"><h2 class="h1">${brH1}</h2>${ps(brP1, ' class="topic-paragraph"')}</section>
<section id="ref3" data-level="1"><h2 class="h1">${brH2}</h2>${ps(brP2, ' class="topic-paragraph"')}</section>
<div class="md-signature"><p>The Editors of Encyclopaedia Britannica</p>
<p>This article was most recently revised and updated by Ida Kessler.</p></div></div></main>
<aside class="facts-column"><div class="quick-facts"><h3>Quick Facts</h3><ul>${brFacts.map((f) => `<li>${f}</li>`).join('')}</ul></div>
<div class="related"><h3>Related Topics</h3><ul>${links(brRelated)}</ul></div></aside></div></div>
<footer class="page-footer"><ul>${links(brFoot)}</ul><p>©2026 Encyclopædia Britannica, Inc.</p></footer></body></html>`;

const britannica: TestPage = {
  name: 'heldout315-britannica-wiki',
  kind: 'wiki',
  html: brHtml,
  title: brTitle,
  headings: [brH1, brH2],
  body: [...texts(brLead), ...texts(brP1), ...texts(brP2)],
  bylines: ['The Editors of Encyclopaedia Britannica', 'Last Updated: Feb 11, 2026', 'This article was most recently revised and updated by Ida Kessler.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to provide you with the best experience.', 'Accept', 'Cookie Settings', 'Encyclopedia Britannica', ...brNav, 'Table of Contents',
    'Introduction', 'Facts & Related Content', 'Quizzes', 'geography', 'waterway, Lower Veldmark', 'Written and fact-checked by', 'Article History',
    'Print', 'Cite', 'Share', 'Feedback', 'The Hollerstede lock on the Varnholt Canal.', 'Hanne Moll/Veldmark Tourist Board', 'Quick Facts',
    ...brFacts, 'Related Topics', ...brFoot, '©2026 Encyclopædia Britannica, Inc.',
  ],
};

const qTitle = 'Why do ferries reverse into their berths instead of sailing in bow first?';
const qA1 = [
  'Mostly because the ramp is at the stern, and the berth is built to meet the ramp, not the other way round.',
  j(
    'I worked the car deck on the Sundholm crossing for eleven years. Our ships were designed to load through the back, so the',
    'linkspan on shore was a hinged bridge that came down onto the stern door. Going in bow first would have meant turning the',
    'whole vessel around in the harbour at the end of every trip, which costs time and fuel.',
  ),
  j(
    'Drive-through ferries, with doors at both ends, do not need to reverse at all. They just go in one way and out the other.',
    'If your ferry always reverses in, look at where the doors are and you will usually have your answer.',
  ),
];
const qA2 = [
  j(
    'There is also a handling reason. Most modern ferries have their main propellers and rudders at the stern and powerful bow',
    'thrusters at the front. Backing in lets the master use the propellers to control speed precisely in the last few metres,',
    'while the bow thrusters hold the ship against the wind.',
  ),
  'When you leave, the ship simply pulls forward and is already pointing the right way for the crossing.',
];
const qA3 = [
  j(
    'Short answer from a passenger who asked the same question on a bridge tour: the captain told us it is about the wind',
    'shelter as much as anything. At Kallum the berth faces away from the prevailing westerlies, so a ship coming in astern',
    'keeps its tall superstructure sheltered by the terminal building while it lines up.',
  ),
];
const qRelated = [
  'Why do large ships have bulbous bows?',
  'How do ferry captains dock in strong winds?',
  'What is a linkspan and how does it work?',
  'Why are car ferries usually painted white?',
];
const ans = (name: string, cred: string, age: string, body: string[], up: string, cm: string): string => `<div
class="q-box dom_annotate_question_answer_item_0">
<div class="q-flex qu-alignItems--center"><div class="q-inlineFlex"><span class="q-text qu-dynamicFontSize--small qu-bold">
<a class="q-box qu-cursor--pointer puppeteer_test_link" href="/profile/${name.replace(/ /g, '-')}">${name}</a></span></div>
<span class="q-text qu-color--gray_light qu-fontSize--small"><span class="CssComponent-sc-1oskqb9-0">${cred}</span></span>
<span class="q-text qu-color--gray_light qu-fontSize--small"><a class="answer_timestamp" href="/answer/${age}">${age}</a></span></div>
<div class="q-box spacing_log_answer_content puppeteer_test_answer_content"><div class="q-text qu-wordBreak--break-word">
${body.map((p) => `<p class="q-text qu-display--block qu-wordBreak--break-word qu-textAlign--start"><span>${p}</span></p>`).join('\n')}</div></div>
<div class="q-flex qu-justifyContent--space-between"><button class="q-click-wrapper" aria-label="Upvote">
<span class="q-text">Upvote</span> <span class="q-text">· ${up}</span></button>
<button class="q-click-wrapper" aria-label="Comments"><span class="q-text">${cm}</span></button>
<button class="q-click-wrapper" aria-label="Share"><span class="q-text">Share</span></button></div></div>`;
const quoraHtml = `<!DOCTYPE html><html lang="en"><head><title>${qTitle} - Quora</title>
<meta name="description" content="Answer (1 of 3): Mostly because the ramp is at the stern.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${qTitle}",
"answerCount":3}}</script><script>window.ansFrontendGlobals = {"settings":{"locale":"en"}};</script></head>
<body class="q-platform--desktop"><div id="root"><div class="q-box qu-bg--raised">
<div class="q-fixed qu-fullX dom_annotate_site_header"><div class="q-flex"><a href="/" class="q-box qu-display--block">Quora</a>
<a href="/" class="q-click-wrapper">Home</a><a href="/following" class="q-click-wrapper">Following</a><a href="/answer" class="q-click-wrapper">Answer</a>
<a href="/spaces" class="q-click-wrapper">Spaces</a><a href="/notifications" class="q-click-wrapper">Notifications</a>
<input class="q-input" placeholder="Search Quora"><button class="q-click-wrapper">Add question</button></div></div>
<div class="q-box qu-pt--medium"><div class="q-flex"><div class="q-box qu-flex--auto">
<div class="q-text qu-dynamicFontSize--xlarge qu-fontWeight--bold puppeteer_test_question_title"><span class="q-box qu-userSelect--text">
<span>${qTitle}</span></span></div>
<div class="q-flex"><button class="q-click-wrapper">Answer</button><button class="q-click-wrapper">Follow · 14</button>
<button class="q-click-wrapper">Request</button></div>
<div class="q-text qu-color--gray">All related (3)</div><div class="q-box qu-borderTop">Sort: Recommended</div>
${ans('Tomas Hallin', 'Former deckhand, Sundholm Line (2009–2020)', '2y', qA1, '1.2K', '38')}
<div class="q-box dom_annotate_ad_promoted_answer"><span class="q-text">Sponsored by Northwake Insurance</span>
<p class="q-text">Are you overpaying for boat cover? Compare 20 marine insurers in under two minutes.</p><a class="q-click-wrapper">Learn More</a></div>
${ans('Annika Roos', 'Master mariner, harbour pilot', '1y', qA2, '644', '12')}
${ans('Dev Marlow', 'Lives in Kallum', '8mo', qA3, '97', '3')}
</div><div class="q-box qu-ml--medium"><div class="q-text qu-bold">Related questions</div><ul>${links(qRelated, 'q-box')}</ul></div></div></div>
<div class="q-fixed qu-bottom--0 signup_wall_prevent_scroll"><p class="q-text">Sign In</p>
<p class="q-text">Continue with Google</p><p class="q-text">By continuing you indicate that you agree to Quora’s Terms of Service and Privacy
Policy.</p></div>
<div class="q-text footer-links">About · Careers · Privacy · Terms · Contact · Languages · Your Ad Choices · Press · © Quora, Inc. 2026</div>
</div></div></body></html>`;

const quora: TestPage = {
  name: 'heldout315-quora-forum',
  kind: 'forum',
  html: quoraHtml,
  title: qTitle,
  headings: [],
  body: [...qA1, ...qA2, ...qA3],
  bylines: ['Tomas Hallin', 'Annika Roos', 'Dev Marlow', '8mo'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quora', 'Home', 'Following', 'Notifications', 'Add question', 'Follow · 14', 'Request', 'All related (3)', 'Sort: Recommended',
    'Former deckhand, Sundholm Line (2009–2020)', 'Master mariner, harbour pilot', 'Lives in Kallum', 'Upvote', '· 1.2K', '· 644', '· 97',
    'Share', 'Sponsored by Northwake Insurance', 'Are you overpaying for boat cover? Compare 20 marine insurers in under two minutes.', 'Learn More',
    'Related questions', ...qRelated, 'Sign In', 'Continue with Google',
    'By continuing you indicate that you agree to Quora’s Terms of Service and Privacy Policy.',
    'About · Careers · Privacy · Terms · Contact · Languages · Your Ad Choices · Press · © Quora, Inc. 2026',
  ],
};

export const HELDOUT315_D: readonly TestPage[] = [britannica, quora];
