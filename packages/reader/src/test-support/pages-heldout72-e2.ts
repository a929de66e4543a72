import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 72, file e2: a Politico story (the global nav with "Playbook", "Newsletters" and "Log In", the story intro
 * with the category link, the headline as <h2 class="headline"> and no <h1> in the page, the dek, authors in vcards, the
 * timestamp and "Updated:" line, the share tools, the lead picture with caption and credit, story paragraphs with a "Read
 * more" teaser aside and the "Playbook" newsletter signup box inside the story text, the "contributed to this report" line,
 * "Filed under:" tags, the "Read more" rail and the footer).
 */
const poTitle = 'Farm bill talks stall as senators split over dairy pricing';
const poDek = 'A bipartisan deal that seemed close last week has hit a wall over a formula most voters have never heard of.';
const poBody1 = [
  'Senate negotiators on the long-delayed farm bill have hit an impasse over how the federal government sets minimum prices ' +
    'for milk, threatening a deal that leaders of the Agriculture Committee had hoped to announce before the Easter recess.',
  'The dispute pits senators from the big dairy states of the upper Midwest against colleagues from the West and Northeast, ' +
    'where farms are smaller and processors have pushed back against changes to the pricing formula.',
  '“We are close on almost everything else,” said Sen. Marjorie Tollefson (D-Minn.), who has led the dairy talks for her side. ' +
    '“But I am not going to vote for a bill that leaves our family farms worse off than they were five years ago.”',
  'At issue is a technical-sounding change to the way the Agriculture Department calculates the price of milk used to make ' +
    'cheese and butter, which in turn helps set what processors pay farmers. Tollefson and a group of Midwestern senators want to ' +
    'tie the formula more closely to the actual cost of production, a move they say would add about 90 cents per hundredweight.',
];
const poBody2 = [
  'Processors and some Northeastern lawmakers warn that the change would push up the price of dairy products at a time when ' +
    'grocery bills remain a top concern for voters. Sen. Curtis Beaulieu (R-Maine) said on Tuesday that he could not support ' +
    'it “in its current form.”',
  'The standoff has frustrated committee leaders, who spent months closing gaps on crop insurance, conservation programs and ' +
    'food assistance. Aides to both parties said privately that the dairy fight was the last major obstacle.',
  'Committee Chair Dwight Hanneman (R-Kan.) told reporters he would give the dairy negotiators until the end of next week to ' +
    'reach an agreement before moving forward with a markup regardless.',
  '“At some point you have to decide whether you want a farm bill or a perfect farm bill,” Hanneman said.',
  'The last full farm bill expired in 2023, and Congress has passed two one-year extensions since then. Farm groups have ' +
    'warned that another extension would leave growers without updated support as commodity prices fall.',
  'House Agriculture Committee leaders, who passed their own version of the bill in January, have signaled they would accept ' +
    'the Senate’s dairy language if it can get 60 votes.',
];
const poContrib = 'Meredith Lowe contributed to this report.';
const poNav = ['Congress', 'White House', 'Elections', 'Politics', 'Policy', 'Playbook', 'Newsletters', 'Podcasts', 'Magazine'];
const poTop = ['Log In', 'Subscribe'];
const poShare = ['Link Copied', 'Facebook', 'X', 'Email', 'Print'];
const poCaption = 'Sen. Marjorie Tollefson leaves a meeting of farm bill negotiators at the Capitol on March 4.';
const poCredit = 'Francis Chung/POLITICO';
const poTeasers = ['What’s in the House farm bill, and what’s missing', 'Milk prices are set by a 1930s formula. Both parties want to change it.'];
const poNews = [
  'Playbook',
  'The unofficial guide to official Washington, every morning and weekday afternoons.',
  'Your Email',
  'Employer',
  'Job Title',
  'Sign Up',
  'By signing up, you agree to receive email newsletters or updates from POLITICO and you agree to our privacy policy and ' +
    'terms of service. You can unsubscribe at any time.',
];
const poTags = ['Agriculture', 'Senate', 'Dairy', 'Farm Bill'];
const poRail = [
  'Speaker sets Friday vote on stopgap spending bill',
  'Trade deal talks resume with an eye on soybean exports',
  'Governors press Congress on disaster aid backlog',
];
const poFoot = [
  'About Us',
  'Advertising',
  'Breaking News Alerts',
  'Careers',
  'Credit Card Payments',
  'Digital Edition',
  'FAQ',
  'Feedback',
  'Headlines',
  'Photos',
  'Press',
  'Print Subscriptions',
  'Request A Correction',
  'Write For Us',
  'RSS',
  'Site Map',
  'Terms of Service',
  'Privacy Policy',
  'Do not sell or share my personal information',
];
const poCopy = '© 2025 POLITICO LLC';
const poP = (a: readonly string[]): string => a.map((p) => `<p class="story-text__paragraph">${p}</p>`).join('\n');
const poHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Farm bill talks stall over dairy pricing - POLITICO</title>
<meta name="description" content="${poDek}"><meta property="og:title" content="${poTitle}"><meta property="og:site_name" content="POLITICO">
<meta name="author" content="Nathan Orrell, Grace Villanueva"><meta name="sailthru.tags" content="agriculture,senate,congress">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${poTitle}","datePublished":"2025-03-05T10:00:00-05:00",
"author":[{"@type":"Person","name":"Nathan Orrell"},{"@type":"Person","name":"Grace Villanueva"}],
"publisher":{"@type":"Organization","name":"POLITICO"}}</script>
<script>window.politicoDataLayer = {"contentType":"story","section":"congress","contentId":"00000195-6a2f-d9d4-a3bd-ff6f8a3c0000"};</script>
<link rel="stylesheet" href="https://www.politico.com/dims4/default/resize/politico-story.css"></head>
<body class="page page--story"><a class="skip-link" href="#main">Skip to Main Content</a>
<header class="global-header"><div class="global-header__inner"><a class="global-header__logo" href="https://www.politico.com/"
aria-label="POLITICO"><svg></svg></a>
<nav class="global-nav" aria-label="Global navigation"><ul class="global-nav__list">${links(poNav, 'global-nav__item')}</ul></nav>
<div class="global-header__account"><a href="https://www.politico.com/login" class="global-header__login">${poTop[0]}</a>
<a href="https://www.politico.com/subscribe" class="global-header__subscribe">${poTop[1]}</a></div></div></header>
<main id="main" class="main"><div class="container container--story"><div class="container__row"><div class="container__column container__column--story">
<div class="story-intro"><div class="summary"><p class="story-meta__category"><a href="https://www.politico.com/congress">Congress</a></p>
<h2 class="headline">${poTitle}</h2><p class="dek">${poDek}</p></div>
<div class="story-meta"><p class="story-meta__authors">By <span class="vcard"><a class="url fn" href="https://www.politico.com/staff/nathan-orrell">Nathan
Orrell</a></span> and <span class="vcard"><a class="url fn" href="https://www.politico.com/staff/grace-villanueva">Grace Villanueva</a></span></p>
<p class="story-meta__timestamp"><time datetime="2025-03-05T10:00:00-05:00">03/05/2025 05:00 AM EST</time></p>
<p class="story-meta__updated"><span>Updated: 03/05/2025 11:43 AM EST</span></p>
<div class="share-tools"><ul class="share-tools__list">${poShare
  .map((t) => `<li class="share-tools__item"><button type="button" class="share-tools__button"><span class="share-tools__label">${t}</span></button></li>`)
  .join('')}</ul></div></div>
