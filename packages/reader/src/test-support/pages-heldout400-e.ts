import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout400-kit.js';

/**
 * Held-out batch 400, file e: an engineering institution's CPD requirements page on Webflow (w-nav navbar, w-richtext body,
 * a side "On this page" list, CTA band, Finsweet cookie consent, footer columns) and a members' forum thread on Discourse
 * (header, category badge and tags, posts with usernames, dates, likes and reply counts, the topic map, suggested topics and
 * the footer), a thread whose posts are the body.
 */
const wTitle = 'CPD requirements for registered members';
const wIntro = j(
  'Continuing professional development keeps your skills current and shows the public that registered engineers remain',
  'competent throughout their careers. This page sets out what the Institution of Process and Plant Engineers expects of you.',
);
const wBody = [
  j(
    'Every registered member must complete at least 30 hours of CPD in each calendar year and record it in the online CPD',
    'log. There is no fixed split between types of activity, but your record should reflect a mix of learning that is relevant',
    'to your current role and to where you want your career to go.',
  ),
  'Activities that count towards your hours include:',
];
const wCount = [
  'formal courses, webinars and conference sessions;',
  'structured reading of technical standards, with notes on how they apply to your work;',
  'mentoring a graduate engineer or being mentored yourself;',
  'serving on a technical committee or reviewing papers;',
  'site visits and secondments that develop new skills.',
];
const wBody2 = [
  j(
    'Your record should include a short reflection for each activity: what you learned, and how you have used it or plan to',
    'use it. Reflections do not need to be long. Two or three sentences are usually enough.',
  ),
  j('At the start of each year, set out two or three development objectives. At the end of the year, note whether you met', 'them and what you will do next.'),
];
const wBody3 = [
  j(
    'Each year the Institution samples 4 per cent of registered members and asks them to submit their CPD record for review.',
    'A panel of volunteer assessors reads each record against the Institution’s published criteria and gives written feedback.',
  ),
  j(
    'If your record does not meet the standard, you will be given three months to improve it. Members who do not respond to a',
    'sample request after two reminders may be removed from the register.',
  ),
  j(
    'Members on parental leave, long-term sick leave or a career break can apply for a reduced requirement for the year. Apply',
    'through the CPD log before 31 December, with a brief note of your circumstances.',
  ),
];
const wH = ['How many hours', 'Planning and reflection', 'Sampling and review', 'Career breaks'];
const wNav = ['Membership', 'Registration', 'Learning', 'Events', 'Knowledge', 'About'];
const wFoot = ['Contact', 'Media centre', 'Careers', 'Privacy policy', 'Terms'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 10 2026 08:11:42 GMT+0000 -->
<html data-wf-domain="www.ippe.example" data-wf-page="65a0c1e2f3" data-wf-site="65a0c1e2f0" lang="en"><head><meta charset="utf-8">
<title>CPD requirements | IPPE</title><meta content="What the Institution expects of registered members' CPD." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.example/65a0c1e2f0/css/ippe.webflow.shared.8c1.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script>
</head>
<body><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking “Accept”, you
agree to the storing of cookies on your device to enhance site navigation and analyse site usage.</div><div class="fs-cc-banner_buttons-wrapper">
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#" class="fs-cc-banner_button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand w--current"><img src="https://assets-global.website-files.example/ippe-logo.svg" alt="IPPE"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav.map((n) => `<a href="/${n.toLowerCase()}" class="nav-link w-nav-link">${n}</a>`).join('\n')}
<a href="/login" class="button-nav w-button">Member sign in</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero-small"><div class="container-large"><div class="breadcrumb-wrap"><a href="/registration" class="breadcrumb-link">Registration</a>
<div class="breadcrumb-divider">/</div><div class="breadcrumb-current">Staying registered</div></div>
<h1 class="heading-hero">${wTitle}</h1><p class="hero-paragraph">${wIntro}</p></div></section>
<section class="section-content"><div class="container-large"><div class="w-layout-grid grid-content">
<div id="w-node-a1b2" class="sidebar-sticky"><div class="toc-title">On this page</div><div class="toc-list">
${wH.map((h, i) => `<a href="#section-${i}" class="toc-link">${h}</a>`).join('\n')}</div></div>
<div id="w-node-c3d4" class="rich-text-block w-richtext">
<h2 id="section-0">${wH[0]}</h2>
${ps(wBody)}
<ul role="list">${lis(wCount)}</ul>
<h2 id="section-1">${wH[1]}</h2>
${ps(wBody2)}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.example/cpd-cycle.png"
loading="lazy" alt="The CPD cycle"></div><figcaption>The plan, do, reflect cycle used in the CPD log.</figcaption></figure>
<h2 id="section-2">${wH[2]}</h2>
${ps(wBody3.slice(0, 2))}
<h2 id="section-3">${wH[3]}</h2>
<p>${wBody3[2]}</p>
</div></div></div></section>
<section class="section-cta"><div class="container-large"><div class="cta-block"><h2 class="heading-cta">Ready to log your CPD?</h2>
<p class="cta-text">Sign in to the member portal to update your record and set this year’s objectives.</p>
<a href="/login" class="button w-button">Open the CPD log</a></div></div></section>
<footer class="footer"><div class="container-large"><div class="w-layout-grid footer-grid"><div class="footer-col"><div class="footer-heading">IPPE</div>
<p class="footer-text">Institution of Process and Plant Engineers. Incorporated by Royal Charter.</p></div>
<div class="footer-col">${wFoot.map((f) => `<a href="/${f.length}" class="footer-link">${f}</a>`).join('\n')}</div></div>
<div class="footer-legal">© 2026 IPPE. Registered charity 1177602.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://assets-global.website-files.example/65a0c1e2f0/js/webflow.4a2b.js" type="text/javascript"></script></body></html>`;
const cpd: TestPage = {
  name: 'heldout400-webflow-engineering-cpd-docs',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([wIntro, ...wBody, ...wCount, ...wBody2, ...wBody3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'agree to the storing of cookies on your device to enhance site navigation and analyse site usage.', 'Preferences', 'Deny', 'Accept',
    ...wNav, 'Member sign in', 'Staying registered', 'On this page', 'The plan, do, reflect cycle used in the CPD log.',
    'Ready to log your CPD?', 'Sign in to the member portal to update your record and set this year’s objectives.', 'Open the CPD log',
    'Institution of Process and Plant Engineers. Incorporated by Royal Charter.', ...wFoot, '© 2026 IPPE. Registered charity 1177602.',
  ],
};

const dTitle = 'Employer refusing to recognise my union rep at a grievance hearing: what can I do?';
const dPosts = [
  [
    j(
      'I have a grievance hearing next Wednesday about a change to my shift pattern. I asked to bring our branch rep, but HR',
      'emailed to say I can only bring “a colleague from your own team” and that outside representatives are not allowed.',
    ),
    'Our workplace does not recognise the union for bargaining, if that makes a difference. Has anyone dealt with this before?',
  ],
  [
    j(
      'It does not make a difference. The right to be accompanied at a grievance or disciplinary hearing applies whether or not',
      'the union is recognised. You can choose a colleague, a full-time union official, or a lay rep who has been certified by',
      'the union as trained to accompany.',
    ),
    j(
      'Reply to HR in writing, name your rep, and say that they are a certified companion. Ask the branch to send a short letter',
      'confirming the certification. Most HR teams back down at that point.',
    ),
  ],
  [
    j(
      'Agree with the above. One more thing: if your chosen companion cannot make the date, you can propose another date within',
      'five working days and the employer has to postpone.',
    ),
    'Keep copies of everything. If they still refuse, that refusal is a claim in itself, separate from the grievance.',
  ],
  [
    j(
      'Worth adding that the companion can speak at the hearing: they can put your case, sum it up and respond to points made,',
      'though they cannot answer questions on your behalf. Prepare together beforehand so you both know who says what.',
    ),
  ],
  [
    j(
      'Update for anyone who finds this later: I sent the letter from the branch on Friday and HR replied within an hour saying',
      'the rep is welcome. Thanks all, the hearing is going ahead with the rep beside me.',
    ),
  ],
] as const;
const dUsers = [
  ['mkellerby', 'Mar 9'],
  ['rep_anneliese', 'Mar 9'],
  ['Tomasz_H', 'Mar 10'],
  ['ceri.w', 'Mar 11'],
  ['mkellerby', 'Mar 14'],
] as const;
const dSuggested = ['Is a WhatsApp message a valid sickness notification?', 'Changing shift patterns without consultation', 'Holiday pay on overtime'];
const dHtml = `<!DOCTYPE html><html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Rights at Work - Federated Members’ Forum</title><meta name="description" content="I have a grievance hearing next Wednesday.">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 8e4f1c">
<link rel="canonical" href="https://forum.fwu.example/t/2281">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"name":"mkellerby"}}</script>
<link href="/stylesheets/desktop_9b1e.css" media="all" rel="stylesheet" data-target="desktop"/>
<meta id="data-discourse-setup" data-cdn="" data-base-url="https://forum.fwu.example" data-environment="production"></head>
<body class="crawler "><header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/"><img
src="/uploads/default/original/1X/logo.png" alt="Federated Members’ Forum" id="site-logo"></a></div>
<div class="panel"><span class="header-buttons"><a href="/login" class="btn btn-primary login-button">Log In</a><a href="/signup"
class="btn sign-up-button">Sign Up</a></span></div></div></div></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/employer-refusing-to-recognise-my-union-rep/2281"
class="fancy-title">${dTitle}</a></h1><div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement">
<a href="/c/rights-at-work/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg"></span><span class="badge-category clear-badge"><span
class="category-name" itemprop="name">Rights at Work</span></span></a></span><div class="discourse-tags list-tags"><a href="/tag/grievance"
class="discourse-tag simple">grievance-hearings</a>, <a href="/tag/companion" class="discourse-tag simple">accompaniment</a></div></div></div>
${dPosts
  .map(
    (post, i) => `<div id="post_${i + 1}" itemprop="${i === 0 ? 'mainEntity' : 'comment'}" itemscope itemtype="http://schema.org/${
      i === 0 ? 'DiscussionForumPosting' : 'Comment'
    }" class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" href="/u/${dUsers[i]?.[0] ?? ''}"><span itemprop="name">${dUsers[i]?.[0] ?? ''}</span></a></span>
<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-03-0${i + 1}T18:22:04Z" class="post-time">${dUsers[i]?.[1] ?? ''}</time>
<span itemprop="position">#${i + 1}</span></span></div><div class="post" itemprop="text">
${ps(post)}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="${5 - i}"/><span class='post-likes'>${5 - i} Likes</span></div></div>`,
  )
  .join('\n')}
<div class="topic-map"><ul><li class="created-by"><h4>created</h4><span class="relative-date">Mar 9</span></li>
<li class="last-reply"><h4>last reply</h4><span class="relative-date">Mar 14</span></li><li><h4>replies</h4><span class="number">4</span></li>
<li><h4>views</h4><span class="number">1.2k</span></li></ul></div>
<div id="suggested-topics" class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><tbody>
${dSuggested.map((s, i) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${i}" class="title raw-link">${s}</a></td></tr>`).join('\n')}
</tbody></table></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul><li><a href="/">Home</a></li><li><a href="/categories">Categories</a></li>
<li><a href="/guidelines">Guidelines</a></li><li><a href="/tos">Terms of Service</a></li><li><a href="/privacy">Privacy Policy</a></li></ul></nav></footer>
<div class="buorg"><p id="noscript-powered">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const forum: TestPage = {
  name: 'heldout400-discourse-members-forum',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flat()),
  bylines: ['mkellerby', 'Mar 9', 'rep_anneliese', 'Tomasz_H', 'Mar 10', 'ceri.w', 'Mar 11', 'Mar 14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log In', 'Sign Up', 'Rights at Work', 'grievance-hearings', 'accompaniment', '5 Likes', '4 Likes', '3 Likes', '2 Likes', '1 Likes', 'created',
    'last reply',
    'replies', 'views', '1.2k', 'Suggested Topics', ...dSuggested, 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy',
    'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT400_E: readonly TestPage[] = [cpd, forum];
