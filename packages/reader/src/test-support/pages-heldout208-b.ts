import { type TestPage, texts } from './page-kit.js';
import { glassdoorReviews } from './pages-heldout208-b2.js';

/**
 * Held-out batch 208, file b: a Workable job posting (apply.workable.com, the React careers page with hashed class names:
 * the company header with "View website" and "View all jobs", the title with workplace, location, department and type,
 * the Overview / Application tabs, the Description, Requirements and Benefits sections, the sticky "Apply for this job"
 * button, the share links, the cookie consent dialog and the "Powered by Workable" footer) and, from file b2, a Glassdoor
 * company review page.
 */
const wkTitle = 'Installation Operations Coordinator';
const wkMeta = ['Hybrid', 'Porto, Porto District, Portugal', 'Operations', 'Full time'];
const wkH1 = 'Description';
const wkP1 = [
  'Sunvale Energia designs and installs rooftop solar and battery systems for homes and small businesses in the north of ' +
    'Portugal. We started in 2019 with two installers and a van; this year our twelve crews will finish around 1,900 installations ' +
    'between Viana do Castelo and Aveiro.',
  'Every one of those installations needs a site survey, a permit, equipment on the right truck, a crew, and a grid connection ' +
    'request to the network operator. Today most of that is coordinated by our two project managers, and they need help.',
  'As Installation Operations Coordinator you will plan the weekly crew schedule, make sure each job has what it needs before ' +
    'the crew leaves the warehouse, and keep customers informed from the signed contract to the day their system goes live.',
];
const wkP2 = ['In a typical week you will:'];
const wkList1 = [
  'Build and publish the crew schedule for the following week every Thursday, balancing travel, weather and skills.',
  'Check survey reports, permits and equipment lists, and stop a job from going out if something is missing.',
  'Call or message customers to confirm dates, explain delays and collect the documents the network operator asks for.',
  'Track every installation in our CRM and flag jobs that have been stuck at one stage for more than ten days.',
];
const wkH2 = 'Requirements';
const wkList2 = [
  'Two or more years coordinating field work, logistics or construction projects.',
  'Fluent Portuguese and good working English; our suppliers write to us in both.',
  'Confidence with spreadsheets and at least one CRM or planning tool.',
  'A calm voice on the phone when a customer is unhappy, and the habit of calling back when you said you would.',
  'A driving licence, as you will visit sites and the warehouse in Maia from time to time.',
];
const wkH3 = 'Benefits';
const wkList3 = [
  'A permanent contract with a gross salary between €24,000 and €28,000 a year, paid in 14 instalments.',
  'Meal allowance on a card, health insurance for you and your family, and a yearly performance bonus.',
  'Two days a week from home once your training is complete.',
  'A discount on a Sunvale system for your own home, if you have a roof to put it on.',
];
const wkP3 = [
  'We review every application and aim to reply within ten working days. The process has two interviews, one of them with ' +
    'the crew leaders you will work with, and a short practical exercise in planning a week.',
];
const wkCookie = [
  'We use cookies',
  'We and our partners use cookies to improve your experience, analyse site traffic and show relevant content. You can accept ' +
    'all cookies or choose which ones to allow.',
];
const wkFoot = ['Help', 'Accessibility', 'Privacy', 'Cookie preferences'];
const wkBlock = (h: string, inner: string, ui: string): string => `<section class="styles--3vx-H" data-ui="${ui}">
<h2 class="styles--1ar5t styles--3J-Ag" data-ui="${ui}-title">${h}</h2><div class="styles--3fpNE">${inner}</div></section>`;
const wkPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const wkUl = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const wkHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Installation Operations Coordinator - Sunvale Energia</title><meta name="robots" content="index,follow">
<meta name="description" content="Sunvale Energia designs and installs rooftop solar and battery systems for homes and small businesses in the north of
Portugal.">
<meta property="og:title" content="Installation Operations Coordinator - Sunvale Energia"><meta property="og:type" content="website">
<meta property="og:url" content="https://apply.workable.com/sunvale-energia/j/8C41E0A7F2/"><meta property="og:site_name" content="Workable">
<link rel="canonical" href="https://apply.workable.com/sunvale-energia/j/8C41E0A7F2/">
<link rel="stylesheet" href="https://apply.workable.example/static/css/main.4f1a2c0b.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"JobPosting","title":"${wkTitle}","datePosted":"2025-10-28",
"employmentType":"FULL_TIME","hiringOrganization":{"@type":"Organization","name":"Sunvale Energia","sameAs":"https://www.sunvale.example"},
"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Porto","addressRegion":"Porto District","addressCountry":"PT"}}}</script>
<script>window.careers = {"account":"sunvale-energia","shortcode":"8C41E0A7F2","locale":"en"};</script></head>
<body><noscript>You need to enable JavaScript to run this app.</noscript><div id="app"><div class="styles--2Zc7b">
<header class="styles--1W9Ix" data-ui="company-header"><div class="styles--3aS5T"><a href="/sunvale-energia/" data-ui="company-logo">
<img src="https://workable-application-form.s3.amazonaws.example/sunvale/logo.png" alt="Sunvale Energia" class="styles--2JqdC"></a>
<a href="https://www.sunvale.example" class="styles--1Sarc" data-ui="company-url" target="_blank" rel="noopener noreferrer">View website</a>
<a href="/sunvale-energia/" class="styles--1Sarc" data-ui="back-to-jobs">View all jobs</a></div></header>
<main class="styles--3Ce0v" data-ui="job-page"><div class="styles--1hYfX"><div class="styles--2TdGW">
<h1 class="styles--1ar5t styles--2TZwS" data-ui="job-title" itemprop="title">${wkTitle}</h1>
<div class="styles--3TJHk styles--m1Wmh"><span data-ui="job-workplace"><strong>${wkMeta[0]}</strong></span>
<span class="styles--1sKZm" data-ui="job-location">${wkMeta[1]}</span><span data-ui="job-department">${wkMeta[2]}</span>
<span data-ui="job-type">${wkMeta[3]}</span></div></div>
<ul class="styles--1bXL6" role="tablist" data-ui="job-tabs"><li role="presentation"><a role="tab" aria-selected="true" href="/sunvale-energia/j/8C41E0A7F2/"
data-ui="overview-tab">Overview</a></li><li role="presentation"><a role="tab" aria-selected="false" href="/sunvale-energia/j/8C41E0A7F2/apply/"
data-ui="application-form-tab">Application</a></li></ul>
<div class="styles--2mJ6G" data-ui="job-breakdown">
${wkBlock(wkH1, `${wkPs(wkP1)}\n${wkPs(wkP2)}\n${wkUl(wkList1)}`, 'job-description')}
${wkBlock(wkH2, wkUl(wkList2), 'job-requirements')}
${wkBlock(wkH3, `${wkUl(wkList3)}\n${wkPs(wkP3)}`, 'job-benefits')}
</div><div class="styles--3aKqY" data-ui="apply-sticky"><a href="/sunvale-energia/j/8C41E0A7F2/apply/" class="styles--3ejdJ styles--2qhDr"
data-ui="application-form-button" role="button">Apply for this job</a></div>
<div class="styles--2vHyC" data-ui="job-share"><span class="styles--3I1Yv">Share this job</span>
<a href="https://www.linkedin.com/shareArticle?url=https%3A%2F%2Fapply.workable.com%2Fj%2F8C41E0A7F2" aria-label="Share on LinkedIn"
data-ui="share-linkedin"><svg class="styles--2Ug0u" viewBox="0 0 24 24"><path d="M4 4h16v16H4z"></path></svg></a>
<a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fapply.workable.com%2Fj%2F8C41E0A7F2" aria-label="Share on Facebook"
data-ui="share-facebook"><svg class="styles--2Ug0u" viewBox="0 0 24 24"><path d="M4 4h16v16H4z"></path></svg></a>
<a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fapply.workable.com%2Fj%2F8C41E0A7F2" aria-label="Share on X"
data-ui="share-twitter"><svg class="styles--2Ug0u" viewBox="0 0 24 24"><path d="M4 4h16v16H4z"></path></svg></a>
<button type="button" class="styles--1kQTY" data-ui="copy-link">Copy link</button></div></div></main>
<footer class="styles--1JpgF" data-ui="footer"><div class="styles--2BZD8"><a href="https://www.workable.com/?utm_source=careers_page"
class="styles--1cvLN" data-ui="powered-by"><span>Powered by</span><svg aria-label="Workable" class="styles--Lr3S-" viewBox="0 0 92 18"></svg></a>
<ul class="styles--3q3yO">${wkFoot.map((t) => `<li><a href="https://apply.workable.com/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`).join('')}</ul>
</div></footer></div>
<div class="styles--3NGPl" role="dialog" aria-modal="false" aria-labelledby="cookie-consent-title" data-ui="cookie-consent">
<h3 id="cookie-consent-title" class="styles--2M0Kv">${wkCookie[0]}</h3><p class="styles--1aCDF">${wkCookie[1]}</p>
<div class="styles--3RgRu"><button type="button" data-ui="cookie-consent-accept">Accept all</button><button type="button"
data-ui="cookie-consent-decline">Decline all</button><button type="button" data-ui="cookie-consent-settings">Cookie settings</button></div></div></div>
<script src="https://apply.workable.example/static/js/main.9b2d41e3.js"></script></body></html>`;
const workable: TestPage = {
  html: wkHtml,
  name: 'heldout208-workable-job-posting',
  kind: 'blog',
  // Workable's own section titles (Description, Requirements, Benefits) are the headings; the job meta line, tabs, apply
  // button, share bar, cookie dialog and footer are furniture; the page shows no date or author
  title: wkTitle,
  headings: [wkH1, wkH2, wkH3],
  body: texts([...wkP1, ...wkP2, ...wkList1, ...wkList2, ...wkList3, ...wkP3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'View website', 'View all jobs', ...wkMeta, 'Overview', 'Application', 'Apply for this job', 'Share this job', 'Copy link', 'Powered by',
    ...wkFoot, ...wkCookie, 'Accept all', 'Decline all', 'Cookie settings', 'You need to enable JavaScript to run this app.',
  ],
};

export const HELDOUT208_B: readonly TestPage[] = [workable, glassdoorReviews];
