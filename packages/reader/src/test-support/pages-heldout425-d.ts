import { links, ps, type TestPage, texts } from './page-kit.js';
import { cooking } from './pages-heldout425-d2.js';
import { j } from './pages-heldout425-kit.js';

/**
 * Held-out batch 425, file d: an InfoQ-style conference presentation page (topic menu, breadcrumb-like topic line, the
 * presentation header with speakers, "Recorded at", duration and "Like" / "Print" / "Bookmarks", the video, Summary, Bio,
 * "About the conference", the slides strip, the transcript with its section headings and speaker labels, related sponsored
 * content, the topic tags, the newsletter box and the footer) and, from file d2, a cooking show's episode page with its recipe.
 */
const qTitle = 'Trusting Your Alerts Again: How We Cut Paging Noise by Two Thirds';
const qSummary = j(
  'This talk discusses how the platform team at a mid-sized logistics company reduced the pages its on-call engineers received,',
  'why they replaced most threshold alerts with service-level objectives, and what they learned about the alerts people',
  'silently ignore.',
);
const qS1 = [
  j(
    '<strong>Falk:</strong> I want to start with a number. Two years ago our on-call engineers received, on average, forty-one',
    'pages a week. When we asked them, in an anonymous survey, how many of those pages needed a human to do something, the',
    'median answer was four. Everyone else was being woken up to look at a graph, decide it was fine and go back to sleep.',
  ),
  j(
    'That is not just tiring. It teaches people that alerts are not to be trusted, and the day a real one arrives, it gets the',
    'same tired glance as the other forty.',
  ),
];
const qS2 = ['We went through every alert we had, all three hundred and twelve of them, and sorted them into three groups:'];
const qS2List = [
  'Alerts about user pain: requests failing, checkouts timing out, parcels stuck in a state too long.',
  'Alerts about causes: a disk filling, a queue growing, CPU high on one node.',
  'Alerts nobody could explain, which were often older than anyone on the team.',
];
const qS2b = [
  j(
    'Only the first group should wake someone up. The second group is useful, but it belongs on a dashboard or in a ticket that',
    'somebody looks at during working hours. The third group we deleted, after announcing it a fortnight in advance. Nobody',
    'complained.',
  ),
];
const qS3 = [
  j(
    'For the user-pain alerts we wrote service-level objectives, and we page on burn rate rather than on a fixed threshold. If',
    'we are spending our monthly error budget fast enough to run out within a few hours, someone is paged. If we are spending it',
    'slowly, a ticket is opened instead.',
  ),
  j(
    'Six months later the weekly average was fourteen pages, and the survey said eleven of them needed action. Incidents were',
    'not missed; the two serious outages we had that year were both caught by burn-rate pages within five minutes.',
  ),
  j(
    'The lesson I would pass on is that alert cleanup is not a project you finish. We now review every page in the weekly',
    'handover meeting, and any alert that fires twice without anyone acting on it gets rewritten or removed.',
  ),
];
const qHeads = ['Summary', 'Transcript', 'Forty-One Pages a Week', 'Sorting the Alerts', 'Paging on Burn Rate'];
const qNav = ['Development', 'Architecture & Design', 'AI, ML & Data Engineering', 'Culture & Methods', 'DevOps'];
const qTags = ['Observability', 'Site Reliability Engineering', 'QCon Harbourside 2025'];
const qSponsored = ['Platform Engineering Maturity Report (By Corvane)', 'Webinar: Incident Reviews That People Read'];
const qFoot = ['About InfoQ', 'Meet the Editors', 'Write for InfoQ', 'Privacy Notice', 'Terms and Conditions', 'Cookie Policy'];
const qHtml = `<!DOCTYPE html><html lang="en" xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"><title>${qTitle} - InfoQ</title>
<meta name="description" content="${qSummary}"><meta property="og:type" content="video.other"><meta property="og:site_name" content="InfoQ">
<meta name="keywords" content="observability,sre,alerting"><link rel="canonical" href="https://www.infoq.com/presentations/alert-noise-slo/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"${qTitle}","uploadDate":"2026-02-26",
"duration":"PT44M12S"}</script><script>var InfoQConstants = {"pageType":"PRESENTATION","contentId":"alert-noise-slo","topics":["observability"]};</script>
</head><body class="presentation"><div class="container">
<header class="header"><div class="header__top"><a class="logo" href="/" title="InfoQ - Software Development News"><span>InfoQ</span></a><a
class="header__login" href="/social/keycloakLogin.action">Log In</a></div><nav class="nav"><ul class="nav__list">${links(qNav, 'nav__item')}</ul></nav>
</header><main class="main"><article class="presentation"><div class="article__topics"><span class="topics__label">Topics</span><a href="/observability"
class="topic">Observability</a></div>
<div class="article__header"><h1 class="heading">${qTitle}</h1><div class="author"><span class="author__label">Speakers</span><a
class="author__link" href="/profile/Ondrea-Falk/">Ondrea Falk</a></div><div class="date">Recorded at: <a href="/qconharbourside2025">QCon Harbourside
2025</a> | Published <span class="date__value">Feb 26, 2026</span> | Duration <span>44:12</span></div><ul class="actions"><li><a
class="actions__like">Like</a></li><li><a class="actions__print" href="#">Print</a></li><li><a class="actions__bookmark">Bookmarks</a></li></ul></div>
<div class="player" id="video"><video class="player__video" preload="none" poster="https://res.infoq.example/presentations/poster.jpg"></video></div>
<div class="article__content"><h2 class="heading">Summary</h2><p>${qSummary}</p>
<h2 class="heading">Bio</h2><p class="bio">Ondrea Falk is a principal engineer at Tessaly Freight, where she leads the reliability practice.</p>
<h2 class="heading">About the conference</h2><p class="conference">Software is changing the world. QCon empowers software development by facilitating
the spread of knowledge and innovation in the developer community.</p>
<div class="slides"><h3 class="slides__heading">Slides</h3><ul class="slides__list"><li><img alt="Slide 1: forty-one pages a week"
src="https://res.infoq.example/slides/1.jpg"></li><li><img alt="Slide 2" src="https://res.infoq.example/slides/2.jpg"></li></ul><a
class="slides__download" href="#">Download the slides</a></div>
<div class="transcript"><h2 class="heading">Transcript</h2>
<h2>Forty-One Pages a Week</h2>
${ps(qS1)}
<h2>Sorting the Alerts</h2>
${ps(qS2)}
<ul>${qS2List.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${ps(qS2b)}
<div class="related__sponsor"><h3>Related Sponsored Content</h3><ul>${links(qSponsored)}</ul></div>
<h2>Paging on Burn Rate</h2>
${ps(qS3)}
<p class="transcript__more"><a href="/transcripts/presentations/">See more presentations with transcripts</a></p></div></div>
<div class="article__tags"><h4>This content is in the Observability topic</h4><h4>Related Topics:</h4><ul>${links(qTags, 'tag')}</ul></div>
</article><aside class="newsletter"><h3>The InfoQ Newsletter</h3><p>A round-up of last week’s content on InfoQ sent out every Tuesday. Join a
community of over 250,000 senior developers.</p><form><input type="email" placeholder="Enter your e-mail"><button>Subscribe</button></form></aside>
</main><footer class="footer"><ul class="footer__links">${links(qFoot)}</ul><p class="footer__copy">InfoQ.com and all content copyright © 2006-2026
C4Media Inc.</p></footer></div>
<div id="cookieBanner" class="cookie-banner"><p>InfoQ uses cookies to improve your experience on our site. By using this site you agree to our use of
cookies.</p><button class="cookie-banner__accept">Got it</button></div></body></html>`;
const infoq: TestPage = {
  name: 'heldout425-infoq-presentation-docs',
  kind: 'docs',
  html: qHtml,
  title: qTitle,
  headings: qHeads,
  body: texts([qSummary, ...qS1, ...qS2, ...qS2List, ...qS2b, ...qS3]),
  bylines: ['Ondrea Falk', 'Feb 26, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log In', ...qNav, 'Topics', 'Speakers', 'Recorded at:', 'Published', 'Duration', '44:12', 'Like', 'Print', 'Bookmarks', 'Bio',
    'Ondrea Falk is a principal engineer at Tessaly Freight, where she leads the reliability practice.', 'About the conference',
    'Software is changing the world. QCon empowers software development by facilitating the spread of knowledge and innovation in the developer community.',
    'Slides', 'Download the slides', 'Related Sponsored Content', ...qSponsored, 'See more presentations with transcripts',
    'This content is in the Observability topic', 'Related Topics:', ...qTags, 'The InfoQ Newsletter',
    'A round-up of last week’s content on InfoQ sent out every Tuesday. Join a community of over 250,000 senior developers.', 'Subscribe', ...qFoot,
    'InfoQ.com and all content copyright © 2006-2026 C4Media Inc.',
    'InfoQ uses cookies to improve your experience on our site. By using this site you agree to our use of cookies.', 'Got it',
  ],
};

export const HELDOUT425_D: readonly TestPage[] = [infoq, cooking];
