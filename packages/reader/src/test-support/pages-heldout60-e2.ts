import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 60, file e2: a Heroku Dev Center article (devcenter.heroku.com: the Dev Center navbar with search and
 * log-in, the categories sidebar, the category link over the title, the language switch, "Last updated", the "Table of
 * Contents" box, note and warning paragraphs, Procfile and CLI code blocks, "Keep reading", the feedback box, the footer link
 * columns with the newsletter form, and the cookie consent bar).
 */
const hkTitle = 'Release Phase';
const hkIntro =
  'Release phase lets you run a task, such as a database migration or an upload of static assets to a CDN, after a new release ' +
  'of your app is built but before it’s deployed to your dynos. If the task fails, the new release isn’t deployed and your app ' +
  'keeps running the previous one.';
const hkH1 = 'Defining a release phase task';
const hkDef = [
  'Add a <code>release</code> process type to your app’s <code>Procfile</code>. Its command runs in a one-off dyno every time a ' +
    'new release is created, whether the release comes from a build, a config var change or an add-on change.',
  'The release dyno uses the same slug, config vars and add-on attachments as the release it belongs to, so it can connect to ' +
    'your database with the new code.',
];
const hkNote =
  'The release command runs once per release, not once per dyno. If you need something to happen every time a dyno starts, put ' +
  'it in that process type’s own command instead.';
const hkH2 = 'Release phase failures';
const hkFail = [
  'The release phase counts as failed if the command exits with a non-zero status or runs for longer than one hour. A failed ' +
    'release phase leaves the current release in place and marks the new release as failed in the app’s activity feed.',
  'Your release command should be idempotent. It can run again for the same code when you roll back, retry a failed release, or ' + 'change a config var.',
];
const hkWarn =
  'Don’t run long, irreversible schema changes in the release phase without a plan for failure. If the command times out halfway ' +
  'through a migration, the database may be left in a state that the old code doesn’t expect.';
