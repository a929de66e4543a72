import { ps, type TestPage, texts } from './page-kit.js';
import { wowchemy } from './pages-heldout449-a2.js';
import { j, lis } from './pages-heldout449-kit.js';

/**
 * Held-out batch 449, file a: a developer's résumé page on GitHub Pages with Jekyll's minima theme (site header with the
 * page links, Jekyll SEO tag JSON-LD, a "Last updated" line, h3 job entries, a download link, the minima footer with its
 * contact list, social links and site description) and, from file a2, an academic CV page on Hugo Wowchemy.
 */
const title = 'Résumé';
const intro = [
  j(
    'I am a backend developer with nine years of experience building data services for logistics and public transport.',
    'I like small, boring systems that keep working at three in the morning, and I write the runbooks that go with them.',
  ),
  j(
    'Most of my work is in Go and PostgreSQL, with some Rust where latency matters. I am currently open to remote roles',
    'in Europe, ideally on a team that owns its services end to end, from schema design to the pager.',
  ),
];
const h = ['Experience', 'Staff Engineer, Tidewater Freight Systems', 'Backend Developer, Kellagh Transit Data', 'Open source', 'Skills', 'Education'];
const job1 = [
  'March 2021 – present, Port Ellery (remote)',
  j(
    'I lead the routing platform team of five engineers. We own the service that plans about 40,000 container moves a day',
    'across three terminals, and the event pipeline that feeds the customer tracking pages.',
  ),
];
const job1List = [
  'Replaced a nightly batch planner with an incremental one, cutting plan refresh time from 40 minutes to under 90 seconds.',
  'Moved the event pipeline from a self-hosted queue to partitioned PostgreSQL tables, removing two on-call alerts a week.',
  'Wrote the team’s incident review template, now used by four other teams in the company.',
];
const job2 = [
  'June 2016 – February 2021, Kellagh',
  j(
    'I built and ran the real-time feed of the regional bus and tram network, which publishes vehicle positions every',
    'fifteen seconds to journey planners and to the displays at 600 stops.',
  ),
];
const job2List = [
  'Designed the GTFS-Realtime export used by three public journey planners.',
  'Kept the feed at 99.95% availability over four years with a two-person team.',
  'Mentored six interns, two of whom later joined the company full time.',
];
const oss = [
  j(
    'I maintain <a href="https://github.com/torrellq/pgshard-lite">pgshard-lite</a>, a small Go library for range partitioning',
    'in PostgreSQL, and I contribute now and then to timetable tooling for open transport data.',
  ),
];
const skills = [
  '<strong>Languages:</strong> Go, SQL, Rust, Python, a little TypeScript',
  '<strong>Data:</strong> PostgreSQL, ClickHouse, Kafka, Redis',
  '<strong>Operations:</strong> Kubernetes, Terraform, Prometheus, on-call leadership',
];
const edu = ['<strong>BSc Computer Science</strong>, University of Kellagh, 2012 – 2016. Final project on bus arrival prediction.'];
const nav = ['About', 'Projects', 'Writing', 'Résumé'];
const social = ['torrellq', 'tamsin-orrell', 'tamsin@orrell.example'];
const html = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Begin Jekyll SEO tag v2.8.0 -->
<title>Résumé | Tamsin Orrell</title>
<meta name="generator" content="Jekyll v4.3.3" /><meta property="og:title" content="Résumé" /><meta name="author" content="Tamsin Orrell" />
<meta property="og:locale" content="en_US" />
<meta name="description" content="Backend developer: Go, PostgreSQL, transport data." />
<link rel="canonical" href="https://torrellq.github.io/resume/" /><meta property="og:site_name" content="Tamsin Orrell" />
<meta property="og:type" content="website" /><meta name="twitter:card" content="summary" />
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"WebPage","author":{"@type":"Person","name":"Tamsin Orrell"},"description":"Backend developer: Go, PostgreSQL,
transport data.","headline":"Résumé","url":"https://torrellq.github.io/resume/"}</script>
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="https://torrellq.github.io/feed.xml"
title="Tamsin Orrell" />
<script async src="https://www.googletagmanager.example/gtag/js?id=G-7QX2LM"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-7QX2LM');</script>
</head>
<body><header class="site-header" role="banner">
<div class="wrapper"><a class="site-title" rel="author" href="/">Tamsin Orrell</a><nav class="site-nav">
<input type="checkbox" id="nav-trigger" class="nav-trigger" /><label for="nav-trigger"><span class="menu-icon"><svg viewBox="0 0 18 15" width="18px"
height="15px"><path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0 h15.032C17.335,0,18,0.665,18,
1.484L18,1.484z"/></svg></span></label>
<div class="trigger">${nav.map((t) => `<a class="page-link" href="/${t.toLowerCase()}/">${t}</a>`).join('')}</div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post"><header class="post-header"><h1 class="post-title">${title}</h1></header>
<div class="post-content">
<p class="post-meta"><em>Last updated: 14 February 2026</em> · <a href="/assets/tamsin-orrell-cv.pdf">Download as PDF (88 KB)</a></p>
${ps(intro)}
<h2 id="experience">${h[0]}</h2>
<h3 id="staff-engineer-tidewater-freight-systems">${h[1]}</h3>
${ps(job1)}
<ul>
${lis(job1List)}
</ul>
<h3 id="backend-developer-kellagh-transit-data">${h[2]}</h3>
${ps(job2)}
<ul>
${lis(job2List)}
</ul>
<h2 id="open-source">${h[3]}</h2>
${ps(oss)}
<h2 id="skills">${h[4]}</h2>
<ul>
${lis(skills)}
</ul>
<h2 id="education">${h[5]}</h2>
<ul>
${lis(edu)}
</ul>
<p><a href="/projects/">See my projects →</a></p>
</div><a class="u-url" href="/resume/" hidden></a></article>
</div></main>
<footer class="site-footer h-card"><data class="u-url" href="/"></data>
<div class="wrapper"><h2 class="footer-heading">Tamsin Orrell</h2>
<div class="footer-col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list"><li class="p-name">Tamsin Orrell</li>
<li><a class="u-email" href="mailto:tamsin@orrell.example">${social[2]}</a></li></ul></div>
<div class="footer-col footer-col-2"><ul class="social-media-list">
<li><a href="https://github.com/torrellq"><svg class="svg-icon"><use xlink:href="/assets/minima-social-icons.svg#github"></use></svg>
<span class="username">${social[0]}</span></a></li>
<li><a href="https://www.linkedin.example/in/tamsin-orrell"><svg class="svg-icon"><use xlink:href="/assets/minima-social-icons.svg#linkedin"></use></svg>
<span class="username">${social[1]}</span></a></li></ul></div>
<div class="footer-col footer-col-3"><p>Backend developer in Port Ellery. Go, PostgreSQL and timetables. Views are my own.</p></div>
</div></div></footer>
</body></html>`;
const jekyll: TestPage = {
  name: 'heldout449-jekyll-minima-blog',
  kind: 'blog',
  html,
  title,
  headings: h,
  body: texts([...intro, ...job1, ...job1List, ...job2, ...job2List, ...oss, ...skills, ...edu]),
  bylines: ['Last updated: 14 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tamsin Orrell', ...nav.slice(0, 3), 'Download as PDF (88 KB)', 'See my projects →', ...social,
    'Backend developer in Port Ellery. Go, PostgreSQL and timetables. Views are my own.',
  ],
};

export const HELDOUT449_A: readonly TestPage[] = [jekyll, wowchemy];
