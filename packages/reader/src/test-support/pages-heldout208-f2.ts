import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 208, file f2: a Built In company feature (builtin.com/articles, the Drupal site: the header nav with "For
 * Employers", "Join" and "Log In", the category link, title and dek, "Written by" and "Published on", the hero image with
 * its credit, an intro, one h2 section per company with the company card (industry, location, size, "View Profile", "View
 * Jobs") and the employee card before Q&A answers under h3 questions, the closing edit note, the "Recruit With Us" box,
 * tags, the "Explore Job Matches" newsletter form, related articles and the footer).
 */
const biTitle = 'At These 2 Chicago Tech Companies, New Engineers Ship Code in Their First Week';
const biDek = 'Engineering leaders at Brightwater Health and Lakeshore Ledger explain how they get new hires contributing from day one.';
const biIntro = [
  'Most engineers remember their first week at a new job as a blur of laptop setup, access requests and reading documentation ' +
    'that was out of date. At some Chicago tech companies, the first week looks very different.',
  'Built In spoke with engineering leaders at two local companies where new hires push a real change to production within ' +
    'days of starting, and asked how they make that safe, and why it matters.',
  'Both say the practice started as an experiment and became a selling point. Candidates now ask about it in interviews, and ' +
    'engineers who joined under the old approach say they wish it had existed when they started.',
];
type Company = { name: string; card: string[]; blurb: string; person: string; role: string; qa: [string, string][] };
const biCos: Company[] = [
  {
    name: 'Brightwater Health',
    card: ['Healthtech • Software', 'Chicago, IL', '280 Employees'],
    blurb: 'Brightwater Health builds scheduling and care coordination software for home health agencies.',
    person: 'Jordan Pike',
    role: 'Staff Software Engineer',
    qa: [
      [
        'What does a new engineer’s first week look like?',
        'On day one they pair with their onboarding buddy to set up their machine from a single script, which takes about forty ' +
          'minutes. By Wednesday they pick a small ticket we have tagged for new starters, usually a copy change or a small bug, ' +
          'and on Friday they deploy it themselves with their buddy watching.',
      ],
      [
        'Why is shipping early so important to your team?',
        'Deploying something real is the fastest way to learn our pipeline, our review culture and our on-call tooling. It also ' +
          'tells new people that we trust them. Our six-month retention for engineers has been 100 percent for two years.',
      ],
    ],
  },
  {
    name: 'Lakeshore Ledger',
    card: ['Fintech • Payments', 'Chicago, IL', '95 Employees'],
    blurb: 'Lakeshore Ledger provides accounts payable automation for mid-sized manufacturers.',
    person: 'Renée Castillo',
    role: 'Director of Engineering',
    qa: [
      [
        'How do you keep early deploys safe in a payments product?',
        'Every change ships behind a feature flag, and new starters begin in our internal tools, where a mistake affects our own ' +
          'team rather than a customer’s money. We also keep a written list of starter projects that each team updates monthly.',
      ],
      [
        'What advice would you give a company trying this?',
        'Start by timing how long it takes a new engineer to get a working development environment. If the answer is more than ' +
          'a day, fix that first. Everything else depends on it.',
      ],
    ],
  },
];
const biNote = 'Responses have been edited for length and clarity. Images via listed companies and Shutterstock.';
const biNav = ['Jobs', 'Companies', 'Articles', 'Salaries', 'Best Places To Work', 'Tech Hubs'];
const biRecruit = ['Great Companies Need Great People. That’s Where We Come In.', 'Recruit With Us'];
const biTags = ['Built In Chicago', 'Company Culture', 'Engineering', 'Onboarding'];
const biNews = ['Explore Job Matches.', 'Job Title or Keyword', 'Location', 'See Jobs'];
const biRelated = [
  'What Does a Staff Engineer Actually Do?',
  '17 Chicago Tech Companies With Four-Day Weeks',
  'How to Negotiate Your Tech Salary: 8 Tips From Recruiters',
];
const biFoot = [
  'About',
  'Our Story',
  'Careers',
  'Our Staff Writers',
  'Content Descriptions',
  'Get Involved',
  'Recruit With Built In',
  'Become an Expert Contributor',
  'Terms of Use',
  'Privacy Policy',
  'CA Notice of Collection',
  'Accessibility Statement',
];
const biCoBlock = (c: Company): string => `<h2 id="${c.name.toLowerCase().replace(/ /g, '-')}">${c.name}</h2>
<div class="company-card" data-nid="${c.name.length}0412">
<img class="company-logo" alt="${c.name} logo" src="https://cdn.builtin.example/cdn-cgi/image/logo.png">
<div class="company-card-info"><a class="company-card-title font-barlow fw-bold" href="/company/${c.name.length}">${c.name}</a>
${c.card.map((t) => `<span class="company-card-meta">${t}</span>`).join('')}</div><div class="company-card-links"><a class="btn btn-outline-primary"
href="/company/${c.name.length}">View Profile</a><a class="btn btn-primary" href="/company/${c.name.length}/jobs">View Jobs</a></div></div>
<p>${c.blurb}</p>
<div class="employee-card"><img alt="${c.person}" src="https://cdn.builtin.example/people/${c.person.length}.jpg"><div>
<p class="employee-name fw-bold">${c.person}</p>
<p class="employee-title">${c.role}</p></div></div>
${c.qa.map(([q, a]) => `<h3>${q}</h3>\n<p>${a}</p>`).join('\n')}`;
const biHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>At These 2 Chicago Tech Companies, New Engineers Ship Code in Their First Week | Built In Chicago</title>
<meta name="description" content="${biDek}"><meta property="og:type" content="article"><meta property="og:title" content="${biTitle}">
<meta property="article:published_time" content="2025-11-06T15:00:00-06:00">
<link rel="canonical" href="https://www.builtinchicago.org/articles/engineers-ship-code-first-week">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${biTitle}",
"datePublished":"2025-11-06T15:00:00-06:00",
"author":{"@type":"Person","name":"Olivia Brandt"},"publisher":{"@type":"Organization","name":"Built In"}}]}</script>
<link rel="stylesheet" media="all" href="/sites/www.builtinchicago.org/files/css/css_d91aK2.css"></head>
<body class="path-node page-node-type-article"><a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<header class="header-v2"><nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/"><img src="/logo-chicago.svg" alt="Built In Chicago"></a>
<ul class="navbar-nav">${links(biNav, 'nav-item')}</ul><div class="header-actions">
<a class="btn btn-link" href="https://employers.builtin.example">For Employers</a>
<a class="btn btn-primary" href="/auth/signup">Join</a><a class="btn btn-outline-primary" href="/auth/login">Log In</a></div></nav></header>
<main id="main-content" class="container"><div class="article-container"><article role="article" class="node node--type-article">
<div class="field--name-field-category"><a href="/articles/company-culture">Company Culture</a></div>
<h1 class="field--name-title font-barlow fw-extrabold">${biTitle}</h1><div class="field--name-field-subtitle"><p>${biDek}</p></div>
<div class="article-author-block"><img src="https://cdn.builtin.example/people/olivia-brandt.jpg" alt=""><div><span class="written-by">Written by</span>
<a class="author-name" href="/authors/olivia-brandt">Olivia Brandt</a></div><div class="article-date"><span>Published on Nov. 06, 2025</span></div></div>
<figure class="article-hero"><img src="https://cdn.builtin.example/sites/www.builtin.com/files/2025-11/first-week.jpg" alt="">
<figcaption class="image-credit">Image: Shutterstock / Built In</figcaption></figure>
<div class="field--name-body article-content">
${biIntro.map((p) => `<p>${p}</p>`).join('\n')}
${biCos.map(biCoBlock).join('\n')}
<p><em>${biNote}</em></p></div>
<div class="recruit-with-us"><p class="fw-bold">${biRecruit[0]}</p>
<a class="btn btn-primary" href="https://employers.builtin.example/membership">${biRecruit[1]}</a></div>
<div class="article-tags">${biTags.map((t) => `<a class="tag" href="/tags/${t.length}">${t}</a>`).join('')}</div></article>
<aside class="article-sidebar"><div class="job-matches-form"><h2>${biNews[0]}</h2><form><label>${biNews[1]}</label><input type="text">
<label>${biNews[2]}</label>
<input type="text"><button type="submit">${biNews[3]}</button></form></div></aside></div>
<section class="related-articles"><h2>Recent Company Culture Articles</h2>${biRelated
  .map(
    (t) => `<a href="/articles/${t.length}"><h3>${t}</h3>
</a>`,
  )
  .join('\n')}</section></main>
