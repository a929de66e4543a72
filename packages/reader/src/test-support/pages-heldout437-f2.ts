import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout437-kit.js';

/**
 * Held-out batch 437, file f2: an employee story on a pharma company's Phenom career site (ph-header with the job search bar,
 * the blog-detail widget with category, author, date and reading time, share icons, a pull quote, an "At a glance" fact box, the
 * "Jobs you may be interested in" widget, more stories, the talent community sign-up, the ph-footer and the cookie consent).
 */
const pTitle = 'From the bench to the bedside: Amara’s move into clinical operations';
const pBody = [
  j(
    'Amara Nwosu spent seven years as a bench scientist in our biologics group, running cell-based potency assays and, in her words,',
    '“knowing far more about CHO cells than about patients.” Today she leads a team of clinical trial managers running three of our',
    'late-stage immunology studies across 14 countries.',
  ),
  'We asked her how the switch happened and what she would tell colleagues thinking about a similar move.',
  j(
    'It started with a site visit. Our assay group was supporting a Phase 2 study, and I was invited to a hospital in Porto to see how',
    'samples were collected. I met a patient who had travelled two hours for every visit. That day changed how I thought about my work:',
    'every assay I ran ended with someone like her.',
  ),
  j(
    'A few months later I saw an internal posting for a clinical trial associate role. It felt like a step back in seniority, and I was',
    'nervous about leaving something I was good at. My manager encouraged me to apply anyway.',
  ),
  j(
    'The company has a formal internal mobility programme, which meant I could do a three-month rotation before committing. I shadowed a',
    'trial manager, joined monitoring visits and sat in on the vendor meetings. By the end I knew this was the work I wanted to do.',
  ),
  'What surprised me most was how much of my lab experience was useful. In particular:',
  'Reading a protocol critically, because I had spent years writing assay methods and knew where ambiguity causes problems.',
  'Understanding why sample handling windows matter, which helps me explain them to site staff.',
  'Comfort with data, which makes it easier to spot enrolment and quality trends early.',
  '“Nobody expected me to know everything on day one. They expected me to ask good questions, and the lab had trained me to do exactly that.”',
  j(
    'Now I spend most of my time with sites and with our partners at contract research organisations. The pace is different from the',
    'lab. Things change every day, and you have to be comfortable making decisions with incomplete information.',
  ),
  j(
    'Do the rotation if you can, and talk to people in the role before you apply. Be honest with yourself about whether you enjoy working',
    'with many people at once, because clinical operations is a team sport. And do not underestimate what you already bring.',
  ),
];
const pQuote = 9;
const pNav = ['Search Jobs', 'Life at Corvell', 'Teams', 'Students & Graduates', 'Stories'];
const pJobs = ['Clinical Trial Manager, Immunology', 'Senior Clinical Research Associate', 'Clinical Operations Lead, Rare Diseases'];
const pMore = ['Meet the team behind our first cell therapy facility', 'Five things I learned in my first year as a graduate statistician'];
const pFoot = ['Privacy', 'Accessibility', 'Candidate Privacy Notice', 'Corvell.example', 'Cookie Settings'];
const pHtml = `<!DOCTYPE html><html lang="en-us" class="desktop"><head><meta charset="UTF-8"><title>${pTitle} | Corvell Careers</title>
<meta name="description" content="How a bench scientist moved into clinical operations at Corvell."><meta property="og:type" content="article">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://cdn.phenompeople.example/CareerConnectResources/CORVUS/css/bundle.css">
<script type="text/javascript">var phApp = phApp || {"widgetApiEndpoint":"https://careers.corvell.example/widgets","country":"us","deviceType":"desktop",
"locale":"en_US","pageName":"blog-detail","refNum":"CORVUS"}; phApp.ddo = {"siteConfig":{"status":200}};</script>
<script
type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting",
"headline":"From the bench to the bedside","datePublished":"2026-02-18"}</script>
</head><body class="ph-page"><div class="ph-page-wrapper"><a class="skip-link" href="#ph-main">Skip to main content</a>
<div data-ph-id="ph-page-element-page1-header" class="ph-header ph-widget" role="banner"><div class="phs-header-container"><a class="ph-logo" href="/us/en"><img
src="https://cdn.phenompeople.example/CareerConnectResources/CORVUS/images/corvell-logo.svg" alt="Corvell careers home"></a>
<nav class="phs-main-nav" aria-label="Main"><ul>${links(pNav, 'phs-nav-item')}</ul></nav>
<div class="phs-header-actions"><a class="phs-saved-jobs" href="#">Saved Jobs (0)</a><button class="phs-lang-select">English</button></div></div>
<div class="ph-job-search-bar"><input type="text" placeholder="Search by job title, keyword or location" aria-label="Search jobs">
<button data-ph-at-id="search-btn"
class="phs-search-btn">Search</button></div></div>
<main id="ph-main"><div data-ph-id="ph-page-element-page1-blogdetail" class="ph-widget blog-detail" data-widget="blogDetail"><div class="blog-detail-wrapper">
<div class="ph-card blog-header"><span class="blog-category" data-ph-at-id="blog-category">Career Growth</span>
<h1 class="blog-title" data-ph-at-id="blog-title">${pTitle}</h1><div class="blog-meta"><span class="blog-author" data-ph-at-id="blog-author">By Corvell
Talent Team</span> <span class="blog-date" data-ph-at-id="blog-date">February 18, 2026</span> <span class="blog-read-time">6 min read</span></div>
<ul class="ph-social-share" aria-label="Share this story"><li><a href="#" aria-label="Share on LinkedIn">LinkedIn</a></li><li><a href="#">Facebook</a></li>
<li><a href="#">Copy link</a></li></ul></div>
<figure class="blog-hero"><img src="https://cdn.phenompeople.example/CareerConnectResources/CORVUS/images/amara-1200.jpg" alt="Amara Nwosu at a clinical site">
<figcaption>Amara Nwosu, Associate Director, Clinical Operations, Basel.</figcaption></figure>
<div class="blog-content" data-ph-at-id="blog-content">
${ps(pBody.slice(0, 2))}
<h2>How did the move happen?</h2>
${ps(pBody.slice(2, 5))}
<aside class="fact-box"><h4>At a glance</h4><p>Internal moves in 2025: 1,140</p><p>Rotation length: up to 3 months</p></aside>
<h2>What skills carried over?</h2>
${ps(pBody.slice(5, 6))}
<ul>${pBody
  .slice(6, pQuote)
  .map((x) => `<li>${x}</li>`)
  .join('\n')}</ul>
<blockquote class="blog-quote"><p>${pBody[pQuote] ?? ''}</p></blockquote>
<h2>What does a typical week look like now?</h2>
${ps(pBody.slice(pQuote + 1, pQuote + 2))}
<h2>What advice would you give?</h2>
${ps(pBody.slice(pQuote + 2))}
</div></div></div>
<section data-ph-id="ph-page-element-page1-jobs" class="ph-widget related-jobs"><h2 class="ph-section-title">Jobs you may be interested in</h2>
<ul class="jobs-list">${pJobs
  .map(
    (t) => `<li class="jobs-list-item"><a class="job-title" href="#"><span>${t}</span></a><span class="job-location">Basel, Switzerland</span>
