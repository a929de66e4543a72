import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout246-kit.js';
import { explorer } from './pages-heldout246-c2.js';

/**
 * Held-out batch 246, file c: a savings app's blog post built on Webflow (w-nav navbar with dropdown, category pill, author
 * block with date and read time, rich-text body, table-of-contents sidebar, app download CTA, newsletter w-form with its hidden
 * success and error messages, "Keep reading" collection list, footer with legal disclosure, Finsweet cookie banner) and, from
 * file c2, a blockchain explorer's transaction page.
 */
const wTitle = 'Round-ups or scheduled transfers: which saving habit actually sticks?';
const wA = [
  j(
    'Ask ten people how they save and you will hear two broad answers. Some let small amounts trickle away automatically, rounding up',
    'every card payment to the next pound. Others pick a day, usually payday, and move a fixed sum out of reach.',
  ),
  j(
    'We looked at eighteen months of anonymised data from Loftly members who used one method, the other, or both, to see which habit',
    'survives the first few months. The answer is more interesting than a simple winner.',
  ),
];
const wH1 = 'Round-ups feel painless, and that is the point';
const wB = [
  j(
    'Round-ups work because you never decide to save. The average member saved \u00a323 a month this way, and 71% of people who switched',
    'round-ups on still had them on a year later.',
  ),
  j(
    'The catch is size. Because the amounts track your spending rather than your goals, round-ups rarely build a deposit or an emergency',
    'fund on their own.',
  ),
];
const wH2 = 'Scheduled transfers build bigger pots, if they survive';
const wC = [
  j(
    'Members with a fixed monthly transfer saved \u00a3118 a month on average, five times as much. But a third of them paused or',
    'cancelled the transfer within six months, most often in a month with an unexpected bill.',
  ),
  'The people whose transfers lasted tended to have three things in common:',
];
const wList = [
  'the transfer left on the same day their salary arrived, not a week later;',
  'the amount was under 10% of their take-home pay at the start;',
  'they had named the pot after a specific goal rather than \u201csavings\u201d.',
];
const wH3 = 'Using both';
const wD = [
  j(
    'The members who did best used both: round-ups as a background habit, and a modest scheduled transfer they raised by a small step',
    'every few months. Their combined saving averaged \u00a3164 a month, and their cancellation rate was the lowest of any group.',
  ),
  j(
    'If you are starting from nothing, switch on round-ups this week and set a scheduled transfer you would not notice. Then revisit the',
    'amount at your next pay rise.',
  ),
];
const wNav = ['Personal', 'Business', 'Pricing', 'Blog', 'Help'];
const wToc = [wH1, wH2, wH3];
const wMore = ['What an emergency fund is really for', 'Five questions to ask before you open an ISA', 'How Loftly keeps your money safe'];
const wFoot = ['About us', 'Careers', 'Press', 'Complaints', 'Privacy policy', 'Cookie policy', 'Terms & conditions'];
const wLegal = j(
  'Loftly is a trading name of Loftly Money Ltd, an electronic money institution authorised by the Financial Conduct Authority.',
  'Savings pots are not covered by the Financial Services Compensation Scheme.',
);
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 10 2026 11:04:27 GMT+0000 -->
<html data-wf-domain="www.loftly.example" data-wf-page="65a1f0c2e8b7d4a9c1e3f522" data-wf-site="65a1f0c2e8b7d4a9c1e3f4d0"
data-wf-collection="65a1f0c2e8b7d4a9c1e3f57a" data-wf-item-slug="round-ups-or-scheduled-transfers" lang="en"><head><meta charset="utf-8"/>
<title>${wTitle} | Loftly</title><meta content="We compared eighteen months of saving habits." name="description"/>
<meta content="${wTitle}" property="og:title"/><meta property="og:type" content="website"/><meta content="Webflow" name="generator"/>
<link href="https://cdn.prod.website-files.example/65a1f0c2/css/loftly.webflow.4e1c2.min.css" rel="stylesheet" type="text/css"/>
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}
(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","author":{"@type":"Person",
"name":"Priya Castellane"},"datePublished":"2026-03-10"}</script>
<script async src="https://cdn.jsdelivr.example/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.example/logo.svg" alt="Loftly logo"/></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav.map((n) => `<a href="/${n.toLowerCase()}" class="nav-link w-nav-link">${n}</a>`).join('')}
<div data-hover="true" data-delay="0" class="dropdown w-dropdown"><div class="dropdown-toggle w-dropdown-toggle"><div class="w-icon-dropdown-toggle"></div>
<div>Company</div></div><nav class="dropdown-list w-dropdown-list"><a href="/about" class="dropdown-link w-dropdown-link">Our story</a>
<a href="/security" class="dropdown-link w-dropdown-link">Security</a></nav></div></nav>
<a href="/download" class="button-primary nav-button w-button">Get the app</a><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div>
</div></div></div>
<section class="section-blog-hero"><div class="container-large"><div class="blog-hero-wrapper">
<a href="/blog-categories/saving" class="category-pill w-inline-block">
<div>Saving</div></a><h1 class="heading-blog-post">${wTitle}</h1><div class="author-row"><img src="https://cdn.prod.website-files.example/pc.jpg"
loading="lazy" alt="" class="author-avatar"/><div class="author-meta"><div class="author-name">Priya Castellane</div><div class="post-meta-row">
<div class="post-date">March 10, 2026</div><div class="meta-dot">•</div><div class="read-time">6 min read</div></div></div></div>
<img src="https://cdn.prod.website-files.example/hero-jars.jpg" loading="eager" sizes="100vw" alt="Jars of coins on a shelf" class="blog-hero-image"/>
</div></div></section>
<section class="section-blog-body"><div class="container-large blog-grid w-layout-grid"><div id="w-node-_3f2a-blog" class="blog-sidebar">
<div class="toc-title">In this article</div><div class="toc-list">${wToc.map((t) => `<a href="#" class="toc-link w-inline-block"><div>${t}</div></a>`).join('')}
</div><div class="sidebar-cta"><div class="sidebar-cta-heading">Save on autopilot</div><p class="sidebar-cta-text">Round-ups and pots, free on every plan.
</p><a href="/download" class="button-primary w-button">Download Loftly</a></div></div>
<div class="blog-content"><div fs-toc-element="contents" class="blog-rich-text w-richtext">
${ps(wA)}
<h2>${wH1}</h2>
${ps(wB)}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.example/chart.png" loading="lazy"
alt="Bar chart of monthly saving by method"/></div><figcaption>Average monthly saving by method, Loftly members, 2024-2025.</figcaption></figure>
<h2>${wH2}</h2>
${ps(wC)}
<ul role="list">${lis(wList)}</ul>
<h2>${wH3}</h2>
${ps(wD)}
</div><div class="share-row"><div class="share-label">Share this article</div><a href="#" class="share-icon w-inline-block"><div>LinkedIn</div></a>
<a href="#" class="share-icon w-inline-block"><div>WhatsApp</div></a>
<a href="#" class="share-icon w-inline-block"><div>Copy link</div></a></div></div></div></section>
<section class="section-newsletter"><div class="container-small"><h2 class="heading-newsletter">Money tips, once a month</h2><div class="w-form">
<form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get"><input class="text-field w-input" maxlength="256"
name="email" placeholder="you@example.com" type="email" required=""/><input type="submit" data-wait="Please wait..." class="button-primary w-button"
value="Subscribe"/></form><div class="w-form-done" tabindex="-1" role="region"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<section class="section-more-posts"><div class="container-large"><h2>Keep reading</h2><div class="w-dyn-list"><div role="list" class="w-dyn-items">
${wMore.map((t) => `<div role="listitem" class="w-dyn-item"><a href="#" class="post-card"><h3>${t}</h3></a></div>`).join('\n')}
</div></div></div></section>
<footer class="footer"><div class="container-large"><div class="footer-links">${wFoot
  .map((f) => `<a href="#" class="footer-link">${f.replace(/&/g, '&amp;')}</a>`)
  .join('')}</div><p class="footer-legal">${wLegal}</p><div class="footer-copyright">© 2026 Loftly Money Ltd</div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking \u201cAccept\u201d, you
agree to the storing of cookies on your device to enhance site navigation and analyse site usage.</div><div class="fs-cc-banner_buttons-wrapper">
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#" class="fs-cc-banner_button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button">Accept</a></div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65a1f0c2/js/webflow.8c1b2.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout246-webflow-fintech-app-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wH1, wH2, wH3],
  body: texts([...wA, ...wB, ...wC, ...wList, ...wD]),
  bylines: ['Priya Castellane', 'March 10, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Company', 'Our story', 'Security', 'Get the app', 'Saving', 'In this article', 'Save on autopilot', 'Round-ups and pots, free on every plan.',
    'Download Loftly', 'Average monthly saving by method, Loftly members, 2024-2025.', 'Share this article', 'LinkedIn', 'WhatsApp', 'Copy link',
    'Money tips, once a month', 'Thank you! Your submission has been received!', 'Oops! Something went wrong while submitting the form.',
    'Keep reading', ...wMore, ...wFoot, wLegal, '© 2026 Loftly Money Ltd',
    'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation and analyse site usage.', 'Preferences',
    'Deny', 'Accept',
  ],
};

export const HELDOUT246_C: readonly TestPage[] = [webflow, explorer];
