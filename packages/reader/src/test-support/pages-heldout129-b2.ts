import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 129, file b2: a Business Insider article (the "Jump to" skip links, the header with "Subscribe",
 * "Newsletters" and "Log in", the vertical nav, the category label, the byline with headshot and timestamp, the "Share",
 * "Save" and "Read in app" buttons, the hero figure with caption and source, the summary bullets, in-body ad slots with
 * "Advertisement" labels, the reporter's tip line in italics at the end of the body, the follow-the-author box, "Read next"
 * and the footer with its legal text).
 */
const paras = (s: string): string[] => s.trim().split(/\n\s*\n/);
const bTitle = 'Companies flattened their org charts. Now some are quietly bringing middle managers back.';
const bSummary = [
  'Many companies cut layers of middle management in 2023 and 2024 to move faster and save money.',
  'Some are now rehiring team leads after seeing burnout and missed deadlines among the staff left behind.',
  'HR leaders say the new managers oversee fewer people and spend more time coaching.',
];
const bP1 = paras(`
When Tallis Logistics removed two layers of management in early 2024, executives told staff the change would cut meetings and speed up
decisions. Eighteen months later, the freight software company is adding one of those layers back.

"We were right that we had too many managers," said Corinne Abara, Tallis’s chief people officer. "We were wrong about how many we
needed. Some of our engineers ended up reporting to someone with 30 direct reports. Nobody can manage 30 people well."

Tallis is not alone. Job postings for roles with "team lead" or "people manager" in the title rose 22% in the third quarter compared with
the same period last year, according to data from the hiring platform Staffgrid shared with Business Insider. Postings for such roles had
fallen for six straight quarters before that.`);
const bH1 = 'The ‘great flattening’ had side effects';
const bP2 = paras(`
After a wave of cuts that executives called "the year of efficiency," many large employers set out to shrink the number of people whose
main job is to manage other people. Some companies tied the cuts to bonuses for senior leaders, who were rewarded for widening their
teams’ span of control.

But workers and HR leaders told BI the changes often shifted work rather than removing it. Performance reviews, hiring, onboarding and
day-to-day questions did not disappear when the managers did; they landed on the remaining managers or on senior staff who had no formal
authority.

A <a href="https://www.parkhurstgroup.example/research/span-of-control-2025">survey of 1,200 US office workers</a> by the consultancy
Parkhurst Group, published in October, found that employees whose managers had more than 15 direct reports were nearly twice as likely
to say they planned to leave their job within a year.

"The savings look great on a spreadsheet," said Devon Marsh, a partner at Parkhurst who led the research. "What doesn’t show up is the
senior engineer who quits because she’s spent half her week doing someone else’s job."`);
const bH2 = 'A different kind of manager';
const bP3 = paras(`
The managers coming back are not the same as the ones who left, HR leaders said. At Tallis, the new team leads each oversee six to eight
people and still spend about half their time on hands-on work. They are expected to run weekly one-on-ones and handle hiring for their
teams, but not to approve budgets.

At Brennan Home, a furniture retailer with about 4,000 corporate staff, the company has created "coach" roles for its customer service
teams after call times and complaints rose following a 2024 restructuring.

"It’s less about control and more about support," said Brennan’s head of operations, Luis Ferreira. "People wanted someone whose job it
was to help them get better."

Not every company is reversing course. Several executives told BI they were happy with flatter structures and had no plans to add
managers back, especially as they expect AI tools to take on some of the administrative work that managers used to do.

Abara said Tallis would keep watching the numbers. "If it turns out we overcorrected again, we’ll fix it," she said. "The mistake would
be pretending the first change was perfect."`);
const bTip =
  'Do you work at a company that has added back management layers? Contact this reporter at hokafor@businessinsider.example or on ' +
  'Signal at hannahokafor.01. Use a personal email address and a nonwork device.';