<span class="job-category">Clinical Development</span></li>`,
  )
  .join('\n')}</ul><a class="view-all" href="#">View all jobs</a></section>
<section class="ph-widget more-stories"><h2 class="ph-section-title">More stories</h2><ul>${links(pMore, 'story-card')}</ul></section>
<section class="ph-widget talent-community"><h2>Join our Talent Community</h2><p>Get updates on roles and stories that match your interests.</p>
<a class="btn primary-button" href="#">Sign Up</a></section></main>
<footer data-ph-id="ph-page-element-page1-footer" class="ph-footer ph-widget"><ul class="footer-links">${links(pFoot)}</ul>
<p class="copyright">© 2026 Corvell AG. Corvell is an equal opportunity employer.</p></footer>
<div class="ph-cookie-popup" role="dialog" aria-live="polite"><p class="ph-cookie-text">We and our partners use cookies to improve your experience and to
personalise job recommendations.</p><button class="ph-accept-cookie">Accept All</button><button class="ph-cookie-settings">Manage Preferences</button></div>
</div><script src="https://cdn.phenompeople.example/CareerConnectResources/common/js/widgets.min.js"></script></body></html>`;
export const phenomStory: TestPage = {
  name: 'heldout437-phenom-careers-story',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: ['How did the move happen?', 'What skills carried over?', 'What does a typical week look like now?', 'What advice would you give?'],
  body: texts(pBody),
  bylines: ['By Corvell Talent Team', 'February 18, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...pNav, 'Saved Jobs (0)', 'English', 'Search', 'Career Growth', 'LinkedIn', 'Facebook', 'Copy link',
    'Amara Nwosu, Associate Director, Clinical Operations, Basel.', 'At a glance', 'Internal moves in 2025: 1,140', 'Rotation length: up to 3 months',
    'Jobs you may be interested in', ...pJobs, 'Basel, Switzerland', 'Clinical Development', 'View all jobs', 'More stories', ...pMore,
    'Join our Talent Community', 'Get updates on roles and stories that match your interests.', 'Sign Up', ...pFoot,
    '© 2026 Corvell AG. Corvell is an equal opportunity employer.',
    'We and our partners use cookies to improve your experience and to personalise job recommendations.', 'Accept All', 'Manage Preferences',
  ],
};
