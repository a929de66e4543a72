import { links, type TestPage, texts } from './page-kit.js';
import { bggPage } from './pages-heldout201-e2.js';
import { liLines, paras, pLines } from './pages-heldout201-kit.js';

/**
 * Held-out batch 201, file e: a Hackaday.io project page as a signed-out visitor saves it (the header navigation with
 * "Log In" / "Sign up", the project headline and summary, the like / follow / view counters and buttons, the "Description",
 * "Details", "Files", "Components", "Project Logs" and "Discussions" section titles, the owner's details with their own
 * h3s, the component list, file names, log titles with dates, comments with the log-in prompt, the team, tags, licence
 * and created / updated sidebar, "Similar projects worth following", the join promo and the footer) and, from file e2, a
 * BoardGameGeek game page.
 */
const hdTitle = 'Orchard Soil Net';
const hdSummary = paras(`
Twelve solar-powered LoRa soil moisture sensors, one gateway and a year of finding out where the water in a community orchard
actually goes.`);
const hdH1 = 'Why';
const hdP1 = paras(`
Our neighbourhood orchard has 46 fruit trees on a sloping, half-acre site, looked after by volunteers. Every summer we argued
about watering. Some trees were clearly getting too much, others were struggling, and nobody could say which were which until the
leaves started dropping. I wanted numbers, cheaply, without running a single cable across the site.`);
const hdH2 = 'The sensor nodes';
const hdP2 = paras(`
Each node is a small custom board built around a low-power LoRa module and a capacitive soil probe, which does not corrode the
way resistive probes do. The probe sits at 30 cm, roughly where most of the feeder roots are on our young trees. A 1 W solar
panel and a 18650 cell keep the node running; the board sleeps at about 9 µA between readings.

Readings are taken every fifteen minutes and sent as a 12-byte packet: node ID, moisture, soil temperature, battery voltage and a
sequence number so the gateway can spot gaps. The enclosure is a cheap junction box with a printed bracket that clips onto a
fence post.`);
const hdH3 = 'Gateway and dashboard';
const hdP3 = paras(`
The gateway is a single-channel receiver on a spare single-board computer in the tool shed, which has mains power and gets the
orchard's Wi-Fi. It writes everything to a small time-series database and serves a dashboard that volunteers can open on their
phones before a watering shift. The most useful view turned out to be the simplest: a map of the orchard with each tree coloured
by how dry the soil is compared with its own average.`);
const hdH4 = 'What we learned';
const hdP4 = paras(`
After a full season, the surprise was how uneven the site is. The four trees at the bottom of the slope sat in wet soil for most of
the summer, even in the dry weeks, and we had been watering them as much as everything else. Two of the plums at the top were
drying out within two days of a watering. We now water by zone instead of by rota, and used about a third less water this year.

The nodes have been reliable apart from two failed probe cables, both chewed by something with teeth. Version 2 uses armoured
cable and a shorter lead. Schematics, board files and firmware are in the files section and on the repository linked below.`);
const hdComponents = [
  '12 × LoRa module, 868 MHz',
  '12 × Capacitive soil moisture probe',
  '12 × 1 W 5 V solar panel',
  '12 × 18650 Li-ion cell with holder',
  '1 × Single-channel LoRa gateway board',
];
const hdNav = ['Projects', 'Discover', 'Contests', 'Courses', 'Stack', 'Blog', 'Log In', 'Sign up'];
const hdStats = ['Likes', 'Comments', 'Followers', 'Views', 'Like', 'Follow project'];
const hdSections = ['Description', 'Details', 'Files', 'Components', 'Project Logs', 'Discussions'];
const hdFiles = ['soilnode-v2-schematic.pdf', 'soilnode-v2-gerbers.zip', 'gateway-firmware-1.4.tar.gz', 'Download'];
const hdLogs = [
  ['Version 2 boards are in', '03/22/2025 at 18:40'],
  ['Something is eating my cables', '09/14/2024 at 09:12'],
  ['First month of data', '06/30/2024 at 21:05'],
];
const hdComments = [
  { who: 'Priya Venkataraman', when: '04/02/2025 at 11:31', text: 'Great write-up. How do you calibrate the probes for your soil?' },
  { who: 'tinkermarek', when: '03/24/2025 at 07:58', text: 'Armoured cable, ha. Squirrels got my weather station too.' },
];
const hdSide = [
  'Team (2)',
  'Join this project\u2019s team',
  'Tags',
  'lora',
  'soil moisture',
  'solar',
  'agriculture',
  'low power',
  'License',
  'CERN Open Hardware Licence v2 - Strongly Reciprocal',
  'Related links',
  'Repository on Codeberg',
];
const hdSimilar = ['Similar projects worth following', 'Greenhouse Climate Logger', 'Rain Barrel Level Meter', 'Beehive Scale Mk III'];
const hdPromo = ['Does this project spark your interest?', 'Become a member to follow this project and never miss any updates', 'Log In/Sign up to comment'];
const hdFoot = ['About Us', 'Contact Hackaday', 'Hackaday Prize', 'Submit a Tip', 'Privacy Policy', 'Terms of Use', 'Hackaday API'];
const hdHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Orchard Soil Net | Hackaday.io</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Twelve solar-powered LoRa soil moisture sensors, one gateway and a year of finding out where the water goes.">
<meta property="og:title" content="Orchard Soil Net"><meta property="og:site_name" content="Hackaday.io"><meta property="og:type" content="website">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://hackaday.io/project/198812-orchard-soil-net">
<link rel="stylesheet" href="https://cdn.hackaday.example/css/style.min.css?v=8.2.14">
<script>var projectId = 198812; var loggedIn = false;</script><script src="https://cdn.hackaday.example/js/vendor.min.js?v=8.2.14"></script></head>
<body class="project"><div id="header" class="header"><div class="container"><a class="logo" href="/"><img alt="Hackaday.io" src="/img/logo.svg"></a>
<ul class="nav">${links(hdNav.slice(0, 6), 'nav-item')}</ul><div class="header-user"><a class="button-log-in" href="/signin">${hdNav[6]}</a>
<a class="button-sign-up" href="/signup">${hdNav[7]}</a></div><form class="search" action="/search"><input type="search"
placeholder="Search"></form></div></div>
<div id="project-header" class="project-header"><div class="container"><div class="headline"><h1><a href="/project/198812-orchard-soil-net">${hdTitle}</a></h1>
<div class="description">${hdSummary[0]}</div></div><div class="project-stats"><ul>
<li><span class="stat">214</span> <span class="stat-label">${hdStats[0]}</span></li><li><span class="stat">2</span> <span
class="stat-label">${hdStats[1]}</span></li>
<li><span class="stat">96</span> <span class="stat-label">${hdStats[2]}</span></li><li><span class="stat">5,870</span> <span
class="stat-label">${hdStats[3]}</span></li>
</ul><div class="buttons"><a class="button-like" href="/signin">${hdStats[4]}</a><a class="button-follow"
href="/signin">${hdStats[5]}</a></div></div></div></div>
<div id="content" class="container"><div id="main-column" class="main-column">
<section class="section section-description"><h2>${hdSections[0]}</h2><div class="post-content"><p>${hdSummary[0]}</p></div></section>
<section class="section section-details"><h2>${hdSections[1]}</h2><div id="project-details" class="post-content">
<h3>${hdH1}</h3>
${pLines(hdP1)}
<h3>${hdH2}</h3>
${pLines(hdP2)}
<figure><img src="https://cdn.hackaday.example/images/2841461742-node.jpg" alt=""></figure>
<h3>${hdH3}</h3>
${pLines(hdP3)}
<h3>${hdH4}</h3>
${pLines(hdP4)}
</div></section>
<section class="section section-files"><h2>${hdSections[2]}</h2><ul class="files-list">${hdFiles
  .slice(0, 3)
  .map((f) => `<li class="file"><span class="file-name">${f}</span> <a class="download" href="/download/${f}">${hdFiles[3]}</a></li>`)
  .join('')}</ul></section>
