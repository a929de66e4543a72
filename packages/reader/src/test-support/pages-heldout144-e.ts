import { links, type TestPage, texts } from './page-kit.js';
import { flutterDocs } from './pages-heldout144-e2.js';

/**
 * Held-out batch 144, file e: a Ruby on Rails guide (the red "More on rubyonrails.org" top bar with its links, the page
 * header with the logo link, "Home", the "Guides Index" button and the hidden guides menu with its sections, the version
 * select, the article header holding the h1, the lead and the "After reading this guide, you will know:" list, the
 * "Chapters" nav with its own h2, numbered headings, interstitial note, info and warning boxes, code boxes with "Copy"
 * buttons, the "Feedback" h3 and its paragraphs at the end of the main column, and the licence footer) and, from file e2,
 * a Flutter documentation page.
 */
const rgTitle = 'Active Job Basics';
const rgLead = [
  'This guide provides you with what you need to get started creating, enqueuing and running background jobs.',
  'After reading this guide, you will know:',
];
const rgKnow = [
  'How to create and enqueue jobs.',
  'How to configure and use a queuing backend.',
  'How to run callbacks around a job.',
  'How to send emails in the background.',
];
const rgH1 = '1 What is Active Job?';
const rgP1 = [
  `Active Job is a framework for declaring jobs and making them run on a variety of queuing backends. Jobs can be anything from
regularly scheduled clean-ups to billing charges to mailings: anything that can be split into small units of work and run
outside the request.`,
  `Its main purpose is to give every Rails application a common job interface. Once the interface is in place, you can move
from one backend to another without rewriting your jobs.`,
];
const rgH2 = '2 Create and Enqueue Jobs';
const rgH3 = '2.1 Create the Job';
const rgP2 = [
  `Rails provides a generator for jobs. The following command creates a job in <code>app/jobs</code>, along with a test case in
<code>test/jobs</code>:`,
  `The job class has a single <code>perform</code> method, which is called when the job runs. You can give it any arguments
you need, as long as Active Job can serialize them.`,
];
const rgH4 = '2.2 Enqueue the Job';
const rgP3 = [
  `Enqueue a job with <code>perform_later</code>. You can also pass <code>set</code> options to run the job after a delay or
at a particular time, or to put it on a different queue:`,
];
const rgNote = `If no queuing backend is configured, jobs run in the in-process thread pool of the async adapter. That is fine in
development, but jobs are lost when the process restarts.`;
const rgH5 = '3 Job Execution';
const rgP4 = [
  `In production you will want a persistent backend. Since Rails 8 the default is Solid Queue, which stores jobs in your
database and needs no extra service. You set the backend with <code>config.active_job.queue_adapter</code>.`,
  `Other backends, such as Sidekiq or GoodJob, can be used by installing their gem and setting the adapter. Each backend has its
own features, such as priorities or retries, and not all of them support every option Active Job offers.`,
];
const rgH6 = '4 Queues';
const rgP5 = [
  `Most backends support more than one queue. With Active Job you choose the queue in the job class with
<code>queue_as</code>. Workers can then be started for particular queues, so that slow reports do not hold up urgent emails.`,
];
const rgInfo = `You can prefix every queue name with <code>config.active_job.queue_name_prefix</code>, which helps when several
environments share one backend.`;
const rgH7 = '5 Callbacks';
const rgP6 = ['Active Job provides hooks to run code during the life of a job. The available callbacks are:'];
const rgCallbacks = [
  '<code>before_enqueue</code>',
  '<code>around_enqueue</code>',
  '<code>after_enqueue</code>',
  '<code>before_perform</code>',
  '<code>around_perform</code>',
  '<code>after_perform</code>',
];
const rgWarn = `A callback that raises an error stops the job. If the error is raised in <code>before_perform</code>, the
<code>perform</code> method is never called.`;
const rgCode1 = '$ bin/rails generate job guests_cleanup';
const rgCode2 = `GuestsCleanupJob.perform_later(guest)
GuestsCleanupJob.set(wait: 1.week).perform_later(guest)`;
const rgCode3 = `class GuestsCleanupJob &lt; ApplicationJob
  queue_as :low_priority
end`;
const rgMore = ['Blog', 'Guides', 'API', 'Forum', 'Contribute on GitHub'];
const rgGuides: [string, string[]][] = [
  ['Start Here', ['Getting Started with Rails', 'Install Ruby on Rails']],
  ['Models', ['Active Record Basics', 'Active Record Migrations', 'Active Record Validations']],
  ['Other Components', ['Action Mailer Basics', 'Action Mailbox Basics', 'Active Storage Overview']],
];
const rgFeedback = [
  'You are welcome to help improve this guide.',
  'If you spot a typo or a factual error, please contribute a fix. Our documentation contributions section explains how to start.',
  'Some content may be incomplete or out of date. Check the Edge Guides first to see whether a problem has already been fixed on the main branch.',
  'If you find something to fix but cannot patch it yourself, please open an issue.',
  'Discussion of the Ruby on Rails documentation is welcome on the official Ruby on Rails Forum.',
];
const rgFoot = [
  'This work is licensed under a Creative Commons Attribution-ShareAlike 4.0 International License',
  '"Rails", "Ruby on Rails", and the Rails logo are trademarks of their owner. All rights reserved.',
];
const rgH = (id: string, t: string, lvl = 2): string => {
  const [n, ...rest] = t.split(' ');
  return `<h${lvl} id="${id}"><a class="anchorlink" href="#${id}" data-turbo="false"><span>${n}</span> ${rest.join(' ')}</a></h${lvl}>`;
};
const rgBox = (kind: string, text: string): string => `<div class="interstitial ${kind}"><p>${text}</p></div>`;
const rgPre = (lang: string, code: string): string => `<div class="interstitial code"><pre><code class="highlight ${lang}">${code}</code></pre>
<button class="clipboard-button" data-clipboard-text="${code.replace(/"/g, '&quot;')}">Copy</button></div>`;
const rgP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const rgHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Active Job Basics — Ruby on Rails Guides</title>
<link rel="stylesheet" type="text/css" href="stylesheets/style-v2.css" data-turbo-track="reload">
<link rel="stylesheet" type="text/css" href="stylesheets/print-v2.css" media="print">
<link rel="stylesheet" type="text/css" href="stylesheets/highlight-v2.css" data-turbo-track="reload">
<link rel="icon" href="images/favicon.ico" sizes="any"><script src="javascripts/@hotwired--turbo.js" data-turbo-track="reload"></script>
<script src="javascripts/clipboard.js" data-turbo-track="reload"></script><script src="javascripts/guides.js" data-turbo-track="reload"></script>
<meta property="og:title" content="Active Job Basics — Ruby on Rails Guides"><meta name="description" content="${rgLead[0]}">
<meta property="og:description" content="${rgLead[0]}"><meta property="og:locale" content="en_US"><meta property="og:site_name" content="Ruby on Rails Guides">
<meta property="og:image" content="https://avatars.githubusercontent.example/u/4223"><meta property="og:type" content="website">
<meta name="theme-color" content="#C81418"></head>
<body class="guide"><nav id="topNav" aria-label="Secondary"><div class="wrapper"><strong class="more-info-label">More on
<a href="https://rubyonrails.org/">rubyonrails.org</a>:</strong><span class="red-button more-info-button">More Ruby on Rails</span>
<ul class="more-info-links s-hidden">${links(rgMore, 'more-info')}</ul></div></nav>
<header id="page_header"><div class="wrapper clearfix"><nav id="feature_nav"><div class="header-logo"><a href="index.html" title="Return to home page">
Guides.rubyonrails.org</a></div><ul class="nav"><li><a class="nav-item" id="home_nav" href="https://rubyonrails.org/">Home</a></li>
<li class="guides-index guides-index-large"><a href="index.html" id="guidesMenu" class="guides-index-item nav-item">Guides Index</a>
<div id="guides" class="clearfix" style="display: none;"><hr><dl class="guides-section-container">
${rgGuides.map(([h, items]) => `<div class="guides-section"><dt>${h}</dt>${items.map((t) => `<dd><a href="#">${t}</a></dd>`).join('')}</div>`).join('\n')}
</dl></div></li><li class="guides-index guides-index-small"><select class="guides-index-item nav-item"><option value="index.html">Guides Index</option>
</select></li></ul></nav><div id="version-switcher"><label for="version-select">Guides Version:</label><select class="guides-version" id="version-select">
<option value="https://edgeguides.rubyonrails.org/">Edge</option><option value="https://guides.rubyonrails.org/v8.0/" selected>8.0</option>
<option value="https://guides.rubyonrails.org/v7.2/">7.2</option><option value="https://guides.rubyonrails.org/v7.1/">7.1</option></select></div></div></header>
<hr class="hide">
<main id="main"><article><header id="feature"><div class="wrapper"><h1>${rgTitle}</h1>${rgP(rgLead)}
<ul>${rgKnow.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<nav id="subCol"><h2 class="chapter"><picture><source srcset="images/icon_book-close-bookmark-1-wht.svg" media="(prefers-color-scheme: dark)">
<img src="images/icon_book-close-bookmark-1.svg" alt="Chapter Icon"></picture>Chapters</h2><ol class="chapters">
<li><a href="#what-is-active-job-questionmark">What is Active Job?</a></li><li><a href="#create-and-enqueue-jobs">Create and Enqueue Jobs</a><ul>
<li><a href="#create-the-job">Create the Job</a></li><li><a href="#enqueue-the-job">Enqueue the Job</a></li></ul></li>
<li><a href="#job-execution">Job Execution</a></li><li><a href="#queues">Queues</a></li><li><a href="#callbacks">Callbacks</a></li></ol></nav></div></header>
<div class="wrapper"><div id="mainCol">
${rgH('what-is-active-job-questionmark', rgH1)}
${rgP(rgP1)}
${rgH('create-and-enqueue-jobs', rgH2)}
${rgH('create-the-job', rgH3, 3)}
${rgP(rgP2.slice(0, 1))}
${rgPre('plaintext', rgCode1)}
${rgP(rgP2.slice(1))}
${rgH('enqueue-the-job', rgH4, 3)}
${rgP(rgP3)}
${rgPre('ruby', rgCode2)}
${rgBox('note', rgNote)}
${rgH('job-execution', rgH5)}
${rgP(rgP4)}
${rgH('queues', rgH6)}
${rgP(rgP5)}
${rgPre('ruby', rgCode3)}
${rgBox('info', rgInfo)}
${rgH('callbacks', rgH7)}
${rgP(rgP6)}
<ul>${rgCallbacks.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${rgBox('warning', rgWarn)}
<h3>Feedback</h3>
${rgP(rgFeedback)}
</div></div></article></main>
<hr class="hide">
<footer id="page_footer"><div class="wrapper">${rgP(rgFoot)}</div></footer>
<a href="#" id="back-to-top" class="back-to-top" aria-label="Back to top">Back to top</a>
</body></html>`;
const railsGuide: TestPage = {
  html: rgHtml,
  name: 'heldout144-rails-guide-docs',
  kind: 'docs',
  // the lead, "After reading this guide, you will know:" and its list in the article header are body; the numbered
  // headings keep their numbers as shown; the interstitial boxes are body; the "Chapters" list repeats the headings and
  // is left out ("Chapters" is furniture); the "Feedback" h3 and its paragraphs are furniture; no date on the page
  title: rgTitle,
  headings: [rgH1, rgH2, rgH3, rgH4, rgH5, rgH6, rgH7],
  body: texts([...rgLead, ...rgKnow, ...rgP1, ...rgP2, ...rgP3, rgNote, ...rgP4, ...rgP5, rgInfo, ...rgP6, ...rgCallbacks, rgWarn]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'More on rubyonrails.org:', 'More Ruby on Rails', ...rgMore, 'Guides.rubyonrails.org', 'Home', 'Guides Index', ...rgGuides.flat(2),
    'Guides Version:', 'Edge', '8.0', '7.2', '7.1', 'Chapters', 'Copy', 'Feedback', ...rgFeedback, ...rgFoot, 'Back to top',
  ],
};

export const HELDOUT144_E: readonly TestPage[] = [railsGuide, flutterDocs];
