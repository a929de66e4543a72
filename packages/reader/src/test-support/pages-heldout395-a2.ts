import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout395-kit.js';

/** Held-out batch 395, file a2: a Webflow leadership team grid (described in file a's doc comment). */
const wTitle = 'The people leading Lumenfold';
const wIntro = [
  j(
    'Lumenfold builds scheduling software for community health clinics. Our leadership team has run clinics, written',
    'compilers and sat on hospital boards, and every one of them still takes a support shift each quarter.',
  ),
];
type Member = readonly [name: string, role: string, bio: string];
const wExec: readonly Member[] = [
  [
    'Odile Farran',
    'Co-founder and Chief Executive Officer',
    j(
      'Odile ran the intake desk of a rural clinic in Carrow County for six years before starting Lumenfold. She leads strategy and',
      'spends most Fridays on calls with clinic managers.',
    ),
  ],
  [
    'Tomasz Reyland',
    'Co-founder and Chief Technology Officer',
    j(
      'Tomasz wrote the first version of the Lumenfold scheduler on a borrowed laptop. Before that he worked on database engines',
      'for twelve years and still reviews every schema change.',
    ),
  ],
  [
    'Priya Vandermeer',
    'Chief Operating Officer',
    j(
      'Priya joined from a regional hospital network where she ran patient access for eleven sites. She oversees support,',
      'onboarding and our implementation partners.',
    ),
  ],
  [
    'Kwame Ellory',
    'Chief Financial Officer',
    j(
      'Kwame has led finance at two software companies through their first audits. He is a trustee of a youth football charity',
      'and a reluctant marathon runner.',
    ),
  ],
];
const wOps: readonly Member[] = [
  [
    'Ines Carvalho-Stroud',
    'VP, Clinical Affairs',
    j('A nurse practitioner by training, Ines makes sure every feature is tested with clinic staff before it ships. She chairs our', 'patient safety review.'),
  ],
  [
    'Lars Whitcombe',
    'VP, Engineering',
    j(
      'Lars manages our five product teams and the on-call rota. He previously built payment systems and is happiest when an',
      'outage report is short and boring.',
    ),
  ],
  [
    'Marisol Deane',
    'VP, People',
    j(
      'Marisol built the hiring process that now brings in most of our engineers from clinic and public health backgrounds.',
      'She also runs our mentoring scheme.',
    ),
  ],
];
const wClose = [
  j(
    'Lumenfold is advised by a clinical board of six practising clinicians, who meet with the leadership team every quarter and',
    'can block any release they believe puts patients at risk.',
  ),
  j(
    'Our board of directors includes both co-founders, two investors and one independent director elected by our customers, a',
    'seat we created in 2024 so that the clinics who rely on us have a direct voice in how the company is run.',
  ),
];
const wNav = ['Product', 'Customers', 'Pricing', 'Company', 'Careers'];
const wFoot = ['About', 'Leadership', 'Press', 'Security', 'Status', 'Privacy', 'Terms'];
const wCard = ([name, role, bio]: Member): string => `<div role="listitem" class="team-card w-dyn-item">
<img src="https://cdn.prod.website-files.example/65f0c1/${name.split(' ')[0]?.toLowerCase() ?? 'x'}.webp" loading="lazy" alt="" class="team-photo">
<div class="team-card-body"><h3 class="team-name">${name}</h3><div class="team-role">${role}</div><p class="team-bio">${bio}</p>
<a href="https://www.linkedin.example/in/${name.toLowerCase().replace(/ /g, '-')}" target="_blank" class="team-social w-inline-block">
<div class="sr-only">LinkedIn profile</div></a></div></div>`;
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 10 2026 09:14:22 GMT+0000 -->
<html data-wf-domain="www.lumenfold.example" data-wf-page="65f0c1a2b3d4e5f601234567" data-wf-site="65f0c1a2b3d4e5f600abcdef" lang="en"><head>
<meta charset="utf-8"><title>Leadership | Lumenfold</title><meta content="Meet the team leading Lumenfold." name="description">
<meta content="Leadership | Lumenfold" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://cdn.prod.website-files.example/65f0c1/css/lumenfold.webflow.shared.css" rel="stylesheet"
type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Lumenfold",
"url":"https://www.lumenfold.example"}</script></head>
<body><div data-animation="default" class="navbar w-nav" data-easing2="ease" data-easing="ease" data-collapse="medium" role="banner" data-duration="400">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img
src="https://cdn.prod.website-files.example/65f0c1/logo.svg"
loading="lazy" alt="Lumenfold"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/demo" class="button nav-button w-button">Book a demo</a></nav><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-small"><div class="container w-container"><div class="eyebrow">Company</div>
<h1 class="heading-xl">${wTitle}</h1>${ps(wIntro, ' class="lead"')}</div></section>
<section class="section"><div class="container w-container"><h2 class="section-heading">Executive team</h2>
<div class="w-dyn-list"><div role="list" class="team-grid w-dyn-items">${wExec.map(wCard).join('\n')}</div></div>
<h2 class="section-heading">Operating leadership</h2>
<div class="w-dyn-list"><div role="list" class="team-grid w-dyn-items">${wOps.map(wCard).join('\n')}</div></div>
${ps(wClose, ' class="paragraph-muted"')}</div></section>
<section class="section cta-section"><div class="container w-container"><h2 class="cta-heading">Want to build this with us?</h2>
<a href="/careers" class="button w-button">See open roles</a></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-brand">
<p class="footer-tagline">Scheduling for the clinics that hold communities together.</p></div>
<ul role="list" class="footer-links w-list-unstyled">${links(wFoot, 'footer-link-item')}</ul></div>
<div class="footer-legal">© 2026 Lumenfold, Inc.</div></div></footer>
<div class="cookie-banner" fs-cc="banner"><div class="cookie-text">We use essential cookies and, with your consent, analytics.</div>
<a fs-cc="allow" href="#" class="cookie-button w-button">Allow all</a><a fs-cc="deny" href="#" class="cookie-button-secondary w-button">Essential only</a></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65f0c1/js/webflow.js" type="text/javascript"></script></body></html>`;
export const webflow: TestPage = {
  name: 'heldout395-webflow-leadership',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Executive team', ...wExec.map((m) => m[0]), 'Operating leadership', ...wOps.map((m) => m[0])],
  body: texts([...wIntro, ...[...wExec, ...wOps].flatMap((m) => [m[1], m[2]]), ...wClose]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Book a demo', 'LinkedIn profile', 'Want to build this with us?', 'See open roles', 'Scheduling for the clinics that hold communities together.',
    ...wFoot, '© 2026 Lumenfold, Inc.', 'We use essential cookies and, with your consent, analytics.', 'Allow all', 'Essential only',
  ],
};