const bJump = ['Main content', 'Search', 'Account'];
const bNav = ['Business', 'Strategy', 'Economy', 'Finance', 'Retail', 'Advertising', 'Careers', 'Media', 'Real Estate', 'Small Business'];
const bCaption = 'Some companies that cut layers of management are now adding team leads back.';
const bSource = 'Kavya Rao/BI; Getty Images';
const bFollow = [
  'Follow Hannah Okafor',
  'Every time Hannah publishes a story, you’ll get an alert straight to your inbox!',
  'Stay connected to Hannah and get more of their work as it publishes.',
  'Sign up',
  'By clicking “Sign up”, you agree to receive emails from Business Insider. In addition, you accept Insider’s Terms of Service and ' + 'Privacy Policy.',
];
const bNext = [
  'I quit my corporate job to become a freelance project manager. Here’s what I earn now.',
  'The 4 questions managers should ask in every one-on-one, according to an executive coach',
  'Return-to-office mandates are back. Here’s which companies are enforcing them.',
];
const bFoot = [
  'Masthead',
  'Newsletters',
  'Podcasts',
  'Reprints & Permissions',
  'Careers',
  'Terms of Service',
  'Privacy Policy',
  'Your Privacy Choices',
  'Code of Ethics',
  'Contact Us',
  'Sitemap',
  'Disclaimer',
  'Accessibility',
  'Advertising Policies',
  'Commerce Policy',
  'CA Privacy Rights',
];
const bLegal =
  'Copyright © 2025 Insider Inc. All rights reserved. Registration on or use of this site constitutes acceptance of our Terms of ' +
  'Service and Privacy Policy.';
