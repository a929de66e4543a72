import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout361-kit.js';

/**
 * Held-out batch 361, file c2: a visa application centre's appointment FAQ on a Zendesk Guide help center with the
 * Copenhagen theme (header with logo and Submit a request, breadcrumbs and search, "Articles in this section" sidebar,
 * article header with author and dates, share links, votes, "Have more questions?", related and recently viewed
 * articles, footer). The question h3s of the FAQ are headings.
 */
const zTitle = 'Booking, changing or cancelling your visa appointment';
const zIntro = j(
  'All visa applications for Ostrevia submitted in Kell go through one of our three application centres. You need an appointment',
  'to hand in your documents and give your fingerprints. This article answers the questions we are asked most often about appointments.',
);
const zQ = [
  'How do I book an appointment?',
  'Can I change the date or time?',
  'What happens if I miss my appointment?',
  'Are priority appointments available?',
  'What should I bring?',
];
const zA: string[][] = [
  [
    j(
      'Create an account on the application portal, complete the online form and pay the visa fee. Once payment is confirmed, the',
      'calendar opens and you can choose any free slot at the centre of your choice. You will receive a confirmation email with a',
      'barcode, which you must show at the entrance.',
    ),
  ],
  [
    j(
      'Yes. You can reschedule up to 24 hours before your appointment by signing in to the portal and choosing Manage booking.',
      'Each application can be rescheduled twice free of charge; a third change costs 15 euros.',
    ),
  ],
  [
    j(
      'Your booking will be cancelled automatically after 30 minutes. The visa fee is not lost, but you will need to book a new',
      'slot from your account. If you miss two appointments, the application is closed and the fee is refunded minus a handling charge.',
    ),
  ],
  [
    j(
      'Priority appointments within two working days can be booked at the Kell and Aarvik centres for an extra fee of 45 euros. They',
      'depend on availability and do not shorten the time the embassy takes to decide on the application.',
    ),
  ],
  ['Please arrive ten minutes early and bring:'],
];
const zBring = [
  'the appointment confirmation with its barcode, printed or on your phone',
  'your passport and a copy of its data page',
  'the signed application form and all supporting documents listed in your checklist',
  'one recent passport photo, 35 x 45 mm, on a white background',
];
const zNote = 'Large bags and laptops cannot be taken into the centre, and there is no storage on site.';
const zSection = ['Which visa do I need?', 'Document checklists', zTitle, 'Tracking your application', 'Collecting your passport'];
const zRelated = ['Paying the visa fee', 'Why was my payment declined?', 'Accessibility at our application centres'];
const zRecent = ['Tracking your application', 'Collecting your passport'];
const zCrumbs = ['Ostrevia Visa Centre Help', 'Appointments', 'Before your appointment'];
const zHtml = `<!DOCTYPE html><html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><!-- v26893 --><title>${zTitle} – Ostrevia Visa Centre Help</title>
<meta name="csrf-param" content="authenticity_token"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="canonical" href="https://help.ostreviavisa-kell.example/hc/en-gb/articles/360061845512"><meta content="${zTitle}" property="og:title">
<meta content="article" property="og:type"><link rel="stylesheet" href="//static.zdassets.example/hc/assets/application-6d2f.css" media="all">
<link rel="stylesheet"
href="//theme.zdassets.example/theme_assets/9112/style.css?digest=2611"><script src="//static.zdassets.example/hc/assets/en-gb.js"></script>
<script>window.HelpCenter = {"account":{"subdomain":"ostreviavisa"},"user":{"role":"anonymous"},"internal":{"current_session_locale":"en-gb"}};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="//theme.zdassets.example/logo.png" alt="Ostrevia Visa Centre Help Help
Centre home page"></a>
</div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list"><li><a
class="submit-a-request"
href="/hc/en-gb/requests/new">Submit a request</a></li><li><a class="sign-in" rel="nofollow" data-auth-action="signin" role="button"
href="/hc/en-gb/signin">Sign
in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs">${links(zCrumbs)}</ol></nav><div class="search-container"><form role="search" class="search" data-search="" action="/hc/en-gb/search"
method="get"><input type="search" name="query" id="query" placeholder="Search" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">
<button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
${zSection
  .map((s) =>
    s === zTitle
      ? `<li><a href="/hc/en-gb/articles/360061845512" class="sidenav-item current-article" aria-current="page">${s}</a></li>`
      : `<li><a href="/hc/en-gb/articles/${s.length}" class="sidenav-item">${s}</a></li>`,
  )
  .join('\n')}</ul></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://ostreviavisa.zendesk.example/system/photos/agent.png" alt=""
class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-gb/profiles/4031">Ilona Markvart</a><ul class="meta-group"><li class="meta-data"><time datetime="2025-06-11T08:20:14Z"
title="2025-06-11 08:20" data-datetime="relative">9 months ago</time></li><li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe button" rel="nofollow" role="button" data-auth-action="signin" aria-selected="false"
href="/hc/en-gb/articles/360061845512/subscription.html">Follow</a>
</header><section class="article-info"><div class="article-content"><div class="article-body"><p>${zIntro}</p>
${zQ.map((q, i) => `<h3>${q}</h3>\n${ps(zA[i] ?? [])}`).join('\n')}
<ul>${lis(zBring)}</ul>
<p class="wysiwyg-color-red"><strong>${zNote}</strong></p></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.example/share.php"
class="share-facebook">Facebook</a>
</li><li><a href="https://twitter.example/share" class="share-twitter">Twitter</a></li><li><a href="https://www.linkedin.example/shareArticle"
class="share-linkedin">LinkedIn</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls"
role="group">
<button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="This article was helpful"
aria-pressed="false">Yes</button>
<button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="This article was not helpful"
aria-pressed="false">No</button>
</div><small class="article-votes-count"><span class="article-vote-label">212 out of 263 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></footer>
<div class="article-relatives"><div data-recent-articles><section class="recent-articles"><h2>Recently viewed
articles</h2><ul>${links(zRecent)}</ul></section></div>
<section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>${links(zRelated)}</ul></section></div>
</article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Ostrevia Visa Centre Help</a><div class="footer-language-selector">
<button class="dropdown-toggle" aria-haspopup="true">English (GB)</button></div></div></footer>
<div class="powered-by-zendesk"><a href="https://www.zendesk.example/service/help-center/">Powered by Zendesk</a></div>
<script src="//static.zdassets.example/hc/assets/moment.js"></script>
<script src="//theme.zdassets.example/theme_assets/9112/script.js?digest=2611"></script></body></html>`;
export const zendesk: TestPage = {
  name: 'heldout361-zendesk-guide-docs',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zQ,
  body: texts([zIntro, ...zA.slice(0, 4).flat(), ...(zA[4] ?? []), ...zBring, zNote]),
  bylines: ['Ilona Markvart', '9 months ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', ...zSection.filter((s) => s !== zTitle), 'Follow',
    'Facebook', 'Twitter', 'LinkedIn', 'Was this article helpful?', '212 out of 263 found this helpful', 'Have more questions?', 'Return to top',
    'Recently viewed articles', 'Related articles', ...zRelated, 'English (GB)', 'Powered by Zendesk',
  ],
};
