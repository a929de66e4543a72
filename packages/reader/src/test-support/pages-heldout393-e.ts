import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout393-kit.js';

/**
 * Held-out batch 393, file e: a New Scientist-style news story (top menu with Subscribe, BEM `ArticleHeader__` blocks with
 * category, standfirst, author and date, social share wrapper, image caption and credit, an inline "Read more" link card,
 * the "Journal reference" line, topics, the newsletter promo, trending list, ad slots and footer) and a Futurity-style
 * summary on WordPress (site menu, the university link above the title, "Original Study" link, author and date line, share
 * counts, figure caption, "Source:" line, the free-to-share licence note, tags, "Related Posts" and footer).
 */
const nTitle = 'Bumblebees remember a flower’s shape for days after a single visit';
const nStand = 'A bumblebee that finds nectar in an unusually shaped flower can pick out the same shape from among decoys up to six days later';
const nBody = [
  j(
    'Bumblebees can remember the shape of a rewarding flower for almost a week after visiting it only once, a finding that suggests',
    'insect memory is more durable than many researchers had assumed.',
  ),
  j(
    'Lucía Ferrante at the University of Tolmare in Spain and her colleagues trained 64 buff-tailed bumblebees in a flight arena. Each',
    'bee was allowed to visit a single artificial flower, shaped either as a star or as a cross, that held a drop of sugar solution.',
  ),
  j(
    'The bees were then kept in their colony for between one and eight days before being released into the arena again, this time',
    'with eight empty flowers of different shapes. Bees tested after up to six days landed on the shape they had been rewarded on',
    'about 70 per cent of the time, well above the 12.5 per cent expected by chance.',
  ),
  j(
    '“We gave them one experience and then took it away,” says Ferrante. “We thought the memory would fade in hours. It was still',
    'clearly there nearly a week later.”',
  ),
  j(
    'After eight days, the bees chose the rewarded shape no more often than chance, suggesting that the memory had faded or been',
    'overwritten by other experiences in the colony.',
  ),
  j(
    'Previous work had shown that bees form long-term memories after several rewarded visits, but one-trial learning was thought to',
    'be short-lived. Being able to remember a rare, rewarding flower after a single visit could help bees in landscapes where such',
    'flowers are scattered, says Ferrante.',
  ),
  j(
    'Hamid Rostami at the Kestrel Institute in the UK, who was not involved in the study, says the result is striking but that the',
    'arena is a simplified world. “In a real meadow, a bee visits hundreds of flowers a day. Whether a single memory survives all',
    'that interference is the next question.”',
  ),
];
const nMenu = ['News', 'Features', 'Newsletters', 'Podcasts', 'Video', 'Comment', 'Culture', 'Crosswords'];
const nShare = ['Facebook', 'Twitter', 'Email', 'Copy link'];
const nTopics = ['insects', 'animal behaviour', 'learning and memory'];
const nTrending = [
  'The strange physics of why ice is slippery',
  'How much sleep do you really need? The answer depends on your age',
  'Ancient river system discovered beneath a desert',
];
const nFoot = ['About us', 'Contact us', 'Advertise', 'Jobs', 'Terms & conditions', 'Privacy policy', 'Cookie preferences'];
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${nTitle} | New Inquirer</title>
<meta name="description" content="${nStand}"><meta property="og:type" content="article"><meta name="author" content="Darius Kell">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-07-08T16:00:00+01:00",
"author":{"@type":"Person","name":"Darius Kell"},"isAccessibleForFree":"False"}</script>
<script>window.utag_data={"page_type":"article","article_section":"life","paywall":"metered"};</script></head>
<body class="ArticleTemplate"><div class="Page">
<header class="Header"><a class="Header__Logo" href="/">New Inquirer</a><nav class="Header__Nav"><ul>${links(nMenu, 'Header__NavItem')}</ul></nav>
<a class="Header__Subscribe Button" href="/subscribe/">Subscribe</a><a class="Header__Login" href="/login/">Log in</a></header>
<div class="AdvertWrapper"><span class="AdvertWrapper__Label">Advertisement</span><div id="leaderboard"></div></div>
<main class="ArticlePage"><article class="Article">
<div class="ArticleHeader"><a class="ArticleHeader__Category" href="/subject/life/">Life</a>
<h1 class="ArticleHeader__Heading">${nTitle}</h1><p class="ArticleHeader__Copy">${nStand}</p>
<div class="ArticleHeader__Author"><a href="/author/darius-kell/">By Darius Kell</a></div><p class="ArticleHeader__Date">8 July 2026</p>
<div class="ArticleHeader__SocialWrapper"><ul class="SocialShare">${links(nShare, 'SocialShare__Item')}</ul></div></div>
<figure class="ArticleImage"><img src="https://images.newinquirer.example/2026/07/bumblebee-star.jpg" alt="A bumblebee">
<figcaption class="ArticleImageCaption"><p class="ArticleImageCaption__Title">A buff-tailed bumblebee visits a flower</p>
<p class="ArticleImageCaption__Credit">Grete Sommer/Alamy</p></figcaption></figure>
<div class="ArticleContent">
${ps(nBody.slice(0, 4))}
<div class="ArticleContent__ReadMore"><span>Read more</span><a href="/article/2431-honeybees-can-count-to-four/">Honeybees can count to four, and bumblebees
may go higher</a></div>
${ps(nBody.slice(4))}
<p class="ArticleContent__Reference"><strong>Journal reference:</strong></p><p><a href="#">Behavioural Insect Science</a>
<a href="#">DOI: 10.5555/bis.2026.3308</a></p>
</div>
<div class="ArticleTopics"><span class="ArticleTopics__Heading">Topics:</span><ul>${links(nTopics)}</ul></div></article>
<aside class="NewsletterPromo"><h3>Sign up to our weekly newsletter</h3><p>Receive a weekly dose of discovery in your inbox.</p>
<a class="Button" href="/newsletters/">Sign up to newsletter</a></aside>
<section class="Trending"><h3 class="Trending__Heading">Trending New Inquirer articles</h3><ol>${links(nTrending)}</ol></section></main>
<footer class="Footer"><ul>${links(nFoot)}</ul><p class="Footer__Copyright">© Copyright Inquirer Media Ltd</p></footer></div>
<div id="sp_message_container_9912" class="message-container"><p>We and our partners use cookies to store and access information on your device.</p>
<button title="Accept">Accept</button><button title="Options">Options</button></div>
<script src="/_assets/js/app.js"></script></body></html>`;
const newscientist: TestPage = {
  name: 'heldout393-newscientist-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([nStand, ...nBody]),
  bylines: ['By Darius Kell', '8 July 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'New Inquirer', ...nMenu, 'Subscribe', 'Log in', 'Advertisement', 'Life', ...nShare, 'A buff-tailed bumblebee visits a flower', 'Grete Sommer/Alamy',
    'Read more', 'Honeybees can count to four, and bumblebees may go higher', 'Journal reference:', 'Behavioural Insect Science', 'DOI: 10.5555/bis.2026.3308',
    'Topics:', ...nTopics, 'Sign up to our weekly newsletter', 'Receive a weekly dose of discovery in your inbox.', 'Sign up to newsletter',
    'Trending New Inquirer articles', ...nTrending, ...nFoot, '© Copyright Inquirer Media Ltd',
    'We and our partners use cookies to store and access information on your device.', 'Accept', 'Options',
  ],
};

const fTitle = 'Kids who nap after lessons remember new words better';
const fBody = [
  'Preschool children who nap after learning new words remember more of them a day later than children who stay awake, a study finds.',
  j(
    'The effect was largest for children who napped regularly at home, suggesting that for them, daytime sleep is an important time',
    'for moving new information into long-term memory.',
  ),
  j(
    '“Parents and teachers sometimes see naps as lost learning time,” says senior author Rosalind Achebe, a developmental',
    'psychologist at Harwick University. “Our results suggest the opposite. For many young children, the nap is part of the lesson.”',
  ),
  j(
    'The researchers taught 58 children aged three to five the names of six unfamiliar objects, such as a garlic press and a',
    'whisk-shaped toy, in a short play session before lunch. On one day the children then napped as usual; on another, in a',
    'different week, they were kept busy with quiet activities through nap time.',
  ),
  j(
    'The next morning, children correctly named an average of 3.9 objects after a nap day, compared with 2.7 after a wake day. Among',
    'children whose parents said they napped at least five days a week, the gap was even wider.',
  ),
  'The team also measured brain activity during some of the naps using a light, child-friendly cap. They found that:',
  'children who spent more time in deep sleep during the nap remembered more words;',
  'bursts of activity called sleep spindles were linked to better recall of the hardest words;',
  'children who no longer napped regularly did not show the same benefit.',
  j(
    'Achebe says the findings do not mean every child should be made to nap. “Children drop their naps at different ages, and that',
    'is normal. But for those who still need them, protecting that nap in preschool routines seems worthwhile.”',
  ),
  j(
    'The researchers now plan to follow a larger group of children over a full school year, to see whether regular naps after',
    'lessons add up to a measurable difference in word knowledge by the time the children start primary school.',
  ),
  'The study appears in the journal Child Sleep and Development.',
];
const fNav = ['Health & Medicine', 'Science & Technology', 'Environment', 'Society & Culture', 'About', 'Newsletter'];
const fShare = ['Share', 'Tweet', 'Email'];
const fTags = ['early childhood', 'vocabulary', 'toddlers and preschoolers'];
const fRelated = [
  'Bedtime stories with pictures help toddlers learn verbs',
  'Screen time before bed linked to shorter sleep in preschoolers',
  'Bilingual babies switch attention between sounds faster',
];
const fFoot = ['Contact', 'Privacy Policy', 'Terms of Use', 'Sign up for the daily newsletter'];
const fHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${fTitle} - Posterity</title>
<meta name="description" content="Preschool children who nap after learning new words remember more of them a day later.">
<link rel='stylesheet' id='posterity-style-css' href='https://www.posterity.example/wp-content/themes/posterity/style.css?ver=6.5.2'
type='text/css' media='all'>
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${fTitle}",
"datePublished":"2026-08-19T12:15:00+00:00","author":{"name":"Mina Castellanos-Harwick"}}]}</script>
<script>var _wpemojiSettings={"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/"};</script></head>
<body class="post-template-default single single-post postid-188231 single-format-standard">
<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Posterity</a></p>
<p class="site-description">Research news from leading universities</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${links(fNav, 'menu-item menu-item-type-taxonomy')}</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-188231" class="post-188231 post type-post status-publish format-standard has-post-thumbnail category-health-medicine">
<header class="entry-header"><div class="entry-university"><a href="/university/harwick-university">Harwick University</a>
<a class="original-study" href="https://doi.example/10.5555/csd.2026.0819">Original Study</a></div>
<h1 class="entry-title">${fTitle}</h1>
<div class="entry-meta"><span class="byline"><span class="author vcard">Mina Castellanos-Harwick</span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-08-19T12:15:00+00:00">August 19th, 2026</time></span></div>
<div class="share-buttons"><ul>${fShare.map((t) => `<li class="share-${t.toLowerCase()}"><a href="#">${t}</a></li>`).join('')}</ul></div></header>
<div class="entry-content">
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/08/nap-preschool.jpg" alt="">
<figcaption class="wp-element-caption">Children named more of the new objects the morning after a nap day. (Credit: Getty Images)</figcaption></figure>
<p><strong>${fBody[0] ?? ''}</strong></p>
${ps(fBody.slice(1, 5))}
<p>${fBody[5] ?? ''}</p>
<ul class="wp-block-list">${fBody
  .slice(6, 9)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul>
${ps(fBody.slice(9))}
<p class="source">Source: <a href="https://news.harwick.example/">Harwick University</a></p>
<p class="license">You are free to share this article under the Attribution 4.0 International license.</p></div>
<footer class="entry-footer"><span class="tags-links">${fTags.map((t) => `<a href="/tag/${t.replace(/ /g, '-')}" rel="tag">${t}</a>`).join(', ')}</span>
</footer></article>
<section class="related-posts"><h2>Related Posts</h2><ul>${links(fRelated)}</ul></section></main>
<aside id="secondary" class="widget-area"><section class="widget widget_text"><h2 class="widget-title">Get Posterity in your inbox</h2>
<p>The latest research news, every weekday morning.</p></section></aside></div>
<footer id="colophon" class="site-footer"><ul>${links(fFoot)}</ul><p>Posterity is produced by a consortium of partner universities.</p></footer></div>
<script src='https://www.posterity.example/wp-includes/js/wp-embed.min.js?ver=6.5.2'></script></body></html>`;
const futurity: TestPage = {
  name: 'heldout393-futurity-blog',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts(fBody),
  bylines: ['Mina Castellanos-Harwick', 'August 19th, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Posterity', 'Research news from leading universities', ...fNav, 'Original Study', ...fShare, ...fTags,
    'Children named more of the new objects the morning after a nap day. (Credit: Getty Images)', 'Source: Harwick University',
    'You are free to share this article under the Attribution 4.0 International license.', 'Related Posts', ...fRelated, 'Get Posterity in your inbox',
    'The latest research news, every weekday morning.', ...fFoot, 'Posterity is produced by a consortium of partner universities.',
  ],
};

export const HELDOUT393_E: readonly TestPage[] = [newscientist, futurity];
