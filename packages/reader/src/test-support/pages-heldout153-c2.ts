import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 153, file c2: a Rappler news story on its WordPress site (the header with "Sign in" and "Join Rappler+", the
 * section menu, the category label, the headline and bold excerpt, the author and PHT time, the share bar, the AI-generated
 * "Summary" box with its disclaimer at the top of the article, h2 subheadings and a list in the text, the "– Rappler.com"
 * sign-off closing the last paragraph, the "How does this make you feel?" mood meter, tags, the comments box, the "Must
 * Read" rail and the footer).
 */
const rpTitle = 'Quezon City barangay tests flood sensors that text residents before water rises';
const rpDek =
  'The sensors along Malinao Creek send a text message to registered households when the water climbs past a warning mark, ' +
  'giving families up to 40 minutes to move belongings and evacuate';
const rpP1 = [
  'MANILA, Philippines – A barangay in Quezon City has installed water-level sensors along a creek that floods almost every rainy ' +
    'season, in a pilot project that sends warnings by text message to residents before the water reaches their homes.',
  'Barangay Malinao Sur, home to about 21,000 people, set up six solar-powered sensors along Malinao Creek in February. When the ' +
    'water rises past a warning mark, the system automatically sends a text message to more than 3,000 registered households.',
  '“Before, we only knew the water was coming when it was already at the door,” said barangay captain Rodel Santiago. “Now we get ' +
    '30 to 40 minutes. That is enough to move the appliances upstairs and get the children and the elderly out.”',
];
const rpH1 = 'How it works';
const rpP2 = [
  'Each sensor measures the distance to the water surface every five minutes and sends the reading over the mobile network to a ' +
    'dashboard at the barangay hall. Three warning levels are set, based on past floods:',
];
const rpList = [
  '<strong>Level 1</strong> – the creek is rising; residents should prepare their go-bags.',
  '<strong>Level 2</strong> – the water is 50 centimeters below the banks; families in low-lying areas should move to higher ground.',
  '<strong>Level 3</strong> – the creek is overflowing; everyone in the flood zone must evacuate.',
];
const rpP3 = [
  'The system was developed by a group of engineering students from a state university in the city, who built the sensors from ' +
    'parts costing about P18,000 each.',
  '“We wanted something a barangay could afford and fix by itself,” said Kristine Alcantara, one of the students. “If a sensor ' +
    'breaks, a tanod can replace the battery or the board in ten minutes.”',
];
const rpH2 = 'Scaling up';
const rpP4 = [
  'The city government said it would study the results of the pilot before the start of the rainy season in June. If the warnings ' +
    'prove reliable, the system could be extended to at least 15 other flood-prone barangays.',
  'Residents said the first test in March, when a false alarm went out after a sensor was blocked by floating garbage, showed the ' +
    'system still needed work. “We laughed about it, but at least we know the text arrives,” said Marites Dela Cruz, who runs a ' +
    'sari-sari store beside the creek. – Rappler.com',
];
const rpNav = ['Philippines', 'World', 'Business', 'Sports', 'Entertainment', 'Life & Style', 'Voices', 'Environment', 'Technology', 'Rappler+'];
const rpShare = ['Facebook', 'Twitter', 'Email', 'Copy link'];
const rpSummary = [
  'Summary',
  'This is AI generated summarization, which may have errors. For context, always refer to the full article.',
  'A Quezon City barangay has set up six sensors on Malinao Creek that warn residents of floods by text message.',
  'Residents get 30 to 40 minutes to prepare before the water reaches their homes.',
  'The city may extend the system to 15 other barangays if the pilot works.',
];
const rpCaption = 'WARNING. A sensor installed on a footbridge over Malinao Creek in Quezon City. Photo by Miguel Dizon/Rappler';
const rpMood = ['How does this make you feel?', 'Happy', 'Inspired', 'Amused', 'Sad', 'Angry', 'Afraid', 'Loading'];
const rpTags = ['Disasters', 'Floods', 'Metro Manila', 'Quezon City', 'Technology for good'];
const rpComments = [
  'Add a comment',
  'There are no comments yet. Add your comment to start the conversation.',
  'Please abide by Rappler’s commenting guidelines.',
];
const rpMust = [
  'PAGASA: La Niña may bring more rain in second half of 2025',
  'Marikina to dredge river ahead of monsoon season',
  'How to prepare a go-bag for your family',
];
const rpFoot = ['About Rappler', 'Ethics and Standards', 'Corrections', 'Terms of Use', 'Privacy Statement', 'Advertise', 'Contact Us'];
const rpPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const rpHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Quezon City barangay tests flood sensors that text residents before water rises</title>
<meta name="description" content="${rpDek}"><meta property="og:locale" content="en_US"><meta property="og:type" content="article">
<meta property="og:title" content="${rpTitle}"><meta property="og:site_name" content="RAPPLER"><meta name="author" content="Miguel Dizon">
<meta property="article:published_time" content="2025-03-05T07:41:22+00:00"><meta property="article:section" content="Metro Manila">
<link rel="canonical" href="https://www.rappler.com/philippines/metro-manila/quezon-city-barangay-flood-sensors-text-residents/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${rpTitle}",
"datePublished":"2025-03-05T07:41:22+00:00","author":[{"@type":"Person","name":"Miguel Dizon"}],"articleSection":["Metro Manila","Philippines"],
"publisher":{"@id":"https://www.rappler.com/#organization"}},{"@type":"Organization","@id":"https://www.rappler.com/#organization","name":"Rappler"}]}</script>
<script id="rappler-config">window.rapplerConfig={"postId":2990417,"isPremium":false,"mood":true};</script>
<link rel="stylesheet" id="rappler-style-css" href="https://www.rappler.com/wp-content/themes/rappler/dist/css/app.css?ver=6.2.4" media="all"></head>
<body class="post-template-default single single-post postid-2990417 single-format-standard">
<header class="masthead"><div class="masthead__top"><a class="masthead__logo" href="https://www.rappler.com/"><img src="/wp-content/themes/rappler/logo.svg"
alt="Rappler"></a><div class="masthead__actions"><button class="masthead__search" aria-label="Search"></button>
<a class="masthead__signin" href="https://www.rappler.com/account/">Sign in</a><a class="masthead__plus button" href="/plus/">Join Rappler+</a></div></div>
<nav class="masthead__nav"><ul class="masthead__menu">${links(rpNav, 'menu-item')}</ul></nav></header>
<main id="primary" class="site-main"><div class="container"><article id="post-2990417" class="post-single post-2990417 post type-post status-publish">
<header class="post-single__header"><div class="post-single__category"><a href="/philippines/metro-manila/">Metro Manila</a></div>
<h1 class="post-single__title">${rpTitle}</h1><div class="post-single__summary"><p><strong>${rpDek}</strong></p></div>
<div class="post-single__authors"><a href="/author/miguel-dizon/">Miguel Dizon</a></div>
<div class="post-single__meta"><time datetime="2025-03-05T15:41:22+08:00" class="entry-date published">Mar 5, 2025 3:41 PM PHT</time></div>
<ul class="post-single__share">${rpShare
  .map(
    (s) => `<li><a class="share share--${s.split(' ')[0]?.toLowerCase()}" href="#">
<span class="sr-only">${s}</span></a></li>`,
  )
  .join('')}</ul>