<section class="section section-components"><h2>${hdSections[3]}</h2><ul class="components-list">${liLines(hdComponents)}</ul></section>
<section class="section section-logs"><h2>${hdSections[4]}</h2><ul class="logs-list">${hdLogs
  .map((l) => `<li><a href="/project/198812/log/${l[0]?.length}">${l[0]}</a> <span class="time-card">${l[1]}</span></li>`)
  .join('')}</ul><a class="view-all" href="/project/198812/logs">View all 7 project logs</a></section>
<section class="section section-discussion"><h2>${hdSections[5]}</h2><p class="sign-in-prompt"><a href="/signin">${hdPromo[2]}</a></p>
${hdComments
  .map(
    (c) => `<div class="comment"><div class="comment-header"><a class="identity-card" href="/people/${c.who.length}">${c.who}</a>
<span class="time-card">${c.when}</span></div><div class="comment-body"><p>${c.text}</p></div><a class="reply" href="/signin">Reply</a></div>`,
  )
  .join('\n')}</section></div>
<div id="sidebar" class="sidebar"><div class="section section-team"><h4>${hdSide[0]}</h4><ul><li class="team-member"><a href="/hacker/91231-adaeze-morrow">
Adaeze Morrow</a></li><li class="team-member"><a href="/hacker/72110-ben-tolliver">Ben Tolliver</a></li></ul><a class="join-team"
href="/signin">${hdSide[1]}</a></div>
<div class="section section-tags"><h4>${hdSide[2]}</h4><ul class="tags">${links(hdSide.slice(3, 8), 'tag')}</ul></div>
<div class="section section-license"><h4>${hdSide[8]}</h4><p>${hdSide[9]}</p></div>
<div class="section section-links"><h4>${hdSide[10]}</h4><ul>${links(hdSide.slice(11))}</ul></div>
<div class="section section-dates"><p class="created">Created 01/15/2024</p><p class="updated">Updated 03/22/2025</p></div>
<div class="section section-similar"><h4>${hdSimilar[0]}</h4><ul>${links(hdSimilar.slice(1))}</ul></div>
<div class="section section-member-promo"><h4>${hdPromo[0]}</h4><p>${hdPromo[1]}</p><a class="button"
href="/signup">Become a Hackaday.io Member</a></div></div></div>
<footer id="footer" class="footer"><ul class="footer-links">${links(hdFoot)}</ul><p class="copyright">© 2025 Hackaday</p></footer>
<script src="https://cdn.hackaday.example/js/project.min.js?v=8.2.14"></script></body></html>`;
const hackaday: TestPage = {
  html: hdHtml,
  name: 'heldout201-hackadayio-project',
  kind: 'blog',
  // the summary (shown under the title and again under "Description") and the owner's details are the article, the
  // component list is body; the UI section titles ("Description", "Details", "Files"...) are furniture, the details' h3s
  // the headings; team members and the created / updated dates are bylines; comments are furniture;
  // the tags "lora", "soil moisture" and "solar" are left out (words of component lines)
  title: hdTitle,
  headings: [hdH1, hdH2, hdH3, hdH4],
  body: texts([...hdSummary, ...hdP1, ...hdP2, ...hdP3, ...hdP4, ...hdComponents]),
  bylines: ['Adaeze Morrow', 'Ben Tolliver', 'Created 01/15/2024', 'Updated 03/22/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hdNav, '214', '5,870', ...hdStats, ...hdSections, ...hdFiles, ...hdLogs.flat(), 'View all 7 project logs', ...hdPromo,
    ...hdComments.flatMap((c) => [c.who, c.when, c.text]), 'Reply',
    ...hdSide.filter((t) => !['lora', 'soil moisture', 'solar'].includes(t)), ...hdSimilar, 'Become a Hackaday.io Member', ...hdFoot, '© 2025 Hackaday',
  ],
};

export const HELDOUT201_E: readonly TestPage[] = [hackaday, bggPage];
