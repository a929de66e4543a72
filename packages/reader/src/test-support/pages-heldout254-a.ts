import { links, ps, type TestPage, texts } from './page-kit.js';
import { wpImpact } from './pages-heldout254-a2.js';
import { j } from './pages-heldout254-kit.js';

/**
 * Held-out batch 254, file a: a foundation's annual-report microsite built with Shorthand (scrollytelling sections, big
 * number blocks, a scrollmation with captions and credits, the section navigation bar, share buttons, the "Made with
 * Shorthand" footer) and, from file a2, a nonprofit's impact story on a WordPress GeneratePress theme.
 */
const arTitle = 'Roots and Reach: Our Year in Review 2025';
const arIntro = [
  j(
    'Twelve months ago we promised our partners that we would give faster, listen harder and stay for longer. This report is our',
    'account of how that promise held up across the valley towns, the river estuary and the upland parishes we serve.',
  ),
  j(
    'It was a year in which need kept rising. Food banks in our region reported their busiest winter on record, rents climbed',
    'again, and two of the small charities we fund closed their doors. It was also a year in which local groups showed what they',
    'can do when they are trusted with flexible money.',
  ),
];
const arStats = [
  '<strong>£6.4 million</strong> granted to 212 local organisations',
  '<strong>71%</strong> of grants given as unrestricted core funding',
  '<strong>19 days</strong> from application to decision, on average',
];
const arGiving = [
  j(
    'We changed the way we give in 2025. Most of our grants are now multi-year and unrestricted, which means a group can spend',
    'the money on rent, salaries or a new boiler without asking our permission first. We cut our application form from eleven',
    'pages to three, and we now accept a short video in place of a written proposal.',
  ),
  j(
    'The result was a wider field of applicants. One in four grants went to an organisation that had never applied to us before,',
    'and almost half went to groups with an annual income below £100,000.',
  ),
];
const arLimes = [
  j(
    'The Limekiln Lane Community Kitchen began as a soup pot in a church hall. With a three-year core grant it hired its first paid',
    'coordinator, Nadia Fennimore, and moved into a shop unit on the high street.',
  ),
  j(
    '<em>“For the first time we could plan past next month,”</em> Fennimore told us. <em>“We stopped writing bids and started',
    'cooking.”</em> The kitchen now serves 340 hot meals a week and runs a pay-what-you-can café on Saturdays.',
  ),
];
const arMoney = [
  j(
    'Our endowment returned 6.1% over the year, slightly ahead of our long-term target. We spent 5.2% of its average value on',
    'grants and charitable activity, and we kept our running costs at 9p in every pound.',
  ),
];
const arMoneyList = [
  'Grants to local organisations: £6.4 million',
  'Emergency winter fund: £0.9 million',
  'Capacity building and training: £0.4 million',
  'Governance and running costs: £0.8 million',
];
const arNext = [
  j(
    'In 2026 we will open a new fund for youth-led groups, decided by a panel of young people aged 16 to 24, and we will publish',
    'every grant we make as open data within a month of the decision.',
  ),
  j(
    'None of this would be possible without the donors, volunteers and partners who walk alongside us. Thank you for another year',
    'of holding the valley together.',
  ),
];
const arNav = ['Welcome', 'Giving', 'Voices', 'Money', 'Next year'];
const arShare = ['Share on Facebook', 'Share on LinkedIn', 'Share by email', 'Copy link'];
const arHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${arTitle} | Harrowgate Valley Foundation</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Harrowgate Valley Foundation annual report 2025.">
<meta property="og:title" content="${arTitle}"><meta property="og:type" content="article">
<meta property="og:image" content="https://harrowgate-valley.shorthandstories.example/roots-and-reach/assets/og.jpg">
<meta name="generator" content="Shorthand"><link rel="stylesheet" href="./static/css/theme.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${arTitle}",
"publisher":{"@type":"Organization","name":"Harrowgate Valley Foundation"},"datePublished":"2026-03-10"}</script>
<script>window.Shorthand={storyId:"rK2pQ8",theme:"harrowgate-2024",analytics:true};</script></head>
<body class="Theme-Story Theme-Story--harrowgate"><div id="story" class="Story">
<header class="Theme-Navigation Theme-Navigation--sticky" role="banner"><div class="Navigation__logo">
<a href="https://harrowgatevalley.example"><img alt="Harrowgate Valley Foundation" src="./assets/logo.svg"></a></div>
<nav class="Navigation__items" aria-label="Story sections"><ul class="Navigation__list">${links(arNav, 'Navigation__item')}</ul></nav>
<a class="Navigation__cta Theme-Button" href="https://harrowgatevalley.example/donate">Support our work</a></header>
<main id="main" class="Story__content">
<section class="Theme-Section Theme-TitleSection Theme-Layer--dark" id="section-intro"><div class="Theme-Layer-ResponsiveMedia">
<img src="./assets/valley-dawn.jpg" alt=""></div><div class="Theme-Layer-TextBlock Theme-Layer-TextBlock--center">
<div class="Theme-Overline">Annual Report 2025</div><h1 class="Theme-Title Theme-Title-H1">${arTitle}</h1>
<div class="Theme-Scroll-Cue" aria-hidden="true">Scroll to begin</div></div></section>
<section class="Theme-Section Theme-TextSection" id="section-introduction"><div class="Theme-Layer-BodyText Theme-Layer-BodyText--large">
${ps(arIntro, ' class="Theme-Layer-BodyText-Paragraph"')}
</div></section>
<section class="Theme-Section Theme-TextSection Theme-BigNumbers" id="section-numbers"><div class="Theme-Layer-TextBlock Grid Grid--3">
${ps(arStats, ' class="Theme-BigNumber"')}
</div></section>
<section class="Theme-Section Theme-TextSection" id="section-how-we-gave"><div class="Theme-Layer-BodyText">
<h2 class="Theme-Title-H2">How we gave</h2>
${ps(arGiving, ' class="Theme-Layer-BodyText-Paragraph"')}
</div></section>
<section class="Theme-Section Theme-MediaSection Theme-Scrollmation" id="section-stories"><div class="Scrollmation__media">
<figure class="Theme-Layer-ResponsiveMedia"><img src="./assets/kitchen.jpg" alt="Volunteers plating food">
<figcaption class="Theme-Caption">Saturday lunch at the Limekiln Lane café.</figcaption>
<div class="Theme-Credit">Photo: Owain Prestley</div></figure></div><div class="Scrollmation__text Theme-Layer-BodyText">
<h2 class="Theme-Title-H2">From soup pot to high street</h2>
${ps(arLimes, ' class="Theme-Layer-BodyText-Paragraph"')}
</div></section>
<section class="Theme-Section Theme-TextSection" id="section-our-finances"><div class="Theme-Layer-BodyText">
<h2 class="Theme-Title-H2">Our finances</h2>
${ps(arMoney, ' class="Theme-Layer-BodyText-Paragraph"')}
<ul class="Theme-List">${arMoneyList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<figure class="Theme-Layer-Chart"><img src="./assets/chart-spend.svg" alt="">
<figcaption class="Theme-Caption">Where the money went, 2025 (figures rounded).</figcaption></figure>
</div></section>
<section class="Theme-Section Theme-TextSection" id="section-looking-ahead"><div class="Theme-Layer-BodyText">
<h2 class="Theme-Title-H2">Looking ahead</h2>
${ps(arNext, ' class="Theme-Layer-BodyText-Paragraph"')}
</div></section>
<section class="Theme-Section Theme-CallToAction"><div class="Theme-Layer-TextBlock"><p class="Theme-CTA-Text">Help us keep giving in 2026.</p>
<a class="Theme-Button" href="https://harrowgatevalley.example/donate">Make a donation</a>
<a class="Theme-Button Theme-Button--ghost" href="./assets/annual-report-2025.pdf">Download the full report (PDF, 4.2MB)</a></div></section>
</main>
<footer class="Theme-Footer"><div class="Footer__share"><span class="Footer__share-label">Share this story</span>
<ul class="Social">${links(arShare, 'Social__item')}</ul></div>
<p class="Footer__legal">Harrowgate Valley Foundation is a registered charity, number 1187342.</p>
<p class="Footer__shorthand"><a href="https://shorthand.example/made-with">Made with Shorthand</a></p></footer></div>
<div class="Theme-CookieNotice" role="dialog" aria-label="Cookie notice"><p>This story uses cookies to measure readership.</p>
<button class="Theme-Button">Accept</button><button class="Theme-Button Theme-Button--ghost">Decline</button></div>
<script src="./static/js/story.js" defer></script></body></html>`;
const shorthandReport: TestPage = {
  name: 'heldout254-shorthand-annual-report',
  kind: 'blog',
  html: arHtml,
  title: arTitle,
  headings: ['How we gave', 'From soup pot to high street', 'Our finances', 'Looking ahead'],
  body: texts([...arIntro, ...arStats, ...arGiving, ...arLimes, ...arMoney, ...arMoneyList, ...arNext]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...arNav, 'Support our work', 'Annual Report 2025', 'Scroll to begin', 'Saturday lunch at the Limekiln Lane café.', 'Photo: Owain Prestley',
    'Where the money went, 2025 (figures rounded).', 'Help us keep giving in 2026.', 'Make a donation', 'Download the full report (PDF, 4.2MB)',
    'Share this story', ...arShare, 'Harrowgate Valley Foundation is a registered charity, number 1187342.', 'Made with Shorthand',
    'This story uses cookies to measure readership.', 'Accept', 'Decline',
  ],
};

export const HELDOUT254_A: readonly TestPage[] = [shorthandReport, wpImpact];