</header>
<div class="ai-summary" data-summary-version="2"><div class="ai-summary__header"><span class="ai-summary__title">${rpSummary[0]}</span>
<p class="ai-summary__disclaimer">${rpSummary[1]}</p></div><ul class="ai-summary__list">${rpSummary
  .slice(2)
  .map((t) => `<li>${t}</li>`)
  .join('')}</ul></div>
<figure class="post-single__featured-image"><img src="https://www.rappler.com/tachyon/2025/03/flood-sensor-qc.jpg" alt="flood sensor">
<figcaption class="wp-element-caption">${rpCaption}</figcaption></figure>
<div class="post-single__content entry-content">
${rpPs(rpP1)}
<h2 class="wp-block-heading">${rpH1}</h2>
${rpPs(rpP2)}
<ul class="wp-block-list">${rpList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${rpPs(rpP3)}
<h2 class="wp-block-heading">${rpH2}</h2>
${rpPs(rpP4)}
</div>
<div class="mood-meter" data-post-id="2990417"><h3 class="mood-meter__title">${rpMood[0]}</h3><ul class="mood-meter__list">${rpMood
  .slice(1, 7)
  .map((m) => `<li class="mood-meter__item"><button data-mood="${m.toLowerCase()}"><span class="mood-meter__label">${m}</span></button></li>`)
  .join('')}</ul><div class="mood-meter__loading">${rpMood[7]}</div></div>
<div class="post-single__tags">${rpTags.map((t) => `<a href="/tags/${t.toLowerCase().replace(/ /g, '-')}/" rel="tag">${t}</a>`).join('')}</div>
<section class="comments-area" id="comments"><h2 class="comments-area__title">${rpComments[0]}</h2><p class="comments-area__empty">${rpComments[1]}</p>
<p class="comments-area__guidelines">${rpComments[2]}</p><form class="comments-area__form"><textarea placeholder="Write your comment"></textarea>
<button type="submit">Post comment</button></form></section></article>
<aside class="sidebar"><div class="ad-container"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-rappler-mrec-1"></div></div>
<section class="must-read"><h2 class="must-read__title">Must Read</h2><ul>${rpMust
  .map(
    (t, i) => `<li><a href="/must-${i}/">${t}</a>
</li>`,
  )
  .join('\n')}</ul></section>
</aside></div></main>
<footer class="site-footer"><ul class="site-footer__menu">${links(rpFoot, 'menu-item')}</ul>
<p class="site-footer__copyright">© Copyright 2025 Rappler Inc. All Rights Reserved.</p></footer>
<script src="https://www.rappler.com/wp-content/themes/rappler/dist/js/app.js?ver=6.2.4" id="rappler-app-js"></script></body></html>`;
export const rappler: TestPage = {
  html: rpHtml,
  name: 'heldout153-rappler-news',
  kind: 'news',
  // the bold excerpt under the headline is a dek: body; the AI "Summary" box (machine-made, with its disclaimer) is furniture;
  // the "MANILA, Philippines –" dateline and the "– Rappler.com" sign-off are part of their paragraphs (body); the category
  // label ("Metro Manila" is also a tag), caption, mood meter, tags, comments box and "Must Read" rail are furniture
  title: rpTitle,
  headings: [rpH1, rpH2],
  body: [rpDek, ...texts(rpP1), ...rpP2, ...texts(rpList), ...texts(rpP3), ...texts(rpP4)],
  bylines: ['Miguel Dizon', 'Mar 5, 2025 3:41 PM PHT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign in', 'Join Rappler+', ...rpNav, ...rpShare, ...rpSummary, rpCaption, ...rpMood, ...rpTags, ...rpComments, 'Post comment', 'Advertisement',
    'Must Read', ...rpMust, ...rpFoot, '© Copyright 2025 Rappler Inc. All Rights Reserved.',
  ],
};
