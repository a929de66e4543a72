import { links, ps, type TestPage, texts } from './page-kit.js';
import { charity } from './pages-heldout295-f2.js';
import { j, lis } from './pages-heldout295-kit.js';

/**
 * Held-out batch 295, file f: a hospital's patient portal help page on Zendesk Guide's Copenhagen theme (header with "Submit a
 * request" and "Sign in", breadcrumbs, search, "Articles in this section" sidebar, article author and "Updated" meta, Follow button,
 * the votes box, "Have more questions?", related articles, the closed comments section, "Return to top" and the footer) and, from
 * file f2, a health charity's symptoms page.
 */
const zTitle = 'How do I request a prescription refill in MyAldric?';
const zHeads = ['Before you start', 'Request a refill on the website', 'Request a refill in the mobile app', 'What happens next', 'Troubleshooting'];
const zIntro = [
  j(
    'You can ask for a refill of most repeat medicines through MyAldric, our patient portal, instead of calling the clinic. Requests',
    'go straight to your care team, who review them within two working days.',
  ),
];
const zBefore = [
  j(
    'Refills can only be requested for medicines prescribed by an Aldric Health clinician that are marked as refillable. Controlled',
    'medicines, such as some pain relievers and ADHD medicines, cannot be requested online and need a call to your clinic.',
  ),
];
const zWeb = [
  'Log in to MyAldric and select Medications from the menu.',
  'Find the medicine you need and select Request refill next to it. If the button is grey, that medicine cannot be refilled online.',
  'Choose the pharmacy you want the prescription sent to. You can add a new pharmacy from the list.',
  'Add a note for your care team if anything has changed, for example a new side effect, then select Submit.',
];
const zApp = [
  j(
    'In the app, tap the Medications tile on the home screen, then tap the three dots next to the medicine and choose Request refill.',
    'The steps after that are the same as on the website.',
  ),
];
const zNext = [
  j(
    'You will get a message in your MyAldric inbox when your request has been approved or if your care team needs to see you first.',
    'Once approved, most pharmacies have the medicine ready within one to two days.',
  ),
];
const zTrouble = ['If you do not see the Request refill option:'];
const zTroubleList = [
  'Check that you are signed in to your own account and not a family member you have proxy access for.',
  'Make sure the medicine has refills remaining; the number is shown under its name.',
  'Clear your browser cache or update the app to the latest version.',
];
const zTrouble2 = ['If none of these help, call the MyAldric help line on 0300 555 0142, Monday to Friday, 8 a.m. to 6 p.m.'];
const zCrumbs = ['MyAldric Help Center', 'Medications and Pharmacy', 'Prescription refills'];
const zSection = ['Viewing your medication list', 'Choosing a preferred pharmacy', 'Why was my refill request declined?'];
const zRelated = ['Setting up proxy access for a family member', 'Messaging your care team', 'Paying a bill online'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8"><title>${zTitle} &ndash; MyAldric Help Center</title>
<meta name="csrf-param" content="authenticity_token"><link rel="canonical" href="https://help.aldrichealth.example/hc/en-us/articles/4409918273">
<meta property="og:type" content="website"><meta property="og:site_name" content="MyAldric Help Center"><meta property="og:title" content="${zTitle}">
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application-4c1e.css" media="all">
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"aldrichealth"}; HelpCenter.user = {"role":"anonymous"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-us"><img src="//theme.zdassets.example/logo.png" alt="MyAldric Help Center home page">
</a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav"><ul class="user-nav-list"><li><a class="submit-a-request"
href="/hc/en-us/requests/new">Submit a request</a></li><li><a class="sign-in" rel="nofollow" href="#">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs">${links(zCrumbs)}</ol></nav><div class="search-container"><form role="search" class="search" action="/hc/en-us/search">
<input type="search" name="query" placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2>
<div class="collapsible-sidebar-body"><ul>${links(zSection, 'sidenav-item')}</ul><a href="/hc/en-us/sections/refills" class="article-sidebar-item">See more</a>
</div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="//assets.zdassets.example/avatar.png" alt="" class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-us/profiles/3381">Portal Support Team</a><ul class="meta-group"><li class="meta-data"><time
datetime="2026-06-11T14:20:05Z" title="2026-06-11 14:20" data-datetime="relative">June 11, 2026 14:20</time></li>
<li class="meta-data">Updated</li></ul></div></div><a class="article-subscribe button" rel="nofollow" role="button" href="#">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">${ps(zIntro)}
<h2>${zHeads[0]}</h2>${ps(zBefore)}<h2>${zHeads[1]}</h2><ol>${lis(zWeb)}</ol>
<h2>${zHeads[2]}</h2>${ps(zApp)}<h2>${zHeads[3]}</h2>${ps(zNext)}<h2>${zHeads[4]}</h2>${ps(zTrouble)}<ul>${lis(zTroubleList)}</ul>${ps(zTrouble2)}</div>
<div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook">Facebook</a></li>
<li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div><div class="article-comment-count"><a href="#comments" class="article-comment-count">0</a>
<span>Comments</span></div></div><div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group"><button type="button" class="button article-vote article-vote-up">Yes</button>
<button type="button" class="button article-vote article-vote-down">No</button></div><small class="article-votes-count"><span class="article-vote-label">
14 out of 17 found this helpful</span></small></div><div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a
request</a></div><div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<div class="article-relatives"><section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>${links(zRelated)}</ul>
</section></div><div class="article-comments" id="article-comments"><section class="comments"><header class="comment-overview">
<h2 class="comment-heading">Comments</h2><p class="comment-callout">0 comments</p></header><p class="comment-callout">Article is closed for comments.</p>
</section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-us">MyAldric Help Center</a><div class="footer-language-selector">
<p>Aldric Health, 40 Granary Road, Wexcombe. For medical emergencies call 999.</p></div></div><div class="powered-by-zendesk"><a
href="https://www.zendesk.example/service/help-center/">Powered by Zendesk</a></div></footer>
<script src="//static.zdassets.example/hc/assets/hc_enduser-2f8a.js"></script></body></html>`;
const portal: TestPage = {
  name: 'heldout295-zendesk-hospital-portal-help-docs',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zHeads,
  body: texts([...zIntro, ...zBefore, ...zWeb, ...zApp, ...zNext, ...zTrouble, ...zTroubleList, ...zTrouble2]),
  bylines: ['Portal Support Team', 'June 11, 2026 14:20', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', ...zSection, 'See more', 'Follow', 'Facebook', 'LinkedIn',
    'Comments', 'Was this article helpful?', 'Yes', '14 out of 17 found this helpful', 'Have more questions? Submit a request', 'Return to top',
    'Related articles', ...zRelated, '0 comments', 'Article is closed for comments.',
    'Aldric Health, 40 Granary Road, Wexcombe. For medical emergencies call 999.',
    'Powered by Zendesk',
  ],
};

export const HELDOUT295_F: readonly TestPage[] = [portal, charity];