const hkH3 = 'Viewing release output';
const hkView = [
  'When you deploy with <code>git push heroku main</code>, the release command’s output is streamed after the build output. You ' +
    'can also view it later with the Heroku CLI:',
  'Release phase output is kept for 24 hours after the release is created.',
];
const hkH4 = 'Known limitations';
const hkLimits = [
  'The release dyno can’t read files that the build wrote outside the slug.',
  'Release phase tasks can’t attach to a running web dyno or reach it through the router.',
  'Promoting a release through a pipeline creates a new release in the target app, so the release command runs there again.',
];
const hkNav = ['Get Started', 'Documentation', 'Changelog', 'More'];
// biome-ignore format: the categories are packed several to a line
const hkCats = [
  'Heroku Architecture', 'Developer Tools', 'Deployment', 'Continuous Delivery', 'Language Support', 'Databases & Data Management',
  'Monitoring & Metrics', 'App Performance', 'Add-ons', 'Collaboration', 'Security', 'Heroku Enterprise', 'Patterns & Best Practices',
  'Extending Heroku', 'Accessibility',
];
const hkKeep = ['Deploying with Git', 'Procfile', 'Managing Multiple Environments for an App', 'Preboot'];
// biome-ignore format: the footer columns are packed a line each
const hkFoot = [
  'Information & Support', 'Compliance Center', 'Training & Education', 'Blog', 'Support Channels', 'Status', 'Language Reference', 'Node.js',
  'Ruby', 'Java', 'PHP', 'Python', 'Go', 'Scala', 'Clojure', '.NET', 'Other Resources', 'Careers', 'Elements', 'Products', 'Pricing', 'RSS',
  'Dev Center Articles', 'Dev Center Changelog', 'Heroku Blog', 'Heroku News Blog', 'Heroku Engineering Blog',
];
const hkLegal = ['heroku.com', 'Terms of Service', 'Privacy', 'Cookies', 'Cookie Preferences', 'Your Privacy Choices', '© 2025 Salesforce, Inc.'];
const hkHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hkTitle} | Heroku Dev Center</title>
<meta name="description" content="Run tasks such as database migrations before a new release is deployed.">
<link rel="stylesheet" href="https://devcenter1.assets.heroku.com/assets/application-5a0c7e.css">
<script>window.analytics=window.analytics||[];window.analytics.page("Article",{"slug":"release-phase"});</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"TechArticle","headline":"${hkTitle}","dateModified":"2025-10-21"}</script>
</head><body class="articles show" data-controller="article">
<nav class="navbar navbar-devcenter" role="navigation"><a class="navbar-brand" href="/"><span class="icon-heroku"></span>Heroku Dev Center</a>
<ul class="nav">${links(hkNav, 'nav-item')}</ul>
<form class="navbar-form" action="/search" role="search"><label for="q" class="sr-only">Search Dev Center</label>
<input id="q" name="q" type="search" placeholder="Search Dev Center"><button type="submit">Search</button></form>
<a class="nav-login" href="/login">Log in or Sign up</a></nav>
<div class="container"><div class="row"><aside id="sidebar" class="col-md-3"><h3 class="sidebar-title">Categories</h3>
<ul class="categories">${links(hkCats, 'category')}</ul></aside>
<article class="col-md-9" data-article-id="2912"><p class="category-link"><a href="/categories/deployment">Deployment</a></p>
<h1>${hkTitle}</h1><p class="language-toggle"><span>English</span> — <a href="/ja/articles/release-phase" lang="ja">日本語に切り替える</a></p>
<p class="last-updated">Last updated October 21, 2025</p>
<div id="table-of-contents" class="toc"><h3>Table of Contents</h3><ul>
${[hkH1, hkH2, hkH3, hkH4].map((t) => `<li><a href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul></div>
<div class="article-body" id="article-body"><p>${hkIntro}</p>
<h2 id="defining-a-release-phase-task"><a href="#defining-a-release-phase-task">${hkH1}</a></h2><p>${hkDef[0]}</p>
<pre><code class="term language-procfile">release: ./bin/migrate-and-warm-cache
web: bundle exec puma -C config/puma.rb</code></pre>
<p>${hkDef[1]}</p><div class="note"><p>${hkNote}</p></div>
<h2 id="release-phase-failures"><a href="#release-phase-failures">${hkH2}</a></h2>${hkFail.map((p) => `<p>${p}</p>`).join('\n')}
<div class="warning"><p>${hkWarn}</p></div>
<h2 id="viewing-release-output"><a href="#viewing-release-output">${hkH3}</a></h2><p>${hkView[0]}</p>
<pre><code class="term language-term">$ heroku releases:output v42 -a example-app
=== Release v42 output
Running migrations... done, 3 applied
Warming cache... done</code></pre><p>${hkView[1]}</p>
<h2 id="known-limitations"><a href="#known-limitations">${hkH4}</a></h2><ul>${hkLimits.map((l) => `<li>${l}</li>`).join('\n')}</ul></div>
<section class="keep-reading"><h3>Keep reading</h3><ul>${links(hkKeep)}</ul></section>
<section class="feedback" id="feedback"><h3>Feedback</h3><p><a href="/login?back_to=%2Farticles%2Frelease-phase">Log in to submit feedback.</a></p></section>
</article></div></div>
<footer class="footer"><div class="container"><div class="footer-links"><ul>${links(hkFoot)}</ul></div>
<form class="newsletter" action="/newsletter"><p>Subscribe to our monthly newsletter</p><label for="email">Your email address:</label>
<input id="email" type="email"><button type="submit">Subscribe</button></form>
<ul class="footer-legal">${links(hkLegal)}</ul></div></footer>
<div id="cookie-consent" class="cookie-bar" role="dialog"><p>We use cookies to personalise content and to analyse our traffic. Read our
<a href="https://www.salesforce.com/company/privacy/">cookie policy</a> for details.</p><button>Accept All Cookies</button>
<button>Do Not Accept</button></div></body></html>`;
export const herokuArticle: TestPage = {
  html: hkHtml,
  name: 'heldout60-heroku-devcenter',
  kind: 'docs',
  // the note and warning boxes (no label words) are body; the Procfile and terminal blocks are in neither list; "Last updated
  // October 21, 2025" is the dateline (byline); the category link over the title, the language switch, the "Table of Contents"
  // label (its entries repeat the headings: in neither), "Keep reading", feedback, the categories sidebar, navbar, footer,
  // newsletter form and cookie bar are furniture
  title: hkTitle,
  headings: [hkH1, hkH2, hkH3, hkH4],
  body: [hkIntro, ...texts(hkDef), hkNote, ...texts(hkFail), hkWarn, ...texts(hkView), ...texts(hkLimits)],
  bylines: ['Last updated October 21, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Heroku Dev Center', ...hkNav, 'Search Dev Center', 'Search', 'Log in or Sign up', 'Categories', ...hkCats, 'English — 日本語に切り替える',
    'Table of Contents', 'Keep reading', ...hkKeep, 'Feedback', 'Log in to submit feedback.', ...hkFoot, 'Subscribe to our monthly newsletter',
    'Your email address:', 'Subscribe', ...hkLegal,
    'We use cookies to personalise content and to analyse our traffic. Read our cookie policy for details.', 'Accept All Cookies', 'Do Not Accept',
  ],
};
