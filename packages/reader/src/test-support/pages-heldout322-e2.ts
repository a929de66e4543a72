import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout322-kit.js';

/**
 * Held-out batch 322, file e2: a wearable maker's support article on its recovery metric, on a Zendesk Help Center with the
 * Copenhagen theme (header with logo, "Submit a request" and "Sign in", breadcrumbs and search in the sub-nav, "Articles in
 * this section" sidebar, article header with author avatar, date and "Updated" line, a "Follow" button, body with a note
 * box, a score table and a list, share links, the "Was this article helpful?" votes, "Have more questions?", "Related
 * articles", "Recently viewed articles", the comments block without comments, and the footer). The callout's text is body.
 */
const zTitle = 'Understanding your Recovery Score';
const zH = ['How the score is calculated', 'What the numbers mean', 'Why my score looks wrong', 'Improving your score over time'];
const zP0 = [
  j(
    'Your Recovery Score is a number from 0 to 100 that appears in the Pellar app each morning. It estimates how ready your body is',
    'to take on strain today, based on how you slept and how your nervous system responded overnight.',
  ),
];
const zNote = j(
  'Note: Your band needs at least three nights of data before it shows a Recovery Score, and about two weeks to learn your personal',
  'baseline. Scores in the first fortnight may vary more than usual.',
);
const zP1 = ['Pellar Band combines four overnight measurements and compares each with your own rolling 30-day baseline:'];
const zL1 = [
  'Heart rate variability (HRV) during deep sleep, which carries the most weight',
  'Resting heart rate, measured in your lowest 10 minutes of sleep',
  'Sleep performance: the sleep you got compared with the sleep you needed',
  'Respiratory rate, which helps flag nights when you may be unwell',
];
const zP1b = ['Because the score is relative to your own baseline, it cannot be compared with a friend’s score.'];
const zCaption = 'Recovery Score bands';
const zRows: readonly (readonly [string, string, string])[] = [
  ['67 to 100', 'Green', 'Well recovered. A good day for hard training if your plan calls for it.'],
  ['34 to 66', 'Yellow', 'Moderately recovered. Train as planned but keep an eye on how you feel.'],
  ['0 to 33', 'Red', 'Low recovery. Prioritise rest, easy movement and an early night.'],
];
const zP2 = [
  j(
    'A low score after a good night often follows alcohol, a late heavy meal, illness or a hot bedroom, all of which raise resting',
    'heart rate and lower HRV even when sleep feels normal. If your score seems wrong for several days in a row, check that the band',
    'is worn snugly, two finger widths above the wrist bone, and that firmware is up to date in Settings > Device > Firmware.',
  ),
];
const zP3 = [
  j(
    'Consistent sleep and wake times make the biggest difference for most members. Over a month, look at the trend line in the',
    'Recovery tab rather than any single day.',
  ),
];
const zBody = [...zP0, zNote, ...zP1, ...zL1, ...zP1b, zCaption, ...zRows.flat(), ...zP2, ...zP3];
const zCrumbs = ['Pellar Support', 'Metrics and Insights', 'Sleep and recovery'];
const zSide = ['What is Strain?', 'How sleep need is calculated', 'Heart rate variability explained'];
const zRel = ['Why did my Recovery Score not appear?', 'Wearing your band for accurate readings'];
const zRecent = ['Charging your Pellar Band', 'Pairing a new band with the app'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8" /><!-- v26789 -->
<title>${zTitle} – Pellar Support</title>
<meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="">
<link rel="canonical" href="https://support.pellar.example/hc/en-gb/articles/360021884412-Understanding-your-Recovery-Score">
<meta content="width=device-width, initial-scale=1.0" name="viewport" /><meta property="og:type" content="website" />
<meta property="og:site_name" content="Pellar Support" /><meta property="og:title" content="${zTitle}" />
<meta property="og:description" content="Your Recovery Score is a number from 0 to 100 that appears in the Pellar app each morning." />
<link rel="stylesheet" href="//static.zdassets.example/hc/assets/application-9a1c3d.css" media="all" />
<link rel="stylesheet" type="text/css" href="/hc/theming_assets/01HXYZ/style.css?digest=1771" />
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"pellar","environment":"production","name":"Pellar"};
HelpCenter.user = {"identifier":"anon","locale":"en-gb","role":"anonymous"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="/hc/theming_assets/01HXYZ/logo.png" alt="Pellar Help Centre home page">
</a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav" aria-label="User navigation"><ul class="user-nav-list"><li><a
class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li><li><a class="sign-in" rel="nofollow" data-auth-action="signin"
role="button" href="/hc/en-gb/signin">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location"><ol
class="breadcrumbs">${zCrumbs.map((c) => `<li title="${c}"><a href="/hc/en-gb">${c}</a></li>`).join('\n')}</ol></nav><div class="search-container">
<form role="search" class="search" data-search="" action="/hc/en-gb/search" accept-charset="UTF-8" method="get"><input type="search" name="query"
id="query" placeholder="Search" autocomplete="off" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div
class="collapsible-sidebar"><button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title"
aria-expanded="false"></button><h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2>
<div class="collapsible-sidebar-body"><ul><li><a href="#" class="sidenav-item current-article">${zTitle}</a></li>
${links(zSide, 'sidenav-item')}</ul><a href="/hc/en-gb/sections/360004412" class="article-sidebar-item">See
more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://pellar.zendesk.example/system/photos/agent.png" alt=""
class="user-avatar"/></div><div class="article-meta"><span>Noor Halvard</span><ul class="meta-group"><li class="meta-data"><time
datetime="2025-10-02T09:14:31Z" title="2025-10-02 09:14" data-datetime="relative">2 October 2025</time></li><li class="meta-data">Updated</li></ul></div>
</div><div class="article-subscribe"><button class="article-subscribe" data-selected="false" aria-pressed="false">Follow</button></div></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zP0)}
<div class="callout callout--note"><p>${zNote}</p></div>
<h2 id="h_01HX1">${zH[0] ?? ''}</h2>
${ps(zP1)}
<ul>${zL1.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(zP1b)}
<h2 id="h_01HX2">${zH[1] ?? ''}</h2>
<table style="border-collapse: collapse; width: 100%;" border="1"><caption>${zCaption}</caption><tbody>
<tr><th>Score</th><th>Colour</th><th>What it suggests</th></tr>
${zRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>
<h2 id="h_01HX3">${zH[2] ?? ''}</h2>
${ps(zP2)}
<h2 id="h_01HX4">${zH[3] ?? ''}</h2>
${ps(zP3)}
</div>
<div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="#" class="share-facebook">Facebook</a></li><li><a href="#"
class="share-twitter">Twitter</a></li><li><a href="#" class="share-linkedin">LinkedIn</a></li></ul></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls"
role="group" aria-labelledby="article-votes-label"><button type="button" class="button article-vote article-vote-up" data-auth-action="signin"
aria-label="This article was helpful" aria-pressed="false">Yes</button><button type="button" class="button article-vote article-vote-down"
data-auth-action="signin" aria-label="This article was not helpful" aria-pressed="false">No</button></div><small class="article-votes-count"><span
class="article-vote-label">214 out of 263 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div><div class="article-return-to-top">
<a href="#article-container">Return to top</a></div></footer>
<div class="article-relatives"><div data-recent-articles><section class="recent-articles" aria-labelledby="recently-viewed-articles-title"><h2
id="recently-viewed-articles-title">Recently viewed articles</h2><ul>${links(zRecent)}</ul></section></div>
<div data-related-articles><section class="related-articles" aria-labelledby="related-articles-title"><h2 id="related-articles-title"
class="related-articles-title">Related articles</h2><ul>${links(zRel)}</ul></section></div></div>
<div class="article-comments" id="article-comments"><section class="comments"><header class="comment-overview"><h2 class="comment-heading">Comments</h2>
<p class="comment-callout">0 comments</p></header><p class="comment-callout">Article is closed for comments.</p></section></div></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Pellar Support</a><div class="footer-language-selector"><button
class="dropdown-toggle" aria-haspopup="true">English (GB)</button></div><p class="powered-by-zendesk"><a href="https://www.zendesk.example/service/"
target="_blank" rel="nofollow noopener noreferrer">Powered by Zendesk</a></p></div></footer>
<script src="//static.zdassets.example/hc/assets/en-gb.a1b2c3.js"></script><script src="/hc/theming_assets/01HXYZ/script.js?digest=1771"></script>
</body></html>`;
export const zendeskArticle: TestPage = {
  name: 'heldout322-zendesk-wearable-support',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zH,
  body: texts(zBody),
  bylines: ['Noor Halvard', '2 October 2025', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', ...zSide, 'See more', 'Follow', 'Facebook', 'Twitter',
    'LinkedIn', 'Was this article helpful?', '214 out of 263 found this helpful', 'Have more questions?', 'Return to top', 'Recently viewed articles',
    ...zRecent, 'Related articles', ...zRel, 'Comments', '0 comments', 'Article is closed for comments.', 'English (GB)', 'Powered by Zendesk',
  ],
};