<figure class="art art--lead"><img src="https://www.politico.com/dims4/default/tollefson.jpg" alt="" width="1160" height="773">
<figcaption class="art__caption"><p class="art__caption-text">${poCaption}</p><p class="art__credit">| ${poCredit}</p></figcaption></figure></div>
<div class="story-text">
${poP(poBody1)}
<aside class="story-related story-enhancement"><h4 class="story-related__title">Read more</h4><ul
class="story-related__list">${links(poTeasers, 'story-related__item')}
</ul></aside>
${poP(poBody2.slice(0, 3))}
<aside class="story-enhancement story-enhancement--newsletter"><section class="newsletter-signup" data-newsletter="playbook">
<div class="newsletter-signup__header"><h3 class="newsletter-signup__title">${poNews[0]}</h3><p class="newsletter-signup__dek">${poNews[1]}</p></div>
<form class="newsletter-signup__form" method="post" action="/newsletters/subscribe"><label for="nl-email">${poNews[2]}</label><input id="nl-email" type="email">
<label for="nl-employer">${poNews[3]}</label><input id="nl-employer" type="text"><label for="nl-title">${poNews[4]}</label><input id="nl-title" type="text">
<button type="submit" class="newsletter-signup__button">${poNews[5]}</button></form><p class="newsletter-signup__legal">${poNews[6]}</p></section></aside>
${poP(poBody2.slice(3))}
<p class="story-text__paragraph"><i>${poContrib}</i></p>
</div>
<div class="story-tags"><span class="story-tags__label">Filed under:</span><ul class="story-tags__list">${links(poTags, 'story-tags__item')}</ul></div>
</div>
<div class="container__column container__column--rail"><section class="rail-module"><h3 class="rail-module__title">Read more</h3>
<ul class="rail-module__list">${links(poRail, 'rail-module__item')}</ul></section></div></div></div></main>
<footer class="global-footer"><ul class="global-footer__list">${links(poFoot, 'global-footer__item')}</ul><p
class="global-footer__copyright">${poCopy}</p></footer>
<script src="https://www.politico.com/js/story.js" defer></script></body></html>`;
export const politicoStory: TestPage = {
  html: poHtml,
  name: 'heldout72-politico-news',
  kind: 'news',
  // the dek is in neither list (batch convention: deks); the "Read more" teaser aside and the Playbook signup box inside the
  // story text are furniture; "Meredith Lowe contributed to this report." is a byline; "Congress" is the category link and a nav
  // item: listed once; the caption credit keeps its leading "|"
  title: poTitle,
  headings: [],
  body: [...texts(poBody1), ...texts(poBody2)],
  bylines: ['By Nathan Orrell and Grace Villanueva', '03/05/2025 05:00 AM EST', 'Updated: 03/05/2025 11:43 AM EST', poContrib],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...poNav, ...poTop, ...poShare, poCaption, `| ${poCredit}`, 'Read more', ...poTeasers, ...poNews.slice(1), 'Filed under:',
    ...poTags, ...poRail, ...poFoot, poCopy,
  ],
};
