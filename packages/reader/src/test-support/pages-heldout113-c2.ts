import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 113, file c2: a The Conversation (US edition) article: the tagline and edition menu, the header nav with
 * "Get newsletter" and "Donate", the topic kicker, headline and standfirst, the author list with roles, the "Published"
 * time, the share links, a figure with caption and attribution, h2 sections, "Read more:" link paragraphs inside the body,
 * the inline newsletter promo, the disclosure statement and partners boxes, "Republish this article", the topics list,
 * "You might also like" and the footer.
 */
const cTitle = 'Why teenagers fall asleep later, and why school start times have not caught up';
const cStand = 'Shifts in the adolescent body clock are well documented. The policy response has been slow and uneven.';
const cIntro = [
  'Ask any parent of a 15-year-old and they will tell you that their child seems to come alive at 10 p.m. and is impossible to wake ' +
    'at 7 a.m. It is tempting to blame phones, or late-night gaming, or simple stubbornness. But a large part of the explanation lies ' +
    'in biology.',
  'I study sleep in young people, and the evidence that the adolescent body clock shifts later is some of the most consistent in my ' +
    'field. What has been much less consistent is how schools have responded.',
];
const cH1 = 'A clock that moves';
const cP1 = [
  'During puberty, the release of melatonin, the hormone that helps signal to the body that it is time for sleep, starts later in ' +
    'the evening. In studies in sleep laboratories, this shift averages about one to two hours between the ages of 10 and 18.',
  'At the same time, the pressure to sleep that builds up during the day builds more slowly in teenagers than in younger children. ' +
    'Put those two changes together and a teenager who is sent to bed at 9:30 may simply lie awake.',
  'Teenagers still need about eight to ten hours of sleep a night. If they cannot fall asleep until 11 and have to be up at 6:30 ' +
    'for a 7:30 bus, the arithmetic does not work.',
];
const cH2 = 'What later start times do';
const cP2 = [
  'Several school districts have tried moving their high school start times later, and researchers have followed what happened. ' +
    'In a study my colleagues and I published last year, we tracked about 2,400 students in four districts before and after their ' +
    'schools moved the start of the day from 7:35 to 8:25.',
  'Students slept on average 34 minutes more on school nights. Fewer of them reported falling asleep in class, and attendance in ' +
    'first period rose. Grades improved modestly, mostly in first- and second-period classes.',
];
const cList = [
  'Average school-night sleep rose from 6 hours 52 minutes to 7 hours 26 minutes.',
  'The share of students reporting daytime sleepiness most days fell from 48% to 31%.',
  'First-period tardiness fell by about a quarter.',
];
const cH3 = 'Why change is slow';
const cP3 = [
  'If the evidence is this clear, why do so many high schools still start before 8? The main obstacles are practical. Districts ' +
    'often run buses in tiers, so moving high schools later means moving elementary schools earlier or buying more buses. After-school ' +
    'sports, jobs and child care are all built around the current schedule.',
  'These are real costs, and I do not think they should be waved away. But they are the kind of problems that districts solve all ' +
    'the time when they decide something matters. The districts in our study found ways to make it work, including staggering bus ' +
    'routes and shortening some practice times.',
  'Sleep is not a luxury for teenagers. It is part of how they learn, how they manage their moods and how they stay safe on the ' +
    'roads. Schools that start a little later are not giving in to teenagers. They are working with the body clock rather than against it.',
];
const cReadMore = [
  'Read more: Screens before bed are not the whole story of teenage sleep',
  'Read more: What happens in the brain when you pull an all-nighter',
];
const cTop = ['Academic rigour, journalistic flair', 'Edition:', 'Get newsletter', 'Donate'];
const cNav = ['Arts + Culture', 'Business + Economy', 'Education', 'Environment', 'Health', 'Politics + Society', 'Science + Tech', 'Podcasts'];
const cCaption = 'Most teenagers’ body clocks shift later during puberty.';
const cAttr = 'Malcolm Teague/Getty Images';
const cPromo = ['Get news that’s free, independent and based on evidence.'];
const cDisclosure = [
  'Hannah Okafor receives funding from the National Institute of Child Health. She has advised two school districts on start times ' + 'without payment.',
  'Riverbend University provides funding as a member of The Conversation US.',
];
const cTopics = ['Sleep', 'Teenagers', 'Schools', 'Circadian rhythms', 'Adolescence'];
const cLike = [
  'Parents of toddlers lose more sleep than they think, study finds',
  'The four-day school week is spreading. What do we know about it?',
  'Why some people are night owls, according to their genes',
];
const cFoot = [
  'Community standards',
  'Republishing guidelines',
  'Analytics',
  'Our feeds',
  'Who we are',
  'Our charter',
  'Our team',
  'Partners and funders',
  'Resource for media',
  'Contact us',
  'Privacy policy',
  'Terms and conditions',
  'Corrections',
];
const cHtml = `<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8"><title>${cTitle}</title>
<meta name="description" content="${cStand}"><meta property="og:site_name" content="The Conversation">
<meta name="citation_author" content="Hannah Okafor"><meta property="article:published_time" content="2025-10-07T12:32:18Z">
<link rel="canonical" href="https://theconversation.com/why-teenagers-fall-asleep-later-248811">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${cTitle}",
"author":[{"@type":"Person","name":"Hannah Okafor"}],"datePublished":"2025-10-07T12:32:18Z",
"publisher":{"@type":"Organization","name":"The Conversation"},"isAccessibleForFree":true}</script>
<script src="https://cdn.theconversation.com/assets/application-3d4f.js" defer></script>
</head>
<body class="articles show"><div id="page">
<header id="header" class="site-header"><div class="tagline">${cTop[0]}</div><div class="edition-switcher"><span>${cTop[1]}</span>
<button aria-haspopup="true">US</button></div><a class="logo" href="/us">The Conversation</a>
<a class="newsletter-button" href="/us/newsletters">${cTop[2]}</a><a class="donate-button" href="https://donate.theconversation.com/us">${cTop[3]}</a>
<nav id="main-navigation" class="navigation" aria-label="Sections"><ul>
${links(cNav, 'nav-item')}
</ul></nav></header>
<main id="main"><article class="article" data-id="248811" itemscope itemtype="http://schema.org/Article">
<header class="content-header"><div class="kicker"><a href="/us/topics/sleep-1022">Sleep</a></div>
<h1 class="legacy entry-title instapaper_title" itemprop="name">${cTitle}</h1>
<div class="standfirst"><p>${cStand}</p></div>
<div class="content-authors-group"><ul class="authors"><li class="author"><a href="/profiles/hannah-okafor-1390045" rel="author">
<span class="fn author-name">Hannah Okafor</span></a>, <span class="role">Associate Professor of Pediatrics, Riverbend University</span></li></ul></div>
<div class="timestamps"><time datetime="2025-10-07T12:32:18Z" itemprop="datePublished">Published: October 7, 2025 8:32am EDT</time></div>
<div class="content-share-links"><a class="share-email">Email</a><a class="share-x">X (Twitter)</a><a class="share-bsky">Bluesky</a>
<a class="share-facebook">Facebook</a><a class="share-linkedin">LinkedIn</a><a class="share-print">Print</a></div></header>
<div itemprop="articleBody" class="grid-ten large-grid-nine grid-last content-body content entry-content instapaper_body inline-promos">
<figure class="align-center "><img alt="" src="https://images.theconversation.com/files/612944/original/teen.jpg">
<figcaption><span class="caption">${cCaption}</span> <span class="attribution"><a class="source" href="https://www.gettyimages.com">${cAttr}</a></span>
</figcaption></figure>
${ps(cIntro)}
<h2>${cH1}</h2>
${ps(cP1)}
<p><a href="/screens-before-bed-240113">${cReadMore[0]}</a></p>
<div class="newsletter-promo inline-promo" aria-label="Newsletter promo"><p>${cPromo[0]}</p><a href="/us/newsletters">Get newsletter</a></div>
<h2>${cH2}</h2>
${ps(cP2)}
<ul>${cList.map((l) => `<li>${l}</li>`).join('')}</ul>
<h2>${cH3}</h2>
${ps(cP3.slice(0, 2))}
<p><a href="/all-nighter-231907">${cReadMore[1]}</a></p>
${ps(cP3.slice(2))}
</div>
<aside class="article-sidebar"><div class="disclosure"><h3>Authors</h3><p>Hannah Okafor</p><p>Associate Professor of Pediatrics, Riverbend University</p>
<h3>Disclosure statement</h3><p>${cDisclosure[0]}</p><h3>Partners</h3><p>${cDisclosure[1]}</p><a href="/us/partners">View all partners</a></div>
<div class="republish"><p>We believe in the free flow of information</p><a class="republish-button">Republish this article</a></div></aside>
<div class="topic-list"><h4>Topics</h4><ul>
${links(cTopics, 'topic-list-item')}
</ul></div></article>
<section class="related-content"><h2>You might also like</h2><ul>
${links(cLike, 'related-item')}
</ul></section></main>
<footer id="footer"><ul>
${links(cFoot, 'footer-link')}
</ul><p class="copyright">Copyright © 2010–2025, The Conversation US, Inc.</p></footer>
</div></body>
</html>`;

export const conversationPage: TestPage = {
  name: 'heldout113-theconversation-news',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: [cH1, cH2, cH3],
  body: [cStand, ...texts([...cIntro, ...cP1, ...cP2, ...cList, ...cP3])],
  bylines: ['Hannah Okafor', 'Associate Professor of Pediatrics, Riverbend University', 'Published: October 7, 2025 8:32am EDT'],
  furniture: [
    ...cTop,
    ...cNav,
    'Email',
    'X (Twitter)',
    'Bluesky',
    'Facebook',
    'LinkedIn',
    'Print',
    cCaption,
    cAttr,
    ...cReadMore,
    ...cPromo,
    'Authors',
    'Disclosure statement',
    ...cDisclosure,
    'Partners',
    'View all partners',
    'We believe in the free flow of information',
    'Republish this article',
    'Topics',
    ...cTopics,
    'You might also like',
    ...cLike,
    ...cFoot,
    'Copyright © 2010–2025, The Conversation US, Inc.',
  ],
};