const bAd = (n: number): string => `<div class="in-post-sticky ad-wrapper" data-ad-slot="in-post-${n}"><div class="ad-callout">Advertisement</div>
<div id="gpt-post-in-post-${n}" class="ad-slot" style="min-height:250px"></div></div>`;
const bPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const bHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Companies Are Quietly Bringing Middle Managers Back - Business Insider</title>
<meta name="description" content="Some companies that cut middle managers are now rehiring team leads after burnout and missed deadlines.">
<meta property="og:title" content="${bTitle}"><meta property="og:site_name" content="Business Insider"><meta name="author" content="Hannah Okafor">
<link rel="canonical" href="https://www.businessinsider.example/companies-bring-back-middle-managers-flattening-2025-11">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${bTitle}","datePublished":"2025-11-04T10:04:01Z",
"author":[{"@type":"Person","name":"Hannah Okafor","url":"https://www.businessinsider.example/author/hannah-okafor"}],
"publisher":{"@type":"Organization","name":"Insider Inc."},"isAccessibleForFree":true,"articleSection":"Careers"}</script>
<script>window.insiderConfig={"vertical":"careers","postId":"6728c0f1a5","isPremium":false,"paywall":"metered"};</script>
<link rel="stylesheet" href="https://www.businessinsider.example/public/assets/css/post.a91c3e.css"></head>
<body class="post-page bi-vertical-careers"><div class="skip-links"><span class="skip-links-label">Jump to</span>
${bJump.map((t) => `<a class="skip-link" href="#${t.toLowerCase().replace(' ', '-')}">${t}</a>`).join('\n')}</div>
<header class="company-header" role="banner"><div class="navbar"><button class="hamburger-menu" aria-label="Open navigation menu"></button>
<a class="logo" href="/"><span class="sr-only">Business Insider</span></a><div class="navbar-actions">
<a class="subscribe-btn headline-bold" href="/subscription">Subscribe</a><a class="newsletters-link" href="/newsletters">Newsletters</a>
<button class="search-btn" aria-label="Search"></button><a class="login-link" href="/login">Log in</a></div></div>
<nav class="vertical-nav" aria-label="Business"><ul class="vertical-nav-list">${links(bNav, 'vertical-nav-item')}</ul></nav></header>
<main id="main-content" class="l-main-content"><article class="post-content" data-post-id="6728c0f1a5" data-track-page-area="Post">
<div class="post-top"><a class="post-category headline-bold" href="/careers">Careers</a>
<h1 class="post-headline headline-bold">${bTitle}</h1>
<div class="byline-wrapper"><div class="byline-author-headshot"><img alt="Hannah Okafor" src="https://i.insider.example/author/okafor.jpg" width="40"></div>
<div class="byline-author"><a class="byline-link byline-author-name" href="/author/hannah-okafor">Hannah Okafor</a></div>
<div class="byline-timestamp" data-timestamp="2025-11-04T10:04:01Z">Nov 4, 2025, 5:04 AM ET</div></div>
<div class="share-wrapper"><button class="share-button" data-track-click="share"><span class="share-label">Share</span></button>
<button class="save-button" data-track-click="save"><span class="save-label">Save</span></button>
<a class="read-in-app-button" href="https://bi.link.example/app">Read in app</a></div></div>
<figure class="figure image-figure-image post-hero" data-type="img"><img class="lazy-image" alt="An illustration of an office org chart"
src="https://i.insider.example/6728c0f1a5?width=1200&amp;format=jpeg" width="1200" height="900">
<figcaption class="image-caption-and-source"><span class="image-caption">${bCaption}</span>
<span class="image-source">${bSource}</span></figcaption></figure>
<div class="post-summary-bullets"><ul class="summary-list">${bSummary.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
<section class="post-body-content"><div class="content-lock-content">
${bPs(bP1)}
${bAd(1)}
<h2>${bH1}</h2>
${bPs(bP2.slice(0, 2))}
${bAd(2)}
${bPs(bP2.slice(2))}
<h2>${bH2}</h2>
${bPs(bP3.slice(0, 3))}
${bAd(3)}
${bPs(bP3.slice(3))}
<p><em>${bTip}</em></p>
</div></section>
<div class="post-follow-author"><h3 class="follow-author-title">${bFollow[0]}</h3><p class="follow-author-alert">${bFollow[1]}</p>
<p class="follow-author-dek">${bFollow[2]}</p><form class="follow-author-form"><input type="email" placeholder="Enter your email" aria-label="Email">
<button type="submit" class="follow-author-submit">${bFollow[3]}</button></form><p class="follow-author-legal">${bFollow[4]}</p></div></article>
<section class="read-next" aria-labelledby="read-next-title"><h2 id="read-next-title" class="read-next-title">Read next</h2><ul class="read-next-list">
${bNext.map((t, i) => `<li class="read-next-item"><a class="tout-title-link" href="/careers/story-${i}">${t}</a></li>`).join('\n')}</ul></section></main>
<footer class="company-footer" role="contentinfo"><a class="footer-logo" href="/"><span class="sr-only">Business Insider</span></a>
<ul class="footer-links">${links(bFoot, 'footer-link')}</ul><p class="footer-legal">${bLegal}</p>
<p class="footer-ad-choices"><a href="/adchoices">AdChoices</a></p></footer>
<script src="https://www.businessinsider.example/public/assets/js/post.77e0ab.js" defer></script></body></html>`;
export const businessInsider: TestPage = {
  html: bHtml,
  name: 'heldout129-business-insider-news-article',
  kind: 'news',
  // the summary bullets are body; the author name and timestamp are bylines; the reporter's italic tip line at the end of the
  // body, the follow-the-author box, the category, caption and source, ad labels, buttons, "Read next", nav and footer are
  // furniture ("Careers" is both the category label and a nav item)
  title: bTitle,
  headings: [bH1, bH2],
  body: texts([...bSummary, ...bP1, ...bP2, ...bP3]),
  bylines: ['Hannah Okafor', 'Nov 4, 2025, 5:04 AM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to', ...bJump, 'Subscribe', 'Newsletters', 'Log in', ...bNav, 'Share', 'Save', 'Read in app', bCaption, bSource, 'Advertisement', bTip,
    ...bFollow, 'Read next', ...bNext, ...bFoot.filter((t) => t !== 'Newsletters' && t !== 'Careers'), bLegal, 'AdChoices',
  ],
};