<footer class="footer-v2"><ul class="footer-links">${links(biFoot, 'footer-link')}</ul><p>© Built In 2025</p></footer>
<script src="/sites/www.builtinchicago.org/files/js/js_Qm2x9a.js"></script></body></html>`;
export const builtInFeature: TestPage = {
  html: biHtml,
  name: 'heldout208-builtin-company-feature',
  kind: 'news',
  // the dek, company blurbs and answers and the closing edit note are body; company names (h2) and questions (h3) are
  // headings; the employee name and title cards are bylines, as are "Written by", the author and the date; the company
  // cards, the image credit, the "Recruit With Us" box, tags, the job-match form, related articles and footer are furniture
  title: biTitle,
  headings: biCos.flatMap((c) => [c.name, ...c.qa.map(([q]) => q)]),
  body: texts([biDek, ...biIntro, ...biCos.flatMap((c) => [c.blurb, ...c.qa.map(([, a]) => a)]), biNote]),
  bylines: ['Written by', 'Olivia Brandt', 'Published on Nov. 06, 2025', ...biCos.flatMap((c) => [c.person, c.role])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...biNav, 'For Employers', 'Join', 'Log In', 'Company Culture', 'Image: Shutterstock / Built In',
    ...biCos.flatMap((c) => c.card), 'View Profile', 'View Jobs', ...biRecruit, 'Built In Chicago', 'Engineering', 'Onboarding', ...biNews,
    'Recent Company Culture Articles', ...biRelated, ...biFoot, '© Built In 2025',
  ],
};
