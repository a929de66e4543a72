import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout406-kit.js';

/**
 * Held-out batch 406, file a2: a Devpost hackathon overview on its own subdomain (Devpost bar, hackathon header with the
 * dates and "Join hackathon" button, tab nav, the challenge description, requirements, prizes and judging criteria, the
 * sidebar with deadline, eligibility, host and themes, the judges list, and the footer).
 */
const title = 'Saltmarsh Hacks 2026';
const lede = 'Build something that helps a coastal community live with rising water.';
const about = [
  j(
    'Saltmarsh Hacks is a weekend hackathon for anyone who wants to work on the problems coastal towns face as sea levels rise:',
    'flooding, erosion, insurance, fisheries, and the simple question of where people will get their information when the road',
    'is under water.',
  ),
  j(
    'You can take part in person at the Marrow Point Maritime Hall or online from anywhere. Teams of up to four are welcome, and',
    'we will run a team-matching session on Friday evening for people who arrive on their own.',
  ),
  j(
    'You do not need to be a developer. Some of our best projects last year came from teams with a harbourmaster, a nurse and',
    'one person who had written a spreadsheet macro once.',
  ),
];
const requirements = [
  'Build a working prototype of software, hardware or a data tool during the hackathon weekend.',
  'Publish your code in a public repository, or share a link judges can use to test the project.',
  'Record a demo video of no more than three minutes and upload it to a public video site.',
  'Write a short project story on your submission page describing what you built and why.',
];
const prizes: [string, string][] = [
  ['Grand Prize', 'A cash award of $3,000 and a year of mentoring from the Coastal Futures Lab to take the project to a pilot.'],
  ['Best Hardware Hack', 'A cash award of $1,500 for the best project that puts a physical device in the real world.'],
  ['Community Choice', 'A cash award of $500 for the project with the most votes from residents at the Sunday showcase.'],
];
const criteria = [
  'Impact: would people in a coastal town actually use it, and would it change what they do?',
  'Technical execution: does the prototype work, and is it built in a way that could be maintained?',
  'Design: is it clear and accessible to someone who is not technical?',
  'Presentation: does the demo explain the problem and the solution in three minutes?',
];
const tabs = ['Overview', 'My projects', 'Participants (312)', 'Resources', 'Rules', 'Project gallery', 'Updates', 'Discussions'];
const bar = ['Join a hackathon', 'Host a hackathon', 'Resources'];
const judges = ['Marguerite Ellory', 'Tomasz Pelling', 'Adaeze Quint'];
const judgeRoles = ['Director, Coastal Futures Lab', 'Harbourmaster, Marrow Point', 'Hardware engineer, Brinewave'];
const themes = ['Hardware', 'Social Good', 'Open Data'];
const foot = ['About', 'Blog', 'Careers', 'Help center', 'Terms of service', 'Privacy policy'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Saltmarsh Hacks 2026: Build something that helps a coastal community - Devpost</title>
<meta name="description" content="${lede}"><meta property="og:site_name" content="Devpost">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Saltmarsh Hacks 2026","startDate":"2026-04-17",
"endDate":"2026-04-19","eventAttendanceMode":"https://schema.org/MixedEventAttendanceMode","location":{"@type":"Place","name":"Marrow Point Maritime Hall"}}
</script>
<script>window.DEVPOST = {"challenge_id": 28114, "logged_in": false};</script></head>
<body class="challenges-show"><div id="devpost-bar" class="devpost-bar"><a href="https://devpost.com" class="logo">Devpost</a>
<ul class="bar-links">${links(bar)}</ul><a href="/users/login" class="log-in">Log in</a> <a href="/users/register" class="sign-up">Sign up</a></div>
<header id="challenge-header" class="challenge-header"><div class="row"><div class="large-8 columns"><h1 id="challenge-title">${title}</h1>
<h3 class="tagline">${lede}</h3></div><div class="large-4 columns"><a class="button radius large" href="/register">Join hackathon</a>
<p class="submission-period">Apr 17 – 19, 2026</p></div></div></header>
<nav id="challenge-navigation" class="row"><ul class="tabs">${links(tabs, 'tab')}</ul></nav>
<section id="challenge-information" class="row"><div class="large-8 columns"><article id="challenge-description">
${ps(about)}
<h2>Requirements</h2>
<ul>${lis(requirements)}</ul>
<h2>Prizes</h2>
<div id="prizes">${prizes.map(([n, d]) => `<div class="prize"><h6>${n}</h6><p>${d}</p></div>`).join('\n')}</div>
<h2>Judging Criteria</h2>
<ul class="judging-criteria">${lis(criteria)}</ul>
</article>
<section id="judges"><h2 class="section-title">Judges</h2><ul class="no-bullet">
${judges.map((n, i) => `<li class="challenge_judge"><img src="/judges/${i}.jpg" alt=""><strong>${n}</strong><br><i>${judgeRoles[i] ?? ''}</i></li>`).join('\n')}
</ul></section></div>
<aside class="large-4 columns side-info"><div class="panel"><h5>Deadline</h5><p class="info-with-icon">Apr 19, 2026 @ 2:00pm GMT</p>
<h5>Who can participate</h5><ul class="no-bullet"><li>Ages 16+ only</li><li>All countries / territories</li></ul>
<h5>Hosted by</h5><p class="host">Coastal Futures Lab CIC</p>
<h5>Themes</h5><ul class="themes">${links(themes, 'theme-label')}</ul>
<p class="prizes-total"><strong>$5,000</strong> in cash</p><p class="registration-count"><strong>312</strong> participants</p></div>
<div class="panel share"><span>Share this hackathon</span> <a href="#" class="share-twitter">Tweet</a> <a href="#" class="share-facebook">Facebook</a></div>
</aside></section>
<footer id="footer"><ul class="footer-links">${links(foot)}</ul><p>Copyright © 2026 Devpost, Inc. All rights reserved.</p></footer>
</body></html>`;
export const devpostHack: TestPage = {
  name: 'heldout406-devpost-hackathon-docs',
  kind: 'docs',
  html,
  title,
  headings: ['Requirements', 'Prizes', ...prizes.map(([n]) => n), 'Judging Criteria'],
  body: texts([lede, ...about, ...requirements, ...prizes.flatMap(([, d]) => [d]), ...criteria]),
  bylines: ['Apr 17 – 19, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Devpost', ...bar, 'Log in', 'Sign up', 'Join hackathon', ...tabs, 'Judges', ...judges, ...judgeRoles,
    'Deadline', 'Apr 19, 2026 @ 2:00pm GMT', 'Who can participate', 'Ages 16+ only', 'All countries / territories', 'Hosted by', 'Coastal Futures Lab CIC',
    'Themes', ...themes, '$5,000 in cash', '312 participants', 'Share this hackathon', 'Tweet', 'Facebook', ...foot,
    'Copyright © 2026 Devpost, Inc. All rights reserved.',
  ],
};
