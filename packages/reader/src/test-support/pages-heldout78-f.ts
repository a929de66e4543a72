import { links, type TestPage, texts } from './page-kit.js';
import { yahooStory } from './pages-heldout78-f2.js';

/**
 * Held-out batch 78, file f: a HuffPost story (the header with "Log In" and the section nav, the vertical label, headline and dek,
 * the byline, published and updated times, the share bar with its "LOADING ERROR LOADING" placeholder, the lead image caption and
 * credit, paragraphs each wrapped in a "cli" block, a "Related..." list inside the text, ad labels, the support appeal at the end
 * of the text, "Go To Homepage", topic tags, "Suggest a correction" and "Submit a tip", "From Our Partner" and the footer), and a
 * Yahoo News story syndicated from a local paper (file f2).
 */
const hpTitle = 'Why Run Clubs Are Replacing Bars As The Place To Meet People';
const hpDek = 'Organizers say social running groups have doubled in size in a year — and most new members come for the company, not the cardio.';
const hp1 = [
  'On a Thursday evening in late October, more than 200 people gathered outside a coffee shop in the Harborview district, stretching, ' +
    'chatting and comparing shoes. Most of them had never run more than a few miles. Many had come alone.',
  '“I moved here a year ago and didn’t know anyone,” said Jenna Park, 27, who joined the Thursday Night Milers in the spring. “I tried ' +
    'apps, I tried going to trivia night by myself. This was the first thing that actually worked.”',
  'The Thursday Night Milers started in 2022 with nine people. It now has more than 3,000 members in its group chat and runs three routes ' +
    'each week at different paces, ending — crucially — at a cafe or brewery where nobody is expected to drink alcohol.',
];
const hpRelated = [
  'The Loneliness Epidemic Is Real. Here’s What Actually Helps.',
  'I Joined A Beginner Running Group At 52. It Changed More Than My Fitness.',
  'How To Make Friends As An Adult, According To Experts',
];
const hpH1 = 'A Lower-Pressure Way To Socialize';
const hp2 = [
  'Run club organizers around the country describe a similar surge. Several told HuffPost their numbers roughly doubled over the past ' +
    'year, with the biggest growth among people in their 20s and early 30s.',
  'Part of the appeal, experts say, is that running gives people something to do with their bodies while they get to know each other.',
  '“Side-by-side activities take some of the pressure off,” said Dr. Alana Whitford, a psychologist who studies friendship in adulthood. ' +
    '“You don’t have to hold eye contact or fill every silence. You can talk for 10 minutes, fall back, and catch up with someone else.”',
  'The structure helps, too. A club that meets at the same time every week gives people repeated, low-stakes contact with the same faces ' +
    '— which <a href="/entry/friendship-research">research suggests</a> is one of the main ways acquaintances turn into friends.',
];
const hpH2 = 'Not Everyone Is Chasing A Personal Best';
const hp3 = [
  'Organizers say they have had to adjust to members who care more about the social hour than the run itself. Many clubs now offer a ' +
    '“party pace” group, a walking option or a shorter loop for beginners.',
  '“We always say no one gets left behind,” said Marcus Bell, who founded the Eastside Social Run Club. “Someone runs at the back of every ' +
    'group. If you finish last, there are still 40 people waiting to high-five you.”',
  'For some members, the club has replaced nights out altogether. Park said she now spends most Friday mornings at a bakery with friends ' +
    'she met on the Thursday runs, and rarely goes to bars.',
  '“It’s not that I don’t like a drink,” she said. “It’s just nice to meet people when everyone is sober, a bit sweaty and nobody is ' +
    'trying too hard to impress anyone.”',
];
const hpNav = ['News', 'Politics', 'Entertainment', 'Life', 'Wellness', 'Style & Beauty', 'Food & Drink', 'Parenting', 'Travel', 'Shopping'];
const hpCaption = 'Members of a social run club set off on a weekly evening route.';
const hpCredit = 'Ezra Collins via Getty Images';
const hpAppeal = {
  title: 'Support HuffPost',
  lead: 'At HuffPost, we believe good journalism should be free for everyone, not only for those who can pay for it.',
  ask: 'Would you help keep our stories free for all? Contributions start at just $2 and go straight to our newsroom.',
  amounts: ['$2', '$6', '$12'],
  other: 'Other',
  note: 'Already contributed? Log in to hide these messages.',
};
const hpTags = ['Fitness', 'Running', 'Friendship', 'Loneliness'];
const hpPartner = ['These Sneakers Are On Sale Ahead Of The Holidays', 'The Cozy Fall Layers Our Editors Keep Reaching For'];
const hpFoot = [
  'About Us',
  'Advertise',
  'About Our Ads',
  'Contact Us',
  'RSS',
  'FAQ',
  'Careers',
  'User Agreement',
  'Privacy Policy',
  'Comment Policy',
  'Accessibility Statement',
  'Your Privacy Choices',
];
const cli = (a: readonly string[]): string => a.map((p) => `<div class="primary-cli cli cli-text"><p>${p}</p></div>`).join('\n');
const hpAd = '<div class="advertisement ad-entry-body"><span class="advertisement-holder-label">Advertisement</span><div class="ad-slot"></div></div>';
const hpHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${hpTitle} | HuffPost Life</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${hpDek}"><meta property="og:site_name" content="HuffPost"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.huffpost.com/entry/run-clubs-meeting-people_l_6727b3e4e4b0f1c8a2d91e55">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${hpTitle}","datePublished":"2025-11-03T05:45:02-05:00",
"author":[{"@type":"Person","name":"Priya Ramaswamy"}],"publisher":{"@type":"Organization","name":"HuffPost"},"isAccessibleForFree":true}</script>
<script>window.HP = window.HP || {}; HP.params = {"entryId":"6727b3e4e4b0f1c8a2d91e55","section":"wellness","isLive":false};</script>
<link rel="stylesheet" href="https://assets.huffpost.com/entry.7b0e3c.css"></head>
<body class="entry entry--life us"><div id="main" class="page-wrapper"><a class="skip-link" href="#entry-body">Skip to Main Content</a>
<header class="header"><div class="header__wrapper"><a href="/" class="header__logo" aria-label="HuffPost homepage"><span class="sr-only">HuffPost</span></a>
<nav class="header__nav" aria-label="Sections"><ul>${links(hpNav, 'header__nav-item')}</ul></nav>
<div class="header__right"><a href="/support" class="header__support">Support Us</a><a href="/login" class="header__login">Log In</a></div></div></header>
<main class="main"><article class="entry" data-entry-id="6727b3e4e4b0f1c8a2d91e55">
<header class="entry__header"><a class="entry__vertical-link vertical-link" href="/life/wellness">Wellness</a>
<h1 class="headline" id="headline">${hpTitle}</h1><div class="dek">${hpDek}</div>
<div class="entry__byline"><div class="entry__byline__author"><a href="/author/priya-ramaswamy" class="entry__byline__author__link">By Priya
Ramaswamy</a></div><div class="timestamp"><span class="timestamp__date--published"><time datetime="2025-11-03T05:45:02-05:00">Nov 3, 2025, 05:45 AM
EST</time></span> <span class="timestamp__date--modified">| Updated <time datetime="2025-11-03T09:12:40-05:00">Nov 3, 2025</time></span></div></div>
<div class="entry__share social-buttons"><span class="social-buttons__placeholder">LOADING ERROR LOADING</span>
<a href="#" class="social-buttons__link--facebook" aria-label="Share on Facebook"></a><a href="#" class="social-buttons__link--x" aria-label="Share on X"></a>
</div></header>
<figure class="cli-image entry__lead-image"><img src="https://img.huffingtonpost.com/asset/6727b4f8200000150034e1aa.jpeg" alt="Runners at dusk">
<figcaption class="cli-image__caption">${hpCaption}</figcaption><div class="cli-image__credit">${hpCredit}</div></figure>
<section id="entry-body" class="entry__content-list js-entry-content js-cet-subunit">
${cli(hp1.slice(0, 2))}
${hpAd}
${cli(hp1.slice(2))}
<div class="cli cli-related-articles"><div class="cli-related-articles__title">Related...</div><ul class="cli-related-articles__list">
${links(hpRelated, 'cli-related-articles__item')}</ul></div>
<div class="cli cli-heading"><h2>${hpH1}</h2></div>
${cli(hp2)}
${hpAd}
<div class="cli cli-heading"><h2>${hpH2}</h2></div>
${cli(hp3)}
<div class="cli cli-support-huffpost contributor-cta"><h3 class="contributor-cta__title">${hpAppeal.title}</h3>
<p class="contributor-cta__lead">${hpAppeal.lead}</p><p class="contributor-cta__ask">${hpAppeal.ask}</p>
<div class="contributor-cta__amounts">${hpAppeal.amounts.map((a) => `<button type="button">${a}</button>`).join('')}<button
type="button">${hpAppeal.other}</button></div><p class="contributor-cta__login">${hpAppeal.note}</p></div>
</section>
<div class="entry__footer"><a href="/" class="entry__footer__homepage-button">Go To Homepage</a>
<div class="entry__tags"><ul>${links(hpTags, 'entry__tag')}</ul></div>
<div class="entry__correction"><a href="/corrections">Suggest a correction</a> | <a href="/tips">Submit a tip</a></div></div>
</article>
<section class="zone zone--partner"><h2 class="zone__title">From Our Partner</h2><ul>${links(hpPartner)}</ul></section></main>
<footer class="footer"><ul class="footer__links">${links(hpFoot)}</ul><p class="footer__copyright">©2025 BuzzFeed, Inc. All rights reserved.</p></footer></div>
<script src="https://assets.huffpost.com/entry.7b0e3c.js" defer></script></body></html>`;
const huffPostStory: TestPage = {
  html: hpHtml,
  name: 'heldout78-huffpost-news',
  kind: 'news',
  // the dek is body; "By Priya Ramaswamy" and the times are bylines; the vertical label, share bar placeholder, caption and
  // credit, the "Related..." list and the ad labels inside the text, the support appeal at its end, "Go To Homepage", tags,
  // correction links, "From Our Partner" and the footer are furniture
  title: hpTitle,
  headings: [hpH1, hpH2],
  body: [hpDek, ...hp1, ...texts(hp2), ...hp3],
  bylines: ['By Priya Ramaswamy', 'Nov 3, 2025, 05:45 AM EST', '| Updated Nov 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'HuffPost', ...hpNav.filter((t) => t !== 'Wellness'), 'Support Us', 'Log In', 'Wellness', 'LOADING ERROR LOADING',
    hpCaption, hpCredit, 'Advertisement', 'Related...', ...hpRelated, hpAppeal.title, hpAppeal.lead, hpAppeal.ask, ...hpAppeal.amounts,
    hpAppeal.other, hpAppeal.note, 'Go To Homepage', ...hpTags, 'Suggest a correction', 'Submit a tip', 'From Our Partner', ...hpPartner,
    ...hpFoot, '©2025 BuzzFeed, Inc. All rights reserved.',
  ],
};

export const HELDOUT78_F: readonly TestPage[] = [huffPostStory, yahooStory];
