import { links, ps, type TestPage, texts } from './page-kit.js';
import { uniT4 } from './pages-heldout291-e2.js';
import { lis } from './pages-heldout291-kit.js';

/**
 * Held-out batch 291, file e: a careers blog post on a company site built with Webflow (data-wf-page / data-wf-site attributes,
 * w-nav navbar with its menu button, the collection-item template with category pill, author block and reading time, a w-richtext
 * body with h2 sections, a list and a blockquote, a figure caption, an "Open roles" call-to-action, "More from the team" collection
 * list, a newsletter form with its w-form-done / w-form-fail messages and the footer) and, from file e2, a university media statement.
 */
const cTitle = 'What your first ninety days look like as a support engineer at Kitewell';
const cIntro = [
  `Joining a new company is a lot like starting a new school year: you know roughly what to expect, but every hallway is unfamiliar.
We asked four engineers who joined our customer support engineering team in the past year what actually happened in their first
three months, and turned their answers into this guide.`,
];
const cH1 = 'Weeks one and two: shadowing';
const cP1 = [
  `Nobody answers a customer ticket alone in their first fortnight. New engineers sit in on calls with a buddy, read through past
escalations, and set up a sandbox copy of the Kitewell scheduling platform that they are free to break.`,
  `"I expected a firehose of documentation," said Oyelaran Besse, who joined from a hosting company. "What I got was a person who
walked me through the ten tickets that taught them the most. That was worth more than any wiki."`,
];
const cH2 = 'The first month: your own queue';
const cP2 = ['By the end of week four, most new engineers are handling a small queue of their own. Tickets are chosen so that each one teaches something:'];
const cList = [
  'a calendar-sync problem, to learn how our integrations work;',
  'a billing question, to meet the finance team;',
  'a bug report that turns out to be a real bug, to file your first issue with the product engineers.',
];
const cH3 = 'Day ninety: a project of your own';
const cP3 = [
  `Everyone finishes their first quarter by shipping something small that makes support better: a saved reply, a diagnostic script,
a fix to a confusing help article. Last autumn Tamsin Reyes rewrote our time-zone troubleshooting guide, and tickets on that topic
fell by a third within a month.`,
  `We are a remote-first team spread across eleven time zones, so a lot of this happens in writing. If you like explaining things
clearly and you enjoy the moment when a customer's problem finally makes sense, we would love to hear from you.`,
];
const cQuote = 'The best onboarding I have had was the one where I was allowed to be slow for a while.';
const cNav = ['Product', 'Pricing', 'Customers', 'Careers', 'Blog'];
const cMore = ['How we run on-call without burning out', 'A day in the life of a solutions architect', 'Our hiring process, step by step'];
const cFoot = ['About', 'Press', 'Security', 'Status', 'Privacy', 'Terms'];
const cHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 03 2026 10:12:44 GMT+0000 -->
<html data-wf-domain="www.kitewell.example" data-wf-page="65f1c2a9e4b07d3a1c8e12f4" data-wf-site="65f1c2a9e4b07d3a1c8e11b0"
data-wf-collection="65f1c2a9e4b07d3a1c8e1302" data-wf-item-slug="first-ninety-days-support-engineer" lang="en"><head><meta charset="utf-8">
<title>${cTitle} | Kitewell Careers</title><meta content="Four support engineers describe their first three months at Kitewell." name="description">
<meta content="${cTitle}" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.example/65f1c2a9e4b07d3a1c8e11b0/css/kitewell.webflow.shared.4e1c9a.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${cTitle}",
"author":{"@type":"Person","name":"Hollis Marchetti"}}</script>
</head><body><div data-animation="default" data-collapse="medium" data-duration="400" role="banner" class="navbar w-nav">
<div class="container w-container"><a href="/" aria-current="page" class="brand w-nav-brand">Kitewell</a><nav role="navigation" class="nav-menu w-nav-menu">
${cNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
<a href="/signup" class="button-nav w-button">Start free trial</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div>
</div>
<div class="section-blog-post"><div class="container-narrow w-container"><a href="/careers/blog" class="back-link">← All careers stories</a>
<div class="category-pill">Life at Kitewell</div><h1 class="heading-post">${cTitle}</h1>
<div class="author-block"><img src="https://cdn.prod.website-files.example/65f1c2a9/hollis.jpg" loading="lazy" alt="" class="author-avatar">
<div class="author-text"><div class="author-name">Hollis Marchetti</div><div class="author-role">Support Engineering Manager</div></div>
<div class="post-date">March 3, 2026</div><div class="read-time">6 min read</div></div>
<div class="post-hero"><img src="https://cdn.prod.website-files.example/65f1c2a9/team-offsite.jpg" loading="lazy" alt="The support team at an offsite"
class="post-hero-image"><div class="caption-text">The support engineering team at our autumn offsite in Lisbon.</div></div>
<div class="rich-text-post w-richtext">${ps(cIntro)}
<h2>${cH1}</h2>
${ps(cP1)}
<h2>${cH2}</h2>
${ps(cP2)}
<ul role="list">${lis(cList)}</ul>
<blockquote>${cQuote}</blockquote>
<h2>${cH3}</h2>
${ps(cP3)}
</div>
<div class="cta-roles"><h3 class="cta-heading">We're hiring support engineers</h3><p class="cta-text">See open roles in Europe and the Americas.</p>
<a href="/careers#roles" class="button w-button">View open roles</a></div></div></div>
<div class="section-more"><div class="container w-container"><h2 class="heading-more">More from the team</h2><div class="w-dyn-list"><div role="list"
class="collection-list w-dyn-items">${cMore
  .map(
    (t) => `<div role="listitem" class="w-dyn-item">
<a href="/careers/blog/x" class="more-card">${t}</a></div>`,
  )
  .join('\n')}
</div></div></div></div>
<div class="section-newsletter"><div class="w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get">
<label for="email">Get new careers stories by email</label><input class="w-input" maxlength="256" name="email" placeholder="you@company.com" type="email">
<input type="submit" data-wait="Please wait..." class="w-button" value="Subscribe"></form><div class="w-form-done" tabindex="-1" role="region">
<div>Thank you! Your submission has been received!</div></div><div class="w-form-fail" tabindex="-1" role="region">
<div>Oops! Something went wrong while submitting the form.</div></div></div></div>
<footer class="footer"><div class="w-container"><div class="footer-links">${links(cFoot)}</div><div class="footer-copy">© 2026 Kitewell Ltd.</div></div>
</footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65f1c2a9e4b07d3a1c8e11b0/js/webflow.7d1c.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout291-webflow-careers-blog-post',
  kind: 'blog',
  html: cHtml,
  title: cTitle,
  headings: [cH1, cH2, cH3],
  body: texts([...cIntro, ...cP1, ...cP2, ...cList, cQuote, ...cP3]),
  bylines: ['Hollis Marchetti', 'Support Engineering Manager', 'March 3, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cNav, 'Start free trial', '← All careers stories', 'Life at Kitewell', 'The support engineering team at our autumn offsite in Lisbon.',
    "We're hiring support engineers", 'See open roles in Europe and the Americas.', 'View open roles', 'More from the team', ...cMore,
    'Get new careers stories by email', 'Thank you! Your submission has been received!', 'Oops! Something went wrong while submitting the form.',
    ...cFoot, '© 2026 Kitewell Ltd.',
  ],
};

export const HELDOUT291_E: readonly TestPage[] = [webflow, uniT4];
