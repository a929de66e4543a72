import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 180, file a2: a Heroku Dev Center article (the Heroku header with its nav and search, the category
 * breadcrumb above the title, the language switch and "Last updated" list under the h1, the "Table of Contents" box at the
 * top of the article, warning and note callouts, the "Keep reading" and "Feedback" blocks after the article, the category
 * sidebar, the newsletter signup and the Salesforce footer, and the OneTrust cookie banner).
 */
const hkTitle = 'Changing the Plan of a Heroku Postgres Database';
const hkIntro = [
  'Heroku Postgres databases can be moved to a larger or smaller plan as an app grows. This article describes the two ways ' +
    'to change plans, how long each one takes, and what your app sees while the change happens.',
];
const hkH1 = 'Choosing a Method';
const hkP1 = [
  'For most databases the simplest option is <code>heroku addons:upgrade</code>, which provisions the new plan, copies the data ' +
    'with a follower and switches over when the follower has caught up. Your app is in maintenance for a short window at the end.',
  'If you need to control exactly when the switch happens, for example to line it up with a release, create a follower ' +
    'yourself and promote it when you are ready. This takes a few more steps but gives you a chance to test the new database first.',
];
const hkWarn =
  'Databases on the Essential tier can’t have followers. Changing the plan of an Essential database always uses ' +
  '<code>pg:copy</code> and needs a maintenance window long enough to copy all of the data.';
const hkH2 = 'Upgrading with addons:upgrade';
const hkP2 = [
  'Run the command from your app’s directory, naming the attachment and the target plan:',
  'The command returns immediately. Heroku creates the follower in the background; you can check its progress with ' +
    '<code>heroku pg:wait</code>. When the follower is less than a few seconds behind, Heroku puts the app into maintenance ' +
    'mode, waits for it to catch up completely, promotes it and updates the <code>DATABASE_URL</code> config var.',
  'On the Quillmark invoicing app, a 40 GB Standard-2 database moved to Standard-4 this way with a maintenance window of ' + 'just under three minutes.',
];
const hkH3 = 'Upgrading with a Follower';
const hkP3 = ['To change plans with a follower you manage yourself:'];
const hkSteps = [
  'Create a follower on the new plan with <code>heroku addons:create heroku-postgresql:standard-4 --follow DATABASE_URL</code>.',
  'Wait for the follower to catch up. <code>heroku pg:info</code> shows how far behind it is.',
  'Put the app into maintenance mode and scale down any worker dynos that write to the database.',
  'Promote the follower with <code>heroku pg:promote</code>, then turn maintenance mode off and scale your workers back up.',
];
const hkNote =
  'The old database isn’t removed when you promote the follower. Once you’ve confirmed the app works, destroy it with ' +
  '<code>heroku addons:destroy</code> so you stop paying for it.';
const hkH4 = 'Downgrading';
const hkP4 = [
  'Downgrades work the same way, but check that the smaller plan’s row and connection limits fit your current usage before ' +
    'you start. A follower on a plan that is too small can fall behind and never catch up, leaving the upgrade waiting indefinitely.',
];
const hkNav = ['How Heroku Works', 'Get Started', 'Documentation', 'Changelog', 'More', 'Search'];
const hkCrumbs = ['Databases & Data Management', 'Heroku Postgres', 'Postgres Basics'];
const hkKeep = ['Heroku Postgres Plans', 'Heroku Postgres Followers', 'Upgrading the Version of a Heroku Postgres Database', 'View more'];
const hkSide = [
  'Command Line',
  'Deployment',
  'Continuous Delivery',
  'Language Support',
  'Databases & Data Management',
  'Heroku AI',
  'Monitoring & Metrics',
  'App Performance',
  'Add-ons',
  'Collaboration',
  'Security',
  'Heroku Enterprise',
  'Patterns & Best Practices',
  'Extending Heroku',
  'Accessibility',
];
const hkFoot = [
  'Information & Support',
  'Getting Started',
  'Documentation',
  'Changelog',
  'Compliance Center',
  'Training & Education',
  'Blog',
  'Support Channels',
  'Status',
  'Language Reference',
  'Node.js',
  'Ruby',
  'Java',
  'PHP',
  'Python',
  'Go',
  'Scala',
  'Clojure',
  '.NET',
  'Other Resources',
  'Careers',
  'Elements',
  'Products',
  'Pricing',
];
const hkNews = [
  'Subscribe to our monthly newsletter',
  'Your email address:',
  'Subscribe',
  'Heroku is from Salesforce',
  'heroku.com',
  'Terms of Service',
  'Privacy',
  'Cookies',
  '© 2025 Salesforce, Inc.',
];
const hkCookie =
  'We use cookies to make interactions with our websites and services easy and meaningful. For more information about the ' +
  'cookies we use or to find out how you can disable cookies, click here.';
const hkPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const hkH = (t: string): string => `<h2 id="${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</h2>`;
const hkHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${hkTitle} | Heroku Dev Center</title>
<meta name="description" content="Heroku Postgres databases can be moved to a larger or smaller plan as an app grows.">
<meta property="og:title" content="${hkTitle} | Heroku Dev Center"><meta property="og:site_name" content="Heroku Dev Center">
<meta name="twitter:site" content="@heroku"><link rel="canonical" href="https://devcenter.heroku.com/articles/updating-heroku-postgres-databases">
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="Xr2fQ1mT0sK6dN3w">
<link rel="stylesheet" href="https://devcenter1.assets.heroku.com/assets/application-4f2a8b.css" media="all">
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="d2b1e7a8-heroku" async></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"page_type":"article","article_slug":"updating-heroku-postgres-databases"});</script>
</head><body class="articles show" data-controller="article"><div id="skip"><a href="#content">Skip Navigation</a></div>
<header id="header" class="site-header"><div class="container"><a href="https://www.heroku.com/" class="logo"><span class="sr-only">Heroku</span></a>
<a href="/" class="dev-center">Dev Center</a><nav class="header-nav"><ul>${links(hkNav, 'nav-item')}</ul></nav>
<form class="search-form" action="/search" method="get"><label for="q" class="sr-only">Search Dev Center</label>
<input id="q" type="search" name="q" placeholder="Search Dev Center"></form>
<div class="account"><a href="/login" class="login">Log in</a> or <a href="https://signup.heroku.com/" class="signup">Sign up</a></div></div></header>
<div id="content" class="container"><div class="row"><nav id="sidebar" class="col-md-3" aria-label="Categories"><h3>Categories</h3>
<ul class="categories">${links(hkSide, 'category')}</ul></nav>
<div class="col-md-9"><article class="article" data-article-id="2101"><div class="breadcrumbs"><ul>
${hkCrumbs.map((t) => `<li><a href="/categories/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t.replace(/&/g, '&amp;')}</a></li>`).join('\n')}
</ul></div><h1>${hkTitle}</h1><ul class="article-info"><li class="language">English — <a href="/ja/articles/updating-heroku-postgres-databases"
lang="ja">日本語に切り替える</a></li><li class="last-updated">Last updated October 21, 2025</li></ul>
<div id="toc" class="table-of-contents"><h3>Table of Contents</h3><ul><li><a href="#choosing-a-method">${hkH1}</a></li>
<li><a href="#upgrading-with-addons-upgrade">${hkH2}</a></li><li><a href="#upgrading-with-a-follower">${hkH3}</a></li>
<li><a href="#downgrading">${hkH4}</a></li></ul></div>
<div class="content">
${hkPs(hkIntro)}
${hkH(hkH1)}
${hkPs(hkP1)}
<div class="callout warning"><p>${hkWarn}</p></div>
${hkH(hkH2)}
${hkPs(hkP2.slice(0, 1))}
<pre class="term"><code>$ heroku addons:upgrade DATABASE heroku-postgresql:standard-4 -a quillmark-invoices</code></pre>
${hkPs(hkP2.slice(1))}
${hkH(hkH3)}
${hkPs(hkP3)}
<ol>${hkSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<div class="callout note"><p>${hkNote}</p></div>
${hkH(hkH4)}
${hkPs(hkP4)}
</div></article>
<section id="article-footer" class="article-footer"><div class="keep-reading"><h3>Keep reading</h3><ul>
<li><a href="/categories/postgres-basics">Postgres Basics</a></li></ul><ul class="related">${links(hkKeep, 'related-article')}</ul></div>
<div class="feedback"><h3>Feedback</h3><p><a href="/login?back_to=%2Farticles%2Fupdating-heroku-postgres-databases">Log in to submit feedback.</a></p>
</div></section></div></div></div>
<footer id="footer" class="site-footer"><div class="container"><ul class="footer-links">${links(hkFoot, 'footer-link')}</ul>
<div class="newsletter"><form action="/newsletter" method="post"><h4>${hkNews[0]}</h4><label for="email">${hkNews[1]}</label>
<input type="email" id="email" name="email"><button type="submit">${hkNews[2]}</button></form></div>
<div class="legal"><a href="https://www.salesforce.com/">${hkNews[3]}</a><ul><li><a href="https://www.heroku.com/">${hkNews[4]}</a></li>
<li><a href="https://www.salesforce.com/company/legal/">${hkNews[5]}</a></li><li><a href="https://www.salesforce.com/privacy/">${hkNews[6]}</a></li>
<li><a href="#" class="optanon-toggle-display">${hkNews[7]}</a></li><li>${hkNews[8]}</li></ul></div></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container"><div id="onetrust-policy">
<p id="onetrust-policy-text">${hkCookie}</p></div></div><div id="onetrust-button-group-parent"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div></div></div>
<script src="https://devcenter1.assets.heroku.com/assets/application-9c3e1d.js"></script></body></html>`;
export const herokuArticle: TestPage = {
  name: 'heldout180-heroku-docs',
  kind: 'docs',
  html: hkHtml,
  // the callouts are part of the article (body); the "Table of Contents" box repeats the headings and is left out, its
  // label is furniture; the "Last updated" line is a byline, the language switch next to it furniture
  title: hkTitle,
  headings: [hkH1, hkH2, hkH3, hkH4],
  body: [...texts(hkIntro), ...texts(hkP1), ...texts([hkWarn]), ...texts(hkP2), ...hkP3, ...texts(hkSteps), ...texts([hkNote]), ...hkP4],
  bylines: ['Last updated October 21, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    'Skip Navigation', 'Dev Center', ...hkNav, 'Search Dev Center', 'Log in', 'Sign up', 'Categories', ...hkSide,
    ...hkCrumbs.filter((t) => t !== 'Heroku Postgres'), 'English —',
    '日本語に切り替える', 'Table of Contents', 'Keep reading', ...hkKeep, 'Feedback', 'Log in to submit feedback.', ...hkFoot, ...hkNews,
    hkCookie, 'Cookie Settings', 'Reject All', 'Accept All Cookies',
    ]),
  ],
};
